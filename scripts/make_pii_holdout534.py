#!/usr/bin/env python3
"""Generate the pii_holdout534 held-out PII redaction evaluation set.

Writes tests/fixtures/pii_holdout534/cases.jsonl. Every turn is assembled from
plain-text segments and labelled value segments, so span offsets are computed.

    python scripts/make_pii_holdout534.py           # (re)write the file
    python scripts/make_pii_holdout534.py --check   # regenerate + validate
"""
import json
import os
import random
import re
import sys
from collections import Counter

R = random.Random(534241125)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout534", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# --------------------------------------------------------------------------
# case building
# --------------------------------------------------------------------------
class Group:
    """One PII value; may be spread over several spans (split readings)."""
    def __init__(self, typ, mode="full"):
        self.typ = typ
        self.mode = mode  # "full" = concatenation must validate, "frag" = partial
        self.spans = []


class V:
    def __init__(self, group, text):
        assert text and text[0].isalnum() and text[-1].isalnum(), repr(text)
        self.group = group
        self.text = text


def val(typ, text, mode="full"):
    g = Group(typ, mode)
    return V(g, text)


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = []

    def t(self, speaker, *segs):
        idx = len(self.turns)
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                start = len(text)
                text += s.text
                sp = {"turn": idx, "start": start, "end": len(text), "type": s.group.typ}
                self.spans.append(sp)
                if s.group not in self.groups:
                    self.groups.append(s.group)
                s.group.spans.append(sp)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


# --------------------------------------------------------------------------
# spoken renderings
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {"10": "ten", "11": "eleven", "12": "twelve", "13": "thirteen", "14": "fourteen",
         "15": "fifteen", "16": "sixteen", "17": "seventeen", "18": "eighteen", "19": "nineteen"}
TENS = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty", "6": "sixty",
        "7": "seventy", "8": "eighty", "9": "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
# informal "x for ..." words people actually use
FOR_WORDS = {"a": ["apple"], "b": ["bravo", "bertie"], "c": ["charlie", "cat"], "d": ["dog", "david"],
             "e": ["edward", "echo"], "g": ["george"], "h": ["harry", "hotel"], "j": ["juliet", "jack"],
             "k": ["kilo", "king"], "l": ["london", "lima"], "m": ["mother", "mike"],
             "n": ["nancy", "november"], "p": ["peter", "papa"], "r": ["robert", "romeo"],
             "s": ["sugar", "sierra"], "t": ["tommy", "tango"], "w": ["william", "whiskey"],
             "x": ["xray"], "y": ["yellow", "yankee"], "z": ["zebra", "zulu"]}
FILLERS = ["um", "uh", "er", "erm", "ehm"]


def zword(style):
    return style


def dword(d, z):
    return z if d == "0" else UNITS[int(d)]


def say_single(g, z, rep=0.6, treble="treble"):
    out = []
    i = 0
    while i < len(g):
        d = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == d:
            run += 1
        if run >= 3 and chance(rep):
            out.append("%s %s" % (treble, dword(d, z)))
            i += 3
            continue
        if run >= 2 and chance(rep):
            out.append("double %s" % dword(d, z))
            i += 2
            continue
        out.append(dword(d, z))
        i += 1
    return " ".join(out)


def say_pair(p, z, last):
    if p == "00":
        return pick(["double %s" % z, "%s %s" % (z, z)])
    if p[0] == "0":
        return "%s %s" % (z, UNITS[int(p[1])])
    if p[0] == "1":
        return TEENS[p]
    if p[1] == "0":
        return TENS[p[0]] if last else "%s %s" % (UNITS[int(p[0])], z)
    return "%s %s" % (TENS[p[0]], UNITS[int(p[1])])


def say_group(g, z, mode, last, treble="treble"):
    if mode == "pairs" and len(g) % 2 == 0:
        ps = [g[i:i + 2] for i in range(0, len(g), 2)]
        return " ".join(say_pair(p, z, last and k == len(ps) - 1) for k, p in enumerate(ps))
    if mode == "hundred" and len(g) == 3 and g[0] != "0" and (g[2] != "0" or g[1] == "1"):
        rest = g[1:]
        if rest[0] == "0":
            tail = UNITS[int(rest[1])]
        elif rest[0] == "1":
            tail = TEENS[rest]
        else:
            tail = "%s %s" % (TENS[rest[0]], UNITS[int(rest[1])])
        return "%s hundred and %s" % (UNITS[int(g[0])], tail)
    return say_single(g, z, treble=treble)


def chunk(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def say_digits(s, sizes=None, z=None, mixed=True, filler=0.15, sep=None, treble=None, final=True):
    """Speak a digit string chunk by chunk, ASR style."""
    z = z or pick(["oh", "oh", "nought", "zero", "o"])
    treble = treble or pick(["treble", "triple"])
    sizes = sizes or [len(s)]
    parts = chunk(s, sizes)
    words = []
    for k, g in enumerate(parts):
        mode = "single"
        if mixed:
            mode = pick(["single", "single", "pairs", "hundred"])
        w = say_group(g, z, mode, final and k == len(parts) - 1, treble)
        if k and chance(filler):
            words.append(pick(FILLERS))
        words.append(w)
    j = sep if sep is not None else pick([" ", " ", ", ", "... "])
    return j.join(words)


def say_letter(ch, nato=0.3):
    ch = ch.lower()
    if chance(nato) and ch in FOR_WORDS:
        return "%s for %s" % (ch, pick(FOR_WORDS[ch]))
    if chance(nato * 0.3):
        return NATO[ch]
    return ch


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = pick(["visa"] * 5 + ["mc"] * 4 + ["amex"] * 2 + ["disc", "visa13", "maestro19", "visa19"])
    if kind == "visa":
        return luhn_complete("4", 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(pick(["51", "52", "53", "54", "55", "2221", "2720"]), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(pick(["34", "37"]), 15), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    if kind == "visa19":
        return luhn_complete("4", 19), [4, 4, 4, 4, 3]
    return luhn_complete(pick(["6759", "6763"]), 19), [4, 4, 4, 4, 3]


def gen_digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        d = gen_digits(6)
        if chance(0.35):  # repeated digits make 'double'/'treble' readings likely
            i = R.randint(0, 3)
            d = d[:i] + d[i] * 3 + d[i + 3:]
        return p + d + pick("ABCD")


IBAN_FMT = {"GB": ("L4", 14), "IE": ("L4", 14), "DE": ("", 18), "NL": ("L4", 10),
            "ES": ("", 20), "FR": ("", 23), "BE": ("", 12), "IT": ("L1", 22)}
IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "ES": 24, "FR": 27, "BE": 16, "IT": 27}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"], "IE": ["AIBK", "BKIR", "PTSB", "ULSB"],
              "NL": ["ABNA", "RABN", "INGB", "TRIO"]}


def iban_check(s):
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def gen_iban(cc=None):
    cc = cc or pick(["GB", "IE", "IE", "DE", "NL", "ES", "FR", "BE", "IT"])
    fmt, n = IBAN_FMT[cc]
    if fmt == "L4":
        bban = pick(BANK_CODES[cc]) + gen_digits(n)
    elif fmt == "L1":
        bban = pick("ABCEHKLMNRSTX") + gen_digits(n)
    else:
        bban = gen_digits(n)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


def sfx(d):
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def say_year(y):
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        if r < 10 and chance(0.5):
            return "two thousand and %s" % UNITS[r]
        return "twenty " + say_pair("%02d" % r, pick(["oh", "o"]), True)
    return "nineteen " + say_pair("%02d" % (y - 1900), "oh", True)


def gen_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2006)


def dob_typed(d, m, y):
    f = pick(range(7))
    if f == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if f == 1:
        return "%d.%d.%d" % (d, m, y % 100) if chance(0.5) else "%d.%d.%d" % (d, m, y)
    if f == 2:
        return "%d%s %s %d" % (d, sfx(d), MONTHS[m - 1].capitalize(), y)
    if f == 3:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if f == 4:
        return "%02d-%s-%d" % (d, MON3[m - 1].capitalize(), y)
    if f == 5:
        return "%d/%d/%02d" % (m, d, y % 100)  # US ordering
    return "%d %s %d" % (d, MON3[m - 1], y)


def dob_spoken(d, m, y):
    f = pick(range(5))
    if f == 0:
        return "%s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    if f == 1:
        return "%s the %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
    if f == 2:
        return "%s %s, %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    if f == 3:
        yy = y % 100
        return "%s %s %s" % (say_pair("%02d" % d, "oh", False), say_pair("%02d" % m, "oh", False),
                             say_pair("%02d" % yy, "oh", True))
    return "%s of %s, um, %s" % (ORD[d], MONTHS[m - 1], say_year(y))


def gen_exp():
    return R.randint(1, 12), R.randint(2025, 2032)


def exp_typed(m, y):
    return pick(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                 "%d/%02d" % (m, y % 100), "%s %d" % (MON3[m - 1].capitalize(), y),
                 "%02d%02d" % (m, y % 100)])


def exp_spoken(m, y):
    f = pick(range(4))
    if f == 0:
        return "%s %s" % (say_pair("%02d" % m, pick(["oh", "o", "zero"]), False),
                          say_pair("%02d" % (y % 100), "oh", True))
    if f == 1:
        return "%s %s" % (MONTHS[m - 1], say_year(y))
    if f == 2:
        return "%s %s" % (say_pair("%02d" % m, "oh", False), say_year(y))
    return "end of %s %s" % (MONTHS[m - 1], say_pair("%02d" % (y % 100), "oh", True))


FIRST = ["siobhan", "aoife", "ciaran", "niamh", "gareth", "rhys", "kirsty", "callum", "priya",
         "fatima", "declan", "bronagh", "tomasz", "agnieszka", "dwayne", "keisha", "marcus",
         "emily", "oisin", "sinead", "hamish", "morag", "jolene", "liam", "grainne", "dev"]
LAST = ["murphy", "kelly", "byrne", "walsh", "jones", "evans", "macleod", "patel", "khan",
        "nowak", "okafor", "smith", "taylor", "campbell", "reilly", "doherty", "ahmed",
        "brennan", "hughes", "fitzgerald", "quinn", "garcia", "nguyen", "williams"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.ie", "eircom.net", "btinternet.com",
           "icloud.com", "live.ie", "sky.com", "protonmail.com", "virginmedia.com", "aol.com"]


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    n = R.randint(1, 99)
    form = pick(range(6))
    if form == 0:
        user = [f, ".", l]
    elif form == 1:
        user = [f[0], ".", l, str(n)]
    elif form == 2:
        user = [f, "_", l]
    elif form == 3:
        user = [f, l, str(n)]
    elif form == 4:
        user = [l, ".", f[0]]
    else:
        user = [f[0], l, "-", "work"]
    dom = pick(DOMAINS)
    return user, dom


def email_typed(user, dom):
    s = "".join(user) + "@" + dom
    r = R.random()
    if r < 0.2:
        s = s.capitalize()
    elif r < 0.3:
        s = s.upper()
    return s


def email_spoken(user, dom):
    w = []
    for p in user:
        if p == ".":
            w.append("dot")
        elif p == "_":
            w.append("underscore")
        elif p == "-":
            w.append(pick(["dash", "hyphen"]))
        elif p.isdigit():
            w.append(say_digits(p, mixed=True, filler=0, sep=" ", z="zero"))
        elif len(p) == 1:
            w.append(say_letter(p, 0.5))
        else:
            w.append(p)
    w.append("at")
    w.append(" dot ".join(dom.split(".")))
    return " ".join(w)


STREETS = ["Coronation Street", "Hollybush Lane", "Kings Road", "Mill Lane", "Station Road",
           "Main Street", "Church Street", "Victoria Terrace", "Glenview Crescent", "Bramble Close",
           "Albert Drive", "Ormeau Road", "Dunluce Avenue", "Castle Street", "Harbour View",
           "Maple Avenue", "Oak Street", "Elm Grove", "Cedar Court", "Willow Way", "Fairview Park",
           "Lisburn Road", "Abbey Road", "Springfield Gardens", "Hawthorn Rise"]
STREET_SFX = {"street", "lane", "road", "terrace", "crescent", "close", "drive", "avenue", "view",
              "grove", "court", "way", "park", "gardens", "rise", "st", "rd", "ave"}


def gen_address(spoken=False, us=False):
    st = pick(STREETS)
    num = R.randint(1, 240) if not us else R.randint(100, 9800)
    flat = chance(0.3)
    if spoken:
        st = st.lower()
        ns = str(num)
        if num < 100:
            n = say_pair("%02d" % num, "oh", True) if num >= 10 else UNITS[num]
        elif chance(0.5) and len(ns) == 3 and (ns[2] != "0" or ns[1] == "1"):
            n = say_group(ns, "oh", "hundred", True)
        else:
            n = say_digits(ns, mixed=False, filler=0, sep=" ")
        s = "%s %s" % (n, st)
        if flat:
            s = "flat %s, %s" % (UNITS[R.randint(1, 9)], s)
        return s
    if chance(0.15):
        st = st.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
    s = "%d %s" % (num, st)
    if chance(0.2):
        s = s.lower()
    if flat:
        s = pick(["Flat %d, " % R.randint(1, 20), "Apt %d%s, " % (R.randint(1, 9), pick("ABC")),
                  "flat %d " % R.randint(1, 12)]) + s
    return s


UK_OUTWARD = ["SW1A", "M1", "B33", "LS6", "BT7", "BT48", "CF10", "EH3", "G12", "NE6", "L17", "BS8",
              "PL4", "CR0", "E14", "N7", "SE15", "W3", "YO31", "AB10", "DD1", "BT9", "SA1", "LL57"]
EIR = ["D02", "D04", "D6W", "D08", "T12", "H91", "V94", "A94", "K78", "X91", "F92", "W23"]
TOWNS_UK = ["Belfast", "Leeds", "Manchester", "Cardiff", "Glasgow", "Edinburgh", "Bristol",
            "Newcastle", "Derry", "Swansea", "Plymouth", "Croydon", "York", "Aberdeen"]
TOWNS_IE = ["Dublin 2", "Cork", "Galway", "Limerick", "Drogheda", "Waterford", "Letterkenny", "Maynooth"]
TOWNS_US = ["Austin, TX", "Columbus, OH", "Tampa, FL", "Denver, CO", "Boise, ID", "Raleigh, NC"]
POST_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode(kind):
    if kind == "uk":
        return pick(UK_OUTWARD) + " " + str(R.randint(1, 9)) + pick(POST_LET) + pick(POST_LET)
    if kind == "ie":
        return pick(EIR) + " " + "".join(pick("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    z = "%05d" % R.randint(10000, 99950)
    return z + ("-%04d" % R.randint(1, 9999) if chance(0.3) else "")


def pc_spoken(pc):
    out = []
    for tok in pc.replace("-", " ").split(" "):
        ws = []
        for ch in tok:
            if ch.isdigit():
                ws.append(dword(ch, pick(["oh", "zero", "nought"])))
            else:
                ws.append(say_letter(ch, 0.25))
        out.append(" ".join(ws))
    return pick([" ", ", ", " ... "]).join(out)


def gen_phone(kind):
    """returns (digits-with-plus-or-not, typed groups template list, spoken group sizes)."""
    if kind == "uk_mob":
        d = "07" + pick(["700", "711", "723", "740", "752", "768", "777", "787", "799", "833", "904"]) + gen_digits(6)
        return d, [5, 6] if chance(0.6) else [5, 3, 3]
    if kind == "uk_intl":
        d = "447" + pick(["700", "723", "788", "911", "401"]) + gen_digits(6)
        return d, [2, 4, 6]
    if kind == "uk_land":
        area = pick(["020", "0161", "0113", "0121", "028", "0131", "0141", "029", "01632"])
        rest = 11 - len(area)
        d = area + gen_digits(rest, first_nonzero=True)
        if area in ("020", "028", "029"):
            return d, [3, 4, 4]
        if area == "01632":
            return d, [5, 6]
        return d, [4, 3, 4]
    if kind == "ie_mob":
        d = "08" + pick("35679") + gen_digits(7, first_nonzero=True)
        return d, [3, 3, 4]
    if kind == "ie_intl":
        d = "3538" + pick("35679") + gen_digits(7, first_nonzero=True)
        return d, [3, 2, 3, 4]
    if kind == "ie_land":
        d = "01" + gen_digits(7, first_nonzero=True)
        return d, [2, 3, 4]
    if kind == "us":
        d = pick(["212", "415", "512", "614", "303", "813"]) + "555" + "01" + gen_digits(2)
        return d, [3, 3, 4]
    d = "1" + pick(["617", "718", "919"]) + "555" + "01" + gen_digits(2)
    return d, [1, 3, 3, 4]


def phone_typed(d, sizes, kind):
    parts = chunk(d, sizes)
    intl = kind in ("uk_intl", "ie_intl", "us_intl")
    if kind == "us" and chance(0.5):
        return "(" , "%s) %s-%s" % tuple(parts)
    sep = pick([" ", " ", "-", "", "."])
    if intl:
        if kind == "uk_intl" and chance(0.3):
            return "+", "44 (0)%s %s" % (parts[1], parts[2])
        body = sep.join(parts) if sep else " ".join(parts)
        return ("+", body) if chance(0.7) else ("", "00" + body)
    return "", sep.join(parts)


# --------------------------------------------------------------------------
# small talk
# --------------------------------------------------------------------------
BACK = ["mhm", "go on", "yep", "okay", "right", "uh huh", "got that", "and the rest", "grand, go on",
        "lovely", "yeah", "ok next four", "sorry, go ahead"]
INDUSTRY = {
    "banking": ["Thanks for calling Harbour Bank", "You're through to Ulster Savings", "Allied Northern Bank, how can I help"],
    "telecom": ["Welcome to Skyline Mobile", "Thanks for calling Eir Fibre support", "Vantage Broadband, you're through to Kim"],
    "utilities": ["Northern Gas and Power, how can I help", "Irish Water Services, good morning", "Severn Energy billing team"],
    "retail": ["Thanks for contacting Brightwells online", "Hi, Argent Home support here", "FreshCart customer care"],
    "insurance": ["Shield Direct motor claims", "Clover Insurance, Dara speaking", "Beacon Home Insurance"],
    "travel": ["Aerlink reservations", "Thanks for calling Westway Rail", "Sunvale Holidays, Tom speaking"],
    "healthcare": ["Mercy Health billing office", "Riverside Medical billing, this is Jen", "BrightCare patient accounts"],
    "government": ["Benefits helpline, you're speaking to Alan", "Motor Tax office", "Student Finance enquiries"],
}


def greet(ind=None):
    ind = ind or pick(list(INDUSTRY))
    return pick(INDUSTRY[ind]) + pick([".", ".", "!"]) + ("" if chance(0.5) else " " + pick([
        "Can I take a few details?", "What can I do for you today?", "How can I help?"]))


def lead(s):
    return s


# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------
def card_typed(num, sizes):
    r = R.random()
    if r < 0.25:
        return num
    if r < 0.5:
        return " ".join(chunk(num, sizes))
    if r < 0.65:
        return "-".join(chunk(num, sizes))
    if r < 0.8:  # odd grouping
        return " ".join(chunk(num, [3, 5, 4, 4, 3]))
    if r < 0.9:
        return ".".join(chunk(num, sizes))
    return "  ".join(chunk(num, [2, 4, 4, 2, 4, 3]))


def p_card_chat(ind):
    num, sizes = gen_card()
    c = Case("positive", "typed chat card with expiry/cvv (%s)" % ind)
    c.a(greet(ind))
    lab = pick(["card no: ", "Card number - ", "its ", "long number ", "card: ", "cc# ", "", "the card is "])
    c.c(pick(["hi i want to pay my bill. ", "Hello, paying off the balance of \u00a3212.40 ", "need to update payment method pls. ", ""]),
        lab, val("CARD_NUMBER", card_typed(num, sizes)))
    m, y = gen_exp()
    cv = gen_digits(4 if len(num) == 15 else 3)
    if chance(0.8):
        c.a("Thanks. And the expiry date and security code?")
        c.c(pick(["exp ", "expiry ", "Expires ", "valid till "]), val("EXPIRY", exp_typed(m, y)),
            pick([" cvv ", ", code ", " / sec code: ", " and the 3 digits on the back are ", " CVC "]), val("CVV", cv))
    c.a(pick(["Payment taken, your reference is PX-%s." % gen_digits(6),
              "That's gone through, thank you.", "All done, it may take 2-3 working days to show."]))
    return c


def spoken_card_split(c, num, sizes, readback=False):
    g = Group("CARD_NUMBER")
    parts = chunk(num, sizes)
    z = pick(["oh", "nought", "zero", "o"])
    n_turns = pick([2, len(parts)])
    per = [parts[i::1] for i in range(1)]
    groups = []
    if n_turns == 2:
        h = len(parts) // 2
        groups = ["".join(parts[:h]), "".join(parts[h:])]
        gsizes = [sizes[:h], sizes[h:]]
    else:
        groups = parts
        gsizes = [[len(p)] for p in parts]
    for k, (s, gs) in enumerate(zip(groups, gsizes)):
        txt = say_digits(s, gs, z=z, final=(k == len(groups) - 1))
        pre = pick(["", "", "it's ", "so ", "right ", "um "]) if k == 0 else pick(["", "", "then ", "and "])
        post = pick(["", "", "", " ... is that too fast"]) if k < len(groups) - 1 else ""
        c.c(pre, V(g, txt), post)
        if k < len(groups) - 1:
            c.a(pick(BACK))
    if readback:
        g2 = Group("CARD_NUMBER")
        c.a(pick(["let me read that back, ", "so that's ", "just to confirm, "]),
            V(g2, say_digits(num, sizes, z=pick(["zero", "oh"]), mixed=False, filler=0)), pick(["?", ", correct?", ", yeah?"]))
        c.c(pick(["yes", "yeah that's it", "correct", "spot on"]))


def p_card_asr(ind):
    num, sizes = gen_card()
    c = Case("positive", "asr card read over several turns with back-channels (%s)" % ind)
    c.a(greet(ind).lower().replace(",", "").replace("?", "").replace(".", ""))
    c.c(pick(["yeah hi i'd like to pay by card", "i need to make a payment on the account please",
              "hiya i'm ringing to pay the bill"]))
    c.a(pick(["no problem, what's the long number on the front", "okay can i take the card number",
              "go ahead with the sixteen digits when you're ready"]))
    spoken_card_split(c, num, sizes, readback=chance(0.45))
    if chance(0.7):
        m, y = gen_exp()
        c.a("and the expiry")
        c.c(pick(["", "it's ", "uh ", "expires "]), val("EXPIRY", exp_spoken(m, y)))
        if chance(0.8):
            c.a(pick(["and the three digit code on the back", "security number please", "and the cvv"]))
            cv = gen_digits(4 if len(num) == 15 else 3)
            c.c(pick(["", "it's ", "hang on... ", "um "]), val("CVV", say_digits(cv, mixed=chance(0.3), filler=0)))
    c.a(pick(["lovely that's the payment of forty two pounds taken", "great that's processed, reference seven seven four one",
              "thank you that's all gone through"]))
    return c


def p_card_correction(ind):
    num, sizes = gen_card()
    c = Case("positive", "asr card reading with false start and restart (%s)" % ind)
    c.a("okay and the card number please")
    wrong = num[:4] + str((int(num[4]) + 3) % 10) + num[5:8]
    z = pick(["oh", "nought", "zero"])
    c.c(val("CARD_NUMBER", say_digits(wrong, [4, 4], z=z), "frag"),
        pick([" no wait sorry, that's the old card, ", " ... no hang on i'll start again, ", " sorry no, scrap that, "]),
        val("CARD_NUMBER", say_digits(num, sizes, z=z, filler=0.3)))
    c.a(pick(["no bother", "okay got it", "thanks"]))
    if chance(0.5):
        c.a("and it expires")
        m, y = gen_exp()
        c.c(val("EXPIRY", exp_spoken(m, y)))
    return c


def p_card_aside(ind):
    num, sizes = gen_card()
    c = Case("positive", "asr card reading interrupted by an aside (%s)" % ind)
    c.a("when you're ready, the card number")
    g = Group("CARD_NUMBER")
    h = R.choice([4, 8])
    z = pick(["oh", "nought", "zero"])
    c.c(V(g, say_digits(num[:h], sizes[:h // 4], z=z, final=False)),
        pick([" - sorry the dog's going mad - ", " ... hold on, kids, be quiet ... right, ", " hang on i can't read the next bit, ",
              ", one sec, my glasses, "]),
        V(g, say_digits(num[h:], chunk_sizes(len(num) - h), z=z)))
    c.a(pick(["grand", "thanks for that", "okay"]))
    if chance(0.6):
        c.a("and the security code")
        cv = gen_digits(4 if len(num) == 15 else 3)
        c.c(pick(["", "it's "]), val("CVV", say_digits(cv, mixed=False, filler=0)))
    return c


def chunk_sizes(n):
    out = []
    while n > 0:
        k = min(4, n)
        out.append(k)
        n -= k
    return out


def p_card_last4(ind):
    num, sizes = gen_card()
    c = Case("positive", "full card typed then agent refers to last four (same case, so last four labelled)")
    c.c(pick(["New card is ", "pls charge ", "use this one "]), val("CARD_NUMBER", card_typed(num, sizes)),
        pick([" thanks", "", " - cheers"]))
    c.a(pick(["Thanks, I've charged the card ending ", "OK so card ending in ", "Done. Card ending "]),
        val("CARD_NUMBER", num[-4:], "frag"), pick([" for \u00a389.99.", " is now the default card.", ", payment of \u20ac45 taken."]))
    return c


def ssn_render(s, spoken):
    if not spoken:
        return pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s %s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    return say_digits(s, pick([[3, 2, 4], [3, 2, 2, 2], [3, 3, 3]]), z=pick(["zero", "oh", "o"]))


def p_ssn(ind):
    s = gen_ssn()
    spoken = chance(0.55)
    c = Case("positive", "US SSN %s (%s)" % ("spoken" if spoken else "typed", ind))
    c.a(pick(["To verify your identity I'll need your social security number.",
              "can i get the social please", "What's the SSN on the account?",
              "and the last... actually i need the full social for this one"]))
    if spoken and chance(0.5):
        g = Group("SSN")
        c.c(pick(["sure it's ", "yeah ", "ok "]), V(g, say_digits(s[:3], z="zero", final=False)), pick([", ", " ... "]),
            V(g, say_digits(s[3:5], z="zero", final=False)))
        c.a(pick(BACK))
        c.c(V(g, say_digits(s[5:], [2, 2], z="zero")))
        if chance(0.5):
            c.a("thank you, so ", val("SSN", ssn_render(s, True)), ", right?")
            c.c("yes ma'am")
    else:
        c.c(pick(["", "ssn: ", "SSN is ", "sure, ", "it's "]), val("SSN", ssn_render(s, spoken)))
    if chance(0.4):
        d, m, y = gen_dob()
        c.a(pick(["and your date of birth", "And DOB?"]))
        c.c(pick(["", "born "]), val("DOB", dob_spoken(d, m, y) if spoken else dob_typed(d, m, y)))
    c.a(pick(["Thanks, you're verified.", "great i've got your account up", "Perfect, the claim balance is $1,240.17."]))
    return c


def ni_render(n, spoken):
    if not spoken:
        f = pick(range(5))
        if f == 0:
            return n
        if f == 1:
            return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
        if f == 2:
            return n.lower()
        if f == 3:
            return "%s %s %s" % (n[:2], n[2:8], n[8])
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    lets = " ".join(say_letter(ch, 0.35) for ch in n[:2])
    digs = say_digits(n[2:8], pick([[2, 2, 2], [3, 3], [6], [2, 4]]), z=pick(["oh", "nought", "zero"]),
                      treble=pick(["treble", "triple"]))
    return "%s %s %s" % (lets, digs, say_letter(n[8], 0.35))


def p_ni(ind):
    n = gen_ni()
    spoken = chance(0.6)
    c = Case("positive", "UK NI number %s (%s)" % ("spoken" if spoken else "typed", ind))
    c.a(pick(["Can I take your National Insurance number?", "and your n i number please",
              "what's your national insurance", "I'll need your NINO to link the claim."]))
    if spoken and chance(0.45):
        g = Group("NI_NUMBER")
        c.c(pick(["yeah it's ", "right, ", "uh "]), V(g, " ".join(say_letter(ch, 0.5) for ch in n[:2])))
        c.a(pick(BACK))
        c.c(V(g, say_digits(n[2:8], pick([[2, 2, 2], [3, 3]]), z=pick(["nought", "oh"]), final=False)))
        c.a(pick(["and the letter at the end", "and the last letter?", "mhm"]))
        c.c(pick(["", "it's ", "ends in "]), V(g, say_letter(n[8], 0.6)))
    else:
        c.c(pick(["", "it's ", "NI no: ", "ni number ", "sure, ", "hang on it's on my payslip... "]), val("NI_NUMBER", ni_render(n, spoken)),
            pick(["", "", " i think", " thanks"]))
    if chance(0.35):
        c.a(pick(["so that's ", "confirming "]), val("NI_NUMBER", ni_render(n, True)), pick(["?", ", yeah?"]))
        c.c(pick(["that's right", "yep", "aye"]))
    if chance(0.3):
        d, m, y = gen_dob()
        c.a("and your date of birth")
        c.c(val("DOB", dob_spoken(d, m, y) if spoken else dob_typed(d, m, y)))
    return c


def p_bank(ind):
    sc = gen_digits(6)
    if chance(0.4):
        sc = sc[:2] + sc[2] * 2 + sc[4:]
    acct = gen_digits(8)
    spoken = chance(0.65)
    c = Case("positive", "UK/NI sort code and account %s (%s)" % ("spoken" if spoken else "typed", ind))
    c.a(greet(ind) if not spoken else "right so for the direct debit i need the sort code first")
    if spoken:
        z = pick(["nought", "oh", "zero"])
        c.c(pick(["", "it's ", "okay ", "right "]),
            val("SORT_CODE", say_digits(sc, pick([[2, 2, 2], [6], [3, 3]]), z=z, treble="treble")))
        c.a(pick(["and the account number", "lovely, and the account", "eight digit account number next"]))
        if chance(0.5):
            g = Group("BANK_ACCOUNT")
            c.c(V(g, say_digits(acct[:4], z=z, treble="treble", final=False)))
            c.a(pick(BACK))
            c.c(V(g, say_digits(acct[4:], z=z, treble="treble")))
        else:
            c.c(val("BANK_ACCOUNT", say_digits(acct, pick([[4, 4], [3, 3, 2], [2, 2, 2, 2], [8]]), z=z, treble="treble")))
        if chance(0.4):
            c.a("reading back, sort code ", val("SORT_CODE", say_digits(sc, [2, 2, 2], z="zero", mixed=False, filler=0)),
                " account ", val("BANK_ACCOUNT", say_digits(acct, [4, 4], z="zero", mixed=False, filler=0)))
            c.c(pick(["yes", "that's it", "correct yeah"]))
    else:
        scs = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
        ac = pick([acct, acct[:4] + " " + acct[4:], acct[:2] + " " + acct[2:]])
        f = pick(range(3))
        if f == 0:
            c.c(pick(["sort code ", "Sort: ", "S/C "]), val("SORT_CODE", scs), pick([" acct no: ", ", account ", " a/c "]), val("BANK_ACCOUNT", ac))
        elif f == 1:
            c.c(pick(["acct no: ", "Account number ", "a/c no. "]), val("BANK_ACCOUNT", ac), pick([" and sort code ", " sc "]), val("SORT_CODE", scs))
        else:
            c.c("Bank details for the refund:\nSort code: ", val("SORT_CODE", scs), "\nAccount: ", val("BANK_ACCOUNT", ac), "\nThanks")
    c.a(pick(["The first collection of \u00a334.50 will be on the 1st of next month.", "thanks that's set up",
              "okay that refund of sixty two pounds ten will go in within five working days"]))
    return c


def p_us_bank(ind):
    acct = gen_digits(R.randint(9, 12), first_nonzero=True)
    c = Case("positive", "US checking account number (%s)" % ind)
    c.a("What account should we debit?")
    if chance(0.5):
        c.c(pick(["checking acct # ", "Account: ", "acct no "]), val("BANK_ACCOUNT", acct), pick([" routing is on the form", "", " thx"]))
    else:
        c.c(pick(["it's ", "um "]), val("BANK_ACCOUNT", say_digits(acct, chunk_sizes(len(acct)), z="zero")))
    c.a("Got it. Your payment of $318.22 is scheduled for the 15th.")
    return c


def iban_render(ib, spoken):
    if not spoken:
        f = pick(range(4))
        g4 = " ".join(chunk(ib, [4] * 8))
        return [ib, g4, g4.lower(), ib[:4] + " " + ib[4:]][f]
    words = []
    for grp in chunk(ib, [4] * 8):
        ws = []
        for ch in grp:
            ws.append(dword(ch, pick(["zero", "oh", "nought"])) if ch.isdigit() else say_letter(ch, 0.25))
        words.append(" ".join(ws))
    return pick([", ", " ", " ... "]).join(words)


def p_iban(ind):
    cc = pick(["IE", "IE", "IE", "GB", "GB", "DE", "NL", "ES", "FR", "BE", "IT"])
    ib = gen_iban(cc)
    spoken = chance(0.4)
    c = Case("positive", "%s IBAN %s (%s)" % (cc, "spoken" if spoken else "typed", ind))
    c.a(pick(["Can you give me the IBAN for the refund?", "what's the iban", "We need your IBAN to set up the SEPA mandate."]))
    if spoken and chance(0.4):
        g = Group("IBAN")
        ps = chunk(ib, [8, 8, 30])
        for k, p in enumerate(ps):
            ws = " ".join(dword(ch, "zero") if ch.isdigit() else say_letter(ch, 0.2) for ch in p)
            c.c(pick(["", "then "]) if k else pick(["", "right it's "]), V(g, ws))
            if k < len(ps) - 1:
                c.a(pick(BACK))
    else:
        c.c(pick(["", "IBAN: ", "its ", "iban ", "Sure - "]), val("IBAN", iban_render(ib, spoken)),
            pick(["", " (bic AIBKIE2D)", " thanks", "."]))
    c.a(pick(["Thanks, refund of \u20ac120 will be issued in 3-5 days.", "lovely that's saved", "Mandate set up, ref SEPA-%s." % gen_digits(7)]))
    return c


def phone_spoken(d, sizes, kind):
    z = pick(["oh", "oh", "zero", "nought", "o"])
    intl = kind in ("uk_intl", "ie_intl", "us_intl")
    if intl:
        cc = d[:2] if kind == "uk_intl" else (d[:3] if kind == "ie_intl" else d[:1])
        rest = d[len(cc):]
        ccs = say_digits(cc, mixed=False, filler=0, sep=" ")
        if kind == "ie_intl" and chance(0.4):
            ccs = "three five three"
        rs = say_digits(rest, chunk_sizes(len(rest)) if chance(0.3) else sizes[1:], z=z)
        return pick(["plus ", "plus ", "double oh "]) + ccs + " " + rs
    return say_digits(d, sizes, z=z, treble=pick(["treble", "triple"]))


def p_phone(ind):
    kind = pick(["uk_mob", "uk_mob", "uk_mob", "uk_intl", "uk_land", "uk_land", "ie_mob", "ie_mob", "ie_intl",
                 "ie_land", "us", "us_intl"])
    d, sizes = gen_phone(kind)
    spoken = chance(0.6)
    c = Case("positive", "%s phone %s (%s)" % (kind, "spoken" if spoken else "typed", ind))
    c.a(pick(["What's the best number to reach you on?", "and a contact number", "can i grab a mobile number for the text updates"]))
    if spoken:
        if chance(0.35):
            g = Group("PHONE")
            txt = phone_spoken(d, sizes, kind)
            ws = txt.split(" ")
            h = len(ws) // 2
            while ws[h - 1] in ("double", "treble", "triple", "plus", "hundred", "and") or ws[h] in ("hundred", "and") or \
                    ws[h - 1] in TENS.values() or ws[h - 1].endswith(","):
                h += 1
            a, b = ws[:h], ws[h:]
            tail = ""
            while a and a[-1].strip(",.") in FILLERS:
                tail = ", " + a.pop().strip(",.") + tail
            head = ""
            while b and b[0].strip(",.") in FILLERS:
                head += b.pop(0).strip(",.") + ", "
            c.c(pick(["it's ", "yeah ", ""]), V(g, " ".join(a).rstrip(",.")), tail)
            c.a(pick(BACK))
            c.c(head, V(g, " ".join(b)))
        else:
            c.c(pick(["", "it's ", "my mobile's ", "you can get me on ", "the landline is "]), V(Group("PHONE"), phone_spoken(d, sizes, kind)),
                pick(["", " after six", " that's the best one"]))
        if chance(0.35):
            c.a(pick(["so that's ", "let me repeat that, "]), val("PHONE", say_digits(d, sizes, z="oh", mixed=False, filler=0)),
                pick(["", "?"]))
            c.c(pick(["yep", "that's it", "correct"]))
    else:
        pre, body = phone_typed(d, sizes, kind)
        c.c(pick(["mob: ", "Tel ", "call me on ", "number is ", "ph# ", ""]) + pre, val("PHONE", body),
            pick(["", " thx", " (work)", " anytime"]))
    c.a(pick(["Thanks, we'll text you when the engineer is 30 minutes away.", "that's updated",
              "Perfect, I've added that to the account."]))
    return c


def p_email(ind):
    user, dom = gen_email()
    spoken = chance(0.55)
    c = Case("positive", "email %s (%s)" % ("spoken" if spoken else "typed", ind))
    c.a(pick(["What's your email address?", "and an email for the receipt", "can i confirm the e-mail on file"]))
    if spoken:
        c.c(pick(["", "it's ", "yeah it's ", "um "]), val("EMAIL", email_spoken(user, dom)))
        if chance(0.3):
            c.a(pick(["so ", "that's "]), val("EMAIL", email_spoken(user, dom)), "?")
            c.c("yes")
    else:
        c.c(pick(["", "email: ", "e-mail ", "its ", "Use "]), val("EMAIL", email_typed(user, dom)), pick(["", ".", " pls", " thanks!"]))
    c.a(pick(["Great, the confirmation will come from noreply within 10 minutes.", "thanks, that's updated"]))
    return c


def p_dob(ind):
    d, m, y = gen_dob()
    spoken = chance(0.6)
    c = Case("positive", "date of birth %s (%s)" % ("spoken" if spoken else "typed", ind))
    c.a(pick(["Can you confirm your date of birth?", "and your dob", "for security, date of birth please"]))
    c.c(pick(["", "it's ", "yeah ", "born "]), val("DOB", dob_spoken(d, m, y) if spoken else dob_typed(d, m, y)),
        pick(["", "", " and I'm 34 if that helps" if not spoken else " so i'm ancient"]))
    c.a(pick(["Thank you. Your appointment is at 10:30 on Thursday.", "thanks you're through security"]))
    return c


def p_address(ind):
    region = pick(["uk", "uk", "uk", "ie", "ie", "us"])
    spoken = chance(0.5)
    c = Case("positive", "%s address and postcode %s (%s)" % (region, "spoken" if spoken else "typed", ind))
    addr = gen_address(spoken, region == "us")
    pc = gen_postcode(region)
    town = pick({"uk": TOWNS_UK, "ie": TOWNS_IE, "us": TOWNS_US}[region])
    c.a(pick(["And the address on the account?", "can i take the first line of the address and the postcode",
              "What's the billing address?", "where's the delivery going"]))
    if spoken:
        pcs = pc_spoken(pc) if region != "us" else say_digits(pc.replace("-", ""), [5, 4], z="zero", mixed=False)
        if chance(0.5):
            c.c(pick(["it's ", "", "uh "]), val("ADDRESS", addr), ", ", town.lower())
            c.a(pick(["and the postcode", "and the eircode" if region == "ie" else "and the zip", "postcode please"]))
            c.c(pick(["", "it's "]), val("POSTCODE", pcs))
        else:
            c.c(val("ADDRESS", addr), " ", town.lower().replace(",", ""), " ", val("POSTCODE", pcs))
    else:
        sep = pick([", ", "\n", " ", ", "])
        c.c(pick(["", "Address: ", "ship to "]), val("ADDRESS", addr), sep, town, sep,
            val("POSTCODE", pc if chance(0.7) else pc.replace(" ", "").lower()))
    c.a(pick(["Thanks, that's the address we have.", "great, delivery slot is 8am to 1pm", "perfect, updated"]))
    return c


def p_idv(ind):
    """identity verification combo: NI + DOB + postcode, UK/NI regional speech"""
    n = gen_ni()
    d, m, y = gen_dob()
    pc = gen_postcode("uk")
    c = Case("positive", "UK ID&V combo: NI, DOB, postcode spoken (%s)" % ind)
    c.a(greet(ind).lower())
    c.c("aye hello i'm phoning about my claim")
    c.a("no bother, can you give me your national insurance number")
    c.c(pick(["it's ", "right it's ", ""]), val("NI_NUMBER", ni_render(n, True)))
    c.a("and date of birth")
    c.c(val("DOB", dob_spoken(d, m, y)))
    c.a("and finally the postcode")
    c.c(pick(["", "it's ", "that'd be "]), val("POSTCODE", pc_spoken(pc)))
    c.a(pick(["lovely that's you through, your next payment of ninety one pounds twenty is on the ninth",
              "grand, i can see the claim, it was opened in twenty twenty three"]))
    return c


def p_mixed_chat(ind):
    """Email-style message carrying several identifiers."""
    c = Case("positive", "e-mail/web form with several identifiers (%s)" % ind)
    f, l = pick(FIRST).capitalize(), pick(LAST).capitalize()
    user, dom = gen_email()
    kind = pick(["uk_mob", "ie_mob", "uk_land", "uk_intl", "ie_intl", "us_intl"])
    d, sizes = gen_phone(kind)
    pre, body = phone_typed(d, sizes, kind)
    dd, mm, yy = gen_dob()
    segs = ["Dear team,\nI am writing about invoice INV-%s (amount \u00a3%d.%02d). " % (gen_digits(7), R.randint(20, 900), R.randint(0, 99)),
            "My details: DOB ", val("DOB", dob_typed(dd, mm, yy)), ", tel " + pre, val("PHONE", body),
            ", email ", val("EMAIL", email_typed(user, dom))]
    if chance(0.6):
        n = gen_ni()
        segs += [", NI ", val("NI_NUMBER", ni_render(n, False))]
    else:
        sc, ac = gen_digits(6), gen_digits(8)
        segs += [", refund to sort code ", val("SORT_CODE", "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:])), " acc ", val("BANK_ACCOUNT", ac)]
    segs += [".\nKind regards,\n%s %s" % (f, l)]
    c.c(*segs)
    c.a("Thanks %s, I've logged ticket #%s." % (f, gen_digits(6)))
    return c


# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------
def n_amounts(ind):
    c = Case("negative", "balances, amounts, dates and opening hours (%s)" % ind)
    c.a(greet(ind))
    c.c(pick(["how much do i owe", "whats my balance", "why is my bill so high this month"]))
    c.a(pick(["Your balance is \u00a3%d.%02d and the next payment of \u00a3%d is due on the %d%s of %s." % (
        R.randint(100, 4000), R.randint(0, 99), R.randint(20, 200), R.randint(1, 28), "th", pick(MONTHS).capitalize()),
        "the outstanding amount is one thousand two hundred and forty pounds sixty, due on the twenty eighth",
        "you've got four hundred and twelve euro forty on the account, it went up about 12 percent in %d" % R.randint(2019, 2025)]))
    c.c(pick(["can i pay it in two goes", "ok and when are you open till", "right"]))
    c.a(pick(["We're open 8am to 8pm Monday to Friday and 9 till 5 on Saturdays.",
              "yeah you can split it, fifty now and the rest on the fifteenth",
              "lines are open from eight till half six, the wait is about 20 minutes"]))
    return c


def n_order(ind):
    ref = gen_digits(R.choice([10, 12, 13, 16]))
    if len(ref) == 16:
        ref = luhn_complete(pick(["4", "5"]), 16)  # looks like a card, but it's an order number
    lab = pick(["order number", "tracking number", "reference", "invoice no.", "ticket", "claim number", "booking ref",
                "consignment number"])
    c = Case("negative", "long %s (Luhn-valid when 16 digits) - labelled, not a card" % lab)
    c.a("Can I take the %s?" % lab)
    spoken = chance(0.5)
    if spoken:
        c.c("yeah the %s is %s" % (lab, say_digits(ref, chunk_sizes(len(ref)), z=pick(["oh", "nought"]))))
    else:
        c.c("%s: %s" % (lab.capitalize(), " ".join(chunk(ref, chunk_sizes(len(ref))))))
    c.a(pick(["Thanks, that was dispatched on the 3rd and should arrive within 2 days.",
              "i can see it, it's a twelve month contract at twenty nine ninety nine a month",
              "okay that claim was opened on the 14th of June for \u00a3850"]))
    return c


def n_last4(ind):
    l4 = gen_digits(4)
    c = Case("negative", "card last four only (PCI permits), plus amount")
    c.a(pick(["I can see a card ending %s on file, would you like to use that?" % l4,
              "is that the visa ending in %s" % " ".join(UNITS[int(x)] for x in l4)]))
    c.c(pick(["yes the one ending %s" % l4, "yeah that's the one", "ya card ending in %s" % l4]))
    c.a("Great, I've taken \u00a3%d.%02d from the card ending %s." % (R.randint(5, 500), R.randint(0, 99), l4))
    return c


def n_travel(ind):
    c = Case("negative", "flight, gate, seat, room, times (%s)" % ind)
    fl = pick(["EI", "BA", "FR", "AA", "LH"]) + str(R.randint(100, 9999))
    c.c("hi my flight %s was cancelled, i was in seat %d%s" % (fl, R.randint(1, 40), pick("ABCDEF")))
    c.a("I'm sorry about that. I've moved you to %s departing at %02d:%02d from gate %s%d, arriving %d:%02d." % (
        pick(["EI", "BA"]) + str(R.randint(100, 999)), R.randint(5, 22), R.choice([0, 15, 30, 45]), pick("ABCDE"),
        R.randint(1, 40), R.randint(1, 12), R.choice([5, 20, 35, 50])))
    c.c("and the hotel? room %d was freezing, about %d degrees" % (R.randint(100, 999), R.randint(12, 17)))
    c.a("you'll get a voucher for %d euro and the journey time is about %d hours %d minutes" % (R.randint(20, 150), R.randint(1, 9), R.randint(1, 59)))
    return c


def n_meter(ind):
    c = Case("negative", "meter readings and serial numbers (%s)" % ind)
    rd = gen_digits(5)
    c.a("Can you read me the numbers on the meter, black digits only?")
    c.c(pick(["it says %s" % say_digits(rd, [5], z="nought"), "reading is %s" % rd, "ok it's %s" % say_digits(rd, [2, 3], z="oh")]))
    c.a("And the meter serial number under the barcode?")
    sn = pick(["E6S", "K", "M"]) + gen_digits(R.randint(8, 11))
    c.c("serial %s" % sn)
    c.a("thanks, your estimated annual usage is %d kilowatt hours, that's %d percent down on %d" % (R.randint(1500, 5000), R.randint(2, 30), R.randint(2018, 2024)))
    return c


def n_policy(ind):
    c = Case("negative", "policy / model / IMEI / reference with labels, spoken like card readings (%s)" % ind)
    imei = luhn_complete("35", 15)
    pol = pick(["POL", "HH", "MTR", "CLV"]) + gen_digits(R.randint(7, 10))
    f = pick(range(3))
    if f == 0:
        c.a("what's the imei on the handset, dial star hash zero six hash")
        c.c("imei is %s" % say_digits(imei, [4, 4, 4, 3], z="oh"))
    elif f == 1:
        c.a("What's your policy number?")
        c.c("policy number %s, it renews on the %d%s of %s" % (pol, R.randint(1, 28), "th", pick(MONTHS)))
    else:
        c.a("and the model number of the boiler")
        c.c("model %s%d, serial %s" % (pick(["WB", "GC", "VX"]), R.randint(100, 999), gen_digits(12)))
    c.a(pick(["thanks, the excess is two hundred and fifty pounds", "great, it's still under warranty until 2027",
              "that's logged, reference %s" % gen_digits(8)]))
    return c


def n_roads(ind):
    c = Case("negative", "road names without house numbers, towns, counts, ages, durations (%s)" % ind)
    road = pick(STREETS)
    c.c("there's an outage on %s again, third time this %s" % (road, pick(["week", "month"])))
    c.a("Yes, engineers are on site near %s, about %d homes affected, should be fixed in %d hours." % (
        pick(TOWNS_UK + TOWNS_IE), R.randint(20, 900), R.randint(2, 8)))
    c.c("my mum's %d and she's on oxygen, it's %d degrees in the house" % (R.randint(70, 96), R.randint(10, 16)))
    c.a("I'll flag her as a priority customer, you'll get a credit of %d pounds" % R.randint(10, 60))
    return c


def n_contract(ind):
    c = Case("negative", "contract/appointment dates, years, percentages, data allowances (%s)" % ind)
    c.a("your contract started on the %d%s of %s %d and ends %s %d" % (R.randint(1, 28), "th", pick(MONTHS), R.randint(2021, 2024),
                                                                      pick(MONTHS), R.randint(2025, 2027)))
    c.c("and how much data do i get")
    c.a("%d gig a month, %d minutes, and the price goes up %.1f percent in april" % (R.choice([20, 50, 100]), R.choice([500, 1000, 3000]), R.choice([3.9, 6.5, 8.8])))
    c.c("can i book the engineer for %s at %d" % (pick(["monday", "the 12th", "next thursday"]), R.randint(8, 16)))
    c.a("booked, appointment %s, arrival window %d to %d" % (gen_digits(6), R.randint(8, 10), R.randint(12, 14)))
    return c


def n_spoken_ref(ind):
    """long spoken digit strings read like a card, but labelled as references"""
    lab = pick(["customer reference", "account reference on the letter", "case number", "mprn", "gprn", "tracking code",
                "voucher code", "claim reference"])
    ref = gen_digits(R.choice([11, 14, 16, 18]))
    c = Case("negative", "%s read in card-like groups over turns" % lab)
    c.a("can you read me the %s please" % lab)
    parts = chunk(ref, chunk_sizes(len(ref)))
    c.c("yeah the %s is %s" % (lab, say_digits(parts[0], z="oh")))
    for p in parts[1:]:
        c.a(pick(BACK))
        c.c(say_digits(p, z=pick(["oh", "nought"])))
    c.a("thanks that's the %s, the amount outstanding is %d pounds" % (lab, R.randint(10, 999)))
    return c


def n_lookalike(ind):
    """NI-/postcode-/sort-code-looking strings that are labelled as something else"""
    c = Case("negative", "identifier-shaped strings that are product codes, prices and times (%s)" % ind)
    f = pick(range(4))
    if f == 0:
        c.c("the parcel label says depot code %s%s %s%s%s" % (pick("ABCK"), pick("ABCW"), R.randint(10, 99), R.randint(10, 99), R.randint(10, 99)))
        c.a("that's our Leeds hub, it'll be out for delivery by 6pm")
    elif f == 1:
        c.c("the fridge model is %s-%d-%d, bought for %d.99" % (pick(["RB", "GSX", "HF"]), R.randint(10, 99), R.randint(100, 999), R.randint(200, 900)))
        c.a("thanks, repairs take about 10 working days")
    elif f == 2:
        c.c("the promo code was SAVE%d and the batch on the box is %s" % (R.randint(10, 50), gen_digits(6)))
        c.a("that code expired on the 31st, sorry, but I can give you %d%% off" % R.randint(5, 25))
    else:
        c.c("i rang at %02d:%02d and waited %d minutes, queue position %d" % (R.randint(8, 19), R.randint(0, 59), R.randint(15, 95), R.randint(3, 60)))
        c.a("apologies, call volumes were about %d%% higher than usual on %s" % (R.randint(20, 80), pick(["Monday", "the 2nd"])))
    return c


# --------------------------------------------------------------------------
INDS = list(INDUSTRY)


def build():
    pos_plan = ([p_card_chat] * 22 + [p_card_asr] * 30 + [p_card_correction] * 8 + [p_card_aside] * 8 + [p_card_last4] * 6 +
                [p_ssn] * 30 + [p_ni] * 32 + [p_idv] * 8 + [p_bank] * 20 + [p_us_bank] * 4 + [p_iban] * 14 +
                [p_phone] * 24 + [p_email] * 14 + [p_dob] * 10 + [p_address] * 18 + [p_mixed_chat] * 8)
    neg_plan = ([n_amounts] * 12 + [n_order] * 18 + [n_last4] * 10 + [n_travel] * 8 + [n_meter] * 8 + [n_policy] * 12 +
                [n_roads] * 8 + [n_contract] * 8 + [n_spoken_ref] * 12 + [n_lookalike] * 10)
    R.shuffle(pos_plan)
    R.shuffle(neg_plan)
    cases = []
    for i, fn in enumerate(pos_plan, 1):
        c = fn(pick(INDS))
        c.id = "h534-pos-%03d" % i
        cases.append(c)
    for i, fn in enumerate(neg_plan, 1):
        c = fn(pick(INDS))
        c.id = "h534-neg-%03d" % i
        cases.append(c)
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        spans = sorted(c.spans, key=lambda s: (s["turn"], s["start"]))
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns,
                                 "spans": [{"turn": s["turn"], "start": s["start"], "end": s["end"], "type": s["type"]} for s in spans],
                                 "note": c.note}, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
UNIT_W = {w: str(i) for i, w in enumerate(UNITS)}
ZERO_W = {"oh": "0", "o": "0", "nought": "0", "zero": "0", "nil": "0"}
TEEN_W = {v: k for k, v in TEENS.items()}
TENS_W = {v: k for k, v in TENS.items()}
FILL_W = set(FILLERS) | {"and", "then", "plus", "hmm"}
NATO_W = {v.replace("-", ""): k for k, v in NATO.items()}
FOR_W = set(w for ws in FOR_WORDS.values() for w in ws) | set(NATO_W)


def digit_of(w):
    if w in ZERO_W:
        return "0"
    if w in UNIT_W:
        return UNIT_W[w]
    return None


def normalise(text, email=False):
    """Turn a typed or spoken value into its canonical character string. None if unparseable."""
    toks = re.findall(r"[a-z]+|\d+|[@._\-+]", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    n = len(toks)
    while i < n:
        w = toks[i]
        nx = toks[i + 1] if i + 1 < n else None
        if w.isdigit():
            out.append(w)
            i += 1
            continue
        if email and w in "@._-+":
            out.append(w)
            i += 1
            continue
        if w in "@._-+":
            i += 1
            continue
        if len(w) == 1 and w != "o" and nx == "for" and i + 2 < n and toks[i + 2] in FOR_W:
            out.append(w.upper())
            i += 3
            continue
        if w in ("double", "treble", "triple"):
            rep = 2 if w == "double" else 3
            if nx is None:
                return None
            dg = digit_of(nx)
            if dg is None and len(nx) == 1:
                dg = nx.upper()
            if dg is None:
                return None
            out.append(dg * rep)
            i += 2
            continue
        if w in UNIT_W and w != "zero" and nx in ("hundred", "thousand"):
            mult = 100 if nx == "hundred" else 1000
            base = int(UNIT_W[w]) * mult
            j = i + 2
            if j < n and toks[j] == "and":
                j += 1
            rest = 0
            if j < n and toks[j] in TEEN_W:
                rest = int(TEEN_W[toks[j]])
                j += 1
            elif j < n and toks[j] in TENS_W:
                rest = int(TENS_W[toks[j]]) * 10
                j += 1
                if j < n and toks[j] in UNIT_W and toks[j] != "zero":
                    rest += int(UNIT_W[toks[j]])
                    j += 1
            elif j < n and toks[j] in UNIT_W and toks[j] != "zero":
                rest = int(UNIT_W[toks[j]])
                j += 1
            out.append(str(base + rest))
            i = j
            continue
        dg = digit_of(w)
        if dg is not None:
            out.append(dg)
            i += 1
            continue
        if w in TEEN_W:
            out.append(TEEN_W[w])
            i += 1
            continue
        if w in TENS_W:
            if nx in UNIT_W and nx != "zero":
                out.append(TENS_W[w] + UNIT_W[nx])
                i += 2
            else:
                out.append(TENS_W[w] + "0")
                i += 1
            continue
        if email:
            if w == "dot":
                out.append(".")
            elif w == "at":
                out.append("@")
            elif w == "underscore":
                out.append("_")
            elif w in ("dash", "hyphen"):
                out.append("-")
            elif w in FILL_W - {"and"}:
                pass
            elif len(w) == 1:
                out.append(w)
            else:
                out.append(w)
            i += 1
            continue
        if w in FILL_W:
            i += 1
            continue
        if w in NATO_W:
            out.append(NATO_W[w].upper())
            i += 1
            continue
        if len(w) <= 4 and w not in ("for", "the", "of", "end"):
            out.append(w.upper())
            i += 1
            continue
        return None
    return "".join(out)


def date_ok(text):
    low = text.lower()
    toks = re.findall(r"[a-z]+|\d+", low)
    if any(t in MONTHS or t in MON3 for t in toks):
        return any(t.isdigit() or t in UNIT_W or t in TEEN_W or t in TENS_W or t in ORD.values() or
                   t in ("first", "second", "third", "twentieth", "thousand") for t in toks)
    if toks and all(t.isdigit() for t in toks) and len(toks) in (2, 3):
        a = [int(t) for t in toks]
        if len(toks) == 2:
            return 1 <= a[0] <= 12
        return (1 <= a[0] <= 12 or 1 <= a[1] <= 12) and a[0] <= 31 and a[1] <= 31
    dg = normalise(text)
    if dg is None or not dg.isdigit():
        return False
    if len(dg) == 4:
        return 1 <= int(dg[:2]) <= 12
    if len(dg) in (5, 6, 7, 8):
        return True
    return False


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EIR_PC = re.compile(r"^[A-Z]\d[\dW][A-Z\d]{4}$")
ZIP = re.compile(r"^\d{5}(\d{4})?$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")


def validate(typ, text, mode):
    if typ in ("DOB", "EXPIRY"):
        return date_ok(text)
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z]+|\d+", text.lower())
        has_num = any(t.isdigit() or t in UNIT_W or t in TEEN_W or t in TENS_W for t in toks)
        return has_num and any(t in STREET_SFX for t in toks)
    if typ == "EMAIL":
        s = normalise(text, email=True)
        return s is not None and bool(EMAIL_RE.match(s.lower()))
    s = normalise(text)
    if s is None:
        return False
    if mode == "frag":
        return s.isalnum()
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(s)) and s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 17
    if typ == "IBAN":
        return s.isalnum() and s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and iban_check(s)
    if typ == "PHONE":
        return s.isdigit() and 9 <= len(s) <= 14
    if typ == "POSTCODE":
        return bool(UK_PC.match(s) or EIR_PC.match(s) or ZIP.match(s))
    return False


def check(cases, data):
    errs = []
    with open(OUT, "rb") as fh:
        disk = fh.read()
    if disk != data:
        errs.append("file on disk differs from regenerated output")
    recs = [json.loads(l) for l in disk.decode("utf-8").splitlines()]
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r in recs:
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append("%s: bad turn" % r["id"])
        prev = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % r["id"])
            txt = r["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("%s: offset out of range" % r["id"])
                continue
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append("%s: span start not on word boundary" % r["id"])
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s: span end not on word boundary" % r["id"])
            if not (txt[s["start"]].isalnum() and txt[s["end"] - 1].isalnum()):
                errs.append("%s: span edge not alnum" % r["id"])
            edge = re.findall(r"[A-Za-z]+|\d+", txt[s["start"]:s["end"]])
            if edge[0].lower() in FILLERS or edge[-1].lower() in FILLERS:
                errs.append("%s: filler at span edge" % r["id"])
            if s["turn"] in prev and prev[s["turn"]] > s["start"]:
                errs.append("%s: overlapping spans" % r["id"])
            prev[s["turn"]] = s["end"]
    # value validation: groups (from regeneration) joined over the spans' text in the file
    by_id = {r["id"]: r for r in recs}
    for c in cases:
        r = by_id.get(c.id)
        if r is None:
            continue
        for g in c.groups:
            text = " ".join(r["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in g.spans)
            if not validate(g.typ, text, g.mode):
                errs.append("%s: %s fails validation: %r -> %r" % (c.id, g.typ, text, normalise(text, g.typ == "EMAIL")))
    return errs, recs


def counts(recs):
    ct = Counter(s["type"] for r in recs for s in r["spans"])
    cases_with = Counter()
    for r in recs:
        for t in set(s["type"] for s in r["spans"]):
            cases_with[t] += 1
    return ct, cases_with


def main():
    cases = build()
    data = serialise(cases)
    if "--check" in sys.argv[1:]:
        errs, recs = check(cases, data)
        ct, cw = counts(recs)
        npos = sum(r["kind"] == "positive" for r in recs)
        nneg = sum(r["kind"] == "negative" for r in recs)
        print("cases: %d positive, %d negative, %d spans" % (npos, nneg, sum(ct.values())))
        print("| type | spans | cases |\n|---|---:|---:|")
        for t in TYPES:
            print("| %s | %d | %d |" % (t, ct[t], cw[t]))
        mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if ct[t] < mins.get(t, 10):
                errs.append("too few %s spans: %d" % (t, ct[t]))
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for e in errs[:50]:
            print("ERROR", e)
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as fh:
        fh.write(data)
    print("wrote %d cases to %s" % (len(cases), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()

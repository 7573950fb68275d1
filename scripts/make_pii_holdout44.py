#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set #44 (independent author).

Usage:
    python scripts/make_pii_holdout44.py          # write fixture + README
    python scripts/make_pii_holdout44.py --check  # regenerate, compare, validate

Standard library only. All values come from one seeded random.Random.
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 44241123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout44")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

R = random.Random(SEED)

DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
FRIENDLY = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "g": "george",
            "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mother", "n": "nancy",
            "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
            "x": "xylophone", "y": "yellow", "z": "zebra"}


def ch(seq):
    return seq[R.randrange(len(seq))]


def rdigits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------- value makers
def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        body = "4" + rdigits(14)
    elif kind == "visa19":
        body = "4" + rdigits(17)
    elif kind == "mc":
        body = "5" + str(R.randint(1, 5)) + rdigits(13)
    elif kind == "amex":
        body = "3" + ch("47") + rdigits(12)
    else:
        body = "6011" + rdigits(11)
    for d in range(10):
        if luhn_ok(body + str(d)):
            return body + str(d)


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def make_ssn():
    while True:
        a = R.randint(1, 772)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = ch(NI_FIRST) + ch(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdigits(6) + ch("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def make_iban():
    c = ch(["GB", "IE", "DE", "NL", "FR", "ES"])
    L = "ABCDEFGHJKLMNPRSTWXYZ"
    if c == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rdigits(14)
    elif c == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS"]) + rdigits(14)
    elif c == "DE":
        bban = rdigits(18)
    elif c == "NL":
        bban = ch(["ABNA", "INGB", "RABO"]) + rdigits(10)
    elif c == "FR":
        bban = rdigits(23)
    else:
        bban = rdigits(20)
    return c + iban_check(c, bban) + bban


def make_phone():
    k = ch(["uk_mob", "uk_land", "us", "ie_mob", "intl_uk", "intl_ie", "us_intl"])
    if k == "uk_mob":
        return k, "07" + str(R.randint(4, 9)) + rdigits(8)
    if k == "uk_land":
        return k, "0" + ch(["161", "113", "117", "121", "131", "141", "191", "1632", "20"]) + rdigits(7 if True else 6)
    if k == "us":
        return k, str(R.randint(2, 9)) + rdigits(2) + str(R.randint(2, 9)) + rdigits(6)
    if k == "ie_mob":
        return k, "08" + ch("35679") + rdigits(7)
    if k == "intl_uk":
        return k, "447" + str(R.randint(4, 9)) + rdigits(8)
    if k == "intl_ie":
        return k, "3538" + ch("35679") + rdigits(7)
    return k, "1" + str(R.randint(2, 9)) + rdigits(2) + str(R.randint(2, 9)) + rdigits(6)


UK_AREAS = ["SW", "SE", "N", "NW", "E", "W", "M", "B", "LS", "BS", "CF", "EH", "G", "L", "S",
            "NE", "CR", "BR", "KT", "RG", "OX", "CB", "NG", "LE", "DN", "YO", "HU", "PL", "EX", "BT"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode():
    if R.random() < 0.3:
        z = "%05d" % R.randint(1001, 99950)
        if R.random() < 0.25:
            z += "-" + rdigits(4)
        return "us", z
    a = ch(UK_AREAS)
    district = str(R.randint(1, 29)) if len(a) == 2 or R.random() < 0.5 else str(R.randint(1, 9))
    if a in ("SW", "W", "E", "N", "EC", "WC") and R.random() < 0.15:
        district = str(R.randint(1, 9)) + ch("AW")
    return "uk", a + district + " " + str(R.randint(1, 9)) + ch(INWARD) + ch(INWARD)


STREETS = ["Elm", "Mill", "Church", "Station", "Victoria", "Park", "Oak", "Maple", "Kingsway",
           "Larch", "Beech", "Highfield", "Orchard", "Cedar", "Willow", "Rosemary", "Hawthorn",
           "Grange", "Chapel", "Meadow", "Lincoln", "Washington", "Sycamore", "Birchwood", "Dock"]
STYPES_UK = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Grove", "Way",
             "Terrace", "Gardens", "Place"]
STYPES_US = ["Street", "Avenue", "Boulevard", "Drive", "Road", "Court", "Lane", "Parkway"]
STREET_WORDS = set(w.lower() for w in STYPES_UK + STYPES_US + ["st", "rd", "ave", "blvd", "dr", "ln"])

CITY = {"M": "Manchester", "B": "Birmingham", "LS": "Leeds", "BS": "Bristol", "CF": "Cardiff", "EH": "Edinburgh",
        "G": "Glasgow", "L": "Liverpool", "S": "Sheffield", "NE": "Newcastle", "CR": "Croydon", "BR": "Bromley",
        "KT": "Kingston", "RG": "Reading", "OX": "Oxford", "CB": "Cambridge", "NG": "Nottingham", "LE": "Leicester",
        "DN": "Doncaster", "YO": "York", "HU": "Hull", "PL": "Plymouth", "EX": "Exeter", "BT": "Belfast"}

FIRST = ["john", "sarah", "mike", "aoife", "liam", "priya", "tom", "emma", "carlos", "fiona",
         "dave", "niamh", "raj", "kate", "ben", "lucy", "sean", "maria", "olu", "grace"]
LAST = ["smith", "doyle", "patel", "jones", "murphy", "khan", "brown", "walsh", "garcia", "reid",
        "evans", "byrne", "nguyen", "clarke", "lee", "obrien", "ward", "kelly", "hughes", "cole"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("hotmail", "co.uk"), ("yahoo", "com"),
           ("icloud", "com"), ("btinternet", "com"), ("eircom", "net"), ("proton", "me"),
           ("aol", "com"), ("live", "ie")]


def make_email():
    f, l = ch(FIRST), ch(LAST)
    style = R.randrange(5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + rdigits(2)
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = l + f[0] + rdigits(R.randint(1, 4))
    else:
        local = f + l[0] + "-" + rdigits(2)
    d = ch(DOMAINS)
    return local + "@" + d[0] + "." + d[1]


# ------------------------------------------------------------- spoken forms
def zero_word(uk):
    return ch(["oh", "oh", "zero", "o"] + (["nought"] if uk else []))


HOMO = {"4": "for", "2": "to", "8": "ate", "1": "won"}


def say_digit(d, uk=False, homo=0.0):
    if d == "0":
        return zero_word(uk)
    if d in HOMO and R.random() < homo:
        return HOMO[d]
    return DIG[int(d)]


def say_pair(p, uk=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(uk) + " " + DIG[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + DIG[b]


def say_seq(s, uk=False, pairs=0.0, doubles=0.5, homo=0.0):
    """Speak a digit string the way a caller would (digit by digit, doubles, pairs)."""
    out = []
    i = 0
    while i < len(s):
        if i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and R.random() < doubles:
            out.append("triple " + say_digit(s[i], uk))
            i += 3
        elif i + 1 < len(s) and s[i] == s[i + 1] and R.random() < doubles:
            out.append("double " + say_digit(s[i], uk))
            i += 2
        elif i + 1 < len(s) and s[i] != "0" and s[i + 1] != "0" and R.random() < pairs:
            out.append(say_pair(s[i:i + 2], uk))
            i += 2
        else:
            out.append(say_digit(s[i], uk, homo))
            i += 1
    return " ".join(out)


def say_letter(c, mode):
    c = c.lower()
    if c == "o":
        # a bare "o" would be heard as zero; callers disambiguate it
        return ch(["o for oscar", "oscar", "o as in orange"])
    if mode == "nato":
        return c + " for " + NATO[c] if R.random() < 0.5 else NATO[c]
    if mode == "friendly" and c in FRIENDLY:
        return c + ch([" for ", " as in "]) + FRIENDLY[c]
    return c


def say_alnum(s, uk=True, lmode="plain", pairs=0.0):
    out = []
    buf = ""
    for c in s:
        if c.isdigit():
            buf += c
            continue
        if buf:
            out.append(say_seq(buf, uk, pairs))
            buf = ""
        if c.isalpha():
            out.append(say_letter(c, lmode))
    if buf:
        out.append(say_seq(buf, uk, pairs))
    return " ".join(out)


def say_year(y, uk=False):
    y = int(y)
    if y == 2000:
        return "two thousand"
    if y > 2000 and y < 2010 and R.random() < 0.6:
        return "two thousand" + (" and " if uk else " ") + DIG[y - 2000]
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:], uk)


def say_day(d):
    if d <= 20:
        return ORD[d]
    if d == 30:
        return "thirtieth"
    return TENS[d // 10] + " " + ORD[d % 10] if d % 10 else TENS[d // 10] + "ieth"


# -------------------------------------------------------------- normaliser
WORDNUM = {w: str(i) for i, w in enumerate(DIG)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
HOMOPHONES = {"for": "4", "fore": "4", "to": "2", "too": "2", "won": "1", "ate": "8"}
FILLERS = {"um", "uh", "er", "erm", "and", "then", "dash", "space", "hyphen"}
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
NATO_REV["whisky"] = "w"


def tokens(text):
    return re.findall(r"[a-z]+|\d+|[^\sa-z\d]", text.lower().replace("x-ray", "xray"))


def normalise(text, letters=False):
    """Turn a written or spoken value into a string of digits (and capital letters)."""
    t = tokens(text)
    out = []
    i = 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else ""
        if w.isdigit():
            out.append(w)
        elif letters and len(w) == 1 and w.isalpha() and nxt in ("for", "as", "like"):
            j = i + 2 if nxt != "as" else i + 3
            out.append(w.upper())
            i = j + 1
            continue
        elif letters and w in NATO_REV:
            out.append(NATO_REV[w].upper())
        elif w in ("double", "triple"):
            n = 2 if w == "double" else 3
            d = WORDNUM.get(nxt)
            out.append(d * n)
            i += 2
            continue
        elif w in TENS[2:]:
            v = TENS.index(w)
            if nxt in DIG[1:]:
                out.append(str(v) + WORDNUM[nxt])
                i += 2
                continue
            out.append(str(v) + "0")
        elif w in TEENS:
            out.append(str(10 + TEENS.index(w)))
        elif w == "hundred":
            out.append("00")
        elif w == "thousand":
            out.append("000")
        elif w in WORDNUM and not (letters and w == "o" and False):
            out.append(WORDNUM[w])
        elif not letters and w in HOMOPHONES:
            out.append(HOMOPHONES[w])
        elif letters and w in HOMOPHONES and w != "for":
            out.append(HOMOPHONES[w])
        elif letters and len(w) == 1 and w.isalpha():
            out.append(w.upper())
        elif letters and len(w) == 2 and w.isalpha() and w.upper() == w.upper() and text.strip().isupper():
            out.append(w.upper())
        elif letters and w.isalpha() and len(w) <= 4 and w not in FILLERS and w not in ("sorry", "no", "its"):
            out.append(w.upper())
        i += 1
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def norm_email(text):
    t = text.lower()
    if "@" in t:
        return t.strip()
    toks = t.split()
    out = []
    for w in toks:
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in WORDNUM and w not in ("o",):
            out.append(WORDNUM[w])
        elif w in ("double",):
            out.append("\x00")
        else:
            out.append(w)
    s = "".join(out)
    s = re.sub(r"\x00(.)", r"\1\1", s)
    return s


def validate(typ, text):
    if typ == "CARD_NUMBER":
        d = normalise(text)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), d
    if typ == "CVV":
        d = normalise(text)
        return d.isdigit() and len(d) in (3, 4), d
    if typ == "SSN":
        d = normalise(text)
        return d.isdigit() and len(d) == 9, d
    if typ == "SORT_CODE":
        d = normalise(text)
        return d.isdigit() and len(d) == 6, d
    if typ == "BANK_ACCOUNT":
        d = normalise(text)
        return d.isdigit() and 8 <= len(d) <= 12, d
    if typ == "PHONE":
        d = normalise(text)
        if d.startswith("00"):
            d = d[2:]
        return d.isdigit() and 10 <= len(d) <= 13, d
    if typ == "NI_NUMBER":
        d = normalise(text, letters=True)
        return bool(NI_RE.match(d)), d
    if typ == "IBAN":
        d = normalise(text, letters=True)
        return bool(re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", d)) and iban_ok(d), d
    if typ == "POSTCODE":
        d = normalise(text, letters=True)
        return bool(UKPC_RE.match(d) or re.match(r"^\d{5}(\d{4})?$", d)), d
    if typ == "EMAIL":
        d = norm_email(text)
        return bool(EMAIL_RE.match(d)), d
    if typ == "EXPIRY":
        low = text.lower()
        d = normalise(text)
        ok = any(m in low for m in MONTHS) or (d.isdigit() and 3 <= len(d) <= 6)
        return ok, d
    if typ == "DOB":
        low = text.lower()
        d = normalise(text)
        has_year = bool(re.search(r"(19\d\d|20[0-2]\d)", d)) or "thousand" in low or bool(re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", low))
        has_month = any(m in low for m in MONTHS) or bool(re.search(r"\d{1,2}[/.-]\d{1,2}", low)) or len(d) >= 6
        return has_year and has_month, d
    if typ == "ADDRESS":
        low = text.lower()
        has_num = bool(re.search(r"\d", low)) or any(w in low.split() for w in DIG + TEENS + TENS[2:])
        has_street = any(w.strip(".,") in STREET_WORDS for w in low.split())
        return has_num and has_street, low
    return False, text


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []  # (speaker, [segments])

    def a(self, *segs):
        self.turns.append(("agent", list(segs)))
        return self

    def c(self, *segs):
        self.turns.append(("customer", list(segs)))
        return self


def V(text, typ, group=None):
    """A labelled value segment; group joins fragments of one value for validation;
    group ending in '~x' marks an abandoned (self-corrected) or partial fragment."""
    return ("V", text, typ, group or typ)


def render(case):
    turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(case.turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                _, val, typ, grp = s
                start = len(text)
                text += val
                spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
                groups.setdefault((grp, typ), []).append(val)
            else:
                text += s
        turns.append({"speaker": spk, "text": text})
    return turns, spans, groups


# ---------------------------------------------------------------- helpers
INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
              "healthcare billing", "government services"]
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "yeah", "got that", "sure"]
FILL = ["um", "uh", "er", "erm"]


def fil():
    return ch(FILL) + " " if R.random() < 0.4 else ""


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return out


def money():
    return ch(["forty two pounds fifty", "a hundred and twelve dollars", "sixty euro",
               "two hundred and nineteen pounds", "thirty four ninety nine", "eighty seven dollars twenty"])


# ---------------------------------------------------------------- positive templates (calls)
def p_card_call_split(uk):
    ind = ch(["telecom", "insurance", "utilities", "retail", "travel", "healthcare billing"])
    num = make_card()
    grp = card_groups(num)
    cs = Case("call/%s: card read in groups over several customer turns with back-channels" % ind)
    cs.a(ch(["okay and the long number across the front of the card please",
             "go ahead with the card number whenever you're ready",
             "can i take the %s digits on the card" % {15: "fifteen", 16: "sixteen", 19: "nineteen"}[len(num)]]))
    corrected = False
    for gi, g in enumerate(grp):
        spoken = say_seq(g, uk, pairs=0.25, homo=0.08)
        pre = ch(["", "", "right ", "it's ", "so ", "um "]) if gi == 0 else ch(["", "", "then ", "uh "])
        if not corrected and gi in (1, 2) and R.random() < 0.4:
            wrong = list(g)
            wrong[-1] = str((int(wrong[-1]) + R.randint(1, 8)) % 10)
            cs.c(pre, V(say_seq("".join(wrong), uk), "CARD_NUMBER", "card~x"),
                 ch([" no sorry ", " wait no ", " sorry i mean ", " no hang on "]),
                 V(spoken, "CARD_NUMBER", "card"))
            cs.note += "; self-correction inside a group"
            corrected = True
        else:
            cs.c(pre, V(spoken, "CARD_NUMBER", "card"))
        if gi < len(grp) - 1:
            cs.a(ch(BACK))
    if R.random() < 0.5:
        m, y = R.randint(1, 12), R.randint(26, 31)
        exp = say_seq("%02d" % m, uk, doubles=0) + " " + say_pair(str(y))
        cs.a("lovely and the expiry")
        cs.c(fil(), V(exp, "EXPIRY"))
        cs.note += "; expiry as digits"
    return cs


def p_card_call_oneturn(uk):
    ind = ch(["banking", "retail", "telecom", "travel"])
    num = make_card()
    grp = card_groups(num)
    cs = Case("call/%s: card in one turn with fillers between groups (fillers outside spans)" % ind)
    cs.a(ch(["and what card would you like to use today", "card number when you're ready please"]))
    segs = [ch(["yeah it's ", "okay so it's ", "it's a visa ", "right "])]
    for gi, g in enumerate(grp):
        segs.append(V(say_seq(g, uk, pairs=0.3, homo=0.1), "CARD_NUMBER", "card"))
        if gi < len(grp) - 1:
            segs.append(ch([" ", " um ", " uh ", " ", " "]))
    segs.append(ch(["", " and that's it", " i think yeah"]))
    cs.c(*segs)
    cs.a("and the four digit code on the front" if len(num) == 15 else "and the security code on the back")
    cvv = rdigits(4 if len(num) == 15 else 3)
    cs.c(ch(["it's ", "", "uh "]), V(say_seq(cvv, uk, doubles=0.3), "CVV"))
    if R.random() < 0.5:
        cs.a("thanks and just to confirm the payment is ", money(), " today")
    return cs


def p_card_agent_interrupt(uk):
    num = make_card()
    grp = card_groups(num)
    cs = Case("call/retail: agent interrupts mid-reading and customer restarts; agent reads back last four")
    cs.a("can i take the card number")
    first = grp[0] + grp[1][:2]
    cs.c(V(say_seq(first, uk), "CARD_NUMBER", "card~x"))
    cs.a("sorry you broke up there could you start again")
    cs.c("yeah sorry ", V(say_seq(grp[0], uk), "CARD_NUMBER", "card"), " ",
         V(say_seq(grp[1], uk, pairs=0.3), "CARD_NUMBER", "card"))
    cs.a(ch(["mhm", "okay"]))
    cs.c(V(say_seq("".join(grp[2:]), uk, pairs=0.3), "CARD_NUMBER", "card"))
    cs.a("thank you so that's the card ending ", V(say_seq(num[-4:], uk, doubles=0), "CARD_NUMBER", "card~x"), " yes")
    cs.c("yes that's right")
    return cs


def p_card_readback(uk):
    num = make_card()
    cs = Case("call/banking: customer reads card, agent reads the full number back in pairs")
    cs.a("what's the number on the card you're calling about")
    cs.c(fil(), V(say_seq(num, uk, pairs=0.2), "CARD_NUMBER", "card"))
    cs.a("let me read that back ", V(say_seq(num, uk, pairs=0.6, doubles=0), "CARD_NUMBER", "card_rb"))
    cs.c(ch(["yep", "that's it", "correct"]))
    m, y = R.randint(1, 12), R.randint(2026, 2031)
    cs.a("and the expiry date")
    cs.c(V(ch(["", "end of "]) + MONTHS[m - 1] + " " + say_year(str(y)), "EXPIRY"))
    return cs


def p_ssn_call(uk=False):
    ssn = make_ssn()
    ind = ch(["banking", "insurance", "government services", "healthcare billing", "utilities"])
    cs = Case("call/%s (US): social security number spoken" % ind)
    cs.a(ch(["for verification can i get your social security number",
             "and your social please", "i'm gonna need the full social not just the last four"]))
    style = R.randrange(4)
    a, b, c = ssn[:3], ssn[3:5], ssn[5:]
    if style == 0:
        cs.c(ch(["sure it's ", "yeah ", ""]), V(say_seq(a), "SSN", "s"), " ", V(say_seq(b), "SSN", "s"), " ",
             V(say_seq(c, pairs=0.4), "SSN", "s"))
        cs.note += ", three groups in one turn"
    elif style == 1:
        cs.c(V(say_seq(a), "SSN", "s"))
        cs.a(ch(BACK))
        cs.c(V(say_seq(b), "SSN", "s"))
        cs.a(ch(BACK))
        cs.c(V(say_seq(c, pairs=0.5), "SSN", "s"))
        cs.note += ", split across three turns"
    elif style == 2:
        wrong = b[::-1] if b[0] != b[1] else str((int(b) + 11) % 100).zfill(2)
        cs.c(V(say_seq(a), "SSN", "s"), " ", V(say_seq(wrong), "SSN", "s~x"), " no ", V(say_seq(b), "SSN", "s"),
             " ", V(say_seq(c), "SSN", "s"))
        cs.note += ", self-correction in middle group"
    else:
        cs.c(fil(), V(say_seq(ssn, homo=0.15), "SSN", "s"))
        cs.a("thank you that's ", V(say_seq(ssn, doubles=0), "SSN", "s_rb"), " correct")
        cs.c("yes")
        cs.note += ", agent reads it back"
    if R.random() < 0.4:
        cs.a("and you've been with us since twenty nineteen is that right")
        cs.c("yeah about six years")
    return cs


def p_ni_call(uk=True):
    ni = make_ni()
    ind = ch(["government services", "banking", "insurance", "utilities"])
    cs = Case("call/%s (UK): national insurance number spelled" % ind)
    cs.a(ch(["can i take your national insurance number", "and your n i number please"]))
    lm = ch(["plain", "nato", "friendly", "plain"])
    pre, dig, suf = ni[:2], ni[2:8], ni[8]
    style = R.randrange(3)
    if style == 0:
        cs.c(fil(), V(say_alnum(ni, True, lm, pairs=0.3), "NI_NUMBER", "n"))
    elif style == 1:
        cs.c(V(say_alnum(pre, True, lm), "NI_NUMBER", "n"))
        cs.a(ch(BACK))
        cs.c(V(say_seq(dig, True, pairs=0.5), "NI_NUMBER", "n"))
        cs.a(ch(["and the letter at the end", "mhm", "and the last letter"]))
        cs.c(V(say_letter(suf, lm if lm != "plain" else "nato"), "NI_NUMBER", "n"))
        cs.note += ", split over turns"
    else:
        cs.c(V(say_alnum(pre + dig[:2], True, lm), "NI_NUMBER", "n"), " ", fil().strip() or "uh", " ",
             V(say_alnum(dig[2:] + suf, True, lm, pairs=0.4), "NI_NUMBER", "n"))
        cs.a("let me just read that back ", V(say_alnum(ni, True, "nato"), "NI_NUMBER", "n_rb"))
        cs.c("that's right")
        cs.note += ", agent reads back in NATO"
    lm_note = {"plain": "plain letters", "nato": "NATO alphabet", "friendly": "'x for word' letters"}[lm]
    cs.note += ", " + lm_note
    return cs


def p_bank_call(uk=True):
    acct = rdigits(8)
    sc = rdigits(6)
    cs = Case("call/banking (UK): sort code and account number spoken")
    cs.a("what's the sort code on the account")
    sstyle = R.randrange(3)
    if sstyle == 0:
        sc_sp = say_pair(sc[:2], True) + " " + say_pair(sc[2:4], True) + " " + say_pair(sc[4:], True)
    elif sstyle == 1:
        sc_sp = say_seq(sc, True)
    else:
        sc_sp = say_seq(sc[:2], True) + " dash " + say_seq(sc[2:4], True) + " dash " + say_seq(sc[4:], True)
    cs.c(fil(), V(sc_sp, "SORT_CODE"))
    cs.a(ch(["and the account number", "lovely and the eight digit account number"]))
    if R.random() < 0.5:
        cs.c(V(say_seq(acct[:4], True), "BANK_ACCOUNT", "acc"))
        cs.a(ch(BACK))
        cs.c(V(say_seq(acct[4:], True, pairs=0.4), "BANK_ACCOUNT", "acc"))
        cs.note += ", account split across turns"
    else:
        cs.c(ch(["it's ", "", "yeah it's "]), V(say_seq(acct, True, pairs=0.2, homo=0.1), "BANK_ACCOUNT", "acc"))
    if R.random() < 0.5:
        cs.a("so sort code ", V(say_seq(sc, True, doubles=0), "SORT_CODE", "sc_rb"), " is that right")
        cs.c("yes")
        cs.note += ", agent reads back sort code"
    if R.random() < 0.5:
        cs.a("and the direct debit of ", money(), " goes out on the first of the month")
    return cs


def p_bank_us_call(uk=False):
    acct = rdigits(R.randint(9, 12))
    cs = Case("call/banking (US): checking account number with a routing-free reading and chit-chat")
    cs.a("which account is the payment coming from")
    cs.c("my checking account number is ", V(say_seq(acct, pairs=0.3), "BANK_ACCOUNT", "acc"),
         ch([" and i need it done by friday", " i've had it like ten years", ""]))
    cs.a("okay i'll read that back ", V(say_seq(acct, doubles=0), "BANK_ACCOUNT", "acc_rb"))
    cs.c("yes ma'am")
    return cs


def p_iban_call(uk=True):
    iban = make_iban()
    cs = Case("call/banking (EU): IBAN spelled out over turns")
    cs.a("can you give me the iban for the transfer")
    half = R.choice([8, 10, 12])
    cs.c("sure it's ", V(say_alnum(iban[:half], True, ch(["plain", "nato"])), "IBAN", "i"))
    cs.a(ch(BACK))
    cs.c(V(say_alnum(iban[half:], True, "plain", pairs=0.3), "IBAN", "i"))
    cs.a("thanks and the amount is ", ch(["five hundred euro", "twelve hundred and fifty euro", "eighty euro"]))
    return cs


def say_phone(kind, p, uk):
    if kind.startswith("intl"):
        cc = "44" if kind == "intl_uk" else "353"
        rest = p[len(cc):]
        return ch(["plus ", "plus ", "double oh "]) + say_seq(cc, uk, doubles=0) + " " + say_seq(rest, uk, pairs=0.2)
    if kind == "us_intl":
        return "plus one " + say_seq(p[1:4]) + " " + say_seq(p[4:7]) + " " + say_seq(p[7:], pairs=0.5)
    if kind == "us":
        if R.random() < 0.3 and p[3:6]:
            return say_seq(p[:3]) + " " + say_seq(p[3:6]) + " " + say_pair(p[6:8]) + " " + say_pair(p[8:])
        return say_seq(p, pairs=0.15)
    return say_seq(p, uk, pairs=0.15, homo=0.05)


def p_phone_call(uk):
    kind, p = make_phone()
    uk = kind not in ("us", "us_intl")
    ind = ch(["telecom", "utilities", "retail", "insurance", "travel", "healthcare billing"])
    cs = Case("call/%s: phone number (%s) spoken" % (ind, kind))
    cs.a(ch(["what's the best number to reach you on", "and a contact number please",
             "is there a mobile number we can text"]))
    style = R.randrange(3)
    if style == 0 and kind in ("uk_mob", "ie_mob", "us"):
        cut = 5 if kind == "uk_mob" else (3 if kind == "us" else 3)
        cs.c(ch(["yeah it's ", "it's "]), V(say_seq(p[:cut], uk), "PHONE", "ph"))
        cs.a(ch(BACK))
        cs.c(V(say_seq(p[cut:], uk, pairs=0.3), "PHONE", "ph"))
        cs.note += ", split over two turns"
    elif style == 1:
        cs.c(fil(), V(say_phone(kind, p, uk), "PHONE", "ph"), ch([" that's my mobile", " best after five", ""]))
        cs.a("so that's ", V(say_seq(p, uk, doubles=0), "PHONE", "ph_rb"))
        cs.c("yep")
        cs.note += ", agent read-back"
    else:
        cs.c("oh it's ", V(say_phone(kind, p, uk), "PHONE", "ph"))
    return cs


def p_phone_correction(uk):
    kind, p = "uk_mob", "07" + str(R.randint(4, 9)) + rdigits(8)
    if R.random() < 0.4:
        kind, p = "us", str(R.randint(2, 9)) + rdigits(2) + str(R.randint(2, 9)) + rdigits(6)
    uk = kind == "uk_mob"
    cs = Case("call/telecom: phone number with a restart and a corrected digit")
    cs.a("and the number you're porting over")
    wrong = p[:6]
    cs.c(V(say_seq(wrong, uk), "PHONE", "ph~x"), " hang on no that's my old one")
    cs.a("no problem take your time")
    cs.c("okay it's ", V(say_seq(p[:5], uk), "PHONE", "ph"), " ", V(say_seq(p[5:], uk, pairs=0.3), "PHONE", "ph"))
    cs.a("and your contract ends on the ", say_day(R.randint(1, 28)), " of ", ch(MONTHS), " yeah")
    cs.c("that's right")
    return cs


def say_email(e):
    local, dom = e.split("@")
    parts = []
    for seg in re.split(r"([._-])", local):
        if seg == ".":
            parts.append("dot")
        elif seg == "_":
            parts.append("underscore")
        elif seg == "-":
            parts.append(ch(["dash", "hyphen"]))
        elif seg.isdigit():
            parts.append(" ".join(DIG[int(d)] for d in seg))
        elif seg:
            m = re.match(r"([a-z]+)(\d*)$", seg)
            word, num = m.group(1), m.group(2)
            if len(word) <= 2 or R.random() < 0.25:
                parts.append(" ".join(word))
            else:
                parts.append(word)
            if num:
                parts.append(" ".join(DIG[int(d)] for d in num))
    parts.append("at")
    parts.append(" dot ".join(dom.split(".")))
    return " ".join(parts)


def p_email_call(uk):
    e = make_email()
    ind = ch(["retail", "telecom", "utilities", "travel", "insurance"])
    cs = Case("call/%s: email address spoken with dot/at/underscore" % ind)
    cs.a(ch(["what email should we send the confirmation to", "can i take an email address"]))
    sp = say_email(e)
    if R.random() < 0.4:
        at = sp.index(" at ")
        cs.c(ch(["it's ", "yeah it's "]), V(sp[:at], "EMAIL", "em"))
        cs.a("mhm at")
        cs.c(V(sp[at + 4:], "EMAIL", "em"))
        cs.note += ", split at the @ over turns"
    else:
        cs.c(fil(), V(sp, "EMAIL", "em"), ch(["", " all lower case", " no capitals"]))
    return cs


def p_dob_call(uk):
    y = R.randint(1940, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    ind = ch(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    cs = Case("call/%s: date of birth in spoken form" % ind)
    cs.a(ch(["can you confirm your date of birth", "and your date of birth please", "for security what's your d o b"]))
    style = R.randrange(4)
    if style == 0:
        sp = "the " + say_day(d) + " of " + MONTHS[m - 1] + " " + say_year(str(y), uk)
    elif style == 1:
        sp = MONTHS[m - 1] + " " + say_day(d) + " " + say_year(str(y), uk)
    elif style == 2:
        sp = say_seq("%02d" % d, uk, doubles=0) + " " + say_seq("%02d" % m, uk, doubles=0) + " " + say_year(str(y), uk)
    else:
        sp = say_day(d) + " " + MONTHS[m - 1] + " " + say_seq(str(y), uk, doubles=0)
    cs.c(fil(), V(sp, "DOB"))
    if R.random() < 0.4:
        cs.a("so you're ", say_pair(str(2026 - y)) if 2026 - y < 100 and 2026 - y >= 20 else "over eighteen", " great")
    return cs


def say_pc(kind, pc, uk):
    if kind == "us":
        z = pc.replace("-", "")
        return say_seq(z[:5], pairs=0.3) + ((" dash " + say_seq(z[5:])) if len(z) > 5 else "")
    return say_alnum(pc, True, ch(["plain", "plain", "nato", "friendly"]))


def p_address_call(uk):
    kind, pc = make_postcode()
    us = kind == "us"
    num = R.randint(1, 240)
    street = ch(STREETS) + " " + ch(STYPES_US if us else STYPES_UK)
    ind = ch(["utilities", "retail", "insurance", "telecom", "government services"])
    cs = Case("call/%s: street address and %s postcode spoken" % (ind, "ZIP" if us else "UK"))
    cs.a(ch(["can i take the first line of the address", "and the address for the delivery"]))
    nsp = say_pair("%02d" % num) if num < 100 and num >= 10 else (DIG[num] if num < 10 else
                                                                    DIG[num // 100] + " " + say_pair("%02d" % (num % 100)) if num % 100 >= 10 else DIG[num // 100] + " " + zero_word(uk) + " " + DIG[num % 10])
    addr = (("flat " + DIG[R.randint(1, 9)] + " ") if (not us and R.random() < 0.25) else "") + nsp + " " + street.lower()
    cs.c(fil(), V(addr, "ADDRESS"))
    cs.a(ch(["and the postcode", "and the zip code" if us else "and the post code"]))
    pcs = say_pc(kind, pc, uk)
    if not us and R.random() < 0.4:
        out, inw = pc.split()
        cs.c(V(say_alnum(out, True), "POSTCODE", "pc"))
        cs.a(ch(BACK))
        cs.c(V(say_alnum(inw, True, ch(["plain", "nato"])), "POSTCODE", "pc"))
        cs.note += ", postcode split outward/inward"
    else:
        cs.c(V(pcs, "POSTCODE", "pc"))
    if R.random() < 0.4:
        cs.a("thanks and the engineer is booked for ", ch(["tuesday", "the twelfth", "next monday"]), " between eight and twelve")
    return cs


def p_verify_combo(uk):
    y, m, d = R.randint(1950, 2003), R.randint(1, 12), R.randint(1, 28)
    kind, pc = make_postcode()
    while kind == "us" and uk:
        kind, pc = make_postcode()
    cs = Case("call/banking: ID&V with date of birth and postcode in one turn, plus a balance (not PII)")
    cs.a("before i can discuss the account i need your date of birth and postcode")
    cs.c("yeah it's ", V(say_day(d) + " " + MONTHS[m - 1] + " " + say_year(str(y), uk), "DOB"),
         " and the postcode is ", V(say_pc(kind, pc, uk), "POSTCODE", "pc"))
    cs.a("thank you you're through security your balance is ", money())
    return cs


def p_nisc_combo(uk=True):
    ni = make_ni()
    kind, p = "uk_mob", "07" + str(R.randint(4, 9)) + rdigits(8)
    cs = Case("call/government services: NI number and mobile in the same turn with chit-chat")
    cs.a("i'll need your national insurance number and a phone number")
    cs.c("right the n i is ", V(say_alnum(ni, True, "plain", pairs=0.2), "NI_NUMBER", "n"),
         " and my mobile's ", V(say_seq(p, True, pairs=0.1), "PHONE", "ph"),
         " i've been waiting like forty minutes by the way")
    cs.a("sorry about the wait")
    return cs


def p_ssn_dob_combo(uk=False):
    ssn = make_ssn()
    y, m, d = R.randint(1945, 2004), R.randint(1, 12), R.randint(1, 28)
    cs = Case("call/healthcare billing (US): DOB then SSN with homophones and a filler restart")
    cs.a("patient's date of birth")
    cs.c(V(MONTHS[m - 1] + " " + say_day(d) + " " + say_year(str(y)), "DOB"))
    cs.a("and social security")
    cs.c(V(say_seq(ssn[:3], homo=0.4), "SSN", "s"), " uh ", V(say_seq(ssn[3:], homo=0.4, pairs=0.3), "SSN", "s"))
    cs.a("and the claim number on the statement")
    cs.c("claim number ", say_seq(rdigits(8)))
    return cs


def p_cvv_expiry_call(uk):
    m, y = R.randint(1, 12), R.randint(26, 32)
    cvv = rdigits(3)
    cs = Case("call/travel: expiry and CVV in one turn, with booking reference and price unlabelled")
    cs.a("and the expiry date and the three digit security code")
    exp = ch([say_seq("%02d" % m, uk, doubles=0) + " " + say_pair(str(y)),
              MONTHS[m - 1] + " twenty " + say_pair(str(y)),
              say_seq("%02d" % m, uk, doubles=0) + " slash " + say_pair(str(y))])
    cs.c(fil(), V(exp, "EXPIRY"), " and the code on the back is ", V(say_seq(cvv, uk), "CVV"))
    cs.a("thanks that's ", ch(["three hundred and forty pounds", "two hundred nineteen dollars"]),
         " for booking reference ", say_seq(rdigits(6)))
    return cs


# ---------------------------------------------------------------- positive templates (chat)
def typo(s):
    if R.random() < 0.5 or len(s) < 6:
        return s
    i = R.randrange(1, len(s) - 1)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:] if s[i].isalpha() and s[i + 1].isalpha() else s


def fmt_card(num):
    g = card_groups(num)
    st = R.randrange(4)
    if st == 0:
        return " ".join(g)
    if st == 1:
        return "-".join(g)
    if st == 2:
        return num
    return " ".join(g[:2]) + "-" + "".join(g[2:])


def c_card(uk):
    num = make_card()
    ind = ch(["retail", "telecom", "travel", "utilities"])
    cs = Case("chat/%s: card number typed, expiry and CVV in separate messages" % ind)
    cs.a(ch(["Please type the long card number", "What card would you like to pay with?"]))
    cs.c(ch(["its ", "Card: ", "", "ok here "]), V(fmt_card(num), "CARD_NUMBER", "card"), ch(["", " thx", ".", " (visa debit)"]))
    m, y = R.randint(1, 12), R.randint(26, 31)
    cs.a("And the expiry and CVV?")
    cs.c(V(ch(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y), "%d/%d" % (m, y)]), "EXPIRY"),
         ch([" cvv ", " and ", ", security code "]), V(rdigits(3), "CVV"))
    if R.random() < 0.5:
        cs.a("Thanks, order 4", rdigits(6), " total is £", str(R.randint(10, 400)), ".", rdigits(2))
    return cs


def c_ssn(uk=False):
    ssn = make_ssn()
    cs = Case("chat/%s (US): SSN typed" % ch(["banking", "insurance", "government services", "healthcare billing"]))
    cs.a("To verify, please enter your Social Security number.")
    st = R.randrange(4)
    f = [ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn[:3] + " " + ssn[3:5] + " " + ssn[5:], ssn,
         ssn[:3] + "." + ssn[3:5] + "." + ssn[5:]][st]
    cs.c(ch(["ssn is ", "", "sure - ", "my social is "]), V(f, "SSN", "s"), ch(["", " thanks", ". also my zip changed"]))
    return cs


def c_ni(uk=True):
    ni = make_ni()
    cs = Case("chat/%s (UK): NI number typed with varied spacing/case" % ch(["government services", "banking", "insurance"]))
    cs.a("Could you confirm your National Insurance number?")
    st = R.randrange(4)
    f = [ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni, ni.lower(),
         ni[:2] + ni[2:8] + " " + ni[8]][st]
    cs.c(ch(["its ", "NI: ", "", "yes "]), V(f, "NI_NUMBER", "n"))
    return cs


def c_bank(uk=True):
    acct, sc = rdigits(8), rdigits(6)
    cs = Case("chat/banking (UK): sort code and account typed in one message")
    cs.a("Which account should the refund go to?")
    scf = ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    cs.c(ch(["sort code ", "sc "]), V(scf, "SORT_CODE"), ch([" acc ", ", account number ", " / a/c "]),
         V(acct, "BANK_ACCOUNT", "acc"), ch(["", " please refund the £", " cheers"]) )
    return cs


def c_iban(uk=True):
    iban = make_iban()
    cs = Case("chat/banking (EU): IBAN typed")
    cs.a("Please provide the IBAN for the refund.")
    f = ch([" ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), iban, iban.lower()])
    cs.c(ch(["IBAN ", "", "here you go: "]), V(f, "IBAN", "i"))
    return cs


def fmt_phone(kind, p):
    if kind == "us":
        return ch(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), p,
                   "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
    if kind == "us_intl":
        return "+1 %s %s %s" % (p[1:4], p[4:7], p[7:])
    if kind == "intl_uk":
        return ch(["+44 %s %s" % (p[2:6], p[6:]), "+44 (0)%s %s" % (p[2:6], p[6:]), "0044" + p[2:]])
    if kind == "intl_ie":
        return ch(["+353 %s %s %s" % (p[3:5], p[5:8], p[8:]), "00353" + p[3:]])
    if kind == "ie_mob":
        return ch(["%s %s %s" % (p[:3], p[3:6], p[6:]), p])
    return ch(["%s %s" % (p[:5], p[5:]), p, "%s-%s" % (p[:5], p[5:])])


def c_phone(uk):
    kind, p = make_phone()
    cs = Case("chat/%s: phone typed (%s)" % (ch(["telecom", "retail", "travel"]), kind))
    cs.a("What's the best number to reach you on?")
    cs.c(ch(["", "call me on ", "mob: ", "its "]), V(fmt_phone(kind, p), "PHONE", "ph"), ch(["", " after 6pm", " thanks"]))
    return cs


def c_email(uk):
    e = make_email()
    if R.random() < 0.3:
        e = e[0].upper() + e[1:]
    cs = Case("chat/%s: email typed" % ch(["retail", "utilities", "travel"]))
    cs.a("What email is on the account?")
    cs.c(ch(["", "it's ", "email: "]), V(e, "EMAIL", "em"), ch(["", " - the old one was closed", "."]))
    return cs


def c_address(uk):
    kind, pc = make_postcode()
    us = kind == "us"
    num = R.randint(1, 350)
    street = ch(STREETS) + " " + ch(STYPES_US if us else STYPES_UK)
    if R.random() < 0.3:
        street = street.lower()
    cs = Case("chat/%s: address and %s typed in one message" % (ch(["retail", "insurance", "utilities"]), "ZIP" if us else "postcode"))
    cs.a("Please confirm the delivery address.")
    city = ch(["Springfield, IL", "Austin TX", "Denver, CO"]) if us else CITY.get(re.match(r"[A-Z]+", pc).group(0), "London")
    pcf = pc if us else ch([pc, pc.replace(" ", ""), pc.lower()])
    cs.c(V(str(num) + " " + street, "ADDRESS"), ", ", city, " ", V(pcf, "POSTCODE", "pc"))
    return cs


def c_dob(uk):
    y, m, d = R.randint(1940, 2005), R.randint(1, 12), R.randint(1, 28)
    cs = Case("chat/%s: DOB typed" % ch(["insurance", "banking", "healthcare billing"]))
    cs.a("Can you confirm your date of birth?")
    f = ch(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
            "%s %d, %d" % (MONTHS[m - 1].title()[:3], d, y), "%d.%d.%d" % (d, m, y)])
    cs.c(ch(["", "dob ", "born "]), V(f, "DOB"))
    return cs


def p_ssn_interrupt(uk=False):
    ssn = make_ssn()
    cs = Case("call/banking (US): SSN reading with agent echoing part of it mid-reading (echo labelled)")
    cs.a("and the social security number on the account")
    cs.c(V(say_seq(ssn[:3]), "SSN", "s"), " ", V(say_seq(ssn[3:5]), "SSN", "s"))
    cs.a("sorry ", V(say_seq(ssn[:3], doubles=0), "SSN", "s~x"), " ", V(say_seq(ssn[3:5], doubles=0), "SSN", "s~x"),
         " and then")
    cs.c(ch(["", "um ", "yeah "]), V(say_seq(ssn[5:], pairs=0.5, homo=0.2), "SSN", "s"))
    cs.a("perfect i've got you here mister ", ch(LAST), " your payment of ", money(), " went through yesterday")
    return cs


def p_dob_correction(uk):
    y, m, d = R.randint(1950, 2002), R.randint(1, 12), R.randint(1, 28)
    cs = Case("call/insurance: date of birth with a self-corrected year (both labelled)")
    cs.a("and can i just take your date of birth")
    cs.c(V("the " + say_day(d) + " of " + MONTHS[m - 1] + " " + say_year(str(y), uk), "DOB", "d~x"),
         ch([" no sorry ", " oh no wait ", " sorry "]), V(say_year(str(y + 1), uk), "DOB", "d~x"),
         ch([" that's my husband's", " i always do that", ""]))
    cs.a("no worries so the ", V(say_day(d) + " of " + MONTHS[m - 1] + " " + say_year(str(y + 1), uk), "DOB"))
    cs.c("yes")
    return cs


def p_avs_combo(uk):
    num = make_card()
    kind, pc = make_postcode()
    while (kind == "us") == uk:
        kind, pc = make_postcode()
    cs = Case("call/retail: last card group plus the billing %s in the same turn, order number unlabelled" % ("postcode" if uk else "ZIP"))
    cs.a("what's the order number")
    cs.c("order number ", say_seq(rdigits(7), uk, pairs=0.3))
    cs.a("and the card you paid with")
    g = card_groups(num)
    cs.c(V(say_seq("".join(g[:-1]), uk, pairs=0.3), "CARD_NUMBER", "card"))
    cs.a("and the last ", "four" if len(g[-1]) == 4 else "five")
    cs.c(V(say_seq(g[-1], uk), "CARD_NUMBER", "card"), " and the billing ", "post code is " if uk else "zip is ",
         V(say_pc(kind, pc, uk), "POSTCODE", "pc"))
    return cs


def p_address_us(uk=False):
    num = R.randint(100, 9899)
    st = ch(STREETS).lower() + " " + ch(STYPES_US).lower()
    nsp = say_pair(str(num)[:-2].zfill(2)) + " " + say_pair(str(num)[-2:]) if num % 100 >= 10 else DIG[num // 100] + " hundred" if num < 1000 and num % 100 == 0 else say_seq(str(num))
    apt = ch(["", " apartment " + DIG[R.randint(1, 9)] + " " + ch("abcd"), " unit " + say_pair(str(R.randint(11, 40)))])
    z = "%05d" % R.randint(10001, 98999)
    cs = Case("call/utilities (US): street address with apartment and ZIP in one turn")
    cs.a("what's the service address")
    cs.c(fil(), V(nsp + " " + st + apt, "ADDRESS"), " ", ch(["in", "that's in"]), " ",
         ch(["phoenix", "columbus", "tampa", "portland"]), " ", V(say_seq(z, pairs=0.3), "POSTCODE", "pc"))
    cs.a("and that's been your address for ", ch(["two", "five", "eleven"]), " years")
    cs.c("about that yeah")
    return cs


def p_email_spelled(uk):
    f, l = ch(FIRST), ch(LAST)
    d = ch(DOMAINS)
    n = rdigits(2)
    local = " ".join(f) + " " + l + " " + " ".join(DIG[int(x)] for x in n)
    cs = Case("call/retail: email with first name spelled letter by letter, then at-sign restart")
    cs.a("and an email for the receipt")
    cs.c(V(local, "EMAIL", "em~x"), " at ", "um")
    cs.a("sorry was that at")
    cs.c("yeah ", V(local + " at " + d[0] + " dot " + " dot ".join(d[1].split(".")), "EMAIL", "em"))
    return cs


CALL_TEMPLATES = [
    (p_card_call_split, 9), (p_card_call_oneturn, 7), (p_card_agent_interrupt, 4), (p_card_readback, 4),
    (p_ssn_call, 14), (p_ssn_dob_combo, 5), (p_ni_call, 16), (p_nisc_combo, 5),
    (p_bank_call, 8), (p_bank_us_call, 4), (p_iban_call, 8), (p_phone_call, 9), (p_phone_correction, 4),
    (p_email_call, 9), (p_dob_call, 7), (p_address_call, 9), (p_verify_combo, 5), (p_cvv_expiry_call, 6),
    (p_ssn_interrupt, 6), (p_dob_correction, 5), (p_avs_combo, 6), (p_address_us, 6), (p_email_spelled, 5),
]
CHAT_TEMPLATES = [
    (c_card, 9), (c_ssn, 7), (c_ni, 8), (c_bank, 5), (c_iban, 5), (c_phone, 6), (c_email, 6),
    (c_address, 6), (c_dob, 5),
]


# ---------------------------------------------------------------- negatives
def n_call_money(uk):
    cs = Case("call/utilities: bill amounts, meter reading and payment date (no PII)")
    cs.a("your last bill was ", money(), " and the next payment of ", money(), " comes out on the ",
         say_day(R.randint(1, 28)), " of ", ch(MONTHS))
    cs.c("okay and the meter reading is ", say_seq(rdigits(5), True, pairs=0.4), " i read it this morning")
    cs.a("thanks that's about ", ch(["three hundred", "four hundred and twenty", "twelve"]), " units more than last quarter")
    return cs


def n_call_order(uk):
    cs = Case("call/retail: order number with its reference word, delivery time and price (no PII)")
    cs.a("have you got the order number there")
    cs.c("yeah order number ", say_seq(rdigits(R.randint(6, 9)), uk, pairs=0.3))
    cs.a("thanks i can see it it's due between ", ch(["ten and two", "eight am and one pm", "nine and five"]),
         " on ", ch(["thursday", "the twenty second", "monday"]), " and it was ", money())
    return cs


def n_call_flight(uk):
    fl = ch(["b a", "e i", "u a", "a a", "f r"]) + " " + say_seq(str(R.randint(100, 9999)), uk, pairs=0.5)
    cs = Case("call/travel: flight number, times, seat and booking reference (no PII)")
    cs.a("which flight are you on")
    cs.c("flight ", fl, " leaving at ", ch(["seven forty five", "quarter past six", "eighteen thirty", "eleven fifty five"]),
         " on the ", say_day(R.randint(1, 28)))
    cs.a("and the booking reference is ", say_seq(rdigits(6), uk), " seat ", say_pair(str(R.randint(11, 39))), " ", ch("abcdef"),
         " and the change fee is ", money())
    return cs


def n_call_ticket(uk):
    cs = Case("call/telecom: ticket number, speeds, durations and contract date (no PII)")
    cs.a("i've raised ticket number ", say_seq(rdigits(R.randint(7, 10)), uk, pairs=0.2), " for you")
    cs.c("and how long will that take because i'm only getting ", say_pair(str(R.randint(11, 39))),
         " megs and i'm paying for ", ch(["five hundred", "two hundred", "nine hundred"]))
    cs.a("usually forty eight to seventy two hours and your contract started on the ",
         say_day(R.randint(1, 28)), " of ", ch(MONTHS), " ", say_year(str(R.randint(2019, 2025))))
    cs.c("right eighteen months then")
    return cs


def n_call_claim(uk):
    cs = Case("call/insurance: claim number, incident date, excess and vehicle year (no PII)")
    cs.a("do you have your claim reference")
    cs.c("claim reference ", say_seq(rdigits(8), uk, pairs=0.3), " it happened on ", ch(MONTHS), " the ",
         say_day(R.randint(1, 28)))
    cs.a("okay the excess is ", money(), " and the car's a ", say_year(str(R.randint(2008, 2024))), " model")
    cs.c("yeah i've driven for about ", say_pair(str(R.randint(11, 40))), " years")
    return cs


def n_call_health(uk):
    cs = Case("call/healthcare billing: invoice number, appointment date, age and temperature (no PII)")
    cs.a("what's the invoice number at the top")
    cs.c("invoice ", say_seq(rdigits(R.randint(6, 9)), uk, pairs=0.3), " for the appointment on ",
         ch(MONTHS), " ", say_day(R.randint(1, 28)))
    cs.a("and how old is the patient")
    cs.c(say_pair(str(R.randint(20, 89))), " and she had a temperature of ", ch(["thirty eight point five", "a hundred and one"]))
    cs.a("the balance is ", money(), " and you can pay it in ", ch(["three", "six", "twelve"]), " instalments")
    return cs


def n_call_room(uk):
    cs = Case("call/travel: hotel room number, nights, check-in time and rate (no PII)")
    cs.a("you're in room ", say_seq(str(R.randint(100, 1299)), uk, pairs=0.5), " for ", ch(["two", "three", "five"]),
         " nights")
    cs.c("great and what time's check in")
    cs.a("from three pm and the rate is ", money(), " a night that's ", ch(["ten", "fifteen", "twenty"]), " percent off")
    return cs


def n_call_model(uk):
    cs = Case("call/retail: model number, serial-like product code with its word, warranty years (no PII)")
    cs.a("what model is the washing machine")
    cs.c("it's model ", ch(["w m", "x r", "k d"]), " ", say_seq(str(R.randint(1000, 9999)), uk, pairs=0.5),
         " bought it in ", say_year(str(R.randint(2015, 2025))))
    cs.a("that has a ", ch(["two", "three", "five"]), " year warranty and the part costs ", money())
    return cs


def n_call_gov(uk):
    cs = Case("call/government services: case reference, appointment date and fee (no PII)")
    cs.a("your case reference is ", say_seq(rdigits(R.randint(7, 10)), uk, pairs=0.2))
    cs.c("and when's the appointment")
    cs.a(ch(MONTHS), " the ", say_day(R.randint(1, 28)), " at ", ch(["ten thirty", "two fifteen", "nine am"]),
         " and the fee is ", money())
    cs.c("and it takes about ", ch(["six weeks", "ten working days", "forty five minutes"]))
    return cs


def n_call_balance(uk):
    cs = Case("call/banking: balance, transaction amounts, payment date and year-long count (no PII)")
    cs.a("your available balance is ", ch(["one thousand two hundred and six pounds", "four thousand and twelve dollars",
                                           "eight hundred and ninety euro"]))
    cs.c("and was there a payment of ", money(), " on the ", say_day(R.randint(1, 28)))
    cs.a("yes and ", ch(["two", "three", "four"]), " direct debits since ", ch(MONTHS), " ",
         say_year(str(R.randint(2020, 2025))), " the interest rate is ", ch(["four point nine", "twenty two point nine", "six"]),
         " percent")
    return cs


def n_call_digits_noise(uk):
    cs = Case("call/telecom: long hold-time and data counts, pin-free reference 'ref' words (no PII)")
    cs.a("i've used ", ch(["eleven", "forty", "seventy five"]), " gigabytes of the hundred this month")
    cs.c("okay and the reference for the complaint was ", say_seq(rdigits(9), uk, pairs=0.1))
    cs.a("i'll add ", ch(["ten", "twenty", "fifteen"]), " pounds credit it'll show within ", ch(["twenty four", "forty eight"]), " hours")
    return cs


def n_chat_mix(uk):
    cs = Case("chat/retail: order id, prices, dates and quantities typed (no PII)")
    cs.a("Hi! How can I help today?")
    cs.c("Order #", rdigits(R.randint(7, 10)), " arrived with ", str(R.randint(2, 6)), " items missing, paid £",
         str(R.randint(20, 300)), ".", rdigits(2), " on ", "%02d/%02d/2026" % (R.randint(1, 28), R.randint(1, 12)))
    cs.a("Sorry about that. Refund of £", str(R.randint(5, 80)), ".00 will take 3-5 working days.")
    return cs


def n_chat_travel(uk):
    cs = Case("chat/travel: booking ref, flight number, times and fare typed (no PII)")
    cs.a("Please share your booking reference.")
    cs.c("Booking ref ", rdigits(8), ", flight ", ch(["BA", "FR", "EI", "UA", "LH"]), str(R.randint(100, 9999)),
         " on ", "%d %s" % (R.randint(1, 28), ch(MONTHS).title()), " departing ", "%02d:%02d" % (R.randint(5, 22), ch([0, 15, 30, 45])))
    cs.a("Thanks. The change fee is €", str(R.randint(30, 200)), " and the new departure is ",
         "%02d:%02d" % (R.randint(5, 22), ch([5, 20, 35, 50])), ".")
    return cs


def n_chat_ticket(uk):
    cs = Case("chat/telecom: ticket number, speeds, percentages and invoice number typed (no PII)")
    cs.c("ticket no. ", rdigits(R.randint(6, 10)), " - still only getting ", str(R.randint(3, 40)), "Mbps, paying for ",
         ch(["500", "900", "150"]), "Mbps")
    cs.a("I can see that. Invoice ", rdigits(7), " shows $", str(R.randint(40, 120)), ".", rdigits(2),
         ", I'll apply a ", ch(["10", "25", "50"]), "% credit.")
    return cs


def n_chat_utility(uk):
    cs = Case("chat/utilities: meter reading, kWh, unit rates, account balance (no PII)")
    cs.c("meter reading ", rdigits(5), " taken ", "%02d/%02d" % (R.randint(1, 28), R.randint(1, 12)), " at ",
         "%d:%02d" % (R.randint(7, 11), R.randint(0, 59)), "am")
    cs.a("Thanks! You used ", str(R.randint(150, 900)), " kWh; unit rate ", "%.2f" % (R.random() * 30 + 10),
         "p, balance £", str(R.randint(10, 500)), ".", rdigits(2), " in credit.")
    return cs


def n_chat_insurance(uk):
    cs = Case("chat/insurance: policy renewal date, premium, claim number and car year (no PII)")
    cs.c("Claim number ", rdigits(R.randint(7, 10)), " - the accident was on ",
         "%d %s 2026" % (R.randint(1, 28), ch(MONTHS).title()), ", my ", str(R.randint(2008, 2024)), " Corolla")
    cs.a("Your renewal is ", "%02d/%02d/2027" % (R.randint(1, 28), R.randint(1, 12)), " and the premium is £",
         str(R.randint(300, 1400)), ", excess £", ch(["250", "350", "500"]), ".")
    return cs


NEG_CALL = [(n_call_money, 7), (n_call_order, 7), (n_call_flight, 7), (n_call_ticket, 7), (n_call_claim, 6),
            (n_call_health, 6), (n_call_room, 5), (n_call_model, 5), (n_call_gov, 6), (n_call_balance, 6),
            (n_call_digits_noise, 6)]
def n_call_dates(uk):
    cs = Case("call/banking: account-opening date, contract start year, tracking number, non-birth dates (no PII)")
    cs.a("i can see the account was opened on the ", say_day(R.randint(1, 28)), " of ", ch(MONTHS), " ",
         say_year(str(R.randint(1995, 2012)), uk))
    cs.c("yeah that sounds right and the new card was posted on ", ch(MONTHS), " ", say_day(R.randint(1, 28)),
         " tracking number ", say_seq(rdigits(R.randint(8, 10)), uk, pairs=0.2))
    cs.a("it should arrive in ", ch(["three to five", "five to seven", "two"]), " working days and the limit is ",
         ch(["two thousand pounds", "fifteen hundred euro", "five thousand dollars"]))
    return cs


def n_call_times(uk):
    cs = Case("call/travel: gate, platform, times, durations and a price with pence read like digits (no PII)")
    cs.a("the train leaves platform ", say_pair(str(R.randint(11, 19))), " at ", ch(["oh nine forty", "sixteen oh five", "twenty one twenty"]),
         " and takes about ", ch(["two hours ten", "ninety minutes", "three and a half hours"]))
    cs.c("and how much is the upgrade")
    cs.a(ch(["forty nine ninety nine", "twenty four fifty", "one nine nine ninety nine"]), " and you've got ",
         ch(["two", "four", "three"]), " bags at twenty three kilos each")
    return cs


NEG_CHAT = [(n_chat_mix, 7), (n_chat_travel, 7), (n_chat_ticket, 6), (n_chat_utility, 6), (n_chat_insurance, 6)]
NEG_CALL += [(n_call_dates, 6), (n_call_times, 6)]


def expand(tpls):
    out = []
    for f, n in tpls:
        out.extend([f] * n)
    return out


def build():
    pos_fns = expand(CALL_TEMPLATES) + expand(CHAT_TEMPLATES)
    neg_fns = expand(NEG_CALL) + expand(NEG_CHAT)
    R.shuffle(pos_fns)
    R.shuffle(neg_fns)
    records, groups_all = [], []
    for i, f in enumerate(pos_fns, 1):
        uk = R.random() < 0.55
        cs = f(uk)
        turns, spans, groups = render(cs)
        records.append({"id": "h44-pos-%03d" % i, "kind": "positive", "turns": turns, "spans": spans, "note": cs.note})
        groups_all.append(groups)
    for i, f in enumerate(neg_fns, 1):
        uk = R.random() < 0.55
        cs = f(uk)
        turns, spans, groups = render(cs)
        records.append({"id": "h44-neg-%03d" % i, "kind": "negative", "turns": turns, "spans": [], "note": cs.note})
        groups_all.append(groups)
    return records, groups_all


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def counts(records):
    c = Counter()
    for r in records:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
         "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


def readme(records):
    c = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    ncall = sum(r["note"].startswith("call/") for r in records)
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# PII hold-out set 44

**Never use this set for tuning.** It is a held-out evaluation set; looking at failures here and
changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did not see the
redaction code, its tests, its documentation or any other PII fixture (only a 3-line example of
the JSONL format). Cases are generated by `scripts/make_pii_holdout44.py` from template functions:
each turn is assembled from plain text segments and (value, TYPE) segments, so span offsets are
computed, never typed. All values come from one `random.Random(%d)`; output is byte-for-byte
reproducible. `python scripts/make_pii_holdout44.py --check` regenerates the file, compares it,
and validates every labelled value after normalising spoken forms (Luhn for cards, mod-97 for
IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for CVV/phone/account, UK
postcode / US ZIP shapes).

About two thirds of the cases are phone calls written the way a speech recogniser would write
them (lower case, little punctuation, digits as words, "oh"/"o"/"nought"/"zero" for 0,
"double"/"triple", pairs such as "forty one", years like "nineteen eighty four", letters as
"b for bravo" / NATO words, e-mails as "dot"/"at", homophones "for"/"to"/"won"/"ate" for
4/2/1/8), with values split over several customer turns with agent back-channels,
self-corrections, agent interruptions and agent read-backs. The rest are typed chats.

## Annotation conventions

* A span covers exactly the words/characters of the value: no leading "it's", no trailing
  chit-chat. Spans start and end on word boundaries.
* When a value is spread over several turns, each fragment is a separate span of the same type.
  Filler words ("um", "uh") and back-channels between fragments are **outside** the spans.
* Self-corrections and restarts: both the abandoned reading and the corrected one are labelled
  with the value's type (a mis-spoken card group or birth year is still the caller reading out
  that value); the words "no sorry", "hang on" etc. are not.
* Agent read-backs of a value (full, or "ending ..." last four of a card) are labelled too.
* CARD_NUMBER: the digits only. EXPIRY: month and year ("oh eight twenty seven", "08/27",
  "august twenty twenty nine"). CVV: the 3/4 digits only.
* DOB: day, month and year together, including "the" / "of" inside the date.
* ADDRESS: house/flat number and street name including street type ("22 Mill Lane",
  "flat two fourteen oak road", "twenty one fifty maple avenue apartment four b"); a
  following apartment/unit number is inside the span; town/city/state is not.
* POSTCODE: the UK postcode (both halves) or US ZIP (incl. +4). Outward/inward halves said in
  different turns are separate spans.
* EMAIL: the whole address including the domain; when split at "at" over two turns, each part
  is a span.
* PHONE: including a country code ("plus four four ...", "+44", "00353").
* Negatives contain numbers that are not PII (money, times, durations, counts, years,
  percentages, non-birth dates, order/ticket/claim/invoice/booking references with their
  reference word, flight and room numbers, model numbers, meter readings, speeds, ages,
  temperatures, balances). Nothing in a negative case should be redacted. Positive cases also
  contain such unlabelled numbers.

## Counts

Positives: %d, negatives: %d (phone-call cases: %d of %d).

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, ncall, len(records), rows)


def check_file(text, records, groups_all):
    problems = []
    ids = set()
    lines = text.splitlines()
    for ln, line in enumerate(lines, 1):
        r = json.loads(line)
        if r["id"] in ids:
            problems.append("duplicate id %s" % r["id"])
        ids.add(r["id"])
        if r["kind"] == "negative" and r["spans"]:
            problems.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            problems.append("%s: positive without spans" % r["id"])
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (r["id"], s["type"]))
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append("%s: turn out of range" % r["id"])
                continue
            t = r["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append("%s: offsets out of range" % r["id"])
                continue
            seg = t[s["start"]:s["end"]]
            if seg != seg.strip() or not seg:
                problems.append("%s: span has outer whitespace %r" % (r["id"], seg))
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                problems.append("%s: span start not on word boundary %r" % (r["id"], seg))
            if s["end"] < len(t) and t[s["end"]].isalnum():
                problems.append("%s: span end not on word boundary %r" % (r["id"], seg))
            if not (seg[0].isalnum() or seg[0] in "(+") or not seg[-1].isalnum():
                problems.append("%s: span edge not alnum %r" % (r["id"], seg))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for tn, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans" % r["id"])
    for r, groups in zip(records, groups_all):
        for (grp, typ), vals in groups.items():
            joined = " ".join(vals)
            if grp.endswith("~x"):
                if not re.search(r"[a-z0-9]", joined.lower()):
                    problems.append("%s: empty fragment" % r["id"])
                continue
            if typ == "EMAIL" and len(vals) > 1:
                joined = " at ".join(vals)
            ok, norm = validate(typ, joined)
            if not ok:
                problems.append("%s: %s value %r normalised %r invalid" % (r["id"], typ, joined, norm))
    return problems


def main():
    records, groups_all = build()
    text = serialise(records)
    rd = readme(records)
    check = "--check" in sys.argv[1:]
    problems = []
    if check:
        try:
            with open(CASES, encoding="utf-8") as fh:
                on_disk = fh.read()
        except OSError as e:
            on_disk = None
            problems.append("cannot read %s: %s" % (CASES, e))
        if on_disk is not None and on_disk != text:
            problems.append("cases.jsonl differs from regenerated output")
        try:
            with open(README, encoding="utf-8") as fh:
                if fh.read() != rd:
                    problems.append("README.md differs from regenerated output")
        except OSError as e:
            problems.append("cannot read README: %s" % e)
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(README, "w", encoding="utf-8") as fh:
            fh.write(rd)
    problems += check_file(text, records, groups_all)
    c = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    ncall = sum(r["note"].startswith("call/") for r in records)
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            problems.append("type %s has %d spans < %d" % (t, c[t], need))
    print("cases: %d (positive %d, negative %d, calls %d)" % (len(records), npos, nneg, ncall))
    for t in TYPES:
        print("  %-13s %d" % (t, c[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:60]:
            print("  " + p)
        sys.exit(1)
    print("OK" + (" (--check: file identical and valid)" if check else " (written)"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout165``.

Written by an AI helper acting as an independent author who did not see the
redaction code or any other evaluation data.  Standard library only.

    python scripts/make_pii_holdout165.py          # write fixture + README
    python scripts/make_pii_holdout165.py --check  # regenerate and verify

Never use this set for tuning.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 165241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout165"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h165"
N_POS = 212
N_NEG = 115

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)

# --------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet",
        "K": "kilo", "L": "lima", "M": "mike", "N": "november", "O": "oscar",
        "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee",
        "Z": "zulu"}
FRIENDLY = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward",
            "F": "freddie", "G": "george", "H": "harry", "J": "john", "K": "king",
            "L": "london", "M": "mary", "N": "nellie", "P": "peter", "R": "robert",
            "S": "sugar", "T": "tommy", "W": "william", "X": "xmas", "Y": "yellow",
            "Z": "zebra"}
HOMO = {"B": "bee", "C": "see", "J": "jay", "K": "kay", "Q": "queue", "R": "are",
        "T": "tea", "U": "you", "Y": "why", "P": "pea", "G": "gee", "X": "ex",
        "Z": "zed", "H": "aitch", "W": "double you", "E": "ee", "S": "ess", "M": "em",
        "N": "en", "L": "el", "F": "eff", "D": "dee", "V": "vee", "A": "a", "I": "i"}
FILLERS = ["um", "uh", "er", "erm"]


def zero_word(style):
    return {"zero": "zero", "oh": "oh", "o": "o", "nought": "nought"}[style]


def say_digit(d, zstyle):
    return zero_word(zstyle) if d == "0" else UNITS[int(d)]


def say_pair(p, zstyle):
    a, b = p
    if a == "0":
        return zero_word(zstyle) + " " + UNITS[int(b)] if b != "0" else zero_word(zstyle) + " " + zero_word(zstyle)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_digits(s, zstyle=None, doubles=True, rng=R):
    """Digit by digit, with 'double'/'triple' for runs."""
    zstyle = zstyle or rng.choice(["zero", "oh", "oh", "o", "nought"])
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if doubles and run == 3 and rng.random() < 0.6:
            out.append("triple " + say_digit(d, zstyle))
            i += 3
            continue
        if doubles and run >= 2 and rng.random() < 0.7:
            out.append("double " + say_digit(d, zstyle))
            i += 2
            continue
        out.append(say_digit(d, zstyle))
        i += 1
    return " ".join(out)


def say_pairs(s, zstyle=None, rng=R):
    zstyle = zstyle or rng.choice(["oh", "o", "zero"])
    parts = []
    i = 0
    if len(s) % 2:
        parts.append(say_digit(s[0], zstyle))
        i = 1
    while i < len(s):
        parts.append(say_pair(s[i:i + 2], zstyle))
        i += 2
    return " ".join(parts)


def say_groups(groups, mode=None, rng=R, filler=0.0):
    mode = mode or rng.choice(["digits", "digits", "pairs"])
    z = rng.choice(["oh", "oh", "zero", "o", "nought"])
    out = []
    for k, g in enumerate(groups):
        if mode == "pairs" and len(g) % 2 == 0:
            out.append(say_pairs(g, z if z != "nought" else "oh", rng))
        else:
            out.append(say_digits(g, z, rng=rng))
        if k < len(groups) - 1 and rng.random() < filler:
            out.append(rng.choice(FILLERS))
    return " ".join(out)


def say_letter(ch, style):
    if ch.isdigit():
        return say_digit(ch, "oh")
    if style == "nato":
        return ch.lower() + " for " + NATO[ch]
    if style == "friendly" and ch in FRIENDLY:
        return ch.lower() + " for " + FRIENDLY[ch]
    if style == "homo" and ch in HOMO and ch != "O":
        return HOMO[ch]
    if ch == "O":
        return "o for oscar"
    return ch.lower()


def say_alnum(s, style="plain", pair_digits=False, rng=R):
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            run = s[i:j]
            if pair_digits and len(run) % 2 == 0:
                out.append(say_pairs(run, "oh", rng))
            else:
                out.append(say_digits(run, "oh", rng=rng))
            i = j
        elif ch == " ":
            i += 1
        else:
            out.append(say_letter(ch, style))
            i += 1
    return " ".join(out)


# --------------------------------------------------------------- value makers
def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "visa"])
    if kind == "visa":
        body = "4" + "".join(R.choice("0123456789") for _ in range(14))
    elif kind == "mc":
        body = R.choice(["51", "52", "53", "54", "55", "22"]) + "".join(R.choice("0123456789") for _ in range(13))
    else:
        body = R.choice(["34", "37"]) + "".join(R.choice("0123456789") for _ in range(12))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def make_ssn():
    area = R.choice([a for a in range(1, 900) if a != 666])
    return "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def make_sort():
    return R.choice(["20", "40", "30", "11", "60", "83", "90", "93", "77", "09"]) + "".join(R.choice("0123456789") for _ in range(4))


def make_acct(n=8):
    return R.choice("123456789") + "".join(R.choice("0123456789") for _ in range(n - 1))


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        num = "".join(str(int(c, 36)) for c in s)
    except ValueError:
        return False
    return int(num) % 97 == 1


def make_iban(country=None):
    country = country or R.choice(["GB", "IE", "IE", "DE", "NL", "FR"])
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + make_sort() + make_acct()
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + R.choice(["93", "90", "98"]) + "".join(R.choice("0123456789") for _ in range(4)) + make_acct()
    elif country == "DE":
        bban = "".join(R.choice("0123456789") for _ in range(18))
    elif country == "NL":
        bban = R.choice(["ABNA", "RABO", "INGB"]) + "".join(R.choice("0123456789") for _ in range(10))
    else:
        bban = "".join(R.choice("0123456789") for _ in range(23))
    return country + iban_check(country, bban) + bban


def iban_groups(iban):
    return [iban[i:i + 4] for i in range(0, len(iban), 4)]


def make_phone(kind=None):
    kind = kind or R.choice(["ukmob", "ukmob", "uklon", "ukman", "iemob", "iedub", "us"])
    rd = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if kind == "ukmob":
        return "07" + R.choice("3456789") + rd(8), kind
    if kind == "uklon":
        return "020" + R.choice("78") + rd(7), kind
    if kind == "ukman":
        return "0161" + R.choice("2345789") + rd(6), kind
    if kind == "iemob":
        return "08" + R.choice("35679") + rd(7), kind
    if kind == "iedub":
        return "01" + R.choice("2345689") + rd(6), kind
    return R.choice("2345678") + rd(2) + R.choice("2345678") + rd(6), kind


def phone_groups(num, kind):
    if kind == "ukmob":
        return [num[:5], num[5:8], num[8:]]
    if kind == "uklon":
        return [num[:3], num[3:7], num[7:]]
    if kind == "ukman":
        return [num[:4], num[4:7], num[7:]]
    if kind == "iemob":
        return [num[:3], num[3:6], num[6:]]
    if kind == "iedub":
        return [num[:2], num[2:5], num[5:]]
    return [num[:3], num[3:6], num[6:]]


def intl_phone(num, kind):
    """Return (typed, spoken) international forms."""
    if kind.startswith("uk"):
        rest = num[1:]
        return "+44 " + rest[:4] + " " + rest[4:], "plus four four " + say_digits(rest, "oh")
    if kind.startswith("ie"):
        rest = num[1:]
        return "+353 " + rest[:2] + " " + rest[2:5] + " " + rest[5:], "plus three five three " + say_digits(rest, "oh")
    return "+1 (" + num[:3] + ") " + num[3:6] + "-" + num[6:], "plus one " + say_digits(num, "oh")


FIRST = ["sarah", "john", "aoife", "niamh", "ciaran", "priya", "tom", "emma", "gareth",
         "siobhan", "liam", "fatima", "david", "rachel", "callum", "megan", "sean", "orla",
         "kieran", "hannah", "dylan", "chloe", "rhys", "bronagh", "owen", "zainab"]
LAST = ["murphy", "kelly", "obrien", "smith", "jones", "patel", "walsh", "byrne", "evans",
        "taylor", "brennan", "doyle", "hughes", "khan", "mcdonagh", "price", "ryan", "lynch",
        "thompson", "davies", "nolan", "gallagher"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("outlook", "com"), ("yahoo", "ie"),
           ("eircom", "net"), ("btinternet", "com"), ("icloud", "com"), ("live", "ie"),
           ("sky", "com"), ("protonmail", "com")]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    sep = R.choice([".", "_", "", "."])
    num = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1960, 2005))])
    user = R.choice([f + sep + l, f[0] + sep + l, f + sep + l[0], l + f[0]]) + num
    dom, tld = R.choice(DOMAINS)
    return user, dom, tld


def email_typed(e):
    user, dom, tld = e
    s = user + "@" + dom + "." + tld
    return s if R.random() < 0.8 else s.capitalize()


def email_spoken(e):
    user, dom, tld = e
    parts = []
    for m in re.finditer(r"[a-z]+|\d+|[._]", user):
        t = m.group(0)
        if t == ".":
            parts.append("dot")
        elif t == "_":
            parts.append("underscore")
        elif t.isdigit():
            parts.append(say_pairs(t, "oh") if len(t) in (2, 4) else say_digits(t, "oh"))
        elif len(t) == 1:
            parts.append(t)
        else:
            parts.append(t if R.random() < 0.7 else " ".join(t))
    parts.append("at")
    parts.append(dom)
    for t in tld.split("."):
        parts.append("dot")
        parts.append(t)
    return " ".join(parts)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def make_dob():
    return R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)


def say_year(y):
    a, b = divmod(y, 100)
    if a == 20:
        return "two thousand and " + UNITS[b] if b < 10 else "twenty " + say_pair("%02d" % b, "oh")
    return say_pair(str(a), "oh") + " " + (say_pair("%02d" % b, "oh") if b else "hundred")


def dob_typed(d):
    y, m, dd = d
    return R.choice(["%02d/%02d/%d" % (dd, m, y), "%d/%d/%d" % (dd, m, y), "%02d-%02d-%d" % (dd, m, y),
                     "%d %s %d" % (dd, MONTHS[m - 1].capitalize(), y), "%02d.%02d.%02d" % (dd, m, y % 100)])


def dob_spoken(d):
    y, m, dd = d
    c = R.randrange(4)
    if c == 0:
        return "the %s of %s %s" % (ORD[dd], MONTHS[m - 1], say_year(y))
    if c == 1:
        return "%s %s %s" % (ORD[dd], MONTHS[m - 1], say_year(y))
    if c == 2:
        return "%s of the %s %s" % (ORD[dd], ORD[m], say_pair("%02d" % (y % 100), "oh"))
    return "%s %s %s" % (say_digits("%02d" % dd, "oh", doubles=False), say_digits("%02d" % m, "oh", doubles=False),
                          say_year(y))


UK_PC_LETTERS = "ABCDEFGHJKLMNPRSTUWXY"


def make_uk_postcode():
    L = lambda: R.choice(UK_PC_LETTERS)
    D = lambda: R.choice("0123456789")
    area = R.choice(["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "CF", "BS", "G", "EH", "BT", "L", "NE",
                     "S", "NR", "DE", "SN", "CB", "RG", "PO", "BN", "CR", "KT", "HA", "EC", "WC", "SA", "NG"])
    if area in ("EC", "WC", "SW", "W", "E", "N") and R.random() < 0.3:
        out = area + R.choice("123") + R.choice("ABHMNRVWY")
    else:
        out = area + R.choice("123456789") + (D() if R.random() < 0.5 else "")
    inward = R.choice("123456789") + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return out + " " + inward


def make_eircode():
    rk = R.choice(["D02", "D04", "D08", "D15", "D24", "A94", "T12", "H91", "V94", "K78", "A63", "W91", "F94", "D6W"])
    uid = "".join(R.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    if not any(c.isalpha() for c in uid):
        uid = R.choice("ACDEFHKNPRTVWXY") + uid[1:]
    return rk + " " + uid


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z if R.random() < 0.75 else z + "-%04d" % R.randint(1, 9999)


STREETS = ["harcourt road", "mill lane", "station road", "church street", "victoria avenue",
           "kingsway", "the crescent", "main street", "abbey close", "oakfield drive",
           "castle view", "park terrace", "meadow way", "greenfield gardens", "seaview park",
           "queen street", "ashgrove lawn", "willow court", "hillside road", "brookvale grove",
           "st patricks road", "newtown avenue", "elm place", "ferry lane"]
US_STREETS = ["maple avenue", "oak street", "sunset boulevard", "elm drive", "washington street",
              "lakeview road", "pine court", "cedar lane"]
TOWNS = ["leeds", "cardiff", "galway", "belfast", "swindon", "cork", "glasgow", "bristol",
         "limerick", "norwich", "derby", "sligo"]


def make_address(us=False):
    num = R.randint(1, 240)
    st = R.choice(US_STREETS if us else STREETS)
    flat = R.random() < 0.25 and not us
    return num, st, (R.randint(1, 12) if flat else None)


def addr_typed(a):
    num, st, flat = a
    s = "%d %s" % (num, st.title())
    if flat:
        s = R.choice(["Flat %d, " % flat, "flat %d " % flat, "Apt %d, " % flat]) + s
    return s


def addr_spoken(a):
    num, st, flat = a
    n = say_words_number(num)
    s = n + " " + st
    if flat:
        s = "flat " + say_words_number(flat) + " " + s
    return s


def say_words_number(n):
    if n < 10:
        return UNITS[n]
    if n < 100:
        return say_pair("%02d" % n, "oh")
    h, r = divmod(n, 100)
    if R.random() < 0.5:
        return UNITS[h] + " " + (say_pair("%02d" % r, "oh") if r else "hundred")
    return UNITS[h] + " hundred" + ((" and " + say_words_number(r)) if r else "")


# --------------------------------------------------------------- normaliser
WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_MAP = {w: str(i) for i, w in enumerate(TENS) if w}
HOMO_REV = {v: k for k, v in HOMO.items() if " " not in v and len(v) > 1}
DROP = set(FILLERS) | {"for", "and", "plus", "sorry", "the", "of", "hyphen", "dash", "space"}
NATO_WORDS = set(NATO.values()) | set(FRIENDLY.values())


def normalise(text, homo=True):
    """Spoken or typed value -> upper-case alphanumeric string."""
    t = text.lower().replace("double you", " w ")
    t = re.sub(r"\b([a-z]) for [a-z-]+", lambda m: " zzltr" + m.group(1) + " ", t)
    toks = re.findall(r"[a-z0-9]+(?:-ray)?", t)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w.startswith("zzltr"):
            out.append(w[5:].upper())
            i += 1
            continue
        if w in ("double", "triple") and i + 1 < len(toks):
            nxt = toks[i + 1]
            d = WORD_DIGIT.get(nxt, nxt if len(nxt) == 1 else None)
            if d is None:
                out.append("?")
            else:
                out.append(d.upper() * (2 if w == "double" else 3))
            i += 2
            continue
        if w == "hundred":
            out.append("00")
        elif w in TENS_MAP:
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(TENS_MAP[w] + WORD_DIGIT[toks[i + 1]])
                i += 1
            else:
                out.append(TENS_MAP[w] + "0")
        elif w in TEEN_MAP:
            out.append(TEEN_MAP[w])
        elif w in WORD_DIGIT:
            out.append(WORD_DIGIT[w])
        elif homo and w in HOMO_REV:
            out.append(HOMO_REV[w])
        elif w in DROP or w in NATO_WORDS:
            pass
        else:
            out.append(w.upper())
        i += 1
    return "".join(out)


# --------------------------------------------------------------- case builder
class Case:
    def __init__(self, note):
        self.turns = []
        self.spans = []
        self.note = note

    def turn(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                start = len(text)
                text += val
                self.spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
            else:
                text += seg
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)


def pick(*xs):
    return R.choice(xs)


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "right", "yeah", "uh huh", "got that", "lovely"]


# ---- positive templates ------------------------------------------------------
def p_card_chat():
    n = make_card()
    sep = pick(" ", " ", "-", "", " ", ".")
    val = sep.join(card_groups(n))
    c = Case("chat/%s: card typed with separator %r" % (pick("retail", "telecom", "travel"), sep))
    c.a("Hi, you're through to payments. How can I help?")
    c.c(pick("Hi i want to pay my bill, card is ", "hey can u take payment on ", "Card: ", "ok my card number is "),
        (val, "CARD_NUMBER"), pick("", " thanks", ". Order ref 40021873 btw", " - it's a debit card"))
    return c


def p_card_call_single():
    n = make_card()
    c = Case("call/%s: card read digit by digit in one turn" % pick("utilities", "banking", "insurance"))
    c.a(pick("and the long number across the front of the card please",
             "can i take the sixteen digit number on the card", "go ahead with the card number"))
    c.c(pick("yeah it's ", "right so ", "okay it's ", ""), (say_groups(card_groups(n), filler=0.2), "CARD_NUMBER"),
        pick("", " did you get that", " and the bill's about sixty quid"))
    return c


def p_card_call_split():
    n = make_card(pick("visa", "mc"))
    g = card_groups(n)
    mode = pick("digits", "pairs")
    c = Case("call/%s: card split over customer turns with back-channels (%s)" % (pick("telecom", "utilities", "retail"), mode))
    c.a("okay when you're ready the card number")
    c.c(pick("right ", "okay ", "so it's "), (say_groups([g[0]], mode), "CARD_NUMBER"))
    c.a(pick(*BACK))
    c.c((say_groups([g[1]], mode), "CARD_NUMBER"))
    c.a(pick(*BACK))
    c.c((say_groups([g[2]], mode), "CARD_NUMBER"), pick("", " um"))
    c.a(pick("and the last four", "last four", "mhm"))
    c.c((say_groups([g[3]], mode), "CARD_NUMBER"))
    return c


def p_card_readback():
    n = make_card()
    c = Case("call/banking: customer reads card, agent reads it back in groups")
    c.a("can i have the card number please")
    c.c((say_groups(card_groups(n), "digits"), "CARD_NUMBER"))
    c.a("thank you so that's ", (say_groups(card_groups(n), "digits", filler=0.0), "CARD_NUMBER"), " is that right")
    c.c("yes that's it")
    return c


def p_card_full():
    n = make_card(pick("visa", "mc"))
    cvv = "".join(R.choice("0123456789") for _ in range(3))
    m, y = R.randint(1, 12), R.randint(26, 31)
    c = Case("call/%s: card payment by phone, card + expiry + cvv" % pick("utilities", "insurance", "travel", "telecom"))
    c.a("right i'll take that payment of forty two pounds fifty now, the card number please")
    c.c((say_groups(card_groups(n)), "CARD_NUMBER"))
    c.a("and the expiry date")
    exp = pick(say_digits("%02d" % m, "oh", doubles=False) + " " + say_pair("%02d" % y, "oh"),
               MONTHS[m - 1] + " twenty " + say_pair("%02d" % y, "oh"),
               say_pair("%02d" % m, "oh") + " " + say_pair("%02d" % y, "oh"))
    c.c(pick("it's ", "expires ", "", "um "), (exp, "EXPIRY"))
    c.a("and the three digit security code on the back")
    c.c(pick("", "it's ", "that's "), (say_digits(cvv), "CVV"))
    return c


def p_card_chat_full():
    n = make_card()
    cvv = "".join(R.choice("0123456789") for _ in range(4 if n[0] == "3" else 3))
    m, y = R.randint(1, 12), R.randint(26, 31)
    exp = pick("%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y), "%02d-%02d" % (m, y))
    c = Case("chat/retail: card, expiry and cvv typed in one message with labels")
    c.a("To complete the order for £89.99 please send your card details")
    c.c(pick("card ", "Card no: ", "number "), (" ".join(card_groups(n)), "CARD_NUMBER"),
        pick(" exp ", ", expiry ", " expires "), (exp, "EXPIRY"), pick(" cvv ", ", CVC ", " sec code "), (cvv, "CVV"))
    return c


def p_card_correction():
    n = make_card(pick("visa", "mc"))
    g = card_groups(n)
    wrong = str((int(g[0][3]) + 3) % 10)
    c = Case("call/telecom: customer starts, self-corrects, then gives full card")
    c.a("and the card number")
    c.c(say_digits(g[0][:3], "oh", doubles=False) + " " + UNITS[int(wrong)] + " no sorry hang on i'll start again ",
        (say_groups(g, "digits"), "CARD_NUMBER"))
    return c


def p_cvv_expiry_split():
    cvv = "".join(R.choice("0123456789") for _ in range(3))
    m, y = R.randint(1, 12), R.randint(26, 32)
    c = Case("call/travel: expiry and cvv given across turns with chit-chat")
    c.a("lovely and when does the card expire")
    c.c("ooh let me look it says valid thru ", (say_digits("%02d" % m, pick("oh", "zero"), doubles=False) + " slash " + say_pair("%02d" % y, "oh"), "EXPIRY"))
    c.a("and the last three digits on the signature strip")
    c.c(pick("the cvv is ", "it's ", "um "), (say_digits(cvv, "oh"), "CVV"), " and the flight was three hundred and twelve euro yeah")
    return c


def p_ni_chat():
    ni = make_ni()
    v = pick(ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni.lower(),
             ni[:2] + ni[2:8] + " " + ni[8], ni[:2] + "-" + ni[2:4] + "-" + ni[4:6] + "-" + ni[6:8] + "-" + ni[8],
             ni[:2] + " " + ni[2:8] + " " + ni[8])
    c = Case("chat/government: NI number typed %s" % pick("with spaces", "in a sentence", "after label"))
    c.a("Could you confirm your National Insurance number please?")
    c.c(pick("yes its ", "NINO: ", "sure - ", "my ni no is ", ""), (v, "NI_NUMBER"), pick("", " thanks", " cheers"))
    return c


def p_ni_call():
    ni = make_ni()
    style = pick("plain", "nato", "homo", "friendly")
    digits_mode = pick("digits", "pairs")
    spoken = say_alnum(ni[:2], style) + " " + (say_pairs(ni[2:8], "oh") if digits_mode == "pairs" else say_digits(ni[2:8], "oh")) + " " + say_letter(ni[8], style)
    c = Case("call/%s: NI number spoken, letters %s, digits as %s" % (pick("government", "payroll", "pensions", "banking"), style, digits_mode))
    c.a(pick("can you give me your national insurance number", "and your n i number please", "what's your national insurance"))
    c.c(pick("yeah it's ", "it's ", "um ", "right it's "), (spoken, "NI_NUMBER"))
    return c


def p_ni_split():
    ni = make_ni()
    style = pick("plain", "nato", "homo")
    c = Case("call/government: NI number split over turns with agent back-channels, %s letters" % style)
    c.a("and the national insurance number")
    c.c("okay ", (say_alnum(ni[:2], style), "NI_NUMBER"))
    c.a(pick(*BACK))
    c.c((say_pairs(ni[2:8], "oh") if R.random() < 0.5 else say_digits(ni[2:8], "oh"), "NI_NUMBER"))
    c.a(pick("and the letter at the end", "and the last letter", "mhm"))
    c.c(pick("", "it's ", "that's "), (say_letter(ni[8], style), "NI_NUMBER"))
    return c


def p_ni_readback():
    ni = make_ni()
    c = Case("call/pensions: NI number spoken, agent reads it back with phonetics")
    c.a("your national insurance number please")
    c.c((say_alnum(ni[:2], "plain") + " " + say_digits(ni[2:8], "oh") + " " + say_letter(ni[8], "plain"), "NI_NUMBER"))
    c.a("so that's ", (say_alnum(ni[:2], "nato") + " " + say_pairs(ni[2:8], "oh") + " " + say_letter(ni[8], "nato"), "NI_NUMBER"), " yeah")
    c.c("that's right and my state pension starts in twenty twenty eight")
    return c


def p_ni_with_dob():
    ni = make_ni()
    d = make_dob()
    c = Case("call/government: NI number and date of birth for security")
    c.a("for security can i take your date of birth and national insurance number")
    c.c("date of birth is ", (dob_spoken(d), "DOB"), " and the n i is ", (say_alnum(ni[:2], pick("plain", "homo")) + " " + say_digits(ni[2:8], "oh") + " " + say_letter(ni[8], "plain"), "NI_NUMBER"))
    return c


def p_ssn_chat():
    s = make_ssn()
    v = pick(s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + "." + s[3:5] + "." + s[5:])
    c = Case("chat/%s US: SSN typed" % pick("banking", "insurance", "healthcare billing"))
    c.a("To verify the account I'll need your Social Security number.")
    c.c(pick("ssn ", "Sure it's ", "SSN: ", "my social is "), (v, "SSN"), pick("", " thanks", " ok?"))
    return c


def p_ssn_call():
    s = make_ssn()
    c = Case("call/%s US: SSN spoken in 3-2-4 groups" % pick("healthcare billing", "government", "insurance", "banking"))
    c.a(pick("can i get your social security number", "and the last, sorry, the full social please", "what's the social on the account"))
    c.c(pick("sure it's ", "yeah ", "okay ", ""), (say_groups([s[:3], s[3:5], s[5:]], pick("digits", "digits", "pairs"), filler=0.3), "SSN"))
    return c


def p_ssn_split():
    s = make_ssn()
    c = Case("call/healthcare billing US: SSN split over turns")
    c.a("and your social")
    c.c((say_digits(s[:3], "oh"), "SSN"))
    c.a(pick(*BACK))
    c.c((say_digits(s[3:5], "oh"), "SSN"))
    c.a(pick(*BACK))
    c.c((say_pairs(s[5:], "oh") if R.random() < 0.5 else say_digits(s[5:], "oh"), "SSN"), " and the claim number is four four one two nine")
    return c


def p_ssn_dob_zip():
    s = make_ssn()
    d = make_dob()
    z = make_zip()
    c = Case("call/insurance US: SSN, DOB and ZIP in one verification")
    c.a("i'll need to verify you, date of birth social and zip code")
    c.c("okay birthday is ", (dob_spoken(d), "DOB"), " social is ", (say_digits(s, pick("oh", "zero")), "SSN"), " and zip is ", (say_digits(z.replace("-", ""), "oh"), "POSTCODE"))
    return c


def p_sort_acct_call():
    sc = make_sort()
    ac = make_acct()
    c = Case("call/banking UK: sort code in pairs and account number")
    c.a("can i take the sort code and account number")
    c.c("sort code is ", (pick(say_pairs(sc, "oh"), say_digits(sc, "oh"), " ".join(say_pairs(sc[i:i + 2], "oh") for i in (0, 2, 4))), "SORT_CODE"))
    c.a(pick(*BACK))
    c.c("and the account number is ", (say_digits(ac, pick("oh", "zero", "nought")), "BANK_ACCOUNT"))
    return c


def p_sort_acct_chat():
    sc = make_sort()
    ac = make_acct()
    scv = pick(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:])
    c = Case("chat/%s UK: sort code and account typed" % pick("banking", "utilities", "payroll"))
    c.a("Please provide the bank details for the direct debit.")
    c.c(pick("Sort code ", "s/c ", "SC: "), (scv, "SORT_CODE"), pick(" acc ", ", account no ", " a/c "), (ac, "BANK_ACCOUNT"))
    return c


def p_acct_split():
    ac = make_acct()
    c = Case("call/banking UK: account number split over turns, agent reads back")
    c.a("and the account number")
    c.c((say_digits(ac[:4], "oh"), "BANK_ACCOUNT"))
    c.a(pick(*BACK))
    c.c((say_digits(ac[4:], "oh"), "BANK_ACCOUNT"))
    c.a("so ", (say_pairs(ac, "oh"), "BANK_ACCOUNT"), " yeah")
    c.c("yep")
    return c


def p_sort_correction():
    sc = make_sort()
    c = Case("call/banking IE: sort code (NSC) with self-correction")
    wrong = str((int(sc[1]) + 1) % 10)
    c.a("what's the sort code on the account")
    c.c(say_pair(sc[0] + wrong, "oh") + " no wait sorry it's ", (say_pairs(sc, "oh"), "SORT_CODE"))
    return c


def p_iban_chat():
    ib = make_iban()
    v = pick(" ".join(iban_groups(ib)), ib, ib.lower())
    c = Case("chat/%s: IBAN typed (%s)" % (pick("banking EU", "utilities IE", "payroll"), ib[:2]))
    c.a("Please send the IBAN for the refund.")
    c.c(pick("IBAN: ", "its ", "sure ", "my iban is "), (v, "IBAN"), pick("", " thanks", " - the refund is €120"))
    return c


def p_iban_call():
    ib = make_iban(pick("IE", "GB", "IE"))
    style = pick("plain", "nato", "homo")
    c = Case("call/banking IE/UK: IBAN spoken, letters %s" % style)
    c.a("can you read out the iban")
    c.c(pick("yeah ", "okay it's ", ""), (say_alnum(ib, style, pair_digits=R.random() < 0.4), "IBAN"))
    return c


def p_iban_split():
    ib = make_iban("IE")
    g = iban_groups(ib)
    c = Case("call/utilities IE: IBAN read in groups over turns")
    c.a("go ahead with the iban")
    c.c("okay ", (say_alnum(g[0] + g[1], "plain"), "IBAN"))
    c.a(pick(*BACK))
    c.c((say_alnum("".join(g[2:4]), "plain"), "IBAN"))
    c.a(pick(*BACK))
    c.c((say_alnum("".join(g[4:]), "plain"), "IBAN"))
    return c


def p_phone_call():
    num, kind = make_phone()
    g = phone_groups(num, kind)
    c = Case("call/%s: phone number spoken (%s)" % (pick("telecom", "utilities", "insurance"), kind))
    c.a(pick("what's the best number to reach you on", "and a contact number", "can i get a callback number"))
    c.c(pick("it's ", "yeah ", "my mobile is ", ""), (say_groups(g, pick("digits", "digits", "pairs"), filler=0.2), "PHONE"))
    return c


def p_phone_intl():
    num, kind = make_phone(pick("ukmob", "iemob", "us", "uklon"))
    typed, spoken = intl_phone(num, kind)
    if R.random() < 0.5:
        c = Case("chat/travel: international phone typed (%s)" % kind)
        c.a("Can we have a contact number while you're abroad?")
        c.c(pick("yes ", "", "sure: "), (typed, "PHONE"))
    else:
        c = Case("call/travel: international phone spoken with plus (%s)" % kind)
        c.a("and a number we can reach you on abroad")
        c.c("yeah ", (spoken, "PHONE"))
    return c


def p_phone_chat():
    num, kind = make_phone()
    g = phone_groups(num, kind)
    v = pick(" ".join(g), num, "-".join(g), "(" + g[0] + ") " + "".join(g[1:]))
    c = Case("chat/%s: phone typed (%s)" % (pick("telecom", "retail", "healthcare billing"), kind))
    c.a("What number should the engineer call?")
    c.c(pick("", "call me on ", "mob ", "tel: "), (v, "PHONE"), pick("", " after 5pm", " between 9 and 12"))
    return c


def p_phone_split_two():
    num, kind = make_phone("ukmob")
    num2, kind2 = make_phone(pick("uklon", "ukman", "iedub"))
    c = Case("call/telecom: two phone numbers, mobile split over turns and a landline")
    c.a("okay what's the mobile")
    c.c((say_digits(num[:5], "oh"), "PHONE"))
    c.a(pick(*BACK))
    c.c((say_digits(num[5:], "oh"), "PHONE"), " and the landline is ", (say_groups(phone_groups(num2, kind2), "digits"), "PHONE"))
    return c


def p_email_call():
    e = make_email()
    c = Case("call/%s: email spelled out in ASR form" % pick("retail", "telecom", "insurance", "travel"))
    c.a(pick("and an email address for the confirmation", "what email should we send it to"))
    c.c(pick("yeah it's ", "it's ", ""), (email_spoken(e), "EMAIL"))
    return c


def p_email_chat():
    e = make_email()
    c = Case("chat/%s: email typed in message" % pick("retail", "utilities", "healthcare billing"))
    c.a("What's the best email for the receipt?")
    c.c(pick("", "email: ", "send it to "), (email_typed(e), "EMAIL"), pick("", " pls", ". My order was 3 items"))
    return c


def p_dob_chat():
    d = make_dob()
    c = Case("chat/%s: DOB typed for verification" % pick("banking", "insurance", "government"))
    c.a("Can you confirm your date of birth?")
    c.c(pick("", "dob ", "DOB: ", "born "), (dob_typed(d), "DOB"))
    return c


def p_dob_call():
    d = make_dob()
    c = Case("call/%s: DOB spoken, appointment date unlabelled nearby" % pick("healthcare billing", "insurance"))
    c.a("and your date of birth please")
    c.c(pick("it's ", "yeah ", ""), (dob_spoken(d), "DOB"), " and the appointment was on the third of march")
    return c


def p_postcode_call():
    pc = make_uk_postcode() if R.random() < 0.6 else make_eircode()
    style = pick("plain", "nato", "homo", "plain")
    c = Case("call/%s: postcode/eircode spoken (%s letters)" % (pick("utilities", "retail", "insurance"), style))
    c.a(pick("and the postcode", "what's the eircode", "can i take your postcode"))
    c.c(pick("it's ", "yeah ", "", "um "), (say_alnum(pc, style), "POSTCODE"))
    return c


def p_postcode_chat():
    pc = pick(make_uk_postcode(), make_eircode(), make_zip())
    v = pick(pc, pc.lower(), pc.replace(" ", ""))
    c = Case("chat/%s: postcode typed" % pick("retail", "utilities", "telecom"))
    c.a("What's the postcode for delivery?")
    c.c(pick("", "its ", "postcode ", "PC: "), (v, "POSTCODE"))
    return c


def p_address_chat():
    a = make_address()
    pc = pick(make_uk_postcode(), make_eircode())
    town = pick(*TOWNS).title()
    c = Case("chat/%s: full address typed with postcode" % pick("retail", "utilities", "insurance"))
    c.a("Can you confirm the delivery address?")
    c.c(pick("", "It's ", "address: "), (addr_typed(a), "ADDRESS"), ", " + town + ", ", (pc, "POSTCODE"))
    return c


def p_address_call():
    a = make_address()
    pc = make_uk_postcode()
    town = pick(*TOWNS)
    c = Case("call/%s: address and postcode spoken over turns" % pick("utilities", "telecom", "insurance"))
    c.a("and the first line of the address")
    c.c(pick("yeah it's ", "", "um "), (addr_spoken(a), "ADDRESS"), " in " + town)
    c.a("and the postcode")
    c.c((say_alnum(pc, pick("plain", "nato")), "POSTCODE"))
    return c


def p_address_us():
    a = make_address(us=True)
    z = make_zip()
    c = Case("call/retail US: street address and ZIP")
    c.a("what's the shipping address")
    c.c((addr_spoken(a), "ADDRESS"), " zip code ", (say_digits(z.replace("-", ""), "oh"), "POSTCODE"))
    return c


def p_mixed_update():
    a = make_address()
    pc = make_eircode() if R.random() < 0.5 else make_uk_postcode()
    num, kind = make_phone(pick("iemob", "ukmob"))
    e = make_email()
    c = Case("chat/telecom: change of details message with address, postcode, phone, email")
    c.a("What details would you like to update?")
    c.c("New address is ", (addr_typed(a), "ADDRESS"), ", ", (pc, "POSTCODE"), " and new mobile ", (num, "PHONE"),
        ", email ", (email_typed(e), "EMAIL"), ". Moving on the 14th")
    return c


def p_bank_full_chat():
    sc, ac = make_sort(), make_acct()
    ni = make_ni()
    c = Case("chat/payroll UK: new starter gives NI, sort code and account")
    c.a("Hi, please send your NI number and bank details for payroll.")
    c.c("NI ", (ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], "NI_NUMBER"), "\nSort code ", (sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE"), "\nAcc no ", (ac, "BANK_ACCOUNT"), "\nStarting Monday 9am")
    return c


def p_ni_typo_chat():
    ni = make_ni()
    v = pick(ni[:2].lower() + ni[2:] , ni[:2] + " " + ni[2:5] + " " + ni[5:8] + ni[8].lower(), ni[:2] + "  " + ni[2:8] + ni[8])
    c = Case("chat/benefits: NI typed with odd spacing/case")
    c.a("Please confirm your National Insurance number")
    c.c(pick("i think its ", "ni ", "Nat Ins no. "), (v, "NI_NUMBER"), pick(" sorry on my phone", "", " ta"))
    return c


def p_ssn_last_then_full():
    s = make_ssn()
    c = Case("call/banking US: SSN read with filler and agent read-back")
    c.a("can you verify your social")
    c.c("yeah um ", (say_digits(s[:3], "zero") + " uh " + say_digits(s[3:5], "zero") + " " + say_digits(s[5:], "zero"), "SSN"))
    c.a("thanks that's ", (s[:3] + " " + s[3:5] + " " + s[5:], "SSN"), " correct")
    c.c("yep")
    return c


def p_ni_chat_mixed():
    ni = make_ni()
    ref = str(R.randint(100000, 9999999))
    c = Case("chat/benefits UK: NI number in a sentence next to a claim reference (ref unlabelled)")
    c.a("How can I help today?")
    c.c("hi my universal credit claim ref is %s and my NI is " % ref, (pick(ni, ni.lower(), ni[:2] + " " + ni[2:8] + " " + ni[8]), "NI_NUMBER"),
        ", i was paid £%d.%02d on the %dth but expected more" % (R.randint(300, 900), R.randint(0, 99), R.randint(4, 20)))
    return c


def p_ni_correction():
    ni = make_ni()
    c = Case("call/government UK: NI number with mid-reading self-correction repeated in full")
    c.a("and your national insurance number")
    wrong = str((int(ni[2]) + 2) % 10)
    c.c(say_alnum(ni[:2], "homo") + " " + UNITS[int(wrong)] + " no hang on that's wrong ", (say_alnum(ni[:2], "homo") + " " + say_digits(ni[2:8], "oh") + " " + say_letter(ni[8], "plain"), "NI_NUMBER"))
    c.a("okay thank you")
    return c


def p_sort_acct_split():
    sc, ac = make_sort(), make_acct()
    c = Case("call/banking UK: sort code read pair by pair over turns then account in pairs")
    c.a("what's the sort code")
    c.c((say_pair(sc[:2], "oh"), "SORT_CODE"), " dash ", (say_pair(sc[2:4], "oh"), "SORT_CODE"))
    c.a(pick(*BACK))
    c.c((say_pair(sc[4:], "oh"), "SORT_CODE"))
    c.a("and the eight digit account number")
    c.c("er ", (say_pairs(ac, "oh"), "BANK_ACCOUNT"), " that's the current account with about two hundred quid in it")
    return c


def p_card_amex():
    n = make_card("amex")
    cvv = "".join(R.choice("0123456789") for _ in range(4))
    c = Case("call/travel: amex in 4-6-5 groups with four digit CID")
    c.a("and the card number")
    g = card_groups(n)
    c.c("it's an amex so ", (say_groups(g, "digits", filler=0.5), "CARD_NUMBER"))
    c.a("and the four digit code on the front")
    c.c((say_digits(cvv), "CVV"))
    return c


def p_email_readback():
    e = make_email()
    c = Case("call/insurance IE: email spelled by customer and read back by agent")
    c.a("can i get an email for the policy documents")
    c.c((email_spoken(e), "EMAIL"))
    c.a("so that's ", (email_spoken(e), "EMAIL"), " yeah")
    c.c("that's it yeah")
    return c


def p_eircode_address_call():
    a = make_address()
    ec = make_eircode()
    c = Case("call/utilities IE: Irish address spoken, eircode with homophones over turns")
    c.a("can you confirm the supply address")
    c.c((addr_spoken(a), "ADDRESS"), " %s county %s" % pick(("ballincollig", "cork"), ("swords", "dublin"), ("salthill", "galway"), ("douglas", "cork"), ("ennis", "clare")))
    c.a("and the eircode")
    c.c((say_alnum(ec[:3], "homo"), "POSTCODE"))
    c.a(pick(*BACK))
    c.c((say_alnum(ec[4:], pick("homo", "nato")), "POSTCODE"))
    return c


def p_phone_correction():
    num, kind = make_phone(pick("ukmob", "iemob"))
    c = Case("call/telecom: phone number with self-correction then full number")
    c.a("and the number for the sim swap")
    c.c(say_digits(num[:3], "oh", doubles=False) + " " + UNITS[(int(num[3]) + 1) % 10] + " sorry no ", (say_digits(num, "oh"), "PHONE"))
    return c


def p_card_chat_messy():
    n = make_card(pick("visa", "mc"))
    g = card_groups(n)
    v = pick(g[0] + " " + g[1] + g[2] + " " + g[3], g[0] + "  " + g[1] + " " + g[2] + "  " + g[3], g[0] + g[1] + " " + g[2] + g[3])
    c = Case("chat/utilities UK: card typed with irregular grouping in a longer message")
    c.c("hiya can u take the %d.%02d off my visa thanks, bill ref %d" % (R.randint(20, 300), R.randint(0, 99), R.randint(10000000, 99999999)))
    c.a("Of course, can you send the full card number?")
    c.c("sorry yes ", (v, "CARD_NUMBER"))
    return c


def p_dob_chat_short():
    d = make_dob()
    ni = make_ni()
    y, m, dd = d
    c = Case("chat/pensions UK: DOB with 2-digit year and NI in one line")
    c.c("dob ", ("%d/%d/%02d" % (dd, m, y % 100), "DOB"), " ni ", (ni, "NI_NUMBER"))
    c.a("Thanks, I've found your record.")
    return c


def p_expiry_variety():
    n = make_card(pick("visa", "mc"))
    m, y = R.randint(1, 12), R.randint(26, 32)
    cvv = "".join(R.choice("0123456789") for _ in range(3))
    if R.random() < 0.5:
        c = Case("chat/travel IE: expiry typed in long form with card and cvv on separate lines")
        c.c("card ", (n, "CARD_NUMBER"), "\n", pick("exp. ", "valid until ", "expiry date "),
            (pick("%02d/20%02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1][:3].capitalize(), y), "%02d.%02d" % (m, y)), "EXPIRY"),
            "\n", pick("cvv ", "security code "), (cvv, "CVV"))
        c.a("Thanks, the €%d.%02d deposit is paid." % (R.randint(50, 400), R.randint(0, 99)))
    else:
        c = Case("call/retail UK: expiry as 'end of month year', cvv with filler, card in pairs")
        c.a("card number please")
        c.c((say_groups(card_groups(n), "pairs"), "CARD_NUMBER"))
        c.a("and the expiry")
        c.c("end of ", (MONTHS[m - 1] + " " + say_year(2000 + y), "EXPIRY"))
        c.a("security code")
        c.c("um ", (say_digits(cvv[:2], "oh", doubles=False) + " uh " + say_digit(cvv[2], "oh"), "CVV"))
    return c


POS_TEMPLATES = [
    p_expiry_variety,
    p_ni_chat_mixed, p_ni_correction, p_sort_acct_split, p_card_amex, p_email_readback,
    p_eircode_address_call, p_phone_correction, p_card_chat_messy, p_dob_chat_short,
    p_card_chat, p_card_call_single, p_card_call_split, p_card_readback, p_card_full,
    p_card_chat_full, p_card_correction, p_cvv_expiry_split, p_ni_chat, p_ni_call, p_ni_split,
    p_ni_readback, p_ni_with_dob, p_ssn_chat, p_ssn_call, p_ssn_split, p_ssn_dob_zip,
    p_sort_acct_call, p_sort_acct_chat, p_acct_split, p_sort_correction, p_iban_chat, p_iban_call,
    p_iban_split, p_phone_call, p_phone_intl, p_phone_chat, p_phone_split_two, p_email_call,
    p_email_chat, p_dob_chat, p_dob_call, p_postcode_call, p_postcode_chat, p_address_chat,
    p_address_call, p_address_us, p_mixed_update, p_bank_full_chat, p_ni_typo_chat,
    p_ssn_last_then_full,
]


# ---- negative templates ------------------------------------------------------
def n_policy():
    ref = str(R.randint(100000, 99999999))
    c = Case("call/insurance UK: policy number said with its name (not PII)")
    c.a("can i take the policy number")
    c.c("yeah the policy number is ", say_digits(ref, "oh"), " and the renewal was four hundred and twelve pounds")
    return c


def n_customer_ref_chat():
    ref = str(R.randint(1000000, 9999999999))
    c = Case("chat/utilities UK: customer reference number typed (not PII)")
    c.a("Could you give me your customer reference number?")
    c.c(pick("Customer ref ", "cust no. ", "customer number: "), ref, pick("", ", bill was £74.20", " thanks"))
    return c


def n_meter():
    r = "%05d" % R.randint(0, 99999)
    c = Case("call/utilities UK: meter reading spoken (not PII)")
    c.a("can you read me the numbers on the meter")
    c.c("it says ", say_digits(r, pick("oh", "nought", "zero")), " and the red ones are ", say_digits(str(R.randint(0, 9)), "oh"))
    return c


def n_booking():
    while True:
        ref = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if not re.fullmatch(r"[A-Z]{1,2}\d[A-Z0-9]?\d[A-Z]{2}|[A-Z]\d[0-9W][A-Z0-9]{4}", ref):
            break
    c = Case("call/travel IE: booking reference spelled out (not PII)")
    c.a("what's the booking reference")
    c.c("booking reference is ", say_alnum(ref, pick("plain", "nato")), " and we fly out on the twelfth of june")
    return c


def n_money():
    c = Case("call/banking UK: balances and amounts (not PII)")
    c.a("your balance is " + say_words_number(R.randint(100, 999)) + " pounds and " + say_pair("%02d" % R.randint(10, 99), "oh") + " pence")
    c.c("and how much was the direct debit on the first")
    c.a("that was " + say_words_number(R.randint(20, 99)) + " pounds " + say_pair("%02d" % R.randint(10, 99), "oh") + " taken on the fifteenth of october")
    return c


def n_money_chat():
    c = Case("chat/retail UK: prices, order number and quantities (not PII)")
    c.c("Hi I ordered %d items on order #%d, total £%d.%02d but was charged £%d.%02d" % (
        R.randint(2, 9), R.randint(10000000, 99999999), R.randint(20, 400), R.randint(0, 99), R.randint(20, 400), R.randint(0, 99)))
    c.a("Sorry about that. Refunds take 3-5 working days and we've applied 15% off.")
    return c


def n_time_appt():
    c = Case("call/healthcare billing: appointment date and time (not PII)")
    c.a("your appointment is on the %s of %s at %s thirty" % (ORD[R.randint(1, 28)], pick(*MONTHS), pick(*UNITS[1:])))
    c.c("grand and it'll take about forty five minutes yeah")
    c.a("around that and the consultation fee is one hundred and twenty euro")
    return c


def n_flight():
    c = Case("call/travel: flight number, gate, times (not PII)")
    code = pick("ei", "fr", "ba", "u2")
    c.c("i'm on flight %s %s leaving at %s fifteen from gate %s" % (code, say_words_number(R.randint(100, 999)), pick(*UNITS[1:]), say_words_number(R.randint(1, 40))))
    c.a("okay that's delayed by about twenty minutes, seat %s %s" % (say_words_number(R.randint(1, 33)), pick("a", "c", "f")))
    return c


def n_speed():
    c = Case("chat/telecom: broadband speeds, model numbers, data usage (not PII)")
    c.c("My speed test shows %d Mbps down and %d up on the %s router, paying for %d" % (
        R.randint(5, 90), R.randint(1, 20), pick("Hub 4", "Archer AX55", "TG789", "Sky Q"), pick(100, 500, 900)))
    c.a("Thanks, you've used %dGB this month out of %dGB." % (R.randint(10, 300), pick(300, 500)))
    return c


def n_claim():
    ref = str(R.randint(1000000, 999999999))
    c = Case("call/insurance IE: claim number with its name (not PII)")
    c.a("have you got the claim number there")
    c.c("yeah claim number ", say_groups([ref[:3], ref[3:6], ref[6:]], "digits"), " the excess was two hundred and fifty")
    return c


def n_invoice_chat():
    c = Case("chat/utilities IE: invoice number, account balance, dates (not PII)")
    c.c("Invoice no. %d shows €%d.%02d due 28/%02d/2026 but I paid on the 3rd" % (
        R.randint(100000, 9999999), R.randint(50, 300), R.randint(0, 99), R.randint(1, 12)))
    c.a("I can see that payment, thanks.")
    return c


def n_ages():
    c = Case("call/insurance UK: ages, years, counts (not PII)")
    c.c("i'm %s and i've been driving since %s with %s years no claims" % (
        say_words_number(R.randint(19, 80)), say_year(R.randint(1975, 2020)), say_words_number(R.randint(1, 15))))
    c.a("lovely and how many cars on the policy")
    c.c(pick("two", "just the one", "three"))
    return c


def n_temperature():
    c = Case("call/utilities UK: thermostat and temperatures, durations (not PII)")
    c.c("the boiler's set to %s degrees and the radiators only get to about %s, it's been %s days" % (
        say_words_number(R.randint(18, 24)), say_words_number(R.randint(30, 60)), say_words_number(R.randint(2, 14))))
    c.a("okay an engineer can come between eight and one on %s" % pick("tuesday", "friday", "monday"))
    return c


def n_room():
    c = Case("call/travel: hotel room number and rates (not PII)")
    c.c("i'm in room %s and was charged %s euro a night for %s nights" % (
        say_words_number(R.randint(100, 520)), say_words_number(R.randint(80, 250)), say_words_number(R.randint(2, 7))))
    c.a("i'll check that, the rate should be ten percent lower")
    return c


def n_ticket_chat():
    c = Case("chat/telecom UK: ticket and case numbers with labels (not PII)")
    c.c("Case ref: CS-%d, ticket #%d, opened %02d/%02d" % (R.randint(100000, 9999999), R.randint(10000, 999999), R.randint(1, 28), R.randint(1, 12)))
    c.a("Thanks, escalating ticket now, ETA 48 hours.")
    return c


def n_contract():
    c = Case("call/telecom: contract start date, tariff, minutes (not PII)")
    c.a("your contract started on the %s of %s twenty twenty %s and runs for twenty four months" % (ORD[R.randint(1, 28)], pick(*MONTHS), pick("three", "four", "five")))
    c.c("and it's %s pound a month for unlimited minutes and %s gig" % (say_words_number(R.randint(10, 60)), say_words_number(pick(30, 50, 100))))
    return c


def n_membership():
    ref = str(R.randint(10000, 99999999))
    c = Case("call/retail UK: loyalty card and order numbers with names (not PII)")
    c.a("do you have the order number")
    c.c("order number ", say_pairs(ref if len(ref) % 2 == 0 else ref + "1", "oh"), " and i've %s points on the club card" % say_words_number(R.randint(100, 900)))
    return c


def n_vehicle():
    c = Case("call/insurance UK: car model, engine size, mileage (not PII)")
    c.c("it's a twenty %s ford focus one point %s litre with about %s thousand miles" % (
        pick("nineteen", "twenty", "eighteen"), pick("five", "oh", "six"), say_words_number(R.randint(20, 90))))
    c.a("and the value roughly")
    c.c("about %s grand" % say_words_number(R.randint(4, 15)))
    return c


def n_percent():
    c = Case("chat/banking UK: interest rates, terms, amounts (not PII)")
    c.c("What's the rate on the %d-year fix? I want to borrow £%d,%03d over %d years" % (
        pick(2, 3, 5), R.randint(100, 400), pick(0, 500), R.randint(15, 35)))
    c.a("It's %d.%02d%% with a £999 fee, LTV up to %d%%." % (R.randint(3, 5), R.randint(0, 99), pick(75, 85, 90)))
    return c


def n_payment_date():
    c = Case("call/utilities IE: payment dates and amounts (not PII)")
    c.c("i paid %s euro on the %s of %s and another %s on the first" % (
        say_words_number(R.randint(30, 200)), ORD[R.randint(1, 28)], pick(*MONTHS), say_words_number(R.randint(30, 200))))
    c.a("i can see both of those payments and your next bill is due on the nineteenth")
    return c


def n_steps_count():
    c = Case("call/healthcare billing: counts, doses, hours (not PII)")
    c.c("the prescription was %s tablets %s milligrams twice a day and it cost %s euro for %s weeks" % (
        say_words_number(R.randint(14, 56)), say_words_number(pick(5, 10, 20, 40, 500)), say_words_number(R.randint(10, 90)), say_words_number(R.randint(1, 6))))
    c.a("okay the drug payment scheme caps it at eighty a month")
    return c


def n_card_last4():
    c = Case("call/banking UK: disputed payment amount, dates and times (not PII)")
    c.a("which payment are you querying")
    c.c("the one for %s pounds %s on the %s" % (say_words_number(R.randint(10, 300)), say_pair("%02d" % R.randint(10, 99), "oh"), ORD[R.randint(1, 28)]))
    c.a("okay and that went out on the tuesday at ten past four")
    return c


def n_parcel_chat():
    c = Case("chat/retail IE: parcel count, weight, delivery window (not PII)")
    c.c("My %d parcels (%.1fkg) were due between 10:00 and 14:00 on Fri, order %d" % (
        R.randint(2, 5), R.randint(10, 250) / 10, R.randint(1000000, 99999999)))
    c.a("Courier shows out for delivery, 12 stops away.")
    return c


def n_reading_chat():
    c = Case("chat/utilities UK: meter readings typed with labels (not PII)")
    c.c("Meter reading day %05d night %05d, taken 7.45am" % (R.randint(0, 99999), R.randint(0, 99999)))
    c.a("Thanks! Your estimated bill drops to £%d.%02d." % (R.randint(40, 200), R.randint(0, 99)))
    return c


def n_year_pairs():
    c = Case("call/banking: years and durations spoken as pairs (not PII)")
    c.c("i opened the account back in %s and i've been with you %s years" % (say_year(R.randint(1985, 2015)), say_words_number(R.randint(5, 35))))
    c.a("thank you for staying with us since %s" % say_year(R.randint(1985, 2015)))
    return c


def n_taxcode():
    c = Case("call/government UK: tax code and salary figures (not PII)")
    c.c("my tax code is twelve five seven l and i earn about %s thousand a year" % say_words_number(R.randint(18, 70)))
    c.a("okay the personal allowance is twelve thousand five seventy")
    return c


def n_council_tax():
    ref = str(R.randint(10000000, 9999999999))
    c = Case("chat/government UK: council tax account reference with its name and band (not PII)")
    c.c("Council tax ref %s, band %s, paying £%d.%02d over 10 months" % (ref, pick("A", "B", "C", "D"), R.randint(90, 250), R.randint(0, 99)))
    c.a("Thanks, I can see the account.")
    return c


def n_extension():
    c = Case("call/telecom UK: menu options, extension and wait time (not PII)")
    c.a("you can press option %s or ring extension %s" % (pick("two", "three", "four"), say_digits(str(R.randint(1000, 9999)), "oh")))
    c.c("i've been on hold for %s minutes already" % say_words_number(R.randint(10, 59)))
    return c


NEG_TEMPLATES = [
    n_taxcode, n_council_tax, n_extension,
    n_policy, n_customer_ref_chat, n_meter, n_booking, n_money, n_money_chat, n_time_appt,
    n_flight, n_speed, n_claim, n_invoice_chat, n_ages, n_temperature, n_room, n_ticket_chat,
    n_contract, n_membership, n_vehicle, n_percent, n_payment_date, n_steps_count, n_card_last4,
    n_parcel_chat, n_reading_chat, n_year_pairs,
]


# --------------------------------------------------------------- generation
def generate():
    R.seed(SEED)
    cases = []
    for i in range(N_POS):
        c = POS_TEMPLATES[i % len(POS_TEMPLATES)]()
        cases.append({"id": "%s-pos-%03d" % (PREFIX, i + 1), "kind": "positive", "turns": c.turns,
                      "spans": c.spans, "note": c.note})
    for i in range(N_NEG):
        c = NEG_TEMPLATES[i % len(NEG_TEMPLATES)]()
        assert not c.spans
        cases.append({"id": "%s-neg-%03d" % (PREFIX, i + 1), "kind": "negative", "turns": c.turns,
                      "spans": [], "note": c.note})
    return cases


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# --------------------------------------------------------------- validation
def valid_value(typ, norm, raw):
    if typ == "CARD_NUMBER":
        return norm.isdigit() and 13 <= len(norm) <= 19 and luhn_ok(norm)
    if typ == "CVV":
        return norm.isdigit() and len(norm) in (3, 4)
    if typ == "EXPIRY":
        return bool(re.search(r"\d", norm)) and (len(re.sub(r"\D", "", norm)) in (3, 4, 6) or any(m in raw.lower() for m in MONTHS))
    if typ == "SSN":
        return norm.isdigit() and len(norm) == 9
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", norm))
    if typ == "BANK_ACCOUNT":
        return norm.isdigit() and 6 <= len(norm) <= 12
    if typ == "SORT_CODE":
        return norm.isdigit() and len(norm) == 6
    if typ == "IBAN":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", norm)) and iban_ok(norm)
    if typ == "PHONE":
        return norm.isdigit() and (10 <= len(norm) <= 13 or (len(norm) == 9 and norm.startswith("01")))
    if typ == "EMAIL":
        r = raw.lower()
        return ("@" in r and re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", r) is not None) or (" at " in r and " dot " in r)
    if typ == "DOB":
        return bool(re.search(r"\d", norm)) or any(m in raw.lower() for m in MONTHS)
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z0-9]?\d[A-Z]{2}", norm) or re.fullmatch(r"[A-Z]\d[0-9W][A-Z0-9]{4}", norm)
                    or re.fullmatch(r"\d{5}(\d{4})?", norm))
    if typ == "ADDRESS":
        r = raw.lower()
        return bool(re.search(r"\d", norm)) and any(w in r for w in ["road", "lane", "street", "avenue", "kingsway", "crescent",
                                                                     "close", "drive", "view", "terrace", "way", "gardens", "park",
                                                                     "lawn", "court", "grove", "place", "boulevard"])
    return False


PARTIAL_OK = {  # prefix-length checks used while accumulating split values
    "CARD_NUMBER": lambda n: n.isdigit() and len(n) < 19,
    "SSN": lambda n: n.isdigit() and len(n) < 9,
    "NI_NUMBER": lambda n: len(n) < 9,
    "BANK_ACCOUNT": lambda n: n.isdigit() and len(n) < 6,
    "SORT_CODE": lambda n: n.isdigit() and len(n) < 6,
    "IBAN": lambda n: len(n) < 34,
    "PHONE": lambda n: n.isdigit() and len(n) < 10,
    "POSTCODE": lambda n: n.isalnum() and len(n) < 7,
}


def check(cases, text_on_disk):
    problems = []
    if dump(cases) != text_on_disk:
        problems.append("fixture on disk differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    counts = Counter()
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append("%s: bad turn" % c["id"])
        prev = None
        acc = {}
        for s in c["spans"]:
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
                continue
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s: bad turn index" % c["id"])
                continue
            text = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                problems.append("%s: offsets out of range" % c["id"])
                continue
            seg = text[st:en]
            if seg != seg.strip() or (st > 0 and text[st - 1].isalnum() and seg[0].isalnum()) or \
                    (en < len(text) and text[en].isalnum() and seg[-1].isalnum()):
                problems.append("%s: span not on word boundary: %r" % (c["id"], seg))
            if prev and prev[0] == s["turn"] and st < prev[1]:
                problems.append("%s: overlapping/unsorted spans" % c["id"])
            prev = (s["turn"], en)
            typ = s["type"]
            norms = [normalise(seg), normalise(seg, homo=False)]
            norm = norms[0]
            if typ in PARTIAL_OK:
                done = False
                for norm in norms:
                    cur = acc.get(typ, "") + norm
                    if valid_value(typ, cur, seg) and not (typ == "CARD_NUMBER" and len(cur) < 15):
                        acc[typ] = ""
                        done = True
                        break
                if not done:
                    cur = acc.get(typ, "") + norms[0]
                    if PARTIAL_OK[typ](cur):
                        acc[typ] = cur
                    else:
                        problems.append("%s: invalid %s %r -> %r" % (c["id"], typ, seg, cur))
                        acc[typ] = ""
            elif not any(valid_value(typ, n, seg) for n in norms):
                problems.append("%s: invalid %s %r -> %r" % (c["id"], typ, seg, norm))
        for typ, rest in acc.items():
            if rest:
                problems.append("%s: incomplete split %s value %r" % (c["id"], typ, rest))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        if counts[t] < MIN_SPANS[t]:
            problems.append("type %s has only %d spans (need %d)" % (t, counts[t], MIN_SPANS[t]))
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    lines = [
        "# pii_holdout165 — held-out PII redaction evaluation set",
        "",
        "**Never use this set for tuning.** It exists only to measure the redactor on data it was not developed against.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the redaction code, its tests,",
        "its documentation, its benchmark or any other PII fixture; the only existing data consulted was a 3-line example",
        "of the JSONL format. Cases are generated by `scripts/make_pii_holdout165.py` from template functions: every turn",
        "is assembled from plain-text segments and (value, TYPE) segments, so span offsets are computed, never typed.",
        "All values come from one `random.Random(%d)`; output is byte-for-byte reproducible." % SEED,
        "`python scripts/make_pii_holdout165.py --check` regenerates the file, verifies it is identical, and validates",
        "ids, offsets, word boundaries, overlaps and each value after normalising spoken forms (Luhn, mod-97, NI format,",
        "digit counts, postcode shapes). Values split across turns are validated after concatenation.",
        "",
        "Emphasis: UK and Irish contact centres (NI numbers typed and spoken many ways, sort codes and account numbers,",
        "UK/IE phone forms, UK postcodes and Eircodes, UK/IE street addresses, card payments by phone), plus US SSNs/ZIPs",
        "and EU IBANs. Negatives are tricky non-PII numbers: policy, customer, claim, order, invoice, booking references",
        "with their names, meter readings, money, times, dates that are not birth dates, flight/room/model numbers, speeds,",
        "ages, temperatures, percentages.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only: from its first to its last character/word, excluding lead-ins such as",
        "  \"it's\", \"my number is\", labels such as \"Sort code\", and trailing chit-chat.",
        "- Spoken values include everything inside the reading: \"double\"/\"triple\", \"oh\"/\"o\"/\"nought\",",
        "  phonetic spellings (\"b for bravo\", \"s for sugar\") and letter homophones (\"see\", \"queue\", \"why\", \"tea\"), fillers",
        "  (\"um\", \"uh\") that fall between groups, \"slash\" in expiry dates, and \"plus\" in international phones.",
        "- A value split over several customer turns is labelled as one span per turn fragment (same type);",
        "  agent back-channels are not labelled. An agent reading a value back is labelled as well.",
        "  A spoken \"dash\" between two pairs of a sort code in one turn is left outside the two pair spans.",
        "- Self-corrections: only the final, complete reading is labelled; the abandoned fragment is not.",
        "- ADDRESS = flat/house number + street name (town and postcode are not inside the ADDRESS span; the",
        "  postcode is its own POSTCODE span). Eircodes and US ZIP codes are labelled POSTCODE.",
        "- DOB spans cover the whole spoken/typed date (a leading \"the\" in \"the sixth of may ...\" is inside).",
        "  EXPIRY covers month and year only (\"end of\", \"valid thru\" are outside). E-mails cover the whole",
        "  address, spoken (\"j dot doe at gmail dot com\") or typed.",
        "- Negative cases have no spans; any redaction in them is a false positive.",
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
    lines += ["", "Never use this set for tuning.", ""]
    return "\n".join(lines)


def main():
    cases = generate()
    text = dump(cases)
    if "--check" in sys.argv:
        on_disk = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
        problems, counts, npos, nneg = check(cases, on_disk)
        if README.exists() and README.read_text(encoding="utf-8") != readme(counts, npos, nneg):
            problems.append("README.md differs from regenerated output")
        print("pii_holdout165: %d positive, %d negative cases" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for p in problems:
            print("PROBLEM:", p)
        print("check %s (%d problems)" % ("FAILED" if problems else "passed", len(problems)))
        return 1 if problems else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    problems, counts, npos, nneg = check(cases, text)
    README.write_text(readme(counts, npos, nneg), encoding="utf-8")
    print("wrote %s (%d pos, %d neg); %d problems" % (CASES, npos, nneg, len(problems)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

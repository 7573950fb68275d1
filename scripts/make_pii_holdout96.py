#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout96/.

Written by an AI helper acting as an independent test author who did not see
the redaction code.  Standard library only.  All values come from one seeded
random.Random, so the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout96.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout96.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 96301123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout96")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ----------------------------------------------------------------------------
# spoken-form helpers
# ----------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"4": "for", "2": "to", "8": "ate", "1": "won"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu", "q": "quebec",
        "v": "victor", "u": "uniform", "i": "india"}
NATO_ALT = {"a": "apple", "b": "bertie", "c": "charles", "d": "david", "e": "edward",
            "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
            "m": "mother", "n": "nelly", "p": "peter", "r": "robert", "s": "sugar",
            "t": "tommy", "w": "william", "y": "yellow", "z": "zebra"}
LNAME = {"a": "ay", "b": "bee", "c": "see", "e": "e", "g": "gee", "h": "aitch", "j": "jay",
         "k": "kay", "l": "el", "m": "em", "n": "en", "p": "pee", "r": "are", "s": "ess",
         "t": "tee", "w": "w", "x": "ex", "y": "why", "z": "zed", "d": "dee"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def zw(region="US"):
    if region == "UK":
        return R.choice(["oh", "oh", "zero", "nought", "o"])
    if region == "IE":
        return R.choice(["oh", "zero", "o"])
    return R.choice(["oh", "zero", "zero", "o"])


def dword(d, region="US", homo=0.0):
    if d == "0":
        return zw(region)
    if d in HOMO and R.random() < homo:
        return HOMO[d]
    return UNITS[int(d)]


def say_plain(s, region="US", homo=0.0, runs=0.0):
    """digit by digit; optional double/triple for runs."""
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        j = i
        while j < len(s) and s[j] == d:
            j += 1
        n = j - i
        if n >= 2 and R.random() < runs:
            if n >= 3 and R.random() < 0.6:
                out.append("triple " + dword(d, region))
                i += 3
            else:
                out.append("double " + dword(d, region))
                i += 2
            continue
        out.append(dword(d, region, homo))
        i += 1
    return " ".join(out)


def say_pair(p, region="US"):
    a, b = p[0], p[1]
    if a == "0":
        if b == "0":
            return R.choice(["double " + zw(region), zw(region) + " " + zw(region)])
        return zw(region) + " " + UNITS[int(b)]
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_pairs(s, region="US"):
    return say_pairs_groups([s], region)


def say_pairs_groups(groups, region="US"):
    """several digit groups spoken as pairs; a lone tens word ("twenty") is never
    followed by a unit word (that would read as one number): say "two oh" then."""
    chunks = []
    for s in groups:
        if len(s) % 2:
            chunks.append(s[0])
            s = s[1:]
        for k in range(0, len(s), 2):
            chunks.append(s[k:k + 2])
    out = []
    for i, ch in enumerate(chunks):
        nxt = chunks[i + 1] if i + 1 < len(chunks) else None
        if len(ch) == 1:
            out.append(dword(ch, region))
        elif ch[0] not in "01" and ch[1] == "0" and nxt and len(nxt) == 1 and nxt != "0":
            out.append(UNITS[int(ch[0])] + " " + zw(region))
        else:
            out.append(say_pair(ch, region))
    return " ".join(out)


def say_hundreds(s, region="US"):
    """3-digit group as 'four fifty one'; falls back to plain when unnatural."""
    if len(s) == 3 and s[0] != "0" and s[1] != "0":
        return UNITS[int(s[0])] + " " + say_pair(s[1:], region)
    return say_plain(s, region)


def say_num(s, style, region="US", homo=0.0):
    if style == "pairs":
        return say_pairs(s, region)
    if style == "runs":
        return say_plain(s, region, homo, runs=0.9)
    if style == "hundreds":
        return say_hundreds(s, region)
    return say_plain(s, region, homo)


def say_letter(c, style):
    c = c.lower()
    if style == "nato":
        return c + R.choice([" for ", " for ", " as in "]) + NATO[c]
    if style == "alt" and c in NATO_ALT:
        return c + R.choice([" for ", " as in "]) + NATO_ALT[c]
    if style == "name" and c in LNAME:
        return {"c": pick("see", "sea", "see"), "t": pick("tee", "tea"), "b": pick("bee", "be", "bee")}.get(c, LNAME[c])
    return c


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


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


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "jcb", "mc2"])
    pref, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55"]), 16),
                "mc2": (R.choice(["2221", "2310", "2720"]), 16),
                "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
                "visa19": ("4", 19), "jcb": ("3528", 16), "visa13": ("4", 13)}[kind]
    body = pref + rdig(ln - len(pref) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 19:
        return [num[:4], num[4:8], num[8:12], num[12:16], num[16:]]
    if len(num) == 13:
        return [num[:4], num[4:8], num[8:12], num[12:]]
    return [num[i:i + 4] for i in range(0, 16, 4)]


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            return p + rdig(6) + R.choice("ABCD")


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ssn_ok(s):
    return (len(s) == 9 and s.isdigit() and s[:3] not in ("000", "666") and s[0] != "9"
            and s[3:5] != "00" and s[5:] != "0000")


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    if len(s) < 15 or not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]+$", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def make_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT", "BE"])
    letters = "ABCEGHJKLMNPRSTWY"  # no O/I/D/F/U/V/Q to keep spoken letters unambiguous
    if cc == "GB":
        bban = "".join(R.choice(letters) for _ in range(4)) + rdig(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BKCH", "ULSB", "PTSB", "AIBK"]) + rdig(14)
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABN", "INGB", "SNSB", "TRIN"]) + rdig(10)
    elif cc == "IT":
        bban = R.choice(letters) + rdig(22)
    else:
        bban = rdig(IBAN_LEN[cc] - 4)
    return cc + iban_check(cc, bban) + bban


def iban_groups(s):
    return [s[i:i + 4] for i in range(0, len(s), 4)]


def make_uk_postcode():
    L = "ABCEGHJKLMNPRSTWY"
    inw = R.choice("0123456789") + R.choice("ABDEFGHJLNPQRSTUWXYZ".replace("U", "")) + \
        R.choice("ABDEGHJLNPRSTWXYZ")
    shape = R.choice(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"])
    if shape.startswith("AA"):
        area = R.choice(["SW", "SE", "NW", "LS", "BS", "CF", "NR", "TS", "KT", "RG", "CV", "CB",
                         "GU", "DN", "PR", "BT", "CH", "DE", "EH", "HP"])
    else:
        area = R.choice("BEGLMNSW")
    if shape == "A9A":
        area = R.choice("EW")
    if shape == "AA9A":
        area = R.choice(["EC", "WC", "SW", "NW", "SE"])
    out = area + R.choice("123456789")
    if shape.endswith("99"):
        out += R.choice("0123456789")
    elif shape.endswith("9A"):
        out += R.choice("ABCHMPRVWXY".replace("V", ""))
    return out + " " + inw


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")

FIRST = ["sarah", "james", "priya", "liam", "aoife", "chen", "maria", "tom", "grace", "dmitri",
         "fatima", "owen", "niamh", "carlos", "hannah", "kwame", "lucy", "mateo", "ellie", "raj"]
LAST = ["okafor", "smith", "byrne", "patel", "nguyen", "walsh", "kowalski", "jones", "murphy",
        "garcia", "obrien", "taylor", "schmidt", "rossi", "hughes", "khan", "evans", "dubois"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "proton.me", "aol.com", "web.de", "live.ie"]
STREETS_UK = ["orchard road", "victoria street", "mill lane", "church close", "kings avenue",
              "hawthorn drive", "station road", "park crescent", "elm grove", "queens walk"]
STREETS_US = ["maple avenue", "oak street", "sunset boulevard", "pine ridge road",
              "lincoln drive", "cedar lane", "west elm court", "harbor view terrace",
              "main street", "willow way"]
STREETS_IE = ["main street", "church road", "seafield avenue", "the crescent", "college green"]
SUFFIX = ("road", "street", "lane", "close", "avenue", "drive", "crescent", "grove", "walk",
          "boulevard", "court", "terrace", "way", "place", "green", "rd", "st", "ave", "dr", "ln", "crescent")


def say_int(n):
    """cardinal 1..9999 the way people say house numbers / amounts."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        h = UNITS[n // 100] + " hundred"
        return h if rest == 0 else h + " and " + say_int(rest)
    if n % 1000 == 0:
        return UNITS[n // 1000] + " thousand"
    if n < 10000 and (n // 100) % 10 != 0:
        return say_pair(str(n)[:2]) + " " + say_int(n % 100) if n % 100 else say_pair(str(n)[:2]) + " hundred"
    return UNITS[n // 1000] + " thousand " + say_int(n % 1000)


def say_year(y):
    if y < 2000:
        return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])
    if y < 2010:
        return pick("two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000], "twenty oh " + UNITS[y - 2000])
    return pick("twenty " + say_int(y - 2000), "two thousand and " + say_int(y - 2000))


# ----------------------------------------------------------------------------
# case assembly
# ----------------------------------------------------------------------------
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], []

    def g(self, typ, canon, corr=False):
        self.groups.append({"type": typ, "canon": canon, "corr": corr, "spans": []})
        return len(self.groups) - 1

    def t(self, speaker, *segs):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, gid = seg
                typ = self.groups[gid]["type"]
                st = len(text)
                text += val
                self.spans.append({"turn": len(self.turns), "start": st, "end": len(text), "type": typ})
                self.groups[gid]["spans"].append(len(self.spans) - 1)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


POS, NEG = [], []


def pos(note):
    c = Case("positive", note)
    POS.append(c)
    return c


def neg(note):
    c = Case("negative", note)
    NEG.append(c)
    return c


def pick(*xs):
    return R.choice(xs)


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "yeah", "right", "got it", "yes"]

# ----------------------------------------------------------------------------
# CARD templates
# ----------------------------------------------------------------------------
CARD_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]


def card_chat():
    num = make_card()
    gs = card_groups(num)
    sep = pick(" ", " ", "-", ".", "", "  ", " - ", "/")
    form = pick("grouped", "grouped", "compact", "mixed", "lower", "typo")
    if form == "compact":
        val = num
    elif form == "typo":
        cuts = sorted(R.sample(range(2, len(num) - 1), 3))
        val = " ".join(num[a:b] for a, b in zip([0] + cuts, cuts + [len(num)]))
    elif form == "mixed":
        val = gs[0] + " " + "-".join(gs[1:-1]) + " " + gs[-1]
    else:
        val = sep.join(gs)
    ind = pick(*CARD_IND)
    c = pos("chat/%s: card typed (%s, sep %r) mid-message" % (ind, form, sep))
    g = c.g("CARD_NUMBER", num)
    c.a("Thanks for waiting. Which card would you like to use for the payment of %s?" %
        pick("£42.50", "$118.00", "€75", "£9.99", "$1,240.35"))
    lead = pick("card number is ", "its ", "ok here: ", "Card no. ", "use this one ", "number: ",
                "visa debit ", "long number is ")
    tail = pick(" thanks", "", " - exp next year", ". is that ok?", " cheers", " (business card)")
    c.c(lead, (val, g), tail)
    return c


def card_call_single():
    num = make_card()
    region = pick("US", "UK", "IE")
    style = pick("plain", "plain", "runs", "pairs", "homo")
    gs = card_groups(num)
    if style == "pairs":
        spoken = say_pairs_groups(gs, region)
    elif style == "homo":
        spoken = " ".join(say_plain(x, region, homo=0.5) for x in gs)
    else:
        spoken = " ".join(say_num(x, style, region) for x in gs)
    ind = pick(*CARD_IND)
    c = pos("call/%s: card spoken in one turn (%s, %s zero forms)" % (ind, style, region))
    g = c.g("CARD_NUMBER", num)
    c.a(pick("and the long number across the front please", "can i take the card number",
             "okay whenever you're ready the sixteen digits on the card",
             "go ahead with the card number"))
    c.c(pick("yeah it's ", "okay so ", "right ", "um it's ", "", "yep that's "), (spoken, g),
        pick("", " and that's a visa", " yeah", " i think", " that's the debit card"))
    return c


def card_call_split():
    num = make_card()
    region = pick("US", "UK", "IE")
    style = pick("plain", "pairs", "runs", "plain")
    gs = card_groups(num)
    ind = pick(*CARD_IND)
    c = pos("call/%s: card split over %d customer turns with back-channels (%s)" % (ind, len(gs), style))
    g = c.g("CARD_NUMBER", num)
    c.a("okay and the card number when you're ready")
    for i, x in enumerate(gs):
        pre = pick("", "", "um ", "so ", "right ") if i == 0 else pick("", "", "then ", "and ")
        post = pick("", "", " yeah", "") if i < len(gs) - 1 else pick("", " that's it", "")
        c.c(pre, (say_num(x, style, region), g), post)
        if i < len(gs) - 1:
            c.a(pick(*BACK))
    return c


def card_call_readback():
    num = make_card(pick("visa", "mc", "disc"))
    region = pick("US", "UK")
    gs = card_groups(num)
    ind = pick(*CARD_IND)
    c = pos("call/%s: card given then read back by agent in pairs" % ind)
    g1 = c.g("CARD_NUMBER", num)
    g2 = c.g("CARD_NUMBER", num)
    c.c("the card is ", (" ".join(say_plain(x, region) for x in gs), g1))
    c.a("let me read that back ", (say_pairs_groups(gs, region), g2), " is that right")
    c.c(pick("yes that's right", "yep perfect", "correct"))
    return c


def card_call_correction():
    num = make_card(pick("visa", "mc"))
    region = pick("US", "UK", "IE")
    gs = card_groups(num)
    wrong = gs[2][:2] + str((int(gs[2][2]) + 3) % 10) + gs[2][3]
    c = pos("call/%s: card with self-correction inside third group" % pick(*CARD_IND))
    g = c.g("CARD_NUMBER", num, corr=True)
    spoken = (say_plain(gs[0], region) + " " + say_plain(gs[1], region) + " " +
              say_plain(wrong, region) + " " + pick("sorry", "no wait", "oh sorry no") + " " +
              say_plain(gs[2], region) + " " + say_plain(gs[3], region))
    c.a("and the card number please")
    c.c(pick("okay ", "right so "), (spoken, g))
    c.a("thank you")
    return c


def card_call_filler():
    num = make_card(pick("visa", "mc", "amex"))
    region = pick("US", "UK")
    gs = card_groups(num)
    parts = []
    for i, x in enumerate(gs):
        parts.append(say_plain(x, region))
        if i < len(gs) - 1:
            parts.append(pick("um", "uh", "erm", "", "hang on", "sorry"))
    spoken = " ".join(p for p in parts if p)
    c = pos("call/%s: card with fillers between groups inside one reading" % pick(*CARD_IND))
    g = c.g("CARD_NUMBER", num)
    c.a("what's the card number")
    c.c("just getting it out of my purse okay ", (spoken, g), " and it expires soon actually")
    return c


def card_with_exp_cvv_call():
    num = make_card(pick("visa", "mc"))
    region = pick("US", "UK", "IE")
    gs = card_groups(num)
    mm = R.randint(1, 12)
    yy = R.randint(26, 31)
    cvv = rdig(3)
    c = pos("call/%s: card, expiry and cvv in sequence" % pick(*CARD_IND))
    gc = c.g("CARD_NUMBER", num)
    ge = c.g("EXPIRY", "%02d%02d" % (mm, yy))
    gv = c.g("CVV", cvv)
    c.a("okay card number first")
    c.c((" ".join(say_plain(x, region) for x in gs), gc))
    c.a("and the expiry date")
    es = pick("%s %s" % (say_pair("%02d" % mm, region), say_pair(str(yy))),
              "%s slash %s" % (say_pair("%02d" % mm, region), say_pair(str(yy))),
              "%s twenty %s" % (MONTHS[mm - 1], say_pair(str(yy))),
              "%s %s" % (say_plain("%02d" % mm, region), say_plain(str(yy), region)))
    c.c(pick("it's ", "", "expires "), (es, ge))
    c.a("and the three digit security code on the back")
    c.c(pick("", "it's ", "that's "), (say_plain(cvv, region), gv))
    c.a("lovely that's gone through the payment of %s" % pick("forty two pounds", "ninety nine dollars",
                                                            "one hundred and twelve euro"))
    return c


def card_with_exp_cvv_chat():
    num = make_card()
    gs = card_groups(num)
    mm = R.randint(1, 12)
    yy = R.randint(26, 31)
    cvv = rdig(4 if len(num) == 15 else 3)
    exp = pick("%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy),
               "%02d%02d" % (mm, yy), "%d/%02d" % (mm, yy))
    c = pos("chat/%s: card, expiry and cvv typed in one message" % pick(*CARD_IND))
    gc = c.g("CARD_NUMBER", num)
    ge = c.g("EXPIRY", "%02d%02d" % (mm, yy))
    gv = c.g("CVV", cvv)
    c.a("Please send the card details to complete the order of 3 items.")
    c.c((" ".join(gs), gc), pick(" exp ", ", expiry ", " exp: ", " valid thru "), (exp, ge),
        pick(" cvv ", ", CVC ", " sec code ", " security no. "), (cvv, gv))
    return c


# ----------------------------------------------------------------------------
# NI templates
# ----------------------------------------------------------------------------
def ni_chat():
    ni = make_ni()
    form = pick("compact", "spaced", "lower", "dashed", "mixed")
    if form == "compact":
        v = ni
    elif form == "spaced":
        v = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif form == "lower":
        v = pick(ni.lower(), "%s %s %s" % (ni[:2].lower(), ni[2:8], ni[8].lower()))
    elif form == "dashed":
        v = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    else:
        v = "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    c = pos("chat/%s: NI number typed (%s)" % (pick("government services", "banking", "insurance", "utilities"), form))
    g = c.g("NI_NUMBER", ni)
    c.a("Can you confirm your national insurance number please?")
    c.c(pick("sure its ", "NI no ", "", "it's ", "NINO: ", "yes - "), (v, g),
        pick("", " thanks", " x", ". I started the job in 2019", " (from my payslip)"))
    return c


def ni_spoken(ni, lstyle, dstyle):
    letters = " ".join(say_letter(ch, lstyle) for ch in ni[:2])
    digits = say_num(ni[2:8], dstyle, "UK") if dstyle != "threepairs" else \
        " ".join(say_pair(ni[k:k + 2], "UK") for k in (2, 4, 6))
    return letters, digits, say_letter(ni[8], lstyle)


def ni_call_single():
    ni = make_ni()
    lstyle = pick("plain", "nato", "name", "alt")
    dstyle = pick("plain", "pairs", "runs", "threepairs")
    l, d, s = ni_spoken(ni, lstyle, dstyle)
    c = pos("call/%s: NI number spoken in one turn (letters %s, digits %s)" %
            (pick("government services", "banking", "insurance", "healthcare billing"), lstyle, dstyle))
    g = c.g("NI_NUMBER", ni)
    c.a(pick("and your national insurance number please", "can i take your n i number",
             "what's your national insurance number"))
    c.c(pick("yeah it's ", "okay it's ", "um ", "right ", ""), (l + " " + d + " " + s, g),
        pick("", " i think", " yeah", " that's off my p sixty"))
    return c


def ni_call_split():
    ni = make_ni()
    lstyle = pick("plain", "nato", "name")
    dstyle = pick("plain", "pairs", "threepairs")
    l, d, s = ni_spoken(ni, lstyle, dstyle)
    c = pos("call/government services: NI number split letters / digits / suffix over turns (%s, %s)" % (lstyle, dstyle))
    g = c.g("NI_NUMBER", ni)
    c.a("and the national insurance number")
    c.c(pick("okay so it starts ", "right ", "it's "), (l, g))
    c.a(pick(*BACK))
    if R.random() < 0.5:
        dd = d.split(" ")
        h = len(dd) // 2
        c.c((" ".join(dd[:h]), g))
        c.a(pick(*BACK))
        c.c((" ".join(dd[h:]), g))
    else:
        c.c((d, g))
    c.a(pick("and the letter at the end", "and the last letter", "mhm"))
    c.c(pick("", "it's ", "and then "), (s, g))
    return c


def ni_call_readback():
    ni = make_ni()
    l, d, s = ni_spoken(ni, "plain", "plain")
    c = pos("call/government services: NI given then read back by agent with phonetics")
    g1 = c.g("NI_NUMBER", ni)
    g2 = c.g("NI_NUMBER", ni)
    c.c("my national insurance is ", (l + " " + d + " " + s, g1))
    l2, d2, s2 = ni_spoken(ni, "nato", "threepairs")
    c.a("thank you so that's ", (l2 + " " + d2 + " " + s2, g2), " yeah")
    c.c("that's it")
    return c


def ni_call_correction():
    ni = make_ni()
    l, d, s = ni_spoken(ni, "plain", "plain")
    wrong = say_plain(ni[2:4], "UK") + " " + say_plain(str((int(ni[4]) + 1) % 10), "UK")
    c = pos("call/banking: NI number with self-correction in the digits")
    g = c.g("NI_NUMBER", ni, corr=True)
    c.a("could you give me your national insurance number")
    c.c((l + " " + wrong + " " + pick("no sorry", "sorry", "wait no") + " " + d + " " + s, g))
    c.a("thanks")
    return c


def ni_chat_split():
    ni = make_ni()
    c = pos("chat/government services: NI number split over two messages with a typo")
    g = c.g("NI_NUMBER", ni)
    c.a("What is your National Insurance number?")
    c.c("its ", ("%s %s" % (ni[:2], ni[2:5]), g), pick("...", " -", ""))
    c.c(pick("sorry hit enter ", "oops ", ""), ("%s %s" % (ni[5:8], ni[8]), g))
    return c


def ni_with_dob_call():
    ni = make_ni()
    y = R.randint(1950, 2003)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    l, dd, s = ni_spoken(ni, pick("plain", "nato"), pick("plain", "pairs"))
    c = pos("call/government services: NI and date of birth in one turn")
    gn = c.g("NI_NUMBER", ni)
    gd = c.g("DOB", (d, m, y))
    c.a("to get into your record i need your date of birth and n i number")
    dob = pick("the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])),
               "%s %s %s" % (MONTHS[m - 1], ORD[d], say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])))
    c.c("okay born ", (dob, gd), " and the number's ", (l + " " + dd + " " + s, gn))
    return c


# ----------------------------------------------------------------------------
# SSN templates
# ----------------------------------------------------------------------------
def ssn_chat():
    s = make_ssn()
    form = pick("dashed", "spaced", "compact", "dots", "mixed", "slash", "endash", "underscore")
    v = {"dashed": "%s-%s-%s", "spaced": "%s %s %s", "compact": "%s%s%s", "dots": "%s.%s.%s",
         "mixed": "%s-%s %s", "slash": "%s/%s/%s", "endash": "%s\u2013%s\u2013%s",
         "underscore": "%s_%s_%s"}[form] % (s[:3], s[3:5], s[5:])
    c = pos("chat/%s: SSN typed (%s)" % (pick("banking", "insurance", "healthcare billing", "government services", "telecom"), form))
    g = c.g("SSN", s)
    c.a("For verification, please provide your Social Security number.")
    c.c(pick("SSN ", "ok its ", "social is ", "", "ss# ", "my social: "), (v, g),
        pick("", " thx", ". my claim is 48213", " - is that secure?", ""))
    return c


def ssn_call_single():
    s = make_ssn()
    style = pick("plain", "plain", "runs", "hundreds", "homo", "pairs")
    if style == "hundreds":
        sp = say_hundreds(s[:3]) + " " + say_pair(s[3:5]) + " " + say_pairs(s[5:])
    elif style == "pairs":
        sp = say_plain(s[:3]) + " " + say_pair(s[3:5]) + " " + say_pairs(s[5:])
    elif style == "homo":
        sp = " ".join(say_plain(x, homo=0.6) for x in (s[:3], s[3:5], s[5:]))
    else:
        sp = " ".join(say_num(x, style) for x in (s[:3], s[3:5], s[5:]))
    c = pos("call/%s: SSN spoken in one turn (%s)" % (pick("banking", "insurance", "healthcare billing", "government services", "telecom"), style))
    g = c.g("SSN", s)
    c.a(pick("and can i get your social security number", "i'll need your social to verify",
             "what's the social on the account"))
    c.c(pick("sure it's ", "yeah ", "okay ", "um ", ""), (sp, g),
        pick("", " yeah", " and my zip hasn't changed", ""))
    return c


def ssn_call_split():
    s = make_ssn()
    style = pick("plain", "runs", "hundreds")
    c = pos("call/%s: SSN split 3/2/4 across turns with back-channels (%s)" % (pick("banking", "healthcare billing", "insurance"), style))
    g = c.g("SSN", s)
    c.a("go ahead with the social")
    c.c(pick("okay ", "", "it's "), (say_num(s[:3], style), g))
    c.a(pick(*BACK))
    c.c((say_plain(s[3:5]) if style != "hundreds" else say_pair(s[3:5]), g))
    c.a(pick(*BACK))
    c.c((say_num(s[5:], "pairs" if style == "hundreds" else style), g), pick("", " that's it"))
    return c


def ssn_call_readback():
    s = make_ssn()
    c = pos("call/banking: SSN given then agent reads it back")
    g1 = c.g("SSN", s)
    g2 = c.g("SSN", s)
    c.c("my social is ", (" ".join(say_plain(x) for x in (s[:3], s[3:5], s[5:])), g1))
    c.a("okay i have ", (say_plain(s[:3]) + " dash " + say_plain(s[3:5]) + " dash " + say_plain(s[5:]), g2),
        " correct")
    c.c("yes ma'am")
    return c


def ssn_call_correction():
    s = make_ssn()
    c = pos("call/insurance: SSN with self-correction on the middle group")
    g = c.g("SSN", s, corr=True)
    wrong = s[3] + str((int(s[4]) + 5) % 10)
    c.a("and your social security number")
    c.c((say_plain(s[:3]) + " " + say_plain(wrong) + " " + pick("no sorry", "wait", "sorry let me start that part again") +
         " " + say_plain(s[3:5]) + " " + say_plain(s[5:]), g))
    c.a("thank you")
    return c


def ssn_call_chitchat():
    s = make_ssn()
    c = pos("call/healthcare billing: SSN embedded in chit-chat with unrelated numbers")
    g = c.g("SSN", s)
    c.a("and i just need the social security number for the patient")
    c.c("sorry i've been on hold for twenty five minutes okay it's ", (say_plain(s), g),
        " and the bill was for three hundred and forty dollars")
    return c


# ----------------------------------------------------------------------------
# other types
# ----------------------------------------------------------------------------
def make_phone(region):
    if region == "UK":
        n = "07" + pick("7", "8", "9", "4", "5") + rdig(8)
        return n, pick(n[:5] + " " + n[5:], "+44 " + n[1:5] + " " + n[5:], n[:5] + "-" + n[5:8] + "-" + n[8:], n)
    if region == "IE":
        n = "08" + pick("3", "5", "6", "7", "9") + rdig(7)
        return n, pick(n[:3] + " " + n[3:6] + " " + n[6:], "+353 " + n[1:3] + " " + n[3:], n)
    if region == "EU":
        n = "06" + rdig(8)
        return n, pick("+33 6 " + " ".join(n[k:k + 2] for k in (2, 4, 6, 8)), " ".join(n[k:k + 2] for k in range(0, 10, 2)))
    n = str(R.randint(201, 989)) + str(R.randint(200, 999)) + rdig(4)
    return n, pick("(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                   "+1 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s.%s.%s" % (n[:3], n[3:6], n[6:]), n)


def phone_chat():
    region = pick("UK", "US", "IE", "EU")
    n, v = make_phone(region)
    c = pos("chat/%s: %s phone typed" % (pick("telecom", "utilities", "retail", "travel"), region))
    g = c.g("PHONE", n, corr=True)
    c.a("What's the best number to reach you on?")
    plus = re.match(r"^[^0-9A-Za-z]*", v).group(0)
    c.c(pick("you can call me on ", "mobile: ", "", "its ", "best is "), plus, (v[len(plus):], g),
        pick("", " after 5pm", " thanks", " (work phone)"))
    return c


def phone_call():
    region = pick("UK", "US", "IE")
    n, _ = make_phone(region)
    style = pick("plain", "runs", "pairs")
    if region == "US" and style == "pairs":
        sp = say_pairs_groups([n[:3], n[3:6], n[6:]], region)
    elif region == "US":
        sp = " ".join(say_num(x, style, region) for x in (n[:3], n[3:6], n[6:]))
    else:
        sp = say_num(n[:5], style if style != "pairs" else "plain", region) + " " + say_num(n[5:], style, region)
    intl = region != "US" and R.random() < 0.3
    if intl:
        sp = pick("plus four four ", "double oh four four ") + say_plain(n[1:], region) if region == "UK" else \
            "plus three five three " + say_plain(n[1:], region)
    c = pos("call/%s: %s phone spoken (%s%s)" % (pick("telecom", "utilities", "insurance", "travel"), region, style, ", international" if intl else ""))
    g = c.g("PHONE", n, corr=True)
    c.a("and a contact number in case we get cut off")
    c.c(pick("yeah it's ", "okay ", "it's my mobile ", ""), (sp, g))
    c.a("perfect")
    return c


def phone_split():
    region = pick("UK", "US")
    n, _ = make_phone(region)
    c = pos("call/telecom: %s phone split over two turns" % region)
    g = c.g("PHONE", n)
    c.a("what number are you calling about")
    h = 5 if region == "UK" else 3
    c.c((say_plain(n[:h], region, runs=0.5), g))
    c.a(pick(*BACK))
    c.c((say_plain(n[h:], region, runs=0.5), g), pick("", " that's the one that's got no signal"))
    return c


def make_email():
    f, l = pick(*FIRST), pick(*LAST)
    local = pick(f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f, f + "-" + l)
    return local + "@" + pick(*DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    out = []
    for part in re.split(r"([._\-])", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part == "-":
            out.append(pick("dash", "hyphen"))
        elif part.isdigit():
            out.append(say_plain(part))
        elif part:
            out.append(part if len(part) > 1 else part)
    out.append(pick("at", "at"))
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def email_chat():
    e = make_email()
    v = pick(e, e, e.upper() if R.random() < 0.2 else e, e.capitalize())
    c = pos("chat/%s: email typed" % pick("retail", "travel", "telecom", "insurance"))
    g = c.g("EMAIL", e.lower())
    c.a("Which email should the receipt for order 5521 go to?")
    c.c(pick("", "pls send to ", "email is ", "use "), (v, g), pick("", " thanks!", ". cheers"))
    return c


def email_call():
    e = make_email()
    c = pos("call/%s: email spoken with dot / at" % pick("retail", "utilities", "travel", "banking"))
    g = c.g("EMAIL", e)
    c.a("and what email address should we use")
    c.c(pick("it's ", "yeah it's ", ""), (say_email(e), g), pick("", " all lower case", ""))
    return c


def make_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2005)


def dob_chat():
    d, m, y = make_dob()
    us = R.random() < 0.4
    v = pick("%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
             "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y), "%02d.%02d.%d" % (d, m, y),
             "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MON3[m - 1], y))
    c = pos("chat/%s: date of birth typed" % pick("banking", "insurance", "healthcare billing", "government services"))
    g = c.g("DOB", (d, m, y))
    c.a("Please confirm your date of birth.")
    c.c(pick("DOB ", "born ", "", "it's "), (v, g), pick("", " - the appointment is on 3 March 2027 btw", ""))
    return c


def dob_call():
    d, m, y = make_dob()
    ys = say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:]) if y < 2000 else pick("two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000])
    v = pick("the %s of %s %s" % (ORD[d], MONTHS[m - 1], ys), "%s %s %s" % (MONTHS[m - 1], ORD[d], ys),
             "%s %s %s" % (say_pair("%02d" % d, "UK"), say_pair("%02d" % m, "UK"), ys),
             "%s %s %s" % (MONTHS[m - 1], ORD[d], say_pair(str(y)[2:])))
    c = pos("call/%s: date of birth spoken" % pick("banking", "insurance", "healthcare billing", "government services"))
    g = c.g("DOB", (d, m, y))
    c.a("and can you confirm your date of birth")
    c.c(pick("yeah it's ", "", "i was born on "), (v, g), pick("", " so i'm %s" % say_int(2026 - y), ""))
    return c


def postcode_call_uk():
    pc = make_uk_postcode()
    sty = pick("plain", "nato", "name")
    parts = []
    for ch in pc.replace(" ", ""):
        parts.append(dword(ch, "UK") if ch.isdigit() else say_letter(ch, sty))
    c = pos("call/%s: UK postcode spoken (%s)" % (pick("utilities", "insurance", "retail", "telecom"), sty))
    g = c.g("POSTCODE", pc.replace(" ", ""))
    c.a("and the postcode")
    c.c(pick("it's ", "", "yeah "), (" ".join(parts), g))
    return c


def address_chat():
    region = pick("UK", "US", "IE")
    st = pick(*{"UK": STREETS_UK, "US": STREETS_US, "IE": STREETS_IE}[region])
    num = R.randint(1, 240) if region != "US" else R.randint(10, 9800)
    addr = pick("%d %s" % (num, st.title()), "%d %s" % (num, st), "%s %d, %d %s" % ("Apt" if region == "US" else "Flat", R.randint(1, 12), num, st.title()))
    c = pos("chat/%s: %s street address typed%s" % (pick("retail", "utilities", "insurance"), region, {"US": " with ZIP", "UK": " with postcode", "IE": ""}[region]))
    ga = c.g("ADDRESS", addr)
    if region == "US":
        z = "%05d" % R.randint(1001, 99950)
        z4 = z + ("-%04d" % R.randint(1, 9999) if R.random() < 0.3 else "")
        gp = c.g("POSTCODE", z4.replace("-", ""))
        c.a("What's the delivery address?")
        c.c((addr, ga), ", " + pick("Springfield, IL", "Austin TX", "Columbus, OH", "Denver CO") + " ", (z4, gp))
    elif region == "UK":
        pc = make_uk_postcode()
        gp = c.g("POSTCODE", pc.replace(" ", ""))
        c.a("What's the delivery address?")
        c.c((addr, ga), ", " + pick("Leeds", "Bristol", "Norwich", "Cardiff") + " ", (pick(pc, pc.lower(), pc.replace(" ", "")), gp))
    else:
        c.a("What's the address for the account?")
        c.c((addr, ga), ", " + pick("Galway", "Cork", "Dublin 8"))
    return c


def address_call():
    region = pick("UK", "US")
    st = pick(*(STREETS_UK if region == "UK" else STREETS_US))
    num = R.randint(2, 199)
    c = pos("call/%s: %s street address spoken with %s" % (pick("utilities", "insurance", "telecom"), region, "ZIP" if region == "US" else "postcode"))
    ga = c.g("ADDRESS", "%d %s" % (num, st))
    c.a("and the first line of the address")
    hn = say_int(num) if R.random() < 0.6 else say_plain(str(num))
    c.c(pick("it's ", "", "yeah "), (hn + " " + st, ga))
    if region == "US":
        z = "%05d" % R.randint(1001, 99950)
        gp = c.g("POSTCODE", z)
        c.a("and the zip")
        c.c((say_plain(z), gp))
    else:
        pc = make_uk_postcode()
        gp = c.g("POSTCODE", pc.replace(" ", ""))
        c.a("and the postcode")
        c.c((" ".join(dword(ch, "UK") if ch.isdigit() else ch.lower() for ch in pc.replace(" ", "")), gp))
    return c


def bank_call():
    acc = rdig(8)
    sc = rdig(6)
    style = pick("plain", "pairs", "runs")
    c = pos("call/banking: UK sort code and account number spoken (%s)" % style)
    gs = c.g("SORT_CODE", sc)
    ga = c.g("BANK_ACCOUNT", acc)
    c.a("can i take the sort code")
    c.c(pick("", "it's ", "okay "), (say_num(sc, style if style != "runs" else "pairs", "UK"), gs))
    c.a("and the account number")
    c.c((say_num(acc, style, "UK"), ga), pick("", " that's my current account"))
    return c


def bank_chat():
    acc = rdig(R.choice([8, 8, 10, 12]))
    sc = rdig(6)
    c = pos("chat/banking: sort code and account typed for direct debit")
    gs = c.g("SORT_CODE", sc)
    ga = c.g("BANK_ACCOUNT", acc)
    c.a("Please provide the sort code and account number for the direct debit of £38.00/month.")
    scv = pick("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "%s %s %s" % (sc[:2], sc[2:4], sc[4:]), sc)
    c.c(pick("sort ", "s/c "), (scv, gs), pick(" acc ", ", account no. ", " a/c "), (acc, ga))
    return c


def us_account_call():
    acc = rdig(R.choice([9, 10, 11, 12]))
    c = pos("call/banking: US checking account number spoken in two chunks")
    g = c.g("BANK_ACCOUNT", acc)
    c.a("what's the checking account number for the autopay")
    h = len(acc) // 2
    c.c((say_plain(acc[:h], runs=0.5), g))
    c.a(pick(*BACK))
    c.c((say_plain(acc[h:], runs=0.5), g))
    return c


def iban_chat():
    ib = make_iban()
    v = pick(" ".join(iban_groups(ib)), ib, " ".join(iban_groups(ib)).lower())
    c = pos("chat/%s: IBAN typed (%s)" % (pick("banking", "travel", "insurance"), ib[:2]))
    g = c.g("IBAN", ib)
    c.a("Where should we send the refund of €%d?" % R.randint(20, 900))
    c.c(pick("IBAN: ", "to ", "my iban is ", ""), (v, g), pick("", " thanks", " (BIC not needed?)"))
    return c


def iban_call():
    ib = make_iban(pick("IE", "GB", "DE", "NL"))
    parts = []
    for grp in iban_groups(ib):
        p = []
        for ch in grp:
            p.append(dword(ch, "IE") if ch.isdigit() else say_letter(ch, pick("plain", "plain", "nato")))
        parts.append(" ".join(p))
    c = pos("call/banking: IBAN spoken in groups over turns")
    g = c.g("IBAN", ib)
    c.a("go ahead with the iban")
    h = len(parts) // 2
    c.c((" ".join(parts[:h]), g))
    c.a(pick(*BACK))
    c.c((" ".join(parts[h:]), g))
    return c


def cvv_exp_call():
    mm = R.randint(1, 12)
    yy = R.randint(26, 31)
    cvv = rdig(pick(3, 3, 4))
    c = pos("call/%s: expiry and cvv in one turn" % pick(*CARD_IND))
    ge = c.g("EXPIRY", "%02d%02d" % (mm, yy))
    gv = c.g("CVV", cvv)
    c.a("and the expiry and the security code")
    c.c(pick("expiry is ", "it runs out "), (say_pair("%02d" % mm, "UK") + " " + say_pair(str(yy)), ge),
        pick(" and the code on the back is ", " security code ", " and the three digits are "), (say_plain(cvv, runs=0.5), gv))
    return c


def card_asr_numerals():
    num = make_card()
    gs = card_groups(num)
    form = pick("single", "groups", "pairs", "mixed")
    if form == "single":
        sp = " ".join(num)
    elif form == "groups":
        sp = " ".join(gs)
    elif form == "pairs":
        sp = " ".join(num[k:k + 2] for k in range(0, len(num), 2))
    else:
        sp = gs[0] + " " + " ".join(say_plain(x) for x in gs[1:-1]) + " " + gs[-1]
    c = pos("call/%s: ASR emitted card as numerals (%s) in lower-case transcript" % (pick(*CARD_IND), form))
    g = c.g("CARD_NUMBER", num)
    c.a("okay so what's the card number")
    c.c(pick("yeah so it's ", "it's ", "okay "), (sp, g), pick(" and the name on it is my husband's", "", " yeah"))
    return c


def card_chat_split():
    num = make_card(pick("visa", "mc", "disc"))
    gs = card_groups(num)
    c = pos("chat/%s: card typed over two chat messages" % pick(*CARD_IND))
    g = c.g("CARD_NUMBER", num)
    c.a("Please enter the card number.")
    c.c((gs[0] + " " + gs[1], g), pick("", " ", "..."))
    c.c((pick(gs[2] + " " + gs[3], gs[2] + gs[3], gs[2] + "-" + gs[3]), g))
    c.a("Thanks, processing your payment of $%d.%02d now." % (R.randint(10, 500), R.randint(0, 99)))
    return c


def card_and_phone_call():
    num = make_card(pick("visa", "mc"))
    n, _ = make_phone("UK")
    c = pos("call/telecom: card and phone in one customer turn with chit-chat")
    gc = c.g("CARD_NUMBER", num)
    gp = c.g("PHONE", n)
    c.a("i'll need the card for the top up of twenty pounds and a number to text the receipt to")
    c.c("okay the card's ", (" ".join(say_plain(x, "UK", runs=0.5) for x in card_groups(num)), gc),
        " and text it to ", (say_plain(n, "UK"), gp), " that's my daughter's phone")
    return c


def card_pairs_mixed_call():
    num = make_card(pick("visa", "mc"))
    gs = card_groups(num)
    c = pos("call/retail: card where caller alternates pairs and single digits per turn")
    g = c.g("CARD_NUMBER", num)
    c.a("ready for the card number")
    for i, x in enumerate(gs):
        c.c((say_pairs(x) if i % 2 == 0 else say_plain(x, homo=0.4), g))
        if i < 3:
            c.a(pick(*BACK))
    return c


def ni_asr_numerals():
    ni = make_ni()
    form = pick("a", "b", "c")
    if form == "a":
        sp = ni[0].lower() + " " + ni[1].lower() + " " + " ".join(ni[2:8]) + " " + ni[8].lower()
    elif form == "b":
        sp = ni[:2].lower() + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8].lower()
    else:
        sp = ni[0].lower() + " " + ni[1].lower() + " " + ni[2:8] + " " + ni[8].lower()
    c = pos("call/government services: ASR wrote NI number with numerals (%s)" % form)
    g = c.g("NI_NUMBER", ni)
    c.a("can you give me your national insurance number")
    c.c(pick("yes it's ", "it's ", ""), (sp, g), pick("", " and i've paid in since twenty fifteen"))
    return c


def ni_chat_odd():
    ni = make_ni()
    v = pick("%s.%s.%s.%s.%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
             "%s/%s/%s" % (ni[:2], ni[2:8], ni[8]), "%s%s %s" % (ni[:2].lower(), ni[2:8], ni[8]),
             "%s %s %s %s %s" % (ni[:2].lower(), ni[2:4], ni[4:6], ni[6:8], ni[8].lower()),
             "%s %s%s" % (ni[:2], ni[2:8], ni[8].lower()))
    c = pos("chat/%s: NI number typed with unusual separators/case" % pick("government services", "banking", "insurance"))
    g = c.g("NI_NUMBER", ni)
    c.c("hi, re my tax code query - NI ", (v, g), ", ref 20394 on the letter from 14 March")
    c.a("Thanks, I can see the letter.")
    return c


def ni_and_phone_call():
    ni = make_ni()
    n, _ = make_phone("UK")
    l, d, sfx = ni_spoken(ni, pick("plain", "nato"), pick("plain", "runs"))
    c = pos("call/government services: NI number and phone in one turn")
    gn = c.g("NI_NUMBER", ni)
    gp = c.g("PHONE", n)
    c.c("my national insurance is ", (l + " " + d + " " + sfx, gn), " and you can ring me back on ",
        (say_plain(n, "UK", runs=0.5), gp))
    c.a("lovely thank you")
    return c


def ssn_asr_numerals():
    s = make_ssn()
    sp = pick(s[:3] + " " + s[3:5] + " " + s[5:], " ".join(s), s[:3] + " " + s[3:5] + " " + say_plain(s[5:]),
              say_plain(s[:3]) + " " + s[3:5] + " " + s[5:])
    c = pos("call/%s: ASR wrote SSN with numerals in lower-case transcript" % pick("banking", "insurance", "healthcare billing"))
    g = c.g("SSN", s)
    c.a("and the last thing i need is your social")
    c.c(pick("sure it's ", "okay ", "it is "), (sp, g))
    c.a("thank you mister %s" % pick(*LAST))
    return c


def ssn_chat_split():
    s = make_ssn()
    c = pos("chat/%s: SSN typed over two messages" % pick("banking", "government services", "telecom"))
    g = c.g("SSN", s)
    c.a("Please confirm your SSN to continue.")
    c.c(pick("", "ok ", "its "), (s[:3] + pick("-", " ", "") + s[3:5], g), pick("-", "", " ..."))
    c.c((s[5:], g))
    return c


def ssn_dob_call():
    s = make_ssn()
    d, m, y = make_dob()
    y = min(y, 1999)
    c = pos("call/healthcare billing: date of birth and SSN in one turn, pairs style")
    gd = c.g("DOB", (d, m, y))
    gs = c.g("SSN", s)
    c.a("can i get the patient's date of birth and social")
    c.c("okay she was born ", ("%s %s %s" % (MONTHS[m - 1], ORD[d], say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])), gd),
        " and her social is ", (say_hundreds(s[:3]) + " " + say_pair(s[3:5]) + " " + say_pairs(s[5:]), gs))
    return c


def ssn_triple_call():
    a = R.choice("12345678")
    b = R.choice("0123456789")
    s = a * 3 + "%02d" % R.randint(10, 99) + b * 2 + rdig(2)
    if not ssn_ok(s):
        s = "234" + s[3:]
    c = pos("call/banking: SSN with triple and double runs")
    g = c.g("SSN", s)
    c.a("the social security number please")
    c.c(pick("it's ", "okay "), (say_plain(s, runs=1.0), g))
    return c


# ----------------------------------------------------------------------------
# negatives
# ----------------------------------------------------------------------------
def neg_money():
    a = R.randint(11, 9999)
    c = neg("call/%s: money amounts and balances spoken" % pick("banking", "utilities", "telecom"))
    c.a("your current balance is %s pounds and %s pence" % (say_int(a), say_int(R.randint(1, 99))))
    c.c("okay and how much was the last bill")
    c.a("that was %s %s" % (say_int(R.randint(20, 999)), pick("dollars", "euro", "pounds")))
    return c


def neg_order_chat():
    n = rdig(R.randint(6, 10))
    c = neg("chat/retail: order number and price typed")
    c.c("Hi my order #%s hasn't arrived, paid £%d.%02d on the %d%s" % (n, R.randint(5, 400), R.randint(0, 99), R.randint(1, 28), pick("th", "st")))
    c.a("Sorry to hear that. I can see order %s was dispatched at 14:%02d yesterday." % (n, R.randint(0, 59)))
    return c


def neg_ref_call():
    n = rdig(R.randint(6, 10))
    kw = pick("reference number", "ticket number", "claim number", "invoice number", "case number", "order number")
    c = neg("call/%s: %s spoken digit by digit" % (pick("insurance", "retail", "telecom", "utilities"), kw))
    c.a("do you have the %s" % kw)
    c.c("yeah it's %s" % say_plain(n, pick("UK", "US"), runs=0.4))
    c.a("thank you i've got that up")
    return c


def neg_ref_split():
    n = rdig(8)
    c = neg("call/insurance: claim number split across turns")
    c.a("what's the claim number")
    c.c("claim number %s" % say_plain(n[:4]))
    c.a("mhm")
    c.c("%s" % say_plain(n[4:]))
    return c


def neg_appt():
    d = R.randint(1, 28)
    m = R.randint(1, 12)
    c = neg("call/healthcare billing: appointment and payment dates, not birth dates")
    c.a("your appointment is on the %s of %s at %s thirty" % (ORD[d], MONTHS[m - 1], pick("nine", "ten", "two", "four")))
    c.c("and the payment is due on the %s" % ORD[R.randint(1, 28)])
    return c


def neg_dates_chat():
    c = neg("chat/telecom: contract start and renewal dates")
    c.c("My contract started %02d/%02d/%d and the renewal is %d %s %d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2018, 2025),
                                                                       R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize(), R.randint(2026, 2028)))
    c.a("Thanks, your minimum term is 24 months so it ends in %d." % R.randint(2026, 2028))
    return c


def neg_flight():
    c = neg("call/travel: flight number, seat, times and durations")
    fl = pick("b a", "e i", "f r", "u a", "d l")
    c.a("you're booked on %s %s departing at %s" % (fl, say_int(R.randint(100, 999)), pick("six forty five", "ten fifteen", "fourteen twenty")))
    c.c("and how long is the flight")
    c.a("about %s hours %s minutes and you're in seat %s %s" % (say_int(R.randint(2, 11)), say_int(R.randint(5, 55)), say_int(R.randint(3, 40)), pick("a", "c", "f")))
    return c


def neg_meter():
    r = rdig(5)
    c = neg("call/utilities: meter reading digit by digit")
    c.a("can you read me the numbers on the meter")
    c.c("it says %s" % say_plain(r, "UK"))
    c.a("and the night reading")
    c.c("%s" % say_plain(rdig(5), "UK"))
    return c


def neg_meter_chat():
    c = neg("chat/utilities: meter readings, tariff and usage")
    c.c("Meter reading today: %s (day) %s (night). Usage was %d kWh at %.2fp per kWh" % (rdig(5), rdig(5), R.randint(100, 900), R.uniform(20, 35)))
    c.a("Thank you, reading accepted. Your estimated bill is £%d.%02d" % (R.randint(40, 200), R.randint(0, 99)))
    return c


def neg_model():
    c = neg("chat/retail: model and product codes, quantities")
    c.c("I ordered 2 x model %s-%d and 1 x %s%d, total $%d.%02d" % (pick("KX", "HD", "SM", "TV"), R.randint(100, 9999), pick("A", "XR", "Q"), R.randint(10, 900), R.randint(50, 3000), R.randint(0, 99)))
    c.a("I can see %d items on order %s." % (3, rdig(7)))
    return c


def neg_speed():
    c = neg("call/telecom: broadband speeds, percentages and data allowance")
    c.c("i'm only getting %s megs and i'm paying for %s" % (say_int(R.randint(2, 80)), say_int(pick(100, 150, 500, 900))))
    c.a("okay that's about %s percent of the speed and you've used %s gigabytes this month" % (say_int(R.randint(5, 60)), say_int(R.randint(10, 400))))
    return c


def neg_age_temp():
    c = neg("call/healthcare billing: ages, temperature and counts")
    c.c("my son is %s and he's had a temperature of %s point %s for %s days" % (say_int(R.randint(2, 16)), say_int(R.randint(37, 40)), UNITS[R.randint(1, 9)], say_int(R.randint(2, 6))))
    c.a("okay and there's %s people on the policy" % say_int(R.randint(2, 6)))
    return c


def neg_room():
    c = neg("call/travel: hotel room, floor, nights and price")
    c.c("we're in room %s on the %s floor for %s nights" % (say_int(R.randint(101, 950)), ORD[R.randint(1, 12)], say_int(R.randint(2, 9))))
    c.a("the rate is %s euro a night and checkout is at eleven" % say_int(R.randint(80, 400)))
    return c


def neg_years():
    c = neg("call/insurance: years and vehicle details")
    y = R.randint(1998, 2024)
    c.c("it's a %s %s and i've had it since %s" % (say_year(y), pick("ford focus", "honda civic", "golf"), say_year(R.randint(2010, 2025))))
    c.a("and about %s thousand miles a year" % say_int(R.randint(3, 20)))
    return c


def neg_time_chat():
    c = neg("chat/government services: times, durations, counts")
    c.c("I waited %d mins on the phone at %d:%02dpm and was transferred %d times" % (R.randint(10, 90), R.randint(1, 11), R.randint(0, 59), R.randint(2, 5)))
    c.a("Apologies. Our lines are open 8am-6pm, Mon-Fri. Processing takes 10-15 working days.")
    return c


def neg_last4():
    c = neg("call/banking: payment amount and installment count with dates")
    c.a("so that's %s payments of %s pounds starting on the %s of %s" % (say_int(R.randint(3, 24)), say_int(R.randint(10, 300)), ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)]))
    c.c("that's fine and the interest rate is %s percent" % say_int(R.randint(2, 29)))
    return c


def neg_invoice_chat():
    c = neg("chat/healthcare billing: invoice and claim references typed with keywords")
    c.c("Invoice INV-%s and claim no %s - amount due $%d.%02d" % (rdig(6), rdig(R.randint(7, 10)), R.randint(20, 2000), R.randint(0, 99)))
    c.a("Thanks. Claim %s was processed on 11/%02d/2026." % (rdig(8), R.randint(1, 28)))
    return c


def neg_pairs_amount():
    c = neg("call/retail: prices and quantities said as pairs")
    c.c("the price said nineteen ninety nine but i was charged %s %s" % (say_pair(str(R.randint(21, 89))), say_pair(str(R.randint(10, 99)))))
    c.a("i'll refund the difference of %s pounds" % say_int(R.randint(2, 60)))
    return c


def neg_card_talk():
    c = neg("call/%s: talk about card/NI/social without giving any value" % pick("banking", "government services", "retail"))
    c.a("i'll need the sixteen digits on the front and the three digits on the back")
    c.c("hang on i don't have my %s to hand it's on my %s from twenty %s" % (
        pick("national insurance number", "social security card", "card"), pick("p sixty", "tax return", "statement"),
        say_int(R.randint(15, 25))))
    c.a("no problem you can call back any time before %s o'clock" % pick("six", "eight", "nine"))
    return c


def neg_clock_homophones():
    c = neg("call/travel: clock times with to/past, 'two for one' offers")
    c.c("the coach leaves at %s to %s and gets in at %s past %s" % (pick("twenty", "ten", "five", "quarter"), UNITS[R.randint(2, 9)],
                                                                  pick("twenty", "ten", "five", "half"), UNITS[R.randint(1, 9)]))
    c.a("yes and there's a two for one offer on tickets for %s to %s year olds" % (say_int(R.randint(5, 12)), say_int(R.randint(13, 17))))
    return c


def neg_big_amount():
    a = R.randint(1001, 99999)
    c = neg("call/insurance: large amounts, excess and premium")
    c.a("the claim was settled for %s pounds and the excess is %s" % (say_int(a) if a < 10000 else say_int(a // 1000) + " thousand " + say_int(a % 1000), say_int(R.randint(100, 999))))
    c.c("and the premium is going up %s percent to %s %s a month" % (say_int(R.randint(3, 30)), say_int(R.randint(20, 90)), pick("pounds", "euro", "dollars")))
    return c


def neg_years_tenure():
    y = R.randint(1985, 2010)
    c = neg("call/telecom: customer tenure, years and counts")
    c.c("i've been with you since %s that's over %s years and i've got %s lines" % (
        say_year(y), say_int(2026 - y), say_int(R.randint(2, 6))))
    c.a("thank you for your loyalty i can offer %s percent off for %s months" % (say_int(R.randint(10, 40)), say_int(pick(6, 12, 18, 24))))
    return c


def neg_chat_refs():
    c = neg("chat/travel: booking reference, flight, gate, times and price")
    c.c("Booking ref %s%d, flight %s%d on %d %s departing %02d:%02d, gate %d%s. Paid €%d.%02d" % (
        pick("XK", "QZ", "PLM"), R.randint(1000, 99999), pick("FR", "EI", "BA", "LH"), R.randint(100, 9999), R.randint(1, 28),
        MON3[R.randint(0, 11)].capitalize(), R.randint(5, 22), R.randint(0, 59), R.randint(1, 60), pick("A", "B", ""),
        R.randint(40, 900), R.randint(0, 99)))
    c.a("Thanks, I can see booking for 2 adults and 1 child, 23kg bag included.")
    return c


NEG_T = [neg_card_talk, neg_clock_homophones, neg_big_amount, neg_years_tenure, neg_chat_refs, neg_money, neg_order_chat, neg_ref_call, neg_ref_split, neg_appt, neg_dates_chat, neg_flight,
         neg_meter, neg_meter_chat, neg_model, neg_speed, neg_age_temp, neg_room, neg_years,
         neg_time_chat, neg_last4, neg_invoice_chat, neg_pairs_amount]

POS_PLAN = [
    (card_chat, 9), (card_call_single, 8), (card_call_split, 4), (card_call_readback, 3),
    (card_call_correction, 3), (card_call_filler, 3), (card_with_exp_cvv_call, 6), (card_with_exp_cvv_chat, 6),
    (ni_chat, 10), (ni_call_single, 12), (ni_call_split, 5), (ni_call_readback, 3), (ni_call_correction, 3),
    (ni_chat_split, 3), (ni_with_dob_call, 3),
    (ssn_chat, 10), (ssn_call_single, 12), (ssn_call_split, 5), (ssn_call_readback, 3),
    (ssn_call_correction, 3), (ssn_call_chitchat, 3),
    (phone_chat, 7), (phone_call, 7), (phone_split, 3),
    (email_chat, 7), (email_call, 7),
    (dob_chat, 7), (dob_call, 7),
    (postcode_call_uk, 6), (address_chat, 9), (address_call, 8),
    (bank_call, 7), (bank_chat, 7), (us_account_call, 3),
    (iban_chat, 9), (iban_call, 5),
    (cvv_exp_call, 6),
    (card_asr_numerals, 6), (card_chat_split, 3), (card_and_phone_call, 3), (card_pairs_mixed_call, 3),
    (ni_asr_numerals, 5), (ni_chat_odd, 5), (ni_and_phone_call, 3),
    (ssn_asr_numerals, 5), (ssn_chat_split, 3), (ssn_dob_call, 3), (ssn_triple_call, 3),
]


# ----------------------------------------------------------------------------
# normalisation / validation
# ----------------------------------------------------------------------------
W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"})
TEEN2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2D = {w: str(i) for i, w in enumerate(TENS) if w}
LET = {v: k.upper() for k, v in LNAME.items()}
LET.update({"sea": "C", "tea": "T", "be": "B", "zee": "Z", "haitch": "H"})
FILLER = {"um", "uh", "erm", "er", "sorry", "no", "wait", "hang", "on", "and", "then",
          "dash", "slash", "plus", "start", "that", "part", "again", "oh sorry"}
NATO_ALL = set(NATO.values()) | set(NATO_ALT.values())


def normalise(text, letters=True):
    s = text.lower()
    s = re.sub(r"\b([a-z]) (?:for|as in) ([a-z\-]+)", lambda m: m.group(1) if m.group(2)[0] == m.group(1) else m.group(0), s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    toks = s.split()
    out = []
    i = 0
    rep = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        piece = None
        if t == "double":
            rep = 2
        elif t == "triple":
            rep = 3
        elif t == "hundred":
            if nxt in TENS2D or nxt in TEEN2D:
                pass
            elif nxt == "and":
                pass
            elif nxt in W2D:
                piece = "0"
            else:
                piece = "00"
        elif t in TENS2D:
            if nxt in W2D and W2D[nxt] != "0" and nxt not in ("for", "to", "too", "ate", "won"):
                piece = TENS2D[t] + W2D[nxt]
                i += 1
            else:
                piece = TENS2D[t] + "0"
        elif t in TEEN2D:
            piece = TEEN2D[t]
        elif t in W2D:
            piece = W2D[t]
        elif t.isdigit():
            piece = t
        elif t in FILLER:
            pass
        elif letters and t in LET:
            piece = LET[t]
        elif letters and len(t) == 1:
            piece = t.upper()
        elif re.match(r"^[a-z0-9]+$", t) and any(ch.isdigit() for ch in t):
            piece = t.upper()
        elif letters and len(t) <= 4 and t.isalpha() and t not in NATO_ALL:
            piece = t.upper()
        if piece is not None:
            out.append(piece[0] * rep + piece[1:])
            rep = 1
        i += 1
    return "".join(out)


def norm_email(text):
    s = text.lower().strip()
    if "@" in s:
        return s
    toks = s.split()
    out = []
    for t in toks:
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in W2D:
            out.append(W2D[t])
        else:
            out.append(t)
    return "".join(out)


def validate_value(typ, canon, text):
    """returns error string or None; text = concatenation of the group's span texts."""
    if typ == "EMAIL":
        e = norm_email(text)
        if not re.match(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$", e):
            return "bad email %r" % e
        return None if e == canon else "email mismatch %r != %r" % (e, canon)
    if typ == "ADDRESS":
        words = text.lower().replace(",", " ").split()
        if not words or words[-1] not in SUFFIX:
            return "address must end with street suffix: %r" % text
        if not any(w.isdigit() or w in W2D or w in TENS2D or w in TEEN2D for w in words):
            return "address without house number"
        return None
    if typ == "DOB":
        d, m, y = canon
        n = normalise(text, letters=False)
        if not (1 <= m <= 12 and 1 <= d <= 31 and 1900 < y < 2010):
            return "bad dob canon"
        if str(y)[2:] not in n and str(y) not in n and UNITS[y - 2000 if y >= 2000 else 0] not in text:
            return "dob year missing %r" % n
        return None
    n = normalise(text)
    c = canon
    if typ == "CARD_NUMBER":
        ok = c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    elif typ == "NI_NUMBER":
        ok = bool(NI_RE.match(c)) and c[:2] not in NI_BAD
    elif typ == "SSN":
        ok = ssn_ok(c)
    elif typ == "IBAN":
        ok = iban_ok(c)
    elif typ == "SORT_CODE":
        ok = c.isdigit() and len(c) == 6
    elif typ == "BANK_ACCOUNT":
        ok = c.isdigit() and 6 <= len(c) <= 12
    elif typ == "CVV":
        ok = c.isdigit() and len(c) in (3, 4)
    elif typ == "PHONE":
        ok = c.isdigit() and 10 <= len(c) <= 13
        n = n.lstrip("+")
        if n.startswith("0044"):
            n = "0" + n[4:]
        elif n.startswith("44") and len(n) == 12:
            n = "0" + n[2:]
        elif n.startswith("353"):
            n = "0" + n[3:]
        elif n.startswith("33") and len(n) == 11:
            n = "0" + n[2:]
        elif n.startswith("1") and len(n) == 11:
            n = n[1:]
    elif typ == "EXPIRY":
        ok = len(c) == 4 and 1 <= int(c[:2]) <= 12
        for k, mname in enumerate(MONTHS):
            if mname in text.lower():
                n = "%02d" % (k + 1) + normalise(text.lower().replace(mname, ""), letters=False)[-2:]
        if len(n) == 6 and n[2:4] == "20":
            n = n[:2] + n[4:]
        if len(n) == 3:
            n = "0" + n
    elif typ == "POSTCODE":
        ok = bool(UK_PC_RE.match(c) or ZIP_RE.match(c))
    else:
        return "unknown type"
    if not ok:
        return "invalid canonical %s %r" % (typ, c)
    if n != c:
        return "normalised %r != canonical %r (%s)" % (n, c, typ)
    return None


# ----------------------------------------------------------------------------
def build():
    R.seed(SEED)
    POS.clear()
    NEG.clear()
    for fn, k in POS_PLAN:
        for _ in range(k):
            fn()
    for _ in range(6):
        for fn in NEG_T:
            fn()
    pos_cases = POS[:]
    R.shuffle(pos_cases)
    neg_cases = NEG[:]
    R.shuffle(neg_cases)
    out = []
    for i, c in enumerate(pos_cases):
        c.id = "h96-pos-%03d" % (i + 1)
        out.append(c)
    for i, c in enumerate(neg_cases):
        c.id = "h96-neg-%03d" % (i + 1)
        out.append(c)
    return out


def to_jsonl(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns,
                                 "spans": sorted(c.spans, key=lambda s: (s["turn"], s["start"])),
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    cnt = Counter()
    for c in cases:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def readme(cases):
    cnt = counts(cases)
    npos = sum(c.kind == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set 96

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures and changing the redactor to fix them invalidates it.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation or its benchmarks; the
only existing data consulted was a three-line example of the JSONL format.
Cases are produced by `scripts/make_pii_holdout96.py` from template functions:
each turn is assembled from plain-text segments and (value, TYPE) segments, so
span offsets are computed, never typed by hand. All values come from one
`random.Random(%d)`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout96.py --check` regenerates the set and verifies it
is identical, ids are unique, offsets are in range and on word boundaries, spans
do not overlap, and each value validates after normalising spoken forms (Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit
counts for CVV/phone/account, postcode shapes).

Emphasis: CARD_NUMBER, NI_NUMBER and SSN in every form the author could think of:
typed with odd separators (spaces, dashes, dots, slashes, none), lower case,
spoken digit by digit with oh/o/zero/nought, double/triple, pairs ("forty one
eleven"), hundreds ("four fifty one"), ASR homophones (for/to/ate/won), NATO and
letter-name spellings ("j for juliet", "jay", "bee"), values split over several
customer turns with agent back-channels, self-corrections, fillers inside a
reading, agent read-backs, and values mixed with non-PII numbers.

## Annotation conventions

* A span runs from the first to the last character of the value as written.
  Lead-ins ("it's", "my social is") and trailing words are outside.
* Spoken values: the span covers all number words of the value. Fillers
  ("um", "hang on"), spelling aids ("b for bravo"), "dash"/"slash" and
  self-corrections ("... sorry ...") that occur *inside* a reading are inside the
  span (every letter/digit of the span must be redacted).
* A value split across turns gets one span per turn (the back-channel turns
  in between have no span).
* Agent read-backs are labelled like the customer's reading.
* EXPIRY covers month and year only; CVV the code only; DOB the whole date
  phrase (including "the ... of"); ADDRESS the house/flat number through the
  street type (city and postcode outside; postcode is its own POSTCODE span).
* PHONE includes a spoken international prefix ("plus four four", "double oh
  four four") and the digits of a typed one ("+44 ..."); the "+" sign itself is
  not a letter/digit and is left just outside the span.
* Negatives contain lookalikes (amounts, balances, times, durations, counts,
  years, percentages, non-birth dates, order/ticket/claim/invoice/reference
  numbers of up to 10 digits said with their keyword, flight/room/model numbers,
  meter readings, speeds, ages, temperatures) and must have nothing redacted.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def check(cases, text):
    errs = []
    with open(CASES, encoding="utf-8") as f:
        ftext = f.read()
    if ftext != text:
        errs.append("cases.jsonl differs from regenerated output")
    with open(README, encoding="utf-8") as f:
        if f.read() != readme(cases):
            errs.append("README.md differs from regenerated output")
    ids = [c.id for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for line in ftext.splitlines():
        try:
            obj = json.loads(line)
        except ValueError:
            errs.append("unparseable line")
            continue
        if set(obj) != {"id", "kind", "turns", "spans", "note"} or obj["kind"] not in ("positive", "negative"):
            errs.append("%s: bad keys/kind" % obj.get("id"))
        if obj["kind"] == "negative" and obj["spans"]:
            errs.append("%s: negative with spans" % obj["id"])
        if obj["kind"] == "positive" and not obj["spans"]:
            errs.append("%s: positive without spans" % obj["id"])
        for t in obj["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append("%s: bad speaker" % obj["id"])
        prev = {}
        for s in sorted(obj["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (obj["id"], s["type"]))
            if not 0 <= s["turn"] < len(obj["turns"]):
                errs.append("%s: turn out of range" % obj["id"])
                continue
            tx = obj["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s: offsets out of range" % obj["id"])
                continue
            if not (tx[a].isalnum() and tx[b - 1].isalnum()):
                errs.append("%s: span %r not trimmed" % (obj["id"], tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (obj["id"], tx[a:b]))
            if s["turn"] in prev and a < prev[s["turn"]]:
                errs.append("%s: overlapping spans" % obj["id"])
            prev[s["turn"]] = b
    for c in cases:
        for g in c.groups:
            if not g["spans"]:
                errs.append("%s: empty group" % c.id)
                continue
            pieces = []
            for k in g["spans"]:
                s = c.spans[k]
                pieces.append(c.turns[s["turn"]]["text"][s["start"]:s["end"]])
            if g["type"] in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
                e = validate_value(g["type"], g["canon"], " ".join(pieces))
            elif g["corr"]:
                # self-corrected / free-form readings: validate canonical, and that the
                # normalised reading ends with the canonical tail
                e = validate_value(g["type"], g["canon"], g["canon"])
                n = normalise(" ".join(pieces))
                if e is None and g["type"] == "PHONE":
                    e = validate_value("PHONE", g["canon"], " ".join(pieces))
                elif e is None and not n.endswith(g["canon"][-4:]):
                    e = "corrected reading %r does not end with %r" % (n, g["canon"][-4:])
            else:
                n = "".join(normalise(p) for p in pieces)
                e = validate_value(g["type"], g["canon"], n)
            if e:
                errs.append("%s: %s" % (c.id, e))
    cnt = counts(cases)
    npos = sum(c.kind == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("type %s has %d spans < %d" % (t, cnt[t], need))
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    if errs:
        for e in errs[:80]:
            print("ERROR", e)
        print("%d problem(s)" % len(errs))
        return 1
    print("check OK")
    return 0


def main():
    cases = build()
    text = to_jsonl(cases)
    if "--check" in sys.argv[1:]:
        sys.exit(check(cases, text))
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()

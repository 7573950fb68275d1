#!/usr/bin/env python3
"""Generate the pii_holdout543 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) without sight of the
redaction engine. Standard library only, single seeded generator.

Usage:
    python scripts/make_pii_holdout543.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout543.py --check  # regenerate and validate
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout543")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(543241125)

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZERO_WORDS = {"zero", "oh", "o", "nought", "nil"}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3].title() for m in MONTHS]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
INFORMAL = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward", "g": "george",
            "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nellie",
            "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
            "x": "xmas", "y": "yellow", "z": "zebra", "q": "queen"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["whisky"] = "w"
NATO_REV["x-ray"] = "x"


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else R.choice([" ", "-"]) + UNITS[u])


def dword(d, zero):
    return zero if d == "0" else UNITS[int(d)]


def say_digits(ds, zero="oh", pairs=0.15, doubles=0.5, hundreds=0.0, fill=0.0):
    items = []
    i, n = 0, len(ds)
    while i < n:
        d = ds[i]
        r = R.random()
        if i + 2 < n and ds[i] == ds[i + 1] == ds[i + 2] and r < doubles * 0.6:
            items.append("triple " + dword(d, zero)); i += 3; continue
        if i + 1 < n and ds[i] == ds[i + 1] and r < doubles:
            items.append("double " + dword(d, zero)); i += 2; continue
        r = R.random()
        if i + 3 == n and d != "0" and r < hundreds:
            xy = ds[i + 1:i + 3]
            if xy != "00" and not (xy[0] >= "2" and xy[1] == "0"):
                items.append(UNITS[int(d)] + " hundred and " + num_words(int(xy)))
                i += 3; continue
        r = R.random()
        if i + 1 < n and d != "0" and r < pairs:
            xy = ds[i:i + 2]
            if xy[0] == "1" or xy[1] != "0":
                items.append(num_words(int(xy))); i += 2; continue
        items.append(dword(d, zero)); i += 1
    out = []
    for k, it in enumerate(items):
        if 0 < k and R.random() < fill:
            out.append(R.choice(["um", "uh", "er", "erm"]))
        out.append(it)
    return " ".join(out)


def say_grouped(ds, groups, sep=None, **kw):
    parts, i = [], 0
    for g in groups:
        if ds[i:i + g]:
            parts.append(say_digits(ds[i:i + g], **kw))
        i += g
    if i < len(ds):
        parts.append(say_digits(ds[i:], **kw))
    if sep is None:
        sep = R.choice([" ", ", ", " ", "... "])
    return sep.join(parts)


def say_alnum(s, zero="oh", nato=0.3, **kw):
    out, buf = [], ""
    for ch in s.lower():
        if ch.isdigit():
            buf += ch; continue
        if buf:
            out.append(say_digits(buf, zero=zero, **kw)); buf = ""
        if ch == " ":
            continue
        r = R.random()
        if ch == "o" or ch == "i" or r < nato * 0.5:
            out.append(ch + " for " + (INFORMAL.get(ch, NATO[ch]) if R.random() < 0.3 else NATO[ch]))
        elif r < nato:
            out.append(NATO[ch])
        else:
            out.append(ch)
    if buf:
        out.append(say_digits(buf, zero=zero, **kw))
    return " ".join(out)


def grp(ds, groups, sep=" "):
    parts, i = [], 0
    for g in groups:
        parts.append(ds[i:i + g]); i += g
    if i < len(ds):
        parts.append(ds[i:])
    return sep.join(p for p in parts if p)


# ---------------------------------------------------------------- values
def luhn_ok(ds):
    tot = 0
    for k, c in enumerate(reversed(ds)):
        v = int(c)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "visa"])
    if kind == "visa":
        pre, ln = "4" + str(R.randint(0, 9)), 16
    elif kind == "mc":
        pre, ln = str(R.randint(51, 55)), 16
    elif kind == "amex":
        pre, ln = R.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, ln = "6011", 16
    elif kind == "visa13":
        pre, ln = "4", 13
    else:
        pre, ln = R.choice(["6759", "4"]), 19
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(ds):
    return {13: [4, 4, 5], 15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[len(ds)]


def make_ssn():
    a = R.choice([R.randint(1, 665), R.randint(667, 899)])
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def make_ni():
    while True:
        p = R.choice("ABCEGHJKLMNPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ")
        v = p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")
        if NI_RE.match(v):
            return v


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(v):
    s = v[4:] + v[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


def digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def make_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "LOYD", "HBUK", "BUKB"]) + digits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABO", "INGB"]) + digits(10)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "ES":
        bban = digits(20)
    else:
        bban = digits(23)
    return cc + iban_check(cc, bban) + bban


def make_phone():
    k = R.choice(["ukmob", "ukmob", "ukland", "us", "us", "ie", "de", "fr"])
    if k == "ukmob":
        nat = "07" + R.choice(["700", "911", "845", "723", "398"]) + digits(6)
        intl = "+44" + nat[1:]
        return nat, intl, [5, 6], [3, 4, 6]
    if k == "ukland":
        nat = R.choice(["0161", "0121", "0113", "0117", "0131"]) + digits(7, True)
        return nat, "+44" + nat[1:], [4, 3, 4], [2, 3, 3, 4]
    if k == "us":
        nat = str(R.randint(201, 989)) + str(R.randint(2, 9)) + digits(2) + digits(4)
        return nat, "+1" + nat, [3, 3, 4], [1, 3, 3, 4]
    if k == "ie":
        nat = "08" + R.choice("35679") + digits(7, True)
        return nat, "+353" + nat[1:], [3, 3, 4], [3, 2, 3, 4]
    if k == "de":
        nat = "0" + R.choice(["30", "40", "89", "151"]) + digits(8, True)
        return nat, "+49" + nat[1:], [len(nat) - 8, 8], [2, len(nat) - 9, 8]
    nat = "06" + digits(8)
    return nat, "+33" + nat[1:], [2, 2, 2, 2, 2], [2, 1, 2, 2, 2, 2]


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "chloe", "darragh", "emily",
         "oluwaseun", "grace", "tom", "niamh", "carlos", "hannah", "wei", "fatima", "jack",
         "zoe", "patrick", "siobhan", "marek", "lucy", "dev"]
LAST = ["doe", "smith", "okafor", "murphy", "patel", "kowalski", "nguyen", "obrien", "walsh",
        "jones", "garcia", "fitzgerald", "khan", "brennan", "taylor", "reilly", "chen", "evans"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "web.de", "proton.me"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    st = R.randint(0, 5)
    if st == 0:
        loc = f + "." + l
    elif st == 1:
        loc = f[0] + l + str(R.randint(1, 99))
    elif st == 2:
        loc = f + "_" + l
    elif st == 3:
        loc = f + l[0] + str(R.randint(60, 99))
    elif st == 4:
        loc = f[0] + "." + l
    else:
        loc = l + "." + f + str(R.randint(1, 9))
    return loc + "@" + R.choice(DOMAINS)


def say_email(e):
    loc, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", loc):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok.isdigit():
            parts.append(num_words(int(tok)) if len(tok) == 2 and tok[0] != "0" else say_digits(tok))
        elif len(tok) <= 2:
            parts.append(" ".join(tok))
        elif R.random() < 0.2:
            parts.append(tok + " " + " ".join(tok))  # name then spelled? keep value clean
            parts[-1] = " ".join(tok)
        else:
            parts.append(tok)
    dparts = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + dparts


STREETS = ["Hawthorn", "Kingsley", "Mill", "Church", "Station", "Victoria", "Orchard", "Elm",
           "Maple", "Castle", "Riverside", "Chapel", "Beech", "Park", "Albert", "Willow",
           "Meadow", "Oak", "Highfield", "Sycamore", "Cedar", "Lakeview", "Pine"]
SUFFIX = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Way", "Crescent", "Terrace",
          "Grove", "Gardens", "Court", "Place"]
US_SUFFIX = ["Street", "Avenue", "Drive", "Boulevard", "Lane", "Court", "Road"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Reading", "Croydon", "Edinburgh", "Bath"]
TOWNS_US = ["Springfield", "Austin", "Columbus", "Portland", "Madison", "Albany"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin 8", "Sligo"]

UK_AREAS1 = ["M", "B", "L", "G", "E", "N", "S"]
UK_AREAS2 = ["SW", "SE", "LS", "BS", "CF", "EH", "CR", "RG", "OX", "NE", "BA", "DN", "NG"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_pc():
    st = R.randint(0, 4)
    if st == 0:
        out = R.choice(UK_AREAS1) + str(R.randint(1, 9))
    elif st == 1:
        out = R.choice(UK_AREAS1) + str(R.randint(10, 40))
    elif st == 2:
        out = R.choice(UK_AREAS2) + str(R.randint(1, 9))
    elif st == 3:
        out = R.choice(UK_AREAS2) + str(R.randint(10, 29))
    else:
        out = R.choice(["SW1A", "EC1A", "W1D", "WC2H", "SE1P"])
    return out + " " + str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z if R.random() < 0.8 else z + "-" + digits(4)


def make_dob():
    return R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)


def say_year(y):
    if y >= 2000:
        if y == 2000:
            return "two thousand"
        if y < 2010:
            return "two thousand and " + UNITS[y - 2000]
        return R.choice(["twenty " + num_words(y - 2000), "two thousand and " + num_words(y - 2000)])
    return "nineteen " + num_words(y - 1900) if y % 100 >= 10 else "nineteen oh " + UNITS[y % 10]


def dob_text(y, m, d, asr):
    if asr:
        st = R.randint(0, 4)
        if st == 0:
            return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y)
        if st == 1:
            return MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y)
        if st == 2:
            return ORD[d] + " " + MONTHS[m - 1] + " " + (num_words(y % 100) if y % 100 >= 10 else say_year(y))
        if st == 3:
            return say_digits("%02d" % d, doubles=0, pairs=0) + " " + say_digits("%02d" % m, doubles=0, pairs=0) + " " + say_year(y)
        return ORD[d] + " of the " + ORD[m] + " " + say_year(y)
    st = R.randint(0, 5)
    if st == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if st == 1:
        return "%d %s %d" % (d, MON3[m - 1], y)
    if st == 2:
        return "%s %d, %d" % (MONTHS[m - 1].title(), d, y)
    if st == 3:
        return "%d-%02d-%02d" % (y, m, d)
    if st == 4:
        return "%02d.%02d.%02d" % (d, m, y % 100)
    return "%d/%d/%d" % (m, d, y)


def expiry_text(asr):
    m, y = R.randint(1, 12), R.randint(25, 33)
    if asr:
        st = R.randint(0, 3)
        if st == 0:
            return say_digits("%02d" % m, pairs=0, doubles=0) + " " + num_words(y)
        if st == 1:
            return MONTHS[m - 1] + " " + R.choice(["", "twenty "]) + num_words(y)
        if st == 2:
            return (UNITS[m] if m < 10 else num_words(m)) + " " + num_words(y)
        return say_digits("%02d" % m, pairs=0, doubles=0) + " slash " + num_words(y)
    st = R.randint(0, 4)
    if st == 0:
        return "%02d/%02d" % (m, y)
    if st == 1:
        return "%02d/20%02d" % (m, y)
    if st == 2:
        return "%02d%02d" % (m, y)
    if st == 3:
        return "%s %02d" % (MON3[m - 1], y)
    return "%d-%02d" % (m, y)


# ---------------------------------------------------------------- case model
class Case:
    def __init__(self, kind, note, asr):
        self.kind, self.note, self.asr = kind, note, asr
        self.turns, self.spans, self.groups = [], [], {}

    def val(self, typ, canon=None, partial=False):
        gid = len(self.groups)
        self.groups[gid] = (typ, canon, partial)
        return gid

    def t(self, speaker, *segs):
        text, idx = "", len(self.turns)
        for s in segs:
            if isinstance(s, tuple):
                v, gid = s
                if self.asr:
                    v = v.lower()
                self.spans.append({"turn": idx, "start": len(text), "end": len(text) + len(v),
                                   "type": self.groups[gid][0], "_gid": gid})
                text += v
            else:
                text += s.lower() if self.asr else s
        self.turns.append({"speaker": speaker, "text": text})
        return self


COMPANIES = {
    "banking": ["Northbridge Bank", "Harbour Savings", "Cedar Ridge Credit Union", "Liffey Bank"],
    "telecom": ["Skyline Mobile", "Volt Telecom", "Emerald Broadband"],
    "utilities": ["Brightwater Energy", "Eastfield Water", "Keystone Gas & Electric"],
    "retail": ["Marlow & Finch", "ShopWise", "Kerrigan's Home Store"],
    "insurance": ["Sentinel Insurance", "Blue Harbour Mutual"],
    "travel": ["Aerlink Airways", "Bluewave Holidays", "Continental Rail Tours"],
    "healthcare billing": ["St Anne's Patient Billing", "MedPay Billing Services"],
    "government": ["the council tax office", "the vehicle licensing helpline", "the benefits helpline"],
}


def company():
    ind = R.choice(list(COMPANIES))
    return ind, R.choice(COMPANIES[ind])


def greet(c, asr):
    ind, co = company()
    g = R.choice(["Thanks for calling %s, you're through to Dan, how can I help?",
                  "Hi, welcome to %s chat. What can I help with today?",
                  "Good morning, %s, Priya speaking.",
                  "Hello you're through to %s, can I take your name please?"]) % co
    if asr:
        g = re.sub(r"[,.?']", "", g)
    c.t("agent", g)
    return ind


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah", "got that", "and the next bit"]
LEADS_CARD = ["my card number is ", "it's ", "the long number is ", "ok so it's ", "card is ",
              "right, the card number, ", "it is ", "yeah so "]
LEADS_CARD_T = ["card no: ", "Card number - ", "crad num ", "here it is ", "CC: ", "card = ",
                "the card is ", "pls charge ", "my card no is "]


def zero_word():
    return R.choice(["oh", "oh", "zero", "o", "nought", "zero"])


def spoken(ds, groups=None, fill=0.1, pairs=0.15, hundreds=0.0):
    z = zero_word()
    if groups:
        return say_grouped(ds, groups, zero=z, fill=fill, pairs=pairs, hundreds=hundreds)
    return say_digits(ds, zero=z, fill=fill, pairs=pairs, hundreds=hundreds)


def typed_card(ds):
    st = R.randint(0, 5)
    g = card_groups(ds)
    if st == 0:
        return grp(ds, g, " ")
    if st == 1:
        return grp(ds, g, "-")
    if st == 2:
        return ds
    if st == 3:
        return grp(ds, [4, 4], " ")  # odd grouping
    if st == 4:
        return grp(ds, [3, 3, 3, 3, 3, 3, 3], " ")
    return grp(ds, g, "  ")


# ---------------------------------------------------------------- positive generators
def pos_card_typed():
    c = Case("positive", "typed chat card with expiry and CVV", False)
    greet(c, False)
    ds = make_card()
    g = c.val("CARD_NUMBER", ds)
    e = c.val("EXPIRY")
    v = c.val("CVV", digits(4 if len(ds) == 15 else 3))
    if R.random() < 0.5:
        c.t("customer", R.choice(LEADS_CARD_T), (typed_card(ds), g), R.choice([" exp ", ", expiry: ", " exp date "]),
            (expiry_text(False), e), R.choice([" cvv ", " sec code ", ", CVC: "]), (c.groups[v][1], v))
    else:
        c.t("customer", R.choice(LEADS_CARD_T), (typed_card(ds), g))
        c.t("agent", "Thanks. And the expiry date and the 3 or 4 digit security code on the back?")
        c.t("customer", (expiry_text(False), e), R.choice([" and ", " / ", ", code is "]), (c.groups[v][1], v))
    c.note = "typed card number (%d digits) with expiry and CVV" % len(ds)
    return c


def pos_card_spoken():
    c = Case("positive", "", True)
    ind = greet(c, True)
    ds = make_card()
    g = c.val("CARD_NUMBER", ds)
    c.t("customer", "hi yeah i want to pay my bill")
    c.t("agent", "no problem can i take the long card number please")
    c.t("customer", R.choice(LEADS_CARD), (spoken(ds, card_groups(ds), fill=0.12, pairs=0.2), g))
    if R.random() < 0.6:
        e = c.val("EXPIRY")
        c.t("agent", "and the expiry")
        c.t("customer", R.choice(["", "uh ", "it's "]), (expiry_text(True), e))
    v = c.val("CVV", digits(4 if len(ds) == 15 else 3))
    c.t("agent", "and the security code" if len(ds) == 15 else "and the last three digits on the back")
    c.t("customer", R.choice(["", "it's ", "yeah "]), (spoken(c.groups[v][1], hundreds=0.5, pairs=0.3), v))
    c.note = "ASR single-turn card reading (%s), expiry and CVV" % ind
    return c


def pos_card_split():
    c = Case("positive", "", True)
    ind = greet(c, True)
    ds = make_card()
    gr = card_groups(ds)
    c.t("agent", "can you read me the card number when you're ready")
    i = 0
    gids = c.val("CARD_NUMBER", ds)
    for k, n in enumerate(gr):
        chunk = ds[i:i + n]; i += n
        lead = R.choice(["", "", "okay ", "uh "]) if k == 0 else R.choice(["", "", "then "])
        c.t("customer", lead, (spoken(chunk, fill=0.1, pairs=0.25), gids))
        if k < len(gr) - 1:
            c.t("agent", R.choice(BACK))
    if R.random() < 0.6:
        rb = c.val("CARD_NUMBER", ds)
        c.t("agent", "let me read that back ", (spoken(ds, gr, fill=0, pairs=0.05), rb), " is that right")
        c.t("customer", R.choice(["yes", "yep that's it", "correct"]))
        c.note = "ASR card split over %d customer turns with back-channels and agent read-back (%s)" % (len(gr), ind)
    else:
        c.note = "ASR card split over %d customer turns with back-channels (%s)" % (len(gr), ind)
    if R.random() < 0.3:
        l4 = c.val("CARD_NUMBER", ds[-4:], partial=True)
        c.t("agent", "lovely so that's the card ending ", (spoken(ds[-4:], fill=0), l4), " for forty two pounds fifty")
        c.note += "; last four repeated after full card (labelled)"
    return c


def pos_card_restart():
    c = Case("positive", "", True)
    greet(c, True)
    ds = make_card()
    cut = R.randint(3, 6)
    frag = c.val("CARD_NUMBER", ds[:cut], partial=True)
    full = c.val("CARD_NUMBER", ds)
    c.t("customer", "right the card is ", (spoken(ds[:cut], fill=0), frag),
        R.choice([" no hang on sorry let me start again ", " wait that's the wrong card um ", " sorry i lost my place "]),
        (spoken(ds, card_groups(ds), fill=0.08), full))
    c.t("agent", "thank you")
    c.note = "ASR restarted card reading: abandoned fragment and full reading both labelled"
    return c


def pos_card_aside():
    c = Case("positive", "", True)
    greet(c, True)
    ds = make_card()
    cut = R.choice([4, 8])
    g = c.val("CARD_NUMBER", ds)
    aside = R.choice([" sorry the dog's going mad hang on ", " hold on my glasses ", " kids be quiet mummy's on the phone ",
                      " can you hear me okay yeah ", " sorry someone's at the door "])
    c.t("customer", "it's ", (spoken(ds[:cut], fill=0.05), g), aside, (spoken(ds[cut:], [4, 4, 4], fill=0.05), g))
    c.t("agent", "no worries i got all of that")
    c.note = "ASR card reading interrupted by an aside (two spans, aside unlabelled)"
    return c


def pos_card_email():
    c = Case("positive", "customer e-mail with card and billing address", False)
    ds = make_card()
    g = c.val("CARD_NUMBER", ds)
    a = c.val("ADDRESS")
    p = c.val("POSTCODE")
    num, street = R.randint(1, 240), R.choice(STREETS) + " " + R.choice(SUFFIX)
    pc = make_uk_pc()
    c.t("customer", "Subject: payment for order 55120\n\nHi,\nPlease take the balance from my card ",
        (typed_card(ds), g), ". Billing address is ", ("%d %s" % (num, street), a), ", " + R.choice(TOWNS_UK) + " ",
        (pc if R.random() < 0.7 else pc.lower(), p), ".\nThanks, " + R.choice(FIRST).title())
    c.t("agent", "Thanks for your email, the payment has been taken and your receipt is attached.")
    return c


def pos_ssn():
    asr = R.random() < 0.55
    c = Case("positive", "", asr)
    greet(c, asr)
    s = make_ssn()
    g = c.val("SSN", s)
    if asr:
        c.t("agent", "for security can i get your social security number")
        st = R.randint(0, 2)
        if st == 0:
            c.t("customer", R.choice(["sure it's ", "yeah ", "", "okay "]), (spoken(s, [3, 2, 4], fill=0.1, pairs=0.2), g))
            c.note = "ASR SSN in one turn"
        elif st == 1:
            c.t("customer", (spoken(s[:3], fill=0), g))
            c.t("agent", R.choice(BACK))
            c.t("customer", (spoken(s[3:5], fill=0, pairs=0.4), g))
            c.t("agent", R.choice(BACK))
            c.t("customer", (spoken(s[5:], fill=0.1, pairs=0.3), g))
            c.note = "ASR SSN split 3-2-4 over customer turns"
        else:
            c.t("customer", "the last four or the whole thing")
            c.t("agent", "the whole number please")
            c.t("customer", "ok ", (spoken(s, [3, 2, 4], fill=0.05), g))
            rb = c.val("SSN", s)
            c.t("agent", "thanks so ", (spoken(s, [3, 2, 4], fill=0, pairs=0), rb), " yeah")
            c.note = "ASR SSN with agent read-back"
        if R.random() < 0.4:
            d = c.val("DOB")
            c.t("agent", "and your date of birth")
            c.t("customer", (dob_text(*make_dob(), asr=True), d))
            c.note += " plus DOB"
    else:
        fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"])
        txt = fmt % (s[:3], s[3:5], s[5:])
        d = c.val("DOB")
        c.t("customer", R.choice(["SSN: ", "my ssn is ", "Social: ", "ss# ", "social security no. "]), (txt, g),
            R.choice([" dob ", ", born ", " and DOB is "]), (dob_text(*make_dob(), asr=False), d))
        c.note = "typed SSN with DOB"
    return c


def pos_ni():
    asr = R.random() < 0.55
    c = Case("positive", "", asr)
    greet(c, asr)
    ni = make_ni()
    g = c.val("NI_NUMBER", ni)
    if asr:
        c.t("agent", "can i take your national insurance number please")
        st = R.randint(0, 2)
        if st == 0:
            c.t("customer", R.choice(["yeah it's ", "", "um "]), (say_alnum(ni, zero=zero_word(), nato=0.4, fill=0.05, pairs=0.2), g))
            c.note = "ASR NI number with letters, possibly NATO"
        elif st == 1:
            c.t("customer", (say_alnum(ni[:2], nato=0.6), g), " ", R.choice(["hang on it's on my payslip", "let me find it"]))
            c.t("agent", R.choice(["take your time", "no rush", "go on"]))
            c.t("customer", (say_alnum(ni[2:], fill=0.05, pairs=0.3), g))
            c.note = "ASR NI number split: prefix letters then digits and suffix"
        else:
            c.t("customer", (say_alnum(ni, nato=0.2), g))
            rb = c.val("NI_NUMBER", ni)
            c.t("agent", "so that's ", (say_alnum(ni, nato=1.0, pairs=0, doubles=0.3), rb), " correct")
            c.t("customer", "spot on")
            c.note = "ASR NI number with NATO read-back"
        if R.random() < 0.4:
            p = c.val("POSTCODE")
            c.t("agent", "and the postcode")
            c.t("customer", (say_alnum(make_uk_pc(), nato=0.3), p))
            c.note += " plus postcode"
    else:
        st = R.randint(0, 3)
        txt = [ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni.lower(),
               "%s %s %s" % (ni[:2], ni[2:8], ni[8])][st]
        d = c.val("DOB")
        c.t("customer", R.choice(["NI no: ", "my NI number is ", "Nat ins ", "NINO - ", "national insurance: "]), (txt, g))
        c.t("agent", "Thanks, and your date of birth?")
        c.t("customer", (dob_text(*make_dob(), asr=False), d))
        c.note = "typed NI number and DOB"
    return c


def pos_bank_uk():
    asr = R.random() < 0.5
    c = Case("positive", "", asr)
    greet(c, asr)
    sc, acct = digits(6), digits(8)
    s = c.val("SORT_CODE", sc)
    a = c.val("BANK_ACCOUNT", acct)
    if asr:
        c.t("agent", "whats the sort code for the direct debit")
        c.t("customer", R.choice(["", "it's ", "um "]), (say_grouped(sc, [2, 2, 2], zero=zero_word(), pairs=0.6, fill=0.05), s))
        c.t("agent", "and the account number")
        c.t("customer", (spoken(acct, [4, 4], fill=0.1, pairs=0.2), a))
        c.note = "ASR sort code and 8-digit account number"
    else:
        scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.t("customer", R.choice(["sort code ", "s/c: ", "Sort: "]), (scf, s), R.choice([" acct no: ", ", account ", " a/c "]), (acct, a))
        c.note = "typed sort code and account number"
    return c


def pos_bank_us():
    asr = R.random() < 0.5
    c = Case("positive", "", asr)
    greet(c, asr)
    acct = digits(R.randint(9, 12), True)
    a = c.val("BANK_ACCOUNT", acct)
    if asr:
        c.t("agent", "what checking account should we deposit the refund into")
        c.t("customer", "the account number is ", (spoken(acct, [3, 3, 3, 3], fill=0.1), a))
    else:
        c.t("customer", R.choice(["checking acct # ", "Acct no: ", "account: ", "savings acc "]), (acct, a), " pls send refund there")
    c.note = "US bank account number (%s)" % ("ASR" if asr else "typed")
    return c


def pos_iban():
    asr = R.random() < 0.4
    c = Case("positive", "", asr)
    greet(c, asr)
    ib = make_iban()
    g = c.val("IBAN", ib)
    if asr:
        c.t("agent", "can you give me the iban")
        c.t("customer", "okay its ", (say_alnum(ib, nato=0.25, fill=0.03, pairs=0.15), g))
        c.note = "ASR IBAN (%s)" % ib[:2]
    else:
        st = R.randint(0, 2)
        txt = [" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()][st]
        c.t("customer", R.choice(["IBAN: ", "my iban is ", "Please refund to ", "bank details - IBAN "]), (txt, g))
        c.note = "typed IBAN (%s)" % ib[:2]
    return c


def pos_phone():
    asr = R.random() < 0.55
    c = Case("positive", "", asr)
    greet(c, asr)
    nat, intl, gn, gi = make_phone()
    use_intl = R.random() < 0.45
    val = intl if use_intl else nat
    g = c.val("PHONE", val)
    if asr:
        c.t("agent", "whats the best number to call you back on")
        body = say_grouped(val.lstrip("+"), gi if use_intl else gn, zero=zero_word(), fill=0.08, pairs=0.15)
        txt = ("plus " + body) if use_intl else body
        c.t("customer", R.choice(["", "it's ", "my mobile is ", "uh "]), (txt, g))
        if R.random() < 0.4:
            rb = c.val("PHONE", val)
            c.t("agent", "so ", (txt.replace(" um", "").replace(" uh", "").replace(" erm", "").replace(" er", ""), rb), " yeah")
    else:
        if use_intl:
            txt = "+" + grp(val[1:], gi, R.choice([" ", "-", " "]))
        else:
            txt = grp(val, gn, R.choice([" ", "-", "", "."]))
        c.t("customer", R.choice(["call me on ", "tel: ", "mob ", "my number is ", "ph. "]), (txt, g), R.choice(["", " after 5pm", " thx"]))
    c.note = "%s phone number (%s)" % ("ASR" if asr else "typed", "international" if use_intl else "national")
    return c


def pos_email():
    asr = R.random() < 0.55
    c = Case("positive", "", asr)
    greet(c, asr)
    e = make_email()
    g = c.val("EMAIL", e)
    if asr:
        c.t("agent", "and an email address for the confirmation")
        c.t("customer", R.choice(["its ", "yeah ", ""]), (say_email(e), g))
        c.note = "ASR spoken e-mail address"
    else:
        txt = e if R.random() < 0.6 else e[0].upper() + e[1:]
        c.t("customer", R.choice(["email: ", "pls send to ", "my e-mail is ", "contact me at "]), (txt, g))
        c.note = "typed e-mail address"
    return c


def pos_address():
    asr = R.random() < 0.5
    us = R.random() < 0.35
    c = Case("positive", "", asr)
    greet(c, asr)
    a = c.val("ADDRESS")
    p = c.val("POSTCODE")
    n = R.randint(1, 2400 if us else 240)
    if us:
        street = R.choice(STREETS) + " " + R.choice(US_SUFFIX)
        pc, town = make_zip(), R.choice(TOWNS_US)
        flat = R.choice(["", "", "Apt " + str(R.randint(1, 30)) + R.choice(["", "B"]) + ", "])
    else:
        street = R.choice(STREETS) + " " + R.choice(SUFFIX)
        pc, town = make_uk_pc(), R.choice(TOWNS_UK)
        flat = R.choice(["", "", "Flat " + str(R.randint(1, 12)) + ", "])
    if asr:
        ntxt = num_words(n) if n < 100 else say_digits(str(n), pairs=0.6, doubles=0)
        addr = (flat.replace(",", "").lower().replace("apt", "apartment") + ntxt + " " + street).lower()
        if flat:
            m = re.match(r"(flat|apartment) (\d+)(b?)", addr)
            addr = addr.replace(m.group(0), m.group(1) + " " + num_words(int(m.group(2))) + (" b" if m.group(3) else ""), 1)
        pct = say_alnum(pc.replace("-", ""), nato=0.2) if not us else say_digits(pc.replace("-", ""), pairs=0.2)
        c.t("agent", "and the address please")
        c.t("customer", (addr, a), " " + town.lower() + " ", (pct, p))
        c.note = "ASR %s address with postcode" % ("US" if us else "UK")
    else:
        c.t("customer", R.choice(["Address: ", "new address is ", "deliver to ", "I've moved to "]),
            (flat + "%d %s" % (n, street), a), ", " + town + ", ", (pc, p))
        c.note = "typed %s address with %s" % ("US" if us else "UK", "ZIP" if us else "postcode")
    return c


def pos_dob():
    asr = R.random() < 0.55
    c = Case("positive", "", asr)
    greet(c, asr)
    d = c.val("DOB")
    c.t("agent", "can i just confirm your date of birth" if asr else "Can you confirm your date of birth?")
    c.t("customer", R.choice(["yeah it's ", "", "DOB ", "born ", "um "]) if asr else R.choice(["", "DOB: ", "It's "]),
        (dob_text(*make_dob(), asr=asr), d))
    c.note = "%s date of birth" % ("ASR" if asr else "typed")
    return c


def pos_mixed_insurance():
    c = Case("positive", "insurance call: DOB, postcode, phone and e-mail", True)
    c.t("agent", "sentinel insurance claims line can i start with your date of birth")
    d = c.val("DOB"); p = c.val("POSTCODE"); ph = c.val("PHONE"); em = c.val("EMAIL")
    c.t("customer", (dob_text(*make_dob(), asr=True), d))
    c.t("agent", "and the postcode on the policy")
    c.t("customer", (say_alnum(make_uk_pc(), nato=0.4), p))
    nat, intl, gn, gi = make_phone()
    c.groups[ph] = ("PHONE", nat, False)
    c.t("agent", "and a contact number")
    c.t("customer", (say_grouped(nat, gn, zero=zero_word(), fill=0.05), ph), " thats my mobile")
    e = make_email()
    c.groups[em] = ("EMAIL", e, False)
    c.t("agent", "and email")
    c.t("customer", (say_email(e), em))
    return c


POS = [(pos_card_typed, 20), (pos_card_spoken, 18), (pos_card_split, 14), (pos_card_restart, 6),
       (pos_card_aside, 6), (pos_card_email, 6), (pos_ssn, 32), (pos_ni, 32), (pos_bank_uk, 14),
       (pos_bank_us, 6), (pos_iban, 14), (pos_phone, 16), (pos_email, 12), (pos_address, 16),
       (pos_dob, 8), (pos_mixed_insurance, 6)]


# ---------------------------------------------------------------- negatives
def neg_templates():
    l4 = digits(4)
    fake16 = make_card()  # Luhn-valid but labelled as an order number
    long_ref = digits(R.randint(10, 14), True)
    return [
        ("card last four only", False,
         [("agent", "I can see a payment from the card ending %s on the 3rd." % l4),
          ("customer", "Yes that's my debit card, ending %s." % l4)]),
        ("card last four spoken", True,
         [("agent", "is that the visa ending " + spoken(l4, fill=0)),
          ("customer", "yeah ending " + spoken(l4, fill=0) + " that's the one")]),
        ("Luhn-valid 16-digit string labelled as order number", False,
         [("customer", "Order number %s still hasn't arrived" % grp(fake16, card_groups(fake16), " ")),
          ("agent", "Sorry about that, order %s shows as dispatched yesterday." % fake16)]),
        ("order number read like a card", True,
         [("agent", "have you got the order number"),
          ("customer", "yeah the order number is " + say_grouped(fake16, card_groups(fake16), zero="oh"))]),
        ("balance and amounts", R.random() < 0.5,
         [("customer", "Why is my balance showing %s when I paid %s last week?" % (
             "£%d.%02d" % (R.randint(100, 4000), R.randint(0, 99)), "£%d" % R.randint(20, 400))),
          ("agent", "There was a late fee of £12 and interest at 23.9% APR.")]),
        ("spoken amounts", True,
         [("agent", "the outstanding amount is four hundred and twelve pounds sixty"),
          ("customer", "and if i pay two hundred now how much is left"),
          ("agent", "two hundred and twelve pounds sixty")]),
        ("ticket and reference numbers", False,
         [("agent", "Your ticket reference is INC%07d and the case ID is %s." % (R.randint(0, 9999999), long_ref)),
          ("customer", "Thanks, I'll note ref %s down." % long_ref)]),
        ("policy and claim numbers", R.random() < 0.5,
         [("customer", "My policy number is POL-%s-%s and the claim number is CLM %s." % (digits(4), digits(4), digits(6))),
          ("agent", "Thanks, claim %s is with the assessor." % digits(6))]),
        ("policy number read out like digits", True,
         [("agent", "whats the policy number"),
          ("customer", "policy number " + spoken(digits(9), [3, 3, 3], fill=0.1))]),
        ("tracking number", False,
         [("agent", "Tracking number 1Z%s%s is with the courier." % (digits(3), "".join(R.choice("ABCDEFGHJK") for _ in range(3)) + digits(10))),
          ("customer", "It says out for delivery between 9:00 and 13:00.")]),
        ("meter reading", R.random() < 0.5,
         [("agent", "Can you read me the meter?"),
          ("customer", "Meter reading is %s, the serial on the meter is %s%s" % (
             digits(5), R.choice(["E10", "S95", "K"]), digits(8)))]),
        ("spoken meter reading", True,
         [("agent", "can you read the numbers on the meter from left to right"),
          ("customer", "yeah " + spoken(digits(5), fill=0.1) + " and then red " + spoken(digits(1))),
          ("agent", "thats great thanks")]),
        ("flight seat gate", R.random() < 0.5,
         [("customer", "I'm on flight EI %d on the %d%s, seat %d%s." % (R.randint(100, 999), R.randint(1, 28), "th", R.randint(1, 40), R.choice("ABCDEF"))),
          ("agent", "That departs from gate %d at %02d:%02d; hotel room %d is booked too." % (R.randint(1, 120), R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(100, 999)))]),
        ("spoken times and durations", True,
         [("agent", "were open from eight till eight monday to friday and nine till five on saturday"),
          ("customer", "ok i've been on hold for forty five minutes already"),
          ("agent", "sorry about that it should take about ten minutes")]),
        ("ages temperatures percentages", R.random() < 0.5,
         [("customer", "My mum is %d and the house has been at %d degrees since the boiler broke." % (R.randint(70, 95), R.randint(9, 14))),
          ("agent", "We'll prioritise that; you also get %d%% off this month." % R.choice([10, 15, 20, 25]))]),
        ("contract dates look like expiry", False,
         [("customer", "When does my contract end? I signed in %d." % R.randint(2015, 2024)),
          ("agent", "Your contract runs until %02d/%02d and your next bill is on 14/%02d." % (R.randint(1, 12), R.randint(25, 29), R.randint(1, 12)))]),
        ("appointment date and time", True,
         [("agent", "i can book an engineer for tuesday the fourteenth of may between eight and twelve"),
          ("customer", "could we do the twenty first instead"),
          ("agent", "yes the twenty first of may from one till six")]),
        ("invoice and serial/model numbers", False,
         [("customer", "Invoice INV-%d-%05d, the TV model is KD-55X%dJ, serial %s." % (R.randint(2019, 2025), R.randint(1, 99999), R.randint(80, 95), digits(7))),
          ("agent", "Thanks, serial number %s is under warranty until 2027." % digits(7))]),
        ("road names", R.random() < 0.5,
         [("customer", "Traffic on the M25 and the A406 made the driver late."),
          ("agent", "Noted, they'll come via the B1234 next time.")]),
        ("counts and years", True,
         [("customer", "ive been with you since two thousand and nine and ive got three accounts"),
          ("agent", "thats right you've got two current accounts and one savings account")]),
        ("long account-like reference labelled", False,
         [("agent", "Your payment reference is %s, please quote it with the %d digit amount." % (digits(8), R.randint(3, 5))),
          ("customer", "Reference %s, got it." % digits(8))]),
        ("spoken booking reference", True,
         [("agent", "your booking reference is " + say_alnum("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), nato=0.6)),
          ("customer", "thank you")]),
        ("six-digit confirmation code", True,
         [("agent", "ive just sent a one time passcode can you read it out"),
          ("customer", "its " + spoken(digits(6), fill=0)),
          ("agent", "thats verified")]),
        ("prices and quantities", False,
         [("customer", "I ordered 2 x 12kg bags at $34.99 each and 1 at $19.50"),
          ("agent", "Refund of $89.48 issued, allow 3-5 working days.")]),
        ("payment date and direct debit day", R.random() < 0.5,
         [("customer", "Can you move my direct debit to the 28th?"),
          ("agent", "Done, from 28 March your payment of £%d.%02d will go out monthly." % (R.randint(20, 200), R.randint(0, 99)))]),
        ("data usage and plan numbers", True,
         [("agent", "youve used eighteen point four gigs of your thirty gig plan"),
          ("customer", "and can i go up to the unlimited for twenty five a month")]),
        ("patient reference and visit ID labelled", False,
         [("agent", "Your patient reference %s shows a balance of $%d.00." % ("PA" + digits(8), R.randint(20, 900))),
          ("customer", "The statement date was %s and visit ID %s." % ("03/11/2024", digits(10)))]),
    ]


def make_negative(i):
    tmps = neg_templates()
    note, asr, turns = tmps[i % len(tmps)]
    c = Case("negative", note, asr)
    greet(c, asr)
    for sp, tx in turns:
        c.t(sp, tx)
    return c


# ---------------------------------------------------------------- normalising / validation
def tokens(text):
    return re.findall(r"\+|\d+|[a-z]+(?:-ray)?", text.lower())


def spoken_to_chars(text, alnum=False):
    toks = tokens(text)
    out = []
    i = 0

    def unit(t):
        if t in ZERO_WORDS:
            return "0"
        if t in UNITS:
            return str(UNITS.index(t))
        return None

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if alnum and len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2][0] == t:
            out.append(t.upper()); i += 3; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in ("+", "plus"):
            out.append("+"); i += 1; continue
        if t in FILLERS or t in ("and", "slash"):
            i += 1; continue
        if t in ("double", "triple"):
            u = unit(nxt) if nxt else None
            if u is None:
                if alnum and nxt and len(nxt) == 1:
                    out.append(nxt.upper() * (2 if t == "double" else 3)); i += 2; continue
                raise ValueError("bad %s" % t)
            out.append(u * (2 if t == "double" else 3)); i += 2; continue
        u = unit(t)
        if u is not None and not (alnum and t == "o"):
            out.append(u)
            if nxt == "hundred":
                i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                t2 = toks[i]
                if t2 in TEENS:
                    out.append(str(10 + TEENS.index(t2))); i += 1
                elif t2 in TENS:
                    tv = TENS.index(t2)
                    n2 = toks[i + 1] if i + 1 < len(toks) else None
                    if n2 in UNITS[1:]:
                        out.append("%d%d" % (tv, UNITS.index(n2))); i += 2
                    else:
                        out.append("%d0" % tv); i += 1
                elif unit(t2) is not None:
                    out.append("0" + unit(t2)); i += 1
                else:
                    raise ValueError("bad hundred")
                continue
            i += 1; continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t))); i += 1; continue
        if t in TENS and t:
            tv = TENS.index(t)
            if nxt in UNITS[1:]:
                out.append("%d%d" % (tv, UNITS.index(nxt))); i += 2
            else:
                out.append("%d0" % tv); i += 1
            continue
        if alnum:
            if t in NATO_REV:
                out.append(NATO_REV[t].upper()); i += 1; continue
            if t.isalpha():
                out.append(t.upper()); i += 1; continue
        raise ValueError("unexpected token %r in %r" % (t, text))
    return "".join(out)


def spoken_email(text):
    if "@" in text:
        return text.lower()
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in TENS[2:] and i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
            out.append("%d%d" % (TENS.index(t), UNITS.index(toks[i + 1]))); i += 1
        elif t in TENS[2:]:
            out.append("%d0" % TENS.index(t))
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in UNITS:
            out.append(str(UNITS.index(t)))
        elif t in ("oh", "zero"):
            out.append("0")
        else:
            out.append(t)
        i += 1
    return "".join(out)


DATE_NUM = re.compile(r"^\d{1,4}[/.\-]\d{1,2}([/.\-]\d{2,4})?$")
ADDR_RE = re.compile(r"^((flat|apt|apartment) \S+( b)?,? )?\S.* (road|street|avenue|lane|close|drive|way|crescent|"
                     r"terrace|grove|gardens|court|place|boulevard)$")


def date_ok(text, expiry):
    t = text.lower().strip()
    if DATE_NUM.match(t):
        return True
    if any(m in t or m[:3] in t.split() for m in MONTHS):
        return True
    if re.match(r"^\d{3,4}$", t) and expiry:
        return 1 <= int(t[:-2]) <= 12
    try:
        ds = spoken_to_chars(re.sub(r"\b(the|of)\b", " ", t))
    except ValueError:
        ds = None
    if ds and ds.isdigit() and len(ds) in (2, 4, 6, 8):
        return True
    if ds and len(ds) == 1 and expiry:
        return True
    words = set(re.findall(r"[a-z]+", t))
    return bool(words & set(" ".join(ORD).split())) and ("nineteen" in words or "thousand" in words or "twenty" in words)


def validate_value(typ, text, canon, partial):
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        ds = spoken_to_chars(text)
        if canon is not None and ds != canon:
            return "normalised %r != %r" % (ds, canon)
        if partial:
            return None if ds.isdigit() else "partial not digits"
        if typ == "CARD_NUMBER":
            return None if 13 <= len(ds) <= 19 and luhn_ok(ds) else "card invalid"
        if typ == "CVV":
            return None if re.fullmatch(r"\d{3,4}", ds) else "cvv"
        if typ == "SSN":
            return None if re.fullmatch(r"\d{9}", ds) and ds[:3] not in ("000", "666") and ds[0] != "9" else "ssn"
        if typ == "SORT_CODE":
            return None if re.fullmatch(r"\d{6}", ds) else "sort"
        if typ == "BANK_ACCOUNT":
            return None if re.fullmatch(r"\d{6,17}", ds) else "acct"
        return None if re.fullmatch(r"\+?\d{9,15}", ds) else "phone"
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        s = spoken_to_chars(text, alnum=True)
        if canon is not None and s != canon:
            return "normalised %r != %r" % (s, canon)
        if typ == "NI_NUMBER":
            return None if NI_RE.match(s) else "ni"
        if typ == "IBAN":
            return None if iban_ok(s) else "iban"
        return None if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", s) else "postcode %r" % s
    if typ == "EMAIL":
        e = spoken_email(text)
        if canon is not None and e != canon:
            return "email %r != %r" % (e, canon)
        return None if re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else "email"
    if typ in ("DOB", "EXPIRY"):
        return None if date_ok(text, typ == "EXPIRY") else "date %r" % text
    if typ == "ADDRESS":
        t = text.lower()
        return None if ADDR_RE.match(t) and re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred", t) else "addr %r" % text
    return "unknown type"


# ---------------------------------------------------------------- build
def build():
    cases = []
    sched = []
    for fn, n in POS:
        sched += [fn] * n
    R.shuffle(sched)
    for k, fn in enumerate(sched):
        c = fn()
        c.id = "h543-pos-%03d" % (k + 1)
        cases.append(c)
    for k in range(115):
        c = make_negative(k)
        c.id = "h543-neg-%03d" % (k + 1)
        cases.append(c)
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        spans = [{k: v for k, v in s.items() if k != "_gid"} for s in c.spans]
        spans.sort(key=lambda s: (s["turn"], s["start"]))
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    by = {t: 0 for t in TYPES}
    for c in cases:
        for s in c.spans:
            by[s["type"]] += 1
    return by


def readme(cases):
    by = counts(cases)
    npos = sum(c.kind == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, by[t]) for t in TYPES)
    return """# pii_holdout543 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds, models or
> prompts by looking at these cases. It exists only to measure the redaction engine.

## Provenance

Written by an AI helper acting as an independent test author who did not see the
redaction code (nor its other fixtures, docs or benchmarks). All cases are synthetic
and generated by `scripts/make_pii_holdout543.py` (Python standard library only, one
`random.Random(543241125)`). Every turn is assembled from plain-text and labelled value
segments, so span offsets are computed, never typed by hand. Values are fake but
structurally valid (Luhn-valid cards, mod-97-valid IBANs, well-formed NI numbers, SSNs,
sort codes, postcodes/ZIPs).

Regenerate and validate with `python scripts/make_pii_holdout543.py --check`
(byte-identical regeneration, unique ids, offsets in range, on word boundaries and
non-overlapping, and every labelled value validated after normalising spoken forms).

## Format

`cases.jsonl`, one case per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` = `customer`/`agent`, `text`), `spans` (`turn`, `start`, `end` exclusive
Python character offsets, `type`), `note`.

## Annotation conventions

- A span covers exactly the value from its first letter/digit to its last (a phone
  span may start with `+`); lead-ins such as "it's", "card no:" are outside.
- A value split across turns gets one span per turn, each with the value's type. Agent
  read-backs are labelled too. A reading interrupted by an aside gets one span per
  piece; the aside is unlabelled.
- Filler words inside a reading ("um", "uh", "er") are inside the span.
- In a restarted reading, the abandoned fragment and the full reading are both labelled.
- Phone spans include the country code. ADDRESS = house/flat number and street, not the
  town; the postcode/ZIP is a separate POSTCODE span. DOB and EXPIRY cover the whole date
  expression.
- A card's last four on their own ("card ending 4821") are not PII, unless the full card
  was read in the same case (then the last-four mention is labelled CARD_NUMBER).
- Negative cases contain no PII: amounts, balances, prices, times, opening hours,
  durations, counts, ages, temperatures, percentages, years, appointment/payment/contract
  dates, order/ticket/invoice/claim/reference/tracking/serial/model/policy numbers with
  their label, meter readings, flight/room/gate/seat numbers, road names, one-time
  passcodes, card last-four mentions (including Luhn-valid 16-digit order numbers).

## Counts

Cases: %d positive, %d negative (%d total).

| Type | Spans |
|---|---|
%s
| **Total** | %d |
""" % (npos, nneg, len(cases), rows, sum(by.values()))


def check(cases, text):
    errs = []
    with open(CASES, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to regeneration")
    with open(README, encoding="utf-8") as f:
        if f.read() != readme(cases):
            errs.append("README.md is out of date")
    ids = [c.id for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for line in text.splitlines():
        d = json.loads(line)
        assert set(d) == {"id", "kind", "turns", "spans", "note"}
        for t in d["turns"]:
            assert t["speaker"] in ("customer", "agent")
        if d["kind"] == "negative" and d["spans"]:
            errs.append("%s negative with spans" % d["id"])
        if d["kind"] == "positive" and not d["spans"]:
            errs.append("%s positive without spans" % d["id"])
        prev = {}
        for s in d["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s bad type" % d["id"])
            tx = d["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s offsets out of range" % d["id"]); continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (d["id"], tx[a:b]))
            if not (tx[a].isalnum() or (tx[a] == "+" and s["type"] == "PHONE")) or not tx[b - 1].isalnum():
                errs.append("%s span edge not alnum: %r" % (d["id"], tx[a:b]))
            if s["turn"] in prev and a < prev[s["turn"]]:
                errs.append("%s overlapping spans" % d["id"])
            prev[s["turn"]] = b
    for c in cases:
        groups = {}
        for s in sorted(c.spans, key=lambda s: (s["turn"], s["start"])):
            groups.setdefault(s["_gid"], []).append(c.turns[s["turn"]]["text"][s["start"]:s["end"]])
        for gid, (typ, canon, partial) in c.groups.items():
            if gid not in groups:
                errs.append("%s value group %d unused" % (c.id, gid)); continue
            try:
                e = validate_value(typ, " ".join(groups[gid]), canon, partial)
            except (ValueError, IndexError) as ex:
                e = str(ex)
            if e:
                errs.append("%s %s: %s | %r" % (c.id, typ, e, groups[gid]))
    by = counts(cases)
    npos = sum(c.kind == "positive" for c in cases)
    if npos < 200 or len(cases) - npos < 100:
        errs.append("too few cases")
    need = {t: 10 for t in TYPES}
    need.update(CARD_NUMBER=70, SSN=30, NI_NUMBER=30)
    for t, n in need.items():
        if by[t] < n:
            errs.append("too few %s spans: %d < %d" % (t, by[t], n))
    return errs


def main():
    cases = build()
    text = serialise(cases)
    if "--check" in sys.argv:
        errs = check(cases, text)
        for e in errs:
            print("ERROR:", e)
        if errs:
            print("%d error(s)" % len(errs))
            sys.exit(1)
        by = counts(cases)
        print("OK: %d cases (%d positive, %d negative); spans: %s" % (
            len(cases), sum(c.kind == "positive" for c in cases), sum(c.kind == "negative" for c in cases),
            ", ".join("%s=%d" % (t, by[t]) for t in TYPES)))
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print("wrote %d cases" % len(cases))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout391 held-out PII redaction evaluation set.

Standard library only.  One RNG: random.Random(391241125).

    python scripts/make_pii_holdout391.py           # (re)write the fixture
    python scripts/make_pii_holdout391.py --check   # regenerate + validate

Every turn is assembled from plain-text segments and labelled value segments,
so span offsets are computed, never typed by hand.
"""
import argparse
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout391")
OUT_CASES = os.path.join(OUT_DIR, "cases.jsonl")
OUT_README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------


class L:
    """A labelled value segment."""

    def __init__(self, text, typ, key, role="full"):
        self.text, self.typ, self.key, self.role = text, typ, key, role


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.meta, self.canon = [], [], [], {}

    def val(self, key, typ, canon):
        self.canon[key] = (typ, canon)
        return key

    def t(self, speaker, *parts):
        text = ""
        ti = len(self.turns)
        for p in parts:
            if isinstance(p, L):
                s = len(text)
                text += p.text
                self.spans.append({"turn": ti, "start": s, "end": len(text), "type": p.typ})
                self.meta.append((p.key, p.role))
            else:
                text += p
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *parts):
        return self.t("customer", *parts)

    def a(self, *parts):
        return self.t("agent", *parts)


# --------------------------------------------------------------------------
# spoken-number rendering
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
         16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward", "f": "freddie", "g": "george",
        "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nellie", "p": "peter",
        "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}


def w_num(n):
    """0..99 in words."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def w_ord(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def say(digits, R, zw="oh", pairs=0.0, dbl=0.35, hund=0.0):
    """Speak a digit string (no separators) as an ASR transcript would."""
    if hund and len(digits) == 3 and digits[0] != "0" and digits[2] != "0" and R.random() < hund:
        rest = int(digits[1:])
        return UNITS[int(digits[0])] + " hundred and " + w_num(rest)
    out, i = [], 0
    while i < len(digits):
        d = digits[i]
        run = 1
        while i + run < len(digits) and digits[i + run] == d:
            run += 1
        word = zw if d == "0" else UNITS[int(d)]
        if run >= 3 and R.random() < dbl:
            out.append("triple " + word)
            i += 3
        elif run >= 2 and R.random() < dbl:
            out.append("double " + word)
            i += 2
        elif (pairs and i + 1 < len(digits) and d != "0" and digits[i + 1] != "0"
              and R.random() < pairs):
            out.append(w_num(int(digits[i:i + 2])))
            i += 2
        else:
            out.append(word)
            i += 1
    return " ".join(out)


def spell(letters, R, nato=0.0):
    out = []
    for ch in letters.lower():
        if ch.isdigit():
            out.append(UNITS[int(ch)])
        elif nato and R.random() < nato:
            word = R.choice([NATO[ch], FOLK.get(ch, NATO[ch])])
            out.append(ch + R.choice([" for ", " as in ", " for "]) + word)
        else:
            out.append(ch)
    return " ".join(out)


def zero_word(R, loc="UK"):
    if loc == "US":
        return R.choice(["zero", "oh", "oh", "zero"])
    return R.choice(["oh", "oh", "zero", "nought", "o"])


FILL = ["um", "uh", "er", "erm"]


def join_chunks(chunks, R, fill=0.25, comma=0.3):
    s = chunks[0]
    for ch in chunks[1:]:
        if R.random() < fill:
            s += " " + R.choice(FILL) + (", " if R.random() < 0.3 else " ") + ch
        elif R.random() < comma:
            s += ", " + ch
        else:
            s += " " + ch
    return s


def groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


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


def gen_card(R):
    brand = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
               "maestro": (R.choice(["6759", "6763", "5018"]), R.choice([18, 19]))}[brand]
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    if R.random() < 0.35:  # force some repeated digits so double/triple appear
        k = R.randrange(len(pre), len(body) - 2)
        body = body[:k] + body[k] * 2 + body[k + 2:]
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, brand


def card_groups(num):
    n = len(num)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 16:
        return [4, 4, 4, 4]
    return [4, 4, 4, 4, n - 16]


def gen_ssn(R):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni(R):
    while True:
        p = R.choice(NI_L1) + R.choice(NI_L2)
        if p not in NI_BAD:
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def gen_iban(R):
    cc = R.choice(["GB", "GB", "IE", "DE", "FR", "ES", "NL"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "IPBS"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    elif cc == "ES":
        bban = dg(20)
    else:
        bban = R.choice(["ABNA", "INGB", "RABN"]) + dg(10)
    return cc + iban_check(cc, bban) + bban


def gen_phone(R):
    """returns (canonical, typed, spoken-digits-list-with-plus)"""
    kind = R.choice(["uk_mob", "uk_mob", "uk_land", "uk_intl", "us", "us", "us_intl", "ie", "ie_intl",
                     "de_intl", "fr_intl"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if kind == "uk_mob":
        n = "07" + R.choice("3456789") + dg(8)
        typed = R.choice([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:], n[:4] + "-" + n[4:7] + "-" + n[7:]])
        return n, typed, [n[:5], n[5:8], n[8:]]
    if kind == "uk_land":
        n = "0" + R.choice(["20", "161", "121", "113", "131", "141", "117", "29"])
        n = n + dg(11 - len(n))
        typed = R.choice([n[:3] + " " + n[3:7] + " " + n[7:], "(" + n[:4] + ") " + n[4:], n])
        return n, typed, [n[:4], n[4:7], n[7:]]
    if kind == "uk_intl":
        n = "+447" + R.choice("3456789") + dg(8)
        typed = R.choice(["+44 " + n[3:7] + " " + n[7:], n, "+44 (0)" + n[3:7] + " " + n[7:]])
        if "(0)" in typed:
            typed = "+44 " + n[3:7] + " " + n[7:]
        return n, typed, ["+44", n[3:7], n[7:10], n[10:]]
    if kind in ("us", "us_intl"):
        n = str(R.randint(2, 9)) + dg(2) + str(R.randint(2, 9)) + dg(6)
        if kind == "us":
            typed = R.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                              "%s.%s.%s" % (n[:3], n[3:6], n[6:]), n])
            return n, typed, [n[:3], n[3:6], n[6:]]
        typed = R.choice(["+1 %s %s %s" % (n[:3], n[3:6], n[6:]), "+1-%s-%s-%s" % (n[:3], n[3:6], n[6:]), "+1" + n])
        return "+1" + n, typed, ["+1", n[:3], n[3:6], n[6:]]
    if kind in ("ie", "ie_intl"):
        m = "8" + R.choice("35679") + dg(7)
        if kind == "ie":
            n = "0" + m
            typed = R.choice([n[:3] + " " + n[3:6] + " " + n[6:], n, n[:3] + "-" + n[3:]])
            return n, typed, [n[:3], n[3:6], n[6:]]
        n = "+353" + m
        typed = R.choice(["+353 " + m[:2] + " " + m[2:5] + " " + m[5:], n])
        return n, typed, ["+353", m[:2], m[2:5], m[5:]]
    if kind == "de_intl":
        m = "15" + R.choice("1279") + dg(8)
        n = "+49" + m
        return n, R.choice(["+49 " + m[:3] + " " + m[3:], n]), ["+49", m[:3], m[3:7], m[7:]]
    m = R.choice("67") + dg(8)
    n = "+33" + m
    return n, "+33 " + " ".join([m[0]] + [m[i:i + 2] for i in range(1, 9, 2)]), ["+33", m[0], m[1:3], m[3:5], m[5:7], m[7:]]


def say_phone(chunks, R, zw, loc):
    out = []
    for ch in chunks:
        if ch.startswith("+"):
            cc = ch[1:]
            out.append("plus " + (say(cc, R, zw, dbl=0.6) if R.random() < 0.7 or len(cc) > 2 else w_num(int(cc))))
        elif ch == "0800":
            out.append(zw + " eight hundred")
        else:
            out.append(say(ch, R, zw, pairs=0.25 if loc == "US" else 0.1, dbl=0.5, hund=0.15 if loc == "US" else 0.0))
    return out


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "chloe", "tomasz", "grace", "daniel", "niamh",
         "olu", "jennifer", "marco", "hannah", "kevin", "fatima", "sean", "emily", "raj", "lucy", "pedro",
         "siobhan", "tyler", "amara", "gareth", "yusuf", "kate", "brendan", "zoe"]
LAST = ["smith", "oconnor", "patel", "kowalski", "nguyen", "murphy", "jones", "garcia", "walsh", "okafor",
        "brown", "mcdonald", "ahmed", "rossi", "fitzgerald", "taylor", "byrne", "kim", "evans", "doyle",
        "hughes", "santos", "price", "khan", "lewis", "lynch", "morgan", "wright", "quinn", "bell"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "gmx.de", "live.ie", "aol.com", "protonmail.com", "sky.com", "virginmedia.com",
           "comcast.net", "orange.fr"]


def gen_email(R):
    f, l = R.choice(FIRST), R.choice(LAST)
    sep = R.choice([".", "", "_", ".", "-"])
    local = R.choice([f + sep + l, f[0] + sep + l, f + sep + l[0], f + sep + l + str(R.randint(1, 99)),
                      l + sep + f[0], f + str(R.randint(70, 99))])
    return local + "@" + R.choice(DOMAINS)


def say_email(e, R):
    local, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(R.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            parts.append(w_num(int(tok)) if len(tok) == 2 and tok[0] != "0" and tok[1] != "0" else say(tok, R, "zero", dbl=0))
        elif len(tok) == 1:
            parts.append(tok)
        elif R.random() < 0.25:
            parts.append(tok + " that's " + " ".join(tok))
        else:
            parts.append(tok)
    d = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + d


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "M", "B", "LS", "G", "EH", "CF", "BS", "L", "NE", "OX",
            "CB", "BT", "RG", "KT", "TW", "S", "NG", "LE", "CV", "DH", "YO", "BN", "GU"]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc(R):
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 28)) if len(a) == 2 else str(R.randint(1, 19))
    if a in ("SW", "EC", "W") and R.random() < 0.3:
        d = str(R.randint(1, 9)) + R.choice("ABHMNPRVWXY")
    return a + d + " " + str(R.randint(0, 9)) + R.choice(PC_LET) + R.choice(PC_LET)


def gen_zip(R):
    z = "%05d" % R.randint(1001, 99950)
    return z + ("-%04d" % R.randint(1, 9999) if R.random() < 0.2 else "")


STREETS = ["elm road", "kingsley avenue", "victoria street", "church lane", "mill close", "oakfield drive",
           "station road", "queens crescent", "meadow way", "harbour view", "park terrace", "willow grove",
           "castle hill", "maple court", "north street", "bridge gardens", "hawthorn rise", "st johns road",
           "albert place", "riverside walk"]
US_STREETS = ["maple street", "oak avenue", "west elm drive", "lakeview boulevard", "pine court",
              "sunset boulevard", "cedar lane", "washington avenue", "hillcrest avenue", "ridge road",
              "magnolia way", "highland parkway"]
UK_TOWNS = ["Leeds", "Bristol", "Cardiff", "Manchester", "Belfast", "Edinburgh", "Reading", "Norwich", "York",
            "Brighton", "Glasgow", "Coventry"]
US_TOWNS = ["Austin, TX", "Columbus, OH", "Tampa, FL", "Denver, CO", "Portland, OR", "Raleigh, NC",
            "Phoenix, AZ", "Albany, NY"]


def titled(s):
    return " ".join(w.capitalize() if not w[0].isdigit() else w for w in s.split())


def gen_date(R, y0=1940, y1=2004):
    return R.randint(1, 28), R.randint(1, 12), R.randint(y0, y1)


def say_year(y, R):
    if y >= 2000:
        return R.choice(["two thousand and " + w_num(y - 2000) if y > 2000 else "two thousand",
                         "twenty " + (w_num(y - 2000) if y >= 2010 else "oh " + UNITS[y - 2000])]) if y != 2000 else "two thousand"
    return TEENS[y // 100] + " " + (w_num(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 100])


def dob_typed(d, m, y, R, loc="UK"):
    if loc == "US":
        return R.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                         "%d-%02d-%02d" % (y, m, d), "%02d-%02d-%02d" % (m, d, y % 100)])
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                     "%d%s %s %d" % (d, "th" if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], MONTHS[m - 1][:3].capitalize(), y),
                     "%02d-%02d-%d" % (d, m, y)])


def dob_spoken(d, m, y, R, loc="UK"):
    if loc == "US":
        return R.choice(["%s %s %s" % (MONTHS[m - 1], w_ord(d), say_year(y, R)),
                         "%s %s %s" % (MONTHS[m - 1], w_num(d), say_year(y, R)),
                         "%s %s %s" % (w_num(m), w_num(d), w_num(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 100])])
    return R.choice(["the %s of %s %s" % (w_ord(d), MONTHS[m - 1], say_year(y, R)),
                     "%s of %s %s" % (w_ord(d), MONTHS[m - 1], say_year(y, R)),
                     "%s %s %s" % (w_ord(d), MONTHS[m - 1], say_year(y, R)),
                     "%s %s %s" % (say("%02d" % d, R, "oh", dbl=0), say("%02d" % m, R, "oh", dbl=0), say_year(y, R))])


ORGS = {
    "banking": ["Northgate Bank", "Harbour Building Society", "Firstline Credit Union", "Summit Savings"],
    "telecom": ["Vireo Mobile", "Clearwave Broadband", "TalkMore", "Eirlink Telecom"],
    "utilities": ["Brightside Energy", "Anglian Hydro", "PowerNorth", "GreenGrid Gas & Electric"],
    "retail": ["Hollis & Crane", "ShopDirect Plus", "Marlow Home", "Kite Electronics"],
    "insurance": ["Shieldwell Insurance", "Cover4U", "Atlas Mutual", "Beacon Motor Cover"],
    "travel": ["SkyHop Airlines", "Wanderlux Holidays", "RailGo", "Coastline Ferries"],
    "healthcare billing": ["MediBill Services", "St Aidan's Patient Accounts", "CareFirst Billing"],
    "government services": ["the Vehicle Licensing Office", "Revenue Support Line", "City Council Tax Team",
                            "the Benefits Helpline"],
}
AGENTS = ["Dave", "Priya", "Sam", "Megan", "Tom", "Aisha", "Ciara", "Marcus", "Jo", "Lee"]
BACK = ["mhm", "go on", "yep", "okay", "yeah", "uh huh", "right", "got that", "and the next", "ok go ahead"]
ASIDES = ["hang on let me get my glasses", "sorry the dog's barking", "one second it's in my other bag",
          "sorry my kid's shouting", "hold on the light's bad in here", "sorry I'm driving",
          "wait let me turn the telly down"]


def pick_org(R):
    ind = R.choice(sorted(ORGS))
    return ind, R.choice(ORGS[ind])


# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------

def card_typed_str(num, R):
    gs = groups(num, card_groups(num))
    style = R.random()
    if style < 0.3:
        return " ".join(gs)
    if style < 0.5:
        return "-".join(gs)
    if style < 0.7:
        return num
    if style < 0.8:
        return " ".join(groups(num, [5, 5, 6, 3]))
    if style < 0.9:
        return ".".join(gs)
    return "  ".join(gs)


def p_card_chat(R, n):
    ind, org = pick_org(R)
    num, brand = gen_card(R)
    cs = Case("positive", "typed chat: card number with expiry/CVV (%s)" % ind)
    k = cs.val("card", "CARD_NUMBER", num)
    cs.a("Hi, you're chatting with %s at %s. How can I help today?" % (R.choice(AGENTS), org))
    intro = R.choice(["i want to pay my bill by card ", "Can I update the card on file? new one is ",
                      "Payment pls. Card no: ", "hiya need to pay the outstanding amount, card is ",
                      "Card number:", "my new card- "])
    cs.c(intro + (" " if intro.endswith(":") and R.random() < 0.5 else ""),
         L(card_typed_str(num, R), "CARD_NUMBER", k))
    mm, yy = R.randint(1, 12), R.randint(25, 31)
    ek = cs.val("exp", "EXPIRY", (mm, 2000 + yy))
    cvv = "".join(R.choice("0123456789") for _ in range(4 if brand == "amex" else 3))
    vk = cs.val("cvv", "CVV", cvv)
    cs.a("Thanks. Could you confirm the expiry date and the security code on the back?")
    exp = R.choice(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d%02d" % (mm, yy), "%s 20%02d" % (MONTHS[mm - 1][:3].capitalize(), yy),
                    "%d-%02d" % (mm, yy)])
    form = R.random()
    if form < 0.4:
        cs.c("exp ", L(exp, "EXPIRY", ek), " cvv ", L(cvv, "CVV", vk))
    elif form < 0.7:
        cs.c(L(exp, "EXPIRY", ek), " and ", L(cvv, "CVV", vk))
    else:
        cs.c("expires ", L(exp, "EXPIRY", ek), ", security code is ", L(cvv, "CVV", vk), " i think")
    cs.a(R.choice(["Perfect, that's gone through.", "Thanks, processing that now.", "Lovely, all updated."]))
    return cs


def p_card_asr_split(R, n):
    ind, org = pick_org(R)
    loc = R.choice(["UK", "US", "UK", "IE"])
    num, brand = gen_card(R)
    zw = zero_word(R, loc)
    cs = Case("positive", "ASR: card read over several turns with back-channels and read-back (%s, %s)" % (ind, loc))
    k = cs.val("card", "CARD_NUMBER", num)
    cs.a("okay so i can take that payment for you now can i have the long number across the front of the card")
    gs = groups(num, card_groups(num))
    lead = R.choice(["yeah it's ", "right so it's ", "okay um ", "it's ", ""])
    for i, g in enumerate(gs):
        txt = say(g, R, zw, pairs=0.25 if loc == "US" else 0.1, dbl=0.45, hund=0.1)
        if i == 0:
            cs.c(lead, L(txt, "CARD_NUMBER", k, "part"))
        else:
            cs.c(L(txt, "CARD_NUMBER", k, "part"))
        if i < len(gs) - 1:
            cs.a(R.choice(BACK))
    if R.random() < 0.7:
        rb = join_chunks([say(g, R, zw, dbl=0.3) for g in gs], R, fill=0.0, comma=0.5)
        cs.a(R.choice(["let me just read that back ", "so that's ", "okay i've got "]),
             L(rb, "CARD_NUMBER", k), R.choice([" is that right", " yeah", ""]))
        cs.c(R.choice(["yes that's it", "yep", "that's right"]))
    else:
        cs.a("lovely thank you and the expiry")
        mm, yy = R.randint(1, 12), R.randint(25, 31)
        ek = cs.val("exp", "EXPIRY", (mm, 2000 + yy))
        cs.c(L(R.choice([say("%02d" % mm, R, zw, dbl=0) + " " + w_num(yy),
                         MONTHS[mm - 1] + " twenty " + w_num(yy),
                         say("%02d" % mm, R, zw, dbl=0) + " slash " + w_num(yy)]), "EXPIRY", ek))
    return cs


def p_card_asr_restart(R, n):
    ind, org = pick_org(R)
    loc = R.choice(["UK", "US", "IE"])
    num, brand = gen_card(R)
    zw = zero_word(R, loc)
    cs = Case("positive", "ASR: card reading with restart, aside and fillers (%s)" % ind)
    k = cs.val("card", "CARD_NUMBER", num)
    cs.a(R.choice(["and what's the card number please", "can i take the card number when you're ready"]))
    gs = groups(num, card_groups(num))
    chunks = [say(g, R, zw, pairs=0.15, dbl=0.4) for g in gs]
    cut = R.randint(1, len(gs) - 1)
    mode = R.random()
    if mode < 0.5:
        # restart
        frag = join_chunks(chunks[:cut], R, fill=0.3)
        cs.c("okay it's ", L(frag, "CARD_NUMBER", k, "prefix"),
             R.choice([" no wait sorry let me start again ", " oh hang on i've lost my place ", " sorry sorry from the top "]),
             L(join_chunks(chunks, R, fill=0.3), "CARD_NUMBER", k))
    else:
        # aside in the middle of a reading splits it into two spans
        c1 = join_chunks(chunks[:cut], R, fill=0.3)
        c2 = join_chunks(chunks[cut:], R, fill=0.3)
        cs.c("yeah it's ", L(c1, "CARD_NUMBER", k, "part"), " " + R.choice(ASIDES) + " ", L(c2, "CARD_NUMBER", k, "part"))
    cs.a(R.choice(["thank you", "okay got that", "perfect"]) + " and the three digit code on the back")
    cvv = "".join(R.choice("0123456789") for _ in range(4 if brand == "amex" else 3))
    vk = cs.val("cvv", "CVV", cvv)
    cs.c(R.choice(["it's ", "um ", "that's "]), L(say(cvv, R, zw, dbl=0.5, hund=0.3), "CVV", vk))
    if R.random() < 0.5:
        cs.a("and just to confirm that's the card ending ", L(say(num[-4:], R, zw), "CARD_NUMBER", k, "suffix"))
        cs.c("yeah")
    return cs


def p_card_email_fix(R, n):
    # same as p_card_email but the last-four mention is labelled (full card read in same case)
    ind, org = pick_org(R)
    num, brand = gen_card(R)
    cs = Case("positive", "typed e-mail: card with label plus last-four mention in same message (%s)" % ind)
    k = cs.val("card", "CARD_NUMBER", num)
    mm, yy = R.randint(1, 12), R.randint(25, 31)
    ek = cs.val("exp", "EXPIRY", (mm, 2000 + yy))
    name = R.choice(FIRST).capitalize()
    cs.c("Subject: paymnet for order\n\nHello %s team,\nPlease take the balance of £%d.%02d from this card.\n" % (org, R.randint(20, 900), R.randint(0, 99)),
         R.choice(["CARD NO: ", "Card Number - ", "card num ", "Long number: "]), L(card_typed_str(num, R), "CARD_NUMBER", k),
         "\n", R.choice(["Exp: ", "EXPIRY ", "valid thru "]), L(R.choice(["%02d/%02d" % (mm, yy), "%02d / %02d" % (mm, yy), "%02d-20%02d" % (mm, yy)]), "EXPIRY", ek),
         "\nThe card ending ", L(num[-4:], "CARD_NUMBER", k, "suffix"), " is the one I want used going forward.\nThanks\n%s" % name)
    cs.a("Thanks %s, we've taken the payment from the card ending " % name, L(num[-4:], "CARD_NUMBER", k, "suffix"), ".")
    return cs


def ssn_typed(s, R):
    return R.choice(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s, "%s-%s-%s" % (s[:3], s[3:5], s[5:]),
                     "%s.%s.%s" % (s[:3], s[3:5], s[5:])])


def p_ssn_chat(R, n):
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    org = R.choice(ORGS[ind])
    s = gen_ssn(R)
    cs = Case("positive", "typed chat (US): SSN with DOB and ZIP (%s)" % ind)
    k = cs.val("ssn", "SSN", s)
    cs.a("Welcome to %s chat. To verify your identity please provide your SSN and date of birth." % org)
    d, m, y = gen_date(R)
    dk = cs.val("dob", "DOB", (d, m, y))
    lab = R.choice(["SSN: ", "ssn ", "social is ", "Social Security # ", "my ss# is ", ""])
    if R.random() < 0.5:
        cs.c(lab, L(ssn_typed(s, R), "SSN", k), R.choice([" dob ", ", DOB: ", " and born "]), L(dob_typed(d, m, y, R, "US"), "DOB", dk))
    else:
        cs.c(lab, L(ssn_typed(s, R), "SSN", k))
        cs.a("Thanks. And your date of birth?")
        cs.c(L(dob_typed(d, m, y, R, "US"), "DOB", dk))
    if R.random() < 0.6:
        z = gen_zip(R)
        zk = cs.val("zip", "POSTCODE", z)
        cs.a("Thank you. Last one, the ZIP code on the account?")
        cs.c(R.choice(["", "zip is ", "its "]), L(z, "POSTCODE", zk))
    cs.a("Great, you're verified. What can I help with?")
    return cs


def p_ssn_asr(R, n):
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom", "utilities"])
    s = gen_ssn(R)
    zw = zero_word(R, "US")
    cs = Case("positive", "ASR (US): SSN read in groups across turns, read-back (%s)" % ind)
    k = cs.val("ssn", "SSN", s)
    cs.a(R.choice(["can i get your social security number please", "and for verification i'll need your social",
                   "what's the social on the account"]))
    gs = [s[:3], s[3:5], s[5:]]
    mode = R.random()
    if mode < 0.4:
        sp = [say(gs[0], R, zw, dbl=0.4, hund=0.3), say(gs[1], R, zw, pairs=0.6), say(gs[2], R, zw, pairs=0.5, dbl=0.4)]
        cs.c(R.choice(["sure it's ", "yeah ", "okay uh ", "it's "]), L(join_chunks(sp, R, fill=0.3), "SSN", k))
    elif mode < 0.8:
        sp = [say(g, R, zw, pairs=0.4, dbl=0.4) for g in gs]
        cs.c(R.choice(["", "okay ", "it's "]), L(sp[0], "SSN", k, "part"))
        cs.a(R.choice(BACK))
        cs.c(L(sp[1], "SSN", k, "part"))
        cs.a(R.choice(BACK))
        cs.c(L(sp[2], "SSN", k, "part"))
    else:
        sp = [say(g, R, zw, dbl=0.4) for g in gs]
        cs.c("it's ", L(sp[0] + " " + sp[1], "SSN", k, "prefix"), " no wait that's my wife's hold on ", L(join_chunks(sp, R, fill=0.4), "SSN", k))
    if R.random() < 0.6:
        cs.a("thank you so i have ", L(" ".join(say(g, R, zw, dbl=0.2) for g in gs), "SSN", k), " correct")
        cs.c("correct")
    else:
        cs.a("great thanks you're verified")
    return cs


def ni_typed(v, R):
    st = R.random()
    if st < 0.3:
        return v
    if st < 0.55:
        return "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    if st < 0.7:
        return v.lower()
    if st < 0.85:
        return "%s %s %s" % (v[:2], v[2:8], v[8])
    return "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])


def p_ni_chat(R, n):
    ind = R.choice(["government services", "banking", "insurance", "utilities", "retail"])
    org = R.choice(ORGS[ind])
    v = gen_ni(R)
    cs = Case("positive", "typed chat/e-mail (UK): NI number (%s)" % ind)
    k = cs.val("ni", "NI_NUMBER", v)
    cs.a("Hello, this is %s with %s. Could I take your National Insurance number?" % (R.choice(AGENTS), org))
    cs.c(R.choice(["NI no: ", "ni number ", "National Insurance: ", "its ", "NINO ", "sure - "]), L(ni_typed(v, R), "NI_NUMBER", k),
         R.choice(["", " thanks", ". I'm on universal credit if that matters", " (from my payslip)"]))
    if R.random() < 0.5:
        pc = gen_uk_pc(R)
        pk = cs.val("pc", "POSTCODE", pc)
        cs.a("Thanks, and the postcode you're registered at?")
        cs.c(L(R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE", pk))
    cs.a("Thank you, I've found your record.")
    return cs


def p_ni_asr(R, n):
    ind = R.choice(["government services", "banking", "insurance", "utilities", "telecom"])
    v = gen_ni(R)
    zw = zero_word(R, "UK")
    cs = Case("positive", "ASR (UK): NI number spelled, NATO letters, split over turns (%s)" % ind)
    k = cs.val("ni", "NI_NUMBER", v)
    cs.a(R.choice(["can i take your national insurance number please", "what's your n i number",
                   "and your national insurance number when you're ready"]))
    pre = spell(v[:2], R, nato=0.5)
    dig = [say(v[2:4], R, zw, pairs=0.5, dbl=0.4), say(v[4:6], R, zw, pairs=0.5, dbl=0.4), say(v[6:8], R, zw, pairs=0.5, dbl=0.4)]
    suf = spell(v[8], R, nato=0.5)
    mode = R.random()
    if mode < 0.45:
        cs.c(R.choice(["yeah it's ", "it's ", "right um ", ""]), L(join_chunks([pre] + dig + [suf], R, fill=0.3), "NI_NUMBER", k))
    elif mode < 0.85:
        cs.c(R.choice(["okay ", "it's ", ""]), L(pre, "NI_NUMBER", k, "part"))
        cs.a(R.choice(BACK))
        cs.c(L(join_chunks(dig, R, fill=0.2), "NI_NUMBER", k, "part"))
        cs.a(R.choice(["and the letter at the end", "mhm and the last letter", "go on"]))
        cs.c(R.choice(["", "it's ", "that's "]), L(suf, "NI_NUMBER", k, "part"))
    else:
        cs.c("it's ", L(join_chunks([pre] + dig, R, fill=0.3), "NI_NUMBER", k, "part"), " " + R.choice(ASIDES) + " ",
             L(suf, "NI_NUMBER", k, "part"))
    if R.random() < 0.6:
        cs.a("lovely so that's ", L(join_chunks([spell(v[:2], R)] + [say(v[2:8], R, zw, dbl=0.3)] + [spell(v[8], R)], R, fill=0, comma=0.2), "NI_NUMBER", k))
        cs.c(R.choice(["yes", "yeah that's it", "that's right yeah"]))
    return cs


def p_bank_uk(R, n):
    ind = R.choice(["banking", "utilities", "insurance", "telecom", "government services"])
    org = R.choice(ORGS[ind])
    sc = "".join(R.choice("0123456789") for _ in range(6))
    acct = "".join(R.choice("0123456789") for _ in range(8))
    typed = R.random() < 0.5
    cs = Case("positive", "%s (UK): sort code and account number for direct debit (%s)" % ("typed" if typed else "ASR", ind))
    sk = cs.val("sc", "SORT_CODE", sc)
    ak = cs.val("acct", "BANK_ACCOUNT", acct)
    if typed:
        cs.a("To set up the direct debit I'll need your sort code and account number.")
        scs = R.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:]), "%s.%s.%s" % (sc[:2], sc[2:4], sc[4:])])
        acs = R.choice([acct, acct[:4] + " " + acct[4:], acct])
        if R.random() < 0.5:
            cs.c(R.choice(["sort code ", "S/C: ", "sortcode "]), L(scs, "SORT_CODE", sk), R.choice([" acct no: ", ", a/c ", " account "]), L(acs, "BANK_ACCOUNT", ak))
        else:
            cs.c(R.choice(["acc no. ", "Account number: ", "account is "]), L(acs, "BANK_ACCOUNT", ak), "\n", R.choice(["sort ", "Sort code: "]), L(scs, "SORT_CODE", sk))
        cs.a("Thanks, the first collection will be on the 1st of next month.")
        return cs
    zw = zero_word(R, "UK")
    cs.a("and what's the sort code for the account the direct debit's coming from")
    scsp = R.choice([" ".join(w_num(int(sc[i:i + 2])) if sc[i] != "0" and sc[i + 1] != "0" else say(sc[i:i + 2], R, zw, dbl=0.5) for i in (0, 2, 4)),
                     say(sc, R, zw, dbl=0.5), join_chunks([say(sc[i:i + 2], R, zw, dbl=0.5) for i in (0, 2, 4)], R, fill=0.3, comma=0.5)])
    cs.c(R.choice(["it's ", "um ", "sort code is ", ""]), L(scsp, "SORT_CODE", sk))
    cs.a(R.choice(["mhm and the account number", "lovely and the eight digit account number", "and the account number"]))
    if R.random() < 0.5:
        cs.c(L(say(acct[:4], R, zw, pairs=0.2, dbl=0.4), "BANK_ACCOUNT", ak, "part"))
        cs.a(R.choice(BACK))
        cs.c(L(say(acct[4:], R, zw, pairs=0.2, dbl=0.4), "BANK_ACCOUNT", ak, "part"))
    else:
        cs.c(R.choice(["that's ", "it's ", "right it's "]), L(join_chunks([say(acct[:4], R, zw, dbl=0.4), say(acct[4:], R, zw, dbl=0.4)], R, fill=0.3), "BANK_ACCOUNT", ak))
    if R.random() < 0.5:
        cs.a("so sort code ", L(say(sc, R, zw, dbl=0.2), "SORT_CODE", sk), " account ", L(say(acct, R, zw, dbl=0.2), "BANK_ACCOUNT", ak), " yeah")
        cs.c("yep")
    return cs


def p_bank_us(R, n):
    ind = R.choice(["banking", "utilities", "insurance", "healthcare billing", "retail"])
    org = R.choice(ORGS[ind])
    ln = R.choice([9, 10, 11, 12])
    acct = str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(ln - 1))
    typed = R.random() < 0.5
    cs = Case("positive", "%s (US): checking account number (%s)" % ("typed" if typed else "ASR", ind))
    ak = cs.val("acct", "BANK_ACCOUNT", acct)
    if typed:
        cs.a("Which checking account would you like the refund sent to?")
        cs.c(R.choice(["acct no: ", "Acct# ", "checking acct ", "account number is "]), L(R.choice([acct, acct[:4] + "-" + acct[4:], acct]), "BANK_ACCOUNT", ak),
             R.choice(["", " at Chase", " - its a joint account", " thx"]))
        cs.a("Got it, refunds take 5-7 business days.")
    else:
        zw = zero_word(R, "US")
        cs.a("and the account number the payment will come out of")
        cut = R.randint(3, ln - 3)
        cs.c(R.choice(["okay it's ", "sure ", ""]), L(join_chunks([say(acct[:cut], R, zw, pairs=0.3, dbl=0.4), say(acct[cut:], R, zw, pairs=0.3, dbl=0.4)], R, fill=0.4), "BANK_ACCOUNT", ak))
        cs.a("thank you and that's a checking account")
        cs.c("yes checking")
    return cs


def iban_typed(v, R):
    st = R.random()
    if st < 0.5:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if st < 0.75:
        return v
    if st < 0.9:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)).lower()
    return v[:4] + " " + v[4:]


def p_iban(R, n):
    ind = R.choice(["banking", "travel", "retail", "insurance", "utilities", "government services"])
    org = R.choice(ORGS[ind])
    v = gen_iban(R)
    cs = Case("positive", "IBAN for refund/transfer, %s (%s)" % (v[:2], ind))
    k = cs.val("iban", "IBAN", v)
    if R.random() < 0.6:
        cs.a("For the refund we'll need an IBAN for your account.")
        cs.c(R.choice(["IBAN: ", "iban ", "Here it is: ", "my IBAN is "]), L(iban_typed(v, R), "IBAN", k),
             R.choice(["", " (BIC not needed?)", ". Thanks!", " - account in my husband's name too"]))
        cs.a("Thanks, the refund of €%d.%02d will be sent within 10 working days." % (R.randint(30, 900), R.randint(0, 99)))
    else:
        zw = zero_word(R, "UK")
        cs.a("okay can you read me the i b a n")
        chunks = [spell(v[:2], R, nato=0.4) + " " + say(v[2:4], R, zw, pairs=0.4)]
        rest = v[4:]
        for i in range(0, len(rest), 4):
            g = rest[i:i + 4]
            if g.isdigit():
                chunks.append(say(g, R, zw, dbl=0.4, pairs=0.2))
            else:
                chunks.append(" ".join(spell(ch, R, nato=0.3) if ch.isalpha() else UNITS[int(ch)] if ch != "0" else zw for ch in g))
        cut = R.randint(2, len(chunks) - 1)
        cs.c(R.choice(["yeah it's ", "okay ", ""]), L(join_chunks(chunks[:cut], R, fill=0.25), "IBAN", k, "part"))
        cs.a(R.choice(BACK))
        cs.c(L(join_chunks(chunks[cut:], R, fill=0.25), "IBAN", k, "part"))
        cs.a("great thank you")
    return cs


def p_phone_chat(R, n):
    ind, org = pick_org(R)
    canon, typed, _ = gen_phone(R)
    cs = Case("positive", "typed: phone number with label/odd format (%s)" % ind)
    k = cs.val("ph", "PHONE", canon)
    cs.a("What's the best number to reach you on?")
    cs.c(R.choice(["mob: ", "tel ", "Call me on ", "my cell is ", "ph. ", "number is ", "", "best no. "]), L(typed, "PHONE", k),
         R.choice(["", " after 6pm", " (work)", " or email is fine", ", its my new number"]))
    cs.a("Thanks, I've updated your contact number.")
    return cs


def p_phone_asr(R, n):
    ind, org = pick_org(R)
    canon, typed, chunks = gen_phone(R)
    loc = "US" if canon.startswith("+1") or (len(canon) == 10 and not canon.startswith("0")) else "UK"
    zw = zero_word(R, loc)
    cs = Case("positive", "ASR: phone number spoken with double/triple, country code (%s)" % ind)
    k = cs.val("ph", "PHONE", canon)
    cs.a(R.choice(["and is there a good contact number for you", "can i take a mobile number in case we get cut off",
                   "what number should the engineer call"]))
    sp = say_phone(chunks, R, zw, loc)
    mode = R.random()
    if mode < 0.5:
        cs.c(R.choice(["yeah it's ", "it's ", "um yeah ", ""]), L(join_chunks(sp, R, fill=0.3), "PHONE", k))
    elif mode < 0.8 and len(sp) >= 3:
        cs.c(R.choice(["okay ", "", "it's "]), L(join_chunks(sp[:2], R, fill=0.2), "PHONE", k, "part"))
        cs.a(R.choice(BACK))
        cs.c(L(join_chunks(sp[2:], R, fill=0.2), "PHONE", k, "part"))
    else:
        cs.c("it's ", L(sp[0], "PHONE", k, "prefix"), " no sorry that's the old one it's ", L(join_chunks(sp, R, fill=0.2), "PHONE", k))
    if R.random() < 0.5:
        cs.a("so that's ", L(" ".join(say_phone(chunks, R, zw, loc)), "PHONE", k))
        cs.c("yep")
    return cs


def p_email(R, n):
    ind, org = pick_org(R)
    e = gen_email(R)
    cs = Case("positive", "e-mail address typed and/or spoken (%s)" % ind)
    k = cs.val("em", "EMAIL", e)
    if R.random() < 0.45:
        cs.a("Can I confirm the email address for the receipt?")
        shown = e if R.random() < 0.6 else (e.upper() if R.random() < 0.3 else e[0].upper() + e[1:])
        cs.c(R.choice(["email: ", "its ", "send it to ", "", "e-mail is "]), L(shown, "EMAIL", k), R.choice(["", " pls", " thanks", " not the old hotmail one"]))
        cs.a("Done, you'll get a confirmation shortly.")
    else:
        cs.a(R.choice(["and what email address shall i send that to", "can i take an email for the confirmation"]))
        sp = say_email(e, R)
        if R.random() < 0.35:
            local, dom = sp.split(" at ", 1)
            cs.c(R.choice(["it's ", "yeah it's ", ""]), L(local, "EMAIL", k, "part"))
            cs.a(R.choice(["mhm at", "at what", "yep go on"]))
            cs.c(L("at " + dom, "EMAIL", k, "part"))
        else:
            cs.c(R.choice(["it's ", "yeah it's ", "um ", ""]), L(sp, "EMAIL", k))
        if R.random() < 0.4:
            cs.a("lovely so ", L(say_email(e, R), "EMAIL", k))
            cs.c("that's it")
    return cs


def p_dob(R, n):
    ind = R.choice(["banking", "insurance", "healthcare billing", "telecom", "government services", "utilities"])
    loc = R.choice(["UK", "US", "IE"])
    d, m, y = gen_date(R)
    cs = Case("positive", "DOB for verification (%s, %s)" % (loc, ind))
    k = cs.val("dob", "DOB", (d, m, y))
    if R.random() < 0.4:
        cs.a("For security, please confirm your date of birth.")
        cs.c(R.choice(["DOB ", "d.o.b: ", "born ", "", "its "]), L(dob_typed(d, m, y, R, "US" if loc == "US" else "UK"), "DOB", k))
    else:
        cs.a(R.choice(["and can you confirm your date of birth", "for security what's your date of birth"]))
        sp = dob_spoken(d, m, y, R, "US" if loc == "US" else "UK")
        cs.c(R.choice(["yeah it's ", "", "um ", "it's "]), L(sp, "DOB", k), R.choice(["", " yeah", " i'm %d" % (2025 - y)]))
        if R.random() < 0.4:
            cs.a("thank you so ", L(dob_spoken(d, m, y, R, "US" if loc == "US" else "UK"), "DOB", k))
            cs.c("yes")
    cs.a(R.choice(["thank you that's all matched", "great you're through security"]))
    return cs


def address_typed(R, us=False):
    num = R.randint(1, 240)
    st = R.choice(US_STREETS if us else STREETS)
    street = titled(st)
    if not us and R.random() < 0.15:
        street = street.replace(" Road", " Rd").replace(" Street", " St").replace(" Avenue", " Ave")
    pre = ""
    if R.random() < 0.3:
        pre = R.choice(["Apt %d%s, " % (R.randint(1, 20), R.choice(["", "B"])), "Unit %d " % R.randint(1, 12)] if us else
                       ["Flat %d, " % R.randint(1, 30), "Flat %d%s " % (R.randint(1, 9), R.choice("ABC")), "Apartment %d, " % R.randint(1, 40)])
    txt = pre + "%d %s" % (num, street)
    if R.random() < 0.15:
        txt = txt.lower()
    return txt, (num, st.split()[0])


def address_spoken(R, us=False):
    num = R.randint(1, 240)
    st = R.choice(US_STREETS if us else STREETS)
    if num >= 100 and num % 10 != 0 and R.random() < 0.5:
        ns = say(str(num), R, "oh", hund=1.0)
    elif num >= 100:
        ns = say(str(num), R, "oh", pairs=0.5)
    else:
        ns = w_num(num)
    pre = ""
    if R.random() < 0.3:
        pre = ("apartment %s " if us else "flat %s ") % w_num(R.randint(1, 30))
    return pre + ns + " " + st, (num, st.split()[0])


def p_address(R, n):
    ind, org = pick_org(R)
    us = R.random() < 0.35
    typed = R.random() < 0.5
    cs = Case("positive", "%s: address with postcode/ZIP (%s, %s)" % ("typed" if typed else "ASR", ind, "US" if us else "UK"))
    pc = gen_zip(R) if us else gen_uk_pc(R)
    pk = cs.val("pc", "POSTCODE", pc)
    if typed:
        txt, canon = address_typed(R, us)
        ak = cs.val("addr", "ADDRESS", canon)
        town = R.choice(US_TOWNS if us else UK_TOWNS)
        cs.a("Can you confirm the delivery address please?")
        pcs = pc if us else R.choice([pc, pc.lower(), pc.replace(" ", "")])
        if R.random() < 0.6:
            cs.c(L(txt, "ADDRESS", ak), ", %s " % town, L(pcs, "POSTCODE", pk))
        else:
            cs.c(R.choice(["addr: ", "Its ", "deliver to "]), L(txt, "ADDRESS", ak), "\n%s\n" % town, L(pcs, "POSTCODE", pk))
        cs.a("Thanks, that's been saved.")
    else:
        txt, canon = address_spoken(R, us)
        ak = cs.val("addr", "ADDRESS", canon)
        town = R.choice(US_TOWNS if us else UK_TOWNS).lower().split(",")[0]
        cs.a(R.choice(["and what's the first line of the address", "can i take the address the bill goes to"]))
        cs.c(R.choice(["it's ", "yeah ", "um ", ""]), L(txt, "ADDRESS", ak), R.choice([" in ", " ", " that's in "]) + town)
        cs.a(R.choice(["and the postcode", "and the zip code" if us else "and the post code"]))
        if us:
            z = pc.replace("-", "")
            sp = say(z[:5], R, "zero", pairs=0.3, dbl=0.3)
            if len(z) > 5:
                sp += " dash " + say(z[5:], R, "zero")
        else:
            out, dz = pc.split()
            sp = spell(re.match(r"[A-Z]+", out).group(0), R, nato=0.3) + " " + " ".join(
                UNITS[int(ch)] if ch.isdigit() else ch.lower() for ch in out[len(re.match(r"[A-Z]+", out).group(0)):])
            sp += R.choice([" ", " um ", ", "]) + UNITS[int(dz[0])] + " " + spell(dz[1:], R, nato=0.3)
        cs.c(R.choice(["it's ", "", "yeah "]), L(sp, "POSTCODE", pk))
    return cs


def p_verify_mix(R, n):
    """identity verification mixing several types in one call"""
    ind = R.choice(["banking", "telecom", "utilities", "insurance"])
    org = R.choice(ORGS[ind])
    cs = Case("positive", "ASR: full ID&V sequence, several types (%s)" % ind)
    zw = zero_word(R, "UK")
    cs.a("thanks for calling %s you're through to %s can i take your full name" % (org.lower(), R.choice(AGENTS).lower()))
    cs.c("yeah it's %s %s" % (R.choice(FIRST), R.choice(LAST)))
    d, m, y = gen_date(R)
    dk = cs.val("dob", "DOB", (d, m, y))
    cs.a("and your date of birth")
    cs.c(L(dob_spoken(d, m, y, R), "DOB", dk))
    pc = gen_uk_pc(R)
    pk = cs.val("pc", "POSTCODE", pc)
    out, dz = pc.split()
    cs.a("and the postcode")
    sp = " ".join(ch.lower() if ch.isalpha() else UNITS[int(ch)] for ch in out) + " " + UNITS[int(dz[0])] + " " + spell(dz[1:], R, nato=0.5)
    cs.c(L(sp, "POSTCODE", pk))
    canon, typed, chunks = gen_phone(R)
    kk = cs.val("ph", "PHONE", canon)
    cs.a("and is the number you're calling from ending in %s still the best number" % R.choice(["four two", "nine one", "double seven", "six oh"]))
    cs.c("no i've got a new one it's ", L(join_chunks(say_phone(chunks, R, zw, "UK"), R, fill=0.3), "PHONE", kk))
    if R.random() < 0.5:
        num, brand = gen_card(R)
        ck = cs.val("card", "CARD_NUMBER", num)
        cs.a("okay and how would you like to pay the %d pounds %d today" % (R.randint(20, 300), R.randint(1, 99)))
        gs = groups(num, card_groups(num))
        cs.c("debit card ", L(join_chunks([say(g, R, zw, pairs=0.1, dbl=0.4) for g in gs], R, fill=0.3), "CARD_NUMBER", ck))
        cs.a("thank you so that's the visa ending ", L(say(num[-4:], R, zw), "CARD_NUMBER", ck, "suffix"))
    return cs


def p_written_complaint(R, n):
    ind, org = pick_org(R)
    us = R.random() < 0.4
    cs = Case("positive", "typed e-mail complaint with several identifiers (%s)" % ind)
    e = gen_email(R)
    ek = cs.val("em", "EMAIL", e)
    canon, typed, _ = gen_phone(R)
    pk = cs.val("ph", "PHONE", canon)
    txt, acanon = address_typed(R, us)
    ak = cs.val("addr", "ADDRESS", acanon)
    pc = gen_zip(R) if us else gen_uk_pc(R)
    zk = cs.val("pc", "POSTCODE", pc)
    amount = "%s%d.%02d" % ("$" if us else "£", R.randint(10, 2000), R.randint(0, 99))
    ref = "".join(R.choice("0123456789") for _ in range(R.choice([8, 10, 12])))
    parts = ["To whom it may concern,\n\nI am writing AGAIN about complaint ref %s. I was charged %s twice on the %d%s. " % (
        ref, amount, R.randint(1, 28), R.choice(["th", "th", "th"])),
        "I have lived at ", L(txt, "ADDRESS", ak), ", %s, " % R.choice(US_TOWNS if us else UK_TOWNS), L(pc, "POSTCODE", zk),
        " for %d years and never had this problem. " % R.randint(2, 30)]
    if us and R.random() < 0.7:
        s = gen_ssn(R)
        sk = cs.val("ssn", "SSN", s)
        parts += ["Your rep asked for my social (", L(ssn_typed(s, R), "SSN", sk), ") three times! "]
    elif not us and R.random() < 0.6:
        v = gen_ni(R)
        vk = cs.val("ni", "NI_NUMBER", v)
        parts += ["I even gave my NI number ", L(ni_typed(v, R), "NI_NUMBER", vk), " on the phone. "]
    parts += ["Please call me on ", L(typed, "PHONE", pk), " or reply to ", L(e, "EMAIL", ek), ".\n\nRegards"]
    cs.c(*parts)
    cs.a("Dear customer, thank you for your email. We're sorry to hear about the duplicate charge and have passed this to our billing team.")
    return cs


def p_expiry_cvv_asr(R, n):
    ind, org = pick_org(R)
    num, brand = gen_card(R)
    zw = zero_word(R, "UK")
    cs = Case("positive", "ASR: card then expiry and security code with hesitations (%s)" % ind)
    k = cs.val("card", "CARD_NUMBER", num)
    gs = groups(num, card_groups(num))
    cs.a("and the long card number please")
    cs.c(L(join_chunks([say(g, R, zw, pairs=0.3, dbl=0.5, hund=0.15) for g in gs], R, fill=0.35), "CARD_NUMBER", k))
    mm, yy = R.randint(1, 12), R.randint(25, 31)
    ek = cs.val("exp", "EXPIRY", (mm, 2000 + yy))
    cs.a(R.choice(["and the expiry date", "when does it expire", "and the valid to date"]))
    cs.c(R.choice(["", "it's ", "um "]), L(R.choice([say("%02d" % mm, R, zw, dbl=0) + " " + w_num(yy),
                                                     MONTHS[mm - 1] + " " + say_year(2000 + yy, R),
                                                     say("%02d" % mm, R, zw, dbl=0) + " uh " + w_num(yy),
                                                     "end of " + MONTHS[mm - 1] + " twenty " + w_num(yy)]), "EXPIRY", ek))
    cvv = "".join(R.choice("0123456789") for _ in range(4 if brand == "amex" else 3))
    vk = cs.val("cvv", "CVV", cvv)
    cs.a(R.choice(["and the last three digits on the signature strip", "and the security code"]))
    cs.c(R.choice(["", "it's ", "that's "]), L(say(cvv, R, zw, hund=0.4, dbl=0.5), "CVV", vk))
    return cs


POS_TEMPLATES = [
    (p_card_chat, 14), (p_card_asr_split, 16), (p_card_asr_restart, 12), (p_card_email_fix, 6), (p_expiry_cvv_asr, 10),
    (p_ssn_chat, 10), (p_ssn_asr, 12), (p_ni_chat, 10), (p_ni_asr, 12), (p_bank_uk, 12), (p_bank_us, 6), (p_iban, 12),
    (p_phone_chat, 10), (p_phone_asr, 12), (p_email, 14), (p_dob, 12), (p_address, 16), (p_verify_mix, 10),
    (p_written_complaint, 10),
]

# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------


def rd(R, n):
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


def say_amount(n):
    if n < 100:
        return w_num(n)
    if n < 1000:
        return UNITS[n // 100] + " hundred" + (" and " + w_num(n % 100) if n % 100 else "")
    return say_amount(n // 1000) + " thousand" + ((" and " if n % 1000 < 100 else " ") + say_amount(n % 1000) if n % 1000 else "")


def n_amounts(R):
    ind, org = pick_org(R)
    cs = Case("negative", "balances, amounts and prices (%s)" % ind)
    bal = R.randint(100, 99999)
    cs.a("okay so the current balance on the account is %s pounds and %s pence" % (say_amount(bal // 100), w_num(bal % 100)))
    cs.c("right and what's the minimum payment")
    cs.a("the minimum is £%d.%02d and then interest at %d.%d%% APR" % (R.randint(5, 90), R.randint(0, 99), R.randint(9, 39), R.randint(0, 9)))
    cs.c(R.choice(["so if i pay four hundred and twelve now that clears it", "can i pay 1,250.00 today and the rest in march",
                   "i thought it was one thousand two hundred and forty six pounds"]))
    return cs


def n_reference_read(R):
    ind, org = pick_org(R)
    lab = R.choice(["order number", "reference number", "tracking number", "claim number", "ticket number", "invoice number",
                    "booking reference", "case number", "policy number", "serial number", "meter serial number",
                    "account reference on the bill"])
    ln = R.choice([12, 13, 15, 16, 16, 18, 19])
    num = rd(R, ln)
    if R.random() < 0.5:  # make it Luhn-valid to be nasty
        body = num[:-1]
        for c in "0123456789":
            if luhn_ok(body + c):
                num = body + c
                break
    zw = zero_word(R)
    cs = Case("negative", "long %s read out like a card number (not PII)" % lab)
    cs.a(R.choice(["have you got the %s there" % lab, "can i take the %s please" % lab]))
    gs = groups(num, [4, 4, 4, 4, 4])
    cs.c("yeah the %s is " % lab + say(gs[0], R, zw, dbl=0.5))
    cs.a(R.choice(BACK))
    cs.c(join_chunks([say(g, R, zw, dbl=0.5, pairs=0.2) for g in gs[1:]], R, fill=0.3))
    cs.a("thanks so %s %s i've pulled that up" % (lab, " ".join(say(g, R, zw) for g in gs)))
    return cs


def n_ref_typed(R):
    ind, org = pick_org(R)
    cs = Case("negative", "typed identifiers with labels: order/invoice/tracking/model (%s)" % ind)
    items = [
        "Order #%s" % rd(R, 10),
        "Invoice no: INV-%s-%s" % (R.randint(2019, 2025), rd(R, 6)),
        "tracking 1Z%s%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)), rd(R, 12)),
        "ref: %s" % rd(R, 16),
        "model number KX-%s%s" % (rd(R, 4), R.choice("ABCE")),
        "claim ref CLM/%s/%s" % (rd(R, 4), rd(R, 7)),
        "Serial No. SN%s" % rd(R, 14),
        "policy no %s%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(2)), rd(R, 8)),
        "ticket %s" % rd(R, 7),
    ]
    R.shuffle(items)
    cs.c("Hi, chasing up my refund. %s, %s. It's been %d days." % (items[0], items[1], R.randint(3, 40)))
    cs.a("Thanks. I can see %s was raised on %d %s %d and the refund of £%d.%02d is pending." % (items[2], R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize(), R.randint(2023, 2025), R.randint(5, 500), R.randint(0, 99)))
    return cs


def n_last_four(R):
    ind, org = pick_org(R)
    l4 = rd(R, 4)
    zw = zero_word(R)
    cs = Case("negative", "card last four only (PCI-permitted, not PII) (%s)" % ind)
    cs.a(R.choice(["i can see two cards on file which one would you like to use",
                   "the payment was attempted on your card ending " + say(l4, R, zw)]))
    cs.c(R.choice(["the one ending " + say(l4, R, zw), "use the visa ending in %s" % l4, "the mastercard last four " + say(l4, R, zw, pairs=0.6),
                   "the card ending %s please" % l4]))
    cs.a(R.choice(["okay card ending %s that's done" % l4, "perfect i'll use the card ending " + say(l4, R, zw)]))
    return cs


def n_times(R):
    ind, org = pick_org(R)
    cs = Case("negative", "opening hours, times, durations (%s)" % ind)
    cs.c(R.choice(["what time do you close", "when are you open", "how long will the engineer be"]))
    cs.a("we're open %dam till %dpm monday to friday and %s to %s on saturdays the wait is about %s minutes" % (
        R.randint(7, 9), R.randint(5, 9), w_num(R.randint(8, 10)), w_num(R.randint(1, 5)), w_num(R.randint(10, 45))))
    cs.c("so if i call back at %d:%02d that's fine" % (R.randint(8, 17), R.choice([0, 15, 30, 45])))
    cs.a("yes the slot is between %s and %s on the %s" % (R.choice(["eight", "eight am", "08:00"]), R.choice(["twelve", "1pm", "13:00"]), w_ord(R.randint(1, 28))))
    return cs


def n_meter(R):
    ind = "utilities"
    org = R.choice(ORGS[ind])
    zw = zero_word(R)
    r1 = "%05d" % R.randint(0, 99999)
    cs = Case("negative", "meter readings and meter serial (%s)" % org)
    cs.a("can you give me a reading from the meter")
    cs.c("yeah it says " + say(r1, R, zw, dbl=0.6) + " and the night one is " + say("%05d" % R.randint(0, 99999), R, zw))
    cs.a("and the meter serial number on the front")
    ser = R.choice(["E6S", "K", "S1A", "D0"]) + rd(R, R.choice([8, 10]))
    cs.c("it's %s %s" % (spell(ser[:3], R), say(ser[3:], R, zw)))
    cs.a("thanks your next bill will be estimated at £%d a month" % R.randint(40, 250))
    return cs


def n_travel(R):
    org = R.choice(ORGS["travel"])
    cs = Case("negative", "flight, gate, seat, room numbers and booking refs (%s)" % org)
    fl = R.choice(["BA", "EI", "FR", "UA", "LH", "AF"]) + str(R.randint(10, 9999))
    cs.c("Hi my flight %s on the %d%s is showing cancelled, booking ref %s" % (fl, R.randint(1, 28), "th", "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    cs.a("I've rebooked you on %s departing %02d:%02d from gate %d%s, seat %d%s." % (
        R.choice(["BA", "EI", "UA"]) + str(R.randint(10, 999)), R.randint(5, 22), R.choice([0, 5, 15, 40, 55]), R.randint(1, 60),
        R.choice(["", "A", "B"]), R.randint(1, 40), R.choice("ABCDEF")))
    room = R.randint(101, 1450)
    cs.c("and the hotel, room " + say(str(room), R, hund=1.0) + "?")
    cs.a("Room %d is kept until %d am, and the transfer takes about %d minutes." % (room, R.randint(10, 12), R.randint(15, 90)))
    return cs


def n_dates(R):
    ind, org = pick_org(R)
    cs = Case("negative", "appointment/payment/contract dates that look like DOB/expiry (%s)" % ind)
    d, m, y = gen_date(R, 2024, 2027)
    cs.a(R.choice(["your next payment is due on the %s of %s %s" % (w_ord(d), MONTHS[m - 1], say_year(y, R)),
                   "the contract ends %02d/%d" % (m, y % 100 + 2000), "your appointment is on %02d/%02d/%d at %d" % (d, m, y, R.randint(9, 16))]))
    cs.c(R.choice(["and the direct debit comes out on the %s every month" % w_ord(R.randint(1, 28)),
                   "can we move it to %d/%d" % (R.randint(1, 28), R.randint(1, 12)), "so renewal's %s %s" % (MONTHS[R.randint(0, 11)], say_year(R.randint(2025, 2028), R))]))
    cs.a("yes and the minimum term is %s months" % w_num(R.choice([12, 18, 24, 36])))
    return cs


def n_misc_numbers(R):
    ind, org = pick_org(R)
    cs = Case("negative", "ages, temperatures, percentages, counts, years (%s)" % ind)
    since = R.randint(1995, 2020)
    cs.c("i'm %d and i've been with you since %d, that's %s years" % (R.randint(40, 90), since, w_num(2025 - since)))
    cs.a("thank you for your loyalty we can offer %d%% off for %d months" % (R.choice([10, 15, 20, 25, 30]), R.choice([3, 6, 12])))
    cs.c("the heating only gets to %d degrees and there's %s radiators" % (R.randint(12, 19), w_num(R.randint(3, 11))))
    cs.a("i'll book %s visits and log %d issues" % (w_num(R.randint(1, 3)), R.randint(1, 4)))
    return cs


def n_roads(R):
    ind = R.choice(["insurance", "travel", "retail", "utilities"])
    org = R.choice(ORGS[ind])
    cs = Case("negative", "road names and locations without house numbers (%s)" % org)
    cs.c("i broke down on the %s near junction %d, just past the services" % (R.choice(["M25", "M6", "A40", "N7", "I-95", "M50"]), R.randint(1, 30)))
    cs.a("okay is that before or after the turn for %s" % titled(R.choice(STREETS)))
    cs.c("after, i'm in the lay-by on %s about %d yards from the roundabout" % (titled(R.choice(STREETS)), R.randint(50, 400)))
    cs.a("recovery will be with you in about %d minutes" % R.randint(30, 120))
    return cs


def n_codes(R):
    ind, org = pick_org(R)
    zw = zero_word(R)
    cs = Case("negative", "voucher/promo/verification codes and PIN-reset codes (%s)" % ind)
    code = rd(R, 6)
    cs.c("i've got a voucher code %s-%s-%s can i use that" % (code[:2], code[2:4], code[4:]))
    cs.a("yes that gives %d%% off and the one time passcode we just sent is %s" % (R.choice([10, 20]), say(rd(R, 6), R, zw, dbl=0.5)))
    cs.c("got it, and the parcel locker code is %s" % rd(R, R.choice([4, 8])))
    return cs


def n_long_typed(R):
    ind, org = pick_org(R)
    cs = Case("negative", "long digit strings with non-PII labels in typed chat (%s)" % ind)
    n1 = rd(R, 16)
    for c in "0123456789":
        if luhn_ok(n1[:-1] + c):
            n1 = n1[:-1] + c
            break
    cs.c("transaction id %s %s %s %s shows declined, terminal %s" % (n1[:4], n1[4:8], n1[8:12], n1[12:], rd(R, 8)))
    cs.a("Thanks. Authorisation code %s, MPAN %s, and your account reference is %s." % (rd(R, 6), rd(R, 13), rd(R, 9)))
    return cs


NEG_TEMPLATES = [(n_amounts, 10), (n_reference_read, 16), (n_ref_typed, 12), (n_last_four, 12), (n_times, 8), (n_meter, 8),
                 (n_travel, 8), (n_dates, 10), (n_misc_numbers, 8), (n_roads, 6), (n_codes, 8), (n_long_typed, 8)]


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------


def generate():
    R = random.Random(391241125)
    cases = []
    pos = []
    for fn, cnt in POS_TEMPLATES:
        for i in range(cnt):
            pos.append(fn)
    R.shuffle(pos)
    neg = []
    for fn, cnt in NEG_TEMPLATES:
        neg += [fn] * cnt
    R.shuffle(neg)
    for i, fn in enumerate(pos):
        c = fn(R, i)
        c.id = "h391-pos-%03d" % (i + 1)
        cases.append(c)
    for i, fn in enumerate(neg):
        c = fn(R)
        c.id = "h391-neg-%03d" % (i + 1)
        cases.append(c)
    return cases


def dump(cases):
    lines = []
    for c in cases:
        order = sorted(range(len(c.spans)), key=lambda j: (c.spans[j]["turn"], c.spans[j]["start"]))
        spans = [c.spans[j] for j in order]
        c.meta = [c.meta[j] for j in order]
        c.spans = spans
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# normalisation + validation
# --------------------------------------------------------------------------
W_UNIT = {w: str(i) for i, w in enumerate(UNITS)}
W_ZERO = {"zero", "oh", "o", "nought"}
W_TEEN = {v: str(k) for k, v in TEENS.items()}
W_TENS = {v: k for k, v in TENS.items()}
W_ORD = {v: k for k, v in ORD.items()}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm"}


def normalise(text, email=False):
    toks = re.findall(r"[a-z]+|\d+|[^\sa-z\d]", text.lower())
    out = []
    i = 0

    def unit_at(j):
        if j < len(toks):
            t = toks[j]
            if t in W_UNIT and t != "zero":
                return W_UNIT[t]
        return None

    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else ""
        if t in FILLERS:
            i += 1
            continue
        # NATO: "j for juliet" / "j as in juliet"
        if len(t) == 1 and t.isalpha():
            if nx == "for" and i + 2 < len(toks) and toks[i + 2][0] == t:
                out.append(t)
                i += 3
                continue
            if nx == "as" and i + 3 < len(toks) and toks[i + 2] == "in" and toks[i + 3][0] == t:
                out.append(t)
                i += 4
                continue
        if t in ("double", "triple") and nx:
            rep = 2 if t == "double" else 3
            if nx in W_ZERO and not (email and nx == "o"):
                out.append("0" * rep)
            elif nx in W_UNIT:
                out.append(W_UNIT[nx] * rep)
            else:
                out.append(nx * rep)
            i += 2
            continue
        if t in W_UNIT and t != "zero" and nx in ("hundred", "thousand"):
            mult = 100 if nx == "hundred" else 1000
            base = int(W_UNIT[t]) * mult
            j = i + 2
            rest = 0
            if j < len(toks) and toks[j] == "and":
                j += 1
                if toks[j] in W_TEEN:
                    rest = int(W_TEEN[toks[j]])
                    j += 1
                elif toks[j] in W_TENS:
                    rest = W_TENS[toks[j]] * 10
                    j += 1
                    u = unit_at(j)
                    if u:
                        rest += int(u)
                        j += 1
                elif unit_at(j):
                    rest = int(unit_at(j))
                    j += 1
            out.append(str(base + rest))
            i = j
            continue
        if t in W_TENS:
            u = unit_at(i + 1)
            if u is None and i + 1 < len(toks) and toks[i + 1] in W_ORD and W_ORD[toks[i + 1]] < 10:
                out.append(str(W_TENS[t] * 10 + W_ORD[toks[i + 1]]))
                i += 2
                continue
            out.append(str(W_TENS[t]) + (u or "0"))
            i += 2 if u else 1
            continue
        if t in W_TEEN:
            out.append(W_TEEN[t])
            i += 1
            continue
        if t in W_ORD:
            out.append(str(W_ORD[t]))
            i += 1
            continue
        if t in W_ZERO and not (email and t == "o"):
            out.append("0")
            i += 1
            continue
        if t in W_UNIT:
            out.append(W_UNIT[t])
            i += 1
            continue
        if t == "plus":
            out.append("+")
        elif email and t == "at":
            out.append("@")
        elif email and t == "dot":
            out.append(".")
        elif email and t == "underscore":
            out.append("_")
        elif email and t in ("dash", "hyphen"):
            out.append("-")
        elif email and t == "that":
            # "smith that's s m i t h" spelling aside -> skip the spelled copy
            j = i + 1
            if j < len(toks) and toks[j] == "'":
                j += 1
            if j < len(toks) and toks[j] == "s":
                j += 1
            prev = out[-1] if out else ""
            k = j
            letters = ""
            while k < len(toks) and len(toks[k]) == 1 and toks[k].isalpha() and len(letters) < len(prev):
                letters += toks[k]
                k += 1
            if letters == prev:
                i = k
                continue
            out.append(t)
        else:
            out.append(t)
        i += 1
    return out


def compact(text, keep="+"):
    toks = normalise(text)
    return "".join(t for t in toks if t.isalnum() or t in keep)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def validate_canon(typ, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "SSN":
        return canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666") and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(canon)) and canon[:2] not in NI_BAD
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 17
    if typ == "IBAN":
        return bool(re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", canon)) and mod97_ok(canon)
    if typ == "PHONE":
        d = canon.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 13
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(canon.lower()))
    if typ == "POSTCODE":
        c = canon.replace(" ", "").replace("-", "").upper()
        return bool(UKPC_RE.match(c) or ZIP_RE.match(c))
    if typ in ("DOB", "EXPIRY"):
        if typ == "DOB":
            d, m, y = canon
            return 1 <= d <= 31 and 1 <= m <= 12 and 1900 < y < 2010
        m, y = canon
        return 1 <= m <= 12 and 2024 <= y <= 2035
    if typ == "ADDRESS":
        return canon[0] > 0 and canon[1].isalpha() or canon[1][0].isalnum()
    return False


def span_value(typ, text):
    """normalise a span's text into the canonical comparable form"""
    if typ == "EMAIL":
        return "".join(normalise(text, email=True))
    if typ in ("IBAN", "NI_NUMBER", "POSTCODE"):
        return compact(text, keep="").upper()
    if typ == "PHONE":
        return compact(text, keep="+")
    return compact(text, keep="")


def check_text_value(typ, canon, text, role):
    """returns None if ok, else error string"""
    if typ in ("DOB", "EXPIRY"):
        toks = normalise(text)
        digits = "".join(t for t in toks if t.isdigit())
        words = [t for t in toks if t.isalpha()]
        if typ == "DOB":
            d, m, y = canon
        else:
            m, y = canon
        if "%02d" % (y % 100) not in digits:
            return "year missing in %r" % text
        if not (any(w.startswith(MONTHS[m - 1][:3]) for w in words) or str(m) in digits):
            return "month missing in %r" % text
        bad = [w for w in words if w not in MONTHS and w[:3] not in [mm[:3] for mm in MONTHS] and w not in ("the", "of", "slash", "end", "st", "nd", "rd", "th")]
        if bad:
            return "stray words %r in %r" % (bad, text)
        return None
    if typ == "ADDRESS":
        toks = normalise(text)
        digits = [t for t in toks if t.isdigit()]
        num, word = canon
        if str(num) not in "".join(digits):
            return "house number %d missing in %r" % (num, text)
        if word not in [t for t in toks]:
            return "street %r missing in %r" % (word, text)
        return None
    v = span_value(typ, text)
    c = canon
    if typ == "EMAIL":
        c = canon.lower()
        v = v.lower()
    if typ in ("IBAN", "NI_NUMBER", "POSTCODE"):
        c = canon.replace(" ", "").replace("-", "").upper()
    if typ == "POSTCODE" or typ == "PHONE":
        c = c.replace("-", "")
    if role == "full":
        return None if v == c else "value %r != %r" % (v, c)
    if role == "prefix":
        return None if v and c.startswith(v) and v != c else "prefix %r !< %r" % (v, c)
    if role == "suffix":
        return None if v and c.endswith(v) and typ == "CARD_NUMBER" else "suffix %r !> %r" % (v, c)
    return None  # parts are checked jointly


def check(cases, text):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c, line in zip(cases, text.splitlines()):
        obj = json.loads(line)
        if obj["id"] in ids:
            errs.append("duplicate id " + obj["id"])
        ids.add(obj["id"])
        if obj["kind"] == "positive":
            npos += 1
            if not obj["spans"]:
                errs.append(obj["id"] + ": positive without spans")
        else:
            nneg += 1
            if obj["spans"]:
                errs.append(obj["id"] + ": negative with spans")
        for t in obj["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(obj["id"] + ": bad speaker")
        prev = {}
        parts = {}
        for sp, (key, role) in zip(obj["spans"], c.meta):
            tt = obj["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tt)):
                errs.append("%s: span out of range" % obj["id"])
                continue
            frag = tt[s:e]
            if s > 0 and tt[s - 1].isalnum() or e < len(tt) and tt[e].isalnum():
                errs.append("%s: span %r not on word boundary" % (obj["id"], frag))
            if not (frag[0].isalnum() or frag[0] in "+(") or not (frag[-1].isalnum() or frag[-1] == ")"):
                errs.append("%s: span %r has edge punctuation/space" % (obj["id"], frag))
            if frag.split()[0] in FILLERS or frag.split()[-1] in FILLERS:
                errs.append("%s: filler at span edge %r" % (obj["id"], frag))
            if sp["turn"] in prev and s < prev[sp["turn"]]:
                errs.append("%s: overlapping spans" % obj["id"])
            prev[sp["turn"]] = e
            typ, canon = c.canon[key]
            if typ != sp["type"]:
                errs.append("%s: type mismatch" % obj["id"])
            counts[sp["type"]] += 1
            if not validate_canon(typ, canon):
                errs.append("%s: canonical %s value invalid: %r" % (obj["id"], typ, canon))
            er = check_text_value(typ, canon, frag, role)
            if er:
                errs.append("%s: %s %s" % (obj["id"], typ, er))
            if role == "part":
                parts.setdefault(key, []).append(frag)
        for key, frags in parts.items():
            typ, canon = c.canon[key]
            if typ == "EMAIL":
                v = "".join(normalise(" ".join(frags), email=True)).lower()
                cc = canon.lower()
            else:
                v = "".join(span_value(typ, f) for f in frags)
                cc = canon.replace(" ", "").replace("-", "").upper() if typ in ("IBAN", "NI_NUMBER", "POSTCODE") else canon
            if v != cc:
                errs.append("%s: split %s parts %r join to %r != %r" % (obj["id"], typ, frags, v, cc))
    return errs, counts, npos, nneg


README_TMPL = """# pii_holdout391 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not fit thresholds, patterns, prompts or
> models against it, and do not copy its cases into training or development
> data. It exists only to measure the redaction engine. If it has been used for
> tuning, its numbers no longer mean anything: generate a new held-out set.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction engine's code, its tests, its docs or any other PII
fixture in this repository; it wrote the cases from the task brief alone.

All cases are produced by `scripts/make_pii_holdout391.py` (Python standard
library only, one generator `random.Random(391241125)`). Every turn is built
from plain-text segments and labelled value segments, so character offsets are
computed, never typed by hand. Regenerate and verify with:

    python scripts/make_pii_holdout391.py --check

`--check` regenerates the file and verifies that it is byte-identical, that ids
are unique, that span offsets are in range, on word boundaries and
non-overlapping, and that every labelled value is valid after normalising
spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN,
6 for sort codes, UK postcode / US ZIP format, e-mail syntax, date parts for
DOB/expiry, house number + street for addresses). Values split across turns
are checked by joining their parts.

## Format

`cases.jsonl`, one case per line:

    {{"id": "h391-pos-001", "kind": "positive", "turns": [{{"speaker": "customer", "text": "..."}}],
     "spans": [{{"turn": 0, "start": 12, "end": 31, "type": "CARD_NUMBER"}}], "note": "..."}}

`start`/`end` are Python character offsets into that turn's `text` (end
exclusive). Negative cases have `"spans": []`.

## Content

A representative mix of typed chat / e-mail (separators, odd grouping, case
variation, typos, labels such as "acct no:") and phone-call ASR transcripts
(lower case, numbers as words, "oh"/"o"/"nought"/"zero" for 0, "double"/"triple",
pairs like "forty one", hundreds like "four hundred and twelve", NATO and
"b for bertie" spelling, spoken e-mails "j dot doe at gmail dot com", values
split over several customer turns with agent back-channels, agent read-backs,
fillers inside readings, restarted readings and asides in the middle of a
reading). Industries: banking, telecom, utilities, retail, insurance, travel,
healthcare billing, government services. Countries: UK, US, Ireland, EU.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last
  (a leading `+` or `(` of a phone number is included); lead-in words
  ("it's", "my number is", "acct no:") are outside.
- A value split across turns is one span per turn, each with the value's type.
  Agent read-backs of a value are labelled too.
- Filler words spoken inside a reading ("um", "uh", "er") are inside the span.
  An aside that interrupts a reading ("hang on let me get my glasses") is not:
  the reading becomes two spans in that turn, one either side of the aside.
- A reading the speaker abandons and restarts ("four five three nine one four,
  sorry, from the top, ...") is labelled too: the abandoned fragment is its own
  span of the same type, the complete reading another.
- Phone spans include the country code ("+44", "plus four four").
- ADDRESS covers the house/flat number and street, not the town; the
  postcode/ZIP is a separate POSTCODE span.
- DOB and EXPIRY cover the whole date expression ("the fourteenth of march
  nineteen eighty six", "end of june twenty seven").
- A card's last four said on their own ("card ending 4821") are NOT PII,
  unless the full card number was given in the same case, in which case the
  last-four mention is labelled CARD_NUMBER.
- Negatives are never labelled: amounts, balances, prices, times, opening
  hours, durations, counts, ages, temperatures, percentages, years,
  appointment/payment/contract dates, order/ticket/invoice/claim/reference/
  tracking/serial/model/policy numbers said with their label (including long,
  sometimes Luhn-valid, digit strings read out like a card), meter readings,
  flight/room/gate/seat numbers, road names, voucher and one-time codes, and
  card last-four mentions.

## Counts

{cases_line}

| type | spans |
|---|---:|
{rows}
| **total** | **{total}** |
"""


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return README_TMPL.format(cases_line="%d cases: %d positive, %d negative." % (npos + nneg, npos, nneg),
                              rows=rows, total=sum(counts.values()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = generate()
    text = dump(cases)
    errs, counts, npos, nneg = check(cases, text)
    rd_text = readme(counts, npos, nneg)
    if args.check:
        for path, want in ((OUT_CASES, text), (OUT_README, rd_text)):
            try:
                with open(path, encoding="utf-8") as f:
                    have = f.read()
            except OSError:
                have = None
            if have != want:
                errs.append("%s is not byte-identical to a fresh generation" % os.path.relpath(path, ROOT))
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        mins = {t: 10 for t in TYPES}
        mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
        for t, mn in mins.items():
            if counts[t] < mn:
                errs.append("too few %s spans: %d < %d" % (t, counts[t], mn))
        for e in errs:
            print("ERROR:", e)
        print("%d positive, %d negative; spans: %s" % (npos, nneg, ", ".join("%s=%d" % (t, counts[t]) for t in TYPES)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    if errs:
        for e in errs:
            print("ERROR:", e)
        sys.exit(1)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT_CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(OUT_README, "w", encoding="utf-8", newline="\n") as f:
        f.write(rd_text)
    print("wrote %d cases (%d positive, %d negative)" % (npos + nneg, npos, nneg))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout497 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout497.py          # write cases.jsonl
    python scripts/make_pii_holdout497.py --check  # regenerate + verify

Standard library only. One RNG: random.Random(497241125).
Offsets are always computed from segments, never typed by hand.
"""
import argparse
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout497")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(497241125)

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
ORD_BY_N = {v: k for k, v in ORDS.items()}
FILLERS = ["um", "uh", "er", "erm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
CASUAL = {"b": ["bravo", "bob", "bertie"], "c": ["charlie", "cat"], "d": ["delta", "dog", "david"],
          "h": ["hotel", "harry"], "j": ["juliet", "john"], "k": ["kilo", "kite"],
          "m": ["mike", "mother"], "n": ["november", "nancy"], "p": ["papa", "peter"],
          "s": ["sierra", "sugar", "sam"], "t": ["tango", "tom"], "w": ["whiskey", "william"],
          "a": ["alpha", "apple"], "e": ["echo", "edward"], "g": ["golf", "george"],
          "r": ["romeo", "robert"], "l": ["lima", "london"], "x": ["x-ray"], "y": ["yankee", "yellow"],
          "z": ["zulu", "zebra"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
BACKCHANNELS = ["mhm", "go on", "yep", "okay", "right", "uh huh", "yes", "got that", "keep going",
                "mm hm", "ok go ahead", "and then?"]


def zw(uk=True):
    return R.choice(["oh", "o", "zero", "nought"] if uk else ["oh", "o", "zero"])


def say_digits(ds, uk=True, dbl=0.8, filler=0.0):
    words = []
    i = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        w = zw(uk) if d == "0" else UNITS[int(d)]
        if run == 3 and R.random() < dbl:
            words.append("triple " + w)
            i += 3
        elif run >= 2 and R.random() < dbl:
            words.append("double " + w)
            i += 2
        else:
            words.append(w)
            i += 1
        if filler and i < len(ds) and R.random() < filler:
            words.append(R.choice(FILLERS))
    return " ".join(words)


def say_pair(p, uk=True):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        z = zw(uk)
        return ("double " + z) if b == 0 else (z + " " + UNITS[b])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_hundred(ddd, uk=True):
    a = int(ddd[0])
    rest = ddd[1:]
    if a == 0 or rest == "00":
        return say_digits(ddd, uk)
    if rest[0] == "0":
        tail = UNITS[int(rest[1])]
    else:
        tail = say_pair(rest, uk)
    return UNITS[a] + " hundred and " + tail


def join_groups(groups, seps=(", ", " ", "... ", " ")):
    out = groups[0]
    for g in groups[1:]:
        last = out.split()[-1]
        first = g.split()[0]
        if last in TENS[2:] and (first in UNITS[1:]):
            sep = ", "
        else:
            sep = R.choice(seps)
        out += sep + g
    return out


def chunks(ds, sizes):
    out, i = [], 0
    for s in sizes:
        if ds[i:i + s]:
            out.append(ds[i:i + s])
        i += s
    if i < len(ds):
        out.append(ds[i:])
    return out


def say_grouped(ds, sizes, uk=True, mode="digits", filler=0.0):
    gs = chunks(ds, sizes)
    res = []
    for g in gs:
        if mode == "pairs" and len(g) % 2 == 0:
            res.append(join_groups([say_pair(g[k:k + 2], uk) for k in range(0, len(g), 2)], (" ",)))
        elif mode == "hundreds" and len(g) == 3:
            res.append(say_hundred(g, uk))
        else:
            res.append(say_digits(g, uk, filler=filler))
    return join_groups(res)


def say_letters(s, nato=0.5):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(UNITS[int(ch)] if ch != "0" else "zero")
        else:
            c = ch.lower()
            r = R.random()
            if r < nato and c in CASUAL:
                out.append(c + R.choice([" for ", " as in ", " for "]) + R.choice(CASUAL[c]))
            else:
                out.append(c)
    return " ".join(out)


# ---------------------------------------------------------------- value generators
def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    r = R.random()
    if r < 0.45:
        return luhn_complete("4" + R.choice(["539", "929", "485", "716", "000", "111"]), 16)
    if r < 0.7:
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if r < 0.82:
        return luhn_complete(R.choice(["34", "37"]), 15)
    if r < 0.9:
        return luhn_complete("6011", 16)
    if r < 0.95:
        return luhn_complete("4", 13)
    return luhn_complete(R.choice(["6759", "6304", "5018"]), 19)


def card_sizes(card):
    if len(card) == 15:
        return [4, 6, 5]
    if len(card) == 13:
        return [4, 4, 5]
    if len(card) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def not_luhn(length):
    while True:
        s = R.choice("123456789") + "".join(R.choice("0123456789") for _ in range(length - 1))
        if not luhn_ok(s):
            return s


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_iban():
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "HBUK", "SRLG"]) + rd(6) + rd(8)
    elif c == "IE":
        bban = R.choice(["AIBK", "BKIR", "IPBS", "ULSB"]) + rd(6) + rd(8)
    elif c == "DE":
        bban = rd(18)
    elif c == "FR":
        bban = rd(10) + rd(11) + rd(2)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABA"]) + rd(10)
    else:
        bban = rd(20)
    return c + iban_check(c, bban) + bban


def fmt_iban(iban, style):
    if style == 0:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if style == 1:
        return iban
    return iban.lower() if style == 2 else " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower()


def gen_uk_postcode():
    area = R.choice(["SW", "SE", "N", "E", "W", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "CR", "KT",
                     "RG", "BT", "PL", "CB", "NG", "L", "S", "HP", "TN"])
    dist = str(R.randint(1, 29))
    if R.random() < 0.12 and area in ("SW", "W", "E", "N", "SE"):
        dist = str(R.randint(1, 9)) + R.choice("ABX")
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist + " " + inward


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.3:
        z += "-%04d" % R.randint(1, 9999)
    return z


STREETS_UK = ["Elm Grove", "Kings Road", "Station Road", "Church Lane", "Victoria Street", "Mill Lane",
              "Harbour View Road", "Queens Avenue", "Ashfield Close", "Meadow Way", "Park Crescent",
              "Chapel Street", "Hillside Drive", "Orchard Gardens", "Bridge Street", "Castle Terrace",
              "Willow Court", "Beech Road", "Marlborough Place", "Glenview Park"]
STREETS_US = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Pine Drive", "Lakeview Terrace",
              "Cedar Lane", "Main Street", "Washington Avenue", "Elmwood Court", "Ridge Road"]
TOWNS_UK = ["Leeds", "Bristol", "Croydon", "Glasgow", "Cardiff", "Reading", "Nottingham", "Belfast",
            "Plymouth", "Cambridge"]
TOWNS_US = [("Austin", "TX"), ("Denver", "CO"), ("Columbus", "OH"), ("Portland", "OR"),
            ("Tampa", "FL"), ("Madison", "WI"), ("Raleigh", "NC")]
TOWNS_IE = ["Dublin 8", "Cork", "Galway", "Limerick"]

FIRST = ["sarah", "james", "priya", "tom", "aoife", "michael", "fatima", "dave", "chloe", "liam",
         "grace", "oliver", "nina", "sean", "emma", "raj", "lucy", "kevin", "maria", "ben"]
LAST = ["doe", "smith", "patel", "obrien", "nowak", "jones", "murphy", "khan", "walsh", "garcia",
        "evans", "kelly", "brown", "taylor", "byrne"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "btinternet.com", "icloud.com",
           "eircom.net", "proton.me", "aol.com", "virginmedia.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + "." + l
    elif style == 2:
        local = f + "_" + l + rd(2)
    elif style == 3:
        local = f + l
    else:
        local = l + "-" + f[0]
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    def part(s):
        out = []
        for tok in re.split(r"([._-])", s):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append(R.choice(["dash", "hyphen"]))
            elif tok.isdigit():
                out.append(" ".join(UNITS[int(c)] for c in tok))
            elif len(tok) == 1:
                out.append(tok + (" for " + CASUAL[tok][0] if tok in CASUAL and R.random() < 0.4 else ""))
            elif tok:
                out.append(tok)
        return " ".join(out)
    return part(local) + " at " + part(dom)


def gen_phone():
    k = R.randint(0, 7)
    if k == 0:
        n = "07700 900" + rd(3)
        return n, "uk_mob", "07700900" + n[-3:]
    if k == 1:
        tail = rd(3)
        return "+44 7700 900" + tail, "uk_intl", "+447700900" + tail
    if k == 2:
        tail = rd(4)
        return "020 7946 0" + tail[:3], "uk_land", "02079460" + tail[:3]
    if k == 3:
        a, b = rd(3), rd(4)
        return "(%s) 555-%s" % (R.choice(["415", "212", "617", "512", "303"]), b), "us", None
    if k == 4:
        return "+1 %s 555 %s" % (R.choice(["415", "646", "720"]), "01" + rd(2)), "us_intl", None
    if k == 5:
        return "+353 8%s %s %s" % (R.choice("3567"), rd(3), rd(4)), "ie_intl", None
    if k == 6:
        return "08%s %s %s" % (R.choice("3567"), rd(3), rd(4)), "ie", None
    return "+49 30 %s %s" % (rd(4), rd(4)), "de_intl", None


def say_phone(p):
    d = p.replace(" ", "").replace("(", "").replace(")", "").replace("-", "")
    pre = ""
    if d.startswith("+"):
        for cc in ("+353", "+44", "+49", "+1"):
            if d.startswith(cc):
                pre = "plus " + " ".join(UNITS[int(c)] for c in cc[1:]) + ", "
                d = d[len(cc):]
                break
    sizes = [5, 3, 3] if len(d) == 11 else ([3, 3, 4] if len(d) == 10 else [4, 4, 4])
    if len(d) == 9:
        sizes = [2, 3, 4]
    return pre + say_grouped(d, sizes, uk=R.random() < 0.6, filler=0.05)


def gen_dob():
    y = R.randint(1938, 2004)
    m = R.randint(1, 12)
    dd = R.randint(1, 28)
    return y, m, dd


def say_year(y):
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:]) if str(y)[2] != "0" else \
        say_pair(str(y)[:2]) + " " + zw() + " " + UNITS[int(str(y)[3])]


def ordinal_words(n):
    if n in ORD_BY_N:
        return ORD_BY_N[n]
    return TENS[n // 10] + " " + ORD_BY_N[n % 10]


def fmt_dob(y, m, d, spoken, us=False):
    if spoken:
        k = R.randint(0, 3)
        if k == 0:
            return "the " + ordinal_words(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
        if k == 1:
            return MONTHS[m - 1] + " " + ordinal_words(d) + " " + say_year(y)
        if k == 2:
            return ordinal_words(d) + " " + MONTHS[m - 1] + ", " + R.choice(FILLERS) + ", " + say_year(y)
        return say_pair("%02d" % d) + " " + say_pair("%02d" % m) + " " + say_pair(str(y)[2:])
    k = R.randint(0, 4)
    if k == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if k == 1:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if k == 2:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if k == 3:
        return "%d.%d.%s" % (d, m, str(y)[2:])
    return "%02d-%s-%d" % (d, MON3[m - 1], y)


def gen_expiry():
    return R.randint(1, 12), R.randint(25, 31)


def fmt_expiry(m, y, spoken):
    if spoken:
        k = R.randint(0, 3)
        if k == 0:
            return say_digits("%02d" % m) + " " + say_pair(str(y))
        if k == 1:
            return MONTHS[m - 1] + " " + say_pair(str(y))
        if k == 2:
            return say_digits("%02d" % m) + " slash " + say_pair(str(y))
        return MONTHS[m - 1] + " twenty " + say_pair(str(y))
    k = R.randint(0, 3)
    if k == 0:
        return "%02d/%02d" % (m, y)
    if k == 1:
        return "%02d/20%02d" % (m, y)
    if k == 2:
        return "%d/%02d" % (m, y)
    return "%s %d" % (MON3[m - 1].capitalize(), 2000 + y)


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.vn = 0

    def vid(self):
        self.vn += 1
        return "v%d" % self.vn

    def t(self, speaker, *parts):
        text = ""
        spans = []
        for p in parts:
            if isinstance(p, str):
                text += p
            else:
                val, typ, vid = p
                s = len(text)
                text += val
                spans.append({"turn": len(self.turns), "start": s, "end": len(text), "type": typ,
                              "_vid": vid})
        self.turns.append({"speaker": speaker, "text": text, "_spans": spans})
        return self


def V(text, typ, vid):
    return (text, typ, vid)


def maybe_cap(s):
    return s[0].upper() + s[1:] if R.random() < 0.6 else s


# decoy (non-PII) generators --------------------------------------------------
def decoy_ref(spoken=False):
    label = R.choice(["order number", "ticket number", "reference", "ref", "case number",
                      "claim number", "tracking number", "invoice number", "policy number",
                      "serial number", "booking reference", "account reference on the bill",
                      "membership number"])
    n = R.choice([16, 16, 12, 10, 9, 8, 15])
    ds = not_luhn(n) if R.random() < 0.6 else luhn_complete(str(R.randint(1, 9)), n)
    if spoken:
        val = say_grouped(ds, [4] * 5 if n != 9 else [3, 2, 4], uk=True)
    else:
        val = R.choice([" ".join(chunks(ds, [4] * 5)), ds, "-".join(chunks(ds, [3, 3, 4, 6]))])
        if n == 9 and R.random() < 0.5:
            val = "-".join(chunks(ds, [3, 2, 4]))
    return label, val


def decoy_amount(spoken=False):
    if spoken:
        return R.choice(["four hundred and twelve pounds sixty", "twenty nine ninety nine a month",
                         "a hundred and eighty euro", "sixteen forty five", "one thousand two hundred dollars",
                         "eighty seven pound fifty", "three fifty a week"])
    return R.choice(["£1,234.56", "$89.99", "€412.07", "£29.99/month", "$1,045.00", "£4,500",
                     "€18.50", "£312.40"])


# ---------------------------------------------------------------- positive templates
BANK_ORGS = ["Northgate Bank", "Harbour Building Society", "Lakeside Credit Union", "Emerald Bank"]
INDUSTRY = {
    "banking": ["your bank", "Northgate Bank", "Emerald Bank"],
    "telecom": ["Vortel Mobile", "SkyLine Broadband"],
    "utilities": ["Brightwater Energy", "Harbour Water"],
    "retail": ["Cobble & Co", "ShopRight"],
    "insurance": ["Keystone Insurance", "Shield Motor Insurance"],
    "travel": ["AerVista Airways", "Sunroute Holidays"],
    "healthcare": ["St Anne's Patient Billing", "MedPay Services"],
    "government": ["the Tax Credits Office", "the DMV helpline"],
}


def org():
    ind = R.choice(list(INDUSTRY))
    return ind, R.choice(INDUSTRY[ind])


def pos_card_chat(c):
    card = gen_card()
    v = c.vid()
    sep = R.choice([" ", "-", "", " ", "odd"])
    if sep == "odd":
        k = R.randint(5, 9)
        typed = card[:k] + " " + card[k:]
    else:
        typed = sep.join(chunks(card, card_sizes(card)))
    lab, ref = decoy_ref()
    ind, o = org()
    c.note = "typed chat card number (%s) with %s decoy" % (ind, lab)
    c.t("agent", "Hi, thanks for contacting %s. How can I help today?" % o)
    lead = R.choice(["card no: ", "Card number is ", "its ", "cc# ", "here you go ", "the long number: ",
                     "card num - "])
    c.t("customer", "Paying off the outstanding bit. My %s is %s" % (lab, ref))
    parts = [lead, V(typed, "CARD_NUMBER", v)]
    if R.random() < 0.6:
        m, y = gen_expiry()
        parts += [R.choice([" exp ", ", expires ", " valid till ", " exp date "]),
                  V(fmt_expiry(m, y, False), "EXPIRY", c.vid())]
    if R.random() < 0.5:
        cvv = rd(4 if len(card) == 15 else 3)
        parts += [R.choice([" cvv ", " sec code ", ", the 3 digits on back are ", " cvc: "]),
                  V(cvv, "CVV", c.vid())]
    c.t("customer", *parts)
    c.t("agent", "Thanks, and just to confirm the amount is %s?" % decoy_amount())


def pos_card_call(c):
    card = gen_card()
    mode = R.choice(["digits", "digits", "pairs"])
    spoken = say_grouped(card, card_sizes(card) if mode == "digits" else [4] * 5, mode=mode, filler=0.06)
    ind, o = org()
    c.note = "spoken card number in one turn, agent read-back (%s, %s)" % (ind, mode)
    c.t("agent", "okay so i can take that payment for you now, what's the long number across the front of the card")
    c.t("customer", R.choice(["yeah it's ", "right um it's ", "okay it's ", "", "so "]), V(spoken, "CARD_NUMBER", c.vid()))
    rb = say_grouped(card, card_sizes(card), filler=0.0)
    c.t("agent", "so that's ", V(rb, "CARD_NUMBER", c.vid()), R.choice([" is that right", ", yeah?", " correct?"]))
    c.t("customer", R.choice(["yes", "yep that's it", "that's right yeah"]))
    if R.random() < 0.5:
        m, y = gen_expiry()
        c.t("agent", "and the expiry date")
        c.t("customer", R.choice(["", "it's ", "um "]), V(fmt_expiry(m, y, True), "EXPIRY", c.vid()))
    if R.random() < 0.5:
        c.t("agent", "and the three digit security code on the back")
        c.t("customer", V(say_digits(rd(3), dbl=0.5), "CVV", c.vid()))


def pos_card_split(c):
    card = gen_card()
    gs = chunks(card, card_sizes(card))
    v = c.vid()
    ind, o = org()
    c.note = "card read across %d customer turns with back-channels (%s)" % (len(gs), ind)
    c.t("agent", "whenever you're ready with the card number")
    for i, g in enumerate(gs):
        pre = R.choice(["", "", "um ", "okay ", "then "]) if i else R.choice(["right it's ", "okay ", ""])
        c.t("customer", pre, V(say_digits(g, filler=0.08), "CARD_NUMBER", v))
        if i < len(gs) - 1:
            c.t("agent", R.choice(BACKCHANNELS))
    if R.random() < 0.5:
        lab, ref = decoy_ref(spoken=True)
        c.t("agent", "lovely, and can you give me the %s as well please" % lab)
        c.t("customer", "yeah the %s is %s" % (lab, ref))


def pos_card_correction(c):
    card = gen_card()
    gs = chunks(card, card_sizes(card))
    wrong = gs[0][:2] + str((int(gs[0][2]) + 3) % 10)
    ind, o = org()
    c.note = "card reading restarted after a wrong start (abandoned fragment labelled) (%s)" % ind
    c.t("agent", "go ahead with the card number")
    c.t("customer", V(say_digits(gs[0]) + " " + say_digits(wrong, dbl=0), "CARD_NUMBER", "partial1"),
        R.choice(["... no sorry, hang on, i'll start again, ", ", wait no that's wrong, from the top, ",
                  " - sorry i'm reading the old card, it's "]),
        V(say_grouped(card, card_sizes(card), filler=0.05), "CARD_NUMBER", c.vid()))
    c.t("agent", "no problem, thank you")


def pos_card_lastfour(c):
    card = gen_card()
    ind, o = org()
    c.note = "full card read then 'ending in' last four in same call -> last four labelled (%s)" % ind
    c.t("customer", "i want to use a different card from the one ending %s" % rd(4))
    c.t("agent", "of course, go ahead with the new card number")
    c.t("customer", V(say_grouped(card, card_sizes(card)), "CARD_NUMBER", c.vid()))
    c.t("agent", "thank you, so the payment will come from the card ending ",
        V(R.choice([card[-4:], say_digits(card[-4:])]), "CARD_NUMBER", c.vid()), ", is that okay")
    c.t("customer", "yes that's fine")


def pos_card_decoy_rhythm(c):
    card = gen_card()
    ind, o = org()
    bad = not_luhn(16)
    c.note = "card plus a 16-digit %s read in card rhythm with card words nearby (%s)" % ("membership number", ind)
    c.t("agent", "can i take the membership number printed on your loyalty card first")
    c.t("customer", "yeah the card says " + say_grouped(bad, [4, 4, 4, 4]))
    c.t("agent", "thanks that's found you. and the debit card for the payment")
    c.t("customer", R.choice(["it's ", "okay ", ""]), V(say_grouped(card, card_sizes(card), filler=0.04),
                                                       "CARD_NUMBER", c.vid()))


def pos_ssn(c, mode):
    ssn = gen_ssn()
    ind, o = org()
    if mode == "chat":
        c.note = "typed SSN in chat (%s)" % ind
        fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % tuple(chunks(ssn, [3, 2, 4]))
        c.t("agent", "To verify, please give the SSN on the account.")
        lab, ref = decoy_ref()
        c.t("customer", R.choice(["ssn: ", "Social is ", "SSN ", "its "]), V(fmt, "SSN", c.vid()),
            R.choice([". Also my %s is %s" % (lab, ref), "", " thanks"]))
    elif mode == "call":
        c.note = "spoken SSN with hundreds/pairs (%s)" % ind
        sp = say_grouped(ssn, [3, 2, 4], uk=False, mode=R.choice(["digits", "hundreds", "pairs"]), filler=0.08)
        c.t("agent", "and can i get your social security number please")
        c.t("customer", R.choice(["sure it's ", "uh yeah ", "okay ", ""]), V(sp, "SSN", c.vid()))
        if R.random() < 0.6:
            c.t("agent", "that's ", V(say_grouped(ssn, [3, 2, 4], uk=False), "SSN", c.vid()), " right")
            c.t("customer", "uh huh")
    else:
        c.note = "SSN split across turns, claim number said in SSN rhythm (%s)" % ind
        claim = rd(3) + "-" + rd(2) + "-" + rd(4)
        c.t("customer", "my claim number's %s, you'll need that too" % claim)
        c.t("agent", "got it. and the last piece, your social")
        v = c.vid()
        for i, g in enumerate(chunks(ssn, [3, 2, 4])):
            c.t("customer", V(say_digits(g, uk=False), "SSN", v))
            if i < 2:
                c.t("agent", R.choice(BACKCHANNELS))


def pos_ni(c, mode):
    ni = gen_ni()
    ind, o = org()
    if mode == "chat":
        c.note = "typed NI number (%s)" % ind
        f = R.choice([ni, ni.lower(), " ".join([ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]]),
                      ni[:2] + " " + ni[2:8] + " " + ni[8], ni.lower().capitalize()])
        c.t("agent", "Could you confirm your National Insurance number?")
        c.t("customer", R.choice(["NI no: ", "NINO ", "it's ", "NI number ", ""]), V(f, "NI_NUMBER", c.vid()),
            R.choice(["", " - my payroll number is %s" % rd(8), " thanks"]))
    elif mode == "call":
        c.note = "spoken NI number with NATO/casual spelling (%s)" % ind
        sp = say_letters(ni[:2], nato=0.6) + ", " + say_grouped(ni[2:8], [2, 2, 2], mode=R.choice(["digits", "pairs"])) + \
            ", " + say_letters(ni[8], nato=0.5)
        c.t("agent", "and your national insurance number please")
        c.t("customer", R.choice(["yeah it's ", "um ", "okay so ", ""]), V(sp, "NI_NUMBER", c.vid()))
        c.t("agent", "thank you")
    else:
        c.note = "NI number split over turns, agent read-back (%s)" % ind
        v = c.vid()
        c.t("agent", "national insurance number when you're ready")
        c.t("customer", V(say_letters(ni[:2], nato=0.3), "NI_NUMBER", v))
        c.t("agent", R.choice(BACKCHANNELS))
        c.t("customer", V(say_digits(ni[2:8], filler=0.1), "NI_NUMBER", v))
        c.t("agent", R.choice(BACKCHANNELS))
        c.t("customer", "and then ", V(say_letters(ni[8], nato=0.8), "NI_NUMBER", v))
        c.t("agent", "so that's ", V(" ".join(ni[:2].lower()) + " " + say_digits(ni[2:8]) + " " + ni[8].lower(),
                                  "NI_NUMBER", c.vid()))


def pos_bank(c, spoken):
    sc = rd(6)
    acct = rd(8)
    ind, o = org()
    c.note = "sort code + account number (%s, %s)" % (ind, "call" if spoken else "chat")
    if not spoken:
        scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % tuple(chunks(sc, [2, 2, 2]))
        c.t("agent", "Please provide the bank details for the refund.")
        c.t("customer", R.choice(["sort code ", "s/c: ", "Sort "]), V(scf, "SORT_CODE", c.vid()),
            R.choice([" acct no: ", ", account number ", " a/c ", " Acc# "]), V(acct, "BANK_ACCOUNT", c.vid()),
            R.choice(["", " (refund of %s please)" % decoy_amount()]))
    else:
        c.t("agent", "what's the sort code")
        c.t("customer", V(say_grouped(sc, [2, 2, 2], mode="pairs"), "SORT_CODE", c.vid()))
        c.t("agent", "and the account number")
        c.t("customer", R.choice(["", "um ", "it's "]), V(say_grouped(acct, [4, 4], filler=0.08), "BANK_ACCOUNT", c.vid()))
        if R.random() < 0.5:
            c.t("agent", "and that's the account you want the %s to go to" % decoy_amount(True))
            c.t("customer", "yes")


def pos_us_bank(c):
    acct = rd(R.choice([9, 10, 12]))
    routing = rd(9)
    c.note = "US checking account number with routing number nearby (routing not labelled as account)"
    c.t("agent", "For autopay I need the checking account number.")
    c.t("customer", R.choice(["checking acct ", "acct # ", "account number: "]), V(acct, "BANK_ACCOUNT", c.vid()),
        " and routing is %s" % routing)


def pos_iban(c, spoken):
    iban = gen_iban()
    c.note = "IBAN %s (%s)" % ("spoken" if spoken else "typed", iban[:2])
    if not spoken:
        c.t("agent", "Please send the IBAN for the transfer.")
        c.t("customer", R.choice(["IBAN: ", "iban is ", "Here: ", ""]), V(fmt_iban(iban, R.randint(0, 3)), "IBAN", c.vid()),
            R.choice(["", ". Invoice ref INV-%s" % rd(6)]))
    else:
        sp = say_letters(iban[:2], nato=0.3) + " " + say_pair(iban[2:4]) + ", "
        rest = iban[4:]
        groups = [rest[i:i + 4] for i in range(0, len(rest), 4)]
        gw = []
        for g in groups:
            if g.isdigit():
                gw.append(say_digits(g, filler=0.05))
            else:
                gw.append(say_letters(g, nato=0.2))
        sp += join_groups(gw)
        c.t("agent", "can you read me the iban")
        c.t("customer", R.choice(["yeah it's ", "okay ", ""]), V(sp, "IBAN", c.vid()))
        c.t("agent", "thank you")


def pos_phone(c):
    p, kind, _ = gen_phone()
    c.note = "phone number (%s)" % kind
    if R.random() < 0.5:
        c.t("agent", "What's the best number to reach you on?")
        c.t("customer", R.choice(["mob: ", "call me on ", "Tel ", "phone - ", ""]), V(p, "PHONE", c.vid()),
            R.choice(["", " after 5pm", " (not the landline)"]))
    else:
        c.t("agent", "and a contact number in case we get cut off")
        c.t("customer", R.choice(["yeah it's ", "um ", ""]), V(say_phone(p), "PHONE", c.vid()))
        if R.random() < 0.4:
            c.t("agent", "and that's a mobile? we'll text you between nine and five")
            c.t("customer", "yes")


def pos_email(c):
    e = gen_email()
    c.note = "email address"
    if R.random() < 0.5:
        f = R.choice([e, e.upper() if R.random() < 0.2 else e, e.capitalize()])
        c.t("agent", "Which email should the receipt go to?")
        c.t("customer", R.choice(["email: ", "send to ", "its ", ""]), V(f, "EMAIL", c.vid()), R.choice(["", " pls", " thx"]))
    else:
        c.t("agent", "can i take an email address for the confirmation")
        c.t("customer", R.choice(["sure it's ", "yeah ", "um "]), V(say_email(e), "EMAIL", c.vid()))
        c.t("agent", "lovely")


def pos_dob(c):
    y, m, d = gen_dob()
    spoken = R.random() < 0.5
    c.note = "date of birth, %s, with appointment date nearby" % ("spoken" if spoken else "typed")
    if spoken:
        c.t("agent", "and for security your date of birth")
        c.t("customer", R.choice(["", "it's ", "yeah "]), V(fmt_dob(y, m, d, True), "DOB", c.vid()))
        c.t("agent", "thanks, and your appointment is the " + ordinal_words(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " at half two")
    else:
        c.t("agent", "Please confirm DOB for the account holder.")
        c.t("customer", R.choice(["DOB ", "d.o.b: ", "born ", ""]), V(fmt_dob(y, m, d, False, us=R.random() < 0.4), "DOB", c.vid()),
            R.choice(["", ", and the bill dated 03/%02d/2024 is wrong" % R.randint(1, 28)]))


def pos_address(c):
    r = R.random()
    if r < 0.6:
        num = str(R.randint(1, 240))
        flat = ("Flat %d, " % R.randint(1, 30)) if R.random() < 0.3 else ""
        street = R.choice(STREETS_UK)
        pc = gen_uk_postcode()
        town = R.choice(TOWNS_UK)
        spoken = R.random() < 0.5
        c.note = "UK address + postcode (%s)" % ("spoken" if spoken else "typed")
        if spoken:
            addr = (flat.lower().replace(",", "").replace("flat ", "flat ") if flat else "") + \
                (say_hundred(num.zfill(3)) if len(num) == 3 and num[1:] != "00" else (
                    say_pair(num) if len(num) == 2 else UNITS[int(num)])) + " " + street.lower()
            if flat:
                fn = flat.split()[1].rstrip(",")
                addr = "flat " + (say_pair(fn) if len(fn) == 2 else UNITS[int(fn)]) + R.choice([", ", " "]) + \
                    (say_hundred(num.zfill(3)) if len(num) == 3 and num[1:] != "00" else (
                        say_pair(num) if len(num) == 2 else UNITS[int(num)])) + " " + street.lower()
            out, inw = pc.split()
            pcs = say_letters(out, nato=0.2).replace("  ", " ") + ", " + say_letters(inw, nato=0.2)
            c.t("agent", "and the first line of the address")
            c.t("customer", V(addr, "ADDRESS", c.vid()), ", " + town.lower())
            c.t("agent", "postcode?")
            c.t("customer", R.choice(["", "it's "]), V(pcs, "POSTCODE", c.vid()))
        else:
            c.t("agent", "What's the delivery address?")
            c.t("customer", V(flat + num + " " + street, "ADDRESS", c.vid()), ", %s, " % town,
                V(R.choice([pc, pc.replace(" ", ""), pc.lower()]), "POSTCODE", c.vid()))
    elif r < 0.85:
        num = str(R.randint(10, 9999))
        street = R.choice(STREETS_US)
        town, st = R.choice(TOWNS_US)
        z = gen_zip()
        c.note = "US address + ZIP"
        c.t("agent", "What's the service address?")
        c.t("customer", V(num + " " + street, "ADDRESS", c.vid()), ", %s, %s " % (town, st), V(z, "POSTCODE", c.vid()))
    else:
        num = str(R.randint(1, 99))
        street = R.choice(STREETS_UK)
        c.note = "Irish address with Eircode-free town"
        c.t("agent", "and the address for the meter")
        c.t("customer", V(num + " " + street, "ADDRESS", c.vid()), ", %s" % R.choice(TOWNS_IE))


def pos_mixed_call(c):
    """Long call: NI + phone + decoys in NI/card rhythm."""
    ni = gen_ni()
    p, kind, _ = gen_phone()
    c.note = "government services call: NI, phone, and tax-code/ref decoys"
    c.t("agent", "tax credits helpline, can i take your reference from the letter first")
    c.t("customer", "yeah it's " + say_letters("TC", nato=0) + " " + say_digits(rd(8)))
    c.t("agent", "and your national insurance number")
    c.t("customer", "it's ", V(say_letters(ni[:2]) + " " + say_digits(ni[2:8], filler=0.1) + " " + ni[8].lower(),
                               "NI_NUMBER", c.vid()), ", and my tax code is %sL" % R.randint(1100, 1300))
    c.t("agent", "and a phone number")
    c.t("customer", V(say_phone(p), "PHONE", c.vid()))


POS_PLAN = ([pos_card_chat] * 22 + [pos_card_call] * 16 + [pos_card_split] * 14 + [pos_card_correction] * 6 +
            [pos_card_lastfour] * 5 + [pos_card_decoy_rhythm] * 8 +
            [lambda c: pos_ssn(c, "chat")] * 11 + [lambda c: pos_ssn(c, "call")] * 11 + [lambda c: pos_ssn(c, "split")] * 6 +
            [lambda c: pos_ni(c, "chat")] * 10 + [lambda c: pos_ni(c, "call")] * 10 + [lambda c: pos_ni(c, "split")] * 5 +
            [pos_mixed_call] * 6 +
            [lambda c: pos_bank(c, False)] * 7 + [lambda c: pos_bank(c, True)] * 7 + [pos_us_bank] * 4 +
            [lambda c: pos_iban(c, False)] * 7 + [lambda c: pos_iban(c, True)] * 6 +
            [pos_phone] * 12 + [pos_email] * 12 + [pos_dob] * 12 + [pos_address] * 16)


# ---------------------------------------------------------------- negatives
def neg_ref_card_rhythm(c):
    lab, ref = decoy_ref(spoken=True)
    c.note = "%s read like a card number (not PII)" % lab
    c.t("agent", "have you got the %s there" % lab)
    c.t("customer", "yeah hang on it's on the card they sent me... " + ref)
    c.t("agent", "thank you, and the card ending %s is still the one on file" % rd(4))


def neg_ref_typed(c):
    lab, ref = decoy_ref()
    c.note = "typed %s, long digit string" % lab
    c.t("customer", "%s: %s - still not delivered, paid with my card ending in %s" % (lab.capitalize(), ref, rd(4)))
    c.t("agent", "Sorry about that. I can see the charge of %s." % decoy_amount())


def neg_ssn_rhythm(c):
    ds = rd(9)
    lab = R.choice(["claim number", "case id", "member id", "group number", "confirmation code", "permit number"])
    c.note = "%s in SSN 3-2-4 rhythm, social security word nearby" % lab
    c.t("agent", "is this about your social security payment or the insurance")
    c.t("customer", "insurance, the %s is %s" % (lab, R.choice(["-".join(chunks(ds, [3, 2, 4])),
                                                            say_grouped(ds, [3, 2, 4], uk=False)])))
    c.t("agent", "thanks, i'll quote that, hold for about %s minutes" % R.choice(["two", "five", "ten"]))


def neg_ni_rhythm(c):
    c.note = "NI-shaped reference / tax code / vehicle reg (not PII)"
    ref = R.choice(["AB" + rd(6) + "X", "PAYE " + rd(3) + "/" + "AB" + rd(5), "TC" + rd(6) + "Z", "REF " + "QZ" + rd(6) + "E"])
    c.t("customer", "about my national insurance contributions, the letter reference is %s" % ref)
    c.t("agent", "okay, and the tax year is %d to %d?" % (2023, 2024))
    c.t("customer", "yeah, tax code 1257L")


def neg_amounts(c):
    c.note = "amounts, balances, percentages"
    c.t("agent", "your balance is %s and the minimum payment is %s" % (decoy_amount(), decoy_amount()))
    c.t("customer", "and the interest is %s%%? it was %s%% last year" % (R.choice(["24.9", "19.99", "3.5"]), R.randint(10, 30)))
    c.t("agent", "yes, %s APR on purchases" % R.choice(["twenty four point nine percent", "nineteen point nine"]))


def neg_spoken_amounts(c):
    c.note = "spoken amounts and counts in card rhythm"
    c.t("customer", "i was charged " + decoy_amount(True) + " then " + decoy_amount(True) + " again")
    c.t("agent", "i see two transactions, one on the " + ordinal_words(R.randint(1, 28)) + " and one on the " +
        ordinal_words(R.randint(1, 28)))
    c.t("customer", "yeah so that's four thousand four hundred and forty four points off my card as well")


def neg_times(c):
    c.note = "times, opening hours, durations, appointment date"
    c.t("agent", "we're open %s, and the engineer slot is %s on %s" % (
        R.choice(["eight till eight monday to friday", "9am-5:30pm Mon-Sat", "24/7"]),
        R.choice(["between 8 and 12", "half nine", "14:30"]),
        R.choice(["the 14th of March", "Tuesday 03/06/2025", "the twenty second"])))
    c.t("customer", "i've been on hold for %s already" % R.choice(["forty five minutes", "1h 20m", "an hour and ten minutes"]))


def neg_meter(c):
    r = rd(5)
    c.note = "meter reading and meter serial"
    c.t("agent", "can i take your meter reading please")
    c.t("customer", "it's " + R.choice([r, say_digits(r)]) + " and the serial on the meter is " + rd(2) + "L" + rd(7))
    c.t("agent", "thanks, that's %s kilowatt hours since the last bill" % R.randint(200, 900))


def neg_travel(c):
    c.note = "flight, gate, seat, room numbers and booking ref"
    c.t("customer", "flight %s%s from gate %s%d, seat %d%s, and my hotel room is %d" % (
        R.choice(["EI", "BA", "FR", "UA"]), R.randint(100, 9999), R.choice("ABC"), R.randint(1, 40),
        R.randint(1, 40), R.choice("ABCDEF"), R.randint(100, 999)))
    c.t("agent", "okay, booking reference %s%s%s?" % (R.choice("XKQ"), rd(1), "".join(R.choice("ABCDEFGHJK") for _ in range(4))))


def neg_ages_temps(c):
    c.note = "ages, temperatures, years, counts"
    c.t("customer", "my son is %d and my mum is %d, the house was built in %d" % (
        R.randint(3, 17), R.randint(60, 95), R.randint(1890, 2010)))
    c.t("agent", "and the heating's set to %d degrees? we have %s customers affected" % (R.randint(16, 24),
                                                                                     R.choice(["1,204", "about three thousand"])))


def neg_roads(c):
    c.note = "road names without house numbers, A/M/I roads"
    c.t("customer", "the outage is on %s near the %s junction, not %s" % (
        R.choice(["Station Road", "the high street", "Kings Road"]), R.choice(["M25", "A40", "I-95", "N7"]),
        R.choice(["Route 66", "the B4009", "Church Lane"])))
    c.t("agent", "thanks, we've had %d reports from that area" % R.randint(2, 60))


def neg_last_four(c):
    l4 = rd(4)
    c.note = "card last four only (PCI-permitted), with card words"
    c.t("agent", "which card would you like to use, the visa ending %s or the mastercard?" % l4)
    c.t("customer", R.choice(["the one ending ", "the visa, last four are ", "ending in "]) +
        R.choice([l4, say_digits(l4)]) + ", expiring next year")
    c.t("agent", "great, that's %s taken" % decoy_amount())


def neg_policy_model(c):
    c.note = "policy/model/serial numbers with labels"
    c.t("customer", "policy no. %s-%s, model %s%s-%s, serial %s" % (
        R.choice(["HH", "MTR", "KP"]), rd(9), R.choice(["WM", "XR", "SM-G"]), rd(3), rd(2), not_luhn(14)))
    c.t("agent", "Thanks, that washing machine is covered until %d." % R.randint(2025, 2030))


def neg_card_word_digits(c):
    ds = not_luhn(16)
    c.note = "gift card / sim card / loyalty card numbers in card grouping (non-Luhn, labelled)"
    lab = R.choice(["gift card code", "sim card number", "loyalty card number", "boarding card number",
                    "library card number", "parking permit"])
    c.t("customer", "the %s is %s" % (lab, R.choice([" ".join(chunks(ds, [4] * 4)),
                                                    say_grouped(ds, [4] * 4)])))
    c.t("agent", "thanks, i've added that %s to the notes, and the %s refund goes back to the card ending %s" % (
        lab, decoy_amount(), rd(4)))


def neg_phone_like(c):
    c.note = "phone-shaped but service numbers / hours / tariff, not personal"
    c.t("agent", "you can also call our billing team on the freephone line in the leaflet, option %d" % R.randint(1, 6))
    c.t("customer", "the one that says 0800 or the %s number? i pay %sp a minute" % (R.choice(["0345", "1-800"]), R.randint(5, 65)))


def neg_invoice_chat(c):
    c.note = "invoice and account reference with dates and amounts"
    c.t("customer", "Invoice #%s dated %s for %s - ref %s" % (rd(7), R.choice(["12/04/2024", "3 March 2025", "2024-11-05"]),
                                                         decoy_amount(), "-".join(chunks(not_luhn(12), [4, 4, 4]))))
    c.t("agent", "Thanks, payment is due within %d days." % R.choice([14, 28, 30]))


NEG_PLAN = ([neg_ref_card_rhythm] * 14 + [neg_ref_typed] * 12 + [neg_ssn_rhythm] * 12 + [neg_ni_rhythm] * 9 +
            [neg_amounts] * 6 + [neg_spoken_amounts] * 6 + [neg_times] * 6 + [neg_meter] * 6 + [neg_travel] * 6 +
            [neg_ages_temps] * 5 + [neg_roads] * 5 + [neg_last_four] * 10 + [neg_policy_model] * 6 +
            [neg_card_word_digits] * 9 + [neg_phone_like] * 3 + [neg_invoice_chat] * 5)


def lower_asr(c):
    return c


def generate():
    pos, neg = [], []
    plan = list(POS_PLAN)
    R.shuffle(plan)
    for i, fn in enumerate(plan, 1):
        c = Case("positive", "")
        fn(c)
        c.id = "h497-pos-%03d" % i
        pos.append(c)
    plan = list(NEG_PLAN)
    R.shuffle(plan)
    for i, fn in enumerate(plan, 1):
        c = Case("negative", "")
        fn(c)
        c.id = "h497-neg-%03d" % i
        neg.append(c)
    return pos + neg


def to_json(c):
    spans = []
    for t in c.turns:
        for s in t["_spans"]:
            spans.append({k: s[k] for k in ("turn", "start", "end", "type")})
    return {"id": c.id, "kind": c.kind,
            "turns": [{"speaker": t["speaker"], "text": t["text"]} for t in c.turns],
            "spans": spans, "note": c.note}


def render(cases):
    return "".join(json.dumps(to_json(c), ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- normalisation / validation
NUMW = {w: i for i, w in enumerate(UNITS)}
NUMW.update({"oh": 0, "o": 0, "nought": 0})
TEENW = {w: 10 + i for i, w in enumerate(TEENS)}
TENW = {w: i for i, w in enumerate(TENS) if w}
FILLSET = set(FILLERS) | {"hmm", "mm"}


def normalise(text, keep_months=False):
    toks = re.findall(r"[a-z]+|\d+|[^\sa-z\d]", text.lower().replace("x-ray", "xray"))
    out = []
    pad = False
    i = 0

    def emit(s, numeric=True):
        nonlocal pad
        if pad:
            out.append(s.zfill(2) if numeric else "00")
            if not numeric:
                out.append(s)
            pad = False
        else:
            out.append(s)

    def peek(k):
        return toks[k] if k < len(toks) else None

    while i < len(toks):
        t = toks[i]
        if t in FILLSET:
            i += 1
            continue
        if t in ("double", "triple") and peek(i + 1) in NUMW:
            emit(str(NUMW[peek(i + 1)]) * (2 if t == "double" else 3))
            i += 2
            continue
        if t == "hundred":
            pad = True
            i += 1
            if peek(i) == "and":
                i += 1
            continue
        if t in TENW:
            n = peek(i + 1)
            if n in NUMW and NUMW[n] > 0 and n not in ("oh", "o", "nought", "zero"):
                emit(str(TENW[t]) + str(NUMW[n]))
                i += 2
            elif n in ORDS and ORDS[n] < 10:
                emit(str(TENW[t]) + str(ORDS[n]))
                i += 2
            else:
                emit(str(TENW[t]) + "0")
                i += 1
            continue
        if t in TEENW:
            emit(str(TEENW[t]))
            i += 1
            continue
        if t in ORDS:
            emit(str(ORDS[t]))
            i += 1
            continue
        if t in NUMW:
            emit(str(NUMW[t]))
            i += 1
            continue
        if t.isdigit():
            emit(t)
            i += 1
            continue
        if keep_months and (t in MONTHS or t in MON3):
            emit("M", numeric=False)
            i += 1
            continue
        if len(t) == 1 and t.isalpha():
            if pad:
                emit("", numeric=False)
            out.append(t.upper())
            i += 1
            if peek(i) == "for" and peek(i + 1) is not None:
                i += 2
            elif peek(i) == "as" and peek(i + 1) == "in":
                i += 3
            continue
        if t == "+" or t == "plus":
            out.append("+")
            i += 1
            continue
        if len(t) > 1 and t.isalpha() and re.fullmatch(r"[a-z]{2,4}", t) and not keep_months and \
                t not in ("and", "then", "slash", "of", "the", "flat"):
            out.append(t.upper())   # typed letter groups (IBAN bank code, NI prefix)
            i += 1
            continue
        if pad and t in (",", ".", "...") :
            emit("", numeric=False)
        i += 1
    if pad:
        out.append("00")
    return "".join(out)


def norm_email(text):
    t = text.lower()
    if "@" in t:
        return t.strip()
    toks = re.findall(r"[a-z0-9]+|[._-]", t.replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in FILLSET:
            pass
        elif w == "at":
            out.append("@")
        elif w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in NUMW and w not in ("o",):
            out.append(str(NUMW[w]))
        elif len(w) == 1 and i + 2 < len(toks) and toks[i + 1] == "for":
            out.append(w)
            i += 2
        else:
            out.append(w)
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
SUFFIXES = ("grove", "road", "lane", "street", "avenue", "close", "way", "crescent", "drive", "gardens",
            "terrace", "court", "place", "park", "boulevard")


def validate(typ, texts, partial):
    joined = " , ".join(texts)
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", norm_email(joined)) is not None
    if typ == "ADDRESS":
        low = joined.lower()
        return low.split()[-1] in SUFFIXES and (re.search(r"\d", low) or any(w in low.split() for w in
                                                                              list(NUMW) + list(TENW) + list(TEENW)))
    if typ in ("DOB", "EXPIRY"):
        s = re.sub(r"[^0-9M]", "", normalise(joined, keep_months=True))
        if typ == "EXPIRY":
            return re.fullmatch(r"(0?[1-9]|1[0-2])(\d{2}|\d{4})|M(\d{2}|\d{4})", s) is not None
        return re.fullmatch(r"(\d{1,2}M|M\d{1,2})(\d{2}|\d{4})|\d{4,8}", s) is not None
    s = "".join(normalise(t) for t in texts)
    s = re.sub(r"[^0-9A-Z+]", "", s)
    if partial:
        return re.fullmatch(r"\d{1,12}", s) is not None
    if typ == "CARD_NUMBER":
        if len(texts) == 1 and len(s) == 4:     # read-back of last four after full card
            return True
        return re.fullmatch(r"\d{13,19}", s) is not None and luhn_ok(s)
    if typ == "CVV":
        return re.fullmatch(r"\d{3,4}", s) is not None
    if typ == "SSN":
        return re.fullmatch(r"\d{9}", s) is not None and s[:3] not in ("000", "666") and s[0] != "9" \
            and s[3:5] != "00" and s[5:] != "0000"
    if typ == "NI_NUMBER":
        return NI_RE.match(s) is not None and s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
    if typ == "SORT_CODE":
        return re.fullmatch(r"\d{6}", s) is not None
    if typ == "BANK_ACCOUNT":
        return re.fullmatch(r"\d{6,12}", s) is not None
    if typ == "IBAN":
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s) is not None and mod97_ok(s)
    if typ == "PHONE":
        return re.fullmatch(r"\+?\d{10,13}", s) is not None
    if typ == "POSTCODE":
        return UK_PC.match(s) is not None or re.fullmatch(r"\d{5}(\d{4})?", s) is not None
    return False


def check(cases, text):
    errs = []
    if not os.path.exists(OUT):
        return ["missing " + OUT]
    with open(OUT, encoding="utf-8") as f:
        disk = f.read()
    if disk != text:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [c.id for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for line in disk.splitlines():
        json.loads(line)
    for c in cases:
        if c.kind == "negative" and any(t["_spans"] for t in c.turns):
            errs.append(c.id + ": negative with spans")
        if c.kind == "positive" and not any(t["_spans"] for t in c.turns):
            errs.append(c.id + ": positive without spans")
        groups = {}
        for ti, t in enumerate(c.turns):
            txt = t["text"]
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c.id + ": bad speaker")
            prev_end = -1
            for s in sorted(t["_spans"], key=lambda s: s["start"]):
                a, b = s["start"], s["end"]
                if not (0 <= a < b <= len(txt)):
                    errs.append("%s: span out of range" % c.id)
                    continue
                if a < prev_end:
                    errs.append("%s: overlapping spans" % c.id)
                prev_end = b
                if a > 0 and txt[a - 1].isalnum() or b < len(txt) and txt[b].isalnum():
                    errs.append("%s: span not on word boundary %r" % (c.id, txt[a:b]))
                if not ((txt[a].isalnum() or (s["type"] == "PHONE" and txt[a] in "+(")) and txt[b - 1].isalnum()):
                    errs.append("%s: span edge not alnum %r" % (c.id, txt[a:b]))
                groups.setdefault((s["_vid"], s["type"]), []).append(txt[a:b])
        for (vid, typ), texts in groups.items():
            if not validate(typ, texts, vid.startswith("partial")):
                errs.append("%s: %s value fails validation: %r" % (c.id, typ, texts))
    return errs


def counts(cases):
    by = {}
    for c in cases:
        for t in c.turns:
            for s in t["_spans"]:
                by[s["type"]] = by.get(s["type"], 0) + 1
    return by


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = generate()
    text = render(cases)
    npos = sum(c.kind == "positive" for c in cases)
    nneg = len(cases) - npos
    by = counts(cases)
    if args.check:
        errs = check(cases, text)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for typ in ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                    "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"):
            if by.get(typ, 0) < need.get(typ, 10):
                errs.append("too few %s spans: %d" % (typ, by.get(typ, 0)))
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for e in errs[:50]:
            print("ERROR", e)
        print("positive=%d negative=%d spans=%s" % (npos, nneg, json.dumps(by, sort_keys=True)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s: positive=%d negative=%d spans=%s" % (OUT, npos, nneg, json.dumps(by, sort_keys=True)))


if __name__ == "__main__":
    main()

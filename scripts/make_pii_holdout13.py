#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set #13.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  All values come from one seeded random.Random.

    python scripts/make_pii_holdout13.py          # write fixture + README
    python scripts/make_pii_holdout13.py --check  # regenerate and verify
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 13231126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout13"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
       13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
       17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       30: "thirtieth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FILLERS = {"um", "uh", "er", "erm", "sorry", "hang", "on", "let", "me", "see",
           "wait", "no", "its", "it's", "that's", "ah", "and", "then"}


def two_digit_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def ordinal_words(n):
    if n in ORD:
        return ORD[n]
    t, u = divmod(n, 10)
    return TENS[t] + " " + ORD[u]


def zero_word(uk):
    return R.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "oh", "zero", "o"])


def say_digits(ds, uk=False, doubles=True, pairs=False):
    """Spoken digit string as an ASR would write it."""
    out = []
    i = 0
    while i < len(ds):
        if pairs and i + 1 < len(ds) and ds[i] != "0" and (ds[i + 1] != "0" or ds[i] == "1") and R.random() < 0.5:
            out.append(two_digit_words(int(ds[i:i + 2])))
            i += 2
            continue
        d = ds[i]
        w = zero_word(uk) if d == "0" else UNITS[int(d)]
        if doubles and i + 2 < len(ds) + 0 and ds[i + 1:i + 3] == d + d and R.random() < 0.7:
            out.append("triple " + w)
            i += 3
            continue
        if doubles and i + 1 < len(ds) and ds[i + 1] == d and R.random() < 0.7:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_groups(ds, sizes, uk=False, pairs=False, sep=" "):
    parts, i = [], 0
    for s in sizes:
        parts.append(say_digits(ds[i:i + s], uk=uk, pairs=pairs))
        i += s
    return sep.join(parts)


def say_letter(ch, nato=None):
    ch = ch.lower()
    if nato is None:
        nato = R.random() < 0.3
    if nato and ch in NATO:
        return "%s for %s" % (ch, NATO[ch])
    return ch


def group(ds, sizes, sep):
    parts, i = [], 0
    for s in sizes:
        parts.append(ds[i:i + s])
        i += s
    if i < len(ds):
        parts.append(ds[i:])
    return sep.join(parts)


# ---------------------------------------------------------------- values
def luhn_ok(ds):
    tot = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        pre, n = "4" + str(R.randint(0, 9)), 16
    elif kind == "mc":
        pre, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    else:
        pre, n = "4", 19
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_sizes(ds):
    if len(ds) == 15:
        return [4, 6, 5]
    if len(ds) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST.replace("O", "")) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban():
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "ES"])
    rd = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + rd(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "IPBS", "BKIR"]) + rd(14)
    elif c == "DE":
        bban = rd(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "TRIB"]) + rd(10)
    else:
        bban = rd(20)
    return c + iban_check(c, bban) + bban


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def gen_phone(region):
    rd = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if region == "uk":
        return "07" + str(R.randint(4, 9)) + rd(8)
    if region == "uk_land":
        return "0" + R.choice(["20", "161", "121", "113", "131"]) + rd(7 if True else 0)
    if region == "ie":
        return "08" + R.choice("35679") + rd(7)
    return str(R.randint(2, 9)) + rd(2) + str(R.randint(2, 9)) + rd(6)


FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "tom", "grace", "liam",
         "chloe", "dev", "hannah", "oisin", "maria", "kwame", "lucy", "niamh",
         "carlos", "emma", "raj", "sophie", "declan", "fatima", "owen", "zoe"]
LAST = ["murphy", "patel", "okafor", "kelly", "smith", "nguyen", "walsh", "jones",
        "obrien", "khan", "garcia", "byrne", "taylor", "evans", "lopez", "reilly",
        "campbell", "hughes", "fitzgerald", "ahmed", "brennan", "wright"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "protonmail.com", "live.ie",
           "comcast.net", "sky.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    form = R.randint(0, 4)
    if form == 0:
        local = f + "." + l
    elif form == 1:
        local = f[0] + l + str(R.randint(1, 99))
    elif form == 2:
        local = f + "_" + l
    elif form == 3:
        local = l + f[0] + str(R.randint(1970, 2001))
    else:
        local = f + l
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    out = []
    for tok in re.findall(r"[a-z]+|[0-9]+|[._-]", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append("dash")
        elif tok.isdigit():
            if len(tok) == 4 and R.random() < 0.6:
                out.append(two_digit_words(int(tok[:2])) + " " + (two_digit_words(int(tok[2:])) if tok[2] != "0" else "oh " + UNITS[int(tok[3])]))
            elif len(tok) == 2 and tok[0] != "0" and R.random() < 0.6:
                out.append(two_digit_words(int(tok)))
            else:
                out.append(say_digits(tok, doubles=False))
        elif len(tok) == 1:
            out.append(tok)
        else:
            out.append(tok)
    out.append("at")
    out.append(dom.replace(".", " dot "))
    return " ".join(out)


UK_AREAS = ["AB", "B", "BS", "CF", "CR", "DN", "E", "EH", "G", "GL", "L", "LS", "M",
            "N", "NE", "NG", "RG", "S", "SE", "SW", "TS", "W", "BT",
            "CB", "KT", "LE", "HG", "PL", "CH", "BN", "HP", "ST", "WF"]
UK_ODD_OUTWARD = ["W1A", "W1T", "W1D", "SW1A", "SW1P", "EC1A", "EC2M", "EC4V", "WC2H", "WC1E", "E1W", "N1C", "SE1P"]


def rand_uk_postcode():
    L2 = "ABDEFGHJLNPRSTUWXYZ"
    if R.random() < 0.15:
        out = R.choice(UK_ODD_OUTWARD)
    else:
        area = R.choice(UK_AREAS)
        out = area + str(R.randint(1, 29 if len(area) == 2 else 9))
    return out + " " + str(R.randint(0, 9)) + R.choice(L2) + R.choice(L2)


def gen_zip():
    return "%05d" % R.randint(1001, 99950)


STREETS = ["maple", "church", "station", "high", "mill", "victoria", "park", "oak",
           "kings", "elm", "willow", "castle", "bridge", "orchard", "chestnut",
           "cedar", "main", "lincoln", "hawthorn", "riverside", "grange", "abbey"]
UK_SUFFIX = ["road", "street", "lane", "avenue", "close", "crescent", "drive", "way",
             "gardens", "terrace", "grove"]
US_SUFFIX = ["street", "avenue", "drive", "boulevard", "court", "lane", "road", "place"]
STREET_RE = r"(road|street|lane|avenue|close|crescent|drive|way|gardens|terrace|grove|boulevard|court|place|rd|st|ave|dr|blvd|ct|ln|pl)"


def gen_address(country, spoken):
    street = R.choice(STREETS)
    if country == "us":
        num = R.choice([R.randint(100, 999), R.randint(1000, 9899)])
        suf = R.choice(US_SUFFIX)
        if spoken:
            s = str(num)
            if len(s) == 4:
                a, b = int(s[:2]), int(s[2:])
                numw = two_digit_words(a) + " " + (two_digit_words(b) if s[2] != "0" else "oh " + UNITS[b])
            else:
                numw = UNITS[int(s[0])] + " " + (two_digit_words(int(s[1:])) if s[1] != "0" else "oh " + UNITS[int(s[2])])
            return numw + " " + street + " " + suf
        if R.random() < 0.4:
            suf = {"street": "St", "avenue": "Ave", "drive": "Dr", "boulevard": "Blvd",
                   "court": "Ct", "lane": "Ln", "road": "Rd", "place": "Pl"}[suf]
            if R.random() < 0.5:
                suf += "."
                suf = suf[:-1]
        return "%d %s %s" % (num, street.title() if R.random() < 0.7 else street, suf.title() if R.random() < 0.7 else suf)
    num = R.randint(1, 148)
    suf = R.choice(UK_SUFFIX)
    if spoken:
        pre = ""
        if R.random() < 0.3:
            pre = "flat " + UNITS[R.randint(1, 9)] + " "
        return pre + two_digit_words(num) if num < 100 else pre + "one " + (two_digit_words(num - 100) if num - 100 >= 10 else "oh " + UNITS[num - 100])
    txt = "%d %s %s" % (num, street.title(), suf.title())
    if R.random() < 0.25:
        txt = "Flat %d, %s" % (R.randint(1, 12), txt)
    if R.random() < 0.2:
        txt = txt.lower()
    return txt


def spoken_uk_address():
    num = R.randint(1, 148)
    if num < 100:
        nw = two_digit_words(num)
    else:
        r = num - 100
        nw = "one " + (two_digit_words(r) if r >= 10 else "oh " + UNITS[r])
    pre = ("flat " + UNITS[R.randint(1, 9)] + " ") if R.random() < 0.25 else ""
    return pre + nw + " " + R.choice(STREETS) + " " + R.choice(UK_SUFFIX)


def gen_dob():
    return R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)


def say_year(y):
    a, b = divmod(y, 100)
    if a == 20:
        return "two thousand" + ("" if b == 0 else (" and " if R.random() < 0.5 else " ") + two_digit_words(b))
    return two_digit_words(a) + " " + (two_digit_words(b) if b >= 10 else "oh " + UNITS[b])


def dob_spoken(y, m, d, us=False):
    f = R.randint(0, 4)
    if f == 0:
        return "the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], say_year(y))
    if f == 1:
        return "%s %s %s" % (MONTHS[m - 1], ordinal_words(d) if R.random() < 0.5 else two_digit_words(d), say_year(y))
    if f == 2:
        a, b = (m, d) if us else (d, m)
        return "%s %s %s" % (say_digits("%02d" % a, doubles=False), say_digits("%02d" % b, doubles=False), say_year(y))
    if f == 3:
        return "%s of %s %s" % (ordinal_words(d), MONTHS[m - 1], two_digit_words(y % 100) if y % 100 >= 10 else say_year(y))
    return "%s %s %s" % (two_digit_words(d), MONTHS[m - 1], say_year(y))


def dob_chat(y, m, d, us=False):
    f = R.randint(0, 6)
    if f == 0:
        return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
    if f == 1:
        return "%d-%02d-%02d" % (y, m, d)
    if f == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].title(), y)
    if f == 3:
        return "%s %d, %d" % (MONTHS[m - 1].title()[:3], d, y)
    if f == 4:
        return "%d.%d.%d" % ((m, d, y) if us else (d, m, y))
    if f == 5:
        return "%d/%d/%02d" % ((m, d, y % 100) if us else (d, m, y % 100))
    return "%02d%02d%d" % ((m, d, y) if us else (d, m, y))


# ---------------------------------------------------------------- builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], []

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg[0], seg[1]
                key = seg[2] if len(seg) > 2 else None
                assert typ in TYPES, typ
                s = len(text)
                text += val
                self.spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                self.groups.append(key)
            else:
                text += seg
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
       "healthcare billing", "government services"]
BACK = ["mhm", "okay go on", "yep", "uh huh", "right", "okay", "got that", "go ahead", "yeah"]


def ind():
    return R.choice(IND)


def fill():
    return R.choice(["um ", "uh ", "er ", "", "", "erm "])


def tidy(s):
    return s


# ---------------------------------------------------------------- positive templates
def p_card_call_one():
    d = gen_card()
    uk = R.random() < 0.5
    sp = say_groups(d, card_sizes(d), uk=uk, pairs=R.random() < 0.3)
    cs = Case("positive", "call/%s: card read in one turn (%d digits)" % (ind(), len(d)))
    cs.a(R.choice(["can i take the long card number please", "and the long number across the front of the card",
                   "okay whenever you're ready the card number", "what's the card number you'd like to use today"]))
    cs.c(R.choice(["yeah it's ", "okay so ", "right ", "sure it's ", "", "yeah um "]), (sp, "CARD_NUMBER"),
         R.choice(["", " i think", " yeah", " that's it"]))
    cs.a(R.choice(["thank you", "lovely thanks", "great and the expiry", "perfect"]))
    return cs


def p_card_call_split():
    d = gen_card()
    uk = R.random() < 0.5
    sizes = card_sizes(d)
    cs = Case("positive", "call/%s: card split over customer turns with back-channels" % ind())
    cs.a("okay go ahead with the card number")
    i = 0
    for k, s in enumerate(sizes):
        chunk = say_digits(d[i:i + s], uk=uk)
        i += s
        if k == 0:
            cs.c(R.choice(["okay ", "right so ", "it's ", ""]), (chunk, "CARD_NUMBER", "g"))
        else:
            cs.c((chunk, "CARD_NUMBER", "g"), R.choice(["", " um", "", " and"]) if k < len(sizes) - 1 else "")
        if k < len(sizes) - 1:
            cs.a(R.choice(BACK))
    cs.a("thank you i'll just read that back")
    return cs


def p_card_chat():
    d = gen_card()
    sep = R.choice([" ", "-", "", " ", ".", "  "])
    txt = group(d, card_sizes(d), sep) if sep else d
    cs = Case("positive", "chat/%s: card typed with separator %r" % (ind(), sep))
    cs.a(R.choice(["Please provide the card number you'd like to use.", "Could you type the long card number?"]))
    cs.c(R.choice(["its ", "Card is ", "sure - ", "ok ", "", "card no: "]), (txt, "CARD_NUMBER"),
         R.choice(["", " thanks", ". the amount is $%d.%02d" % (R.randint(10, 400), R.randint(0, 99)), " (visa debit)"]))
    return cs


def p_card_cvv_exp_call():
    d = gen_card()
    uk = R.random() < 0.5
    cvv = "".join(str(R.randint(0, 9)) for _ in range(4 if len(d) == 15 else 3))
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    cs = Case("positive", "call/%s: card then expiry then security code, expiry as month-year words" % ind())
    cs.a("and the card number please")
    cs.c((say_groups(d, card_sizes(d), uk=uk), "CARD_NUMBER"))
    cs.a("and the expiry date")
    exp = R.choice([
        say_digits("%02d" % mm, doubles=False) + " " + two_digit_words(yy),
        MONTHS[mm - 1] + " twenty " + two_digit_words(yy),
        say_digits("%02d" % mm, doubles=False) + " slash " + say_digits("%02d" % yy, doubles=False),
        two_digit_words(mm) + " " + two_digit_words(yy)])
    cs.c(R.choice(["it's ", "expires ", "", "um "]), (exp, "EXPIRY"))
    cs.a("and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front")
    cs.c(R.choice(["", "it's ", "yeah "]), (say_digits(cvv, uk=uk), "CVV"))
    cs.a("thank you that's gone through")
    return cs


def p_exp_cvv_chat():
    d = gen_card()
    cvv = "%03d" % R.randint(0, 999)
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    exp = R.choice(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy),
                    "%s %02d" % (MONTHS[mm - 1][:3].title(), yy), "%02d%02d" % (mm, yy)])
    cs = Case("positive", "chat/%s: card, expiry and cvv in one message" % ind())
    cs.a("Please enter the card details.")
    f = R.randint(0, 2)
    if f == 0:
        cs.c("card ", (group(d, card_sizes(d), " "), "CARD_NUMBER"), " exp ", (exp, "EXPIRY"), " cvv ", (cvv, "CVV"))
    elif f == 1:
        cs.c((d, "CARD_NUMBER"), ", expires ", (exp, "EXPIRY"), ", security code ", (cvv, "CVV"))
    else:
        cs.c("number: ", (group(d, card_sizes(d), "-"), "CARD_NUMBER"), "\nexpiry: ", (exp, "EXPIRY"), "\nCVC: ", (cvv, "CVV"))
    cs.a("Thanks, that's processing now.")
    return cs


def p_card_correction():
    d = gen_card()
    uk = R.random() < 0.5
    sizes = card_sizes(d)
    first = say_digits(d[:4], uk=uk)
    wrong = say_digits("%04d" % R.randint(0, 9999), uk=uk)
    cs = Case("positive", "call/%s: card with self-correction; wrong group also labelled" % ind())
    cs.a("okay the card number")
    cs.c((first, "CARD_NUMBER", "g"), " ", (wrong, "CARD_NUMBER", "frag"), " no sorry ", (say_digits(d[4:8], uk=uk), "CARD_NUMBER", "frag"))
    cs.a("okay from the start of the second group is that")
    cs.c("yeah ", (say_digits(d[4:8], uk=uk), "CARD_NUMBER", "g"), " then ", (say_groups(d[8:], sizes[2:], uk=uk), "CARD_NUMBER", "g"))
    cs.a("thanks")
    return cs


def p_card_readback():
    d = gen_card()
    cs = Case("positive", "call/%s: agent reads the card back; both readings labelled" % ind())
    cs.a("go ahead with the card")
    cs.c((say_groups(d, card_sizes(d), uk=True), "CARD_NUMBER"))
    cs.a("so that's ", (say_groups(d, card_sizes(d), uk=True, pairs=True), "CARD_NUMBER"), " yeah")
    cs.c("that's right yeah")
    return cs


def p_ssn_call():
    s = gen_ssn()
    f = R.randint(0, 3)
    if f == 0:
        sp = say_groups(s, [3, 2, 4])
    elif f == 1:
        sp = say_digits(s)
    elif f == 2:
        sp = say_groups(s, [3, 2, 4], sep=" dash ")
    else:
        sp = say_groups(s, [3, 2, 4], pairs=True)
    cs = Case("positive", "call/%s: US social security number spoken" % R.choice(IND))
    cs.a(R.choice(["for verification can i get your social security number", "and the last four of your social",
                   "i'll need your full social to pull up the account", "could you confirm your ssn"]))
    cs.c(R.choice(["sure it's ", "yeah ", "okay ", "it is ", "um "]), (sp, "SSN"), R.choice(["", " yeah", " thanks"]))
    cs.a("thank you one moment")
    return cs


def p_ssn_split():
    s = gen_ssn()
    cs = Case("positive", "call/%s: SSN split over three customer turns" % ind())
    cs.a("okay your social security number please")
    cs.c(R.choice(["okay ", "it's ", ""]), (say_digits(s[:3]), "SSN", "g"))
    cs.a(R.choice(BACK))
    cs.c((say_digits(s[3:5]), "SSN", "g"))
    cs.a(R.choice(BACK))
    cs.c((say_digits(s[5:]), "SSN", "g"), R.choice(["", " and that's it"]))
    return cs


def p_ssn_chat():
    s = gen_ssn()
    txt = R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + "." + s[3:5] + "." + s[5:]])
    cs = Case("positive", "chat/%s: SSN typed" % ind())
    cs.a("To verify, please provide your Social Security number.")
    cs.c(R.choice(["SSN ", "its ", "sure ", "", "my ss# is "]), (txt, "SSN"), R.choice(["", " thx", ". my claim number is %d" % R.randint(100000, 9999999)]))
    return cs


def p_ssn_with_dob():
    s = gen_ssn()
    y, m, d = gen_dob()
    cs = Case("positive", "call/%s: SSN and DOB in one turn (US)" % R.choice(["insurance", "healthcare billing", "government services", "banking"]))
    cs.a("can i get your date of birth and social")
    cs.c("yeah ", (dob_spoken(y, m, d, us=True), "DOB"), " and the social is ", (say_groups(s, [3, 2, 4]), "SSN"))
    cs.a("thanks that matches")
    return cs


def say_ni(ni, style):
    let = lambda ch: say_letter(ch)
    if style == 0:
        return " ".join([let(ni[0]), let(ni[1]), say_digits(ni[2:8], uk=True, doubles=False), let(ni[8])])
    if style == 1:
        return " ".join([ni[0].lower() + " " + ni[1].lower(), say_groups(ni[2:8], [2, 2, 2], uk=True), ni[8].lower()])
    if style == 2:
        return " ".join([let(ni[0]), let(ni[1]), say_groups(ni[2:8], [2, 2, 2], uk=True, pairs=True), let(ni[8])])
    return " ".join([ni[0].lower(), ni[1].lower(), say_digits(ni[2:8], uk=True), {"A": "a", "B": "bee", "C": "see", "D": "dee"}[ni[8]]])


def p_ni_call():
    ni = gen_ni()
    cs = Case("positive", "call/%s: UK national insurance number spoken" % R.choice(["government services", "banking", "insurance", "utilities"]))
    cs.a(R.choice(["can you give me your national insurance number", "and your n i number please", "what's your national insurance number"]))
    cs.c(R.choice(["yeah it's ", "okay ", "", "um it's "]), (say_ni(ni, R.randint(0, 3)), "NI_NUMBER"))
    cs.a("thank you")
    return cs


def p_ni_split():
    ni = gen_ni()
    cs = Case("positive", "call/government services: NI number split letters / digits / suffix")
    cs.a("national insurance number when you're ready")
    cs.c("right it's ", (say_letter(ni[0], True) + " " + say_letter(ni[1], True), "NI_NUMBER", "g"))
    cs.a(R.choice(BACK))
    cs.c((say_groups(ni[2:8], [2, 2, 2], uk=True), "NI_NUMBER", "g"))
    cs.a("and the letter at the end")
    cs.c(R.choice(["", "it's ", "that's "]), (say_letter(ni[8], R.random() < 0.5), "NI_NUMBER", "g"))
    return cs


def p_ni_chat():
    ni = gen_ni()
    txt = R.choice([ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8],
                    ni.lower(), ni[:2] + ni[2:8] + " " + ni[8], ni[:2] + "-" + ni[2:4] + "-" + ni[4:6] + "-" + ni[6:8] + "-" + ni[8]])
    cs = Case("positive", "chat/government services: NI number typed")
    cs.a("Could you please confirm your National Insurance number?")
    cs.c(R.choice(["NI no. ", "yes its ", "", "sure, "]), (txt, "NI_NUMBER"), R.choice(["", " ta", ". I was born in %d if that helps" % R.randint(1950, 2000)]))
    return cs


def p_bank_call():
    acct = "".join(str(R.randint(0, 9)) for _ in range(8))
    sc = "".join(str(R.randint(0, 9)) for _ in range(6))
    cs = Case("positive", "call/%s: UK sort code and account number" % R.choice(["banking", "utilities", "insurance", "telecom"]))
    cs.a("for the direct debit can i take the sort code")
    scs = R.choice([say_groups(sc, [2, 2, 2], uk=True), say_groups(sc, [2, 2, 2], uk=True, pairs=True), say_digits(sc, uk=True)])
    cs.c(R.choice(["yeah ", "", "it's "]), (scs, "SORT_CODE"))
    cs.a("and the account number")
    cs.c((say_digits(acct, uk=True), "BANK_ACCOUNT"), R.choice(["", " i think yeah"]))
    cs.a("thank you the first collection will be on the %s" % ordinal_words(R.randint(1, 28)))
    return cs


def p_bank_chat():
    acct = "".join(str(R.randint(0, 9)) for _ in range(R.choice([8, 8, 10, 12])))
    sc = "".join(str(R.randint(0, 9)) for _ in range(6))
    sct = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    cs = Case("positive", "chat/banking: sort code and account typed in one message")
    cs.a("Please provide the sort code and account number for the refund.")
    cs.c("sort code ", (sct, "SORT_CODE"), R.choice([" acc ", ", account number ", " / "]), (acct, "BANK_ACCOUNT"))
    return cs


def p_us_account_call():
    acct = "".join(str(R.randint(0, 9)) for _ in range(R.choice([9, 10, 12])))
    cs = Case("positive", "call/banking: US checking account number spoken with filler inside")
    cs.a("what's the checking account number")
    k = R.randint(3, len(acct) - 3)
    cs.c("okay it's ", (say_digits(acct[:k]) + " " + R.choice(["um", "uh", "hang on"]) + " " + say_digits(acct[k:]), "BANK_ACCOUNT"))
    cs.a("and the routing number")
    cs.c("i don't have that on me sorry")
    return cs


def say_iban(ib):
    out = []
    for ch in ib:
        out.append(say_letter(ch, False) if ch.isalpha() else (zero_word(True) if ch == "0" else UNITS[int(ch)]))
    return " ".join(out)


def p_iban_chat():
    ib = gen_iban()
    txt = R.choice([ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib.lower()])
    cs = Case("positive", "chat/%s: IBAN typed for a refund" % R.choice(["travel", "retail", "banking", "insurance"]))
    cs.a("Please send the IBAN for the refund.")
    cs.c(R.choice(["IBAN: ", "here you go ", "", "its "]), (txt, "IBAN"), R.choice(["", " (ireland)", " thanks!", " - BIC I don't know"]))
    return cs


def p_iban_call():
    ib = gen_iban()
    cs = Case("positive", "call/%s: IBAN spelt letter by letter, split in two turns" % ind())
    cs.a("and the iban for the transfer")
    k = 8
    cs.c("okay ", (say_iban(ib[:k]), "IBAN", "g"))
    cs.a(R.choice(BACK))
    cs.c((say_iban(ib[k:]), "IBAN", "g"))
    cs.a("thanks")
    return cs


def say_phone(p, uk):
    f = R.randint(0, 2)
    if f == 0:
        return say_digits(p, uk=uk)
    if f == 1:
        sizes = [5, 6] if len(p) == 11 else [3, 3, 4]
        return say_groups(p, sizes, uk=uk)
    return say_groups(p, [3, 3, len(p) - 6], uk=uk, pairs=True)


def p_phone_call():
    reg = R.choice(["uk", "uk", "ie", "us", "us", "uk_land"])
    p = gen_phone(reg)
    uk = reg != "us"
    cs = Case("positive", "call/%s: %s phone number spoken" % (ind(), reg))
    cs.a(R.choice(["what's the best number to reach you on", "can i get a contact number", "and a callback number in case we get cut off"]))
    cs.c(R.choice(["yeah it's ", "it's ", "my mobile is ", "", "um "]), (say_phone(p, uk), "PHONE"))
    cs.a(R.choice(["thank you", "perfect", "lovely"]))
    return cs


def p_phone_intl():
    reg = R.choice(["uk", "ie", "us"])
    p = gen_phone(reg)
    cc = {"uk": "44", "ie": "353", "us": "1"}[reg]
    nat = p[1:] if reg != "us" else p
    if R.random() < 0.5:
        txt = R.choice(["+%s %s" % (cc, group(nat, [3, 3], " ")), "+%s%s" % (cc, nat), "00%s %s" % (cc, nat), "+%s (%s) %s-%s" % (cc, nat[:3], nat[3:6], nat[6:])])
        cs = Case("positive", "chat/%s: international phone typed" % ind())
        cs.a("What number can we reach you on?")
        cs.c(R.choice(["", "call me on ", "mobile: ", "its "]), (txt, "PHONE"), R.choice(["", " after 5pm", " thanks"]))
    else:
        sp = "plus " + " ".join(UNITS[int(c)] for c in cc) + " " + say_digits(nat, uk=reg != "us")
        cs = Case("positive", "call/%s: international phone spoken with 'plus'" % ind())
        cs.a("is there a number we can call you on while you're abroad")
        cs.c("yeah it's ", (sp, "PHONE"))
    return cs


def p_phone_chat_us():
    p = gen_phone("us")
    txt = R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), p, "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
    cs = Case("positive", "chat/%s: US phone typed" % ind())
    cs.a("Can I get a good callback number?")
    cs.c(R.choice(["", "sure ", "cell is ", "its "]), (txt, "PHONE"), R.choice(["", " - text is fine", ". I'm free after 3"]))
    return cs


def p_email_call():
    e = gen_email()
    cs = Case("positive", "call/%s: e-mail address spoken with dot/at" % ind())
    cs.a(R.choice(["and what email should we send the confirmation to", "can i take an email address"]))
    cs.c(R.choice(["yeah it's ", "it's ", "", "um "]), (say_email(e), "EMAIL"))
    cs.a("thank you")
    return cs


def p_email_chat():
    e = gen_email()
    if R.random() < 0.2:
        e = e.upper() if R.random() < 0.5 else e.title()
    cs = Case("positive", "chat/%s: e-mail typed" % ind())
    cs.a("What's the email on the account?")
    cs.c(R.choice(["", "its ", "email: ", "pls use "]), (e, "EMAIL"), R.choice(["", " thanks", ". order was for 2 items"]))
    return cs


def p_dob_call():
    y, m, d = gen_dob()
    us = R.random() < 0.4
    cs = Case("positive", "call/%s: date of birth spoken" % ind())
    cs.a(R.choice(["can you confirm your date of birth", "and your d o b please", "for security what's your date of birth"]))
    cs.c(R.choice(["yeah it's ", "", "it's ", "um "]), (dob_spoken(y, m, d, us), "DOB"))
    cs.a("thank you")
    return cs


def p_dob_chat():
    y, m, d = gen_dob()
    us = R.random() < 0.5
    cs = Case("positive", "chat/%s: date of birth typed" % ind())
    cs.a("Please confirm your date of birth.")
    cs.c(R.choice(["DOB ", "", "born ", "its "]), (dob_chat(y, m, d, us), "DOB"))
    return cs


def say_postcode(pc, nato=None):
    out = []
    for ch in pc.replace(" ", ""):
        out.append(say_letter(ch, nato) if ch.isalpha() else (zero_word(True) if ch == "0" else UNITS[int(ch)]))
    return " ".join(out)


def p_address_call_uk():
    addr = spoken_uk_address()
    pc = rand_uk_postcode()
    cs = Case("positive", "call/%s: UK address and postcode spoken" % R.choice(["utilities", "telecom", "retail", "insurance"]))
    cs.a("can i take the first line of the address")
    cs.c(R.choice(["yeah it's ", "", "it's "]), (addr, "ADDRESS"))
    cs.a("and the postcode")
    cs.c((say_postcode(pc), "POSTCODE"))
    cs.a("thanks that's showing %s" % R.choice(["the property", "your meter", "the account"]))
    return cs


def p_address_chat():
    us = R.random() < 0.5
    addr = gen_address("us" if us else "uk", False)
    pc = (gen_zip() + ("-%04d" % R.randint(1, 9999) if R.random() < 0.3 else "")) if us else rand_uk_postcode()
    if not us and R.random() < 0.3:
        pc = pc.replace(" ", "")
    if not us and R.random() < 0.3:
        pc = pc.lower()
    town = R.choice(["Springfield", "Austin", "Columbus"]) if us else R.choice(["Leeds", "Bristol", "Croydon", "Swindon"])
    cs = Case("positive", "chat/%s: street address and %s in one line" % (R.choice(["retail", "insurance", "utilities"]), "ZIP" if us else "postcode"))
    cs.a("What's the delivery address?")
    if us:
        cs.c((addr, "ADDRESS"), ", %s, %s " % (town, R.choice(["TX", "OH", "IL"])), (pc, "POSTCODE"))
    else:
        cs.c((addr, "ADDRESS"), ", %s " % town, (pc, "POSTCODE"))
    cs.a("Thanks, your parcel of %d items will arrive by Thursday." % R.randint(2, 6))
    return cs


def p_address_call_us():
    addr = gen_address("us", True)
    z = gen_zip()
    cs = Case("positive", "call/%s: US street address and zip spoken" % R.choice(["insurance", "retail", "healthcare billing", "telecom"]))
    cs.a("what's the address on file")
    cs.c((addr, "ADDRESS"), " in %s" % R.choice(["dayton", "tampa", "boise", "fresno"]))
    cs.a("and the zip code")
    cs.c((say_digits(z, doubles=R.random() < 0.5), "POSTCODE"))
    return cs


def p_postcode_split():
    pc = rand_uk_postcode()
    out, inn = pc.split(" ")
    cs = Case("positive", "call/%s: UK postcode outward and inward code in two turns, NATO letters" % ind())
    cs.a("and the postcode")
    cs.c((say_postcode(out, True), "POSTCODE", "g"))
    cs.a(R.choice(BACK))
    cs.c((say_postcode(inn, True), "POSTCODE", "g"))
    return cs


def p_mixed_chitchat():
    p = gen_phone("uk")
    y, m, d = gen_dob()
    cs = Case("positive", "call/telecom: phone and DOB in chit-chat next to prices, times and counts")
    cs.a("sorry about the wait it's been busy since about nine this morning")
    cs.c("no worries i've been on hold twenty minutes mind so the number on the account is ", (say_digits(p, uk=True), "PHONE"),
         " and it's the thirty five pound a month plan")
    cs.a("and your date of birth")
    cs.c("oh ", (dob_spoken(y, m, d), "DOB"), " i'll be %s next week" % two_digit_words(2026 - y))
    return cs


def p_sort_code_readback():
    sc = "".join(str(R.randint(0, 9)) for _ in range(6))
    acct = "".join(str(R.randint(0, 9)) for _ in range(8))
    cs = Case("positive", "call/banking: sort code in pairs, account with double/triple, agent reads back")
    cs.a("sort code please")
    cs.c((say_groups(sc, [2, 2, 2], uk=True, pairs=True), "SORT_CODE"))
    cs.a("that's ", (say_groups(sc, [2, 2, 2], uk=True), "SORT_CODE"), " and the account")
    cs.c((say_groups(acct, [4, 4], uk=True), "BANK_ACCOUNT"))
    cs.a("so ", (say_digits(acct, uk=True), "BANK_ACCOUNT"), " yes")
    cs.c("yes that's right")
    return cs


def p_two_cards():
    d1, d2 = gen_card(), gen_card()
    cs = Case("positive", "chat/retail: two cards in one message, old and new")
    cs.c("my old card ", (group(d1, card_sizes(d1), " "), "CARD_NUMBER"), " expired so please use ", (group(d2, card_sizes(d2), "-"), "CARD_NUMBER"), " for the £%d.%02d balance" % (R.randint(5, 200), R.randint(0, 99)))
    cs.a("Thanks, updated.")
    return cs


def p_ni_and_phone_call():
    ni = gen_ni()
    p = gen_phone(R.choice(["uk", "uk_land"]))
    cs = Case("positive", "call/government services: NI number and phone in one turn")
    cs.a("can i take your national insurance number and a phone number")
    cs.c("yeah n i is ", (say_ni(ni, R.randint(0, 3)), "NI_NUMBER"), " and the phone is ", (say_digits(p, uk=True), "PHONE"))
    cs.a("thanks your appointment is at half two on the fourth")
    return cs


def p_homophone_card():
    d = gen_card()
    words = []
    for ch in d:
        w = UNITS[int(ch)] if ch != "0" else "oh"
        if ch == "4" and R.random() < 0.6:
            w = "for"
        elif ch == "2" and R.random() < 0.6:
            w = R.choice(["to", "too"])
        elif ch == "8" and R.random() < 0.5:
            w = "ate"
        elif ch == "1" and R.random() < 0.4:
            w = "won"
        words.append(w)
    cs = Case("positive", "call/%s: card with ASR homophones (for/to/ate/won)" % ind())
    cs.a("card number please")
    cs.c("yeah ", (" ".join(words), "CARD_NUMBER"))
    cs.a("thank you")
    return cs


def p_email_split():
    e = gen_email()
    local, dom = e.split("@")
    cs = Case("positive", "call/%s: e-mail spoken local part then domain after agent back-channel" % ind())
    cs.a("what email address")
    sp = say_email(e)
    a, b = sp.split(" at ", 1)
    cs.c("it's ", (a, "EMAIL", "g"))
    cs.a("mhm at")
    cs.c("at ", (b, "EMAIL", "g"))
    return cs


def p_dob_vs_other_dates():
    y, m, d = gen_dob()
    cs = Case("positive", "call/%s: DOB next to an appointment date and a payment date (only DOB labelled)" % R.choice(["healthcare billing", "insurance", "government services"]))
    cs.a("your appointment's on the %s of %s can i just confirm your date of birth" % (ordinal_words(R.randint(1, 28)), R.choice(MONTHS)))
    cs.c("yeah ", (dob_spoken(y, m, d), "DOB"), " and i paid the last bill on the %s" % ordinal_words(R.randint(1, 28)))
    cs.a("so that's ", (dob_spoken(y, m, d), "DOB"), " yeah")
    cs.c("yep")
    return cs


def p_phone_correction():
    p = gen_phone(R.choice(["uk", "ie"]))
    cs = Case("positive", "call/%s: phone with false start and restart; both fragments labelled" % ind())
    cs.a("best contact number")
    cs.c((say_digits(p[:4], uk=True), "PHONE", "frag"), " no sorry that's my old one it's ", (say_digits(p, uk=True, doubles=False), "PHONE"))
    cs.a("thank you")
    return cs


def p_landline_chat():
    p = gen_phone("uk_land")
    txt = R.choice([p[:4] + " " + p[4:7] + " " + p[7:], p[:3] + " " + p[3:7] + " " + p[7:], p, "(" + p[:4] + ") " + p[4:]])
    cs = Case("positive", "chat/utilities: UK landline typed with varied grouping")
    cs.c("pls ring the house phone ", (txt, "PHONE"), " between 9 and 5")
    cs.a("Will do, callback booked for tomorrow.")
    return cs


def p_postcode_chat():
    pc = rand_uk_postcode()
    txt = R.choice([pc, pc.lower(), pc.replace(" ", ""), pc.replace(" ", "  ")])
    cs = Case("positive", "chat/%s: UK postcode alone with price and order count" % R.choice(["retail", "utilities", "telecom"]))
    cs.a("Can I take your postcode to check availability?")
    cs.c(R.choice(["its ", "postcode ", "", "PC: "]), (txt, "POSTCODE"), R.choice(["", " - is the £%d package available?" % R.randint(20, 70)]))
    return cs


def p_account_chat_plain():
    acct = "".join(str(R.randint(0, 9)) for _ in range(R.choice([8, 9, 10, 11, 12])))
    cs = Case("positive", "chat/banking: bank account number typed after 'acct#', next to an amount")
    cs.c(R.choice(["acct# ", "account no ", "Account number: "]), (acct, "BANK_ACCOUNT"), " - I was charged $%d.%02d twice" % (R.randint(5, 300), R.randint(0, 99)))
    cs.a("Thanks, I'll look into the duplicate charge.")
    return cs


def p_ni_typo_chat():
    ni = gen_ni()
    txt = ni[:2].lower() + ni[2:4] + " " + ni[4:8] + ni[8].lower()
    cs = Case("positive", "chat/government services: NI typed lower case with odd spacing, next to a claim reference")
    cs.c("hi re my UC claim ref %d my ni is " % R.randint(1000000, 99999999), (txt, "NI_NUMBER"), " sorry typing on phone")
    cs.a("Thanks, I've found you.")
    return cs


def p_expiry_split_call():
    mm, yy = R.randint(1, 12), R.randint(26, 33)
    cvv = "%03d" % R.randint(0, 999)
    cs = Case("positive", "call/%s: expiry month and year in separate turns, cvv with filler and a price nearby" % ind())
    cs.a("what's the expiry on the card")
    cs.c(R.choice(["it's ", "um ", ""]), (say_digits("%02d" % mm, uk=True, doubles=False), "EXPIRY", "g"))
    cs.a(R.choice(BACK))
    cs.c((R.choice(["twenty ", ""]) + two_digit_words(yy), "EXPIRY", "g"))
    cs.a("and the security code the last three on the back")
    cs.c("hang on i need my glasses right it's ", (say_digits(cvv[:2], uk=True, doubles=False) + " um " + UNITS[int(cvv[2])], "CVV"), " and it's the %s pound payment yeah" % two_digit_words(R.randint(20, 99)))
    return cs


def p_signature_chat():
    e = gen_email()
    if R.random() < 0.4:
        loc, dom = e.split("@")
        e = loc + "+" + R.choice(["orders", "bills", "travel"]) + "@" + dom
    p = gen_phone(R.choice(["uk", "ie", "us"]))
    cs = Case("positive", "chat/%s: e-mail and phone in a typed signature-style message" % ind())
    cs.c("Please update my details.\nEmail: ", (e, "EMAIL"), "\nTel: ", (p, "PHONE"), "\nThanks")
    cs.a("Done - both updated.")
    return cs


def p_iban_spaced_call():
    ib = gen_iban()
    groups = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    cs = Case("positive", "call/%s: IBAN read in groups of four, letters NATO, in one turn" % R.choice(["travel", "insurance", "banking"]))
    cs.a("okay read me the iban")
    cs.c("okay it's ", (" ".join(" ".join(say_letter(ch, True) if ch.isalpha() else UNITS[int(ch)] if ch != "0" else zero_word(True) for ch in g) for g in groups), "IBAN"))
    cs.a("lovely the refund of %s will be there in five working days" % say_money(R.randint(2000, 90000), True))
    return cs


def p_address_chat_uk_lower():
    addr = gen_address("uk", False).lower()
    pc = rand_uk_postcode().lower()
    cs = Case("positive", "chat/utilities: lower-case address and postcode, meter reading in same message")
    cs.c("moving out of ", (addr, "ADDRESS"), " ", (pc, "POSTCODE"), " on the %s, final reading is %05d" % (R.choice(["4th", "5th", "9th", "12th", "21st", "22nd", "23rd", "28th"]), R.randint(0, 99999)))
    cs.a("Thanks, I've booked the final bill.")
    return cs


POS_TEMPLATES = [
    (p_expiry_split_call, 4), (p_signature_chat, 4), (p_iban_spaced_call, 3), (p_address_chat_uk_lower, 3),
    (p_dob_vs_other_dates, 4), (p_phone_correction, 3), (p_landline_chat, 3), (p_postcode_chat, 4),
    (p_account_chat_plain, 4), (p_ni_typo_chat, 4),
    (p_card_call_one, 12), (p_card_call_split, 6), (p_card_chat, 10), (p_card_cvv_exp_call, 10),
    (p_exp_cvv_chat, 8), (p_card_correction, 3), (p_card_readback, 3), (p_homophone_card, 3),
    (p_two_cards, 3),
    (p_ssn_call, 12), (p_ssn_split, 5), (p_ssn_chat, 10), (p_ssn_with_dob, 5),
    (p_ni_call, 14), (p_ni_split, 5), (p_ni_chat, 10), (p_ni_and_phone_call, 4),
    (p_bank_call, 8), (p_bank_chat, 6), (p_us_account_call, 4), (p_sort_code_readback, 3),
    (p_iban_chat, 8), (p_iban_call, 5),
    (p_phone_call, 8), (p_phone_intl, 6), (p_phone_chat_us, 4),
    (p_email_call, 7), (p_email_chat, 6), (p_email_split, 3),
    (p_dob_call, 7), (p_dob_chat, 6), (p_mixed_chitchat, 3),
    (p_address_call_uk, 7), (p_address_chat, 7), (p_address_call_us, 5), (p_postcode_split, 4),
]


# ---------------------------------------------------------------- negatives
def say_money(amt_p, uk):
    pounds, pence = divmod(amt_p, 100)
    unit = "pounds" if uk else "dollars"
    sub = "p" if uk else "cents"
    w = number_words(pounds) + " " + unit
    if pence:
        w += " " + two_digit_words(pence) if R.random() < 0.5 else " and " + two_digit_words(pence) + " " + sub
    return w


def number_words(n):
    if n < 100:
        return two_digit_words(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if r == 0 else " and " + two_digit_words(r))
    th, r = divmod(n, 1000)
    return number_words(th) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + number_words(r))


def n_money_call():
    uk = R.random() < 0.5
    cs = Case("negative", "call/%s: amounts, balance and payment date only" % R.choice(["utilities", "telecom", "banking"]))
    cs.a("your balance is currently %s" % say_money(R.randint(1000, 250000), uk))
    cs.c("right and if i pay %s today when does the next bill come" % say_money(R.randint(500, 50000), uk))
    cs.a("that'd be on the %s of %s for about %s" % (ordinal_words(R.randint(1, 28)), R.choice(MONTHS), say_money(R.randint(2000, 20000), uk)))
    return cs


def n_order_ref_chat():
    ref = str(R.randint(10 ** 5, 10 ** 9))
    cs = Case("negative", "chat/retail: order number, price and quantity")
    word = R.choice(["Order", "order no.", "Order #", "ref", "Invoice"])
    cs.c("Hi my %s %s hasn't arrived. I ordered %d of them at £%d.%02d each" % (word, ref, R.randint(2, 9), R.randint(3, 90), R.randint(0, 99)))
    cs.a("Sorry about that! I can see %s %s was dispatched on %d %s." % (word.rstrip(" #.").lower(), ref, R.randint(1, 28), R.choice(MONTHS).title()))
    return cs


def n_ref_call():
    ref = "".join(str(R.randint(0, 9)) for _ in range(R.randint(6, 10)))
    word = R.choice(["claim number", "reference number", "ticket number", "case number", "booking reference"])
    cs = Case("negative", "call/%s: %s spoken digit by digit" % (R.choice(["insurance", "travel", "telecom", "government services"]), word))
    cs.a("have you got a %s for me" % word)
    cs.c("yeah the %s is %s" % (word, say_digits(ref, uk=R.random() < 0.5)))
    cs.a("thanks i've got that up it was opened %s days ago" % two_digit_words(R.randint(2, 40)))
    return cs


def n_flight_call():
    fl = R.choice(["b a", "e i", "f r", "u a", "d l", "a a"]) + " " + say_digits(str(R.randint(100, 9999)), doubles=False)
    cs = Case("negative", "call/travel: flight number, times, gate and seat")
    cs.c("i'm on flight %s tomorrow leaving at %s" % (fl, R.choice(["half seven", "six forty five", "ten fifteen", "quarter past nine", "fourteen twenty"])))
    cs.a("okay that's boarding from gate %s and you're in seat %s %s" % (two_digit_words(R.randint(1, 60)), two_digit_words(R.randint(1, 40)), R.choice("abcdef")))
    cs.c("and how much is it to add a bag it was %s last time" % say_money(R.randint(2000, 8000), True))
    return cs


def n_meter_call():
    rd = "".join(str(R.randint(0, 9)) for _ in range(5))
    cs = Case("negative", "call/utilities: meter reading, tariff rate and percentage")
    cs.a("can you read me the numbers on the meter")
    cs.c("it says %s" % say_digits(rd, uk=True))
    cs.a("thanks your unit rate is %s point %s pence and it's going up %s percent in %s" % (two_digit_words(R.randint(18, 35)), UNITS[R.randint(1, 9)], two_digit_words(R.randint(2, 15)), R.choice(MONTHS)))
    return cs


def n_appointment_chat():
    cs = Case("negative", "chat/healthcare billing: appointment date, time, room, amount")
    cs.c("Hi, my appointment on %02d/%02d/2026 at %d:%02d in room %d was charged twice, $%d.%02d each" % (R.randint(1, 28), R.randint(1, 12), R.randint(8, 17), R.choice([0, 15, 30, 45]), R.randint(100, 450), R.randint(50, 400), R.randint(0, 99)))
    cs.a("I'm sorry about that. I've refunded one charge; allow %d-%d business days." % (R.randint(3, 5), R.randint(6, 10)))
    return cs


def n_speed_call():
    cs = Case("negative", "call/telecom: broadband speeds, model number, durations")
    cs.c("i'm only getting %s megs and it's meant to be %s" % (two_digit_words(R.randint(5, 40)), number_words(R.choice([150, 300, 500, 900]))))
    cs.a("okay which router is it the model number's on the back")
    cs.c("it says h h %s and the lights been flashing for %s hours" % (UNITS[R.randint(3, 6)], two_digit_words(R.randint(2, 48))))
    return cs


def n_contract_chat():
    cs = Case("negative", "chat/telecom: contract start date, price, months, percentage")
    cs.c("My contract started on %d %s %d and was £%d a month for %d months. Why has it gone up %.1f%%?" % (R.randint(1, 28), R.choice(MONTHS).title(), R.randint(2019, 2025), R.randint(10, 60), R.choice([12, 18, 24, 36]), R.uniform(2, 9)))
    cs.a("Prices rise every April by CPI plus 3.9%%. Your new price is £%d.%02d." % (R.randint(10, 70), R.randint(0, 99)))
    return cs


def n_age_temp_call():
    cs = Case("negative", "call/healthcare billing: age, temperature, counts, years")
    cs.c("it's for my dad he's %s and he's had a temperature of %s point %s for %s days" % (two_digit_words(R.randint(60, 95)), two_digit_words(R.randint(37, 40)), UNITS[R.randint(1, 9)], UNITS[R.randint(2, 9)]))
    cs.a("okay and he's been with us since %s" % say_year(R.randint(1990, 2020)))
    cs.c("yeah about %s years" % two_digit_words(R.randint(5, 30)))
    return cs


def n_invoice_call():
    inv = "".join(str(R.randint(0, 9)) for _ in range(R.randint(7, 10)))
    cs = Case("negative", "call/retail: invoice number split over two turns with reference word")
    cs.a("what's the invoice number")
    cs.c("invoice number %s" % say_digits(inv[:4]))
    cs.a("mhm")
    cs.c("%s and it was for %s" % (say_digits(inv[4:]), say_money(R.randint(1000, 90000), False)))
    return cs


def n_balance_chat():
    cs = Case("negative", "chat/banking: balances, transaction amounts, times, counts")
    cs.c("I see %d pending transactions: $%d.%02d, $%d.%02d and $%s.00 at %d:%02d pm" % (3, R.randint(1, 999), R.randint(0, 99), R.randint(1, 999), R.randint(0, 99), "{:,}".format(R.randint(1000, 9999)), R.randint(1, 11), R.randint(0, 59)))
    cs.a("Your available balance is $%s.%02d; pending items clear within 24-48 hours." % ("{:,}".format(R.randint(100, 99999)), R.randint(0, 99)))
    return cs


def n_hold_call():
    cs = Case("negative", "call/%s: hold times, dates, counts, years" % ind())
    cs.c("i've called %s times since the %s of %s and waited %s minutes each time" % (UNITS[R.randint(3, 9)], ordinal_words(R.randint(1, 28)), R.choice(MONTHS), two_digit_words(R.randint(15, 59))))
    cs.a("i'm sorry we had %s thousand calls yesterday" % two_digit_words(R.randint(10, 40)))
    cs.c("i've been a customer since %s" % say_year(R.randint(1985, 2015)))
    return cs


def n_last_four_call():
    cs = Case("negative", "call/%s: quantities and a year and a model number" % R.choice(["retail", "insurance"]))
    cs.c("it's a %s bought in %s for %s" % (R.choice(["x five hundred", "s twenty two", "model three", "series nine"]), say_year(R.randint(2015, 2025)), say_money(R.randint(10000, 200000), R.random() < 0.5)))
    cs.a("and it's covered for %s years so the repair is free" % UNITS[R.randint(2, 5)])
    return cs


def n_train_call():
    cs = Case("negative", "call/travel: train time, platform, coach, seat, fare")
    cs.c("i'm booked on the %s from %s tomorrow" % (R.choice(["nine fifteen", "seven oh five", "sixteen forty", "half eight"]), R.choice(["leeds", "cork", "paddington", "galway"])))
    cs.a("okay that's platform %s coach %s seat %s and the fare was %s" % (UNITS[R.randint(1, 9)], R.choice("abcdef"), two_digit_words(R.randint(11, 80)), say_money(R.randint(1500, 19000), True)))
    cs.c("and it takes about %s hours %s minutes" % (UNITS[R.randint(2, 5)], two_digit_words(R.randint(10, 55))))
    return cs


def n_credit_chat():
    cs = Case("negative", "chat/banking: APR, limit, minimum payment, due date")
    cs.c("What's my APR? statement says %.1f%% and the limit is £%s" % (R.uniform(12, 35), "{:,}".format(R.randint(5, 150) * 100)))
    cs.a("Your APR is %.1f%%. Minimum payment of £%d.%02d is due on %d %s." % (R.uniform(12, 35), R.randint(5, 90), R.randint(0, 99), R.randint(1, 28), R.choice(MONTHS).title()))
    cs.c("ok I'll pay £%d on the %dth" % (R.randint(50, 900), R.randint(4, 28)))
    return cs


def n_dosage_call():
    cs = Case("negative", "call/healthcare billing: dosage, copay, counts, weights")
    cs.c("the prescription's %s milligrams twice a day for %s days" % (two_digit_words(R.choice([20, 25, 40, 50])), UNITS[R.randint(5, 9)]))
    cs.a("okay the copay on that is %s and there's %s refills left" % (say_money(R.randint(500, 6000), False), UNITS[R.randint(1, 5)]))
    cs.c("he weighs about %s pounds so is that the right dose" % number_words(R.randint(120, 260)))
    return cs


def n_order_spoken_call():
    ref = "".join(str(R.randint(0, 9)) for _ in range(R.randint(7, 10)))
    cs = Case("negative", "call/retail: order number spoken in pairs with reference word, delivery slot")
    cs.a("what's the order number")
    cs.c("order number %s" % say_digits(ref, pairs=True, uk=R.random() < 0.5))
    cs.a("thanks that's due between %s and %s on %s" % (R.choice(["seven", "eight", "ten"]), R.choice(["one", "two", "six"]), R.choice(["monday", "tuesday", "friday"])))
    return cs


def n_distance_chat():
    cs = Case("negative", "chat/insurance: claim reference, mileage, excess, vehicle year")
    cs.c("Claim ref CLM-%d. The car is a %d with %s miles, excess is £%d" % (R.randint(100000, 9999999), R.randint(2008, 2024), "{:,}".format(R.randint(5000, 140000)), R.choice([100, 250, 350, 500])))
    cs.a("Thanks. The repair estimate is £%s and the courtesy car is available for %d days." % ("{:,}".format(R.randint(300, 6000)), R.randint(3, 14)))
    return cs


def n_appointment_call():
    cs = Case("negative", "call/government services: appointment date and time, queue position, not a birth date")
    cs.a("i can offer you the %s of %s at %s" % (ordinal_words(R.randint(1, 28)), R.choice(MONTHS), R.choice(["ten past ten", "two thirty", "nine o'clock", "quarter to four"])))
    cs.c("the %s of %s %s yeah that's fine" % (ordinal_words(R.randint(1, 28)), R.choice(MONTHS), say_year(2026)))
    cs.a("you're number %s in the queue for the callback" % two_digit_words(R.randint(2, 30)))
    return cs


NEG_TEMPLATES = [
    (n_train_call, 5), (n_credit_chat, 6), (n_dosage_call, 5), (n_order_spoken_call, 6),
    (n_distance_chat, 5), (n_appointment_call, 6),
    (n_money_call, 10), (n_order_ref_chat, 10), (n_ref_call, 12), (n_flight_call, 8),
    (n_meter_call, 8), (n_appointment_chat, 8), (n_speed_call, 7), (n_contract_chat, 8),
    (n_age_temp_call, 7), (n_invoice_call, 8), (n_balance_chat, 8), (n_hold_call, 7),
    (n_last_four_call, 6),
]


GROUPS = {}


def build():
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    out = []
    for i, c in enumerate(pos, 1):
        out.append({"id": "h13-pos-%03d" % i, "kind": "positive", "turns": c.turns, "spans": c.spans, "note": c.note})
        GROUPS[out[-1]["id"]] = c.groups
    for i, c in enumerate(neg, 1):
        out.append({"id": "h13-neg-%03d" % i, "kind": "negative", "turns": c.turns, "spans": [], "note": c.note})
    return out


# ---------------------------------------------------------------- validation
WORD_NUM = {w: i for i, w in enumerate(UNITS)}
WORD_NUM.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
HOMO = {"for": 4, "to": 2, "too": 2, "ate": 8, "won": 1}
ORD_NUM = {v: k for k, v in ORD.items()}
LETTER_HOMO = {"bee": "b", "see": "c", "dee": "d", "jay": "j", "are": "r", "why": "y", "tea": "t", "you": "u"}


def spoken_to_chars(text, letters=False):
    """Normalise a spoken/typed value to a string of digits (and letters if letters=True)."""
    toks = re.findall(r"[A-Za-z]+|[0-9]+|\+", text.replace("x-ray", "xray"))
    toks = [t.lower() for t in toks]
    out = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out += t
        elif t in ("double", "triple") and nxt is not None:
            rep = 2 if t == "double" else 3
            if nxt in WORD_NUM:
                out += str(WORD_NUM[nxt]) * rep
            elif letters and len(nxt) == 1:
                out += nxt * rep
            else:
                raise ValueError("bad double %r" % text)
            i += 1
        elif letters and len(t) == 1 and t != "o" and nxt == "for" and i + 2 < len(toks):
            out += t
            i += 2
        elif letters and len(t) == 1 and t != "o":
            out += t
        elif t in TEENS:
            out += str(10 + TEENS.index(t))
        elif t in TENS and t:
            if nxt in WORD_NUM and WORD_NUM[nxt] > 0 and nxt not in ("oh", "o", "nought", "nil"):
                out += str(TENS.index(t)) + str(WORD_NUM[nxt])
                i += 1
            else:
                out += str(TENS.index(t)) + "0"
        elif t in WORD_NUM:
            out += str(WORD_NUM[t])
        elif t in HOMO and not letters:
            out += str(HOMO[t])
        elif letters and t in LETTER_HOMO:
            out += LETTER_HOMO[t]
        elif t in ("dash", "slash", "space", "plus", "+", "hang", "on", "um", "uh", "er", "erm"):
            pass
        elif letters and t.isalpha() and t not in NATO.values():
            out += t
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return out.upper()


def month_of(text):
    for i, m in enumerate(MONTHS):
        if m[:3] in text.lower():
            return i + 1
    return None


def validate_value(typ, text):
    try:
        return _validate_value(typ, text)
    except (ValueError, IndexError) as e:
        return "%s: %s" % (typ, e)


def _validate_value(typ, text):
    low = text.lower()
    if typ == "CARD_NUMBER":
        d = spoken_to_chars(text)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
            return "card invalid %r -> %r" % (text, d)
    elif typ == "CVV":
        d = spoken_to_chars(text)
        if not (d.isdigit() and len(d) in (3, 4)):
            return "cvv %r" % text
    elif typ == "EXPIRY":
        mo = month_of(text)
        if mo:
            rest = spoken_to_chars(re.sub(r"[a-z]*(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*", " ", low))
            if len(rest) not in (2, 4):
                return "expiry %r" % text
        else:
            d = spoken_to_chars(text)
            if len(d) == 3:
                d = "0" + d
            if len(d) not in (4, 6) or not 1 <= int(d[:2]) <= 12:
                return "expiry %r -> %r" % (text, d)
    elif typ == "SSN":
        d = spoken_to_chars(text)
        if not (d.isdigit() and len(d) == 9):
            return "ssn %r -> %r" % (text, d)
    elif typ == "NI_NUMBER":
        d = spoken_to_chars(text, letters=True)
        return None if re.fullmatch(r"[A-Z]{2}[0-9]{6}[A-D]", d) else "ni %r -> %r" % (text, d)
    elif typ == "SORT_CODE":
        d = spoken_to_chars(text)
        if not (d.isdigit() and len(d) == 6):
            return "sort %r -> %r" % (text, d)
    elif typ == "BANK_ACCOUNT":
        d = spoken_to_chars(text)
        if not (d.isdigit() and 8 <= len(d) <= 12):
            return "acct %r -> %r" % (text, d)
    elif typ == "IBAN":
        d = spoken_to_chars(text, letters=True)
        if not (re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", d) and mod97_ok(d)):
            return "iban %r -> %r" % (text, d)
    elif typ == "PHONE":
        d = spoken_to_chars(text)
        if not (d.isdigit() and 10 <= len(d) <= 14):
            return "phone %r -> %r" % (text, d)
    elif typ == "EMAIL":
        e = low
        if "@" not in e:
            e = re.sub(r"\s+", " ", e)
            e = e.replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_").replace(" dash ", "-")
            loc, _, dom = e.partition("@")
            loc = re.sub(r"[a-z]+", lambda m: str(spoken_to_chars(m.group(0))) if m.group(0) in WORD_NUM or m.group(0) in TEENS or m.group(0) in TENS else m.group(0), loc)
            e = loc.replace(" ", "") + "@" + dom.replace(" ", "")
        if not re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e):
            return "email %r -> %r" % (text, e)
    elif typ == "DOB":
        if not (month_of(text) or re.search(r"\d", text) or re.search(r"(nineteen|two thousand|oh|zero)", low)):
            return "dob %r" % text
    elif typ == "POSTCODE":
        d = spoken_to_chars(text, letters=True)
        uk = r"[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}"
        if not (re.fullmatch(uk, d) or re.fullmatch(r"[0-9]{5}([0-9]{4})?", d)
                or re.fullmatch(r"[A-Z]{1,2}[0-9][A-Z0-9]?", d) or re.fullmatch(r"[0-9][A-Z]{2}", d)):
            return "postcode %r -> %r" % (text, d)
    elif typ == "ADDRESS":
        if not re.search(r"(\d|" + "|".join(UNITS[1:] + TEENS + [t for t in TENS if t]) + r")", low) or not re.search(r"\b" + STREET_RE + r"\.?$", low):
            return "address %r" % text
    return None


def check(cases, text):
    problems = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c in cases:
        if c["id"] in ids:
            problems.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                problems.append(c["id"] + ": positive with no spans")
        else:
            nneg += 1
            if c["spans"]:
                problems.append(c["id"] + ": negative with spans")
        by_turn = {}
        grp = {}
        for s in c["spans"]:
            if not 0 <= s["turn"] < len(c["turns"]):
                problems.append(c["id"] + ": bad turn")
                continue
            t = c["turns"][s["turn"]]["text"]
            if not 0 <= s["start"] < s["end"] <= len(t):
                problems.append(c["id"] + ": offsets out of range")
                continue
            v = t[s["start"]:s["end"]]
            if not (v[0].isalnum() or v[0] in "+(") or not v[-1].isalnum():
                problems.append(c["id"] + ": span edges not alnum %r" % v)
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                problems.append(c["id"] + ": span start not on boundary %r" % v)
            if s["end"] < len(t) and t[s["end"]].isalnum():
                problems.append(c["id"] + ": span end not on boundary %r" % v)
            key = GROUPS.get(c["id"], [None] * len(c["spans"]))[c["spans"].index(s)]
            if key is None:
                err = validate_value(s["type"], v)
            elif key == "frag":
                try:
                    spoken_to_chars(v, letters=s["type"] in ("NI_NUMBER", "IBAN", "POSTCODE"))
                    err = None
                except ValueError as e:
                    err = str(e)
            else:
                grp.setdefault((key, s["type"]), []).append(v)
                err = None
            if err:
                problems.append(c["id"] + ": " + err)
            counts[s["type"]] += 1
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for (key, typ), vals in grp.items():
            err = validate_value(typ, (" at " if typ == "EMAIL" else " ").join(vals))
            if err:
                problems.append(c["id"] + ": group " + err)
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append(c["id"] + ": overlapping spans")
    if npos < 170 or nneg < 100:
        problems.append("too few cases %d/%d" % (npos, nneg))
    for t, n in counts.items():
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if n < need:
            problems.append("too few %s spans: %d < %d" % (t, n, need))
    return problems, counts, npos, nneg


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return README_TEMPLATE.format(rows=rows, npos=npos, nneg=nneg, total=sum(counts.values()))


README_TEMPLATE = """# PII hold-out set 13

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation or any other PII
fixture/benchmark (only a three-line example of the JSONL format). Cases are
generated by `scripts/make_pii_holdout13.py` from template functions; every
turn is assembled from plain-text segments and `(value, TYPE)` segments so
span offsets are computed, never typed by hand. All values come from one
`random.Random(13231126)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout13.py --check` regenerates, compares and
validates (ids, offsets, word boundaries, overlap, Luhn / mod-97 / NI shape /
digit counts / postcode shapes after normalising spoken forms).

## Contents

{npos} positive cases, {nneg} negative cases, {total} labelled spans.

| type | spans |
|---|---|
{rows}

Chat cases use typed values (varied separators, case); call cases imitate ASR
transcripts: lower case, little punctuation, numbers as words ("oh"/"o"/
"nought"/"zero", "double"/"triple", pairs like "forty one", years like
"nineteen eighty two"), NATO spelling ("b for bravo"), e-mails as "x dot y at
gmail dot com", ASR homophones ("for"=4, "to"/"too"=2, "ate"=8, "won"=1,
"see"=C, "bee"=B), values split across customer turns with agent
back-channels, self-corrections, agent read-backs, and PII next to non-PII
numbers (prices, times, counts, ages) that are NOT labelled.

## Annotation conventions

* A span covers the value itself only: from its first to its last
  character/word. Lead-ins ("it's", "yeah", "my number is"), trailing words
  and the keyword (e.g. "sort code") are outside.
* Filler words *inside* a reading (e.g. "um" between two digit groups of an
  account number) are inside the span; fillers before/after are outside.
* A value split over several turns gets one span per turn fragment, all with
  the same type. In a self-correction the mistaken group is labelled too
  (it is still a fragment of the customer's card reading).
* Agent read-backs are labelled like customer readings.
* "slash"/"dash" spoken between groups are inside the span.
* NATO spellings ("b for bravo") are inside the span.
* ADDRESS = house/flat number + street name + street type; town, state and
  postcode are not part of ADDRESS (postcode/ZIP is its own POSTCODE span).
* DOB = the whole date phrase ("the fourteenth of march nineteen eighty
  seven"); EXPIRY = the month/year phrase.
* E-mail spans run from the first character of the local part to the end of
  the domain; when the caller splits it ("...", "mhm at", "at gmail dot com")
  the spoken "at" that starts the second turn is outside, the domain inside.
* An international phone number's "+"/"plus"/"00" prefix is inside the span;
  so is the opening "(" of a typed area code.
* A card expiry said as month and year in two turns gets one EXPIRY span per
  turn; a phone false start ("oh seven eight four no sorry ...") is labelled
  PHONE as well as the full number that follows.
* Non-PII numbers inside positive cases (prices, meter readings, claim or
  order references, times) are deliberately left unlabelled.
* Negatives contain only non-PII numbers: money, balances, prices, times,
  durations, counts, years, percentages, non-birth dates, order/claim/
  invoice/ticket/reference numbers (with their reference word, at most 10
  digits), flight numbers, gates, seats, room numbers, model numbers, meter
  readings, speeds, ages and temperatures. A negative fails if anything in
  it is redacted.
"""


def main():
    cases = build()
    text = serialise(cases)
    problems, counts, npos, nneg = check(cases, text)
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
        # re-parse the file on disk
        if CASES.exists():
            for n, ln in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
                try:
                    json.loads(ln)
                except ValueError:
                    problems.append("cases.jsonl line %d is not valid JSON" % n)
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(counts.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "FAILED (%d problems)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

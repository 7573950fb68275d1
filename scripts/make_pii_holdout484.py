#!/usr/bin/env python3
"""Generate the pii_holdout484 held-out PII evaluation set (stdlib only).

Usage:
    python scripts/make_pii_holdout484.py          # write cases.jsonl
    python scripts/make_pii_holdout484.py --check  # regenerate + verify
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout484", "cases.jsonl")
R = random.Random(484241125)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items()}
FILLERS = {"um", "uh", "er", "erm", "uhm"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "x-ray": "X",
        "yankee": "Y", "zulu": "Z"}
NATO_OF = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
           "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet",
           "K": "kilo", "L": "lima", "M": "mike", "N": "november", "O": "oscar", "P": "papa",
           "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
           "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
LOOSE = {"A": "apple", "B": "bob", "C": "cat", "D": "david", "E": "edward", "F": "freddie",
         "G": "george", "H": "harry", "J": "jack", "K": "king", "L": "london", "M": "mary",
         "N": "nancy", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william",
         "Z": "zebra", "Y": "yellow", "X": "xylophone", "Q": "queen", "U": "umbrella",
         "V": "victor", "I": "ireland"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS] + ["sept"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
STREET_SUFFIX = {"road", "street", "avenue", "lane", "close", "drive", "way", "crescent",
                 "terrace", "court", "place", "gardens", "grove", "row", "boulevard", "blvd",
                 "st", "rd", "ave", "ln", "dr", "parade", "hill", "walk", "mews", "square"}

# ---------------------------------------------------------------- value makers

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "22"]), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
               "visa13": ("4", 13), "maestro19": ("6759", 19)}[kind]
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(card):
    n = len(card)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def make_ssn():
    a = R.choice([x for x in range(1, 900) if x != 666])
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_L) + R.choice(NI_L.replace("O", ""))
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(ib):
    s = ib[4:] + ib[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def rd(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def make_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "FR", "ES", "NL", "GB", "IE"])
    if cc in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if cc == "GB" else ["AIBK", "BOFI", "IPBS"])
        bban = bank + rd(14)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rd(10)
    elif cc == "DE":
        bban = rd(18)
    elif cc == "FR":
        bban = rd(23)
    else:
        bban = rd(20)
    return cc + iban_check(cc, bban) + bban


def make_sort():
    return R.choice(["20", "40", "60", "30", "77", "09", "11", "83", "90", "93"]) + rd(4)


def make_acct(country="UK"):
    if country == "UK" or country == "IE":
        return rd(8)
    return rd(R.choice([9, 10, 12]))


def make_phone(kind=None):
    kind = kind or R.choice(["ukmob", "uklnd", "us", "ukint", "usint", "ie", "ieint", "de", "fr"])
    if kind == "ukmob":
        return ("07" + R.choice(["700 900", "911 123", "456 7"]).replace(" ", "") + rd(3 if R.random() < .7 else 3))[:11].ljust(11, "4"), kind
    if kind == "uklnd":
        return "0" + R.choice(["20", "161", "113", "131", "117"]).ljust(3, "7")[:3] + rd(7), kind
    if kind == "us":
        return R.choice(["212", "415", "617", "312", "503", "646"]) + "555" + "01" + rd(2), kind
    if kind == "ukint":
        return "+447" + rd(9), kind
    if kind == "usint":
        return "+1" + R.choice(["212", "415", "702"]) + "555" + "01" + rd(2), kind
    if kind == "ie":
        return "08" + R.choice("35679") + rd(7), kind
    if kind == "ieint":
        return "+3538" + R.choice("35679") + rd(7), kind
    if kind == "de":
        return "+4930" + rd(8), kind
    return "+336" + rd(8), kind


def fmt_phone(p, kind):
    if kind == "ukmob":
        return R.choice([p[:5] + " " + p[5:], p, p[:5] + " " + p[5:8] + " " + p[8:], p[:4] + "-" + p[4:7] + "-" + p[7:]])
    if kind == "uklnd":
        return R.choice([p[:3] + " " + p[3:7] + " " + p[7:], p, p[:4] + " " + p[4:]])
    if kind == "us":
        return R.choice([p[:3] + "-" + p[3:6] + "-" + p[6:], p[:3] + "." + p[3:6] + "." + p[6:], p])
    if kind == "ukint":
        return R.choice(["+44 " + p[3:7] + " " + p[7:], p, "+44 (0)" + p[3:7] + " " + p[7:]])
    if kind == "usint":
        return R.choice(["+1 " + p[2:5] + " " + p[5:8] + " " + p[8:], "+1-" + p[2:5] + "-" + p[5:8] + "-" + p[8:]])
    if kind == "ie":
        return R.choice([p[:3] + " " + p[3:6] + " " + p[6:], p])
    if kind == "ieint":
        return R.choice(["+353 " + p[4:6] + " " + p[6:9] + " " + p[9:], p])
    if kind == "de":
        return "+49 30 " + p[5:9] + " " + p[9:]
    return "+33 6 " + " ".join(p[4:][i:i + 2] for i in range(0, 8, 2))


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "grace", "mohammed", "chloe",
         "dmitri", "fiona", "kwame", "lucy", "niamh", "raj", "hannah", "sean", "megan", "elena", "marcus"]
LAST = ["okafor", "whitfield", "murphy", "kowalski", "brennan", "patel", "hughes", "delaney",
        "mcbride", "schultz", "garcia", "fenwick", "lindqvist", "harrow", "quinlan", "novak"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "proton.me", "aol.com", "sky.com"]
STREETS = ["Kingsley Road", "Harbour Street", "Maple Avenue", "Orchard Lane", "Beech Close",
           "Station Road", "Willow Crescent", "Mill Lane", "Park Terrace", "Clifton Drive",
           "Church Street", "Riverside Way", "Elm Grove", "Albert Place", "Quarry Hill",
           "Chestnut Court", "Laurel Gardens", "Cedar Boulevard", "Oak Street", "Larkfield Mews"]
UK_TOWNS = [("Leeds", "LS6 2AB"), ("Manchester", "M14 5RT"), ("Bristol", "BS3 4LW"),
            ("Glasgow", "G12 8QQ"), ("Cardiff", "CF24 3DE"), ("London", "SW1A 2AA"),
            ("London", "E17 9NH"), ("Sheffield", "S10 2GT"), ("Norwich", "NR2 3HP"),
            ("Brighton", "BN1 6UF"), ("York", "YO31 7EY"), ("Belfast", "BT9 5AB")]
US_TOWNS = [("Springfield, IL", "62704"), ("Austin, TX", "78745"), ("Portland, OR", "97214"),
            ("Columbus, OH", "43215-1234"), ("Denver, CO", "80203"), ("Tampa, FL", "33602")]
IE_TOWNS = ["Dublin 8", "Cork", "Galway", "Limerick"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    d = R.choice(DOMAINS)
    local = R.choice([f + "." + l, f[0] + "." + l, f + l[:3], f + "_" + l, l + "." + f,
                      f + "." + l + str(R.randint(1, 99)), f[0] + l + str(R.randint(70, 99))])
    return local + "@" + d


# ---------------------------------------------------------------- spoken renderers

def zw(allow_o=True):
    return R.choice(["oh", "oh", "zero", "nought", "o"] if allow_o else ["zero", "zero", "nought"])


def dword(c, allow_o=True):
    return zw(allow_o) if c == "0" else UNITS[int(c)]


def say_digits(s, allow_o=True, style=None):
    """Render a digit chunk in words; styles: single, dbl, pair, hund."""
    style = style or R.choice(["single", "dbl", "dbl", "pair", "hund"])
    if style == "pair" and len(s) % 2 == 0:
        out = []
        for i in range(0, len(s), 2):
            a, b = s[i], s[i + 1]
            if a == "0":
                out.append(dword("0", allow_o) + " " + dword(b, allow_o))
            elif a == "1":
                out.append(TEENS[int(b)])
            elif b == "0":
                out.append(UNITS[int(a)] + " " + dword("0", allow_o))
            else:
                out.append(TENS_W[int(a)] + " " + UNITS[int(b)])
        return " ".join(out)
    if style == "hund" and len(s) == 3 and s[0] != "0" and not (s[2] == "0" and s[1] not in "01"):
        a, rest = s[0], s[1:]
        if rest == "00":
            return UNITS[int(a)] + " hundred"
        if rest[0] == "0":
            return UNITS[int(a)] + " hundred and " + UNITS[int(rest[1])]
        if rest[0] == "1":
            return UNITS[int(a)] + " hundred and " + TEENS[int(rest[1])]
        return UNITS[int(a)] + " hundred and " + TENS_W[int(rest[0])] + ("" if rest[1] == "0" else " " + UNITS[int(rest[1])])
    if style in ("dbl", "pair", "hund"):
        out, i = [], 0
        while i < len(s):
            if i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2]:
                out.append("triple " + dword(s[i], allow_o)); i += 3
            elif i + 1 < len(s) and s[i] == s[i + 1]:
                out.append("double " + dword(s[i], allow_o)); i += 2
            else:
                out.append(dword(s[i], allow_o)); i += 1
        return " ".join(out)
    return " ".join(dword(c, allow_o) for c in s)


def say_grouped(s, groups, allow_o=True, sep=None, filler=0.0):
    parts, i = [], 0
    for g in groups:
        if s[i:i + g]:
            parts.append(say_digits(s[i:i + g], allow_o))
        i += g
    if i < len(s):
        parts.append(say_digits(s[i:], allow_o))
    parts = [p for p in parts if p]
    out = parts[0]
    for p in parts[1:]:
        sp = sep if sep is not None else R.choice([", ", " ", " ... ", ", "])
        if R.random() < filler:
            sp = sp.rstrip() + " " + R.choice(["um", "uh", "er", "erm"]) + " "
            if not sp.startswith(" ") and not sp.startswith(","):
                sp = " " + sp
        out += sp + p
    return out


def typed_grouped(s, groups, sep=" "):
    parts, i = [], 0
    for g in groups:
        parts.append(s[i:i + g]); i += g
    if i < len(s):
        parts.append(s[i:])
    return sep.join(parts)


def say_letter(c, style=None):
    style = style or R.choice(["plain", "nato", "for", "loose"])
    if style == "plain":
        return c.lower()
    if style == "nato":
        return NATO_OF[c]
    if style == "for":
        return c.lower() + " for " + NATO_OF[c]
    return c.lower() + " for " + LOOSE.get(c, NATO_OF[c])


def say_alnum(s, lstyle=None, digit_style=None):
    out, i = [], 0
    while i < len(s):
        if s[i].isalpha():
            out.append(say_letter(s[i], lstyle)); i += 1
        else:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_digits(s[i:j], False, digit_style)); i = j
    return out


def say_phone(p):
    if p.startswith("+"):
        cc = {"+44": 2, "+35": 3, "+1": 1, "+49": 2, "+33": 2}
        n = 3 if p.startswith("+353") else (1 if p.startswith("+1") else 2)
        head = "plus " + " ".join(UNITS[int(c)] for c in p[1:1 + n])
        rest = p[1 + n:]
        return head + R.choice([", ", " "]) + say_grouped(rest, [3, 3] if len(rest) > 7 else [3], True, filler=0.15)
    if len(p) == 11:
        return say_grouped(p, R.choice([[5, 3], [5], [4, 3], [3, 4]]), True, filler=0.15)
    return say_grouped(p, [3, 3], True, filler=0.15)


def say_email(e):
    local, dom = e.split("@")

    def part(x):
        toks = []
        for seg in re.split(r"([._])", x):
            if seg == ".":
                toks.append("dot")
            elif seg == "_":
                toks.append("underscore")
            elif seg.isdigit():
                toks.append(" ".join(UNITS[int(c)] for c in seg))
            elif seg:
                m = re.match(r"([a-z]+?)(\d*)$", seg)
                w, dg = m.group(1), m.group(2)
                if len(w) == 1:
                    toks.append(say_letter(w.upper(), R.choice(["plain", "for"])))
                else:
                    toks.append(w)
                if dg:
                    toks.append(" ".join(UNITS[int(c)] for c in dg))
        return " ".join(toks)
    return part(local) + " at " + part(dom)


def say_year(y):
    if y % 10 == 0 and y % 100 >= 20:
        return ("nineteen " if y < 2000 else "twenty ") + TENS_W[(y % 100) // 10]
    if y < 2000:
        return "nineteen " + say_digits(str(y)[2:], True, "pair")
    if y < 2010:
        return R.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
    return "twenty " + say_digits(str(y)[2:], True, "pair")


def say_dob(d, m, y, us=False):
    st = R.choice(["ord", "ord2", "num", "us"] if not us else ["us", "us", "num"])
    if st == "ord":
        return "the " + ORD[d - 1] + " of " + MONTHS[m - 1] + " " + say_year(y) if d <= 20 else \
            str(d) + "th of " + MONTHS[m - 1] + " " + say_year(y)
    if st == "ord2":
        return (ORD[d - 1] if d <= 20 else str(d) + "th") + " " + MONTHS[m - 1] + ", " + say_year(y)
    if st == "us":
        return MONTHS[m - 1] + " " + (ORD[d - 1] if d <= 20 else str(d) + "th") + " " + say_year(y)
    a, b = (m, d) if us else (d, m)
    return say_digits("%02d" % a, True, "single") + ", " + say_digits("%02d" % b, True, "single") + ", " + say_digits(str(y)[2:], True, "pair")


def typed_dob(d, m, y, us=False):
    a, b = (m, d) if us else (d, m)
    return R.choice(["%02d/%02d/%d" % (a, b, y), "%d/%d/%d" % (a, b, y), "%02d-%02d-%d" % (a, b, y),
                     "%02d.%02d.%02d" % (a, b, y % 100), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                     "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y)])


def rand_date():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)


def say_expiry(m, y):
    return R.choice([say_digits("%02d" % m, True, "single") + " " + say_digits("%02d" % (y % 100), True, "pair"),
                     MONTHS[m - 1] + " " + say_year(y),
                     MONTHS[m - 1] + " " + say_digits("%02d" % (y % 100), True, "pair"),
                     say_digits("%02d" % m, True, "single") + " slash " + say_digits("%02d" % (y % 100), True, "pair")])


def typed_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                     "%d/%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].title(), y), "%02d %02d" % (m, y % 100)])


def rand_exp():
    return R.randint(1, 12), R.randint(2025, 2032)


# ---------------------------------------------------------------- case builder

class Case:
    def __init__(self, note):
        self.turns, self.spans, self.groups, self.note = [], [], {}, note

    def g(self, gid, typ, canon=None, mode="full"):
        self.groups[gid] = {"type": typ, "canon": canon, "mode": mode, "parts": []}
        return gid

    def t(self, speaker, *segs):
        text, ti = "", len(self.turns)
        for s in segs:
            if isinstance(s, tuple):
                val, gid = s
                st = len(text)
                text += val
                self.spans.append({"turn": ti, "start": st, "end": len(text),
                                   "type": self.groups[gid]["type"]})
                self.groups[gid]["parts"].append((ti, st, len(text)))
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self


def V(val, gid):
    return (val, gid)


def C(*a):
    return R.choice(a)


IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]
AG_OPEN = {"banking": "Thanks for calling Northgate Bank", "telecom": "You're through to Vantel mobile",
           "utilities": "Brightwater Energy, how can I help", "retail": "Hi, you're chatting with Homestead Retail",
           "insurance": "Clearcover Insurance, claims team", "travel": "SkyLark Holidays bookings",
           "healthcare billing": "Meridian Health billing office", "government services": "Revenue helpline"}
BC = ["mhm", "go on", "yep", "okay", "yes", "uh huh", "right", "got that", "carry on", "mm"]
HES = ["um", "uh", "er", "erm"]

# ---------------------------------------------------------------- positive templates

def p_card_typed():
    card = make_card(); m, y = rand_exp(); cvv = rd(4 if len(card) == 15 else 3)
    c = Case("typed chat card with expiry and security code")
    gc, ge, gv = c.g("c", "CARD_NUMBER", card), c.g("e", "EXPIRY"), c.g("v", "CVV", cvv)
    sep = C(" ", "-", "", " ", ".")
    ct = typed_grouped(card, card_groups(card) if sep else [], sep) if sep else card
    if R.random() < .3 and len(card) == 16:
        ct = card[:6] + " " + card[6:]
    lab = C("card no: ", "Card number - ", "cc# ", "my card is ", "card: ", "card num ", "long number on card ")
    c.t("agent", C("Thanks. ", "") + "What card would you like to pay the " + C("£", "$", "€") + str(R.randint(12, 480)) + "." + rd(2) + " with?")
    c.t("customer", C("", "ok ", "sure, ") + lab, V(ct, gc), C(" exp ", " expiry ", ", expires ", " valid thru "), V(typed_expiry(m, y), ge),
        C(" cvv ", " CVV: ", ", security code ", " cvc "), V(cvv, gv))
    c.t("agent", C("Thank you, that payment has gone through.", "Lovely, processing now - you'll get a receipt by email.", "Thanks, all done. Anything else?"))
    return c


def p_card_split():
    card = make_card(); grp = card_groups(card); m, y = rand_exp()
    c = Case("ASR card read in chunks over several turns with back-channels, then agent read-back")
    gc, gr, ge = c.g("c", "CARD_NUMBER", card), c.g("r", "CARD_NUMBER", card), c.g("e", "EXPIRY")
    c.t("agent", "ok " + C("whenever you're ready", "go ahead with the long number on the front", "can i take the card number please"))
    i = 0
    for k, gsz in enumerate(grp):
        chunk = card[i:i + gsz]; i += gsz
        lead = C("", "", "so ", "it's ", "then ", "uh ") if k else C("", "right ", "yeah it's ", "okay so ")
        c.t("customer", lead, V(say_digits(chunk), gc))
        if k < len(grp) - 1:
            c.t("agent", C(*BC))
    c.t("agent", "thank you and the expiry")
    c.t("customer", C("", "it's ", "um "), V(say_expiry(m, y), ge))
    c.t("agent", "let me just read that back to you, ", V(say_grouped(card, grp, filler=0.1), gr), ", is that right")
    c.t("customer", C("yes that's it", "yeah", "correct", "that's right yeah"))
    return c


def p_card_misread():
    card = make_card(); grp = card_groups(card)
    pos = len(card) - R.randint(1, 6)
    wrongd = str((int(card[pos]) + R.randint(1, 8)) % 10)
    wrong = card[:pos] + wrongd + card[pos + 1:]
    c = Case("agent misreads one digit, caller corrects it, agent confirms whole number")
    gc, gw, gf, gr = (c.g("c", "CARD_NUMBER", card), c.g("w", "CARD_NUMBER", card, "misread"),
                      c.g("f", "CARD_NUMBER", card, "fragment"), c.g("r", "CARD_NUMBER", card))
    c.t("customer", C("the card number is ", "okay it's ", "long number "), V(say_grouped(card, grp, filler=.2), gc))
    c.t("agent", "so that's ", V(say_grouped(wrong, grp), gw))
    gi = 0; acc = 0
    for k, gsz in enumerate(grp):
        if acc <= pos < acc + gsz:
            gi = k; break
        acc += gsz
    chunk = card[acc:acc + grp[gi]]
    c.t("customer", C("no, ", "not quite, ", "sorry no "), C("the " + ["first", "second", "third", "fourth", "fifth"][gi] + " bit is ", "that group is ", "that bit should be "),
        V(say_digits(chunk, style="single"), gf), C("", ", not " + dword(wrongd)))
    c.t("agent", C("apologies", "sorry about that", "ah my mistake") + ", so ", V(say_grouped(card, grp), gr), "?")
    c.t("customer", C("yes", "that's the one", "yep spot on"))
    return c


def p_card_restart():
    card = make_card(); grp = card_groups(card); m, y = rand_exp(); cvv = rd(3 if len(card) != 15 else 4)
    k = R.randint(3, 7)
    c = Case("caller starts reading, abandons (wrong card / lost place), restarts with fillers; cvv follows")
    gp, gc, ge, gv = (c.g("p", "CARD_NUMBER", card, "fragment"), c.g("c", "CARD_NUMBER", card),
                      c.g("e", "EXPIRY"), c.g("v", "CVV", cvv))
    c.t("customer", C("it's ", "right, "), V(say_digits(card[:k], style="single"), gp), C("... sorry i've lost my place, let me start again. ", " hang on, no wait, start again, ", " oh hold on, sorry. from the top: "),
        V(say_grouped(card, grp, filler=.35), gc))
    c.t("agent", C("thank you. expiry date?", "lovely and when does it expire?"))
    c.t("customer", V(say_expiry(m, y), ge))
    c.t("agent", "and the " + C("three", "last three", "security") + " digits on the back")
    c.t("customer", C("", "that's ", "it's "), V(say_digits(cvv, style="single"), gv))
    return c


def p_card_for_someone():
    card = make_card(); grp = card_groups(card); cut = sum(grp[:R.randint(1, len(grp) - 1)])
    name = R.choice(["Aoife", "Grace", "Priya", "Chloe", "Niamh", "Hannah", "Elena", "Megan", "Lucy", "Fiona"])
    c = Case("caller reads a relative's card for them, with an aside in the middle of the reading")
    gc, ge = c.g("c", "CARD_NUMBER", card), c.g("e", "EXPIRY")
    m, y = rand_exp()
    c.t("customer", C("i'm paying for my ", "it's my ") + C("mum", "dad", "husband", "daughter", "neighbour") + ", " + name + ", she's given me her card, ok so it's ",
        V(say_grouped(card[:cut], [4] * 5), gc), C(" - hang on she's moved her thumb - ", " ... what's that? ... sorry she's talking to me ... ", " (can you hold it still) "),
        V(say_grouped(card[cut:], [4] * 5), gc))
    c.t("agent", C("that's fine", "no problem") + ", and do you have the expiry there?")
    c.t("customer", "she says ", V(say_expiry(m, y), ge))
    c.t("agent", "and " + name + " is happy for you to make this payment on her behalf?")
    c.t("customer", "yeah she's right here")
    return c


def p_card_piecewise():
    card = make_card(); grp = card_groups(card)
    c = Case("agent confirms card piece by piece; final 'ending in' mention labelled because the full card was read")
    gc, ga, gl = c.g("c", "CARD_NUMBER", card), c.g("a", "CARD_NUMBER", card), c.g("l", "CARD_NUMBER", card, "fragment")
    c.t("agent", C("first four digits please", "can you give me the first group"))
    i = 0
    for k, gsz in enumerate(grp):
        chunk = card[i:i + gsz]; i += gsz
        c.t("customer", V(say_digits(chunk) if R.random() < .7 else chunk, gc))
        nxt = C("next", "and the next", "next lot", "then") if k < len(grp) - 1 else C("thank you", "perfect")
        c.t("agent", V(say_digits(chunk, style="single"), ga), ", " + nxt)
    c.t("agent", "so i've got the card ending ", V(say_digits(card[-4:], style="single"), gl), ", " + C("one moment while i run that", "just authorising that now"))
    return c


def p_card_hold():
    card = make_card(); grp = card_groups(card); amt = "%d.%02d" % (R.randint(20, 900), R.randint(0, 99))
    c = Case("caller reads card, agent places on hold/transfer and re-asks; amount and last-four of another card are not PII")
    g1, g2 = c.g("c1", "CARD_NUMBER", card), c.g("c2", "CARD_NUMBER", card)
    other = make_card()
    c.t("agent", "the outstanding balance is " + C("£", "$", "€") + amt + ", and i can see the card ending " + other[-4:] + " on file, did you want to use that one?")
    c.t("customer", "no, a different one, it's ", V(say_grouped(card, grp, filler=.2), g1))
    c.t("agent", C("ok bear with me, i just need to transfer you to payments, please hold", "i'm just going to pop you on hold for one moment"))
    c.t("agent", C("hi there, payments team, sorry could you give me that card number again", "thanks for holding, the system timed out, i'll need the long number once more"))
    c.t("customer", C("oh for goodness sake, ", "sure, ", "ok "), V(say_grouped(card, grp) if R.random() < .6 else typed_grouped(card, grp), g2))
    return c


def p_card_email():
    card = make_card(); grp = card_groups(card); m, y = rand_exp()
    ph, pk = make_phone(R.choice(["ukmob", "us", "ie", "ukint"]))
    c = Case("e-mail with card in odd grouping plus signature phone")
    gc, ge, gp = c.g("c", "CARD_NUMBER", card), c.g("e", "EXPIRY"), c.g("p", "PHONE", ph)
    odd = R.choice([card[:6] + " " + card[6:], card[:4] + " " + card[4:10] + " " + card[10:], " ".join(card[i:i + 3] for i in range(0, len(card), 3)), card])
    c.t("customer", "Subject: RE: payment for invoice INV-" + rd(6) + "\n\nHi,\nPlease take the renewal from my card " + odd[:0], V(odd, gc),
        ", exp. ", V(typed_expiry(m, y), ge), "." + "\nThanks,\n" + R.choice(FIRST).title() + "\nMob: ", V(fmt_phone(ph, pk), gp))
    c.t("agent", "Thanks, we've taken the payment for invoice INV-" + rd(6) + ". Please don't send card details by email in future.")
    return c


def p_ssn_asr():
    ssn = make_ssn()
    c = Case("US caller says SSN in ASR form; agent reads back")
    gs, gr = c.g("s", "SSN", ssn), c.g("r", "SSN", ssn)
    c.t("agent", C("for verification can i get your social security number", "i'll need your social to pull up the account", "and your SSN please"))
    c.t("customer", C("", "yeah it's ", "sure, ", "uh "), V(say_grouped(ssn, [3, 2, 4], filler=.2), gs))
    c.t("agent", V(say_grouped(ssn, [3, 2, 4]), gr), C("?", ", correct?", ", thank you"))
    c.t("customer", C("yep", "that's right", "uh huh"))
    return c


def p_ssn_typed():
    ssn = make_ssn()
    c = Case("typed SSN in chat with various separators")
    gs = c.g("s", "SSN", ssn)
    f = R.choice([ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn, ssn[:3] + " " + ssn[3:5] + " " + ssn[5:], ssn[:3] + "." + ssn[3:5] + "." + ssn[5:]])
    c.t("agent", "To update your " + C("health plan billing", "tax account", "benefits claim", "policy") + " I need to verify you. What's your Social Security number?")
    c.t("customer", C("SSN: ", "ssn is ", "Social security # ", "its ", "soc sec no "), V(f, gs), C("", " thx", ". my claim number is CLM" + rd(8), ", born in " + str(R.randint(1950, 1999))))
    return c


def p_ssn_piecewise():
    ssn = make_ssn()
    c = Case("SSN confirmed piece by piece, agent repeating each piece; single-digit correction")
    gs, ga = c.g("s", "SSN", ssn), c.g("a", "SSN", ssn)
    gw = c.g("w", "SSN", ssn, "misread")
    gf = c.g("f", "SSN", ssn, "fragment")
    pieces = [ssn[:3], ssn[3:5], ssn[5:]]
    names = ["first three", "middle two", "last four"]
    wrong_last = pieces[2][:2] + str((int(pieces[2][2]) + 3) % 10) + pieces[2][3]
    c.t("agent", "can you give me the " + names[0] + " of your social")
    c.t("customer", V(say_digits(pieces[0]), gs))
    c.t("agent", V(say_digits(pieces[0], style="single"), ga), ", and the " + names[1])
    c.t("customer", V(say_digits(pieces[1]), gs))
    c.t("agent", V(say_digits(pieces[1], style="single"), ga), ", and the " + names[2])
    c.t("customer", V(say_digits(pieces[2]), gs))
    c.t("agent", "so the whole thing is ", V(say_grouped(ssn[:5] + wrong_last, [3, 2, 4]), gw))
    c.t("customer", "no, " + C("the last four are ", "it's ", "the end bit is ") , V(say_digits(pieces[2], style="single"), gf), C(" at the end", ""))
    c.t("agent", V(say_digits(pieces[2], style="single"), ga), ", got it, " + C("sorry", "thanks for bearing with me"))
    return c


def p_ssn_for_someone():
    ssn = make_ssn(); d, m, y = rand_date()
    c = Case("caller reading spouse's SSN and DOB, with a restart")
    gp, gs, gd = c.g("p", "SSN", ssn, "fragment"), c.g("s", "SSN", ssn), c.g("d", "DOB")
    c.t("customer", "i'm calling on behalf of my " + C("wife", "husband", "father", "mother") + ", the account holder, she's got her card here, her social is ",
        V(say_digits(ssn[:R.randint(2, 4)], style="single"), gp), C(" - no wait that's mine - ", " ... sorry, that's the old one, ", ", um, hold on, "), "it's ", V(say_grouped(ssn, [3, 2, 4], filler=.2), gs))
    c.t("agent", "thank you, and " + C("her", "their") + " date of birth")
    c.t("customer", V(say_dob(d, m, y, us=True), gd))
    c.t("agent", "ok, and are they there with you to give permission?")
    return c


def p_ni_typed():
    ni = make_ni()
    c = Case("typed UK NI number with spacing / case variation")
    gn = c.g("n", "NI_NUMBER", ni)
    f = R.choice([ni, ni.lower(), ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni[:2] + " " + ni[2:8] + " " + ni[8], ni[:8].lower() + " " + ni[8]])
    c.t("agent", "Please confirm your National Insurance number so I can look at your " + C("tax code", "Universal Credit claim", "state pension forecast", "child benefit") + ".")
    c.t("customer", C("NI no: ", "ni number ", "NINO ", "its ", "National Insurance: "), V(f, gn), C("", ".", " - ref for the letter was " + rd(4) + "/" + rd(6)))
    return c


def p_ni_asr():
    ni = make_ni()
    c = Case("NI number spoken with NATO/loose spelling, agent read-back")
    gn, gr = c.g("n", "NI_NUMBER", ni), c.g("r", "NI_NUMBER", ni)
    parts = [say_letter(ni[0]), say_letter(ni[1]), say_digits(ni[2:4], False, C("pair", "single")),
             say_digits(ni[4:6], False, C("pair", "single")), say_digits(ni[6:8], False, C("pair", "single")), say_letter(ni[8])]
    fill = R.random() < .4
    txt = parts[0] + " " + parts[1] + ", " + parts[2] + (" um " if fill else " ") + parts[3] + " " + parts[4] + ", " + parts[5]
    c.t("agent", "and your national insurance number please")
    c.t("customer", C("yeah it's ", "", "ok, "), V(txt, gn))
    c.t("agent", "thank you, that's ", V(" ".join(say_alnum(ni, "nato", "single")), gr), "?")
    c.t("customer", C("yes", "yep", "that's it"))
    return c


def p_ni_correction():
    ni = make_ni()
    alt = {"A": "B", "B": "D", "C": "D", "D": "B"}[ni[8]]
    c = Case("agent unsure of NI suffix letter, checks B or D; caller clarifies; split over turns")
    g1, gw, gf = c.g("n", "NI_NUMBER", ni), c.g("w", "NI_NUMBER", ni, "misread"), c.g("f", "NI_NUMBER", ni, "fragment")
    c.t("customer", "my national insurance is ", V(say_letter(ni[0], "plain") + " " + say_letter(ni[1], "plain"), g1))
    c.t("agent", C(*BC))
    c.t("customer", V(say_digits(ni[2:8], False, "single"), g1))
    c.t("agent", "yep")
    c.t("customer", V(say_letter(ni[8], "plain"), g1))
    c.t("agent", "sorry was that ", V(" ".join(say_alnum(ni[:8], "plain", "single")) + " " + say_letter(alt, "plain"), gw), "?")
    c.t("customer", "no, ", V(say_letter(ni[8], "for"), gf), " at the end")
    return c


def p_bank_uk():
    sc, ac = make_sort(), make_acct("UK")
    c = Case("UK sort code and account number, spoken, read back; one digit corrected")
    gs, ga, gsr, gar = c.g("s", "SORT_CODE", sc), c.g("a", "BANK_ACCOUNT", ac), c.g("sr", "SORT_CODE", sc), c.g("ar", "BANK_ACCOUNT", ac)
    gw = c.g("w", "BANK_ACCOUNT", ac, "misread")
    wrong = ac[:5] + str((int(ac[5]) + 1) % 10) + ac[6:]
    c.t("agent", "for the direct debit can i take your sort code")
    c.t("customer", V(say_grouped(sc, [2, 2, 2]) if R.random() < .7 else sc[:2] + "-" + sc[2:4] + "-" + sc[4:], gs))
    c.t("agent", "and the account number")
    c.t("customer", C("", "it's ", "um "), V(say_grouped(ac, [4, 4], filler=.2), ga))
    c.t("agent", "so sort code ", V(say_grouped(sc, [2, 2, 2]), gsr), ", account ", V(say_grouped(wrong, [4, 4]), gw))
    c.t("customer", "no, ", V(say_grouped(ac, [4, 4]), gar), C(", it's a " + dword(ac[5]) + " not a " + dword(wrong[5]), ""))
    return c


def p_bank_typed():
    ctry = C("UK", "US", "IE")
    ac = make_acct(ctry)
    c = Case("typed bank account details with label variants")
    ga = c.g("a", "BANK_ACCOUNT", ac)
    if ctry == "UK":
        sc = make_sort(); gs = c.g("s", "SORT_CODE", sc)
        c.t("customer", "Hi, refund to: " + C("acct no: ", "a/c ", "Acc No. ", "account "), V(ac, ga), C(" sort ", ", s/c ", " SC: "), V(C(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]), gs))
    else:
        c.t("customer", "please send the refund to my " + C("checking", "savings", "current") + " account, " + C("acct no: ", "account # ", "acct "), V(ac, ga),
            C("", ", routing for the branch is on your file", ". ref " + rd(10)))
    c.t("agent", "Thanks, the refund of " + C("£", "$", "€") + str(R.randint(5, 300)) + " will be with you in 3 to 5 working days.")
    return c


def p_iban_typed():
    ib = make_iban()
    c = Case("typed IBAN in chat/e-mail, grouped or compact, case varied")
    gi = c.g("i", "IBAN", ib)
    f = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(), " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])
    c.t("customer", C("My IBAN is ", "IBAN: ", "iban - ", "pls refund to IBAN "), V(f, gi), C("", " (" + C("joint account", "my current account", "business account") + ")", ". Booking ref SKY" + rd(6)))
    c.t("agent", C("Thanks, I've raised the refund.", "Got it. Allow 5-10 working days.", "Thank you, refund reference RF-" + rd(7) + "."))
    return c


def p_iban_asr():
    ib = make_iban(C("GB", "IE", "DE", "NL"))
    c = Case("IBAN spoken in groups across turns with back-channels and a read-back of the last group")
    gi, gf = c.g("i", "IBAN", ib), c.g("f", "IBAN", ib, "fragment")
    groups = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    c.t("agent", "and the iban for the refund")
    for k, gp in enumerate(groups):
        c.t("customer", V(" ".join(say_alnum(gp, C("plain", "nato", "for"), C("single", "pair", "dbl"))), gi))
        if k < len(groups) - 1:
            c.t("agent", C(*BC))
    c.t("agent", "last bit was ", V(say_digits(groups[-1], False, "single") if groups[-1].isdigit() else " ".join(say_alnum(groups[-1], "plain", "single")), gf), "?")
    c.t("customer", "yes")
    return c


def p_phone():
    ph, pk = make_phone()
    c = Case("phone number, typed or spoken, national or international, with read-back")
    g1, g2 = c.g("p", "PHONE", ph), c.g("r", "PHONE", ph)
    c.t("agent", C("what's the best number to reach you on", "can i take a contact number", "and a callback number in case we get cut off"))
    if R.random() < .4:
        c.t("customer", C("", "it's ", "mobile is "), V(fmt_phone(ph, pk), g1))
    else:
        c.t("customer", C("", "it's ", "yeah it's ", "my mobile, "), V(say_phone(ph), g1), C("", " ... that's my mobile", ", after six is best"))
    c.t("agent", "thanks, i'll read that back: ", V(say_phone(ph), g2))
    return c


def p_phone_split_correct():
    ph, pk = make_phone(C("ukmob", "us", "ie", "uklnd"))
    k = len(ph) // 2
    c = Case("phone read over two turns, agent misreads a digit, caller fixes it")
    g1, gw, gf = c.g("p", "PHONE", ph), c.g("w", "PHONE", ph, "misread"), c.g("f", "PHONE", ph, "fragment")
    j = len(ph) - 2
    wrong = ph[:j] + str((int(ph[j]) + 2) % 10) + ph[j + 1:]
    c.t("customer", "my " + C("daughter's", "son's", "husband's", "carer's", "") + " number is ", V(say_digits(ph[:k]), g1))
    c.t("agent", C(*BC))
    c.t("customer", V(say_digits(ph[k:]), g1))
    c.t("agent", V(say_grouped(wrong, [k]), gw))
    c.t("customer", "no ", V(say_digits(ph[j - 2:], style="single"), gf), " at the end")
    return c


def p_email():
    e = make_email()
    c = Case("e-mail address spoken (dot/at, letter spelling) or typed, with read-back")
    g1, g2 = c.g("e", "EMAIL", e), c.g("r", "EMAIL", e)
    if R.random() < .4:
        c.t("customer", C("email: ", "my email is ", "e-mail address ", "pls send to "), V(C(e, e.upper() if R.random() < .2 else e, e[0].upper() + e[1:]), g1))
    else:
        c.t("customer", C("", "it's ", "um it's "), V(say_email(e), g1))
    c.t("agent", C("so that's ", "let me check, ") , V(say_email(e), g2), C("?", ", yeah?"))
    c.t("customer", C("yes", "yeah that's right", "correct"))
    return c


def p_dob():
    d, m, y = rand_date(); us = R.random() < .35
    c = Case("date of birth for ID&V with agent read-back; appointment date is not PII")
    g1, g2 = c.g("d", "DOB"), c.g("r", "DOB")
    if R.random() < .4:
        c.t("customer", C("DOB ", "date of birth: ", "dob is ", "born "), V(typed_dob(d, m, y, us), g1))
    else:
        c.t("customer", C("", "it's ", "uh ", "yeah it's "), V(say_dob(d, m, y, us), g1))
    c.t("agent", V(say_dob(d, m, y, us), g2), C(", thank you", "?"))
    c.t("agent", "and your appointment is on the " + C("3rd", "14th", "22nd") + " of " + C("june", "july", "october") + " at " + C("9:15", "half two", "ten past eleven"))
    return c


def p_address_uk():
    num = C(str(R.randint(1, 240)), str(R.randint(1, 90)) + "a", "Flat " + str(R.randint(1, 12)) + ", " + str(R.randint(2, 120)))
    street = R.choice(STREETS); town, pc = R.choice(UK_TOWNS)
    c = Case("UK address (house/flat + street) with town unlabelled and separate postcode")
    ga, gp, gr = c.g("a", "ADDRESS"), c.g("p", "POSTCODE", pc.replace(" ", "")), c.g("r", "POSTCODE", pc.replace(" ", ""))
    c.t("agent", "what's the address on the account")
    if R.random() < .5:
        c.t("customer", V(num + " " + street, ga), ", " + town + ", ", V(C(pc, pc.lower(), pc.replace(" ", "")), gp))
    else:
        sp = num.lower().replace(",", "")
        c.t("customer", C("it's ", "", "um "), V(sp + " " + street.lower(), ga), C(" in ", ", ") + town.lower() + ", " + C("postcode ", "", "and the postcode's "),
            V(" ".join(say_alnum(pc.replace(" ", ""), C("plain", "for"), "single")), gp))
    c.t("agent", "thank you, postcode ", V(" ".join(say_alnum(pc.replace(" ", ""), "plain", "single")), gr), "?")
    return c


def p_address_us():
    street = R.choice(STREETS); town, z = R.choice(US_TOWNS)
    num = str(R.randint(10, 9999))
    c = Case("US street address with ZIP code, spoken or typed, with correction of the ZIP")
    ga, gz, gz2 = c.g("a", "ADDRESS"), c.g("z", "POSTCODE", z.replace("-", "")), c.g("z2", "POSTCODE", z[:5], "fragment")
    if R.random() < .5:
        c.t("customer", C("billing address ", "ship to "), V(num + " " + street + C("", " Apt " + str(R.randint(1, 30))), ga), ", " + town + " ", V(z, gz))
    else:
        c.t("customer", "it's ", V(say_digits(num, style=C("pair", "single", "hund")) + " " + street.lower(), ga), ", " + town.lower() + ", ", V(say_digits(z.replace("-", ""), False, "single"), gz))
    c.t("agent", "zip ", V(z[:5], gz2), "?")
    c.t("customer", "yes")
    return c


def p_cvv_expiry():
    card = make_card(); m, y = rand_exp(); cvv = rd(3)
    c = Case("card, expiry and CVV spoken; caller first gives start date by mistake then corrects; expiry split")
    gc, gwrong, ge, gv = c.g("c", "CARD_NUMBER", card), c.g("x", "EXPIRY"), c.g("e", "EXPIRY"), c.g("v", "CVV", cvv)
    c.t("customer", V(say_grouped(card, card_groups(card)), gc))
    c.t("agent", "expiry")
    c.t("customer", V(say_expiry(R.randint(1, 12), y - 4), gwrong), C(", no that's the valid from, ", ", sorry no, "), V(say_expiry(m, y), ge))
    c.t("agent", "and the security code, the three on the back")
    c.t("customer", C("", "it's ", "the last three are "), V(say_digits(cvv, style=C("single", "hund", "dbl")), gv))
    c.t("agent", "thanks, that's gone through, you'll see " + C("£", "$") + str(R.randint(9, 99)) + ".99 on your statement")
    return c


def p_idv_mix():
    d, m, y = rand_date(); town, pc = R.choice(UK_TOWNS); e = make_email()
    c = Case("ID&V mix: DOB, postcode and email; card last four and order number are not PII")
    gd, gp, ge = c.g("d", "DOB"), c.g("p", "POSTCODE", pc.replace(" ", "")), c.g("e", "EMAIL", e)
    c.t("agent", "i just need to verify a couple of things, date of birth first")
    c.t("customer", V(say_dob(d, m, y), gd))
    c.t("agent", "and the postcode")
    c.t("customer", V(" ".join(say_alnum(pc.replace(" ", ""), "plain", "single")), gp))
    c.t("agent", "lovely, i can see order " + rd(9) + " paid with the card ending " + rd(4) + ", what email should we send the return label to")
    c.t("customer", V(say_email(e), ge))
    return c


def p_ni_and_phone_hold():
    ni = make_ni(); ph, pk = make_phone(C("ukmob", "uklnd", "ukint"))
    c = Case("gov services: NI number then transfer; new agent re-asks and caller gives it typed-style, phone for callback")
    g1, g2, gp = c.g("n1", "NI_NUMBER", ni), c.g("n2", "NI_NUMBER", ni), c.g("p", "PHONE", ph)
    c.t("customer", "it's ", V(" ".join(say_alnum(ni, C("plain", "for"), C("single", "pair"))), g1))
    c.t("agent", "thanks, i'm going to transfer you to the pensions team, please hold")
    c.t("agent", "hello, pensions, can i just take your national insurance number again")
    c.t("customer", C("i just gave it! ", "again? ok ") + "", V(ni[:2].lower() + " " + ni[2:8] + " " + ni[8].lower(), g2))
    c.t("agent", "and a number to call you back if we get cut off")
    c.t("customer", V(say_phone(ph), gp))
    return c


def p_ssn_card_combo():
    ssn, card = make_ssn(), make_card()
    c = Case("US healthcare billing: SSN partial restart, card split with hold in the middle")
    gs, gc = c.g("s", "SSN", ssn), c.g("c", "CARD_NUMBER", card)
    cut = 8
    c.t("customer", "my social is ", V(say_grouped(ssn, [3, 2, 4]), gs))
    c.t("agent", "thank you, i have your balance of $" + str(R.randint(100, 3000)) + ".00 for the visit on march 3rd, how would you like to pay")
    c.t("customer", "card, ", V(say_grouped(card[:cut], [4, 4]), gc))
    c.t("agent", "sorry can you hold on one second")
    c.t("agent", "ok go on")
    c.t("customer", V(say_grouped(card[cut:], [4, 4, 4]), gc))
    return c


POS = [(p_card_typed, 9), (p_card_split, 9), (p_card_misread, 9), (p_card_restart, 7), (p_card_for_someone, 6),
       (p_card_piecewise, 6), (p_card_hold, 6), (p_card_email, 6), (p_ssn_asr, 7), (p_ssn_typed, 7),
       (p_ssn_piecewise, 5), (p_ssn_for_someone, 5), (p_ni_typed, 8), (p_ni_asr, 8), (p_ni_correction, 6),
       (p_bank_uk, 8), (p_bank_typed, 7), (p_iban_typed, 7), (p_iban_asr, 6), (p_phone, 9),
       (p_phone_split_correct, 6), (p_email, 9), (p_dob, 9), (p_address_uk, 10), (p_address_us, 6),
       (p_cvv_expiry, 6), (p_idv_mix, 6), (p_ni_and_phone_hold, 5), (p_ssn_card_combo, 4)]

# ---------------------------------------------------------------- negative templates

def n_order_like_card():
    n = rd(16); grp = [4, 4, 4, 4]
    c = Case("16-digit order number read like a card, with read-back and a corrected digit")
    lab = C("order number", "tracking number", "reference number", "claim reference", "policy number")
    c.t("customer", "my " + lab + " is " + say_grouped(n, grp, filler=.2))
    c.t("agent", "so that's " + say_grouped(n[:15] + str((int(n[15]) + 1) % 10), grp) + "?")
    c.t("customer", "no the last one's a " + dword(n[15]) + ", it's on the " + C("confirmation email", "letter", "receipt"))
    c.t("agent", "ok got it, that " + lab + " is showing as " + C("dispatched", "pending", "closed"))
    return c


def n_amounts():
    c = Case("balances, amounts, percentages spoken like digit strings")
    a = R.randint(1000, 9999); p = R.randint(21, 99)
    cur, curw = C(("£", "pounds"), ("$", "dollars"), ("€", "euro"))
    c.t("agent", "your balance is " + cur + "{:,}".format(a) + ".%02d" % p + " and the minimum payment is " + str(R.randint(25, 150)) + ".00")
    c.t("customer", "so " + UNITS[a // 1000] + " thousand " + (UNITS[(a // 100) % 10] + " hundred " if (a // 100) % 10 else "") + "odd " + curw + "? " + C("that's not right, i paid four hundred and twelve last month", "and what's the interest rate", "i thought it was " + say_digits(str(a - 250), style="single")))
    c.t("agent", C("it's 24.9 percent APR", "22.94% variable", "thirty nine point nine percent"))
    return c


def n_last_four():
    l4 = rd(4)
    c = Case("card last-four mentions only; not PII")
    c.t("agent", "is that the " + C("visa", "mastercard", "debit card") + " ending in " + C(l4, say_digits(l4, style=C("single", "pair", "dbl"))) + "?")
    c.t("customer", C("yes the one ending ", "yeah, ", "no, the one that ends ") + say_digits(l4, style="single"))
    c.t("agent", "ok, card ending " + l4 + " confirmed for the " + C("£", "$") + str(R.randint(10, 99)) + " payment")
    return c


def n_times():
    c = Case("opening hours, times, durations")
    c.t("customer", C("i've been on hold for forty five minutes", "i called at 9:15 and again at 14:30", "been waiting twenty two minutes"))
    c.t("agent", "sorry about that, we're open " + C("8 till 8 monday to friday", "from nine to five thirty", "08:00-20:00 weekdays, 09:00-17:00 sat") + ", the line's quieter after " + C("seven", "18:30"))
    return c


def n_dates():
    c = Case("payment, appointment and contract dates (not DOB)")
    d, m = R.randint(1, 28), R.randint(1, 12); y = R.randint(2024, 2027)
    c.t("agent", "your next payment of " + C("£", "€") + str(R.randint(20, 90)) + " is due on " + C("%02d/%02d/%d" % (d, m, y), "the " + ORD[min(d, 20) - 1] + " of " + MONTHS[m - 1], MONTHS[m - 1] + " " + str(d) + ", " + str(y)))
    c.t("customer", "and my contract ends " + C(MONTHS[R.randint(0, 11)] + " " + say_year(y + 1), "%02d/%d" % (R.randint(1, 12), y + 1), "in twenty " + say_digits(str(y + 1)[2:], style="pair")))
    c.t("agent", "that's right, and your engineer appointment is " + C("on the 14th between 8 and 12", "tuesday the 3rd, 1 till 6", "on 03.04." + str(y)))
    return c


def n_refs():
    c = Case("labelled references: claim, policy, invoice, ticket, serial, model numbers")
    refs = [C("claim ref CLM-" + rd(8) + "-" + rd(4), "claim number " + say_grouped(rd(9), [3, 3, 3])),
            C("policy number PX " + rd(4) + " " + rd(4) + " " + rd(2), "policy no. " + rd(10)),
            C("invoice INV" + rd(7), "invoice number " + say_grouped(rd(8), [4, 4])),
            C("ticket #" + rd(6), "case reference " + rd(3) + "-" + rd(7)),
            C("serial SN " + rd(4) + " " + rd(4) + " " + rd(4) + " " + rd(4), "serial number " + C("x", "k") + " " + say_grouped(rd(10), [5, 5])),
            C("model WX-" + rd(4), "model number " + C("H", "R") + rd(3) + "-" + rd(2))]
    R.shuffle(refs)
    c.t("customer", "I have the " + refs[0] + " and the " + refs[1])
    c.t("agent", "thanks, and the " + refs[2] + " matches, I can also see " + refs[3])
    return c


def n_meter():
    r1 = rd(6)
    c = Case("meter readings read and read back like account numbers")
    c.t("agent", "can i take a meter reading")
    c.t("customer", "yeah the " + C("gas", "electric", "day rate") + " reading is " + say_grouped(r1, [3, 3], filler=.3))
    c.t("agent", say_digits(r1, style="single") + ", and the " + C("night", "water") + " meter?")
    c.t("customer", say_grouped(rd(5), [5]) + C(", meter serial is E6S" + rd(8), ""))
    return c


def n_travel():
    c = Case("flight, seat, gate, room numbers and booking refs")
    c.t("customer", "i'm on flight " + C("BA", "EI", "FR", "LH", "UA") + " " + rd(4) + ", seat " + str(R.randint(1, 40)) + C("A", "C", "F") + ", booking ref " + C("X7KQ2M", "LHT4QZ", "PNR " + rd(6)))
    c.t("agent", "and it's gate " + str(R.randint(1, 60)) + " for that, and you're in room " + say_digits(str(R.randint(101, 999)), style="hund") + " at the hotel on " + R.choice(STREETS))
    return c


def n_misc_numbers():
    c = Case("ages, temperatures, counts, years, road names")
    c.t("customer", C("my dad's eighty two and", "she's 91 and", "i'm seventy four and") + " the heating's been off since " + C("2019", "twenty twenty one", "the 12th") + ", it's " + C("minus three", "4 degrees", "twelve degrees") + " in here")
    c.t("agent", "i'm sorry, i can see " + C("3", "fourteen", "two hundred and six") + " outages on the " + C("A406", "M25 near junction 15", "High Street", "route 66") + " today")
    return c


def n_long_digit_strings():
    c = Case("long digit strings that are not PII: payment reference, tracking, IMEI, barcode")
    trk = C("1Z" + rd(3) + "AA1" + rd(10), "JD" + rd(16), rd(20))
    c.t("customer", "the tracking number is " + trk + " and the " + C("IMEI", "device serial") + " is " + rd(15))
    c.t("agent", "thank you, and the payment reference on your statement will be " + C("REF", "") + rd(14) + ", the barcode on the box says " + rd(13))
    return c


def n_ticket_backforth():
    t = rd(10)
    c = Case("ticket number confirmed piece by piece with correction (non-PII back-and-forth)")
    c.t("agent", "what's the ticket number")
    c.t("customer", say_digits(t[:5]))
    c.t("agent", C(*BC))
    c.t("customer", say_digits(t[5:]))
    c.t("agent", "ticket " + say_grouped(t[:9] + str((int(t[9]) + 4) % 10), [5, 5]) + "?")
    c.t("customer", "no ending " + say_digits(t[8:], style="single"))
    return c


NEG = [(n_order_like_card, 14), (n_amounts, 9), (n_last_four, 12), (n_times, 7), (n_dates, 10), (n_refs, 12),
       (n_meter, 9), (n_travel, 9), (n_misc_numbers, 8), (n_long_digit_strings, 10), (n_ticket_backforth, 10)]


# ---------------------------------------------------------------- normalisers / validators

def tokens(text):
    t = text.lower().replace("x-ray", "xray")
    t = re.sub(r"[,;:()\-/.\u2026]", " ", t)
    return t.split()


def parse_spoken(text, alnum=False):
    """Return normalised string of digits (and letters/+ if alnum) or None."""
    toks = [x for x in tokens(text) if x not in FILLERS]
    out, i = [], 0
    zeros = {"zero", "nought", "nil"} | (set() if alnum else {"oh", "o"})

    def unit(tok):
        if tok in zeros:
            return 0
        if tok in UNITS:
            return UNITS.index(tok)
        return None
    while i < len(toks):
        tk = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if re.fullmatch(r"\+?[0-9a-z]*\d[0-9a-z]*", tk) and (alnum or re.fullmatch(r"\+?\d+", tk)):
            out.append(tk.upper()); i += 1
        elif tk == "plus":
            out.append("+"); i += 1
        elif tk in ("double", "triple") and nx is not None and unit(nx) is not None:
            out.append(str(unit(nx)) * (2 if tk == "double" else 3)); i += 2
        elif unit(tk) is not None and nx in ("hundred", "thousand"):
            h = unit(tk); w = 3 if nx == "hundred" else 4; i += 2
            rest = 0
            if i < len(toks) and toks[i] == "and":
                i += 1
            else:
                out.append(str(h * 10 ** (w - 1)).zfill(w)); continue
            if i < len(toks) and toks[i] in TEENS:
                rest = 10 + TEENS.index(toks[i]); i += 1
            elif i < len(toks) and toks[i] in TENS:
                rest = TENS[toks[i]] * 10; i += 1
                if i < len(toks) and toks[i] in UNITS[1:]:
                    rest += UNITS.index(toks[i]); i += 1
            elif i < len(toks) and toks[i] in UNITS[1:]:
                rest = UNITS.index(toks[i]); i += 1
            out.append(str(h * 10 ** (w - 1) + rest).zfill(w))
        elif unit(tk) is not None:
            out.append(str(unit(tk))); i += 1
        elif tk in TEENS:
            out.append(str(10 + TEENS.index(tk))); i += 1
        elif tk in TENS:
            if nx in UNITS[1:] and not (i + 2 < len(toks) and toks[i + 2] in ("hundred", "thousand")):
                out.append(str(TENS[tk] * 10 + UNITS.index(nx))); i += 2
            else:
                out.append(str(TENS[tk] * 10)); i += 1
        elif alnum and len(tk) == 1 and tk.isalpha():
            out.append(tk.upper()); i += 1
            if i < len(toks) and toks[i] == "for":
                i += 2
        elif alnum and tk in NATO:
            out.append(NATO[tk]); i += 1
        elif alnum and re.fullmatch(r"[a-z]{2,4}", tk) and text.strip().upper() == text.strip() and False:
            return None
        elif alnum and re.fullmatch(r"[a-z0-9]+", tk):
            out.append(tk.upper()); i += 1
        else:
            return None
    return "".join(out)


def norm_email(text):
    if " " not in text.strip():
        return text.lower()
    toks = [x for x in text.lower().split() if x not in FILLERS]
    out, i = [], 0
    while i < len(toks):
        tk = toks[i]
        if tk == "dot":
            out.append(".")
        elif tk == "at":
            out.append("@")
        elif tk == "underscore":
            out.append("_")
        elif tk in ("dash", "hyphen"):
            out.append("-")
        elif tk in UNITS:
            out.append(str(UNITS.index(tk)))
        elif len(tk) == 1 and i + 1 < len(toks) and toks[i + 1] == "for":
            out.append(tk); i += 2
        else:
            out.append(tk)
        i += 1
    return "".join(out)


def check_date(text, kind):
    toks = [x for x in tokens(text) if x not in FILLERS and x not in ("the", "of", "slash")]
    has_month = False
    rest = []
    for tk in toks:
        if tk in MONTHS or tk in MON3:
            has_month = True
        elif tk in ORD or re.fullmatch(r"\d{1,2}(st|nd|rd|th)", tk):
            pass
        else:
            rest.append(tk)
    digits = parse_spoken(" ".join(rest)) if rest else ""
    if digits is None or not digits.isdigit() and digits != "":
        return False
    if kind == "DOB":
        return (has_month and len(digits) in (2, 4, 5, 6)) or (not has_month and len(digits) in (6, 7, 8))
    return (has_month and len(digits) in (2, 4)) or (not has_month and len(digits) in (3, 4, 6)) and 1 <= int(digits[:2] if len(digits) != 3 else digits[0]) <= 12


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def normalise(typ, text):
    if typ == "EMAIL":
        return norm_email(text)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return parse_spoken(text, alnum=True)
    return parse_spoken(text)


def validate_canon(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v) is not None
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "IBAN":
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v) is not None and iban_ok(v)
    if typ == "PHONE":
        return re.fullmatch(r"\+?\d{10,13}", v) is not None
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v) is not None
    if typ == "POSTCODE":
        return UK_PC.match(v) is not None or re.fullmatch(r"\d{5}(\d{4})?", v) is not None
    return False


def check_address(text):
    toks = re.sub(r"[,.]", " ", text.lower()).split()
    first = toks[0]
    okfirst = first in ("flat", "apartment", "apt", "unit") or re.match(r"\d", first) or first in UNITS or first in TENS or first in TEENS
    return bool(okfirst) and (toks[-1] in STREET_SUFFIX or (len(toks) > 2 and toks[-2] in ("apt", "flat")))


# ---------------------------------------------------------------- build / check

def build():
    cases, cfull = [], []
    pos_list = [f for f, w in POS for _ in range(w)]
    neg_list = [f for f, w in NEG for _ in range(w)]
    R.shuffle(pos_list); R.shuffle(neg_list)
    for k, f in enumerate(pos_list, 1):
        c = f(); cfull.append(c)
        cases.append({"id": "h484-pos-%03d" % k, "kind": "positive", "turns": c.turns,
                      "spans": sorted(c.spans, key=lambda s: (s["turn"], s["start"])), "note": c.note})
    for k, f in enumerate(neg_list, 1):
        c = f(); cfull.append(c)
        assert not c.spans
        cases.append({"id": "h484-neg-%03d" % k, "kind": "negative", "turns": c.turns, "spans": [], "note": c.note})
    return cases, cfull


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check(cases, cfull):
    errs = []
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c, cf in zip(cases, cfull):
        turns = c["turns"]
        for t in turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + " bad speaker")
        by_turn = {}
        for s in c["spans"]:
            if not (0 <= s["turn"] < len(turns)):
                errs.append(c["id"] + " turn out of range"); continue
            tx = turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append(c["id"] + " offsets out of range"); continue
            if not (tx[a].isalnum() or tx[a] == "+") or not tx[b - 1].isalnum():
                errs.append("%s span edge not alnum %r" % (c["id"], tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s span not on word boundary %r" % (c["id"], tx[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(c["id"] + " overlapping spans")
        for gid, g in cf.groups.items():
            typ, parts = g["type"], g["parts"]
            if not parts:
                errs.append("%s group %s unused" % (c["id"], gid)); continue
            texts = [turns[t]["text"][a:b] for t, a, b in parts]
            if typ in ("DOB", "EXPIRY"):
                for tx in texts:
                    if not check_date(tx, typ):
                        errs.append("%s bad %s %r" % (c["id"], typ, tx))
                continue
            if typ == "ADDRESS":
                for tx in texts:
                    if not check_address(tx):
                        errs.append("%s bad ADDRESS %r" % (c["id"], tx))
                continue
            canon = g["canon"]
            if not validate_canon(typ, canon):
                errs.append("%s invalid canonical %s %r" % (c["id"], typ, canon))
            norms = [normalise(typ, tx) for tx in texts]
            if any(n is None for n in norms):
                errs.append("%s unparseable %s %r" % (c["id"], typ, texts)); continue
            if g["mode"] == "full":
                if "".join(norms) != canon:
                    errs.append("%s %s mismatch %r -> %r != %r" % (c["id"], typ, texts, "".join(norms), canon))
            elif g["mode"] == "fragment":
                for n in norms:
                    if n not in canon:
                        errs.append("%s fragment %r not in %r" % (c["id"], n, canon))
            else:
                j = "".join(norms)
                if len(j) != len(canon) or sum(x != y for x, y in zip(j, canon)) != 1:
                    errs.append("%s misread %r vs %r" % (c["id"], j, canon))
    return errs


def counts(cases):
    ct = {}
    for c in cases:
        for s in c["spans"]:
            ct[s["type"]] = ct.get(s["type"], 0) + 1
    return ct


def main():
    cases, cfull = build()
    data = dump(cases)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            on_disk = fh.read()
        errs = []
        if on_disk != data:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
        errs += check(cases, cfull)
        ct = counts(cases)
        npos = sum(c["kind"] == "positive" for c in cases)
        nneg = len(cases) - npos
        if npos < 200 or nneg < 100:
            errs.append("too few cases %d/%d" % (npos, nneg))
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                  "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if ct.get(t, 0) < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, ct.get(t, 0)))
        for e in errs:
            print("ERROR:", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(ct, sort_keys=True)))
        if errs:
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    print("wrote %d cases, spans=%s" % (len(cases), json.dumps(counts(cases), sort_keys=True)))


if __name__ == "__main__":
    main()

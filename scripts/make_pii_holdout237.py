#!/usr/bin/env python3
"""Generate the held-out PII evaluation set h237 (UK/Irish emphasis).

Written by an independent AI helper that did not see the redaction code.
Usage:
    python scripts/make_pii_holdout237.py          # write fixture + README
    python scripts/make_pii_holdout237.py --check  # regenerate and verify
Standard library only. Byte-for-byte reproducible (seed 237241126).
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 237241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout237"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra",
        "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
CASUAL = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "g": "george",
          "h": "harry", "j": "john", "k": "kate", "l": "london", "m": "mary", "n": "nancy",
          "p": "peter", "r": "robert", "s": "sugar", "t": "tom", "w": "william", "y": "yellow",
          "z": "zebra", "x": "x-ray"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]

R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


# ----------------------------------------------------------------- values
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def gen_card():
    kind = ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + "".join(ch("0123456789") for _ in range(14))
    elif kind == "mc":
        body = "5" + ch("12345") + "".join(ch("0123456789") for _ in range(13))
    elif kind == "amex":
        body = ch(["34", "37"]) + "".join(ch("0123456789") for _ in range(12))
    else:
        body = "6011" + "".join(ch("0123456789") for _ in range(11))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def digits(n, first_nonzero=False):
    s = "".join(ch("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = ch("123456789") + s[1:]
    return s


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = ch(NI_A) + ch(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + ch("ABCD")


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def gen_iban():
    c = ch(["IE", "IE", "IE", "GB", "GB", "DE", "FR", "NL", "ES"])
    if c == "IE":
        bban = ch(["AIBK", "IPBS", "ULSB", "PTSB"]) + digits(6) + digits(8)
    elif c == "GB":
        bban = ch(["NWBK", "BARC", "HBUK", "MIDL", "LLYD"]) + digits(6) + digits(8)
    elif c == "DE":
        bban = digits(18)
    elif c == "FR":
        bban = digits(23)
    elif c == "NL":
        bban = ch(["ABNA", "RABN", "INGB"]) + digits(10)
    else:
        bban = digits(20)
    return c + iban_check(c, bban) + bban


PC_AREAS = ["SW", "SE", "NW", "N", "E", "W", "M", "B", "L", "LS", "BS", "CF", "EH", "G", "BT",
            "NE", "CB", "RG", "GU", "KT", "CR", "BN", "PL", "EX", "YP", "S", "DN", "HU", "NG"]
PC_TAIL = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc():
    a = ch(PC_AREAS)
    if a == "YP":
        a = "LE"  # placeholder area; letter O is avoided so spoken "o" always means zero
    district = str(R.randint(1, 28)) if len(a) == 2 else str(R.randint(1, 20))
    if R.random() < 0.1 and a in ("SW", "W", "E", "N"):
        district = str(R.randint(1, 9)) + ch("ACP")
    return a + district + " " + str(R.randint(1, 9)) + ch(PC_TAIL) + ch(PC_TAIL)


def gen_eircode():
    rk = ch(["D02", "D04", "D06", "D08", "D12", "D15", "D24", "T12", "T23", "H91", "V94",
             "A94", "K78", "W23", "A96", "R95", "X91", "F94"])
    chars = "ACDEFHKNPRTVWXY0123456789"
    u = ch("ACDEFHKNPRTVWXY") + "".join(ch(chars) for _ in range(3))
    return rk + " " + u


def gen_zip():
    z = digits(5, True)
    if R.random() < 0.25:
        z += "-" + digits(4)
    return z


def gen_uk_mobile():
    return "07" + ch(["7", "8", "9", "4", "5"]) + digits(8)


def _uk_land():
    code = ch(["020", "0161", "0121", "0113", "0117", "0131", "0141", "029", "028", "01273"])
    return code + digits(11 - len(code), True)


def gen_ie_mobile():
    return "08" + ch("35679") + digits(7, True)


def gen_ie_land():
    code = ch(["01", "021", "091", "061", "051"])
    rest = digits(10 - len(code) if code != "01" else 7)
    return code + ch("23456789") + rest[1:]


def gen_us_phone():
    return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)


FIRST = ["sarah", "james", "aoife", "ciaran", "priya", "tom", "niamh", "gareth", "fiona",
         "declan", "olu", "megan", "sean", "emma", "rhys", "chloe", "padraig", "hannah", "mark",
         "siobhan", "kieran", "laura", "dev", "grace"]
LAST = ["murphy", "okafor", "walsh", "patel", "jones", "byrne", "macleod", "evans", "kelly",
        "thompson", "ryan", "singh", "davies", "oconnor", "hughes", "brennan", "lewis", "nolan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.ie", "eircom.net", "btinternet.com",
           "icloud.com", "sky.com", "live.ie", "virginmedia.com"]
STREETS = ["acacia avenue", "church lane", "station road", "victoria street", "mill road",
           "the crescent", "park view", "kingsley road", "st. mary's terrace", "oak drive",
           "main street", "castle close", "harbour view", "willow grove", "newtown road",
           "albert square", "glenview park", "meadow way", "high street", "brook lane"]
TOWNS = ["leeds", "cardiff", "swords", "galway", "bristol", "glasgow", "cork", "belfast",
         "reading", "limerick", "norwich", "sheffield", "navan", "bray"]
UK_TOWNS = ["leeds", "cardiff", "bristol", "glasgow", "belfast", "reading", "norwich", "sheffield"]
IE_TOWNS = ["swords", "galway", "cork", "limerick", "navan", "bray", "drogheda", "tralee"]
US_STREETS = ["maple street", "oak avenue", "elm drive", "sunset boulevard", "pine court",
              "washington avenue", "lakeview road", "cedar lane"]
US_TOWNS = ["columbus ohio", "austin texas", "tampa florida", "denver colorado",
            "albany new york", "fresno california"]


# ----------------------------------------------------------------- speaking
def zero_word():
    return ch(["oh", "oh", "zero", "o", "nought"])


def say_digits(d, pairs=0.25, doubles=0.6, zw=None, homo=False):
    """Render a digit string as ASR words; invertible by norm_spoken()."""
    zw = zw or zero_word()
    out = []
    i = 0
    n = len(d)

    def one(c):
        if c == "0":
            return zw
        if homo and c == "8" and R.random() < 0.3:
            return "ate"
        if homo and c == "4" and R.random() < 0.2:
            return "for"
        return DW[int(c)]
    while i < n:
        r = R.random()
        if i + 2 < n and d[i] == d[i + 1] == d[i + 2] and r < doubles:
            out.append(ch(["triple", "triple", "treble"]) + " " + one(d[i]))
            i += 3
        elif i + 1 < n and d[i] == d[i + 1] and r < doubles:
            out.append("double " + one(d[i]))
            i += 2
        elif i + 1 < n and d[i] != "0" and R.random() < pairs and (
                d[i + 1] != "0" or (i + 2 < n and d[i + 2] == "0") or d[i] == "1"):
            a, b = int(d[i]), int(d[i + 1])
            if a == 1:
                out.append(TEENS[b])
            elif b == 0:
                out.append(TENS[a])
            else:
                out.append(TENS[a] + " " + DW[b])
            i += 2
        else:
            out.append(one(d[i]))
            i += 1
    return " ".join(out)


def say_pairs(d, zw=None):
    """Read a string of even length as two-digit pairs (sort codes, dates)."""
    zw = zw or zero_word()
    out = []
    for i in range(0, len(d), 2):
        a, b = int(d[i]), int(d[i + 1])
        if a == 0:
            out.append(zw + " " + DW[b] if b else zw + " " + zw)
        elif a == 1:
            out.append(TEENS[b])
        elif b == 0:
            # tens alone then a following pair is safe; but at a group end fine
            out.append(TENS[a])
        else:
            out.append(TENS[a] + " " + DW[b])
    return " ".join(out)


def say_letter(c, mode):
    c = c.lower()
    if mode == "nato" and c in NATO:
        return c + " for " + NATO[c]
    if mode == "casual" and c in CASUAL:
        return c + " for " + CASUAL[c]
    return c


def say_alnum(s, letter_mode="plain", pairs=0.0):
    out = []
    buf = ""
    for c in s:
        if c.isdigit():
            buf += c
            continue
        if buf:
            out.append(say_digits(buf, pairs=pairs))
            buf = ""
        if c == " ":
            continue
        m = letter_mode if letter_mode != "mixed" else ch(["plain", "plain", "nato", "casual"])
        out.append(say_letter(c, m))
    if buf:
        out.append(say_digits(buf, pairs=pairs))
    return " ".join(out)


def say_email(local, domain):
    def part(s):
        s = s.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
        return re.sub(r"\d+", lambda m: " " + say_digits(m.group(0), pairs=0.0) + " ", s)
    t = part(local) + " at " + part(domain)
    return re.sub(r"\s+", " ", t).strip()


def say_year(y):
    y = int(y)
    if y >= 2000:
        if y < 2010:
            return ch(["two thousand and " + DW[y - 2000], "two thousand " + DW[y - 2000],
                       "twenty oh " + DW[y - 2000]])
        return "twenty " + say_pairs(str(y)[2:])
    return TEENS[int(str(y)[1])] + " " + say_pairs(str(y)[2:], zw="oh")


# ----------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []

    def turn(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                self.spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                                   "type": typ})
                text += val
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "yeah", "right", "got that", "lovely go on"]
FILL = ["um", "uh", "erm", "er"]


def split_groups(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out[-1] += d[i:]
    return out


def card_groups(card):
    if len(card) == 15:
        return split_groups(card, [4, 6, 5])
    return split_groups(card, [4] * (len(card) // 4))


def typed_card(card):
    g = card_groups(card)
    sep = ch([" ", " ", "-", "", " "])
    return sep.join(g)


def spoken_card(card, fillers=False):
    zw = zero_word()
    parts = [say_digits(g, pairs=ch([0.0, 0.0, 0.3, 0.6]), zw=zw) for g in card_groups(card)]
    if fillers:
        k = R.randint(1, len(parts) - 1)
        parts[k] = ch(FILL) + " " + parts[k]
    return ch([" ", ", ", " ", "... "]).join(parts)


def typed_exp():
    m, y = R.randint(1, 12), R.randint(25, 31)
    return ch(["%02d/%02d" % (m, y), "%02d/%02d" % (m, y), "%02d-%02d" % (m, y),
               "%d/%d" % (m, 2000 + y), "%02d%02d" % (m, y)])


def spoken_exp():
    m, y = R.randint(1, 12), R.randint(25, 31)
    f = R.randint(0, 3)
    if f == 0:
        return say_pairs("%02d" % m) + " " + say_pairs("%02d" % y)
    if f == 1:
        return MONTHS[m - 1] + " twenty " + say_pairs("%02d" % y)
    if f == 2:
        return say_digits("%02d%02d" % (m, y), pairs=0.0)
    return say_pairs("%02d" % m) + " slash " + say_pairs("%02d" % y)


def typed_dob(us=False):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)
    f = R.randint(0, 4)
    if f == 0:
        return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
    if f == 1:
        return "%d.%d.%d" % (d, m, y)
    if f == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if f == 3:
        return "%02d-%02d-%02d" % (d, m, y % 100)
    return "%s %d %d" % (MONTHS[m - 1][:3].capitalize(), d, y)


def spoken_dob(us=False):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)
    f = R.randint(0, 3)
    if f == 0:
        return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y)
    if f == 1:
        return MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y)
    if f == 2:
        return say_digits("%02d%02d" % ((m, d) if us else (d, m)), pairs=0.0) + " " + say_year(y)
    return ORD[d] + " " + MONTHS[m - 1] + " " + say_pairs("%02d" % (y % 100))


def typed_ni(ni):
    f = R.randint(0, 5)
    if f == 0:
        s = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif f == 1:
        s = ni
    elif f == 2:
        s = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif f == 3:
        s = "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    elif f == 4:
        s = "%s%s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    else:
        s = "%s %s" % (ni[:8], ni[8])
    return s.lower() if R.random() < 0.35 else s


def spoken_ni(ni):
    mode = ch(["plain", "plain", "nato", "casual", "mixed"])
    l1 = say_letter(ni[0], mode if mode != "mixed" else "nato")
    l2 = say_letter(ni[1], mode if mode != "mixed" else "plain")
    f = R.randint(0, 2)
    if f == 0:
        mid = say_digits(ni[2:8], pairs=0.0)
    elif f == 1:
        mid = say_pairs(ni[2:8])
    else:
        mid = say_digits(ni[2:8], pairs=0.4)
    return l1 + " " + l2 + " " + mid + " " + say_letter(ni[8], mode if mode != "mixed" else "casual")


def typed_sort(sc):
    return ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % (sc[:2], sc[2:4], sc[4:])


def spoken_sort(sc):
    if R.random() < 0.5:
        return say_pairs(sc)
    return say_digits(sc, pairs=0.2)


def spoken_pc(pc):
    mode = ch(["plain", "plain", "nato", "mixed"])
    return say_alnum(pc, mode, pairs=0.0 if R.random() < 0.6 else 1.0)


def typed_pc(pc):
    f = R.randint(0, 3)
    if f == 0:
        return pc
    if f == 1:
        return pc.lower()
    if f == 2:
        return pc.replace(" ", "")
    return pc.lower().replace(" ", "")


def phone_typed(p, kind):
    if kind == "ukm":
        return ch([p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:],
                   "(0)" + p[1:5] + " " + p[5:8] + " " + p[8:]]).replace("(0)", "+44 (0)")
    if kind == "ukl":
        return ch([p, p[:3] + " " + p[3:7] + " " + p[7:], "+44 " + p[1:3] + " " + p[3:]])
    if kind == "iem":
        return ch([p, p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:],
                   "+353" + p[1:], p[:3] + "-" + p[3:]])
    if kind == "iel":
        return ch([p, "+353 " + p[1:], p[:3] + " " + p[3:]])
    return ch(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
               "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), p])


def phone_spoken(p, kind):
    pre = ""
    body = p
    if R.random() < 0.3 and kind in ("ukm", "ukl"):
        pre, body = "plus four four ", p[1:]
    elif R.random() < 0.3 and kind in ("iem", "iel"):
        pre, body = "plus three five three ", p[1:]
    elif R.random() < 0.2 and kind == "us":
        pre = "one "
    if kind == "us":
        parts = [body[:3], body[3:6], body[6:]]
    elif kind == "ukm":
        parts = [body[:-6], body[-6:-3], body[-3:]]
    else:
        parts = [body[:-7], body[-7:-4], body[-4:]]
    zw = zero_word()
    s = " ".join(say_digits(x, pairs=ch([0.0, 0.2, 0.5]), zw=zw, homo=R.random() < 0.2)
                 for x in parts if x)
    return pre + s


def gen_phone():
    kind = ch(["ukm", "ukm", "ukl", "iem", "iem", "iel", "us"])
    p = {"ukm": gen_uk_mobile, "ukl": _uk_land, "iem": gen_ie_mobile, "iel": gen_ie_land,
         "us": gen_us_phone}[kind]()
    return p, kind


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    local = ch([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                l + "." + f[0], f + str(R.randint(60, 99))])
    return local, ch(DOMAINS)


def typed_addr(us=False):
    if us:
        return "%d %s" % (R.randint(10, 9999), ch(US_STREETS).title())
    n = R.randint(1, 240)
    s = ch(STREETS)
    f = R.randint(0, 3)
    if f == 0:
        return "%d %s" % (n, s.title())
    if f == 1:
        return "Flat %d, %d %s" % (R.randint(1, 12), n, s.title())
    if f == 2:
        return "%d %s, %s" % (n, s, ch(TOWNS))
    return "%d%s %s" % (n, ch(["a", "b"]), s)


def spoken_addr(us=False):
    n = R.randint(1, 240) if not us else R.randint(10, 999)
    if n < 10:
        ns = DW[n]
    elif n < 100:
        ns = say_pairs("%02d" % n)
    elif n % 100 >= 10 and R.random() < 0.7:
        ns = DW[n // 100] + " " + say_pairs("%02d" % (n % 100))
    else:
        ns = say_digits(str(n), pairs=0.0)
    s = ch(US_STREETS if us else STREETS).replace("st. ", "saint ")
    if R.random() < 0.3 and not us:
        return "flat " + DW[R.randint(1, 9)] + " " + ns + " " + s
    return ns + " " + s


# ----------------------------------------------------------------- positives
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


def p_card_split_call():
    card = gen_card()
    ind = ch(["telecom", "utilities", "retail", "insurance", "travel"])
    c = Case("positive", "call/%s: card read over several turns with back-channels, then expiry and CVV" % ind)
    amt = ch(["forty two pounds fifty", "a hundred and twelve euro", "sixty pounds", "nineteen ninety nine"])
    c.a("so that's ", amt, " today, whenever you're ready with the long number on the card")
    zw = zero_word()
    groups = card_groups(card)
    for k, g in enumerate(groups):
        lead = ch(["", "", "it's ", "okay ", "right "]) if k == 0 else ch(["", "", "then ", "and "])
        c.c(lead, (say_digits(g, pairs=ch([0.0, 0.4]), zw=zw), "CARD_NUMBER"), ch(["", "", " yeah"]))
        if k < len(groups) - 1:
            c.a(ch(BACK))
    c.a("and the expiry date")
    c.c(ch(["", "it's ", "expires "]), (spoken_exp(), "EXPIRY"))
    cv = digits(4 if len(card) == 15 else 3)
    c.a("and the ", ch(["three digits on the back", "security code", "cvv"]), " please")
    c.c(ch(["", "that's ", "um "]), (say_digits(cv, pairs=0.0), "CVV"))
    return c


def p_card_chat():
    card = gen_card()
    c = Case("positive", "chat/%s: card typed with separators plus expiry and CVC" % ch(["retail", "telecom", "travel", "utilities"]))
    c.a("Please type the long card number, expiry and the 3-digit security code.")
    cv = digits(4 if len(card) == 15 else 3)
    f = R.randint(0, 2)
    if f == 0:
        c.c("card: ", (typed_card(card), "CARD_NUMBER"), " exp ", (typed_exp(), "EXPIRY"), " cvc ", (cv, "CVV"))
    elif f == 1:
        c.c((typed_card(card), "CARD_NUMBER"))
        c.c("expiry ", (typed_exp(), "EXPIRY"), ", security code is ", (cv, "CVV"))
    else:
        c.c("its ", (typed_card(card), "CARD_NUMBER"), " and it runs out ", (typed_exp(), "EXPIRY"),
            ". code on back ", (cv, "CVV"), " thx. order total was \u00a3", str(R.randint(20, 400)), ".99")
    return c


def p_card_one_turn_call():
    card = gen_card()
    c = Case("positive", "call/%s: card in one turn with fillers, agent reads it back" % ch(IND))
    c.a("can i take the card number please")
    sc = spoken_card(card, fillers=True)
    c.c(ch(["yeah sure it's ", "okay so ", "right um "]), (sc, "CARD_NUMBER"))
    if R.random() < 0.6:
        c.a("let me read that back ", (spoken_card(card), "CARD_NUMBER"), " is that right")
        c.c("yes that's it")
    else:
        c.a("thank you and what's the expiry on that")
        c.c((spoken_exp(), "EXPIRY"), " and the code on the back is ", (say_digits(digits(3), pairs=0.0), "CVV"))
    return c


def p_card_correction():
    card = gen_card()
    c = Case("positive", "call/%s: card with customer self-correction of the last group; both readings labelled" % ch(IND))
    g = card_groups(card)
    zw = zero_word()
    wrong = g[-1][:-1] + str((int(g[-1][-1]) + 3) % 10)
    c.a("go ahead with the card number")
    c.c((" ".join(say_digits(x, pairs=0.0, zw=zw) for x in g[:-1]), "CARD_NUMBER"))
    c.a("mhm")
    c.c((say_digits(wrong, pairs=0.0, zw=zw), "CARD_NUMBER"), " no sorry ", (say_digits(g[-1], pairs=0.0, zw=zw), "CARD_NUMBER"))
    c.a("okay and the expiry")
    c.c((spoken_exp(), "EXPIRY"))
    return c


def p_ni_call():
    ni = gen_ni()
    c = Case("positive", "call/government services: NI number spoken in one turn")
    c.a(ch(["can you confirm your national insurance number", "what's your n i number please",
            "and your national insurance number for security"]))
    c.c(ch(["yeah it's ", "it's ", "um ", "yes "]), (spoken_ni(ni), "NI_NUMBER"), ch(["", " i think", " yeah"]))
    if R.random() < 0.4:
        c.a("and your date of birth")
        c.c((spoken_dob(), "DOB"))
    return c


def p_ni_split():
    ni = gen_ni()
    c = Case("positive", "call/%s: NI number split across turns, letters then digits then suffix" % ch(["government services", "banking", "insurance"]))
    c.a("national insurance number please")
    mode = ch(["plain", "nato"])
    c.c("okay ", (say_letter(ni[0], mode) + " " + say_letter(ni[1], mode), "NI_NUMBER"))
    c.a(ch(BACK))
    if R.random() < 0.5:
        c.c((say_digits(ni[2:5], pairs=0.0), "NI_NUMBER"))
        c.a(ch(BACK))
        c.c((say_digits(ni[5:8], pairs=0.0), "NI_NUMBER"))
    else:
        c.c((say_pairs(ni[2:8]), "NI_NUMBER"))
    c.a("and the letter at the end")
    c.c((say_letter(ni[8], ch(["plain", "nato", "casual"])), "NI_NUMBER"))
    return c


def p_ni_chat():
    ni = gen_ni()
    c = Case("positive", "chat/%s: NI number typed" % ch(["government services", "banking", "insurance", "utilities"]))
    c.a("For security please confirm your National Insurance number.")
    f = R.randint(0, 3)
    if f == 0:
        c.c((typed_ni(ni), "NI_NUMBER"))
    elif f == 1:
        c.c("NI no: ", (typed_ni(ni), "NI_NUMBER"), " and my customer number is ", digits(8, True))
    elif f == 2:
        c.c("sure its ", (typed_ni(ni), "NI_NUMBER"), " - I moved house in ", str(R.randint(2015, 2024)))
    else:
        c.c("nino ", (typed_ni(ni), "NI_NUMBER"), ", dob ", (typed_dob(), "DOB"))
    return c


def p_ni_readback():
    ni = gen_ni()
    c = Case("positive", "call/government services: NI number given then read back by agent in NATO")
    c.c("my national insurance is ", (spoken_ni(ni), "NI_NUMBER"))
    c.a("thank you so that's ", (say_letter(ni[0], "nato") + " " + say_letter(ni[1], "nato") + " " +
                                say_digits(ni[2:8], pairs=0.0) + " " + say_letter(ni[8], "nato"), "NI_NUMBER"),
        ch(["", " yeah"]))
    c.c("that's right")
    return c


def p_bank_call():
    sc, acc = digits(6), digits(8)
    c = Case("positive", "call/%s: sort code and account number in one turn" % ch(["banking", "utilities", "insurance"]))
    c.a("what's the sort code and account number for the direct debit")
    c.c("sort code ", (spoken_sort(sc), "SORT_CODE"), ch([" and the account number is ", " account ", " then "]),
        (say_digits(acc, pairs=ch([0.0, 0.3])), "BANK_ACCOUNT"))
    if R.random() < 0.5:
        c.a("and the payment of ", ch(["thirty four pounds", "fifty euro", "a hundred and five pounds"]),
            " goes out on the ", ch(["first", "fifteenth", "twenty eighth"]), " is that okay")
        c.c("yeah that's fine")
    return c


def p_bank_split():
    sc, acc = digits(6), digits(8)
    c = Case("positive", "call/banking: account number split over turns, sort code with correction")
    wrong = sc[:4] + "%02d" % ((int(sc[4:]) + 11) % 100)
    c.a("can i take the sort code")
    c.c((spoken_sort(wrong), "SORT_CODE"), " oh no wait that's my old one it's ", (spoken_sort(sc), "SORT_CODE"))
    c.a("okay and the account number")
    c.c((say_digits(acc[:4], pairs=0.0), "BANK_ACCOUNT"))
    c.a(ch(BACK))
    c.c(ch(["", "um "]), (say_digits(acc[4:], pairs=0.0), "BANK_ACCOUNT"))
    return c


def p_bank_chat():
    sc, acc = digits(6), digits(8)
    c = Case("positive", "chat/%s: sort code and account typed" % ch(["banking", "utilities", "retail"]))
    f = R.randint(0, 2)
    if f == 0:
        c.c("Refund to s/c ", (typed_sort(sc), "SORT_CODE"), " a/c ", (acc, "BANK_ACCOUNT"), " please")
    elif f == 1:
        c.a("Which account should the refund of \u00a3", str(R.randint(10, 300)), " go to?")
        c.c("sort code: ", (typed_sort(sc), "SORT_CODE"))
        c.c("account no: ", (acc, "BANK_ACCOUNT"))
    else:
        c.c("acc num ", (acc, "BANK_ACCOUNT"), " sortcode ", (typed_sort(sc), "SORT_CODE"), ". ref 4 bills")
    return c


def p_us_bank():
    acc = digits(R.randint(10, 12), True)
    c = Case("positive", "call/banking US: checking account number spoken, non-PII amount nearby")
    c.a("which checking account do you want the two hundred dollars to come out of")
    c.c("the one ending well the full number is ", (say_digits(acc, pairs=0.2), "BANK_ACCOUNT"))
    return c


def p_phone_call():
    p, kind = gen_phone()
    c = Case("positive", "call/%s: %s phone number spoken" % (ch(IND), kind))
    c.a(ch(["what's the best number to reach you on", "can i get a contact number", "and a mobile number for the engineer"]))
    s = phone_spoken(p, kind)
    if R.random() < 0.4:
        words = s.split(" ")
        k = len(words) // 2
        c.c((" ".join(words[:k]), "PHONE"))
        c.a(ch(BACK))
        c.c((" ".join(words[k:]), "PHONE"))
    else:
        c.c(ch(["it's ", "yeah ", "you can get me on ", ""]), (s, "PHONE"), ch(["", " after six", " any time"]))
    return c


def p_phone_readback():
    p, kind = gen_phone()
    c = Case("positive", "call/%s: phone number with agent read-back" % ch(IND))
    c.a("best number to call you back on")
    c.c((phone_spoken(p, kind), "PHONE"))
    c.a("so that's ", (phone_spoken(p, kind), "PHONE"), " yeah")
    c.c("yeah and it's about the bill from ", ch(["march", "last month", "the twelfth"]))
    return c


def p_phone_chat():
    p, kind = gen_phone()
    c = Case("positive", "chat/%s: phone typed in message" % ch(IND))
    f = R.randint(0, 2)
    if f == 0:
        c.c("pls call me back on ", (phone_typed(p, kind), "PHONE"), " after 5pm")
    elif f == 1:
        c.c("my new number is ", (phone_typed(p, kind), "PHONE"), " can you update it on the account")
    else:
        p2, k2 = gen_phone()
        c.c("mob ", (phone_typed(p, kind), "PHONE"), " or work ", (phone_typed(p2, k2), "PHONE"))
    return c


def p_email_call():
    local, dom = gen_email()
    c = Case("positive", "call/%s: email address spoken" % ch(IND))
    c.a("and an email address for the confirmation")
    e = say_email(local, dom)
    c.c(ch(["yeah it's ", "it's ", "um "]), (e, "EMAIL"))
    if R.random() < 0.5:
        c.a("so ", (e, "EMAIL"), " perfect")
    return c


def p_email_chat():
    local, dom = gen_email()
    e = local + "@" + dom
    if R.random() < 0.3:
        e = e.upper() if R.random() < 0.3 else e.capitalize()
    c = Case("positive", "chat/%s: email typed" % ch(IND))
    c.c(ch(["email is ", "send it to ", "my email: "]), (e, "EMAIL"), ch(["", " thanks", ". ta"]))
    return c


def p_dob():
    c = Case("positive", "call/%s: date of birth for verification plus postcode" % ch(["banking", "insurance", "healthcare billing", "government services"]))
    c.a("can you confirm your date of birth and the postcode")
    ie = R.random() < 0.3
    pc = gen_eircode() if ie else gen_ukpc()
    c.c((spoken_dob(), "DOB"), ch([" and it's ", " and the eircode is ", " eircode "] if ie else [" and it's ", " and the postcode is ", " postcode "]), (spoken_pc(pc), "POSTCODE"))
    return c


def p_dob_chat():
    us = R.random() < 0.3
    c = Case("positive", "chat/%s: DOB typed" % ch(["insurance", "healthcare billing", "banking"]))
    c.a("Can you confirm the policyholder's date of birth?")
    c.c(ch(["dob ", "its ", "born ", ""]), (typed_dob(us), "DOB"))
    return c


def p_address_call():
    us = R.random() < 0.2
    c = Case("positive", "call/%s: street address and postcode spoken" % ch(["utilities", "telecom", "retail", "insurance"]))
    c.a("and what's the address for the ", ch(["delivery", "installation", "meter", "policy"]))
    if us:
        c.c((spoken_addr(True), "ADDRESS"), " ", ch(US_TOWNS), " ", (say_digits(digits(5, True), pairs=0.0), "POSTCODE"))
    else:
        ie = R.random() < 0.35
        pc = gen_eircode() if ie else gen_ukpc()
        c.c((spoken_addr(), "ADDRESS"), " ", ch(IE_TOWNS if ie else UK_TOWNS))
        c.a(ch(["and the eircode", "and the eircode there"] if ie else ["and the postcode", "postcode please"]))
        c.c((spoken_pc(pc), "POSTCODE"))
    return c


def p_address_chat():
    us = R.random() < 0.25
    c = Case("positive", "chat/%s: address typed with postcode" % ch(["retail", "utilities", "telecom"]))
    if us:
        c.c("ship to ", (typed_addr(True), "ADDRESS"), ", ", ch(US_TOWNS).title(), " ", (gen_zip(), "POSTCODE"))
    else:
        pc = gen_ukpc() if R.random() < 0.65 else gen_eircode()
        c.c("new address is ", (typed_addr(), "ADDRESS"), ", ", (typed_pc(pc), "POSTCODE"))
    return c


def p_postcode_call():
    pc = gen_ukpc() if R.random() < 0.6 else gen_eircode()
    c = Case("positive", "call/%s: postcode/eircode split across turns" % ch(["utilities", "telecom", "retail"]))
    c.a("what's the postcode there")
    a, b = pc.split(" ")
    c.c((say_alnum(a, ch(["plain", "nato"])), "POSTCODE"))
    c.a(ch(BACK))
    c.c((say_alnum(b, ch(["plain", "nato", "casual"])), "POSTCODE"))
    return c


def p_iban():
    ib = gen_iban()
    c = Case("positive", "chat/banking: IBAN typed")
    grp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    v = ch([grp, ib, grp.lower()])
    c.c("please refund to ", (v, "IBAN"), ch(["", " thanks", " (my irish account)"]))
    return c


def p_iban_call():
    ib = gen_iban()
    c = Case("positive", "call/banking: IBAN read out in groups of four across turns")
    c.a("go ahead with the iban")
    gs = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    half = len(gs) // 2
    c.c((" ".join(say_alnum(g, ch(["plain", "nato"])) for g in gs[:half]), "IBAN"))
    c.a(ch(BACK))
    c.c((" ".join(say_alnum(g, "plain") for g in gs[half:]), "IBAN"))
    return c


def p_ssn_call():
    s = gen_ssn()
    c = Case("positive", "call/%s US: social security number spoken" % ch(["banking", "healthcare billing", "insurance", "government services"]))
    c.a(ch(["can i get your social", "and the social security number on the account", "last step i need your ssn"]))
    f = R.randint(0, 2)
    if f == 0:
        c.c(ch(["sure ", "it's ", ""]), (say_digits(s[:3], pairs=0.0) + " " + say_digits(s[3:5], pairs=0.5) + " " + say_digits(s[5:], pairs=0.4), "SSN"))
    elif f == 1:
        c.c((say_digits(s[:3], pairs=0.0), "SSN"))
        c.a(ch(BACK))
        c.c((say_digits(s[3:5], pairs=0.5), "SSN"))
        c.a(ch(BACK))
        c.c((say_digits(s[5:], pairs=0.5), "SSN"), ch(["", " that's it"]))
    else:
        c.c("okay it's ", (say_digits(s[:3], pairs=0.0) + " dash " + say_digits(s[3:5], pairs=0.0) + " dash " + say_digits(s[5:], pairs=0.0), "SSN"))
    return c


def p_ssn_chat():
    s = gen_ssn()
    c = Case("positive", "chat/%s US: SSN typed" % ch(["banking", "healthcare billing", "insurance"]))
    v = ch(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:])])
    f = R.randint(0, 2)
    if f == 0:
        c.c("SSN: ", (v, "SSN"))
    elif f == 1:
        c.c("my social is ", (v, "SSN"), " and the claim amount was $", str(R.randint(100, 2000)))
    else:
        c.c("ssn ", (v, "SSN"), " zip ", (gen_zip(), "POSTCODE"))
    return c


def p_ssn_plus():
    s = gen_ssn()
    p = gen_us_phone()
    c = Case("positive", "call/insurance US: SSN and phone in the same turn")
    c.a("i'll need your social and a callback number")
    c.c("social is ", (say_digits(s, pairs=0.2), "SSN"), " and you can call me at ", (phone_spoken(p, "us"), "PHONE"))
    return c


def p_gov_combo():
    ni = gen_ni()
    c = Case("positive", "chat/government services: NI, DOB, address and postcode in one message")
    pc = gen_ukpc()
    c.c("Hi I need to update my details. NI ", (typed_ni(ni), "NI_NUMBER"), ", born ", (typed_dob(), "DOB"),
        ", now living at ", (typed_addr(), "ADDRESS"), " ", (typed_pc(pc), "POSTCODE"))
    return c


def p_ie_call_combo():
    p = gen_ie_mobile()
    ec = gen_eircode()
    c = Case("positive", "call/utilities IE: Irish mobile and eircode for an engineer visit")
    c.a("grand and a mobile for the engineer")
    c.c((phone_spoken(p, "iem"), "PHONE"))
    c.a("and the eircode")
    c.c("it's ", (say_alnum(ec, ch(["plain", "mixed"])), "POSTCODE"), " the visit's on the ", ch(["third", "ninth", "twentieth"]))
    return c


def p_cvv_exp_only():
    c = Case("positive", "call/%s: card already on file, caller gives expiry and CVV only" % ch(["telecom", "retail", "travel"]))
    c.a("i can see the card ending in ", say_digits(digits(4), pairs=0.0), " can you confirm the expiry and security code")
    c.c(ch(["expiry's ", "it's "]), (spoken_exp(), "EXPIRY"))
    c.a("and the three digits")
    c.c(ch(["", "uh "]), (say_digits(digits(3), pairs=0.0), "CVV"))
    return c


def p_card_two_msgs_chat():
    card = gen_card()
    c = Case("positive", "chat/%s: card typed in two messages with a typo-ish separator, expiry in words" % ch(["telecom", "retail", "utilities"]))
    g = card_groups(card)
    k = len(g) // 2
    c.c((" ".join(g[:k]), "CARD_NUMBER"), ch(["..", " -", ""]))
    c.c((" ".join(g[k:]), "CARD_NUMBER"), ch([" sorry hit enter", " thats the rest", ""]))
    m, y = R.randint(1, 12), R.randint(26, 30)
    c.c("expires ", ("%s 20%d" % (MONTHS[m - 1].capitalize(), y), "EXPIRY"), " and cvv is ", (digits(3 if len(card) == 16 else 4), "CVV"))
    return c


def p_card_exp_same_turn_call():
    card = gen_card()
    c = Case("positive", "call/%s: card number and expiry in the same customer turn" % ch(["travel", "insurance", "utilities"]))
    c.a("okay card details please")
    c.c((spoken_card(card), "CARD_NUMBER"), ch([" expiry ", " and it expires ", " valid till "]), (spoken_exp(), "EXPIRY"))
    c.a("and the last three on the back")
    c.c((say_digits(digits(3), pairs=0.0, homo=True), "CVV"))
    return c


def p_ni_verify_chat_typo():
    ni = gen_ni()
    c = Case("positive", "chat/government services: NI number typed with spaces in odd places and a postcode")
    v = ch(["%s %s %s%s %s", "%s%s %s%s%s", "%s %s%s %s %s"]) % (ni[:2], ni[2:5], ni[5:7], ni[7], ni[8])
    if R.random() < 0.5:
        v = v.lower()
    pc = gen_ukpc()
    c.c("ni number ", (v.strip(), "NI_NUMBER"), " postcode ", (typed_pc(pc), "POSTCODE"), " ref 2 my pension letter")
    return c


def p_sort_readback():
    sc, acc = digits(6), digits(8)
    c = Case("positive", "call/banking UK: sort code split in pairs over turns, agent reads back with dashes")
    c.a("what's the sort code on the account")
    c.c((say_pairs(sc[:4]), "SORT_CODE"))
    c.a(ch(BACK))
    c.c((say_pairs(sc[4:]), "SORT_CODE"))
    c.a("so that's ", (say_pairs(sc[:2]) + " dash " + say_pairs(sc[2:4]) + " dash " + say_pairs(sc[4:]), "SORT_CODE"), " and the eight digit account number")
    c.c((say_digits(acc, pairs=0.0), "BANK_ACCOUNT"), " that's the joint account")
    return c


def p_phone_correction():
    p, kind = gen_phone()
    p2 = p[:-2] + p[-1] + p[-2] if p[-1] != p[-2] else p[:-1] + str((int(p[-1]) + 1) % 10)
    c = Case("positive", "call/%s: phone number given wrongly then corrected in full; both labelled" % ch(IND))
    c.a("and a contact number")
    c.c((phone_spoken(p2, kind), "PHONE"), " no hang on i've swapped the last two it's ", (phone_spoken(p, kind), "PHONE"))
    c.a("perfect thank you")
    return c


POS = [(p_card_split_call, 16), (p_card_chat, 12), (p_card_one_turn_call, 10), (p_card_correction, 4),
       (p_ni_call, 16), (p_ni_split, 6), (p_ni_chat, 12), (p_ni_readback, 4), (p_gov_combo, 6),
       (p_bank_call, 9), (p_bank_split, 4), (p_bank_chat, 7), (p_us_bank, 3),
       (p_phone_call, 9), (p_phone_readback, 4), (p_phone_chat, 6), (p_ie_call_combo, 4),
       (p_email_call, 8), (p_email_chat, 7), (p_dob, 8), (p_dob_chat, 5),
       (p_address_call, 8), (p_address_chat, 8), (p_postcode_call, 5),
       (p_iban, 8), (p_iban_call, 6),
       (p_ssn_call, 14), (p_ssn_chat, 12), (p_ssn_plus, 5), (p_cvv_exp_only, 5),
       (p_card_two_msgs_chat, 5), (p_card_exp_same_turn_call, 6), (p_ni_verify_chat_typo, 6),
       (p_sort_readback, 5), (p_phone_correction, 5)]


# ----------------------------------------------------------------- negatives
def n_policy():
    c = Case("negative", "call/insurance: policy number with its reference word and premium")
    c.a("can i take the policy number")
    c.c("yeah it's policy ", ch(["p l", "h h", "m c"]), " ", say_digits(digits(7), pairs=0.0))
    c.a("thanks the renewal premium is ", ch(["three hundred and twelve pounds", "four eighty nine", "two hundred and six euro"]))
    return c


def n_meter():
    c = Case("negative", "call/utilities: meter reading and tariff talk")
    c.a("what's the reading on the meter")
    c.c("it says ", say_digits(digits(5), pairs=0.3), " and the night one is ", say_digits(digits(5), pairs=0.3))
    c.a("lovely that's about ", str(R.randint(200, 900)), " units a quarter at ", R.choice(["twenty eight", "thirty one"]), " pence a unit")
    return c


def n_meter_chat():
    c = Case("negative", "chat/utilities: meter readings typed with date of reading")
    c.c("Meter reading %s on %d/%02d, gas %s. My customer ref is %s" % (digits(5), R.randint(1, 28), R.randint(1, 12), digits(5), digits(9, True)))
    return c


def n_booking():
    c = Case("negative", "call/travel: booking reference, flight number, times")
    c.a("have you got the booking reference")
    c.c("yeah it's ", say_alnum(ch(["XK7", "QP4", "MZ9"]) + digits(3), "plain"), " flight ", ch(["e i one five four", "f r eight one two three", "b a two nine one"]),
        " leaving at ", ch(["half seven", "six forty five", "quarter past ten"]), " on the ", ch(["fourteenth of march", "second of june", "twenty first"]))
    return c


def n_booking_chat():
    c = Case("negative", "chat/travel: booking ref, room number, price")
    c.c("Booking ref %s, room %d, 3 nights @ \u20ac%d.00 arriving 14:30 on %d %s" % (digits(8, True), R.randint(101, 520), R.randint(89, 240), R.randint(1, 28), ch(MONTHS).capitalize()))
    return c


def n_amounts():
    c = Case("negative", "call/banking: balances and payment amounts")
    c.a("your balance is ", ch(["one thousand two hundred and forty pounds sixty", "three thousand four hundred and twelve euro", "nine hundred and ninety nine pounds"]))
    c.c("and the payment of ", ch(["two hundred and fifty", "eighty four fifty", "one thousand and twenty"]), " went out on the ", ch(["third", "twenty second", "ninth"]), " didn't it")
    c.a("yes on ", ch(MONTHS), " the ", ch(["first", "fifth", "nineteenth"]), " twenty twenty four")
    return c


def n_amounts_chat():
    c = Case("negative", "chat/retail: prices, quantities, order number")
    c.c("Order number %s: 2 x \u00a3%d.99, 1 x \u00a3%d.50, total \u00a3%d.47, delivered %d/%d/2025 - one item broken" % (digits(9, True), R.randint(5, 80), R.randint(5, 80), R.randint(100, 300), R.randint(1, 28), R.randint(1, 12)))
    return c


def n_customer_num():
    c = Case("negative", "call/telecom: customer number with its reference word, contract dates")
    c.a("what's your customer number")
    c.c("customer number ", say_digits(digits(R.randint(7, 10), True), pairs=ch([0.0, 0.3])))
    c.a("thanks i can see the contract started on the ", ch(ORD[1:]), " of ", ch(MONTHS), " twenty twenty three for twenty four months")
    return c


def n_claim():
    c = Case("negative", "call/insurance: claim number and excess")
    c.c("i'm ringing about claim number ", say_digits(digits(R.randint(6, 9), True), pairs=0.0), " the excess was ", ch(["two fifty", "a hundred pounds", "five hundred euro"]))
    c.a("okay and the incident was ", ch(["on the tenth", "last tuesday", "on the second of may"]), " at about ", ch(["three o'clock", "half five", "nine in the morning"]))
    return c


def n_invoice_chat():
    c = Case("negative", "chat/healthcare billing: invoice number, amount, appointment date")
    c.c("Invoice #%s for $%d.%02d - appointment was %02d/%02d/2025 at 10:%02d" % (digits(R.randint(6, 10), True), R.randint(50, 900), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28), R.randint(0, 59)))
    c.a("Thanks, I've applied a %d%% discount to invoice %s." % (R.randint(5, 25), digits(7, True)))
    return c


def n_ticket():
    c = Case("negative", "chat/telecom: ticket number, speeds, model number")
    c.c("ticket %s still open. broadband is %d mbps not %d, router model %s" % (digits(R.randint(7, 9), True), R.randint(5, 60), ch([500, 900, 150]), ch(["HH6", "TG2492", "SR102", "DG3450"])))
    return c


def n_misc_call():
    c = Case("negative", "call/%s: ages, durations, counts, temperatures" % ch(IND))
    c.c("i've been on hold for ", ch(["forty five minutes", "an hour and twenty minutes", "twenty two minutes"]),
        " and i'm ", ch(["seventy eight", "sixty four", "eighty one"]), " years old")
    c.a("i'm sorry about that we've had ", ch(["three thousand", "twelve hundred", "four hundred"]), " calls today")
    c.c("and the heating's been off ", ch(["three days", "since monday"]), " it's ", ch(["four degrees", "minus two"]), " outside")
    return c


def n_appt():
    c = Case("negative", "call/healthcare billing: appointment dates and times (not birth dates)")
    c.a("your appointment is on the ", ch(ORD[1:]), " of ", ch(MONTHS), " at ", ch(["ten fifteen", "two thirty", "quarter to nine"]))
    c.c("and the bill for the last one was ", ch(["sixty five euro", "a hundred and ten pounds", "forty dollars"]))
    return c


def n_ref_spoken():
    c = Case("negative", "call/%s: reference number read digit by digit with its reference word" % ch(["retail", "utilities", "government services"]))
    w = ch(["order number", "reference number", "case reference", "complaint reference", "booking reference"])
    c.a("have you got a ", w)
    n = digits(R.randint(7, 10), True)
    c.c("yeah ", w, " is ", say_digits(n[:4], pairs=0.0))
    c.a("mhm")
    c.c(say_digits(n[4:], pairs=0.0))
    return c


def n_years():
    c = Case("negative", "call/insurance: years, percentages, no-claims, car model")
    c.c("i've had ", ch(["five", "nine", "twelve"]), " years no claims since ", say_year(R.randint(2005, 2019)),
        " and it's a ", say_year(R.randint(2012, 2023)), " ", ch(["golf one point six", "focus", "corolla"]))
    c.a("okay that's a ", ch(["sixty", "seventy five", "thirty"]), " percent discount")
    return c


def n_gov_ref():
    c = Case("negative", "chat/government services: application reference, amounts, tax year")
    c.c("Application ref %s - tax year %d to %d, refund of \u00a3%d,%03d.%02d" % (digits(10, True), 2022, 2023, R.randint(1, 3), R.randint(0, 999), R.randint(0, 99)))
    return c


def n_company_hours():
    c = Case("negative", "call/retail: opening hours, store count, prices")
    c.a("we're open from ", ch(["nine till half five", "eight to eight"]), " and there's ", ch(["forty two", "over two hundred"]), " stores")
    c.c("and the tv was ", ch(["five hundred and ninety nine", "three forty nine ninety nine"]), " in the sale")
    return c


def n_contract_chat():
    c = Case("negative", "chat/telecom: contract dates, monthly price, data allowance, account balance")
    c.c("contract started %02d/%02d/2023 and ends %02d/%02d/2025, I pay £%d.%02d a month for %dGB, balance says -£%d.00" % (
        R.randint(1, 28), R.randint(1, 12), R.randint(1, 28), R.randint(1, 12), R.randint(10, 60), R.randint(0, 99), ch([30, 100, 250]), R.randint(10, 99)))
    return c


def n_policy_chat():
    c = Case("negative", "chat/insurance: policy number and customer number typed with their names")
    c.c("Policy no. %s, customer number %s - renewal quote was £%d, last year £%d (%d%% up)" % (
        ch(["POL", "HM", "MTR"]) + digits(7), digits(8, True), R.randint(300, 900), R.randint(200, 800), R.randint(5, 40)))
    return c


def n_travel_party():
    c = Case("negative", "call/travel: party size, children's ages, travel dates, prices per person")
    c.c("it's ", ch(["two adults", "three adults", "four of us"]), " and ", ch(["two kids aged seven and nine", "one child who's eleven", "a baby of eight months"]),
        " flying out on the ", ch(ORD[1:]), " of ", ch(MONTHS), " for ", ch(["seven", "ten", "fourteen"]), " nights")
    c.a("okay that comes to ", ch(["four hundred and twelve", "six ninety nine", "eight hundred and forty"]), " per person so ", ch(["one thousand six hundred and forty eight", "two thousand seven ninety six"]), " in total")
    return c


def n_sort_of():
    c = Case("negative", "call/utilities UK: 'sort of' and 'account' words near non-PII numbers")
    c.c("i sort of paid ", ch(["sixty two pounds", "eighty pounds forty", "a hundred and six"]), " into the account on the ", ch(ORD[1:]), " but the bill says ", ch(["ninety eight fifty", "seventy two pounds"]))
    c.a("i can see ", ch(["two payments", "three payments"]), " on the account since ", ch(MONTHS), " and your direct debit is ", ch(["forty five pounds", "fifty two a month"]))
    return c


NEG = [(n_policy, 9), (n_meter, 8), (n_meter_chat, 7), (n_booking, 7), (n_booking_chat, 6),
       (n_amounts, 7), (n_amounts_chat, 6), (n_customer_num, 8), (n_claim, 6), (n_invoice_chat, 6),
       (n_ticket, 5), (n_misc_call, 6), (n_appt, 6), (n_ref_spoken, 8), (n_years, 5),
       (n_gov_ref, 5), (n_company_hours, 4),
       (n_contract_chat, 5), (n_policy_chat, 5),
       (n_travel_party, 5), (n_sort_of, 5)]


def build():
    R.seed(SEED)
    pos, neg = [], []
    seen = set()

    def uniq(fn):
        for _ in range(50):
            c = fn()
            key = json.dumps(c.turns)
            if key not in seen:
                seen.add(key)
                return c
        raise SystemExit("cannot make a unique case from " + fn.__name__)
    for fn, n in POS:
        for _ in range(n):
            pos.append(uniq(fn))
    for fn, n in NEG:
        for _ in range(n):
            neg.append(uniq(fn))
    R.shuffle(pos)
    R.shuffle(neg)
    out = []
    for i, c in enumerate(pos, 1):
        out.append({"id": "h237-pos-%03d" % i, "kind": "positive", "turns": c.turns,
                    "spans": c.spans, "note": c.note})
    for i, c in enumerate(neg, 1):
        out.append({"id": "h237-neg-%03d" % i, "kind": "negative", "turns": c.turns,
                    "spans": [], "note": c.note})
    return out


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ----------------------------------------------------------------- validation
WORDNUM = {w: i for i, w in enumerate(DW)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0, "ate": 8, "for": 4})
TEENNUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENSNUM = {w: i for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "erm", "er", "dash", "slash", "and", "plus", "no", "sorry", "then"}


def norm_spoken(text, letters=False):
    """Convert a (possibly spoken) value to a compact string of digits/letters."""
    t = text.lower().replace("x-ray", "xray").replace(",", " ").replace("...", " ").replace("(0)", " ")
    t = re.sub(r"[\-/.()+]", " ", t)
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if letters and len(w) == 1 and w.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(w.upper())
            i += 3
            continue
        if w in ("double", "triple", "treble") and nxt is not None:
            k = 2 if w == "double" else 3
            if nxt in WORDNUM:
                out.append(str(WORDNUM[nxt]) * k)
            else:
                out.append(nxt.upper() * k)
            i += 2
            continue
        if w in TENSNUM:
            if nxt in WORDNUM and WORDNUM[nxt] > 0 and nxt not in ("oh", "o", "nought", "for", "ate"):
                out.append(str(TENSNUM[w]) + str(WORDNUM[nxt]))
                i += 2
                continue
            out.append(str(TENSNUM[w] * 10))
            i += 1
            continue
        if w in TEENNUM:
            out.append(str(TEENNUM[w]))
        elif w in ("o", "oh") and letters:
            out.append("0")
        elif w == "for" and letters:
            pass
        elif w in WORDNUM:
            out.append(str(WORDNUM[w]))
        elif w in FILLERS:
            pass
        elif w.isalnum():
            out.append(w.upper())
        i += 1
    return "".join(out)


def check_value(typ, val):
    """Return error string or None; val is the concatenation of the (raw) span texts."""
    if typ == "EMAIL":
        v = val.lower()
        if "@" not in v:
            v = re.sub(r"\s+dot\s+", ".", v)
            v = re.sub(r"\s+underscore\s+", "_", v)
            v = re.sub(r"\s+dash\s+", "-", v)
            v = re.sub(r"\s+at\s+", "@", v)
            v = re.sub(r"\b(" + "|".join(DW + ["oh"]) + r")\b", lambda m: str(WORDNUM[m.group(1)]), v)
            v = v.replace(" ", "")
        return None if re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v) else "bad email " + v
    if typ == "DOB":
        v = val.lower()
        if re.search(r"\d", v) or any(m in v for m in MONTHS + [m[:3] for m in MONTHS]) or \
                re.search(r"(nineteen|twenty|thousand)", v):
            return None
        return "bad dob"
    if typ == "ADDRESS":
        v = val.lower()
        if re.search(r"\d", v) or re.match(r"(flat )?(" + "|".join(DW + TEENS + TENS[2:]) + ")", v):
            if re.search(r"(road|street|lane|avenue|close|view|crescent|drive|terrace|grove|square|park|way|boulevard|court)", v):
                return None
        return "bad address " + val
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    n = norm_spoken(val, letters=letters)
    if typ == "CARD_NUMBER":
        return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "bad card " + n
    if typ == "CVV":
        return None if n.isdigit() and len(n) in (3, 4) else "bad cvv " + n
    if typ == "EXPIRY":
        v = val.lower()
        for k, m in enumerate(MONTHS):
            if m in v:
                n = "%02d" % (k + 1) + norm_spoken(v.replace(m, ""))
        if not n.isdigit():
            return "bad expiry " + n
        if len(n) == 6 and n[2:4] == "20":
            n = n[:2] + n[4:]
        if len(n) == 5 and n[1:3] == "20":
            n = "0" + n[0] + n[3:]
        if len(n) == 3:
            n = "0" + n
        return None if len(n) == 4 and 1 <= int(n[:2]) <= 12 else "bad expiry " + n
    if typ == "SSN":
        return None if n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") else "bad ssn " + n
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n) else "bad ni " + n
    if typ == "SORT_CODE":
        return None if n.isdigit() and len(n) == 6 else "bad sort " + n
    if typ == "BANK_ACCOUNT":
        return None if n.isdigit() and 6 <= len(n) <= 12 else "bad account " + n
    if typ == "PHONE":
        return None if n.isdigit() and 9 <= len(n) <= 13 else "bad phone " + n
    if typ == "IBAN":
        return None if iban_valid(n) else "bad iban " + n
    if typ == "POSTCODE":
        if re.fullmatch(r"\d{5}(\d{4})?", n):
            return None
        if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n):
            return None
        if re.fullmatch(r"[AC-FHKNPRTV-Y]\d{2}[AC-FHKNPRTV-Y0-9]{4}", n) or re.fullmatch(r"D6W[0-9A-Z]{4}", n):
            return None
        return "bad postcode " + n
    return "unknown type " + typ


def full(typ, val):
    return check_value(typ, val) is None


def verify(text_lines):
    errs = []
    ids = set()
    cnt = Counter()
    npos = nneg = 0
    for ln, line in enumerate(text_lines, 1):
        try:
            c = json.loads(line)
        except Exception as e:  # noqa
            errs.append("line %d: bad json %s" % (ln, e))
            continue
        cid = c.get("id")
        if cid in ids:
            errs.append("duplicate id " + str(cid))
        ids.add(cid)
        if c["kind"] == "negative":
            nneg += 1
            if c["spans"]:
                errs.append(cid + ": negative with spans")
            if not cid.startswith("h237-neg-"):
                errs.append(cid + ": bad neg id")
        else:
            npos += 1
            if not c["spans"]:
                errs.append(cid + ": positive without spans")
            if not cid.startswith("h237-pos-"):
                errs.append(cid + ": bad pos id")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append(cid + ": bad turn")
        prev = {}
        buf = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append(cid + ": bad type")
                continue
            text = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                errs.append(cid + ": offsets out of range")
                continue
            if (st > 0 and text[st - 1].isalnum()) or (en < len(text) and text[en].isalnum()):
                errs.append(cid + ": span not on word boundary %r" % text[st:en])
            if not text[st].isalnum() and text[st] != "+" and text[st] != "(" or not text[en - 1].isalnum():
                errs.append(cid + ": span edge not alnum %r" % text[st:en])
            key = s["turn"]
            if key in prev and st < prev[key]:
                errs.append(cid + ": overlapping/unsorted spans")
            prev[key] = en
            cnt[s["type"]] += 1
            # validate: accumulate fragments of the same type until a full value forms
            frag = text[st:en]
            b = buf.get(s["type"], [])
            if not b and full(s["type"], frag):
                continue
            if full(s["type"], " ".join(b + [frag])):
                buf[s["type"]] = []
            elif b and full(s["type"], " ".join(b[:-1] + [frag])):
                buf[s["type"]] = []  # self-correction replaced the previous fragment
            else:
                buf[s["type"]] = b + [frag]
        for typ, b in buf.items():
            if b:
                errs.append("%s: %s" % (cid, check_value(typ, " ".join(b)) or "incomplete " + typ))
    return errs, cnt, npos, nneg


def readme(cnt, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h237 (UK / Irish emphasis)

**Never use this set for tuning.** It is a held-out evaluation set; looking at its
failures and adjusting the redactor to them invalidates it.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not read
the redaction code, its tests, its docs, the benchmark, or any other PII fixture;
the only data seen was a 3-line example of the JSONL format. Cases are produced by
`scripts/make_pii_holdout237.py` from template functions: every turn is assembled
from plain text segments and (value, TYPE) segments, so offsets are computed, never
typed. All values come from one `random.Random(237241126)`; output is byte-for-byte
reproducible. `python scripts/make_pii_holdout237.py --check` regenerates the file,
checks it is identical, ids unique, offsets in range and on word boundaries, spans
non-overlapping, and validates each value after normalising spoken forms (Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit
counts for CVV/phone/account, UK postcode / Eircode / ZIP shapes).

Emphasis: UK and Irish contact centres (NI numbers spoken, spelled with NATO or
casual words, split over turns and typed in many formats; sort codes and account
numbers; UK/IE phone forms including +44/+353; UK postcodes and Eircodes; UK
street addresses; card payments by phone), plus US SSNs/ZIPs, and negatives full of
UK-style non-PII numbers (policy, customer, meter, booking, claim, order numbers
said with their reference word, amounts, times, dates that are not birth dates).

## Annotation conventions

* A span covers the value from its first to its last character/word, including
  separators and filler words spoken inside the reading ("um", "dash", commas,
  "x for x-ray" spelling words); lead-ins ("it's", "sort code", "my email is") are
  outside the span.
* A value split over several customer turns gets one span per turn fragment; agent
  back-channels between them are not labelled.
* Values repeated by the agent (read-backs) are labelled again.
* Self-corrections: both the wrong and the corrected reading are labelled (each is
  a value of that type), the correction words ("no sorry") are outside.
* POSTCODE covers UK postcodes, Irish Eircodes and US ZIP codes. ADDRESS covers
  the house/flat number and street (and the town when typed in the same comma
  phrase), not the postcode, which is labelled separately.
* EXPIRY and CVV are labelled only where the context makes them card data.
* DOB is labelled only when asked/given as a date of birth; other dates are not PII.
* Negatives: reference numbers (policy, customer, order, claim, booking, invoice,
  ticket, application) are always said with their reference word and are at most
  10 digits; amounts, times, durations, counts, years, percentages, meter
  readings, speeds, room and model numbers are never labelled.

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (npos, nneg, rows)


def main():
    cases = build()
    data = dump(cases)
    errs, cnt, npos, nneg = verify(data.splitlines())
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("type %s has only %d spans (need %d)" % (t, cnt[t], need))
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    rd = readme(cnt, npos, nneg)
    if "--check" in sys.argv:
        if not CASES.exists():
            errs.append("cases.jsonl missing")
        else:
            on_disk = CASES.read_text(encoding="utf-8")
            if on_disk != data:
                errs.append("cases.jsonl differs from regenerated output")
                errs.extend("on disk: " + e for e in verify(on_disk.splitlines())[0])
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for e in errs[:50]:
        print("ERROR:", e)
    if errs:
        print("FAILED (%d problems)" % len(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction set h270 (independent author, standard library only).

python scripts/make_pii_holdout270.py          -> writes tests/fixtures/pii_holdout270/{cases.jsonl,README.md}
python scripts/make_pii_holdout270.py --check  -> regenerates, verifies identity and validates every span
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 270241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout270")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu",
        "I": "india", "O": "oscar"}
HOMO = {"B": "bee", "C": "see", "G": "gee", "J": "jay", "K": "kay", "P": "pee", "R": "are",
        "T": "tee", "U": "you", "Y": "why", "Z": "zed", "X": "ex", "H": "aitch", "S": "ess"}


# ----------------------------------------------------------------- value generators
def digits(n, first=None):
    s = first if first is not None else str(R.randint(1, 9))
    while len(s) < n:
        s += str(R.randint(0, 9))
    return s


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    prefix, n = {"visa": ("4", 16), "mc": (R.choice(["51", "53", "55", "2221"]), 16),
                 "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
                 "visa13": ("4", 13), "maestro": ("6759", R.choice([18, 19]))}[kind]
    body = digits(n - 1, prefix)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind


def iban_check(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def iban():
    cc, bban = R.choice([
        ("GB", lambda: R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6, "") + digits(8, "")),
        ("IE", lambda: R.choice(["AIBK", "BOFI", "IPBS"]) + digits(6, "9") + digits(8, "")),
        ("DE", lambda: digits(18, "")),
        ("FR", lambda: digits(10, "") + digits(11, "") + digits(2, "")),
        ("NL", lambda: R.choice(["ABNA", "RABO", "INGB"]) + digits(10, "")),
        ("ES", lambda: digits(20, "")),
    ])
    b = bban()
    num = "".join(str(int(c, 36)) for c in b + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + b


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6, "") + R.choice("ABCD")


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def phone(country=None):
    country = country or R.choice(["uk", "uk", "us", "us", "ie", "uk_intl", "us_intl", "ie_intl"])
    if country == "uk":
        return "07" + digits(9, ""), country
    if country == "uk_land":
        return "0" + R.choice(["20", "161", "113", "141", "121"]) + digits(7, ""), country
    if country == "us":
        return str(R.randint(2, 9)) + digits(2, "") + str(R.randint(2, 9)) + digits(6, ""), country
    if country == "ie":
        return "08" + R.choice("35679") + digits(7, ""), country
    if country == "uk_intl":
        return "+447" + digits(9, ""), country
    if country == "us_intl":
        return "+1" + str(R.randint(2, 9)) + digits(2, "") + str(R.randint(2, 9)) + digits(6, ""), country
    return "+3538" + R.choice("35679") + digits(7, ""), country


FIRST = ["john", "sarah", "priya", "liam", "aoife", "megan", "tom", "daniel", "grace", "omar",
         "chloe", "niamh", "marcus", "hannah", "lukas", "sofia", "ravi", "emma", "ciaran", "jade"]
LAST = ["smith", "okafor", "murphy", "patel", "walsh", "jones", "kowalski", "brennan", "nguyen",
        "fischer", "obrien", "hughes", "garcia", "taylor", "doyle", "campbell", "reilly", "shah"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("outlook", "com"), ("hotmail", "co.uk"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("gmx", "de"),
           ("aol", "com"), ("proton", "me")]


def email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    num = str(R.choice([n for n in range(11, 100) if n % 10])) if R.random() < 0.4 else ""
    if style == 0:
        local = [f, ".", l]
    elif style == 1:
        local = [f[0], ".", l]
    elif style == 2:
        local = [f, "_", l]
    elif style == 3:
        local = [f + l]
    else:
        local = [l, ".", f[0]]
    if num:
        local.append(num)
    d, tld = R.choice(DOMAINS)
    return local, d, tld


def email_chat():
    local, d, tld = email_parts()
    s = "".join(local) + "@" + d + "." + tld
    if R.random() < 0.2:
        s = s[0].upper() + s[1:]
    return s


def email_spoken():
    local, d, tld = email_parts()
    out = []
    for p in local:
        if p == ".":
            out.append("dot")
        elif p == "_":
            out.append("underscore")
        elif p.isdigit():
            out.append(pair_words(p))
        elif len(p) == 1:
            out.append(p)
        else:
            out.append(p)
    out.append("at")
    out.append(d)
    for t in tld.split("."):
        out += ["dot", t]
    canon = "".join(local) + "@" + d + "." + tld
    return " ".join(out), canon


STREETS = ["harbour", "mill", "station", "church", "king", "oak", "victoria", "meadow", "elm",
           "maple", "park", "high", "castle", "willow", "grove", "chestnut", "bridge", "orchard",
           "washington", "lincoln", "cedar", "ashgrove", "main", "pine", "lakeview", "sunset"]
SUFFIX_SPOKEN = ["road", "street", "lane", "avenue", "drive", "close", "crescent", "terrace",
                 "way", "court", "gardens", "place", "boulevard"]
SUFFIX_CHAT = {"road": ["Road", "Rd", "rd"], "street": ["Street", "St", "st"], "lane": ["Lane", "Ln"],
               "avenue": ["Avenue", "Ave"], "drive": ["Drive", "Dr"], "close": ["Close"],
               "crescent": ["Crescent", "Cres"], "terrace": ["Terrace"], "way": ["Way"],
               "court": ["Court", "Ct"], "gardens": ["Gardens"], "place": ["Place", "Pl"],
               "boulevard": ["Blvd", "Boulevard"]}
TOWNS_UK = ["leeds", "bristol", "manchester", "cardiff", "glasgow", "norwich", "york", "derby"]
TOWNS_US = ["austin", "denver", "columbus", "portland", "tampa", "raleigh", "omaha", "boise"]
TOWNS_IE = ["cork", "galway", "limerick", "dublin", "sligo", "kilkenny"]

PC_L = "ABCDEFGHJKLMNPRSTUWXY"
PC_AREAS = ["SW", "NW", "LS", "M", "B", "G", "CF", "BS", "NR", "YO", "DE", "EH", "L", "S", "E", "N", "W"]


def uk_postcode():
    area = R.choice(PC_AREAS)
    district = str(R.randint(1, 19)) if len(area) == 1 else str(R.randint(1, 9))
    if R.random() < 0.15 and len(area) <= 2 and len(district) == 1:
        district += R.choice("ABEHMNPRVWXY")
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + district, inward


def zip_code():
    z = "%05d" % R.randint(10001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


# ----------------------------------------------------------------- spoken renderers
def zero_word(uk=False):
    if uk:
        return R.choice(["oh", "oh", "zero", "nought", "o"])
    return R.choice(["oh", "zero", "zero", "o"])


def dword(d, uk=False):
    return zero_word(uk) if d == "0" else ONES[int(d)]


def pair_words(p, uk=False):
    """two-digit chunk -> words, never a bare tens word (avoids ambiguity with a following digit)"""
    a, b = p[0], p[1]
    if a == "0":
        return zero_word(uk) + " " + ONES[int(b)] if b != "0" else zero_word(uk) + " " + zero_word(uk)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return ONES[int(a)] + " " + zero_word(uk)
    return TENS[int(a)] + " " + ONES[int(b)]


def say_digits(s, uk=False, style=None):
    """digit string -> ASR-style words. style: 'single', 'doubles', 'pairs', 'mixed'"""
    style = style or R.choice(["single", "doubles", "doubles", "pairs", "mixed"])
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        if style in ("doubles", "mixed") and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.8:
            out.append("triple " + dword(d, uk))
            i += 3
            continue
        if style in ("doubles", "mixed") and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.85:
            out.append("double " + dword(d, uk))
            i += 2
            continue
        if style in ("pairs",) or (style == "mixed" and R.random() < 0.4):
            if i + 1 < len(s):
                out.append(pair_words(s[i:i + 2], uk))
                i += 2
                continue
        out.append(dword(d, uk))
        i += 1
    return " ".join(out)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def spell_letter(c, mode=None):
    mode = mode or R.choice(["plain", "plain", "nato", "as", "homo"])
    if c == "O" and mode not in ("nato", "as"):
        mode = "nato"
    if mode == "nato":
        return "%s for %s" % (c.lower(), NATO[c])
    if mode == "as":
        return "%s as in %s" % (c.lower(), NATO[c])
    if mode == "homo" and c in HOMO:
        return HOMO[c]
    return c.lower()


def say_alnum(s, uk=True):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isalpha():
            out.append(spell_letter(c))
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_digits(s[i:j], uk, R.choice(["single", "single", "doubles", "pairs"])))
            i = j
        else:
            i += 1
    return " ".join(out)


def say_year(y):
    y = int(y)
    if y >= 2000:
        return R.choice(["two thousand and " + ONES[y - 2000], "two thousand " + ONES[y - 2000]]) if y < 2010 \
            else "twenty " + pair_words(str(y)[2:])
    return "nineteen " + pair_words(str(y)[2:])


def dob_value():
    return R.randint(1, 28), R.randint(1, 12), R.choice([y for y in range(1941, 2005) if y != 2000])


def dob_spoken(d, m, y):
    form = R.randint(0, 5)
    if form == 4:
        return "%s %s %s" % (pair_words("%02d" % d, True), pair_words("%02d" % m, True), say_year(y))
    if form == 5 and y < 2000:
        return "%s of %s %s" % (ORD[d], MONTHS[m - 1], pair_words(str(y)[2:]))
    if form == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    if form == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
    if form == 2:
        return "%s %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    return "%s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))


def dob_chat(d, m, y, us=False):
    form = R.randint(0, 4)
    if form == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if form == 1:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if form == 2:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if form == 3:
        return ("%d-%02d-%02d" % (y, m, d))
    return ("%d.%d.%d" % (d, m, y))


def expiry_value():
    return R.randint(1, 12), R.choice([26, 27, 28, 29, 31, 32, 33])


def expiry_spoken(m, y):
    form = R.randint(0, 3)
    if form == 0:
        return "%s %s" % (pair_words("%02d" % m), pair_words(str(y)))
    if form == 1:
        return "%s twenty %s" % (MONTHS[m - 1], pair_words(str(y)))
    if form == 2:
        return "%s %s" % (MONTHS[m - 1], pair_words(str(y)))
    return "%s slash %s" % (pair_words("%02d" % m), pair_words(str(y)))


def expiry_chat(m, y):
    return R.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y), "%02d%d" % (m, y),
                     "%02d / %d" % (m, y)])


def money_spoken(cur="pounds"):
    a = R.randint(12, 980)
    p = R.randint(0, 99)
    hundreds, rest = divmod(a, 100)
    words = []
    if hundreds:
        words.append(ONES[hundreds] + " hundred")
        if rest:
            words.append("and")
    if rest:
        words.append(TEENS[rest - 10] if 10 <= rest < 20 else (TENS[rest // 10] + ((" " + ONES[rest % 10]) if rest % 10 else "")) if rest >= 20 else ONES[rest])
    s = " ".join(words) + " " + cur
    if p and R.random() < 0.6:
        s += " " + (TEENS[p - 10] if 10 <= p < 20 else (TENS[p // 10] + ((" " + ONES[p % 10]) if p % 10 else "")) if p >= 20 else ONES[p])
    return s


def money_chat(sym="£"):
    return "%s%d.%02d" % (sym, R.randint(5, 2400), R.randint(0, 99))


def num_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ((" " + ONES[n % 10]) if n % 10 else "")
    h, r = divmod(n, 100)
    return ONES[h] + " hundred" + ((" and " + num_words(r)) if r else "")


# ----------------------------------------------------------------- case assembly
class Case:
    def __init__(self, channel, industry, note):
        self.channel = channel
        self.industry = industry
        self.note = note
        self.turns = []   # list of (speaker, [segments])
        self.groups = {}  # gid -> (type, canonical)
        self._g = 0

    def group(self, typ, canon):
        self._g += 1
        self.groups[self._g] = (typ, canon)
        return self._g

    def add(self, speaker, *segs):
        if self.turns and self.turns[-1][0] == speaker and len(self.turns) > 1:
            chat = self.channel == "chat"
            if speaker == "agent":
                self.turns.append(("customer", [R.choice(["ok", "ok thanks", "sure", "yep"] if chat else ["okay", "yeah", "right", "ok", "sure"])]))
            else:
                self.turns.append(("agent", [R.choice(["I see.", "Okay, go on.", "Thanks for explaining."] if chat else ["mhm", "i see", "okay", "right", "go on"])]))
        self.turns.append((speaker, list(segs)))

    def a(self, *segs):
        self.add("agent", *segs)

    def c(self, *segs):
        self.add("customer", *segs)


def P(text, typ, gid):
    return (text, typ, gid)


def render(case, cid, kind):
    turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(case.turns):
        buf = ""
        for seg in segs:
            if isinstance(seg, tuple):
                text, typ, gid = seg
                spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(text), "type": typ})
                meta.append(gid)
                buf += text
            else:
                buf += seg
        turns.append({"speaker": spk, "text": buf})
    obj = {"id": cid, "kind": kind, "turns": turns, "spans": spans,
           "note": "%s/%s: %s" % (case.channel, case.industry, case.note)}
    return obj, meta


# ----------------------------------------------------------------- conversation filler (non-PII)
def ref_spoken(word):
    n = R.randint(6, 9)
    return "%s number %s" % (word, say_digits(digits(n), False, R.choice(["single", "pairs", "doubles"])))


def small_talk_call(case, industry, uk, cur=None):
    cur = cur or ("pounds" if uk else R.choice(["dollars", "dollars", "euro"]))
    opts = {
        "banking": [
            ("customer", "yeah so there's a payment of %s that went out on the %s of %s and i never authorised it" % (money_spoken(cur), ORD[R.randint(1, 28)], R.choice(MONTHS))),
            ("agent", "okay i'm sorry to hear that let me have a look it can take up to %s working days to investigate" % num_words(R.randint(3, 10))),
            ("customer", "and my balance was showing %s this morning which is way off" % money_spoken(cur)),
            ("agent", "i've raised a dispute for you the %s" % ref_spoken("case")),
        ],
        "telecom": [
            ("customer", "my bill jumped to %s this month it's normally about %s" % (money_spoken(cur), money_spoken(cur))),
            ("agent", "i can see %s gigabytes of roaming data used on the %s of %s" % (num_words(R.randint(2, 40)), ORD[R.randint(1, 28)], R.choice(MONTHS))),
            ("customer", "the broadband's been dropping out every %s minutes since tuesday" % num_words(R.choice([10, 15, 20, 30]))),
            ("agent", "okay i've logged that under %s and an engineer can come thursday between %s and %s" % (ref_spoken("fault"), R.choice(["eight", "nine", "ten"]), R.choice(["one", "two", "noon"]))),
        ],
        "utilities": [
            ("customer", "i've got a meter reading for you it's %s" % say_digits(digits(5), uk, "single")),
            ("agent", "thanks so your direct debit is %s a month and you're about %s in credit" % (money_spoken(cur), money_spoken(cur))),
            ("customer", "the heating's set to %s degrees and it still costs a fortune" % num_words(R.randint(17, 23))),
            ("agent", "i'll note that on the account under %s" % ref_spoken("reference")),
        ],
        "retail": [
            ("customer", "i ordered %s of the blue towels on the %s and only %s turned up" % (num_words(R.randint(3, 6)), ORD[R.randint(1, 28)], num_words(R.randint(1, 2)))),
            ("agent", "i see it was %s in total with %s delivery under %s" % (money_spoken(cur), money_spoken(cur), ref_spoken("order"))),
            ("customer", "yeah i waited in from %s till %s for it" % (R.choice(["eight", "nine", "ten"]), R.choice(["four", "five", "six"]))),
            ("agent", "that's not good enough i'll refund %s now and it'll show in three to five days" % money_spoken(cur)),
        ],
        "insurance": [
            ("customer", "it's about the claim for the car the bumper quote came back at %s" % money_spoken(cur)),
            ("agent", "okay and your excess on the policy is %s so we'd cover the rest under %s" % (money_spoken(cur), ref_spoken("claim"))),
            ("customer", "the accident was on the %s of %s at about %s in the evening" % (ORD[R.randint(1, 28)], R.choice(MONTHS), R.choice(["six", "seven", "half seven"]))),
            ("agent", "right and the renewal is due in %s weeks with a premium of %s" % (num_words(R.randint(2, 8)), money_spoken(cur))),
        ],
        "travel": [
            ("customer", "our flight %s %s was cancelled we were meant to leave at %s" % (R.choice(["b a", "e i", "u a", "f r"]), say_digits(digits(R.randint(3, 4)), uk, "pairs"), R.choice(["six forty", "ten fifteen", "seven twenty"]))),
            ("agent", "i'm sorry about that there are %s of you on the booking %s" % (num_words(R.randint(2, 5)), ref_spoken("booking"))),
            ("customer", "we paid %s for the hotel room %s for %s nights" % (money_spoken(cur), num_words(R.randint(101, 420)), num_words(R.randint(2, 9)))),
            ("agent", "i can rebook you on the %s of %s or refund the %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS), money_spoken(cur))),
        ],
        "healthcare billing": [
            ("customer", "i got a bill for %s from the visit on the %s of %s" % (money_spoken(cur), ORD[R.randint(1, 28)], R.choice(MONTHS))),
            ("agent", "i see that's %s percent after insurance under %s" % (num_words(R.choice([10, 20, 30])), ref_spoken("invoice"))),
            ("customer", "i can do a payment plan of maybe %s a month over %s months" % (money_spoken(cur), num_words(R.randint(3, 12)))),
            ("agent", "okay the next appointment is at %s on the %s" % (R.choice(["nine thirty", "two fifteen", "quarter past ten"]), ORD[R.randint(1, 28)])),
        ],
        "government services": [
            ("customer", "i applied on the %s of %s and it's been %s weeks" % (ORD[R.randint(1, 28)], R.choice(MONTHS), num_words(R.randint(3, 14)))),
            ("agent", "the standard processing time is %s working days your %s" % (num_words(R.choice([10, 15, 20, 28])), ref_spoken("application"))),
            ("customer", "i was told the fee is %s and i paid it already" % money_spoken(cur)),
            ("agent", "yes that payment of %s was received on the %s" % (money_spoken(cur), ORD[R.randint(1, 28)])),
        ],
    }
    lines = opts[industry]
    k = R.randint(2, 4)
    start = R.randint(0, 4 - k)
    for spk, txt in lines[start:start + k]:
        case.add(spk, txt)


def small_talk_chat(case, industry, uk):
    sym = "£" if uk else R.choice(["$", "€"])
    opts = {
        "banking": [("customer", "There's a payment of %s on %02d/%02d I don't recognise" % (money_chat(sym), R.randint(1, 28), R.randint(1, 12))),
                    ("agent", "I'm sorry to hear that. I've opened dispute ref %d, it takes up to 10 working days." % R.randint(10000000, 99999999))],
        "telecom": [("customer", "bill is %s this month?? normally %s" % (money_chat(sym), money_chat(sym))),
                    ("agent", "I can see %dGB roaming on %d %s. Ticket #%d raised." % (R.randint(2, 30), R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(100000, 9999999)))],
        "utilities": [("customer", "meter reading today: %05d" % R.randint(1000, 99999)),
                      ("agent", "Thanks! Your DD is %s/month from 1 %s, you're %s in credit." % (money_chat(sym), R.choice(MONTHS).capitalize(), money_chat(sym)))],
        "retail": [("customer", "order %d arrived with only %d of %d items" % (R.randint(1000000, 99999999), R.randint(1, 2), R.randint(3, 6))),
                   ("agent", "Sorry about that! I've refunded %s, allow 3-5 working days." % money_chat(sym))],
        "insurance": [("customer", "claim %s - garage quoted %s" % ("CLM-%d" % R.randint(100000, 9999999), money_chat(sym))),
                      ("agent", "Your excess is %s and renewal is due %d %s 2027." % (money_chat(sym), R.randint(1, 28), R.choice(MONTHS).capitalize()))],
        "travel": [("customer", "flight %s%d on %d %s was cancelled, booking ref %s" % (R.choice(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999), R.randint(1, 28), R.choice(MONTHS)[:3].capitalize(), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))),
                   ("agent", "I can rebook you on the 14:35 departure or refund %s." % money_chat(sym))],
        "healthcare billing": [("customer", "got invoice %d for %s from my visit on %d/%d" % (R.randint(100000, 9999999), money_chat(sym), R.randint(1, 12), R.randint(1, 28))),
                               ("agent", "After insurance you owe %d%%. We can spread it over %d months." % (R.choice([10, 20, 30]), R.randint(3, 12)))],
        "government services": [("customer", "applied on %d %s, it's been %d weeks, application no %d" % (R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(3, 12), R.randint(1000000, 9999999))),
                                ("agent", "Standard processing is 20 working days; the %s fee was received." % money_chat(sym))],
    }
    for spk, txt in opts[industry]:
        case.add(spk, txt)


INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
              "government services"]
BRANDS = {"banking": "northgate bank", "telecom": "skyline mobile", "utilities": "brightwater energy",
          "retail": "harlow and finch", "insurance": "shieldline insurance", "travel": "bluewing travel",
          "healthcare billing": "st claire billing", "government services": "the passport helpline"}
FILL = ["um", "uh", "erm", "er"]
ACKS = ["mhm", "okay", "okay go on", "yep", "uh huh", "right", "got it", "yeah"]


def greet(case, industry, chat):
    agent = R.choice(["jo", "sam", "alex", "priya", "conor", "maria", "dev", "kate"])
    if chat:
        case.a("Hi, you're chatting with %s from %s. How can I help today?" % (agent.capitalize(), BRANDS[industry].title()))
    else:
        case.a("thank you for calling %s you're through to %s how can i help" % (BRANDS[industry], agent))


# ----------------------------------------------------------------- PII blocks (spoken)
def split_sizes(n):
    if n <= 9:
        return [n]
    k = R.choice([3, 4, 4])
    out = []
    while n > 0:
        out.append(min(k, n))
        n -= k
    return out


def spoken_digits_block(case, typ, val, uk, ask, split=None, note_bits=None, readback=False, lead=None):
    """customer reads a digit value, optionally split across turns with back-channels"""
    if ask:
        case.a(ask)
    gid = case.group(typ, val)
    split = R.random() < 0.4 if split is None else split
    if split and len(val) >= 8:
        sizes = chunks(val, [4, 4, 4, 4, 3]) if typ == "CARD_NUMBER" else chunks(val, [3, 3, 4] if len(val) == 10 else [3, 2, 4] if len(val) == 9 else [4, 4, 4])
        for i, ch in enumerate(sizes):
            pre = (lead or R.choice(["yeah it's ", "okay ", "right so ", "", "it's "])) if i == 0 else R.choice(["", "", "then ", "and "])
            post = R.choice(["", "", " " + R.choice(FILL)]) if i < len(sizes) - 1 else ""
            case.c(pre, P(say_digits(ch, uk), typ, gid), post)
            if i < len(sizes) - 1:
                case.a(R.choice(ACKS) if i < len(sizes) - 2 else R.choice(["and the last bit", "mhm and then", "okay last few", "yep"]))
        if note_bits is not None:
            note_bits.append("%s split over %d turns" % (typ.lower(), len(sizes)))
    else:
        words = say_digits(val, uk)
        if R.random() < 0.3 and len(val) > 6:
            # filler inside the reading
            ws = words.split(" ")
            cut = R.randint(2, len(ws) - 2)
            while ws[cut - 1] in ("double", "triple") or ws[cut - 1] in TENS[2:]:
                cut += 1
            words = " ".join(ws[:cut]) + " " + R.choice(FILL) + " " + " ".join(ws[cut:])
        case.c(lead or R.choice(["yeah it's ", "sure ", "okay so ", "", "that'll be ", "it's um "]), P(words, typ, gid),
               R.choice(["", "", " i think", " yeah"]))
    if readback:
        gid2 = case.group(typ, val)
        case.a("let me read that back ", P(say_digits(val, uk, "single"), typ, gid2), " is that right")
        case.c(R.choice(["yes that's right", "yep", "correct", "that's it yeah"]))
    return gid


def block_card_call(case, uk, bits):
    val, kind = card()
    spoken_digits_block(case, "CARD_NUMBER", val, uk,
                        R.choice(["okay can i take the long number across the front of the card",
                                  "and what's the card number please", "go ahead with the sixteen digits when you're ready",
                                  "can i take the card number"]), readback=R.random() < 0.2)
    bits.append("%s card read aloud" % kind)
    if R.random() < 0.85:
        m, y = expiry_value()
        g = case.group("EXPIRY", "%02d%02d" % (m, y))
        case.a(R.choice(["and the expiry date", "what's the expiry on it", "and when does it expire"]))
        case.c(R.choice(["", "it's ", "expires ", "um "]), P(expiry_spoken(m, y), "EXPIRY", g))
    if R.random() < 0.85:
        cv = digits(4 if kind == "amex" else 3, str(R.randint(0, 9)))
        g = case.group("CVV", cv)
        case.a(R.choice(["and the three digits on the back", "and the security code please", "last thing the c v v"]))
        if R.random() < 0.3:
            case.c("hang on it's worn off a bit ", P(say_digits(cv, uk, "single"), "CVV", g))
        else:
            case.c(R.choice(["", "it's ", "yeah "]), P(say_digits(cv, uk, "single"), "CVV", g))


def block_ssn_call(case, uk, bits):
    val = ssn()
    spoken_digits_block(case, "SSN", val, False,
                        R.choice(["to verify can i get your social security number", "can you confirm your social please",
                                  "and the last thing i need is your social security number",
                                  "for the application i need your s s n"]), readback=R.random() < 0.15)
    bits.append("ssn")


def block_ssn_last4_corr(case, uk, bits):
    a, b = ssn(), ssn()
    g1 = case.group("SSN", a)
    g2 = case.group("SSN", b)
    case.a("can i have your social security number")
    case.c(P(say_digits(a, False), "SSN", g1), " no wait sorry that's my wife's mine is ", P(say_digits(b, False), "SSN", g2))
    bits.append("ssn self-correction with two numbers")


def block_ni_call(case, uk, bits):
    val = ni()
    case.a(R.choice(["and your national insurance number please", "can you give me your n i number",
                     "i'll need your national insurance number to find the record"]))
    if R.random() < 0.4:
        g = case.group("NI_NUMBER", val)
        case.c("yeah it's ", P(say_alnum(val[:2]), "NI_NUMBER", g))
        case.a(R.choice(ACKS))
        case.c(P(say_digits(val[2:8], True, R.choice(["single", "pairs", "doubles"])), "NI_NUMBER", g))
        case.a("and the letter at the end")
        case.c(R.choice(["", "it's ", "um "]), P(spell_letter(val[8]), "NI_NUMBER", g))
        bits.append("ni number split over three turns")
    else:
        g = case.group("NI_NUMBER", val)
        case.c(R.choice(["", "sure it's ", "okay ", "hold on it's "]), P(say_alnum(val), "NI_NUMBER", g))
        bits.append("ni number spelled")
    if R.random() < 0.2:
        g = case.group("NI_NUMBER", val)
        case.a("so that's ", P(" ".join(val[:2].lower()) + " " + say_digits(val[2:8], True, "pairs") + " " + val[8].lower(), "NI_NUMBER", g))
        case.c("yes")


def block_bank_call(case, uk, bits):
    if uk:
        sc = digits(6, str(R.randint(0, 9)))
        g = case.group("SORT_CODE", sc)
        case.a("what's the sort code")
        if R.random() < 0.5:
            case.c(P(" ".join(pair_words(p, True) for p in chunks(sc, [2, 2, 2])), "SORT_CODE", g))
        else:
            case.c(R.choice(["it's ", "", "um "]), P(say_digits(sc, True), "SORT_CODE", g))
        bits.append("sort code")
    acc = digits(8, str(R.randint(0, 9))) if uk else digits(R.randint(9, 12))
    spoken_digits_block(case, "BANK_ACCOUNT", acc, uk, R.choice(["and the account number", "and the eight digit account number",
                                                                 "what's the account number it'll be paid into"]))
    bits.append("account number")


def block_iban_call(case, uk, bits):
    val = iban()
    g = case.group("IBAN", val)
    case.a("for a transfer from abroad i'll need the i ban")
    parts = chunks(val, [4, 4, 4, 4, 4, 4, 4, 4])
    if R.random() < 0.5:
        half = len(parts) // 2
        case.c("okay ", P(say_alnum("".join(parts[:half]), uk), "IBAN", g))
        case.a(R.choice(ACKS))
        case.c(P(say_alnum("".join(parts[half:]), uk), "IBAN", g), R.choice(["", " that's it"]))
        bits.append("iban split over two turns")
    else:
        case.c("it's ", P(say_alnum(val, uk), "IBAN", g))
        bits.append("iban read in one turn")


def block_phone_call(case, uk, bits):
    country = R.choice(["uk", "uk_intl", "ie", "uk_land"]) if uk else R.choice(["us", "us", "us_intl", "ie_intl"])
    val, _ = phone(country)
    case.a(R.choice(["and a good contact number", "what's the best number to reach you on", "can i take a mobile number in case we get cut off"]))
    g = case.group("PHONE", val)
    if val.startswith("+"):
        d = val[1:]
        cc = {"44": 2, "1": 1, "353": 3}
        n = 3 if d.startswith("353") else 2 if d.startswith("44") else 1
        words = "plus " + say_digits(d[:n], uk, "single") + " " + say_digits(d[n:], uk)
    elif R.random() < 0.5:
        sizes = [5, 3, 3] if (uk and len(val) == 11) else [3, 3, 4]
        words = " ".join(say_digits(c, uk) for c in chunks(val, sizes))
    else:
        words = say_digits(val, uk)
    if R.random() < 0.35 and not val.startswith("+"):
        sizes = [5, 6] if len(val) == 11 else [3, 3, 4]
        cs = chunks(val, sizes)
        case.c(R.choice(["it's ", "yeah ", ""]), P(say_digits(cs[0], uk), "PHONE", g))
        for j in range(1, len(cs)):
            case.a(R.choice(ACKS))
            case.c(P(say_digits(cs[j], uk), "PHONE", g))
        bits.append("phone split across turns")
    else:
        case.c(R.choice(["it's ", "my mobile's ", "yeah it's ", ""]), P(words, "PHONE", g), R.choice(["", " that's my mobile", " any time after five"]))
        bits.append("phone %s" % country)


def block_email_call(case, uk, bits):
    words, canon = email_spoken()
    g = case.group("EMAIL", canon)
    case.a(R.choice(["and what email should we send the confirmation to", "can i take an email address", "is your email still the same one"]))
    case.c(R.choice(["yeah it's ", "it's ", "um ", "so that's "]), P(words, "EMAIL", g))
    bits.append("spoken email")


def block_phone_email_call(case, uk, bits):
    val, country = phone(R.choice(["uk", "ie"]) if uk else "us")
    words, canon = email_spoken()
    gp = case.group("PHONE", val)
    ge = case.group("EMAIL", canon)
    case.a("can i just check your contact details are up to date")
    case.c("um the mobile is ", P(say_digits(val, uk), "PHONE", gp), " and the email's ", P(words, "EMAIL", ge),
           R.choice(["", " i changed it last year", " but i hardly check it"]))
    if R.random() < 0.5:
        g2 = case.group("PHONE", val)
        case.a("so that's ", P(say_digits(val, uk, "single"), "PHONE", g2), " for the mobile")
        case.c("that's it")
    bits.append("phone and email in one turn")


def block_dob_call(case, uk, bits):
    d, m, y = dob_value()
    g = case.group("DOB", "%02d%02d%d" % (d, m, y))
    case.a(R.choice(["can you confirm your date of birth", "and your date of birth please", "for security what's your date of birth"]))
    case.c(R.choice(["", "it's ", "yeah ", "um "]), P(dob_spoken(d, m, y), "DOB", g))
    bits.append("spoken dob")


def block_address_call(case, uk, bits):
    num = R.randint(2, 240)
    street = R.choice(STREETS)
    suf = R.choice(SUFFIX_SPOKEN)
    g = case.group("ADDRESS", "%d %s %s" % (num, street, suf))
    case.a(R.choice(["can you confirm the first line of the address", "and what's the address on the account", "what address is the bill going to"]))
    addr = "%s %s %s" % (num_words(num) if num < 100 or R.random() < 0.5 else say_digits(str(num), uk, "single"), street, suf)
    if R.random() < 0.3:
        fl = R.randint(1, 30)
        addr = "flat %s %s" % (num_words(fl), addr)
    town = R.choice(TOWNS_UK if uk else TOWNS_US)
    if uk:
        out, inw = uk_postcode()
        pc = say_alnum(out) + " " + say_alnum(inw)
        gp = case.group("POSTCODE", out + inw)
        case.c(R.choice(["it's ", "", "yeah "]), P(addr, "ADDRESS", g), " " + town)
        case.a("and the postcode")
        case.c(R.choice(["", "it's ", "um "]), P(pc, "POSTCODE", gp))
    else:
        z = zip_code()
        gp = case.group("POSTCODE", z.replace("-", ""))
        zs = say_digits(z.replace("-", "")[:5], False, R.choice(["single", "doubles"]))
        if len(z) > 5:
            zs += " dash " + say_digits(z[6:], False, "single")
        case.c(R.choice(["it's ", "", "yeah "]), P(addr, "ADDRESS", g), " %s %s " % (town, R.choice(["texas", "colorado", "ohio", "oregon"])), P(zs, "POSTCODE", gp))
    bits.append("address and postcode spoken")


# ----------------------------------------------------------------- PII blocks (chat)
def block_card_chat(case, uk, bits):
    val, kind = card()
    g = case.group("CARD_NUMBER", val)
    sep = R.choice([" ", "-", "", " ", "  "])
    if kind == "amex":
        shown = sep.join(chunks(val, [4, 6, 5]))
    else:
        shown = sep.join(chunks(val, [4, 4, 4, 4, 3]))
    case.a("Please type the card number below, it's a secure chat.")
    m, y = expiry_value()
    cv = digits(4 if kind == "amex" else 3, str(R.randint(0, 9)))
    if R.random() < 0.5:
        ge = case.group("EXPIRY", "%02d%02d" % (m, y))
        gc = case.group("CVV", cv)
        case.c(P(shown, "CARD_NUMBER", g), R.choice([" exp ", " expiry ", ", exp: "]), P(expiry_chat(m, y), "EXPIRY", ge),
               R.choice([" cvv ", " cvc ", " security code "]), P(cv, "CVV", gc))
        bits.append("card+expiry+cvv in one chat message")
    else:
        case.c(R.choice(["its ", "", "card: ", "ok here "]), P(shown, "CARD_NUMBER", g))
        case.a("Thanks. Expiry and the 3 digits on the back?")
        ge = case.group("EXPIRY", "%02d%02d" % (m, y))
        gc = case.group("CVV", cv)
        case.c(P(expiry_chat(m, y), "EXPIRY", ge), R.choice([" and ", ", ", " / cvv "]), P(cv, "CVV", gc))
        bits.append("card typed with '%s' separator" % sep)


def block_ssn_chat(case, uk, bits):
    val = ssn()
    g = case.group("SSN", val)
    shown = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (val[:3], val[3:5], val[5:])
    case.a("To verify your identity, please provide your Social Security number.")
    case.c(R.choice(["sure its ", "", "SSN ", "ok: ", "my ssn is ", "socail is "]), P(shown, "SSN", g))
    bits.append("ssn typed")


def block_ni_chat(case, uk, bits):
    val = ni()
    g = case.group("NI_NUMBER", val)
    f = R.randint(0, 3)
    shown = [val, "%s %s %s %s %s" % (val[:2], val[2:4], val[4:6], val[6:8], val[8]), val.lower(),
             "%s-%s-%s-%s-%s" % (val[:2], val[2:4], val[4:6], val[6:8], val[8])][f]
    case.a("Could you give me your National Insurance number?")
    case.c(R.choice(["ni no is ", "", "its ", "NINO: "]), P(shown, "NI_NUMBER", g))
    bits.append("ni typed")


def block_bank_chat(case, uk, bits):
    if uk:
        sc = digits(6, str(R.randint(0, 9)))
        acc = digits(8, str(R.randint(0, 9)))
        g1 = case.group("SORT_CODE", sc)
        g2 = case.group("BANK_ACCOUNT", acc)
        case.a("Which account should the refund go to? Sort code and account number please.")
        scs = R.choice(["-", " ", ""]).join(chunks(sc, [2, 2, 2]))
        case.c(R.choice(["sort ", "sc ", ""]), P(scs, "SORT_CODE", g1), R.choice([" acc ", " account no ", ", "]), P(acc, "BANK_ACCOUNT", g2))
    else:
        acc = digits(R.randint(9, 12))
        g2 = case.group("BANK_ACCOUNT", acc)
        case.a("Which checking account should we use? Please enter the account number.")
        case.c(R.choice(["acct # ", "account number ", ""]), P(acc, "BANK_ACCOUNT", g2), R.choice(["", " (checking)"]))
    bits.append("bank details typed")


def block_iban_chat(case, uk, bits):
    val = iban()
    g = case.group("IBAN", val)
    shown = R.choice([" ".join(chunks(val, [4] * 9)), val, " ".join(chunks(val, [4] * 9)).lower()])
    case.a("Please send the IBAN for the refund.")
    case.c(R.choice(["IBAN ", "", "here: "]), P(shown, "IBAN", g))
    bits.append("iban typed")


def block_phone_chat(case, uk, bits):
    country = R.choice(["uk", "uk_intl", "ie_intl", "uk_land"]) if uk else R.choice(["us", "us", "us_intl", "ie"])
    val, _ = phone(country)
    g = case.group("PHONE", val)
    if country == "us":
        shown = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (val[:3], val[3:6], val[6:])
    elif country == "us_intl":
        shown = "+1 %s %s %s" % (val[2:5], val[5:8], val[8:])
    elif country == "uk_intl":
        shown = R.choice(["+44 %s %s", "+44 (0)%s %s", "+44%s%s"]) % (val[3:7], val[7:])
    elif country == "ie_intl":
        shown = "+353 %s %s %s" % (val[4:6], val[6:9], val[9:])
    elif country == "uk":
        shown = R.choice(["%s %s", "%s-%s", "%s%s"]) % (val[:5], val[5:])
    elif country == "ie":
        shown = "%s %s %s" % (val[:3], val[3:6], val[6:])
    else:
        shown = val
    case.a("What's the best number to reach you?")
    case.c(R.choice(["", "mob ", "call me on ", "it's "]), P(shown, "PHONE", g), R.choice(["", " thx", " after 6pm pls"]))
    bits.append("phone typed %s" % country)


def block_email_chat(case, uk, bits):
    e = email_chat()
    g = case.group("EMAIL", e.lower())
    case.a("And the email address for the confirmation?")
    case.c(R.choice(["", "its ", "email: ", "send to ", "emial is ", "new email "]), P(e, "EMAIL", g), R.choice(["", " please", " ta"]))
    bits.append("email typed")


def block_dob_chat(case, uk, bits):
    d, m, y = dob_value()
    g = case.group("DOB", "%02d%02d%d" % (d, m, y))
    case.a("Can you confirm your date of birth?")
    case.c(R.choice(["", "dob ", "born ", "its "]), P(dob_chat(d, m, y, not uk), "DOB", g))
    bits.append("dob typed")


def block_address_chat(case, uk, bits):
    num = R.randint(1, 300)
    street = R.choice(STREETS).capitalize()
    suf = R.choice(SUFFIX_SPOKEN)
    sc = R.choice(SUFFIX_CHAT[suf])
    g = case.group("ADDRESS", "%d %s %s" % (num, street, suf))
    case.a("What's the delivery address?")
    addr = "%d %s %s" % (num, street, sc)
    if R.random() < 0.25:
        addr = R.choice(["Flat %d, ", "Apt %d, "]) % R.randint(1, 40) + addr
    if uk:
        out, inw = uk_postcode()
        gp = case.group("POSTCODE", out + inw)
        pc = R.choice(["%s %s", "%s%s"]) % (out, inw)
        if R.random() < 0.2:
            pc = pc.lower()
        case.c(P(addr, "ADDRESS", g), ", %s, " % R.choice(TOWNS_UK).capitalize(), P(pc, "POSTCODE", gp))
    else:
        z = zip_code()
        gp = case.group("POSTCODE", z.replace("-", ""))
        case.c(P(addr, "ADDRESS", g), ", %s, %s " % (R.choice(TOWNS_US).capitalize(), R.choice(["TX", "CO", "OH", "OR", "NC"])), P(z, "POSTCODE", gp))
    bits.append("address typed")


CALL_BLOCKS = {"CARD_NUMBER": block_card_call, "SSN": block_ssn_call, "NI_NUMBER": block_ni_call,
               "BANK_ACCOUNT": block_bank_call, "IBAN": block_iban_call, "PHONE": block_phone_call,
               "EMAIL": block_email_call, "DOB": block_dob_call, "ADDRESS": block_address_call,
               "SSN2": block_ssn_last4_corr, "PHEM": block_phone_email_call}
CHAT_BLOCKS = {"CARD_NUMBER": block_card_chat, "SSN": block_ssn_chat, "NI_NUMBER": block_ni_chat,
               "BANK_ACCOUNT": block_bank_chat, "IBAN": block_iban_chat, "PHONE": block_phone_chat,
               "EMAIL": block_email_chat, "DOB": block_dob_chat, "ADDRESS": block_address_chat}
WEIGHTS = [("CARD_NUMBER", 5), ("SSN", 3), ("NI_NUMBER", 4), ("BANK_ACCOUNT", 3), ("IBAN", 2),
           ("PHONE", 3), ("EMAIL", 2), ("DOB", 3), ("ADDRESS", 2), ("SSN2", 1), ("PHEM", 1)]


def pick_blocks(uk, chat):
    pool = []
    for k, w in WEIGHTS:
        if k in ("SSN", "SSN2") and uk:
            continue
        if k == "NI_NUMBER" and not uk:
            continue
        if k == "IBAN" and not uk and R.random() < 0.5:
            continue
        if k in ("SSN2", "PHEM") and chat:
            continue
        pool += [k] * w
    n = R.choice([1, 2, 2, 3])
    out = []
    while len(out) < n:
        k = R.choice(pool)
        if k not in out:
            out.append(k)
    return out


def positive_case(i):
    chat = R.random() < 0.4
    industry = INDUSTRIES[i % len(INDUSTRIES)]
    uk = R.random() < (0.55 if industry != "government services" else 0.5)
    case = Case("chat" if chat else "call", industry, "")
    greet(case, industry, chat)
    bits = []
    blocks = pick_blocks(uk, chat)
    # force coverage of the three big types periodically
    if i % 5 == 0 and "CARD_NUMBER" not in blocks:
        blocks.insert(0, "CARD_NUMBER")
    if i % 4 == 1:
        if uk and "NI_NUMBER" not in blocks:
            blocks.insert(0, "NI_NUMBER")
        if not uk and "SSN" not in blocks:
            blocks.insert(0, "SSN")
    if chat:
        case.c(R.choice(["hi", "Hello", "hiya", "hi there"]) + R.choice([", ", " - ", " "]) + R.choice(
            ["need help with my account", "i have a problem with a charge", "can you help me update my details",
             "I want to make a payment", "question about my bill"]))
        small_talk_chat(case, industry, uk)
        for b in blocks:
            CHAT_BLOCKS[b](case, uk, bits)
        case.a("Thanks, that's all updated. Anything else?")
        case.c(R.choice(["no thats it thanks", "No, thanks!", "all good cheers"]))
    else:
        case.c(R.choice(["hi yeah um ", "hello ", "hiya "]) + R.choice(
            ["i'm calling about my account", "i've got a problem with a charge", "i need to update a few things",
             "i want to pay my bill", "i got a letter from you"]))
        small_talk_call(case, industry, uk, "pounds" if uk else ("dollars" if ("SSN" in blocks or "SSN2" in blocks) else None))
        for b in blocks:
            CALL_BLOCKS[b](case, uk, bits)
        if R.random() < 0.6:
            case.a(R.choice(["okay bear with me while that goes through", "lovely that's all sorted for you",
                             "okay you'll get a confirmation in the next %s minutes" % num_words(R.choice([5, 10, 15]))]))
        case.c(R.choice(["great thanks for your help", "brilliant cheers", "okay thank you bye", "thanks bye"]))
    case.note = "%s; %s; with non-PII amounts/dates/refs around" % ("UK/IE" if uk else "US/EU", ", ".join(bits))
    return case


# ----------------------------------------------------------------- negatives
def negative_case(i):
    chat = R.random() < 0.35
    industry = INDUSTRIES[(i * 3) % len(INDUSTRIES)]
    uk = R.random() < 0.55
    case = Case("chat" if chat else "call", industry, "")
    greet(case, industry, chat)
    cur = "pounds" if uk else R.choice(["dollars", "euro"])
    if chat:
        case.c(R.choice(["hi, quick question about my bill", "hello - chasing an order", "hi i need to reschedule"]))
        small_talk_chat(case, industry, uk)
        extra = [
            ("agent", "Your balance is %s and the next payment of %s is due on %d %s." % (money_chat("£" if uk else "$"), money_chat("£" if uk else "$"), R.randint(1, 28), R.choice(MONTHS).capitalize())),
            ("customer", "ok and ticket %d is still open?" % R.randint(1000000, 9999999)),
            ("agent", "Yes, ticket %d is with the team; expect an update within 48 hours." % R.randint(1000000, 9999999)),
            ("customer", "the router model is %s-%d, firmware %d.%d.%d" % (R.choice(["TG", "HH", "AX"]), R.randint(100, 9999), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99))),
            ("agent", "Your contract started %02d/%02d/20%d and runs for %d months at %d%% off." % (R.randint(1, 28), R.randint(1, 12), R.randint(19, 25), R.choice([12, 18, 24]), R.choice([10, 15, 20, 25]))),
            ("customer", "I'm %d and have been with you since %d, surely that counts" % (R.randint(22, 85), R.randint(1995, 2020))),
            ("agent", "Appointment booked: %d %s between %d:00 and %d:00, ref %s." % (R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(8, 11), R.randint(12, 17), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)))),
            ("customer", "can you call back at %d.%02dpm? I'm out till %d:%02d" % (R.randint(1, 5), R.choice([0, 15, 30, 45]), R.randint(1, 5), R.choice([0, 15, 30, 45]))),
            ("agent", "The price rises %.1f%% from April, so 3 x %s becomes %s." % (R.choice([3.5, 6.5, 8.9, 4.2]), money_chat("£" if uk else "$"), money_chat("£" if uk else "$"))),
            ("customer", "speed test says %d Mbps down %d up, was paying for %d" % (R.randint(5, 90), R.randint(1, 20), R.choice([100, 150, 500, 900]))),
            ("agent", "Invoice %d for %s was paid on %d %s, thanks." % (R.randint(100000, 9999999999), money_chat("€" if not uk else "£"), R.randint(1, 28), R.choice(MONTHS).capitalize())),
        ]
    else:
        case.c(R.choice(["hi i'm just ringing about my bill", "hello yeah i'm chasing an order", "hiya i need to move an appointment"]))
        small_talk_call(case, industry, uk, cur)
        extra = [
            ("agent", "so your outstanding balance is %s and the next payment of %s goes out on the %s of %s" % (money_spoken(cur), money_spoken(cur), ORD[R.randint(1, 28)], R.choice(MONTHS))),
            ("customer", "okay and my %s is that still open" % ref_spoken("ticket")),
            ("agent", "yes it's open i'd expect an update within %s hours" % num_words(R.choice([24, 48, 72]))),
            ("customer", "the boiler is a %s %s it's about %s years old" % (R.choice(["worcester", "vaillant", "baxi"]), say_digits(digits(R.choice([3, 4])), uk, "pairs"), num_words(R.randint(3, 20)))),
            ("agent", "your contract started in %s twenty %s and runs for %s months" % (R.choice(MONTHS), num_words(R.randint(19, 25)), num_words(R.choice([12, 18, 24])))),
            ("customer", "i'm %s years old and i've been with you since nineteen %s" % (num_words(R.randint(22, 85)), pair_words(str(R.randint(70, 99))))),
            ("agent", "i've booked you in for the %s of %s between %s and %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS), R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one", "two"]))),
            ("customer", "the speed test said %s megabits and i'm paying for %s" % (num_words(R.randint(5, 90)), num_words(R.choice([100, 150, 500, 900])))),
            ("agent", "the %s for %s was paid on the %s of %s" % (ref_spoken("invoice"), money_spoken(cur), ORD[R.randint(1, 28)], R.choice(MONTHS))),
            ("agent", "i can call you back at %s tomorrow and the engineer slot is %s to %s" % (R.choice(["ten thirty", "quarter to four", "two o'clock"]), R.choice(["eight", "nine"]), R.choice(["twelve", "one"]))),
            ("customer", "it was about %s degrees in the flat last night and we were on hold for %s minutes" % (num_words(R.randint(8, 16)), num_words(R.randint(20, 59)))),
        ]
    k = R.randint(3, 6)
    picks = R.sample(range(len(extra)), k)
    for j in sorted(picks):
        case.add(*extra[j])
    case.a(R.choice(["is there anything else i can help with", "anything else today"]) if not chat else "Anything else I can help with?")
    case.c(R.choice(["no that's everything thanks", "no thanks bye", "all good"]))
    case.note = "negative; amounts, dates, references, times, counts, models, ages and durations only"
    return case


# ----------------------------------------------------------------- validation
WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
HOMO_REV = {v: k for k, v in HOMO.items()}
NATO_WORDS = set(NATO.values())


def normalise(text, letters=False, email=False):
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|[@._+-]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t.isdigit():
            out.append(t)
        elif email and t in ("@", ".", "_", "-"):
            out.append(t)
        elif email and t == "at":
            out.append("@")
        elif email and t == "dot":
            out.append(".")
        elif email and t == "underscore":
            out.append("_")
        elif t in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in TENNUM:
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero", "nil"):
                out.append(str(TENNUM[t] * 10 + int(WORDNUM[nxt])))
                i += 1
            else:
                out.append(str(TENNUM[t] * 10))
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t in ("o", "oh") and letters and nxt in ("for", "as"):
            out.append("O")
        elif t == "o" and letters and not email:
            out.append("0")
        elif t in WORDNUM and not (email and t == "o"):
            out.append(WORDNUM[t])
        elif letters and t in NATO_WORDS:
            pass
        elif letters and ((t in ("for", "in") and nxt in NATO_WORDS) or (t == "as" and nxt == "in")
                          or t in ("dash", "hyphen", "slash", "space")):
            pass
        elif letters and t in HOMO_REV:
            out.append(HOMO_REV[t])
        elif letters and t.isalpha():
            out.append(t.upper())
        elif email:
            out.append(t)
        elif t in MONTHS:
            out.append(" %s " % t)
        elif t in ("thousand",):
            out.append("000")
        i += 1
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
ADDR_WORDS = set(SUFFIX_SPOKEN) | {"rd", "st", "ave", "ln", "dr", "cres", "ct", "pl", "blvd"}


def validate(typ, texts, canon):
    joined = " ".join(texts)
    if typ == "EMAIL":
        n = normalise(joined, email=True)
        if not EMAIL_RE.match(n):
            return "bad email %r" % n
        return None if n == canon.lower() else "email %r != %r" % (n, canon)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        n = normalise(joined, letters=True).upper()
        if typ == "NI_NUMBER" and not NI_RE.match(n):
            return "bad NI %r" % n
        if typ == "IBAN" and not (re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", n) and iban_check(n)):
            return "bad IBAN %r" % n
        if typ == "POSTCODE" and not (UKPC_RE.match(n) or re.match(r"^\d{5}(\d{4})?$", n)):
            return "bad postcode %r" % n
        return None if n == canon.upper() else "%s %r != %r" % (typ, n, canon)
    if typ == "DOB":
        n = normalise(re.sub(r"two thousand (and )?", "twenty oh ", joined))
        ds = re.sub(r"\D", "", n)
        has_month = any(m in n for m in MONTHS)
        if has_month and (re.search(r"(19\d\d|20\d\d|2000)", ds) or len(ds) in (2, 3, 4)):
            return None
        if len(ds) == 8 and 1 <= int(ds[2:4]) <= 12:
            return None
        if re.search(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b", joined):
            return None
        return "bad dob %r" % n
    if typ == "EXPIRY":
        n = normalise(joined)
        ds = re.sub(r"\D", "", n)
        if any(m in n for m in MONTHS) and len(ds) in (2, 4):
            return None
        if len(ds) in (4, 6) and 1 <= int(ds[:2]) <= 12:
            return None
        return "bad expiry %r" % n
    if typ == "ADDRESS":
        n = normalise(joined)
        low = re.findall(r"[a-z]+", joined.lower())
        if re.search(r"\d", n) and any(w.rstrip(".") in ADDR_WORDS for w in low):
            return None
        return "bad address %r" % joined
    n = re.sub(r"\D", "", normalise(joined.replace("(0)", "")))
    if n != re.sub(r"\D", "", canon):
        return "%s digits %r != %r" % (typ, n, canon)
    ok = {"CARD_NUMBER": 13 <= len(n) <= 19 and luhn_ok(n),
          "CVV": len(n) in (3, 4),
          "SSN": len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9",
          "BANK_ACCOUNT": 6 <= len(n) <= 12,
          "SORT_CODE": len(n) == 6,
          "PHONE": 9 <= len(n) <= 13}[typ]
    return None if ok else "bad %s %r" % (typ, n)


# ----------------------------------------------------------------- build
N_POS, N_NEG = 190, 115


def build():
    R.seed(SEED)
    lines, metas = [], []
    for i in range(N_POS):
        case = positive_case(i)
        obj, meta = render(case, "h270-pos-%03d" % (i + 1), "positive")
        lines.append(obj)
        metas.append((case, meta))
    for i in range(N_NEG):
        case = negative_case(i)
        obj, meta = render(case, "h270-neg-%03d" % (i + 1), "negative")
        lines.append(obj)
        metas.append((case, meta))
    text = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines)
    return text, lines, metas


def counts(lines):
    c = Counter()
    for o in lines:
        for s in o["spans"]:
            c[s["type"]] += 1
    return c


def readme(lines):
    c = counts(lines)
    npos = sum(1 for o in lines if o["kind"] == "positive")
    nneg = len(lines) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# PII hold-out set h270

**Never use this set for tuning.** It is a held-out evaluation set; looking at failures and then
changing the redactor to fix them makes the numbers meaningless.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the redaction code,
its tests, its documentation, the benchmark, or any other PII fixture; the only data looked at was a
three-line example of the JSONL format. Cases are produced by `scripts/make_pii_holdout270.py`
(standard library only, one `random.Random(%d)`), which builds each turn from plain-text segments and
(value, TYPE) segments so that span offsets are computed, never typed. `--check` regenerates the file,
requires byte-identity, and validates every span (offsets, word boundaries, no overlap, and the value
itself after normalising spoken forms: Luhn, mod-97, NI shape, SSN/sort-code/CVV/phone digit counts,
postcode shapes, e-mail shape).

Emphasis: longer whole calls and chats (typically 8-20 turns) in banking, telecom, utilities, retail,
insurance, travel, healthcare billing and government services, UK/Ireland and US/EU, where the PII
sits amid ordinary conversation containing non-PII numbers (amounts, dates, reference/ticket/order
numbers, times, counts, meter readings, flight numbers, ages).

## Annotation conventions

* A span covers the value itself: from its first to its last value token. Lead-ins ("it's", "yeah",
  "card number"), trailing remarks and the agent's question are outside the span.
* Filler words *inside* a reading ("four five um six ...") stay inside the span.
* A value split over several customer turns gets one span per turn (each the same type); agent
  back-channels ("mhm", "okay go on") are unlabelled.
* When the agent reads a value back, the read-back is labelled too.
* Self-corrections: both the abandoned and the corrected value are labelled (both are real numbers).
* Spelled letters: "b for bravo" / "c as in charlie" are inside the span, as are ASR homophones
  ("see", "are", "why").
* ADDRESS = flat/house number + street name + street type; the town is not labelled; postcode/ZIP is
  a separate POSTCODE span. US state abbreviations are not labelled.
* EXPIRY and CVV are labelled only in a card context; DOB only when asked/given as date of birth.
* Spoken e-mail spans run from the first local-part word to the top-level domain ("j dot smith at
  gmail dot com").
* Negative cases contain only non-PII numbers (money, balances, dates of payments/appointments/
  contracts, times, durations, counts, ages, temperatures, speeds, model numbers, meter readings,
  flight numbers, ticket/order/invoice/claim/case references said with their reference word).

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def check(text, lines, metas):
    problems = []
    if not os.path.exists(CASES):
        problems.append("missing %s" % CASES)
    else:
        with open(CASES, encoding="utf-8") as f:
            if f.read() != text:
                problems.append("cases.jsonl differs from regenerated output")
    if os.path.exists(README):
        with open(README, encoding="utf-8") as f:
            if f.read() != readme(lines):
                problems.append("README.md differs from regenerated output")
    else:
        problems.append("missing README")
    ids = [o["id"] for o in lines]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for o, (case, meta) in zip(lines, metas):
        if o["kind"] == "negative" and o["spans"]:
            problems.append("%s negative with spans" % o["id"])
        if o["kind"] == "positive" and not o["spans"]:
            problems.append("%s positive without spans" % o["id"])
        for t in o["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"].strip():
                problems.append("%s bad turn" % o["id"])
        byturn = {}
        groups = {}
        for s, gid in zip(o["spans"], meta):
            if s["type"] not in TYPES:
                problems.append("%s bad type" % o["id"])
            txt = o["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                problems.append("%s offsets out of range" % o["id"])
                continue
            if (st > 0 and txt[st - 1].isalnum()) or (en < len(txt) and txt[en].isalnum()):
                problems.append("%s span not on word boundary: %r" % (o["id"], txt[st:en]))
            if not ((txt[st].isalnum() or txt[st] in "+(") and txt[en - 1].isalnum()):
                problems.append("%s span has edge punctuation/space: %r" % (o["id"], txt[st:en]))
            byturn.setdefault(s["turn"], []).append((st, en))
            groups.setdefault(gid, []).append(txt[st:en])
        for spans in byturn.values():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                if b[0] < a[1]:
                    problems.append("%s overlapping spans" % o["id"])
        for gid, texts in groups.items():
            typ, canon = case.groups[gid]
            err = validate(typ, texts, canon)
            if err:
                problems.append("%s %s" % (o["id"], err))
    c = counts(lines)
    npos = sum(1 for o in lines if o["kind"] == "positive")
    nneg = len(lines) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases %d/%d" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            problems.append("type %s has %d spans < %d" % (t, c[t], need))
    lens = [len(o["turns"]) for o in lines]
    print("cases: %d positive, %d negative; turns per case min %d / mean %.1f / max %d" % (
        npos, nneg, min(lens), sum(lens) / len(lens), max(lens)))
    for t in TYPES:
        print("  %-13s %4d" % (t, c[t]))
    if problems:
        for p in problems[:60]:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        return 1
    print("check OK")
    return 0


def main():
    text, lines, metas = build()
    if "--check" in sys.argv:
        sys.exit(check(text, lines, metas))
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(lines))
    c = counts(lines)
    print("wrote %d cases to %s" % (len(lines), CASES))
    print(", ".join("%s=%d" % (t, c[t]) for t in TYPES))


if __name__ == "__main__":
    main()

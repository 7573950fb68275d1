#!/usr/bin/env python3
"""Generate the pii_holdout324 held-out PII evaluation set.

Written by an independent test author (AI helper) who did not see the
redaction engine.  Standard library only; one RNG: random.Random(324241125).

Usage:
    python scripts/make_pii_holdout324.py           # write cases.jsonl
    python scripts/make_pii_holdout324.py --check   # regenerate and verify
"""
import json
import os
import random
import re
import sys

R = random.Random(324241125)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout324", "cases.jsonl")

# ---------------------------------------------------------------- building
class Case:
    def __init__(self):
        self.turns = []   # list of (speaker, [segments])
        self.groups = {}  # gid -> (type, canonical, mode)
        self._g = 0

    def group(self, typ, canonical, mode="full"):
        self._g += 1
        self.groups[self._g] = (typ, canonical, mode)
        return self._g

    def turn(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))


def V(text, gid):
    return ("V", text, gid)


def render(case):
    turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(case.turns):
        buf = ""
        for s in segs:
            if isinstance(s, tuple):
                _, text, gid = s
                typ = case.groups[gid][0]
                spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(text), "type": typ})
                meta.append(gid)
                buf += text
            else:
                buf += s
        turns.append({"speaker": spk, "text": buf})
    return turns, spans, meta

# ---------------------------------------------------------------- spoken forms
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}
ORDW = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
ALTNATO = {"b": "bertie", "c": "charlie", "m": "mother", "p": "peter", "s": "sugar", "t": "tommy",
           "a": "apple", "h": "harry", "n": "nelly", "w": "william", "r": "robert", "j": "jack"}
FILLERS = ["um", "uh", "er", "erm"]


def zero_word():
    return R.choice(["oh", "oh", "zero", "nought", "o"])


def pairable(xy):
    return xy[0] != "0" and (xy[0] == "1" or xy[1] != "0")


def say_pair(xy):
    n = int(xy)
    if n < 20:
        return TEENW[n - 10]
    if n % 10 == 0:
        return TENSW[n // 10]
    return TENSW[n // 10] + " " + UNITW[n % 10]


def hundredable(xyz):
    if xyz[0] == "0":
        return False
    rest = xyz[1:]
    return rest == "00" or rest[0] in "01" or rest[1] != "0"


def say_hundred(xyz):
    s = UNITW[int(xyz[0])] + " hundred"
    rest = int(xyz[1:])
    if rest == 0:
        return s
    if rest < 10:
        return s + " and " + UNITW[rest]
    return s + " and " + say_pair(xyz[1:])


def say_singles(g, zw=None, runs=True):
    zw = zw or zero_word()
    out, i = [], 0
    while i < len(g):
        d = g[i]
        j = i
        while j < len(g) and g[j] == d:
            j += 1
        n = j - i
        w = zw if d == "0" else UNITW[int(d)]
        if runs and n >= 3 and R.random() < 0.7:
            out.append("triple " + w)
            i += 3
        elif runs and n >= 2 and R.random() < 0.7:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_group(g, zw=None, fancy=0.4):
    r = R.random()
    if r < fancy:
        if len(g) == 4 and pairable(g[:2]) and pairable(g[2:]):
            return say_pair(g[:2]) + " " + say_pair(g[2:])
        if len(g) == 3 and hundredable(g):
            return say_hundred(g)
        if len(g) == 2 and pairable(g):
            return say_pair(g)
    return say_singles(g, zw)


def say_groups(groups, filler=0.15, fancy=0.4, sep=None):
    zw = zero_word()
    parts = []
    for k, g in enumerate(groups):
        if k:
            parts.append(sep if sep is not None else R.choice([" ", ", ", " ", " ... "]))
            if R.random() < filler:
                parts.append(R.choice(FILLERS) + " ")
        parts.append(say_group(g, zw, fancy))
    return "".join(parts)


def split_len(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def say_letter(c, nato=0.5):
    c = c.lower()
    r = R.random()
    if r < nato and c in NATO:
        word = ALTNATO[c] if (c in ALTNATO and R.random() < 0.3) else NATO[c]
        return c + R.choice([" for ", " for ", " as in "]) + word
    return c


def say_year(y):
    s = str(y)
    if s.startswith("20") and s[2] == "0":
        return "two thousand" + ("" if s[3] == "0" else " and " + UNITW[int(s[3])])
    a, b = s[:2], s[2:]
    tail = say_pair(b) if pairable(b) else ("oh " + UNITW[int(b[1])] if b[0] == "0" else TENSW[int(b[0])])
    return (TENSW[int(a[0])] if a[1] == "0" else say_pair(a)) + " " + tail


def say_day(d):
    if d <= 20:
        return ORDW[d]
    if d == 30:
        return "thirtieth"
    return TENSW[d // 10] + " " + ORDW[d % 10] if d % 10 else "twentieth"

# ---------------------------------------------------------------- value generators
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card():
    kind = R.choices(["visa", "mc", "amex", "disc", "visa13", "up19", "mc2"], [30, 22, 12, 6, 3, 4, 5])[0]
    pre, n = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55"]), 16),
              "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
              "up19": ("62", 19), "mc2": (str(R.randint(2221, 2720)), 16)}[kind]
    body = pre + "".join(R.choice("0123456789") for _ in range(n - 1 - len(pre)))
    return body + luhn_digit(body)


def card_groups(c):
    if len(c) == 15:
        return split_len(c, [4, 6, 5])
    if len(c) == 13:
        return split_len(c, [4, 4, 5])
    return split_len(c, [4, 4, 4, 4, 3])


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and p.lower() not in SKIP:
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def gen_iban():
    c = R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    d = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + d(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "ULSB"]) + d(14)
    elif c == "DE":
        bban = d(18)
    elif c == "FR":
        bban = d(23)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "TRIB"]) + d(10)
    else:
        bban = d(20)
    return c + iban_check(c, bban) + bban


def gen_phone():
    k = R.choice(["uk_mob", "uk_mob_int", "uk_land", "us", "us_int", "ie_int", "ie_mob", "fr_int", "de_int"])
    d = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if k == "uk_mob":
        return k, "07" + R.choice("3456789") + d(8)
    if k == "uk_mob_int":
        return k, "+447" + R.choice("3456789") + d(8)
    if k == "uk_land":
        return k, R.choice(["020", "0161", "0113", "0131", "0117", "0121"]) + d(7 if True else 8)
    if k == "us":
        return k, R.choice("2345678") + d(2) + R.choice("2345678") + d(6)
    if k == "us_int":
        return k, "+1" + R.choice("2345678") + d(2) + R.choice("2345678") + d(6)
    if k == "ie_int":
        return k, "+3538" + R.choice("35679") + d(7)
    if k == "ie_mob":
        return k, "08" + R.choice("35679") + d(7)
    if k == "fr_int":
        return k, "+33" + R.choice("67") + d(8)
    return k, "+4915" + d(9)


def fmt_phone(k, p):
    if k == "us":
        return R.choice(["%s-%s-%s", "%s.%s.%s", "%s %s %s", "%s%s%s"]) % (p[:3], p[3:6], p[6:])
    if k == "us_int":
        return R.choice(["+1 %s-%s-%s", "+1 (%s) %s-%s", "+1%s%s%s"]) % (p[2:5], p[5:8], p[8:])
    if k == "uk_mob":
        return R.choice(["%s %s", "%s%s", "%s-%s"]) % (p[:5], p[5:])
    if k == "uk_mob_int":
        return R.choice(["+44 %s %s", "+44%s%s", "+44 (0)%s %s"]) % (p[3:7], p[7:])
    if k == "uk_land":
        cut = 3 if p.startswith("020") else 4
        return p[:cut] + R.choice([" ", "-", ""]) + p[cut:]
    if k in ("ie_int", "fr_int", "de_int"):
        cc = {"ie_int": 4, "fr_int": 3, "de_int": 3}[k]
        return p[:cc] + " " + p[cc:cc + 3] + " " + p[cc + 3:]
    return p[:3] + " " + p[3:6] + " " + p[6:]


def say_phone(k, p):
    s = ""
    digits = p
    if p.startswith("+"):
        cc = {"+44": 3, "+1": 2, "+35": 4, "+33": 3, "+49": 3}[p[:3] if p[:3] in ("+44", "+35", "+33", "+49") else p[:2]]
        s = "plus " + " ".join(UNITW[int(x)] for x in p[1:cc]) + " "
        digits = p[cc:]
    groups = split_len(digits, [5, 3, 3]) if len(digits) == 11 else split_len(digits, [3, 3, 4])
    return s + say_groups(groups, filler=0.1)


FIRST = ["james", "sarah", "priya", "tom", "aoife", "liam", "chloe", "mohammed", "grace", "oliver",
         "niamh", "dan", "kelly", "marek", "sophie", "raj", "emma", "sean", "lucy", "jon"]
LAST = ["smith", "oconnor", "patel", "jones", "murphy", "walker", "nowak", "brown", "kelly", "evans",
        "taylor", "byrne", "hughes", "khan", "reid", "wright", "garcia", "lee", "martin", "doyle"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "protonmail.com", "aol.com", "sky.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    user = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + f[0], f + "." + l + str(R.randint(70, 99))])
    return user, R.choice(DOMAINS)


def say_email(user, dom):
    def sayw(w):
        out = []
        for part in re.findall(r"[a-z]+|\d+|[._]", w):
            if part == ".":
                out.append("dot")
            elif part == "_":
                out.append("underscore")
            elif part.isdigit():
                out.append(say_group(part, fancy=0.8))
            elif len(part) <= 2 or R.random() < 0.25:
                out.append(" ".join(part))
            else:
                out.append(part)
        return " ".join(out)
    return sayw(user) + R.choice([" at ", " at ", " at sign "]) + sayw(dom)


STREETS = ["mill lane", "park road", "church street", "victoria avenue", "station road", "high street",
           "the crescent", "oak drive", "maple close", "king street", "elm grove", "queens way",
           "bridge street", "orchard court", "meadow view", "main street", "sycamore terrace",
           "harbour road", "willow gardens", "castle hill"]
US_STREETS = ["elm street", "maple avenue", "oak boulevard", "washington ave", "sunset blvd",
              "pine court", "lakeview drive", "5th avenue", "cedar lane", "madison street"]
TOWNS = ["leeds", "manchester", "bristol", "cork", "galway", "glasgow", "cardiff", "york", "dublin", "norwich"]
US_TOWNS = ["austin", "columbus", "denver", "portland", "tampa", "raleigh", "phoenix"]
PC_AREAS = ["LS", "M", "BS", "G", "CF", "YO", "NR", "SW", "E", "N", "B", "EH", "RG", "CB", "LE"]


def gen_postcode_uk():
    a = R.choice(PC_AREAS)
    dist = str(R.randint(1, 28))
    if a in ("SW", "E") and R.random() < 0.3:
        dist = str(R.randint(1, 9)) + R.choice("AW")
    while True:
        inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
        if inward[1:].lower() not in SKIP:
            break
    return a + dist, inward


def gen_zip():
    z = "%05d" % R.randint(10001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


def say_postcode(out, inw):
    parts = []
    for ch in out + inw:
        if ch.isdigit():
            parts.append(UNITW[int(ch)] if ch != "0" else "zero")
        else:
            parts.append(say_letter(ch, 0.35))
    k = len(out)
    return " ".join(parts[:k]) + R.choice([" ", " ... ", ", "]) + " ".join(parts[k:])

# ---------------------------------------------------------------- context
INDUSTRY = {
    "banking": ["thanks for calling northgate bank", "you're through to the card services team",
                "welcome to harbour building society"],
    "telecom": ["thanks for calling skyline mobile", "you're through to broadband support at fibrelink"],
    "utilities": ["thank you for calling brightwater energy", "you've reached the gas and electric billing team"],
    "retail": ["thanks for contacting homeware direct", "you're chatting with the orders team at stylebox"],
    "insurance": ["thank you for calling shieldline insurance", "you're through to claims at arrowcover"],
    "travel": ["thanks for calling skyway holidays", "you're through to rail bookings"],
    "healthcare": ["thanks for calling the hospital billing office", "patient accounts, how can i help"],
    "government": ["you're through to the tax credits helpline", "this is the benefits enquiry line"],
}


def opener(allowed=None):
    ind = R.choice(allowed or list(INDUSTRY))
    return ind, R.choice(INDUSTRY[ind])


BACK = ["mhm", "go on", "yep", "okay", "yes", "uh huh", "right", "got that", "and the rest", "carry on"]

# ---------------------------------------------------------------- positive templates
def typed_card(c):
    g = card_groups(c)
    r = R.random()
    if r < 0.35:
        return " ".join(g)
    if r < 0.55:
        return "-".join(g)
    if r < 0.7:
        return c
    if r < 0.8:
        return "  ".join(g)
    if r < 0.9 and len(c) == 16:
        return " ".join(split_len(c, [3, 5, 4, 4]))
    return ".".join(g)


def typed_expiry():
    m, y = R.randint(1, 12), R.randint(2025, 2032)
    return R.choice(["%02d/%02d" % (m, y % 100), "%d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                     "%02d/%d" % (m, y), "%s %d" % (MONTHS[m - 1][:3].title(), y)])


def spoken_expiry():
    m, y = R.randint(1, 12), R.randint(2025, 2032)
    r = R.random()
    if r < 0.4:
        return (("oh " + UNITW[m]) if m < 10 else say_pair("%02d" % m)) + " " + say_pair("%02d" % (y % 100))
    if r < 0.7:
        return MONTHS[m - 1] + " " + say_year(y)
    return (UNITW[m] if m < 10 else say_pair("%02d" % m)) + R.choice([" slash ", " "]) + say_pair("%02d" % (y % 100))


def cvv_value(card):
    return "".join(R.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))


def pos_chat_card(c):
    ind, op = opener(["banking", "retail", "travel", "telecom", "utilities", "insurance", "healthcare"])
    card = gen_card()
    g = c.group("CARD_NUMBER", card)
    lab = R.choice(["card no: ", "Card number - ", "its ", "card is ", "long number: ", "ok the card is ", "CC#", "Here you go: "])
    parts = [lab, V(typed_card(card), g)]
    if R.random() < 0.7:
        e = c.group("EXPIRY", None)
        parts += [R.choice([" exp ", " expiry ", ", expires ", " valid thru ", " EXP: "]), V(typed_expiry(), e)]
    if R.random() < 0.6:
        v = c.group("CVV", None)
        parts += [R.choice([" cvv ", " and the security code is ", ", CVC: ", " sec code "]), V(cvv_value(card), v)]
    c.turn("agent", "Hi, " + op + ". To take the payment I'll need the card details please.")
    c.turn("customer", *parts)
    if R.random() < 0.4:
        c.turn("agent", "Thanks, that's gone through. Your card ending " , V(card[-4:], c.group("CARD_NUMBER", card, "suffix")), " has been charged.")
    else:
        c.turn("agent", "Thanks, processing now.")
    return "typed card in %s chat" % ind


def pos_call_card(c):
    ind, op = opener(["banking", "retail", "travel", "telecom", "utilities", "insurance", "healthcare"])
    card = gen_card()
    groups = card_groups(card)
    c.turn("agent", op + " so if you just read me the long number on the front of the card")
    style = R.random()
    if style < 0.45:
        # split across turns with backchannels
        g = c.group("CARD_NUMBER", card)
        k = R.randint(1, len(groups) - 1)
        chunks = [groups[:k], groups[k:]]
        if len(groups[k:]) > 1 and R.random() < 0.5:
            k2 = R.randint(1, len(chunks[1]) - 1)
            chunks = [chunks[0], chunks[1][:k2], chunks[1][k2:]]
        for i, ch in enumerate(chunks):
            pre = R.choice(["yeah it's ", "okay ", "", "um ", "so "]) if i == 0 else R.choice(["", "then ", "and ", ""])
            c.turn("customer", pre, V(say_groups(ch), g))
            if i < len(chunks) - 1:
                c.turn("agent", R.choice(BACK))
        note = "spoken card split over %d turns" % len(chunks)
    elif style < 0.65:
        # aside in the middle
        g = c.group("CARD_NUMBER", card)
        k = R.randint(1, len(groups) - 1)
        aside = R.choice([" hang on i need my glasses ", " sorry the dog's barking ", " wait is that a six yeah ",
                          " hold on the light's bad in here ", " one sec "])
        c.turn("customer", "right it's ", V(say_groups(groups[:k]), g), aside, V(say_groups(groups[k:]), g))
        note = "spoken card with aside mid reading"
    elif style < 0.8:
        # restarted reading; the abandoned fragment is also labelled
        f = c.group("CARD_NUMBER", card, "prefix")
        g = c.group("CARD_NUMBER", card)
        k = R.randint(1, 2)
        c.turn("customer", "it's ", V(say_groups(groups[:k]), f), R.choice([" no wait sorry let me start again ", " sorry i lost my place ", " oh hang on start again "]), V(say_groups(groups), g))
        note = "restarted card reading"
    else:
        g = c.group("CARD_NUMBER", card)
        c.turn("customer", R.choice(["", "yeah ", "okay so "]), V(say_groups(groups, filler=0.4), g))
        note = "spoken card one turn with hesitations"
    if R.random() < 0.55:
        rb = c.group("CARD_NUMBER", card)
        c.turn("agent", R.choice(["let me read that back ", "so that's ", "just to confirm "]), V(say_groups(groups, filler=0, fancy=0.1), rb), R.choice([" is that right", " correct", ""]))
        c.turn("customer", R.choice(["yes", "that's it", "yep spot on"]))
        note += " + agent read-back"
    elif R.random() < 0.5:
        c.turn("agent", "and that's the card ending ", V(say_groups([card[-4:]], fancy=0.5), c.group("CARD_NUMBER", card, "suffix")), " yeah")
        c.turn("customer", "yeah")
        note += " + last four after full read"
    if R.random() < 0.6:
        c.turn("agent", "and the expiry date")
        c.turn("customer", R.choice(["it's ", "", "um "]), V(spoken_expiry(), c.group("EXPIRY", None)))
    if R.random() < 0.6:
        c.turn("agent", "and the three digits on the back" if len(card) != 15 else "and the four digit code on the front")
        cv = cvv_value(card)
        c.turn("customer", V(say_groups([cv], fancy=0.3), c.group("CVV", cv)))
    return note + " (%s)" % ind


def typed_ssn(s):
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])


def pos_ssn(c):
    ind, op = opener(["banking", "healthcare", "insurance", "telecom", "retail"])
    s = gen_ssn()
    g = c.group("SSN", s)
    if R.random() < 0.45:
        c.turn("agent", "Hello, " + op + ". Could you confirm your Social Security number for verification?")
        c.turn("customer", R.choice(["ssn: ", "SSN is ", "sure its ", "social: ", "ss# ", "my social is "]), V(typed_ssn(s), g),
               R.choice(["", " thanks", ". I also moved recently", " - why do you need it?"]))
        note = "typed SSN"
    else:
        c.turn("agent", op + " can i get your social security number please")
        grp = [s[:3], s[3:5], s[5:]]
        if R.random() < 0.5:
            c.turn("customer", R.choice(["yeah it's ", "sure ", "okay um "]), V(say_groups(grp[:2]), g))
            c.turn("agent", R.choice(BACK))
            c.turn("customer", V(say_groups(grp[2:]), g))
            note = "spoken SSN split"
        else:
            c.turn("customer", R.choice(["it's ", "", "yeah my social is "]), V(say_groups(grp, filler=0.3), g))
            note = "spoken SSN"
        if R.random() < 0.5:
            c.turn("agent", "thank you i have ", V(say_groups(grp, filler=0, fancy=0.2), c.group("SSN", s)))
            note += " + read-back"
    return note + " (%s)" % ind


def typed_ni(n):
    r = R.random()
    if r < 0.3:
        return n
    if r < 0.55:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if r < 0.75:
        return n.lower()
    if r < 0.9:
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def say_ni(n):
    a = " ".join(say_letter(ch, 0.5) for ch in n[:2])
    return a, say_groups([n[2:4], n[4:6], n[6:8]], filler=0.15, fancy=0.5), say_letter(n[8], 0.5)


def pos_ni(c):
    ind, op = opener(["government", "banking", "insurance", "utilities"])
    n = gen_ni()
    g = c.group("NI_NUMBER", n)
    if R.random() < 0.4:
        c.turn("agent", "Hi, " + op + ". Can you give me your National Insurance number?")
        c.turn("customer", R.choice(["NI no: ", "ni number ", "It's ", "NINO ", "national insurance - ", ""]), V(typed_ni(n), g))
        note = "typed NI number"
    else:
        c.turn("agent", op + " can i take your national insurance number")
        a, b, d = say_ni(n)
        if R.random() < 0.5:
            c.turn("customer", "yeah it's ", V(a, g))
            c.turn("agent", R.choice(BACK))
            c.turn("customer", V(b, g))
            c.turn("agent", R.choice(["and the letter at the end", "mhm", "and the last letter"]))
            c.turn("customer", R.choice(["", "it's ", "uh "]), V(d, g))
            note = "spoken NI split over three turns"
        else:
            c.turn("customer", R.choice(["sure it's ", "", "okay "]), V(a + " " + b + " " + d, g))
            note = "spoken NI with letters"
        if R.random() < 0.4:
            c.turn("agent", "lovely so that's ", V(" ".join(n[:2].lower()) + " " + say_groups([n[2:4], n[4:6], n[6:8]], filler=0, fancy=0.2) + " " + n[8].lower(), c.group("NI_NUMBER", n)))
            note += " + read-back"
    return note + " (%s)" % ind


def pos_bank(c):
    acct = "".join(R.choice("0123456789") for _ in range(8))
    sc = "".join(R.choice("0123456789") for _ in range(6))
    ga, gs = c.group("BANK_ACCOUNT", acct), c.group("SORT_CODE", sc)
    if R.random() < 0.45:
        c.turn("agent", "To set up the direct debit please send your sort code and account number.")
        scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.turn("customer", R.choice(["sort code ", "s/c: ", "Sort: "]), V(scf, gs), R.choice([" acct no: ", ", account ", " a/c "]), V(acct, ga))
        note = "typed sort code + account"
    else:
        c.turn("agent", "okay for the direct debit can i take the sort code first")
        c.turn("customer", R.choice(["it's ", "yeah ", ""]), V(say_groups([sc[:2], sc[2:4], sc[4:]], fancy=0.6), gs))
        c.turn("agent", R.choice(["and the account number", "lovely and the account number"]))
        if R.random() < 0.5:
            c.turn("customer", V(say_groups([acct[:4]]), ga))
            c.turn("agent", R.choice(BACK))
            c.turn("customer", V(say_groups([acct[4:]]), ga))
        else:
            c.turn("customer", "um ", V(say_groups([acct[:4], acct[4:]], filler=0.3), ga))
        note = "spoken sort code + account"
    return note


def pos_us_bank(c):
    acct = "".join(R.choice("0123456789") for _ in range(R.randint(10, 12)))
    g = c.group("BANK_ACCOUNT", acct)
    if R.random() < 0.5:
        c.turn("customer", R.choice(["Checking acct #: ", "acct no: ", "account number is "]), V(acct, g), " for the refund please")
    else:
        c.turn("agent", "which account should the refund go to")
        c.turn("customer", "the checking account it's ", V(say_groups(split_len(acct, [3, 3, 4, 2])), g))
    return "US bank account for refund"


def typed_iban(i):
    r = R.random()
    if r < 0.45:
        return " ".join(split_len(i, [4] * 9))
    if r < 0.7:
        return i
    if r < 0.85:
        return i.lower()
    return " ".join(split_len(i.lower(), [4] * 9))


def pos_iban(c):
    i = gen_iban()
    g = c.group("IBAN", i)
    if R.random() < 0.7:
        c.turn("agent", "Please provide the IBAN for the refund.")
        c.turn("customer", R.choice(["IBAN: ", "iban ", "its ", "IBAN no. "]), V(typed_iban(i), g), R.choice(["", " (current account)", " thx"]))
        return "typed IBAN"
    c.turn("agent", "go ahead with the iban")
    letters = " ".join(say_letter(ch, 0.3) for ch in i[:2])
    rest = i[2:]
    parts = [letters, say_groups([rest[:2]], fancy=0.5)]
    chunks = split_len(rest[2:], [4] * 8)
    for ch in chunks:
        if ch.isdigit():
            parts.append(say_groups([ch], fancy=0.3))
        else:
            parts.append(" ".join(say_letter(x, 0.2) if x.isalpha() else UNITW[int(x)] for x in ch))
    c.turn("customer", V(" ".join(parts), g))
    return "spoken IBAN"


def pos_phone(c):
    ind, op = opener()
    k, p = gen_phone()
    g = c.group("PHONE", p)
    if R.random() < 0.5:
        c.turn("agent", "Hi, " + op + ". What's the best number to reach you on?")
        c.turn("customer", R.choice(["tel: ", "mob ", "call me on ", "Phone - ", "best number is ", "", "my cell is "]), V(fmt_phone(k, p), g), R.choice(["", " after 5pm", ", thanks", " (mobile)"]))
        note = "typed phone %s" % k
    else:
        c.turn("agent", op + " and a contact number for you")
        c.turn("customer", R.choice(["yeah it's ", "okay ", "um ", ""]), V(say_phone(k, p), g))
        if R.random() < 0.4:
            c.turn("agent", "so that's ", V(say_phone(k, p), c.group("PHONE", p)))
            c.turn("customer", "that's it")
        note = "spoken phone %s" % k
    return note + " (%s)" % ind


def pos_email(c):
    user, dom = gen_email()
    g = c.group("EMAIL", user + "@" + dom)
    if R.random() < 0.5:
        e = user + "@" + dom
        e = R.choice([e, e, e.title() if R.random() < 0.3 else e.upper() if R.random() < 0.2 else e])
        c.turn("agent", "What email should we send the confirmation to?")
        c.turn("customer", R.choice(["email: ", "its ", "", "e-mail is ", "send to "]), V(e, g), R.choice(["", " pls", " - not the work one"]))
        return "typed email"
    c.turn("agent", "and an email address for the confirmation")
    c.turn("customer", R.choice(["yeah it's ", "okay so it's ", ""]), V(say_email(user, dom), g))
    if R.random() < 0.3:
        c.turn("agent", "let me repeat that ", V(say_email(user, dom), c.group("EMAIL", user + "@" + dom)))
    return "spoken email"


def typed_dob(d, m, y):
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%02d" % (d, m, y % 100), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                     "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%d" % (d, m, y),
                     "%d%s %s %d" % (d, "th" if 4 <= d <= 20 or d >= 24 else ["st", "nd", "rd"][d % 10 - 1], MONTHS[m - 1][:3], y)])


def spoken_dob(d, m, y):
    r = R.random()
    if r < 0.5:
        return say_day(d) + R.choice([" of ", " "]) + MONTHS[m - 1] + " " + say_year(y)
    if r < 0.75:
        return MONTHS[m - 1] + " " + say_day(d) + " " + say_year(y)
    return say_group("%02d" % d, fancy=0.8) + " " + say_group("%02d" % m, fancy=0.5) + " " + say_year(y)


def rand_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2005)


def pos_dob(c):
    ind, op = opener()
    d, m, y = rand_dob()
    g = c.group("DOB", None)
    if R.random() < 0.45:
        c.turn("agent", "Hello, " + op + ". For security, what's your date of birth?")
        c.turn("customer", R.choice(["DOB ", "dob: ", "born ", "", "It's "]), V(typed_dob(d, m, y), g))
        note = "typed DOB"
    else:
        c.turn("agent", op + " can i take your date of birth")
        c.turn("customer", R.choice(["it's the ", "yeah ", "um ", ""]), V(spoken_dob(d, m, y), g))
        note = "spoken DOB"
    return note + " (%s)" % ind


def pos_address(c):
    us = R.random() < 0.3
    num = R.randint(1, 240)
    if us:
        street = R.choice(US_STREETS)
        z = gen_zip()
        town = R.choice(US_TOWNS)
        ga, gp = c.group("ADDRESS", None), c.group("POSTCODE", z.replace("-", ""))
        if R.random() < 0.5:
            addr = "%d %s" % (num, street.title()) + (R.choice([" Apt %d" % R.randint(1, 30), ""]))
            c.turn("agent", "Can you confirm the billing address?")
            c.turn("customer", V(addr, ga), ", %s, TX " % town.title(), V(z, gp))
            return "typed US address + ZIP"
        c.turn("agent", "and the billing address please")
        c.groups[gp] = ("POSTCODE", z[:5], "full")
        c.turn("customer", V(say_group(str(num), fancy=0.6) + " " + street, ga), " in " + town + " ", V(say_groups([z[:5]], fancy=0.3), gp))
        return "spoken US address + ZIP"
    street = R.choice(STREETS)
    out, inw = gen_postcode_uk()
    town = R.choice(TOWNS)
    ga, gp = c.group("ADDRESS", None), c.group("POSTCODE", out + inw)
    if R.random() < 0.5:
        flat = R.random() < 0.3
        addr = ("Flat %d, " % R.randint(1, 12) if flat else "") + "%d %s" % (num, street.title() if R.random() < 0.6 else street)
        pc = R.choice([out + " " + inw, out + inw, (out + " " + inw).lower()])
        c.turn("agent", "What's the address on the account?")
        c.turn("customer", R.choice(["", "It's ", "addr: "]), V(addr, ga), ", %s " % town.title(), V(pc, gp))
        return "typed UK address + postcode"
    c.turn("agent", "can you confirm the first line of the address and the postcode")
    flat = R.random() < 0.3
    addr = ("flat " + say_group(str(R.randint(1, 12))) + " " if flat else "") + say_group(str(num), fancy=0.7) + " " + street
    c.turn("customer", "yeah it's ", V(addr, ga))
    c.turn("agent", R.choice(["mhm and the postcode", "and the postcode"]))
    c.turn("customer", V(say_postcode(out, inw), gp))
    return "spoken UK address + postcode"


def pos_idv(c):
    """Identity verification combining DOB, postcode and phone."""
    ind, op = opener()
    d, m, y = rand_dob()
    c.turn("agent", op + " before i go into the account can i take your date of birth")
    c.turn("customer", V(spoken_dob(d, m, y), c.group("DOB", None)))
    c.turn("agent", "and the postcode")
    if R.random() < 0.6:
        out, inw = gen_postcode_uk()
        c.turn("customer", "it's ", V(say_postcode(out, inw), c.group("POSTCODE", out + inw)))
    else:
        z = gen_zip()[:5]
        c.turn("customer", "the zip is ", V(say_groups([z], fancy=0.3), c.group("POSTCODE", z)))
    c.turn("agent", "and the phone number on the account")
    k, p = gen_phone()
    c.turn("customer", V(say_phone(k, p), c.group("PHONE", p)))
    return "ID&V: DOB + postcode + phone (%s)" % ind


def pos_email_case_mix(c):
    user, dom = gen_email()
    k, p = gen_phone()
    c.turn("customer", "Hi, please update my details. New email ", V((user + "@" + dom).upper() if R.random() < 0.3 else user + "@" + dom, c.group("EMAIL", None)),
           " and new number ", V(fmt_phone(k, p), c.group("PHONE", p)), ". Ref 88213 thx")
    c.turn("agent", "Thanks, both updated.")
    return "typed email + phone update with a non-PII ref"

# ---------------------------------------------------------------- negative templates
def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def neg_cases():
    t = []
    fake = gen_card()
    t.append(lambda: ("order number that looks like a card", [("agent", "Your order number is %s, keep it for returns." % " ".join(split_len(gen_card(), [4, 4, 4, 4])))]))
    t.append(lambda: ("tracking number spoken in groups", [("customer", "i'm calling about a parcel"), ("agent", "the tracking number is %s" % say_groups(split_len(rdig(16), [4, 4, 4, 4]), filler=0))]))
    t.append(lambda: ("card last four only", [("agent", "is that the card ending %s" % say_groups([rdig(4)], fancy=0.5)), ("customer", "yeah the one ending in %s" % rdig(4))]))
    t.append(lambda: ("typed last four", [("customer", "Please charge the Visa ending %s, not the Amex ending in %s." % (rdig(4), rdig(4)))]))
    t.append(lambda: ("balance and payment amount", [("agent", "your balance is four hundred and twelve pounds %s and the minimum payment is %s pounds" % (say_pair(str(R.randint(21, 99))) if str(R.randint(21, 99))[1] != "0" else "fifty", say_pair(str(R.randint(11, 19)))))]))
    t.append(lambda: ("amounts typed", [("customer", "I was charged $%d.%02d twice, and then £%s,%03d.00 on the %dth" % (R.randint(10, 999), R.randint(0, 99), R.randint(1, 9), R.randint(0, 999), R.randint(4, 20)))]))
    t.append(lambda: ("opening hours and times", [("agent", "we're open eight till eight monday to friday and nine till %s on saturdays, the store at %d:%02d" % (R.choice(["five", "half four", "one"]), R.randint(9, 18), R.choice([0, 15, 30, 45])))]))
    t.append(lambda: ("durations and counts", [("agent", "the engineer will take about %d minutes and you have %d devices on the plan, %d texts used" % (R.randint(20, 90), R.randint(2, 9), R.randint(100, 4000)))]))
    t.append(lambda: ("age, temperature, percentage", [("customer", "my son's %d and he had a temperature of thirty eight point %s, is the %d%% discount still on" % (R.randint(3, 17), UNITW[R.randint(1, 9)], R.choice([10, 15, 20, 25])))]))
    t.append(lambda: ("appointment date", [("agent", "i can book you in on the %s of %s at %s, is that okay" % (say_day(R.randint(1, 28)), R.choice(MONTHS), R.choice(["ten thirty", "two o'clock", "quarter past nine"]))), ("customer", "yes the %s works" % say_day(R.randint(1, 28)))]))
    t.append(lambda: ("payment/contract dates typed", [("agent", "Your contract ends on %02d/%02d/%d and the next payment is due %d %s %d." % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2028), R.randint(1, 28), R.choice(MONTHS).title(), R.randint(2025, 2027)))]))
    t.append(lambda: ("invoice number", [("customer", "Invoice INV-%d-%06d was paid already, see attached." % (R.randint(2021, 2026), R.randint(1, 999999)))]))
    t.append(lambda: ("claim number 9 digits like SSN", [("agent", "your claim number is %s" % "-".join(split_len(rdig(9), [3, 2, 4]))), ("customer", "okay thanks")]))
    t.append(lambda: ("policy number", [("customer", "policy number %s%s" % (R.choice(["POL", "HM", "MTR"]), rdig(8))), ("agent", "thanks i've found the policy")]))
    t.append(lambda: ("reference that looks like NI", [("agent", "Your case reference is %s%s%s, please quote it." % (R.choice(["CR", "TK", "RF"]), rdig(6), R.choice("ABCD")))]))
    t.append(lambda: ("meter reading spoken", [("agent", "and the meter reading"), ("customer", "it's %s" % say_groups([rdig(5)], filler=0.3)), ("agent", "lovely the reading's in")]))
    t.append(lambda: ("meter serial typed", [("customer", "Meter serial %s%s, reading %s kWh" % (R.choice(["E6S", "K", "Z"]), rdig(8), rdig(5)))]))
    t.append(lambda: ("flight, gate, seat", [("agent", "you're on %s%s from gate %d%s, seat %d%s" % (R.choice(["BA", "EI", "FR", "U2", "LH"]), R.randint(100, 9999), R.randint(1, 60), R.choice(["", "A", "B"]), R.randint(1, 40), R.choice("ABCDEF")))]))
    t.append(lambda: ("room number and booking ref spoken", [("customer", "i'm in room %s" % say_group(str(R.randint(100, 999)), fancy=1)), ("agent", "and the booking reference"), ("customer", "%s" % " ".join(say_letter(x, 0.5) for x in R.sample("BCDFGHJKLMNPRSTWXYZ", 3)) + " " + say_groups([rdig(3)]))]))
    t.append(lambda: ("road names", [("customer", "there's a jam on the %s near junction %d so the driver took the %s" % (R.choice(["m25", "a40", "m62", "n7", "i95"]), R.randint(1, 30), R.choice(["b4009", "a road", "a14"])))]))
    t.append(lambda: ("model and serial number", [("customer", "Model %s, serial number %s" % (R.choice(["SM-G991B", "WM14N200GB", "KDL-55W", "XR-2291"]), rdig(12)))]))
    t.append(lambda: ("ticket number spoken like card", [("agent", "your ticket number is %s" % say_groups(split_len(rdig(16), [4, 4, 4, 4]))), ("customer", "can you repeat that"), ("agent", "sure it's the same as in the email")]))
    t.append(lambda: ("years", [("customer", "i've been with you since %s and the car is a %d model" % (say_year(R.randint(1990, 2019)), R.randint(2005, 2023)))]))
    t.append(lambda: ("long account-like loyalty number with label", [("customer", "Loyalty card number %s, points balance %d" % (" ".join(split_len(rdig(16), [4, 4, 4, 4])), R.randint(100, 20000)))]))
    t.append(lambda: ("customer reference 8 digits with label", [("agent", "and your customer reference number is %s" % rdig(8)), ("customer", "yep that's on the letter")]))
    t.append(lambda: ("order number 10 digits like US phone", [("customer", "Order #%s hasn't arrived, it was due %s" % (rdig(10), R.choice(["Tuesday", "yesterday", "last week"])))]))
    t.append(lambda: ("price per unit and tariff", [("agent", "the unit rate is %d point %s pence per kilowatt hour and the standing charge is %d pence a day" % (R.randint(20, 35), UNITW[R.randint(1, 9)], R.randint(40, 60)))]))
    t.append(lambda: ("hold times and queue position", [("agent", "sorry for the wait you were number %s in the queue, the wait was %d minutes" % (say_pair(str(R.randint(11, 19))), R.randint(5, 40)))]))
    t.append(lambda: ("parcel locker code", [("agent", "your locker code is %s and it's locker %d" % (rdig(6), R.randint(1, 80)))]))
    t.append(lambda: ("prescription number", [("customer", "it's about prescription number %s" % rdig(9)), ("agent", "i can see that prescription was dispensed on the %s" % say_day(R.randint(1, 28)))]))
    t.append(lambda: ("direct debit amount and date", [("agent", "the direct debit of %d pounds %d comes out on the %s of each month" % (R.randint(20, 300), R.randint(1, 99), say_day(R.randint(1, 28))))]))
    return t


# ---------------------------------------------------------------- assembly
def build():
    out = []
    plan = ([pos_chat_card] * 32 + [pos_call_card] * 38 + [pos_ssn] * 32 + [pos_ni] * 32 + [pos_bank] * 12 +
            [pos_us_bank] * 4 + [pos_iban] * 12 + [pos_phone] * 14 + [pos_email] * 12 + [pos_dob] * 10 +
            [pos_address] * 14 + [pos_idv] * 6 + [pos_email_case_mix] * 4)
    R.shuffle(plan)
    for i, fn in enumerate(plan, 1):
        c = Case()
        note = fn(c)
        out.append(("h324-pos-%03d" % i, "positive", c, note))
    negs = neg_cases()
    for i in range(1, 121):
        c = Case()
        note, turns = R.choice(negs)()
        for spk, text in turns:
            c.turn(spk, text)
        out.append(("h324-neg-%03d" % i, "negative", c, note))
    lines, metas = [], []
    for cid, kind, c, note in out:
        turns, spans, meta = render(c)
        lines.append(json.dumps({"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": note}, ensure_ascii=False))
        metas.append((c, meta))
    return "\n".join(lines) + "\n", metas

# ---------------------------------------------------------------- checking
WORDNUM = {w: str(i) for i, w in enumerate(UNITW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0"})
TEENS = {w: 10 + i for i, w in enumerate(TEENW)}
TENS = {w: k for k, w in TENSW.items()}
ORDU = {w: i for i, w in enumerate(ORDW) if w and i < 10}
ORDT = {w: i for i, w in enumerate(ORDW) if i >= 10}
ORDT.update({"thirtieth": 30})
SKIP = set(FILLERS) | {"dash", "hyphen", "space", "slash", "and", "for", "as", "in", "of", "the",
                       "sign", "x-ray"} | set(NATO.values()) | set(ALTNATO.values()) | set(MONTHS) \
    | {m[:3] for m in MONTHS}


def norm(text, dob=False):
    """Normalise typed or spoken value into uppercase digits/letters (+ kept)."""
    if dob:
        text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.lower())
    toks = re.findall(r"x-ray|[a-z]+|\d|\+", text.lower())
    out, i = [], 0
    nxt = lambda j: toks[j] if j < len(toks) else ""
    while i < len(toks):
        t = toks[i]
        if t.isdigit() or t == "+":
            out.append(t); i += 1
        elif t == "plus":
            out.append("+"); i += 1
        elif t in ("double", "triple") and nxt(i + 1) in WORDNUM:
            out.append(WORDNUM[nxt(i + 1)] * (2 if t == "double" else 3)); i += 2
        elif t in WORDNUM and t not in ("o",) or (t == "o"):
            if nxt(i + 1) == "hundred":
                v = WORDNUM[t]; i += 2
                if nxt(i) == "and":
                    i += 1
                    u = nxt(i)
                    if u in TEENS:
                        out.append(v + str(TEENS[u])); i += 1
                    elif u in TENS:
                        if nxt(i + 1) in WORDNUM and WORDNUM[nxt(i + 1)] != "0":
                            out.append(v + str(TENS[u]) + WORDNUM[nxt(i + 1)]); i += 2
                        else:
                            out.append(v + str(TENS[u]) + "0"); i += 1
                    else:
                        out.append(v + "0" + WORDNUM.get(u, "0")); i += 1
                else:
                    out.append(v + "00")
            elif nxt(i + 1) == "thousand":
                v = WORDNUM[t]; i += 2
                if nxt(i) == "and" and nxt(i + 1) in WORDNUM:
                    out.append(v + "00" + WORDNUM[nxt(i + 1)]); i += 2
                else:
                    out.append(v + "000")
            else:
                out.append(WORDNUM[t]); i += 1
        elif t in TEENS:
            out.append(str(TEENS[t])); i += 1
        elif t in ORDT:
            out.append(str(ORDT[t])); i += 1
        elif t in ORDU:
            out.append(str(ORDU[t])); i += 1
        elif t in TENS:
            u = nxt(i + 1)
            if u in WORDNUM and WORDNUM[u] != "0":
                out.append(str(TENS[t]) + WORDNUM[u]); i += 2
            elif u in ORDU:
                out.append(str(TENS[t]) + str(ORDU[u])); i += 2
            else:
                out.append(str(TENS[t]) + "0"); i += 1
        elif t in SKIP:
            i += 1
        else:
            out.append(t.upper()); i += 1
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.lower()
    m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "sign": ""}
    return "".join(m.get(w, w) for w in text.lower().split())


EMAIL_RE = re.compile(r"^[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_WORDS = {"lane", "road", "street", "avenue", "crescent", "drive", "close", "grove", "way", "court",
                "view", "terrace", "gardens", "hill", "ave", "blvd", "boulevard"}


def has_month(text):
    return any(re.search(r"\b%s" % m[:3], text.lower()) for m in MONTHS)


def validate(typ, text, canonical, mode):
    n = norm(text)
    if mode in ("prefix", "suffix"):
        return bool(n) and n.isdigit() and (canonical.startswith(n) if mode == "prefix" else canonical.endswith(n))
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) and (canonical is None or n == canonical)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n == canonical
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(n)) and n == canonical
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6 and n == canonical
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 8 <= len(n) <= 12 and n == canonical
    if typ == "IBAN":
        return len(n) >= 15 and n[:2].isalpha() and mod97_ok(n) and n == canonical
    if typ == "PHONE":
        return bool(re.match(r"^\+?\d{10,13}$", n)) and n == canonical
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(norm_email(text)))
    if typ == "POSTCODE":
        return (bool(UKPC_RE.match(n)) or bool(re.match(r"^\d{5}(\d{4})?$", n))) and n == canonical
    if typ == "DOB":
        n = norm(text, dob=True)
        d = re.sub(r"\D", "", n)
        return 5 <= len(d) <= 8 and (has_month(text) or bool(re.search(r"(19[3-9]\d|200\d)", d)) or len(d) <= 6)
    if typ == "EXPIRY":
        d = re.sub(r"\D", "", n)
        if has_month(text):
            return 2 <= len(d) <= 4
        return len(d) in (3, 4, 5, 6) and 1 <= int(d[0] if len(d) in (3, 5) else d[:2]) <= 12
    if typ == "ADDRESS":
        words = re.findall(r"[a-z]+|\d+", text.lower())
        return bool(words) and (words[0].isdigit() or words[0] in WORDNUM or words[0] in TEENS or words[0] in TENS
                                or words[0] in ("flat", "apt")) and bool(STREET_WORDS & set(words))
    return False


def check(path):
    data, metas = build()
    errs = []
    with open(path, encoding="utf-8") as f:
        disk = f.read()
    if disk != data:
        errs.append("file differs from regenerated output")
    ids = set()
    counts, npos, nneg = {}, 0, 0
    for line, (case, meta) in zip(disk.splitlines(), metas):
        obj = json.loads(line)
        cid = obj["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if obj["kind"] == "positive":
            npos += 1
            if not obj["spans"]:
                errs.append(cid + ": positive without spans")
        else:
            nneg += 1
            if obj["spans"]:
                errs.append(cid + ": negative with spans")
        for t in obj["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        if len(meta) != len(obj["spans"]):
            errs.append(cid + ": meta mismatch")
            continue
        prev = {}
        groups = {}
        for sp, gid in zip(obj["spans"], meta):
            ti, s, e = sp["turn"], sp["start"], sp["end"]
            if not (0 <= ti < len(obj["turns"])):
                errs.append(cid + ": turn out of range"); continue
            text = obj["turns"][ti]["text"]
            if not (0 <= s < e <= len(text)):
                errs.append(cid + ": offsets out of range"); continue
            if s > 0 and text[s - 1].isalnum():
                errs.append(cid + ": start not on word boundary %r" % text[s - 1:e])
            if e < len(text) and text[e].isalnum():
                errs.append(cid + ": end not on word boundary %r" % text[s:e + 1])
            if not (text[s].isalnum() or text[s] == "+") or not text[e - 1].isalnum():
                errs.append(cid + ": span edge not alnum %r" % text[s:e])
            if ti in prev and s < prev[ti]:
                errs.append(cid + ": overlapping/unsorted spans")
            prev[ti] = e
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
            groups.setdefault(gid, []).append(text[s:e])
        for gid, parts in groups.items():
            typ, canon, mode = case.groups[gid]
            joined = " ".join(parts)
            if not validate(typ, joined, canon, mode):
                errs.append("%s: %s value failed validation: %r -> %r (canon %r)" % (cid, typ, joined, norm(joined), canon))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for typ in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        if counts.get(typ, 0) < need.get(typ, 10):
            errs.append("too few %s spans: %d" % (typ, counts.get(typ, 0)))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d positive, %d negative" % (npos, nneg))
    for e in errs[:50]:
        print("ERROR", e)
    print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(dict(sorted(counts.items())))))
    print("CHECK FAILED (%d errors)" % len(errs) if errs else "CHECK OK")
    return not errs


def main():
    path = os.path.normpath(OUT)
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check(path) else 1)
    data, _ = build()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("wrote", path)


if __name__ == "__main__":
    main()

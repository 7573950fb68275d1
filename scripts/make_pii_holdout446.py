#!/usr/bin/env python3
"""Generate the pii_holdout446 held-out PII evaluation set (stdlib only).

Usage:
  python scripts/make_pii_holdout446.py          # (re)write cases.jsonl
  python scripts/make_pii_holdout446.py --check  # regenerate and verify

Every turn is assembled from plain-text segments and labelled value
segments, so span offsets are computed, never typed by hand.
"""
import argparse
import datetime
import json
import os
import random
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout446", "cases.jsonl")
SEED = 446241125
rng = None  # random.Random(SEED), created in generate()

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


def pick(seq):
    return seq[rng.randrange(len(seq))]


def chance(p):
    return rng.random() < p


def rdigits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


# --------------------------------------------------------------------------
# Case builder
# --------------------------------------------------------------------------
class Case:
    def __init__(self):
        self.turns, self.spans, self.groups = [], [], []

    def group(self, typ, canon, mode="full"):
        self.groups.append({"type": typ, "canon": canon, "mode": mode, "spans": []})
        return len(self.groups) - 1

    def say(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                gid, val = s
                start = len(text)
                text += val
                self.spans.append({"turn": len(self.turns), "start": start,
                                   "end": len(text), "type": self.groups[gid]["type"]})
                self.groups[gid]["spans"].append(len(self.spans) - 1)
        self.turns.append({"speaker": speaker, "text": text})


# --------------------------------------------------------------------------
# Spoken-number rendering
# --------------------------------------------------------------------------
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
        15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
FILL = ["um", "uh", "er", "erm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "o": "oscar", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
        "f": "freddie", "g": "george", "h": "harry", "j": "jack", "k": "king",
        "l": "london", "m": "mary", "n": "nelly", "p": "peter", "r": "robert",
        "s": "sugar", "t": "tommy", "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra"}
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go ahead", "lovely", "got that", "grand"]


def zero_word(reg):
    if reg == "UK":
        return pick(["oh", "oh", "nought", "zero", "o"])
    if reg == "IE":
        return pick(["oh", "oh", "zero", "o"])
    return pick(["zero", "zero", "oh"])


def dword(d, reg):
    return zero_word(reg) if d == "0" else UNIT[int(d)]


def two(dd):
    n = int(dd)
    if n < 20:
        return TEEN[n]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else TENS[t] + " " + UNIT[u]


def speak_group(g, reg, end_ok=True, p_pair=0.0, p_dbl=0.5, p_hund=0.0, p_fill=0.0):
    units, i, n = [], 0, len(g)
    trip = ["treble", "triple"] if reg in ("UK", "IE") else ["triple"]
    while i < n:
        rest = n - i
        if rest >= 3 and g[i] == g[i + 1] == g[i + 2] and chance(p_dbl):
            units.append(pick(trip) + " " + dword(g[i], reg)); i += 3; continue
        if rest >= 2 and g[i] == g[i + 1] and chance(p_dbl):
            units.append("double " + dword(g[i], reg)); i += 2; continue
        if rest >= 3 and g[i] != "0" and chance(p_hund):
            r = g[i + 1:i + 3]
            at_end = (i + 3 == n) and end_ok
            if r == "00":
                if at_end:
                    units.append(UNIT[int(g[i])] + " hundred"); i += 3; continue
            elif r[0] == "0":
                units.append(UNIT[int(g[i])] + " hundred and " + UNIT[int(r[1])]); i += 3; continue
            elif r[1] != "0" or at_end or int(r) < 20:
                units.append(UNIT[int(g[i])] + " hundred and " + two(r)); i += 3; continue
        if rest >= 2 and g[i] != "0" and chance(p_pair):
            r = g[i:i + 2]
            if r[1] != "0" or int(r) < 20 or ((i + 2 == n) and end_ok):
                units.append(two(r)); i += 2; continue
        units.append(dword(g[i], reg)); i += 1
    out = [units[0]]
    for u in units[1:]:
        if chance(p_fill):
            out.append(pick(FILL))
        out.append(u)
    return " ".join(out)


def partition(n, lo=2, hi=4):
    sizes = []
    while n > 0:
        k = min(n, rng.randint(lo, hi))
        if 0 < n - k < lo:
            k = n
        sizes.append(k)
        n -= k
    return sizes


def cut(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k]); i += k
    return out


def speak_digits(s, reg, sizes=None, sep=None, **kw):
    groups = cut(s, sizes or partition(len(s), 2, 4))
    sep = sep if sep is not None else pick([", ", " ", ", ", "... "])
    parts = []
    for k, g in enumerate(groups):
        end_ok = k == len(groups) - 1 or sep.strip() != ""
        parts.append(speak_group(g, reg, end_ok=end_ok, **kw))
    return sep.join(parts)


def say_letter(ch, p_nato=0.4):
    ch = ch.lower()
    if ch in "oi" or chance(p_nato):
        word = FOLK[ch] if (ch in FOLK and chance(0.4)) else NATO[ch]
        return f"{ch} {pick(['for', 'for', 'as in'])} {word}"
    return ch


def speak_alnum(s, reg, p_nato=0.3, p_pair=0.3):
    """Speak a short alphanumeric block char by char (letters maybe NATO)."""
    units, i = [], 0
    s = s.lower()
    while i < len(s):
        ch = s[i]
        if ch.isalpha():
            if i + 1 < len(s) and s[i + 1] == ch and ch not in "oi" and chance(0.5):
                units.append("double " + ch); i += 2; continue
            units.append(say_letter(ch, p_nato)); i += 1; continue
        # run of digits
        j = i
        while j < len(s) and s[j].isdigit():
            j += 1
        run = s[i:j]
        followed_by_letter = j < len(s)
        if len(run) == 2 and run[0] != "0" and chance(p_pair) and (run[1] != "0" or followed_by_letter or j == len(s)):
            units.append(two(run))
        else:
            units.append(speak_group(run, reg, end_ok=False, p_dbl=0.4))
        i = j
    return " ".join(units)


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
MONTHS = ["", "january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def suffix(d):
    return "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def spoken_2d(n, reg):
    return (zero_word(reg) if reg != "US" or chance(0.5) else "oh") + " " + UNIT[n] if n < 10 else two(f"{n:02d}")


def spoken_year(y, reg, short_ok=True):
    if short_ok and chance(0.25):
        return spoken_2d(y % 100, reg)
    if y < 2000:
        return "nineteen " + spoken_2d(y % 100, reg)
    if y == 2000:
        return "two thousand"
    if y < 2010 and chance(0.6):
        return "two thousand and " + UNIT[y % 10]
    return "twenty " + spoken_2d(y % 100, reg)


# --------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------
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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card():
    k = pick(["visa", "visa", "visa", "mc", "mc", "amex", "visa13", "maestro19", "discover"])
    if k == "visa":
        return luhn_complete("4" + rdigits(14))
    if k == "mc":
        return luhn_complete("5" + str(rng.randint(1, 5)) + rdigits(13))
    if k == "amex":
        return luhn_complete(pick(["34", "37"]) + rdigits(12))
    if k == "visa13":
        return luhn_complete("4" + rdigits(11))
    if k == "maestro19":
        return luhn_complete("6759" + rdigits(14))
    return luhn_complete("6011" + rdigits(11))


def card_sizes(card, odd=False):
    n = len(card)
    if odd:
        return pick({16: [[6, 6, 4], [3, 3, 3, 3, 4], [2, 2, 4, 4, 4], [4, 2, 2, 4, 4], [8, 8]],
                     15: [[4, 6, 5], [3, 3, 3, 3, 3], [5, 5, 5]],
                     13: [[4, 3, 3, 3], [3, 4, 3, 3], [5, 4, 4]],
                     19: [[4, 4, 4, 4, 3], [3, 4, 4, 4, 4], [6, 6, 7]]}[n])
    return {16: [4, 4, 4, 4], 15: [4, 6, 5], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3]}[n]


def make_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"
NI_RE = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def make_ni():
    while True:
        v = pick(NI_L1) + pick(NI_L2) + rdigits(6) + pick("ABCD")
        if NI_RE.match(v):
            return v


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban_ok(s):
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]+$", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "FR": 27, "ES": 24, "IT": 27, "BE": 16}


def make_iban(cc):
    if cc == "GB":
        return iban_make("GB", pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "BUKB"]) + rdigits(14))
    if cc == "IE":
        return iban_make("IE", pick(["AIBK", "BOFI", "IPBS", "ULSB"]) + rdigits(14))
    if cc == "DE":
        return iban_make("DE", rdigits(18))
    if cc == "NL":
        return iban_make("NL", pick(["ABNA", "RABO", "INGB", "TRIO"]) + rdigits(10))
    if cc == "FR":
        return iban_make("FR", rdigits(23))
    if cc == "ES":
        return iban_make("ES", rdigits(20))
    if cc == "IT":
        return iban_make("IT", pick("ABCDEFGHIJKLMNPRSTUVWXYZ") + rdigits(22))
    return iban_make("BE", rdigits(12))


UK_OUT = ["SW1A", "M1", "B33", "LS6", "CF10", "EH12", "G41", "BT7", "NE4", "BS8", "L17", "OX4",
          "CR0", "E14", "N16", "SE15", "W5", "PL4", "DN2", "KY16", "M20", "BT48", "S11", "NG7",
          "LL57", "AB10", "IV2", "TR1", "HU5", "WA14", "SK4", "YO31", "DE22", "RG1"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"
EIR_KEYS = ["D02", "D04", "D6W", "D08", "D15", "A65", "T12", "T23", "H91", "V94", "X91", "F92", "R95",
            "A94", "K78", "P31", "Y35", "N37", "W23"]
EIR_CH = "0123456789ACDEFHKNPRTVWXY"
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EIR_RE = re.compile(r"^([AC-FHKNPRTV-Y]\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}$")
ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")


def make_uk_pc():
    return pick(UK_OUT), str(rng.randrange(10)) + pick(INWARD_L) + pick(INWARD_L)


def make_eircode():
    return pick(EIR_KEYS), "".join(pick(EIR_CH) for _ in range(4))


def make_zip():
    z = f"{rng.randint(1001, 99950):05d}"
    return (z, rdigits(4)) if chance(0.3) else (z, "")


UK_STREETS = ["Kingsway Road", "Elm Grove", "Albert Terrace", "Mill Lane", "Castle Street",
              "Victoria Crescent", "Brookfield Avenue", "Rosemount Drive", "Church Walk", "Station Road",
              "Heather Close", "Beech Way", "Moorside Lane", "Queens Parade", "Ashgrove Gardens",
              "Larkhill Rise", "Nelson Street", "Thornbury Court", "Windsor Place", "Cromwell Mews",
              "Gallowgate", "Byres Road", "Lisburn Road", "Hawthorn Bank"]
IE_STREETS = ["Griffith Avenue", "Ballymun Road", "Main Street", "Strand Road", "Abbey Lane",
              "Oakpark Drive", "Fairgreen Terrace", "Church Hill", "Sarsfield Street", "Cois Cladaigh",
              "Glenageary Park", "Shandon Street", "Wellington Quay", "Mountjoy Square"]
US_STREETS = ["Maple Avenue", "Elm Street", "Lakeshore Drive", "Cedar Lane", "Pine Ridge Road",
              "Sunset Boulevard", "Oak Hollow Court", "Magnolia Way", "Hillcrest Ave", "Juniper St",
              "Willow Creek Dr", "Harbor View Rd"]
UK_TOWNS = ["Leeds", "Manchester", "Cardiff", "Belfast", "Glasgow", "Bristol", "Sheffield", "Nottingham",
            "Bangor", "Aberdeen", "Inverness", "Truro", "Hull", "Stockport", "York", "Derby", "Reading",
            "Liverpool", "Edinburgh", "Derry"]
IE_TOWNS = ["Dublin 9", "Galway", "Cork", "Limerick", "Waterford", "Athlone", "Drogheda", "Sligo",
            "Kilkenny", "Tralee", "Dun Laoghaire", "Letterkenny"]
US_TOWNS = ["Springfield, IL", "Austin, TX", "Portland, OR", "Columbus, OH", "Tampa, FL", "Albany, NY",
            "Boise, ID", "Madison, WI"]

FIRST = ["sarah", "james", "aoife", "ciaran", "priya", "tom", "niamh", "david", "mohammed", "emma",
         "sean", "grace", "liam", "chloe", "oisin", "fatima", "gareth", "rhiannon", "ewan", "kirsty",
         "maria", "jake", "dana", "marcus"]
LAST = ["doe", "oconnor", "murphy", "patel", "smith", "walsh", "jones", "byrne", "macleod", "evans",
        "kelly", "ahmed", "taylor", "brennan", "nguyen", "garcia", "hughes", "oneill", "campbell", "reid"]
DOMAINS = {"UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"],
           "IE": ["gmail.com", "eircom.net", "outlook.ie", "hotmail.com", "yahoo.ie"],
           "US": ["gmail.com", "yahoo.com", "aol.com", "icloud.com", "comcast.net"],
           "EU": ["gmail.com", "web.de", "orange.fr", "hotmail.es", "ziggo.nl"]}


def make_email(reg):
    f, l = pick(FIRST), pick(LAST)
    style = rng.randrange(6)
    num = str(rng.randint(1, 99)) if chance(0.5) else ""
    local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{num}", f"{f}_{l}", f"{l}.{f}{num}", f"{f}-{l}"][style]
    if not num and chance(0.3):
        local += str(rng.randint(60, 99))
    return local + "@" + pick(DOMAINS[reg])


def speak_email(e):
    local, dom = e.split("@")
    out = []
    for part in re.split(r"([._\-])", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part == "-":
            out.append(pick(["dash", "hyphen"]))
        elif part:
            m = re.match(r"^([a-z]*)(\d*)$", part)
            word, num = m.group(1), m.group(2)
            if word:
                if len(word) == 1:
                    out.append(say_letter(word, 0.5))
                elif chance(0.2):
                    out.append(word + ", that's " + " ".join(word))
                else:
                    out.append(word)
            if num:
                out.append(two(num) if len(num) == 2 and num[1] != "0" else " ".join(UNIT[int(x)] for x in num))
    out.append("at")
    for k, part in enumerate(dom.split(".")):
        if k:
            out.append("dot")
        out.append(part)
    return " ".join(out)


def make_phone(reg):
    """Return (canonical digits, written form, spoken groups list, country_code_str or '')."""
    if reg == "UK":
        kind = pick(["mob", "mob", "land"])
        if kind == "mob":
            nat = "07" + pick("45789") + rdigits(8)
            groups = pick([[5, 6], [5, 3, 3], [3, 4, 4], [4, 3, 4]])
        else:
            nat = pick(["0207946", "0161496", "0113496", "0131496", "0289018", "0292018", "0141496"]) + "0" + rdigits(3)
            groups = [3, 4, 4] if nat[:3] in ("020", "028", "029") else [4, 3, 4]
        cc = "44"
    elif reg == "IE":
        if chance(0.7):
            nat = "08" + pick("35679") + rdigits(7)
            groups = pick([[3, 3, 4], [3, 7], [3, 3, 2, 2]])
        else:
            nat = "01" + rdigits(7)
            groups = [2, 3, 4]
        cc = "353"
    else:
        nat = str(rng.randint(2, 9)) + rdigits(2) + "555" + "01" + rdigits(2)
        groups = [3, 3, 4]
        cc = "1"
    return nat, groups, cc


def phone_ok(d):
    pats = [r"07\d{9}", r"0[12]\d{8,9}", r"(44|0044)0?[127]\d{9}", r"(44|0044)0?[12]\d{8}",
            r"08[35679]\d{7}", r"01\d{7}", r"(353|00353)0?(8[35679]\d{7}|1\d{7})", r"1?[2-9]\d{2}555\d{4}"]
    return any(re.fullmatch(p, d) for p in pats)


COMPANIES = {
    "UK": [("banking", "northway bank"), ("banking", "harbour and dale building society"),
           ("telecom", "blueline mobile"), ("utilities", "pennine energy"), ("retail", "hartleys home store"),
           ("insurance", "thistle insurance"), ("travel", "skyhop airways"),
           ("government services", "the vehicle licensing helpline"), ("government services", "the council tax office"),
           ("healthcare billing", "the private patients billing team"), ("utilities", "clearwater water services")],
    "IE": [("banking", "liffey credit union"), ("telecom", "emerald telecom"), ("utilities", "shannon power"),
           ("travel", "atlantic ferries"), ("healthcare billing", "st brendans clinic billing"),
           ("insurance", "corrib insurance"), ("government services", "the motor tax office"), ("retail", "kerrigans stores")],
    "US": [("telecom", "coastal wireless"), ("utilities", "lakeshore gas and electric"), ("retail", "cobalt outfitters"),
           ("insurance", "granite mutual"), ("healthcare billing", "midtown medical billing"),
           ("government services", "the county revenue office"), ("banking", "prairie federal credit union"),
           ("travel", "sunbelt air")],
    "EU": [("travel", "eurorail bookings"), ("retail", "nordhaus online"), ("banking", "a fintech app support desk"),
           ("utilities", "an energy supplier in the netherlands")],
}
AGENTS = ["priya", "darren", "siobhan", "marco", "kate", "jamal", "fiona", "brian", "leanne", "tomasz", "ruth", "andy"]


def company(reg):
    return pick(COMPANIES[reg])


def greet_call(reg):
    ind, co = company(reg)
    return pick([f"thanks for calling {co}, you're through to {pick(AGENTS)}, how can i help",
                 f"good morning {co} {pick(AGENTS)} speaking",
                 f"hello you're through to {co}, my name's {pick(AGENTS)}, what can i do for you today",
                 f"hi there, {co}, {pick(AGENTS)} here, how can i help you"]), ind


def greet_chat(reg):
    ind, co = company(reg)
    co_t = co.title()
    return pick([f"Hi, thanks for contacting {co_t}. You're chatting with {pick(AGENTS).title()}. How can I help?",
                 f"Welcome to {co_t} live chat! How can I help today?",
                 f"Hello, {pick(AGENTS).title()} here from {co_t} - what can I do for you?"]), ind


def asr_reg(reg):
    return reg if reg != "EU" else "UK"


# --------------------------------------------------------------------------
# Positive scenarios
# --------------------------------------------------------------------------
def sp_kw(reg):
    return dict(p_pair=pick([0.0, 0.2, 0.4]), p_dbl=pick([0.3, 0.6, 0.9]),
                p_hund=pick([0.0, 0.0, 0.15]), p_fill=pick([0.0, 0.1, 0.2]))


def add_expiry(c, reg, spoken, who="customer"):
    m, y = rng.randint(1, 12), rng.randint(2025, 2032)
    g = c.group("EXPIRY", (m, y))
    if spoken:
        txt = pick([f"{dword('0', reg)} {UNIT[m]}" if m < 10 else two(str(m)),
                    MONTHS[m], UNIT[m] if m < 10 else two(str(m))]) + " " + spoken_year(y, reg)
        c.say("agent", pick(["and the expiry date", "expiry date please", "what's the expiry on it", "and when does it expire"]))
        c.say(who, pick(["it's ", "", "expires ", "um ", "the end of "]), (g, txt))
    else:
        txt = pick([f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}", f"{m}/{y % 100}", f"{m:02d}-{y % 100:02d}",
                    f"{MONTHS[m][:3].title()} {y}", f"{m:02d} {y % 100:02d}"])
        c.say("agent", pick(["And the expiry date?", "Thanks. Expiry please?", "What's the expiry date on the card?"]))
        c.say(who, pick(["exp ", "Expiry: ", "", "its ", "expires "]), (g, txt))


def add_cvv(c, reg, spoken, amex=False):
    v = rdigits(4 if amex else 3)
    g = c.group("CVV", v)
    if spoken:
        c.say("agent", pick(["and the three digits on the back", "last thing, the security code on the back of the card",
                             "and the cvv please, that's the three numbers on the signature strip"]) if not amex
              else "and the four digit code on the front of the card")
        c.say("customer", pick(["", "it's ", "yeah ", "um "]), (g, speak_group(v, reg, True, p_hund=0.3, p_dbl=0.5, p_pair=0.2)))
    else:
        c.say("agent", "And the security code (CVV)?")
        c.say("customer", pick(["", "cvv ", "CVV: ", "sec code "]), (g, v))


def pos_card_chat(c, reg):
    card = make_card()
    greet, ind = greet_chat(reg)
    c.say("agent", greet)
    c.say("customer", pick(["hi i need to pay my bill", "Hello, want to make a payment pls", "can i update the card on my account",
                            "Hi - my direct debit bounced, can I pay by card instead?"]))
    c.say("agent", pick(["Sure, please type the long card number.", "No problem. What is the card number?"]))
    sizes = card_sizes(card, odd=chance(0.4))
    sep = pick([" ", " ", "-", "", " - ", ".", "  "])
    txt = sep.join(cut(card, sizes)) if sep else card
    g = c.group("CARD_NUMBER", card)
    c.say("customer", pick(["", "card no: ", "its ", "Card number is ", "CC# ", "long num - ", "crad number ", "card: "]),
          (g, txt), pick(["", " thanks", ".", " (visa debit)", " ta"]))
    if chance(0.7):
        add_expiry(c, reg, False)
    if chance(0.6):
        add_cvv(c, reg, False, len(card) == 15)
    if chance(0.3):
        g2 = c.group("CARD_NUMBER", card)
        c.say("agent", "Thanks, I've got the card ending ", (g2, card[-4:]), ". Taking the payment now.")
    return "typed card number in chat" + (" (odd grouping)" if sizes != card_card_std(card) else "")


def card_card_std(card):
    return card_sizes(card, odd=False)


def pos_card_call_split(c, reg):
    card = make_card()
    greet, ind = greet_call(reg)
    c.say("agent", greet)
    c.say("customer", pick(["hiya i want to pay my bill", "yeah hi i'm ringing to make a payment", "hello um i need to pay off the arrears on my account",
                            "hi i got a letter saying i owe money and i want to just pay it"]))
    c.say("agent", pick(["no problem, can i take the long number on the front of the card", "okay, when you're ready, the card number please",
                         "lovely, go ahead with the card number"]))
    sizes = card_sizes(card, odd=chance(0.35))
    g = c.group("CARD_NUMBER", card)
    kw = sp_kw(reg)
    chunks = cut(card, sizes)
    for k, ch in enumerate(chunks):
        lead = pick(["yeah it's ", "okay so it's ", "right ", "it's ", ""]) if k == 0 else pick(["", "", "then ", "yeah ", "and "])
        tail = "" if k == len(chunks) - 1 else pick(["", "", "..."])
        c.say("customer", lead, (g, speak_digits(ch, reg, sizes=[len(ch)], sep=" ", **kw)), tail)
        if k < len(chunks) - 1:
            c.say("agent", pick(BACKCH))
    if chance(0.55):
        g2 = c.group("CARD_NUMBER", card)
        c.say("agent", pick(["so that's ", "let me read that back, ", "okay i've got "]),
              (g2, speak_digits(card, reg, sizes=card_sizes(card), sep=pick([", ", " "]), p_dbl=0.5)), pick([" is that right", ", yeah?", ""]))
        c.say("customer", pick(["yep", "that's it", "yes", "correct"]))
    if chance(0.6):
        add_expiry(c, reg, True)
    if chance(0.5):
        add_cvv(c, reg, True, len(card) == 15)
    return f"ASR card number split over {len(chunks)} customer turns"


def pos_card_call_restart(c, reg):
    card = make_card()
    greet, ind = greet_call(reg)
    c.say("agent", greet)
    c.say("customer", "yeah i want to change the card that the payments come off")
    c.say("agent", "okay, what's the new card number")
    k = rng.randint(3, 6)
    gp = c.group("CARD_NUMBER", card[:k], mode="prefix")
    gf = c.group("CARD_NUMBER", card)
    kw = sp_kw(reg)
    half = len(card) // 2
    first = speak_digits(card[:half], reg, sep=", ", **kw)
    second = speak_digits(card[half:], reg, sep=", ", **kw)
    aside = pick(["hang on the light's bad in here", "sorry my glasses", "shush a minute jack mammy's on the phone",
                  "one sec i'm just turning it over", "hold on the dog's barking"])
    c.say("customer", "it's ", (gp, speak_group(card[:k], reg, True)), pick(["... no wait sorry, ", " hang on, that's the old one, sorry. right, "]),
          (gf, first), f", {aside}, ", (gf, second))
    c.say("agent", pick(["okay", "grand", "lovely thank you"]), " and was that a visa or mastercard")
    c.say("customer", pick(["debit card, visa i think", "mastercard", "it's a credit card"]))
    if chance(0.5):
        g3 = c.group("CARD_NUMBER", card)
        c.say("agent", "right so the card ending ", (g3, speak_group(card[-4:], reg, True)), " is now set up for your payments")
    return "restarted card reading with aside in the middle; later last-four readback is labelled because the full card was read"


def pos_card_readback_only_agent(c, reg):
    card = make_card()
    greet, ind = greet_chat(reg)
    c.say("agent", greet)
    c.say("customer", pick(["hi, I'll pay the whole balance with this card", f"pay the £{rng.randint(20, 400)}.{rdigits(2)} on this please",
                            "Please use this card for the renewal"]))
    g = c.group("CARD_NUMBER", card)
    c.say("customer", (g, " ".join(cut(card, card_sizes(card, odd=chance(0.5))))), pick([" exp ", " expiry "]),
          (c.group("EXPIRY", (m := rng.randint(1, 12), y := rng.randint(2026, 2031))), f"{m:02d}/{y % 100}"), " cvv ",
          (c.group("CVV", v := rdigits(3)), v))
    g2 = c.group("CARD_NUMBER", card)
    c.say("agent", "Thank you. Just to confirm: ", (g2, "-".join(cut(card, card_sizes(card)))), "?")
    c.say("customer", "yes")
    return "card, expiry and CVV typed on one line; agent echoes the card"


def pos_ni(c, reg, spoken=None):
    ni = make_ni()
    spoken = chance(0.65) if spoken is None else spoken
    if spoken:
        greet, ind = greet_call("UK")
        c.say("agent", greet)
        c.say("customer", pick(["hiya i'm ringing about my tax code", "yeah it's about my pension forecast",
                                "hello, i need to update me details for universal credit", "i'm calling about a benefit payment"]))
        c.say("agent", pick(["okay can i take your national insurance number please", "first can i have your ni number",
                             "right, have you got your national insurance number there"]))
        g = c.group("NI_NUMBER", ni)
        letters = f"{say_letter(ni[0], 0.4)} {say_letter(ni[1], 0.4)}"
        if chance(0.3) and ni[0] == ni[1]:
            letters = "double " + ni[0].lower()
        digs = ni[2:8]
        sizes = pick([[2, 2, 2], [3, 3], [1, 1, 1, 1, 1, 1], [2, 4], [4, 2], [6]])
        kw = dict(p_pair=pick([0.0, 0.5, 0.9]), p_dbl=0.5, p_hund=pick([0.0, 0.3]), p_fill=pick([0.0, 0.15]))
        dspk = speak_digits(digs, asr_reg(reg), sizes=sizes, sep=pick([", ", " "]), **kw)
        suf = say_letter(ni[8], 0.4)
        mode = rng.randrange(3)
        if mode == 0:
            c.say("customer", pick(["yeah it's ", "it's ", "uh ", ""]), (g, f"{letters}, {dspk}, {suf}"))
        elif mode == 1:
            c.say("customer", pick(["okay it's ", "right ", ""]), (g, letters))
            c.say("agent", pick(BACKCH))
            c.say("customer", (g, dspk))
            c.say("agent", pick(["and the letter at the end", "go on", "mhm"]))
            c.say("customer", (g, suf))
        else:
            c.say("customer", pick(["it's ", ""]), (g, f"{letters} {dspk}"), pick(["... and then ", " and the last letter's "]), (g, suf))
        if chance(0.6):
            g2 = c.group("NI_NUMBER", ni)
            c.say("agent", pick(["so that's ", "let me repeat that back, ", "thank you, i have "]),
                  (g2, " ".join(ni[:2].lower()) + " " + speak_digits(digs, "UK", sizes=[2, 2, 2], sep=" ", p_pair=0.5, p_dbl=0.5) + " " + ni[8].lower()),
                  pick([", is that correct", " yeah", ""]))
            c.say("customer", pick(["that's right", "yep", "yes that's it"]))
        if chance(0.4):
            c.say("agent", "and the date of birth")
            add_dob_turn(c, "UK", True)
        return "ASR NI number" + (" split across turns" if mode else "")
    greet, ind = greet_chat("UK")
    c.say("agent", greet)
    fmt = pick([f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni, ni.lower(), f"{ni[:2]}{ni[2:8]} {ni[8]}",
                f"{ni[:2]}-{ni[2:8]}-{ni[8]}", " ".join(ni), f"{ni[:2].lower()} {ni[2:5]} {ni[5:8]} {ni[8].lower()}"])
    g = c.group("NI_NUMBER", ni)
    c.say("customer", pick(["hi my ni no. is ", "NI number: ", "Hello, re my claim, NINO ", "my national insurance number is "]),
          (g, fmt), pick(["", " - can you check my contributions record?", ". thanks", " and my payment ref is PAY" + rdigits(8)]))
    c.say("agent", "Thanks. I can see the record now.")
    return "typed NI number"


def add_dob_turn(c, reg, spoken, who="customer"):
    d = datetime.date(rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28))
    g = c.group("DOB", d.isoformat())
    if spoken:
        r = asr_reg(reg)
        mname = MONTHS[d.month]
        opts = [f"{ORD[d.day]} of {mname} {spoken_year(d.year, r)}",
                f"{ORD[d.day]} of the {ORD[d.month]} {spoken_year(d.year, r)}",
                f"{mname} {ORD[d.day]} {spoken_year(d.year, r)}",
                f"{speak_group(f'{d.day:02d}', r)} {speak_group(f'{d.month:02d}', r)} {spoken_year(d.year, r, False)}"]
        txt = pick(opts[:3] if reg == "US" else opts)
        if reg == "US" and chance(0.5):
            txt = f"{mname} {ORD[d.day]} {spoken_year(d.year, r)}"
        c.say(who, pick(["it's ", "the ", "uh ", "", "yeah "]), (g, txt))
    else:
        if reg == "US":
            txt = pick([f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year % 100:02d}", d.strftime("%B ") + f"{d.day}{suffix(d.day)}, {d.year}"])
        else:
            txt = pick([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}.{d.month}.{d.year % 100:02d}", f"{d.day} {MONTHS[d.month].title()} {d.year}",
                        f"{d.day}{suffix(d.day)} {MONTHS[d.month][:3]} {d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}", d.isoformat()])
        c.say(who, pick(["dob ", "DOB: ", "born ", "", "date of birth is "]), (g, txt))


def pos_ssn(c, reg):
    ssn = make_ssn()
    spoken = chance(0.6)
    g = c.group("SSN", ssn)
    if spoken:
        greet, ind = greet_call("US")
        c.say("agent", greet)
        c.say("customer", pick(["hi yeah i'm calling about a bill i got", "hey, i need to set up a payment plan", "hi i'm trying to verify my identity for the account"]))
        c.say("agent", pick(["sure, can i get your social security number", "i'll need the last... actually i'll need your full social please",
                             "okay for verification can you give me your ssn"]))
        kw = dict(p_pair=pick([0.0, 0.3, 0.6]), p_dbl=pick([0.2, 0.5]), p_hund=pick([0.0, 0.2]), p_fill=pick([0.0, 0.15]))
        if chance(0.4):
            parts = cut(ssn, [3, 2, 4])
            c.say("customer", pick(["sure it's ", "okay ", "", "uh "]), (g, speak_digits(parts[0], "US", sizes=[3], **kw)))
            c.say("agent", pick(BACKCH))
            c.say("customer", (g, speak_digits(parts[1], "US", sizes=[2], **kw)))
            c.say("agent", pick(["uh huh", "go on", "okay"]))
            c.say("customer", (g, speak_digits(parts[2], "US", sizes=pick([[4], [2, 2]]), sep=" ", **kw)))
        else:
            c.say("customer", pick(["sure it's ", "yeah ", "", "okay it is "]),
                  (g, speak_digits(ssn, "US", sizes=pick([[3, 2, 4], [3, 3, 3], [3, 2, 2, 2], [9]]), sep=pick([", ", " ", " dash "]), **kw)))
        if chance(0.5):
            g2 = c.group("SSN", ssn)
            c.say("agent", "thank you, i have ", (g2, speak_digits(ssn, "US", sizes=[3, 2, 4], sep=", ", p_dbl=0.0)), pick([", correct?", ""]))
            c.say("customer", "correct")
        if chance(0.3):
            c.say("agent", "and your date of birth")
            add_dob_turn(c, "US", True)
        return "ASR US SSN"
    greet, ind = greet_chat("US")
    c.say("agent", greet)
    fmt = pick([f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", ssn, f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}", f"{ssn[:3]}.{ssn[3:5]}.{ssn[5:]}", f"{ssn[:3]}-{ssn[3:5]} {ssn[5:]}"])
    c.say("customer", pick(["SSN: ", "my social is ", "ssn# ", "Social Security No. ", "ss number "]), (g, fmt),
          pick(["", " and my claim # is CLM-" + rdigits(7), ". Account balance shows $" + f"{rng.randint(20, 900)}.{rdigits(2)}"]))
    c.say("agent", "Thanks, verifying now.")
    return "typed US SSN"


def pos_bank_uk(c, reg):
    r = "IE" if reg == "IE" else "UK"
    sc, acct = rdigits(6), rdigits(8)
    spoken = chance(0.65)
    gs, ga = c.group("SORT_CODE", sc), c.group("BANK_ACCOUNT", acct)
    if spoken:
        greet, ind = greet_call(r)
        c.say("agent", greet)
        c.say("customer", pick(["i want to set up a direct debit", "i need to change the bank account the refund goes into",
                                "hiya yeah i'm after switching me payments to a new account", "my wages account changed so i need to update it"]))
        c.say("agent", "okay can i take the sort code first")
        scsp = pick([speak_digits(sc, r, sizes=[2, 2, 2], sep=pick([", ", " ", " dash "]), p_pair=0.6, p_dbl=0.7),
                     speak_digits(sc, r, sizes=[3, 3], sep=", ", p_dbl=0.6, p_hund=0.3),
                     speak_digits(sc, r, sizes=[6], sep=" ", p_dbl=0.8)])
        if chance(0.35):
            c.say("customer", pick(["it's ", ""]), (gs, speak_digits(sc[:4], r, sizes=[2, 2], sep=" ", p_pair=0.5, p_dbl=0.6)))
            c.say("agent", pick(BACKCH))
            c.say("customer", (gs, speak_digits(sc[4:], r, sizes=[2], p_pair=0.5, p_dbl=0.6)))
        else:
            c.say("customer", pick(["yeah it's ", "it's ", "right, ", "um "]), (gs, scsp))
        c.say("agent", pick(["and the account number", "lovely and the eight digit account number", "and then the account number please"]))
        kw = sp_kw(r)
        if chance(0.4):
            c.say("customer", (ga, speak_digits(acct[:4], r, sizes=[4], **kw)), pick([", sorry it's a new card i'm reading off, ", "... hold on... "]),
                  (ga, speak_digits(acct[4:], r, sizes=pick([[4], [2, 2]]), sep=" ", **kw)))
        else:
            c.say("customer", pick(["", "okay ", "it's "]), (ga, speak_digits(acct, r, sizes=pick([[4, 4], [3, 3, 2], [2, 3, 3], [8], [2, 2, 2, 2]]), sep=pick([", ", " "]), **kw)))
        if chance(0.5):
            g2 = c.group("SORT_CODE", sc)
            g3 = c.group("BANK_ACCOUNT", acct)
            c.say("agent", "so that's sort code ", (g2, speak_digits(sc, r, sizes=[2, 2, 2], sep=", ", p_dbl=0.8)),
                  ", account ", (g3, speak_digits(acct, r, sizes=[4, 4], sep=", ", p_dbl=0.5)))
            c.say("customer", pick(["spot on", "yep", "that's the one"]))
        return "ASR sort code and account number (regional zero/double forms)"
    greet, ind = greet_chat(r)
    c.say("agent", greet)
    scf = pick([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"])
    af = pick([acct, f"{acct[:4]} {acct[4:]}", f"{acct[:2]}-{acct[2:5]}-{acct[5:]}"])
    if chance(0.5):
        c.say("customer", pick(["s/c ", "Sort code: ", "sortcode ", "SC "]), (gs, scf), pick([" acct no: ", " a/c ", ", account number ", " / acc "]), (ga, af))
    else:
        c.say("customer", pick(["acct no: ", "Account: ", "account num "]), (ga, af), pick([" sort ", " and sort code is ", " sc: "]), (gs, scf))
    c.say("agent", pick(["Thank you, I've updated the bank details.", "Thanks - the first collection will be on the 1st."]))
    return "typed sort code and account number"


def pos_iban(c, reg):
    cc = {"UK": pick(["GB", "GB", "IE"]), "IE": "IE", "EU": pick(["DE", "NL", "FR", "ES", "IT", "BE"]), "US": "GB"}[reg]
    iban = make_iban(cc)
    g = c.group("IBAN", iban)
    if chance(0.45):
        greet, ind = greet_call(asr_reg(reg))
        c.say("agent", greet)
        c.say("customer", pick(["i'm owed a refund and i want it paid into my account", "i need to give you my iban for the refund",
                                "the money's to go into my euro account"]))
        c.say("agent", "okay, go ahead with the iban")
        blocks = cut(iban, [4] * (len(iban) // 4) + ([len(iban) % 4] if len(iban) % 4 else []))
        spoken = [speak_alnum(b, asr_reg(reg), p_nato=0.25, p_pair=0.3) for b in blocks]
        k = rng.randint(2, len(spoken) - 1)
        c.say("customer", pick(["it's ", "right so ", ""]), (g, ", ".join(spoken[:k])))
        c.say("agent", pick(BACKCH))
        c.say("customer", (g, ", ".join(spoken[k:])))
        c.say("agent", "thanks, that's validated")
        return "ASR IBAN split over two turns"
    greet, ind = greet_chat(reg if reg != "EU" else "EU")
    c.say("agent", greet)
    fmt = pick([" ".join(cut(iban, [4] * (len(iban) // 4) + ([len(iban) % 4] if len(iban) % 4 else []))), iban, iban.lower(),
                iban[:4] + " " + iban[4:]])
    c.say("customer", pick(["IBAN: ", "my iban is ", "pls refund to ", "Bank: IBAN "]), (g, fmt),
          pick(["", " BIC " + iban[4:8] + pick(["IE2D", "GB2L", "DEFF"]) if iban[4:8].isalpha() else "", " thanks"]))
    c.say("agent", "Thanks, the refund of " + pick(["€", "£"]) + f"{rng.randint(10, 400)}.{rdigits(2)} will arrive in 3-5 working days.")
    return "typed IBAN"


def phone_written(nat, groups, cc):
    nat_g = " ".join(cut(nat, groups))
    style = rng.randrange(6)
    if style == 0:
        return nat_g
    if style == 1:
        return nat
    if style == 2:
        return f"+{cc} " + " ".join(cut(nat[1:], [groups[0] - 1] + groups[1:])) if nat[0] == "0" else f"+{cc} {nat_g}"
    if style == 3 and cc == "1":
        return f"({nat[:3]}) {nat[3:6]}-{nat[6:]}"
    if style == 3:
        return f"+{cc} (0){nat[1:]}" if nat[0] == "0" else f"+{cc} {nat}"
    if style == 4:
        return "-".join(cut(nat, groups))
    return f"00{cc} {nat[1:]}" if nat[0] == "0" else f"+{cc}-{nat}"


def pos_phone(c, reg):
    r = asr_reg(reg) if reg != "EU" else pick(["UK", "IE"])
    nat, groups, cc = make_phone(r)
    if chance(0.55):
        greet, ind = greet_call(r)
        c.say("agent", greet)
        c.say("customer", pick(["i'm moving house and need to update me details", "you were supposed to ring me back",
                                "i want to change the contact number on the account"]))
        c.say("agent", pick(["okay what's the best number to reach you on", "what number should we use", "and a contact number"]))
        intl = chance(0.35) and r != "US"
        digits = (cc + nat[1:]) if intl else nat
        g = c.group("PHONE", digits)
        kw = dict(p_pair=pick([0.0, 0.3]), p_dbl=pick([0.4, 0.8]), p_hund=pick([0.0, 0.25]), p_fill=pick([0.0, 0.1]))
        if intl:
            ccs = pick(["plus " + " ".join(UNIT[int(x)] for x in cc), "double oh " + " ".join(UNIT[int(x)] for x in cc)])
            if ccs.startswith("double"):
                digits = "00" + digits
                c.groups[g]["canon"] = digits
            body = speak_digits(nat[1:], r, sizes=[groups[0] - 1] + groups[1:], sep=pick([", ", " "]), **kw)
            txt = ccs + " " + body
        else:
            txt = speak_digits(nat, r, sizes=pick([groups, partition(len(nat), 2, 4)]), sep=pick([", ", " "]), **kw)
        if chance(0.35):
            parts = txt.split(", ")
            if len(parts) >= 2:
                c.say("customer", pick(["it's ", "yeah ", ""]), (g, ", ".join(parts[:-1])))
                c.say("agent", pick(BACKCH))
                c.say("customer", (g, parts[-1]))
            else:
                c.say("customer", pick(["it's ", ""]), (g, txt))
        else:
            c.say("customer", pick(["it's ", "my mobile is ", "you can get me on ", "uh ", ""]), (g, txt), pick(["", " that's me mobile", " any time after five"]))
        if chance(0.5):
            g2 = c.group("PHONE", nat)
            c.say("agent", "so that's ", (g2, speak_digits(nat, r, sizes=groups, sep=", ", p_dbl=0.6)), pick([", yeah", " is that right"]))
            c.say("customer", pick(["yeah", "yep that's it", "correct"]))
        return "ASR phone number" + (" with country code" if intl else "")
    greet, ind = greet_chat(r)
    c.say("agent", greet)
    w = phone_written(nat, groups, cc)
    g = c.group("PHONE", re.sub(r"\D", "", w))
    lead_p = re.match(r"^[^0-9]*", w).group(0)
    c.say("customer", pick(["new mob: ", "my number is ", "tel ", "Please call me on ", "ph. ", "contact no - "]) + lead_p, (g, w[len(lead_p):]),
          pick(["", " after 6pm", " (mobile)", ", not the landline"]))
    c.say("agent", "Thanks, I've updated your contact number.")
    return "typed phone number"


def pos_email(c, reg):
    e = make_email(reg)
    g = c.group("EMAIL", e)
    if chance(0.55):
        r = asr_reg(reg)
        greet, ind = greet_call(r)
        c.say("agent", greet)
        c.say("customer", pick(["i never got the confirmation email", "can you send me a copy of the bill", "i want paperless billing"]))
        c.say("agent", pick(["okay what email address should we use", "can i take your email address", "and what's the email"]))
        sp = speak_email(e)
        if chance(0.35) and " at " in sp:
            a, b = sp.split(" at ", 1)
            c.say("customer", pick(["it's ", "yeah it's ", ""]), (g, a))
            c.say("agent", pick(["mhm", "at", "go on"]))
            c.say("customer", (g, "at " + b))
        else:
            c.say("customer", pick(["it's ", "yeah it's ", "", "um it's "]), (g, sp))
        if chance(0.4):
            g2 = c.group("EMAIL", e)
            c.say("agent", "so that's ", (g2, speak_email(e)), ", yeah?")
            c.say("customer", "yep")
        return "ASR spoken email address"
    greet, ind = greet_chat(reg)
    c.say("agent", greet)
    txt = e if chance(0.7) else e.replace(e.split("@")[0], e.split("@")[0].title()) if "." not in e.split("@")[0] else e.upper() if chance(0.3) else e
    c.groups[g]["canon"] = e
    c.say("customer", pick(["email: ", "pls send it to ", "my email is ", "e-mail ", "Contact me at "]), (g, txt), pick(["", ".", " thx", " - not the old one"]))
    c.say("agent", "Sent. Please check your junk folder too.")
    return "typed email"


def addr_parts(reg):
    num = rng.randint(1, 240)
    flat = rng.randint(1, 30) if chance(0.3) else None
    street = pick({"UK": UK_STREETS, "IE": IE_STREETS, "US": US_STREETS}[reg])
    town = pick({"UK": UK_TOWNS, "IE": IE_TOWNS, "US": US_TOWNS}[reg])
    if reg == "UK":
        pc = make_uk_pc()
    elif reg == "IE":
        pc = make_eircode()
    else:
        pc = make_zip()
    return num, flat, street, town, pc


def pos_address(c, reg):
    r = reg if reg in ("UK", "IE", "US") else "UK"
    num, flat, street, town, pc = addr_parts(r)
    ga = c.group("ADDRESS", (num, flat))
    canon_pc = pc[0] + pc[1]
    gp = c.group("POSTCODE", canon_pc)
    if chance(0.55):
        greet, ind = greet_call(r)
        c.say("agent", greet)
        c.say("customer", pick(["i've moved and need to change me address", "the bill's going to the wrong address",
                                "i need a new meter fitted at my new place"]))
        c.say("agent", pick(["okay, what's the new address", "can i take the first line of the address and the postcode" if r != "US" else "what's the new address and zip"]))
        nsp = speak_group(str(num), r, True, p_hund=0.6, p_pair=0.7, p_dbl=0.3)
        if flat:
            fl = pick(["flat", "apartment", "unit"]) if r != "US" else pick(["apartment", "unit"])
            atxt = f"{fl} {speak_group(str(flat), r, True, p_pair=0.8)}, {nsp} {street.lower()}"
        else:
            atxt = f"{nsp} {street.lower()}"
        c.say("customer", pick(["it's ", "yeah it's ", "", "right, "]), (ga, atxt), f", {town.lower()}")
        c.say("agent", pick(["and the postcode", "lovely and the postcode", "and the eircode" if r == "IE" else "and the zip code" if r == "US" else "postcode please"]))
        if r == "US":
            ptxt = speak_digits(pc[0], "US", sizes=[5], p_dbl=0.5, p_pair=0.3)
            if pc[1]:
                ptxt += pick([" dash ", ", "]) + speak_digits(pc[1], "US", sizes=[4], p_dbl=0.5)
        else:
            ptxt = speak_alnum(pc[0], r, p_nato=0.3) + ", " + speak_alnum(pc[1], r, p_nato=0.35)
        if chance(0.3) and r != "US":
            c.say("customer", (gp, speak_alnum(pc[0], r, p_nato=0.2)))
            c.say("agent", pick(BACKCH))
            c.say("customer", (gp, speak_alnum(pc[1], r, p_nato=0.5)))
        else:
            c.say("customer", pick(["it's ", "", "uh "]), (gp, ptxt))
        if chance(0.35) and r != "US":
            g2 = c.group("POSTCODE", canon_pc)
            c.say("agent", "that's ", (g2, " ".join((pc[0] + " " + pc[1]).lower())), pick([" yeah", ", and is that a house or a flat"]))
            c.say("customer", pick(["yeah", "it's a house", "a flat, ground floor"]))
        return "ASR address and " + ("eircode" if r == "IE" else "zip" if r == "US" else "postcode")
    greet, ind = greet_chat(r)
    c.say("agent", greet)
    line = (f"{pick(['Flat', 'flat', 'Apt', 'Unit'])} {flat}, " if flat else "") + f"{num}{pick(['', '', 'a', 'b']) if not flat else ''} {street}"
    if chance(0.3):
        line = line.lower()
    pct = pc[0] + (" " if chance(0.75) else "") + pc[1] if r != "US" else pc[0] + ("-" + pc[1] if pc[1] else "")
    if chance(0.3):
        pct = pct.lower()
    c.say("customer", pick(["new address: ", "I've moved to ", "addr - ", "Please update to "]), (ga, line), f", {town}, ", (gp, pct))
    c.say("agent", "Thanks, your address has been updated.")
    return "typed address with postcode/ZIP/Eircode"


def pos_dob(c, reg):
    r = reg if reg in ("UK", "IE", "US") else "UK"
    spoken = chance(0.6)
    if spoken:
        greet, ind = greet_call(r)
        c.say("agent", greet)
        c.say("customer", pick(["calling about my account", "i can't log in to the app", "i want to query my last bill"]))
        c.say("agent", pick(["no problem, for security can i take your date of birth", "can you confirm your date of birth please", "and your dob"]))
        add_dob_turn(c, r, True)
    else:
        greet, ind = greet_chat(r)
        c.say("agent", greet)
        c.say("customer", "Hi, I need to reset my online password")
        c.say("agent", "Can you confirm your date of birth?")
        add_dob_turn(c, r, False)
    c.say("agent", pick(["thank you, and the first line of your address", "thanks, you're verified", "great thanks"]))
    if chance(0.5):
        num, flat, street, town, pc = addr_parts(r)
        ga = c.group("ADDRESS", (num, None))
        gp = c.group("POSTCODE", pc[0] + pc[1])
        if spoken:
            ptxt = speak_alnum(pc[0], r, p_nato=0.2) + ", " + speak_alnum(pc[1], r, p_nato=0.2) if r != "US" else speak_digits(pc[0], "US", sizes=[5])
            if r == "US":
                c.groups[gp]["canon"] = pc[0]
            c.say("customer", (ga, f"{speak_group(str(num), r, True, p_pair=0.7, p_hund=0.5)} {street.lower()}"), ", ", (gp, ptxt))
        else:
            c.say("customer", (ga, f"{num} {street}"), ", ", (gp, pc[0] + " " + pc[1] if r != "US" else pc[0]))
            if r == "US":
                c.groups[gp]["canon"] = pc[0]
    return "date of birth for ID&V" + (" (spoken)" if spoken else " (typed)")


def pos_idv_combo(c, reg):
    """Utilities/telecom ID&V: phone + DOB + postcode in one call, with non-PII distractors."""
    r = reg if reg in ("UK", "IE") else "UK"
    greet, ind = greet_call(r)
    c.say("agent", greet)
    c.say("customer", pick([f"my bill's gone up to {two(str(rng.randint(21, 99)))} quid a month and i want to know why",
                            f"i've been on hold for {two(str(rng.randint(21, 59)))} minutes",
                            f"my meter reading's {' '.join(UNIT[int(x)] for x in rdigits(5))} and the bill's way off"]))
    c.say("agent", "okay i'll have a look, can you confirm the phone number on the account")
    nat, groups, cc = make_phone(r)
    g = c.group("PHONE", nat)
    c.say("customer", (g, speak_digits(nat, r, sizes=groups, sep=", ", p_dbl=0.7, p_pair=0.2)))
    c.say("agent", "and the date of birth")
    add_dob_turn(c, r, True)
    c.say("agent", "and the postcode" if r == "UK" else "and the eircode")
    pc = make_uk_pc() if r == "UK" else make_eircode()
    gp = c.group("POSTCODE", pc[0] + pc[1])
    c.say("customer", pick(["", "it's "]), (gp, speak_alnum(pc[0], r, 0.3) + pick([" ", ", "]) + speak_alnum(pc[1], r, 0.3)))
    c.say("agent", f"thanks, you're through security. i can see a payment of {rng.randint(20, 140)} pounds on the {ORD[rng.randint(1, 28)]}")
    return "ID&V combo: phone, DOB, postcode with amounts/meter reading distractors"


POS_SCHEDULE = [
    (pos_card_chat, "UK"), (pos_card_call_split, "UK"), (pos_ni, "UK"), (pos_bank_uk, "UK"), (pos_ssn, "US"),
    (pos_card_call_split, "IE"), (pos_phone, "UK"), (pos_ni, "UK"), (pos_card_call_restart, "UK"), (pos_address, "UK"),
    (pos_ssn, "US"), (pos_email, "UK"), (pos_bank_uk, "IE"), (pos_card_chat, "US"), (pos_iban, "IE"),
    (pos_ni, "UK"), (pos_dob, "UK"), (pos_card_readback_only_agent, "UK"), (pos_phone, "IE"), (pos_ssn, "US"),
    (pos_address, "IE"), (pos_card_call_split, "US"), (pos_iban, "EU"), (pos_idv_combo, "UK"), (pos_email, "IE"),
    (pos_card_call_restart, "IE"), (pos_bank_uk, "UK"), (pos_dob, "US"), (pos_address, "US"), (pos_ni, "UK"),
    (pos_phone, "US"), (pos_idv_combo, "IE"), (pos_email, "US"), (pos_iban, "UK"), (pos_dob, "IE"),
]


# --------------------------------------------------------------------------
# Negative scenarios (nothing labelled)
# --------------------------------------------------------------------------
def not_luhn(n):
    while True:
        s = str(rng.randint(1, 9)) + rdigits(n - 1)
        if not luhn_ok(s):
            return s


def neg_order_reading(c, reg):
    r = asr_reg(reg)
    greet, ind = greet_call(r)
    lab = pick(["order number", "reference number", "tracking number", "claim reference", "ticket number", "policy number",
                "booking reference", "invoice number", "case number", "serial number", "account reference on the letter"])
    s = not_luhn(rng.choice([12, 14, 16, 16, 18]))
    c.say("agent", greet)
    c.say("customer", f"yeah i'm ringing about my {pick(['delivery', 'claim', 'refund', 'complaint', 'repair'])}")
    c.say("agent", f"okay have you got the {lab} there")
    c.say("customer", f"yeah the {lab} is " + speak_digits(s, r, sizes=cut_sizes(len(s)), sep=", ", **sp_kw(r)))
    c.say("agent", "mhm")
    c.say("customer", f"that's the {lab}, it's on the top of the {pick(['email', 'letter', 'receipt'])}")
    return f"{lab} read in 4-digit groups like a card (not PII)"


def cut_sizes(n):
    return [4] * (n // 4) + ([n % 4] if n % 4 else [])


def neg_last_four(c, reg):
    r = asr_reg(reg)
    l4 = rdigits(4)
    if chance(0.5):
        greet, ind = greet_call(r)
        c.say("agent", greet)
        c.say("customer", "i want to know which card the payment came off")
        c.say("agent", f"it was taken from the card ending {speak_group(l4, r, True, p_dbl=0.6, p_pair=0.3)} on the {ORD[rng.randint(1, 28)]} of {MONTHS[rng.randint(1, 12)]}")
        c.say("customer", f"oh right the one ending {speak_group(l4, r, True)}, yeah that's my old one")
    else:
        greet, ind = greet_chat(r)
        c.say("agent", greet)
        c.say("customer", f"Why was £{rng.randint(10, 300)}.{rdigits(2)} taken from my card ending {l4}?")
        c.say("agent", f"That's your annual renewal fee. Your card ending in {l4} was charged on {rng.randint(1, 28)}/{rng.randint(1, 12):02d}/{rng.choice([2024, 2025])}.")
    return "card last-four only, plus amount and payment date"


def neg_amounts(c, reg):
    r = asr_reg(reg)
    greet, ind = greet_call(r)
    c.say("agent", greet)
    amt = rng.randint(1000, 9999)
    c.say("customer", f"my balance says {UNIT[amt // 1000]} thousand {UNIT[(amt // 100) % 10]} hundred and {two(str(amt % 100)) if amt % 100 >= 10 else UNIT[amt % 10] if amt % 100 else 'zero'} pounds and that can't be right")
    c.say("agent", f"i can see a balance of {amt} pounds {rng.randint(10, 99)}, and {rng.randint(2, 9)} payments of {rng.randint(30, 90)} pounds since {rng.randint(2019, 2024)}")
    c.say("customer", f"i pay {two(str(rng.randint(21, 99)))} pounds on the {ORD[rng.randint(1, 28)]} of every month, it's been {UNIT[rng.randint(2, 9)]} years")
    c.say("agent", f"okay, interest is {rng.randint(2, 29)}.{rng.randint(1, 9)} percent on that, i can set up a plan at {rng.randint(10, 60)} pounds a month for {rng.randint(6, 36)} months")
    return "balances, amounts, percentages, counts, durations"


def neg_travel(c, reg):
    greet, ind = greet_chat("UK" if reg != "US" else "US")
    c.say("agent", greet)
    fl = pick(["BA", "EI", "FR", "U2", "AA", "LH"]) + str(rng.randint(100, 9999))
    c.say("customer", f"My flight {fl} on {rng.randint(1, 28)}/{rng.randint(1, 12):02d} was delayed {rng.randint(2, 9)} hours, booking ref {''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}")
    c.say("agent", f"Sorry about that. I can see you were in seat {rng.randint(1, 40)}{pick('ABCDEF')}, gate {pick('ABC')}{rng.randint(1, 60)}, departing {rng.randint(5, 23):02d}:{pick(['05', '15', '30', '45', '50'])}.")
    c.say("customer", f"Yes and the hotel put us in room {rng.randint(100, 999)} for {rng.randint(2, 4)} nights, it cost €{rng.randint(150, 900)}")
    c.say("agent", f"Compensation of €{pick([250, 400, 600])} applies. Claim ref: CMP-{rdigits(9)}. Processing takes {rng.randint(14, 42)} days.")
    return "flight, seat, gate, room numbers, times, booking/claim refs"


def neg_meter(c, reg):
    r = asr_reg(reg)
    greet, ind = greet_call(r)
    c.say("agent", greet)
    mr = rdigits(rng.choice([5, 6]))
    c.say("customer", f"i want to give a meter reading, it's {speak_digits(mr, r, sizes=[len(mr)], p_dbl=0.7, p_pair=0.3)}")
    c.say("agent", f"and the meter serial number, it's on the little sticker")
    ser = pick(["E", "K", "S", "G4K"]) + rdigits(2) + pick(["A", "P", "W"]) + rdigits(5)
    c.say("customer", f"serial is {speak_alnum(ser, r, 0.2)}")
    c.say("agent", f"lovely, your next bill will be on the {ORD[rng.randint(1, 28)]} and your tariff is {rng.randint(20, 35)}.{rng.randint(10, 99)}p per kilowatt hour, standing charge {rng.randint(40, 60)}p")
    return "meter reading and meter serial number spoken digit by digit"


def neg_appointments(c, reg):
    greet, ind = greet_chat(reg if reg in ("UK", "IE", "US") else "UK")
    c.say("agent", greet)
    d = datetime.date(rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
    c.say("customer", f"Can I move my appointment on {d.day:02d}/{d.month:02d}/{d.year} to the afternoon? Ticket #{rdigits(7)}")
    c.say("agent", f"Sure, an engineer can come between {rng.randint(12, 14)}:00 and {rng.randint(15, 18)}:00. Our lines are open 8am-8pm Mon-Fri.")
    c.say("customer", f"Great. Also my contract ends {rng.randint(1, 28)} {MONTHS[rng.randint(1, 12)].title()} {rng.choice([2025, 2026, 2027])} - can I renew at {rng.randint(10, 40)}% off?")
    c.say("agent", f"Yes, model {pick(['SM-G991B', 'iPhone 15', 'HX-4200', 'TP-AX55'])} is £{rng.randint(10, 50)}.99/month for {pick([12, 24, 36])} months.")
    return "appointment and contract dates, times, opening hours, ticket, model numbers"


def neg_road_age(c, reg):
    r = asr_reg(reg)
    greet, ind = greet_call(r)
    c.say("agent", greet)
    c.say("customer", f"i'm {two(str(rng.randint(21, 99)))} and i can't get to the branch, the {pick(['a three four', 'm sixty two', 'n seven', 'm fifty', 'a one'])} is closed at junction {UNIT[rng.randint(1, 9)]}")
    c.say("agent", f"oh no, is that the branch on {pick(UK_STREETS + IE_STREETS).lower()} or the one by the hospital")
    c.say("customer", f"the {pick(UK_STREETS + IE_STREETS).lower()} one, it's {two(str(rng.randint(21, 39)))} degrees out and i'm not walking {UNIT[rng.randint(2, 9)]} miles")
    c.say("agent", f"understood, we've {UNIT[rng.randint(2, 9)]} other branches, the nearest opens at {UNIT[rng.randint(8, 9)]} thirty")
    return "ages, road names/junctions, street names without numbers, temperatures, distances"


def neg_long_ids(c, reg):
    greet, ind = greet_chat(reg if reg in ("UK", "IE", "US") else "UK")
    c.say("agent", greet)
    trk = pick(["1Z" + rdigits(2) + "X" + rdigits(13), "JD" + rdigits(16), rdigits(22), "RN" + rdigits(9) + "GB"])
    c.say("customer", f"tracking no: {trk} still says in transit. Order #{not_luhn(16)}")
    c.say("agent", f"I see it. Invoice INV-{rdigits(8)} for {pick(['£', '$', '€'])}{rng.randint(10, 999)}.{rdigits(2)} was raised on {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.choice([2024, 2025])}.")
    c.say("customer", f"And what about policy number POL {rdigits(4)} {rdigits(4)} {rdigits(4)}?")
    c.say("agent", f"That policy renews in {rng.randint(2, 11)} months; premium {rng.randint(200, 900)}.00 per year, excess {rng.randint(100, 500)}.")
    return "long tracking/order/invoice/policy numbers written with their labels"


def neg_spoken_ref_like_sortcode(c, reg):
    r = asr_reg(reg)
    greet, ind = greet_call(r)
    c.say("agent", greet)
    ref = rdigits(6)
    c.say("customer", f"i've got a letter with reference {speak_digits(ref, r, sizes=[2, 2, 2], sep=', ', p_dbl=0.8, p_pair=0.5)} at the top")
    c.say("agent", f"okay and is there a customer reference, it usually starts with {pick(['c r', 'a c', 'r e f'])}")
    c.say("customer", f"customer reference {pick(['c r', 'a c'])} {speak_digits(rdigits(9), r, sizes=[3, 3, 3], sep=' ', p_dbl=0.6)}")
    c.say("agent", f"thanks, i can see your payment of {rng.randint(20, 300)} pounds on the {ORD[rng.randint(1, 28)]} of {MONTHS[rng.randint(1, 12)]} at {UNIT[rng.randint(1, 9)]} fifteen")
    return "six-digit letter reference spoken in pairs like a sort code; customer reference"


NEG_SCHEDULE = [neg_order_reading, neg_last_four, neg_amounts, neg_travel, neg_meter, neg_appointments,
                neg_road_age, neg_long_ids, neg_spoken_ref_like_sortcode, neg_order_reading]
NEG_REG = ["UK", "IE", "UK", "US", "UK", "IE", "EU"]


# --------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------
N_POS, N_NEG = 245, 120


def generate():
    global rng
    rng = random.Random(SEED)
    records, meta = [], []
    for i in range(N_POS):
        fn, reg = POS_SCHEDULE[i % len(POS_SCHEDULE)]
        if i >= len(POS_SCHEDULE) and chance(0.3):
            reg = pick(["UK", "IE"]) if fn not in (pos_ssn,) else "US"
        c = Case()
        note = fn(c, reg)
        rid = f"h446-pos-{i + 1:03d}"
        records.append({"id": rid, "kind": "positive", "turns": c.turns, "spans": c.spans, "note": note})
        meta.append(c.groups)
    for i in range(N_NEG):
        fn = NEG_SCHEDULE[i % len(NEG_SCHEDULE)]
        reg = NEG_REG[i % len(NEG_REG)]
        c = Case()
        note = fn(c, reg)
        assert not c.spans
        records.append({"id": f"h446-neg-{i + 1:03d}", "kind": "negative", "turns": c.turns, "spans": [], "note": note})
        meta.append([])
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return text, records, meta


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------
UNITW = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
         "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
UNIT19 = {k: v for k, v in UNITW.items() if v}
TEENW = {v: str(k) for k, v in TEEN.items()}
TENSW = {v: str(k) for k, v in TENS.items()}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm"}


def norm(text, mode, lenient=False):
    """Normalise spoken/typed value text. mode: digits | alnum | email."""
    if mode == "email":
        toks = [t.strip(",") for t in text.lower().split()]
        toks = [t for t in toks if t]
    else:
        toks = re.findall(r"[a-z0-9]+|[,.;]", text.lower().replace("x-ray", "xray"))
    out, i = [], 0

    def nxt(j):
        return toks[j] if j < len(toks) else None

    while i < len(toks):
        t = toks[i]
        if t in (",", ".", ";") or t in FILLERS or t in ("plus", "dash", "hyphen") and mode != "email":
            i += 1; continue
        if mode == "email" and ("@" in t or "." in t):
            out.append(t); i += 1; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in ("double", "triple", "treble"):
            k = 2 if t == "double" else 3
            u = nxt(i + 1)
            if u in UNITW:
                out.append(str(UNITW[u]) * k)
            elif mode != "digits" and u and len(u) == 1:
                out.append(u * k)
            else:
                raise ValueError(f"bad {t} {u}")
            i += 2; continue
        if mode != "digits" and len(t) == 1 and t.isalpha() and (nxt(i + 1) == "for" or (nxt(i + 1) == "as" and nxt(i + 2) == "in")):
            out.append(t)
            i += 3 if nxt(i + 1) == "for" else 4
            continue
        if t in UNITW and not (mode == "email" and t == "o"):
            if nxt(i + 1) == "hundred":
                h = UNITW[t]; j = i + 2
                has_and = nxt(j) == "and"
                if has_and:
                    j += 1
                u = nxt(j)
                if has_and and u in TENSW:
                    v = nxt(j + 1)
                    if v in UNIT19:
                        out.append(f"{h}{TENSW[u]}{UNIT19[v]}"); i = j + 2
                    else:
                        out.append(f"{h}{TENSW[u]}0"); i = j + 1
                elif has_and and u in TEENW:
                    out.append(f"{h}{TEENW[u]}"); i = j + 1
                elif has_and and u in UNITW:
                    out.append(f"{h}0{UNITW[u]}"); i = j + 1
                else:
                    out.append(f"{h}00"); i += 2
                continue
            out.append(str(UNITW[t])); i += 1; continue
        if t in TEENW:
            out.append(TEENW[t]); i += 1; continue
        if t in TENSW:
            v = nxt(i + 1)
            if v in UNIT19:
                out.append(TENSW[t] + str(UNIT19[v])); i += 2
            else:
                out.append(TENSW[t] + "0"); i += 1
            continue
        if mode in ("alnum", "email") and len(t) == 1 and t.isalpha():
            if nxt(i + 1) == "for":
                i += 3
            elif nxt(i + 1) == "as" and nxt(i + 2) == "in":
                i += 4
            else:
                i += 1
            out.append(t); continue
        if mode == "email":
            m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
            if t in m:
                out.append(m[t]); i += 1; continue
            if t in ("that's",):  # "oconnor, that's o c o n n o r" spelling aside
                # skip the spelled-out letters that repeat the previous word
                prev = out[-1]
                j = i + 1
                spelled = ""
                while j < len(toks) and len(toks[j]) == 1 and len(spelled) < len(prev):
                    spelled += toks[j]; j += 1
                if spelled != prev:
                    raise ValueError("bad spelling aside")
                i = j; continue
            out.append(t); i += 1; continue
        if mode == "alnum" and re.fullmatch(r"[a-z0-9]+", t) and (len(t) <= 4 or any(ch.isdigit() for ch in t)):
            out.append(t); i += 1; continue
        if lenient:
            out.append("|"); i += 1; continue
        raise ValueError(f"unexpected token {t!r} in {text!r}")
    return "".join(out)


DIGIT_TYPES = {"CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"}


def validate_canon(typ, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "SSN":
        return (canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666") and canon[0] != "9"
                and canon[3:5] != "00" and canon[5:] != "0000")
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 12
    if typ == "PHONE":
        return phone_ok(canon)
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(canon))
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(canon) or EIR_RE.match(canon) or ZIP_RE.match(canon))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", canon))
    if typ == "DOB":
        d = datetime.date.fromisoformat(canon)
        return 1900 <= d.year <= 2010
    if typ == "EXPIRY":
        m, y = canon
        return 1 <= m <= 12 and 2024 <= y <= 2035
    if typ == "ADDRESS":
        num, flat = canon
        return num >= 1 and (flat is None or flat >= 1)
    return False


def check_group(rec, g):
    texts = [rec["turns"][rec["spans"][k]["turn"]]["text"][rec["spans"][k]["start"]:rec["spans"][k]["end"]] for k in g["spans"]]
    typ, canon, mode = g["type"], g["canon"], g["mode"]
    if not texts:
        raise ValueError("group without spans")
    joined = " , ".join(texts)
    if mode == "prefix":
        assert norm(joined, "digits") == canon, (joined, canon)
        return
    if not validate_canon(typ, canon):
        raise ValueError(f"invalid canonical {typ} {canon}")
    if typ in DIGIT_TYPES:
        got = norm(joined, "digits")
        if typ == "CARD_NUMBER" and len(texts) == 1 and len(got) == 4:
            assert canon.endswith(got), (joined, canon)  # last-four after full read in same case
            return
        assert got == canon, (typ, joined, got, canon)
    elif typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        got = norm(joined, "alnum").upper()
        assert got == canon.upper(), (typ, joined, got, canon)
    elif typ == "EMAIL":
        got = norm(joined, "email").replace(" ", "")
        assert got == canon.lower(), (typ, joined, got, canon)
    elif typ == "ADDRESS":
        got = norm(joined, "alnum", lenient=True)
        num, flat = canon
        assert str(num) in got and (flat is None or str(flat) in got), (joined, got, canon)
    elif typ == "DOB":
        d = datetime.date.fromisoformat(canon)
        low = joined.lower()
        assert MONTHS[d.month] in low or MONTHS[d.month][:3] in low or str(d.month) in norm(joined, "alnum", True) or ORD[d.month] in low, (joined, canon)
    elif typ == "EXPIRY":
        m, y = canon
        low = joined.lower()
        assert MONTHS[m][:3] in low or str(m) in norm(joined, "alnum", True), (joined, canon)


def check(text, records, meta):
    errors = []
    if not os.path.exists(OUT):
        return ["cases.jsonl missing"]
    with open(OUT, encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != text:
        errors.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    for rec, groups in zip(records, meta):
        rid = rec["id"]
        assert rec["kind"] in ("positive", "negative")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errors.append(f"{rid}: bad speaker")
        if rec["kind"] == "negative" and rec["spans"]:
            errors.append(f"{rid}: negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            errors.append(f"{rid}: positive without spans")
        last = {}
        for s in rec["spans"]:
            if s["type"] not in TYPES:
                errors.append(f"{rid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(rec["turns"])):
                errors.append(f"{rid}: turn out of range"); continue
            tx = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errors.append(f"{rid}: offsets out of range"); continue
            if not (tx[a].isalnum() and tx[b - 1].isalnum()):
                errors.append(f"{rid}: span does not start/end on value char: {tx[a:b]!r}")
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errors.append(f"{rid}: span not on word boundary: {tx[max(0, a - 3):b + 3]!r}")
            if tx[a:b].split()[0].lower() in FILLERS or tx[a:b].split()[-1].lower() in FILLERS:
                errors.append(f"{rid}: filler at span edge")
            if s["turn"] in last and a < last[s["turn"]]:
                errors.append(f"{rid}: overlapping or unsorted spans")
            last[s["turn"]] = b
        for g in groups:
            try:
                check_group(rec, g)
            except (AssertionError, ValueError) as e:
                errors.append(f"{rid}: {g['type']} validation failed: {e}")
    return errors


def counts(records):
    by_type = Counter(s["type"] for r in records for s in r["spans"])
    kinds = Counter(r["kind"] for r in records)
    return by_type, kinds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text, records, meta = generate()
    by_type, kinds = counts(records)
    if args.check:
        errors = check(text, records, meta)
        mins = {t: 10 for t in TYPES}
        mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
        for t, m in mins.items():
            if by_type[t] < m:
                errors.append(f"too few {t} spans: {by_type[t]} < {m}")
        if kinds["positive"] < 200 or kinds["negative"] < 100:
            errors.append(f"too few cases: {dict(kinds)}")
        for e in errors[:50]:
            print("ERROR", e)
        if errors:
            print(f"FAILED with {len(errors)} errors")
            sys.exit(1)
        print(f"OK: {len(records)} cases ({kinds['positive']} positive, {kinds['negative']} negative), "
              f"{sum(by_type.values())} spans")
        for t in TYPES:
            print(f"  {t}: {by_type[t]}")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT}: {kinds['positive']} positive, {kinds['negative']} negative")
    for t in TYPES:
        print(f"| {t} | {by_type[t]} |")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout340 held-out PII redaction evaluation set.

Written by an independent test author who did not see the redaction engine.
Standard library only; one random generator seeded with 340241125.

    python scripts/make_pii_holdout340.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout340.py --check  # regenerate + verify
"""
import argparse
import json
import os
import re
import sys
from datetime import date
import random

SEED = 340241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout340", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
TENS_W = {v: k for k, v in TENS.items()}
ZERO_W = {"zero", "oh", "o", "nought"}
FILLERS = {"um", "uh", "er", "erm", "uhh", "umm", "hmm"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
LETTER_NATO = {}
for _w, _l in NATO.items():
    LETTER_NATO.setdefault(_l, _w)
ALT_FOR = {"B": "bob", "C": "cat", "D": "dog", "F": "freddie", "G": "george", "H": "harry",
           "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nancy",
           "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william",
           "A": "apple", "E": "edward", "X": "x-ray", "Y": "yellow", "Z": "zebra"}


def pair_words(p, zero):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return [zero, UNITS[b] if b else zero]
    if a == 1:
        return [TEENS[b]]
    return [TENS[a]] if b == 0 else [TENS[a], UNITS[b]]


def hundred_words(t, zero, us=False):
    h = [UNITS[int(t[0])], "hundred"]
    rest = t[1:]
    if not us:
        h.append("and")
    if rest[0] == "0":
        return h + [UNITS[int(rest[1])]]
    return h + pair_words(rest, zero)


def digit_words(s, R, zero, dbl_p=0.5):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i] and j - i < 3:
            j += 1
        run = j - i
        w = zero if s[i] == "0" else UNITS[int(s[i])]
        if run == 3 and R.random() < dbl_p:
            out += ["triple", w]
        elif run >= 2 and R.random() < dbl_p:
            out += ["double", w]
            j = i + 2
        else:
            out.append(w)
            j = i + 1
        i = j
    return out


def say_group(s, R, zero, style=None, us=False):
    """Speak one digit group; style: digits / pairs / hundreds."""
    if style is None:
        style = R.choice(["digits", "digits", "digits", "pairs", "hundreds"])
    if style == "pairs" and len(s) % 2 == 0 and all(s[k] not in "0" and (s[k] == "1" or s[k + 1] != "0")
                                                    for k in range(0, len(s), 2)):
        w = []
        for k in range(0, len(s), 2):
            w += pair_words(s[k:k + 2], zero)
        return " ".join(w)
    if style == "hundreds" and len(s) == 3 and s[0] != "0" and s[1:] != "00" and (s[1] in "01" or s[2] != "0"):
        return " ".join(hundred_words(s, zero, us))
    if style == "hundreds" and len(s) == 4 and s[0] not in "01" and s[2] not in "01" and s[1] != "0" and s[3] != "0":
        # "four hundred and twelve" style does not fit; say "forty one eleven"
        return " ".join(pair_words(s[:2], zero) + pair_words(s[2:], zero))
    return " ".join(digit_words(s, R, zero))


def spell_letter(L, R, mode):
    if mode == "nato":
        return "%s for %s" % (L.lower(), LETTER_NATO[L])
    if mode == "alt":
        return "%s for %s" % (L.lower(), ALT_FOR.get(L, LETTER_NATO[L]))
    if mode == "asin":
        return "%s as in %s" % (L.lower(), LETTER_NATO[L])
    return L.lower()


def say_alnum(s, R, zero, letter_mode="plain", digit_style="digits"):
    """Speak a mixed letter/digit string (postcodes, NI numbers, IBANs)."""
    parts = re.findall(r"[A-Z]|[0-9]+", s)
    out = []
    for p in parts:
        if p.isalpha():
            m = letter_mode if letter_mode != "mix" else R.choice(["plain", "plain", "nato"])
            if p == "O" and m == "plain":
                m = "nato"
            out.append(spell_letter(p, R, m))
        else:
            out.append(say_group(p, R, zero, digit_style))
    return " ".join(out)


# ----------------------------------------------------------- normalisers
def spoken_to_alnum(text):
    toks = re.findall(r"[a-z]+|[0-9]", text.lower().replace("x-ray", "xray").replace("(0)", ""))
    out = []
    i = 0
    n = len(toks)

    def val(t):
        if t.isdigit():
            return t
        if t in ZERO_W:
            return "0"
        if t in UNITS:
            return str(UNITS.index(t))
        if len(t) == 1:
            return t.upper()
        return None

    while i < n:
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif t in FILLERS or t in ("and", "plus", "dash", "hyphen", "space"):
            pass
        elif t in ("double", "triple"):
            v = val(toks[i + 1])
            out.append(v * (2 if t == "double" else 3))
            i += 1
        elif t in ZERO_W:
            out.append("0")
        elif t in UNITS:
            out.append(str(UNITS.index(t)))
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS_W:
            if i + 1 < n and toks[i + 1] in UNITS[1:]:
                out.append(str(TENS_W[t]) + str(UNITS.index(toks[i + 1])))
                i += 1
            else:
                out.append(str(TENS_W[t]) + "0")
        elif t == "thousand":
            j = i + 1
            while j < n and toks[j] == "and":
                j += 1
            if j < n and toks[j] in TEENS or j < n and toks[j] in TENS_W:
                out.append("0")
            elif j < n and toks[j] in UNITS[1:]:
                out.append("00")
            else:
                out.append("000")
        elif t == "hundred":
            j = i + 1
            while j < n and toks[j] == "and":
                j += 1
            if j < n and (toks[j] in TEENS or toks[j] in TENS_W):
                pass
            elif j < n and toks[j] in UNITS[1:]:
                out.append("0")
            else:
                out.append("00")
        elif len(t) == 1:
            if i + 2 < n and toks[i + 1] == "for":
                i += 2
            elif i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in":
                i += 3
            out.append(t.upper())
        elif t in NATO:
            out.append(NATO[t])
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


def spoken_email(text):
    t = text.lower()
    if "@" in t:
        return re.sub(r"\s+", "", t)
    toks = t.replace(",", " ").split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in FILLERS:
            pass
        elif w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in UNITS or w in TEENS or w in TENS_W or w in ("double", "triple") or w in ZERO_W:
            # collect a numeric run
            j = i
            while j < len(toks) and (toks[j] in UNITS or toks[j] in TEENS or toks[j] in TENS_W
                                     or toks[j] in ("double", "triple") or toks[j] in ZERO_W):
                j += 1
            if w in ("double", "triple") and j - i == 1:
                j += 1
            out.append(spoken_to_alnum(" ".join(toks[i:j])).lower())
            i = j
            continue
        elif len(w) == 1 and i + 2 < len(toks) and toks[i + 1] == "for":
            out.append(w)
            i += 3
            continue
        else:
            out.append(w)
        i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError


def iban_mod(s):
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
STREET_SFX = ["road", "street", "lane", "avenue", "close", "drive", "way", "crescent",
              "terrace", "grove", "place", "court", "gardens", "rd", "st", "ave", "dr",
              "boulevard", "blvd", "parade", "row", "walk", "square", "hill", "mews"]


def validate_value(typ, canon, mode, texts):
    """Validate one labelled value (group of spans). Returns error string or None."""
    joined = " ".join(texts)
    if typ == "EMAIL":
        got = spoken_email(joined)
        if mode == "full" and got != canon.lower():
            return "email %r != %r" % (got, canon)
        if not re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", canon.lower()):
            return "bad email canon"
        return None
    if typ in ("DOB", "EXPIRY"):
        y, m, d = canon
        try:
            date(y, m, d or 1)
        except ValueError:
            return "bad date"
        digits = re.sub(r"[^0-9]", "", spoken_to_alnum(joined.replace(",", " ")))
        if ("%02d" % (y % 100)) not in digits:
            return "year not found in %r" % joined
        if typ == "DOB" and not (1920 <= y <= 2008):
            return "implausible DOB"
        if typ == "EXPIRY" and not (2024 <= y <= 2034):
            return "implausible expiry"
        return None
    if typ == "ADDRESS":
        low = joined.lower()
        if not re.match(r"^(flat|apt|apartment|unit|number|no|[0-9]|[a-z]+)", low):
            return "address start"
        if not any(re.search(r"\b%s\b" % s, low) for s in STREET_SFX):
            return "address has no street word: %r" % joined
        digits = re.sub(r"[^0-9]", "", spoken_to_alnum(re.sub(r"[a-z]+(?<!hundred)", lambda mm: mm.group(0) if (mm.group(0) in UNITS or mm.group(0) in TEENS or mm.group(0) in TENS_W or mm.group(0) in ZERO_W or mm.group(0) in ("double", "triple", "hundred", "and")) else " ", low)))
        if canon not in digits:
            return "house number %s not in %r (%s)" % (canon, joined, digits)
        return None
    got = spoken_to_alnum(joined)
    if mode == "full" and got != canon:
        return "%s normalised %r != %r" % (typ, got, canon)
    if mode == "prefix" and not canon.startswith(got):
        return "prefix %r of %r" % (got, canon)
    if mode == "suffix" and not canon.endswith(got):
        return "suffix %r of %r" % (got, canon)
    if mode == "fragment" and not (got.isdigit() and len(got) <= len(canon)):
        return "fragment %r" % got
    c = canon
    if typ == "CARD_NUMBER":
        ok = c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    elif typ == "CVV":
        ok = c.isdigit() and len(c) in (3, 4)
    elif typ == "SSN":
        ok = (c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9"
              and c[3:5] != "00" and c[5:] != "0000")
    elif typ == "NI_NUMBER":
        ok = bool(NI_RE.match(c)) and c[:2] not in NI_BAD
    elif typ == "SORT_CODE":
        ok = c.isdigit() and len(c) == 6
    elif typ == "BANK_ACCOUNT":
        ok = c.isdigit() and 6 <= len(c) <= 12
    elif typ == "IBAN":
        ok = bool(re.match(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$", c)) and iban_mod(c) == 1
    elif typ == "PHONE":
        ok = c.isdigit() and 10 <= len(c) <= 13 and (
            c[0] == "0" or c[:2] in ("44", "49", "33", "34", "31") or c[:3] == "353"
            or (c[0] == "1" and len(c) == 11) or (len(c) == 10 and c[0] in "23456789"))
    elif typ == "POSTCODE":
        ok = bool(UK_PC_RE.match(c)) or bool(re.match(r"^[0-9]{5}([0-9]{4})?$", c))
    else:
        ok = False
    return None if ok else "%s canonical invalid %r" % (typ, c)


# ------------------------------------------------------------- builder
class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.groups = []  # (type, canon, mode)

    def val(self, typ, canon, mode="full"):
        self.groups.append((typ, canon, mode))
        return len(self.groups) - 1

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def render(self):
        turns, spans, gspans = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for sg in segs:
                if isinstance(sg, tuple):
                    t, g = sg
                    start = len(text)
                    text += t
                    gspans.setdefault(g, []).append(len(spans))
                    spans.append({"turn": ti, "start": start, "end": len(text),
                                  "type": self.groups[g][0]})
                else:
                    text += sg
            turns.append({"speaker": spk, "text": text})
        return turns, spans, gspans


# ------------------------------------------------------------ vocab
FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "maria", "kwame", "niamh",
         "deborah", "raj", "chloe", "gareth", "fatima", "seamus", "linda", "marcus", "yusuf",
         "hannah", "pawel", "grace", "ciaran", "emma", "luis", "bethany", "ahmed", "zoe"]
LAST = ["smith", "murphy", "patel", "walsh", "jones", "nowak", "brennan", "khan", "taylor",
        "garcia", "hughes", "kelly", "williams", "schmidt", "rossi", "campbell", "reid",
        "baker", "fitzgerald", "adeyemi", "morgan", "lynch", "harper", "duffy"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "aol.com", "live.ie", "proton.me", "sky.com",
           "web.de", "orange.fr", "comcast.net"]
UK_STREETS = ["kingsway", "mill", "station", "church", "victoria", "queens", "albert",
              "park", "elm", "hawthorn", "beech", "windsor", "chapel", "meadow", "bridge",
              "castle", "newton", "cromwell", "ashdown", "larch", "belmont"]
UK_TOWNS = ["leeds", "bristol", "manchester", "cardiff", "glasgow", "norwich", "hull",
            "reading", "leicester", "derby", "swansea", "york", "belfast", "croydon"]
US_STREETS = ["elm", "maple", "oak", "washington", "lincoln", "sunset", "cedar", "pine",
              "jefferson", "lake", "highland", "madison", "willow", "hickory"]
US_TOWNS = [("springfield", "IL"), ("austin", "TX"), ("columbus", "OH"), ("tampa", "FL"),
            ("denver", "CO"), ("albany", "NY"), ("fresno", "CA"), ("tucson", "AZ"),
            ("raleigh", "NC"), ("boise", "ID")]
IE_TOWNS = ["cork", "galway", "limerick", "dublin 8", "waterford", "sligo", "athlone"]
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes", "ok go on",
          "mm hm", "sure", "and the next bit?", "carry on", "yeah", "perfect"]
ASIDES = ["sorry the dog's going mad", "hang on it's a bit worn", "one second my glasses",
          "sorry kids are shouting", "hold on the light's bad in here",
          "bear with me", "sorry i'm driving", "oh hang on", "wait let me turn it over"]
INDUSTRIES = {
    "banking": ("thanks for calling northgate bank, how can i help", "Hi, welcome to Northgate Bank chat."),
    "telecom": ("you're through to volta mobile, what can i do for you", "Hi, you're chatting with Volta Mobile support."),
    "utilities": ("hello you're through to brightwater energy", "Brightwater Energy: an agent will be with you shortly."),
    "retail": ("hi thanks for calling homestead retail", "Hello from Homestead Retail customer care!"),
    "insurance": ("good morning, clearpath insurance, claims team", "ClearPath Insurance - how can we help?"),
    "travel": ("skylark travel bookings, how can i help", "Skylark Travel support here."),
    "healthcare billing": ("medbill patient billing office, this call may be recorded", "MedBill patient accounts - secure message."),
    "government": ("you're through to the benefits helpline", "Welcome to the council tax online helpdesk."),
}


class Gen:
    def __init__(self):
        self.R = random.Random(SEED)

    # ---------- value factories
    def card(self, kind=None):
        R = self.R
        kind = kind or R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
        if kind == "visa":
            p, L = "4" + "".join(R.choice("0123456789") for _ in range(5)), 16
        elif kind == "mc":
            p, L = str(R.randint(51, 55)) + "".join(R.choice("0123456789") for _ in range(4)), 16
        elif kind == "mc2":
            p, L = str(R.randint(2221, 2720)) + "".join(R.choice("0123456789") for _ in range(2)), 16
        elif kind == "amex":
            p, L = R.choice(["34", "37"]) + "".join(R.choice("0123456789") for _ in range(4)), 15
        elif kind == "disc":
            p, L = "6011" + "".join(R.choice("0123456789") for _ in range(2)), 16
        elif kind == "visa13":
            p, L = "4" + "".join(R.choice("0123456789") for _ in range(5)), 13
        else:
            p, L = R.choice(["6759", "6761", "5018"]) + "".join(R.choice("0123456789") for _ in range(2)), 19
        body = p + "".join(R.choice("0123456789") for _ in range(L - len(p) - 1))
        return luhn_complete(body)

    def card_groups(self, c):
        R = self.R
        L = len(c)
        if L == 15:
            pat = [4, 6, 5]
        elif L == 13:
            pat = R.choice([[4, 4, 5], [4, 3, 3, 3], [13]])
        elif L == 19:
            pat = R.choice([[4, 4, 4, 4, 3], [6, 13], [4, 4, 4, 7]])
        else:
            pat = R.choice([[4, 4, 4, 4]] * 5 + [[4, 8, 4], [3, 5, 4, 4], [8, 8], [2, 2, 4, 4, 4]])
        out, k = [], 0
        for g in pat:
            out.append(c[k:k + g])
            k += g
        return out

    def ssn(self):
        R = self.R
        while True:
            a = R.randint(1, 899)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))

    def ni(self):
        R = self.R
        while True:
            p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
            if p not in NI_BAD:
                break
        return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")

    def digits(self, n, first_nonzero=False):
        s = "".join(self.R.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.R.randint(1, 9)) + s[1:]
        return s

    def iban(self, cc=None):
        R = self.R
        cc = cc or R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL"])
        if cc == "GB":
            bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + self.digits(14)
        elif cc == "IE":
            bban = R.choice(["AIBK", "BKIR"]) + self.digits(14)
        elif cc == "DE":
            bban = self.digits(18)
        elif cc == "FR":
            bban = self.digits(23)
        elif cc == "ES":
            bban = self.digits(20)
        else:
            bban = R.choice(["ABNA", "INGB", "TRIA"]) + self.digits(10)
        chk = 98 - iban_mod(cc + "00" + bban)
        return cc + "%02d" % chk + bban

    def phone(self, region=None):
        """Returns (canonical digits, typed form, spoken-parts list)."""
        R = self.R
        region = region or R.choice(["uk_mob", "uk_mob", "uk_land", "uk_intl", "us", "us", "us_intl",
                                     "ie", "ie_intl", "de_intl", "fr_intl"])
        if region == "uk_mob":
            n = "07" + self.digits(9)
            return n, R.choice([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:], n[:4] + "-" + n[4:7] + "-" + n[7:]]), [n[:5], n[5:8], n[8:]]
        if region == "uk_land":
            n = R.choice(["020", "0161", "0113", "0117", "0141", "029"])
            n = n + self.digits(11 - len(n), True)
            return n, n[:len(n) - 7] + " " + n[-7:-4] + " " + n[-4:], [n[:len(n) - 7], n[-7:-4], n[-4:]]
        if region == "uk_intl":
            m = "7" + self.digits(9)
            return "44" + m, R.choice(["+44 " + m[:4] + " " + m[4:], "+44 (0)" + m[:4] + " " + m[4:], "0044 " + m, "+44" + m]), ["plus four four", m[:4], m[4:7], m[7:]]
        if region == "us":
            a = str(R.randint(2, 9)) + self.digits(2)
            b = str(R.randint(2, 9)) + self.digits(2)
            c = self.digits(4)
            return a + b + c, R.choice([a + "-" + b + "-" + c, a + "." + b + "." + c, a + " " + b + " " + c, a + b + c]), [a, b, c]
        if region == "us_intl":
            a = str(R.randint(2, 9)) + self.digits(2)
            b = str(R.randint(2, 9)) + self.digits(2)
            c = self.digits(4)
            return "1" + a + b + c, R.choice(["+1 " + a + " " + b + " " + c, "1-" + a + "-" + b + "-" + c, "+1-" + a + "-" + b + "-" + c]), ["one", a, b, c]
        if region == "ie":
            n = "08" + R.choice("35679") + self.digits(7)
            return n, R.choice([n[:3] + " " + n[3:6] + " " + n[6:], n, n[:3] + "-" + n[3:]]), [n[:3], n[3:6], n[6:]]
        if region == "ie_intl":
            m = "8" + R.choice("35679") + self.digits(7)
            return "353" + m, "+353 " + m[:2] + " " + m[2:5] + " " + m[5:], ["plus three five three", m[:2], m[2:5], m[5:]]
        if region == "de_intl":
            m = R.choice(["30", "89", "151", "170"]) + self.digits(8)
            return "49" + m, "+49 " + m[:3] + " " + m[3:], ["plus four nine", m[:3], m[3:6], m[6:]]
        m = R.choice("67") + self.digits(8)
        return "33" + m, "+33 " + m[0] + " " + " ".join(m[k:k + 2] for k in range(1, 9, 2)), ["plus three three", m[0], m[1:5], m[5:]]

    def email(self):
        R = self.R
        f, l = R.choice(FIRST), R.choice(LAST)
        sep = R.choice([".", "", "_", ".", "-"])
        num = R.choice(["", "", str(R.randint(70, 99)), str(R.randint(1, 29))])
        local = R.choice([f + sep + l, f[0] + sep + l, f + sep + l[0], l + sep + f]) + num
        return local + "@" + R.choice(DOMAINS)

    def email_spoken(self, e):
        R = self.R
        local, dom = e.split("@")
        out = []
        for tok in re.findall(r"[a-z]+|[0-9]+|[._-]", local):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append(R.choice(["dash", "hyphen"]))
            elif tok.isdigit():
                out.append(say_group(tok, R, "zero", "pairs" if len(tok) == 2 and tok[0] != "0" else "digits"))
            elif len(tok) == 1:
                out.append(tok if tok != "o" else "o for oscar")
            elif R.random() < 0.25 and "o" not in tok and len(tok) <= 6:
                out.append(" ".join(tok))  # spelled out
            else:
                out.append(tok)
        out.append("at")
        out.append(" dot ".join(dom.split(".")))
        return " ".join(out)

    def ukpc(self):
        R = self.R
        A = "ABCDEFGHJKLMNPRSTUWY"
        area = R.choice([R.choice(A), R.choice(A) + R.choice("ABCDEFGHKLMNPRSTUWY")])
        dist = str(R.randint(1, 29)) if R.random() < 0.8 else str(R.randint(1, 9)) + R.choice("ABEHMNPRW")
        inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
        return area + dist + inward

    def dob(self):
        R = self.R
        return (R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28))

    def expiry(self):
        R = self.R
        return (R.randint(2025, 2032), R.randint(1, 12), 0)

    # ---------- spoken / typed renderers
    def zero(self, uk=True):
        return self.R.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "oh", "zero", "zero"])

    def date_typed(self, y, m, d, us=False):
        R = self.R
        f = R.choice(["num", "num", "num2", "iso", "long", "long2", "mon"])
        if f == "num":
            return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
        if f == "num2":
            return ("%d-%d-%02d" % (m, d, y % 100)) if us else ("%d.%d.%02d" % (d, m, y % 100))
        if f == "iso":
            return "%d-%02d-%02d" % (y, m, d)
        if f == "long":
            return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y) if us else "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
        if f == "long2":
            sfx = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return "%d%s %s %d" % (d, sfx, MONTHS[m - 1], y)
        return "%02d-%s-%d" % (d, MON3[m - 1].capitalize(), y)

    def date_spoken(self, y, m, d, us=False):
        R = self.R
        z = self.zero(not us)
        yr = R.choice(["full", "full", "short"])
        if yr == "full":
            ys = say_group(str(y), R, z, "pairs") if str(y)[2] != "0" else (
                ("two thousand" + ("" if y == 2000 else " and " + UNITS[y % 10])) if y >= 2000 else "nineteen " + z + " " + UNITS[y % 10])
        else:
            ys = " ".join(pair_words("%02d" % (y % 100), z))
        f = R.choice(["ord_of", "mon_ord", "digits", "ord_of_num"])
        if f == "ord_of":
            return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], ys) if R.random() < 0.5 else "%s of %s %s" % (ORD[d], MONTHS[m - 1], ys)
        if f == "mon_ord":
            return "%s %s %s" % (MONTHS[m - 1], ORD[d], ys)
        if f == "ord_of_num":
            return "%s of the %s %s" % (ORD[d], ORD[m], ys)
        a, b = ("%02d" % m, "%02d" % d) if us else ("%02d" % d, "%02d" % m)
        return "%s %s %s" % (" ".join(digit_words(a, R, z, 0.3)), " ".join(digit_words(b, R, z, 0.3)), ys)

    def exp_typed(self, y, m):
        R = self.R
        return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                         "%02d-%02d" % (m, y % 100), "%s %d" % (MON3[m - 1].capitalize(), y), "%02d %02d" % (m, y % 100)])

    def exp_spoken(self, y, m, us=False):
        R = self.R
        z = self.zero(not us)
        yy = " ".join(pair_words("%02d" % (y % 100), z))
        f = R.choice(["digits", "digits", "month", "month_full", "split"])
        if f == "digits":
            return "%s %s" % (" ".join(digit_words("%02d" % m, R, z, 0.4)), yy)
        if f == "split":
            return "%s %s" % (" ".join(digit_words("%02d" % m, R, z, 0.4)), " ".join(digit_words("%02d" % (y % 100), R, z, 0.5)))
        if f == "month":
            return "%s %s" % (MONTHS[m - 1], yy)
        return "%s twenty %s" % (MONTHS[m - 1], yy)

    def spoken_reading(self, s, groups, z, fill_p=0.25, style_p=None, us=False):
        """Return list of spoken strings (one per group) with optional fillers between."""
        R = self.R
        res = []
        for g in groups:
            st = None
            if style_p is not None:
                st = style_p
            res.append(say_group(g, R, z, st, us))
        return res

    def join_with_fillers(self, parts, fill_p=0.2):
        R = self.R
        out = parts[0]
        for p in parts[1:]:
            if R.random() < fill_p:
                out += R.choice([" um ", " uh ", ", er, ", " erm ", " uh, "]) + p
            else:
                out += R.choice([" ", " ", ", ", " ... "]) + p
        return out

    def split_turns(self, c, spk, typ, canon, parts, lead="", back=True, aside_p=0.2, fill_p=0.2):
        """Customer reads parts (list of spoken groups) across 1..n turns with agent back-channels."""
        R = self.R
        g = c.val(typ, canon)
        n = len(parts)
        if n == 1:
            chunks = [parts]
        else:
            k = R.randint(1, min(3, n))
            cuts = sorted(R.sample(range(1, n), k - 1)) if k > 1 else []
            chunks, prev = [], 0
            for ct in cuts + [n]:
                chunks.append(parts[prev:ct])
                prev = ct
        for i, ch in enumerate(chunks):
            pre = lead if i == 0 else R.choice(["", "", "then ", "and ", "um "])
            if len(ch) >= 2 and R.random() < aside_p:
                cut = R.randint(1, len(ch) - 1)
                c.say(spk, pre, (self.join_with_fillers(ch[:cut], fill_p), g), ", %s, " % R.choice(ASIDES),
                      (self.join_with_fillers(ch[cut:], fill_p), g))
            else:
                c.say(spk, pre, (self.join_with_fillers(ch, fill_p), g), R.choice(["", "", ".", "..."]))
            if i < len(chunks) - 1 and back:
                c.say("agent" if spk == "customer" else "customer", R.choice(BACKCH))
        return g

    def intro(self, c, ind, asr):
        if asr:
            c.say("agent", INDUSTRIES[ind][0])
        else:
            c.say("agent", INDUSTRIES[ind][1])

    # ================================================= positive scenarios
    def pos_card_chat(self):
        R = self.R
        ind = R.choice(["retail", "travel", "telecom", "utilities", "healthcare billing", "insurance"])
        c = Case("typed chat card payment (%s)" % ind)
        cn = self.card()
        gs = self.card_groups(cn)
        sep = R.choice([" ", " ", "-", "", "  ", " - ", "."])
        typed = sep.join(gs)
        self.intro(c, ind, False)
        c.say("customer", R.choice(["i want to pay the outstanding bill", "Need to pay for my order pls",
                                    "hi can I update my card on file", "paying the excess for my claim",
                                    "Card got declined, trying a different one"]))
        c.say("agent", R.choice(["Sure, please type the long card number.", "No problem - what's the card number?",
                                 "Please provide the card number, expiry and security code."]))
        g = c.val("CARD_NUMBER", cn)
        lab = R.choice(["", "", "card no: ", "Card number - ", "its ", "cc#", "ok: ", "Card nmber: "])
        c.say("customer", lab, (typed, g), R.choice(["", " thanks", ".", " (visa debit)", " <- new card"]))
        r = R.random()
        if r < 0.7:
            y, m, _ = self.expiry()
            ge = c.val("EXPIRY", (y, m, 0))
            cv = self.digits(4 if len(cn) == 15 else 3)
            gc = c.val("CVV", cv)
            form = R.choice(["two", "one", "label"])
            if form == "one":
                c.say("customer", R.choice(["exp ", "Expiry: ", "expires ", "valid thru "]), (self.exp_typed(y, m), ge),
                      R.choice([" cvv ", " / cvc: ", ", security code ", " sec code "]), (cv, gc))
            elif form == "label":
                c.say("customer", R.choice(["EXP:", "exp-"]), (self.exp_typed(y, m), ge), R.choice([" CVV:", " CVV2 = "]), (cv, gc))
            else:
                c.say("agent", "And the expiry date?")
                c.say("customer", (self.exp_typed(y, m), ge))
                c.say("agent", "and the 3 digits on the back")
                c.say("customer", R.choice(["", "it's ", "cvc "]), (cv, gc))
        c.say("agent", R.choice(["Thanks, payment of £%d.%02d has been taken." % (R.randint(5, 900), R.randint(0, 99)),
                                 "Thank you, processing now. Your order ref is %s." % ("ORD-" + self.digits(8)),
                                 "Card updated. You'll see a pending charge of $1.00.",
                                 "Thanks, that's gone through."]))
        return c

    def pos_card_asr(self):
        R = self.R
        ind = R.choice(list(INDUSTRIES))
        us = R.random() < 0.35
        c = Case("spoken card reading split over turns (%s%s)" % (ind, ", US" if us else ""))
        self.intro(c, ind, True)
        c.say("customer", R.choice(["yeah hi i need to make a payment", "i'd like to pay off my bill please",
                                    "um i'm calling to pay the deposit", "i wanna put a new card on the account",
                                    "hi yeah, paying for the booking"]))
        c.say("agent", R.choice(["no problem, can i take the long number on the front of the card",
                                 "okay when you're ready, the sixteen digit card number",
                                 "sure, what's the card number", "go ahead with the card number please"]))
        cn = self.card()
        gs = self.card_groups(cn)
        if len(gs) == 1 or max(len(x) for x in gs) > 6:
            gs = [cn[k:k + 4] for k in range(0, len(cn), 4)]
        z = self.zero(not us)
        parts = [say_group(x, R, z, None, us) for x in gs]
        restart = R.random() < 0.2
        if restart:
            gp = c.val("CARD_NUMBER", cn, "prefix")
            c.say("customer", "okay it's ", (" ".join(parts[:2]), gp), R.choice([", no wait sorry i've read that wrong, let me start again",
                                                                                ".. sorry i've lost my place, from the start",
                                                                                " hang on, let me start again"]))
            c.say("agent", R.choice(["no worries", "take your time", "that's fine, from the top"]))
        lead = R.choice(["", "", "it's ", "okay so ", "right it's ", "um "])
        self.split_turns(c, "customer", "CARD_NUMBER", cn, parts, lead, aside_p=0.25, fill_p=0.25)
        if R.random() < 0.5:
            rb = [say_group(x, R, z, "digits") for x in gs]
            g = c.val("CARD_NUMBER", cn)
            c.say("agent", R.choice(["so that's ", "just to confirm ", "let me read that back, "]), (" ".join(rb), g),
                  R.choice(["?", ", is that right?", ", correct?"]))
            c.say("customer", R.choice(["yep", "that's it", "yes that's right"]))
        elif R.random() < 0.5:
            # last four read back after the full card: labelled because the full card was read
            g = c.val("CARD_NUMBER", cn, "suffix")
            c.say("agent", "okay so the card ending ", (" ".join(digit_words(cn[-4:], R, z, 0.2)), g), ", and the expiry?")
            y, m, _ = self.expiry()
            ge = c.val("EXPIRY", (y, m, 0))
            c.say("customer", R.choice(["", "it's ", "um "]), (self.exp_spoken(y, m, us), ge))
        if R.random() < 0.6:
            cv = self.digits(4 if len(cn) == 15 else 3)
            gc = c.val("CVV", cv)
            c.say("agent", R.choice(["and the security code on the back", "and the last three digits on the signature strip",
                                     "and the cvv please"]))
            c.say("customer", R.choice(["", "", "it's ", "um "]), (say_group(cv, R, z, R.choice(["digits", "hundreds"]), us), gc))
        c.say("agent", R.choice(["lovely, that's gone through for %s pounds" % " ".join(pair_words("%02d" % R.randint(11, 99), z)),
                                 "great the payment's been accepted, your reference is %s" % " ".join(digit_words(self.digits(6), R, z)),
                                 "thank you, that's all done", "perfect, you'll get a text confirmation"]))
        return c

    def pos_ssn(self):
        R = self.R
        asr = R.random() < 0.55
        ind = R.choice(["banking", "insurance", "healthcare billing", "government", "telecom"])
        c = Case("US SSN %s (%s)" % ("spoken" if asr else "typed", ind))
        s = self.ssn()
        self.intro(c, ind, asr)
        if asr:
            c.say("customer", R.choice(["hi i'm trying to get into my account", "yeah i got a letter about my bill",
                                        "i need to check my benefit claim", "calling about a medical bill"]))
            c.say("agent", R.choice(["okay to verify can i get your social security number",
                                     "i'll need the last... actually the full social, please",
                                     "can you give me your ssn"]))
            z = self.zero(False)
            parts = [say_group(s[:3], R, z, R.choice(["digits", "hundreds"]), True),
                     say_group(s[3:5], R, z, R.choice(["digits", "pairs"]), True),
                     say_group(s[5:], R, z, R.choice(["digits", "pairs", "digits"]), True)]
            self.split_turns(c, "customer", "SSN", s, parts, R.choice(["", "sure it's ", "yeah ", "okay "]), fill_p=0.25)
            if R.random() < 0.4:
                g = c.val("SSN", s)
                c.say("agent", "that's ", (" ".join(digit_words(s, R, z, 0.2)), g), "?")
                c.say("customer", "mhm")
        else:
            c.say("customer", R.choice(["hi, need to update my W-9 info", "Trying to reset my online login",
                                        "how do I get a copy of my 1099", "Question about invoice #%s" % self.digits(7)]))
            c.say("agent", "I can help with that. For security please confirm your SSN and date of birth.")
            g = c.val("SSN", s)
            fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
            lab = R.choice(["", "SSN: ", "ssn ", "social is ", "SS# ", "my social sec # is "])
            y, m, d = self.dob()
            gd = c.val("DOB", (y, m, d))
            if R.random() < 0.5:
                c.say("customer", lab, (fmt, g), R.choice([" and dob ", ", born ", " DOB: "]), (self.date_typed(y, m, d, True), gd))
            else:
                c.say("customer", lab, (fmt, g))
                c.say("customer", R.choice(["dob ", "birthday ", ""]), (self.date_typed(y, m, d, True), gd))
        c.say("agent", R.choice(["Thanks, you're verified.", "thank you that matches what we have",
                                 "great, i've found your account", "Thanks - account located."]))
        return c

    def pos_ni(self):
        R = self.R
        asr = R.random() < 0.55
        ind = R.choice(["government", "banking", "insurance", "utilities"])
        c = Case("UK National Insurance number %s (%s)" % ("spoken" if asr else "typed", ind))
        ni = self.ni()
        self.intro(c, ind, asr)
        if asr:
            c.say("agent", R.choice(["can i take your national insurance number please",
                                     "and your n i number", "to find your record i'll need your national insurance number"]))
            z = self.zero(True)
            lm = R.choice(["plain", "nato", "mix", "alt", "asin"])
            pre = say_alnum(ni[:2], R, z, lm)
            digs = R.choice(["pairs", "digits", "digits"])
            mid = [say_group(ni[2:4], R, z, digs), say_group(ni[4:6], R, z, digs), say_group(ni[6:8], R, z, digs)]
            suf = say_alnum(ni[8], R, z, lm)
            parts = [pre] + mid + [suf]
            self.split_turns(c, "customer", "NI_NUMBER", ni, parts, R.choice(["", "yeah it's ", "um ", "it's "]), fill_p=0.2)
            if R.random() < 0.5:
                g = c.val("NI_NUMBER", ni)
                c.say("agent", "so ", (say_alnum(ni, R, z, R.choice(["plain", "nato"]), "digits"), g), ", yeah?")
                c.say("customer", R.choice(["yeah", "that's it", "yep spot on"]))
        else:
            c.say("customer", R.choice(["Hi I need to register for council tax reduction",
                                        "my employer says my NI number is wrong on file",
                                        "Applying for the pension credit, what do u need"]))
            c.say("agent", "Please could you confirm your National Insurance number?")
            g = c.val("NI_NUMBER", ni)
            f = R.choice(["a", "b", "c", "d", "e"])
            t = {"a": ni, "b": ni.lower(), "c": "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                 "d": ni[:2].lower() + " " + ni[2:8] + " " + ni[8].lower(), "e": ni[:2] + "-" + ni[2:8] + "-" + ni[8]}[f]
            c.say("customer", R.choice(["", "NI no: ", "nino ", "its ", "NI number is ", "N.I. "]), (t, g),
                  R.choice(["", " thanks", " (from my payslip)"]))
        c.say("agent", R.choice(["Thank you.", "thanks, i've got your record up", "lovely, bear with me"]))
        return c

    def pos_bank(self):
        R = self.R
        asr = R.random() < 0.5
        ind = R.choice(["banking", "utilities", "telecom", "insurance", "government"])
        c = Case("UK sort code and account number %s (%s)" % ("spoken" if asr else "typed", ind))
        sc, ac = self.digits(6, True), self.digits(8)
        self.intro(c, ind, asr)
        c.say("customer", R.choice(["i want to set up a direct debit", "need to change the account my payments come from",
                                    "refund should go to my new account", "setting up a standing order"]))
        if asr:
            z = self.zero(True)
            c.say("agent", "okay what's the sort code")
            scp = [say_group(sc[k:k + 2], R, z, R.choice(["pairs", "digits"])) for k in (0, 2, 4)]
            self.split_turns(c, "customer", "SORT_CODE", sc, scp, R.choice(["", "it's ", "sort code's "]), fill_p=0.15)
            c.say("agent", "and the account number")
            acp = [say_group(ac[:4], R, z), say_group(ac[4:], R, z)]
            self.split_turns(c, "customer", "BANK_ACCOUNT", ac, acp, R.choice(["", "it's ", "right, "]), fill_p=0.2)
            if R.random() < 0.5:
                g1, g2 = c.val("SORT_CODE", sc), c.val("BANK_ACCOUNT", ac)
                c.say("agent", "so that's ", (" ".join(digit_words(sc, R, z, 0.3)), g1), ", account ", (" ".join(digit_words(ac, R, z, 0.3)), g2))
                c.say("customer", "yes")
        else:
            c.say("agent", "Please send the sort code and account number.")
            g1, g2 = c.val("SORT_CODE", sc), c.val("BANK_ACCOUNT", ac)
            sct = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
            c.say("customer", R.choice(["sort code ", "s/c: ", "Sort: ", "sc "]), (sct, g1),
                  R.choice([" acct no: ", ", account ", " a/c ", "\nAccount number: ", " acc# "]), (ac, g2))
        c.say("agent", R.choice(["Thanks, the first collection will be on the %s." % ORD[R.randint(1, 28)],
                                 "that's all set up, it'll take three working days", "Done."]))
        return c

    def pos_us_bank(self):
        R = self.R
        c = Case("US checking account number (banking/utilities)")
        ac = self.digits(R.randint(9, 12), True)
        asr = R.random() < 0.5
        self.intro(c, R.choice(["banking", "utilities"]), asr)
        c.say("customer", R.choice(["I want autopay from my checking", "set up ach payment please"]))
        c.say("agent", "Sure. The routing number is fine as is, what's the checking account number?")
        if asr:
            z = self.zero(False)
            parts = [say_group(ac[k:k + 3], R, z, None, True) for k in range(0, len(ac), 3)]
            self.split_turns(c, "customer", "BANK_ACCOUNT", ac, parts, R.choice(["", "it's "]))
        else:
            g = c.val("BANK_ACCOUNT", ac)
            c.say("customer", R.choice(["acct no: ", "checking acct ", "Acct#", ""]), (ac, g))
        c.say("agent", "Thanks, autopay starts next cycle.")
        return c

    def pos_iban(self):
        R = self.R
        asr = R.random() < 0.45
        cc = R.choice(["GB", "IE", "IE", "DE", "FR", "ES", "NL"])
        ib = self.iban(cc)
        ind = R.choice(["travel", "insurance", "banking", "retail"])
        c = Case("IBAN (%s) %s (%s)" % (cc, "spoken" if asr else "typed", ind))
        self.intro(c, ind, asr)
        c.say("customer", R.choice(["the refund needs to go to my irish account", "can you pay the claim into my account abroad",
                                    "I moved to Spain, please update my bank details", "where do I send my IBAN"]))
        if asr:
            z = self.zero(True)
            c.say("agent", "okay can you read me the iban")
            chunks = [ib[k:k + 4] for k in range(0, len(ib), 4)]
            parts = [say_alnum(ch, R, z, R.choice(["plain", "nato", "mix"]), "digits") for ch in chunks]
            self.split_turns(c, "customer", "IBAN", ib, parts, R.choice(["", "right it starts ", "it's "]), fill_p=0.15)
        else:
            c.say("agent", "Please type your IBAN.")
            g = c.val("IBAN", ib)
            t = R.choice([" ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib, ib.lower(),
                          " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)).lower()])
            c.say("customer", R.choice(["", "IBAN: ", "iban ", "it's "]), (t, g), R.choice(["", " BIC is on the statement", "."]))
        c.say("agent", R.choice(["Thanks, the transfer can take up to five working days.", "got it thank you"]))
        return c

    def pos_phone(self):
        R = self.R
        asr = R.random() < 0.55
        ind = R.choice(list(INDUSTRIES))
        canon, typed, sp = self.phone()
        c = Case("phone number %s (%s)" % ("spoken" if asr else "typed", ind))
        self.intro(c, ind, asr)
        c.say("agent", R.choice(["what's the best number to reach you on", "can I get a contact number",
                                 "and a mobile number for the text updates?", "is there a phone number we can call back on"]))
        if asr:
            us = canon.startswith("1") or (len(canon) == 10 and canon[0] != "0")
            z = self.zero(not us)
            parts = []
            for p in sp:
                if p.startswith("plus") or p == "one":
                    parts.append(p)
                else:
                    parts.append(say_group(p, R, z, None, us))
            if parts[0].startswith("plus") or parts[0] == "one":
                parts = [parts[0] + " " + parts[1]] + parts[2:]
            self.split_turns(c, "customer", "PHONE", canon, parts, R.choice(["", "yeah it's ", "my mobile's ", "um "]), fill_p=0.2)
            if R.random() < 0.4:
                g = c.val("PHONE", canon)
                rb = " ".join(say_group(p, R, z, "digits") if not (p.startswith("plus") or p == "one") else p for p in sp)
                c.say("agent", "okay ", (rb, g), R.choice([", yeah?", " is that right"]))
                c.say("customer", "yes")
        else:
            g = c.val("PHONE", canon)
            plus = "+" if typed.startswith("+") else ""
            c.say("customer", R.choice(["", "mob: ", "Tel ", "phone - ", "call me on ", "cell "]) + plus, (typed[len(plus):], g),
                  R.choice(["", " after 5pm pls", " (whatsapp too)", "."]))
        c.say("agent", R.choice(["Thanks, updated.", "lovely, we'll call you back within 48 hours", "ok noted"]))
        return c

    def pos_email(self):
        R = self.R
        asr = R.random() < 0.55
        ind = R.choice(list(INDUSTRIES))
        e = self.email()
        c = Case("email address %s (%s)" % ("spoken" if asr else "typed", ind))
        self.intro(c, ind, asr)
        c.say("agent", R.choice(["and what email should the confirmation go to", "can i grab an email address",
                                 "what's your email on the account?"]))
        if asr:
            g = c.val("EMAIL", e)
            sp = self.email_spoken(e)
            if R.random() < 0.4 and " at " in sp:
                a, b = sp.split(" at ", 1)
                c.say("customer", R.choice(["", "it's ", "yeah it's "]), (a, g))
                c.say("agent", R.choice(["mhm", "at?", "go on"]))
                c.say("customer", ("at " + b, g))
                # the "at" is spoken in the second turn; normaliser sees "a" + "at b" -> ok
            else:
                c.say("customer", R.choice(["", "it's ", "yeah it's ", "um, "]), (sp, g))
            if R.random() < 0.3:
                g2 = c.val("EMAIL", e)
                c.say("agent", "so ", (self.email_spoken(e), g2), "?")
                c.say("customer", "that's the one")
        else:
            g = c.val("EMAIL", e)
            t = R.choice([e, e, e.capitalize(), e.upper() if R.random() < 0.2 else e.replace(e.split("@")[1], e.split("@")[1].capitalize())])
            c.say("customer", R.choice(["", "email: ", "e-mail is ", "its ", "send it to "]), (t, g), R.choice(["", " ta", "."]))
        c.say("agent", R.choice(["Great, you'll get that shortly.", "thanks, i've sent it over", "updated"]))
        return c

    def address_parts(self, uk=True):
        R = self.R
        if uk:
            hn = str(R.randint(1, 240))
            st = R.choice(UK_STREETS)
            sfx = R.choice(["road", "street", "lane", "avenue", "close", "drive", "crescent", "terrace", "grove", "way", "mews"])
            flat = str(R.randint(1, 30)) if R.random() < 0.3 else None
            return hn, st, sfx, flat
        hn = str(R.randint(100, 9899))
        st = R.choice(US_STREETS)
        sfx = R.choice(["street", "avenue", "drive", "boulevard", "lane", "road", "way", "court"])
        flat = str(R.randint(1, 40)) + R.choice(["", "", "B", "A"]) if R.random() < 0.3 else None
        return hn, st, sfx, flat

    def pos_address(self):
        R = self.R
        region = R.choice(["uk", "uk", "us", "ie"])
        asr = R.random() < 0.55
        ind = R.choice(list(INDUSTRIES))
        c = Case("postal address %s (%s, %s)" % ("spoken" if asr else "typed", region, ind))
        self.intro(c, ind, asr)
        c.say("agent", R.choice(["can you confirm the first line of your address and postcode" if region == "uk" else "what's the address",
                                 "where should we send the replacement", "and the address on the account?"]))
        hn, st, sfx, flat = self.address_parts(region != "us")
        ga = c.val("ADDRESS", hn)
        if region == "us":
            town, stt = R.choice(US_TOWNS)
            z5 = self.digits(5, True)
            zc = z5 + (self.digits(4) if R.random() < 0.2 else "")
            gz = c.val("POSTCODE", zc)
            if asr:
                z = self.zero(False)
                a = "%s %s %s" % (say_group(hn, R, z, R.choice(["pairs", "hundreds", "digits"]), True), st, sfx)
                if flat:
                    a += " apartment " + say_group(re.sub("[A-Z]", "", flat), R, z, "pairs") + (" " + flat[-1].lower() if flat[-1].isalpha() else "")
                c.say("customer", R.choice(["", "it's ", "sure, "]), (a, ga), ", %s %s" % (town, R.choice(["", "", stt.lower()])))
                c.say("agent", "and the zip")
                c.say("customer", (say_group(z5, R, z, "digits", True) + ("" if len(zc) == 5 else " dash " + say_group(zc[5:], R, z, "digits")), gz))
            else:
                a = "%s %s %s" % (hn, st.capitalize(), R.choice([sfx.capitalize(), {"street": "St", "avenue": "Ave", "drive": "Dr", "boulevard": "Blvd", "lane": "Ln", "road": "Rd", "way": "Way", "court": "Ct"}[sfx]]))
                if flat:
                    a += R.choice([" Apt ", ", Apt. ", " #"]) + flat
                zt = zc if len(zc) == 5 else zc[:5] + "-" + zc[5:]
                c.say("customer", (a, ga), ", %s, %s " % (town.capitalize(), stt), (zt, gz))
        elif region == "ie":
            town = R.choice(IE_TOWNS)
            if asr:
                z = self.zero(True)
                a = "%s %s %s" % (say_group(hn, R, z, R.choice(["pairs", "hundreds", "digits"])), st, sfx)
                if flat:
                    a = "apartment %s, %s" % (say_group(flat, R, z, "pairs"), a)
                c.say("customer", R.choice(["", "it's ", "yeah "]), (a, ga), ", %s" % town)
            else:
                a = "%s %s %s" % (hn, st.capitalize(), sfx.capitalize())
                if flat:
                    a = "Apt %s, %s" % (flat, a)
                c.say("customer", (a, ga), ", Co. %s" % town.capitalize() if " " not in town else ", %s" % town.title())
        else:
            pc = self.ukpc()
            gp = c.val("POSTCODE", pc)
            town = R.choice(UK_TOWNS)
            if asr:
                z = self.zero(True)
                a = "%s %s %s" % (say_group(hn, R, z, R.choice(["pairs", "hundreds", "digits"])), st, sfx)
                if flat:
                    a = "flat %s, %s" % (say_group(flat, R, z, "pairs"), a)
                c.say("customer", R.choice(["", "it's ", "yeah it's ", "um "]), (a, ga), R.choice([", %s" % town, "", " in %s" % town]))
                c.say("agent", R.choice(["and the postcode", "postcode?", "lovely and the post code"]))
                lm = R.choice(["plain", "plain", "nato", "mix", "alt"])
                out, inn = pc[:-3], pc[-3:]
                parts = [say_alnum(out, R, z, lm), say_alnum(inn, R, z, lm)]
                self.split_turns(c, "customer", "POSTCODE", pc, parts, R.choice(["", "it's "]), fill_p=0.15, aside_p=0.0)
            else:
                a = "%s %s %s" % (hn, st.capitalize(), sfx.capitalize() if R.random() < 0.7 else {"road": "Rd", "street": "St", "avenue": "Ave", "drive": "Dr"}.get(sfx, sfx))
                if flat:
                    a = R.choice(["Flat %s, %s", "flat %s %s", "%s/%s"]) % (flat, a) if R.random() < 0.8 else "Flat %s, %s" % (flat, a)
                pct = R.choice([pc[:-3] + " " + pc[-3:], pc[:-3] + " " + pc[-3:], pc, (pc[:-3] + " " + pc[-3:]).lower()])
                c.say("customer", (a.lower() if R.random() < 0.2 else a, ga), R.choice([", %s " % town.capitalize(), "\n%s\n" % town.upper(), " %s " % town]), (pct, gp))
        c.say("agent", R.choice(["thanks, that matches", "Thank you, that's updated.", "great, it'll be posted out today"]))
        return c

    def pos_dob(self):
        R = self.R
        asr = R.random() < 0.6
        us = R.random() < 0.3
        ind = R.choice(list(INDUSTRIES))
        c = Case("date of birth %s (%s)" % ("spoken" if asr else "typed", ind))
        y, m, d = self.dob()
        self.intro(c, ind, asr)
        c.say("agent", R.choice(["and can you confirm your date of birth", "what's your DOB please?", "for security, your date of birth"]))
        g = c.val("DOB", (y, m, d))
        if asr:
            c.say("customer", R.choice(["", "yeah it's ", "um ", "i was born on "]), (self.date_spoken(y, m, d, us), g))
        else:
            c.say("customer", R.choice(["", "dob ", "D.O.B: ", "born "]), (self.date_typed(y, m, d, us), g))
        if R.random() < 0.3:
            g2 = c.val("DOB", (y, m, d))
            c.say("agent", "thank you, ", (self.date_spoken(y, m, d, us), g2), ", and your first line of address?")
        else:
            c.say("agent", R.choice(["Thanks, you're through security.", "lovely, and how can i help today",
                                     "great and you're calling about the appointment on the %s?" % ORD[R.randint(1, 28)]]))
        return c

    def pos_verify_mix(self):
        """Multi-field verification call: DOB + postcode + phone/email; with non-PII distractors."""
        R = self.R
        ind = R.choice(list(INDUSTRIES))
        c = Case("multi-field verification call (%s)" % ind)
        z = self.zero(True)
        self.intro(c, ind, True)
        c.say("customer", R.choice(["hi i'm calling about invoice %s" % say_group(self.digits(6, True), R, z, "digits"),
                                    "my bill's gone up to %s pounds" % " ".join(pair_words("%02d" % R.randint(21, 99), z)),
                                    "i've been waiting %s days for the engineer" % UNITS[R.randint(2, 9)]]))
        c.say("agent", "okay i can look into that, can i take your date of birth first")
        y, m, d = self.dob()
        g = c.val("DOB", (y, m, d))
        c.say("customer", R.choice(["", "it's "]), (self.date_spoken(y, m, d), g))
        c.say("agent", "and the postcode")
        pc = self.ukpc()
        gp = c.val("POSTCODE", pc)
        c.say("customer", (say_alnum(pc, R, z, R.choice(["plain", "mix"])), gp))
        c.say("agent", "thanks, and is the mobile still ending %s?" % " ".join(digit_words(self.digits(3), R, z)))
        canon, typed, sp = self.phone("uk_mob")
        gph = c.val("PHONE", canon)
        c.say("customer", "no it's changed, it's ", (" ".join(say_group(p, R, z) for p in sp), gph))
        c.say("agent", "okay updated, your appointment is on the %s at ten thirty" % ORD[R.randint(1, 28)])
        return c

    def pos_chat_dump(self):
        """Typed email/chat message with many fields on separate labelled lines."""
        R = self.R
        ind = R.choice(list(INDUSTRIES))
        c = Case("typed message with several labelled fields (%s)" % ind)
        c.say("agent", INDUSTRIES[ind][1])
        segs = [R.choice(["Hi, details as requested:\n", "hello pls see below\n", "As asked -\n", "Here u go:\n"])]
        fields = R.sample(["dob", "phone", "email", "addr", "ni", "ssn", "card"], R.randint(3, 4))
        for f in fields:
            if f == "dob":
                y, m, d = self.dob()
                segs += [R.choice(["DOB: ", "Date of birth - ", "dob "]), (self.date_typed(y, m, d), c.val("DOB", (y, m, d))), "\n"]
            elif f == "phone":
                canon, typed, sp = self.phone()
                plus = "+" if typed.startswith("+") else ""
                segs += [R.choice(["Tel: ", "Mobile no. ", "ph "]) + plus, (typed[len(plus):], c.val("PHONE", canon)), "\n"]
            elif f == "email":
                e = self.email()
                segs += [R.choice(["Email: ", "e-mail ", "EMAIL "]), (e, c.val("EMAIL", e)), "\n"]
            elif f == "addr":
                hn, st, sfx, flat = self.address_parts(True)
                pc = self.ukpc()
                segs += ["Address: ", ("%s %s %s" % (hn, st.capitalize(), sfx.capitalize()), c.val("ADDRESS", hn)),
                         ", %s, " % R.choice(UK_TOWNS).capitalize(), (pc[:-3] + " " + pc[-3:], c.val("POSTCODE", pc)), "\n"]
            elif f == "ni":
                ni = self.ni()
                segs += [R.choice(["NI No: ", "NINO: ", "Nat Ins "]), (ni if R.random() < 0.6 else ni.lower(), c.val("NI_NUMBER", ni)), "\n"]
            elif f == "ssn":
                s = self.ssn()
                segs += [R.choice(["SSN: ", "Soc Sec# "]), ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), c.val("SSN", s)), "\n"]
            elif f == "card":
                cn = self.card()
                segs += [R.choice(["Card: ", "CC no ", "card num: "]), (" ".join(self.card_groups(cn)), c.val("CARD_NUMBER", cn)), "\n"]
        segs += [R.choice(["Order ref %s" % ("A" + self.digits(9)), "Ticket #%s" % self.digits(7), "Thanks", "Policy no. PX-%s" % self.digits(8)])]
        c.say("customer", *segs)
        c.say("agent", "Thank you, I've updated your account.")
        return c

    def pos_card_correction(self):
        """Customer misreads a group, corrects; agent reads back in full."""
        R = self.R
        ind = R.choice(["retail", "travel", "telecom", "banking"])
        c = Case("card reading with in-turn correction and read-back (%s)" % ind)
        z = self.zero(True)
        cn = self.card("visa") if R.random() < 0.6 else self.card("mc")
        gs = [cn[k:k + 4] for k in range(0, 16, 4)]
        self.intro(c, ind, True)
        c.say("agent", "okay, long card number when you're ready")
        g1 = c.val("CARD_NUMBER", cn, "prefix")
        c.say("customer", (say_group(gs[0], R, z) + " " + say_group(gs[1], R, z), g1))
        c.say("agent", R.choice(["mhm", "yep"]))
        wrong = gs[2][:3] + str((int(gs[2][3]) + 3) % 10)
        gw = c.val("CARD_NUMBER", cn, "fragment")
        g2 = c.val("CARD_NUMBER", cn, "suffix")
        c.say("customer", (" ".join(digit_words(wrong, R, z)), gw), R.choice([", no sorry, ", " - sorry no that's wrong, ", " wait no, "]),
              (" ".join(digit_words(gs[2], R, z)) + R.choice([" ", " um ", " uh "]) + say_group(gs[3], R, z), g2))
        g3 = c.val("CARD_NUMBER", cn)
        c.say("agent", "okay from the top i've got ", (" ".join(say_group(x, R, z, "digits") for x in gs), g3), "?")
        c.say("customer", "yes")
        return c

    # ================================================= negative scenarios
    def neg(self):
        R = self.R
        kind = R.choice(["order_luhn", "reference_spoken", "last4", "amounts", "times", "flight", "meter", "policy",
                         "tracking", "contract_date", "serial", "ages", "road", "invoice", "percent", "claim_spoken",
                         "balance_spoken", "room", "appointment"])
        z = self.zero(R.random() < 0.6)
        ind = R.choice(list(INDUSTRIES))
        asr = R.random() < 0.5
        c = Case("negative: %s (%s)" % (kind.replace("_", " "), ind))
        self.intro(c, ind, asr)
        if kind == "order_luhn":
            n = self.card()
            lab = R.choice(["order number", "Order No.", "booking ref", "membership no", "loyalty card number", "voucher code"])
            if asr:
                c.say("agent", "and have you got the %s" % lab.lower())
                c.say("customer", "yeah the %s is %s" % (lab.lower(), " ".join(say_group(x, R, z) for x in self.card_groups(n))))
            else:
                c.say("customer", "%s: %s - it still says pending" % (lab, " ".join(self.card_groups(n))))
            c.say("agent", R.choice(["thanks, that order was dispatched on the %s" % ORD[R.randint(1, 28)], "Thanks, I can see it."]))
        elif kind == "reference_spoken":
            n = self.digits(R.choice([9, 10, 12, 16]), True)
            lab = R.choice(["reference number", "account reference", "case number", "customer number", "ticket number"])
            c.say("agent", "can i take your %s" % lab)
            gs = [n[k:k + 4] for k in range(0, len(n), 4)]
            c.say("customer", "um the %s, it's %s" % (lab, " ".join(say_group(x, R, z) for x in gs[:2])))
            c.say("agent", R.choice(BACKCH))
            c.say("customer", " ".join(say_group(x, R, z) for x in gs[2:]) or "that's it")
            c.say("agent", "thanks, that %s is showing as closed" % lab)
        elif kind == "last4":
            l4 = self.digits(4)
            if asr:
                c.say("customer", "i think it's the card ending %s that got charged twice" % " ".join(digit_words(l4, R, z)))
                c.say("agent", "okay the one ending %s, i can see two payments of %s pounds" % (say_group(l4, R, z, "pairs"), say_group(str(R.randint(12, 99)), R, z, "pairs")))
            else:
                c.say("customer", R.choice(["Which card is on file? Is it the one ending %s?", "card ending in %s was declined", "last 4 digits are %s"]) % l4)
                c.say("agent", "Yes, the Visa ending %s, expiring soon. You'll need to update it." % l4)
        elif kind == "amounts":
            c.say("customer", R.choice(["why is my bill £%d.%02d this month" % (R.randint(100, 2400), R.randint(0, 99)),
                                        "i was charged $%d,%03d.%02d for the repair" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99)),
                                        "it was four hundred and twelve euros fifty"]))
            c.say("agent", "I can see %s, made up of %s standing charge and %s usage" % (
                "€%d" % R.randint(40, 900), "%d.%02d" % (R.randint(5, 40), R.randint(0, 99)), "%d kWh" % R.randint(120, 4500)))
            c.say("customer", "and the balance after that is %s" % R.choice(["1,204.77", "twelve forty three", "-£18.20", "4402.10"]))
        elif kind == "times":
            c.say("customer", R.choice(["what time are you open till", "when can the engineer come"]))
            c.say("agent", R.choice(["we're open eight till eight monday to friday and nine till five on saturdays",
                                     "Our hours are 08:00-20:00 Mon-Fri, 09:00-17:00 Sat",
                                     "the slot is between seven thirty and twelve, about a forty five minute job"]))
            c.say("customer", R.choice(["so if i call at quarter past nine that's fine", "ok 10:45 works, it took 2 hrs 15 mins last time"]))
        elif kind == "flight":
            c.say("customer", R.choice(["my flight is EI %d on the %s, gate %d" % (R.randint(100, 999), ORD[R.randint(1, 28)], R.randint(1, 60)),
                                        "i'm on the %s flight b a %s, seat %d%s" % (R.choice(["six forty", "nine fifteen"]), say_group(self.digits(4, True), R, z, "pairs"), R.randint(1, 40), R.choice("ACDF").lower()),
                                        "Booking for flight FR%d, departs 06:25, arrives 09:10" % R.randint(1000, 9999)]))
            c.say("agent", "Thanks. You're in seat %d%s, and the hotel room number is %d" % (R.randint(1, 40), R.choice("ABCDEF"), R.randint(100, 1500)))
        elif kind == "meter":
            rd = self.digits(R.choice([5, 6]))
            c.say("agent", "can you read me the numbers on the meter")
            c.say("customer", "yeah the reading is %s" % (" ".join(digit_words(rd, R, z)) if asr else rd))
            c.say("agent", "and the meter serial number %s" % R.choice(["ends in %s" % self.digits(4), "is %s" % ("K" + self.digits(8) + "D")]))
            c.say("customer", "and the night reading %s" % (say_group(self.digits(5, True)[:4], R, z, "pairs")))
        elif kind == "policy":
            p = R.choice(["POL", "HH", "MTR", "CP"]) + "-" + self.digits(R.choice([8, 10]))
            c.say("customer", "my policy number is %s" % (p if not asr else say_alnum(p.replace("-", ""), R, z, "plain", "digits")))
            c.say("agent", "thanks, that policy renews on the %s of %s and the premium is %d pounds a month" % (ORD[R.randint(1, 28)], R.choice(MONTHS), R.randint(9, 99)))
        elif kind == "tracking":
            t = R.choice(["1Z%s%s" % ("".join(R.choice("ABCDEFXY") for _ in range(3)), self.digits(11)),
                          "JD%s" % self.digits(18), self.digits(22), "RN%s" % self.digits(9) + "GB"])
            c.say("customer", "Tracking number %s hasn't moved in 6 days" % t)
            c.say("agent", "I can see it at the depot, it should arrive within 2-3 working days.")
        elif kind == "contract_date":
            c.say("customer", R.choice(["when does my contract end", "can I leave early"]))
            c.say("agent", R.choice(["Your 24 month contract ends on %02d/%02d/%d." % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2028)),
                                     "the contract end date is %02d/%02d, after that it's a rolling thirty day" % (R.randint(1, 12), R.randint(25, 29)),
                                     "your fixed tariff runs till the %s of %s twenty %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS), say_group(str(R.randint(25, 29)), R, z, "pairs"))]))
            c.say("customer", "and the early exit fee is %s?" % R.choice(["£75", "seventy five pounds", "$150"]))
        elif kind == "serial":
            c.say("customer", R.choice(["the serial number on the router is SN %s %s %s" % (self.digits(4), self.digits(4), self.digits(4)),
                                        "model number KDL-%dW%d, serial %s" % (R.randint(32, 65), R.randint(600, 999), self.digits(12)),
                                        "serial is %s" % " ".join(digit_words(self.digits(10), R, z))]))
            c.say("agent", "thanks, that unit is covered until %s" % R.choice(["2027", "march twenty twenty eight", "next year"]))
        elif kind == "ages":
            c.say("customer", R.choice(["i'm eighty one and my husband is eighty four", "my son is 17 and I've had the account 22 years",
                                        "there's 4 of us in the house, the heating's on 21 degrees"]))
            c.say("agent", R.choice(["okay, we have a priority register for customers over sixty five",
                                     "thanks, usage is up 12% on last year", "it's been minus three here all week"]))
        elif kind == "road":
            c.say("customer", R.choice(["the van was stuck on the M25 near junction 10", "delivery driver went up the A40 instead",
                                        "the store on route 66 by exit 212", "bus number 38 goes right past"]))
            c.say("agent", "sorry about that, we've added a note for the 14:00 delivery slot")
        elif kind == "invoice":
            inv = R.choice(["INV-%s-%s" % (R.randint(2019, 2026), self.digits(7)), "invoice %s" % self.digits(11), "bill no. %s" % self.digits(9)])
            c.say("customer", "I'm querying %s, it says I owe %s" % (inv, R.choice(["£%d.%02d" % (R.randint(10, 800), R.randint(0, 99)), "$%d" % R.randint(10, 800)])))
            c.say("agent", "That was issued on %s and payment is due in 14 days." % R.choice(["01/03/2025", "the 3rd", "12 Feb"]))
        elif kind == "percent":
            c.say("agent", R.choice(["the APR is 19.9%% and the rate goes to %d.%d%% after 12 months" % (R.randint(2, 29), R.randint(0, 9)),
                                     "it's a five point nine nine percent rate fixed for two years",
                                     "that's a 15%% discount for 3 months, then £%d a month" % R.randint(20, 80)]))
            c.say("customer", "and if i pay %d up front?" % R.randint(100, 5000))
        elif kind == "claim_spoken":
            n = self.digits(R.choice([8, 9, 11]), True)
            c.say("agent", "have you got your claim number")
            c.say("customer", "yeah the claim number, %s, hang on, %s" % (say_group(n[:4], R, z), " ".join(say_group(n[k:k + 3], R, z) for k in range(4, len(n), 3))))
            c.say("agent", "thanks, the claim was opened on the %s and the excess is %s pounds" % (ORD[R.randint(1, 28)], say_group(str(R.randint(100, 999)), R, z, "hundreds")))
        elif kind == "balance_spoken":
            c.say("customer", "what's my balance")
            c.say("agent", "your balance is %s pounds and %s pence, and you've got %s days left in the billing period" % (
                say_group(str(R.randint(101, 999)), R, z, "hundreds"), " ".join(pair_words("%02d" % R.randint(11, 99), z)), UNITS[R.randint(2, 9)]))
            c.say("customer", "and the last payment was %s" % R.choice(["on the fifth", "two weeks ago", "£45.00 on 02/05"]))
        elif kind == "room":
            c.say("customer", "i'm in room %s at the %s hotel, check out is 11am" % (say_group(str(R.randint(100, 999)), R, z, "hundreds") if asr else str(R.randint(100, 2400)), R.choice(["grand", "harbour", "central"])))
            c.say("agent", "okay, floor %d, the shuttle leaves from gate %d at %02d:%02d" % (R.randint(1, 20), R.randint(1, 40), R.randint(5, 22), R.choice([0, 15, 30, 45])))
        else:  # appointment
            c.say("agent", R.choice(["your appointment is on %s at %s" % (self.date_typed(R.randint(2025, 2026), R.randint(1, 12), R.randint(1, 28)), R.choice(["9:30am", "14:15", "4pm"])),
                                     "i've booked you in for the %s of %s twenty %s, between eight and one" % (ORD[R.randint(1, 28)], R.choice(MONTHS), say_group(str(R.randint(25, 27)), R, z, "pairs")),
                                     "payment date moved to 15/%02d/2025" % R.randint(1, 12)]))
            c.say("customer", R.choice(["perfect, it's ticket 8841273 yeah", "ok and it'll take about two hours?", "great thanks"]))
        return c

    # ================================================= build
    def build(self):
        R = self.R
        pos = []
        plan = ([self.pos_card_chat] * 30 + [self.pos_card_asr] * 32 + [self.pos_card_correction] * 6 +
                [self.pos_ssn] * 30 + [self.pos_ni] * 28 + [self.pos_bank] * 14 + [self.pos_us_bank] * 6 +
                [self.pos_iban] * 14 + [self.pos_phone] * 20 + [self.pos_email] * 16 + [self.pos_address] * 22 +
                [self.pos_dob] * 12 + [self.pos_verify_mix] * 8 + [self.pos_chat_dump] * 12)
        R.shuffle(plan)
        for f in plan:
            pos.append(f())
        negs = [self.neg() for _ in range(110)]
        out = []
        for i, c in enumerate(pos, 1):
            out.append(("h340-pos-%03d" % i, "positive", c))
        for i, c in enumerate(negs, 1):
            out.append(("h340-neg-%03d" % i, "negative", c))
        return out


def render_all():
    cases = Gen().build()
    lines, meta = [], []
    for cid, kind, c in cases:
        turns, spans, gspans = c.render()
        if kind == "negative":
            assert not spans
        lines.append(json.dumps({"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": c.note},
                                ensure_ascii=False))
        meta.append((cid, c, gspans))
    return "\n".join(lines) + "\n", meta


def check(text, meta):
    errs = []
    recs = [json.loads(l) for l in text.splitlines()]
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for r, (cid, c, gspans) in zip(recs, meta):
        assert r["id"] == cid
        if r["kind"] == "positive":
            npos += 1
            if not r["spans"]:
                errs.append("%s positive without spans" % cid)
        else:
            nneg += 1
            if r["spans"]:
                errs.append("%s negative with spans" % cid)
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % cid)
        byturn = {}
        for s in r["spans"]:
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                errs.append("%s bad type" % cid)
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s offsets out of range" % cid)
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s span not trimmed to alnum: %r" % (cid, txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (cid, txt[max(0, a - 3):b + 3]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans" % cid)
        for g, idxs in gspans.items():
            typ, canon, mode = c.groups[g]
            texts = []
            for k in idxs:
                s = r["spans"][k]
                texts.append(r["turns"][s["turn"]]["text"][s["start"]:s["end"]])
            e = validate_value(typ, canon, mode, texts)
            if e:
                errs.append("%s: %s" % (cid, e))
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    text, meta = render_all()
    if a.check:
        with open(OUT, encoding="utf-8") as f:
            cur = f.read()
        errs = []
        if cur != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
        e2, counts, npos, nneg = check(cur if cur == text else text, meta)
        errs += e2
        need = {t: 10 for t in TYPES}
        need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
        for t, n in need.items():
            if counts[t] < n:
                errs.append("too few %s spans: %d < %d" % (t, counts[t], n))
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d positive, %d negative" % (npos, nneg))
        for e in errs[:60]:
            print("ERROR", e)
        print("positive=%d negative=%d spans=%s" % (npos, nneg, json.dumps(counts)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            return 1
        print("CHECK OK")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %s (%d cases)" % (OUT, len(meta)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h257.

Written by an AI helper acting as an independent author (it never saw the
redaction code or other fixtures).  Emphasis: phone calls as a Whisper-style
speech recogniser writes them (partial inverse text normalisation, odd
capitalisation/punctuation, homophones, split readings) plus typed chat.

    python scripts/make_pii_holdout257.py          # write fixture + README
    python scripts/make_pii_holdout257.py --check  # regenerate + verify

Standard library only.  All randomness from one seeded random.Random.
"""
import json
import os
import random
import re
import string
import sys
from collections import Counter

SEED = 257241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout257")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo",
        "L": "lima", "M": "mike", "N": "november", "P": "papa", "R": "romeo",
        "S": "sierra", "T": "tango", "W": "whiskey", "X": "x-ray", "Y": "yankee",
        "Z": "zulu"}
PLAIN = {"B": "bob", "C": "cat", "D": "dog", "M": "mother", "P": "peter", "S": "sugar",
         "T": "tom", "N": "nancy", "H": "harry", "J": "john", "R": "robert",
         "W": "william", "A": "apple", "E": "edward", "K": "king", "L": "london",
         "G": "george", "Y": "yellow", "Z": "zebra", "X": "xylophone", "F": "freddie"}


def zero_word(uk=False):
    return R.choice(["oh", "oh", "zero", "o"] + (["nought"] if uk else []))


def dword(d, uk=False, homo=0.0):
    if d == "0":
        return zero_word(uk)
    if d in HOMO and R.random() < homo:
        return R.choice(HOMO[d])
    return DW[int(d)]


def say_digits(s, uk=False, homo=0.0, doubles=0.5):
    """digit-by-digit with optional double/triple."""
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        if i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < doubles:
            out.append("triple " + dword(d, uk)); i += 3; continue
        if i + 1 < len(s) and s[i + 1] == d and R.random() < doubles:
            out.append("double " + dword(d, uk)); i += 2; continue
        out.append(dword(d, uk, homo)); i += 1
    return " ".join(out)


def say_pair(p, uk=False):
    a, b = p[0], p[1]
    if a == "0":
        return zero_word(uk) + " " + DW[int(b)] if b != "0" else R.choice(["double oh", "oh oh"])
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + DW[int(b)]


def say_group(g, uk=False, homo=0.0):
    """a group either as digits or pairs."""
    if len(g) % 2 == 0 and R.random() < 0.35 and g[0] != "0" and g[2:3] != "0":
        return " ".join(say_pair(g[i:i + 2], uk) for i in range(0, len(g), 2))
    return say_digits(g, uk, homo)


def groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def asr_mixed(s, sizes, uk=False, homo=0.1, p_num=0.5, seps=(" ",)):
    """Whisper-like: some groups come out as numerals, others as words."""
    parts = []
    for g in groups(s, sizes):
        if R.random() < p_num:
            parts.append(g)
        else:
            parts.append(say_group(g, uk, homo))
    sep = R.choice(seps)
    return sep.join(parts)


def year_words(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return "two thousand" + ("" if y[3] == "0" else " and " + DW[int(y[3])]) if R.random() < 0.6 else "twenty " + zero_word() + " " + DW[int(y[3])]
    return say_pair(y[:2]) + " " + say_pair(y[2:])


def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        pre, n = "4" + "".join(R.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        pre, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4", 13
    else:
        pre, n = "6759", 19
    body = pre + "".join(R.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind


def card_sizes(num):
    if len(num) == 15:
        return [4, 6, 5]
    if len(num) == 13:
        return [4, 4, 5]
    if len(num) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def say_letter(c, style):
    if style == "nato":
        return c.lower() + " for " + NATO.get(c, c.lower())
    if style == "plain":
        return c.lower() + " for " + PLAIN.get(c, c.lower())
    if style == "asin":
        return c.lower() + " as in " + NATO.get(c, c.lower())
    if style == "cap":
        return c
    return c.lower()


def iban_check(bban_cc):
    cc, bban = bban_cc
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearr)) % 97 == 1


def make_iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    dig = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LLYD", "HBUK", "MIDL"]) + dig(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "BKIR"]) + dig(14)
    elif country == "DE":
        bban = dig(18)
    elif country == "NL":
        bban = R.choice(["ABNA", "RABN", "INGB"]) + dig(10)
    elif country == "FR":
        bban = dig(23)
    else:
        bban = dig(20)
    return country + iban_check((country, bban)) + bban


def make_uk_postcode():
    area = R.choice(["SW", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "BS", "L", "NG", "SE", "N", "E", "W", "KT", "RG", "CB"])
    district = str(R.randint(1, 20))
    return area + district, str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPRSTUWXYZ") + R.choice("ABDEFGHJLNPRSTUWXYZ")


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z


STREETS_UK = ["Mill Lane", "Station Road", "Church Street", "Victoria Road", "Park Avenue", "Kings Road",
              "Elm Grove", "Orchard Close", "Manor Way", "Queens Drive", "Highfield Crescent", "Bridge Street"]
STREETS_US = ["Maple Avenue", "Oak Street", "Pine Drive", "Cedar Lane", "Washington Boulevard", "Lakeview Court",
              "Sunset Boulevard", "Elm Street", "Hillcrest Road", "Main Street", "Jefferson Avenue", "Birch Way"]
STREETS_IE = ["Griffith Avenue", "Dame Street", "Main Street", "Church Road", "Strand Road", "Seafield Road"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Croydon", "Reading", "Cardiff", "Glasgow", "Nottingham"]
TOWNS_US = ["Springfield", "Columbus", "Austin", "Denver", "Raleigh", "Madison", "Tucson", "Portland"]

EMAIL_USERS = ["jdoe", "sarah.k", "mike_obrien", "t.nguyen", "priya.s", "dan.walsh", "k.murphy", "lisa-marie",
               "joe.bloggs", "anna.kowalski", "rbrown", "chris.evans", "mary.oconnor", "ahmed.r", "bella.m"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.co.uk", "outlook.com", "icloud.com", "btinternet.com",
                 "eircom.net", "aol.com", "proton.me", "yahoo.ie"]


def say_email(addr, asr=True):
    user, dom = addr.split("@")

    def piece(t):
        if not asr:
            return t
        t = t.replace(".", " dot ").replace("_", " underscore ").replace("-", R.choice([" dash ", " hyphen "]))
        return re.sub(r"\s+", " ", t).strip()
    if R.random() < 0.4:
        # spell the first part letters when short initials
        user_s = piece(user)
    else:
        user_s = piece(user)
    dom_s = piece(dom) if R.random() < 0.7 else dom
    return user_s + " at " + dom_s


def phone_uk_mobile():
    return "07" + "".join(R.choice("0123456789") for _ in range(9))


def phone_us():
    return str(R.randint(2, 9)) + "".join(R.choice("0123456789") for _ in range(2)) + str(R.randint(2, 9)) + \
        "".join(R.choice("0123456789") for _ in range(6))


def phone_ie():
    return "08" + R.choice("3567") + "".join(R.choice("0123456789") for _ in range(7))


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.meta = []  # (span_index_list, type, canonical) for validation

    def turn(self, speaker, *segs):
        """segs: str or (text, TYPE, group) tuples."""
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ, grp = s
                st = len(text)
                text += val
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                self.meta.append(grp)
        self.turns.append({"speaker": speaker, "text": text})
        return self


class G:
    """value group: canonical value plus the spans that together spell it."""

    def __init__(self, typ, canon):
        self.typ = typ
        self.canon = canon

    def __call__(self, text):
        return (text, self.typ, self)


AGENT_ACKS = ["mhm", "okay", "yep", "okay go on", "yeah", "right", "uh huh", "got that", "Mm-hmm.", "Okay.", "Yep, go ahead."]
FILL = ["um", "uh", "erm", "er"]


def ack():
    return R.choice(AGENT_ACKS)


def maybe_cap(t):
    """whisper tends to capitalise the first word and add a period."""
    if R.random() < 0.5:
        return t[:1].upper() + t[1:]
    return t


# ----- spoken renderers per type --------------------------------------------
def render_card_call(num):
    style = R.choice(["words", "mixed", "mixed", "numerals_dots", "pairs", "words_homo"])
    sz = card_sizes(num)
    gs = groups(num, sz)
    if style == "words":
        return " ".join(say_digits(g, homo=0.0) for g in gs)
    if style == "words_homo":
        return " ".join(say_digits(g, homo=0.25) for g in gs)
    if style == "pairs":
        return " ".join(say_group(g) for g in gs)
    if style == "numerals_dots":
        return R.choice([". ", ", ", " ", "-"]).join(gs)
    return asr_mixed(num, sz, p_num=0.5, seps=(" ", ", ", ". "))


def render_card_chat(num):
    sz = card_sizes(num)
    gs = groups(num, sz)
    st = R.choice(["space", "dash", "plain", "dots", "odd"])
    if st == "space":
        return " ".join(gs)
    if st == "dash":
        return "-".join(gs)
    if st == "plain":
        return num
    if st == "dots":
        return ".".join(gs)
    cut = R.randint(3, 7)
    return num[:cut] + " " + num[cut:cut + 6] + " " + num[cut + 6:]


def render_ni(ni, asr=True):
    p, d, s = ni[:2], ni[2:8], ni[8]
    if not asr:
        st = R.choice(["spaced", "plain", "lower", "pairs"])
        if st == "spaced":
            return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
        if st == "plain":
            return ni
        if st == "lower":
            return ni.lower()
        return p + " " + d + " " + s
    style = R.choice(["letters", "nato", "plain", "caps", "mixed", "asin", "double"])
    def L(c):
        if style in ("nato", "plain", "asin"):
            return say_letter(c, style if R.random() < 0.6 else "lower")
        if style == "caps":
            return c
        return c.lower()
    if style == "double" and p[0] == p[1]:
        ps = "double " + p[0].lower()
    else:
        ps = L(p[0]) + " " + L(p[1])
    if style == "caps" and R.random() < 0.5:
        ps = p
    if style == "mixed":
        ds = asr_mixed(d, [2, 2, 2], uk=True, p_num=0.5)
    elif R.random() < 0.3:
        ds = " ".join(say_pair(d[i:i + 2], uk=True) if d[i] != "0" else say_digits(d[i:i + 2], uk=True) for i in (0, 2, 4))
    else:
        ds = say_digits(d, uk=True, homo=0.1)
    return ps + " " + ds + " " + L(s)


def render_ssn(ssn, asr=True):
    if not asr:
        return R.choice([ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn, ssn[:3] + " " + ssn[3:5] + " " + ssn[5:]])
    st = R.choice(["words", "mixed", "numdash", "pairs", "homo"])
    if st == "words":
        return say_digits(ssn[:3]) + " " + say_digits(ssn[3:5]) + " " + say_digits(ssn[5:])
    if st == "homo":
        return say_digits(ssn, homo=0.3)
    if st == "numdash":
        return ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:]
    if st == "pairs":
        return render_ssn_pairs(ssn)
    return asr_mixed(ssn, [3, 2, 4], p_num=0.5, seps=(" ", ", ", "-"))


def render_ssn_pairs(ssn):
    a = say_digits(ssn[:3])
    b = say_pair(ssn[3:5]) if ssn[3] != "0" else say_digits(ssn[3:5])
    c = " ".join(say_pair(ssn[i:i + 2]) if ssn[i] != "0" else say_digits(ssn[i:i + 2]) for i in (5, 7))
    return a + " " + b + " " + c


def render_digits_call(s, uk=False):
    return R.choice([say_digits(s, uk, homo=0.15), asr_mixed(s, [3, 3, 4] if len(s) >= 10 else [2, 2, 2, 2], uk, p_num=0.5),
                     " ".join(say_group(g, uk) for g in groups(s, [2] * 10)) if s[0] != "0" else say_digits(s, uk)])


def render_sort(sc, asr=True):
    if not asr:
        return R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    st = R.choice(["pairs", "digits", "numerals", "mixed"])
    if st == "pairs":
        return " ".join(say_pair(sc[i:i + 2], uk=True) if sc[i] != "0" else say_digits(sc[i:i + 2], uk=True) for i in (0, 2, 4))
    if st == "digits":
        return say_digits(sc, uk=True)
    if st == "numerals":
        return sc[:2] + "-" + sc[2:4] + "-" + sc[4:]
    return asr_mixed(sc, [2, 2, 2], uk=True, p_num=0.5)


def render_iban(ib, asr=True):
    if not asr:
        return R.choice([" ".join(groups(ib, [4] * 9)), ib, ib.lower()])
    out = []
    for g in groups(ib, [4] * 9):
        if R.random() < 0.4:
            out.append(g)  # whisper sometimes prints a chunk verbatim
            continue
        toks = []
        for c in g:
            if c.isdigit():
                toks.append(DW[int(c)])
            else:
                toks.append(c.lower() if R.random() < 0.7 else c)
        out.append(" ".join(toks))
    return " ".join(out)


def render_postcode(pc, asr=True):
    if isinstance(pc, tuple):
        out_, in_ = pc
        if not asr:
            return R.choice([out_ + " " + in_, (out_ + in_).lower(), out_ + in_])
        st = R.choice(["caps", "letters", "nato", "mixed"])
        if st == "caps":
            return out_ + " " + in_
        def L(c, nato):
            return say_letter(c, "nato") if nato else c.lower()
        def part(t, nato):
            toks, i = [], 0
            while i < len(t):
                c = t[i]
                if c.isdigit():
                    if i + 1 < len(t) and t[i + 1].isdigit():
                        n = t[i:i + 2]
                        toks.append(say_pair(n) if n[0] != "0" else say_digits(n)); i += 2; continue
                    toks.append(dword(c) if c != "0" else "zero")
                else:
                    toks.append(L(c, nato and R.random() < 0.6))
                i += 1
            return " ".join(toks)
        if st == "mixed":
            return out_ + " " + part(in_, False)
        return part(out_, st == "nato") + " " + part(in_, st == "nato")
    z = pc
    if not asr:
        return z
    return R.choice([z, say_digits(z), asr_mixed(z, [2, 3], p_num=0.5)])


def render_house(n, asr=True):
    if not asr or R.random() < 0.5:
        return str(n)
    if n < 10:
        return DW[n]
    if n < 100:
        return say_pair("%02d" % n)
    s = str(n)
    return DW[int(s[0])] + " " + say_pair(s[1:]) if s[1] != "0" else DW[int(s[0])] + " oh " + DW[int(s[2])]


def make_address(region, asr=True):
    n = R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1, 40)])
    street = R.choice({"uk": STREETS_UK, "us": STREETS_US, "ie": STREETS_IE}[region])
    st = street if not asr or R.random() < 0.5 else street.lower()
    flat = ""
    if R.random() < 0.25:
        flat = R.choice(["flat ", "Flat ", "apartment ", "Apt "]) + str(R.randint(1, 30)) + R.choice([", ", " "])
    return flat + render_house(n, asr) + " " + st, str(n)


def render_dob(asr=True, us=False):
    y = R.randint(1940, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    if not asr:
        st = R.choice(["slash", "dash", "long", "dot"])
        if st == "slash":
            return ("%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)))
        if st == "dash":
            return "%d-%02d-%02d" % (y, m, d)
        if st == "dot":
            return "%02d.%02d.%d" % (d, m, y)
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    st = R.choice(["words", "itn", "mixed", "ordinal_num", "numeric"])
    mon = MONTHS[m - 1]
    if R.random() < 0.4:
        mon = mon.capitalize()
    if st == "words":
        return (mon + " " + ORD[d] if d <= 20 else mon + " twenty " + ORD[d - 20]) + " " + year_words(y) if us else \
            ("the " if R.random() < 0.5 else "") + (ORD[d] if d <= 20 else "twenty " + ORD[d - 20]) + " of " + mon + " " + year_words(y)
    if st == "itn":
        return (mon + " %s, %d" % (ord_num(d), y)) if us else ("%s %s %d" % (ord_num(d), mon, y))
    if st == "mixed":
        return ("%s %s " % (mon, ord_num(d)) if us else "the %s of %s " % (ord_num(d), mon)) + year_words(y)
    if st == "ordinal_num":
        return "%d %s %d" % (d, mon, y)
    return say_digits("%02d" % d) + " " + say_digits("%02d" % m) + " " + year_words(y)


def ord_num(d):
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return str(d) + suf


def render_expiry(asr=True):
    m, y = R.randint(1, 12), R.randint(26, 33)
    if not asr:
        return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d %02d" % (m, y)])
    st = R.choice(["words", "itn", "month", "mixed"])
    if st == "words":
        return say_digits("%02d" % m) + " " + say_pair("%02d" % y)
    if st == "itn":
        return "%02d/%02d" % (m, y)
    if st == "month":
        return MONTHS[m - 1].capitalize() + " " + R.choice(["20%02d" % y, "twenty " + say_pair("%02d" % y)])
    return "%02d " % m + say_pair("%02d" % y)


def render_cvv(c, asr=True):
    if not asr:
        return c
    return R.choice([say_digits(c), c, say_digits(c, homo=0.4), say_digits(c)])


def render_phone(p, region, asr=True):
    if not asr:
        if region == "us":
            return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), p, "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])
        if region == "uk":
            return R.choice([p[:5] + " " + p[5:], p, "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:]])
        return R.choice([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:], p])
    if region == "us":
        st = R.choice(["words", "itn", "mixed", "plus1"])
        if st == "words":
            return say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + " ".join(say_group(g) for g in [p[6:]])
        if st == "itn":
            return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
        if st == "plus1":
            return "plus one " + say_digits(p)
        return asr_mixed(p, [3, 3, 4], p_num=0.5, seps=(" ", "-"))
    if region == "uk":
        st = R.choice(["words", "mixed", "plus44", "itn"])
        if st == "words":
            return say_digits(p[:5], uk=True) + " " + say_digits(p[5:], uk=True, homo=0.1)
        if st == "plus44":
            return "plus four four " + say_digits(p[1:5], uk=True) + " " + asr_mixed(p[5:], [3, 3], uk=True, p_num=0.5)
        if st == "itn":
            return p[:5] + " " + p[5:]
        return asr_mixed(p, [5, 3, 3], uk=True, p_num=0.5)
    return R.choice([say_digits(p, uk=True), asr_mixed(p, [3, 3, 4], uk=True, p_num=0.5), "plus three five three " + say_digits(p[1:], uk=True)])


def make_email():
    u = R.choice(EMAIL_USERS)
    if R.random() < 0.4:
        u += str(R.randint(1, 99))
    return u + "@" + R.choice(EMAIL_DOMAINS)


def render_email_call(addr):
    user, dom = addr.split("@")
    st = R.choice(["spoken", "spoken", "itn", "halfitn", "runtogether"])
    def sp(t):
        t = t.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
        t = re.sub(r"(\d+)", lambda m: " " + say_digits(m.group(1)) + " ", t)
        return re.sub(r"\s+", " ", t).strip()
    if st == "spoken":
        return sp(user) + " at " + sp(dom)
    if st == "itn":
        return addr
    if st == "halfitn":
        return sp(user) + " at " + dom
    return user.replace(".", "").replace("_", "") + " at " + dom.replace(".", " dot ") if "." in dom else addr


# ---------------------------------------------------------------- normaliser
NUMW = {w: str(i) for i, w in enumerate(DW)}
NUMW.update({"oh": "0", "o": "0", "nought": "0", "won": "1", "to": "2", "too": "2", "for": "4",
             "ate": "8"})
TEENW = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENW = {w: str(i) for i, w in enumerate(TENS) if w}
ORDW = {w: str(i) for i, w in enumerate(ORD) if w}


def norm_digits(text):
    """spoken/ASR digits -> digit string (letters and fillers ignored)."""
    t = text.lower()
    t = re.sub(r"\btwo thousand and (one|two|three|four|five|six|seven|eight|nine)\b", r"200 \1", t)
    t = re.sub(r"\btwo thousand\b", "2000", t)
    t = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", t)
    toks = re.findall(r"[a-z]+|\d+", t)
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w == "double":
            mult = 2; i += 1; continue
        if w == "triple":
            mult = 3; i += 1; continue
        if w.isdigit():
            out.append(w * mult); mult = 1
        elif w == "thousand":
            out.append("000")
        elif w == "hundred":
            out.append("00")
        elif w in TENW:
            if nxt in NUMW and NUMW[nxt] != "0" and nxt not in ("o", "oh", "to", "too", "for", "won", "ate"):
                out.append(TENW[w] + NUMW[nxt]); i += 1
            elif nxt in ORDW and int(ORDW[nxt]) < 10:
                out.append(TENW[w] + ORDW[nxt]); i += 1
            else:
                out.append(TENW[w] + "0")
        elif w in TEENW:
            out.append(TEENW[w])
        elif w in NUMW:
            out.append(NUMW[w] * mult); mult = 1
        elif w in ORDW:
            out.append(ORDW[w])
        i += 1
    return "".join(out)


def norm_alnum(text):
    """for NI / IBAN / UK postcodes: letters spelled, phonetic 'x for xray'."""
    t = text.lower()
    t = re.sub(r"\b([a-z]) (?:for|as in) [a-z\-]+", r"\1", t)
    t = re.sub(r"\bdouble ([a-z]+)\b", r"\1 \1", t)
    t = re.sub(r"\btriple ([a-z]+)\b", r"\1 \1 \1", t)
    toks = re.findall(r"[a-z]+|\d+", t)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w.isdigit():
            out.append(w)
        elif w in TENW:
            if nxt in DW[1:]:
                out.append(TENW[w] + NUMW[nxt]); i += 1
            else:
                out.append(TENW[w] + "0")
        elif w in TEENW:
            out.append(TEENW[w])
        elif w in DW or w in ("oh", "o", "nought", "to", "too", "for", "won", "ate"):
            out.append(NUMW[w])
        elif len(w) <= 4 and (len(w) == 1 or w.isupper() or True):
            out.append(w)
        i += 1
    return "".join(out).upper()


def norm_email(text):
    t = " " + text.lower() + " "
    t = t.replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_").replace(" dash ", "-").replace(" hyphen ", "-")
    t = re.sub(r"\b(zero|one|two|three|four|five|six|seven|eight|nine)\b", lambda m: NUMW[m.group(1)], t)
    return re.sub(r"\s+", "", t)


def validate(typ, pieces, canon):
    """pieces: the span texts spelling one value (in order). returns error string or ''."""
    text = " ".join(pieces)
    _nd, _na = globals()["norm_digits"], globals()["norm_alnum"]
    norm_digits = lambda _t: "".join(_nd(p) for p in pieces)  # noqa: E731
    norm_alnum = lambda _t: "".join(_na(p) for p in pieces)  # noqa: E731
    if typ in ("CARD_NUMBER", "SSN", "CVV", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        d = norm_digits(text)
        if d != canon:
            return "normalised %r != canonical %r" % (d, canon)
        n = len(d)
        if typ == "CARD_NUMBER" and not (13 <= n <= 19 and luhn_ok(d)):
            return "bad card"
        if typ == "SSN" and (n != 9 or d[:3] in ("000", "666") or d[0] == "9"):
            return "bad ssn"
        if typ == "CVV" and n not in (3, 4):
            return "bad cvv"
        if typ == "BANK_ACCOUNT" and not (6 <= n <= 12):
            return "bad account"
        if typ == "SORT_CODE" and n != 6:
            return "bad sort"
        if typ == "PHONE" and not (10 <= n <= 13):
            return "bad phone"
        return ""
    if typ == "NI_NUMBER":
        a = norm_alnum(text)
        if a != canon or not re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", a):
            return "bad NI %r vs %r" % (a, canon)
        return ""
    if typ == "IBAN":
        a = norm_alnum(text)
        if a != canon or not iban_valid(a):
            return "bad IBAN %r vs %r" % (a, canon)
        return ""
    if typ == "POSTCODE":
        if re.fullmatch(r"\d{5}", canon):
            d = norm_digits(text)
            return "" if d == canon else "bad zip %r" % d
        a = norm_alnum(text)
        if a != canon or not re.fullmatch(r"[A-Z]{1,2}\d{1,2}[A-Z]?\d[A-Z]{2}", a):
            return "bad postcode %r vs %r" % (a, canon)
        return ""
    if typ == "EMAIL":
        e = norm_email(text)
        if e != canon or not re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e):
            return "bad email %r vs %r" % (e, canon)
        return ""
    if typ == "ADDRESS":
        d = norm_digits(text)
        if canon not in d or not re.search(r"(?i)\b(street|road|lane|avenue|drive|close|way|grove|crescent|court|boulevard)\b", text):
            return "bad address"
        return ""
    if typ == "DOB":
        d = norm_digits(text)
        if not re.search(r"(19[4-9]\d|200[0-4])", d):
            return "bad dob %r" % d
        return ""
    if typ == "EXPIRY":
        d = norm_digits(text)
        low = text.lower()
        if not (re.fullmatch(r"(0[1-9]|1[0-2])(20)?(2[6-9]|3[0-3])", d) or
                (any(m in low for m in MONTHS) and re.fullmatch(r"(20)?(2[6-9]|3[0-3])", d))):
            return "bad expiry %r" % d
        return ""
    return "unknown type"


# ---------------------------------------------------------------- templates
def g(typ, canon):
    return G(typ, canon)


def f():
    return R.choice(FILL) + " " if R.random() < 0.4 else ""


def pos_card_one_turn(c):
    num, kind = make_card()
    card = g("CARD_NUMBER", num)
    ind = R.choice(["telecom", "retail", "utilities", "insurance", "travel"])
    c.note = "call/%s: %s card in one turn, whisper mixed numerals/words" % (ind, kind)
    c.turn("agent", R.choice(["Can I take the long number across the front of the card?", "and the card number please",
                              "Okay, go ahead with the card number whenever you're ready."]))
    c.turn("customer", maybe_cap(f() + R.choice(["yeah it's ", "it's ", "so that's ", "okay ", "Sure, it's "])), card(render_card_call(num)),
           R.choice(["", ".", " and that's a visa", " is that alright"]))


def pos_card_split(c):
    num, kind = make_card()
    card = g("CARD_NUMBER", num)
    gs = groups(num, card_sizes(num))
    ind = R.choice(["banking", "telecom", "insurance", "healthcare billing", "government services"])
    c.note = "call/%s: %s card split over %d customer turns with back-channels, ASR mixing forms" % (ind, kind, len(gs))
    c.turn("agent", "okay go ahead with the card number")
    for k, gg in enumerate(gs):
        if k:
            c.turn("agent", ack())
        st = R.random()
        if st < 0.3:
            txt = gg
        elif st < 0.5:
            txt = gg[:2] + " " + say_digits(gg[2:])
        else:
            txt = say_group(gg, homo=0.15)
        pre = R.choice(["", "", "um ", "right ", "then ", "It's "]) if k == 0 else R.choice(["", "", "then ", "uh ", "and "])
        c.turn("customer", maybe_cap(pre), card(txt), R.choice(["", "", ".", " yeah"]))
    if R.random() < 0.5:
        exp = g("EXPIRY", None)
        e = render_expiry()
        exp.canon = norm_digits(e)
        c.turn("agent", "thank you and the expiry date")
        c.turn("customer", R.choice(["", "it's ", "expires "]), exp(e))


def pos_card_restart(c):
    num, kind = make_card()
    card = g("CARD_NUMBER", num)
    c.note = "call/retail: caller aborts a card reading and restarts; only the full restart is labelled"
    c.turn("agent", "can I get the card number")
    c.turn("customer", "yeah " + say_digits(num[:3]) + " hang on sorry I've got the wrong card")
    c.turn("agent", "no problem take your time")
    c.turn("customer", R.choice(["okay right from the start ", "Okay. So from the beginning, "]), card(render_card_call(num)))


def pos_card_readback(c):
    num, kind = make_card()
    card = g("CARD_NUMBER", num)
    card2 = g("CARD_NUMBER", num)
    cv = "".join(R.choice("0123456789") for _ in range(4 if kind == "amex" else 3))
    cvv = g("CVV", cv)
    c.note = "call/travel: card then agent reads it back in numerals, CVV with a price nearby"
    c.turn("customer", "I wanna pay the $%d deposit on the booking" % R.randint(40, 400))
    c.turn("agent", "sure what's the card number")
    c.turn("customer", card(render_card_call(num)))
    c.turn("agent", R.choice(["So that's ", "just to confirm "]), card2(R.choice([" ".join(groups(num, card_sizes(num))), say_digits(num)])),
           R.choice(["?", " correct"]))
    c.turn("customer", "yes")
    c.turn("agent", "and the three digit code on the back" if len(cv) == 3 else "and the four digit code on the front")
    c.turn("customer", R.choice(["", "it's ", "uh "]), cvv(render_cvv(cv)))


def pos_card_chat(c):
    num, kind = make_card()
    card = g("CARD_NUMBER", num)
    c.note = "chat/%s: card typed %s" % (R.choice(["retail", "telecom", "utilities"]), kind)
    c.turn("agent", "Please share the card you'd like to use.")
    exp_t = render_expiry(asr=False)
    exp = g("EXPIRY", norm_digits(exp_t))
    cv = "".join(R.choice("0123456789") for _ in range(3))
    cvv = g("CVV", cv)
    st = R.random()
    if st < 0.5:
        c.turn("customer", R.choice(["card ", "its ", "Card no: ", "use "]), card(render_card_chat(num)),
               R.choice([" exp ", ", expiry ", " exp: ", " expires "]), exp(exp_t), R.choice([" cvv ", " cvc ", ", security code "]), cvv(cv))
    else:
        c.turn("customer", card(render_card_chat(num)))
        c.turn("agent", "Thanks. Expiry and security code?")
        c.turn("customer", exp(exp_t), R.choice([" and ", " / ", ", code "]), cvv(cv))


def pos_card_cvv_expiry_call(c):
    num, kind = make_card()
    card = g("CARD_NUMBER", num)
    e = render_expiry()
    exp = g("EXPIRY", norm_digits(e))
    cv = "".join(R.choice("0123456789") for _ in range(3))
    cvv = g("CVV", cv)
    c.note = "call/utilities: card, expiry and security code, two values in one turn"
    c.turn("agent", "what's the card number please")
    c.turn("customer", card(render_card_call(num)))
    c.turn("agent", "and the expiry and the security number on the back")
    c.turn("customer", maybe_cap(R.choice(["expiry is ", "it's ", "uh "])), exp(e), R.choice([" and the code is ", " and then ", ". Security code ", " back is "]), cvv(render_cvv(cv)))


def pos_ni(c, asr=True):
    ni = make_ni()
    n = g("NI_NUMBER", ni)
    if asr:
        c.note = "call/government services: UK NI number, ASR letters/phonetics/digits"
        c.turn("agent", R.choice(["can I take your national insurance number", "and your N.I. number please", "What's your National Insurance number?"]))
        c.turn("customer", maybe_cap(f() + R.choice(["yeah it's ", "", "it's ", "sure "])), n(render_ni(ni)), R.choice(["", ".", " I think", " yeah"]))
    else:
        c.note = "chat/government services: UK NI number typed"
        c.turn("customer", R.choice(["my NI is ", "NI number: ", "National insurance no. ", "ni number "]), n(render_ni(ni, asr=False)),
               R.choice(["", " thanks", " - need to update my tax code"]))


def pos_ni_split(c):
    ni = make_ni()
    n = g("NI_NUMBER", ni)
    c.note = "call/government services: NI number split across turns (letters, then digits, then suffix)"
    c.turn("agent", "and the national insurance number")
    c.turn("customer", n(render_ni(ni)[:0] + say_letter(ni[0], R.choice(["nato", "lower", "plain"])) + " " + say_letter(ni[1], R.choice(["nato", "lower"]))))
    c.turn("agent", ack())
    d = ni[2:8]
    c.turn("customer", n(R.choice([say_digits(d, uk=True), d[:2] + " " + d[2:4] + " " + d[4:], asr_mixed(d, [2, 2, 2], uk=True)])))
    c.turn("agent", "and the letter at the end")
    c.turn("customer", R.choice(["", "it's ", "um "]), n(say_letter(ni[8], R.choice(["nato", "lower", "cap", "asin"]))))


def pos_ni_readback(c):
    ni = make_ni()
    n1 = g("NI_NUMBER", ni)
    n2 = g("NI_NUMBER", ni)
    c.note = "call/banking: NI given by caller then read back by the agent with odd capitalisation"
    c.turn("customer", "It's ", n1(render_ni(ni)), ".")
    c.turn("agent", "Thank you. So I have ", n2("%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])), ", is that right?")
    c.turn("customer", "That's right, yeah.")


def pos_ssn(c, asr=True):
    s = make_ssn()
    n = g("SSN", s)
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    if asr:
        c.note = "call/%s: US SSN, whisper style" % ind
        c.turn("agent", R.choice(["can I get your social security number", "and the last— actually the full social please",
                                  "For verification, what's your Social Security number?"]))
        c.turn("customer", maybe_cap(f() + R.choice(["it's ", "", "yeah ", "sure it's "])), n(R.choice([render_ssn(s), render_ssn_pairs(s)])),
               R.choice(["", ".", " and I've been on hold for 40 minutes"]))
    else:
        c.note = "chat/%s: SSN typed" % ind
        c.turn("customer", R.choice(["ssn ", "SSN: ", "my social is ", "Social - "]), n(render_ssn(s, asr=False)))


def pos_ssn_split(c):
    s = make_ssn()
    n = g("SSN", s)
    c.note = "call/insurance: SSN split 3-2-4 over turns with agent back-channels and a filler"
    c.turn("agent", "go ahead with your social")
    c.turn("customer", maybe_cap(R.choice(["", "okay ", "um "])), n(R.choice([say_digits(s[:3], homo=0.2), s[:3]])))
    c.turn("agent", ack())
    c.turn("customer", n(R.choice([say_digits(s[3:5]), s[3:5], say_pair(s[3:5]) if s[3] != "0" else say_digits(s[3:5])])))
    c.turn("agent", ack())
    c.turn("customer", n(R.choice([say_digits(s[5:]), s[5:], s[5:7] + " " + say_digits(s[7:])])), R.choice(["", ".", " that's it"]))


def pos_ssn_with_dob(c):
    s = make_ssn()
    n = g("SSN", s)
    dt = render_dob(us=True)
    d = g("DOB", None)
    d.canon = dt
    c.note = "call/healthcare billing: SSN and date of birth in one customer turn plus a dollar amount"
    c.turn("agent", "To pull up the bill I need your date of birth and social.")
    c.turn("customer", maybe_cap(R.choice(["birthday is ", "I was born ", "date of birth "])), d(dt), R.choice([" and social is ", ", social ", ". Social's "]),
           n(render_ssn(s)), R.choice([". The bill says $%d.%02d" % (R.randint(20, 900), R.randint(0, 99)), "", " ok"]))


def pos_bank_uk(c, asr=True):
    acc = "".join(R.choice("0123456789") for _ in range(8))
    sc = "".join(R.choice("0123456789") for _ in range(6))
    a = g("BANK_ACCOUNT", acc)
    s = g("SORT_CODE", sc)
    if asr:
        c.note = "call/utilities: UK direct debit, sort code and account number, ASR forms"
        c.turn("agent", "for the direct debit I'll need the sort code and account number")
        c.turn("customer", maybe_cap(R.choice(["sort code is ", "right sort code ", "okay it's "])), s(render_sort(sc)))
        c.turn("agent", ack())
        c.turn("customer", R.choice(["and the account number is ", "account ", "then account number "]), a(render_digits_call(acc, uk=True)),
               R.choice(["", " and take it on the 1st of the month", ". Thanks"]))
    else:
        c.note = "chat/banking: sort code and account typed in one message"
        c.turn("customer", R.choice(["sort ", "Sort code: ", "s/c "]), s(render_sort(sc, asr=False)), R.choice([" acc ", ", account no. ", " a/c "]), a(acc))


def pos_bank_us(c):
    acc = "".join(R.choice("0123456789") for _ in range(R.choice([9, 10, 11, 12])))
    a = g("BANK_ACCOUNT", acc)
    c.note = "call/banking: US checking account number, whisper mixing numerals"
    c.turn("agent", "and what's the checking account number")
    c.turn("customer", maybe_cap(f() + R.choice(["it's ", "", "account number is "])), a(render_digits_call(acc)),
           R.choice(["", ". I deposited $2,500 yesterday", " thanks"]))


def pos_bank_split(c):
    acc = "".join(R.choice("0123456789") for _ in range(8))
    a = g("BANK_ACCOUNT", acc)
    c.note = "call/banking: account number split over two turns with self-correction restart"
    c.turn("agent", "what's the account number")
    c.turn("customer", a(say_digits(acc[:4], uk=True)))
    c.turn("agent", "mhm")
    c.turn("customer", a(R.choice([say_digits(acc[4:], uk=True), acc[4:]])))


def pos_iban(c, asr=True):
    ib = make_iban()
    i = g("IBAN", ib)
    if asr:
        c.note = "call/travel: %s IBAN read for a refund, ASR mixes chunks and letters" % ib[:2]
        c.turn("agent", "so for the refund I'll need your IBAN")
        c.turn("customer", maybe_cap(R.choice(["okay it's ", "yep ", "", "right so "])), i(render_iban(ib)))
    else:
        c.note = "chat/banking: %s IBAN typed" % ib[:2]
        c.turn("customer", R.choice(["IBAN ", "my iban is ", "Iban: "]), i(render_iban(ib, asr=False)), R.choice(["", " pls refund there"]))


def pos_phone(c, asr=True):
    region = R.choice(["us", "uk", "ie"])
    p = {"us": phone_us, "uk": phone_uk_mobile, "ie": phone_ie}[region]()
    canon = p
    t = render_phone(p, region, asr)
    canon = norm_digits(t)
    ph = g("PHONE", canon)
    if asr:
        c.note = "call/telecom: %s phone number as whisper writes it" % region.upper()
        c.turn("agent", R.choice(["what's the best number to reach you on", "and a contact number", "Can I get a callback number?"]))
        c.turn("customer", maybe_cap(f() + R.choice(["it's ", "", "yeah it's ", "my mobile is "])), ph(t),
               R.choice(["", ".", " after 5:30 is best", " any time before 2 pm"]))
    else:
        c.note = "chat/telecom: %s phone typed" % region.upper()
        c.turn("customer", R.choice(["call me on ", "mob ", "My number is ", "ph: "]), ph(t), R.choice(["", " thx", " after 6pm"]))


def pos_phone_split(c):
    p = phone_uk_mobile()
    ph = g("PHONE", p)
    c.note = "call/utilities: UK mobile split 5/6 across turns, nought and double"
    c.turn("agent", "and a mobile number")
    c.turn("customer", ph(say_digits(p[:5], uk=True)))
    c.turn("agent", "yep")
    c.turn("customer", ph(R.choice([say_digits(p[5:], uk=True), p[5:8] + " " + say_digits(p[8:], uk=True)])))


def pos_email(c, asr=True):
    e = make_email()
    em = g("EMAIL", e)
    if asr:
        t = render_email_call(e)
        em.canon = norm_email(t) if norm_email(t) == e else e
        if norm_email(t) != e:
            t = e
        c.note = "call/retail: email read out, whisper partial ITN"
        c.turn("agent", R.choice(["and an email address for the receipt", "what email should we send it to"]))
        c.turn("customer", maybe_cap(R.choice(["it's ", "yeah ", "", "um it's "])), em(t), R.choice(["", ".", " all lower case"]))
    else:
        c.note = "chat/retail: email typed"
        c.turn("customer", R.choice(["email is ", "pls send to ", "", "Email: "]), em(e if R.random() < 0.7 else e.upper()), R.choice(["", " thanks", " ta"]))
        em.canon = e


def pos_dob(c, asr=True):
    us = R.random() < 0.5
    t = render_dob(asr, us)
    d = g("DOB", t)
    if asr:
        c.note = "call/%s: date of birth, ASR %s" % (R.choice(["insurance", "banking", "healthcare billing"]), "US order" if us else "UK order")
        c.turn("agent", R.choice(["and can you confirm your date of birth", "What's your date of birth?", "and your DOB"]))
        c.turn("customer", maybe_cap(f() + R.choice(["", "it's ", "yeah "])), d(t), R.choice(["", ".", " I'm %d" % R.randint(20, 80)]))
    else:
        c.note = "chat/insurance: DOB typed"
        c.turn("customer", R.choice(["dob ", "DOB: ", "date of birth ", "born "]), d(t))


def pos_address(c, asr=True):
    region = R.choice(["uk", "us", "ie", "uk"])
    addr, num = make_address(region, asr)
    a = g("ADDRESS", num)
    pc = None
    if region == "uk":
        pcv = make_uk_postcode()
        pc_t = render_postcode(pcv, asr)
        pc = g("POSTCODE", pcv[0] + pcv[1])
    elif region == "us":
        z = make_zip()
        pc_t = render_postcode(z, asr)
        pc = g("POSTCODE", z)
    town = R.choice(TOWNS_UK if region == "uk" else TOWNS_US if region == "us" else ["Dublin", "Cork", "Galway"])
    if not asr:
        town = town
    else:
        town = town if R.random() < 0.5 else town.lower()
    c.note = "%s/%s: %s street address%s" % ("call" if asr else "chat", R.choice(["utilities", "retail", "insurance", "telecom"]),
                                              region.upper(), " with postcode/zip" if pc else "")
    c.turn("agent", R.choice(["what's the address on the account", "And the delivery address?", "can I take the first line of the address and the postcode"]))
    if pc and R.random() < 0.5:
        c.turn("customer", maybe_cap(f()), a(addr), ", " if not asr or R.random() < 0.5 else " ", town, R.choice([" ", ", "]), pc(pc_t))
    elif pc:
        c.turn("customer", maybe_cap(f()), a(addr), " " + town)
        c.turn("agent", R.choice(["and the postcode", "and the zip code"]) if asr else "Postcode?")
        c.turn("customer", R.choice(["", "it's ", "yep "]), pc(pc_t))
    else:
        c.turn("customer", maybe_cap(f()), a(addr), ", " + town)


def pos_postcode_only(c):
    if R.random() < 0.6:
        pcv = make_uk_postcode()
        t = render_postcode(pcv)
        pc = g("POSTCODE", pcv[0] + pcv[1])
        c.note = "call/telecom: UK postcode for broadband check, ASR spelled with phonetics"
        c.turn("agent", "can I take your postcode to check coverage")
    else:
        z = make_zip()
        t = render_postcode(z)
        pc = g("POSTCODE", z)
        c.note = "call/retail: US zip for card verification"
        c.turn("agent", "and the billing zip code")
    c.turn("customer", maybe_cap(R.choice(["", "yeah it's ", "um "])), pc(t), R.choice(["", ".", " and it's speed 80 megs I'm after"]))


def pos_multi_kyc(c):
    """verification call with several identifiers interleaved with chit-chat."""
    us = R.random() < 0.5
    c.note = "call/%s: identity verification, several identifiers and chit-chat" % ("banking US" if us else "banking UK")
    c.turn("agent", "Before we go on I need to verify you. Date of birth first?")
    t = render_dob(True, us)
    c.turn("customer", maybe_cap(t[:0]), g("DOB", t)(t), R.choice([". Sorry it's noisy I'm on the 5:15 train", "", " yeah"]))
    if us:
        s = make_ssn()
        c.turn("agent", "Thanks, and the social?")
        c.turn("customer", g("SSN", s)(render_ssn(s)))
    else:
        ni = make_ni()
        c.turn("agent", "thanks and your national insurance number")
        c.turn("customer", g("NI_NUMBER", ni)(render_ni(ni)))
    e = make_email()
    t = render_email_call(e)
    if norm_email(t) != e:
        t = e
    c.turn("agent", "and the email on file")
    c.turn("customer", g("EMAIL", e)(t))


def pos_agent_reads(c):
    ni = make_ni() if R.random() < 0.5 else None
    if ni:
        c.note = "call/government services: agent reads NI on file for confirmation"
        c.turn("agent", maybe_cap("I've got your national insurance number as "), g("NI_NUMBER", ni)(render_ni(ni)), " is that still right")
    else:
        s = make_ssn()
        c.note = "call/insurance: agent reads SSN on file for confirmation"
        c.turn("agent", "I have your social as ", g("SSN", s)(render_ssn(s)), " is that correct")
    c.turn("customer", "yes that's right")


POS_PLAN = [
    (pos_card_one_turn, 16), (pos_card_split, 12), (pos_card_restart, 5), (pos_card_readback, 8),
    (pos_card_chat, 10), (pos_card_cvv_expiry_call, 8),
    (lambda c: pos_ni(c, True), 20), (lambda c: pos_ni(c, False), 6), (pos_ni_split, 5), (pos_ni_readback, 4),
    (lambda c: pos_ssn(c, True), 18), (lambda c: pos_ssn(c, False), 5), (pos_ssn_split, 5), (pos_ssn_with_dob, 5),
    (lambda c: pos_bank_uk(c, True), 8), (lambda c: pos_bank_uk(c, False), 5), (pos_bank_us, 5), (pos_bank_split, 3),
    (lambda c: pos_iban(c, True), 9), (lambda c: pos_iban(c, False), 5),
    (lambda c: pos_phone(c, True), 12), (lambda c: pos_phone(c, False), 5), (pos_phone_split, 3),
    (lambda c: pos_email(c, True), 10), (lambda c: pos_email(c, False), 5),
    (lambda c: pos_dob(c, True), 10), (lambda c: pos_dob(c, False), 4),
    (lambda c: pos_address(c, True), 12), (lambda c: pos_address(c, False), 5), (pos_postcode_only, 8),
    (pos_multi_kyc, 8), (pos_agent_reads, 6),
]


# ---------------------------------------------------------------- negatives
def neg_money(c):
    a = R.randint(12, 4999)
    c.note = "call/utilities: money amounts and balance, partial ITN"
    c.turn("agent", R.choice(["your balance is $%d.%02d" % (a, R.randint(0, 99)), "the outstanding balance is £%d.%02d" % (a, R.randint(0, 99)),
                              "You owe %s pounds and %s pence." % (say_pair("%02d" % (a % 100)) if a % 100 >= 10 else DW[a % 10], say_pair("%02d" % R.randint(10, 99)))]))
    c.turn("customer", R.choice(["can I pay $%d now and the rest on the %s" % (R.randint(10, 200), ord_num(R.randint(1, 28))),
                                 "okay I'll pay forty five pounds today", "Right, so that's $1,250 altogether?"]))


def neg_ref(c):
    n = "".join(R.choice("0123456789") for _ in range(R.randint(6, 10)))
    word = R.choice(["order number", "ticket number", "claim reference", "invoice number", "case number", "reference"])
    c.note = "call/retail: %s read out (not PII)" % word
    c.turn("agent", "do you have the %s" % word)
    c.turn("customer", R.choice(["yeah the %s is " % word, "it's ", "%s " % word.capitalize()]) + R.choice([n, say_digits(n), asr_mixed(n, [3, 3, 4], p_num=0.5)]))
    c.turn("agent", "thank you I've found it, it was placed on the %s of %s" % (ord_num(R.randint(1, 28)), R.choice(MONTHS)))


def neg_time(c):
    c.note = "call/healthcare billing: appointment date and time, durations"
    c.turn("agent", R.choice(["I can book you in for the %s of %s at %d:%02d" % (ord_num(R.randint(1, 28)), R.choice(MONTHS), R.randint(1, 12), R.choice([0, 15, 30, 45])),
                              "the next slot is Tuesday at half past two for twenty minutes"]))
    c.turn("customer", R.choice(["can we do %d:30 instead I finish work at 5" % R.randint(1, 4), "yeah that's fine it'll take me forty five minutes to get there",
                                 "Okay. Twelve fifteen works."]))


def neg_flight(c):
    c.note = "call/travel: flight number, seat, times, baggage weight"
    fl = R.choice(["BA", "EI", "FR", "UA", "AA", "DL", "LH"]) + str(R.randint(100, 9999))
    c.turn("customer", R.choice(["I'm on flight %s tomorrow at 6:40 am" % fl, "it's flight %s %s departing at ten past nine" % (fl[:2].lower(), say_digits(fl[2:]))]))
    c.turn("agent", "okay you're in seat %d%s and you can bring %d kilos" % (R.randint(1, 40), R.choice("ABCDEF"), R.choice([20, 23, 32])))


def neg_meter(c):
    r = R.randint(10000, 99999)
    c.note = "call/utilities: meter reading digits (not PII) and kWh usage"
    c.turn("agent", "can you read me the numbers on the meter")
    c.turn("customer", R.choice([str(r), say_digits(str(r)), "%s %s" % (str(r)[:2], say_digits(str(r)[2:]))]) + R.choice(["", " and the red ones are %d" % R.randint(1, 9)]))
    c.turn("agent", "thanks so you've used about %d kilowatt hours this quarter" % R.randint(300, 2000))


def neg_model(c):
    c.note = "call/telecom: device model number, speeds, data allowance"
    c.turn("customer", R.choice(["the router's a %s%d" % (R.choice(["TP-", "HH", "SR"]), R.randint(100, 999)), "I've got the galaxy s %d and it keeps dropping" % R.randint(20, 24),
                                 "it's the model %d %d %d on the sticker" % (R.randint(1, 9), R.randint(1, 9), R.randint(1, 9))]))
    c.turn("agent", "okay your line's syncing at %d megabits and you've used %d gig of your %d" % (R.randint(10, 900), R.randint(1, 99), R.choice([100, 50, 200])))


def neg_age_temp(c):
    c.note = "call/insurance: ages, years of driving, percentages, years (not DOB)"
    c.turn("agent", "how many years no claims do you have")
    c.turn("customer", R.choice(["about %d years I've been driving since %d" % (R.randint(2, 15), R.randint(1995, 2020)),
                                 "I'm %d and my son is %d he passed in %d" % (R.randint(40, 70), R.randint(17, 25), R.randint(2019, 2025)),
                                 "nine years and the quote went up twenty %s percent" % R.choice(["two", "five", "eight"])]))
    c.turn("agent", "okay that gives you a %d%% discount" % R.randint(5, 70))


def neg_room(c):
    c.note = "chat/travel: hotel room number, nights, check-in time, price"
    c.turn("customer", "Hi I'm in room %d, checking out on the %s - can I get late checkout till 2pm?" % (R.randint(101, 1520), ord_num(R.randint(1, 30))))
    c.turn("agent", "Sure, that's an extra €%d for %d hours." % (R.randint(15, 80), R.randint(1, 4)))


def neg_contract(c):
    c.note = "call/telecom: contract start date, payment date, counts (not DOB)"
    c.turn("agent", R.choice(["your contract started on the %s of %s %d and runs for %d months" % (ORD[R.randint(1, 20)], R.choice(MONTHS), R.randint(2021, 2026), R.choice([12, 18, 24])),
                              "the payment of $%d.%02d was taken on %s %s" % (R.randint(20, 99), R.randint(0, 99), R.choice(MONTHS).capitalize(), ord_num(R.randint(1, 28)))]))
    c.turn("customer", R.choice(["oh right I thought it was %s months" % R.choice(["eighteen", "twelve", "twenty four"]), "and I've got %d lines on it" % R.randint(2, 6),
                                 "okay so I can upgrade in %s" % R.choice(MONTHS).capitalize()]))


def neg_qty(c):
    c.note = "chat/retail: quantities, sizes, prices, order number"
    c.turn("customer", "I ordered %d of the %dx%d frames (order #%d) but got %d" % (R.randint(2, 6), R.choice([20, 30, 40]), R.choice([30, 40, 50]), R.randint(100000, 9999999), R.randint(1, 2)))
    c.turn("agent", "Sorry about that! I'll send the missing ones, they're £%d.99 each so I'll refund the postage of £%d.%02d." % (R.randint(5, 40), R.randint(2, 9), R.randint(0, 99)))


def neg_asr_numbers(c):
    c.note = "call/banking: long spoken sequence that is a transaction amount and a date, not PII"
    c.turn("customer", R.choice(["there's a payment of %s dollars %s cents on the %s I didn't make" % (say_pair("%02d" % R.randint(10, 99)), say_pair("%02d" % R.randint(10, 99)), ord_num(R.randint(1, 28))),
                                 "I was charged twelve ninety nine twice on the 3rd and again on the 4th",
                                 "they took 1,499 euro and then another two hundred and fifty"]))
    c.turn("agent", "I can see that, I'll raise a dispute, it takes up to %d working days" % R.choice([5, 10, 14]))


def neg_speed_temp(c):
    c.note = "call/insurance: speeds, temperatures, distances in a claim description"
    c.turn("customer", "I was doing about %d miles an hour, it was minus %d degrees, and the other car came from %d yards away" % (R.randint(15, 70), R.randint(1, 8), R.randint(20, 200)))
    c.turn("agent", "okay and this was at about %d:%02d in the evening" % (R.randint(5, 11), R.choice([0, 10, 20, 45])))


def neg_ticket_call(c):
    n = "".join(R.choice("0123456789") for _ in range(8))
    c.note = "call/telecom: ticket number read split over turns with back-channels (not PII)"
    c.turn("agent", "have you got the fault reference")
    c.turn("customer", "yeah the reference is " + say_digits(n[:4]))
    c.turn("agent", "mhm")
    c.turn("customer", say_digits(n[4:]))


def neg_pin_hint(c):
    c.note = "call/banking: counts and last-login time, number of attempts"
    c.turn("agent", "you've had %s failed attempts so the app's locked for %d hours" % (R.choice(["three", "3", "five"]), R.choice([24, 12, 48])))
    c.turn("customer", "ugh okay, I logged in at 9:15 this morning fine")


NEG_PLAN = [(neg_money, 10), (neg_ref, 12), (neg_time, 9), (neg_flight, 8), (neg_meter, 8), (neg_model, 7), (neg_age_temp, 8),
            (neg_room, 6), (neg_contract, 8), (neg_qty, 6), (neg_asr_numbers, 8), (neg_speed_temp, 5), (neg_ticket_call, 6), (neg_pin_hint, 4)]


def build():
    cases = []
    pos = []
    for fn, n in POS_PLAN:
        for _ in range(n):
            c = Case("positive", "")
            fn(c)
            pos.append(c)
    neg = []
    for fn, n in NEG_PLAN:
        for _ in range(n):
            c = Case("negative", "")
            fn(c)
            neg.append(c)
    R.shuffle(pos)
    R.shuffle(neg)
    for i, c in enumerate(pos, 1):
        c.id = "h257-pos-%03d" % i
        cases.append(c)
    for i, c in enumerate(neg, 1):
        c.id = "h257-neg-%03d" % i
        cases.append(c)
    return cases


def dump(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    cnt = Counter()
    for c in cases:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def readme(cases):
    cnt = counts(cases)
    npos = sum(c.kind == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h257

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and adjusting the redactor to them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation, the benchmark, or any other
PII fixture; the only data looked at was a 3-line example of the JSONL format.
Cases are produced by `scripts/make_pii_holdout257.py` from template functions
(standard library only, one `random.Random(%d)`), where every turn is assembled
from plain-text segments and labelled value segments so offsets are computed,
never typed. `python scripts/make_pii_holdout257.py --check` regenerates the
file, verifies it is byte-identical, ids unique, offsets in range, on word
boundaries and non-overlapping, and validates each labelled value after
normalising spoken forms (Luhn, mod-97, NI shape, SSN 9 digits, sort code 6
digits, CVV 3-4 digits, phone 10-13 digits, account 6-12 digits, postcode/ZIP
shapes, e-mail shape, DOB year, expiry month/year).

Emphasis: phone calls as a Whisper-style recogniser transcribes them: partial
inverse text normalisation (some groups as numerals, others as words in the
same reading, `$40`, `2:30`, `1st`), odd capitalisation and full stops between
digit groups, homophones (`to`/`too`, `for`, `won`, `ate`), `oh`/`o`/`nought`
for zero, `double`/`triple`, pairs (`forty one`, `eleven`), phonetic letters
(`b for bravo`, `s as in sierra`), values split over several customer turns
with agent back-channels, agent read-backs, restarts, and fillers. Chat cases
use typed formats with varied separators and case.

## Annotation conventions

* A span covers the value itself, from its first to its last character
  (first/last word for spoken values), including internal separators, fillers
  that fall inside a reading, `double`/`triple`, phonetic `x for xray` words,
  and `plus four four` style country prefixes. Lead-ins such as "it's",
  "my number is" and trailing punctuation are outside.
* A value split over several turns gets one span per turn piece; each piece
  has the same type (e.g. four CARD_NUMBER spans for one card).
* An agent read-back of a value is labelled as a separate span.
* An aborted partial reading that the caller restarts is NOT labelled; only
  the complete restart is.
* ADDRESS covers the street line (flat/apartment prefix, house number, street
  name); the town is outside; POSTCODE (UK postcode or US ZIP) is a separate
  span. DOB covers the whole date phrase including "the ... of". EXPIRY
  covers month and year.
* Negatives contain lookalikes only (amounts, times, dates that are not
  birth dates, reference/order/ticket numbers with their reference word,
  flight/room/model numbers, meter readings, speeds, ages, percentages).

## Counts

%d positive cases, %d negative cases.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def check(cases, text):
    errs = []
    if not os.path.exists(CASES) or open(CASES, encoding="utf-8").read() != text:
        errs.append("cases.jsonl differs from regenerated output")
    if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme(cases):
        errs.append("README.md differs from regenerated output")
    ids = [c.id for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for line in text.splitlines():
        json.loads(line)
    for c in cases:
        if c.kind == "negative" and c.spans:
            errs.append("%s: negative with spans" % c.id)
        if c.kind == "positive" and not c.spans:
            errs.append("%s: positive without spans" % c.id)
        if not c.note:
            errs.append("%s: empty note" % c.id)
        byturn = {}
        for s in c.spans:
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % c.id)
            if not (0 <= s["turn"] < len(c.turns)):
                errs.append("%s: turn out of range" % c.id); continue
            t = c.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append("%s: offsets out of range" % c.id); continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (c.id, t[a:b]))
            if not ((t[a].isalnum() or t[a] in "+(") and t[b - 1].isalnum()):
                errs.append("%s: span has leading/trailing junk %r" % (c.id, t[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for k, lst in byturn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % c.id)
        # value validation, grouped pieces concatenated
        groups_ = {}
        order = []
        for s, grp in zip(c.spans, c.meta):
            if id(grp) not in groups_:
                groups_[id(grp)] = (grp, [])
                order.append(id(grp))
            groups_[id(grp)][1].append(c.turns[s["turn"]]["text"][s["start"]:s["end"]])
        for k in order:
            grp, pieces = groups_[k]
            e = validate(grp.typ, pieces, grp.canon)
            if e:
                errs.append("%s: %s: %s [%s]" % (c.id, grp.typ, e, " | ".join(pieces)))
    cnt = counts(cases)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("type %s has %d spans < %d" % (t, cnt[t], need))
    npos = sum(c.kind == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, cnt, npos, nneg


def main():
    cases = build()
    text = dump(cases)
    if "--check" in sys.argv[1:]:
        errs, cnt, npos, nneg = check(cases, text)
        print("h257: %d positive, %d negative, %d spans" % (npos, nneg, sum(cnt.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for e in errs[:60]:
            print("ERROR", e)
        if errs:
            print("FAILED: %d problem(s)" % len(errs))
            sys.exit(1)
        print("OK")
        return
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as fh:
        fh.write(text)
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(readme(cases))
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()

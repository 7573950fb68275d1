#!/usr/bin/env python3
"""Generate the pii_holdout363 held-out PII redaction evaluation set.

Writes tests/fixtures/pii_holdout363/cases.jsonl.  Every turn is built from
plain-text segments and labelled value segments so offsets are computed.

    python scripts/make_pii_holdout363.py          # (re)write the file
    python scripts/make_pii_holdout363.py --check  # regenerate + validate

Standard library only; one RNG: random.Random(363241125).
"""
import json
import os
import re
import sys
from collections import Counter
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout363", "cases.jsonl")
R = random.Random(363241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- speaking
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": "apple", "b": "bravo", "c": "charlie", "d": "dog", "e": "echo",
        "f": "freddie", "g": "george", "h": "harry", "j": "jack", "k": "king",
        "l": "london", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
        "s": "sugar", "t": "tommy", "w": "william", "x": "xray", "y": "yellow",
        "z": "zebra"}
FILLERS_IN = ["um", "uh", "er", "erm", "uhh"]


def zero_word(uk):
    return R.choice(["oh", "o", "zero", "nought"] if uk else ["oh", "o", "zero", "oh"])


def say_digits(s, uk, allow_multi=True):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        w = zero_word(uk) if d == "0" else ONES[int(d)]
        if allow_multi and run == 3 and R.random() < 0.6:
            out.append("triple " + w)
            i += 3
            continue
        if allow_multi and run >= 2 and R.random() < 0.6:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_pair(p, uk):
    a, b = p[0], p[1]
    if a == "0":
        return None
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return None
    return TENS[int(a)] + " " + ONES[int(b)]


def say_hundred(t, uk):
    a, rest = t[0], t[1:]
    if a == "0" or rest == "00" or (rest[1] == "0" and rest[0] not in "01"):
        return None
    if rest[0] == "0":
        tail = ONES[int(rest[1])]
    else:
        tail = say_pair(rest, uk)
    return ONES[int(a)] + " hundred " + ("and " if uk or R.random() < 0.5 else "") + tail


def speak_chunk(c, uk):
    """Speak a digit chunk the way people do: digits, pairs or hundreds."""
    r = R.random()
    if len(c) % 2 == 0 and r < 0.35:
        pairs = [say_pair(c[i:i + 2], uk) for i in range(0, len(c), 2)]
        if all(pairs):
            return " ".join(pairs)
    if len(c) == 3 and r < 0.55:
        h = say_hundred(c, uk)
        if h:
            return h
    if len(c) == 4 and 0.35 <= r < 0.45:
        h = say_hundred(c[1:], uk)
        if h:
            return say_digits(c[0], uk) + " " + h
    return say_digits(c, uk)


def speak_groups(groups, uk, filler=0.2, sep=None):
    parts = []
    for k, g in enumerate(groups):
        if k and R.random() < filler:
            parts.append(R.choice(FILLERS_IN))
        parts.append(speak_chunk(g, uk))
    if sep is None:
        sep = R.choice([" ", ", ", " ", "... "])
    out = parts[0]
    for p in parts[1:]:
        out += (" " if p in FILLERS_IN or out.split()[-1] in FILLERS_IN else sep) + p
    return out


def say_letter(ch, mode):
    ch = ch.lower()
    if mode == "plain":
        return ch
    if mode == "nato":
        return NATO[ch]
    word = R.choice([NATO[ch], FOLK.get(ch, NATO[ch])])
    return ch + R.choice([" for ", " as in ", " for "]) + word


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def num_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + ONES[n % 10]


ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}


def ordinal(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num_words(hi) + " hundred"
    if lo < 10:
        return num_words(hi) + " oh " + ONES[lo]
    return num_words(hi) + " " + num_words(lo)


# ---------------------------------------------------------------- values
def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + R.choice(["539", "929", "556", "024", "111", "484", "658"]), 16)
    if k < 0.7:
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if k < 0.82:
        return luhn_complete(R.choice(["34", "37"]), 15)
    if k < 0.9:
        return luhn_complete("6011", 16)
    if k < 0.95:
        return luhn_complete("4", 13)
    return luhn_complete(R.choice(["4", "6759", "35"]), 19)


def card_groups(c):
    if len(c) == 15:
        return chunks(c, [4, 6, 5])
    if len(c) == 13:
        return chunks(c, [4, 3, 3, 3])
    return chunks(c, [4, 4, 4, 4, 3])


def card_typed(c):
    k = R.random()
    g = card_groups(c)
    if k < 0.35:
        return " ".join(g)
    if k < 0.55:
        return "-".join(g)
    if k < 0.72:
        return c
    if k < 0.86:  # odd grouping
        sizes, rest = [], len(c)
        while rest > 0:
            n = min(rest, R.choice([3, 5, 6, 2, 4]))
            sizes.append(n)
            rest -= n
        return R.choice([" ", "  ", "-"]).join(chunks(c, sizes))
    return ".".join(g) if R.random() < 0.5 else " ".join(g[:2]) + g[2] + " " + "".join(g[3:])


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


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return "%02d" % (98 - n % 97)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1
    except ValueError:
        return False


BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI"],
         "NL": ["ABNA", "RABN", "INGB"]}


def make_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if cc in ("GB", "IE"):
        bban = R.choice(BANKS[cc]) + dg(14)
    elif cc == "NL":
        bban = R.choice(BANKS[cc]) + dg(10)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "ES":
        bban = dg(20)
    else:
        bban = dg(23)
    return cc + iban_check(cc, bban) + bban


PH = {
    "uk_mob": lambda: ("07" + R.choice(["700", "812", "934", "557", "491"]) + "%06d" % R.randint(0, 999999)),
    "uk_geo": lambda: R.choice(["0161", "0113", "0121", "0117", "0131", "0141"]) + "%07d" % R.randint(2000000, 9999999),
    "uk_ldn": lambda: "020" + R.choice(["7", "8", "3"]) + "%07d" % R.randint(0, 9999999),
    "us": lambda: "%d%02d%d%06d" % (R.randint(2, 9), R.randint(0, 99), R.randint(2, 9), R.randint(0, 999999)),
    "ie": lambda: "08" + R.choice("35679") + "%07d" % R.randint(0, 9999999),
    "de": lambda: "49" + R.choice(["30", "89", "40", "151", "176"]) + "%07d" % R.randint(0, 9999999),
    "fr": lambda: "33" + R.choice("67") + "%08d" % R.randint(0, 99999999),
}


def phone_value():
    """Return (typed, spoken) renderings of one phone number."""
    kind = R.choice(list(PH))
    n = PH[kind]()
    uk = kind.startswith("uk") or kind == "ie"
    intl = R.random() < 0.4
    if kind == "uk_mob":
        g = [n[:5], n[5:8], n[8:]]
        typed = "%s %s" % (n[:5], n[5:]) if not intl else "+44 %s %s" % (n[1:5], n[5:])
        sg = (["plus four four"] if intl else []) + [speak_chunk(x, True) for x in ([n[1:5]] if intl else [n[:5]]) + [n[5:8], n[8:]]]
    elif kind in ("uk_geo", "uk_ldn"):
        a = 4 if kind == "uk_geo" else 3
        typed = ("+44 (0)%s %s %s" % (n[1:a], n[a:a + 3 + (a == 3)], n[a + 3 + (a == 3):])) if intl else "%s %s %s" % (n[:a], n[a:a + 3 + (a == 3)], n[a + 3 + (a == 3):])
        if intl:
            typed = typed.replace("(0)", "") if R.random() < 0.5 else typed
        sg = (["plus four four"] if intl else []) + [say_digits(n[1 if intl else 0:a], True), speak_chunk(n[a:a + 4], True), speak_chunk(n[a + 4:], True)]
    elif kind == "us":
        intl = intl and R.random() < 0.7
        typed = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (n[:3], n[3:6], n[6:])
        if intl:
            typed = "+1 " + typed if not typed.startswith("(") else "+1 " + typed
        sg = (["plus one"] if intl else []) + [say_digits(n[:3], False), say_digits(n[3:6], False), speak_chunk(n[6:], False)]
    elif kind == "ie":
        typed = ("+353 %s %s %s" % (n[1:3], n[3:6], n[6:])) if intl else "%s %s %s" % (n[:3], n[3:6], n[6:])
        sg = (["plus three five three", say_digits(n[1:3], True)] if intl else [say_digits(n[:3], True)]) + [say_digits(n[3:6], True), speak_chunk(n[6:], True)]
    elif kind == "de":
        intl = True
        typed = "+%s %s %s" % (n[:2], n[2:-7], n[-7:])
        sg = ["plus " + say_digits(n[:2], False, False), say_digits(n[2:-7], False), speak_chunk(n[-7:-4], False), speak_chunk(n[-4:], False)]
    else:
        intl = True
        typed = "+33 %s %s %s %s %s" % (n[2], n[3:5], n[5:7], n[7:9], n[9:])
        sg = ["plus three three", ONES[int(n[2])]] + [say_digits(n[i:i + 2], False, False) for i in (3, 5, 7, 9)]
    if R.random() < 0.15:
        sg.insert(R.randint(1, len(sg) - 1), R.choice(FILLERS_IN))
    spoken = sg[0]
    for p in sg[1:]:
        spoken += (" " if p in FILLERS_IN or spoken.split()[-1] in FILLERS_IN else R.choice([" ", ", "])) + p
    return typed, spoken, uk


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kwame", "olga",
         "dave", "chen", "fatima", "niamh", "gareth", "rosa", "marek", "emily", "jo"]
LAST = ["mills", "okafor", "patel", "byrne", "kowalski", "nguyen", "smith", "obrien",
        "hughes", "garcia", "murphy", "evans", "schmidt", "dubois", "reilly", "khan"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "btinternet.com",
           "icloud.com", "eircom.net", "web.de", "proton.me", "aol.com"]


def email_value():
    f, l = R.choice(FIRST), R.choice(LAST)
    sep = R.choice([".", "_", "", "-", "."])
    num = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1950, 2005))])
    local = R.choice([f + sep + l, f[0] + sep + l, f + sep + l[0], l + sep + f]) + num
    dom = R.choice(DOMAINS)
    typed = local + "@" + dom
    k = R.random()
    if k < 0.2:
        typed = typed.capitalize()
    elif k < 0.3:
        typed = typed.upper()
    words = []
    for piece in re.findall(r"[a-z]+|\d+|[._\-]", local):
        if piece == ".":
            words.append("dot")
        elif piece == "_":
            words.append("underscore")
        elif piece == "-":
            words.append(R.choice(["dash", "hyphen"]))
        elif piece.isdigit():
            if len(piece) == 4:
                words.append(num_words(int(piece[:2])) + " " + num_words(int(piece[2:])))
            else:
                words.append(num_words(int(piece)))
        elif len(piece) == 1:
            words.append(say_letter(piece, R.choice(["plain", "for"])))
        else:
            words.append(piece)
    words.append("at")
    words.append(" dot ".join(dom.split(".")))
    spoken = " ".join(words)
    return typed, spoken


def make_dob():
    y, m, d = R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)
    k = R.random()
    if k < 0.25:
        typed = "%02d/%02d/%d" % (d, m, y)
    elif k < 0.4:
        typed = "%02d-%02d-%d" % (m, d, y)
    elif k < 0.55:
        typed = "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MONTHS[m - 1].capitalize(), y)
    elif k < 0.7:
        typed = "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3 if R.random() < 0.5 else 20], d, y)
    elif k < 0.85:
        typed = "%d.%d.%02d" % (d, m, y % 100)
    else:
        typed = "%d-%s-%d" % (d, MONTHS[m - 1][:3].capitalize(), y)
    s = R.random()
    if s < 0.4:
        spoken = "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], year_words(y))
    elif s < 0.6:
        spoken = "%s %s %s" % (MONTHS[m - 1], ordinal(d), year_words(y))
    elif s < 0.8:
        spoken = "%s %s, %s" % (ordinal(d), MONTHS[m - 1], year_words(y))
    else:
        spoken = "%s %s uh %s" % (ordinal(d), MONTHS[m - 1], year_words(y))
    return typed, spoken


def make_expiry():
    m, y = R.randint(1, 12), R.randint(25, 32)
    typed = R.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d / %02d", "%02d%02d"]) % (m, y)
    k = R.random()
    if k < 0.35:
        spoken = "%s %s" % (say_digits("%02d" % m, True, False), num_words(y))
    elif k < 0.6:
        spoken = "%s %s" % (MONTHS[m - 1], num_words(y))
    elif k < 0.8:
        spoken = "%s twenty %s" % (MONTHS[m - 1], num_words(y))
    else:
        spoken = "%s slash %s" % (num_words(m), num_words(y))
    return typed, spoken


UK_AREAS = ["SW", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "E", "N", "W", "BS", "L",
            "CR", "DN", "KT", "RG", "YO", "PL", "SE", "NW", "CB", "HP"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode():
    if R.random() < 0.65:
        a = R.choice(UK_AREAS)
        out = a + str(R.randint(1, 29 if len(a) == 2 else 9))
        if a in ("SW", "W", "E") and R.random() < 0.3:
            out = a + str(R.randint(1, 9)) + R.choice("ABHPVW".replace("V", "W"))
        inn = str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)
        typed = R.choice([out + " " + inn, out + " " + inn, (out + inn).lower(), out.lower() + " " + inn.lower(), out + inn])
        toks = []
        for ch in out + inn:
            if ch.isdigit():
                toks.append(zero_word(True) if ch == "0" else ONES[int(ch)])
            else:
                toks.append(say_letter(ch, R.choice(["plain", "plain", "nato", "for"])))
        cut = len(out)
        spoken = " ".join(toks[:cut]) + R.choice([" ", ", "]) + " ".join(toks[cut:])
        return typed, spoken, True
    z = "%05d" % R.randint(1001, 99950)
    typed = z if R.random() < 0.7 else z + "-%04d" % R.randint(1, 9999)
    spoken = speak_chunk(typed[:5], False) if R.random() < 0.5 else say_digits(typed[:5], False)
    if len(typed) > 5:
        spoken += " dash " + say_digits(typed[6:], False)
    return typed, spoken, False


STREETS = ["Acacia", "Mill", "Harbour", "Church", "Station", "Kings", "Queens", "Victoria",
           "Oak", "Willow", "Elm", "Meadow", "Castle", "Park", "Maple", "Chapel", "Clonard",
           "Pennsylvania", "Sunset", "Lakeview", "Bridge", "Orchard", "Hawthorn", "Abbey"]
SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way", "Court", "Crescent",
          "Terrace", "Gardens", "Grove", "Place", "Rd", "St", "Ave", "Boulevard", "Walk"]
SUFFIX_SPOKEN = ["road", "street", "lane", "avenue", "close", "drive", "way", "court",
                 "crescent", "terrace", "gardens", "grove", "place", "walk"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Edinburgh", "Croydon", "Belfast", "York"]
TOWNS_US = ["Austin, TX", "Denver, CO", "Portland, OR", "Columbus, OH", "Tampa, FL"]


def make_address():
    n = R.choice([R.randint(1, 99), R.randint(1, 30), R.randint(100, 2999)])
    st, sf = R.choice(STREETS), R.choice(SUFFIX)
    flat = R.random() < 0.25
    f = R.randint(1, 24)
    letter = R.choice(["", "", "", "a", "b"]) if n < 300 else ""
    typed = "%d%s %s %s" % (n, letter, st, sf)
    if flat:
        typed = R.choice(["Flat %d, ", "Apt %d, ", "flat %d "]) % f + typed
    if R.random() < 0.2:
        typed = typed.lower()
    sp_n = speak_chunk(str(n), True) if n >= 100 else num_words(n)
    sp = "%s%s %s %s" % (sp_n, (" " + letter) if letter else "", st.lower(), R.choice(SUFFIX_SPOKEN))
    if flat:
        sp = "flat %s, %s" % (num_words(f), sp)
    return typed, sp


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.groups = {}
        self.n = 0

    def g(self, typ, partial=False):
        self.n += 1
        self.groups[self.n] = (typ, partial)
        return self.n

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def render(self):
        turns, spans, gparts = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, gid = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                                  "type": self.groups[gid][0]})
                    gparts.setdefault(gid, []).append((ti, len(text), len(text) + len(val)))
                    text += val
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return turns, spans, gparts


def V(val, gid):
    return (val, gid)


def pick(*xs):
    return R.choice(xs)


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go ahead", "got that", "and then?"]


def bc():
    return R.choice(BACK)


def hes():
    return R.choice(["", "", "um ", "uh ", "er, ", "so ", "yeah it's ", "right so "])


def split_turns(c, typ, parts, speaker="customer", lead="", tail_agent=True):
    gid = c.g(typ)
    for k, p in enumerate(parts):
        pre = lead if k == 0 else R.choice(["", "", "then ", "uh ", "and "])
        c.t(speaker, pre, V(p, gid), R.choice(["", "", ",", "..."]))
        if k < len(parts) - 1 or tail_agent:
            c.t("agent", bc())
    return gid


# ---------------------------------------------------------------- positives
def p_card_chat():
    c = Case("typed card number in chat" )
    card = make_card()
    txt = card_typed(card)
    ind = pick("retail", "banking", "telecom", "travel")
    c.t("agent", pick("Can you send the long card number please?", "Please type the card number you'd like to use.",
                      "To take payment I'll need the full card number."))
    g = c.g("CARD_NUMBER")
    lab = pick("card no: ", "Card number - ", "its ", "", "ok here: ", "CC#", "card: ", "Long number is ")
    c.t("customer", lab, V(txt, g), pick("", " thx", ".", " (visa)" if card[0] == "4" else " (mastercard)" if card[0] in "25" else "", " - the debit one"))
    if R.random() < 0.5:
        ge, (et, _) = c.g("EXPIRY"), make_expiry()
        gc = c.g("CVV")
        cv = "%0*d" % ((4, R.randint(0, 9999)) if len(card) == 15 else (3, R.randint(0, 999)))
        c.t("agent", "Thanks. Expiry date and the security code on the back?")
        c.t("customer", pick("exp ", "expires ", "", "Exp: "), V(et, ge), pick(" cvv ", ", code ", " and ", " security code: "), V(cv, gc))
    if R.random() < 0.5:
        gl = c.g("CARD_NUMBER", partial=True)
        c.t("agent", "Lovely, so that's the card ending ", V(card[-4:], gl), ", taking the payment of \u00a3%d.%02d now." % (R.randint(5, 400), R.randint(0, 99)))
        c.note = "typed card in %s chat; agent read-back of last four is PII because full card was given" % ind
    else:
        c.note = "typed card in %s chat" % ind
    return c


def p_card_spoken():
    c = Case("ASR card reading")
    card = make_card()
    uk = R.random() < 0.6
    c.t("agent", pick("okay and the long number across the front of the card", "can i take the card number please",
                      "go ahead with the sixteen digits when you're ready"))
    g = c.g("CARD_NUMBER")
    c.t("customer", hes(), pick("", "it's ", "right it's ", "yeah so "), V(speak_groups(card_groups(card), uk), g))
    if R.random() < 0.5:
        gr = c.g("CARD_NUMBER")
        c.t("agent", pick("so i've got ", "let me read that back ", "thank you that's "), V(speak_groups(card_groups(card), uk, filler=0, sep=" "), gr), pick(" is that right", " yeah", ""))
        c.t("customer", pick("yes", "that's it", "yep perfect", "correct"))
        c.note = "ASR card reading with agent read-back"
    if R.random() < 0.5:
        ge = c.g("EXPIRY")
        c.t("agent", "and the expiry")
        c.t("customer", pick("", "it's ", "uh "), V(make_expiry()[1], ge))
    if R.random() < 0.4:
        gc = c.g("CVV")
        c.t("agent", pick("and the three digits on the back", "last thing the security code"))
        cv = "%03d" % R.randint(0, 999)
        c.t("customer", pick("", "it's ", "that's "), V(say_digits(cv, uk, False), gc))
    return c


def p_card_split():
    c = Case("card read across several turns with back-channels")
    card = make_card()
    uk = R.random() < 0.5
    c.t("agent", "okay go ahead with the card number")
    parts = [speak_chunk(x, uk) for x in card_groups(card)]
    split_turns(c, "CARD_NUMBER", parts, lead=pick("", "it's ", "okay "), tail_agent=False)
    if R.random() < 0.6:
        gr = c.g("CARD_NUMBER")
        c.t("agent", pick("thanks so that's ", "reading back "), V(speak_groups(card_groups(card), uk, filler=0, sep=" "), gr))
        c.t("customer", "yes")
    if R.random() < 0.3:
        c.t("agent", "and how much are you paying today")
        c.t("customer", "%s pounds" % num_words(R.randint(20, 99)))
    return c


def p_card_aside():
    c = Case("card reading interrupted by an aside and restarted")
    card = make_card()
    uk = True
    gs = card_groups(card)
    gp = c.g("CARD_NUMBER", partial=True)
    c.t("agent", "card number please")
    c.t("customer", pick("", "yeah "), V(speak_chunk(gs[0], uk), gp), pick(" ", ", ") + pick("hang on the dog's barking", "sorry one sec, kids, stop that", "oh hold on i've got the wrong card"),
        pick("... okay sorry let me start again ", " right from the top "), V(speak_groups(gs, uk), c.g("CARD_NUMBER")))
    c.t("agent", pick("no problem got it", "thank you"))
    c.note = "restarted card reading; aborted first group labelled as partial"
    return c


def p_card_typo():
    c = Case("card in email with typos and odd label")
    card = make_card()
    g = c.g("CARD_NUMBER")
    body = pick("Hi, pls charge the renewal to my card ", "hello, updating payment detials, new card is ",
                "Morning, plesae use crad number ", "re: insurance premium - use card# ")
    c.t("customer", body, V(card_typed(card), g), pick(" exp ", " expiry ", " ex. "), V(make_expiry()[0], c.g("EXPIRY")),
        pick(". Thanks, ", " cheers ", ". Regards "), pick(*[f.capitalize() for f in FIRST]))
    c.t("agent", pick("Thank you, we have updated your payment card.", "Thanks - payment method updated, ref %d." % R.randint(100000, 999999)))
    c.note = "e-mail with card and expiry, typos"
    return c


def p_ssn():
    c = Case("")
    s = make_ssn()
    k = R.random()
    ind = pick("healthcare billing", "government services", "insurance", "banking")
    if k < 0.35:
        c.t("agent", "For verification I need your Social Security number.")
        typed = pick("%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s %s") % (s[:3], s[3:5], s[5:])
        c.t("customer", pick("SSN: ", "ssn is ", "its ", "", "Social: "), V(typed, c.g("SSN")), pick("", ".", " - is that all you need?"))
        c.note = "typed SSN (%s)" % ind
    elif k < 0.75:
        c.t("agent", pick("can i get your social", "and your social security number please", "last thing i need is the ssn"))
        sp = speak_groups([s[:3], s[3:5], s[5:]], False)
        c.t("customer", hes(), pick("", "it's ", "sure it's "), V(sp, c.g("SSN")))
        if R.random() < 0.5:
            c.t("agent", pick("thanks i have ", "ok "), V(speak_groups([s[:3], s[3:5], s[5:]], False, 0, " "), c.g("SSN")), pick("", " correct?"))
            c.t("customer", "yep")
        c.note = "spoken SSN (%s)" % ind
    else:
        c.t("agent", "go ahead with the social")
        split_turns(c, "SSN", [speak_chunk(x, False) for x in (s[:3], s[3:5], s[5:])], lead=pick("", "okay "), tail_agent=False)
        c.t("agent", "thank you, and is this about the claim from %s" % pick("march", "last week", "june"))
        c.note = "SSN split over turns (%s)" % ind
    if R.random() < 0.3:
        c.t("customer", pick("my member id is W%d if you need it" % R.randint(10000000, 99999999), "the bill was $%d.%02d" % (R.randint(40, 900), R.randint(0, 99))))
        c.note += " with nearby non-PII number"
    return c


def ni_spoken(ni):
    k = R.random()
    mode = pick("plain", "nato", "for")
    lt = " ".join(say_letter(x, mode) for x in ni[:2])
    if k < 0.4:
        dg = speak_groups([ni[2:4], ni[4:6], ni[6:8]], True, sep=" ")
    else:
        dg = say_digits(ni[2:8], True)
    return "%s %s %s" % (lt, dg, say_letter(ni[8], pick("plain", "nato", "for"))), lt, dg


def p_ni():
    c = Case("")
    ni = make_ni()
    k = R.random()
    if k < 0.35:
        c.t("agent", "Could you confirm your National Insurance number?")
        typed = pick(ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni[:2] + " " + ni[2:8] + " " + ni[8], ni.capitalize())
        c.t("customer", pick("NI no: ", "NINO ", "", "it's ", "national insurance: "), V(typed, c.g("NI_NUMBER")))
        c.note = "typed NI number"
    elif k < 0.7:
        c.t("agent", pick("and your national insurance number", "can i take your n i number please"))
        sp, _, _ = ni_spoken(ni)
        c.t("customer", hes(), V(sp, c.g("NI_NUMBER")))
        if R.random() < 0.5:
            c.t("agent", "so that's ", V(ni_spoken(ni)[0], c.g("NI_NUMBER")))
            c.t("customer", pick("yes", "that's right"))
        c.note = "spoken NI number, letters spelled"
    else:
        _, lt, dg = ni_spoken(ni)
        c.t("agent", "go on with the national insurance number")
        g = c.g("NI_NUMBER")
        c.t("customer", pick("it's ", "", "okay "), V(lt, g))
        c.t("agent", bc())
        c.t("customer", V(dg, g))
        c.t("agent", bc())
        c.t("customer", pick("and then ", "ends in ", "then the letter "), V(say_letter(ni[8], pick("plain", "for", "nato")), g))
        c.t("agent", "thank you")
        c.note = "NI number split over three customer turns"
    if R.random() < 0.3:
        c.t("customer", pick("my claim reference is %d" % R.randint(10 ** 7, 10 ** 8), "it's about the universal credit payment on the %s" % ordinal(R.randint(1, 28))))
    return c


def p_bank():
    c = Case("")
    sc = "%02d%02d%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99))
    acct = "%08d" % R.randint(0, 99999999)
    if R.random() < 0.5:
        c.t("agent", "Which account should the refund go to?")
        st = pick("%s-%s-%s", "%s %s %s", "%s%s%s") % (sc[:2], sc[2:4], sc[4:])
        c.t("customer", pick("sort code ", "SC: ", "sort "), V(st, c.g("SORT_CODE")), pick(", acct no: ", " account ", " a/c "), V(pick(acct, acct[:4] + " " + acct[4:]), c.g("BANK_ACCOUNT")))
        c.note = "typed sort code and account number"
    else:
        c.t("agent", "and the sort code")
        c.t("customer", hes(), V(speak_groups([sc[:2], sc[2:4], sc[4:]], True, sep=pick(" ", ", ")), c.g("SORT_CODE")))
        c.t("agent", "and the account number")
        if R.random() < 0.5:
            c.t("customer", V(speak_groups([acct[:4], acct[4:]], True), c.g("BANK_ACCOUNT")))
        else:
            split_turns(c, "BANK_ACCOUNT", [speak_chunk(acct[:4], True), speak_chunk(acct[4:], True)], tail_agent=False)
        c.note = "spoken sort code and account number"
    if R.random() < 0.4:
        c.t("agent", "refund of \u00a3%d.%02d should arrive in three to five working days" % (R.randint(10, 600), R.randint(0, 99)))
    return c


def p_us_bank():
    c = Case("US checking account number")
    acct = str(R.randint(10 ** 8, 10 ** 12))
    c.t("agent", pick("What's the checking account number for the autopay?", "which account do you want the direct deposit going to"))
    if R.random() < 0.5:
        c.t("customer", pick("acct no: ", "Account # ", "acct# ", "it's "), V(acct, c.g("BANK_ACCOUNT")))
    else:
        c.t("customer", hes(), V(speak_groups(chunks(acct, [3, 3, 3, 3]), False), c.g("BANK_ACCOUNT")))
        c.note = "spoken US account number"
    return c


def p_iban():
    c = Case("")
    ib = make_iban()
    if R.random() < 0.55:
        typed = pick(" ".join(chunks(ib, [4] * 9)), ib, ib.lower(), " ".join(chunks(ib, [4] * 9)).lower())
        c.t("customer", pick("IBAN: ", "pls send to iban ", "my IBAN is ", "Iban "), V(typed, c.g("IBAN")), pick("", " thanks", " (%s account)" % pick("euro", "joint")))
        c.t("agent", "Thanks, the transfer of \u20ac%d will be made within 2 working days." % R.randint(20, 3000))
        c.note = "typed IBAN (%s)" % ib[:2]
    else:
        toks = []
        for part in chunks(ib, [2, 2] + [4] * 9):
            if part.isdigit():
                toks.append(speak_chunk(part, True))
            else:
                toks.append(" ".join(say_letter(x, pick("plain", "plain", "nato")) for x in part))
        c.t("agent", "okay go ahead with the iban")
        if R.random() < 0.5:
            c.t("customer", V(" ".join(toks), c.g("IBAN")))
        else:
            h = len(toks) // 2
            split_turns(c, "IBAN", [" ".join(toks[:h]), " ".join(toks[h:])], tail_agent=False)
        c.note = "spoken IBAN (%s)" % ib[:2]
    return c


def p_phone():
    c = Case("")
    typed, spoken, uk = phone_value()
    if R.random() < 0.45:
        c.t("agent", pick("Best contact number?", "What number can we reach you on?"))
        c.t("customer", pick("", "mob: ", "Tel ", "call me on ", "its "), V(typed, c.g("PHONE")), pick("", " after 6pm", " (work)"))
        c.note = "typed phone number"
    else:
        c.t("agent", pick("and a contact number", "what's the best number to call you back on"))
        c.t("customer", hes(), V(spoken, c.g("PHONE")))
        if R.random() < 0.4:
            c.t("agent", "that's ", V(spoken.replace(" um", "").replace(" uh", "").replace(" er", "").replace(" erm", "").replace(" uhh", ""), c.g("PHONE")))
            c.t("customer", "yeah")
        c.note = "spoken phone number"
    if R.random() < 0.3:
        c.t("agent", "we'll call between %d and %d tomorrow" % (R.randint(8, 11), R.randint(1, 5)))
    return c


def p_email():
    c = Case("")
    typed, spoken = email_value()
    if R.random() < 0.45:
        c.t("customer", pick("email is ", "Email: ", "send it to ", "my e-mail address ", "pls use "), V(typed, c.g("EMAIL")), pick("", " please", ". thanks"))
        c.note = "typed e-mail address"
    else:
        c.t("agent", "what e-mail address should the confirmation go to")
        c.t("customer", hes(), V(spoken, c.g("EMAIL")))
        c.note = "spoken e-mail address"
    return c


def p_dob():
    c = Case("")
    typed, spoken = make_dob()
    if R.random() < 0.45:
        c.t("agent", "Please confirm your date of birth.")
        c.t("customer", pick("DOB ", "dob: ", "", "born ", "D.O.B. "), V(typed, c.g("DOB")))
        c.note = "typed date of birth"
    else:
        c.t("agent", pick("and your date of birth", "can you confirm the date of birth on the account"))
        c.t("customer", hes(), V(spoken, c.g("DOB")))
        c.note = "spoken date of birth"
    if R.random() < 0.4:
        c.t("agent", "thanks, and your appointment is on the %s at %d thirty" % (ordinal(R.randint(1, 28)), R.randint(1, 11)))
        c.note += " plus non-PII appointment date"
    return c


def p_address():
    c = Case("")
    at, asp = make_address()
    pt, psp, ukpc = make_postcode()
    town = R.choice(TOWNS_UK if ukpc else TOWNS_US)
    if R.random() < 0.45:
        c.t("agent", "What's the billing address?")
        c.t("customer", V(at, c.g("ADDRESS")), ", ", town, pick(", ", " "), V(pt, c.g("POSTCODE")))
        c.note = "typed address, town unlabelled, postcode separate"
    else:
        c.t("agent", "and the first line of the address")
        c.t("customer", hes(), V(asp, c.g("ADDRESS")), pick("", " in " + town.split(",")[0].lower()))
        c.t("agent", "and the postcode" if ukpc else "and the zip code")
        c.t("customer", pick("", "it's "), V(psp, c.g("POSTCODE")))
        c.note = "spoken address and postcode"
    return c


def p_idv():
    c = Case("identity verification with several items")
    ind = pick("utilities", "telecom", "insurance", "banking")
    dt, dsp = make_dob()
    pt, psp, ukpc = make_postcode()
    typed, spoken, _ = phone_value()
    c.t("agent", "before i go into the account i need to verify you, date of birth first")
    c.t("customer", V(dsp, c.g("DOB")))
    c.t("agent", "and the postcode")
    c.t("customer", V(psp, c.g("POSTCODE")))
    c.t("agent", "and the phone number on the account")
    c.t("customer", V(spoken, c.g("PHONE")), pick("", " or it might be the old one"))
    c.t("agent", "perfect that's all matched, your %s account number is %d" % (pick("gas", "broadband", "policy"), R.randint(10 ** 9, 10 ** 10)))
    c.note = "%s IDV: DOB, postcode, phone; account reference unlabelled" % ind
    return c


def p_card_pause():
    """Card reading with hold/aside and agent back-channels mid-number."""
    c = Case("card with agent interjection in the middle")
    card = make_card()
    gs = card_groups(card)
    g = c.g("CARD_NUMBER")
    c.t("customer", "okay the card is ", V(speak_groups(gs[:2], True), g))
    c.t("agent", pick("sorry was that %s?" % speak_chunk(gs[1], True), "hold on you broke up there"))
    gr = c.g("CARD_NUMBER", partial=True)
    c.t("customer", pick("yes ", "yeah "), V(speak_chunk(gs[1], True), gr), pick(" then ", ", "), V(speak_groups(gs[2:], True), g))
    c.note = "agent asks for repeat mid-reading; repeat is labelled partial card"
    return c


def p_email_split():
    c = Case("e-mail spelled over several turns")
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    g = c.g("EMAIL")
    c.t("customer", "it's ", V(" ".join(say_letter(x, "for") if i < 2 else x for i, x in enumerate(f)), g))
    c.t("agent", bc())
    c.t("customer", V("dot " + l, g))
    c.t("agent", bc())
    c.t("customer", V("at " + " dot ".join(dom.split(".")), g))
    c.t("agent", "thanks that's %s dot %s at %s, lovely" % (f, l, dom.split(".")[0]))
    c.note = "e-mail spelled over turns; agent's partial read-back without domain suffix also labelled? no - see README"
    # agent read-back is a full address-ish string: label it properly instead
    c.turns.pop()
    gr = c.g("EMAIL")
    c.t("agent", "thanks that's ", V("%s dot %s at %s" % (f, l, " dot ".join(dom.split("."))), gr), ", lovely")
    c.note = "e-mail spelled over turns with agent read-back"
    return c


POS = [(p_card_chat, 20), (p_card_spoken, 22), (p_card_split, 14), (p_card_aside, 6), (p_card_typo, 8),
       (p_card_pause, 6), (p_ssn, 30), (p_ni, 30), (p_bank, 14), (p_us_bank, 6), (p_iban, 14),
       (p_phone, 18), (p_email, 14), (p_email_split, 4), (p_dob, 12), (p_address, 16), (p_idv, 8)]


# ---------------------------------------------------------------- negatives
def imei():
    return luhn_complete(R.choice(["35", "86", "01", "99"]), 15)


def n_order_card_like():
    x = luhn_complete(R.choice(["4", "5"]), 16)
    c = Case("Luhn-valid 16-digit order reference typed like a card, card words nearby")
    c.t("customer", pick("I paid by card but the order number is ", "not my card number - the order ref is ", "Order #"),
        " ".join(chunks(x, [4, 4, 4, 4])), pick(", it hasn't arrived", ". card was charged twice", ""))
    c.t("agent", "Thanks, I can see that order. The refund goes back to the card ending %04d." % R.randint(0, 9999))
    return c


def n_imei():
    x = imei()
    c = Case("telecom IMEI (15-digit, Luhn-valid) spoken like a card")
    if R.random() < 0.5:
        c.t("agent", "can you read me the imei, it's on the sticker under the battery or dial star hash zero six hash")
        c.t("customer", "okay the imei is " + speak_groups(chunks(x, [2, 6, 6, 1]), True))
    else:
        c.t("customer", "IMEI: " + pick(x, " ".join(chunks(x, [2, 6, 6, 1])), "%s-%s-%s-%s" % tuple(chunks(x, [2, 6, 6, 1]))) + " - phone was stolen, please block it, the sim card too")
    c.t("agent", pick("thanks, that handset's now blacklisted", "got it, and is the sim still in the phone"))
    return c


def n_imei_split():
    x = imei()
    c = Case("IMEI read across turns with back-channels, card word nearby")
    c.t("agent", "okay read me the serial, the imei, not the sim card number")
    for p in chunks(x, [4, 4, 4, 3]):
        c.t("customer", speak_chunk(p, True))
        c.t("agent", bc())
    return c


def n_tracking():
    c = Case("parcel tracking numbers")
    k = R.random()
    if k < 0.3:
        t = "%s%09d%s" % (R.choice(["JD", "AB", "RN", "LP", "KX"]), R.randint(0, 10 ** 9 - 1), "GB")
        c.t("customer", "tracking number " + pick(t, t.lower(), "%s %s %s %s" % (t[:2], t[2:6], t[6:11], t[11:])) + ", parcel still not here")
    elif k < 0.6:
        t = "9400" + "".join(R.choice("0123456789") for _ in range(18))
        c.t("customer", "USPS tracking " + " ".join(chunks(t, [4] * 6)) + " says delivered but I never got it")
    else:
        t = "1Z%s%s" % ("".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6)), "".join(R.choice("0123456789") for _ in range(10)))
        c.t("customer", "ups tracking is " + t)
    c.t("agent", pick("I've raised a trace with the courier, ticket %d." % R.randint(100000, 999999), "thanks, I'll chase that for you"))
    return c


def n_royalmail_spoken():
    t = "%s%09d%s" % (R.choice(["JD", "AB", "RN", "LP"]), R.randint(0, 10 ** 9 - 1), "GB")
    c = Case("Royal Mail tracking (2 letters + digits + GB) spelled NATO-style like an NI number")
    c.t("agent", "what's the tracking reference on the parcel")
    c.t("customer", "tracking is " + " ".join(say_letter(x, "nato") for x in t[:2]) + " " + speak_groups(chunks(t[2:11], [3, 3, 3]), True) + " g b")
    c.t("agent", "thanks that parcel is at the delivery office")
    return c


def n_policy_ssn_like():
    s = make_ssn()
    c = Case("policy/claim/member numbers in SSN rhythm (3-2-4)")
    lab = pick("policy number", "claim number", "member ID", "group number", "case number", "prior auth number")
    if R.random() < 0.5:
        c.t("customer", "my %s is %s-%s-%s, not my social" % (lab, s[:3], s[3:5], s[5:]))
    else:
        c.t("agent", "can you give me the %s from the letter" % lab.lower())
        c.t("customer", "yeah the %s is %s" % (lab.lower(), speak_groups([s[:3], s[3:5], s[5:]], False)))
    c.t("agent", pick("thanks, I've found the claim from %s." % pick("April", "the 3rd", "last month"), "got it, the deductible is $%d" % R.randint(250, 5000)))
    return c


def n_ni_like_ref():
    ni = make_ni()
    c = Case("case/voucher reference in NI-number format, said with its label")
    lab = pick("case reference", "voucher code", "booking ref", "complaint reference", "permit number")
    if R.random() < 0.5:
        c.t("customer", "The %s is %s" % (lab, pick(ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]))))
    else:
        c.t("customer", "the %s is %s" % (lab, ni_spoken(ni)[0]))
    c.t("agent", "thanks, I've got that open, it was logged on the %s of %s" % (ordinal(R.randint(1, 28)), pick(*MONTHS)))
    return c


def n_meter():
    c = Case("utility meter serial and readings")
    ser = pick("%02dK%07d" % (R.randint(0, 99), R.randint(0, 10 ** 7 - 1)), "E%02dZ%06d" % (R.randint(0, 99), R.randint(0, 999999)),
               "%d" % R.randint(10 ** 9, 10 ** 11))
    c.t("agent", "can you read me the meter serial number and then the reading")
    c.t("customer", "serial is " + pick(ser, " ".join(ser[i:i + 4] for i in range(0, len(ser), 4))) + ", and the reading is " +
        pick("%05d" % R.randint(0, 99999), speak_groups(chunks("%05d" % R.randint(0, 99999), [2, 3]), True)))
    c.t("agent", "thanks, your direct debit will be %d pounds %d from the %s" % (R.randint(40, 250), R.randint(1, 99), ordinal(R.randint(1, 28))))
    return c


def n_meter_mpan():
    x = "".join(R.choice("0123456789") for _ in range(13))
    c = Case("13-digit MPAN/MPRN spoken in groups like a card number")
    c.t("agent", "and the supply number, the mpan, bottom of your bill")
    c.t("customer", "okay it's " + speak_groups(chunks(x, [2, 4, 4, 3]), True))
    c.t("agent", "lovely that matches, no need for the card details today")
    return c


def n_last_four():
    c = Case("card last four only (PCI allowed), no full card in case")
    l4 = "%04d" % R.randint(0, 9999)
    if R.random() < 0.5:
        c.t("agent", "Which card would you like to use, the one ending %s?" % l4)
        c.t("customer", "Yes the one ending in %s please" % l4)
    else:
        c.t("agent", "can you confirm the last four digits of the card")
        c.t("customer", pick("", "uh ") + "last four are " + speak_chunk(l4, True))
        c.t("agent", "thank you, that matches the card on file")
    return c


def n_amounts():
    c = Case("amounts, balances, percentages")
    k = R.random()
    if k < 0.33:
        c.t("agent", "Your balance is \u00a3%s,%03d.%02d and the minimum payment is \u00a3%d.%02d, APR %d.%d%%." % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.randint(20, 200), R.randint(0, 99), R.randint(9, 39), R.randint(0, 9)))
    elif k < 0.66:
        c.t("agent", "so the outstanding balance is %s pounds and %s pence" % (speak_chunk(str(R.randint(100, 999)), True), num_words(R.randint(10, 99))))
        c.t("customer", "and if I pay %s a month how long is that" % num_words(R.randint(20, 99)))
        c.t("agent", "about %s months" % num_words(R.randint(11, 30)))
    else:
        c.t("customer", "I was charged $%d,%03d.%02d instead of $%d.%02d, that's like %d percent more" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.randint(10, 99), R.randint(0, 99), R.randint(10, 500)))
        c.t("agent", "I'm sorry about that, I'll refund the difference")
    return c


def n_time():
    c = Case("times, opening hours, durations")
    c.t("customer", pick("what time are you open till", "are you open on sundays", "how long is the wait"))
    c.t("agent", pick("we're open eight till eight monday to friday and nine to five thirty on saturday",
                      "Our lines are open 08:00-20:00 Mon-Fri, 09:00-17:30 Sat.",
                      "the wait is about %s minutes, it's %s now so maybe half %s" % (num_words(R.randint(15, 55)), pick("two fifteen", "ten forty", "quarter past four"), pick("three", "eleven", "five"))))
    return c


def n_travel():
    c = Case("flight, seat, gate, room numbers and booking ref")
    fl = pick("BA", "EI", "FR", "LH", "AA", "UA") + str(R.randint(100, 9999))
    c.t("customer", "I'm on flight %s on the %s, booking reference %s, seat %d%s" % (fl, ordinal(R.randint(1, 28)), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), R.randint(1, 45), R.choice("ABCDEF")))
    c.t("agent", "thanks, that departs from gate %s%d at %02d:%02d, and your hotel room %d is confirmed" % (R.choice("ABCD"), R.randint(1, 60), R.randint(5, 23), R.choice([0, 15, 30, 45]), R.randint(101, 1299)))
    return c


def n_dates():
    c = Case("appointment/payment/contract dates that are not DOB")
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2027)
    c.t("agent", pick("your next payment is due on %02d/%02d/%d" % (d, m, y), "the contract started on the %s of %s %s and runs for twenty four months" % (ordinal(d), MONTHS[m - 1], year_words(y)),
                      "I can book the engineer for %s the %s between 8am and 1pm" % (pick("monday", "thursday"), ordinal(d))))
    c.t("customer", pick("ok that's fine", "can it be the %s instead" % ordinal(R.randint(1, 28)), "I've been a customer since %d" % R.randint(1985, 2015)))
    return c


def n_ages():
    c = Case("ages, counts, temperatures, years")
    c.t("customer", pick("I'm %s and my husband's %s, we've had the policy since %d" % (num_words(R.randint(60, 89)), num_words(R.randint(60, 89)), R.randint(1980, 2010)),
                         "the boiler's showing %d degrees and error code F%d" % (R.randint(30, 80), R.randint(10, 99)),
                         "there are %s of us travelling, two adults, %s kids aged %s and %s" % (num_words(R.randint(3, 6)), num_words(R.randint(1, 3)), num_words(R.randint(2, 12)), num_words(R.randint(2, 12)))))
    c.t("agent", "okay, I've noted that down")
    return c


def n_invoice():
    c = Case("invoice/ticket/serial numbers that look like account or card numbers")
    k = R.random()
    if k < 0.3:
        c.t("customer", "Invoice %s-%d-%06d is wrong, I paid by card already" % (pick("INV", "inv", "BL"), R.randint(2019, 2026), R.randint(0, 999999)))
    elif k < 0.6:
        x = "%08d" % R.randint(0, 99999999)
        c.t("customer", "my customer reference is %s, the account is in my wife's name" % x)
    else:
        c.t("customer", "serial number on the router is %s, the model is %s" % (" ".join(chunks(luhn_complete("4", 16), [4, 4, 4, 4])), pick("DG8041W", "HH6A", "TG589")))
    c.t("agent", "thanks, I've opened ticket %d for you" % R.randint(1000000, 9999999))
    return c


def n_ref_split():
    x = luhn_complete(R.choice(["4", "5", "37"]), 16)
    c = Case("16-digit Luhn-valid payment reference read across turns like a card, with card words")
    c.t("agent", "do you have the payment reference from the card statement? not the card number, the reference next to the transaction")
    for p in chunks(x, [4, 4, 4, 4]):
        c.t("customer", speak_chunk(p, True))
        c.t("agent", bc())
    c.t("agent", "thanks, that's the reference for the %s pound %s transaction" % (num_words(R.randint(20, 99)), num_words(R.randint(10, 99))))
    return c


def n_sortcode_like():
    c = Case("six-digit codes that are not sort codes")
    d = "%02d-%02d-%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(20, 26))
    c.t("customer", pick("the statement dated %s shows a fee" % d, "product code %02d-%02d-%02d, the fridge freezer" % (R.randint(10, 99), R.randint(10, 99), R.randint(10, 99)),
                         "my one time passcode was %06d but it expired" % R.randint(0, 999999)))
    c.t("agent", "okay let me check that")
    return c


def n_roads():
    c = Case("road/street names without house numbers, towns")
    c.t("customer", pick("the engineer couldn't find us, we're just off %s %s near the %s" % (R.choice(STREETS), R.choice(SUFFIX_SPOKEN), pick("A40", "M6 junction 7", "Tesco")),
                         "there's a gas smell on %s %s in %s" % (R.choice(STREETS).lower(), R.choice(SUFFIX_SPOKEN), R.choice(TOWNS_UK).lower())))
    c.t("agent", "okay I'll send someone out within %s hours" % num_words(R.randint(1, 4)))
    return c


def n_ticket_spoken():
    c = Case("ticket/claim number spoken digit by digit with doubles")
    x = "%d" % R.randint(10 ** 9, 10 ** 12)
    lab = pick("ticket number", "claim number", "reference", "confirmation number", "order number")
    c.t("agent", "have you got the %s" % lab)
    c.t("customer", "yeah the %s is %s" % (lab, speak_groups(chunks(x, [3, 3, 3, 3]), True)))
    c.t("agent", "perfect, I've found it")
    return c


def n_policy_card_words():
    c = Case("policy number with card words, 16 digits")
    x = luhn_complete("5", 16)
    c.t("customer", "Policy no. %s - it's on the insurance card in my wallet, not a bank card" % pick(x, " ".join(chunks(x, [4] * 4))))
    c.t("agent", "Thanks, your renewal premium is \u00a3%d.%02d." % (R.randint(100, 999), R.randint(0, 99)))
    return c


NEG = [(n_order_card_like, 9), (n_imei, 9), (n_imei_split, 5), (n_tracking, 8), (n_royalmail_spoken, 5),
       (n_policy_ssn_like, 10), (n_ni_like_ref, 7), (n_meter, 6), (n_meter_mpan, 5), (n_last_four, 8),
       (n_amounts, 6), (n_time, 4), (n_travel, 5), (n_dates, 6), (n_ages, 4), (n_invoice, 6),
       (n_ref_split, 6), (n_sortcode_like, 4), (n_roads, 4), (n_ticket_spoken, 5), (n_policy_card_words, 4)]


def build():
    cases = []
    pos = []
    for fn, n in POS:
        pos += [fn] * n
    R.shuffle(pos)
    for i, fn in enumerate(pos, 1):
        cases.append(("h363-pos-%03d" % i, "positive", fn()))
    neg = []
    for fn, n in NEG:
        neg += [fn] * n
    R.shuffle(neg)
    for i, fn in enumerate(neg, 1):
        cases.append(("h363-neg-%03d" % i, "negative", fn()))
    lines, meta = [], []
    for cid, kind, c in cases:
        turns, spans, gparts = c.render()
        lines.append(json.dumps({"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": c.note}, ensure_ascii=False))
        meta.append((cid, kind, turns, spans, gparts, c.groups))
    return "\n".join(lines) + "\n", meta


# ---------------------------------------------------------------- checking
SKIP = set(FILLERS_IN) | {"and", "then", "dash", "hyphen", "space", "slash", "ah", "hmm", "like"}
DIG = {w: str(i) for i, w in enumerate(ONES)}
DIG.update({"oh": "0", "o": "0", "nought": "0"})
TEEN = {w: str(10 + i) for i, w in enumerate(TEENS)}
TEN = {w: i for i, w in enumerate(TENS) if w}
NATO_R = {v: k.upper() for k, v in NATO.items()}


def norm_spoken(text):
    s = text.lower()
    s = re.sub(r"\b([a-z]) (?:for|as in) [a-z]+\b", r"\1", s)
    toks = re.findall(r"[a-z]+|\d+|\+", s)
    out, i, mult = [], 0, 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        piece = None
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t == "plus":
            piece = "+"
        elif t in DIG and nxt == "hundred":
            val, i = int(DIG[t]) * 100, i + 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            if i < len(toks) and toks[i] in TEEN:
                val += int(TEEN[toks[i]])
                i += 1
            elif i < len(toks) and toks[i] in TEN:
                val += TEN[toks[i]] * 10
                i += 1
                if i < len(toks) and toks[i] in DIG and toks[i] not in ("oh", "o", "nought", "zero"):
                    val += int(DIG[toks[i]])
                    i += 1
            elif i < len(toks) and toks[i] in DIG:
                val += int(DIG[toks[i]])
                i += 1
            out.append("%03d" % val)
            continue
        elif t in DIG:
            piece = DIG[t]
        elif t in TEEN:
            piece = TEEN[t]
        elif t in TEN:
            if nxt in DIG and nxt not in ("oh", "o", "nought", "zero"):
                piece = str(TEN[t] * 10 + int(DIG[nxt]))
                i += 1
            else:
                piece = str(TEN[t] * 10)
        elif t in NATO_R:
            piece = NATO_R[t]
        elif t in FOLK.values():
            piece = [k for k, v in FOLK.items() if v == t][0].upper()
        elif t.isdigit():
            piece = t
        elif t in SKIP:
            piece = ""
        else:
            piece = t.upper()
        out.append(piece * mult)
        mult = 1
        i += 1
    return "".join(out)


def norm_email(text):
    s = text.lower()
    if "@" in s:
        return s
    s = re.sub(r"\b([a-z]) (?:for|as in) [a-z]+\b", r"\1", s)
    toks = s.split()
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in TEEN:
            out.append(TEEN[t])
        elif t in TEN:
            if nxt in DIG and nxt not in ("oh", "o", "nought"):
                out.append(str(TEN[t] * 10 + int(DIG[nxt])))
                i += 1
            else:
                out.append(str(TEN[t] * 10))
        elif t in DIG and t not in ("o", "oh"):
            out.append(DIG[t])
        elif t in SKIP:
            pass
        else:
            out.append(t)
        i += 1
    return "".join(out)


SUFF_RE = r"(road|street|lane|avenue|close|drive|way|court|crescent|terrace|gardens|grove|place|rd|st|ave|boulevard|walk)"


def validate(typ, partial, text):
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", norm_email(text)) is not None
    low = text.lower()
    if typ == "ADDRESS":
        return re.match(r"^(flat|apt|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)", low) is not None and re.search(r"\b" + SUFF_RE + r"$", low) is not None
    if typ == "DOB":
        return any(m in low or m[:3] in low for m in MONTHS) or re.fullmatch(r"\d{1,2}[/.\-]\d{1,2}[/.\-](\d{2}|\d{4})", low) is not None
    if typ == "EXPIRY":
        if any(m in low for m in MONTHS):
            return True
        d = re.sub(r"\D", "", norm_spoken(low))
        return len(d) in (3, 4, 6) and 1 <= int(d[:-2] if len(d) == 3 else d[:2]) <= 12
    n = norm_spoken(text)
    if partial:
        return n.isdigit() and 2 <= len(n) <= 6
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and not n.startswith(("000", "666", "9"))
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) is not None
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", n) is not None and mod97_ok(n)
    if typ == "PHONE":
        d = n.lstrip("+")
        return d.isdigit() and 9 <= len(d) <= 15
    if typ == "POSTCODE":
        return re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n) is not None or re.fullmatch(r"\d{5}(\d{4})?", n) is not None
    return False


def check(data, meta):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != data:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = [m[0] for m in meta]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    cnt = Counter()
    npos = nneg = 0
    for cid, kind, turns, spans, gparts, groups in meta:
        if kind == "positive":
            npos += 1
            if not spans:
                errs.append("%s: positive without spans" % cid)
        else:
            nneg += 1
            if spans:
                errs.append("%s: negative with spans" % cid)
        for t in turns:
            if t["speaker"] not in ("customer", "agent") or not t["text"].strip():
                errs.append("%s: bad turn" % cid)
        by_turn = {}
        for s in spans:
            cnt[s["type"]] += 1
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % cid)
            txt = turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % cid)
                continue
            v = txt[a:b]
            if v != v.strip() or not (v[0].isalnum() or (s["type"] == "PHONE" and v[0] in "+(")) or not v[-1].isalnum():
                errs.append("%s: span not trimmed %r" % (cid, v))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, v))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % cid)
        for gid, parts in gparts.items():
            typ, partial = groups[gid]
            text = " ".join(turns[ti]["text"][a:b] for ti, a, b in parts)
            if not validate(typ, partial, text):
                errs.append("%s: %s value fails validation: %r -> %r" % (cid, typ, text, norm_spoken(text)))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, n in need.items():
        if cnt[t] < n:
            errs.append("too few %s spans: %d < %d" % (t, cnt[t], n))
    return errs, cnt, npos, nneg


def main():
    data, meta = build()
    if "--check" in sys.argv:
        errs, cnt, npos, nneg = check(data, meta)
        for e in errs[:60]:
            print("ERROR:", e)
        print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(cnt.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        print("CHECK FAILED (%d errors)" % len(errs) if errs else "CHECK OK")
        sys.exit(1 if errs else 0)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %s (%d cases)" % (OUT, len(meta)))


if __name__ == "__main__":
    main()

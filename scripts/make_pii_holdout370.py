#!/usr/bin/env python3
"""Generate the pii_holdout370 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine. Standard library only, one seeded RNG.

    python scripts/make_pii_holdout370.py          # write cases.jsonl
    python scripts/make_pii_holdout370.py --check  # regenerate + verify
"""
import argparse
import json
import os
import random
import re
import sys

R = random.Random(370241125)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout370", "cases.jsonl")

# ---------------------------------------------------------------- segments
class L:
    """A labelled value segment. grp ties together pieces of one value."""
    def __init__(self, typ, text, grp=None, partial=False):
        self.typ, self.text, self.grp, self.partial = typ, text, grp, partial


def T(speaker, *segs):
    return (speaker, segs)


_gcount = [0]


def newgrp():
    _gcount[0] += 1
    return "g%d" % _gcount[0]


def build(turn_specs):
    """Return (turns, spans, groups) with computed offsets."""
    turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turn_specs):
        text = ""
        for s in segs:
            if isinstance(s, L):
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                g = s.grp or newgrp()
                groups.setdefault(g, {"type": s.typ, "texts": [], "partial": s.partial})
                groups[g]["texts"].append(s.text)
            else:
                text += s
        turns.append({"speaker": spk, "text": text})
    return turns, spans, groups

# ---------------------------------------------------------------- numbers
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDU = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORDT = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward", "h": "harry",
        "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nellie", "p": "peter",
        "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "y": "yellow", "z": "zebra"}
FILL = ["um", "uh", "er", "erm", "uhh", "ah"]


def zero_word(rng, region="uk"):
    if region == "us":
        return rng.choice(["zero", "oh", "oh", "zero"])
    return rng.choice(["oh", "oh", "zero", "nought", "o"])


def dword(d, rng, region="uk"):
    return zero_word(rng, region) if d == "0" else UNITW[int(d)]


def n2w(n):
    if n < 10:
        return UNITW[n]
    if n < 20:
        return TEENW[n - 10]
    t, u = divmod(n, 10)
    return TENSW[t] + ("" if u == 0 else " " + UNITW[u])


def ordw(n):
    if n < 10:
        return ORDU[n]
    if n < 20:
        return ORDT[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return TENSW[t][:-1] + "ieth"
    return TENSW[t] + " " + ORDU[u]


def say_digits(s, rng, region="uk", dbl=True):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        if dbl and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and rng.random() < 0.6:
            out.append("triple " + dword(d, rng, region)); i += 3; continue
        if dbl and i + 1 < len(s) and s[i + 1] == d and rng.random() < 0.7:
            out.append("double " + dword(d, rng, region)); i += 2; continue
        out.append(dword(d, rng, region)); i += 1
    return " ".join(out)


def say_pair(p, rng, region="uk"):
    if p[0] == "0" or p[1] == "0":
        return say_digits(p, rng, region, dbl=True)
    return n2w(int(p))


def say_year2(yy):
    return n2w(yy) if yy >= 10 else "oh " + UNITW[yy]


def say_group(g, rng, region="uk", style=None):
    """Say a digit group in a human way. Avoid forms that re-parse ambiguously."""
    style = style or rng.choice(["digits", "digits", "pairs", "mixed"])
    if style == "pairs" and len(g) % 2 == 0:
        return " ".join(say_pair(g[i:i + 2], rng, region) for i in range(0, len(g), 2))
    if style == "mixed" and len(g) == 3 and g[0] != "0" and g[2] != "0":
        rest = g[1:]
        tail = n2w(int(rest)) if rest[0] != "0" else UNITW[int(rest[1])]
        return UNITW[int(g[0])] + " hundred and " + tail
    if style == "mixed" and len(g) == 4:
        return say_digits(g[:2], rng, region) + " " + say_pair(g[2:], rng, region)
    return say_digits(g, rng, region)


def say_letter(c, rng, mode=None):
    c = c.lower()
    mode = mode or rng.choice(["plain", "plain", "nato", "folk"])
    if mode == "nato":
        return "%s for %s" % (c, NATO[c])
    if mode == "folk" and c in FOLK:
        return "%s %s %s" % (c, rng.choice(["for", "as in"]), FOLK[c])
    return c

# ---------------------------------------------------------------- value makers
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


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        return luhn_complete("4", 16)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "53", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete(R.choice(["6759", "6763"]), 19)


def make_bad_luhn(n, prefix=""):
    s = prefix + "".join(str(R.randint(0, 9)) for _ in range(n - len(prefix)))
    while luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(cc=None):
    cc = cc or R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    letters = "ABCDEFGHJKLMNPRSTWY"  # no O/I/Q/U/V/X to keep speech unambiguous
    if cc in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if cc == "GB" else ["AIBK", "BOFI", "IPBS"])
        bank = bank.replace("O", "")[:4] if "O" in bank else bank
        if len(bank) < 4:
            bank = "".join(R.choice(letters) for _ in range(4))
        bban = bank + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(10) + dg(11) + dg(2)
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABN", "INGB", "TRDS"]).replace("O", "") + dg(10)
        if len(bban) < 14:
            bban = "INGB" + dg(10)
    else:
        bban = dg(20)
    return cc + iban_check(cc, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def grp4(s):
    return [s[i:i + 4] for i in range(0, len(s), 4)]

# ---------------------------------------------------------------- parsing (for --check)
UNITS = {w: i for i, w in enumerate(UNITW)}
UNITS.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
TEENS = {w: 10 + i for i, w in enumerate(TEENW)}
TENS = {w: i * 10 for i, w in enumerate(TENSW) if w}
ORDS = {w: i for i, w in enumerate(ORDU) if w}
ORDS.update({w: 10 + i for i, w in enumerate(ORDT)})
ORDS.update({TENSW[t][:-1] + "ieth": t * 10 for t in range(2, 4)})
SKIP = set(FILL) | {"and", "dash", "hyphen", "space", "then", "is", "it", "its", "sorry"}


def spoken_chunks(text):
    """Turn text into a list of chunks: digit strings, single upper letters, words."""
    toks = re.findall(r"[a-z]+|\d+|\+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in SKIP or t == "+":
            i += 1; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            if nxt in UNITS:
                out.append(str(UNITS[nxt]) * n)
            else:
                out.append(nxt.upper() * n)
            i += 2; continue
        if t in UNITS:
            v = UNITS[t]
            if nxt == "hundred":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                rest = 0
                if j < len(toks) and toks[j] in TENS:
                    rest = TENS[toks[j]]; j += 1
                    if j < len(toks) and toks[j] in UNITS and UNITS[toks[j]] > 0 and toks[j] != "o":
                        rest += UNITS[toks[j]]; j += 1
                elif j < len(toks) and toks[j] in TEENS:
                    rest = TEENS[toks[j]]; j += 1
                elif j < len(toks) and toks[j] in UNITS and toks[j] not in ("oh", "o"):
                    rest = UNITS[toks[j]]; j += 1
                out.append(str(v * 100 + rest)); i = j; continue
            if nxt == "thousand":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                rest = 0
                if j < len(toks) and toks[j] in TEENS:
                    rest = TEENS[toks[j]]; j += 1
                elif j < len(toks) and toks[j] in UNITS:
                    rest = UNITS[toks[j]]; j += 1
                out.append(str(v * 1000 + rest)); i = j; continue
            if t == "o" and nxt in ("for", "as"):
                out.append("O")
                i += 2 + (1 if nxt == "as" else 0) + 1; continue
            out.append(str(v)); i += 1; continue
        if t in TEENS:
            out.append(str(TEENS[t])); i += 1; continue
        if t in TENS:
            v = TENS[t]
            if nxt in UNITS and UNITS[nxt] > 0 and nxt != "o":
                out.append(str(v + UNITS[nxt])); i += 2; continue
            if nxt in ORDS and ORDS[nxt] < 10:
                out.append(str(v + ORDS[nxt])); i += 2; continue
            out.append(str(v)); i += 1; continue
        if t in ORDS:
            out.append(str(ORDS[t])); i += 1; continue
        if len(t) == 1:
            out.append(t.upper())
            if nxt == "for":
                i += 3; continue
            if nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in":
                i += 4; continue
            i += 1; continue
        if t in NATO.values():
            out.append([k for k, v in NATO.items() if v == t][0].upper()); i += 1; continue
        out.append("<" + t + ">"); i += 1
    return out


def alnum(text):
    if re.search(r"\d", text):  # typed form: keep letters and digits as written
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    return "".join(c for c in spoken_chunks(text) if not c.startswith("<"))


def words_in(text):
    return [c[1:-1] for c in spoken_chunks(text) if c.startswith("<")]


STREET = ("road", "street", "avenue", "lane", "close", "drive", "way", "crescent", "terrace",
          "court", "place", "gardens", "grove", "boulevard", "blvd", "st", "rd", "ave", "ln",
          "dr", "hill", "row", "square", "parade", "mews", "walk", "park")


def validate(typ, text):
    s = alnum(text)
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9"
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 17
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "PHONE":
        return s.isdigit() and 10 <= len(s) <= 13
    if typ == "EMAIL":
        e = text.lower()
        for a, b in ((" dot ", "."), (" at ", "@"), (" underscore ", "_"), (" dash ", "-"),
                     (" hyphen ", "-")):
            e = e.replace(a, b)
        e = re.sub(r"\b(um|uh|er|erm)\b", "", e).replace(" ", "")
        return re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) is not None
    if typ in ("DOB", "EXPIRY"):
        w = re.findall(r"[a-z]+", text.lower())
        if re.fullmatch(r"\d{1,2}\s*[/.-]\s*\d{2}(\d{2})?", text.strip()):
            return 1 <= int(re.split(r"\s*[/.-]\s*", text.strip())[0]) <= 12
        digits = "".join(c for c in spoken_chunks(text) if c.isdigit())
        if any(m in w or m[:3] in w for m in MONTHS):
            return 2 <= len(digits) <= 6 if typ == "DOB" else 2 <= len(digits) <= 4
        if typ == "EXPIRY":
            return len(digits) in (4, 6) and 1 <= int(digits[:2]) <= 12
        if len(digits) not in (6, 8):
            return False
        a, b = int(digits[:2]), int(digits[2:4])
        return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
    if typ == "POSTCODE":
        return (re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", s) is not None
                or re.fullmatch(r"\d{5}(\d{4})?", s) is not None)
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z0-9]+", text.lower())
        first_ok = toks[0].isdigit() or toks[0] in UNITS or toks[0] in TEENS or toks[0] in TENS \
            or toks[0] in ("flat", "apartment", "apt", "unit", "suite") or re.fullmatch(r"\d+[a-z]", toks[0])
        return bool(first_ok) and toks[-1] in STREET
    return False

# ---------------------------------------------------------------- vocabulary
FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kevin", "fatima", "john",
         "emma", "daniel", "niamh", "oliver", "chloe", "mohammed", "grace", "peter", "lucy", "raj"]
LAST = ["doe", "smith", "okafor", "murphy", "kowalski", "patel", "byrne", "jones", "nguyen",
        "garcia", "walsh", "brown", "obrien", "fischer", "dubois", "khan", "taylor", "reilly"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "protonmail.com", "web.de", "orange.fr", "sky.com"]
STREETS = ["acacia avenue", "marlborough road", "high street", "church lane", "station road",
           "mill close", "victoria crescent", "elm grove", "king street", "park drive",
           "oak terrace", "queens way", "maple court", "willow lane", "main street",
           "sunset boulevard", "harbour view road", "grafton street", "abbey mews", "orchard walk"]
UK_PC = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EH1 2NG", "LS6 3HN",
         "BS8 1TH", "CF10 3AT", "NE1 4ST", "G12 8QQ", "L3 5TR", "W1D 3QF", "RG4 7DA"]
US_ZIP = ["90210", "10001", "60614", "94107", "30309", "02139", "73301", "98101", "33131",
          "80205", "19103", "48226"]
TOWNS_UK = ["Leeds", "Bristol", "Cardiff", "Manchester", "Edinburgh", "Reading", "Glasgow"]
TOWNS_US = ["Austin", "Chicago", "Seattle", "Denver", "Atlanta", "Boston", "Miami"]
INDUSTRY_OPEN = {
    "banking": ["thanks for calling northshire bank, how can i help", "you're through to card services"],
    "telecom": ["thanks for calling volta mobile", "hi, you're through to the broadband team"],
    "utilities": ["welcome to greenfield energy, how can i help today", "gas and electric, how can i help"],
    "retail": ["hi, thanks for contacting homewise online", "customer orders, how can i help"],
    "insurance": ["good morning, claims line", "thanks for calling coverwell insurance"],
    "travel": ["thanks for calling skyline airways", "hotel reservations, how can i help"],
    "healthcare": ["patient billing office, how may i help you", "hi, this is the medical billing department"],
    "government": ["you're through to the tax office helpline", "benefits enquiry line, how can i help"],
}
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes", "mm hmm", "okay go on"]


def opener(ind):
    return R.choice(INDUSTRY_OPEN[ind])


def fill():
    return R.choice(FILL)

# ---------------------------------------------------------------- positive templates
def typed_card(c):
    g = card_groups(c)
    st = R.choice(["space", "dash", "none", "odd", "dots"])
    if st == "space":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "none":
        return c
    if st == "dots":
        return ".".join(g)
    cut = sorted(R.sample(range(2, len(c) - 1), 3))
    parts, prev = [], 0
    for k in cut + [len(c)]:
        parts.append(c[prev:k]); prev = k
    return " ".join(parts)


def spoken_card_groups(c, region):
    out = []
    for g in card_groups(c):
        s = say_group(g, R, region)
        out.append(s)
    return out


def join_with_fillers(parts):
    out = parts[0]
    for p in parts[1:]:
        r = R.random()
        if r < 0.2:
            out += ", %s, " % fill() + p
        elif r < 0.5:
            out += ", " + p
        else:
            out += " " + p
    return out


def pos_card_chat(ind):
    c = make_card()
    label = R.choice(["card no:", "Card number -", "CC#", "card:", "long number on the card is", "Card No.", "my card is"])
    specs = [T("agent", "Hi, %s. Can I take the card number for the payment?" % opener(ind).capitalize()),
             T("customer", label + " ", L("CARD_NUMBER", typed_card(c)), R.choice([" thanks", "", " (debit)", " - visa"]))]
    extra = []
    if R.random() < 0.6:
        cv = c[-3:] if len(c) != 15 else c[-4:]
        cv = "".join(str(R.randint(0, 9)) for _ in range(4 if len(c) == 15 else 3))
        mm, yy = R.randint(1, 12), R.randint(25, 31)
        exp = R.choice(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%d/%d" % (mm, yy)])
        specs.append(T("agent", "And the expiry and security code?"))
        specs.append(T("customer", R.choice(["exp ", "expires ", "Expiry: ", ""]), L("EXPIRY", exp),
                       R.choice([" cvv ", ", code ", " and ", " / sec code: "]), L("CVV", cv)))
    specs.append(T("agent", "Thanks, that's gone through. The amount taken was £%d.%02d." % (R.randint(5, 900), R.randint(0, 99))))
    return specs, "typed card number in chat (%s)" % ind


def pos_card_call_split(ind, region):
    c = make_card()
    groups = spoken_card_groups(c, region)
    g = newgrp()
    specs = [T("agent", "%s. so what's the long number across the front of the card" % opener(ind))]
    i = 0
    first = True
    while i < len(groups):
        k = R.choice([1, 1, 2])
        chunk = groups[i:i + k]
        lead = R.choice(["it's ", "okay it's ", "%s ", "right so ", ""]) if first else R.choice(["", "then ", "%s ", "and "])
        if "%s" in lead:
            lead = lead % fill() + " " if False else lead.replace("%s ", fill() + " ")
        specs.append(T("customer", lead, L("CARD_NUMBER", join_with_fillers(chunk), g)))
        i += k
        first = False
        if i < len(groups):
            specs.append(T("agent", R.choice(BACKCH)))
    rb = R.random()
    if rb < 0.5:
        g2 = newgrp()
        specs.append(T("agent", "let me just read that back, ", L("CARD_NUMBER", join_with_fillers(spoken_card_groups(c, region)), g2), ", is that right"))
        specs.append(T("customer", R.choice(["yes that's it", "yep", "that's right yeah"])))
    else:
        specs.append(T("agent", "lovely thank you and the expiry date"))
        mm, yy = R.randint(1, 12), R.randint(25, 31)
        ex = R.choice([
            say_digits("%02d" % mm, R, region) + " " + say_pair("%02d" % yy, R, region),
            MONTHS[mm - 1] + " twenty " + n2w(yy),
            say_digits("%02d" % mm, R, region) + " slash " + n2w(yy),
            MONTHS[mm - 1] + " " + n2w(2000 + yy - 2000 + 2000 - 2000) if False else MONTHS[mm - 1] + " twenty " + n2w(yy),
        ])
        specs.append(T("customer", R.choice(["it's ", "", "%s it's " % fill()]), L("EXPIRY", ex)))
        specs.append(T("agent", "and the last three digits on the back"))
        cv = "".join(str(R.randint(0, 9)) for _ in range(4 if len(c) == 15 else 3))
        specs.append(T("customer", R.choice(["", "that's ", "%s " % fill()]), L("CVV", say_group(cv, R, region))))
    return specs, "card read over phone split over turns with back-channels (%s, %s)" % (ind, region)


def pos_card_correction(ind, region):
    c = make_card("visa") if R.random() < 0.5 else make_card("mc")
    groups = spoken_card_groups(c, region)
    g = newgrp()
    wrong = say_digits(str((int(c[0]) + 1) % 10) + c[1:3], R, region)
    specs = [T("agent", "%s. could i take the card number please" % opener(ind)),
             T("customer", "yeah it's ", L("CARD_NUMBER", wrong, partial=True),
               R.choice(["... no hang on that's the old card, ", " sorry wrong card, ", " wait no, let me start again, "]),
               L("CARD_NUMBER", join_with_fillers(groups[:2]), g)),
             T("agent", R.choice(BACKCH)),
             T("customer", L("CARD_NUMBER", groups[2], g), R.choice([", sorry my glasses are upstairs, ", ", hold on the dog's barking, ", " ... "]),
               L("CARD_NUMBER", join_with_fillers(groups[3:]), g)),
             T("agent", "thank you, and that's card ending ", L("CARD_NUMBER", c[-4:], partial=True),
               ", the full payment of %s is going through now" % R.choice(["forty two pounds", "sixty dollars", "one hundred and twelve euro"]))]
    return specs, "card reading with restart, aside mid-reading, last-four mention after full card (labelled) (%s)" % ind


def pos_card_email(ind):
    c = make_card()
    specs = [T("customer", "Hello,\nI was charged twice for order #%d. The card used was %s " % (R.randint(100000, 999999), R.choice(["", "my"])),
               L("CARD_NUMBER", typed_card(c)), R.choice([" exp ", ", expiring "]), L("EXPIRY", "%02d/%02d" % (R.randint(1, 12), R.randint(25, 30))),
               ". Please refund to the same card.\nRegards, %s" % R.choice(FIRST).capitalize()),
             T("agent", "Hi, thanks for getting in touch. I've raised refund ticket %d; please allow 5-7 working days." % R.randint(1000000, 9999999))]
    return specs, "e-mail with card number, expiry and distractor order/ticket numbers (%s)" % ind


def pos_ssn(ind):
    s = make_ssn()
    mode = R.choice(["typed", "typed", "call", "call", "split", "readback"])
    if mode == "typed":
        f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
        lab = R.choice(["SSN:", "ssn", "social is", "Social Security No.", "my SS# is", "soc sec"])
        specs = [T("agent", "To verify your identity, please provide your social security number."),
                 T("customer", lab + " ", L("SSN", f), R.choice(["", ". Member ID is %d" % R.randint(10000000, 99999999), " thx"]))]
    elif mode == "call":
        sp = R.choice([
            say_group(s[:3], R, "us") + " " + say_group(s[3:5], R, "us") + " " + say_group(s[5:], R, "us"),
            say_digits(s[:3], R, "us") + ", " + fill() + ", " + say_digits(s[3:5], R, "us") + ", " + say_digits(s[5:], R, "us"),
            say_digits(s, R, "us"),
        ])
        specs = [T("agent", "%s. can i get your social please" % opener(ind)),
                 T("customer", R.choice(["sure it's ", "yeah ", "%s it's " % fill(), "okay "]), L("SSN", sp))]
    elif mode == "split":
        g = newgrp()
        specs = [T("agent", "i'll need the social security number on the account"),
                 T("customer", "okay, ", L("SSN", say_group(s[:3], R, "us"), g)),
                 T("agent", R.choice(BACKCH)),
                 T("customer", L("SSN", say_group(s[3:5], R, "us"), g)),
                 T("agent", R.choice(BACKCH)),
                 T("customer", L("SSN", say_group(s[5:], R, "us"), g), R.choice(["", " that's it", ". sorry it's loud here"]))]
    else:
        specs = [T("agent", "and your social for the %s" % R.choice(["claim", "tax return", "bill", "application"])),
                 T("customer", "", L("SSN", say_digits(s, R, "us"))),
                 T("agent", "so that's ", L("SSN", "%s-%s-%s" % (s[:3], s[3:5], s[5:]) if R.random() < 0.3 else say_group(s[:3], R, "us") + ", " + say_group(s[3:5], R, "us") + ", " + say_group(s[5:], R, "us")), "?"),
                 T("customer", "correct")]
    specs.append(T("agent", R.choice(["thanks, you're verified", "great, i've pulled up the account, your balance is $%d.%02d" % (R.randint(10, 4000), R.randint(0, 99)),
                                      "thank you. your claim reference is %d" % R.randint(100000000, 999999999)])))
    return specs, "US SSN, %s (%s)" % (mode, ind)


def say_ni(n):
    mode = R.choice(["plain", "nato", "mixed", "pairs"])
    letters = lambda s, m: " ".join(say_letter(ch, R, m if m != "mixed" else None) for ch in s)
    digits = n[2:8]
    if mode == "pairs":
        d = " ".join(say_pair(digits[i:i + 2], R) for i in range(0, 6, 2))
    else:
        d = say_digits(digits, R)
    return "%s %s %s" % (letters(n[:2], mode), d, letters(n[8], mode if mode != "pairs" else "plain"))


def pos_ni(ind):
    n = make_ni()
    mode = R.choice(["typed", "typed", "call", "call", "split", "readback"])
    if mode == "typed":
        f = R.choice(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s"]) % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
        f = R.choice([f, f.lower(), f.upper()])
        specs = [T("agent", "Please confirm your National Insurance number."),
                 T("customer", R.choice(["NI no: ", "NINO ", "ni number is ", "National Insurance: ", ""]), L("NI_NUMBER", f))]
    elif mode == "call":
        specs = [T("agent", "%s. can i take your national insurance number" % opener(ind)),
                 T("customer", R.choice(["yeah it's ", "%s it's " % fill(), "right, ", ""]), L("NI_NUMBER", say_ni(n)))]
    elif mode == "split":
        g = newgrp()
        specs = [T("agent", "and your national insurance number"),
                 T("customer", R.choice(["okay it's ", "", "let me find it. "]), L("NI_NUMBER", " ".join(say_letter(c, R) for c in n[:2]), g)),
                 T("agent", R.choice(BACKCH)),
                 T("customer", L("NI_NUMBER", say_digits(n[2:5], R) + ", " + fill() + ", " + say_digits(n[5:8], R), g)),
                 T("agent", "and the letter at the end"),
                 T("customer", L("NI_NUMBER", say_letter(n[8], R), g))]
    else:
        specs = [T("agent", "what's your NI number"),
                 T("customer", L("NI_NUMBER", say_ni(n))),
                 T("agent", "thank you so i've got ", L("NI_NUMBER", say_ni(n)), ", yeah"),
                 T("customer", "that's the one")]
    specs.append(T("agent", R.choice(["thank you, your payment of £%d is due on the %s" % (R.randint(50, 900), ordw(R.randint(1, 28))),
                                      "okay, the reference for this call is %d" % R.randint(10000000, 99999999), "lovely, bear with me"])))
    return specs, "UK National Insurance number, %s (%s)" % (mode, ind)


def pos_bank(ind):
    acct = "".join(str(R.randint(0, 9)) for _ in range(8))
    sc = "".join(str(R.randint(0, 9)) for _ in range(6))
    mode = R.choice(["typed", "call", "split"])
    if mode == "typed":
        specs = [T("customer", R.choice(["acct no: ", "Account number ", "a/c ", "acc# "]), L("BANK_ACCOUNT", acct),
                   R.choice([", sort code ", " s/c ", " SC: ", " sortcode "]),
                   L("SORT_CODE", R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]))),
                 T("agent", "Thanks, the direct debit of £%d.%02d will start on the 1st." % (R.randint(10, 200), R.randint(0, 99)))]
    elif mode == "call":
        specs = [T("agent", "%s. can i take the sort code" % opener(ind)),
                 T("customer", R.choice(["", "it's ", "%s " % fill()]), L("SORT_CODE", " ".join(say_pair(sc[i:i + 2], R) for i in range(0, 6, 2)))),
                 T("agent", "and the account number"),
                 T("customer", L("BANK_ACCOUNT", say_group(acct[:4], R) + " " + fill() + " " + say_group(acct[4:], R)))]
    else:
        g = newgrp()
        specs = [T("agent", "what's the account number you want the refund paid into"),
                 T("customer", L("BANK_ACCOUNT", say_digits(acct[:4], R), g)),
                 T("agent", R.choice(BACKCH)),
                 T("customer", L("BANK_ACCOUNT", say_digits(acct[4:], R), g), " and the sort code is ", L("SORT_CODE", say_digits(sc, R)))]
    return specs, "UK bank account and sort code, %s (%s)" % (mode, ind)


def pos_us_bank(ind):
    acct = "".join(str(R.randint(0, 9)) for _ in range(R.randint(9, 12)))
    specs = [T("agent", "%s. what's the checking account number for the autopay" % opener(ind)),
             T("customer", "okay routing's on the cheque, the account is ", L("BANK_ACCOUNT", say_digits(acct, R, "us"))),
             T("agent", "got it, autopay of $%d will go out on the %s" % (R.randint(20, 300), ordw(R.randint(1, 28))))]
    return specs, "US checking account read digit by digit (%s)" % ind


def pos_iban(ind):
    ib = make_iban()
    mode = R.choice(["typed", "typed", "call", "split"])
    if mode == "typed":
        f = R.choice([" ".join(grp4(ib)), ib, " ".join(grp4(ib)).lower()])
        specs = [T("customer", R.choice(["IBAN: ", "my iban is ", "Please pay to IBAN ", "iban "]), L("IBAN", f),
                   R.choice(["", " (BIC on request)", ". Invoice INV-%d attached." % R.randint(10000, 99999)])),
                 T("agent", "Thank you, the refund of €%d.%02d has been requested." % (R.randint(10, 800), R.randint(0, 99)))]
    elif mode == "call":
        parts = []
        for ch in ib:
            parts.append(dword(ch, R) if ch.isdigit() else say_letter(ch, R, R.choice(["plain", "nato"])))
        specs = [T("agent", "%s. can you read me the iban" % opener(ind)),
                 T("customer", R.choice(["", "yeah it's ", "okay "]), L("IBAN", " ".join(parts)))]
    else:
        g = newgrp()
        gs = grp4(ib)
        specs = [T("agent", "go ahead with the iban")]
        for k, gg in enumerate(gs):
            txt = " ".join(dword(ch, R) if ch.isdigit() else say_letter(ch, R, "plain") for ch in gg)
            specs.append(T("customer", L("IBAN", txt, g)))
            if k < len(gs) - 1:
                specs.append(T("agent", R.choice(BACKCH)))
    return specs, "IBAN (%s), %s (%s)" % (ib[:2], mode, ind)


def make_phone():
    kind = R.choice(["uk_mob", "uk_land", "uk_int", "us", "us_int", "ie", "ie_int", "fr_int"])
    d = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if kind == "uk_mob":
        n = "07" + d(9); return kind, n, R.choice([n, n[:5] + " " + n[5:], n[:5] + " " + n[5:8] + " " + n[8:]])
    if kind == "uk_land":
        n = "020" + d(8); return kind, n, R.choice(["(020) " + n[3:7] + " " + n[7:], n[:3] + " " + n[3:7] + " " + n[7:]])
    if kind == "uk_int":
        n = "447" + d(9); return kind, n, R.choice(["+44 " + n[2:6] + " " + n[6:], "+44 (0)" + n[2:6] + " " + n[6:], "0044" + n[2:]])
    if kind == "us":
        n = str(R.randint(201, 989)) + "555" + d(4); return kind, n, R.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "%s.%s.%s" % (n[:3], n[3:6], n[6:])])
    if kind == "us_int":
        n = "1" + str(R.randint(201, 989)) + d(7); return kind, n, "+1 %s %s %s" % (n[1:4], n[4:7], n[7:])
    if kind == "ie":
        n = "08" + R.choice("3567") + d(7); return kind, n, R.choice([n[:3] + " " + n[3:6] + " " + n[6:], n])
    if kind == "ie_int":
        n = "3538" + R.choice("3567") + d(7); return kind, n, "+353 " + n[3:5] + " " + n[5:8] + " " + n[8:]
    n = "336" + d(8); return kind, n, "+33 6 " + " ".join(n[i:i + 2] for i in range(3, 11, 2))


def say_phone(kind, n):
    region = "us" if kind.startswith("us") else "uk"
    if kind.endswith("_int"):
        cc = {"uk_int": "44", "us_int": "1", "ie_int": "353", "fr_int": "33"}[kind]
        rest = n[len(cc):]
        return "plus " + say_digits(cc, R, region) + " " + say_group(rest[:3], R, region) + " " + say_group(rest[3:], R, region)
    if kind == "uk_mob":
        return say_digits(n[:5], R) + " " + say_group(n[5:8], R) + " " + say_group(n[8:], R)
    if kind == "us":
        return say_group(n[:3], R, "us") + " " + say_digits(n[3:6], R, "us") + " " + say_group(n[6:], R, "us", "pairs")
    return say_digits(n, R, region)


def pos_phone(ind):
    kind, n, typed = make_phone()
    mode = R.choice(["typed", "call", "call", "readback"])
    if mode == "typed":
        specs = [T("customer", R.choice(["Best number to reach me: ", "tel ", "Mob: ", "call me back on ", "Phone - "]), L("PHONE", typed),
                   R.choice([" after 5pm", " (mobile)", "", " any time before 9:30"])),
                 T("agent", "Thanks, we'll call you within 48 hours about ticket %d." % R.randint(100000, 999999))]
    elif mode == "call":
        specs = [T("agent", "%s. what's the best contact number" % opener(ind)),
                 T("customer", R.choice(["it's ", "%s it's " % fill(), "my mobile's ", ""]), L("PHONE", say_phone(kind, n)))]
    else:
        specs = [T("agent", "can i take a number in case we get cut off"),
                 T("customer", L("PHONE", say_phone(kind, n))),
                 T("agent", "that's ", L("PHONE", say_phone(kind, n)), " yeah"),
                 T("customer", "yep")]
    return specs, "phone number %s, %s (%s)" % (kind, mode, ind)


def pos_email(ind):
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    local = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0]])
    mode = R.choice(["typed", "call", "call"])
    if mode == "typed":
        e = local + "@" + dom
        e = R.choice([e, e.capitalize(), e.upper() if R.random() < 0.2 else e])
        specs = [T("customer", R.choice(["email: ", "E-mail ", "pls send it to ", "my email address is "]), L("EMAIL", e), R.choice(["", " thanks", ".", " - not the work one"])),
                 T("agent", "Done, you'll receive confirmation shortly.")]
    else:
        sp = local.replace(".", " dot ").replace("_", " underscore ")
        sp = re.sub(r"(\d+)", lambda m: " " + m.group(1), sp)
        spd = dom.replace(".", " dot ")
        if R.random() < 0.4:
            sp = sp.replace(f, " ".join(f), 1) if False else sp
        specs = [T("agent", "%s. and what email shall i send the confirmation to" % opener(ind)),
                 T("customer", R.choice(["it's ", "yeah it's ", "%s " % fill(), ""]), L("EMAIL", sp + " at " + spd),
                   R.choice(["", ", all lower case", ", no caps"])),
                 T("agent", "perfect, that'll come through in the next ten minutes")]
    return specs, "email %s (%s)" % (mode, ind)


def pos_dob(ind):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    mode = R.choice(["typed", "typed", "call", "call", "us"])
    if mode == "typed":
        f = R.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                      "%02d-%02d-%02d" % (d, m, y % 100), "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), d, y)])
        specs = [T("agent", "Please confirm your date of birth for security."),
                 T("customer", R.choice(["DOB ", "dob: ", "born ", "D.O.B. ", ""]), L("DOB", f))]
    elif mode == "call":
        yy = y % 100
        ys = ("nineteen " + say_year2(yy)) if y < 2000 else ("two thousand and " + n2w(yy) if yy else "two thousand")
        f = R.choice(["%s of %s %s" % (ordw(d), MONTHS[m - 1], ys), "%s %s %s" % (ordw(d), MONTHS[m - 1], ys),
                      say_digits("%02d" % d, R) + " " + say_digits("%02d" % m, R) + " " + say_pair("%02d" % yy, R)])
        specs = [T("agent", "%s. and can i just take your date of birth" % opener(ind)),
                 T("customer", R.choice(["yeah it's the ", "it's ", "%s the " % fill(), ""]), L("DOB", f)),
                 T("agent", "thank you, and you're calling about the bill dated the %s of %s?" % (ordw(R.randint(1, 28)), R.choice(MONTHS)))]
    else:
        f = "%s %s %s" % (MONTHS[m - 1], ordw(d), "nineteen " + say_year2(y % 100) if y < 2000 else ("two thousand " + n2w(y % 100) if y % 100 else "two thousand"))
        specs = [T("agent", "%s. date of birth on the policy?" % opener(ind)),
                 T("customer", L("DOB", f), R.choice(["", ", i'm %d" % (2025 - y)]))]
    return specs, "date of birth %s (%s)" % (mode, ind)


def say_uk_pc(pc):
    out = []
    for ch in pc.replace(" ", ""):
        out.append(dword(ch, R) if ch.isdigit() else say_letter(ch, R, R.choice(["plain", "plain", "nato"])))
    return " ".join(out)


def pos_address(ind):
    us = R.random() < 0.4
    no = R.randint(1, 240)
    st = R.choice(STREETS)
    mode = R.choice(["typed", "call"])
    flat = R.random() < 0.3
    if mode == "typed":
        a = ("Flat %d, " % R.randint(1, 30) if flat else "") + "%d %s" % (no, st.title())
        pc = R.choice(US_ZIP) if us else R.choice(UK_PC)
        town = R.choice(TOWNS_US if us else TOWNS_UK)
        specs = [T("customer", R.choice(["Address: ", "New address is ", "Deliver to "]), L("ADDRESS", a), ", %s, " % town, L("POSTCODE", pc),
                   R.choice(["", " - leave with neighbour at no. %d" % R.randint(1, 99)])),
                 T("agent", "Thanks, updated. Your parcel with tracking number %s should arrive Tuesday." % ("1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTWXY") for _ in range(16))))]
    else:
        a = ("flat " + n2w(R.randint(1, 30)) + " " if flat else "") + (n2w(no) if no < 100 else say_group(str(no), R, style="mixed")) + " " + st
        pc = R.choice(US_ZIP) if us else R.choice(UK_PC)
        pcs = say_digits(pc, R, "us") if us else say_uk_pc(pc)
        town = R.choice(TOWNS_US if us else TOWNS_UK).lower()
        specs = [T("agent", "%s. what's the first line of the address" % opener(ind)),
                 T("customer", R.choice(["it's ", "", "%s it's " % fill()]), L("ADDRESS", a), " in %s" % town),
                 T("agent", "and the %s" % ("zip code" if us else "postcode")),
                 T("customer", L("POSTCODE", pcs))]
        if R.random() < 0.4:
            specs.append(T("agent", "so ", L("POSTCODE", pc.lower() if not us else pc), ", lovely"))
    return specs, "%s address and %s, %s (%s)" % ("US" if us else "UK", "ZIP" if us else "postcode", mode, ind)


def pos_mixed(ind):
    """Identity and verification sweep with several types and distractors."""
    n = make_ni()
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 1999)
    kind, ph, typed = make_phone()
    specs = [T("agent", "%s. for security can i take your date of birth" % opener(ind)),
             T("customer", L("DOB", "%s of %s nineteen %s" % (ordw(d), MONTHS[m - 1], say_year2(y % 100)))),
             T("agent", "and your national insurance number"),
             T("customer", L("NI_NUMBER", say_ni(n)), ", i'm ringing about my payment of %s pounds" % n2w(R.randint(20, 99))),
             T("agent", "thanks. is the number ending %s still the best one to call" % ph[-3:]),
             T("customer", "no it's changed, it's ", L("PHONE", say_phone(kind, ph)))]
    return specs, "verification sweep with DOB, NI and phone plus amount distractor (%s)" % ind


# ---------------------------------------------------------------- negative templates
IND = list(INDUSTRY_OPEN)


def neg_ref_card_rhythm(ind):
    s = make_bad_luhn(16)
    label = R.choice(["order number", "reference number", "booking reference", "ticket number", "case number", "claim number"])
    g = [s[i:i + 4] for i in range(0, 16, 4)]
    return [T("agent", "%s. do you have the %s" % (opener(ind), label)),
            T("customer", "yeah it's " + say_group(g[0], R) + " " + say_group(g[1], R)),
            T("agent", R.choice(BACKCH)),
            T("customer", say_group(g[2], R) + ", " + fill() + ", " + say_group(g[3], R) + ", it's on the card they sent me"),
            T("agent", "thank you, and that %s is for the %s" % (label, R.choice(["replacement card", "card reader", "credit card statement"])))], \
        "16-digit %s read in groups like a card, card words nearby" % label


def neg_imei(ind):
    s = luhn_complete(R.choice(["35", "86", "01"]), 15)
    return [T("agent", "thanks for calling volta mobile. to unlock the handset i need the imei"),
            T("customer", "okay, star hash zero six hash gives me " + R.choice([" ".join(s[i:i + 4] for i in range(0, 15, 4)), say_digits(s, R)])),
            T("agent", "lovely, and that's the phone you bought on your credit card in %s" % R.choice(MONTHS)),
            T("customer", "yes, the card ending " + say_digits(str(R.randint(1000, 9999)), R))], \
        "Luhn-valid IMEI with card words and card last four"


def neg_tracking(ind):
    t = R.choice(["1Z" + "".join(R.choice("0123456789") for _ in range(16)),
                  "".join(R.choice("0123456789") for _ in range(22)),
                  R.choice(["JD", "RN", "AB"]) + "".join(str(R.randint(0, 9)) for _ in range(9)) + "GB"])
    return [T("customer", "Hi, tracking no: %s says delivered but nothing came. I paid by card." % t),
            T("agent", "Sorry about that. I can see tracking %s was scanned at 14:32 at depot %d. I've opened case %d." % (t, R.randint(10, 99), R.randint(1000000, 9999999)))], \
        "tracking number with payment context"


def neg_meter(ind):
    ser = R.choice(["%02dK%07d" % (R.randint(10, 25), R.randint(0, 9999999)), "E6S%08d" % R.randint(0, 99999999), str(R.randint(10**11, 10**12 - 1))])
    read = R.randint(10000, 99999)
    return [T("agent", "greenfield energy, how can i help"),
            T("customer", "i want to give a meter reading. the meter serial is " + " ".join(say_letter(c, R, "plain") if c.isalpha() else dword(c, R) for c in ser)),
            T("agent", R.choice(BACKCH)),
            T("customer", "and the reading is " + say_digits(str(read), R) + ", that's on the electric, " + n2w(R.randint(20, 99)) + " percent up on last year"),
            T("agent", "thanks, your next bill will be around %d pounds and it's due on the %s of %s" % (R.randint(40, 300), ordw(R.randint(1, 28)), R.choice(MONTHS)))], \
        "meter serial and reading read digit by digit"


def neg_policy(ind):
    p = R.choice(["%s%d" % (R.choice(["POL", "HX", "MTR", "HOM"]), R.randint(10**8, 10**9 - 1)), str(R.randint(10**12, 10**13 - 1))])
    ssnlike = "%03d-%02d-%04d" % (R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999))
    return [T("agent", "coverwell insurance, claims line"),
            T("customer", "hi, policy number %s, and the claim number you gave me was %s" % (p, ssnlike)),
            T("agent", "thanks, claim %s is open, excess is %d pounds and it was logged on the %s of %s" % (ssnlike, R.choice([100, 250, 350, 500]), ordw(R.randint(1, 28)), R.choice(MONTHS)))], \
        "policy number plus SSN-shaped claim number said with its label"


def neg_balance_digits(ind):
    bal = R.randint(1000, 99999)
    s = str(bal)
    return [T("agent", "northshire bank. your current balance is " + say_digits(s, R) + " pounds and " + n2w(R.randint(1, 99)) + " pence"),
            T("customer", "sorry, " + say_digits(s, R) + "?"),
            T("agent", "yes, %s pounds, and your available credit on the card is %d" % (n2w(bal // 1000) + " thousand" + ((" " + UNITW[(bal % 1000) // 100] + " hundred" if bal % 1000 >= 100 else "") + (" and " + n2w(bal % 100) if bal % 100 else "")), R.randint(500, 9000))),
            T("customer", "okay and when's the minimum payment of %d due" % R.randint(20, 200)),
            T("agent", "the %s of %s" % (ordw(R.randint(1, 28)), R.choice(MONTHS)))], \
        "account balance read digit by digit with card words"


def neg_last_four(ind):
    l4 = "%04d" % R.randint(0, 9999)
    return [T("agent", "%s. which card is it about" % opener(ind)),
            T("customer", R.choice(["the one ending ", "card ending in ", "last four digits are ", "it ends "]) + R.choice([l4, say_digits(l4, R), say_pair(l4[:2], R) + " " + say_pair(l4[2:], R)])),
            T("agent", "thanks, i can see the card ending %s, there's a pending charge of $%d.%02d from the %s" % (l4, R.randint(5, 500), R.randint(0, 99), ordw(R.randint(1, 28))))], \
        "card last-four only"


def neg_amounts_times(ind):
    return [T("customer", "I was quoted £%d.%02d a month for %d months, 24GB data, but I'm being charged %d.%d%% more since %d." % (R.randint(10, 60), R.randint(0, 99), R.choice([12, 18, 24, 36]), R.randint(2, 9), R.randint(0, 9), R.randint(2019, 2025))),
            T("agent", "Sorry about that. Our store is open %d:00 to %d:30, and the price rise of £%d.%02d applied from %s %d. Call lasted %d minutes." % (R.randint(7, 10), R.randint(17, 21), R.randint(1, 5), R.randint(0, 99), R.choice(MONTHS).capitalize(), R.randint(1, 28), R.randint(3, 40)))], \
        "amounts, percentages, times, durations, years"


def neg_flight(ind):
    return [T("agent", "skyline airways, how can i help"),
            T("customer", "hi, flight %s%d on the %s, i'm in seat %d%s, booking ref %s" % (R.choice(["SK", "BA", "EI", "FR"]), R.randint(100, 9999), ordw(R.randint(1, 28)), R.randint(1, 40), R.choice("ABCDEF"), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))),
            T("agent", "thanks, boarding is at gate %d at %s, and your hotel room %d is booked for %d nights. total was %d euro" % (R.randint(1, 60), R.choice(["six forty", "ten fifteen", "14:05", "nine o'clock"]), R.randint(100, 950), R.randint(1, 9), R.randint(100, 2000)))], \
        "flight, seat, gate, room, booking ref, time, price"


def neg_serial_model(ind):
    ser = "".join(str(R.randint(0, 9)) for _ in range(R.choice([12, 13, 16, 19])))
    return [T("customer", "The warranty claim: model %s-%d, serial no. %s, purchased with my Visa on %d/%d/%d for $%d." % (R.choice(["WX", "KF", "TV"]), R.randint(100, 9999), ser, R.randint(1, 12), R.randint(1, 28), R.randint(2021, 2025), R.randint(99, 2400))),
            T("agent", "Thanks, I've logged warranty case WC-%d against serial %s." % (R.randint(100000, 999999), ser))], \
        "long serial number near card brand word"


def neg_invoice_spoken(ind):
    s = make_bad_luhn(R.choice([13, 15, 16, 19]))
    return [T("agent", "%s. what's the invoice number at the top of the bill" % opener(ind)),
            T("customer", "%s it's %s" % (fill(), say_digits(s, R))),
            T("agent", "thank you, invoice " + say_group(s[:4], R) + " and so on, for %d dollars, paid by card on the %s" % (R.randint(30, 900), ordw(R.randint(1, 28))))], \
        "invoice number spoken digit by digit like a card"


def neg_ages_temps(ind):
    return [T("customer", "my son is %s and he's had a temperature of %s degrees for %s days, the appointment is on %s the %s at %s" % (n2w(R.randint(2, 16)), R.choice(["thirty eight point five", "39.2", "a hundred and one"]), n2w(R.randint(2, 6)), R.choice(["monday", "tuesday", "friday"]), ordw(R.randint(1, 28)), R.choice(["half ten", "two fifteen", "9:45"]))),
            T("agent", "thanks, the bill for the last visit was %d dollars, your copay is %d, and you're number %d in the queue" % (R.randint(80, 900), R.choice([20, 25, 40]), R.randint(2, 30)))], \
        "ages, temperatures, durations, appointment date, queue position"


def neg_ssn_rhythm_ref(ind):
    s = "%03d%02d%04d" % (R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999))
    lab = R.choice(["confirmation number", "member ID", "tax case reference", "application reference", "ticket"])
    return [T("agent", "%s. i won't need your social today, do you have the %s" % (opener(ind), lab)),
            T("customer", "yes, " + say_group(s[:3], R, "us") + ", " + say_group(s[3:5], R, "us") + ", " + say_group(s[5:], R, "us")),
            T("agent", "perfect, that %s is %s-%s-%s, and the hearing is on %s %s" % (lab, s[:3], s[3:5], s[5:], R.choice(MONTHS), ordw(R.randint(1, 28))))], \
        "SSN-rhythm 3-2-4 %s with 'social' nearby" % lab


def neg_road_names(ind):
    return [T("customer", "the outage is on the %s near junction %d, by the %s services" % (R.choice(["A40", "M25", "N7", "I-95", "Route 66", "B4560"]), R.randint(1, 30), R.choice(["northbound", "southbound"]))),
            T("agent", "thanks, engineers are on site, estimated fix by %s, that affects about %d homes" % (R.choice(["6pm", "18:30", "tomorrow at nine"]), R.randint(100, 5000)))], \
        "road names, junctions, counts, times"


def neg_no_card_to_hand(ind):
    return [T("agent", "%s. can i take the long card number please" % opener(ind)),
            T("customer", "i don't have it on me, can i pay the %d pounds %d on the %s instead" % (R.randint(10, 300), R.randint(1, 99), ordw(R.randint(1, 28)))),
            T("agent", "of course, i'll set up a promise to pay, reference %d, for %s" % (R.randint(10**7, 10**8 - 1), R.choice(["friday", "the weekend", "next month"])))], \
        "card number requested but never given"


def neg_order_pairs(ind):
    s = make_bad_luhn(16, "4")
    pairs = " ".join(say_pair(s[i:i + 2], R) for i in range(0, 16, 2))
    return [T("customer", "the refund reference is " + pairs + ", it starts with a four like a visa doesn't it"),
            T("agent", "ha, it does, but that's just our refund reference. the refund of %d pounds %d goes back to the card in %d to %d working days" % (R.randint(5, 400), R.randint(1, 99), R.randint(3, 5), R.randint(7, 10)))], \
        "refund reference starting with 4, spoken in pairs, card words"


def neg_account_number_label(ind):
    s = "".join(str(R.randint(0, 9)) for _ in range(R.choice([10, 12])))
    return [T("agent", "%s. do you have your customer account number from the bill" % opener(ind)),
            T("customer", "customer account number " + say_digits(s, R) + ", not my bank account"),
            T("agent", "thanks, customer number %s, your contract ends on %s %d, %d" % (s, R.choice(MONTHS), R.randint(1, 28), R.randint(2025, 2028)))], \
        "supplier customer-account reference (not a bank account)"


def neg_years_counts(ind):
    return [T("customer", "I've been with you since %d, %d years, %d lines on the family plan, and %d%% of calls drop" % (R.randint(1995, 2015), R.randint(5, 30), R.randint(2, 6), R.randint(10, 60))),
            T("agent", "Thanks for your loyalty. I can offer %d%% off for %d months, or £%d credit." % (R.choice([10, 15, 20, 25]), R.choice([6, 12]), R.choice([20, 30, 50])))], \
        "years, counts, percentages, credits"


NEG_T = [neg_ref_card_rhythm, neg_imei, neg_tracking, neg_meter, neg_policy, neg_balance_digits, neg_last_four,
         neg_amounts_times, neg_flight, neg_serial_model, neg_invoice_spoken, neg_ages_temps, neg_ssn_rhythm_ref,
         neg_road_names, neg_no_card_to_hand, neg_order_pairs, neg_account_number_label, neg_years_counts]

# ---------------------------------------------------------------- assemble
def generate():
    _gcount[0] = 0
    R.seed(370241125)
    pos, neg, groups_all = [], [], []
    plan = (["card_chat"] * 20 + ["card_split"] * 22 + ["card_corr"] * 8 + ["card_email"] * 8 +
            ["ssn"] * 30 + ["ni"] * 26 + ["bank"] * 10 + ["usbank"] * 4 + ["iban"] * 14 + ["phone"] * 18 +
            ["email"] * 14 + ["dob"] * 14 + ["addr"] * 16 + ["mixed"] * 8)
    R.shuffle(plan)
    for p in plan:
        ind = R.choice(IND)
        region = R.choice(["uk", "uk", "us", "ie"])
        if region == "ie":
            region = "uk"
        f = {"card_chat": lambda: pos_card_chat(ind), "card_split": lambda: pos_card_call_split(ind, region),
             "card_corr": lambda: pos_card_correction(ind, region), "card_email": lambda: pos_card_email(ind),
             "ssn": lambda: pos_ssn(ind), "ni": lambda: pos_ni(ind), "bank": lambda: pos_bank(ind),
             "usbank": lambda: pos_us_bank(ind), "iban": lambda: pos_iban(ind), "phone": lambda: pos_phone(ind),
             "email": lambda: pos_email(ind), "dob": lambda: pos_dob(ind), "addr": lambda: pos_address(ind),
             "mixed": lambda: pos_mixed(ind)}[p]
        specs, note = f()
        turns, spans, groups = build(specs)
        pos.append({"id": "h370-pos-%03d" % (len(pos) + 1), "kind": "positive", "turns": turns, "spans": spans, "note": note})
        groups_all.append(groups)
    for k in range(110):
        fn = NEG_T[k % len(NEG_T)] if k < len(NEG_T) * 3 else R.choice(NEG_T)
        specs, note = fn(R.choice(IND))
        turns, spans, groups = build(specs)
        assert not spans
        neg.append({"id": "h370-neg-%03d" % (len(neg) + 1), "kind": "negative", "turns": turns, "spans": [], "note": note})
        groups_all.append(groups)
    return pos + neg, groups_all


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


def check(cases, groups_all, data):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != data:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c, groups in zip(cases, groups_all):
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % c["id"])
        by_turn = {}
        for s in c["spans"]:
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s: turn out of range" % c["id"]); continue
            txt = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("%s: offsets out of range" % c["id"]); continue
            v = txt[s["start"]:s["end"]]
            if v != v.strip() or not (v[0].isalnum() or (s["type"] == "PHONE" and v[0] in "+(")) or not v[-1].isalnum():
                errs.append("%s: span not trimmed to value %r" % (c["id"], v))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append("%s: span start mid-word %r" % (c["id"], v))
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s: span end mid-word %r" % (c["id"], v))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans" % c["id"])
        for g in groups.values():
            joined = " ".join(g["texts"])
            if g["partial"]:
                if not alnum(joined).isdigit():
                    errs.append("%s: partial %s not digits %r" % (c["id"], g["type"], joined))
                continue
            if not validate(g["type"], joined):
                errs.append("%s: %s fails validation: %r -> %r" % (c["id"], g["type"], joined, alnum(joined)))
    return errs


def counts(cases):
    from collections import Counter
    return Counter(s["type"] for c in cases for s in c["spans"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    cases, groups_all = generate()
    data = serialise(cases)
    if a.check:
        errs = check(cases, groups_all, data)
        cnt = counts(cases)
        npos = sum(c["kind"] == "positive" for c in cases)
        nneg = len(cases) - npos
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                  "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"):
            if cnt[t] < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, cnt[t]))
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        for e in errs[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, dict(sorted(cnt.items()))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            return 1
        print("CHECK OK")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

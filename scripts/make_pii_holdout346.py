#!/usr/bin/env python3
"""Generate the pii_holdout346 held-out PII redaction evaluation set.

Writes tests/fixtures/pii_holdout346/cases.jsonl.  Every turn is built from
plain-text segments and labelled value segments, so span offsets are computed.

    python scripts/make_pii_holdout346.py          # (re)write the file
    python scripts/make_pii_holdout346.py --check  # regenerate and validate
"""
import argparse
import json
import os
import re
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout346", "cases.jsonl")

R = random.Random(346241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------- spoken forms
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZERO_W = ["oh", "oh", "oh", "zero", "zero", "nought", "o"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": ["apple", "alpha"], "b": ["bravo", "bob", "boy"], "c": ["charlie", "cat"],
             "d": ["david", "delta", "dog"], "e": ["echo", "edward"], "g": ["golf", "george"],
             "h": ["hotel", "harry"], "j": ["juliet", "jack", "john"], "k": ["kilo", "king"],
             "l": ["lima", "london", "larry"], "m": ["mike", "mother", "mary"],
             "n": ["november", "nancy", "nora"], "p": ["papa", "peter"], "r": ["romeo", "robert"],
             "s": ["sierra", "sugar", "sam"], "t": ["tango", "tom"], "w": ["whiskey", "william"],
             "x": ["xray"], "y": ["yankee", "yellow"], "z": ["zulu", "zebra"],
             "f": ["foxtrot", "freddie"], "q": ["quebec", "queen"], "o": ["oscar", "orange"],
             "i": ["india", "ireland"], "u": ["uniform"], "v": ["victor", "victoria"]}
LETTER_NAMES = {"jay": "j", "kay": "k", "zed": "z", "zee": "z", "aitch": "h", "haitch": "h",
                "ess": "s", "tee": "t", "em": "m", "en": "n", "bee": "b", "dee": "d", "pee": "p"}
NAME_OF = {"j": "jay", "k": "kay", "z": "zed", "h": "aitch", "s": "ess", "t": "tee", "m": "em",
           "n": "en", "b": "bee", "d": "dee", "p": "pee"}

DIGIT_W = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "nil": 0}
for _i, _w in enumerate(UNIT):
    DIGIT_W[_w] = _i
TEEN_W = {w: 10 + i for i, w in enumerate(TEEN)}
TENS_W = {w: k * 10 for k, w in TENS.items()}
ORD_W = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
         "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
         "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
         "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
FILLERS = {"um", "uh", "erm", "er", "umm", "uhh", "hmm", "ah"}
SKIP = {"and", "plus", "slash", "space", "then"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["whisky"] = "w"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]


def _sub_number(toks, i):
    """Parse a number below 100 starting at toks[i]; return (value, new_i) or (None, i)."""
    if i >= len(toks):
        return None, i
    t = toks[i]
    if t in TENS_W:
        v = TENS_W[t]
        if i + 1 < len(toks) and toks[i + 1] in DIGIT_W and DIGIT_W[toks[i + 1]] > 0:
            return v + DIGIT_W[toks[i + 1]], i + 2
        return v, i + 1
    if t in TEEN_W:
        return TEEN_W[t], i + 1
    if t in DIGIT_W:
        return DIGIT_W[t], i + 1
    return None, i


def normalise(text, email=False, dates=False):
    """Turn a typed or spoken value into a list of pieces (digits, letters, words)."""
    if email:
        toks = [t.lower() for t in re.findall(r"[A-Za-z0-9]+|[@._\-]", text)]
    else:
        toks = [t.lower() for t in re.findall(r"[A-Za-z0-9]+", text)]
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t in FILLERS:
            i += 1
            continue
        if email and t in ("at", "dot", "underscore", "dash", "hyphen"):
            out.append({"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}[t])
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < n:
            out.append(t)
            i += 3
            continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < n and toks[i + 2] == "in":
            out.append(t)
            i += 4
            continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt in DIGIT_W:
                out.append(str(DIGIT_W[nxt]) * k)
                i += 2
                continue
            if nxt == "u" and t == "double":
                out.append("w")
                i += 2
                continue
            if len(nxt) == 1 and nxt.isalpha():
                out.append(nxt * k)
                i += 2
                continue
        if t in TENS_W:
            if nxt in ORD_W and ORD_W[nxt] < 10:
                out.append(str(TENS_W[t] + ORD_W[nxt]))
                i += 2
                continue
            v, i = _sub_number(toks, i)
            out.append(str(v))
            continue
        if t in TEEN_W:
            out.append(str(TEEN_W[t]))
            i += 1
            continue
        if t in ORD_W:
            out.append(str(ORD_W[t]))
            i += 1
            continue
        if t in DIGIT_W:
            d = DIGIT_W[t]
            if nxt == "hundred":
                j = i + 2
                v = None
                if j < n and toks[j] == "and":
                    v, j = _sub_number(toks, j + 1)
                elif j < n and (toks[j] in TENS_W or toks[j] in TEEN_W):
                    v, j = _sub_number(toks, j)
                out.append(str(d * 100 + (v or 0)))
                i = j
                continue
            if nxt == "thousand":
                j = i + 2
                rest = 0
                if j < n and toks[j] == "and":
                    j += 1
                if j + 1 < n and toks[j] in DIGIT_W and toks[j + 1] == "hundred":
                    rest += DIGIT_W[toks[j]] * 100
                    j += 2
                    if j < n and toks[j] == "and":
                        j += 1
                v, j = _sub_number(toks, j)
                rest += v or 0
                out.append("%d%03d" % (d, rest))
                i = j
                continue
            out.append(str(d))
            i += 1
            continue
        if dates and t in MONTHS:
            out.append(t)
            i += 1
            continue
        if t in NATO_REV:
            out.append(NATO_REV[t])
            i += 1
            continue
        if t in LETTER_NAMES:
            out.append(LETTER_NAMES[t])
            i += 1
            continue
        if t in SKIP or t in ("dash", "hyphen"):
            i += 1
            continue
        out.append(t)
        i += 1
    return out


def digits_of(text):
    s = "".join(normalise(text)).upper()
    return s.replace("O", "0").replace("L", "1").replace("I", "1")


def alnum_of(text):
    return "".join(normalise(text)).upper()


# ----------------------------------------------------------------- validators
def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"(?:QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_WORDS = {"road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "close", "drive",
                "dr", "way", "crescent", "terrace", "court", "place", "gardens", "grove",
                "boulevard", "blvd", "row", "hill", "park", "square", "mews", "walk", "parade"}


def valid_value(typ, text):
    if typ == "EMAIL":
        s = "".join(normalise(text, email=True))
        return re.fullmatch(r"[a-z0-9][a-z0-9._+\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+", s) is not None
    if typ == "ADDRESS":
        pieces = normalise(text)
        return any(p[:1].isdigit() for p in pieces) and any(p in STREET_WORDS for p in pieces)
    if typ == "DOB":
        pieces = normalise(text, dates=True)
        if any(p in MONTHS or p in MON3 for p in pieces):
            return any(p.isdigit() for p in pieces)
        m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})", text.strip())
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
        d = "".join(p for p in pieces if p.isdigit())
        if len(d) not in (6, 8):
            return False
        a, b = int(d[:2]), int(d[2:4])
        return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
    if typ == "EXPIRY":
        pieces = normalise(text, dates=True)
        if any(p in MONTHS or p in MON3 for p in pieces):
            return any(p.isdigit() for p in pieces)
        d = "".join(p for p in pieces if p.isdigit())
        for ml in (1, 2):
            m, y = d[:ml], d[ml:]
            if m and 1 <= int(m) <= 12 and len(y) in (2, 4):
                return True
        return False
    if typ == "POSTCODE":
        s = alnum_of(text)
        return bool(UK_PC.fullmatch(s) or re.fullmatch(r"\d{5}(\d{4})?", s))
    if typ == "IBAN":
        return iban_ok(alnum_of(text))
    if typ == "NI_NUMBER":
        return NI_RE.fullmatch(alnum_of(text)) is not None
    d = digits_of(text)
    if not d.isdigit():
        return False
    if typ == "CARD_NUMBER":
        return 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        return len(d) in (3, 4)
    if typ == "SSN":
        return len(d) == 9
    if typ == "SORT_CODE":
        return len(d) == 6
    if typ == "BANK_ACCOUNT":
        return 6 <= len(d) <= 17
    if typ == "PHONE":
        return 10 <= len(d) <= 15
    raise ValueError(typ)


# ----------------------------------------------------------------- rendering
def ch(*a):
    return R.choice(a)


def z():
    return R.choice(ZERO_W)


def say_d(d):
    return z() if d == "0" else UNIT[int(d)]


def say2(s):
    a, b = int(s[0]), int(s[1])
    if a == 0:
        return say_d(s[0]) + " " + say_d(s[1])
    if a == 1:
        return TEEN[b]
    return TENS[a] + ("" if b == 0 else " " + UNIT[b])


def say_chunk(s, pairs=True, hundreds=True, doubles=True):
    n = len(s)
    if (hundreds and n == 3 and s[0] != "0" and s[1:] != "00"
            and (s[2] != "0" or s[1] in "01") and R.random() < 0.3):
        if s[1] == "0":
            return "%s hundred and %s" % (UNIT[int(s[0])], UNIT[int(s[2])])
        return "%s hundred %s%s" % (UNIT[int(s[0])], ch("and ", "and ", ""), say2(s[1:]))
    words = []
    i = 0
    while i < n:
        d = s[i]
        run = 1
        while i + run < n and s[i + run] == d:
            run += 1
        if doubles and run >= 3 and R.random() < 0.5:
            words.append("triple " + say_d(d))
            i += 3
            continue
        if doubles and run >= 2 and R.random() < 0.55:
            words.append("double " + say_d(d))
            i += 2
            continue
        if (pairs and i + 1 < n and d != "0" and (s[i + 1] != "0" or d == "1")
                and R.random() < 0.25):
            words.append(say2(s[i:i + 2]))
            i += 2
            continue
        words.append(say_d(d))
        i += 1
    return " ".join(words)


def filler(p=0.25):
    return R.choice(["um, ", "uh, ", "erm ", "uh ", "um "]) if R.random() < p else ""


def say_groups(digits, groups, fill=0.2, **kw):
    parts = []
    pos = 0
    for k, g in enumerate(groups):
        c = digits[pos:pos + g]
        pos += g
        piece = say_chunk(c, **kw)
        if k:
            piece = filler(fill) + piece
        parts.append(piece)
    assert pos == len(digits)
    sep = ch(", ", " ", "... ", ", ")
    return sep.join(parts)


def split_groups(digits, groups):
    out = []
    pos = 0
    for g in groups:
        out.append(digits[pos:pos + g])
        pos += g
    return out


def typed(digits, groups, sep):
    return sep.join(split_groups(digits, groups))


def say_letter(c, style=None):
    style = style or ch("plain", "plain", "nato", "for", "for", "name")
    if style == "nato":
        return NATO[c]
    if style == "for":
        return "%s %s %s" % (c, ch("for", "for", "as in"), R.choice(FOR_WORDS[c]))
    if style == "name" and c in NAME_OF:
        return NAME_OF[c]
    if c == "o":
        return "o for oscar"
    return c


# ----------------------------------------------------------------- value makers
def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        return luhn_complete("4" + R.choice(["539", "929", "111", "485", "716"]), 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221"]), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    return luhn_complete(R.choice(["6759", "5018"]), 19), [4, 4, 4, 4, 3]


def make_ssn():
    area = R.choice([x for x in range(1, 900) if x != 666])
    return "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_L1) + R.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_from(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%s%02d%s" % (cc, 98 - int(num) % 97, bban)


def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def make_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        return iban_from(cc, R.choice(["NWBK", "BARC", "HBUK", "MIDL", "LOYD"]) + rd(14))
    if cc == "IE":
        return iban_from(cc, R.choice(["AIBK", "BOFI"]) + rd(14))
    if cc == "DE":
        return iban_from(cc, rd(18))
    if cc == "FR":
        return iban_from(cc, rd(23))
    if cc == "NL":
        return iban_from(cc, R.choice(["ABNA", "INGB", "RABO"]) + rd(10))
    return iban_from(cc, rd(20))


PC_AREAS = ["M", "LS", "SW", "EC", "B", "G", "EH", "CF", "BT", "NE", "L", "KT", "RG", "BS", "NW",
            "SE", "CB", "DE", "HU", "W", "N"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_pc():
    a = R.choice(PC_AREAS)
    out = a + str(R.randint(1, 19))
    return out + " " + str(R.randint(0, 9)) + R.choice(PC_IN) + R.choice(PC_IN)


STREETS = ["Elm Grove", "Kings Road", "Mill Lane", "Station Road", "Church Street", "Oak Avenue",
           "Victoria Terrace", "Rosebank Close", "Meadow Way", "Harbour Drive", "Albert Crescent",
           "Chapel Row", "Beech Gardens", "Hawthorn Court", "Castle Hill", "Park Place"]
US_STREETS = ["Oak Street", "Maple Ave", "Lincoln Blvd", "Sunset Drive", "Pine St", "Elm Street",
              "Washington Ave", "Lakeview Drive", "Cedar Lane"]
TOWNS = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Belfast", "Reading", "Hull",
         "Derby", "Cambridge", "Newcastle"]
US_TOWNS = ["Springfield, IL", "Austin, TX", "Columbus, OH", "Denver, CO", "Tampa, FL",
            "Portland, OR"]
FIRST = ["sarah", "james", "priya", "tom", "aoife", "mark", "lucy", "dev", "grace", "kevin",
         "fatima", "liam", "chloe", "niamh", "ben", "ellen"]
LAST = ["mckenzie", "patel", "doyle", "okafor", "smith", "walsh", "nguyen", "hughes", "brennan",
        "kowalski", "reid", "ferguson"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "proton.me", "aol.com"]

INDUSTRY = [
    ("banking", "Harbour Bank"), ("telecom", "Vantel Mobile"), ("utilities", "Northwell Energy"),
    ("retail", "Brightmarket"), ("insurance", "Castlegate Insurance"),
    ("travel", "Skyway Holidays"), ("healthcare billing", "MedBill Services"),
    ("government", "the Council Tax office"), ("telecom", "Eirlink Broadband"),
    ("banking", "First Prairie Credit Union"), ("utilities", "Liffey Gas & Power"),
]


def greeting():
    ind, co = R.choice(INDUSTRY)
    g = ch("thanks for calling %s, you're through to %s, how can i help?",
           "Hello and welcome to %s chat. You're speaking with %s.",
           "good morning, %s, %s speaking",
           "%s customer services, my name's %s, how can I help you today")
    return ind, ("agent", [g % (co, ch("Dan", "Megan", "Ravi", "Siobhan", "Carl", "Joy"))])


# ----------------------------------------------------------------- case building
def build(turns):
    out_turns = []
    spans = []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                typ, val = seg[0], seg[1]
                assert typ in TYPES, typ
                m = re.match(r"^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$", val, re.S)
                text += m.group(1)
                val = m.group(2)
                assert val == val.strip() and val, repr(val)
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                              "type": typ})
                text += val + m.group(3)
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans


def backch():
    return ("agent", [ch("mhm", "go on", "yep", "okay", "mm-hm, go on", "right", "got that",
                         "yeah", "uh-huh", "and the next bit?")])


# Each positive template returns (turns, note); industry-opening turn optionally prepended.

def t_card_typed():
    card, g = make_card()
    style = R.randrange(5)
    if style == 0:
        v = typed(card, g, " ")
    elif style == 1:
        v = typed(card, g, "-")
    elif style == 2:
        v = card
    elif style == 3 and len(card) == 16:
        v = typed(card, ch([5, 5, 6], [4, 8, 4], [3, 5, 4, 4], [8, 8]), " ")
    else:
        v = typed(card, g, ch(".", "  ", " - "))
    if R.random() < 0.12 and "0" in v:
        k = v.index("0")
        v = v[:k] + "O" + v[k + 1:]
    lead = ch("Hi, card number is ", "card no: ", "Card: ", "pls use my card ",
              "can u take payment from ", "my card numbr is ", "CARD NUMBER - ", "its ")
    segs = [lead, ("CARD_NUMBER", v)]
    note = "typed card number"
    if R.random() < 0.5:
        mm, yy = R.randint(1, 12), R.randint(25, 31)
        ev = ch("%02d/%02d" % (mm, yy), "%d/%d" % (mm, yy), "%02d-20%02d" % (mm, yy),
                "%02d%02d" % (mm, yy), "%s 20%02d" % (MON3[mm - 1].title(), yy))
        segs += [ch(" exp ", ", expiry ", " Exp: ", " valid thru "), ("EXPIRY", ev)]
        note += " with expiry"
        if R.random() < 0.6:
            cv = rd(4 if len(card) == 15 else 3)
            segs += [ch(" cvv ", " and the CVC is ", " sec code: ", ", security no "),
                     ("CVV", cv)]
            note += " and cvv"
    turns = [("customer", segs), ("agent", [ch("Thanks, processing that now.",
                                               "Thank you, one moment.", "Got it.")])]
    return turns, note


def t_card_spoken():
    card, g = make_card()
    v = say_groups(card, g)
    turns = [("agent", [ch("can i take the long number across the front of the card?",
                           "and the card number please", "go ahead with the card number when you're ready")]),
             ("customer", [ch("yeah it's ", "okay so it's ", "right, ", "", "um it's "),
                           ("CARD_NUMBER", v)]),
             ("agent", [ch("thank you", "lovely, thanks", "great")])]
    return turns, "ASR card number in one turn"


def t_card_split():
    card, g = make_card()
    chunks = split_groups(card, g)
    turns = [("agent", [ch("and the card number?", "what's the sixteen digit number on the card?",
                           "can you read me the card number")])]
    for k, c in enumerate(chunks):
        lead = ch("", "", "it's ", "then ", "uh ") if k else ch("okay it's ", "right so ", "")
        turns.append(("customer", [lead, ("CARD_NUMBER", say_chunk(c))]))
        if k < len(chunks) - 1:
            turns.append(backch())
    note = "ASR card split over turns with back-channels"
    if R.random() < 0.6:
        turns.append(("agent", [ch("so that's ", "let me read that back, ", "i've got "),
                                ("CARD_NUMBER", say_groups(card, g, fill=0)),
                                ch(", is that right?", "?", ", correct?")]))
        turns.append(("customer", [ch("yes", "yep that's it", "correct")]))
        note += " and agent read-back"
    if R.random() < 0.5:
        turns.append(("agent", [ch("and that's the card ending ", "okay, so the card ending in "),
                                ("CARD_NUMBER", say_chunk(card[-4:], hundreds=False)),
                                ch(" yeah?", ", thank you")]))
        note += "; last four repeated after full card (labelled)"
    return turns, note


def t_card_aside():
    card, g = make_card()
    chunks = split_groups(card, g)
    cut = R.randint(1, len(chunks) - 1)
    a = say_groups("".join(chunks[:cut]), g[:cut])
    b = say_groups("".join(chunks[cut:]), g[cut:])
    aside = ch(", hang on the numbers are worn off here, ", "... sorry the dog's barking, ",
               ", wait let me get my glasses, okay, ", " - sorry, where was i, right, ",
               ", hold on it's gone a bit blurry, ")
    turns = [("agent", ["and the card number please"]),
             ("customer", [("CARD_NUMBER", a), aside, ("CARD_NUMBER", b)]),
             ("agent", [ch("thanks for that", "perfect")])]
    return turns, "ASR card with an aside mid-reading (two spans in one turn)"


def t_card_correction():
    c1, g1 = make_card()
    c2, g2 = make_card()
    turns = [("customer", [ch("the card is ", "it's "), ("CARD_NUMBER", say_groups(c1, g1)),
                           ch(", oh no wait that's my old card, the new one's ",
                              ". no sorry, let me start again, ",
                              " - actually that one's expired, use ")
                           , ("CARD_NUMBER", say_groups(c2, g2))]),
             ("agent", ["okay, I'll use the second one"])]
    return turns, "ASR card reading restarted with another card"


def t_card_exp_cvv_spoken():
    card, g = make_card()
    mm, yy = R.randint(1, 12), R.randint(25, 31)
    exp = ch("%s %s" % (say2("%02d" % mm), say2("%02d" % yy)),
             "%s slash %s" % (say_chunk(str(mm)), say2("%02d" % yy)),
             "%s twenty %s" % (MONTHS[mm - 1], say2("%02d" % yy)),
             "%s, %s" % (say_chunk("%02d" % mm, pairs=False), say2("%02d" % yy)))
    cv = rd(4 if len(card) == 15 else 3)
    turns = [("customer", [("CARD_NUMBER", say_groups(card, g))]),
             ("agent", ["and the expiry date?"]),
             ("customer", [ch("", "it's ", "uh ", "expires "), ("EXPIRY", exp)]),
             ("agent", [ch("and the three digits on the back?", "last thing, the security code")]),
             ("customer", [ch("", "it's ", "that's "), ("CVV", say_chunk(cv, hundreds=True))])]
    return turns, "ASR card, expiry and cvv"


def t_ssn_typed():
    s = make_ssn()
    v = ch("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
           "%s.%s.%s" % (s[:3], s[3:5], s[5:]), "%s-%s%s" % (s[:3], s[3:5], s[5:]))
    lead = ch("SSN: ", "my social is ", "Social Security # ", "ssn ", "soc sec no. ")
    return [("customer", [ch("", "hi, ", "For the billing dispute - "), lead, ("SSN", v)]),
            ("agent", ["Thanks, I've verified your identity."])], "typed SSN"


def t_ssn_spoken():
    s = make_ssn()
    turns = [("agent", [ch("can i get your social security number",
                           "and for verification, your social?")]),
             ("customer", [ch("sure it's ", "yeah ", "okay, ", "uh it's "),
                           ("SSN", say_groups(s, [3, 2, 4]))])]
    note = "ASR SSN"
    if R.random() < 0.5:
        turns.append(("agent", [ch("thank you, that's ", "okay i have "),
                                ("SSN", say_groups(s, [3, 2, 4], fill=0)), "?"]))
        turns.append(("customer", ["mhm"]))
        note += " with read-back"
    return turns, note


def t_ssn_split():
    s = make_ssn()
    ch_ = split_groups(s, [3, 2, 4])
    turns = [("agent", ["what's the social on the account?"])]
    for k, c in enumerate(ch_):
        turns.append(("customer", [ch("", "", "uh ", "and ") if k else "", ("SSN", say_chunk(c))]))
        if k < 2:
            turns.append(backch())
    return turns, "ASR SSN split over turns"


def say_ni(ni, letters=None):
    letters = letters or ch("plain", "nato", "for", "name", None)
    p = [say_letter(c.lower(), letters) for c in ni[:2]]
    d = say_groups(ni[2:8], ch([2, 2, 2], [6], [3, 3]), fill=0.15, hundreds=False)
    return "%s %s, %s, %s" % (p[0], p[1], d, say_letter(ni[8].lower(), letters))


def t_ni_typed():
    ni = make_ni()
    v = ch(ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni.lower(),
           "%s %s %s" % (ni[:2], ni[2:8], ni[8]), "%s-%s-%s" % (ni[:2], ni[2:8], ni[8]))
    lead = ch("NI number: ", "my national insurance no is ", "NINO ", "NI no. ", "ni num: ")
    return [("customer", [ch("", "Hi, re my tax credits. ", "hello "), lead, ("NI_NUMBER", v)]),
            ("agent", ["Thanks, that's matched your record."])], "typed NI number"


def t_ni_spoken():
    ni = make_ni()
    turns = [("agent", ["can you give me your national insurance number please"]),
             ("customer", [ch("yeah it's ", "okay, ", "it's uh ", ""), ("NI_NUMBER", say_ni(ni))])]
    note = "ASR NI number"
    if R.random() < 0.5:
        turns.append(("agent", ["so that's ", ("NI_NUMBER", say_ni(ni, "nato")), "?"]))
        turns.append(("customer", ["that's right"]))
        note += " with NATO read-back"
    return turns, note


def t_ni_split():
    ni = make_ni()
    turns = [("agent", ["and your N I number?"]),
             ("customer", [ch("it starts ", "right so ", ""),
                           ("NI_NUMBER", say_letter(ni[0].lower()) + " " + say_letter(ni[1].lower()))]),
             backch(),
             ("customer", [("NI_NUMBER", say_groups(ni[2:8], [2, 2, 2], hundreds=False))]),
             ("agent", [ch("and the letter at the end?", "and the last letter")]),
             ("customer", [ch("", "it's ", "that's "), ("NI_NUMBER", say_letter(ni[8].lower()))])]
    return turns, "ASR NI number split over turns"


def t_bank_typed():
    sc = rd(6)
    acct = rd(8)
    scv = ch("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:]))
    av = ch(acct, "%s %s" % (acct[:4], acct[4:]))
    segs = [ch("sort code ", "Sort: ", "s/c "), ("SORT_CODE", scv),
            ch(" acct no: ", ", account number ", " a/c ", " Acc# "), ("BANK_ACCOUNT", av)]
    if R.random() < 0.5:
        segs = segs[2:] + [", "] + segs[:2]
    return [("customer", [ch("Please refund to ", "direct debit details: ", "new bank details - ")] + segs),
            ("agent", ["Thanks, I've updated the direct debit."])], "typed sort code and account"


def t_bank_spoken():
    sc = rd(6)
    acct = rd(8)
    turns = [("agent", ["what's the sort code?"]),
             ("customer", [ch("", "it's ", "uh "), ("SORT_CODE", say_groups(sc, [2, 2, 2], hundreds=False))]),
             ("agent", ["and the account number"]),
             ("customer", [ch("", "okay, ", "it's "), ("BANK_ACCOUNT", say_groups(acct, ch([4, 4], [3, 3, 2], [8])))])]
    note = "ASR sort code and account number"
    if R.random() < 0.4:
        turns.append(("agent", ["so account ", ("BANK_ACCOUNT", say_groups(acct, [4, 4], fill=0)),
                                ", sort code ", ("SORT_CODE", say_groups(sc, [2, 2, 2], fill=0, hundreds=False))]))
        note += " with read-back"
    return turns, note


def t_us_account():
    acct = rd(R.choice([10, 11, 12]))
    v = ch(acct, say_groups(acct, [3] * (len(acct) // 3) + ([len(acct) % 3] if len(acct) % 3 else [])))
    return [("customer", [ch("my checking account number is ", "the account is ", "acct # "),
                          ("BANK_ACCOUNT", v), ch(" at First Prairie", "", ".")]),
            ("agent", ["thank you"])], "US bank account number"


def t_iban_typed():
    ib = make_iban()
    v = ch(" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
           " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower())
    return [("customer", [ch("IBAN: ", "my iban is ", "Please pay into IBAN ", "bank details IBAN "),
                          ("IBAN", v), ch(" thanks", "", ", BIC to follow")]),
            ("agent", ["Thank you, the transfer will be set up."])], "typed IBAN"


def t_iban_spoken():
    ib = make_iban()
    letters = [say_letter(c.lower(), ch("plain", "nato", "for")) for c in ib[:2]]
    parts = [" ".join(letters), say_chunk(ib[2:4], hundreds=False)]
    rest = ib[4:]
    i = 0
    while i < len(rest):
        grp = rest[i:i + 4]
        if grp.isdigit():
            parts.append(say_chunk(grp, hundreds=False))
        else:
            parts.append(" ".join(say_letter(c.lower(), "plain") if c.isalpha() else say_d(c)
                                  for c in grp))
        i += 4
    k = R.randint(3, len(parts) - 2)
    turns = [("customer", [ch("it's an irish account so the iban is ", "iban is ", "okay the i b a n, "),
                           ("IBAN", ", ".join(parts[:k]))]),
             backch(),
             ("customer", [("IBAN", ", ".join(parts[k:]))])]
    return turns, "ASR IBAN split over two turns"


def make_phone():
    k = R.randrange(7)
    tail = "%03d" % R.randint(0, 999)
    if k == 0:
        return "07700900" + tail, ["07700 900" + tail, "+44 7700 900" + tail, "07700-900-" + tail], "ukmob"
    if k == 1:
        d = "01614960" + tail
        return d, ["0161 496 0" + tail, "(0161) 4960" + tail], "ukland"
    if k == 2:
        d = "02079460" + tail
        return d, ["020 7946 0" + tail, "+44 (0)20 7946 0" + tail], "uklon"
    if k == 3:
        a = R.choice(["202", "312", "415", "617"])
        d = a + "5550" + tail[:2] + str(R.randint(0, 9))
        return d, ["(%s) %s-%s" % (a, d[3:6], d[6:]), "+1 %s %s %s" % (a, d[3:6], d[6:]),
                   "%s.%s.%s" % (a, d[3:6], d[6:])], "us"
    if k == 4:
        d = "08" + R.choice("3567") + rd(7)
        return d, ["%s %s %s" % (d[:3], d[3:6], d[6:]), "+353 %s %s %s" % (d[1:3], d[3:6], d[6:])], "ie"
    if k == 5:
        loc = str(R.randint(1, 9)) + rd(7)
        return "4930" + loc, ["+49 30 %s" % loc, "+49 (0)30 %s" % loc], "de"
    loc = rd(8)
    return "336" + loc, ["+33 6 %s %s %s %s" % (loc[0:2], loc[2:4], loc[4:6], loc[6:8])], "fr"


def say_phone(d, kind):
    if kind == "ukmob":
        if R.random() < 0.5:
            return "%s seven seven hundred, nine hundred, %s" % (z(), say_chunk(d[-3:], pairs=False, hundreds=False))
        return say_groups(d, [5, 3, 3])
    if kind == "us":
        return say_groups(d, [3, 3, 4])
    if kind == "de":
        return "plus four nine, three " + z() + ", " + say_groups(d[4:], [4, 4])
    if kind == "fr":
        return "plus three three, six, " + ", ".join(say2(d[i:i + 2]) if d[i] != "0" and (d[i + 1] != "0" or d[i] == "1") else say_chunk(d[i:i + 2], pairs=False) for i in range(3, 11, 2))
    if kind == "ie" and R.random() < 0.5:
        return "plus three five three, " + say_groups(d[1:], [2, 3, 4])
    return say_groups(d, [4, 3, 4] if len(d) == 11 else [3, 3, 4])


def t_phone_typed():
    d, forms, kind = make_phone()
    v = R.choice(forms)
    return [("customer", [ch("best number to reach me is ", "Mob: ", "tel ", "call me on ",
                              "my new number - ", "Phone no. "), ("PHONE", v)]),
            ("agent", ["Thanks, I've updated your contact number."])], "typed phone (%s)" % kind


def t_phone_spoken():
    d, forms, kind = make_phone()
    turns = [("agent", ["what's the best number to call you back on?"]),
             ("customer", [ch("it's ", "yeah ", "uh ", ""), ("PHONE", say_phone(d, kind))])]
    note = "ASR phone (%s)" % kind
    r = R.random()
    if r < 0.35:
        turns.append(("agent", ["that's ", ("PHONE", say_phone(d, kind)), "?"]))
        note += " with read-back"
    elif r < 0.6:
        d2, _, k2 = make_phone()
        turns.append(("customer", [ch("actually no, sorry, use my other one, ", "no wait that's the old number, it's "),
                                   ("PHONE", say_phone(d2, k2))]))
        note += " with correction to another number"
    return turns, note


def t_phone_split():
    d, forms, kind = make_phone()
    if kind in ("de", "fr"):
        d, forms, kind = "07700900" + rd(3), [], "ukmob"
    grp = [5, 3, 3] if len(d) == 11 else [3, 3, 4]
    parts = split_groups(d, grp)
    turns = [("agent", ["can i take a contact number?"])]
    for k, c in enumerate(parts):
        turns.append(("customer", [("PHONE", say_chunk(c, hundreds=False))]))
        if k < len(parts) - 1:
            turns.append(backch())
    return turns, "ASR phone split over turns"


def email_addr():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = ch("%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%s" % (f, l, rd(2)), "%s.%s%s" % (f[0], l, rd(2)),
               "%s%s" % (f, rd(4)))
    return local, R.choice(DOMAINS)


def t_email_typed():
    local, dom = email_addr()
    v = local + "@" + dom
    if R.random() < 0.3:
        v = v[0].upper() + v[1:]
    if R.random() < 0.15:
        v = v.upper()
    return [("customer", [ch("email: ", "pls send it to ", "my email is ", "E-mail - ", "reply to "),
                          ("EMAIL", v), ch("", " thanks", ".", " ty")]),
            ("agent", ["Done, you should receive it shortly."])], "typed email"


def say_email(local, dom):
    def sw(tok):
        if tok.isdigit():
            return say_chunk(tok, hundreds=False)
        if len(tok) <= 2:
            return " ".join(say_letter(c, "plain") for c in tok)
        return tok
    loc = re.split(r"([._])", local)
    out = []
    for p in loc:
        if p == ".":
            out.append("dot")
        elif p == "_":
            out.append("underscore")
        else:
            m = re.match(r"([a-z]*)(\d*)$", p)
            if m.group(1):
                out.append(sw(m.group(1)))
            if m.group(2):
                out.append(sw(m.group(2)))
    dparts = dom.split(".")
    return " ".join(out) + " at " + " dot ".join(dparts)


def t_email_spoken():
    local, dom = email_addr()
    turns = [("agent", ["and an email address?"]),
             ("customer", [ch("yeah it's ", "it's ", "um "), ("EMAIL", say_email(local, dom))])]
    note = "ASR email"
    if R.random() < 0.4:
        turns.append(("agent", ["so ", ("EMAIL", say_email(local, dom)), ", all lower case?"]))
        note += " with read-back"
    return turns, note


def t_dob():
    y = R.randint(1938, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    typed_f = [("%02d/%02d/%d" % (d, m, y)), ("%02d-%02d-%d" % (m, d, y)), "%d %s %d" % (d, MON3[m - 1].title(), y),
               "%d.%d.%02d" % (d, m, y % 100), "%s %d, %d" % (MONTHS[m - 1].title(), d, y)]
    ords = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
            "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
    ysp = ("nineteen " + say2(str(y)[2:])) if y < 2000 else ("two thousand and " + UNIT[y - 2000] if y < 2010 else "two thousand " + TEEN[y - 2010])
    spoken_f = ["the %s of %s %s" % (ords[d], MONTHS[m - 1], ysp), "%s %s, %s" % (MONTHS[m - 1], ords[d], ysp),
                "%s %s %s" % (ords[d], MONTHS[m - 1], ysp),
                "%s, %s, %s" % (say_chunk("%02d" % d, pairs=False, doubles=False), say_chunk("%02d" % m, pairs=False, doubles=False), say2(str(y)[2:]) if str(y)[2] != "0" else say_chunk(str(y)[2:]))]
    if R.random() < 0.45:
        return [("customer", [ch("DOB ", "date of birth: ", "born ", "d.o.b. "), ("DOB", R.choice(typed_f))]),
                ("agent", ["Thank you, you're verified."])], "typed DOB"
    return [("agent", [ch("and can you confirm your date of birth", "what's your date of birth please?")]),
            ("customer", [ch("it's ", "", "uh ", "yeah it's "), ("DOB", R.choice(spoken_f))])], "ASR DOB"


def say_pc(pc):
    out = []
    for part in pc.split(" "):
        w = []
        for c in part:
            w.append(say_d(c) if c.isdigit() else say_letter(c.lower(), ch("plain", "plain", "for", "nato")))
        out.append(" ".join(w))
    return ", ".join(out)


def say_num(n):
    s = str(n)
    if len(s) == 1:
        return UNIT[n]
    if len(s) == 2:
        return say2(s)
    if s[1:] == "00":
        return UNIT[int(s[0])] + " hundred"
    return say_chunk(s)


def t_address_uk():
    no = R.randint(1, 180)
    st = R.choice(STREETS)
    pc = make_uk_pc()
    town = R.choice(TOWNS)
    if R.random() < 0.5:
        flat = ch("Flat %d, " % R.randint(1, 12), "", "", "%d%s " % (no, ch("a", "b")) if False else "")
        addr = flat + "%d %s" % (no, ch(st, st.lower()))
        pcv = ch(pc, pc.lower(), pc.replace(" ", ""))
        segs = [ch("address is ", "Addr: ", "I've moved to ", "new address - "), ("ADDRESS", addr), ", %s, " % town,
                ("POSTCODE", pcv)]
        return [("customer", segs), ("agent", ["Thanks, address updated."])], "typed UK address and postcode"
    addr = ch("flat %s, " % UNIT[R.randint(1, 9)], "", "") + "%s %s" % (say_num(no), st.lower())
    turns = [("agent", ["can i take the first line of the address?"]),
             ("customer", [ch("it's ", "yeah ", ""), ("ADDRESS", addr), ch(", %s" % town.lower(), "")]),
             ("agent", ["and the postcode?"]),
             ("customer", [ch("", "it's ", "uh "), ("POSTCODE", say_pc(pc))])]
    return turns, "ASR UK address and postcode"


def t_address_us():
    no = R.randint(100, 9800)
    st = R.choice(US_STREETS)
    zipc = rd(5) if R.random() < 0.7 else rd(5) + "-" + rd(4)
    town = R.choice(US_TOWNS)
    if R.random() < 0.5:
        segs = [ch("mailing address: ", "ship to ", "I live at "), ("ADDRESS", "%d %s" % (no, st)),
                ch(" Apt 4, ", ", ") + town + " ", ("POSTCODE", zipc)]
        return [("customer", segs), ("agent", ["Got it, thanks."])], "typed US address and ZIP"
    zd = zipc.replace("-", "")
    turns = [("customer", [ch("it's ", "the address is "), ("ADDRESS", "%s %s" % (say_chunk(str(no)), re.sub(r"\bave\b", "avenue", re.sub(r"\bst\b", "street", st.lower())))),
                           ", %s" % town.split(",")[0].lower()]),
             ("agent", ["and the zip?"]),
             ("customer", [("POSTCODE", say_groups(zd, [5] if len(zd) == 5 else [5, 4], hundreds=False))])]
    return turns, "ASR US address and ZIP"


def t_idv_mix():
    pc = make_uk_pc()
    d, forms, kind = make_phone()
    y = R.randint(1950, 1999)
    dob = "%s %s nineteen %s" % (R.randint(1, 28), MONTHS[R.randint(0, 11)], say2(str(y)[2:]))
    turns = [("agent", ["for security can i take your postcode, date of birth and phone number"]),
             ("customer", [ch("sure, ", "okay, "), ("POSTCODE", say_pc(pc)), ", um, born ", ("DOB", dob),
                           " and the phone's ", ("PHONE", say_phone(d, kind))]),
             ("agent", ["thanks, you're through security"])]
    return turns, "ASR identity check: postcode, DOB, phone in one turn"


def t_chat_mix():
    ni = make_ni()
    local, dom = email_addr()
    sc = rd(6)
    acct = rd(8)
    segs = ["Hi, following up on my claim. NI ", ("NI_NUMBER", ni[:2].lower() + ni[2:]), ", email ",
            ("EMAIL", local + "@" + dom), ". Pls pay to s/c ", ("SORT_CODE", "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:])),
            " acc ", ("BANK_ACCOUNT", acct), " thx"]
    return [("customer", segs), ("agent", ["Thanks, passing this to the claims team."])], "typed chat with several values"


def t_ssn_dob_us():
    s = make_ssn()
    y = R.randint(1950, 1999)
    turns = [("agent", ["I just need your date of birth and the last, sorry, the full social for the billing record"]),
             ("customer", [ch("okay, ", ""), ("DOB", "%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), y)),
                           " and ", ("SSN", "%s-%s-%s" % (s[:3], s[3:5], s[5:]))]),
             ("agent", ["perfect, thank you"])]
    return turns, "typed US DOB and SSN in one message"


POS_SCHEDULE = ([t_card_typed] * 3 + [t_card_spoken] * 2 + [t_card_split] * 2 + [t_card_aside, t_card_correction,
                t_card_exp_cvv_spoken] + [t_ssn_typed, t_ssn_spoken, t_ssn_split, t_ssn_dob_us] +
                [t_ni_typed, t_ni_spoken, t_ni_split] + [t_bank_typed, t_bank_spoken, t_us_account] +
                [t_iban_typed, t_iban_spoken] + [t_phone_typed, t_phone_spoken, t_phone_split] +
                [t_email_typed, t_email_spoken] + [t_dob] + [t_address_uk, t_address_us] + [t_idv_mix, t_chat_mix])


# ----------------------------------------------------------------- negatives
def n_balance():
    p = R.randint(100, 9999)
    c = R.randint(0, 99)
    return [("customer", ["how much do I owe?"]),
            ("agent", [ch("your outstanding balance is £%s.%02d and the minimum payment is £25" % ("{:,}".format(p), c),
                          "so that's %s pounds %s, due on the twelfth" % (say_num(p) if p < 1000 else "%s thousand %s" % (UNIT[p // 1000], say_num(p % 1000) if p % 1000 else ""), say_num(c) if c else "exactly"),
                          "the balance today is $%d.%02d, with a pending credit of $%d" % (p, c, R.randint(5, 80)))])], "balance/amount"


def n_hours():
    return [("customer", ["what time are you open till?"]),
            ("agent", [ch("we're open 8am to 8pm Monday to Friday and 9 till 5 on Saturdays",
                          "lines are open eight till eight, weekends nine to half five",
                          "the branch opens at 09:30 and closes at 16:30, it's about a 20 minute wait right now")])], "opening hours/times"


def n_order_luhn():
    num, g = make_card()
    lab = ch("order number", "tracking number", "reference", "invoice no.", "claim number", "booking reference")
    v = ch(num, typed(num, g, " "), typed(num, g, "-"))
    return [("customer", ["hi, my %s is %s, it still hasn't arrived" % (lab, v)]),
            ("agent", ["Thanks, I can see that %s on the system." % lab.split()[0]])], "16-digit Luhn-valid %s (not a card)" % lab


def n_ref_spoken_split():
    num = rd(R.choice([12, 16]))
    chunks = split_groups(num, [4] * (len(num) // 4))
    lab = ch("reference number", "case reference", "tracking number", "policy number", "meter serial number")
    turns = [("agent", ["have you got the %s there?" % lab]),
             ("customer", ["yeah the %s is %s" % (lab, say_chunk(chunks[0]))])]
    for c in chunks[1:]:
        turns.append(backch())
        turns.append(("customer", [say_chunk(c)]))
    return turns, "%s read like a card over turns" % lab


def n_last4():
    l4 = rd(4)
    return [("agent", [ch("I can see the payment was taken from the card ending %s" % l4,
                          "is that the visa ending in %s?" % say_chunk(l4, hundreds=False),
                          "so the card ending %s, is that still the one you want to use?" % say_groups(l4, [2, 2], hundreds=False))]),
            ("customer", [ch("yes that's the one", "yeah ending %s" % say_chunk(l4, hundreds=False), "correct")])], "card last four only"


def n_dates():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2027)
    return [("agent", [ch("your engineer's booked for the %d%s of %s %d between 8 and 1" % (d, "th" if d > 3 else ["", "st", "nd", "rd"][d], MONTHS[m - 1], y),
                          "your contract ends on %02d/%02d/%d and the next payment is on the %dth" % (d, m, y, R.randint(4, 28)),
                          "the appointment is %s the %s at ten fifteen" % (ch("tuesday", "friday"), say_num(d)),
                          "your direct debit comes out on %02d-%02d-%d" % (d, m, y))])], "appointment/payment/contract dates"


def n_meter():
    return [("customer", [ch("my meter reading is %s" % rd(5), "the day reading's %s and the night one's %s" % (rd(5), rd(5)),
                              "meter reads %s" % say_chunk(rd(5), hundreds=False))]),
            ("agent", ["thanks, I've submitted that reading"])], "meter readings"


def n_travel():
    return [("customer", [ch("I'm on flight BA%d from gate %d, seat %d%s" % (R.randint(100, 2999), R.randint(1, 60), R.randint(1, 40), R.choice("ABCDEF")),
                              "we're in room %d at the hotel, checking out at 11" % R.randint(100, 1299),
                              "flight EI %d to Boston, gate B%d" % (R.randint(100, 999), R.randint(1, 40)))]),
            ("agent", ["thank you, I'll note that on the booking"])], "flight/room/gate/seat numbers"


def n_roads():
    return [("customer", [ch("there's roadworks on the A40 near junction 3", "I was stuck on the M25 for two hours",
                              "it's just off I-95 at exit 12", "the shop on route 66", "we're past the N7 at the Naas turn")]),
            ("agent", ["sorry to hear that"])], "road names/numbers"


def n_policy():
    s = make_ssn()
    return [("customer", [ch("my claim ref is %s-%s-%s" % (s[:3], s[3:5], s[5:]), "policy number PX-%s-%s" % (rd(4), rd(4)),
                              "the case number is %s" % s, "ticket number %s" % s)]),
            ("agent", ["thanks, I've pulled up that record"])], "SSN-shaped reference number"


def n_misc():
    return [("customer", [ch("I'm %d years old and I've been with you %d years" % (R.randint(60, 90), R.randint(2, 30)),
                              "the heating is set to 21 degrees but it's only 16 in here",
                              "the rate went up 4.9%% to %d.%d%%" % (R.randint(3, 9), R.randint(0, 9)),
                              "I've been on hold for %d minutes" % R.randint(20, 70),
                              "there are %d of us on the plan, %d adults and %d kids" % (5, 2, 3),
                              "I've been a customer since %d" % R.randint(1990, 2020))]),
            ("agent", ["I understand, let me look into it"])], "ages/temps/percentages/durations/counts/years"


def n_serial():
    ni = make_ni()
    return [("customer", [ch("the model number on the boiler is %s" % ni, "serial no. SN %s %s %s" % (rd(4), rd(4), rd(4)),
                              "the router's serial is %s" % rd(14), "product code %s" % ni.lower())]),
            ("agent", ["thanks, that's a covered model"])], "serial/model number (NI-shaped or long digits)"


def n_invoice():
    return [("customer", [ch("invoice INV-%s" % rd(8), "ticket number 1-%s" % rd(8), "order #%s" % rd(10),
                              "the tracking is 1Z%s%s" % ("".join(R.choice("ABCDEFX") for _ in range(5)), rd(11)),
                              "confirmation code %s" % "".join(R.choice("ABCDEFGHJKLMNPRTUVWXYZ23456789") for _ in range(6)))]),
            ("agent", ["I can see that, thank you"])], "invoice/ticket/order/tracking numbers"


def n_spoken_refs():
    num = rd(11)
    return [("agent", ["your complaint reference is %s, have you got a pen?" % say_groups(num, [5, 3, 3])]),
            ("customer", ["yeah go on... okay got it"])], "phone-shaped complaint reference read by agent"


def n_prices():
    return [("agent", [ch("the unlimited plan is 29.99 a month with 100 gigs and a 24 month contract",
                          "that package is four hundred and twelve pounds per person, two nights",
                          "it's %d euro %d for the year, or %d.%d monthly" % (R.randint(100, 999), R.randint(10, 99), R.randint(10, 90), R.randint(10, 99)))]),
            ("customer", ["okay that sounds fine"])], "prices/plans"


NEG_SCHEDULE = [n_balance, n_hours, n_order_luhn, n_ref_spoken_split, n_last4, n_dates, n_meter, n_travel,
                n_roads, n_policy, n_misc, n_serial, n_invoice, n_spoken_refs, n_prices, n_order_luhn,
                n_last4, n_ref_spoken_split]


# ----------------------------------------------------------------- generation
def generate():
    R.seed(346241125)
    lines = []
    for i in range(240):
        f = POS_SCHEDULE[i % len(POS_SCHEDULE)]
        turns, note = f()
        ind, g = greeting()
        if R.random() < 0.35:
            turns = [g] + turns
        t, s = build(turns)
        lines.append({"id": "h346-pos-%03d" % (i + 1), "kind": "positive", "turns": t, "spans": s,
                      "note": "%s [%s]" % (note, ind)})
    for i in range(120):
        f = NEG_SCHEDULE[i % len(NEG_SCHEDULE)]
        turns, note = f()
        ind, g = greeting()
        if R.random() < 0.3:
            turns = [g] + turns
        t, s = build(turns)
        lines.append({"id": "h346-neg-%03d" % (i + 1), "kind": "negative", "turns": t, "spans": s,
                      "note": "%s [%s]" % (note, ind)})
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in lines)


def check_cases(text):
    errors = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for ln, line in enumerate(text.splitlines(), 1):
        c = json.loads(line)
        cid = c["id"]
        if cid in ids:
            errors.append("dup id " + cid)
        ids.add(cid)
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                errors.append(cid + ": positive without spans")
        else:
            nneg += 1
            if c["spans"]:
                errors.append(cid + ": negative with spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errors.append(cid + ": bad speaker")
        prev = {}
        for sp in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if not (0 <= sp["turn"] < len(c["turns"])):
                errors.append(cid + ": bad turn")
                continue
            txt = c["turns"][sp["turn"]]["text"]
            a, b = sp["start"], sp["end"]
            if not (0 <= a < b <= len(txt)):
                errors.append(cid + ": offsets out of range")
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errors.append(cid + ": span not trimmed %r" % txt[a:b])
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errors.append(cid + ": span not on word boundary %r" % txt[a:b])
            if prev.get(sp["turn"], 0) > a:
                errors.append(cid + ": overlapping spans")
            prev[sp["turn"]] = b
            typ = sp["type"]
            if typ not in TYPES:
                errors.append(cid + ": bad type " + typ)
                continue
            counts[typ] += 1
        # value validation: each type's spans (in order) must partition into consecutive runs
        # that each form one valid value (a value split over turns / around an aside is one run).
        for typ in TYPES:
            vals = [c["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
                    for sp in sorted(c["spans"], key=lambda s: (s["turn"], s["start"]))
                    if sp["type"] == typ]
            if not vals:
                continue
            full_card = typ == "CARD_NUMBER" and any(
                valid_value(typ, " ".join(vals[a:b]))
                for a in range(len(vals)) for b in range(a + 1, len(vals) + 1))
            ok = [True] + [False] * len(vals)
            for b in range(1, len(vals) + 1):
                for a in range(b):
                    if not ok[a]:
                        continue
                    joined = " ".join(vals[a:b])
                    if valid_value(typ, joined) or (full_card and b == a + 1
                                                    and len(digits_of(joined)) == 4):
                        ok[b] = True
                        break
            if not ok[-1]:
                errors.append("%s: %s values do not validate: %r" % (cid, typ, vals))
    if npos < 200 or nneg < 100:
        errors.append("too few cases %d/%d" % (npos, nneg))
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if counts[t] < mins.get(t, 10):
            errors.append("too few %s spans: %d" % (t, counts[t]))
    return errors, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text = generate()
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            disk = f.read()
        errs = []
        if disk != text:
            errs.append("cases.jsonl is not byte-identical to a fresh generation")
        e, counts, npos, nneg = check_cases(disk)
        errs += e
        for x in errs[:50]:
            print("ERROR", x)
        print("positive=%d negative=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            return 1
        print("CHECK OK")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())

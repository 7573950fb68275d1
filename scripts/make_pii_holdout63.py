#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout63``.

Written by an AI helper acting as an independent test author who did not see
the redaction code. Emphasis: UK and Irish contact centres (NI numbers, sort
codes, account numbers, UK/IE phones, postcodes and Eircodes, street
addresses, card payments by phone) plus tricky UK non-PII reference numbers.

Usage:
    python scripts/make_pii_holdout63.py          # write fixture + README
    python scripts/make_pii_holdout63.py --check  # regenerate and verify

Standard library only. All values come from one seeded random.Random.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 63261123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout63"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- vocabulary
DW = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "one": 1, "won": 1, "two": 2,
         "to": 2, "too": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "ate": 8, "nine": 9}
TEEN_V = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_V = {w: k for k, w in TENS.items()}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "kilo": "k",
        "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p", "quebec": "q",
        "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u", "victor": "v",
        "whiskey": "w", "xray": "x", "yankee": "y", "zulu": "z"}
LETTER_HOMO = {"bee": "b", "be": "b", "see": "c", "sea": "c", "dee": "d", "gee": "g", "jay": "j",
               "kay": "k", "el": "l", "em": "m", "en": "n", "pea": "p", "pee": "p", "queue": "q",
               "cue": "q", "are": "r", "tea": "t", "tee": "t", "ex": "x", "why": "y", "zed": "z",
               "aitch": "h", "haitch": "h", "ess": "s", "eff": "f", "vee": "v"}
LETTER_SAY = {"b": ["bee", "be"], "c": ["see", "sea"], "d": ["dee"], "g": ["gee"], "j": ["jay"], "k": ["kay"],
              "l": ["el"], "m": ["em"], "n": ["en"], "p": ["pea", "pee"], "q": ["queue", "cue"], "r": ["are"],
              "t": ["tea", "tee"], "x": ["ex"], "y": ["why"], "z": ["zed"], "h": ["aitch", "haitch"],
              "s": ["ess"], "f": ["eff"], "v": ["vee"]}
FILL = {"um", "uh", "er", "erm", "ah", "eh", "sorry", "so", "and", "then", "dash", "hyphen",
        "space", "slash", "plus", "hmm"}
VOCAB = set(UNITS) | set(TEEN_V) | set(TENS_V) | set(NATO) | FILL | set(LETTER_HOMO) | {
    "double", "triple", "for", "as", "in", "hundred", "at", "dot", "underscore"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3].title() for m in MONTHS]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
STREET_WORDS = {"road", "street", "lane", "avenue", "close", "crescent", "drive", "gardens",
                "terrace", "way", "grove", "park", "place", "court", "rd", "st", "ave", "view",
                "row", "walk", "hill", "square", "mews", "green"}

R = random.Random(SEED)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- normalisers
def _num_word(tok):
    return tok in UNITS or tok in TEEN_V or tok in TENS_V


def norm_code(text):
    """Normalise a spoken or typed code to upper-case letters/digits."""
    toks = re.findall(r"[a-z]+|\d", text.lower())
    out = []
    i = 0
    mult = 1
    prev = None

    def emit(s):
        nonlocal mult
        out.append(s * mult if len(s) == 1 else s)
        mult = 1

    while i < len(toks):
        t = toks[i]
        i += 1
        if t.isdigit():
            emit(t)
        elif t in FILL:
            pass
        elif t == "double":
            mult = 2
        elif t == "triple":
            mult = 3
        elif t == "for" and prev is not None and len(prev) == 1 and prev.isalpha() and prev != "o":
            i += 1  # "b for bravo": skip the example word
        elif t == "as" and prev is not None and len(prev) == 1 and i < len(toks) and toks[i] == "in":
            i += 2  # "b as in bravo"
        elif t in UNITS:
            emit(str(UNITS[t]))
        elif t in TEEN_V:
            emit(str(TEEN_V[t]))
        elif t in TENS_V:
            if i < len(toks) and toks[i] in UNITS and UNITS[toks[i]] != 0:
                emit(str(TENS_V[t]) + str(UNITS[toks[i]]))
                i += 1
            else:
                emit(str(TENS_V[t]) + "0")
        elif t == "hundred":
            emit("00")
        elif t in NATO:
            emit(NATO[t])
        elif t in LETTER_HOMO:
            emit(LETTER_HOMO[t])
        else:
            for ch in t:
                emit(ch)
        prev = t
    return "".join(out).upper()


def norm_email(text):
    toks = re.findall(r"[a-z0-9]+|[@._\-]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        i += 1
        if t == "at":
            out.append("@")
        elif t == "dot":
            out.append(".")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in UNITS and t not in ("o", "to", "too", "won", "ate"):
            out.append(str(UNITS[t]))
        elif t in TENS_V:
            if i < len(toks) and toks[i] in UNITS and UNITS[toks[i]] != 0:
                out.append(str(TENS_V[t]) + str(UNITS[toks[i]]))
                i += 1
            else:
                out.append(str(TENS_V[t]) + "0")
        elif t in TEEN_V:
            out.append(str(TEEN_V[t]))
        else:
            out.append(t)
    return "".join(out)


# ---------------------------------------------------------------- validators
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


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
EIR_RE = re.compile(r"([AC-FHKNPRTV-Y]\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}")
ZIP_RE = re.compile(r"\d{5}(\d{4})?")


def ni_ok(s):
    return bool(NI_RE.fullmatch(s)) and s[:2] not in NI_BAD


def digits(s):
    return re.sub(r"\D", "", s)


def validate_value(typ, canon):
    """Validate a canonical (normalised) value. Returns an error string or ''."""
    d = digits(canon)
    if typ == "CARD_NUMBER":
        return "" if d == canon and 13 <= len(d) <= 19 and luhn_ok(d) else "bad card"
    if typ == "CVV":
        return "" if d == canon and len(d) in (3, 4) else "bad cvv"
    if typ == "SSN":
        return "" if d == canon and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" \
            and d[3:5] != "00" and d[5:] != "0000" else "bad ssn"
    if typ == "NI_NUMBER":
        return "" if ni_ok(canon) else "bad ni"
    if typ == "BANK_ACCOUNT":
        return "" if d == canon and 6 <= len(d) <= 12 else "bad account"
    if typ == "SORT_CODE":
        return "" if d == canon and len(d) == 6 else "bad sort code"
    if typ == "IBAN":
        return "" if iban_ok(canon) else "bad iban"
    if typ == "PHONE":
        return "" if d == canon and 9 <= len(d) <= 15 else "bad phone"
    if typ == "POSTCODE":
        return "" if UKPC_RE.fullmatch(canon) or EIR_RE.fullmatch(canon) or ZIP_RE.fullmatch(canon) \
            else "bad postcode"
    if typ == "EMAIL":
        return "" if re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", canon) else "bad email"
    if typ == "EXPIRY":
        if d == canon and len(d) in (3, 4, 6):
            return "" if 1 <= int(d[:-2] if len(d) < 6 else d[:2]) <= 12 else "bad expiry month"
        return "bad expiry"
    return ""


def loose_check(typ, text):
    t = text.lower()
    if typ == "DOB":
        has_month = any(re.search(r"\b%s" % m[:3], t) for m in MONTHS)
        nd = len(digits(t))
        has_num = nd >= 4 or any(w in t.split() for w in list(UNITS) + list(TEEN_V) + list(TENS_V))
        return "" if (has_month and (nd or has_num)) or nd >= 4 or \
            len(norm_code(t)) >= 4 else "bad dob"
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", t))
        has_num = bool(re.search(r"\d", t)) or bool(words & (set(UNITS) | set(TEEN_V) | set(TENS_V)))
        return "" if has_num and words & STREET_WORDS else "bad address"
    if typ == "EXPIRY":
        return "" if any(m in t for m in MONTHS) or re.search(r"\b(%s)\b" % "|".join(m.lower() for m in MON3), t) \
            else "bad expiry words"
    return ""


# ---------------------------------------------------------------- case building
class V:
    """One PII value; its text may be split into several spans."""

    def __init__(self, typ, canon, check="exact"):
        self.typ = typ
        self.canon = canon
        self.check = check  # exact | loose | fragment
        self.spans = []


def build(kind, turns, note):
    out_turns, spans, vals = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, tuple)):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                v, s = seg
                assert s and s == s.strip(), repr(s)
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(s), "type": v.typ})
                v.spans.append((ti, len(text), len(text) + len(s)))
                if v not in vals:
                    vals.append(v)
                text += s
        out_turns.append({"speaker": spk, "text": text})
    spans.sort(key=lambda x: (x["turn"], x["start"]))
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note, "_vals": vals}


A, C = "agent", "customer"

# ---------------------------------------------------------------- spoken forms


def zero_word():
    return pick(["oh", "oh", "oh", "zero", "nought", "o"])


def say_digit(c, zw):
    return zw if c == "0" else DW[int(c)]


def say_digits(s, doubles=0.35, zw=None, homo=0.0):
    zw = zw or zero_word()
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and chance(doubles):
            out.append("triple " + say_digit(c, zw))
            i += 3
        elif i + 1 < len(s) and s[i + 1] == c and chance(doubles):
            out.append("double " + say_digit(c, zw))
            i += 2
        else:
            w = say_digit(c, zw)
            if homo and out and chance(homo):
                w = {"2": "to", "4": "for", "8": "ate"}.get(c, w)
            out.append(w)
            i += 1
    return " ".join(out)


def say_pairs(s, zw=None):
    zw = zw or zero_word()
    out = []
    i = 0
    if len(s) % 2:
        out.append(say_digit(s[0], zw))
        i = 1
    while i < len(s):
        a, b = s[i], s[i + 1]
        if a == "0":
            out.append("double " + zw if b == "0" else zw + " " + say_digit(b, zw))
        elif a == "1":
            out.append(TEENS[int(b)])
        elif b == "0":
            out.append(TENS[int(a)])
        else:
            out.append(TENS[int(a)] + " " + DW[int(b)])
        i += 2
    return " ".join(out)


def say_hundreds(s, zw=None):
    """4-digit group ending 00 -> 'seventy two hundred'."""
    zw = zw or zero_word()
    if len(s) == 4 and s.endswith("00") and s[0] != "0":
        return say_pairs(s[:2], zw) + " hundred"
    if len(s) == 4 and s.endswith("00"):
        return zw + " " + say_digit(s[1], zw) + " hundred"
    return say_digits(s, zw=zw)


def say_code(s, style=None, zw=None, homo=0.0):
    """Spoken rendering of a digit string, verified by the normaliser."""
    zw = zw or zero_word()
    style = style or pick(["digits", "digits", "digits", "pairs", "mixed"])
    if style == "pairs":
        r = say_pairs(s, zw)
    elif style == "mixed":
        r = " ".join(say_pairs(s[i:i + 2], zw) if chance(0.5) else say_digits(s[i:i + 2], zw=zw)
                     for i in range(0, len(s), 2)) if len(s) % 2 == 0 else say_digits(s, zw=zw)
    elif style == "hundreds":
        r = say_hundreds(s, zw)
    else:
        r = say_digits(s, zw=zw, homo=homo)
    if norm_code(r) != s:
        r = say_digits(s, zw=zw, doubles=0)
    assert norm_code(r) == s, (r, s)
    return r


def say_groups(s, sizes, style=None, zw=None, sep=" ", homo=0.0):
    """Split s by group sizes and speak each group; returns list of strings."""
    zw = zw or zero_word()
    parts, i = [], 0
    for n in sizes:
        parts.append(s[i:i + n])
        i += n
    assert i == len(s)
    spoken = [say_code(p, style=style, zw=zw, homo=homo) for p in parts]
    if norm_code(" ".join(spoken)) != s:
        spoken = [say_digits(p, zw=zw, doubles=0) for p in parts]
    return spoken


def say_letter(ch, style):
    ch = ch.lower()
    nato = [k for k, v in NATO.items() if v == ch and k not in ("alfa", "whisky")][0]
    if style == "plain":
        return ch
    if style == "for":
        return "%s for %s" % (ch, nato)
    if style == "asin":
        return "%s as in %s" % (ch, nato)
    if style == "nato":
        return nato
    if style == "homo":
        return pick(LETTER_SAY[ch]) if ch in LETTER_SAY else ch
    return ch


def say_letters(s, style=None):
    style = style or pick(["plain", "plain", "for", "asin", "nato"])
    if style == "plain" and len(s) == 2 and s[0] == s[1] and chance(0.5):
        return "double " + s[0].lower()
    return " ".join(say_letter(c, style) for c in s)


def tw(n):
    """Number 0-99 as words."""
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])


def typo_case(s):
    return pick([s, s.lower(), s.upper()])


# ---------------------------------------------------------------- value pools
FIRST = ["siobhan", "ciaran", "aoife", "declan", "niamh", "gareth", "rhian", "callum", "fiona",
         "priya", "tom", "sarah", "mark", "emma", "sean", "orla", "david", "karen", "liam",
         "grace", "dylan", "megan", "rory", "hannah", "imran", "zara", "kevin", "lucy", "paddy",
         "eilidh"]
LAST = ["murphy", "kelly", "o'brien", "walsh", "byrne", "jones", "evans", "patel", "smith",
        "taylor", "campbell", "mcdonald", "hughes", "doyle", "brennan", "khan", "wilson",
        "fitzgerald", "morgan", "quinn", "reid", "clarke", "nolan", "ahmed", "lynch"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "eircom.net", "outlook.com",
           "btinternet.com", "icloud.com", "sky.com", "live.ie", "yahoo.co.uk"]
STREETS = ["carlton", "mill", "station", "church", "victoria", "ashgrove", "kings", "queens",
           "park", "manor", "orchard", "beech", "willow", "castle", "harbour", "meadow", "oak",
           "glebe", "clifton", "abbey", "college", "priory", "rosemount", "woodvale", "seaview"]
SUFFIX = ["road", "street", "lane", "avenue", "close", "crescent", "drive", "gardens",
          "terrace", "way", "grove", "park", "place", "court"]
UK_TOWN = {"SW1A": "London", "M1": "Manchester", "B33": "Birmingham", "LS6": "Leeds", "CF10": "Cardiff",
           "EH3": "Edinburgh", "G12": "Glasgow", "BS8": "Bristol", "NE1": "Newcastle", "L18": "Liverpool",
           "CR2": "South Croydon", "W1T": "London", "EC1V": "London", "BT9": "Belfast", "SE15": "Peckham",
           "N16": "Stoke Newington", "WR1": "Worcester", "CB2": "Cambridge", "PL4": "Plymouth", "S10": "Sheffield",
           "NG7": "Nottingham", "BT47": "Derry", "SA1": "Swansea", "AB10": "Aberdeen", "DD1": "Dundee",
           "RG1": "Reading", "M20": "Didsbury", "LE3": "Leicester", "HU5": "Hull", "TN23": "Ashford",
           "KT2": "Kingston", "E17": "Walthamstow"}
EIR_TOWN = {"D02": "Dublin 2", "D04": "Ballsbridge, Dublin 4", "D08": "Dublin 8", "D15": "Blanchardstown, Dublin 15",
            "D24": "Tallaght, Dublin 24", "D6W": "Terenure, Dublin 6W", "T12": "Cork", "T23": "Ballincollig, Co. Cork",
            "H91": "Galway", "V94": "Limerick", "A94": "Blackrock, Co. Dublin", "F92": "Letterkenny",
            "K78": "Lucan, Co. Dublin", "W91": "Naas, Co. Kildare", "X91": "Waterford", "N37": "Athlone",
            "R95": "Kilkenny", "Y35": "Wexford", "P85": "Clonakilty", "E91": "Clonmel"}
UK_OUT = ["SW1A", "M1", "B33", "LS6", "CF10", "EH3", "G12", "BS8", "NE1", "L18", "CR2", "W1T",
          "EC1V", "BT9", "SE15", "N16", "WR1", "CB2", "PL4", "S10", "NG7", "BT47", "SA1", "AB10",
          "DD1", "RG1", "M20", "LE3", "HU5", "TN23", "KT2", "E17"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"
EIR_RK = ["D02", "D04", "D08", "D15", "D24", "D6W", "T12", "T23", "H91", "V94", "A94", "F92",
          "K78", "W91", "X91", "N37", "R95", "Y35", "P85", "E91"]
EIR_U = "0123456789ACDEFHKNPRTVWXY"
INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]


def r_digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randrange(1, 10)) + s[1:]
    return s


def r_card(kind=None):
    kind = kind or pick(["visa", "visa", "visa", "mc", "mc", "amex", "maestro", "discover", "visa13"])
    if kind == "visa":
        return luhn_complete("4" + r_digits(5), 16), kind
    if kind == "visa13":
        return luhn_complete("4" + r_digits(3), 13), kind
    if kind == "mc":
        return luhn_complete(pick(["51", "52", "53", "54", "55", "2221", "2720"]) + r_digits(2), 16), kind
    if kind == "amex":
        return luhn_complete(pick(["34", "37"]) + r_digits(4), 15), kind
    if kind == "maestro":
        return luhn_complete(pick(["6759", "6763"]) + r_digits(2), pick([16, 18, 19])), kind
    return luhn_complete("6011" + r_digits(2), 16), kind


def card_groups(n, kind):
    if kind == "amex":
        return [4, 6, 5]
    if n == 16:
        return [4, 4, 4, 4]
    if n == 13:
        return [4, 4, 5]
    if n == 18:
        return [4, 4, 4, 6]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [n]


def r_ni():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = pick(first) + pick(second)
        if p not in NI_BAD and p.lower() not in VOCAB:
            break
    s = p + r_digits(6) + pick("ABCD")
    assert ni_ok(s)
    return s


def r_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


def r_sort():
    return pick(["20", "40", "30", "60", "77", "83", "90", "93", "09", "11", "16", "08", "98"]) + r_digits(4)


def r_uk_mobile():
    return "07" + pick(["7", "8", "9", "4", "5"]) + r_digits(8)


def r_uk_land():
    return pick(["020" + pick("378") + r_digits(7), "0161" + r_digits(7), "0121" + r_digits(7),
                 "0131" + r_digits(7), "0141" + r_digits(7), "028" + pick("9") + r_digits(7),
                 "01632" + r_digits(6), "0113" + r_digits(7), "029" + "2" + r_digits(7)])


def r_ie_mobile():
    return "08" + pick("35679") + r_digits(7)


def r_ie_land():
    return pick(["01" + r_digits(7), "021" + r_digits(7), "091" + r_digits(6), "061" + r_digits(6)])


def r_us_phone():
    return pick("2345678") + r_digits(2) + pick("2345678") + r_digits(6)


def r_ukpc():
    while True:
        inward = str(R.randrange(10)) + pick(INWARD_L) + pick(INWARD_L)
        if inward[1:].lower() not in VOCAB:
            break
    return pick(UK_OUT), inward


def r_eir():
    return pick(EIR_RK), "".join(pick(EIR_U) for _ in range(4))


def r_zip():
    return pick(["1", "2", "3", "6", "7", "9", "0", "4"]) + r_digits(4)


def r_iban(cc=None):
    cc = cc or pick(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        bban = pick(["NWBK", "BARC", "HBUK", "MIDL", "NAIA", "SCBL"]) + r_digits(14)
    elif cc == "IE":
        bban = pick(["AIBK", "IPBS", "ULSB", "BKIR"]) + r_digits(14)
    elif cc == "DE":
        bban = r_digits(18)
    elif cc == "NL":
        bban = pick(["ABNA", "INGB", "RABN", "TRIS"]) + r_digits(10)
    elif cc == "ES":
        bban = r_digits(20)
    else:
        bban = r_digits(23)
    s = iban_make(cc, bban)
    assert iban_ok(s)
    return s


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def r_email(spoken=False):
    f, l = pick(FIRST), pick(LAST).replace("'", "")
    user = pick([f + "." + l, f[0] + l, f + l + str(R.randrange(1, 99)), f + "_" + l,
                 l + f[0], f + "." + l + str(R.randrange(60, 99)), f + "-" + l])
    return user + "@" + pick(DOMAINS)


def say_email(e):
    user, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._\-]", user):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(pick(["dash", "hyphen"]))
        elif tok.isdigit():
            parts.append(say_pairs(tok, "zero") if len(tok) == 2 and chance(0.6) else say_digits(tok, zw="zero", doubles=0))
        elif len(tok) == 1 or (len(tok) <= 4 and chance(0.3)):
            parts.append(" ".join(tok))
        else:
            parts.append(tok)
    d = " dot ".join(dom.split("."))
    r = " ".join(parts) + " at " + d
    assert norm_email(r) == e, (r, e)
    return r


def r_street():
    return pick(STREETS), pick(SUFFIX)


def r_dob():
    y = R.randrange(1941, 2005)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return d, m, y


def say_year(y, short=False):
    if short:
        return tw(y % 100) if y % 100 >= 10 else "oh " + DW[y % 100]
    if y >= 2000:
        return pick(["two thousand and " + tw(y - 2000), "two thousand " + tw(y - 2000)]) if y > 2000 else "two thousand"
    return tw(y // 100) + " " + (tw(y % 100) if y % 100 >= 10 else "oh " + DW[y % 100])


def spoken_dob(d, m, y):
    style = pick(["ord", "ord", "num", "us", "digits", "short"])
    if style == "ord":
        return pick(["the %s of %s %s", "%s of %s %s", "%s %s %s"]) % (ORD[d - 1], MONTHS[m - 1], say_year(y))
    if style == "num":
        return "%s %s %s" % (tw(d), say_pairs("%02d" % m, "oh"), say_year(y, short=chance(0.5)))
    if style == "us":
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y))
    if style == "digits":
        return say_digits("%02d%02d%d" % (d, m, y), doubles=0.2)
    return "%s %s %s" % (tw(d), MONTHS[m - 1], say_year(y, short=True))


def typed_dob(d, m, y, us=False):
    style = pick(["slash", "slash", "dot", "words", "dash", "short"])
    a, b = (m, d) if us else (d, m)
    if style == "slash":
        return "%02d/%02d/%d" % (a, b, y)
    if style == "dot":
        return "%d.%d.%d" % (a, b, y)
    if style == "dash":
        return "%02d-%02d-%d" % (a, b, y)
    if style == "short":
        return "%d/%d/%02d" % (a, b, y % 100)
    return pick(["%d %s %d", "%d %s %d"]) % (d, pick([MONTHS[m - 1].title(), MON3[m - 1]]), y)


# ---------------------------------------------------------------- small talk
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "yeah", "right", "got that", "uh huh", "lovely", "grand"]
AMOUNTS_SP = ["forty two pounds fifty", "a hundred and twelve euro", "sixty pounds", "two hundred and nine pounds thirty",
              "eighty five euro forty", "nineteen ninety nine", "three hundred and forty pounds"]
AMOUNTS_TY = ["£42.50", "€112.00", "£60", "£209.30", "€85.40", "£19.99", "£340", "€1,250.00", "£7.45"]


def amount_sp():
    return pick(AMOUNTS_SP)


def amount_ty():
    return pick(AMOUNTS_TY)


def ref_sp(word):
    return "%s %s" % (word, say_digits(r_digits(R.randrange(6, 10)), doubles=0.2))


# ---------------------------------------------------------------- positive templates
def spoken_expiry():
    m, y = R.randrange(1, 13), R.randrange(25, 32)
    st = pick(["num", "num", "words", "digits"])
    if st == "num":
        txt = "%s %s" % (say_pairs("%02d" % m), tw(y))
        return V("EXPIRY", "%02d%02d" % (m, y)), txt
    if st == "digits":
        txt = say_digits("%02d%02d" % (m, y), doubles=0)
        return V("EXPIRY", "%02d%02d" % (m, y)), txt
    txt = "%s twenty %s" % (MONTHS[m - 1], tw(y)) if chance(0.5) else "%s %s" % (MONTHS[m - 1], tw(y))
    return V("EXPIRY", txt, "loose"), txt


def typed_expiry():
    m, y = R.randrange(1, 13), R.randrange(25, 32)
    txt = pick(["%02d/%02d", "%02d/%02d", "%d/%02d", "%02d-%02d", "%02d/20%02d", "%02d %02d"]) % (m, y)
    return V("EXPIRY", digits(txt)), txt


def p_card_call_one():
    ind = pick(["retail", "utilities", "telecom", "insurance", "travel", "healthcare billing"])
    card, kind = r_card()
    g = card_groups(len(card), kind)
    spoken = say_groups(card, g, style=pick(["digits", "digits", "pairs", "mixed"]), homo=0.15)
    cv = V("CARD_NUMBER", card)
    ev, et = spoken_expiry()
    cvv = r_digits(4 if kind == "amex" else 3)
    vv = V("CVV", cvv)
    lead = pick(["yeah it's ", "okay so it's ", "right ", "it's a visa " if kind.startswith("visa") else "it's a mastercard " if kind == "mc" else "it's ", "", "um ", "the long number is "])
    turns = [
        (A, "the amount today is %s so whenever you're ready with the long number on the card" % amount_sp()),
        (C, [lead, (cv, " ".join(spoken)), pick(["", " that's it", " and that's the lot"])]),
        (A, "thank you and the expiry"),
        (C, [pick(["", "it's ", "expires ", "um "]), (ev, et)]),
        (A, "and the three digits on the back" if kind != "amex" else "and the four digit code on the front"),
        (C, [pick(["", "that's ", "it's "]), (vv, say_digits(cvv, doubles=0.3))]),
    ]
    return build("positive", turns, "call/%s: %s card read in one turn, then expiry and security code" % (ind, kind))


def p_card_call_split():
    ind = pick(["utilities", "telecom", "retail", "insurance", "government services"])
    card, kind = r_card(pick(["visa", "mc", "mc", "maestro", "amex"]))
    g = card_groups(len(card), kind)
    spoken = say_groups(card, g, style=pick(["digits", "pairs", "mixed", "digits"]))
    cv = V("CARD_NUMBER", card)
    turns = [(A, "okay go ahead with the card number when you're ready")]
    for i, sp in enumerate(spoken):
        pre = pick(["", "", "um ", "right ", "then "]) if i else pick(["", "okay ", "so "])
        post = pick(["", "", " um", " yeah"])
        turns.append((C, [pre, (cv, sp), post]))
        if i < len(spoken) - 1:
            turns.append((A, pick(BACK)))
    ev, et = spoken_expiry()
    turns.append((A, "lovely and the expiry date on that"))
    turns.append((C, [pick(["", "it's ", "end of "]), (ev, et)]))
    return build("positive", turns, "call/%s: %s card split over %d customer turns with back-channels" % (ind, kind, len(spoken)))


def p_card_chat():
    ind = pick(["retail", "telecom", "travel", "utilities", "insurance"])
    card, kind = r_card()
    g = card_groups(len(card), kind)
    sep = pick([" ", " ", "-", "", "  ", "."])
    parts, i = [], 0
    for n in g:
        parts.append(card[i:i + n])
        i += n
    txt = sep.join(parts) if sep != "" else card
    cv = V("CARD_NUMBER", card)
    ev, et = typed_expiry()
    cvv = r_digits(4 if kind == "amex" else 3)
    vv = V("CVV", cvv)
    form = pick(["a", "b", "c"])
    if form == "a":
        turns = [(A, "Please can you type the card details you would like to use? The total is %s." % amount_ty()),
                 (C, ["card ", (cv, txt), " exp ", (ev, et), " cvv ", (vv, cvv)])]
    elif form == "b":
        turns = [(C, ["hi can i pay my bill of %s with this card " % amount_ty(), (cv, txt)]),
                 (A, "Thanks! Could you also send the expiry date and the security code?"),
                 (C, [(ev, et), pick([" and ", ", ", " / "]), (vv, cvv)])]
    else:
        turns = [(C, ["Number: ", (cv, txt), "\nExpiry: ", (ev, et), "\nSec code: ", (vv, cvv), "\nthanks"])]
    return build("positive", turns, "chat/%s: %s card typed with separator %r plus expiry and CVV" % (ind, kind, sep))


def p_card_correction():
    ind = pick(["retail", "utilities", "travel"])
    card, kind = r_card(pick(["visa", "mc"]))
    cv = V("CARD_NUMBER", card)
    wrong = V("CARD_NUMBER", "", "fragment")
    a = say_digits(card[:8], zw="oh", doubles=0)
    bad = card[8:12][:3] + str((int(card[11]) + 3) % 10)
    b_wrong = say_digits(bad, zw="oh", doubles=0)
    b = say_digits(card[8:12], zw="oh", doubles=0)
    c = say_digits(card[12:], zw="oh", doubles=0)
    turns = [(A, "can i take the card number please"),
             (C, [(cv, a), " ", (wrong, b_wrong), " no sorry ", (cv, b), " ", (cv, c)]),
             (A, ["okay let me read that back ", (V("CARD_NUMBER", card), say_digits(card, zw="oh", doubles=0.5))]),
             (C, "yes that's right")]
    return build("positive", turns, "call/%s: card with mid-number self-correction and agent read-back; wrong group labelled too" % ind)


def p_ni_call():
    ind = pick(["government services", "banking", "insurance", "utilities"])
    ni = r_ni()
    v = V("NI_NUMBER", ni)
    style = pick(["plain", "plain", "for", "asin", "nato"])
    body = say_code(ni[2:8], style=pick(["digits", "digits", "pairs", "mixed"]))
    txt = "%s %s %s" % (say_letters(ni[:2], style), body, say_letter(ni[8], style if style != "plain" or chance(0.7) else "for"))
    assert norm_code(txt) == ni, (txt, ni)
    lead = pick(["yeah it's ", "it's ", "um ", "okay so ", "", "my national insurance is "])
    turns = [(A, pick(["can i take your national insurance number please",
                       "and for security can you confirm your n i number",
                       "what's your national insurance number"])),
             (C, [lead, (v, txt), pick(["", " i think", " yeah"])])]
    if chance(0.4):
        turns.append((A, ["so that's ", (V("NI_NUMBER", ni), "%s %s %s" % (say_letters(ni[:2], "plain"), say_code(ni[2:8], style="pairs"), ni[8].lower()))]))
        turns.append((C, "that's it yeah"))
    return build("positive", turns, "call/%s: NI number spoken, letters %s" % (ind, style))


def p_ni_chat():
    ind = pick(["government services", "banking", "insurance", "healthcare billing"])
    ni = r_ni()
    v = V("NI_NUMBER", ni)
    f = pick(["compact", "spaced", "dash", "lower", "mixed", "pairs_sp"])
    if f == "compact":
        t = ni
    elif f == "spaced":
        t = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif f == "dash":
        t = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif f == "lower":
        t = ni.lower()
    elif f == "mixed":
        t = ni[:2].lower() + " " + ni[2:8] + " " + ni[8]
    else:
        t = ni[:2] + ni[2:8] + " " + ni[8].lower()
    msg = pick([["my NI number is ", (v, t)], ["NI no: ", (v, t), " thanks"], ["its ", (v, t), " i think"],
                ["National Insurance ", (v, t), ". my reference from the letter is ", "REF " + r_digits(7)],
                [(v, t)]])
    turns = [(A, "To find your record could you share your National Insurance number?"), (C, msg)]
    return build("positive", turns, "chat/%s: NI number typed %s" % (ind, f))


def p_ni_split():
    ind = pick(["government services", "banking", "insurance"])
    ni = r_ni()
    v = V("NI_NUMBER", ni)
    style = pick(["plain", "for", "nato"])
    turns = [(A, "and your national insurance number"),
             (C, [pick(["it's ", "okay ", ""]), (v, say_letters(ni[:2], style))]),
             (A, pick(BACK)),
             (C, [(v, say_code(ni[2:5], style="digits"))]),
             (A, pick(BACK)),
             (C, [(v, say_code(ni[5:8], style="digits")), " ", (v, say_letter(ni[8], style if style != "plain" else "for"))])]
    return build("positive", turns, "call/%s: NI number split over three customer turns" % ind)


def p_ssn_call():
    ind = pick(["healthcare billing", "insurance", "banking", "government services"])
    s = r_ssn()
    v = V("SSN", s)
    form = pick(["one", "one", "split", "pairs"])
    if form == "one":
        t = " ".join(say_groups(s, [3, 2, 4], style="digits", homo=0.1))
        turns = [(A, "can you verify the social security number on the account"),
                 (C, [pick(["sure it's ", "yeah ", "it's ", "um "]), (v, t)])]
    elif form == "pairs":
        g = say_groups(s, [3, 2, 4], style=pick(["pairs", "mixed"]))
        turns = [(A, "and your social please"), (C, [pick(["", "okay ", "that'd be "]), (v, " ".join(g))]),
                 (A, "thank you and the zip code on file"), (C, [(V("POSTCODE", z := r_zip()), say_digits(z, zw="zero"))])]
    else:
        g = say_groups(s, [3, 2, 4], style="digits")
        turns = [(A, "i'll need the full social security number"), (C, [(v, g[0])]), (A, pick(BACK)),
                 (C, [(v, g[1])]), (A, pick(BACK)), (C, [(v, g[2]), pick(["", " and that's it"])])]
    return build("positive", turns, "call/%s: US SSN spoken (%s)" % (ind, form))


def p_ssn_chat():
    ind = pick(["healthcare billing", "insurance", "banking", "government services", "retail"])
    s = r_ssn()
    v = V("SSN", s)
    f = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"])
    t = f % (s[:3], s[3:5], s[5:])
    msg = pick([["SSN ", (v, t)], ["my social is ", (v, t), " and my claim no is CLM-" + r_digits(6)],
                ["ssn: ", (v, t), " dob ", (V("DOB", "", "loose"), typed_dob(*r_dob(), us=True))],
                [(v, t), " (social security)"]])
    turns = [(A, "To verify your identity please provide your Social Security number."), (C, msg)]
    return build("positive", turns, "chat/%s: SSN typed" % ind)


def p_bank_call():
    ind = pick(["banking", "utilities", "insurance", "telecom", "government services"])
    sc, acct = r_sort(), r_digits(8)
    sv, av = V("SORT_CODE", sc), V("BANK_ACCOUNT", acct)
    sc_t = say_code(sc, style=pick(["pairs", "pairs", "digits", "mixed"]))
    ac_t = " ".join(say_groups(acct, pick([[8], [4, 4], [2, 2, 2, 2], [3, 5]]), style=pick(["digits", "digits", "pairs"]), homo=0.1))
    form = pick(["one", "two", "readback"])
    if form == "one":
        turns = [(A, "to set up the direct debit i need the sort code and account number"),
                 (C, ["sort code ", (sv, sc_t), " account number ", (av, ac_t)])]
    elif form == "two":
        turns = [(A, "what's the sort code"), (C, [pick(["it's ", "", "um "]), (sv, sc_t)]),
                 (A, "and the account number"), (C, [pick(["", "that's "]), (av, ac_t), pick(["", " and it's a current account"])])]
    else:
        turns = [(A, "go ahead with the bank details"),
                 (C, [(sv, sc_t), " and then ", (av, ac_t)]),
                 (A, ["so the sort code is ", (V("SORT_CODE", sc), say_code(sc, style="pairs")), " and account ", (V("BANK_ACCOUNT", acct), say_code(acct, style="digits"))]),
                 (C, "yes")]
    return build("positive", turns, "call/%s: UK sort code and account number for direct debit (%s)" % (ind, form))


def p_bank_chat():
    ind = pick(["banking", "utilities", "insurance", "telecom"])
    sc, acct = r_sort(), r_digits(8)
    sv, av = V("SORT_CODE", sc), V("BANK_ACCOUNT", acct)
    sct = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
    act = pick([acct, acct[:4] + " " + acct[4:], acct])
    msg = pick([["sort code ", (sv, sct), " acc no ", (av, act)], ["SC: ", (sv, sct), "\nAccount: ", (av, act)],
                ["its ", (sv, sct), " / ", (av, act)], ["acct ", (av, act), " sort ", (sv, sct), " (joint account)"]])
    turns = [(A, "Please send the bank details for the refund of %s." % amount_ty()), (C, msg)]
    return build("positive", turns, "chat/%s: sort code and account typed" % ind)


def p_iban():
    ind = pick(["banking", "travel", "insurance", "utilities", "retail"])
    cc = pick(["GB", "IE", "IE", "DE", "NL", "ES", "FR", "GB"])
    ib = r_iban(cc)
    v = V("IBAN", ib)
    if chance(0.55):
        t = pick([group4(ib), ib, group4(ib).lower(), group4(ib, "-")])
        turns = [(A, "Could you send the IBAN for the account the refund should go to?"),
                 (C, [pick(["IBAN ", "it's ", "here: ", ""]), (v, t), pick(["", " thanks", " (%s)" % {"IE": "bank of ireland", "GB": "uk account", "DE": "german account",
                                                                                    "NL": "dutch account", "ES": "spanish account", "FR": "french account"}[cc]])])]
        note = "chat/%s: %s IBAN typed" % (ind, cc)
    else:
        letters = say_letters(ib[:2], pick(["plain", "for"]))
        chunks = [ib[2:4]] + [ib[i:i + 4] for i in range(4, len(ib), 4)]
        sp = []
        for ch in chunks:
            if ch.isdigit():
                sp.append(say_code(ch, style=pick(["digits", "pairs"])))
            else:
                sp.append(" ".join(say_letter(c, "plain") if c.isalpha() else say_digit(c, "zero") for c in ch))
        full = letters + " " + " ".join(sp)
        assert norm_code(full) == ib, (full, ib)
        half = len(sp) // 2
        turns = [(A, "can you read me the iban please"),
                 (C, [(v, letters + " " + " ".join(sp[:half]))]), (A, pick(BACK)),
                 (C, [(v, " ".join(sp[half:]))])]
        note = "call/%s: %s IBAN read in two customer turns" % (ind, cc)
    return build("positive", turns, note)


def sp_phone(num, intl=None):
    """Speak a phone number; returns text and canonical digits."""
    if intl:
        cc, rest = intl
        t = pick(["plus ", "double oh ", ""]) + say_digits(cc, doubles=0) + " " + " ".join(
            say_groups(rest, [len(rest)], style=pick(["digits", "digits", "mixed"])))
        canon = norm_code(t)
        return t, canon
    g = {11: [5, 6], 10: [3, 3, 4], 9: [2, 3, 4]}.get(len(num), [len(num)])
    if num.startswith("02") and len(num) == 11:
        g = [3, 4, 4]
    t = " ".join(say_groups(num, g, style=pick(["digits", "digits", "pairs", "mixed", "hundreds"]), homo=0.1))
    return t, num


def p_phone_call():
    ind = pick(["telecom", "utilities", "banking", "retail", "insurance", "healthcare billing"])
    kind = pick(["ukm", "ukm", "ukl", "iem", "iem", "iel", "intl44", "intl353", "us"])
    if kind == "ukm":
        t, c = sp_phone(r_uk_mobile())
    elif kind == "ukl":
        t, c = sp_phone(r_uk_land())
    elif kind == "iem":
        t, c = sp_phone(r_ie_mobile())
    elif kind == "iel":
        t, c = sp_phone(r_ie_land())
    elif kind == "intl44":
        t, c = sp_phone(None, ("44", r_uk_mobile()[1:]))
    elif kind == "intl353":
        t, c = sp_phone(None, ("353", r_ie_mobile()[1:]))
    else:
        n = r_us_phone()
        t, c = " ".join(say_groups(n, [3, 3, 4], style=pick(["digits", "hundreds"]))), n
    v = V("PHONE", c)
    form = pick(["one", "split", "contact"])
    if form == "one":
        turns = [(A, pick(["what's the best number to reach you on", "can i get a contact number", "and a mobile number in case we get cut off"])),
                 (C, [pick(["yeah it's ", "it's ", "um ", "", "best is my mobile "]), (v, t)])]
    elif form == "split":
        w = t.split()
        k = max(2, len(w) // 2)
        turns = [(A, "whats the phone number on the account"), (C, [(v, " ".join(w[:k]))]), (A, pick(BACK)),
                 (C, [(v, " ".join(w[k:])), pick(["", " yeah", " that's the mobile"])])]
    else:
        turns = [(A, "the engineer will call about forty minutes before arriving so which number should he use"),
                 (C, ["ring me on ", (v, t), " i'm usually in after six"])]
    return build("positive", turns, "call/%s: phone %s spoken (%s)" % (ind, kind, form))


def p_phone_chat():
    ind = pick(["telecom", "utilities", "retail", "travel", "banking"])
    kind = pick(["ukm", "ukl", "iem", "intl44", "intl353", "us"])
    if kind == "ukm":
        n = r_uk_mobile()
        t = pick([n, n[:5] + " " + n[5:], n[:5] + " " + n[5:8] + " " + n[8:]])
    elif kind == "ukl":
        n = r_uk_land()
        t = pick([n, "(" + n[:4] + ") " + n[4:], n[:4] + " " + n[4:7] + " " + n[7:]])
    elif kind == "iem":
        n = r_ie_mobile()
        t = pick([n, n[:3] + " " + n[3:6] + " " + n[6:], n[:3] + "-" + n[3:]])
    elif kind == "intl44":
        m = r_uk_mobile()[1:]
        n = "44" + m
        t = pick(["+44 " + m[:4] + " " + m[4:], "+44" + m, "0044 " + m, "+44 (0)" + m[:4] + " " + m[4:]])
        n = digits(t)
    elif kind == "intl353":
        m = r_ie_mobile()[1:]
        t = pick(["+353 " + m[:2] + " " + m[2:5] + " " + m[5:], "+353" + m, "00353 " + m])
        n = digits(t)
    else:
        n = r_us_phone()
        t = pick(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "+1 %s %s %s" % (n[:3], n[3:6], n[6:])])
        n = digits(t)
    v = V("PHONE", n)
    msg = pick([["you can call me on ", (v, t)], ["my number is ", (v, t), " after 5pm pls"], ["mob: ", (v, t)],
                ["new number ", (v, t), " old one is gone"]])
    turns = [(A, "Is there a phone number we can reach you on?"), (C, msg)]
    return build("positive", turns, "chat/%s: phone %s typed" % (ind, kind))


def p_email():
    ind = pick(INDUSTRY)
    e = r_email()
    if chance(0.5):
        t = say_email(e)
        v = V("EMAIL", e)
        turns = [(A, "and what email address should we send the confirmation to"),
                 (C, [pick(["it's ", "yeah ", "um ", ""]), (v, t)])]
        if chance(0.4):
            turns.append((A, ["so that's ", (V("EMAIL", e), say_email(e))]))
            turns.append((C, "yep"))
        note = "call/%s: e-mail spoken with dot/at words" % ind
    else:
        t = pick([e, e, e.upper() if chance(0.2) else e.title(), e])
        v = V("EMAIL", e)
        turns = [(A, "What's the best email for you?"), (C, [pick(["", "its ", "email: ", "use "]), (v, t), pick(["", " thanks", " please"])])]
        note = "chat/%s: e-mail typed" % ind
    return build("positive", turns, note)


def uk_pc_spoken(out, inw):
    st = pick(["plain", "plain", "nato", "for"])
    parts = []
    for ch in out + inw:
        if ch.isdigit():
            parts.append(DW[int(ch)] if ch != "0" else "zero")
        else:
            parts.append(say_letter(ch, st if st != "for" or chance(0.5) else "plain"))
    # ASR often merges the outward number e.g. "m twenty" for M20
    t = " ".join(parts)
    if len(out) >= 3 and out[-2:].isdigit() and out[-2] != "0" and chance(0.4):
        t = " ".join(say_letter(c, "plain") for c in out[:-2]) + " " + tw(int(out[-2:])) + " " + " ".join(parts[len(out):])
    assert norm_code(t) == out + inw, (t, out, inw)
    return t


def eir_spoken(rk, u):
    parts = []
    for ch in rk + u:
        parts.append(pick(["zero", "oh"]) if ch == "0" else DW[int(ch)] if ch.isdigit() else say_letter(ch, pick(["plain", "plain", "for"])))
    t = " ".join(parts)
    assert norm_code(t) == rk + u, (t, rk, u)
    return t


def spoken_address():
    n = R.randrange(1, 120)
    st, suf = r_street()
    nums = tw(n) if n < 100 else say_digits(str(n), doubles=0)
    t = pick(["%s %s %s", "%s %s %s", "flat %s %s %s %s"])
    if t.startswith("flat"):
        return "flat %s %s %s %s" % (tw(R.randrange(1, 20)), nums, st, suf)
    return t % (nums, st, suf)


def typed_address():
    n = R.randrange(1, 240)
    st, suf = r_street()
    s = pick(["%d %s %s", "%d %s %s", "Flat %d, %d %s %s", "%d %s %s", "apt %d %d %s %s"])
    if s.count("%d") == 2:
        return s % (R.randrange(1, 30), n, st.title(), suf.title())
    sfx = suf.title() if chance(0.7) else {"road": "Rd", "street": "St", "avenue": "Ave"}.get(suf, suf.title())
    return typo_case(s % (n, st.title(), sfx))


def p_idv_call():
    ind = pick(["banking", "utilities", "telecom", "insurance", "healthcare billing"])
    d, m, y = r_dob()
    dt = spoken_dob(d, m, y)
    dv = V("DOB", dt, "loose")
    irish = chance(0.4)
    if irish:
        rk, u = r_eir()
        pv = V("POSTCODE", rk + u)
        pt = eir_spoken(rk, u)
        pname = "eircode"
    else:
        out, inw = r_ukpc()
        pv = V("POSTCODE", out + inw)
        pt = uk_pc_spoken(out, inw)
        pname = "postcode"
    at = spoken_address()
    av = V("ADDRESS", at, "loose")
    turns = [(A, "before i go into the account can you confirm your date of birth"),
             (C, [pick(["yeah it's ", "", "it's ", "um "]), (dv, dt)]),
             (A, "thank you and the first line of the address and the %s" % pname),
             (C, [(av, at), pick([" ", " and the %s is " % pname, " um "]), (pv, pt)])]
    return build("positive", turns, "call/%s: ID&V with DOB, first line of address and %s" % (ind, pname))


def p_address_chat():
    ind = pick(["retail", "utilities", "telecom", "insurance", "government services"])
    at = typed_address()
    av = V("ADDRESS", at, "loose")
    if chance(0.35):
        rk, u = r_eir()
        pt = pick([rk + " " + u, rk + u, (rk + " " + u).lower()])
        pv = V("POSTCODE", rk + u)
        town = EIR_TOWN[rk]
    else:
        o, i = r_ukpc()
        pt = pick([o + " " + i, o + i, (o + " " + i).lower(), o + "  " + i])
        pv = V("POSTCODE", o + i)
        town = UK_TOWN[o]
    msg = pick([["new address is ", (av, at), ", ", town, ", ", (pv, pt)],
                ["I've moved to ", (av, at), " ", town, " ", (pv, pt), " from the 3rd of next month"],
                ["Address: ", (av, at), "\n", town, "\n", (pv, pt)]])
    turns = [(A, "What address should the %s be delivered to?" % pick(["replacement router", "order", "new card", "meter", "documents"])),
             (C, msg)]
    return build("positive", turns, "chat/%s: address typed with town and postcode (town not labelled)" % ind)


def p_move_call():
    ind = pick(["utilities", "telecom", "insurance", "banking"])
    at = spoken_address()
    av = V("ADDRESS", at, "loose")
    o, i = r_ukpc()
    pv = V("POSTCODE", o + i)
    pt = uk_pc_spoken(o, i)
    turns = [(A, "so where are you moving to"),
             (C, ["it's ", (av, at), " in %s" % UK_TOWN[o].lower()]),
             (A, "and the postcode there"),
             (C, [pick(["", "um ", "it's "]), (pv, pt)]),
             (A, "okay and the move date is the %s of %s yeah" % (pick(ORD), pick(MONTHS))),
             (C, "yeah that's right")]
    return build("positive", turns, "call/%s: home move, new address and postcode; move date unlabelled" % ind)


def p_dob_chat():
    ind = pick(INDUSTRY)
    d, m, y = r_dob()
    us = chance(0.25)
    t = typed_dob(d, m, y, us)
    dv = V("DOB", t, "loose")
    msg = pick([["dob ", (dv, t)], ["my date of birth is ", (dv, t)], ["born ", (dv, t), " if that helps"],
                ["D.O.B: ", (dv, t), " and my customer number is ", r_digits(7)]])
    turns = [(A, "Can you confirm your date of birth for security?"), (C, msg)]
    return build("positive", turns, "chat/%s: DOB typed%s" % (ind, " (US order)" if us else ""))


def p_mixed_chat():
    ind = pick(["telecom", "utilities", "banking", "retail"])
    e = r_email()
    ev = V("EMAIL", e)
    n = r_uk_mobile() if chance(0.6) else r_ie_mobile()
    t = pick([n, n[:5] + " " + n[5:]])
    pv = V("PHONE", n)
    ni = r_ni()
    nv = V("NI_NUMBER", ni)
    nit = pick([ni, ni[:2] + " " + ni[2:8] + " " + ni[8], ni.lower()])
    turns = [(A, "Could you confirm your details so I can update the account?"),
             (C, ["email ", (ev, e), " phone ", (pv, t), " NI ", (nv, nit), " - account ref ", "AC" + r_digits(6)])]
    return build("positive", turns, "chat/%s: three values in one message next to an account reference" % ind)


def p_us_insurance():
    ind = pick(["insurance", "healthcare billing"])
    s = r_ssn()
    sv = V("SSN", s)
    d, m, y = r_dob()
    dt = "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y))
    dv = V("DOB", dt, "loose")
    z = r_zip()
    zv = V("POSTCODE", z)
    turns = [(A, "i can help with that claim can i get the member's date of birth"),
             (C, ["sure ", (dv, dt)]),
             (A, "and the last name and zip code"),
             (C, [pick(LAST), " and the zip is ", (zv, say_digits(z, zw=pick(["zero", "oh"])))]),
             (A, "and finally the social security number"),
             (C, [(sv, " ".join(say_groups(s, [3, 2, 4], style="digits")))])]
    return build("positive", turns, "call/%s: US member verification DOB zip SSN" % ind)


def p_ssn_correction():
    ind = pick(["banking", "government services", "healthcare billing"])
    s = r_ssn()
    sv = V("SSN", s)
    wrong = V("SSN", "", "fragment")
    w = say_digits(s[:3], doubles=0) + " " + say_digits(("%02d" % ((int(s[3:5]) + 11) % 100)), doubles=0)
    turns = [(A, "what's your social"),
             (C, [(wrong, w), " wait no that's my wife's um it's ", (sv, " ".join(say_groups(s, [3, 2, 4], style="digits")))])]
    return build("positive", turns, "call/%s: SSN after a false start (false start labelled too)" % ind)


def p_ni_nato_chatter():
    ind = pick(["government services", "banking"])
    ni = r_ni()
    v = V("NI_NUMBER", ni)
    turns = [(A, "i just need your national insurance number and then i can look at the pension forecast"),
             (C, ["hang on it's on the letter here ", (v, say_letters(ni[:2], "for")), " then ",
                  (v, say_code(ni[2:8], style=pick(["pairs", "digits"]))), " and it ends in ", (v, say_letter(ni[8], "asin"))]),
             (A, "thank you and you're sixty four is that right"), (C, "sixty five in may")]
    return build("positive", turns, "call/%s: NI number with chatter between parts; ages unlabelled" % ind)


def p_ni_homophone():
    ind = pick(["government services", "banking", "insurance", "healthcare billing"])
    ni = r_ni()
    v = V("NI_NUMBER", ni)
    pre = " ".join(say_letter(c, "homo") for c in ni[:2])
    body = say_code(ni[2:8], style=pick(["digits", "pairs", "mixed"]))
    suf = say_letter(ni[8], pick(["homo", "plain", "homo"]))
    txt = "%s %s %s" % (pre, body, suf)
    assert norm_code(txt) == ni, (txt, ni)
    form = pick(["one", "two"])
    if form == "one":
        turns = [(A, pick(["and your national insurance number please", "can you confirm your n i number for me"])),
                 (C, [pick(["yeah it's ", "it is ", "okay ", ""]), (v, txt)])]
    else:
        turns = [(A, "can i take your national insurance number"),
                 (C, [pick(["right ", "it's ", ""]), (v, pre + " " + body)]),
                 (A, "and the letter at the end"),
                 (C, [pick(["", "it's ", "that's "]), (v, suf)])]
    return build("positive", turns, "call/%s: NI number with ASR letter homophones (e.g. 'jay are', 'see', 'why')" % ind)


def p_ni_typed_messy():
    ind = pick(["government services", "banking", "insurance"])
    ni = r_ni()
    v = V("NI_NUMBER", ni)
    f = pick(["a", "b", "c", "d"])
    if f == "a":
        t = ni[:2] + " " + ni[2:5] + " " + ni[5:8] + " " + ni[8]
    elif f == "b":
        t = ni[:2].lower() + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + ni[8].lower()
    elif f == "c":
        t = ni[0] + " " + ni[1] + " " + " ".join(ni[2:8]) + " " + ni[8]
    else:
        t = ni[:2] + "." + ni[2:4] + "." + ni[4:6] + "." + ni[6:8] + "." + ni[8]
    turns = [(C, pick([["hi i need to update my pension details, ni ", (v, t), ", born in %d" % R.randrange(1955, 1975)],
                       ["Nat ins ", (v, t), " - tax code on my payslip says 1257L is that right?"],
                       ["my national insurance no. is ", (v, t), " thx"]])),
             (A, "Thank you, I can see your record now.")]
    return build("positive", turns, "chat/%s: NI number typed with irregular spacing/punctuation (%s); year of birth and tax code unlabelled" % (ind, f))


def p_sort_spoken_dash():
    ind = pick(["banking", "utilities", "insurance", "government services"])
    sc, acct = r_sort(), r_digits(8)
    sv, av = V("SORT_CODE", sc), V("BANK_ACCOUNT", acct)
    sep = pick([" dash ", " ", " hyphen "])
    sct = sep.join(say_code(sc[i:i + 2], style=pick(["digits", "pairs"])) for i in (0, 2, 4))
    assert norm_code(sct) == sc
    a1 = say_digits(acct[:4], doubles=0.4)
    a2 = say_digits(acct[4:], doubles=0.4)
    turns = [(A, "the refund of %s needs to go back to a bank account so can i take the sort code" % amount_sp()),
             (C, [pick(["yeah ", "", "okay "]), (sv, sct)]),
             (A, "and the eight digit account number"),
             (C, [(av, a1 + pick([" um ", " er ", " "]) + a2)]),
             (A, "thank you that'll be with you in three to five working days")]
    return build("positive", turns, "call/%s: sort code with spoken separators, account number with filler inside; refund amount and days unlabelled" % ind)


def p_bank_split_corr():
    ind = pick(["banking", "utilities", "telecom"])
    sc, acct = r_sort(), r_digits(8)
    sv, av = V("SORT_CODE", sc), V("BANK_ACCOUNT", acct)
    fv = V("BANK_ACCOUNT", "", "fragment")
    bad = acct[:3] + str((int(acct[3]) + 5) % 10)
    turns = [(A, "what are the bank details for the direct debit"),
             (C, ["sort code's ", (sv, say_code(sc, style="pairs")), " and the account number is ", (fv, say_digits(bad, doubles=0))]),
             (C, ["no hang on ", (av, say_digits(acct[:4], doubles=0))]),
             (A, pick(BACK)),
             (C, [(av, say_digits(acct[4:], doubles=0.3))]),
             (A, "and you'd like it to come out on the %s of each month" % pick(ORD[:28])),
             (C, "yeah the first is better after payday")]
    return build("positive", turns, "call/%s: sort code then account with abandoned first attempt (labelled) and split; payment day unlabelled" % ind)


def p_two_phones():
    ind = pick(["telecom", "utilities", "healthcare billing", "insurance"])
    m = r_uk_mobile() if chance(0.5) else r_ie_mobile()
    l = r_uk_land() if m.startswith("07") else r_ie_land()
    mt, _ = sp_phone(m)
    lt, _ = sp_phone(l)
    turns = [(A, "can i check the contact numbers we hold"),
             (C, ["the mobile is ", (V("PHONE", m), mt), " and the landline is ", (V("PHONE", l), lt), " but i'm never in"])]
    return build("positive", turns, "call/%s: two phone numbers in one turn" % ind)


def p_phone_correction():
    ind = pick(["telecom", "retail", "travel"])
    m = r_uk_mobile() if chance(0.5) else r_ie_mobile()
    v = V("PHONE", m)
    f = V("PHONE", "", "fragment")
    k = 5 if m.startswith("07") else 3
    bad = m[:k] + str((int(m[k]) + 2) % 10)
    zw = pick(["oh", "zero"])
    turns = [(A, "and a number to text the confirmation to"),
             (C, [(f, say_digits(bad, zw=zw, doubles=0)), " no sorry that's the old one ", (v, say_digits(m[:k], zw=zw, doubles=0))]),
             (A, pick(BACK)),
             (C, [(v, say_digits(m[k:], zw=zw, doubles=0.4))])]
    return build("positive", turns, "call/%s: phone with a false start (labelled) then split over two turns" % ind)


def p_card_pairs_chat_odd():
    ind = pick(["retail", "travel", "utilities"])
    card, kind = r_card(pick(["visa", "mc", "visa"]))
    cv = V("CARD_NUMBER", card)
    t = pick([card[:6] + " " + card[6:12] + " " + card[12:], card[:4] + " " + card[4:8] + card[8:12] + " " + card[12:],
              card[:2] + " " + " ".join(card[i:i + 4] for i in range(2, 14, 4)) + " " + card[14:]])
    ev, et = typed_expiry()
    turns = [(C, ["pay £%d.%02d off the balance pls, card " % (R.randrange(10, 300), R.randrange(100)), (cv, t),
                  " exp ", (ev, et)]),
             (A, "Thank you. Could you confirm the 3-digit security code on the back?"),
             (C, ["its ", (V("CVV", cv3 := r_digits(3)), cv3)])]
    return build("positive", turns, "chat/%s: card typed with irregular grouping, amount unlabelled" % ind)


def p_dob_spoken_uk():
    ind = pick(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    d, m, y = r_dob()
    st = pick(["ofthe", "ofthe", "num", "ord"])
    if st == "ofthe":
        t = "the %s of the %s %s" % (ORD[d - 1], ORD[m - 1], say_year(y, short=chance(0.6)))
    elif st == "num":
        t = "%s %s %s" % (say_pairs("%02d" % d), say_pairs("%02d" % m), say_year(y, short=True))
    else:
        t = "%s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))
    dv = V("DOB", t, "loose")
    parts = t.split(" ")
    turns = [(A, "can you confirm your date of birth"),
             (C, [pick(["it's ", "yeah ", "um ", ""]), (dv, t), pick(["", " so i'm %s" % tw(min(99, 2025 - y))])]),
             (A, "thank you and is the payment today the full %s" % amount_sp()),
             (C, "yes all of it")]
    return build("positive", turns, "call/%s: DOB spoken UK style ('the third of the fourth'); age and amount unlabelled" % ind)


def p_eircode_chat():
    ind = pick(["utilities", "telecom", "retail", "government services"])
    rk, u = r_eir()
    pv = V("POSTCODE", rk + u)
    pt = pick([rk + " " + u, rk + u, (rk + " " + u).lower(), rk.lower() + u.lower()])
    turns = [(A, "Can you confirm your Eircode so I can check broadband availability?"),
             (C, [pick(["its ", "eircode ", "", "Eircode is "]), (pv, pt), pick(["", " thanks", " - it's a new build"])]),
             (A, "Thanks, speeds of up to 500Mb are available at that address.")]
    return build("positive", turns, "chat/%s: Eircode typed; speed unlabelled" % ind)


def p_address_call_ie():
    ind = pick(["utilities", "telecom", "insurance", "government services"])
    n = R.randrange(1, 80)
    st, suf = r_street()
    at = "%s %s %s" % (tw(n), st, suf) if chance(0.6) else "apartment %s %s %s" % (tw(R.randrange(1, 40)), st, pick(["court", "view", "square", "green"]))
    av = V("ADDRESS", at, "loose")
    rk, u = r_eir()
    pv = V("POSTCODE", rk + u)
    turns = [(A, "what's the address for the connection"),
             (C, [(av, at), " %s" % EIR_TOWN[rk].lower().replace(",", "").replace(".", "")]),
             (A, "and the eircode"),
             (C, [pick(["", "it's ", "um "]), (pv, eir_spoken(rk, u))])]
    return build("positive", turns, "call/%s: Irish address and Eircode spoken; town unlabelled" % ind)


def p_card_agent_confirm():
    ind = pick(["travel", "retail", "utilities", "insurance"])
    card, kind = r_card(pick(["visa", "mc", "amex", "maestro"]))
    cv = V("CARD_NUMBER", card)
    g = card_groups(len(card), kind)
    sp = say_groups(card, g, style=pick(["digits", "pairs"]))
    turns = [(A, "i'll take the payment for the booking now it's %s so the card number please" % amount_sp())]
    for i, piece in enumerate(sp):
        turns.append((C, [(cv, piece)]))
        turns.append((A, [(V("CARD_NUMBER", "", "fragment"), piece)]))
    ev, et = spoken_expiry()
    turns.append((C, ["expiry ", (ev, et)]))
    return build("positive", turns, "call/%s: card given group by group with agent echoing each group (echoes labelled)" % ind)


def n_tax():
    if chance(0.5):
        turns = [(A, "your tax code for this year is twelve fifty seven l and your personal allowance is twelve thousand five hundred and seventy pounds"),
                 (C, "and the p sixty says i paid %s pounds" % sp_num(R.randrange(1200, 9000))),
                 (A, "that's for the tax year twenty twenty %s to twenty twenty %s and your state pension age is sixty seven" % (DW[R.randrange(2, 5)], DW[R.randrange(5, 7)]))]
        ch = "call"
    else:
        turns = [(C, "tax code changed from 1257L to K%d, I'm owed about £%d for 2023-24?" % (R.randrange(100, 900), R.randrange(100, 2000))),
                 (A, "The underpayment of £%d.%02d will be collected over 12 months." % (R.randrange(100, 900), R.randrange(100)))]
        ch = "chat"
    return build("negative", turns, "%s/government services: tax codes, tax years, allowances, pension age" % ch)


def n_motor_quote():
    if chance(0.5):
        turns = [(A, "so that's a twenty nineteen focus doing about %s thousand miles a year" % tw(R.randrange(5, 20))),
                 (C, "yeah and i've got %s years no claims" % tw(R.randrange(2, 15))),
                 (A, "the quote is %s with a %s pound excess and quote reference %s" % (amount_sp(), sp_num(R.randrange(1, 5) * 100), say_digits(r_digits(8), doubles=0.2)))]
        ch = "call"
    else:
        turns = [(C, "Quote ref Q-%s: 2019 Ford Focus, %d,000 miles/yr, %d yrs NCD, £%d excess" % (r_digits(7), R.randrange(5, 20), R.randrange(2, 15), R.randrange(1, 5) * 100)),
                 (A, "Thanks, your premium is £%d.%02d or £%d.%02d a month over 10 instalments." % (R.randrange(400, 900), R.randrange(100), R.randrange(40, 90), R.randrange(100)))]
        ch = "chat"
    return build("negative", turns, "%s/insurance: car insurance quote (mileage, no-claims years, excess, quote reference)" % ch)


def n_mprn_like():
    ref = r_digits(R.randrange(8, 11), True)
    if chance(0.5):
        turns = [(A, "have you got your gas point reference number or your account number from the bill"),
                 (C, "gas point reference %s" % say_code(ref, style=pick(["digits", "pairs"]))),
                 (A, "lovely that's the one and your last bill was %s euro" % sp_num(R.randrange(60, 400)))]
        ch = "call"
    else:
        turns = [(C, "GPRN %s - bill went from €%d to €%d in a month!" % (ref, R.randrange(60, 140), R.randrange(150, 400))),
                 (A, "I can see two estimated reads; please send an actual reading of the meter and we'll rebill.")]
        ch = "chat"
    return build("negative", turns, "%s/utilities: Irish gas point reference with its name, bill amounts" % ch)


def n_payment_dates():
    d, m, y = R.randrange(1, 29), R.randrange(1, 13), R.randrange(2023, 2027)
    if chance(0.5):
        turns = [(C, "i paid it on the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))),
                 (A, "yes i can see a payment of %s on the %s of the %s" % (amount_sp(), ORD[d - 1], ORD[m - 1])),
                 (C, "so why is it saying i'm %s days late" % tw(R.randrange(3, 40)))]
        ch = "call"
    else:
        turns = [(C, "I paid %s on %02d/%02d/%d, transaction ID %s" % (amount_ty(), d, m, y, r_digits(9))),
                 (A, "Thanks, the payment dated %d %s %d has now been allocated to invoice INV-%s." % (d, MON3[m - 1], y, r_digits(6)))]
        ch = "chat"
    return build("negative", turns, "%s/%s: payment dates and transaction references, not birth dates" % (ch, pick(["utilities", "banking", "healthcare billing"])))


POS_TEMPLATES = [
    (p_card_call_one, 10), (p_card_call_split, 8), (p_card_chat, 9), (p_card_correction, 4),
    (p_card_pairs_chat_odd, 4), (p_card_agent_confirm, 3),
    (p_ni_call, 12), (p_ni_chat, 10), (p_ni_split, 5), (p_ni_nato_chatter, 4), (p_ni_homophone, 8),
    (p_ni_typed_messy, 6),
    (p_ssn_call, 11), (p_ssn_chat, 9), (p_ssn_correction, 3), (p_us_insurance, 5),
    (p_bank_call, 10), (p_bank_chat, 7), (p_sort_spoken_dash, 6), (p_bank_split_corr, 4), (p_iban, 14),
    (p_phone_call, 11), (p_phone_chat, 8), (p_two_phones, 4), (p_phone_correction, 4), (p_email, 13),
    (p_idv_call, 12), (p_address_chat, 8), (p_move_call, 6), (p_dob_chat, 6), (p_dob_spoken_uk, 6),
    (p_mixed_chat, 5), (p_eircode_chat, 5), (p_address_call_ie, 5),
]


# ---------------------------------------------------------------- negative templates
def sp_num(n):
    """Spoken cardinal for 0-9999 used in amounts."""
    if n < 100:
        return tw(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return DW[h] + " hundred" + ("" if r == 0 else " and " + tw(r))
    t, r = divmod(n, 1000)
    return tw(t) + " thousand" + ("" if r == 0 else (" and " + tw(r) if r < 100 else " " + sp_num(r)))


def n_policy():
    ind = pick(["insurance", "insurance", "utilities", "banking"])
    word = pick(["policy number", "customer number", "account reference", "membership number", "claim reference"])
    n = r_digits(R.randrange(7, 10))
    if chance(0.5):
        turns = [(A, "can i take your %s please" % word),
                 (C, "yeah it's %s%s" % (pick(["", "p l ", "h o ", "c "]), say_digits(n, doubles=0.3)))]
        ch = "call"
    else:
        turns = [(A, "Could you give me your %s?" % word.title()),
                 (C, "%s %s%s" % (word, pick(["", "PL", "HOM-", "C"]), n))]
        ch = "chat"
    turns.append((A, pick(["thanks i can see the policy renews on the %s of %s" % (pick(ORD), pick(MONTHS)),
                           "thank you the premium is %s a month" % amount_sp(),
                           "lovely that's come up now"])))
    return build("negative", turns, "%s/%s: %s with its reference word (not PII)" % (ch, ind, word))


def n_meter():
    reading = r_digits(5)
    serial = pick(["E", "K", "G4"]) + r_digits(R.randrange(6, 9))
    if chance(0.5):
        turns = [(A, "can you read me the numbers on the meter from left to right ignoring the red ones"),
                 (C, "%s" % say_digits(reading, zw=pick(["zero", "oh", "nought"]))),
                 (A, "and the meter serial is %s %s yeah" % (" ".join(c for c in serial.lower() if c.isalpha()), say_digits(digits(serial), doubles=0.3))),
                 (C, "yes that's the one under the stairs")]
        ch = "call"
    else:
        turns = [(C, "meter reading today %s, serial %s, standing charge went up to 53.4p a day??" % (reading, serial)),
                 (A, "Thanks, I have submitted the reading of %s kWh for you." % reading)]
        ch = "chat"
    return build("negative", turns, "%s/utilities: meter reading and meter serial" % ch)


def n_booking():
    ref = "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + r_digits(4)
    flight = pick(["EI", "FR", "BA", "U2", "LS"]) + r_digits(R.randrange(3, 5))
    if chance(0.5):
        turns = [(A, "what's the booking reference"),
                 (C, "%s and the flight is %s on the %s of %s" % (say_letters(ref[:2], "plain"), say_digits(ref[2:], doubles=0),
                                                               pick(ORD), pick(MONTHS))),
                 (A, "i have it flight %s %s departing at %s" % (" ".join(flight[:2].lower()), say_digits(flight[2:], doubles=0),
                                                                pick(["six forty five", "ten past nine", "half seven", "fourteen twenty"]))),
                 (C, "that's it seat twelve c")]
        ch = "call"
    else:
        turns = [(C, "booking ref %s, flight %s on %d %s, 2 adults 1 child, can I add a 20kg bag?" % (ref, flight, R.randrange(1, 29), pick(MON3))),
                 (A, "Yes, a 20kg bag is %s each way." % amount_ty())]
        ch = "chat"
    return build("negative", turns, "%s/travel: booking reference, flight number, travel date" % ch)


def n_amounts():
    a, b = R.randrange(100, 4000), R.randrange(10, 99)
    if chance(0.5):
        turns = [(A, "your balance is %s pounds and %s pence" % (sp_num(a), tw(b))),
                 (C, "and when's the next payment due"),
                 (A, "the next direct debit of %s pounds comes out on the %s" % (sp_num(R.randrange(20, 400)), pick(ORD))),
                 (C, "okay and that's about %s percent more than last year" % tw(R.randrange(3, 40)))]
        ch = "call"
    else:
        turns = [(C, "why is my bill £%d.%02d when it was £%d.%02d last month" % (a // 10, b, a // 12, b)),
                 (A, "Your usage was %d kWh compared with %d kWh, and the unit rate is %d.%02dp." % (R.randrange(150, 900), R.randrange(150, 900), R.randrange(20, 35), R.randrange(100)))]
        ch = "chat"
    return build("negative", turns, "%s/%s: balances, amounts, percentages, payment dates" % (ch, pick(["banking", "utilities", "telecom"])))


def n_appointment():
    d, m = R.randrange(1, 29), R.randrange(1, 13)
    y = R.randrange(2024, 2028)
    if chance(0.5):
        turns = [(A, "i can get an engineer out to you on the %s of %s %s between eight and one" % (ORD[d - 1], MONTHS[m - 1], say_year(y))),
                 (C, "could it be the %s instead i'm working" % ORD[R.randrange(28)]),
                 (A, "yes the %s is free morning slot seven thirty to twelve" % ORD[R.randrange(28)])]
        ch = "call"
    else:
        turns = [(C, "is my appointment still %02d/%02d/%d at 14:30?" % (d, m, y)),
                 (A, "Yes, your appointment on %02d/%02d/%d at 2:30pm is confirmed. Please allow 45 minutes." % (d, m, y))]
        ch = "chat"
    return build("negative", turns, "%s/%s: appointment dates and times, not birth dates" % (ch, pick(["utilities", "telecom", "healthcare billing"])))


def n_contract():
    y = R.randrange(2015, 2026)
    if chance(0.5):
        turns = [(A, "your contract started on the %s of %s %s and it's a twenty four month term" % (pick(ORD), pick(MONTHS), say_year(y))),
                 (C, "and i've been with you since about %s" % say_year(y - R.randrange(2, 9))),
                 (A, "that's right so you're out of contract from %s" % pick(MONTHS))]
        ch = "call"
    else:
        turns = [(C, "my contract started %d/%02d/%d, 24 months, so surely it ended in %d?" % (R.randrange(1, 29), R.randrange(1, 13), y, y + 2)),
                 (A, "The minimum term was 24 months from activation on %d %s %d, so it ends next month." % (R.randrange(1, 29), pick(MON3), y))]
        ch = "chat"
    return build("negative", turns, "%s/telecom: contract start dates and terms" % ch)


def n_order():
    n = r_digits(R.randrange(8, 11), True)
    w = pick(["order number", "invoice number", "ticket number", "case number", "tracking number", "complaint reference"])
    if chance(0.5):
        turns = [(A, "have you got the %s there" % w), (C, "yeah the %s is %s" % (w, say_code(n, style=pick(["digits", "pairs"])))),
                 (A, "thanks that was dispatched on the %s" % pick(ORD))]
        ch = "call"
    else:
        turns = [(C, "%s %s still not arrived, paid %s" % (w.title(), pick(["#", "", "no. "]) + n, amount_ty())),
                 (A, "I'm sorry about that. %s %s is showing as out for delivery today before 6pm." % (w.capitalize(), n))]
        ch = "chat"
    return build("negative", turns, "%s/retail: %s (%d digits) with its reference word" % (ch, w, len(n)))


def n_tech():
    model = pick(["WM", "HX", "QN", "SKYQ", "TG"]) + r_digits(4)
    speed = R.randrange(30, 900)
    if chance(0.5):
        turns = [(C, "the router model is %s and i'm only getting %s megabits" % (" ".join(model[:2].lower()) + " " + say_digits(model[-4:], doubles=0), tw(speed % 100))),
                 (A, "you should be getting %s so i'll run a line test it takes about ten minutes" % sp_num(speed)),
                 (C, "it's been like this for three weeks and i'm paying forty five a month")]
        ch = "call"
    else:
        turns = [(C, "Model %s, firmware 4.2.%d, speed test says %d Mbps down / %d up, ping 38ms" % (model, R.randrange(10), speed, speed // 10)),
                 (A, "Thanks. Please restart it and wait 15 minutes, then run the test again.")]
        ch = "chat"
    return build("negative", turns, "%s/telecom: model number, speeds, durations" % ch)


def n_misc():
    if chance(0.5):
        turns = [(C, "i'm %s and i've been a customer for %s years" % (tw(R.randrange(60, 95)), tw(R.randrange(5, 40)))),
                 (A, "thank you for your loyalty i can see %s properties on the account" % tw(R.randrange(2, 5))),
                 (C, "yes and the heating is set to %s degrees but it's freezing" % tw(R.randrange(18, 24))),
                 (A, "okay room %s at the care home is that the second one" % say_digits(r_digits(3, True), doubles=0))]
        ch = "call"
    else:
        turns = [(C, "Room %d, checked in at 15:00, 3 nights, the radiator is stuck at 30°C" % R.randrange(100, 999)),
                 (A, "Sorry! Maintenance will be there within 20 minutes and we'll take 15% off your stay.")]
        ch = "chat"
    return build("negative", turns, "%s/%s: ages, counts, temperatures, room numbers" % (ch, pick(["utilities", "travel"])))


def n_customer_ref_uk():
    w = pick(["customer reference", "booking reference", "bill reference", "payment reference", "vehicle registration"])
    if w == "vehicle registration":
        val = pick(["LB", "YK", "SN", "WP"]) + "%02d" % R.randrange(10, 75) + " " + "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    elif w == "bill reference":
        val = r_digits(10, True)
    else:
        val = pick(["", "BK", "RF"]) + r_digits(R.randrange(6, 9))
    if chance(0.5):
        turns = [(A, "thank you for calling can i have your %s" % w),
                 (C, "yeah the %s is %s" % (w, " ".join(say_letter(c, "plain") if c.isalpha() else say_digit(c, "oh") for c in val.replace(" ", "")))),
                 (A, "okay that's come up for the premium of %s" % amount_sp())]
        ch = "call"
    else:
        turns = [(C, "Hi, %s is %s - I was charged twice on %d %s" % (w, val, R.randrange(1, 29), pick(MON3))),
                 (A, "Thanks. I can see two payments of %s; I'll refund one within 3-5 working days." % amount_ty())]
        ch = "chat"
    return build("negative", turns, "%s/%s: %s with its name" % (ch, pick(["insurance", "utilities", "government services"]), w))


def n_time_dur():
    if chance(0.5):
        turns = [(A, "i've been on hold for forty five minutes since twenty past two"),
                 (C, "sorry i mean i have been on hold for %s minutes" % tw(R.randrange(20, 80))),
                 (A, "the queue is around %s minutes at the moment we're open until eight tonight" % tw(R.randrange(5, 50)))]
        ch = "call"
    else:
        turns = [(C, "waited %d mins yesterday and %d mins today, from 9:%02d to 10:%02d" % (R.randrange(20, 90), R.randrange(20, 90), R.randrange(60), R.randrange(60))),
                 (A, "Apologies. Our lines are open 8am-8pm Mon-Fri and 9am-5pm Saturday.")]
        ch = "chat"
    return build("negative", turns, "%s/telecom: times and durations" % ch)


def n_sortlike():
    # six-digit and eight-digit looking numbers that are references, not bank details
    n6 = r_digits(6, True)
    n8 = r_digits(8, True)
    if chance(0.5):
        turns = [(A, "can you give me the reference on the top of the letter"),
                 (C, "it says reference %s and then underneath claim number %s" % (say_code(n6, style="pairs"), say_digits(n8, doubles=0.3))),
                 (A, "thank you that claim was settled for %s" % amount_sp())]
        ch = "call"
    else:
        turns = [(C, "letter ref %s-%s-%s and claim no %s" % (n6[:2], n6[2:4], n6[4:], n8)),
                 (A, "Thanks, claim %s was paid on %d %s." % (n8, R.randrange(1, 29), pick(MON3)))]
        ch = "chat"
    return build("negative", turns, "%s/insurance: six and eight digit references that look like bank details" % ch)


def n_years_qty():
    if chance(0.5):
        turns = [(C, "we bought the house in %s and the boiler's from about %s" % (say_year(R.randrange(1990, 2020)), say_year(R.randrange(2005, 2022)))),
                 (A, "okay it's a %s kilowatt combi and the cover is %s pounds a month" % (tw(R.randrange(24, 40)), tw(R.randrange(10, 30)))),
                 (C, "and there's %s radiators upstairs" % tw(R.randrange(3, 9)))]
        ch = "call"
    else:
        turns = [(C, "Ordered %d x 2.5L tins and %d brushes, order total %s, delivery 3-5 days" % (R.randrange(2, 9), R.randrange(2, 6), amount_ty())),
                 (A, "Your %d items were split into 2 parcels." % R.randrange(4, 12))]
        ch = "chat"
    return build("negative", turns, "%s/%s: years, quantities, kW ratings" % (ch, pick(["insurance", "retail"])))


NEG_TEMPLATES = [
    (n_policy, 11), (n_meter, 8), (n_booking, 8), (n_amounts, 8), (n_appointment, 8), (n_contract, 6),
    (n_order, 9), (n_tech, 6), (n_misc, 6), (n_customer_ref_uk, 9), (n_time_dur, 5), (n_sortlike, 9),
    (n_years_qty, 5), (n_tax, 6), (n_motor_quote, 6), (n_mprn_like, 5), (n_payment_dates, 7),
]


# ---------------------------------------------------------------- driver
def generate():
    R.seed(SEED)
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    for i, c in enumerate(pos, 1):
        c["id"] = "h63-pos-%03d" % i
    for i, c in enumerate(neg, 1):
        c["id"] = "h63-neg-%03d" % i
    return pos + neg


def dump(cases):
    lines = []
    for c in cases:
        o = {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}
        lines.append(json.dumps(o, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    ct = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            ct[s["type"]] += 1
    return ct


def readme(cases):
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, ct[t]) for t in TYPES)
    return README_TMPL.format(npos=npos, nneg=nneg, rows=rows, total=sum(ct.values()))


README_TMPL = """# pii_holdout63 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors have not seen. Do not add its cases to training data, rules or
regression tests, and do not adjust the redactor to make these cases pass.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation, or any other PII
fixture; the only reference was a three-line example of the JSONL format. The
cases are generated by `scripts/make_pii_holdout63.py` (standard library only)
from template functions: every turn is assembled from plain-text segments and
(value, TYPE) segments, so span offsets are computed, never typed by hand. All
values come from a single `random.Random(63261123)`; the output is
byte-for-byte reproducible.

    python scripts/make_pii_holdout63.py          # regenerate cases.jsonl and README.md
    python scripts/make_pii_holdout63.py --check  # regenerate in memory and verify

`--check` verifies the file is identical to a fresh generation, ids are unique,
offsets are in range and on word boundaries, spans do not overlap, and each
value is valid after normalising spoken forms (digit words, oh/o/nought/zero,
double/triple, pairs like "forty one", "X hundred", homophones to/for/ate,
"b for bravo" / "b as in bravo" / NATO words, ASR letter homophones such as
"jay", "are", "see", "why", "ex", "dee"): Luhn for card numbers, mod-97
for IBANs, NI number format, 9 digits for SSNs, 6 for sort codes, digit counts
for CVV/phone/account, UK postcode / Eircode / US ZIP shapes. It also checks that
a value split over several spans re-assembles to the intended value.

## Emphasis

Mostly UK and Irish contact centres: National Insurance numbers spoken and
typed in many ways (plain letters, "q for quebec", NATO words, pairs like
"twelve thirty four", split over turns, lower case, dashes), sort codes and
account numbers for direct debits and refunds, UK/IE mobiles and landlines
(+44, +353, 0044, "(0)"), UK postcodes and Eircodes, UK/IE street addresses, card
payments by phone (split over turns, self-corrections, agent read-back). US
SSNs, ZIP codes and EU IBANs are included as well. Negatives are UK-flavoured
lookalikes: policy / customer / claim / booking / payment references with their
names, meter readings and serials, vehicle registrations, amounts, balances,
tariffs, dates of appointments, payments and contracts, times, durations, flights,
model numbers, speeds, rooms, ages, temperatures, years and quantities, UK tax codes
and tax years, car-insurance quotes (mileage, no-claims years, excess, quote
reference) and Irish gas point references.

## Annotation conventions

* A span covers the value itself only: not the lead-in ("it's", "my number is",
  "sort code"), not trailing words ("i think", "thanks").
* Spoken values: the span runs from the first to the last word of the reading,
  including fillers or "double"/"triple" inside it (e.g. "four five um six").
* A value split over several turns (or interrupted by chatter such as "then" or
  "and it ends in") is labelled as one span per contiguous piece, each with the
  value's type.
* Self-corrections: the abandoned attempt is labelled as its own span of the
  same type (it is still the caller's data); the correction words ("no sorry",
  "wait no that's my wife's um it's") are not labelled.
* Agent read-backs of a value (whole value, or group-by-group echoes) are
  labelled like the customer's reading.
* NI numbers: prefix letters, six digits and suffix letter, including their
  spelling aids ("c for charlie") when these are inside the reading.
* Phone numbers include the country code ("plus four four", "+353", "0044").
* ADDRESS covers flat/house number and street name (with "flat N" when given),
  not the town or county; the postcode or Eircode is a separate POSTCODE span.
* DOB covers the date expression only; EXPIRY covers the month/year only.
* Town names, personal names, amounts, reference numbers, move dates and other
  non-PII numbers inside positive cases are deliberately left unlabelled.
* Negative cases contain no PII at all; every number in them is a reference,
  amount, time, date other than a birth date, count, or similar.

## Counts

Positive cases: {npos}. Negative cases: {nneg}. Labelled spans: {total}.

| type | spans |
|---|---|
{rows}
"""


def check(cases, text_on_disk):
    errs = []
    if text_on_disk is None:
        errs.append("cases.jsonl missing")
    elif text_on_disk != dump(cases):
        errs.append("cases.jsonl differs from a fresh generation")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % cid)
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % cid)
        for t in c["turns"]:
            if t["speaker"] not in (A, C):
                errs.append("%s: bad speaker" % cid)
        last = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (cid, s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s: bad turn" % cid)
                continue
            tx = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s: span out of range" % cid)
                continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, tx[a:b]))
            if not ((tx[a].isalnum() or tx[a] in "+(") and tx[b - 1].isalnum()):
                errs.append("%s: span edge not alnum %r" % (cid, tx[a:b]))
            if s["turn"] in last and a < last[s["turn"]]:
                errs.append("%s: overlapping spans" % cid)
            last[s["turn"]] = b
        for v in c.get("_vals", []):
            txt = " ".join(c["turns"][t]["text"][a:b] for t, a, b in v.spans)
            if v.check == "fragment":
                if not norm_code(txt):
                    errs.append("%s: empty fragment" % cid)
                continue
            if v.check == "loose":
                e = loose_check(v.typ, txt)
                if e:
                    errs.append("%s: %s %r" % (cid, e, txt))
                continue
            got = norm_email(txt) if v.typ == "EMAIL" else norm_code(txt)
            want = v.canon if v.typ == "EMAIL" else v.canon.upper()
            if got != want:
                errs.append("%s: %s normalises to %r, expected %r (%r)" % (cid, v.typ, got, want, txt))
            e = validate_value(v.typ, got)
            if e:
                errs.append("%s: %s %r" % (cid, e, txt))
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170:
        errs.append("only %d positives" % npos)
    if nneg < 100:
        errs.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct[t] < need:
            errs.append("type %s has %d spans, need %d" % (t, ct[t], need))
    return errs, ct, npos, nneg


def main(argv):
    cases = generate()
    if "--check" in argv:
        disk = CASES.read_text(encoding="utf-8") if CASES.exists() else None
        errs, ct, npos, nneg = check(cases, disk)
        if README.exists() and README.read_text(encoding="utf-8") != readme(cases):
            errs.append("README.md differs from a fresh generation")
        print("cases: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, ct[t]))
        if errs:
            for e in errs[:80]:
                print("ERROR:", e)
            print("%d problem(s)" % len(errs))
            return 1
        print("check OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(dump(cases), encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    print("wrote %s (%d cases)" % (CASES, len(cases)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

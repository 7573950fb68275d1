#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout258``.

Written by an AI helper acting as an independent test author: the redaction
code, its tests and docs were NOT consulted.  Standard library only.

    python scripts/make_pii_holdout258.py          # write fixture + README
    python scripts/make_pii_holdout258.py --check  # regenerate and verify

Every turn is assembled from plain-text segments and (value, TYPE) segments,
so span offsets are computed, never typed by hand.  All randomness comes from
one ``random.Random(258241126)``; output is byte-for-byte reproducible.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 258241126
PREFIX = "h258"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout258"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
MIN_POS, MIN_NEG = 170, 100

# ---------------------------------------------------------------------------
# number words
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet",
        "K": "kilo", "L": "lima", "M": "mike", "N": "november", "O": "oscar",
        "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "xray", "Y": "yankee",
        "Z": "zulu"}
LETTER_HOMO = {"R": "are", "Y": "why", "C": "see", "T": "tee", "P": "pea",
               "Q": "queue", "B": "bee", "J": "jay", "K": "kay", "Z": "zed",
               "X": "ex", "H": "aitch", "G": "gee", "D": "dee", "M": "em", "N": "en"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
       "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def zero_word(r):
    return r.choice(["oh", "oh", "oh", "zero", "zero", "o", "nought"])


def pair_words(p, zw="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zw + " " + (UNIT[b] if b else zw)
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNIT[b])


HOMO_DIGIT = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"], "3": ["tree"]}


def sp_digits(r, s, zw=None, dbl=0.5, homo=0.0):
    """Digit-by-digit reading with optional double/triple and ASR homophones."""
    zw = zw or zero_word(r)
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        w = zw if d == "0" else UNIT[int(d)]
        if run == 3 and r.random() < dbl:
            out.append("triple " + w)
            i += 3
            continue
        if run >= 2 and r.random() < dbl:
            out.append("double " + w)
            i += 2
            continue
        if d in HOMO_DIGIT and r.random() < homo:
            w = r.choice(HOMO_DIGIT[d])
        out.append(w)
        i += 1
    return " ".join(out)


def sp_pairs(r, s, zw=None):
    """Read as pairs ('forty one eleven'); odd length gets a leading single digit."""
    zw = zw or zero_word(r)
    out = []
    if len(s) % 2:
        out.append(zw if s[0] == "0" else UNIT[int(s[0])])
        s = s[1:]
    for i in range(0, len(s), 2):
        out.append(pair_words(s[i:i + 2], zw))
    return " ".join(out)


def sp_mixed(r, s, zw=None, homo=0.0):
    return sp_pairs(r, s, zw) if r.random() < 0.4 else sp_digits(r, s, zw, homo=homo)


def sp_letter(r, c, nato=0.3, homo=0.15):
    x = r.random()
    if x < nato:
        return r.choice([c.lower() + " for " + NATO[c], c.lower() + " as in " + NATO[c], NATO[c]])
    if x < nato + homo and c in LETTER_HOMO:
        return LETTER_HOMO[c]
    return c.lower()


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


# ---------------------------------------------------------------------------
# value generators
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return s.isdigit() and luhn_digit(s[:-1]) == s[-1]


def gen_card(r, kind=None):
    kind = kind or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        pre, n = "4" + str(r.randint(0, 9)), 16
    elif kind == "mc":
        pre, n = str(r.choice([51, 52, 53, 54, 55, 22])), 16
    elif kind == "amex":
        pre, n = r.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4", 13
    else:
        pre, n = "6759", 19
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - 1 - len(pre)))
    return body + luhn_digit(body)


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 3, 3, 3]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWY"
NI_SECOND = "ABCEHJKLMNPRSTWXYZ"


def gen_ni(r):
    while True:
        p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(r.randint(0, 9)) for _ in range(6)) + r.choice("ABCD")


NI_RE = re.compile(r"^[ABCEGHJKLMNOPRSTWXYZ][ABCEGHJKLMNPRSTWXYZ][0-9]{6}[A-D]$")


def digits(r, n, first_nonzero=False):
    s = "".join(str(r.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randint(1, 9)) + s[1:]
    return s


def iban_check(country, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    if not re.match(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "FR": 27, "ES": 24, "IT": 27, "BE": 16}


def gen_iban(r, country=None):
    country = country or r.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES", "BE"])
    if country == "GB":
        bban = r.choice(["NWBK", "BARC", "MIDL", "HBUK", "NAIA"]) + digits(r, 14)
    elif country == "IE":
        bban = r.choice(["AIBK", "BKIE"]) + digits(r, 14) if False else "AIBK" + digits(r, 14)
    elif country == "DE":
        bban = digits(r, 18)
    elif country == "NL":
        bban = r.choice(["ABNA", "INGB", "TRIN", "SNSB"]) + digits(r, 10)
    elif country == "FR":
        bban = digits(r, 23)
    elif country == "ES":
        bban = digits(r, 20)
    else:
        bban = digits(r, 12)
    return country + iban_check(country, bban) + bban


UK_AREAS = ["SW", "M", "LS", "B", "G", "EH", "CF", "BS", "NE", "L", "CB", "N", "E",
            "SE", "W", "NW", "BT", "RG", "PL", "CH", "S", "DN", "HU", "TR", "GL"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc(r):
    area = r.choice(UK_AREAS)
    dist = str(r.randint(1, 28))
    return area + dist, str(r.randint(0, 9)) + r.choice(INWARD) + r.choice(INWARD)


def gen_zip(r):
    return "%05d" % r.randint(10001, 99950)


def gen_uk_mobile(r):
    return "07" + r.choice(["7", "8", "9", "4", "5"]) + digits(r, 8)


def gen_uk_land(r):
    return r.choice(["0113", "0161", "0121", "0117", "0131", "0141", "0151", "0191", "0207", "0208", "01632"]) + digits(r, 7 if True else 6)


def gen_us_phone(r):
    return str(r.choice([212, 415, 312, 617, 305, 713, 206, 404, 512, 702, 917, 646])) + str(r.randint(2, 9)) + digits(r, 6)


def gen_ie_mobile(r):
    return "08" + r.choice("35679") + digits(r, 7)


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "david",
         "niamh", "carlos", "emma", "olu", "hannah", "sean", "fatima", "luke", "chloe",
         "marek", "julie", "ciara", "raj", "megan", "pete", "sinead", "andre", "zoe"]
LAST = ["smith", "obrien", "patel", "murphy", "kowalski", "jones", "nguyen", "walsh",
        "taylor", "garcia", "byrne", "hughes", "khan", "novak", "evans", "kelly",
        "fischer", "dubois", "rossi", "brown", "lee", "doyle", "reid", "mensah"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "web.de", "live.ie", "aol.com", "proton.me",
           "hotmail.co.uk", "comcast.net", "sky.com"]
UK_STREETS = ["acacia avenue", "mill lane", "station road", "church street", "victoria road",
              "park crescent", "kings drive", "meadow close", "orchard way", "elm grove",
              "albert terrace", "queens road", "manor park", "beech court", "hawthorn gardens"]
US_STREETS = ["maple street", "oak avenue", "sunset boulevard", "pine drive", "lincoln avenue",
              "cedar lane", "washington street", "lakeview drive", "elm court", "hillcrest road"]
IE_STREETS = ["main street", "church road", "seafield avenue", "griffith avenue",
              "strand road", "college green", "priory lane"]
UK_TOWNS = ["leeds", "manchester", "bristol", "glasgow", "cardiff", "norwich", "york", "sheffield"]
US_TOWNS = ["austin", "denver", "columbus", "portland", "tampa", "raleigh"]
IE_TOWNS = ["cork", "galway", "limerick", "dublin six", "drogheda"]


def num_words(n):
    """Spoken cardinal < 1000, house-number style ('one fourteen' or 'twenty two')."""
    if n < 10:
        return UNIT[n]
    if n < 100:
        return pair_words("%02d" % n)
    h, rest = divmod(n, 100)
    if rest == 0:
        return UNIT[h] + " hundred"
    return UNIT[h] + " " + (pair_words("%02d" % rest) if rest >= 10 else "oh " + UNIT[rest])


# ---------------------------------------------------------------------------
# normalisation / validation
FILL = {"um", "uh", "er", "erm", "ah", "uhm", "hmm", "sorry", "yeah", "and", "then", "like",
        "plus", "dash", "space", "slash", "of", "the"}
WORD_DIGIT = {w: str(i) for i, w in enumerate(UNIT)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "too": "2",
                   "for": "4", "fore": "4", "ate": "8", "won": "1", "tree": "3", "niner": "9"})
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["x-ray"] = "X"
HOMO_REV = {v: k for k, v in LETTER_HOMO.items()}
HOMO_REV.update({"be": "B", "sea": "C", "tea": "T", "pee": "P", "zee": "Z", "ess": "S",
                 "es": "S", "vee": "V", "ef": "F", "el": "L"})


class NormErr(ValueError):
    pass


def normalise(text, alnum=False):
    toks = re.findall(r"[a-z]+|[0-9]+", text.lower())
    if alnum and re.search(r"[0-9]", text):
        # typed form (chat): letters and digits are literal
        return "".join(toks).upper()
    out = []
    pend_tens = None
    mult = 1
    i = 0

    def emit(ch):
        nonlocal mult
        out.append(ch * mult)
        mult = 1

    def flush():
        nonlocal pend_tens
        if pend_tens is not None:
            out.append(pend_tens + "0")
            pend_tens = None

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "double" and nxt == "you" and alnum:
            flush()
            emit("W")
            i += 2
            continue
        if t in ("double", "triple"):
            flush()
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if alnum and len(t) == 1 and t.isalpha() and t != "o":
            # 'b for bravo', 'b as in bravo', 'b like bravo'
            if nxt in ("for", "like") and i + 2 < len(toks) and NATO_REV.get(toks[i + 2]) == t.upper():
                flush(); emit(t.upper()); i += 3; continue
            if nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in" and NATO_REV.get(toks[i + 3]) == t.upper():
                flush(); emit(t.upper()); i += 4; continue
            flush(); emit(t.upper()); i += 1; continue
        if t.isdigit():
            flush()
            for ch in t:
                emit(ch)
            i += 1
            continue
        if t in WORD_DIGIT:
            d = WORD_DIGIT[t]
            if pend_tens is not None and d != "0" and t in UNIT:
                out.append(pend_tens + d)
                pend_tens = None
            else:
                flush()
                emit(d)
            i += 1
            continue
        if t in TEENS:
            flush(); out.append("1" + str(TEENS.index(t))); mult = 1; i += 1; continue
        if t in TENS.values():
            flush()
            pend_tens = str([k for k, v in TENS.items() if v == t][0])
            i += 1
            continue
        if t == "hundred":
            flush(); out.append("00"); i += 1; continue
        if t in FILL and not (alnum and t in ("er", "ah")):
            flush(); i += 1; continue
        if alnum and t in NATO_REV:
            flush(); emit(NATO_REV[t]); i += 1; continue
        if alnum and t in HOMO_REV:
            flush(); emit(HOMO_REV[t]); i += 1; continue
        if alnum and t.isalpha() and len(t) <= 4:
            flush()
            for ch in t.upper():
                emit(ch)
            i += 1
            continue
        raise NormErr("cannot normalise token %r in %r" % (t, text))
    flush()
    if mult != 1:
        raise NormErr("dangling double/triple in %r" % text)
    return "".join(out)


def norm_email(text):
    toks = re.findall(r"[a-z0-9]+|[@._-]", text.lower())
    out, mult = [], 1
    for i, t in enumerate(toks):
        if t in ("um", "uh", "er"):
            continue
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            continue
        m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}.get(t)
        if m is None:
            m = {w: str(k) for k, w in enumerate(UNIT)}.get(t, t)
        out.append(m * mult)
        mult = 1
    return "".join(out)


EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                "close", "way", "court", "ct", "place", "crescent", "terrace", "boulevard",
                "blvd", "gardens", "grove", "park", "green"}


def norm_date(text):
    t = text.lower()
    for k, m in enumerate(MONTHS):
        t = re.sub(r"\b%s\b" % m, " %02d " % (k + 1), t)
        t = re.sub(r"\b%s\b" % m[:3], " %02d " % (k + 1), t)
    for k in range(len(ORD) - 1, -1, -1):
        t = re.sub(r"\b%s\b" % ORD[k], " %02d " % (k + 1), t)
    t = re.sub(r"\b(\d+)(st|nd|rd|th)\b", r"\1", t)
    t = re.sub(r"\btwo thousand (and )?", " 20 0 ", t)
    return t


def validate_group(typ, pieces):
    """Return None if OK, else an error string.  pieces = span texts of one value
    (several when a value is split over turns; each is normalised on its own,
    since a turn boundary ends a spoken number)."""
    text = " ".join(pieces)
    try:
        if typ == "EMAIL":
            v = norm_email(text)
            return None if EMAIL_RE.match(v) else "bad email %r" % v
        if typ == "ADDRESS":
            toks = set(re.findall(r"[a-z]+", text.lower()))
            has_num = bool(re.search(r"\d", text)) or bool(toks & (set(UNIT) | set(TEENS) | set(TENS.values())))
            return None if (toks & STREET_WORDS and has_num) else "bad address %r" % text
        if typ == "DOB":
            t = norm_date(text)
            v = normalise(re.sub(r"[^a-z0-9 ]", " ", t))
            return None if 4 <= len(v) <= 8 else "bad dob %r -> %r" % (text, v)
        if typ == "EXPIRY":
            t = norm_date(text)
            v = normalise(re.sub(r"[^a-z0-9 ]", " ", t))
            if len(v) == 3:
                v = "0" + v
            if len(v) in (4, 6) and 1 <= int(v[:2]) <= 12:
                return None
            return "bad expiry %r -> %r" % (text, v)
        alnum = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
        v = "".join(normalise(p, alnum=alnum) for p in pieces)
        if typ == "CARD_NUMBER":
            ok = 13 <= len(v) <= 19 and luhn_ok(v)
        elif typ == "CVV":
            ok = v.isdigit() and len(v) in (3, 4)
        elif typ == "SSN":
            ok = v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[3:5] != "00" and v[5:] != "0000" and v[0] != "9"
        elif typ == "NI_NUMBER":
            ok = bool(NI_RE.match(v))
        elif typ == "BANK_ACCOUNT":
            ok = v.isdigit() and 8 <= len(v) <= 12
        elif typ == "SORT_CODE":
            ok = v.isdigit() and len(v) == 6
        elif typ == "IBAN":
            ok = iban_ok(v) and IBAN_LEN.get(v[:2]) == len(v)
        elif typ == "PHONE":
            ok = v.isdigit() and (10 <= len(v) <= 13 or (len(v) == 14 and v.startswith("00")))
        elif typ == "POSTCODE":
            ok = bool(re.match(r"^([A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2}|[0-9]{5}([0-9]{4})?)$", v))
        else:
            return "unknown type %s" % typ
        return None if ok else "invalid %s %r -> %r" % (typ, text, v)
    except NormErr as e:
        return str(e)


def validate_frag(typ, text):
    try:
        if typ in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
            return None
        v = normalise(text, alnum=typ in ("NI_NUMBER", "POSTCODE", "IBAN"))
        return None if v else "empty fragment %r" % text
    except NormErr as e:
        return str(e)


# ---------------------------------------------------------------------------
# case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.meta = [], [], []
        self._g = 0

    def newg(self):
        self._g += 1
        return "g%d" % self._g

    def add(self, speaker, *segs):
        text, ti = "", len(self.turns)
        for seg in segs:
            if seg is None or seg == "":
                continue
            if isinstance(seg, str):
                if seg.startswith("~"):
                    text += seg[1:]
                else:
                    text += (" " if text else "") + seg
            else:
                val, typ, g, frag = seg
                if isinstance(val, str) and val.startswith("~"):
                    val = val[1:]
                elif text:
                    text += " "
                s = len(text)
                text += val
                self.spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                self.meta.append((g or self.newg(), frag))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.add("agent", *segs)

    def c(self, *segs):
        return self.add("customer", *segs)


def V(val, typ, g=None, frag=False):
    return (val, typ, g, frag)


# ---------------------------------------------------------------------------
INDUSTRY_CALL = {
    "banking": "thanks for calling the bank",
    "telecom": "you're through to customer services",
    "utilities": "you're speaking to the energy team",
    "retail": "thanks for calling the order helpline",
    "insurance": "claims and policy team how can i help",
    "travel": "thanks for calling reservations",
    "healthcare": "patient billing department",
    "government": "you're through to the benefits helpline",
}
BACK = ["mhm", "okay", "yep", "okay go on", "right", "uh huh", "yes", "got that", "go on", "okay and"]
FILLERS = ["um", "uh", "er", "erm"]


def back(r):
    return r.choice(BACK)


def ind(r, options=None):
    return r.choice(options or list(INDUSTRY_CALL))


def maybe(r, p, s):
    return s if r.random() < p else None


# ---------------- CARD calls
def call_card_one(r):
    i = ind(r, ["retail", "telecom", "utilities", "travel", "insurance", "healthcare"])
    card = gen_card(r)
    homo = r.choice([0.0, 0.0, 0.3])
    if r.random() < 0.35:
        spoken = (" %s " % r.choice(FILLERS)).join(sp_digits(r, gr, homo=homo) for gr in chunks(card, card_groups(card)))
    else:
        spoken = sp_digits(r, card, homo=homo)
    c = Case("positive", "call/%s: card read digit by digit in one turn%s" % (i, ", ASR homophones" if homo else ""))
    c.a(INDUSTRY_CALL[i], "so to take the payment", r.choice(["can i have the long number on the card", "what's the card number please", "go ahead with the sixteen digits"]))
    c.c(r.choice(["yeah it's", "okay it's", "right so", "um", "yep"]), V(spoken, "CARD_NUMBER"), maybe(r, 0.4, r.choice(["that's it", "did you get that", "i think"])))
    c.a(r.choice(["lovely thank you", "perfect", "thanks i've got that"]))
    return c


def call_card_split(r):
    i = ind(r)
    card = gen_card(r)
    groups = chunks(card, card_groups(card))
    zw = zero_word(r)
    c = Case("positive", "call/%s: card split over %d customer turns with back-channels" % (i, len(groups)))
    c.a(r.choice(["okay when you're ready read me the card number", "and the card number please", "go ahead with the card number"]))
    g = c.newg()
    for k, grp in enumerate(groups):
        lead = r.choice(["it's", "right", "okay", None, None]) if k == 0 else r.choice([None, None, "then", "um"])
        c.c(lead, V(sp_mixed(r, grp, zw, homo=0.15), "CARD_NUMBER", g))
        if k < len(groups) - 1:
            c.a(back(r))
    c.a(r.choice(["thank you", "and that's a visa is it", "lovely"]))
    return c


def call_card_restart(r):
    i = ind(r)
    card = gen_card(r)
    cut = r.randint(4, 9)
    c = Case("positive", "call/%s: customer false start on card, agent interrupts, full restart" % i)
    c.a("and the card number")
    c.c(r.choice(["yeah", "okay"]), V(sp_digits(r, card[:cut]), "CARD_NUMBER", frag=True))
    c.a(r.choice(["sorry you're breaking up a bit could you start again from the beginning",
                  "sorry can i stop you there the line went could you go again",
                  "sorry just a sec the system froze okay from the start please"]))
    c.c(r.choice(["no worries", "okay", "right"]), maybe(r, 0.5, "so"), V(sp_digits(r, card), "CARD_NUMBER"))
    c.a("brilliant thanks")
    return c


def call_card_correction(r):
    i = ind(r)
    card = gen_card(r)
    groups = chunks(card, card_groups(card))
    k = r.randint(1, len(groups) - 1)
    wrong = list(groups[k])
    j = r.randrange(len(wrong))
    wrong[j] = str((int(wrong[j]) + r.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    c = Case("positive", "call/%s: card with mid-reading self-correction of one group" % i)
    c.a("okay go ahead with the card number")
    g = c.newg()
    c.c(V(sp_digits(r, "".join(groups[:k])), "CARD_NUMBER", g))
    c.a(back(r))
    c.c(V(sp_digits(r, wrong, dbl=0), "CARD_NUMBER", frag=True), r.choice(["no sorry", "no wait sorry", "oh hang on no"]),
        V(sp_digits(r, groups[k], dbl=0), "CARD_NUMBER", g))
    for grp in groups[k + 1:]:
        c.a(back(r))
        c.c(V(sp_digits(r, grp), "CARD_NUMBER", g))
    c.a("okay")
    return c


def call_card_readback(r):
    i = ind(r, ["retail", "travel", "insurance", "utilities"])
    card = gen_card(r)
    groups = chunks(card, card_groups(card))
    c = Case("positive", "call/%s: card given then read back by the agent in groups" % i)
    c.a("what's the card number")
    c.c(V(sp_pairs(r, card) if r.random() < 0.5 else sp_digits(r, card), "CARD_NUMBER"))
    c.a("let me read that back", V(" ".join(sp_digits(r, gr, dbl=0) for gr in groups), "CARD_NUMBER"), "is that right")
    c.c(r.choice(["yes that's right", "yep", "that's correct"]))
    return c


def call_card_full(r):
    """card + expiry + cvv over a payment call, with an amount (not PII)."""
    i = ind(r, ["retail", "telecom", "utilities", "travel", "healthcare", "insurance"])
    card = gen_card(r)
    amount = "%s %s" % (num_words(r.randint(12, 480)), r.choice(["pounds", "dollars", "euro"]))
    mm, yy = r.randint(1, 12), r.randint(26, 33)
    cvv = digits(r, 4 if len(card) == 15 else 3)
    c = Case("positive", "call/%s: card, expiry and security code in one payment, amount nearby" % i)
    c.a("so the amount today is", amount, "and what card will you be using")
    c.c("okay the number is", V(sp_mixed(r, card, homo=0.2), "CARD_NUMBER"))
    c.a(r.choice(["and the expiry date", "and when does it expire", "expiry please"]))
    exp = r.choice([pair_words("%02d" % mm) + " " + pair_words("%02d" % yy),
                    sp_digits(r, "%02d" % mm, dbl=0) + " " + pair_words("%02d" % yy),
                    MONTHS[mm - 1] + " " + pair_words("%02d" % yy),
                    MONTHS[mm - 1] + " twenty " + pair_words("%02d" % yy)])
    c.c(r.choice(["it's", "um", "", "that's"]), V(exp, "EXPIRY"))
    c.a(r.choice(["and the last three digits on the back", "and the security code", "and the c v v"]))
    c.c(V(sp_digits(r, cvv, homo=0.3), "CVV"))
    c.a("thank you that's gone through for", amount)
    return c


# ---------------- CVV / EXPIRY focused calls
def call_cvv_expiry_split(r):
    i = ind(r, ["retail", "travel", "telecom"])
    mm, yy = r.randint(1, 12), r.randint(26, 33)
    cvv = digits(r, 3)
    c = Case("positive", "call/%s: expiry and cvv in one turn, agent confirms expiry" % i)
    c.a("can i take the expiry and the three digit code")
    exp = r.choice([sp_digits(r, "%02d" % mm, dbl=0) + " " + sp_digits(r, "%02d" % yy, dbl=0),
                    pair_words("%02d" % mm) + " slash " + pair_words("%02d" % yy)])
    c.c("expiry is", V(exp, "EXPIRY"), r.choice(["and the code is", "and the number on the back is", "code"]),
        V(sp_digits(r, cvv, homo=0.25), "CVV"))
    c.a("so expiring", V(MONTHS[mm - 1] + " twenty " + pair_words("%02d" % yy), "EXPIRY"), "yeah")
    c.c("yes")
    return c


def call_cvv_hesitant(r):
    cvv = digits(r, 3)
    c = Case("positive", "call/retail: cvv given over two turns after customer turns the card over")
    c.a("and the security number on the back of the card please")
    c.c("hang on let me turn it over it's really faded", V(sp_digits(r, cvv[:2], dbl=0), "CVV", "cv"))
    c.a("mhm")
    c.c(V(sp_digits(r, cvv[2], dbl=0), "CVV", "cv") if False else "i think the last one is", V(sp_digits(r, cvv[2:], dbl=0), "CVV", "cv"))
    c.a("thank you")
    return c


def call_expiry_mid_chat(r):
    mm, yy = r.randint(1, 12), r.randint(26, 33)
    c = Case("positive", "call/telecom: expiry given as month name with year, call mentions other dates")
    c.a("your contract renews on the", ORD[r.randint(0, 27)], "of", MONTHS[r.randint(0, 11)], "so what's the expiry on the new card")
    c.c("it runs out", V("end of " + MONTHS[mm - 1] + " twenty " + pair_words("%02d" % yy) if False else MONTHS[mm - 1] + " twenty " + pair_words("%02d" % yy), "EXPIRY"))
    c.a("lovely")
    return c


# ---------------- SSN calls
def call_ssn(r):
    i = ind(r, ["banking", "insurance", "healthcare", "government", "telecom"])
    ssn = gen_ssn(r)
    style = r.choice(["digits", "groups", "mixed"])
    if style == "digits":
        sp = sp_digits(r, ssn, homo=0.2)
    elif style == "groups":
        sp = "%s %s %s" % (sp_digits(r, ssn[:3], dbl=0), sp_digits(r, ssn[3:5], dbl=0), sp_digits(r, ssn[5:], dbl=0.5))
    else:
        sp = "%s %s %s" % (sp_digits(r, ssn[:3]), pair_words(ssn[3:5]), sp_pairs(r, ssn[5:]))
    c = Case("positive", "call/%s US: social security number in one turn (%s)" % (i, style))
    c.a(r.choice(["can i get your social security number to verify", "for verification i'll need your social",
                  "what's the social on the account"]))
    c.c(r.choice(["sure it's", "yeah", "um okay", "it's"]), V(sp, "SSN"))
    c.a("thank you")
    return c


def call_ssn_split(r):
    i = ind(r, ["banking", "insurance", "healthcare", "government"])
    ssn = gen_ssn(r)
    c = Case("positive", "call/%s US: SSN split across three turns with agent back-channels" % i)
    c.a("and your social security number")
    g = c.newg()
    c.c(r.choice(["okay", "it's", "um"]), V(sp_digits(r, ssn[:3]), "SSN", g))
    c.a(back(r))
    c.c(V(sp_digits(r, ssn[3:5]), "SSN", g))
    c.a(back(r))
    c.c(V(sp_mixed(r, ssn[5:]), "SSN", g), maybe(r, 0.5, "that's it"))
    c.a("perfect thanks")
    return c


def call_ssn_correction(r):
    ssn = gen_ssn(r)
    wrong = ssn[:4] + str((int(ssn[4]) + 3) % 10)
    c = Case("positive", "call/insurance US: SSN with restart after mistake and agent read-back")
    c.a("i'll need the policyholder's social please")
    c.c(V(sp_digits(r, wrong, dbl=0), "SSN", frag=True), r.choice(["no sorry that's wrong let me start over", "wait no that's my wife's hold on"]),
        V(sp_digits(r, ssn), "SSN"))
    c.a("okay so", V(sp_digits(r, ssn[:3], dbl=0) + " " + sp_digits(r, ssn[3:5], dbl=0) + " " + sp_digits(r, ssn[5:], dbl=0), "SSN"), "correct")
    c.c("yep that's it")
    return c


def call_ssn_with_noise(r):
    ssn = gen_ssn(r)
    claim = digits(r, 7, True)
    c = Case("positive", "call/healthcare billing US: SSN next to claim number and amount (unlabelled)")
    c.a("i have your claim number", sp_digits(r, claim), "for", num_words(r.randint(120, 900)), "dollars can you confirm the patient's social")
    c.c(V(sp_digits(r, ssn[:5]), "SSN", "s"), "um", V(sp_digits(r, ssn[5:]), "SSN", "s"))
    c.a("thank you")
    return c


# ---------------- NI calls
def sp_ni(r, ni, style=None):
    style = style or r.choice(["plain", "nato", "pairs", "homo"])
    L = ni[:2]
    d = ni[2:8]
    s = ni[8]
    if style == "nato":
        lp = " ".join(sp_letter(r, ch, nato=0.9, homo=0) for ch in L)
    elif style == "homo":
        lp = " ".join(sp_letter(r, ch, nato=0, homo=0.7) for ch in L)
    else:
        lp = " ".join(ch.lower() for ch in L)
    dp = sp_pairs(r, d) if style == "pairs" else sp_digits(r, d)
    sp = sp_letter(r, s, nato=0.4 if style == "nato" else 0.1, homo=0.2)
    return lp, dp, sp


def call_ni(r):
    i = ind(r, ["government", "banking", "insurance", "utilities"])
    ni = gen_ni(r)
    lp, dp, sp = sp_ni(r, ni)
    c = Case("positive", "call/%s UK: national insurance number in one turn" % i)
    c.a(r.choice(["can i take your national insurance number", "and your n i number please", "what's your national insurance"]))
    c.c(r.choice(["yeah it's", "okay", "um it's", "right"]), V(lp + " " + dp + " " + sp, "NI_NUMBER"))
    c.a("thanks for that")
    return c


def call_ni_split(r):
    i = ind(r, ["government", "banking", "insurance"])
    ni = gen_ni(r)
    lp, dp, sp = sp_ni(r, ni)
    c = Case("positive", "call/%s UK: NI number split letters / digits / suffix letter across turns" % i)
    c.a("and your national insurance number")
    g = c.newg()
    c.c(r.choice(["okay it starts", "right", "so"]), V(lp, "NI_NUMBER", g))
    c.a(back(r))
    c.c(V(dp, "NI_NUMBER", g))
    c.a(r.choice(["and the letter at the end", "and the last letter", "mhm and"]))
    c.c(V(sp, "NI_NUMBER", g))
    c.a("thank you")
    return c


def call_ni_clarify(r):
    ni = gen_ni(r)
    lp, dp, sp = sp_ni(r, ni, style="plain")
    c = Case("positive", "call/government UK: NI letter clarified with phonetic after agent query, agent reads back")
    c.a("can you confirm your national insurance number")
    c.c(V(lp + " " + dp + " " + sp, "NI_NUMBER"))
    c.a("sorry was that", V(ni[0].lower() + " for " + NATO[ni[0]], "NI_NUMBER", frag=True), "at the start")
    c.c("yes", V(ni[0].lower() + " for " + NATO[ni[0]], "NI_NUMBER", frag=True), V(ni[1].lower() + " for " + NATO[ni[1]], "NI_NUMBER", frag=True))
    c.a("so that's", V(" ".join(NATO[x] for x in ni[:2]) + " " + sp_digits(r, ni[2:8], dbl=0) + " " + NATO[ni[8]], "NI_NUMBER"))
    c.c("that's right")
    return c


def call_ni_correction(r):
    ni = gen_ni(r)
    c = Case("positive", "call/government UK: NI digits self-corrected mid reading")
    c.a("national insurance number please")
    g = c.newg()
    bad = ni[2:5] + str((int(ni[5]) + 2) % 10)
    c.c(V(" ".join(x.lower() for x in ni[:2]), "NI_NUMBER", g), V(sp_digits(r, bad, dbl=0), "NI_NUMBER", frag=True),
        "no sorry", V(sp_digits(r, ni[2:8], dbl=0), "NI_NUMBER", g), "and then", V(sp_letter(r, ni[8]), "NI_NUMBER", g))
    c.a("okay lovely")
    return c


# ---------------- bank calls
def call_sort_acct(r):
    i = ind(r, ["banking", "utilities", "insurance", "government", "telecom"])
    sc = digits(r, 6)
    acct = digits(r, 8)
    c = Case("positive", "call/%s UK: sort code as pairs and account number, direct debit setup" % i)
    c.a("to set up the direct debit i need the sort code and account number")
    scs = r.choice([sp_pairs(r, sc), sp_digits(r, sc), " ".join(sp_digits(r, sc[k:k + 2], dbl=0) for k in (0, 2, 4))])
    c.c("sort code is", V(scs, "SORT_CODE"))
    c.a(back(r))
    c.c("and the account number", V(sp_mixed(r, acct, homo=0.15), "BANK_ACCOUNT"))
    c.a("and the payment of", num_words(r.randint(20, 300)), "pounds will come out on the", ORD[r.randint(0, 27)], "is that okay")
    c.c("yeah that's fine")
    return c


def call_acct_split(r):
    i = ind(r, ["banking", "utilities", "insurance"])
    acct = digits(r, r.choice([8, 8, 10, 12]))
    sc = digits(r, 6)
    c = Case("positive", "call/%s: account number split over turns with interruption, sort code first" % i)
    c.a("what's the sort code")
    g1 = c.newg()
    c.c(V(pair_words(sc[:2]), "SORT_CODE", g1))
    c.a(back(r))
    c.c(V(pair_words(sc[2:4]) + " " + pair_words(sc[4:]), "SORT_CODE", g1))
    c.a("and the account number")
    g = c.newg()
    half = len(acct) // 2
    c.c(V(sp_digits(r, acct[:half]), "BANK_ACCOUNT", g))
    c.a("sorry was that", V(sp_digits(r, acct[half - 1], dbl=0), "BANK_ACCOUNT", frag=True), "at the end there")
    c.c("yeah", V(sp_digits(r, acct[half - 1], dbl=0), "BANK_ACCOUNT", frag=True), "then", V(sp_digits(r, acct[half:]), "BANK_ACCOUNT", g))
    c.a("great")
    return c


def call_us_acct(r):
    acct = digits(r, r.choice([9, 10, 11, 12]), True)
    c = Case("positive", "call/banking US: checking account number read in one go, amount unlabelled")
    c.a("for the refund of", num_words(r.randint(20, 400)), "dollars what's the account number it should go to")
    c.c(r.choice(["the checking account is", "account number", "it's"]), V(sp_mixed(r, acct), "BANK_ACCOUNT"))
    c.a("thank you")
    return c


def sp_iban(r, iban):
    parts = []
    parts.append(" ".join(sp_letter(r, ch, nato=0.3, homo=0) for ch in iban[:2]))
    parts.append(r.choice([pair_words(iban[2:4]), sp_digits(r, iban[2:4], dbl=0)]))
    rest = iban[4:]
    buf = []
    for ch in rest:
        if ch.isalpha():
            if buf:
                parts.append(sp_digits(r, "".join(buf)))
                buf = []
            parts.append(sp_letter(r, ch, nato=0.25, homo=0))
        else:
            buf.append(ch)
            if len(buf) == 4:
                parts.append(sp_digits(r, "".join(buf)))
                buf = []
    if buf:
        parts.append(sp_digits(r, "".join(buf)))
    return parts


def call_iban(r):
    iban = gen_iban(r)
    parts = sp_iban(r, iban)
    c = Case("positive", "call/banking %s: IBAN spelled out over several turns" % iban[:2])
    c.a(r.choice(["and the iban for the transfer", "can you read me the iban", "what's the international account number the iban"]))
    g = c.newg()
    n = r.randint(2, 4)
    k = max(1, len(parts) // n)
    for j in range(0, len(parts), k):
        seg = " ".join(parts[j:j + k])
        c.c(V(seg, "IBAN", g))
        if j + k < len(parts):
            c.a(back(r))
    c.a("thanks i've got that")
    return c


# ---------------- phone / email calls
def call_phone(r):
    kind = r.choice(["uk", "uk", "us", "ie", "intl"])
    if kind == "uk":
        ph = gen_uk_mobile(r) if r.random() < 0.7 else gen_uk_land(r)
        sp = r.choice([sp_digits(r, ph, homo=0.15), sp_digits(r, ph[:5]) + " " + sp_mixed(r, ph[5:])])
        where = "UK"
    elif kind == "us":
        ph = gen_us_phone(r)
        sp = sp_digits(r, ph[:3]) + " " + sp_digits(r, ph[3:6]) + " " + sp_mixed(r, ph[6:])
        where = "US"
    elif kind == "ie":
        ph = gen_ie_mobile(r)
        sp = sp_digits(r, ph, homo=0.15)
        where = "IE"
    else:
        ph = r.choice(["44" + gen_uk_mobile(r)[1:], "353" + gen_ie_mobile(r)[1:]])
        sp = "plus " + (sp_digits(r, ph[:2]) if ph.startswith("44") else sp_digits(r, ph[:3])) + " " + sp_digits(r, ph[2:] if ph.startswith("44") else ph[3:])
        where = "international"
    i = ind(r, ["telecom", "utilities", "retail", "travel", "banking", "healthcare"])
    c = Case("positive", "call/%s %s: phone number for call back" % (i, where))
    c.a(r.choice(["what's the best number to reach you on", "and a contact number", "can i take a phone number in case we get cut off"]))
    c.c(r.choice(["yeah it's", "my mobile is", "probably the mobile so", "um"]), V(sp, "PHONE"))
    c.a(r.choice(["thanks", "lovely", "great"]), maybe(r, 0.5, "we'll call you back in about " + r.choice(["twenty", "forty five", "ten"]) + " minutes"))
    return c


def call_phone_split(r):
    ph = gen_uk_mobile(r) if r.random() < 0.6 else gen_us_phone(r)
    parts = chunks(ph, [5, 3, 3] if len(ph) == 11 else [3, 3, 4])
    c = Case("positive", "call/telecom: phone number split over turns, agent interrupts, readback")
    c.a("and the number you're calling about")
    g = c.newg()
    for k, p in enumerate(parts):
        c.c(V(sp_digits(r, p, homo=0.1), "PHONE", g))
        if k < len(parts) - 1:
            c.a(back(r))
    c.a("so that's", V(" ".join(sp_digits(r, p, dbl=0) for p in parts), "PHONE"))
    c.c("yeah")
    return c


def spoken_email(r, user, dom):
    spell = r.random() < 0.35
    u = user.replace(".", " dot ").replace("_", " underscore ")
    if spell:
        last = user.split(".")[-1]
        u = u.replace(last, " ".join(last)) if last.isalpha() else u
    d = dom.replace(".", " dot ")
    return re.sub(r"\s+", " ", u + " at " + d).strip()


def gen_user(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    form = r.choice(["f.l", "fl", "f_l", "fL", "fl99", "f.l99"])
    if form == "f.l":
        return f + "." + l
    if form == "fl":
        return f[0] + l
    if form == "f_l":
        return f + "_" + l
    if form == "fL":
        return f + l
    if form == "fl99":
        return f + l[0] + str(r.randint(70, 99))
    return f + "." + l + str(r.randint(1, 9))


def sp_user(r, user):
    m = re.match(r"^([a-z._]+?)(\d+)$", user)
    if m:
        base, num = m.group(1), m.group(2)
        return spoken_email(r, base, "x.y").split(" at ")[0] + " " + (pair_words(num) if len(num) == 2 else UNIT[int(num)])
    return spoken_email(r, user, "x.y").split(" at ")[0]


def call_email(r):
    user, dom = gen_user(r), r.choice(DOMAINS)
    sp = sp_user(r, user) + " at " + dom.replace(".", " dot ")
    i = ind(r, ["retail", "telecom", "travel", "insurance", "utilities"])
    c = Case("positive", "call/%s: email address dictated with dot/at words" % i)
    c.a(r.choice(["and an email for the confirmation", "what email address should we send that to", "can i take an email"]))
    c.c(r.choice(["yeah it's", "sure", "um it's"]), V(sp, "EMAIL"))
    c.a("and is that all lower case")
    c.c("yes all lower case")
    return c


def call_email_split(r):
    user, dom = gen_user(r), r.choice(DOMAINS)
    c = Case("positive", "call/retail: email split over two turns, agent reads back")
    c.a("and the email address")
    g = c.newg()
    c.c(V(sp_user(r, user), "EMAIL", g))
    c.a("mhm at")
    c.c(V("at " + dom.replace(".", " dot "), "EMAIL", g))
    c.a("so that's", V(sp_user(r, user) + " at " + dom.replace(".", " dot "), "EMAIL"))
    c.c("that's it")
    return c


# ---------------- DOB / postcode / address calls
def sp_dob(r):
    y = r.randint(1938, 2004)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    yr = sp_pairs(r, str(y)) if y < 2000 else r.choice(["two thousand and " + UNIT[y - 2000], "two thousand " + UNIT[y - 2000]])
    style = r.choice(["ord", "ord2", "us", "numeric", "short"])
    if style == "ord":
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], yr) if False else "%s of %s %s" % (ORD[d - 1], MONTHS[m - 1], yr)
    if style == "ord2":
        return "%s the %s %s" % (MONTHS[m - 1], ORD[d - 1], yr)
    if style == "us":
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], yr)
    if style == "numeric":
        return "%s %s %s" % (pair_words("%02d" % d), pair_words("%02d" % m), sp_pairs(r, str(y)[2:]))
    return "%s %s %s" % (sp_digits(r, "%02d" % d, dbl=0), sp_digits(r, "%02d" % m, dbl=0), sp_digits(r, str(y)[2:], dbl=0))


def call_dob(r):
    i = ind(r)
    c = Case("positive", "call/%s: date of birth for security, other non-PII numbers nearby" % i)
    c.a(r.choice(["for security can i take your date of birth", "can you confirm your date of birth", "and your d o b"]))
    c.c(r.choice(["yeah it's", "it's", "um", "sure"]), V(sp_dob(r), "DOB"))
    c.a("thank you and i can see", r.choice(["three", "two", "four"]), "payments on the account since", r.choice(["march", "january", "last year"]))
    return c


def call_dob_pc(r):
    i = ind(r, ["banking", "utilities", "telecom", "insurance"])
    a, b = gen_uk_pc(r)
    c = Case("positive", "call/%s UK: security check with DOB then postcode split over turns" % i)
    c.a("can i have your date of birth and the postcode on the account")
    c.c(V(sp_dob(r), "DOB"))
    c.a(back(r), "and the postcode")
    g = c.newg()
    area, dist = re.match(r"([A-Z]+)(\d+)", a).groups()
    out = " ".join(sp_letter(r, ch, nato=0.25, homo=0.2) for ch in area) + " " + (num_words(int(dist)) if r.random() < 0.5 else sp_digits(r, dist, dbl=0))
    inw = UNIT[int(b[0])] + " " + " ".join(sp_letter(r, ch, nato=0.25, homo=0.2) for ch in b[1:])
    c.c(V(out, "POSTCODE", g))
    c.a(back(r))
    c.c(V(inw, "POSTCODE", g))
    c.a("perfect you're through security")
    return c


def call_address(r):
    country = r.choice(["UK", "US", "IE"])
    num = r.choice([r.randint(1, 99), r.randint(100, 950)])
    street = r.choice({"UK": UK_STREETS, "US": US_STREETS, "IE": IE_STREETS}[country])
    town = r.choice({"UK": UK_TOWNS, "US": US_TOWNS, "IE": IE_TOWNS}[country])
    i = ind(r, ["retail", "utilities", "insurance", "telecom", "government"])
    c = Case("positive", "call/%s %s: street address then postcode/zip" % (i, country))
    c.a(r.choice(["what's the address for the delivery", "and the first line of the address", "can you confirm the address"]))
    flat = maybe(r, 0.2, "flat " + UNIT[r.randint(1, 9)])
    if flat:
        num = r.randint(10, 99)
    addr = (flat + " " if flat else "") + num_words(num) + " " + street
    if country == "UK":
        a, b = gen_uk_pc(r)
        pc = " ".join(ch.lower() for ch in re.match(r"[A-Z]+", a).group()) + " " + sp_digits(r, re.search(r"\d+", a).group(), dbl=0) + " " + UNIT[int(b[0])] + " " + " ".join(ch.lower() for ch in b[1:])
        c.c(r.choice(["it's", "yeah", "um"]), V(addr, "ADDRESS"), town, "and the postcode is", V(pc, "POSTCODE"))
    elif country == "US":
        z = gen_zip(r)
        c.c(r.choice(["it's", "sure"]), V(addr, "ADDRESS"), town, r.choice(["texas", "colorado", "ohio", "oregon", "florida"]),
            "zip", V(sp_digits(r, z), "POSTCODE"))
    else:
        c.c(r.choice(["it's", "so it's"]), V(addr, "ADDRESS"), town)
    c.a("lovely that's all updated")
    return c


def call_address_restart(r):
    num1, num2 = r.randint(2, 90), r.randint(2, 90)
    street = r.choice(UK_STREETS)
    old = r.choice(UK_STREETS)
    c = Case("positive", "call/utilities UK: customer starts old address, corrects to new one (both labelled)")
    c.a("and what's the supply address")
    c.c(V(num_words(num1) + " " + old, "ADDRESS"), "oh no sorry that's the old place we moved it's", V(num_words(num2) + " " + street, "ADDRESS"))
    c.a("okay and is the meter reading still", sp_digits(r, digits(r, 5)), "from last month")
    c.c("yeah")
    return c


# ---------------- multi-entity calls
def call_kitchen_sink(r):
    ni = gen_ni(r)
    ph = gen_uk_mobile(r)
    lp, dp, sp = sp_ni(r, ni)
    c = Case("positive", "call/government UK: NI number, then phone, chit-chat between values")
    c.a("right i'll need your national insurance number and a phone number")
    c.c("okay n i is", V(lp + " " + dp + " " + sp, "NI_NUMBER"), "and sorry it's been a nightmare i've been on hold for", r.choice(["forty", "fifty five", "twenty"]), "minutes")
    c.a("i do apologise for that and the phone number")
    c.c(V(sp_digits(r, ph, homo=0.1), "PHONE"))
    c.a("thank you")
    return c


def call_two_in_one(r):
    ssn = gen_ssn(r)
    z = gen_zip(r)
    c = Case("positive", "call/banking US: SSN and zip code in one customer turn")
    c.a("to verify i need your social and your zip code")
    c.c("social's", V(sp_digits(r, ssn), "SSN"), "and the zip is", V(sp_mixed(r, z), "POSTCODE"))
    c.a("thank you")
    return c


def call_card_and_phone(r):
    card = gen_card(r)
    ph = gen_us_phone(r) if r.random() < 0.5 else gen_uk_mobile(r)
    c = Case("positive", "call/travel: card number then phone number, agent interrupts card")
    c.a("booking reference is", " ".join(sp_letter(r, ch, nato=0, homo=0) for ch in "QXR") + " " + sp_digits(r, digits(r, 3)), "and i just need the card to secure it")
    g = c.newg()
    cut = len(card) // 2
    c.c(V(sp_digits(r, card[:cut]), "CARD_NUMBER", g))
    c.a("sorry go on")
    c.c(V(sp_digits(r, card[cut:]), "CARD_NUMBER", g))
    c.a("and a phone number for the booking")
    c.c(V(sp_digits(r, ph), "PHONE"))
    c.a("all done")
    return c


def call_dob_split(r):
    y, m, d = r.randint(1940, 1999), r.randint(1, 12), r.randint(1, 28)
    i = ind(r, ["banking", "healthcare", "insurance", "government", "telecom"])
    c = Case("positive", "call/%s: DOB split, day+month then year after agent prompt, agent repeats it" % i)
    c.a("and can you confirm your date of birth")
    g = c.newg()
    c.c(r.choice(["yeah", "um it's the", "so"]), V(ORD[d - 1] + " of " + MONTHS[m - 1], "DOB", g))
    c.a(r.choice(["and the year", "mhm and what year", "sorry the year"]))
    c.c(V(sp_pairs(r, str(y)), "DOB", g), r.choice(["", "i'm getting on a bit", "don't remind me"]))
    c.a("thank you so", V(ORD[d - 1] + " of " + MONTHS[m - 1] + " " + sp_pairs(r, str(y)), "DOB"), "and you've been with us", r.choice(["six", "eleven", "three"]), "years")
    c.c("that's right")
    return c


def call_postcode_readback(r):
    a, b = gen_uk_pc(r)
    pc = a + b
    i = ind(r, ["retail", "utilities", "insurance", "telecom"])
    c = Case("positive", "call/%s UK: postcode with letter homophones, agent reads back in NATO" % i)
    c.a("what's the postcode there")
    c.c(V(" ".join(sp_letter(r, ch, nato=0.1, homo=0.5) if ch.isalpha() else UNIT[int(ch)] for ch in pc), "POSTCODE"))
    c.a("so that's", V(" ".join(NATO[ch] if ch.isalpha() else UNIT[int(ch)] for ch in pc), "POSTCODE"))
    c.c("yes that's it the parcel was", r.choice(["two", "three", "five"]), "days late by the way")
    return c


def call_email_spelled(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    sep = r.choice(["_", "-", "."])
    word = {"_": "underscore", "-": "dash", ".": "dot"}[sep]
    num = str(r.randint(1, 99))
    dom = r.choice(DOMAINS)
    spoken = "%s %s %s %s at %s" % (" ".join(f), word, l, sp_digits(r, num, dbl=0), dom.replace(".", " dot "))
    c = Case("positive", "call/%s: email with first name spelled letter by letter, %s and digits" % (ind(r, ["travel", "retail", "insurance"]), word))
    c.a("can you spell the email for me")
    c.c("yeah it's", V(spoken, "EMAIL"))
    c.a("so", V("%s%s%s%s at %s" % (f, " " + word + " ", l, " " + sp_digits(r, num, dbl=0), dom.replace(".", " dot ")), "EMAIL"), "yeah")
    c.c("perfect")
    return c


# ---------------- CHAT positives
def ch_sep(r, s, sizes):
    sep = r.choice([" ", " ", "-", "", " ", ".", "  "])
    return sep.join(chunks(s, sizes))


def chat_card(r):
    card = gen_card(r)
    txt = ch_sep(r, card, card_groups(card))
    mm, yy = r.randint(1, 12), r.randint(26, 33)
    cvv = digits(r, 4 if len(card) == 15 else 3)
    i = ind(r, ["retail", "travel", "telecom", "utilities"])
    c = Case("positive", "chat/%s: card, expiry and cvv typed in one message" % i)
    c.a(r.choice(["Please provide your card details to complete the payment.", "Could you send the card number, expiry and security code?"]))
    exp = r.choice(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%d/%02d" % (mm, yy)])
    c.c(r.choice(["card", "Card no:", "its", "number"]), V(txt, "CARD_NUMBER"), r.choice(["exp", "expiry", "~, exp", "~. Expires"]), V(exp, "EXPIRY"),
        r.choice(["cvv", "~, cvv", "security code", "~, code"]), V(cvv, "CVV"))
    c.a("Thanks, payment of £%d.%02d has been taken." % (r.randint(5, 400), r.randint(0, 99)))
    return c


def chat_card_split(r):
    card = gen_card(r)
    groups = chunks(card, card_groups(card))
    c = Case("positive", "chat/retail: card typed over two messages")
    c.a("What's the card number?")
    g = c.newg()
    h = len(groups) // 2
    c.c(V(" ".join(groups[:h]), "CARD_NUMBER", g))
    c.c(V(" ".join(groups[h:]), "CARD_NUMBER", g), r.choice(["sorry hit enter too soon", "oops", "", "^ rest of it"]))
    c.a("No problem, got it.")
    return c


def chat_ssn(r):
    ssn = gen_ssn(r)
    fmt = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"])
    v = fmt % (ssn[:3], ssn[3:5], ssn[5:])
    i = ind(r, ["banking", "insurance", "healthcare", "government"])
    c = Case("positive", "chat/%s US: SSN typed (%s)" % (i, "compact" if fmt == "%s%s%s" else "separated"))
    c.a("To locate your file I need your Social Security number.")
    c.c(r.choice(["sure its", "SSN:", "ok", "my ssn is", "Social -"]), V(v, "SSN"), r.choice(["", "thx", "~.", "and my claim is %s" % digits(r, 8, True)]))
    c.a("Thank you.")
    return c


def chat_ni(r):
    ni = gen_ni(r)
    fmt = r.choice(["sp", "compact", "lower", "partsp"])
    if fmt == "sp":
        v = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif fmt == "compact":
        v = ni
    elif fmt == "lower":
        v = ni.lower()
    else:
        v = "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    i = ind(r, ["government", "banking", "insurance"])
    c = Case("positive", "chat/%s UK: NI number typed (%s)" % (i, fmt))
    c.a("Can you give me your National Insurance number?")
    c.c(r.choice(["yes it is", "NI:", "its", "ni number", "sure -"]), V(v, "NI_NUMBER"), r.choice(["", "~.", "cheers", "~!"]))
    c.a("Thanks, I've found your record.")
    return c


def chat_bank(r):
    kind = r.choice(["uk", "uk", "iban"])
    c = Case("positive", "chat/banking: %s typed" % ("sort code and account" if kind == "uk" else "IBAN"))
    if kind == "uk":
        sc, acct = digits(r, 6), digits(r, 8)
        scv = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.a("Please send the sort code and account number for the refund.")
        c.c(r.choice(["sort code", "SC", "sort"]), V(scv, "SORT_CODE"), r.choice(["acc", "account no", "~, account", "a/c"]), V(acct, "BANK_ACCOUNT"))
    else:
        iban = gen_iban(r)
        v = r.choice([iban, " ".join(iban[k:k + 4] for k in range(0, len(iban), 4))])
        c.a("Please share the IBAN the refund should go to.")
        c.c(r.choice(["IBAN:", "iban is", "here:"]), V(v, "IBAN"), r.choice(["", "BIC is %s" % r.choice(["AIBKIE2D", "NWBKGB2L", "INGBNL2A"])]))
    c.a("Thanks, the refund of %d.%02d will arrive in 3-5 working days." % (r.randint(10, 900), r.randint(0, 99)))
    return c


def chat_contact(r):
    user, dom = gen_user(r), r.choice(DOMAINS)
    email = user + "@" + dom
    if r.random() < 0.3:
        email = email.capitalize() if r.random() < 0.5 else email.upper()
    kind = r.choice(["uk", "us", "ie", "intl"])
    if kind == "uk":
        p = gen_uk_mobile(r)
        ph = r.choice([p, p[:5] + " " + p[5:], p[:5] + " " + p[5:8] + " " + p[8:]])
    elif kind == "us":
        p = gen_us_phone(r)
        ph = r.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])
    elif kind == "ie":
        p = gen_ie_mobile(r)
        ph = r.choice([p, p[:3] + " " + p[3:6] + " " + p[6:]])
    else:
        p = gen_uk_mobile(r)
        ph = r.choice(["+44 " + p[1:5] + " " + p[5:], "+44" + p[1:], "0044 " + p[1:]])
    c = Case("positive", "chat/%s: email and %s phone typed in one message" % (ind(r, ["retail", "telecom", "travel", "utilities"]), kind))
    c.a("Could you confirm your contact details?")
    if r.random() < 0.5:
        c.c(r.choice(["email", "Email:", "its"]), V(email, "EMAIL"), r.choice(["and mob", "~, phone", "tel", "~. Mobile"]), V(ph, "PHONE"))
    else:
        c.c(r.choice(["call me on", "Phone:", "mob"]), V(ph, "PHONE"), r.choice(["or email", "~, email", "or"]), V(email, "EMAIL"), r.choice(["", "~.", "thanks"]))
    c.a("Thanks, updated.")
    return c


def chat_address(r):
    country = r.choice(["UK", "US", "IE"])
    num = r.randint(1, 250)
    street = r.choice({"UK": UK_STREETS, "US": US_STREETS, "IE": IE_STREETS}[country]).title()
    if r.random() < 0.3:
        street = street.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
    town = r.choice({"UK": UK_TOWNS, "US": US_TOWNS, "IE": IE_TOWNS}[country]).title()
    addr = ("Flat %d, " % r.randint(1, 12) if r.random() < 0.2 else "") + "%d %s" % (num, street)
    c = Case("positive", "chat/%s %s: delivery address with postcode" % (ind(r, ["retail", "utilities", "insurance"]), country))
    c.a("What's the delivery address?")
    if country == "UK":
        a, b = gen_uk_pc(r)
        pc = r.choice([a + " " + b, a + b, (a + " " + b).lower()])
        c.c(V(addr, "ADDRESS"), "~,", town + r.choice([", ", " "]), V("~" + pc, "POSTCODE"))
    elif country == "US":
        z = gen_zip(r)
        zz = r.choice([z, z + "-" + digits(r, 4)])
        c.c(V(addr, "ADDRESS"), "~,", town + ",", r.choice(["TX", "CO", "OH", "OR", "FL"]), V(zz, "POSTCODE"))
    else:
        c.c(V(addr, "ADDRESS"), "~,", town)
    c.a("Thanks, order #%d will ship to that address." % r.randint(100000, 9999999))
    return c


def chat_dob(r):
    y, m, d = r.randint(1940, 2005), r.randint(1, 12), r.randint(1, 28)
    v = r.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                  "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y), "%02d-%02d-%02d" % (d, m, y % 100), "%d-%02d-%02d" % (y, m, d)])
    c = Case("positive", "chat/%s: date of birth typed for verification" % ind(r))
    c.a("For security, please confirm your date of birth and postcode.")
    if r.random() < 0.5:
        a, b = gen_uk_pc(r)
        c.c(r.choice(["dob", "DOB:", "born"]), V(v, "DOB"), r.choice(["pc", "~, postcode", "and"]), V(a + " " + b, "POSTCODE"))
    else:
        c.c(r.choice(["dob", "DOB:", "born", "its"]), V(v, "DOB"), r.choice(["", "~.", "thanks"]))
    c.a("Thank you, you're verified.")
    return c


def chat_typo(r):
    ni = gen_ni(r)
    ssn = gen_ssn(r)
    if r.random() < 0.5:
        c = Case("positive", "chat/government UK: NI number with typo then corrected in next message")
        c.a("Please confirm your NI number.")
        bad = ni[:5] + ni[6] + ni[5] + ni[7:]
        if bad == ni:
            bad = ni[:5] + str((int(ni[5]) + 1) % 10) + ni[6:]
        c.c(V(bad[:2] + " " + bad[2:8] + " " + bad[8], "NI_NUMBER", frag=True))
        c.c("sorry typo,", V(ni[:2] + " " + ni[2:8] + " " + ni[8], "NI_NUMBER"))
    else:
        c = Case("positive", "chat/insurance US: SSN typed with a wrong digit then corrected")
        c.a("Please confirm the SSN on the policy.")
        c.c(V(ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:8], "SSN", frag=True), "wait")
        c.c("*", V("~" + ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], "SSN"))
    c.a("Thanks.")
    return c


# ---------------------------------------------------------------------------
# NEGATIVES
def neg_call_amount(r):
    c = Case("negative", "call/%s: amounts, balance and due date, no PII" % ind(r, ["banking", "utilities", "telecom"]))
    c.a("so your balance is", num_words(r.randint(100, 999)), r.choice(["pounds", "dollars", "euro"]), "and", pair_words("%02d" % r.randint(10, 99)), r.choice(["pence", "cents"]))
    c.c("right and when's that due")
    c.a("the payment's due on the", ORD[r.randint(0, 27)], "of", MONTHS[r.randint(0, 11)], "and the minimum is", num_words(r.randint(20, 99)))
    c.c("okay i'll pay", num_words(r.randint(100, 500)), "on friday")
    return c


def neg_call_ref(r):
    n = r.randint(6, 10)
    ref = digits(r, n, True)
    word = r.choice(["order number", "reference number", "ticket number", "claim number", "case number", "invoice number", "booking reference"])
    c = Case("negative", "call/%s: %d-digit %s read digit by digit, not PII" % (ind(r), n, word))
    c.a("have you got your", word, "there")
    c.c("yeah the", word, "is", sp_digits(r, ref, homo=0.1))
    c.a("thanks and that's", sp_digits(r, ref, dbl=0), "yeah")
    c.c("that's right")
    return c


def neg_call_ref_split(r):
    ref = digits(r, r.choice([8, 9, 10]), True)
    word = r.choice(["claim reference", "order number", "complaint reference", "tracking number"])
    c = Case("negative", "call/%s: %s split across turns with back-channels, not PII" % (ind(r), word))
    c.a("and the", word, "please")
    parts = chunks(ref, [3, 3, 4])
    for k, p in enumerate(parts):
        c.c(sp_digits(r, p))
        if k < len(parts) - 1:
            c.a(back(r))
    c.a("found it thank you that's for the", r.choice(["washing machine", "laptop", "sofa", "flight to malaga"]))
    return c


def neg_call_times(r):
    c = Case("negative", "call/utilities: engineer appointment times and dates, durations")
    c.a("i can get an engineer out on", r.choice(["monday", "tuesday", "thursday"]), "the", ORD[r.randint(0, 27)], "between", UNIT[r.randint(7, 9)], "and", r.choice(["twelve", "one", "two"]))
    c.c("could it be after", r.choice(["three thirty", "half two", "four fifteen"]), "i'm at work till then")
    c.a("the afternoon slot is", r.choice(["twelve till six", "one till five"]), "and the job takes about", r.choice(["forty five minutes", "an hour and a half", "two hours"]))
    c.c("okay that's fine")
    return c


def neg_call_meter(r):
    c = Case("negative", "call/utilities UK: meter readings read digit by digit, tariff price")
    c.a("can you give me the reading on the electric meter")
    c.c("it's", sp_digits(r, digits(r, 5)), "and the gas is", sp_digits(r, digits(r, 5)))
    c.a("thanks your unit rate is", pair_words("%02d" % r.randint(20, 35)), "point", UNIT[r.randint(1, 9)], "pence per kilowatt hour")
    c.c("and the standing charge")
    c.a(pair_words("%02d" % r.randint(40, 60)), "pence a day")
    return c


def neg_call_flight(r):
    airline = r.choice([("e i", "EI"), ("b a", "BA"), ("f r", "FR"), ("u a", "UA"), ("d l", "DL")])
    fn = str(r.randint(100, 9999))
    c = Case("negative", "call/travel: flight number, gate, seat, times and prices")
    c.a("so that's flight", airline[0], sp_mixed(r, fn), "departing at", r.choice(["six forty", "seven fifteen", "nineteen twenty", "ten oh five"]))
    c.c("and what seat am i in")
    c.a("seat", pair_words("%02d" % r.randint(10, 39)), r.choice(["a", "c", "f"]), "and the change fee is", num_words(r.randint(30, 150)), "euro")
    c.c("okay and the bag allowance is", r.choice(["twenty", "twenty three", "fifteen"]), "kilos")
    return c


def neg_call_speed(r):
    c = Case("negative", "call/telecom: broadband speeds, router model, data allowance")
    c.a("you should be getting", num_words(r.randint(30, 500)), "megabits but the test shows", pair_words("%02d" % r.randint(10, 29)))
    c.c("yeah the router's the", r.choice(["hub five", "hub six", "model four oh four oh", "r two hundred"]), "and it's been like that for", r.choice(["three weeks", "ten days", "a month"]))
    c.a("i'll give you", r.choice(["fifty", "a hundred", "twenty"]), "gig extra data and a credit of", num_words(r.randint(5, 40)), "pounds")
    return c


def neg_call_ages(r):
    c = Case("negative", "call/insurance: ages, years, percentages, no-claims years")
    c.a("how old is the main driver")
    c.c("i'm", pair_words("%02d" % r.randint(21, 89)), "and i've been driving since", sp_pairs(r, str(r.randint(1970, 2015))))
    c.a("and how many years no claims")
    c.c(UNIT[r.randint(2, 9)], "years")
    c.a("okay that gives you a", pair_words("%02d" % r.randint(20, 70)), "percent discount and the premium is", num_words(r.randint(200, 950)), "pounds a year")
    return c


def neg_call_room(r):
    c = Case("negative", "call/travel: hotel room number, nights, check-in time, price")
    c.a("you're in room", num_words(r.randint(101, 640)), "for", UNIT[r.randint(2, 7)], "nights")
    c.c("and what time's check in")
    c.a("from", r.choice(["two", "three", "four"]), "pm and breakfast is", pair_words("%02d" % r.randint(12, 25)), "euro per person")
    c.c("lovely and is there parking on floor", UNIT[r.randint(1, 5)])
    return c


def neg_call_contract(r):
    c = Case("negative", "call/telecom: contract start date, years, minutes used, not a DOB")
    c.a("your contract started on the", ORD[r.randint(0, 27)], "of", MONTHS[r.randint(0, 11)], sp_pairs(r, str(r.randint(2018, 2024))), "and runs for", r.choice(["twenty four", "eighteen", "thirty six"]), "months")
    c.c("and how many minutes have i used")
    c.a(num_words(r.randint(100, 900)), "out of", r.choice(["a thousand", "unlimited", "five hundred"]))
    c.c("okay")
    return c


def neg_call_temp(r):
    c = Case("negative", "call/utilities: boiler temperature, pressure, error code, quantities")
    c.a("what does the pressure gauge say")
    c.c("about", UNIT[r.randint(1, 2)], "point", UNIT[r.randint(0, 9)], "bar and it's showing error", r.choice(["e one nine", "f twenty eight", "e one three three"]))
    c.a("and the flow temperature")
    c.c(pair_words("%02d" % r.randint(50, 80)), "degrees i've got", UNIT[r.randint(2, 9)], "radiators")
    return c


def neg_call_policy(r):
    letters = "".join(r.choice("ABHKMPRTXZ") for _ in range(3))
    num = digits(r, r.choice([5, 6, 7]), True)
    c = Case("negative", "call/insurance: alphanumeric policy number with reference word, excess amount")
    c.a("can i take the policy number")
    c.c("yeah policy number", " ".join(ch.lower() for ch in letters), sp_digits(r, num))
    c.a("thanks your excess is", num_words(r.randint(100, 500)), "pounds and the claim will take", r.choice(["ten working days", "about a fortnight", "five to seven days"]))
    return c


def neg_call_years_counts(r):
    c = Case("negative", "call/banking: years as customer, counts, interest rate, card last used date")
    c.a("i can see you've been with us since", sp_pairs(r, str(r.randint(1985, 2019))))
    c.c("yeah", r.choice(["over twenty years", "a long time", "about fifteen years"]), "and i've got", UNIT[r.randint(2, 4)], "accounts")
    c.a("the savings rate is", UNIT[r.randint(1, 5)], "point", UNIT[r.randint(0, 9)], UNIT[r.randint(1, 9)], "percent and the last transaction was on the", ORD[r.randint(0, 27)])
    c.c("okay")
    return c


def neg_call_health(r):
    c = Case("negative", "call/healthcare billing: appointment date, invoice number, amount, copay")
    c.a("that's for your appointment on", MONTHS[r.randint(0, 11)], ORD[r.randint(0, 27)], "invoice number", sp_digits(r, digits(r, 7, True)))
    c.c("and how much do i owe")
    c.a(num_words(r.randint(40, 600)), "dollars after insurance and your copay was", pair_words("%02d" % r.randint(10, 60)))
    c.c("can i pay it in", UNIT[r.randint(2, 6)], "instalments")
    return c


def neg_call_gov(r):
    c = Case("negative", "call/government: benefit amount, weeks, office hours, reference word")
    c.a("your payment of", num_words(r.randint(60, 400)), "pounds goes in every", r.choice(["two weeks", "four weeks", "month"]))
    c.c("and my claim reference is", sp_digits(r, digits(r, 8, True)))
    c.a("thanks the office is open", r.choice(["eight till six", "nine to five"]), "and you'll hear back within", r.choice(["ten", "fifteen", "twenty"]), "working days")
    return c


def neg_call_retail(r):
    c = Case("negative", "call/retail: product model, quantity, price, delivery window, order number")
    c.a("so that's", UNIT[r.randint(2, 5)], "of the", r.choice(["model x two hundred", "galaxy s twenty four", "series nine kettle", "k d fifty five"]), "at", num_words(r.randint(20, 800)), "pounds each")
    c.c("and when will they arrive")
    c.a("between", r.choice(["seven and eleven", "eight and one", "ten and two"]), "on", r.choice(["saturday", "monday", "the twelfth"]), "and your order number is", sp_digits(r, digits(r, 9, True)))
    c.c("great")
    return c


def neg_call_payment_conf(r):
    c = Case("negative", "call/utilities: payment confirmation number and amount read back, no card")
    c.a("that payment of", num_words(r.randint(20, 400)), "pounds", pair_words("%02d" % r.randint(10, 99)), "has gone through your confirmation code is", sp_digits(r, digits(r, 6, True)))
    c.c("sorry was that", sp_digits(r, digits(r, 3)))
    c.a("yes and then the rest as i said you'll get a text in about", r.choice(["five", "ten", "thirty"]), "minutes")
    return c


def neg_chat(r):
    k = r.randrange(12)
    i = ind(r)
    c = Case("negative", "chat/%s: typed non-PII numbers (variant %d)" % (i, k))
    if k == 0:
        c.c("Hi, my order #%d hasn't arrived, it was £%d.%02d" % (r.randint(1000000, 99999999), r.randint(10, 500), r.randint(0, 99)))
        c.a("Sorry to hear that! It's due %s %d between %d:00 and %d:00." % (MONTHS[r.randint(0, 11)].title(), r.randint(1, 28), r.randint(8, 11), r.randint(12, 18)))
    elif k == 1:
        c.c("flight %s%d on %d/%d - can I add %d kg of bags?" % (r.choice(["EI", "FR", "BA", "UA"]), r.randint(100, 9999), r.randint(1, 28), r.randint(1, 12), r.choice([10, 15, 20, 23])))
        c.a("Yes, extra bags are €%d each, up to %d per passenger." % (r.randint(20, 60), r.randint(2, 3)))
    elif k == 2:
        c.c("meter reading %s, taken at %d:%02d this morning" % (digits(r, 5), r.randint(6, 11), r.randint(0, 59)))
        c.a("Thanks, your next bill will be around £%d. Your unit rate is %d.%02dp/kWh." % (r.randint(40, 300), r.randint(20, 35), r.randint(0, 99)))
    elif k == 3:
        c.c("Ticket %d still open after %d days!!" % (r.randint(100000, 9999999), r.randint(3, 40)))
        c.a("Apologies - I've escalated ticket %d, expect a reply within %d hours." % (r.randint(100000, 9999999), r.choice([24, 48, 72])))
    elif k == 4:
        c.c("my broadband is only %d Mbps, paying for %d" % (r.randint(5, 60), r.choice([100, 300, 500, 900])))
        c.a("Router model %s can handle up to %d Mbps. I've added a £%d credit." % (r.choice(["HH5A", "DG8041W", "XR500"]), r.choice([500, 1000]), r.randint(5, 30)))
    elif k == 5:
        c.c("Invoice INV-%d shows %d.%d%% APR, thought it was %d%%?" % (r.randint(10000, 999999), r.randint(10, 30), r.randint(0, 9), r.randint(5, 20)))
        c.a("The promotional rate ended on %02d/%02d/%d." % (r.randint(1, 28), r.randint(1, 12), r.randint(2022, 2026)))
    elif k == 6:
        c.c("I'm %d and my husband is %d, can we both get the senior fare?" % (r.randint(60, 90), r.randint(60, 90)))
        c.a("Yes, the senior fare is %d%% off for ages %d+." % (r.choice([20, 25, 30]), r.choice([60, 65])))
    elif k == 7:
        c.c("Booked room %d for %d nights from the %dth, confirmation %s" % (r.randint(101, 950), r.randint(2, 9), r.randint(4, 20), r.choice(["HX", "BK", "RZ"]) + digits(r, 6)))
        c.a("Check-in is from 15:00, checkout by 11:00. Parking is €%d/day." % r.randint(10, 30))
    elif k == 8:
        c.c("Claim number %d - repair quote came to $%s" % (r.randint(10000000, 9999999999), "{:,}".format(r.randint(1000, 20000))))
        c.a("Your deductible is $%d, so we'll pay $%s." % (r.choice([250, 500, 1000]), "{:,}".format(r.randint(500, 15000))))
    elif k == 9:
        c.c("Account balance says -£%d.%02d, I paid £%d on the %dth" % (r.randint(10, 900), r.randint(0, 99), r.randint(10, 900), r.randint(4, 20)))
        c.a("That payment cleared at %d:%02d today, balance will update in %d-%d hours." % (r.randint(8, 17), r.randint(0, 59), r.randint(1, 4), r.randint(5, 24)))
    elif k == 10:
        c.c("Appointment on %s %d at %d.%02d? Ref %d" % (MONTHS[r.randint(0, 11)].title(), r.randint(1, 28), r.randint(8, 17), r.choice([0, 15, 30, 45]), r.randint(100000, 9999999)))
        c.a("Confirmed. Please arrive %d minutes early; the copay is $%d." % (r.choice([10, 15, 20]), r.randint(10, 60)))
    else:
        c.c("Temp in the flat is %d°C and the boiler pressure is %d.%d bar, error code F%d" % (r.randint(10, 18), r.randint(0, 2), r.randint(0, 9), r.randint(10, 90)))
        c.a("An engineer can attend on %s between %d-%dpm." % (r.choice(["Tue", "Wed", "Fri"]), r.randint(12, 2 + 12) - 12 or 1, r.randint(4, 6)))
    c.c(r.choice(["ok thanks", "great", "fine", "thank you"]))
    return c


# ---------------------------------------------------------------------------
POS_PLAN = [
    (call_card_one, 10), (call_card_split, 9), (call_card_restart, 5), (call_card_correction, 5),
    (call_card_readback, 5), (call_card_full, 8), (call_card_and_phone, 3),
    (call_cvv_expiry_split, 5), (call_cvv_hesitant, 3), (call_expiry_mid_chat, 3),
    (call_ssn, 9), (call_ssn_split, 5), (call_ssn_correction, 3), (call_ssn_with_noise, 3), (call_two_in_one, 3),
    (call_ni, 9), (call_ni_split, 5), (call_ni_clarify, 3), (call_ni_correction, 3), (call_kitchen_sink, 3),
    (call_sort_acct, 5), (call_acct_split, 4), (call_us_acct, 3), (call_iban, 6),
    (call_phone, 7), (call_phone_split, 3), (call_email, 5), (call_email_split, 3),
    (call_dob, 5), (call_dob_pc, 5), (call_dob_split, 4), (call_postcode_readback, 3), (call_email_spelled, 3), (call_address, 6), (call_address_restart, 2),
    (chat_card, 8), (chat_card_split, 4), (chat_ssn, 8), (chat_ni, 9), (chat_bank, 8),
    (chat_contact, 8), (chat_address, 7), (chat_dob, 6), (chat_typo, 4),
]
NEG_PLAN = [
    (neg_call_amount, 5), (neg_call_ref, 8), (neg_call_ref_split, 5), (neg_call_times, 4), (neg_call_meter, 5),
    (neg_call_flight, 4), (neg_call_speed, 4), (neg_call_ages, 4), (neg_call_room, 3), (neg_call_contract, 4),
    (neg_call_temp, 3), (neg_call_policy, 4), (neg_call_years_counts, 4), (neg_call_health, 4), (neg_call_gov, 4),
    (neg_call_retail, 4), (neg_call_payment_conf, 3), (neg_chat, 36),
]


def build():
    r = random.Random(SEED)
    pos, neg = [], []
    for fn, n in POS_PLAN:
        for _ in range(n):
            pos.append(fn(r))
    for fn, n in NEG_PLAN:
        for _ in range(n):
            neg.append(fn(r))
    order = list(range(len(pos)))
    r.shuffle(order)
    pos = [pos[k] for k in order]
    order = list(range(len(neg)))
    r.shuffle(order)
    neg = [neg[k] for k in order]
    cases = []
    for k, c in enumerate(pos, 1):
        cases.append(("%s-pos-%03d" % (PREFIX, k), c))
    for k, c in enumerate(neg, 1):
        cases.append(("%s-neg-%03d" % (PREFIX, k), c))
    return cases


def to_jsonl(cases):
    lines = []
    for cid, c in cases:
        obj = {"id": cid, "kind": c.kind, "turns": c.turns,
               "spans": c.spans if c.kind == "positive" else [], "note": c.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    cnt = Counter()
    for _, c in cases:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def readme(cases):
    cnt = counts(cases)
    npos = sum(1 for _, c in cases if c.kind == "positive")
    nneg = len(cases) - npos
    ncall = sum(1 for _, c in cases if c.note.startswith("call/"))
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# pii_holdout258 - held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set: do not
tune rules, thresholds, word lists or models against it, and do not copy its
cases into training or development fixtures.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code (`src/convo/redact/`), its tests, its docs, the
benchmark script or any other PII fixture; only a three-line example of the
JSONL format. Cases are generated by `scripts/make_pii_holdout258.py` from
template functions: every turn is assembled from plain-text segments and
(value, TYPE) segments, so offsets are computed, never typed by hand. All
values come from one `random.Random({SEED})`; the output is byte-for-byte
reproducible. Values are synthetic (Luhn-valid cards, mod-97-valid IBANs,
well-formed NI numbers / SSNs / postcodes); they do not belong to real people.

`python scripts/make_pii_holdout258.py --check` regenerates the set, verifies
the file is byte-identical, ids unique, offsets in range and on word
boundaries, spans non-overlapping, and validates every value after
normalising spoken forms (Luhn, mod-97, NI format, SSN 9 digits, sort code 6
digits, digit counts for CVV/phone/account, postcode shapes, e-mail shape).
Pieces of a value split over turns are normalised one by one and validated
together; false starts and clarification fragments are only checked to
normalise cleanly to digits/letters.

## Contents

- {len(cases)} cases: {npos} positive, {nneg} negative.
- {ncall} phone-call cases written the way a speech recogniser outputs them
  (lower case, numbers as words, "oh"/"o"/"nought" for zero, "double"/"triple",
  pairs such as "forty one", homophones such as "for"/"to"/"ate"/"won"/"tree"
  for digits and "are"/"why"/"see"/"tee"/"queue" for letters, NATO spelling
  "b for bravo", values split across turns with agent back-channels,
  false starts, self-corrections, agent interruptions and read-backs);
  the rest are typed chat messages (separators, case, compact forms, typos).
- Industries: banking, telecom, utilities, retail, insurance, travel,
  healthcare billing, government services; UK, US, Ireland and EU values.

| type | spans |
|---|---|
{rows}

## Annotation conventions

- A span covers exactly the spoken/typed value: from its first to its last
  digit word / character, including separators, filler words ("um") and
  "double"/"triple" that occur *inside* the reading, and phonetic spellings
  ("b for bravo") that are part of it. Lead-in words ("it's", "my number is")
  and trailing words are outside.
- A value split over several turns gets one span per turn piece, all with the
  same type. Every piece must be redacted.
- False starts, abandoned readings, the wrong version in a self-correction and
  single digits/letters repeated for clarification are labelled too (with the
  same type): they are real fragments of the value and must be redacted.
- Agent read-backs of a value are labelled like customer readings.
- DOB covers the whole date (day, month, year). EXPIRY covers month and year.
  CVV covers only the code digits.
- ADDRESS covers flat/house number, street name and street type only; the
  town/city is not labelled (redacting it is not penalised by coverage
  scoring). UK postcodes and US ZIP codes are separate POSTCODE spans.
- PHONE includes a leading "plus"/"+" country code when present.
- EMAIL covers the whole address, spoken ("j smith at gmail dot com") or typed.
- Negatives contain only non-PII numbers: money, balances, times, durations,
  counts, ages, percentages, temperatures, appointment/contract/payment dates,
  order/ticket/claim/invoice/reference numbers (up to 10 digits, with their
  reference word), flight/room/model numbers, meter readings, speeds.
  Nothing in a negative case may be redacted.
"""


def check_cases(cases, text):
    errs = []
    ids = [cid for cid, _ in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    lines = text.splitlines()
    if len(lines) != len(cases):
        errs.append("line count mismatch")
    for line, (cid, c) in zip(lines, cases):
        obj = json.loads(line)
        if obj["id"] != cid:
            errs.append("id mismatch %s" % cid)
        if obj["kind"] == "negative" and obj["spans"]:
            errs.append("%s: negative with spans" % cid)
        if obj["kind"] == "positive" and not obj["spans"]:
            errs.append("%s: positive without spans" % cid)
        for t in obj["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"].strip():
                errs.append("%s: bad turn %r" % (cid, t))
        prev = {}
        groups = {}
        for s, (g, frag) in zip(obj["spans"], c.meta):
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % cid)
            if not (0 <= s["turn"] < len(obj["turns"])):
                errs.append("%s: turn out of range" % cid)
                continue
            tx = obj["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                errs.append("%s: offsets out of range" % cid)
                continue
            val = tx[st:en]
            if val != val.strip():
                errs.append("%s: span has outer whitespace %r" % (cid, val))
            if not val[0].isalnum() and val[0] not in "+(":
                errs.append("%s: span starts oddly %r" % (cid, val))
            if not val[-1].isalnum():
                errs.append("%s: span ends oddly %r" % (cid, val))
            if st > 0 and tx[st - 1].isalnum():
                errs.append("%s: span start not on word boundary %r" % (cid, val))
            if en < len(tx) and tx[en].isalnum():
                errs.append("%s: span end not on word boundary %r" % (cid, val))
            if s["turn"] in prev and st < prev[s["turn"]]:
                errs.append("%s: overlapping/unsorted spans" % cid)
            prev[s["turn"]] = en
            if frag:
                e = validate_frag(s["type"], val)
                if e:
                    errs.append("%s: %s" % (cid, e))
            else:
                groups.setdefault(g, (s["type"], []))[1].append(val)
        for g, (typ, vals) in groups.items():
            e = validate_group(typ, vals)
            if e:
                errs.append("%s: %s" % (cid, e))
            if any(tp != typ for tp2 in [typ] for tp in [typ]):
                pass
    cnt = counts(cases)
    for t in TYPES:
        if cnt[t] < MIN_SPANS[t]:
            errs.append("type %s has only %d spans (< %d)" % (t, cnt[t], MIN_SPANS[t]))
    npos = sum(1 for _, c in cases if c.kind == "positive")
    if npos < MIN_POS or len(cases) - npos < MIN_NEG:
        errs.append("too few cases: %d pos %d neg" % (npos, len(cases) - npos))
    return errs


def main(argv):
    cases = build()
    text = to_jsonl(cases)
    rd = readme(cases)
    if "--check" in argv:
        errs = check_cases(cases, text)
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output (run without --check)")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
        errs = check_cases(cases, text)
    cnt = counts(cases)
    npos = sum(1 for _, c in cases if c.kind == "positive")
    ncall = sum(1 for _, c in cases if c.note.startswith("call/"))
    print("cases: %d (positive %d, negative %d, call %d, chat %d)" % (len(cases), npos, len(cases) - npos, ncall, len(cases) - ncall))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for e in errs[:60]:
        print("ERROR:", e)
    if errs:
        print("FAILED: %d problem(s)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

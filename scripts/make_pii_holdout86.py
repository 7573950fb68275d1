#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h86 (UK/IE emphasis).

Written by an AI helper acting as an independent author, without looking at
the redaction code, its tests or any other fixture.  Standard library only.

    python scripts/make_pii_holdout86.py          # write fixture + README
    python scripts/make_pii_holdout86.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 86291123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout86"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- speech ---
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
# "x for <word>" style spellings a caller might use (not NATO)
FOR_WORDS = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david",
             "e": "edward", "g": "george", "h": "harry", "j": "john",
             "k": "king", "l": "london", "m": "mother", "n": "nelly",
             "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
             "w": "william", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth"]


def zero_word(rng, pool=("zero", "oh", "o", "nought", "oh")):
    return rng.choice(pool)


def digit_word(d, rng, zpool=("zero", "oh", "o", "nought", "oh")):
    return zero_word(rng, zpool) if d == "0" else UNITS[int(d)]


def say_single(ds, rng, runs=True, zpool=("zero", "oh", "o", "nought", "oh")):
    """Digit by digit, optionally collapsing runs to double/triple."""
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        j = i
        while j < len(ds) and ds[j] == d:
            j += 1
        n = j - i
        if runs and n == 3 and rng.random() < 0.7:
            out.append("triple " + digit_word(d, rng, zpool))
            i += 3
            continue
        if runs and n >= 2 and rng.random() < 0.75:
            out.append("double " + digit_word(d, rng, zpool))
            i += 2
            continue
        out.append(digit_word(d, rng, zpool))
        i += 1
    return " ".join(out)


def say_pair(p, rng):
    a, b = p
    if a == "0":
        if b == "0":
            return rng.choice(["double oh", "oh oh", "double zero"])
        return zero_word(rng, ("oh", "oh", "zero", "o")) + " " + UNITS[int(b)]
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_pairs(ds, rng):
    """Two-digit chunks as numbers; odd length starts with a single digit."""
    out = []
    if len(ds) % 2:
        out.append(digit_word(ds[0], rng, ("oh", "zero")))
        ds = ds[1:]
    for i in range(0, len(ds), 2):
        out.append(say_pair(ds[i:i + 2], rng))
    return " ".join(out)


def say_mixed(ds, rng):
    r = rng.random()
    if r < 0.55:
        return say_single(ds, rng)
    if r < 0.85:
        return say_pairs(ds, rng)
    return say_single(ds, rng, runs=False)


def say_letter(ch, rng, style=None):
    ch = ch.lower()
    style = style or rng.choice(["plain", "plain", "nato", "for"])
    if style == "nato":
        return ch + " for " + NATO[ch] if rng.random() < 0.6 else NATO[ch]
    if style == "for" and ch in FOR_WORDS:
        return ch + " for " + FOR_WORDS[ch]
    return ch


def year_words(y, rng):
    if y < 2000:
        return TEENS[9] + " " + say_pair(str(y)[2:], rng)
    if y < 2010:
        if y == 2000:
            return "two thousand"
        return rng.choice(["two thousand and ", "two thousand "]) + UNITS[y - 2000]
    return "twenty " + say_pair(str(y)[2:], rng)


# ------------------------------------------------------------ normaliser ---
W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2",
            "too": "2", "for": "4", "ate": "8", "won": "1"})
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
FILLER = {"um", "uh", "er", "erm", "and", "dash", "hyphen", "space", "slash",
          "plus", "then", "its", "it's", "sorry", "ah", "like"}
ORD_REV = {w: i for i, w in enumerate(ORD) if w}
ORD_REV.update({"twenty": 20, "thirtieth": 30})


def normalise(text):
    """Spoken/typed value -> upper-case string of digits and letters."""
    if re.search(r"\d", text):  # typed value: keep letters and digits as written
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    t = text.lower().replace("x-ray", "xray").replace("+", " plus ")
    toks = [x for x in re.split(r"[^a-z0-9']+", t) if x]
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (len(w) == 1 and w.isalpha() and nxt == "for" and i + 2 < len(toks)
                and toks[i + 2].isalpha() and toks[i + 2] not in W2D):
            out.append(w.upper())
            i += 3
            continue
        if w.isdigit():
            out.append(w)
        elif w in ("double", "triple"):
            n = 2 if w == "double" else 3
            i += 1
            out.append(W2D[toks[i]] * n if toks[i] in W2D else toks[i].upper() * n)
        elif w in W2D:
            out.append(W2D[w])
        elif w in TEENS:
            out.append(str(10 + TEENS.index(w)))
        elif w in TENS:
            if nxt in UNITS[1:]:
                out.append(str(TENS.index(w)) + W2D[nxt])
                i += 1
            else:
                out.append(str(TENS.index(w)) + "0")
        elif w == "hundred":
            out.append("00")
        elif w == "thousand":
            # "two thousand (and) five" -> 2005
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            val = 0
            if j < len(toks) and toks[j] in W2D:
                val = int(W2D[toks[j]])
                j += 1
            elif j < len(toks) and toks[j] in TEENS:
                val = 10 + TEENS.index(toks[j])
                j += 1
            out.append("%03d" % val)
            i = j
            continue
        elif w in NATO_REV:
            out.append(NATO_REV[w].upper())
        elif len(w) == 1 and w.isalpha():
            out.append(w.upper())
        elif re.fullmatch(r"[a-z0-9]+", w) and any(c.isdigit() for c in w):
            out.append(w.upper())
        elif w in FILLER:
            pass
        else:
            out.append("?" + w + "?")
        i += 1
    return "".join(out)


def luhn_ok(ds):
    tot = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EIRCODE = re.compile(r"^[A-Z]\d[\dW][A-Z0-9]{4}$")
STREET_WORDS = ("road", "street", "lane", "avenue", "close", "drive", "way",
                "crescent", "terrace", "grove", "gardens", "place", "court",
                "hill", "park", "square", "rd", "st", "ave", "row", "walk",
                "view", "mews", "green", "boulevard", "blvd", "parade")


def validate(typ, raw, norm):
    """Return an error string or None.  raw = group text, norm = normalised."""
    if "?" in norm and typ not in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
        return "unparsed token in %r -> %r" % (raw, norm)
    if typ == "CARD_NUMBER":
        return None if norm.isdigit() and 13 <= len(norm) <= 19 and luhn_ok(norm) else "bad card %s" % norm
    if typ == "CVV":
        return None if norm.isdigit() and len(norm) in (3, 4) else "bad cvv %s" % norm
    if typ == "SSN":
        return None if norm.isdigit() and len(norm) == 9 else "bad ssn %s" % norm
    if typ == "NI_NUMBER":
        return None if NI_RE.match(norm) else "bad ni %s" % norm
    if typ == "SORT_CODE":
        return None if norm.isdigit() and len(norm) == 6 else "bad sort %s" % norm
    if typ == "BANK_ACCOUNT":
        return None if norm.isdigit() and 6 <= len(norm) <= 12 else "bad acct %s" % norm
    if typ == "IBAN":
        return None if iban_ok(norm) else "bad iban %s" % norm
    if typ == "PHONE":
        return None if norm.isdigit() and 10 <= len(norm) <= 14 else "bad phone %s" % norm
    if typ == "POSTCODE":
        ok = UK_PC.match(norm) or EIRCODE.match(norm) or (norm.isdigit() and len(norm) in (5, 9))
        return None if ok else "bad postcode %s" % norm
    low = raw.lower()
    if typ == "EMAIL":
        e = re.sub(r"\s+at\s+", "@", low)
        e = re.sub(r"\s+dot\s+", ".", e)
        e = re.sub(r"\s+(underscore)\s+", "_", e)
        e = re.sub(r"\s+", "", e)
        return None if re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e) else "bad email %s" % e
    if typ == "DOB":
        has_month = any(m in low or m[:3] in low for m in MONTHS)
        digits = re.sub(r"\D", "", norm)
        return None if has_month or 6 <= len(digits) <= 8 else "bad dob %r" % raw
    if typ == "EXPIRY":
        has_month = any(m in low or m[:3] in low for m in MONTHS)
        digits = re.sub(r"\D", "", norm)
        return None if has_month or len(digits) in (3, 4, 6) else "bad expiry %r" % raw
    if typ == "ADDRESS":
        first = low.split()[0]
        numeric = first[0].isdigit() or first in UNITS or first in TEENS or first in TENS or first in ("flat", "apartment", "unit")
        street = any(re.search(r"\b%s\b" % s, low) for s in STREET_WORDS)
        return None if numeric and street else "bad address %r" % raw
    return "unknown type %s" % typ


# -------------------------------------------------------------- builders ---
class V:
    """A labelled value segment.  grp: None = validated alone; str = the
    normalised texts of all segments of a case sharing grp are concatenated
    and validated together; "~frag" = self-corrected fragment (digits only)."""

    def __init__(self, text, typ, grp=None):
        self.text, self.typ, self.grp = text, typ, grp


def turn(speaker, *segs):
    text = ""
    spans = []
    for s in segs:
        if isinstance(s, V):
            spans.append((len(text), len(text) + len(s.text), s))
            text += s.text
        else:
            text += s
    return {"speaker": speaker, "text": text, "_spans": spans}


A = lambda *s: turn("agent", *s)   # noqa: E731
C = lambda *s: turn("customer", *s)  # noqa: E731

POS, NEG = [], []


def add(kind, note, *turns):
    spans = []
    meta = []
    for ti, t in enumerate(turns):
        for (s, e, v) in t["_spans"]:
            spans.append({"turn": ti, "start": s, "end": e, "type": v.typ})
            meta.append(v)
    case = {"kind": kind,
            "turns": [{"speaker": t["speaker"], "text": t["text"]} for t in turns],
            "spans": spans, "note": note}
    (POS if kind == "positive" else NEG).append((case, meta))


def pos(note, *turns):
    add("positive", note, *turns)


def neg(note, *turns):
    add("negative", note, *turns)


# ---------------------------------------------------------- value makers ---
def rdig(n, rng=R):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + rdig(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "mc2", "disc"])
    if kind == "visa":
        return luhn_complete("4" + rdig(1), 16)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55"]), 16)
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    return luhn_complete("6011", 16)


def card16():
    while True:
        c = card()
        if len(c) == 16:
            return c


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def sortcode():
    return R.choice(["20", "40", "30", "60", "77", "83", "90", "93", "11", "09"]) + rdig(4)


def iban(country):
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + sortcode() + rdig(8)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + "9" + rdig(5) + rdig(8)
    elif country == "DE":
        bban = rdig(18)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    elif country == "FR":
        bban = rdig(23)
    else:  # ES
        bban = rdig(20)
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (country, chk, bban)


def group(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def uk_mobile():
    return "07" + R.choice(["7", "8", "9", "4", "5"]) + rdig(8)


def uk_land():
    c = R.choice(["0207", "0208", "0161", "0113", "0121", "0117", "0131", "0141", "0289", "01632"])
    return c + rdig(11 - len(c))


def ie_mobile():
    return "08" + R.choice("35679") + rdig(7)


def ie_land():
    return R.choice(["01", "021", "091", "061"]) + rdig(7)


def us_phone():
    return str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)


def fmt_uk_phone_typed(p):
    if p.startswith("07"):
        return R.choice([p, p[:5] + " " + p[5:], p[:5] + " " + p[5:8] + " " + p[8:],
                         "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:], "(0)" + p[1:5] + " " + p[5:]
                         if False else p[:5] + "-" + p[5:]])
    if p.startswith("020"):
        return R.choice([p[:3] + " " + p[3:7] + " " + p[7:], "(" + p[:3] + ") " + p[3:7] + " " + p[7:],
                         "+44 20 " + p[3:7] + " " + p[7:]])
    return R.choice([p[:5] + " " + p[5:], p[:4] + " " + p[4:7] + " " + p[7:], "+44 " + p[1:5] + " " + p[5:]])


FIRST = ["sarah", "james", "aoife", "ciaran", "priya", "tom", "niamh", "gareth",
         "olivia", "declan", "fatima", "liam", "emma", "rhys", "siobhan",
         "mohammed", "chloe", "padraig", "hannah", "dylan", "grace", "kofi"]
LAST = ["murphy", "kelly", "smith", "jones", "patel", "obrien", "walsh",
        "evans", "byrne", "taylor", "hughes", "khan", "doyle", "roberts",
        "mccarthy", "williams", "ryan", "brennan", "davies", "nolan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.ie", "eircom.net",
           "btinternet.com", "icloud.com", "sky.com", "live.ie", "protonmail.com"]
STREETS = ["Kingsway Road", "Station Road", "Church Lane", "Victoria Street",
           "Mill Lane", "Oakfield Avenue", "Hawthorn Close", "Belmont Drive",
           "Castle Street", "Ashgrove Crescent", "Park Terrace", "Elm Grove",
           "Clarendon Gardens", "Marine Parade", "Abbey Court", "Glenview Park",
           "St Mary's Road", "Rathmines Road", "Beech Hill", "Harbour View",
           "Willow Walk", "Queens Square", "Orchard Way", "Meadow Mews"]
UK_TOWNS = ["Leeds", "Manchester", "Cardiff", "Bristol", "Glasgow", "Norwich",
            "Sheffield", "Belfast", "Swansea", "Reading", "York", "Derby"]
IE_TOWNS = ["Galway", "Cork", "Limerick", "Dublin 6", "Athlone", "Sligo",
            "Waterford", "Kilkenny", "Navan", "Tralee"]


UK_AREAS = ["B", "M", "L", "G", "S", "E", "N", "LS", "BS", "CF", "EH", "BT", "NG", "LE", "CV", "OX",
            "RG", "BN", "PO", "SO", "YO", "DN", "HU", "PR", "BL", "OL", "CH", "SA", "AB", "KT", "TW", "HA",
            "UB", "IG", "RM", "DA", "ME", "CT", "TN", "GU", "BD", "HD", "WF", "HX", "SK", "WA", "NE", "DH"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    r = R.random()
    if r < 0.08:
        out = R.choice(["SW1A", "W1D", "EC1V", "WC2H", "SE1", "NW3", "E14", "N1C", "SW11", "SE15"])
    else:
        a = R.choice(UK_AREAS)
        out = a + str(R.randint(1, 9 if len(a) == 1 and R.random() < 0.5 else 29))
    return out + " " + str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)


def eircode():
    rk = R.choice(["D02", "D04", "D06", "D6W", "T12", "H91", "V94", "A65", "F91", "R93", "X91", "C15"])
    return rk + " " + R.choice("ACDEFHKNPRTVWXY") + "".join(R.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(3))


def us_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z if R.random() < 0.7 else z + "-" + rdig(4)


def say_alnum(s, rng, letter_style=None, digit_mode="single"):
    """Speak a mixed code such as a postcode or NI number."""
    parts = []
    buf = ""
    for ch in s.replace(" ", "") + "\0":
        if ch.isdigit():
            buf += ch
            continue
        if buf:
            if digit_mode == "pairs" and len(buf) >= 2:
                parts.append(say_pairs(buf, rng))
            else:
                parts.append(say_single(buf, rng, runs=False, zpool=("zero", "oh", "nought")))
            buf = ""
        if ch != "\0":
            ch_l = ch.lower()
            style = letter_style
            if ch_l == "o":
                style = "nato"
            parts.append(say_letter(ch_l, rng, style) if style != "nato" or ch_l != "o"
                         else "o for oscar")
    return " ".join(parts)


def email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    if style == 0:
        user = f + "." + l
    elif style == 1:
        user = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        user = f + "_" + l
    elif style == 3:
        user = l + f[0]
    else:
        user = f + str(R.randint(70, 99))
    return user, R.choice(DOMAINS)


def say_email(user, dom, rng):
    def sp(part):
        bits = []
        for chunk in re.split(r"([._])", part):
            if chunk == ".":
                bits.append("dot")
            elif chunk == "_":
                bits.append("underscore")
            elif chunk:
                m = re.fullmatch(r"([a-z]+)(\d+)", chunk)
                if m:
                    bits.append(m.group(1) + " " + say_pairs(m.group(2), rng) if len(m.group(2)) == 2
                                else m.group(1) + " " + m.group(2))
                else:
                    bits.append(chunk)
        return " ".join(bits)
    return sp(user) + " at " + sp(dom)


def rand_dob():
    return R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)


def say_dob(y, m, d, rng):
    style = rng.randint(0, 3)
    dd = ORD[d] if d <= 20 else ("twenty " + ORD[d - 20])
    if style == 0:
        return "the " + dd + " of " + MONTHS[m - 1] + " " + year_words(y, rng)
    if style == 1:
        return dd + " " + MONTHS[m - 1] + " " + year_words(y, rng)
    if style == 2:
        return MONTHS[m - 1] + " " + dd + " " + year_words(y, rng)
    return say_pair("%02d" % d, rng) + " " + say_pair("%02d" % m, rng) + " " + year_words(y, rng)


def typed_dob(y, m, d):
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y),
                     "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                     "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d],
                                     MONTHS[m - 1][:3].capitalize(), y),
                     "%02d.%02d.%d" % (d, m, y)])


def expiry():
    return R.randint(1, 12), R.randint(26, 31)


def say_expiry(m, y, rng):
    s = rng.randint(0, 3)
    if s == 0:
        return say_pair("%02d" % m, rng) + " " + say_pair("%02d" % y, rng)
    if s == 1:
        return MONTHS[m - 1] + " twenty " + say_pair("%02d" % y, rng)
    if s == 2:
        return say_pair("%02d" % m, rng) + " slash " + say_pair("%02d" % y, rng)
    return say_single("%02d" % m, rng, runs=False) + " " + say_single("%02d" % y, rng, runs=False)


BC = ["mhm", "okay", "yep", "go on", "okay go on", "right", "yeah", "uh huh", "got that", "and"]
FILL = ["um", "uh", "erm", "er"]


def bc():
    return R.choice(BC)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def tcase(s):
    return R.choice([s, s, s.capitalize(), s.lower()])


# ============================================================ POSITIVES ===
def p_card_call_one_turn(ind):
    c = card()
    lead = R.choice(["yeah it's ", "okay so it's ", "right the long number is ", "it's ", "um ", "yeah ", "so that's "])
    pos("call/%s: card read digit by digit in one turn, zero variants and runs" % ind,
        A(R.choice(["and can i take the long card number please", "go ahead with the sixteen digits on the front",
                    "what's the card number"])),
        C(lead, V(say_single(c, R), "CARD_NUMBER"), R.choice(["", " yeah", " that's it", " okay"])))


def p_card_split(ind):
    c = card16()
    parts = chunks(c, [4, 4, 4, 4])
    turns = [A("okay whenever you're ready with the card number")]
    for k, p in enumerate(parts):
        pre = R.choice(["", "", "right ", "so ", "um "]) if k == 0 else R.choice(["", "", "then ", "uh "])
        turns.append(C(pre, V(say_mixed(p, R), "CARD_NUMBER", "c")))
        if k < 3:
            turns.append(A(bc()))
    pos("call/%s: card split over four customer turns with back-channels" % ind, *turns)


def p_card_chat(ind):
    c = card()
    if len(c) == 15:
        typed = R.choice([c[:4] + " " + c[4:10] + " " + c[10:], c, c[:4] + "-" + c[4:10] + "-" + c[10:]])
    else:
        sep = R.choice([" ", "-", "", " ", ".", "  "])
        typed = sep.join(chunks(c, [4, 4, 4, 4]))
    m, y = expiry()
    cvv = rdig(4 if len(c) == 15 else 3)
    exp_t = R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%d" % (m, y), "%02d-%02d" % (m, y), "%02d%02d" % (m, y)])
    style = R.randint(0, 2)
    if style == 0:
        pos("chat/%s: typed card with expiry and security code in one message" % ind,
            A("Thanks, please can you provide the card details for the payment"),
            C(tcase("card is "), V(typed, "CARD_NUMBER"), R.choice([" exp ", ", expiry ", " expires "]),
              V(exp_t, "EXPIRY"), R.choice([" cvv ", ", cvc ", " and the %d digits are " % len(cvv), " sec code "]),
              V(cvv, "CVV")))
    elif style == 1:
        pos("chat/%s: typed card, then expiry and cvc on separate lines" % ind,
            C(V(typed, "CARD_NUMBER")),
            A("Thank you. And the expiry date and security code?"),
            C(V(exp_t, "EXPIRY"), R.choice([" and ", " / ", ", "]), V(cvv, "CVV")))
    else:
        amt = "£%d.%02d" % (R.randint(10, 400), R.randint(0, 99))
        pos("chat/%s: card typed mid-sentence beside an amount (amount unlabelled)" % ind,
            C("hi can u take " + amt + " off my card ", V(typed, "CARD_NUMBER"), " thx"),
            A("Of course. Could you confirm the expiry?"),
            C("its ", V(exp_t, "EXPIRY")))


def p_card_full_call(ind):
    c = card16()
    m, y = expiry()
    cvv = rdig(3)
    a, b = c[:8], c[8:]
    pos("call/%s: card in two halves, expiry spoken, cvv, amount unlabelled" % ind,
        A("can i take the card number please"),
        C(V(say_mixed(a, R), "CARD_NUMBER", "c")),
        A(bc()),
        C(V(say_mixed(b, R), "CARD_NUMBER", "c")),
        A("lovely and the expiry date"),
        C(R.choice(["it's ", "", "um "]), V(say_expiry(m, y, R), "EXPIRY")),
        A("and the three digit security code on the back"),
        C(V(say_single(cvv, R, runs=False), "CVV")),
        A("thank you i'll put through the payment of " + say_pairs(str(R.randint(20, 99)), R) + " pounds now"))


def p_card_selfcorrect(ind):
    c = card16()
    wrong = list(c[8:12])
    wrong[-1] = str((int(wrong[-1]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    pos("call/%s: card with self-correction inside the third group (wrong group also labelled)" % ind,
        A("go ahead with the card number"),
        C(V(say_single(c[:4], R), "CARD_NUMBER", "c"), " ", V(say_single(c[4:8], R), "CARD_NUMBER", "c")),
        A("mhm"),
        C(V(say_single(wrong, R, runs=False), "CARD_NUMBER", "~frag"), R.choice([" no sorry ", " no wait ", " sorry i mean "]),
          V(say_single(c[8:12], R, runs=False), "CARD_NUMBER", "c")),
        A("okay"),
        C(V(say_single(c[12:], R), "CARD_NUMBER", "c")))


def p_card_readback(ind):
    c = card16()
    pos("call/%s: agent reads the full card back to confirm" % ind,
        C("the card number is ", V(say_single(c, R), "CARD_NUMBER")),
        A("so that's ", V(say_pairs(c, R), "CARD_NUMBER"), " is that right"),
        C("yes that's right"))


def p_card_fillers(ind):
    c = card16()
    g = chunks(c, [4, 4, 4, 4])
    pos("call/%s: card read with filler words between groups in one turn" % ind,
        A("and the card number"),
        C("it's ", V(say_single(g[0], R), "CARD_NUMBER", "c"), " " + R.choice(FILL) + " ",
          V(say_single(g[1], R), "CARD_NUMBER", "c"), " hang on ", V(say_single(g[2], R), "CARD_NUMBER", "c"),
          " " + R.choice(["and then", "um", "the last bit is"]) + " ", V(say_single(g[3], R), "CARD_NUMBER", "c")))


def p_cvv_expiry_call(ind):
    m, y = expiry()
    cvv = rdig(3)
    pos("call/%s: expiry and cvv in same turn, no card number in this excerpt" % ind,
        A("and the expiry and the security number on the back please"),
        C(R.choice(["expires ", "it runs out ", "end date is "]), V(say_expiry(m, y, R), "EXPIRY"),
          R.choice([" and the code is ", " security number ", " and on the back it's "]),
          V(say_single(cvv, R), "CVV")))


def p_ni_call(ind):
    n = ni()
    style = R.randint(0, 4)
    if style == 0:
        spoken = say_alnum(n, R, "plain", "pairs")
    elif style == 1:
        spoken = say_alnum(n, R, "nato", "single")
    elif style == 2:
        spoken = say_alnum(n, R, "for", "pairs")
    else:
        spoken = say_alnum(n, R, None, "single")
    pos("call/%s: national insurance number spoken (letters %s)" % (ind, ["plain, digit pairs", "nato", "x for word, pairs", "mixed"][min(style, 3)]),
        A(R.choice(["can i take your national insurance number please", "and your n i number", "what's your national insurance"])),
        C(R.choice(["yeah it's ", "", "it's ", "um ", "yes ", "hang on it's "]), V(spoken, "NI_NUMBER")))


def p_ni_split(ind):
    n = ni()
    pos("call/%s: NI number split over turns, letters then digits then suffix" % ind,
        A("and the national insurance number"),
        C(V(say_alnum(n[:2], R), "NI_NUMBER", "n")),
        A(bc()),
        C(V(say_mixed(n[2:8], R), "NI_NUMBER", "n")),
        A("and the letter at the end"),
        C(V(say_letter(n[8], R), "NI_NUMBER", "n")))


def p_ni_chat(ind):
    n = ni()
    f = R.choice([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(),
                  n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8],
                  n[:2] + " " + n[2:8] + " " + n[8], n[:2].lower() + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8].lower()])
    ctx = R.choice([("govt", "Hi I need to update my tax code, my NI is "), ("govt", "NINO: "),
                    (ind, "my national insurance no. is "), ("govt", "ni number "), (ind, "its ")])
    pos("chat/%s: NI number typed (%s)" % (ctx[0], "format variant"),
        A("Can you confirm your National Insurance number?") if R.random() < 0.5 else A("How can I help?"),
        C(ctx[1], V(f, "NI_NUMBER"), R.choice(["", " thanks", ".", " cheers", " - ref for my pension query"])))


def p_ni_readback(ind):
    n = ni()
    pos("call/govt: NI number with suffix letter after 'and', then agent NATO read-back",
        A("and your national insurance number please"),
        C(V(say_alnum(n[:8], R, "plain", "pairs"), "NI_NUMBER", "n"), " ", R.choice(["and then", "and"]), " ",
          V(say_letter(n[8], R, "plain"), "NI_NUMBER", "n")),
        A("let me read that back ", V(say_alnum(n, R, "nato", "single"), "NI_NUMBER"), " yeah"),
        C("yep that's it"))


def p_ni_with_dob(ind):
    n = ni()
    y, m, d = rand_dob()
    pos("call/govt: DOB then NI number in security questions",
        A("before i go into the account can i take your date of birth"),
        C(V(say_dob(y, m, d, R), "DOB")),
        A("thank you and your national insurance number"),
        C(V(say_alnum(n, R, None, R.choice(["pairs", "single"])), "NI_NUMBER"), R.choice(["", " i think", " yeah"])))


def p_ssn_call(ind):
    s = ssn()
    style = R.randint(0, 2)
    if style == 0:
        spoken = say_single(s, R)
    elif style == 1:
        spoken = say_single(s[:3], R) + " " + say_pairs(s[3:5], R) + " " + say_pairs(s[5:], R)
    else:
        spoken = say_single(s[:3], R, runs=False) + " " + say_single(s[3:5], R, runs=False) + " " + say_single(s[5:], R, runs=False)
    pos("call/%s-US: social security number spoken" % ind,
        A(R.choice(["can i get your social security number", "and the full social please", "what's your social"])),
        C(R.choice(["sure it's ", "", "yeah ", "okay ", "um "]), V(spoken, "SSN")))


def p_ssn_split(ind):
    s = ssn()
    pos("call/%s-US: SSN split in three groups across turns" % ind,
        A("i'll need your social to verify"),
        C(V(say_single(s[:3], R), "SSN", "s")),
        A(bc()),
        C(V(say_mixed(s[3:5], R), "SSN", "s")),
        A(bc()),
        C(V(say_mixed(s[5:], R), "SSN", "s")))


def p_ssn_chat(ind):
    s = ssn()
    f = R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + "." + s[3:5] + "." + s[5:]])
    pos("chat/%s-US: SSN typed" % ind,
        C(R.choice(["ssn ", "SSN is ", "my social is ", "Social Security #: "]), V(f, "SSN"),
          R.choice(["", ".", " pls verify"])))


def p_ssn_zip_chat(ind):
    s = ssn()
    z = us_zip()
    pos("chat/%s-US: SSN and ZIP in one message" % ind,
        C("ssn ", V(s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"), " zip ", V(z, "POSTCODE")))


def p_ssn_readback(ind):
    s = ssn()
    pos("call/%s-US: SSN with filler words then read back by agent" % ind,
        C("my social is ", V(say_single(s[:3], R), "SSN", "s"), " " + R.choice(FILL) + " ",
          V(say_single(s[3:5], R), "SSN", "s"), " ", V(say_single(s[5:], R), "SSN", "s")),
        A("thank you so ", V(say_single(s, R, runs=False), "SSN"), " correct"),
        C("correct"))


def p_sort_acct_call(ind):
    sc = sortcode()
    ac = rdig(8)
    pos("call/banking-UK: sort code and account number spoken in separate turns",
        A("can i take the sort code"),
        C(V(R.choice([say_pairs(sc, R), say_single(sc, R)]), "SORT_CODE")),
        A("and the account number"),
        C(R.choice(["it's ", "", "right "]), V(say_mixed(ac, R), "BANK_ACCOUNT")))


def p_sort_acct_one_turn(ind):
    sc = sortcode()
    ac = rdig(8)
    pos("call/%s-UK: sort code and account in one turn for a direct debit" % ind,
        A("to set up the direct debit i need the sort code and account number"),
        C("sort code ", V(say_pairs(sc, R), "SORT_CODE"), R.choice([" and the account is ", " account number ", " then "]),
          V(say_mixed(ac, R), "BANK_ACCOUNT")))


def p_sort_acct_chat(ind):
    sc = sortcode()
    ac = rdig(8)
    sct = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    pos("chat/%s-UK: sort code and account typed" % ind,
        C(R.choice(["Sort code ", "s/c ", "sort: ", "SC "]), V(sct, "SORT_CODE"), R.choice([" acc ", " account no ", ", a/c ", "\nacct "]),
          V(ac, "BANK_ACCOUNT")))


def p_acct_split(ind):
    ac = rdig(8)
    pos("call/%s-UK: account number split over two turns with back-channel" % ind,
        A("and the account number"),
        C(V(say_mixed(ac[:4], R), "BANK_ACCOUNT", "a")),
        A(bc()),
        C(V(say_mixed(ac[4:], R), "BANK_ACCOUNT", "a")))


def p_ie_nsc(ind):
    sc = "9" + rdig(5)
    ac = rdig(8)
    pos("call/banking-IE: Irish NSC and account number",
        A("what's the n s c and account number"),
        C(R.choice(["the sort code is ", "n s c ", "the branch code's "]), V(say_pairs(sc, R), "SORT_CODE"),
          " and the account ", V(say_single(ac, R), "BANK_ACCOUNT")))


def p_iban_chat(ind):
    c = R.choice(["IE", "IE", "GB", "DE", "NL", "FR", "ES"])
    ib = iban(c)
    f = R.choice([ib, group(ib), group(ib).lower(), ib[:4] + " " + ib[4:]])
    pos("chat/%s: IBAN typed (%s)" % (ind, c),
        A("Please provide the IBAN for the refund."),
        C(R.choice(["IBAN: ", "iban ", "it's ", "my iban is "]), V(f, "IBAN"), R.choice(["", " thanks", " (" + R.choice(FIRST).capitalize() + " account)"])))


def p_iban_call(ind):
    c = R.choice(["IE", "GB", "IE"])
    ib = iban(c)
    spoken = say_alnum(ib[:8], R, "nato" if R.random() < 0.5 else "plain") + " " + say_mixed(ib[8:], R)
    pos("call/%s: IBAN spoken, country and bank code spelled (%s)" % (ind, c),
        A("can you read out the iban for me"),
        C(R.choice(["yeah ", "ok it's ", ""]), V(spoken, "IBAN")))


def p_iban_split(ind):
    ib = iban("IE")
    g = chunks(ib, [4, 4, 4, 4, 4, 2])
    turns = [A("go ahead with the iban")]
    for k, p in enumerate(g):
        sp = say_alnum(p, R, "plain") if not p.isdigit() else say_single(p, R, runs=False)
        turns.append(C(V(sp, "IBAN", "i")))
        if k < len(g) - 1:
            turns.append(A(bc()))
    pos("call/banking-IE: IBAN read in groups of four across turns", *turns)


def p_phone_call(ind):
    kind = R.choice(["ukm", "ukm", "ukl", "iem", "iel", "ukm_intl", "iem_intl"])
    if kind == "ukm":
        p = uk_mobile()
        sp = say_single(p[:5], R) + " " + say_mixed(p[5:], R)
    elif kind == "ukl":
        p = uk_land()
        sp = say_single(p, R)
    elif kind == "iem":
        p = ie_mobile()
        sp = say_single(p[:3], R) + " " + say_mixed(p[3:], R)
    elif kind == "iel":
        p = ie_land()
        sp = say_single(p, R)
    elif kind == "ukm_intl":
        p = "44" + uk_mobile()[1:]
        sp = "plus four four " + say_mixed(p[2:], R)
    else:
        p = "353" + ie_mobile()[1:]
        sp = "plus three five three " + say_mixed(p[3:], R)
    mob = kind in ("ukm", "iem", "ukm_intl", "iem_intl")
    pos("call/%s: phone number spoken (%s)" % (ind, kind),
        A(R.choice(["what's the best number to reach you on", "can i take a contact number"])),
        C(R.choice(["it's ", "yeah it's ", "", "um "] + (["my mobile is "] if mob else ["the landline is ", "home number is "])),
          V(sp, "PHONE"), R.choice(["", " yeah"] + ([" that's my mobile"] if mob else [" that's the house phone"]))))


def p_phone_split(ind):
    p = uk_mobile() if R.random() < 0.6 else ie_mobile()
    a, b = p[:5], p[5:]
    pos("call/%s: mobile split into two turns" % ind,
        A("and a contact number"),
        C(V(say_single(a, R), "PHONE", "p")),
        A(bc()),
        C(V(say_mixed(b, R), "PHONE", "p")))


def p_phone_chat(ind):
    r = R.random()
    if r < 0.5:
        p = uk_mobile() if R.random() < 0.6 else uk_land()
        t = fmt_uk_phone_typed(p)
    elif r < 0.8:
        p = ie_mobile()
        t = R.choice([p, p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:6] + " " + p[6:], "+353" + p[1:]])
    else:
        p = us_phone()
        t = R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), p])
    pos("chat/%s: phone typed" % ind,
        C(R.choice(["pls call me on ", "my number is ", "Mobile: ", "reach me at ", "new no. "]), V(t, "PHONE"),
          R.choice(["", " after 5pm", " thanks", " anytime before 6"])))


def p_phone_two(ind):
    p1 = uk_mobile()
    p2 = uk_land()
    pos("call/%s: two phone numbers in one turn (mobile and landline)" % ind,
        A("have you got a number we can reach you on"),
        C("mobile's ", V(say_mixed(p1, R), "PHONE"), " or the house phone is ", V(say_single(p2, R), "PHONE")))


def p_email_call(ind):
    u, d = email_parts()
    pos("call/%s: e-mail spelled out by ASR with 'at' and 'dot'" % ind,
        A("and what email address should we send it to"),
        C(R.choice(["it's ", "yeah it's ", "", "um "]), V(say_email(u, d, R), "EMAIL")))


def p_email_chat(ind):
    u, d = email_parts()
    e = u + "@" + d
    e = R.choice([e, e, e.capitalize(), e.upper() if R.random() < 0.2 else e])
    pos("chat/%s: email typed" % ind,
        C(R.choice(["email is ", "send it to ", "my email: ", "can u update my email to "]), V(e, "EMAIL"),
          R.choice(["", " please", ".", " ty"])))


def p_dob_call(ind):
    y, m, d = rand_dob()
    pos("call/%s: date of birth spoken" % ind,
        A(R.choice(["can you confirm your date of birth", "and your d o b", "what's the date of birth on the account"])),
        C(R.choice(["yeah it's ", "", "", "um ", "sure "]), V(say_dob(y, m, d, R), "DOB")))


def p_dob_chat(ind):
    y, m, d = rand_dob()
    pos("chat/%s: date of birth typed" % ind,
        A("For security, please confirm your date of birth."),
        C(R.choice(["", "DOB ", "its ", "born "]), V(typed_dob(y, m, d), "DOB")))


def p_postcode_call(ind):
    pc = uk_postcode()
    pos("call/%s-UK: postcode spoken letter by letter" % ind,
        A("and can i take the postcode"),
        C(R.choice(["it's ", "", "yeah "]), V(say_alnum(pc, R, R.choice(["plain", "nato", "for", None])), "POSTCODE")))


def p_eircode(ind):
    ec = eircode()
    if R.random() < 0.5:
        pos("chat/%s-IE: Eircode typed" % ind,
            C(R.choice(["eircode ", "Eircode: ", "my eircode is "]), V(R.choice([ec, ec.replace(" ", ""), ec.lower()]), "POSTCODE")))
    else:
        pos("call/%s-IE: Eircode spoken" % ind,
            A("and your eircode"),
            C(V(say_alnum(ec, R, "plain"), "POSTCODE")))


def p_address_call(ind):
    num = R.randint(1, 240)
    st = R.choice(STREETS)
    pc = uk_postcode()
    town = R.choice(UK_TOWNS)
    pos("call/%s-UK: street address and postcode spoken (town unlabelled)" % ind,
        A("what's the first line of the address"),
        C(V((say_pairs(str(num), R) if 10 <= num < 100 else say_single(str(num), R, runs=False)) + " " + st.lower().replace("'", ""), "ADDRESS"),
          " " + town.lower()),
        A("and the postcode"),
        C(V(say_alnum(pc, R), "POSTCODE")))


def p_address_chat(ind):
    num = R.randint(1, 240)
    st = R.choice(STREETS)
    if R.random() < 0.5:
        pc = uk_postcode()
        town = R.choice(UK_TOWNS)
    else:
        pc = eircode()
        town = R.choice(IE_TOWNS)
    flat = R.random() < 0.25
    addr = ("Flat %d, " % R.randint(1, 20) if flat else "") + "%d %s" % (num, R.choice([st, st.lower(), st.upper()]))
    pos("chat/%s: typed full address, street and postcode labelled separately, town not labelled" % ind,
        C(R.choice(["New address is ", "I've moved to ", "deliver to ", "address: "]), V(addr, "ADDRESS"), ", " + town + ", ",
          V(pc, "POSTCODE")))


def p_us_address(ind):
    num = R.randint(10, 9999)
    st = R.choice(["Maple Avenue", "Oak Street", "Elm Drive", "Sunset Boulevard", "Pine Court", "Lakeview Road"])
    z = us_zip()
    pos("chat/%s-US: US address with ZIP" % ind,
        C("ship to ", V("%d %s" % (num, st), "ADDRESS"), ", Springfield, IL ", V(z, "POSTCODE")))


def p_combo_insurance(ind):
    y, m, d = rand_dob()
    pc = uk_postcode()
    p = uk_mobile()
    pos("call/insurance-UK: DOB, postcode and phone in security check, with a policy number (unlabelled)",
        A("can i take the policy number"),
        C("yeah it's p o l " + say_single(rdig(7), R, runs=False)),
        A("thank you and your date of birth"),
        C(V(say_dob(y, m, d, R), "DOB")),
        A("the postcode"),
        C(V(say_alnum(pc, R, "plain"), "POSTCODE")),
        A("and is ", V(say_single(p, R, runs=False), "PHONE"), " still the best number"),
        C("yes"))


def p_combo_utilities(ind):
    num = R.randint(1, 120)
    st = R.choice(STREETS)
    pc = uk_postcode()
    reading = rdig(5)
    pos("call/utilities-UK: meter reading (unlabelled) next to address and postcode",
        A("can you give me the meter reading"),
        C("yeah it's " + say_single(reading, R, runs=False)),
        A("and the address of the property"),
        C(V((say_pairs(str(num), R) if num >= 10 else UNITS[num]) + " " + st.lower().replace("'", ""), "ADDRESS"),
          " ", V(say_alnum(pc, R, "plain"), "POSTCODE")))


def p_combo_refund_chat(ind):
    sc = sortcode()
    ac = rdig(8)
    u, d = email_parts()
    order = rdig(8)
    pos("chat/retail-UK: refund request with order number (unlabelled), bank details and email",
        C("Order %s arrived broken. Refund to sort code " % order, V(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE"),
          " account ", V(ac, "BANK_ACCOUNT"), ", confirmation to ", V(u + "@" + d, "EMAIL")))


def p_homophone_card(ind):
    c = card16()
    words = say_single(c, R, runs=False).split()
    words = [("for" if w == "four" and R.random() < 0.5 else "to" if w == "two" and R.random() < 0.5 else
              "ate" if w == "eight" and R.random() < 0.4 else w) for w in words]
    pos("call/%s: card digits with ASR homophones ('for', 'to', 'ate')" % ind,
        A("the card number please"),
        C(V(" ".join(words), "CARD_NUMBER")))


def p_ni_typo_chat(ind):
    n = ni()
    t = n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]
    pos("chat/govt-UK: NI typed with surrounding chit-chat and a tax year (unlabelled)",
        C("hiya, I've been on emergency tax since april 2024 and I've been overpaid by about £300. ni no ", V(t.lower() if R.random() < 0.5 else t, "NI_NUMBER"),
          " if thats any help"))


def p_cvv_self(ind):
    cvv = rdig(3)
    wrong = cvv[:2] + str((int(cvv[2]) + 3) % 10)
    pos("call/%s: CVV self-corrected (both readings labelled)" % ind,
        A("and the three digits on the back"),
        C(V(say_single(wrong, R, runs=False), "CVV"), " no sorry ", V(say_single(cvv, R, runs=False), "CVV")))


def p_dob_age(ind):
    y, m, d = rand_dob()
    pos("call/healthcare-billing-UK: DOB next to an age (age unlabelled)",
        A("what's the patient's date of birth"),
        C("he's " + say_pairs(str(2026 - y - 1), R) + " now so it's ", V(say_dob(y, m, d, R), "DOB")))


POS_TEMPLATES = [
    (p_card_call_one_turn, ["telecom", "retail", "utilities", "insurance", "travel"], 10),
    (p_card_split, ["insurance", "utilities", "telecom", "retail"], 8),
    (p_card_chat, ["retail", "travel", "telecom", "utilities"], 10),
    (p_card_full_call, ["travel", "utilities", "retail", "charity"], 6),
    (p_card_selfcorrect, ["telecom", "insurance"], 3),
    (p_card_readback, ["banking", "retail"], 3),
    (p_card_fillers, ["utilities", "telecom"], 3),
    (p_homophone_card, ["retail", "travel"], 3),
    (p_cvv_expiry_call, ["retail", "travel", "telecom"], 5),
    (p_cvv_self, ["retail", "utilities"], 3),
    (p_ni_call, ["govt", "banking", "employment", "pensions"], 14),
    (p_ni_split, ["govt", "pensions"], 5),
    (p_ni_chat, ["banking", "pensions", "payroll"], 10),
    (p_ni_readback, ["govt"], 3),
    (p_ni_with_dob, ["govt"], 4),
    (p_ni_typo_chat, ["govt"], 2),
    (p_ssn_call, ["banking", "insurance", "healthcare-billing"], 10),
    (p_ssn_split, ["banking", "telecom"], 5),
    (p_ssn_chat, ["banking", "insurance"], 6),
    (p_ssn_zip_chat, ["retail", "banking"], 3),
    (p_ssn_readback, ["healthcare-billing", "insurance"], 3),
    (p_sort_acct_call, ["banking"], 5),
    (p_sort_acct_one_turn, ["utilities", "telecom", "insurance"], 5),
    (p_sort_acct_chat, ["banking", "retail", "utilities"], 5),
    (p_acct_split, ["banking"], 3),
    (p_ie_nsc, ["banking"], 3),
    (p_iban_chat, ["banking", "travel", "retail"], 8),
    (p_iban_call, ["banking", "utilities"], 4),
    (p_iban_split, ["banking"], 2),
    (p_phone_call, ["telecom", "retail", "healthcare-billing", "utilities"], 9),
    (p_phone_split, ["telecom", "travel"], 4),
    (p_phone_chat, ["retail", "telecom", "travel"], 7),
    (p_phone_two, ["utilities"], 2),
    (p_email_call, ["retail", "telecom", "insurance", "travel"], 7),
    (p_email_chat, ["retail", "banking", "travel"], 5),
    (p_dob_call, ["banking", "insurance", "healthcare-billing", "govt"], 6),
    (p_dob_chat, ["banking", "insurance", "telecom"], 4),
    (p_dob_age, ["healthcare-billing"], 2),
    (p_postcode_call, ["utilities", "insurance", "telecom", "retail"], 7),
    (p_eircode, ["utilities", "telecom", "retail"], 5),
    (p_address_call, ["utilities", "insurance", "govt"], 6),
    (p_address_chat, ["retail", "telecom", "utilities"], 7),
    (p_us_address, ["retail"], 3),
    (p_combo_insurance, ["insurance"], 3),
    (p_combo_utilities, ["utilities"], 3),
    (p_combo_refund_chat, ["retail"], 3),
]


# ============================================================ NEGATIVES ===
def n_amount(_):
    pounds = R.randint(11, 999)
    pence = R.randint(1, 99)
    r = R.randint(0, 2)
    if r == 0:
        neg("call/utilities-UK: money amount spoken with pounds and pence",
            A("so the balance outstanding is " + say_pairs(str(pounds), R) + " pounds " + say_pairs(str(pence), R)),
            C("okay can i pay " + say_pairs(str(pounds // 2), R) + " today and the rest next month"))
    elif r == 1:
        neg("chat/retail-UK: typed prices and totals",
            C("I was charged £%d.%02d but the item was £%d.%02d in the sale, that's a difference of £%d" % (pounds, pence, pounds - 5, pence, 5)))
    else:
        neg("call/banking-IE: account balance in euro, not an account number",
            A("your current balance is " + say_pairs(str(pounds), R) + " hundred and " + say_pairs(str(pence), R) + " euro"),
            C("grand thanks"))


def n_policy(_):
    pn = rdig(R.choice([7, 8, 9, 10]))
    style = R.randint(0, 2)
    if style == 0:
        neg("call/insurance-UK: policy number spoken with its reference word",
            A("can i take your policy number"),
            C("yeah the policy number is " + say_single(pn, R)))
    elif style == 1:
        neg("chat/insurance-UK: typed policy number with prefix",
            C("Policy no. POL-%s - when does it renew?" % pn))
    else:
        neg("call/insurance-IE: claim number read back",
            A("your claim reference is " + say_pairs(pn, R) + " have you got a pen"),
            C("yeah claim " + say_single(pn, R, runs=False) + " got it"))


def n_customer_no(_):
    cn = rdig(R.choice([6, 7, 8, 9]))
    if R.random() < 0.5:
        neg("call/telecom-UK: customer number (not an account number) spoken",
            A("do you have your customer number there"),
            C("customer number " + say_mixed(cn, R)))
    else:
        neg("chat/utilities-UK: typed customer reference",
            C("Customer ref %s - I'd like to query my last bill" % cn))


def n_meter(_):
    rd = rdig(5)
    mpan = rdig(R.choice([6, 7]))
    neg("call/utilities-UK: meter readings spoken digit by digit",
        A("what does the electric meter say"),
        C("it's " + say_single(rd, R, runs=False) + " and the gas is " + say_single(rdig(5), R, runs=False)),
        A("thank you and the meter serial on the front"),
        C("meter serial " + say_single(mpan, R, runs=False)))


def n_booking(_):
    ref = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if R.random() < 0.5:
        neg("chat/travel-IE: booking reference and flight number",
            C("booking ref %s, flight %s%d on the %d%s, can I add a bag?" % (ref, R.choice(["EI", "FR", "BA"]), R.randint(100, 9999),
                                                                              R.randint(4, 20), "th")))
    else:
        neg("call/travel-UK: booking reference spelled out",
            A("can i take the booking reference"),
            C("yeah it's " + say_alnum(ref, R, "nato")))


def n_order(_):
    on = rdig(R.choice([8, 9, 10]))
    neg("call/retail-UK: order number read in pairs",
        A("have you got the order number"),
        C("order number " + say_pairs(on, R) if len(on) % 2 == 0 else "the order number's " + say_single(on, R)))


def n_times(_):
    h = R.randint(1, 11)
    m = R.choice([15, 30, 45, 20, 10])
    neg("call/healthcare-billing-UK: appointment date and time (not DOB)",
        A("we've got an appointment on the " + ORD[R.randint(1, 20)] + " of " + R.choice(MONTHS) + " at " + (UNITS + TEENS)[h] + " " + say_pairs(str(m), R)),
        C("that's fine can you text me a reminder the day before"))


def n_dates(_):
    neg("chat/telecom-UK: contract start and payment dates (not DOB)",
        C("My contract started on %d/%02d/2024 and the payment on %d %s 2025 was taken twice" % (R.randint(1, 28), R.randint(1, 12),
                                                                                            R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize())))


def n_counts(_):
    neg("call/telecom-IE: data usage, counts and durations",
        A("you've used " + say_pairs(str(R.randint(11, 99)), R) + " gig of your " + R.choice(["hundred", "hundred and twenty"]) + " gig allowance"),
        C("and i was on hold for " + say_pairs(str(R.randint(21, 59)), R) + " minutes yesterday"))


def n_percent(_):
    neg("chat/banking-UK: interest rate, percentages and term",
        C("The rate went from %d.%d%% to %d.%d%% on my 25 year mortgage, that's an extra £%d a month" % (
            R.randint(2, 5), R.randint(0, 9), R.randint(5, 7), R.randint(0, 9), R.randint(40, 300))))


def n_year(_):
    y = R.randint(1990, 2025)
    neg("call/insurance-UK: car registration year, mileage and model",
        A("what year is the car"),
        C("it's a " + year_words(y, R) + " model done about " + say_pairs(str(R.randint(11, 99)), R) + " thousand miles"))


def n_ticket(_):
    tk = rdig(R.choice([6, 7, 8]))
    neg("chat/telecom-UK: support ticket and case numbers",
        C("Ticket #%s, case %s - still no broadband after 3 days" % (tk, rdig(7))))


def n_invoice(_):
    inv = rdig(R.choice([7, 8, 9]))
    neg("call/utilities-IE: invoice number read by agent",
        A("the invoice number is " + say_single(inv, R) + " for " + say_pairs(str(R.randint(40, 99)), R) + " euro " + say_pairs(str(R.randint(10, 99)), R)),
        C("ok"))


def n_room_flight(_):
    neg("call/travel-UK: room number, flight number and gate",
        A("you're in room " + say_single(str(R.randint(101, 699)), R, runs=False) + " on the " + ORD[R.randint(1, 6)] + " floor"),
        C("great and my flight is e i " + say_single(str(R.randint(100, 999)), R, runs=False) + " at " + UNITS[R.randint(1, 9)] + " in the morning"))


def n_model(_):
    neg("chat/retail-IE: model numbers and quantities",
        C("I ordered 2 x %s-%d and 1 x model %s%d but got the wrong one" % (R.choice(["WM", "TX", "KD"]), R.randint(1000, 9999),
                                                                         R.choice(["QE", "UE", "XR"]), R.randint(40, 85))))


def n_speed(_):
    neg("call/telecom-UK: broadband speeds and router model",
        A("you should be getting " + say_pairs(str(R.randint(30, 90)), R) + " meg down"),
        C("i'm only getting about " + UNITS[R.randint(2, 9)] + " megs on the hub " + UNITS[R.randint(2, 6)]))


def n_temp(_):
    neg("call/utilities-UK: boiler temperature, pressure and age",
        A("what's the pressure gauge reading"),
        C("it's on " + UNITS[R.randint(1, 2)] + " point " + UNITS[R.randint(1, 9)] + " and the rads are only " + say_pairs(str(R.randint(20, 45)), R) + " degrees"),
        A("and how old is the boiler"),
        C("about " + TEENS[R.randint(0, 5)] + " years"))


def n_age(_):
    neg("call/insurance-UK: ages of drivers, no DOB",
        A("and how old is the named driver"),
        C("she's " + say_pairs(str(R.randint(18, 79)), R) + " and i'm " + say_pairs(str(R.randint(30, 79)), R)))


def n_card_last4(_):
    neg("call/retail-UK: price match discussion with quantities and a delivery slot",
        A("that'll be " + UNITS[R.randint(2, 6)] + " items delivered between " + UNITS[R.randint(7, 9)] + " and " + UNITS[R.randint(1, 5)]),
        C("lovely and it was " + say_pairs(str(R.randint(11, 99)), R) + " ninety nine for the lot"))


def n_reg_ref(_):
    ref = rdig(R.choice([8, 9, 10]))
    neg("call/govt-UK: HMRC-style reference read out with its name (not an NI number)",
        A("your reference number for this call is " + say_pairs(ref, R) if len(ref) % 2 == 0 else "your reference is " + say_single(ref, R)),
        C("thank you"))


def n_loyalty(_):
    neg("chat/retail-UK: loyalty points and voucher amount",
        C("I have %d points which should be £%d.%02d off, voucher code SAVE%d didn't work" % (
            R.randint(200, 9000), R.randint(1, 30), R.randint(0, 99), R.choice([10, 15, 20, 25]))))


def n_mprn(_):
    neg("call/utilities-IE: bill period, kilowatt hours and unit rate",
        A("you used " + say_single(str(R.randint(200, 999)), R, runs=False) + " units over " + say_pairs(str(R.randint(55, 62)), R) + " days"),
        C("and what's the unit rate"),
        A("it's " + say_pairs(str(R.randint(20, 45)), R) + " point " + UNITS[R.randint(1, 9)] + " cent per kilowatt hour"))


def n_company_hours(_):
    neg("chat/banking-UK: opening hours and waiting times",
        A("Our lines are open 8am to 8pm Monday to Friday and 9 till 5 on Saturdays. Current wait is around 15 minutes."),
        C("ok ill try again at 2"))


def n_parcel(_):
    neg("call/retail-IE: parcel weight and dimensions",
        C("the parcel's " + UNITS[R.randint(2, 9)] + " kilos and about " + say_pairs(str(R.randint(20, 60)), R) + " by " + say_pairs(str(R.randint(20, 60)), R) + " centimetres"),
        A("that's fine that goes as a medium"))


def n_payment_plan(_):
    neg("call/banking-UK: payment plan figures with dates that are not birthdays",
        A("so " + say_pairs(str(R.randint(12, 36)), R) + " monthly payments of " + say_pairs(str(R.randint(21, 99)), R) + " pounds starting on the " + ORD[R.randint(1, 20)] + " of " + R.choice(MONTHS)),
        C("and the last one would be in " + year_words(R.randint(2026, 2029), R)))


NEG_TEMPLATES = [
    (n_amount, 7), (n_policy, 7), (n_customer_no, 6), (n_meter, 5), (n_booking, 5), (n_order, 5),
    (n_times, 4), (n_dates, 4), (n_counts, 4), (n_percent, 3), (n_year, 4), (n_ticket, 4),
    (n_invoice, 4), (n_room_flight, 4), (n_model, 3), (n_speed, 3), (n_temp, 3), (n_age, 3),
    (n_card_last4, 3), (n_reg_ref, 5), (n_loyalty, 3), (n_mprn, 3), (n_company_hours, 2),
    (n_parcel, 3), (n_payment_plan, 4),
]


# ---- additional UK/IE-focused positives ------------------------------------
def p_phone_hundred(ind):
    p = uk_land()
    p = p[:-4] + str(R.randint(2, 9)) + str(R.randint(1, 9)) + "00"
    head, tail = p[:-4], p[-4:]
    if tail[0] == "1":
        tail_sp = TEENS[int(tail[1])] + " hundred"
    elif tail[0] == "0":
        tail_sp = "oh " + UNITS[int(tail[1])] + " hundred" if tail[1] != "0" else "oh oh double oh"
    else:
        tail_sp = TENS[int(tail[0])] + (" " + UNITS[int(tail[1])] if tail[1] != "0" else "") + " hundred"
    pos("call/%s-UK: landline ending in 'X hundred' (ASR number words)" % ind,
        A("and a daytime number"),
        C(R.choice(["my work number is ", "the landline is "]), V(say_single(head, R) + " " + tail_sp, "PHONE")))


def p_phone_0044(ind):
    p = uk_mobile()[1:]
    pos("call/%s: UK mobile given with double oh four four prefix by a caller abroad" % ind,
        A("what number are you calling from"),
        C("i'm in spain at the minute it's ", V("double oh four four " + say_mixed(p, R), "PHONE"), " you'll need the country code"))


def p_ni_phone_chat(ind):
    n = ni()
    p = uk_mobile()
    pos("chat/govt-UK: NI number and mobile in one typed message, lower case NI",
        C("hi, universal credit query. NI: ", V(n.lower()[:2] + n[2:8] + n[8].lower(), "NI_NUMBER"), " mob ", V(p, "PHONE"), " thanks"))


def p_ni_nat_ins(ind):
    n = ni()
    pos("chat/payroll-UK: 'nat ins' abbreviation, NI typed with odd spacing",
        C("my nat ins number on my payslip is wrong, should be ", V(n[:2] + " " + n[2:5] + " " + n[5:8] + " " + n[8], "NI_NUMBER"),
          " not what's on there"))


def p_ni_digits_triple(ind):
    n = ni()
    pos("call/govt-UK: NI digits said in threes with 'and' before the suffix",
        A("national insurance number please"),
        C(V(say_alnum(n[:2], R, "plain") + " " + say_single(n[2:5], R) + " " +
            say_single(n[5:8], R), "NI_NUMBER", "n"), " and ", V(say_letter(n[8], R, "nato"), "NI_NUMBER", "n")))


def p_card_amount_call(ind):
    c = card16()
    pos("call/%s: card number after a spoken amount and order number (both unlabelled)" % ind,
        A("so that's one hundred and forty nine ninety nine for order " + say_single(rdig(8), R, runs=False) + " how would you like to pay"),
        C("visa please"),
        A("go ahead"),
        C(V(say_pairs(c, R), "CARD_NUMBER")))


def p_sort_readback(ind):
    sc = sortcode()
    ac = rdig(8)
    pos("call/banking-UK: agent reads back sort code and account",
        C("sort code ", V(say_single(sc, R), "SORT_CODE"), " account ", V(say_single(ac, R), "BANK_ACCOUNT")),
        A("so that's ", V(say_pairs(sc, R), "SORT_CODE"), " and ", V(say_pairs(ac, R), "BANK_ACCOUNT"), " yeah"),
        C("that's it"))


def p_flat_address_call(ind):
    fl = R.randint(1, 30)
    num = R.randint(10, 99)
    st = R.choice(STREETS)
    pos("call/%s-UK: flat number plus street spoken, postcode in next turn" % ind,
        A("and the address"),
        C(V(("flat " + say_pairs(str(fl), R) if fl >= 10 else "flat " + UNITS[fl]) + " " +
            say_pairs(str(num), R) + " " + st.lower().replace("'", ""), "ADDRESS")),
        A("and the postcode"),
        C(V(say_alnum(uk_postcode(), R, "plain"), "POSTCODE")))


def p_eircode_address(ind):
    num = R.randint(1, 80)
    st = R.choice(STREETS)
    ec = eircode()
    pos("call/%s-IE: Irish address spoken with Eircode" % ind,
        A("can i get the address for the installation"),
        C(V((say_pairs(str(num), R) if num >= 10 else UNITS[num]) + " " + st.lower().replace("'", ""), "ADDRESS"), " " +
          R.choice(IE_TOWNS).lower() + " and the eircode is ", V(say_alnum(ec, R, "plain"), "POSTCODE")))


def p_email_dob_chat(ind):
    u, d = email_parts()
    y, m, dd = rand_dob()
    pos("chat/%s: email and DOB typed together for account recovery" % ind,
        C("locked out of my account. email ", V(u + "@" + d, "EMAIL"), " dob ", V(typed_dob(y, m, dd), "DOB")))


def p_dob_split(ind):
    y, m, d = rand_dob()
    pos("call/%s: DOB with day/month in one turn and year after a back-channel" % ind,
        A("date of birth"),
        C(V((ORD[d] if d <= 20 else "twenty " + ORD[d - 20]) + " of " + MONTHS[m - 1], "DOB", "d")),
        A("mhm"),
        C(V(year_words(y, R), "DOB", "d")))


def p_card_expiry_typed_typo(ind):
    c = card16()
    m, y = expiry()
    typed = c[:4] + " " + c[4:8] + c[8:12] + " " + c[12:]
    pos("chat/%s: card typed with uneven spacing, 'exp' glued to the date" % ind,
        C("card ", V(typed, "CARD_NUMBER"), " exp:", V("%02d/%02d" % (m, y), "EXPIRY"), " cvc:", V(rdig(3), "CVV")))


def p_iban_ie_call_pairs(ind):
    ib = iban("IE")
    pos("call/%s-IE: Irish IBAN with bank code in NATO and digits in pairs" % ind,
        A("the iban for the refund please"),
        C("yeah it's ", V(say_alnum(ib[:4], R, "plain") + " " + say_alnum(ib[4:8], R, "nato") + " " + say_pairs(ib[8:], R), "IBAN")))


EXTRA_POS = [
    (p_phone_hundred, ["utilities", "insurance"], 3),
    (p_phone_0044, ["travel", "banking"], 3),
    (p_ni_phone_chat, ["govt"], 3),
    (p_ni_nat_ins, ["payroll"], 3),
    (p_ni_digits_triple, ["govt"], 3),
    (p_card_amount_call, ["retail", "telecom"], 3),
    (p_sort_readback, ["banking"], 3),
    (p_flat_address_call, ["govt", "utilities"], 3),
    (p_eircode_address, ["telecom", "utilities"], 3),
    (p_email_dob_chat, ["retail", "telecom"], 3),
    (p_dob_split, ["healthcare-billing", "insurance"], 3),
    (p_card_expiry_typed_typo, ["retail", "travel"], 3),
    (p_iban_ie_call_pairs, ["banking"], 2),
]


def p_ni_double_letter(ind):
    ch = R.choice("ABCEGHJKLMNPRSTWY")
    n = ch + ch + rdig(6) + R.choice("ABCD")
    pos("call/%s-UK: NI number with repeated prefix letter said as 'double'" % ind,
        A("can you confirm your national insurance number"),
        C(R.choice(["yep it's ", "", "it's "]), V("double " + ch.lower() + " " + say_mixed(n[2:8], R) + " " + say_letter(n[8], R), "NI_NUMBER")))


def p_ni_typo_chat2(ind):
    n = ni()
    pos("chat/%s-UK: NI typed with typos around it and no spaces" % ind,
        C(R.choice(["Ni numbr is ", "nat insurance no ", "N.I. No: ", "national insurence number "]), V(R.choice([n, n.lower(), n[:8] + " " + n[8]]), "NI_NUMBER"),
          R.choice([" can u check my contributions", " ,need a P60 copy", ""])))


def p_phone_plus44_0(ind):
    p = uk_mobile()
    t = "+44 (0)" + p[1:5] + " " + p[5:]
    pos("chat/%s-UK: mobile typed as +44 (0)7xxx" % ind,
        C("Best contact is ", V(t, "PHONE"), " or email ", V("@".join(email_parts()), "EMAIL")))


EXTRA_POS += [
    (p_ni_double_letter, ["govt", "payroll"], 3),
    (p_ni_typo_chat2, ["govt", "pensions", "payroll"], 4),
    (p_phone_plus44_0, ["utilities", "retail"], 3),
]


# ---- additional negatives --------------------------------------------------
def n_extension(_):
    neg("call/banking-UK: transfer to an extension and a queue position",
        A("i'll put you through to extension " + say_single(rdig(4), R, runs=False) + " you're number " + UNITS[R.randint(2, 9)] + " in the queue"),
        C("okay thanks"))


def n_tracking(_):
    tr = rdig(R.choice([9, 10]))
    neg("chat/retail-IE: parcel tracking number with its name",
        C("tracking no. %s says delivered but nothing here" % tr))


def n_booking_call(_):
    neg("call/travel-IE: booking with flight, seat, date and price",
        A("that's flight e i " + say_single(str(R.randint(100, 999)), R, runs=False) + " on the " + ORD[R.randint(1, 20)] + " of " + R.choice(MONTHS) +
          " seat " + say_pairs(str(R.randint(11, 32)), R) + " c for " + say_pairs(str(R.randint(51, 99)), R) + " euro"),
        C("perfect"))


def n_policy_letters(_):
    neg("call/insurance-UK: alphanumeric policy number with its name",
        A("what's the policy number"),
        C("policy number " + say_alnum("".join(R.choice("HMPCT") for _ in range(3)) + rdig(6), R, "plain")))


def n_bill_amounts(_):
    neg("call/utilities-UK: monthly direct debit amount and dates (no bank details)",
        A("your direct debit is going up from " + say_pairs(str(R.randint(40, 89)), R) + " to " + say_pairs(str(R.randint(90, 99)), R) +
          " pounds a month from the " + ORD[R.randint(1, 20)] + " of " + R.choice(MONTHS)),
        C("that's a big jump"))


def n_pin_digits(_):
    neg("call/telecom-UK: counting handsets, contract length and price",
        A("so " + UNITS[R.randint(2, 4)] + " handsets on a " + R.choice(["twenty four", "thirty six", "eighteen"]) + " month contract at " +
          say_pairs(str(R.randint(20, 60)), R) + " pounds each"),
        C("and is that including vat"))


EXTRA_NEG = [(n_extension, 3), (n_tracking, 3), (n_booking_call, 3), (n_policy_letters, 3), (n_bill_amounts, 3), (n_pin_digits, 3)]


# ================================================================ driver ===
def build():
    POS.clear()
    NEG.clear()
    R.seed(SEED)
    for fn, inds, n in POS_TEMPLATES + EXTRA_POS:
        for k in range(n):
            fn(inds[k % len(inds)])
    for fn, n in NEG_TEMPLATES + EXTRA_NEG:
        for _ in range(n):
            fn(None)
    rows, metas = [], []
    for i, (case, meta) in enumerate(POS, 1):
        rows.append(dict(id="h86-pos-%03d" % i, **case))
        metas.append(meta)
    for i, (case, meta) in enumerate(NEG, 1):
        rows.append(dict(id="h86-neg-%03d" % i, **case))
        metas.append(meta)
    # stable key order as in the format example
    rows = [{"id": r["id"], "kind": r["kind"], "turns": r["turns"], "spans": r["spans"], "note": r["note"]} for r in rows]
    return rows, metas


def serialise(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def counts(rows):
    c = {t: 0 for t in TYPES}
    for r in rows:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def verify(rows, metas):
    errs = []
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r, meta in zip(rows, metas):
        rid = r["id"]
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % rid)
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % rid)
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append("%s: bad turn" % rid)
        seen = {}
        groups = {}
        for s, v in zip(r["spans"], meta):
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (rid, s["type"]))
            text = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append("%s: offsets out of range" % rid)
                continue
            sub = text[a:b]
            if sub != v.text or sub.strip() != sub:
                errs.append("%s: span text mismatch %r" % (rid, sub))
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (rid, sub))
            for (a2, b2) in seen.get(s["turn"], []):
                if a < b2 and a2 < b:
                    errs.append("%s: overlapping spans" % rid)
            seen.setdefault(s["turn"], []).append((a, b))
            if v.grp == "~frag":
                if not re.search(r"\d", normalise(sub)):
                    errs.append("%s: fragment without digits %r" % (rid, sub))
                continue
            key = v.grp if v.grp is not None else id(v)
            groups.setdefault((s["type"], key), []).append(sub)
        for (typ, _), subs in groups.items():
            raw = " ".join(subs)
            norm = "".join(normalise(x) for x in subs)
            e = validate(typ, raw, norm)
            if e:
                errs.append("%s: %s" % (rid, e))
        # negatives: normalised text must not accidentally look like a card
        if r["kind"] == "negative":
            for t in r["turns"]:
                for m in re.finditer(r"\d{11,}", re.sub(r"[ -]", "", t["text"])):
                    errs.append("%s: long digit run in negative %s" % (rid, m.group()))
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    c = counts(rows)
    if npos < 170:
        errs.append("only %d positives" % npos)
    if nneg < 100:
        errs.append("only %d negatives" % nneg)
    for t, n in c.items():
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if n < need:
            errs.append("type %s has %d spans (< %d)" % (t, n, need))
    return errs, npos, nneg, c


def readme(npos, nneg, c):
    lines = [
        "# PII hold-out set h86 (UK/IE emphasis)",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; looking at its",
        "failures and adjusting the redactor to them destroys its value.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author. The author did not read",
        "the redaction code, its tests, its documentation, the benchmark script or any other",
        "PII fixture; the only data seen was a three-line example of the JSONL format.",
        "The cases are produced by `scripts/make_pii_holdout86.py` from template functions",
        "(standard library only, one `random.Random(%d)`); every turn is assembled from" % SEED,
        "plain text segments and labelled value segments, so offsets are computed, never typed.",
        "`python scripts/make_pii_holdout86.py --check` regenerates the set, verifies it is",
        "byte-identical, and validates ids, offsets, word boundaries, overlaps and every value",
        "after normalising spoken forms (Luhn, IBAN mod-97, NI format, digit counts, postcode shapes).",
        "",
        "Emphasis: UK and Irish contact centres (NI numbers said and typed in many ways, sort",
        "codes / NSCs and account numbers, UK and IE phone numbers, UK postcodes and Eircodes,",
        "UK street addresses, card payments by phone), plus some US SSN/ZIP cases and EU IBANs.",
        "Phone calls are written as an ASR transcript would be: lower case, little punctuation,",
        "numbers as words ('oh', 'o', 'nought', 'zero', 'double seven', 'triple two', pairs such",
        "as 'forty one eleven', NATO and 'b for bertie' spellings, homophones 'for'/'to'/'ate'),",
        "values split across customer turns with agent back-channels, self-corrections, agent",
        "read-backs and filler words.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only: from its first to its last character / spoken token.",
        "  Lead-ins ('it's', 'my number is', 'sort code') and trailing words are outside.",
        "- When a value is split across turns, each turn's piece is its own span of the same type.",
        "- When fillers or remarks ('um', 'hang on', 'and then') occur between groups of a value",
        "  in one turn, each group is a separate span and the filler is not labelled.",
        "- Self-corrections: the abandoned reading is labelled too (same type), the correction",
        "  word ('no sorry') is not.",
        "- Agent read-backs of a value are labelled like the customer's reading.",
        "- NI numbers include the prefix letters and the suffix letter; spelled letters include the",
        "  whole spelling ('b for bravo', 'quebec').",
        "- PHONE includes '+44' / 'plus three five three' prefixes and brackets inside the number.",
        "- EMAIL covers the whole address including spoken 'at' / 'dot'.",
        "- DOB covers day, month and year ('the third of may nineteen eighty four').",
        "- EXPIRY covers month and year; CVV the 3/4 digits only.",
        "- ADDRESS covers an optional flat number, the house number and the street name; the town",
        "  is not labelled; the postcode / Eircode / ZIP is a separate POSTCODE span.",
        "- Irish NSCs are labelled SORT_CODE. Eircodes are labelled POSTCODE.",
        "- Not labelled (and used as negatives): amounts, balances, prices, times, durations, counts,",
        "  years, ages, percentages, appointment/contract/payment dates, policy, claim, customer,",
        "  order, ticket, invoice, booking and HMRC-style reference numbers said with their name,",
        "  flight and room numbers, model numbers, meter readings and serials, speeds, temperatures.",
        "",
        "## Counts",
        "",
        "- positive cases: %d" % npos,
        "- negative cases: %d" % nneg,
        "",
        "| type | spans |",
        "|---|---|",
    ]
    lines += ["| %s | %d |" % (t, c[t]) for t in TYPES]
    lines += ["", "Never use this set for tuning.", ""]
    return "\n".join(lines)


def main():
    check = "--check" in sys.argv[1:]
    rows, metas = build()
    errs, npos, nneg, c = verify(rows, metas)
    data = serialise(rows)
    rd = readme(npos, nneg, c)
    if check:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output")
        else:
            # re-verify from the file itself (offsets/types) using the regenerated metadata
            file_rows = [json.loads(x) for x in CASES.read_text(encoding="utf-8").splitlines()]
            e2, *_ = verify(file_rows, metas)
            errs += e2
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("h86: %d positive, %d negative cases" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, c[t]))
    if errs:
        print("PROBLEMS (%d):" % len(errs))
        for e in errs[:60]:
            print("  " + e)
        return 1
    print("check OK" if check else "written %s" % CASES.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

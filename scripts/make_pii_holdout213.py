#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h213 (UK/IE emphasis).

Written by an independent AI helper that did not see the redaction code.
Every turn is assembled from plain-text segments and (value, TYPE, group)
segments so that span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout213.py          # write fixture + README
    python scripts/make_pii_holdout213.py --check  # regenerate and verify
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 213241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout213")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FORWORDS = {"a": ["apple", "alpha"], "b": ["bravo", "bob", "bertie"], "c": ["charlie", "cat"],
            "d": ["delta", "dog"], "e": ["echo", "edward"], "g": ["golf", "george"],
            "h": ["hotel", "harry"], "j": ["juliet", "john"], "k": ["kilo", "king"],
            "l": ["lima", "london"], "m": ["mike", "mother"], "n": ["november", "nancy"],
            "o": ["oscar", "orange"], "p": ["papa", "peter"], "r": ["romeo", "robert"],
            "s": ["sierra", "sugar"], "t": ["tango", "tommy"], "w": ["whiskey", "william"],
            "x": ["x-ray"], "y": ["yankee", "yellow"], "z": ["zulu", "zebra"]}
HOMO = {"bee": "b", "see": "c", "sea": "c", "dee": "d", "jay": "j", "kay": "k",
        "ess": "s", "tee": "t", "tea": "t", "why": "y", "zed": "z", "aitch": "h",
        "pee": "p", "em": "m", "en": "n", "ex": "x", "el": "l", "are": "r", "eff": "f",
        "gee": "g", "cue": "q", "queue": "q", "you": "u", "vee": "v", "double-you": "w", "doubleyou": "w"}
HOMO_REV = {}
for _k, _v in HOMO.items():
    if _k == "doubleyou":
        continue
    HOMO_REV.setdefault(_v, []).append(_k)
HOMODIG = {"to": "2", "too": "2", "ate": "8", "won": "1"}
FILLERS = {"um", "uh", "er", "erm", "ehm", "hmm"}
SKIP = FILLERS | {"and", "of", "the", "plus", "dash", "hyphen", "slash"}


def zero_word(style=None):
    return style or R.choice(["zero", "oh", "oh", "o", "nought"])


def say_digit(d, zstyle=None):
    return zero_word(zstyle) if d == "0" else UNITS[int(d)]


def say_digits(s, doubles=True, zstyle=None):
    """digit by digit, optional double/triple."""
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if doubles and run == 3 and R.random() < 0.8:
            out.append("triple " + say_digit(s[i], zstyle)); i = j; continue
        if doubles and run >= 2 and R.random() < 0.7:
            out.append("double " + say_digit(s[i], zstyle)); i += 2; continue
        out.append(say_digit(s[i], zstyle)); i += 1
    return " ".join(out)


def say_pair(p, zstyle=None):
    a, b = p
    if a == "0":
        return say_digit(a, zstyle) + " " + say_digit(b, zstyle)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_pairs(s, zstyle=None):
    out = []
    if len(s) % 2:
        out.append(say_digit(s[0], zstyle)); s = s[1:]
    for i in range(0, len(s), 2):
        out.append(say_pair(s[i:i + 2], zstyle))
    return " ".join(out)


def say_num(s, mode=None):
    mode = mode or R.choice(["d", "d", "dd", "p"])
    if mode == "d":
        return say_digits(s, doubles=False)
    if mode == "dd":
        return say_digits(s, doubles=True)
    return say_pairs(s)


def say_letter(c, style=None):
    c = c.lower()
    style = style or R.choice(["bare", "bare", "for", "homo"])
    if c == "o":
        style = "for"
    if style == "for" and c in FORWORDS:
        return "%s for %s" % (c, R.choice(FORWORDS[c]))
    if style == "homo" and c in HOMO_REV:
        return R.choice(HOMO_REV[c])
    if c == "a" or c == "i":
        return "%s for %s" % (c, R.choice(FORWORDS.get(c, [NATO[c]])))
    return c


def say_year(y):
    return say_pair(y[:2]) + " " + (say_pair(y[2:]) if y[2] != "0" else ("oh " + UNITS[int(y[3])] if y[3] != "0" else "hundred"))


# ---------------------------------------------------------------- parser
def ordsuf(n):
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def safe(fn, canon, *a):
    """re-draw a spoken rendering until it is unambiguous (parses back)."""
    for _ in range(50):
        out = fn(*a)
        if parse_spoken(out) == canon:
            return out
    raise RuntimeError("no unambiguous rendering for %r" % canon)


def parse_spoken(text):
    """normalise spoken/typed text to upper-case alnum string."""
    toks = [t for t in re.split(r"[^a-z0-9@\-]+", text.lower().replace("x-ray", "xray").replace("double-you", "doubleyou").replace("-", " ")) if t]
    out, i, mult = [], 0, 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in SKIP:
            i += 1; continue
        if t == "double":
            mult = 2; i += 1; continue
        if t == "triple":
            mult = 3; i += 1; continue
        piece = None
        if len(t) == 1 and t.isalpha() and nxt == "for":
            piece = t.upper(); i += 3
        elif t in HOMODIG:
            piece = HOMODIG[t]; i += 1
        elif t in ("zero", "oh", "o", "nought", "nil"):
            piece = "0"; i += 1
        elif t in UNITS:
            piece = str(UNITS.index(t)); i += 1
        elif t in TEENS:
            piece = str(10 + TEENS.index(t)); i += 1
        elif t in TENS and t:
            if nxt in ORD[:9]:
                piece = str(TENS.index(t)) + str(ORD.index(nxt) + 1); i += 2
            elif nxt in UNITS[1:]:
                piece = str(TENS.index(t)) + str(UNITS.index(nxt)); i += 2
            else:
                piece = str(TENS.index(t)) + "0"; i += 1
        elif t == "hundred":
            piece = "00"; i += 1
        elif t in MONTHS:
            piece = "%02d" % (MONTHS.index(t) + 1); i += 1
        elif t in ORD:
            piece = "%02d" % (ORD.index(t) + 1); i += 1
        elif t.startswith("twenty") and t[6:] in ORD:
            piece = "%02d" % (20 + ORD.index(t[6:]) + 1); i += 1
        elif t.startswith("thirty") and t[6:] in ORD:
            piece = "%02d" % (30 + ORD.index(t[6:]) + 1); i += 1
        elif t in HOMO:
            piece = HOMO[t].upper(); i += 1
        elif re.fullmatch(r"[a-z0-9]+", t) and (any(ch.isdigit() for ch in t) or len(t) <= 4):
            piece = t.upper(); i += 1
        else:
            raise ValueError("cannot parse token %r in %r" % (t, text))
        if mult > 1:
            piece = piece * mult
            mult = 1
        out.append(piece)
    return "".join(out)


def parse_email(text):
    t = " ".join(str(UNITS.index(w)) if w in UNITS else w for w in text.lower().split())
    t = " " + re.sub(r"(?<=\d) (?=\d)", "", t) + " "
    t = t.replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_")
    t = t.replace(" dash ", "-").replace(" hyphen ", "-")
    return t.replace(" ", "")


# ---------------------------------------------------------------- validators
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


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EIR = re.compile(r"^[ACDEFHKNPRTVWXY]\d[\dW][0-9ACDEFHKNPRTVWXY]{4}$")
ZIP = re.compile(r"^\d{5}(\d{4})?$")
EMAIL_RE = re.compile(r"^[a-z0-9._\-+]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
STREET_WORDS = ("road", "street", "avenue", "lane", "close", "drive", "crescent", "way",
                "terrace", "gardens", "place", "court", "grove", "park", "square", "rd", "st",
                "ave", "walk", "view", "hill", "row", "boulevard", "blvd")


def validate(typ, canon):
    """canon: canonical value string. returns error or None"""
    c = canon
    if typ == "CARD_NUMBER":
        return None if c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c) else "bad card"
    if typ == "CVV":
        return None if c.isdigit() and len(c) in (3, 4) else "bad cvv"
    if typ == "EXPIRY":
        if not c.isdigit() or len(c) not in (4, 6):
            return "bad expiry"
        return None if 1 <= int(c[:2]) <= 12 else "bad expiry month"
    if typ == "SSN":
        ok = (c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9"
              and c[3:5] != "00" and c[5:] != "0000")
        return None if ok else "bad ssn"
    if typ == "NI_NUMBER":
        return None if NI_RE.match(c) else "bad ni"
    if typ == "BANK_ACCOUNT":
        return None if c.isdigit() and 6 <= len(c) <= 12 else "bad account"
    if typ == "SORT_CODE":
        return None if c.isdigit() and len(c) == 6 else "bad sort code"
    if typ == "IBAN":
        return None if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c) and iban_ok(c) else "bad iban"
    if typ == "PHONE":
        return None if c.isdigit() and 9 <= len(c) <= 14 else "bad phone"
    if typ == "EMAIL":
        return None if EMAIL_RE.match(c) else "bad email"
    if typ == "DOB":
        if not c.isdigit() or len(c) != 8:
            return "bad dob"
        d1, m1, y1 = int(c[:2]), int(c[2:4]), int(c[4:])
        m2, d2 = int(c[:2]), int(c[2:4])
        okdmy = 1 <= d1 <= 31 and 1 <= m1 <= 12
        okmdy = 1 <= d2 <= 31 and 1 <= m2 <= 12
        if not (1920 <= y1 <= 2010):
            return "bad dob year"
        return None if (okdmy or okmdy) else "bad dob"
    if typ == "POSTCODE":
        return None if (UK_PC.match(c) or EIR.match(c) or ZIP.match(c)) else "bad postcode"
    if typ == "ADDRESS":
        low = c.lower()
        has_num = bool(re.search(r"\d", low)) or any(w in low.split() for w in UNITS + TEENS + TENS[2:] + ["hundred"])
        has_st = any(w in re.split(r"[^a-z]+", low) for w in STREET_WORDS)
        return None if has_num and has_st else "bad address"
    return "unknown type"


# ---------------------------------------------------------------- value generators
def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + rdig(length - len(prefix) - 1)
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "visa13", "visa19", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + R.choice(["539", "929", "658", "751", "000", "484"]), 16)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "visa19":
        return luhn_complete("4", 19)
    return luhn_complete(R.choice(["6759", "6763", "5018"]), R.choice([16, 18, 19]))


def group_card(c, sep=" "):
    if len(c) == 15:
        parts = [c[:4], c[4:10], c[10:]]
    else:
        parts = [c[i:i + 4] for i in range(0, len(c), 4)]
    return sep.join(parts)


def gen_ni():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def gen_ssn():
    while True:
        a = "%03d" % R.randint(1, 899)
        if a == "666":
            continue
        return a + "%02d" % R.randint(1, 99) + "%04d" % R.randint(1, 9999)


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in r)
    ck = 98 - int(num) % 97
    return "%s%02d%s" % (cc, ck, bban)


def gen_iban(cc=None):
    cc = cc or R.choice(["IE", "IE", "IE", "GB", "DE", "FR", "NL", "ES"])
    if cc == "IE":
        b = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + rdig(6) + rdig(8)
    elif cc == "GB":
        b = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(6) + rdig(8)
    elif cc == "DE":
        b = rdig(18)
    elif cc == "FR":
        b = rdig(23)
    elif cc == "NL":
        b = R.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    else:
        b = rdig(20)
    return iban_make(cc, b)


def iban_typed(s):
    if R.random() < 0.6:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s if R.random() < 0.7 else s.lower()


def gen_sort():
    return R.choice(["20", "30", "40", "60", "77", "83", "90", "93", "11", "08", "16", "09"]) + rdig(4)


def gen_acct():
    return R.choice("123456789") + rdig(7)


def gen_uk_mobile():
    return "07" + R.choice(["7", "8", "9", "5", "4"]) + rdig(8)


def gen_uk_land():
    return R.choice(["020" + R.choice("378") + rdig(7), "0161" + rdig(7), "0121" + rdig(7),
                     "0131" + rdig(7), "0113" + rdig(7), "01632" + rdig(6), "028" + "9" + rdig(7)])


def gen_ie_mobile():
    return "08" + R.choice("35679") + rdig(7)


def gen_ie_land():
    return R.choice(["01" + rdig(7), "021" + rdig(7), "091" + rdig(6)])


def gen_us_phone():
    return R.choice("2345678") + rdig(2) + R.choice("2345678") + rdig(6)


UK_PCS = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS1 4AP", "EH1 1YZ",
          "BS8 1TH", "NE1 7RU", "CF10 3NQ", "G2 3WT", "BT7 1NN", "L3 8EN", "OX4 2HU", "SE15 5AB",
          "N16 8HY", "E1W 3SS", "PL4 6DX", "NG7 2RD", "YO31 7EP", "KT2 6RS", "RG1 8DB",
          "AB10 1XG", "LE2 7LX", "W5 3NJ", "S10 2TN", "DH1 3LE", "TN23 1HB", "IP4 1JG", "HU5 3DW"]
EIRCODES = ["D02 X285", "D04 C932", "T12 K2N8", "H91 E2K3", "V94 T9PX", "A65 F4E2", "D6W XY24",
            "R93 H2F5", "W91 KC72", "D15 RW68", "P31 D627", "X91 HT22", "F94 T6N7", "K78 Y2W3"]
ZIPS = ["02139", "60614", "94110", "73301", "30309", "10027", "98103", "85004", "33131",
        "19104", "55408", "80205", "27514", "97214", "46202", "64111"]
STREETS_UK = ["Acacia Avenue", "Marlborough Road", "Church Lane", "Station Road", "Victoria Street",
              "Elm Grove", "Kingsley Close", "Mill Lane", "Queens Drive", "Beech Crescent",
              "Albert Terrace", "Harrow Way", "Rosebery Gardens", "Chapel Street", "Orchard Place",
              "Windsor Court", "Park View", "Hollybush Walk", "Granby Row", "Sycamore Drive"]
STREETS_IE = ["Griffith Avenue", "Main Street", "Ballymun Road", "Castle Park", "Oakwood Drive",
              "Strand Road", "Sandymount Avenue", "Church Road", "Newtown Park", "Brookfield Lane"]
STREETS_US = ["Maple Avenue", "Oak Street", "Lincoln Boulevard", "Cedar Lane", "Elm Street",
              "Washington Avenue", "Pine Ridge Drive", "Lakeview Court", "Sunset Boulevard", "Hill Road"]
NAMES = ["sarah", "james", "aoife", "ciaran", "priya", "tom", "niamh", "david", "fiona", "gareth",
         "emma", "liam", "grace", "owen", "rachel", "sean", "hannah", "mark", "siobhan", "kieran"]
SURN = ["murphy", "kelly", "smith", "jones", "walsh", "obrien", "patel", "taylor", "byrne",
        "evans", "ryan", "hughes", "doyle", "clarke", "khan", "wilson", "mccarthy", "brennan"]
DOMS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com", "eircom.net",
        "icloud.com", "live.ie", "sky.com", "protonmail.com", "virginmedia.com"]


def gen_email():
    f, s = R.choice(NAMES), R.choice(SURN)
    form = R.choice(["f.s", "fs", "f_s", "fsnn", "f.snn", "initial.s", "sf"])
    if form == "f.s":
        u = f + "." + s
    elif form == "fs":
        u = f + s
    elif form == "f_s":
        u = f + "_" + s
    elif form == "fsnn":
        u = f + s + rdig(2)
    elif form == "f.snn":
        u = f + "." + s + rdig(2)
    elif form == "initial.s":
        u = f[0] + "." + s
    else:
        u = s + f[0]
    return u + "@" + R.choice(DOMS)


def say_email(e):
    """ASR style e-mail: dots/at spelled out."""
    u, d = e.split("@")
    def part(p):
        toks = []
        for piece in re.split(r"([._])", p):
            if piece == ".":
                toks.append("dot")
            elif piece == "_":
                toks.append("underscore")
            elif piece:
                m = re.match(r"([a-z]+)(\d*)$", piece)
                if m and m.group(2):
                    toks.append(m.group(1) + " " + say_digits(m.group(2), doubles=False, zstyle="zero"))
                else:
                    toks.append(piece)
        return " ".join(toks)
    return part(u) + " at " + part(d)


def gen_dob():
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y


def ordinal_word(d):
    if d <= 20:
        return ORD[d - 1]
    if d < 30:
        return "twenty " + ORD[d - 21] if d != 20 else "twentieth"
    return "thirty " + ORD[d - 31] if d > 30 else "thirtieth"


def cap(s):
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------- case builder
class V:
    """labelled segment: text, type, group key (same group = same value)"""
    def __init__(self, text, typ, canon, grp=None, exact=True):
        self.text, self.typ, self.canon, self.grp, self.exact = text, typ, canon, grp, exact


CASES_OUT = []
GROUPS = {}  # case id -> list of (type, canon, [span idx], exact, parse)


def build(kind, turns, note):
    """turns: list of (speaker, [segments])"""
    n = sum(1 for c in CASES_OUT if c["kind"] == kind) + 1
    cid = "h213-%s-%03d" % ("pos" if kind == "positive" else "neg", n)
    tjs, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                key = s.grp if s.grp is not None else ("auto", len(spans))
                g = groups.setdefault(key, {"type": s.typ, "canon": s.canon, "idx": [], "exact": s.exact})
                g["idx"].append(len(spans) - 1)
            else:
                text += s
        tjs.append({"speaker": spk, "text": text})
    if kind == "negative" and spans:
        raise RuntimeError("negative with spans")
    CASES_OUT.append({"id": cid, "kind": kind, "turns": tjs, "spans": spans, "note": note})
    GROUPS[cid] = list(groups.values())


A, C = "agent", "customer"


def P(turns, note):
    build("positive", turns, note)


def N(turns, note):
    build("negative", turns, note)


def ch(*a):
    return R.choice(a)


# ---------------------------------------------------------------- positive templates
def card_spoken(c):
    return safe(_card_spoken, c, c)


def _card_spoken(c):
    mode = R.choice(["d", "dd", "p", "grp"])
    if mode == "grp":
        parts = group_card(c).split(" ")
        return " ".join(say_num(p) for p in parts)
    return say_num(c, mode)


def pos_card_chat():
    c = gen_card()
    style = R.choice([" ", "-", "", " ", "  "])
    typed = group_card(c, style) if style else c
    ind = ch("retail", "telecom", "utilities", "insurance", "travel")
    P([(C, [ch("Hi, can I pay my bill by card please? It's ", "card number: ", "ok here u go ", "Its "),
            V(typed, "CARD_NUMBER", c), ch("", " thanks", ". Expiry to follow", " - balance is £84.20 right?")])],
      "chat/%s: card typed with separator %r" % (ind, style))


def pos_card_call_one():
    c = gen_card(ch("visa", "mc", "mc", "amex", "maestro"))
    sp = card_spoken(c)
    ind = ch("telecom", "utilities", "insurance", "retail", "healthcare billing", "travel")
    P([(A, [ch("lovely and the long number across the front of the card", "okay when you're ready the card number please",
               "and can i take the sixteen digit number on the card")]),
       (C, [ch("yeah it's ", "right so ", "okay ", "um "), V(sp, "CARD_NUMBER", c)])],
      "call/%s: card spoken in one turn (%d digits)" % (ind, len(c)))


def pos_card_call_split():
    c = gen_card(ch("visa", "mc"))
    parts = [c[i:i + 4] for i in range(0, 16, 4)]
    bc = ["mhm", "okay go on", "yep", "yeah", "right", "got that", "okay"]
    turns = [(A, [ch("go ahead with the card number", "can i have the card number please", "so the long number on the card")])]
    for k, p in enumerate(parts):
        pre = ch("", "", "right ", "and then ", "uh ") if k else ch("", "it's ", "okay ")
        turns.append((C, [pre, V(say_num(p, ch("d", "dd", "p")), "CARD_NUMBER", c, grp="c")]))
        if k < 3:
            turns.append((A, [ch(*bc)]))
    P(turns, "call/%s: card split over four customer turns with back-channels" % ch("telecom", "banking", "utilities", "insurance"))


def pos_card_readback():
    c = gen_card(ch("visa", "mc"))
    sp1 = say_digits(c, doubles=ch(True, False))
    sp2 = say_pairs(c) if R.random() < 0.5 else say_digits(c, doubles=False)
    P([(C, ["the card is ", V(sp1, "CARD_NUMBER", c, grp="a")]),
       (A, ["let me just read that back to you ", V(sp2, "CARD_NUMBER", c, grp="b"), " is that right"]),
       (C, ["yep that's it"])],
      "call/%s: card spoken by customer and read back by agent" % ch("utilities", "telecom", "retail"))


def pos_card_full():
    c = gen_card(ch("visa", "mc", "maestro"))
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cvv = rdig(3)
    ind = ch("utilities", "telecom", "insurance", "travel")
    if R.random() < 0.5:
        exp_sp = ch("%s %s" % (say_digit(str(mm // 10)) if mm < 10 else "", "") , "")  # unused placeholder
        exp_sp = (say_pair("%02d" % mm) if mm >= 10 else zero_word() + " " + UNITS[mm]) + " " + say_pair("%02d" % yy)
        ecanon = "%02d%02d" % (mm, yy)
        if R.random() < 0.4:
            exp_sp = MONTHS[mm - 1] + " twenty " + say_pair("%02d" % yy)
            ecanon = "%02d20%02d" % (mm, yy)
        P([(A, ["and the card number please"]),
           (C, [V(card_spoken(c), "CARD_NUMBER", c)]),
           (A, ["thank you and the expiry date"]),
           (C, [ch("it's ", "expires ", "um "), V(exp_sp, "EXPIRY", ecanon)]),
           (A, ["and finally the three digit security code on the back"]),
           (C, [ch("", "that's ", "it's "), V(say_digits(cvv, doubles=False), "CVV", cvv), ch("", " sorry", " yeah")]),
           (A, [ch("perfect that's the payment of sixty two pounds forty gone through",
                   "thanks the payment of one hundred and twelve euro is processing")])],
          "call/%s: card, expiry and cvv in separate turns with non-PII amount" % ind)
    else:
        t_exp = ch("%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%02d %02d" % (mm, yy))
        ecanon = re.sub(r"\D", "", t_exp)
        P([(C, ["card ", V(group_card(c, ch(" ", "")), "CARD_NUMBER", c), ch(" exp ", ", expiry ", " expires "),
                V(t_exp, "EXPIRY", ecanon), ch(" cvv ", ", security code ", " cvc "), V(cvv, "CVV", cvv)]),
           (A, ["Thanks, that's £45.99 taken for order 4471203."])],
          "chat/%s: card, expiry and cvv typed in one message" % ind)


def pos_cvv_expiry_call():
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cvv = rdig(ch(3, 3, 4))
    mmw = MONTHS[mm - 1]
    P([(A, ["whats the expiry on the card"]),
       (C, [ch("the end of ", "", "it runs out "), V("%s twenty %s" % (mmw, say_pair("%02d" % yy)), "EXPIRY", "%02d20%02d" % (mm, yy))]),
       (A, ["okay and the %s digits on the %s" % ("three" if len(cvv) == 3 else "four", "back" if len(cvv) == 3 else "front")]),
       (C, ["um ", V(say_num(cvv, ch("d", "dd")), "CVV", cvv)])],
      "call/%s: expiry said with month name and cvv" % ch("travel", "retail", "utilities"))


def ni_typed(n):
    f = R.choice(["spaced", "plain", "lower", "dash", "pairs2"])
    if f == "spaced":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == "plain":
        return n
    if f == "lower":
        return n.lower()
    if f == "dash":
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return "%s %s %s" % (n[:2], n[2:8], n[8])


def ni_spoken(n):
    lst = R.choice(["bare", "for", "homo", "mix"])
    def L(c):
        return say_letter(c, None if lst == "mix" else lst)
    digs = n[2:8]
    dmode = R.choice(["d", "dd", "p"])
    if dmode == "p":
        dsp = " ".join(say_pair(digs[i:i + 2]) for i in range(0, 6, 2))
    else:
        dsp = say_digits(digs, doubles=dmode == "dd")
    return L(n[0]) + " " + L(n[1]) + " " + dsp + " " + L(n[8])


def pos_ni_chat():
    n = gen_ni()
    P([(A, [ch("Could you confirm your National Insurance number please?", "Can I take your NI number to verify?")]),
       (C, [ch("sure its ", "", "NI no. ", "yeah - "), V(ni_typed(n), "NI_NUMBER", n), ch("", " thanks", " :)", ". Ref for the claim is 5540921")])],
      "chat/government services: NI number typed")


def pos_ni_call():
    n = gen_ni()
    ind = ch("government services", "banking", "insurance", "pensions", "utilities")
    P([(A, ["can you give me your national insurance number please"]),
       (C, [ch("yeah it's ", "okay it's ", "um ", "right "), V(ni_spoken(n), "NI_NUMBER", n)]),
       (A, [ch("thank you", "lovely thanks", "great")])],
      "call/%s: NI number spoken in one turn" % ind)


def pos_ni_split():
    n = gen_ni()
    lst = ch("bare", "for", "homo")
    turns = [(A, ["and your national insurance number"]),
             (C, [ch("okay so ", "right ", ""), V(say_letter(n[0], lst) + " " + say_letter(n[1], lst), "NI_NUMBER", n, grp="n")]),
             (A, [ch("mhm", "yep", "okay go on")]),
             (C, [V(say_num(n[2:5], "d") if R.random() < .5 else say_pairs(n[2:6]), "NI_NUMBER", n, grp="n")])]
    if turns[-1][1][0].text.count(" ") < 3 and len(parse_spoken(turns[-1][1][0].text)) == 3:
        rest = n[5:8]
    else:
        rest = n[6:8]
    turns += [(A, [ch("yeah", "mhm")]),
              (C, [V(say_digits(rest, doubles=False) + " " + say_letter(n[8], lst), "NI_NUMBER", n, grp="n")])]
    P(turns, "call/%s: NI number split across three customer turns" % ch("government services", "pensions", "banking"))


def pos_ni_readback():
    n = gen_ni()
    P([(C, ["it's ", V(ni_spoken(n), "NI_NUMBER", n, grp="a")]),
       (A, ["so that's ", V(" ".join(say_letter(c, "for") if c.isalpha() else say_digit(c) for c in n), "NI_NUMBER", n, grp="b"), " yeah"]),
       (C, ["that's right"])],
      "call/government services: NI number read back by agent phonetically")


def pos_ni_correction():
    n = gen_ni()
    wrong = n[:7] + str((int(n[7]) + 3) % 10) + n[8]
    P([(C, ["my national insurance is ", V(ni_spoken(wrong), "NI_NUMBER", wrong, grp="w"), " no sorry hang on"]),
       (C, ["it's ", V(ni_spoken(n), "NI_NUMBER", n, grp="r")]),
       (A, ["okay no problem"])],
      "call/pensions: NI number self-corrected, both readings labelled")


def pos_ni_with_dob():
    n = gen_ni()
    d, m, y = gen_dob()
    P([(A, ["to get started can i take your date of birth and national insurance number"]),
       (C, ["yeah date of birth is the ", V("%s of %s %s" % (ordinal_word(d), MONTHS[m - 1], say_year(str(y))), "DOB", "%02d%02d%d" % (d, m, y)),
            " and my n i number is ", V(ni_spoken(n), "NI_NUMBER", n)])],
      "call/government services: DOB and NI number in one turn")


def ssn_typed(s):
    f = ch("dash", "space", "plain", "dash")
    if f == "dash":
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if f == "space":
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    return s


def ssn_spoken(s):
    return safe(_ssn_spoken, s, s)


def _ssn_spoken(s):
    m = ch("d", "dd", "grp", "grp")
    if m == "grp":
        return say_digits(s[:3], doubles=False) + " " + say_num(s[3:5], ch("d", "p")) + " " + say_num(s[5:], ch("d", "p", "dd"))
    return say_num(s, m)


def pos_ssn_chat():
    s = gen_ssn()
    P([(A, ["For verification, please provide your Social Security number."]),
       (C, [ch("ok ", "sure, ", "SSN ", "its "), V(ssn_typed(s), "SSN", s), ch("", " thx", ". my claim # is 88341207")])],
      "chat/%s: US SSN typed" % ch("healthcare billing", "insurance", "banking", "government services"))


def pos_ssn_call():
    s = gen_ssn()
    P([(A, [ch("can i get your social security number", "and the last... actually i need the full social please")]),
       (C, [ch("yeah it's ", "sure ", "um okay "), V(ssn_spoken(s), "SSN", s)])],
      "call/%s: SSN spoken in one turn" % ch("healthcare billing", "insurance", "banking", "telecom"))


def pos_ssn_split():
    s = gen_ssn()
    P([(A, ["what's your social"]),
       (C, [V(say_digits(s[:3], doubles=False), "SSN", s, grp="s")]),
       (A, [ch("okay", "mhm")]),
       (C, [V(say_num(s[3:5], ch("d", "p")), "SSN", s, grp="s")]),
       (A, [ch("go on", "yep")]),
       (C, [V(say_num(s[5:], ch("d", "p", "dd")), "SSN", s, grp="s"), ch("", " uh huh")])],
      "call/%s: SSN split 3-2-4 over three turns" % ch("healthcare billing", "insurance", "government services"))


def pos_ssn_zip():
    s = gen_ssn()
    z = R.choice(ZIPS)
    P([(C, ["my social is ", V(ssn_spoken(s), "SSN", s), " and the zip is ", V(say_digits(z, doubles=False), "POSTCODE", z)]),
       (A, ["thanks i see a copay of forty dollars from the visit on march third"])],
      "call/healthcare billing: SSN and ZIP in one turn plus money and appointment date")


def sort_typed(sc):
    return ch("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:]))


def sort_spoken(sc):
    m = ch("d", "p", "dd")
    if m == "p":
        return say_pairs(sc)
    return say_digits(sc, doubles=m == "dd")


def pos_bank_chat():
    sc, ac = gen_sort(), gen_acct()
    P([(C, [ch("Sort code ", "s/c ", "sort: "), V(sort_typed(sc), "SORT_CODE", sc), ch(" acc ", ", account no ", " account number "),
            V(ac, "BANK_ACCOUNT", ac), ch("", " for the direct debit", " - can u set up DD for the 15th")])],
      "chat/%s: UK sort code and account number typed" % ch("utilities", "telecom", "insurance", "banking"))


def pos_bank_call():
    sc, ac = gen_sort(), gen_acct()
    P([(A, ["for the direct debit can i take the sort code"]),
       (C, [ch("yeah it's ", "", "right it's "), V(sort_spoken(sc), "SORT_CODE", sc)]),
       (A, [ch("and the account number", "lovely and the eight digit account number")]),
       (C, [ch("", "um ", "that's "), V(say_num(ac, ch("d", "dd", "p")), "BANK_ACCOUNT", ac)]),
       (A, [ch("great so that'll come out on the first of each month", "thanks the first payment is forty one pounds")])],
      "call/%s: sort code and account number spoken" % ch("utilities", "insurance", "telecom", "banking"))


def pos_bank_split_acct():
    sc, ac = gen_sort(), gen_acct()
    P([(C, ["sort code ", V(sort_spoken(sc), "SORT_CODE", sc), " account "]),
       (A, ["mhm"]),
       (C, [V(say_num(ac[:4], ch("d", "p")), "BANK_ACCOUNT", ac, grp="a")]),
       (A, ["okay"]),
       (C, [ch("", "then "), V(say_num(ac[4:], ch("d", "dd", "p")), "BANK_ACCOUNT", ac, grp="a")])],
      "call/banking: account number split over two turns after sort code")


def pos_bank_readback():
    sc, ac = gen_sort(), gen_acct()
    P([(A, ["just to confirm that's sort code ", V(sort_spoken(sc), "SORT_CODE", sc), " account number ",
            V(say_digits(ac, doubles=False), "BANK_ACCOUNT", ac), " and the collection date is the fifteenth"]),
       (C, ["yes that's correct"])],
      "call/utilities: agent reads back sort code and account with a non-birth date")


def pos_iban_chat():
    i = gen_iban()
    P([(C, [ch("My IBAN is ", "IBAN: ", "refund to ", "pls use "), V(iban_typed(i), "IBAN", i), ch("", " thanks", " (BIC not needed?)")])],
      "chat/%s: IBAN typed (%s)" % (ch("travel", "utilities", "insurance", "banking"), i[:2]))


def iban_spoken(i):
    out = []
    for c in i[:2]:
        out.append(say_letter(c, "bare"))
    out.append(say_digits(i[2:4], doubles=False))
    k = 4
    while k < len(i) and i[k].isalpha():
        out.append(say_letter(i[k], ch("bare", "for")))
        k += 1
    out.append(say_digits(i[k:], doubles=ch(True, False)))
    return " ".join(out)


def pos_iban_call():
    i = gen_iban("IE")
    P([(A, ["can you read me out the iban"]),
       (C, [ch("okay it's ", "yeah ", ""), V(iban_spoken(i), "IBAN", i)])],
      "call/%s: Irish IBAN spoken" % ch("utilities", "insurance", "banking"))


def pos_iban_split():
    i = gen_iban(ch("IE", "GB"))
    cut = 8
    P([(C, ["it's ", V(iban_spoken(i[:cut]) if False else " ".join([say_letter(i[0], "bare"), say_letter(i[1], "bare"), say_digits(i[2:4], doubles=False)] + [say_letter(x, "for") for x in i[4:8]]), "IBAN", i, grp="i")]),
       (A, ["okay yep"]),
       (C, [V(say_digits(i[8:14], doubles=False), "IBAN", i, grp="i")]),
       (A, ["mhm"]),
       (C, [V(say_digits(i[14:], doubles=False), "IBAN", i, grp="i")])],
      "call/utilities: IBAN split across three turns")


def phone_typed(p):
    if p.startswith("07"):
        return ch(p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:], "(0)" + p[1:5] + " " + p[5:] if False else p[:5] + "-" + p[5:])
    if p.startswith("08"):
        return ch(p, p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:6] + " " + p[6:], "00353" + p[1:])
    if p.startswith("0"):
        return ch(p, p[:4] + " " + p[4:7] + " " + p[7:], "+44 " + p[1:])
    return ch("(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]))


def phone_spoken(p):
    return safe(_phone_spoken, p, p)


def _phone_spoken(p):
    m = ch("d", "dd", "grp")
    if m == "grp" and len(p) >= 10:
        cut = 5 if p.startswith("07") else 3
        return say_digits(p[:cut], doubles=True) + " " + say_num(p[cut:], ch("d", "dd", "p"))
    return say_num(p, m if m != "grp" else "dd")


def pos_phone_chat():
    p = ch(gen_uk_mobile(), gen_uk_land(), gen_ie_mobile(), gen_us_phone())
    t = phone_typed(p)
    canon = re.sub(r"\D", "", t)
    P([(C, [ch("best number is ", "pls call me on ", "mob: ", "you can reach me at "), V(t, "PHONE", canon), ch("", " after 5pm", " any time before 6", " thx")])],
      "chat/%s: phone typed" % ch("telecom", "retail", "utilities", "insurance"))


def pos_phone_call():
    p = ch(gen_uk_mobile(), gen_uk_mobile(), gen_uk_land(), gen_ie_mobile(), gen_ie_land(), gen_us_phone())
    P([(A, ["and whats the best contact number for you"]),
       (C, [ch("it's ", "yeah it's ", "um ", "my number is "), V(phone_spoken(p), "PHONE", p)])],
      "call/%s: phone spoken" % ch("telecom", "utilities", "travel", "healthcare billing"))


def pos_phone_intl():
    p = ch(gen_uk_mobile(), gen_ie_mobile())
    cc = "44" if p.startswith("07") else "353"
    sp = "plus " + ch(say_digits(cc, doubles=False), say_pairs(cc) if cc == "44" else "three five three") + " " + say_num(p[1:], ch("d", "dd"))
    P([(C, ["if you need me i'm on ", V(sp, "PHONE", cc + p[1:]), " cause i'm abroad till the twentieth"])],
      "call/travel: international phone with plus and country code")


def pos_phone_split():
    p = gen_uk_mobile()
    P([(C, [V(say_digits(p[:5], doubles=True), "PHONE", p, grp="p")]),
       (A, ["yeah"]),
       (C, [V(say_num(p[5:8], "d"), "PHONE", p, grp="p")]),
       (A, ["mhm"]),
       (C, [V(say_num(p[8:], ch("d", "dd")), "PHONE", p, grp="p")])],
      "call/telecom: UK mobile split over three turns")


def pos_email_chat():
    e = gen_email()
    t = ch(e, e, e.upper() if R.random() < .2 else e)
    P([(C, [ch("email is ", "my email: ", "send it to ", "E-mail - "), V(t, "EMAIL", e), ch("", " please", ". order ref 7702145")])],
      "chat/%s: email typed" % ch("retail", "travel", "telecom"))


def pos_email_call():
    e = gen_email()
    P([(A, ["and an email address for the confirmation"]),
       (C, [ch("yeah it's ", "", "it's "), V(say_email(e), "EMAIL", e)])],
      "call/%s: email spoken with dot/at" % ch("retail", "travel", "insurance", "utilities"))


def pos_dob_chat():
    d, m, y = gen_dob()
    f = ch("dmy/", "dmy.", "dmy-", "words", "us")
    if f == "words":
        t, canon = "%d %s %d" % (d, cap(MONTHS[m - 1]), y), "%02d%02d%d" % (d, m, y)
    elif f == "us":
        t, canon = "%02d/%02d/%d" % (m, d, y), "%02d%02d%d" % (m, d, y)
    else:
        t, canon = ("%02d" + f[3] + "%02d" + f[3] + "%d") % (d, m, y), "%02d%02d%d" % (d, m, y)
    P([(A, ["Can you confirm your date of birth?"]),
       (C, [ch("", "its ", "DOB ", "born "), V(t, "DOB", canon)])],
      "chat/%s: DOB typed" % ch("banking", "insurance", "healthcare billing", "telecom"))


def pos_dob_call():
    d, m, y = gen_dob()
    f = ch("ord", "num", "us")
    if f == "ord":
        t, canon = "%s of %s %s" % (ordinal_word(d), MONTHS[m - 1], say_year(str(y))), "%02d%02d%d" % (d, m, y)
    elif f == "num":
        t = ("%s %s %s" % (say_pair("%02d" % d) if d >= 10 else UNITS[d], say_pair("%02d" % m) if m >= 10 else ch("oh ", "") + UNITS[m], say_year(str(y))))
        canon = ("%02d" % d if d >= 10 else str(d)) + ("%02d" % m if (m >= 10 or "oh" in t.split()[1:3]) else str(m)) + str(y)
        canon = "%02d%02d%d" % (d, m, y)
        t = ("%s %s %s" % (say_pair("%02d" % d), say_pair("%02d" % m), say_year(str(y))))
    else:
        t, canon = "%s %s %s" % (MONTHS[m - 1], ordinal_word(d), say_year(str(y))), "%02d%02d%d" % (m, d, y)
    P([(A, [ch("and your date of birth", "can you confirm your date of birth for me")]),
       (C, [ch("it's the ", "", "yeah ", "uh "), V(t, "DOB", canon)])],
      "call/%s: DOB spoken" % ch("banking", "insurance", "healthcare billing", "government services"))


def pc_spoken(pc):
    out = []
    for c in pc.replace(" ", ""):
        out.append(say_digit(c, ch("zero", "nought", "oh")) if c.isdigit() else say_letter(c, ch("bare", "bare", "for")))
    return " ".join(out)


def pos_postcode_chat():
    pc = ch(*UK_PCS) if R.random() < .6 else ch(*EIRCODES)
    t = ch(pc, pc.lower(), pc.replace(" ", ""))
    P([(C, [ch("postcode ", "post code is ", "eircode: ", "my postcode's "), V(t, "POSTCODE", pc.replace(" ", ""))])],
      "chat/%s: postcode/eircode typed" % ch("utilities", "retail", "telecom"))


def pos_postcode_call():
    pc = ch(*UK_PCS) if R.random() < .65 else ch(*EIRCODES)
    P([(A, [ch("and the postcode", "can i take your eircode", "whats the postcode there")]),
       (C, [ch("it's ", "yeah ", ""), V(pc_spoken(pc), "POSTCODE", pc.replace(" ", ""))])],
      "call/%s: postcode spoken letter by letter" % ch("utilities", "telecom", "insurance"))


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    return UNITS[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + num_words(n % 100))


def pos_address_chat():
    country = ch("uk", "uk", "ie", "us")
    num = R.randint(1, 240)
    st = ch(*(STREETS_UK if country == "uk" else STREETS_IE if country == "ie" else STREETS_US))
    flat = ch("", "", "Flat %d, " % R.randint(1, 30))
    addr = "%s%d %s" % (flat, num, st)
    segs = [ch("address is ", "new addr: ", "I've moved to "), V(addr, "ADDRESS", addr)]
    if country == "uk":
        pc = ch(*UK_PCS); segs += [", ", ch("Leeds", "Bristol", "Cardiff", "Croydon"), " ", V(pc, "POSTCODE", pc.replace(" ", ""))]
    elif country == "ie":
        pc = ch(*EIRCODES); segs += [", ", ch("Dublin 9", "Galway", "Cork"), ", ", V(pc, "POSTCODE", pc.replace(" ", ""))]
    else:
        z = ch(*ZIPS); segs += [", ", ch("Springfield, IL", "Austin, TX", "Portland, OR"), " ", V(z, "POSTCODE", z)]
    P([(C, segs)], "chat/%s: street address with postcode (%s)" % (ch("utilities", "retail", "insurance"), country))


def pos_address_call():
    num = R.randint(1, 199)
    st = ch(*(STREETS_UK + STREETS_IE)).lower()
    pc = ch(*UK_PCS)
    addr = "%s %s" % (num_words(num) if R.random() < .6 else say_digits(str(num), doubles=False), st)
    P([(A, ["can you confirm the first line of the address"]),
       (C, [ch("yeah it's ", "", "um "), V(addr, "ADDRESS", addr)]),
       (A, ["and the postcode"]),
       (C, [V(pc_spoken(pc), "POSTCODE", pc.replace(" ", ""))])],
      "call/%s: spoken address then postcode" % ch("utilities", "insurance", "telecom"))


def pos_mixed_chit():
    c = gen_card(ch("visa", "mc"))
    P([(C, ["sorry the dog's barking hang on ", V(say_digits(c[:8], doubles=False), "CARD_NUMBER", c, grp="c"),
            " sorry he wants out ", V(say_digits(c[8:], doubles=False), "CARD_NUMBER", c, grp="c")]),
       (A, ["no worries at all thats twenty nine ninety nine for the upgrade"])],
      "call/telecom: card interrupted by chit-chat mid-reading, with price")


def pos_filler_card():
    c = gen_card(ch("visa", "mc"))
    toks = say_digits(c, doubles=False).split(" ")
    k = R.randint(3, len(toks) - 3)
    toks.insert(k, ch("um", "uh", "er", "erm"))
    P([(C, ["its ", V(" ".join(toks), "CARD_NUMBER", c)])],
      "call/utilities: card digits with a filler word inside the reading")


def pos_ni_email_chat():
    n, e = gen_ni(), gen_email()
    P([(C, ["Hi, I'm updating my details. NI: ", V(ni_typed(n), "NI_NUMBER", n), ", email ", V(e, "EMAIL", e),
            ". My customer number is 30045128 if that helps."])],
      "chat/pensions: NI and email in one message next to a customer number")


def pos_ssn_dob_call():
    s = gen_ssn(); d, m, y = gen_dob()
    P([(A, ["i'll need your date of birth and social"]),
       (C, ["okay ", V("%s %s %s" % (MONTHS[m - 1], ordinal_word(d), say_year(str(y))), "DOB", "%02d%02d%d" % (m, d, y)),
            " and social is ", V(ssn_spoken(s), "SSN", s)])],
      "call/insurance: US DOB and SSN in one turn")


def pos_phone_email_call():
    p, e = gen_ie_mobile(), gen_email()
    P([(C, ["my number is ", V(phone_spoken(p), "PHONE", p), " and email ", V(say_email(e), "EMAIL", e)]),
       (A, ["lovely and that's for booking reference four four seven one two"])],
      "call/travel: Irish mobile and email in one turn plus booking ref")


def pos_address_number_word():
    st = ch(*STREETS_UK).lower()
    num = R.randint(2, 98)
    pc = ch(*UK_PCS)
    addr = "%s %s" % (num_words(num), st)
    P([(C, ["yeah i've moved it's number ", V(addr, "ADDRESS", addr), " ", V(pc_spoken(pc), "POSTCODE", pc.replace(" ", "")),
            " since the first of the month"])],
      "call/utilities: address and postcode in one spoken turn with a move-in date")


def pos_ni_chat_odd():
    n = gen_ni()
    t = ch(n[:8] + " " + n[8], n[:2].lower() + " " + n[2:8] + n[8].lower(), n[:2] + "." + n[2:4] + "." + n[4:6] + "." + n[6:8] + "." + n[8])
    P([(C, ["hiya, re my pension forecast. my ni is ", V(t, "NI_NUMBER", n), " and I retire in 2031 i think"])],
      "chat/pensions: NI typed with odd separators next to a year")


def pos_phone_triple():
    p = "07" + R.choice("789") + rdig(2) + R.choice("0123456789") * 3 + rdig(3)
    P([(A, ["is that still the best number"]),
       (C, ["no it changed it's ", V(say_digits(p, doubles=True), "PHONE", p), " now"])],
      "call/telecom: UK mobile with double/triple runs")


def pos_acct_correction():
    ac = gen_acct()
    P([(C, ["the account number is ", V(say_digits(ac[:6], doubles=False), "BANK_ACCOUNT", ac[:6], grp="a"),
            " no wait ", V(say_digits(ac, doubles=False), "BANK_ACCOUNT", ac, grp="b")]),
       (A, ["okay from the top that's ", V(say_pairs(ac), "BANK_ACCOUNT", ac, grp="c")])],
      "call/banking: account number restarted by customer then read back by agent")


def pos_card_homophone():
    c = gen_card(ch("visa", "mc"))
    toks = say_digits(c, doubles=False).split(" ")
    rep = {"two": ch("to", "too"), "eight": "ate", "one": "won"}
    done = 0
    for k, w in enumerate(toks):
        if w in rep and (done < 2 or R.random() < 0.3):
            toks[k] = rep[w]; done += 1
    P([(A, ["go ahead with the card number"]),
       (C, ["yeah its ", V(" ".join(toks), "CARD_NUMBER", c)])],
      "call/retail: card digits with ASR homophones (to/ate/won)")


def pos_uk_chat_bundle():
    sc, ac, pc, p = gen_sort(), gen_acct(), ch(*UK_PCS), gen_uk_mobile()
    tp = phone_typed(p)
    P([(C, ["Hi, moving supplier. Details: sort code ", V(sort_typed(sc), "SORT_CODE", sc), ", acc ", V(ac, "BANK_ACCOUNT", ac),
            ", postcode ", V(pc.lower() if R.random() < .5 else pc, "POSTCODE", pc.replace(" ", "")), ", mob ", V(tp, "PHONE", re.sub(r"\D", "", tp)),
            ". Current meter reading is ", rdig(5), "."])],
      "chat/utilities: sort code, account, postcode and phone in one message next to a meter reading")


def pos_phone_double_oh():
    p = ch(gen_uk_mobile(), gen_ie_mobile())
    cc = "44" if p.startswith("07") else "353"
    sp = "double oh " + say_digits(cc, doubles=False) + " " + say_digits(p[1:], doubles=True)
    P([(C, ["from abroad you'd dial ", V(sp, "PHONE", "00" + cc + p[1:])]), (A, ["grand i have that"])],
      "call/travel: phone with 00 international prefix said as double oh")


# ---------------------------------------------------------------- negatives
def neg_cases():
    amt = lambda: "%d" % R.randint(12, 980)
    negs = [
        lambda: N([(A, ["your outstanding balance is %s pounds %s" % (num_words(R.randint(20, 999)), num_words(R.randint(10, 99)))]),
                   (C, ["okay and when's that due"]), (A, ["by the %s of %s" % (ch(*ORD[:20]), ch(*MONTHS))])],
                  "call/utilities: balance in words and a due date"),
        lambda: N([(C, ["Hi, my order %d hasn't arrived, it was £%s.%02d" % (R.randint(10000000, 99999999), amt(), R.randint(0, 99))])],
                  "chat/retail: order number with reference word and price"),
        lambda: N([(A, ["your policy number is %s" % say_digits("%d" % R.randint(10000000, 99999999), doubles=False)]),
                   (C, ["thanks"])], "call/insurance: policy number read out (reference word)"),
        lambda: N([(C, ["my meter reading is %s" % say_digits(rdig(5), doubles=False)]), (A, ["thanks i've put that in for the %s" % ch(*ORD[:20])])],
                  "call/utilities: meter reading read digit by digit"),
        lambda: N([(C, ["Meter reading: %s (E7 day) and %s night" % (rdig(5), rdig(5))])], "chat/utilities: economy 7 meter readings typed"),
        lambda: N([(A, ["your booking reference is %s" % " ".join(say_letter(c, "bare") if c.isalpha() else say_digit(c) for c in ch("X", "K", "T") + rdig(6))]),
                   (C, ["brilliant"])], "call/travel: booking reference read out"),
        lambda: N([(C, ["flight %s %d from Dublin at %d:%02d" % (ch("EI", "FR", "BA"), R.randint(100, 9999), R.randint(6, 21), R.choice([0, 15, 30, 45]))])],
                  "chat/travel: flight number and departure time"),
        lambda: N([(A, ["the engineer can come on %s the %s between eight and twelve" % (ch("monday", "tuesday", "friday"), ordinal_word(R.randint(1, 28)))]),
                   (C, ["the morning's fine"])], "call/telecom: appointment date and time window"),
        lambda: N([(C, ["ive been a customer since %s" % say_year(str(R.randint(1990, 2020)))]), (A, ["thats %s years thank you for staying with us" % num_words(R.randint(3, 30))])],
                  "call/telecom: year and duration"),
        lambda: N([(C, ["my customer number is %s" % rdig(8)])], "chat/utilities: 8-digit customer number with its name"),
        lambda: N([(A, ["i've raised a complaint for you the reference is %s" % say_digits(rdig(7), doubles=True)])], "call/banking: complaint reference read out"),
        lambda: N([(C, ["the broadband is only getting %d megs and i pay %s euro a month" % (R.randint(2, 90), num_words(R.randint(25, 80)))])],
                  "call/telecom: speed and price"),
        lambda: N([(C, ["The router model is %s-%d, serial on the back says %s" % (ch("TG", "HG", "DSL"), R.randint(100, 9999), ch("SN") + rdig(8))])],
                  "chat/telecom: model and serial number"),
        lambda: N([(A, ["your premium goes up by %d.%d percent to %s pounds a month" % (R.randint(1, 9), R.randint(1, 9), num_words(R.randint(20, 90)))])],
                  "call/insurance: percentage and premium"),
        lambda: N([(C, ["my mum is %s and she's in room %s" % (num_words(R.randint(70, 99)), num_words(R.randint(100, 440)))])],
                  "call/healthcare billing: age and room number"),
        lambda: N([(C, ["it was %s degrees in the house all week the heating's broken" % num_words(R.randint(8, 15))]), (A, ["i've booked a visit for %s the %s" % (ch(*MONTHS), ordinal_word(R.randint(1, 28)))])],
                  "call/utilities: temperature and appointment"),
        lambda: N([(C, ["Claim ref CLM-%s, invoice INV%s, total €%s.%02d" % (rdig(7), rdig(6), "1,%03d" % R.randint(0, 999), R.randint(0, 99))])],
                  "chat/insurance: claim and invoice numbers with amount"),
        lambda: N([(A, ["that's %s pounds %s that'll be taken on the %s of %s" % (num_words(R.randint(100, 999)), num_words(R.randint(10, 99)), ordinal_word(R.randint(1, 28)), ch(*MONTHS))])],
                  "call/banking: payment amount and payment date"),
        lambda: N([(C, ["the ticket number on the email is %s" % say_digits(rdig(9), doubles=False)]), (A, ["perfect i've found it"])],
                  "call/travel: 9-digit ticket number with its reference word"),
        lambda: N([(C, ["i've got %s kids and %s phones on the plan" % (num_words(R.randint(2, 5)), num_words(R.randint(3, 6)))]), (A, ["okay so %s lines at %s euro each" % (num_words(R.randint(3, 6)), num_words(R.randint(10, 30)))])],
                  "call/telecom: counts and prices"),
        lambda: N([(C, ["Contract started 01/%02d/20%d and I'm paying %d.99 per month" % (R.randint(1, 12), R.randint(19, 25), R.randint(10, 60))])],
                  "chat/telecom: contract start date and price"),
        lambda: N([(A, ["the call lasted %s minutes and %s seconds" % (num_words(R.randint(2, 59)), num_words(R.randint(2, 59)))])],
                  "call/telecom: duration"),
        lambda: N([(C, ["i'm on the %s tariff the %s one" % (ch("economy seven", "fixed twenty four", "flex twelve"), num_words(R.randint(12, 36)) + " month")])],
                  "call/utilities: tariff names containing numbers"),
        lambda: N([(A, ["your membership number is %s" % say_pairs(rdig(8))]), (C, ["great thanks"])],
                  "call/retail: membership number in pairs with its reference word"),
        lambda: N([(C, ["I used %s kWh last quarter, bill was £%s.%02d" % ("{:,}".format(R.randint(900, 4000)), amt(), R.randint(0, 99))])],
                  "chat/utilities: consumption and bill amount"),
        lambda: N([(A, ["you've got %s gigs of data left and it resets on the %s" % (num_words(R.randint(2, 60)), ordinal_word(R.randint(1, 28)))])],
                  "call/telecom: data allowance and reset date"),
        lambda: N([(C, ["train at %s %s platform %s coach %s seat %s" % (num_words(R.randint(6, 11)), num_words(R.randint(10, 59)), num_words(R.randint(1, 12)), ch("b", "c", "d"), num_words(R.randint(10, 80)))])],
                  "call/travel: time, platform, coach and seat"),
        lambda: N([(A, ["the case number is %s can you quote that if you ring back" % say_digits(rdig(8), doubles=True)])],
                  "call/government services: case number with reference word"),
        lambda: N([(C, ["Order #%s qty %d @ £%d.%02d each" % (rdig(9), R.randint(2, 12), R.randint(2, 90), R.randint(0, 99))])],
                  "chat/retail: order number, quantity, unit price"),
        lambda: N([(A, ["the vat on that is twenty percent so its %s pounds %s in total" % (num_words(R.randint(100, 500)), num_words(R.randint(10, 99)))])],
                  "call/retail: percentage and total"),
        lambda: N([(C, ["im %s weeks pregnant and the scan was on %s %s" % (num_words(R.randint(8, 38)), ch(*MONTHS), ordinal_word(R.randint(1, 28)))])],
                  "call/healthcare billing: duration and appointment date"),
        lambda: N([(A, ["your mprn is on the bill its %s" % say_digits("10" + rdig(9), doubles=False)]), (C, ["right i see it"])],
                  "call/utilities: Irish MPRN meter point number with its name"),
        lambda: N([(C, ["Hotel booking %s, room %d, check-in 3pm, 2 adults" % (ch("HB") + rdig(7), R.randint(100, 999))])],
                  "chat/travel: hotel booking ref, room, time, party size"),
        lambda: N([(A, ["i can offer you a discount of %s euro off the next %s bills" % (num_words(R.randint(5, 40)), num_words(R.randint(2, 6)))])],
                  "call/telecom: discount amount and count"),
        lambda: N([(C, ["the car's doing about %s thousand miles a year and it's a twenty %s reg" % (num_words(R.randint(5, 15)), num_words(R.randint(10, 24)))])],
                  "call/insurance: mileage and registration year"),
        lambda: N([(C, ["Policy no. POL%s - renewal is £%d.%02d from %02d/%02d" % (rdig(8), R.randint(200, 900), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12))])],
                  "chat/insurance: policy number typed with renewal price and date"),
        lambda: N([(A, ["your new balance is %s pounds and your customer reference is %s" % (num_words(R.randint(100, 999)), say_digits(rdig(9), doubles=False))])],
                  "call/utilities: balance and customer reference"),
        lambda: N([(C, ["tracking number says %s and it was meant to come by %d pm" % ("JD" + rdig(10), R.randint(1, 6))])],
                  "chat/retail: parcel tracking number and time"),
        lambda: N([(A, ["we're open eight till eight monday to friday and nine till five on saturdays"])],
                  "call/telecom: opening hours"),
        lambda: N([(C, ["my electric meter number is %s the reading is %s" % (say_digits(rdig(6), doubles=False), say_pairs(rdig(6)))])],
                  "call/utilities: meter serial and reading with names"),
        lambda: N([(A, ["that direct debit of %s pounds will come out on the %s" % (num_words(R.randint(20, 150)), ordinal_word(R.randint(1, 28)))])],
                  "call/utilities: direct debit amount and date"),
        lambda: N([(A, ["the total amount due is nine hundred and %s pounds" % num_words(R.randint(20, 99))]), (C, ["can i pay it over %s months" % num_words(R.randint(3, 12))])],
                  "call/banking: amount and instalments"),
    ]
    return negs


# ---------------------------------------------------------------- assemble
POS_PLAN = [
    (pos_card_chat, 12), (pos_card_call_one, 10), (pos_card_call_split, 4), (pos_card_readback, 3),
    (pos_card_full, 12), (pos_cvv_expiry_call, 5), (pos_mixed_chit, 3), (pos_filler_card, 3),
    (pos_ni_chat, 10), (pos_ni_call, 12), (pos_ni_split, 4), (pos_ni_readback, 3), (pos_ni_correction, 2),
    (pos_ni_with_dob, 4), (pos_ni_email_chat, 4),
    (pos_ssn_chat, 9), (pos_ssn_call, 9), (pos_ssn_split, 3), (pos_ssn_zip, 4), (pos_ssn_dob_call, 3),
    (pos_bank_chat, 7), (pos_bank_call, 7), (pos_bank_split_acct, 3), (pos_bank_readback, 3),
    (pos_iban_chat, 8), (pos_iban_call, 5), (pos_iban_split, 2),
    (pos_phone_chat, 8), (pos_phone_call, 8), (pos_phone_intl, 3), (pos_phone_split, 2), (pos_phone_email_call, 3),
    (pos_email_chat, 6), (pos_email_call, 6),
    (pos_dob_chat, 5), (pos_dob_call, 6),
    (pos_postcode_chat, 5), (pos_postcode_call, 6),
    (pos_address_chat, 7), (pos_address_call, 6),
    (pos_card_homophone, 4), (pos_uk_chat_bundle, 5), (pos_phone_double_oh, 3),
    (pos_address_number_word, 4), (pos_ni_chat_odd, 4), (pos_phone_triple, 3), (pos_acct_correction, 2),
]


def generate():
    global R
    R = random.Random(SEED)
    CASES_OUT.clear(); GROUPS.clear()
    plan = []
    for fn, n in POS_PLAN:
        plan += [fn] * n
    R.shuffle(plan)
    for fn in plan:
        fn()
    negs = neg_cases()
    for k in range(3 * len(negs)):
        negs[k % len(negs)]()
    lines = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES_OUT)
    return lines


def counts():
    cnt = Counter(s["type"] for c in CASES_OUT for s in c["spans"])
    return cnt


def readme(cnt, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, cnt.get(t, 0)) for t in TYPES)
    return """# PII hold-out set h213 (UK / Irish emphasis)

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not seen.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
read the redaction code, its tests, its documentation, or any other PII
fixture; the only data seen was a three-line example of the JSONL format.
Cases are generated by `scripts/make_pii_holdout213.py` from template
functions: every turn is assembled from plain-text segments and labelled
(value, TYPE) segments, so offsets are computed and never typed by hand. All
values come from one `random.Random(%d)`; the output is byte-for-byte
reproducible. `--check` regenerates the file, compares it byte for byte and
validates ids, offsets, word boundaries, overlap and every value (Luhn for
cards, mod-97 for IBANs, NI prefix/suffix rules, 9-digit SSN, 6-digit sort
code, digit counts for CVV/phone/account, postcode/Eircode/ZIP shapes) after
normalising spoken forms.

Contents: %d positive cases and %d negative cases. Mostly UK and Irish contact
centres (NI numbers typed and spoken with bare letters, "x for word"
phonetics and ASR homophones such as "jay"/"ess"/"why"; sort codes and
account numbers; UK/IE phone numbers incl. +44/+353; UK postcodes and
Eircodes; card payments by phone), plus US SSN/ZIP and EU IBANs.

## Annotation conventions

* A span covers the value only: from the first to the last character of the
  value as typed or spoken, excluding lead-ins ("it's", "my number is") and
  trailing words. Filler words ("um", "er") and spoken separators that occur
  *inside* a reading ("double", "for bravo", "dot", "at", "plus") are inside.
* Spoken letters in "b for bravo" form: the whole "b for bravo" is inside.
* A value split over several customer turns is labelled as one span per turn
  (each piece gets its own span); agent back-channels are not labelled.
* Values read back by the agent are labelled as well.
* A self-corrected wrong value (e.g. an NI number with one wrong digit) is
  still labelled with the same type.
* Phone numbers include the country code / "plus" when given.
* ADDRESS is the street line (house/flat number + street name); town names
  are not labelled; the postcode is a separate POSTCODE span. Irish Eircodes
  and US ZIP codes are labelled POSTCODE.
* EXPIRY covers the month and year; DOB covers the whole date.
* Negatives contain no PII at all: amounts, balances, dates that are not
  birth dates, times, durations, counts, percentages, ages, temperatures,
  speeds, model/serial numbers, meter readings, MPRNs, and policy / customer /
  booking / order / claim / case / membership references said or typed with
  their name. Positive cases may also contain such numbers, unlabelled.

## Span counts per type

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def check(lines):
    errs = []
    ids = set()
    cases = [json.loads(l) for l in lines.splitlines()]
    for c in cases:
        if c["id"] in ids:
            errs.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + ": negative has spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + ": positive without spans")
        byturn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append(c["id"] + ": bad type")
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(c["id"] + ": bad turn"); continue
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errs.append(c["id"] + ": offsets out of range"); continue
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                errs.append(c["id"] + ": span start not on word boundary")
            if s["end"] < len(t) and t[s["end"]].isalnum():
                errs.append(c["id"] + ": span end not on word boundary")
            if t[s["start"]].isspace() or t[s["end"] - 1].isspace():
                errs.append(c["id"] + ": span has edge whitespace")
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in byturn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(c["id"] + ": overlapping spans")
        for g in GROUPS[c["id"]]:
            e = validate(g["type"], g["canon"])
            if e:
                errs.append("%s: %s %r" % (c["id"], e, g["canon"]))
            texts = [c["turns"][c["spans"][i]["turn"]]["text"][c["spans"][i]["start"]:c["spans"][i]["end"]] for i in g["idx"]]
            joined = " ".join(texts)
            if g["type"] == "ADDRESS":
                e2 = validate("ADDRESS", joined)
                if e2:
                    errs.append("%s: spoken address invalid %r" % (c["id"], joined))
                continue
            try:
                norm = parse_email(joined) if g["type"] == "EMAIL" else parse_spoken(joined)
            except ValueError as ex:
                errs.append("%s: %s" % (c["id"], ex)); continue
            if g["type"] == "EMAIL":
                norm = norm.lower()
            if norm != g["canon"]:
                errs.append("%s: %s normalises to %r, expected %r (%r)" % (c["id"], g["type"], norm, g["canon"], joined))
    return errs, cases


def main():
    lines = generate()
    cnt = counts()
    npos = sum(1 for c in CASES_OUT if c["kind"] == "positive")
    nneg = len(CASES_OUT) - npos
    rd = readme(cnt, npos, nneg)
    if "--check" in sys.argv:
        errs, _ = check(lines)
        try:
            with open(CASES, encoding="utf-8") as f:
                if f.read() != lines:
                    errs.append("cases.jsonl differs from regenerated output")
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    errs.append("README.md differs from regenerated output")
        except OSError as ex:
            errs.append("missing file: %s" % ex)
        if npos < 170 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt.get(t, 0) < need:
                errs.append("type %s has %d spans < %d" % (t, cnt.get(t, 0), need))
        print("positives %d negatives %d spans %d" % (npos, nneg, sum(cnt.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt.get(t, 0)))
        for e in errs[:60]:
            print("ERROR", e)
        if errs:
            print("FAIL: %d problems" % len(errs))
            sys.exit(1)
        print("OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(lines)
    with open(README, "w", encoding="utf-8") as f:
        f.write(rd)
    print("wrote %d positives, %d negatives to %s" % (npos, nneg, CASES))


if __name__ == "__main__":
    main()

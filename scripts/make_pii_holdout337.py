#!/usr/bin/env python3
"""Generate the pii_holdout337 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout337.py          # write cases.jsonl
    python scripts/make_pii_holdout337.py --check  # regenerate and verify

Standard library only. Offsets are always computed from segments.
"""
import json
import os
import re
import sys
import random

SEED = 337241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout337", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------- words
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}
ORDW = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
        "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30}
ORD_BY_N = {v: k for k, v in ORDW.items()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV.update({"alfa": "a", "juliett": "j", "whisky": "w"})
FOLK = {"b": "bob", "d": "david", "m": "mother", "n": "nancy", "p": "peter",
        "s": "sugar", "t": "tommy", "c": "charlie", "f": "freddie", "h": "harry",
        "j": "jack", "k": "king", "r": "robert", "w": "william", "z": "zebra",
        "a": "apple", "e": "edward", "g": "george", "l": "london", "y": "yellow"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "uhh", "umm"}
SKIP = {"plus", "dash", "hyphen", "space", "and", "the", "of", "then", "slash"}

WORD2D = {w: str(i) for i, w in enumerate(UNITW)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0"})
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEENW)}
TENS2 = {w: k for k, w in TENSW.items()}


def tokenize(text):
    return re.findall(r"[A-Za-z0-9]+", text)


def _num_after(toks, i):
    """Parse teen | tens [unit] | unit at toks[i]; return (value, next_i) or (None, i)."""
    if i < len(toks):
        t = toks[i].lower()
        if t in TEEN2:
            return int(TEEN2[t]), i + 1
        if t in TENS2:
            v = TENS2[t] * 10
            if i + 1 < len(toks) and toks[i + 1].lower() in WORD2D and toks[i + 1].lower() not in ("zero", "oh", "o", "nought"):
                return v + int(WORD2D[toks[i + 1].lower()]), i + 2
            return v, i + 1
        if t in WORD2D:
            return int(WORD2D[t]), i + 1
    return None, i


def spoken_norm(text, mode="seq"):
    """Normalise a typed or spoken value to a canonical string.
    mode seq: digits/letters (upper). mode email: keeps literal words, maps at/dot.
    mode date: also months and ordinals. Raises ValueError on unknown tokens."""
    toks = tokenize(text)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        raw = toks[i]
        t = raw.lower()
        nxt = toks[i + 1].lower() if i + 1 < n else ""
        if t in FILLERS:
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < n:
            out.append(t.upper()); i += 3; continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < n and toks[i + 2].lower() == "in":
            out.append(t.upper()); i += 4; continue
        if mode == "email":
            if t == "at":
                out.append("@"); i += 1; continue
            if t == "dot":
                out.append("."); i += 1; continue
            if t == "underscore":
                out.append("_"); i += 1; continue
            if t in ("dash", "hyphen"):
                out.append("-"); i += 1; continue
        if mode == "date":
            if t in MONTHS:
                out.append(str(MONTHS.index(t) + 1)); i += 1; continue
            if t in MONTH_ABBR:
                out.append(str(MONTH_ABBR[t])); i += 1; continue
            if t in ORDW:
                out.append(str(ORDW[t])); i += 1; continue
            if t in TENS2 and nxt in ORDW and ORDW[nxt] < 10:
                out.append(str(TENS2[t] * 10 + ORDW[nxt])); i += 2; continue
            m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th)", t)
            if m:
                out.append(m.group(1)); i += 1; continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            v, j = _single(toks, i + 1)
            if v is None:
                raise ValueError("bad double in %r" % text)
            out.append(v * k); i = j; continue
        if t in WORD2D and nxt == "hundred":
            j = i + 2
            if j < n and toks[j].lower() == "and":
                j += 1
            v, j2 = _num_after(toks, j)
            if v is None:
                out.append(WORD2D[t] + "00"); i = j; continue
            out.append(WORD2D[t] + "%02d" % v); i = j2; continue
        if t in WORD2D and nxt == "thousand":
            j = i + 2
            if j < n and toks[j].lower() == "and":
                j += 1
            v, j2 = _num_after(toks, j)
            if v is None:
                out.append(WORD2D[t] + "000"); i = j; continue
            out.append(WORD2D[t] + "%03d" % v); i = j2; continue
        if t in WORD2D:
            out.append(WORD2D[t]); i += 1; continue
        if t in TEEN2:
            out.append(TEEN2[t]); i += 1; continue
        if t in TENS2:
            v, j = _num_after(toks, i)
            out.append(str(v)); i = j; continue
        if t in NATO_REV:
            out.append(NATO_REV[t].upper()); i += 1; continue
        if t in SKIP:
            i += 1; continue
        if any(c.isdigit() for c in t):
            out.append(t.upper() if mode != "email" else t); i += 1; continue
        if raw.isupper() and raw.isalpha():
            out.append(raw); i += 1; continue
        if len(t) == 1 and t.isalpha():
            out.append(t.upper()); i += 1; continue
        if mode == "email":
            out.append(t); i += 1; continue
        raise ValueError("unknown token %r in %r" % (raw, text))
    if mode == "email":
        # "gmail, g m a i l": drop a spelling that repeats the word just said
        res = []
        k = 0
        while k < len(out):
            w = out[k]
            res.append(w)
            k += 1
            if len(w) > 1 and w.isalpha() and w.islower():
                nxt = out[k:k + len(w)]
                if len(nxt) == len(w) and all(len(x) == 1 and x.isupper() for x in nxt) and "".join(nxt).lower() == w:
                    k += len(w)
        return "".join(res).lower()
    return "".join(out)


def _single(toks, i):
    if i >= len(toks):
        return None, i
    t = toks[i].lower()
    if t in WORD2D:
        return WORD2D[t], i + 1
    if len(t) == 1 and t.isalpha():
        if i + 2 < len(toks) and toks[i + 1].lower() == "for":
            return t.upper(), i + 3
        return t.upper(), i + 1
    if t in NATO_REV:
        return NATO_REV[t].upper(), i + 1
    return None, i


# -------------------------------------------------------------- validators
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_SUFFIX = ("road", "street", "lane", "avenue", "close", "grove", "drive", "way",
                 "crescent", "terrace", "court", "place", "gardens", "boulevard", "st",
                 "rd", "ave", "row", "hill", "walk", "square", "parade", "mews")


def date_variants(d, m, y, kind):
    ys = [str(y), str(y)[2:]]
    ms = {str(m), "%02d" % m}
    out = set()
    if kind == "EXPIRY":
        for mm in ms:
            for yy in ys:
                out.add(mm + yy)
        return out
    ds = {str(d), "%02d" % d}
    for dd in ds:
        for mm in ms:
            for yy in ys:
                out.update({dd + mm + yy, mm + dd + yy, yy + mm + dd})
    return out


def validate_value(vtype, canon, text_norm):
    """canon: canonical value; text_norm: normalised text of the whole value."""
    if vtype == "CARD_NUMBER":
        return 13 <= len(canon) <= 19 and canon.isdigit() and luhn_ok(canon) and text_norm == canon
    if vtype == "CVV":
        return re.fullmatch(r"\d{3,4}", canon) is not None and text_norm == canon
    if vtype == "SSN":
        return (re.fullmatch(r"\d{9}", canon) is not None and canon[:3] not in ("000", "666")
                and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000" and text_norm == canon)
    if vtype == "NI_NUMBER":
        return NI_RE.fullmatch(canon) is not None and text_norm == canon
    if vtype == "BANK_ACCOUNT":
        return re.fullmatch(r"\d{8,12}", canon) is not None and text_norm == canon
    if vtype == "SORT_CODE":
        return re.fullmatch(r"\d{6}", canon) is not None and text_norm == canon
    if vtype == "IBAN":
        return iban_ok(canon) and text_norm == canon
    if vtype == "PHONE":
        return re.fullmatch(r"\d{10,13}", canon) is not None and text_norm == canon
    if vtype == "EMAIL":
        return re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", canon) is not None and text_norm == canon
    if vtype == "POSTCODE":
        return (UKPC_RE.fullmatch(canon) is not None or re.fullmatch(r"\d{5}(\d{4})?", canon) is not None) and text_norm == canon
    if vtype in ("DOB", "EXPIRY"):
        d, m, y = canon
        return 1 <= m <= 12 and 1 <= d <= 28 and text_norm in date_variants(d, m, y, vtype)
    if vtype == "ADDRESS":
        words = text_norm.lower().replace(",", " ").split()
        first_ok = words[0] in ("flat", "apt", "apartment", "unit") or any(c.isdigit() for c in words[0]) \
            or words[0] in WORD2D or words[0] in TEEN2 or words[0] in TENS2
        return first_ok and words[-1] in STREET_SUFFIX
    return False


def norm_for(vtype, text):
    if vtype == "EMAIL":
        if "@" in text:
            return text.replace(" ", "").lower()
        return spoken_norm(text, "email")
    if vtype in ("DOB", "EXPIRY"):
        return spoken_norm(text, "date")
    if vtype == "ADDRESS":
        return text
    return spoken_norm(text, "seq")


# ------------------------------------------------------------ case builder
class Val:
    def __init__(self, vtype, canon):
        self.vtype = vtype
        self.canon = canon


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []  # (turn, start, end, type, val, role)

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                stext, val, role = seg
                st = len(text)
                text += stext
                self.spans.append((idx, st, len(text), val.vtype, val, role))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def record(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": [{"turn": a, "start": b, "end": c, "type": d} for a, b, c, d, _, _ in self.spans],
                "note": self.note}


def V(text, val, role="full"):
    return (text, val, role)


# ------------------------------------------------------------- generators
R = None  # random.Random, set in build()
UK, US, IE, EU = "UK", "US", "IE", "EU"


def ch(seq):
    return R.choice(seq)


def digits(n, first=None):
    s = first if first else str(R.randint(1, 9))
    while len(s) < n:
        s += str(R.randint(0, 9))
    return s


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    r = R.random()
    if r < 0.55:
        return luhn_complete("4" + digits(5), 16)
    if r < 0.8:
        return luhn_complete(ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if r < 0.9:
        return luhn_complete(ch(["34", "37"]), 15)
    if r < 0.95:
        return luhn_complete("4" + digits(3), 13)
    return luhn_complete(ch(["6011", "6304", "4"]), 19)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def gen_ssn():
    while True:
        a = "%03d" % R.randint(1, 899)
        if a == "666":
            continue
        return a + "%02d" % R.randint(1, 99) + "%04d" % R.randint(1, 9999)


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = ch(NI_L1) + ch(NI_L2)
        if p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        return p + digits(6, str(R.randint(0, 9))) + ch("ABCD")


def gen_iban(country=None):
    c = country or ch(["GB", "IE", "DE", "FR", "NL", "ES"])
    if c == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + digits(6) + digits(8, "0" if R.random() < .2 else None)
    elif c == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(6, "9") + digits(8)
    elif c == "DE":
        bban = digits(18)
    elif c == "FR":
        bban = digits(23, "3")
    elif c == "NL":
        bban = ch(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10, "0")
    else:
        bban = digits(20, "2")
    num = "".join(str(int(x, 36)) for x in bban + c + "00")
    chk = 98 - int(num) % 97
    return c + "%02d" % chk + bban


def gen_phone(country):
    if country == UK:
        return ch(["07", "07", "01", "02"]) + digits(9, str(R.randint(1, 9)))
    if country == US:
        return str(R.randint(2, 9)) + digits(2, str(R.randint(0, 9))) + str(R.randint(2, 9)) + digits(6, str(R.randint(0, 9)))
    if country == IE:
        return "08" + ch("3579") + digits(7)
    return ch(["0", "0"]) + ch("167") + digits(8)


def intl_phone(country, nat):
    code = {UK: "44", US: "1", IE: "353", EU: ch(["33", "49", "34"])}[country]
    if country == US:
        return code + nat
    return code + nat[1:]


UK_PC = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EH1 2NG", "LS6 3HN",
         "BS8 4QW", "G12 8QQ", "CF10 3AT", "NE1 7RU", "W1T 4JD", "E14 5AB", "L18 2EP",
         "PL4 8AA", "BT7 1NN", "RG1 3EH", "SE15 4QL", "N16 0SG", "YO24 1BE"]


def gen_postcode(country):
    if country == US:
        z = "%05d" % R.randint(1001, 99950)
        return z + ("-" + "%04d" % R.randint(1, 9999) if R.random() < 0.25 else "")
    return ch(UK_PC)


STREETS_UK = ["Victoria Road", "Elm Grove", "Mill Lane", "Station Road", "Church Street",
              "Queens Avenue", "Kingsway Close", "Beech Drive", "Albert Terrace", "Park Crescent",
              "Marlborough Gardens", "Hollybush Lane", "Canal Walk", "Priory Mews"]
STREETS_US = ["Oak Street", "Maple Avenue", "Sunset Boulevard", "Pine Drive", "Lakeview Court",
              "Cedar Lane", "Washington Street", "Hillcrest Road", "Willow Way"]
TOWNS = {UK: ["Leeds", "Bristol", "Croydon", "Manchester", "Cardiff", "Glasgow", "Belfast", "Reading"],
         US: ["Austin", "Columbus", "Denver", "Tampa", "Portland", "Raleigh"],
         IE: ["Cork", "Galway", "Dublin 8", "Limerick"], EU: ["Lyon", "Berlin", "Utrecht", "Valencia"]}
FIRST = ["sarah", "priya", "tomasz", "aoife", "kwame", "jessica", "liam", "fatima", "daniel",
         "marek", "chloe", "nadia", "hamish", "grace", "ravi", "beth", "olu", "siobhan"]
LAST = ["okafor", "mcdonald", "patel", "brennan", "kowalski", "hughes", "nguyen", "carter",
        "osullivan", "reid", "moreno", "fischer", "ahmed", "walsh"]
DOMAINS = {UK: ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"],
           US: ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com"],
           IE: ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"],
           EU: ["gmail.com", "web.de", "orange.fr", "ziggo.nl"]}


def gen_email(country):
    f, l = ch(FIRST), ch(LAST)
    style = R.randint(0, 5)
    if style == 0:
        user = f + "." + l
    elif style == 1:
        user = f[0] + "." + l
    elif style == 2:
        user = f + l + str(R.randint(1, 99))
    elif style == 3:
        user = f + "_" + l
    elif style == 4:
        user = l + "." + f[0] + str(R.randint(70, 99))
    else:
        user = f + "-" + l
    return user + "@" + ch(DOMAINS[country])


# ----------------------------------------------------------- renderers
def zero_word(country):
    return ch(["oh", "nought", "zero", "o"] if country in (UK, IE) else ["oh", "zero", "o"])


def say_digit(d, country):
    return zero_word(country) if d == "0" else UNITW[int(d)]


def say_group(g, country, style=None):
    """Render a digit group in a spoken style."""
    style = style or ch(["digit", "digit", "digit", "pairs", "hund"])
    if style == "hund" and len(g) == 3 and g[0] != "0" and g[1] != "0" and (g[1] == "1" or g[2] != "0"):
        tail = TEENW[int(g[2])] if g[1] == "1" else TENSW[int(g[1])] + " " + UNITW[int(g[2])]
        return UNITW[int(g[0])] + " hundred " + ("and " if R.random() < 0.7 else "") + tail
    if style == "pairs" and len(g) % 2 == 0:
        parts = []
        for i in range(0, len(g), 2):
            p = g[i:i + 2]
            if p[0] == "1":
                parts.append(TEENW[int(p[1])])
            elif p[0] != "0" and p[1] != "0":
                parts.append(TENSW[int(p[0])] + " " + UNITW[int(p[1])])
            elif p[0] == "0" and p[1] == "0" and R.random() < 0.6:
                parts.append("double " + zero_word(country))
            else:
                parts.append(say_digit(p[0], country) + " " + say_digit(p[1], country))
        return " ".join(parts)
    out = []
    i = 0
    while i < len(g):
        if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2] and R.random() < 0.6:
            out.append("triple " + say_digit(g[i], country)); i += 3
        elif i + 1 < len(g) and g[i] == g[i + 1] and R.random() < 0.65:
            out.append("double " + say_digit(g[i], country)); i += 2
        else:
            out.append(say_digit(g[i], country)); i += 1
    return " ".join(out)


def say_letter(c):
    c = c.lower()
    r = R.random()
    if c == "o" or r < 0.3:
        return c + ch([" for ", " as in "]) + (NATO[c] if c == "o" or R.random() < 0.6 else FOLK.get(c, NATO[c]))
    if r < 0.5:
        return NATO[c]
    return c


def say_alnum(g, country):
    out = []
    i = 0
    while i < len(g):
        if g[i].isdigit():
            j = i
            while j < len(g) and g[j].isdigit():
                j += 1
            out.append(say_group(g[i:j], country, "digit" if R.random() < 0.7 else None))
            i = j
        else:
            out.append(say_letter(g[i])); i += 1
    return " ".join(out)


def sprinkle(parts, p=0.25):
    """Join spoken chunks with occasional fillers/pauses (inside the value)."""
    res = parts[0]
    for x in parts[1:]:
        r = R.random()
        if r < p:
            res += ch([" um ", " uh ", ", er, ", " erm ", "... "]) + x
        elif r < p + 0.25:
            res += ", " + x
        else:
            res += " " + x
    return res


def typed_groups(groups, sep=None):
    sep = sep if sep is not None else ch([" ", " ", "-", "", " "])
    return sep.join(groups)


def say_date(d, m, y, country, kind):
    mname = MONTHS[m - 1]
    if kind == "EXPIRY":
        yy = str(y)[2:]
        r = R.randint(0, 4)
        if r == 0:
            return say_group("%02d" % m, country, "digit") + " " + say_group(yy, country, "pairs")
        if r == 1:
            return mname + " " + say_group(yy, country, "pairs")
        if r == 2:
            return mname + " twenty " + say_group(yy, country, "pairs")
        if r == 3:
            return say_group("%02d" % m, country, "digit") + " slash " + say_group(yy, country, "pairs")
        return UNITW[m] if m < 10 else TEENW[m - 10]
    yword = ("nineteen " + say_group(str(y)[2:], country, "pairs")) if y < 2000 else \
        ch(["two thousand and " + UNITW[y - 2000] if y < 2010 else "twenty " + say_group(str(y)[2:], country, "pairs"),
            "twenty " + say_group(str(y)[2:], country, "pairs")])
    if d < 10:
        dword = ORD_BY_N[d]
    elif d < 20 or d in (20,):
        dword = ORD_BY_N[d]
    else:
        dword = TENSW[d // 10] + " " + ORD_BY_N[d % 10]
    r = R.randint(0, 3)
    if r == 0 or (country == US and r < 2):
        return mname + " " + ch(["", "the "]) + dword + ", " + yword
    if r == 1:
        return ch(["the ", ""]) + dword + " of " + mname + " " + yword
    if r == 2:
        return dword + " " + mname + " " + yword
    return say_group("%02d" % d, country, "digit") + " " + say_group("%02d" % m, country, "digit") + " " + say_group(str(y)[2:], country, "pairs")


def type_date(d, m, y, country, kind):
    if kind == "EXPIRY":
        return ch(["%02d/%s" % (m, str(y)[2:]), "%02d/%d" % (m, y), "%d/%s" % (m, str(y)[2:]),
                   "%02d-%s" % (m, str(y)[2:]), MONTHS[m - 1][:3].title() + " " + str(y)])
    if country == US:
        return ch(["%02d/%02d/%d" % (m, d, y), "%d/%d/%s" % (m, d, str(y)[2:]),
                   MONTHS[m - 1].title() + " %d, %d" % (d, y), "%d-%02d-%02d" % (y, m, d)])
    return ch(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
               "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10 if d not in (11, 12, 13) else 0, "th"),
                                MONTHS[m - 1][:3].title(), y), "%d-%02d-%02d" % (y, m, d)])


def gen_date(kind):
    if kind == "EXPIRY":
        return (1, R.randint(1, 12), R.randint(2025, 2032))
    return (R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2006))


def say_email(e, country):
    user, dom = e.split("@")
    def words(s):
        out = []
        for piece in re.split(r"([._-])", s):
            if piece == ".":
                out.append("dot")
            elif piece == "_":
                out.append("underscore")
            elif piece == "-":
                out.append(ch(["dash", "hyphen"]))
            elif piece:
                m = re.fullmatch(r"([a-z]+)(\d*)", piece)
                w, n = m.group(1), m.group(2)
                if len(w) == 1:
                    out.append(say_letter(w))
                elif R.random() < 0.2:
                    out.append(w + ", " + " ".join(say_letter(c) if c != "o" else "o for oscar" for c in w[:2]) + ch([" ", " um "]) + " ".join(
                        say_letter(c) if c != "o" else "o for oscar" for c in w[2:]))
                else:
                    out.append(w)
                if n:
                    out.append(say_group(n, country))
        return " ".join(out)
    return words(user) + " at " + words(dom)


def spell_ok_email(text, e):
    try:
        return norm_for("EMAIL", text) == e
    except ValueError:
        return False


# Value-reading helpers returning lists of chunk texts (for splitting)
def chunks_for(vtype, canon, country, spoken):
    if vtype == "CARD_NUMBER":
        gs = card_groups(canon)
        if spoken:
            return [say_group(g, country) for g in gs]
        if R.random() < 0.15:
            gs = [canon[:5], canon[5:9], canon[9:13], canon[13:]]
        return gs
    if vtype == "SSN":
        gs = [canon[:3], canon[3:5], canon[5:]]
        return [say_group(g, country) for g in gs] if spoken else gs
    if vtype == "NI_NUMBER":
        gs = [canon[:2], canon[2:4], canon[4:6], canon[6:8], canon[8]]
        if spoken:
            return [say_alnum(g, country) for g in gs]
        return gs
    if vtype == "IBAN":
        gs = [canon[i:i + 4] for i in range(0, len(canon), 4)]
        return [say_alnum(g, country) for g in gs] if spoken else gs
    if vtype == "BANK_ACCOUNT":
        gs = [canon[:4], canon[4:]] if len(canon) <= 8 else [canon[:3], canon[3:6], canon[6:]]
        return [say_group(g, country) for g in gs] if spoken else gs
    if vtype == "SORT_CODE":
        gs = [canon[0:2], canon[2:4], canon[4:6]]
        return [say_group(g, country, ch(["digit", "pairs"])) for g in gs] if spoken else gs
    if vtype == "PHONE":
        if canon[0] == "0" or len(canon) == 10:
            gs = [canon[:5], canon[5:]] if country != US else [canon[:3], canon[3:6], canon[6:]]
        else:
            cc = {"44": 2, "35": 3, "1": 1}.get(canon[:2], 2 if not canon.startswith("1") else 1)
            rest = canon[cc:]
            gs = [canon[:cc], rest[:4], rest[4:]]
        if spoken:
            out = [say_group(g, country) for g in gs]
            if canon[0] != "0" and len(canon) > 10 and R.random() < 0.5:
                out[0] = "plus " + out[0]
            return out
        return gs
    if vtype == "CVV":
        return [say_group(canon, country)] if spoken else [canon]
    if vtype == "POSTCODE":
        if re.fullmatch(r"\d+", canon):
            gs = [canon[:5]] + ([canon[5:]] if len(canon) > 5 else [])
            return [say_group(g, country, "digit") for g in gs] if spoken else [gs[0] + ("-" + gs[1] if len(gs) > 1 else "")]
        out, inn = canon[:-3], canon[-3:]
        if spoken:
            return [say_alnum(out, country), say_alnum(inn, country)]
        return [out, inn]
    raise KeyError(vtype)


def typed_value(vtype, canon, country):
    if vtype in ("CARD_NUMBER",):
        return typed_groups(chunks_for(vtype, canon, country, False))
    if vtype == "SSN":
        return ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (canon[:3], canon[3:5], canon[5:])
    if vtype == "NI_NUMBER":
        r = R.random()
        if r < 0.4:
            return canon
        if r < 0.7:
            return " ".join([canon[:2], canon[2:4], canon[4:6], canon[6:8], canon[8]])
        if r < 0.85:
            return canon.lower()
        return canon[:2] + " " + canon[2:8] + " " + canon[8]
    if vtype == "IBAN":
        r = R.random()
        if r < 0.5:
            return " ".join(canon[i:i + 4] for i in range(0, len(canon), 4))
        if r < 0.8:
            return canon
        return canon.lower()
    if vtype == "BANK_ACCOUNT":
        return canon if R.random() < 0.7 else canon[:4] + " " + canon[4:]
    if vtype == "SORT_CODE":
        return ch(["-", " ", "", "-"]).join([canon[0:2], canon[2:4], canon[4:6]])
    if vtype == "PHONE":
        if canon[0] != "0" and not (len(canon) == 10):
            cc = 1 if canon.startswith("1") else (3 if canon.startswith("353") else 2)
            rest = canon[cc:]
            return canon[:cc] + " " + ch([rest[:4] + " " + rest[4:], rest, rest[:3] + " " + rest[3:6] + " " + rest[6:]])
        if len(canon) == 10:
            return ch(["%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (canon[:3], canon[3:6], canon[6:])
        return ch([canon[:5] + " " + canon[5:], canon, canon[:4] + " " + canon[4:7] + " " + canon[7:]])
    if vtype == "CVV":
        return canon
    if vtype == "POSTCODE":
        if canon.isdigit():
            return canon[:5] + ("-" + canon[5:] if len(canon) > 5 else "")
        r = R.random()
        return (canon[:-3] + " " + canon[-3:]) if r < 0.6 else (canon.lower() if r < 0.8 else canon)
    raise KeyError(vtype)


def make_address(country, spoken):
    n = R.randint(1, 240)
    street = ch(STREETS_US if country == US else STREETS_UK)
    flat = R.random() < 0.3
    if spoken:
        sn = say_group(str(n), country, ch(["digit", "hund", "pairs"])) if n > 9 else UNITW[n]
        if n < 20 and n > 9:
            sn = TEENW[n - 10]
        txt = sn + " " + street.lower()
        if flat:
            txt = ch(["flat ", "apartment "]) + UNITW[R.randint(1, 9)] + ", " + txt
        return txt
    sfx = ch(["", "", "", "a", "B"]) if country != US else ""
    txt = str(n) + sfx + " " + street
    if R.random() < 0.2:
        txt = txt.lower()
    if flat:
        txt = (ch(["Flat ", "Flat ", "Apt "]) if country != US else ch(["Apt ", "Unit "])) + str(R.randint(1, 30)) + ch([", ", " "]) + txt
    return txt


def canon_address(country):
    return None


# ------------------------------------------------------------- scenarios
INDUSTRY = {
    "banking": ["Northgate Bank", "Harbour Building Society", "FirstLine Credit Union"],
    "telecom": ["Brightwave Mobile", "TeleCeltic", "Vireo Broadband"],
    "utilities": ["Greenfield Energy", "Anglian Power & Gas", "Liffey Water"],
    "retail": ["Porter & Lane", "ShopDirect Plus", "Hollis Home"],
    "insurance": ["Castlerock Insurance", "Beacon Mutual", "SureShield"],
    "travel": ["SkyVista Airways", "EuroRail Connect", "Sunward Holidays"],
    "healthcare billing": ["MedBill Partners", "St Aidan's Patient Accounts", "CareFirst Billing"],
    "government": ["the council tax office", "the Revenue helpline", "the benefits line", "the DMV helpline"],
}
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go ahead", "got that", "mm", "and then?"]
LEADS = {
    "CARD_NUMBER": ["the long number on the card is ", "card number's ", "it's ", "ok so it's ", "right, ", "card no. ", "the card is "],
    "SSN": ["my social is ", "social security number ", "SSN: ", "it's ", "last time I checked it was ", "ok my social, "],
    "NI_NUMBER": ["my national insurance is ", "NI number: ", "NI no ", "it's ", "national insurance number ", "ni number is "],
    "BANK_ACCOUNT": ["acct no: ", "account number ", "account number is ", "a/c ", "it's ", "the account's "],
    "SORT_CODE": ["sort code ", "sort code is ", "s/c: ", "it's "],
    "IBAN": ["IBAN: ", "my iban is ", "the IBAN is ", "iban ", "it's "],
    "PHONE": ["you can reach me on ", "my mobile is ", "tel: ", "my number's ", "call me back on ", "cell is ", "ph "],
    "EMAIL": ["my email is ", "email: ", "send it to ", "it's ", "e-mail address is "],
    "DOB": ["date of birth is ", "DOB: ", "I was born ", "born on the ", "d.o.b. ", "it's "],
    "EXPIRY": ["expiry ", "expires ", "exp date ", "valid thru ", "expiry date is ", "it runs out "],
    "CVV": ["security code is ", "the three digits on the back are ", "CVV ", "cvc: ", "it's "],
    "POSTCODE": ["postcode ", "postcode is ", "zip code ", "zip: ", "post code "],
    "ADDRESS": ["I live at ", "address is ", "it's ", "the address is ", "we're at "],
}
ASK = {
    "CARD_NUMBER": "Can I take the long card number please?",
    "SSN": "For verification can I get your social security number?",
    "NI_NUMBER": "Could you confirm your National Insurance number for me?",
    "BANK_ACCOUNT": "And which account number should the refund go to?",
    "SORT_CODE": "And the sort code for that account?",
    "IBAN": "What's the IBAN for the transfer?",
    "PHONE": "What's the best number to call you back on?",
    "EMAIL": "Which email address should I send the confirmation to?",
    "DOB": "Can I just confirm your date of birth?",
    "EXPIRY": "And the expiry date on the card?",
    "CVV": "And finally the three digit security code on the back?",
    "POSTCODE": "Can I take the postcode?",
    "ADDRESS": "What's the first line of the address?",
}
TYPE_COUNTRY = {"SSN": [US], "NI_NUMBER": [UK], "SORT_CODE": [UK], "IBAN": [IE, EU, UK],
                "CARD_NUMBER": [UK, US, IE, EU], "CVV": [UK, US, IE, EU], "EXPIRY": [UK, US, IE, EU],
                "BANK_ACCOUNT": [UK, US, IE], "PHONE": [UK, US, IE, EU], "EMAIL": [UK, US, IE, EU],
                "DOB": [UK, US, IE, EU], "POSTCODE": [UK, US], "ADDRESS": [UK, US, IE]}


def new_val(vtype, country):
    if vtype == "CARD_NUMBER":
        return Val(vtype, gen_card())
    if vtype == "SSN":
        return Val(vtype, gen_ssn())
    if vtype == "NI_NUMBER":
        return Val(vtype, gen_ni())
    if vtype == "IBAN":
        return Val(vtype, gen_iban({IE: "IE", UK: "GB"}.get(country)))
    if vtype == "BANK_ACCOUNT":
        return Val(vtype, digits(8, "0" if R.random() < 0.2 else None) if country != US else digits(R.randint(9, 12)))
    if vtype == "SORT_CODE":
        return Val(vtype, ch(["20", "30", "40", "60", "77", "09", "83", "11"]) + digits(4, str(R.randint(0, 9))))
    if vtype == "PHONE":
        nat = gen_phone(country)
        return Val(vtype, intl_phone(country, nat) if R.random() < 0.4 else nat)
    if vtype == "EMAIL":
        return Val(vtype, gen_email(country))
    if vtype == "POSTCODE":
        return Val(vtype, gen_postcode(country).replace(" ", "").replace("-", ""))
    if vtype == "CVV":
        return Val(vtype, digits(3, str(R.randint(0, 9))))
    if vtype in ("DOB", "EXPIRY"):
        return Val(vtype, gen_date(vtype))
    if vtype == "ADDRESS":
        return Val(vtype, None)
    raise KeyError(vtype)


def value_text(val, country, spoken):
    """Full one-piece text for a value."""
    vt, c = val.vtype, val.canon
    if vt == "EMAIL":
        if spoken:
            return say_email(c, country)
        e = c
        if R.random() < 0.3:
            u, d = e.split("@")
            e = u.title() + "@" + d.capitalize()
        return e
    if vt in ("DOB", "EXPIRY"):
        d, m, y = c
        if spoken:
            if vt == "EXPIRY":
                r = R.randint(0, 3)
                yy = str(y)[2:]
                if r == 0:
                    return say_group("%02d" % m, country, "digit") + " " + say_group(yy, country, "pairs")
                if r == 1:
                    return MONTHS[m - 1] + " " + ch(["", "twenty "]) + say_group(yy, country, "pairs")
                if r == 2:
                    return say_group("%02d" % m, country, "digit") + ", um, " + say_group(yy, country, "pairs")
                return UNITW[m] + " " + say_group(yy, country, "pairs") if m < 10 else MONTHS[m - 1] + " twenty " + say_group(yy, country, "pairs")
            return say_date(d, m, y, country, vt)
        return type_date(d, m, y, country, vt)
    if vt == "ADDRESS":
        return make_address(country, spoken)
    if spoken:
        return sprinkle(chunks_for(vt, c, country, True))
    return typed_value(vt, c, country)


def pick_industry():
    ind = ch(list(INDUSTRY))
    return ind, ch(INDUSTRY[ind])


def distractor(country):
    """Unlabelled non-PII clause."""
    opts = [
        "my order number is %s" % digits(9),
        "the reference on the letter says %s-%s" % (ch(["REF", "CLM", "TKT"]), digits(7)),
        "I was charged %s%d.%02d" % ("£" if country == UK else ("$" if country == US else "€"), R.randint(5, 900), R.randint(0, 99)),
        "I've been on hold for %d minutes" % R.randint(12, 55),
        "the meter reading was %s" % digits(5),
        "it's about the bill from the %d%s" % (R.randint(1, 28), "th"),
        "my policy number is POL%s" % digits(8),
        "the tracking number is 1Z%s" % digits(16),
        "card ending in %s" % digits(4, str(R.randint(0, 9))),
    ]
    return ch(opts)


def sc_chat_single(vtype):
    country = ch(TYPE_COUNTRY[vtype])
    ind, org = pick_industry()
    v = new_val(vtype, country)
    txt = value_text(v, country, False)
    c = Case("positive", "typed chat, %s, %s, %s" % (vtype, ind, country))
    c.t("agent", "Hi, you're chatting with %s. %s" % (org, ASK[vtype]))
    lead = ch(LEADS[vtype])
    if R.random() < 0.5:
        lead = lead[0].upper() + lead[1:]
    tail = ch(["", ".", " thanks", " ty", "!!", " - %s" % distractor(country), ". %s." % distractor(country).capitalize()])
    c.t("customer", lead, V(txt, v), tail)
    if R.random() < 0.35 and vtype not in ("CVV",):
        c.t("agent", "Thanks, just to confirm that's ", V(value_text(v, country, False), v), "?")
        c.t("customer", ch(["yes", "yep correct", "that's right", "Yes."]))
    else:
        c.t("agent", ch(["Thank you, one moment while I check that.", "Perfect, thanks.", "Got it, bear with me."]))
    return c


def sc_call_single(vtype):
    country = ch(TYPE_COUNTRY[vtype])
    ind, org = pick_industry()
    v = new_val(vtype, country)
    txt = value_text(v, country, True)
    c = Case("positive", "call transcript, spoken %s, %s, %s" % (vtype, ind, country))
    c.t("agent", "thank you for calling %s %s" % (org.lower(), ASK[vtype].lower().rstrip("?")))
    pre = ch(["yeah ", "um ", "ok ", "right so ", "", "hang on ", "er yeah "])
    c.t("customer", pre + ch(LEADS[vtype]).lower().replace(":", ""), V(txt, v),
        ch(["", " i think", " yeah", " that's it"]))
    if R.random() < 0.45 and vtype != "CVV":
        c.t("agent", ch(["so that's ", "let me read that back ", "ok i've got "]), V(value_text(v, country, True), v),
            ch(["", " is that right", " yeah"]))
        c.t("customer", ch(["yes", "yeah that's right", "correct", "mhm"]))
    return c


def sc_call_split(vtype):
    country = ch(TYPE_COUNTRY[vtype])
    ind, org = pick_industry()
    v = new_val(vtype, country)
    chunks = chunks_for(vtype, v.canon, country, True)
    c = Case("positive", "call, %s split over turns with back-channels, %s, %s" % (vtype, ind, country))
    c.t("agent", ASK[vtype].lower())
    k = R.randint(2, min(4, len(chunks)))
    cuts = sorted(R.sample(range(1, len(chunks)), k - 1))
    parts = []
    prev = 0
    for ct in cuts + [len(chunks)]:
        parts.append(chunks[prev:ct]); prev = ct
    for i, p in enumerate(parts):
        lead = ch(LEADS[vtype]).lower().replace(":", "") if i == 0 else ch(["", "", "then ", "and "])
        c.t("customer", lead, V(sprinkle(p, 0.2), v, "piece"), ch(["", "", " ...", ","]).rstrip(","))
        if i < len(parts) - 1:
            c.t("agent", ch(BACKCH))
    if R.random() < 0.5:
        c.t("agent", "ok so that's ", V(sprinkle(chunks_for(vtype, v.canon, country, True), 0), v), " yeah?")
    else:
        c.t("agent", ch(["lovely thank you", "great, thanks", "ok bear with me"]))
    return c


def sc_call_correction(vtype):
    country = ch(TYPE_COUNTRY[vtype])
    ind, org = pick_industry()
    v = new_val(vtype, country)
    chunks = chunks_for(vtype, v.canon, country, True)
    c = Case("positive", "call, restarted reading of %s with abandoned fragment, %s" % (vtype, country))
    c.t("agent", ASK[vtype].lower())
    frag = chunks[0]
    c.t("customer", ch(LEADS[vtype]).lower().replace(":", ""), V(frag, v, "frag"),
        ch([" no wait sorry that's the old one, it's ", " hang on let me start again, ", " sorry, ", " no no, scratch that, "]),
        V(sprinkle(chunks, 0.3), v))
    c.t("agent", ch(["no problem", "ok got it", "thanks"]))
    return c


def sc_call_aside(vtype):
    country = ch(TYPE_COUNTRY[vtype])
    v = new_val(vtype, country)
    chunks = chunks_for(vtype, v.canon, country, True)
    k = R.randint(1, len(chunks) - 1)
    c = Case("positive", "call, aside in the middle of %s reading, %s" % (vtype, country))
    c.t("agent", ASK[vtype].lower())
    c.t("customer", ch(LEADS[vtype]).lower().replace(":", ""), V(" ".join(chunks[:k]), v, "piece"),
        ch([" sorry the dog's going mad ", " hold on my glasses ", " - jamie turn that down! - ", " oh hang on someone's at the door, right, ", " sorry what was i saying, "]),
        V(" ".join(chunks[k:]), v, "piece"))
    c.t("agent", ch(["thank you", "mhm got that", "ok"]))
    return c


def card_last4_text(card, country):
    l4 = card[-4:]
    return say_group(l4, country) if R.random() < 0.5 else l4


def sc_payment(spoken):
    country = ch([UK, US, IE, EU])
    ind, org = pick_industry()
    card = new_val("CARD_NUMBER", country)
    exp = new_val("EXPIRY", country)
    cvv = new_val("CVV", country)
    if card.canon[:2] in ("34", "37"):
        cvv = Val("CVV", digits(4))
    c = Case("positive", "%s card payment flow, %s, %s" % ("spoken" if spoken else "typed", ind, country))
    c.t("agent", "ok so to take the payment of %s%d.%02d today can i have the long number on the card" % (
        "£" if country == UK else "$" if country == US else "€", R.randint(10, 600), R.randint(0, 99)))
    if spoken and R.random() < 0.5:
        chunks = chunks_for("CARD_NUMBER", card.canon, country, True)
        for i, chk in enumerate(chunks):
            c.t("customer", ("yeah it's " if i == 0 else ""), V(chk, card, "piece"))
            if i < len(chunks) - 1:
                c.t("agent", ch(BACKCH))
    else:
        c.t("customer", ch(["", "yeah ", "ok "]), V(value_text(card, country, spoken), card))
    if R.random() < 0.5:
        c.t("agent", ch(["thank you so that's the card ending ", "lovely, and that's the one ending "]),
            V(card_last4_text(card.canon, country), card, "suffix"), " " + ASK["EXPIRY"].lower())
    else:
        c.t("agent", ASK["EXPIRY"].lower() if spoken else ASK["EXPIRY"])
    c.t("customer", ch(["", "it's ", "erm ", "expires "]), V(value_text(exp, country, spoken), exp))
    c.t("agent", ASK["CVV"].lower() if spoken else ASK["CVV"])
    c.t("customer", ch(["", "it's ", "uh "]), V(value_text(cvv, country, spoken), cvv))
    c.t("agent", "thank you, that payment has gone through, your reference is %s" % digits(8))
    return c


def sc_verify(spoken):
    country = ch([UK, US, IE, UK])
    ind, org = pick_industry()
    c = Case("positive", "%s ID&V, %s, %s" % ("spoken" if spoken else "typed", ind, country))
    types = ["DOB", "POSTCODE" if country != IE else "PHONE"]
    if country == UK:
        types.append("NI_NUMBER")
    elif country == US:
        types.append("SSN")
    else:
        types.append("EMAIL")
    if R.random() < 0.5:
        types.append("ADDRESS")
    for vt in types:
        if vt == "POSTCODE" and country == IE:
            continue
        v = new_val(vt, country)
        q = ASK[vt]
        c.t("agent", q.lower() if spoken else q)
        if vt == "ADDRESS":
            pv = new_val("POSTCODE", country) if country != IE else None
            at = value_text(v, country, spoken)
            segs = [ch(["", "it's ", "yeah "]), V(at, v), ", " + ch(TOWNS[country])]
            if pv:
                segs += [", ", V(value_text(pv, country, spoken), pv)]
            c.t("customer", *segs)
            continue
        c.t("customer", ch(["", "yeah ", "it's ", "er "]) if spoken else "", V(value_text(v, country, spoken), v))
    c.t("agent", ch(["thanks, you're through security", "lovely, that all matches", "great, that's all verified"]))
    return c


def sc_email_msg():
    country = ch([UK, US, IE, EU])
    ind, org = pick_industry()
    c = Case("positive", "written e-mail to %s with signature block, %s" % (ind, country))
    ph = new_val("PHONE", country)
    em = new_val("EMAIL", country)
    body = ch(["Hi team,\nI still haven't had a response about invoice INV-%s. " % digits(6),
               "Hello,\nfurther to my call on the %dth, " % R.randint(4, 28),
               "To whom it may concern,\nplease update my details. "])
    segs = [body + "You can call me on "]
    segs += [V(value_text(ph, country, False), ph), " or email "]
    segs += [V(value_text(em, country, False), em), ".\n"]
    if country in (UK, US) and R.random() < 0.7:
        ad = new_val("ADDRESS", country)
        pc = new_val("POSTCODE", country)
        segs += ["New address: ", V(make_address(country, False), ad), "\n" + ch(TOWNS[country]) + "\n", V(typed_value("POSTCODE", pc.canon, country), pc), "\n"]
    if country == UK and R.random() < 0.5:
        sc = new_val("SORT_CODE", country); ac = new_val("BANK_ACCOUNT", country)
        segs += ["Please refund to s/c ", V(typed_value("SORT_CODE", sc.canon, country), sc), " acct no: ", V(ac.canon, ac), "\n"]
    elif country in (IE, EU):
        ib = new_val("IBAN", country)
        segs += ["Refund to IBAN ", V(typed_value("IBAN", ib.canon, country), ib), "\n"]
    segs.append("Thanks\n" + ch(FIRST).title())
    c.t("customer", *segs)
    c.t("agent", "Thank you for your email, we have updated your details and the refund of %d.%02d is being processed." % (R.randint(5, 300), R.randint(0, 99)))
    return c


def sc_bank_details(spoken):
    country = UK
    c = Case("positive", "%s UK bank details for direct debit" % ("spoken" if spoken else "typed"))
    sc = new_val("SORT_CODE", country); ac = new_val("BANK_ACCOUNT", country)
    c.t("agent", "to set up the direct debit i'll need the sort code and account number")
    if spoken:
        c.t("customer", "ok sort code ", V(value_text(sc, country, True), sc))
        c.t("agent", ch(BACKCH))
        c.t("customer", "and the account number is ", V(value_text(ac, country, True), ac))
        c.t("agent", "and that's payable on the %s of each month, %d pounds" % (ORD_BY_N[R.randint(1, 20)], R.randint(20, 140)))
    else:
        c.t("customer", V(typed_value("SORT_CODE", sc.canon, country), sc), ch([" / ", " ", ", ", "  "]), V(typed_value("BANK_ACCOUNT", ac.canon, country), ac))
        c.t("agent", "Thanks, the first collection of £%d.%02d will be on 1 %s." % (R.randint(10, 99), R.randint(0, 99), ch(MONTHS).title()))
    return c


POS_TYPES_WEIGHTED = (["CARD_NUMBER"] * 4 + ["SSN"] * 3 + ["NI_NUMBER"] * 3 +
                      ["BANK_ACCOUNT", "SORT_CODE", "IBAN", "IBAN", "PHONE", "PHONE", "EMAIL", "EMAIL",
                       "DOB", "POSTCODE", "ADDRESS", "EXPIRY", "CVV"])
SPLITTABLE = ["CARD_NUMBER", "SSN", "NI_NUMBER", "IBAN", "PHONE", "BANK_ACCOUNT", "SORT_CODE"]


def positive_case(i):
    r = R.random()
    if r < 0.12:
        return sc_payment(R.random() < 0.6)
    if r < 0.22:
        return sc_verify(R.random() < 0.6)
    if r < 0.28:
        return sc_email_msg()
    if r < 0.33:
        return sc_bank_details(R.random() < 0.5)
    vt = ch(POS_TYPES_WEIGHTED)
    r2 = R.random()
    if vt == "ADDRESS" or vt in ("DOB", "EXPIRY", "EMAIL", "CVV", "POSTCODE"):
        return sc_chat_single(vt) if r2 < 0.45 else sc_call_single(vt)
    if r2 < 0.3:
        return sc_chat_single(vt)
    if r2 < 0.55:
        return sc_call_single(vt)
    if r2 < 0.8:
        return sc_call_split(vt)
    if r2 < 0.9:
        return sc_call_correction(vt)
    return sc_call_aside(vt)


# ------------------------------------------------------------- negatives
def say_int(n):
    if n < 10:
        return UNITW[n]
    if n < 20:
        return TEENW[n - 10]
    if n < 100:
        return TENSW[n // 10] + ("" if n % 10 == 0 else " " + UNITW[n % 10])
    if n < 1000:
        return UNITW[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + say_int(n % 100))
    return say_int(n // 1000) + " thousand" + ("" if n % 1000 == 0 else (" and " if n % 1000 < 100 else " ") + say_int(n % 1000))


def neg_clause(country):
    cur = {UK: ("£", "pounds"), US: ("$", "dollars"), IE: ("€", "euro"), EU: ("€", "euro")}[country]
    fake_card = luhn_complete("4" + digits(5), 16)
    opts = [
        lambda: "your balance is %s%s.%02d" % (cur[0], "{:,}".format(R.randint(100, 25000)), R.randint(0, 99)),
        lambda: "the outstanding amount is %s %s and %s pence" % (say_int(R.randint(20, 3000)), cur[1], say_int(R.randint(1, 99))),
        lambda: "we're open %d till %d monday to friday" % (R.randint(7, 9), R.randint(5, 8)),
        lambda: "i've been waiting %s minutes" % say_int(R.randint(15, 75)),
        lambda: "your order number is %s" % digits(R.randint(10, 14)),
        lambda: "the tracking number is %s" % " ".join(fake_card[i:i + 4] for i in range(0, 16, 4)),
        lambda: "the reference number is %s" % sprinkle(chunks_for("CARD_NUMBER", fake_card, country, True), 0.2),
        lambda: "ticket number %s-%s" % (digits(3), digits(6)),
        lambda: "invoice %s dated %d/%02d/%d" % ("INV" + digits(7), R.randint(1, 28), R.randint(1, 12), R.randint(2021, 2025)),
        lambda: "claim reference %s" % say_group(digits(9), country),
        lambda: "the serial on the router is %s" % ("SN" + digits(12)),
        lambda: "model number %s%s" % (ch(["XR", "KD", "HX"]), digits(5)),
        lambda: "policy number %s" % ch(["POL-", "HX", "CR"]) + digits(9),
        lambda: "the meter reads %s" % say_group(digits(6), country),
        lambda: "the meter reading is %s" % digits(5, "0"),
        lambda: "your flight %s%d leaves from gate %d" % (ch(["BA", "FR", "EI", "UA"]), R.randint(100, 9999), R.randint(1, 60)),
        lambda: "you're in seat %d%s and room %d" % (R.randint(1, 40), ch("ABCDEF"), R.randint(100, 999)),
        lambda: "the engineer can come on the %s of %s between %d and %d" % (ORD_BY_N[R.randint(1, 20)], ch(MONTHS), R.randint(8, 11), R.randint(1, 5)),
        lambda: "the payment's due on %d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026)),
        lambda: "the contract ends in %s" % ch(MONTHS) + " " + str(R.randint(2025, 2029)),
        lambda: "my son is %s and my mum is %d" % (say_int(R.randint(3, 17)), R.randint(60, 94)),
        lambda: "the thermostat's set to %d degrees" % R.randint(16, 24),
        lambda: "the interest rate went up to %d.%d percent" % (R.randint(1, 9), R.randint(0, 9)),
        lambda: "we moved here in %s" % ch(["nineteen ninety eight", "2004", "twenty eleven", "two thousand and six"]),
        lambda: "the card ending %s was declined" % digits(4, str(R.randint(0, 9))),
        lambda: "is that the card ending in %s" % say_group(digits(4, str(R.randint(1, 9))), country),
        lambda: "there are roadworks all down %s" % ch(STREETS_UK + STREETS_US),
        lambda: "i used %s gigabytes last month" % say_int(R.randint(10, 400)),
        lambda: "the quote was %s%d a year" % (cur[0], R.randint(200, 1900)),
        lambda: "call us on the reference line and quote case %s" % digits(11),
        lambda: "the booking ref is %s" % "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + digits(4),
        lambda: "the parcel weighs %d.%d kilos" % (R.randint(1, 30), R.randint(0, 9)),
        lambda: "the account's been open %d years" % R.randint(2, 30),
        lambda: "transaction id %s" % digits(18),
        lambda: "i paid %s on the twelfth" % say_int(R.randint(100, 9999)),
        lambda: "the IMEI on the box is %s" % digits(15, "35"),
        lambda: "member number %s %s %s" % (digits(3), digits(3), digits(3)),
        lambda: "customer number %s" % say_group(digits(8), country),
    ]
    return ch(opts)()


def negative_case(i):
    country = ch([UK, US, IE, EU])
    ind, org = pick_industry()
    c = Case("negative", "no PII: numbers that are not personal identifiers, %s, %s" % (ind, country))
    spoken = R.random() < 0.55
    n = R.randint(2, 5)
    first = R.randint(0, 1)
    for k in range(n):
        sp = "customer" if (k + first) % 2 == 0 else "agent"
        cl = neg_clause(country)
        if not spoken:
            cl = cl[0].upper() + cl[1:] + ch([".", "", "!", ". Thanks"])
        else:
            cl = ch(["", "um ", "yeah ", "ok so ", "right "]) + cl
        if k == 0 and sp == "agent" and R.random() < 0.6:
            cl = ch(["hi, calling from %s, " % org.lower(), "Hello, this is %s. " % org]) + cl
        c.t(sp, cl)
    return c


# ------------------------------------------------------------- build / check
def build():
    global R
    R = random.Random(SEED)
    cases = []
    pos = []
    while len(pos) < 215:
        pos.append(positive_case(len(pos)))
    negs = [negative_case(i) for i in range(110)]
    for i, c in enumerate(pos):
        cases.append((("h337-pos-%03d" % (i + 1)), c))
    for i, c in enumerate(negs):
        cases.append((("h337-neg-%03d" % (i + 1)), c))
    order = list(range(len(cases)))
    R.shuffle(order)
    cases = [cases[k] for k in order]
    text = "".join(json.dumps(c.record(cid), ensure_ascii=False, sort_keys=False) + "\n" for cid, c in cases)
    return text, cases


def check(text, cases):
    errs = []
    if not os.path.exists(OUT):
        return ["missing " + OUT]
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to regeneration")
    ids = set()
    for cid, c in cases:
        if cid in ids:
            errs.append("dup id " + cid)
        ids.add(cid)
        if c.kind == "negative" and c.spans:
            errs.append(cid + ": negative with spans")
        if c.kind == "positive" and not c.spans:
            errs.append(cid + ": positive without spans")
        for t in c.turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        by_turn = {}
        for (ti, s, e, ty, val, role) in c.spans:
            if ty not in TYPES:
                errs.append(cid + ": bad type")
            txt = c.turns[ti]["text"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s: offsets out of range" % cid); continue
            if not (txt[s].isalnum() and txt[e - 1].isalnum()):
                errs.append("%s: span %r not trimmed" % (cid, txt[s:e]))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span %r not on word boundary" % (cid, txt[s:e]))
            by_turn.setdefault(ti, []).append((s, e))
        for ti, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans" % cid)
        # value validation, grouped by Val object
        groups = {}
        for (ti, s, e, ty, val, role) in c.spans:
            groups.setdefault(id(val), (val, []))[1].append((role, c.turns[ti]["text"][s:e]))
        for val, items in groups.values():
            try:
                pieces = [t for r, t in items if r == "piece"]
                if pieces:
                    joined = norm_for(val.vtype, " ".join(pieces))
                    if not validate_value(val.vtype, val.canon, joined):
                        errs.append("%s: split %s invalid: %r -> %r (canon %r)" % (cid, val.vtype, pieces, joined, val.canon))
                for r, t in items:
                    if r == "full":
                        nv = norm_for(val.vtype, t)
                        if not validate_value(val.vtype, val.canon, nv):
                            errs.append("%s: %s invalid: %r -> %r (canon %r)" % (cid, val.vtype, t, nv, val.canon))
                    elif r == "frag":
                        nv = norm_for(val.vtype, t)
                        if not nv or not val.canon.startswith(nv):
                            errs.append("%s: fragment %r bad" % (cid, t))
                    elif r == "suffix":
                        nv = norm_for(val.vtype, t)
                        if len(nv) != 4 or not val.canon.endswith(nv):
                            errs.append("%s: suffix %r bad" % (cid, t))
                if val.vtype == "CARD_NUMBER" and any(r == "suffix" for r, _ in items) and not any(r in ("full", "piece") for r, _ in items):
                    errs.append("%s: last-four labelled without full card" % cid)
            except ValueError as ex:
                errs.append("%s: %s" % (cid, ex))
    return errs


def counts(cases):
    ct = {t: 0 for t in TYPES}
    for _, c in cases:
        for sp in c.spans:
            ct[sp[3]] += 1
    return ct


def main():
    text, cases = build()
    if "--check" in sys.argv:
        errs = check(text, cases)
        ct = counts(cases)
        npos = sum(1 for _, c in cases if c.kind == "positive")
        nneg = len(cases) - npos
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if ct[t] < mins.get(t, 10):
                errs.append("too few %s spans: %d" % (t, ct[t]))
        for e in errs[:60]:
            print("ERROR", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, ct[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

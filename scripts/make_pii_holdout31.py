#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout31``.

Written by an independent AI helper that never saw the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seed 31241123).

    python scripts/make_pii_holdout31.py          # write fixture + README
    python scripts/make_pii_holdout31.py --check  # regenerate and verify
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 31241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout31"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["zero", "oh", "o", "nought"]
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"]}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango",
        "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
LNAMES = {"B": "bee", "C": "see", "D": "dee", "J": "jay", "K": "kay", "M": "em",
          "N": "en", "P": "pee", "S": "ess", "T": "tee", "Y": "why", "Z": "zed", "H": "aitch",
          "L": "el", "R": "are", "G": "gee", "E": "e", "A": "a", "W": "double you"}
EXTRA_LETTER_WORDS = {"sea": "C", "be": "B", "zee": "Z", "ee": "E"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
       18: "eighteenth", 19: "nineteenth", 20: "twentieth", 21: "twenty first",
       22: "twenty second", 23: "twenty third", 24: "twenty fourth", 25: "twenty fifth",
       26: "twenty sixth", 27: "twenty seventh", 28: "twenty eighth"}


def dword(d, zero="zero", r=None, homo=0.0):
    if d == "0":
        return zero
    if r is not None and homo and d in HOMO and r.random() < homo:
        return r.choice(HOMO[d])
    return UNITS[int(d)]


def say_digits(s, r, zero=None, doubles=0.5, homo=0.0, sep=" "):
    zero = zero or r.choice(ZEROS)
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if run >= 3 and r.random() < doubles:
            out.append("triple " + dword(d, zero))
            i += 3
        elif run >= 2 and r.random() < doubles:
            out.append("double " + dword(d, zero))
            i += 2
        else:
            out.append(dword(d, zero, r, homo))
            i += 1
    return sep.join(out)


def say_pair(p, zero="oh"):
    a, b = p[0], p[1]
    if a == "0":
        return ("double " + zero) if b == "0" else zero + " " + UNITS[int(b)]
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + UNITS[int(b)])


def say_triple(t, r, zero="oh"):
    if t[0] != "0" and t[1] != "0" and r.random() < 0.5:
        sub = say_pair(t[1:], zero)
        return UNITS[int(t[0])] + " hundred " + ("and " if r.random() < 0.4 else "") + sub
    if t[0] != "0" and t[1:] == "00":
        return UNITS[int(t[0])] + " hundred"
    if t[0] != "0" and t[1] != "0":
        return UNITS[int(t[0])] + " " + say_pair(t[1:], zero)
    return say_digits(t, r, zero, doubles=0.3)


def say_chunks(s, sizes, r, zero=None, style="mixed", homo=0.0):
    zero = zero or r.choice(["oh", "oh", "zero", "o", "nought"])
    out, i = [], 0
    for n in sizes:
        c = s[i:i + n]
        i += n
        st = style if style != "mixed" else r.choice(["digits", "pairs", "pairs", "digits"])
        if st == "pairs" and n == 4:
            out.append(say_pair(c[:2], zero) + " " + say_pair(c[2:], zero))
        elif st == "pairs" and n == 2:
            out.append(say_pair(c, zero))
        elif st == "pairs" and n == 3:
            out.append(say_triple(c, r, zero))
        elif st == "pairs" and n > 4 and n % 2 == 0:
            out.append(" ".join(say_pair(c[k:k + 2], zero) for k in range(0, n, 2)))
        else:
            out.append(say_digits(c, r, zero, homo=homo))
    return out


# ------------------------------------------------------------------ normaliser
WORD_DIG = {w: str(i) for i, w in enumerate(UNITS)}
for z in ZEROS:
    WORD_DIG[z] = "0"
HOMO_DIG = {"for": "4", "fore": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}
FILLERS = {"um", "uh", "er", "erm", "dash", "hyphen", "slash", "and", "space", "dot", "point",
           "stroke"}
LETTER_WORDS = {}
for k, v in LNAMES.items():
    LETTER_WORDS[v] = k
LETTER_WORDS.update(EXTRA_LETTER_WORDS)
NATO_REV = {v: k for k, v in NATO.items()}


def _tokens(text):
    t = text.lower().replace("x-ray", "xray").replace("double you", "doubleyou")
    return re.findall(r"[a-z]+|\d", t)


def spoken_to_chars(text, letters=False):
    """Normalise a spoken/typed span to a string of digits (and letters)."""
    toks = _tokens(text)
    nato = {k.replace("-", ""): v for k, v in NATO_REV.items()}
    out = []
    i = 0

    def is_letter(tok):
        if not letters:
            return None
        if tok == "doubleyou":
            return "W"
        if tok in nato:
            return nato[tok]
        if len(tok) == 1 and tok.isalpha() and tok != "o":
            return tok.upper()
        if tok in LETTER_WORDS:
            return LETTER_WORDS[tok]
        return None

    def sub100(j):
        if j < len(toks) and toks[j] in TEENS:
            return "%02d" % (10 + TEENS.index(toks[j])), j + 1
        if j < len(toks) and toks[j] in TENS[2:]:
            t = TENS.index(toks[j])
            if j + 1 < len(toks) and toks[j + 1] in UNITS[1:]:
                return "%d%d" % (t, UNITS.index(toks[j + 1])), j + 2
            return "%d0" % t, j + 1
        return None, j

    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w.isdigit():
            out.append(w)
            i += 1
        elif letters and is_letter(w) and nxt in ("for", "as") :
            j = i + 2 + (1 if nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in" else 0)
            if j < len(toks) and toks[j] in nato:
                out.append(is_letter(w))
                i = j + 1
                continue
            raise ValueError("bad letter phrase in %r" % text)
        elif w in ("double", "triple"):
            n = 2 if w == "double" else 3
            if nxt is None:
                raise ValueError("dangling double in %r" % text)
            if nxt in WORD_DIG:
                out.append(WORD_DIG[nxt] * n)
            elif is_letter(nxt):
                out.append(is_letter(nxt) * n)
            else:
                raise ValueError("bad double in %r" % text)
            i += 2
        elif w in WORD_DIG:
            d = WORD_DIG[w]
            if nxt == "hundred":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                s, j2 = sub100(j)
                out.append(d + (s if s else "00"))
                i = j2
            else:
                out.append(d)
                i += 1
        elif w in TEENS or w in TENS[2:]:
            s, j = sub100(i)
            if j < len(toks) and toks[j] == "hundred":
                out.append(s + "00")
                j += 1
            else:
                out.append(s)
            i = j
        elif is_letter(w):
            out.append(is_letter(w))
            i += 1
        elif w in HOMO_DIG:
            out.append(HOMO_DIG[w])
            i += 1
        elif w in FILLERS:
            i += 1
        elif letters and w.isalpha() and 2 <= len(w) <= 4:
            out.append(w.upper())
            i += 1
        else:
            raise ValueError("unknown token %r in %r" % (w, text))
    return "".join(out)


def norm_email(text):
    if " " not in text.strip():
        return text
    toks = text.lower().split()
    out = []
    numbuf = []

    def flush():
        if numbuf:
            out.append(spoken_to_chars(" ".join(numbuf)))
            numbuf.clear()
    numwords = set(UNITS) | set(TEENS) | set(TENS[2:]) | {"double", "triple", "oh", "hundred"}
    for t in toks:
        if t in numwords:
            numbuf.append(t)
            continue
        flush()
        out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-",
                    "hyphen": "-"}.get(t, t))
    flush()
    return "".join(out)


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
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET = re.compile(r"\b(road|rd|street|st|avenue|ave|lane|ln|drive|dr|close|way|crescent|court|"
                    r"place|terrace|gardens|boulevard|blvd|grove|row|park|hill|square|mews|"
                    r"walk|parade)\b", re.I)


def validate(typ, text, partial=False):
    """Return normalised value, raise ValueError if it is not a valid TYPE."""
    if partial:
        v = spoken_to_chars(text, letters=typ in ("NI_NUMBER", "IBAN", "POSTCODE"))
        if not v:
            raise ValueError("empty partial")
        return v
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE"):
        v = spoken_to_chars(text)
        if not v.isdigit():
            raise ValueError("non digit %s %r" % (typ, text))
        if partial:
            return v
        n = len(v)
        ok = {"CARD_NUMBER": 13 <= n <= 19 and luhn_ok(v),
              "CVV": n in (3, 4),
              "SSN": n == 9 and v[:3] not in ("000", "666") and v[0] != "9" and v[3:5] != "00"
              and v[5:] != "0000",
              "BANK_ACCOUNT": 6 <= n <= 17,
              "SORT_CODE": n == 6}[typ]
    elif typ == "PHONE":
        plus = "+" if re.match(r"\s*(\+|plus\b)", text.lower()) else ""
        v = plus + spoken_to_chars(re.sub(r"^\s*(\+|plus\b)", "", text.lower()))
        ok = 10 <= len(v.lstrip("+")) <= 13
    elif typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
        v = spoken_to_chars(text, letters=True).upper()
        if typ == "NI_NUMBER":
            ok = bool(NI_RE.fullmatch(v))
        elif typ == "IBAN":
            ok = iban_ok(v)
        else:
            ok = bool(UK_PC.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v))
    elif typ == "EMAIL":
        v = norm_email(text)
        ok = bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v.lower()))
    elif typ == "EXPIRY":
        low = text.lower()
        v = low
        if any(m in low for m in MONTHS) or re.search(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|"
                                                     r"oct|nov|dec)\b", low):
            ok = bool(re.search(r"\d|twenty|thirty", low))
        else:
            d = spoken_to_chars(low)
            ok = d.isdigit() and 3 <= len(d) <= 6 and 1 <= int(d[:2] if len(d) in (4, 6) else d[:1]) <= 12
    elif typ == "DOB":
        low = text.lower()
        v = low
        has_month = any(m in low for m in MONTHS) or re.search(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}", low)
        has_year = re.search(r"(19|20)\d\d|nineteen|two thousand|twenty (oh|o|twenty|ten|eleven|twelve)|"
                             r"\d{1,2}[/.\-]\d{2}$", low)
        ok = bool(has_month and has_year)
    elif typ == "ADDRESS":
        v = text
        ok = bool(STREET.search(text)) and bool(re.search(r"\d|one|two|three|four|five|six|seven|"
                                                          r"eight|nine|ten|twenty|thirty|forty|"
                                                          r"fifty|hundred|teen", text.lower()))
    else:
        raise ValueError("unknown type " + typ)
    if not ok:
        raise ValueError("invalid %s value %r -> %r" % (typ, text, v))
    return v


# --------------------------------------------------------------- case builder
class V:
    def __init__(self, text, typ, gid=None, partial=False):
        self.text, self.typ, self.gid, self.partial = text, typ, gid, partial


class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns = kind, note, []
        self.groups = {}   # gid -> (typ, canonical or None)

    def group(self, typ, canon=None):
        g = len(self.groups)
        self.groups[g] = (typ, canon)
        return g

    def t(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s != ""]))
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)

    def render(self):
        turns, spans, groups = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            buf = ""
            for s in segs:
                if isinstance(s, V):
                    st = len(buf)
                    buf += s.text
                    spans.append({"turn": ti, "start": st, "end": len(buf), "type": s.typ})
                    groups.append((s.gid, s.partial))
                else:
                    buf += s
            turns.append({"speaker": spk, "text": buf})
        return turns, spans, groups


def val(text, typ, case, canon=None):
    g = case.group(typ, canon)
    return V(text, typ, g)


def pieces(texts, typ, case, canon=None):
    g = case.group(typ, canon)
    return [V(t, typ, g) for t in texts]


# ------------------------------------------------------------- value makers
def luhn_complete(prefix, length, r):
    s = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(s + d):
            return s + d


def make_card(r, kind=None):
    kind = kind or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "mc2", "visa"])
    if kind == "visa":
        return luhn_complete("4" + str(r.randrange(10)), 16, r), kind
    if kind == "mc":
        return luhn_complete(str(r.randrange(51, 56)), 16, r), kind
    if kind == "mc2":
        return luhn_complete(str(r.randrange(2221, 2721)), 16, r), kind
    if kind == "amex":
        return luhn_complete(r.choice(["34", "37"]), 15, r), kind
    if kind == "disc":
        return luhn_complete("6011", 16, r), kind
    if kind == "visa13":
        return luhn_complete("4", 13, r), kind
    if kind == "maestro19":
        return luhn_complete("6759", 19, r), kind
    if kind == "up19":
        return luhn_complete("62", 19, r), kind


def card_groups(card):
    if len(card) == 15:
        return [4, 6, 5]
    if len(card) == 13:
        return [4, 3, 3, 3]
    if len(card) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def split_by(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def make_ssn(r):
    while True:
        a = r.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randrange(1, 100), r.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(r):
    while True:
        p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(str(r.randrange(10)) for _ in range(6)) + r.choice("ABCD")


def iban_make(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return cc + "%02d" % (98 - int(n) % 97) + bban


def make_iban(r, cc=None):
    cc = cc or r.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    dg = lambda n: "".join(str(r.randrange(10)) for _ in range(n))
    if cc in ("GB", "IE"):
        bank = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if cc == "GB" else ["AIBK", "BOFI", "IPBS"])
        bban = bank + dg(14)
    elif cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    else:
        bban = dg(20)
    return iban_make(cc, bban)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def make_phone(r, kind=None):
    """return (canonical digits with optional +, list of group strings)"""
    kind = kind or r.choice(["ukmob", "uklon", "ukgeo", "us", "ie", "ukmobi", "usi", "iei", "dei"])
    d = lambda n: "".join(str(r.randrange(10)) for _ in range(n))
    if kind == "ukmob":
        g = ["07" + str(r.randrange(3, 10)) + d(2), d(6)]
    elif kind == "ukmobi":
        g = ["+44", "7" + str(r.randrange(3, 10)) + d(2), d(6)]
    elif kind == "uklon":
        g = ["020", str(r.randrange(3, 9)) + d(3), d(4)]
    elif kind == "ukgeo":
        g = ["01" + r.choice(["61", "13", "21", "31", "41"]), str(r.randrange(2, 10)) + d(2), d(4)]
    elif kind == "us":
        g = [str(r.randrange(2, 10)) + d(2), str(r.randrange(2, 10)) + d(2), d(4)]
    elif kind == "usi":
        g = ["+1", str(r.randrange(2, 10)) + d(2), str(r.randrange(2, 10)) + d(2), d(4)]
    elif kind == "ie":
        g = ["08" + r.choice("35679"), d(3), d(4)]
    elif kind == "dei":
        g = ["+49", "15" + r.choice("12579"), d(4), d(4)]
    else:
        g = ["+353", "8" + r.choice("35679"), d(3), d(4)]
    return kind, g


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "emma", "david", "priya", "tom",
         "grace", "sean", "olivia", "daniel", "chloe", "kevin", "niamh", "marcus", "fatima",
         "lucy", "ryan", "hannah", "ciaran", "maria", "peter", "jade"]
LAST = ["smith", "okafor", "murphy", "patel", "brennan", "walsh", "nguyen", "kowalski",
        "hughes", "reilly", "evans", "garcia", "byrne", "khan", "taylor", "doyle", "morgan",
        "fischer", "ryan", "lopez"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "live.ie", "protonmail.com"]
STREETS = ["hawthorn", "queens", "station", "church", "mill", "park", "victoria", "elm",
           "maple", "ashgrove", "kingsley", "oak", "willow", "bridge", "high", "orchard",
           "main", "sycamore", "riverside", "cedar"]
SUFFIX = ["road", "street", "avenue", "lane", "drive", "close", "way", "crescent", "court",
          "terrace", "gardens", "grove"]
US_SUFFIX = ["street", "avenue", "drive", "boulevard", "lane", "road", "court", "way"]
UK_TOWNS = ["leeds", "manchester", "bristol", "glasgow", "cardiff", "norwich", "york", "belfast"]
US_TOWNS = ["austin", "columbus", "denver", "tampa", "portland", "raleigh", "phoenix"]


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n >= 1000:
        th, rest = divmod(n, 1000)
        return num_words(th) + " thousand" + ("" if rest == 0 else (" and " if rest < 100 else " ") + num_words(rest))
    h, rest = divmod(n, 100)
    return UNITS[h] + " hundred" + ("" if rest == 0 else " and " + num_words(rest))


def make_uk_postcode(r):
    area = r.choice(["SW", "M", "LS", "B", "G", "CF", "BS", "NR", "YO", "BT", "E", "N", "EH",
                     "L", "S", "NG", "CB", "OX", "RG", "SE", "W"])
    dist = str(r.randrange(1, 20))
    inward = str(r.randrange(1, 10)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist, inward


def say_letters(s, r, style=None):
    out = []
    for ch in s:
        st = style or r.choice(["plain", "plain", "nato", "name"])
        if ch.isdigit():
            out.append(UNITS[int(ch)] if ch != "0" else "zero")
        elif st == "nato" and ch in NATO:
            out.append(r.choice(["%s for %s", "%s as in %s", "%s for %s"]) % (ch.lower(), NATO[ch])
                       if r.random() < 0.7 else NATO[ch])
        elif st == "name" and ch in LNAMES:
            out.append(LNAMES[ch])
        else:
            out.append(ch.lower())
    return " ".join(out)


def say_postcode(out, inw, r):
    # out like "SW14": letters then number
    m = re.match(r"([A-Z]+)(\d+)", out)
    letters, num = m.group(1), m.group(2)
    a = say_letters(letters, r)
    if len(num) == 2 and r.random() < 0.5:
        b = say_pair(num)
    else:
        b = say_digits(num, r, "zero", doubles=0)
    c = UNITS[int(inw[0])] + " " + say_letters(inw[1:], r)
    return a + " " + b + " " + c


# ================================================================ templates
IND_CALL = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]
ACKS = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got that", "yeah", "go ahead"]
FILL = ["um ", "uh ", "er ", "", "", ""]


def zero_style(r):
    return r.choice(["oh", "oh", "zero", "o", "nought", "zero"])


def exp_value(r):
    return "%02d" % r.randrange(1, 13), "%02d" % r.randrange(26, 32)


def say_expiry(r, mm, yy, spoken=True):
    st = r.randrange(4)
    if not spoken:
        return r.choice(["%s/%s", "%s/20%s", "%s-%s", "%s %s"]) % (mm, yy)
    if st == 0:
        return say_pair(mm, "oh") + " " + say_pair(yy)
    if st == 1:
        return MONTHS[int(mm) - 1] + " twenty " + say_pair(yy)
    if st == 2:
        return say_pair(mm, "zero") + " slash " + say_pair(yy)
    return MONTHS[int(mm) - 1] + " " + say_pair(yy)


def cvv_value(r, n=3):
    return "".join(str(r.randrange(10)) for _ in range(n))


def card_call_single(r, cs, ind):
    card, kind = make_card(r, r.choice([None, None, "visa13", "maestro19"]) if r.random() < 0.15 else None)
    style = r.choice(["digits", "pairs", "mixed", "digits"])
    z = zero_style(r)
    chunks = say_chunks(card, card_groups(card), r, z, style, homo=0.15 if r.random() < 0.4 else 0)
    cs.note = "call/%s: %s card read %s in one turn" % (ind, kind, style)
    cs.a(r.choice(["can i take the long card number please", "and the sixteen digits on the front",
                   "go ahead with the card number", "what's the card number you'd like to use"]))
    sep = r.choice([" ", " ", ", "])
    cs.c(r.choice(["yeah it's ", "sure ", "okay so ", "it's ", "right "]),
         val(sep.join(chunks), "CARD_NUMBER", cs, card),
         r.choice(["", " i think", " yeah", ""]))
    if r.random() < 0.5:
        mm, yy = exp_value(r)
        cs.a("and the expiry date")
        cs.c(r.choice(["", "it's ", "expires "]), val(say_expiry(r, mm, yy), "EXPIRY", cs))
        if r.random() < 0.6:
            cvv = cvv_value(r, 4 if kind == "amex" else 3)
            cs.a(r.choice(["and the security code on the back", "last three digits on the back please",
                           "and the cvv"]))
            cs.c(r.choice(["", "it's ", "that's "]), val(say_digits(cvv, r, z, doubles=0.2), "CVV", cs))


def card_call_split(r, cs, ind):
    card, kind = make_card(r)
    z = zero_style(r)
    chunks = say_chunks(card, card_groups(card), r, z, r.choice(["digits", "mixed", "pairs"]))
    cs.note = "call/%s: %s card split over customer turns with back-channels" % (ind, kind)
    g = cs.group("CARD_NUMBER", card)
    cs.a("okay when you're ready the card number")
    for k, ch in enumerate(chunks):
        pre = r.choice(["", "", "right ", "so ", "um "]) if k == 0 else r.choice(["", "", "then ", "uh "])
        post = r.choice(["", "", " um", ""])
        cs.c(pre, V(ch, "CARD_NUMBER", g), post)
        if k < len(chunks) - 1:
            cs.a(r.choice(ACKS))
    if r.random() < 0.5:
        cs.a("thank you and the expiry")
        mm, yy = exp_value(r)
        cs.c(val(say_expiry(r, mm, yy), "EXPIRY", cs))


def card_call_readback(r, cs, ind):
    card, kind = make_card(r)
    z = zero_style(r)
    groups = card_groups(card)
    cchunks = say_chunks(card, groups, r, z, "digits")
    achunks = say_chunks(card, groups, r, z, r.choice(["digits", "pairs"]))
    cs.note = "call/%s: card given then read back by the agent in a different spoken form" % ind
    cs.a("what's the card number")
    cs.c(val(" ".join(cchunks), "CARD_NUMBER", cs, card))
    cs.a("let me read that back ", val(" ".join(achunks), "CARD_NUMBER", cs, card), " is that right")
    cs.c(r.choice(["yes that's it", "yeah correct", "yep"]))


def card_call_correction(r, cs, ind):
    card, kind = make_card(r, r.choice(["visa", "mc"]))
    z = zero_style(r)
    parts = split_by(card, [4, 4, 4, 4])
    wrong = list(parts[1])
    wrong[2] = str((int(wrong[2]) + 3) % 10)
    wrong = "".join(wrong)
    cs.note = "call/%s: self-correction of one group inside the card reading" % ind
    g = cs.group("CARD_NUMBER", card)
    gp = cs.group("CARD_NUMBER")
    cs.a("and the card number please")
    cs.c(V(say_digits(parts[0], r, z), "CARD_NUMBER", g), " ", V(say_digits(wrong, r, z), "CARD_NUMBER", gp, True),
         r.choice([" no sorry ", " oh wait no ", " sorry i mean "]),
         V(say_digits(parts[1], r, z), "CARD_NUMBER", g))
    cs.a(r.choice(ACKS))
    cs.c(V(say_digits(parts[2], r, z) + " " + say_digits(parts[3], r, z), "CARD_NUMBER", g))


def card_chat(r, cs, ind):
    card, kind = make_card(r, r.choice([None, None, None, "visa13", "maestro19", "up19"]))
    gs = split_by(card, card_groups(card))
    st = r.randrange(7)
    if st == 0:
        txt = " ".join(gs)
    elif st == 1:
        txt = "-".join(gs)
    elif st == 2:
        txt = card
    elif st == 3:
        txt = ".".join(gs)
    elif st == 4:
        txt = gs[0] + " " + "".join(gs[1:3]) + " " + "".join(gs[3:])
    elif st == 5:
        txt = " - ".join(gs)
    else:
        txt = "  ".join(gs)
    cs.note = "chat/%s: %s card typed with separator style %d" % (ind, kind, st)
    if r.random() < 0.5:
        mm, yy = exp_value(r)
        cvv = cvv_value(r, 4 if kind == "amex" else 3)
        cs.c(r.choice(["hi can u take payment pls card ", "Card no: ", "here u go ", "pay with this one "]),
             val(txt, "CARD_NUMBER", cs, card), r.choice([" exp ", " expiry ", ", exp: ", " valid till "]),
             val(say_expiry(r, mm, yy, spoken=False), "EXPIRY", cs),
             r.choice([" cvv ", " sec code ", " and the code on the back is ", ", cvc "]),
             val(cvv, "CVV", cs), r.choice(["", " thanks", " ty", "."]))
        cs.note += " with expiry and cvv in the same message"
    else:
        cs.a("Please type the long number on your card.")
        cs.c(r.choice(["", "its ", "ok ", "sure, "]), val(txt, "CARD_NUMBER", cs, card),
             r.choice(["", " ", " thx", " - balance is £" + str(r.randrange(20, 900)) + ".00 right?"]))


def card_chat_split(r, cs, ind):
    card, kind = make_card(r, "visa")
    gs = split_by(card, [4, 4, 4, 4])
    g = cs.group("CARD_NUMBER", card)
    cs.note = "chat/%s: card typed over two chat messages" % ind
    cs.a("What card would you like to use?")
    cs.c(r.choice(["", "visa "]), V(gs[0] + " " + gs[1], "CARD_NUMBER", g))
    cs.c(V(gs[2] + " " + gs[3], "CARD_NUMBER", g), r.choice(["", " sorry hit enter too soon"]))


def card_call_asr_mixed(r, cs, ind):
    card, kind = make_card(r, r.choice(["visa", "mc", "disc"]))
    gs = split_by(card, [4, 4, 4, 4])
    z = zero_style(r)
    out = []
    for k, gg in enumerate(gs):
        out.append(gg if r.random() < 0.4 else say_digits(gg, r, z, homo=0.3))
    cs.note = "call/%s: ASR output mixing numerals and number words (and homophones) in card" % ind
    cs.a("and the card number")
    cs.c(r.choice(["it is ", "yeah ", ""]), val(" ".join(out), "CARD_NUMBER", cs, card),
         " and the amount is " + num_words(r.randrange(20, 400)) + " pounds")


def card_call_amex(r, cs, ind):
    card, kind = make_card(r, "amex")
    z = zero_style(r)
    gs = split_by(card, [4, 6, 5])
    g = cs.group("CARD_NUMBER", card)
    cs.note = "call/%s: amex 4-6-5 with 'then the six' style prompts" % ind
    cs.a("it's an amex so that's fifteen digits go ahead")
    cs.c(V(say_chunks(gs[0], [4], r, z, "pairs")[0], "CARD_NUMBER", g))
    cs.a("then the six")
    cs.c(V(say_chunks(gs[1], [6], r, z, r.choice(["pairs", "digits"]))[0], "CARD_NUMBER", g))
    cs.a("and the last five")
    cs.c(r.choice(["", "uh "]), V(say_digits(gs[2], r, z), "CARD_NUMBER", g))
    cvv = cvv_value(r, 4)
    cs.a("and the four digit code on the front")
    cs.c(val(say_chunks(cvv, [4], r, z, "pairs")[0], "CVV", cs))


def card_call_hundreds(r, cs, ind):
    card, kind = make_card(r, "visa")
    z = zero_style(r)
    # groups of 3 read with hundreds where possible
    out = []
    i = 0
    sizes = [3, 3, 3, 3, 4]
    for n in sizes:
        c = card[i:i + n]
        i += n
        out.append(say_triple(c, r, z) if n == 3 else say_chunks(c, [4], r, z, "pairs")[0])
    cs.note = "call/%s: card read in threes using hundreds ('four hundred and twelve')" % ind
    cs.a("what's the number on the card")
    cs.c(r.choice(["okay ", ""]), val(" ".join(out), "CARD_NUMBER", cs, card))


def card_full_call(r, cs, ind):
    card, kind = make_card(r, r.choice(["visa", "mc", "mc2", "disc"]))
    z = zero_style(r)
    mm, yy = exp_value(r)
    cvv = cvv_value(r)
    cs.note = "call/%s: card, expiry and cvv given in consecutive turns, agent asks for each" % ind
    cs.a("can i take the card details please the long number first")
    cs.c(val(" ".join(say_chunks(card, [4, 4, 4, 4], r, z, "mixed")), "CARD_NUMBER", cs, card))
    cs.a(r.choice(["and the expiry date", "when does it expire", "valid until"]))
    cs.c(r.choice(["", "uh ", "it's "]), val(say_expiry(r, mm, yy), "EXPIRY", cs),
         r.choice(["", " i think", ""]))
    cs.a(r.choice(["and the three digit security code", "the last three on the signature strip"]))
    cs.c(r.choice(["", "it's ", "uh "]), val(say_digits(cvv, r, z, doubles=0.5) if r.random() < 0.7 else say_triple(cvv, r, z), "CVV", cs),
         " and can you take " + num_words(r.randrange(20, 300)) + " pounds off it")


def card_chat_odd(r, cs, ind):
    card, kind = make_card(r, r.choice(["visa", "mc", "amex", "disc"]))
    st = r.randrange(4)
    if st == 0:
        txt = " ".join(card[i:i + 5] for i in range(0, len(card), 5))
    elif st == 1:
        txt = card[:6] + " " + card[6:]
    elif st == 2:
        txt = "/".join(card[i:i + 4] for i in range(0, len(card), 4))
    else:
        txt = " ".join(card[i:i + 2] for i in range(0, len(card), 2))
    cs.note = "chat/%s: card typed with unusual grouping %d and typos around it" % (ind, st)
    cs.c(r.choice(["cc# ", "crd nmber ", "heres the card: ", "card nr "]), val(txt, "CARD_NUMBER", cs, card),
         r.choice(["", " pls charge £" + str(r.randrange(5, 99)) + ".50", " (its my wifes card)"]))


def card_call_filler(r, cs, ind):
    card, kind = make_card(r, r.choice(["visa", "mc"]))
    z = zero_style(r)
    gs = split_by(card, [4, 4, 4, 4])
    g = cs.group("CARD_NUMBER", card)
    fill = [r.choice([" um ", " uh ", " hang on ", " let me just ", " sorry ", " er "]) for _ in range(3)]
    cs.note = "call/%s: card in one turn interrupted by fillers between groups (fillers outside spans)" % ind
    cs.a("the card number please")
    cs.c("yeah ", V(say_digits(gs[0], r, z), "CARD_NUMBER", g), fill[0], V(say_digits(gs[1], r, z), "CARD_NUMBER", g),
         fill[1], V(say_chunks(gs[2], [4], r, z, "pairs")[0], "CARD_NUMBER", g), fill[2],
         V(say_digits(gs[3], r, z), "CARD_NUMBER", g), " that's the one")


CARD_T = [card_chat_odd, card_call_filler, card_full_call, card_call_single, card_call_split, card_call_readback, card_call_correction, card_chat,
          card_chat_split, card_call_asr_mixed, card_call_amex, card_call_hundreds]


def ni_spoken(ni, r, lstyle=None, dstyle=None):
    lstyle = lstyle or r.choice(["plain", "nato", "name", None])
    dstyle = dstyle or r.choice(["digits", "pairs", "mixed"])
    a = say_letters(ni[:2], r, lstyle)
    if dstyle == "pairs":
        b = say_chunks(ni[2:8], [2, 2, 2], r, "oh", "pairs")
    elif dstyle == "digits":
        b = [say_digits(ni[2:8], r, zero_style(r))]
    else:
        b = say_chunks(ni[2:8], [2, 2, 2], r, zero_style(r), "mixed")
    c = say_letters(ni[8], r, lstyle if lstyle != "name" else r.choice(["name", "plain"]))
    return a, " ".join(b), c


def ni_call_single(r, cs, ind):
    ni = make_ni(r)
    a, b, c = ni_spoken(ni, r)
    cs.note = "call/government services: NI number spoken letters+digits+suffix in one turn"
    cs.a(r.choice(["can i take your national insurance number", "what's your n i number please",
                   "and your national insurance number for security"]))
    cs.c(r.choice(["yeah it's ", "it's ", "okay ", "um "]), val(a + " " + b + " " + c, "NI_NUMBER", cs, ni))


def ni_call_split(r, cs, ind):
    ni = make_ni(r)
    a, b, c = ni_spoken(ni, r)
    g = cs.group("NI_NUMBER", ni)
    cs.note = "call/%s: NI number split: letters, digits, suffix letter in separate turns" % ind
    cs.a("national insurance number please")
    cs.c(r.choice(["the letters are ", "starts with ", "okay "]), V(a, "NI_NUMBER", g))
    cs.a(r.choice(ACKS))
    if r.random() < 0.5:
        z = zero_style(r)
        cs.c(V(say_digits(ni[2:5], r, z), "NI_NUMBER", g))
        cs.a(r.choice(ACKS))
        cs.c(V(say_digits(ni[5:8], r, z), "NI_NUMBER", g))
    else:
        cs.c(r.choice(["then ", "", "numbers "]), V(b, "NI_NUMBER", g))
    cs.a(r.choice(["and the letter at the end", "and the last letter"]))
    cs.c(r.choice(["", "it's ", "that's "]), V(c, "NI_NUMBER", g))


def ni_chat(r, cs, ind):
    ni = make_ni(r)
    st = r.randrange(7)
    if st == 0:
        txt = ni
    elif st == 1:
        txt = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif st == 2:
        txt = ni.lower()
    elif st == 3:
        txt = " ".join(ni)
    elif st == 4:
        txt = "%s-%s-%s" % (ni[:2], ni[2:8], ni[8])
    elif st == 5:
        txt = "%s %s %s" % (ni[:2].lower(), ni[2:8], ni[8].lower())
    else:
        txt = "%s%s %s" % (ni[:2], ni[2:8], ni[8])
    cs.note = "chat/%s: NI number typed, format style %d" % (ind, st)
    cs.a("Could you confirm your National Insurance number?")
    cs.c(r.choice(["", "sure its ", "NI: ", "ni no is ", "yes, "]), val(txt, "NI_NUMBER", cs, ni),
         r.choice(["", " thanks", ". i started the job on 3 " + r.choice(MONTHS).title(), " (from my p60)"]))


def ni_call_readback(r, cs, ind):
    ni = make_ni(r)
    a, b, c = ni_spoken(ni, r, "plain")
    a2, b2, c2 = ni_spoken(ni, r, "nato", r.choice(["pairs", "digits"]))
    cs.note = "call/%s: NI number given plainly then agent reads back with phonetic alphabet" % ind
    cs.a("and your national insurance number")
    cs.c(val(a + " " + b + " " + c, "NI_NUMBER", cs, ni))
    cs.a("so that's ", val(a2 + " " + b2 + " " + c2, "NI_NUMBER", cs, ni), " yeah")
    cs.c("that's right")


def ni_call_correction(r, cs, ind):
    ni = make_ni(r)
    a, b, c = ni_spoken(ni, r, "plain", "digits")
    g = cs.group("NI_NUMBER", ni)
    cs.note = "call/%s: NI number with correction of suffix letter in a later turn" % ind
    wrong = "ABCD"[("ABCD".index(ni[8]) + 1) % 4]
    cs.a("what's your national insurance number")
    cs.c(V(a + " " + b, "NI_NUMBER", g), " ", V(wrong.lower(), "NI_NUMBER", cs.group("NI_NUMBER"), True))
    cs.a("okay " + r.choice(["and that's everything", "let me check"]))
    cs.c("oh sorry the last letter is ", V(say_letters(ni[8], r, "nato"), "NI_NUMBER", g), " not ",
         wrong.lower())


def ni_call_asr(r, cs, ind):
    ni = make_ni(r)
    # letter homophones plus digits with pairs
    a = " ".join(LNAMES.get(ch, ch.lower()) for ch in ni[:2])
    b = " ".join(say_chunks(ni[2:8], [2, 2, 2], r, "oh", "pairs"))
    c = {"A": "a", "B": "bee", "C": "sea", "D": "dee"}[ni[8]]
    cs.note = "call/%s: NI number with ASR letter homophones (jay, kay, sea) and paired digits" % ind
    cs.a("can you give me your national insurance")
    cs.c(r.choice(["yeah so ", "it is ", ""]), val(a + " " + b + " " + c, "NI_NUMBER", cs, ni),
         r.choice(["", " i've had it since i was sixteen", " and i'm calling about my pension"]))


def ni_double(r, cs, ind):
    while True:
        L = r.choice("ACEHJKLMNPRSTWY")
        break
    ni = L + L + "".join(str(r.randrange(10)) for _ in range(6)) + r.choice("ABCD")
    z = zero_style(r)
    a = "double " + (L.lower() if L != "W" else "you")
    b = " ".join(say_chunks(ni[2:8], [2, 2, 2], r, z, "mixed"))
    cs.note = "call/%s: NI number with doubled prefix letter ('double a')" % ind
    cs.a("what's your national insurance number please")
    cs.c(r.choice(["it's ", "yeah ", ""]), val(a + " " + b + " " + say_letters(ni[8], r), "NI_NUMBER", cs, ni))


def ni_mixed_asr(r, cs, ind):
    ni = make_ni(r)
    a = say_letters(ni[:2], r, "plain")
    b = " ".join(d if r.random() < 0.3 else dword(d, "oh", r, 0.35) for d in ni[2:8])
    cs.note = "call/%s: NI number with ASR numerals mixed in and homophones (to/for/ate)" % ind
    cs.a("national insurance number")
    cs.c("okay it's ", val(a + " " + b + " " + ni[8].lower(), "NI_NUMBER", cs, ni), " and the claim was in " + r.choice(MONTHS))


def ni_chat_messy(r, cs, ind):
    ni = make_ni(r)
    st = r.randrange(4)
    txt = ["%s %s%s %s%s" % (ni[:2].lower(), ni[2:4], ni[4:6], ni[6:8], ni[8].lower()),
           "%s.%s.%s.%s.%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
           "%s%s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
           "%s %s %s" % (ni[:2], ni[2:8], ni[8])][st]
    cs.note = "chat/%s: NI typed in a messy message with other numbers (style %d)" % (ind, st)
    cs.c(r.choice(["hiya my nino is ", "NI no. ", "ni number = ", "Nat Ins: "]), val(txt, "NI_NUMBER", cs, ni),
         ", i earned £%d,%03d last tax year and worked %d hours a week" % (r.randrange(10, 60), r.randrange(1000), r.randrange(10, 45)))


NI_T = [ni_double, ni_mixed_asr, ni_chat_messy, ni_call_single, ni_call_split, ni_chat, ni_call_readback, ni_call_correction, ni_call_asr]


def ssn_spoken(ssn, r):
    st = r.randrange(5)
    z = zero_style(r)
    if st == 0:
        return say_digits(ssn, r, z)
    if st == 1:
        return " ".join(say_digits(p, r, z) for p in split_by(ssn, [3, 2, 4]))
    if st == 2:
        return " dash ".join(say_digits(p, r, z) for p in split_by(ssn, [3, 2, 4]))
    if st == 3:
        p = split_by(ssn, [3, 2, 4])
        return " ".join([say_triple(p[0], r, z), say_pair(p[1], z), say_pair(p[2][:2], z) + " " + say_pair(p[2][2:], z)])
    p = split_by(ssn, [3, 2, 4])
    return " ".join([say_digits(p[0], r, z), say_pair(p[1], z), say_digits(p[2], r, z)])


def ssn_call_single(r, cs, ind):
    ssn = make_ssn(r)
    cs.note = "call/%s: US SSN spoken in one turn" % ind
    cs.a(r.choice(["can i get your social security number", "and your social to verify",
                   "what's the social on the account"]))
    cs.c(r.choice(["sure it's ", "yeah ", "okay it's ", "", "uh "]), val(ssn_spoken(ssn, r), "SSN", cs, ssn),
         r.choice(["", " and i'm calling about the bill from march", ""]))


def ssn_call_split(r, cs, ind):
    ssn = make_ssn(r)
    z = zero_style(r)
    p = split_by(ssn, [3, 2, 4])
    g = cs.group("SSN", ssn)
    cs.note = "call/%s: SSN split 3-2-4 over turns with back-channels" % ind
    cs.a("i'll need your social security number")
    cs.c(r.choice(["okay the first three are ", "", "it's "]), V(say_digits(p[0], r, z) if r.random() < 0.6 else say_triple(p[0], r, z), "SSN", g))
    cs.a(r.choice(ACKS))
    cs.c(V(say_digits(p[1], r, z) if r.random() < 0.5 else say_pair(p[1], z), "SSN", g))
    cs.a(r.choice(ACKS))
    cs.c(r.choice(["", "and ", "then "]), V(say_chunks(p[2], [4], r, z)[0], "SSN", g))


def ssn_chat(r, cs, ind):
    ssn = make_ssn(r)
    p = split_by(ssn, [3, 2, 4])
    st = r.randrange(6)
    txt = ["-".join(p), " ".join(p), ssn, ".".join(p), "%s-%s %s" % tuple(p), "%s / %s / %s" % tuple(p)][st]
    cs.note = "chat/%s: SSN typed, format style %d" % (ind, st)
    cs.c(r.choice(["my ssn is ", "SSN: ", "social ", "ok here: ", "ss# "]), val(txt, "SSN", cs, ssn),
         r.choice(["", " - claim is for $" + str(r.randrange(100, 3000)), " thx"]))


def ssn_call_readback(r, cs, ind):
    ssn = make_ssn(r)
    cs.note = "call/%s: SSN given and read back by agent" % ind
    cs.a("and the social security number")
    cs.c(val(ssn_spoken(ssn, r), "SSN", cs, ssn))
    cs.a("i have ", val(ssn_spoken(ssn, r), "SSN", cs, ssn), " is that correct")
    cs.c("yes ma'am")


def ssn_call_dob(r, cs, ind):
    ssn = make_ssn(r)
    y = r.randrange(1950, 2002)
    m = r.randrange(1, 13)
    d = r.randrange(1, 29)
    dob = MONTHS[m - 1] + " " + ORD[d] + " " + say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])
    cs.note = "call/%s: SSN and date of birth in the same customer turn" % ind
    cs.a("to verify i need your social and date of birth")
    cs.c(r.choice(["okay social is ", "sure it's "]), val(ssn_spoken(ssn, r), "SSN", cs, ssn),
         r.choice([" and i was born ", " and my birthday is ", " date of birth "]), val(dob, "DOB", cs))


def ssn_call_correction(r, cs, ind):
    ssn = make_ssn(r)
    z = zero_style(r)
    p = split_by(ssn, [3, 2, 4])
    wrong = p[2][:3] + str((int(p[2][3]) + 2) % 10)
    g = cs.group("SSN", ssn)
    cs.note = "call/%s: SSN where caller corrects the last four" % ind
    cs.a("social security number please")
    cs.c(V(say_digits(p[0] + p[1], r, z), "SSN", g), " ", V(say_digits(wrong, r, z), "SSN", cs.group("SSN"), True),
         " no wait ", V(say_digits(p[2], r, z), "SSN", g), r.choice(["", " sorry"]))


def ssn_mixed_asr(r, cs, ind):
    ssn = make_ssn(r)
    p = split_by(ssn, [3, 2, 4])
    z = zero_style(r)
    parts = [p[0] if r.random() < 0.5 else say_digits(p[0], r, z, homo=0.3),
             say_pair(p[1], z) if r.random() < 0.5 else p[1],
             p[2] if r.random() < 0.4 else say_digits(p[2], r, z, homo=0.3)]
    cs.note = "call/%s: SSN with ASR numerals mixed with words and homophones" % ind
    cs.a("and the social")
    cs.c(r.choice(["yeah it's ", "sure ", ""]), val(" ".join(parts), "SSN", cs, ssn),
         r.choice(["", " i moved here in twenty nineteen", " and my balance is like two hundred dollars"]))


def ssn_chat_messy(r, cs, ind):
    ssn = make_ssn(r)
    p = split_by(ssn, [3, 2, 4])
    st = r.randrange(3)
    txt = ["%s - %s - %s" % tuple(p), "%s %s-%s" % tuple(p), "%s_%s_%s" % tuple(p)][st]
    cs.note = "chat/%s: SSN typed with odd separators next to a dollar amount and a date" % ind
    cs.a("To verify, please provide your Social Security number.")
    cs.c(r.choice(["ok ", "sure. ", "fine - "]), val(txt, "SSN", cs, ssn),
         ". i paid $%d on %d/%d" % (r.randrange(20, 999), r.randrange(1, 13), r.randrange(1, 29)))


SSN_T = [ssn_mixed_asr, ssn_chat_messy, ssn_call_single, ssn_call_split, ssn_chat, ssn_call_readback, ssn_call_dob, ssn_call_correction]


def phone_spoken(kind, g, r):
    z = r.choice(["oh", "oh", "zero", "o"])
    parts = []
    for k, p in enumerate(g):
        if p.startswith("+"):
            parts.append("plus " + say_digits(p[1:], r, z, doubles=0))
        elif len(p) in (2, 4) and r.random() < 0.3 and kind.startswith("us"):
            parts.append(" ".join(say_pair(p[i:i + 2], z) for i in range(0, len(p), 2)))
        else:
            parts.append(say_digits(p, r, z))
    return parts


def phone_call(r, cs, ind):
    kind, g = make_phone(r)
    canon = "".join(g)
    parts = phone_spoken(kind, g, r)
    cs.note = "call/%s: %s phone number spoken" % (ind, kind)
    cs.a(r.choice(["what's the best number to reach you on", "can i take a contact number",
                   "and a phone number for the account"]))
    if r.random() < 0.5:
        cs.c(r.choice(["yeah it's ", "it's ", "my mobile is "]), val(" ".join(parts), "PHONE", cs, canon))
    else:
        gid = cs.group("PHONE", canon)
        for k, p in enumerate(parts):
            cs.c(V(p, "PHONE", gid))
            if k < len(parts) - 1:
                cs.a(r.choice(ACKS))
        cs.note += " split over turns"


def phone_chat(r, cs, ind):
    kind, g = make_phone(r)
    canon = "".join(g)
    if kind in ("us", "usi"):
        txt = r.choice(["%s-%s-%s", "%s.%s.%s", "%s %s %s", "(%s) %s-%s"]) % tuple(g[-3:])
        if kind == "usi":
            txt = "+1 " + txt
    else:
        txt = r.choice([" ", "", "-"]).join(g)
    cs.note = "chat/%s: %s phone typed" % (ind, kind)
    cs.c(r.choice(["call me back on ", "my number is ", "pls text ", "tel: "]), val(txt, "PHONE", cs, canon),
         r.choice(["", " after 5pm", " any time before 6", " thanks"]))


def email_call(r, cs, ind):
    f, l = r.choice(FIRST), r.choice(LAST)
    n = r.randrange(1, 99)
    dom = r.choice(DOMAINS)
    sep = r.choice([".", "_", "", "-"])
    local = f + sep + l + (str(n) if r.random() < 0.5 else "")
    addr = local + "@" + dom
    sp = {".": " dot ", "_": " underscore ", "": " ", "-": " dash "}[sep]
    loc_spoken = (f if r.random() < 0.6 else " ".join(f)) + sp.rstrip() + " " + l
    if local[-1].isdigit():
        loc_spoken += " " + num_words(n)
    if sep == "":
        loc_spoken = f + " " + l + ((" " + num_words(n)) if local[-1].isdigit() else "")
    spoken = loc_spoken.replace("  ", " ") + " at " + dom.replace(".", " dot ")
    cs.note = "call/%s: e-mail address spoken with 'at' and 'dot'" % ind
    cs.a("and an email address for the confirmation")
    cs.c(r.choice(["yeah it's ", "sure ", "it's "]), V(spoken, "EMAIL", cs.group("EMAIL", addr)))


def email_chat(r, cs, ind):
    f, l = r.choice(FIRST), r.choice(LAST)
    addr = r.choice(["%s.%s", "%s_%s", "%s%s", "%s.%s%d" % ("%s", "%s", r.randrange(1, 99))]) % (f, l) + "@" + r.choice(DOMAINS)
    if r.random() < 0.3:
        addr = addr[0].upper() + addr[1:]
    cs.note = "chat/%s: e-mail typed" % ind
    cs.c(r.choice(["email is ", "send it to ", "my e-mail: ", "pls update my email to "]), val(addr, "EMAIL", cs),
         r.choice(["", " thanks", ". order was £" + str(r.randrange(10, 200)), "!"]))


def make_dob(r):
    y = r.randrange(1940, 2004)
    return y, r.randrange(1, 13), r.randrange(1, 29)


def dob_call(r, cs, ind):
    y, m, d = make_dob(r)
    ys = str(y)
    yspoken = say_pair(ys[:2]) + " " + say_pair(ys[2:], "oh") if y < 2000 else ("two thousand and " + num_words(y - 2000) if r.random() < 0.5 else "twenty " + say_pair(ys[2:], "oh"))
    st = r.randrange(3)
    if st == 0:
        txt = "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + yspoken
    elif st == 1:
        txt = MONTHS[m - 1] + " " + ORD[d] + " " + yspoken
    else:
        txt = ORD[d] + " " + MONTHS[m - 1] + " " + yspoken
    cs.note = "call/%s: date of birth spoken" % ind
    cs.a(r.choice(["can you confirm your date of birth", "and your date of birth please", "what's the patient's date of birth"]))
    cs.c(r.choice(["it's ", "yeah ", "", "um "]), val(txt, "DOB", cs),
         r.choice(["", " and the appointment was on the " + ORD[r.randrange(1, 28)] + " of " + r.choice(MONTHS)]))


def dob_chat(r, cs, ind):
    y, m, d = make_dob(r)
    st = r.randrange(4)
    if st == 0:
        txt = "%02d/%02d/%d" % (d, m, y)
    elif st == 1:
        txt = "%d/%d/%d" % (m, d, y)
    elif st == 2:
        txt = "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y)
    else:
        txt = "%02d.%02d.%d" % (d, m, y)
    cs.note = "chat/%s: date of birth typed, style %d" % (ind, st)
    cs.c(r.choice(["dob ", "DOB: ", "date of birth is ", "born "]), val(txt, "DOB", cs),
         r.choice(["", ", policy renewed on 12/03/2025", " thanks"]))


def addr_uk(r, cs, ind, chat):
    num = r.randrange(1, 240)
    street = r.choice(STREETS) + " " + r.choice(SUFFIX)
    out, inw = make_uk_postcode(r)
    if chat:
        a = "%d %s" % (num, street.title() if r.random() < 0.5 else street)
        pc = r.choice(["%s %s", "%s%s", "%s %s"]) % (out, inw)
        if r.random() < 0.3:
            pc = pc.lower()
        cs.note = "chat/%s: UK street address and postcode typed" % ind
        cs.c(r.choice(["new address is ", "im at ", "deliver to "]), val(a, "ADDRESS", cs), ", " + r.choice(UK_TOWNS).title() + " ",
             val(pc, "POSTCODE", cs), r.choice(["", " thanks", " pls"]))
    else:
        a = num_words(num) + " " + street
        cs.note = "call/%s: UK street address and postcode spoken, postcode letters spelled" % ind
        cs.a("and what's the address")
        if r.random() < 0.3:
            a = "flat " + num_words(r.randrange(1, 12)) + " " + a
        cs.c(r.choice(["it's ", "", "yeah "]), val(a, "ADDRESS", cs), " in " + r.choice(UK_TOWNS))
        cs.a("and the postcode")
        cs.c(val(say_postcode(out, inw, r), "POSTCODE", cs))


def addr_us(r, cs, ind, chat):
    num = r.randrange(100, 9999)
    street = r.choice(STREETS) + " " + r.choice(US_SUFFIX)
    z = "%05d" % r.randrange(1001, 99950)
    if r.random() < 0.3:
        z += "%04d" % r.randrange(1, 10000)
    if chat:
        zt = z if len(z) == 5 else z[:5] + "-" + z[5:]
        cs.note = "chat/%s: US street address and ZIP typed" % ind
        cs.c(r.choice(["shipping address: ", "send to "]), val("%d %s" % (num, street.title()), "ADDRESS", cs),
             ", " + r.choice(["Austin TX", "Columbus OH", "Denver CO", "Tampa FL", "Portland OR", "Raleigh NC", "Phoenix AZ"]) + " ", val(zt, "POSTCODE", cs))
    else:
        ns = str(num)
        spoken_num = " ".join(say_pair(ns[i:i + 2]) for i in range(0, len(ns), 2)) if len(ns) == 4 and ns[2] != "0" else (num_words(num) if num < 1000 else say_digits(ns, r, "oh", doubles=0))
        zs = say_digits(z[:5], r, r.choice(["oh", "zero"]))
        if len(z) > 5:
            zs += " dash " + say_digits(z[5:], r, "zero")
        cs.note = "call/%s: US address number as pairs and ZIP spoken" % ind
        cs.a("what's the service address")
        cs.c(val(spoken_num + " " + street, "ADDRESS", cs), " " + r.choice(US_TOWNS))
        cs.a("zip code")
        cs.c(r.choice(["", "it's "]), val(zs, "POSTCODE", cs))


def bank_call(r, cs, ind):
    acct = "".join(str(r.randrange(10)) for _ in range(8))
    sc = "".join(str(r.randrange(10)) for _ in range(6))
    z = zero_style(r)
    cs.note = "call/%s: UK sort code and account number spoken" % ind
    cs.a("can i take the sort code")
    scs = " ".join(say_pair(sc[i:i + 2], z) for i in range(0, 6, 2)) if r.random() < 0.5 else say_digits(sc, r, z)
    cs.c(val(scs, "SORT_CODE", cs))
    cs.a("and the account number")
    if r.random() < 0.5:
        cs.c(r.choice(["", "it's "]), val(say_digits(acct, r, z), "BANK_ACCOUNT", cs, acct))
    else:
        g = cs.group("BANK_ACCOUNT", acct)
        cs.c(V(say_digits(acct[:4], r, z), "BANK_ACCOUNT", g))
        cs.a(r.choice(ACKS))
        cs.c(V(say_chunks(acct[4:], [4], r, z)[0], "BANK_ACCOUNT", g))
        cs.note += ", account split"


def bank_chat(r, cs, ind):
    us = r.random() < 0.4
    if us:
        acct = "".join(str(r.randrange(10)) for _ in range(r.randrange(9, 13)))
        cs.note = "chat/%s: US checking account number typed" % ind
        cs.c(r.choice(["checking acct # ", "account number: ", "acct "]), val(acct, "BANK_ACCOUNT", cs),
             " routing is on the form, i need to pay $" + str(r.randrange(40, 500)))
    else:
        acct = "".join(str(r.randrange(10)) for _ in range(8))
        sc = "".join(str(r.randrange(10)) for _ in range(6))
        sct = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        cs.note = "chat/%s: UK sort code and account typed together" % ind
        cs.c(r.choice(["sort code ", "sc "]), val(sct, "SORT_CODE", cs), r.choice([" acc ", " account no ", ", a/c "]),
             val(acct, "BANK_ACCOUNT", cs), r.choice(["", " for the direct debit"]))


def iban_any(r, cs, ind, chat):
    ib = make_iban(r)
    if chat:
        txt = r.choice([group4(ib), ib, group4(ib).lower()])
        cs.note = "chat/%s: %s IBAN typed" % (ind, ib[:2])
        cs.c(r.choice(["IBAN: ", "refund to ", "my iban is "]), val(txt, "IBAN", cs, ib),
             r.choice(["", " for the €" + str(r.randrange(30, 600)) + " refund", " thx"]))
    else:
        # spoken: letters then digits in groups of four
        z = zero_style(r)
        parts = []
        for i in range(0, len(ib), 4):
            chunk = ib[i:i + 4]
            parts.append(" ".join(say_letters(ch, r, "plain") if ch.isalpha() else dword(ch, z) for ch in chunk))
        g = cs.group("IBAN", ib)
        cs.note = "call/%s: %s IBAN spoken over two turns" % (ind, ib[:2])
        cs.a("go ahead with the iban")
        h = len(parts) // 2
        cs.c(V(" ".join(parts[:h]), "IBAN", g))
        cs.a(r.choice(ACKS))
        cs.c(V(" ".join(parts[h:]), "IBAN", g))


def mixed_utility(r, cs, ind):
    kind, g = make_phone(r, "ukmob")
    canon = "".join(g)
    out, inw = make_uk_postcode(r)
    y, m, d = make_dob(r)
    cs.note = "call/utilities: phone, postcode and DOB in one verification sequence, with a meter reading (not PII)"
    cs.a("first can i take a meter reading")
    cs.c("it says " + say_digits("".join(str(r.randrange(10)) for _ in range(5)), r, "zero", doubles=0))
    cs.a("and for security the postcode and your date of birth")
    cs.c(val(say_postcode(out, inw, r), "POSTCODE", cs), " and ", val("%s %s %s" % (ORD[d], MONTHS[m - 1], say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])), "DOB", cs))
    cs.a("and a contact number")
    cs.c(val(" ".join(phone_spoken(kind, g, r)), "PHONE", cs, canon))


def sort_call_split(r, cs, ind):
    sc = "".join(str(r.randrange(10)) for _ in range(6))
    acct = "".join(str(r.randrange(10)) for _ in range(8))
    z = zero_style(r)
    cs.note = "call/%s: sort code as pairs with agent echo, account number in one turn" % ind
    cs.a("what's the sort code on the account")
    cs.c(r.choice(["it's ", "", "uh "]), val(" ".join(say_pair(sc[i:i + 2], z) for i in range(0, 6, 2)), "SORT_CODE", cs, sc))
    cs.a("so ", val(" dash ".join(say_digits(sc[i:i + 2], r, z, doubles=0) for i in range(0, 6, 2)), "SORT_CODE", cs, sc), " yeah and the account number")
    cs.c(val(say_chunks(acct, [4, 4], r, z, "mixed")[0] + " " + say_chunks(acct[4:], [4], r, z, "digits")[0], "BANK_ACCOUNT", cs, acct))


def multi_chat(r, cs, ind):
    card, kind = make_card(r, r.choice(["visa", "mc"]))
    pk, g = make_phone(r, r.choice(["ukmob", "ie", "us"]))
    f, l = r.choice(FIRST), r.choice(LAST)
    addr = "%s.%s@%s" % (f, l, r.choice(DOMAINS))
    cs.note = "chat/%s: card, phone and email typed in one message next to an order number and price" % ind
    cs.c("order %d (£%d.%02d) - pay with " % (r.randrange(100000, 9999999), r.randrange(10, 300), r.randrange(100)),
         val(" ".join(split_by(card, [4, 4, 4, 4])), "CARD_NUMBER", cs, card),
         ", if problem ring ", val(" ".join(g), "PHONE", cs, "".join(g)), " or mail ", val(addr, "EMAIL", cs))


def multi_call_ssn_phone(r, cs, ind):
    ssn = make_ssn(r)
    pk, g = make_phone(r, "us")
    z = zero_style(r)
    cs.note = "call/%s: SSN and callback phone number in the same customer turn (two values one turn)" % ind
    cs.a("can i verify your social and a good callback number")
    cs.c("social is ", val(" ".join(say_digits(p, r, z) for p in split_by(ssn, [3, 2, 4])), "SSN", cs, ssn),
         " and you can call me at ", val(" ".join(phone_spoken(pk, g, r)), "PHONE", cs, "".join(g)),
         " after " + num_words(r.randrange(2, 7)) + " pm")


OTHER_T = [(multi_chat, 5), (multi_call_ssn_phone, 5), (sort_call_split, 5), (phone_call, 9), (phone_chat, 7), (email_call, 9), (email_chat, 7), (dob_call, 7),
           (dob_chat, 6), (lambda r, cs, i: addr_uk(r, cs, i, False), 5), (lambda r, cs, i: addr_uk(r, cs, i, True), 4),
           (lambda r, cs, i: addr_us(r, cs, i, False), 4), (lambda r, cs, i: addr_us(r, cs, i, True), 3),
           (bank_call, 8), (bank_chat, 7), (lambda r, cs, i: iban_any(r, cs, i, True), 8),
           (lambda r, cs, i: iban_any(r, cs, i, False), 6), (mixed_utility, 4)]


# ================================================================ negatives
def neg_amount(r, cs):
    p, q = r.randrange(10, 2000), r.randrange(0, 100)
    if r.random() < 0.5:
        cs.note = "call/banking: spoken money amounts and balance"
        cs.a("your balance is " + num_words(p) + " pounds and " + num_words(q) + " pence")
        cs.c("okay and the last payment was " + num_words(r.randrange(20, 900)) + " pounds on the " + ORD[r.randrange(1, 28)])
    else:
        cs.note = "chat/retail: typed prices and totals"
        cs.c("why was i charged £%d.%02d when the price was £%d.99??" % (p, q, r.randrange(5, 500)))
        cs.a("I can see a charge of $%s,%03d.%02d on 14/02 which includes 20%% VAT." % (r.randrange(1, 9), r.randrange(0, 999), q))


def neg_reference(r, cs):
    ref = "".join(str(r.randrange(10)) for _ in range(r.randrange(6, 11)))
    word = r.choice(["order number", "ticket number", "claim number", "invoice number", "reference number",
                     "case number", "booking reference"])
    if r.random() < 0.5:
        cs.note = "call/%s: %s read digit by digit (reference, not PII)" % (r.choice(IND_CALL), word)
        cs.a("do you have the " + word)
        cs.c("yeah the " + word + " is " + say_digits(ref, r, zero_style(r)))
        cs.a("thanks i've found that " + word)
    else:
        cs.note = "chat/retail: %s typed" % word
        cs.c("%s %s - still not delivered" % (word.title(), r.choice([ref, "#" + ref, ref[:4] + "-" + ref[4:]])))


def neg_time(r, cs):
    cs.note = "call/telecom: times, durations and speeds"
    cs.a("the engineer can come between " + num_words(r.randrange(7, 12)) + " and " + num_words(r.randrange(1, 6)) + " on " + r.choice(["monday", "thursday", "the twelfth"]))
    cs.c("okay i've been without broadband for " + num_words(r.randrange(2, 20)) + " days and the speed is only " + num_words(r.randrange(2, 90)) + " megabits")
    cs.a("that's a " + num_words(r.randrange(2, 5)) + " hour slot and the call took " + num_words(r.randrange(10, 59)) + " minutes")


def neg_flight(r, cs):
    fl = r.choice(["BA", "EI", "FR", "AA", "UA", "LH"]) + str(r.randrange(100, 9999))
    cs.note = "call/travel: flight number, seat, booking times (not PII)"
    cs.c("i'm on flight " + (" ".join(fl[:2].lower()) + " " + say_digits(fl[2:], r, "oh")) + " departing at " + num_words(r.randrange(1, 12)) + " " + num_words(r.randrange(10, 59)))
    cs.a("and that's seat " + str(r.randrange(1, 40)) + r.choice("ABCDEF") + " with " + r.choice(["one bag", "two bags", "three bags"]) + " of twenty three kilos")


def neg_room(r, cs):
    cs.note = "chat/travel: hotel room number, nights, price per night"
    cs.c("room %d, checking in on %d %s for %d nights at €%d per night" % (r.randrange(100, 999), r.randrange(1, 28), r.choice(MONTHS).title(), r.randrange(1, 14), r.randrange(60, 400)))


def neg_model(r, cs):
    cs.note = "chat/telecom: device model numbers and firmware version"
    cs.c("my router is a %s and the firmware is %d.%d.%d" % (r.choice(["TG589vac", "Hub 4", "DGA0122", "SR102", "Archer C7", "Fritz!Box 7530"]), r.randrange(1, 20), r.randrange(0, 10), r.randrange(0, 300)))
    cs.a("Thanks, model %s-%d has a known issue fixed in version %d." % (r.choice(["XR", "HG", "VMG"]), r.randrange(100, 9999), r.randrange(2, 9)))


def neg_meter(r, cs):
    rd = "".join(str(r.randrange(10)) for _ in range(5))
    cs.note = "call/utilities: meter reading digit by digit (not PII)"
    cs.a("can you read me the numbers on the meter")
    cs.c("it's " + say_digits(rd, r, "zero", doubles=0.2) + " and the red ones are " + say_digits(str(r.randrange(10, 99)), r, "zero"))
    cs.a("lovely that's about " + num_words(r.randrange(100, 999)) + " units this quarter")


def neg_dates(r, cs):
    y = r.randrange(2019, 2027)
    cs.note = "call/insurance: non-birth dates (policy start, payment due, appointment)"
    cs.a("your policy started on the " + ORD[r.randrange(1, 28)] + " of " + r.choice(MONTHS) + " " + say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:]))
    cs.c("and when's the next payment due")
    cs.a("the " + ORD[r.randrange(1, 28)] + " of " + r.choice(MONTHS) + " and the renewal is " + r.choice(MONTHS) + " " + num_words(r.randrange(2025, 2028) - 2000))


def neg_dates_chat(r, cs):
    cs.note = "chat/healthcare billing: appointment and statement dates typed"
    cs.c("My appointment on %02d/%02d/%d was cancelled but I was billed on %d %s %d" % (r.randrange(1, 29), r.randrange(1, 13), r.randrange(2023, 2027), r.randrange(1, 29), r.choice(MONTHS)[:3].title(), r.randrange(2023, 2027)))
    cs.a("Sorry about that, I've reversed the $%d.%02d charge from statement %d." % (r.randrange(20, 500), r.randrange(100), r.randrange(1000, 99999)))


def neg_age(r, cs):
    cs.note = "call/healthcare billing: ages, counts, temperature, percentages"
    cs.c("my mum is " + num_words(r.randrange(60, 99)) + " and she had a temperature of " + num_words(r.randrange(37, 40)) + " point " + num_words(r.randrange(1, 9)))
    cs.a("okay we cover " + num_words(r.randrange(10, 90)) + " percent of that and there are " + num_words(r.randrange(2, 12)) + " items on the bill")


def neg_quantity(r, cs):
    cs.note = "chat/retail: quantities, sizes, item counts, percentages"
    cs.c("ordered %d x %s size %d, got %d instead. %d%% off code didnt work" % (r.randrange(2, 12), r.choice(["towels", "mugs", "shirts", "bulbs"]), r.randrange(6, 20), r.randrange(1, 5), r.choice([10, 15, 20, 25])))


def neg_year(r, cs):
    cs.note = "call/government services: years and tax year references"
    y = r.randrange(1995, 2025)
    cs.c("i've lived here since " + say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:], "oh") + " and i paid about " + num_words(r.randrange(2, 9)) + " thousand in tax last year")
    ty = r.randrange(20, 26)
    cs.a("okay the tax year twenty " + num_words(ty) + " to twenty " + num_words(ty + 1) + " is showing " + num_words(r.randrange(100, 999)) + " pounds owed")


def neg_balance_chat(r, cs):
    cs.note = "chat/banking: balances and transaction counts typed"
    cs.a("Your available balance is £%d,%03d.%02d and you have %d pending transactions." % (r.randrange(1, 99), r.randrange(0, 999), r.randrange(100), r.randrange(1, 9)))
    cs.c("ok and the overdraft limit is still %d?" % r.choice([250, 500, 1000, 1500]))


def neg_phone_like_ref(r, cs):
    ref = "".join(str(r.randrange(10)) for _ in range(r.randrange(7, 10)))
    cs.note = "call/insurance: claim reference read in pairs (not PII)"
    cs.a("have you got your claim reference")
    cs.c("yes claim reference " + " ".join(say_pair(ref[i:i + 2]) if len(ref[i:i + 2]) == 2 else dword(ref[i], "oh") for i in range(0, len(ref), 2)))
    cs.a("perfect that's the claim from " + r.choice(MONTHS))


def neg_data(r, cs):
    cs.note = "call/telecom: data allowance, contract length, price per month"
    cs.a("the plan is " + num_words(r.randrange(5, 100)) + " gigs for " + num_words(r.randrange(10, 60)) + " pounds a month on a " + r.choice(["twelve", "eighteen", "twenty four"]) + " month contract")
    cs.c("and is that with the " + num_words(r.randrange(2, 50)) + " percent discount")


def neg_mentions(r, cs):
    cs.note = "call/%s: PII words mentioned with no value given, plus counts" % r.choice(IND_CALL)
    st = r.randrange(4)
    if st == 0:
        cs.a("can i take your national insurance number")
        cs.c("i don't have it on me it's on my payslip somewhere i've had " + num_words(r.randrange(2, 6)) + " jobs this year")
    elif st == 1:
        cs.a("i'll just need your full name for now")
        cs.c("sure and do you need my social security number later because i left my card in the car")
    elif st == 2:
        cs.a("the card number is sixteen digits and the security code is three digits on the back")
        cs.c("okay give me " + num_words(r.randrange(2, 10)) + " minutes to find it")
    else:
        cs.c("what's the sort code for the branch i mean do i need it for a transfer of " + num_words(r.randrange(100, 900)) + " pounds")
        cs.a("no you just need the payee name and reference")


def neg_long_ref_chat(r, cs):
    ref = "".join(str(r.randrange(10)) for _ in range(10))
    word = r.choice(["Order", "Ticket", "Tracking ref", "Policy number", "Case ID"])
    cs.note = "chat/%s: 10-digit %s plus price and date (not PII)" % (r.choice(["retail", "insurance", "telecom"]), word)
    cs.c("%s %s, placed on %d/%02d for $%d.%02d and it still says processing" % (word, r.choice([ref, ref[:5] + " " + ref[5:], ref[:3] + "-" + ref[3:]]), r.randrange(1, 13), r.randrange(1, 29), r.randrange(10, 900), r.randrange(100)))
    cs.a("Thanks! I can see that %s, it was last updated %d days ago." % (word.lower(), r.randrange(2, 9)))


def neg_roads_pnr(r, cs):
    pnr = "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ23456789") for _ in range(6))
    road = r.choice(["m twenty five", "m six", "a fourteen", "m eight", "n seven", "i ninety five", "a one"])
    cs.note = "call/travel: motorway names and an airline booking code (not PII), durations"
    cs.c("i was stuck on the " + road + " for " + num_words(r.randrange(2, 5)) + " hours and missed the flight")
    cs.a("okay what's the booking code")
    cs.c("it's " + " ".join(ch.lower() if ch.isalpha() else UNITS[int(ch)] for ch in pnr))
    cs.a("thanks i can rebook you on the " + num_words(r.randrange(6, 11)) + " fifteen tomorrow for a fee of " + num_words(r.randrange(30, 120)) + " euro")


def neg_rates(r, cs):
    cs.note = "call/banking: interest rates, loan terms, thermostat and speeds (not PII)"
    cs.a("the apr is " + num_words(r.randrange(5, 30)) + " point " + num_words(r.randrange(1, 10)) + " percent over " + r.choice(["thirty six", "forty eight", "sixty", "seventy two"]) + " months")
    cs.c("okay and the monthly repayment would be about " + num_words(r.randrange(100, 999)) + " pounds")
    cs.a("that's right and your heating is set at " + num_words(r.randrange(17, 24)) + " degrees on the smart meter")


NEG_T = [neg_roads_pnr, neg_rates, neg_mentions, neg_long_ref_chat, neg_amount, neg_reference, neg_time, neg_flight, neg_room, neg_model, neg_meter, neg_dates,
         neg_dates_chat, neg_age, neg_quantity, neg_year, neg_balance_chat, neg_phone_like_ref, neg_data]


# ================================================================ build/check
def verify_case(cs):
    turns, spans, groups = cs.render()
    by = {}
    for sp, (gid, partial) in zip(spans, groups):
        by.setdefault(gid, []).append((sp, partial))
    for gid, lst in by.items():
        typ, canon = cs.groups[gid]
        txt = " ".join(turns[sp["turn"]]["text"][sp["start"]:sp["end"]] for sp, _ in lst)
        partial = lst[0][1]
        v = validate(typ, txt, partial)
        if canon is not None and not partial:
            cmp = v.upper().replace(" ", "") if typ != "EMAIL" else v.lower()
            if cmp != canon.upper().replace(" ", "") and not (typ == "EMAIL" and cmp == canon.lower()):
                raise ValueError("normalised %r != canonical %r" % (v, canon))
    return turns, spans


def build():
    r = random.Random(SEED)
    pos, neg = [], []

    def make(fn, ind, kind="positive"):
        last = None
        for _ in range(40):
            cs = Case(kind, "")
            try:
                if kind == "positive":
                    fn(r, cs, ind)
                else:
                    fn(r, cs)
                turns, spans = verify_case(cs)
                return {"turns": turns, "spans": spans, "note": cs.note}
            except ValueError as e:
                last = e
        raise RuntimeError("could not build %s: %s" % (fn.__name__, last))

    inds = IND_CALL
    for i in range(60):
        pos.append(make(CARD_T[i % len(CARD_T)], r.choice(["banking", "retail", "telecom", "insurance", "travel", "utilities"])))
    for i in range(40):
        pos.append(make(NI_T[i % len(NI_T)], r.choice(["government services", "banking", "insurance", "healthcare billing"])))
    for i in range(40):
        pos.append(make(SSN_T[i % len(SSN_T)], r.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])))
    for fn, n in OTHER_T:
        for _ in range(n):
            pos.append(make(fn, r.choice(inds)))
    for i in range(120):
        neg.append(make(NEG_T[i % len(NEG_T)], None, "negative"))
    recs = []
    for k, c in enumerate(pos, 1):
        recs.append({"id": "h31-pos-%03d" % k, "kind": "positive", "turns": c["turns"], "spans": c["spans"], "note": c["note"]})
    for k, c in enumerate(neg, 1):
        recs.append({"id": "h31-neg-%03d" % k, "kind": "negative", "turns": c["turns"], "spans": [], "note": c["note"]})
    return recs


def dump(recs):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)


def stats(recs):
    cnt = Counter(sp["type"] for x in recs for sp in x["spans"])
    npos = sum(1 for x in recs if x["kind"] == "positive")
    return cnt, npos, len(recs) - npos


README_TMPL = """# pii_holdout31 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data its
authors have not seen. Do not add these cases to training/dev data, do not adjust patterns
or thresholds after looking at individual failures here.

## Provenance

Written by an AI helper acting as an independent author. The author did not read the
redaction code, its tests, its docs or any other PII fixture, and did not run the redactor
or any benchmark; it saw only a three-line example of the JSONL format. All cases are
synthetic and generated by `scripts/make_pii_holdout31.py` from template functions with a
single seeded `random.Random(%(seed)d)`; every value is random (cards are Luhn-valid, IBANs
are mod-97 valid, NI numbers follow the HMRC prefix rules, SSNs avoid 000/666/9xx areas).
Offsets are computed from segments, never typed by hand.

Regenerate: `python scripts/make_pii_holdout31.py`; verify: `python scripts/make_pii_holdout31.py --check`
(byte-identical regeneration, unique ids, offsets in range and on word boundaries,
non-overlapping spans, each value validated after normalising spoken forms).

## Contents

%(npos)d positive cases, %(nneg)d negative cases (%(ntot)d total).

| type | spans |
|---|---|
%(table)s

Chat cases are typed (separators `-`, `.`, spaces, no separator, odd grouping, lower case);
call cases imitate ASR output (lower case, numbers as words, `oh`/`o`/`nought`/`zero` for 0,
`double`/`triple`, pairs like `forty one eleven`, hundreds like `four hundred and twelve`,
homophones `for`/`to`/`too`/`ate`, letters as `j for juliet`, `jay`, `sea`, values split over
customer turns with agent back-channels, self-corrections, agent read-backs, mixed numerals
and words).

## Annotation conventions

* A span covers the value only: from its first to its last character/word. Lead-ins
  ("it's", "my number is", "the letters are") and trailing fillers are outside.
* Separators that are part of the reading (spaces, `-`, `.`, `/`, commas, spoken `dash`,
  `slash`) are inside the span when they sit between parts of the value.
* When a value is split over several turns (or interrupted by a filler or a correction
  phrase such as "no sorry"), each piece is its own span of the same type.
* Self-corrections: the wrong fragment the caller retracts is labelled too (it is part of
  a real value reading); the correction phrase itself is not.
* Agent read-backs of a value are labelled like the customer's.
* CARD_NUMBER: the full PAN (13-19 digits) or its pieces; expiry and CVV are separate spans.
* NI_NUMBER: prefix letters + six digits + suffix letter, including spelled letters
  (`j for juliet` is entirely inside the span).
* SSN: all nine digits (with `dash` words when spoken).
* ADDRESS: flat number (when given, e.g. `flat two`) and house number through street name
  and street type; town and postcode are not in
  the ADDRESS span (postcode is its own POSTCODE span).
* DOB: the full date including ordinal words and "the ... of".
* EXPIRY: month and year; CVV: the 3/4 digits only.
* PHONE: includes a leading `+`/`plus` country code.
* EMAIL: the whole address, spoken form included (`j dot doe at gmail dot com`).
* Negatives contain money, times, durations, counts, ages, years, percentages, non-birth
  dates, reference/order/claim numbers (with their reference word, up to 10 digits), flight
  and room numbers, airline booking codes, motorway names (`m twenty five`), model numbers,
  meter readings, interest rates, balances, and mentions of PII words with no value given;
  nothing in them is PII. Positive cases also contain such unlabelled non-PII numbers.
* Values are validated by `--check` after normalising spoken forms (Luhn for cards, mod-97
  for IBANs, HMRC NI format, 9 digits for SSN, 6 for sort codes, digit counts for CVV/phone/
  account, UK postcode / US ZIP shapes); retracted fragments of self-corrections are only
  checked to be digits/letters.
"""


def readme(recs):
    cnt, npos, nneg = stats(recs)
    table = "\n".join("| %s | %d |" % (t, cnt.get(t, 0)) for t in TYPES)
    return README_TMPL % {"seed": SEED, "npos": npos, "nneg": nneg, "ntot": npos + nneg, "table": table}


def check(recs, text):
    errs = []
    gen = recs
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        errs.append("cases.jsonl differs from regeneration")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(recs):
        errs.append("README.md differs from regeneration")
    if CASES.exists():
        try:   # structural checks run on the file on disk as well as on the regeneration
            recs = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines()]
        except ValueError as ex:
            errs.append("cases.jsonl is not valid JSONL: %s" % ex)
    ids = [x["id"] for x in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for x in recs:
        if x["kind"] == "negative" and x["spans"]:
            errs.append(x["id"] + ": negative with spans")
        if x["kind"] == "positive" and not x["spans"]:
            errs.append(x["id"] + ": positive without spans")
        prev = {}
        for sp in x["spans"]:
            if sp["type"] not in TYPES:
                errs.append("%s: bad type %s" % (x["id"], sp["type"]))
            if not 0 <= sp["turn"] < len(x["turns"]):
                errs.append(x["id"] + ": turn out of range")
                continue
            t = x["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                errs.append(x["id"] + ": offsets out of range")
                continue
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (x["id"], t[s:e]))
            if not (t[s].isalnum() or t[s] in "+(") or not t[e - 1].isalnum():
                errs.append("%s: span edge not alnum %r" % (x["id"], t[s:e]))
            if sp["turn"] in prev and s < prev[sp["turn"]]:
                errs.append(x["id"] + ": overlapping/unsorted spans")
            prev[sp["turn"]] = e
    # independent per-span / per-turn validation of values
    for x in recs:
        by_turn_type = {}
        for sp in x["spans"]:
            t = x["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
            try:
                if sp["type"] in ("EMAIL", "DOB", "ADDRESS", "POSTCODE"):
                    validate(sp["type"], t)
                elif sp["type"] not in ("EXPIRY",):
                    v = spoken_to_chars(re.sub(r"^(\+|plus\b)", "", t) if sp["type"] == "PHONE" else t,
                                        letters=sp["type"] in ("NI_NUMBER", "IBAN"))
                    if not v:
                        raise ValueError("empty")
                else:
                    validate("EXPIRY", t)
            except ValueError as ex:
                errs.append("%s: %s" % (x["id"], ex))
    cnt, npos, nneg = stats(gen)
    if npos < 170 or nneg < 100:
        errs.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt.get(t, 0) < need:
            errs.append("type %s has %d spans < %d" % (t, cnt.get(t, 0), need))
    return errs


def main():
    recs = build()   # build() itself validates every value group (raises on failure)
    text = dump(recs)
    cnt, npos, nneg = stats(recs)
    if "--check" in sys.argv:
        errs = check(recs, text)
        text2 = dump(build())
        if text2 != text:
            errs.append("generation is not deterministic")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(readme(recs), encoding="utf-8")
        errs = []
    print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(cnt.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt.get(t, 0)))
    if errs:
        for e in errs[:50]:
            print("ERROR:", e)
        print("FAILED (%d problems)" % len(errs))
        sys.exit(1)
    print("OK" + (" (check passed)" if "--check" in sys.argv else " (written)"))


if __name__ == "__main__":
    main()

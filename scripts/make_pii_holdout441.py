#!/usr/bin/env python3
"""Generate the pii_holdout441 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; one seeded generator.

    python scripts/make_pii_holdout441.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout441.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

SEED = 441241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout441", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- segments
class V:
    """A labelled value segment. group ties split/readback parts to a canonical value."""
    def __init__(self, text, typ, canon, part="full"):
        self.text, self.typ, self.canon, self.part = text, typ, canon, part


def build(turns):
    """turns: list of (speaker, [segments]) -> (turns_json, spans, meta)."""
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                meta.append((s.canon, s.part))
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, meta

# ---------------------------------------------------------------- numbers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
FILLERS = ["um", "uh", "er", "erm"]


def zero_word(uk=True):
    return R.choice(["oh", "oh", "o", "zero", "nought"] if uk else ["oh", "oh", "zero", "o"])


def dword(d, uk=True):
    return zero_word(uk) if d == "0" else UNITS[int(d)]


def speak_single(s, uk=True, multi=True):
    """digit by digit, with double/triple for runs."""
    words, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if multi and run >= 3 and R.random() < 0.6:
            words.append("triple " + dword(d, uk)); i += 3; continue
        if multi and run >= 2 and R.random() < 0.6:
            words.append("double " + dword(d, uk)); i += 2; continue
        words.append(dword(d, uk)); i += 1
    return " ".join(words)


def speak_pair(p, uk=True):
    a, b = int(p[0]), int(p[1])
    if p == "00":
        return "double " + zero_word(uk)
    if a == 0:
        return zero_word(uk) + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return UNITS[a] + " " + zero_word(uk)  # avoid bare tens (ambiguous)
    return TENS[a] + " " + UNITS[b]


def speak_triple(t, uk=True):
    if t[0] == "0" or t[2] == "0" or t[1:] == "00":
        return speak_single(t, uk)
    rest = int(t[1:])
    tail = speak_pair(t[1:], uk) if rest >= 10 else UNITS[rest]
    return UNITS[int(t[0])] + " hundred " + ("and " if uk or R.random() < 0.5 else "") + tail


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return out


def speak_group(g, uk=True, style=None):
    style = style or R.choice(["single", "single", "pairs", "hundreds", "mixed"])
    if style == "single":
        return speak_single(g, uk)
    if style == "pairs" and len(g) % 2 == 0:
        return " ".join(speak_pair(g[i:i + 2], uk) for i in range(0, len(g), 2))
    if style == "hundreds" and len(g) == 3:
        return speak_triple(g, uk)
    if style == "mixed" and len(g) == 4:
        return speak_single(g[:2], uk) + " " + speak_pair(g[2:], uk)
    return speak_single(g, uk)


def speak_number(s, sizes, uk=True, fill=0.25, sep=None):
    parts = [speak_group(g, uk) for g in chunks(s, sizes)]
    out = parts[0]
    for p in parts[1:]:
        joiner = sep if sep is not None else R.choice([" ", ", ", ", ", " ... ", " - "])
        if R.random() < fill:
            joiner = joiner.rstrip() + " " + R.choice(FILLERS) + R.choice([", ", " "])
        out += joiner + p
    return re.sub(r"\s+", " ", out)


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward", "h": "harry",
        "j": "jack", "k": "king", "l": "london", "m": "mother", "n": "nelly", "p": "peter",
        "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "x-ray", "y": "yellow",
        "z": "zebra", "g": "george"}


def speak_letter(c):
    c = c.lower()
    r = R.random()
    if r < 0.35:
        return c
    if r < 0.65:
        return c + " for " + NATO[c]
    if r < 0.8 and c in FOLK:
        return c + " for " + FOLK[c]
    if r < 0.9:
        return c + " as in " + NATO[c]
    return NATO[c]

# ---------------------------------------------------------------- normaliser
NUMW = {w: i for i, w in enumerate(UNITS)}
NUMW.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
TEENW = {w: 10 + i for i, w in enumerate(TEENS)}
TENW = {v: k for k, v in TENS.items()}
NATO_REV = {v: k for k, v in NATO.items()}
SKIP = set(FILLERS) | {"and", "hmm", "sorry", "then"}


def normalise(text, email=False):
    """Turn typed or spoken value text into its canonical character string."""
    toks = re.findall(r"[A-Za-z][A-Za-z']*(?:-[A-Za-z]+)*|\d+|[@._+\-]", text)
    toks = [t.lower() if not t.isdigit() else t for t in toks]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in SKIP:
            i += 1; continue
        if t in ("double", "triple") and nxt in NUMW:
            out.append(str(NUMW[nxt]) * (2 if t == "double" else 3)); i += 2; continue
        if t in ("double", "triple") and nxt and len(nxt) == 1:
            out.append(nxt.upper() * (2 if t == "double" else 3)); i += 2; continue
        if t in NUMW and not (t == "o" and (email or nxt in ("for", "as"))):
            v = NUMW[t]
            if nxt == "hundred":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                tail = toks[j] if j < len(toks) else None
                if tail in TEENW:
                    out.append("%d%d" % (v, TEENW[tail])); i = j + 1; continue
                if tail in TENW:
                    u = toks[j + 1] if j + 1 < len(toks) else None
                    if u in NUMW and u != "o":
                        out.append("%d%d%d" % (v, TENW[tail], NUMW[u])); i = j + 2; continue
                    out.append("%d%d0" % (v, TENW[tail])); i = j + 1; continue
                if tail in NUMW:
                    out.append("%d0%d" % (v, NUMW[tail])); i = j + 1; continue
                out.append("%d00" % v); i = j; continue
            if nxt == "thousand":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                tail = toks[j] if j < len(toks) else None
                if tail in TEENW:
                    out.append("%d0%d" % (v, TEENW[tail])); i = j + 1; continue
                if tail in NUMW:
                    out.append("%d00%d" % (v, NUMW[tail])); i = j + 1; continue
                out.append("%d000" % v); i = j; continue
            out.append(str(v)); i += 1; continue
        if t in TEENW:
            out.append(str(TEENW[t])); i += 1; continue
        if t in TENW:
            if nxt in NUMW and nxt not in ("oh", "o", "nought", "zero", "nil"):
                out.append("%d%d" % (TENW[t], NUMW[nxt])); i += 2; continue
            out.append("%d0" % TENW[t]); i += 1; continue
        if len(t) == 1 and t.isalpha():
            if nxt == "for" and i + 2 < len(toks):
                out.append(t.upper()); i += 3; continue
            if nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                out.append(t.upper()); i += 4; continue
            out.append(t.upper()); i += 1; continue
        if t in NATO_REV:
            out.append(NATO_REV[t].upper()); i += 1; continue
        if t == "plus" or t == "+":
            out.append("+"); i += 1; continue
        if email:
            m = {"dot": ".", "period": ".", "at": "@", "underscore": "_", "dash": "-",
                 "hyphen": "-", ".": ".", "@": "@", "_": "_", "-": "-"}
            if t in m:
                out.append(m[t]); i += 1; continue
            out.append(t); i += 1; continue
        if t in ("-", ".", "_", "@"):
            i += 1; continue
        out.append(t.upper()); i += 1
    s = "".join(out)
    return s.lower() if email else s.upper()

# ---------------------------------------------------------------- validators
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


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREETS = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Way", "Terrace",
           "Gardens", "Grove", "Place", "Court", "Boulevard", "Row", "Hill"]


def validate(typ, canon, part, spantext):
    norm = normalise(spantext, email=(typ == "EMAIL"))
    if part == "fragment":  # aborted reading / last-four after full read
        return norm.isdigit() and len(norm) >= 4 and norm in canon
    if part.startswith("piece"):
        return True  # pieces checked jointly via group concatenation
    if typ in ("EXPIRY", "DOB"):
        low = spantext.lower()
        parts = [int(x) for x in canon.split("-")]
        y, m = parts[0], parts[1]
        d = parts[2] if len(parts) > 2 else None
        digits = re.sub(r"\D", "", normalise(re.sub(r"(?<=[a-z])(st|nd|rd|th)\b", "", low)))
        if any(re.search(r"\b%s" % mn, low) for mn in MON3):
            if not re.search(r"\b%s" % MON3[m - 1], low):
                return False
            return digits.endswith(str(y)) or digits.endswith("%02d" % (y % 100))
        cands = set()
        ys = [str(y), "%02d" % (y % 100)]
        for yy in ys:
            if d is None:
                cands |= {"%02d%s" % (m, yy), "%d%s" % (m, yy)}
            else:
                cands |= {"%02d%02d%s" % (d, m, yy), "%02d%02d%s" % (m, d, yy), "%d%d%s" % (d, m, yy), "%d%d%s" % (m, d, yy)}
        return digits in cands
    if typ == "ADDRESS":
        return bool(re.search(r"\d", norm)) and any(st.lower() in spantext.lower() for st in STREETS)
    if typ == "EMAIL":
        return norm == canon.lower() and re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", norm)
    if norm != canon.replace(" ", "").replace("-", "").upper():
        return False
    if typ == "CARD_NUMBER":
        return norm.isdigit() and 13 <= len(norm) <= 19 and luhn_ok(norm)
    if typ == "CVV":
        return norm.isdigit() and len(norm) in (3, 4)
    if typ == "SSN":
        return (norm.isdigit() and len(norm) == 9 and norm[:3] not in ("000", "666")
                and norm[0] != "9" and norm[3:5] != "00" and norm[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(norm)) and norm[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return norm.isdigit() and 6 <= len(norm) <= 12
    if typ == "SORT_CODE":
        return norm.isdigit() and len(norm) == 6
    if typ == "IBAN":
        return iban_ok(norm)
    if typ == "PHONE":
        d = norm.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 13 and (norm.startswith("+") or d[0] in "01" or len(d) == 10)
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(norm)) or bool(re.fullmatch(r"\d{5}(\d{4})?", norm))
    return False

# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def luhn_break(s):
    last = int(s[-1])
    return s[:-1] + str((last + R.randint(1, 9)) % 10)


def make_card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + str(R.randint(0, 9)), 16), [4, 4, 4, 4]
    if k < 0.7:
        return luhn_complete(str(R.randint(51, 55)), 16), [4, 4, 4, 4]
    if k < 0.82:
        return luhn_complete(R.choice(["34", "37"]), 15), [4, 6, 5]
    if k < 0.9:
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if k < 0.95:
        return luhn_complete("4", 13), [4, 3, 3, 3]
    return luhn_complete(R.choice(["6759", "6763"]), 19), [4, 4, 4, 4, 3]


def typed_digits(s, sizes, seps=None):
    sep = R.choice(seps or [" ", " ", "-", "", ".", "  "])
    return sep.join(chunks(s, sizes))


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
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - n % 97) + bban


def make_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    dig = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    up = lambda n: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    bban = {"GB": lambda: R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + dig(14),
            "IE": lambda: R.choice(["AIBK", "BOFI", "IPBS"]) + dig(14),
            "DE": lambda: dig(18), "NL": lambda: R.choice(["ABNA", "RABO", "INGB"]) + dig(10),
            "ES": lambda: dig(20), "FR": lambda: dig(23)}[cc]()
    return iban_check(cc, bban)


def make_phone():
    k = R.choice(["uk_mob", "uk_mob_intl", "uk_land", "us", "us_intl", "ie", "ie_intl", "de_intl", "fr_intl"])
    d = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if k == "uk_mob":
        n = "07" + R.choice("3456789") + d(8); return n, [5, 6], "uk"
    if k == "uk_mob_intl":
        n = "+447" + R.choice("3456789") + d(8); return n, [3, 4, 6], "uk"
    if k == "uk_land":
        n = R.choice(["0207", "0208", "0161", "0113", "0121", "0131", "0141"]) + d(7); return n, [4, 3, 4], "uk"
    if k == "us":
        n = R.choice(["212", "312", "415", "617", "713", "404", "206"]) + R.choice("23456789") + d(6); return n, [3, 3, 4], "us"
    if k == "us_intl":
        n = "+1" + R.choice(["646", "773", "510", "305"]) + R.choice("23456789") + d(6); return n, [2, 3, 3, 4], "us"
    if k == "ie":
        n = "08" + R.choice("35679") + d(7); return n, [3, 3, 4], "ie"
    if k == "ie_intl":
        n = "+3538" + R.choice("35679") + d(7); return n, [4, 2, 3, 4], "ie"
    if k == "de_intl":
        n = "+4930" + d(8); return n, [3, 2, 4, 4], "eu"
    n = "+336" + d(8); return n, [3, 1, 2, 2, 2, 2], "eu"


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kwame", "chloe", "dmitri",
         "fatima", "sean", "emily", "raj", "niamh", "oliver", "grace", "mohammed", "lucy", "pavel"]
LAST = ["doe", "okafor", "smith", "murphy", "patel", "nguyen", "kowalski", "obrien", "jones",
        "walsh", "garcia", "brennan", "ahmed", "clarke", "byrne", "fischer", "dubois", "lee"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "btinternet.com", "eircom.net",
           "icloud.com", "proton.me", "web.de", "orange.fr", "aol.com", "live.ie"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    k = R.random()
    if k < 0.3:
        local = f[0] + "." + l
    elif k < 0.5:
        local = f + "." + l + str(R.randint(1, 99))
    elif k < 0.65:
        local = f + "_" + l[0]
    elif k < 0.8:
        local = l + f[0] + str(R.randint(60, 99))
    else:
        local = f + l
    return local + "@" + R.choice(DOMAINS)


def speak_email(e):
    local, dom = e.split("@")
    words = []
    for piece in re.findall(r"[a-z]+|\d+|[._\-]", local):
        if piece == ".":
            words.append("dot")
        elif piece == "_":
            words.append("underscore")
        elif piece == "-":
            words.append("dash")
        elif piece.isdigit():
            words.append(speak_pair(piece) if len(piece) == 2 and piece[0] != "0" else speak_single(piece))
        elif len(piece) == 1:
            words.append(speak_letter(piece) if R.random() < 0.5 else piece)
        elif R.random() < 0.25 and len(piece) <= 6:
            words.append(piece + ", " + " ".join(piece))  # says then spells
        else:
            words.append(piece)
    d = " dot ".join(dom.split("."))
    return " ".join(words) + " at " + d


def email_canon_for_spoken(e, spoken):
    return normalise(spoken, email=True)


ROADS = ["Mill", "Church", "Station", "Victoria", "Kings", "Oak", "Meadow", "Chapel", "Park",
         "Elm", "Highfield", "Castle", "Willow", "Maple", "Orchard", "Baker", "Queens", "Harbour"]


def make_address():
    n = R.randint(1, 240)
    street = R.choice(ROADS) + " " + R.choice(STREETS)
    if R.random() < 0.25:
        flat = R.randint(1, 24)
        typed = R.choice(["Flat %d, %d %s", "flat %d %d %s", "Apt %d, %d %s"]) % (flat, n, street)
        spoken = "flat %s, %s %s" % (speak_single(str(flat)) if flat < 10 else speak_pair(str(flat)) if flat >= 10 else "", spoken_int(n), street.lower())
    else:
        typed = "%d %s" % (n, street)
        spoken = "%s %s" % (spoken_int(n), street.lower())
    return typed, spoken


def spoken_int(n):
    s = str(n)
    if len(s) == 1:
        return UNITS[n]
    if len(s) == 2:
        if s[1] == "0" and s[0] != "1":
            return TENS[int(s[0])]
        return speak_pair(s)
    if s[1:] == "00":
        return UNITS[int(s[0])] + " hundred"
    if s[1] == "0":
        return UNITS[int(s[0])] + " hundred and " + UNITS[int(s[2])]
    if s[2] == "0" and s[1] != "1":
        return UNITS[int(s[0])] + " hundred and " + TENS[int(s[1])]
    return UNITS[int(s[0])] + " hundred and " + speak_pair(s[1:])


TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Croydon", "Glasgow", "Norwich", "Cardiff", "Derby"]
TOWNS_US = ["Springfield", "Austin", "Denver", "Columbus", "Portland", "Tampa"]
PCL = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode():
    if R.random() < 0.65:
        area = R.choice(["M", "B", "LS", "BS", "SW", "NW", "EH", "CR", "NR", "CF", "DE", "G", "SE", "N", "E"])
        dist = str(R.randint(1, 19))
        return area + dist + " " + str(R.randint(0, 9)) + R.choice(PCL) + R.choice(PCL), "uk"
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.3:
        z += "-%04d" % R.randint(1, 9999)
    return z, "us"


def speak_postcode(pc):
    out = []
    for ch in pc.replace(" ", ""):
        out.append(speak_letter(ch) if ch.isalpha() else dword(ch))
    return " ".join(out)


def make_dob():
    y, m, d = R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)
    return y, m, d


def ordinal(d):
    ords = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth",
            20: "twentieth"}
    if d in ords:
        return ords[d]
    if d < 20:
        return (TEENS[d - 10] if d >= 10 else UNITS[d]) + "th"
    t, u = divmod(d, 10)
    return TENS[t] + (" " + ords.get(u, UNITS[u] + "th") if u else "tieth")


def spoken_year(y):
    if y >= 2020:
        return R.choice(["twenty ", "two thousand and "]) + speak_pair(str(y)[2:]) if y % 10 else "twenty " + TENS[y // 10 % 10]
    if y >= 2000:
        return "two thousand" + (" and " + (UNITS[y - 2000] if y < 2010 else TEENS[y - 2010]) if y > 2000 else "")
    return "nineteen " + (speak_pair(str(y)[2:]) if str(y)[2] != "0" or True else "")


def fmt_dob(y, m, d, channel):
    mon = MONTHS[m - 1]
    if channel == "asr":
        return R.choice([
            "the %s of %s %s" % (ordinal(d), mon, spoken_year(y)),
            "%s %s, %s" % (mon, ordinal(d), spoken_year(y)),
            "%s %s %s" % (ordinal(d), mon, spoken_year(y)),
            "%s, %s, %s" % (speak_pair("%02d" % d), speak_pair("%02d" % m), spoken_year(y)),
        ])
    return R.choice([
        "%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d %s %d" % (d, mon.capitalize(), y),
        "%s %d, %d" % (mon.capitalize()[:3], d, y), "%02d-%02d-%d" % (d, m, y), "%d.%d.%d" % (d, m, y),
        "%dth %s %d" % (d, mon, y) if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28) else "%d %s %d" % (d, mon, y),
    ])


def fmt_expiry(m, y, channel):
    if channel == "asr":
        return R.choice([
            "%s %s" % (speak_pair("%02d" % m), speak_pair("%02d" % (y % 100))),
            "%s twenty %s" % (MONTHS[m - 1], speak_pair("%02d" % (y % 100))),
            "%s slash %s" % (speak_pair("%02d" % m), speak_pair("%02d" % (y % 100))),
            "%s %s" % (MONTHS[m - 1], spoken_year(y)),
        ])
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                     "%s %d" % (MONTHS[m - 1][:3].capitalize(), y), "%d/%02d" % (m, y % 100),
                     "%s/%02d" % (MONTHS[m - 1][:3], y % 100)])

# ---------------------------------------------------------------- context
INDUSTRY = {
    "banking": ("Northgate Bank", "my current account"), "telecom": ("Vantel Mobile", "my broadband"),
    "utilities": ("Brightwater Energy", "my gas and electric"), "retail": ("Hollis & Co", "my order"),
    "insurance": ("Corvan Insurance", "my home policy"), "travel": ("SkyWays", "my booking"),
    "healthcare": ("Mercy Billing Services", "my hospital bill"), "government": ("the benefits office", "my claim"),
}
BACKCH = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yes", "got that", "and the rest?", "sorry, go ahead"]
HES = ["um, ", "uh, ", "er ", "erm, ", "so ", "yeah so ", "right, ", ""]
GREET_A = ["thanks for calling {org}, you're through to {n}, how can I help?",
           "hi, {org} customer services, {n} speaking.", "good morning, {org}, this is {n}.",
           "hello, welcome to {org} chat. I'm {n}, what can I do for you today?"]
AGENTS = ["dave", "megan", "anil", "siobhan", "carlos", "beth", "tunde", "kerry"]


def ctx():
    ind = R.choice(list(INDUSTRY))
    return ind, INDUSTRY[ind][0], INDUSTRY[ind][1]


def greet(org, asr):
    g = R.choice(GREET_A).format(org=org, n=R.choice(AGENTS))
    return g.lower() if asr else g[0].upper() + g[1:]


def distractor(asr):
    """Non-PII numbers that sound like ids, dropped into positive cases."""
    k = R.randint(0, 6)
    if k == 0:
        n = "".join(R.choice("0123456789") for _ in range(10))
        return ("and the order number's " + speak_number(n, [3, 3, 4]) if asr else "order no. " + typed_digits(n, [3, 3, 4]))
    if k == 1:
        a = "%d.%02d" % (R.randint(3, 900), R.randint(0, 99))
        return ("the balance is %s pounds %s" % (spoken_int(int(a.split(".")[0])), spoken_int(int(a.split(".")[1]) or 1))) if asr else "balance showing £%s" % a
    if k == 2:
        return "it's reference %s" % (speak_number("%08d" % R.randint(0, 10 ** 8), [4, 4]) if asr else "REF-%08d" % R.randint(0, 10 ** 8))
    if k == 3:
        return "appointment's on the %s at half two" % ordinal(R.randint(1, 28)) if asr else "appointment booked for %02d/%02d at 14:30" % (R.randint(1, 28), R.randint(1, 12))
    if k == 4:
        return "ticket %s" % (speak_number("%06d" % R.randint(0, 999999), [3, 3]) if asr else "#%06d" % R.randint(0, 999999))
    if k == 5:
        return "you've been waiting about %s minutes" % (TEENS[R.randint(0, 9)] if asr else str(R.randint(10, 45)))
    return "the serial on the box is %s" % ("s n " + speak_number("%07d" % R.randint(0, 10 ** 7), [3, 4]) if asr else "SN%07d" % R.randint(0, 10 ** 7))

# ---------------------------------------------------------------- positive templates
def spoken_value(canon, sizes, uk=True):
    return speak_number(canon, sizes, uk)


def split_spoken(canon, sizes, uk=True):
    """Split a digit value into 2-4 pieces each spoken."""
    groups = chunks(canon, sizes)
    if len(groups) < 2:
        groups = [canon[:len(canon) // 2], canon[len(canon) // 2:]]
    k = R.randint(2, min(4, len(groups)))
    cuts = sorted(R.sample(range(1, len(groups)), k - 1))
    pieces, prev = [], 0
    for c in cuts + [len(groups)]:
        pieces.append(groups[prev:c]); prev = c
    return [("".join(p), speak_number("".join(p), [len(g) for g in p], uk, fill=0.15)) for p in pieces]


def card_case(i):
    ind, org, thing = ctx()
    asr = R.random() < 0.6
    uk = R.random() < 0.6
    card, sizes = make_card()
    T = []
    T.append(("agent", [greet(org, asr)]))
    T.append(("customer", ["i want to pay off " + thing + " by card" if asr else "Hi, I need to make a payment on %s." % thing]))
    if R.random() < 0.35:
        T.append(("customer", [distractor(asr) + ("" if asr else ".")]))
    T.append(("agent", ["ok, can i take the long number on the card please" if asr else "Sure - please type the long card number."]))
    style = R.random()
    note = ""
    if asr and style < 0.45:
        pieces = split_spoken(card, sizes, uk)
        for j, (canon, sp) in enumerate(pieces):
            lead = R.choice(HES) if j == 0 else R.choice(["", "", "then ", "uh "])
            T.append(("customer", [lead, V(sp, "CARD_NUMBER", card, "piece%d/%d" % (j, len(pieces)))]))
            if j < len(pieces) - 1:
                T.append(("agent", [R.choice(BACKCH)]))
        note = "card read over %d turns with back-channels" % len(pieces)
    elif asr and style < 0.6:
        # correction / restart
        wrong_len = sizes[0] + sizes[1]
        frag = card[:wrong_len]
        bad = speak_number(frag[:-1] + str((int(frag[-1]) + 3) % 10), sizes[:2], uk, fill=0)
        T.append(("customer", [V(bad, "CARD_NUMBER", card[:wrong_len - 1] + "X", "fragment_bad"),
                               R.choice([" - no sorry, let me start again, ", " ... no wait, that's wrong. it's ", ", hang on, i've read that wrong, "]),
                               V(speak_number(card, sizes, uk), "CARD_NUMBER", card)]))
        note = "card reading with a correction and restart"
    elif asr:
        aside = R.choice([" - hang on the dog's barking - ", " ... sorry, my glasses ... ", ", wait, ", " - can you hear me? - "])
        half = sizes[0] + sizes[1]
        T.append(("customer", [R.choice(HES), V(speak_number(card[:half], sizes[:2], uk), "CARD_NUMBER", card, "piece0/2"),
                               aside, V(speak_number(card[half:], sizes[2:], uk), "CARD_NUMBER", card, "piece1/2")]))
        note = "card reading with an aside in the middle"
    else:
        lab = R.choice(["", "card: ", "card no ", "Card number - ", "its ", "ok its "])
        tv = typed_digits(card, sizes) if R.random() < 0.8 else typed_digits(card, [R.randint(2, 5) for _ in range(6)], [" "])
        T.append(("customer", [lab, V(tv, "CARD_NUMBER", card), R.choice(["", ".", " thanks", " (visa debit)"])]))
        note = "typed card number"
    readback = R.random() < 0.45
    if readback:
        rb = speak_number(card, sizes, uk, fill=0) if asr else typed_digits(card, sizes, [" "])
        T.append(("agent", ["let me read that back: " if asr else "Thanks, to confirm: ", V(rb, "CARD_NUMBER", card), "?"]))
        T.append(("customer", ["yeah that's it" if asr else "yes"]))
        note += "; agent read-back"
    # last four after full read -> labelled
    if R.random() < 0.3:
        l4 = card[-4:]
        T.append(("agent", ["great, so that's the card ending " if asr else "Card ending ",
                            V(speak_single(l4, uk) if asr else l4, "CARD_NUMBER", card, "fragment"),
                            ", and the expiry?" if asr else " noted. Expiry date?"]))
        note += "; last four after full read (labelled)"
    else:
        T.append(("agent", ["and the expiry date?" if asr else "And the expiry?"]))
    m, y = R.randint(1, 12), R.randint(2025, 2031)
    T.append(("customer", [R.choice(HES) if asr else "", V(fmt_expiry(m, y, "asr" if asr else "chat"), "EXPIRY", "%d-%02d" % (y, m))]))
    if R.random() < 0.7:
        cvv = "".join(R.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))
        T.append(("agent", ["and the three digits on the back" if asr and len(cvv) == 3 else "and the security code" if asr else "Security code (CVV) please"]))
        T.append(("customer", [R.choice(["", "it's ", "um "]) if asr else R.choice(["", "cvv ", "CVC: "]),
                               V(speak_single(cvv, uk, multi=R.random() < 0.5) if asr else cvv, "CVV", cvv)]))
        note += "; expiry + cvv"
    if R.random() < 0.3:
        T.append(("agent", ["payment of %s pounds taken, your confirmation number is %s" % (spoken_int(R.randint(20, 999)), speak_number("%09d" % R.randint(0, 10 ** 9), [3, 3, 3])) if asr else "Payment of $%d.%02d taken. Confirmation #%d" % (R.randint(20, 999), R.randint(0, 99), R.randint(10 ** 8, 10 ** 9))]))
        note += "; with non-PII amounts/confirmation number"
    return T, note + " (%s, %s)" % (ind, "asr" if asr else "chat")


def ssn_case(i):
    ind = R.choice(["healthcare", "government", "banking", "insurance", "telecom"])
    org = INDUSTRY[ind][0]
    asr = R.random() < 0.6
    ssn = make_ssn()
    T = [("agent", [greet(org, asr)])]
    T.append(("customer", ["yeah i'm calling about my bill" if asr else "Hi, question about my account."]))
    T.append(("agent", [R.choice(["to verify, can i get your social", "i'll need your social security number", "could you give me the last four of your s s n. actually no, i need the full social for this one"]) if asr else R.choice(["Please provide your SSN for verification.", "What's the social security number on the account?"])]))
    if asr and R.random() < 0.5:
        pieces = split_spoken(ssn, [3, 2, 4], uk=False)
        for j, (c, sp) in enumerate(pieces):
            T.append(("customer", [R.choice(HES) if j == 0 else "", V(sp, "SSN", ssn, "piece%d/%d" % (j, len(pieces)))]))
            if j < len(pieces) - 1:
                T.append(("agent", [R.choice(BACKCH)]))
        note = "SSN split across turns"
    elif asr:
        T.append(("customer", [R.choice(["sure it's ", "ok, ", "yeah, ", "it's uh "]), V(speak_number(ssn, [3, 2, 4], uk=False), "SSN", ssn)]))
        note = "spoken SSN"
    else:
        lab = R.choice(["", "SSN: ", "ssn ", "social is ", "SS# "])
        T.append(("customer", [lab, V(typed_digits(ssn, [3, 2, 4], ["-", "-", " ", "", " - "]), "SSN", ssn)]))
        note = "typed SSN"
    if R.random() < 0.4:
        T.append(("agent", ["thank you, that's " if asr else "Confirming ", V(speak_number(ssn, [3, 2, 4], False, 0) if asr else typed_digits(ssn, [3, 2, 4], ["-"]), "SSN", ssn), "?"]))
        T.append(("customer", ["correct" if asr else "yes"]))
        note += "; read-back"
    if R.random() < 0.6:
        # tricky non-PII in SSN rhythm
        cl = "%09d" % R.randint(0, 10 ** 9)
        T.append(("agent", ["ok and your claim number for this is " + speak_number(cl, [3, 2, 4], False) if asr else "Your claim number is " + typed_digits(cl, [3, 2, 4], ["-"])]))
        note += "; claim number in SSN rhythm (not PII)"
    if R.random() < 0.3:
        y, m, d = make_dob()
        T.append(("agent", ["and date of birth?" if asr else "DOB?"]))
        T.append(("customer", [V(fmt_dob(y, m, d, "asr" if asr else "chat"), "DOB", "%d-%02d-%02d" % (y, m, d))]))
        note += "; DOB"
    return T, note + " (%s)" % ind


def ni_case(i):
    ind = R.choice(["government", "banking", "insurance", "utilities", "healthcare"])
    org = INDUSTRY[ind][0]
    asr = R.random() < 0.6
    ni = make_ni()
    T = [("agent", [greet(org, asr)])]
    T.append(("agent", ["can i take your national insurance number please" if asr else "Can you confirm your National Insurance number?"]))
    if asr:
        def sp_ni(val):
            letters = lambda s: " ".join(speak_letter(c) for c in s)
            return letters(val[:2]) + R.choice([", ", " ", " ... "]) + speak_number(val[2:8], [2, 2, 2], True, fill=0.1) + R.choice([", ", " ", " and then "]) + letters(val[8])
        if R.random() < 0.4:
            T.append(("customer", [R.choice(HES), V(" ".join(speak_letter(c) for c in ni[:2]) + " " + speak_number(ni[2:5], [3], True, 0), "NI_NUMBER", ni, "piece0/2")]))
            T.append(("agent", [R.choice(BACKCH)]))
            T.append(("customer", [V(speak_number(ni[5:8], [3], True, 0) + " " + speak_letter(ni[8]), "NI_NUMBER", ni, "piece1/2")]))
            note = "spoken NI split over turns"
        else:
            T.append(("customer", [R.choice(["yeah it's ", "", "um, ", "right, "]), V(sp_ni(ni), "NI_NUMBER", ni)]))
            note = "spoken NI with letter spelling"
        if R.random() < 0.4:
            T.append(("agent", ["so that's ", V(sp_ni(ni), "NI_NUMBER", ni), ", yeah?"]))
            note += "; read-back"
    else:
        tv = R.choice([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                       "%s-%s-%s" % (ni[:2], ni[2:8], ni[8]), ni[:2].lower() + ni[2:8] + ni[8], "%s %s %s" % (ni[:2], ni[2:8], ni[8])])
        T.append(("customer", [R.choice(["", "NI: ", "NINO ", "ni no. ", "it's "]), V(tv, "NI_NUMBER", ni), R.choice(["", ".", " I think"])]))
        note = "typed NI"
    if R.random() < 0.6:
        # tricky: payroll / policy / reference numbers shaped like NI
        p = make_ni()
        T.append(("agent", ["and i've put a case reference on it, that's " + " ".join(p[:2].lower()) + " " + speak_number(p[2:8], [2, 2, 2], True, 0) if asr else "I've logged it under case ref %s-%s" % (p[:2], p[2:8])]))
        note += "; NI-shaped case reference (not PII)"
    return T, note + " (%s)" % ind


def bank_case(i):
    ind = "banking" if R.random() < 0.6 else R.choice(["utilities", "telecom", "insurance"])
    org = INDUSTRY[ind][0]
    asr = R.random() < 0.55
    sc = "%02d%02d%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99))
    acct = "".join(R.choice("0123456789") for _ in range(8))
    T = [("agent", [greet(org, asr)]), ("customer", ["i want to set up a direct debit" if asr else "I want to set up a direct debit"])]
    T.append(("agent", ["sort code first please" if asr else "What's the sort code?"]))
    if asr:
        T.append(("customer", [R.choice(HES), V(speak_number(sc, [2, 2, 2], True), "SORT_CODE", sc)]))
        T.append(("agent", ["and the account number"]))
        if R.random() < 0.5:
            T.append(("customer", [V(speak_number(acct[:4], [4], True), "BANK_ACCOUNT", acct, "piece0/2")]))
            T.append(("agent", [R.choice(BACKCH)]))
            T.append(("customer", [V(speak_number(acct[4:], [4], True), "BANK_ACCOUNT", acct, "piece1/2")]))
        else:
            T.append(("customer", ["it's ", V(speak_number(acct, [4, 4], True), "BANK_ACCOUNT", acct)]))
    else:
        T.append(("customer", [R.choice(["sort code ", "s/c: ", "", "Sort: "]), V(typed_digits(sc, [2, 2, 2], ["-", "-", " ", ""]), "SORT_CODE", sc),
                               R.choice([", acct no: ", " account ", "\nacc no. ", " / a/c "]), V(typed_digits(acct, [8], [""]) if R.random() < 0.7 else typed_digits(acct, [4, 4], [" "]), "BANK_ACCOUNT", acct)]))
    if R.random() < 0.4:
        T.append(("agent", ["your direct debit of %s pounds will come out on the %s" % (spoken_int(R.randint(15, 150)), ordinal(R.randint(1, 28))) if asr else "Your DD of £%d.00 will be taken on the %dth each month, mandate ref %d" % (R.randint(15, 150), R.randint(4, 28), R.randint(10 ** 7, 10 ** 8))]))
    return T, "sort code + account (%s, %s)" % (ind, "asr" if asr else "chat")


def us_bank_case(i):
    asr = R.random() < 0.5
    acct = "".join(R.choice("0123456789") for _ in range(R.randint(10, 12)))
    T = [("agent", [greet("Lakeshore Credit Union", asr)]), ("agent", ["what's the checking account number" if asr else "What's the checking account number for the refund?"])]
    if asr:
        T.append(("customer", ["ok, ", V(speak_number(acct, [3, 3, 4, 2], False), "BANK_ACCOUNT", acct)]))
    else:
        T.append(("customer", [R.choice(["Acct #", "account: ", "acct no: "]), V(acct, "BANK_ACCOUNT", acct)]))
    rt = "0" + "".join(R.choice("0123456789") for _ in range(8))
    T.append(("customer", ["and the routing number on the check is " + (speak_number(rt, [3, 3, 3], False) if asr else rt)]))
    return T, "US account number with a routing number nearby (routing not labelled)"


def iban_case(i):
    ind = R.choice(["banking", "travel", "retail", "insurance"])
    org = INDUSTRY[ind][0]
    asr = R.random() < 0.45
    ib = make_iban()
    T = [("agent", [greet(org, asr)]), ("agent", ["can you give me the iban for the refund" if asr else "Please send the IBAN for the refund."])]
    if asr:
        def sp(v):
            out = []
            for j in range(0, len(v), 4):
                g = v[j:j + 4]
                w = []
                for c in g:
                    w.append(speak_letter(c) if c.isalpha() else dword(c))
                out.append(" ".join(w))
            return R.choice([", ", " ", " ... "]).join(out)
        T.append(("customer", [R.choice(HES), V(sp(ib), "IBAN", ib)]))
        note = "spoken IBAN"
    else:
        tv = R.choice([" ".join(chunks(ib, [4] * 9)), ib, ib.lower(), " ".join(chunks(ib, [4] * 9)).lower()])
        T.append(("customer", [R.choice(["IBAN: ", "iban ", "", "Here: "]), V(tv, "IBAN", ib), R.choice(["", ".", " (BIC NWBKGB2L)"])]))
        note = "typed IBAN"
    return T, note + " (%s)" % ind


def phone_case(i):
    ind, org, thing = ctx()
    asr = R.random() < 0.55
    ph, sizes, reg = make_phone()
    T = [("agent", [greet(org, asr)]), ("agent", ["what's the best number to reach you on" if asr else "Best contact number?"])]
    if asr:
        digits = ph.lstrip("+")
        if ph.startswith("+"):
            cc_len = sizes[0] - 1
            sp = "plus " + speak_single(digits[:cc_len], reg != "us", multi=False) + " " + speak_number(digits[cc_len:], sizes[1:], reg != "us")
        else:
            sp = speak_number(ph, sizes, reg != "us")
        T.append(("customer", [R.choice(HES), V(sp, "PHONE", ph), R.choice(["", ", that's my mobile", ", home number"])]))
        if R.random() < 0.4:
            T.append(("agent", ["lovely, i've got ", V(sp, "PHONE", ph)]))
    else:
        if ph.startswith("+"):
            tv = " ".join(chunks(ph, sizes)) if R.random() < 0.7 else ph
        else:
            tv = typed_digits(ph, sizes, [" ", "-", "", "."])
        T.append(("customer", [R.choice(["", "tel: ", "mob ", "call me on ", "Phone - "]), V(tv, "PHONE", ph)]))
    if R.random() < 0.5:
        T.append(("agent", ["we're open eight till eight, and the call lasted %s minutes" % TEENS[R.randint(0, 9)] if asr else "Our lines are open 8am-8pm, Mon-Sat. Call 0800 value line is free."]))
    return T, "phone %s (%s, %s)" % (reg, ind, "asr" if asr else "chat")


def email_case(i):
    ind, org, thing = ctx()
    asr = R.random() < 0.55
    e = make_email()
    T = [("agent", [greet(org, asr)]), ("agent", ["and an email address for the confirmation" if asr else "What email should we use?"])]
    if asr:
        sp = speak_email(e)
        T.append(("customer", [R.choice(["yeah it's ", "", "um, "]), V(sp, "EMAIL", normalise(sp, email=True))]))
        if R.random() < 0.4:
            T.append(("agent", ["so that's ", V(speak_email(e), "EMAIL", e)]))
            T[-1][1][1].canon = normalise(T[-1][1][1].text, email=True)
    else:
        tv = e if R.random() < 0.6 else (e.split("@")[0].capitalize() + "@" + e.split("@")[1].upper() if R.random() < 0.5 else e.upper())
        T.append(("customer", [R.choice(["", "email: ", "its ", "E-mail - "]), V(tv, "EMAIL", e), R.choice(["", ".", " thx"])]))
    return T, "email (%s, %s)" % (ind, "asr" if asr else "chat")


def dob_case(i):
    ind, org, thing = ctx()
    asr = R.random() < 0.55
    y, m, d = make_dob()
    T = [("agent", [greet(org, asr)]), ("agent", ["can you confirm your date of birth" if asr else "Please confirm your date of birth."])]
    T.append(("customer", [R.choice(["it's ", "", "yeah, ", "um, "]), V(fmt_dob(y, m, d, "asr" if asr else "chat"), "DOB", "%d-%02d-%02d" % (y, m, d))]))
    if R.random() < 0.5:
        T.append(("agent", ["thanks. your next bill is due on the %s of %s" % (ordinal(R.randint(1, 28)), R.choice(MONTHS)) if asr else "Thanks. Your renewal date is %02d/%02d/2026." % (R.randint(1, 28), R.randint(1, 12))]))
    return T, "DOB with a non-PII date nearby (%s)" % ind


def address_case(i):
    ind, org, thing = ctx()
    asr = R.random() < 0.55
    typed, spoken = make_address()
    pc, reg = make_postcode()
    town = R.choice(TOWNS_UK if reg == "uk" else TOWNS_US)
    T = [("agent", [greet(org, asr)]), ("agent", ["what's the first line of the address" if asr else "What's the delivery address?"])]
    if asr:
        spc = speak_postcode(pc) if reg == "uk" else speak_single(pc.replace("-", ""), False)
        T.append(("customer", [R.choice(["it's ", "", "uh "]), V(spoken, "ADDRESS", typed), ", " + town.lower()]))
        T.append(("agent", ["and the postcode" if reg == "uk" else "and the zip"]))
        T.append(("customer", [V(spc, "POSTCODE", pc)]))
    else:
        T.append(("customer", [V(typed, "ADDRESS", typed), R.choice([", ", "\n", " "]) + town + R.choice([", ", " ", "\n"]), V(pc if R.random() < 0.7 else pc.lower(), "POSTCODE", pc)]))
    return T, "address + %s postcode (%s)" % (reg, ind)


def multi_case(i):
    ind, org, thing = ctx()
    asr = False
    ni = make_ni()
    e = make_email()
    ph, sizes, reg = make_phone()
    typed, _ = make_address()
    pc, reg = make_postcode()
    while reg != "uk":
        pc, reg = make_postcode()
    y, m, d = make_dob()
    T = [("customer", ["Subject: change of details\n\nHello, please update my record. NI ", V(ni, "NI_NUMBER", ni),
                       ", DOB ", V(fmt_dob(y, m, d, "chat"), "DOB", "%d-%02d-%02d" % (y, m, d)),
                       ". New address ", V(typed, "ADDRESS", typed), ", " + R.choice(TOWNS_UK) + " ", V(pc, "POSTCODE", pc),
                       ". Mobile ", V(ph, "PHONE", ph), ", email ", V(e, "EMAIL", e),
                       ". My old reference was %s and the policy no. is %s.\nThanks" % ("%d-%d" % (R.randint(1000, 9999), R.randint(10 ** 5, 10 ** 6)), make_ni()[:2] + str(R.randint(10 ** 7, 10 ** 8)))])]
    T.append(("agent", ["Thanks, updated. Ticket #%d." % R.randint(10 ** 6, 10 ** 7)]))
    return T, "e-mail with many PII values and an NI-like policy number (%s)" % ind

# ---------------------------------------------------------------- negatives
def neg_case(i):
    asr = R.random() < 0.55
    ind, org, thing = ctx()
    k = i % 22
    T = [("agent", [greet(org, asr)])]
    n16 = luhn_break(luhn_complete("4", 16))
    if k == 0:
        T.append(("customer", ["my order number is " + speak_number(n16, [4, 4, 4, 4]) if asr else "Order number: " + typed_digits(n16, [4, 4, 4, 4], [" ", "-"])]))
        T.append(("agent", ["thanks, and you paid by card, yeah? the one ending " + speak_single("%04d" % R.randint(0, 9999)) if asr else "Thanks. Paid with card ending %04d?" % R.randint(0, 9999)]))
        note = "16-digit order number read like a card + card last four"
    elif k == 1:
        tr = "".join(R.choice("0123456789") for _ in range(18))
        T.append(("agent", ["your tracking number is " + speak_number(tr, [4, 4, 4, 4, 2]) if asr else "Tracking no. " + tr]))
        note = "18-digit tracking number"
    elif k == 2:
        c = "%09d" % R.randint(10 ** 7, 10 ** 9)
        T.append(("agent", ["your claim number is " + speak_number(c, [3, 2, 4], False) + ", write that down with your card details somewhere safe" if asr else "Claim # %s-%s-%s (keep this with your insurance card)" % (c[:3], c[3:5], c[5:])]))
        note = "claim number in SSN rhythm near 'card'"
    elif k == 3:
        p = make_ni()
        T.append(("customer", ["the policy number is " + " ".join(speak_letter(ch) for ch in p[:2]) + " " + speak_number(p[2:8], [2, 2, 2], True, 0) + " " + p[8].lower() if asr else "Policy number %s" % p]))
        T.append(("agent", ["and that's not your national insurance number, just the policy one, right?" if asr else "Thanks - that's the policy number, not your NI number, correct?"]))
        note = "NI-shaped policy number, labelled as policy"
    elif k == 4:
        T.append(("customer", ["the meter reading is " + speak_number("%05d" % R.randint(0, 99999), [5]) + " and the other one's " + speak_number("%05d" % R.randint(0, 99999), [5]) if asr else "Meter readings: day %05d, night %05d, serial E%08d" % (R.randint(0, 99999), R.randint(0, 99999), R.randint(0, 10 ** 8))]))
        note = "meter readings and serial"
    elif k == 5:
        T.append(("agent", ["your balance is %s pounds %s, minimum payment %s pounds, and the interest rate is %s point nine percent" % (spoken_int(R.randint(100, 999)), spoken_int(R.randint(1, 99)), spoken_int(R.randint(5, 60)), TEENS[R.randint(0, 9)]) if asr else "Balance: £%d,%03d.%02d. Minimum payment £%d.00. APR %d.9%%." % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.randint(5, 60), R.randint(10, 29))]))
        note = "balance, payment and APR"
    elif k == 6:
        T.append(("customer", ["i'm flying out on flight b a %s, seat %s c, gate %s" % (spoken_int(R.randint(100, 999)), spoken_int(R.randint(10, 40)), spoken_int(R.randint(1, 60))) if asr else "Flight EI%d, seat %dC, gate B%d, booking ref %s" % (R.randint(100, 999), R.randint(10, 40), R.randint(1, 60), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))]))
        note = "flight, seat, gate, booking ref"
    elif k == 7:
        T.append(("customer", ["the card ending " + speak_single("%04d" % R.randint(0, 9999)) + " expired, can you send a new one" if asr else "My card ending in %04d was declined at the till" % R.randint(0, 9999)]))
        note = "card last four only"
    elif k == 8:
        inv = "".join(R.choice("0123456789") for _ in range(13))
        T.append(("agent", ["the invoice number is " + speak_number(inv, [4, 4, 5]) + " and it's due on the %s of %s" % (ordinal(R.randint(1, 28)), R.choice(MONTHS)) if asr else "Invoice INV-%s due %d %s 2026" % (inv, R.randint(1, 28), R.choice(MONTHS).capitalize())]))
        note = "13-digit invoice number + due date"
    elif k == 9:
        T.append(("customer", ["i've been on hold for %s minutes, it's twenty past three and you close at five" % TEENS[R.randint(0, 9)] if asr else "Been waiting 45 mins. It's 15:20 and you close at 17:00!"]))
        note = "durations and times"
    elif k == 10:
        s = "".join(R.choice("0123456789ABCDEFGHJK") for _ in range(12))
        T.append(("customer", ["the model is " + R.choice(["x g ", "k d ", "h p "]) + spoken_int(R.randint(100, 999)) + " and the serial number is " + " ".join(dword(c) if c.isdigit() else c.lower() for c in s) if asr else "Model XG-%d, serial number %s" % (R.randint(100, 999), s)]))
        note = "model and serial number"
    elif k == 11:
        T.append(("customer", ["i'm %s years old and i've been with you since nineteen ninety %s" % (spoken_int(R.randint(20, 90)), UNITS[R.randint(1, 9)]) if asr else "I'm %d and have been a customer since %d" % (R.randint(20, 90), R.randint(1990, 2015))]))
        note = "age and year"
    elif k == 12:
        ref = "".join(R.choice("0123456789") for _ in range(16))
        ref = luhn_break(ref) if luhn_ok(ref) else ref
        T.append(("agent", ["ok so that's not a card number, that's your payment reference, " + speak_number(ref, [4, 4, 4, 4]) if asr else "That's the payment reference (not a card number): %s" % typed_digits(ref, [4, 4, 4, 4], [" "])]))
        note = "16-digit payment reference explicitly not a card"
    elif k == 13:
        T.append(("customer", ["it's %s degrees in here and the heating's on %s percent" % (spoken_int(R.randint(10, 30)), spoken_int(R.randint(10, 99))) if asr else "Thermostat says %d°C and boiler pressure 1.%d bar" % (R.randint(10, 30), R.randint(0, 9))]))
        note = "temperature and percentages"
    elif k == 14:
        c = "%09d" % R.randint(10 ** 8, 10 ** 9)
        T.append(("agent", ["your contract number is " + speak_number(c, [3, 3, 3]) + ", it runs twenty four months from the %s of %s" % (ordinal(R.randint(1, 28)), R.choice(MONTHS)) if asr else "Contract %s-%s-%s, 24-month term starting 01/%02d/2026" % (c[:3], c[3:6], c[6:], R.randint(1, 12))]))
        note = "9-digit contract number + contract date"
    elif k == 15:
        T.append(("agent", ["we're open monday to friday, eight am to eight pm, saturday nine till one" if asr else "Opening hours: Mon-Fri 08:00-20:00, Sat 09:00-13:00. Room 204, 3rd floor."]))
        note = "opening hours, room number"
    elif k == 16:
        T.append(("customer", ["i live on the a %s, just off junction %s of the m %s" % (spoken_int(R.randint(1, 999)), spoken_int(R.randint(1, 30)), spoken_int(R.randint(1, 62))) if asr else "I'm near the A%d by junction %d of the M%d" % (R.randint(1, 999), R.randint(1, 30), R.randint(1, 62))]))
        note = "road names without house numbers"
    elif k == 17:
        a = "".join(R.choice("0123456789") for _ in range(9))
        T.append(("agent", ["the reference for your new card is " + speak_number(a, [3, 2, 4], False) + ", and the card will arrive in five to seven working days" if asr else "New card request ref %s-%s-%s. Your card will arrive in 5-7 working days." % (a[:3], a[3:5], a[5:])]))
        note = "card request reference in SSN rhythm with card words"
    elif k == 18:
        T.append(("customer", ["i paid %s ninety nine on the %s and then another %s pounds on the %s" % (spoken_int(R.randint(10, 500)), ordinal(R.randint(1, 28)), spoken_int(R.randint(10, 500)), ordinal(R.randint(1, 28))) if asr else "I paid $%d.99 on 3/%d and another $%d on 4/%d" % (R.randint(10, 500), R.randint(1, 28), R.randint(10, 500), R.randint(1, 28))]))
        note = "amounts and payment dates"
    elif k == 19:
        t = "".join(R.choice("0123456789") for _ in range(15))
        T.append(("agent", ["your i m e i is " + speak_number(t, [2, 6, 6, 1]) + ", that's on the sim card tray" if asr else "IMEI: %s (printed on the SIM card tray)" % t]))
        note = "15-digit IMEI near 'card'"
    elif k == 20:
        T.append(("agent", ["for security i'll only ever ask for the last four digits of your card, never the full number, and never your pin" if asr else "Reminder: we will never ask for your full card number, CVV or PIN."]))
        T.append(("customer", ["ok the last four are " + speak_single("%04d" % R.randint(0, 9999)) if asr else "ok last 4 = %04d" % R.randint(0, 9999)]))
        note = "card-words talk with only last four"
    else:
        st = "".join(R.choice("0123456789") for _ in range(8))
        T.append(("agent", ["your ticket number is " + speak_number(st, [2, 2, 2, 2], True) + ", and the booking is for %s people" % UNITS[R.randint(2, 9)] if asr else "Ticket no: %s-%s-%s-%s for %d passengers" % (st[:2], st[2:4], st[4:6], st[6:], R.randint(2, 9))]))
        note = "8-digit ticket number in sort code / account rhythm"
    if R.random() < 0.4:
        T.append(("customer", [R.choice(["ok thanks", "cheers", "great, that's all", "brilliant"]) if asr else "Thanks!"]))
    return T, note + " (%s, %s)" % (ind, "asr" if asr else "chat")

# ---------------------------------------------------------------- assemble
def generate():
    global R
    R = random.Random(SEED)
    plan = ([card_case] * 64 + [ssn_case] * 30 + [ni_case] * 30 + [bank_case] * 12 + [us_bank_case] * 4 +
            [iban_case] * 12 + [phone_case] * 14 + [email_case] * 14 + [dob_case] * 10 + [address_case] * 14 +
            [multi_case] * 6)
    R.shuffle(plan)
    cases, metas = [], []
    for n, fn in enumerate(plan, 1):
        T, note = fn(n)
        turns, spans, meta = build(T)
        cases.append({"id": "h441-pos-%03d" % n, "kind": "positive", "turns": turns, "spans": spans, "note": note})
        metas.append(meta)
    for n in range(1, 111):
        T, note = neg_case(n - 1)
        turns, spans, meta = build(T)
        cases.append({"id": "h441-neg-%03d" % n, "kind": "negative", "turns": turns, "spans": spans, "note": note})
        metas.append(meta)
    return cases, metas


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check(cases, metas):
    errs = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c, meta in zip(cases, metas):
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % c["id"])
        byturn = {}
        groups = {}
        for sp, (canon, part) in zip(c["spans"], meta):
            txt = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s: offsets out of range" % c["id"]); continue
            v = txt[s:e]
            if s > 0 and txt[s - 1].isalnum() or e < len(txt) and txt[e].isalnum():
                errs.append("%s: span not on word boundary: %r" % (c["id"], v))
            if not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
                errs.append("%s: span edge not alnum: %r" % (c["id"], v))
            if sp["type"] not in TYPES:
                errs.append("%s: bad type" % c["id"])
            byturn.setdefault(sp["turn"], []).append((s, e))
            if part == "fragment_bad":
                ok = normalise(v).isdigit()
            else:
                ok = validate(sp["type"], canon, part, v)
            if not ok:
                errs.append("%s: %s failed validation: %r (canon %r)" % (c["id"], sp["type"], v, canon))
            if part.startswith("piece"):
                idx, tot = part[5:].split("/")
                groups.setdefault((sp["type"], canon, tot), []).append((int(idx), normalise(v)))
        for (typ, canon, tot), parts in groups.items():
            seq = sorted(parts)
            # pieces may appear more than once (e.g. repeated reads); check each complete run
            run, ok = "", False
            for idx, nv in seq:
                pass
            joined = "".join(nv for _, nv in seq)
            if joined != canon or len(seq) != int(tot) or not validate(typ, canon, "full", canon if typ != "NI_NUMBER" else canon):
                errs.append("%s: split %s pieces %r do not rebuild %r" % (c["id"], typ, joined, canon))
        for t, ivs in byturn.items():
            ivs.sort()
            for a, b in zip(ivs, ivs[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans" % c["id"])
    return errs


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def main():
    cases, metas = generate()
    data = serialise(cases)
    if "--check" in sys.argv:
        errs = check(cases, metas)
        with open(OUT, encoding="utf-8") as f:
            if f.read() != data:
                errs.append("cases.jsonl is not byte-identical to a fresh generation")
        # re-parse the file itself: offsets / ids
        with open(OUT, encoding="utf-8") as f:
            parsed = [json.loads(l) for l in f]
        if [p["id"] for p in parsed] != [c["id"] for c in cases]:
            errs.append("file ids differ")
        cnt = counts(cases)
        npos = sum(c["kind"] == "positive" for c in cases)
        nneg = len(cases) - npos
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        mins = {t: 10 for t in TYPES}
        mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
        for t, m in mins.items():
            if cnt[t] < m:
                errs.append("too few %s spans: %d < %d" % (t, cnt[t], m))
        for e in errs:
            print("ERROR", e)
        print("positives %d negatives %d" % (npos, nneg))
        print(json.dumps(cnt))
        if errs:
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))
    print(json.dumps(counts(cases)))


if __name__ == "__main__":
    main()

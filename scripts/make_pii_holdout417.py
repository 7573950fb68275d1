#!/usr/bin/env python3
"""Generate the pii_holdout417 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout417.py          # write cases.jsonl
    python scripts/make_pii_holdout417.py --check  # regenerate and verify

Standard library only.  Every turn is built from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout417", "cases.jsonl")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINIMA = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}

# ---------------------------------------------------------------- spoken forms
UNITS = "zero one two three four five six seven eight nine".split()
TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
         "eighteen nineteen").split()
TENS = [None, None, "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
FILLERS = ["um", "uh", "er", "erm", "uhh"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
CASUAL = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward",
          "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
          "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
          "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}


def say_digit(d, r, alnum=False):
    if d == "0":
        return r.choice(["oh", "zero", "nought"] if alnum else
                        ["oh", "oh", "zero", "nought", "o"])
    return UNITS[int(d)]


def pair_ok(ab):
    return ab[0] != "0" and (ab[0] == "1" or ab[1] != "0")


def say_pair(ab):
    if ab[0] == "1":
        return TEENS[int(ab[1])]
    return TENS[int(ab[0])] + " " + UNITS[int(ab[1])]


def hundred_ok(abc):
    return abc[0] != "0" and (pair_ok(abc[1:]) or (abc[1] == "0" and abc[2] != "0"))


def say_hundred(abc, r):
    conj = r.choice([" and ", " ", " and "])
    tail = say_pair(abc[1:]) if abc[1] != "0" else UNITS[int(abc[2])]
    return UNITS[int(abc[0])] + " hundred" + conj + tail


def say_digits(s, r, alnum=False, fill=0.0, pairs=0.3, hundreds=0.08,
               numerals=0.0):
    """Speak a digit string as an ASR transcript would render it."""
    toks = []
    i = 0
    while i < len(s):
        rem = s[i:]
        x = r.random()
        if r.random() < numerals:
            n = r.choice([1, 2, 4])
            toks.append(rem[:n])
            i += len(rem[:n])
        elif len(rem) >= 3 and rem[0] == rem[1] == rem[2] and x < 0.7:
            toks.append("triple " + say_digit(rem[0], r, alnum))
            i += 3
        elif len(rem) >= 2 and rem[0] == rem[1] and x < 0.6:
            toks.append("double " + say_digit(rem[0], r, alnum))
            i += 2
        elif len(rem) >= 3 and hundred_ok(rem[:3]) and x < hundreds:
            toks.append(say_hundred(rem[:3], r))
            i += 3
        elif len(rem) >= 2 and pair_ok(rem[:2]) and x < pairs + hundreds:
            toks.append(say_pair(rem[:2]))
            i += 2
        else:
            toks.append(say_digit(rem[0], r, alnum))
            i += 1
        if fill and i < len(s) and r.random() < fill:
            toks.append(r.choice(FILLERS))
    return " ".join(toks)


def say_letter(c, r, style=None):
    c = c.lower()
    style = style or r.choice(["plain", "plain", "nato", "for", "casual"])
    if style == "plain":
        return c
    if style == "nato":
        return NATO[c]
    if style == "casual" and c in CASUAL:
        return c + " as in " + CASUAL[c]
    return c + " for " + NATO[c]


def say_alnum(s, r, fill=0.0, lstyle=None, pairs=0.2):
    """Speak a mixed letter/digit string, grouping digit runs."""
    parts = re.findall(r"[A-Za-z]|\d+", s)
    out = []
    for k, p in enumerate(parts):
        if p.isdigit():
            out.append(say_digits(p, r, alnum=True, pairs=pairs, hundreds=0.0))
        else:
            out.append(say_letter(p, r, lstyle))
        if fill and k < len(parts) - 1 and r.random() < fill:
            out.append(r.choice(FILLERS))
    return " ".join(out)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def chunks(s, n):
    """Split s into n roughly equal consecutive chunks."""
    step = len(s) / n
    cuts = [round(step * k) for k in range(n + 1)]
    return [s[cuts[k]:cuts[k + 1]] for k in range(n)]


# -------------------------------------------------------------- normalisation
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "nought": "0", "naught": "0", "o": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV.update({"juliett": "j", "whisky": "w", "alfa": "a"})
ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4",
            "fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8",
            "ninth": "9", "tenth": "10", "eleventh": "11", "twelfth": "12",
            "thirteenth": "13", "fourteenth": "14", "fifteenth": "15",
            "sixteenth": "16", "seventeenth": "17", "eighteenth": "18",
            "nineteenth": "19", "twentieth": "20", "thirtieth": "30"}
SKIP = set(FILLERS) | {"and", "dash", "hyphen", "space", "then", "slash",
                       "the", "of", "hmm"}


def normalise(text, alnum=False, ordinals=False):
    """Turn a typed or spoken value into a compact upper-case string."""
    toks = re.findall(r"[a-z0-9]+|\+", text.lower())
    out = []
    i = 0
    n = len(toks)

    def unit(t):
        if t in WORDNUM and not (alnum and t == "o"):
            return WORDNUM[t]
        return None

    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        nxt2 = toks[i + 2] if i + 2 < n else None
        if t == "+" or t == "plus":
            out.append("+")
        elif t in ("double", "triple") and nxt is not None:
            d = unit(nxt)
            if d is None and alnum and len(nxt) == 1:
                d = nxt.upper()
            if d is None:
                d = NATO_REV.get(nxt, "?").upper()
            out.append(d * (2 if t == "double" else 3))
            i += 1
        elif unit(t) is not None and nxt in ("hundred", "thousand"):
            big = nxt == "thousand"
            val = int(unit(t)) * (1000 if big else 100)
            j = i + 2
            if j < n and toks[j] == "and":
                j += 1
            if j < n and toks[j] in TEENNUM:
                val += int(TEENNUM[toks[j]])
                j += 1
            elif j < n and toks[j] in TENNUM:
                val += int(TENNUM[toks[j]]) * 10
                j += 1
                if j < n and unit(toks[j]) is not None and toks[j] not in ("oh", "o", "nought", "zero"):
                    val += int(unit(toks[j]))
                    j += 1
            elif j < n and unit(toks[j]) is not None:
                val += int(unit(toks[j]))
                j += 1
            out.append(("%04d" if big else "%03d") % val)
            i = j
            continue
        elif t in TENNUM and ordinals and nxt in ORDINALS and int(ORDINALS[nxt]) < 10:
            out.append(TENNUM[t] + ORDINALS[nxt])
            i += 1
        elif t in TENNUM:
            if nxt is not None and unit(nxt) is not None and nxt not in ("oh", "o", "nought", "zero") and nxt2 != "hundred":
                out.append(TENNUM[t] + unit(nxt))
                i += 1
            else:
                out.append(TENNUM[t] + "0")
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif ordinals and t in ORDINALS:
            out.append(ORDINALS[t])
        elif unit(t) is not None:
            out.append(unit(t))
        elif len(t) == 1 and nxt == "for" and nxt2 is not None and nxt2.startswith(t):
            out.append(t.upper())
            i += 2
        elif len(t) == 1 and nxt == "as" and nxt2 == "in" and i + 3 < n and toks[i + 3].startswith(t):
            out.append(t.upper())
            i += 3
        elif t in NATO_REV:
            out.append(NATO_REV[t].upper())
        elif t in SKIP:
            pass
        elif re.fullmatch(r"\d+(st|nd|rd|th)", t):
            out.append(re.sub(r"\D", "", t))
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    x = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in x)
    return int(num) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MON_RE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b")
STREET_RE = re.compile(r"\b(road|rd|street|st|lane|ln|avenue|ave|drive|dr|close|way|"
                       r"crescent|terrace|court|place|gardens|grove|boulevard|blvd|"
                       r"park|row|hill|square|walk|mews|kingsway)\b")
NUMWORD_RE = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                        r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                        r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b")


def email_norm(text):
    toks = re.findall(r"[a-z0-9]+|[@._\-]", text.lower())
    mapping = {"dot": ".", "at": "@", "underscore": "_", "dash": "-",
               "hyphen": "-", "period": ".", "point": "."}
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in mapping:
            out.append(mapping[t])
        elif t in FILLERS:
            pass
        elif t in ("double", "triple") and nxt is not None:
            d = WORDNUM.get(nxt, nxt) if nxt != "o" else "o"
            out.append(d * (2 if t == "double" else 3))
            i += 1
        elif t in TENNUM and nxt is not None and nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero"):
            out.append(TENNUM[t] + WORDNUM[nxt])
            i += 1
        elif t in TENNUM:
            out.append(TENNUM[t] + "0")
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t in WORDNUM and t != "o":
            out.append(WORDNUM[t])
        elif len(t) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(t)
            i += 2
        else:
            out.append(t)
        i += 1
    return "".join(out)


def full_valid(typ, text):
    """Return True when text alone is a complete valid value of typ."""
    low = text.lower()
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", email_norm(text)) is not None
    if typ == "ADDRESS":
        return STREET_RE.search(low) is not None and NUMWORD_RE.search(low) is not None
    if typ == "DOB":
        if MON_RE.search(low):
            return True
        d = normalise(text, ordinals=True)
        return d.isdigit() and 4 <= len(d) <= 8
    if typ == "EXPIRY":
        if MON_RE.search(low):
            return True
        d = normalise(text)
        if not d.isdigit() or not 3 <= len(d) <= 6:
            return False
        m = int(d[:2]) if len(d) in (4, 6) else int(d[:1])
        return 1 <= m <= 12
    v = normalise(text, alnum=typ in ("NI_NUMBER", "IBAN", "POSTCODE"))
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" \
            and v[3:5] != "00" and v[5:] != "0000"
    if typ == "NI_NUMBER":
        return NI_RE.fullmatch(v) is not None
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        d = v[1:] if v.startswith("+") else v
        return d.isdigit() and 9 <= len(d) <= 15
    if typ == "POSTCODE":
        return UK_PC.fullmatch(v) is not None or re.fullmatch(r"\d{5}(\d{4})?", v) is not None
    raise ValueError(typ)


def frag_norm(typ, text):
    if typ == "EMAIL":
        return email_norm(text).upper()
    return normalise(text, alnum=typ in ("NI_NUMBER", "IBAN", "POSTCODE")).lstrip("+")


# ------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []

    def t(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s != ""]))
        return self

    def build(self, cid):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    start = len(text)
                    text += s[0]
                    spans.append({"turn": ti, "start": start, "end": len(text), "type": s[1]})
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}


def V(text, typ):
    return (text, typ)


# -------------------------------------------------------------- value makers
def luhn_complete(prefix, length, r):
    body = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def luhn_break(s):
    last = (int(s[-1]) + 1 + 0) % 10
    cand = s[:-1] + str(last)
    return cand if not luhn_ok(cand) else s[:-1] + str((last + 1) % 10)


def make_card(r):
    kind = r.choices(["visa", "mc", "amex", "visa13", "maestro19", "disc"], [40, 30, 12, 4, 6, 8])[0]
    if kind == "visa":
        return luhn_complete("4" + str(r.randrange(10)), 16, r)
    if kind == "mc":
        return luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, r)
    if kind == "amex":
        return luhn_complete(r.choice(["34", "37"]), 15, r)
    if kind == "visa13":
        return luhn_complete("4", 13, r)
    if kind == "maestro19":
        return luhn_complete(r.choice(["6759", "6761", "5018"]), 19, r)
    return luhn_complete("6011", 16, r)


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 3, 3, 3]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def make_ssn(r):
    while True:
        a = r.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randrange(1, 100), r.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(r):
    while True:
        p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(r.randrange(10)) for _ in range(6)) + r.choice("ABCD")


def iban_check(country, bban):
    x = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in x)
    return "%02d" % (98 - int(num) % 97)


def make_iban(r):
    c = r.choice(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL"])
    dg = lambda n: "".join(str(r.randrange(10)) for _ in range(n))
    if c == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(6) + dg(8)
    elif c == "IE":
        bban = r.choice(["AIBK", "BOFI", "IPBS"]) + dg(6) + dg(8)
    elif c == "DE":
        bban = dg(18)
    elif c == "FR":
        bban = dg(23)
    elif c == "ES":
        bban = dg(20)
    else:
        bban = r.choice(["ABNA", "RABO", "INGB"]) + dg(10)
    return c + iban_check(c, bban) + bban


def make_phone(r):
    k = r.choice(["ukmob", "ukland", "ukintl", "us", "usintl", "ie", "ieintl", "eu"])
    dg = lambda n: "".join(str(r.randrange(10)) for _ in range(n))
    if k == "ukmob":
        d = "07" + r.choice(["700", "911", "823", "456", "380"]) + dg(6)
        return d, [d[:5] + " " + d[5:], d[:5] + " " + d[5:8] + " " + d[8:], d, d[:4] + "-" + d[4:7] + "-" + d[7:]]
    if k == "ukland":
        d = r.choice(["0161", "0113", "0141", "0117", "0131"]) + dg(7)
        return d, [d[:4] + " " + d[4:7] + " " + d[7:], "(" + d[:4] + ") " + d[4:], d]
    if k == "ukintl":
        d = "+447" + r.choice(["700", "911", "823", "456"]) + dg(6)
        return d, ["+44 " + d[3:7] + " " + d[7:], "+44 (0)" + d[3:7] + " " + d[7:], d, "0044 " + d[3:]]
    if k == "us":
        d = r.choice(["212", "415", "617", "312", "503"]) + "555" + dg(4)
        return d, ["(" + d[:3] + ") " + d[3:6] + "-" + d[6:], d[:3] + "." + d[3:6] + "." + d[6:], d[:3] + "-" + d[3:6] + "-" + d[6:]]
    if k == "usintl":
        d = "+1" + r.choice(["646", "720", "305"]) + "555" + dg(4)
        return d, ["+1 " + d[2:5] + "-" + d[5:8] + "-" + d[8:], "+1 (" + d[2:5] + ") " + d[5:8] + " " + d[8:]]
    if k == "ie":
        d = "08" + r.choice("35679") + dg(7)
        return d, [d[:3] + " " + d[3:6] + " " + d[6:], d]
    if k == "ieintl":
        d = "+3538" + r.choice("35679") + dg(7)
        return d, ["+353 " + d[4:6] + " " + d[6:9] + " " + d[9:], d]
    d = r.choice(["+4930", "+3314", "+3491", "+3120"]) + dg(8)
    return d, [d[:3] + " " + d[3:5] + " " + d[5:9] + " " + d[9:], d]


FIRST = ["sarah", "liam", "priya", "tom", "aoife", "marcus", "dana", "kev", "olu",
         "jess", "ravi", "niamh", "ben", "carla", "sean", "hannah", "raj", "mia"]
LAST = ["kemp", "byrne", "nair", "harding", "kelly", "webb", "okafor", "lowe",
        "ferreira", "doyle", "mensah", "quinn", "patel", "murphy", "grant"]
DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.ie", "btinternet.com",
           "icloud.com", "proton.me", "eircom.net", "aol.com", "live.co.uk"]


def make_email(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    style = r.randrange(6)
    num = str(r.choice([7, 12, 23, 45, 84, 91, 1986, 2001, 77]))
    local = [f + "." + l, f[0] + "." + l, f + "_" + l + num, f + l[0] + num,
             l + "." + f, f + "-" + l][style]
    return local + "@" + r.choice(DOMAINS)


def say_email(e, r, fill=0.0):
    local, dom = e.split("@")
    out = []
    for p in re.findall(r"[a-z]+|\d+|[._\-]", local):
        if p == ".":
            out.append("dot")
        elif p == "_":
            out.append("underscore")
        elif p == "-":
            out.append(r.choice(["dash", "hyphen"]))
        elif p.isdigit():
            out.append(say_digits(p, r, pairs=0.9, hundreds=0))
        elif len(p) <= 2 or r.random() < 0.2:
            out.append(" ".join(p))
        else:
            out.append(p)
        if fill and r.random() < fill:
            out.append(r.choice(FILLERS))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


STREETS = ["Hawthorn Road", "Mill Lane", "Church Street", "Victoria Avenue", "Kingsway",
           "Oakfield Drive", "Station Road", "Maple Avenue", "Elm Grove", "Beech Close",
           "Harbour View Terrace", "Pine Street", "Castle Crescent", "Orchard Way",
           "Riverside Walk", "Albert Place", "Lakeview Boulevard", "Queens Gardens"]
UK_AREAS = ["SW", "M", "B", "LS", "EH", "G", "CR", "BS", "NE", "CF", "BT", "L", "N", "SE", "OX", "DN"]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode(r):
    if r.random() < 0.35:
        z = "%05d" % r.randrange(1001, 99950)
        if r.random() < 0.3:
            return z + "-%04d" % r.randrange(1, 10000)
        return z
    a = r.choice(UK_AREAS)
    dist = str(r.randrange(1, 20))
    return a + dist + " " + str(r.randrange(10)) + r.choice(PC_LET) + r.choice(PC_LET)


def say_postcode(p, r, fill=0.0):
    if p[0].isdigit():
        return say_digits(re.sub(r"\D", "", p), r, alnum=True, pairs=0.3, hundreds=0, fill=fill)
    out, inw = p.split(" ")
    ls = r.choice(["plain", "plain", "nato", "for"])
    return say_alnum(out, r, lstyle=ls, pairs=0.5) + r.choice([" ", ", ", " um "]) + say_alnum(inw, r, lstyle=ls, pairs=0)


def make_address(r):
    st = r.choice(STREETS)
    n = r.choice([r.randrange(1, 40), r.randrange(1, 200), r.randrange(100, 2400)])
    flat = r.random() < 0.25
    fl = r.randrange(1, 30)
    typed = ("Flat %d, " % fl if flat else "") + "%d %s" % (n, st)
    if r.random() < 0.15 and not flat:
        typed = "%d%s %s" % (n, r.choice("ab"), st)
    spoken_num = say_house(n, r)
    spoken = ("flat %s " % say_house(fl, r) if flat else "") + spoken_num + " " + st.lower()
    if re.match(r"\d+[ab] ", typed):
        spoken = spoken_num + " " + typed.split(" ")[0][-1] + " " + st.lower()
    return typed, spoken


def say_house(n, r):
    s = str(n)
    if len(s) == 1:
        return UNITS[n]
    if len(s) == 2:
        return say_pair(s) if pair_ok(s) else TENS[n // 10]
    if len(s) == 3 and hundred_ok(s) and r.random() < 0.6:
        return say_hundred(s, r).replace(" and ", " and ")
    if len(s) == 4 and pair_ok(s[:2]) and (pair_ok(s[2:]) or s[2:] == "00"):
        return say_pair(s[:2]) + " " + ("hundred" if s[2:] == "00" else say_pair(s[2:]))
    return say_digits(s, r, pairs=0)


def make_dob(r):
    y = r.randrange(1938, 2006)
    m = r.randrange(1, 13)
    d = r.randrange(1, 29)
    return y, m, d


ORD_W = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
         "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
         "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordinal_word(d):
    if d <= 20:
        return ORD_W[d]
    return "twenty " + ORD_W[d - 20] if d < 30 else "thirtieth"


def say_year(y, r):
    s = str(y)
    if y == 2000:
        return "two thousand"
    if y >= 2000:
        return r.choice(["two thousand and " + (say_pair(s[2:]) if pair_ok(s[2:]) else UNITS[int(s[3])]),
                         "two thousand " + (say_pair(s[2:]) if pair_ok(s[2:]) else UNITS[int(s[3])])])
    tail = say_pair(s[2:]) if pair_ok(s[2:]) else ("oh " + UNITS[int(s[3])] if s[2] == "0" else TENS[int(s[2])])
    return "nineteen " + tail


def dob_typed(y, m, d, r):
    mn = MONTHS[m - 1].capitalize()
    sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return r.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%02d" % (d, m, y % 100), "%d-%02d-%02d" % (y, m, d),
                     "%s %d, %d" % (mn, d, y), "%d%s %s %d" % (d, sfx, mn, y), "%02d/%02d/%d" % (m, d, y),
                     "%d %s %d" % (d, mn[:3], y)])


def dob_spoken(y, m, d, r):
    mn = MONTHS[m - 1]
    yr = say_year(y, r)
    return r.choice(["the %s of %s %s" % (ordinal_word(d), mn, yr),
                     "%s the %s %s" % (mn, ordinal_word(d), yr),
                     "%s %s %s" % (mn, ordinal_word(d), yr),
                     "%s of the %s %s" % (ordinal_word(d), ORD_W[m], yr),
                     "%s %s %s" % (say_digits("%02d" % d, r, pairs=0), say_digits("%02d" % m, r, pairs=0), yr)])


def make_expiry(r):
    return r.randrange(1, 13), r.randrange(25, 33)


def expiry_typed(m, y, r):
    return r.choice(["%02d/%02d" % (m, y), "%02d-%02d" % (m, y), "%d/20%02d" % (m, y),
                     "%s %02d" % (MONTHS[m - 1][:3].capitalize(), y), "%02d%02d" % (m, y),
                     "%02d / %02d" % (m, y)])


def expiry_spoken(m, y, r):
    sep = r.choice([" ", " ", " slash ", " twenty "])
    if y % 10 == 0:
        ys = TENS[y // 10]
    elif r.random() < 0.7 or sep == " twenty ":
        ys = say_pair(str(y))
    else:
        ys = say_digits(str(y), r, pairs=0)
    ms = "%02d" % m
    return r.choice([say_digit("0", r) + " " + UNITS[m] if m < 10 else say_pair(ms),
                     MONTHS[m - 1],
                     say_digits(ms, r, pairs=0)]) + sep + ys


# ---------------------------------------------------------------- contexts
ORGS = [("banking", "Northgate Bank", "UK"), ("banking", "Harbour Credit Union", "IE"),
        ("telecom", "Velo Mobile", "UK"), ("telecom", "Clearline Wireless", "US"),
        ("utilities", "Brightwater Energy", "UK"), ("utilities", "Midland Gas & Power", "US"),
        ("retail", "Harlow & Finch", "UK"), ("retail", "Ostra Home", "EU"),
        ("insurance", "Cobalt Insurance", "UK"), ("insurance", "Lakeshore Mutual", "US"),
        ("travel", "Skylark Airways", "IE"), ("travel", "Rail Europa Bookings", "EU"),
        ("healthcare billing", "St Aidan's Patient Billing", "US"),
        ("healthcare billing", "Meridian Dental Accounts", "UK"),
        ("government", "the Council Tax office", "UK"), ("government", "the State Benefits Helpline", "US")]


def org(r):
    return r.choice(ORGS)


def hes(r, p=0.5):
    return r.choice(["", "", "um ", "uh ", "yeah ", "right ", "so ", "okay so "]) if r.random() < p else ""


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "yes", "right", "got that", "mm hm"]


# --------------------------------------------------------- decoy snippets
def decoy(r, asr, near="card", last4=True):
    """A sentence with a non-PII number; returns plain text."""
    k = r.randrange(16)
    while k == 3 and not last4:
        k = r.randrange(16)
    if k == 0:
        n = luhn_break(make_card(r))
        v = say_digits(n, r, pairs=0.2) if asr else group(n, [4, 4, 4, 4])
        return r.choice(["the order number is %s", "my order number, it's printed above the %s bit, is " % near + "%s",
                         "invoice number %s", "the reference on the letter is %s"]) % v
    if k == 1:
        n = make_ssn(r)
        v = say_digits(n, r, pairs=0.2) if asr else "%s-%s-%s" % (n[:3], n[3:5], n[5:])
        return r.choice(["the claim number is %s", "ticket number %s", "my case reference is %s"]) % v
    if k == 2:
        v = make_ni(r)
        vv = say_alnum(v, r) if asr else v[:2] + " " + v[2:4] + " " + v[4:6] + " " + v[6:8] + " " + v[8]
        return r.choice(["the policy number is %s", "the model number on the back is %s", "serial number %s"]) % vv
    if k == 3:
        d = "%04d" % r.randrange(10000)
        v = say_digits(d, r, pairs=0.4) if asr else d
        return r.choice(["it's the %s ending %s" % (near, v), "the one ending in %s" % v,
                         "I've got the %s ending %s here" % (near, v), "last four are %s" % v])
    if k == 4:
        amt = r.randrange(20, 2500)
        return (("%s pounds %s" % (say_house(amt, r), say_pair("%02d" % r.randrange(11, 99)) if True else ""))
                if asr else "£%s.%02d" % ("{:,}".format(amt), r.randrange(100)))
    if k == 5:
        return r.choice(["the balance is showing as %s", "I was charged %s twice"]) % (
            ("%s dollars" % say_house(r.randrange(100, 999), r)) if asr else "$%d.%02d" % (r.randrange(100, 3000), r.randrange(100)))
    if k == 6:
        return r.choice(["we're open eight till eight", "it took forty five minutes", "I've been on hold for twenty minutes",
                         "the appointment is on the fourteenth at half ten", "the payment goes out on the first of every month",
                         "my contract ends in march twenty twenty six", "it's been three point nine percent since two thousand and nineteen",
                         "I'm seventy eight years old", "the heating is set to twenty one degrees",
                         "I've had the account since nineteen ninety eight"])
    if k == 7:
        m = "%05d" % r.randrange(100000)
        return "the meter reading is %s" % (say_digits(m, r, pairs=0) if asr else m)
    if k == 8:
        return r.choice(["flight EI 154 from gate 12", "seat 14C", "room 1208", "flight BA 0117",
                         "coach G, seat forty one", "platform nine"]) if not asr else r.choice(
            ["flight e i one five four from gate twelve", "seat fourteen c", "room twelve oh eight", "flight b a oh one one seven"])
    if k == 9:
        return r.choice(["I was on the A40", "just off the M25", "up Route 9", "near junction 14 of the M6"]) if not asr else \
            r.choice(["I was on the a forty", "just off the m twenty five", "out on route nine"])
    if k == 10:
        t = "1Z" + "".join(r.choice("0123456789AEXW") for _ in range(16))
        return "the tracking number is %s" % (say_alnum(t, r, lstyle="plain") if asr else t)
    if k == 11:
        n = "".join(str(r.randrange(10)) for _ in range(12))
        return "the serial on the %s reader is %s" % (near, say_digits(n, r) if asr else group(n, [4, 4, 4]))
    if k == 12:
        n = "%02d%02d%02d" % (r.randrange(10, 99), r.randrange(10, 99), r.randrange(10, 99))
        return "booking reference %s" % (say_digits(n, r, pairs=0.8) if asr else "-".join([n[:2], n[2:4], n[4:]]))
    if k == 13:
        return "the security code on the parcel card is %s" % (say_digits("%03d" % r.randrange(1000), r) if asr
                                                                else "%03d" % r.randrange(1000))
    if k == 14:
        return "I've got %s %s outstanding" % (say_house(r.randrange(2, 12), r) if asr else str(r.randrange(2, 12)),
                                              r.choice(["invoices", "parcels", "payments"]))
    return "policy number %s" % (say_digits("".join(str(r.randrange(10)) for _ in range(10)), r) if asr
                                 else "POL-" + "".join(str(r.randrange(10)) for _ in range(10)))


# ----------------------------------------------------------- value renders
TYPE_WORDS = {
    "CARD_NUMBER": (["long card number", "full card number", "sixteen digit number on the front", "card number"],
                    ["card no:", "Card number:", "card #", "cc:", "card"]),
    "CVV": (["three digit security code on the back", "CVV", "security code"], ["cvv:", "CVC", "security code:", "sec code"]),
    "EXPIRY": (["expiry date", "expiry", "valid to date"], ["exp:", "Expiry", "exp date", "expires"]),
    "SSN": (["social security number", "social", "SSN"], ["SSN:", "ssn", "Social Security #", "SS#"]),
    "NI_NUMBER": (["national insurance number", "NI number", "national insurance"], ["NI no:", "NINO", "NI number", "Nat Ins"]),
    "BANK_ACCOUNT": (["account number", "bank account number"], ["acct no:", "Account number:", "a/c", "acc #"]),
    "SORT_CODE": (["sort code"], ["sort code:", "S/C", "sortcode"]),
    "IBAN": (["IBAN", "international account number"], ["IBAN:", "iban", "IBAN no."]),
    "PHONE": (["best contact number", "phone number", "mobile number", "number we can reach you on"],
              ["tel:", "Mobile:", "phone", "cell #", "ph."]),
    "EMAIL": (["email address", "email"], ["email:", "E-mail", "mail to", "contact email"]),
    "DOB": (["date of birth", "DOB"], ["DOB:", "date of birth", "d.o.b", "born"]),
    "POSTCODE": (["postcode", "zip code", "post code"], ["postcode:", "ZIP", "post code", "zip"]),
    "ADDRESS": (["first line of the address", "street address", "address"], ["address:", "Addr", "1st line of address", "street"]),
}


def new_value(typ, r):
    """Return (canonical, typed_render, spoken_fn(r, fill), splittable)."""
    if typ == "CARD_NUMBER":
        c = make_card(r)
        g = card_groups(c)
        opts = [group(c, g), group(c, g, "-"), c, group(c, [4, 4, 4, 4]) if len(c) == 16 else c,
                group(c, [6, 10]) if len(c) == 16 else group(c, g, "  "), group(c, [4, 4, 8]) if len(c) == 16 else group(c, g, "."),
                group(c, g, " - ")]
        return c, r.choice(opts), (lambda rr, fill, s=c: say_digits(s, rr, fill=fill, pairs=rr.choice([0, 0.2, 0.5]),
                                                                   hundreds=rr.choice([0, 0.1]), numerals=rr.choice([0, 0, 0.3]))), True
    if typ == "CVV":
        c = "%03d" % r.randrange(1000) if r.random() < 0.85 else "%04d" % r.randrange(10000)
        return c, c, (lambda rr, fill, s=c: say_digits(s, rr, pairs=0.3, hundreds=0.3)), False
    if typ == "SSN":
        s = make_ssn(r)
        return s, r.choice(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
                            "%s.%s.%s" % (s[:3], s[3:5], s[5:]), "%s-%s%s" % (s[:3], s[3:5], s[5:])]), \
            (lambda rr, fill, s=s: say_digits(s, rr, fill=fill, pairs=rr.choice([0, 0.3]), hundreds=rr.choice([0, 0.2]))), True
    if typ == "NI_NUMBER":
        n = make_ni(r)
        t = r.choice([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(),
                      n[:2] + " " + n[2:8] + " " + n[8], n[:2].lower() + n[2:], n[:2] + "-" + n[2:8] + "-" + n[8]])
        return n, t, (lambda rr, fill, s=n: say_alnum(s, rr, fill=fill, pairs=rr.choice([0, 0.4]))), True
    if typ == "BANK_ACCOUNT":
        a = "".join(str(r.randrange(10)) for _ in range(r.choice([8, 8, 8, 10, 12])))
        return a, r.choice([a, group(a, [4, 4]), group(a, [2, 3, 3, 4])]), \
            (lambda rr, fill, s=a: say_digits(s, rr, fill=fill, pairs=0.3)), True
    if typ == "SORT_CODE":
        s = "%02d%02d%02d" % (r.choice([20, 40, 30, 60, 77, 83, 9, 11]), r.randrange(100), r.randrange(100))
        return s, r.choice(["-".join([s[:2], s[2:4], s[4:]]), " ".join([s[:2], s[2:4], s[4:]]), s]), \
            (lambda rr, fill, s=s: say_digits(s, rr, fill=fill, pairs=rr.choice([0, 0.9]), hundreds=0)), True
    if typ == "IBAN":
        i = make_iban(r)
        return i, r.choice([group(i, [4] * 9), i, group(i, [4] * 9).lower()]), \
            (lambda rr, fill, s=i: say_alnum(s, rr, fill=fill, lstyle=rr.choice(["plain", "for", "nato"]))), True
    if typ == "PHONE":
        p, forms = make_phone(r)
        def sp(rr, fill, p=p):
            body = p[1:] if p.startswith("+") else p
            pre = "plus " if p.startswith("+") else ""
            return pre + say_digits(body, rr, fill=fill, pairs=0.2)
        return p, r.choice(forms), sp, True
    if typ == "EMAIL":
        e = make_email(r)
        t = r.choice([e, e, e.capitalize(), e.upper() if r.random() < 0.2 else e])
        return e, t, (lambda rr, fill, s=e: say_email(s, rr, fill)), False
    if typ == "DOB":
        y, m, d = make_dob(r)
        return (y, m, d), dob_typed(y, m, d, r), (lambda rr, fill, a=(y, m, d): dob_spoken(*a, rr)), False
    if typ == "EXPIRY":
        m, y = make_expiry(r)
        return (m, y), expiry_typed(m, y, r), (lambda rr, fill, a=(m, y): expiry_spoken(*a, rr)), False
    if typ == "POSTCODE":
        p = make_postcode(r)
        t = r.choice([p, p, p.lower(), p.replace(" ", "")])
        return p, t, (lambda rr, fill, s=p: say_postcode(s, rr, fill)), False
    if typ == "ADDRESS":
        typed, spoken = make_address(r)
        return typed, typed, (lambda rr, fill, s=spoken: s), False
    raise ValueError(typ)


def split_spoken(typ, canon, r, n):
    """Split a splittable value into n spoken parts."""
    if typ == "CARD_NUMBER":
        g = card_groups(canon)
        parts, i = [], 0
        for size in g:
            parts.append(canon[i:i + size])
            i += size
        if n != len(parts):
            parts = chunks(canon, n)
    elif typ == "PHONE":
        body = canon[1:] if canon.startswith("+") else canon
        parts = chunks(body, n)
        if canon.startswith("+"):
            parts[0] = "+" + parts[0]
    else:
        parts = chunks(canon, n)
    out = []
    for p in parts:
        if typ in ("NI_NUMBER", "IBAN"):
            out.append(say_alnum(p, r, pairs=0.3))
        elif p.startswith("+"):
            out.append("plus " + say_digits(p[1:], r, pairs=0.2))
        else:
            out.append(say_digits(p, r, pairs=r.choice([0, 0.3]), fill=0.1))
    return out


# ------------------------------------------------------------ scenarios
def ask(typ, r, asr):
    w = r.choice(TYPE_WORDS[typ][0])
    q = r.choice(["can I take your %s please", "could you read me the %s", "and what's the %s",
                  "I'll just need the %s", "can you give me your %s", "whenever you're ready, the %s"]) % w
    return q + ("" if asr else "?")


def lead(r, asr):
    return r.choice(["", "yeah it's ", "it's ", "okay ", "yep so it's ", "right, ", "that'd be ", "sure it's "]) if asr else \
        r.choice(["", "It's ", "sure - ", "ok its ", "yes: ", "Here you go: "])


def positive(typ, r, idx):
    ind, name, ctry = org(r)
    asr = r.random() < 0.6
    canon, typed, spoken, splittable = new_value(typ, r)
    c = Case("positive", "")
    pattern = r.choice(["single", "readback", "split", "correction", "aside", "decoy", "multi"] if asr else
                       ["chatlabel", "chatlabel", "chatdecoy", "chatmulti", "email"])
    if pattern in ("split", "correction", "aside") and not splittable:
        pattern = "readback"
    note = "%s %s, %s" % (ind, "call" if asr else "chat", typ)
    fill = r.choice([0, 0, 0.1, 0.25])

    if pattern == "single":
        c.t("agent", "thanks for calling %s, %s" % (name.lower(), ask(typ, r, True)))
        c.t("customer", hes(r) + lead(r, True), V(spoken(r, fill), typ), r.choice(["", " yeah", " that's it"]))
        c.t("agent", r.choice(["lovely thank you", "great, bear with me", "thank you, one moment"]))
        note += ", single spoken reading"
    elif pattern == "readback":
        sp = spoken(r, fill)
        c.t("agent", ask(typ, r, True))
        c.t("customer", lead(r, True), V(sp, typ))
        rb = spoken(r, 0) if typ not in ("ADDRESS",) else sp
        c.t("agent", r.choice(["so that's ", "let me read that back, ", "okay i've got ", "just to confirm "]), V(rb, typ),
            r.choice([" is that right", " yeah", " correct", ""]))
        c.t("customer", r.choice(["yes", "that's right", "yep spot on", "correct"]))
        note += ", agent read-back"
    elif pattern == "split":
        n = r.choice([2, 3, 3, 4]) if len(str(canon)) >= 12 else 2
        parts = split_spoken(typ, canon, r, n)
        c.t("agent", ask(typ, r, True))
        for k, p in enumerate(parts):
            pre = lead(r, True) if k == 0 else hes(r, 0.4)
            c.t("customer", pre, V(p, typ))
            if k < len(parts) - 1:
                c.t("agent", r.choice(BACKCH))
        if r.random() < 0.5:
            c.t("agent", "okay so that's ", V(spoken(r, 0), typ), " yeah")
            c.t("customer", "yeah")
        else:
            c.t("agent", "thank you")
        note += ", split over %d customer turns with back-channels" % n
    elif pattern == "correction":
        full = spoken(r, fill)
        parts = split_spoken(typ, canon, r, 3)
        c.t("agent", ask(typ, r, True))
        c.t("customer", lead(r, True), V(parts[0], typ),
            r.choice([" no wait sorry let me start again ", " hang on that's wrong, ", " sorry, from the top, ", " no no, "]),
            V(full, typ))
        c.t("agent", r.choice(["no problem", "okay got it", "thanks"]))
        note += ", restarted reading (abandoned fragment labelled)"
    elif pattern == "aside":
        parts = split_spoken(typ, canon, r, 2)
        c.t("agent", ask(typ, r, True))
        c.t("customer", lead(r, True), V(parts[0], typ),
            r.choice([" hang on the dog's barking, sorry, ", " sorry can you hold on, i need my glasses, right ",
                      " one sec, kids be quiet, okay ", " hold on the bus is going past, "]), V(parts[1], typ))
        c.t("agent", r.choice(["thank you", "got it", "okay"]))
        note += ", aside in the middle of the reading"
    elif pattern == "decoy":
        near = "card" if typ in ("CARD_NUMBER", "CVV", "EXPIRY") else r.choice(["account", "card", "policy"])
        c.t("customer", hes(r) + decoy(r, True, near, False))
        c.t("agent", "okay i've found that, " + ask(typ, r, True))
        c.t("customer", lead(r, True), V(spoken(r, fill), typ))
        c.t("agent", "thank you, and " + decoy(r, True, near, False) + " is that right")
        c.t("customer", "yeah")
        note += ", real value alongside non-PII number in similar rhythm"
    elif pattern == "multi":
        t2 = r.choice({"CARD_NUMBER": ["EXPIRY", "CVV"], "POSTCODE": ["ADDRESS"], "ADDRESS": ["POSTCODE"],
                       "SORT_CODE": ["BANK_ACCOUNT"], "BANK_ACCOUNT": ["SORT_CODE"], "SSN": ["DOB", "PHONE"],
                       "NI_NUMBER": ["DOB", "POSTCODE"]}.get(typ, ["DOB", "PHONE", "EMAIL"]))
        c2, _, sp2, _ = new_value(t2, r)
        c.t("agent", ask(typ, r, True))
        c.t("customer", lead(r, True), V(spoken(r, fill), typ))
        c.t("agent", "thanks and " + ask(t2, r, True))
        c.t("customer", hes(r), V(sp2(r, fill), t2), ", " + decoy(r, True, last4=False))
        c.t("agent", "lovely")
        note += " plus %s, with decoy number" % t2
    elif pattern == "chatlabel":
        label = r.choice(TYPE_WORDS[typ][1])
        c.t("agent", "Hi, you're chatting with %s. %s" % (name, ask(typ, r, False).capitalize()))
        c.t("customer", r.choice(["", "hi, ", "Hello "]) + label + " ", V(typed, typ), r.choice(["", " thanks", ".", " ty"]))
        note += ", typed with label"
    elif pattern == "chatdecoy":
        near = "card" if typ in ("CARD_NUMBER", "CVV", "EXPIRY") else "account"
        c.t("customer", "Hi, " + decoy(r, False, near, False) + ".")
        c.t("agent", ask(typ, r, False).capitalize())
        c.t("customer", lead(r, False), V(typed, typ), ". Also " + decoy(r, False, near, False))
        note += ", typed value next to non-PII decoy number"
    elif pattern == "chatmulti":
        t2 = r.choice(["DOB", "PHONE", "EMAIL", "POSTCODE", "EXPIRY", "CVV"] if typ == "CARD_NUMBER" else ["DOB", "PHONE", "EMAIL", "POSTCODE"])
        if t2 == typ:
            t2 = "DOB" if typ != "DOB" else "PHONE"
        c2, ty2, _, _ = new_value(t2, r)
        c.t("agent", "To verify, please send %s and %s." % (r.choice(TYPE_WORDS[typ][0]), r.choice(TYPE_WORDS[t2][0])))
        c.t("customer", r.choice(TYPE_WORDS[typ][1]) + " ", V(typed, typ), r.choice(["\n", " / ", ", ", " and "]),
            r.choice(TYPE_WORDS[t2][1]) + " ", V(ty2, t2))
        note += " plus %s, typed" % t2
    else:  # email-style message
        c.t("customer", "Subject: update my details\n\nHello %s team,\nplease use %s: " % (name, r.choice(TYPE_WORDS[typ][0])),
            V(typed, typ), "\nThanks,\n" + r.choice(FIRST).capitalize())
        c.t("agent", "Thanks, we've updated that for you. Ref " + str(r.randrange(100000, 999999)) + ".")
        note += ", e-mail message"
    c.note = note
    return c


def card_case(r, idx):
    """Card-specific hard cases."""
    ind, name, ctry = org(r)
    canon, typed, spoken, _ = new_value("CARD_NUMBER", r)
    c = Case("positive", "")
    k = r.randrange(4)
    if k == 0:
        # full card then last-four read back (labelled, full card in same case)
        c.t("agent", "can i take the long number on the front of the card")
        c.t("customer", lead(r, True), V(spoken(r, 0.15), "CARD_NUMBER"))
        last4 = canon[-4:]
        c.t("agent", "thank you so that's the card ending ", V(say_digits(last4, r, pairs=0.5), "CARD_NUMBER"),
            " and " + decoy(r, True, "card", False))
        c.t("customer", "yes")
        c.note = "%s call, full card then last four read back (labelled since full card given)" % ind
    elif k == 1:
        m, y = make_expiry(r)
        cv = "%03d" % r.randrange(1000)
        c.t("customer", "it's the card ending ", V(say_digits(canon[-4:], r, pairs=0.5), "CARD_NUMBER"),
            " that got declined, the order number's %s" % say_digits(luhn_break(make_card(r)), r, pairs=0.2))
        c.t("agent", "okay not the order number, i need the actual card number please")
        c.t("customer", "oh sorry right ", V(spoken(r, 0.1), "CARD_NUMBER"))
        c.t("agent", "expiry")
        c.t("customer", V(expiry_spoken(m, y, r), "EXPIRY"), " and the code on the back is ",
            V(say_digits(cv, r, pairs=0.3, hundreds=0.4), "CVV"))
        c.note = "%s call, last four (labelled: full card read later), order number in card rhythm (unlabelled), then card, expiry, cvv" % ind
    elif k == 2:
        c.t("customer", r.choice(["my card", "Card", "the new card", "cc"]) + " ", V(typed, "CARD_NUMBER"),
            r.choice([" exp ", " ", ", expires "]), V(expiry_typed(*make_expiry(r), r), "EXPIRY"),
            r.choice([" ", " cvc ", " code "]), V("%03d" % r.randrange(1000), "CVV"))
        c.t("agent", "Thanks. For security please don't share card details in chat; I've masked them. Your order %s is on its way." %
            group(luhn_break(make_card(r)), [4, 4, 4, 4], "-"))
        c.note = "%s chat, card/expiry/cvv in one line; agent mentions card-shaped order number" % ind
    else:
        parts = split_spoken("CARD_NUMBER", canon, r, 4)
        c.t("agent", "go ahead with the card number when you're ready")
        c.t("customer", V(parts[0], "CARD_NUMBER"))
        c.t("agent", r.choice(BACKCH))
        c.t("customer", V(parts[1], "CARD_NUMBER"), " sorry it's really small print")
        c.t("agent", "no worries take your time")
        c.t("customer", hes(r, 1), V(parts[2], "CARD_NUMBER"))
        c.t("agent", r.choice(BACKCH))
        c.t("customer", V(parts[3], "CARD_NUMBER"))
        c.t("agent", "and i'll just confirm that's the card ending ", V(say_digits(canon[-4:], r), "CARD_NUMBER"))
        c.note = "%s call, card read in four turns with small-print aside and last-four confirmation" % ind
    return c


# ------------------------------------------------------------- negatives
def negative(r, idx):
    ind, name, ctry = org(r)
    asr = r.random() < 0.6
    c = Case("negative", "")
    k = r.randrange(10)
    if k == 0:
        n = luhn_break(make_card(r))
        c.t("agent", ("can i take the order number please, not the card number" if asr else "Can I have your order number? (not your card number)"))
        c.t("customer", ("yeah so the order number is " + say_digits(n, r, pairs=0.2, fill=0.1)) if asr else "Order no: " + group(n, [4, 4, 4, 4]))
        c.t("agent", "thanks, and which card did you pay with" + ("" if asr else "?"))
        c.t("customer", decoy(r, asr, "card") if False else ("the visa ending " + (lambda l4: say_digits(l4, r) if asr else l4)("%04d" % r.randrange(10000))))
        c.note = "%s: 16-digit order number read like a card, then last-four only" % ind
    elif k == 1:
        n = make_ssn(r)
        c.t("customer", ("my claim number is " + say_digits(n, r, pairs=0.2)) if asr else "Claim #: %s-%s-%s" % (n[:3], n[3:5], n[5:]))
        c.t("agent", "that's the claim reference, thanks, I won't need your social security number for this")
        c.t("customer", decoy(r, asr))
        c.note = "%s: claim number in SSN 3-2-4 rhythm with SSN mentioned" % ind
    elif k == 2:
        n = make_ni(r)
        c.t("agent", "have you got your policy number handy, it's on the insurance certificate")
        c.t("customer", ("it's " + say_alnum(n, r)) if asr else "policy no " + n)
        c.t("agent", "perfect, that's the policy number, you don't need your national insurance number for this one")
        c.note = "%s: policy number shaped like an NI number, labelled as policy" % ind
    elif k == 3:
        c.t("customer", decoy(r, asr, "card"))
        c.t("agent", r.choice(["mhm", "okay", "right"]))
        c.t("customer", decoy(r, asr, "card"))
        c.t("agent", decoy(r, asr, "card"))
        c.note = "%s: several non-PII numbers with card words nearby" % ind
    elif k == 4:
        n = "".join(str(r.randrange(10)) for _ in range(16))
        parts = chunks(n, 4)
        c.t("agent", "can you read me the serial number on the card reader, it's sixteen digits")
        for p in parts[:-1]:
            c.t("customer", say_digits(p, r) if asr else p)
            c.t("agent", r.choice(BACKCH))
        c.t("customer", say_digits(parts[-1], r) if asr else parts[-1])
        c.note = "%s: card-reader serial split over turns like a card reading" % ind
    elif k == 5:
        amt = r.randrange(30, 4000)
        cash = ("%s pounds %s" % (say_house(amt, r), say_pair("%02d" % r.randrange(11, 99)))) if asr else "£{:,}.{:02d}".format(amt, r.randrange(100))
        c.t("customer", r.choice(["the bill says i owe ", "it says the total is "]) + cash + ", " + decoy(r, asr, last4=False))
        c.t("agent", r.choice(["our lines are open eight till eight monday to friday", "that payment will take three to five working days",
                               "the rate is four point nine percent", "your next appointment is the third of june at two fifteen"]))
        c.note = "%s: amounts, times, dates and rates" % ind
    elif k == 6:
        s = "%02d%02d%02d" % (r.randrange(10, 99), r.randrange(10, 99), r.randrange(10, 99))
        c.t("agent", "what's the booking reference, six digits")
        c.t("customer", say_digits(s, r, pairs=0.9) if asr else "-".join([s[:2], s[2:4], s[4:]]))
        c.t("agent", "thanks and the flight")
        c.t("customer", decoy(r, asr) if r.random() < 0.5 else ("flight ei one five four, seat twelve a" if asr else "EI154 seat 12A"))
        c.note = "%s: booking reference in sort-code rhythm, flight and seat" % ind
    elif k == 7:
        m = "%05d" % r.randrange(100000)
        c.t("agent", "can i take a meter reading")
        c.t("customer", ("yeah it's " + say_digits(m, r, pairs=0.2)) if asr else "reading: " + m)
        c.t("agent", "and the meter serial number" + ("" if asr else "?"))
        ser = "".join(str(r.randrange(10)) for _ in range(10))
        c.t("customer", say_digits(ser, r) if asr else ser)
        c.note = "%s: meter reading and meter serial (10 digits, account-number shaped)" % ind
    elif k == 8:
        t = "%03d%02d%04d" % (r.randrange(100, 899), r.randrange(10, 99), r.randrange(1000, 9999))
        c.t("customer", "i'm calling about ticket " + (say_digits(t, r, pairs=0.3) if asr else t[:3] + " " + t[3:5] + " " + t[5:]) +
            ", i've been waiting " + r.choice(["three weeks", "forty five minutes", "since the twelfth"]))
        c.t("agent", "i can see ticket " + (say_digits(t, r, pairs=0.3) if asr else t) + ", it was escalated at " +
            r.choice(["nine thirty", "14:05", "half two"]))
        c.note = "%s: nine-digit ticket number said twice, times and durations" % ind
    else:
        c.t("customer", r.choice(["i live just off ", "i'm on "]) + r.choice(["the a forty", "route sixty six", "the m twenty five", "i ninety five"]) +
            ", " + decoy(r, asr))
        c.t("agent", "and how old is the policyholder")
        c.t("customer", r.choice(["she's eighty one", "he's sixty four", "forty two"]))
        c.note = "%s: road names, ages and another non-PII number" % ind
    return c


# ------------------------------------------------------------- generation
def generate():
    r = random.Random(417241125)
    cases = []
    sched = (["CARD_NUMBER"] * 50 + ["SSN"] * 32 + ["NI_NUMBER"] * 32 +
             [t for t in TYPES if t not in MINIMA] * 11)
    r.shuffle(sched)
    pos = []
    for k, typ in enumerate(sched):
        pos.append(positive(typ, r, k))
    for k in range(32):
        pos.insert(r.randrange(len(pos) + 1), card_case(r, k))
    for k, c in enumerate(pos):
        cases.append(c.build("h417-pos-%03d" % (k + 1)))
    for k in range(110):
        cases.append(negative(r, k).build("h417-neg-%03d" % (k + 1)))
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


# ------------------------------------------------------------------ check
def check(data):
    errs = []
    cases = [json.loads(l) for l in data.splitlines()]
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            errs.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(cid + ": positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in counts:
                errs.append(cid + ": bad type")
                continue
            counts[s["type"]] += 1
            text = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append(cid + ": offsets out of range")
                continue
            if not (text[a].isalnum() or text[a] in "+(") or not text[b - 1].isalnum():
                errs.append(cid + ": span not on value chars %r" % text[a:b])
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append(cid + ": span not on word boundary %r" % text[a:b])
            if text[a:b] != text[a:b].strip():
                errs.append(cid + ": whitespace at span edge")
            by_turn.setdefault(s["turn"], []).append((a, b))
        for spans in by_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append(cid + ": overlapping spans")
        # value validation: each span is a full valid value, or consecutive
        # spans of the same type concatenate into one, or a leftover fragment
        # is a substring of a validated value of that type in the case.
        for typ in TYPES:
            sp = [s for s in c["spans"] if s["type"] == typ]
            if not sp:
                continue
            texts = [c["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in sp]
            valid_vals, frags = [], []
            i = 0
            while i < len(texts):
                if full_valid(typ, texts[i]):
                    valid_vals.append(frag_norm(typ, texts[i]))
                    i += 1
                    continue
                for j in range(len(texts), i + 1, -1):
                    joined = " ".join(texts[i:j])
                    if full_valid(typ, joined):
                        valid_vals.append(frag_norm(typ, joined))
                        i = j
                        break
                else:
                    frags.append(texts[i])
                    i += 1
            if not valid_vals:
                errs.append("%s: no valid %s value in %r" % (cid, typ, texts))
            for f in frags:
                fn = frag_norm(typ, f)
                if not fn or not any(fn in v for v in valid_vals):
                    errs.append("%s: %s fragment %r not part of a valid value" % (cid, typ, f))
    for t in TYPES:
        if counts[t] < MINIMA.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts[t]))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    data = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            old = f.read()
        errs = []
        if old != data:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
        e, counts, npos, nneg = check(old)
        errs += e
        for x in errs[:50]:
            print("ERROR", x)
        print("positives %d negatives %d" % (npos, nneg))
        print(" ".join("%s=%d" % kv for kv in counts.items()))
        if errs:
            print("%d errors" % len(errs))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    e, counts, npos, nneg = check(data)
    print("wrote %s: %d positives, %d negatives" % (OUT, npos, nneg))
    print(" ".join("%s=%d" % kv for kv in counts.items()))
    for x in e[:50]:
        print("ERROR", x)


if __name__ == "__main__":
    main()

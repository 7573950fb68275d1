#!/usr/bin/env python3
"""Generate held-out PII redaction cases (set 161).

Written by an AI helper acting as an independent author; it never saw the
redaction code.  Emphasis: phone calls as a Whisper-like recogniser writes
them (partial inverse text normalisation, odd capitalisation/punctuation,
digit homophones, values split across turns) plus typed chat.

    python scripts/make_pii_holdout161.py          # write fixture + README
    python scripts/make_pii_holdout161.py --check  # regenerate and verify

Standard library only; deterministic (random.Random(161241124)).
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 161241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout161")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- building

class G:
    """One PII value; may be spread over several segments/turns."""
    def __init__(self, typ, canon):
        self.typ = typ
        self.canon = canon


def V(text, typ, canon=None, group=None):
    g = group if group is not None else G(typ, canon)
    return (text, g)


def T(speaker, *segs):
    return (speaker, segs)


def build(cid, kind, turns, note):
    out_turns, spans, groups = [], [], {}
    for ti, (speaker, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, g = seg
                s = len(text)
                text += val
                spans.append({"turn": ti, "start": s, "end": len(text), "type": g.typ})
                groups.setdefault(id(g), (g, []))[1].append(len(spans) - 1)
        out_turns.append({"speaker": speaker, "text": text})
    case = {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}
    return case, list(groups.values())

# ---------------------------------------------------------------- values

def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        return luhn_complete("4" + str(rng.randint(0, 9)), 16, rng), brand
    if brand == "mc":
        return luhn_complete(str(rng.randint(51, 55)), 16, rng), brand
    if brand == "mc2":
        return luhn_complete(str(rng.randint(2221, 2720)), 16, rng), brand
    if brand == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), brand
    return luhn_complete("6011", 16, rng), brand


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def make_iban(rng):
    cc = rng.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def iban_groups(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return False
    return s[:2] not in NI_BAD


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST.replace("O", "")) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def digits(rng, n, first=None):
    s = first or str(rng.randint(1, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - len(s)))


def uk_mobile(rng):
    return "07" + digits(rng, 9, str(rng.choice([4, 5, 7, 8, 9])))


def us_phone(rng):
    return digits(rng, 3, str(rng.randint(2, 9))) + digits(rng, 7, str(rng.randint(2, 9)))


def ie_mobile(rng):
    return "08" + rng.choice("35679") + digits(rng, 7, str(rng.randint(1, 9)))


UK_PC = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 3HN", "EH8 9YL",
         "G12 8QQ", "BS7 9NP", "NE4 6SU", "CF10 3AT", "L18 1DQ", "OX4 2JY", "BT9 5BN",
         "N16 7UJ", "SE15 4RZ", "RG1 8DB", "PL4 6AB", "NG7 2RD", "S10 2TN", "E14 9GE"]
US_ZIP = ["62704", "10025", "94110", "30305", "60614", "78701", "02139", "98103", "33139",
          "80205", "19103", "55408", "97214", "20009", "85004", "07302"]
UK_STREETS = ["Station Road", "Church Lane", "Victoria Street", "Meadow Close", "Kingsway",
              "Park Avenue", "Mill Lane", "Queens Drive", "Highfield Road", "Elm Grove",
              "Orchard Way", "Beech Crescent", "Manor Road", "Fern Terrace", "Albert Street"]
US_STREETS = ["Maple Avenue", "Elm Street", "Oak Drive", "Lakeview Boulevard", "Pine Street",
              "Cedar Lane", "Washington Avenue", "Sunset Boulevard", "Hillcrest Road",
              "Willow Court", "Franklin Street", "Spring Street", "Birch Lane"]
UK_TOWNS = ["Leeds", "Bristol", "Croydon", "Manchester", "Norwich", "Cardiff", "Reading"]
US_TOWNS = ["Springfield", "Austin", "Denver", "Portland", "Atlanta", "Chicago", "Tucson"]
IE_TOWNS = ["Cork", "Galway", "Limerick", "Drogheda", "Sligo"]
FIRST = ["Sarah", "Tom", "Priya", "Declan", "Maria", "Kwame", "Aoife", "Gareth", "Linda",
         "Mo", "Hannah", "Luis", "Niamh", "Derek", "Fatima", "Joe"]
LAST = ["Okafor", "Bennett", "Walsh", "Patel", "Nguyen", "Murphy", "Hughes", "Kowalski",
        "Garcia", "Reilly", "Shaw", "Ahmed", "Fischer", "Doyle"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com", "btinternet.com",
           "aol.com", "proton.me"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# ---------------------------------------------------------------- speaking

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}
NATO = {"I": "india", "A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra",
        "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey", "X": "xray",
        "Y": "yankee", "Z": "zulu"}
CASUAL = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward", "H": "harry",
          "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nancy", "P": "peter",
          "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "Y": "yellow", "Z": "zebra"}
LETTER_SAY = {"I": "i", "A": "a", "B": "b", "C": "c", "D": "d", "E": "e", "F": "f", "G": "g", "H": "h",
              "J": "j", "K": "k", "L": "l", "M": "m", "N": "n", "O": "o", "P": "p", "Q": "q",
              "R": "r", "S": "s", "T": "t", "U": "u", "V": "v", "W": "w", "X": "x", "Y": "y",
              "Z": "z"}
LETTER_HOMO = {"B": "bee", "C": "see", "J": "jay", "K": "kay", "Q": "queue", "R": "are",
               "T": "tea", "Y": "why", "P": "pee", "W": "double you", "Z": "zed", "E": "e",
               "X": "ex"}
DIGIT_HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"]}


def zero_word(rng, region):
    if region == "ukx":
        return rng.choice(["oh", "zero", "nought"])
    if region == "uk":
        return rng.choice(["oh", "oh", "zero", "nought", "o"])
    return rng.choice(["oh", "zero", "zero", "o"])


def say_digits(s, rng, region="us", doubles=0.5, homo=0.0, filler=0.0):
    """digit-by-digit with optional double/triple, homophones, fillers."""
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        w = zero_word(rng, region) if d == "0" else UNITS[int(d)]
        if d != "0" and d in DIGIT_HOMO and rng.random() < homo:
            w = rng.choice(DIGIT_HOMO[d])
        if run == 3 and rng.random() < doubles:
            out.append("triple " + w)
            i += 3
        elif run >= 2 and rng.random() < doubles:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
        if filler and rng.random() < filler and i < len(s):
            out.append(rng.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_pair(p, rng, region="us", year=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(rng, region) + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        # a bare 'sixty' followed by 'four' would be ambiguous; say 'six oh'
        return TENS[a] if year else UNITS[a] + " " + zero_word(rng, region)
    return TENS[a] + " " + UNITS[b]


def say_pairs(s, rng, region="us", year=False):
    parts = []
    i = 0
    while i < len(s):
        if i + 1 < len(s):
            parts.append(say_pair(s[i:i + 2], rng, region, year))
            i += 2
        else:
            parts.append(UNITS[int(s[i])] if s[i] != "0" else zero_word(rng, region))
            i += 1
    return " ".join(parts)


def say_group(g, rng, region, mode):
    if mode == "num":
        return g
    if mode == "pairs" and len(g) % 2 == 0 and g[0] != "0":
        return say_pairs(g, rng, region)
    return say_digits(g, rng, region, homo=0.15)


def whisper_groups(groups, rng, region="us", numeral_p=0.4, sep=None):
    """Mixed ITN: some groups as numerals, others as words (Whisper habit)."""
    out = []
    for g in groups:
        r = rng.random()
        mode = "num" if r < numeral_p else ("pairs" if r < numeral_p + 0.2 else "words")
        out.append(say_group(g, rng, region, mode))
    if sep is None:
        sep = rng.choice([" ", ", ", " ", "... ", ". "])
    txt = sep.join(out)
    return txt


def cap(s, rng, p=0.3):
    if s and rng.random() < p:
        return s[0].upper() + s[1:]
    return s


def groups_of(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def card_groups(num):
    if len(num) == 15:
        return groups_of(num, [4, 6, 5])
    return groups_of(num, [4, 4, 4, 4])


def say_letters(s, rng, style=None):
    out = []
    for ch in s:
        st = style or rng.choice(["plain", "plain", "nato", "casual", "homo"])
        if st == "nato":
            out.append("%s for %s" % (LETTER_SAY[ch], NATO[ch]))
        elif st == "casual" and ch in CASUAL:
            out.append("%s for %s" % (LETTER_SAY[ch], CASUAL[ch]))
        elif st == "homo" and ch in LETTER_HOMO:
            out.append(LETTER_HOMO[ch])
        else:
            out.append(LETTER_SAY[ch])
    return " ".join(out)


def say_ni(ni, rng, style):
    p, d, s = ni[:2], ni[2:8], ni[8]
    if style == "chat":
        return rng.choice([ni, "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s),
                           ni.lower(), "%s%s %s" % (p, d, s), "%s-%s-%s-%s-%s" % (p, d[:2], d[2:4], d[4:], s)])
    if style == "whisper":
        pre = rng.choice([p, p[0] + " " + p[1], p.lower()[0] + " " + p.lower()[1]])
        mid = rng.choice([d, d[:2] + " " + d[2:4] + " " + d[4:], say_pairs(d, rng, "ukx"),
                          d[:2] + " " + say_pairs(d[2:], rng, "ukx")])
        return "%s %s %s" % (pre, mid, rng.choice([s, s.lower()]))
    pre = say_letters(p, rng)
    mid = rng.choice([say_digits(d, rng, "ukx"), say_pairs(d, rng, "ukx")])
    return "%s %s %s" % (pre, mid, say_letters(s, rng))


def say_postcode(pc, rng, style):
    if style == "chat":
        return rng.choice([pc, pc.lower(), pc.replace(" ", "")])
    out, last = [], None
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(zero_word(rng, "ukx") if ch == "0" else UNITS[int(ch)])
        else:
            st = rng.choice(["plain", "plain", "nato", "homo"])
            if st == "nato":
                out.append("%s for %s" % (LETTER_SAY[ch], NATO[ch]))
            elif st == "homo" and ch in LETTER_HOMO and ch not in "W":
                out.append(LETTER_HOMO[ch])
            else:
                out.append(LETTER_SAY[ch])
    if style == "whisper":
        # whisper often writes the outward code as typed text
        outward, inward = pc.split(" ")
        if rng.random() < 0.5:
            return outward + " " + " ".join(out[-3:])
        return outward + " " + inward
    return " ".join(out)


def say_zip(z, rng, style):
    if style == "chat":
        return z
    if style == "whisper":
        return rng.choice([z, z[:2] + " " + say_digits(z[2:], rng), say_pairs(z[:4], rng) + " " + UNITS[int(z[4])]])
    return say_digits(z, rng)


def say_email(local, dom, rng, style):
    if style == "chat":
        e = local + "@" + dom
        return rng.choice([e, e, e.upper() if rng.random() < 0.2 else e])
    loc = local.replace(".", " dot ").replace("_", " underscore ")
    d = dom.replace(".", " dot ")
    if style == "whisper":
        # whisper habits: 'at' kept, 'gmail.com' normalised, sometimes full address
        return rng.choice([loc + " at " + dom, local + " at " + d, loc + " at " + d, local + "@" + dom])
    return loc + " at " + d


def make_local(rng):
    f, l = rng.choice(FIRST).lower(), rng.choice(LAST).lower()
    n = str(rng.randint(1, 99))
    return rng.choice([f + "." + l, f[0] + l, f + l + n, f + "_" + l, l + "." + f[0] + n])


def say_dob(rng, region, style):
    y = rng.randint(1941, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mn = MONTHS[m - 1]
    if style == "chat":
        if region == "us":
            return rng.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (mn.title(), d, y), "%d-%02d-%02d" % (y, m, d)])
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn.title(), y), "%02d.%02d.%d" % (d, m, y)])
    yy = say_pairs(str(y), rng, year=True) if y < 2000 else rng.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
    if style == "whisper":
        return rng.choice(["%s %d%s, %d" % (mn.title(), d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), y),
                           "the %s of %s %d" % (ORD[d], mn.title(), y),
                           "%d/%d/%s" % (d if region != "us" else m, m if region != "us" else d, str(y)[2:]),
                           "%s %s, %s" % (mn, ORD[d], yy)])
    if region == "us":
        return rng.choice(["%s %s %s" % (mn, ORD[d], yy),
                           "%s %s %s" % (say_digits("%02d" % m, rng), say_digits("%02d" % d, rng), yy)])
    return rng.choice(["the %s of %s %s" % (ORD[d], mn, yy), "%s %s %s" % (ORD[d], mn, yy),
                       "%s %s %s" % (say_digits("%02d" % d, rng, "uk"), say_digits("%02d" % m, rng, "uk"), yy)])


def say_expiry(rng, style):
    m = rng.randint(1, 12)
    y = rng.randint(26, 33)
    if style == "chat":
        return rng.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y), "%02d%d" % (m, y)])
    if style == "whisper":
        return rng.choice(["%02d/%d" % (m, y), "%s 20%d" % (MONTHS[m - 1].title(), y),
                           "%s %s" % (say_digits("%02d" % m, rng), say_pairs(str(y), rng)),
                           "%02d %s" % (m, say_pairs(str(y), rng))])
    return rng.choice(["%s %s" % (say_digits("%02d" % m, rng), say_pairs(str(y), rng)),
                       "%s twenty %s" % (MONTHS[m - 1], say_pairs(str(y), rng)),
                       "%s %s" % (say_digits("%02d" % m, rng), say_digits(str(y), rng))])


def say_street(rng, region, style):
    num = rng.randint(2, 240)
    st = rng.choice(UK_STREETS if region != "us" else US_STREETS)
    if region == "us":
        num = rng.randint(100, 9899)
    if style == "chat":
        flat = rng.random() < 0.2 and region != "us"
        return ("Flat %d, " % rng.randint(1, 12) if flat else "") + "%d %s" % (num, st)
    stl = st.lower() if style == "spoken" else st
    if style == "whisper":
        n = str(num) if rng.random() < 0.6 else say_group(str(num), rng, region, "pairs")
        return "%s %s" % (n, stl)
    n = say_pairs(str(num), rng) if len(str(num)) in (2, 4) else say_digits(str(num), rng, region, doubles=0)
    return "%s %s" % (n, stl)

# ---------------------------------------------------------------- normalising (for --check)

WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "for": "4", "to": "2",
                "too": "2", "ate": "8"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSNUM = {w: i for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "erm", "and"}
LETTER_WORDS = {v: k for k, v in LETTER_HOMO.items() if " " not in v}
NATO_WORDS = set(NATO.values()) | set(CASUAL.values())


def normalise(text, letters=False):
    t = text.lower().replace("double you", "w")
    toks = [x for x in re.split(r"[\s,.\-/:;!?()+]+", t) if x]
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w == "plus":
            i += 1
            continue
        if w in ("for", "as") and nxt in NATO_WORDS and letters:
            i += 2
            continue
        if w == "in" and letters:
            i += 1
            continue
        if w in FILLERS:
            i += 1
            continue
        if w in ("double", "triple") and nxt is not None:
            k = 2 if w == "double" else 3
            sub = normalise(nxt, letters)
            out.append(sub * k)
            i += 2
            continue
        if w in TENSNUM:
            if nxt in WORDNUM and WORDNUM[nxt] != "0" and nxt not in ("oh", "o", "for", "to", "too", "ate"):
                out.append(str(TENSNUM[w]) + WORDNUM[nxt])
                i += 2
            else:
                out.append(str(TENSNUM[w]) + "0")
                i += 1
            continue
        if w == "hundred":
            out.append("00")
            i += 1
            continue
        if w in TEENNUM:
            out.append(TEENNUM[w])
        elif w in WORDNUM and not (letters and w == "o" and False):
            out.append(WORDNUM[w])
        elif re.fullmatch(r"[0-9]+", w):
            out.append(w)
        elif letters and w in LETTER_WORDS:
            out.append(LETTER_WORDS[w])
        elif letters and re.fullmatch(r"[a-z0-9]+", w):
            out.append(w.upper())
        else:
            out.append("?" + w + "?")
        i += 1
    return "".join(out).upper()


UK_PC_RE = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")


def check_group(texts, g):
    typ, canon = g.typ, g.canon
    joined = " ".join(texts)
    if typ in ("CARD_NUMBER", "SSN", "SORT_CODE", "CVV", "PHONE", "BANK_ACCOUNT"):
        n = normalise(joined)
        if n != canon:
            return "normalised %r != %r" % (n, canon)
        lim = {"CARD_NUMBER": (13, 19), "SSN": (9, 9), "SORT_CODE": (6, 6), "CVV": (3, 4),
               "PHONE": (10, 13), "BANK_ACCOUNT": (8, 12)}[typ]
        if not (n.isdigit() and lim[0] <= len(n) <= lim[1]):
            return "bad length/digits %r" % n
        if typ == "CARD_NUMBER" and not luhn_ok(n):
            return "luhn fails %r" % n
        return None
    if typ == "NI_NUMBER":
        # handle 'o for oscar' style letters: normalise with letters, but digit words
        n = normalise_ni(joined)
        if n != canon or not ni_valid(n):
            return "NI %r != %r" % (n, canon)
        return None
    if typ == "IBAN":
        n = normalise_alnum(joined)
        if n != canon or not iban_valid(n):
            return "IBAN %r != %r" % (n, canon)
        return None
    if typ == "POSTCODE":
        n = normalise(joined) if canon.isdigit() else normalise_alnum(joined)
        if n != canon.replace(" ", ""):
            return "postcode %r != %r" % (n, canon)
        if not (UK_PC_RE.fullmatch(n) or re.fullmatch(r"\d{5}(\d{4})?", n)):
            return "postcode shape %r" % n
        return None
    if typ == "EMAIL":
        e = joined.lower().replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_").replace(" ", "")
        if e != canon.lower() or not re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z]+)+", e):
            return "email %r != %r" % (e, canon)
        return None
    if typ in ("DOB", "EXPIRY"):
        low = joined.lower()
        if not (re.search(r"\d", low) or any(m in low for m in MONTHS) or any(u in low for u in UNITS)):
            return "date-ish value expected"
        return None
    if typ == "ADDRESS":
        if not re.search(r"(road|lane|street|close|kingsway|avenue|drive|grove|way|crescent|terrace|boulevard|court)\b", joined.lower()):
            return "no street word"
        return None
    return "unknown type"


def normalise_alnum(text):
    """letters + digits, spoken letters allowed."""
    t = text.lower().replace("double you", "w")
    toks = [x for x in re.split(r"[\s,.\-/:;!?()]+", t) if x]
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w == "for" and nxt in NATO_WORDS:
            i += 2
            continue
        if w in UNITS or w in ("oh", "nought") or w in TEENNUM or w in TENSNUM or w in ("double", "triple"):
            # collect the run of number words
            j = i
            while j < len(toks) and (toks[j] in UNITS or toks[j] in ("oh", "nought", "double", "triple")
                                     or toks[j] in TEENNUM or toks[j] in TENSNUM):
                j += 1
            out.append(normalise(" ".join(toks[i:j])))
            i = j
            continue
        if w in LETTER_WORDS:
            out.append(LETTER_WORDS[w].upper())
        else:
            out.append(w.upper())
        i += 1
    return "".join(out)


def normalise_ni(text):
    n = normalise_alnum(text)
    # positions 3-8 of an NI number are digits, so a spoken 'o' there is zero
    return n[:2] + n[2:8].replace("O", "0") + n[8:]

# ---------------------------------------------------------------- case templates

def pick(rng, xs):
    return rng.choice(xs)


ACKS = ["mhm", "okay", "yep", "okay go on", "right", "uh huh", "got it", "yeah", "Mm-hmm.", "Okay."]


def ack(rng):
    return pick(rng, ACKS)


INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]


def p_card_whisper(rng):
    num, brand = card(rng)
    ind = pick(rng, ["telecom", "retail", "travel", "utilities", "insurance"])
    txt = whisper_groups(card_groups(num), rng, "us")
    lead = pick(rng, ["Yeah it's ", "Okay, so it's ", "it is ", "Sure. ", "um ", "The number is "])
    bname = {"visa": "a Visa", "mc": "a Mastercard", "mc2": "a Mastercard", "amex": "an Amex", "disc": "a Discover"}[brand]
    extra = pick(rng, ["", " and that's " + bname + ".",
                       " I think.", " Sorry it's a bit worn.", ""])
    turns = [T("agent", cap(pick(rng, ["can I get the long card number please", "and the sixteen digits on the front of the card",
                                     "What's the card number?", "go ahead with the card number when you're ready"]), rng)),
             T("customer", lead, V(txt, "CARD_NUMBER", num), extra)]
    return turns, "call/%s: card with mixed ITN (some groups numerals, some words), whisper punctuation" % ind


def p_card_split(rng):
    num, brand = card(rng, pick(rng, ["visa", "mc", "disc", "mc2"]))
    gs = card_groups(num)
    g = G("CARD_NUMBER", num)
    region = pick(rng, ["us", "uk"])
    turns = [T("agent", "okay and the card number please")]
    for i, grp in enumerate(gs):
        mode = pick(rng, ["num", "words", "pairs", "words"])
        txt = cap(say_group(grp, rng, region, mode), rng, 0.4)
        if i == 2 and rng.random() < 0.4:
            turns.append(T("customer", V(txt, "CARD_NUMBER", group=g), pick(rng, [" hang on", " wait"])))
        else:
            turns.append(T("customer", V(txt, "CARD_NUMBER", group=g), pick(rng, ["", "", ".", ","])))
        if i < len(gs) - 1:
            turns.append(T("agent", ack(rng)))
    ind = pick(rng, INDUSTRY)
    return turns, "call/%s: card split over customer turns with back-channels, mixed numerals/words" % ind


def p_card_readback(rng):
    num, brand = card(rng)
    gs = card_groups(num)
    cust = " ".join(say_group(x, rng, "uk", "words") for x in gs)
    agent = whisper_groups(gs, rng, "uk", numeral_p=0.7, sep=" ")
    cvv = digits(rng, 4 if len(num) == 15 else 3, str(rng.randint(0, 9)))
    turns = [T("customer", pick(rng, ["right so it's ", "it's ", "okay "]), V(cust, "CARD_NUMBER", num)),
             T("agent", "Let me just read that back. ", V(agent, "CARD_NUMBER", num), ". Is that right?"),
             T("customer", "yes that's it"),
             T("agent", "And the security code on the back?"),
             T("customer", pick(rng, ["it's ", "", "uh "]), V(pick(rng, [cvv, say_digits(cvv, rng, "uk", homo=0.3)]), "CVV", cvv))]
    return turns, "call/%s: customer reads card, agent reads it back with ITN numerals, then CVV" % pick(rng, ["banking", "retail", "travel"])


def p_card_chat(rng):
    num, brand = card(rng)
    gs = card_groups(num)
    fmt = pick(rng, ["sp", "dash", "none", "dot", "mixed"])
    if fmt == "sp":
        txt = " ".join(gs)
    elif fmt == "dash":
        txt = "-".join(gs)
    elif fmt == "none":
        txt = num
    elif fmt == "dot":
        txt = ".".join(gs)
    else:
        txt = gs[0] + " " + "".join(gs[1:3]) + " " + gs[3] if len(gs) == 4 else " ".join(gs)
    exp = say_expiry(rng, "chat")
    cvv = digits(rng, 4 if len(num) == 15 else 3, str(rng.randint(1, 9)))
    order = "#%d" % rng.randint(100000, 999999)
    turns = [T("customer", "hi i need to pay for order %s, total was $%d.%02d" % (order, rng.randint(20, 400), rng.randint(0, 99))),
             T("agent", "Sure, please type the card details below."),
             T("customer", pick(rng, ["card ", "Card no: ", "its ", ""]), V(txt, "CARD_NUMBER", num),
               pick(rng, [" exp ", " expires ", ", expiry "]), V(exp, "EXPIRY"),
               pick(rng, [" cvv ", " sec code ", ", cvc "]), V(cvv, "CVV", cvv))]
    return turns, "chat/retail: card, expiry and cvv typed in one message, order number and price nearby (unlabelled)"


def p_card_correction(rng):
    num, brand = card(rng, "visa")
    gs = card_groups(num)
    wrong = gs[1][:2] + str((int(gs[1][2]) + 3) % 10)
    g = G("CARD_NUMBER", num)
    turns = [T("agent", "card number when you're ready"),
             T("customer", V(say_group(gs[0], rng, "us", "words"), "CARD_NUMBER", group=g), " ",
               V(say_digits(wrong, rng), "CARD_NUMBER", group=G("CARD_NUMBER", None)), " no sorry ",
               V(say_group(gs[1], rng, "us", "words") + " " + say_group(gs[2], rng, "us", pick(rng, ["num", "words"])) + " " +
                 say_group(gs[3], rng, "us", "pairs"), "CARD_NUMBER", group=g))]
    return turns, "call/retail: self-correction mid card number; the abandoned digits are labelled too"


def p_card_cvv_exp_whisper(rng):
    num, brand = card(rng, pick(rng, ["visa", "mc"]))
    exp = say_expiry(rng, "whisper")
    cvv = digits(rng, 3, str(rng.randint(0, 9)))
    cvv_t = pick(rng, [cvv, say_digits(cvv, rng, homo=0.5), cvv[0] + " " + say_digits(cvv[1:], rng)])
    turns = [T("customer", V(whisper_groups(card_groups(num), rng, numeral_p=0.6), "CARD_NUMBER", num)),
             T("agent", "Thank you. And the expiry date?"),
             T("customer", pick(rng, ["It's ", "uh ", "", "Expires "]), V(exp, "EXPIRY"), pick(rng, [".", "", " I think"])),
             T("agent", "And the three digits on the back, please."),
             T("customer", V(cvv_t, "CVV", cvv), pick(rng, [".", "", " yeah"]))]
    return turns, "call/%s: card, expiry and cvv over turns in whisper style" % pick(rng, ["telecom", "travel", "utilities"])


def p_amex(rng):
    num, _ = card(rng, "amex")
    gs = card_groups(num)
    cvv = digits(rng, 4)
    txt = " ".join([say_group(gs[0], rng, "us", "pairs"), say_group(gs[1], rng, "us", "words"),
                    say_group(gs[2], rng, "us", pick(rng, ["num", "words"]))])
    turns = [T("agent", "it's an american express so there'll be four digits on the front too"),
             T("customer", "okay the long number is ", V(txt, "CARD_NUMBER", num), " and the four on the front are ",
               V(say_digits(cvv, rng), "CVV", cvv))]
    return turns, "call/travel: amex 4-6-5 read with pairs and digits, 4-digit CID"


def p_ssn(rng):
    s = make_ssn(rng)
    style = pick(rng, ["spoken", "whisper", "whisper", "chat", "split"])
    ind = pick(rng, ["banking", "insurance", "healthcare billing", "government services", "telecom"])
    if style == "chat":
        txt = pick(rng, ["%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:])])
        turns = [T("agent", "For verification could you provide your Social Security number?"),
                 T("customer", pick(rng, ["sure its ", "SSN: ", "ok ", ""]), V(txt, "SSN", s),
                   pick(rng, ["", " thx", ". my claim is CL-%d" % rng.randint(10000, 99999)]))]
        return turns, "chat/%s: SSN typed with varied separators" % ind
    if style == "split":
        g = G("SSN", s)
        turns = [T("agent", "and can I get your social please"),
                 T("customer", V(say_digits(s[:3], rng, homo=0.3), "SSN", group=g)),
                 T("agent", ack(rng)),
                 T("customer", V(say_pair(s[3:5], rng), "SSN", group=g)),
                 T("agent", ack(rng)),
                 T("customer", V(pick(rng, [say_pairs(s[5:], rng), say_digits(s[5:], rng), s[5:]]), "SSN", group=g))]
        return turns, "call/%s: SSN split 3-2-4 over turns, middle as a pair word" % ind
    if style == "whisper":
        txt = pick(rng, ["%s-%s-%s" % (s[:3], s[3:5], s[5:]),
                         "%s %s %s" % (s[:3], say_pair(s[3:5], rng), say_digits(s[5:], rng)),
                         "%s, %s, %s" % (say_digits(s[:3], rng), s[3:5], s[5:]),
                         "%s %s" % (say_digits(s[:5], rng, homo=0.3), s[5:])])
        turns = [T("agent", pick(rng, ["Can you verify the last four of your social? Actually, I'll need the full number.",
                                       "What's your Social Security number?", "And your social security number for the file."])),
                 T("customer", cap(pick(rng, ["yeah it's ", "Okay. It's ", "um ", "Sure, "]), rng), V(txt, "SSN", s),
                   pick(rng, [".", "", " and I'm calling about the $%d charge" % rng.randint(15, 300)]))]
        return turns, "call/%s: SSN with partial ITN as whisper writes it" % ind
    txt = say_digits(s, rng, doubles=0.6, filler=0.1)
    turns = [T("agent", "can you confirm your social security number"),
             T("customer", "yes it's ", V(txt, "SSN", s))]
    return turns, "call/%s: SSN digit by digit with fillers/doubles" % ind


def p_ssn_dob(rng):
    s = make_ssn(rng)
    dob = say_dob(rng, "us", pick(rng, ["spoken", "whisper"]))
    turns = [T("agent", "i just need your date of birth and social to pull up the policy"),
             T("customer", "sure date of birth is ", V(dob, "DOB"), " and the social is ",
               V(pick(rng, [say_digits(s, rng), s[:3] + " " + s[3:5] + " " + s[5:], say_pairs(s[:4], rng) + " " + say_digits(s[4:], rng)]), "SSN", s))]
    return turns, "call/%s: DOB and SSN in one turn" % pick(rng, ["insurance", "healthcare billing", "banking"])


def p_ssn_readback(rng):
    s = make_ssn(rng)
    turns = [T("customer", "My social is ", V(say_digits(s, rng, homo=0.4), "SSN", s), "."),
             T("agent", "Okay, I have ", V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN", s), ". And that's for the account opened in 2019?"),
             T("customer", "Yep, that's right.")]
    return turns, "call/banking: SSN with digit homophones (for/to/ate), agent reads back with ITN dashes; year nearby unlabelled"


def p_ni(rng):
    ni = make_ni(rng)
    style = pick(rng, ["spoken", "whisper", "chat", "spoken"])
    ind = pick(rng, ["government services", "banking", "insurance", "utilities", "healthcare billing"])
    if style == "chat":
        turns = [T("agent", "Please can you confirm your National Insurance number?"),
                 T("customer", pick(rng, ["it's ", "NI no. ", "yeah ", ""]), V(say_ni(ni, rng, "chat"), "NI_NUMBER", ni))]
        return turns, "chat/%s: NI number typed, varied spacing/case" % ind
    txt = say_ni(ni, rng, style)
    lead = pick(rng, ["yeah it's ", "right ", "It's ", "ok so ", ""])
    turns = [T("agent", pick(rng, ["and your national insurance number please", "Can I take your NI number?",
                                   "what's your national insurance"])),
             T("customer", cap(lead, rng), V(txt, "NI_NUMBER", ni), pick(rng, ["", ".", " I think", " yeah"]))]
    return turns, "call/%s: NI number %s" % (ind, "whisper style with numerals" if style == "whisper" else "spelled with phonetics/pairs")


def p_ni_split(rng):
    ni = make_ni(rng)
    g = G("NI_NUMBER", ni)
    turns = [T("agent", "national insurance number when you're ready"),
             T("customer", V(say_letters(ni[:2], rng), "NI_NUMBER", group=g)),
             T("agent", ack(rng)),
             T("customer", V(pick(rng, [say_pairs(ni[2:6], rng, "uk"), ni[2:4] + " " + ni[4:6]]), "NI_NUMBER", group=g)),
             T("agent", ack(rng)),
             T("customer", V(say_pairs(ni[6:8], rng, "ukx") + " " + say_letters(ni[8], rng), "NI_NUMBER", group=g))]
    return turns, "call/%s: NI number split across three turns" % pick(rng, ["government services", "banking"])


def p_ni_readback(rng):
    ni = make_ni(rng)
    turns = [T("customer", "it's ", V(say_ni(ni, rng, "spoken"), "NI_NUMBER", ni)),
             T("agent", "so that's ", V("%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), "NI_NUMBER", ni), " yeah? and you've been paying since 2011"),
             T("customer", "that's right yeah")]
    return turns, "call/government services: NI spelled by caller, agent reads back in ITN form; year unlabelled"


def p_sort_account(rng):
    sc = digits(rng, 6, str(rng.randint(0, 9)))
    acc = digits(rng, 8, str(rng.randint(0, 9)))
    style = pick(rng, ["spoken", "whisper", "chat", "split"])
    ind = pick(rng, ["banking", "utilities", "insurance", "telecom"])
    if style == "chat":
        sct = pick(rng, ["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
        turns = [T("customer", "Hi, i want to change my direct debit to my new bank."),
                 T("agent", "No problem, what are the sort code and account number?"),
                 T("customer", pick(rng, ["sort ", "s/c "]), V(sct, "SORT_CODE", sc), pick(rng, [" acc ", ", a/c ", " account no "]), V(acc, "BANK_ACCOUNT", acc))]
        return turns, "chat/%s: sort code and account number typed" % ind
    if style == "split":
        turns = [T("agent", "what's the sort code"),
                 T("customer", V(say_pairs(sc, rng, "uk"), "SORT_CODE", sc)),
                 T("agent", "and the account number"),
                 T("customer", V(say_digits(acc[:4], rng, "uk"), "BANK_ACCOUNT", group=(ga := G("BANK_ACCOUNT", acc)))),
                 T("agent", ack(rng)),
                 T("customer", V(say_digits(acc[4:], rng, "uk", filler=0.2), "BANK_ACCOUNT", group=ga))]
        return turns, "call/%s: sort code as pairs, account number split over turns" % ind
    if style == "whisper":
        sct = pick(rng, ["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "%s %s %s" % (sc[:2], say_pair(sc[2:4], rng, "uk"), sc[4:])])
        act = pick(rng, [acc, acc[:4] + " " + say_digits(acc[4:], rng, "uk"), say_digits(acc[:4], rng, "uk") + ", " + acc[4:]])
        turns = [T("agent", "Can I take the sort code and account number for the refund of £%d.%02d?" % (rng.randint(10, 300), rng.randint(0, 99))),
                 T("customer", "Yeah, sort code ", V(sct, "SORT_CODE", sc), ", account number ", V(act, "BANK_ACCOUNT", acc), ".")]
        return turns, "call/%s: whisper ITN sort code and account, refund amount unlabelled" % ind
    turns = [T("agent", "right and the sort code and account number"),
             T("customer", "sort code is ", V(say_digits(sc, rng, "uk"), "SORT_CODE", sc), " and the account number is ",
               V(say_digits(acc, rng, "uk", doubles=0.7), "BANK_ACCOUNT", acc))]
    return turns, "call/%s: sort code and account number in one turn" % ind


def p_us_account(rng):
    acc = digits(rng, rng.choice([9, 10, 11, 12]))
    rout_word = pick(rng, ["checking", "savings"])
    style = pick(rng, ["spoken", "whisper", "chat"])
    if style == "chat":
        turns = [T("customer", "pls update autopay to my %s acct " % rout_word, V(acc, "BANK_ACCOUNT", acc), " thanks")]
        return turns, "chat/utilities: US bank account number typed"
    if style == "whisper":
        txt = pick(rng, [acc, acc[:3] + " " + acc[3:6] + " " + acc[6:], say_digits(acc[:3], rng) + " " + acc[3:]])
    else:
        txt = say_digits(acc, rng, filler=0.1)
    turns = [T("agent", "and what's the %s account number" % rout_word),
             T("customer", pick(rng, ["It's ", "uh ", "okay "]), V(txt, "BANK_ACCOUNT", acc), pick(rng, ["", ".", " and that's at Chase"]))]
    return turns, "call/banking: US account number, %s" % style


def p_iban(rng):
    ib = make_iban(rng)
    style = pick(rng, ["chat", "chat", "whisper", "spoken"])
    if style == "chat":
        txt = pick(rng, [ib, iban_groups(ib), iban_groups(ib).lower() if rng.random() < 0.3 else iban_groups(ib)])
        turns = [T("agent", "Could you send the IBAN for the refund?"),
                 T("customer", pick(rng, ["IBAN: ", "here ", "its ", ""]), V(txt, "IBAN", ib), pick(rng, ["", " (BIC not needed?)", " thanks"]))]
        return turns, "chat/%s: IBAN typed (%s)" % (pick(rng, ["travel", "retail", "insurance"]), ib[:2])
    gs = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    if style == "whisper":
        parts = []
        for k, gg in enumerate(gs):
            if k == 0:
                parts.append(gg[:2] + " " + gg[2:])
            elif gg.isdigit() and rng.random() < 0.4:
                parts.append(say_digits(gg, rng, "ukx", doubles=0))
            else:
                parts.append(gg)
        txt = ", ".join(parts)
    else:
        parts = []
        for gg in gs:
            sub = []
            for ch in gg:
                sub.append(say_letters(ch, rng, pick(rng, ["plain", "nato"])) if ch.isalpha() else (zero_word(rng, "ukx") if ch == "0" else UNITS[int(ch)]))
            parts.append(" ".join(sub))
        txt = " ".join(parts)
    turns = [T("agent", "and the iban for the account abroad"),
             T("customer", "okay it's ", V(txt, "IBAN", ib))]
    return turns, "call/banking: IBAN (%s) read out, %s" % (ib[:2], style)


def p_phone(rng):
    region = pick(rng, ["uk", "us", "ie", "us", "uk"])
    style = pick(rng, ["spoken", "whisper", "whisper", "chat"])
    if region == "uk":
        num = uk_mobile(rng)
        intl = "+44" + num[1:]
        gs = [num[:5], num[5:8], num[8:]] if rng.random() < 0.5 else [num[:5], num[5:]]
    elif region == "us":
        num = us_phone(rng)
        intl = "+1" + num
        gs = [num[:3], num[3:6], num[6:]]
    else:
        num = ie_mobile(rng)
        intl = "+353" + num[1:]
        gs = [num[:3], num[3:6], num[6:]]
    canon = num
    if style == "chat":
        if rng.random() < 0.3:
            canon = intl.replace("+", "")
            txt = pick(rng, [intl, intl[:3] + " " + intl[3:]])
        else:
            txt = pick(rng, [" ".join(gs), "".join(gs), "-".join(gs), "(%s) %s-%s" % (num[:3], num[3:6], num[6:]) if region == "us" else " ".join(gs)])
        turns = [T("agent", "What's the best number to reach you on?"),
                 T("customer", pick(rng, ["", "mob ", "you can call me on ", "cell: "]), V(txt, "PHONE", canon))]
        return turns, "chat/%s: phone typed (%s)" % (pick(rng, ["telecom", "retail", "travel"]), region)
    if style == "whisper":
        if region == "us" and rng.random() < 0.3:
            txt = "(%s) %s-%s" % (num[:3], num[3:6], say_digits(num[6:], rng))
        elif rng.random() < 0.3:
            canon = intl.replace("+", "")
            cc = intl[:len(intl) - len(num) + 1]
            txt = "plus %s %s" % (say_digits(cc[1:], rng), whisper_groups([num[1:4], num[4:7], num[7:]], rng, region, 0.5, " "))
            # 'plus' is outside the digits: keep it in span (it is part of the number)
        else:
            txt = whisper_groups(gs, rng, region, 0.5)
    else:
        txt = " ".join(say_group(x, rng, region, pick(rng, ["words", "words", "pairs"])) for x in gs)
    turns = [T("agent", pick(rng, ["and a contact number", "Is there a number we can call you back on?",
                                   "what's the best phone number for you"])),
             T("customer", cap(pick(rng, ["yeah it's ", "my mobile is ", "um ", "It's "]), rng), V(txt, "PHONE", canon),
               pick(rng, ["", ".", " after 5pm is best", " any time after 2:30"]))]
    return turns, "call/%s: %s phone number, %s; times nearby unlabelled" % (pick(rng, INDUSTRY), region, style)


def p_phone_correction(rng):
    num = uk_mobile(rng)
    bad = num[:-2] + str((int(num[-2]) + 4) % 10) + num[-1]
    turns = [T("customer", "my number is ", V(say_digits(bad, rng, "uk"), "PHONE", bad), " no wait sorry ",
               V(say_digits(num[-4:], rng, "uk"), "PHONE", group=G("PHONE", None)), " at the end"),
             T("agent", "so ", V(num[:5] + " " + num[5:], "PHONE", num), "?"),
             T("customer", "yes")]
    return turns, "call/telecom: phone with self-correction of last digits; every reading labelled"


def p_email(rng):
    local = make_local(rng)
    dom = pick(rng, DOMAINS)
    e = local + "@" + dom
    style = pick(rng, ["spoken", "whisper", "whisper", "chat"])
    txt = say_email(local, dom, rng, style)
    ind = pick(rng, INDUSTRY)
    if style == "chat":
        turns = [T("customer", "can u send the receipt to ", V(txt, "EMAIL", e), pick(rng, ["", " pls", ". Thanks!"]))]
        return turns, "chat/%s: email typed" % ind
    turns = [T("agent", pick(rng, ["and what email should the confirmation go to", "What's your email address?"])),
             T("customer", cap(pick(rng, ["it's ", "yeah ", "so it's "]), rng), V(txt, "EMAIL", e), pick(rng, ["", ".", " all lower case"]))]
    return turns, "call/%s: email %s ('at'/'dot' words or partial ITN)" % (ind, style)


def p_email_spelled(rng):
    f, l = rng.choice(FIRST).lower(), rng.choice(LAST).lower()
    dom = pick(rng, ["gmail.com", "hotmail.com", "yahoo.com", "eircom.net", "sky.com"])
    n = str(rng.randint(1, 9))
    local = f + "." + l + n
    sp = " ".join(f) + " dot " + " ".join(l) + " " + n
    dsay = dom.replace(".", " dot ")
    if rng.random() < 0.5:
        dsay = dom.split(".")[0] + ".com" if dom.endswith(".com") else dsay
    e = local + "@" + dom
    turns = [T("agent", "could you spell the email for me"),
             T("customer", "yeah so it's ", V(sp + " at " + dsay, "EMAIL", e), ", the %s is the number %s" % (n, UNITS[int(n)])),
             T("agent", "Perfect, and we'll send the $%d credit there." % rng.randint(5, 60))]
    return turns, "call/retail: email spelled letter by letter with a digit, whisper writes the domain partly normalised"


def p_dob_age(rng):
    age = rng.randint(30, 70)
    y = 2026 - age
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    dob = pick(rng, ["%s %s, %d" % (MONTHS[m - 1].title(), ORD[d], y), "%d/%d/%d" % (d, m, y), "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_pairs(str(y), rng, year=True))])
    turns = [T("agent", "And for security, your date of birth?"),
             T("customer", pick(rng, ["Oh, ", "It's ", "Um, "]), V(dob, "DOB"), ". I'll be %d this year, if you can believe it." % age),
             T("agent", "Ha, thank you. And the renewal is due on the %s." % ORD[rng.randint(1, 28)])]
    return turns, "call/insurance: DOB next to an age and a renewal date (both unlabelled)"


def p_dob(rng):
    region = pick(rng, ["us", "uk", "ie"])
    style = pick(rng, ["spoken", "whisper", "chat", "whisper"])
    dob = say_dob(rng, region, style)
    appt = pick(rng, ["your appointment is on the 3rd of June", "the payment went out on March 2nd", "the policy renews on 1st August",
                      "your flight is on the 14th"])
    turns = [T("agent", pick(rng, ["Can I take your date of birth?", "and can you confirm your date of birth", "DOB please?"])),
             T("customer", cap(pick(rng, ["it's ", "", "born ", "yeah "]), rng), V(dob, "DOB"), pick(rng, ["", ".", " "])),
             T("agent", "Thanks, that matches. " + appt + ".")]
    return turns, "%s/%s: DOB (%s), followed by a non-birth date that is unlabelled" % ("chat" if style == "chat" else "call", pick(rng, ["healthcare billing", "insurance", "travel"]), style)


def p_address(rng):
    region = pick(rng, ["uk", "us", "ie"])
    style = pick(rng, ["spoken", "whisper", "chat"])
    street = say_street(rng, region, style)
    if region == "us":
        z = pick(rng, US_ZIP)
        town = pick(rng, US_TOWNS)
        segs = [V(street, "ADDRESS"), ", %s, %s " % (town, pick(rng, ["IL", "TX", "CO", "OR"])) if style != "spoken" else " %s " % town.lower(),
                V(say_zip(z, rng, style), "POSTCODE", z)]
    elif region == "uk":
        pc = pick(rng, UK_PC)
        town = pick(rng, UK_TOWNS)
        segs = [V(street, "ADDRESS"), ", %s, " % town if style != "spoken" else " in %s postcode " % town.lower(), V(say_postcode(pc, rng, style), "POSTCODE", pc)]
    else:
        town = pick(rng, IE_TOWNS)
        segs = [V(street, "ADDRESS"), ", %s" % town if style != "spoken" else " %s" % town.lower()]
    turns = [T("agent", pick(rng, ["and what's the address on the account", "Can you confirm the first line of the address and postcode?",
                                   "where should we send the replacement"])),
             T("customer", *segs)]
    return turns, "%s/%s: street address (%s)%s" % ("chat" if style == "chat" else "call", pick(rng, ["utilities", "retail", "insurance", "telecom"]), region,
                                                   "" if region == "ie" else " with postcode/ZIP")


def p_postcode_only(rng):
    pc = pick(rng, UK_PC)
    style = pick(rng, ["spoken", "whisper"])
    turns = [T("agent", "and just the postcode"),
             T("customer", V(cap(say_postcode(pc, rng, style), rng), "POSTCODE", pc)),
             T("agent", "lovely, and the engineer slot is between 8 and 12 on Tuesday")]
    return turns, "call/utilities: UK postcode alone with phonetics/homophones; appointment times unlabelled"


def p_combo_verif(rng):
    ni = make_ni(rng)
    pc = pick(rng, UK_PC)
    dob = say_dob(rng, "uk", "whisper")
    turns = [T("agent", "Before I can discuss the account I need to run through security."),
             T("customer", "Yeah, no problem."),
             T("agent", "Date of birth?"),
             T("customer", V(dob, "DOB"), "."),
             T("agent", "Postcode?"),
             T("customer", V(say_postcode(pc, rng, "whisper"), "POSTCODE", pc), "."),
             T("agent", "And your National Insurance number."),
             T("customer", V(say_ni(ni, rng, "whisper"), "NI_NUMBER", ni), ".")]
    return turns, "call/banking: whisper-style security questions, DOB/postcode/NI each in own turn"


def p_two_values(rng):
    num, _ = card(rng, "visa")
    phone = us_phone(rng)
    turns = [T("customer", "okay card is ", V(" ".join(card_groups(num)), "CARD_NUMBER", num), " and if it declines call me on ",
               V("%s-%s-%s" % (phone[:3], phone[3:6], phone[6:]), "PHONE", phone), ". It's for the $%d.%02d bill." % (rng.randint(30, 200), rng.randint(0, 99)))]
    return turns, "call/utilities: whisper fully normalised card and phone in one turn with an amount"


def p_ssn_ni_whisper_run(rng):
    # run-together words, e.g. 'fortyone', 'oh-five'
    s = make_ssn(rng)
    a = s[3:5]
    turns = [T("agent", "social security number please"),
             T("customer", V(say_digits(s[:3], rng) + ", " + a + ", " + say_pairs(s[5:], rng), "SSN", s), "... Yeah."),
             T("agent", "Okay, thank you. I can see %d accounts under that number." % rng.randint(2, 4))]
    return turns, "call/government services: SSN with numerals for the middle pair and pairs for the last four"


POS_TEMPLATES = [
    (p_card_whisper, 14), (p_card_split, 8), (p_card_readback, 7), (p_card_chat, 7), (p_card_correction, 3),
    (p_card_cvv_exp_whisper, 10), (p_amex, 4), (p_two_values, 4),
    (p_ssn, 22), (p_ssn_dob, 6), (p_ssn_readback, 5), (p_ssn_ni_whisper_run, 3),
    (p_ni, 22), (p_ni_split, 6), (p_ni_readback, 5),
    (p_sort_account, 15), (p_us_account, 6), (p_iban, 16),
    (p_phone, 16), (p_phone_correction, 3), (p_email, 14), (p_email_spelled, 6), (p_dob, 10), (p_dob_age, 5),
    (p_address, 17), (p_postcode_only, 5), (p_combo_verif, 6),
]

# ---------------------------------------------------------------- negatives

def n_money(rng):
    a, c = rng.randint(11, 999), rng.randint(1, 99)
    t = pick(rng, ["your balance is $%d.%02d" % (a, c), "the bill came to %s pounds %s" % (say_pairs(str(a), rng) if a > 99 and len(str(a)) == 4 else "%d" % a, say_pairs("%02d" % c, rng) if c > 9 else UNITS[c % 10]),
                   "so that's £%d.%02d a month" % (a, c), "it went up from €%d to €%d" % (a, a + rng.randint(5, 50))])
    return [T("agent", t), T("customer", pick(rng, ["that seems a lot", "Okay, and when is that due?", "ok"]))], "call/utilities: money amounts"


def n_reference(rng):
    word = pick(rng, ["order number", "ticket number", "claim number", "reference number", "invoice number", "case number"])
    ref = digits(rng, rng.randint(6, 10))
    form = pick(rng, ["num", "words", "mixed"])
    txt = ref if form == "num" else (say_digits(ref, rng) if form == "words" else ref[:4] + " " + say_digits(ref[4:], rng))
    return [T("agent", "Can I take the %s?" % word), T("customer", "yeah the %s is %s" % (word, txt))], "call/retail: %s said with its reference word" % word


def n_time(rng):
    h, m = rng.randint(1, 12), pick(rng, [0, 15, 30, 45])
    return [T("agent", pick(rng, ["We can send an engineer on Tuesday at %d:%02d." % (h, m), "the store opens at %d am and closes at %d pm" % (h, rng.randint(5, 9)),
                                  "your callback is booked for %d:%02d tomorrow" % (h, m)])),
            T("customer", pick(rng, ["that works", "Can it be after %d?" % rng.randint(1, 6), "great thanks"]))], "call/utilities: times and appointments"


def n_flight(rng):
    return [T("customer", "i'm on flight %s %d on the %s of %s" % (pick(rng, ["BA", "EI", "FR", "UA", "DL"]), rng.randint(10, 9999), ORD[rng.randint(1, 28)], pick(rng, MONTHS))),
            T("agent", "Thanks, that departs at %d:%02d from gate %d." % (rng.randint(1, 12), rng.randint(0, 59), rng.randint(1, 60)))], "call/travel: flight number, date, time, gate"


def n_meter(rng):
    r = digits(rng, 5, str(rng.randint(0, 9)))
    return [T("agent", "can you read me the meter reading"), T("customer", pick(rng, ["it's %s" % say_digits(r, rng, "uk"), "%s" % r, "%s %s" % (r[:2], say_digits(r[2:], rng, "uk"))]) + " on the electric"),
            T("agent", "and your usage is about %d kilowatt hours a month" % rng.randint(150, 900))], "call/utilities: meter reading and usage"


def n_years_ages(rng):
    return [T("customer", pick(rng, ["I've been with you since %d" % rng.randint(1995, 2023), "my son is %d and he's added to the plan" % rng.randint(8, 17),
                                      "we moved here in nineteen %s" % say_pair(str(rng.randint(70, 99)), rng, year=True),
                                      "I'm %d years old, does that change the premium" % rng.randint(25, 80)])),
            T("agent", "Okay, noted.")], "call/insurance: years and ages (not DOB)"


def n_quantity(rng):
    return [T("customer", pick(rng, ["i ordered %d chairs and only %d arrived" % (rng.randint(3, 12), rng.randint(1, 2)),
                                     "the download speed is only %d megabits, it should be %d" % (rng.randint(5, 60), rng.randint(100, 900)),
                                     "it's been %d days and %d hours" % (rng.randint(2, 30), rng.randint(1, 23)),
                                     "I've used %d percent of my data" % rng.randint(10, 99),
                                     "the thermostat says %d degrees" % rng.randint(14, 30)])),
            T("agent", pick(rng, ["I'm sorry about that.", "Let me look into it.", "okay"]))], "chat/telecom: quantities, speeds, percentages, durations"


def n_model(rng):
    return [T("customer", "The model number is %s%d%s and the serial ends in %s" % (pick(rng, ["KD", "WM", "HX", "QE"]), rng.randint(10, 99),
                                                                                   pick(rng, ["X85J", "Q60B", "A", "TU7100"]), pick(rng, ["ABX", "7Q", "Z1"]))),
            T("agent", "Thanks, it's under warranty until 2027.")], "chat/retail: model number and warranty year"


def n_room(rng):
    return [T("customer", "i'm in room %d on the %s floor and checkout is at %d" % (rng.randint(100, 999), pick(rng, ["second", "fourth", "ninth"]), rng.randint(10, 12))),
            T("agent", "I'll have housekeeping bring %d towels up." % rng.randint(2, 5))], "call/travel: room number, floor, times"


def n_payment_date(rng):
    return [T("agent", pick(rng, ["Your direct debit will be taken on the %s of each month." % ORD[rng.randint(1, 28)],
                                  "the contract started on %s %d, %d" % (pick(rng, MONTHS).title(), rng.randint(1, 28), rng.randint(2015, 2025)),
                                  "your last payment was on %02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2022, 2026))])),
            T("customer", "okay thanks")], "call/banking: dates that are not birth dates"


def n_whisper_numbers(rng):
    return [T("agent", "So the plan is $%d a month for %d months, and you get the first %d for free." % (rng.randint(20, 90), pick(rng, [12, 24, 36]), rng.randint(1, 3))),
            T("customer", "And what about the %dst? I'm away until the 2%dth." % (pick(rng, [1, 21]), rng.randint(4, 8))),
            T("agent", "That's fine, it'll ship on the 1st.")], "call/telecom: whisper ITN prices, counts, ordinals"


def n_balance_words(rng):
    return [T("agent", "your outstanding balance is %s dollars and %s cents" % (say_pairs(str(rng.randint(1000, 9999)), rng), say_pair(str(rng.randint(10, 99)), rng))),
            T("customer", "wow okay can i pay half now"), T("agent", "sure that would be about %s" % pick(rng, ["six hundred", "five hundred and ten", "three hundred"]))], "call/healthcare billing: balance in words"


def n_last4_ref(rng):
    return [T("customer", "the order number is %s and it was about %d pounds" % (digits(rng, 8), rng.randint(10, 99))),
            T("agent", "found it, the parcel is %d kilos so it'll go by courier, ticket %d" % (rng.randint(2, 30), rng.randint(100000, 9999999)))], "chat/retail: order and ticket numbers, weights"


def n_office(rng):
    return [T("agent", pick(rng, ["our opening hours are nine till five thirty", "you can visit any branch between 9:30 and 4",
                                  "we're closed on the 25th and 26th"])),
            T("customer", "thanks i'll come in on monday")], "call/banking: opening hours"


def n_tariff(rng):
    return [T("customer", "the unit rate is %d.%d p per kilowatt hour and standing charge %d pence" % (rng.randint(20, 35), rng.randint(1, 9), rng.randint(30, 60))),
            T("agent", "Yes, that tariff is fixed for %d months." % pick(rng, [12, 18, 24]))], "chat/utilities: tariff rates"


def n_whisper_mixed(rng):
    t = pick(rng, [
        "So I paid $%d on the 1st and another $%d on the 15th, that's %d dollars total." % (lambda a, b: (a, b, a + b))(rng.randint(2, 9) * 10, rng.randint(2, 9) * 10),
        "the engineer came at 2:30 and left at four fifteen, so that's an hour and %d minutes" % rng.randint(5, 45),
        "It's the 3rd time I've called this week. I've been on hold for %d minutes." % rng.randint(12, 55),
        "my car has about %d,%03d miles on it and it's a 2018 model" % (rng.randint(20, 140), rng.randint(0, 999)),
        "The premium went from four hundred and twenty pounds to %d pounds." % rng.randint(430, 700),
        "we were charged twice, 49.99 and forty nine ninety nine again",
        "i want the 55 inch one not the 65 inch and it was %d percent off" % rng.randint(10, 40),
        "the parcel is 2.5 kilos and the box is 40 by 30 by 20",
    ])
    return [T("customer", t), T("agent", pick(rng, ["I understand.", "Let me check that for you.", "okay one moment"]))], "call/retail: whisper ITN amounts, ordinals, durations, sizes"


def n_ref_mixed(rng):
    word = pick(rng, ["booking reference", "complaint reference", "work order", "claim", "PNR", "tracking number"])
    if word == "PNR":
        ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
        txt = " ".join(ref.lower())
    else:
        ref = digits(rng, rng.randint(5, 9))
        txt = pick(rng, [ref, ref[:3] + " " + say_pairs(ref[3:7], rng) + " " + ref[7:], say_digits(ref, rng)]).strip()
    return [T("agent", "Do you have the %s?" % word),
            T("customer", "Yeah, the %s is %s." % (word, txt)),
            T("agent", "Thanks, I can see it was opened on the %s of %s." % (ORD[rng.randint(1, 28)], pick(rng, MONTHS).title()))], "call/travel: %s read partly in words" % word


def n_contract(rng):
    y = rng.randint(2018, 2025)
    return [T("agent", pick(rng, ["Your contract started on March %d, %d and runs for %d months." % (rng.randint(1, 28), y, pick(rng, [12, 18, 24])),
                                  "the early termination fee is %d pounds and your minimum term ends in %s %d" % (rng.randint(50, 300), pick(rng, MONTHS), y + 2),
                                  "you're on the %d gig plan at %d.%02d a month" % (pick(rng, [10, 30, 100]), rng.randint(10, 40), rng.randint(0, 99))])),
            T("customer", pick(rng, ["And can I upgrade before then?", "ok", "That's not what I was told."]))], "call/telecom: contract dates, terms and prices"


def n_healthcare(rng):
    return [T("agent", "the visit on %s %d was billed at $%d and insurance covered %d percent" % (pick(rng, MONTHS).title(), rng.randint(1, 28), rng.randint(120, 900), pick(rng, [60, 70, 80, 90]))),
            T("customer", "so I owe %s" % pick(rng, ["about a hundred and twenty", "$%d" % rng.randint(20, 200), "sixty four fifty"])),
            T("agent", "Correct, and you have %d days to pay." % pick(rng, [30, 45, 60]))], "call/healthcare billing: visit date, charges, percentages"


NEG_TEMPLATES = [(n_whisper_mixed, 10), (n_ref_mixed, 10), (n_contract, 6), (n_healthcare, 6), (n_money, 10), (n_reference, 14), (n_time, 8), (n_flight, 8), (n_meter, 8), (n_years_ages, 8),
                 (n_quantity, 9), (n_model, 6), (n_room, 5), (n_payment_date, 8), (n_whisper_numbers, 6),
                 (n_balance_words, 6), (n_last4_ref, 6), (n_office, 4), (n_tariff, 4)]

# ---------------------------------------------------------------- generate / check


def generate():
    rng = random.Random(SEED)
    cases, all_groups = [], []
    pos_list = [f for f, n in POS_TEMPLATES for _ in range(n)]
    neg_list = [f for f, n in NEG_TEMPLATES for _ in range(n)]
    for i, f in enumerate(pos_list):
        turns, note = f(rng)
        c, gs = build("h161-pos-%03d" % (i + 1), "positive", turns, note)
        cases.append(c)
        all_groups.append(gs)
    for i, f in enumerate(neg_list):
        turns, note = f(rng)
        c, gs = build("h161-neg-%03d" % (i + 1), "negative", turns, note)
        assert not gs
        cases.append(c)
        all_groups.append([])
    return cases, all_groups


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    pos = sum(1 for c in cases if c["kind"] == "positive")
    return cnt, pos, len(cases) - pos


def readme(cases):
    cnt, pos, neg = counts(cases)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set 161

**Never use this set for tuning.** It is a held-out evaluation set; do not
adjust the redactor, its patterns or thresholds by looking at these cases.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its docs or any other PII fixture; the
only existing data looked at was a three-line example of the JSONL format.
Cases are produced by `scripts/make_pii_holdout161.py` from template
functions: each turn is assembled from plain-text segments and (value, TYPE)
segments, so span offsets are computed, never typed. All values come from a
single `random.Random(%d)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout161.py --check` regenerates and verifies the
file (identity, unique ids, offsets in range and on word boundaries,
non-overlapping spans, and each value validated after normalising spoken
forms: Luhn, IBAN mod-97, NI format, SSN 9 digits, sort code 6, digit counts
for CVV/phone/account, postcode shapes).

Emphasis: phone calls as a Whisper-like recogniser writes them — partial
inverse text normalisation inside one reading ("4532 one one two 7789"),
capitals and full stops in odd places, "for"/"to"/"ate" digit homophones,
"double"/"triple", pairs ("forty one"), "oh"/"nought", letter homophones
("bee", "why", "queue") and phonetic spelling ("b for bravo"), values split
over turns with back-channels, agent read-backs, self-corrections — plus
typed chat with varied separators.

## Annotation conventions

* A span covers the value only, from its first to its last token, including
  words inside the reading ("double", "triple", fillers like "um",
  phonetic spellings "for bravo", "plus" of an international prefix, and
  separators). Lead-ins ("it's", "my number is") and trailing words are outside.
* A value split over several turns gets one span per turn-piece, same type.
* Agent read-backs are labelled like customer readings.
* Self-corrections: both the abandoned and the corrected digits are labelled.
* ADDRESS = house/flat number through street name and street type; town,
  county and state are outside; the postcode/ZIP is its own POSTCODE span.
* DOB/EXPIRY cover the whole date expression ("the fourteenth of March 1982").
* EMAIL covers the spoken or typed address ("j dot doe at gmail dot com").
* Negatives contain no PII at all; positives may contain unlabelled non-PII
  numbers (amounts, times, years, order/ticket numbers).

## Counts

Positive cases: %d; negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, pos, neg, rows)


def is_wordchar(ch):
    return ch.isalnum()


def check(cases, groups):
    problems = []
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for c, gs in zip(cases, groups):
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
        bynum = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s: bad turn" % c["id"])
                continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append("%s: offsets out of range" % c["id"])
                continue
            if not (is_wordchar(t[a]) or t[a] == "+" or t[a] == "(") or not is_wordchar(t[b - 1]):
                problems.append("%s: span edge not alnum %r" % (c["id"], t[a:b]))
            if (a > 0 and is_wordchar(t[a - 1])) or (b < len(t) and is_wordchar(t[b])):
                problems.append("%s: span not on word boundary %r" % (c["id"], t[a:b]))
            bynum.setdefault(s["turn"], []).append((a, b))
        for tn, lst in bynum.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans" % c["id"])
        for g, idxs in gs:
            if g.canon is None and g.typ in ("CARD_NUMBER", "PHONE"):
                continue  # abandoned partial reading in a self-correction
            texts = []
            for k in idxs:
                s = c["spans"][k]
                texts.append(c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
            err = check_group(texts, g)
            if err:
                problems.append("%s: %s: %s" % (c["id"], g.typ, err))
    cnt, pos, neg = counts(cases)
    if pos < 170 or neg < 100:
        problems.append("too few cases: %d pos %d neg" % (pos, neg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("too few %s spans: %d < %d" % (t, cnt[t], need))
    return problems


def main():
    cases, groups = generate()
    text = dump(cases)
    rd = readme(cases)
    if "--check" in sys.argv[1:]:
        problems = check(cases, groups)
        try:
            with open(OUT, encoding="utf-8") as fh:
                if fh.read() != text:
                    problems.append("cases.jsonl differs from regenerated output")
        except OSError as e:
            problems.append("cannot read %s: %s" % (OUT, e))
        try:
            with open(README, encoding="utf-8") as fh:
                if fh.read() != rd:
                    problems.append("README.md differs from regenerated output")
        except OSError as e:
            problems.append("cannot read README: %s" % e)
        cnt, pos, neg = counts(cases)
        print("cases: %d positive, %d negative" % (pos, neg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        if problems:
            for p in problems[:200]:
                print("PROBLEM:", p)
            print("FAILED: %d problem(s)" % len(problems))
            sys.exit(1)
        print("OK: check passed")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(rd)
    cnt, pos, neg = counts(cases)
    print("wrote %d cases (%d positive, %d negative) to %s" % (len(cases), pos, neg, OUT))


if __name__ == "__main__":
    main()

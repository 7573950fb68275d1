#!/usr/bin/env python3
"""Generate the pii_holdout550 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) without access to the
redaction engine.  Standard library only; one RNG seeded 550241125.

    python scripts/make_pii_holdout550.py          # write the fixture
    python scripts/make_pii_holdout550.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout550", "cases.jsonl")

r = random.Random(550241125)
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = [None, None, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZERO_WORDS = {"zero", "oh", "o", "nought", "naught"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "sorry", "then", "like", "dash",
           "hyphen", "space", "and", "so", "yeah", "right", "its", "it's", "is", "the", "that",
           "hang", "on", "wait", "okay", "ok", "uhm", "mm"}
NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
        "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa",
        "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "x-ray", "yankee", "zulu"]
ALT_SPELL = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
             "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mother",
             "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
             "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra", "g": "george"}

ZW = "oh"  # current zero word, set per case


def unit(d):
    return ZW if d == "0" else UNITS[int(d)]


def pair_word(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else TENS[a] + " " + UNITS[b]


def say(s, pairs=0.0, dbl=0.7, hund=0.0, fill=0.0, treble="treble", tail_ok=True):
    """Render a digit string as speech.  Ambiguity-free for the parser below."""
    out = []
    i = 0
    while i < len(s):
        rest = s[i:]
        c = s[i]
        if fill and out and r.random() < fill:
            out.append(r.choice(["um", "uh", "er", "erm"]))
        if len(rest) >= 3 and rest[0] == rest[1] == rest[2] and r.random() < dbl:
            out.append(treble + " " + unit(c)); i += 3; continue
        if len(rest) >= 2 and rest[0] == rest[1] and r.random() < dbl:
            out.append("double " + unit(c)); i += 2; continue
        if (hund and len(rest) >= 3 and c != "0" and rest[1:3] != "00"
                and (rest[2] != "0" or rest[1] == "1" or rest[1] == "0"
                     or (len(rest) == 3 and tail_ok) or (len(rest) > 3 and rest[3] == "0"))
                and r.random() < hund):
            tail = rest[1:3]
            if tail[0] == "0":
                t = UNITS[int(tail[1])]
            else:
                t = pair_word(tail)
            out.append(UNITS[int(c)] + " hundred and " + t); i += 3; continue
        if pairs and len(rest) >= 2 and c != "0" and r.random() < pairs:
            # a bare tens word must not be followed by a non-zero unit word
            if rest[1] != "0" or (len(rest) == 2 and tail_ok) or (len(rest) > 2 and rest[2] == "0"):
                out.append(pair_word(rest[:2])); i += 2; continue
        out.append(unit(c)); i += 1
    return " ".join(out)


def spell(s, nato=0.0):
    """Spell letters/digits: letters as single letters or 'x for x-ray'."""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(unit(ch))
        elif nato and r.random() < nato:
            lw = ch.lower()
            word = ALT_SPELL.get(lw) if (r.random() < 0.4 and lw in ALT_SPELL) else NATO[ord(lw) - 97]
            out.append(lw + " " + r.choice(["for", "for", "as in"]) + " " + word)
        else:
            out.append(ch.lower())
    return " ".join(out)


# ---------------------------------------------------------------- parser
def spoken_norm(text):
    """Normalise a typed or spoken value to upper-case letters, digits and '+'."""
    if re.search(r"\d", text):
        return re.sub(r"[^A-Z0-9+]", "", text.replace("(0)", "").upper())
    t = text.lower().replace("x-ray", "xray")
    toks = re.findall(r"[a-z']+|\d+|\+", t)
    out = []
    i = 0
    unitmap = {w: str(k) for k, w in enumerate(UNITS)}
    for z in ZERO_WORDS:
        unitmap[z] = "0"
    tens = {w: str(k) for k, w in enumerate(TENS) if w}
    teens = {w: str(10 + k) for k, w in enumerate(TEENS)}
    nat = set(NATO) | {"xray"} | set(ALT_SPELL.values())

    def nonzero_unit(w):
        return w in unitmap and w not in ZERO_WORDS and w != "zero"

    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w == "+" or w == "plus":
            out.append("+"); i += 1; continue
        if w.isdigit():
            out.append(w); i += 1; continue
        if w in ("double", "treble", "triple") and nxt in unitmap:
            out.append(unitmap[nxt] * (2 if w == "double" else 3)); i += 2; continue
        if w in unitmap and w not in ZERO_WORDS and nxt == "hundred":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
                a = toks[j] if j < len(toks) else None
                b = toks[j + 1] if j + 1 < len(toks) else None
                if a in teens:
                    out.append(unitmap[w] + teens[a]); i = j + 1; continue
                if a in tens:
                    if b is not None and nonzero_unit(b):
                        out.append(unitmap[w] + tens[a][0] + unitmap[b]); i = j + 2; continue
                    out.append(unitmap[w] + tens[a][0] + "0"); i = j + 1; continue
                if a in unitmap:
                    out.append(unitmap[w] + "0" + unitmap[a]); i = j + 1; continue
            out.append(unitmap[w] + "00"); i += 2; continue
        if w in tens:
            if nxt is not None and nonzero_unit(nxt):
                out.append(tens[w][0] + unitmap[nxt]); i += 2; continue
            out.append(tens[w][0] + "0"); i += 1; continue
        if w in teens:
            out.append(teens[w]); i += 1; continue
        if w in unitmap and w != "o":
            out.append(unitmap[w]); i += 1; continue
        if w == "o":
            out.append("0"); i += 1; continue
        if len(w) == 1:
            if nxt in ("for", "as") :
                j = i + 2 + (1 if nxt == "as" else 0)
                if j < len(toks) and toks[j] in nat:
                    out.append(w.upper()); i = j + 1; continue
            out.append(w.upper()); i += 1; continue
        if w in FILLERS or w in nat or w in ("for", "as", "in", "a", "letter", "letters", "capital"):
            i += 1; continue
        out.append(w.upper()); i += 1
    return "".join(out)


def email_norm(text):
    t = text.strip()
    if "@" in t:
        return t.lower()
    t = " " + t.lower() + " "
    t = t.replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_")
    t = t.replace(" dash ", "-").replace(" hyphen ", "-")
    toks = t.split()
    return "".join(toks)


def luhn_ok(d):
    s = 0
    for k, ch in enumerate(reversed(d)):
        n = int(ch)
        if k % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def iban_ok(v):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    x = v[4:] + v[:4]
    num = "".join(str(int(c, 36)) for c in x)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EIR = re.compile(r"[ACDEFHKNPRTVWXY]\d[\dW][ACDEFHKNPRTVWXY\d]{4}")
US_ZIP = re.compile(r"\d{5}(\d{4})?")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def validate_full(typ, canon):
    """Validate a canonical (normalised) full value."""
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "SSN":
        return (canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666")
                and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(canon)) and canon[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 17
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        d = canon.lstrip("+")
        return d.isdigit() and 9 <= len(d) <= 13 and "+" not in d
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", canon))
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(canon) or EIR.fullmatch(canon) or US_ZIP.fullmatch(canon))
    return True


def validate_text(typ, text):
    """Loose checks for free-form types (dates, addresses)."""
    low = text.lower()
    if typ in ("DOB", "EXPIRY"):
        has_month = any(m in low or m[:3] in low for m in MONTHS)
        if re.search(r"(first|second|third|th)\b", low) and sum(ch.isdigit() for ch in spoken_norm(text)) >= 4:
            return True
        digits = spoken_norm(text)
        nd = sum(ch.isdigit() for ch in digits)
        if typ == "EXPIRY":
            return has_month or nd >= 3
        return has_month or nd >= 6
    if typ == "ADDRESS":
        has_num = bool(re.search(r"\d", text)) or any(re.search(r"\b%s\b" % w, low) for w in UNITS + TEENS + [t for t in TENS if t])
        return has_num and bool(re.search(r"\b(road|rd|street|st|lane|ln|avenue|ave|close|drive|dr|way|terrace|crescent|place|park|grove|gardens|court|row|hill|square|walk|mews|boulevard|blvd|parade|view)\b", low))
    return True


# ---------------------------------------------------------------- case builder
class V:
    def __init__(self, typ, text, gid=None, canon=None, mode="full"):
        self.typ, self.text, self.gid, self.canon, self.mode = typ, text, gid, canon, mode


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], {}
        self._g = 0

    def gid(self, typ, canon, mode="full"):
        self._g += 1
        self.groups[self._g] = {"type": typ, "canon": canon, "mode": mode, "pieces": []}
        return self._g

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for s in segs:
            if isinstance(s, V):
                g = s.gid
                if g is None:
                    g = self.gid(s.typ, s.canon, s.mode)
                start = len(text)
                text += s.text
                self.spans.append({"turn": idx, "start": start, "end": len(text), "type": s.typ})
                self.groups[g]["pieces"].append(s.text)
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self


def C(n, k):
    return "customer" if True else n


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def gen_card():
    kind = r.choices(["visa", "mc", "amex", "visa13", "maestro19", "visa19"], [10, 8, 3, 1, 2, 1])[0]
    if kind == "visa":
        return luhn_complete("4" + r.choice(["929", "539", "462", "751", "000", "111"]), 16)
    if kind == "mc":
        return luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221"]), 16)
    if kind == "amex":
        return luhn_complete(r.choice(["34", "37"]), 15)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "maestro19":
        return luhn_complete(r.choice(["6759", "6763"]), 19)
    return luhn_complete("4", 19)


def gen_ssn():
    while True:
        a = r.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randrange(1, 100), r.randrange(1, 10000))


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = r.choice(NI_A) + r.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = "".join(str(r.randrange(10)) for _ in range(6))
    if r.random() < 0.4:  # repeated digits, to exercise double/treble
        k = r.randrange(4)
        d = d[:k] + d[k] * 3 + d[k + 3:]
    return p + d + r.choice("ABCD")


def gen_digits(n, lead_nonzero=False):
    s = "".join(str(r.randrange(10)) for _ in range(n))
    if lead_nonzero and s[0] == "0":
        s = str(r.randrange(1, 10)) + s[1:]
    if r.random() < 0.5:
        k = r.randrange(n - 1)
        s = s[:k] + s[k] + s[k] + s[k + 2:]
    return s


def make_iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_iban():
    cc = r.choice(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR", "BE"])
    if cc == "GB":
        bban = r.choice(["NWBK", "BARC", "HBUK", "MIDL", "CITI"]) + gen_digits(6) + gen_digits(8)
    elif cc == "IE":
        bban = r.choice(["AIBK", "BKIE", "ULSB", "IPBS"]) + gen_digits(6) + gen_digits(8)
    elif cc == "DE":
        bban = gen_digits(18)
    elif cc == "NL":
        bban = r.choice(["ABNA", "RABN", "INGB", "KNAB"]) + gen_digits(10)
    elif cc == "ES":
        bban = gen_digits(20)
    elif cc == "FR":
        bban = gen_digits(23)
    else:
        bban = gen_digits(12)
    return make_iban(cc, bban)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def gen_phone():
    """Returns (region, canonical, typed, spoken-friendly digit string)."""
    k = r.choice(["ukmob", "ukmob", "uklon", "ukman", "ukleeds", "ukglas", "iemob", "iedub", "usa"])
    if k == "ukmob":
        nat = "07700" + "900" + "%03d" % r.randrange(1000)
        intl = "+44" + nat[1:]
    elif k == "uklon":
        nat = "020" + "7946" + "0" + "%03d" % r.randrange(1000)
        intl = "+44" + nat[1:]
    elif k == "ukman":
        nat = "0161" + "496" + "0" + "%03d" % r.randrange(1000)
        intl = "+44" + nat[1:]
    elif k == "ukleeds":
        nat = "0113" + "496" + "0" + "%03d" % r.randrange(1000)
        intl = "+44" + nat[1:]
    elif k == "ukglas":
        nat = "0141" + "496" + "0" + "%03d" % r.randrange(1000)
        intl = "+44" + nat[1:]
    elif k == "iemob":
        nat = r.choice(["083", "085", "086", "087", "089"]) + gen_digits(7)
        intl = "+353" + nat[1:]
    elif k == "iedub":
        nat = "01" + gen_digits(7, lead_nonzero=True)
        intl = "+353" + nat[1:]
    else:
        nat = r.choice(["202", "312", "415", "617", "718"]) + "555" + "01" + "%02d" % r.randrange(100)
        intl = "+1" + nat
    return k, nat, intl


def phone_typed(k, nat, intl, use_intl):
    if k == "usa":
        if use_intl:
            return "+1 " + nat[:3] + "-" + nat[3:6] + "-" + nat[6:]
        return r.choice(["(%s) %s-%s" % (nat[:3], nat[3:6], nat[6:]),
                         "%s-%s-%s" % (nat[:3], nat[3:6], nat[6:]),
                         "%s.%s.%s" % (nat[:3], nat[3:6], nat[6:])])
    if use_intl:
        cc = intl[:3] if intl.startswith("+44") else intl[:4]
        rest = intl[len(cc):]
        return r.choice([cc + " " + group(rest, [4, 6]), cc + " (0)" + rest, cc + rest,
                         cc + " " + group(rest, [2, 3, 4]), cc + "-" + group(rest, [3, 3, 4], "-")])
    if k == "ukmob":
        return r.choice([group(nat, [5, 6]), group(nat, [5, 3, 3]), nat, group(nat, [4, 3, 4], "-")])
    if k in ("uklon",):
        return r.choice([group(nat, [3, 4, 4]), "(020) " + group(nat[3:], [4, 4]), nat])
    if k.startswith("ie"):
        return r.choice([group(nat, [3, 3, 4]), nat, group(nat, [3, 7])])
    return r.choice([group(nat, [4, 3, 4]), "(%s) %s" % (nat[:4], group(nat[4:], [3, 4])), nat])


FIRST = ["siobhan", "niamh", "ciaran", "aoife", "gareth", "rhys", "callum", "morag", "priya", "tariq",
         "jo", "dave", "sinead", "padraig", "bronwen", "kezia", "malcolm", "fiona", "declan", "olu",
         "hamish", "ewan", "shauna", "liam", "marta", "pawel", "anneka", "ravi", "grainne", "tom"]
LAST = ["obrien", "mcgrath", "davies", "pritchard", "macleod", "okafor", "patel", "kowalski",
        "fitzgerald", "nolan", "hughes", "thompson", "ahmed", "doyle", "morrison", "walsh", "byrne"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com", "eircom.net",
           "icloud.com", "sky.com", "virginmedia.com", "live.ie", "protonmail.com", "aol.com"]


def gen_email():
    f, l = r.choice(FIRST), r.choice(LAST)
    d = r.choice(DOMAINS)
    style = r.randrange(6)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(r.randrange(10, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = l + f[0] + str(r.randrange(1970, 2005))
    elif style == 4:
        local = f + "." + l + str(r.randrange(1, 9))
    else:
        local = f[0] + "." + l
    return local + "@" + d


def email_spoken(e):
    local, dom = e.split("@")

    def part(p):
        pieces = re.split(r"([._-])", p)
        out = []
        for pc in pieces:
            if pc == ".":
                out.append("dot")
            elif pc == "_":
                out.append("underscore")
            elif pc == "-":
                out.append("dash")
            elif pc.isdigit():
                out.append(" ".join(pc))
            elif len(pc) == 1:
                out.append(pc)
            elif pc:
                out.append(pc)
        return " ".join(out)
    return part(local) + " at " + part(dom)


STREETS = ["Mill Lane", "Station Road", "Church Street", "Acacia Avenue", "Harbour View", "Glen Road",
           "Castle Terrace", "Oak Close", "Victoria Road", "Main Street", "Bridge Street", "Kings Drive",
           "Elm Grove", "Heather Crescent", "St Patrick's Terrace", "Quay Street", "Abbey Mews",
           "Rowan Drive", "Market Place", "Hillside Gardens", "Maple Court", "Fairview Park",
           "Larch Way", "Ash Walk", "Sunnybank Row", "Cherry Tree Lane", "Orchard Way"]
TOWNS_UK = ["Leeds", "Cardiff", "Glasgow", "Bristol", "Belfast", "Newcastle", "Norwich", "Swansea",
            "Aberdeen", "Derby", "Hull", "Stockport"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin 6", "Athlone", "Sligo", "Kilkenny", "Tralee"]
TOWNS_US = ["Boston, MA", "Austin, TX", "Columbus, OH", "Denver, CO", "Tampa, FL"]
US_STREETS = ["Maple St", "Elm Street", "Oak Avenue", "W 34th Street", "Pine Drive", "Lakeview Blvd"]


def gen_uk_pc():
    area = r.choice(["LS", "CF", "G", "BS", "BT", "NE", "NR", "SA", "AB", "DE", "HU", "SK", "M", "B",
                     "SW", "EH", "L", "N", "E", "CB", "RG", "PL"])
    if area in ("SW", "E", "N") and r.random() < 0.4:
        out = area + str(r.randrange(1, 10)) + r.choice("ABCHJKPW")
    else:
        out = area + str(r.randrange(1, 30))
    inward = str(r.randrange(10)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
    return out, inward


EIR_L = "ACDEFHKNPRTVWXY"


def gen_eircode():
    rk = r.choice(["D02", "D04", "D6W", "D08", "T12", "T23", "H91", "V94", "A65", "F91", "R95", "N37", "W23", "K78"])
    u = "".join(r.choice(EIR_L + "0123456789") for _ in range(4))
    if not u[0].isalpha():
        u = r.choice(EIR_L) + u[1:]
    return rk, u


def gen_date(y0, y1):
    y = r.randrange(y0, y1)
    m = r.randrange(1, 13)
    d = r.randrange(1, 29)
    return y, m, d


def ordinal(n):
    words = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
             8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
             14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
             19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
    if n in words:
        return words[n]
    return TENS[n // 10] + " " + words[n % 10]


def year_words(y):
    if y >= 2000 and y < 2010:
        return r.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
    hi, lo = divmod(y, 100)
    hw = pair_word("%02d" % hi)
    if lo == 0:
        return hw + " hundred"
    if lo < 10:
        return hw + " " + r.choice(["oh", "o", "nought"]) + " " + UNITS[lo]
    return hw + " " + pair_word("%02d" % lo)


def dob_text(spoken):
    y, m, d = gen_date(1938, 2006)
    mn = MONTHS[m - 1]
    if spoken:
        st = r.randrange(5)
        if st == 0:
            return "the %s of %s %s" % (ordinal(d), mn, year_words(y))
        if st == 1:
            return "%s the %s %s" % (mn, ordinal(d), year_words(y))
        if st == 2:
            return "%s %s %s" % (ordinal(d), mn, year_words(y))
        if st == 3:
            return "%s %s %s" % (say("%02d" % d), say("%02d" % m), say("%02d" % (y % 100), pairs=0.8))
        return "%s of the %s %s" % (ordinal(d), ordinal(m), year_words(y))
    st = r.randrange(6)
    if st == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if st == 1:
        return "%d.%d.%02d" % (d, m, y % 100)
    if st == 2:
        return "%d %s %d" % (d, mn.capitalize()[:3], y)
    if st == 3:
        return "%s %d, %d" % (mn.capitalize(), d, y)
    if st == 4:
        return "%02d-%02d-%d" % (m, d, y)
    return "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], mn.capitalize(), y)


def exp_text(spoken):
    m = r.randrange(1, 13)
    y = r.randrange(2025, 2032)
    if spoken:
        st = r.randrange(4)
        if st == 0:
            return "%s %s" % (say("%02d" % m), say("%02d" % (y % 100), pairs=1.0))
        if st == 1:
            return "%s %s" % (MONTHS[m - 1], year_words(y) if r.random() < 0.5 else pair_word("%02d" % (y % 100)))
        if st == 2:
            return "%s of %s" % (pair_word("%02d" % m) if m >= 10 else UNITS[m], year_words(y))
        return "%s slash %s" % (say("%02d" % m), pair_word("%02d" % (y % 100)))
    st = r.randrange(5)
    if st == 0:
        return "%02d/%02d" % (m, y % 100)
    if st == 1:
        return "%02d/%d" % (m, y)
    if st == 2:
        return "%s %02d" % (MONTHS[m - 1][:3].capitalize(), y % 100)
    if st == 3:
        return "%02d-%02d" % (m, y % 100)
    return "%d/%02d" % (m, y % 100)


# ---------------------------------------------------------------- phrase banks
BACK = ["mhm", "go on", "yep", "okay", "yeah", "right", "uh huh", "got that", "and then", "lovely", "grand", "yes"]
FILL = ["um", "uh", "er", "erm"]
ASIDE = ["sorry the dog's going mad here", "hang on the kettle's on", "sorry my glasses",
         "bear with me it's tiny print", "hold on the kids are shouting", "sorry the signal's bad",
         "one sec I'm in the car", "sorry it's worn off a bit"]
IND = ["bank", "mobile", "broadband", "energy", "insurance", "airline", "hospital billing", "council",
       "retail", "water", "building society", "credit union", "revenue office", "travel"]
GREET_A = ["thanks for calling {o}, you're through to {n}", "hello, {o} customer services, {n} speaking",
           "good afternoon, {o}, how can I help", "hiya, {o} here, {n} speaking", "morning, you're through to {o}"]
ORGS = ["Northway Bank", "Celtic Mobile", "Brightgas Energy", "Harbour Insurance", "Emerald Air",
        "St Brigid's Billing", "Eastfield Council", "Shopwell", "AquaWest Water", "Ulster Mutual",
        "Liffey Credit Union", "Revenue Services", "Sunway Travel", "Gridline Broadband", "Midshire Building Society"]


def greet():
    return r.choice(GREET_A).format(o=r.choice(ORGS), n=r.choice(FIRST).capitalize())


def zw_pick(uk=True):
    global ZW
    ZW = r.choice(["oh", "oh", "nought", "nought", "zero", "o"] if uk else ["oh", "zero", "zero", "o"])


def asr_digits(s, level, tail_ok=True):
    """Spoken rendering with regional habits; level 0..2 controls difficulty."""
    return say(s, pairs=[0.0, 0.25, 0.45][level], dbl=0.75, hund=[0.0, 0.05, 0.15][level],
               fill=[0.0, 0.05, 0.12][level], treble=r.choice(["treble", "triple", "treble"]), tail_ok=tail_ok)


# ---------------------------------------------------------------- positive builders
def pos_card():
    card = gen_card()
    n = len(card)
    style = r.randrange(9)
    c = Case("positive", "")
    zw_pick(r.random() < 0.8)
    if style == 0:  # typed chat with odd separators
        sizes = r.choice([[4, 4, 4, 4], [4, 6, 5], [5, 5, 6], [3, 4, 4, 5], [6, 6, 7], [4, 4, 4, 4, 3]])
        sep = r.choice([" ", "-", "  ", ".", " - "])
        txt = group(card, sizes, sep) if r.random() < 0.8 else card
        ex = exp_text(False)
        lbl = r.choice(["card no:", "Card number -", "CC#", "card num", "long number on card:", "pan"])
        c.t("agent", "Hi, this is chat support. What's the card you'd like to use for the top-up?")
        c.t("customer", lbl + " ", V("CARD_NUMBER", txt, canon=card), " exp ", V("EXPIRY", ex),
            r.choice([" and the £20 is fine", " thx", "", " (it's the debit one)"]))
        c.note = "typed chat card with %s grouping and expiry" % ("odd" if sep != " " else "spaced")
    elif style == 1:  # ASR split across turns with back-channels and read-back
        g = c.gid("CARD_NUMBER", card)
        c.t("agent", greet().lower() + " can i take the long number across the front of the card")
        chunks = [card[i:i + 4] for i in range(0, n, 4)]
        if n == 15:
            chunks = [card[:4], card[4:10], card[10:]]
        first = True
        for ch in chunks:
            lead = "yeah it's " if first else r.choice(["", "then ", "", "um "])
            c.t("customer", lead, V("CARD_NUMBER", asr_digits(ch, 1), gid=g))
            if ch is not chunks[-1]:
                c.t("agent", r.choice(BACK))
            first = False
        g2 = c.gid("CARD_NUMBER", card)
        c.t("agent", "so that's ", V("CARD_NUMBER", " ".join(say(x, dbl=0.3) for x in chunks), gid=g2), " is that right")
        c.t("customer", "that's it yeah")
        c.note = "ASR card read in chunks over turns with back-channels and agent read-back"
    elif style == 2:  # restart / correction
        k = r.randrange(3, 7)
        wrong = card[:k - 1] + str((int(card[k - 1]) + 3) % 10)
        c.t("agent", "and the card number when you're ready")
        g_abandon = c.gid("CARD_NUMBER", wrong, mode="partial")
        g = c.gid("CARD_NUMBER", card)
        c.t("customer", "it's ", V("CARD_NUMBER", say(wrong), gid=g_abandon),
            r.choice([" no sorry sorry let me start again ", " no hang on that's wrong ", " wait no scrap that "]),
            V("CARD_NUMBER", asr_digits(card, 2), gid=g))
        c.t("agent", "lovely and the three digits on the back")
        cv = "%03d" % r.randrange(1000)
        c.t("customer", V("CVV", asr_digits(cv, 1)))
        c.note = "ASR card with abandoned first attempt and restart, then CVV"
    elif style == 3:  # aside in the middle of a reading
        g = c.gid("CARD_NUMBER", card)
        cut = r.randrange(5, n - 4)
        c.t("agent", "go ahead with the card number please")
        c.t("customer", "okay so it's ", V("CARD_NUMBER", asr_digits(card[:cut], 1), gid=g), " " + r.choice(ASIDE) + " ",
            V("CARD_NUMBER", asr_digits(card[cut:], 1), gid=g))
        c.t("agent", "no worries and the expiry")
        c.t("customer", r.choice(["", "it's ", "expires "]), V("EXPIRY", exp_text(True)))
        c.note = "ASR card reading interrupted by an aside; expiry spoken"
    elif style == 4:  # email
        ex = exp_text(False)
        cv = "%03d" % r.randrange(1000) if n != 15 else "%04d" % r.randrange(10000)
        c.t("customer", "Hello,\nPlease update the payment card on account for my direct debit.\nCard: ",
            V("CARD_NUMBER", group(card, [4, 4, 4, 4, 3]), canon=card), "\nExpiry: ", V("EXPIRY", ex),
            "\nSecurity code: ", V("CVV", cv), "\nInvoice INV-%d amount £%d.%02d\nRegards,\n%s" %
            (r.randrange(100000, 999999), r.randrange(20, 400), r.randrange(100), r.choice(FIRST).capitalize()))
        c.t("agent", "Thanks, we've updated the card. For security please don't send card details by e-mail in future.")
        c.note = "e-mail with card, expiry and security code next to an invoice amount"
    elif style == 5:  # full card then agent says last four -> last four labelled
        g = c.gid("CARD_NUMBER", card)
        c.t("agent", "what's the card you want refunded to")
        c.t("customer", V("CARD_NUMBER", asr_digits(card, 1), gid=g))
        g2 = c.gid("CARD_NUMBER", card[-4:], mode="suffix")
        c.t("agent", "okay so the refund of %s pounds goes back to the card ending " % pair_word(str(r.randrange(20, 99))),
            V("CARD_NUMBER", say(card[-4:]), gid=g2), " within five working days")
        c.note = "full card read then last four repeated by agent (labelled because full card was read)"
    elif style == 6:  # typed with typo-ish label and case, amex with 4-digit cvv
        cv = "%04d" % r.randrange(10000) if n == 15 else "%03d" % r.randrange(1000)
        c.t("customer", r.choice(["heres my card ", "CARD ", "Card detials: ", "ok card is "]),
            V("CARD_NUMBER", group(card, [4, 6, 5] if n == 15 else [4, 4, 4, 4, 3]), canon=card),
            r.choice([" , cvc ", " cvv2: ", " / sec code "]), V("CVV", cv),
            r.choice([" exp ", ", expires ", " valid thru "]), V("EXPIRY", exp_text(False)))
        c.t("agent", "Thank you, I'll process the booking fee of €%d now." % r.randrange(10, 90))
        c.note = "typed card, CVV and expiry in one line"
    elif style == 7:  # spoken with nought/double, pair reading, read-back partial
        c.t("agent", "right can i take the card details please")
        c.t("customer", r.choice(["um ", "", "yeah "]) + "it's a " + r.choice(["visa", "mastercard", "debit card"]) + " ",
            V("CARD_NUMBER", say(card, pairs=0.6, hund=0.1, dbl=0.8), canon=card))
        c.t("agent", "and the expiry date on that")
        c.t("customer", V("EXPIRY", exp_text(True)))
        c.note = "ASR card read in pairs ('forty one eleven') with doubles; spoken expiry"
    else:  # card spread 2 turns with correction by agent read-back
        g = c.gid("CARD_NUMBER", card)
        half = n // 2
        c.t("customer", "the card is ", V("CARD_NUMBER", asr_digits(card[:half], 2), gid=g))
        c.t("agent", r.choice(BACK))
        c.t("customer", V("CARD_NUMBER", asr_digits(card[half:], 2), gid=g))
        c.t("agent", "let me read that back ", V("CARD_NUMBER", say(card, dbl=0.0), canon=card))
        c.t("customer", "yep")
        c.note = "ASR card in two halves with fillers, agent read-back digit by digit"
    return c


def pos_ssn():
    s = gen_ssn()
    c = Case("positive", "")
    zw_pick(False)
    st = r.randrange(6)
    if st == 0:
        txt = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
        c.t("agent", "To verify your identity for the claim, please provide your Social Security number.")
        c.t("customer", r.choice(["SSN: ", "ssn is ", "Social: ", "my soc sec # "]), V("SSN", txt, canon=s),
            r.choice(["", " and my claim # is CLM-%d" % r.randrange(1000000, 9999999), " thanks"]))
        c.note = "typed US SSN (US insurance/benefits chat)"
    elif st == 1:
        c.t("agent", "can i get your social security number")
        c.t("customer", "sure it's ", V("SSN", "%s %s %s" % (asr_digits(s[:3], 1), asr_digits(s[3:5], 1), asr_digits(s[5:], 1)), canon=s))
        c.note = "ASR SSN spoken in 3-2-4 groups"
    elif st == 2:
        g = c.gid("SSN", s)
        c.t("agent", "and your social please")
        c.t("customer", V("SSN", say(s[:3]), gid=g))
        c.t("agent", r.choice(BACK))
        c.t("customer", V("SSN", say(s[3:5]), gid=g))
        c.t("agent", r.choice(BACK))
        c.t("customer", V("SSN", say(s[5:], pairs=0.5), gid=g))
        c.t("agent", "thank you and the balance you're asking about is $%d.%02d" % (r.randrange(100, 5000), r.randrange(100)))
        c.note = "ASR SSN split over three customer turns"
    elif st == 3:
        g = c.gid("SSN", s)
        c.t("customer", "my social is ", V("SSN", say(s, fill=0.15), gid=g))
        g2 = c.gid("SSN", s)
        c.t("agent", "i have ", V("SSN", "%s %s %s" % (say(s[:3], dbl=0), say(s[3:5], dbl=0), say(s[5:], dbl=0)), gid=g2), " correct")
        c.t("customer", "correct")
        c.note = "ASR SSN with fillers and agent read-back"
    elif st == 4:
        c.t("customer", "Hi, I'm filling in the medical billing form. Patient SSN ",
            V("SSN", "%s-%s-%s" % (s[:3], s[3:5], s[5:]), canon=s), ", account balance $%d, visit on %d/%d/2024." %
            (r.randrange(50, 900), r.randrange(1, 13), r.randrange(1, 28)))
        c.note = "healthcare billing e-mail with SSN near amount and visit date"
    else:
        k = r.randrange(4, 8)
        wrong = s[:k - 1] + str((int(s[k - 1]) + 1) % 10)
        c.t("agent", "last thing i need is the social")
        c.t("customer", V("SSN", say(wrong), canon=wrong, mode="partial"), " uh no wait that's my wife's hold on ",
            V("SSN", asr_digits(s, 1), canon=s))
        c.note = "ASR SSN with abandoned wrong start then full reading"
    return c


def ni_spoken(ni, nato):
    letters = spell(ni[:2], nato=nato)
    digs = asr_digits(ni[2:8], r.randrange(3))
    suf = spell(ni[8], nato=nato)
    return letters, digs, suf


def pos_ni():
    ni = gen_ni()
    c = Case("positive", "")
    zw_pick(True)
    st = r.randrange(8)
    if st == 0:
        txt = r.choice([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                        "%s %s %s" % (ni[:2], ni[2:8], ni[8]), "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])])
        c.t("agent", "Can you confirm your National Insurance number so I can find your tax record?")
        c.t("customer", r.choice(["NI no: ", "ni number ", "NINO ", "its "]), V("NI_NUMBER", txt, canon=ni),
            r.choice(["", " - tax year 2023/24", " cheers", " (PAYE ref 123/AB45678)"]))
        c.note = "typed UK NI number with varied spacing/case"
    elif st == 1:
        l, d, s = ni_spoken(ni, 0.0)
        c.t("agent", "and your national insurance number please")
        c.t("customer", "yeah it's ", V("NI_NUMBER", l + " " + d + " " + s, canon=ni))
        c.note = "ASR NI number with regional digit habits"
    elif st == 2:
        l, d, s = ni_spoken(ni, 0.8)
        c.t("agent", "can you spell the letters of your ni number")
        c.t("customer", V("NI_NUMBER", l + " then " + d + " and " + s, canon=ni), " at the end")
        c.note = "ASR NI number with phonetic spelling ('j for juliet')"
    elif st == 3:
        g = c.gid("NI_NUMBER", ni)
        l, d, s = ni_spoken(ni, 0.3)
        c.t("agent", "national insurance number")
        c.t("customer", "letters first ", V("NI_NUMBER", l, gid=g))
        c.t("agent", r.choice(BACK))
        c.t("customer", V("NI_NUMBER", d, gid=g))
        c.t("agent", r.choice(["and the letter at the end", "and the last letter"]))
        c.t("customer", V("NI_NUMBER", s, gid=g))
        c.note = "ASR NI number split over three turns"
    elif st == 4:
        g = c.gid("NI_NUMBER", ni)
        c.t("customer", "my ni is ", V("NI_NUMBER", spell(ni[:2]) + " " + say(ni[2:5]), gid=g), " " + r.choice(ASIDE) + " ",
            V("NI_NUMBER", say(ni[5:8]) + " " + spell(ni[8]), gid=g))
        c.t("agent", "let me just read that back ", V("NI_NUMBER", spell(ni[:2]) + " " + say(ni[2:8], pairs=0.7) + " " + spell(ni[8]), canon=ni))
        c.t("customer", "that's right")
        c.note = "ASR NI with aside mid-reading and agent read-back in pairs"
    elif st == 5:
        c.t("customer", "Dear sir/madam,\nRe: my pension credit claim. My name is %s %s, NI number %s, and my date of birth is " %
            (r.choice(FIRST).capitalize(), r.choice(LAST).capitalize(), ""), V("DOB", dob_text(False)), ".\nNI: ",
            V("NI_NUMBER", "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), canon=ni),
            "\nI have been waiting %d weeks.\nThanks" % r.randrange(2, 12))
        c.note = "government services e-mail with NI and DOB, plus a duration"
    elif st == 6:
        k = r.randrange(3, 6)
        wrong = ni[:2] + ni[2:k] + str((int(ni[k]) + 2) % 10)
        c.t("agent", "and the ni number")
        c.t("customer", V("NI_NUMBER", spell(wrong[:2]) + " " + say(wrong[2:]), canon=wrong, mode="partial"),
            r.choice([" no sorry start again ", " ah no that's wrong hang on "]),
            V("NI_NUMBER", spell(ni[:2]) + " " + asr_digits(ni[2:8], 2) + " " + spell(ni[8]), canon=ni))
        c.note = "ASR NI with restart"
    else:
        digs = ni[2:8]
        c.t("agent", "can i have your national insurance please")
        c.t("customer", V("NI_NUMBER", spell(ni[:2]) + " " + say(digs[:2], pairs=1.0) + " " + say(digs[2:4], pairs=1.0) + " " +
                          say(digs[4:], pairs=1.0) + " " + spell(ni[8]), canon=ni))
        c.note = "ASR NI read in pairs ('twenty four sixty one')"
    return c


def sort_spoken(sc):
    st = r.randrange(4)
    if st == 0:
        return " ".join(say(sc[i:i + 2], pairs=1.0, dbl=0.5) for i in (0, 2, 4))
    if st == 1:
        return " ".join(say(sc[i:i + 2], dbl=0.7) for i in (0, 2, 4))
    if st == 2:
        return say(sc[:3], hund=1.0, tail_ok=False) + " " + say(sc[3:], hund=1.0)
    return asr_digits(sc, 2)


def gen_sort(ie=False):
    if ie:
        return r.choice(["90", "93", "98", "99", "95"]) + gen_digits(4)
    return r.choice(["20", "40", "60", "30", "11", "09", "77", "83", "16"]) + gen_digits(4)


def pos_bank():
    ie = r.random() < 0.3
    us = (not ie) and r.random() < 0.15
    sc = gen_sort(ie)
    acct = gen_digits(8) if not us else gen_digits(r.choice([10, 11, 12]), lead_nonzero=True)
    c = Case("positive", "")
    zw_pick(not us)
    st = r.randrange(6)
    if us:
        c.t("agent", "What checking account should the refund go to?")
        c.t("customer", r.choice(["acct# ", "Account number ", "acct no: "]), V("BANK_ACCOUNT", acct),
            r.choice(["", " (checking)", " at First Harbor"]))
        c.note = "US bank account typed"
        return c
    if st == 0:
        c.t("customer", r.choice(["sort code ", "S/C: ", "sortcode "]),
            V("SORT_CODE", r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:]), canon=sc),
            r.choice([" acct no: ", " a/c ", ", account number ", " acc "]), V("BANK_ACCOUNT", r.choice([acct, acct[:4] + " " + acct[4:]]), canon=acct),
            r.choice(["", " - please refund the £%d.%02d there" % (r.randrange(5, 300), r.randrange(100))]))
        c.t("agent", "Thanks, the refund will show in 3-5 working days.")
        c.note = "typed sort code and account number"
    elif st == 1:
        c.t("agent", "what's the sort code for the account")
        c.t("customer", V("SORT_CODE", sort_spoken(sc), canon=sc))
        c.t("agent", "and the account number")
        c.t("customer", "um it's ", V("BANK_ACCOUNT", asr_digits(acct, 2), canon=acct))
        c.note = "ASR sort code and account number with regional number habits"
    elif st == 2:
        g = c.gid("BANK_ACCOUNT", acct)
        c.t("agent", "go ahead with the account number")
        c.t("customer", V("BANK_ACCOUNT", say(acct[:4], pairs=0.4), gid=g))
        c.t("agent", r.choice(BACK))
        c.t("customer", V("BANK_ACCOUNT", say(acct[4:], pairs=0.4), gid=g))
        c.t("agent", "and the sort code is that ", V("SORT_CODE", say(sc, dbl=0.0), canon=sc), " from your last payment")
        c.t("customer", "that's the one")
        c.note = "ASR account split over turns; agent reads sort code from file"
    elif st == 3:
        c.t("customer", "the sort code is ", V("SORT_CODE", sort_spoken(sc), canon=sc), " and the account ",
            V("BANK_ACCOUNT", say(acct[:2]) + " " + say(acct[2:5], hund=1.0, tail_ok=False) + " " + say(acct[5:], hund=0.5, pairs=0.5), canon=acct))
        c.t("agent", "lovely so that's sort code ", V("SORT_CODE", "-".join([sc[:2], sc[2:4], sc[4:]]), canon=sc),
             " account ", V("BANK_ACCOUNT", say(acct, dbl=0.0), canon=acct))
        c.note = "ASR sort code and account in unusual groupings (hundreds), agent read-back"
    elif st == 4:
        g = c.gid("SORT_CODE", sc)
        c.t("agent", "can you give me the sort code")
        c.t("customer", V("SORT_CODE", say(sc[:2], pairs=1.0), gid=g), " ", r.choice(["um", "er"]), " hang on it's on the back of the card ",
            V("SORT_CODE", say(sc[2:], pairs=0.6), gid=g))
        c.t("agent", "and the eight digit account number")
        c.t("customer", V("BANK_ACCOUNT", say(acct, fill=0.2, dbl=0.8, treble="treble"), canon=acct))
        c.note = "ASR sort code interrupted, account with fillers; account has 'eight digit' count distractor"
    else:
        c.t("customer", "Bank details for the refund of my deposit (booking ref %s%d):\nSort Code: " % (r.choice(["SW", "EA", "TR"]), r.randrange(100000, 999999)),
            V("SORT_CODE", "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), canon=sc), "\nAccount No: ", V("BANK_ACCOUNT", acct),
            "\nAccount name: %s %s" % (r.choice(FIRST).capitalize(), r.choice(LAST).capitalize()))
        c.note = "e-mail with sort code/account next to a booking reference"
    return c


def pos_iban():
    ib = gen_iban()
    c = Case("positive", "")
    zw_pick(True)
    st = r.randrange(4)
    if st == 0:
        txt = r.choice([group(ib, [4] * 9), ib, group(ib, [4] * 9).lower(), ib[:4] + " " + ib[4:]])
        c.t("customer", r.choice(["IBAN: ", "iban ", "my IBAN is ", "Pls pay to IBAN "]), V("IBAN", txt, canon=ib),
            r.choice(["", " thanks", " ref invoice %d" % r.randrange(10000, 99999)]))
        c.t("agent", "Thanks, the transfer of €%d will be made within %d days." % (r.randrange(50, 999), r.randrange(2, 6)))
        c.note = "typed IBAN (%s)" % ib[:2]
    elif st == 1:
        c.t("agent", "can i have the iban please")
        body = []
        for ch in group(ib, [4] * 9).split():
            body.append(spell(ch[:4], nato=0.2) if not ch.isdigit() else say(ch, pairs=0.3, tail_ok=False))
        c.t("customer", "it's ", V("IBAN", " ".join(body), canon=ib))
        c.note = "ASR IBAN spelled in groups of four"
    elif st == 2:
        g = c.gid("IBAN", ib)
        parts = group(ib, [8, 8, 8, 8]).split()
        c.t("agent", "go ahead with the iban")
        for k, p in enumerate(parts):
            spoken = " ".join(spell(x) if x.isalpha() else say(x) for x in re.findall(r"[A-Z]+|\d+", p))
            c.t("customer", V("IBAN", spoken, gid=g))
            if k < len(parts) - 1:
                c.t("agent", r.choice(BACK))
        c.note = "ASR IBAN spread over several turns"
    else:
        c.t("customer", "Hi, for the refund on policy %s-%d please use:\nAccount holder: %s %s\nIBAN: " %
            (r.choice(["HX", "PL", "MOT"]), r.randrange(100000, 999999), r.choice(FIRST).capitalize(), r.choice(LAST).capitalize()),
            V("IBAN", group(ib, [4] * 9), canon=ib), "\nBIC: %s%s2X" % (ib[4:8] if ib[4:8].isalpha() else "COBA", ib[:2]))
        c.note = "e-mail IBAN with policy number and BIC"
    return c


def phone_spoken(k, nat, intl, use_intl, split=False):
    """Spoken phone; with split=True returns two parts cut on a digit boundary."""
    head = ""
    digits = nat
    if use_intl:
        cc = "+1" if k == "usa" else (intl[:4] if intl.startswith("+353") else intl[:3])
        digits = intl[len(cc):]
        head = "plus " + " ".join(UNITS[int(x)] for x in cc[1:]) + " "
    if split:
        cut = r.randrange(3, len(digits) - 2)
        segs = [digits[:cut], digits[cut:]]
    elif k == "ukmob" and not use_intl:
        segs = [nat[:5], nat[5:]]
    else:
        segs = [digits]
    parts = [asr_digits(x, 2 if k != "ukmob" else 1, tail_ok=(split or j == len(segs) - 1)) for j, x in enumerate(segs)]
    parts[0] = head + parts[0]
    return parts if split else " ".join(parts)


def pos_phone():
    k, nat, intl = gen_phone()
    c = Case("positive", "")
    zw_pick(k != "usa")
    use_intl = r.random() < 0.35
    canon = intl if use_intl else nat
    st = r.randrange(5)
    if st == 0:
        c.t("agent", "What's the best number to reach you on?")
        c.t("customer", r.choice(["mob: ", "tel ", "call me on ", "my number is ", "Ph: "]), V("PHONE", phone_typed(k, nat, intl, use_intl), canon=canon),
            r.choice(["", " after 6pm", " any time before 17:30", " (landline)"]))
        c.note = "typed phone number (%s)" % k
    elif st == 1:
        c.t("agent", "and a contact number")
        c.t("customer", "yeah it's ", V("PHONE", phone_spoken(k, nat, intl, use_intl), canon=canon))
        c.note = "ASR phone number (%s)" % k
    elif st == 2:
        g = c.gid("PHONE", canon)
        s = phone_spoken(k, nat, intl, use_intl, split=True)
        c.t("customer", "my number is ", V("PHONE", s[0], gid=g))
        c.t("agent", r.choice(BACK))
        c.t("customer", V("PHONE", s[1], gid=g))
        c.t("agent", "i'll read it back ", V("PHONE", say(canon.lstrip("+"), dbl=0.0) if not use_intl else "plus " + say(canon[1:], dbl=0), canon=canon))
        c.note = "ASR phone split over two turns with read-back"
    elif st == 3:
        c.t("customer", "Please update my contact number to ", V("PHONE", phone_typed(k, nat, intl, use_intl), canon=canon),
            ". My old number ended %s. Engineer visit is booked for %d:%02d on %s." %
            (r.randrange(100, 999), r.randrange(8, 17), r.choice([0, 15, 30]), r.choice(["Monday", "the 14th", "Friday"])))
        c.t("agent", "Done, we'll text you the day before.")
        c.note = "typed phone with old-number tail, time and appointment (only the phone is PII)"
    else:
        g = c.gid("PHONE", canon)
        sp = phone_spoken(k, nat, intl, use_intl, split=True)
        c.t("customer", "it's ", V("PHONE", sp[0], gid=g), " " + r.choice(ASIDE) + " ", V("PHONE", sp[1], gid=g))
        c.note = "ASR phone with aside in the middle"
    return c


def pos_email():
    e = gen_email()
    c = Case("positive", "")
    st = r.randrange(5)
    if st == 0:
        txt = r.choice([e, e.upper(), e.capitalize()])
        c.t("customer", r.choice(["email: ", "E-mail - ", "send it to ", "my email addy is "]), V("EMAIL", txt, canon=e),
            r.choice(["", " pls", " thanks!", " (not the work one)"]))
        c.note = "typed e-mail"
    elif st == 1:
        c.t("agent", "can i take an email address for the receipt")
        c.t("customer", "yeah it's ", V("EMAIL", email_spoken(e), canon=e))
        c.note = "ASR e-mail with 'dot' and 'at'"
    elif st == 2:
        g = c.gid("EMAIL", e)
        loc, dom = e.split("@")
        c.t("agent", "and your email")
        c.t("customer", V("EMAIL", email_spoken(loc + "@x.x").rsplit(" at ", 1)[0], gid=g))
        c.t("agent", r.choice(BACK))
        c.t("customer", V("EMAIL", "at " + email_spoken("a@" + dom).split(" at ", 1)[1], gid=g))
        c.note = "ASR e-mail split: local part then domain"
    elif st == 3:
        c.t("agent", "Could you confirm the e-mail on the account?")
        c.t("customer", "It should be ", V("EMAIL", e, canon=e), " but I may have registered with ",
            V("EMAIL", e.replace("@", "1@"), canon=e.replace("@", "1@")))
        c.note = "two typed e-mails in one turn"
    else:
        c.t("agent", "what email should the tickets go to")
        c.t("customer", V("EMAIL", email_spoken(e), canon=e))
        c.t("agent", "so that's ", V("EMAIL", e, canon=e), " and your flight is EI %d at %d:%02d" % (r.randrange(100, 999), r.randrange(6, 22), r.choice([5, 10, 40])))
        c.note = "ASR e-mail with agent typed read-back; flight number and time not PII"
    return c


def pos_dob():
    c = Case("positive", "")
    zw_pick(True)
    st = r.randrange(4)
    if st == 0:
        c.t("agent", "for security can i take your date of birth")
        c.t("customer", "yeah it's ", V("DOB", dob_text(True)))
        c.note = "ASR DOB"
    elif st == 1:
        c.t("customer", r.choice(["DOB: ", "d.o.b ", "Date of birth - ", "born "]), V("DOB", dob_text(False)),
            r.choice(["", ", I'm %d" % r.randrange(20, 80), " (policy renewal due %d March)" % r.randrange(1, 28)]))
        c.note = "typed DOB with age/renewal distractor"
    elif st == 2:
        c.t("agent", "can you confirm the patient's date of birth")
        c.t("customer", "um ", V("DOB", dob_text(True)), " and the appointment was last tuesday at half ten")
        c.t("agent", "thanks that bill is for %d pounds %d" % (r.randrange(20, 300), r.randrange(10, 99)))
        c.note = "healthcare billing DOB with appointment time and amount"
    else:
        c.t("agent", "date of birth")
        c.t("customer", V("DOB", dob_text(True)))
        c.t("agent", "and postcode")
        out, inw = gen_uk_pc()
        c.t("customer", V("POSTCODE", spell(out) + " " + spell(inw), canon=out + inw))
        c.note = "ASR DOB and spelled UK postcode in ID&V"
    return c


def addr_text(spoken, us=False):
    num = r.randrange(1, 240)
    if us:
        st = r.choice(US_STREETS)
        return ("%d %s" % (num, st)) if not spoken else "%s %s" % (say(str(num), pairs=1.0, hund=1.0), st.lower())
    street = r.choice(STREETS)
    flat = r.random() < 0.3
    if not spoken:
        t = "%d %s" % (num, street)
        if flat:
            t = r.choice(["Flat %d, " % r.randrange(1, 20), "Apt %d " % r.randrange(1, 20), "%d/" % r.randrange(1, 9) + ""]) + t
        return t
    t = "%s %s" % (say(str(num), pairs=1.0, hund=1.0), street.lower())
    if flat:
        t = "flat %s %s" % (UNITS[r.randrange(1, 10)], t)
    return t


def pos_address():
    c = Case("positive", "")
    zw_pick(True)
    region = r.choice(["uk", "uk", "ie", "ie", "us"])
    spoken = r.random() < 0.5
    if region == "uk":
        out, inw = gen_uk_pc()
        pc_canon = out + inw
        pc_parts = [spell(out, nato=0.2), spell(inw, nato=0.2)]
        pc_t = " ".join(pc_parts) if spoken else r.choice([out + " " + inw, (out + inw).lower(), out + "  " + inw])
        town = r.choice(TOWNS_UK)
    elif region == "ie":
        rk, u = gen_eircode()
        pc_canon = rk + u
        pc_parts = [spell(rk), spell(u, nato=0.2)]
        pc_t = " ".join(pc_parts) if spoken else r.choice([rk + " " + u, rk + u, (rk + " " + u).lower()])
        town = r.choice(TOWNS_IE)
    else:
        z = "%05d" % r.randrange(1000, 99999)
        if r.random() < 0.3:
            z4 = "%04d" % r.randrange(10000)
            pc_canon = z + z4
            pc_parts = [say(z), say(z4)]
            pc_t = say(z) + " dash " + say(z4) if spoken else z + "-" + z4
        else:
            pc_canon = z
            pc_parts = [say(z[:3]), say(z[3:])]
            pc_t = say(z, pairs=0.3) if spoken else z
        town = r.choice(TOWNS_US)
    ad = addr_text(spoken, us=(region == "us"))
    st = r.randrange(3)
    if not spoken:
        c.t("customer", r.choice(["Address: ", "New address is ", "Deliver to "]), V("ADDRESS", ad), ", " + town + ", ",
            V("POSTCODE", pc_t, canon=pc_canon), r.choice(["", ". Moving in on the 3rd.", " - meter serial E%dK%d" % (r.randrange(10, 99), r.randrange(10000, 99999))]))
        c.t("agent", "Thanks, I've updated your supply address.")
        c.note = "typed address + %s postcode" % region
    elif st == 0:
        c.t("agent", "can i take the first line of the address and the %s" % ("eircode" if region == "ie" else "postcode" if region == "uk" else "zip"))
        c.t("customer", V("ADDRESS", ad), " " + town.lower().split(",")[0] + " ", V("POSTCODE", pc_t, canon=pc_canon))
        c.note = "ASR address, town (not labelled), %s postcode" % region
    elif st == 1:
        c.t("agent", "what's the %s" % ("eircode" if region == "ie" else "postcode" if region == "uk" else "zip code"))
        c.t("customer", r.choice(["it's ", "", "um "]), V("POSTCODE", pc_t, canon=pc_canon))
        c.t("agent", "and the house number")
        c.t("customer", V("ADDRESS", ad))
        c.note = "ASR %s postcode then address" % region
    else:
        g = c.gid("POSTCODE", pc_canon)
        c.t("customer", "the %s is " % ("eircode" if region == "ie" else "postcode" if region == "uk" else "zip"), V("POSTCODE", pc_parts[0], gid=g))
        c.t("agent", r.choice(BACK))
        c.t("customer", V("POSTCODE", pc_parts[1], gid=g), " and it's ", V("ADDRESS", ad))
        c.note = "ASR %s postcode split over turns, then address" % region
    return c


def pos_mixed():
    """Full ID&V: several types in one call, UK/IE emphasis."""
    c = Case("positive", "")
    zw_pick(True)
    c.t("agent", greet().lower() + " before i go into the account can i take a few details")
    ni = gen_ni()
    c.t("customer", "yeah course")
    c.t("agent", "date of birth first")
    c.t("customer", V("DOB", dob_text(True)))
    c.t("agent", "and your national insurance number")
    c.t("customer", V("NI_NUMBER", spell(ni[:2]) + " " + asr_digits(ni[2:8], 2) + " " + spell(ni[8]), canon=ni))
    k, nat, intl = gen_phone()
    c.t("agent", "and is the mobile still ", V("PHONE", say(nat, dbl=0.8), canon=nat))
    c.t("customer", "yes that's it and the bill was %s pounds %s this month which is way too high" % (pair_word(str(r.randrange(20, 99))), pair_word(str(r.randrange(10, 99)))))
    c.note = "ID&V: DOB, NI, agent reads phone from file; bill amount distractor"
    return c


def pos_card_cvv_exp():
    c = Case("positive", "")
    zw_pick(True)
    card = gen_card()
    cv = "%03d" % r.randrange(1000) if len(card) != 15 else "%04d" % r.randrange(10000)
    c.t("agent", "ok i'll take the payment of %d pounds now what's the card number" % r.randrange(20, 500))
    c.t("customer", V("CARD_NUMBER", " ".join(say(card[i:i + 4], pairs=0.5, dbl=0.8, tail_ok=False) for i in range(0, len(card), 4)), canon=card))
    c.t("agent", "expiry")
    c.t("customer", V("EXPIRY", exp_text(True)))
    c.t("agent", "and the security number on the back")
    c.t("customer", r.choice(["", "it's ", "um "]), V("CVV", say(cv, dbl=0.8)))
    c.t("agent", "thank you that's gone through your reference is %s" % " ".join(str(r.randrange(10)) for _ in range(8)))
    c.note = "ASR card, expiry and CVV; spoken reference number afterwards is not PII"
    return c


# ---------------------------------------------------------------- negatives
def neg_case():
    c = Case("negative", "")
    zw_pick(True)
    st = r.randrange(26)
    if st == 0:
        o = luhn_complete("4", 16)
        c.t("customer", "my order number is %s" % say(o))
        c.t("agent", "thanks i can see that order it's out for delivery")
        c.note = "16-digit Luhn-valid order number spoken like a card"
    elif st == 1:
        c.t("agent", "your balance is %s pounds and %s pence" % (say(str(r.randrange(100, 999)), hund=1.0), pair_word(str(r.randrange(10, 99)))))
        c.t("customer", "and when's the next payment due")
        c.t("agent", "the %s of %s" % (ordinal(r.randrange(1, 29)), r.choice(MONTHS)))
        c.note = "balance and payment due date"
    elif st == 2:
        c.t("customer", "Tracking no. %s%d%sGB - it's been stuck for %d days" % (r.choice(["RB", "JD", "TT"]), r.randrange(100000000, 999999999), "", r.randrange(2, 9)))
        c.note = "tracking number with label and duration"
    elif st == 3:
        c.t("customer", "card ending %04d was charged twice, £%d.%02d on %d/%d" % (r.randrange(10000), r.randrange(5, 200), r.randrange(100), r.randrange(1, 28), r.randrange(1, 13)))
        c.t("agent", "I can see both transactions on the card ending in that number, I'll refund one.")
        c.note = "card last four only, amount, transaction date"
    elif st == 4:
        c.t("agent", "the meter reading i've got is %s" % say("%05d" % r.randrange(100000), pairs=0.3))
        c.t("customer", "no it's %s now i read it this morning" % say("%05d" % r.randrange(100000), dbl=0.8))
        c.note = "spoken meter readings"
    elif st == 5:
        c.t("customer", "I'm on flight EI%d from gate %d%s, seat %d%s, it leaves at %02d:%02d" % (r.randrange(100, 999), r.randrange(1, 40), r.choice(["A", "B", ""]), r.randrange(1, 40), r.choice("ACDF"), r.randrange(0, 24), r.choice([0, 15, 45])))
        c.note = "flight, gate, seat, time"
    elif st == 6:
        c.t("customer", "policy number %s" % " ".join(str(r.randrange(10)) for _ in range(12)))
        c.t("agent", "thanks that's the home insurance policy renewing on the %s of %s at %s pounds" % (ordinal(r.randrange(1, 29)), r.choice(MONTHS), say(str(r.randrange(100, 999)), hund=1.0)))
        c.note = "spoken 12-digit policy number and renewal"
    elif st == 7:
        c.t("customer", "Ticket #%d / Ref: %s%d - router model %s-%d serial SN%d" % (r.randrange(1000000, 9999999), r.choice(["INC", "CS", "TCK"]), r.randrange(10000000, 99999999), r.choice(["HG", "DGA", "VR"]), r.randrange(100, 9999), r.randrange(10 ** 11, 10 ** 12)))
        c.note = "ticket, reference, model and serial numbers"
    elif st == 8:
        c.t("agent", "we're open %s till %s monday to friday and nine to %s on saturdays" % (r.choice(["eight", "half eight", "nine"]), r.choice(["eight", "six", "half five"]), r.choice(["one", "five"])))
        c.t("customer", "and how long is the wait usually")
        c.t("agent", "about %s minutes at the moment" % pair_word(str(r.randrange(11, 45))))
        c.note = "opening hours and durations"
    elif st == 9:
        c.t("customer", "the thermostat says %d degrees and the bill went up %d%% on last year, it was %d in %d" % (r.randrange(15, 25), r.randrange(5, 60), r.randrange(400, 2000), r.randrange(2015, 2024)))
        c.note = "temperature, percentage, amounts and years"
    elif st == 10:
        inv = luhn_complete("5", 16)
        c.t("customer", "Invoice number: %s" % group(inv, [4, 4, 4, 4]))
        c.t("agent", "Thanks, invoice %s is paid in full." % inv)
        c.note = "invoice number grouped like a card (Luhn-valid)"
    elif st == 11:
        c.t("customer", "i've been with you %s years and i'm %s years old" % (UNITS[r.randrange(2, 10)], pair_word(str(r.randrange(21, 90)))))
        c.t("agent", "and you've got %s devices on the plan" % UNITS[r.randrange(2, 6)])
        c.note = "ages, counts, durations"
    elif st == 12:
        c.t("customer", "claim reference %s%s" % (say(str(r.randrange(100000000, 999999999))), ""))
        c.t("agent", r.choice(["mhm", "go on"]))
        c.t("customer", "that's the claim ref from the letter")
        c.note = "9-digit claim reference spoken like an SSN"
    elif st == 13:
        c.t("agent", "your appointment is on %s the %s at %s" % (r.choice(["monday", "thursday"]), ordinal(r.randrange(1, 29)), r.choice(["ten past two", "quarter to eleven", "half three", "nine fifteen"])))
        c.note = "appointment date and time"
    elif st == 14:
        c.t("customer", "Contract start 01/%02d/2024, end 31/%02d/2026, 24 month term at £%d.99 p/m" % (r.randrange(1, 13), r.randrange(1, 13), r.randrange(10, 60)))
        c.note = "contract dates and price (not DOB/expiry)"
    elif st == 15:
        c.t("customer", "I live just off %s near the %s roundabout" % (r.choice(["Station Road", "the A40", "Main Street", "Quay Street"]), r.choice(["Tesco", "big", "second"])))
        c.t("agent", "okay and which room number were you staying in at the hotel")
        c.t("customer", "room %s" % say(str(r.randrange(100, 999)), hund=1.0))
        c.note = "road names without numbers, room number"
    elif st == 16:
        c.t("customer", "reference %s %s %s" % ("%04d" % r.randrange(10000), "%04d" % r.randrange(10000), "%03d" % r.randrange(1000)))
        c.t("agent", "that's the payment reference yes thank you")
        c.note = "reference number grouped like a phone number"
    elif st == 17:
        c.t("agent", "your account reference is %s" % " ".join(say(str(r.randrange(10, 99)), pairs=1.0) for _ in range(3)))
        c.t("customer", "is that the same as the customer number")
        c.t("agent", "yes customer number and account reference are the same")
        c.note = "customer/account reference number read in pairs like a sort code"
    elif st == 18:
        c.t("customer", "the last payment was %s on the %s and the one before was %s" % ("€%d.%02d" % (r.randrange(10, 900), r.randrange(100)), ordinal(r.randrange(1, 29)), "€%d" % r.randrange(10, 900)))
        c.note = "payment amounts and dates"
    elif st == 19:
        c.t("customer", "mpan is %s and the mprn is %d" % (" ".join("%02d" % r.randrange(100) for _ in range(7)), r.randrange(1000000, 99999999)))
        c.t("agent", "grand, the unit rate is %s point %s pence" % (pair_word(str(r.randrange(20, 35))), UNITS[r.randrange(1, 10)]))
        c.note = "utility supply-point numbers and unit rate"
    elif st == 20:
        c.t("customer", "the parcel weighs %s kilos and it cost %s to send" % (UNITS[r.randrange(2, 10)], "£%d.%02d" % (r.randrange(3, 30), r.randrange(100))))
        c.t("agent", "and the tracking number")
        c.t("customer", "tracking number %s" % say("%010d" % r.randrange(10 ** 10), dbl=0.8))
        c.note = "weight, price, spoken tracking number"
    elif st == 21:
        c.t("customer", "Vehicle reg %s%02d %s, mileage %d, quote ref Q-%d" % (r.choice(["AB", "KX", "LD"]), r.randrange(10, 75), "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), r.randrange(5000, 120000), r.randrange(100000, 999999)))
        c.note = "car insurance: reg, mileage, quote reference"
    elif st == 22:
        c.t("agent", "the card ending %s has expired so i'll need a new one" % say("%04d" % r.randrange(10000)))
        c.t("customer", "oh i'll call back with it later, how long will the order be held for")
        c.t("agent", "%s hours" % pair_word(str(r.choice([24, 48, 72]))))
        c.note = "spoken card last-four alone, durations"
    elif st == 23:
        c.t("customer", "model number %s serial number %s" % (spell("WM" + str(r.randrange(1000, 9999))), say("%09d" % r.randrange(10 ** 9))))
        c.t("agent", "thanks and when did the washing machine break down")
        c.t("customer", "about %s weeks ago" % UNITS[r.randrange(2, 7)])
        c.note = "spoken model and 9-digit serial numbers"
    elif st == 24:
        c.t("customer", "Order #%s placed %d/%d/2025 for %d items, total $%d.%02d, discount code SAVE%d" % (r.randrange(10 ** 12, 10 ** 13), r.randrange(1, 13), r.randrange(1, 28), r.randrange(1, 9), r.randrange(10, 400), r.randrange(100), r.randrange(10, 50)))
        c.note = "US order number, date, count, total, promo code"
    else:
        c.t("customer", "the case number is %s" % (spell(r.choice("ABCEGHJ") + r.choice("ABCEGHJ")) + " " + say("%06d" % r.randrange(10 ** 6)) + " " + r.choice("abcd")))
        c.t("agent", "yes that's your case number on the complaint")
        c.note = "complaint case number in NI-like format but labelled as case number"
    return c


# ---------------------------------------------------------------- build
PLAN = ([pos_card] * 52 + [pos_card_cvv_exp] * 10 + [pos_ssn] * 26 + [pos_ni] * 30 + [pos_mixed] * 6 +
        [pos_bank] * 22 + [pos_iban] * 14 + [pos_phone] * 20 + [pos_email] * 14 + [pos_dob] * 10 +
        [pos_address] * 20)
N_NEG = 110


def build():
    cases = []
    plan = list(PLAN)
    r.shuffle(plan)
    for k, fn in enumerate(plan, 1):
        c = fn()
        c.id = "h550-pos-%03d" % k
        cases.append(c)
    for k in range(1, N_NEG + 1):
        c = neg_case()
        c.id = "h550-neg-%03d" % k
        cases.append(c)
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def norm_for(typ, text):
    if typ == "EMAIL":
        return email_norm(text)
    n = spoken_norm(text)
    if typ == "PHONE":
        return "".join(ch for ch in n if ch.isdigit() or ch == "+")
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return n
    return "".join(ch for ch in n if ch.isdigit())


def check(cases, data):
    errs = []
    ids = [c.id for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = sum(c.kind == "positive" for c in cases)
    nneg = sum(c.kind == "negative" for c in cases)
    for c in cases:
        if c.kind == "negative" and c.spans:
            errs.append(c.id + ": negative with spans")
        if c.kind == "positive" and not c.spans:
            errs.append(c.id + ": positive without spans")
        for t in c.turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c.id + ": bad speaker")
        by_turn = {}
        for s in c.spans:
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(c.turns)):
                errs.append(c.id + ": turn out of range"); continue
            txt = c.turns[s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append(c.id + ": offsets out of range"); continue
            val = txt[s["start"]:s["end"]]
            ok_first = val[0].isalnum() or (s["type"] == "PHONE" and val[0] in "+(")
            if not ok_first or not val[-1].isalnum():
                errs.append("%s: span not trimmed %r" % (c.id, val))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append("%s: span start not on word boundary %r" % (c.id, val))
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s: span end not on word boundary %r" % (c.id, val))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            if not validate_text(s["type"], val):
                errs.append("%s: %s text check failed %r" % (c.id, s["type"], val))
        for tr, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(c.id + ": overlapping spans")
        for g in c.groups.values():
            typ = g["type"]
            if typ in ("DOB", "EXPIRY", "ADDRESS"):
                continue
            got = "".join(norm_for(typ, p) for p in g["pieces"]) if typ != "EMAIL" else email_norm(" ".join(g["pieces"]))
            canon = g["canon"] if g["canon"] is not None else norm_for(typ, g["pieces"][0])
            if typ == "EMAIL":
                canon = canon.lower()
            if got != canon:
                errs.append("%s: %s normalised %r != %r" % (c.id, typ, got, canon))
            if g["mode"] == "full" and not validate_full(typ, got):
                errs.append("%s: %s failed validation %r" % (c.id, typ, got))
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, m in mins.items():
        if counts[t] < m:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], m))
    if os.path.exists(OUT):
        with open(OUT, encoding="utf-8") as f:
            if f.read() != data:
                errs.append("cases.jsonl is not byte-identical to regenerated output")
        # round-trip each line
        for line in data.splitlines():
            json.loads(line)
    else:
        errs.append("cases.jsonl missing")
    return errs, counts, npos, nneg


def main():
    cases = build()
    data = serialise(cases)
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(cases, data)
        for e in errs[:50]:
            print("ERROR", e)
        print("positive=%d negative=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("%d errors" % len(errs))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

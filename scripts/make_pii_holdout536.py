#!/usr/bin/env python3
"""Generate the pii_holdout536 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) who did not see the
redaction engine.  Standard library only.  Every turn is assembled from plain
segments and labelled value segments so span offsets are computed, never typed.

Usage:
    python scripts/make_pii_holdout536.py          # write the fixture
    python scripts/make_pii_holdout536.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 536241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout536", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_OF = {}
for _w, _l in NATO.items():
    NATO_OF.setdefault(_l, _w)
ALT_SPELL = {"A": "apple", "B": "bertie", "C": "cat", "D": "david", "E": "edward", "G": "george",
             "H": "harry", "J": "jack", "K": "king", "L": "london", "M": "mother", "N": "nelly",
             "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william",
             "X": "xmas", "Y": "yellow", "Z": "zebra"}
FILLERS = {"um", "uh", "er", "erm", "ah", "and", "dash", "hyphen", "space", "plus", "hmm", "then"}
ZERO_WORDS = {"zero", "oh", "o", "nought", "naught"}

# ----------------------------------------------------------------- normaliser


def _unit(tok):
    tl = tok.lower()
    if tl in ZERO_WORDS:
        return 0
    if tl in UNITS:
        return UNITS.index(tl)
    if len(tok) == 1 and tok.isdigit():
        return int(tok)
    return None


def norm(text):
    """Normalise a typed or spoken value to upper-case letters and digits."""
    toks = re.findall(r"[A-Za-z]+|\d+", text)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        tl = t.lower()
        nxt = toks[i + 1].lower() if i + 1 < n else ""
        if t.isdigit():
            out.append(t)
            i += 1
        elif tl in FILLERS:
            i += 1
        elif tl in ("double", "triple") and i + 1 < n and _unit(toks[i + 1]) is not None:
            out.append(str(_unit(toks[i + 1])) * (2 if tl == "double" else 3))
            i += 2
        elif len(t) == 1 and t.isalpha() and (nxt == "for" or (nxt == "as" and i + 2 < n and toks[i + 2].lower() == "in")):
            out.append(t.upper())
            i += 3 if nxt == "for" else 4
        elif _unit(t) is not None and nxt == "hundred":
            h = _unit(t)
            j = i + 2
            if j < n and toks[j].lower() == "and":
                j += 1
            rest = 0
            if j < n and toks[j].lower() in TEENS:
                rest = 10 + TEENS.index(toks[j].lower())
                j += 1
            elif j < n and toks[j].lower() in TENS[2:]:
                rest = 10 * TENS.index(toks[j].lower())
                j += 1
                if j < n and toks[j].lower() in UNITS[1:]:
                    rest += UNITS.index(toks[j].lower())
                    j += 1
            elif j < n and toks[j].lower() in UNITS[1:]:
                rest = UNITS.index(toks[j].lower())
                j += 1
            out.append("%d%02d" % (h, rest))
            i = j
        elif _unit(t) is not None:
            out.append(str(_unit(t)))
            i += 1
        elif tl in TEENS:
            out.append(str(10 + TEENS.index(tl)))
            i += 1
        elif tl in TENS[2:]:
            d = TENS.index(tl)
            if nxt in UNITS[1:]:
                out.append(str(10 * d + UNITS.index(nxt)))
                i += 2
            else:
                out.append(str(10 * d))
                i += 1
        elif len(t) == 1:
            out.append(t.upper())
            if nxt == "for" and i + 2 < n:
                i += 3
            elif nxt == "as" and i + 3 < n and toks[i + 2].lower() == "in":
                i += 4
            else:
                i += 1
        elif tl in NATO:
            out.append(NATO[tl])
            i += 1
        elif len(t) <= 4:
            out.append(t.upper())
            i += 1
        else:
            out.append("?" + t + "?")
            i += 1
    return "".join(out)


def luhn_ok(d):
    s = 0
    for k, ch in enumerate(reversed(d)):
        v = int(ch)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_BAD_FIRST = set("DFIQUV")
NI_BAD_SECOND = set("DFIOQUV")
NI_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    return s[0] not in NI_BAD_FIRST and s[1] not in NI_BAD_SECOND and s[:2] not in NI_BAD_PAIRS


def ssn_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    a, g, r = s[:3], s[3:5], s[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and r != "0000"


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def validate_full(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return ssn_ok(v)
    if typ == "NI_NUMBER":
        return ni_ok(v)
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 7 <= len(v) <= 12
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v))
    return False


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
STREET_WORDS = ("road", "street", "avenue", "lane", "close", "drive", "way", "court", "crescent",
                "terrace", "place", "grove", "gardens", "st", "rd", "ave", "blvd", "boulevard",
                "parkway", "hill", "row", "walk", "square", "park")


def validate_loose(typ, raw):
    low = raw.lower()
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", raw.strip())) or (
            " at " in low and " dot " in low)
    if typ in ("DOB", "EXPIRY"):
        has_month = any(m in low or m[:3] in low for m in MONTHS) or bool(re.search(r"\d", low)) \
            or any(w in low for w in UNITS + TEENS + TENS[2:] + ["oh", "nought"])
        return has_month
    if typ == "ADDRESS":
        first = re.split(r"[\s,]+", low)[0]
        ok_start = first[:1].isdigit() or first in UNITS + TEENS + TENS[2:] + [
            "flat", "apartment", "apt", "unit", "number", "no"]
        return ok_start and any(re.search(r"\b%s\b" % w, low) for w in STREET_WORDS)
    return False


# ------------------------------------------------------------ value makers

def luhn_complete(prefix, length):
    # find check digit
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def make_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "visa13",
                               "diners", "maestro"])
    if kind == "visa":
        p, L = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        p, L = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        p, L = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        p, L = "6011", 16
    elif kind == "visa19":
        p, L = "4", 19
    elif kind == "visa13":
        p, L = "4", 13
    elif kind == "diners":
        p, L = "36", 14
    else:
        p, L = rng.choice(["6759", "6761"]), rng.choice([16, 18])
    body = p + "".join(rng.choice("0123456789") for _ in range(L - 1 - len(p)))
    return luhn_complete(body, L)


def card_groups(card):
    L = len(card)
    if L == 15:
        return [4, 6, 5]
    if L == 14:
        return [4, 6, 4]
    if L == 13:
        return [4, 3, 3, 3]
    if L == 19:
        return [4, 4, 4, 4, 3]
    if L == 18:
        return [4, 4, 4, 6]
    return [4, 4, 4, 4]


def split_by(s, groups):
    out, k = [], 0
    for g in groups:
        out.append(s[k:k + g])
        k += g
    return out


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
NI_SECOND = [c for c in "ABCEGHJKLMNPRSTWXYZ"]


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD_PAIRS:
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def iban_with_check(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    ck = 98 - int(num) % 97
    return cc + "%02d" % ck + bban


def make_iban(rng):
    cc = rng.choice(["GB", "IE", "DE", "NL", "FR", "ES", "GB", "IE"])
    dig = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dig(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + dig(14)
    elif cc == "DE":
        bban = dig(18)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + dig(10)
    elif cc == "FR":
        bban = dig(23)
    else:
        bban = dig(20)
    return iban_with_check(cc, bban)


def make_phone(rng):
    """Return (canonical digits, typed form, spoken-groups list)."""
    k = rng.choice(["uk_mob", "uk_land", "us", "ie", "uk_intl", "us_intl", "de"])
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if k == "uk_mob":
        a, b = "07" + rng.choice(["700", "712", "946", "825", "388"]), d(6)
        return a + b, rng.choice(["%s %s" % (a, b), a + b, "%s %s %s" % (a, b[:3], b[3:])]), [a, b[:3], b[3:]]
    if k == "uk_land":
        a, b = rng.choice(["0161", "0113", "0121", "0141", "0117"]), d(7)
        return a + b, rng.choice(["%s %s %s" % (a, b[:3], b[3:]), "(%s) %s" % (a, b)]), [a, b[:3], b[3:]]
    if k == "us":
        a, b, c = rng.choice(["415", "312", "646", "206", "713"]), "555", d(4)
        return a + b + c, rng.choice(["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c),
                                      "%s.%s.%s" % (a, b, c)]), [a, b, c]
    if k == "ie":
        a, b = "08" + rng.choice("3567"), d(7)
        return "353" + a[1:] + b, "+353 %s %s %s" % (a[1:], b[:3], b[3:]), ["353", a[1:], b[:3], b[3:]]
    if k == "uk_intl":
        a, b = "7" + rng.choice(["700", "911", "552"]), d(6)
        f = rng.choice(["+44 %s %s" % (a, b), "+44 (0)%s %s" % (a, b), "0044 %s %s" % (a, b)])
        return re.sub(r"\D", "", f), f, ["44", a, b]
    if k == "us_intl":
        a, c = rng.choice(["617", "303", "702"]), d(4)
        return "1" + a + "555" + c, "+1 %s 555 %s" % (a, c), ["1", a, "555", c]
    a, b = "1" + rng.choice(["51", "60", "72"]), d(7)
    return "49" + a + b, "+49 %s %s" % (a, b), ["49", a, b]


FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "tomasz", "grace", "liam", "chloe",
         "siobhan", "daniel", "fatima", "oliver", "niamh", "marcus", "elena", "kwame", "ruth"]
LAST = ["okafor", "smith", "o'brien", "kowalski", "patel", "murphy", "nguyen", "jones",
        "fitzgerald", "hughes", "garcia", "walsh", "evans", "brennan", "ali", "doyle"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("eircom", "net"),
           ("hotmail", "co.uk"), ("icloud", "com"), ("btinternet", "com"), ("proton", "me")]
STREETS = ["Acacia Avenue", "Harbour Road", "Mill Lane", "Station Road", "Elm Grove",
           "Kingsway", "Church Street", "Maple Drive", "Victoria Terrace", "Ocean Parkway",
           "Main Street", "Willow Close", "Baker Street", "Sycamore Crescent", "Oak Park Road",
           "Castle Hill", "Quay Street", "Linden Court", "Riverside Walk", "Market Place"]
US_STREETS = ["Maple Ave", "Elm St", "Sunset Blvd", "Oak Street", "Pine Rd", "Lakeview Drive",
              "Washington Avenue", "Cedar Lane"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich", "York"]
TOWNS_US = ["Austin, TX", "Columbus, OH", "Denver, CO", "Portland, OR", "Tampa, FL"]
TOWNS_IE = ["Galway", "Cork", "Limerick", "Dublin 8"]


def make_uk_postcode(rng):
    L = "ABCDEFGHJKLMNPRSTUWY"
    area = rng.choice(["SW", "M", "LS", "B", "G", "CF", "BS", "NR", "YO", "EH", "N", "E", "SE", "W"])
    out = area + str(rng.randint(1, 20))
    inw = str(rng.randint(0, 9)) + rng.choice(L) + rng.choice(L)
    return out, inw


def make_zip(rng):
    z = "%05d" % rng.randint(10001, 99950)
    return z


# ------------------------------------------------------------ spoken forms

def zw(rng, allow_o=True):
    opts = ["oh", "oh", "zero", "nought"] + (["o"] if allow_o else [])
    return rng.choice(opts)


def say_singles(d, rng, allow_o=True, compress=True):
    out = []
    i = 0
    while i < len(d):
        run = 1
        while i + run < len(d) and d[i + run] == d[i] and run < 3:
            run += 1
        w = zw(rng, allow_o) if d[i] == "0" else UNITS[int(d[i])]
        if compress and run == 3 and rng.random() < 0.6:
            out.append("triple " + w)
            i += 3
        elif compress and run >= 2 and rng.random() < 0.6:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_pair(p, rng, allow_o=True):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return "%s %s" % (zw(rng, allow_o), zw(rng, allow_o) if b == 0 else UNITS[b])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return "%s %s" % (UNITS[a], zw(rng, allow_o))
    return "%s %s" % (TENS[a], UNITS[b]) if rng.random() < 0.85 else "%s-%s" % (TENS[a], UNITS[b])


def hundreds_ok(t):
    if len(t) != 3 or t[0] == "0":
        return False
    a, b = int(t[1]), int(t[2])
    return (a == 0 and b != 0) or a == 1 or (a >= 2 and b != 0)


def say_hundreds(t):
    h, a, b = int(t[0]), int(t[1]), int(t[2])
    if a == 0:
        rest = UNITS[b]
    elif a == 1:
        rest = TEENS[b]
    else:
        rest = "%s %s" % (TENS[a], UNITS[b])
    return "%s hundred and %s" % (UNITS[h], rest) if True else ""


def say_group(g, rng, allow_o=True, style=None):
    style = style or rng.choice(["singles", "singles", "singles", "pairs", "mixed", "hundreds"])
    if style == "hundreds" and len(g) == 3 and hundreds_ok(g):
        return say_hundreds(g)
    if style == "hundreds" and len(g) == 4 and g[0] != "0" and hundreds_ok(g[1:]) and rng.random() < 0.5:
        return UNITS[int(g[0])] + " " + say_hundreds(g[1:])
    if style in ("pairs", "hundreds") and len(g) % 2 == 0:
        return " ".join(say_pair(g[k:k + 2], rng, allow_o) for k in range(0, len(g), 2))
    if style == "mixed" and len(g) >= 4:
        return say_singles(g[:2], rng, allow_o) + " " + say_pair(g[2:4], rng, allow_o) + (
            (" " + say_singles(g[4:], rng, allow_o)) if len(g) > 4 else "")
    return say_singles(g, rng, allow_o)


def say_digits(d, rng, groups=None, joiners=None, allow_o=True, style=None):
    groups = groups or [len(d)]
    parts = split_by(d, groups)
    joiners = joiners or [" ", " ", ", ", "... ", " um ", " uh ", " "]
    out = say_group(parts[0], rng, allow_o, style)
    for p in parts[1:]:
        out += rng.choice(joiners) + say_group(p, rng, allow_o, style)
    return out


def say_letter(c, rng, mode=None):
    mode = mode or rng.choice(["plain", "plain", "nato", "for", "asin"])
    if c == "O" and mode == "plain":
        mode = "for"
    lc = c.lower()
    if mode == "nato":
        return NATO_OF[c]
    if mode == "for":
        return "%s for %s" % (lc, rng.choice([NATO_OF[c], ALT_SPELL.get(c, NATO_OF[c])]))
    if mode == "asin":
        return "%s as in %s" % (lc, rng.choice([NATO_OF[c], ALT_SPELL.get(c, NATO_OF[c])]))
    return lc


def type_card(card, rng):
    g = card_groups(card)
    parts = split_by(card, g)
    f = rng.choice(["space", "space", "dash", "none", "odd", "dots", "mixedsep"])
    if f == "space":
        return " ".join(parts)
    if f == "dash":
        return "-".join(parts)
    if f == "none":
        return card
    if f == "dots":
        return ".".join(parts)
    if f == "mixedsep":
        return parts[0] + " " + "-".join(parts[1:])
    # odd grouping
    k = rng.choice([3, 5])
    return " ".join(card[i:i + k] for i in range(0, len(card), k))


# ------------------------------------------------------------ case builder

class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.inst = {}

    def new(self, typ, value, mode="full"):
        iid = len(self.inst)
        self.inst[iid] = (typ, value, mode)
        return iid

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def build(self, cid):
        turns, spans, pieces = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    iid, val = s
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text),
                                  "type": self.inst[iid][0]})
                    pieces.append((iid, ti, st, len(text)))
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return ({"id": cid, "kind": self.kind, "turns": turns, "spans": spans,
                 "note": self.note}, pieces)


def V(iid, text):
    return (iid, text)


def VP(iid, text):
    """Value segment whose leading '+' or '(' stays outside the span."""
    m = re.match(r"[^0-9A-Za-z]*", text)
    lead = m.group(0)
    return [lead, (iid, text[len(lead):])] if lead else [(iid, text)]


AG_OPEN = {
    "banking": "you're through to the card services team, how can I help",
    "telecom": "thanks for calling, you're through to billing",
    "utilities": "hello you're through to the energy accounts team",
    "retail": "hi there, thanks for contacting customer support",
    "insurance": "good morning, claims and policy services",
    "travel": "thank you for calling the bookings line",
    "healthcare billing": "patient billing, this is the payments desk",
    "government services": "you're through to the benefits helpline",
}
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes", "and the next four?",
          "sorry go ahead", "ok keep going"]
ASR_FILL = ["um", "uh", "erm", "er"]


def industry(rng):
    return rng.choice(list(AG_OPEN))


# ------------------------------------------------------------ positive templates

def pos_card(rng, variant):
    ind = rng.choice(["banking", "retail", "telecom", "travel", "utilities", "insurance",
                      "healthcare billing", "government services"])
    card = make_card(rng)
    g = card_groups(card)
    parts = split_by(card, g)
    c = Case("positive", "")
    v = variant
    if v == 0:  # typed chat, label style
        c.note = "typed chat card number with label, %s" % ind
        iid = c.new("CARD_NUMBER", card)
        lab = rng.choice(["card no: ", "Card number - ", "cc#", "my card is ", "CARD NO. ", "pan: ", "card: "])
        c.say("customer", "hi, trying to pay my bill. " + lab, V(iid, type_card(card, rng)),
              rng.choice([" thanks", "", " ta", ". is that enough?"]))
        c.say("agent", "Thanks, let me process that for you now.")
    elif v == 1:  # ASR single turn + read-back
        c.note = "ASR full card reading then agent read-back, %s" % ind
        iid = c.new("CARD_NUMBER", card)
        iid2 = c.new("CARD_NUMBER", card)
        c.say("agent", AG_OPEN[ind] + " and what's the long number on the front of the card")
        c.say("customer", rng.choice(["yeah it's ", "ok so it's ", "right, ", "it's "]),
              V(iid, say_digits(card, rng, g)))
        c.say("agent", "so that's ", V(iid2, say_digits(card, rng, g, joiners=[" ", ", "])), " is that right")
        c.say("customer", rng.choice(["yes", "that's it", "yep spot on"]))
    elif v == 2:  # split across turns with back-channels
        c.note = "ASR card split across customer turns with agent back-channels, %s" % ind
        iid = c.new("CARD_NUMBER", card)
        c.say("agent", "can I take the card number please")
        for k, p in enumerate(parts):
            pre = rng.choice(["", "", "ok ", "right ", "um "]) if k else rng.choice(["yeah ", "sure, ", "ok it's "])
            c.say("customer", pre, V(iid, say_digits(p, rng)))
            if k < len(parts) - 1:
                c.say("agent", rng.choice(BACKCH))
        c.say("agent", "lovely thank you")
    elif v == 3:  # restarted reading
        c.note = "card reading abandoned and restarted, both labelled, %s" % ind
        cut = rng.randint(5, 9)
        iidp = c.new("CARD_NUMBER", card, "prefix")
        iid = c.new("CARD_NUMBER", card)
        c.say("agent", "and the card number when you're ready")
        c.say("customer", "it's ", V(iidp, say_digits(card[:cut], rng)),
              rng.choice(["... no wait, sorry, I've lost my place, let me start again ",
                          " - hang on that's wrong, from the top: ",
                          " no sorry I'm reading the wrong card, it's ",
                          "... argh, sorry, again, "]),
              V(iid, say_digits(card, rng, g)))
        c.say("agent", "no problem, got it")
    elif v == 4:  # agent mishears, customer corrects last group
        c.note = "agent read-back with misheard digit, customer corrects group, %s" % ind
        iid = c.new("CARD_NUMBER", card)
        k = rng.randrange(len(card))
        wrong = card[:k] + str((int(card[k]) + rng.choice([1, 2, 5])) % 10) + card[k + 1:]
        iidw = c.new("CARD_NUMBER", wrong, "variant")
        gi = 0
        acc = 0
        for gi, gl in enumerate(g):
            if acc + gl > k:
                break
            acc += gl
        iidc = c.new("CARD_NUMBER", parts[gi], "sub")
        c.stash = card
        c.say("customer", "the card number is ", V(iid, say_digits(card, rng, g)))
        c.say("agent", "let me read that back, ", V(iidw, say_digits(wrong, rng, g, joiners=[" ", ", "])))
        c.say("customer", "no, " + rng.choice(["that group is ", "it's ", "the bit there is "]),
              V(iidc, say_digits(parts[gi], rng, style="singles")), rng.choice(["", " not what you said", ", sorry it's a bad line"]))
        c.say("agent", "apologies, thank you for correcting me")
    elif v == 5:  # aside mid reading, fillers inside
        c.note = "aside in the middle of a card reading with fillers, %s" % ind
        iid = c.new("CARD_NUMBER", card)
        cut = rng.choice([1, 2]) if len(parts) > 2 else 1
        a = " ".join(parts[:cut])
        b = parts[cut:]
        c.say("customer", "ok it's ", V(iid, say_digits("".join(parts[:cut]), rng, g[:cut], joiners=[" um ", " uh "])),
              rng.choice([" - sorry, the kids are shouting, one sec - right, ",
                          ", hold on I need my glasses, ok, ",
                          "... sorry, can you hear me? yeah, so ",
                          ", wait the bus is going past, "]),
              V(iid, say_digits("".join(b), rng, g[cut:], joiners=[" ", " erm ", ", "])))
        c.say("agent", "thank you, and the expiry?")
    elif v == 6:  # email, card + ending mention labelled because full card is present
        c.note = "email with full card; later last-four mention labelled because full card present"
        iid = c.new("CARD_NUMBER", card)
        iid4 = c.new("CARD_NUMBER", card[-4:], "sub")
        c.say("customer", "Subject: refund not received\n\nHello, I paid with card " , V(iid, type_card(card, rng)),
              " on the 3rd and the refund of \u00a342.10 still hasn't come. Please refund to the card ending ",
              V(iid4, card[-4:]), ".\nRegards")
        c.say("agent", "Thanks for your email, I've raised this with our refunds team.")
    elif v == 7:  # typed across several chat messages with typo correction
        c.note = "card typed across chat messages with a typo and re-type"
        iidp = c.new("CARD_NUMBER", card, "prefix")
        iid = c.new("CARD_NUMBER", card)
        half = sum(g[:2])
        bad = card[:half - 1] + str((int(card[half - 1]) + 3) % 10)
        iidb = c.new("CARD_NUMBER", bad, "variant_prefix")
        c.say("customer", "card is ", V(iidb, bad[:g[0]] + " " + bad[g[0]:half]))
        c.say("customer", "oops typo, sorry")
        c.say("customer", V(iidp, card[:g[0]] + " " + card[g[0]:half]))
        c.say("customer", V(iid, " ".join(parts)), " <- full one")
        c.say("agent", "No worries, I have it now.")
    elif v == 8:  # card with expiry and cvv spoken
        c.note = "ASR card with expiry and security code, %s" % ind
        iid = c.new("CARD_NUMBER", card)
        mm, yy = rng.randint(1, 12), rng.randint(25, 31)
        ie = c.new("EXPIRY", "%02d%02d" % (mm, yy), "loose")
        cvv = "%03d" % rng.randint(0, 999) if len(card) != 15 else "%04d" % rng.randint(0, 9999)
        ic = c.new("CVV", cvv)
        c.say("customer", V(iid, say_digits(card, rng, g)))
        c.say("agent", "and the expiry date")
        exp = rng.choice([say_pair("%02d" % mm, rng) + " " + say_pair("%02d" % yy, rng),
                          MONTHS[mm - 1] + " twenty " + UNITS[yy - 20] if yy < 30 else MONTHS[mm - 1] + " twenty thirty" + ("" if yy == 30 else " one"),
                          "%02d/%02d" % (mm, yy)])
        c.say("customer", rng.choice(["it's ", "expires ", "", "um "]), V(ie, exp))
        c.say("agent", "and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front")
        c.say("customer", V(ic, say_digits(cvv, rng, style="singles")))
    elif v == 9:  # agent says the card number back in chat / agent reads whole card
        c.note = "customer reads card in pairs with oh/double, agent confirms with singles"
        iid = c.new("CARD_NUMBER", card)
        iid2 = c.new("CARD_NUMBER", card)
        c.say("customer", "right, card number, ", V(iid, say_digits(card, rng, g, style="pairs")))
        c.say("agent", "i'll repeat that, ", V(iid2, say_digits(card, rng, g, style="singles")))
        c.say("customer", "correct")
    elif v == 10:  # split mid-group across turns (uneven chunks), with hesitation
        c.note = "card split at odd points across turns, agent prompts, %s" % ind
        iid = c.new("CARD_NUMBER", card)
        cuts = sorted(rng.sample(range(2, len(card) - 1), 2))
        chunks = [card[:cuts[0]], card[cuts[0]:cuts[1]], card[cuts[1]:]]
        c.say("customer", "ok its ", V(iid, say_digits(chunks[0], rng)), rng.choice(["...", " uh"]))
        c.say("agent", rng.choice(BACKCH))
        c.say("customer", V(iid, say_digits(chunks[1], rng)))
        c.say("agent", rng.choice(["sorry you cut out after " + say_singles(chunks[1][-2:], rng), "go on"]))
        c.say("customer", V(iid, say_digits(chunks[2], rng)))
    elif v == 11:  # ASR mis-rendered separators: typed digits mixed with words
        c.note = "ASR output mixing digits and number words in a card reading"
        iid = c.new("CARD_NUMBER", card)
        ps = []
        for p in parts:
            ps.append(p if rng.random() < 0.5 else say_group(p, rng))
        c.say("customer", "the card number is ", V(iid, " ".join(ps)), " and the name on it is " +
              rng.choice(FIRST) + " " + rng.choice(LAST))
        c.say("agent", "thanks, and is that a debit or credit card?")
    else:  # agent confirms last four after full reading -> labelled
        c.note = "full card read, agent later refers to card ending (labelled since full card present)"
        iid = c.new("CARD_NUMBER", card)
        iid4 = c.new("CARD_NUMBER", card[-4:], "sub")
        c.say("customer", "yeah, ", V(iid, say_digits(card, rng, g)))
        c.say("agent", "perfect, so the payment of forty pounds will go on the card ending ",
              V(iid4, say_digits(card[-4:], rng)), ", is that ok?")
        c.say("customer", "yes fine")
    return c


def type_ssn(s, rng):
    f = rng.choice(["dash", "dash", "space", "none", "dot", "oddspace"])
    a, b, d = s[:3], s[3:5], s[5:]
    return {"dash": "%s-%s-%s" % (a, b, d), "space": "%s %s %s" % (a, b, d), "none": s,
            "dot": "%s.%s.%s" % (a, b, d), "oddspace": "%s %s" % (s[:5], d)}[f]


def pos_ssn(rng, v):
    s = make_ssn(rng)
    c = Case("positive", "")
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    g = [3, 2, 4]
    if v == 0:
        c.note = "typed SSN with label in chat, %s" % ind
        i = c.new("SSN", s)
        c.say("customer", rng.choice(["SSN: ", "ssn# ", "social security no ", "my social is ", "SS# "]),
              V(i, type_ssn(s, rng)), rng.choice(["", " (for the account verification)", "."]))
        c.say("agent", "Thank you, I've verified your identity.")
    elif v == 1:
        c.note = "ASR SSN in 3-2-4 groups with read-back, %s" % ind
        i = c.new("SSN", s)
        i2 = c.new("SSN", s)
        c.say("agent", "can you verify your social security number for me")
        c.say("customer", rng.choice(["sure it's ", "yeah ", "uh it's "]), V(i, say_digits(s, rng, g)))
        c.say("agent", "thank you, I have ", V(i2, say_digits(s, rng, g, joiners=[" ", ", "])))
        c.say("customer", "yes")
    elif v == 2:
        c.note = "SSN split over turns with back-channels"
        i = c.new("SSN", s)
        c.say("customer", "my social, ok, ", V(i, say_digits(s[:3], rng)))
        c.say("agent", rng.choice(BACKCH))
        c.say("customer", V(i, say_digits(s[3:5], rng)))
        c.say("agent", rng.choice(BACKCH))
        c.say("customer", V(i, say_digits(s[5:], rng)))
    elif v == 3:
        c.note = "SSN reading restarted after wrong start"
        ip = c.new("SSN", s, "prefix")
        i = c.new("SSN", s)
        cut = rng.randint(3, 5)
        c.say("customer", V(ip, say_digits(s[:cut], rng)), rng.choice([
            " no hold on that's my wife's, mine is ", "... sorry, start over, ",
            " - wait, I said that wrong - "]), V(i, say_digits(s, rng, g)))
        c.say("agent", "okay, thank you")
    elif v == 4:
        c.note = "SSN with hundreds/pairs style reading"
        i = c.new("SSN", s)
        c.say("customer", "it's ", V(i, say_digits(s, rng, g, style=rng.choice(["hundreds", "pairs", "mixed"]))))
        c.say("agent", "and can you confirm your date of birth")
    elif v == 5:
        c.note = "SSN full then agent asks last four (labelled since full present)"
        i = c.new("SSN", s)
        i4 = c.new("SSN", s[5:], "sub")
        c.say("customer", "social is ", V(i, type_ssn(s, rng)))
        c.say("agent", "Thanks. For security, I'll just note the last four, ", V(i4, s[5:]), ", on the account.")
    elif v == 6:
        c.note = "SSN aside mid reading with filler"
        i = c.new("SSN", s)
        c.say("customer", V(i, say_digits(s[:5], rng, [3, 2], joiners=[" uh ", " um "])),
              rng.choice([", hang on let me find the card, ok, ", " - sorry my dog - ", "... right where was I, "]),
              V(i, say_digits(s[5:], rng)))
        c.say("agent", "got it thanks")
    else:
        c.note = "SSN in email body with other noise numbers"
        i = c.new("SSN", s)
        c.say("customer", "Hi, re claim 48812 for $1,240.00 - you asked for my SSN: ", V(i, type_ssn(s, rng)),
              ". Call me after 5pm.")
        c.say("agent", "Thank you, we'll update the claim.")
    return c


def type_ni(n, rng):
    f = rng.choice(["tight", "spaced", "lower", "mixed", "dash", "pairs_lower"])
    sp = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == "tight":
        return n
    if f == "spaced":
        return sp
    if f == "lower":
        return n.lower()
    if f == "mixed":
        return n[0] + n[1].lower() + n[2:8] + n[8].lower()
    if f == "dash":
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return sp.lower()


def say_ni(n, rng, mode=None):
    lm = mode
    a = say_letter(n[0], rng, lm) + rng.choice([" ", ", "]) + say_letter(n[1], rng, lm)
    d = say_digits(n[2:8], rng, rng.choice([[2, 2, 2], [6], [3, 3]]), joiners=[" ", ", ", " um "],
                   allow_o=False)
    return a + rng.choice([" ", ", "]) + d + rng.choice([" ", ", ", " and then "]) + say_letter(n[8], rng, lm)


def pos_ni(rng, v):
    n = make_ni(rng)
    c = Case("positive", "")
    ind = rng.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    if v == 0:
        c.note = "typed NI number with label, %s" % ind
        i = c.new("NI_NUMBER", n)
        c.say("customer", rng.choice(["NI no: ", "ni number ", "Nat Ins: ", "NINO - ", "my national insurance is "]),
              V(i, type_ni(n, rng)))
        c.say("agent", "Thanks, I've found your record.")
    elif v == 1:
        c.note = "ASR NI number with phonetic letters and read-back"
        i = c.new("NI_NUMBER", n)
        i2 = c.new("NI_NUMBER", n)
        c.say("agent", AG_OPEN[ind] + ", can I take your national insurance number")
        c.say("customer", "yeah it's ", V(i, say_ni(n, rng)))
        c.say("agent", "so ", V(i2, say_ni(n, rng, "for")), "?")
        c.say("customer", "that's right")
    elif v == 2:
        c.note = "NI number split across turns: letters, digits, suffix"
        i = c.new("NI_NUMBER", n)
        c.say("customer", V(i, say_letter(n[0], rng) + " " + say_letter(n[1], rng)))
        c.say("agent", rng.choice(BACKCH))
        c.say("customer", V(i, say_digits(n[2:8], rng, [2, 2, 2], allow_o=False)))
        c.say("agent", rng.choice(["and the last letter?", "and the letter at the end"]))
        c.say("customer", V(i, say_letter(n[8], rng)))
    elif v == 3:
        c.note = "NI letter misheard and corrected, full reading restated"
        ip = c.new("NI_NUMBER", n, "prefix")
        i = c.new("NI_NUMBER", n)
        c.say("customer", "it's ", V(ip, say_letter(n[0], rng, "plain") + " " + say_letter(n[1], rng, "plain")))
        c.say("agent", "sorry was that " + n[0].lower() + " or " + rng.choice("bdegptv").lower() + "?")
        c.say("customer", "let me do the whole thing properly, ", V(i, say_ni(n, rng, rng.choice(["for", "asin", "nato"]))))
    elif v == 4:
        c.note = "NI number with hesitations, aside and pairs"
        i = c.new("NI_NUMBER", n)
        c.say("customer", "ok so it's ", V(i, say_letter(n[0], rng) + " um " + say_letter(n[1], rng) + " " +
                                             say_digits(n[2:5], rng, allow_o=False)),
              rng.choice([" - sorry it's on an old payslip, hard to read - ", "... hang on... ", ", er, hold on, "]),
              V(i, say_digits(n[5:8], rng, allow_o=False) + " " + say_letter(n[8], rng)))
        c.say("agent", "thank you")
    elif v == 5:
        c.note = "NI in email with reference numbers around it"
        i = c.new("NI_NUMBER", n)
        c.say("customer", "Dear team,\nMy NI number is ", V(i, type_ni(n, rng)),
              " and my claim ref is CLM-2024-00917. I moved house on 14 March.\nThanks")
        c.say("agent", "Thank you, your claim has been updated.")
    elif v == 6:
        c.note = "agent reads back NI typed by customer in chat"
        i = c.new("NI_NUMBER", n)
        i2 = c.new("NI_NUMBER", n)
        c.say("customer", V(i, type_ni(n, rng)))
        c.say("agent", "Just to confirm that's ", V(i2, type_ni(n, rng)), " - correct?")
        c.say("customer", "yes")
    else:
        c.note = "NI said twice, first with wrong digit (variant), then corrected"
        k = rng.randrange(2, 8)
        wrong = n[:k] + str((int(n[k]) + 1) % 10) + n[k + 1:]
        iw = c.new("NI_NUMBER", wrong, "variant")
        i = c.new("NI_NUMBER", n)
        c.say("customer", V(iw, say_ni(wrong, rng)))
        c.say("customer", "no no sorry, it's ", V(i, say_ni(n, rng)))
        c.say("agent", "okay I've updated that")
    return c


def say_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST).replace("'", "")
    dom, tld = rng.choice(DOMAINS)
    num = str(rng.randint(70, 99)) if rng.random() < 0.4 else ""
    style = rng.choice(["dot", "underscore", "initial"])
    if style == "dot":
        typed = "%s.%s%s@%s.%s" % (f, l, num, dom, tld)
        spoken = "%s dot %s%s at %s dot %s" % (f, l, (" " + say_pair(num, rng)) if num else "", dom,
                                                " dot ".join(tld.split(".")))
    elif style == "underscore":
        typed = "%s_%s%s@%s.%s" % (f, l, num, dom, tld)
        spoken = "%s underscore %s%s at %s dot %s" % (f, l, (" " + " ".join(UNITS[int(x)] for x in num)) if num else "",
                                                       dom, " dot ".join(tld.split(".")))
    else:
        typed = "%s%s%s@%s.%s" % (f[0], l, num, dom, tld)
        spoken = "%s %s%s at %s dot %s" % (say_letter(f[0].upper(), rng, rng.choice(["plain", "for"])), l,
                                            (" " + say_pair(num, rng)) if num else "", dom, " dot ".join(tld.split(".")))
    if rng.random() < 0.3:
        typed = typed[0].upper() + typed[1:]
    return typed, spoken


def say_dob(rng, spoken):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2005)
    ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"]
    ordw = ords[d - 1] if d <= 20 else "twenty " + ords[d - 21]
    yw = ("nineteen " + say_pair(str(y)[2:], rng)) if y < 2000 else ("two thousand and " + UNITS[y - 2000])
    if spoken:
        return rng.choice(["the %s of %s %s" % (ordw, MONTHS[m - 1], yw),
                           "%s the %s %s" % (MONTHS[m - 1], ordw, yw),
                           "%s %s %s" % (say_pair("%02d" % d, rng), say_pair("%02d" % m, rng), yw)])
    return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                       "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y), "%d.%d.%d" % (d, m, y % 100)])


def pos_other(rng, v):
    c = Case("positive", "")
    ind = industry(rng)
    if v == 0:  # UK address + postcode typed
        c.note = "typed UK address with postcode and town (town unlabelled)"
        o, inw = make_uk_postcode(rng)
        num = rng.randint(1, 240)
        ia = c.new("ADDRESS", "", "loose")
        ip = c.new("POSTCODE", o + inw)
        flat = rng.random() < 0.35
        addr = ("Flat %d, %d %s" % (rng.randint(1, 30), num, rng.choice(STREETS))) if flat else "%d %s" % (num, rng.choice(STREETS))
        pc = rng.choice(["%s %s" % (o, inw), o + inw, ("%s %s" % (o, inw)).lower()])
        c.say("customer", "new address is ", V(ia, addr), ", " + rng.choice(TOWNS_UK) + ", ", V(ip, pc))
        c.say("agent", "Thanks, I've updated your address.")
    elif v == 1:  # spoken UK address + postcode
        c.note = "ASR UK address with spoken postcode"
        o, inw = make_uk_postcode(rng)
        num = rng.randint(2, 99)
        ia = c.new("ADDRESS", "", "loose")
        ip = c.new("POSTCODE", o + inw)
        st = rng.choice(STREETS).lower()
        spk_o = " ".join(say_letter(ch, rng, rng.choice(["plain", "plain", "for"])) if ch.isalpha() else UNITS[int(ch)] for ch in o)
        spk_i = UNITS[int(inw[0])] if inw[0] != "0" else "zero"
        spk_i += " " + say_letter(inw[1], rng, "plain") + " " + say_letter(inw[2], rng, rng.choice(["plain", "for"]))
        c.say("customer", "it's ", V(ia, say_pair("%02d" % num, rng) if num > 9 else UNITS[num]) if False else V(ia, (TENS[num // 10] + " " + UNITS[num % 10] if num >= 20 and num % 10 else str(num)) + " " + st),
              " in " + rng.choice(TOWNS_UK).lower() + ", postcode ", V(ip, spk_o + " " + spk_i))
        c.say("agent", "thank you")
    elif v == 2:  # US address + ZIP
        c.note = "US street address with ZIP (ZIP+4 sometimes)"
        z = make_zip(rng)
        z4 = z + ("%04d" % rng.randint(1, 9999) if rng.random() < 0.4 else "")
        ia = c.new("ADDRESS", "", "loose")
        ip = c.new("POSTCODE", z4)
        addr = "%d %s" % (rng.randint(10, 9999), rng.choice(US_STREETS))
        if rng.random() < 0.3:
            addr += " Apt %d" % rng.randint(1, 40)
        c.say("customer", "ship it to ", V(ia, addr), ", " + rng.choice(TOWNS_US) + " ",
              V(ip, z4 if len(z4) == 5 else z4[:5] + "-" + z4[5:]))
        c.say("agent", "Got it, shipping address updated.")
    elif v == 3:  # spoken ZIP
        c.note = "spoken US ZIP code"
        z = make_zip(rng)
        ip = c.new("POSTCODE", z)
        c.say("agent", "and what's the zip code on the account")
        c.say("customer", "zip is ", V(ip, say_digits(z, rng, style="singles")))
    elif v == 4:  # phone typed
        c.note = "typed phone number in chat, %s" % ind
        canon, typed, _ = make_phone(rng)
        ip = c.new("PHONE", canon)
        c.say("customer", rng.choice(["call me on ", "tel: ", "my mobile is ", "Phone # ", "best number: "]),
              *VP(ip, typed), rng.choice(["", " after 6", ", thanks"]))
        c.say("agent", "Thanks, we'll call you back.")
    elif v == 5:  # phone spoken
        c.note = "ASR phone number spoken, international code as words"
        canon, typed, groups = make_phone(rng)
        ip = c.new("PHONE", canon)
        ip2 = c.new("PHONE", canon)
        sp = []
        for gi, grp in enumerate(groups):
            sp.append(say_group(grp, rng, True, rng.choice(["singles", "pairs", "singles"])))
        pre = "plus " if groups[0] in ("44", "353", "1", "49") and len(groups) > 2 and canon.startswith(groups[0]) and groups[0] != groups[0][:0] and not groups[0].startswith("0") else ""
        c.say("customer", "my number is ", V(ip, pre + rng.choice([" ", ", ", " um "]).join(sp)))
        c.say("agent", "so that's ", V(ip2, pre + " ".join(say_group(grp, rng, True, "singles") for grp in groups)))
    elif v == 6:  # email typed
        c.note = "typed email address"
        typed, _ = say_email(rng)
        ie = c.new("EMAIL", typed, "loose")
        c.say("customer", rng.choice(["email: ", "you can reach me at ", "it's ", "Email address - "]), V(ie, typed),
              rng.choice(["", " thx", "."]))
        c.say("agent", "Thanks, confirmation will be sent there.")
    elif v == 7:  # email spoken
        c.note = "ASR spoken email address with dot/at and read-back"
        _, spoken = say_email(rng)
        ie = c.new("EMAIL", spoken, "loose")
        ie2 = c.new("EMAIL", spoken, "loose")
        c.say("customer", "yeah it's ", V(ie, spoken))
        c.say("agent", "lovely so ", V(ie2, spoken))
        c.say("customer", "yep")
    elif v == 8:  # DOB typed/spoken
        spoken = rng.random() < 0.5
        c.note = "date of birth, %s" % ("spoken" if spoken else "typed")
        i = c.new("DOB", "", "loose")
        c.say("agent", "can you confirm your date of birth")
        c.say("customer", rng.choice(["it's ", "", "sure, ", "dob "]), V(i, say_dob(rng, spoken)))
        c.say("agent", "thank you, you're verified")
    elif v == 9:  # sort code + account typed
        c.note = "UK sort code and account number typed, %s" % ind
        sc = "%06d" % rng.randint(100000, 999999)
        ac = "%08d" % rng.randint(0, 99999999)
        isc = c.new("SORT_CODE", sc)
        iac = c.new("BANK_ACCOUNT", ac)
        scf = rng.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
        c.say("customer", rng.choice(["sort code ", "s/c: ", "Sort: "]), V(isc, scf),
              rng.choice([" acct no: ", " account ", ", a/c "]), V(iac, ac))
        c.say("agent", "Thanks, your direct debit has been set up.")
    elif v == 10:  # sort code + account spoken, split
        c.note = "ASR sort code and account number, account split across turns"
        sc = "%06d" % rng.randint(100000, 999999)
        ac = "%08d" % rng.randint(0, 99999999)
        isc = c.new("SORT_CODE", sc)
        iac = c.new("BANK_ACCOUNT", ac)
        c.say("customer", "sort code is ", V(isc, say_digits(sc, rng, [2, 2, 2], style="pairs")))
        c.say("agent", "and the account number")
        c.say("customer", V(iac, say_digits(ac[:4], rng)))
        c.say("agent", rng.choice(BACKCH))
        c.say("customer", V(iac, say_digits(ac[4:], rng)))
    elif v == 11:  # US bank account + routing (routing unlabelled? routing is a bank identifier; not in types)
        c.note = "US checking account number typed"
        ac = "%d" % rng.randint(10 ** 9, 10 ** 12 - 1)
        iac = c.new("BANK_ACCOUNT", ac)
        c.say("customer", rng.choice(["checking acct #", "account number: ", "acct no "]), V(iac, ac))
        c.say("agent", "Thank you, the refund will be deposited within 5 business days.")
    elif v == 12:  # IBAN typed
        c.note = "typed IBAN, %s" % ind
        ib = make_iban(rng)
        ii = c.new("IBAN", ib)
        f = rng.choice(["grp", "tight", "lower"])
        t = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)) if f == "grp" else (ib if f == "tight" else ib.lower())
        c.say("customer", rng.choice(["IBAN: ", "iban is ", "please pay into "]), V(ii, t))
        c.say("agent", "Thanks, the transfer has been scheduled.")
    elif v == 13:  # IBAN spoken
        c.note = "ASR IBAN with spelled letters"
        ib = make_iban(rng)
        ii = c.new("IBAN", ib)
        parts = []
        k = 0
        while k < len(ib):
            ch = ib[k]
            if ch.isalpha():
                parts.append(say_letter(ch, rng, rng.choice(["plain", "plain", "for"])))
                k += 1
            else:
                j = k
                while j < len(ib) and ib[j].isdigit() and j - k < 4:
                    j += 1
                parts.append(say_group(ib[k:j], rng, False, rng.choice(["singles", "pairs"])))
                k = j
        c.say("customer", "the iban is ", V(ii, " ".join(parts)))
        c.say("agent", "thank you")
    elif v == 14:  # DOB + postcode verification
        c.note = "security check: DOB and postcode"
        o, inw = make_uk_postcode(rng)
        i = c.new("DOB", "", "loose")
        ip = c.new("POSTCODE", o + inw)
        c.say("agent", "for security can I have your date of birth and postcode")
        c.say("customer", V(i, say_dob(rng, True)), " and it's ", V(ip, (o + " " + inw).lower()))
    elif v == 16:  # typed card + expiry + cvv in chat
        c.note = "typed card, expiry and CVV in one chat message, %s" % ind
        card = make_card(rng)
        iid = c.new("CARD_NUMBER", card)
        mm, yy = rng.randint(1, 12), rng.randint(25, 32)
        ie = c.new("EXPIRY", "", "loose")
        cvv = "%03d" % rng.randint(0, 999) if len(card) != 15 else "%04d" % rng.randint(0, 9999)
        ic = c.new("CVV", cvv)
        exp = rng.choice(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%d-%02d" % (mm, yy),
                          "%s 20%02d" % (MONTHS[mm - 1][:3].title(), yy)])
        c.say("customer", rng.choice(["card ", "Card: ", "", "ok here: "]), V(iid, type_card(card, rng)),
              rng.choice([" exp ", " expiry ", ", valid thru ", " exp. "]), V(ie, exp),
              rng.choice([" cvv ", " cvc: ", ", security code ", " sec code "]), V(ic, cvv))
        c.say("agent", "Thank you, the payment has gone through.")
    else:  # irish address + phone
        c.note = "Irish address and mobile"
        ia = c.new("ADDRESS", "", "loose")
        canon, typed, _ = make_phone(rng)
        ip = c.new("PHONE", canon)
        c.say("customer", "I'm at ", V(ia, "%d %s" % (rng.randint(1, 120), rng.choice(STREETS))), ", " +
              rng.choice(TOWNS_IE) + ", and my mobile is ", *VP(ip, typed))
        c.say("agent", "Thanks, noted.")
    return c


# ------------------------------------------------------------ negative templates

def neg_case(rng, v):
    c = Case("negative", "")
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if v == 0:
        c.note = "card last four only (PCI allows) plus amount"
        c.say("customer", "I want to query a charge of \u00a3%d.%02d on my card ending %s" % (rng.randint(5, 900), rng.randint(0, 99), d(4)))
        c.say("agent", "I can see the payment from the card ending in " + say_digits(d(4), rng) + ", yes")
    elif v == 1:
        c.note = "16-digit Luhn-valid tracking number read like a card"
        t = make_card(rng, "visa")
        c.say("agent", "your tracking number is " + say_digits(t, rng, [4, 4, 4, 4]))
        c.say("customer", "sorry, the tracking number again?")
        c.say("agent", "tracking number " + " ".join(split_by(t, [4, 4, 4, 4])))
    elif v == 2:
        c.note = "order number with label, long digits"
        c.say("customer", "Order #%s hasn't arrived, it was \u00a3%d.99" % (d(12), rng.randint(10, 300)))
        c.say("agent", "I'm sorry, order %s is showing as out for delivery today between 9 and 1." % d(12))
    elif v == 3:
        c.note = "meter reading and account balance"
        c.say("customer", "my meter reading is " + say_digits(d(5), rng) + " and the night one is " + d(5))
        c.say("agent", "thanks, your balance is now one hundred and twelve pounds forty, in credit")
    elif v == 4:
        c.note = "9-digit claim reference formatted like an SSN, with label"
        r = d(3) + "-" + d(2) + "-" + d(4)
        c.say("agent", "your claim reference number is %s, please quote it on every call" % r)
        c.say("customer", "claim reference %s, got it" % r)
    elif v == 5:
        c.note = "policy number with NI-like shape but labelled policy"
        p = "P" + rng.choice("XZ") + d(6) + rng.choice("EFZ")
        c.say("customer", "my policy number is %s" % p)
        c.say("agent", "thanks, policy %s renews on the 1st of June for \u00a3%d a month" % (p, rng.randint(10, 60)))
    elif v == 6:
        c.note = "flight, gate, seat and booking reference"
        c.say("agent", "you're on flight EI %d, gate %d, seat %d%s, booking reference %s" % (
            rng.randint(100, 999), rng.randint(1, 40), rng.randint(1, 32), rng.choice("ABCDEF"),
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))))
        c.say("customer", "great, and boarding is at quarter past seven?")
    elif v == 7:
        c.note = "opening hours, durations, times"
        c.say("agent", "we're open eight till eight Monday to Friday, nine to five on Saturday; the wait is about twenty five minutes")
        c.say("customer", "ok I'll call back at 10:30 tomorrow then, it took 45 mins last time")
    elif v == 8:
        c.note = "ages, temperatures, percentages, years"
        c.say("customer", "my son is %d and he's had a temperature of 38.5 since 2019 was the last time - anyway the rate went up %d%%?" % (rng.randint(2, 17), rng.randint(2, 15)))
        c.say("agent", "yes, the rate increased by %d.%d percent in %d" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(2015, 2025)))
    elif v == 9:
        c.note = "invoice number spoken digit by digit like a card reading"
        inv = d(16)
        c.say("customer", "the invoice number is " + say_digits(inv, rng, [4, 4, 4, 4]))
        c.say("agent", "thank you, invoice " + say_digits(inv, rng, [4, 4, 4, 4], joiners=[" "]) + " was paid on the 3rd of March")
    elif v == 10:
        c.note = "appointment and payment dates (not DOB)"
        c.say("agent", "your next payment of \u00a3%d will be taken on the %d%s of %s, and the engineer appointment is %s the %dth" % (
            rng.randint(20, 200), rng.choice([1, 2, 3]), {1: "st", 2: "nd", 3: "rd"}[rng.choice([1, 2, 3])],
            MONTHS[rng.randint(0, 11)].title(), rng.choice(["Tuesday", "Friday", "Monday"]), rng.randint(4, 28)))
        c.say("customer", "perfect, and the contract ends in March 2027?")
    elif v == 11:
        c.note = "serial and model numbers"
        c.say("customer", "the router serial number is SN%s and model number %s-%s" % (d(12), rng.choice(["HH", "VX", "TG"]), d(4)))
        c.say("agent", "thanks, serial %s noted, I'll send a replacement" % d(10))
    elif v == 12:
        c.note = "ticket number split across turns like a card reading"
        t = d(16)
        c.say("agent", "ok your ticket number is " + say_digits(t[:8], rng))
        c.say("customer", "mhm")
        c.say("agent", say_digits(t[8:], rng) + ", that's your ticket number")
    elif v == 13:
        c.note = "road names and room numbers"
        c.say("customer", "I'm stuck on the M%d near junction %d, and the hotel room is %d" % (
            rng.randint(1, 62), rng.randint(1, 30), rng.randint(100, 999)))
        c.say("agent", "ok, the A%d is closed too, I'll let the hotel know about room %d" % (rng.randint(1, 999), rng.randint(100, 999)))
    elif v == 14:
        c.note = "customer reference number with label, typed, 10 digits"
        c.say("customer", "Customer ref: %s, reference for payment %s" % (d(10), d(8)))
        c.say("agent", "Thanks, I've found your account under customer reference %s." % d(10))
    elif v == 15:
        c.note = "agent says last four of card on file, counts"
        c.say("agent", "I can see two cards on file, one ending " + d(4) + " and one ending " + say_digits(d(4), rng) + ", which would you like to use")
        c.say("customer", "the one ending " + say_digits(d(4), rng) + " please, it's the visa")
    elif v == 16:
        c.note = "prices and amounts spoken like digit strings"
        c.say("agent", "that comes to one thousand two hundred and forty nine pounds ninety nine, or " + say_digits(d(3), rng) + " a month over 24 months")
        c.say("customer", "and the deposit is 4,500 euro?")
    elif v == 17:
        c.note = "sixteen digit Luhn-valid voucher code with label"
        t = make_card(rng, "mc")
        c.say("customer", "the gift voucher code is %s but it won't accept it" % " ".join(split_by(t, [4, 4, 4, 4])))
        c.say("agent", "vouchers starting %s are for in-store use only" % t[:4])
    elif v == 18:
        c.note = "tax year and case number"
        c.say("customer", "it's about the %d to %d tax year, case number %s" % (2022, 2023, d(9)))
        c.say("agent", "thanks, case %s is with a caseworker, allow 8 weeks" % d(9))
    elif v == 19:
        c.note = "parcel tracking with letters and digits"
        c.say("agent", "tracking reference is " + "".join(rng.choice("ABCDEFGHJK") for _ in range(2)) + d(9) + "GB")
        c.say("customer", "and it'll be there by 6pm?")
    elif v == 20:
        c.note = "account balance and overdraft limit"
        c.say("agent", "your balance is minus \u00a3%d.%02d against an overdraft of \u00a3%d" % (rng.randint(10, 999), rng.randint(0, 99), rng.choice([500, 1000, 1500])))
        c.say("customer", "ok and how many transactions are pending? I count %d" % rng.randint(2, 12))
    elif v == 21:
        c.note = "contract/mobile plan numbers: data allowance, minutes"
        c.say("agent", "the plan gives you %d gigs, %d minutes, and costs %d ninety nine a month for %d months" % (
            rng.choice([30, 100, 250]), rng.choice([500, 1000]), rng.randint(10, 40), rng.choice([12, 24, 36])))
        c.say("customer", "fine, go ahead")
    elif v == 22:
        c.note = "prescription/patient reference and invoice amount (healthcare billing)"
        c.say("customer", "invoice number INV-%s for $%d.%02d, patient reference %s" % (d(7), rng.randint(50, 4000), rng.randint(0, 99), d(8)))
        c.say("agent", "thank you, that invoice is due on the 15th")
    else:
        c.note = "spoken confirmation/reference number with double/triple"
        r = d(10)
        c.say("agent", "your confirmation number is " + say_digits(r, rng, [3, 3, 4]) + ", that's your confirmation number")
        c.say("customer", "thanks")
    return c


# ------------------------------------------------------------ generation & checks

N_POS_CARD, N_POS_SSN, N_POS_NI, N_POS_OTHER, N_NEG = 86, 40, 40, 102, 120


def generate():
    rng = random.Random(SEED)
    cases = []
    for k in range(N_POS_CARD):
        cases.append(pos_card(rng, k % 13))
    for k in range(N_POS_SSN):
        cases.append(pos_ssn(rng, k % 8))
    for k in range(N_POS_NI):
        cases.append(pos_ni(rng, k % 8))
    for k in range(N_POS_OTHER):
        cases.append(pos_other(rng, k % 17))
    rng.shuffle(cases)
    negs = [neg_case(rng, k % 24) for k in range(N_NEG)]
    out = []
    p = n = 0
    for c in cases:
        p += 1
        out.append((c, *c.build("h536-pos-%03d" % p)))
    for c in negs:
        n += 1
        out.append((c, *c.build("h536-neg-%03d" % n)))
    return out


def serialise(gen):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for _, rec, _ in gen)


def check_piece(typ, mode, value, text, errs, cid):
    nv = norm(text)
    if "?" in nv and mode != "loose":
        errs.append("%s: unparsable %s piece %r -> %r" % (cid, typ, text, nv))
        return
    canon = re.sub(r"[^A-Z0-9]", "", value.upper())
    if mode == "full":
        if nv != canon or not validate_full(typ, nv):
            errs.append("%s: %s %r normalised %r != %r / invalid" % (cid, typ, text, nv, canon))
    elif mode == "prefix":
        if not (canon.startswith(nv) and len(nv) >= 2 and validate_full(typ, canon)):
            errs.append("%s: prefix %r !< %r" % (cid, nv, canon))
    elif mode == "sub":
        if not (nv == canon and len(nv) >= 3):
            errs.append("%s: sub %r != %r" % (cid, nv, canon))
    elif mode in ("variant", "variant_prefix"):
        if not (nv == canon and sum(1 for x in canon if x.isdigit()) >= 6):
            errs.append("%s: variant %r != %r" % (cid, nv, canon))
    elif mode == "loose":
        if not validate_loose(typ, text):
            errs.append("%s: loose %s invalid %r" % (cid, typ, text))


def check():
    gen = generate()
    data = serialise(gen)
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != data:
            errs.append("file differs from regenerated output")
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for case, rec, pieces in gen:
        cid = rec["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if rec["kind"] == "positive":
            npos += 1
            if not rec["spans"]:
                errs.append(cid + ": positive without spans")
        else:
            nneg += 1
            if rec["spans"]:
                errs.append(cid + ": negative with spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append(cid + ": bad turn")
        byturn = {}
        for s in rec["spans"]:
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                errs.append(cid + ": bad type")
            txt = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: span out of range" % cid)
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s: span edge not alnum %r" % (cid, txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, txt[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(cid + ": overlapping spans")
        # per-instance validation (pieces of one value concatenated)
        grouped = {}
        for iid, ti, a, b in pieces:
            grouped.setdefault(iid, []).append(rec["turns"][ti]["text"][a:b])
        for iid, texts in grouped.items():
            typ, value, mode = case.inst[iid]
            check_piece(typ, mode, value, " ".join(texts), errs, cid)
        if rec["kind"] == "negative":
            # crude guard: negatives must not contain e-mail addresses
            for t in rec["turns"]:
                if "@" in t["text"]:
                    errs.append(cid + ": negative contains email")
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if counts[t] < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts[t]))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    for e in errs[:50]:
        print("ERROR", e)
    print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(counts)))
    if errs:
        print("CHECK FAILED (%d errors)" % len(errs))
        return 1
    print("CHECK OK")
    return 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    gen = generate()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(serialise(gen))
    print("wrote %d cases to %s" % (len(gen), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout456 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; one RNG seeded 456241125.

    python scripts/make_pii_holdout456.py          # write the fixture
    python scripts/make_pii_holdout456.py --check  # regenerate + validate
"""
import datetime
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout456", "cases.jsonl")

R = random.Random(456241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- speech ---
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
# what people actually say after "for" when not using NATO
FOLK = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward",
        "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
        "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
        "t": "tommy", "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra"}
FILLERS = ["um", "uh", "er", "erm", "ah"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]


def zero_word():
    return R.choice(["zero", "oh", "oh", "o", "nought", "zero"])


def dword(d):
    return zero_word() if d == "0" else DW[int(d)]


def pair_words(p):
    n = int(p)
    if p[0] == "0":
        return zero_word() + " " + DW[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + DW[u])


def hundred_words(g):
    n = int(g)
    if g[0] == "0" or n < 100:
        return " ".join(dword(c) for c in g)
    h, rest = divmod(n, 100)
    if rest == 0 or (rest >= 20 and rest % 10 == 0):
        return " ".join(dword(c) for c in g)
    return DW[h] + " hundred and " + (DW[rest] if rest < 10 else pair_words("%02d" % rest))


def say_digits(s, style="words", filler=0.0, doubles=True):
    """Spell a digit string as an ASR transcript would render it."""
    out = []
    i = 0
    while i < len(s):
        if (style == "pairs" and i + 1 < len(s) and R.random() < 0.8
                and not (s[i + 1] == "0" and s[i] != "0" and i + 2 < len(s))):
            # a bare "thirty" followed by more digits would be ambiguous
            out.append(pair_words(s[i:i + 2]))
            i += 2
        else:
            d = s[i]
            run = 1
            while i + run < len(s) and s[i + run] == d and run < 3:
                run += 1
            if doubles and run >= 2 and R.random() < 0.7:
                if run == 3:
                    out.append("triple " + dword(d))
                    i += 3
                else:
                    out.append("double " + dword(d))
                    i += 2
            else:
                out.append(dword(d))
                i += 1
        if filler and R.random() < filler and i < len(s):
            out.append(R.choice(FILLERS))
    return " ".join(out)


def say_groups(groups, style="words", sep=" ", filler=0.0):
    return sep.join(say_digits(g, style, filler) for g in groups)


def spell_letter(c, how="plain"):
    c = c.lower()
    if c == "o" and how == "plain":
        how = "nato"
    if how == "nato":
        return "%s for %s" % (c, NATO[c])
    if how == "asin":
        return "%s as in %s" % (c, R.choice([NATO[c], FOLK.get(c, NATO[c])]))
    if how == "folk":
        return "%s for %s" % (c, FOLK.get(c, NATO[c]))
    return c


# ------------------------------------------------------------ normalising ---
UNIT = {w: str(i) for i, w in enumerate(DW)}
UNIT.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "for": "4",
             "to": "2", "too": "2", "ate": "8", "won": "1"})
TEENMAP = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENMAP = {w: str(t) for t, w in TENS.items()}
NATO_REV = {}
for _k, _v in list(NATO.items()) + list(FOLK.items()):
    NATO_REV.setdefault(_v, _k)
FILLER_SET = set(FILLERS) | {"hmm", "like"}


class Bad(Exception):
    pass


def tokens(text):
    t = text.lower().replace("x-ray", "xray")
    return re.findall(r"[a-z0-9]+", t)


def norm_alnum(text, letters=True):
    """Spoken/typed value -> compact upper-case alnum string."""
    NATO_REV["xray"] = "x"
    toks = tokens(text)
    out = []
    i = 0
    n = len(toks)

    def two(j):
        if j < n and toks[j] in TEENMAP:
            return TEENMAP[toks[j]], j + 1
        if j < n and toks[j] in TENMAP:
            if j + 1 < n and toks[j + 1] in DW[1:]:
                return TENMAP[toks[j]] + UNIT[toks[j + 1]], j + 2
            return TENMAP[toks[j]] + "0", j + 1
        if j < n and toks[j] in DW[1:]:
            return "0" + UNIT[toks[j]], j + 1
        return None, j

    while i < n:
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if w in FILLER_SET or w in ("plus", "dash", "hyphen", "space"):
            i += 1
            continue
        if letters and len(w) == 1 and w.isalpha():
            # "j for juliet" / "j as in john"
            if nxt == "for" and i + 2 < n and toks[i + 2] in NATO_REV and NATO_REV[toks[i + 2]] == w:
                out.append(w.upper())
                i += 3
                continue
            if nxt == "as" and i + 3 < n and toks[i + 2] == "in" and NATO_REV.get(toks[i + 3]) == w:
                out.append(w.upper())
                i += 4
                continue
            if w == "o" and not letters == "keep_o":
                out.append("0")
            else:
                out.append(w.upper())
            i += 1
            continue
        if letters and w in NATO_REV and w not in UNIT:
            out.append(NATO_REV[w].upper())
            i += 1
            continue
        if w in ("double", "triple"):
            k = 2 if w == "double" else 3
            if nxt is None:
                raise Bad("dangling " + w)
            if nxt in UNIT:
                out.append(UNIT[nxt] * k)
            elif letters and len(nxt) == 1:
                out.append(nxt.upper() * k)
            else:
                raise Bad("double what? " + nxt)
            i += 2
            continue
        if w in UNIT:
            if nxt == "hundred":
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                rest, j2 = two(j)
                if rest is None:
                    out.append(UNIT[w] + "00")
                    i += 2
                else:
                    out.append(UNIT[w] + rest)
                    i = j2
                continue
            out.append(UNIT[w])
            i += 1
            continue
        if w in TEENMAP:
            out.append(TEENMAP[w])
            i += 1
            continue
        if w in TENMAP:
            if nxt in DW[1:]:
                out.append(TENMAP[w] + UNIT[nxt])
                i += 2
            else:
                out.append(TENMAP[w] + "0")
                i += 1
            continue
        if w.isdigit():
            out.append(w)
            i += 1
            continue
        if letters and w.isalnum():
            out.append(w.upper())
            i += 1
            continue
        if not letters and re.fullmatch(r"[0-9oli]+", w) and re.search(r"\d", w):
            out.append(w.replace("o", "0").replace("l", "1").replace("i", "1"))
            i += 1
            continue
        raise Bad("unknown token %r in %r" % (w, text))
    return "".join(out)


def norm_digits(text):
    s = norm_alnum(text, letters=False)
    if not s.isdigit():
        raise Bad("non-digit " + s)
    return s


def norm_email(text):
    t = " " + text.lower() + " "
    for f in FILLERS:
        t = t.replace(" %s " % f, " ")
    t = t.replace(" at ", "@").replace(" dot ", ".").replace(" underscore ", "_")
    t = t.replace(" dash ", "-").replace(" hyphen ", "-")
    for f in FILLERS:
        t = t.replace(" %s " % f, " ")
    return re.sub(r"\s+", "", t)


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z]\d{6}[A-D]")
NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")


def ni_ok(s):
    return bool(NI_RE.fullmatch(s)) and s[:2] not in NI_BAD_PREFIX


def ssn_ok(s):
    return (len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9"
            and s[3:5] != "00" and s[5:] != "0000")


STREET_SUFFIX = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent",
                 "Way", "Grove", "Terrace", "Place", "Gardens", "Court", "Boulevard",
                 "Parade", "Walk", "Row", "Hill", "Park", "Square", "Mews"]


def date_ok(text, y, m):
    t = text.lower()
    month_ok = MONTHS[m - 1][:3] in t or re.search(r"\d", t) or any(
        w in t for w in DW + TEENS + list(TENS.values()) + ["oh", "nought"])
    ys = str(y)
    digits = re.sub(r"\D", "", t)
    year_ok = ys in digits or ys[2:] in digits
    if not year_ok:
        try:
            t = re.sub(r"\btwo thousand (and )?(?=(%s)\b)" % "|".join(DW[1:]), "twenty oh ", t)
            t = re.sub(r"\btwo thousand (and )?", "twenty ", t)
            strip = MONTHS + ["the", "of", "and", "thousand"] + [w for w in ORD_WORDS if w and " " not in w]
            sp = norm_alnum(re.sub(r"\b(" + "|".join(strip) + r")\b", " ", t), False)
        except Bad:
            sp = ""
        year_ok = ys in sp or ys[2:] in sp or sp.endswith(ys[2:])
    return bool(month_ok) and year_ok


# ------------------------------------------------------------- builders ---
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.meta = {}      # key -> (type, canonical, mode)
        self.pieces = {}    # key -> [span text...]

    def val(self, key, typ, canon, mode="full"):
        self.meta[key] = (typ, canon, mode)
        return key

    def say(self, speaker, *segs):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                vtext, key = seg
                typ = self.meta[key][0]
                start = len(text)
                text += vtext
                self.spans.append({"turn": len(self.turns), "start": start,
                                   "end": len(text), "type": typ})
                self.pieces.setdefault(key, []).append(vtext)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.say("customer", *segs)

    def a(self, *segs):
        return self.say("agent", *segs)


CASES = []


def new(kind, note):
    c = Case(kind, note)
    CASES.append(c)
    return c


def pick(*xs):
    return R.choice(xs)


def cap(s):
    return s[0].upper() + s[1:]


# ------------------------------------------------------------ value gen ---
def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "mc2", "visa13", "visa19"])
    if kind == "visa":
        return luhn_complete("4" + R.choice(["539", "929", "658", "111", "462", "757", "000"]), 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "visa19":
        return luhn_complete("4" + R.choice(["571", "903"]), 19)
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16)
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    return luhn_complete(R.choice(["6011", "65"]), 16)


def card_groups(card):
    if len(card) == 15:
        return [card[:4], card[4:10], card[10:]]
    return [card[i:i + 4] for i in range(0, len(card), 4)]


def gen_ssn():
    while True:
        s = "%03d%02d%04d" % (R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999))
        if ssn_ok(s):
            return s


def gen_ni():
    while True:
        s = (R.choice("ABCEGHJKLMNOPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ")
             + "%06d" % R.randint(0, 999999) + R.choice("ABCD"))
        if ni_ok(s):
            return s


def gen_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "FR", "ES", "NL", "GB"])
    dg = lambda k: "".join(R.choice("0123456789") for _ in range(k))
    if cc in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "MIDL", "HBUK", "AIBK", "BOFI", "ULSB", "LOYD"] if cc == "GB"
                        else ["AIBK", "BOFI", "IPBS", "ULSB"])
        bban = bank + dg(14)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO", "TRIO"]) + dg(10)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    else:
        bban = dg(20)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


FIRST = ["james", "sarah", "mohammed", "aoife", "li", "priya", "tom", "grace", "niamh",
         "olu", "kasia", "dave", "emma", "raj", "siobhan", "marco", "jenny", "kwame"]
LAST = ["doyle", "patel", "okafor", "smith", "nguyen", "murphy", "kowalski", "brown",
        "o'neill", "garcia", "hughes", "khan", "reilly", "evans", "schmidt", "lee"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "live.ie", "aol.com", "protonmail.com"]
STREETS = ["Victoria", "Church", "Station", "Mill", "Queens", "Oak", "Kingsway", "Elm",
           "Harbour", "Chapel", "Maple", "Castle", "Hawthorn", "Park View", "Abbey",
           "Willow", "Main", "Sycamore", "Lincoln", "Washington", "Pine", "Cedar"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST).replace("'", "")
    local = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)),
                      f + "_" + l, l + f[0], f + "." + l + str(R.randint(70, 99))])
    return local + "@" + R.choice(DOMAINS)


def say_email(e, filler=False):
    local, dom = e.split("@")
    parts = []
    for ch in re.split(r"([._])", local):
        if ch == ".":
            parts.append("dot")
        elif ch == "_":
            parts.append("underscore")
        elif ch.isdigit():
            parts.append(" ".join(DW[int(d)] for d in ch))
        elif len(ch) <= 2:
            parts.append(" ".join(ch))
        elif ch:
            parts.append(ch)
    s = " ".join(parts)
    if filler:
        s += " " + R.choice(FILLERS)
    return s + " at " + dom.replace(".", " dot ")


def gen_phone(kind=None):
    kind = kind or R.choice(["uk_mob", "uk_land", "us", "ie_mob", "uk_mob_intl", "us_intl"])
    d = lambda k: "".join(R.choice("0123456789") for _ in range(k))
    if kind == "uk_mob":
        n = "07" + R.choice("3456789") + d(8)
        return n, R.choice(["%s %s" % (n[:5], n[5:]), n, "%s %s %s" % (n[:5], n[5:8], n[8:])])
    if kind == "uk_mob_intl":
        n = "447" + R.choice("3456789") + d(8)
        return n, R.choice(["+44 %s %s" % (n[2:6], n[6:]), "+44 (0)%s %s" % (n[2:6], n[6:]),
                            "0044 %s %s" % (n[2:6], n[6:])])
    if kind == "uk_land":
        n = R.choice(["0207946", "0161496", "0113496", "0131496", "0117496"]) + d(4)
        return n, R.choice(["%s %s %s" % (n[:3], n[3:7], n[7:]), "%s %s" % (n[:4], n[4:])])
    if kind == "us":
        n = R.choice(["212", "415", "617", "312", "503", "786"]) + str(R.randint(2, 9)) + d(6)
        return n, R.choice(["%s %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                            "%s.%s.%s" % (n[:3], n[3:6], n[6:])])
    if kind == "us_intl":
        n = "1" + R.choice(["212", "415", "617", "312"]) + str(R.randint(2, 9)) + d(6)
        return n, "+1 %s %s %s" % (n[1:4], n[4:7], n[7:])
    n = "3538" + R.choice("35679") + d(7)
    return n, R.choice(["+353 %s %s %s" % (n[3:5], n[5:8], n[8:]), "+353%s" % n[3:]])


def gen_uk_postcode():
    area = R.choice(["SW", "NW", "M", "B", "LS", "EH", "G", "CF", "BT", "E", "N", "SE", "BS", "NE", "L", "CR", "OX", "DN"])
    dist = str(R.randint(1, 20)) if area not in ("SW",) else R.choice(["1A", "11", "19", "3"])
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist + " " + inward


def gen_address():
    num = R.choice([str(R.randint(1, 240)), str(R.randint(1, 60)) + R.choice(["a", "b", "A"])])
    st = R.choice(STREETS) + " " + R.choice(STREET_SUFFIX)
    return num, st


def gen_dob():
    return datetime.date(R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28))


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return str(n) + suf


ORD_WORDS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
             "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
             "twenty sixth", "twenty seventh", "twenty eighth"]


def say_year(y):
    if y >= 2000:
        return R.choice(["two thousand and " + DW[y - 2000] if y < 2010 else "twenty " + pair_words(str(y)[2:]),
                         "two thousand " + (DW[y - 2000] if y - 2000 < 10 else pair_words(str(y)[2:]))])
    return pick("nineteen " + pair_words(str(y)[2:]), pair_words(str(y)[2:]))


def dob_forms(d, spoken):
    if spoken:
        return R.choice([
            "the %s of %s %s" % (ORD_WORDS[d.day], MONTHS[d.month - 1], say_year(d.year)),
            "%s %s %s" % (ORD_WORDS[d.day], MONTHS[d.month - 1], say_year(d.year)),
            "%s %s, %s" % (MONTHS[d.month - 1], ORD_WORDS[d.day], say_year(d.year)),
            "%s %s %s" % (say_digits("%02d" % d.day, "pairs"), say_digits("%02d" % d.month, "words"), say_year(d.year)),
        ])
    return R.choice([
        d.strftime("%d/%m/%Y"), d.strftime("%m/%d/%Y"), d.strftime("%d.%m.%y"),
        "%s %s %d" % (ordinal(d.day), MONTHS[d.month - 1].capitalize(), d.year),
        "%d %s %d" % (d.day, MONTHS[d.month - 1][:3].capitalize(), d.year),
        d.strftime("%Y-%m-%d"), "%s %d, %d" % (MONTHS[d.month - 1].capitalize(), d.day, d.year),
    ])


def gen_expiry():
    return R.randint(2025, 2031), R.randint(1, 12)


def exp_forms(y, m, spoken):
    if spoken:
        return R.choice([
            "%s %s" % (say_digits("%02d" % m, "words"), say_digits(str(y)[2:], "pairs")),
            "%s twenty %s" % (MONTHS[m - 1], pair_words(str(y)[2:])),
            "%s %s" % (MONTHS[m - 1], pair_words(str(y)[2:])),
            "%s of %s" % (say_digits("%02d" % m, "words"), say_year(y)),
        ])
    return R.choice(["%02d/%s" % (m, str(y)[2:]), "%02d/%d" % (m, y), "%02d-%s" % (m, str(y)[2:]),
                     "%s %d" % (MONTHS[m - 1][:3].capitalize(), y), "%02d%s" % (m, str(y)[2:]),
                     "%d/%s" % (m, str(y)[2:])])


def ack():
    return R.choice(["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go on",
                     "got that", "ok, and the next bit?", "mm hm", "ok"])


def fill():
    return R.choice(["", "", "um ", "uh ", "erm ", "so ", "right so ", "yeah ", "okay um "])


INDUSTRY = ["bank", "telecom", "utility", "retail", "insurance", "travel",
            "healthcare billing", "government services"]

AGENT_OPEN = {
    "bank": ["thanks for calling northgate bank", "you're through to card services"],
    "telecom": ["thanks for calling vireo mobile", "you're through to broadband support"],
    "utility": ["welcome to brightwater energy", "you're through to the gas and electric team"],
    "retail": ["hi, this is the homeware store helpline", "thanks for chatting with us about your order"],
    "insurance": ["claims line, how can i help", "you're through to motor insurance renewals"],
    "travel": ["thanks for calling skyway holidays", "bookings team speaking"],
    "healthcare billing": ["patient billing, how can i help", "this is the hospital billing office"],
    "government services": ["you're through to the benefits helpline", "tax helpline, how can i help"],
}


def opener(ind=None):
    ind = ind or R.choice(INDUSTRY)
    return R.choice(AGENT_OPEN[ind])


# =================================================== POSITIVE: CARD NUMBER ===
def card_typed():
    card = gen_card()
    g = card_groups(card)
    style = R.randint(0, 9)
    if style == 0:
        t = " ".join(g)
    elif style == 1:
        t = "-".join(g)
    elif style == 2:
        t = card
    elif style == 3:
        t = ".".join(g)
    elif style == 4:   # odd grouping
        t = " ".join([card[:3], card[3:9], card[9:12], card[12:]])
    elif style == 5:   # mixed separators
        t = g[0] + "-" + g[1] + " " + " ".join(g[2:])
    elif style == 6:   # double space / trailing groups
        t = "  ".join(g)
    elif style == 7:   # typo: letter O for zero
        if "0" in card[4:]:
            k = card.index("0", 4)
            t = " ".join(card_groups(card[:k] + "O" + card[k + 1:]))
        else:
            t = " ".join(g)
    elif style == 8:
        t = " / ".join(g)
    else:
        t = "".join(g[:2]) + " " + "".join(g[2:])
    c = new("positive", "typed chat card number, grouping style %d" % style)
    c.val("c", "CARD_NUMBER", card)
    lead = R.choice(["card no: ", "Card number - ", "its ", "long number on the card is ", "CARD: ",
                     "here you go ", "pan ", "card num ", "number on front: "])
    c.a(pick("Can you type the long card number please?", "What's the 16 digit number on the card?",
             "Please enter the card number below."))
    c.c(lead, (t, "c"), pick("", " thanks", " (debit card)", "  cheers", ". expires soon btw"))
    if R.random() < 0.4:
        c.val("r", "CARD_NUMBER", card[-4:], "frag")
        c.a("Thanks, I've got the card ending ", (card[-4:], "r"), " on screen now.")


def card_asr_simple():
    card = gen_card()
    g = card_groups(card)
    style = R.choice(["words", "pairs", "words", "mixed"])
    filler = R.choice([0, 0, 0.15, 0.3])
    if style == "mixed":
        t = " ".join(say_digits(x, R.choice(["words", "pairs"]), filler) for x in g)
    else:
        t = say_groups(g, style, pick(" ", ", ", " ... ", " "), filler)
    c = new("positive", "ASR card reading, %s, filler=%s" % (style, filler))
    c.val("c", "CARD_NUMBER", card)
    c.a(opener("bank") + " " + pick("can i take the long number across the card", "whats the card number please",
                                      "and the card you'd like to pay with"))
    c.c(fill() + pick("yeah it's ", "its ", "okay so ", "", "right ", "the number is "), (t, "c"))
    c.a(pick("thank you", "lovely thanks", "perfect", "great thank you"))


def card_asr_split():
    card = gen_card()
    g = card_groups(card)
    style = R.choice(["words", "pairs", "words"])
    c = new("positive", "ASR card reading split over turns with agent back-channels, %s" % style)
    c.val("c", "CARD_NUMBER", card)
    c.a(pick("go ahead with the card number when you're ready", "long card number please",
             "can you read me the card number"))
    for i, grp in enumerate(g):
        t = say_digits(grp, style, 0.1)
        if i == 0:
            c.c(fill() + pick("okay ", "right it's ", "", "yeah "), (t, "c"))
        else:
            c.c((t, "c"), pick("", "", " yeah", " and"))
        if i < len(g) - 1:
            c.a(ack())
    if R.random() < 0.6:
        c.val("rb", "CARD_NUMBER", card)
        c.a("so that's ", (say_groups(g, "words", ", "), "rb"), pick(" is that right", " yeah?", ""))
        c.c(pick("yes", "that's it", "yep correct"))


def card_correction():
    card = gen_card()
    g = card_groups(card)
    k = R.randint(3, 9)
    wrong = card[:k - 1] + str((int(card[k - 1]) + R.randint(1, 8)) % 10)
    c = new("positive", "ASR card reading with restart after mistake; abandoned fragment labelled")
    c.val("f", "CARD_NUMBER", wrong, "frag")
    c.val("c", "CARD_NUMBER", card)
    c.a("card number please")
    fr = say_digits(wrong, "words", 0.1)
    how = R.randint(0, 2)
    if how == 0:
        c.c(fill() + "it's ", (fr, "f"), pick(" no sorry wait, ", " oh hang on i've said that wrong, ",
                                              " no no, let me start again, "), (say_groups(g, "words", " "), "c"))
    elif how == 1:
        c.c((fr, "f"), "... " + pick("sorry that's wrong", "actually no"))
        c.a(pick("no problem, from the top", "that's fine, start again whenever you're ready"))
        c.c((say_groups(g, R.choice(["words", "pairs"]), ", "), "c"))
    else:
        c.c(pick("so ", "") , (fr, "f"), pick(" - wait is it, ", " hmm sorry my thumb is over it, "),
            (say_groups(g, "words", " "), "c"), pick("", " yeah that's it"))
    if R.random() < 0.5:
        c.val("r", "CARD_NUMBER", card[-4:], "frag")
        c.a("okay i've got the card ending in ", (say_digits(card[-4:], "words", 0, False), "r"))


def card_aside():
    card = gen_card()
    g = card_groups(card)
    c = new("positive", "ASR card reading interrupted by an aside in the middle; two spans in one turn")
    c.val("c", "CARD_NUMBER", card)
    k = R.randint(1, len(g) - 1)
    a = say_groups(g[:k], "words", " ")
    b = say_groups(g[k:], "words", " ")
    aside = pick(", sorry my glasses, hold on, ", ". sorry the dog's barking. ", ", can you hear me? okay, ",
                 " - shush kids i'm on the phone - ", ", bear with me, it's worn off a bit, ",
                 " ... no that's my library card ... here ")
    c.a("and the card number")
    c.c(fill(), (a, "c"), aside, (b, "c"))


def card_asr_homophones():
    card = gen_card()
    g = card_groups(card)
    m = {"4": "for", "2": pick("to", "too"), "8": "ate"}
    words = []
    for grp in g:
        words.append(" ".join(m[d] if d in m and R.random() < 0.5 else dword(d) for d in grp))
    c = new("positive", "ASR card reading with homophone errors (for/to/ate)")
    c.val("c", "CARD_NUMBER", card)
    c.a("card number when you're ready")
    c.c(fill(), (" ".join(words), "c"))
    c.a(pick("thanks and the expiry", "ok thank you"))


def card_readback_chunk():
    card = gen_card()
    g = card_groups(card)
    c = new("positive", "agent reads back card in chunks, customer confirms each")
    c.val("c", "CARD_NUMBER", card)
    c.c("it's ", (say_groups(g, "pairs", " "), "c"))
    c.val("rb", "CARD_NUMBER", card)
    for i, grp in enumerate(g):
        c.a(pick("", "", "then ") , (say_digits(grp, "words", 0, False), "rb"), pick("?", "", " yeah"))
        c.c(pick("yes", "yep", "mhm", "correct"))


def card_repeat_full():
    card = gen_card()
    g = card_groups(card)
    c = new("positive", "customer reads card, agent asks to repeat because of bad line")
    c.val("c1", "CARD_NUMBER", card)
    c.val("c2", "CARD_NUMBER", card)
    c.c("number's ", (say_groups(g, "words", " ", 0.1), "c1"))
    c.a(pick("sorry you broke up there, could you repeat that", "sorry the line's terrible, again please"))
    c.c(pick("yeah ", "sure ", ""), (say_groups(g, "pairs", ", "), "c2"))


def card_with_cvv_exp():
    card = gen_card()
    g = card_groups(card)
    y, m = gen_expiry()
    cvv = "%04d" % R.randint(0, 9999) if len(card) == 15 else "%03d" % R.randint(0, 999)
    spoken = R.random() < 0.6
    c = new("positive", "card + expiry + security code, %s" % ("spoken" if spoken else "typed"))
    c.val("c", "CARD_NUMBER", card)
    c.val("e", "EXPIRY", "%d-%02d" % (y, m))
    c.val("v", "CVV", cvv)
    if spoken:
        c.c(fill() + "card's ", (say_groups(g, R.choice(["words", "pairs"]), " "), "c"))
        c.a("and the expiry date")
        c.c(pick("", "it's ", "expires "), (exp_forms(y, m, True), "e"))
        c.a(pick("and the three digits on the back", "last thing, the security code on the back",
                 "and the c v v"))
        c.c(pick("", "it's "), (say_digits(cvv, "words", 0, R.random() < 0.5), "v"))
    else:
        c.c("card: ", (" ".join(g), "c"), pick(" exp ", "  expiry: ", ", valid thru "),
            (exp_forms(y, m, False), "e"), pick(" cvv ", ", sec code: ", " cvc "), (cvv, "v"))


def card_lastfour_with_full():
    card = gen_card()
    g = card_groups(card)
    c = new("positive", "full card typed then later referred to by last four in same case (labelled)")
    c.val("c", "CARD_NUMBER", card)
    c.val("l", "CARD_NUMBER", card[-4:], "frag")
    c.val("l2", "CARD_NUMBER", card[-4:], "frag")
    c.c("i want to use the card ", (" ".join(g), "c"), " for the refund")
    c.a("Thanks. Just to confirm, refund goes back to the card ending ", (card[-4:], "l"), "?")
    c.c("yes the ", (card[-4:], "l2"), " one")


def card_two_cards():
    a, b = gen_card(), gen_card()
    c = new("positive", "customer reads an old and a new card; both labelled")
    c.val("a", "CARD_NUMBER", a)
    c.val("b", "CARD_NUMBER", b)
    c.c("the old one was ", (" ".join(card_groups(a)), "a"), " but that's cancelled")
    c.a("ok and the new one?")
    c.c((say_groups(card_groups(b), "words", ", "), "b"))


def card_digit_by_digit_turns():
    card = gen_card("visa13") if R.random() < 0.3 else gen_card()
    c = new("positive", "typed chat: card sent in several messages")
    c.val("c", "CARD_NUMBER", card)
    parts = []
    i = 0
    while i < len(card):
        k = R.choice([3, 4, 5, 6])
        parts.append(card[i:i + k])
        i += k
    c.a("Please send the card number.")
    for j, p in enumerate(parts):
        c.c((p, "c"))
    c.a("Got it, thanks.")


def card_hundreds():
    card = gen_card("amex")
    g = [card[:4], card[4:7], card[7:10], card[10:]]
    c = new("positive", "amex read with hundreds ('four hundred and twelve')")
    c.val("c", "CARD_NUMBER", card)
    t = " ".join([say_digits(g[0], "pairs"), hundred_words(g[1]), hundred_words(g[2]), say_digits(g[3], "pairs")])
    c.a("american express, fifteen digits, go ahead")
    c.c(fill(), (t, "c"))


def card_misheard_group():
    card = gen_card("visa")
    g = card_groups(card)
    k = R.randint(1, 3)
    bad = g[k][:2] + g[k][3] + g[k][2]
    if bad == g[k]:
        bad = g[k][:3] + str((int(g[k][3]) + 1) % 10)
    wrong = "".join(g[:k] + [bad] + g[k + 1:])
    c = new("positive", "agent reads card back with a transposed group; customer corrects that group")
    c.val("c", "CARD_NUMBER", card)
    c.val("w", "CARD_NUMBER", wrong, "misheard")
    c.val("g", "CARD_NUMBER", g[k], "frag")
    c.c(fill() + "it's ", (say_groups(g, "pairs", " ", 0.1), "c"))
    c.a("let me read that back, ", (say_groups(card_groups(wrong), "words", ", "), "w"))
    c.c("no the ", ["", "second", "third", "fourth"][k], " bit is ", (say_digits(g[k], "words", 0, False), "g"))
    c.a(pick("sorry, got it", "apologies, corrected"))


def ni_double_letter():
    while True:
        n = R.choice("ABCEGHJKLMNPRSTWXYZ") * 2 + "%06d" % R.randint(0, 999999) + R.choice("ABCD")
        if ni_ok(n):
            break
    c = new("positive", "NI number spoken with 'double' letter prefix and doubled digits")
    c.val("n", "NI_NUMBER", n)
    c.a("and your national insurance number")
    c.c(fill(), ("double " + n[0].lower() + " " + say_digits(n[2:8], "words", 0.1) + " " + n[8].lower(), "n"))


for _ in range(4):
    card_misheard_group()
for _ in range(4):
    ni_double_letter()
for _ in range(12):
    card_typed()
for _ in range(8):
    card_asr_simple()
for _ in range(6):
    card_asr_split()
for _ in range(5):
    card_correction()
for _ in range(4):
    card_aside()
for _ in range(4):
    card_asr_homophones()
for _ in range(3):
    card_readback_chunk()
for _ in range(3):
    card_repeat_full()
for _ in range(10):
    card_with_cvv_exp()
for _ in range(3):
    card_lastfour_with_full()
for _ in range(2):
    card_two_cards()
for _ in range(3):
    card_digit_by_digit_turns()
for _ in range(3):
    card_hundreds()


# ============================================================ SSN ===
def ssn_typed():
    s = gen_ssn()
    t = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s/%s/%s"]) % (s[:3], s[3:5], s[5:])
    c = new("positive", "typed SSN in chat/e-mail")
    c.val("s", "SSN", s)
    c.a(pick("To verify, please provide your Social Security number.", "What's the SSN on the account?"))
    c.c(pick("SSN: ", "ssn is ", "social - ", "Its ", "SS# ", "my social security no. "), (t, "s"),
        pick("", ".", " thx", " (primary account holder)"))


def ssn_spoken():
    s = gen_ssn()
    style = R.randint(0, 4)
    if style == 4:
        t = pick(" dash ", " hyphen ").join(say_digits(x, "words") for x in (s[:3], s[3:5], s[5:]))
    elif style == 0:
        t = ", ".join(say_digits(x, "words", 0.1) for x in (s[:3], s[3:5], s[5:]))
    elif style == 1:
        t = " ".join([hundred_words(s[:3]), say_digits(s[3:5], "pairs"), say_digits(s[5:], "pairs")])
    elif style == 2:
        t = say_digits(s, "words", 0.2)
    else:
        t = " ".join([say_digits(s[:3], "words"), say_digits(s[3:5], "pairs"), say_digits(s[5:], "pairs")])
    c = new("positive", "spoken SSN, style %d" % style)
    c.val("s", "SSN", s)
    c.a(opener(R.choice(["bank", "healthcare billing", "insurance", "government services"])) +
        ", can i get your social security number to verify")
    c.c(fill() + pick("sure it's ", "yeah ", "", "okay it's "), (t, "s"))
    if R.random() < 0.5:
        c.val("r", "SSN", s)
        c.a("thank you, i have ", (say_digits(s[:3], "words", 0, False) + " " + say_digits(s[3:5], "words", 0, False)
                                   + " " + say_digits(s[5:], "words", 0, False), "r"), pick(", correct?", ""))


def ssn_split():
    s = gen_ssn()
    c = new("positive", "spoken SSN split over three customer turns")
    c.val("s", "SSN", s)
    c.a("social security number please")
    c.c(fill(), (say_digits(s[:3], "words"), "s"))
    c.a(ack())
    c.c((say_digits(s[3:5], R.choice(["words", "pairs"])), "s"))
    c.a(ack())
    c.c((say_digits(s[5:], R.choice(["words", "pairs"]), 0.2), "s"), pick("", " and that's it"))


def ssn_correction():
    s = gen_ssn()
    wrong = s[:4] + str((int(s[4]) + 3) % 10)
    c = new("positive", "SSN reading with self-correction mid-way; abandoned part labelled")
    c.val("f", "SSN", wrong, "frag")
    c.val("s", "SSN", s)
    c.c("it's ", (say_digits(wrong, "words"), "f"), pick(", no wait, ", " - sorry, scratch that - "),
        (say_digits(s, R.choice(["words", "pairs"])), "s"))


def ssn_misheard():
    s = gen_ssn()
    k = R.randint(3, 8)
    wrong = s[:k] + str((int(s[k]) + 5) % 10) + s[k + 1:]
    if not ssn_ok(wrong):
        wrong = s
    c = new("positive", "agent mis-hears SSN on read-back; both readings labelled")
    c.val("s", "SSN", s)
    c.val("w", "SSN", wrong)
    c.val("s2", "SSN", s, "frag")
    c.c((say_digits(s, "words", 0.1), "s"))
    c.a("that's ", (say_digits(wrong, "words", 0, False), "w"), "?")
    c.c("no, ", (say_digits(s[k - 1:k + 2], "words", 0, False), "s2"), " in the middle")


def ssn_email():
    s = gen_ssn()
    c = new("positive", "SSN in an e-mail body with other numbers")
    c.val("s", "SSN", s)
    c.c("Hi, re claim 2024-118830. My SSN is ", ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "s"),
        " and my member ID is on the card. Thanks, ", R.choice(FIRST).capitalize())


for _ in range(10):
    ssn_typed()
for _ in range(9):
    ssn_spoken()
for _ in range(4):
    ssn_split()
for _ in range(3):
    ssn_correction()
for _ in range(3):
    ssn_misheard()
for _ in range(3):
    ssn_email()


# ============================================================ NI ===
def ni_typed():
    n = gen_ni()
    style = R.randint(0, 6)
    t = [n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
         n[:2].lower() + n[2:8] + n[8].lower(), "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
         n[0] + n[1].lower() + " " + n[2:8] + " " + n[8], "%s %s %s" % (n[:2], n[2:8], n[8])][style]
    c = new("positive", "typed NI number, style %d" % style)
    c.val("n", "NI_NUMBER", n)
    c.a(pick("Could you confirm your National Insurance number?", "What's your NINO please?"))
    c.c(pick("NI no: ", "ni number ", "it's ", "NINO ", "National Insurance: ", ""), (t, "n"))


def ni_spoken():
    n = gen_ni()
    how = R.choice(["plain", "nato", "asin", "folk", "mixed"])
    letters1 = [spell_letter(ch, R.choice(["plain", "nato", "asin"]) if how == "mixed" else how) for ch in n[:2]]
    dstyle = R.choice(["words", "pairs", "pairs"])
    digits = say_digits(n[2:8], dstyle, 0.1)
    suf = spell_letter(n[8], R.choice(["plain", "nato", "folk"]) if how == "mixed" else how)
    t = " ".join(letters1) + pick(", ", " ", " ") + digits + pick(", ", " ") + suf
    c = new("positive", "spoken NI number (%s letters, %s digits)" % (how, dstyle))
    c.val("n", "NI_NUMBER", n)
    c.a(opener(R.choice(["government services", "bank", "healthcare billing"])) +
        pick(", can i take your national insurance number", ", and your n i number please"))
    c.c(fill() + pick("yeah it's ", "", "it is "), (t, "n"))
    if R.random() < 0.5:
        c.val("r", "NI_NUMBER", n)
        c.a("so ", (" ".join(spell_letter(x, "nato") for x in n[:2]) + " " + say_digits(n[2:8], "words", 0, False)
                    + " " + n[8].lower(), "r"), "?")
        c.c("yes")


def ni_split():
    n = gen_ni()
    c = new("positive", "NI number split across turns; agent prompts for the letter at the end")
    c.val("n", "NI_NUMBER", n)
    c.a("national insurance number please")
    c.c(fill(), (" ".join(spell_letter(x, R.choice(["plain", "nato"])) for x in n[:2]), "n"))
    c.a(ack())
    c.c((say_digits(n[2:5], "words"), "n"))
    c.a(ack())
    c.c((say_digits(n[5:8], "words"), "n"))
    c.a(pick("and the letter at the end", "and the last letter?"))
    c.c(pick("", "it's "), (spell_letter(n[8], R.choice(["plain", "nato", "folk"])), "n"))


def ni_letter_confusion():
    n = gen_ni()
    alt = {"B": "D", "D": "B", "C": "D", "A": "A"}[n[8]]
    c = new("positive", "NI final letter confusion (b/d), clarified with phonetic")
    c.val("n", "NI_NUMBER", n)
    c.val("w", "NI_NUMBER", n[:8] + alt)
    c.val("l", "NI_NUMBER", n[8], "frag")
    c.c((" ".join(n[:2].lower()) + " " + say_digits(n[2:8], "pairs") + " " + n[8].lower(), "n"))
    c.a("was that ", (" ".join(n[:2].lower()) + " " + say_digits(n[2:8], "words", 0, False) + " " + alt.lower(), "w"), "?")
    c.c("no ", (spell_letter(n[8], "nato"), "l"), pick("", ", sorry", " at the end"))


def ni_typed_correction():
    n = gen_ni()
    wrong = n[:5] + str((int(n[5]) + 1) % 10) + n[6:]
    c = new("positive", "typed NI with typo corrected in next message")
    c.val("w", "NI_NUMBER", wrong)
    c.val("n", "NI_NUMBER", n)
    c.c("ni: ", (wrong, "w"))
    c.c(pick("sorry typo, ", "*", "oops its "), (n, "n"))


def ni_with_dob():
    n = gen_ni()
    d = gen_dob()
    spoken = R.random() < 0.5
    c = new("positive", "NI number and date of birth for ID&V")
    c.val("n", "NI_NUMBER", n)
    c.val("d", "DOB", d.isoformat())
    if spoken:
        c.a("date of birth first please")
        c.c((dob_forms(d, True), "d"))
        c.a("and national insurance")
        c.c((" ".join(n[:2].lower()) + " " + say_digits(n[2:8], "words", 0.1) + " " + n[8].lower(), "n"))
    else:
        c.c("DOB ", (dob_forms(d, False), "d"), ", NI ", (n, "n"))


for _ in range(9):
    ni_typed()
for _ in range(9):
    ni_spoken()
for _ in range(4):
    ni_split()
for _ in range(3):
    ni_letter_confusion()
for _ in range(2):
    ni_typed_correction()
for _ in range(4):
    ni_with_dob()


# =================================================== other types ===
def bank_details():
    acct = "%08d" % R.randint(0, 99999999)
    sc = "%06d" % R.randint(0, 999999)
    spoken = R.random() < 0.5
    c = new("positive", "UK sort code + account number, %s" % ("spoken" if spoken else "typed"))
    c.val("s", "SORT_CODE", sc)
    c.val("a", "BANK_ACCOUNT", acct)
    if spoken:
        c.a(opener(R.choice(["utility", "telecom", "insurance"])) + ", to set up the direct debit i need the sort code")
        c.c(fill(), (" ".join(say_digits(sc[i:i + 2], R.choice(["words", "pairs"])) for i in (0, 2, 4)), "s"))
        c.a("and the account number")
        c.c(fill(), (say_digits(acct, R.choice(["words", "pairs"]), 0.15), "a"))
    else:
        c.c(pick("sort code ", "s/c: ", "Sort: "), (R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "s"),
            pick(" acct no: ", ", account ", " a/c "), (R.choice([acct, acct[:4] + " " + acct[4:]]), "a"))


def us_bank():
    acct = "".join(R.choice("0123456789") for _ in range(R.randint(10, 12)))
    c = new("positive", "US checking account number")
    c.val("a", "BANK_ACCOUNT", acct)
    c.a("and the checking account number for autopay?")
    c.c(pick("acct # ", "account number is ", "it's "), (acct, "a"), pick("", ", routing is on the check"))


def iban_case():
    ib = gen_iban()
    spoken = R.random() < 0.4
    c = new("positive", "IBAN %s, %s" % (ib[:2], "spoken" if spoken else "typed"))
    c.val("i", "IBAN", ib)
    if spoken:
        parts = []
        for ch in ib:
            if ch.isalpha():
                parts.append(spell_letter(ch, R.choice(["plain", "nato"]) if ch != "O" else "nato"))
            else:
                parts.append(dword(ch) if ch != "0" else R.choice(["zero", "nought"]))
        c.a("for the refund to a foreign account i'll need the i ban")
        c.c(fill(), (" ".join(parts), "i"))
    else:
        t = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
        c.c(pick("IBAN: ", "my iban is ", "Please refund to "), (t, "i"), pick("", " thanks", ", BIC to follow"))


def phone_case():
    n, typed = gen_phone()
    spoken = R.random() < 0.5
    c = new("positive", "phone number, %s" % ("spoken" if spoken else "typed"))
    c.val("p", "PHONE", n)
    if spoken:
        if n.startswith("44") or n.startswith("353") or (n.startswith("1") and len(n) == 11):
            cc = {"44": "44", "35": "353", "1": "1"}
            code = "44" if n.startswith("44") else ("353" if n.startswith("353") else "1")
            t = "plus " + say_digits(code, "words", 0, False) + " " + say_digits(n[len(code):], R.choice(["words", "pairs"]), 0.1)
        else:
            t = say_digits(n, R.choice(["words", "pairs", "words"]), 0.1)
        c.a(pick("best number to call you back on?", "and a contact number"))
        c.c(fill(), (t, "p"))
    else:
        c.c(pick("call me on ", "mob: ", "Tel ", "phone: ", "my cell is "), (typed, "p"), pick("", " after 5", " pls"))


def email_case():
    e = gen_email()
    spoken = R.random() < 0.5
    c = new("positive", "email, %s" % ("spoken" if spoken else "typed"))
    c.val("e", "EMAIL", e)
    if spoken:
        c.a("and an email address for the receipt")
        c.c(fill() + "it's ", (say_email(e, R.random() < 0.3), "e"))
    else:
        c.c(pick("email: ", "send it to ", "Email address - "), (R.choice([e, e.upper(), e.capitalize()]), "e"),
            pick("", " please", "."))


def dob_case():
    d = gen_dob()
    spoken = R.random() < 0.5
    c = new("positive", "date of birth, %s" % ("spoken" if spoken else "typed"))
    c.val("d", "DOB", d.isoformat())
    c.a(pick("can you confirm your date of birth", "DOB please"))
    c.c(fill() + pick("", "it's ", "born "), (dob_forms(d, spoken), "d"))


def exp_case():
    y, m = gen_expiry()
    spoken = R.random() < 0.5
    c = new("positive", "card expiry alone, %s" % ("spoken" if spoken else "typed"))
    c.val("e", "EXPIRY", "%d-%02d" % (y, m))
    c.a("what's the expiry date on the card?")
    c.c(pick("", "expires ", "exp "), (exp_forms(y, m, spoken), "e"))


def cvv_case():
    v = "%03d" % R.randint(0, 999)
    c = new("positive", "CVV alone")
    c.val("v", "CVV", v)
    c.a("and the three digit security code on the back")
    c.c(pick("", "it's ", "cvv "), (R.choice([v, say_digits(v, "words")]), "v"))


def address_case():
    uk = R.random() < 0.6
    num, st = gen_address()
    spoken = R.random() < 0.5
    c = new("positive", "%s address + %s, %s" % ("UK" if uk else "US", "postcode" if uk else "ZIP",
                                                   "spoken" if spoken else "typed"))
    if R.random() < 0.3:
        addr = "Flat %d, %s %s" % (R.randint(1, 30), num, st)
    else:
        addr = "%s %s" % (num, st)
    c.val("a", "ADDRESS", addr)
    town = R.choice(["Leeds", "Manchester", "Cardiff", "Glasgow", "Bristol"] if uk else ["Boston", "Portland", "Chicago", "Austin"])
    if uk:
        pc = gen_uk_postcode()
    else:
        pc = "%05d" % R.randint(1001, 99950) + (("-%04d" % R.randint(0, 9999)) if R.random() < 0.3 else "")
    c.val("p", "POSTCODE", pc)
    if spoken:
        a_sp = addr.lower()
        a_sp = re.sub(r"(\d)([a-z])", r"\1 \2", a_sp)
        a_sp = re.sub(r"\d+", lambda mm: say_digits(mm.group(0), "pairs") if len(mm.group(0)) > 2 else pair_words(mm.group(0)) if len(mm.group(0)) == 2 else DW[int(mm.group(0))], a_sp)
        if uk:
            pc_sp = " ".join(dword(ch) if ch.isdigit() else spell_letter(ch, R.choice(["plain", "plain", "nato"])) for ch in pc.replace(" ", ""))
        else:
            pc_sp = say_digits(pc.replace("-", ""), "words")
        c.a("and the address")
        c.c(fill(), (a_sp, "a"), ", " + town.lower())
        c.a(pick("and the postcode", "zip code?"))
        c.c((pc_sp, "p"))
    else:
        c.c(pick("Address: ", "deliver to ", "new address is "), (addr, "a"), ", " + town + ", ", (pc, "p"))


def postcode_only():
    pc = gen_uk_postcode() if R.random() < 0.6 else "%05d" % R.randint(1001, 99950)
    c = new("positive", "postcode/ZIP alone for ID&V")
    c.val("p", "POSTCODE", pc)
    c.a("can you confirm the postcode on the account")
    c.c(pick("", "it's ", "yeah "), (R.choice([pc, pc.lower(), pc.replace(" ", "")]), "p"))


for _ in range(12):
    bank_details()
for _ in range(4):
    us_bank()
for _ in range(13):
    iban_case()
for _ in range(14):
    phone_case()
for _ in range(13):
    email_case()
for _ in range(9):
    dob_case()
for _ in range(5):
    exp_case()
for _ in range(6):
    cvv_case()
for _ in range(13):
    address_case()
for _ in range(4):
    postcode_only()


# =================================================== NEGATIVES ===
def digits(k, first_nonzero=True):
    s = "".join(R.choice("0123456789") for _ in range(k))
    if first_nonzero and s[0] == "0":
        s = "1" + s[1:]
    return s


def neg(note, *turns):
    c = new("negative", note)
    for sp, t in turns:
        c.say(sp, t)


def n_order_like_card():
    o = gen_card() if R.random() < 0.5 else digits(16)
    g = card_groups(o) if len(o) != 15 else [o[:4], o[4:8], o[8:12], o[12:]]
    lab = R.choice(["order number", "tracking number", "reference number", "serial number", "policy number", "claim number"])
    neg("%s read in 4-digit groups like a card (Luhn may pass)" % lab,
        ("agent", "can i take the %s" % lab),
        ("customer", fill() + "the %s is %s" % (lab, say_groups(g, R.choice(["words", "pairs"]), " "))),
        ("agent", "thanks, i've found the %s" % lab.split()[0]))


def n_typed_ref():
    lab = R.choice(["Order #", "Invoice no. INV-", "Ticket ", "Ref: ", "Tracking: 1Z", "Claim ref CLM-", "Policy No. ", "Serial: SN", "Booking ref "])
    val = digits(R.choice([9, 10, 12, 16, 18]))
    if R.random() < 0.4:
        val = " ".join(val[i:i + 4] for i in range(0, len(val), 4))
    neg("labelled %s with long digits" % lab.strip(),
        ("customer", "%s%s - %s" % (lab, val, pick("still hasn't arrived", "was charged twice", "please escalate", "any update?"))),
        ("agent", "Thanks, I've pulled up that record."))


def n_last_four():
    l4 = digits(4, False)
    t = R.choice(["card ending %s" % l4, "card ending in %s" % say_digits(l4, "words"),
                  "last four are %s" % l4, "ends %s" % say_digits(l4, "pairs"), "one ending ****%s" % l4,
                  "visa ending %s" % say_digits(l4, "words", 0, False)])
    neg("card last-four only, no full card in case",
        ("agent", "which card would you like to use?"),
        ("customer", fill() + "the " + t + pick("", " please", " yeah")),
        ("agent", pick("that's fine", "ok i can see that card")))


def n_money():
    amt = R.randint(10, 9999)
    p = R.randint(0, 99)
    t = R.choice(["your balance is £%d.%02d" % (amt, p), "you owe $%s.%02d" % ("{:,}".format(amt), p),
                  "the bill was %s pounds %s" % (hundred_words(str(amt)) if amt < 1000 else say_digits(str(amt), "pairs"), pair_words("%02d" % p) if p >= 10 else DW[p]),
                  "a refund of €%d.%02d" % (amt, p), "the outstanding amount is %d euro" % amt,
                  "it's %d.%02d a month for 24 months" % (R.randint(10, 80), p)])
    neg("amounts / balances", ("agent", t), ("customer", pick("that's a lot", "okay", "right, can i pay in instalments")))


def n_times():
    t = R.choice(["we're open 8am to 8pm monday to friday and nine till five on saturday",
                  "i was on hold for forty five minutes", "the engineer will come between 12:00 and 16:00",
                  "it's been 3 weeks and 2 days", "call back after half past four", "the flight leaves at 06:45",
                  "lines are open twenty four seven", "your appointment is at ten fifteen on the 14th"])
    neg("times / hours / durations", ("agent", t), ("customer", "okay thanks"))


def n_misc():
    t = R.choice([
        "i'm %d years old and i've been a customer since %d" % (R.randint(20, 90), R.randint(1985, 2020)),
        "the heating's set to 21 degrees but it's only reading 16",
        "the rate went up %d.%d percent" % (R.randint(1, 9), R.randint(0, 9)),
        "flight BA%d, seat %d%s, gate %d" % (R.randint(100, 2999), R.randint(1, 40), R.choice("ABCDEF"), R.randint(1, 60)),
        "we're in room %d at the hotel" % R.randint(100, 1999),
        "it's on the A%d near junction %d of the M%d" % (R.randint(1, 999), R.randint(1, 30), R.choice([1, 4, 5, 6, 25, 62])),
        "meter reading is %s" % say_digits(digits(5, False), "words"),
        "meter reading: %s" % digits(6, False),
        "the model number is KD-%d%s%d" % (R.randint(40, 85), R.choice("XWZ"), R.randint(80, 99)),
        "my contract ends on the %s of %s %d" % (ORD_WORDS[R.randint(1, 28)], R.choice(MONTHS), R.randint(2025, 2028)),
        "the payment is due on %02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027)),
        "i've called %d times about this" % R.randint(2, 15),
        "your appointment is tuesday the %s at %d" % (ordinal(R.randint(1, 28)), R.randint(1, 5)),
        "the router's serial is %s, the one on the sticker" % digits(14),
        "the pin for the voicemail is just the default, you set your own after",
        "there are %d items in the order and %d were missing" % (R.randint(3, 12), R.randint(1, 2)),
        "the temperature in the fridge said minus %d" % R.randint(2, 20),
        "my data usage is %d.%d gig out of %d" % (R.randint(1, 50), R.randint(0, 9), R.choice([30, 60, 100])),
    ])
    neg("non-PII numbers: %s" % t[:40], ("customer", t), ("agent", pick("i see", "understood", "okay let me check")))


def n_spoken_ref_doubles():
    v = digits(R.choice([8, 10, 12]))
    lab = R.choice(["reference", "case number", "confirmation number", "account reference on the bill", "invoice number", "ticket number"])
    c = new("negative", "%s spoken with doubles/triples like a card reading, split over turns" % lab)
    c.a("have you got the %s handy" % lab)
    c.c("yeah the %s is %s" % (lab, say_digits(v[:len(v) // 2], "words", 0.2)))
    c.a(ack())
    c.c(say_digits(v[len(v) // 2:], "words", 0.2))
    c.a("thanks, found the %s" % lab.split()[0])


def n_pii_words_no_value():
    t = R.choice([
        ("customer", "i don't have my national insurance number with me, can i use something else?"),
        ("agent", "please don't type your full card number in this chat, we'll send a secure link"),
        ("customer", "what's a sort code? is that the thing on the back of the card?"),
        ("agent", "i'll never ask for your social security number over email"),
        ("customer", "my date of birth is on the file already, i gave it last week"),
        ("customer", "the security code has rubbed off the back"),
        ("agent", "you'll need your IBAN and BIC, which are on your statement"),
        ("customer", "i changed my email address last month but the bills still go to the old one"),
        ("customer", "my card expired last month and the new one hasn't come"),
    ])
    neg("PII vocabulary but no value", t, ("agent" if t[0] == "customer" else "customer", pick("okay", "no problem", "right")))


def n_year_counts():
    y = R.randint(1990, 2026)
    neg("years and counts", ("customer", "i bought it in %s and it's broken %s times since" % (R.choice([str(y), say_year(y)]), R.choice(["three", "4", "five"]))),
        ("agent", "sorry to hear that, it's under the %d-year warranty" % R.choice([2, 3, 5])))


def n_date_not_dob():
    d = gen_dob().replace(year=R.randint(2024, 2027))
    neg("appointment/payment date (not DOB)",
        ("agent", "your next payment will be taken on %s" % dob_forms(d, R.random() < 0.5)),
        ("customer", "can we move it to the %s?" % ORD_WORDS[R.randint(1, 28)]))


def n_luhn_labelled_other():
    o = gen_card()
    lab = R.choice(["gift card voucher code", "loyalty number", "IMEI-style device ID", "membership number", "parcel ID"])
    if lab == "IMEI-style device ID":
        lab = "device serial"
    neg("Luhn-valid 15-19 digit %s, typed, explicitly labelled" % lab,
        ("customer", "%s: %s" % (lab, o)),
        ("agent", "Thanks, that %s is registered to the account." % lab))


for _ in range(14):
    n_order_like_card()
for _ in range(14):
    n_typed_ref()
for _ in range(14):
    n_last_four()
for _ in range(10):
    n_money()
for _ in range(8):
    n_times()
for _ in range(22):
    n_misc()
for _ in range(8):
    n_spoken_ref_doubles()
for _ in range(8):
    n_pii_words_no_value()
for _ in range(4):
    n_year_counts()
for _ in range(5):
    n_date_not_dob()
for _ in range(5):
    n_luhn_labelled_other()


# ================================================================ output ===
def render():
    lines = []
    counters = {"positive": 0, "negative": 0}
    for c in CASES:
        counters[c.kind] += 1
        cid = "h456-%s-%03d" % ("pos" if c.kind == "positive" else "neg", counters[c.kind])
        obj = {"id": cid, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def validate_value(typ, canon, mode, texts):
    """Check a labelled value (pieces of text) against its canonical form."""
    errs = []
    if typ in ("CARD_NUMBER", "SSN", "CVV", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        if typ == "PHONE":
            texts = [t.replace("(0)", " ") for t in texts]
        got = "".join(norm_digits(t) for t in texts)
        if typ == "PHONE" and got.startswith("00"):
            got = got[2:]   # 0044 ... international access prefix
        ok = {"CARD_NUMBER": lambda s: 13 <= len(s) <= 19 and luhn_ok(s),
              "SSN": ssn_ok, "CVV": lambda s: len(s) in (3, 4),
              "BANK_ACCOUNT": lambda s: 8 <= len(s) <= 12,
              "SORT_CODE": lambda s: len(s) == 6,
              "PHONE": lambda s: 10 <= len(s) <= 13}[typ]
        if mode == "misheard":
            if got != canon or not 13 <= len(canon) <= 19 or (typ == "CARD_NUMBER" and luhn_ok(canon)):
                errs.append("%s misheard %r -> %s vs %s" % (typ, texts, got, canon))
        elif mode == "full":
            if got != canon:
                errs.append("%s: %r normalises to %s, expected %s" % (typ, texts, got, canon))
            if not ok(canon):
                errs.append("%s: canonical %s invalid" % (typ, canon))
        elif got not in canon:
            errs.append("%s fragment %r (%s) not in %s" % (typ, texts, got, canon))
    elif typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        got = "".join(norm_alnum(t) for t in texts)
        c2 = canon.replace(" ", "").replace("-", "").upper()
        if mode == "full":
            if got != c2:
                errs.append("%s: %r normalises to %s, expected %s" % (typ, texts, got, c2))
            good = {"NI_NUMBER": ni_ok, "IBAN": iban_ok,
                    "POSTCODE": lambda s: bool(UK_PC_RE.fullmatch(s)) or bool(re.fullmatch(r"\d{5}(\d{4})?", s))}[typ](c2)
            if not good:
                errs.append("%s: canonical %s invalid" % (typ, c2))
        elif got not in c2:
            errs.append("%s fragment %r not in %s" % (typ, texts, c2))
    elif typ == "EMAIL":
        got = "".join(norm_email(t) for t in texts)
        if got != canon.lower() or not re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", got):
            errs.append("EMAIL %r -> %s vs %s" % (texts, got, canon))
    elif typ in ("DOB", "EXPIRY"):
        parts = [int(x) for x in canon.split("-")]
        y, m = parts[0], parts[1]
        datetime.date(y, m, parts[2] if len(parts) > 2 else 1)
        if typ == "DOB" and not (1900 < y < 2010):
            errs.append("DOB year implausible")
        if typ == "EXPIRY" and not (2024 <= y <= 2035):
            errs.append("EXPIRY year implausible")
        if not date_ok(" ".join(texts), y, m):
            errs.append("%s text %r does not express %s" % (typ, texts, canon))
    elif typ == "ADDRESS":
        t = " ".join(texts)
        if not (re.search(r"\d", t) or re.match(r"(flat )?[a-z]+", t.lower())):
            errs.append("ADDRESS without number")
        if not any(s.lower() in t.lower().split() for s in STREET_SUFFIX):
            errs.append("ADDRESS without street word: %r" % t)
        if t.lower() != canon.lower() and not re.search(r"\d", t):
            # spoken: check number words normalise
            pass
    return errs


def check(text):
    errs = []
    on_disk = open(OUT, encoding="utf-8").read()
    if on_disk != text:
        errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for line, c in zip(on_disk.splitlines(), CASES):
        obj = json.loads(line)
        if obj["id"] in ids:
            errs.append("duplicate id " + obj["id"])
        ids.add(obj["id"])
        if obj["kind"] == "negative":
            nneg += 1
            if obj["spans"]:
                errs.append(obj["id"] + ": negative with spans")
        else:
            npos += 1
            if not obj["spans"]:
                errs.append(obj["id"] + ": positive without spans")
        for t in obj["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(obj["id"] + ": bad speaker")
        by_turn = {}
        for s in obj["spans"]:
            if s["type"] not in TYPES:
                errs.append(obj["id"] + ": bad type")
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(obj["turns"])):
                errs.append(obj["id"] + ": turn out of range")
                continue
            tx = obj["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append(obj["id"] + ": offsets out of range")
                continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (obj["id"], tx[a:b]))
            if not (tx[a].isalnum() or tx[a] == "+") or not tx[b - 1].isalnum():
                errs.append("%s: span %r has untrimmed edge" % (obj["id"], tx[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(obj["id"] + ": overlapping spans")
        for key, (typ, canon, mode) in c.meta.items():
            pcs = c.pieces.get(key)
            if not pcs:
                errs.append(obj["id"] + ": value %s never emitted" % key)
                continue
            try:
                for e in validate_value(typ, canon, mode, pcs):
                    errs.append(obj["id"] + ": " + e)
            except (Bad, ValueError, KeyError) as ex:
                errs.append("%s: %s %r: %s" % (obj["id"], typ, pcs, ex))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, k in need.items():
        if counts[t] < k:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], k))
    return errs, counts, npos, nneg


def main():
    text = render()
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(text)
        for e in errs[:200]:
            print("ERROR", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        print(" ".join("%s=%d" % kv for kv in counts.items()))
        if errs:
            print("CHECK FAILED (%d problems)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout396 held-out PII evaluation set.

Standard library only. Usage:
    python scripts/make_pii_holdout396.py          # write cases.jsonl
    python scripts/make_pii_holdout396.py --check  # regenerate + verify
"""
import json
import os
import re
import sys
import random
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout396", "cases.jsonl")
R = random.Random(396241125)

# ---------------------------------------------------------------- values
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


def make_card():
    pre, ln = R.choice([("4", 16), ("4", 16), ("51", 16), ("55", 16), ("2221", 16),
                        ("34", 15), ("37", 15), ("6011", 16), ("4", 13), ("4", 19),
                        ("35", 16), ("6759", 19)])
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "ES": 24, "FR": 27}


def iban_ok(s):
    s = s.upper()
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def make_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "NL", "ES"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    elif cc == "DE":
        bban = dg(18)
    else:
        bban = dg(20)
    t = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in t)) % 97
    return cc + "%02d" % chk + bban


def make_uk_postcode():
    area = R.choice(["SW", "E", "N", "M", "B", "LS", "G", "EH", "CF", "BT", "W", "NW", "SE", "L", "BS"])
    pat = R.choice(["n", "nn", "nL"]) if len(area) <= 2 else "n"
    out = area
    for p in pat:
        out += str(R.randint(1, 9)) if p == "n" else R.choice("ABEHMNPRVWXY")
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return out + inward


UKPC = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$")
ZIP = re.compile(r"^[0-9]{5}([0-9]{4})?$")

# ---------------------------------------------------------------- speech
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
HOMO = {"0": ["oh", "o", "zero", "nought", "oh", "owe"], "1": ["one", "one", "won"],
        "2": ["two", "two", "to", "too"], "3": ["three", "three", "tree"],
        "4": ["four", "four", "for", "fore"], "5": ["five"], "6": ["six", "sicks"],
        "7": ["seven"], "8": ["eight", "eight", "ate"], "9": ["nine", "nine", "niner"]}
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILL = ["um", "uh", "er", "erm", "hmm"]


def dword(d, plain=False):
    return UNITS[int(d)] if plain else R.choice(HOMO[d])


def pair_words(p):
    a, b = p
    if a == "0":
        return dword(a) + " " + dword(b)
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + UNITS[int(b)])


def hundred_words(g):
    a, b, c = g
    s = UNITS[int(a)] + " hundred"
    if b == "0" and c == "0":
        return s
    if b == "0":
        return s + " and " + UNITS[int(c)]
    return s + " and " + pair_words(b + c)


def say_group(g, mode):
    """mode: digits | words | pairs | mixed"""
    if mode == "digits":
        return g
    if mode == "pairs" and len(g) == 2 and g[0] != "0":
        return pair_words(g)
    if mode == "pairs" and len(g) == 3 and g[0] != "0" and R.random() < 0.5:
        return hundred_words(g)
    if mode == "pairs" and len(g) == 4 and g[0] != "0" and g[2] != "0" and R.random() < 0.7:
        return pair_words(g[:2]) + " " + pair_words(g[2:])
    out = []
    i = 0
    while i < len(g):
        d = g[i]
        if mode == "mixed" and R.random() < 0.3:
            out.append(d)
            i += 1
            continue
        if i + 2 < len(g) and g[i + 1] == d and g[i + 2] == d and R.random() < 0.6:
            out.append("triple " + dword(d))
            i += 3
        elif i + 1 < len(g) and g[i + 1] == d and R.random() < 0.7:
            out.append("double " + dword(d))
            i += 2
        else:
            out.append(dword(d))
            i += 1
    if len(out) >= 2 and R.random() < 0.15 and all(w in UNITS for w in out[:2]):
        out[0:2] = [out[0] + out[1]]  # run together by the recogniser
    return " ".join(out)


def say_digits(s, groups=None, mode=None, filler=0.25):
    if groups is None:
        groups = [len(s)]
    parts, i = [], 0
    for n in groups:
        parts.append(s[i:i + n])
        i += n
    words = []
    for k, g in enumerate(parts):
        m = mode or R.choice(["words", "words", "pairs", "mixed"])
        words.append(say_group(g, m))
        if k < len(parts) - 1 and R.random() < filler:
            words.append(R.choice(FILL))
    return " ".join(words)


NATO = {c: w for c, w in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike "
        "november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split())}
ALTFOR = {"B": ["bertie", "bob"], "S": ["sugar", "sam"], "P": ["peter", "papa"], "M": ["mother", "mike"],
          "T": ["tommy", "tango"], "N": ["nancy", "norway"], "H": ["harry", "hotel"], "C": ["charlie", "cat"]}
LNAME = {"A": ["a", "ay", "hey"], "B": ["b", "bee", "be"], "C": ["c", "see", "sea"], "D": ["d", "dee"],
         "E": ["e", "ee"], "F": ["f", "eff"], "G": ["g", "gee"], "H": ["h", "aitch", "haitch", "age"],
         "I": ["i", "eye"], "J": ["j", "jay"], "K": ["k", "kay"], "L": ["l", "el", "elle"],
         "M": ["m", "em"], "N": ["n", "en"], "O": ["o", "oh"], "P": ["p", "pee", "pea"],
         "Q": ["q", "queue", "cue"], "R": ["r", "are", "ar"], "S": ["s", "ess"], "T": ["t", "tee", "tea"],
         "U": ["u", "you"], "V": ["v", "vee"], "W": ["w", "double you"], "X": ["x", "ex"],
         "Y": ["y", "why"], "Z": ["z", "zed", "zee"]}


def say_letter(c, style=None):
    style = style or R.choice(["name", "name", "nato", "for"])
    if style == "nato":
        return NATO[c]
    if style == "for":
        w = R.choice(ALTFOR.get(c, [NATO[c]]))
        return R.choice(LNAME[c][:2]) + " for " + w
    return R.choice(LNAME[c])


def say_alnum(s, letter_style=None):
    out, digs = [], ""
    for ch in s:
        if ch.isdigit():
            digs += ch
            continue
        if digs:
            out.append(say_digits(digs, mode=R.choice(["words", "pairs", "mixed"]), filler=0))
            digs = ""
        out.append(say_letter(ch, letter_style))
    if digs:
        out.append(say_digits(digs, mode=R.choice(["words", "pairs", "mixed"]), filler=0))
    return " ".join(out)


def chunk(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------- spoken normaliser (for --check)
WORD_D = {}
for _d, _ws in HOMO.items():
    for _w in _ws:
        WORD_D.setdefault(_w, set()).add(_d)
for _i, _w in enumerate(UNITS):
    WORD_D.setdefault(_w, set()).add(str(_i))
WORD_D.setdefault("nil", set()).add("0")
LET_W = {}
for _c, _ws in LNAME.items():
    for _w in _ws:
        if " " not in _w:
            LET_W.setdefault(_w, set()).add(_c)
for _c, _w in NATO.items():
    LET_W.setdefault(_w, set()).add(_c)
SKIP = set(FILL) | {"dash", "hyphen", "space", "ah", "sorry", "like", "then", "and"}


def _split_run(tok):
    """words run together, e.g. 'fourtwo' -> ['four','two']"""
    res = [[tok]] if tok in WORD_D else []
    for k in range(2, len(tok)):
        a = tok[:k]
        if a in WORD_D:
            for rest in _split_run(tok[k:]):
                res.append([a] + rest)
    return res


def expansions(text, limit=40):
    toks = re.findall(r"[a-z0-9]+|\+|@|\.|_", text.lower())
    memo = {}

    def go(i):
        if i == len(toks):
            return {""}
        if i in memo:
            return memo[i]
        t = toks[i]
        res = set()

        def add(prefix, j):
            for s in go(j):
                if len(prefix) + len(s) <= limit:
                    res.add(prefix + s)

        if t in SKIP:
            add("", i + 1)
        if t.isdigit() or (t.isalnum() and re.search(r"\d", t)):
            add(t.upper(), i + 1)
        if len(t) == 1 and t.isalpha():
            add(t.upper(), i + 1)
        if t in ("+", "plus"):
            add("+", i + 1)
        for d in WORD_D.get(t, ()):
            add(d, i + 1)
        for c in LET_W.get(t, ()):
            add(c, i + 1)
            if i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2][0].upper() == c:
                add(c, i + 3)
        if t == "double" and i + 1 < len(toks):
            if toks[i + 1] in ("you", "u"):
                add("W", i + 2)
            for d in WORD_D.get(toks[i + 1], ()):
                add(d * 2, i + 2)
        if t == "triple" and i + 1 < len(toks):
            for d in WORD_D.get(toks[i + 1], ()):
                add(d * 3, i + 2)
        if t in TEENS:
            add(str(10 + TEENS.index(t)), i + 1)
        if t in TENS and t:
            tv = TENS.index(t)
            add(str(tv) + "0", i + 1)
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                add(str(tv) + str(UNITS.index(toks[i + 1])), i + 2)
        if t in UNITS[1:] and i + 1 < len(toks) and toks[i + 1] == "hundred":
            h = str(UNITS.index(t))
            add(h + "00", i + 2)
            if i + 3 < len(toks) and toks[i + 2] == "and":
                u = toks[i + 3]
                if u in UNITS[1:]:
                    add(h + "0" + str(UNITS.index(u)), i + 4)
                if u in TEENS:
                    add(h + str(10 + TEENS.index(u)), i + 4)
                if u in TENS and u:
                    add(h + str(TENS.index(u)) + "0", i + 4)
                    if i + 4 < len(toks) and toks[i + 4] in UNITS[1:]:
                        add(h + str(TENS.index(u)) + str(UNITS.index(toks[i + 4])), i + 5)
        if t not in WORD_D and t.isalpha():
            for parts in _split_run(t):
                if len(parts) > 1:
                    pre = "".join(sorted(WORD_D[p])[0] for p in parts)
                    add(pre, i + 1)
        memo[i] = res
        return res

    return go(0)


def norm_email(text):
    t = text.lower()
    t = re.sub(r"\s+(dot|period)\s+", ".", t)
    t = re.sub(r"\s+(at)\s+", "@", t)
    t = re.sub(r"\s+underscore\s+", "_", t)
    t = re.sub(r"\s+(dash|hyphen)\s+", "-", t)
    return re.sub(r"\s+", "", t)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def validate_full(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return (v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
                and v[3:5] != "00" and v[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(re.match(r"^[%s][%s][0-9]{6}[A-D]$" % (NI_FIRST, NI_SECOND), v)) and v[:2] not in NI_BAD
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        d = v.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 15 and (v.startswith("+") or v.startswith("0")
                                                        or len(d) == 10)
    if typ == "POSTCODE":
        return bool(UKPC.match(v) or ZIP.match(v))
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(v))
    raise ValueError(typ)


def check_loose(typ, text):
    t = text.lower()
    if typ in ("DOB", "EXPIRY"):
        return bool(re.search(r"\d", t) or any(m in t for m in MONTHS) or any(
            w in t.split() for w in UNITS + TEENS + TENS[2:] + ["oh", "nought", "o"]))
    if typ == "ADDRESS":
        return bool(re.match(r"^(flat|apartment|apt|unit|\d|[a-z]+ )", t)) and bool(
            re.search(r"\b(road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|"
                      r"terrace|place|court|boulevard|blvd|gardens|grove|hill|park|row)\b", t))
    raise ValueError(typ)


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns, self.spans, self.meta = kind, note, [], [], []

    def t(self, speaker, *parts):
        """parts: plain str, or tuple (TYPE, text, canon_piece, group)"""
        text, idx = "", len(self.turns)
        for p in parts:
            if isinstance(p, str):
                text += p
            else:
                typ, val, canon, grp = (tuple(p) + (None, None))[:4]
                s = len(text)
                text += val
                self.spans.append({"turn": idx, "start": s, "end": len(text), "type": typ})
                self.meta.append((canon, grp))
        self.turns.append({"speaker": speaker, "text": text})
        return self


def V(typ, text, canon=None, grp=None):
    return (typ, text, canon, grp)


def asr(s):
    return s.lower()


FIRST = ["james", "sarah", "priya", "tom", "aoife", "liam", "maria", "chen", "fatima", "oliver",
         "grace", "dmitri", "niamh", "kwame", "lucy", "ahmed", "jo", "sean", "isabel", "raj"]
LAST = ["smith", "obrien", "patel", "kowalski", "nguyen", "murphy", "jones", "garcia", "mueller",
        "okafor", "walsh", "brown", "dubois", "rossi", "hughes", "khan"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "btinternet.com", "eircom.net",
           "icloud.com", "proton.me", "web.de", "sky.com"]
STREETS = ["Acacia Avenue", "Mill Lane", "Station Road", "Church Street", "Victoria Road", "Elm Close",
           "Park Drive", "Kings Way", "Oak Crescent", "Harbour Terrace", "Maple Court", "Main Street",
           "Willow Grove", "Queens Place", "Sycamore Drive", "Bridge Street"]
TOWNS = ["Leeds", "Cardiff", "Glasgow", "Belfast", "Bristol", "Manchester", "Dublin", "Birmingham"]
US_TOWNS = ["Austin", "Columbus", "Denver", "Tampa", "Portland", "Raleigh"]
INDUSTRY = ["bank", "telecom", "energy supplier", "retailer", "insurer", "airline", "hospital billing",
            "council", "water company", "broadband provider", "tax office", "car insurer"]
BACK = ["mhm", "go on", "yep", "okay", "right", "uh huh", "yes", "got that", "and the rest"]


def pick(xs):
    return R.choice(xs)


def greet_agent(asr_mode):
    g = pick(["thanks for calling %s how can i help", "you're through to the %s team what can i do for you",
              "hello %s customer services", "hi there this is the %s helpdesk"]) % pick(INDUSTRY)
    return g if asr_mode else g.capitalize() + "."


# ---- date renderers
def say_date(d, m, y, asr_mode, kind="dob"):
    if asr_mode:
        ordn = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
                "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
                "twenty eighth"]
        ys = str(y)
        yw = pick([pair_words(ys[:2]) + " " + (pair_words(ys[2:]) if ys[2] != "0" else "oh " + UNITS[int(ys[3])]),
                   ys, "nineteen " + ys[2:] if ys.startswith("19") else ys])
        if ys.startswith("20") and R.random() < 0.5:
            yw = "two thousand and " + (UNITS[int(ys[3])] if ys[2] == "0" else pair_words(ys[2:]))
        st = R.randint(0, 3)
        if st == 0:
            return "the %s of %s %s" % (ordn[d - 1], MONTHS[m - 1], yw)
        if st == 1:
            return "%s %s %s" % (MONTHS[m - 1], ordn[d - 1], yw)
        if st == 2:
            return "%s %s %s" % (say_digits("%02d" % d, mode="words", filler=0),
                                 say_digits("%02d" % m, mode="words", filler=0), yw)
        return "%d %s %s" % (d, MONTHS[m - 1], yw)
    st = R.randint(0, 4)
    if st == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if st == 1:
        return "%d-%02d-%02d" % (y, m, d)
    if st == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize()[:3], y)
    if st == 3:
        return "%02d.%02d.%02d" % (d, m, y % 100)
    return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)


def say_expiry(m, y, asr_mode):
    if asr_mode:
        return pick(["%s %s" % (say_digits("%02d" % m, mode="words", filler=0), pair_words("%02d" % y)
                                if y >= 10 else "oh " + UNITS[y]),
                     "%s twenty %s" % (MONTHS[m - 1], pair_words("%02d" % y)),
                     "%s slash %s" % (say_digits("%02d" % m, mode="words", filler=0), pair_words("%02d" % y)),
                     "%s of %s" % (MONTHS[m - 1], "20%02d" % y)])
    return pick(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y),
                 "%02d %02d" % (m, y)])


# ================================================================= positive templates
def split_pieces(s, k):
    """split string s into k non-empty canonical pieces"""
    cuts = sorted(R.sample(range(1, len(s)), k - 1))
    out, prev = [], 0
    for c in cuts + [len(s)]:
        out.append(s[prev:c])
        prev = c
    return out


def card_spoken_pieces(card, k):
    # prefer group-of-4 boundaries
    if len(card) == 16 and k in (2, 4):
        n = 16 // k
        return [card[i:i + n] for i in range(0, 16, n)]
    return split_pieces(card, k)


def pos_card(n):
    c = Case("positive", "")
    card = make_card()
    asr_mode = n % 3 != 0
    grp = "card"
    if not asr_mode:
        style = R.randint(0, 4)
        if style == 0:
            txt = chunk(card, [4, 4, 4, 4, 3])
        elif style == 1:
            txt = chunk(card, [4, 4, 4, 4, 3], "-")
        elif style == 2:
            txt = card
        elif style == 3:
            txt = chunk(card, [4, 6, 5, 4]) if len(card) == 15 else chunk(card, [2, 5, 3, 6, 3])
        else:
            txt = chunk(card, [4, 4, 4, 4, 3], ".")
        lead = pick(["card no: ", "Card number ", "my card is ", "cc# ", "CARD NO ", "heres the long number ",
                     "pls charge ", "its "])
        c.t("agent", greet_agent(False))
        c.t("customer", pick(["Hi, need to pay my bill. ", "hello, ", "Hiya - ", ""]), lead,
            V("CARD_NUMBER", txt, card, grp), pick([" thanks", ".", "", " cheers"]))
        c.note = "typed chat card number, grouping style %d" % style
        if R.random() < 0.6:
            m, y = R.randint(1, 12), R.randint(25, 31)
            cv = "".join(R.choice("0123456789") for _ in range(4 if card[:2] in ("34", "37") else 3))
            c.t("agent", "Thanks. Expiry and security code please?")
            c.t("customer", pick(["exp ", "expires ", "Exp: "]), V("EXPIRY", say_expiry(m, y, False)),
                pick([" cvv ", " and the code is ", ", sec code "]), V("CVV", cv, cv))
            c.note += " + expiry + cvv"
        return c
    # ASR
    c.t("agent", greet_agent(True))
    mode = R.randint(0, 3)
    if len(card) == 16:
        groups = [4, 4, 4, 4]
    elif len(card) == 15:
        groups = [4, 6, 5]
    elif len(card) == 13:
        groups = [4, 3, 3, 3]
    else:
        groups = [4, 4, 4, 4, 3]
    if mode == 0:
        c.t("customer", pick(["yeah i want to pay with card ", "can i pay now ", "i'll pay by debit card "]),
            pick(["the number is ", "it's ", "okay so it's ", "right it's "]),
            V("CARD_NUMBER", say_digits(card, groups), card, grp))
        c.note = "asr card in one turn"
    elif mode == 1:
        k = pick([2, 3, 4])
        pieces = card_spoken_pieces(card, k)
        c.t("agent", "go ahead with the long number on the front")
        for i, p in enumerate(pieces):
            c.t("customer", pick(["", "", "um ", "then "]) if i else pick(["okay ", "it's ", ""]),
                V("CARD_NUMBER", say_digits(p, [len(p)]), p, grp))
            if i < len(pieces) - 1:
                c.t("agent", pick(BACK))
        c.note = "asr card split over %d customer turns with back-channels" % k
    elif mode == 2:
        a, b = card[:len(card) // 2], card[len(card) // 2:]
        wrong = b[:-1] + str((int(b[-1]) + 3) % 10)
        c.t("customer", "it's ", V("CARD_NUMBER", say_digits(a, [4, len(a) - 4]), a, "partial"), " ",
            pick(["sorry hang on", "no wait", "hold on let me start that again"]))
        c.t("customer", "right from the top ", V("CARD_NUMBER", say_digits(card, groups), card, grp + "2"))
        c.note = "asr card restarted after partial reading"
        _ = wrong
    else:
        pieces = [card[:8], card[8:]]
        c.t("customer", "okay ", V("CARD_NUMBER", say_digits(pieces[0], [4, 4]), pieces[0], grp), " ",
            pick(["sorry the dog's barking", "one second my glasses", "hang on the light's bad in here"]),
            " ", V("CARD_NUMBER", say_digits(pieces[1], [4, len(pieces[1]) - 4]), pieces[1], grp))
        c.note = "asr card with aside in the middle of the reading"
    if R.random() < 0.6:
        c.t("agent", "let me read that back ", V("CARD_NUMBER", say_digits(card, groups, mode="words", filler=0),
                                                  card, "rb"), " is that right")
        c.t("customer", pick(["yes", "yeah that's it", "correct"]))
        c.note += " + agent read-back"
    if R.random() < 0.5:
        m, y = R.randint(1, 12), R.randint(25, 31)
        c.t("agent", "and the expiry date")
        c.t("customer", pick(["it's ", "expires ", "um "]), V("EXPIRY", say_expiry(m, y, True)))
        if R.random() < 0.7:
            cv = "".join(R.choice("0123456789") for _ in range(4 if card[:2] in ("34", "37") else 3))
            c.t("agent", "and the three digits on the back")
            c.t("customer", V("CVV", say_digits(cv, mode=pick(["words", "mixed"]), filler=0), cv))
            c.note += " + cvv"
        c.note += " + expiry"
    return c


def pos_ssn(n):
    c = Case("positive", "")
    s = make_ssn()
    asr_mode = n % 4 != 0
    if not asr_mode:
        txt = pick([chunk(s, [3, 2, 4], "-"), s, chunk(s, [3, 2, 4]), chunk(s, [3, 2, 4], ".")])
        c.t("agent", pick(["To verify, what's your social?", "Please confirm your SSN.",
                           "Can I get the last name and social security number?"]))
        c.t("customer", pick(["SSN: ", "ssn is ", "Sure, ", "Social sec # "]), V("SSN", txt, s),
            pick(["", " - thx", ". Lives in %s" % pick(US_TOWNS)]))
        c.note = "typed US SSN"
    else:
        c.t("agent", pick(["and for security can i take your social security number",
                           "i just need your social to pull up the account",
                           "could you verify the last nine sorry your full social"]))
        m = R.randint(0, 2)
        if m == 0:
            c.t("customer", pick(["sure it's ", "yeah ", "okay um "]),
                V("SSN", say_digits(s, [3, 2, 4]), s))
            c.note = "asr SSN one turn"
        elif m == 1:
            p = [s[:3], s[3:5], s[5:]]
            for i, x in enumerate(p):
                c.t("customer", V("SSN", say_digits(x, mode=pick(["words", "pairs", "mixed"])), x, "g"))
                if i < 2:
                    c.t("agent", pick(BACK))
            c.note = "asr SSN split in three turns"
        else:
            c.t("customer", "it's ", V("SSN", s[:3] + " " + say_digits(s[3:], [2, 4], mode="words"), s),
                " i think yeah")
            c.note = "asr SSN part digits part words"
        if R.random() < 0.5:
            c.t("agent", "so that's ", V("SSN", say_digits(s, [3, 2, 4], mode="words", filler=0), s, "rb"))
            c.t("customer", "that's right")
            c.note += " + read-back"
    if R.random() < 0.3:
        y, mo, d = R.randint(1940, 2002), R.randint(1, 12), R.randint(1, 28)
        c.t("agent", "and date of birth" if asr_mode else "And DOB?")
        c.t("customer", V("DOB", say_date(d, mo, y, asr_mode)))
        c.note += " + DOB"
    return c


def pos_ni(n):
    c = Case("positive", "")
    v = make_ni()
    asr_mode = n % 4 != 0
    if not asr_mode:
        txt = pick([v, v.lower(), chunk(v, [2, 2, 2, 2, 1]), chunk(v, [2, 6, 1]), chunk(v.lower(), [2, 2, 2, 2, 1])])
        c.t("agent", "Could you confirm your National Insurance number?")
        c.t("customer", pick(["NI no: ", "NINO ", "my ni number is ", "its ", ""]), V("NI_NUMBER", txt, v),
            pick(["", " thanks", " (on my payslip)"]))
        c.note = "typed NI number"
    else:
        c.t("agent", pick(["can i take your national insurance number please",
                           "for the benefits claim i need your n i number"]))
        m = R.randint(0, 2)
        if m == 0:
            c.t("customer", pick(["yeah it's ", "okay ", "right "]),
                V("NI_NUMBER", say_alnum(v), v))
            c.note = "asr NI one turn, letter names/NATO"
        elif m == 1:
            a, b, cc = v[:2], v[2:8], v[8]
            c.t("customer", V("NI_NUMBER", say_letter(a[0], "name") + " " + say_letter(a[1], "for"), a, "g"))
            c.t("agent", pick(BACK))
            c.t("customer", V("NI_NUMBER", say_digits(b, [2, 2, 2], mode=pick(["pairs", "words", "mixed"])), b, "g"))
            c.t("agent", pick(["and the letter at the end", "and the last letter"]))
            c.t("customer", pick(["", "it's "]), V("NI_NUMBER", say_letter(cc), cc, "g"))
            c.note = "asr NI split across turns, misheard letter names"
        else:
            c.t("customer", "it's ", V("NI_NUMBER", say_alnum(v[:2], "name") + " " + v[2:8] + " " +
                                       say_letter(v[8], "name"), v), " " + pick(["i believe", "off my p60"]))
            c.note = "asr NI partly digits partly words"
        if R.random() < 0.45:
            c.t("agent", "thank you so that's ", V("NI_NUMBER", say_alnum(v, "nato"), v, "rb"))
            c.note += " + NATO read-back"
    return c


def pos_bank(n):
    c = Case("positive", "")
    asr_mode = n % 2 == 0
    sc = "".join(R.choice("0123456789") for _ in range(6))
    acct = "".join(R.choice("0123456789") for _ in range(8))
    if not asr_mode:
        c.t("agent", "Please provide the account details for the refund.")
        c.t("customer", pick(["acct no: ", "Account number ", "A/C ", "acc "]), V("BANK_ACCOUNT", acct, acct),
            pick([", sort code ", " s/c ", " SC: "]),
            V("SORT_CODE", pick([chunk(sc, [2, 2, 2], "-"), sc, chunk(sc, [2, 2, 2])]), sc))
        c.note = "typed UK account + sort code"
    else:
        c.t("agent", "what's the sort code for the account you want to pay from")
        c.t("customer", V("SORT_CODE", say_digits(sc, [2, 2, 2], mode=pick(["pairs", "words", "mixed"])), sc))
        c.t("agent", pick(["and the account number", "lovely and the eight digit account number"]))
        if R.random() < 0.5:
            c.t("customer", V("BANK_ACCOUNT", say_digits(acct[:4]), acct[:4], "a"))
            c.t("agent", pick(BACK))
            c.t("customer", V("BANK_ACCOUNT", say_digits(acct[4:]), acct[4:], "a"))
            c.note = "asr sort code + account split over turns"
        else:
            c.t("customer", V("BANK_ACCOUNT", say_digits(acct, [4, 4]), acct))
            c.note = "asr sort code + account"
        if R.random() < 0.4:
            c.t("agent", "reading back sort code ", V("SORT_CODE", say_digits(sc, [2, 2, 2], mode="words", filler=0), sc,
                                                     "rb"), " account ", V("BANK_ACCOUNT", acct, acct, "rb2"))
            c.note += " + read-back"
    if n % 5 == 1:
        us = "".join(R.choice("0123456789") for _ in range(R.randint(10, 12)))
        c.t("customer", "oh and my US checking acct is ", V("BANK_ACCOUNT", us, us))
        c.note += " + US checking account"
    return c


def pos_iban(n):
    c = Case("positive", "")
    v = make_iban()
    asr_mode = n % 2 == 1
    if not asr_mode:
        txt = pick([chunk(v, [4] * 7), v, v.lower(), chunk(v, [4] * 7).lower()])
        c.t("agent", "Which IBAN should we send the refund to?")
        c.t("customer", pick(["IBAN: ", "iban ", "its ", "Pls use "]), V("IBAN", txt, v),
            pick(["", " (%s)" % pick(["AIB", "Revolut", "Sparkasse", "ING"])]))
        c.note = "typed IBAN " + v[:2]
    else:
        c.t("agent", "can you read me the iban")
        half = 8
        c.t("customer", V("IBAN", say_alnum(v[:half], pick(["name", "nato"])), v[:half], "g"))
        c.t("agent", pick(BACK))
        c.t("customer", V("IBAN", say_digits(v[half:], mode=pick(["words", "mixed"]))
                          if v[half:].isdigit() else say_alnum(v[half:]), v[half:], "g"))
        c.note = "asr IBAN %s in two turns" % v[:2]
    return c


def phone_val():
    k = R.randint(0, 4)
    if k == 0:
        return "07" + "".join(R.choice("0123456789") for _ in range(9)), "uk"
    if k == 1:
        return "+447" + "".join(R.choice("0123456789") for _ in range(9)), "ukint"
    if k == 2:
        return "".join([str(R.randint(2, 9))] + [R.choice("0123456789") for _ in range(9)]), "us"
    if k == 3:
        return "+353" + "8" + "".join(R.choice("0123456789") for _ in range(8)), "ie"
    return "+1" + str(R.randint(2, 9)) + "".join(R.choice("0123456789") for _ in range(9)), "usint"


def pos_phone(n):
    c = Case("positive", "")
    v, kind = phone_val()
    asr_mode = n % 2 == 0
    if not asr_mode:
        if kind == "uk":
            txt = pick([chunk(v, [5, 3, 3]), v, chunk(v, [5, 6])])
        elif kind == "us":
            txt = pick(["%s) %s-%s" % (v[:3], v[3:6], v[6:]), chunk(v, [3, 3, 4], "-"), chunk(v, [3, 3, 4], ".")])
        elif kind == "usint":
            txt = "+1 " + chunk(v[2:], [3, 3, 4], "-")
        else:
            txt = pick([v, v[:3] + " " + chunk(v[3:], [2, 3, 3, 4] if kind == "ie" else [4, 3, 3])])
        c.t("agent", "What's the best number to reach you on?")
        c.t("customer", pick(["mob: ", "Tel ", "call me on ", "my number's ", "ph "]) + ("(" if txt[3] == ")" else ""),
            V("PHONE", txt, v),
            pick(["", " after 6pm", " anytime"]))
        c.note = "typed phone " + kind
    else:
        c.t("agent", "and a contact number in case we get cut off")
        d = v.lstrip("+")
        if v.startswith("+"):
            cc = {"ukint": "44", "ie": "353", "usint": "1"}[kind]
            spoken = "plus " + say_digits(cc, mode="words", filler=0) + " " + say_digits(d[len(cc):])
        else:
            spoken = say_digits(v, [5, 3, 3] if kind == "uk" else [3, 3, 4])
        if R.random() < 0.4:
            ws = spoken.split(" ")
            cut = len(ws) // 2
            p1 = " ".join(ws[:cut])
            while p1.split(" ")[-1] in ("double", "triple", "hundred", "and") or p1.split(" ")[-1] in TENS:
                cut += 1
                p1 = " ".join(ws[:cut])
            p2 = " ".join(ws[cut:])
            e2 = expansions(p2)
            c1 = sorted(e for e in expansions(p1) if v.startswith(e) and v[len(e):] in e2)
            c.t("customer", V("PHONE", p1, c1[-1] if c1 else None, "g"))
            c.t("agent", pick(BACK))
            c.t("customer", V("PHONE", p2, v[len(c1[-1]):] if c1 else None, "g"))
            c.note = "asr phone split over turns " + kind
        else:
            c.t("customer", pick(["it's ", "yeah ", ""]), V("PHONE", spoken, v))
            c.note = "asr phone " + kind
    return c


def pos_email(n):
    c = Case("positive", "")
    f, l = pick(FIRST), pick(LAST)
    user = pick([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0]])
    dom = pick(DOMAINS)
    v = user + "@" + dom
    if n % 2 == 0:
        txt = pick([v, v.upper() if R.random() < 0.3 else v.capitalize(), v])
        c.t("agent", "Can you confirm the email on the account?")
        c.t("customer", pick(["email: ", "its ", "e-mail is ", "use "]), V("EMAIL", txt, v))
        c.note = "typed email"
    else:
        u = user.replace(".", " dot ").replace("_", " underscore ")
        u = re.sub(r"(\d+)", lambda m: " " + m.group(1) + " ", u)
        u = re.sub(r"\s+", " ", u).strip()
        sp = u + " at " + dom.replace(".", " dot ")
        c.t("agent", "and what email address should the confirmation go to")
        c.t("customer", pick(["it's ", "yeah it's ", ""]), V("EMAIL", sp, v),
            pick(["", " all one word", " that's with a " + f[0] + " for " + NATO[f[0].upper()]]))
        c.note = "asr spoken email"
    return c


def pos_dob(n):
    c = Case("positive", "")
    y, mo, d = R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)
    asr_mode = n % 3 != 0
    c.t("agent", "Can I take your date of birth?" if not asr_mode else
        pick(["and your date of birth please", "can you confirm your dob for me"]))
    c.t("customer", pick(["", "it's ", "yeah ", "DOB " if not asr_mode else "um "]),
        V("DOB", say_date(d, mo, y, asr_mode)),
        pick(["", " and i'm on the second floor flat" if asr_mode else "", " i'm " + str(2025 - y) + " now"]))
    c.note = "DOB " + ("asr" if asr_mode else "typed")
    if asr_mode and R.random() < 0.4:
        c.t("agent", "so that's ", V("DOB", say_date(d, mo, y, True)), " yes")
        c.note += " + read-back"
    return c


def pos_addr(n):
    c = Case("positive", "")
    asr_mode = n % 2 == 0
    uk = n % 3 != 0
    no = R.randint(1, 240)
    st = pick(STREETS)
    if uk:
        pc = make_uk_postcode()
        town = pick(TOWNS)
    else:
        pc = "".join(R.choice("0123456789") for _ in range(5))
        town = pick(US_TOWNS)
        st = st.replace("Close", "Blvd").replace("Crescent", "Avenue")
    flat = R.random() < 0.3
    if not asr_mode:
        addr = ("Flat %d, " % R.randint(1, 30) if flat else "") + "%d %s" % (no, pick([st, st.lower()]))
        pct = pc if not uk else pick([pc[:-3] + " " + pc[-3:], pc, pc.lower(), pc[:-3] + " " + pc[-3:].lower()])
        c.t("agent", "What's the delivery address?")
        c.t("customer", V("ADDRESS", addr), ", %s, " % town, V("POSTCODE", pct, pc))
        c.note = "typed address + %s" % ("UK postcode" if uk else "ZIP")
    else:
        addr = ("flat %s " % say_digits(str(R.randint(1, 30)), mode="pairs", filler=0) if flat else "") + \
               "%s %s" % (pick([str(no), say_digits(str(no), mode="pairs", filler=0)]), st.lower())
        c.t("agent", "can i confirm the first line of the address and the postcode")
        c.t("customer", pick(["yeah it's ", "", "so it's "]), V("ADDRESS", addr), " in %s" % town.lower())
        c.t("agent", pick(["and the postcode", "and postcode", "zip code"]))
        if uk:
            if R.random() < 0.5:
                c.t("customer", V("POSTCODE", say_alnum(pc[:-3], "name"), pc[:-3], "g"))
                c.t("agent", pick(BACK))
                c.t("customer", V("POSTCODE", say_alnum(pc[-3:]), pc[-3:], "g"))
                c.note = "asr address + postcode split"
            else:
                c.t("customer", V("POSTCODE", say_alnum(pc), pc))
                c.note = "asr address + spoken postcode"
        else:
            c.t("customer", V("POSTCODE", say_digits(pc, mode=pick(["words", "mixed"]), filler=0), pc))
            c.note = "asr address + zip"
    return c


# ================================================================= negatives
def neg(n):
    c = Case("negative", "")
    k = n % 25
    asr_mode = n % 2 == 0
    digs = lambda m: "".join(R.choice("0123456789") for _ in range(m))
    if k == 0:
        s = make_card()  # luhn-valid but labelled as an order number
        c.t("customer", "my order number is " + say_digits(s, [4, 4, 4, 4]) if asr_mode else
            "Order no: " + chunk(s, [4, 4, 4, 4]))
        c.t("agent", "thanks i can see that order it shipped on tuesday")
        c.note = "order number spoken like a card reading"
    elif k == 1:
        c.t("agent", "i can see the card ending " + say_digits(digs(4), mode="words", filler=0) +
            " is that the one you want to use")
        c.t("customer", "yeah the one ending in " + say_digits(digs(4), mode="pairs", filler=0))
        c.note = "card last-four only"
    elif k == 2:
        a, p = R.randint(10, 999), R.randint(0, 99)
        c.t("agent", "your balance is %s pounds and %s pence" % (say_digits(str(a), mode="pairs", filler=0),
                                                             pair_words("%02d" % p) if p >= 10 else UNITS[p])
            if asr_mode else "Your outstanding balance is \u00a3%d.%02d." % (a, p))
        c.t("customer", "ok and when is the next payment due")
        c.t("agent", "on the %d%s of %s" % (R.randint(4, 20), "th", pick(MONTHS)))
        c.note = "balance and payment date"
    elif k == 3:
        t = "TKT-" + digs(9)
        c.t("customer", "ticket reference %s" % (say_alnum(t.replace("TKT-", "")) if asr_mode else t))
        c.t("agent", "thanks that ticket is still open")
        c.note = "ticket reference"
    elif k == 4:
        c.t("customer", "the meter reads " + (say_digits(digs(5), mode="words") if asr_mode else digs(5)) +
            " and the night one is " + digs(5))
        c.t("agent", "lovely i've submitted both readings")
        c.note = "meter readings"
    elif k == 5:
        fl = pick(["BA", "EI", "FR", "UA", "LH"]) + str(R.randint(100, 9999))
        c.t("customer", ("flight " + say_alnum(fl) if asr_mode else "Flight " + fl) +
            " seat %d%s gate %s" % (R.randint(1, 40), pick("ABCDEF"), R.randint(1, 60)))
        c.t("agent", "that flight departs at %d:%02d" % (R.randint(6, 22), R.choice([0, 15, 30, 45])))
        c.note = "flight seat gate time"
    elif k == 6:
        c.t("agent", "we're open eight till eight monday to friday and nine to five on saturdays"
            if asr_mode else "Opening hours: Mon-Fri 08:00-20:00, Sat 09:00-17:00.")
        c.t("customer", "ok i'll call back in about twenty minutes")
        c.note = "opening hours and durations"
    elif k == 7:
        pol = pick(["POL", "PL", "HX"]) + digs(10)
        c.t("customer", "policy number " + (say_alnum(pol) if asr_mode else pol))
        c.t("agent", "thank you that policy renews on the first of %s" % pick(MONTHS))
        c.note = "policy number with label"
    elif k == 8:
        tr = "1Z" + digs(16)
        c.t("customer", "tracking number is " + tr.lower() if asr_mode else "Tracking: " + tr)
        c.t("agent", "that parcel is out for delivery")
        c.note = "tracking number (long digits)"
    elif k == 9:
        c.t("customer", "i'm %s years old and i've been with you for %s years" %
            (say_digits(str(R.randint(20, 89)), mode="pairs", filler=0), UNITS[R.randint(2, 9)]))
        c.t("agent", "thanks for being a loyal customer")
        c.note = "age and duration"
    elif k == 10:
        inv = "INV" + digs(8)
        c.t("customer", "invoice " + (say_alnum(inv) if asr_mode else inv) + " was for %d pounds" % R.randint(20, 900))
        c.t("agent", "i see that invoice")
        c.note = "invoice number and amount"
    elif k == 11:
        c.t("customer", "the thermostat says %d degrees and the boiler pressure is %d.%d bar" %
            (R.randint(14, 24), R.randint(0, 2), R.randint(0, 9)))
        c.t("agent", "that's a bit low we'll book an engineer for %s at %d" % (pick(["monday", "friday"]), R.randint(8, 11)))
        c.note = "temperature pressure appointment"
    elif k == 12:
        sn = pick(["SN", "S/N ", ""]) + digs(12)
        c.t("customer", "serial number on the router is " + (say_digits(sn[-12:], [4, 4, 4]) if asr_mode else sn))
        c.t("agent", "and the model number")
        c.t("customer", "model " + pick(["TG789vac", "HH6", "SR102", "X3000"]))
        c.note = "serial and model numbers"
    elif k == 13:
        c.t("agent", "your rate goes up by %d.%d percent from april %d" % (R.randint(1, 9), R.randint(0, 9),
                                                                        R.randint(2025, 2027)))
        c.t("customer", "so that's about %d pounds a month more" % R.randint(3, 40))
        c.note = "percentage year amount"
    elif k == 14:
        cl = digs(9)
        c.t("customer", "my claim reference is " + (say_digits(cl, [3, 3, 3]) if asr_mode else cl))
        c.t("agent", "right the claim %s is with the assessor" % pick(["reference", "number"]))
        c.note = "claim reference spoken like SSN groups"
    elif k == 15:
        c.t("customer", "room %d on the %s floor and we're checking out on %s the %dth" %
            (R.randint(100, 999), pick(["third", "fifth"]), pick(["sunday", "tuesday"]), R.randint(4, 28)))
        c.t("agent", "checkout is at eleven")
        c.note = "room number and dates"
    elif k == 16:
        c.t("customer", "i live on %s just off the %s" % (pick(STREETS).lower(), pick(["a40", "m25", "n11", "high road"])))
        c.t("agent", "ok so the engineer can find it")
        c.note = "road names without house number"
    elif k == 17:
        ref = digs(6)
        c.t("agent", "your booking reference is " + (say_digits(ref, [2, 2, 2]) if asr_mode else ref))
        c.t("customer", "thanks i'll write that down")
        c.note = "6-digit booking reference (sort-code shaped)"
    elif k == 18:
        c.t("customer", "the contract started in %d and runs for %d months" % (R.randint(2018, 2024), pick([12, 18, 24])))
        c.t("agent", "so you're out of contract in %s" % pick(MONTHS))
        c.note = "contract year and months"
    elif k == 19:
        c.t("agent", "you've used %d gigabytes of %d and %d minutes" % (R.randint(1, 40), 50, R.randint(100, 900)))
        c.t("customer", "and how many texts")
        c.note = "usage counts"
    elif k == 20:
        cid = digs(11)
        c.t("customer", "customer id " + (say_digits(cid, [4, 3, 4]) if asr_mode else cid))
        c.t("agent", "found you")
        c.note = "customer id spoken like a phone number"
    elif k == 21:
        c.t("customer", "the long number on the letter is %s it says reference at the top" %
            chunk(digs(16), [4, 4, 4, 4]))
        c.t("agent", "yes that's your reference")
        c.note = "16-digit reference (card-shaped, labelled)"
    elif k == 22:
        c.t("agent", "the appointment is on %02d/%02d/%d at %d:%02d" %
            (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2026), R.randint(8, 17), pick([0, 30])))
        c.t("customer", "perfect")
        c.note = "appointment date and time"
    elif k == 23:
        c.t("customer", "it was %s ninety nine for the charger and %d fifty delivery" %
            (pair_words(str(R.randint(21, 89))), R.randint(2, 9)))
        c.t("agent", "i'll refund both")
        c.note = "prices spoken"
    else:
        c.t("customer", "the case number is %s and it's about card ending %s" %
            (pick(["CAS-", "case "]) + digs(8), digs(4)))
        c.t("agent", "ok i'll check that case")
        c.note = "case number and last-four"
    if not asr_mode:
        c.turns = [{"speaker": t["speaker"], "text": t["text"][:1].upper() + t["text"][1:]} for t in c.turns]
    return c


# ================================================================= build
def build():
    R.seed(396241125)
    plan = ([pos_card] * 52 + [pos_ssn] * 26 + [pos_ni] * 26 + [pos_bank] * 16 + [pos_iban] * 14 +
            [pos_phone] * 20 + [pos_email] * 16 + [pos_dob] * 16 + [pos_addr] * 18)
    cases = []
    cnt = Counter()
    for f in plan:
        cnt[f] += 1
        cases.append(f(cnt[f]))
    R.shuffle(cases)
    negs = [neg(i) for i in range(110)]
    for i, c in enumerate(cases):
        c.id = "h396-pos-%03d" % (i + 1)
    for i, c in enumerate(negs):
        c.id = "h396-neg-%03d" % (i + 1)
    return cases + negs


def dump(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans,
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("file not byte-identical to regeneration")
    ids = [c.id for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c in cases:
        if c.kind == "negative" and c.spans:
            errs.append(c.id + " negative with spans")
        if c.kind == "positive" and not c.spans:
            errs.append(c.id + " positive without spans")
        by_turn = {}
        groups = {}
        for sp, (canon, grp) in zip(c.spans, c.meta):
            tx = c.turns[sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                errs.append("%s offsets out of range" % c.id)
                continue
            v = tx[s:e]
            if not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
                errs.append("%s span edge not alnum: %r" % (c.id, v))
            if (s > 0 and tx[s - 1].isalnum()) or (e < len(tx) and tx[e].isalnum()):
                errs.append("%s span not on word boundary: %r" % (c.id, v))
            by_turn.setdefault(sp["turn"], []).append((s, e))
            typ = sp["type"]
            if typ in ("DOB", "EXPIRY", "ADDRESS"):
                if not check_loose(typ, v):
                    errs.append("%s bad %s %r" % (c.id, typ, v))
                continue
            if canon is None:
                errs.append("%s no canonical for %r" % (c.id, v))
                continue
            if typ == "EMAIL":
                if norm_email(v) != canon.lower():
                    errs.append("%s email mismatch %r" % (c.id, v))
            else:
                cands = expansions(v) | {re.sub(r"[\s\-./()]", "", v).upper()}
                if canon.upper() not in cands:
                    errs.append("%s normalised %r does not yield %s" % (c.id, v, canon))
            if grp is None:
                if not validate_full(typ, canon.upper() if typ != "EMAIL" else canon):
                    errs.append("%s invalid %s %s" % (c.id, typ, canon))
            elif grp == "partial":
                if not canon.isdigit():
                    errs.append("%s bad partial reading %s" % (c.id, canon))
            else:
                groups.setdefault((typ, grp), []).append(canon)
        for (typ, grp), parts in groups.items():
            if not validate_full(typ, "".join(parts).upper()):
                errs.append("%s invalid split %s %s" % (c.id, typ, parts))
        for t, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s overlapping spans" % c.id)
    return errs


def stats(cases):
    spans = Counter(s["type"] for c in cases for s in c.spans)
    pos = sum(c.kind == "positive" for c in cases)
    return pos, len(cases) - pos, spans


def main():
    cases = build()
    text = dump(cases)
    pos, negn, spans = stats(cases)
    if "--check" in sys.argv:
        errs = check(cases, text)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB",
                  "POSTCODE", "ADDRESS"]:
            need[t] = 10
        for t, m in need.items():
            if spans[t] < m:
                errs.append("too few %s: %d" % (t, spans[t]))
        if pos < 200 or negn < 100:
            errs.append("too few cases")
        for e in errs[:50]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (pos, negn, dict(sorted(spans.items()))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %s: positives=%d negatives=%d spans=%s" % (OUT, pos, negn, dict(sorted(spans.items()))))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout403 held-out PII redaction evaluation set.

Standard library only. One RNG: random.Random(403241125).
Usage:  python scripts/make_pii_holdout403.py          # write files
        python scripts/make_pii_holdout403.py --check  # regenerate + verify
"""
import argparse
import json
import os
import re
import random
import sys

R = random.Random(403241125)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout403")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------- words
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UNITS = {w: str(i) for i, w in enumerate(DIGW)}
UNITS.update({"oh": "0", "o": "0", "nought": "0"})
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TEENS = {w: str(10 + i) for i, w in enumerate(TEENW)}
TENW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
TENS = {w: str(k) for k, w in TENW.items()}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm", "ah"}
FILL_LIST = ["um", "uh", "er", "erm", "umm", "uhh"]
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_BY = {}
for _w, _l in NATO.items():
    NATO_BY.setdefault(_l, _w)
FOLK = {"A": ["apple", "alpha"], "B": ["bravo", "bob", "beta"], "C": ["charlie", "cat"],
        "D": ["delta", "david", "dog"], "E": ["echo", "edward"], "G": ["golf", "george"],
        "H": ["hotel", "harry"], "J": ["juliet", "jack"], "K": ["kilo", "king"],
        "L": ["lima", "london"], "M": ["mike", "mother"], "N": ["november", "nuts"],
        "P": ["papa", "peter"], "R": ["romeo", "robert"], "S": ["sierra", "sugar"],
        "T": ["tango", "tommy"], "W": ["whiskey", "william"], "X": ["xray"], "Y": ["yankee", "yellow"],
        "Z": ["zulu", "zebra"], "O": ["orange", "oscar"], "I": ["india", "ireland"],
        "F": ["foxtrot", "freddie"], "Q": ["queen"], "U": ["uniform"], "V": ["victor"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_IX = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_IX.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
MONTH_IX["sept"] = 9
ORDW = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"]
ORD = {w: i for i, w in enumerate(ORDW) if w}
ORD["thirtieth"] = 30


def pick(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


# ----------------------------------------------------------------- spoken rendering
def wd(d, z):
    return z if d == "0" else DIGW[int(d)]


def r_singles(s, z):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if run >= 3 and chance(0.6):
            out.append("triple " + wd(s[i], z))
            i += 3
        elif run >= 2 and chance(0.6):
            out.append("double " + wd(s[i], z))
            i += 2
        else:
            out.append(wd(s[i], z))
            i += 1
    return out


def r_pair(p, z):
    if p == "00":
        return ["double " + z]
    if p[0] == "0":
        return [z + " " + wd(p[1], z)]
    if p[0] == "1":
        return [TEENW[int(p[1])]]
    if p[1] == "0":
        return [TENW[int(p[0])]]
    return [TENW[int(p[0])] + " " + DIGW[int(p[1])]]


def r_pairs(s, z):
    out = []
    if len(s) % 2:
        out.append(wd(s[0], z))
        s = s[1:]
    for k in range(0, len(s), 2):
        out += r_pair(s[k:k + 2], z)
    return out


def r_hund(s, z):
    if len(s) != 3 or s[0] == "0":
        return r_singles(s, z)
    head = DIGW[int(s[0])] + " hundred"
    rest = s[1:]
    if rest == "00":
        return [head]
    if rest[0] == "0":
        return [head + " and " + DIGW[int(rest[1])]]
    return [head + " and " + " ".join(r_pair(rest, z))]


def spoken(s, style=None, fill=0.0, z=None, sep=" "):
    """Render a digit string as spoken words; verified to parse back."""
    z = z or pick(["oh", "oh", "zero", "o", "nought"])
    style = style or pick(["singles", "singles", "pairs", "mixed"])
    if style == "singles":
        ph = r_singles(s, z)
    elif style == "pairs":
        ph = r_pairs(s, z)
    elif style == "hund":
        ph = []
        k = 0
        while k < len(s):
            ph += r_hund(s[k:k + 3], z)
            k += 3
    else:
        ph, k = [], 0
        while k < len(s):
            n = pick([2, 2, 3, 4])
            part = s[k:k + n]
            f = pick([r_singles, r_pairs, r_hund])
            ph += f(part, z)
            k += n
    out = []
    for i, p in enumerate(ph):
        if i and chance(fill):
            out.append(pick(FILL_LIST))
        out.append(p)
    txt = sep.join(out)
    if alnum_norm(txt) != s:
        txt = " ".join(r_singles(s, z))
        txt = txt.replace("double", "double") if alnum_norm(txt) == s else " ".join(wd(c, z) for c in s)
    assert alnum_norm(txt) == s, (s, txt)
    return txt


def spell(s, nato=0.0, fill=0.0, z=None):
    """Spell an alphanumeric string: letters (optionally 'x for xray') and digits."""
    z = z or pick(["oh", "zero", "nought"])
    out = []
    for i, c in enumerate(s):
        if i and chance(fill):
            out.append(pick(FILL_LIST))
        if c.isdigit():
            out.append(wd(c, z))
        elif c == "O" or chance(nato):
            out.append(c.lower() + pick([" for ", " for ", " as in "]) + pick(FOLK[c]))
        else:
            out.append(c.lower())
    txt = " ".join(out)
    assert alnum_norm(txt) == s.upper(), (s, txt)
    return txt


# ----------------------------------------------------------------- normalisation
def _tok(text):
    return [t.lower() for t in re.findall(r"[A-Za-z]+|\d+", text)]


def _one(w):
    if w in UNITS:
        return UNITS[w]
    if w.isdigit() or (len(w) == 1 and w.isalpha()):
        return w.upper()
    if w in NATO:
        return NATO[w]
    return None


def _two(t, j):
    """Parse a 1-2 digit number starting at t[j]; return (str2, next_j) or (None, j)."""
    if j >= len(t):
        return None, j
    w = t[j]
    if w in TEENS:
        return TEENS[w], j + 1
    if w in TENS:
        if j + 1 < len(t) and t[j + 1] in DIGW[1:]:
            return TENS[w] + UNITS[t[j + 1]], j + 2
        return TENS[w] + "0", j + 1
    if w in DIGW[1:]:
        return "0" + UNITS[w], j + 1
    return None, j


def alnum_norm_tokens(t):
    t = [w for w in t if w not in FILLERS]
    out, i = [], 0
    while i < len(t):
        w = t[i]
        nx = t[i + 1] if i + 1 < len(t) else None
        if len(w) == 1 and w.isalpha() and nx == "for" and i + 2 < len(t):
            out.append(w.upper())
            i += 3
            continue
        if len(w) == 1 and w.isalpha() and nx == "as" and i + 3 < len(t) and t[i + 2] == "in":
            out.append(w.upper())
            i += 4
            continue
        if w in ("double", "triple") and nx is not None and _one(nx):
            out.append(_one(nx) * (2 if w == "double" else 3))
            i += 2
            continue
        if w in DIGW[1:] and nx in ("hundred", "thousand"):
            j = i + 2
            pad = "00" if nx == "hundred" else "000"
            if j < len(t) and t[j] == "and":
                two, j2 = _two(t, j + 1)
                if two is not None:
                    out.append(UNITS[w] + two.rjust(len(pad), "0"))
                    i = j2
                    continue
            out.append(UNITS[w] + pad)
            i = j
            continue
        if w.isdigit():
            out.append(w)
        elif w in UNITS:
            out.append(UNITS[w])
        elif w in TEENS or w in TENS:
            two, j = _two(t, i)
            out.append(two)
            i = j
            continue
        elif w in NATO:
            out.append(NATO[w])
        elif w in ("and", "plus", "slash", "dash", "hyphen", "space"):
            pass
        else:
            out.append(w.upper())
        i += 1
    return "".join(out)


def alnum_norm(text):
    return alnum_norm_tokens(_tok(text))


def email_norm(text):
    if "@" in text:
        return re.sub(r"\s+", "", text).lower()
    toks = [t.lower() for t in re.findall(r"[A-Za-z]+|\d+|[._\-]", text)]
    out, seg = [], []
    special = {"dot": ".", ".": ".", "at": "@", "underscore": "_", "_": "_", "dash": "-",
               "hyphen": "-", "-": "-"}
    for w in toks:
        if w in special:
            out.append(alnum_norm_tokens(seg).lower())
            out.append(special[w])
            seg = []
        else:
            seg.append(w)
    out.append(alnum_norm_tokens(seg).lower())
    return "".join(out)


def parse_date(text):
    low = text.lower()
    m = re.search(r"(\d{1,4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2,4})", low)
    if m:
        a, b, c = m.groups()
        if len(a) == 4:
            return {(int(c), int(b), int(a) % 100)}
        return {(int(a), int(b), int(c) % 100), (int(b), int(a), int(c) % 100)}
    toks = [t for t in re.findall(r"\d+(?:st|nd|rd|th)?|[a-z]+", low)
            if t not in FILLERS and t not in ("the", "of", "on")]
    month = day = None
    rest = []
    for tk in toks:
        if tk in MONTH_IX and month is None:
            month = MONTH_IX[tk]
        elif re.fullmatch(r"\d+(st|nd|rd|th)", tk):
            day = int(re.match(r"\d+", tk).group())
        elif tk in ORD:
            day = ORD[tk]
            if rest and rest[-1] in ("twenty", "thirty"):
                day += 20 if rest.pop() == "twenty" else 30
        elif tk.isdigit() and len(tk) <= 2 and day is None and month is not None:
            day = int(tk)
        elif tk.isdigit() and len(tk) <= 2 and day is None and not rest:
            day = int(tk)
        else:
            rest.append(tk)
    if month is not None:
        y = alnum_norm_tokens(rest)
        if day is not None and y.isdigit():
            return {(day, month, int(y) % 100)}
        return set()
    s = alnum_norm(text)
    if len(s) == 6 and s.isdigit():
        return {(int(s[0:2]), int(s[2:4]), int(s[4:])), (int(s[2:4]), int(s[0:2]), int(s[4:]))}
    if len(s) == 8 and s.isdigit():
        return {(int(s[0:2]), int(s[2:4]), int(s[4:]) % 100),
                (int(s[2:4]), int(s[0:2]), int(s[4:]) % 100)}
    return set()


def parse_expiry(text):
    low = text.lower()
    toks = [t for t in re.findall(r"[a-z]+|\d+", low) if t not in FILLERS]
    for tk in toks:
        if tk in MONTH_IX:
            rest = [x for x in toks if x != tk and x not in ("of", "the")]
            y = alnum_norm_tokens(rest)
            return (MONTH_IX[tk], int(y) % 100) if y.isdigit() else None
    parts = re.split(r"\s*/\s*|\s+slash\s+|\s*-\s*", low)
    if len(parts) == 2:
        a, b = alnum_norm(parts[0]), alnum_norm(parts[1])
        if a.isdigit() and b.isdigit():
            return (int(a), int(b) % 100)
        return None
    s = alnum_norm(low)
    if len(s) == 4 and s.isdigit():
        return (int(s[:2]), int(s[2:]))
    if len(s) == 6 and s.isdigit():
        return (int(s[:2]), int(s[2:]) % 100)
    return None


# ----------------------------------------------------------------- value generators
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
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = pick(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "jcb"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randint(0, 9)), 16), kind
    if kind == "visa13":
        return luhn_complete("4", 13), kind
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16), kind
    if kind == "amex":
        return luhn_complete(pick(["34", "37"]), 15), kind
    if kind == "disc":
        return luhn_complete("6011", 16), kind
    if kind == "jcb":
        return luhn_complete("35" + str(R.randint(28, 89)), 16), kind
    return luhn_complete("6759", 19), kind


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[k:k + 4] for k in range(0, 16, 4)]


def typed_card(c):
    g = card_groups(c)
    st = pick(["space", "dash", "none", "odd", "space", "dots"])
    if st == "space":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "dots":
        return ".".join(g)
    if st == "none":
        return c
    cut = sorted(R.sample(range(2, len(c) - 1), 2))
    return c[:cut[0]] + " " + c[cut[0]:cut[1]] + " " + c[cut[1]:]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def gen_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in NI_BAD:
            return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + pick("ABCD")


def iban_check(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def gen_iban():
    cc = pick(["IE", "IE", "GB", "DE", "NL", "ES", "FR"])
    if cc == "IE":
        bban = pick(["AIBK", "BARC", "ULSB", "IPBS"]) + digits(14)
    elif cc == "GB":
        bban = pick(["NWBK", "BARC", "HSBC", "MIDL"]) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "NL":
        bban = pick(["ABNA", "RABN", "INGB", "TRNX"]) + digits(10)
    elif cc == "ES":
        bban = digits(20)
    else:
        bban = digits(23)
    return cc + iban_check(cc, bban) + bban


def typed_iban(s):
    g = [s[k:k + 4] for k in range(0, len(s), 4)]
    st = pick(["space", "space", "none", "lower"])
    if st == "space":
        return " ".join(g)
    if st == "lower":
        return " ".join(g).lower()
    return s


OUT_AREAS = ["LS", "M", "B", "SW", "SE", "N", "E", "W", "NW", "CF", "BS", "NE", "L", "CB", "RG",
             "BT", "DN", "G", "EH", "KT", "HP", "TR", "SK", "WA", "YX"][:-1]
IN_LET = "ABDEFGHJLNPQRSTUWXYZ"
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def gen_uk_pc():
    a = pick(OUT_AREAS)
    d = str(R.randint(1, 28))
    if chance(0.1) and a in ("SW", "W", "E", "N"):
        d = str(R.randint(1, 9)) + pick("AHJNPRW")
    return a + d, str(R.randint(0, 9)) + pick(IN_LET) + pick(IN_LET)


def gen_zip():
    z = "%05d" % R.randint(10001, 99950)
    if chance(0.25):
        z += "-" + "%04d" % R.randint(1, 9999)
    return z


UK_STREETS = ["Kings Road", "Elm Grove", "Station Road", "Victoria Street", "Mill Lane",
              "Church Street", "Park Avenue", "Cedar Close", "Hawthorn Drive", "Albert Crescent",
              "Brook Terrace", "Grange Road", "Willow Way", "Highfield Gardens", "Nelson Place"]
US_STREETS = ["Maple Avenue", "Oak Street", "Lakeview Drive", "Pine Court", "Elm Street",
              "Sunset Boulevard", "Cherry Lane", "Madison Avenue", "Ridge Road", "Hillcrest Drive"]
IE_STREETS = ["Main Street", "Ballymun Road", "Griffith Avenue", "Clontarf Road", "Castle Street"]
SUFFIXES = {"road", "street", "avenue", "lane", "close", "drive", "crescent", "grove", "way",
            "terrace", "court", "boulevard", "place", "gardens", "rd", "st", "ave"}
UK_TOWNS = ["Leeds", "Manchester", "Bristol", "Cardiff", "Newcastle", "Reading", "Belfast",
            "Glasgow", "Edinburgh", "Stockport", "Warrington", "Truro"]
US_TOWNS = [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Tacoma", "WA"),
            ("Raleigh", "NC"), ("Dayton", "OH"), ("Fresno", "CA")]
IE_TOWNS = ["Dublin 9", "Cork", "Galway", "Limerick"]

FIRST = ["Sarah", "James", "Priya", "Tomasz", "Aoife", "Kwame", "Linda", "Raj", "Megan", "Declan",
         "Fatima", "Gareth", "Chloe", "Hannah", "Marcus", "Siobhan", "Wei", "Grace", "Neil", "Amara"]
LAST = ["Patel", "Walsh", "Nguyen", "Kowalski", "Murphy", "Hughes", "Mensah", "Reyes", "Campbell",
        "Byrne", "Shah", "Fraser", "Lindqvist", "Adeyemi", "Brennan", "Harris", "Dubois"]
SPELL_SAFE = ["kate", "dave", "sam", "liz", "pete", "jack", "anna", "rita", "ben", "sue", "jim",
              "tara", "nick", "lee"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co uk"), ("btinternet", "com"),
           ("hotmail", "co uk"), ("icloud", "com"), ("eircom", "net"), ("web", "de"),
           ("aol", "com"), ("sky", "com")]
AGENTS = ["Dev", "Kirsty", "Mohammed", "Becky", "Tom", "Ana", "Liam", "Joy", "Craig", "Nadia"]


# ----------------------------------------------------------------- case builder
class V:
    def __init__(self, text, typ, gid):
        self.text, self.typ, self.gid = text, typ, gid


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.groups = {}

    def val(self, typ, canon, mode="full"):
        gid = len(self.groups)
        self.groups[gid] = (typ, canon, mode)
        return gid

    def say(self, speaker, *parts):
        self.turns.append((speaker, list(parts)))

    def c(self, *parts):
        self.say("customer", *parts)

    def a(self, *parts):
        self.say("agent", *parts)

    def build(self, cid):
        turns, spans, internal = [], [], []
        for ti, (sp, parts) in enumerate(self.turns):
            buf = ""
            for p in parts:
                if isinstance(p, V):
                    spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(p.text),
                                  "type": p.typ})
                    internal.append((ti, len(buf), p.gid, p.text))
                    buf += p.text
                else:
                    buf += p
            turns.append({"speaker": sp, "text": buf})
        spans.sort(key=lambda s: (s["turn"], s["start"]))
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, internal


def V_(case, text, typ, gid):
    return V(text, typ, gid)


def bc():
    return pick(["mhm", "go on", "yep", "ok", "mm hm", "yeah go on", "right", "got that", "uh huh",
                 "okay, next bit", "yes", "and then"])


def hold_line():
    return pick(["bear with me one moment while I pull that up",
                 "can I pop you on hold for a second, just checking something",
                 "one sec, the system's being slow today",
                 "I'll just place you on a brief hold"])


def back_line():
    return pick(["thanks for holding", "sorry about the wait there", "right, I'm back, thank you",
                 "thank you for bearing with me"])


def for_whom():
    return pick([("my wife's", "her"), ("my husband's", "his"), ("my mum's", "her"),
                 ("my dad's", "his"), ("my partner's", "their"), ("my mother's", "her"),
                 ("my father in law's", "his"), ("my son's", "his")])


def asr(s):
    return s.lower()


def split_chunks(s, n):
    """Split string s into n contiguous non-empty chunks."""
    n = max(1, min(n, len(s)))
    cuts = sorted(R.sample(range(1, len(s)), n - 1))
    out, prev = [], 0
    for c in cuts + [len(s)]:
        out.append(s[prev:c])
        prev = c
    return out


INDUSTRY = ["bank", "mobile network", "energy supplier", "online shop", "insurer", "airline",
            "hospital billing office", "council tax office", "broadband provider", "water company"]


# ----------------------------------------------------------------- positive templates
def t_card_split():
    cs = Case("positive", "")
    card, kind = gen_card()
    g_full = cs.val("CARD_NUMBER", card)
    who = for_whom() if chance(0.4) else None
    fill = R.choice([0.0, 0.15, 0.3])
    cs.a(pick(["and what's the long number on the card please",
               "can I take the sixteen digit number across the front",
               "ok so whenever you're ready, the long card number"]))
    if who:
        cs.c(pick(["right so it's %s card actually, she said that's fine, she's just here",
                   "this is %s card by the way, they've given me permission"]) % who[0])
        cs.a("that's fine as long as they're happy for us to take it, go ahead")
    groups = card_groups(card)
    if chance(0.5):
        # merge some groups so pieces vary in size
        k = R.randint(0, len(groups) - 2)
        groups = groups[:k] + [groups[k] + groups[k + 1]] + groups[k + 2:]
    for i, g in enumerate(groups):
        pre = pick(["", "", "it's ", "ok ", "then ", "erm "]) if i else pick(["", "yeah it's ", "so "])
        txt = spoken(g, fill=fill)
        if i == 1 and chance(0.3):
            a, b = split_chunks(g, 2) if len(g) > 1 else (g, "")
            if b:
                cs.c(pre, V(spoken(a), "CARD_NUMBER", g_full),
                     pick([", hang on the light's bad, ", ", sorry my glasses, ", " - hold on it's worn here - "]),
                     V(spoken(b), "CARD_NUMBER", g_full))
            else:
                cs.c(pre, V(txt, "CARD_NUMBER", g_full))
        else:
            cs.c(pre, V(txt, "CARD_NUMBER", g_full))
        if i < len(groups) - 1:
            cs.a(bc())
    if chance(0.5):
        cs.a(hold_line())
        cs.c(pick(["no worries", "ok", "sure"]))
        cs.a(back_line() + ", so let me just read that back")
    rb = chance(0.6)
    if rb:
        g2 = cs.val("CARD_NUMBER", card)
        cs.a("so that's ", V(spoken(card, style=pick(["singles", "pairs"])), "CARD_NUMBER", g2),
             ", is that right?")
        cs.c(pick(["yes", "that's it", "yep spot on"]))
    else:
        g2 = cs.val("CARD_NUMBER", card[-4:], "part")
        cs.a("lovely, and that's the card ending ", V(spoken(card[-4:], style="singles"), "CARD_NUMBER", g2),
             pick([" yeah?", ", correct?"]))
        cs.c("yeah")
    if chance(0.7):
        m, y = R.randint(1, 12), R.randint(25, 31)
        ge = cs.val("EXPIRY", (m, y))
        cs.a("and the expiry date")
        cs.c(pick(["it's ", "", "expires "]), V(spoken_expiry(m, y), "EXPIRY", ge))
    if chance(0.6):
        cv = digits(4 if kind == "amex" else 3)
        gc = cs.val("CVV", cv)
        cs.a(pick(["and the security code on the back", "last three digits on the signature strip please"]))
        cs.c(pick(["", "uh ", "that's "]), V(spoken(cv, style="singles"), "CVV", gc))
    cs.a(pick(["thank you, I'll process that payment of %s now" % amount(),
               "perfect, that's gone through", "great, that's all updated"]))
    cs.turns = [(sp, [asr(p) if isinstance(p, str) else p for p in parts]) for sp, parts in cs.turns]
    cs.note = "ASR card read in pieces across turns%s with read-back" % (" for %s" % who[0].split()[1] if who else "")
    return cs


def spoken_expiry(m, y):
    mm = "%02d" % m
    st = pick(["digits", "month", "slash", "monthfull"])
    if st == "digits":
        return spoken(mm + "%02d" % y, style=pick(["pairs", "singles"]))
    if st == "slash":
        return spoken(mm, style="singles") + " slash " + spoken("%02d" % y, style=pick(["pairs", "singles"]))
    if st == "month":
        return MONTHS[m - 1] + " " + spoken("%02d" % y, style="pairs")
    return MONTHS[m - 1] + " two thousand and " + spoken("%02d" % y, style="pairs")


def typed_expiry(m, y):
    return pick(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y), "%02d-%02d" % (m, y),
                 "%s 20%02d" % (MONTHS[m - 1][:3].capitalize(), y)])


def amount():
    return pick(["£%d.%02d" % (R.randint(5, 900), R.randint(0, 99)), "$%d" % R.randint(20, 2000),
                 "€%d.%02d" % (R.randint(5, 500), R.randint(0, 99))])


def t_card_typed():
    cs = Case("positive", "chat: card typed with separators/odd grouping plus expiry/cvv")
    card, kind = gen_card()
    g = cs.val("CARD_NUMBER", card)
    cs.a(pick(["Hi, you're chatting with %s. How can I help?" % pick(AGENTS),
               "Thanks for contacting us, what can I do for you today?"]))
    cs.c(pick(["hi i want to pay my overdue bill of %s" % amount(), "need to update the card on my acount",
               "Hello, trying to book the flight but payment keeps failing"]))
    cs.a("No problem. Please type the full card number below.")
    lab = pick(["", "card no: ", "Card: ", "its ", "number is ", "ok - "])
    cs.c(lab, V(typed_card(card), "CARD_NUMBER", g))
    if chance(0.7):
        m, y = R.randint(1, 12), R.randint(25, 31)
        ge = cs.val("EXPIRY", (m, y))
        cv = digits(4 if kind == "amex" else 3)
        gc = cs.val("CVV", cv)
        cs.c(pick(["exp ", "expiry ", "Expires "]), V(typed_expiry(m, y), "EXPIRY", ge),
             pick([" cvv ", " and sec code ", ", cvc: "]), V(cv, "CVV", gc))
    if chance(0.4):
        g2 = cs.val("CARD_NUMBER", card)
        cs.c(pick(["sorry not sure that went thru, again: ", "resending without the spaces "]), V(typed_card(card), "CARD_NUMBER", g2))
    cs.a(pick(["Thanks, payment of %s taken. Your reference is %s." % (amount(), "PAY-" + digits(8)),
               "Thank you, card ending %s saved." % card[-4:]]))
    # card ending in read-back is PII here because the full card is in the same case
    if "card ending" in cs.turns[-1][1][0]:
        txt = cs.turns[-1][1][0]
        pre, post = txt.split(card[-4:])
        g3 = cs.val("CARD_NUMBER", card[-4:], "part")
        cs.turns[-1] = ("agent", [pre, V(card[-4:], "CARD_NUMBER", g3), post])
    return cs


def t_card_transfer():
    cs = Case("positive", "card read to agent 1, transfer, second agent asks again, partial repeat")
    card, kind = gen_card()
    who = for_whom() if chance(0.5) else None
    cs.a("so I'll need to take the card details for that")
    cs.c(("ok it's %s card, " % who[0]) if who else "ok, ", pick(["ready?", "you ready?"]))
    cs.a("go ahead")
    g1 = cs.val("CARD_NUMBER", card)
    parts = split_chunks(card, R.randint(2, 3))
    for i, p in enumerate(parts):
        cs.c(V(spoken(p, fill=0.2), "CARD_NUMBER", g1))
        if i < len(parts) - 1:
            cs.a(bc())
    cs.a(pick(["oh actually, I'm so sorry, card payments are handled by our billing team, let me transfer you",
               "ah I can't take it on this line, I'll put you through to payments, please hold"]))
    cs.c(pick(["oh for goodness sake", "fine", "ok whatever"]))
    ag = pick(AGENTS)
    cs.a("hi, you're through to payments, %s speaking, can I get the long card number please" % ag.lower())
    cs.c(pick(["I literally just gave it to your colleague", "again? ok"]), ", ")
    g2 = cs.val("CARD_NUMBER", card)
    parts = split_chunks(card, R.randint(2, 4))
    for i, p in enumerate(parts):
        if i == 0:
            cs.turns[-1][1].append(V(spoken(p, fill=0.1), "CARD_NUMBER", g2))
        else:
            cs.c(V(spoken(p, fill=0.1), "CARD_NUMBER", g2))
        if i < len(parts) - 1:
            cs.a(bc())
    g3 = cs.val("CARD_NUMBER", card[-8:], "part")
    cs.a("sorry, the last bit again? after ", V(spoken(card[-12:-8], style="singles"), "CARD_NUMBER",
                                                cs.val("CARD_NUMBER", card[-12:-8], "part")))
    cs.c(V(spoken(card[-8:], style=pick(["pairs", "singles"])), "CARD_NUMBER", g3))
    cs.a(pick(["lovely thank you", "got it now, thanks"]))
    cs.turns = [(sp, [asr(p) if isinstance(p, str) else p for p in parts_]) for sp, parts_ in cs.turns]
    return cs


def t_card_restart():
    cs = Case("positive", "card reading restarted after a mistake; aborted prefix labelled too")
    card, kind = gen_card()
    cs.a("the card number when you're ready")
    k = R.randint(3, 7)
    cs.c(V(spoken(card[:k], style="singles"), "CARD_NUMBER", cs.val("CARD_NUMBER", card[:k], "part")),
         pick([", no sorry, let me start again, ", " - no wait, I've lost my place, from the top, ",
               " hang on, sorry, again: "]),
         V(spoken(card[:8], fill=0.2), "CARD_NUMBER", cs.val("CARD_NUMBER", card[:8], "part")))
    cs.a(bc())
    cs.c(V(spoken(card[8:], fill=0.2), "CARD_NUMBER", cs.val("CARD_NUMBER", card[8:], "part")))
    cs.a("ok so ", V(spoken(card, style="singles"), "CARD_NUMBER", cs.val("CARD_NUMBER", card)))
    cs.c("correct")
    cs.turns = [(sp, [asr(p) if isinstance(p, str) else p for p in parts]) for sp, parts in cs.turns]
    return cs


def t_ssn():
    cs = Case("positive", "")
    ssn = gen_ssn()
    who = for_whom() if chance(0.45) else None
    typed = chance(0.3)
    cs.a(pick(["For verification I'll need the social security number on the account",
               "can you confirm the social on the policy", "and the last... actually the full SSN please"]))
    if typed:
        cs.c(pick(["SSN: ", "ssn ", "Social is ", "its "]),
             V(pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:]),
               "SSN", cs.val("SSN", ssn)))
        cs.note = "chat: US SSN typed"
        if who:
            cs.turns[-1] = ("customer", ["(it's %s, I handle the account for them) " % who[0]] + cs.turns[-1][1])
        return cs
    if who:
        cs.c("it's not mine, it's %s account, %s's right here" % (who[0], "she" if who[1] == "her" else "he"))
        cs.a("okay, could they confirm they're happy for you to speak for them")
        cs.c("mom, is that ok? ... yes she says go ahead" if who[1] == "her" else "yes he says that's fine")
    g = cs.val("SSN", ssn)
    pieces = [ssn[:3], ssn[3:5], ssn[5:]] if chance(0.7) else split_chunks(ssn, 2)
    for i, p in enumerate(pieces):
        cs.c(pick(["", "", "uh "]), V(spoken(p, fill=0.2), "SSN", g))
        if i < len(pieces) - 1:
            cs.a(bc())
    if chance(0.5):
        cs.a(hold_line())
        cs.a(back_line() + ", sorry the system timed out, can I get that social again")
        cs.c(V(spoken(ssn, style=pick(["singles", "mixed"])), "SSN", cs.val("SSN", ssn)))
    if chance(0.6):
        cs.a("that's ", V(spoken(ssn, style="singles"), "SSN", cs.val("SSN", ssn)), "?")
        cs.c(pick(["yes ma'am", "yep", "that's right"]))
    elif chance(0.5):
        cs.a("so ending in ", V(spoken(ssn[-4:], style="singles"), "SSN", cs.val("SSN", ssn[-4:], "part")),
             ", got it")
    cs.a(pick(["ok you're verified", "thank you, I see the claim now", "great, and your balance is $%d" % R.randint(10, 900)]))
    cs.turns = [(sp, [asr(p) if isinstance(p, str) else p for p in parts]) for sp, parts in cs.turns]
    cs.note = "ASR US SSN split across turns%s" % (", caller reads for relative" if who else "")
    return cs


def spoken_ni(ni, nato):
    let = spell(ni[:2], nato=nato)
    num = spoken(ni[2:8], style=pick(["singles", "pairs", "mixed"]), fill=0.1)
    suf = spell(ni[8], nato=nato)
    return let, num, suf


def t_ni():
    cs = Case("positive", "")
    ni = gen_ni()
    who = for_whom() if chance(0.45) else None
    if chance(0.3):
        cs.a("Please can you confirm your National Insurance number?")
        t = pick(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s"]) % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        if chance(0.3):
            t = t.lower()
        cs.c(pick(["NI no: ", "ni number ", "its ", "Nat ins: "]), V(t, "NI_NUMBER", cs.val("NI_NUMBER", ni)))
        cs.note = "chat: UK NI number typed"
        if who:
            cs.turns[-1] = ("customer", ["this is for %s claim - " % who[0]] + cs.turns[-1][1])
        return cs
    cs.a(pick(["and can I take a national insurance number", "I'll need the NI number to find the record"]))
    if who:
        cs.c("oh it's %s, I'm ringing on %s behalf, hang on %s's got the letter" % (who[0], who[1],
             "she" if who[1] == "her" else "he"))
        cs.a("no problem, take your time")
    let, num, suf = spoken_ni(ni, nato=R.choice([0.0, 0.5, 1.0]))
    g = cs.val("NI_NUMBER", ni)
    mode = R.randint(0, 2)
    if mode == 0:
        cs.c(V(let, "NI_NUMBER", g))
        cs.a(bc())
        cs.c(V(num, "NI_NUMBER", g))
        cs.a(bc())
        cs.c(pick(["and ", "then "]), V(suf, "NI_NUMBER", g))
    elif mode == 1:
        cs.c(V(let + " " + num, "NI_NUMBER", g), pick([", and then the letter at the end is ", " and "]),
             V(suf, "NI_NUMBER", g))
    else:
        cs.c(V(let, "NI_NUMBER", g), pick([" - is it? yeah - ", ", sorry she's pointing, "]),
             V(num + " " + suf, "NI_NUMBER", g))
    if chance(0.5):
        cs.a(hold_line())
        ag = pick(AGENTS)
        cs.a("hello, I'm %s, I've been passed your call, can you just confirm that NI number for me" % ag.lower())
        let2, num2, suf2 = spoken_ni(ni, nato=0.3)
        cs.c(V(let2 + " " + num2 + " " + suf2, "NI_NUMBER", cs.val("NI_NUMBER", ni)))
    if chance(0.6):
        let3, num3, suf3 = spoken_ni(ni, nato=1.0)
        cs.a("let me read that back, ", V(let3 + ", " + num3 + ", " + suf3, "NI_NUMBER", cs.val("NI_NUMBER", ni)))
        cs.c("that's it")
    cs.a(pick(["thank you, I can see the claim", "lovely, found the record"]))
    cs.turns = [(sp, [asr(p) if isinstance(p, str) else p for p in parts]) for sp, parts in cs.turns]
    cs.note = "ASR UK NI number with letters spelled%s" % (", read for relative" if who else "")
    return cs


def t_bank():
    cs = Case("positive", "")
    sc = digits(6)
    acct = digits(8)
    if chance(0.35):
        cs.a("Could you provide the sort code and account number for the direct debit?")
        cs.c(pick(["sortcode ", "Sort code: ", "s/c "]),
             V(pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", cs.val("SORT_CODE", sc)),
             pick([" acct no: ", ", account ", " a/c "]), V(acct, "BANK_ACCOUNT", cs.val("BANK_ACCOUNT", acct)))
        cs.a("Thanks, the direct debit of %s will be taken on the %s of each month." % (amount(), pick(["1st", "15th", "28th"])))
        cs.note = "chat: UK sort code and account number"
        return cs
    who = for_whom() if chance(0.4) else None
    cs.a("and what's the sort code")
    if who:
        cs.c("it's going from %s account, joint one, " % who[0], V(spoken(sc, style=pick(["pairs", "singles"])),
                                                                     "SORT_CODE", cs.val("SORT_CODE", sc)))
    else:
        g = cs.val("SORT_CODE", sc)
        cs.c(V(spoken(sc[:4], style=pick(["pairs", "singles"])), "SORT_CODE", g))
        cs.a(bc())
        cs.c(V(spoken(sc[4:], style=pick(["pairs", "singles"])), "SORT_CODE", g))
    cs.a("and the account number")
    g2 = cs.val("BANK_ACCOUNT", acct)
    p = split_chunks(acct, R.randint(1, 3))
    for i, x in enumerate(p):
        cs.c(V(spoken(x, fill=0.2), "BANK_ACCOUNT", g2))
        if i < len(p) - 1:
            cs.a(bc())
    if chance(0.6):
        cs.a("so sort code ", V(spoken(sc, style="pairs"), "SORT_CODE", cs.val("SORT_CODE", sc)), ", account ",
             V(spoken(acct, style="singles"), "BANK_ACCOUNT", cs.val("BANK_ACCOUNT", acct)))
        cs.c("yes")
    cs.a("great, first payment of %s goes out on the %s" % (amount(), pick(["first", "fifteenth", "twenty eighth"])))
    cs.turns = [(sp, [asr(p) if isinstance(p, str) else p for p in parts]) for sp, parts in cs.turns]
    cs.note = "ASR sort code and account number in pieces%s" % (", relative's account" if who else "")
    return cs


def t_iban():
    cs = Case("positive", "")
    ib = gen_iban()
    if chance(0.4):
        cs.a("Please send the IBAN for the refund.")
        cs.c(pick(["IBAN: ", "iban ", "here: ", ""]), V(typed_iban(ib), "IBAN", cs.val("IBAN", ib)))
        cs.a("Thanks, refund of %s will arrive in 3-5 working days." % amount())
        cs.note = "chat: IBAN typed (%s)" % ib[:2]
        return cs
    cs.a("for the refund I need the IBAN, it starts with two letters")
    g = cs.val("IBAN", ib)
    chunks = [ib[:4]] + [ib[k:k + 4] for k in range(4, len(ib), 4)]
    groups, cur = [], ""
    for ch in chunks:
        cur += ch
        if len(cur) >= 8 or chance(0.3):
            groups.append(cur)
            cur = ""
    if cur:
        groups.append(cur)
    for i, gr in enumerate(groups):
        cs.c(V(spell(gr, nato=0.3, fill=0.05), "IBAN", g))
        if i < len(groups) - 1:
            cs.a(bc())
    if chance(0.5):
        cs.a("let me read it back: ", V(spell(ib), "IBAN", cs.val("IBAN", ib)))
        cs.c("perfect")
    cs.turns = [(sp, [asr(p) if isinstance(p, str) else p for p in parts]) for sp, parts in cs.turns]
    cs.note = "ASR IBAN (%s) spelled across turns" % ib[:2]
    return cs


def gen_phone():
    k = pick(["ukmob", "ukland", "us", "ie", "fr", "de", "ukint"])
    if k == "ukmob":
        d = "07" + digits(9)
        return d, "%s %s" % (d[:5], d[5:])
    if k == "ukint":
        d = "447" + digits(9)
        return d, "+%s %s %s" % (d[:2], d[2:6], d[6:])
    if k == "ukland":
        d = "020" + digits(8)
        return d, "%s %s %s" % (d[:3], d[3:7], d[7:])
    if k == "us":
        d = str(R.randint(201, 989)) + "555" + digits(4)
        return (d, pick(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s.%s.%s" % (d[:3], d[3:6], d[6:])])) \
            if chance(0.6) else ("1" + d, "+1 %s-%s-%s" % (d[:3], d[3:6], d[6:]))
    if k == "ie":
        d = "3538" + str(R.randint(3, 9)) + digits(7)
        return d, "+%s %s %s %s" % (d[:3], d[3:5], d[5:8], d[8:])
    if k == "fr":
        d = "336" + digits(8)
        return d, "+33 6 %s %s %s %s" % (d[3:5], d[5:7], d[7:9], d[9:])
    d = "49151" + digits(8)
    return d, "+49 151 %s" % d[5:]


def t_phone():
    cs = Case("positive", "")
    d, typed = gen_phone()
    if chance(0.35):
        cs.a("What's the best contact number for the engineer?")
        cs.c(pick(["mob: ", "call me on ", "tel ", ""]), V(typed, "PHONE", cs.val("PHONE", d)),
             pick([" after 5pm", " thx", "", " (mobile)"]))
        cs.note = "chat: phone number typed"
        return cs
    who = for_whom() if chance(0.4) else None
    cs.a(pick(["and is there a good number to reach you on", "can I take a contact number in case we get cut off"]))
    if who:
        cs.c("best to use %s mobile actually, " % who[0])
    else:
        cs.c(pick(["yeah it's ", "sure, ", "uh "]))
    g = cs.val("PHONE", d)
    intl = not d.startswith("0") and not (len(d) == 10)
    if intl:
        cc_len = 1 if d.startswith("1") else (3 if d.startswith("353") else 2)
        head = "plus " + spoken(d[:cc_len], style="singles")
        body = d[cc_len:]
    else:
        head, body = None, d
    p = split_chunks(body, R.randint(2, 3))
    first = (head + " " + spoken(p[0], fill=0.1)) if head else spoken(p[0], fill=0.1)
    cs.turns[-1][1].append(V(first, "PHONE", g))
    for x in p[1:]:
        cs.a(bc())
        cs.c(V(spoken(x, fill=0.1), "PHONE", g))
    if chance(0.6):
        rb = (("plus " + spoken(d[:cc_len], style="singles") + " " + spoken(d[cc_len:], style="singles"))
              if intl else spoken(d, style="singles"))
        cs.a("so that's ", V(rb, "PHONE", cs.val("PHONE", d)))
        cs.c(pick(["yeah", "yes that's right", "no wait - yes, yes it is"]))
    cs.turns = [(sp, [asr(p_) if isinstance(p_, str) else p_ for p_ in parts]) for sp, parts in cs.turns]
    cs.note = "ASR phone number in pieces%s" % (", relative's number" if who else "")
    return cs


def t_email():
    cs = Case("positive", "")
    name = pick(SPELL_SAFE)
    sur = pick(LAST).lower()
    dom, tld = pick(DOMAINS)
    num = str(R.randint(1, 99)) if chance(0.5) else ""
    sep = pick([".", "_", ""])
    local = name + sep + sur + num
    em = local + "@" + dom + "." + tld.replace(" ", ".")
    if chance(0.35):
        cs.a("Can you confirm the email address on the account?")
        t = em if chance(0.6) else (name.capitalize() + sep + sur.capitalize() + num + "@" + dom.capitalize() + "." + tld.replace(" ", "."))
        cs.c(pick(["email: ", "its ", "e-mail is ", "emial ", ""]), V(t, "EMAIL", cs.val("EMAIL", em)))
        cs.note = "chat: email typed"
        return cs
    who = for_whom() if chance(0.3) else None
    cs.a("and an email for the confirmation")
    sepw = {".": " dot ", "_": " underscore ", "": " "}[sep]
    numw = (" " + spoken(num, style="pairs")) if num else ""
    part1 = spell(name.upper(), nato=0.2).lower() if chance(0.4) else name
    first = part1 + sepw + sur + numw
    if sep == "" and part1 == name:
        first = name + " " + sur + numw
    tldw = " dot ".join(tld.split())
    g = cs.val("EMAIL", em)
    if chance(0.5):
        cs.c(("send it to %s, " % who[0]) if who else "it's ", V(first, "EMAIL", g))
        cs.a(pick(["all one word?", "mhm", "at?"]))
        cs.c(V("at " + dom + " dot " + tldw, "EMAIL", g))
    else:
        cs.c(("send it to %s, " % who[0]) if who else "it's ", V(first + " at " + dom + " dot " + tldw, "EMAIL", g))
    if chance(0.5):
        cs.a("so ", V(local.replace(".", " dot ").replace("_", " underscore ") + " at " + dom + " dot " + tldw,
                      "EMAIL", cs.val("EMAIL", em)), "?")
        cs.c("yep")
    cs.turns = [(sp, [asr(p) if isinstance(p, str) else p for p in parts]) for sp, parts in cs.turns]
    cs.note = "ASR email spoken with dot/at%s" % (", relative's email" if who else "")
    return cs


def ordinal_words(d):
    if d <= 20:
        return ORDW[d]
    if d == 30:
        return "thirtieth"
    return TENW[d // 10] + " " + ORDW[d % 10]


def ordinal_num(d):
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def year_words(y):
    if y >= 2000:
        return "two thousand" + ((" and " + " ".join(r_pair("%02d" % (y - 2000), "oh"))) if y > 2000 else "")
    return "nineteen " + " ".join(r_pair("%02d" % (y - 1900), "oh"))


def spoken_dob(d, m, y):
    st = pick(["ofmonth", "monthfirst", "digits", "ofmonth"])
    if st == "ofmonth":
        return "%s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y) if chance(0.7) else
                                " ".join(r_pair("%02d" % (y % 100), "oh")))
    if st == "monthfirst":
        return "%s %s %s" % (MONTHS[m - 1], ordinal_words(d), year_words(y))
    return spoken("%02d%02d%02d" % (d, m, y % 100), style=pick(["pairs", "singles"]))


def typed_dob(d, m, y, us):
    if us:
        return pick(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y), "%d-%02d-%02d" % (y, m, d)])
    return pick(["%02d/%02d/%d" % (d, m, y), "%d.%d.%02d" % (d, m, y % 100), "%s %s %d" % (ordinal_num(d), MONTHS[m - 1].capitalize(), y),
                 "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y)])


def t_dob():
    cs = Case("positive", "")
    y, m, d = R.randint(1931, 2006), R.randint(1, 12), R.randint(1, 28)
    canon = (d, m, y % 100)
    if chance(0.35):
        cs.a("Please confirm the date of birth of the account holder.")
        cs.c(pick(["DOB ", "dob: ", "born ", ""]), V(typed_dob(d, m, y, chance(0.4)), "DOB", cs.val("DOB", canon)))
        cs.note = "chat: DOB typed"
        return cs
    who = for_whom() if chance(0.5) else None
    cs.a("can I take a date of birth")
    if who:
        cs.c("for %s? %s born... " % (who[0].replace("'s", ""), "she was" if who[1] == "her" else "he was"),
             V(spoken_dob(d, m, y), "DOB", cs.val("DOB", canon)))
    else:
        g = cs.val("DOB", canon)
        if chance(0.4):
            cs.c("it's the ", V(ordinal_words(d) + " of " + MONTHS[m - 1], "DOB", g))
            cs.a(pick(["and the year?", "mhm, year?"]))
            cs.c(V(year_words(y), "DOB", g))
        else:
            cs.c(V(spoken_dob(d, m, y), "DOB", g))
    if chance(0.5):
        cs.a("so ", V("%s %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y)), "DOB", cs.val("DOB", canon)))
        cs.c("that's right")
    cs.a(pick(["thanks, and is the appointment on the %s still ok" % ordinal_words(R.randint(1, 28)),
               "thank you that's you through security"]))
    cs.turns = [(sp, [asr(p) if isinstance(p, str) else p for p in parts]) for sp, parts in cs.turns]
    cs.note = "ASR date of birth%s" % (" for relative" if who else "")
    return cs


def t_address():
    cs = Case("positive", "")
    region = pick(["uk", "uk", "us", "ie"])
    num = R.randint(1, 240) if region != "us" else R.randint(100, 9800)
    flat = R.randint(1, 30) if chance(0.25) and region != "us" else None
    if region == "uk":
        street, town = pick(UK_STREETS), pick(UK_TOWNS)
        pc = gen_uk_pc()
    elif region == "us":
        street, (town, st) = pick(US_STREETS), pick(US_TOWNS)
        pc = gen_zip()
    else:
        street, town, pc = pick(IE_STREETS), pick(IE_TOWNS), None
    canon_num = str(num)
    typed = chance(0.4)
    ga = cs.val("ADDRESS", canon_num)
    if typed:
        cs.a("What's the delivery address?")
        addr = ("Flat %d, " % flat if flat else "") + "%d %s" % (num, street)
        if chance(0.3):
            addr = addr.lower()
        parts = [V(addr, "ADDRESS", ga), ", " + town]
        if region == "uk":
            pcs = pc[0] + " " + pc[1] if chance(0.8) else pc[0] + pc[1]
            parts += [" ", V(pcs if chance(0.7) else pcs.lower(), "POSTCODE", cs.val("POSTCODE", pc[0] + pc[1]))]
        elif region == "us":
            parts += [", %s " % st, V(pc, "POSTCODE", cs.val("POSTCODE", pc.replace("-", "")))]
        cs.c(pick(["", "addr: ", "ship to "]), *parts)
        cs.a("Thanks, your order %s will arrive %s." % ("#" + digits(9), pick(["Tuesday", "within 2-4 days", "by the 14th"])))
        cs.note = "chat: %s address typed with postcode" % region.upper()
        return cs
    who = for_whom() if chance(0.4) else None
    cs.a(pick(["and what's the first line of the address", "can you confirm the address on the account"]))
    if len(canon_num) == 1:
        numw = DIGW[num]
    elif len(canon_num) == 2:
        numw = spoken(canon_num, style="pairs")
    elif len(canon_num) == 3:
        numw = spoken(canon_num, style=pick(["hund", "hund", "singles", "pairs"]))
    else:
        numw = spoken(canon_num, style=pick(["pairs", "pairs", "singles"]))
    addr = ("flat " + DIGW[flat] if flat and flat < 10 else ("flat " + spoken(str(flat), style="pairs") if flat else ""))
    addr = (addr + ", " if addr else "") + numw + " " + street.lower()
    cs.c(("it's %s house, " % who[0]) if who else pick(["", "it's ", "uh "]), V(addr, "ADDRESS", ga),
         pick([", in ", " ", ", "]) + town.lower())
    if region == "uk":
        cs.a("and the postcode")
        gp = cs.val("POSTCODE", pc[0] + pc[1])
        if chance(0.5):
            cs.c(V(spell(pc[0], nato=0.3), "POSTCODE", gp))
            cs.a(bc())
            cs.c(V(spell(pc[1], nato=0.3), "POSTCODE", gp))
        else:
            cs.c(V(spell(pc[0], nato=0.3) + " " + spell(pc[1], nato=0.3), "POSTCODE", gp))
        if chance(0.5):
            cs.a("so ", V(spell(pc[0], nato=1.0) + ", " + spell(pc[1], nato=1.0), "POSTCODE", cs.val("POSTCODE", pc[0] + pc[1])))
            cs.c("yep")
    elif region == "us":
        cs.a("and the zip code")
        z = pc.replace("-", "")
        cs.c(V(spoken(z, style=pick(["singles", "pairs"])), "POSTCODE", cs.val("POSTCODE", z)))
    cs.turns = [(sp, [asr(p) if isinstance(p, str) else p for p in parts]) for sp, parts in cs.turns]
    cs.note = "ASR %s address%s" % (region.upper(), " (relative's)" if who else "")
    return cs


def t_idv():
    """Identity & verification combo with second agent asking again."""
    cs = Case("positive", "ASR ID&V: postcode, DOB, phone; second agent re-asks after transfer")
    y, m, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
    pc = gen_uk_pc()
    ph, _ = gen_phone()
    while not ph.startswith("07"):
        ph, _ = gen_phone()
    cs.a("before I go any further can I take the postcode")
    cs.c(V(spell(pc[0]) + " " + spell(pc[1]), "POSTCODE", cs.val("POSTCODE", pc[0] + pc[1])))
    cs.a("and date of birth")
    cs.c(V(spoken_dob(d, m, y), "DOB", cs.val("DOB", (d, m, y % 100))))
    cs.a("thanks, you'll need our %s team, transferring you now" % pick(["collections", "claims", "repairs", "fraud"]))
    cs.a("hiya, %s here, sorry, data protection again, the mobile number on the account?" % pick(AGENTS).lower())
    g = cs.val("PHONE", ph)
    a_, b_ = ph[:5], ph[5:]
    cs.c(V(spoken(a_), "PHONE", g))
    cs.a(bc())
    cs.c(V(spoken(b_, fill=0.2), "PHONE", g))
    cs.a("and just the postcode again")
    cs.c(V(spell(pc[0], nato=0.5) + " " + spell(pc[1], nato=0.5), "POSTCODE", cs.val("POSTCODE", pc[0] + pc[1])))
    cs.turns = [(sp, [asr(p) if isinstance(p, str) else p for p in parts]) for sp, parts in cs.turns]
    return cs


POS_PLAN = [(t_card_split, 34), (t_card_typed, 16), (t_card_transfer, 10), (t_card_restart, 8),
            (t_ssn, 24), (t_ni, 24), (t_bank, 16), (t_iban, 14), (t_phone, 18), (t_email, 16),
            (t_dob, 16), (t_address, 18), (t_idv, 8)]


# ----------------------------------------------------------------- negative templates
def n_amounts():
    cs = Case("negative", "balances and amounts spoken, incl. long digit amounts")
    cs.c(pick(["hi, I'm calling about my bill", "hello, I want to know why my direct debit went up"]))
    a = R.randint(1000, 9999)
    cs.a("your balance is %s pounds and %s pence, and the next payment of %s is due on the %s of %s" % (
        spoken(str(a), style="pairs"), spoken(str(R.randint(10, 99)), style="pairs"), amount(),
        ordinal_words(R.randint(1, 28)), pick(MONTHS)))
    cs.c("so it's gone from forty two fifty to %s a month? that's like a %d percent rise" % (
        spoken(str(R.randint(50, 99)) + "50", style="pairs"), R.randint(10, 40)))
    return cs


def n_reference_spoken():
    lab = pick(["order number", "tracking number", "claim reference", "ticket number", "case number",
                "invoice number", "booking reference"])
    cs = Case("negative", "%s read digit by digit across turns like a card" % lab)
    ref = digits(pick([12, 14, 16, 16]))
    cs.a("can I take the %s please" % lab)
    parts = split_chunks(ref, R.randint(2, 4))
    for i, p in enumerate(parts):
        cs.c(("yeah the %s is " % lab if i == 0 else "") + spoken(p, fill=0.2))
        if i < len(parts) - 1:
            cs.a(bc())
    cs.a("so that's %s, that's your %s, yes" % (spoken(ref, style="singles"), lab))
    cs.c("that's it")
    cs.turns = [(sp, [asr(p) for p in parts_]) for sp, parts_ in cs.turns]
    return cs


def n_reference_typed():
    lab = pick(["Order #", "Ticket no. ", "Invoice: ", "Ref ", "Tracking: ", "Policy number ",
                "Serial no ", "Model ", "Claim ref: ", "Account reference "])
    val = pick([digits(16), "-".join(digits(4) for _ in range(4)), "INV-" + digits(10),
                "1Z" + digits(4) + "X" + digits(10), digits(4) + " " + digits(4) + " " + digits(4) + " " + digits(4),
                "POL" + digits(9), "SN" + digits(12)])
    cs = Case("negative", "chat: labelled long reference number (%s)" % lab.strip(" :#."))
    cs.c(pick(["hi my parcel hasnt arrived", "Hello, I need help with a claim", "laptop broke, warranty?"]))
    cs.a("Sorry to hear that. Can you share the reference?")
    cs.c(lab + val)
    cs.a("Thanks, I can see it. It was dispatched on %d %s and should arrive within %d working days." % (
        R.randint(1, 28), pick(MONTHS).capitalize(), R.randint(2, 7)))
    return cs


def n_last4():
    cs = Case("negative", "card last four only (PCI-allowed), no full card in case")
    l4 = digits(4)
    cs.a("which card would you like to use")
    st = R.randint(0, 2)
    if st == 0:
        cs.c("the one ending %s" % spoken(l4, style=pick(["singles", "pairs"])))
    elif st == 1:
        cs.c("the visa, last four digits are %s" % l4)
    else:
        cs.c("um the debit card, ends in %s" % spoken(l4, fill=0.3))
    cs.a("lovely, so card ending %s, and that's %s taken today" % (spoken(l4, style="singles"), amount()))
    cs.turns = [(sp, [asr(p) for p in parts]) for sp, parts in cs.turns]
    return cs


def n_times_dates():
    cs = Case("negative", "opening hours, appointment dates, durations, years")
    cs.c(pick(["what time do you open tomorrow", "when can the engineer come"]))
    cs.a("we're open %s till %s, and the earliest appointment is %s the %s of %s between %s and %s" % (
        pick(["eight", "nine", "half eight"]), pick(["six", "five thirty", "eight pm"]), pick(["monday", "tuesday", "friday"]),
        ordinal_words(R.randint(1, 28)), pick(MONTHS), pick(["eight", "ten"]), pick(["twelve", "one"])))
    cs.c("ok, I've been a customer since %s so I'd hope it's quicker than the %d weeks last time" % (
        year_words(R.randint(1995, 2020)), R.randint(2, 6)))
    cs.a("I understand, the visit usually takes about forty five minutes")
    cs.turns = [(sp, [asr(p) for p in parts]) for sp, parts in cs.turns]
    return cs


def n_meter():
    cs = Case("negative", "meter readings and meter serial number")
    cs.a("can I take a meter reading")
    r1 = digits(5)
    cs.c("yeah the day one is %s" % spoken(r1, fill=0.2))
    cs.a(bc())
    cs.c("and night is %s, serial on the meter is %s" % (spoken(digits(5)), spoken(digits(8), style="singles")))
    cs.a("thanks, so your estimated bill drops to %s" % amount())
    cs.turns = [(sp, [asr(p) for p in parts]) for sp, parts in cs.turns]
    return cs


def n_travel():
    cs = Case("negative", "flight, seat, gate, room numbers and booking reference")
    fl = pick(["BA", "EI", "FR", "UA", "LH", "AA"]) + str(R.randint(100, 9999))
    typed = chance(0.5)
    if typed:
        cs.c("Booking ref %s, flight %s on %d %s, seat %d%s - can I change to an aisle?" % (
            "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(6)), fl, R.randint(1, 28),
            pick(MONTHS).capitalize(), R.randint(1, 40), pick("ABCDEF")))
        cs.a("Sure, seat %d%s is free. Boarding from gate %s at %02d:%02d." % (
            R.randint(1, 40), pick("ACDF"), str(R.randint(1, 60)) + pick(["", "A", "B"]), R.randint(5, 22), pick([0, 15, 30, 45])))
    else:
        cs.c("it's flight %s %s, I'm in room %s at the hotel" % (" ".join(fl[:2].lower()), spoken(fl[2:], style="pairs"),
                                                                 spoken(str(R.randint(100, 999)), style="hund")))
        cs.a("ok the flight leaves gate %s at %s" % (spoken(str(R.randint(10, 60)), style="pairs"), pick(["ten forty", "six fifteen", "half seven"])))
    return cs


def n_misc_numbers():
    cs = Case("negative", "ages, temperatures, percentages, counts, prices")
    cs.c("my dad's %s and the heating's stuck at %s degrees, it's been %s days" % (
        spoken(str(R.randint(70, 95)), style="pairs"), spoken(str(R.randint(12, 30)), style="pairs"), DIGW[R.randint(2, 9)]))
    cs.a("I'm sorry, as he's over %s we can prioritise that, there's a %s percent discount and the part's %s" % (
        spoken(str(R.randint(60, 75)), style="pairs"), spoken(str(R.randint(5, 50)), style="pairs"), amount()))
    cs.c("and how many engineers are there, like %s?" % DIGW[R.randint(2, 9)])
    cs.turns = [(sp, [asr(p) for p in parts]) for sp, parts in cs.turns]
    return cs


def n_roads():
    cs = Case("negative", "road names and towns without house numbers")
    st = pick(UK_STREETS + US_STREETS)
    cs.c("there's a leak on %s near the junction with %s, by the %s" % (
        st.lower(), pick(["the a40", "the m6", "route 9", "highway 101", "the n11"]), pick(["tesco", "school", "post office"])))
    cs.a("thank you, we'll send a crew to %s, it's logged as job %s" % (st.lower(), spoken(digits(7), style="singles")))
    cs.turns = [(sp, [asr(p) for p in parts]) for sp, parts in cs.turns]
    return cs


def n_policy_split():
    lab = pick(["policy number", "customer reference", "membership number", "account reference", "contract number"])
    cs = Case("negative", "%s with letters and digits, split across turns and read back" % lab)
    ref = "".join(pick("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(2)) + digits(6) + pick("ABCD")
    cs.a("what's your %s" % lab)
    cs.c("it's on the letter, " + spell(ref[:2], nato=0.5))
    cs.a(bc())
    cs.c(spoken(ref[2:8], fill=0.2) + " " + spell(ref[8]))
    cs.a("so %s %s, %s" % (lab, spell(ref[:2], nato=1.0), spell(ref[2:])))
    cs.turns = [(sp, [asr(p) for p in parts]) for sp, parts in cs.turns]
    cs.note += " (NI-like shape but labelled as %s)" % lab
    return cs


def n_hold():
    cs = Case("negative", "hold/transfer chatter with durations and queue positions")
    cs.a(hold_line())
    cs.c("how long will it be")
    cs.a("you're number %s in the queue, roughly %s minutes" % (DIGW[R.randint(2, 9)], spoken(str(R.randint(11, 45)), style="pairs")))
    cs.a(back_line() + ", I'm transferring you to extension %s" % spoken(digits(4), style="singles"))
    cs.c("fine, I've been on for %s minutes already and it's %s calls this week" % (spoken(str(R.randint(20, 59)), style="pairs"), DIGW[R.randint(3, 6)]))
    cs.turns = [(sp, [asr(p) for p in parts]) for sp, parts in cs.turns]
    return cs


def n_payment_date():
    cs = Case("negative", "payment/contract dates and years, no DOB")
    cs.c(pick(["can I move my payment date", "when does my contract end"]))
    cs.a("your contract started on the %s of %s %s and ends %s, payments go out on the %s" % (
        ordinal_words(R.randint(1, 28)), pick(MONTHS), year_words(R.randint(2019, 2024)),
        pick(["next march", "in twenty four months", "on the thirty first of december"]), ordinal_words(R.randint(1, 28))))
    cs.c("can it be the %s instead, I get paid on %s" % (ordinal_num(R.randint(1, 28)), "%02d/%02d" % (R.randint(1, 28), R.randint(1, 12))))
    cs.turns = [(sp, [asr(p) for p in parts]) for sp, parts in cs.turns]
    return cs


def n_long_digits_chat():
    cs = Case("negative", "chat: long Luhn-valid-looking digit strings labelled as IMEI/serial/tracking")
    lab = pick(["IMEI", "IMEI:", "serial number", "tracking", "router S/N", "voucher code"])
    cs.c("Hi, my phone is locked. %s %s" % (lab, luhn_complete("35" + digits(6), 15) if "IMEI" in lab else digits(pick([13, 16, 18]))))
    cs.a("Thanks. Unlock requests take up to %d hours. Your ticket is %s." % (pick([24, 48, 72]), "TKT" + digits(7)))
    return cs


NEG_PLAN = [(n_amounts, 10), (n_reference_spoken, 16), (n_reference_typed, 14), (n_last4, 10),
            (n_times_dates, 9), (n_meter, 8), (n_travel, 9), (n_misc_numbers, 7), (n_roads, 7),
            (n_policy_split, 8), (n_hold, 6), (n_payment_date, 8), (n_long_digits_chat, 6)]


# ----------------------------------------------------------------- build & validate
def build_all():
    recs, meta = [], []
    for kind, plan, pref in (("positive", POS_PLAN, "pos"), ("negative", NEG_PLAN, "neg")):
        jobs = [f for f, n in plan for _ in range(n)]
        R.shuffle(jobs)
        for i, f in enumerate(jobs, 1):
            cs = f()
            rec, internal = cs.build("h403-%s-%03d" % (pref, i))
            recs.append(rec)
            meta.append((cs, internal))
    return recs, meta


def validate_group(typ, canon, mode, text):
    if typ == "CARD_NUMBER":
        n = alnum_norm(text)
        return n.isdigit() and (n == canon if mode == "full" else (n in canon or canon in n)) and \
            (mode != "full" or (luhn_ok(n) and 13 <= len(n) <= 19))
    if typ == "CVV":
        return alnum_norm(text) == canon and len(canon) in (3, 4)
    if typ == "SSN":
        n = alnum_norm(text)
        return n.isdigit() and (n == canon and len(n) == 9 if mode == "full" else n in canon)
    if typ == "NI_NUMBER":
        n = alnum_norm(text)
        return n == canon and bool(NI_RE.match(n)) and n[:2] not in NI_BAD
    if typ == "BANK_ACCOUNT":
        n = alnum_norm(text)
        return n == canon and n.isdigit() and 8 <= len(n) <= 12
    if typ == "SORT_CODE":
        n = alnum_norm(text)
        return n == canon and n.isdigit() and len(n) == 6
    if typ == "IBAN":
        n = alnum_norm(text)
        return n == canon and iban_ok(n)
    if typ == "PHONE":
        n = alnum_norm(text)
        return n == canon and n.isdigit() and 10 <= len(n) <= 13
    if typ == "EMAIL":
        n = email_norm(text)
        return n == canon and bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", n))
    if typ == "DOB":
        return canon in parse_date(text)
    if typ == "EXPIRY":
        return parse_expiry(text) == canon and 1 <= canon[0] <= 12
    if typ == "POSTCODE":
        n = alnum_norm(text)
        return n == canon and (bool(UK_PC_RE.match(n)) or bool(re.fullmatch(r"\d{5}(\d{4})?", n)))
    if typ == "ADDRESS":
        low = text.lower()
        return canon in alnum_norm(text) and any(w in SUFFIXES for w in re.findall(r"[a-z]+", low))
    return False


DIGITISH = {"CARD_NUMBER", "CVV", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
            "POSTCODE"}


def check(recs, meta, text):
    errs = []
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for line in text.splitlines():
        r = json.loads(line)
        assert set(r) == {"id", "kind", "turns", "spans", "note"}
    for r, (cs, internal) in zip(recs, meta):
        if r["kind"] == "negative" and r["spans"]:
            errs.append(r["id"] + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(r["id"] + ": positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"].strip():
                errs.append(r["id"] + ": bad turn")
        last = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(r["id"] + ": bad type")
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append(r["id"] + ": turn out of range")
                continue
            tx = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                errs.append("%s: offsets out of range" % r["id"])
                continue
            if (st > 0 and tx[st - 1].isalnum()) or (en < len(tx) and tx[en].isalnum()) \
                    or not (tx[st].isalnum() or (s["type"] == "PHONE" and tx[st] in "+(")) \
                    or not tx[en - 1].isalnum():
                errs.append("%s: span not on word boundary %r" % (r["id"], tx[max(0, st - 3):en + 3]))
            if s["turn"] in last and st < last[s["turn"]]:
                errs.append(r["id"] + ": overlapping spans")
            last[s["turn"]] = en
        # group-level value validation
        pieces = {}
        for ti, st, gid, txt in internal:
            pieces.setdefault(gid, []).append((ti, st, txt))
        for gid, (typ, canon, mode) in cs.groups.items():
            if gid not in pieces:
                errs.append("%s: unused value group %s" % (r["id"], typ))
                continue
            ordered = [t for _, _, t in sorted(pieces[gid])]
            joined = " ".join(ordered)
            if typ in DIGITISH:
                # each piece is its own utterance: normalise separately, then concatenate
                joined = " ".join(alnum_norm(t) for t in ordered)
            if not validate_group(typ, canon, mode, joined):
                errs.append("%s: %s failed validation: %r (canon %r)" % (r["id"], typ, joined, canon))
    return errs


def counts(recs):
    c = {t: 0 for t in TYPES}
    for r in recs:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def render(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def readme(recs):
    c = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout403 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds, word lists or
> models against these cases, and do not copy phrasings from it into training or
> development data. It exists only to measure the PII redaction engine on data its
> authors have not seen. If it has been used for tuning, it is no longer a held-out set.

## Provenance

Written by an AI helper acting as an independent test author, who did not see the
redaction code, its tests, docs or other fixtures. Every case is synthetic and
generated by `scripts/make_pii_holdout403.py` (Python standard library only, a single
`random.Random(403241125)`). All card numbers, SSNs, NI numbers, IBANs, phone numbers,
e-mails and addresses are invented. Turns are built from plain-text segments and
labelled value segments, so offsets are computed, never typed.

`python scripts/make_pii_holdout403.py --check` regenerates the set and verifies it is
byte-identical, ids are unique, spans are in range, on word boundaries and do not
overlap, and every labelled value is valid after normalising spoken forms (Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, date parsing
for DOB/expiry, UK/US postcode shapes, etc.).

## Contents

%d cases: %d positive, %d negative. Mix of typed chat/e-mail (separators, odd
grouping, case variation, typos, labels such as "acct no:") and lower-case ASR call
transcripts (numbers as words, oh/o/nought/zero, double/triple, pairs, hundreds,
NATO and folk spelling, fillers, corrections and restarted readings, asides).
Emphasis: values given piece by piece across many turns with agent back-channels,
holds, transfers, a second agent asking again, partial repeats and read-backs, and
callers reading values for someone else (partner, parent).

Format: one JSON object per line with `id`, `kind` (positive/negative), `turns`
(`speaker` customer/agent, `text`), `spans` (`turn`, `start`, `end` exclusive,
`type`) and `note`.

## Annotation conventions

- A span covers exactly the value, first letter/digit to last; lead-in words
  ("it's", "my number is") are outside.
- A value split across turns gets one span per turn, each with the value's type.
  Agent read-backs (full or partial) are labelled too.
- Fillers ("um", "uh") spoken inside a reading are inside the span. An aside in the
  middle of a reading splits it into two spans in the same turn.
- An aborted reading before a correction/restart is labelled as well (it is still
  part of the number).
- Phone spans include the country code ("plus four four ...", "+44 ..."); for typed
  phones the span starts at a leading "+" or "(" ("+44 7700 ...", "(212) 555-...").
- ADDRESS covers flat/house number and street, not the town; the postcode/ZIP is a
  separate POSTCODE span. DOB and EXPIRY cover the whole date expression.
- A card's last four said on their own are not PII unless the full card was read in
  the same case (then the "card ending ..." read-back is labelled CARD_NUMBER).
- Negative cases contain no PII: amounts, balances, times, opening hours, durations,
  counts, ages, temperatures, percentages, years, appointment/payment/contract dates,
  labelled order/ticket/invoice/claim/reference/tracking/serial/model/policy numbers,
  IMEIs, meter readings, flight/room/gate/seat numbers, road names, last-four mentions.
  Non-PII numbers also occur unlabelled inside positive cases.

## Span counts by type

| type | spans |
|---|---|
%s
| **total** | %d |
""" % (len(recs), npos, nneg, rows, sum(c.values()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    recs, meta = build_all()
    text = render(recs)
    rd = readme(recs)
    errs = check(recs, meta, text)
    c = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    for t in TYPES:
        need = 70 if t == "CARD_NUMBER" else 30 if t in ("SSN", "NI_NUMBER") else 10
        if c[t] < need:
            errs.append("too few %s spans: %d" % (t, c[t]))
    if args.check:
        for path, want in ((CASES, text), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != want:
                        errs.append("%s differs from regenerated output" % path)
            except OSError:
                errs.append("missing " + path)
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8", newline="\n") as f:
            f.write(rd)
    for e in errs:
        print("ERROR", e)
    print("cases: %d positive, %d negative; spans: %s" % (npos, nneg, json.dumps(c)))
    if errs:
        sys.exit(1)
    print("check OK" if args.check else "written")


if __name__ == "__main__":
    main()

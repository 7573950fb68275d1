#!/usr/bin/env python3
"""Generate the pii_holdout454 held-out PII redaction evaluation set.

Written by an independent test author who never saw the redaction engine.
Standard library only; a single random.Random(454241125) drives everything.

Usage:
    python scripts/make_pii_holdout454.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout454.py --check  # regenerate + validate
"""
import json
import os
import re
import sys
import random

SEED = 454241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout454", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------------------
# segment model: a turn is a list of plain strings and labelled Seg objects
# ----------------------------------------------------------------------------
_GROUP = [0]


class Seg:
    def __init__(self, text, typ, group=None, frag=False):
        self.text, self.typ, self.frag = text, typ, frag
        if group is None:
            _GROUP[0] += 1
            group = _GROUP[0]
        self.group = group


def newg():
    _GROUP[0] += 1
    return _GROUP[0]


class Case:
    def __init__(self, kind, note, asr=False):
        self.kind, self.note, self.asr, self.turns = kind, note, asr, []

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)

    def build(self, cid):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, Seg):
                    st = s.text.lower() if self.asr else s.text
                    spans.append({"turn": ti, "start": len(text),
                                  "end": len(text) + len(st), "type": s.typ})
                    meta.append((s.group, s.frag))
                    text += st
                else:
                    text += s.lower() if self.asr else s
            turns.append({"speaker": spk, "text": text})
        if self.kind == "negative":
            assert not spans, self.note
        else:
            assert spans, self.note
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans,
               "note": self.note}
        return rec, meta


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def rdig(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def gen_card(r):
    k = r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if k == "visa":
        return luhn_complete("4" + rdig(r, 14))
    if k == "mc":
        return luhn_complete("5" + r.choice("12345") + rdig(r, 13))
    if k == "amex":
        return luhn_complete(r.choice(["34", "37"]) + rdig(r, 12))
    if k == "disc":
        return luhn_complete("6011" + rdig(r, 11))
    if k == "visa13":
        return luhn_complete("4" + rdig(r, 11))
    return luhn_complete("6759" + rdig(r, 14))


def non_luhn(r, n, first=None):
    while True:
        d = (first or r.choice("3456")) + rdig(r, n - 1)
        if not luhn_ok(d):
            return d


def card_groups(d, r):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 16:
        return r.choice([[d[i:i + 4] for i in range(0, 16, 4)],
                         [d[i:i + 4] for i in range(0, 16, 4)],
                         [d[:6], d[6:12], d[12:]],
                         [d[:5], d[5:10], d[10:]],
                         [d[:8], d[8:]]])
    if len(d) == 13:
        return [d[:4], d[4:8], d[8:13]]
    return [d[:4], d[4:8], d[8:12], d[12:16], d[16:]]


def gen_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


NI_P1 = "ABCEGHJKLMNPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(r):
    while True:
        p = r.choice(NI_P1) + r.choice(NI_P2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(r, 6) + r.choice("ABCD")


def gen_sort(r):
    return r.choice(["20", "40", "60", "30", "77", "83", "90", "11", "09", "23"]) + rdig(r, 4)


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def gen_iban(r):
    cc = r.choice(["GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = r.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + gen_sort(r) + rdig(r, 8)
    elif cc == "IE":
        bban = r.choice(["AIBK", "IPBS", "ULSB", "BARC"]) + r.choice(["93", "90", "98"]) + rdig(r, 4) + rdig(r, 8)
    elif cc == "DE":
        bban = rdig(r, 18)
    elif cc == "FR":
        bban = rdig(r, 23)
    elif cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABX", "TRIX"]).replace("X", "W") + rdig(r, 10)
    else:
        bban = rdig(r, 20)
    return cc + iban_check(cc, bban) + bban


def groups_of(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


UK_AREAS = ["LS", "M", "CF", "G", "BT", "BS", "NE", "EH", "B", "L", "S", "SW", "N",
            "E", "CR", "KT", "DH", "AB", "DD", "HU", "TS", "WR", "SA", "LL"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc(r):
    a = r.choice(UK_AREAS)
    out = a + str(r.randint(1, 29 if len(a) == 2 else 9))
    if len(a) == 2 and r.random() < 0.1 and len(out) == 3:
        out += r.choice("ABEHW")
    return out, str(r.randint(0, 9)) + r.choice(INWARD) + r.choice(INWARD)


EIR_KEYS = ["D02", "D04", "D6W", "D08", "D15", "T12", "T23", "H91", "V94", "A94",
            "K67", "R95", "X91", "F92", "W23", "N91"]
EIR_CH = "ACDEFHKNPRTVWXY"


def gen_eircode(r):
    u = r.choice(EIR_CH) + r.choice("0123456789") + r.choice(EIR_CH + "0123456789") + r.choice("0123456789")
    return r.choice(EIR_KEYS), u


def gen_zip(r):
    return "%05d" % r.randint(10001, 99950)


FIRST = ["sarah", "james", "aoife", "siobhan", "ciaran", "niamh", "gareth", "rhys",
         "priya", "mohammed", "tom", "emma", "declan", "fiona", "kerry", "liam",
         "grace", "owen", "maria", "chloe", "dylan", "shauna", "callum", "eilidh"]
LAST = ["murphy", "kelly", "walsh", "byrne", "jones", "patel", "smith", "khan",
        "evans", "hughes", "taylor", "brennan", "doyle", "reid", "campbell",
        "mcgrath", "davies", "nolan", "fraser", "quinn"]
STREETS = ["Wellington Road", "Hawthorn Close", "Church Lane", "Mill Street",
           "Griffith Avenue", "Station Road", "Kings Drive", "Meadow Way",
           "Elm Grove", "Victoria Terrace", "Castle Crescent", "Bridge Street",
           "Park View", "Ashfield Gardens", "Willow Court", "Main Street",
           "Oakley Place", "Beech Park", "Harbour Road", "Glen Avenue"]
SUFFIX = {"road", "close", "lane", "street", "avenue", "drive", "way", "grove",
          "terrace", "crescent", "view", "gardens", "court", "place", "park",
          "st", "rd", "ave"}
TOWNS_UK = ["Leeds", "Manchester", "Cardiff", "Glasgow", "Belfast", "Bristol",
            "Newcastle", "Aberdeen", "Swansea", "Hull", "Dundee", "Worcester"]
TOWNS_IE = ["Dublin", "Cork", "Galway", "Limerick", "Athlone", "Drogheda", "Sligo"]
TOWNS_US = ["Austin", "Columbus", "Denver", "Tampa", "Boise", "Raleigh"]
DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "eircom.net", "yahoo.ie",
           "btinternet.com", "icloud.com", "live.ie", "gmail.com"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]


def gen_phone(r, kind=None):
    """returns (typed_groups, country_code or None) -- digits only in groups."""
    kind = kind or r.choice(["ukmob", "ukmob", "ukland", "iemob", "ieland", "us", "ukmob_i", "iemob_i"])
    if kind in ("ukmob", "ukmob_i"):
        n = "07700900" + rdig(r, 3)
        g = [n[:5], n[5:]] if r.random() < 0.6 else [n[:5], n[5:8], n[8:]]
        if kind == "ukmob_i":
            return ["44", n[1:5], n[5:]], "+"
        return g, None
    if kind == "ukland":
        n = r.choice(["02079460", "01134960", "01614960", "02920180", "02896496", "01314960"]) + rdig(r, 3)
        if n.startswith("02"):
            return [n[:3], n[3:7], n[7:]], None
        return [n[:4], n[4:7], n[7:]], None
    if kind in ("iemob", "iemob_i"):
        pre = r.choice(["083", "085", "086", "087", "089"])
        rest = rdig(r, 7)
        if kind == "iemob_i":
            return ["353", pre[1:], rest[:3], rest[3:]], "+"
        return [pre, rest[:3], rest[3:]], None
    if kind == "ieland":
        if r.random() < 0.5:
            return ["01", rdig(r, 3), rdig(r, 4)], None
        return [r.choice(["021", "091", "061"]), rdig(r, 3), rdig(r, 4)], None
    area = r.choice(["212", "512", "614", "303", "919"])
    return ["1", area, "555", "01" + rdig(r, 2)], "+"


# ----------------------------------------------------------------------------
# speaking numbers
# ----------------------------------------------------------------------------
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
ASIN = {"a": "apple", "b": "bravo", "c": "cat", "d": "dog", "e": "edward",
        "f": "freddie", "g": "george", "h": "harry", "j": "john", "k": "king",
        "l": "london", "m": "mother", "n": "nora", "p": "peter", "r": "robert",
        "s": "sugar", "t": "tommy", "w": "william", "x": "xylophone", "y": "yellow",
        "z": "zebra", "i": "ireland", "q": "queen", "u": "uncle", "v": "victor"}
FILLERS = ["um", "uh", "er", "erm", "em"]


class Voice:
    """speaker habits for one reading"""

    def __init__(self, r, region="uk"):
        self.r = r
        zs = {"uk": ["oh", "oh", "nought", "zero", "o"], "ie": ["oh", "oh", "zero", "o"],
              "sc": ["oh", "zero", "nought"], "us": ["zero", "oh", "oh"]}[region]
        self.z = r.choice(zs)
        self.mult = r.random() < 0.75
        self.three = "treble" if region in ("sc", "ie") and r.random() < 0.7 else (
            "treble" if region == "uk" and r.random() < 0.3 else "triple")
        self.pairs = r.random() < 0.3
        self.hund = r.random() < 0.15
        self.filler = r.random() < 0.35

    def dw(self, c):
        return self.z if c == "0" else UNITW[int(c)]


def pair_word(g):
    a, b = int(g[0]), int(g[1])
    if a == 1:
        return TEENW[b]
    return TENSW[a] + ("" if b == 0 else " " + UNITW[b])


def say_group(g, v, mode=None):
    r = v.r
    mode = mode or ("p" if v.pairs else ("h" if v.hund else "d"))
    if mode == "p" and len(g) == 2 and g[0] != "0":
        return pair_word(g), True
    if mode == "p" and len(g) == 4 and g[0] != "0" and g[2] != "0" and g[3] != "0" and g[1] != "0":
        return pair_word(g[:2]) + " " + pair_word(g[2:]), True
    if mode in ("h", "p") and len(g) == 3 and g[0] != "0" and g[2] != "0":
        rest = pair_word(g[1:]) if g[1] != "0" else UNITW[int(g[2])]
        return UNITW[int(g[0])] + " hundred and " + rest, True
    out, i = [], 0
    while i < len(g):
        j = i
        while j < len(g) and g[j] == g[i]:
            j += 1
        run = j - i
        if v.mult and run >= 3 and r.random() < 0.8:
            out.append(v.three + " " + v.dw(g[i]))
            i += 3
            continue
        if v.mult and run >= 2 and r.random() < 0.8:
            out.append("double " + v.dw(g[i]))
            i += 2
            continue
        out.append(v.dw(g[i]))
        i += 1
    return " ".join(out), False


def say_groups(groups, v, filler=None, sep=None):
    """speak a list of digit groups; fillers may appear between groups"""
    r = v.r
    filler = v.filler if filler is None else filler
    parts = []
    for k, g in enumerate(groups):
        txt, comma = say_group(g, v)
        if parts:
            if filler and r.random() < 0.3:
                parts.append(", " + r.choice(FILLERS) + ", ")
            elif comma or prev_comma:
                parts.append(", ")
            else:
                parts.append(sep if sep is not None else r.choice([" ", ", ", " ", "... "]))
        parts.append(txt)
        prev_comma = comma
    return "".join(parts)


def say_letter(ch, r, style):
    ch = ch.lower()
    if style == "nato":
        return ch + " for " + NATO[ch]
    if style == "asin":
        return ch + " as in " + ASIN[ch]
    if style == "natoonly":
        return NATO[ch]
    return ch


def say_mixed(s, v, style=None, groups=None):
    """alphanumeric value (NI, postcode, IBAN) spoken char by char"""
    r = v.r
    style = style or r.choice(["plain", "plain", "nato", "asin", "natoonly"])
    groups = groups or [s]
    out = []
    for g in groups:
        toks, digs = [], ""
        for ch in g:
            if ch.isdigit():
                digs += ch
            else:
                if digs:
                    toks.append(say_group(digs, v, "d")[0])
                    digs = ""
                toks.append(say_letter(ch, r, style if r.random() < 0.85 else "plain"))
        if digs:
            toks.append(say_group(digs, v, "d")[0])
        out.append(" ".join(toks))
    sep = ", "
    return sep.join(out)


def ordinal(n):
    w = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
         7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
         12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
         16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
         20: "twentieth", 30: "thirtieth"}
    if n in w:
        return w[n]
    return TENSW[n // 10] + " " + w[n % 10]


def sfx(n):
    if 11 <= n <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def say_year(y):
    if y >= 2000:
        return "twenty " + pair_word("%02d" % (y % 100)) if y % 100 >= 10 else "two thousand and " + UNITW[y % 10]
    return "nineteen " + pair_word(str(y % 100))


# ----------------------------------------------------------------------------
# normalisation / validation for --check
# ----------------------------------------------------------------------------
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9}
ORDTEEN = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
           "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
           "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
ZEROS = {"zero", "oh", "o", "nought", "naught"}
UNITMAP = dict((w, i) for i, w in enumerate(UNITW))
UNITMAP.update(dict((z, 0) for z in ZEROS))
UNITMAP.update(ORD)
TEENMAP = dict((w, 10 + i) for i, w in enumerate(TEENW))
TEENMAP.update(ORDTEEN)
TENSMAP = dict((w, i) for i, w in enumerate(TENSW) if w)
NATOREV = dict((w, k) for k, w in NATO.items())
NATOREV.update({"alfa": "a", "juliett": "j", "xray": "x"})
LETTERNAMES = {"bee": "b", "cee": "c", "see": "c", "dee": "d", "gee": "g", "jay": "j",
               "kay": "k", "aitch": "h", "haitch": "h", "pee": "p", "tee": "t",
               "vee": "v", "zed": "z", "zee": "z", "ess": "s", "eff": "f", "em": "m",
               "en": "n", "ex": "x", "el": "l"}
SKIP = {"slash", "dash", "hyphen", "space", "and", "the", "of", "then"} | set(FILLERS)
EMAILW = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}


def normalise(text, email=False):
    """spoken/typed value -> compact string of digits and letters"""
    t = text.lower().replace("x-ray", "xray")
    toks = re.findall(r"[a-z0-9]+|,|\+|@|\.|_|-", t)
    out, i = [], 0
    fillers = set(FILLERS) - ({"em"} if not email else set())

    def nxt(k):
        return toks[k] if k < len(toks) else None

    while i < len(toks):
        w = toks[i]
        if email and w in EMAILW:
            out.append(EMAILW[w]); i += 1; continue
        if w in ("@", ".", "_", "-") and email:
            out.append(w); i += 1; continue
        if w in (",", ".", "-", "_", "@"):
            i += 1; continue
        if w == "+" or w == "plus":
            out.append("+"); i += 1; continue
        if w in fillers or (not email and w in SKIP):
            i += 1; continue
        if w in ("double", "triple", "treble") and nxt(i + 1) is not None:
            n = 2 if w == "double" else 3
            sub = nxt(i + 1)
            ch = str(UNITMAP[sub]) if sub in UNITMAP else sub
            out.append(ch * n)
            i += 2
            continue
        if w in UNITMAP and w not in ORD and nxt(i + 1) == "hundred":
            val = UNITMAP[w] * 100
            i += 2
            if nxt(i) == "and":
                i += 1
            w2 = nxt(i)
            if w2 in TENSMAP:
                val += TENSMAP[w2] * 10
                i += 1
                if nxt(i) in UNITMAP and nxt(i) not in ZEROS:
                    val += UNITMAP[nxt(i)]
                    i += 1
            elif w2 in TEENMAP:
                val += TEENMAP[w2]; i += 1
            elif w2 in UNITMAP:
                val += UNITMAP[w2]; i += 1
            out.append("%03d" % val)
            continue
        if w in TEENMAP:
            out.append(str(TEENMAP[w])); i += 1; continue
        if w in TENSMAP:
            if nxt(i + 1) in UNITMAP and nxt(i + 1) not in ZEROS:
                out.append(str(TENSMAP[w] * 10 + UNITMAP[nxt(i + 1)])); i += 2
            else:
                out.append(str(TENSMAP[w] * 10)); i += 1
            continue
        if w in UNITMAP:
            out.append(str(UNITMAP[w])); i += 1; continue
        if w in NATOREV:
            out.append(NATOREV[w].upper()); i += 1; continue
        if len(w) == 1 and w.isalpha():
            out.append(w.upper())
            if nxt(i + 1) == "for" and nxt(i + 2):
                i += 3
            elif nxt(i + 1) == "as" and nxt(i + 2) == "in" and nxt(i + 3):
                i += 4
            else:
                i += 1
            continue
        if w in LETTERNAMES and not email:
            out.append(LETTERNAMES[w].upper()); i += 1; continue
        if re.fullmatch(r"\d+(st|nd|rd|th)", w):
            out.append(re.sub(r"\D", "", w)); i += 1; continue
        out.append(w.upper())
        i += 1
    s = "".join(out)
    return s.lower() if email else s


UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EIR_RE = re.compile(r"^[ACDEFHKNPRTVWXY]\d[\dW][\dACDEFHKNPRTVWXY]{4}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def validate(typ, texts, frag):
    joined = " , ".join(texts)
    low = joined.lower()
    if typ == "EMAIL":
        s = low.replace(" ", "") if "@" in low else normalise(joined, email=True)
        return bool(EMAIL_RE.match(s)) if not frag else True
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z0-9]+", low)
        first_ok = toks[0] in ("flat", "apartment", "apt", "unit", "no") or toks[0].isdigit() \
            or toks[0] in UNITMAP or toks[0] in TEENMAP or toks[0] in TENSMAP
        return first_ok and toks[-1] in SUFFIX
    if typ in ("DOB", "EXPIRY"):
        has_month = any(m in low or m[:3] + " " in low + " " for m in MONTHS)
        s = normalise(re.sub("|".join(MONTHS), " ", low))
        digs = re.sub(r"\D", "", s)
        if typ == "EXPIRY":
            if has_month:
                return 2 <= len(digs) <= 4
            if len(digs) in (3, 4, 6):
                m = int(digs[:-2] if len(digs) != 6 else digs[:2])
                return 1 <= m <= 12
            return False
        if has_month:
            return 3 <= len(digs) <= 6
        return 5 <= len(digs) <= 8
    s = normalise(joined)
    if typ == "PHONE":
        return bool(re.fullmatch(r"(\+|00)?\d{9,13}", s)) if not frag else s.isdigit()
    if not s:
        return False
    if frag:
        return bool(re.fullmatch(r"[A-Z0-9]+", s))
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return s.isdigit() and len(s) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(s))
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 8 <= len(s) <= 12
    if typ == "IBAN":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s)) and mod97_ok(s)
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(s) or EIR_RE.match(s) or re.fullmatch(r"\d{5}(\d{4})?", s))
    return False


# ----------------------------------------------------------------------------
# rendering helpers for typed values
# ----------------------------------------------------------------------------
def typed_card(d, r):
    g = card_groups(d, r)
    sep = r.choice([" ", " ", "-", "", " ", ".", "  "])
    return sep.join(g)


def typed_ni(n, r):
    f = r.choice([0, 1, 2, 3, 4])
    if f == 0:
        s = n
    elif f == 1:
        s = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif f == 2:
        s = "%s %s %s" % (n[:2], n[2:8], n[8])
    elif f == 3:
        s = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    else:
        s = "%s%s %s" % (n[:2], n[2:8], n[8])
    return s.lower() if r.random() < 0.3 else s


def typed_sort(s, r):
    return r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % (s[:2], s[2:4], s[4:])


def typed_ssn(s, r):
    return r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])


def typed_phone(groups, cc, r):
    if cc:
        if r.random() < 0.2 and groups[0] == "44":
            return "44 (0)" + " ".join(groups[1:]), "+"
        if r.random() < 0.25:
            return "00" + groups[0] + " " + " ".join(groups[1:]), ""
        return groups[0] + " " + r.choice([" ", "-"]).join(groups[1:]), "+"
    if r.random() < 0.15 and len(groups) >= 3:
        return groups[0] + ") " + " ".join(groups[1:]), "("
    return r.choice([" ", "", "-", " "]).join(groups), ""


def spoken_phone(groups, cc, v):
    r = v.r
    if cc:
        lead = r.choice(["plus ", "plus ", ""]) if True else ""
        if not lead:
            return "double " + v.dw("0") + " " + say_group(groups[0], v, "d")[0] + " " + say_groups(groups[1:], v)
        return lead + say_group(groups[0], v, "d")[0] + " " + say_groups(groups[1:], v)
    return say_groups(groups, v)


def typed_pc(out, inn, r):
    s = out + r.choice([" ", " ", "", " "]) + inn
    return s.lower() if r.random() < 0.25 else s


def spoken_pc(out, inn, v):
    return say_mixed(out, v, style=v.r.choice(["plain", "plain", "nato", "asin"])) + v.r.choice([", ", " ", "... "]) + say_mixed(inn, v, "plain")


def typed_iban(ib, r):
    return r.choice([" ".join(groups_of(ib, 4)), ib, " ".join(groups_of(ib, 4)).lower(), " ".join(groups_of(ib, 4))])


def typed_expiry(m, y, r):
    return r.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d / %02d", "%d/%02d"]) % (m, y)


def spoken_expiry(m, y, v):
    r = v.r
    f = r.randint(0, 3)
    if f == 0:
        return (v.dw("0") + " " if m < 10 else "") + (UNITW[m] if m < 10 else pair_word(str(m))) + " " + pair_word("%02d" % y)
    if f == 1:
        return MONTHS[m - 1] + " twenty " + pair_word("%02d" % y)
    if f == 2:
        return (v.dw("0") + " " if m < 10 else "") + (UNITW[m] if m < 10 else pair_word(str(m))) + " slash " + pair_word("%02d" % y)
    return MONTHS[m - 1] + " " + pair_word("%02d" % y)


def typed_dob(d, m, y, r, us=False):
    f = r.randint(0, 5)
    if us:
        return r.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d-%02d-%02d" % (y, m, d)])
    if f == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if f == 1:
        return "%d%s %s %d" % (d, sfx(d), MONTHS[m - 1].title(), y)
    if f == 2:
        return "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y)
    if f == 3:
        return "%02d.%02d.%02d" % (d, m, y % 100)
    if f == 4:
        return "%d/%d/%d" % (d, m, y)
    return "%02d-%02d-%d" % (d, m, y)


def spoken_dob(d, m, y, v, us=False):
    r = v.r
    if us:
        return MONTHS[m - 1] + " " + ordinal(d) + ", " + say_year(y)
    f = r.randint(0, 3)
    if f == 0:
        return "the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    if f == 1:
        return ordinal(d) + " " + MONTHS[m - 1] + ", " + say_year(y)
    if f == 2:
        return ordinal(d) + " of the " + ordinal(m) + " " + pair_word(str(y % 100))
    return (UNITW[d] if d < 10 else pair_word(str(d))) + " " + (UNITW[m] if m < 10 else pair_word(str(m))) + " " + say_year(y)


def spoken_address(num, street, v, flat=None):
    r = v.r
    n = UNITW[num] if num < 10 else (pair_word(str(num)) if num < 100 and num % 10 else say_group(str(num), v, "d")[0])
    s = n + " " + street.lower()
    if flat:
        s = "flat " + UNITW[flat] + ", " + s
    return s


def typed_address(num, street, r, flat=None):
    s = "%d %s" % (num, street)
    if flat:
        s = r.choice(["Flat %d, " % flat, "Apartment %d, " % flat, "flat %d " % flat]) + s
    return s.lower() if r.random() < 0.2 else s


def spoken_email(first, last, num, dom, v):
    r = v.r
    parts = []
    if r.random() < 0.3:
        nm = " ".join(first)
        nm = re.sub(r"(\w) \1", lambda mm: "double " + mm.group(1), nm)
    else:
        nm = first
    parts.append(nm)
    parts.append(r.choice([" dot ", " underscore ", " "]))
    parts.append(last)
    if num:
        parts.append(" " + (pair_word(num) if num[0] != "0" and num[1] != "0" else say_group(num, v, "d")[0]))
    d = dom.split(".")
    parts.append(" at " + " dot ".join(d))
    return "".join(parts)


# ----------------------------------------------------------------------------
# case templates
# ----------------------------------------------------------------------------
BACK = ["mhm", "go on", "yep", "ok", "right", "uh huh", "yeah go ahead", "lovely", "grand", "okay, next four", "got that"]
REGIONS = ["uk", "uk", "ie", "sc", "uk", "ie"]


def split_reading(groups, v, nsplit):
    """split list of groups into nsplit chunks"""
    r = v.r
    idx = sorted(r.sample(range(1, len(groups)), min(nsplit - 1, len(groups) - 1)))
    chunks, prev = [], 0
    for i in idx + [len(groups)]:
        chunks.append(groups[prev:i])
        prev = i
    return chunks


def card_asr(r, ind):
    reg = r.choice(REGIONS + ["us"])
    v = Voice(r, reg)
    d = gen_card(r)
    groups = card_groups(d, r) if r.random() < 0.5 else groups_of(d, 4)
    cs = Case("positive", "", asr=True)
    cs.a(r.choice(["can i take the long number on the front of the card please",
                   "and the card number when you're ready",
                   "ok so what's the sixteen digit number on the card",
                   "whenever you're ready, the long card number"]))
    g = newg()
    nsplit = r.choice([1, 2, 3, 3, 4])
    chunks = split_reading(groups, v, nsplit)
    for k, ch in enumerate(chunks):
        lead = r.choice(["", "", "it's ", "right, ", "ok it's ", "yeah, "]) if k == 0 else r.choice(["", "", "then ", "and ", "uh "])
        cs.c(lead, Seg(say_groups(ch, v), "CARD_NUMBER", g))
        if k < len(chunks) - 1:
            cs.a(r.choice(BACK))
    rb = r.random()
    if rb < 0.4:
        v2 = Voice(r, "uk")
        cs.a(r.choice(["so that's ", "let me read that back, ", "i've got "]), Seg(say_groups(groups_of(d, 4), v2, filler=False), "CARD_NUMBER"), ", is that right")
        cs.c(r.choice(["yes", "that's it", "yeah spot on", "correct"]))
    elif rb < 0.7:
        cs.a("thank you, so that's the card ending ", Seg(say_groups([d[-4:]], Voice(r, "uk"), filler=False), "CARD_NUMBER", frag=True))
        cs.c("yes")
    ex = r.random()
    if ex < 0.6:
        m, y = r.randint(1, 12), r.randint(25, 31)
        cs.a("and the expiry date")
        cs.c(r.choice(["", "it's ", "um ", "expires "]), Seg(spoken_expiry(m, y, v), "EXPIRY"))
        if r.random() < 0.6:
            cs.a("and the three digit security code on the back")
            cv = rdig(r, 4 if d[:2] in ("34", "37") else 3)
            cs.c(r.choice(["", "it's ", "hang on... "]), Seg(say_groups([cv], v, filler=False), "CVV"))
    cs.note = "%s ASR call: card read in %d chunk(s)%s" % (ind, len(chunks), ", read-back" if rb < 0.7 else "")
    return cs


def card_chat(r, ind):
    d = gen_card(r)
    cs = Case("positive", "%s chat: typed card number with payment details" % ind)
    lab = r.choice(["card no: ", "Card number - ", "the card is ", "cc#", "long number on card: ", "Card: ", "pls use "])
    cs.a(r.choice(["Please enter the card details to complete the booking.", "Could you confirm the card you'd like to pay with?", "Which card should we charge?"]))
    tc = typed_card(d, r)
    if "#" in lab:
        lab = "cc# "
    cs.c(lab, Seg(tc, "CARD_NUMBER"), r.choice(["", " thanks", ".", " ta"]))
    if r.random() < 0.7:
        m, y = r.randint(1, 12), r.randint(25, 31)
        cs.c(r.choice(["exp ", "expiry ", "Expires ", "valid till "]), Seg(typed_expiry(m, y, r), "EXPIRY"),
             *( [r.choice([" cvv ", " security code ", ", CVC: ", " sec code "]), Seg(rdig(r, 4 if d[:2] in ("34", "37") else 3), "CVV")] if r.random() < 0.6 else []))
    if r.random() < 0.3:
        cs.a("Thanks, I've charged £", "%d.%02d" % (r.randint(10, 900), r.randint(0, 99)), " to the card ending ", Seg(d[-4:], "CARD_NUMBER", frag=True), ".")
    else:
        cs.a("Thank you, that payment has gone through. Your reference is ", "PAY-%s" % rdig(r, 7), ".")
    return cs


def card_restart(r, ind):
    v = Voice(r, r.choice(REGIONS))
    old, new = gen_card(r), gen_card(r)
    cs = Case("positive", "%s ASR call: caller starts the wrong card, restarts with another" % ind, asr=True)
    cs.a("go ahead with the card number")
    k = r.choice([4, 6, 8])
    cs.c("ok ", Seg(say_groups(groups_of(old[:k], 4), v), "CARD_NUMBER", frag=True),
         r.choice([" - no wait, that's the old one, it's expired. hang on", "... sorry no, that's my husband's card, one sec", " oh hold on that's the credit card, i want the debit"]))
    cs.a(r.choice(["no problem, take your time", "that's fine", "sure"]))
    g = newg()
    gs = groups_of(new, 4)
    half = len(gs) // 2
    cs.c("right, ", Seg(say_groups(gs[:half], v), "CARD_NUMBER", g), r.choice([" - sorry the dog's barking - ", " ... can you hear me ok? ... ", ", hang on the print's worn, "]),
         Seg(say_groups(gs[half:], v), "CARD_NUMBER", g))
    cs.a(r.choice(["got it, thanks", "lovely, thank you", "ok"]))
    return cs


def card_aside_chat(r, ind):
    d = gen_card(r)
    cs = Case("positive", "%s email: card number split across two lines with correction" % ind)
    g = newg()
    gs = groups_of(d, 4)
    cs.c("Hi, re my order - I tried paying online but it failed. Card is ",
         Seg(" ".join(gs[:2]), "CARD_NUMBER", g), " (sorry typing on phone) ",
         Seg(" ".join(gs[2:]), "CARD_NUMBER", g), ". Order number is ", "%d" % r.randint(10 ** 8, 10 ** 9 - 1), ".")
    cs.a("Thanks. For security please don't send full card numbers by email; I've removed it from our notes. The order total is £",
         "%d.%02d" % (r.randint(10, 500), r.randint(0, 99)), ".")
    return cs


def ssn_chat(r, ind):
    s = gen_ssn(r)
    cs = Case("positive", "%s chat (US): typed SSN for identity check" % ind)
    cs.a(r.choice(["To verify your identity I'll need your Social Security number.", "Can you confirm your SSN please?", "Please provide the SSN of the primary account holder."]))
    cs.c(r.choice(["its ", "SSN: ", "ssn is ", "Sure - ", "social # "]), Seg(typed_ssn(s, r), "SSN"),
         r.choice(["", " and my member id is M%s" % rdig(r, 8), ". claim number %s" % rdig(r, 10)]))
    if r.random() < 0.4:
        us = True
        dd, mm, yy = r.randint(1, 28), r.randint(1, 12), r.randint(1945, 2001)
        cs.a("Thanks. And your date of birth?")
        cs.c(Seg(typed_dob(dd, mm, yy, r, us=True), "DOB"))
    cs.a("Thank you, you're verified. Your balance due is $", "%d.%02d" % (r.randint(20, 3000), r.randint(0, 99)), ".")
    return cs


def ssn_asr(r, ind):
    v = Voice(r, "us")
    s = gen_ssn(r)
    cs = Case("positive", "%s ASR call (US): SSN spoken, possibly split and read back" % ind, asr=True)
    cs.a(r.choice(["can i get your social security number please", "and your social", "i'll need the full social to pull that up"]))
    groups = [s[:3], s[3:5], s[5:]]
    g = newg()
    if r.random() < 0.5:
        cs.c(r.choice(["sure it's ", "yeah ", "um ok, ", ""]), Seg(say_groups(groups, v), "SSN", g))
    else:
        cs.c(r.choice(["ok ", "", "it's "]), Seg(say_groups(groups[:2], v), "SSN", g))
        cs.a(r.choice(["uh huh", "go on", "mhm"]))
        cs.c(Seg(say_groups(groups[2:], v), "SSN", g))
    if r.random() < 0.6:
        cs.a("thanks, just to confirm that's ", Seg(say_groups(groups, Voice(r, "us"), filler=False), "SSN"))
        cs.c(r.choice(["yes ma'am", "yep", "that's right", "correct"]))
    cs.a("ok i've found your account, there's a balance of ", "two hundred and twelve dollars", " on it")
    return cs


def ni_chat(r, ind):
    n = gen_ni(r)
    cs = Case("positive", "%s chat (UK): typed NI number" % ind)
    cs.a(r.choice(["Could you confirm your National Insurance number?", "What's your NI number please?", "For the claim we need your NINO."]))
    cs.c(r.choice(["NI no: ", "its ", "National insurance ", "NINO ", "Sure, ", "ni number is "]), Seg(typed_ni(n, r), "NI_NUMBER"),
         r.choice(["", " x", ". My claim ref is CL%s" % rdig(r, 6), " (from my P60)"]))
    if r.random() < 0.4:
        out, inn = gen_ukpc(r)
        cs.a("Thanks. And the postcode on your record?")
        cs.c(Seg(typed_pc(out, inn, r), "POSTCODE"))
    cs.a("Great, I've found your record. Payments go out every ", r.choice(["2 weeks", "4 weeks", "Monday"]), ".")
    return cs


def ni_asr(r, ind):
    reg = r.choice(REGIONS)
    v = Voice(r, reg)
    n = gen_ni(r)
    cs = Case("positive", "%s ASR call (%s): NI number spelled and read in pairs" % (ind, reg), asr=True)
    cs.a(r.choice(["can i take your national insurance number", "what's your n i number please", "and your national insurance number"]))
    g = newg()
    st = r.choice(["plain", "nato", "asin", "natoonly", "plain"])
    lett = say_mixed(n[:2], v, st)
    nums = say_groups([n[2:4], n[4:6], n[6:8]], v)
    suf = say_letter(n[8], r, st if st != "natoonly" else "plain")
    mode = r.randint(0, 2)
    if mode == 0:
        cs.c(r.choice(["yeah it's ", "", "right, it's ", "uh "]), Seg(lett + ", " + nums + ", " + suf, "NI_NUMBER", g))
    elif mode == 1:
        cs.c(r.choice(["", "it's "]), Seg(lett, "NI_NUMBER", g))
        cs.a(r.choice(BACK))
        cs.c(Seg(nums, "NI_NUMBER", g))
        cs.a(r.choice(["and the letter at the end", "mhm", "and the last letter"]))
        cs.c(Seg(suf, "NI_NUMBER", g))
    else:
        cs.c(Seg(lett + " " + say_groups([n[2:4]], v), "NI_NUMBER", g),
             r.choice([" - hang on let me find my payslip - ", " ... sorry it's on the letter somewhere ... ", ", er, "]),
             Seg(say_groups([n[4:6], n[6:8]], v) + " " + suf, "NI_NUMBER", g))
    if r.random() < 0.5:
        cs.a("lovely, so that's ", Seg(say_mixed(n, Voice(r, "uk"), "plain", [n[:2], n[2:4], n[4:6], n[6:8], n[8]]), "NI_NUMBER"))
        cs.c(r.choice(["that's it", "yeah", "aye that's right", "correct"]))
    return cs


def bank_chat(r, ind):
    sc, acct = gen_sort(r), rdig(r, 8)
    cs = Case("positive", "%s chat/email: sort code and account number typed for refund or direct debit" % ind)
    cs.a(r.choice(["Which account should we pay the refund into?", "Please give the bank details for the Direct Debit.", "Can you send your bank details for the compensation payment?"]))
    f = r.randint(0, 3)
    if f == 0:
        cs.c("s/c ", Seg(typed_sort(sc, r), "SORT_CODE"), " acct no: ", Seg(acct, "BANK_ACCOUNT"))
    elif f == 1:
        cs.c("Sort code ", Seg(typed_sort(sc, r), "SORT_CODE"), "\nAccount ", Seg(r.choice([acct, acct[:4] + " " + acct[4:]]), "BANK_ACCOUNT"), "\nName: ", r.choice(FIRST).title(), " ", r.choice(LAST).title())
    elif f == 2:
        cs.c("account number ", Seg(acct, "BANK_ACCOUNT"), ", sortcode ", Seg(typed_sort(sc, r), "SORT_CODE"), " (Nationwide)")
    else:
        cs.c("acc# ", Seg(acct, "BANK_ACCOUNT"), " sc# ", Seg(typed_sort(sc, r), "SORT_CODE"))
    cs.a("Thanks, the refund of £", "%d.%02d" % (r.randint(5, 400), r.randint(0, 99)), " will arrive in 3 to 5 working days.")
    return cs


def bank_asr(r, ind):
    reg = r.choice(REGIONS)
    v = Voice(r, reg)
    sc, acct = gen_sort(r), rdig(r, 8)
    cs = Case("positive", "%s ASR call (%s): sort code and account spoken with nought/double/treble" % (ind, reg), asr=True)
    cs.a("can i take the sort code first")
    scg = [sc[:2], sc[2:4], sc[4:]]
    cs.c(r.choice(["yeah it's ", "", "ok, "]), Seg(say_groups(scg, v), "SORT_CODE"))
    cs.a(r.choice(["and the account number", "lovely and the eight digit account number", "grand, and the account number"]))
    ag = r.choice([[acct[:4], acct[4:]], [acct[:3], acct[3:6], acct[6:]], [acct], [acct[:2], acct[2:5], acct[5:]]])
    g = newg()
    if r.random() < 0.5:
        cs.c(Seg(say_groups(ag, v), "BANK_ACCOUNT", g))
    else:
        cs.c(Seg(say_groups(ag[:1], v), "BANK_ACCOUNT", g))
        cs.a(r.choice(BACK))
        cs.c(Seg(say_groups(ag[1:] or [acct[4:]], v), "BANK_ACCOUNT", g) if len(ag) > 1 else Seg(say_groups([acct], v), "BANK_ACCOUNT", frag=True))
    if r.random() < 0.5:
        v2 = Voice(r, "uk")
        cs.a("so that's sort code ", Seg(say_groups(scg, v2, filler=False), "SORT_CODE"), ", account ", Seg(say_groups([acct[:4], acct[4:]], v2, filler=False), "BANK_ACCOUNT"))
        cs.c("yes")
    cs.a("the direct debit will come out on the ", r.choice(["first", "fifteenth", "twenty eighth"]), " of each month")
    return cs


def iban_case(r, ind):
    ib = gen_iban(r)
    if r.random() < 0.5:
        cs = Case("positive", "%s email (%s): IBAN typed for SEPA transfer" % (ind, ib[:2]))
        cs.a("Please confirm the IBAN for the transfer.")
        cs.c(r.choice(["IBAN: ", "iban ", "My IBAN is ", "Bank: "]), Seg(typed_iban(ib, r), "IBAN"), r.choice(["", " BIC %s" % ib[4:8] + "IE2D" if ib[:2] == "IE" else "", " thanks"]))
    else:
        v = Voice(r, r.choice(["ie", "ie", "uk"]))
        cs = Case("positive", "%s ASR call (%s): IBAN spoken in groups with back-channels" % (ind, ib[:2]), asr=True)
        cs.a("and the i b a n please")
        gs = groups_of(ib, 4)
        g = newg()
        chunks = split_reading(gs, v, r.choice([2, 3]))
        for k, ch in enumerate(chunks):
            cs.c(Seg(say_mixed("".join(ch), v, r.choice(["plain", "nato"]), ch), "IBAN", g))
            if k < len(chunks) - 1:
                cs.a(r.choice(BACK))
    if cs.asr:
        cs.a("thanks, the transfer of ", r.choice(["six hundred euro", "two thousand euro", "eighty five euro"]), " should arrive within two working days")
    else:
        cs.a("Thanks, the transfer of €", "%d" % r.randint(50, 5000), " should arrive within two working days.")
    return cs


def phone_case(r, ind):
    gs, cc = gen_phone(r)
    if r.random() < 0.45:
        cs = Case("positive", "%s chat: phone number typed%s" % (ind, " (international)" if cc else ""))
        t, lead = typed_phone(gs, cc, r)
        cs.a(r.choice(["What's the best number to reach you on?", "Can I take a contact number?", "Which mobile should we text the code to?"]))
        cs.c(r.choice(["mob: ", "call me on ", "its ", "Tel. ", "my number is "]) + lead, Seg(t, "PHONE"), r.choice(["", " after 6pm", " (work)", " thx"]))
        cs.a("Thanks, we'll call you between ", r.choice(["9am and 1pm", "2 and 4", "10 and 12"]), ".")
    else:
        reg = "us" if gs[0] == "1" else r.choice(REGIONS)
        v = Voice(r, reg)
        cs = Case("positive", "%s ASR call (%s): phone number spoken, read back" % (ind, reg), asr=True)
        cs.a("and is there a contact number")
        g = newg()
        if r.random() < 0.5:
            cs.c(r.choice(["yeah it's ", "my mobile is ", "", "er it's "]), Seg(spoken_phone(gs, cc, v), "PHONE", g))
        else:
            cs.c(r.choice(["", "it's "]), Seg(spoken_phone(gs[:2], cc, v) if cc else say_groups(gs[:1], v), "PHONE", g))
            cs.a(r.choice(BACK))
            cs.c(Seg(say_groups(gs[2:] if cc else gs[1:], v), "PHONE", g))
        if r.random() < 0.5:
            cs.a("so that's ", Seg(spoken_phone(gs, cc, Voice(r, "uk")), "PHONE"), ", yeah?")
            cs.c(r.choice(["yeah", "that's it", "yep"]))
    return cs


def email_case(r, ind):
    first, last = r.choice(FIRST), r.choice(LAST)
    num = r.choice(["", "", "%02d" % r.randint(1, 99), "%02d" % r.randint(60, 99)])
    dom = r.choice(DOMAINS)
    if r.random() < 0.5:
        sep = r.choice([".", "_", "", "."])
        e = first + sep + last + num + "@" + dom
        if r.random() < 0.3:
            e = e[0].upper() + e[1:]
        cs = Case("positive", "%s chat: e-mail address typed" % ind)
        cs.a("What email address should we send the confirmation to?")
        cs.c(r.choice(["", "email: ", "it's ", "send it to "]), Seg(e, "EMAIL"), r.choice(["", " please", " - not the work one"]))
        cs.a("Done, you'll get it within ", r.choice(["10 minutes", "the hour", "24 hours"]), ".")
    else:
        v = Voice(r, r.choice(REGIONS))
        cs = Case("positive", "%s ASR call: e-mail spoken with 'dot'/'at', spelling" % ind, asr=True)
        cs.a("can i take an email address")
        cs.c(r.choice(["yeah it's ", "", "ok it's ", "um "]), Seg(spoken_email(first, last, num, dom, v), "EMAIL"))
        if r.random() < 0.5:
            cs.a("is that ", last, " spelled the usual way?")
            cs.c(Seg(" ".join(last).replace("l l", "double l"), "EMAIL", frag=True), r.choice(["", " yeah"]))
    return cs


def dob_case(r, ind):
    us = r.random() < 0.25
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1940, 2003)
    if r.random() < 0.5:
        cs = Case("positive", "%s chat: date of birth typed for ID&V" % ind)
        cs.a("Can you confirm your date of birth please?")
        cs.c(r.choice(["", "dob ", "DOB: ", "born "]), Seg(typed_dob(d, m, y, r, us), "DOB"))
    else:
        v = Voice(r, "us" if us else r.choice(REGIONS))
        cs = Case("positive", "%s ASR call: date of birth spoken" % ind, asr=True)
        cs.a("and your date of birth")
        cs.c(r.choice(["it's ", "", "uh ", "yeah "]), Seg(spoken_dob(d, m, y, v, us), "DOB"))
    if cs.asr:
        cs.a("thanks. your appointment is on ", r.choice(["tuesday the fourth at ten fifteen", "the twelfth of next month", "friday at half two"]))
    else:
        cs.a("Thanks. Your appointment is on ", r.choice(["Tuesday the 4th at 10:15", "the 12th of next month", "Friday at half two"]), ".")
    return cs


def address_case(r, ind):
    ctry = r.choice(["uk", "uk", "ie", "us"])
    num, street = r.randint(1, 240), r.choice(STREETS)
    flat = r.randint(1, 9) if r.random() < 0.25 else None
    if r.random() < 0.5:
        cs = Case("positive", "%s chat (%s): postal address with town and postcode" % (ind, ctry))
        cs.a("What's the delivery address?")
        a = typed_address(num, street, r, flat)
        if ctry == "uk":
            o, i = gen_ukpc(r)
            cs.c(Seg(a, "ADDRESS"), ", ", r.choice(TOWNS_UK), " ", Seg(typed_pc(o, i, r), "POSTCODE"))
        elif ctry == "ie":
            k, u = gen_eircode(r)
            cs.c(Seg(a, "ADDRESS"), ", ", r.choice(TOWNS_IE), ", Eircode ", Seg(k + r.choice([" ", ""]) + u, "POSTCODE"))
        else:
            cs.c(Seg(a, "ADDRESS"), ", ", r.choice(TOWNS_US), ", TX ", Seg(gen_zip(r) + r.choice(["", "-" + rdig(r, 4)]), "POSTCODE"))
    else:
        v = Voice(r, "us" if ctry == "us" else r.choice(REGIONS))
        cs = Case("positive", "%s ASR call (%s): address and postcode spoken" % (ind, ctry), asr=True)
        cs.a("and what's the first line of the address")
        cs.c(r.choice(["it's ", "", "yeah "]), Seg(spoken_address(num, street, v, flat), "ADDRESS"), ", ", r.choice(TOWNS_UK if ctry == "uk" else TOWNS_IE if ctry == "ie" else TOWNS_US).lower())
        cs.a(r.choice(["and the postcode", "and the eircode", "and the zip code"])[0:0] + ("and the zip" if ctry == "us" else "and the eircode" if ctry == "ie" else "and the postcode"))
        if ctry == "uk":
            o, i = gen_ukpc(r)
            cs.c(Seg(spoken_pc(o, i, v), "POSTCODE"))
        elif ctry == "ie":
            k, u = gen_eircode(r)
            cs.c(Seg(say_mixed(k, v, "plain") + ", " + say_mixed(u, v, r.choice(["plain", "nato"])), "POSTCODE"))
        else:
            cs.c(Seg(say_groups([gen_zip(r)], v), "POSTCODE"))
    if cs.asr:
        cs.a("great, the engineer will be there between ", r.choice(["eight and twelve", "twelve and six", "one and five"]), " on ", r.choice(["monday", "the fourteenth", "thursday"]))
    else:
        cs.a("Great, the engineer will be there between ", r.choice(["8 and 12", "12 and 6", "1 and 5"]), " on ", r.choice(["Monday", "the 14th", "Thursday"]), ".")
    return cs


def mixed_idv(r, ind):
    v = Voice(r, r.choice(REGIONS))
    cs = Case("positive", "%s ASR call: full ID&V (DOB, postcode, phone, NI) with distractors" % ind, asr=True)
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1950, 2000)
    cs.a("before we start, it's about the bill for ", r.choice(["three hundred and forty pounds", "ninety two euro fifty", "one hundred and six pounds"]), ". can i take your date of birth")
    cs.c(Seg(spoken_dob(d, m, y, v), "DOB"))
    cs.a("and the postcode")
    o, i = gen_ukpc(r)
    cs.c(Seg(spoken_pc(o, i, v), "POSTCODE"), ", i've lived there ", r.choice(["twelve years", "since two thousand and nine", "about six months"]))
    cs.a("and the mobile number on the account")
    gs, cc = gen_phone(r, "ukmob")
    cs.c(Seg(say_groups(gs, v), "PHONE"))
    if r.random() < 0.6:
        n = gen_ni(r)
        cs.a("and finally your national insurance number")
        cs.c(Seg(say_mixed(n, v, "plain", [n[:2], n[2:4], n[4:6], n[6:8], n[8]]), "NI_NUMBER"))
    cs.a("thank you, you're through security. your ticket number is ", say_groups([rdig(r, 4), rdig(r, 4)], Voice(r, "uk"), filler=False))
    return cs


# ----------------------------------------------------------------------------
# negatives
# ----------------------------------------------------------------------------
def neg_cases(r, ind):
    """returns one negative case from a random template"""
    k = r.randint(0, 21)
    v = Voice(r, r.choice(REGIONS))
    if k == 0:
        d = non_luhn(r, 16, "4")
        cs = Case("negative", "%s chat: 16-digit order number (not Luhn) with label" % ind)
        cs.c("Order number ", typed_card(d, r), " still hasn't arrived")
        cs.a("Sorry about that, order ", d, " is with the courier; tracking ", "JD%s%s" % (rdig(r, 16), ""), ".")
        return cs
    if k == 1:
        d = non_luhn(r, 16)
        cs = Case("negative", "%s ASR call: reference number read like a card, with back-channels" % ind, asr=True)
        cs.a("have you got the reference number from the letter")
        gs = groups_of(d, 4)
        cs.c("yeah the reference is ", say_groups(gs[:2], v))
        cs.a("mhm")
        cs.c(say_groups(gs[2:], v))
        cs.a("thanks, that's the reference ", say_groups(gs, Voice(r, "uk"), filler=False), ", i've got it up")
        return cs
    if k == 2:
        cs = Case("negative", "%s ASR call: balance, amounts and a payment date" % ind, asr=True)
        cs.a("your current balance is ", say_group(str(r.randint(101, 999)), v, "h")[0] if False else r.choice(["four hundred and twelve pounds sixty", "one thousand two hundred and eighty four euro", "eighty seven pounds and nineteen pence"]))
        cs.c("and when's that due")
        cs.a("the payment's due on the ", ordinal(r.randint(1, 28)), " of ", r.choice(MONTHS), ", minimum payment is ", r.choice(["twenty five pounds", "five percent", "thirty euro"]))
        return cs
    if k == 3:
        cs = Case("negative", "%s utilities ASR: meter reading digits" % ind, asr=True)
        reading = rdig(r, r.choice([5, 6, 8]))
        cs.a("can you read me the numbers on the meter, the black ones")
        cs.c("ok it says ", say_groups(groups_of(reading, 3), v), " and then there's a red one, ", UNITW[r.randint(0, 9)])
        cs.a("so the reading is ", say_groups(groups_of(reading, 3), Voice(r, "uk"), filler=False), ", and the meter serial is ", say_mixed(rdig(r, 2) + r.choice(["A", "K", "E"]) + rdig(r, 5), Voice(r, "uk"), "plain"))
        return cs
    if k == 4:
        cs = Case("negative", "%s travel chat: flight, gate, seat, times" % ind)
        cs.c("I'm on flight ", r.choice(["EI", "FR", "BA", "LH", "AA"]), " ", str(r.randint(100, 9999)), " on the ", str(r.randint(1, 28)), sfx(1 if False else 4), " and it says gate ", str(r.randint(1, 120)), ", seat ", str(r.randint(1, 40)) + r.choice("ABCDEF"))
        cs.a("That flight departs at ", "%02d:%02d" % (r.randint(5, 22), r.choice([0, 15, 25, 40, 55])), ", boarding closes ", r.choice(["30", "40", "20"]), " minutes before. Booking ref ", "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), ".")
        return cs
    if k == 5:
        cs = Case("negative", "%s banking ASR: card last four only (PCI allowed)" % ind, asr=True)
        l4 = rdig(r, 4)
        cs.a("which card is it about")
        cs.c("the one ending ", say_groups([l4], v, filler=False), ", the debit card")
        cs.a("ok the card ending in ", say_groups([l4], Voice(r, "uk"), filler=False), ", i can see a payment of ", r.choice(["forty nine ninety nine", "twelve pounds", "two hundred euro"]), " on the ", ordinal(r.randint(1, 28)))
        return cs
    if k == 6:
        cs = Case("negative", "%s chat: card last four plus amounts" % ind)
        l4 = rdig(r, 4)
        cs.c(r.choice(["There's a charge on my card ending ", "card ending in ", "The Visa ending **** "]), l4, " for £", "%d.%02d" % (r.randint(1, 999), r.randint(0, 99)), " I don't recognise")
        cs.a("I can see that transaction from ", r.choice(["12 March", "yesterday", "the 3rd"]), ". Dispute ref DSP", rdig(r, 9), ".")
        return cs
    if k == 7:
        cs = Case("negative", "%s retail chat: tracking numbers and parcel counts" % ind)
        cs.c("Tracking number ", "1Z" + rdig(r, 3) + "AA1" + rdig(r, 8), " says delivered but only ", str(r.randint(1, 3)), " of ", str(r.randint(4, 6)), " parcels came")
        cs.a("I'm sorry. I've raised ticket #", rdig(r, 8), " and you'll hear back within 48 hours.")
        return cs
    if k == 8:
        cs = Case("negative", "%s insurance: policy and claim numbers with labels" % ind)
        cs.c("policy no. ", "POL-" + rdig(r, 8), " claim ref ", "CLM " + rdig(r, 4) + " " + rdig(r, 3) + " " + rdig(r, 3))
        cs.a("Thanks, the excess on that policy is £", str(r.choice([100, 250, 350, 500])), " and the claim was opened on ", "%02d/%02d/2025" % (r.randint(1, 28), r.randint(1, 12)), ".")
        return cs
    if k == 9:
        cs = Case("negative", "%s ASR: invoice number spoken with doubles/nought" % ind, asr=True)
        cs.c("it's about invoice ", say_groups([rdig(r, 3), rdig(r, 3), rdig(r, 3)], v), ", the one from ", r.choice(MONTHS))
        cs.a("the invoice ", r.choice(["for", "totalling"]), " ", r.choice(["six hundred and forty pounds", "ninety euro", "one thousand and fifty pounds"]), ", yep, that's been paid")
        return cs
    if k == 10:
        cs = Case("negative", "%s telecom ASR: durations, counts, data" % ind, asr=True)
        cs.c("i've been on hold ", r.choice(["forty five minutes", "an hour and a half", "twenty minutes"]), " and i've called ", r.choice(["three times", "six times", "twice"]), " this week")
        cs.a("sorry about that, you've used ", r.choice(["eighteen point five", "twenty two", "forty"]), " gig of your ", r.choice(["fifty", "thirty", "one hundred"]), " gig allowance, and you're ", r.choice(["nineteen", "twenty two", "eleven"]), " months into a ", r.choice(["twenty four", "eighteen", "thirty six"]), " month contract")
        return cs
    if k == 11:
        cs = Case("negative", "%s healthcare billing chat: ages, temperatures, percentages, years" % ind)
        cs.c("My son is ", str(r.randint(2, 17)), " and he had a temperature of ", "%d.%d" % (r.randint(37, 40), r.randint(0, 9)), "C, we came in back in ", str(r.randint(2018, 2025)))
        cs.a("Your plan covers ", str(r.choice([70, 80, 90])), "% after the deductible of $", str(r.choice([500, 1500, 2500])), ". Statement ", rdig(r, 10), " shows $", "%d.%02d" % (r.randint(10, 999), r.randint(0, 99)), " due.")
        return cs
    if k == 12:
        cs = Case("negative", "%s ASR: road names and junctions (not addresses)" % ind, asr=True)
        cs.c("the van was stuck on the ", r.choice(["m sixty two", "a forty", "m fifty", "n seven", "m twenty five"]), " near junction ", pair_word("%02d" % r.randint(11, 39)) if True else "", " so the delivery's late")
        cs.a("ok, the driver's now ", r.choice(["twenty", "fifteen", "forty"]), " minutes away, around ", r.choice(["half four", "quarter past two", "ten to six"]))
        return cs
    if k == 13:
        cs = Case("negative", "%s retail chat: serial and model numbers" % ind)
        cs.c("Serial number ", "SN-" + rdig(r, 4) + "-" + rdig(r, 4) + "-" + rdig(r, 4), ", model ", r.choice(["WM", "KX", "DF"]) + rdig(r, 4) + r.choice(["X", "B", "S"]), ", bought on ", "%d/%d/%d" % (r.randint(1, 28), r.randint(1, 12), r.choice([2023, 2024, 2025])))
        cs.a("Thanks, it's within the ", r.choice(["12", "24", "36"]), " month warranty.")
        return cs
    if k == 14:
        cs = Case("negative", "%s chat: opening hours and appointment times" % ind)
        cs.c("what time are you open on saturday")
        cs.a("We're open ", r.choice(["8am to 8pm Mon-Fri", "9-5.30 weekdays", "08:00-20:00"]), " and ", r.choice(["9 to 1", "10am-4pm", "10:00 - 14:00"]), " Saturdays. Your appointment is ", r.choice(["Thurs 14/11 at 15:30", "on the 2nd at 9:45", "24 June, 11am"]), ".")
        return cs
    if k == 15:
        cs = Case("negative", "%s hospital billing: room, ward, bed, account reference labelled" % ind)
        cs.c("I was in room ", str(r.randint(100, 1299)), ", ward ", str(r.randint(1, 12)) + r.choice("ABC"), ", bed ", str(r.randint(1, 30)))
        cs.a("Thanks. The hospital billing reference is HB", rdig(r, 9), " and the amount outstanding is $", "%d.%02d" % (r.randint(10, 9000), r.randint(0, 99)), ".")
        return cs
    if k == 16:
        d = rdig(r, 9)
        cs = Case("negative", "%s gov services ASR: 9-digit case number spoken (not SSN)" % ind, asr=True)
        cs.a("do you have your case number")
        cs.c("yeah the case number is ", say_groups([d[:3], d[3:5], d[5:]], Voice(r, "us")))
        cs.a("thanks, case ", say_groups([d[:3], d[3:6], d[6:]], Voice(r, "us"), filler=False), " was updated on ", r.choice(MONTHS), " ", ordinal(r.randint(1, 28)))
        return cs
    if k == 17:
        cs = Case("negative", "%s energy ASR: tariff prices and percentages" % ind, asr=True)
        cs.a("your unit rate is ", r.choice(["twenty four point five pence", "thirty one cent", "twenty seven p"]), " per kilowatt hour and the standing charge is ", r.choice(["fifty three pence", "sixty one p"]), " a day, that's a ", r.choice(["twelve", "seven", "three point two"]), " percent rise")
        cs.c("and the thermostat's on ", r.choice(["nineteen", "twenty one", "eighteen"]), " degrees, it's ridiculous")
        return cs
    if k == 18:
        cs = Case("negative", "%s ASR: customer reference read like a sort code + account (labelled reference)" % ind, asr=True)
        ref = rdig(r, 6)
        cs.a("what's the customer reference on the bill")
        cs.c("it's ", say_groups([ref[:2], ref[2:4], ref[4:]], v), " then ", r.choice(["a b", "x y", "c d"]), " ", say_groups([rdig(r, 4)], v, filler=False))
        cs.a("ok that's the customer reference, and your bill this quarter is ", r.choice(["two hundred and five pounds", "ninety three euro"]))
        return cs
    if k == 19:
        cs = Case("negative", "%s chat: years, ages and counts" % ind)
        cs.c("I've been a customer since ", str(r.randint(1995, 2020)), ", I'm ", str(r.randint(60, 90)), " years old and I've got ", str(r.randint(2, 5)), " lines on the account")
        cs.a("Thanks for your ", str(r.randint(5, 29)), " years with us! I've applied a ", str(r.choice([10, 15, 20])), "% loyalty discount for ", str(r.choice([6, 12])), " months.")
        return cs
    if k == 20:
        cs = Case("negative", "%s ASR: postcode-lookalike parcel locker and train numbers" % ind, asr=True)
        cs.c("the parcel locker code is ", say_groups([rdig(r, 3), rdig(r, 3)], v), " and i'm on the ", r.choice(["seven fifteen", "eight oh two", "six forty"]), " train from platform ", UNITW[r.randint(1, 9)])
        cs.a("ok, the locker stays open until ", r.choice(["ten pm", "midnight", "nine"]), " and holds parcels for ", r.choice(["three days", "seventy two hours", "a week"]))
        return cs
    cs = Case("negative", "%s chat: long digit strings that are transaction/auth ids" % ind)
    cs.c("Transaction ID ", rdig(r, 12), " auth code ", rdig(r, 6), " - was I charged twice?")
    cs.a("Only once: ", r.choice(["£", "€", "$"]), "%d.%02d" % (r.randint(1, 500), r.randint(0, 99)), " on ", "%02d/%02d" % (r.randint(1, 28), r.randint(1, 12)), " at ", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), ".")
    return cs


# ----------------------------------------------------------------------------
INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
              "healthcare billing", "government services"]

SCHEDULE = [(card_asr, 30), (card_chat, 22), (card_restart, 6), (card_aside_chat, 4),
            (ssn_chat, 12), (ssn_asr, 12), (ni_chat, 14), (ni_asr, 18),
            (bank_chat, 10), (bank_asr, 14), (iban_case, 12), (phone_case, 16),
            (email_case, 12), (dob_case, 8), (address_case, 14), (mixed_idv, 6)]
N_NEG = 110


def generate():
    r = random.Random(SEED)
    _GROUP[0] = 0
    recs, metas = [], []
    pos = []
    for fn, n in SCHEDULE:
        for _ in range(n):
            pos.append(fn)
    r.shuffle(pos)
    for i, fn in enumerate(pos):
        cs = fn(r, r.choice(INDUSTRIES))
        rec, meta = cs.build("h454-pos-%03d" % (i + 1))
        recs.append(rec); metas.append(meta)
    for i in range(N_NEG):
        cs = neg_cases(r, r.choice(INDUSTRIES))
        rec, meta = cs.build("h454-neg-%03d" % (i + 1))
        recs.append(rec); metas.append(meta)
    text = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in recs)
    return text, recs, metas


def counts(recs):
    c = dict((t, 0) for t in TYPES)
    for rec in recs:
        for s in rec["spans"]:
            c[s["type"]] += 1
    return c


def check(text, recs, metas):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [x["id"] for x in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for rec, meta in zip(recs, metas):
        groups = {}
        for s, (g, frag) in zip(rec["spans"], meta):
            if s["type"] not in TYPES:
                errs.append("%s bad type" % rec["id"])
            t = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append("%s offsets out of range" % rec["id"]); continue
            if not (t[a].isalnum() and t[b - 1].isalnum()):
                errs.append("%s span not alnum-trimmed: %r" % (rec["id"], t[a:b]))
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (rec["id"], t[a:b]))
            groups.setdefault(g, [s["type"], frag, []])[2].append(t[a:b])
        sp = sorted((s["turn"], s["start"], s["end"]) for s in rec["spans"])
        for x, y in zip(sp, sp[1:]):
            if x[0] == y[0] and y[1] < x[2]:
                errs.append("%s overlapping spans" % rec["id"])
        for g, (typ, frag, texts) in groups.items():
            if not validate(typ, texts, frag):
                errs.append("%s invalid %s: %r -> %r" % (rec["id"], typ, texts, normalise(" , ".join(texts))))
    kinds = [x["kind"] for x in recs]
    c = counts(recs)
    if kinds.count("positive") < 200 or kinds.count("negative") < 100:
        errs.append("too few cases")
    mins = dict((t, 10) for t in TYPES)
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, m in mins.items():
        if c[t] < m:
            errs.append("too few %s spans: %d < %d" % (t, c[t], m))
    return errs


def main():
    text, recs, metas = generate()
    if "--check" in sys.argv:
        errs = check(text, recs, metas)
        for e in errs[:50]:
            print("ERROR:", e)
        if errs:
            print("%d error(s)" % len(errs))
            sys.exit(1)
        kinds = [x["kind"] for x in recs]
        print("OK: %d positive, %d negative cases" % (kinds.count("positive"), kinds.count("negative")))
        print(json.dumps(counts(recs)))
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s (%d cases)" % (OUT, len(recs)))
    print(json.dumps(counts(recs)))


if __name__ == "__main__":
    main()

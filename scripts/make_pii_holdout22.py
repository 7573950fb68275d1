#!/usr/bin/env python3
"""Generate the pii_holdout22 held-out PII redaction evaluation set.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only; fully deterministic (seed 22231126).

    python scripts/make_pii_holdout22.py          # write fixture + README
    python scripts/make_pii_holdout22.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 22231126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout22")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
NATO_WORDS = {v: k for k, v in NATO.items()}
NATO_WORDS.update({"xray": "x", "x-ray": "x", "whisky": "w", "juliett": "j", "alfa": "a"})
LETTER_NAMES = {"bee": "b", "see": "c", "sea": "c", "dee": "d", "eff": "f", "gee": "g",
                "aitch": "h", "jay": "j", "kay": "k", "el": "l", "em": "m", "en": "n",
                "pee": "p", "queue": "q", "cue": "q", "are": "r", "ess": "s", "tee": "t",
                "tea": "t", "vee": "v", "ex": "x", "why": "y", "zed": "z", "zee": "z"}
ZEROS = {"zero", "oh", "o", "nought", "nil"}
HOMO = {"to": "2", "too": "2", "won": "1", "ate": "8", "for": "4"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm"}
STREET_SUFFIX = {"road", "street", "avenue", "lane", "drive", "close", "way", "court",
                 "crescent", "terrace", "place", "grove", "park", "boulevard", "rd", "st",
                 "ave", "dr", "ln", "blvd", "gardens", "hill", "row", "walk", "square"}


def _val(w):
    if w in ZEROS:
        return 0
    if w in UNITS:
        return UNITS.index(w)
    return None


def normalize(text, mode):
    """Turn a written or ASR-spoken value into canonical characters.
    mode: 'digits' (digits only; also months/ordinals for dates), 'alnum' (upper-case
    letters and digits) or 'email'."""
    low = text.lower()
    if mode == "email":
        toks = re.findall(r"x-ray|[a-z]+|\d|[@._+\-]", low)
    else:
        toks = re.findall(r"x-ray|[a-z]+|\d", low)
    out = []
    i = 0
    n = len(toks)

    def nxt(k):
        return toks[k] if k < n else None

    while i < n:
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in FILLERS:
            i += 1
            continue
        if mode != "digits" and t in ("for", "as") and (nxt(i + 1) in NATO_WORDS or (
                t == "as" and nxt(i + 1) == "in" and nxt(i + 2) in NATO_WORDS)):
            i += 3 if t == "as" and nxt(i + 1) == "in" else 2
            continue
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            w = nxt(i + 1)
            if w is not None:
                sub = normalize(w, mode) if mode != "email" or w not in ("dot", "at") else ""
                out.append(sub * rep)
                i += 2
                continue
        if mode == "email":
            if t == "at":
                out.append("@")
            elif t == "dot":
                out.append(".")
            elif t == "underscore":
                out.append("_")
            elif t in ("dash", "hyphen"):
                out.append("-")
            elif t == "o":
                out.append("o")
            elif t in ("oh", "zero"):
                out.append("0")
            elif t in UNITS or t in TEENS or t in TENS[2:]:
                j, s = _number_run(toks, i)
                out.append(s)
                i = j
                continue
            elif t in ("for", "as", "in") and False:
                pass
            else:
                out.append(t)
            i += 1
            continue
        if t in UNITS or t in ZEROS or t in TEENS or t in TENS[2:]:
            j, s = _number_run(toks, i)
            out.append(s)
            i = j
            continue
        if mode == "digits":
            if t in HOMO:
                out.append(HOMO[t])
            elif t in MONTHS:
                out.append("%02d" % (MONTHS.index(t) + 1))
            elif t[:3] in [m[:3] for m in MONTHS] and len(t) in (3, 4):
                out.append("%02d" % ([m[:3] for m in MONTHS].index(t[:3]) + 1))
            elif t in ORD_UNITS[1:]:
                out.append(str(ORD_UNITS.index(t)))
            elif t in ORD_TEENS:
                out.append(str(10 + ORD_TEENS.index(t)))
            elif t == "twentieth":
                out.append("20")
            elif t == "thirtieth":
                out.append("30")
            elif t in ("st", "nd", "rd", "th") and out:
                pass
            i += 1
            continue
        # alnum
        if t in NATO_WORDS:
            out.append(NATO_WORDS[t].upper())
        elif t in LETTER_NAMES:
            out.append(LETTER_NAMES[t].upper())
        elif t in ("for", "as", "in", "and", "then", "space", "is", "its", "it"):
            pass
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


def _number_run(toks, i):
    """Parse one spoken number chunk starting at toks[i]; return (next index, digits)."""
    t = toks[i]
    n = len(toks)
    nx = toks[i + 1] if i + 1 < n else None
    if t in TENS[2:]:
        v = TENS.index(t)
        if nx in UNITS[1:]:
            # ordinal after tens (twenty first) handled by caller list below
            return i + 2, "%d%d" % (v, UNITS.index(nx))
        if nx in ORD_UNITS[1:]:
            return i + 2, "%d%d" % (v, ORD_UNITS.index(nx))
        return i + 1, "%d0" % v
    if t in TEENS:
        return i + 1, str(10 + TEENS.index(t))
    d = _val(t)
    if nx == "hundred":
        j = i + 2
        if j < n and toks[j] == "and":
            j += 1
        if j < n and (toks[j] in TEENS or toks[j] in TENS[2:]):
            j2, s = _number_run(toks, j)
            return j2, str(d) + s
        if j < n and toks[j] in UNITS[1:] and toks[j - 1] == "and":
            return j + 1, "%d0%d" % (d, UNITS.index(toks[j]))
        return i + 2, "%d00" % d
    if nx == "thousand":
        j = i + 2
        if j < n and toks[j] == "and":
            j += 1
        if j < n and (toks[j] in TEENS or toks[j] in TENS[2:]):
            j2, s = _number_run(toks, j)
            return j2, str(d) + "0" + s
        if j < n and toks[j] in UNITS[1:]:
            return j + 1, "%d00%d" % (d, UNITS.index(toks[j]))
        return i + 2, "%d000" % d
    return i + 1, str(d)


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def validate(typ, canon, spantext):
    """Return error string or None. spantext is the concatenation of span texts."""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"):
        got = normalize(spantext, "digits")
        if got != canon:
            return "normalised %r != %r" % (got, canon)
        if typ == "CARD_NUMBER" and not (13 <= len(got) <= 19 and luhn_ok(got)):
            return "bad card"
        if typ == "CVV" and len(got) not in (3, 4):
            return "bad cvv"
        if typ == "SSN" and not (len(got) == 9 and got[:3] not in ("000", "666") and got[0] != "9"
                                 and got[3:5] != "00" and got[5:] != "0000"):
            return "bad ssn"
        if typ == "SORT_CODE" and len(got) != 6:
            return "bad sort code"
        if typ == "BANK_ACCOUNT" and not 6 <= len(got) <= 12:
            return "bad account"
        if typ == "PHONE" and not 10 <= len(got) <= 13:
            return "bad phone"
        return None
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        mode = "digits" if typ == "POSTCODE" and canon.isdigit() else "alnum"
        got = normalize(spantext, mode)
        if got != canon:
            return "normalised %r != %r" % (got, canon)
        if typ == "NI_NUMBER" and not (NI_RE.fullmatch(got) and got[:2] not in (
                "BG", "GB", "NK", "KN", "TN", "NT", "ZZ")):
            return "bad NI"
        if typ == "IBAN" and not iban_ok(got):
            return "bad iban"
        if typ == "POSTCODE" and not (UKPC_RE.fullmatch(got) or re.fullmatch(r"\d{5}(\d{4})?", got)):
            return "bad postcode"
        return None
    if typ == "EMAIL":
        got = normalize(spantext, "email")
        if got != canon:
            return "normalised %r != %r" % (got, canon)
        if not re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", got):
            return "bad email"
        return None
    if typ in ("DOB", "EXPIRY"):
        d, m, y = canon
        got = normalize(spantext, "digits")
        if str(y)[-2:] not in got:
            return "year missing in %r" % got
        if str(m) not in got:
            return "month missing in %r" % got
        if d is not None and str(d) not in got:
            return "day missing in %r" % got
        if not 1 <= m <= 12:
            return "bad month"
        return None
    if typ == "ADDRESS":
        num, _street = canon
        got = normalize(spantext, "digits")
        if str(num) not in got:
            return "house number %r missing in %r" % (num, got)
        words = re.findall(r"[a-z]+", spantext.lower())
        if not any(w in STREET_SUFFIX for w in words):
            return "no street suffix"
        return None
    return "unknown type"


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = []  # (type, canon, [span indices])

    def val(self, typ, canon):
        self.groups.append((typ, canon, []))
        return len(self.groups) - 1

    def t(self, speaker, *segs):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                s, gid = seg
                self.groups[gid][2].append(len(self.spans))
                self.spans.append({"turn": len(self.turns), "start": len(text),
                                   "end": len(text) + len(s), "type": self.groups[gid][0]})
                text += s
            else:
                text += seg
        self.turns.append({"speaker": speaker, "text": text})

    def a(self, *segs):
        self.t("agent", *segs)

    def c(self, *segs):
        self.t("customer", *segs)

    def record(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": self.spans if self.kind == "positive" else [], "note": self.note}


R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def digits(n, first=None):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first is not None:
        s = first + s[len(first):]
    return s


# ---------------------------------------------------------------- value generators
def gen_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "visa13":
        body = "4" + digits(11)
    elif kind == "mc":
        body = "5" + str(R.randint(1, 5)) + digits(13)
    elif kind == "amex":
        body = ch(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    for cd in "0123456789":
        if luhn_ok(body + cd):
            return body + cd


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


# two-letter groups that read as words (fillers, letter names) are avoided so that
# typed values normalise unambiguously
WORDLIKE = {"ER", "AH", "EL", "EM", "EN", "EX", "AS", "IN", "IS", "IT", "OH", "UM", "UH", "EE"}


def gen_ni():
    while True:
        p = ch(NI_A) + ch(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and p not in WORDLIKE:
            return p + digits(6) + ch("ABCD")


def iban_from(cc, bban):
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - num % 97) + bban


def gen_iban():
    cc = ch(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    if cc == "GB":
        return iban_from("GB", ch(["NWBK", "BARC", "MIDL", "HBUK"]) + digits(14))
    if cc == "IE":
        return iban_from("IE", ch(["AIBK", "IPBS"]) + digits(14))
    if cc == "DE":
        return iban_from("DE", digits(18))
    if cc == "NL":
        return iban_from("NL", ch(["ABNA", "INGB", "TRIS"]) + digits(10))
    if cc == "FR":
        return iban_from("FR", digits(23))
    return iban_from("ES", digits(20))


PC_OUT = ["SW1A", "M1", "B33", "CR2", "DN55", "EH12", "LS6", "BS8", "CF10", "G2", "NE1",
          "KY16", "W1D", "EC1V", "L17", "BT9", "SE15", "N7", "PL4", "RG1", "CB2", "HU5", "TR18"]
PC_IN_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_pc():
    while True:
        inw = ch(PC_IN_L) + ch(PC_IN_L)
        if inw not in WORDLIKE:
            return ch(PC_OUT) + str(R.randrange(10)) + inw


def gen_zip():
    return "%05d" % R.randint(1001, 99950)


def gen_phone(country):
    if country == "UK":
        return ch(["07", "07", "01", "02"]) + digits(9)
    if country == "US":
        return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
    if country == "IE":
        return "08" + ch("35679") + digits(7)
    return "0" + digits(9)


FIRST = ["sarah", "mike", "priya", "tom", "aoife", "dave", "lena", "kwame", "fiona", "raj",
         "claire", "sean", "megan", "luis", "hannah", "greg", "niamh", "carlos", "beth", "marek"]
LAST = ["jones", "patel", "murphy", "smith", "kowalski", "brennan", "garcia", "walsh",
        "nguyen", "hughes", "okafor", "fischer", "doyle", "reid", "campbell", "byrne"]
DOMAINS_T = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com",
             "btinternet.com", "eircom.net", "aol.com", "proton.me", "gmx.de"]
STREETS = ["harcourt", "mill", "church", "victoria", "station", "maple", "oak", "elm",
           "park view", "kingsway", "ashford", "willow", "castle", "market", "lincoln", "cedar"]
SUFFIXES = ["road", "street", "avenue", "lane", "drive", "close", "way", "court", "crescent", "terrace"]
US_SUFFIX = ["street", "avenue", "drive", "boulevard", "lane", "road"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    sep = ch([".", "", "_", "."])
    num = ch(["", "", str(R.randint(1, 99)), str(R.randint(1960, 2005))])
    local = ch([f + sep + l, f[0] + sep + l, f + sep + l[0], f + l]) + num
    return local, ch(DOMAINS_T)


# ---------------------------------------------------------------- renderers
def zw(style):
    return ch({"us": ["zero", "zero", "oh"], "uk": ["oh", "oh", "zero", "nought", "o"],
               "any": ["zero", "oh", "o"]}[style])


def dword(d, style, homo=False):
    if d == "0":
        return zw(style)
    w = UNITS[int(d)]
    if homo and R.random() < 0.25:
        w = {"two": "to", "four": "for", "eight": "ate", "one": "won"}.get(w, w)
    return w


def spoken(ds, style="any", pairs=0.15, repeats=True, filler=0.0, homo=False):
    """Spoken digit string as an ASR would write it."""
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        if repeats and i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and R.random() < 0.6:
            out.append("triple " + dword(d, style))
            i += 3
        elif repeats and i + 1 < len(ds) and ds[i + 1] == d and R.random() < 0.6:
            out.append("double " + dword(d, style))
            i += 2
        elif i + 1 < len(ds) and R.random() < pairs and d != "0" and (d == "1" or ds[i + 1] != "0"):
            e = ds[i + 1]
            out.append(TEENS[int(e)] if d == "1" else TENS[int(d)] + " " + UNITS[int(e)])
            i += 2
        else:
            out.append(dword(d, style, homo))
            i += 1
        if filler and i < len(ds) and R.random() < filler:
            out.append(ch(["um", "uh", "er"]))
    return " ".join(out)


def pair_word(p, style="any"):
    """Two digits said as a pair (safe to follow by another pair)."""
    if p[0] == "0":
        return zw(style) + " " + UNITS[int(p[1])] if p[1] != "0" else "double " + zw(style)
    if p[0] == "1":
        return TEENS[int(p[1])]
    return TENS[int(p[0])] + ("" if p[1] == "0" else " " + UNITS[int(p[1])])


def spoken_pairs(ds, style="any"):
    return " ".join(pair_word(ds[k:k + 2], style) for k in range(0, len(ds), 2))


def groups(ds, sizes):
    out, k = [], 0
    for s in sizes:
        out.append(ds[k:k + s])
        k += s
    if k < len(ds):
        out.append(ds[k:])
    return [g for g in out if g]


def typed_card(c):
    if len(c) == 15:
        g = groups(c, [4, 6, 5])
    else:
        g = groups(c, [4, 4, 4, 4, 3])
    sep = ch([" ", " ", "-", "", "  "])
    if sep == "":
        return c
    return sep.join(g)


def letter_spoken(l, nato=0.5, names=0.0):
    l = l.lower()
    r = R.random()
    if r < nato:
        return l + ch([" for ", " for ", " as in "]) + NATO[l]
    if r < nato + names:
        rev = [k for k, v in LETTER_NAMES.items() if v == l]
        if rev:
            return rev[0]
    return l


def year_words(y):
    s = str(y)
    if y >= 2000:
        if y == 2000:
            return "two thousand"
        if y < 2010:
            return ch(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
        return "twenty " + pair_word(s[2:])
    return pair_word(s[:2]) + " " + pair_word(s[2:])


def ordinal(d):
    if d < 10:
        return ORD_UNITS[d]
    if d < 20:
        return ORD_TEENS[d - 10]
    if d % 10 == 0:
        return {20: "twentieth", 30: "thirtieth"}[d]
    return TENS[d // 10] + " " + ORD_UNITS[d % 10]


def number_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    h = n // 100
    rest = n % 100
    if rest == 0:
        return UNITS[h] + " hundred"
    if rest < 10:
        return UNITS[h] + " hundred and " + UNITS[rest]
    return UNITS[h] + " hundred " + ch(["and ", ""]) + number_words(rest)


def house_spoken(n):
    if n >= 100 and R.random() < 0.5:
        return spoken(str(n), pairs=0.0, repeats=False)
    return number_words(n)


# ---------------------------------------------------------------- positive templates
def p_card_call_oneturn():
    c = Case("positive", "")
    ind = ch(["telecom", "utilities", "retail", "insurance", "travel"])
    card = gen_card()
    g = c.val("CARD_NUMBER", card)
    style = ch(["us", "uk"])
    c.a(ch(["okay and the long card number please", "can i take the card number",
            "go ahead with the sixteen digits on the front"]))
    c.c(ch(["yeah it's ", "sure ", "okay so ", "right um "]),
        (spoken(card, style, filler=0.1, homo=R.random() < 0.3), g), ch(["", " yeah", " that's it"]))
    c.a("thank you")
    c.note = "call/%s: card read in one turn; doubles, pairs, fillers, sometimes ASR homophones (to/for/ate/won)" % ind
    return c


def p_card_call_split():
    c = Case("positive", "")
    card = gen_card()
    g = c.val("CARD_NUMBER", card)
    c.a("whenever you're ready with the card number")
    parts = groups(card, [4, 4, 4, 4]) if len(card) != 15 else groups(card, [4, 6, 5])
    for k, p in enumerate(parts):
        pre = ch(["", "", "okay ", "then ", "and "]) if k else ch(["it's ", "right ", ""])
        c.c(pre, (spoken(p, ch(["us", "uk"])), g))
        if k < len(parts) - 1:
            c.a(ch(["mhm", "okay go on", "yep", "uh huh", "got that", "okay"]))
    c.a("and the expiry")
    m, y = R.randint(1, 12), R.randint(25, 31)
    ge = c.val("EXPIRY", (None, m, y))
    c.c(("%s %s" % (ch([pair_word("%02d" % m), MONTHS[m - 1]]), pair_word(str(y))), ge))
    c.note = "call/%s: card split across customer turns with back-channels, then spoken expiry" % ch(
        ["banking", "telecom", "travel", "retail"])
    return c


def p_card_chat():
    c = Case("positive", "")
    card = gen_card()
    g = c.val("CARD_NUMBER", card)
    cvv = digits(4 if len(card) == 15 else 3)
    gc = c.val("CVV", cvv)
    m, y = R.randint(1, 12), R.randint(25, 31)
    ge = c.val("EXPIRY", (None, m, y))
    exp = ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%d" % (m, y), "%02d-%02d" % (m, y)])
    amt = "%d.%02d" % (R.randint(5, 400), R.randrange(100))
    c.a("To pay the outstanding %s please send the card details." % ch(["£" + amt, "$" + amt, "€" + amt]))
    form = R.randrange(3)
    if form == 0:
        c.c("card ", (typed_card(card), g), " exp ", (exp, ge), " cvv ", (cvv, gc))
    elif form == 1:
        c.c("ok its ", (typed_card(card), g))
        c.a("Thanks, and expiry date and the security code on the back?")
        c.c((exp, ge), ch([" and ", ", ", " / "]), (cvv, gc))
    else:
        c.c(ch(["Number: ", "num is "]), (typed_card(card), g), "\nExpiry ", (exp, ge), "\nCVC: ", (cvv, gc))
    c.note = "chat/%s: typed card with grouping variation, expiry and security code, amount nearby" % ch(
        ["retail", "utilities", "telecom", "travel"])
    return c


def p_card_correction():
    c = Case("positive", "")
    card = gen_card()
    g = c.val("CARD_NUMBER", card)
    wrong = card[:6]
    c.a("card number please")
    c.c(spoken(wrong[:3], "uk"), " ", ch(["no sorry", "wait sorry", "hang on that's wrong"]),
        " ", ch(["let me start again", "from the top", "again"]), " ", (spoken(card, "uk", filler=0.05), g))
    rb = c.val("CARD_NUMBER", card)
    c.a("so that's ", (spoken(card, "uk", pairs=0.0, repeats=False), rb), " is that right")
    c.c("yes")
    c.note = "call/banking: self-correction before the full card, agent reads the card back"
    return c


def p_cvv_exp_call():
    c = Case("positive", "")
    cvv = digits(3)
    m, y = R.randint(1, 12), R.randint(25, 31)
    ge = c.val("EXPIRY", (None, m, y))
    gc = c.val("CVV", cvv)
    c.a("what's the expiry date on the card")
    exp_forms = [pair_word("%02d" % m) + " " + pair_word(str(y)),
                 MONTHS[m - 1] + " " + ch(["twenty ", "two thousand and "]) + pair_word(str(y)),
                 spoken("%02d" % m) + " slash " + spoken(str(y))]
    c.c(ch(["it's ", "um ", ""]), (ch(exp_forms), ge))
    c.a("and the three digit security code on the back")
    c.c(ch(["", "it's ", "that's "]), (ch([spoken(cvv, "us"), number_words(int(cvv)) if cvv[0] != "0" and cvv[1] != "0" else spoken(cvv)]), gc))
    c.note = "call/%s: expiry in month-name or pair form and CVV possibly said as a hundreds number" % ch(
        ["insurance", "travel", "retail"])
    return c


def ssn_typed(s):
    return ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])


def p_ssn_call():
    c = Case("positive", "")
    s = gen_ssn()
    g = c.val("SSN", s)
    c.a(ch(["can you verify your social security number", "i'll need your social please",
            "for verification what is your ssn"]))
    mode = R.randrange(3)
    if mode == 0:
        c.c(ch(["sure it's ", "yeah ", "okay "]), (spoken(s, "us", filler=0.08, homo=R.random() < 0.3), g))
    elif mode == 1:
        c.c((spoken(s[:3], "us"), g))
        c.a(ch(["okay", "mhm", "go ahead"]))
        c.c((spoken(s[3:5], "us"), g))
        c.a(ch(["yep", "uh huh"]))
        c.c((spoken(s[5:], "us"), g))
    else:
        c.c((spoken(s[:3], "us") + " " + pair_word(s[3:5]) + " " + spoken_pairs(s[5:]), g),
            " and my zip is ", (spoken(z := gen_zip(), "us"), c.val("POSTCODE", z)))
    c.note = "call/%s: US SSN spoken, possibly split 3-2-4 over turns" % ch(
        ["healthcare billing", "banking", "government services", "insurance"])
    return c


def p_ssn_chat():
    c = Case("positive", "")
    s = gen_ssn()
    g = c.val("SSN", s)
    c.a("Please confirm the last name and SSN on the policy.")
    c.c(ch(LAST).title(), ch([", ", " - ", " "]), (ssn_typed(s), g), ch(["", " thanks", ". I paid $%d already" % R.randint(20, 900)]))
    if R.random() < 0.4:
        d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
        gd = c.val("DOB", (d, m, y))
        c.a("And date of birth?")
        c.c((ch(["%02d/%02d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100), "%s %d, %d" % (MONTHS[m - 1].title(), d, y)]), gd))
    c.note = "chat/%s: typed SSN with separators, optional US-format DOB" % ch(
        ["insurance", "healthcare billing", "banking"])
    return c


def ni_spoken(ni):
    p = " ".join(letter_spoken(x, nato=0.4, names=0.2) for x in ni[:2])
    d = ch([spoken(ni[2:8], "uk"), spoken_pairs(ni[2:8], "uk")])
    return p, d, letter_spoken(ni[8], nato=0.4, names=0.2)


def p_ni_call():
    c = Case("positive", "")
    ni = gen_ni()
    g = c.val("NI_NUMBER", ni)
    c.a(ch(["and your national insurance number please", "can i take your n i number",
            "what's your national insurance"]))
    p, d, s = ni_spoken(ni)
    mode = R.randrange(3)
    if mode == 0:
        c.c(ch(["yeah it's ", "it's ", "um "]), (p + " " + d + " " + s, g))
    elif mode == 1:
        c.c(ch(["okay ", ""]), (p, g))
        c.a(ch(["mhm", "yep", "okay"]))
        c.c((d, g))
        c.a(ch(["and the letter at the end", "and the last letter"]))
        c.c(ch(["", "it's ", "that's "]), (s, g))
    else:
        c.c((p + " " + d, g), " ", ch(["um", "er"]), " ", ch(["what's the last one", "hang on"]), " ", (s, g))
    c.note = "call/%s: UK NI number with spelled letters (NATO, letter names), digits %s" % (
        ch(["government services", "banking", "utilities", "insurance"]),
        ["in one turn", "split across turns", "with a pause mid-value"][mode])
    return c


def p_ni_chat():
    c = Case("positive", "")
    ni = gen_ni()
    g = c.val("NI_NUMBER", ni)
    form = ch(["%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni, ni.lower(),
               "%s%s %s" % (ni[:2], ni[2:8], ni[8]), "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])])
    c.a("Could you type your National Insurance number please?")
    c.c(ch(["sure ", "its ", "NI: ", ""]), (form, g), ch(["", " cheers", ". I started the job in %d" % R.randint(2015, 2024)]))
    c.note = "chat/government services: typed NI number with varied spacing and case"
    return c


def p_bank_call():
    c = Case("positive", "")
    sc = digits(6)
    acct = digits(8)
    gs = c.val("SORT_CODE", sc)
    ga = c.val("BANK_ACCOUNT", acct)
    c.a("what's the sort code for the direct debit")
    c.c(ch(["it's ", "", "um "]), (ch([spoken_pairs(sc, "uk"), spoken(sc, "uk")]), gs))
    c.a("and the account number")
    if R.random() < 0.5:
        c.c((spoken(acct[:4], "uk"), ga))
        c.a(ch(["mhm", "yep", "okay"]))
        c.c((spoken(acct[4:], "uk", filler=0.1), ga))
    else:
        c.c((spoken(acct, "uk", filler=0.08, homo=R.random() < 0.3), ga), ch([" and it's a joint account", "", " yeah"]))
    if R.random() < 0.5:
        rb = c.val("SORT_CODE", sc)
        c.a("just to confirm sort code ", (spoken_pairs(sc, "uk"), rb), " yeah")
        c.c("that's right")
    c.note = "call/%s: UK sort code in pairs and account number possibly split" % ch(
        ["utilities", "banking", "insurance", "telecom"])
    return c


def p_bank_chat():
    c = Case("positive", "")
    sc = digits(6)
    acct = digits(ch([8, 8, 10, 12]))
    gs = c.val("SORT_CODE", sc)
    ga = c.val("BANK_ACCOUNT", acct)
    scf = ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    c.a("Please provide the bank details for the refund of £%d.%02d." % (R.randint(3, 500), R.randrange(100)))
    if R.random() < 0.5:
        c.c("sort code ", (scf, gs), " acc no ", (acct, ga))
    else:
        c.c("Acct ", (acct, ga), ch(["\n", ", ", " / "]), "sort ", (scf, gs))
    c.note = "chat/banking: typed sort code and account number in one message"
    return c


def p_iban_chat():
    c = Case("positive", "")
    ib = gen_iban()
    g = c.val("IBAN", ib)
    form = ch([ib, " ".join(groups(ib, [4] * 9)), " ".join(groups(ib, [4] * 9)).lower()])
    c.a("Which account should we send the refund to?")
    c.c(ch(["IBAN ", "my iban is ", "", "Here: "]), (form, g), ch(["", " thx", " (%s account)" % ch(["euro", "joint", "savings"])]))
    c.note = "chat/%s: IBAN typed compact, grouped or lower case" % ch(["travel", "retail", "insurance"])
    return c


def p_iban_call():
    c = Case("positive", "")
    ib = gen_iban()
    g = c.val("IBAN", ib)
    c.a("go ahead with the iban")
    cc = " ".join(letter_spoken(x, nato=0.3) for x in ib[:2])
    chk = spoken(ib[2:4])
    rest = ib[4:]
    toks = []
    for x in rest:
        toks.append(letter_spoken(x, nato=0.5) if x.isalpha() else None)
    # render digits runs spoken, letters spelled
    out, k = [], 0
    while k < len(rest):
        if rest[k].isalpha():
            out.append(letter_spoken(rest[k], nato=0.5))
            k += 1
        else:
            j = k
            while j < len(rest) and rest[j].isdigit():
                j += 1
            out.append(spoken(rest[k:j], "any"))
            k = j
    if R.random() < 0.5 and len(out) > 3:
        cut = len(out) // 2
        c.c((cc + " " + chk + " " + " ".join(out[:cut]), g))
        c.a(ch(["mhm", "okay", "yep keep going"]))
        c.c((" ".join(out[cut:]), g))
    else:
        c.c((cc + " " + chk + " " + " ".join(out), g))
    c.note = "call/%s: IBAN spoken with spelled letters" % ch(["banking", "travel", "insurance"])
    return c


def phone_typed(p, country):
    if country == "UK":
        return ch([p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], p, "(" + p[:5] + ") " + p[5:]])
    if country == "US":
        return ch(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                   "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])
    if country == "IE":
        return ch([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:]])
    return ch(["+49 " + p[1:3] + " " + p[3:], p[:4] + "/" + p[4:]])


def p_phone_chat():
    c = Case("positive", "")
    country = ch(["UK", "US", "IE", "DE"])
    p = gen_phone(country)
    t = phone_typed(p, country)
    canon = re.sub(r"\D", "", t)
    g = c.val("PHONE", canon)
    c.a("What's the best number to reach you on?")
    c.c(ch(["", "mobile is ", "call me on ", "its "]), (t, g), ch(["", " after 5pm", " any time before 6", " thanks"]))
    c.note = "chat/%s (%s): typed phone number with national or international prefix, time nearby" % (
        ch(["telecom", "retail", "utilities"]), country)
    return c


def p_phone_call():
    c = Case("positive", "")
    country = ch(["UK", "US", "IE"])
    p = gen_phone(country)
    style = "us" if country == "US" else "uk"
    g = c.val("PHONE", p if R.random() < 0.7 else None)
    if c.groups[g][1] is None:
        intl = {"UK": "44", "US": "1", "IE": "353"}[country]
        canon = intl + (p[1:] if country != "US" else p)
        c.groups[g] = ("PHONE", canon, [])
        c.a("what's a contact number")
        c.c("it's plus ", (spoken(canon, style, filler=0.05), g))
    else:
        c.a("and a good number to call you back on")
        if R.random() < 0.5:
            c.c((spoken(p[:5] if country != "US" else p[:3], style), g))
            c.a(ch(["mhm", "yeah", "okay"]))
            c.c((spoken(p[5:] if country != "US" else p[3:], style, filler=0.1), g))
        else:
            c.c(ch(["yeah ", "it's ", "my mobile is "]), (spoken(p, style, homo=R.random() < 0.3), g))
    c.note = "call/%s (%s): spoken phone number, international or split over turns" % (
        ch(["telecom", "healthcare billing", "utilities", "travel"]), country)
    return c


def email_spoken(local, dom):
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._\-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok.isdigit():
            if len(tok) == 4 and R.random() < 0.6:
                parts.append(year_words(int(tok)))
            elif len(tok) == 2 and tok[0] != "0" and R.random() < 0.6:
                parts.append(pair_word(tok))
            else:
                parts.append(spoken(tok, "us").replace(" o ", " oh ").replace("o ", "oh ") if False else " ".join(
                    "zero" if d == "0" else UNITS[int(d)] for d in tok))
        elif len(tok) == 1:
            parts.append(letter_spoken(tok, nato=0.4))
        else:
            parts.append(tok)
    return " ".join(parts) + " at " + dom.replace(".", " dot ")


def p_email():
    c = Case("positive", "")
    local, dom = gen_email()
    em = local + "@" + dom
    g = c.val("EMAIL", em)
    if R.random() < 0.5:
        c.a("What email address should the receipt go to?")
        c.c(ch(["", "its ", "email: "]), (ch([em, em, em.capitalize(), em.upper()]), g), ch(["", " pls", " - thanks!"]))
        c.note = "chat/%s: typed e-mail address" % ch(["retail", "travel", "telecom"])
    else:
        c.a("and can i take an email address")
        c.c(ch(["yeah it's ", "sure ", "it's um "]), (email_spoken(local, dom), g))
        if R.random() < 0.4:
            rb = c.val("EMAIL", em)
            c.a("so that's ", (email_spoken(local, dom), rb), " yeah")
            c.c("that's it")
        c.note = "call/%s: e-mail spelled out with dot/at/underscore, digits as words" % ch(
            ["utilities", "insurance", "travel", "healthcare billing"])
    return c


def dob_spoken(d, m, y, us):
    if us:
        return ch([MONTHS[m - 1] + " " + ordinal(d) + " " + year_words(y),
                   spoken("%02d%02d" % (m, d), "us") + " " + year_words(y)])
    return ch(["the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + year_words(y),
               ordinal(d) + " " + MONTHS[m - 1] + " " + year_words(y),
               spoken("%02d%02d" % (d, m), "uk", repeats=False) + " " + pair_word(str(y)[2:])])


def p_dob():
    c = Case("positive", "")
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2005)
    g = c.val("DOB", (d, m, y))
    us = R.random() < 0.4
    age = 2026 - y
    if R.random() < 0.5:
        c.a(ch(["can you confirm your date of birth", "and your date of birth please", "what's the d o b"]))
        c.c(ch(["", "yeah it's ", "it's ", "um "]), (dob_spoken(d, m, y, us), g),
            ch(["", " so i'm %s" % number_words(age), " i've been with you %s years" % number_words(R.randint(2, 15))]))
        c.note = "call/%s: spoken date of birth, age or tenure said nearby (unlabelled)" % ch(
            ["healthcare billing", "insurance", "banking"])
    else:
        c.a("Please confirm your DOB for security.")
        c.c((ch(["%02d/%02d/%d" % (d, m, y), "%d-%d-%d" % (y, m, d) if False else "%d.%d.%d" % (d, m, y),
                 "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y), "%s %d %d" % (MONTHS[m - 1], d, y)]), g))
        c.note = "chat/%s: typed date of birth" % ch(["banking", "insurance", "telecom"])
    return c


def p_address_uk():
    c = Case("positive", "")
    num = R.randint(1, 240)
    street = ch(STREETS) + " " + ch(SUFFIXES)
    pc = gen_pc()
    ga = c.val("ADDRESS", (num, street))
    gp = c.val("POSTCODE", pc)
    town = ch(["leeds", "bristol", "glasgow", "manchester", "cardiff", "york", "norwich"])
    if R.random() < 0.5:
        c.a("can i confirm the address on the account")
        c.c(ch(["it's ", "yeah ", ""]), (house_spoken(num) + " " + street, ga), " " + town + " ",
            (" ".join(letter_spoken(x, nato=0.15, names=0.15) if x.isalpha() else spoken(x, "uk") for x in pc), gp))
        c.note = "call/%s: UK house number in words, street, town, spoken postcode" % ch(["utilities", "telecom", "insurance"])
    else:
        c.a("What's the delivery address?")
        pcf = ch([pc[:-3] + " " + pc[-3:], pc, pc.lower()[:-3] + " " + pc.lower()[-3:]])
        c.c((str(num) + " " + street.title(), ga), ch([", ", " "]), town.title(), ch([", ", " "]), (pcf, gp))
        c.note = "chat/retail: typed UK address with postcode"
    return c


def p_address_us():
    c = Case("positive", "")
    num = R.randint(10, 9800)
    street = ch(["maple", "oak", "washington", "lincoln", "sunset", "lake", "pine", "main"]) + " " + ch(US_SUFFIX)
    z = gen_zip()
    ga = c.val("ADDRESS", (num, street))
    gz = c.val("POSTCODE", z)
    city = ch(["springfield", "austin", "columbus", "denver", "tampa"])
    if R.random() < 0.5:
        c.a("and the billing address")
        ns = str(num)
        if len(ns) == 4 and ns[2:] != "00":
            numsp = pair_word(ns[:2]) + " " + pair_word(ns[2:])
        elif len(ns) == 3 and ns[1:] != "00":
            numsp = UNITS[int(ns[0])] + " " + pair_word(ns[1:])
        else:
            numsp = spoken(ns, "us", repeats=False, pairs=0.0)
        c.c((numsp + " " + street, ga), " " + city + " ", ch(["", "zip code "]), (spoken(z, "us"), gz))
        c.note = "call/%s: US street address with house number spoken and ZIP" % ch(["healthcare billing", "retail", "insurance"])
    else:
        c.a("Please type the billing address.")
        c.c((str(num) + " " + street.title(), ga), ", " + city.title() + ", " + ch(["TX", "OH", "CO", "FL"]) + " ",
            (ch([z, z + "-" + digits(4)]) if False else z, gz))
        c.note = "chat/retail: typed US address with ZIP"
    return c


def p_mixed():
    """Several values in one call, with non-PII numbers next to them."""
    c = Case("positive", "")
    ni = gen_ni()
    gn = c.val("NI_NUMBER", ni)
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2000)
    gd = c.val("DOB", (d, m, y))
    c.a("i'll need your date of birth and national insurance number for the claim")
    p, dg, s = ni_spoken(ni)
    c.c("okay date of birth is ", (dob_spoken(d, m, y, False), gd), " and the n i is ",
        (p + " " + dg + " " + s, gn))
    c.a("thanks and your claim reference is %s" % spoken(digits(6), "uk", repeats=False))
    c.note = "call/government services: DOB and NI number in one turn, claim reference (unlabelled)"
    return c


def p_card_two_values():
    c = Case("positive", "")
    card = gen_card()
    g = c.val("CARD_NUMBER", card)
    m, y = R.randint(1, 12), R.randint(25, 31)
    ge = c.val("EXPIRY", (None, m, y))
    cvv = digits(3)
    gc = c.val("CVV", cvv)
    c.a("card number expiry and the three digits on the back please")
    c.c((spoken(card, "any", filler=0.04), g), " expires ", (pair_word("%02d" % m) + " " + pair_word(str(y)), ge),
        " and the code is ", (spoken(cvv), gc), ch(["", " and it's going to be ninety nine pounds right"]))
    c.note = "call/%s: card, expiry and CVV in one long customer turn" % ch(["retail", "travel", "telecom"])
    return c


def p_ni_readback():
    c = Case("positive", "")
    ni = gen_ni()
    g = c.val("NI_NUMBER", ni)
    c.a("national insurance number")
    c.c((" ".join(ni[:2].lower()) + " " + spoken(ni[2:8], "uk", repeats=False) + " " + ni[8].lower(), g))
    rb = c.val("NI_NUMBER", ni)
    c.a("let me read that back ", (" ".join(letter_spoken(x, nato=1.0) for x in ni[:2]) + " " + spoken_pairs(ni[2:8], "uk") + " " + letter_spoken(ni[8], nato=1.0), rb), " correct")
    c.c("yep")
    c.note = "call/government services: NI number plain then agent reads it back in NATO and pairs"
    return c


def p_ssn_readback():
    c = Case("positive", "")
    s = gen_ssn()
    g = c.val("SSN", s)
    c.a("last thing i need your social")
    c.c((spoken(s, "us", pairs=0.0), g), ch(["", " and i'm calling about a bill for four hundred and twelve dollars"]))
    rb = c.val("SSN", s)
    c.a("okay i have ", (ssn_typed(s) if False else spoken(s[:3], "us", repeats=False) + " " + spoken(s[3:5], "us", repeats=False) + " " + spoken(s[5:], "us", repeats=False), rb))
    c.note = "call/healthcare billing: SSN spoken and read back, amount nearby (unlabelled)"
    return c


def p_card_chat_split():
    c = Case("positive", "")
    card = gen_card()
    g = c.val("CARD_NUMBER", card)
    sizes = [4, 6, 5] if len(card) == 15 else [4, 4, 4, 4, 3]
    parts = groups(card, sizes)
    k = 1 if len(card) == 15 else 2
    sep = ch([" ", "-", ""])
    fa, fb = sep.join(parts[:k]), sep.join(parts[k:])
    c.a("Please enter the long number on your card.")
    c.c((fa, g))
    c.c(ch(["oops pressed enter ", "sorry ", "rest is ", ""]), (fb, g))
    c.a("Thanks. That's for the %s%d.%02d payment, correct?" % (ch(["£", "€", "$"]), R.randint(10, 300), R.randrange(100)))
    c.c("yes")
    c.note = "chat/%s: typed card sent across two customer messages" % ch(["retail", "telecom", "utilities"])
    return c


def p_postcode_call():
    c = Case("positive", "")
    pc = gen_pc()
    g = c.val("POSTCODE", pc)
    c.a(ch(["can i start with your postcode", "and what's the postcode there", "postcode please"]))
    out, k = [], 0
    while k < len(pc):
        x = pc[k]
        if x.isalpha() and k + 1 < len(pc) and pc[k + 1] == x and R.random() < 0.7:
            out.append("double " + x.lower())
            k += 2
            continue
        out.append(letter_spoken(x, nato=0.35, names=0.2) if x.isalpha() else spoken(x, "uk"))
        k += 1
    outward = len(pc) - 3
    sp = " ".join(out)
    c.c(ch(["yeah it's ", "it's ", "um "]), (sp, g), ch(["", " that's in leeds", " i moved in %s" % ch(["last year", "in twenty nineteen"])]))
    c.note = "call/%s: UK postcode spoken with letters, NATO, letter names or 'double'" % ch(["utilities", "telecom", "insurance", "retail"])
    return c


def p_card_chitchat():
    c = Case("positive", "")
    card = gen_card()
    g = c.val("CARD_NUMBER", card)
    k = ch([6, 7, 8, 9])
    c.a("okay go ahead with the card number")
    c.c((spoken(card[:k], "uk"), g), " " + ch(["sorry the dog's going mad here", "hang on my glasses are upstairs",
                                                "sorry the kids are shouting", "one sec the light's bad"]) + " ",
        ch(["where was i ", "right ", "okay "]), (spoken(card[k:], "uk"), g))
    c.a("lovely and that's the card ending %s" % spoken(card[-4:], "uk", repeats=False))
    c.note = "call/%s: card reading interrupted by chit-chat inside the same turn (two spans); agent's 'ending' last four left unlabelled" % ch(
        ["utilities", "retail", "telecom"])
    return c


POS_TEMPLATES = [(p_card_chitchat, 6), (p_card_chat_split, 6), (p_postcode_call, 8), 
    (p_card_call_oneturn, 10), (p_card_call_split, 10), (p_card_chat, 12), (p_card_correction, 5),
    (p_cvv_exp_call, 8), (p_ssn_call, 14), (p_ssn_chat, 10), (p_ni_call, 14), (p_ni_chat, 10),
    (p_bank_call, 10), (p_bank_chat, 8), (p_iban_chat, 9), (p_iban_call, 9), (p_phone_chat, 10),
    (p_phone_call, 11), (p_email, 20), (p_dob, 12), (p_address_uk, 10), (p_address_us, 7),
    (p_mixed, 6), (p_card_two_values, 6), (p_ni_readback, 5), (p_ssn_readback, 5),
]


# ---------------------------------------------------------------- negative templates
def money_words(n, cur):
    sub = {"pounds": ["pence", "p"], "dollars": ["cents"], "euro": ["cent", "cents"]}[cur]
    return number_words(n) + " " + cur + ch(["", " and " + number_words(R.randint(1, 99)) + " " + ch(sub)])


def n_amounts():
    c = Case("negative", "")
    if R.random() < 0.5:
        cur = ch(["pounds", "dollars", "euro"])
        a1, a2 = R.randint(20, 999), R.randint(100, 999)
        c.a("your outstanding balance is " + money_words(a1, cur))
        c.c("okay and what was last month's bill " + ch(["was it ", "i think it was "]) + money_words(a2, cur))
        c.a("it was " + number_words(R.randint(40, 300)) + " " + cur + " with " + number_words(R.randint(2, 30)) + " percent off")
        c.note = "call/utilities: balances and bill amounts in words, percentage"
    else:
        sym = ch(["£", "$", "€"])
        c.a("Your account balance is %s%s,%03d.%02d and the minimum payment is %s%d.%02d" % (
            sym, R.randint(1, 9), R.randrange(1000), R.randrange(100), sym, R.randint(5, 99), R.randrange(100)))
        c.c("Can I pay %s%d on the %s?" % (sym, R.randint(50, 900), ch(["15th", "28th", "1st of next month"])))
        c.note = "chat/banking: balances, payment amounts and a payment date (not DOB)"
    return c


def n_reference():
    c = Case("negative", "")
    word = ch(["order number", "ticket number", "case reference", "claim number", "invoice number",
               "booking reference", "reference number", "complaint reference"])
    n = digits(R.randint(5, 10), first=str(R.randint(1, 9)))
    if R.random() < 0.5:
        c.a("do you have your %s" % word)
        c.c(ch(["yeah it's ", "it's ", "um "]) + spoken(n, ch(["us", "uk"])))
        c.a("thanks i've found the %s" % word.split()[0])
        c.note = "call/%s: spoken %s (%d digits) with its reference word" % (ch(["retail", "insurance", "telecom"]), word, len(n))
    else:
        c.c("Hi, my %s is %s%s and nobody has got back to me" % (word, ch(["", "#", "no. "]), n))
        c.a("Thanks, I can see %s %s was last updated on %s." % (word, n, ch(["Monday", "the 3rd", "12/11"])))
        c.note = "chat/retail: typed %s (%d digits)" % (word, len(n))
    return c


def n_appointment():
    c = Case("negative", "")
    d, m = R.randint(1, 28), R.randint(1, 12)
    hour = R.randint(1, 11)
    c.a("i can book the engineer for the %s of %s between %s and %s" % (
        ordinal(d), MONTHS[m - 1], number_words(hour), number_words(hour % 12 + 2)))
    c.c("could it be %s instead i'm at work till %s thirty" % (ch(["the " + ordinal(R.randint(1, 28)), "next tuesday", "friday"]),
                                                              number_words(R.randint(3, 6))))
    c.a("yes that's fine the visit takes about %s minutes" % number_words(R.randint(20, 90)))
    c.note = "call/%s: appointment dates and times, duration (not DOB)" % ch(["utilities", "telecom", "healthcare billing"])
    return c


def n_flight():
    c = Case("negative", "")
    al = ch([("EI", "e i"), ("BA", "b a"), ("FR", "f r"), ("UA", "u a"), ("LH", "l h")])
    fn = str(R.randint(10, 999))
    if R.random() < 0.5:
        c.c("my flight %s%s on the %s was cancelled, seat %d%s" % (al[0], fn, ch(["4th", "22nd", "9th"]), R.randint(1, 40), ch("ACDF")))
        c.a("Sorry about that. I can move you to %s%d departing %02d:%02d." % (al[0], R.randint(10, 999), R.randint(5, 22), ch([0, 15, 30, 45])))
        c.note = "chat/travel: flight numbers, seat, departure time"
    else:
        c.c("it's flight %s %s to %s" % (al[1], spoken(fn, "uk"), ch(["dublin", "boston", "frankfurt"])))
        c.a("and that's for %s passengers in room %s at the hotel" % (number_words(R.randint(2, 5)), spoken(str(R.randint(101, 950)))))
        c.note = "call/travel: flight number and hotel room number spoken"
    return c


def n_meter():
    c = Case("negative", "")
    rd = digits(R.choice([5, 6]), first=str(R.randint(1, 9)))
    if R.random() < 0.5:
        c.a("can you read me the meter reading")
        c.c(("yeah it says " + spoken(rd, "uk") + " " + ch(["and there's a red light", "on the day rate", ""])).strip())
        c.note = "call/utilities: meter reading spoken digit by digit"
    else:
        c.c("Meter reading today: %s (day) and %s (night)" % (rd, digits(5, first="3")))
        c.note = "chat/utilities: typed meter readings"
    return c


def n_speed_model():
    c = Case("negative", "")
    if R.random() < 0.5:
        c.c("I'm only getting %d Mbps on a %d meg package, router model %s" % (
            R.randint(3, 90), ch([100, 500, 900]), ch(["TG589", "DSL-2750U", "Hub 4", "RT-AX58U"])))
        c.a("I see %d devices connected and %d.%d GB used this month." % (R.randint(2, 14), R.randint(10, 400), R.randrange(10)))
        c.note = "chat/telecom: speeds, model numbers, device counts, data usage"
    else:
        c.c("i've got the %s and the screen cracked after %s months" % (
            ch(["iphone fifteen pro", "galaxy s twenty three", "pixel eight"]), number_words(R.randint(2, 11))))
        c.a("the repair is %s and takes %s working days" % (money_words(R.randint(80, 250), "pounds"), number_words(R.randint(3, 7))))
        c.note = "call/retail: phone models, durations and repair price"
    return c


def n_age_years():
    c = Case("negative", "")
    c.c("i'm %s years old and i've been a customer since %s" % (number_words(R.randint(25, 90)), year_words(R.randint(1985, 2019))))
    c.a("thank you for your loyalty your contract started on the %s of %s %s" % (
        ordinal(R.randint(1, 28)), ch(MONTHS), year_words(R.randint(2015, 2024))))
    c.c("and it's %s degrees in here because the heating's broken" % number_words(R.randint(8, 32)))
    c.note = "call/%s: age, customer-since year, contract start date, temperature" % ch(["utilities", "insurance", "telecom"])
    return c


def n_chat_misc():
    c = Case("negative", "")
    c.c("Hi, I was on hold for %d mins yesterday at %d:%02d%s about my %d-month contract" % (
        R.randint(10, 95), R.randint(1, 12), ch([5, 20, 40]), ch(["pm", "am", ""]), ch([12, 18, 24])))
    c.a("Apologies. I've applied a %d%% discount and a credit of %s%d.%02d, effective %s." % (
        R.randint(5, 50), ch(["£", "$", "€"]), R.randint(5, 60), R.randrange(100),
        ch(["01/%02d/2025" % R.randint(1, 12), "next billing date", "15 March"])))
    c.note = "chat/telecom: durations, time, contract length, discount, credit date"
    return c


def n_policy_year():
    c = Case("negative", "")
    c.a("the car is a %s %s with %s thousand miles on it" % (year_words(R.randint(2008, 2023)), ch(["ford focus", "vw golf", "toyota yaris"]),
                                                           number_words(R.randint(12, 99))))
    c.c("yeah and i want the excess at %s pounds not %s" % (number_words(R.randint(1, 9) * 100), number_words(R.randint(1, 9) * 50 + 100)))
    c.a("okay that brings it to %s pounds a month over %s months" % (number_words(R.randint(20, 99)), number_words(12)))
    c.note = "call/insurance: car year, mileage, excess and premium amounts"
    return c


def n_quantities():
    c = Case("negative", "")
    c.c("I ordered %d boxes of %d but only %d arrived, item code %s" % (
        R.randint(2, 9), ch([12, 24, 50]), R.randint(1, 5), ch(["SKU-%d" % R.randint(1000, 99999), "A%d" % R.randint(100, 9999)])))
    c.a("I'll send the remaining units within %d-%d working days, total weight %.1f kg." % (R.randint(2, 3), R.randint(4, 7), R.uniform(1, 30)))
    c.note = "chat/retail: quantities, item codes, delivery window, weight"
    return c


def n_healthcare():
    c = Case("negative", "")
    if R.random() < 0.5:
        c.a("the procedure code is %d and your copay was %s dollars" % (R.randint(10000, 99999), number_words(R.choice([20, 25, 40, 75]))))
        c.c("but my deductible is %s and i've paid %s already this year" % (
            money_words(R.randint(2, 9) * 500 if False else R.randint(150, 999), "dollars"), money_words(R.randint(50, 999), "dollars")))
        c.a("the claim from %s %s was processed at eighty percent" % (ch(MONTHS), ordinal(R.randint(1, 28))))
        c.note = "call/healthcare billing: procedure code, copay, deductible, service date"
    else:
        c.c("Statement %s shows %d visits and a %s%d.%02d charge from 03/%02d/2025, dosage %dmg twice a day" % (
            ch(["#", "ref ", "no. "]) + digits(7, first="4"), R.randint(2, 6), "$", R.randint(20, 900), R.randrange(100),
            R.randint(1, 28), ch([5, 10, 20, 50])))
        c.note = "chat/healthcare billing: statement reference, visit count, charge, service date, dosage"
    return c


def n_rates():
    c = Case("negative", "")
    c.a("the fixed rate is %s point %s percent for %s years and the arrangement fee is %s" % (
        number_words(R.randint(2, 7)), spoken(digits(2), repeats=False, pairs=0.0), number_words(ch([2, 3, 5])), money_words(ch([499, 999, 1499 % 1000]), "pounds")))
    c.c("and if i overpay %s percent a year is that okay on a loan of %s thousand pounds" % (number_words(10), number_words(R.randint(5, 250))))
    c.note = "call/banking: interest rates, terms, fees, loan amount"
    return c


NEG_TEMPLATES = [(n_healthcare, 8), (n_rates, 6), (n_amounts, 12), (n_reference, 16), (n_appointment, 10), (n_flight, 10), (n_meter, 10),
                 (n_speed_model, 10), (n_age_years, 10), (n_chat_misc, 10), (n_policy_year, 8), (n_quantities, 8)]


# ---------------------------------------------------------------- build / check
def build():
    global R
    R = random.Random(SEED)
    pos_fns = [f for f, k in POS_TEMPLATES for _ in range(k)]
    neg_fns = [f for f, k in NEG_TEMPLATES for _ in range(k)]
    R.shuffle(pos_fns)
    R.shuffle(neg_fns)
    cases = []
    for i, f in enumerate(pos_fns, 1):
        cases.append((f(), "h22-pos-%03d" % i))
    for i, f in enumerate(neg_fns, 1):
        cases.append((f(), "h22-neg-%03d" % i))
    lines = [json.dumps(c.record(cid), ensure_ascii=False) for c, cid in cases]
    return "\n".join(lines) + "\n", cases


def verify(cases):
    errs = []
    counts = {t: 0 for t in TYPES}
    ids = set()
    npos = nneg = 0
    for c, cid in cases:
        if cid in ids:
            errs.append("%s: duplicate id" % cid)
        ids.add(cid)
        if c.kind == "negative":
            nneg += 1
            if c.spans:
                errs.append("%s: negative with spans" % cid)
            continue
        npos += 1
        if not c.spans:
            errs.append("%s: positive without spans" % cid)
        by_turn = {}
        for sp in c.spans:
            if sp["type"] not in TYPES:
                errs.append("%s: bad type" % cid)
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
            text = c.turns[sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append("%s: offsets out of range" % cid)
                continue
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, text[s:e]))
            if text[s].isspace() or text[e - 1].isspace() or not text[e - 1].isalnum():
                errs.append("%s: span edge %r" % (cid, text[s:e]))
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for spans in by_turn.values():
            spans.sort()
            for (a, b), (x, y) in zip(spans, spans[1:]):
                if x < b:
                    errs.append("%s: overlapping spans" % cid)
        for typ, canon, idx in c.groups:
            if not idx:
                errs.append("%s: empty group" % cid)
                continue
            joined = " ".join(c.turns[c.spans[k]["turn"]]["text"][c.spans[k]["start"]:c.spans[k]["end"]] for k in idx)
            err = validate(typ, canon, joined)
            if err:
                errs.append("%s: %s %r: %s" % (cid, typ, joined, err))
    for c, cid in cases:
        for t in c.turns:
            if t["text"] != t["text"].strip() or not t["text"]:
                errs.append("%s: turn with leading/trailing whitespace" % cid)
        d = c.record(cid)
        if not d["note"] or ":" not in d["note"]:
            errs.append("%s: missing note" % cid)
    return errs, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout22 - held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set: do not look at
individual failures to adjust patterns, thresholds or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation, its benchmark or any other
PII fixture; only a three-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout22.py` (standard library only, one `random.Random(22231126)`),
from template functions whose turns are assembled from plain-text segments and
labelled value segments, so offsets are computed, never typed.
`python scripts/make_pii_holdout22.py --check` regenerates the file, verifies it is
byte-identical, ids unique, offsets in range and on word boundaries, spans
non-overlapping, and validates every value after normalising spoken forms (Luhn,
mod-97, NI format, digit counts, postcode shapes).

## Contents

%d positive cases, %d negative cases (%d total). Chat cases are typed text with varied
separators/case; call cases imitate ASR transcripts (lower case, numbers as words,
"oh"/"o"/"nought" for zero, "double"/"triple", pairs such as "forty one", teens,
"nineteen eighty", homophones "to"/"for"/"ate"/"won", letters spelled "b for bravo",
"b as in bravo" or as letter names "are"/"why"/"see", values split over several
customer turns with agent back-channels, self-corrections, agent read-backs, fillers
inside readings, several values in one turn). Industries: banking, telecom,
utilities, retail, insurance, travel, healthcare billing, government services;
countries: US, UK, Ireland, EU (IBANs for GB, IE, DE, NL, FR, ES).

| type | spans |
|---|---|
%s

## Annotation conventions

* A span covers exactly the value: from its first character/word to its last,
  including separators, fillers ("um"), "double"/"triple" and spelling aids
  ("for bravo", "as in") that occur *inside* the reading. Lead-in words ("it's",
  "my number is", "zip code") are outside.
* A value split across turns has one span per turn (each fragment is labelled with
  the value's type). An agent read-back of a value is labelled too.
* In a self-correction only the full, corrected reading is labelled; the aborted
  fragment is left unlabelled.
* PHONE: a typed leading "+" or "(" is inside the span; the spoken word "plus" is
  outside (the span starts at the first digit word).
* ADDRESS: house number + street name + street type; town, state and postcode are
  outside (the postcode is its own POSTCODE span; US ZIP codes are POSTCODE).
* EXPIRY: month and year as said ("oh four twenty seven", "april twenty twenty
  nine", "04/27"). DOB: the whole date including the year.
* CVV and EXPIRY are only labelled where the context makes clear they are card
  details.
* Negatives contain no PII at all: money, balances, times, durations, counts,
  years, percentages, non-birth dates, order/ticket/claim/invoice references
  (5-10 digits, always with their reference word), flight/seat/room numbers,
  model numbers, meter readings, speeds, ages, temperatures.
* Positive cases can contain unlabelled non-PII numbers (amounts, ages, claim
  references) next to the PII.
""" % (npos, nneg, npos + nneg, rows)


def main():
    text, cases = build()
    errs, counts, npos, nneg = verify(cases)
    rd = readme(counts, npos, nneg)
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        for path, want in ((CASES, text), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != want:
                        errs.append("%s differs from regenerated output" % path)
            except OSError as e:
                errs.append("cannot read %s: %s" % (path, e))
        for line in text.splitlines():
            d = json.loads(line)
            for sp in d["spans"]:
                tt = d["turns"][sp["turn"]]["text"]
                if not 0 <= sp["start"] < sp["end"] <= len(tt):
                    errs.append("%s: offsets out of range in file" % d["id"])
        if npos < 170 or nneg < 100:
            errs.append("too few cases: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if counts[t] < need:
                errs.append("type %s has %d spans < %d" % (t, counts[t], need))
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives %d negatives %d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        for e in errs[:80]:
            print("ERROR", e)
        print("%d problems" % len(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

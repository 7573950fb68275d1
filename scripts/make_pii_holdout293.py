#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h293 (UK/IE emphasis).

Written by an independent AI helper that did not see the redaction code.
Usage:
    python scripts/make_pii_holdout293.py          # write fixture + README
    python scripts/make_pii_holdout293.py --check  # regenerate and verify
Standard library only.  Never use this set for tuning.
"""
import json
import os
import random
import re
import sys

SEED = 293241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout293")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
NATO_ALT = {"b": "bob", "c": "cat", "d": "david", "e": "edward", "h": "harry",
            "j": "john", "k": "king", "m": "mother", "n": "nancy", "p": "peter",
            "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "y": "yellow",
            "a": "apple", "g": "george", "l": "london", "z": "zebra"}
HOMO = {"bee": "b", "be": "b", "see": "c", "sea": "c", "dee": "d", "gee": "g",
        "jay": "j", "kay": "k", "el": "l", "em": "m", "en": "n", "pee": "p",
        "queue": "q", "cue": "q", "are": "r", "ess": "s", "tea": "t", "tee": "t",
        "you": "u", "why": "y", "ex": "x", "zed": "z", "aitch": "h", "eye": "i",
        "wy": "y", "double-you": "w"}
LETTER_SAY = {"b": ["b", "bee"], "c": ["c", "see"], "h": ["h", "aitch"],
              "j": ["j", "jay"], "k": ["k", "kay"], "p": ["p", "pee"],
              "r": ["r", "are"], "s": ["s", "ess"], "t": ["t", "tee"],
              "y": ["y", "why"], "z": ["z", "zed"], "x": ["x", "ex"],
              "w": ["w", "double-you"], "m": ["m", "em"], "n": ["n", "en"],
              "l": ["l", "el"], "g": ["g", "gee"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
       "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
FILLERS = {"um", "uh", "erm", "er", "ehm", "hmm"}
WORD2D = {w: str(i) for i, w in enumerate(DIG)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "zer0": "0",
               "won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"})
TEEN2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2D = {w: str(k) for k, w in TENS.items()}
NATO2L = {v: k for k, v in NATO.items()}
NATO2L.update({v: k for k, v in NATO_ALT.items()})
NATO2L["x-ray"] = "x"
NATO2L["whisky"] = "w"


def normalise(text):
    """Spoken/typed value -> canonical upper-case alnum string (+ kept)."""
    t = text.lower()
    t = re.sub(r"[\-/.,()?:;]", " ", t).replace("double-you", "w")
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in FILLERS:
            i += 1
            continue
        if w == "plus":
            out.append("+")
            i += 1
            continue
        if w in MONTHS:
            out.append("%02d" % (MONTHS.index(w) + 1))
            i += 1
            continue
        # "b for bravo" / "c as in charlie"
        if len(w) == 1 and w.isalpha() and nxt in ("for", "as") and i + 2 < len(toks):
            j = i + 2
            if toks[j] == "in" and j + 1 < len(toks):
                j += 1
            if toks[j] in NATO2L or toks[j][:1] == w:
                out.append(w)
                i = j + 1
                continue
        if w in ("double", "triple") and nxt is not None and nxt in WORD2D:
            out.append(WORD2D[nxt] * (2 if w == "double" else 3))
            i += 2
            continue
        if w in ("double", "triple") and nxt is not None and len(nxt) == 1 and nxt.isalpha():
            out.append(nxt * (2 if w == "double" else 3))
            i += 2
            continue
        if w in TENS2D:
            if nxt in WORD2D and WORD2D[nxt] != "0" and nxt not in ("to", "too", "for", "won", "ate", "oh", "o"):
                out.append(TENS2D[w] + WORD2D[nxt])
                i += 2
                continue
            out.append(TENS2D[w] + "0")
            i += 1
            continue
        if w in TEEN2D:
            out.append(TEEN2D[w])
            i += 1
            continue
        if w == "hundred":
            out.append("00")
            i += 1
            continue
        if w in WORD2D:
            out.append(WORD2D[w])
            i += 1
            continue
        if w in NATO2L and len(w) > 1:
            out.append(NATO2L[w])
            i += 1
            continue
        if w in HOMO:
            out.append(HOMO[w])
            i += 1
            continue
        out.append(re.sub(r"[^0-9a-z+]", "", w))
        i += 1
    return "".join(out).upper()


def norm_email(text):
    t = text.strip().lower()
    if " " not in t:
        return t
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in FILLERS:
            pass
        elif w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in ("double",) and i + 1 < len(toks):
            nx = toks[i + 1]
            out.append((WORD2D.get(nx, nx)) * 2)
            i += 1
        elif w in DIG or w in ("oh", "nought"):
            out.append(WORD2D[w])
        elif w in TEEN2D:
            out.append(TEEN2D[w])
        elif w in TENS2D:
            nx = toks[i + 1] if i + 1 < len(toks) else None
            if nx in DIG[1:]:
                out.append(TENS2D[w] + WORD2D[nx])
                i += 1
            else:
                out.append(TENS2D[w] + "0")
        else:
            out.append(w)
        i += 1
    return "".join(out)


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EIR_RE = re.compile(r"[A-Z]\d[\dW][A-Z0-9]{4}")
STREET_RE = re.compile(r"(road|street|lane|avenue|close|crescent|drive|way|terrace|grove|gardens|place|park|rd|st|ave|court|hill|row|square|walk|view)\b", re.I)


def validate(typ, canon, pieces):
    """Return None if ok else an error string. pieces = the span texts of one value."""
    text = " ".join(pieces)
    if typ == "EMAIL":
        n = norm_email(text)
        if n != canon.lower():
            return "email norm %r != %r" % (n, canon)
        return None if re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+", n) else "bad email"
    if typ == "ADDRESS":
        return None if STREET_RE.search(text) and re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred", text.lower()) else "bad address"
    if typ == "DOB":
        y, m, d = canon
        import datetime
        try:
            datetime.date(y, m, d)
        except ValueError:
            return "bad dob"
        return None if 1925 <= y <= 2008 else "dob year"
    n = "".join(normalise(x) for x in pieces)
    if n != canon:
        return "norm %r != canon %r" % (n, canon)
    if typ == "CARD_NUMBER":
        return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "card"
    if typ == "CVV":
        return None if n.isdigit() and len(n) in (3, 4) else "cvv"
    if typ == "EXPIRY":
        ok = n.isdigit() and len(n) in (4, 6) and 1 <= int(n[:2]) <= 12
        return None if ok else "expiry"
    if typ == "SSN":
        return None if n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") else "ssn"
    if typ == "NI_NUMBER":
        return None if NI_RE.fullmatch(n) else "ni"
    if typ == "BANK_ACCOUNT":
        return None if n.isdigit() and 7 <= len(n) <= 12 else "account"
    if typ == "SORT_CODE":
        return None if n.isdigit() and len(n) == 6 else "sort"
    if typ == "IBAN":
        return None if iban_ok(n) else "iban"
    if typ == "PHONE":
        d = n.lstrip("+")
        return None if d.isdigit() and 9 <= len(d) <= 13 else "phone"
    if typ == "POSTCODE":
        ok = UKPC_RE.fullmatch(n) or EIR_RE.fullmatch(n) or re.fullmatch(r"\d{5}(\d{4})?", n)
        return None if ok else "postcode"
    return "unknown type"


# ---------------------------------------------------------------- speaking
class Speaker:
    def __init__(self, rng):
        self.rng = rng

    def zero(self, uk=True):
        return self.rng.choice(["oh", "oh", "nought", "zero", "o"] if uk else ["zero", "oh", "o"])

    def digits(self, s, style=None, zero=None, uk=True):
        """Speak a digit string; verified by normalise, falls back to plain."""
        r = self.rng
        style = style or r.choice(["plain", "plain", "dbl", "pairs", "mixed"])
        z = zero or self.zero(uk)

        def dw(c):
            return z if c == "0" else DIG[int(c)]
        toks = []
        i = 0
        while i < len(s):
            c = s[i]
            if style in ("dbl", "mixed") and s[i:i + 3] == c * 3 and r.random() < 0.7:
                toks.append("triple " + dw(c))
                i += 3
                continue
            if style in ("dbl", "mixed") and s[i:i + 2] == c * 2 and r.random() < 0.8:
                toks.append("double " + dw(c))
                i += 2
                continue
            if style in ("pairs", "mixed") and i + 1 < len(s) and (style == "pairs" or r.random() < 0.5):
                p = s[i:i + 2]
                if p[0] == "0":
                    toks.append(z + " " + DIG[int(p[1])] if p[1] != "0" else "double " + z)
                elif p[0] == "1":
                    toks.append(TEENS[int(p[1])])
                elif p[1] == "0":
                    toks.append(TENS[int(p[0])])
                else:
                    toks.append(TENS[int(p[0])] + " " + DIG[int(p[1])])
                i += 2
                continue
            toks.append(dw(c))
            i += 1
        out = " ".join(toks)
        if normalise(out) != s:
            out = " ".join(dw(c) for c in s)
        return out

    def letter(self, c, mode=None):
        c = c.lower()
        mode = mode or self.rng.choice(["plain", "plain", "nato", "homo"])
        if mode == "nato":
            word = NATO[c] if self.rng.random() < 0.7 or c not in NATO_ALT else NATO_ALT[c]
            return "%s for %s" % (c, word)
        if mode == "homo" and c in LETTER_SAY:
            return self.rng.choice(LETTER_SAY[c])
        return c

    def alnum(self, s, lmode=None, style="plain"):
        parts = []
        run = ""
        for ch in s:
            if ch.isdigit():
                run += ch
            else:
                if run:
                    parts.append(self.digits(run, style))
                    run = ""
                parts.append(self.letter(ch, lmode))
        if run:
            parts.append(self.digits(run, style))
        return " ".join(parts)


def num_words(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DIG[n % 10])
    h = DIG[n // 100] + " hundred"
    return h if n % 100 == 0 else h + " and " + num_words(n % 100)


def year_words(y, rng):
    if y == 2000:
        return "two thousand"
    if 2000 <= y <= 2009:
        return rng.choice(["two thousand and " + DIG[y - 2000], "two thousand " + DIG[y - 2000]])
    hi, lo = divmod(y, 100)
    lo_w = ("oh " + DIG[lo]) if lo < 10 else num_words(lo)
    return num_words(hi) + " " + lo_w


# ---------------------------------------------------------------- values
def luhn_complete(body):
    for d in range(10):
        if luhn_ok(body + str(d)):
            return body + str(d)


def gen_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "visa"])
    if kind == "visa":
        body = "4" + "".join(rng.choice("0123456789") for _ in range(14))
    elif kind == "mc":
        body = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(13))
    else:
        body = "3" + rng.choice("47") + "".join(rng.choice("0123456789") for _ in range(12))
    return luhn_complete(body)


def rdig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_ni(rng):
    first = "ABCEGHJKLMNPRSTWYZ"
    second = "ABCEGHJKLMNPRSTWYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(rng, 6) + rng.choice("ABCD")


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 772)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        b = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + rdig(rng, 14)
    elif cc == "IE":
        b = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + rdig(rng, 14)
    elif cc == "DE":
        b = rdig(rng, 18)
    elif cc == "FR":
        b = rdig(rng, 23)
    elif cc == "NL":
        b = rng.choice(["ABNA", "RABO", "INGB"]) + rdig(rng, 10)
    else:
        b = rdig(rng, 20)
    return iban_make(cc, b)


def gen_sort(rng):
    return rng.choice(["20", "40", "30", "60", "77", "83", "90", "93", "11", "09", "23", "04"]) + rdig(rng, 4)


def gen_uk_mobile(rng):
    return "07" + rng.choice("3456789") + rdig(rng, 8)


def gen_uk_land(rng):
    return rng.choice(["020", "0161", "0113", "0121", "0131", "0141", "0117", "029", "01632", "0115"]) + ""


def uk_land(rng):
    code = rng.choice(["020", "0161", "0113", "0121", "0131", "0141", "0117", "029", "0115", "028"])
    return code, rdig(rng, 11 - len(code))


def ie_mobile(rng):
    return "08" + rng.choice("35679") + rdig(rng, 7)


UK_AREAS = ["SW", "SE", "NW", "N", "E", "W", "M", "B", "L", "G", "EH", "CF", "BS",
            "LS", "NE", "BT", "KT", "CR", "RG", "S", "LE", "NG", "CV", "DY", "PR",
            "BN", "TN", "ME", "CM", "SS", "HU", "YO", "DN", "SA", "AB", "DD", "PL", "EX"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc(rng):
    a = rng.choice(UK_AREAS)
    d = str(rng.randint(1, 29)) if len(a) == 2 or rng.random() < 0.5 else str(rng.randint(1, 9))
    if a in ("SW", "EC", "W", "N", "E") and rng.random() < 0.2:
        d = str(rng.randint(1, 9)) + rng.choice("AHPW")
    return a + d, str(rng.randint(0, 9)) + rng.choice(INWARD) + rng.choice(INWARD)


def gen_eircode(rng):
    rk = rng.choice(["D02", "D04", "D06", "D08", "D15", "D24", "T12", "H91", "V94",
                     "X91", "A94", "K78", "F92", "R95", "P85", "D6W", "W23"])
    chars = "ACDEFHKNPRTVWXY0123456789"
    u = rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(chars) for _ in range(3))
    return rk, u


STREETS = ["Acacia", "Victoria", "Station", "Church", "Mill", "Park", "Queen's",
           "King Edward", "Manor", "Meadow", "Albert", "Highfield", "Grange",
           "Orchard", "Beech", "Willow", "Chapel", "Castle", "Rowan", "Kingsway",
           "Hawthorn", "St Mary's", "Main", "Clonliffe", "Ashgrove", "Belgrave",
           "Wellington", "Harcourt", "Newtown", "Ferndale"]
SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive",
          "Way", "Terrace", "Grove", "Gardens", "Place"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Nottingham",
            "Brighton", "Belfast", "Sheffield", "Coventry", "Reading", "Hull", "York",
            "Swansea", "Aberdeen", "Plymouth", "Exeter", "Leicester"]
TOWNS_IE = ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Drogheda",
            "Athlone", "Kilkenny", "Sligo", "Naas"]


def gen_street(rng):
    s = rng.choice(STREETS)
    suf = rng.choice(SUFFIX)
    if s == "Main":
        suf = "Street"
    return rng.randint(1, 240), s, suf


FIRST = ["james", "sarah", "aoife", "ciaran", "priya", "tom", "megan", "liam",
         "niamh", "oliver", "fatima", "gareth", "siobhan", "declan", "emma",
         "rhys", "chloe", "mohammed", "grace", "sean", "hannah", "callum"]
LAST = ["murphy", "smith", "kelly", "jones", "obrien", "patel", "walsh",
        "taylor", "byrne", "evans", "khan", "doyle", "hughes", "brennan",
        "davies", "ryan", "clarke", "mcdonald", "lynch", "ahmed"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk",
           "eircom.net", "btinternet.com", "icloud.com", "live.ie", "sky.com"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    form = rng.randint(0, 4)
    if form == 0:
        local = f + "." + l
    elif form == 1:
        local = f[0] + l + str(rng.randint(1, 99))
    elif form == 2:
        local = f + "_" + l
    elif form == 3:
        local = l + f[0]
    else:
        local = f + l[0] + str(rng.randint(70, 99))
    return local + "@" + rng.choice(DOMAINS)


def speak_email(e, rng):
    local, dom = e.split("@")
    out = []
    for part in re.split(r"([._\-])", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part == "-":
            out.append("dash")
        elif part:
            m = re.fullmatch(r"([a-z]+)(\d*)", part)
            letters, digs = m.group(1), m.group(2)
            if len(letters) <= 2:
                out.append(" ".join(letters))
            else:
                out.append(letters)
            if digs:
                out.append(num_words(int(digs)) if rng.random() < 0.6 else " ".join(DIG[int(c)] for c in digs))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def gen_dob(rng):
    return rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28)


def dob_spoken(d, rng):
    y, m, dd = d
    f = rng.randint(0, 3)
    if f == 0:
        return "the %s of %s %s" % (ORD[dd - 1], MONTHS[m - 1], year_words(y, rng))
    if f == 1:
        return "%s %s %s" % (ORD[dd - 1], MONTHS[m - 1], year_words(y, rng))
    if f == 2:
        return "%s %s %s" % (num_words(dd), num_words(m) if m >= 10 else "oh " + DIG[m], year_words(y, rng))
    return "%s the %s %s" % (MONTHS[m - 1], ORD[dd - 1], year_words(y, rng))


def dob_typed(d, rng):
    y, m, dd = d
    f = rng.randint(0, 4)
    if f == 0:
        return "%02d/%02d/%d" % (dd, m, y)
    if f == 1:
        return "%d/%d/%02d" % (dd, m, y % 100)
    if f == 2:
        suf = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        return "%d%s %s %d" % (dd, suf, MONTHS[m - 1].capitalize(), y)
    if f == 3:
        return "%02d.%02d.%d" % (dd, m, y)
    return "%d %s %d" % (dd, MONTHS[m - 1][:3].capitalize(), y)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.meta = []  # (span index, gid)
        self.values = {}  # gid -> (type, canon, partial)

    def val(self, typ, canon, partial=False):
        gid = len(self.values)
        self.values[gid] = (typ, canon, partial)
        return gid

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                s, gid = seg
                typ = self.values[gid][0]
                self.spans.append({"turn": idx, "start": len(text),
                                   "end": len(text) + len(s), "type": typ})
                self.meta.append(gid)
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "yeah", "right", "got that", "lovely", "and the next bit"]


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def group_typed(s, rng, sizes=None, sep=None):
    sep = sep if sep is not None else rng.choice([" ", " ", "-", "", " "])
    sizes = sizes or [4, 4, 4, 4, 4]
    return sep.join(chunks(s, sizes))


# ================================================================ positives
def p_card_call_one(rng, S):
    ind = rng.choice(["telecom", "utilities", "insurance", "retail", "travel"])
    c = Case("positive", "call/%s: card read digit by digit in one turn, then expiry and security code" % ind)
    card = gen_card(rng, rng.choice(["visa", "mc"]))
    g = c.val("CARD_NUMBER", card)
    sp = S.digits(card, rng.choice(["plain", "dbl", "plain"]))
    c.a("okay so that's a payment of %s pounds today can i take the long number across the front of the card" % num_words(rng.randint(20, 95)))
    c.c(rng.choice(["yeah it's ", "right it's ", "ok ", "yep so "]), (sp, g), rng.choice(["", " yeah", " that's it"]))
    exp = "%02d%02d" % (rng.randint(1, 12), rng.randint(26, 31))
    ge = c.val("EXPIRY", exp)
    c.a("thank you and the expiry date")
    c.c((S.digits(exp, rng.choice(["plain", "pairs"])), ge))
    cv = rdig(rng, 3)
    gc = c.val("CVV", cv)
    c.a("and the three digit security number on the back")
    c.c(rng.choice(["it's ", "", "um "]), (S.digits(cv, "plain"), gc))
    return c


def p_card_call_split(rng, S):
    ind = rng.choice(["insurance", "utilities", "telecom", "healthcare billing"])
    c = Case("positive", "call/%s: card split across customer turns with back-channels" % ind)
    card = gen_card(rng)
    g = c.val("CARD_NUMBER", card)
    sizes = [4, 6, 5] if len(card) == 15 else [4, 4, 4, 4]
    parts = chunks(card, sizes)
    c.a("go ahead with the card number when you're ready")
    for k, p in enumerate(parts):
        pre = rng.choice(["", "", "right ", "okay "]) if k == 0 else rng.choice(["", "", "then "])
        post = rng.choice(["", "", " um"]) if k < len(parts) - 1 else ""
        c.c(pre, (S.digits(p, rng.choice(["plain", "dbl", "pairs"])), g), post)
        if k < len(parts) - 1:
            c.a(rng.choice(BACK))
    c.a("lovely thank you")
    return c


def p_card_chat(rng, S):
    ind = rng.choice(["retail", "telecom", "travel", "utilities"])
    c = Case("positive", "chat/%s: card typed with varied grouping plus expiry and cvv in one message" % ind)
    card = gen_card(rng)
    g = c.val("CARD_NUMBER", card)
    sizes = [4, 6, 5] if len(card) == 15 and rng.random() < 0.6 else [4, 4, 4, 4]
    ct = group_typed(card, rng, sizes)
    exp_m, exp_y = rng.randint(1, 12), rng.randint(26, 31)
    ef = rng.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d%02d"])
    et = ef % (exp_m, exp_y)
    ge = c.val("EXPIRY", "%02d%s" % (exp_m, ("20%02d" if "20%" in ef else "%02d") % exp_y))
    cv = rdig(rng, 4 if card[0] == "3" else 3)
    gc = c.val("CVV", cv)
    c.a("Hi, you're chatting with %s. I can take that payment of \u00a3%d.%02d for you now - please type the card details." % (rng.choice(["Dan", "Aisling", "Priya", "Mark"]), rng.randint(10, 300), rng.randint(0, 99)))
    form = rng.randint(0, 2)
    if form == 0:
        c.c((ct, g), " exp ", (et, ge), " cvv ", (cv, gc))
    elif form == 1:
        c.c("card no: ", (ct, g), rng.choice(["\nexpiry ", ", expires ", " | exp: "]), (et, ge), rng.choice(["\nsecurity code ", ", sec code ", " | cvc: "]), (cv, gc))
    else:
        c.c("its ", (ct, g))
        c.a("Thanks. And the expiry date and 3 or 4 digit code on the back?")
        c.c((et, ge), " and ", (cv, gc), " thx")
    return c


def p_card_pairs(rng, S):
    c = Case("positive", "call/%s: card read in pairs and doubles ('forty nine twenty nine')" % rng.choice(["banking", "retail", "travel"]))
    card = gen_card(rng, rng.choice(["visa", "mc"]))
    g = c.val("CARD_NUMBER", card)
    c.a("and what's the card number please")
    c.c("so it's ", (S.digits(card, rng.choice(["pairs", "mixed"])), g))
    c.a("thank you and the expiry")
    m, y = rng.randint(1, 12), rng.randint(26, 30)
    ge = c.val("EXPIRY", "%02d%02d" % (m, y))
    c.c(rng.choice(["it runs out ", "expires ", ""]), ("%s twenty %s" % (MONTHS[m - 1], num_words(y - 20)), ge))
    return c


def p_card_selfcorrect(rng, S):
    c = Case("positive", "call/%s: card with self-correction mid reading; wrong fragment also labelled" % rng.choice(["utilities", "telecom", "insurance"]))
    card = gen_card(rng, "visa")
    g = c.val("CARD_NUMBER", card)
    wrong = card[4:8][:3] + str((int(card[7]) + 3) % 10)
    gp = c.val("CARD_NUMBER", card[:4] + wrong, partial=True)
    c.a("can you read me the card number")
    c.c("yeah ", (S.digits(card[:4] + wrong, "plain"), gp), " no sorry hang on i've read that wrong")
    c.a("no problem start again")
    c.c("right ", (S.digits(card[:8], "plain"), g), " um ", (S.digits(card[8:], "plain"), g))
    c.a("perfect thanks")
    return c


def p_card_readback(rng, S):
    c = Case("positive", "call/%s: customer reads card, agent reads whole number back" % rng.choice(["retail", "utilities", "travel"]))
    card = gen_card(rng, rng.choice(["visa", "mc", "amex"]))
    g1 = c.val("CARD_NUMBER", card)
    g2 = c.val("CARD_NUMBER", card)
    c.a("long card number please")
    c.c((S.digits(card, "plain"), g1))
    c.a("let me just read that back to you ", (S.digits(card, "dbl"), g2), " is that right")
    c.c("yes that's it")
    cv = rdig(rng, 4 if card[0] == "3" else 3)
    gc = c.val("CVV", cv)
    c.a("and the security code")
    c.c((S.digits(cv, "plain"), gc), " and the bill was %s pounds %s wasn't it" % (num_words(rng.randint(30, 99)), num_words(rng.randint(10, 99))))
    return c


def p_ni_call(rng, S):
    ind = rng.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    ni = gen_ni(rng)
    mode = rng.choice(["plain", "nato", "homo", "nato"])
    c = Case("positive", "call/%s: NI number spoken, letters %s" % (ind, mode))
    g = c.val("NI_NUMBER", ni)
    st = rng.choice(["plain", "pairs", "dbl", "mixed"])
    sp = " ".join([S.letter(ni[0], mode), S.letter(ni[1], mode), S.digits(ni[2:8], st), S.letter(ni[8], mode)])
    c.a(rng.choice(["for security can i take your national insurance number", "what's your national insurance number please", "and your n i number"]))
    c.c(rng.choice(["yeah it's ", "it's ", "erm ", "okay so "]), (sp, g), rng.choice(["", " i think", " yeah"]))
    c.a("thank you")
    return c


def p_ni_chat(rng, S):
    ni = gen_ni(rng)
    f = rng.randint(0, 6)
    if f == 0:
        t = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif f == 1:
        t = ni.lower()
    elif f == 2:
        t = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif f == 3:
        t = "%s %s %s" % (ni[:2].lower(), ni[2:8], ni[8].lower())
    elif f == 4:
        t = ni
    elif f == 5:
        t = "%s%s %s%s" % (ni[:2], ni[2:5], ni[5:8], ni[8])
    else:
        t = "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    ind = rng.choice(["government services", "banking", "insurance", "payroll"])
    c = Case("positive", "chat/%s: NI number typed (form %d)" % (ind, f))
    g = c.val("NI_NUMBER", ni)
    c.a(rng.choice(["Could you confirm your National Insurance number please?", "To verify, please type your NI no.", "Can I get your NINO for the claim?"]))
    c.c(rng.choice(["sure its ", "", "NI no. ", "ok it's ", "yes - "]), (t, g), rng.choice(["", " thanks", " :)", ". my claim ref is CL%s" % rdig(rng, 6)]))
    return c


def p_ni_split(rng, S):
    ni = gen_ni(rng)
    c = Case("positive", "call/government services: NI number split over three customer turns")
    g = c.val("NI_NUMBER", ni)
    c.a("can i have your national insurance number")
    c.c("yeah it starts ", (S.letter(ni[0], "nato") + " " + S.letter(ni[1], "nato"), g))
    c.a(rng.choice(["mhm", "okay", "yep go on"]))
    c.c((S.digits(ni[2:8], rng.choice(["pairs", "plain"])), g))
    c.a("and the letter at the end")
    c.c(rng.choice(["it's ", "", "just "]), (S.letter(ni[8], rng.choice(["plain", "homo", "nato"])), g))
    return c


def p_ni_readback(rng, S):
    ni = gen_ni(rng)
    c = Case("positive", "call/%s: NI number given with filler then agent reads it back" % rng.choice(["payroll", "government services", "banking"]))
    g1 = c.val("NI_NUMBER", ni)
    g2 = c.val("NI_NUMBER", ni)
    d = S.digits(ni[2:5], "plain") + " um " + S.digits(ni[5:8], "plain")
    c.a("and the national insurance number")
    c.c((S.letter(ni[0], "homo") + " " + S.letter(ni[1], "homo") + " " + d + " " + S.letter(ni[8], "plain"), g1))
    c.a("so that's ", (" ".join([S.letter(ni[0], "nato"), S.letter(ni[1], "nato"), S.digits(ni[2:8], "pairs"), S.letter(ni[8], "nato")]), g2), " yeah")
    c.c("that's right yeah")
    return c


def p_ni_p60(rng, S):
    ni = gen_ni(rng)
    c = Case("positive", "chat/payroll: NI number alongside non-PII tax code and payroll number")
    g = c.val("NI_NUMBER", ni)
    t = rng.choice([ni, ni[:2] + " " + ni[2:8] + " " + ni[8], ni.lower()])
    c.c("Hi my tax code is %dL and payroll no %s but my P60 shows NI as " % (rng.randint(1100, 1300), rdig(rng, 6)), (t, g), " which is right?")
    c.a("Thanks, I'll check that against the record.")
    return c


def p_sort_acc_call(rng, S):
    ind = rng.choice(["banking", "utilities", "insurance", "telecom"])
    c = Case("positive", "call/%s: sort code and account number for a direct debit" % ind)
    sc = gen_sort(rng)
    acc = rdig(rng, 8)
    gs = c.val("SORT_CODE", sc)
    ga = c.val("BANK_ACCOUNT", acc)
    c.a("to set up the direct debit i'll need the sort code first")
    ss = " ".join(S.digits(p, rng.choice(["pairs", "plain", "dbl"])) for p in chunks(sc, [2, 2, 2]))
    c.c(rng.choice(["it's ", "sort code is ", ""]), (ss, gs))
    c.a("and the account number")
    c.c((S.digits(acc, rng.choice(["plain", "dbl", "mixed"])), ga), rng.choice(["", " and i'd like it on the %s of the month" % ORD[rng.randint(0, 27)]]))
    c.a("thanks that's all set up")
    return c


def p_sort_acc_one(rng, S):
    c = Case("positive", "call/banking: sort code and account number in one turn")
    sc = gen_sort(rng)
    acc = rdig(rng, 8)
    gs = c.val("SORT_CODE", sc)
    ga = c.val("BANK_ACCOUNT", acc)
    c.a("which account is the refund going to")
    c.c("the sort code is ", (S.digits(sc, "pairs"), gs), " and the account is ", (S.digits(acc, "plain"), ga))
    return c


def p_sort_acc_chat(rng, S):
    c = Case("positive", "chat/%s: sort code and account typed" % rng.choice(["banking", "retail refund", "insurance"]))
    sc = gen_sort(rng)
    acc = rdig(rng, 8)
    gs = c.val("SORT_CODE", sc)
    ga = c.val("BANK_ACCOUNT", acc)
    sct = rng.choice(["-", " ", "", "."]).join(chunks(sc, [2, 2, 2]))
    act = acc if rng.random() < 0.7 else acc[:4] + " " + acc[4:]
    f = rng.randint(0, 2)
    if f == 0:
        c.c("sort code ", (sct, gs), " acc no ", (act, ga))
    elif f == 1:
        c.c("S/C: ", (sct, gs), "\nA/C: ", (act, ga), "\nthe refund was \u00a3%d.%02d" % (rng.randint(5, 500), rng.randint(0, 99)))
    else:
        c.c("Account ", (act, ga), ", sort ", (sct, gs))
    c.a("Thank you, the refund will be with you in 3-5 working days.")
    return c


def p_acc_split(rng, S):
    c = Case("positive", "call/banking: account number split over two turns with correction of a digit")
    acc = rdig(rng, 8)
    g = c.val("BANK_ACCOUNT", acc)
    c.a("and the account number please")
    c.c((S.digits(acc[:4], "plain"), g))
    c.a("yep")
    c.c((S.digits(acc[4:], "plain"), g), rng.choice([" that's the eight digits", " yeah", ""]))
    return c


def p_iban_chat(rng, S):
    iban = gen_iban(rng)
    c = Case("positive", "chat/%s: IBAN typed (%s)" % (rng.choice(["banking", "travel refund", "insurance"]), iban[:2]))
    g = c.val("IBAN", iban)
    f = rng.randint(0, 2)
    t = " ".join(chunks(iban, [4] * 9)) if f == 0 else (iban if f == 1 else " ".join(chunks(iban.lower(), [4] * 9)))
    c.a("Please send the IBAN for the refund account.")
    c.c(rng.choice(["IBAN: ", "its ", "here you go ", ""]), (t, g))
    return c


def p_iban_call(rng, S):
    iban = gen_iban(rng, rng.choice(["GB", "IE", "IE"]))
    c = Case("positive", "call/banking: %s IBAN spelled out over two turns" % iban[:2])
    g = c.val("IBAN", iban)
    first = " ".join([S.letter(iban[0], "plain"), S.letter(iban[1], "plain"), S.digits(iban[2:4], "plain")] + [S.letter(x, rng.choice(["plain", "nato"])) for x in iban[4:8]])
    c.a("can you give me the iban")
    c.c("okay it's ", (first, g))
    c.a("okay")
    c.c((" ".join(S.digits(p, "plain") for p in chunks(iban[8:], [4, 4, 4, 4, 4])), g))
    return c


def p_phone_call(rng, S):
    f = rng.randint(0, 4)
    c = Case("positive", "call/%s: phone number spoken (%s)" % (rng.choice(["telecom", "utilities", "retail", "healthcare billing"]), ["uk mobile", "uk +44", "uk landline", "ie mobile", "ie +353"][f]))
    if f == 0:
        ph = gen_uk_mobile(rng)
        sp = S.digits(ph[:5], rng.choice(["plain", "dbl"])) + " " + S.digits(ph[5:], rng.choice(["plain", "dbl", "pairs"]))
    elif f == 1:
        m = gen_uk_mobile(rng)
        ph = "+44" + m[1:]
        sp = "plus four four " + S.digits(m[1:], "plain")
    elif f == 2:
        code, rest = uk_land(rng)
        ph = code + rest
        sp = S.digits(code, "plain") + " " + S.digits(rest, rng.choice(["plain", "pairs", "dbl"]))
    elif f == 3:
        ph = ie_mobile(rng)
        sp = S.digits(ph[:3], "plain") + " " + S.digits(ph[3:], rng.choice(["plain", "dbl"]))
    else:
        m = ie_mobile(rng)
        ph = "+353" + m[1:]
        sp = "plus three five three " + S.digits(m[1:], "plain")
    g = c.val("PHONE", ph)
    c.a(rng.choice(["and what's the best number to reach you on", "can i take a contact number", "is there a mobile number we can text"]))
    c.c(rng.choice(["yeah it's ", "my mobile's ", "", "it's um "]), (sp, g), rng.choice(["", " after six is best", " that's my mobile"]))
    return c


def p_phone_chat(rng, S):
    f = rng.randint(0, 5)
    if f == 0:
        ph = gen_uk_mobile(rng)
        t = rng.choice([ph[:5] + " " + ph[5:], ph, ph[:5] + " " + ph[5:8] + " " + ph[8:]])
    elif f == 1:
        m = gen_uk_mobile(rng)
        ph = "+44" + m[1:]
        t = rng.choice(["+44 " + m[1:5] + " " + m[5:], "+44" + m[1:], "+44 (0)" + m[1:5] + " " + m[5:]])
        if "(0)" in t:
            ph = "+440" + m[1:]
    elif f == 2:
        code, rest = uk_land(rng)
        ph = code + rest
        t = rng.choice(["(%s) %s %s" % (code, rest[:len(rest) - 4], rest[-4:]), "%s %s" % (code, rest)])
    elif f == 3:
        ph = ie_mobile(rng)
        t = rng.choice([ph[:3] + " " + ph[3:6] + " " + ph[6:], ph[:3] + "-" + ph[3:]])
    elif f == 4:
        m = ie_mobile(rng)
        ph = "+353" + m[1:]
        t = "+353 " + m[1:3] + " " + m[3:6] + " " + m[6:]
    else:
        a = str(rng.randint(201, 989))
        ph = a + str(rng.randint(200, 999)) + rdig(rng, 4)
        t = rng.choice(["(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]), "+1 %s %s %s" % (ph[:3], ph[3:6], ph[6:])])
        if t.startswith("+1"):
            ph = "+1" + ph
    g = c = None
    c = Case("positive", "chat/%s: phone number typed (form %d)" % (rng.choice(["telecom", "retail", "travel", "utilities"]), f))
    g = c.val("PHONE", ph)
    c.a("What number should the engineer call on the day?")
    c.c(rng.choice(["call me on ", "mob: ", "its ", "", "pls use "]), (t, g), rng.choice(["", " anytime after 5", " thanks", " (work)"]))
    return c


def p_email_call(rng, S):
    e = gen_email(rng)
    c = Case("positive", "call/%s: email spelled the ASR way ('dot', 'at')" % rng.choice(["telecom", "retail", "utilities", "travel"]))
    g = c.val("EMAIL", e)
    c.a("and what email address should the confirmation go to")
    c.c(rng.choice(["it's ", "yeah it's ", "so it's "]), (speak_email(e, rng), g), rng.choice(["", " all lower case", " thanks"]))
    return c


def p_email_chat(rng, S):
    e = gen_email(rng)
    if rng.random() < 0.3:
        e2 = e[0].upper() + e[1:]
    else:
        e2 = e
    c = Case("positive", "chat/%s: email typed mid sentence" % rng.choice(["retail", "insurance", "telecom"]))
    g = c.val("EMAIL", e)
    c.c("can u resend the invoice to ", (e2, g), rng.choice([" pls", ", not the old one", ". order no %s" % rdig(rng, 7)]))
    c.a("Of course, sent now.")
    return c


def p_dob_call(rng, S):
    d = gen_dob(rng)
    c = Case("positive", "call/%s: date of birth spoken for security" % rng.choice(["banking", "insurance", "healthcare billing", "telecom"]))
    g = c.val("DOB", d)
    c.a(rng.choice(["can you confirm your date of birth", "and your date of birth please", "first line of security what's your date of birth"]))
    c.c(rng.choice(["yeah it's ", "", "it's ", "born "]), (dob_spoken(d, rng), g))
    c.a("thank you")
    return c


def p_dob_chat(rng, S):
    d = gen_dob(rng)
    c = Case("positive", "chat/%s: date of birth typed" % rng.choice(["insurance", "banking", "government services"]))
    g = c.val("DOB", d)
    c.a("Please confirm your full name and date of birth.")
    c.c("%s %s, dob " % (rng.choice(FIRST).capitalize(), rng.choice(LAST).capitalize()), (dob_typed(d, rng), g))
    return c


def pc_spoken(out, inw, rng, S):
    def sp(s):
        toks = []
        for ch in s:
            toks.append(DIG[int(ch)] if ch.isdigit() else S.letter(ch, rng.choice(["plain", "plain", "nato"])))
        return " ".join(toks)
    # two digit district may be said as a number
    if len(out) >= 3 and out[-2:].isdigit() and out[-1] != "0" and rng.random() < 0.5:
        o = " ".join(S.letter(ch, "plain") for ch in out[:-2]) + " " + num_words(int(out[-2:]))
    else:
        o = sp(out)
    res = o + " " + sp(inw)
    if normalise(res) != out + inw:
        res = sp(out) + " " + sp(inw)
    return res


def p_postcode_call(rng, S):
    out, inw = gen_ukpc(rng)
    c = Case("positive", "call/%s: UK postcode spoken" % rng.choice(["utilities", "telecom", "retail", "insurance"]))
    g = c.val("POSTCODE", out + inw)
    c.a("can i take the postcode of the property")
    c.c(rng.choice(["yeah it's ", "", "it's "]), (pc_spoken(out, inw, rng, S), g))
    c.a("and is that the flat or the house")
    return c


def p_postcode_chat(rng, S):
    f = rng.randint(0, 2)
    c = Case("positive", "chat/%s: %s typed" % (rng.choice(["retail", "utilities", "telecom"]), ["UK postcode", "Eircode", "US ZIP"][f]))
    if f == 0:
        out, inw = gen_ukpc(rng)
        canon = out + inw
        t = rng.choice([out + " " + inw, (out + inw).lower(), out.lower() + " " + inw.lower(), out + inw])
    elif f == 1:
        rk, u = gen_eircode(rng)
        canon = rk + u
        t = rng.choice([rk + " " + u, (rk + u).lower(), rk + u])
    else:
        z = rdig(rng, 5)
        canon = z
        if rng.random() < 0.4:
            z4 = rdig(rng, 4)
            canon = z + z4
            z = z + "-" + z4
        t = z
    g = c.val("POSTCODE", canon)
    c.a("What's the postcode for the delivery?")
    c.c(rng.choice(["", "its ", "pc is ", "postcode "]), (t, g), rng.choice(["", " thanks", " - parcel no %s" % rdig(rng, 9)]))
    return c


def p_eircode_call(rng, S):
    rk, u = gen_eircode(rng)
    c = Case("positive", "call/%s: Eircode spoken" % rng.choice(["utilities", "telecom", "government services"]))
    g = c.val("POSTCODE", rk + u)
    c.a("and the eircode")
    c.c(rng.choice(["it's ", "yeah ", ""]), (S.alnum(rk, rng.choice(["plain", "nato"])) + " " + S.alnum(u, rng.choice(["plain", "nato", "homo"])), g))
    return c


def p_address_call(rng, S):
    n, s, suf = gen_street(rng)
    out, inw = gen_ukpc(rng)
    town = rng.choice(TOWNS_UK)
    c = Case("positive", "call/%s: street address and postcode in one turn" % rng.choice(["utilities", "insurance", "telecom", "retail"]))
    ga = c.val("ADDRESS", "%d %s %s" % (n, s, suf))
    gp = c.val("POSTCODE", out + inw)
    c.a("can you confirm the first line of your address and your postcode")
    c.c("it's ", ("%s %s %s" % (num_words(n), s.lower(), suf.lower()), ga), " %s " % town.lower(), (pc_spoken(out, inw, rng, S), gp))
    return c


def p_address_chat(rng, S):
    n, s, suf = gen_street(rng)
    c = Case("positive", "chat/%s: address typed with postcode" % rng.choice(["retail", "insurance", "utilities"]))
    flat = rng.random() < 0.3
    at = ("Flat %d, " % rng.randint(1, 12) if flat else "") + "%d %s %s" % (n, s, suf)
    if rng.random() < 0.3:
        at = at.lower()
    ga = c.val("ADDRESS", at)
    if rng.random() < 0.6:
        out, inw = gen_ukpc(rng)
        town = rng.choice(TOWNS_UK)
        gp = c.val("POSTCODE", out + inw)
        c.c("I've moved, new address is ", (at, ga), ", %s " % town, (out + " " + inw, gp))
    else:
        rk, u = gen_eircode(rng)
        town = rng.choice(TOWNS_IE)
        gp = c.val("POSTCODE", rk + u)
        county = {"Dublin": "Dublin", "Cork": "Cork", "Galway": "Galway", "Limerick": "Limerick",
                  "Waterford": "Waterford", "Drogheda": "Louth", "Athlone": "Westmeath",
                  "Kilkenny": "Kilkenny", "Sligo": "Sligo", "Naas": "Kildare"}[town]
        c.c("new address: ", (at, ga), ", %s, Co. %s, " % (town, county), (rk + " " + u, gp))
    c.a("Thanks, I've updated that. The change takes effect from the next bill.")
    return c


def p_ssn_call(rng, S):
    ssn = gen_ssn(rng)
    c = Case("positive", "call/%s: US SSN spoken" % rng.choice(["healthcare billing", "banking", "insurance", "government services"]))
    g = c.val("SSN", ssn)
    c.a(rng.choice(["can i get your social security number", "i'll need your social to verify", "what's the social on the account"]))
    f = rng.randint(0, 2)
    if f == 0:
        sp = S.digits(ssn, rng.choice(["plain", "dbl"]), uk=False)
    elif f == 1:
        sp = " ".join(S.digits(p, "plain", uk=False) for p in chunks(ssn, [3, 2, 4]))
    else:
        sp = S.digits(ssn[:3], "plain", uk=False) + " " + S.digits(ssn[3:5], "pairs", uk=False) + " " + S.digits(ssn[5:], "pairs", uk=False)
    c.c(rng.choice(["sure it's ", "yeah ", "", "okay it's "]), (sp, g))
    return c


def p_ssn_split(rng, S):
    ssn = gen_ssn(rng)
    c = Case("positive", "call/healthcare billing: SSN split across turns with agent back-channels")
    g = c.val("SSN", ssn)
    c.a("and your social security number")
    c.c((S.digits(ssn[:3], "plain", uk=False), g))
    c.a("uh huh")
    c.c((S.digits(ssn[3:5], "plain", uk=False), g))
    c.a("okay")
    c.c((S.digits(ssn[5:], rng.choice(["plain", "pairs"]), uk=False), g))
    c.a("thank you one moment")
    return c


def p_ssn_chat(rng, S):
    ssn = gen_ssn(rng)
    f = rng.randint(0, 3)
    t = ["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"][f] % (ssn[:3], ssn[3:5], ssn[5:])
    c = Case("positive", "chat/%s: SSN typed (form %d)" % (rng.choice(["banking", "insurance", "healthcare billing"]), f))
    g = c.val("SSN", ssn)
    c.a("Please provide your SSN so I can locate the claim.")
    c.c(rng.choice(["ssn ", "SSN is ", "", "its "]), (t, g), rng.choice(["", " claim #%s" % rdig(rng, 8), " thx"]))
    return c


def p_ssn_zip_dob(rng, S):
    ssn = gen_ssn(rng)
    d = gen_dob(rng)
    z = rdig(rng, 5)
    c = Case("positive", "call/healthcare billing: SSN, DOB and ZIP in one verification, amounts unlabelled")
    gs = c.val("SSN", ssn)
    gd = c.val("DOB", d)
    gz = c.val("POSTCODE", z)
    c.a("to pull up the statement for %s dollars i need your social date of birth and zip" % num_words(rng.randint(20, 99)))
    c.c("okay social is ", (S.digits(ssn, "plain", uk=False), gs), " date of birth ", ("%s %s %s" % (MONTHS[d[1] - 1], ORD[d[2] - 1], year_words(d[0], rng)), gd), " and zip ", (S.digits(z, "plain", uk=False), gz))
    return c


def p_verify_uk(rng, S):
    d = gen_dob(rng)
    out, inw = gen_ukpc(rng)
    ph = gen_uk_mobile(rng)
    c = Case("positive", "call/%s: DOB, postcode and phone across turns with chit-chat" % rng.choice(["banking", "telecom", "utilities"]))
    gd = c.val("DOB", d)
    gp = c.val("POSTCODE", out + inw)
    gph = c.val("PHONE", ph)
    c.a("just need to go through security can i have your date of birth")
    c.c("yeah ", (dob_spoken(d, rng), gd), " sorry the dog's going mad here")
    c.a("no worries and your postcode")
    c.c((pc_spoken(out, inw, rng, S), gp))
    c.a("and the mobile number on the account")
    c.c((S.digits(ph[:5], "plain"), gph), " ", (S.digits(ph[5:], "dbl"), gph))
    return c


def p_ni_mixed(rng, S):
    ni = gen_ni(rng)
    ph = gen_uk_mobile(rng)
    c = Case("positive", "call/government services: NI number and phone in one turn, plus unlabelled claim reference")
    gn = c.val("NI_NUMBER", ni)
    gp = c.val("PHONE", ph)
    c.a("can i have your claim reference national insurance number and a contact number")
    c.c("claim reference is %s my n i is " % S.digits(rdig(rng, 6), "plain"), (S.alnum(ni, rng.choice(["plain", "homo"])), gn), " and you can get me on ", (S.digits(ph, "plain"), gp))
    return c


def p_card_amex_ie(rng, S):
    card = gen_card(rng, "amex")
    c = Case("positive", "call/travel: amex 15 digits in 4-6-5 groups and 4 digit code, euro amount unlabelled")
    g = c.val("CARD_NUMBER", card)
    cv = rdig(rng, 4)
    gc = c.val("CVV", cv)
    c.a("the balance for the booking is %s euro can i take the card" % num_words(rng.randint(100, 900)))
    c.c((S.digits(card[:4], "plain"), g), " ", (S.digits(card[4:10], "plain"), g), " ", (S.digits(card[10:], "plain"), g))
    c.a("and the four digit code on the front")
    c.c((S.digits(cv, "plain"), gc))
    return c


def p_iban_typo(rng, S):
    iban = gen_iban(rng, rng.choice(["IE", "DE", "NL", "FR", "ES"]))
    c = Case("positive", "chat/%s: IBAN with mixed spacing and lower case" % rng.choice(["travel refund", "insurance"]))
    g = c.val("IBAN", iban)
    t = iban[:2].lower() + iban[2:4] + " " + " ".join(chunks(iban[4:], [4] * 8))
    c.c("pls refund to ", (t, g), " the booking ref is %s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
    return c


def p_expiry_cvv_call(rng, S):
    c = Case("positive", "call/%s: expiry as month words and cvv with filler" % rng.choice(["utilities", "retail"]))
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    ge = c.val("EXPIRY", "%02d20%02d" % (m, y))
    cv = rdig(rng, 3)
    gc = c.val("CVV", cv)
    c.a("expiry date on the card please")
    c.c(("%s twenty %s" % (MONTHS[m - 1], num_words(y)), ge))
    c.a("and the last three digits on the signature strip")
    c.c(((DIG[int(cv[0])] if cv[0] != "0" else "oh") + " um " + S.digits(cv[1:], "plain"), gc))
    return c


def p_address_split(rng, S):
    n, s, suf = gen_street(rng)
    flat = rng.randint(1, 9)
    c = Case("positive", "call/%s: flat and street address split over turns with back-channel" % rng.choice(["utilities", "insurance", "telecom"]))
    g = c.val("ADDRESS", "flat %d %d %s %s" % (flat, n, s, suf))
    c.a("and the address you're moving to")
    c.c("it's ", ("flat %s" % DIG[flat], g))
    c.a("mhm")
    c.c(("%s %s %s" % (num_words(n), s.lower(), suf.lower()), g), " in %s" % rng.choice(TOWNS_UK + TOWNS_IE).lower())
    c.a("lovely and when do you get the keys")
    c.c("on the %s of %s" % (ORD[rng.randint(0, 27)], rng.choice(MONTHS)))
    return c


def p_phone_homophone(rng, S):
    m = gen_uk_mobile(rng) if rng.random() < 0.6 else ie_mobile(rng)
    c = Case("positive", "call/telecom: mobile number with ASR homophones ('to', 'for', 'o')")
    g = c.val("PHONE", m)
    toks = []
    for ch in m:
        w = {"0": rng.choice(["o", "oh"]), "2": rng.choice(["to", "two", "too"]), "4": rng.choice(["for", "four"])}.get(ch, DIG[int(ch)])
        toks.append(w)
    c.a("what number are you calling from")
    c.c("it's ", (" ".join(toks), g), " and i've had no signal for %s days" % num_words(rng.randint(2, 9)))
    return c


def p_ni_correct(rng, S):
    ni = gen_ni(rng)
    c = Case("positive", "call/government services: NI number where the agent mishears and customer corrects the last letter")
    g = c.val("NI_NUMBER", ni)
    g2 = c.val("NI_NUMBER", ni)
    wrong = "ABCD"[("ABCD".index(ni[8]) + 1) % 4]
    c.a("national insurance number please")
    c.c((" ".join([S.letter(ni[0], "plain"), S.letter(ni[1], "plain"), S.digits(ni[2:8], "pairs"), S.letter(ni[8], "plain")]), g))
    c.a("so that ends in %s yeah" % wrong.lower())
    c.c("no ", (S.letter(ni[8], "nato"), g2))
    c.values[g2] = ("NI_NUMBER", ni[8], True)
    return c


def p_card_chat_typo(rng, S):
    card = gen_card(rng, rng.choice(["visa", "mc"]))
    c = Case("positive", "chat/%s: card typed with irregular grouping and mixed separators, plus order number" % rng.choice(["retail", "telecom"]))
    g = c.val("CARD_NUMBER", card)
    f = rng.randint(0, 2)
    if f == 0:
        t = card[:4] + "-" + card[4:8] + " " + card[8:12] + "." + card[12:]
    elif f == 1:
        t = card[:4] + " " + card[4:12] + " " + card[12:]
    else:
        t = card[:3] + " " + card[3:7] + " " + card[7:11] + " " + card[11:15] + " " + card[15:]
    c.c("order %s - trying to pay with " % rdig(rng, 8), (t, g), " but it keeps failing??")
    c.a("Sorry about that. Please don't share card details in chat - I'll send you a secure link.")
    return c


def p_sort_acc_readback(rng, S):
    sc = gen_sort(rng)
    acc = rdig(rng, 8)
    c = Case("positive", "call/banking: agent reads back sort code and account with 'double' forms")
    gs = c.val("SORT_CODE", sc)
    ga = c.val("BANK_ACCOUNT", acc)
    gs2 = c.val("SORT_CODE", sc)
    ga2 = c.val("BANK_ACCOUNT", acc)
    c.a("which account should the compensation of %s pounds go into" % num_words(rng.randint(20, 150)))
    c.c((S.digits(sc, "plain"), gs), " ", (S.digits(acc, "plain"), ga))
    c.a("so sort code ", (S.digits(sc, "dbl"), gs2), " account ", (S.digits(acc, "mixed"), ga2), " is that right")
    c.c("yep")
    return c


POS = [p_card_call_one, p_card_call_split, p_card_chat, p_card_pairs, p_card_selfcorrect,
       p_card_readback, p_ni_call, p_ni_chat, p_ni_split, p_ni_readback, p_ni_p60,
       p_sort_acc_call, p_sort_acc_one, p_sort_acc_chat, p_acc_split, p_iban_chat,
       p_iban_call, p_phone_call, p_phone_chat, p_email_call, p_email_chat,
       p_dob_call, p_dob_chat, p_postcode_call, p_postcode_chat, p_eircode_call,
       p_address_call, p_address_chat, p_ssn_call, p_ssn_split, p_ssn_chat,
       p_ssn_zip_dob, p_verify_uk, p_ni_mixed, p_card_amex_ie, p_iban_typo,
       p_expiry_cvv_call]


# ================================================================ negatives
def money_w(rng):
    return "%s pounds %s" % (num_words(rng.randint(12, 480)), num_words(rng.randint(10, 99)))


def n_amounts_call(rng, S):
    c = Case("negative", "call/utilities: bill amounts, direct debit dates and a percentage")
    c.a("so your monthly direct debit is going up to %s from the %s of %s" % (money_w(rng), ORD[rng.randint(0, 27)], rng.choice(MONTHS)))
    c.c("that's a %s percent rise isn't it" % num_words(rng.randint(3, 30)))
    c.a("yeah about that the unit rate went up to %s point %s pence" % (num_words(rng.randint(20, 35)), DIG[rng.randint(1, 9)]))
    return c


def n_amounts_chat(rng, S):
    c = Case("negative", "chat/retail: prices, quantities and totals typed")
    q = rng.randint(2, 12)
    c.c("I ordered %d x the %dml bottles at \u00a3%d.%02d each, total should be \u00a3%d.%02d but I was charged \u00a3%d.%02d" % (q, rng.choice([250, 500, 750]), rng.randint(2, 9), rng.randint(0, 99), rng.randint(20, 99), rng.randint(0, 99), rng.randint(100, 200), rng.randint(0, 99)))
    c.a("Sorry about that - I can see a refund of \u00a3%d.%02d pending, it takes 3-5 working days." % (rng.randint(10, 99), rng.randint(0, 99)))
    return c


def n_policy_call(rng, S):
    pol = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(3)) + rdig(rng, 7)
    c = Case("negative", "call/insurance: policy number spoken with its name (not PII)")
    c.a("can i take your policy number please")
    c.c("yeah it's %s" % S.alnum(pol, rng.choice(["plain", "nato"])))
    c.a("thank you and that's the car policy renewing on the %s of %s" % (ORD[rng.randint(0, 27)], rng.choice(MONTHS)))
    return c


def n_customer_no(rng, S):
    cn = rdig(rng, rng.choice([8, 9, 10]))
    c = Case("negative", "call/%s: customer number read digit by digit (reference, not account)" % rng.choice(["telecom", "utilities", "retail"]))
    c.a("have you got your customer number there it's on the top of the letter")
    c.c("customer number %s" % S.digits(cn, rng.choice(["plain", "dbl"])))
    c.a("lovely thank you")
    return c


def n_customer_chat(rng, S):
    c = Case("negative", "chat/%s: customer/account reference typed with its label" % rng.choice(["utilities", "telecom"]))
    c.c("My customer ref is %s and the bill no. is %s" % (rdig(rng, 8), rdig(rng, 10)))
    c.a("Thanks, I've found the bill dated %d %s %d." % (rng.randint(1, 28), rng.choice(MONTHS).capitalize(), rng.randint(2023, 2026)))
    return c


def n_meter(rng, S):
    r = rdig(rng, 5)
    c = Case("negative", "call/utilities: meter reading and meter serial")
    c.a("can you give me the reading on the electric meter")
    c.c("yeah it says %s" % S.digits(r, rng.choice(["plain", "pairs"])))
    c.a("and the gas")
    c.c("gas is %s and the meter serial number is %s" % (S.digits(rdig(rng, 5), "plain"), S.alnum("G4A" + rdig(rng, 5), "plain")))
    return c


def n_meter_chat(rng, S):
    c = Case("negative", "chat/utilities: meter readings typed with MPRN-style reference label")
    c.c("Reading today: E %s kWh, G %s m3. Meter ID %s" % (rdig(rng, 5), rdig(rng, 5), rdig(rng, 8)))
    c.a("Thanks, your next bill will use %s." % rdig(rng, 5))
    return c


def n_booking(rng, S):
    ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    fl = rng.choice(["EI", "FR", "BA", "U2", "LS"]) + str(rng.randint(100, 999))
    c = Case("negative", "call/travel: booking reference, flight number, times")
    c.a("what's the booking reference")
    c.c("it's %s" % S.alnum(ref, rng.choice(["nato", "plain"])))
    c.a("okay flight %s departing at %s %s on the %s of %s" % (S.alnum(fl, "plain"), num_words(rng.randint(6, 11)), num_words(rng.randint(10, 55)), ORD[rng.randint(0, 27)], rng.choice(MONTHS)))
    c.c("and there's %s of us %s adults and a child" % (num_words(rng.randint(3, 5)), DIG[2]))
    return c


def n_booking_chat(rng, S):
    c = Case("negative", "chat/travel: flight, seat, room and booking numbers typed")
    c.c("booking %s, flight %s%d on %02d/%02d/%d, seat %d%s, hotel room %d" % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), rng.choice(["EI", "BA", "FR"]), rng.randint(100, 9999), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2025, 2027), rng.randint(1, 33), rng.choice("ABCDEF"), rng.randint(101, 640)))
    c.a("Thanks - the transfer leaves at %d:%02d." % (rng.randint(5, 22), rng.choice([0, 15, 30, 45])))
    return c


def n_appointment(rng, S):
    c = Case("negative", "call/%s: engineer appointment date and time, not a birth date" % rng.choice(["telecom", "utilities"]))
    c.a("i've got an engineer slot on %s the %s of %s between %s and %s" % (rng.choice(["monday", "tuesday", "friday"]), ORD[rng.randint(0, 27)], rng.choice(MONTHS), num_words(rng.randint(7, 9)), num_words(rng.randint(11, 12))))
    c.c("the %s yeah that's fine i'm off that week" % ORD[rng.randint(0, 27)])
    return c


def n_contract(rng, S):
    c = Case("negative", "chat/telecom: contract start and end dates, speeds, data allowance")
    c.c("my contract started %02d/%02d/%d and runs 24 months, i'm only getting %d Mbps not %d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2022, 2025), rng.randint(5, 60), rng.choice([100, 150, 500, 900])))
    c.a("I can see that - your plan is %dGB at \u00a3%d a month until %s %d." % (rng.choice([30, 50, 100]), rng.randint(15, 60), rng.choice(MONTHS).capitalize(), rng.randint(2026, 2028)))
    return c


def n_order(rng, S):
    c = Case("negative", "call/retail: order number and parcel count spoken")
    on = rdig(rng, rng.choice([7, 8, 9]))
    c.a("have you got the order number")
    c.c("yeah order number %s" % S.digits(on, rng.choice(["plain", "pairs", "dbl"])))
    c.a("okay that's %s items and it was dispatched on the %s" % (num_words(rng.randint(2, 9)), ORD[rng.randint(0, 27)]))
    return c


def n_claim(rng, S):
    c = Case("negative", "call/insurance: claim number split across turns")
    cl = rdig(rng, 9)
    c.a("what's the claim number")
    c.c("claim number is %s" % S.digits(cl[:4], "plain"))
    c.a("mhm")
    c.c(S.digits(cl[4:], "plain"))
    c.a("thanks the excess on that is %s pounds" % num_words(rng.choice([100, 150, 250, 350, 500])))
    return c


def n_ticket(rng, S):
    c = Case("negative", "chat/telecom: ticket and invoice numbers with hash and INV prefix")
    c.c("Ticket #%s still open, invoice INV-%s charged me \u00a3%d.%02d twice" % (rdig(rng, 7), rdig(rng, 8), rng.randint(10, 90), rng.randint(0, 99)))
    c.a("I've raised case %s to get that credited." % rdig(rng, 8))
    return c


def n_age_temp(rng, S):
    c = Case("negative", "call/healthcare billing: age, temperature, counts, durations")
    c.c("my mum's %s and she had a temperature of %s point %s for %s days" % (num_words(rng.randint(60, 94)), num_words(rng.randint(37, 39)), DIG[rng.randint(1, 9)], num_words(rng.randint(2, 6))))
    c.a("i'm sorry to hear that the bill covers %s nights on the ward" % num_words(rng.randint(2, 9)))
    return c


def n_balance(rng, S):
    c = Case("negative", "call/banking: balances, overdraft limit and interest rate")
    c.a("your balance is %s pounds and %s pence and the overdraft limit is %s" % (num_words(rng.randint(100, 999)), num_words(rng.randint(10, 99)), num_words(rng.choice([100, 200, 500]))))
    c.c("and what's the interest %s point %s percent" % (num_words(rng.randint(5, 29)), DIG[rng.randint(1, 9)]))
    return c


def n_model(rng, S):
    c = Case("negative", "chat/retail: model and serial style product numbers, quantities")
    c.c("The %s model %s%d-%d stopped working after %d weeks, bought 2 of them" % (rng.choice(["washer", "kettle", "router", "TV"]), rng.choice(["WM", "KT", "HG", "QE"]), rng.randint(10, 99), rng.randint(1000, 9999), rng.randint(2, 11)))
    c.a("Sorry to hear that - warranty covers %d months." % rng.choice([12, 24, 36]))
    return c


def n_years(rng, S):
    c = Case("negative", "call/%s: years and durations, no birth date" % rng.choice(["insurance", "banking"]))
    c.a("how long have you been at the address")
    yr = rng.randint(1995, 2019)
    c.c("since %s so about %s years" % (year_words(yr, rng), num_words(2026 - yr)))
    c.a("and no claims in the last %s years" % num_words(rng.randint(3, 5)))
    c.c("none since about %s" % year_words(rng.randint(2005, 2020), rng))
    return c


def n_phone_menu(rng, S):
    c = Case("negative", "call/telecom: menu options, minutes and counts said as digits")
    c.a("if you press %s then %s you'll get straight through it's usually %s minutes wait" % (DIG[rng.randint(1, 9)], DIG[rng.randint(1, 9)], num_words(rng.randint(5, 40))))
    c.c("i've been on hold %s minutes already and called %s times" % (num_words(rng.randint(20, 59)), num_words(rng.randint(2, 6))))
    return c


def n_payment_ref(rng, S):
    c = Case("negative", "call/government services: payment reference and amount (reference not PII)")
    ref = rdig(rng, 10)
    c.a("the payment reference for the tax bill is %s" % S.digits(ref, "plain"))
    c.c("and that's %s pounds due by the %s of %s" % (num_words(rng.randint(100, 999)), ORD[rng.randint(0, 27)], rng.choice(MONTHS)))
    return c


def n_speed_dist(rng, S):
    c = Case("negative", "call/insurance: speeds, mileage, car registration year")
    c.c("i was doing about %s in a %s zone and the car's done %s thousand miles" % (num_words(rng.randint(20, 40)), num_words(rng.choice([30, 40, 50])), num_words(rng.randint(20, 99))))
    c.a("and it's a %s model" % year_words(rng.randint(2008, 2023), rng))
    return c


def n_store_hours(rng, S):
    c = Case("negative", "chat/retail: opening hours, store number and aisle")
    c.c("is store %d open till %dpm on the %dth? looking for aisle %d" % (rng.randint(100, 999), rng.randint(6, 10), rng.randint(4, 20), rng.randint(1, 30)))
    c.a("Yes, %d:00 to %d:00 that day." % (rng.randint(7, 9), rng.randint(20, 22)))
    return c


def n_ie_refs(rng, S):
    c = Case("negative", "call/utilities (IE): MPRN-style reference and bill amount in euro")
    c.a("can you read me the reference from the top of the bill")
    c.c("the reference is %s" % S.digits(rdig(rng, 10), rng.choice(["plain", "dbl"])))
    c.a("grand and the bill is %s euro %s due on the %s" % (num_words(rng.randint(50, 400)), num_words(rng.randint(10, 99)), ORD[rng.randint(0, 27)]))
    return c


def n_card_fragment(rng, S):
    c = Case("negative", "call/banking: card talk without any card data; amounts and counts only")
    c.a("i can see %s transactions on the card for %s pounds in total" % (num_words(rng.randint(2, 9)), num_words(rng.randint(20, 99))))
    c.c("yeah the %s pound one on the %s is the one i don't recognise" % (num_words(rng.randint(10, 99)), ORD[rng.randint(0, 27)]))
    return c


def n_dates_chat(rng, S):
    c = Case("negative", "chat/insurance: incident and renewal dates typed (not DOB)")
    c.c("accident was on %02d/%02d/%d around %d:%02d, renewal due %d %s" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(0, 59), rng.randint(1, 28), rng.choice(MONTHS).capitalize()))
    c.a("Thanks, claim %s created - excess \u00a3%d." % (rdig(rng, 7), rng.choice([250, 350, 500])))
    return c


NEG = [n_amounts_call, n_amounts_chat, n_policy_call, n_customer_no, n_customer_chat,
       n_meter, n_meter_chat, n_booking, n_booking_chat, n_appointment, n_contract,
       n_order, n_claim, n_ticket, n_age_temp, n_balance, n_model, n_years,
       n_phone_menu, n_payment_ref, n_speed_dist, n_store_hours, n_ie_refs,
       n_card_fragment, n_dates_chat]


# ================================================================ build / check
def build():
    rng = random.Random(SEED)
    S = Speaker(rng)
    pos, neg = [], []
    for _ in range(5):
        for f in POS:
            pos.append(f(rng, S))
    for f in [p_ni_call, p_ni_chat, p_ni_split, p_ni_call, p_ni_chat, p_ssn_call,
              p_ssn_chat, p_ssn_split, p_card_call_one, p_card_chat, p_ni_readback,
              p_sort_acc_chat, p_iban_chat, p_phone_chat, p_email_call,
              p_email_chat, p_email_call, p_address_call, p_address_chat,
              p_address_split, p_address_split, p_phone_homophone, p_phone_homophone,
              p_ni_correct, p_ni_correct, p_sort_acc_call, p_dob_call, p_card_chat,
              p_card_chat_typo, p_card_chat_typo, p_card_chat_typo, p_sort_acc_readback,
              p_sort_acc_readback, p_sort_acc_readback, p_eircode_call, p_dob_chat]:
        pos.append(f(rng, S))
    for _ in range(5):
        for f in NEG:
            neg.append(f(rng, S))
    rng.shuffle(pos)
    rng.shuffle(neg)
    records, metas = [], []
    for k, c in enumerate(pos + neg):
        pfx = "pos" if c.kind == "positive" else "neg"
        num = (k + 1) if c.kind == "positive" else (k + 1 - len(pos))
        rec = {"id": "h293-%s-%03d" % (pfx, num), "kind": c.kind, "turns": c.turns,
               "spans": c.spans, "note": c.note}
        records.append(rec)
        metas.append(c)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return text, records, metas


def counts(records):
    cnt = {t: 0 for t in TYPES}
    for r in records:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme(records):
    cnt = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h293 (UK / Irish emphasis)

**Never use this set for tuning.** It is a held-out evaluation set; do not
look at its failures to adjust rules, patterns or thresholds.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation or the other PII
fixtures; only a three-line example of the JSONL format. Every case is
produced by `scripts/make_pii_holdout293.py` from template functions: each
turn is assembled from plain-text segments and (value, TYPE) segments, so
span offsets are computed, never typed by hand. All values come from one
`random.Random(%d)`; the output is byte-for-byte reproducible and
`python scripts/make_pii_holdout293.py --check` verifies it (identical
regeneration, unique ids, offsets in range and on word boundaries,
non-overlapping spans, and per-value validation after normalising spoken
forms: Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for
sort codes, digit counts for CVV/phone/account, UK postcode / Eircode / ZIP
shapes).

Emphasis: UK and Irish contact centres (NI numbers spoken and typed in many
forms, sort codes and account numbers, UK/IE phone forms, postcodes and
Eircodes, UK street addresses, card payments by phone), plus some US cases
(SSN, ZIP, US phones) and tricky non-PII numbers (policy, customer, meter,
booking, claim, order, invoice references with their names, money, dates,
times, speeds, ages).

## Annotation conventions

* A span covers the value only: from its first to its last
  letter/digit-word. Lead-ins ("it's", "my n i is", "sort code is"),
  trailing chit-chat and the agent's prompts are outside.
* Spoken readings: the whole reading is one span including words that are
  part of the value ("double", "triple", "oh", "nought", "b for bravo",
  "plus four four", "dot", "at"). Fillers ("um") inside a reading are inside
  the span; fillers between two separately labelled chunks are not.
* A value split across several turns gets one span per turn with the same
  type; a value split inside one turn by a filler may be two spans.
* Self-corrections: the abandoned partial reading is also labelled with the
  value's type (it is still the customer's data).
* Agent read-backs of a value are labelled too.
* EXPIRY covers month and year (e.g. `09/27`, "oh nine twenty seven",
  "march twenty twenty eight"). CVV covers the 3/4 digits only.
* DOB covers the date expression only ("the third of may nineteen eighty").
* ADDRESS covers the street line: optional flat, house number and street name
  with its suffix. Town/county are not labelled; the postcode/Eircode/ZIP is a
  separate POSTCODE span.
* PHONE includes a leading `+44`/`+353`/`+1` or "plus ..." and brackets when typed
  as part of the number, e.g. `(0161) 496 0000`.
* Negatives contain no PII at all; references are said with their name
  (policy, customer, claim, order, booking, meter, invoice, ticket).

## Counts

%d cases: %d positive, %d negative.

| type | spans |
|---|---|
%s
""" % (SEED, len(records), npos, nneg, rows)


def check(text, records, metas):
    problems = []
    if not os.path.exists(CASES) or open(CASES, encoding="utf-8").read() != text:
        problems.append("cases.jsonl differs from regeneration")
    if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme(records):
        problems.append("README.md differs from regeneration")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for r, c in zip(records, metas):
        rid = r["id"]
        if r["kind"] == "negative" and r["spans"]:
            problems.append("%s: negative with spans" % rid)
        if r["kind"] == "positive" and not r["spans"]:
            problems.append("%s: positive without spans" % rid)
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type" % rid)
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append("%s: bad turn" % rid)
                continue
            t = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append("%s: offsets out of range" % rid)
                continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                problems.append("%s: span not on word boundary %r" % (rid, t[a:b]))
            if t[a].isspace() or t[b - 1].isspace() or not t[b - 1].isalnum():
                problems.append("%s: span edges %r" % (rid, t[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for iv in by_turn.values():
            iv.sort()
            for x, y in zip(iv, iv[1:]):
                if y[0] < x[1]:
                    problems.append("%s: overlapping spans" % rid)
        groups = {}
        for s, gid in zip(r["spans"], c.meta):
            t = r["turns"][s["turn"]]["text"]
            groups.setdefault(gid, []).append(t[s["start"]:s["end"]])
        for gid, (typ, canon, partial) in c.values.items():
            pieces = groups.get(gid, [])
            txt = " ".join(pieces)
            if not txt:
                problems.append("%s: value without span" % rid)
                continue
            if partial:
                n = "".join(normalise(x) for x in pieces)
                if not (n.isalnum() and len(n) < 13 and n in canon):
                    problems.append("%s: partial %r" % (rid, txt))
                continue
            err = validate(typ, canon, pieces)
            if err:
                problems.append("%s: %s: %s (%r)" % (rid, typ, err, txt))
    cnt = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d < %d spans" % (t, cnt[t], need))
    return problems, cnt, npos, nneg


def main():
    text, records, metas = build()
    if "--check" in sys.argv[1:]:
        problems, cnt, npos, nneg = check(text, records, metas)
        print("cases: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems[:50]:
            print("PROBLEM:", p)
        if problems:
            print("FAILED: %d problems" % len(problems))
            sys.exit(1)
        print("OK: check passed")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(records))
    print("wrote %d cases to %s" % (len(records), CASES))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout443 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; deterministic (one RNG, seed
443241125).  Every turn is assembled from plain segments and labelled value
segments, so span offsets are computed, never typed.

    python scripts/make_pii_holdout443.py          # write cases.jsonl
    python scripts/make_pii_holdout443.py --check  # regenerate + verify
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout443", "cases.jsonl")

R = random.Random(443241125)

# ----------------------------------------------------------------------------
# segments
# ----------------------------------------------------------------------------
_GID = [0]


class V:
    """A labelled value segment. Segments sharing gid form one value."""

    def __init__(self, text, typ, canon, spoken=False, gid=None, partial=False):
        self.text, self.typ, self.canon = text, typ, canon
        self.spoken, self.partial = spoken, partial
        if gid is None:
            _GID[0] += 1
            gid = _GID[0]
        self.gid = gid


def newgid():
    _GID[0] += 1
    return _GID[0]


def C(*segs):
    return ("customer", list(segs))


def A(*segs):
    return ("agent", list(segs))


# ----------------------------------------------------------------------------
# spoken number words
# ----------------------------------------------------------------------------
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UNITS = {w: i for i, w in enumerate(UNITW)}
UNITS.update({"oh": 0, "o": 0, "nought": 0})
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TEENS = {w: 10 + i for i, w in enumerate(TEENW)}
TENW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
TENS = {w: k * 10 for k, w in TENW.items()}
NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
        "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa",
        "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "xray", "yankee", "zulu"]
NATOD = {w: w[0] for w in NATO}
FILLERS = ["um", "uh", "erm", "er", "uhh", "umm"]


def zero_word(allow_o=True):
    return R.choice(["oh", "oh", "zero", "nought"] + (["o"] if allow_o else []))


def dword(d, allow_o=True):
    return zero_word(allow_o) if d == "0" else UNITW[int(d)]


def pair_words(p, allow_o=True):
    """two digits as a number word ('41' -> forty one); caller avoids X0 (X>=2)."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(allow_o) + " " + UNITW[b] if b else "double " + zero_word(False)
    if a == 1:
        return TEENW[b]
    return TENW[a] + ("-" if R.random() < 0.2 else " ") + UNITW[b]


def say_digits(ds, style=None, allow_o=True, filler=0.0):
    """Render a digit string as spoken words in a mixed, realistic style."""
    words = []
    i = 0
    style = style or R.choice(["digits", "digits", "pairs", "mixed"])
    while i < len(ds):
        rem = ds[i:]
        r = R.random()
        if style in ("pairs", "mixed") and len(rem) >= 2 and not (
                rem[0] >= "2" and rem[1] == "0") and (style == "pairs" or r < 0.4):
            words.append(pair_words(rem[:2], allow_o))
            i += 2
        elif style == "mixed" and len(rem) >= 3 and rem[0] != "0" and r < 0.6 and (
                rem[1:3] == "00" or not (rem[1] >= "2" and rem[2] == "0")):
            h = UNITW[int(rem[0])] + " hundred"
            t = rem[1:3]
            if t != "00":
                t2 = int(t)
                if t2 < 10:
                    h += " and " + UNITW[t2]
                elif t2 < 20:
                    h += " and " + TEENW[t2 - 10]
                else:
                    h += " and " + TENW[t2 // 10] + " " + UNITW[t2 % 10]
                words.append(h)
                i += 3
            else:
                # 'four hundred' only safe when followed by nothing starting 'and'
                words.append(h)
                i += 3
        elif len(rem) >= 3 and rem[0] == rem[1] == rem[2] and R.random() < 0.5:
            words.append("triple " + dword(rem[0], allow_o))
            i += 3
        elif len(rem) >= 2 and rem[0] == rem[1] and R.random() < 0.6:
            words.append("double " + dword(rem[0], allow_o))
            i += 2
        else:
            words.append(dword(rem[0], allow_o))
            i += 1
        if filler and i < len(ds) and R.random() < filler:
            words.append(R.choice(FILLERS))
    return " ".join(words)


def spoken_to_digits(text):
    toks = re.findall(r"[a-z]+|\d+", text.lower().replace("-", " "))
    out = []
    i = 0
    n = len(toks)

    def rest(j):
        """parse a 0-99 value after 'and'; returns (value, next index)."""
        if j < n and toks[j] in TEENS:
            return TEENS[toks[j]], j + 1
        if j < n and toks[j] in TENS:
            v = TENS[toks[j]]
            if j + 1 < n and toks[j + 1] in UNITS and UNITS[toks[j + 1]] and toks[j + 1] not in ("o",):
                return v + UNITS[toks[j + 1]], j + 2
            return v, j + 1
        if j < n and toks[j] in UNITS:
            return UNITS[toks[j]], j + 1
        return 0, j

    while i < n:
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
        elif t in ("double", "triple") and i + 1 < n and toks[i + 1] in UNITS:
            out.append(str(UNITS[toks[i + 1]]) * (2 if t == "double" else 3))
            i += 2
        elif t in UNITS:
            u = UNITS[t]
            if i + 1 < n and toks[i + 1] == "hundred":
                j = i + 2
                if j < n and toks[j] == "and":
                    v, j = rest(j + 1)
                    out.append("%d%02d" % (u, v))
                else:
                    out.append("%d00" % u)
                i = j
            elif i + 1 < n and toks[i + 1] == "thousand":
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                v, j = rest(j)
                out.append("%d" % (u * 1000 + v))
                i = j
            else:
                out.append(str(u))
                i += 1
        elif t in TEENS:
            out.append(str(TEENS[t]))
            i += 1
        elif t in TENS:
            v = TENS[t]
            if i + 1 < n and toks[i + 1] in UNITS and UNITS[toks[i + 1]] and toks[i + 1] != "o":
                out.append(str(v + UNITS[toks[i + 1]]))
                i += 2
            else:
                out.append(str(v))
                i += 1
        else:
            i += 1
    return "".join(out)


def say_alnum(s, filler=0.0):
    """Spoken alphanumeric (NI, IBAN, postcode): letters NATO-ish, digits words."""
    parts = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isalpha():
            l = ch.lower()
            r = R.random()
            if r < 0.45:
                parts.append("%s for %s" % (l, NATO[ord(l) - 97]))
            elif r < 0.65:
                parts.append("%s as in %s" % (l, NATO[ord(l) - 97]))
            elif r < 0.8 and l != "o":
                parts.append(l)
            else:
                parts.append(NATO[ord(l) - 97])
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            parts.append(say_digits(s[i:j], allow_o=False))
            i = j
        else:
            i += 1
        if filler and i < len(s) and R.random() < filler:
            parts.append(R.choice(FILLERS))
    return " ".join(parts)


def alnum_norm(text, spoken):
    if not spoken:
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[a-z]+|\d+", text.lower().replace("-", " "))
    out = []
    i = 0
    numbuf = []

    def flush():
        if numbuf:
            out.append(spoken_to_digits(" ".join(numbuf)))
            del numbuf[:]

    numeric = set(UNITS) | set(TEENS) | set(TENS) | {"double", "triple", "hundred", "and", "thousand"}
    while i < len(toks):
        t = toks[i]
        if len(t) == 1 and t.isalpha() and t != "o" and i + 2 < len(toks) and toks[i + 1] == "for":
            flush(); out.append(t); i += 3
        elif len(t) == 1 and t.isalpha() and i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
            flush(); out.append(t); i += 4
        elif t in NATOD:
            flush(); out.append(NATOD[t]); i += 1
        elif t in FILLERS:
            i += 1
        elif t.isdigit() or (t in numeric and t != "o"):
            numbuf.append(t); i += 1
        elif len(t) == 1:
            flush(); out.append(t); i += 1
        else:
            i += 1
    flush()
    return "".join(out).upper()


def email_norm(text, spoken):
    if not spoken:
        return text.strip().lower()
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
        if t in m:
            out.append(m[t]); i += 1
        elif len(t) == 1 and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2] in NATOD:
            out.append(t); i += 3
        elif t in UNITS and t not in ("o",):
            j = i
            while j < len(toks) and toks[j] in UNITS:
                j += 1
            out.append(spoken_to_digits(" ".join(toks[i:j]))); i = j
        elif t in FILLERS:
            i += 1
        else:
            out.append(t); i += 1
    return "".join(out)


# ----------------------------------------------------------------------------
# validators
# ----------------------------------------------------------------------------
def luhn_ok(ds):
    tot = 0
    for k, c in enumerate(reversed(ds)):
        d = int(c)
        if k % 2:
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


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%s%02d%s" % (cc, 98 - int(num) % 97, bban)


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_RE = re.compile(r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
ORDW = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
        "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30}
ORD_LIST = [None] + [k for k, v in sorted(ORDW.items(), key=lambda kv: kv[1]) if v < 20]


def ordinal_words(d):
    if d < 20:
        return ORD_LIST[d]
    if d % 10 == 0:
        return "twentieth" if d == 20 else "thirtieth"
    return TENW[d // 10] + " " + ORD_LIST[d % 10]


def ordinal_num(d):
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def date_candidates(text):
    """All (d, m, y) readings of a date expression (d may be None)."""
    s = text.lower()
    cands = set()
    mm = MON_RE.search(s)
    month = None
    if mm:
        key = mm.group(1)[:3]
        month = [m[:3] for m in MONTHS].index(key) + 1
        s = s[:mm.start()] + " " + s[mm.end():]
    day = None
    m2 = re.search(r"\b(\d{1,2})(st|nd|rd|th)\b", s)
    if m2:
        day = int(m2.group(1))
        s = s[:m2.start()] + " " + s[m2.end():]
    else:
        m3 = re.search(r"\b(?:(twenty|thirty)\s+)?(" + "|".join(ORDW) + r")\b", s)
        if m3:
            day = ORDW[m3.group(2)] + (TENS[m3.group(1)] if m3.group(1) else 0)
            s = s[:m3.start()] + " " + s[m3.end():]
    nums = re.findall(r"\d+", s)
    typed = bool(nums)
    if typed:
        if month:
            if day:
                cands.add((day, month, int(nums[-1])))
            elif len(nums) >= 2:
                cands.add((int(nums[0]), month, int(nums[1])))
            else:
                cands.add((None, month, int(nums[0])))
                if len(nums[0]) == 4 and False:
                    pass
        elif len(nums) >= 3:
            a, b, c = nums[:3]
            if len(a) == 4:
                cands.add((int(c), int(b), int(a)))
            else:
                cands.add((int(a), int(b), int(c)))
                cands.add((int(b), int(a), int(c)))
        elif len(nums) == 2:
            cands.add((None, int(nums[0]), int(nums[1])))
        else:
            D = nums[0]
            for k in (1, 2):
                if len(D) - k in (2, 4):
                    cands.add((None, int(D[:k]), int(D[k:])))
            if len(D) in (6, 8):
                cands.add((int(D[:2]), int(D[2:4]), int(D[4:])))
                cands.add((int(D[2:4]), int(D[:2]), int(D[4:])))
        return cands
    D = spoken_to_digits(s)
    if month:
        if day:
            cands.add((day, month, int(D)))
        else:
            cands.add((None, month, int(D)))
            for k in (1, 2):
                if len(D) > k:
                    cands.add((int(D[:k]), month, int(D[k:])))
        return cands
    if day:
        return cands
    for k in (1, 2):
        if len(D) - k in (2, 4):
            cands.add((None, int(D[:k]), int(D[k:])))
    for k in (1, 2):
        for j in (1, 2):
            if len(D) - k - j in (2, 4):
                cands.add((int(D[:k]), int(D[k:k + j]), int(D[k + j:])))
                cands.add((int(D[k:k + j]), int(D[:k]), int(D[k + j:])))
    return cands


def validate(typ, canon, joined, spoken):
    """canon: intended value; joined: all span texts of the value."""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        got = spoken_to_digits(joined) if spoken else re.sub(r"\D", "", joined)
        if got != canon:
            return "normalised %r != %r" % (got, canon)
        L = len(canon)
        ok = {"CARD_NUMBER": 13 <= L <= 19 and luhn_ok(canon),
              "CVV": L in (3, 4),
              "SSN": L == 9 and canon[:3] not in ("000", "666") and canon[0] != "9"
              and canon[3:5] != "00" and canon[5:] != "0000",
              "BANK_ACCOUNT": 6 <= L <= 17,
              "SORT_CODE": L == 6,
              "PHONE": 7 <= L <= 15}[typ]
        return None if ok else "invalid " + typ
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        got = alnum_norm(joined, spoken)
        if got != canon:
            return "normalised %r != %r" % (got, canon)
        ok = {"NI_NUMBER": bool(NI_RE.match(canon)), "IBAN": iban_ok(canon),
              "POSTCODE": bool(UKPC_RE.match(canon) or ZIP_RE.match(canon))}[typ]
        return None if ok else "invalid " + typ
    if typ == "EMAIL":
        got = email_norm(joined, spoken)
        if got != canon:
            return "normalised %r != %r" % (got, canon)
        return None if EMAIL_RE.match(canon) else "invalid email"
    if typ in ("DOB", "EXPIRY"):
        d, m, y = canon
        cands = date_candidates(joined)
        for cd, cm, cy in cands:
            if cm == m and cy % 100 == y % 100 and (typ == "EXPIRY" or cd == d):
                if typ == "DOB" and cy >= 100 and cy != y:
                    continue
                return None
        return "date %r not in %r" % (canon, cands)
    if typ == "ADDRESS":
        num, street = canon
        got = spoken_to_digits(joined) if spoken else re.sub(r"\D", "", joined)
        if got != num:
            return "address number %r != %r" % (got, num)
        if street.lower() not in joined.lower().replace("\n", " "):
            return "street missing"
        return None
    return "unknown type"


# ----------------------------------------------------------------------------
# value pools
# ----------------------------------------------------------------------------
FIRST = ["james", "sarah", "aoife", "liam", "priya", "tomasz", "maria", "david",
         "chloe", "oluwaseun", "niamh", "marcus", "elena", "kwame", "fiona", "raj",
         "hannah", "sean", "lucia", "ben", "grace", "mohammed", "emily", "pierre"]
LAST = ["walsh", "okafor", "kowalski", "murphy", "patel", "smith", "oconnor",
        "fernandez", "nguyen", "brennan", "hughes", "schmidt", "dubois", "campbell",
        "adeyemi", "byrne", "taylor", "rossi", "kelly", "johnson"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "protonmail.com", "aol.com", "web.de",
           "orange.fr", "sky.com", "live.ie", "comcast.net"]
STREETS = ["Elm Road", "Baker Street", "Station Road", "Mill Lane", "Church Street",
           "Victoria Avenue", "Oak Drive", "Maple Crescent", "Harbour View",
           "Kingsway", "Park Terrace", "Willow Close", "Main Street", "Pine Street",
           "Sunset Boulevard", "Lakeview Drive", "Grafton Street", "Castle Hill",
           "Orchard Way", "Meadow Lane", "Queens Road", "Cedar Court"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Norwich", "York", "Belfast"]
TOWNS_US = ["Austin, TX", "Columbus, OH", "Denver, CO", "Portland, OR", "Tampa, FL"]
TOWNS_IE = ["Dublin 8", "Cork", "Galway", "Limerick"]
INDUSTRY = ["bank", "broadband provider", "energy supplier", "online shop", "insurer",
            "airline", "hospital billing office", "council", "mobile network", "water company"]
BRANDS = ["Northgate Bank", "FibreLink", "BrightGas", "ShopNest", "Harbour Insurance",
          "SkyWays", "St Anne's Billing", "City Council", "Volt Mobile", "ClearWater",
          "First Keystone Credit Union", "Emerald Telecom", "EuroRail", "MediPay"]


def digits(n, first="123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + digits(5), 16)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55"]), 16)
    if kind == "mc2":
        return luhn_complete("22" + R.choice("3456789"), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete(R.choice(["6759", "6763", "5018"]), 19)


def group_card(c, seps=None):
    if len(c) == 15:
        gs = [c[:4], c[4:10], c[10:]]
    elif len(c) == 13:
        gs = [c[:4], c[4:7], c[7:10], c[10:]]
    elif len(c) == 19:
        gs = [c[i:i + 4] for i in range(0, 16, 4)] + [c[16:]]
    else:
        gs = [c[i:i + 4] for i in range(0, 16, 4)]
    return gs


def fmt_card_typed(c):
    style = R.choice(["space", "space", "dash", "none", "dot", "odd", "slash", "dspace", "newline"])
    gs = group_card(c)
    if style == "space":
        return " ".join(gs)
    if style == "dash":
        return "-".join(gs)
    if style == "none":
        return c
    if style == "dot":
        return ".".join(gs)
    if style == "slash":
        return " / ".join(gs)
    if style == "dspace":
        return "  ".join(gs)
    if style == "newline":
        h = len(gs) // 2
        return " ".join(gs[:h]) + "\n" + " ".join(gs[h:])
    # odd grouping
    out, i = [], 0
    while i < len(c):
        k = R.choice([2, 3, 5, 6])
        out.append(c[i:i + k])
        i += k
    return " ".join(out)


def make_ssn():
    while True:
        a = "%03d" % R.randint(1, 899)
        if a == "666":
            continue
        return a + "%02d" % R.randint(1, 99) + "%04d" % R.randint(1, 9999)


def fmt_ssn(s):
    return R.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s/%s/%s"]) % (s[:3], s[3:5], s[5:])


NI_A = "ABCEGHJKLMNOPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + digits(6, "0123456789") + R.choice("ABCD")


def fmt_ni(n):
    st = R.choice(["plain", "spaced", "spaced2", "lower", "dash", "mixed"])
    if st == "plain":
        return n
    if st == "spaced":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == "spaced2":
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    if st == "lower":
        return n.lower()
    if st == "dash":
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return n[:2].lower() + n[2:8] + n[8]


def make_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT"])
    if cc == "GB":
        b = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6, "0123456789") + digits(8)
    elif cc == "IE":
        b = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(6, "0123456789") + digits(8)
    elif cc == "DE":
        b = digits(18)
    elif cc == "FR":
        b = digits(23)
    elif cc == "NL":
        b = R.choice(["ABNA", "INGB", "RABO"]) + digits(10, "0123456789")
    elif cc == "ES":
        b = digits(20)
    else:
        b = R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(10) + digits(12, "0123456789")
    return iban_make(cc, b)


def fmt_iban(s):
    st = R.choice(["g4", "g4", "plain", "lower", "g4lower", "newline"])
    gs = [s[i:i + 4] for i in range(0, len(s), 4)]
    if st == "g4":
        return " ".join(gs)
    if st == "plain":
        return s
    if st == "lower":
        return s.lower()
    if st == "g4lower":
        return " ".join(gs).lower()
    return " ".join(gs[:3]) + "\n" + " ".join(gs[3:])


def make_postcode_uk():
    a = R.choice(["SW", "M", "LS", "B", "EH", "CF", "BS", "NR", "G", "YO", "BT", "N", "E", "W", "SE", "L"])
    inward = R.choice("0123456789") + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    out = a + str(R.randint(1, 19 if len(a) == 1 else 9))
    if R.random() < 0.15 and len(a) == 2:
        out = a + str(R.randint(1, 9)) + R.choice("AW")
    return out + inward


def fmt_pc_uk(p):
    st = R.choice(["std", "std", "nospace", "lower", "lower_nospace"])
    sp = p[:-3] + " " + p[-3:]
    return {"std": sp, "nospace": p, "lower": sp.lower(), "lower_nospace": p.lower()}[st]


def make_zip():
    z = digits(5, "0123456789")
    if z == "00000":
        z = "10001"
    if R.random() < 0.3:
        return z + digits(4, "0123456789")
    return z


def fmt_zip(z):
    return z if len(z) == 5 else z[:5] + "-" + z[5:]


def make_phone():
    """returns (text, canonical digits)"""
    k = R.choice(["ukmob", "ukmob_int", "ukland", "us", "us_int", "ie", "ie_int", "de", "fr", "es", "ukmob_int0"])
    if k == "ukmob":
        d = "07" + digits(9, "0123456789")
        t = R.choice(["%s %s", "%s-%s", "%s%s"]) % (d[:5], d[5:])
    elif k == "ukmob_int":
        n = "7" + digits(9, "0123456789")
        d = "44" + n
        t = R.choice(["+44 %s %s", "+44%s%s", "0044 %s %s", "+44-%s-%s"]) % (n[:4], n[4:])
    elif k == "ukmob_int0":
        n = "7" + digits(9, "0123456789")
        d = "440" + n
        t = "+44 (0)%s %s" % (n[:4], n[4:])
    elif k == "ukland":
        n = R.choice(["20", "161", "113", "117", "131", "29"])
        rest = digits(10 - len(n), "0123456789")
        d = "0" + n + rest
        t = "(0%s) %s %s" % (n, rest[:3], rest[3:]) if R.random() < 0.3 else "0%s %s %s" % (n, rest[:len(rest) // 2], rest[len(rest) // 2:])
    elif k in ("us", "us_int"):
        a = digits(3, "23456789")
        e = digits(3, "23456789")
        l = digits(4, "0123456789")
        if k == "us":
            d = a + e + l
            t = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (a, e, l)
        else:
            d = "1" + a + e + l
            t = R.choice(["+1 %s %s %s", "+1 (%s) %s-%s", "1-%s-%s-%s", "+1.%s.%s.%s"]) % (a, e, l)
    elif k == "ie":
        n = R.choice(["83", "85", "86", "87", "89"]) + digits(7, "0123456789")
        d = "0" + n
        t = "0%s %s %s" % (n[:2], n[2:5], n[5:])
    elif k == "ie_int":
        n = R.choice(["83", "85", "86", "87", "1"]) + digits(7, "0123456789")
        d = "353" + n
        t = "+353 %s %s %s" % (n[:2], n[2:5], n[5:])
    elif k == "de":
        n = R.choice(["30", "89", "151", "170"]) + digits(8, "0123456789")
        d = "49" + n
        t = "+49 %s %s" % (n[:3], n[3:])
    elif k == "fr":
        n = R.choice("67") + digits(8, "0123456789")
        d = "33" + n
        t = "+33 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:])
    else:
        n = "6" + digits(8, "0123456789")
        d = "34" + n
        t = "+34 %s %s %s" % (n[:3], n[3:6], n[6:])
    return t, d


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    st = R.choice(["f.l", "fl", "f_l", "fl99", "f.l.nn", "initl", "l.f", "fancy"])
    n = str(R.randint(1, 99))
    u = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl99": f + l + n,
         "f.l.nn": f + "." + l + n, "initl": f[0] + l, "l.f": l + "." + f,
         "fancy": f + "-" + l}[st]
    return u + "@" + R.choice(DOMAINS)


def say_email(e):
    user, dom = e.split("@")
    parts = []
    for tok in re.split(r"([._\-])", user):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(R.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            parts.append(" ".join(UNITW[int(c)] for c in tok))
        elif len(tok) == 1:
            parts.append("%s for %s" % (tok, NATO[ord(tok) - 97]) if R.random() < 0.5 else tok)
        else:
            m = re.match(r"([a-z]+)(\d*)", tok)
            parts.append(m.group(1))
            if m.group(2):
                parts.append(" ".join(UNITW[int(c)] for c in m.group(2)))
    dparts = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + dparts


def make_dob():
    y = R.randint(1938, 2006)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return (d, m, y)


def fmt_dob_typed(dob, us=False):
    d, m, y = dob
    st = R.choice(["dmy", "dmy", "dmy2", "iso", "long", "long2", "dots", "mon"])
    if us:
        st = R.choice(["mdy", "mdy", "longus", "iso"])
    M = MONTHS[m - 1].capitalize()
    return {"dmy": "%02d/%02d/%d" % (d, m, y), "dmy2": "%d/%d/%02d" % (d, m, y % 100),
            "iso": "%d-%02d-%02d" % (y, m, d), "long": "%s %s %d" % (ordinal_num(d), M, y),
            "long2": "%d %s %d" % (d, M, y), "dots": "%02d.%02d.%d" % (d, m, y),
            "mon": "%d-%s-%d" % (d, M[:3], y), "mdy": "%02d/%02d/%d" % (m, d, y),
            "longus": "%s %d, %d" % (M, d, y)}[st]


def say_year(y):
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        if r < 10:
            return "two thousand and " + UNITW[r]
        return R.choice(["two thousand and ", "twenty "]) + (TEENW[r - 10] if r < 20 else say_digits(str(r), style="pairs"))
    return TEENW[y // 100 - 10] + " " + (say_digits(str(y % 100), style="pairs") if y % 100 >= 10 and y % 10 else
                                       (TENW[(y % 100) // 10] if y % 10 == 0 and y % 100 >= 20 else zero_word() + " " + UNITW[y % 10]))


def say_dob(dob):
    d, m, y = dob
    st = R.choice(["ord_of", "month_ord", "digits"])
    if st == "ord_of":
        return "the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], say_year(y)) if R.random() < 0.3 else \
            "%s of %s %s" % (ordinal_words(d), MONTHS[m - 1], say_year(y))
    if st == "month_ord":
        return "%s the %s %s" % (MONTHS[m - 1], ordinal_words(d), say_year(y))
    return say_digits("%02d%02d" % (d, m), style="digits") + " " + say_year(y)


def make_exp():
    return (None, R.randint(1, 12), R.randint(26, 33))


def fmt_exp_typed(e):
    _, m, y = e
    st = R.choice(["mm/yy", "mm/yy", "mm/yyyy", "mm-yy", "mmyy", "mon", "mon_yyyy", "mm / yy"])
    M = MONTHS[m - 1].capitalize()
    return {"mm/yy": "%02d/%02d" % (m, y), "mm/yyyy": "%02d/20%02d" % (m, y), "mm-yy": "%02d-%02d" % (m, y),
            "mmyy": "%02d%02d" % (m, y), "mon": "%s %02d" % (M[:3], y), "mon_yyyy": "%s 20%02d" % (M, y),
            "mm / yy": "%02d / %02d" % (m, y)}[st]


def say_exp(e):
    _, m, y = e
    if R.random() < 0.5:
        return say_digits("%02d" % m, style="digits") + " " + say_digits("%02d" % y, style="pairs")
    return MONTHS[m - 1] + " " + R.choice(["", "twenty "]) + say_digits("%02d" % y, style="pairs")


def make_address():
    num = str(R.randint(1, 240))
    street = R.choice(STREETS)
    flat = None
    r = R.random()
    if r < 0.25:
        flat = str(R.randint(1, 40))
    return flat, num, street


def fmt_address(a, us=False):
    flat, num, street = a
    pre = ""
    if flat:
        pre = R.choice(["Flat %s, ", "Apt %s, ", "flat %s ", "Unit %s/", "Apt. %s - "]) % flat
    st = street
    if R.random() < 0.2:
        st = st.upper()
    elif R.random() < 0.2:
        st = st.lower()
    return pre + num + " " + st, ((flat or "") + num, street)


# ----------------------------------------------------------------------------
# wrappers for typed channels
# ----------------------------------------------------------------------------
def brand():
    return R.choice(BRANDS)


def name():
    return R.choice(FIRST).capitalize() + " " + R.choice(LAST).capitalize()


def typo(s):
    if len(s) < 5 or R.random() < 0.6:
        return s
    i = R.randint(1, len(s) - 2)
    if s[i].isalpha() and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


GREET = ["hi", "Hi there", "hello", "Hey", "good morning", "Hiya", "Dear Sir/Madam,", "hi,"]
ACK = ["mhm", "go on", "yep", "ok", "right", "uh huh", "yes", "got that", "and the rest?"]


def channel():
    return R.choice(["chat", "chat", "email", "sms", "webform", "chat", "email", "asr"])


def email_wrap_customer(body_segs, quoted=True):
    """customer email: subject line, body, optional signature, quoted agent text."""
    segs = []
    segs.append("Subject: " + R.choice(["Re: your account", "RE: Update details", "Fwd: payment",
                                        "Re: Case update", "refund??", "Re: [ref 88213] change of details"]) + "\n\n")
    segs.append(R.choice(GREET) + "\n")
    segs.extend(body_segs)
    segs.append("\n\n" + R.choice(["Thanks", "Regards", "Kind regards", "Cheers", "Sent from my iPhone", "Best"]) + "\n")
    if quoted:
        segs.append("\n> On " + R.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]) + ", " + brand() +
                    " Support wrote:\n> " + R.choice(["Please confirm your details so we can proceed.",
                                                      "Could you reply with the information below?",
                                                      "For security we need a few details."]))
    return segs


# ----------------------------------------------------------------------------
# positive builders
# ----------------------------------------------------------------------------
def pos_card_typed():
    c = make_card()
    ch = R.choice(["chat", "email", "sms", "webform", "chat2", "paste"])
    lab = R.choice(["card no: ", "Card number - ", "its ", "card: ", "cc# ", "the long number is ", "",
                    "CARD NO.", "number on the card = ", "pan: "])
    ct = fmt_card_typed(c)
    extra = []
    note = "typed card (%s)" % ch
    if R.random() < 0.45:
        e = make_exp()
        extra += ["\n" + R.choice(["exp ", "Expiry: ", "expires ", "exp date - ", "valid thru "]),
                  V(fmt_exp_typed(e), "EXPIRY", e)]
        note += " + expiry"
    if R.random() < 0.4:
        cv = digits(4 if len(c) == 15 else 3, "0123456789")
        extra += [R.choice(["\ncvv ", " cvc: ", "\nsecurity code ", " / CVV2 ", "\n3 digits on back: "]), V(cv, "CVV", cv)]
        note += " + cvv"
    if ch == "webform":
        t = [C("Name on card: " + name() + "\n" + R.choice(["Card Number: ", "PAN: ", "card_number="]), V(ct, "CARD_NUMBER", c),
               *extra, "\nAmount: £" + str(R.randint(5, 900)) + ".00\nSubmit")]
        t.append(A(R.choice(["Thanks, payment form received.", "Form received, processing now.", "We got your form submission."])))
    elif ch == "email":
        t = [A("Hello, to take the payment we need the card details. Please do not include your PIN."),
             C(*email_wrap_customer([R.choice(["Please use this card: ", "Here you go - ", "new card details below\n"]),
                                     V(ct, "CARD_NUMBER", c), *extra]))]
    elif ch == "sms":
        t = [A(brand() + ": reply with the card you want to use for the top-up."),
             C(V(ct, "CARD_NUMBER", c), *extra)]
    elif ch == "paste":
        t = [C(R.choice(["copied from my app: ", "pasting it: ", "[pasted] "]) + "\"", V(ct, "CARD_NUMBER", c), "\"", *extra),
             A(R.choice(["Thank you.", "Got it, one moment.", "Thanks, please don't share the PIN."]))]
    else:
        t = [A(R.choice(["What card would you like to pay with?", "Can you type the long card number please?"])),
             C(typo(R.choice(GREET)) + " " + lab, V(ct, "CARD_NUMBER", c), *extra)]
        if ch == "chat2":
            t.append(A("thanks, and the name as it appears on the card?"))
            t.append(C(name()))
    return t, note


def pos_card_split_messages():
    c = make_card()
    gs = group_card(c)
    g = newgid()
    cut = R.randint(1, len(gs) - 1)
    sep = R.choice([" ", "-", ""])
    t = [A(R.choice(["Please send the card number.", "Card number please?", "Ok send the card number"]))]
    t.append(C(V(sep.join(gs[:cut]), "CARD_NUMBER", c, gid=g)))
    if R.random() < 0.5:
        t.append(A(R.choice(["...", "go on", "and the rest?", "ok"])))
    t.append(C(R.choice(["", "", "sorry phone died ", "then "]), V(sep.join(gs[cut:]), "CARD_NUMBER", c, gid=g)))
    return t, "card number split across messages"


def pos_card_asr():
    c = make_card()
    gs = group_card(c)
    g = newgid()
    t = [A(R.choice(["ok and the long number across the front of the card when you're ready",
                     "can i take the card number please", "go ahead with the sixteen digits"]))]
    note = "asr card"
    mode = R.choice(["one", "split", "split", "restart"])
    fill = R.choice([0, 0.15, 0.3])
    if mode == "one":
        t.append(C(R.choice(["yeah it's ", "right so ", "ok um ", ""]), V(" ".join(say_digits(x, filler=fill) for x in gs), "CARD_NUMBER", c, spoken=True, gid=g)))
    elif mode == "split":
        i = 0
        while i < len(gs):
            k = R.choice([1, 2])
            chunk = gs[i:i + k]
            pre = R.choice(["", "", "uh ", "then ", "and "]) if i else R.choice(["it's ", "ok ", ""])
            t.append(C(pre, V(" ".join(say_digits(x, filler=fill) for x in chunk), "CARD_NUMBER", c, spoken=True, gid=g)))
            i += k
            if i < len(gs):
                t.append(A(R.choice(ACK)))
        note += " split over turns"
    else:
        bad = gs[0][:2] + str((int(gs[0][2]) + 1) % 10)
        t.append(C(V(say_digits(bad), "CARD_NUMBER", c, spoken=True, partial=True), " no sorry let me start again ",
                   V(" ".join(say_digits(x, filler=fill) for x in gs), "CARD_NUMBER", c, spoken=True, gid=g)))
        note += " restarted reading"
    if R.random() < 0.5:
        t.append(A("let me read that back ", V(" ".join(say_digits(x, style="digits") for x in gs), "CARD_NUMBER", c, spoken=True), " is that right"))
        t.append(C(R.choice(["yes", "yeah that's it", "correct"])))
        note += " + readback"
    if R.random() < 0.4:
        e = make_exp()
        t.append(A("and the expiry date"))
        t.append(C(R.choice(["it's ", "", "uh "]), V(say_exp(e), "EXPIRY", e, spoken=True)))
        note += " + expiry"
    if R.random() < 0.4:
        cv = digits(3, "0123456789")
        t.append(A("and the three digits on the back"))
        t.append(C(V(say_digits(cv, style="digits"), "CVV", cv, spoken=True)))
        note += " + cvv"
    return t, note


def pos_ssn():
    s = make_ssn()
    ch = channel()
    if ch == "asr":
        g = newgid()
        t = [A(R.choice(["can you verify the social please", "i'll need your social security number to continue",
                         "and for verification the last... actually the full social please"]))]
        if R.random() < 0.5:
            t.append(C("sure it's ", V(say_digits(s[:3]), "SSN", s, spoken=True, gid=g)))
            t.append(A(R.choice(ACK)))
            t.append(C(V(say_digits(s[3:5]) + " " + say_digits(s[5:], filler=0.2), "SSN", s, spoken=True, gid=g)))
        else:
            t.append(C(R.choice(["yeah ", "ok it's ", "um "]), V(say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:], filler=0.2), "SSN", s, spoken=True, gid=g)))
        if R.random() < 0.4:
            t.append(A("thank you that's ", V(say_digits(s, style="digits"), "SSN", s, spoken=True)))
        return t, "asr ssn"
    f = fmt_ssn(s)
    lab = R.choice(["SSN: ", "ssn ", "Social Security #: ", "my social is ", "SS#", "soc sec no. ", "tax id (ssn) - "])
    if ch == "webform":
        t = [C("First name: " + R.choice(FIRST).capitalize() + "\nLast name: " + R.choice(LAST).capitalize() + "\n" + lab, V(f, "SSN", s),
               "\nState: " + R.choice(["OH", "TX", "CA", "NY", "FL"])), A("Thanks, your application has been received.")]
    elif ch == "email":
        t = [A("Please reply with your SSN so the claims team can match your records."),
             C(*email_wrap_customer(["as requested my " + R.choice(["SSN is ", "social is ", "SSN - "]), V(f, "SSN", s), " and policy no. HX-" + digits(7)]))]
    elif ch == "sms":
        t = [A(brand() + ": To confirm identity reply with your SSN."), C(V(f, "SSN", s))]
    else:
        if R.random() < 0.3:
            bad = s[:4] + s[5] + s[4] + s[6:] if s[4] != s[5] else s[:8] + str((int(s[8]) + 1) % 10)
            t = [A("Could you confirm your Social Security number?"), C(typo(lab), V(fmt_ssn(bad), "SSN", bad, partial=True)),
                 C("oops typo, correct one is ", V(fmt_ssn(s), "SSN", s))]
        else:
            t = [A("Could you confirm your Social Security number?"), C(typo(lab), V(f, "SSN", s))]
    return t, "typed ssn (%s)" % ch


def pos_ni():
    n = make_ni()
    ch = channel()
    if ch == "asr":
        g = newgid()
        t = [A(R.choice(["and your national insurance number please", "can i take your n i number"]))]
        if R.random() < 0.5:
            t.append(C(R.choice(["it's ", "yeah ", ""]), V(say_alnum(n[:4], filler=0.1), "NI_NUMBER", n, spoken=True, gid=g)))
            t.append(A(R.choice(ACK)))
            t.append(C(V(say_alnum(n[4:]), "NI_NUMBER", n, spoken=True, gid=g)))
        else:
            t.append(C(R.choice(["it's ", "right it's ", "ok "]), V(say_alnum(n, filler=0.1), "NI_NUMBER", n, spoken=True, gid=g)))
        if R.random() < 0.4:
            t.append(A("so that's ", V(say_alnum(n), "NI_NUMBER", n, spoken=True)))
            t.append(C("yes"))
        return t, "asr ni number"
    f = fmt_ni(n)
    lab = R.choice(["NI no: ", "NINO: ", "national insurance: ", "my NI number is ", "Nat. Ins. ", "ni - "])
    if ch == "webform":
        t = [C("Full name: " + name() + "\n" + R.choice(["National Insurance number: ", "NINO*: "]), V(f, "NI_NUMBER", n),
               "\nClaim type: " + R.choice(["Carer's", "Housing", "Pension"])), A("Submission received. Reference " + digits(8) + ".")]
    elif ch == "email":
        t = [A("Dear customer, we need your National Insurance number to update your pension record."),
             C(*email_wrap_customer(["My NI number is\n", V(f, "NI_NUMBER", n), "\n" + R.choice(["", "Employer: " + brand()])]))]
    elif ch == "sms":
        t = [A("HMRC-style reminder from " + brand() + ": reply with NI number."), C(typo(lab), V(f, "NI_NUMBER", n))]
    else:
        t = [A("Please type your NI number."), C(lab, V(f, "NI_NUMBER", n))]
    return t, "typed ni number (%s)" % ch


def pos_bank():
    acct = digits(8, "0123456789") if R.random() < 0.7 else digits(R.randint(9, 12))
    sc = digits(6, "0123456789")
    scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    ch = channel()
    if ch == "asr":
        t = [A("what's the sort code"),
             C(V(say_digits(sc[:2]) + " " + say_digits(sc[2:4]) + " " + say_digits(sc[4:]), "SORT_CODE", sc, spoken=True)),
             A("and the account number"),
             C(R.choice(["it's ", "uh "]), V(say_digits(acct, filler=0.15), "BANK_ACCOUNT", acct, spoken=True))]
        if R.random() < 0.5:
            t.append(A("reading back ", V(say_digits(acct, style="digits"), "BANK_ACCOUNT", acct, spoken=True)))
        return t, "asr sort code + account"
    if ch == "webform":
        segs = ["Sort code: ", V(scf, "SORT_CODE", sc), "\nAccount no: ", V(acct, "BANK_ACCOUNT", acct), "\nAccount holder: " + name()]
        return [C(*segs), A("Direct debit set up request received.")], "webform bank"
    lab = R.choice(["acct no: ", "a/c ", "account # ", "Acc No. ", "acc:"])
    seg = [R.choice(["sc ", "sort ", "Sort Code: ", "s/c "]), V(scf, "SORT_CODE", sc), R.choice([" ", "\n", " | ", ", "]), lab, V(acct, "BANK_ACCOUNT", acct)]
    if ch == "email":
        return [A("Where should we send the refund?"), C(*email_wrap_customer(["please refund to\n"] + seg))], "email bank"
    return [A("Which account should the refund go to?"), C(*seg)], "typed bank (%s)" % ch


def pos_us_bank():
    acct = digits(R.randint(9, 12))
    ch = R.choice(["chat", "email", "asr"])
    if ch == "asr":
        return [A("and the checking account number"), C("ok it's ", V(say_digits(acct, filler=0.2), "BANK_ACCOUNT", acct, spoken=True))], "asr us account"
    return [A("What checking account should the autopay draw from?"),
            C(R.choice(["routing no is on the check, account no: ", "acct # ", "Checking acct "]), V(R.choice([acct, acct[:4] + " " + acct[4:]]), "BANK_ACCOUNT", acct))], "typed us account"


def pos_iban():
    s = make_iban()
    ch = channel()
    if ch == "asr":
        g = newgid()
        t = [A("can you read me the iban")]
        cut = R.choice([4, 8])
        t.append(C(R.choice(["sure ", "yeah it's "]), V(say_alnum(s[:cut]), "IBAN", s, spoken=True, gid=g)))
        t.append(A(R.choice(ACK)))
        t.append(C(V(say_alnum(s[cut:], filler=0.1), "IBAN", s, spoken=True, gid=g)))
        return t, "asr iban split"
    f = fmt_iban(s)
    if ch == "email":
        return [A("Please provide your IBAN for the refund."),
                C(*email_wrap_customer([R.choice(["IBAN: ", "My iban is ", "Bank details - IBAN "]), V(f, "IBAN", s), "\nBIC: " + R.choice(["AIBKIE2D", "DEUTDEFF", "NWBKGB2L"])]))], "email iban"
    if ch == "webform":
        return [C("Account holder: " + name() + "\nIBAN*: ", V(f, "IBAN", s), "\nCurrency: EUR"), A("Thanks, received.")], "webform iban"
    return [A("What's the IBAN?"), C(R.choice(["", "iban ", "IBAN=", "here: "]), V(f, "IBAN", s))], "typed iban (%s)" % ch


def pos_phone():
    t_, d = make_phone()
    ch = channel()
    if ch == "asr":
        g = newgid()
        intl = R.random() < 0.4
        dd = d if not intl else d
        words = ("plus " if intl and not d.startswith("0") else "") + say_digits(dd, filler=0.1)
        t = [A("best number to reach you on")]
        if R.random() < 0.4:
            h = len(dd) // 2
            t.append(C("it's ", V(("plus " if intl and not d.startswith("0") else "") + say_digits(dd[:h]), "PHONE", d, spoken=True, gid=g)))
            t.append(A(R.choice(ACK)))
            t.append(C(V(say_digits(dd[h:]), "PHONE", d, spoken=True, gid=g)))
        else:
            t.append(C(R.choice(["it's ", "yeah ", "my mobile is "]), V(words, "PHONE", d, spoken=True, gid=g)))
        return t, "asr phone"
    lab = R.choice(["Tel: ", "mob ", "call me on ", "Phone: ", "m. ", "WhatsApp ", "cell: ", "ph "])
    if ch == "email":
        sig = ["\n--\n" + name() + "\n" + R.choice(["Accounts Payable", "Office Manager", ""]) + "\n" + lab, V(t_, "PHONE", d)]
        return [A("Please send a callback number."), C(*email_wrap_customer(["Please call me back re the outage.", *sig]))], "phone in email signature"
    if ch == "webform":
        return [C("Name: " + name() + "\nContact number: ", V(t_, "PHONE", d), "\nBest time: after 6pm"), A("Callback booked.")], "webform phone"
    return [A("What number should we text the code to?"), C(typo(lab), V(t_, "PHONE", d))], "typed phone (%s)" % ch


def pos_email():
    e = make_email()
    ch = channel()
    if ch == "asr":
        t = [A("and an email address for the confirmation")]
        t.append(C(R.choice(["yeah it's ", "it's ", "um "]), V(say_email(e), "EMAIL", e, spoken=True)))
        if R.random() < 0.4:
            t.append(A("so that's ", V(say_email(e), "EMAIL", e, spoken=True)))
            t.append(C("that's right"))
        return t, "asr email"
    disp = e if R.random() < 0.7 else e.capitalize() if R.random() < 0.5 else e.upper()
    if ch == "email":
        return [A("What email should we use going forward?"), C(*email_wrap_customer(["please use my personal address ", V(disp, "EMAIL", e), " not the work one"]))], "email in email"
    if ch == "webform":
        return [C("Email*: ", V(disp, "EMAIL", e), "\nConfirm email*: ", V(disp, "EMAIL", e)), A("Account created.")], "webform email twice"
    return [A("What's your email?"), C(R.choice(["", "email: ", "<", "its "]), V(disp, "EMAIL", e), R.choice(["", ">", " thx"]))], "typed email (%s)" % ch


def pos_dob():
    dob = make_dob()
    ch = channel()
    if ch == "asr":
        t = [A("can you confirm your date of birth")]
        t.append(C(R.choice(["yeah it's ", "", "um "]), V(say_dob(dob), "DOB", dob, spoken=True)))
        return t, "asr dob"
    us = R.random() < 0.3
    f = fmt_dob_typed(dob, us)
    lab = R.choice(["DOB: ", "d.o.b ", "born ", "date of birth - ", "Birthdate: ", "dob="])
    if ch == "webform":
        return [C("Patient name: " + name() + "\n" + lab, V(f, "DOB", dob), "\nInsurance ID: " + digits(9)), A("Billing enquiry received.")], "webform dob"
    if ch == "email":
        return [A("To release the bill we need to verify your date of birth."), C(*email_wrap_customer(["My DOB is ", V(f, "DOB", dob)]))], "email dob"
    return [A("For security can I have your date of birth?"), C(lab, V(f, "DOB", dob))], "typed dob (%s)" % ch


def pos_address():
    us = R.random() < 0.35
    a = make_address()
    ch = channel()
    if ch == "asr":
        flat, num, street = a
        pre = ("flat " + say_digits(flat, style="digits") + " ") if flat else ""
        txt = pre + say_digits(num, style=R.choice(["digits", "mixed"])) + " " + street.lower()
        t = [A("and the first line of the address")]
        t.append(C(R.choice(["it's ", "yeah "]), V(txt, "ADDRESS", ((flat or "") + num, street), spoken=True), " in " + R.choice(TOWNS_UK).lower()))
        if R.random() < 0.6:
            p = make_postcode_uk()
            t.append(A("and the postcode"))
            t.append(C(V(say_alnum(p), "POSTCODE", p, spoken=True)))
        return t, "asr address"
    at, canon = fmt_address(a, us)
    if us:
        z = make_zip()
        town = R.choice(TOWNS_US)
        pc = [V(fmt_zip(z), "POSTCODE", z)]
        line = [V(at, "ADDRESS", canon), R.choice([", ", "\n"]) + town + " ", *pc]
    else:
        p = make_postcode_uk()
        town = R.choice(TOWNS_UK + TOWNS_IE[:0])
        line = [V(at, "ADDRESS", canon), R.choice([", ", "\n", " - "]) + town + R.choice([", ", "\n", " "]), V(fmt_pc_uk(p), "POSTCODE", p)]
    if ch == "email":
        return [A("Where should we post the replacement?"), C(*email_wrap_customer(["New address:\n", *line]))], "email address"
    if ch == "webform":
        return [C("Delivery address: ", *line, "\nInstructions: leave with neighbour"), A("Order updated.")], "webform address"
    if ch == "sms":
        return [A(brand() + ": reply with new delivery address"), C(*line)], "sms address"
    return [A("What's the new address?"), C(R.choice(["moved to ", "its ", "", "new addr: "]), *line)], "typed address"


def pos_postcode_only():
    if R.random() < 0.6:
        p = make_postcode_uk()
        pv = V(fmt_pc_uk(p), "POSTCODE", p)
    else:
        z = make_zip()
        pv = V(fmt_zip(z), "POSTCODE", z)
    return [A("Can you confirm the postcode on the account?"), C(R.choice(["", "postcode ", "zip: ", "it's "]), pv)], "typed postcode"


def pos_signature():
    """email with signature block: phone, email, address, postcode."""
    e = make_email()
    t_, d = make_phone()
    a = make_address()
    at, canon = fmt_address(a)
    p = make_postcode_uk()
    body = [R.choice(["Please cancel my contract from next month.", "Our invoice seems wrong, see attached.",
                      "I have not received the refund.", "Can someone call me about the claim?"]),
            "\n\n--\n" + name() + "\n", V(at, "ADDRESS", canon), "\n" + R.choice(TOWNS_UK) + "\n", V(fmt_pc_uk(p), "POSTCODE", p),
            "\n" + R.choice(["T: ", "Tel ", "M: ", "Mob. "]), V(t_, "PHONE", d), "\n" + R.choice(["E: ", "Email: ", ""]), V(e, "EMAIL", e)]
    return [A("Thanks for contacting " + brand() + "."), C(*email_wrap_customer(body, quoted=R.random() < 0.5))], "email signature block"


def pos_quoted_reply():
    """agent email quotes customer's earlier message containing PII (labelled too)."""
    c = make_card() if R.random() < 0.5 else None
    if c:
        f = fmt_card_typed(c).replace("\n", " ")
        v1, v2 = V(f, "CARD_NUMBER", c), V(f, "CARD_NUMBER", c)
    else:
        s = make_ssn()
        f = fmt_ssn(s)
        v1, v2 = V(f, "SSN", s), V(f, "SSN", s)
    t = [C("please charge " if c else "my ssn is ", v1),
         A("Hi, please never send these by email.\n\n> On Tue you wrote:\n> please " + ("charge " if c else "note my ssn is "), v2, "\n\nWe have deleted it.")]
    return t, "agent quoted reply repeats value"


def pos_multi_mixed():
    """chat with several PII types, odd separators, line breaks."""
    n = make_ni()
    dob = make_dob()
    t_, d = make_phone()
    sep = R.choice([" | ", "\n", "; ", " // "])
    return [A("To verify please send NI number, DOB and phone"),
            C(V(fmt_ni(n), "NI_NUMBER", n), sep, V(fmt_dob_typed(dob), "DOB", dob), sep, V(t_, "PHONE", d))], "mixed NI/DOB/phone one line"


def pos_ssn_broken_lines():
    s = make_ssn()
    g = newgid()
    return [A("SSN please"), C(V(s[:3] + "-" + s[3:5] + "-", "SSN", s, gid=g) if False else V(s[:3] + "-" + s[3:5], "SSN", s, gid=g)),
            C(V(s[5:], "SSN", s, gid=g)), A("got it, thanks")], "ssn broken across sms"


def pos_ni_broken():
    n = make_ni()
    g = newgid()
    return [A("NI number?"), C(V(n[:2] + " " + n[2:6], "NI_NUMBER", n, gid=g)), C(V(n[6:8] + " " + n[8], "NI_NUMBER", n, gid=g)),
            A("thanks")], "ni broken across messages"


# ----------------------------------------------------------------------------
# negative builders
# ----------------------------------------------------------------------------
def neg_cases():
    cases = []

    def add(turns, note):
        cases.append((turns, note))

    for _ in range(8):
        c = make_card()
        f = fmt_card_typed(c).replace("\n", " ")
        lab = R.choice(["Order number", "Tracking no.", "Ref", "Serial number", "Invoice #", "Booking reference"])
        add([C("hi where is my parcel? " + lab + ": " + f), A("Thanks, checking the " + lab.lower() + " now.")],
            "card-like long number labelled as " + lab.lower())
    for _ in range(6):
        c = make_card()
        add([A("your reference is " + say_digits(c[:4]) + " " + say_digits(c[4:8]) + " " + say_digits(c[8:12]) + " " + say_digits(c[12:])),
             C("sorry the reference again?"), A("the reference number " + say_digits(c, style="digits"))],
            "asr reference read like a card")
    for _ in range(8):
        l4 = digits(4, "0123456789")
        add([C(R.choice(["it's the card ending ", "card ending in ", "the one that ends ", "my visa ending "]) + l4),
             A(R.choice(["Thanks, I can see the card ending " + l4 + ".", "Ok card **** **** **** " + l4 + " selected.",
                         "Yes, XXXX-XXXX-XXXX-" + l4 + " is on file."]))], "card last four / masked card")
    for _ in range(4):
        l4 = digits(4, "0123456789")
        add([A("i can see a visa ending " + say_digits(l4)), C("yes that's the one ending " + say_digits(l4, style="digits"))], "asr last four")
    for _ in range(6):
        amt = R.choice(["£1,234.56", "$4,821.00", "€12,450", "£89.99", "$1,204,337.10", "£3,750"])
        add([C("why is my balance " + amt + "??"), A("Your balance of " + amt + " includes the " + str(R.randint(2, 30)) + "% late fee and " + str(R.randint(1, 12)) + " months of charges.")],
            "amounts and percentages")
    for _ in range(5):
        add([A("your balance is " + say_digits(str(R.randint(1, 9))) + " thousand " + say_digits(str(R.randint(1, 9))) + " hundred and " + TEENW[R.randint(0, 9)] + " pounds"),
             C("and when's the payment due"), A("on the " + ordinal_words(R.randint(1, 28)) + " of " + R.choice(MONTHS))], "asr balance and payment date")
    for _ in range(6):
        d = "%02d/%02d/20%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(24, 27))
        add([C("My contract end date is " + d + ", can I leave early?"), A("Your contract runs to " + d + "; early exit is " + str(R.randint(10, 50)) + "% of remaining fees.")],
            "contract date (not DOB)")
    for _ in range(5):
        add([A("Your appointment is on " + R.choice(["Tuesday", "Thu", "Monday"]) + " " + ordinal_num(R.randint(1, 28)) + " " + R.choice(MONTHS).capitalize() + " at " + "%d:%02d" % (R.randint(8, 17), R.choice([0, 15, 30, 45]))),
             C("Can it be after " + str(R.randint(2, 5)) + "pm? I work till 4:30")], "appointment date and times")
    for _ in range(6):
        pol = R.choice(["POL-", "HX", "PN ", "policy no. "]) + digits(R.randint(8, 10))
        clm = R.choice(["CLM ", "claim #", "Claim ref: "]) + "20" + str(R.randint(20, 25)) + "-" + digits(6, "0123456789")
        add([C("Re " + pol + " - " + clm + " still no update after " + str(R.randint(3, 9)) + " weeks"), A("Sorry for the delay on " + clm + ".")], "policy and claim numbers")
    for _ in range(5):
        sc_like = digits(2, "0123456789") + "-" + digits(2, "0123456789") + "-" + digits(2, "0123456789")
        add([C("The error code on the router is " + sc_like + " and the model is " + R.choice(["TG-789vac", "HH6A", "FX 3000-B"])),
             A("Error " + sc_like + " means the line is down; serial SN" + digits(10) + " noted.")], "sort-code-like error code")
    for _ in range(5):
        ssn_like = digits(3) + "-" + digits(2) + "-" + digits(4)
        add([C("Ticket " + ssn_like + " was closed without a fix"), A("I've reopened ticket " + ssn_like + ".")], "ssn-shaped ticket number")
    for _ in range(5):
        nino_like = R.choice(["AB", "CE", "JK"]) + digits(6, "0123456789") + R.choice("ABCD")
        add([C("Order ID " + nino_like + " arrived damaged"), A("Order " + nino_like + " - refund raised, ref " + digits(9) + ".")], "NI-shaped order id")
    for _ in range(5):
        mr = digits(R.randint(5, 6), "0123456789")
        add([A("can you give me the meter reading"), C("yeah it's " + say_digits(mr) + " and the meter serial is " + say_digits(digits(8)))], "asr meter reading and serial")
    for _ in range(4):
        mr = digits(5, "0123456789")
        add([C("Meter reading: " + mr + " (" + R.choice(["day", "night"]) + ")\nMeter serial: " + digits(2, "ABCDEFGH") + digits(8)), A("Reading of " + mr + " submitted.")], "typed meter reading")
    for _ in range(6):
        fl = R.choice(["BA", "EI", "FR", "UA", "LH"]) + " " + str(R.randint(100, 9999))
        add([C("flight " + fl + " got cancelled, i'm in seat " + str(R.randint(1, 40)) + R.choice("ABCDEF") + ", gate B" + str(R.randint(1, 60))),
             A("Rebooked on " + fl.split()[0] + str(R.randint(100, 999)) + " departing " + "%02d:%02d" % (R.randint(5, 22), R.choice([5, 20, 45])) + ", room " + str(R.randint(100, 999)) + " at the airport hotel.")],
            "flight/seat/gate/room")
    for _ in range(5):
        add([C("I'm " + str(R.randint(60, 90)) + " and the heating's stuck at " + str(R.randint(12, 30)) + " degrees since " + str(R.randint(2015, 2024))),
             A("An engineer will come within " + str(R.randint(2, 72)) + " hours; we're open 8am-8pm Mon-Fri.")], "ages, temperatures, years, hours")
    for _ in range(5):
        add([A("i'm just going to pop you on hold for " + say_digits(str(R.randint(2, 9))) + " minutes"),
             C("i've been waiting " + TENW[R.randint(2, 5)] + " minutes already and i'm " + TENW[R.randint(6, 8)] + " " + UNITW[R.randint(1, 9)] + " years old")],
            "asr durations and age")
    for _ in range(5):
        road = R.choice(["the A40", "M25 junction 10", "I-95", "the N7", "A1(M)", "Route 66", "the B4632"])
        add([C("the engineer is stuck on " + road + ", eta " + str(R.randint(10, 90)) + " mins"), A("Noted, new slot " + str(R.randint(1, 5)) + "pm-" + str(R.randint(6, 8)) + "pm.")], "road names and times")
    for _ in range(5):
        tr = R.choice(["1Z" + digits(2, "0123456789") + "X" + digits(12, "0123456789"), digits(22), "JD" + digits(18), digits(12)])
        add([A("Your parcel tracking number is " + tr + "\nExpected: " + R.choice(["Mon", "Tue", "Fri"]) + " by 6pm"), C("Tracking says " + tr + " not found?")],
            "tracking numbers")
    for _ in range(5):
        inv = R.choice(["INV-", "Invoice ", "inv#"]) + "20" + str(R.randint(20, 25)) + "/" + digits(6, "0123456789")
        add([C(R.choice(["Subject: Re: ", "Fwd: "]) + inv + "\n\nHi, invoice " + inv + " charged " + str(R.randint(2, 40)) + " units twice.\n\n> On Mon we wrote: invoice attached"),
             A("Credit of £" + str(R.randint(5, 200)) + ".00 applied to " + inv + ".")], "email with invoice number")
    for _ in range(4):
        acct_like = digits(8)
        add([C("Customer number " + acct_like + " - my bill is wrong"), A("Customer number " + acct_like + " found; I see " + str(R.randint(2, 9)) + " payments.")],
            "customer number (not bank account)")
    for _ in range(4):
        ph_like = "0" + digits(10, "0123456789")
        add([C("model " + R.choice(["SM-", "KD-", "WH-"]) + digits(4) + " IMEI " + digits(15)), A("Thanks, the IMEI is registered to the device; warranty ends " + str(R.randint(2025, 2028)) + ".")],
            "imei and model numbers")
    for _ in range(4):
        add([A("Your one-time passcode is " + digits(6) + ". It expires in 10 minutes."), C("code didnt arrive, only got " + digits(6))], "otp codes")
    for _ in range(4):
        add([C("Booking ref " + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)) + ", " + str(R.randint(1, 6)) + " passengers, " + str(R.randint(2, 14)) + " nights"),
             A("Total " + R.choice(["€", "£", "$"]) + str(R.randint(300, 4000)) + " for " + str(R.randint(2, 14)) + " nights.")], "booking details")
    for _ in range(4):
        yrs = str(R.randint(1990, 2023))
        add([A("the policy number is " + say_alnum("P" + digits(7))), C("and it started in " + say_year(int(yrs)) + " right")], "asr policy number and year")
    return cases


# ----------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------
def render(turns):
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        buf = ""
        for s in segs:
            if isinstance(s, V):
                # a span runs from the value's first letter/digit to its last:
                # leading '+', '(' etc. and trailing punctuation stay outside.
                core = s.text
                lead = len(core) - len(core.lstrip("+(<\"' "))
                core_l = core[lead:]
                tail = len(core_l) - len(core_l.rstrip(")>.\"' "))
                buf += core[:lead]
                st = len(buf)
                buf += core_l[:len(core_l) - tail]
                buf += core_l[len(core_l) - tail:]
                spans.append({"turn": ti, "start": st, "end": st + len(core_l) - tail, "type": s.typ})
                groups.setdefault(s.gid, []).append(s)
                continue
            buf += s
        out_turns.append({"speaker": spk, "text": buf})
    return out_turns, spans, groups


def build():
    recipes = ([pos_card_typed] * 34 + [pos_card_split_messages] * 8 + [pos_card_asr] * 16 +
               [pos_ssn] * 26 + [pos_ssn_broken_lines] * 3 + [pos_ni] * 26 + [pos_ni_broken] * 3 +
               [pos_bank] * 14 + [pos_us_bank] * 4 + [pos_iban] * 14 + [pos_phone] * 14 + [pos_email] * 12 +
               [pos_dob] * 12 + [pos_address] * 14 + [pos_postcode_only] * 4 + [pos_signature] * 8 +
               [pos_quoted_reply] * 6 + [pos_multi_mixed] * 6)
    R.shuffle(recipes)
    cases, allgroups = [], []
    for i, fn in enumerate(recipes, 1):
        turns, note = fn()
        tj, spans, groups = render(turns)
        cid = "h443-pos-%03d" % i
        cases.append({"id": cid, "kind": "positive", "turns": tj, "spans": spans, "note": note})
        allgroups.append((cid, groups))
    negs = neg_cases()
    R.shuffle(negs)
    for i, (turns, note) in enumerate(negs, 1):
        tj, spans, groups = render(turns)
        cases.append({"id": "h443-neg-%03d" % i, "kind": "negative", "turns": tj, "spans": spans, "note": note})
    return cases, allgroups


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check(cases, allgroups, text):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("cases.jsonl is not byte-identical to a fresh generation")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {}
    npos = nneg = 0
    for c in cases:
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                errs.append(c["id"] + ": positive without spans")
        else:
            nneg += 1
            if c["spans"]:
                errs.append(c["id"] + ": negative with spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + ": bad speaker")
        per_turn = {}
        for s in c["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: span out of range" % c["id"]); continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s: span %r not trimmed" % (c["id"], txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (c["id"], txt[a:b]))
            per_turn.setdefault(s["turn"], []).append((a, b))
        for lst in per_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(c["id"] + ": overlapping spans")
    for cid, groups in allgroups:
        for gid, parts in groups.items():
            if any(p.partial for p in parts):
                continue
            joined = " ".join(p.text for p in parts)
            e = validate(parts[0].typ, parts[0].canon, joined, parts[0].spoken)
            if e:
                errs.append("%s: %s value %r: %s" % (cid, parts[0].typ, joined, e))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
              "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        if counts.get(t, 0) < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts.get(t, 0)))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d positive, %d negative" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    cases, allgroups = build()
    text = serialise(cases)
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(cases, allgroups, text)
        for e in errs[:50]:
            print("FAIL:", e)
        print("positive=%d negative=%d" % (npos, nneg))
        for k in sorted(counts):
            print("  %-13s %d" % (k, counts[k]))
        if errs:
            print("%d problem(s)" % len(errs))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

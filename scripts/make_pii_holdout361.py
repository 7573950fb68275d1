#!/usr/bin/env python3
"""Generate the pii_holdout361 held-out PII evaluation set.

Writes tests/fixtures/pii_holdout361/cases.jsonl and README.md.
Usage:  python scripts/make_pii_holdout361.py [--check]
Standard library only; one RNG: random.Random(361241125).
Every turn is assembled from plain segments and labelled value segments, so
offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout361")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "cat", "d": "dog", "e": "edward", "g": "george",
        "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mary", "n": "nancy",
        "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
        "x": "xmas", "y": "yellow", "z": "zebra"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm"}
ZERO_WORDS = {"zero", "oh", "o", "nought", "nil"}


def ordinal_word(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    return TENS[n // 10] + " " + ORD[n % 10]


def pair_word(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def speak_digits(s, rng, style=None):
    """Render a digit string as a speaker would say it (ASR style, lower case)."""
    style = style or rng.choice(["single", "single", "mixed", "pairs"])
    zero = rng.choice(["oh", "oh", "zero", "nought", "o"])
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        # double / triple
        if style != "pairs" and i + 2 < len(s) + 0 and s[i:i + 3] == d * 3 and rng.random() < 0.7:
            out.append("triple " + (zero if d == "0" else UNITS[int(d)]))
            i += 3
            continue
        if i + 1 < len(s) and s[i + 1] == d and rng.random() < 0.6:
            out.append("double " + (zero if d == "0" else UNITS[int(d)]))
            i += 2
            continue
        if style in ("mixed", "pairs") and i + 1 < len(s) and d != "0" and s[i + 1] != "0" \
                and rng.random() < (0.8 if style == "pairs" else 0.35):
            out.append(pair_word(int(s[i:i + 2])))
            i += 2
            continue
        if style == "mixed" and i + 2 < len(s) and d != "0" and s[i + 2] != "0" \
                and rng.random() < 0.2:
            rest = int(s[i + 1:i + 3])
            out.append(UNITS[int(d)] + " hundred and " + pair_word(rest))
            i += 3
            continue
        out.append(zero if d == "0" else UNITS[int(d)])
        i += 1
    return " ".join(out)


def spell_letter(c, rng, mode=None):
    c = c.lower()
    mode = mode or rng.choice(["plain", "plain", "nato", "for", "asin"])
    if mode == "plain":
        return c
    if mode == "nato":
        return NATO[c]
    word = rng.choice([NATO[c], FOLK.get(c, NATO[c])])
    return c + (" for " if mode == "for" else " as in ") + word


def speak_alnum(s, rng, lmode=None):
    parts = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                parts.append(speak_digits(buf, rng))
                buf = ""
            if ch.isalpha():
                parts.append(spell_letter(ch, rng, lmode))
    if buf:
        parts.append(speak_digits(buf, rng))
    return " ".join(parts)


# ------------------------------------------------------------- normalisation
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS.values()) | ZERO_WORDS | {"double", "triple", "hundred", "thousand"}
ORDMAP = {w: i for i, w in enumerate(ORD) if w}
ORDMAP["thirtieth"] = 30


def _num_tokens(toks, i):
    """Parse a number expression at toks[i]; return (digits, next_i) or (None, i)."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t in ("double", "triple") and nxt is not None:
        d, j = _unit(nxt)
        if d is not None:
            return d * (2 if t == "double" else 3), i + 2
    if t in ORDMAP:
        return str(ORDMAP[t]), i + 1
    if t in TENS.values():
        tv = [k for k, v in TENS.items() if v == t][0]
        if nxt in UNITS[1:]:
            return str(tv) + str(UNITS.index(nxt)), i + 2
        if nxt in ORDMAP and ORDMAP[nxt] < 10:
            return str(tv) + str(ORDMAP[nxt]), i + 2
        return str(tv) + "0", i + 1
    if t in TEENS:
        return str(10 + TEENS.index(t)), i + 1
    d, j = _unit(t)
    if d is not None:
        if nxt == "hundred":
            k = i + 2
            if k < len(toks) and toks[k] == "and":
                k += 1
            if k < len(toks) and (toks[k] in TEENS or toks[k] in TENS.values() or toks[k] in UNITS[1:]):
                r, k2 = _num_tokens(toks, k)
                return d + r.zfill(2), k2
            return d + "00", i + 2
        if nxt == "thousand":
            k = i + 2
            if k < len(toks) and toks[k] == "and":
                k += 1
            if k < len(toks) and (toks[k] in TEENS or toks[k] in TENS.values() or toks[k] in UNITS[1:]):
                r, k2 = _num_tokens(toks, k)
                return d + r.zfill(3), k2
            return d + "000", i + 2
        return d, i + 1
    if t.isdigit():
        return t, i + 1
    return None, i


def _unit(t):
    if t in ZERO_WORDS:
        return "0", 1
    if t in UNITS:
        return str(UNITS.index(t)), 1
    if t.isdigit() and len(t) == 1:
        return t, 1
    return None, 0


NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["juliett"] = "j"


def normalise(text, mode):
    """mode: digits | alnum | email.  Returns normalised string."""
    low = text.lower()
    if mode == "email":
        low = low.replace("@", " @ ")
        toks = re.findall(r"[a-z0-9]+|[@._\-]", low)
    else:
        toks = re.findall(r"[a-z0-9]+", low)
    toks = [t for t in toks if t not in FILLERS]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if mode != "digits" and len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for":
            out.append(t)
            i += 3
            continue
        if mode != "digits" and len(t) == 1 and t.isalpha() and i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
            out.append(t)
            i += 4
            continue
        if mode == "email":
            if t == "at":
                out.append("@"); i += 1; continue
            if t == "dot":
                out.append("."); i += 1; continue
            if t == "underscore":
                out.append("_"); i += 1; continue
            if t in ("dash", "hyphen"):
                out.append("-"); i += 1; continue
            if t in ("@", ".", "_", "-"):
                out.append(t); i += 1; continue
        if mode == "email" and t == "o":
            out.append(t); i += 1; continue
        if t in NUMWORDS or t in ORDMAP or t.isdigit():
            d, j = _num_tokens(toks, i)
            if d is not None:
                out.append(d)
                i = j
                continue
        if mode == "alnum" and t in NATO_REV:
            out.append(NATO_REV[t]); i += 1; continue
        if mode == "digits":
            if t in ("plus", "and", "dash", "hyphen", "space"):
                i += 1
                continue
            out.append("?" + t)
            i += 1
            continue
        out.append(t)
        i += 1
    s = "".join(out)
    return s.upper() if mode == "alnum" else s


# ----------------------------------------------------------------- validators
def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise ValueError


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
PC_UK_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
PC_US_RE = re.compile(r"\d{5}(\d{4})?")
EMAIL_RE = re.compile(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+")
STREET_SUFFIX = ("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close",
                 "drive", "dr", "way", "crescent", "court", "place", "terrace", "grove",
                 "gardens", "boulevard", "blvd", "row", "hill", "park", "square", "mews")


def date_ok(digits, month_name, expiry):
    """digits: concatenated numerals in the expression; month_name: index or None."""
    def yok(y):
        if expiry:
            return (len(y) == 2 and 24 <= int(y) <= 39) or (len(y) == 4 and 2024 <= int(y) <= 2039)
        return (len(y) == 2) or (len(y) == 4 and 1920 <= int(y) <= 2010)
    if month_name is not None:
        if expiry:
            return yok(digits)
        for dl in (1, 2):
            d, y = digits[:dl], digits[dl:]
            if d and 1 <= int(d) <= 31 and yok(y):
                return True
            d, y = digits[-dl:], digits[:-dl]
            if d and y and 1 <= int(d) <= 31 and yok(y):
                return True
        return False
    if expiry:
        for ml in (1, 2):
            m, y = digits[:ml], digits[ml:]
            if m and 1 <= int(m) <= 12 and y and yok(y):
                return True
        return False
    for a in (1, 2):
        for b in (1, 2):
            x, y, z = digits[:a], digits[a:a + b], digits[a + b:]
            if not (x and y and z):
                continue
            if yok(z) and ((1 <= int(x) <= 31 and 1 <= int(y) <= 12) or
                           (1 <= int(y) <= 31 and 1 <= int(x) <= 12)):
                return True
    # year first (ISO)
    if len(digits) == 8 and yok(digits[:4]) and 1 <= int(digits[4:6]) <= 12 and 1 <= int(digits[6:]) <= 31:
        return True
    return False


def validate_group(typ, canon, text, mode):
    """Return error string or None.  text = concatenation of the group's span texts."""
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        mon = None
        for k, m in enumerate(MONTHS):
            if re.search(r"\b" + m[:3] + r"[a-z]*\b", low):
                mon = k
        low2 = re.sub(r"\b(" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b", " ", low)
        low2 = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", low2)
        toks = [t for t in re.findall(r"[a-z0-9]+", low2) if t not in ("the", "of", "and") or t == "and"]
        digs = normalise(" ".join(t for t in toks if t not in ("the", "of")), "digits")
        if "?" in digs:
            return "unparsed date token in %r -> %r" % (text, digs)
        if not date_ok(digs, mon, typ == "EXPIRY"):
            return "bad date %r -> %r" % (text, digs)
        return None
    if typ == "ADDRESS":
        low = text.lower().rstrip(".,")
        if not re.search(r"\d|\b(" + "|".join(UNITS[1:] + TEENS + list(TENS.values())) + r")\b", low):
            return "address without number"
        if low.split()[-1] not in STREET_SUFFIX:
            return "address without street suffix: %r" % text
        return None
    if typ == "EMAIL":
        n = normalise(text, "email")
        if n != canon.lower() or not EMAIL_RE.fullmatch(n):
            return "email %r -> %r (want %r)" % (text, n, canon)
        return None
    m = "alnum" if typ in ("NI_NUMBER", "IBAN", "POSTCODE") else "digits"
    n = normalise(text, m)
    c = re.sub(r"[^0-9A-Za-z]", "", canon).upper()
    if mode == "full" and n != c:
        return "%s %r -> %r (want %r)" % (typ, text, n, c)
    if mode == "fragment":
        return None if n == c else "fragment %r -> %r (want %r)" % (text, n, c)
    if mode == "prefix" and not (n and c.startswith(n)):
        return "prefix %r -> %r (want prefix of %r)" % (text, n, c)
    if mode == "suffix" and not (n and c.endswith(n)):
        return "suffix %r -> %r" % (text, n)
    if typ == "CARD_NUMBER" and not (13 <= len(c) <= 19 and luhn_ok(c)):
        return "card canon invalid"
    if typ == "CVV" and not re.fullmatch(r"\d{3,4}", c):
        return "cvv"
    if typ == "SSN":
        if not re.fullmatch(r"\d{9}", c) or c[:3] in ("000", "666") or c[0] == "9" or c[3:5] == "00" or c[5:] == "0000":
            return "ssn canon"
    if typ == "NI_NUMBER" and not NI_RE.fullmatch(c):
        return "ni canon %r" % c
    if typ == "SORT_CODE" and not re.fullmatch(r"\d{6}", c):
        return "sort"
    if typ == "BANK_ACCOUNT" and not re.fullmatch(r"\d{6,17}", c):
        return "acct"
    if typ == "IBAN" and not iban_ok(c):
        return "iban mod97"
    if typ == "PHONE" and not re.fullmatch(r"\d{10,15}", c):
        return "phone"
    if typ == "POSTCODE" and not (PC_UK_RE.fullmatch(c) or PC_US_RE.fullmatch(c)):
        return "postcode %r" % c
    return None


# ------------------------------------------------------------------ builders
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}   # gid -> [type, canon, mode, [span indexes]]

    def group(self, typ, canon, mode="full"):
        gid = len(self.groups)
        self.groups[gid] = [typ, canon, mode, []]
        return gid

    def say(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, gid = seg
                typ = self.groups[gid][0]
                st = len(text)
                text += val
                self.groups[gid][3].append(len(self.spans))
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
        self.turns.append({"speaker": speaker, "text": text})

    def c(self, *segs):
        self.say("customer", *segs)

    def a(self, *segs):
        self.say("agent", *segs)

    def val(self, typ, canon, text, mode="full"):
        """One-shot single-segment value: returns segment tuple."""
        return (text, self.group(typ, canon, mode))


R = random.Random(361241125)

FIRST = ["jane", "tom", "priya", "liam", "siobhan", "marek", "chloe", "dev", "ana", "kwame",
         "fiona", "raj", "sophie", "niamh", "pawel", "grace", "ahmed", "lucy", "ben", "ewan"]
LAST = ["doe", "smith", "patel", "murphy", "kowalski", "brennan", "nguyen", "hughes",
        "walsh", "mensah", "clarke", "khan", "reilly", "fischer", "garcia", "byrne"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "btinternet.com",
           "eircom.net", "icloud.com", "proton.me", "web.de", "live.ie", "aol.com"]
STREETS = ["Acacia Avenue", "Mill Lane", "Station Road", "Church Street", "Elm Street",
           "Victoria Terrace", "Maple Drive", "Kings Road", "Orchard Close", "Harbour View Way",
           "Oak Crescent", "Bridge Street", "Parkside Gardens", "Willow Grove", "Main Street",
           "Sunset Boulevard", "Castle Hill", "Queens Park", "Market Square", "Cedar Court"]
INDUSTRY = ["bank", "mobile network", "energy supplier", "online retailer", "car insurer",
            "airline", "hospital billing office", "council tax office", "broadband provider",
            "travel agent", "water company", "pharmacy billing", "benefits helpline"]
ACKS = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "and then", "ok go ahead"]
HOLD_OUT = ["let me just pop you on a brief hold", "bear with me i need to put you on hold for a second",
            "can i place you on hold for one moment please", "one sec the system is freezing let me hold you"]
HOLD_IN = ["thanks for holding sorry about that", "hi thanks for waiting", "sorry to keep you, i'm back",
           "right thank you for holding"]
TRANSFER = ["i'm going to transfer you to our payments team now", "let me put you through to the fraud department",
            "i'll transfer you to billing they can do that", "i'm passing you over to my colleague in the verification team"]
NEWAGENT = ["hi you're through to payments this is {n}", "hello fraud team {n} speaking", "billing, {n} here",
            "hi there it's {n}, my colleague's passed you over"]
NAMES_AG = ["sam", "mia", "olu", "kate", "declan", "hannah", "joe", "rita"]


def pick(xs):
    return R.choice(xs)


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        body = "4" + "".join(R.choice("0123456789") for _ in range(14))
    elif kind == "mc":
        body = "5" + R.choice("12345") + "".join(R.choice("0123456789") for _ in range(13))
    elif kind == "amex":
        body = R.choice(["34", "37"]) + "".join(R.choice("0123456789") for _ in range(12))
    elif kind == "disc":
        body = "6011" + "".join(R.choice("0123456789") for _ in range(11))
    elif kind == "visa13":
        body = "4" + "".join(R.choice("0123456789") for _ in range(11))
    else:
        body = "6759" + "".join(R.choice("0123456789") for _ in range(14))
    # sprinkle repeats so double/triple appear
    if R.random() < 0.5:
        p = R.randrange(2, len(body) - 2)
        body = body[:p] + body[p] * 2 + body[p + 2:]
    return luhn_complete(body)


def group_card(n):
    if len(n) == 15:
        g = [4, 6, 5]
    elif len(n) == 16:
        g = R.choice([[4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 8], [2, 2, 4, 4, 4], [8, 8]])
    elif len(n) == 13:
        g = [4, 4, 5]
    else:
        g = [4, 4, 4, 4, 3]
    out, i = [], 0
    for k in g:
        out.append(n[i:i + k])
        i += k
    return out


def typed_card(n):
    parts = group_card(n)
    sep = R.choice([" ", " ", "-", "", ".", "  "])
    return sep.join(parts)


def gen_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


def gen_ni():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def gen_pc_uk():
    area = R.choice(["SW", "M", "B", "LS", "G", "EH", "CF", "BT", "NE", "L", "S", "E", "N", "W", "RG", "BS", "CR", "HP"])
    dist = str(R.randrange(1, 20))
    inward = str(R.randrange(0, 10)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist + " " + inward


def gen_zip():
    z = "%05d" % R.randrange(1001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randrange(1, 10000)
    return z


def gen_phone():
    k = R.choice(["uk_mob", "uk_land", "us", "ie", "de", "fr", "uk_mob"])
    if k == "uk_mob":
        local = "7" + "".join(R.choice("0123456789") for _ in range(9))
        return k, "44" + local, local
    if k == "uk_land":
        local = R.choice(["20", "161", "113", "131", "29"])
        local += "".join(R.choice("0123456789") for _ in range(10 - len(local)))
        return k, "44" + local, local
    if k == "us":
        local = R.choice("2345678") + "".join(R.choice("0123456789") for _ in range(2)) + "555" + "%04d" % R.randrange(100, 200)
        return k, "1" + local, local
    if k == "ie":
        local = "8" + R.choice("35679") + "".join(R.choice("0123456789") for _ in range(7))
        return k, "353" + local, local
    if k == "de":
        local = "30" + "".join(R.choice("0123456789") for _ in range(8))
        return k, "49" + local, local
    local = R.choice("67") + "".join(R.choice("0123456789") for _ in range(8))
    return k, "33" + local, local


def typed_phone(k, full, local):
    intl = R.random() < 0.5
    if k == "us":
        if intl:
            return "1 %s %s %s" % (local[:3], local[3:6], local[6:]), full, "+"
        return "%s) %s-%s" % (local[:3], local[3:6], local[6:]), local, "("
    cc = full[:len(full) - len(local)]
    if intl:
        if k in ("uk_mob",):
            return cc + " " + local[:4] + " " + local[4:], full, "+"
        if k == "fr":
            return cc + " " + local[0] + " " + " ".join(local[i:i + 2] for i in range(1, 9, 2)), full, "+"
        return cc + " " + local[:2] + " " + local[2:5] + " " + local[5:], full, "+"
    nat = "0" + local
    if k == "uk_mob":
        return nat[:5] + " " + nat[5:], nat, ""
    return nat[:3] + " " + nat[3:6] + " " + nat[6:], nat, ""


def spoken_phone(k, full, local):
    if R.random() < 0.5:
        cc = full[:len(full) - len(local)]
        # 'plus' is outside the span (not a letter/digit)
        return speak_digits(cc, R, "single") + " " + speak_digits(local, R), full, "plus "
    nat = "0" + local if k != "us" else local
    return speak_digits(nat, R), nat, ""


def gen_iban():
    cc = R.choice(["GB", "IE", "DE", "NL", "ES", "FR", "GB", "IE"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL", "NAIA"]) + dg(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "IPBS", "ULSB"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABN", "INGB", "TRIW"]) + dg(10)
    elif cc == "ES":
        bban = dg(20)
    else:
        bban = dg(23)
    return iban_make(cc, bban)


def typed_iban(ib):
    if R.random() < 0.7:
        s = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    else:
        s = ib
    return s.lower() if R.random() < 0.2 else s


def gen_dob():
    return R.randrange(1938, 2006), R.randrange(1, 13), R.randrange(1, 29)


def typed_dob(y, m, d):
    f = R.choice(["%02d/%02d/%d", "%d/%d/%d", "%02d-%02d-%d", "%02d.%02d.%d", "iso", "name", "us", "name2"])
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if f == "name":
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if f == "name2":
        return "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), d, y)
    if f == "us":
        return "%02d/%02d/%d" % (m, d, y)
    return f % (d, m, y)


def speak_year(y):
    if y >= 2000:
        r = y - 2000
        return "two thousand" + ("" if r == 0 else " and " + pair_word(r))
    hi, lo = divmod(y, 100)
    return pair_word(hi) + " " + (("oh " + UNITS[lo]) if lo < 10 else pair_word(lo))


def spoken_dob(y, m, d):
    f = R.choice(["the_of", "month_first", "digits", "the_of"])
    if f == "the_of":
        return "the %s of %s %s" % (ordinal_word(d), MONTHS[m - 1], speak_year(y))
    if f == "month_first":
        return "%s %s %s" % (MONTHS[m - 1], ordinal_word(d), speak_year(y))
    return "%s %s %s" % (speak_digits("%02d" % d, R, "single"), speak_digits("%02d" % m, R, "single"), speak_year(y))


def gen_exp():
    return R.randrange(1, 13), R.randrange(25, 33)


def typed_exp(m, y):
    return R.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d %02d", "%02d/%02d"]) % (m, y)


def spoken_exp(m, y):
    f = R.choice(["digits", "month", "pair"])
    if f == "digits":
        return speak_digits("%02d" % m, R, "single") + " " + pair_word(y)
    if f == "month":
        return MONTHS[m - 1] + " " + R.choice(["", "twenty "]) + pair_word(y)
    return speak_digits("%02d%02d" % (m, y), R, "single")


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    local = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randrange(1, 99)), f + "_" + l, l + "." + f[0]])
    return local + "@" + pick(DOMAINS)


def spoken_email(e):
    local, dom = e.split("@")
    parts = []
    for piece in re.findall(r"[a-z]+|\d+|[._]", local):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece.isdigit():
            parts.append(pair_word(int(piece)) if piece[0] != "0" else speak_digits(piece, R))
        elif len(piece) <= 2 or R.random() < 0.25:
            parts.append(" ".join(piece))   # spelt out
        else:
            parts.append(piece)
    dparts = ["dot" if p == "." else p for p in re.findall(r"[a-z]+|\.", dom)]
    return " ".join(parts) + " at " + " ".join(dparts)


def gen_address():
    num = R.randrange(1, 240)
    st = pick(STREETS)
    flat = R.random() < 0.3
    return num, st, flat


def typed_address(num, st, flat):
    s = "%d %s" % (num, st)
    if flat:
        s = R.choice(["Flat %d, " % R.randrange(1, 20), "Apt %d%s " % (R.randrange(1, 9), R.choice("AB")), "Unit %d " % R.randrange(1, 12)]) + s
    return s if R.random() < 0.7 else s.lower()


def spoken_address(num, st, flat):
    n = pair_word(num) if num < 100 else (UNITS[num // 100] + " hundred and " + pair_word(num % 100) if num % 100 else UNITS[num // 100] + " hundred")
    s = n + " " + st.lower()
    if flat:
        s = "flat " + pair_word(R.randrange(1, 20)) + " " + s
    return s


def chunks(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return out


def greet(case):
    case.a(pick(["thanks for calling the %s, how can i help", "hello you're through to the %s, my name's %s" % ("%s", pick(NAMES_AG)),
                 "good afternoon %s customer services"]) % pick(INDUSTRY))


# ------------------------------------------------------------- positive cases
def pos_card_typed():
    cs = Case("positive", "chat: card typed with separators, expiry and cvv")
    n = gen_card()
    m, y = gen_exp()
    cvv = "%04d" % R.randrange(0, 10000) if len(n) == 15 else "%03d" % R.randrange(0, 1000)
    cs.a("Hi, thanks for contacting %s chat. To take the payment I'll need the long card number please." % pick(INDUSTRY).title())
    lab = R.choice(["card no: ", "Card number - ", "its ", "CARD ", "ok here: ", "cc# "])
    cs.c(lab, cs.val("CARD_NUMBER", n, typed_card(n)), R.choice([" exp ", " expiry ", ", valid till ", " exp date "]),
         cs.val("EXPIRY", "%02d%02d" % (m, y), typed_exp(m, y)), R.choice([" cvv ", " security code ", " sec code: ", " cvc "]),
         cs.val("CVV", cvv, cvv))
    cs.a("Thanks, processing that now.")
    return cs


def pos_card_spoken_hold():
    cs = Case("positive", "ASR: card read in chunks, agent puts caller on hold mid-reading, caller resumes")
    n = gen_card()
    g = cs.group("CARD_NUMBER", n)
    parts = chunks(n, [4, 4, 4, 4] if len(n) >= 16 else [4, 6, 5])
    greet(cs)
    cs.c("hi yeah i want to pay my bill")
    cs.a("no problem can i take the long number on the card")
    cs.c("yeah it's ", (speak_digits(parts[0], R), g))
    cs.a(pick(ACKS))
    cs.c(("um " + speak_digits(parts[1], R), g) if R.random() < 0.5 else (speak_digits(parts[1], R), g))
    cs.a("sorry " + pick(HOLD_OUT))
    cs.c("ok")
    cs.a(pick(HOLD_IN) + " you'd given me the first eight digits so carry on from there")
    rest = "".join(parts[2:])
    r1, r2 = rest[:len(rest) // 2], rest[len(rest) // 2:]
    cs.c("right so ", (speak_digits(r1, R), g), " " + pick(["and then", "then", "next is"]) + " ", (speak_digits(r2, R), g))
    if R.random() < 0.6:
        cs.a("so the last four are ", (speak_digits(n[-4:], R, "single"), cs.group("CARD_NUMBER", n, "suffix")), " is that right")
        cs.c("that's it yeah")
    return cs


def pos_card_transfer():
    cs = Case("positive", "ASR: card read to first agent, transfer, read again to second agent")
    n = gen_card()
    greet(cs)
    cs.c("i'd like to make a payment on my account")
    cs.a("sure what's the card number")
    cs.c("it's ", (speak_digits(n, R), cs.group("CARD_NUMBER", n)))
    cs.a("thank you " + pick(TRANSFER) + " because it's flagged on our side")
    cs.a(pick(NEWAGENT).format(n=pick(NAMES_AG)) + " i'm going to need that card number again sorry")
    g = cs.group("CARD_NUMBER", n)
    cut = R.choice([6, 8, 10])
    cs.c(pick(["oh for god's sake ok ", "again? fine ", "right ok "]), (speak_digits(n[:cut], R), g))
    cs.a(pick(ACKS))
    cs.c((speak_digits(n[cut:], R), g))
    return cs


def pos_card_correction():
    cs = Case("positive", "ASR: card reading restarted after a mistake, aside mid-reading")
    n = gen_card()
    greet(cs)
    cs.c("calling to renew the policy")
    cs.a("can i take the card details then please")
    k = R.choice([3, 5, 6])
    wrong = n[:k] + str((int(n[k]) + 3) % 10)
    cs.c((speak_digits(wrong, R), cs.group("CARD_NUMBER", wrong, "fragment")), " " + pick(["no sorry wait", "no no hang on that's wrong", "sorry scratch that let me start again"]))
    g = cs.group("CARD_NUMBER", n)
    m = R.choice([7, 8, 9])
    cs.c((speak_digits(n[:m], R), g), " " + pick(["hang on the numbers are all worn", "sorry the dog's barking", "can you hear me ok"]) + " ", (speak_digits(n[m:], R), g))
    cs.a("thanks i've got that")
    return cs


def pos_card_email_typed():
    cs = Case("positive", "e-mail: card and billing address typed in a message body, odd grouping")
    n = gen_card()
    num, st, flat = gen_address()
    uk = R.random() < 0.6
    pc = gen_pc_uk() if uk else gen_zip()
    town = pick(["Leeds", "Cardiff", "Belfast", "Reading"] if uk else ["Austin", "Boston", "Phoenix"])
    cs.c("Hello,\nPlease charge the outstanding balance to my card ", cs.val("CARD_NUMBER", n, typed_card(n)),
         ".\nBilling address: ", cs.val("ADDRESS", "", typed_address(num, st, flat)), ", " + town + " ",
         cs.val("POSTCODE", pc, pc if R.random() < 0.7 else pc.replace(" ", "").lower()), "\nThanks")
    cs.a("Thank you, we've received your message and will process the payment within 2 working days.")
    return cs


def pos_ssn():
    cs = Case("positive", "")
    s = gen_ssn()
    v = R.random()
    if v < 0.35:
        cs.note = "chat: SSN typed with label"
        cs.a("For verification please provide your Social Security number.")
        t = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
        cs.c(R.choice(["ssn: ", "SSN is ", "social ", "its "]), cs.val("SSN", s, t))
    elif v < 0.7:
        cs.note = "ASR: SSN read over three turns with back-channels and hold"
        greet(cs)
        cs.a("and can you confirm your social security number")
        g = cs.group("SSN", s)
        cs.c("sure it's ", (speak_digits(s[:3], R), g))
        cs.a(pick(ACKS))
        if R.random() < 0.5:
            cs.a(pick(HOLD_OUT))
            cs.a(pick(HOLD_IN) + " go ahead with the rest of the social")
        cs.c(("uh " + speak_digits(s[3:5], R), g))
        cs.a(pick(ACKS))
        cs.c((speak_digits(s[5:], R), g))
        cs.a("so that's ", (speak_digits(s, R, "single"), cs.group("SSN", s)), " correct")
        cs.c("correct")
    else:
        cs.note = "ASR: SSN given to first agent then repeated after transfer"
        greet(cs)
        cs.c("my tax refund hasn't come through")
        cs.a("i can look into that what's your social")
        cs.c((speak_digits(s, R), cs.group("SSN", s)))
        cs.a(pick(TRANSFER))
        cs.a(pick(NEWAGENT).format(n=pick(NAMES_AG)) + " can i get the last... actually the full social please")
        cs.c(pick(["i just gave it but ok ", "sure ", ""]), (speak_digits(s, R), cs.group("SSN", s)))
    return cs


def pos_ni():
    cs = Case("positive", "")
    ni = gen_ni()
    v = R.random()
    if v < 0.35:
        cs.note = "chat: NI number typed, spacing/case varied"
        cs.a("Could you confirm your National Insurance number?")
        t = R.choice([ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni.lower(), ni[:2] + " " + ni[2:8] + " " + ni[8]])
        cs.c(R.choice(["NI no: ", "ni number ", "NINO: ", "sure, "]), cs.val("NI_NUMBER", ni, t))
    elif v < 0.7:
        cs.note = "ASR: NI number with phonetic spelling, split across turns and hold"
        greet(cs)
        cs.c("it's about my pension credit")
        cs.a("can i take your national insurance number")
        g = cs.group("NI_NUMBER", ni)
        cs.c("yeah ", (spell_letter(ni[0], R) + " " + spell_letter(ni[1], R), g))
        cs.a(pick(ACKS))
        if R.random() < 0.5:
            cs.a(pick(HOLD_OUT))
            cs.c("no bother")
            cs.a(pick(HOLD_IN) + " so i had the two letters")
        cs.c((speak_digits(ni[2:8], R), g), " " + pick(["and the letter at the end is", "then", "and"]) + " ", (spell_letter(ni[8], R), g))
        cs.a("lovely")
    else:
        cs.note = "ASR: NI number repeated to second agent after transfer"
        greet(cs)
        cs.a("whats your national insurance number")
        cs.c((speak_alnum(ni, R), cs.group("NI_NUMBER", ni)))
        cs.a(pick(TRANSFER))
        cs.a(pick(NEWAGENT).format(n=pick(NAMES_AG)) + " just for security your ni number again")
        cs.c((speak_alnum(ni, R, "plain"), cs.group("NI_NUMBER", ni)))
    return cs


def pos_bank():
    cs = Case("positive", "")
    sc = "".join(R.choice("0123456789") for _ in range(6))
    acct = "".join(R.choice("0123456789") for _ in range(8))
    if R.random() < 0.4:
        cs.note = "chat: UK sort code and account number typed with labels"
        cs.a("What are the bank details for the direct debit?")
        cs.c(R.choice(["sort code ", "s/c: ", "Sort Code - "]), cs.val("SORT_CODE", sc, R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])),
             R.choice([" acct no: ", ", account ", " a/c "]), cs.val("BANK_ACCOUNT", acct, acct))
    else:
        cs.note = "ASR: sort code and account read across hold, agent read-back"
        greet(cs)
        cs.c("i want to change the direct debit to my new bank")
        cs.a("ok sort code first")
        cs.c((pair_word(int(sc[:2])) if sc[0] != "0" else speak_digits(sc[:2], R), cs.group("SORT_CODE", sc, "prefix")), " ", pick(["erm", "hang on"]))
        cs.a(pick(HOLD_OUT))
        cs.a(pick(HOLD_IN) + " could you give me the whole sort code again")
        cs.c((speak_digits(sc, R), cs.group("SORT_CODE", sc)))
        cs.a("and the account number")
        g = cs.group("BANK_ACCOUNT", acct)
        cs.c((speak_digits(acct[:4], R), g))
        cs.a(pick(ACKS))
        cs.c((speak_digits(acct[4:], R), g))
        cs.a("reading that back account ", (speak_digits(acct, R, "single"), cs.group("BANK_ACCOUNT", acct)))
    return cs


def pos_us_account():
    cs = Case("positive", "ASR/chat: US checking account number (routing number is not labelled)")
    acct = "".join(R.choice("0123456789") for _ in range(R.choice([10, 11, 12])))
    routing = "0" + "".join(R.choice("0123456789") for _ in range(8))
    if R.random() < 0.5:
        cs.a("Please send the checking account number for the refund.")
        cs.c("Account #", cs.val("BANK_ACCOUNT", acct, acct), " routing " + routing)
    else:
        greet(cs)
        cs.a("what account should the refund go to")
        cs.c("checking account ", (speak_digits(acct, R), cs.group("BANK_ACCOUNT", acct)))
        cs.a(pick(TRANSFER))
        cs.a(pick(NEWAGENT).format(n=pick(NAMES_AG)) + " can you repeat the account number")
        cs.c((speak_digits(acct, R), cs.group("BANK_ACCOUNT", acct)))
    return cs


def pos_iban():
    cs = Case("positive", "")
    ib = gen_iban()
    if R.random() < 0.45:
        cs.note = "chat/e-mail: IBAN typed"
        cs.c(R.choice(["Please refund to IBAN ", "iban: ", "My IBAN is ", "IBAN-"]), cs.val("IBAN", ib, typed_iban(ib)), R.choice([" thanks", ".", ""]))
        cs.a("Thanks, the refund will be issued within 5 days.")
    else:
        cs.note = "ASR: IBAN spelled out, caller resumes after hold"
        greet(cs)
        cs.a("what's the iban for the refund")
        g = cs.group("IBAN", ib)
        cut = R.choice([8, 10, 12])
        cs.c((speak_alnum(ib[:cut], R), g))
        cs.a(pick(HOLD_OUT))
        cs.c("sure")
        cs.a(pick(HOLD_IN) + " you were partway through the iban")
        cs.c("yeah so after that it's ", (speak_alnum(ib[cut:], R), g))
    return cs


def pos_phone():
    cs = Case("positive", "")
    k, full, local = gen_phone()
    if R.random() < 0.45:
        cs.note = "chat: phone typed, national or international"
        t, canon, pre = typed_phone(k, full, local)
        cs.a("What's the best contact number?")
        cs.c(R.choice(["mob ", "tel: ", "call me on ", "Phone: "]) + pre, cs.val("PHONE", canon, t))
    else:
        cs.note = "ASR: phone read out with doubles, read back after transfer"
        greet(cs)
        cs.a("can i get a contact number")
        t, canon, pre = spoken_phone(k, full, local)
        cs.c("yeah it's " + pre, (t, cs.group("PHONE", canon)))
        if R.random() < 0.5:
            cs.a(pick(TRANSFER))
            cs.a(pick(NEWAGENT).format(n=pick(NAMES_AG)) + " i've got your number as " + pre, (speak_digits(canon, R), cs.group("PHONE", canon)))
            cs.c("yes")
        else:
            cs.a("so that's " + pre, (speak_digits(canon, R, "single"), cs.group("PHONE", canon)))
    return cs


def pos_email():
    cs = Case("positive", "")
    e = gen_email()
    if R.random() < 0.4:
        cs.note = "chat: e-mail typed, mixed case"
        cs.a("Which e-mail should we send the confirmation to?")
        t = e if R.random() < 0.6 else e.capitalize()
        cs.c(R.choice(["email: ", "its ", "send to ", ""]), cs.val("EMAIL", e, t), R.choice([" pls", "", " thanks"]))
    else:
        cs.note = "ASR: e-mail spoken with dot/at, repeated to second agent"
        greet(cs)
        cs.a("whats the email address on the account")
        cs.c("it's ", (spoken_email(e), cs.group("EMAIL", e)))
        if R.random() < 0.5:
            cs.a(pick(TRANSFER))
            cs.a(pick(NEWAGENT).format(n=pick(NAMES_AG)) + " what email shall i use")
            cs.c((spoken_email(e), cs.group("EMAIL", e)))
        else:
            cs.a("ok ", (spoken_email(e), cs.group("EMAIL", e)), " got it")
    return cs


def pos_dob():
    cs = Case("positive", "")
    y, m, d = gen_dob()
    if R.random() < 0.4:
        cs.note = "chat: date of birth typed"
        cs.a("Please confirm your date of birth.")
        cs.c(R.choice(["dob ", "DOB: ", "born ", "its "]), cs.val("DOB", "", typed_dob(y, m, d)))
    else:
        cs.note = "ASR: date of birth, repeated after hold/transfer"
        greet(cs)
        cs.a("can i take your date of birth")
        cs.c((spoken_dob(y, m, d), cs.group("DOB", "")))
        cs.a(pick(HOLD_OUT + TRANSFER))
        cs.a(pick(HOLD_IN + [x.format(n=pick(NAMES_AG)) for x in NEWAGENT]) + " and just your date of birth again")
        cs.c(pick(["it's ", "", "um "]), (spoken_dob(y, m, d), cs.group("DOB", "")))
    return cs


def pos_address():
    cs = Case("positive", "")
    num, st, flat = gen_address()
    uk = R.random() < 0.6
    pc = gen_pc_uk() if uk else gen_zip()
    town = pick(["manchester", "cork", "glasgow", "bristol"] if uk else ["denver", "portland", "tampa"])
    if R.random() < 0.4:
        cs.note = "chat: address typed, town excluded, postcode separate"
        cs.a("What's the delivery address?")
        cs.c(cs.val("ADDRESS", "", typed_address(num, st, flat)), ", " + town.title() + ", ", cs.val("POSTCODE", pc, pc))
    else:
        cs.note = "ASR: address and postcode spoken, postcode resumed after hold"
        greet(cs)
        cs.a("can you confirm the first line of the address")
        cs.c((spoken_address(num, st, flat), cs.group("ADDRESS", "")), " in " + town)
        cs.a("and the " + ("postcode" if uk else "zip code"))
        if uk:
            g = cs.group("POSTCODE", pc)
            out, inw = pc.split(" ")
            cs.c((speak_alnum(out, R), g))
            cs.a(pick(HOLD_OUT))
            cs.a(pick(HOLD_IN) + " i had the first half of the postcode")
            cs.c((speak_alnum(inw, R), g))
        else:
            cs.c((speak_digits(pc.replace("-", ""), R), cs.group("POSTCODE", pc)))
    return cs


def pos_idv():
    cs = Case("positive", "ASR: identity check with DOB, postcode and phone, caller repeats to second agent")
    y, m, d = gen_dob()
    pc = gen_pc_uk()
    k, full, local = gen_phone()
    greet(cs)
    cs.a("for security can i have your date of birth")
    cs.c((spoken_dob(y, m, d), cs.group("DOB", "")))
    cs.a("and your postcode")
    cs.c((speak_alnum(pc.replace(" ", ""), R), cs.group("POSTCODE", pc)))
    cs.a(pick(TRANSFER))
    cs.a(pick(NEWAGENT).format(n=pick(NAMES_AG)) + " can you just confirm the phone number on the account")
    t, canon, pre = spoken_phone(k, full, local)
    cs.c(pre, (t, cs.group("PHONE", canon)))
    cs.a("and postcode")
    cs.c((speak_alnum(pc.replace(" ", ""), R), cs.group("POSTCODE", pc)))
    return cs


def pos_card_exp_cvv_spoken():
    cs = Case("positive", "ASR: card, expiry and security code across turns, card resumed after hold")
    n = gen_card()
    m, y = gen_exp()
    cvv = "%03d" % R.randrange(0, 1000) if len(n) != 15 else "%04d" % R.randrange(0, 10000)
    greet(cs)
    cs.a("long number on the front please")
    g = cs.group("CARD_NUMBER", n)
    cut = R.choice([4, 8, 12])
    cs.c((speak_digits(n[:cut], R), g))
    cs.a(pick(HOLD_OUT))
    cs.a(pick(HOLD_IN) + " " + pick(["please continue", "go on with the card", "where were we"]))
    cs.c(pick(["so ", "um i think i'd said ", ""]), (speak_digits(n[cut:], R), g))
    cs.a("expiry date")
    cs.c((spoken_exp(m, y), cs.group("EXPIRY", "")))
    cs.a("and the three digits on the back")
    cs.c((speak_digits(cvv, R, "single"), cs.group("CVV", cvv)))
    if R.random() < 0.5:
        cs.a("thanks so that's the card ending ", (speak_digits(n[-4:], R, "single"), cs.group("CARD_NUMBER", n, "suffix")))
    return cs


POS = [(pos_card_typed, 14), (pos_card_spoken_hold, 16), (pos_card_transfer, 12), (pos_card_correction, 9),
       (pos_card_email_typed, 8), (pos_card_exp_cvv_spoken, 12), (pos_ssn, 22), (pos_ni, 22), (pos_bank, 14),
       (pos_us_account, 6), (pos_iban, 14), (pos_phone, 14), (pos_email, 14), (pos_dob, 14), (pos_address, 14),
       (pos_idv, 8)]


# ------------------------------------------------------------- negative cases
def dstr(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def neg_cases():
    out = []

    def n1():
        cs = Case("negative", "order number read digit by digit across a hold (16 digits, Luhn-valid)")
        o = luhn_complete("4" + dstr(14))
        greet(cs)
        cs.c("i'm chasing an order")
        cs.a("whats the order number")
        cs.c("order number ", speak_digits(o[:8], R))
        cs.a(pick(HOLD_OUT))
        cs.a(pick(HOLD_IN) + " carry on with the order number")
        cs.c(speak_digits(o[8:], R))
        return cs

    def n2():
        cs = Case("negative", "card last four only")
        cs.a("Which card would you like to use?")
        cs.c(pick(["the one ending ", "card ending in ", "my visa ending ", "the debit card last four "]) + (dstr(4) if R.random() < 0.5 else speak_digits(dstr(4), R)))
        cs.a("Thanks, the card ending in those digits is now the default.")
        return cs

    def n3():
        cs = Case("negative", "amounts and balances")
        amt = R.randrange(100, 9999)
        cs.a("your balance is %s pounds and %s pence, so %s pounds %s to clear it" % ("{:,}".format(amt), pair_word(R.randrange(1, 99)), speak_digits(str(amt), R, "pairs"), pair_word(R.randrange(1, 99))))
        cs.c("and the last payment was $%d.%02d on the %s" % (R.randrange(10, 5000), R.randrange(0, 100), ordinal_word(R.randrange(1, 29))))
        return cs

    def n4():
        cs = Case("negative", "tracking number and ticket reference with labels")
        cs.c("Tracking no: %s%s%s, ticket ref %s" % (pick(["1Z", "JD", "RM"]), dstr(16), pick(["GB", ""]), dstr(10)))
        cs.a("Thanks, ticket %s is now linked to that shipment." % dstr(7))
        return cs

    def n5():
        cs = Case("negative", "meter reading spoken like a card number")
        greet(cs)
        cs.a("can i take the meter reading")
        cs.c("meter reading is " + speak_digits(dstr(5), R) + " and the serial on the meter is " + speak_digits(dstr(10), R))
        cs.a(pick(ACKS))
        return cs

    def n6():
        cs = Case("negative", "flight, seat, gate, times")
        cs.a("your flight %s%d departs at %d:%02d from gate %s%d, seat %d%s" % (pick(["EI", "BA", "FR", "LH", "UA"]), R.randrange(100, 9999), R.randrange(5, 23), R.choice([0, 15, 30, 45]), pick("ABC"), R.randrange(1, 40), R.randrange(1, 40), pick("ABCDEF")))
        cs.c("and boarding closes " + pick(["forty", "thirty", "twenty"]) + " minutes before right")
        return cs

    def n7():
        cs = Case("negative", "policy/claim numbers spoken, repeated to second agent after transfer")
        p = dstr(9)
        greet(cs)
        cs.a("what's the claim number")
        cs.c("claim number " + speak_digits(p, R))
        cs.a(pick(TRANSFER))
        cs.a(pick(NEWAGENT).format(n=pick(NAMES_AG)) + " can i have the claim reference")
        cs.c("claim reference " + speak_digits(p, R))
        return cs

    def n8():
        cs = Case("negative", "appointment date, opening hours, durations")
        cs.a("we can do %s the %s of %s at %s thirty, we're open %s till %s" % (pick(["monday", "tuesday", "friday"]), ordinal_word(R.randrange(1, 29)), pick(MONTHS), pick(UNITS[1:]), pick(["eight", "nine"]), pick(["six", "five thirty"])))
        cs.c("how long will it take, an hour?")
        cs.a("about %s minutes, and your contract ends %02d/%02d/%d" % (pair_word(R.randrange(20, 90)), R.randrange(1, 29), R.randrange(1, 13), R.randrange(2025, 2029)))
        return cs

    def n9():
        cs = Case("negative", "invoice/serial/model numbers typed")
        cs.c("Invoice INV-%s, serial SN%s, model %s-%d" % (dstr(8), dstr(12), pick(["XR", "KD", "WM"]), R.randrange(100, 9999)))
        cs.a("Thanks, invoice located.")
        return cs

    def n10():
        cs = Case("negative", "ages, temperatures, percentages, years, counts")
        cs.c("my mum's %s, the heating's stuck at %d degrees, and you put the price up %d percent in %d" % (pair_word(R.randrange(60, 99)), R.randrange(12, 30), R.randrange(3, 20), R.randrange(2015, 2026)))
        cs.a("I'm sorry about that, we've had %d calls about it today" % R.randrange(20, 500))
        return cs

    def n11():
        cs = Case("negative", "reference number read in chunks with back-channels")
        r = dstr(12)
        greet(cs)
        cs.a("do you have a reference number")
        cs.c("reference is " + speak_digits(r[:4], R))
        cs.a(pick(ACKS))
        cs.c(speak_digits(r[4:8], R))
        cs.a(pick(ACKS))
        cs.c(speak_digits(r[8:], R))
        cs.a("thanks that reference brings up your booking")
        return cs

    def n12():
        cs = Case("negative", "road names and town only, no house number")
        cs.c("the roadworks on %s near %s are blocking the %s" % (pick(STREETS).lower(), pick(["the station", "tesco", "the school"]), pick(["A40", "M6 junction 7", "N11", "I-95"])))
        cs.a("thanks we'll log the fault on that road")
        return cs

    def n13():
        cs = Case("negative", "customer number and account reference (labelled, not bank account)")
        cs.a("Can I have your customer number?")
        cs.c("customer no " + dstr(8) + ", energy account ref " + dstr(10))
        cs.a("Thanks, and your meter serial ends " + dstr(4))
        return cs

    def n14():
        cs = Case("negative", "amount spoken like hundreds reading, room number, duration on hold")
        cs.a("sorry you've been on hold %s minutes, the refund is %s hundred and %s euro" % (pair_word(R.randrange(2, 40)), pick(UNITS[1:]), pair_word(R.randrange(11, 99))))
        cs.c("fine and my hotel room was %s" % speak_digits(str(R.randrange(100, 999)), R))
        return cs

    def n15():
        cs = Case("negative", "payment date and due dates")
        cs.a("your next payment of £%d.%02d is due %d %s %d" % (R.randrange(10, 500), R.randrange(0, 100), R.randrange(1, 29), pick(MONTHS).title(), R.randrange(2025, 2028)))
        cs.c("can you move it to the %s" % ordinal_word(R.randrange(1, 29)))
        return cs

    def n16():
        cs = Case("negative", "booking reference with NATO spelling (not PII)")
        ref = "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(6))
        greet(cs)
        cs.a("what's the booking reference")
        cs.c("booking reference " + speak_alnum(ref, R))
        cs.a("thanks")
        return cs

    tmpl = [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15, n16]
    for k in range(112):
        out.append(tmpl[k % len(tmpl)]())
    return out


# ------------------------------------------------------------------ assembly
def build():
    global R
    R = random.Random(361241125)
    cases = []
    for fn, k in POS:
        for _ in range(k):
            cases.append(fn())
    R.shuffle(cases)
    negs = neg_cases()
    for i, cs in enumerate(cases):
        cs.id = "h361-pos-%03d" % (i + 1)
    for i, cs in enumerate(negs):
        cs.id = "h361-neg-%03d" % (i + 1)
    return cases + negs


def dump(cases):
    lines = []
    for cs in cases:
        spans = sorted(cs.spans, key=lambda s: (s["turn"], s["start"]))
        lines.append(json.dumps({"id": cs.id, "kind": cs.kind, "turns": cs.turns, "spans": spans, "note": cs.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    c = {t: 0 for t in TYPES}
    for cs in cases:
        for s in cs.spans:
            c[s["type"]] += 1
    return c


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x.kind == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout361 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds, word lists or
> models while looking at these cases or their scores. It exists only to measure the
> redaction engine on data it was not developed against; once used for tuning it is
> worthless as a held-out set.

## Provenance

Written by an AI helper acting as an independent test author. The author did not see
the redaction engine's code, its tests, docs or other fixtures, and worked only from a
written brief. All cases are synthetic: generated by `scripts/make_pii_holdout361.py`
(Python standard library, one `random.Random(361241125)`), which builds every turn from
plain-text segments and labelled value segments so that offsets are computed.
Regenerate/verify with `python scripts/make_pii_holdout361.py --check`.

The emphasis of this set is values given across a **hold** or a **transfer**: the caller
resumes a reading after the agent comes back, or repeats it to a second agent.
Also: typed chat/e-mail with separators and labels, ASR transcripts (lower case, numbers
as words, oh/nought/zero, double/triple, pairs, hundreds, NATO and "x for word"
spelling, spoken e-mails), back-channels, read-backs, fillers, restarted readings and
asides in the middle of a reading. Industries: banking, telecom, utilities, retail,
insurance, travel, healthcare billing, government; UK, US, Ireland and EU values.

## Format

`cases.jsonl`, one case per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` is `customer` or `agent`, `text`), `spans` (`turn`, `start`, `end` — Python
character offsets, end exclusive — and `type`), `note`.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last; lead-in
  words ("it's", "my number is") are outside. Consequently a leading `+` or `(` of a
  phone number, and the spoken word "plus", are outside the span; the country code
  digits are inside.
- A value split across turns gets one span per turn, each with the value's type. An
  aside in the middle of a reading splits the span around the aside. Agent read-backs
  are labelled too.
- Filler words inside a reading ("um", "uh") are inside the span.
- A restarted reading: the abandoned fragment is labelled (same type) as well as the
  full reading.
- ADDRESS covers flat/house number and street (e.g. "Flat 3, 27 Mill Lane"), not the
  town; the postcode/ZIP is a separate POSTCODE span.
- DOB and EXPIRY cover the whole date expression ("the third of may nineteen eighty").
- A card's last four on their own are not PII, unless the full card number was read
  in the same case (then a read-back of the last four is labelled CARD_NUMBER).
- US bank routing numbers are not labelled (no type for them).
- Negatives contain no PII: amounts, balances, times, hours, durations, counts, ages,
  temperatures, percentages, years, appointment/payment/contract dates, order/ticket/
  invoice/claim/reference/tracking/serial/model/customer numbers with their labels,
  meter readings, flight/room/gate/seat numbers, road names, card last-four mentions.
  Several are deliberately card-like (16-digit Luhn-valid order numbers read over a hold).

## Counts

%d positive cases, %d negative cases.

| type | spans |
|---|---|
%s
| **total** | %d |
""" % (npos, nneg, rows, sum(c.values()))


def check(cases, text):
    errs = []
    ids = [c.id for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for cs in cases:
        if cs.kind == "negative" and cs.spans:
            errs.append(cs.id + " negative has spans")
        if cs.kind == "positive" and not cs.spans:
            errs.append(cs.id + " positive without spans")
        for t in cs.turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cs.id + " speaker")
        by_turn = {}
        for s in cs.spans:
            if s["type"] not in TYPES:
                errs.append(cs.id + " type")
            tx = cs.turns[s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                errs.append(cs.id + " range")
                continue
            if not (tx[st].isalnum() and tx[en - 1].isalnum()):
                errs.append("%s span edge not alnum %r" % (cs.id, tx[st:en]))
            if (st > 0 and tx[st - 1].isalnum()) or (en < len(tx) and tx[en].isalnum()):
                errs.append("%s span not on word boundary %r" % (cs.id, tx[st:en]))
            by_turn.setdefault(s["turn"], []).append((st, en))
        for v in by_turn.values():
            v.sort()
            for a, b in zip(v, v[1:]):
                if b[0] < a[1]:
                    errs.append(cs.id + " overlap")
        for gid, (typ, canon, mode, idx) in cs.groups.items():
            txt = " ".join(cs.turns[cs.spans[i]["turn"]]["text"][cs.spans[i]["start"]:cs.spans[i]["end"]] for i in idx)
            e = validate_group(typ, canon, txt, mode)
            if e:
                errs.append(cs.id + " " + e)
    # negatives: no e-mail-like or Luhn-labelled PII by accident is guaranteed by construction
    return errs


def main():
    cases = build()
    text = dump(cases)
    rd = readme(cases)
    c = counts(cases)
    npos = sum(1 for x in cases if x.kind == "positive")
    nneg = len(cases) - npos
    if "--check" in sys.argv:
        errs = check(cases, text)
        for path, want in ((CASES, text), (README, rd)):
            with open(path, encoding="utf-8") as f:
                if f.read() != want:
                    errs.append(path + " is not byte-identical to a fresh generation")
        req = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if c[t] < req.get(t, 10):
                errs.append("too few %s: %d" % (t, c[t]))
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for e in errs:
            print("ERROR", e)
        print("positives %d negatives %d spans %s" % (npos, nneg, c))
        if errs:
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(rd)
    print("wrote %d positive, %d negative; spans %s" % (npos, nneg, c))


if __name__ == "__main__":
    main()

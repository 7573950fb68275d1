#!/usr/bin/env python3
"""Generate the pii_holdout415 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout415.py          # write cases.jsonl
    python scripts/make_pii_holdout415.py --check  # regenerate and verify

Every turn is assembled from plain-text segments and labelled value segments,
so span offsets are computed, never typed by hand.  Standard library only.
"""
import datetime
import json
import os
import re
import sys
import random

SEED = 415241125
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout415", "cases.jsonl")

R = random.Random(SEED)

# --------------------------------------------------------------------------
# spoken-form vocabulary
# --------------------------------------------------------------------------
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZERO_W = ["oh", "oh", "o", "zero", "nought"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
UNITS = {w: i for i, w in enumerate(UNIT_W)}
UNITS.update({"oh": 0, "o": 0, "nought": 0, "naught": 0})
TEENS = {w: 10 + i for i, w in enumerate(TEEN_W)}
TENS = {w: k for k, w in TENS_W.items()}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
       "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
       "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["x-ray"] = "x"
FOR_WORDS = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
             "g": "george", "h": "harry", "j": "jack", "k": "king", "l": "london",
             "m": "mary", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
             "t": "tommy", "w": "william", "x": "xray", "y": "yellow", "z": "zebra"}
FILLERS = {"um", "uh", "erm", "er", "umm", "uhh", "ah", "hmm"}
SKIP = {"and", "dash", "hyphen", "space", "slash", "then", "plus", "the", "of"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# --------------------------------------------------------------------------
# normaliser (used by --check; spoken forms -> characters)
# --------------------------------------------------------------------------


def norm(text, mode="alnum"):
    """Normalise a written or spoken value to its characters.

    mode 'digits': only digits kept; 'alnum': letters+digits (upper);
    'email': e-mail reconstruction."""
    toks = re.findall(r"[A-Za-z0-9]+(?:-ray)?|[@._+-]", text)
    out = []
    i, n = 0, len(toks)
    mult = 1

    def emit(s):
        nonlocal mult
        out.append(s * mult)
        mult = 1

    while i < n:
        raw = toks[i]
        t = raw.lower()
        nxt = toks[i + 1].lower() if i + 1 < n else ""
        if mode == "email":
            if t == "dot":
                emit(".")
            elif t == "at":
                emit("@")
            elif t == "underscore":
                emit("_")
            elif t in ("dash", "hyphen"):
                emit("-")
            elif t in FILLERS or t in ("all", "lowercase", "one-word"):
                pass
            elif t in TENS and nxt in UNITS and UNITS[nxt] > 0:
                emit(str(TENS[t]) + str(UNITS[nxt]))
                i += 1
            elif t in TENS:
                emit(str(TENS[t]) + "0")
            elif t in TEENS:
                emit(str(TEENS[t]))
            elif t in UNITS and t != "o":
                emit(str(UNITS[t]))
            elif t in ("double", "triple"):
                mult = 2 if t == "double" else 3
            else:
                emit(t)
            i += 1
            continue
        if t in FILLERS or t in SKIP:
            i += 1
            continue
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t in UNITS and UNITS[t] > 0 and nxt == "hundred":
            h = UNITS[t]
            i += 2
            s = "%d00" % h
            if i < n and toks[i].lower() == "and" and i + 1 < n:
                t2 = toks[i + 1].lower()
                t3 = toks[i + 2].lower() if i + 2 < n else ""
                if t2 in TEENS:
                    s = "%d%d" % (h, TEENS[t2]); i += 2
                elif t2 in TENS and t3 in UNITS and UNITS[t3] > 0:
                    s = "%d%d%d" % (h, TENS[t2], UNITS[t3]); i += 3
                elif t2 in TENS:
                    s = "%d%d0" % (h, TENS[t2]); i += 2
                elif t2 in UNITS and UNITS[t2] > 0:
                    s = "%d0%d" % (h, UNITS[t2]); i += 2
            emit(s)
            continue
        if t in TENS:
            if nxt in ORD and ORD[nxt] < 10:
                emit("%d%d" % (TENS[t], ORD[nxt])); i += 2
            elif nxt in UNITS and UNITS[nxt] > 0:
                emit("%d%d" % (TENS[t], UNITS[nxt])); i += 2
            else:
                emit("%d0" % TENS[t]); i += 1
            continue
        if t in TEENS:
            emit(str(TEENS[t])); i += 1; continue
        if t in ORD:
            emit(str(ORD[t])); i += 1; continue
        if t in UNITS:
            emit(str(UNITS[t])); i += 1; continue
        if len(t) == 1 and t.isalpha():
            if nxt == "for" and i + 2 < n:
                emit(t.upper()); i += 3; continue
            if nxt == "as" and i + 3 < n and toks[i + 2].lower() == "in":
                emit(t.upper()); i += 4; continue
            emit(t.upper()); i += 1; continue
        if t in NATO_REV:
            emit(NATO_REV[t].upper()); i += 1; continue
        if re.fullmatch(r"[a-z0-9]+", t) and (any(c.isdigit() for c in t) or raw.isupper()
                                             or mode == "alnum_loose"):
            emit(raw.upper()); i += 1; continue
        if t.isdigit():
            emit(t); i += 1; continue
        i += 1  # ignore other words/punctuation
    s = "".join(out)
    if mode == "digits":
        return re.sub(r"\D", "", s)
    return s


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------


def luhn_ok(d):
    tot = 0
    for k, ch in enumerate(reversed(d)):
        x = int(ch)
        if k % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
               "visa13": ("4", 13), "maestro19": ("6759", 19)}[kind]
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def make_iban():
    cc = R.choice(["GB", "IE", "DE", "NL", "ES", "FR"])
    dg = lambda k: "".join(R.choice("0123456789") for _ in range(k))
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL", "CPBK"]) + dg(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BKIE", "ULSB", "IPBS"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABN", "INGB", "TRIN"]) + dg(10)
    elif cc == "ES":
        bban = dg(20)
    else:
        bban = dg(23)
    return cc + iban_check(cc, bban) + bban


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def make_phone():
    k = R.choice(["ukmob", "ukmob", "uk_intl", "uk_land", "us", "us_intl", "ie", "ie_intl",
                  "de_intl", "fr_intl"])
    d = lambda m: "".join(R.choice("0123456789") for _ in range(m))
    if k == "ukmob":
        return "07" + R.choice("3456789") + d(8), k, ""
    if k == "uk_intl":
        return "447" + R.choice("3456789") + d(8), k, "+"
    if k == "uk_land":
        return R.choice(["020", "0161", "0113", "0121", "0131"]) + d(7 if R.random() < .5 else 7), k, ""
    if k == "us":
        return R.choice("2345689") + d(2) + R.choice("2345689") + d(6), k, ""
    if k == "us_intl":
        return "1" + R.choice("2345689") + d(2) + R.choice("2345689") + d(6), k, "+"
    if k == "ie":
        return "08" + R.choice("35679") + d(7), k, ""
    if k == "ie_intl":
        return "3538" + R.choice("35679") + d(7), k, "+"
    if k == "de_intl":
        return "49" + R.choice(["30", "89", "151", "176"]) + d(7), k, "+"
    return "336" + d(8), k, "+"


FIRST = ["sarah", "james", "aoife", "mohammed", "priya", "tom", "grace", "liam", "chloe",
         "daniel", "niamh", "kwame", "emily", "raj", "hannah", "sean", "megan", "carlos",
         "fatima", "gareth", "wei", "lucy", "patrick", "zara", "ben"]
LAST = ["patel", "murphy", "smith", "okafor", "jones", "kelly", "nguyen", "williams",
        "brennan", "garcia", "hughes", "khan", "taylor", "walsh", "fischer", "dubois",
        "evans", "reilly", "campbell", "ahmed"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "protonmail.com", "sky.com",
           "web.de", "live.ie"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 5)
    if style == 0:
        u = f + "." + l
    elif style == 1:
        u = f[0] + l
    elif style == 2:
        u = f + l + str(R.randint(1, 99))
    elif style == 3:
        u = f + "_" + l
    elif style == 4:
        u = l + "." + f[0] + str(R.randint(70, 99))
    else:
        u = f + "-" + l
    return u + "@" + R.choice(DOMAINS)


EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")

STREETS = ["Harcourt", "Elm", "Kingsley", "Victoria", "Maple", "Station", "Church",
           "Willow", "Park", "Greenfield", "Oakwood", "Castle", "Meadow", "Brook",
           "Highfield", "Grafton", "Jefferson", "Sycamore", "Lincoln", "Clarendon"]
SUFFIX = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Grove", "Crescent",
          "Way", "Terrace", "Place", "Court", "Gardens", "Boulevard"]
SUFFIX_ABBR = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Lane": "Ln",
               "Drive": "Dr", "Crescent": "Cres", "Terrace": "Terr", "Place": "Pl",
               "Court": "Ct", "Boulevard": "Blvd"}
SUFFIX_OK = {s.lower() for s in SUFFIX} | {s.lower() for s in SUFFIX_ABBR.values()}
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Norwich", "Reading"]
TOWNS_US = ["Austin", "Columbus", "Denver", "Portland", "Raleigh", "Tucson"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin 6", "Kilkenny"]

UK_PC_LET = "ABCDEFGHJKLMNPRSTUWXYZ"


def make_uk_postcode():
    area = R.choice(["SW", "M", "B", "LS", "EH", "G", "CF", "NR", "RG", "BS", "N", "E", "SE",
                     "W", "NW", "L", "S", "BT"])
    dist = str(R.randint(1, 20))
    if area in ("SW", "W", "E", "N") and R.random() < .3:
        dist = str(R.randint(1, 9)) + R.choice("ABCDEHKMNPRTVWXY")
    inward = str(R.randint(1, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist + " " + inward


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < .3:
        z += "-%04d" % R.randint(1, 9999)
    return z


# --------------------------------------------------------------------------
# spoken renderers
# --------------------------------------------------------------------------


def zero_word():
    return R.choice(ZERO_W)


def say_digit(c):
    return zero_word() if c == "0" else UNIT_W[int(c)]


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + say_digit(p[1])
    if a == 1:
        return TEEN_W[b]
    if b == 0:
        return TENS_W[a]
    return TENS_W[a] + " " + UNIT_W[b]


def say_triple(t):
    a = int(t[0])
    if a == 0:
        return " ".join(say_digit(c) for c in t)
    if t[1:] == "00":
        return UNIT_W[a] + " hundred"
    if t[1] == "0":
        return UNIT_W[a] + " hundred and " + UNIT_W[int(t[2])]
    return UNIT_W[a] + " hundred and " + say_pair(t[1:])


def say_chunk(ch, style):
    """Render one chunk of digits in a spoken style."""
    if style == "pairs" and len(ch) % 2 == 0:
        return " ".join(say_pair(ch[k:k + 2]) for k in range(0, len(ch), 2))
    if style == "hundred" and len(ch) == 3:
        return say_triple(ch)
    # digit by digit with double/triple
    words = []
    k = 0
    while k < len(ch):
        c = ch[k]
        run = 1
        while k + run < len(ch) and ch[k + run] == c and run < 3:
            run += 1
        if run == 3 and R.random() < .6:
            words.append("triple " + say_digit(c)); k += 3; continue
        if run >= 2 and R.random() < .6:
            words.append("double " + say_digit(c)); k += 2; continue
        words.append(say_digit(c)); k += 1
    return " ".join(words)


def say_digits_chunks(digs, sizes=None, styles=("digits", "digits", "pairs", "hundred")):
    """Return list of spoken chunk strings that round-trip to digs."""
    if sizes is None:
        sizes = []
        left = len(digs)
        while left > 0:
            s = min(left, R.choice([2, 3, 4, 4]))
            sizes.append(s)
            left -= s
    chunks, p = [], 0
    for s in sizes:
        chunks.append(digs[p:p + s]); p += s
    out = []
    for ch in chunks:
        st = R.choice(styles)
        out.append(say_chunk(ch, st))
    # round-trip safety: joined text must normalise back
    for _ in range(3):
        if norm(" ".join(out), "digits") == digs and all(
                norm(o, "digits") == c for o, c in zip(out, chunks)):
            return out, chunks
        out = [say_chunk(ch, "digits") for ch in chunks]
    raise AssertionError("cannot render %s" % digs)


def with_fillers(chunks, p=.25):
    res = []
    for k, c in enumerate(chunks):
        if k and R.random() < p:
            res.append(R.choice(["um", "uh", "erm", "uh"]) + " " + c)
        else:
            res.append(c)
    return res


def say_letter(c, nato_p=.4, for_p=.2):
    c = c.lower()
    r = R.random()
    if r < nato_p:
        return NATO[c]
    if r < nato_p + for_p and c in FOR_WORDS:
        return c + " for " + FOR_WORDS[c]
    return c


def say_alnum(s):
    """Spoken form of letters+digits, digits in short runs."""
    parts = []
    k = 0
    while k < len(s):
        if s[k].isalpha():
            parts.append(say_letter(s[k])); k += 1
        else:
            j = k
            while j < len(s) and s[j].isdigit():
                j += 1
            ch, _ = say_digits_chunks(s[k:j], styles=("digits", "digits", "pairs"))
            parts.extend(ch)
            k = j
    return parts


def say_email(e):
    user, dom = e.split("@")
    def part(x):
        x = x.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
        x = re.sub(r"\d+", lambda m: " " + " ".join(say_digit(c) if c != "0" else "zero"
                                                    for c in m.group()) + " ", x)
        return re.sub(r"\s+", " ", x).strip()
    return part(user) + " at " + part(dom)


def ordinal_word(d):
    small = {v: k for k, v in ORD.items()}
    if d in small:
        return small[d]
    t, u = divmod(d, 10)
    return TENS_W[t] + " " + {v: k for k, v in ORD.items()}[u]


def say_year(y):
    if y >= 2000 and y < 2010:
        return "two thousand and " + UNIT_W[y - 2000]
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


def make_dob():
    y = R.randint(1938, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return datetime.date(y, m, d)


def dob_written(dt, us=False):
    st = R.randint(0, 5)
    if st == 0:
        return ("%02d/%02d/%04d" % ((dt.month, dt.day, dt.year) if us else (dt.day, dt.month, dt.year)))
    if st == 1:
        return "%d %s %d" % (dt.day, MONTHS[dt.month - 1].capitalize(), dt.year)
    if st == 2:
        return "%s %d, %d" % (MONTHS[dt.month - 1].capitalize()[:3], dt.day, dt.year)
    if st == 3:
        return "%04d-%02d-%02d" % (dt.year, dt.month, dt.day)
    if st == 4:
        return ("%d.%d.%02d" % ((dt.month, dt.day, dt.year % 100) if us else (dt.day, dt.month, dt.year % 100)))
    return "%d%s %s %d" % (dt.day, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(dt.day, "th"),
                           MONTHS[dt.month - 1], dt.year)


def dob_spoken(dt, us=False):
    st = R.randint(0, 3)
    if st == 0:
        return "%s of %s %s" % (ordinal_word(dt.day), MONTHS[dt.month - 1], say_year(dt.year))
    if st == 1:
        return "%s %s %s" % (MONTHS[dt.month - 1], ordinal_word(dt.day), say_year(dt.year))
    if st == 2:
        return "%s %s %s" % (say_digit(str(dt.day // 10)) + " " + say_digit(str(dt.day % 10)),
                             say_digit(str(dt.month // 10)) + " " + say_digit(str(dt.month % 10)),
                             say_pair(str(dt.year)[2:]))
    return "%s of the %s %s" % (ordinal_word(dt.day), ordinal_word(dt.month), say_pair(str(dt.year)[2:]))


def make_expiry():
    return R.randint(1, 12), R.randint(2025, 2032)


def expiry_written(m, y):
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                     "%02d-%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].capitalize(), y),
                     "%02d %02d" % (m, y % 100)])


def expiry_spoken(m, y):
    st = R.randint(0, 3)
    if st == 0:
        return say_digit(str(m // 10)) + " " + say_digit(str(m % 10)) + " " + say_pair(str(y)[2:])
    if st == 1:
        return MONTHS[m - 1] + " " + say_pair(str(y)[2:])
    if st == 2:
        return MONTHS[m - 1] + " " + say_year(y)
    return say_digit(str(m // 10)) + " " + say_digit(str(m % 10)) + " slash " + \
        say_digit(str(y)[2]) + " " + say_digit(str(y)[3])


# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------


class V:
    """A labelled value segment.  frag: full | prefix | suffix."""

    def __init__(self, text, typ, vid, frag="full"):
        self.text, self.typ, self.vid, self.frag = text, typ, vid, frag


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.values = [], [], []

    def val(self, typ, canon):
        self.values.append({"type": typ, "canon": canon, "frags": []})
        return len(self.values) - 1

    def say(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                self.spans.append({"turn": len(self.turns), "start": st, "end": len(text),
                                   "type": s.typ})
                self.values[s.vid]["frags"].append((s.text, s.frag))
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def to_json(self, cid):
        return json.dumps({"id": cid, "kind": self.kind, "turns": self.turns,
                           "spans": sorted(self.spans, key=lambda x: (x["turn"], x["start"])),
                           "note": self.note}, ensure_ascii=False)


def lab(c, typ, canon, text, frag="full", vid=None):
    if vid is None:
        vid = c.val(typ, canon)
    return V(text, typ, vid, frag)


CTX = {
    "banking": ("Thanks for calling Northgate Bank, how can I help?", "I need to update my details"),
    "telecom": ("You're through to Vireo Mobile support.", "my bill's gone up and I want to sort it"),
    "utilities": ("Brightwater Energy, you're speaking to Dan.", "I'm moving house and need to close the account"),
    "retail": ("Hi, thanks for contacting Loomis & Hart online support!", "my order never turned up"),
    "insurance": ("Harbour Insurance claims line, how can I help?", "I want to make a claim on my home policy"),
    "travel": ("Welcome to Skyway Holidays, this is Priti.", "I need to change a booking"),
    "healthcare": ("St. Brendan's patient billing office, how can I help you?", "I got a bill I don't understand"),
    "government": ("Department of Revenue helpline, what is your query?", "I'm calling about my tax refund"),
}
ACKS = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got it", "yeah", "and the rest?",
        "okay, next bit?", "sorry, go ahead"]
ASIDES = ["sorry, hang on, the dog's going mad", "wait, let me find my glasses",
          "sorry, kids, one second", "hold on, I'm reading it off the card",
          "hang on, the signal's bad", "sorry, the train's going into a tunnel"]


def opener(c, asr):
    ind = R.choice(list(CTX))
    a, b = CTX[ind]
    if asr:
        a = a.lower().replace(",", "").replace("'", "").replace("!", "").replace(".", "")
        b = R.choice(["yeah hi ", "hiya ", "hi um ", "hello yeah "]) + b.lower().replace("'", "")
    c.say("agent", a)
    c.say("customer", b + ("" if asr else "."))
    return ind


# ---------- multi-chunk reading helpers (ASR) ----------


def spoken_reading(c, typ, digits, chunks=None, split=False, aside=False, filler=True,
                   lead="", speaker="customer", sizes=None):
    """Speak a digit value; optionally over several turns or with an aside."""
    words, parts = say_digits_chunks(digits, sizes=sizes)
    if filler:
        words = with_fillers(words)
    vid = c.val(typ, digits)
    if split and len(words) >= 2:
        ngroups = min(len(words), R.choice([2, 3, 3, 4]))
        cuts = sorted(R.sample(range(1, len(words)), ngroups - 1))
        groups, p = [], 0
        for cu in cuts + [len(words)]:
            groups.append(" ".join(words[p:cu])); p = cu
        for k, g in enumerate(groups):
            tail = R.choice(["", "", "...", ","])
            f0, g = lead_filler(g)
            if k == 0:
                c.say(speaker, lead, V(g, typ, vid), tail)
            else:
                c.say(speaker, R.choice(["", "", "then ", "and "]) + f0, V(g, typ, vid), tail)
            if k < len(groups) - 1:
                c.say("agent" if speaker == "customer" else "customer", R.choice(ACKS))
    elif aside and len(words) >= 2:
        cu = R.randint(1, len(words) - 1)
        f0, g2 = lead_filler(" ".join(words[cu:]))
        c.say(speaker, lead, V(" ".join(words[:cu]), typ, vid), ", " + R.choice(ASIDES) + ", " + f0,
              V(g2, typ, vid))
    else:
        c.say(speaker, lead, V(" ".join(words), typ, vid))
    return vid


def lead_filler(g):
    """Move a filler that opens a fragment outside the span (it is a lead-in there)."""
    w = g.split(" ")
    if len(w) > 1 and w[0] in FILLERS:
        return w[0] + " ", " ".join(w[1:])
    return "", g


def readback(c, typ, digits, written=False):
    if written:
        txt = digits
    else:
        txt = " ".join(say_digits_chunks(digits)[0])
    c.say("agent", R.choice(["so that's ", "let me read that back, ", "okay so ", "I've got "]),
          lab(c, typ, digits, txt), R.choice(["?", ", is that right?", ", correct?"]))
    c.say("customer", R.choice(["yes", "yep that's it", "correct", "that's right yeah"]))


def group_written(d, sizes, sep):
    out, p = [], 0
    for s in sizes:
        out.append(d[p:p + s]); p += s
    if p < len(d):
        out.append(d[p:])
    return sep.join(x for x in out if x)


# --------------------------------------------------------------------------
# positive case templates
# --------------------------------------------------------------------------


def card_written(card, kind):
    st = R.randint(0, 5)
    if kind == "amex" and st < 3:
        return group_written(card, [4, 6, 5], R.choice([" ", "-"]))
    if st == 0:
        return group_written(card, [4, 4, 4, 4, 3], " ")
    if st == 1:
        return group_written(card, [4, 4, 4, 4, 3], "-")
    if st == 2:
        return card
    if st == 3:
        return group_written(card, [5, 4, 6], " ")  # odd grouping
    if st == 4:
        return group_written(card, [4, 4, 4, 4, 3], ".")
    return group_written(card, [4, 4, 4, 4, 3], "  ")


def pos_card(c):
    card, kind = make_card()
    asr = R.random() < .6
    opener(c, asr)
    if not asr:
        c.say("agent", R.choice(["Can you give me the card number please?", "What card would you like to use?",
                                 "Please provide the long card number."]))
        lead = R.choice(["card no: ", "Card number is ", "sure - ", "cc# ", "its ", "The long number on the front is ",
                         "CARD NUMBER ", "ok here: ", "card num = "])
        parts = [lead, lab(c, "CARD_NUMBER", card, card_written(card, kind))]
        note = "typed card number"
        if R.random() < .5:
            m, y = make_expiry()
            parts += [R.choice([" exp ", ", expiry ", " valid thru ", " Exp: "]),
                      lab(c, "EXPIRY", (m, y), expiry_written(m, y))]
            note += " with expiry"
        if R.random() < .4:
            cv = "".join(R.choice("0123456789") for _ in range(4 if kind == "amex" else 3))
            parts += [R.choice([" cvv ", ", security code ", " CVC: ", " sec code "]), lab(c, "CVV", cv, cv)]
            note += " and cvv"
        c.say("customer", *parts)
        if R.random() < .4:
            c.say("agent", "Thanks, I can see the card ending ", lab(c, "CARD_NUMBER", card, card[-4:], "suffix"),
                  " - is that the one?")
            c.say("customer", "yes")
            note += "; agent quotes last four after full card (labelled)"
        c.note = note
        return
    c.say("agent", R.choice(["and whats the long number on the card", "can i take the card number please",
                             "okay go ahead with the sixteen digits when youre ready"]))
    mode = R.choice(["single", "split", "split", "aside", "restart"])
    lead = R.choice(["yeah its ", "okay ", "right so ", "", "um its ", "its "])
    sizes = [4, 6, 5] if kind == "amex" else None
    if mode == "restart":
        pl = R.randint(3, 7)
        pre = " ".join(say_digits_chunks(card[:pl])[0])
        vid = c.val("CARD_NUMBER", card)
        words = with_fillers(say_digits_chunks(card, sizes=sizes)[0])
        c.say("customer", lead, V(pre, "CARD_NUMBER", vid, "prefix"),
              R.choice(["... no wait, let me start again, ", " sorry, sorry, from the top, ",
                        " oh hang on I've lost my place, right, "]),
              V(" ".join(words), "CARD_NUMBER", c.val("CARD_NUMBER", card)))
        note = "ASR card reading restarted; abandoned prefix labelled"
    else:
        spoken_reading(c, "CARD_NUMBER", card, split=(mode == "split"), aside=(mode == "aside"), lead=lead,
                       sizes=sizes)
        note = "ASR card reading (%s)" % mode
    if R.random() < .5:
        readback(c, "CARD_NUMBER", card)
        note += " + agent read-back"
    if R.random() < .5:
        m, y = make_expiry()
        c.say("agent", "and the expiry date")
        c.say("customer", R.choice(["its ", "", "uh "]), lab(c, "EXPIRY", (m, y), expiry_spoken(m, y)))
        note += " + expiry"
    if R.random() < .4:
        cv = "".join(R.choice("0123456789") for _ in range(4 if kind == "amex" else 3))
        c.say("agent", "and the three digits on the back" if kind != "amex" else "and the four digit code on the front")
        c.say("customer", R.choice(["", "its ", "erm "]), lab(c, "CVV", cv, " ".join(say_digit(x) for x in cv)))
        note += " + cvv"
    if R.random() < .3:
        c.say("agent", "thank you thats the card ending ", lab(c, "CARD_NUMBER", card, " ".join(
            say_digit(x) for x in card[-4:]), "suffix"), " all processed")
        note += "; last four read after full card (labelled)"
    c.note = note


def pos_ssn(c):
    ssn = make_ssn()
    asr = R.random() < .55
    c.say("agent", R.choice(["For verification I'll need your Social Security number.",
                             "can i get the last i mean the full social please",
                             "What's the SSN on the account?", "to verify can you confirm your social security number"]))
    if not asr:
        f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        lead = R.choice(["SSN: ", "ssn is ", "Sure, ", "social sec # ", "it's ", "SS# "])
        c.say("customer", lead, lab(c, "SSN", ssn, f), R.choice(["", ".", " thanks", " - please hurry"]))
        c.note = "typed SSN"
        if R.random() < .3:
            c.say("agent", "Thank you. I have ", lab(c, "SSN", ssn, "%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:])), " on file.")
            c.note += " + agent repeats"
        return
    mode = R.choice(["single", "split", "aside"])
    spoken_reading(c, "SSN", ssn, split=(mode == "split"), aside=(mode == "aside"),
                   lead=R.choice(["yeah its ", "okay ", "", "sure "]), sizes=[3, 2, 4])
    c.note = "ASR SSN (%s)" % mode
    if R.random() < .4:
        readback(c, "SSN", ssn)
        c.note += " + read-back"


def ni_written(ni):
    st = R.randint(0, 4)
    if st == 0:
        return ni
    if st == 1:
        return ni.lower()
    if st == 2:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if st == 3:
        return ni[:2] + " " + ni[2:8] + " " + ni[8]
    return ni[:2].capitalize() + ni[2:8] + ni[8].lower()


def pos_ni(c):
    ni = make_ni()
    asr = R.random() < .55
    c.say("agent", R.choice(["Can I take your National Insurance number please?",
                             "whats your national insurance number", "and your n i number please"]))
    if not asr:
        c.say("customer", R.choice(["NI no: ", "ni number is ", "It's ", "NINO ", ""]), lab(c, "NI_NUMBER", ni, ni_written(ni)))
        c.note = "typed NI number"
        return
    parts = say_alnum(ni)
    parts = with_fillers(parts, .15)
    vid = c.val("NI_NUMBER", ni)
    if R.random() < .45:
        cu = R.randint(2, len(parts) - 1)
        c.say("customer", R.choice(["its ", "yeah ", "", "right "]), V(" ".join(parts[:cu]), "NI_NUMBER", vid))
        c.say("agent", R.choice(ACKS))
        f0, g2 = lead_filler(" ".join(parts[cu:]))
        c.say("customer", f0, V(g2, "NI_NUMBER", vid))
        c.note = "ASR NI number split over turns"
    else:
        c.say("customer", R.choice(["its ", "yeah ", "", "um "]), V(" ".join(parts), "NI_NUMBER", vid))
        c.note = "ASR NI number"
    if R.random() < .35:
        c.say("agent", "so ", lab(c, "NI_NUMBER", ni, " ".join(say_alnum(ni))), " yeah")
        c.say("customer", "yep")
        c.note += " + read-back"


def pos_bank(c):
    acct = "".join(R.choice("0123456789") for _ in range(R.choice([8, 8, 8, 10, 12])))
    sc = "".join(R.choice("0123456789") for _ in range(6))
    uk = len(acct) == 8
    asr = R.random() < .5
    c.say("agent", "Which account should the refund go to?" if not asr else "which account do you want it paid into")
    if not asr:
        parts = [R.choice(["acct no: ", "Account number ", "a/c ", "acc # ", "account: "]),
                 lab(c, "BANK_ACCOUNT", acct, R.choice([acct, group_written(acct, [4, 4, 4], " ")]))]
        if uk:
            parts += [R.choice([" sort code ", ", s/c ", " SC: ", " sort "]),
                      lab(c, "SORT_CODE", sc, R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]))]
        else:
            parts += [R.choice([" routing ", " ABA "]), "".join(R.choice("0123456789") for _ in range(9))]
            # routing numbers not in type list; kept unlabelled but note it
        c.say("customer", *parts)
        c.note = "typed bank account" + (" + sort code" if uk else " (US routing number unlabelled)")
        return
    if uk:
        c.say("customer", R.choice(["sort code is ", "right sort code ", ""]),
              lab(c, "SORT_CODE", sc, " ".join(say_digits_chunks(sc, sizes=[2, 2, 2], styles=("pairs", "digits"))[0])))
        c.say("agent", R.choice(ACKS + ["and the account number"]))
    spoken_reading(c, "BANK_ACCOUNT", acct, split=R.random() < .4, lead=R.choice(["account number ", "its ", ""]))
    c.note = "ASR bank details" + (" with sort code" if uk else "")
    if R.random() < .4:
        readback(c, "BANK_ACCOUNT", acct)
        c.note += " + read-back"


def iban_written(ib):
    st = R.randint(0, 2)
    if st == 0:
        return " ".join(ib[k:k + 4] for k in range(0, len(ib), 4))
    if st == 1:
        return ib
    return (" ".join(ib[k:k + 4] for k in range(0, len(ib), 4))).lower()


def pos_iban(c):
    ib = make_iban()
    asr = R.random() < .35
    c.say("agent", R.choice(["Please send the IBAN for the transfer.", "can you give me the iban"]))
    if not asr:
        c.say("customer", R.choice(["IBAN: ", "iban is ", "Here you go ", "My IBAN "]), lab(c, "IBAN", ib, iban_written(ib)),
              R.choice(["", " (BIC to follow)", "."]))
        c.note = "typed IBAN"
        return
    parts = with_fillers(say_alnum(ib), .1)
    vid = c.val("IBAN", ib)
    cu = R.randint(3, len(parts) - 2)
    c.say("customer", "okay its ", V(" ".join(parts[:cu]), "IBAN", vid))
    c.say("agent", R.choice(ACKS))
    f0, g2 = lead_filler(" ".join(parts[cu:]))
    c.say("customer", f0, V(g2, "IBAN", vid))
    c.note = "ASR IBAN split over two turns"


def phone_written(p, k, plus):
    if k == "ukmob":
        return R.choice([p, p[:5] + " " + p[5:], p[:5] + " " + p[5:8] + " " + p[8:]])
    if k == "uk_intl":
        return R.choice(["+44 " + p[2:6] + " " + p[6:], "+44 (0)" + p[2:6] + " " + p[6:], "+" + p, "0044 " + p[2:]])
    if k == "uk_land":
        a = 3 if p.startswith("020") else 4
        return R.choice([p[:a] + " " + p[a:], "(" + p[:a] + ") " + p[a:]])
    if k == "us":
        return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                         "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
    if k == "us_intl":
        return R.choice(["+1 (%s) %s-%s" % (p[1:4], p[4:7], p[7:]), "+1-%s-%s-%s" % (p[1:4], p[4:7], p[7:])])
    if k == "ie":
        return R.choice([p[:3] + " " + p[3:6] + " " + p[6:], p])
    if k == "ie_intl":
        return "+353 " + p[3:5] + " " + p[5:8] + " " + p[8:]
    if k == "de_intl":
        return "+49 " + p[2:5] + " " + p[5:]
    return "+33 " + p[2] + " " + " ".join(p[k2:k2 + 2] for k2 in range(3, 11, 2))


def phone_spoken(p, k, plus):
    if k.endswith("intl") or plus:
        cc = {"uk_intl": "44", "us_intl": "1", "ie_intl": "353", "de_intl": "49", "fr_intl": "33"}[k]
        ccw = " ".join(say_digit(x) for x in cc)
        rest = p[len(cc):]
        w = say_digits_chunks(rest, styles=("digits", "digits", "pairs"))[0]
        return R.choice(["plus ", "plus ", "double oh "]) + ccw + " " + " ".join(with_fillers(w, .15)) \
            if False else "plus " + ccw + " " + " ".join(with_fillers(w, .15))
    sizes = [5, 3, 3] if len(p) == 11 else None
    return " ".join(with_fillers(say_digits_chunks(p, sizes=sizes, styles=("digits", "digits", "pairs", "hundred"))[0], .15))


def pos_phone(c):
    p, k, plus = make_phone()
    asr = R.random() < .55
    c.say("agent", R.choice(["What's the best number to reach you on?", "and a contact number",
                             "can i take a phone number in case we get cut off"]))
    if not asr:
        c.say("customer", R.choice(["mob: ", "Tel ", "call me on ", "my cell is ", "ph# ", "best no. is "]),
              lab(c, "PHONE", p, phone_written(p, k, plus)), R.choice(["", " after 5pm", " (WhatsApp too)", "."]))
        c.note = "typed phone (%s)" % k
        return
    txt = phone_spoken(p, k, plus)
    vid = c.val("PHONE", p)
    w = txt.split(" ")
    if R.random() < .4 and len(w) > 6:
        cu = R.randint(3, len(w) - 3)
        while w[cu - 1] in ("double", "triple", "plus", "um", "uh", "erm") or w[cu - 1] in TENS or w[cu] == "hundred" \
                or w[cu - 1] == "hundred" or w[cu - 1] == "and" or w[cu] == "and":
            cu -= 1
        a, b = " ".join(w[:cu]), " ".join(w[cu:])
        f0, b = lead_filler(b)
        if norm(a, "digits") + norm(b, "digits") == p:
            c.say("customer", "yeah its ", V(a, "PHONE", vid))
            c.say("agent", R.choice(ACKS))
            c.say("customer", f0, V(b, "PHONE", vid))
            c.note = "ASR phone (%s) split" % k
            return
    c.say("customer", R.choice(["its ", "yeah ", "", "you can get me on "]), V(txt, "PHONE", vid))
    c.note = "ASR phone (%s)" % k
    if R.random() < .3:
        readback(c, "PHONE", p, written=False)
        c.note += " + read-back"


def pos_email(c):
    e = make_email()
    asr = R.random() < .5
    c.say("agent", R.choice(["Which email should we send the confirmation to?", "and whats your email address"]))
    if not asr:
        t = R.choice([e, e, e.upper() if R.random() < .3 else e.capitalize()])
        c.say("customer", R.choice(["email: ", "its ", "e-mail ", "pls use ", ""]), lab(c, "EMAIL", e, t),
              R.choice(["", ".", " thx", " - not the work one"]))
        c.note = "typed email"
        return
    c.say("customer", R.choice(["its ", "yeah its ", "um "]), lab(c, "EMAIL", e, say_email(e)))
    c.note = "ASR spoken email"
    if R.random() < .4:
        c.say("agent", "so thats ", lab(c, "EMAIL", e, say_email(e)), "?")
        c.say("customer", "yep")
        c.note += " + read-back"


def pos_dob(c):
    dt = make_dob()
    us = R.random() < .4
    asr = R.random() < .5
    c.say("agent", R.choice(["Can you confirm your date of birth?", "and your date of birth please",
                             "For security, what's the patient's DOB?"]))
    if not asr:
        c.say("customer", R.choice(["DOB ", "d.o.b: ", "born ", "", "It's "]), lab(c, "DOB", dt, dob_written(dt, us)))
        c.note = "typed DOB"
        return
    c.say("customer", R.choice(["its ", "uh ", "", "yeah "]), lab(c, "DOB", dt, dob_spoken(dt, us)))
    c.note = "ASR DOB"


def pos_postcode(c):
    uk = R.random() < .6
    pc = make_uk_postcode() if uk else make_zip()
    asr = R.random() < .5
    c.say("agent", R.choice(["And the postcode?", "can i take your post code"]) if uk else
          R.choice(["whats the zip code on the account", "And the ZIP code?"]))
    if not asr:
        t = pc if R.random() < .5 else (pc.lower() if uk else pc)
        if uk and R.random() < .3:
            t = pc.replace(" ", "")
        c.say("customer", R.choice(["", "postcode ", "ZIP: ", "its "]), lab(c, "POSTCODE", pc, t))
        c.note = "typed postcode"
        return
    if uk:
        txt = " ".join(say_alnum(pc.replace(" ", "")))
    else:
        txt = " ".join(say_digits_chunks(pc.replace("-", ""), styles=("digits",))[0])
    c.say("customer", R.choice(["its ", "uh ", ""]), lab(c, "POSTCODE", pc, txt))
    c.note = "ASR postcode"


def address_pair(uk=True):
    num = R.randint(1, 240) if uk else R.randint(100, 9800)
    street = R.choice(STREETS) + " " + R.choice(SUFFIX)
    flat = R.randint(1, 40) if R.random() < .3 else None
    return num, street, flat


def pos_address(c):
    country = R.choice(["uk", "uk", "us", "ie"])
    num, street, flat = address_pair(country != "us")
    asr = R.random() < .5
    c.say("agent", R.choice(["What's the address for the new service?", "and the first line of the address",
                             "can you confirm the billing address"]))
    town = R.choice({"uk": TOWNS_UK, "us": TOWNS_US, "ie": TOWNS_IE}[country])
    if not asr:
        st = street
        if R.random() < .3:
            w = st.split()
            st = w[0] + " " + SUFFIX_ABBR.get(w[1], w[1])
        addr = ((("Apt %d, " if country == "us" else "Flat %d, ") % flat) if flat else "") + "%d %s" % (num, st)
        if R.random() < .2:
            addr = addr.upper()
        parts = [R.choice(["", "it's ", "Address: "]), lab(c, "ADDRESS", addr, addr), ", " + town]
        if country == "uk":
            pc = make_uk_postcode()
            parts += [" ", lab(c, "POSTCODE", pc, pc)]
        elif country == "us":
            z = make_zip()
            parts += [", ", R.choice(["TX", "OH", "CO", "OR", "NC", "AZ"]), " ", lab(c, "POSTCODE", z, z)]
        c.say("customer", *parts)
        c.note = "typed address (%s)" % country
        return
    nw = say_triple("%03d" % num) if num >= 100 and num < 1000 and R.random() < .5 else " ".join(
        say_digits_chunks(str(num), styles=("pairs", "digits"))[0])
    fw = "apartment" if country == "us" else "flat"
    addr = (("%s %s, " % (fw, say_digit(str(flat))) if flat < 10 else "%s %s, " % (fw, say_pair(str(flat)))) if flat else "") + \
        nw + " " + street.lower()
    parts = [R.choice(["yeah its ", "", "um "]), lab(c, "ADDRESS", (num, street), addr), " " + town.lower()]
    if country == "uk" and R.random() < .6:
        pc = make_uk_postcode()
        parts += [R.choice([" ", " postcode "]), lab(c, "POSTCODE", pc, " ".join(say_alnum(pc.replace(" ", ""))))]
    c.say("customer", *parts)
    c.note = "ASR address (%s)" % country


def pos_mixed(c):
    """A verification sequence with several identifiers."""
    asr = R.random() < .5
    opener(c, asr)
    dt = make_dob()
    e = make_email()
    c.say("agent", "can i take your date of birth" if asr else "Can I take your date of birth and email?")
    if asr:
        c.say("customer", lab(c, "DOB", dt, dob_spoken(dt)))
        c.say("agent", "lovely and the email on the account")
        c.say("customer", "its ", lab(c, "EMAIL", e, say_email(e)), " i think or maybe the work one")
    else:
        c.say("customer", lab(c, "DOB", dt, dob_written(dt)), " and ", lab(c, "EMAIL", e, e))
    p, k, plus = make_phone()
    c.say("agent", "and a contact number" if asr else "And a contact number?")
    c.say("customer", lab(c, "PHONE", p, phone_spoken(p, k, plus) if asr else phone_written(p, k, plus)))
    c.note = "multi-identifier verification (%s)" % ("ASR" if asr else "chat")


POS_PLAN = ([pos_card] * 72 + [pos_ssn] * 30 + [pos_ni] * 30 + [pos_bank] * 18 + [pos_iban] * 12 +
            [pos_phone] * 14 + [pos_email] * 12 + [pos_dob] * 10 + [pos_postcode] * 8 + [pos_address] * 14 +
            [pos_mixed] * 10)


# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------


def rd(k):
    return "".join(R.choice("0123456789") for _ in range(k))


def neg_cases():
    T = []

    def t_order(c):
        card, _ = make_card()
        c.say("agent", "Can I have the order number?")
        c.say("customer", R.choice(["order no. ", "Order number ", "order # "]), group_written(card, [4, 4, 4, 4], " "),
              " - it's a 16 digit order number on the email")
        c.note = "16-digit (Luhn-valid) order number with label"

    def t_order_asr(c):
        d = rd(16)
        c.say("agent", "whats the order reference")
        c.say("customer", "the order reference is ", " ".join(say_digits_chunks(d)[0]))
        c.say("agent", "mhm thanks found the order")
        c.note = "order reference read like a card"

    def t_tracking(c):
        c.say("customer", "Tracking number 1Z" + rd(3) + "AA" + rd(10) + " says delivered but nothing here")
        c.note = "tracking number"

    def t_amount(c):
        c.say("agent", R.choice(["your balance is ", "the outstanding amount is ", "you owe "]),
              "£%d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99)), " and the minimum payment is £",
              "%d.%02d" % (R.randint(5, 90), R.randint(0, 99)))
        c.note = "balance and amounts"

    def t_amount_asr(c):
        c.say("agent", "so the total comes to ", say_triple(str(R.randint(100, 999))), " pounds and ",
              say_pair(str(R.randint(10, 99))), " pence")
        c.note = "spoken amount"

    def t_hours(c):
        c.say("agent", "We're open 8am to 8pm Monday to Friday and 9 till 5 on Saturdays, call 0 for the operator.")
        c.note = "opening hours"

    def t_appt(c):
        c.say("agent", "your appointment is on the %s of %s %d at %d:%02d" % (
            ordinal_word(R.randint(1, 28)), MONTHS[R.randint(0, 11)], R.randint(2025, 2027), R.randint(8, 17),
            R.choice([0, 15, 30, 45])))
        c.note = "appointment date and time"

    def t_policy(c):
        c.say("customer", "policy number %s-%s%s" % (R.choice(["POL", "HI", "MTR"]), rd(8), R.choice(["", "/A", "-02"])),
              ", claim ref CLM" + rd(7))
        c.note = "policy and claim numbers with labels"

    def t_meter(c):
        c.say("customer", "meter reading is ", " ".join(say_digits_chunks(rd(6))[0]), " and the meter serial is ",
              R.choice(["E", "K"]) + rd(2) + "W" + rd(5))
        c.note = "meter reading and meter serial"

    def t_flight(c):
        c.say("agent", "You're on flight %s%d departing %d:%02d from gate %s, seat %d%s." % (
            R.choice(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999), R.randint(5, 22), R.randint(0, 59),
            R.choice(["B", "A", ""]) + str(R.randint(1, 60)), R.randint(1, 40), R.choice("ABCDEF")))
        c.note = "flight, gate, seat, time"

    def t_last4(c):
        l4 = rd(4)
        c.say("agent", R.choice(["I can see a payment from the card ending ", "is that the visa ending in ",
                                 "the card ending "]), R.choice([l4, " ".join(say_digit(x) for x in l4)]),
              R.choice(["?", " that was declined", ", expired last month"]))
        c.note = "card last-four only (not PII)"

    def t_misc(c):
        c.say("customer", "I'm %d, I've been on hold %d minutes, and it's %d degrees in here, plus you charged me %d%% interest" % (
            R.randint(19, 90), R.randint(5, 95), R.randint(15, 35), R.randint(2, 39)))
        c.note = "age, duration, temperature, percentage"

    def t_invoice_asr(c):
        d = rd(12)
        c.say("customer", "the invoice number is ")
        c.turns[-1]["text"] += " ".join(say_digits_chunks(d)[0])
        c.say("agent", "go on")
        c.say("customer", "thats it, its on the top right of the invoice")
        c.note = "invoice number read in chunks"

    def t_ref(c):
        c.say("agent", "Your reference is %s-%s-%s, please quote it." % (rd(4), rd(3), rd(5)))
        c.note = "reference number"

    def t_road(c):
        c.say("customer", "there's roadworks on %s %s near the A%d, the engineer couldn't get through" % (
            R.choice(STREETS), R.choice(SUFFIX), R.randint(1, 999)))
        c.note = "road names without house number"

    def t_contract(c):
        c.say("agent", "your contract started in %d and ends on %02d/%02d/%d, that's %d months" % (
            R.randint(2015, 2024), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2028), R.choice([12, 18, 24, 36])))
        c.note = "contract dates and years"

    def t_serial(c):
        c.say("customer", "model %s-%d%s, serial number %s %s %s" % (R.choice(["KD", "WM", "HX"]), R.randint(10, 99),
                                                                 R.choice("ABX"), rd(4), rd(4), rd(4)))
        c.note = "model and serial number"

    def t_claim_ssn_like(c):
        c.say("agent", "Your claim number is %s-%s-%s." % (rd(3), rd(2), rd(4)))
        c.note = "claim number in SSN-like format, labelled"

    def t_press(c):
        c.say("agent", "press %d for billing, or call extension %s, lines are busy for about %d minutes" % (
            R.randint(1, 9), rd(4), R.randint(2, 30)))
        c.note = "IVR options and extension"

    def t_room(c):
        c.say("customer", "we're in room %d at the hotel, booking confirmation %s, check out at 11" % (
            R.randint(101, 1450), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))))
        c.note = "room number and booking code"

    def t_ticket(c):
        c.say("agent", "I've raised ticket INC%s and a case %s for you" % (rd(7), rd(8)))
        c.note = "ticket and case numbers"

    def t_payment_date(c):
        c.say("agent", "the direct debit of £%d.%02d will go out on the %s of every month, next one is %d %s" % (
            R.randint(20, 300), R.randint(0, 99), ordinal_word(R.randint(1, 28)), R.randint(1, 28),
            MONTHS[R.randint(0, 11)].capitalize()))
        c.note = "payment amount and payment dates"

    def t_count(c):
        c.say("customer", "i ordered %s boxes and only %s arrived, out of %d items" % (
            say_pair(str(R.randint(20, 99))), UNIT_W[R.randint(1, 9)], R.randint(100, 400)))
        c.note = "counts, spoken numbers"

    def t_account_ref_asr(c):
        c.say("agent", "okay your customer reference is ", " ".join(say_digits_chunks(rd(9), sizes=[3, 2, 4])[0]),
              " thats a customer reference not your social")
        c.note = "customer reference shaped like SSN, labelled"

    T = [t_order, t_order_asr, t_tracking, t_amount, t_amount_asr, t_hours, t_appt, t_policy, t_meter, t_flight,
         t_last4, t_misc, t_invoice_asr, t_ref, t_road, t_contract, t_serial, t_claim_ssn_like, t_press, t_room,
         t_ticket, t_payment_date, t_count, t_account_ref_asr]
    return T


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------


def build():
    R.seed(SEED)
    cases = []
    plan = list(POS_PLAN)
    R.shuffle(plan)
    for k, f in enumerate(plan):
        c = Case("positive", "")
        if f not in (pos_card, pos_mixed) and R.random() < .5:
            opener(c, R.random() < .5)
        f(c)
        cases.append(("h415-pos-%03d" % (k + 1), c))
    T = neg_cases()
    for k in range(110):
        c = Case("negative", "")
        f = T[k % len(T)]
        if R.random() < .4:
            opener(c, R.random() < .5)
        f(c)
        cases.append(("h415-neg-%03d" % (k + 1), c))
    return cases


def serialise(cases):
    return "".join(c.to_json(cid) + "\n" for cid, c in cases)


# --------------------------------------------------------------------------
# check
# --------------------------------------------------------------------------


def validate_value(typ, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "SSN":
        return canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666") and canon[3:5] != "00" \
            and canon[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(canon))
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 8 <= len(canon) <= 12
    if typ == "IBAN":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", canon)) and iban_ok(canon)
    if typ == "PHONE":
        return canon.isdigit() and 10 <= len(canon) <= 13
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(canon))
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(canon.replace(" ", ""))) or bool(re.fullmatch(r"\d{5}(-\d{4})?", canon))
    if typ == "DOB":
        return 1930 <= canon.year <= 2008
    if typ == "EXPIRY":
        return 1 <= canon[0] <= 12 and 2024 <= canon[1] <= 2035
    if typ == "ADDRESS":
        return True
    return False


DIGIT_TYPES = {"CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"}


def check_fragments(typ, canon, frags):
    errs = []
    if typ in DIGIT_TYPES or typ in ("NI_NUMBER", "IBAN", "POSTCODE", "EMAIL"):
        if typ in DIGIT_TYPES:
            target, mode = canon, "digits"
        elif typ == "EMAIL":
            target, mode = canon, "email"
        elif typ == "POSTCODE":
            target, mode = canon.replace(" ", "").replace("-", ""), "alnum"
        else:
            target, mode = canon, "alnum_loose"
        if typ == "POSTCODE":
            mode = "alnum_loose"
        if typ == "PHONE":
            frags = [(t.replace("(0)", ""), f) for t, f in frags]
        full = "".join(norm(t, mode).lower() if mode == "email" else norm(t, mode).replace("-", "")
                       for t, f in frags if f == "full")
        if typ == "PHONE" and full.startswith("00") and not target.startswith("0"):
            full = full[2:]
        for t, f in frags:
            n = norm(t, mode)
            if f == "prefix" and not target.startswith(n):
                errs.append("prefix %r" % t)
            if f == "suffix" and not target.endswith(n):
                errs.append("suffix %r" % t)
        if any(f == "full" for _, f in frags) and full != (target.lower() if mode == "email" else target):
            errs.append("normalised %r != %r" % (full, target))
    elif typ in ("DOB", "EXPIRY"):
        txt = " ".join(t for t, _ in frags).lower()
        d = norm(txt, "digits")
        if typ == "DOB":
            y, m, day = canon.year, canon.month, canon.day
        else:
            (m, y), day = canon, None
        if str(y)[2:] not in d:
            errs.append("year missing in %r" % txt)
        if MONTHS[m - 1][:3] not in txt and str(m) not in d:
            errs.append("month missing in %r" % txt)
        if day is not None and str(day) not in d:
            errs.append("day missing in %r" % txt)
    elif typ == "ADDRESS":
        for t, _ in frags:
            w = re.findall(r"[A-Za-z]+|\d+", t)
            if not w or not (w[0].isdigit() or w[0].lower() in ("flat", "apartment", "apt", "unit")
                             or w[0].lower() in UNITS or w[0].lower() in TENS or w[0].lower() in TEENS):
                errs.append("address start %r" % t)
            if w[-1].lower() not in SUFFIX_OK:
                errs.append("address end %r" % t)
            if not norm(t, "digits"):
                errs.append("address no number %r" % t)
    return errs


def check():
    cases = build()
    text = serialise(cases)
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        disk = fh.read()
    if disk != text:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = set()
    counts = {}
    npos = nneg = 0
    for line_no, line in enumerate(disk.splitlines(), 1):
        d = json.loads(line)
        if d["id"] in ids:
            errs.append("dup id %s" % d["id"])
        ids.add(d["id"])
        if d["kind"] == "positive":
            npos += 1
            if not d["spans"]:
                errs.append("%s: positive without spans" % d["id"])
        else:
            nneg += 1
            if d["spans"]:
                errs.append("%s: negative with spans" % d["id"])
        for t in d["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append("%s: bad turn" % d["id"])
        prev = {}
        for s in d["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            if not (0 <= s["turn"] < len(d["turns"])):
                errs.append("%s: turn out of range" % d["id"]); continue
            tx = d["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s: offsets out of range" % d["id"]); continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (d["id"], tx[a:b]))
            if not (tx[a].isalnum() or tx[a] in "+(") or not tx[b - 1].isalnum():
                errs.append("%s: span edge not value char %r" % (d["id"], tx[a:b]))
            if s["turn"] in prev and prev[s["turn"]] > a:
                errs.append("%s: overlapping spans" % d["id"])
            prev[s["turn"]] = b
    for cid, c in cases:
        for v in c.values:
            if not validate_value(v["type"], v["canon"]):
                errs.append("%s: invalid %s value %r" % (cid, v["type"], v["canon"]))
            for e in check_fragments(v["type"], v["canon"], v["frags"]):
                errs.append("%s: %s %s" % (cid, v["type"], e))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        need[t] = 10
    for t, k in need.items():
        if counts.get(t, 0) < k:
            errs.append("only %d %s spans (need %d)" % (counts.get(t, 0), t, k))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    for e in errs[:60]:
        print("ERROR", e)
    print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(dict(sorted(counts.items())))))
    if errs:
        print("CHECK FAILED (%d errors)" % len(errs))
        return 1
    print("CHECK OK")
    return 0


def main():
    if "--check" in sys.argv:
        sys.exit(check())
    cases = build()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(serialise(cases))
    print("wrote %d cases to %s" % (len(cases), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()

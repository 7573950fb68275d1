#!/usr/bin/env python3
"""Generate the pii_holdout555 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout555.py           # write the fixture
    python scripts/make_pii_holdout555.py --check   # regenerate and validate

Standard library only. All offsets are computed from segments.
"""
import json
import os
import random
import re
import sys

R = random.Random(555241125)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout555")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

# ---------------------------------------------------------------- case builder


class V:
    """A labelled value segment."""

    def __init__(self, text, typ, gid):
        self.text, self.typ, self.gid = text, typ, gid


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], []

    def group(self, typ, canon, mode="full"):
        self.groups.append((typ, canon, mode))
        return len(self.groups) - 1

    def v(self, text, typ, canon, mode="full"):
        return V(text, typ, self.group(typ, canon, mode))

    def t(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                self.spans.append({"turn": len(self.turns), "start": start,
                                   "end": len(text), "type": s.typ, "_gid": s.gid})
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self


# ---------------------------------------------------------------- values

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


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card():
    p, n = R.choice([("4", 16), ("4", 16), ("4", 16), ("5", 16), ("2", 16), ("37", 15),
                     ("34", 15), ("6011", 16), ("4", 13), ("6759", 19), ("35", 16), ("4", 19)])
    if p == "5":
        p += R.choice("12345")
    if p == "2":
        p = "22" + R.choice("2345")
    return luhn_complete(p, n)


def group_card(d, style=None):
    style = style or R.choice(["sp4", "dash4", "none", "sp4", "odd", "dot"])
    if len(d) == 15 and style in ("sp4", "dash4"):
        sep = " " if style == "sp4" else "-"
        return sep.join([d[:4], d[4:10], d[10:]])
    if style == "sp4":
        return " ".join(d[i:i + 4] for i in range(0, len(d), 4))
    if style == "dash4":
        return "-".join(d[i:i + 4] for i in range(0, len(d), 4))
    if style == "dot":
        return ".".join(d[i:i + 4] for i in range(0, len(d), 4))
    if style == "odd":
        return d[:8] + " " + d[8:]
    return d


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_BAD1 = set("DFIQUV")
NI_BAD2 = set("DFIQUVO")
NI_BADPAIR = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def ni():
    while True:
        a = R.choice("ABCEGHJKLMNPRSTWXYZ")
        b = R.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in NI_BADPAIR:
            return a + b + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def digits(n, first_nonzero=True):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(i):
    i = i.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", i):
        return False
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban():
    c = R.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HLFX"]) + digits(6) + digits(8, False)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(6) + digits(8, False)
    elif c == "DE":
        bban = digits(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10, False)
    elif c == "ES":
        bban = digits(20)
    else:
        bban = digits(10) + digits(11, False) + digits(2, False)
    return c + iban_check(c, bban) + bban


def group_iban(i, style=None):
    style = style or R.choice(["sp4", "none", "sp4"])
    if style == "sp4":
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return i


def phone():
    kind = R.choice(["ukmob", "ukmob", "uklan", "us", "us", "ie", "de", "fr"])
    if kind == "ukmob":
        nat = "07" + R.choice("3456789") + digits(8, False)
        return nat, R.choice([nat[:5] + " " + nat[5:], nat, "+44 " + nat[1:5] + " " + nat[5:],
                              "+44 (0)" + nat[1:5] + " " + nat[5:], "0044" + nat[1:]])
    if kind == "uklan":
        nat = R.choice(["020", "0161", "0131", "0117", "029"])
        rest = digits(11 - len(nat), True)
        nat = nat + rest
        if nat.startswith("020") or nat.startswith("029"):
            return nat, R.choice([nat[:3] + " " + nat[3:7] + " " + nat[7:], "+44 " + nat[1:3] + " " + nat[3:7] + " " + nat[7:]])
        return nat, R.choice([nat[:4] + " " + nat[4:7] + " " + nat[7:], nat])
    if kind == "us":
        a, b, c = str(R.randint(201, 989)), str(R.randint(201, 989)), digits(4, False)
        nat = a + b + c
        return nat, R.choice(["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "+1 %s %s %s" % (a, b, c),
                              "%s.%s.%s" % (a, b, c), "1-%s-%s-%s" % (a, b, c)])
    if kind == "ie":
        nat = "08" + R.choice("35679") + digits(7, False)
        return nat, R.choice([nat[:3] + " " + nat[3:6] + " " + nat[6:], "+353 " + nat[1:3] + " " + nat[3:6] + " " + nat[6:]])
    if kind == "de":
        nat = "030" + digits(8)
        return nat, R.choice(["+49 30 " + nat[3:], "030 " + nat[3:7] + " " + nat[7:]])
    nat = "06" + digits(8, False)
    return nat, R.choice(["+33 6 " + " ".join(nat[k:k + 2] for k in range(2, 10, 2)), " ".join(nat[k:k + 2] for k in range(0, 10, 2))])


FIRST = ["james", "sarah", "priya", "tomasz", "aoife", "liam", "chen", "fatima", "oluwaseun", "maria",
         "dave", "kerry", "niamh", "jo", "rhys", "siobhan", "marcus", "elena", "yusuf", "beth"]
LAST = ["okafor", "murphy", "smith", "nguyen", "kowalski", "osullivan", "patel", "garcia", "jones",
        "byrne", "hughes", "schmidt", "dubois", "evans", "walsh", "khan", "reilly", "taylor"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "btinternet.com", "icloud.com",
           "aol.com", "gmx.de", "orange.fr", "protonmail.com", "eircom.net", "sky.com"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                      l + "." + f[0], f + "-" + l, f + str(R.randint(1960, 2005))])
    return local + "@" + R.choice(DOMAINS)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def uk_postcode():
    fmt = R.choice(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA"])
    inward = R.choice("123456789") + "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    if fmt.startswith("AA"):
        area = R.choice(["LS", "BS", "CR", "SE", "NW", "EC", "WC", "SW", "M", "CF", "EH", "BT", "OX", "YO", "KT", "RG", "DN"])
        if len(area) == 1:
            fmt = fmt[1:]
    else:
        area = R.choice("BEGLMNSW")
    if fmt in ("A9A 9AA", "AA9A 9AA"):
        area = R.choice(["W", "E", "N"]) if fmt == "A9A 9AA" else R.choice(["SW", "EC", "WC", "NW", "SE"])
        return area + R.choice("123456789") + R.choice("ABCEHMNPRVWXY") + " " + inward
    d = R.choice("123456789") if fmt.count("9") == 2 else str(R.randint(10, 29))
    return area + d + " " + inward


UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def zipcode():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.25:
        return z + "-" + digits(4, False)
    return z


STREETS_UK = ["Mill Lane", "Kings Road", "Station Road", "Church Street", "Victoria Avenue", "Orchard Close",
              "Hawthorn Drive", "Bridge Street", "Queens Crescent", "Elm Grove", "Park View", "Nelson Terrace"]
STREETS_US = ["Oak Ridge Drive", "Maple Avenue", "West 57th Street", "Lincoln Boulevard", "Pine Court",
              "Elm Street", "Sunset Way", "Cedar Lane", "Harbor Road"]
STREETS_IE = ["Griffith Avenue", "Main Street", "Strand Road", "Ballymun Road", "Patrick Street"]
SUFFIX = ("lane", "road", "street", "avenue", "close", "drive", "crescent", "grove", "view", "terrace",
          "boulevard", "court", "way", "st", "rd", "ave", "dr")


def address(region=None):
    region = region or R.choice(["uk", "uk", "us", "ie"])
    st = R.choice({"uk": STREETS_UK, "us": STREETS_US, "ie": STREETS_IE}[region])
    num = str(R.randint(1, 240)) if region != "us" else str(R.randint(100, 9800))
    form = R.choice(["plain", "plain", "flat", "letter"])
    if form == "flat":
        return num, "%s %d, %s %s" % (R.choice(["Flat", "Apt", "Unit", "flat"]), R.randint(1, 30), num, st)
    if form == "letter" and region != "us":
        return num, "%s%s %s" % (num, R.choice("ab"), st)
    return num, "%s %s" % (num, st)


def date_between(y0, y1):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


# ---------------------------------------------------------------- speaking

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILL = ["um", "uh", "er", "erm", "uhh", "umm"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth"]


def zero_word(letters_context=False):
    if letters_context:
        return R.choice(["zero", "nought", "zero"])
    return R.choice(["oh", "o", "zero", "nought", "oh", "oh"])


def sd(c, lc=False):
    return zero_word(lc) if c == "0" else UNITS[int(c)]


def two(s):
    """two-digit chunk spoken as a pair; s[0] != '0' and s[1] != '0' unless teen."""
    if s[0] == "1":
        return TEENS[int(s[1])]
    return TENS[int(s[0])] + " " + UNITS[int(s[1])]


def speak_digits(ds, style=None, fillers=0.0, lc=False):
    """Spoken rendering of a digit string. style: single|pairs|mixed."""
    style = style or R.choice(["single", "single", "mixed", "pairs"])
    out = []
    i = 0
    while i < len(ds):
        rest = ds[i:]
        r = R.random()
        if style != "single" and len(rest) >= 3 and rest[0] != "0" and rest[1:3] != "00" \
                and (rest[2] != "0" or rest[1] == "1") and r < (0.15 if style == "mixed" else 0.2):
            h = UNITS[int(rest[0])] + " hundred " + R.choice(["and ", "and ", ""])
            tail = rest[1:3]
            h += sd(tail[1]) if tail[0] == "0" else two(tail)
            out.append(h)
            i += 3
        elif style != "single" and len(rest) >= 2 and rest[0] != "0" and (rest[1] != "0" or rest[0] == "1") \
                and r < (0.55 if style == "mixed" else 0.95):
            out.append(two(rest[:2]))
            i += 2
        elif len(rest) >= 3 and rest[0] == rest[1] == rest[2] and r < 0.8:
            out.append("triple " + sd(rest[0], lc))
            i += 3
        elif len(rest) >= 2 and rest[0] == rest[1] and r < 0.8:
            out.append("double " + sd(rest[0], lc))
            i += 2
        else:
            out.append(sd(rest[0], lc))
            i += 1
        if fillers and i < len(ds) and R.random() < fillers:
            out.append(R.choice(FILL))
    return " ".join(out)


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
LOOSE = {"b": "bob", "d": "david", "m": "mother", "n": "nancy", "s": "sugar", "p": "peter", "c": "charlie",
         "t": "tommy", "f": "freddie"}


def speak_letter(ch, p=0.5):
    ch = ch.lower()
    r = R.random()
    if r < p:
        w = LOOSE.get(ch) if (R.random() < 0.3 and ch in LOOSE) else NATO[ch]
        return "%s %s %s" % (ch, R.choice(["for", "as in", "for"]), w)
    return ch


def speak_alnum(s, p=0.4, fillers=0.0):
    """letters and digits mixed (NI, postcode, IBAN)."""
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == " ":
            i += 1
            continue
        if ch.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(speak_digits(s[i:j], R.choice(["single", "single", "mixed"]), lc=True))
            i = j
        else:
            out.append(speak_letter(ch, p))
            i += 1
        if fillers and R.random() < fillers and i < len(s):
            out.append(R.choice(FILL))
    return " ".join(out)


def speak_email(e, p=0.3):
    local, dom = e.split("@")

    def part(x):
        toks = []
        for piece in re.split(r"([._\-]|\d+)", x):
            if not piece:
                continue
            if piece == ".":
                toks.append("dot")
            elif piece == "_":
                toks.append("underscore")
            elif piece == "-":
                toks.append(R.choice(["dash", "hyphen"]))
            elif piece.isdigit() and len(piece) == 4 and piece[:2] in ("19", "20") and piece[2] != "0":
                toks.append(speak_year(int(piece)))
            elif piece.isdigit():
                toks.append(speak_digits(piece, R.choice(["single", "pairs"])))
            elif len(piece) == 1:
                toks.append(speak_letter(piece, p))
            else:
                toks.append(piece)
        return " ".join(toks)
    return part(local) + " at " + part(dom)


def speak_year(y):
    if y >= 2000:
        if y < 2010:
            return R.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]]) if y > 2000 else "two thousand"
        return R.choice(["twenty " + two(str(y)[2:]) if str(y)[3] != "0" else "twenty " + TENS[int(str(y)[2])],
                         "two thousand and " + (two(str(y)[2:]) if str(y)[3] != "0" or str(y)[2] == "1" else TENS[int(str(y)[2])])])
    s = str(y)
    if s[3] == "0":
        return "nineteen " + TENS[int(s[2])] if s[2] != "0" else "nineteen hundred"
    if s[2] == "0":
        return "nineteen oh " + UNITS[int(s[3])]
    return "nineteen " + two(s[2:])


def ordinal(d):
    if d <= 20:
        return ORD[d]
    if d == 30:
        return "thirtieth"
    return TENS[d // 10] + " " + ORD[d % 10] if d % 10 else TENS[d // 10] + "ieth"


def speak_date(y, m, d, fillers=0.0):
    f = R.choice(["dmy", "mdy", "num", "dmy"])
    fl = (" " + R.choice(FILL)) if R.random() < fillers else ""
    if f == "dmy":
        return "%s%s of %s %s" % (R.choice(["the ", ""]) + ordinal(d), fl, MONTHS[m - 1], speak_year(y))
    if f == "mdy":
        return "%s %s%s %s" % (MONTHS[m - 1], ordinal(d), fl, speak_year(y))
    return "%s %s%s %s" % (speak_digits("%02d" % d, "single"), speak_digits("%02d" % m, "single"), fl, speak_year(y))


def type_date(y, m, d, us=False):
    f = R.choice(["slash", "slash", "dash", "long", "short", "iso", "dot"])
    if f == "slash":
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f == "dash":
        return "%d-%d-%d" % ((m, d, y) if us else (d, m, y))
    if f == "long":
        return ("%s %d, %d" % (MONTHS[m - 1].title(), d, y)) if us else ("%d %s %d" % (d, MONTHS[m - 1].title(), y))
    if f == "short":
        return "%d %s %s" % (d, MONTHS[m - 1][:3].title(), str(y)[2:] if R.random() < 0.3 else y)
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    return "%02d.%02d.%d" % (d, m, y)


def expiry():
    return R.randint(2025, 2031), R.randint(1, 12)


def type_expiry(y, m):
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                     "%s %d" % (MONTHS[m - 1][:3].title(), y), "%02d / %02d" % (m, y % 100), "%d/%02d" % (m, y % 100)])


def speak_expiry(y, m):
    return R.choice(["%s %s" % (speak_digits("%02d" % m, "single"), two(str(y)[2:])),
                     "%s %s" % (MONTHS[m - 1], speak_year(y)),
                     "%s %s" % (speak_digits("%02d" % m, "single"), speak_digits(str(y)[2:], "single")),
                     "%s %s" % (MONTHS[m - 1], two(str(y)[2:]))])


def natural_num(n):
    """house numbers as people say them."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    h, r = divmod(n, 100)
    if r == 0:
        return UNITS[h] + " hundred"
    if R.random() < 0.5 and r >= 10:
        return UNITS[h] + " " + natural_num(r)
    return UNITS[h] + " hundred and " + natural_num(r)


def split_pos(n, k):
    """k roughly even split points of a length-n string."""
    cuts = sorted(R.sample(range(2, n - 1), k - 1))
    return cuts


# ---------------------------------------------------------------- normalisation (for --check)

W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
T2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TEN2D = {w: str(i) for i, w in enumerate(TENS) if w}
ORD2D = {w: "%02d" % i for i, w in enumerate(ORD) if w}
ORD2D.update({"thirtieth": "30", "twentieth": "20"})
NATO_R = {v: k for k, v in NATO.items()}
NATO_R["xray"] = "x"


def tokens(text):
    return re.findall(r"[a-z]+-[a-z]+|[a-z]+|\d+|[+@._\-]", text.lower().replace("x-ray", "xray"))


def spoken_norm(text, email_mode=False, letters=True, alnum_mode=False):
    toks = tokens(text)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nx = toks[i + 1] if i + 1 < n else None
        if t in FILL or t in ("and",) and not email_mode:
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nx in ("for", "as") and i + 2 < n:
            j = i + 2 if nx == "for" else i + 3
            out.append(t)
            i = j + 1
            continue
        if t in ("double", "triple") and nx is not None:
            d = W2D.get(nx, nx)
            out.append(d * (2 if t == "double" else 3))
            i += 2
            continue
        if t in W2D and not ((email_mode or alnum_mode) and t == "o"):
            if nx == "hundred":
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                t2 = toks[i] if i < n else ""
                if t2 in T2D:
                    out.append(W2D[t] + T2D[t2])
                    i += 1
                elif t2 in TEN2D:
                    if i + 1 < n and toks[i + 1] in W2D and toks[i + 1] not in ("oh", "o", "zero", "nought"):
                        out.append(W2D[t] + TEN2D[t2] + W2D[toks[i + 1]])
                        i += 2
                    else:
                        out.append(W2D[t] + TEN2D[t2] + "0")
                        i += 1
                elif t2 in W2D:
                    out.append(W2D[t] + "0" + W2D[t2])
                    i += 1
                else:
                    out.append(W2D[t] + "00")
                continue
            if nx == "thousand":
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                rest = ""
                if i < n and toks[i] in W2D:
                    rest = "00" + W2D[toks[i]]
                    i += 1
                elif i < n and toks[i] in T2D:
                    rest = "0" + T2D[toks[i]]
                    i += 1
                elif i < n and toks[i] in TEN2D:
                    if i + 1 < n and toks[i + 1] in W2D:
                        rest = "0" + TEN2D[toks[i]] + W2D[toks[i + 1]]
                        i += 2
                    else:
                        rest = "0" + TEN2D[toks[i]] + "0"
                        i += 1
                else:
                    rest = "000"
                out.append(W2D[t] + rest)
                continue
            out.append(W2D[t])
            i += 1
            continue
        if t in T2D:
            out.append(T2D[t])
            i += 1
            continue
        if t in TEN2D:
            if nx in W2D and nx not in ("oh", "o", "zero", "nought"):
                out.append(TEN2D[t] + W2D[nx])
                i += 2
            elif nx in ORD2D and int(ORD2D[nx]) < 10:
                out.append(TEN2D[t] + ORD2D[nx][1])
                i += 2
            else:
                out.append(TEN2D[t] + "0")
                i += 1
            continue
        if t in ORD2D:
            out.append(ORD2D[t])
            i += 1
            continue
        if t == "hundred" and out:
            out.append("00")
            i += 1
            continue
        if email_mode:
            m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
            out.append(m.get(t, t))
        elif t == "plus":
            out.append("+")
        elif t in NATO_R:
            out.append(NATO_R[t])
        elif t.isdigit() or (len(t) == 1 and t.isalpha() and letters) or t in "+@._-":
            out.append(t)
        else:
            out.append(t)
        i += 1
    return out


def dig(text):
    return "".join(c for c in "".join(spoken_norm(text)) if c.isdigit())


def alnum(text):
    return "".join(c for c in "".join(spoken_norm(text, alnum_mode=True)) if c.isalnum()).upper()


def norm_value(typ, text):
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        return dig(text)
    if typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
        return alnum(text)
    if typ == "EMAIL":
        return "".join(spoken_norm(text, email_mode=True)).lower()
    return text


def validate_group(typ, canon, mode, parts):
    vals = [norm_value(typ, p) for p in parts]
    got = "".join(vals)
    if typ in ("DOB", "EXPIRY"):
        y, m = canon[0], canon[1]
        txt = " ".join(parts).lower()
        toks = "".join(spoken_norm(txt))
        yok = str(y)[2:] in toks or str(y)[2:] in txt
        mok = MONTHS[m - 1][:3] in txt or ("%02d" % m) in toks or str(m) in toks
        return yok and mok, "date %r" % parts
    if typ == "ADDRESS":
        num, _ = canon
        low = parts[0].lower()
        ok = num in dig(parts[0]) and any(re.search(r"\b%s\b" % s, low) for s in SUFFIX)
        ok = ok and re.match(r"^(\d|flat|apt|unit|apartment|[a-z]+ (hundred|one|two))", low) is not None \
            or (ok and low.split()[0] in W2D or low.split()[0] in T2D or low.split()[0] in TEN2D)
        return ok, "address %r" % parts
    if mode == "prefix":
        return canon.startswith(got) and len(got) >= 2, "prefix %r vs %r" % (got, canon)
    if got != canon:
        return False, "%s: %r != %r (%r)" % (typ, got, canon, parts)
    rules = {
        "CARD_NUMBER": lambda s: 13 <= len(s) <= 19 and luhn_ok(s),
        "CVV": lambda s: len(s) in (3, 4),
        "SSN": lambda s: len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000",
        "NI_NUMBER": lambda s: NI_RE.match(s) is not None,
        "BANK_ACCOUNT": lambda s: 6 <= len(s) <= 17,
        "SORT_CODE": lambda s: len(s) == 6,
        "IBAN": iban_valid,
        "PHONE": lambda s: 9 <= len(s) <= 15,
        "EMAIL": lambda s: re.match(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$", s) is not None,
        "POSTCODE": lambda s: UKPC_RE.match(s) is not None or re.match(r"^\d{5}(\d{4})?$", s) is not None,
    }
    return rules[typ](got), "%s rule failed on %r" % (typ, got)


# ---------------------------------------------------------------- case templates

CASES = []
AG_BACK = ["mhm", "go on", "yep", "ok", "okay", "uh huh", "right", "got that", "yes", "and the rest?", "mm hm"]
FILLS = ["um", "uh", "er", "erm"]
COS_UK = ["Northbridge Bank", "Harlow Telecom", "Brightwater Energy", "Clarke & Finch Insurance", "SkyRail Travel",
          "Meadow Health Billing", "HMRC helpline", "Ferndale Water"]
COS_US = ["Cascade Federal Credit Union", "Liberty Mobile", "Pinecrest Medical Billing", "Atlas Auto Insurance",
          "BlueJet Airlines", "Summit Utilities", "Keystone Retail"]
AGENTS = ["Dana", "Raj", "Megan", "Tom", "Luis", "Grace", "Owen", "Aisling", "Femi"]


def pos(note):
    c = Case("positive", note)
    CASES.append(c)
    return c


def neg(note):
    c = Case("negative", note)
    CASES.append(c)
    return c


def sig(name=None):
    name = name or (R.choice(FIRST).title() + " " + R.choice(LAST).title())
    return R.choice(["\n\nThanks,\n%s" % name, "\n\n--\n%s\nSent from my iPhone" % name,
                     "\n\nKind regards\n%s" % name, "\n\ncheers\n%s" % name.split()[0]])


# ----- CARD typed
def p_card_chat():
    d = card()
    g = group_card(d)
    c = pos("chat: full card typed with %s grouping" % ("odd" if " " not in g else "standard"))
    lead = R.choice(["card no: ", "Card number is ", "its ", "here you go ", "CC#", "card - ", "long number: "])
    c.t("agent", "Hi, you're chatting with %s at %s. How can I help?" % (R.choice(AGENTS), R.choice(COS_UK + COS_US)))
    c.t("customer", "hi i want to pay my outstanding bill by card")
    c.t("agent", "Sure, please enter the long card number.")
    c.t("customer", lead, c.v(g, "CARD_NUMBER", d), R.choice(["", " ", " thx", "\nexp next"]))
    if R.random() < 0.6:
        y, m = expiry()
        e = type_expiry(y, m)
        cv = digits(4 if d[:2] in ("34", "37") else 3, False)
        c.t("customer", R.choice(["exp ", "expiry ", "Exp: ", "valid till "]), c.v(e, "EXPIRY", (y, m)),
            R.choice([" cvv ", " / sec code ", ", CVC: ", " and the 3 digits on back are "]), c.v(cv, "CVV", cv))
        c.note += ", with expiry and CVV"


def p_card_split_msgs():
    d = card()
    k = R.choice([2, 3, 4])
    cuts = split_pos(len(d), k)
    pieces = [d[a:b] for a, b in zip([0] + cuts, cuts + [len(d)])]
    c = pos("chat/SMS: card number sent across %d messages" % k)
    gid = c.group("CARD_NUMBER", d, "full")
    c.t("agent", R.choice(["Please send the card number.", "What's the card number please?",
                           "Can you type the 16 digits for me?"]))
    for i, p in enumerate(pieces):
        c.t("customer", V(p, "CARD_NUMBER", gid), R.choice(["", "", " ...", " -"]) if i < k - 1 else R.choice(["", " (sorry, phone keeps sending)", ""]))
        if i < k - 1 and R.random() < 0.4:
            c.t("agent", R.choice(["ok", "Got it, carry on", "and the rest?"]))


def p_card_email_quoted():
    d = card()
    g = group_card(d)
    y, m = expiry()
    name = R.choice(FIRST).title() + " " + R.choice(LAST).title()
    c = pos("email: card typed in reply above quoted agent text, with signature")
    ref = "REF-%s" % digits(7)
    c.t("agent", "Dear customer,\nTo complete your booking %s please reply with the card details.\nRegards\n%s" % (ref, R.choice(COS_UK)))
    c.t("customer", "Hi,\n\nCard: ", c.v(g, "CARD_NUMBER", d), "\nExpiry: ", c.v(type_expiry(y, m), "EXPIRY", (y, m)),
        "\nName on card: %s%s\n\n> On Mon, %s wrote:\n> To complete your booking %s please reply with the card details." % (name, sig(name), R.choice(COS_UK), ref))


def p_card_webform():
    d = card()
    y, m = expiry()
    cv = digits(4 if d[:2] in ("34", "37") else 3, False)
    em = email()
    ph_n, ph = phone()
    c = pos("web form dump pasted into ticket: card, expiry, cvv, email, phone")
    c.t("agent", "[Form submission #%s forwarded by system]" % digits(6))
    c.t("customer", "Full Name: %s %s\nCard Number: " % (R.choice(FIRST).title(), R.choice(LAST).title()),
        c.v(group_card(d, R.choice(["sp4", "none", "dash4"])), "CARD_NUMBER", d),
        "\nExpiry (MM/YY): ", c.v("%02d/%02d" % (m, y % 100), "EXPIRY", (y, m)),
        "\nCVV: ", c.v(cv, "CVV", cv),
        "\nEmail: ", c.v(em.upper() if R.random() < 0.2 else em, "EMAIL", em),
        "\nPhone: ", c.v(ph, "PHONE", ph_n if not ph.startswith(("+", "00", "1-")) else dig(ph)),
        "\nAmount: \u00a3%d.%02d\nSubmitted: %02d:%02d" % (R.randint(10, 900), R.randint(0, 99), R.randint(0, 23), R.randint(0, 59)))


def p_card_linebreak():
    d = card()
    cut = R.choice([4, 8, 12])
    cut = min(cut, len(d) - 3)
    c = pos("SMS/pasted: card broken across a line within one message")
    s = d[:cut] + R.choice(["\n", " \n", "\n\n"]) + d[cut:]
    c.t("customer", R.choice(["pasting from my notes: ", "card ", "Card:\n"]), c.v(s, "CARD_NUMBER", d), R.choice(["", "\nthat's the one expiring soon"]))
    c.t("agent", "Thank you, payment of \u00a3%d.00 is processing." % R.randint(20, 400))


def p_card_asr():
    d = card()
    style = R.choice(["single", "mixed", "pairs"])
    c = pos("call ASR: card read in chunks over customer turns with agent back-channels (%s)" % style)
    gid = c.group("CARD_NUMBER", d)
    chunks = [d[i:i + 4] for i in range(0, len(d), 4)]
    if len(chunks[-1]) < 2:
        chunks[-2] += chunks[-1]
        chunks.pop()
    c.t("agent", R.choice(["ok and the long number across the front of the card please",
                           "can i take the card number when you're ready",
                           "right so the sixteen digit number on the card"]))
    i = 0
    while i < len(chunks):
        take = R.choice([1, 1, 2])
        sp = " ".join(speak_digits(x, style, fillers=0.15) for x in chunks[i:i + take])
        lead = R.choice(["", "", "yeah ", "it's ", "so ", "um "]) if i == 0 else R.choice(["", "", "then "])
        c.t("customer", lead, V(sp, "CARD_NUMBER", gid))
        i += take
        if i < len(chunks):
            c.t("agent", R.choice(AG_BACK))
    if R.random() < 0.5:
        c.t("agent", "let me just read that back ", c.v(speak_digits(d, "single"), "CARD_NUMBER", d), R.choice([" is that right", " correct?"]))
        c.t("customer", R.choice(["yep", "that's it", "yes"]))
        c.note += ", agent read-back"
    if R.random() < 0.6:
        y, m = expiry()
        c.t("agent", "and the expiry date")
        c.t("customer", R.choice(["", "it's ", "uh "]), c.v(speak_expiry(y, m), "EXPIRY", (y, m)))
        c.note += ", spoken expiry"


def p_card_restart():
    d = card()
    k = R.choice([3, 4, 5, 6])
    c = pos("call ASR: card reading restarted after a misstart, then read fully")
    c.t("agent", "and the card number")
    c.t("customer", c.v(speak_digits(d[:k], "single"), "CARD_NUMBER", d[:k], "prefix"),
        R.choice([" no wait sorry wrong card hang on", " hang on let me start again", " sorry i lost my place"]))
    c.t("agent", R.choice(["no problem", "take your time"]))
    c.t("customer", R.choice(["right ", "ok so ", ""]), c.v(speak_digits(d, R.choice(["single", "mixed"]), fillers=0.1), "CARD_NUMBER", d))


def p_card_aside():
    d = card()
    cut = R.choice([6, 8, 10])
    c = pos("call ASR: aside in the middle of a card reading")
    gid = c.group("CARD_NUMBER", d)
    c.t("customer", "the card is ", V(speak_digits(d[:cut], "single"), "CARD_NUMBER", gid),
        R.choice([" sorry the dog's barking ", " hold on my glasses ", " oh kids be quiet i'm on the phone "]),
        V(speak_digits(d[cut:], "single"), "CARD_NUMBER", gid))
    c.t("agent", "thank you")


def p_card_lastfour_plus_full():
    d = card()
    c = pos("chat: full card given, later 'ending' mention of same card is labelled too")
    c.t("customer", "pls update my card to ", c.v(group_card(d), "CARD_NUMBER", d))
    c.t("agent", "Done - the card ending ", c.v(d[-4:], "CARD_NUMBER", d[-4:], "prefix_last"), " is now your default.")


# ----- SSN
def p_ssn_typed():
    s = ssn()
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    c = pos("chat/email US: SSN typed")
    c.t("agent", "For verification I'll need your Social Security number.")
    c.t("customer", R.choice(["SSN: ", "ssn is ", "social ", "my SS# ", "ok, "]), c.v(f, "SSN", s),
        R.choice(["", "", sig(), "\n(please don't keep it on file)"]))


def p_ssn_asr():
    s = ssn()
    c = pos("call ASR: SSN read in groups with back-channels")
    gid = c.group("SSN", s)
    parts = [s[:3], s[3:5], s[5:]]
    c.t("agent", R.choice(["can i get your social security number", "and your social please"]))
    for i, p in enumerate(parts):
        c.t("customer", R.choice(["", "it's ", "uh "]) if i == 0 else "", V(speak_digits(p, R.choice(["single", "mixed"]), fillers=0.1), "SSN", gid))
        if i < 2:
            c.t("agent", R.choice(AG_BACK))
    if R.random() < 0.4:
        c.t("agent", "so that's ", c.v(speak_digits(s, "single"), "SSN", s))
        c.t("customer", "correct")


def p_ssn_oneturn():
    s = ssn()
    c = pos("call ASR: SSN in one turn with filler, plus DOB")
    y, m, d = date_between(1945, 2003)
    c.t("customer", "my social is ", c.v(speak_digits(s, R.choice(["single", "mixed"]), fillers=0.12), "SSN", s),
        " and date of birth ", c.v(speak_date(y, m, d), "DOB", (y, m, d)))
    c.t("agent", "thanks i've got you")


def p_ssn_form():
    s = ssn()
    z = zipcode()
    n, a = address("us")
    c = pos("web form / pasted US: SSN, address, ZIP")
    c.t("customer", "Applicant SSN: ", c.v("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN", s), "\nStreet: ",
        c.v(a, "ADDRESS", (n, a)), "\nCity: Springfield\nState: IL\nZIP: ", c.v(z, "POSTCODE", z.replace("-", "")),
        "\nHousehold size: %d" % R.randint(1, 6))


# ----- NI
def p_ni_typed():
    n = ni()
    f = R.choice([n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n[:2] + " " + n[2:8] + " " + n[8],
                  "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])])
    c = pos("chat/email UK: NI number typed (%s)" % ("lower case" if f.islower() else "formatted"))
    c.t("agent", R.choice(["Could you confirm your National Insurance number?", "What is your NINO please?"]))
    c.t("customer", R.choice(["NI no: ", "it's ", "NINO ", "ni number ", ""]), c.v(f, "NI_NUMBER", n), R.choice(["", " ta", sig()]))


def p_ni_asr():
    n = ni()
    c = pos("call ASR: NI number spelled with NATO letters and split over turns")
    gid = c.group("NI_NUMBER", n)
    c.t("agent", "and your national insurance number please")
    c.t("customer", "yeah it's ", V(speak_alnum(n[:2], p=0.6) + " " + speak_digits(n[2:4], "single", lc=True), "NI_NUMBER", gid))
    c.t("agent", R.choice(AG_BACK))
    c.t("customer", V(speak_digits(n[4:8], R.choice(["single", "mixed"]), fillers=0.2, lc=True) + " " + speak_letter(n[8], 0.5), "NI_NUMBER", gid))
    if R.random() < 0.5:
        c.t("agent", "let me read that back ", c.v(speak_alnum(n, p=0.2), "NI_NUMBER", n))
        c.t("customer", "that's right")


def p_ni_sms():
    n = ni()
    c = pos("SMS: NI number sent in two texts")
    gid = c.group("NI_NUMBER", n)
    c.t("customer", V(n[:5], "NI_NUMBER", gid))
    c.t("customer", V(n[5:], "NI_NUMBER", gid), " sorry hit send")
    c.t("agent", "Thanks, that's matched your record.")


# ----- bank
def p_bank_uk():
    sc, acc = digits(6, False), digits(8, False)
    c = pos("chat/email UK: sort code and account number typed")
    scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    c.t("agent", "Please provide the account you'd like the refund paid into.")
    c.t("customer", R.choice(["Sort code: ", "s/c ", "sortcode "]), c.v(scf, "SORT_CODE", sc),
        R.choice(["\nAccount no: ", " acct no:", " acc ", "\nA/C: "]), c.v(acc, "BANK_ACCOUNT", acc), R.choice(["", sig()]))


def p_bank_asr():
    sc, acc = digits(6, False), digits(8, False)
    c = pos("call ASR: sort code and account number spoken with back-channels")
    c.t("agent", "what's the sort code")
    c.t("customer", c.v(" ".join(speak_digits(sc[i:i + 2], R.choice(["pairs", "single"])) for i in (0, 2, 4)), "SORT_CODE", sc))
    c.t("agent", "and the account number")
    gid = c.group("BANK_ACCOUNT", acc)
    c.t("customer", V(speak_digits(acc[:4], "single", fillers=0.2), "BANK_ACCOUNT", gid))
    c.t("agent", R.choice(AG_BACK))
    c.t("customer", V(speak_digits(acc[4:], "mixed"), "BANK_ACCOUNT", gid))


def p_bank_us():
    rt_acc = digits(R.choice([10, 11, 12]), False)
    c = pos("email US: checking account number (routing number is not labelled)")
    c.t("customer", "Hi, please set up autopay.\nRouting: %s\nChecking acct #: " % ("0" + digits(8, False)),
        c.v(rt_acc, "BANK_ACCOUNT", rt_acc), sig())


def p_iban():
    i = iban()
    f = group_iban(i)
    if R.random() < 0.2:
        f = f.lower()
    c = pos("email/chat EU: IBAN typed (%s)" % i[:2])
    c.t("agent", "Please send the IBAN for the refund.")
    c.t("customer", R.choice(["IBAN: ", "iban ", "here: ", "IBAN - "]), c.v(f, "IBAN", i), R.choice(["", " BIC %s" % R.choice(["AIBKIE2D", "NWBKGB2L", "DEUTDEFF"]), sig()]))


def p_iban_split():
    i = iban()
    f = group_iban(i, "sp4")
    cut = (len(f) // 2 // 5) * 5
    c = pos("chat: IBAN pasted in two messages")
    gid = c.group("IBAN", i)
    c.t("customer", "iban is ", V(f[:cut].strip(), "IBAN", gid))
    c.t("agent", "ok")
    c.t("customer", V(f[cut:].strip(), "IBAN", gid))


def p_iban_asr():
    i = iban()
    c = pos("call ASR: IBAN spoken")
    c.t("customer", "the iban is ", c.v(speak_alnum(i, p=0.3, fillers=0.08), "IBAN", i))
    c.t("agent", "thank you i'll process that")


# ----- phone / email
def p_phone_typed():
    n, f = phone()
    canon = dig(f)
    c = pos("chat/SMS: phone typed")
    c.t("customer", R.choice(["call me back on ", "mob: ", "tel ", "best number is ", "Phone: "]), c.v(f, "PHONE", canon),
        R.choice(["", " after 5", " (work)", "\n\nSent from Outlook"]))


def p_phone_asr():
    n, f = phone()
    canon = dig(f)
    sp = speak_digits(canon, R.choice(["single", "mixed"]), fillers=0.1)
    if f.startswith("+"):
        sp = "plus " + sp
    c = pos("call ASR: phone number spoken")
    c.t("agent", "what's the best number to reach you")
    c.t("customer", R.choice(["it's ", "yeah ", "", "my mobile "]), c.v(sp, "PHONE", canon))
    if R.random() < 0.4:
        c.t("agent", "that's ", c.v(speak_digits(canon, "single"), "PHONE", canon), "?")


def p_email_typed():
    e = email()
    f = R.choice([e, e, e.title(), e.upper(), e.replace("@", " @ ")])
    c = pos("chat/web form: email typed")
    c.t("agent", "What email should the confirmation go to?")
    c.t("customer", R.choice(["", "email: ", "its ", "send to "]), c.v(f, "EMAIL", e), R.choice(["", " pls", " thanks!"]))


def p_email_asr():
    e = email()
    c = pos("call ASR: email spelled out")
    c.t("agent", "and can i take an email address")
    c.t("customer", R.choice(["yeah it's ", "sure ", "uh "]), c.v(speak_email(e), "EMAIL", e))
    if R.random() < 0.4:
        c.t("agent", "so that's ", c.v(speak_email(e, 0), "EMAIL", e))


def p_email_quoted():
    e = email()
    ph_n, ph = phone()
    c = pos("email thread: contact block in signature of a quoted reply")
    name = R.choice(FIRST).title() + " " + R.choice(LAST).title()
    c.t("customer", "Yes please go ahead with the upgrade.\n\n%s\n" % name, c.v(e, "EMAIL", e), " | ", c.v(ph, "PHONE", dig(ph)),
        "\n\n-----Original Message-----\nFrom: support@%s\nSubject: Your plan renewal (case 44%s)\n> Would you like to upgrade?" % (R.choice(["harlowtel.co.uk", "libertymobile.com"]), digits(5)))


# ----- DOB / address / postcode
def p_dob_typed():
    y, m, d = date_between(1940, 2005)
    us = R.random() < 0.4
    c = pos("chat/form: date of birth typed")
    c.t("agent", "Can you confirm your date of birth?")
    c.t("customer", R.choice(["DOB ", "dob: ", "born ", "", "D.O.B. "]), c.v(type_date(y, m, d, us), "DOB", (y, m, d)))


def p_dob_asr():
    y, m, d = date_between(1940, 2005)
    c = pos("call ASR: date of birth spoken")
    c.t("agent", "and your date of birth")
    c.t("customer", R.choice(["it's ", "", "uh "]), c.v(speak_date(y, m, d, fillers=0.3), "DOB", (y, m, d)))


def p_addr_typed():
    region = R.choice(["uk", "uk", "us", "ie"])
    n, a = address(region)
    c = pos("email/chat: address with postcode (%s)" % region)
    if region == "uk":
        pc = uk_postcode()
        pcf = pc if R.random() < 0.8 else pc.lower().replace(" ", "")
        c.t("customer", "new address is ", c.v(a, "ADDRESS", (n, a)), R.choice([", Leeds, ", "\nBristol\n", " Croydon "]),
            c.v(pcf, "POSTCODE", pc.replace(" ", "")))
    elif region == "us":
        z = zipcode()
        c.t("customer", "Ship to: ", c.v(a, "ADDRESS", (n, a)), R.choice([", Austin, TX ", "\nDenver CO ", ", Portland, OR "]),
            c.v(z, "POSTCODE", z.replace("-", "")))
    else:
        c.t("customer", "I moved to ", c.v(a, "ADDRESS", (n, a)), R.choice([", Drumcondra, Dublin 9", ", Cork"]), " last month")
    c.t("agent", "Thanks, I've updated that.")


def p_addr_asr():
    pc = uk_postcode()
    num = R.randint(1, 199)
    st = R.choice(STREETS_UK).lower()
    c = pos("call ASR: UK address and postcode spoken")
    c.t("agent", "can i confirm the first line of the address")
    c.t("customer", R.choice(["it's ", "", "yeah "]), c.v("%s %s" % (natural_num(num), st), "ADDRESS", (str(num), st)))
    c.t("agent", "and the postcode")
    c.t("customer", c.v(speak_alnum(pc, p=0.35), "POSTCODE", pc.replace(" ", "")))


def p_postcode_only():
    if R.random() < 0.6:
        pc = uk_postcode()
        f = R.choice([pc, pc.lower(), pc.replace(" ", "")])
        canon = pc.replace(" ", "")
    else:
        f = zipcode()
        canon = f.replace("-", "")
    c = pos("chat: postcode/ZIP only for account lookup")
    c.t("agent", "To find your account, what's the postcode or ZIP on file?")
    c.t("customer", R.choice(["", "its ", "postcode: " if not f[0].isdigit() else "ZIP: ", "PC " if not f[0].isdigit() else "zip "]), c.v(f, "POSTCODE", canon))


def p_mixed_asr_verify():
    y, m, d = date_between(1950, 2000)
    pc = uk_postcode()
    n = ni()
    c = pos("call ASR: security questions (DOB, postcode, NI) with a correction")
    c.t("agent", "for security can i take your date of birth")
    c.t("customer", c.v(speak_date(y, m, d), "DOB", (y, m, d)))
    c.t("agent", "and postcode")
    c.t("customer", c.v(speak_alnum(pc, p=0.2), "POSTCODE", pc.replace(" ", "")))
    c.t("agent", "lastly national insurance")
    c.t("customer", c.v(speak_alnum(n[:4], p=0.3), "NI_NUMBER", n[:4], "prefix"), " no sorry that's my wife's hang on ... ",
        c.v(speak_alnum(n, p=0.3, fillers=0.1), "NI_NUMBER", n))


def p_sms_masked_plus_real():
    d = card()
    c = pos("SMS: masked card in bank text (unlabelled) then customer types full card")
    c.t("agent", "Your payment of \u00a3%d.%02d with card ************%s was declined. Reply with the full card number to retry." % (R.randint(5, 300), R.randint(0, 99), digits(4, False)))
    c.t("customer", c.v(group_card(d, "none"), "CARD_NUMBER", d))


POS_TEMPLATES = [
    (p_card_chat, 16), (p_card_split_msgs, 12), (p_card_email_quoted, 8), (p_card_webform, 8),
    (p_card_linebreak, 6), (p_card_asr, 10), (p_card_restart, 4), (p_card_aside, 4), (p_sms_masked_plus_real, 4),
    (p_ssn_typed, 12), (p_ssn_asr, 8), (p_ssn_oneturn, 5), (p_ssn_form, 6),
    (p_ni_typed, 14), (p_ni_asr, 8), (p_ni_sms, 5),
    (p_bank_uk, 8), (p_bank_asr, 5), (p_bank_us, 4), (p_iban, 8), (p_iban_split, 3), (p_iban_asr, 3),
    (p_phone_typed, 8), (p_phone_asr, 6), (p_email_typed, 7), (p_email_asr, 6), (p_email_quoted, 4),
    (p_dob_typed, 6), (p_dob_asr, 5), (p_addr_typed, 8), (p_addr_asr, 5), (p_postcode_only, 4),
    (p_mixed_asr_verify, 4),
]

# ----- negatives


def luhn_num(n):
    return luhn_complete(R.choice("123456789"), n)


def n_order_luhn():
    o = luhn_num(16)
    c = neg("chat: 16-digit Luhn-valid order number with label")
    c.t("customer", "Where is my order? Order number %s placed on %d %s." % (group_card(o, R.choice(["sp4", "none"])), R.randint(1, 28), MONTHS[R.randint(0, 11)].title()))
    c.t("agent", "Order %s was dispatched yesterday, tracking 1Z%s%s." % (o, digits(6), digits(10)))


def n_ref_spoken():
    r = digits(16)
    c = neg("call ASR: long reference number read like a card")
    c.t("agent", "can you give me the reference from the letter")
    c.t("customer", "the reference number is %s" % speak_digits(r[:8], "single"))
    c.t("agent", "mhm")
    c.t("customer", speak_digits(r[8:], "single"))
    c.t("agent", "great that's your claim reference thanks")


def n_lastfour():
    c = neg("chat/call: card last-four only")
    l4 = digits(4, False)
    if R.random() < 0.5:
        c.t("customer", R.choice(["can you charge the card ending %s", "use my visa ending in %s", "the one that ends %s please"]) % l4)
        c.t("agent", "Sure, the card ending %s it is. Total \u00a3%d.%02d." % (l4, R.randint(5, 500), R.randint(0, 99)))
    else:
        c.t("customer", "it's the card ending in %s" % speak_digits(l4, "mixed"))
        c.t("agent", "lovely card ending %s" % speak_digits(l4, "single"))


def n_masked():
    c = neg("SMS/email: masked values only")
    c.t("agent", R.choice(["Card ****-****-****-%s charged $%d.%02d" % (digits(4), R.randint(5, 999), R.randint(0, 99)),
                           "We have your SSN on file as ***-**-%s." % digits(4),
                           "Account ending ...%s will be debited on the %d%s." % (digits(4), R.randint(1, 28), "th"),
                           "Payee IBAN GB** **** **** **** %s %s" % (digits(4), digits(2)),
                           "Verified number: +44 7*** ***%s" % digits(3)]))
    c.t("customer", "ok thanks")


def n_amounts():
    c = neg("call/chat: balances, amounts, percentages")
    c.t("agent", "your balance is %s pounds and %s pence and the minimum payment is \u00a3%d.%02d" % (
        speak_digits(str(R.randint(100, 9999)), "pairs"), two(str(R.randint(11, 99)).replace("0", "1")), R.randint(5, 300), R.randint(0, 99)))
    c.t("customer", "and the interest rate is %d.%d%% APR right" % (R.randint(9, 39), R.randint(0, 9)))
    c.t("agent", "yes and the next statement is on the %s" % ordinal(R.randint(1, 28)))


def n_times():
    c = neg("chat: opening hours, times, durations")
    c.t("customer", "what time do you open?")
    c.t("agent", "We're open %d:00-%d:30 Mon-Fri, %d-%dpm Sat. Average wait is %d minutes." % (
        R.randint(7, 9), R.randint(17, 20), R.randint(9, 11), R.randint(3, 5), R.randint(2, 45)))
    c.t("customer", "ok i'll call back at %d.%02d" % (R.randint(1, 12), R.choice([0, 15, 30, 45])))


def n_policy():
    c = neg("email: labelled policy/claim/invoice numbers")
    c.t("customer", "Re: Claim %s\n\nPolicy number: %s\nInvoice no: INV-%s\nVehicle reg: %s%d %s\n\nPlease advise.%s" % (
        "CLM" + digits(9), R.choice(["POL", "HH", "MTR"]) + "-" + digits(8), digits(10), R.choice(["AB", "YK", "LD"]),
        R.randint(10, 73), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), sig()))
    c.t("agent", "Thanks, claim %s is with an assessor." % digits(6))


def n_meter():
    c = neg("utilities: meter reading and serial spoken/typed")
    r = digits(5, False)
    c.t("agent", "can i take the meter reading")
    c.t("customer", "it says %s and the meter serial is %s" % (speak_digits(r, "single"), R.choice(["E", "G", "K"]) + digits(2) + "K" + digits(5)))
    c.t("agent", "thanks that's %s kilowatt hours since your last read on %d %s" % (r, R.randint(1, 28), MONTHS[R.randint(0, 11)]))


def n_travel():
    c = neg("travel: flight, gate, seat, booking ref, times")
    c.t("customer", "flight %s%d from gate %s%d, seat %d%s, booking ref %s" % (
        R.choice(["BA", "EI", "FR", "LH", "UA"]), R.randint(100, 9999), R.choice("ABC"), R.randint(1, 60), R.randint(1, 40),
        R.choice("ABCDEF"), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    c.t("agent", "The %02d:%02d departure is delayed about %d minutes. Room %d is held at the hotel." % (R.randint(0, 23), R.randint(0, 59), R.randint(10, 180), R.randint(100, 999)))


def n_ages_years():
    c = neg("call: ages, years, counts, temperatures, road names")
    c.t("customer", "i'm %s years old and i've been with you since %s, we had %d engineers out and it's %d degrees in the house, we're just off the %s" % (
        TENS[R.randint(3, 8)] + " " + UNITS[R.randint(1, 9)], speak_year(R.randint(1995, 2023)), R.randint(2, 9), R.randint(8, 15),
        R.choice(["A406", "M25", "N11", "Route 66", "I-95", "B1234"])))
    c.t("agent", "sorry to hear that, I'll raise it as priority %d" % R.randint(1, 3))


def n_appointment():
    c = neg("healthcare/government: appointment and payment dates, contract dates")
    c.t("agent", "Your appointment is on %s at %d:%02d and the payment of $%d is due %02d/%02d/%d." % (
        type_date(2026, R.randint(1, 12), R.randint(1, 28)), R.randint(8, 17), R.choice([0, 15, 30, 45]), R.randint(20, 900),
        R.randint(1, 12), R.randint(1, 28), R.randint(2025, 2027)))
    c.t("customer", "and my contract ends %s %s?" % (MONTHS[R.randint(0, 11)].title(), R.randint(2025, 2029)))


def n_ticket_spoken():
    t = digits(R.choice([9, 10, 11]))
    c = neg("call ASR: ticket number spoken with fillers like a SSN/phone")
    c.t("customer", "i've got a ticket number it's %s" % speak_digits(t, "mixed", fillers=0.15))
    c.t("agent", "ticket %s yep i can see the fault on the line" % t)


def n_serial():
    c = neg("retail/telecom: serial, model, IMEI-like and tracking numbers labelled")
    c.t("customer", "Model %s, serial no. %s, IMEI %s, tracking %s" % (
        R.choice(["KX-TG6812", "SM-G991B", "A2403", "HP 15-fd0023na"]), digits(12), luhn_num(15), "9400" + digits(18)))
    c.t("agent", "Thanks, return label RMA%s is on its way." % digits(8))


def n_sortlike():
    c = neg("chat: values shaped like sort codes/phones/SSNs but labelled as refs")
    c.t("customer", "my case ref is %s-%s-%s and the job number is %s %s %s" % (
        digits(2), digits(2), digits(2), digits(3), digits(3), digits(4)))
    c.t("agent", "Case %s-%s-%s found; the order ID %s-%s-%s is cancelled." % (digits(2), digits(2), digits(2), digits(3), digits(2), digits(4)))


def n_forwarded_invoice():
    c = neg("email: forwarded invoice with many numbers but no PII")
    c.t("customer", "FYI\n\n---------- Forwarded message ---------\nInvoice #%s\nAccount ref: %s\nPeriod: 01/%02d/2025 - 28/%02d/2025\nUnits used: %d kWh\nTotal due: \u00a3%d.%02d\nDirect debit date: %d %s\n" % (
        digits(8), digits(12), R.randint(1, 12), R.randint(1, 12), R.randint(100, 3000), R.randint(30, 400), R.randint(0, 99),
        R.randint(1, 28), MONTHS[R.randint(0, 11)].title()))
    c.t("agent", "Thanks for forwarding, I can see invoice is paid.")


NEG_TEMPLATES = [
    (n_order_luhn, 10), (n_ref_spoken, 9), (n_lastfour, 10), (n_masked, 9), (n_amounts, 7), (n_times, 6),
    (n_policy, 8), (n_meter, 7), (n_travel, 7), (n_ages_years, 6), (n_appointment, 7), (n_ticket_spoken, 7),
    (n_serial, 7), (n_sortlike, 6), (n_forwarded_invoice, 5),
]


def build():
    CASES.clear()
    plan = [f for f, k in POS_TEMPLATES for _ in range(k)]
    R.shuffle(plan)
    for f in plan:
        f()
    plan = [f for f, k in NEG_TEMPLATES for _ in range(k)]
    R.shuffle(plan)
    for f in plan:
        f()
    lines = []
    np = nn = 0
    for c in CASES:
        if c.kind == "positive":
            np += 1
            cid = "h555-pos-%03d" % np
        else:
            nn += 1
            cid = "h555-neg-%03d" % nn
        spans = [{k: s[k] for k in ("turn", "start", "end", "type")} for s in c.spans]
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": c.turns, "spans": spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(text):
    errs = []
    file_cases = [json.loads(l) for l in text.splitlines()]
    assert len(file_cases) == len(CASES)
    ids = set()
    counts = {}
    for fc, c in zip(file_cases, CASES):
        if fc["id"] in ids:
            errs.append("dup id " + fc["id"])
        ids.add(fc["id"])
        if fc["kind"] == "negative" and fc["spans"]:
            errs.append(fc["id"] + ": negative with spans")
        if fc["kind"] == "positive" and not fc["spans"]:
            errs.append(fc["id"] + ": positive without spans")
        for t in fc["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(fc["id"] + ": bad speaker")
        by_turn = {}
        parts = {}
        for s, meta in zip(fc["spans"], c.spans):
            txt = fc["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % fc["id"])
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (fc["id"], txt[max(0, a - 3):b + 3]))
            if not (txt[a].isalnum() or (s["type"] == "PHONE" and txt[a] in "+(")) or not txt[b - 1].isalnum():
                errs.append("%s: span edge not alnum %r" % (fc["id"], txt[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
            parts.setdefault(meta["_gid"], []).append(txt[a:b])
            counts[s["type"]] = counts.get(s["type"], 0) + 1
        for spans in by_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append(fc["id"] + ": overlapping spans")
        for gid, (typ, canon, mode) in enumerate(c.groups):
            if mode == "prefix_last":
                ok = luhn_ok(dig(parts[gid][0])) is not None and len(dig(parts[gid][0])) == 4
                ok = ok and any(g[0] == "CARD_NUMBER" and g[2] == "full" and g[1].endswith(canon) for g in c.groups)
                if not ok:
                    errs.append(fc["id"] + ": last-four without full card")
                continue
            ok, msg = validate_group(typ, canon, mode, parts.get(gid, []))
            if not ok:
                errs.append("%s: %s" % (fc["id"], msg))
    return errs, counts


def main():
    text = build()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            on_disk = fh.read()
        errs, counts = check(on_disk)
        if on_disk != text:
            errs.insert(0, "file is not byte-identical to regenerated output")
        npos = sum(1 for c in CASES if c.kind == "positive")
        nneg = len(CASES) - npos
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ("CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"):
            need[t] = 10
        for t, k in need.items():
            if counts.get(t, 0) < k:
                errs.append("too few %s spans: %d < %d" % (t, counts.get(t, 0), k))
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos, %d neg" % (npos, nneg))
        for e in errs[:50]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(dict(sorted(counts.items())))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(CASES), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()

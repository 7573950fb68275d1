#!/usr/bin/env python3
"""Generate the pii_holdout548 held-out PII redaction evaluation set.

Standard library only; a single seeded generator random.Random(548241125).
Every turn is built from plain-text segments and labelled value segments, so
span offsets are computed, never typed by hand.

Usage:
    python scripts/make_pii_holdout548.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout548.py --check  # regenerate and verify
"""
import argparse
import calendar
import json
import os
import re
import sys

import random

SEED = 548241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout548", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINIMA = {t: 10 for t in TYPES}
MINIMA.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})

R = None  # the one generator, created in build()

# --------------------------------------------------------------------------
# spoken-number vocabulary (shared by renderers and the normaliser)
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UNITS = {w: i for i, w in enumerate(DW)}
UNITS.update({"oh": 0, "o": 0, "nought": 0})
TEENS = {w: 10 + i for i, w in enumerate(
    ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
     "seventeen", "eighteen", "nineteen"])}
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TENS = {w: i for i, w in enumerate(TENS_W) if w}
FILLERS = {"um", "uh", "er", "erm", "ah", "umm", "uhh"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_OF = {}
for _w, _l in NATO.items():
    NATO_OF.setdefault(_l, _w)
ALT_SPELL = {"A": ["apple"], "B": ["bravo", "bob"], "C": ["charlie", "cat"], "D": ["delta", "david"],
             "E": ["echo", "edward"], "G": ["golf", "george"], "H": ["hotel", "harry"],
             "J": ["juliet", "john"], "K": ["kilo", "king"], "L": ["lima", "london"],
             "M": ["mike", "mother"], "N": ["november", "nancy"], "P": ["papa", "peter"],
             "R": ["romeo", "robert"], "S": ["sierra", "sugar"], "T": ["tango", "tommy"],
             "W": ["whiskey", "william"], "X": ["xray"], "Y": ["yankee", "yellow"],
             "Z": ["zulu", "zebra"]}
MONTHS = ["", "january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def rdigits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randrange(1, 10)) + s[1:]
    return s


def two_words(n):
    """0..99 as words (n >= 10 expected)."""
    if n < 10:
        return DW[n]
    if n < 20:
        return [k for k, v in TEENS.items() if v == n][0]
    t, u = divmod(n, 10)
    return TENS_W[t] + ("" if u == 0 else " " + DW[u])


def say_digits(s, zero=None, pairs=0.25, doubles=0.6, filler=0.0):
    """Render a digit string as speech. Output is parseable by norm_spoken."""
    zero = zero or ch(["oh", "o", "zero", "nought", "oh", "zero"])
    words = []
    i = 0
    while i < len(s):
        c = s[i]
        dw = zero if c == "0" else DW[int(c)]
        if i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and chance(doubles * 0.7):
            words.append("triple " + dw)
            i += 3
        elif i + 1 < len(s) and s[i] == s[i + 1] and chance(doubles):
            words.append("double " + dw)
            i += 2
        elif i + 1 < len(s) and c != "0" and (c == "1" or s[i + 1] != "0") and chance(pairs):
            words.append(two_words(int(s[i:i + 2])))
            i += 2
        else:
            words.append(dw)
            i += 1
        if filler and i < len(s) and chance(filler):
            words.append(ch(["um", "uh", "er", "erm"]))
    return " ".join(words)


def say_hundreds(s3, zero=None):
    """Three digits, first non-zero, as 'four hundred and twelve' where safe."""
    d, rest = s3[0], s3[1:]
    if d == "0" or (rest[0] not in "01" and rest[1] == "0"):
        return say_digits(s3, zero=zero, pairs=0.0)
    if rest == "00":
        return DW[int(d)] + " hundred"
    if rest[0] == "0":
        return DW[int(d)] + " hundred and " + DW[int(rest[1])]
    return DW[int(d)] + " hundred and " + two_words(int(rest))


def say_letter(c, style=None):
    style = style or ch(["plain", "plain", "for", "nato", "asin"])
    lc = c.lower()
    if style == "plain":
        return lc
    if style == "nato":
        return NATO_OF[c]
    word = ch(ALT_SPELL.get(c, [NATO_OF[c]]))
    if word not in NATO:
        word = NATO_OF[c] if style == "nato" else word
    return f"{lc} for {word}" if style == "for" else f"{lc} as in {word}"


def say_alnum(s, zero=None, letter_style=None):
    out = []
    buf = ""
    for c in s:
        if c.isdigit():
            buf += c
        else:
            if buf:
                out.append(say_digits(buf, zero=zero, pairs=0.15))
                buf = ""
            out.append(say_letter(c, letter_style))
    if buf:
        out.append(say_digits(buf, zero=zero, pairs=0.15))
    return " ".join(out)


# --------------------------------------------------------------------------
# normalisation of spoken / typed values (used by --check)
def norm_spoken(text):
    toks = re.findall(r"[a-z]+|\d+|\+", text.lower())
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t in FILLERS:
            i += 1
            continue
        if t in ("+", "plus"):
            out.append("+")
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            nx = toks[i + 1]
            if nx in UNITS:
                out.append(str(UNITS[nx]) * k)
            elif nx.isdigit() and len(nx) == 1:
                out.append(nx * k)
            elif nx.isalpha() and len(nx) == 1:
                out.append(nx.upper() * k)
            else:
                raise ValueError(f"bad double in {text!r}")
            i += 2
            continue
        if t in UNITS:
            if i + 1 < n and toks[i + 1] == "hundred":
                d = UNITS[t]
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                    w = toks[i]
                    if w in TEENS:
                        out.append(f"{d}{TEENS[w]}")
                        i += 1
                    elif w in TENS:
                        if i + 1 < n and toks[i + 1] in UNITS and UNITS[toks[i + 1]] and toks[i + 1] != "o":
                            out.append(f"{d}{TENS[w]}{UNITS[toks[i + 1]]}")
                            i += 2
                        else:
                            out.append(f"{d}{TENS[w]}0")
                            i += 1
                    elif w in UNITS:
                        out.append(f"{d}0{UNITS[w]}")
                        i += 1
                    else:
                        raise ValueError(f"bad hundred in {text!r}")
                else:
                    out.append(f"{d}00")
                continue
            out.append(str(UNITS[t]))
            i += 1
            continue
        if t in TEENS:
            out.append(str(TEENS[t]))
            i += 1
            continue
        if t in TENS:
            if i + 1 < n and toks[i + 1] in UNITS and UNITS[toks[i + 1]] != 0:
                out.append(f"{TENS[t]}{UNITS[toks[i + 1]]}")
                i += 2
            else:
                out.append(f"{TENS[t]}0")
                i += 1
            continue
        if t in NATO:
            out.append(NATO[t])
            i += 1
            continue
        if t.isalpha() and len(t) <= 4:
            out.append(t.upper())
            i += 1
            if i < n and toks[i] == "for":
                i += 2
            elif i + 1 < n and toks[i] == "as" and toks[i + 1] == "in":
                i += 3
            continue
        raise ValueError(f"unparseable token {t!r} in {text!r}")
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.strip().lower()
    toks = text.lower().split()
    out = []
    num = []
    i = 0

    def flush():
        if num:
            out.append(norm_spoken(" ".join(num)))
            num.clear()
    while i < len(toks):
        t = toks[i].strip(",")
        if t in FILLERS:
            i += 1
            continue
        if t != "o" and (t in UNITS or t in TEENS or t in TENS or t in ("double", "triple")):
            num.append(t)
            i += 1
            continue
        flush()
        m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
        if t in m:
            out.append(m[t])
        elif len(t) == 1 and i + 2 < len(toks) and toks[i + 1] == "for":
            out.append(t)
            i += 2
        else:
            out.append(t)
        i += 1
    flush()
    return "".join(out).lower()


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


def luhn_complete(prefix_body):
    for c in "0123456789":
        if luhn_ok(prefix_body + c):
            return prefix_body + c
    raise AssertionError


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_SUFFIX = ("road", "street", "avenue", "lane", "close", "drive", "way", "crescent", "terrace",
                 "place", "court", "gardens", "grove", "rd", "st", "ave", "boulevard", "blvd", "park",
                 "square", "hill", "row", "walk", "mews", "parade")


def date_text_ok(text, y, m):
    lt = text.lower()
    digits = "".join(re.findall(r"\d", lt))
    month_ok = MONTHS[m] in lt or MONTHS[m][:3] in lt or f"{m:02d}" in digits or str(m) in digits \
        or say_month_num_ok(lt, m)
    yy = y % 100
    year_ok = str(y) in digits or f"{yy:02d}" in digits or (yy >= 10 and two_words(yy) in lt) \
        or (yy < 10 and ("oh " + DW[yy]) in lt) or (yy < 10 and ("nought " + DW[yy]) in lt) \
        or (y >= 2000 and "two thousand" in lt)
    return month_ok and year_ok


def say_month_num_ok(lt, m):
    lt = re.sub(r"\b(slash|of|the|end)\b", " ", lt)
    try:
        return str(m) in norm_spoken(lt) or f"{m:02d}" in norm_spoken(lt)
    except ValueError:
        return False


# --------------------------------------------------------------------------
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.vals = []

    def val(self, typ, canon, mode="full", extra=None):
        self.vals.append({"type": typ, "canon": canon, "mode": mode, "segs": [], "extra": extra})
        return len(self.vals) - 1

    def say(self, speaker, *parts):
        text = ""
        for p in parts:
            if isinstance(p, str):
                text += p
            else:
                vid, seg = p
                start = len(text)
                text += seg
                self.spans.append({"turn": len(self.turns), "start": start, "end": len(text),
                                   "type": self.vals[vid]["type"]})
                self.vals[vid]["segs"].append(seg)
        self.turns.append({"speaker": speaker, "text": text})

    def c(self, *parts):
        self.say("customer", *parts)

    def a(self, *parts):
        self.say("agent", *parts)


def L(vid, text):
    return (vid, text)


# --------------------------------------------------------------------------
# value generators
FIRST = ["james", "priya", "siobhan", "tomasz", "aisha", "gareth", "maria", "chidi", "fiona", "luis",
         "hannah", "kwame", "niamh", "oliver", "mei", "dermot", "sofia", "rhys", "yusuf", "beth",
         "connor", "ingrid", "deepak", "carla", "padraig", "emily", "hamza", "zoe", "marcus", "ana"]
LAST = ["okafor", "murphy", "patel", "kowalski", "hughes", "nguyen", "brennan", "silva", "macleod",
        "hassan", "evans", "fischer", "obrien", "campbell", "dubois", "reilly", "kaur", "jensen",
        "morgan", "garcia", "doyle", "whitaker", "achebe", "lindqvist", "ross", "byrne"]
UK_STREETS = ["harcourt road", "mill lane", "victoria street", "church close", "beechwood avenue",
              "station road", "kingfisher drive", "albert terrace", "orchard way", "queens crescent",
              "high street", "rowan grove", "wellington place", "primrose gardens", "castle hill"]
US_STREETS = ["maple avenue", "elm street", "sunset boulevard", "lakeview drive", "oak street",
              "pine ridge road", "washington avenue", "cedar lane", "jefferson street", "river road"]
UK_TOWNS = ["leeds", "manchester", "cardiff", "glasgow", "bristol", "norwich", "belfast", "york",
            "swansea", "leicester", "edinburgh", "plymouth"]
US_TOWNS = [("springfield", "illinois"), ("austin", "texas"), ("dayton", "ohio"),
            ("tucson", "arizona"), ("albany", "new york"), ("boise", "idaho"), ("tampa", "florida")]
UK_AREAS = ["LS", "M", "B", "SW", "E", "N", "G", "EH", "CF", "BS", "NE", "L", "S", "NR", "CB", "BT",
            "YO", "SA", "LE", "PL", "W", "SE"]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
                 "eircom.net", "btinternet.com", "aol.com", "proton.me", "web.de"]
BACK = ["mhm", "go on", "yep", "okay", "right", "uh huh", "yeah", "got that", "sure", "ok go ahead"]
GREET = {
    "banking": ["thanks for calling northgate bank", "card services, you're speaking to dev"],
    "telecom": ["welcome to skyline mobile", "thanks for calling brightwave broadband"],
    "utilities": ["thanks for calling everpower energy", "hello, aqua water billing"],
    "retail": ["homeware direct orders, how can i help", "thanks for calling parcel and pine"],
    "insurance": ["harbour insurance claims line", "you're through to shieldwell car insurance"],
    "travel": ["aerlink reservations", "thanks for calling sunward holidays"],
    "healthcare billing": ["patient billing, st columba's hospital", "medbill services billing line"],
    "government": ["jobcentre enquiry line", "department of motor vehicles, how can i help"],
}
INDUSTRIES = list(GREET)


def name():
    return ch(FIRST) + " " + ch(LAST)


def gen_card(kind=None):
    kind = kind or ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        body, n = "4" + rdigits(5), 16
    elif kind == "mc":
        body, n = str(R.randint(51, 55)) + rdigits(4), 16
    elif kind == "amex":
        body, n = ch(["34", "37"]) + rdigits(4), 15
    elif kind == "disc":
        body, n = "6011" + rdigits(2), 16
    elif kind == "visa13":
        body, n = "4" + rdigits(5), 13
    else:
        body, n = "6759" + rdigits(2), 19
    body += rdigits(n - 1 - len(body))
    return luhn_complete(body)


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:8], num[8:13]]
    if len(num) == 19:
        return [num[:4], num[4:8], num[8:12], num[12:16], num[16:]]
    return [num[i:i + 4] for i in range(0, 16, 4)]


def card_typed(num):
    style = ch(["space", "space", "dash", "none", "odd", "dot", "mixed"])
    g = card_groups(num)
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "none":
        return num
    if style == "dot":
        return ".".join(g)
    if style == "mixed":
        return g[0] + " " + "-".join(g[1:])
    # odd grouping
    cuts = sorted(R.sample(range(2, len(num) - 1), 3))
    parts, prev = [], 0
    for c in cuts + [len(num)]:
        parts.append(num[prev:c])
        prev = c
    return " ".join(parts)


def gen_expiry():
    return (R.randint(2025, 2032), R.randint(1, 12))


def expiry_typed(y, m):
    return ch([f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}", f"{m:02d}-{y % 100:02d}",
               f"{MONTHS[m][:3].capitalize()} {y % 100:02d}", f"{m}/{y % 100:02d}",
               f"{MONTHS[m].capitalize()} {y}"])


def expiry_spoken(y, m):
    yy = y % 100
    mm = ch(["oh", "zero", "o"]) + " " + DW[m] if m < 10 else two_words(m)
    return ch([f"{mm} {two_words(yy)}", f"{MONTHS[m]} {two_words(yy)}",
               f"{MONTHS[m]} twenty {two_words(yy)}", f"{mm} slash {two_words(yy)}",
               f"end of {MONTHS[m]} twenty {two_words(yy)}"]).replace("end of ", "")


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


def ssn_typed(s):
    return ch([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s,
               f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]}.{s[3:5]}.{s[5:]}"])


def gen_ni():
    while True:
        s = ch("ABCEGHJKLMNPRSTWXYZ") + ch("ABCEGHJKLMNPRSTWXYZ") + rdigits(6) + ch("ABCD")
        if NI_RE.fullmatch(s):
            return s


def ni_typed(s):
    v = ch([s, f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}", f"{s[:2]}{s[2:8]} {s[8]}",
            f"{s[:2]} {s[2:8]} {s[8]}", f"{s[:2]}-{s[2:4]}-{s[4:6]}-{s[6:8]}-{s[8]}"])
    return ch([v, v, v.lower(), v[:2].lower() + v[2:]])


def gen_sort():
    return ch(["20", "40", "60", "30", "08", "77", "83", "11", "09", "16"]) + rdigits(4)


def sort_typed(s):
    return ch([f"{s[:2]}-{s[2:4]}-{s[4:]}", f"{s[:2]} {s[2:4]} {s[4:]}", s, f"{s[:2]}/{s[2:4]}/{s[4:]}"])


def sort_spoken(s):
    return ", ".join(say_digits(s[i:i + 2], pairs=0.4) for i in range(0, 6, 2))


IBAN_SPEC = {"GB": ("bank", ["NWBK", "BARC", "MIDL", "HBUK"], 14), "IE": ("bank", ["AIBK", "IPBS", "BKIR"], 14),
             "NL": ("bank", ["ABNA", "INGB", "RABA"], 10), "DE": ("num", None, 18),
             "ES": ("num", None, 20), "FR": ("num", None, 23), "BE": ("num", None, 12)}


def gen_iban(cc=None):
    cc = cc or ch(list(IBAN_SPEC))
    kind, banks, n = IBAN_SPEC[cc]
    bban = (ch(banks) if kind == "bank" else "") + rdigits(n)
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - num % 97
    return f"{cc}{chk:02d}{bban}"


def iban_typed(s):
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return ch([g, g, s, g.lower(), s[:4] + " " + s[4:]])


def gen_uk_pc():
    area = ch(UK_AREAS)
    dist = str(R.randint(1, 28)) if len(area) == 2 else str(R.randint(1, 20))
    return f"{area}{dist}{R.randint(0, 9)}{ch(PC_LET)}{ch(PC_LET)}"


def pc_typed(pc):
    v = pc[:-3] + " " + pc[-3:]
    return ch([v, v, v.lower(), pc, v.upper()])


def pc_spoken(pc):
    out = []
    for c in pc[:-3]:
        out.append(say_letter(c, ch(["plain", "plain", "for"])) if c.isalpha() else two_words(int(c)) if False else None)
    out = []
    head = pc[:-3]
    letters = re.match(r"[A-Z]+", head).group(0)
    digs = head[len(letters):]
    for c in letters:
        out.append(say_letter(c, ch(["plain", "plain", "for"])))
    if digs.isdigit():
        out.append(DW[int(digs)] if len(digs) == 1 else (two_words(int(digs)) if chance(0.6) else say_digits(digs)))
    else:
        out.append(say_alnum(digs))
    out.append(DW[int(pc[-3])] if pc[-3] != "0" else ch(["zero", "oh", "nought"]))
    out.append(say_letter(pc[-2], ch(["plain", "plain", "for", "nato"])))
    out.append(say_letter(pc[-1], ch(["plain", "plain", "for", "nato"])))
    return " ".join(out)


def gen_zip():
    z = rdigits(5, True)
    return z + rdigits(4) if chance(0.25) else z


def zip_typed(z):
    return z if len(z) == 5 else z[:5] + "-" + z[5:]


def gen_dob():
    y = R.randint(1936, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, calendar.monthrange(y, m)[1])
    return (y, m, d)


def year_spoken(y):
    if y >= 2000:
        return ch(["two thousand and " + DW[y - 2000] if y < 2010 else "twenty " + two_words(y - 2000),
                   "two thousand and " + (DW[y - 2000] if y < 2010 else two_words(y - 2000))])
    yy = y % 100
    yw = two_words(yy) if yy >= 10 else "oh " + DW[yy]
    return ch(["nineteen " + yw, yw])


def dob_typed(y, m, d, us=False):
    if us:
        return ch([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS[m].capitalize()} {d}, {y}",
                   f"{m:02d}-{d:02d}-{y}"])
    return ch([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{d} {MONTHS[m].capitalize()} {y}",
               f"{d}.{m:02d}.{y}", f"{d}{['th', 'st', 'nd', 'rd'][d % 10 if d % 10 < 4 and d not in (11, 12, 13) else 0]} {MONTHS[m][:3].capitalize()} {y}",
               f"{y}-{m:02d}-{d:02d}"])


def dob_spoken(y, m, d, us=False):
    yw = year_spoken(y)
    if us:
        return ch([f"{MONTHS[m]} {ORD[d]} {yw}", f"{MONTHS[m]} {ORD[d]}, {yw}"])
    mm = ch(["oh", "zero"]) + " " + DW[m] if m < 10 else two_words(m)
    dd = ch(["oh", "zero"]) + " " + DW[d] if d < 10 else two_words(d)
    return ch([f"{ORD[d]} of {MONTHS[m]} {yw}", f"the {ORD[d]} of {MONTHS[m]} {yw}",
               f"{ORD[d]} {MONTHS[m]} {yw}", f"{dd} {mm} {two_words(y % 100) if y % 100 >= 10 else 'oh ' + DW[y % 100]}"]
              ).replace("the ", "", 1) if False else ch(
        [f"{ORD[d]} of {MONTHS[m]} {yw}", f"{ORD[d]} {MONTHS[m]} {yw}",
         f"{dd} {mm} {two_words(y % 100) if y % 100 >= 10 else 'oh ' + DW[y % 100]}"])


def gen_uk_mobile():
    return "07" + ch(["700", "911", "723", "845", "956", "389", "412"]) + rdigits(6)


def gen_uk_land():
    return ch(["0113", "0161", "0121", "0117", "0131", "0141", "0191", "0207", "0208", "01632"]) + rdigits(6 if True else 7)


def gen_ie_mobile():
    return "08" + ch(["3", "5", "6", "7", "9"]) + rdigits(7)


def gen_us_phone():
    return ch(["415", "312", "646", "512", "206", "617", "702", "303"]) + "555" + rdigits(4)


def phone_canon_intl(national, cc):
    return "+" + cc + (national[1:] if national.startswith("0") else national)


def email_make():
    f, l = ch(FIRST), ch(LAST)
    local = ch([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{f}_{l}", f"{f}{R.randint(1, 99)}",
                f"{l}.{f[0]}{R.randint(70, 99)}", f"{f[0]}{l}"])
    return local + "@" + ch(EMAIL_DOMAINS)


def email_typed(e):
    loc, dom = e.split("@")
    style = ch(["plain", "plain", "cap", "upper_dom"])
    if style == "cap":
        loc = ".".join(p.capitalize() for p in loc.split("."))
    elif style == "upper_dom":
        dom = dom.capitalize()
    return loc + "@" + dom


def email_spoken(e, spell=False):
    loc, dom = e.split("@")

    def part(p):
        toks = []
        for chunk in re.findall(r"[a-z]+|\d+|[._-]", p):
            if chunk == ".":
                toks.append("dot")
            elif chunk == "_":
                toks.append("underscore")
            elif chunk == "-":
                toks.append("dash")
            elif chunk.isdigit():
                toks.append(two_words(int(chunk)) if len(chunk) == 2 and chunk[0] != "0" and chance(0.6)
                            else say_digits(chunk, pairs=0, zero="zero"))
            elif len(chunk) == 1:
                toks.append(chunk)
            elif spell and chance(0.5):
                toks.append(" ".join(chunk))
            else:
                toks.append(chunk)
        return " ".join(toks)
    return part(loc) + " at " + part(dom)


def address_uk():
    num = R.randint(1, 240)
    st = ch(UK_STREETS)
    flat = R.randint(1, 30) if chance(0.3) else None
    return num, st, flat


def addr_uk_typed(num, st, flat):
    s = f"{num} {st.title()}" if chance(0.7) else f"{num} {st}"
    if flat:
        s = ch([f"Flat {flat}, {s}", f"flat {flat} {s}", f"{flat}/{s}" if False else f"Flat {flat} {s}"])
    return s


def addr_uk_spoken(num, st, flat):
    nw = two_words(num) if 10 <= num < 100 else (DW[num] if num < 10 else say_hundreds(f"{num:03d}") if chance(0.5) else say_digits(str(num), pairs=0.5))
    s = f"{nw} {st}"
    if flat:
        s = f"flat {two_words(flat) if flat >= 10 else DW[flat]} {s}"
    return s


# --------------------------------------------------------------------------
# positive scenarios
def card_read_groups(cs, vid, groups, zero, speaker="customer", aside=None):
    """Customer reads groups over several turns with agent back-channels."""
    i = 0
    while i < len(groups):
        take = 1 if chance(0.6) else 2
        chunk = groups[i:i + take]
        text = ", ".join(say_digits(g, zero=zero, filler=0.08) for g in chunk)
        lead = ch(["", "", "okay it's ", "right, ", "so ", "um ", "the next bit is "]) if i else ch(["it's ", "okay so it's ", "", "yeah it's ", "right it's "])
        if i == 0:
            lead = ch(["it's ", "okay so it's ", "", "yeah it's ", "right it's "])
        if aside and i == 2:
            cs.say(speaker, lead, L(vid, text), ", " + aside)
        else:
            cs.say(speaker, lead, L(vid, text))
        i += take
        if i < len(groups):
            cs.a(ch(BACK))


def sc_card_split_call(ind):
    num = gen_card()
    cs = Case("positive", f"{ind} call: card read over several turns, agent read-back, expiry and cvv")
    zero = ch(["oh", "zero", "nought", "o"])
    cs.a(ch(GREET[ind]) + ". " + ch(["to take the payment i'll need the long number across the front of the card",
                                        "can i take the card number please, the long one", "whenever you're ready, the card number"]))
    v = cs.val("CARD_NUMBER", num)
    card_read_groups(cs, v, card_groups(num), zero)
    v2 = cs.val("CARD_NUMBER", num)
    cs.a(ch(["let me just read that back, ", "so that's ", "okay i have "]),
         L(v2, say_digits(num, zero=ch(["zero", "oh"]), pairs=0.1, doubles=0.3)), ch([", is that right?", ", correct?", " yeah?"]))
    cs.c(ch(["yes that's right", "yep", "that's it", "correct"]))
    y, m = gen_expiry()
    ve = cs.val("EXPIRY", (y, m))
    cs.a(ch(["and the expiry date", "and when does it expire", "expiry date please"]))
    cs.c(ch(["", "it's ", "um "]), L(ve, expiry_spoken(y, m)))
    cvv = rdigits(4 if len(num) == 15 else 3)
    vc = cs.val("CVV", cvv)
    cs.a(ch(["and the last three digits on the signature strip", "and the security code on the back",
             "lastly the three digit code on the back"]) if len(cvv) == 3 else "and the four digit code on the front, above the number")
    cs.c(ch(["", "it's ", "that's "]), L(vc, say_hundreds(cvv) if len(cvv) == 3 and cvv[0] != "0" and chance(0.3) else say_digits(cvv, pairs=0.2)))
    return cs


def sc_card_correction(ind):
    num = gen_card(ch(["visa", "mc", "disc"]))
    cs = Case("positive", f"{ind} call: card read with one wrong digit, caller corrects a group, agent misreads and is corrected")
    g = card_groups(num)
    zero = ch(["oh", "zero"])
    cs.a("can i take the card number")
    # wrong digit in group 3
    gi = 2
    pos = R.randrange(4)
    wrongd = str((int(g[gi][pos]) + R.randint(1, 8)) % 10)
    wg = g[gi][:pos] + wrongd + g[gi][pos + 1:]
    wrong = "".join(g[:gi]) + wg + "".join(g[gi + 1:])
    vw = cs.val("CARD_NUMBER", num, mode="wrong", extra=wrong)
    cs.c(ch(["yeah it's ", "okay ", ""]), L(vw, " ".join(say_digits(x, zero=zero) for x in [g[0], g[1], wg, g[3]])))
    vf = cs.val("CARD_NUMBER", num, mode="part")
    tail = []
    if chance(0.5):
        tail = [" not ", L(cs.val("CARD_NUMBER", num, mode="wrongpart", extra=wrong), say_digits(wg, zero=zero, pairs=0))]
    cs.c(ch(["oh no sorry, sorry, the third lot is ", "wait no, that third bit should be ", "hang on i misread that, it's "]),
         L(vf, say_digits(g[gi], zero=zero, pairs=0)), *tail)
    # agent misreads group 2
    pos2 = R.randrange(4)
    bad = g[1][:pos2] + str((int(g[1][pos2]) + 1) % 10) + g[1][pos2 + 1:]
    va = cs.val("CARD_NUMBER", num, mode="wrong", extra=g[0] + bad + "".join(g[2:]))
    cs.a(ch(["okay so from the top ", "right, "]), L(va, ", ".join(say_digits(x, zero=zero, pairs=0, doubles=0.3) for x in [g[0], bad, g[2], g[3]])))
    vc = cs.val("CARD_NUMBER", num, mode="part")
    vc2 = cs.val("CARD_NUMBER", num, mode="wrongpart", extra=g[0] + bad + "".join(g[2:]))
    cs.c(ch(["no the second group is ", "not quite, second bit's "]), L(vc, say_digits(g[1], zero=zero, pairs=0)),
         ch([", you said ", ", not "]), L(vc2, say_digits(bad, zero=zero, pairs=0)))
    vb = cs.val("CARD_NUMBER", num, mode="part")
    cs.a(ch(["ah sorry, ", "my mistake, "]), L(vb, say_digits(g[1], zero=zero, pairs=0)), ch([", got it", ". thank you"]))
    return cs


def sc_card_hold(ind):
    num = gen_card()
    cs = Case("positive", f"{ind} call: card reading interrupted by a hold, agent partial read-back, caller resumes")
    g = card_groups(num)
    zero = ch(["oh", "zero", "nought"])
    cs.a(ch(GREET[ind]) + ", are you ready with the card")
    v1 = cs.val("CARD_NUMBER", num, mode="part")
    cs.c("yeah it's ", L(v1, say_digits(g[0], zero=zero) + " " + say_digits(g[1], zero=zero)))
    cs.a(ch(["sorry can i just put you on a brief hold, the system's frozen", "bear with me one second, i'm going to pop you on hold",
             "one moment, i need to transfer you to payments, please hold"]))
    cs.c("okay")
    cs.a(ch(["thanks for holding. ", "hi, you're through to payments now. ", "sorry about that. "]) +
         ch(["you'd got as far as ", "i've got the first eight, ", "my colleague passed on "]), L(cs.val("CARD_NUMBER", num, mode="part"),
            say_digits(g[0], zero="zero", pairs=0) + ", " + say_digits(g[1], zero="zero", pairs=0)), ", go on")
    v3 = cs.val("CARD_NUMBER", num, mode="part")
    cs.c(L(v3, ", ".join(say_digits(x, zero=zero, filler=0.1) for x in g[2:])))
    cs.a(ch(["and that last bit was ", "so ending "]), L(cs.val("CARD_NUMBER", num, mode="part"), say_digits(g[-1], zero="zero", pairs=0)), "?")
    cs.c("yes")
    return cs


def sc_card_for_other(ind):
    num = gen_card()
    rel = ch(["my mum", "my dad", "my husband", "my wife", "my gran", "my boss", "my son"])
    cs = Case("positive", f"{ind} call: caller reads a card for {rel} with an aside mid-reading")
    g = card_groups(num)
    zero = ch(["oh", "zero", "o"])
    cs.c(ch(["hi, i'm calling on behalf of ", "hello i'm ringing for "]) + rel + ", " + ch(["she's", "he's", "they're"]) + " given me permission, it's about the bill")
    cs.a("that's fine, can you read me the card number")
    v = cs.val("CARD_NUMBER", num)
    asides = ["hang on, she's got her thumb over it", "sorry the dog's barking", "wait, let me get my glasses",
              "he's reading it to me", "just a sec, it's a bit worn"]
    card_read_groups(cs, v, g, zero, aside=ch(asides))
    cs.a("and the name on the card")
    cs.c(name())
    if chance(0.5):
        cs.a(ch(["and the expiry?", "expiry date?"]))
        y, m = gen_expiry()
        cs.c(ch(["she says ", "he says ", ""]), L(cs.val("EXPIRY", (y, m)), expiry_spoken(y, m)))
    return cs


def sc_card_chat(ind):
    num = gen_card()
    cs = Case("positive", f"{ind} chat: typed card, expiry, cvv; agent confirms last four (full card present)")
    lab = ch(["card no: ", "Card number - ", "card# ", "cc: ", "my card is ", "CARD NUMBER: ", "the card is "])
    cs.c(ch(["hi can i pay my bill on here? ", "Hello, pls update my payment card. ", "want to pay the outstanding balance. "]) + lab,
         L(cs.val("CARD_NUMBER", num), card_typed(num)))
    y, m = gen_expiry()
    cvv = rdigits(4 if len(num) == 15 else 3)
    cs.c(ch(["exp ", "expiry ", "Exp: ", "expires ", "valid to "]), L(cs.val("EXPIRY", (y, m)), expiry_typed(y, m)),
         ch([" cvv ", ", CVV: ", " sec code ", " cvc="]), L(cs.val("CVV", cvv), cvv))
    cs.a(ch(["Thanks. I've updated the card ending ", "Got it, card ending in ", "Payment taken from the card ending "]),
         L(cs.val("CARD_NUMBER", num, mode="part"), num[-4:]), ch([".", ", please don't share the security code in chat in future."]))
    return cs


def sc_card_email(ind):
    num = gen_card()
    em = email_make()
    cs = Case("positive", f"{ind} e-mail: card number with typo-ish label, reply-to address")
    cs.c(ch(["Subject: refund\n", "RE: missing refund\n", ""]) + ch(["Hi, the refund should go back to cardnumber ", "pls refund to my crd ", "refund to card nr. "]),
         L(cs.val("CARD_NUMBER", num), card_typed(num)), ch([" (visa debit). ", ". ", " thx. "]),
         ch(["You can reach me at ", "email me on ", "contact: "]), L(cs.val("EMAIL", em), email_typed(em)))
    cs.a("Thank you, the refund has been raised and will show in 3-5 working days.")
    return cs


def sc_ssn_call(ind):
    s = gen_ssn()
    cs = Case("positive", f"{ind} US call: SSN read in pieces, agent confirms piece by piece, single-digit correction")
    zero = ch(["oh", "zero"])
    cs.a(ch(GREET[ind]) + ". " + ch(["to verify, can i get your social security number", "i'll need the social to pull up the account",
                                        "what's the social on the account"]))
    v = cs.val("SSN", s)
    first = say_hundreds(s[:3], zero) if s[0] != "0" and chance(0.3) else say_digits(s[:3], zero=zero)
    cs.c(ch(["sure it's ", "okay ", "yeah um "]), L(v, first))
    vb1 = cs.val("SSN", s, mode="part")
    cs.a(L(vb1, say_digits(s[:3], zero=zero, pairs=0)))
    cs.c(L(v, say_digits(s[3:5], zero=zero, pairs=0.5)))
    cs.a(ch(BACK))
    wrong_i = R.randrange(5, 9)
    if chance(0.5):
        cs.c(L(v, say_digits(s[5:], zero=zero, filler=0.15)))
    else:
        cs.c(L(v, say_digits(s[5:], zero=zero, filler=0.15)))
    wr = s[:wrong_i] + str((int(s[wrong_i]) + 3) % 10) + s[wrong_i + 1:]
    vr = cs.val("SSN", s, mode="wrong", extra=wr)
    cs.a(ch(["so i have ", "let me repeat that, "]), L(vr, say_digits(wr[:3], zero=zero, pairs=0) + ", " +
                                                       say_digits(wr[3:5], zero=zero, pairs=0) + ", " + say_digits(wr[5:], zero=zero, pairs=0)))
    vc = cs.val("SSN", s, mode="part")
    cs.c(ch(["no, the last four are ", "not quite, it ends "]), L(vc, say_digits(s[5:], zero=zero, pairs=0)))
    cs.a("thank you, that matches")
    return cs


def sc_ssn_chat(ind):
    s = gen_ssn()
    rel = ch(["", "", "my wife's ", "my dad's ", "the patient's ", "my daughter's "])
    cs = Case("positive", f"{ind} chat: typed SSN{' for ' + rel.strip() if rel else ''}")
    lab = ch(["SSN: ", "ss# ", "social is ", "social security no. ", "SSN - ", "ssn "])
    cs.c(ch(["Hi, ", "hello, need to update records. ", ""]) + rel + lab, L(cs.val("SSN", s), ssn_typed(s)))
    if chance(0.5):
        d = gen_dob()
        cs.c("DOB ", L(cs.val("DOB", d), dob_typed(*d, us=True)))
    cs.a(ch(["Thanks, I've located the record.", "Thank you. For security please don't post your SSN in chat again."]))
    if chance(0.4):
        s2 = s
        cs.c(ch(["just to double check you got it right, it's ", "to confirm: "]), L(cs.val("SSN", s2), ssn_typed(s2)))
    return cs


def sc_ni_call(ind):
    ni = gen_ni()
    cs = Case("positive", f"{ind} UK call: NI number with spelling alphabet, confirmed piece by piece")
    cs.a(ch(["and your national insurance number please", "can i take your n i number", "what's your national insurance number"]))
    v = cs.val("NI_NUMBER", ni)
    ls = ch(["for", "plain", "nato", "asin"])
    cs.c(ch(["it's ", "yeah it's ", "um ", ""]), L(v, say_letter(ni[0], ls) + " " + say_letter(ni[1], ls)))
    vp = cs.val("NI_NUMBER", ni, mode="part")
    if chance(0.5):
        cs.a(L(vp, say_letter(ni[0], "nato") + " " + say_letter(ni[1], "nato")), "?")
        cs.c("yes")
    else:
        cs.a(ch(["was that ", "sorry, "]), L(vp, say_letter(ni[0], "plain") + " " + say_letter(ni[1], "plain")),
             ch(["?", ", as in " + NATO_OF[ni[1]] + "?"]))
        cs.c(ch(["that's right", "yep"]))
    digs = ni[2:8]
    style = ch(["pairs", "singles", "mixed"])
    if style == "pairs":
        d = " ".join(two_words(int(digs[i:i + 2])) if digs[i] != "0" else say_digits(digs[i:i + 2], pairs=0) for i in range(0, 6, 2))
    elif style == "singles":
        d = say_digits(digs, pairs=0, filler=0.1)
    else:
        d = say_digits(digs, pairs=0.5)
    cs.c(L(v, d))
    cs.a(ch(BACK))
    cs.c(ch(["and then ", "and the letter's ", ""]), L(v, say_letter(ni[8], ch(["for", "plain", "asin"]))))
    vr = cs.val("NI_NUMBER", ni)
    cs.a(ch(["so that's ", "lovely, i've got ", "confirming "]), L(vr, " ".join(say_letter(c, "plain") for c in ni[:2]) + " " +
                                                            say_digits(digs, pairs=0, zero="zero") + " " + say_letter(ni[8], "plain")))
    cs.c("correct")
    return cs


def sc_ni_chat(ind):
    ni = gen_ni()
    cs = Case("positive", f"{ind} chat/e-mail: typed NI number with label variation")
    lab = ch(["NI no: ", "ni number ", "NINO: ", "Nat Ins: ", "my NI is ", "N.I. number - "])
    other = ch(["", "", "on behalf of my father, "])
    cs.c(ch(["Hi, ", "Dear team, ", ""]) + other + ch(["re my pension, ", "for the payroll form, ", "benefit claim: "]) + lab,
         L(cs.val("NI_NUMBER", ni), ni_typed(ni)))
    if chance(0.5):
        pc = gen_uk_pc()
        cs.c("postcode ", L(cs.val("POSTCODE", pc), pc_typed(pc)))
    cs.a(ch(["Thanks, I can see the record now.", "Thank you, we've updated that."]))
    return cs


def sc_bank_call(ind):
    sc = gen_sort()
    acc = rdigits(8)
    cs = Case("positive", f"{ind} UK call: sort code and account read, agent read-back, correction of one digit")
    cs.a(ch(["for the direct debit i'll need the sort code and account number", "which account would you like the refund paid into"]))
    cs.c(ch(["sort code is ", "okay the sort code's ", "um sort code "]), L(cs.val("SORT_CODE", sc), sort_spoken(sc)))
    cs.a(L(cs.val("SORT_CODE", sc), sort_typed(sc).replace("-", " ").replace("/", " ") if False else sort_spoken(sc)), ch([", yep", ", okay"]), ", and the account number")
    v = cs.val("BANK_ACCOUNT", acc)
    if chance(0.5):
        cs.c(L(v, say_digits(acc[:4], filler=0.1)))
        cs.a(ch(BACK))
        cs.c(L(v, say_digits(acc[4:])))
    else:
        cs.c(ch(["it's ", "account number "]), L(v, say_digits(acc, filler=0.1)))
    pos = R.randrange(8)
    wr = acc[:pos] + str((int(acc[pos]) + 1) % 10) + acc[pos + 1:]
    cs.a("so that's ", L(cs.val("BANK_ACCOUNT", acc, mode="wrong", extra=wr), say_digits(wr, pairs=0, zero="zero")))
    cs.c(ch(["no, ", "not quite, "]), L(cs.val("BANK_ACCOUNT", acc), say_digits(acc, pairs=0, zero="zero")))
    cs.a("sorry, got it now")
    return cs


def sc_bank_chat(ind):
    sc = gen_sort()
    acc = rdigits(8)
    cs = Case("positive", f"{ind} chat: typed account number and sort code with labels")
    cs.c(ch(["acct no: ", "Account number: ", "a/c ", "account "]), L(cs.val("BANK_ACCOUNT", acc), acc),
         ch([" s/c ", ", sort code ", " sort: ", "\nsortcode "]), L(cs.val("SORT_CODE", sc), sort_typed(sc)))
    if chance(0.5):
        iban = gen_iban("GB")
        cs.c(ch(["or as IBAN ", "IBAN: "]), L(cs.val("IBAN", iban), iban_typed(iban)))
    cs.a("Thanks, the refund will be paid into that account.")
    return cs


def sc_us_bank(ind):
    acc = rdigits(R.randint(9, 12), True)
    cs = Case("positive", f"{ind} US call: checking account number, caller restarts the reading")
    cs.a("and the checking account number")
    cs.c(ch(["it's ", "okay "]), L(cs.val("BANK_ACCOUNT", acc, mode="part"), say_digits(acc[:3])),
         ch(["... sorry let me start again, ", " uh no wait, from the top, "]), L(cs.val("BANK_ACCOUNT", acc), say_digits(acc, filler=0.05)))
    cs.a("reading back, ", L(cs.val("BANK_ACCOUNT", acc), say_digits(acc, pairs=0, zero="zero")))
    cs.c("perfect")
    return cs


def sc_iban_call(ind):
    cc = ch(["IE", "DE", "NL", "ES", "FR", "BE", "GB"])
    iban = gen_iban(cc)
    cs = Case("positive", f"{ind} EU call: IBAN read in chunks with agent confirmations")
    cs.a(ch(["can you give me the iban for the refund", "i need the full iban please"]))
    v = cs.val("IBAN", iban)
    chunks = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    i = 0
    while i < len(chunks):
        take = ch([1, 2, 2, 3])
        txt = " ".join(say_alnum(x, letter_style=ch(["plain", "for", "nato"])) for x in chunks[i:i + take])
        cs.c("" if i else ch(["it's ", "okay so ", ""]), L(v, txt))
        i += take
        if i < len(chunks):
            if chance(0.3):
                cs.a(L(cs.val("IBAN", iban, mode="part"), say_alnum("".join(chunks[i - take:i]), letter_style="plain")), ", yep")
            else:
                cs.a(ch(BACK))
    cs.a("thank you, i'll read it back: ", L(cs.val("IBAN", iban), say_alnum(iban, letter_style="plain")))
    cs.c("that's it")
    return cs


def sc_iban_typed(ind):
    iban = gen_iban()
    cs = Case("positive", f"{ind} e-mail: IBAN typed with spacing variation")
    cs.c(ch(["Please pay the refund to IBAN ", "my iban: ", "Bank details - IBAN ", "IBAN "]), L(cs.val("IBAN", iban), iban_typed(iban)),
         ch([" (account in my name).", ". Thanks", ""]))
    cs.a("Thank you, we'll process that within 5 working days.")
    return cs


def sc_phone_call(ind):
    kind = ch(["ukmob", "ukland", "ie", "us", "intl_uk"])
    if kind == "ukmob":
        nat = gen_uk_mobile(); canon = nat
    elif kind == "ukland":
        nat = gen_uk_land(); canon = nat
    elif kind == "ie":
        nat = gen_ie_mobile(); canon = phone_canon_intl(nat, "353") if chance(0.5) else nat
    elif kind == "us":
        nat = gen_us_phone(); canon = nat
    else:
        nat = gen_uk_mobile(); canon = phone_canon_intl(nat, "44")
    cs = Case("positive", f"{ind} call: phone number read, agent read-back, correction of a digit")
    cs.a(ch(["what's the best number to reach you on", "can i take a contact number", "and a number in case we get cut off"]))
    if canon.startswith("+"):
        spoken = "plus " + say_digits(canon[1:3] if canon.startswith("+44") else canon[1:4], pairs=0) + " " + say_digits(canon[3:] if canon.startswith("+44") else canon[4:], filler=0.05)
    else:
        spoken = say_digits(canon, filler=0.05)
    v = cs.val("PHONE", canon)
    cs.c(ch(["it's ", "my mobile is ", "yeah ", "um "]), L(v, spoken))
    pos = R.randrange(len(canon) - 4, len(canon))
    wr = canon[:pos] + str((int(canon[pos]) + 2) % 10) + canon[pos + 1:]
    wsp = ("plus " + say_digits(wr[1:], pairs=0, zero="zero")) if wr.startswith("+") else say_digits(wr, pairs=0, zero="zero")
    cs.a("let me read that back, ", L(cs.val("PHONE", canon, mode="wrong", extra=wr), wsp))
    cs.c(ch(["no, it ends ", "not quite, the end is "]), L(cs.val("PHONE", canon, mode="part"), say_digits(canon[-4:], pairs=0)))
    cs.a("ah, ", L(cs.val("PHONE", canon, mode="part"), say_digits(canon[-4:], pairs=0, zero="zero")), ", got it")
    return cs


def sc_phone_typed(ind):
    cs = Case("positive", f"{ind} chat: typed phone numbers, national and international")
    k = ch(["uk", "ie", "us", "eu"])
    if k == "uk":
        nat = gen_uk_mobile()
        canon, txt = ch([(nat, f"{nat[:5]} {nat[5:]}"), (phone_canon_intl(nat, "44"), f"+44 {nat[1:5]} {nat[5:]}"),
                         (phone_canon_intl(nat, "44"), f"+44{nat[1:]}"), (nat, nat)])
    elif k == "ie":
        nat = gen_ie_mobile()
        canon, txt = ch([(nat, f"{nat[:3]} {nat[3:6]} {nat[6:]}"), (phone_canon_intl(nat, "353"), f"+353 {nat[1:3]} {nat[3:]}")])
    elif k == "us":
        nat = gen_us_phone()
        canon, txt = ch([(nat, f"{nat[:3]}-{nat[3:6]}-{nat[6:]}"), ("+1" + nat, f"+1 {nat[:3]} {nat[3:6]} {nat[6:]}"),
                         (nat, f"{nat[:3]}.{nat[3:6]}.{nat[6:]}")])
    else:
        d = rdigits(9, True)
        cc = ch(["33", "49", "34", "31"])
        canon, txt = "+" + cc + d, f"+{cc} {d[:3]} {d[3:6]} {d[6:]}"
    cs.c(ch(["call me back on ", "tel: ", "Mob: ", "my number changed, new one is ", "contact no. "]), L(cs.val("PHONE", canon), txt))
    cs.a("Thanks, I've added that to the account.")
    return cs


def sc_email_call(ind):
    em = email_make()
    cs = Case("positive", f"{ind} call: spoken e-mail, surname spelt, agent read-back")
    cs.a(ch(["and an email address for the confirmation", "can i take your email", "what email should the invoice go to"]))
    cs.c(ch(["yeah it's ", "it's ", "um "]), L(cs.val("EMAIL", em), email_spoken(em, spell=chance(0.4))))
    if chance(0.5):
        cs.a("sorry, was that all one word?")
        cs.c(ch(["yeah", "yes all one word, lower case"]))
    cs.a(ch(["so that's ", "i've got "]), L(cs.val("EMAIL", em), email_spoken(em)), "?")
    cs.c(ch(["that's it", "perfect", "yep"]))
    return cs


def sc_email_typed(ind):
    em = email_make()
    cs = Case("positive", f"{ind} chat: typed e-mail with case variation")
    cs.c(ch(["email: ", "pls send it to ", "E-mail addr ", "my email is "]), L(cs.val("EMAIL", em), email_typed(em)))
    cs.a("Thanks, a copy has been sent.")
    return cs


def sc_verify_uk(ind):
    d = gen_dob()
    pc = gen_uk_pc()
    cs = Case("positive", f"{ind} UK call: security check DOB and postcode, postcode confirmed letter by letter")
    rel = chance(0.3)
    cs.a(ch(GREET[ind]) + ". " + ("can i take the account holder's date of birth" if rel else "can i take your date of birth please"))
    cs.c(("she was born on " if rel else ch(["it's ", "", "yeah it's "])), L(cs.val("DOB", d), dob_spoken(*d)))
    cs.a("and the postcode")
    v = cs.val("POSTCODE", pc)
    sp = pc_spoken(pc)
    if chance(0.5):
        inward = " ".join([DW[int(pc[-3])], say_letter(pc[-2], "plain"), say_letter(pc[-1], "plain")])
        outward = " ".join(say_letter(c, "plain") if c.isalpha() else DW[int(c)] for c in pc[:-3])
        cs.c(L(v, outward))
        cs.a(ch(BACK))
        cs.c(ch(["then ", ""]), L(v, inward))
    else:
        cs.c(ch(["it's ", ""]), L(v, sp))
    cs.a("so that's ", L(cs.val("POSTCODE", pc), pc_spoken(pc)), "?")
    cs.c("yes")
    return cs


def sc_address_uk(ind):
    num, st, flat = address_uk()
    pc = gen_uk_pc()
    town = ch(UK_TOWNS)
    cs = Case("positive", f"{ind} UK: address change, street and postcode separate from town")
    if chance(0.5):
        cs.c(ch(["I've moved, new address is ", "New addr: ", "please update my address to "]), L(cs.val("ADDRESS", ""), addr_uk_typed(num, st, flat)),
             ", " + town.title() + ch([", ", " ", ". "]), L(cs.val("POSTCODE", pc), pc_typed(pc)))
        cs.a("Thanks, that's updated.")
    else:
        cs.a("what's the new address")
        cs.c(ch(["it's ", "um ", ""]), L(cs.val("ADDRESS", ""), addr_uk_spoken(num, st, flat)), " in " + town)
        cs.a(ch(BACK) + ", and the postcode")
        cs.c(L(cs.val("POSTCODE", pc), pc_spoken(pc)))
        cs.a("so that's ", L(cs.val("ADDRESS", ""), addr_uk_spoken(num, st, flat)), ", " + town + ", ", L(cs.val("POSTCODE", pc), pc_spoken(pc)))
        cs.c("that's right")
    return cs


def sc_address_us(ind):
    num = R.randint(100, 9899)
    st = ch(US_STREETS)
    town, state = ch(US_TOWNS)
    z = gen_zip()
    apt = f"apt {R.randint(1, 30)}{ch('ABCD')}" if chance(0.3) else None
    cs = Case("positive", f"{ind} US: street address, apartment, zip code")
    typed = f"{num} {st.title()}" + (f", {apt.title()}" if apt else "")
    if chance(0.5):
        cs.c(ch(["Ship to ", "mailing address: ", "address on file should be "]), L(cs.val("ADDRESS", ""), typed),
             f", {town.title()}, {state.title()} ", L(cs.val("POSTCODE", z), zip_typed(z)))
    else:
        n = str(num)
        nw = (two_words(int(n[:2])) + " " + (two_words(int(n[2:])) if n[2] != "0" else "oh " + DW[int(n[3])])) if len(n) == 4 and n[0] != "0" and n[2:] != "00" else say_digits(n, pairs=0)
        sp = f"{nw} {st}"
        cs.a("and the billing address")
        cs.c(ch(["it's ", ""]), L(cs.val("ADDRESS", ""), sp), f" {town} {state}")
        cs.a("zip code?")
        cs.c(L(cs.val("POSTCODE", z), say_digits(z, pairs=0)))
        cs.a("confirming zip ", L(cs.val("POSTCODE", z), say_digits(z, pairs=0, zero="zero")))
    return cs


def sc_verify_us(ind):
    d = gen_dob()
    s = gen_ssn()
    cs = Case("positive", f"{ind} US call: caller verifies for a family member: DOB and SSN")
    cs.c(ch(["hi i'm calling for my mother, she's on the line too", "i'm calling about my husband's account, he's right here"]))
    cs.a("okay, i'll need the date of birth on the account")
    cs.c(ch(["her birthday's ", "he was born ", ""]), L(cs.val("DOB", d), dob_spoken(*d, us=True)))
    cs.a("and the social")
    v = cs.val("SSN", s)
    cs.c(L(v, say_digits(s[:5], filler=0.1)), ch(["... hold on she's saying it, ", ", then ", " and "]), L(v, say_digits(s[5:])))
    cs.a(L(cs.val("SSN", s, mode="part"), say_digits(s[5:], pairs=0, zero="zero")), " for the last four, thank you")
    return cs


def sc_multi_chat(ind):
    cs = Case("positive", f"{ind} chat: several identifiers in one message")
    d = gen_dob()
    em = email_make()
    nat = gen_uk_mobile()
    ni = gen_ni()
    cs.c(ch(["Name: ", "name "]) + name().title() + ch(["\nDOB: ", ", d.o.b ", " born "]), L(cs.val("DOB", d), dob_typed(*d)),
         ch(["\nNI: ", ", NI number "]), L(cs.val("NI_NUMBER", ni), ni_typed(ni)),
         ch(["\nMobile: ", ", mob "]), L(cs.val("PHONE", nat), nat if chance(0.5) else f"{nat[:5]} {nat[5:]}"),
         ch(["\nEmail: ", ", email "]), L(cs.val("EMAIL", em), email_typed(em)))
    cs.a("Thanks, I've matched your record.")
    return cs


def sc_ni_correction(ind):
    ni = gen_ni()
    cs = Case("positive", f"{ind} UK call: NI number, agent mishears a letter, caller corrects it")
    cs.a("and your national insurance number")
    cs.c(L(cs.val("NI_NUMBER", ni), " ".join(say_letter(c, "plain") for c in ni[:2]) + " " + say_digits(ni[2:8], pairs=0.3) + " " + say_letter(ni[8], "plain")))
    bad = {"B": "D", "C": "D", "A": "D", "D": "B"}.get(ni[8], "A")
    wr = ni[:8] + bad
    cs.a(ch(["was the last letter ", "ending in "]), L(cs.val("NI_NUMBER", ni, mode="wrongpart", extra=wr), say_letter(bad, "for")), "?")
    cs.c(ch(["no, ", "no no, "]), L(cs.val("NI_NUMBER", ni, mode="part"), say_letter(ni[8], "for")))
    cs.a("thank you. so ", L(cs.val("NI_NUMBER", ni), " ".join(say_letter(c, "nato") for c in ni[:2]) + " " + say_digits(ni[2:8], pairs=0, zero="zero") + " " + say_letter(ni[8], "nato")))
    return cs


POS_SCENARIOS = [
    (sc_card_split_call, 3), (sc_card_correction, 2), (sc_card_hold, 2), (sc_card_for_other, 2),
    (sc_card_chat, 2), (sc_card_email, 1), (sc_ssn_call, 2), (sc_ssn_chat, 2), (sc_ni_call, 2),
    (sc_ni_chat, 2), (sc_ni_correction, 1), (sc_bank_call, 1), (sc_bank_chat, 1), (sc_us_bank, 1),
    (sc_iban_call, 1), (sc_iban_typed, 1), (sc_phone_call, 1), (sc_phone_typed, 1), (sc_email_call, 1),
    (sc_email_typed, 1), (sc_verify_uk, 1), (sc_address_uk, 1), (sc_address_us, 1), (sc_verify_us, 1),
    (sc_multi_chat, 1),
]


# --------------------------------------------------------------------------
# negative scenarios
def spoken_long(n):
    return say_digits(rdigits(n), pairs=0.2)


def ng_ref_like_card(ind):
    lab = ch(["order number", "reference number", "ticket number", "claim number", "booking reference", "case number",
              "tracking number", "invoice number"])
    num = gen_card("visa") if chance(0.5) else rdigits(16)
    cs = Case("negative", f"{ind} call: {lab} read in card-like groups of four")
    cs.a(ch(["have you got your ", "can i take the "]) + lab)
    g = card_groups(num)
    cs.c(f"yeah the {lab} is " + say_digits(g[0]))
    cs.a(ch(BACK))
    cs.c(", ".join(say_digits(x) for x in g[1:]))
    cs.a(f"so {lab} " + say_digits(num, pairs=0, zero="zero") + ", lovely, i've found it")
    return cs


def ng_typed_long(ind):
    lab = ch(["Order #", "Invoice no. ", "Tracking: ", "Ref: ", "Serial number ", "Claim ref ", "Policy no: ", "Ticket INC"])
    num = ch([gen_card(), rdigits(18), "1Z" + rdigits(3) + "AA" + rdigits(10), rdigits(12)])
    cs = Case("negative", f"{ind} chat: long digit string labelled as {lab.strip(' #:.')}")
    cs.c(ch(["hi, ", "Hello - ", ""]) + lab + num + ch([" still hasn't arrived", " was charged twice", " please check status"]))
    cs.a(ch(["Thanks, I can see ", "Looking at "]) + lab + num + " now.")
    return cs


def ng_last_four(ind):
    l4 = rdigits(4)
    cs = Case("negative", f"{ind}: card last-four mentions only")
    cs.a(ch(["is that the card ending ", "shall i use the card ending in ", "i can see a visa ending "]) + ch([l4, say_digits(l4)]) + "?")
    cs.c(ch(["yeah the one ending ", "no not that one, use the mastercard ending ", "yes, ending "]) + say_digits(rdigits(4)))
    cs.a("okay, that's the one ending " + say_digits(rdigits(4), pairs=0) + ", payment of " + ch(["forty two pounds fifty", "one hundred and twelve euro", "sixty dollars"]) + " taken")
    return cs


def ng_money(ind):
    cs = Case("negative", f"{ind}: balances, amounts, payment dates")
    amt = f"{R.randint(100, 9999)}.{R.randint(0, 99):02d}"
    cs.c(ch(["why is my bill ", "how come i owe ", "i was charged "]) + ch(["£", "€", "$"]) + amt + ch(["?", " this month", " on the 4th"]))
    cs.a(f"your balance is {ch(['four hundred and twelve pounds thirty', 'one thousand two hundred and six euro', 'eighty nine ninety nine'])}, "
         f"with the next payment of {R.randint(20, 300)} pounds due on the {ORD[R.randint(1, 28)]} of {MONTHS[R.randint(1, 12)]}")
    cs.c(f"can i pay {say_digits(str(R.randint(100, 999)), pairs=0.5)} now and the rest on the {R.randint(1, 28)}th")
    return cs


def ng_times(ind):
    cs = Case("negative", f"{ind}: opening hours, times, durations, counts")
    cs.a(ch(["we're open eight till eight monday to friday and nine to five on saturdays",
             "our lines are open 08:00-20:00, 7 days a week", "the wait time is about forty five minutes"]))
    cs.c(f"i've been on hold for {two_words(R.randint(20, 59))} minutes, this is my {ch(['third', 'fourth', '5th'])} call")
    cs.a(f"sorry about that. the engineer will come between {R.randint(7, 11)}am and {R.randint(1, 5)}pm, it takes about {ch(['two hours', '90 mins', 'half an hour'])}")
    cs.c(f"okay, i'll be in from half {ch(['nine', 'ten', 'two'])}")
    return cs


def ng_travel(ind):
    cs = Case("negative", f"{ind} travel: flight, gate, seat, room numbers")
    fl = ch(["BA", "EI", "FR", "AA", "LH", "UA"]) + str(R.randint(100, 9999))
    cs.c(f"i'm on flight {fl.lower() if chance(0.5) else fl} tomorrow, seat {R.randint(1, 40)}{ch('ABCDEF')}, can i change it")
    cs.a(f"flight {' '.join(fl[:2].lower())} {say_digits(fl[2:])} departs gate {R.randint(1, 60)} at {R.randint(6, 22)}:{ch(['05', '15', '40', '55'])}")
    cs.c(f"and my hotel room is {say_hundreds(str(R.randint(101, 989)))} if you need it, booking ref {rdigits(8)}")
    return cs


def ng_meter(ind):
    cs = Case("negative", f"{ind} utilities: meter readings and serials read digit by digit")
    r1 = rdigits(5)
    cs.a("can you give me a meter reading")
    cs.c("yeah it's " + say_digits(r1, filler=0.1))
    cs.a(ch(BACK))
    cs.c("and the night one is " + say_digits(rdigits(5)) + ", meter serial " + rdigits(2) + ch(["L", "E", "A"]) + rdigits(8))
    cs.a(f"thanks, reading {r1} submitted, your tariff is {R.randint(20, 35)}.{R.randint(0, 99)}p per kilowatt hour")
    return cs


def ng_misc_numbers(ind):
    cs = Case("negative", f"{ind}: ages, temperatures, percentages, years, counts")
    cs.c(ch([f"i'm {R.randint(60, 95)} years old and the heating's been off since {R.randint(1995, 2023)}",
             f"my dad's {two_words(R.randint(70, 95))}, it's minus {R.randint(2, 9)} degrees here"]))
    cs.a(f"i understand. we can offer {R.randint(5, 50)}% off and {ch(['three', 'two', '12'])} months free")
    cs.c(f"we've been customers since nineteen {two_words(R.randint(70, 99))}, {R.randint(2, 6)} kids and {ch(['one car', 'two cars'])}")
    return cs


def ng_roads(ind):
    cs = Case("negative", f"{ind}: road names and motorway numbers")
    cs.c(ch([f"i broke down on the m{R.randint(1, 62)} near junction {R.randint(1, 30)}",
             f"the accident was on the A{R.randint(1, 999)} going north",
             f"we were on I-{ch(['95', '5', '80', '10'])} near exit {R.randint(10, 300)}",
             f"it happened on route {R.randint(1, 99)}"]))
    cs.a(f"thanks, and roughly what time was it")
    cs.c(f"about {ch(['quarter past', 'twenty to', 'ten past'])} {ch(['three', 'six', 'eleven'])}, i was doing {R.randint(30, 70)} miles an hour")
    return cs


def ng_appointment(ind):
    cs = Case("negative", f"{ind}: appointment, contract and payment dates (not birth dates)")
    m, d = R.randint(1, 12), R.randint(1, 28)
    cs.a(f"your appointment is on the {ORD[d]} of {MONTHS[m]} at {R.randint(8, 16)}:{ch(['00', '30'])}")
    cs.c(f"can we move it to {d + 1}/{m:02d}/{R.randint(2025, 2027)}?")
    cs.a(f"yes. your contract ends {MONTHS[R.randint(1, 12)]} twenty {two_words(R.randint(25, 29))} and your direct debit goes out on the {R.randint(1, 28)}th")
    return cs


def ng_model_serial(ind):
    cs = Case("negative", f"{ind}: model and serial numbers read out")
    cs.c(ch(["it's the model ", "the boiler's a ", "router model "]) + ch(["xr-4410", "TG589vac", "ecotec 825", "iPhone 14", "WM-8000"]) +
         ", serial " + say_alnum(rdigits(2) + ch("ABCD") + rdigits(10), letter_style="plain"))
    cs.a("and the software version")
    cs.c(f"{R.randint(1, 20)}.{R.randint(0, 9)}.{R.randint(0, 99)}")
    return cs


def ng_policy_spoken(ind):
    cs = Case("negative", f"{ind}: policy/account reference spoken like an NI number or SSN")
    lab = ch(["policy number", "claim reference", "membership number", "customer reference"])
    ref = ch(["HR", "PX", "CL"]) + rdigits(6) + ch("ABCD")
    if chance(0.5):
        ref = rdigits(9)
    cs.a(f"what's your {lab}")
    cs.c(f"my {lab} is " + say_alnum(ref, letter_style=ch(["plain", "for"])))
    cs.a(f"thanks, {lab} " + say_alnum(ref, letter_style="plain") + " found")
    return cs


def ng_refusal(ind):
    cs = Case("negative", f"{ind}: card details requested but never given")
    cs.a(ch(["can i take the long card number please", "i'll need your social security number", "can you confirm your national insurance number"]))
    cs.c(ch(["i'd rather not give that over the phone", "i don't have it on me, can i call back", "hang on i'll have to find it... actually can i do it online"]))
    cs.a("of course, you can pay online at any time, it's " + ch(["24/7", "open 24 hours", "available until 10pm"]) + ". the reference to quote is " + rdigits(10))
    return cs


NEG_SCENARIOS = [ng_ref_like_card, ng_typed_long, ng_last_four, ng_money, ng_times, ng_travel, ng_meter,
                 ng_misc_numbers, ng_roads, ng_appointment, ng_model_serial, ng_policy_spoken, ng_refusal]


# --------------------------------------------------------------------------
def build():
    global R
    R = random.Random(SEED)
    cases = []
    order = [f for f, w in POS_SCENARIOS for _ in range(w)]
    n_pos, n_neg = 220, 117
    for i in range(n_pos):
        f = order[i % len(order)]
        ind = ch(INDUSTRIES)
        cs = f(ind)
        cs.id = f"h548-pos-{i + 1:03d}"
        cases.append(cs)
    for i in range(n_neg):
        f = NEG_SCENARIOS[i % len(NEG_SCENARIOS)]
        cs = f(ch(INDUSTRIES))
        cs.id = f"h548-neg-{i + 1:03d}"
        cases.append(cs)
    return cases


def serialise(cases):
    lines = []
    for cs in cases:
        spans = sorted(cs.spans, key=lambda s: (s["turn"], s["start"]))
        lines.append(json.dumps({"id": cs.id, "kind": cs.kind, "turns": cs.turns, "spans": spans,
                                 "note": cs.note}, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def check_value(v):
    typ, canon, mode = v["type"], v["canon"], v["mode"]
    if mode == "unused":
        return
    text = " ".join(v["segs"])
    assert v["segs"], "value without segments"
    if typ == "EMAIL":
        got = norm_email(text)
        assert got == canon.lower(), (got, canon)
        assert re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", got), got
        return
    if typ == "ADDRESS":
        lt = text.lower()
        assert re.match(r"(flat |apt |apartment |unit )?[\da-z]", lt), text
        first = lt.split()[1] if lt.startswith("flat") else lt.split()[0]
        assert first[0].isdigit() or first in UNITS or first in TEENS or first in TENS or first.rstrip(",") in TEENS, text
        assert any(re.search(r"\b" + s + r"\b", lt) for s in STREET_SUFFIX), text
        return
    if typ in ("DOB", "EXPIRY"):
        y, m = canon[0], canon[1]
        assert date_text_ok(text, y, m), (typ, text, canon)
        if typ == "DOB":
            assert 1900 < y < 2010
        else:
            assert 2024 < y < 2040
        return
    got = norm_spoken(text).replace("+", "+")
    if mode == "full":
        assert got == canon.upper(), (typ, text, got, canon)
    elif mode == "part":
        assert got and got in canon.upper(), (typ, text, got, canon)
    elif mode == "wrong":
        assert got == v["extra"].upper() and got != canon, (typ, text, got, v["extra"])
    elif mode == "wrongpart":
        assert got and got in v["extra"].upper() and v["extra"].upper() != canon.upper(), (typ, text, got, v["extra"])
    # validate the canonical value by type
    c = canon.upper()
    if typ == "CARD_NUMBER":
        assert c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c), c
    elif typ == "CVV":
        assert c.isdigit() and len(c) in (3, 4)
    elif typ == "SSN":
        assert c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000"
    elif typ == "NI_NUMBER":
        assert NI_RE.fullmatch(c), c
    elif typ == "SORT_CODE":
        assert c.isdigit() and len(c) == 6
    elif typ == "BANK_ACCOUNT":
        assert c.isdigit() and 6 <= len(c) <= 17
    elif typ == "IBAN":
        assert iban_ok(c), c
    elif typ == "PHONE":
        assert re.fullmatch(r"\+?\d{10,13}", c), c
        assert c.startswith("+") or c.startswith("0") or len(c) == 10
    elif typ == "POSTCODE":
        assert UKPC_RE.fullmatch(c) or re.fullmatch(r"\d{5}(\d{4})?", c), c


def check(cases, data):
    errors = []
    with open(OUT, "rb") as fh:
        disk = fh.read()
    if disk != data:
        errors.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for line in disk.decode("utf-8").splitlines():
        rec = json.loads(line)
        cid = rec["id"]
        if cid in ids:
            errors.append(f"duplicate id {cid}")
        ids.add(cid)
        if rec["kind"] == "positive":
            npos += 1
            if not rec["spans"]:
                errors.append(f"{cid}: positive without spans")
        elif rec["kind"] == "negative":
            nneg += 1
            if rec["spans"]:
                errors.append(f"{cid}: negative with spans")
        else:
            errors.append(f"{cid}: bad kind")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errors.append(f"{cid}: bad speaker")
        prev = {}
        for s in rec["spans"]:
            if s["type"] not in TYPES:
                errors.append(f"{cid}: bad type {s['type']}")
                continue
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(rec["turns"])):
                errors.append(f"{cid}: turn out of range")
                continue
            txt = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errors.append(f"{cid}: offsets out of range {s}")
                continue
            seg = txt[a:b]
            if not (seg[0].isalnum() or (seg[0] == "+" and s["type"] == "PHONE")) or not seg[-1].isalnum():
                errors.append(f"{cid}: span not trimmed to value {seg!r}")
            if a > 0 and txt[a - 1].isalnum():
                errors.append(f"{cid}: span start not on word boundary {seg!r}")
            if b < len(txt) and txt[b].isalnum():
                errors.append(f"{cid}: span end not on word boundary {seg!r}")
            if s["turn"] in prev and a < prev[s["turn"]]:
                errors.append(f"{cid}: overlapping spans")
            prev[s["turn"]] = b
    for cs in cases:
        for v in cs.vals:
            try:
                check_value(v)
            except (AssertionError, ValueError, IndexError, KeyError) as e:
                errors.append(f"{cs.id}: {v['type']} value check failed: {e!r} segs={v['segs']!r}")
    if npos < 200 or nneg < 100:
        errors.append(f"too few cases: {npos} positive, {nneg} negative")
    for t, mn in MINIMA.items():
        if counts[t] < mn:
            errors.append(f"too few {t} spans: {counts[t]} < {mn}")
    return errors, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="regenerate in memory and verify the file")
    args = ap.parse_args()
    cases = build()
    data = serialise(cases)
    if not args.check:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "wb") as fh:
            fh.write(data)
    errors, counts, npos, nneg = check(cases, data)
    print(f"{npos} positive, {nneg} negative cases")
    for t in TYPES:
        print(f"  {t:13s} {counts[t]}")
    if errors:
        for e in errors[:60]:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        return 1
    print("check passed" if args.check else f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

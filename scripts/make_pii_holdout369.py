#!/usr/bin/env python3
"""Generate the pii_holdout369 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine. Standard library only; one seeded RNG.

Usage:
    python scripts/make_pii_holdout369.py          # write cases.jsonl
    python scripts/make_pii_holdout369.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

SEED = 369241125
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout369", "cases.jsonl")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINS = {t: 10 for t in TYPES}
MINS.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
ALT_SPELL = {"a": "apple", "b": "bob", "c": "cat", "d": "dog", "e": "edward", "g": "george",
             "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy",
             "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xray",
             "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
FILLERS = ["um", "uh", "er", "erm"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "keep going"]

# ---------------------------------------------------------------- validators

def luhn_ok(d):
    if not d.isdigit():
        return False
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_SUFFIX = ("road", "street", "avenue", "lane", "close", "drive", "way", "crescent",
                 "terrace", "court", "place", "boulevard", "blvd", "rd", "st", "ave", "grove",
                 "gardens", "parade", "row", "hill", "park")


def value_ok(typ, v):
    if typ == "CARD_NUMBER":
        return 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return bool(re.fullmatch(r"\d{3,4}", v))
    if typ == "SSN":
        return (bool(re.fullmatch(r"\d{9}", v)) and v[:3] not in ("000", "666")
                and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "SORT_CODE":
        return bool(re.fullmatch(r"\d{6}", v))
    if typ == "BANK_ACCOUNT":
        return bool(re.fullmatch(r"\d{6,17}", v))
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return bool(re.fullmatch(r"\+44\d{10}|0\d{10}|\+1\d{10}|\d{10}|\+353\d{9}|0\d{9}|\+(33|49|34)\d{9,11}", v))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v))
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v))
    return True


# ---------------------------------------------------------------- spoken-form normaliser
W2D = {w: str(i) for i, w in enumerate(ONES)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
SKIP = {"um", "uh", "er", "erm", "umm", "ah", "dash", "hyphen", "space", "slash", "and", "then"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["x-ray"] = "x"


def _tok(text):
    return re.findall(r"[A-Za-z]+(?:-ray)?|\d|\+", text.lower())


def norm_alnum(text):
    t = _tok(text)
    out = []
    i = 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if w.isdigit():
            out.append(w)
        elif w in ("+", "plus"):
            out.append("+")
        elif w in SKIP:
            pass
        elif w in ("double", "triple"):
            n = 2 if w == "double" else 3
            u = t[i + 1]
            out.append((W2D[u] if u in W2D else (u if u.isdigit() else NATO_REV.get(u, u).upper())) * n)
            i += 1
        elif w in W2D and nxt == "hundred":
            val = int(W2D[w]) * 100
            i += 1
            if i + 1 < len(t) and t[i + 1] == "and":
                i += 2
                a = t[i]
                if a in TEENS:
                    val += 10 + TEENS.index(a)
                elif a in TENS and a:
                    val += 10 * TENS.index(a)
                    if i + 1 < len(t) and t[i + 1] in ONES[1:]:
                        i += 1
                        val += ONES.index(t[i])
                else:
                    val += int(W2D[a])
            out.append("%03d" % val)
        elif w in W2D:
            out.append(W2D[w])
        elif w in TEENS:
            out.append(str(10 + TEENS.index(w)))
        elif w in TENS and w:
            if nxt in ONES[1:]:
                out.append(str(10 * TENS.index(w) + ONES.index(nxt)))
                i += 1
            else:
                out.append(str(10 * TENS.index(w)))
        elif w in NATO_REV:
            out.append(NATO_REV[w].upper())
        elif len(w) == 1 and nxt in ("for", "as"):
            out.append(w.upper())
            i += 3 if nxt == "as" else 2
        else:
            out.append(w.upper())
        i += 1
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.strip().lower()
    t = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    i = 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif len(w) == 1 and nxt == "for":
            out.append(w)
            i += 2
        elif w in W2D and w not in ("o",):
            out.append(W2D[w])
        else:
            out.append(w)
        i += 1
    return "".join(out)


def date_like(text):
    low = text.lower()
    if any(m in low for m in MONTHS) or any(m[:3] in re.findall(r"[a-z]+", low) for m in MONTHS):
        return True
    d = norm_alnum(text)
    return bool(re.fullmatch(r"\d{4}|\d{6}|\d{8}|\d{3,8}", d))


def address_like(text):
    low = text.lower()
    first = re.findall(r"[a-z0-9]+", low)[0]
    last = re.findall(r"[a-z0-9]+", low)[-1]
    return (first.isdigit() or first in W2D or first in TEENS or first in TENS or first in
            ("flat", "apartment", "apt", "unit")) and last in STREET_SUFFIX


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.groups = []  # (type, canon, partial)
        self.spans = []   # (turn, start, end, type, gid)

    def grp(self, typ, canon, partial=False):
        assert value_ok(typ, canon), (typ, canon)
        self.groups.append((typ, canon, partial))
        return len(self.groups) - 1

    def t(self, speaker, *parts):
        text = ""
        ti = len(self.turns)
        for p in parts:
            if isinstance(p, tuple):
                gid, val = p
                assert val.strip(), p
                s = len(text)
                text += val
                self.spans.append((ti, s, len(text), self.groups[gid][0], gid))
            else:
                text += p
        self.turns.append({"speaker": speaker, "text": text})

    def record(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": [{"turn": a, "start": b, "end": c, "type": d} for a, b, c, d, _ in self.spans],
                "note": self.note}


R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def zw():
    return ch(["oh", "oh", "zero", "o", "nought"])


def say_digits(s, pairs=True, filler=0.15, zero=None):
    """Render a digit string the way a caller might say it."""
    zero = zero or zw()
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        r = R.random()
        dw = zero if d == "0" else ONES[int(d)]
        if run == 3 and r < 0.5:
            out.append("triple " + dw)
            i += 3
        elif run >= 2 and r < 0.6:
            out.append("double " + dw)
            i += 2
        elif pairs and i + 2 < len(s) and d != "0" and r < 0.15 and s[i + 1:i + 3] != "00" \
                and not (s[i + 2] == "0" and s[i + 1] != "0" and s[i + 1] != "1"):
            rest = s[i + 1:i + 3]
            n = int(rest)
            if n < 10:
                tail = ONES[n]
            elif n < 20:
                tail = TEENS[n - 10]
            else:
                tail = TENS[n // 10] + " " + ONES[n % 10]
            out.append(ONES[int(d)] + " hundred and " + tail)
            i += 3
        elif pairs and i + 1 < len(s) and d != "0" and r < 0.4 and (d == "1" or s[i + 1] != "0"):
            n = int(s[i:i + 2])
            out.append(TEENS[n - 10] if n < 20 else TENS[n // 10] + " " + ONES[n % 10])
            i += 2
        else:
            out.append(dw)
            i += 1
        if i < len(s) and R.random() < filler / 3:
            out.append(ch(FILLERS))
    sep = ch([" ", " ", ", "])
    return sep.join(out)


def say_letter(c, mode=None):
    c = c.lower()
    mode = mode or ch(["plain", "plain", "nato", "for", "alt"])
    if mode == "plain":
        return c
    if mode == "nato":
        return NATO[c]
    if mode == "alt" and c in ALT_SPELL:
        return c + " for " + ALT_SPELL[c]
    return c + " for " + NATO[c]


def say_alnum(s, filler=0.1):
    out = []
    mode = ch(["plain", "nato", "for", "mix"])
    zero = zw()
    buf = ""
    for c in s + "|":
        if c.isdigit():
            buf += c
            continue
        if buf:
            out.append(say_digits(buf, pairs=R.random() < 0.5, filler=0, zero=zero))
            buf = ""
        if c.isalpha():
            out.append(say_letter(c, None if mode == "mix" else mode))
    res = []
    for k, o in enumerate(out):
        res.append(o)
        if k < len(out) - 1 and R.random() < filler:
            res.append(ch(FILLERS))
    return " ".join(res)


def group_typed(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


# ---------------------------------------------------------------- value factories
def new_card():
    r = R.random()
    if r < 0.45:
        p, n = "4" + "".join(ch("0123456789") for _ in range(5)), 16
    elif r < 0.75:
        p, n = ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif r < 0.87:
        p, n = ch(["34", "37"]), 15
    elif r < 0.94:
        p, n = "6011", 16
    elif r < 0.97:
        p, n = "4", 13
    else:
        p, n = "62", 19
    body = p + "".join(ch("0123456789") for _ in range(n - len(p) - 1))
    # sprinkle repeats so double/triple appear
    return luhn_complete(body)


def card_typed(c):
    if len(c) == 15:
        return ch([group_typed(c, [4, 6, 5], " "), group_typed(c, [4, 6, 5], "-"), c])
    return ch([group_typed(c, [4, 4, 4, 4], " "), group_typed(c, [4, 4, 4, 4], "-"), c,
               group_typed(c, [4, 4, 4, 4], "."), group_typed(c, [8, 8], " "),
               group_typed(c, [4, 6, 6], " "), group_typed(c, [3, 5, 4, 4], " "),
               group_typed(c, [4, 4, 4, 4], "  ")])


def chunks(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:13]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def new_ssn():
    while True:
        v = "%03d%02d%04d" % (R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999))
        if value_ok("SSN", v):
            return v


NI_P1 = "ABCEGHJKLMNPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def new_ni():
    while True:
        v = ch(NI_P1) + ch(NI_P2) + "".join(ch("0123456789") for _ in range(6)) + ch("ABCD")
        if value_ok("NI_NUMBER", v):
            return v


def new_exp():
    m, y = R.randint(1, 12), R.randint(25, 32)
    return m, y


def exp_text(m, y, spoken):
    if not spoken:
        return ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                   "%d/%02d" % (m, y), "%02d%02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1][:3].title(), y)])
    z = zw()
    mm = (z + " " + ONES[m]) if m < 10 else TEENS[m - 10]
    yy = TENS[y // 10] + (" " + ONES[y % 10] if y % 10 else "")
    return ch([mm + " " + yy, MONTHS[m - 1] + " " + yy, MONTHS[m - 1] + " twenty " + yy,
               mm + " slash " + yy, ONES[m] + " " + yy if m < 10 else mm + " " + yy])


def new_cvv(n=3):
    return "".join(ch("0123456789") for _ in range(n))


def new_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2006)


def year_words(y):
    if y >= 2000:
        r = y - 2000
        return "two thousand" + ("" if r == 0 else " and " + (ONES[r] if r < 10 else TEENS[r - 10]))
    hi, lo = divmod(y, 100)
    lw = (zw() + " " + ONES[lo]) if lo < 10 else (TEENS[lo - 10] if lo < 20 else TENS[lo // 10] + (" " + ONES[lo % 10] if lo % 10 else ""))
    return TEENS[hi - 10] + " " + lw


def dob_text(d, m, y, spoken, us=False):
    if not spoken:
        opts = ["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d),
                "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                "%02d/%02d/%02d" % (d, m, y % 100)]
        if us:
            opts = ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d/%d/%d" % (m, d, y)]
        return ch(opts)
    opts = ["the " + ORD[d] + " of " + MONTHS[m - 1] + " " + year_words(y),
            ORD[d] + " " + MONTHS[m - 1] + " " + year_words(y),
            MONTHS[m - 1] + " " + ORD[d] + " " + year_words(y),
            MONTHS[m - 1] + " the " + ORD[d] + ", " + ch(FILLERS) + ", " + year_words(y)]
    return ch(opts)


STREETS = ["Kingsley Road", "Mill Lane", "Station Road", "Harcourt Street", "Elm Grove", "Albion Terrace",
           "Bramble Close", "Queens Drive", "Wellington Crescent", "Church Street", "Ashgrove Avenue",
           "Orchard Way", "Dunmore Park", "Castle Hill", "Beechwood Gardens", "Marine Parade"]
US_STREETS = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Lincoln Drive", "Pine Street",
              "Highland Avenue", "Cedar Lane", "W 34th Street", "Lakeshore Drive", "Elm St"]
TOWNS = ["Leeds", "Bristol", "Cardiff", "Glasgow", "Norwich", "Reading", "Derby", "Swansea", "York", "Belfast"]
US_TOWNS = [("Denver", "CO"), ("Austin", "TX"), ("Columbus", "OH"), ("Tampa", "FL"), ("Portland", "OR"),
            ("Madison", "WI"), ("Raleigh", "NC")]
PC_L = "ABCDEFGHJKLMNPRSTUWXYZ"


def new_uk_pc():
    a = ch(["LS", "BS", "CF", "G", "NR", "RG", "DE", "SA", "HU", "BT", "M", "SW", "EH", "N", "B"])
    return a + str(R.randint(1, 19)) + str(R.randint(0, 9)) + ch(PC_L) + ch(PC_L)


def uk_pc_typed(p):
    s = p[:-3] + " " + p[-3:]
    return ch([s, s, s.lower(), p, p.lower()])


def new_phone(kind=None):
    kind = kind or ch(["ukm", "ukm", "ukl", "uki", "us", "usi", "ie", "iei"])
    if kind == "ukm":
        return "07" + "".join(ch("0123456789") for _ in range(9)), kind
    if kind == "ukl":
        return "0" + ch(["113", "117", "161", "207", "121", "131"]) + "".join(ch("0123456789") for _ in range(7)), kind
    if kind == "uki":
        return "+447" + "".join(ch("0123456789") for _ in range(9)), kind
    if kind == "us":
        return ch("23456789") + "".join(ch("0123456789") for _ in range(2)) + ch("23456789") + "".join(ch("0123456789") for _ in range(6)), kind
    if kind == "usi":
        return "+1" + ch("23456789") + "".join(ch("0123456789") for _ in range(2)) + ch("23456789") + "".join(ch("0123456789") for _ in range(6)), kind
    if kind == "ie":
        return "08" + ch("35679") + "".join(ch("0123456789") for _ in range(7)), kind
    return "+3538" + ch("35679") + "".join(ch("0123456789") for _ in range(7)), kind


def phone_typed(p, kind):
    if kind in ("ukm",):
        return ch([p[:5] + " " + p[5:], p, p[:5] + " " + p[5:8] + " " + p[8:], "(" + p[:5] + ") " + p[5:]])
    if kind == "ukl":
        return ch([p[:4] + " " + p[4:7] + " " + p[7:], "(" + p[:4] + ") " + p[4:], p])
    if kind == "uki":
        return ch(["+44 " + p[3:7] + " " + p[7:], "+44 (0)" + p[3:7] + " " + p[7:], p, "+44-" + p[3:7] + "-" + p[7:]])
    if kind == "us":
        return ch(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
    if kind == "usi":
        q = p[2:]
        return ch(["+1 (%s) %s-%s" % (q[:3], q[3:6], q[6:]), "+1-%s-%s-%s" % (q[:3], q[3:6], q[6:]), "+1 %s %s %s" % (q[:3], q[3:6], q[6:])])
    if kind == "ie":
        return ch([p[:3] + " " + p[3:6] + " " + p[6:], p[:3] + "-" + p[3:]])
    return ch(["+353 " + p[4:6] + " " + p[6:9] + " " + p[9:], "+353" + p[4:]])


def phone_spoken(p):
    if p.startswith("+"):
        cc = {"+44": 2, "+1": 1, "+353": 3}
        for k, n in cc.items():
            if p.startswith(k) and (k != "+1" or len(p) == 12):
                return "plus " + say_digits(p[1:1 + n], pairs=False, filler=0) + " " + say_digits(p[1 + n:], filler=0.1)
    return say_digits(p, filler=0.1)


FIRST = ["james", "priya", "sean", "aoife", "maria", "tom", "li", "fatima", "dave", "niamh", "oluwaseun", "kate", "marek"]
LAST = ["doe", "patel", "murphy", "okafor", "smith", "nguyen", "kowalski", "byrne", "hughes", "garcia", "ahmed"]
DOMS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.ie", "btinternet.com", "icloud.com", "eircom.net", "web.de"]


def new_email():
    f, l = ch(FIRST), ch(LAST)
    local = ch([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + f[0], f + "-" + l])
    return local + "@" + ch(DOMS)


def email_spoken(e):
    local, dom = e.split("@")
    parts = []
    for seg in re.split(r"([._\-])", local):
        if seg == ".":
            parts.append("dot")
        elif seg == "_":
            parts.append("underscore")
        elif seg == "-":
            parts.append(ch(["dash", "hyphen"]))
        elif seg.isdigit():
            parts.append(" ".join(ONES[int(c)] for c in seg))
        elif re.fullmatch(r"[a-z]+\d+", seg):
            m = re.fullmatch(r"([a-z]+)(\d+)", seg)
            parts.append(m.group(1) + " " + " ".join(ONES[int(c)] for c in m.group(2)))
        elif len(seg) == 1:
            parts.append(ch([seg, seg + " for " + NATO[seg]]))
        else:
            parts.append(seg)
    d = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + d


def email_typed(e):
    return ch([e, e, e.upper() if R.random() < 0.2 else e, e[0].upper() + e[1:]])


# ---------------------------------------------------------------- contexts
INDUSTRY = {
    "banking": ["Northgate Bank", "Harbour Savings", "Lloyd Street Credit Union"],
    "telecom": ["Vireo Mobile", "SkyLink Broadband", "Three Rivers Telecom"],
    "utilities": ["Brightwater Energy", "CityGas", "Anglia Water"],
    "retail": ["Hollis & Reed", "ShopNest", "Parcelmart"],
    "insurance": ["Shield Mutual", "Evergreen Insurance", "Cover4U"],
    "travel": ["AerLink", "Sunway Holidays", "RailEire"],
    "healthcare billing": ["St Anne's Billing", "MedPay Services", "Riverside Clinic accounts"],
    "government services": ["the DVLA helpline", "Revenue services", "Social Security Administration line"],
}


def org():
    ind = ch(sorted(INDUSTRY))
    return ind, ch(INDUSTRY[ind])


HOLD_OUT = ["can I just pop you on a quick hold", "bear with me, I'm going to put you on hold for a sec",
            "one moment, I need to check something, I'll place you on hold", "hold the line for me please"]
HOLD_IN = ["thanks for holding, sorry about that", "hiya, thanks for waiting", "sorry for the wait, I'm back",
           "right, thanks for your patience"]
TRANSFER = ["I'll transfer you to our payments team, they'll take it from there",
            "I need to put you through to the card services desk", "let me transfer you to billing",
            "I'm going to pass you to my colleague in verification"]
GREET2 = ["hi, you're through to payments, my name's Carla", "hello, billing, this is Raj speaking",
          "verification team, Megan speaking, how can I help", "hi there, card services, you're talking to Ben"]


def fill():
    return ch(["", "", "um ", "uh ", "so ", "yeah ", "right so "])


# ---------------------------------------------------------------- positive templates
def p_card_chat():
    ind, o = org()
    c = Case("positive", "typed chat card payment (%s)" % ind)
    card = new_card()
    g = c.grp("CARD_NUMBER", card)
    m, y = new_exp()
    ge = c.grp("EXPIRY", "%02d%02d" % (m, y))
    cv = new_cvv(4 if len(card) == 15 else 3)
    gc = c.grp("CVV", cv)
    c.t("agent", "Welcome to %s chat. How would you like to pay today?" % o)
    lab = ch(["card no: ", "Card number - ", "cc#", "card num ", "long number is ", "pan: "])
    el = ch([" exp ", " expiry: ", ", exp date ", " valid thru ", " expires "])
    cl = ch([" cvv ", " CVV: ", " security code ", " cvc=", " 3 digit code "])
    c.t("customer", ch(["hi ", "", "ok "]), lab, (g, card_typed(card)), el, (ge, exp_text(m, y, False)),
        cl, (gc, cv), ch(["", " thx", " cheers", ". please take the £%d.%02d" % (R.randint(5, 300), R.randint(0, 99))]))
    c.t("agent", "Thank you, processing the payment to the card ending %s now." % card[-4:]) if R.random() < 0.5 else \
        c.t("agent", "Thanks, that's gone through.")
    if "ending" in c.turns[-1]["text"]:
        gp = c.grp("CARD_NUMBER", card, True)
        c.turns.pop()
        c.t("agent", "Thank you, processing the payment to the card ending ", (gp, card[-4:]), " now.")
    return c


def p_card_asr_split():
    ind, o = org()
    c = Case("positive", "ASR card read in chunks with back-channels, read-back (%s)" % ind)
    card = new_card()
    g = c.grp("CARD_NUMBER", card)
    c.t("agent", "okay and what's the long card number please")
    ch_ = chunks(card)
    for k, piece in enumerate(ch_):
        pre = fill() if k == 0 else ch(["", "", "then ", "and then ", "uh "])
        c.t("customer", pre, (g, say_digits(piece, filler=0.2)))
        if k < len(ch_) - 1:
            c.t("agent", ch(BACK))
    if R.random() < 0.6:
        gr = c.grp("CARD_NUMBER", card)
        c.t("agent", "let me read that back, ", (gr, say_digits(card, pairs=False, filler=0)), ", is that right")
        c.t("customer", ch(["yes that's it", "yep", "correct", "that's right yeah"]))
    m, y = new_exp()
    ge = c.grp("EXPIRY", "%02d%02d" % (m, y))
    c.t("agent", "and the expiry")
    c.t("customer", fill(), (ge, exp_text(m, y, True)))
    cv = new_cvv(4 if len(card) == 15 else 3)
    gc = c.grp("CVV", cv)
    c.t("agent", "and the %s on the back" % ch(["three digits", "security code", "cvv"]) if len(card) != 15 else "and the four digit code on the front")
    c.t("customer", ch(["it's ", "", "uh "]), (gc, say_digits(cv, pairs=R.random() < 0.3, filler=0)))
    return c


def p_card_hold():
    ind, o = org()
    c = Case("positive", "card reading interrupted by hold, caller resumes with partial repeat (%s)" % ind)
    card = new_card()
    g = c.grp("CARD_NUMBER", card)
    cut = 8
    a, b = card[:cut], card[cut:]
    c.t("agent", "go ahead with the card number when you're ready")
    c.t("customer", fill(), (g, say_digits(a[:4], filler=0.1)))
    c.t("agent", ch(BACK))
    c.t("customer", (g, say_digits(a[4:], filler=0.1)), ch([" and", " and then", ""]))
    c.t("agent", "sorry, %s, the system's frozen" % ch(HOLD_OUT))
    c.t("customer", ch(["oh okay", "sure", "no problem", "fine"]))
    c.t("agent", ch(HOLD_IN) + ". " + ch(["where were we", "you were reading me the card", "can you carry on from where you got to"]))
    rep = a[-4:] if R.random() < 0.6 else a
    gp = c.grp("CARD_NUMBER", card, True)
    c.t("customer", ch(["right so I'd got to ", "I think I got up to ", "okay so after "]), (gp, say_digits(rep, filler=0)),
        ch([", then it's ", " and then ", " so next is "]), (g, say_digits(b[:4], filler=0.1)))
    c.t("agent", ch(BACK))
    c.t("customer", (g, say_digits(b[4:], filler=0.1)))
    if R.random() < 0.5:
        gr = c.grp("CARD_NUMBER", card)
        c.t("agent", "so that's ", (gr, card_typed(card) if R.random() < 0.2 else say_digits(card, pairs=False, filler=0)), "?")
        c.t("customer", "yes")
    else:
        gr = c.grp("CARD_NUMBER", card, True)
        c.t("agent", "great, that's the card ending ", (gr, say_digits(card[-4:], pairs=False, filler=0)), ", thank you")
    return c


def p_card_transfer():
    ind, o = org()
    c = Case("positive", "card given to first agent, caller transferred and repeats to second agent (%s)" % ind)
    card = new_card()
    g1 = c.grp("CARD_NUMBER", card)
    h = len(card) // 2
    c.t("agent", "if you want to give me the card number I'll start the payment")
    c.t("customer", fill(), (g1, say_digits(card[:h], filler=0.15)))
    c.t("agent", ch(BACK))
    c.t("customer", (g1, say_digits(card[h:], filler=0.15)))
    c.t("agent", "oh, sorry, I can't take card payments on this line. " + ch(TRANSFER))
    c.t("agent", ch(GREET2))
    c.t("customer", ch(["hi, I was just giving the card number to your colleague",
                        "yeah I've already given my card details once", "hello, I'm trying to pay my bill"]))
    c.t("agent", "sorry about that, can you give it to me again please")
    mode = R.random()
    if mode < 0.4:
        g2 = c.grp("CARD_NUMBER", card)
        c.t("customer", ch(["sure, ", "fine, ", "", "okay "]), (g2, say_digits(card, filler=0.1)))
    elif mode < 0.7:
        g2 = c.grp("CARD_NUMBER", card)
        ps = chunks(card)
        c.t("customer", "okay it's ", (g2, say_digits(ps[0] + ps[1], filler=0.1)))
        c.t("agent", ch(BACK))
        c.t("customer", (g2, say_digits("".join(ps[2:]), filler=0.1)))
    else:
        gp = c.grp("CARD_NUMBER", card, True)
        g2 = c.grp("CARD_NUMBER", card)
        c.t("customer", "it starts ", (gp, say_digits(card[:4], filler=0)), ch(["... hang on, let me get the card out. ", ", wait, sorry. "]),
            "okay, ", (g2, say_digits(card, filler=0.1)))
    gl = c.grp("CARD_NUMBER", card, True)
    c.t("agent", "thank you, and that's the card ending in ", (gl, card[-4:]), ", yes?")
    c.t("customer", "that's the one")
    return c


def p_card_correction():
    ind, o = org()
    c = Case("positive", "caller restarts card reading after a mistake (%s)" % ind)
    card = new_card()
    gp = c.grp("CARD_NUMBER", card, True)
    g = c.grp("CARD_NUMBER", card)
    k = R.randint(3, 7)
    c.t("agent", "what's the card number")
    c.t("customer", fill(), (gp, say_digits(card[:k], filler=0.1)), ", ", ch(["no wait", "sorry, that's wrong", "hang on, let me start again", "oh no, that's my old card"]),
        ", ", ch(["", "it's ", "okay "]), (g, say_digits(card, filler=0.1)))
    c.t("agent", ch(["thank you", "lovely", "got it"]))
    return c


def ssn_typed(s):
    return ch([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + s[5:]])


def p_ssn():
    ind, o = org()
    s = new_ssn()
    c = Case("positive", "US social security number (%s)" % ind)
    g = c.grp("SSN", s)
    if R.random() < 0.4:
        c.t("agent", "To verify, please enter your SSN.")
        c.t("customer", ch(["SSN: ", "ssn ", "social is ", "My social security # is ", "soc sec no. "]), (g, ssn_typed(s)), ch(["", ".", " thanks"]))
    else:
        c.t("agent", "can I get your social security number please")
        style = R.random()
        if style < 0.5:
            c.t("customer", fill(), (g, say_digits(s[:3], filler=0)), ", ", (g, say_digits(s[3:5], filler=0)), ch([", ", " ", ", um, "]), (g, say_digits(s[5:], filler=0.1)))
        else:
            c.t("customer", fill(), (g, say_digits(s[:3], filler=0)))
            c.t("agent", ch(BACK))
            c.t("customer", (g, say_digits(s[3:5], filler=0)))
            c.t("agent", ch(BACK))
            c.t("customer", (g, say_digits(s[5:], filler=0.1)))
        if R.random() < 0.4:
            gr = c.grp("SSN", s)
            c.t("agent", "thank you, I have ", (gr, say_digits(s, pairs=False, filler=0)))
    return c


def p_ssn_hold_transfer():
    ind, o = org()
    s = new_ssn()
    c = Case("positive", "SSN given across a hold or transfer, partial repeat (%s)" % ind)
    g = c.grp("SSN", s)
    c.t("agent", "and your social please")
    c.t("customer", fill(), (g, say_digits(s[:5], filler=0.1)))
    if R.random() < 0.5:
        c.t("agent", "hold on, " + ch(HOLD_OUT))
        c.t("agent", ch(HOLD_IN) + ", you were giving me your social")
        gp = c.grp("SSN", s, True)
        c.t("customer", "yeah, ", (gp, say_digits(s[3:5], filler=0)), ", and then ", (g, say_digits(s[5:], filler=0.1)))
    else:
        c.t("customer", (g, say_digits(s[5:], filler=0.1)))
        c.t("agent", ch(TRANSFER))
        c.t("agent", ch(GREET2) + ", can I have your social security number")
        c.t("customer", ch(["again? okay, ", "I just gave it but fine, ", "sure, "]), (c.grp("SSN", s), ssn_typed(s) if R.random() < 0.2 else say_digits(s, filler=0.1)))
        gp = c.grp("SSN", s, True)
        c.t("agent", "sorry, was that ", (gp, say_digits(s[:3], pairs=False, filler=0)), " at the start?")
        c.t("customer", "yes")
    return c


def ni_typed(v):
    return ch([v, v.lower(), v[:2] + " " + v[2:4] + " " + v[4:6] + " " + v[6:8] + " " + v[8], v[:2] + v[2:8] + " " + v[8],
               v[:2].lower() + " " + v[2:8] + " " + v[8].lower(), v[:2] + "-" + v[2:8] + "-" + v[8]])


def p_ni():
    ind, o = org()
    v = new_ni()
    c = Case("positive", "UK National Insurance number (%s)" % ind)
    g = c.grp("NI_NUMBER", v)
    r = R.random()
    if r < 0.35:
        c.t("agent", "Could you confirm your National Insurance number?")
        c.t("customer", ch(["NI no: ", "nino ", "its ", "NI number - ", "N.I. "]), (g, ni_typed(v)))
    elif r < 0.7:
        c.t("agent", "and your national insurance number please")
        c.t("customer", fill(), (g, say_alnum(v, filler=0.1)))
    else:
        c.t("agent", "what's your national insurance number")
        c.t("customer", fill(), (g, say_letter(v[0], "for") + " " + say_letter(v[1], "for")))
        c.t("agent", ch(BACK))
        c.t("customer", (g, say_digits(v[2:8], filler=0.1)))
        c.t("agent", "and the last letter")
        c.t("customer", ch(["", "it's ", "that's "]), (g, say_letter(v[8])))
    if R.random() < 0.4:
        gr = c.grp("NI_NUMBER", v)
        c.t("agent", "so I've got ", (gr, say_alnum(v, filler=0) if R.random() < 0.7 else v), ", is that correct")
        c.t("customer", ch(["yes", "yeah", "spot on"]))
    return c


def p_ni_hold_transfer():
    ind, o = org()
    v = new_ni()
    c = Case("positive", "NI number split over hold/transfer with partial repeat (%s)" % ind)
    g = c.grp("NI_NUMBER", v)
    c.t("agent", "can you give me your national insurance number")
    c.t("customer", fill(), (g, say_alnum(v[:5], filler=0)))
    if R.random() < 0.5:
        c.t("agent", ch(HOLD_OUT) + ", the screen's just timed out")
        c.t("customer", "okay")
        c.t("agent", ch(HOLD_IN) + ", so I had the first part")
        gp = c.grp("NI_NUMBER", v, True)
        c.t("customer", ch(["so that was ", "right, "]), (gp, say_alnum(v[:2], filler=0)), ch([" at the start, then ", ", and it carries on "]),
            (g, say_alnum(v[5:], filler=0.1)))
    else:
        c.t("customer", (g, say_alnum(v[5:], filler=0.1)))
        c.t("agent", ch(TRANSFER))
        c.t("agent", ch(GREET2))
        c.t("customer", "hi, I've just given your colleague my national insurance number")
        c.t("agent", "I'm afraid it doesn't carry over, could you repeat it")
        g2 = c.grp("NI_NUMBER", v)
        c.t("customer", (g2, say_alnum(v[:2], filler=0)))
        c.t("agent", ch(BACK))
        c.t("customer", (g2, say_alnum(v[2:], filler=0.1)))
        gp = c.grp("NI_NUMBER", v, True)
        c.t("agent", "and the final letter was ", (gp, say_letter(v[8], "for")), "?")
        c.t("customer", "yes")
    return c


def p_bank():
    ind, o = org()
    c = Case("positive", "UK bank account and sort code for direct debit (%s)" % ind)
    sc = "".join(ch("0123456789") for _ in range(6))
    ac = "".join(ch("0123456789") for _ in range(8))
    gs, ga = c.grp("SORT_CODE", sc), c.grp("BANK_ACCOUNT", ac)
    if R.random() < 0.4:
        c.t("agent", "Please send the account details for the direct debit.")
        c.t("customer", ch(["acct no: ", "Account number ", "a/c "]), (ga, ch([ac, ac[:4] + " " + ac[4:]])),
            ch([", sort code ", " s/c ", " sort: "]), (gs, ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])))
    else:
        c.t("agent", "what's the sort code")
        c.t("customer", fill(), (gs, say_digits(sc[:2], filler=0) + ch([", ", " ", " dash "]) + say_digits(sc[2:4], filler=0) + ch([", ", " "]) + say_digits(sc[4:], filler=0)))
        c.t("agent", "and the account number")
        if R.random() < 0.5:
            c.t("customer", (ga, say_digits(ac[:4], filler=0.1)))
            c.t("agent", ch(HOLD_OUT))
            c.t("agent", ch(HOLD_IN))
            gp = c.grp("BANK_ACCOUNT", ac, True)
            c.t("customer", "so it was ", (gp, say_digits(ac[:4], filler=0)), " and then ", (ga, say_digits(ac[4:], filler=0.1)))
        else:
            c.t("customer", (ga, say_digits(ac, filler=0.15)))
        gr = c.grp("SORT_CODE", sc)
        c.t("agent", "so sort code ", (gr, say_digits(sc, pairs=False, filler=0)), ", thank you")
    return c


IBAN_BANKS = [("IE", lambda: "AIBK" + "931152" + "".join(ch("0123456789") for _ in range(8))),
              ("GB", lambda: ch(["NWBK", "BARC", "MIDL"]) + "".join(ch("0123456789") for _ in range(14))),
              ("DE", lambda: "".join(ch("0123456789") for _ in range(18))),
              ("FR", lambda: "".join(ch("0123456789") for _ in range(23))),
              ("NL", lambda: ch(["INGB", "ABNA"]) + "".join(ch("0123456789") for _ in range(10))),
              ("ES", lambda: "".join(ch("0123456789") for _ in range(20)))]


def p_iban():
    ind, o = org()
    cc, f = ch(IBAN_BANKS)
    ib = make_iban(cc, f())
    c = Case("positive", "IBAN for refund/transfer (%s, %s)" % (ind, cc))
    g = c.grp("IBAN", ib)
    if R.random() < 0.5:
        grp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        c.t("agent", "Please provide the IBAN for the refund.")
        c.t("customer", ch(["IBAN: ", "iban ", "my IBAN is ", "International acct no "]), (g, ch([grp, ib, grp.lower()])))
    else:
        c.t("agent", "can you read me the IBAN")
        k = 8 if len(ib) > 16 else 4
        c.t("customer", fill(), (g, say_alnum(ib[:k], filler=0.1)))
        c.t("agent", ch(BACK + HOLD_OUT[:1]))
        if "hold" in c.turns[-1]["text"]:
            c.t("agent", ch(HOLD_IN))
            gp = c.grp("IBAN", ib, True)
            c.t("customer", "okay from ", (gp, say_alnum(ib[k - 4:k], filler=0)), ", ", (g, say_alnum(ib[k:], filler=0.1)))
        else:
            c.t("customer", (g, say_alnum(ib[k:], filler=0.1)))
    return c


def p_phone():
    ind, o = org()
    p, kind = new_phone()
    c = Case("positive", "contact phone number (%s, %s)" % (ind, kind))
    g = c.grp("PHONE", p)
    if R.random() < 0.45:
        c.t("agent", "What's the best number to reach you on?")
        c.t("customer", ch(["tel: ", "mob ", "ph. ", "call me on ", "my number's "]), (g, phone_typed(p, kind)), ch(["", " after 6pm", " (mobile)"]))
    else:
        c.t("agent", "and a contact number")
        if R.random() < 0.5:
            c.t("customer", fill(), (g, phone_spoken(p)))
        else:
            h = len(p) // 2
            c.t("customer", fill(), (g, phone_spoken(p[:h])))
            c.t("agent", ch(BACK))
            c.t("customer", (g, say_digits(p[h:], filler=0.1)))
        if R.random() < 0.5:
            gr = c.grp("PHONE", p)
            c.t("agent", "so that's ", (gr, phone_spoken(p)), "?")
            c.t("customer", ch(["yes", "that's it"]))
    return c


def p_email():
    ind, o = org()
    e = new_email()
    c = Case("positive", "e-mail address (%s)" % ind)
    g = c.grp("EMAIL", e)
    if R.random() < 0.45:
        c.t("agent", "Can I take an email for the receipt?")
        c.t("customer", ch(["email: ", "it's ", "send it to ", "e-mail addr "]), (g, email_typed(e)))
    else:
        c.t("agent", "and what email address shall I send that to")
        c.t("customer", fill(), (g, email_spoken(e)))
        if R.random() < 0.5:
            gr = c.grp("EMAIL", e)
            c.t("agent", "lovely, so ", (gr, email_spoken(e)))
    return c


def p_dob():
    ind, o = org()
    d, m, y = new_dob()
    us = R.random() < 0.3
    c = Case("positive", "date of birth for verification (%s)" % ind)
    g = c.grp("DOB", "%02d%02d%d" % (d, m, y))
    c.t("agent", ch(["and your date of birth", "Can you confirm your DOB?", "what's the date of birth on the account"]))
    spoken = R.random() < 0.6
    c.t("customer", ch(["", "it's ", "dob ", "born on the ", "uh "]) if spoken else ch(["DOB: ", "", "d.o.b "]), (g, dob_text(d, m, y, spoken, us)))
    return c


def p_address():
    ind, o = org()
    us = R.random() < 0.35
    c = Case("positive", "postal address with postcode/ZIP (%s, %s)" % (ind, "US" if us else "UK"))
    if us:
        st, (town, state) = ch(US_STREETS), ch(US_TOWNS)
        num = str(R.randint(10, 9999))
        z = "%05d" % R.randint(10000, 99999)
        if R.random() < 0.3:
            z += "%04d" % R.randint(1, 9999)
        addr = num + " " + st
        ga, gz = c.grp("ADDRESS", addr), c.grp("POSTCODE", z)
        ztxt = z if len(z) == 5 else z[:5] + "-" + z[5:]
        c.t("agent", "what's the billing address")
        if R.random() < 0.5:
            c.t("customer", (ga, addr), ch([", Apt 4, ", ", "]), town + ", " + state + " ", (gz, ztxt))
        else:
            sp = say_digits(num, filler=0) + " " + st.lower()
            c.t("customer", fill(), (ga, sp), ", " + town.lower())
            c.t("agent", "and the zip")
            c.t("customer", (gz, say_digits(z[:5], pairs=False, filler=0)))
    else:
        st, town = ch(STREETS), ch(TOWNS)
        num = str(R.randint(1, 240))
        pc = new_uk_pc()
        flat = R.random() < 0.3
        addr = ("Flat %d, " % R.randint(1, 30) if flat else "") + num + " " + st
        ga, gp = c.grp("ADDRESS", addr), c.grp("POSTCODE", pc)
        c.t("agent", "can I take the first line of the address and the postcode")
        if R.random() < 0.5:
            c.t("customer", (ga, addr if R.random() < 0.6 else addr.lower()), ", " + town + ", ", (gp, uk_pc_typed(pc)))
        else:
            c.t("customer", fill(), (ga, addr.lower()))
            c.t("agent", "and the postcode")
            c.t("customer", (gp, say_alnum(pc, filler=0)))
            if R.random() < 0.5:
                gr = c.grp("POSTCODE", pc)
                c.t("agent", "that's ", (gr, say_alnum(pc, filler=0)), ", " + town.lower() + "?")
    return c


def p_mixed():
    ind, o = org()
    c = Case("positive", "multi-item verification across a transfer (%s)" % ind)
    d, m, y = new_dob()
    pc = new_uk_pc()
    p, kind = new_phone("ukm")
    gd, gpc, gph = c.grp("DOB", "%02d%02d%d" % (d, m, y)), c.grp("POSTCODE", pc), c.grp("PHONE", p)
    c.t("agent", "I'll just need to verify you, date of birth and postcode")
    c.t("customer", (gd, dob_text(d, m, y, True)), ", and it's ", (gpc, say_alnum(pc, filler=0)))
    c.t("agent", ch(TRANSFER))
    c.t("agent", ch(GREET2) + ", can I take your postcode and a mobile number")
    gpc2 = c.grp("POSTCODE", pc)
    c.t("customer", (gpc2, uk_pc_typed(pc).lower()), ", and my mobile is ", (gph, say_digits(p[:5], filler=0)))
    c.t("agent", ch(BACK))
    gp2 = c.grp("PHONE", p, True)
    c.t("customer", (gp2, say_digits(p[:5], filler=0)), ", ", (gph, say_digits(p[5:], filler=0.1)), ", sorry I repeated the first bit")
    return c


# ---------------------------------------------------------------- negatives
def rnd_digits(n):
    return "".join(ch("0123456789") for _ in range(n))


def n_order_luhn():
    v = luhn_complete(rnd_digits(15))
    c = Case("negative", "16-digit Luhn-valid order number with label")
    c.t("customer", ch(["my order number is ", "order no. ", "the order ref is "]), say_digits(v, filler=0.1) if R.random() < 0.5 else group_typed(v, [4, 4, 4, 4], " "))
    c.t("agent", "thanks, I can see order %s was dispatched on the %s" % (v if R.random() < 0.5 else "ending " + v[-4:], ORD[R.randint(1, 28)]))
    return c


def n_tracking():
    v = ch(["1Z", "JD", "RM"]) + rnd_digits(16)
    c = Case("negative", "parcel tracking number")
    c.t("customer", "tracking number %s, it was meant to arrive Tuesday" % v)
    c.t("agent", "I see that parcel's at the depot, delivery between 9am and 1pm")
    return c


def n_amounts():
    c = Case("negative", "balances, amounts and due dates")
    c.t("agent", "your balance is £%d.%02d and the minimum payment of £%d is due on the %s of %s" % (R.randint(100, 9999), R.randint(0, 99), R.randint(5, 90), ORD[R.randint(1, 28)], ch(MONTHS)))
    c.t("customer", "so if I pay %s hundred and %s pounds today will that clear it" % (ONES[R.randint(1, 9)], TENS[R.randint(2, 9)] + " " + ONES[R.randint(1, 9)]))
    return c


def n_last4():
    c = Case("negative", "card last four only")
    l4 = rnd_digits(4)
    c.t("agent", "is that the card ending %s" % ch([l4, say_digits(l4, filler=0)]))
    c.t("customer", "yes, ending %s, the one that expired, %s" % (say_digits(l4, filler=0), ch(["the visa", "the debit one"])))
    return c


def n_meter():
    c = Case("negative", "meter reading and serial")
    c.t("customer", "my meter reading is %s and the meter serial is %s" % (say_digits(rnd_digits(5), filler=0.1), rnd_digits(2) + ch("ABCDEFGHJK") + rnd_digits(7)))
    c.t("agent", "thanks, that's %d units since last quarter" % R.randint(100, 2000))
    return c


def n_travel():
    c = Case("negative", "flight, seat, gate and booking ref")
    c.t("customer", "I'm on flight %s%d tomorrow at %d:%02d, seat %d%s" % (ch(["EI", "BA", "FR", "UA"]), R.randint(100, 9999), R.randint(5, 22), ch([0, 15, 30, 45]), R.randint(1, 40), ch("ABCDEF")))
    c.t("agent", "and the booking reference? ... okay, gate %s%d opens %d minutes before" % (ch("ABC"), R.randint(1, 40), ch([30, 40, 45])))
    return c


def n_policy():
    c = Case("negative", "policy/claim number read like a card, with label")
    v = rnd_digits(16)
    c.t("agent", "can I take your %s number" % ch(["policy", "claim", "customer reference", "account reference"]))
    c.t("customer", "it's %s" % say_digits(v, filler=0.1))
    c.t("agent", "thank you, that %s was opened in %d" % (ch(["policy", "claim"]), R.randint(2005, 2024)))
    return c


def n_invoice():
    c = Case("negative", "invoice and ticket numbers typed")
    c.t("customer", "Invoice #INV-%s and ticket %s, ref %s" % (rnd_digits(9), rnd_digits(10), rnd_digits(6)))
    c.t("agent", "Thanks, ticket %s is now escalated, expect a reply within %d working days." % (rnd_digits(7), R.randint(2, 10)))
    return c


def n_times():
    c = Case("negative", "opening hours, durations, ages, temperatures")
    c.t("agent", "we're open %d till %d, monday to friday, and the wait is about %s minutes" % (R.randint(7, 9), R.randint(17, 20), TENS[R.randint(2, 4)]))
    c.t("customer", "my mum's %s and the house is at %d degrees, the boiler's been off %d hours" % (TENS[R.randint(6, 9)] + " " + ONES[R.randint(1, 9)], R.randint(9, 16), R.randint(2, 72)))
    return c


def n_model():
    c = Case("negative", "model and serial number of a device")
    c.t("customer", "the router model is %s and serial number %s" % (ch(["HG", "TP", "VX"]) + rnd_digits(4), rnd_digits(13)))
    c.t("agent", "ok, firmware %d.%d.%d, I'll reset it, %d%% of customers fix it that way" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), R.randint(50, 95)))
    return c


def n_appt():
    c = Case("negative", "appointment date and reference, not DOB")
    d, m = R.randint(1, 28), R.randint(1, 12)
    c.t("agent", "your appointment is on the %s of %s %d at %d:%02d" % (ORD[d], MONTHS[m - 1], R.randint(2025, 2027), R.randint(8, 17), ch([0, 30])))
    c.t("customer", "great, and the reference was %s?" % say_digits(rnd_digits(8), filler=0))
    return c


def n_contract():
    c = Case("negative", "contract length, renewal date and prices")
    c.t("agent", "the contract is %d months from %02d/%02d/%d at %s a month, that's a %d%% discount" % (ch([12, 18, 24]), R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026), ch(["£29.99", "€35", "$49.50"]), R.randint(5, 40)))
    c.t("customer", "and the early exit fee, is it still %d pounds" % R.randint(50, 400))
    return c


def n_hold_ref():
    c = Case("negative", "reference number read across a hold")
    v = rnd_digits(12)
    c.t("customer", "the reference on the letter is %s" % say_digits(v[:6], filler=0.1))
    c.t("agent", ch(HOLD_OUT))
    c.t("agent", ch(HOLD_IN))
    c.t("customer", "so the reference, %s, then %s" % (say_digits(v[3:6], filler=0), say_digits(v[6:], filler=0)))
    return c


def n_road():
    c = Case("negative", "road names and route numbers without house number")
    c.t("customer", "there's a leak on %s near the junction with the %s%d" % (ch(STREETS), ch(["A", "B", "M"]), R.randint(1, 999)))
    c.t("agent", "thanks, an engineer will be there within %d hours, job number %s" % (R.randint(2, 8), rnd_digits(8)))
    return c


NEG = [n_order_luhn, n_tracking, n_amounts, n_last4, n_meter, n_travel, n_policy, n_invoice, n_times,
       n_model, n_appt, n_contract, n_hold_ref, n_road]

PLAN = [(p_card_chat, 14), (p_card_asr_split, 14), (p_card_hold, 12), (p_card_transfer, 10), (p_card_correction, 8),
        (p_ssn, 18), (p_ssn_hold_transfer, 14), (p_ni, 18), (p_ni_hold_transfer, 14), (p_bank, 12), (p_iban, 12),
        (p_phone, 16), (p_email, 14), (p_dob, 12), (p_address, 18), (p_mixed, 10)]


def build():
    R.seed(SEED)
    pos = []
    for fn, n in PLAN:
        for _ in range(n):
            pos.append(fn())
    R.shuffle(pos)
    neg = [NEG[i % len(NEG)]() for i in range(112)]
    R.shuffle(neg)
    recs = []
    for i, c in enumerate(pos):
        recs.append((c.record("h369-pos-%03d" % (i + 1)), c))
    for i, c in enumerate(neg):
        recs.append((c.record("h369-neg-%03d" % (i + 1)), c))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in recs)
    return text, recs


def check(text, recs):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("file differs from regenerated output")
    lines = [json.loads(l) for l in text.splitlines()]
    ids = [l["id"] for l in lines]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for rec, case in recs:
        if rec["kind"] == "negative":
            nneg += 1
            if rec["spans"]:
                errs.append(rec["id"] + " negative with spans")
        else:
            npos += 1
            if not rec["spans"]:
                errs.append(rec["id"] + " positive without spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(rec["id"] + " bad speaker")
        prev = {}
        for s in sorted(rec["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                errs.append(rec["id"] + " bad type")
            txt = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(rec["id"] + " offsets out of range")
                continue
            if a > 0 and txt[a - 1].isalnum() or b < len(txt) and txt[b].isalnum():
                errs.append("%s not on word boundary: %r" % (rec["id"], txt[a:b]))
            v = txt[a:b]
            if v != v.strip() or not (v[0].isalnum() or v[0] in "+(") or not v[-1].isalnum():
                errs.append("%s span edge: %r" % (rec["id"], v))
            if s["turn"] in prev and a < prev[s["turn"]]:
                errs.append(rec["id"] + " overlapping spans")
            prev[s["turn"]] = b
            counts[s["type"]] += 1
        # per-value validation
        for gid, (typ, canon, partial) in enumerate(case.groups):
            pieces = [rec["turns"][t]["text"][a:b] for t, a, b, _, g in case.spans if g == gid]
            if not pieces:
                errs.append("%s group %d without spans" % (rec["id"], gid))
                continue
            if not value_ok(typ, canon):
                errs.append("%s invalid canonical %s %s" % (rec["id"], typ, canon))
            if typ in ("DOB", "EXPIRY"):
                ok = all(date_like(p) for p in pieces)
                if typ == "EXPIRY" and not partial:
                    ok = ok and (any(m in " ".join(pieces).lower() for m in [x[:3] for x in MONTHS]) or norm_alnum(" ".join(pieces)).lstrip("0").endswith(canon[2:]) or norm_alnum(" ".join(pieces)) in (canon, canon[:2] + "20" + canon[2:]))
            elif typ == "ADDRESS":
                ok = all(address_like(p) for p in pieces)
            elif typ == "EMAIL":
                got = "".join(norm_email(p) for p in pieces)
                ok = got == canon
            else:
                got = "".join(norm_alnum(p) for p in pieces)
                if typ == "PHONE" and "(0)" in "".join(pieces):
                    got = got.replace("+440", "+44")
                ok = (got in canon and got) if partial else got == canon
            if not ok:
                errs.append("%s %s value mismatch: %r vs %s" % (rec["id"], typ, pieces, canon))
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    for t, m in MINS.items():
        if counts[t] < m:
            errs.append("too few %s: %d" % (t, counts[t]))
    return errs, counts, npos, nneg


def main():
    text, recs = build()
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(text, recs)
        for e in errs[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        print("FAILED (%d errors)" % len(errs) if errs else "OK")
        sys.exit(1 if errs else 0)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(recs), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()

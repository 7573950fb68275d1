#!/usr/bin/env python3
"""Generate the pii_holdout507 held-out PII redaction evaluation set.

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout507.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout507.py --check  # regenerate and verify
"""
import json
import os
import re
import random
import sys
from collections import Counter, defaultdict

R = random.Random(507241125)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout507", "cases.jsonl")

# ---------------------------------------------------------------- spoken numbers
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}
ZEROS = ["oh", "oh", "o", "zero", "nought"]
FILLERS = ["um", "uh", "er", "erm"]
NATO = {"o": "oscar", "a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa",
        "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
NAMEWORD = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
            "f": "freddie", "g": "george", "h": "harry", "j": "james", "k": "king",
            "l": "london", "m": "mother", "n": "nelly", "p": "peter", "q": "queen",
            "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "x-ray",
            "y": "yellow", "z": "zebra"}


def dword(d, zero=None):
    if d == "0":
        return zero or R.choice(ZEROS)
    return UNITW[int(d)]


def pair_word(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return "%s %s" % (R.choice(["oh", "oh", "zero"]), UNITW[b]) if b else "double oh"
    if a == 1:
        return TEENW[b]
    return TENSW[a] + ("" if b == 0 else " " + UNITW[b])


def single_mode(chunk):
    out, i = [], 0
    zero = R.choice(ZEROS)
    while i < len(chunk):
        d = chunk[i]
        run = 1
        while i + run < len(chunk) and chunk[i + run] == d and run < 3:
            run += 1
        if run == 3 and R.random() < 0.7:
            out.append("triple " + dword(d, zero)); i += 3; continue
        if run >= 2 and R.random() < 0.75:
            out.append("double " + dword(d, zero)); i += 2; continue
        out.append(dword(d, zero)); i += 1
    return " ".join(out)


def chunk_words(chunk, allow_fancy=True):
    modes = ["single"]
    if allow_fancy and len(chunk) in (2, 4) and chunk[-1] != "0":
        modes += ["pairs", "pairs"]
    if allow_fancy and len(chunk) == 3 and chunk[0] != "0" and chunk[1:] != "00" \
            and chunk[2] != "0":
        modes += ["hundreds"]
    m = R.choice(modes)
    if m == "pairs":
        return " ".join(pair_word(chunk[i:i + 2]) for i in range(0, len(chunk), 2))
    if m == "hundreds":
        rest = int(chunk[1:])
        return "%s hundred and %s" % (UNITW[int(chunk[0])], pair_word("%02d" % rest)
                                      if rest >= 10 else UNITW[rest])
    return single_mode(chunk)


def split_groups(digits, groups):
    out, i = [], 0
    for g in groups:
        out.append(digits[i:i + g]); i += g
    if i < len(digits):
        out.append(digits[i:])
    return [c for c in out if c]


def spoken(digits, groups=None, fillers=0.15, fancy=True, sep=None):
    groups = groups or [len(digits)]
    parts = [chunk_words(c, fancy) for c in split_groups(digits, groups)]
    out = parts[0]
    for p in parts[1:]:
        s = sep if sep is not None else R.choice([" ", ", ", " ", " ... ", ", "])
        if R.random() < fillers:
            s = R.choice([", um, ", " uh ", " er, ", " erm "])
        out += s + p
    return out


def typed_digits(digits, groups, sep=None):
    sep = sep if sep is not None else R.choice([" ", " ", "-", "", ".", "  "])
    return sep.join(split_groups(digits, groups))


def spell_letters(s, style=None):
    style = style or R.choice(["plain", "plain", "nato", "forword", "asin"])
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(dword(ch))
        elif style == "plain":
            out.append(ch)
        elif style == "nato":
            out.append("%s for %s" % (ch, NATO[ch]) if R.random() < 0.6 else ch)
        elif style == "forword":
            out.append("%s for %s" % (ch, NAMEWORD.get(ch, NATO[ch])))
        else:
            out.append("%s as in %s" % (ch, NATO[ch]))
    return " ".join(out)


# ---------------------------------------------------------------- normalisers
U = {w: i for i, w in enumerate(UNITW)}
U.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
U19 = {w: i for i, w in enumerate(UNITW) if i}
TEEN = {w: 10 + i for i, w in enumerate(TEENW)}
TENS = {w: k * 10 for k, w in TENSW.items()}
SKIP = {"um", "uh", "er", "erm", "hmm", "and", "space", "dash", "hyphen", "then", "sorry"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS] + ["sept"]


def norm_code(text):
    """Spoken or typed reading -> upper-case string of digits and letters."""
    if re.search(r"\d", text) and not re.search(r"\b(um|uh|er|erm)\b", text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+", text.lower())
    out, i, n = [], 0, len(toks)
    while i < n:
        t = toks[i]
        nx = toks[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in ("double", "triple") and nx in U:
            out.append(str(U[nx]) * (2 if t == "double" else 3)); i += 2; continue
        if t in U19 and nx == "hundred":
            v, j = U[t] * 100, i + 2
            if j < n and toks[j] == "and":
                j += 1
            if j < n and toks[j] in TEEN:
                v += TEEN[toks[j]]; j += 1
            elif j < n and toks[j] in TENS:
                v += TENS[toks[j]]; j += 1
                if j < n and toks[j] in U19:
                    v += U19[toks[j]]; j += 1
            elif j < n and toks[j] in U19:
                v += U19[toks[j]]; j += 1
            out.append(str(v)); i = j; continue
        if t in TENS:
            if nx in U19:
                out.append(str(TENS[t] + U19[nx])); i += 2
            else:
                out.append(str(TENS[t])); i += 1
            continue
        if t in TEEN:
            out.append(str(TEEN[t])); i += 1; continue
        if t in U:
            out.append(str(U[t])); i += 1; continue
        if t in SKIP:
            i += 1; continue
        if len(t) == 1:
            out.append(t.upper())
            if nx == "for":
                i += 3
            elif nx == "as" and i + 2 < n and toks[i + 2] == "in":
                i += 4
            else:
                i += 1
            continue
        inv = {v: k for k, v in NATO.items()}
        if t in inv:
            out.append(inv[t].upper())
        i += 1
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return re.sub(r"\s+", "", text).lower()
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out, i, n = [], 0, len(toks)
    numrun = []

    def flush():
        if numrun:
            out.append(norm_code(" ".join(numrun)))
            del numrun[:]
    while i < n:
        t = toks[i]
        nx = toks[i + 1] if i + 1 < n else None
        if t in U or t in TEEN or t in TENS or t in ("double", "triple", "hundred") \
                or t.isdigit():
            if t != "o" or numrun:
                numrun.append(t); i += 1; continue
        flush()
        if t in ("um", "uh", "er", "erm", "all", "one", "word", "lowercase"):
            i += 1; continue
        if t == "at":
            out.append("@")
        elif t == "dot":
            out.append(".")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif len(t) == 1 and nx == "for":
            out.append(t); i += 3; continue
        elif len(t) == 1 and nx == "as":
            out.append(t); i += 4; continue
        else:
            out.append(t)
        i += 1
    flush()
    return "".join(out)


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


STREET_SUFFIX = r"(street|st|road|rd|avenue|ave|lane|ln|drive|dr|grove|close|way|court|" \
                r"crescent|place|terrace|boulevard|blvd|gardens|row|walk|parade|hill|view)"


def validate(typ, text, canon):
    """Return None if the labelled (concatenated) value is valid, else a message."""
    if typ == "EMAIL":
        v = norm_email(text)
        ok = re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v)
    elif typ in ("EXPIRY", "DOB"):
        low = text.lower()
        v = norm_code(low)
        dig = re.sub(r"\D", "", v)
        has_month = any(re.search(r"\b%s\b" % m, low) for m in MONTHS + MON3)
        ok = (has_month and len(dig) >= 2) or len(dig) >= (3 if typ == "EXPIRY" else 4)
    elif typ == "ADDRESS":
        low = text.lower()
        ok = re.match(r"(flat|apt|apartment|unit|number|no\.?|\d|[a-z]+\b)", low) and \
            re.search(r"\b%s\.?$" % STREET_SUFFIX, low) and \
            (re.search(r"\d", low) or re.search(
                r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b",
                low))
        v = low
    else:
        v = norm_code(text)
        if typ == "CARD_NUMBER":
            ok = v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
        elif typ == "CVV":
            ok = v.isdigit() and len(v) in (3, 4)
        elif typ == "SSN":
            ok = v.isdigit() and len(v) == 9
        elif typ == "NI_NUMBER":
            ok = re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v)
        elif typ == "BANK_ACCOUNT":
            ok = v.isdigit() and 6 <= len(v) <= 17
        elif typ == "SORT_CODE":
            ok = v.isdigit() and len(v) == 6
        elif typ == "IBAN":
            ok = iban_ok(v)
        elif typ == "PHONE":
            ok = v.isdigit() and 7 <= len(v) <= 15
        elif typ == "POSTCODE":
            ok = re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", v) or \
                re.fullmatch(r"\d{5}(\d{4})?", v)
        else:
            return "unknown type %s" % typ
    if not ok:
        return "invalid %s %r -> %r" % (typ, text, v)
    if canon is not None:
        got = v if typ != "EMAIL" else v.lower()
        if typ == "PHONE":
            got = re.sub(r"\D", "", got)
        if got != canon:
            return "mismatch %s %r -> %r != %r" % (typ, text, got, canon)
    return None


# ---------------------------------------------------------------- case builder
class Val:
    def __init__(self, text, typ, gid):
        self.text, self.typ, self.gid = text, typ, gid


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans = [], []
        self.groups = {}  # gid -> [type, canon, partial_of]
        self._n = 0

    def val(self, text, typ, canon=None, gid=None, partial_of=None):
        if gid is None:
            self._n += 1
            gid = "g%d" % self._n
        if gid not in self.groups:
            self.groups[gid] = [typ, canon, partial_of]
        return Val(text, typ, gid)

    def group(self, typ, canon=None):
        self._n += 1
        gid = "g%d" % self._n
        self.groups[gid] = [typ, canon, None]
        return gid

    def say(self, speaker, *parts):
        text, ti = "", len(self.turns)
        for p in parts:
            if isinstance(p, Val):
                self.spans.append({"turn": ti, "start": len(text),
                                   "end": len(text) + len(p.text), "type": p.typ,
                                   "_gid": p.gid})
                text += p.text
            else:
                text += p
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *parts):
        return self.say("customer", *parts)

    def a(self, *parts):
        return self.say("agent", *parts)


# ---------------------------------------------------------------- value makers
FIRST = ["Aoife", "Sam", "Priya", "Tom", "Grace", "Marek", "Chloe", "Dev", "Siobhan",
         "Luis", "Hannah", "Kwame", "Ellie", "Ravi", "Niamh", "Jordan", "Fatima", "Ben",
         "Maria", "Connor", "Yusuf", "Olivia", "Declan", "Mei", "Ahmed", "Beth"]
LAST = ["Murphy", "Patel", "Okafor", "Kowalski", "Smith", "Nguyen", "O'Brien", "Garcia",
        "Hughes", "Byrne", "Schmidt", "Evans", "Khan", "Walsh", "Rossi", "Jones"]
STREETS = ["Elm Grove", "Kingsley Road", "High Street", "Victoria Avenue", "Mill Lane",
           "Station Road", "Orchard Close", "Church Street", "Maple Drive", "Park View",
           "Beech Crescent", "Albert Terrace", "Oak Way", "Queens Court", "Willow Walk",
           "Main Street", "Harbor Boulevard", "Cedar Lane", "Sunset Drive", "Lakeview Place"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Norwich", "Reading",
            "York", "Belfast", "Brighton"]
TOWNS_US = ["Austin", "Denver", "Columbus", "Portland", "Raleigh", "Tucson"]
AGENTS = ["Dan", "Kirsty", "Marcus", "Leanne", "Raj", "Sinead", "Paul", "Tasha"]
ORGS = ["Northwind Bank", "Velo Mobile", "BrightGas Energy", "Harbour Insurance",
        "SkyLark Travel", "Cobalt Retail", "MedBill Services", "the DVLA helpline",
        "Clearwater Utilities", "Keystone Credit Union", "Emerald Air", "StatePoint Health"]
BACKCH = ["mhm", "go on", "yep", "okay", "right", "uh huh", "got that", "yes go on",
          "and the next bit?", "lovely"]


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card():
    k = R.choice(["v16", "v16", "v16", "mc", "mc", "amex", "disc", "v13", "m19"])
    pre, ln, grp = {"v16": ("4", 16, [4, 4, 4, 4]), "mc": (R.choice(["51", "53", "55", "2221"]),
                    16, [4, 4, 4, 4]), "amex": (R.choice(["34", "37"]), 15, [4, 6, 5]),
                    "disc": ("6011", 16, [4, 4, 4, 4]), "v13": ("4", 13, [4, 4, 5]),
                    "m19": ("6759", 19, [4, 4, 4, 4, 3])}[k]
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    return luhn_complete(body), grp


def ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def digits(n, first_nonzero=True):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def iban(spoken_ok=False):
    cc = R.choice(["GB", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "HBUK", "LLYD"] if not spoken_ok
                        else ["NWBK", "BARC", "MIDL", "HBUK"]) + digits(6) + digits(8)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "ULSB"] if not spoken_ok else ["AIBK", "ULSB"]) \
            + digits(6) + digits(8)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"] if not spoken_ok else ["ABNA", "INGB"]) \
            + digits(10)
    elif cc == "ES":
        bban = digits(20)
    else:
        bban = digits(23)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return cc + "%02d" % chk + bban


UK_AREAS = ["SW", "NW", "LS", "M", "B", "EH", "G", "CF", "BS", "NE", "L", "RG", "CB",
            "BT", "E", "N", "SE", "W", "KT", "TW", "DA", "PE", "HU", "S", "NG"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    out = R.choice(UK_AREAS) + str(R.randint(1, 29))
    return out + " " + str(R.randint(1, 9)) + R.choice(INWARD) + R.choice(INWARD)


def zipcode():
    z = "%05d" % R.randint(10001, 99950)
    return z + ("-%04d" % R.randint(1, 9999) if R.random() < 0.25 else "")


def phone():
    kind = R.choice(["ukmob", "ukmob", "ukland", "us", "us", "ie", "fr", "de"])
    if kind == "ukmob":
        d = "07" + digits(9, False)
        return d, [5, 6], R.choice([("", d), ("44", "44" + d[1:])])
    if kind == "ukland":
        d = "0" + R.choice(["20", "161", "113", "117", "131"])
        d += digits(11 - len(d), False)
        return d, [len(d) - 8, 4, 4] if d.startswith("020") else [len(d) - 7, 3, 4], \
            R.choice([("", d), ("44", "44" + d[1:])])
    if kind == "us":
        d = R.choice(["212", "415", "617", "303", "512", "702"]) + "555" + "01" + digits(2, False)
        return d, [3, 3, 4], R.choice([("", d), ("1", "1" + d)])
    if kind == "ie":
        d = "08" + R.choice("35679") + digits(7, False)
        return d, [3, 3, 4], R.choice([("", d), ("353", "353" + d[1:])])
    if kind == "fr":
        d = "06" + digits(8, False)
        return d, [2, 2, 2, 2, 2], ("33", "33" + d[1:])
    d = "015" + digits(8, False)
    return d, [4, 7], ("49", "49" + d[1:])


def phone_val(cs, spoken_mode):
    """Return (lead_plus, span_text, canon)."""
    d, grp, (cc, full) = phone()
    if spoken_mode:
        if cc:
            body = full[len(cc):]
            cctxt = R.choice([" ".join(UNITW[int(x)] for x in cc), spoken(cc, [len(cc)], 0)])
            return "plus ", cctxt + R.choice([" ", ", "]) + spoken(body, [g for g in [len(body) - 6, 6]],
                                                               cs), full
        return "", spoken(d, grp, cs), d
    if cc:
        body = full[len(cc):]
        g = grp[:]
        if d.startswith("0"):
            g[0] -= 1
        t = cc + R.choice([" ", "-", " "]) + typed_digits(body, [x for x in g if x > 0],
                                                          R.choice([" ", "", "-", "."]))
        return "+", t, full
    return "", typed_digits(d, grp, R.choice([" ", "", "-", ".", " "])), d


def email(first, last):
    dom = R.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
                    "eircom.net", "btinternet.com", "proton.me", "web.de", "orange.fr"])
    f, l = re.sub(r"\W", "", first.lower()), re.sub(r"\W", "", last.lower())
    user = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)),
                     f + "_" + l, l + "." + f[0], f + str(R.randint(70, 99))])
    return user + "@" + dom


def email_spoken(addr):
    user, dom = addr.split("@")
    parts = []
    for piece in re.split(r"([._])", user):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece.isdigit():
            parts.append(spoken(piece, [len(piece)], 0))
        else:
            m = re.match(r"([a-z]+)(\d*)$", piece)
            w, num = m.group(1), m.group(2)
            if len(w) == 1:
                parts.append(R.choice([w, w, "%s for %s" % (w, NATO.get(w, "x-ray"))]))
            else:
                parts.append(w)
            if num:
                parts.append(spoken(num, [len(num)], 0))
    dparts = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + dparts


def expiry(spoken_mode):
    m, y = R.randint(1, 12), R.randint(25, 31)
    if spoken_mode:
        return R.choice(["%s %s" % (pair_word("%02d" % m), pair_word(str(y))),
                         "%s twenty %s" % (MONTHS[m - 1], pair_word(str(y))),
                         "%s %s" % (MONTHS[m - 1], pair_word(str(y))),
                         "%s slash %s" % (UNITW[m] if m < 10 else pair_word(str(m)),
                                          pair_word(str(y)))])
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y),
                     "%02d-%02d" % (m, y), "%s %02d" % (MON3[m - 1].title(), y),
                     "%02d / %02d" % (m, y)])


ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]


def dob(spoken_mode, us=False):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2005)
    if spoken_mode:
        ys = ("nineteen " + pair_word(str(y)[2:])) if y < 2000 else \
            "two thousand" + (" and " + UNITW[y - 2000] if y > 2000 else "") if y < 2010 else "two thousand " + pair_word(str(y)[2:])
        return R.choice(["the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], ys),
                         "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], ys),
                         "%s %s, %s" % (MONTHS[m - 1], ORD[d - 1], ys),
                         "%s %s %s" % (pair_word("%02d" % d), pair_word("%02d" % m),
                                       pair_word(str(y)[2:]))])
    if us:
        return R.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%s" % (m, d, str(y)[2:]),
                         "%s %d, %d" % (MONTHS[m - 1].title(), d, y)])
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y),
                     "%d %s %d" % (d, MON3[m - 1].title(), y), "%d-%02d-%02d" % (y, m, d),
                     "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d if d < 20 else d % 10, "th"),
                                     MONTHS[m - 1].title(), y), "%02d-%02d-%02d" % (d, m, y % 100)])


def address(spoken_mode):
    st = R.choice(STREETS)
    n = R.randint(1, 240)
    flat = R.random() < 0.3
    if spoken_mode:
        num = spoken(str(n), [len(str(n))], 0)
        if n < 100 and R.random() < 0.6:
            num = pair_word("%02d" % n) if n >= 10 else UNITW[n]
        s = "%s %s" % (num, st.lower())
        if flat:
            s = "flat %s, %s" % (UNITW[R.randint(1, 9)], s)
        return s
    s = "%d %s" % (n, R.choice([st, st, st.replace("Street", "St").replace("Road", "Rd")
                                .replace("Avenue", "Ave")]))
    if flat:
        s = R.choice(["Flat %d, " % R.randint(1, 30), "Apt %d%s, " % (R.randint(1, 12),
                      R.choice("ABC")), "%d/" % R.randint(1, 9)]) + s
    return s


def name():
    return R.choice(FIRST), R.choice(LAST)


def bc():
    return R.choice(BACKCH)


# ---------------------------------------------------------------- positive templates
def add_card_group(c, speaker, cd, grp, spoken_mode, cs=0.15, lead="", tail=""):
    if spoken_mode:
        t = spoken(cd, grp, cs)
    else:
        t = typed_digits(cd, grp)
    c.say(speaker, lead, c.val(t, "CARD_NUMBER", cd), tail)


def p_chat_card(c):
    org = R.choice(ORGS)
    cd, grp = card()
    lab = R.choice(["card no:", "Card number -", "cc#", "CARD:", "card num", "long number:"])
    cvv = digits(4 if len(cd) == 15 else 3, False)
    c.note = "chat: card + expiry + cvv typed in one message (%s)" % org
    c.a("Thanks for contacting %s chat. How can I help today?" % org)
    c.c(R.choice(["hi ", "Hello, ", "hey "]),
        "i want to pay my bill. ", lab, " ", c.val(typed_digits(cd, grp), "CARD_NUMBER", cd),
        R.choice([" exp ", ", expiry ", " / exp: ", "\nexpires "]), c.val(expiry(False), "EXPIRY"),
        R.choice([" cvv ", ", sec code: ", " CVC-", "\nsecurity code "]),
        c.val(cvv, "CVV", cvv))
    c.a("Thank you. Payment is processing, please don't share your security code in chat again.")


def p_chat_card_split(c):
    cd, grp = card()
    chunks = split_groups(cd, grp)
    k = R.randint(1, len(chunks) - 1)
    g = c.group("CARD_NUMBER", cd)
    c.note = "chat: card number broken across several messages"
    c.a("Please enter the long card number to verify.")
    c.c(c.val(" ".join(chunks[:k]), "CARD_NUMBER", gid=g))
    c.c(R.choice(["", "sorry hit enter too soon "]), c.val(" ".join(chunks[k:]), "CARD_NUMBER", gid=g),
        R.choice(["", " thats it", " !!"]))
    c.a("Thanks %s, I can see the card now." % R.choice(AGENTS))


def p_call_card(c):
    cd, grp = card()
    org = R.choice(ORGS)
    g = c.group("CARD_NUMBER", cd)
    chunks = split_groups(cd, grp)
    c.note = "call: card read in chunks over several turns with back-channels, agent read-back"
    c.a("okay so whenever you're ready, the long number across the front of the card")
    c.c(R.choice(["right it's ", "okay um ", "yeah so ", ""]), c.val(spoken(chunks[0], [4], 0), "CARD_NUMBER", gid=g))
    i = 1
    while i < len(chunks):
        take = R.randint(1, min(2, len(chunks) - i))
        c.a(bc())
        c.c(c.val(spoken("".join(chunks[i:i + take]), [len(x) for x in chunks[i:i + take]], 0.2),
                  "CARD_NUMBER", gid=g), R.choice(["", "", " and that's it", " yeah"]))
        i += take
    if R.random() < 0.7:
        c.a("let me just read that back, ", c.val(spoken(cd, grp, 0.0), "CARD_NUMBER", cd), ", is that right?")
        c.c(R.choice(["yep", "that's right", "yeah spot on"]))
    if R.random() < 0.5:
        c.a("and the expiry?")
        c.c(R.choice(["", "it's ", "uh "]), c.val(expiry(True), "EXPIRY"))
    if R.random() < 0.4:
        cv = digits(3, False)
        c.a("and the three digits on the back")
        c.c(c.val(spoken(cv, [3], 0), "CVV", cv))


def p_call_card_restart(c):
    cd, grp = card()
    chunks = split_groups(cd, grp)
    gfull = c.group("CARD_NUMBER", cd)
    c.note = "call: restarted card reading after a mistake; aborted fragment labelled too"
    part = chunks[0] + chunks[1][:2]
    c.a("can I take the card number please")
    c.c(c.val(spoken(part, [4, 2], 0.1), "CARD_NUMBER", partial_of=gfull),
        R.choice(["... no sorry, that's the old card, hang on. right. ",
                  " oh wait, I've got that wrong, let me start again. ",
                  " - sorry, the kids are shouting - from the top: "]),
        c.val(spoken(cd, grp, 0.25), "CARD_NUMBER", gid=gfull))
    c.a(R.choice(["thank you", "lovely, got it", "okay"]))


def p_call_card_aside(c):
    cd, grp = card()
    chunks = split_groups(cd, grp)
    g = c.group("CARD_NUMBER", cd)
    c.note = "call: aside in the middle of a card reading, reading resumes"
    c.a("go ahead with the card number")
    c.c(c.val(spoken("".join(chunks[:2]), grp[:2], 0.2), "CARD_NUMBER", gid=g),
        R.choice([" - hold on, my glasses - ", " ... sorry the dog is barking ... ",
                  " (can you turn that down please) "]),
        c.val(spoken("".join(chunks[2:]), grp[2:], 0.2), "CARD_NUMBER", gid=g))
    c.a("okay, I've got that. And just so you know, we never store the three digit code.")


def p_email_bank(c):
    f, l = name()
    acct, sc = digits(8, False), digits(6)
    sct = R.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
    pre, pt, pc = phone_val(0, False)
    em = email(f, l)
    c.note = "e-mail: bank details + signature with phone and e-mail; agent reply quotes them"
    c.c("Subject: RE: Direct debit set-up\n\nHi,\n\nPlease change my direct debit to the account below.\n\n",
        R.choice(["Acct no: ", "Account number: ", "A/C ", "acc. no. "]), c.val(acct, "BANK_ACCOUNT", acct), "\n",
        R.choice(["Sort code: ", "S/C: ", "sort "]), c.val(sct, "SORT_CODE", sc),
        "\n\nThanks,\n%s %s\n" % (f, l), R.choice(["Mob: ", "M: ", "tel "]), pre, c.val(pt, "PHONE", pc),
        "\n", c.val(em, "EMAIL", em), "\nSent from my iPhone")
    c.a("Dear %s,\n\nThank you, the mandate has been updated.\n\n> " % f,
        R.choice(["Acct no: ", "Account number: "]), c.val(acct, "BANK_ACCOUNT", acct),
        "\n> Sort code: ", c.val(sct, "SORT_CODE", sc), "\n\nKind regards,\n%s\nCustomer Care" % R.choice(AGENTS))


def p_webform(c):
    f, l = name()
    us = R.random() < 0.35
    addr = address(False)
    pc = zipcode() if us else uk_postcode()
    town = R.choice(TOWNS_US if us else TOWNS_UK)
    pre, pt, pcn = phone_val(0, False)
    em = email(f, l)
    c.note = "web form pasted into chat: name, DOB, address, postcode/ZIP, phone, e-mail"
    c.c(R.choice(["copying from the form as it wont submit:\n", "pasted below\n---\n", ""]),
        "Name: %s %s\n" % (f, l), R.choice(["DOB: ", "Date of birth: ", "D.O.B "]),
        c.val(dob(False, us), "DOB"), "\nAddress line 1: ", c.val(addr, "ADDRESS"),
        "\nTown/City: %s\n" % town, "ZIP: " if us else "Postcode: ",
        c.val(pc if R.random() < 0.7 else pc.lower(), "POSTCODE", pc.replace(" ", "").replace("-", "").upper()),
        "\nPhone: ", pre, c.val(pt, "PHONE", pcn), "\nEmail: ", c.val(em, "EMAIL", em))
    c.a("Thanks, I'll raise that with the web team.")


def p_sms_ssn(c):
    s = ssn()
    st = R.choice(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:]),
                   "%s-%s-%s" % (s[:3], s[3:5], s[5:])])
    c.note = "SMS: US SSN typed for identity check"
    c.a("StatePoint Health: reply with your SSN to verify your billing account. Never share your PIN.")
    c.c(R.choice(["ssn ", "SSN is ", "its ", "social: ", "my ss# "]), c.val(st, "SSN", s),
        R.choice(["", " thx", " - pls call back", "\nSent via SMS"]))


def p_call_ssn(c):
    s = ssn()
    g = c.group("SSN", s)
    c.note = "call: SSN read in three parts with fillers, agent reads back"
    c.a("to verify, can I get your social security number")
    if R.random() < 0.5:
        c.c(R.choice(["yeah it's ", "sure, ", "uh "]), c.val(spoken(s, [3, 2, 4], 0.5), "SSN", gid=g))
    else:
        c.c(c.val(spoken(s[:3], [3], 0), "SSN", gid=g))
        c.a(bc())
        c.c(c.val(spoken(s[3:], [2, 4], 0.4), "SSN", gid=g))
    c.a("thanks, that's ", c.val(spoken(s, [3, 2, 4], 0, sep=", "), "SSN", s), ", and your date of birth?")
    c.c(c.val(dob(True, True), "DOB"))


def p_chat_ssn(c):
    s = ssn()
    c.note = "chat: SSN with odd separators, partially restated"
    c.a("To open the claim I need the policyholder's Social Security Number.")
    c.c(R.choice(["SSN: ", "soc sec no ", "ok its ", "ssn# "]),
        c.val(R.choice(["%s.%s.%s" % (s[:3], s[3:5], s[5:]), "%s / %s / %s" % (s[:3], s[3:5], s[5:]),
                        "%s-%s%s" % (s[:3], s[3:5], s[5:]), s]), "SSN", s),
        R.choice(["", "\n(that's my husband's, policy is in his name)"]))
    c.a("Thanks, I've verified the policyholder.")


def p_ni_typed(c):
    n = ni()
    t = R.choice([n, "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n.lower(),
                  "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), "%s %s %s" % (n[:2], n[2:8], n[8])])
    c.note = "chat/e-mail: UK National Insurance number typed"
    c.a("Could you confirm your National Insurance number for the pension record?")
    c.c(R.choice(["NI no: ", "NINO ", "ni number is ", "National Insurance: "]), c.val(t, "NI_NUMBER", n),
        R.choice(["", " thanks", "\n\nRegards"]))


def p_ni_spoken(c):
    n = ni()
    g = c.group("NI_NUMBER", n)
    c.note = "call: NI number spelled with NATO/word letters, split over turns, read-back"
    c.a("and your national insurance number please")
    style = R.choice(["nato", "forword", "plain", "asin"])
    c.c(R.choice(["it's ", "okay ", "um "]), c.val(spell_letters(n[:2], style), "NI_NUMBER", gid=g))
    c.a(bc())
    digs = spoken(n[2:8], [2, 2, 2], 0.2) if R.random() < 0.6 else spoken(n[2:8], [6], 0.1)
    c.c(c.val(digs + R.choice([" ", ", "]) + spell_letters(n[8], style), "NI_NUMBER", gid=g))
    if R.random() < 0.7:
        c.a("so that's ", c.val(spell_letters(n[:2], "plain") + " " + spoken(n[2:8], [2, 2, 2], 0, sep=" ")
                                + " " + n[8].lower(), "NI_NUMBER", n), "?")
        c.c("yes")


def p_iban(c):
    ib = iban()
    gr = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    mode = R.choice(["spaced", "plain", "lower", "lines"])
    t = {"spaced": " ".join(gr), "plain": ib, "lower": " ".join(gr).lower(),
         "lines": " ".join(gr[:3]) + "\n" + " ".join(gr[3:])}[mode]
    c.note = "e-mail/chat: IBAN for refund (%s)" % mode
    c.a("For the refund please send the IBAN of the account it should go to.")
    c.c(R.choice(["IBAN: ", "Here you go -\n", "iban ", "Refund to IBAN "]), c.val(t, "IBAN", ib),
        R.choice(["", "\nBIC as before", " (joint account)"]))


def p_iban_spoken(c):
    ib = iban(True)
    c.note = "call: IBAN spelled out"
    t = spell_letters(ib[:2], "plain") + " " + spoken(ib[2:4], [2], 0)
    rest = ib[4:]
    i = 0
    parts = []
    while i < len(rest):
        if rest[i].isalpha():
            j = i
            while j < len(rest) and rest[j].isalpha():
                j += 1
            parts.append(spell_letters(rest[i:j], "plain"))
        else:
            j = i
            while j < len(rest) and rest[j].isdigit():
                j += 1
            parts.append(spoken(rest[i:j], [4] * 8, 0.1, fancy=False))
        i = j
    t += " " + " ".join(parts)
    c.a("can you read me the iban")
    c.c("yeah it's ", c.val(t, "IBAN", ib))
    c.a("great, thank you")


def p_phone(c):
    spoken_mode = R.random() < 0.55
    pre, pt, pc = phone_val(0.15, spoken_mode)
    c.note = "%s: contact phone number" % ("call" if spoken_mode else "chat")
    c.a(R.choice(["what's the best number to reach you on", "Can I take a contact number?"]))
    c.c(R.choice(["it's ", "", "best is my mobile, ", "you can text me on "]), pre, c.val(pt, "PHONE", pc),
        R.choice(["", " after six", ", that's my work one"]))
    if spoken_mode and R.random() < 0.5:
        c.a("so ", c.val(spoken(pc, [len(pc) - 6, 3, 3], 0, sep=" "), "PHONE", pc), ", yeah?")


def p_email_spoken(c):
    f, l = name()
    em = email(f, l)
    sp = email_spoken(em)
    c.note = "call: e-mail address spoken"
    c.a("and an email for the confirmation")
    if R.random() < 0.5 and " at " in sp:
        u, d = sp.split(" at ", 1)
        g = c.group("EMAIL", em)
        c.c("it's ", c.val(u, "EMAIL", gid=g))
        c.a(bc())
        c.c(c.val("at " + d, "EMAIL", gid=g))
    else:
        c.c(R.choice(["sure, it's ", "um ", ""]), c.val(sp, "EMAIL", em))
    c.a("lovely, I'll send that now")


def p_address_call(c):
    us = R.random() < 0.3
    addr = address(True)
    town = R.choice(TOWNS_US if us else TOWNS_UK)
    c.note = "call: address and postcode/ZIP spoken"
    c.a("and can you confirm the first line of the address and the %s" % ("zip" if us else "postcode"))
    if us:
        z = "%05d" % R.randint(10001, 99950)
        pct = spoken(z, [5], 0.1)
    else:
        z = uk_postcode()
        out, inw = z.split()
        pct = spell_letters(re.match(r"[A-Z]+", out).group(), R.choice(["plain", "nato"])) + " " + \
            spoken(out[len(re.match(r"[A-Z]+", out).group()):], [2], 0) + R.choice([", ", " ", " ... "]) + \
            spoken(inw[0], [1], 0) + " " + spell_letters(inw[1:], R.choice(["plain", "nato"]))
    c.c(c.val(addr, "ADDRESS"), ", %s, " % town.lower(), c.val(pct, "POSTCODE", z.replace(" ", "")))
    c.a("thank you")


def p_address_typed(c):
    us = R.random() < 0.4
    addr = address(False)
    z = zipcode() if us else uk_postcode()
    town = R.choice(TOWNS_US if us else TOWNS_UK)
    c.note = "SMS/chat: new delivery address"
    c.a("What's the new delivery address?")
    c.c(c.val(addr, "ADDRESS"), R.choice([", ", "\n", " "]), town, R.choice([", ", " ", "\n"]),
        c.val(z if R.random() < 0.7 else z.lower().replace(" ", ""), "POSTCODE",
              z.replace(" ", "").replace("-", "")))


def p_dob_typed(c):
    c.note = "chat: DOB for security"
    c.a("For security, please confirm your date of birth.")
    c.c(R.choice(["", "dob ", "born ", "DOB: "]), c.val(dob(False, R.random() < 0.3), "DOB"))


def p_call_sort_acct(c):
    acct, sc = digits(8, False), digits(6)
    c.note = "call: sort code and account number spoken"
    c.a("what's the sort code")
    c.c(R.choice(["", "it's ", "uh "]), c.val(spoken(sc, [2, 2, 2], 0.1), "SORT_CODE", sc))
    c.a("and the account number")
    c.c(c.val(spoken(acct, [4, 4], 0.2), "BANK_ACCOUNT", acct))
    c.a("so ", c.val(spoken(acct, [4, 4], 0, fancy=False), "BANK_ACCOUNT", acct), ", perfect")


def p_us_routing(c):
    acct = digits(R.randint(10, 12), False)
    c.note = "chat: US bank account (checking) for autopay; routing number context"
    c.c("autopay form keeps failing. checking acct # ", c.val(acct, "BANK_ACCOUNT", acct),
        R.choice(["", " (Keystone CU)", "\nthanks"]))
    c.a("Thanks, I've updated autopay.")


def p_quoted_card_masked(c):
    cd, grp = card()
    c.note = "e-mail thread: customer pasted full card; agent reply masks it and quotes the original"
    gfull = c.group("CARD_NUMBER", cd)
    c.c("Hi team,\n\nplease use this card for the renewal: ",
        c.val(typed_digits(cd, grp, R.choice([" ", "-"])), "CARD_NUMBER", gid=gfull), "\n\nCheers")
    c.a("Hello,\n\nPlease never e-mail full card numbers. We have removed it from our records; "
        "the card on file is now **** **** **** ", c.val(cd[-4:], "CARD_NUMBER", partial_of=gfull),
        ".\n\n> please use this card for the renewal: ",
        c.val(typed_digits(cd, grp, " "), "CARD_NUMBER", cd), "\n\nRegards")


def p_mixed_call(c):
    f, l = name()
    s = ssn()
    em = email(f, l)
    c.note = "call (US healthcare billing): SSN, DOB, email, card last four (full card read later)"
    cd, grp = card()
    c.a("StatePoint billing, this is %s, can I start with the patient's date of birth" % R.choice(AGENTS))
    c.c(c.val(dob(True, True), "DOB"))
    c.a("and the last four of the social, or the full one if you have it")
    c.c(c.val(spoken(s, [3, 2, 4], 0.3), "SSN", s))
    c.a("okay, and you want to pay with the card ending ", c.val(spoken(cd[-4:], [4], 0), "CARD_NUMBER",
                                                                 partial_of=c.group("CARD_NUMBER", cd)), "?")
    g = [k for k, v in c.groups.items() if v[1] == cd][0]
    c.c("no a new one, ", c.val(spoken(cd, grp, 0.1), "CARD_NUMBER", gid=g))
    c.a("and an email for the receipt")
    c.c(c.val(email_spoken(em), "EMAIL", em))


POS_TEMPLATES = [
    (p_chat_card, 3), (p_chat_card_split, 2), (p_call_card, 3), (p_call_card_restart, 1),
    (p_call_card_aside, 1), (p_email_bank, 2), (p_webform, 2), (p_sms_ssn, 2), (p_call_ssn, 2),
    (p_chat_ssn, 1), (p_ni_typed, 2), (p_ni_spoken, 2), (p_iban, 1), (p_iban_spoken, 1),
    (p_phone, 1), (p_email_spoken, 1), (p_address_call, 1), (p_address_typed, 1), (p_dob_typed, 1),
    (p_call_sort_acct, 1), (p_us_routing, 1), (p_quoted_card_masked, 1), (p_mixed_call, 1),
]


# ---------------------------------------------------------------- negatives
def luhn_string(n):
    return luhn_complete(digits(n - 1))


def n_reference_like_card(c):
    ref = luhn_string(16)
    lab = R.choice(["order number", "tracking number", "reference", "claim reference", "invoice number"])
    c.note = "negative: 16-digit Luhn-valid %s spoken like a card reading" % lab
    c.a("have you got the %s handy" % lab)
    c.c("yeah the %s is %s" % (lab, spoken(ref, [4, 4, 4, 4], 0.2)))
    c.a("thanks, found it")


def n_typed_reference(c):
    lab = R.choice(["Order #", "Ticket ID: ", "Invoice no. ", "Tracking: ", "Policy number ",
                    "Serial no: ", "Ref: ", "Claim no. ", "Booking ref "])
    val = R.choice([luhn_string(16), digits(12), digits(9), "%s-%s-%s" % (digits(3), digits(2), digits(4)),
                    "POL-" + digits(10), digits(4) + " " + digits(4) + " " + digits(4) + " " + digits(4)])
    c.note = "negative: labelled identifier (%s) with PII-like digits" % lab.strip(" :#.")
    c.c("Hi, chasing this up. %s%s\nstill no update after 3 weeks" % (lab, val))
    c.a("Sorry about that, I've escalated %s%s." % (lab.lower(), val))


def n_last_four(c):
    l4 = digits(4, False)
    c.note = "negative: card last four only (spoken and masked)"
    c.a("is that the card ending %s?" % R.choice([l4, spoken(l4, [4], 0)]))
    c.c(R.choice(["yes the one ending in %s" % spoken(l4, [4], 0), "yep, **** **** **** %s" % l4,
                  "yeah xxxx-%s" % l4, "the visa, last four %s" % l4]))


def n_amounts(c):
    amt = "%d.%02d" % (R.randint(10, 4999), R.randint(0, 99))
    c.note = "negative: balances, amounts, dates, percentages"
    c.a("your balance is £%s and the minimum payment of £%d is due on the %s of %s" % (
        amt, R.randint(5, 90), ORD[R.randint(0, 27)], R.choice(MONTHS)))
    c.c("can I pay %s pounds %s today and the rest on %d/%d/%d?" % (
        spoken(str(R.randint(100, 999)), [3], 0), pair_word("%02d" % R.randint(10, 99)),
        R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027)))
    c.a("yes, and the interest rate stays at %d.%d%% APR" % (R.randint(9, 39), R.randint(0, 9)))


def n_times(c):
    c.note = "negative: opening hours, durations, appointment slot"
    c.a("we're open %d till %d, Monday to Friday, and the engineer slot is between %d:%02d and %d:%02d on %s %d %s"
        % (R.randint(7, 9), R.randint(17, 21), R.randint(8, 11), R.choice([0, 30]), R.randint(12, 17),
           R.choice([0, 30]), R.choice(["Tue", "Wed", "Thu"]), R.randint(1, 28), R.choice(MON3).title()))
    c.c("I've been on hold %d minutes already. it was %d degrees in here yesterday" % (
        R.randint(12, 95), R.randint(-5, 35)))


def n_meter(c):
    mr = digits(R.choice([5, 6, 8]), False)
    msn = digits(10)
    c.note = "negative: meter reading and meter serial number"
    c.a("can I take a meter reading")
    c.c(R.choice(["it says ", "reading is "]) + spoken(mr, [len(mr)], 0.2) +
        " and the meter serial is " + R.choice([msn, spoken(msn, [4, 3, 3], 0.1)]))
    c.a("thanks, that's %s, down from %s last quarter" % (mr, str(int(mr) - R.randint(100, 900))))


def n_travel(c):
    c.note = "negative: flight, gate, seat, room, booking numbers"
    fl = R.choice(["EI", "BA", "FR", "UA", "LH"]) + str(R.randint(100, 9999))
    c.c("my flight %s got moved to gate %s%d, seat %d%s, booking ref %s" % (
        fl, R.choice("ABC"), R.randint(1, 60), R.randint(1, 40), R.choice("ABCDEF"),
        "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    c.a("I can see that. Your hotel room %d is held until %d:00." % (R.randint(100, 1299), R.randint(10, 23)))


def n_road(c):
    c.note = "negative: road names and junctions (no house number)"
    c.c("the van is stuck on the %s near junction %d, then you turn onto %s" % (
        R.choice(["M25", "A40", "I-95", "N7", "Route 66", "M50"]), R.randint(1, 30), R.choice(STREETS)))
    c.a("okay, the driver will be there in about %d minutes" % R.randint(10, 60))


def n_ages(c):
    c.note = "negative: ages, counts, years, contract dates"
    c.c("I've been a customer since %d, I'm %d now, and I've got %d lines on the account" % (
        R.randint(1990, 2020), R.randint(19, 90), R.randint(2, 9)))
    c.a("thank you for your loyalty, the contract renews on %d %s %d" % (
        R.randint(1, 28), R.choice(MONTHS).title(), R.randint(2025, 2028)))


def n_model(c):
    c.note = "negative: model and serial numbers spoken digit by digit"
    sn = digits(R.choice([9, 11, 15]))
    c.a("what's the model number on the back of the router")
    c.c("model %s%s, serial number %s" % (R.choice(["HG", "TG", "RX", "DSL-"]), digits(4),
                                           spoken(sn, [3] * 5, 0.2)))
    c.a("great, I'll push a firmware update")


def n_masked_email(c):
    c.note = "negative: masked/redacted values and pasted system text"
    c.c("Your verification code is %s. It expires in %d minutes. Card ****%s charged £%d.%02d on %02d/%02d."
        % (digits(6), R.randint(5, 15), digits(4), R.randint(5, 200), R.randint(0, 99),
           R.randint(1, 28), R.randint(1, 12)))
    c.a("That message is from us, no action needed. Your case number is %s." % digits(8))


def n_policy_spoken(c):
    lab = R.choice(["policy number", "account reference", "customer number", "claim number"])
    val = digits(R.choice([8, 9, 10, 12]))
    c.note = "negative: %s read in chunks over turns like a card" % lab
    c.a("and the %s?" % lab)
    c.c(spoken(val[:4], [4], 0))
    c.a(bc())
    c.c(spoken(val[4:], [4, 4], 0.3))
    c.a("thanks, that's the %s %s" % (lab, val))


NEG_TEMPLATES = [n_reference_like_card, n_typed_reference, n_last_four, n_amounts, n_times, n_meter,
                 n_travel, n_road, n_ages, n_model, n_masked_email, n_policy_spoken]


# ---------------------------------------------------------------- build / check
def build():
    cases = []
    weighted = [f for f, w in POS_TEMPLATES for _ in range(w)]
    for i in range(215):
        c = Case("positive", "")
        weighted[i % len(weighted)](c)
        cases.append(("h507-pos-%03d" % (i + 1), c))
    for i in range(110):
        c = Case("negative", "")
        NEG_TEMPLATES[i % len(NEG_TEMPLATES)](c)
        cases.append(("h507-neg-%03d" % (i + 1), c))
    return cases


def serialise(cases):
    lines = []
    for cid, c in cases:
        spans = [{k: s[k] for k in ("turn", "start", "end", "type")} for s in c.spans]
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": c.turns, "spans": spans,
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = [cid for cid, _ in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for cid, c in cases:
        if c.kind == "negative" and c.spans:
            errs.append("%s: negative with spans" % cid)
        if c.kind == "positive" and not c.spans:
            errs.append("%s: positive without spans" % cid)
        for t in c.turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % cid)
        byturn = defaultdict(list)
        grouptext = defaultdict(list)
        for s in c.spans:
            txt = c.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % cid); continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s: span %r not trimmed to value" % (cid, txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (cid, txt[a:b]))
            byturn[s["turn"]].append((a, b))
            grouptext[s["_gid"]].append(txt[a:b])
        for ti, lst in byturn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans in turn %d" % (cid, ti))
        for gid, (typ, canon, partial_of) in c.groups.items():
            if gid not in grouptext:
                continue
            joined = " ".join(grouptext[gid])
            if partial_of is not None:
                full = c.groups[partial_of][1]
                v = norm_code(joined)
                if not (v.isdigit() and (full.startswith(v) or full.endswith(v))):
                    errs.append("%s: partial %r not part of %s" % (cid, joined, full))
                continue
            e = validate(typ, joined, canon)
            if e:
                errs.append("%s: %s" % (cid, e))
        # last-four-only rule: a 4-digit card fragment needs the full card in the same case
    return errs


def counts(cases):
    cnt = Counter(s["type"] for _, c in cases for s in c.spans)
    kinds = Counter(c.kind for _, c in cases)
    return cnt, kinds


def main():
    cases = build()
    text = serialise(cases)
    cnt, kinds = counts(cases)
    if "--check" in sys.argv[1:]:
        errs = check(cases, text)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB",
                  "POSTCODE", "ADDRESS"]:
            need[t] = 10
        for t, n in need.items():
            if cnt[t] < n:
                errs.append("only %d %s spans (need %d)" % (cnt[t], t, n))
        if kinds["positive"] < 200 or kinds["negative"] < 100:
            errs.append("too few cases: %s" % dict(kinds))
        for e in errs[:50]:
            print("FAIL", e)
        print("cases: %s spans: %s" % (dict(kinds), dict(sorted(cnt.items()))))
        if errs:
            print("%d problems" % len(errs))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote %s" % os.path.normpath(OUT))
    print("cases: %s spans: %s" % (dict(kinds), dict(sorted(cnt.items()))))


if __name__ == "__main__":
    main()

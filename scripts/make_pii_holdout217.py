#!/usr/bin/env python3
"""Generate the held-out PII evaluation set h217 (ASR/Whisper-style emphasis).

Written by an AI helper acting as an independent author that did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible.

    python scripts/make_pii_holdout217.py          # write fixture + README
    python scripts/make_pii_holdout217.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 217241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout217")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
       "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
       "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
       "nineteenth": 19, "twentieth": 20, "thirtieth": 30}


def zero_word():
    return R.choice(["oh", "oh", "zero", "o", "nought"])


def digit_word(d, homo=False):
    if d == "0":
        return zero_word()
    if homo and R.random() < 0.25:
        return {"2": "to", "4": "for", "8": "ate"}.get(d, DW[int(d)])
    return DW[int(d)]


def say_chunk(ch, itn=0.0, pairs=0.0, dbl=0.4, homo=False):
    """Speak a digit chunk the way a caller + Whisper might write it."""
    if R.random() < itn:
        return ch
    out = []
    i = 0
    while i < len(ch):
        d = ch[i]
        if i + 2 < len(ch) + 0 and ch[i + 1:i + 3] == d + d and R.random() < dbl:
            out.append("triple " + digit_word(d))
            i += 3
            continue
        if i + 1 < len(ch) and ch[i + 1] == d and R.random() < dbl:
            out.append("double " + digit_word(d))
            i += 2
            continue
        if i + 1 < len(ch) and d != "0" and ch[i + 1] != "0" and R.random() < pairs:
            a, b = int(d), int(ch[i + 1])
            out.append(TEENS[b] if a == 1 else TENS[a] + " " + DW[b])
            i += 2
            continue
        out.append(digit_word(d, homo))
        i += 1
    return " ".join(out)


def groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def say_digits(s, sizes, itn=0.15, pairs=0.15, homo=True, sep=None):
    parts = [say_chunk(g, itn, pairs, homo=homo) for g in groups(s, sizes)]
    if sep is None:
        sep = R.choice([" ", " ", ", ", " ", "... ", " um "])
    return sep.join(parts)


LHOMO = {"b": "bee", "c": "see", "r": "are", "y": "why", "t": "tea", "p": "pee", "x": "ex",
         "j": "jay", "k": "kay", "m": "em", "n": "en", "s": "ess", "h": "aitch", "g": "gee"}
LHOMO_REV = {v: k for k, v in LHOMO.items()}


def say_letter(c, nato=0.3):
    c = c.lower()
    r = R.random()
    if c in LHOMO and r > 0.9:
        return LHOMO[c]
    if r < nato:
        return c + R.choice([" for ", " as in ", " for "]) + NATO[c]
    if r < nato + 0.2:
        return c.upper()
    return c


# ---------------------------------------------------------------- values
def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def card():
    pre, n = R.choice([("4", 16), ("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("37", 15),
                       ("6011", 16), ("4", 13), ("35", 16), ("4", 19)])
    body = pre + "".join(R.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_sizes(c):
    return [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4, 3] if len(c) == 19 else [4, 4, 4, 1] if len(c) == 13 else [4, 4, 4, 4]


def ssn():
    a = R.choice([x for x in range(1, 900) if x != 666])
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban():
    cc, fmt = R.choice([("GB", "B4N14"), ("IE", "B4N14"), ("DE", "N18"), ("NL", "B4N10"),
                        ("FR", "N23"), ("ES", "N20")])
    bban = ""
    for kind, n in re.findall(r"([BN])(\d+)", fmt):
        n = int(n)
        bban += "".join(R.choice("ABCDEFGHJKLMNPRSTUWXYZ" if kind == "B" else "0123456789")
                        for _ in range(n))
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    ck = 98 - num % 97
    return cc + "%02d" % ck + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def uk_postcode():
    area = R.choice(["SW", "SE", "N", "E", "W", "M", "B", "L", "LS", "G", "EH", "CF", "BS", "NE",
                     "CB", "RG", "BT", "PL", "EX", "NG", "LE", "S", "HU", "DH"])
    dist = str(R.randint(1, 20)) if R.random() < 0.8 else str(R.randint(1, 9)) + R.choice("ABW")
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist, inward


def zipcode():
    z = "%05d" % R.randint(1001, 99950)
    return z + ("-%04d" % R.randint(1, 9999) if R.random() < 0.2 else "")


def uk_mobile():
    return "07" + str(R.randint(3, 9)) + "".join(R.choice("0123456789") for _ in range(8))


def uk_land():
    return R.choice(["0161", "0113", "0121", "0131", "0141", "0117", "0191", "0208", "0207", "0151"]) + \
        "".join(R.choice("0123456789") for _ in range(7))


def us_phone():
    return str(R.randint(2, 9)) + "".join(R.choice("0123456789") for _ in range(2)) + \
        str(R.randint(2, 9)) + "".join(R.choice("0123456789") for _ in range(6))


def ie_mobile():
    return "08" + R.choice("35679") + "".join(R.choice("0123456789") for _ in range(7))


FIRST = ["john", "sarah", "aoife", "liam", "priya", "mark", "emma", "sean", "olga", "tom", "nadia",
         "kevin", "grace", "ravi", "lucy", "niamh", "carlos", "helen", "dev", "fiona"]
LAST = ["doe", "murphy", "patel", "smith", "kowalski", "brennan", "okafor", "walsh", "nguyen",
        "jones", "garcia", "byrne", "khan", "taylor", "reilly", "evans", "lopez", "fischer"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("hotmail", "com"), ("outlook", "ie"),
           ("icloud", "com"), ("btinternet", "com"), ("eircom", "net"), ("aol", "com"),
           ("protonmail", "com"), ("gmx", "de")]
STREETS = ["acacia", "station", "church", "mill", "high", "park", "victoria", "queens", "oak",
           "maple", "elm", "kings", "willow", "cedar", "chapel", "meadow", "lincoln", "washington"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "way", "crescent", "court",
          "place", "terrace", "grove", "boulevard"]


# ---------------------------------------------------------------- spoken renderers
def spoken_card(c, itn=None):
    itn = R.choice([0.0, 0.0, 0.3, 0.5]) if itn is None else itn
    return say_digits(c, card_sizes(c), itn=itn, pairs=0.2)


def typed_card(c):
    sep = R.choice([" ", "-", "", " ", "  ", "."])
    return sep.join(groups(c, card_sizes(c)))


def spoken_ni(v):
    L = [say_letter(v[0]), say_letter(v[1])]
    body = say_digits(v[2:8], R.choice([[2, 2, 2], [6], [3, 3]]), itn=0.2, pairs=0.3, homo=False)
    suf = say_letter(v[8], 0.4)
    if R.random() < 0.3 and all(len(x) == 1 for x in L):
        return (L[0] + L[1]).upper() + " " + body + " " + suf
    return " ".join(L) + " " + body + " " + suf


def typed_ni(v):
    f = R.choice(["sp", "none", "lower", "dash"])
    if f == "sp":
        return "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    if f == "none":
        return v
    if f == "lower":
        return v.lower()
    return "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])


def spoken_ssn(v):
    return say_digits(v, [3, 2, 4], itn=R.choice([0, 0.2, 0.5]), pairs=0.2)


def typed_ssn(v):
    sep = R.choice(["-", " ", "", "-", "."])
    return sep.join([v[:3], v[3:5], v[5:]])


def spoken_iban(v):
    parts = [say_letter(v[0], 0.3), say_letter(v[1], 0.3), say_chunk(v[2:4], 0.2, 0.4)]
    rest = v[4:]
    i = 0
    while i < len(rest):
        if rest[i].isalpha():
            parts.append(say_letter(rest[i], 0.25))
            i += 1
        else:
            j = i
            while j < len(rest) and rest[j].isdigit() and j - i < 4:
                j += 1
            parts.append(say_chunk(rest[i:j], 0.25, 0.2))
            i = j
    return " ".join(parts)


def typed_iban(v):
    if R.random() < 0.5:
        return " ".join(groups(v, [4] * 9))
    return v if R.random() < 0.5 else v.lower()


def spoken_postcode(pc):
    if isinstance(pc, tuple):
        out, inn = pc
        s = " ".join(say_letter(c, 0.2) if c.isalpha() else c for c in out)
        # Whisper may ITN the district number
        s = re.sub(r"\b(\d)\b", lambda m: m.group(1) if R.random() < 0.4 else DW[int(m.group(1))], s)
        s = re.sub(r"\b(1\d|20)\b", lambda m: m.group(1) if R.random() < 0.5 else TEENS[int(m.group(1)) - 10] if m.group(1) != "20" else "twenty", s)
        s = s.replace("1 0", "10")
        i = R.choice([inn[0], DW[int(inn[0])]]) + " " + say_letter(inn[1], 0.2) + " " + say_letter(inn[2], 0.2)
        if inn[1] == inn[2] and R.random() < 0.6:
            i = R.choice([inn[0], DW[int(inn[0])]]) + " double " + inn[1].lower()
        return s + R.choice([" ", " ", ", "]) + i
    z = pc.replace("-", "")
    return say_digits(z, [5, 4], itn=0.3, pairs=0.1, homo=False)


def typed_postcode(pc):
    if isinstance(pc, tuple):
        o, i = pc
        return R.choice([o + " " + i, o + i, (o + " " + i).lower(), o + "  " + i])
    return pc


def spoken_phone(p, intl=None):
    if p.startswith("07") or p.startswith("01") or p.startswith("02"):
        if intl:
            return "plus " + say_chunk("44", 0, 0.5) + " " + say_digits(p[1:], [4, 3, 3], itn=0.2, pairs=0.2)
        return say_digits(p, [5, 3, 3] if p.startswith("07") else [4, 3, 4], itn=R.choice([0, 0.3]), pairs=0.2)
    if p.startswith("08"):
        if intl:
            return "plus three five three " + say_digits(p[1:], [2, 3, 4], itn=0.2)
        return say_digits(p, [3, 3, 4], itn=0.2)
    pre = "one " if intl else ""
    return pre + say_digits(p, [3, 3, 4], itn=R.choice([0, 0.3, 0.6]), pairs=0.2)


def typed_phone(p, intl=None):
    if p.startswith("0") and not p.startswith("08"):
        if intl:
            return R.choice(["+44 " + p[1:5] + " " + p[5:], "+44" + p[1:], "+44 (0)" + p[1:5] + " " + p[5:]])
        return R.choice([p[:5] + " " + p[5:], p, p[:4] + "-" + p[4:7] + "-" + p[7:]])
    if p.startswith("08"):
        return R.choice(["+353 " + p[1:3] + " " + p[3:6] + " " + p[6:], p[:3] + " " + p[3:6] + " " + p[6:]])
    return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                     "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:])])


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    d, t = R.choice(DOMAINS)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0],
                      f + str(R.randint(70, 99))])
    return local + "@" + d + "." + t


def spoken_email(e):
    local, dom = e.split("@")
    w = []
    for part in re.split(r"([._])", local):
        if part == ".":
            w.append("dot")
        elif part == "_":
            w.append("underscore")
        elif part.isdigit():
            w.append(say_chunk(part, 0.4, 0.6, dbl=0.2))
        elif len(part) == 1:
            w.append(say_letter(part, 0.3))
        else:
            m = re.match(r"([a-z]+)(\d*)$", part)
            name, num = m.group(1), m.group(2)
            if R.random() < 0.25 and len(name) <= 6:
                w.append(" ".join(name))  # spelled out
            else:
                w.append(name)
            if num:
                w.append(say_chunk(num, 0.4, 0.6, dbl=0.2))
    w.append("at")
    w.append(" dot ".join(dom.split(".")))
    s = " ".join(w)
    if R.random() < 0.2:
        s = s.replace(" at ", " @ ")
    return s


def dob():
    return R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)


def ordinal_word(d):
    for k, v in ORD.items():
        if v == d:
            return k
    if d > 20 and d < 30:
        return "twenty " + [k for k, v in ORD.items() if v == d - 20][0]
    return "thirty first"


def say_year(y):
    if y >= 2000:
        return R.choice(["two thousand and " + DW[y - 2000], str(y), "two thousand " + DW[y - 2000]])
    hi, lo = y // 100, y % 100
    lo_s = ("oh " + DW[lo]) if lo < 10 else TEENS[lo - 10] if lo < 20 else TENS[lo // 10] + ("" if lo % 10 == 0 else " " + DW[lo % 10])
    return R.choice([TEENS[hi - 10] + " " + lo_s, TEENS[hi - 10] + " " + lo_s, str(y)])


def spoken_dob(v):
    y, m, d = v
    f = R.randint(0, 4)
    if f == 0:
        return "the " + ordinal_word(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    if f == 1:
        return MONTHS[m - 1] + " " + ordinal_word(d) + " " + say_year(y)
    if f == 2:  # Whisper ITN
        return MONTHS[m - 1].capitalize() + " " + str(d) + R.choice(["st", "th", ", ", "", "nd"]).replace("nd", "nd" if d % 10 == 2 and d != 12 else "th").replace("st", "st" if d % 10 == 1 and d != 11 else "th") + (" " if not R.random() < 0.0 else "") + str(y) if False else MONTHS[m - 1].capitalize() + " " + str(d) + ", " + str(y)
    if f == 3:
        return "%s %s %s" % (say_chunk("%02d" % d, 0, 0.5), say_chunk("%02d" % m, 0, 0.5), say_year(y))
    return "%d%s of %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"),
                              MONTHS[m - 1].capitalize(), y)


def typed_dob(v):
    y, m, d = v
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                     "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y), "%02d.%02d.%d" % (d, m, y)])


def expiry():
    return R.randint(1, 12), R.randint(26, 33)


def spoken_expiry(v):
    m, y = v
    f = R.randint(0, 4)
    if f == 0:
        return say_chunk("%02d" % m, 0, 0.0) + " " + say_chunk(str(y), 0, 1.0)
    if f == 1:
        return MONTHS[m - 1] + " " + R.choice(["twenty " + say_chunk(str(y), 0, 1.0), "20" + str(y)])
    if f == 2:
        return "%02d/%d" % (m, y)
    if f == 3:
        return "%02d %d" % (m, y)
    return say_chunk("%02d" % m, 0, 0.0) + " " + R.choice(["slash", "slash", "stroke"]) + " " + say_chunk(str(y), 0, 1.0)


def typed_expiry(v):
    m, y = v
    return R.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y), "%d/%d" % (m, y),
                     "%02d%d" % (m, y)])


def cvv(n=3):
    return "".join(R.choice("0123456789") for _ in range(n))


def account():
    return "".join(R.choice("0123456789") for _ in range(R.choice([8, 8, 8, 10, 12])))


def sortcode():
    return "".join(R.choice("0123456789") for _ in range(6))


def address():
    n = R.randint(1, 240)
    return n, R.choice(STREETS), R.choice(SUFFIX)


def spoken_address(a):
    n, s, suf = a
    if n < 10:
        ns = R.choice([DW[n], str(n)])
    elif n < 100 and R.random() < 0.6:
        ns = TEENS[n - 10] if n < 20 else TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])
        if n % 10 == 0 and n >= 20:
            ns = str(n)
    else:
        ns = str(n) if R.random() < 0.6 else say_chunk(str(n), 0, 0.0, dbl=0)
    nm = s + " " + suf
    if R.random() < 0.3:
        nm = nm.title()
    return ns + " " + nm


def typed_address(a):
    n, s, suf = a
    return R.choice(["%d %s %s" % (n, s.title(), suf.title()), "%d %s %s" % (n, s, suf),
                     "%d %s %s" % (n, s.title(), {"street": "St", "road": "Rd", "avenue": "Ave", "lane": "Ln", "drive": "Dr"}.get(suf, suf.title())),
                     "flat %d, %d %s %s" % (R.randint(1, 9), n, s.title(), suf.title())])


# ---------------------------------------------------------------- normaliser / validation
FILLER = {"um", "uh", "er", "erm", "like", "and", "uhm", "hmm", "ah"}
CONNECT = {"for", "as", "in"}
HOMO = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"}


def norm_tokens(text, digits_mode):
    raw = re.findall(r"[A-Za-z]+|\d+", text)
    toks = [t.lower() for t in raw]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif len(t) == 2 and raw[i].isupper() and not digits_mode:
            out.append(raw[i])
        elif t in ("oh", "o", "zero", "nought"):
            out.append("0")
        elif t in DW:
            out.append(str(DW.index(t)))
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS.values():
            v = [k for k, w in TENS.items() if w == t][0]
            if nxt in DW[1:]:
                out.append(str(v) + str(DW.index(nxt)))
                i += 1
            else:
                out.append(str(v) + "0")
        elif t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            sub = norm_tokens(nxt, digits_mode)
            out.append(sub * n)
            i += 1
        elif digits_mode and t in HOMO:
            out.append(HOMO[t])
        elif t in FILLER or t in ("sorry", "plus", "dash", "slash", "stroke", "of", "the", "th", "st", "nd", "rd") or t in "-+/":
            pass
        elif len(t) == 1 and t.isalpha():
            if nxt in CONNECT:
                j = i + 1
                while j < len(toks) and toks[j] in CONNECT:
                    j += 1
                if j < len(toks) and NATO.get(t) == toks[j]:
                    i = j
            out.append(t.upper())
        elif not digits_mode and t in LHOMO_REV:
            out.append(LHOMO_REV[t].upper())
        elif len(t) == 2 and t.isalpha() and not digits_mode and t not in ("oh",):
            out.append(t.upper())
        elif t in NATO.values():
            out.append(t[0].upper())
        else:
            out.append("?" + t)
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate(typ, text):
    """Validate the concatenated text of one value (all its spans) -> error or None."""
    if typ == "CARD_NUMBER":
        d = norm_tokens(text, True)
        return None if d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) else "card " + d
    if typ == "CVV":
        d = norm_tokens(text, True)
        return None if d.isdigit() and len(d) in (3, 4) else "cvv " + d
    if typ == "SSN":
        d = norm_tokens(text, True)
        return None if d.isdigit() and len(d) == 9 else "ssn " + d
    if typ == "SORT_CODE":
        d = norm_tokens(text, True)
        return None if d.isdigit() and len(d) == 6 else "sort " + d
    if typ == "BANK_ACCOUNT":
        d = norm_tokens(text, True)
        return None if d.isdigit() and 6 <= len(d) <= 12 else "acct " + d
    if typ == "PHONE":
        d = norm_tokens(text, True).replace("(", "")
        return None if d.isdigit() and 10 <= len(d) <= 13 else "phone " + d
    compact = re.sub(r"[\s.\-]", "", text).upper()
    if typ == "NI_NUMBER":
        if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", compact):
            return None
        d = norm_tokens(text, False)
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", d) else "ni " + d
    if typ == "IBAN":
        if iban_ok(compact):
            return None
        d = norm_tokens(text, False)
        return None if iban_ok(d) else "iban " + d
    if typ == "POSTCODE":
        if UK_PC.match(compact):
            return None
        d = norm_tokens(text, False)
        return None if UK_PC.match(d) or re.fullmatch(r"\d{5}(\d{4})?", d) else "postcode " + d
    if typ == "EMAIL":
        if re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", text):
            return None
        toks = text.lower().replace("@", " at ").split()
        s = ""
        for i, t in enumerate(toks):
            if t == "at":
                s += "@"
            elif t == "dot":
                s += "."
            elif t == "underscore":
                s += "_"
            elif t in ("for", "as", "in") or t in NATO.values() and i > 0 and toks[i - 1] in ("for", "in"):
                continue
            elif t in DW or t in ("oh",) or t in TEENS or t in TENS.values() or t in ("double", "triple"):
                s += "#"
            else:
                s += t
        return None if re.fullmatch(r"[a-z0-9#._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s) else "email " + s
    if typ == "DOB":
        low = text.lower()
        has_month = any(m in low for m in MONTHS) or re.search(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b", low)
        d = norm_tokens(re.sub("|".join(MONTHS + ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]), " ", low), True)
        d = d.replace("?thousand", "0")
        for k in ORD:
            d = d.replace("?" + k, "1")
        ok = re.search(r"(19[4-9]\d|200\d|2000|20[0-9])", d) and (has_month or len(re.sub(r"\D", "", d)) >= 6)
        return None if ok else "dob " + d
    if typ == "EXPIRY":
        low = text.lower()
        has_month = any(m in low for m in MONTHS)
        d = re.sub(r"\D", "", norm_tokens(re.sub("|".join(MONTHS), " ", low), True))
        if has_month:
            return None if d in [str(x) for x in range(26, 34)] + ["20" + str(x) for x in range(26, 34)] else "exp " + d
        return None if len(d) in (3, 4, 6) and 1 <= int(d[:-2] if len(d) < 6 else d[:2]) <= 12 else "exp " + d
    if typ == "ADDRESS":
        low = text.lower()
        if not re.search(r"\b(%s|st|rd|ave|ln|dr)$" % "|".join(SUFFIX), low):
            return "addr suffix " + text
        if not re.search(r"\d|\b(%s)\b" % "|".join(DW + TEENS + list(TENS.values())), low):
            return "addr number " + text
        return None
    return "unknown type"


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, channel, industry, note):
        self.turns = []
        self.spans = []  # (turn, start, end, type, group)
        self.note = "%s/%s: %s" % (channel, industry, note)

    def add(self, speaker, *segs):
        """segs: str or (value_text, TYPE) or (value_text, TYPE, group)."""
        ti = len(self.turns)
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                v = s[0]
                m = re.match(r"^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$", v, re.S)
                text += m.group(1)
                st = len(text)
                text += m.group(2)
                grp = s[2] if len(s) > 2 else "%d-%d" % (ti, st)
                self.spans.append((ti, st, len(text), s[1], grp))
                text += m.group(3)
        self.turns.append({"speaker": speaker, "text": text})
        return self


AG, CU = "agent", "customer"
BACK = ["mhm", "okay", "yep", "uh huh", "okay go on", "yes", "got that", "Mm-hmm.", "Okay.", "right"]


def cap(s):
    return s[:1].upper() + s[1:]


def asr(s):
    """Whisper-ish surface: sometimes sentence case + trailing period."""
    r = R.random()
    if r < 0.35:
        return cap(s) + ("" if s.endswith(".") else ".")
    if r < 0.45:
        return cap(s)
    return s


def pos_split(case, intro, spoken_parts, typ, grp):
    """value split across consecutive customer turns with agent back-channels"""
    for k, p in enumerate(spoken_parts):
        pre = intro if k == 0 else R.choice(["", "", "and ", "then ", "um "])
        post = R.choice(["", "", "", "..."]) if k < len(spoken_parts) - 1 else ""
        case.add(CU, pre, (p, typ, grp), post)
        if k < len(spoken_parts) - 1:
            case.add(AG, R.choice(BACK))


INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
              "government services"]


def P_card(i):
    c = card()
    ind = R.choice(INDUSTRIES)
    v = i % 8
    cs = Case("call", ind, "")
    if v == 0:
        cs.add(AG, "Can I take the long number on the front of the card please?")
        cs.add(CU, R.choice(["yeah it's ", "Yeah, it's ", "okay so ", "it's "]), (spoken_card(c, 0.0), "CARD_NUMBER"))
        cs.note = cs.note + "card spoken digit by digit, ASR words with doubles/pairs"
    elif v == 1:
        cs.add(AG, "And the card number?")
        sp = " ".join(g if k % 2 == 0 else say_chunk(g, 0, 0.3) for k, g in enumerate(groups(c, card_sizes(c))))
        cs.add(CU, "Sure. ", (sp, "CARD_NUMBER"), R.choice([".", " and that's a visa", " yeah"]))
        cs.note += "Whisper ITN mix: some groups numerals, others words in same reading"
    elif v == 2:
        cs.add(AG, "go ahead with the card number when you're ready")
        parts = [say_chunk(g, 0.3, 0.2) for g in groups(c, card_sizes(c))]
        pos_split(cs, R.choice(["right ", "okay ", "", "so "]), parts, "CARD_NUMBER", "c")
        cs.note += "card split across customer turns with back-channels"
    elif v == 3:
        cs = Case("chat", ind, "typed card with separators mid-message")
        cs.add(CU, R.choice(["hi can u take payment pls, card ", "Card no: ", "ok here it is ", "pay with "]),
               (typed_card(c), "CARD_NUMBER"), R.choice([" thx", "", " - the £40 balance", " for order 55123"]))
    elif v == 4:
        cs.add(AG, "what's the card number")
        g = groups(c, card_sizes(c))
        wrong = g[1][:-1] + str((int(g[1][-1]) + 3) % 10)
        cs.add(CU, (say_chunk(g[0]) + " " + say_chunk(wrong), "CARD_NUMBER"), " no sorry let me start again ",
               (spoken_card(c), "CARD_NUMBER", "full"))
        cs.note += "self-correction: partial wrong reading then full restart (both labelled)"
        cs.spans[0] = cs.spans[0][:4] + ("partial",)
    elif v == 5:
        cs.add(CU, "it's ", (spoken_card(c, 0.4), "CARD_NUMBER", "a"))
        rb = " ".join(groups(c, card_sizes(c)))
        cs.add(AG, "Thank you, so that's ", (rb if R.random() < 0.5 else spoken_card(c, 0.0), "CARD_NUMBER", "b"), ", is that correct?")
        cs.add(CU, "yes that's right")
        cs.note += "agent reads card back (both readings labelled)"
    elif v == 6:
        e, cv = expiry(), cvv(4 if c.startswith("37") else 3)
        cs.add(AG, "card number expiry and the security code on the back please")
        cs.add(CU, "OK. ", (spoken_card(c, 0.2), "CARD_NUMBER"), " expiry ", (spoken_expiry(e), "EXPIRY"),
               " and the code is ", (say_chunk(cv, 0.3, 0), "CVV"))
        cs.note += "card, expiry and CVV in one ASR turn"
    else:
        ws = spoken_card(c, 0.0).split(" ")
        ks = [j for j in range(2, len(ws) - 2) if ws[j - 1] not in TENS.values() and ws[j - 1] not in ("double", "triple")]
        k = R.choice(ks)
        txt = " ".join(ws[:k]) + " " + R.choice(["um", "uh", "er", "sorry"]) + " " + " ".join(ws[k:])
        cs.add(AG, "and the card you'd like to use today?")
        cs.add(CU, "um yeah the debit card so it's ", (txt, "CARD_NUMBER"), " I think that's it")
        cs.note += "filler/hesitation inside the card reading"
    return cs


def P_ssn(i):
    v = ssn()
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    k = i % 6
    cs = Case("call", ind, "")
    if k == 0:
        cs.add(AG, "for verification can I get your social security number")
        cs.add(CU, R.choice(["sure it's ", "Yeah it's ", "it's uh "]), (spoken_ssn(v), "SSN"))
        cs.note += "SSN spoken, ASR mix of words/numerals"
    elif k == 1:
        cs = Case("chat", ind, "SSN typed in chat")
        cs.add(CU, R.choice(["my ssn is ", "SSN: ", "social is ", "ok ssn "]), (typed_ssn(v), "SSN"),
               R.choice(["", " and my policy # is 55432", " thanks"]))
    elif k == 2:
        cs.add(AG, "and the last four of your social")
        cs.add(CU, "Oh, the full thing? it's ", (spoken_ssn(v), "SSN"), ".")
        cs.note += "full SSN when only last four asked, sentence case"
    elif k == 3:
        cs.add(AG, "What's your social security number?")
        pos_split(cs, R.choice(["", "okay "]), [say_chunk(v[:3], 0.3, 0.3), say_chunk(v[3:5], 0.3, 0.5), say_chunk(v[5:], 0.3, 0.3)], "SSN", "s")
        cs.note += "SSN split across three turns"
    elif k == 4:
        cs.add(CU, "social is ", (v[:3] + " " + say_chunk(v[3:5], 0, 0) + " " + v[5:], "SSN"), " and I'm calling about a $%d charge" % R.randint(20, 900))
        cs.note += "ITN partial numerals plus money amount distractor"
    else:
        cs.add(AG, "can you confirm your social")
        cs.add(CU, (spoken_ssn(v), "SSN", "a"))
        cs.add(AG, "That's ", (typed_ssn(v).replace(".", "-"), "SSN", "b"), ", thank you.")
        cs.note += "agent reads SSN back in numerals"
    return cs


def P_ni(i):
    v = ni()
    ind = R.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    k = i % 6
    cs = Case("call", ind, "")
    if k == 0:
        cs.add(AG, "can I take your national insurance number")
        cs.add(CU, R.choice(["yeah it's ", "it's ", "Yes, it's "]), (spoken_ni(v), "NI_NUMBER"))
        cs.note += "NI spoken with letters, maybe NATO"
    elif k == 1:
        cs = Case("chat", ind, "NI typed")
        cs.add(CU, R.choice(["NI number ", "my nino is ", "ni no. ", "National Insurance: "]), (typed_ni(v), "NI_NUMBER"),
               R.choice(["", " cheers", " ta"]))
    elif k == 2:
        cs.add(AG, "National insurance number please")
        pos_split(cs, "", [say_letter(v[0]) + " " + say_letter(v[1]), say_digits(v[2:8], [2, 2, 2], 0.3, 0.4, homo=False), say_letter(v[8], 0.5)], "NI_NUMBER", "n")
        cs.note += "NI split: letters / digits / suffix letter across turns"
    elif k == 3:
        sp = v[0] + v[1] + " " + " ".join(v[2:8][j:j + 2] for j in (0, 2, 4)) + " " + v[8]
        cs.add(CU, "My National Insurance number is ", (sp, "NI_NUMBER"), ". I started the job on the %s of %s." % (R.choice(["3rd", "1st", "22nd", "9th", "30th"]), R.choice(MONTHS).capitalize()))
        cs.note += "Whisper fully ITN'd NI with appointment date distractor"
    elif k == 4:
        cs.add(AG, "and your NI number")
        cs.add(CU, (spoken_ni(v), "NI_NUMBER", "a"))
        cs.add(AG, "so that's ", (" ".join(say_letter(c, 0.5) if c.isalpha() else DW[int(c)] for c in v), "NI_NUMBER", "b"))
        cs.note += "agent reads NI back character by character with NATO"
    else:
        sp = say_letter(v[0], 0) + say_letter(v[1], 0) + " " + say_digits(v[2:8], [6], 0, 0.5, homo=False) + " " + v[8].lower()
        cs.add(CU, "it's ", (sp, "NI_NUMBER"), " um and I'm %d if that matters" % R.randint(19, 80))
        cs.note += "prefix letters run together, pairs like forty one, age distractor"
    return cs


def P_bank(i):
    a, s = account(), sortcode()
    k = i % 5
    ind = R.choice(["banking", "utilities", "insurance", "telecom"])
    cs = Case("call", ind, "")
    if k == 0:
        cs.add(AG, "what's the sort code and account number for the direct debit")
        cs.add(CU, "sort code ", (say_digits(s, [2, 2, 2], 0.2, 0.4), "SORT_CODE"), " and the account number is ",
               (say_digits(a, [4, 4, 4], 0.2, 0.2), "BANK_ACCOUNT"))
        cs.note += "sort code and account in one ASR turn"
    elif k == 1:
        cs = Case("chat", ind, "typed sort code + account")
        cs.add(CU, "sort ", (R.choice([s[:2] + "-" + s[2:4] + "-" + s[4:], s, s[:2] + " " + s[2:4] + " " + s[4:]]), "SORT_CODE"),
               R.choice([" acc ", ", account no ", " a/c "]), (a, "BANK_ACCOUNT"))
    elif k == 2:
        cs.add(AG, "Sort code first please.")
        cs.add(CU, (say_digits(s, [2, 2, 2], 0.5, 0.5), "SORT_CODE"))
        cs.add(AG, "and the account number")
        pos_split(cs, "", [say_chunk(g, 0.3, 0.3) for g in groups(a, [4, 4, 4])], "BANK_ACCOUNT", "a")
        cs.note += "account split across turns"
    elif k == 3:
        cs.add(CU, "the refund should go to account ", (a[:4] + " " + say_chunk(a[4:], 0, 0.3), "BANK_ACCOUNT"),
               " the amount was £129.99")
        cs.note += "ITN half numerals account with money distractor"
    else:
        cs.add(AG, "so sort code ", (" ".join(s[j:j + 2] for j in (0, 2, 4)), "SORT_CODE"), " account ending... sorry, full account ",
               (say_digits(a, [4, 4, 4], 0, 0.3), "BANK_ACCOUNT"), " is that right?")
        cs.note += "agent read-back of sort code and account"
    return cs


def P_iban(i):
    v = iban()
    k = i % 3
    cs = Case("call" if k != 1 else "chat", R.choice(["banking", "travel", "retail", "insurance"]), "")
    if k == 0:
        cs.add(AG, "can you give me the IBAN for the refund")
        cs.add(CU, "yeah it's ", (spoken_iban(v), "IBAN"))
        cs.note += "IBAN spoken letter/digit, ASR"
    elif k == 1:
        cs.add(CU, "please refund to IBAN ", (typed_iban(v), "IBAN"), " thanks")
        cs.note += "typed IBAN"
    else:
        cs.add(AG, "IBAN please")
        h = len(v) // 2
        pos_split(cs, "", [spoken_iban(v[:4]) + " " + say_digits(v[4:h], [4], 0.3, 0.2) if v[4:h].isdigit() else spoken_iban(v[:h]), spoken_iban("XX00" + v[h:])[len(spoken_iban("XX00")) if False else 0:]], "IBAN", "i")
        # rebuild second part cleanly
        cs = Case("call", cs.note.split("/")[1].split(":")[0], "IBAN split over two turns")
        cs.add(AG, "IBAN please")
        p1 = " ".join(say_letter(c, 0.3) if c.isalpha() else say_chunk(c, 0, 0) for c in v[:h])
        p2 = " ".join(say_letter(c, 0.3) if c.isalpha() else say_chunk(c, 0.3, 0) for c in v[h:])
        pos_split(cs, "so ", [p1, p2], "IBAN", "i")
    return cs


def P_phone(i):
    k = i % 6
    p = R.choice([uk_mobile, uk_land, us_phone, ie_mobile])()
    intl = R.random() < 0.3
    ind = R.choice(INDUSTRIES)
    cs = Case("call", ind, "")
    if k in (0, 3):
        cs.add(AG, "best number to reach you on")
        cs.add(CU, R.choice(["it's ", "yeah it's ", "Um, it's "]), (spoken_phone(p, intl), "PHONE"), R.choice(["", " after 5pm", "."]))
        cs.note += "phone spoken, ASR"
    elif k == 1:
        cs = Case("chat", ind, "typed phone")
        cs.add(CU, R.choice(["call me on ", "my number is ", "mob: ", "text me at "]), (typed_phone(p, intl), "PHONE"),
               R.choice(["", " pls", " anytime before 8"]))
    elif k == 2:
        cs.add(AG, "and a contact number")
        g = groups(p, [4, 3, 4] if len(p) == 11 else [3, 3, 4])
        pos_split(cs, "", [say_chunk(x, 0.4, 0.3) for x in g], "PHONE", "p")
        cs.note += "phone split across turns"
    elif k == 4:
        cs.add(CU, "my new number is ", (p[:5] + " " + say_chunk(p[5:], 0, 0.4), "PHONE"), " the old one's disconnected since March")
        cs.note += "ITN half-numeral phone"
    else:
        cs.add(CU, (spoken_phone(p), "PHONE", "a"))
        cs.add(AG, "Let me read that back. ", (typed_phone(p), "PHONE", "b"), "?")
        cs.note += "agent reads phone back"
    return cs


def P_email(i):
    e = email()
    k = i % 3
    ind = R.choice(INDUSTRIES)
    if k == 1:
        cs = Case("chat", ind, "typed email")
        ee = e if R.random() < 0.6 else e.upper() if R.random() < 0.3 else e.capitalize()
        cs.add(CU, R.choice(["email is ", "send it to ", "my email: "]), (ee, "EMAIL"), R.choice(["", " thx", "."]))
        return cs
    cs = Case("call", ind, "email spoken as ASR (dot/at words, spelled parts)")
    cs.add(AG, "can I take an email address for the confirmation")
    cs.add(CU, R.choice(["yeah it's ", "sure it's ", "It's "]), (spoken_email(e), "EMAIL"))
    if k == 2:
        cs.add(AG, "and that was ", (e, "EMAIL", "b"), "?")
        cs.note += "; agent reads back in ITN form"
    return cs


def P_dob(i):
    d = dob()
    k = i % 3
    ind = R.choice(["healthcare billing", "insurance", "banking", "government services", "telecom"])
    if k == 1:
        cs = Case("chat", ind, "typed DOB")
        cs.add(CU, R.choice(["dob ", "DOB: ", "date of birth is ", "born "]), (typed_dob(d), "DOB"))
        return cs
    cs = Case("call", ind, "DOB spoken")
    cs.add(AG, "and can you confirm your date of birth")
    cs.add(CU, R.choice(["yeah it's ", "", "It's "]), (spoken_dob(d), "DOB"), R.choice(["", ".", " and the appointment is on the 14th"]))
    return cs


def P_postcode(i):
    k = i % 4
    pc = uk_postcode() if k != 3 else zipcode()
    ind = R.choice(INDUSTRIES)
    if k == 1:
        cs = Case("chat", ind, "typed postcode")
        cs.add(CU, R.choice(["postcode ", "my post code is ", "zip "]), (typed_postcode(pc), "POSTCODE"))
        return cs
    cs = Case("call", ind, "postcode/zip spoken")
    cs.add(AG, R.choice(["and the postcode", "what's the postcode please", "And your post code?"]) if k != 3 else R.choice(["what's the zip code", "And the ZIP?"]))
    cs.add(CU, R.choice(["it's ", "", "yeah "]), (spoken_postcode(pc), "POSTCODE"))
    return cs


def P_address(i):
    a = address()
    k = i % 3
    ind = R.choice(INDUSTRIES)
    if k == 1:
        cs = Case("chat", ind, "typed address + postcode")
        pc = uk_postcode()
        cs.add(CU, "new address is ", (typed_address(a), "ADDRESS"), ", ", (typed_postcode(pc), "POSTCODE"))
        return cs
    cs = Case("call", ind, "address spoken ASR")
    cs.add(AG, "what's the first line of the address")
    if k == 2:
        pc = uk_postcode()
        cs.add(CU, "it's ", (spoken_address(a), "ADDRESS"), " and the postcode is ", (spoken_postcode(pc), "POSTCODE"))
    else:
        cs.add(CU, R.choice(["", "yeah it's ", "We're at "]), (spoken_address(a), "ADDRESS"), R.choice(["", " been there 3 years", "."]))
    return cs


def P_cvvexp(i):
    e, c = expiry(), cvv(R.choice([3, 3, 4]))
    k = i % 3
    ind = R.choice(["retail", "travel", "telecom", "utilities"])
    if k == 1:
        cs = Case("chat", ind, "typed expiry + cvv")
        cs.add(CU, "exp ", (typed_expiry(e), "EXPIRY"), R.choice([" cvv ", " sec code ", ", CVC "]), (c, "CVV"))
        return cs
    cs = Case("call", ind, "expiry and CVV asked separately ASR")
    cs.add(AG, "expiry date on the card?")
    cs.add(CU, (spoken_expiry(e), "EXPIRY"))
    cs.add(AG, "and the three digit code on the back" if len(c) == 3 else "and the security code")
    cs.add(CU, R.choice(["", "it's ", "um "]), (say_chunk(c, 0.3, 0.3), "CVV"))
    return cs


def hyphen_digits(ds):
    """Whisper sometimes writes dictated digits as 4-1-1-1 or 'Oh-seven'."""
    return "-".join(ds)


def P_verify(i):
    k = i % 7
    d = dob()
    y, m, dd = d
    if k == 0:
        z = zipcode()
        cs = Case("call", "healthcare billing", "US verification: Whisper-formatted DOB and ZIP in one turn")
        cs.add(AG, "Can I get your date of birth and zip code?")
        cs.add(CU, "Sure, it's ", ("%s %d, %d" % (MONTHS[m - 1].capitalize(), dd, y), "DOB"), ", and the zip is ",
               (z if R.random() < 0.5 else spoken_postcode(z), "POSTCODE"), ".")
    elif k == 1:
        pc = uk_postcode()
        cs = Case("call", "utilities", "UK security questions: DOB spoken, postcode spoken, first line")
        cs.add(AG, "just to confirm your identity can I have your date of birth")
        cs.add(CU, (spoken_dob(d), "DOB"))
        cs.add(AG, "and the first line of the address and the postcode")
        cs.add(CU, (spoken_address(address()), "ADDRESS"), " um ", (spoken_postcode(pc), "POSTCODE"))
    elif k == 2:
        c = card()
        cs = Case("call", R.choice(["retail", "travel"]), "Whisper hyphenated digit dictation of card")
        g = groups(c, card_sizes(c))
        cs.add(AG, "Go ahead with the card number.")
        cs.add(CU, R.choice(["Yeah, it's ", "Okay. "]), (" ".join(hyphen_digits(x) for x in g), "CARD_NUMBER"), ".")
    elif k == 3:
        p = R.choice([uk_mobile, us_phone])()
        cs = Case("call", "telecom", "Whisper hyphenated phone plus time and money distractors")
        cs.add(CU, "You can call me back on ", (" ".join(hyphen_digits(x) for x in (groups(p, [5, 6]) if p.startswith("0") else groups(p, [3, 3, 4]))), "PHONE"),
               " any time after %d:%02d, it's about the $%d.%02d charge." % (R.randint(1, 5), R.choice([0, 15, 30, 45]), R.randint(10, 99), R.randint(0, 99)))
    elif k == 4:
        v = ssn()
        cs = Case("call", "government services", "SSN with capitalised 'Oh' and 'To' homophones mid-sentence")
        w = [("Oh" if ch == "0" else "To" if ch == "2" and R.random() < 0.5 else DW[int(ch)]) for ch in v]
        cs.add(AG, "And the social?")
        cs.add(CU, "It's ", (" ".join(w[:3]) + ", " + " ".join(w[3:5]) + ", " + " ".join(w[5:]), "SSN"), ".")
    elif k == 5:
        v, d2 = ni(), d
        cs = Case("call", "government services", "NI and DOB in consecutive turns, DOB numerals ITN")
        cs.add(AG, "can I have your national insurance number and date of birth")
        cs.add(CU, (spoken_ni(v), "NI_NUMBER"))
        cs.add(AG, "lovely and the date of birth")
        cs.add(CU, ("%d/%d/%d" % (dd, m, y), "DOB"), R.choice(["", ".", " I'm %d now" % (2026 - y)]))
    else:
        e = email()
        ph = uk_mobile()
        cs = Case("call", R.choice(["retail", "insurance"]), "email and phone in one turn, Whisper partially ITN'd email")
        loc, dom = e.split("@")
        cs.add(CU, "email's ", (loc.replace(".", " dot ") + " at " + dom, "EMAIL"), " and mobile ",
               (spoken_phone(ph), "PHONE"))
    return cs


POS_PLAN = [(P_card, 34), (P_ssn, 32), (P_ni, 32), (P_bank, 16), (P_iban, 13), (P_phone, 14),
            (P_email, 13), (P_dob, 13), (P_postcode, 12), (P_address, 12), (P_cvvexp, 13), (P_verify, 21)]


# ---------------------------------------------------------------- negatives
def N_case(i):
    k = i % 32
    ind = R.choice(INDUSTRIES)
    n = R.randint
    T = [
        ("call", "money amounts as Whisper ITN",
         [(CU, "yeah the bill was $%d.%02d last month and now it's %d dollars" % (n(40, 400), n(0, 99), n(100, 900)))]),
        ("call", "spoken money amount words",
         [(AG, "your balance is four hundred and %s pounds %s pence" % (R.choice(["twelve", "sixty", "ninety"]), DW[n(1, 9)]))]),
        ("call", "times", [(AG, "an engineer can come between 2:30 and %d:00 on Tuesday" % n(4, 6)),
                           (CU, "half %s is fine" % R.choice(["two", "three", "four"]))]),
        ("call", "order number with reference word", [(AG, "your order number is %s" % say_digits(str(n(1000000, 99999999)), [4, 4], 0.3, 0.2, homo=False))]),
        ("chat", "ticket number", [(CU, "ticket #%d still not resolved after %d days" % (n(100000, 9999999), n(3, 30)))]),
        ("call", "flight number and gate", [(CU, "I'm on flight BA %d from gate %d at %d:%02d" % (n(100, 999), n(1, 60), n(1, 12), n(0, 59)))]),
        ("call", "meter reading", [(AG, "what's the meter reading"), (CU, "it says %s" % say_digits(str(n(10000, 99999)), [5], 0.5, 0.3))]),
        ("call", "data allowance and speeds", [(AG, "the plan's %d gig of data and speeds up to %d megabits" % (n(5, 100), n(30, 900)))]),
        ("call", "appointment date (not birth)", [(AG, "your appointment is on the %s of %s at %d%s" % (ordinal_word(n(1, 28)), R.choice(MONTHS), n(1, 11), R.choice(["am", " pm", " o'clock"])))]),
        ("call", "year and contract start", [(CU, "I joined in %s and the contract started %s" % (say_year(n(1995, 2024)) if False else str(n(2005, 2024)), R.choice(["last January", "in March 2021", "on the 1st"])))]),
        ("call", "percentage and APR", [(AG, "the rate is %d.%d percent APR and %d%% off the first %d months" % (n(1, 29), n(0, 9), n(10, 50), n(3, 12)))]),
        ("call", "claim reference", [(AG, "the claim reference is CLM %d" % n(100000, 9999999)), (CU, "okay CLM %d got it" % 0 if False else "okay got it thanks")]),
        ("call", "room number and nights", [(CU, "we were in room %d for %s nights and paid %d euros" % (n(100, 999), DW[n(2, 9)], n(200, 1500)))]),
        ("call", "model number", [(CU, "it's the model %s%d the %d inch one" % (R.choice(["KD", "UE", "XR"]), n(40, 75), n(40, 75)))]),
        ("call", "age and temperature", [(CU, "my son is %s and he's had a temperature of %d.%d for %s days" % (R.choice(["six", "twelve", "fourteen"]), n(38, 39), n(0, 9), DW[n(2, 5)]))]),
        ("call", "invoice number spoken", [(AG, "invoice number %s for %d pounds %d" % (say_digits(str(n(100000, 999999)), [3, 3], 0.2, 0.3, homo=False), n(20, 300), n(10, 99)))]),
        ("call", "duration and hold time", [(CU, "I've been on hold for %d minutes and called %s times this week" % (n(10, 90), R.choice(["three", "four", "five"])))]),
        ("chat", "quantities and prices", [(CU, "ordered %d x item at £%d.%02d each, total £%d.%02d" % (n(2, 9), n(3, 40), n(0, 99), n(50, 300), n(0, 99)))]),
        ("call", "payment date and amount", [(AG, "the next payment of %d pounds %d will be taken on the %d%s" % (n(20, 90), n(10, 99), n(1, 28), "th"))]),
        ("call", "account balance read out ITN", [(AG, "Your current balance is $%d,%03d.%02d and the minimum payment is $%d." % (n(1, 9), n(0, 999), n(0, 99), n(25, 99)))]),
        ("call", "speed and distance", [(CU, "I was doing about %d miles an hour, %d miles from home" % (n(20, 70), n(2, 40)))]),
        ("call", "year said as words, not a birth date", [(CU, "the boiler was put in nineteen %s and the house is from %s" % (R.choice(["ninety eight", "eighty four", "seventy two"]), R.choice(["the sixties", "1930", "about nineteen twenty"])))]),
        ("call", "tariff prices ASR", [(AG, "the unit rate is %d.%d p per kilowatt hour and the standing charge is %d pence a day" % (n(20, 35), n(0, 9), n(40, 70)))]),
        ("call", "train time and platform", [(CU, "I got the %d:%02d from platform %d and it was %d minutes late" % (n(6, 22), n(0, 59), n(1, 14), n(5, 90)))]),
        ("call", "tracking number with reference word", [(AG, "the tracking number is %s and it should arrive by %s" % (say_digits(str(n(10000000, 9999999999)), [3, 3, 4], 0.4, 0.2, homo=False), R.choice(["Friday", "the 12th", "5pm"])))]),
        ("call", "payment date words", [(CU, "I paid it on the %s of %s, two hundred and %s pounds" % (ordinal_word(n(1, 28)), R.choice(MONTHS), R.choice(["twenty", "fifty", "five"])))]),
        ("call", "case number and hold", [(AG, "I've opened case number %d, you'll hear back within %d to %d working days" % (n(100000, 99999999), n(2, 3), n(5, 10)))]),
        ("call", "ages of family", [(CU, "it's for my kids they're %s and %s and my mum's %s" % (R.choice(["four", "seven", "9"]), R.choice(["eleven", "twelve", "13"]), R.choice(["seventy two", "68", "eighty one"])))]),
        ("call", "mileage and car reg year", [(CU, "it's a %d car with about %d,%03d miles on it, insured for £%d" % (n(2010, 2023), n(20, 120), n(0, 999), n(1500, 9000)))]),
        ("call", "spoken price with pence", [(AG, "that comes to %s ninety nine a month for %s months" % (R.choice(["twenty", "thirty four", "forty nine", "fifteen"]), R.choice(["twelve", "eighteen", "twenty four"])))]),
        ("call", "weight and dimensions", [(CU, "the parcel was %d kilos and about %d by %d centimetres" % (n(2, 30), n(20, 90), n(20, 90)))]),
        ("chat", "booking reference", [(CU, "booking ref %s%d, %d passengers, %d bags" % (R.choice(["XK", "QZ", "PL"]), n(1000, 99999), n(2, 6), n(2, 4)))]),
    ]
    ch, note, turns = T[k]
    cs = Case(ch, ind, "negative: " + note)
    for sp, txt in turns:
        cs.add(sp, txt)
    if i >= 32 and R.random() < 0.5:
        cs.turns[-1]["text"] = asr(cs.turns[-1]["text"])
    return cs


# ---------------------------------------------------------------- build / check
def build():
    cases = []
    pn = 0
    for fn, count in POS_PLAN:
        for i in range(count):
            pn += 1
            c = fn(i)
            cases.append(("h217-pos-%03d" % pn, "positive", c))
    for i in range(110):
        cases.append(("h217-neg-%03d" % (i + 1), "negative", N_case(i)))
    lines, meta = [], []
    for cid, kind, c in cases:
        rec = {"id": cid, "kind": kind, "turns": c.turns,
               "spans": [{"turn": t, "start": s, "end": e, "type": ty} for t, s, e, ty, g in c.spans],
               "note": c.note}
        lines.append(json.dumps(rec, ensure_ascii=False))
        meta.append(c)
    return "\n".join(lines) + "\n", meta


def check_all(text, meta):
    problems = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for line, c in zip(text.splitlines(), meta):
        rec = json.loads(line)
        cid = rec["id"]
        if cid in ids:
            problems.append("dup id " + cid)
        ids.add(cid)
        if rec["kind"] == "negative":
            nneg += 1
            if rec["spans"]:
                problems.append(cid + " negative with spans")
        else:
            npos += 1
            if not rec["spans"]:
                problems.append(cid + " positive without spans")
        byturn = {}
        for sp in rec["spans"]:
            t = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if sp["type"] not in TYPES:
                problems.append(cid + " bad type")
            if not (0 <= s < e <= len(t)):
                problems.append(cid + " offsets out of range")
                continue
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()) or not t[s].isalnum() or not t[e - 1].isalnum():
                problems.append("%s word boundary %r" % (cid, t[s:e]))
            byturn.setdefault(sp["turn"], []).append((s, e))
            counts[sp["type"]] += 1
        for t, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if a[1] > b[0]:
                    problems.append(cid + " overlap")
        grp = {}
        for t, s, e, ty, g in c.spans:
            grp.setdefault((ty, g), []).append(c.turns[t]["text"][s:e])
        for (ty, g), parts in grp.items():
            joined = " ".join(parts)
            if g == "partial":
                if not re.fullmatch(r"\d+", norm_tokens(joined, True)):
                    problems.append(cid + " partial " + joined)
                continue
            err = validate(ty, joined)
            if err:
                problems.append("%s %s: %r -> %s" % (cid, ty, joined, err))
    if npos < 170 or nneg < 100:
        problems.append("too few cases %d/%d" % (npos, nneg))
    for t, n in counts.items():
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if n < need:
            problems.append("type %s only %d spans" % (t, n))
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h217 (ASR / Whisper-style emphasis)

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its docs or its other fixtures; only a
3-line example of the JSONL format. All cases are generated by
`scripts/make_pii_holdout217.py` from template functions: every turn is built
from plain-text segments and (value, TYPE) segments, so offsets are computed,
never typed. Values come from one `random.Random(%d)`; output is
byte-for-byte reproducible. `--check` regenerates and verifies the file
(identical bytes, unique ids, offsets in range and on word boundaries, no
overlaps, each value validated after normalising spoken forms: Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit
counts for CVV/phone/account, UK postcode / US ZIP shapes).

Emphasis: phone calls as a speech recogniser such as Whisper writes them:
inverse text normalisation mixing numerals and words in one reading
("4111 1111 one one one one"), sentence case and stray punctuation
("Okay.", "four, one, one"), "oh"/"o"/"nought"/"zero", "double"/"triple",
pairs ("forty one"), digit homophones ("to", "for", "ate"), NATO spelling
("b for bravo"), letter homophones ("see", "are", "why", "ex", "em", "by" for
B Y), hyphenated dictation ("4-1-1-1"), capitalised "Oh"/"To" mid-value, fillers inside readings, self-corrections, values split over
several customer turns with agent back-channels, agent read-backs, and
several values in one turn. Chat cases use typed forms with varied
separators and case.

## Annotation conventions

* A span covers the value only, from its first to its last letter/digit
  token: lead-ins ("it's", "my number is") and trailing punctuation are
  outside; fillers/hesitations *inside* a reading ("um", "sorry") and
  connectors of spelled letters ("b for bravo") are inside.
* A value split over several turns is labelled once per turn (one span per
  fragment). Agent read-backs are labelled too.
* Self-corrections: the abandoned partial reading and the restarted full
  reading are both labelled CARD_NUMBER.
* EXPIRY covers month and year; DOB covers day, month and year; ADDRESS is
  the house number + street name + street suffix (flat number included when
  typed before it); POSTCODE is labelled separately from ADDRESS.
* PHONE includes an international prefix ("plus four four", "+44"; a
  leading "+" itself is outside the span because spans start on a
  letter/digit).
* Non-PII numbers inside positive cases (money, times, ages, reference
  numbers) are deliberately left unlabelled.
* Negatives contain look-alikes only (money, times, years, durations, order /
  ticket / claim / invoice / booking references with their reference word,
  flight and room numbers, model numbers, meter readings, speeds, ages,
  temperatures, non-birth dates, balances) and have no spans.

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    text, meta = build()
    problems, counts, npos, nneg = check_all(text, meta)
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        try:
            with open(OUT, encoding="utf-8") as f:
                if f.read() != text:
                    problems.append("cases.jsonl differs from regenerated output")
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    problems.append("README.md differs from regenerated output")
        except OSError as e:
            problems.append("missing file: %s" % e)
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "FAILED (%d problems)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

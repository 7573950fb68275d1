#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h267.

Written by an AI helper acting as an independent author (it did not see the
redaction code). Standard library only; deterministic (seed 267241124).

    python scripts/make_pii_holdout267.py          # write fixture + README
    python scripts/make_pii_holdout267.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 267241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout267")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "visa13"])
    if kind == "visa":
        pre, ln = "4", 16
    elif kind == "mc":
        pre, ln = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, ln = R.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, ln = "6011", 16
    elif kind == "visa19":
        pre, ln = "4", 19
    else:
        pre, ln = "4", 13
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + R.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"],
         "NL": ["ABNA", "INGB", "RABO"]}


def gen_iban(cc=None):
    cc = cc or R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc in ("GB", "IE"):
        bban = R.choice(BANKS[cc]) + digits(14)
    elif cc == "NL":
        bban = R.choice(BANKS[cc]) + digits(10)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(23)
    else:
        bban = digits(20)
    return cc + iban_check(cc, bban) + bban


def gen_phone(region=None):
    region = region or R.choice(["ukmob", "ukland", "us", "ie", "de", "fr"])
    if region == "ukmob":
        return region, "07" + str(R.randint(4, 9)) + digits(8)
    if region == "ukland":
        return region, R.choice(["020", "0161", "0113", "0131", "0117"]) + digits(7, True)
    if region == "us":
        return region, str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
    if region == "ie":
        return region, "08" + R.choice("35679") + digits(7)
    if region == "de":
        return region, "15" + R.choice("12579") + digits(8)
    return region, "6" + digits(8)


FIRST = ["james", "sarah", "aoife", "mohammed", "priya", "liam", "chloe", "tomasz", "grace",
         "daniel", "niamh", "oliver", "fatima", "lucas", "emma", "sean", "marta", "kofi", "ruth", "dev"]
LAST = ["oconnor", "patel", "smith", "nowak", "murphy", "okafor", "jones", "garcia", "brennan",
        "kowalski", "walsh", "nguyen", "taylor", "schmidt", "dubois", "hughes", "reilly", "khan"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "proton.me", "gmx.de", "orange.fr", "live.ie", "aol.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = f + l[0] + str(R.randint(1970, 2005))
    elif style == 4:
        local = l + "." + f[0]
    else:
        local = f + "-" + l
    return local + "@" + R.choice(DOMAINS)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def gen_dob():
    return R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)


UK_AREAS = ["SW", "E", "N", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "L", "OX", "BT", "RG", "SE"]


def gen_uk_postcode():
    area = R.choice(UK_AREAS)
    d = str(R.randint(1, 20)) if len(area) == 2 else str(R.randint(1, 9))
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + d, inward


STREETS = ["Maple", "Church", "Station", "Victoria", "Oak", "Park", "Mill", "Highfield", "Kings",
           "Elm", "Willow", "Grange", "Queen", "Bridge", "Castle", "Main", "Cedar", "Lakeview",
           "Abbey", "Orchard"]
SUFFIX = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Way", "Terrace",
          "Court", "Boulevard", "Place"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Reading", "Norwich"]
TOWNS_US = ["Austin, TX", "Columbus, OH", "Denver, CO", "Tampa, FL", "Portland, OR"]
TOWNS_IE = ["Galway", "Cork", "Limerick", "Dundalk"]

# --------------------------------------------------------------------------
# spoken renderers
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "g": "george",
             "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy",
             "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
             "x": "xray", "y": "yellow", "z": "zebra", "o": "orange"}
HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"]}


def zero_word(zw=None):
    return zw or R.choice(["oh", "zero", "oh", "o", "nought"])


def say_digits(s, zw=None, doubles=0.4, homo=0.0, fillers=0.0):
    """digit-by-digit, optional double/triple grouping, homophones, fillers"""
    zw = zero_word(zw)
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == ch and run < 3:
            run += 1
        w = zw if ch == "0" else UNITS[int(ch)]
        if run == 3 and R.random() < doubles:
            out.append("triple " + w)
            i += 3
        elif run >= 2 and R.random() < doubles:
            out.append("double " + w)
            i += 2
        else:
            if ch in HOMO and R.random() < homo:
                w = R.choice(HOMO[ch])
            out.append(w)
            i += 1
        if fillers and i < len(s) and R.random() < fillers:
            out.append(R.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def say_pair(p, zw="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zw + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else TENS[a] + " " + UNITS[b]


def say_pairs(s, zw="oh"):
    out = []
    if len(s) % 2:
        out.append(zw if s[0] == "0" else UNITS[int(s[0])])
        s = s[1:]
    for i in range(0, len(s), 2):
        out.append(say_pair(s[i:i + 2], zw))
    return " ".join(out)


def say_mixed(s, zw=None):
    """chunks of 1-2 said either as digits or pairs, carefully avoiding ambiguous tens"""
    zw = zero_word(zw)
    out = []
    i = 0
    while i < len(s):
        if i + 2 <= len(s) and s[i] != "0" and R.random() < 0.5 and (
                s[i + 1] != "0" or i + 2 == len(s)):
            out.append(say_pair(s[i:i + 2], zw))
            i += 2
        else:
            out.append(zw if s[i] == "0" else UNITS[int(s[i])])
            i += 1
    return " ".join(out)


def say_year(y):
    if 2000 <= y <= 2009:
        return R.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]]) if y > 2000 else "two thousand"
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


def say_letter(c, mode):
    c = c.lower()
    if mode == 0:
        return c
    if mode == 1:
        return c + " for " + NATO[c]
    if mode == 2 and c in FOR_WORDS:
        return c + " for " + FOR_WORDS[c]
    return NATO[c] if mode == 3 else c


def say_alnum(s, letter_mode=0, zw=None):
    """letters + digits e.g. postcode or NI, digits run together via say_digits"""
    zw = zw or R.choice(["oh", "zero", "nought"])
    out = []
    for chunk in re.findall(r"[A-Za-z]|\d+", s):
        if chunk.isdigit():
            out.append(say_digits(chunk, zw, doubles=0.3))
        else:
            out.append(say_letter(chunk, letter_mode))
    return " ".join(out)


def say_email(e):
    local, dom = e.split("@")

    def part(p):
        toks = []
        for piece in re.split(r"([._-]|\d+)", p):
            if not piece:
                continue
            if piece == ".":
                toks.append("dot")
            elif piece == "_":
                toks.append("underscore")
            elif piece == "-":
                toks.append(R.choice(["dash", "hyphen"]))
            elif piece.isdigit():
                toks.append(say_digits(piece, "zero", doubles=0.2) if len(piece) < 4 or R.random() < .5 else say_pairs(piece))
            elif len(piece) <= 2 or R.random() < 0.15:
                toks.append(" ".join(piece))
            else:
                toks.append(piece)
        return " ".join(toks)
    return part(local) + " at " + part(dom)


# --------------------------------------------------------------------------
# normaliser used by --check
# --------------------------------------------------------------------------
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "to": "2", "too": "2", "for": "4",
                "ate": "8", "won": "1"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: str(i) for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "erm", "and", "thousand"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["x-ray"] = "x"


def normalise(text, letters=False):
    """spoken or typed form -> compact uppercase alnum string"""
    if re.search(r"\d", text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    t = text.lower().replace("\u00a0", " ")
    # typed chunks: keep alnum
    toks = re.findall(r"[a-z]+|\d+", t)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w.isdigit():
            out.append(w)
        elif len(w) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(w)
            i += 3
            continue
        elif w in ("double", "triple") and nxt is not None:
            d = WORDNUM.get(nxt, nxt if nxt.isdigit() else None)
            if d is None:
                raise ValueError("bad multiplier target %r" % nxt)
            out.append(d * (2 if w == "double" else 3))
            i += 2
            continue
        elif w == "two" and nxt == "thousand":
            third = toks[i + 2] if i + 2 < len(toks) else None
            if third == "and":
                third = toks[i + 3] if i + 3 < len(toks) else None
                skip = 4
            else:
                skip = 3
            if third in WORDNUM and third not in ("oh", "o"):
                out.append("200" + WORDNUM[third])
                i += skip
            else:
                out.append("2000")
                i += 2
            continue
        elif w in TEENNUM:
            out.append(TEENNUM[w])
        elif w in TENNUM:
            if nxt in UNITS and nxt != "zero":
                out.append(TENNUM[w] + WORDNUM[nxt])
                i += 2
                continue
            out.append(TENNUM[w] + "0")
        elif w in WORDNUM and not (letters and len(w) == 1):
            out.append(WORDNUM[w])
        elif w in NATO_REV:
            out.append(NATO_REV[w])
        elif w in FILLERS:
            pass
        elif letters or len(w) == 1:
            out.append(w)
        else:
            raise ValueError("unknown word %r in %r" % (w, text))
        i += 1
    return "".join(out).upper()


def norm_email(text):
    t = text.lower().strip()
    if "@" in t:
        return t
    t = re.sub(r"\s+at\s+", "@", " " + t + " ").strip()
    t = t.replace(" dot ", ".").replace(" underscore ", "_").replace(" dash ", "-").replace(" hyphen ", "-")
    toks = t.replace(".", " . ").replace("@", " @ ").replace("_", " _ ").replace("-", " - ").split()
    res = []
    buf = []

    def flush():
        if buf:
            res.append(normalise(" ".join(buf)).lower())
            buf.clear()
    for tok in toks:
        if tok in ".@_-":
            flush()
            res.append(tok)
        elif tok in WORDNUM or tok in TEENNUM or tok in TENNUM or tok in ("double", "triple") or tok.isdigit():
            buf.append(tok)
        else:
            flush()
            res.append(tok)
    flush()
    return "".join(res)


MONTH_RE = "|".join(m[:3] for m in MONTHS)
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate(typ, parts):
    """parts: rendered fragments of one value (in order). returns error or None"""
    joined = " ".join(parts)
    try:
        if typ == "EMAIL":
            e = norm_email(joined)
            return None if re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else "email %r" % e
        if typ == "ADDRESS":
            ok = re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b", joined.lower()) \
                and re.search(r"\b(%s)\b" % "|".join(s.lower() for s in SUFFIX), joined.lower())
            return None if ok else "address %r" % joined
        if typ == "DOB":
            n = normalise(joined, letters=True) if not re.search(MONTH_RE + "|" + "|".join(ORD), joined.lower()) else None
            if n is None:
                return None if re.search(r"\d|" + "|".join(TENS[2:] + TEENS + UNITS[1:]), joined.lower()) else "dob %r" % joined
            return None if n.isdigit() and 4 <= len(n) <= 8 else "dob %r -> %r" % (joined, n)
        if typ == "EXPIRY":
            if re.search(MONTH_RE, joined.lower()):
                return None
            n = normalise(joined)
            return None if n.isdigit() and len(n) in (3, 4, 6) and 1 <= int(n[:-2] if len(n) < 6 else n[:2]) <= 12 else "expiry %r -> %r" % (joined, n)
        n = normalise(joined, letters=typ in ("NI_NUMBER", "POSTCODE", "IBAN"))
        if typ == "CARD_NUMBER":
            return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "card %r" % n
        if typ == "CVV":
            return None if n.isdigit() and len(n) in (3, 4) else "cvv %r" % n
        if typ == "SSN":
            return None if n.isdigit() and len(n) == 9 else "ssn %r" % n
        if typ == "NI_NUMBER":
            return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) else "ni %r" % n
        if typ == "BANK_ACCOUNT":
            return None if n.isdigit() and 6 <= len(n) <= 12 else "acct %r" % n
        if typ == "SORT_CODE":
            return None if n.isdigit() and len(n) == 6 else "sort %r" % n
        if typ == "IBAN":
            return None if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", n) and iban_ok(n) else "iban %r" % n
        if typ == "PHONE":
            return None if n.isdigit() and 9 <= len(n) <= 15 else "phone %r" % n
        if typ == "POSTCODE":
            return None if UK_PC.match(n) or re.fullmatch(r"\d{5}(\d{4})?", n) or re.fullmatch(r"[A-Z]\d{2}[A-Z0-9]{4}", n) else "postcode %r" % n
    except ValueError as ex:
        return str(ex)
    return "unknown type " + typ


# --------------------------------------------------------------------------
# case assembly
# --------------------------------------------------------------------------
class V:
    """a labelled value fragment; group ties split fragments of one value"""
    _g = [0]

    def __init__(self, text, typ, group=None):
        self.text, self.typ, self.group = text, typ, group


def new_group():
    V._g[0] += 1
    return V._g[0]


def build(turns, note):
    """turns: list of (speaker, [segments]) ; segment = str | V"""
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, V):
                m = re.match(r"^(\W*)(.*?)(\W*)$", seg.text, re.S)
                text += m.group(1)
                seg = V(m.group(2), seg.typ, seg.group)
                st = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": seg.typ})
                text += m.group(3)
                g = seg.group if seg.group is not None else new_group()
                groups.setdefault(g, (seg.typ, []))[1].append(seg.text)
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    return {"turns": out_turns, "spans": spans, "note": note}, list(groups.values())


def split_groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def fmt_groups(s, sizes, sep=" "):
    return sep.join(split_groups(s, sizes))


def card_sizes(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 4, 5]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def typo(s):
    """inject a light typo into surrounding (non-PII) words"""
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not cand or R.random() < 0.4:
        return s
    i = R.choice(cand)
    w = words[i]
    j = R.randint(1, len(w) - 2)
    op = R.randint(0, 2)
    if op == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == 1:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def casing(s):
    r = R.random()
    if r < 0.15:
        return s.upper()
    if r < 0.45:
        return s.lower()
    return s


EMO = ["🙂", "🙏", "😩", "👍", "😅", "🤞", "😬", "!!", "...", " x", " lol", ""]


def emo():
    return R.choice(EMO)


def chatty(s):
    return casing(typo(s))


# ---- typed value renderers ------------------------------------------------

def t_card(c):
    st = R.randint(0, 6)
    sz = card_sizes(c)
    if st == 0:
        return c
    if st == 1:
        return fmt_groups(c, sz, "-")
    if st == 2:
        return fmt_groups(c, sz, ".")
    if st == 3:
        return fmt_groups(c, sz, "  ")
    if st == 4:
        return fmt_groups(c, sz, "\u00a0")
    if st == 5:
        g = split_groups(c, sz)
        seps = [R.choice([" ", "-", " - ", "/"]) for _ in g[1:]]
        return g[0] + "".join(s + x for s, x in zip(seps, g[1:]))
    return fmt_groups(c, sz, " ")


def t_ssn(s):
    return R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                     s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + "-" + s[5:],
                     s[:3] + " - " + s[3:5] + " - " + s[5:]])


def t_ni(n):
    f = R.choice([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
                  n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8],
                  n[:2] + " " + n[2:8] + " " + n[8]])
    return R.choice([f, f.lower(), f, f[:2].lower() + f[2:]])


def t_sort(s):
    return R.choice([s[:2] + "-" + s[2:4] + "-" + s[4:], s, s[:2] + " " + s[2:4] + " " + s[4:],
                     s[:2] + "." + s[2:4] + "." + s[4:], s[:2] + "-" + s[2:4] + "-" + s[4:]])


def t_iban(i):
    st = R.randint(0, 3)
    if st == 0:
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    if st == 1:
        return i
    if st == 2:
        return (" ".join(i[k:k + 4] for k in range(0, len(i), 4))).lower()
    return "-".join(i[k:k + 4] for k in range(0, len(i), 4))


def t_phone(region, p):
    if region == "ukmob":
        return R.choice([p, p[:5] + " " + p[5:], p[:5] + " " + p[5:8] + " " + p[8:],
                         "+44 " + p[1:5] + " " + p[5:], "+447" + p[2:], "(0)" + p[1:5] + "-" + p[5:]
                         if False else "0" + p[1:5] + "-" + p[5:8] + "-" + p[8:]])
    if region == "ukland":
        ac = 3 if p.startswith("020") else 4
        if ac == 3:
            return R.choice([p[:3] + " " + p[3:7] + " " + p[7:], "+44 20 " + p[3:7] + " " + p[7:], p])
        return R.choice([p[:4] + " " + p[4:], "(" + p[:4] + ") " + p[4:7] + " " + p[7:], "+44 " + p[1:4] + " " + p[4:]])
    if region == "us":
        return R.choice(["(" + p[:3] + ") " + p[3:6] + "-" + p[6:], p[:3] + "-" + p[3:6] + "-" + p[6:],
                         "+1 " + p[:3] + " " + p[3:6] + " " + p[6:], p[:3] + "." + p[3:6] + "." + p[6:],
                         "1-" + p[:3] + "-" + p[3:6] + "-" + p[6:], p])
    if region == "ie":
        return R.choice([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:6] + " " + p[6:],
                         "00353" + p[1:], p])
    if region == "de":
        return R.choice(["+49 " + p[:3] + " " + p[3:], "0" + p[:3] + "/" + p[3:], "0049 " + p[:3] + " " + p[3:]])
    return R.choice(["+33 " + " ".join([p[0]] + [p[k:k + 2] for k in range(1, 9, 2)]),
                     "0" + p[0] + " " + " ".join(p[k:k + 2] for k in range(1, 9, 2))])


def t_email(e):
    return R.choice([e, e, e.upper() if R.random() < 0.2 else e.capitalize(), e])


def t_dob(y, m, d):
    st = R.randint(0, 7)
    if st == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if st == 1:
        return "%d/%d/%d" % (m, d, y)
    if st == 2:
        return "%d-%02d-%02d" % (y, m, d)
    if st == 3:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if st == 4:
        return "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), d, y)
    if st == 5:
        return "%02d.%02d.%02d" % (d, m, y % 100)
    if st == 6:
        return "%s %s %d" % (ORD[d - 1].replace(" ", "-") if False else str(d) + ("th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d]), MONTHS[m - 1], y)
    return "%02d%02d%d" % (d, m, y)


def t_expiry():
    m, y = R.randint(1, 12), R.randint(26, 32)
    return R.choice(["%02d/%02d" % (m, y), "%d/%d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                     "%02d / %02d" % (m, y), "%02d%02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1][:3].capitalize(), y)])


def s_expiry():
    m, y = R.randint(1, 12), R.randint(26, 32)
    return R.choice([say_pair("%02d" % m, R.choice(["oh", "zero"])) + " " + say_pair("%02d" % y),
                     MONTHS[m - 1] + " twenty " + say_pair("%02d" % y),
                     MONTHS[m - 1] + " " + say_pair("%02d" % y),
                     say_digits("%02d" % m) + " " + say_digits("%02d" % y)])


def s_dob(y, m, d):
    st = R.randint(0, 4)
    if st == 0:
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))
    if st == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y))
    if st == 2:
        return "%s of the %s %s" % (ORD[d - 1], ORD[m - 1] if m <= 12 else "", say_pair(str(y)[2:]))
    if st == 3:
        return "%s %s %s" % (say_digits("%02d" % d), say_digits("%02d" % m), say_year(y))
    return "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], say_pair(str(y)[2:]))


def t_postcode(kind=None):
    kind = kind or R.choice(["uk", "uk", "us", "ie"])
    if kind == "uk":
        a, b = gen_uk_postcode()
        return kind, R.choice([a + " " + b, a + b, (a + " " + b).lower(), a + "  " + b])
    if kind == "us":
        z = digits(5, True)
        return kind, R.choice([z, z, z + "-" + digits(4)])
    ek = R.choice(["D04", "T12", "H91", "V94", "A91"])
    x = R.choice("ACDEFHKNPRTVWXY") + digits(3)
    return kind, R.choice([ek + " " + x, ek + x, (ek + " " + x).lower()])


def s_postcode():
    a, b = gen_uk_postcode()
    mode = R.choice([0, 0, 1, 2, 3])
    return say_alnum(a, mode) + " " + say_alnum(b, mode)


def t_address(country="uk"):
    num = R.randint(1, 240)
    st = R.choice(STREETS) + " " + R.choice(SUFFIX)
    pre = R.choice(["", "", "Flat %d, " % R.randint(1, 30), "Apt %d%s, " % (R.randint(1, 12), R.choice("ABC"))])
    if country == "us":
        return pre + "%d %s" % (R.randint(100, 9999), st)
    return pre + "%d %s" % (num, st)


def s_address():
    num = R.randint(1, 240)
    st = R.choice(STREETS).lower() + " " + R.choice(SUFFIX).lower()
    n = str(num)
    spoken = say_pairs(n) if len(n) == 2 else (say_digits(n, "oh", doubles=0) if len(n) == 3 and R.random() < .5 else say_mixed(n, "oh"))
    pre = R.choice(["", "", "flat " + UNITS[R.randint(1, 9)] + " "])
    return pre + spoken + " " + st


# --------------------------------------------------------------------------
# templates: each returns (case_dict, groups)
# --------------------------------------------------------------------------
AG = "agent"
CU = "customer"


def pc_card_chat():
    c = gen_card()
    ind = R.choice(["telecom", "retail", "utilities", "travel", "insurance"])
    opener = R.choice(["hi can i pay my bill by card", "hey need to update my payment details pls",
                       "Hello, I want to pay the outstanding balance", "pay the £%d.%02d now pls" % (R.randint(10, 400), R.randint(0, 99))])
    cvv = digits(4 if len(c) == 15 else 3)
    turns = [(CU, [chatty(opener) + emo()]),
             (AG, ["Sure, please type the long card number and the expiry date."]),
             (CU, [R.choice(["its ", "card: ", "Card no ", "", "ok ", "number is "]), V(t_card(c), "CARD_NUMBER"),
                   R.choice([" exp ", " expires ", " , expiry ", "   exp:"]), V(t_expiry(), "EXPIRY")]),
             (AG, ["Thanks. And the 3 or 4 digit security code on the back?"]),
             (CU, [R.choice(["", "cvv ", "CVC: ", "sec code is "]), V(cvv, "CVV"), emo()])]
    return build(turns, "chat/%s: card typed with separators, expiry and cvv in later message" % ind)


def pc_card_split_chat():
    c = gen_card()
    g = new_group()
    parts = split_groups(c, card_sizes(c))
    k = R.randint(2, len(parts) - 1)
    a, b = " ".join(parts[:k]), " ".join(parts[k:])
    turns = [(AG, ["Please enter your card number for the refund."]),
             (CU, [R.choice(["", "ok ", "um "]), V(a, "CARD_NUMBER", g)]),
             (CU, [V(b, "CARD_NUMBER", g), R.choice([" sorry hit enter too soon", " oops", "", " 🙈"])]),
             (AG, ["Thanks, refund of £%d.%02d will be back in 3-5 working days." % (R.randint(5, 90), R.randint(0, 99))])]
    return build(turns, "chat/retail: card number split across two customer messages (fat-finger enter)")


def pc_card_call():
    c = gen_card()
    g = new_group()
    parts = split_groups(c, card_sizes(c))
    turns = [(AG, ["okay whenever you're ready the long number across the front of the card"])]
    bc = ["mhm", "okay", "yep go on", "got that", "uh huh", "okay go on"]
    zw = zero_word()
    for i, p in enumerate(parts):
        pre = R.choice(["", "", "right ", "so ", "yeah "]) if i == 0 else R.choice(["", "", "then "])
        turns.append((CU, [pre, V(say_digits(p, zw, homo=0.15, fillers=0.05), "CARD_NUMBER", g)]))
        if i < len(parts) - 1:
            turns.append((AG, [R.choice(bc)]))
    turns.append((AG, ["and the expiry"]))
    turns.append((CU, [R.choice(["it's ", "expires ", "", "uh "]), V(s_expiry(), "EXPIRY")]))
    turns.append((AG, ["lovely and the three digits on the back"]))
    turns.append((CU, [V(say_digits(digits(4 if len(c) == 15 else 3), zw), "CVV")]))
    return build(turns, "call/%s: card read in groups over turns with back-channels, homophones, expiry and cvv spoken" % R.choice(["telecom", "utilities", "insurance"]))


def pc_card_call_one():
    c = gen_card()
    zw = zero_word()
    txt = say_digits(c, zw, doubles=0.5) if R.random() < .6 else say_mixed(c, zw)
    turns = [(AG, ["can i take the card number please"]),
             (CU, [R.choice(["yeah sure it's ", "yes it is ", "okay so ", ""]), V(txt, "CARD_NUMBER"),
                   R.choice([" and that's a visa debit", "", " that's the one ending in " + " ".join(UNITS[int(x)] for x in c[-2:]) if False else ""])]),
             (AG, ["thank you and that's for the payment of %s pounds today" % R.choice(["forty nine", "twelve fifty", "one hundred and twenty"])])]
    return build(turns, "call/travel: whole card in one turn with doubles/pairs ('forty one', 'double seven')")


def pc_card_readback():
    c = gen_card()
    zw = zero_word()
    last4 = c[-4:]
    turns = [(CU, [R.choice(["the card is ", "card number ", ""]), V(say_digits(c, zw, doubles=.3), "CARD_NUMBER")]),
             (AG, ["let me read that back ", V(say_digits(c, zw, doubles=0), "CARD_NUMBER"), " is that right"]),
             (CU, ["yes that's it"])]
    return build(turns, "call/banking: agent reads the card back in full")


def pc_ssn_chat():
    s = gen_ssn()
    d = gen_dob()
    turns = [(AG, ["To verify your identity I'll need your SSN and date of birth."]),
             (CU, [chatty(R.choice(["ok my social is ", "ssn ", "Social security # ", "its "])), V(t_ssn(s), "SSN"),
                   R.choice([" and dob ", "\nDOB: ", " , born ", " bday "]), V(t_dob(*d), "DOB")]),
             (AG, ["Thank you, you're verified. I see a balance of $%d.%02d." % (R.randint(10, 3000), R.randint(0, 99))])]
    return build(turns, "chat/%s: US SSN and DOB in one message" % R.choice(["banking", "insurance", "healthcare billing", "government services"]))


def pc_ssn_split_chat():
    s = gen_ssn()
    g = new_group()
    a, b = R.choice([(s[:3] + "-" + s[3:5], s[5:]), (s[:5], s[5:]), (s[:3], s[3:5] + "-" + s[5:])])
    turns = [(AG, ["Can you confirm the social security number on the account?"]),
             (CU, [R.choice(["", "sure ", "ugh ok "]), V(a, "SSN", g)]),
             (CU, [V(b, "SSN", g), R.choice(["", " sry", " 👍"])]),
             (AG, ["Thanks, that matches."])]
    return build(turns, "chat/healthcare billing: SSN split over two messages")


def pc_ssn_call():
    s = gen_ssn()
    zw = zero_word()
    st = R.randint(0, 2)
    turns = [(AG, ["and can i get your social security number please"])]
    if st == 0:
        turns.append((CU, [R.choice(["yeah it's ", "sure ", "um "]), V(say_digits(s, zw, fillers=0.08), "SSN")]))
    elif st == 1:
        g = new_group()
        turns += [(CU, [V(say_digits(s[:3], zw), "SSN", g)]), (AG, [R.choice(["mhm", "okay"])]),
                  (CU, [V(say_digits(s[3:5], zw), "SSN", g)]), (AG, ["go on"]),
                  (CU, [V(say_mixed(s[5:], zw), "SSN", g)])]
    else:
        turns.append((CU, ["it's ", V(say_digits(s, zw, doubles=.5), "SSN"), " and my zip is ", V(say_digits(digits(5, True), zw), "POSTCODE")]))
    turns.append((AG, ["thank you i've got that"]))
    return build(turns, "call/%s: SSN spoken as an ASR transcript" % R.choice(["banking", "insurance", "government services"]))


def pc_ssn_last_correction():
    s = gen_ssn()
    s2 = s[:7] + str((int(s[7]) + 3) % 10) + s[8]
    turns = [(CU, ["my ssn is ", V(t_ssn(s2), "SSN")]),
             (CU, [R.choice(["wait no typo", "sorry wrong", "ugh autocorrect", "no hang on"]), " its ", V(t_ssn(s), "SSN")]),
             (AG, ["No problem, updated."])]
    return build(turns, "sms/banking: SSN typed twice (self-correction), both spans")


def pc_ni_chat():
    n = gen_ni()
    turns = [(AG, ["Could you give me your National Insurance number?"]),
             (CU, [chatty(R.choice(["yeah its ", "NI no: ", "sure, ", "ni number ", "it's "])), V(t_ni(n), "NI_NUMBER"), emo()]),
             (AG, ["Thanks, and your date of birth?"]),
             (CU, [V(t_dob(*gen_dob()), "DOB")])]
    return build(turns, "chat/government services: UK NI number typed with varying case/spacing then DOB")


def pc_ni_split_chat():
    n = gen_ni()
    g = new_group()
    cut = R.choice([2, 4, 6, 8])
    turns = [(AG, ["What's your NI number please?"]),
             (CU, [V(n[:cut], "NI_NUMBER", g)]),
             (CU, [V(n[cut:], "NI_NUMBER", g)]),
             (AG, ["Perfect, thank you."])]
    return build(turns, "chat/government services: NI number split over two messages")


def pc_ni_call():
    n = gen_ni()
    mode = R.choice([0, 1, 2, 3])
    zw = R.choice(["oh", "zero", "nought", "oh"])
    st = R.randint(0, 2)
    turns = [(AG, ["and your national insurance number"])]
    lead = say_letter(n[0], mode) + " " + say_letter(n[1], mode)
    if st == 0:
        body = say_pairs(n[2:8], zw) if R.random() < .5 else say_digits(n[2:8], zw)
        turns.append((CU, [R.choice(["yeah it's ", "it's ", "um "]), V(lead + " " + body + " " + say_letter(n[8], mode), "NI_NUMBER")]))
    elif st == 1:
        g = new_group()
        turns += [(CU, [V(lead, "NI_NUMBER", g)]), (AG, ["yep"]),
                  (CU, [V(say_pairs(n[2:8], zw), "NI_NUMBER", g)]), (AG, ["and the letter at the end"]),
                  (CU, [V(say_letter(n[8], mode), "NI_NUMBER", g)])]
    else:
        turns.append((CU, ["it's ", V(lead + " " + say_digits(n[2:5], zw) + " um " + say_digits(n[5:8], zw) + " " + say_letter(n[8], mode), "NI_NUMBER"),
                           " i think yeah"]))
    turns.append((AG, ["lovely thanks"]))
    return build(turns, "call/government services: NI number with phonetic letters, pairs, split turns")


def pc_ni_readback():
    n = gen_ni()
    turns = [(CU, ["it's ", V(say_alnum(n, 0), "NI_NUMBER")]),
             (AG, ["so that's ", V(say_alnum(n, 1), "NI_NUMBER"), " yeah"]),
             (CU, ["that's right"])]
    return build(turns, "call/utilities: NI number and agent phonetic read-back")


def pc_bank_chat():
    acc, sc = digits(8), digits(6)
    turns = [(CU, [chatty(R.choice(["hi want to change my direct debit to a new account", "new bank details for the dd pls",
                                    "Please update the bank account for my refund"])) + emo()]),
             (AG, ["Of course, what are the sort code and account number?"]),
             (CU, [R.choice(["sort ", "s/c ", "Sort code: ", ""]), V(t_sort(sc), "SORT_CODE"),
                   R.choice([" acc ", " a/c no. ", "\nAccount: ", " , "]), V(acc, "BANK_ACCOUNT")]),
             (AG, ["Thanks, the first payment of £%d.%02d will be taken on the %dth." % (R.randint(20, 200), R.randint(0, 99), R.randint(4, 20))])]
    return build(turns, "chat/utilities: sort code and account number in one message, payment date unlabelled")


def pc_bank_split_chat():
    acc, sc = digits(8), digits(6)
    turns = [(AG, ["What's the sort code?"]),
             (CU, [V(t_sort(sc), "SORT_CODE")]),
             (AG, ["And the account number?"]),
             (CU, [V(acc[:4], "BANK_ACCOUNT", 9000000 + len(acc) * 0 + R.randint(0, 99999))]),
             ]
    g = turns[3][1][0].group
    turns.append((CU, [V(acc[4:], "BANK_ACCOUNT", g), R.choice(["", " sorry", " thx"])]))
    return build(turns, "chat/banking: account number split over two messages")


def pc_bank_call():
    acc, sc = digits(8), digits(6)
    zw = zero_word()
    turns = [(AG, ["and the sort code for that account"]),
             (CU, [R.choice(["it's ", "yeah ", ""]), V(say_pairs(sc, zw) if R.random() < .6 else say_digits(sc, zw), "SORT_CODE")]),
             (AG, ["and the account number"]),
             (CU, [V(say_digits(acc, zw, fillers=0.06, homo=0.1), "BANK_ACCOUNT")]),
             (AG, ["thank you that'll go out in the next three to five working days"])]
    return build(turns, "call/insurance: sort code as pairs and account number digit by digit")


def pc_us_bank():
    acc = digits(R.randint(9, 12), True)
    turns = [(CU, [chatty("I need to set up autopay from checking"), emo()]),
             (AG, ["Please send your checking account number."]),
             (CU, [R.choice(["acct # ", "Account no ", "checking ", ""]), V(acc, "BANK_ACCOUNT"), " routing is on the form already"]),
             (AG, ["Got it, autopay will start with the next bill of $%d.%02d." % (R.randint(30, 250), R.randint(0, 99))])]
    return build(turns, "chat/utilities: US checking account number typed")


def pc_iban_chat():
    i = gen_iban()
    turns = [(CU, [chatty(R.choice(["pls send refund to my iban", "Refund to this account please", "can u pay the claim into my bank"])) + emo()]),
             (AG, ["Sure, please share the IBAN."]),
             (CU, [R.choice(["", "IBAN: ", "iban ", "here "]), V(t_iban(i), "IBAN"), R.choice(["", " thanks", " 🙏"])]),
             (AG, ["Thank you, the refund of €%d.%02d will be processed." % (R.randint(10, 900), R.randint(0, 99))])]
    return build(turns, "chat/%s: IBAN typed (grouped/compact/lowercase)" % R.choice(["travel", "insurance", "retail"]))


def pc_iban_split():
    i = gen_iban(R.choice(["GB", "IE", "DE", "NL"]))
    g = new_group()
    grp = [i[k:k + 4] for k in range(0, len(i), 4)]
    k = R.randint(2, len(grp) - 2)
    turns = [(AG, ["What's the IBAN?"]),
             (CU, [V(" ".join(grp[:k]), "IBAN", g)]),
             (CU, [V(" ".join(grp[k:]), "IBAN", g)]),
             (AG, ["Thanks."])]
    return build(turns, "email/insurance: IBAN pasted in two pieces")


def pc_iban_call():
    i = gen_iban(R.choice(["GB", "IE"]))
    zw = R.choice(["oh", "zero", "nought"])
    g = new_group()
    p1 = say_letter(i[0], 0) + " " + say_letter(i[1], 0) + " " + say_digits(i[2:4], zw) + " " + " ".join(say_letter(c, R.choice([0, 1])) for c in i[4:8])
    p2 = say_digits(i[8:14], zw)
    p3 = say_digits(i[14:], zw)
    turns = [(AG, ["okay read me the iban when you're ready"]),
             (CU, [V(p1, "IBAN", g)]), (AG, ["mhm"]), (CU, [V(p2, "IBAN", g)]), (AG, ["okay"]),
             (CU, [V(p3, "IBAN", g)]), (AG, ["brilliant thank you"])]
    return build(turns, "call/banking: GB/IE IBAN spelled over three turns")


def pc_phone_chat():
    region, p = gen_phone()
    turns = [(AG, ["What's the best number to call you back on?"]),
             (CU, [chatty(R.choice(["call me on ", "mob ", "my number is ", "ring ", "tel: ", ""])), V(t_phone(region, p), "PHONE"),
                   chatty(R.choice([" after 5pm", " anytime", " between 2 and 4", ""])), emo()]),
             (AG, ["Noted, someone will call within 48 hours."])]
    return build(turns, "chat/telecom: phone number in a national or international form (%s)" % region)


def pc_phone_two():
    r1, p1 = gen_phone()
    r2, p2 = gen_phone(r1)
    turns = [(CU, ["home ", V(t_phone(r1, p1), "PHONE"), " or mobile ", V(t_phone(r2, p2), "PHONE"), emo()]),
             (AG, ["Thanks, both numbers saved."])]
    return build(turns, "sms/utilities: two phone numbers in one message")


def pc_phone_call():
    region, p = gen_phone(R.choice(["ukmob", "ukmob", "us", "ie", "ukland"]))
    zw = zero_word()
    st = R.randint(0, 2)
    turns = [(AG, ["and a contact number"])]
    if st == 0:
        turns.append((CU, [R.choice(["yeah it's ", "sure ", ""]), V(say_digits(p, zw, doubles=.5, homo=.1), "PHONE")]))
    elif st == 1:
        g = new_group()
        turns += [(CU, [V(say_digits(p[:5], zw), "PHONE", g)]), (AG, [R.choice(["mhm", "yep"])]),
                  (CU, [V(say_mixed(p[5:], zw), "PHONE", g)])]
    else:
        wrong = p[:-2] + p[-1] + p[-2]
        if wrong == p:
            wrong = p[:-1] + str((int(p[-1]) + 1) % 10)
        turns.append((CU, ["it's ", V(say_digits(wrong, zw), "PHONE"), " no sorry ", V(say_digits(p, zw), "PHONE")]))
    turns.append((AG, ["perfect"]))
    return build(turns, "call/%s: phone number spoken, split or self-corrected" % R.choice(["telecom", "healthcare billing", "travel"]))


def pc_email_chat():
    e = gen_email()
    turns = [(AG, ["What email should we send the confirmation to?"]),
             (CU, [chatty(R.choice(["send it to ", "email is ", "its ", "", "pls use "])), V(t_email(e), "EMAIL"),
                   R.choice(["", " thanks", " (not the work one)", " 🙂", "."])]),
             (AG, ["Done, confirmation sent."])]
    return build(turns, "chat/%s: email address typed in a message" % R.choice(["travel", "retail", "telecom"]))


def pc_email_call():
    e = gen_email()
    turns = [(AG, ["can i get an email address for the receipt"]),
             (CU, [R.choice(["yeah it's ", "it's ", "sure ", "um "]), V(say_email(e), "EMAIL")]),
             (AG, ["thank you i'll send that now"])]
    return build(turns, "call/retail: email spoken as ASR ('dot', 'at', 'underscore', spelled letters)")


def pc_address_chat():
    country = R.choice(["uk", "uk", "us", "ie"])
    if country == "uk":
        a, b = gen_uk_postcode()
        pc = R.choice([a + " " + b, (a + b).lower(), a + " " + b])
        town = R.choice(TOWNS_UK)
    elif country == "us":
        pc = digits(5, True)
        town = R.choice(TOWNS_US)
    else:
        pc = R.choice(["D04", "T12", "H91"]) + " " + R.choice("ACDEFHKNPRTVWXY") + digits(3)
        town = R.choice(TOWNS_IE)
    turns = [(AG, ["What's the delivery address?"]),
             (CU, [V(t_address(country), "ADDRESS"), R.choice([", ", " ", "\n"]), town, R.choice([", ", " ", "\n"]), V(pc, "POSTCODE")]),
             (AG, ["Thanks, parcel is due Tuesday between 9am and 1pm."])]
    return build(turns, "chat/retail: delivery address with town and postcode/ZIP (%s)" % country)


def pc_address_split_chat():
    a, b = gen_uk_postcode()
    turns = [(CU, [chatty("moved house need to update my address"), emo()]),
             (AG, ["No problem, what's the new address?"]),
             (CU, [V(t_address("uk"), "ADDRESS")]),
             (CU, [R.choice(TOWNS_UK)]),
             (CU, [V(R.choice([a + " " + b, (a + " " + b).lower(), a + b]), "POSTCODE")]),
             (AG, ["Updated, thanks."])]
    return build(turns, "sms/utilities: address, town and postcode in separate messages")


def pc_address_call():
    a = s_address()
    turns = [(AG, ["and the first line of the address"]),
             (CU, [R.choice(["it's ", "yeah ", ""]), V(a, "ADDRESS")]),
             (AG, ["and the postcode"]),
             (CU, [V(s_postcode(), "POSTCODE")]),
             (AG, ["lovely that's all updated"])]
    return build(turns, "call/insurance: spoken address line and spelled UK postcode")


def pc_dob_call():
    d = gen_dob()
    turns = [(AG, ["can you confirm your date of birth for me"]),
             (CU, [R.choice(["yeah it's ", "it's ", "", "um "]), V(s_dob(*d), "DOB")]),
             (AG, ["thank you that's you verified"])]
    return build(turns, "call/healthcare billing: spoken date of birth (ordinals, 'nineteen eighty')")


def pc_mix_chat():
    e = gen_email()
    region, p = gen_phone()
    d = gen_dob()
    turns = [(CU, [chatty("hi i opened an account last week but got locked out"), emo()]),
             (AG, ["Sorry to hear that. Can you confirm your email, phone and date of birth?"]),
             (CU, [V(t_email(e), "EMAIL"), R.choice([" / ", " , ", "\n", " | "]), V(t_phone(region, p), "PHONE"),
                   R.choice([" / ", " , ", "\n", " dob "]), V(t_dob(*d), "DOB")]),
             (AG, ["Thanks, I've sent a reset link. It expires in 30 minutes."])]
    return build(turns, "chat/banking: email, phone and dob packed into one message with odd separators")


def pc_email_body():
    n = R.choice([gen_ni(), None])
    acc, sc = digits(8), digits(6)
    a, b = gen_uk_postcode()
    segs = ["Dear Sir/Madam,\n\nPlease update my details. My reference is REF-%d.\nNew address: " % R.randint(100000, 999999),
            V(t_address("uk"), "ADDRESS"), ", " + R.choice(TOWNS_UK) + " ", V(a + " " + b, "POSTCODE"),
            "\nSort code ", V(t_sort(sc), "SORT_CODE"), " account ", V(acc, "BANK_ACCOUNT")]
    if n:
        segs += ["\nNI: ", V(t_ni(n), "NI_NUMBER")]
    segs += ["\n\nKind regards\n-- \nSent from my iPhone"]
    turns = [(CU, segs), (AG, ["Thank you, we've updated your record."])]
    return build(turns, "email/government services: e-mail body with signature, address, bank details")


def pc_social_dm():
    c = gen_card()
    turns = [(CU, [chatty("@support ur app keeps declining my card"), " 😡"]),
             (AG, ["Sorry about that! Please don't post card details publicly - DM us the last 4 only."]),
             (CU, ["its ", V(fmt_groups(c, card_sizes(c), R.choice([" ", "-", ""])), "CARD_NUMBER"), " why does it decline??"]),
             (AG, ["We only needed the last four - please never share the full number. We'll look into it."])]
    return build(turns, "social DM/telecom: customer over-shares full card despite being asked for last 4")


def pc_sms_dob_postcode():
    d = gen_dob()
    kind, pc = t_postcode()
    turns = [(AG, ["Reply with your date of birth and postcode to confirm your appointment."]),
             (CU, [V(t_dob(*d), "DOB"), R.choice([" ", " , ", "  ", " - "]), V(pc, "POSTCODE")]),
             (AG, ["Thanks, your appointment on the 14th at 10:30 is confirmed."])]
    return build(turns, "sms/healthcare billing: dob and postcode (%s) in one reply" % kind)


def pc_cvv_exp_only():
    turns = [(AG, ["I see the card ending 4417 on file. To use it please confirm the expiry and CVV."]),
             (CU, [R.choice(["expiry ", "exp ", "", "its "]), V(t_expiry(), "EXPIRY"), R.choice([" and ", " cvv ", "\n", " / code "]), V(digits(3), "CVV")]),
             (AG, ["Thanks, payment of £%d.00 taken." % R.randint(10, 99)])]
    return build(turns, "chat/travel: stored card, expiry and cvv only (last-4 not labelled)")


def pc_ssn_ni_mix():
    s = gen_ssn()
    n = gen_ni()
    turns = [(CU, [chatty("i have both a US and UK record, which do u need"), emo()]),
             (AG, ["Please send both identifiers."]),
             (CU, ["ssn ", V(t_ssn(s), "SSN"), R.choice([" ni ", "\nNI ", " and NINO "]), V(t_ni(n), "NI_NUMBER")]),
             (AG, ["Thanks."])]
    return build(turns, "chat/insurance: SSN and NI number in the same message")


def pc_ssn_call_zip():
    s = gen_ssn()
    zw = zero_word()
    g = new_group()
    turns = [(AG, ["last four of your social"]),
             (CU, ["uh actually you need the full one right it's ", V(say_digits(s[:5], zw), "SSN", g)]),
             (AG, ["okay"]),
             (CU, [V(say_pairs(s[5:], zw), "SSN", g), " and i'm at ", V(s_address(), "ADDRESS")]),
             (AG, ["thank you"])]
    return build(turns, "call/banking: full SSN given in two turns (pairs) plus street address")


def pc_ni_sms():
    n = gen_ni()
    t = t_ni(n)
    turns = [(AG, ["HMRC-style verification: reply with your NI number."]),
             (CU, [R.choice(["", "Its ", "ni "]), V(t, "NI_NUMBER"), R.choice([" thnx", "", " 👍", " ta"])])]
    return build(turns, "sms/government services: NI number short reply")


def pc_card_spaced_sms():
    c = gen_card()
    st = R.randint(0, 2)
    if st == 0:
        val = " ".join(c)
    elif st == 1:
        val = "\n".join(split_groups(c, card_sizes(c)))
    else:
        val = ",".join(split_groups(c, card_sizes(c)))
    turns = [(AG, ["Reply with the card number to pay the overdue £%d.%02d." % (R.randint(20, 300), R.randint(0, 99))]),
             (CU, [R.choice(["", "ok\n", "Card\n"]), V(val, "CARD_NUMBER"), R.choice(["", " thx", "\nthx", " ty 🙏"])])]
    return build(turns, "sms/utilities: card typed as spaced single digits / one group per line / commas")


def pc_email_typed_obf():
    e = gen_email()
    local, dom = e.split("@")
    val = local + " at " + dom.replace(".", " dot ")
    turns = [(AG, ["What's your email address?"]),
             (CU, [R.choice(["its ", "email ", ""]), V(val, "EMAIL"), R.choice([" (didnt want the bot to eat it)", "", " 😅"])])]
    return build(turns, "chat/travel: email typed with 'at'/'dot' words to dodge filters")


def pc_phone_paste():
    p = "07" + str(R.randint(4, 9)) + digits(8)
    val = R.choice(["+44 (0)" + p[1:5] + " " + p[5:], "+44(0)" + p[1:], "0044 " + p[1:5] + " " + p[5:]])
    turns = [(CU, ["Hi, copied from my signature:\n\n" + R.choice(FIRST).capitalize() + " " + R.choice(LAST).capitalize() + "\nMob: ", V(val, "PHONE"),
                   "\nSent from Outlook for Android"]),
             (AG, ["Thanks, we'll call you within 2 working days."])]
    return build(turns, "email/insurance: phone pasted from a signature with (0) trunk prefix")


def pc_cvv_words_typed():
    c = gen_card()
    cv = digits(4 if len(c) == 15 else 3)
    turns = [(CU, [V(t_card(c), "CARD_NUMBER")]),
             (CU, [R.choice(["cvv ", "code ", "sec "]), V(" ".join(UNITS[int(x)] for x in cv), "CVV"),
                   " (typed it out in case)"]),
             (CU, [R.choice(["exp ", "expires "]), V(t_expiry(), "EXPIRY")])]
    return build(turns, "chat/retail: card, then cvv typed as words, expiry in a third message")


POS_TEMPLATES = [
    pc_card_spaced_sms, pc_email_typed_obf, pc_phone_paste, pc_cvv_words_typed,
    # typed (about two thirds)
    pc_card_chat, pc_card_split_chat, pc_ssn_chat, pc_ssn_split_chat, pc_ssn_last_correction,
    pc_ni_chat, pc_ni_split_chat, pc_bank_chat, pc_bank_split_chat, pc_us_bank, pc_iban_chat,
    pc_iban_split, pc_phone_chat, pc_phone_two, pc_email_chat, pc_address_chat,
    pc_address_split_chat, pc_mix_chat, pc_email_body, pc_social_dm, pc_sms_dob_postcode,
    pc_cvv_exp_only, pc_ssn_ni_mix, pc_ni_sms,
    # spoken
    pc_card_call, pc_card_call_one, pc_card_readback, pc_ssn_call, pc_ni_call, pc_ni_readback,
    pc_bank_call, pc_iban_call, pc_phone_call, pc_email_call, pc_address_call, pc_dob_call,
    pc_ssn_call_zip,
]

# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------


def nc(turns, note):
    return build(turns, note)


def neg_order():
    o = digits(R.randint(6, 10), True)
    return nc([(CU, [chatty("hi where is my order"), emo()]), (AG, ["Can you give me the order number?"]),
               (CU, [R.choice(["order number ", "order # ", "Order no. ", "ord "]) + o]),
               (AG, ["Thanks, order %s shipped on 12/11 and should arrive by Friday." % o])],
              "chat/retail: order number with its reference word (not PII)")


def neg_price():
    return nc([(CU, [chatty("why is my bill £%d.%02d this month when it was £%d.%02d before" % (R.randint(40, 120), R.randint(0, 99), R.randint(20, 39), R.randint(0, 99))), emo()]),
               (AG, ["Your plan went up by %d.%d%% in April, plus £%d.%02d for roaming." % (R.randint(2, 9), R.randint(0, 9), R.randint(1, 30), R.randint(0, 99))])],
              "chat/telecom: money amounts and percentages")


def neg_flight():
    return nc([(CU, ["my flight %s%d from gate %s%d was cancelled" % (R.choice(["BA", "FR", "EI", "UA", "LH"]), R.randint(100, 9999), R.choice("ABC"), R.randint(1, 60))]),
               (AG, ["I'm sorry. I can rebook you on the %02d:%02d departure tomorrow, arriving %02d:%02d." % (R.randint(6, 12), R.choice([0, 15, 30, 45]), R.randint(13, 22), R.choice([5, 20, 40]))])],
              "chat/travel: flight number, gate, times")


def neg_meter():
    r = digits(R.randint(5, 6))
    return nc([(AG, ["can you read me the meter reading"]),
               (CU, ["yeah it's " + say_digits(r, "zero")]),
               (AG, ["thank you so that's " + " ".join(r) + " units i'll update the bill"])],
              "call/utilities: meter reading read digit by digit (not PII)")


def neg_claim():
    c = digits(R.randint(7, 10), True)
    zw = zero_word()
    return nc([(AG, ["do you have your claim reference"]),
               (CU, ["yes the claim reference is " + say_digits(c, zw)]),
               (AG, ["thank you that claim was paid on the third of march for six hundred pounds"])],
              "call/insurance: spoken claim reference with its reference word, payment date")


def neg_appt():
    d, m = R.randint(1, 28), R.randint(1, 12)
    return nc([(CU, ["can I move my appointment on %02d/%02d/2027 to the afternoon" % (d, m)]),
               (AG, ["Yes, I have %d:%02d pm on the same day with Dr Hughes, room %d." % (R.randint(1, 5), R.choice([0, 15, 30, 45]), R.randint(1, 40))])],
              "chat/healthcare billing: appointment date (not a birth date), time and room")


def neg_data():
    return nc([(CU, [chatty("my broadband speed is only %d mbps but I pay for %d" % (R.randint(5, 40), R.choice([100, 500, 900]))), emo()]),
               (AG, ["I can see %d.%d GB used this month and %d dropouts since the 3rd." % (R.randint(10, 900), R.randint(0, 9), R.randint(2, 20))])],
              "chat/telecom: speeds, data quantities, counts")


def neg_ticket():
    t = digits(R.randint(6, 8), True)
    return nc([(AG, ["Your ticket number is INC%s. Please quote it if you contact us again." % t]),
               (CU, ["ok thanks, ticket %s noted. it's been %d days already" % (t, R.randint(3, 20))])],
              "chat/telecom: incident ticket number")


def neg_balance():
    return nc([(AG, ["your current balance is " + R.choice(["two thousand four hundred and sixty one pounds and twelve pence",
                                                              "one thousand and eighty dollars", "three hundred and twelve euro fifty"])]),
               (CU, ["and when's the next payment due"]),
               (AG, ["the next direct debit is on the twenty eighth of " + R.choice(MONTHS) + " for " + R.choice(["forty nine ninety nine", "ninety pounds", "one twenty"])])],
              "call/banking: spoken balance, payment date and amount")


def neg_model():
    return nc([(CU, ["my router model %s-%d keeps rebooting, firmware %d.%d.%d" % (R.choice(["TG", "HG", "XR", "DSL"]), R.randint(100, 9999), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99))]),
               (AG, ["Please hold the reset button for 30 seconds and wait 5 minutes."])],
              "chat/telecom: model and firmware numbers, durations")


def neg_age_temp():
    return nc([(CU, ["my son is %d and he's had a temperature of %d.%d for %d days" % (R.randint(2, 15), R.randint(38, 39), R.randint(0, 9), R.randint(2, 5))]),
               (AG, ["I've booked a call back within %d hours. The consultation fee is $%d." % (R.randint(2, 4), R.randint(20, 90))])],
              "chat/healthcare billing: age, temperature, durations, fee")


def neg_contract():
    y = R.randint(2019, 2025)
    return nc([(AG, ["i can see your contract started on the " + R.choice(ORD) + " of " + R.choice(MONTHS) + " " + say_year(y) + " and runs for twenty four months"]),
               (CU, ["right and how much is it to leave early"]),
               (AG, ["the early termination fee is eighty five pounds"])],
              "call/telecom: contract start date spoken (not a DOB), months, fee")


def neg_invoice():
    inv = digits(R.randint(6, 9), True)
    return nc([(CU, ["Re: Invoice %s\n\nHi, I was charged twice for invoice %s (%s %d.%02d). Please refund one.\nThanks" %
                     (inv, inv, R.choice(["€", "$", "£"]), R.randint(50, 900), R.randint(0, 99))]),
               (AG, ["Apologies, refund issued for invoice %s." % inv])],
              "email/retail: invoice number repeated with amount")


def neg_years():
    return nc([(CU, [chatty("ive been a customer since %d and my car is a %d model" % (R.randint(1995, 2015), R.randint(2010, 2022))), emo()]),
               (AG, ["Thanks for %d years with us! Your renewal quote is £%d.%02d, %d%% less than last year." % (R.randint(5, 25), R.randint(200, 900), R.randint(0, 99), R.randint(3, 15))])],
              "chat/insurance: years, tenure, quote, percentage")


def neg_hold():
    return nc([(AG, ["sorry for the wait you're number " + R.choice(UNITS[2:]) + " in the queue the wait time is about " + R.choice(["fifteen", "twenty", "forty five"]) + " minutes"]),
               (CU, ["okay i've been on hold since half past two already"])],
              "call/utilities: queue position and durations")


def neg_booking():
    ref = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + digits(3)
    return nc([(CU, ["booking ref " + ref + " for 2 adults, room for %d nights from the %dth" % (R.randint(2, 9), R.randint(4, 28))]),
               (AG, ["Thanks, room %d is upgraded, checkout by 11:00. Total €%d.%02d." % (R.randint(100, 850), R.randint(200, 1500), R.randint(0, 99))])],
              "chat/travel: booking reference, room number, counts, amount")


def neg_parcel():
    return nc([(AG, ["your parcel weighs %d.%d kilos and the tracking number is %s" % (R.randint(1, 20), R.randint(0, 9), "TRK" + digits(8))]),
               (CU, ["ok it said delivery between %d and %d pm" % (R.randint(1, 3), R.randint(4, 6))])],
              "chat/retail: weight and tracking number with reference word")


def neg_spoken_amount():
    return nc([(CU, ["i paid " + R.choice(["four hundred and fifty", "two thousand and twenty", "one hundred ninety nine"]) + " pounds on the " + R.choice(ORD) + " and it still shows as owing"]),
               (AG, ["i can see the payment it'll show in two to three working days"])],
              "call/banking: spoken amount and payment date")


def neg_last4():
    return nc([(AG, ["Is that the card ending %s?" % digits(4)]),
               (CU, ["yes thats the one, exp was updated last month" + emo()])],
              "chat/retail: last four digits only (not a full card number)")


def neg_promo():
    return nc([(CU, [chatty("promo code SAVE%d didnt work, gift card balance shows £%d.%02d" % (R.choice([10, 15, 20, 25]), R.randint(5, 100), R.randint(0, 99))), emo()]),
               (AG, ["Sorry! That code ended on 30/09. I've added £%d credit to order #%s instead." % (R.randint(5, 15), digits(7, True))])],
              "chat/retail: promo code, gift card balance, expiry of an offer, order number")


def neg_version():
    return nc([(CU, ["app version %d.%d.%d on android %d, error code %d" % (R.randint(1, 12), R.randint(0, 30), R.randint(1000, 9999), R.randint(10, 15), R.randint(100, 599))]),
               (AG, ["Thanks, please update to %d.%d and clear the cache (about %d MB)." % (R.randint(12, 14), R.randint(0, 9), R.randint(50, 400))])],
              "chat/telecom: version numbers, error code, sizes")


NEG_TEMPLATES = [neg_promo, neg_version, neg_order, neg_price, neg_flight, neg_meter, neg_claim, neg_appt, neg_data, neg_ticket,
                 neg_balance, neg_model, neg_age_temp, neg_contract, neg_invoice, neg_years, neg_hold,
                 neg_booking, neg_parcel, neg_spoken_amount]

N_POS = 185
N_NEG = 108


def generate():
    R.seed(SEED)
    V._g[0] = 0
    cases, groups = [], []
    for i in range(N_POS):
        t = POS_TEMPLATES[i % len(POS_TEMPLATES)]
        case, gr = t()
        cases.append(dict([("id", "h267-pos-%03d" % (i + 1)), ("kind", "positive"), ("turns", case["turns"]),
                           ("spans", case["spans"]), ("note", case["note"])]))
        groups.append(gr)
    for i in range(N_NEG):
        t = NEG_TEMPLATES[i % len(NEG_TEMPLATES)]
        case, gr = t()
        cases.append(dict([("id", "h267-neg-%03d" % (i + 1)), ("kind", "negative"), ("turns", case["turns"]),
                           ("spans", []), ("note", case["note"])]))
        groups.append(gr)
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    return cases, groups, text


def counts(cases):
    c = Counter()
    for case in cases:
        for s in case["spans"]:
            c[s["type"]] += 1
    return c


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# PII hold-out set h267

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and changing the redactor to fix them invalidates it.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its docs or other fixture sets; it only saw
a three-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout267.py` (standard library only, one `random.Random`
seeded with %d) from template functions where each turn is assembled from
plain-text segments and labelled value segments, so offsets are computed,
never typed. `--check` regenerates the file, requires it to be byte-identical,
and checks ids, offsets, word boundaries, overlaps and validates each value
(Luhn for cards, mod-97 for IBANs, NI shape, 9-digit SSN, 6-digit sort code,
digit counts for CVV/phone/account, postcode shapes) after normalising
spoken forms.

About two thirds of the positive templates are typed channels (web chat, SMS,
e-mail bodies, social DMs) with messy typing: values split across messages,
typos around values, odd separators (`-`, `.`, `/`, double spaces,
non-breaking spaces), mixed case and emojis. The rest are call transcripts in
ASR style (lower case, digits as words, "oh"/"o"/"nought"/"zero", "double
seven", "triple two", pairs like "forty one", years like "nineteen eighty",
phonetic letters "b for bravo", homophones "to"/"for"/"ate"/"won", fillers
"um"/"er" inside readings, values over several turns with agent
back-channels, self-corrections, agent read-backs).

## Annotation conventions

* A span covers the value only, not the lead-in words ("my card is",
  "sort code", "cvv"). Separators and spoken filler words *inside* a reading
  are inside the span. Spans start and end on a letter/digit: a leading
  `+` or `(` of a phone number and trailing punctuation are outside the span
  (so `(0161) 310 4141` is labelled from `0161`).
* A value split over several turns/messages gets one span per fragment, all
  with the same type.
* Self-corrections: both the wrong and the corrected value are labelled.
  Agent read-backs are labelled too.
* ADDRESS is the street line: optional flat/apt, house number and street name
  with its suffix. Town/city and state are not labelled; postcode/ZIP/Eircode
  is a separate POSTCODE span.
* EXPIRY and CVV are labelled only in payment context; a card's "last four"
  alone is not labelled (nor in negatives).
* DOB is the whole date expression, including "the ... of ..." when spoken.
* Negatives have no spans: amounts, prices, times, durations, counts,
  quantities, years, percentages, non-birth dates, order/ticket/claim/
  invoice/tracking references (with their reference words), flight and room
  numbers, model/firmware numbers, meter readings, speeds, ages,
  temperatures, balances.
* Irish Eircodes are labelled POSTCODE.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def check(cases, groups, text):
    errs = []
    with open(CASES, encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != text:
        errs.append("cases.jsonl differs from regenerated output")
    with open(README, encoding="utf-8") as f:
        if f.read() != readme(cases):
            errs.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c, gr in zip(cases, groups):
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + ": positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append(c["id"] + ": bad speaker")
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (c["id"], s["type"]))
            if not 0 <= s["turn"] < len(c["turns"]):
                errs.append(c["id"] + ": turn out of range")
                continue
            tx = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                errs.append("%s: offsets out of range" % c["id"])
                continue
            if st > 0 and tx[st - 1].isalnum() or en < len(tx) and tx[en].isalnum():
                errs.append("%s: span %r not on word boundary" % (c["id"], tx[st:en]))
            if not tx[st].isalnum() or not tx[en - 1].isalnum():
                errs.append("%s: span %r has edge whitespace/punct" % (c["id"], tx[st:en]))
            by_turn.setdefault(s["turn"], []).append((st, en))
        for spans in by_turn.values():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                if b[0] < a[1]:
                    errs.append(c["id"] + ": overlapping spans")
        for typ, parts in gr:
            e = validate(typ, parts)
            if e:
                errs.append("%s: %s" % (c["id"], e))
    cnt = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        errs.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("type %s has %d spans < %d" % (t, cnt[t], need))
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for e in errs:
        print("ERROR:", e)
    print("check: %s (%d problems)" % ("OK" if not errs else "FAILED", len(errs)))
    return 1 if errs else 0


def main():
    cases, groups, text = generate()
    if "--check" in sys.argv[1:]:
        sys.exit(check(cases, groups, text))
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(cases))
    c = counts(cases)
    print("wrote %d cases; %s" % (len(cases), ", ".join("%s=%d" % (t, c[t]) for t in TYPES)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout513 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) without sight of the redaction
engine.  Standard library only; one RNG: random.Random(513241125).

    python scripts/make_pii_holdout513.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout513.py --check  # regenerate + validate
"""
import argparse
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout513", "cases.jsonl")
SEED = 513241125

# ----------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NUMW = {w: i for i, w in enumerate(UNITS)}
NUMW.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
TEENW = {w: 10 + i for i, w in enumerate(TEENS)}
TENW = {v: k for k, v in TENS.items()}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "ah", "hmm", "like", "then", "yeah", "so", "sorry"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward", "f": "freddie",
        "g": "george", "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mother",
        "n": "nellie", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
        "x": "x-ray", "y": "yellow", "z": "zebra"}
KNOWN = set(NUMW) | set(TEENW) | set(TENW) | FILLERS | {"double", "triple", "for", "plus", "hundred",
                                                         "and", "as", "in", "at", "dot"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
STREET_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "close", "drive", "dr",
                "way", "crescent", "terrace", "place", "court", "gardens", "grove", "boulevard",
                "blvd", "hill", "park", "row", "kingsway", "parade", "mews"}


def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_mod97(s):
    s = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in s)
    return int(n) % 97


def make_iban(cc, bban):
    tmp = bban + cc + "00"
    n = "".join(str(int(ch, 36)) for ch in tmp)
    chk = 98 - int(n) % 97
    return cc + "%02d" % chk + bban


# ----------------------------------------------------------- normalising
def _unit(t, letters):
    if letters and t == "o":
        return None
    return NUMW.get(t)


def _pnum(toks, i, letters):
    t = toks[i]
    nx = toks[i + 1] if i + 1 < len(toks) else None
    u = _unit(t, letters)
    if u is not None:
        if nx == "hundred":
            j = i + 2
            rest = "00"
            if j < len(toks) and toks[j] == "and":
                r = _pnum(toks, j + 1, letters)
                if r:
                    rest = r[0].zfill(2)
                    j = j + 1 + r[1]
            return str(u) + rest, j - i
        return str(u), 1
    if t in TEENW:
        return str(TEENW[t]), 1
    if t in TENW:
        if nx is not None and _unit(nx, letters) not in (None, 0):
            return str(TENW[t] * 10 + _unit(nx, letters)), 2
        return str(TENW[t] * 10), 1
    return None


def _letter(toks, i):
    t = toks[i]
    if len(t) == 1 and t.isalpha():
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if nx == "for" and i + 2 < len(toks):
            return t.upper(), 3
        if nx == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            return t.upper(), 4
        return t.upper(), 1
    return None


def norm_chars(s, letters=False):
    """Spoken or typed value -> canonical characters (digits, +, and letters when asked)."""
    toks = re.findall(r"[a-z]+|\d+|\+", s.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in ("+", "plus"):
            out.append("+"); i += 1; continue
        if t in FILLERS:
            i += 1; continue
        if t in ("double", "triple"):
            n = 2 if t == "double" else 3
            r = _pnum(toks, i + 1, letters) if i + 1 < len(toks) else None
            if r and len(r[0]) == 1:
                out.append(r[0] * n); i += 1 + r[1]; continue
            r = _letter(toks, i + 1) if letters and i + 1 < len(toks) else None
            if r:
                out.append(r[0] * n); i += 1 + r[1]; continue
            raise ValueError("bad double in %r" % s)
        r = _pnum(toks, i, letters)
        if r:
            out.append(r[0]); i += r[1]; continue
        if letters:
            r = _letter(toks, i)
            if r:
                out.append(r[0]); i += r[1]; continue
            if t.isalpha():
                out.append(t.upper()); i += 1; continue
        raise ValueError("unknown token %r in %r" % (t, s))
    return "".join(out)


def norm_email(s):
    if "@" in s:
        return s.strip().lower()
    toks = re.findall(r"[a-z]+|\d+", s.lower())
    out = []
    i = 0
    sym = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    while i < len(toks):
        t = toks[i]
        if t in sym:
            out.append(sym[t]); i += 1; continue
        if t in FILLERS:
            i += 1; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t not in ("oh", "o"):
            r = _pnum(toks, i, True)
            if r:
                out.append(r[0]); i += r[1]; continue
        r = _letter(toks, i)
        if r:
            out.append(r[0].lower()); i += r[1]; continue
        out.append(t); i += 1
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def _numberish(toks):
    return sum(1 for t in toks if t.isdigit() or t in NUMW or t in TEENW or t in TENW
               or re.match(r"^\d+(st|nd|rd|th)$", t) or t.endswith("th") or t in
               ("first", "second", "third", "twentieth", "thirtieth"))


def validate(typ, text, partial):
    """Return None if ok, else an error string."""
    try:
        if typ == "EMAIL":
            v = norm_email(text)
            return None if EMAIL_RE.match(v) else "bad email %r" % v
        if typ in ("DOB", "EXPIRY"):
            toks = re.findall(r"[a-z]+|\d+", text.lower())
            has_month = any(t in MONTHS or t[:3] in [m[:3] for m in MONTHS] for t in toks if t.isalpha())
            n = _numberish(toks)
            if (has_month and n >= 1) or n >= 2 or any(len(t) >= 4 and t.isdigit() for t in toks):
                return None
            return "bad date %r" % text
        if typ == "ADDRESS":
            toks = re.findall(r"[a-z]+|\d+", text.lower())
            if _numberish(toks) and any(t in STREET_WORDS for t in toks):
                return None
            return "bad address %r" % text
        letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
        v = norm_chars(text, letters=letters)
        if partial:
            return None if v and v.replace("+", "").isalnum() else "bad partial %r" % v
        if typ == "CARD_NUMBER":
            ok = v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
        elif typ == "CVV":
            ok = v.isdigit() and len(v) in (3, 4)
        elif typ == "SSN":
            ok = v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
        elif typ == "SORT_CODE":
            ok = v.isdigit() and len(v) == 6
        elif typ == "BANK_ACCOUNT":
            ok = v.isdigit() and 6 <= len(v) <= 17
        elif typ == "IBAN":
            ok = bool(re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$", v)) and iban_mod97(v) == 1
        elif typ == "NI_NUMBER":
            ok = bool(NI_RE.match(v))
        elif typ == "PHONE":
            d = v.replace("+", "")
            ok = d.isdigit() and 10 <= len(d) <= 15 and v.count("+") <= 1
        elif typ == "POSTCODE":
            ok = bool(UKPC_RE.match(v) or ZIP_RE.match(v))
        else:
            return "unknown type"
        return None if ok else "bad %s %r (from %r)" % (typ, v, text)
    except ValueError as e:
        return str(e)


# ------------------------------------------------------------ rendering
R = None  # the single RNG, set in generate()


def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


def zero_word(ls=False):
    return ch(["oh", "oh", "oh", "zero", "zero", "nought"] + ([] if ls else ["o"]))


def say_single(ds, ls=False, rep=True):
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        j = i
        while j < len(ds) and ds[j] == d:
            j += 1
        run = j - i
        w = zero_word(ls) if d == "0" else UNITS[int(d)]
        if rep and run >= 3 and p(0.5):
            out.append("triple " + w); i += 3; continue
        if rep and run >= 2 and p(0.5):
            out.append("double " + w); i += 2; continue
        out.append(w); i += 1
    return " ".join(out)


def say_pair(pr, ls=False):
    a, b = int(pr[0]), int(pr[1])
    if a == 0 or b == 0 and a != 1:
        return say_single(pr, ls)
    if a == 1:
        return TEENS[b]
    return TENS[a] + ch([" ", "-"]) + UNITS[b]


def say_hundred(t, ls=False):
    if t[0] == "0" or (t[1] not in "01" and t[2] == "0"):
        return say_single(t, ls)
    h = UNITS[int(t[0])] + " hundred"
    if t[1:] == "00":
        return h
    if t[1] == "0":
        return h + " and " + UNITS[int(t[2])]
    return h + " and " + say_pair(t[1:], ls)


def say_chunk(ds, style=None, ls=False):
    style = style or ch(["single", "single", "single", "pairs", "hundreds"])
    if style == "pairs" and len(ds) % 2 == 0:
        return " ".join(say_pair(ds[i:i + 2], ls) for i in range(0, len(ds), 2))
    if style == "pairs" and len(ds) == 3:
        return say_single(ds[0], ls) + " " + say_pair(ds[1:], ls)
    if style == "hundreds" and len(ds) == 3:
        return say_hundred(ds, ls)
    if style == "hundreds" and len(ds) == 4:
        return say_hundred(ds[:3], ls) + " " + say_single(ds[3], ls)
    return say_single(ds, ls)


def spoken_join(parts, filler=0.25):
    out = parts[0]
    for x in parts[1:]:
        sep = ch([" ", " ", ", ", "... "])
        if p(filler):
            sep = ch([" um ", " uh ", ", er, ", "... erm ", " uh, "])
        out += sep + x
    return out


def split_groups(ds, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(ds[i:i + s]); i += s
    return out


def say_letter(c, mode=None):
    c = c.lower()
    mode = mode or ch(["plain", "plain", "nato", "folk", "asin"])
    if mode == "nato":
        return "%s for %s" % (c, NATO[c])
    if mode == "folk" and c in FOLK:
        return "%s for %s" % (c, FOLK[c])
    if mode == "asin":
        return "%s as in %s" % (c, FOLK.get(c, NATO[c]))
    return c


# ------------------------------------------------------------ values
def gen_card():
    k = ch(["v16"] * 6 + ["mc"] * 4 + ["amex"] * 2 + ["v13", "m19", "disc", "v19"])
    if k == "v16":
        pre, n = "4" + ch(["539", "929", "716", "485", "000", "111"]), 16
    elif k == "v13":
        pre, n = "4", 13
    elif k == "v19":
        pre, n = "4", 19
    elif k == "mc":
        pre, n = ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif k == "amex":
        pre, n = ch(["34", "37"]), 15
    elif k == "m19":
        pre, n = ch(["6759", "6761", "5018"]), 19
    else:
        pre, n = "6011", 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - 1 - len(pre)))
    return luhn_complete(body)


def card_sizes(n):
    return {13: [4, 4, 5], 15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[n]


def typed_digits(ds, sizes, case_odd=True):
    st = ch(["sp", "sp", "dash", "none", "dot", "odd", "sp2"])
    if st == "none":
        return ds
    if st == "odd" and case_odd:
        cuts = sorted(R.sample(range(2, len(ds) - 1), max(1, len(sizes) - 1)))
        parts, last = [], 0
        for c in cuts:
            parts.append(ds[last:c]); last = c
        parts.append(ds[last:])
        return " ".join(parts)
    sep = {"sp": " ", "dash": "-", "dot": ".", "sp2": "  ", "odd": " "}[st]
    return sep.join(split_groups(ds, sizes))


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        pre = ch(NI_FIRST) + ch(NI_SECOND)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and pre.lower() not in KNOWN:
            break
    return pre + "".join(str(R.randint(0, 9)) for _ in range(6)) + ch("ABCD")


def typed_ni(v):
    st = ch(["compact", "spaced", "spaced", "lower", "mixed", "dash"])
    if st == "compact":
        return v
    if st == "spaced":
        return "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    if st == "lower":
        return v.lower()
    if st == "dash":
        return "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    return v[:2].lower() + v[2:8] + v[8].upper()


def spoken_ni(v):
    lm = ch(["plain", "nato", "folk", "mixed"])
    lets = lambda cs: " ".join(say_letter(c, None if lm == "mixed" else lm) for c in cs)
    pre = lets(v[:2]) if not (v[0] == v[1] and p(0.6)) else "double " + say_letter(v[0], "plain")
    digs = ch(["pairs", "single", "mixed"])
    if digs == "pairs":
        d = " ".join(say_pair(v[i:i + 2], True) for i in (2, 4, 6))
    elif digs == "single":
        d = say_single(v[2:8], True)
    else:
        d = say_single(v[2:5], True) + ch([" ", ", ", " um "]) + say_single(v[5:8], True)
    return pre + ch([" ", ", ", " "]) + d + ch([" ", ", ", " and then "]).replace(" and then ", " then ") + lets(v[8])


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "M", "B", "L", "LS", "G", "CF", "BS", "BT", "NE",
            "S", "DH", "CB", "RG", "GU", "KT", "TW", "HA", "UB", "EN", "IG", "RM", "DA", "BR", "CR",
            "SM", "LE", "NG", "DE", "ST", "WV", "CV", "MK", "LU", "AL", "SG", "HP", "SL", "BN", "EX"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc():
    while True:
        a = ch(UK_AREAS)
        d = str(R.randint(1, 29)) if len(a) == 2 else str(R.randint(1, 20))
        if a in ("SW", "EC") and p(0.3):
            d = str(R.randint(1, 9)) + ch("ABCHPVWY")
        inw = str(R.randint(0, 9)) + ch(INWARD) + ch(INWARD)
        if inw[1:].lower() not in KNOWN and a.lower() not in KNOWN:
            return a + d, inw


def typed_ukpc(out, inw):
    st = ch(["std", "std", "lower", "nospace"])
    if st == "lower":
        return (out + " " + inw).lower()
    if st == "nospace":
        return out + inw
    return out + " " + inw


def spoken_ukpc(out, inw):
    lm = ch(["plain", "plain", "nato", "folk"])
    parts = []
    for c in out:
        parts.append(say_letter(c, lm) if c.isalpha() else c)
    o = " ".join(parts)
    o = re.sub(r"(\d) (\d)", r"\1\2", o)  # keep two-digit districts together then verbalise
    o = re.sub(r"\d+", lambda m: say_pair(m.group()) if len(m.group()) == 2 else UNITS[int(m.group())], o)
    i = say_single(inw[0], True) + " " + " ".join(say_letter(c, lm) for c in inw[1:])
    return o + ch([", ", " ", " ... "]) + i


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if p(0.25):
        z += "%04d" % R.randint(1, 9999)
    return z


def typed_zip(z):
    return z if len(z) == 5 else z[:5] + "-" + z[5:]


def gen_phone(country=None):
    c = country or ch(["UK", "UK", "US", "US", "IE", "DE", "FR"])
    if c == "UK":
        nat = "07" + ch(["7", "8", "9", "4"]) + "".join(str(R.randint(0, 9)) for _ in range(8))
        if p(0.3):
            nat = "0" + ch(["20", "161", "121", "113"]) + "".join(str(R.randint(0, 9)) for _ in range(11 - 1 - 3))
            nat = nat[:11]
        return c, "44", nat
    if c == "US":
        nat = str(R.randint(2, 9)) + "%02d" % R.randint(0, 99) + str(R.randint(2, 9)) + "".join(
            str(R.randint(0, 9)) for _ in range(6))
        return c, "1", nat
    if c == "IE":
        return c, "353", "08" + ch("35679") + "".join(str(R.randint(0, 9)) for _ in range(7))
    if c == "DE":
        return c, "49", "01" + ch(["51", "52", "60", "70", "76"]) + "".join(str(R.randint(0, 9)) for _ in range(7))
    return c, "33", "0" + ch("67") + "".join(str(R.randint(0, 9)) for _ in range(8))


def typed_phone(c, cc, nat):
    intl = p(0.45)
    if c == "US":
        if intl:
            return ch(["+1 %s %s %s", "+1-%s-%s-%s", "1 (%s) %s-%s"]) % (nat[:3], nat[3:6], nat[6:])
        return ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (nat[:3], nat[3:6], nat[6:])
    if intl:
        rest = nat[1:]
        return ch(["+%s %s %s", "+%s %s%s", "00%s %s %s", "+%s (0)%s %s"]) % (cc, rest[:4], rest[4:]) \
            if True else None
    if c == "UK":
        return ch(["%s %s", "%s-%s", "%s%s"]) % (nat[:5], nat[5:])
    return ch(["%s %s %s", "%s%s%s"]) % (nat[:3], nat[3:6], nat[6:])


def spoken_phone(c, cc, nat):
    intl = p(0.4)
    if c == "US":
        groups = [nat[:3], nat[3:6], nat[6:]]
        s = spoken_join([say_chunk(g) for g in groups], 0.2)
        return ("one " + s) if intl and p(0.5) else s
    if intl:
        pre = "plus " + say_chunk(cc, ch(["single", "pairs"]))
        rest = nat[1:]
        return pre + " " + spoken_join([say_chunk(rest[:4]), say_chunk(rest[4:7]), say_chunk(rest[7:])], 0.2)
    return spoken_join([say_chunk(nat[:5], "single"), say_chunk(nat[5:8]), say_chunk(nat[8:])], 0.2)


FIRST = ["james", "sarah", "mohammed", "aoife", "li", "priya", "tom", "grace", "oluwaseun", "niamh",
         "daniel", "fatima", "kevin", "maria", "connor", "zainab", "elena", "dave", "siobhan", "raj"]
LAST = ["okafor", "smith", "murphy", "patel", "oconnor", "nguyen", "kowalski", "brennan", "jones",
        "garcia", "walsh", "khan", "fischer", "dubois", "hughes", "reilly", "thompson", "ahmed"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("proton", "me"),
           ("web", "de"), ("orange", "fr")]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    d, tld = ch(DOMAINS)
    st = ch(["f.l", "fl", "f_l", "fl99", "fi.l", "lf"])
    num = str(R.randint(1, 99)) if st == "fl99" else ""
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl99": f + l + num,
             "fi.l": f[0] + "." + l, "lf": l + "." + f}[st]
    return local, d, tld


def typed_email(local, d, tld):
    e = local + "@" + d + "." + tld
    st = ch(["lower", "lower", "cap", "upper"])
    if st == "cap":
        e = ".".join(x[:1].upper() + x[1:] for x in e.split("."))
    elif st == "upper":
        e = e.upper()
    return e


def spoken_email(local, d, tld):
    def sp(part):
        out = []
        for seg in re.findall(r"[a-z]+|\d+|[._]", part):
            if seg == ".":
                out.append("dot")
            elif seg == "_":
                out.append("underscore")
            elif seg.isdigit():
                out.append(say_pair(seg) if len(seg) == 2 else UNITS[int(seg)])
            elif len(seg) == 1:
                out.append(seg)
            elif len(seg) > 5 and p(0.35):
                out.append(seg + ", " + " ".join(say_letter(c, ch(["plain", "nato"])) for c in seg[:3]) + "...")
                out[-1] = seg  # keep the spelled hint outside: simpler, ASR just hears the word
            else:
                out.append(seg)
        return " ".join(out)
    return sp(local) + ch([" at ", " at ", " uh at "]) + d + " dot " + tld.replace(".", " dot ")


def gen_dob():
    y = R.randint(1938, 2006)
    m = R.randint(1, 12)
    dd = R.randint(1, 28)
    return dd, m, y


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


ORDW = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
        8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
        14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
        19: "nineteenth", 20: "twentieth"}


def ord_words(n):
    if n <= 20:
        return ORDW[n]
    return TENS[n // 10] + ("-" + ORDW[n % 10] if n % 10 else "")


def say_year(y):
    if y < 2000:
        return "nineteen " + say_pair(str(y)[2:]) if y % 100 >= 10 else "nineteen oh " + UNITS[y % 10]
    return ch(["two thousand and ", "two thousand "]) + UNITS[y % 10] if y < 2010 else "twenty " + say_pair(str(y)[2:])


def typed_dob(dd, m, y, us=False):
    st = ch(["slash", "slash", "dash", "long", "short", "iso", "monthfirst"])
    if st == "slash":
        return ("%02d/%02d/%d" % (m, dd, y)) if us else ("%02d/%02d/%d" % (dd, m, y))
    if st == "dash":
        return "%d-%d-%d" % ((m, dd, y) if us else (dd, m, y))
    if st == "long":
        return "%s %s %d" % (ordinal(dd), MONTHS[m - 1].capitalize(), y)
    if st == "short":
        return "%d %s %d" % (dd, MONTHS[m - 1][:3].capitalize(), y)
    if st == "iso":
        return "%d-%02d-%02d" % (y, m, dd)
    return "%s %d, %d" % (MONTHS[m - 1].capitalize(), dd, y)


def spoken_dob(dd, m, y):
    st = ch(["uk", "uk", "us", "digits", "ofthe"])
    if st == "uk":
        return "%s of %s %s" % (ord_words(dd), MONTHS[m - 1], say_year(y))
    if st == "us":
        return "%s %s %s" % (MONTHS[m - 1], ord_words(dd), say_year(y))
    if st == "digits":
        return spoken_join([say_chunk("%02d" % dd, "single", True), say_chunk("%02d" % m, "single", True),
                            say_chunk(str(y)[2:], "pairs", True)], 0.15)
    return "%s of the %s %s" % (ord_words(dd), ord_words(m), say_pair(str(y)[2:]))


def gen_exp():
    return R.randint(1, 12), R.randint(25, 31)


def typed_exp(m, y):
    return ch(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d / %02d", "%d/%02d"]) % (m, y)


def spoken_exp(m, y):
    st = ch(["digits", "month", "endof", "pairs"])
    if st == "digits":
        return say_single("%02d" % m) + ch([" ", " slash ", ", "]) + say_pair("%02d" % y)
    if st == "month":
        return "%s twenty %s" % (MONTHS[m - 1], say_pair("%02d" % y))
    if st == "endof":
        return "%s %s" % (MONTHS[m - 1], ch(["twenty ", "two thousand and "]) + say_pair("%02d" % y))
    return say_single("%02d" % m) + " " + say_pair("%02d" % y)


STREETS = ["Elm Road", "Station Road", "Church Lane", "Victoria Street", "Kingsway", "Maple Avenue",
           "Oak Close", "Park Drive", "Mill Lane", "Orchard Way", "Windsor Crescent", "Albert Terrace",
           "Dunmore Place", "Ashgrove Court", "Beech Gardens", "Harbour View Road", "Main Street",
           "Sycamore Grove", "Clarendon Row", "Lakeshore Drive", "Pine Street", "Maple Ave",
           "Willow Mews", "Fairview Parade", "Castle Hill"]
US_STREETS = ["W Addison St", "Oak Street", "Sunset Blvd", "Maple Ave", "Pine Street", "Lakeshore Drive",
              "Elm St", "Washington Avenue", "Cedar Lane", "N Main St"]
TOWNS_UK = ["Leeds", "Croydon", "Bristol", "Manchester", "Reading", "Glasgow", "Cardiff", "Belfast",
            "Nottingham", "Brighton"]
TOWNS_IE = ["Cork", "Galway", "Dublin 8", "Limerick", "Sligo"]
TOWNS_US = ["Chicago, IL", "Austin, Texas", "Portland, Oregon", "Columbus, OH", "Tampa, Florida"]


def gen_address(us=False, spoken=False):
    n = R.randint(1, 240) if not us else R.randint(100, 9800)
    st = ch(US_STREETS if us else STREETS)
    flat = (not us) and p(0.3)
    apt = us and p(0.25)
    if spoken:
        st2 = re.sub(r"\bst$", "street", st.lower())
        st2 = re.sub(r"\bave$", "avenue", st2).replace(" blvd", " boulevard")
        st2 = re.sub(r"^w ", "west ", st2).replace("n main", "north main")
        if n >= 100:
            num = say_chunk(str(n), ch(["pairs", "hundreds", "single"]))
        else:
            num = say_pair("%02d" % n) if n >= 10 else UNITS[n]
        base = num + " " + st2
        if flat:
            base = "flat " + UNITS[R.randint(1, 9)] + ", " + base
        if apt:
            base = base + " apartment " + UNITS[R.randint(1, 9)] + ch(["b", "c"])
        return base
    base = "%d %s" % (n, st)
    if flat:
        base = ch(["Flat %d, ", "flat %d ", "Apt %d, "]) % R.randint(1, 30) + base
    if apt:
        base = base + ch([", Apt %d", " #%d", " Unit %d"]) % R.randint(2, 40)
    return base


def gen_uk_bank():
    return "".join(str(R.randint(0, 9)) for _ in range(6)), "".join(str(R.randint(0, 9)) for _ in range(8))


def typed_sort(s):
    return ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s"]) % (s[:2], s[2:4], s[4:])


def spoken_sort(s):
    st = ch(["pairs", "single", "mixed"])
    if st == "pairs":
        return spoken_join([say_pair(s[i:i + 2]) for i in (0, 2, 4)], 0.1)
    if st == "single":
        return spoken_join([say_single(s[i:i + 2]) for i in (0, 2, 4)], 0.1)
    return say_single(s[:2]) + " " + say_pair(s[2:4]) + " " + say_single(s[4:])


def gen_iban():
    cc = ch(["GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    while True:
        bank = "".join(ch("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4))
        if bank.lower() not in KNOWN:
            break
    bban = {"GB": bank + dg(14), "IE": bank + dg(14), "DE": dg(18), "FR": dg(23),
            "NL": bank + dg(10), "ES": dg(20)}[cc]
    return make_iban(cc, bban)


def typed_iban(v):
    st = ch(["groups", "groups", "compact", "lower"])
    g = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return {"groups": g, "compact": v, "lower": g.lower()}[st]


def spoken_iban(v):
    parts = []
    for i in range(0, len(v), 4):
        grp = v[i:i + 4]
        toks = []
        for m in re.finditer(r"[A-Z]+|\d+", grp):
            s = m.group()
            if s.isalpha():
                toks.append(" ".join(say_letter(c, ch(["plain", "plain", "nato"])) for c in s))
            else:
                toks.append(say_chunk(s, ch(["single", "pairs"]), ls=True))
        parts.append(" ".join(toks))
    return spoken_join(parts, 0.12)


# ------------------------------------------------------------ case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns, self.g = kind, note, [], 0

    def gid(self):
        self.g += 1
        return self.g

    def t(self, spk, *segs):
        self.turns.append((spk, [s for s in segs if s != ""]))
        return self


def V(text, typ, gid, partial=False):
    return ("V", text, typ, gid, partial)


def render(case, cid):
    turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(case.turns):
        txt = ""
        for s in segs:
            if isinstance(s, tuple):
                _, v, typ, g, partial = s
                m = re.match(r"^([^0-9A-Za-z]*)(.*?)([^0-9A-Za-z]*)$", v, re.S)
                txt += m.group(1)
                v = m.group(2)
                spans.append({"turn": ti, "start": len(txt), "end": len(txt) + len(v), "type": typ})
                groups.setdefault(g, [typ, partial, []])[2].append(len(spans) - 1)
                txt += v + m.group(3)
            else:
                txt += s
        turns.append({"speaker": spk, "text": txt})
    rec = {"id": cid, "kind": case.kind, "turns": turns, "spans": spans, "note": case.note}
    return rec, groups


# ------------------------------------------------------------ contexts
INDUSTRIES = {
    "banking": ["Northway Bank", "Harbour Building Society", "First Lakeside Credit Union"],
    "telecom": ["Volta Mobile", "Skylink Broadband", "Eirnet Fibre"],
    "utilities": ["Brightwater Energy", "Castle Gas & Power", "Clearflow Water"],
    "retail": ["Hollis & Grey", "ShopRight Online", "Packwell Home"],
    "insurance": ["Guardline Insurance", "Meridian Motor Cover", "Hearth Home Insurance"],
    "travel": ["AerNova Airlines", "Wayfarer Holidays", "Coastline Rail"],
    "healthcare billing": ["St Brendan's Billing Office", "MedPay Patient Accounts", "Clearview Dental"],
    "government services": ["the Benefits Helpline", "the Vehicle Licensing Office", "the Revenue Service helpline"],
}


def ctx():
    ind = ch(list(INDUSTRIES))
    return ind, ch(INDUSTRIES[ind])


def greet(org):
    return ch(["thank you for calling %s, how can I help?", "hi you're through to %s, what can I do for you today",
               "%s, you're speaking with Dee, how can I help", "Hello and welcome to %s chat. How can I help?",
               "good afternoon %s this is Marcus speaking"]) % org


BACK = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yes go ahead", "got that", "okay and the rest?", "mm-hm"]
ASIDES = ["hang on the dog's barking", "sorry let me find my glasses", "one sec it's in my other bag",
          "sorry my kid is shouting", "wait the bus is going past", "hold on i dropped it"]


def back():
    return ch(BACK)


# -------------------------------------------------- dangerous distractors
def rand_digits(n):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def d_order_card(asr):
    num = luhn_complete(rand_digits(15)) if p(0.6) else rand_digits(16)
    lab = ch(["order number", "order reference", "tracking number", "booking reference", "transaction reference",
              "serial number on the card reader", "gift voucher batch number", "invoice number", "claim reference"])
    if asr:
        v = spoken_join([say_chunk(g) for g in split_groups(num, [4, 4, 4, 4])], 0.2)
        return ch(["i paid by card but the %s is %s", "the %s, not my card number, is %s",
                   "it was on my visa, %s %s", "right and the %s, that's %s"]) % (lab, v)
    v = typed_digits(num, [4, 4, 4, 4])
    return ch(["Paid with my card. %s: %s", "%s %s (the one on the card receipt)", "The %s is %s, I paid by card"]) % (
        lab.capitalize(), v) if p(0.7) else "The %s is %s, I paid by card" % (lab, v)


def d_last4(asr):
    l4 = rand_digits(4)
    if asr:
        return ch(["it's the card ending %s", "the one ending in %s", "last four digits are %s",
                   "my debit card ending %s"]) % say_chunk(l4, ch(["single", "pairs"]))
    return ch(["card ending %s", "the Visa ending in %s", "last 4: %s", "card ****%s", "xxxx-xxxx-xxxx-%s"]) % l4


def d_claim_ssn(asr):
    v = rand_digits(9)
    lab = ch(["claim number", "case number", "member ID", "ticket number", "reference", "confirmation number",
              "policy number", "group number"])
    if asr:
        return ch(["the %s is %s", "%s, %s"]) % (lab, spoken_join([say_chunk(v[:3]), say_chunk(v[3:5]),
                                                                   say_chunk(v[5:])], 0.15))
    return "%s: %s" % (lab.capitalize(), ch(["%s-%s-%s", "%s %s %s"]) % (v[:3], v[3:5], v[5:]))


def d_policy_ni(asr):
    pre = ch(["PL", "HX", "MC", "TR", "GH", "WK", "RB"])
    v = pre + rand_digits(6) + ch("ABCDEFK")
    lab = ch(["policy number", "membership number", "vehicle policy reference", "staff ID", "booking code",
              "permit number"])
    if asr:
        sv = " ".join(say_letter(c, ch(["plain", "nato"])) for c in pre) + " " + " ".join(
            say_pair(v[i:i + 2]) for i in (2, 4, 6)) + " " + say_letter(v[8], "plain")
        return "my %s is %s" % (lab, sv)
    return "%s %s %s %s %s" % (lab.capitalize() + ":", v[:2], v[2:4] + " " + v[4:6], v[6:8], v[8])


def d_sortlike(asr):
    v = rand_digits(6)
    lab = ch(["the meter reading", "reference", "the payment reference", "ticket", "job number", "the room code"])
    if asr:
        return "%s is %s" % (lab, spoken_join([say_pair(v[i:i + 2]) for i in (0, 2, 4)], 0.1))
    return "%s: %s-%s-%s" % (lab.capitalize(), v[:2], v[2:4], v[4:])


def d_misc(asr):
    opts = [
        lambda: "the balance is %s" % (("four thousand two hundred and sixty pounds fifteen" if asr else "£4,260.15")),
        lambda: "i'm %d years old" % R.randint(19, 88),
        lambda: ch(["we're open eight till eight monday to friday", "Opening hours 9am-5:30pm, Sat 10-4"]),
        lambda: "the payment date is the %s of %s" % (ordinal(R.randint(1, 28)), ch(MONTHS).capitalize()),
        lambda: "your appointment is %s at %s" % (ch(["Tuesday 14 May 2024", "next thursday"]), ch(["10:45", "half two"])),
        lambda: "that'll take %d working days" % R.randint(3, 14),
        lambda: "flight %s %d, seat %d%s, gate %d" % (ch(["BA", "EI", "FR", "UA"]), R.randint(100, 9999),
                                                      R.randint(1, 40), ch("ABCDEF"), R.randint(1, 60)),
        lambda: "room %d" % R.randint(100, 1999),
        lambda: "it's about %d percent more than last year" % R.randint(2, 60),
        lambda: "the heating is set to %d degrees" % R.randint(16, 24),
        lambda: "the van broke down on the %s" % ch(["A406", "M25", "N11", "I-95", "Route 66", "M50 near junction 9"]),
        lambda: "contract ends %02d/%02d" % (R.randint(1, 12), R.randint(25, 29)),
        lambda: "meter reading %05d" % R.randint(100, 99999),
        lambda: "model number %s-%d" % (ch(["KX", "TV", "SM"]), R.randint(1000, 99999)),
        lambda: "since %d" % R.randint(1995, 2023),
        lambda: "the bill was %s" % ("one hundred and twelve forty" if asr else "$112.40"),
        lambda: "my direct debit is %d a month" % R.randint(20, 140),
    ]
    return ch(opts)()


DANGER = [d_order_card, d_order_card, d_last4, d_claim_ssn, d_claim_ssn, d_policy_ni, d_policy_ni, d_sortlike]


def distractor(asr, dangerous=0.75, no_last4=False):
    pool = [f for f in DANGER if not (no_last4 and f is d_last4)]
    return ch(pool)(asr) if p(dangerous) else d_misc(asr)


# ------------------------------------------------------------ positives
def pos_card(cs, asr, org):
    num = gen_card()
    g = cs.gid()
    sizes = card_sizes(len(num))
    groups = split_groups(num, sizes)
    mode = ch(["split", "split", "one", "aside", "restart"]) if asr else "typed"
    cs.t("agent", "can I take the long number across the front of the card please" if asr else
         "Please type the card number you'd like to pay with.")
    if mode == "typed":
        lab = ch(["", "card no: ", "Card number - ", "cc ", "its ", "Card: "])
        cs.t("customer", lab, V(typed_digits(num, sizes), "CARD_NUMBER", g),
             ch(["", " thx", ". Payment of £%d.%02d please" % (R.randint(5, 900), R.randint(0, 99))]))
    elif mode == "one":
        cs.t("customer", ch(["yeah it's ", "ok so ", "right, ", ""]),
             V(spoken_join([say_chunk(x) for x in groups]), "CARD_NUMBER", g))
    elif mode == "split":
        k = R.randint(2, len(groups))
        cuts = sorted(R.sample(range(1, len(groups)), k - 1))
        chunks, last = [], 0
        for c in cuts + [len(groups)]:
            chunks.append(groups[last:c]); last = c
        for i, chk in enumerate(chunks):
            pre = ch(["it's ", "ok ", "", "um right ", ""]) if i == 0 else ch(["", "", "then ", "and "])
            cs.t("customer", pre, V(spoken_join([say_chunk(x) for x in chk]), "CARD_NUMBER", g))
            if i < len(chunks) - 1:
                cs.t("agent", back())
    elif mode == "aside":
        h = len(groups) // 2
        cs.t("customer", "yeah ", V(spoken_join([say_chunk(x) for x in groups[:h]]), "CARD_NUMBER", g),
             ", " + ch(ASIDES) + ", ", V(spoken_join([say_chunk(x) for x in groups[h:]]), "CARD_NUMBER", g))
    else:  # restart
        ga = cs.gid()
        cs.t("customer", "it's ", V(say_chunk(groups[0]), "CARD_NUMBER", ga, True),
             ch([" no wait that's my old card. ", "... sorry, let me start again. ", " hang on, wrong card. "]),
             "okay it's ", V(spoken_join([say_chunk(x) for x in groups]), "CARD_NUMBER", g))
    # read-back
    if p(0.45):
        gb = cs.gid()
        rb = spoken_join([say_chunk(x, "single") for x in groups], 0) if asr else typed_digits(num, sizes, False)
        cs.t("agent", ch(["so that's ", "let me read that back, ", "just to confirm "]), V(rb, "CARD_NUMBER", gb),
             ch(["?", " is that right?", ""]))
        cs.t("customer", ch(["yes", "yep that's it", "correct", "yeah"]))
    elif p(0.35):
        gb = cs.gid()
        cs.t("agent", ch(["thanks, that's the card ending ", "ok the card ending in "]),
             V(say_chunk(num[-4:], "single") if asr else num[-4:], "CARD_NUMBER", gb, True), ch(["", ", lovely"]))
    return num


def add_exp_cvv(cs, asr, num, exp=True, cvv=True):
    if exp:
        m, y = gen_exp()
        cs.t("agent", "and the expiry date?" if asr else "Expiry date?")
        cs.t("customer", ch(["", "it's ", "expires ", "exp "]) if not asr else ch(["", "it's ", "uh "]),
             V(spoken_exp(m, y) if asr else typed_exp(m, y), "EXPIRY", cs.gid()))
    if cvv:
        c = "".join(str(R.randint(0, 9)) for _ in range(4 if len(num) == 15 else 3))
        if c[0] == "0" and not asr:
            pass
        cs.t("agent", ch(["and the three digits on the back", "security code please", "and the CVV?"]))
        if asr:
            cs.t("customer", ch(["", "it's ", "that's "]), V(say_chunk(c, ch(["single", "hundreds"])), "CVV", cs.gid()))
        else:
            cs.t("customer", ch(["", "cvv ", "CVC: ", "security code "]), V(c, "CVV", cs.gid()))


def pos_ssn(cs, asr, org):
    v = gen_ssn()
    g = cs.gid()
    cs.t("agent", ch(["can I get your social security number to verify", "and the last... actually I need the full social please",
                      "For verification please provide your SSN."]))
    if asr:
        if p(0.4):
            cs.t("customer", ch(["ok it's ", "", "sure "]), V(spoken_join([say_chunk(v[:3]), say_chunk(v[3:5])], 0.2), "SSN", g))
            cs.t("agent", back())
            cs.t("customer", V(say_chunk(v[5:], ch(["single", "pairs"])), "SSN", g))
        else:
            cs.t("customer", ch(["yeah it's ", "um ", "", "my social is "]),
                 V(spoken_join([say_chunk(v[:3]), say_chunk(v[3:5]), say_chunk(v[5:])], 0.25), "SSN", g))
        if p(0.4):
            cs.t("agent", "that was ", V(spoken_join([say_single(v[:3]), say_single(v[3:5]), say_single(v[5:])], 0),
                                         "SSN", cs.gid()), "?")
            cs.t("customer", "yes")
    else:
        lab = ch(["", "SSN: ", "ssn ", "Social: ", "social sec # "])
        fm = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s"]) % (v[:3], v[3:5], v[5:])
        cs.t("customer", lab, V(fm, "SSN", g))


def pos_ni(cs, asr, org):
    v = gen_ni()
    g = cs.gid()
    cs.t("agent", ch(["can you give me your national insurance number", "What's your NI number please?",
                      "I'll need your national insurance number to find the claim"]))
    if asr:
        s = spoken_ni(v)
        if p(0.35):
            words = s.split(" ")
            h = len(words) // 2
            while words[h - 1] in ("for", "as", "in", "double") or words[h] in ("for", "as", "in"):
                h += 1
            a, b = " ".join(words[:h]).rstrip(","), " ".join(words[h:])
            cs.t("customer", ch(["yeah it's ", "", "ok "]), V(a, "NI_NUMBER", g))
            cs.t("agent", back())
            cs.t("customer", V(b, "NI_NUMBER", g))
        else:
            cs.t("customer", ch(["it's ", "right it's ", "", "um "]), V(s, "NI_NUMBER", g))
        if p(0.35):
            cs.t("agent", "so ", V(" ".join(say_letter(c, "nato") if c.isalpha() else UNITS[int(c)] for c in v),
                                   "NI_NUMBER", cs.gid()), ch(["?", ", correct?"]))
            cs.t("customer", "that's right")
    else:
        cs.t("customer", ch(["", "NI: ", "ni no ", "National Insurance number is "]), V(typed_ni(v), "NI_NUMBER", g))


def pos_bank(cs, asr, org):
    s, a = gen_uk_bank()
    cs.t("agent", ch(["which account would you like the direct debit from", "Can I take your bank details for the refund?"]))
    if asr:
        cs.t("customer", "sort code is ", V(spoken_sort(s), "SORT_CODE", cs.gid()))
        cs.t("agent", ch(["and the account number", "lovely and the account number"]))
        ga = cs.gid()
        if p(0.4):
            cs.t("customer", V(say_chunk(a[:4]), "BANK_ACCOUNT", ga))
            cs.t("agent", back())
            cs.t("customer", V(say_chunk(a[4:]), "BANK_ACCOUNT", ga))
        else:
            cs.t("customer", ch(["", "it's "]), V(spoken_join([say_chunk(a[:4]), say_chunk(a[4:])]), "BANK_ACCOUNT", ga))
    else:
        cs.t("customer", ch(["sort code ", "S/C: ", "sort "]), V(typed_sort(s), "SORT_CODE", cs.gid()),
             ch([" acct no: ", ", account ", "\nA/C ", " account number "]),
             V(a if p(0.6) else a[:4] + " " + a[4:], "BANK_ACCOUNT", cs.gid()))


def pos_us_bank(cs, asr, org):
    a = rand_digits(R.randint(9, 12))
    cs.t("agent", "what's the checking account number for the autopay?")
    if asr:
        cs.t("customer", ch(["it's ", "ok "]), V(spoken_join([say_chunk(a[i:i + 3]) for i in range(0, len(a), 3)]),
                                                 "BANK_ACCOUNT", cs.gid()))
    else:
        cs.t("customer", ch(["acct no: ", "Acct # ", "account "]), V(a, "BANK_ACCOUNT", cs.gid()))


def pos_iban(cs, asr, org):
    v = gen_iban()
    cs.t("agent", ch(["what's the IBAN for the refund", "Please send your IBAN and we'll process the refund."]))
    if asr:
        cs.t("customer", ch(["ok it's ", "", "right "]), V(spoken_iban(v), "IBAN", cs.gid()))
    else:
        cs.t("customer", ch(["IBAN: ", "iban ", "", "My IBAN is "]), V(typed_iban(v), "IBAN", cs.gid()))


def pos_contact(cs, asr, org):
    c, cc, nat = gen_phone()
    cs.t("agent", ch(["what's the best number to reach you on", "Can you confirm your mobile number?"]))
    if asr:
        if p(0.3):
            s = spoken_phone(c, cc, nat)
            w = s.split(" ")
            h = len(w) // 2
            while w[h - 1] in ("double", "triple", "plus"):
                h += 1
            cs.t("customer", ch(["it's ", ""]), V(" ".join(w[:h]).rstrip(",."), "PHONE", g := cs.gid()))
            cs.t("agent", back())
            cs.t("customer", V(" ".join(w[h:]), "PHONE", g))
        else:
            cs.t("customer", ch(["yeah it's ", "", "my mobile's "]), V(spoken_phone(c, cc, nat), "PHONE", cs.gid()))
    else:
        cs.t("customer", ch(["", "mob: ", "tel ", "Phone: "]), V(typed_phone(c, cc, nat), "PHONE", cs.gid()))
    if p(0.7):
        l, d, tld = gen_email()
        cs.t("agent", "and an email address?")
        if asr:
            cs.t("customer", ch(["it's ", "yeah ", ""]), V(spoken_email(l, d, tld), "EMAIL", cs.gid()))
        else:
            cs.t("customer", ch(["", "email: ", "its "]), V(typed_email(l, d, tld), "EMAIL", cs.gid()))


def pos_address(cs, asr, org):
    us = p(0.35)
    cs.t("agent", ch(["can you confirm the first line of your address and postcode",
                      "What's the billing address?", "and the address we're sending it to?"]))
    addr = gen_address(us, asr)
    town = ch(TOWNS_US if us else (TOWNS_IE if p(0.2) else TOWNS_UK))
    if us:
        z = gen_zip()
        zt = say_chunk(z[:5], ch(["single", "pairs"]), ls=True) if asr else typed_zip(z)
        if asr and len(z) == 9:
            z = z[:5]
    else:
        o, i = gen_ukpc()
        zt = spoken_ukpc(o, i) if asr else typed_ukpc(o, i)
    if asr and p(0.4):
        cs.t("customer", ch(["it's ", "", "yeah "]), V(addr, "ADDRESS", cs.gid()), ", " + town.lower())
        cs.t("agent", ch(["and the postcode", "and the zip code?"]) if not us else "and the zip code?")
        cs.t("customer", V(zt, "POSTCODE", cs.gid()))
    else:
        cs.t("customer", ch(["", "it's ", "Address: "]), V(addr, "ADDRESS", cs.gid()), ", " + (town if not asr else town.lower()),
             ch([", ", " ", ", "]) if not town.endswith(" 8") else ", ", V(zt, "POSTCODE", cs.gid()))


def pos_dob(cs, asr, org):
    dd, m, y = gen_dob()
    cs.t("agent", ch(["can I take your date of birth", "For security, what's your date of birth?", "and your DOB?"]))
    cs.t("customer", ch(["", "it's ", "uh ", "DOB "]) if not asr else ch(["", "it's ", "uh ", "yeah "]),
         V(spoken_dob(dd, m, y) if asr else typed_dob(dd, m, y, p(0.4)), "DOB", cs.gid()))
    if p(0.5):
        o, i = gen_ukpc()
        cs.t("agent", "and the postcode on the account?")
        cs.t("customer", V(spoken_ukpc(o, i) if asr else typed_ukpc(o, i), "POSTCODE", cs.gid()))


TEMPLATES = [
    ("card payment", pos_card, 7), ("US SSN verification", pos_ssn, 3), ("UK NI number", pos_ni, 3),
    ("UK sort code and account", pos_bank, 2), ("US checking account", pos_us_bank, 1), ("IBAN refund", pos_iban, 2),
    ("phone and email update", pos_contact, 2), ("address and postcode", pos_address, 2), ("DOB check", pos_dob, 2),
]


def make_positive(i):
    ind, org = ctx()
    asr = p(0.6)
    name, fn, _ = TEMPLATES[i % len(TEMPLATES)] if i < 90 else ch([t for t in TEMPLATES for _ in range(t[2])])
    cs = Case("positive", "")
    cs.t("agent", greet(org))
    extra = []
    if p(0.6):
        cs.t("customer", distractor(asr, no_last4=fn is pos_card))
        extra.append("distractor before")
    r = fn(cs, asr, org)
    if fn is pos_card:
        add_exp_cvv(cs, asr, r, p(0.7), p(0.6))
        if p(0.3):
            pos_dob(cs, asr, org); name += " + DOB"
    if fn in (pos_ssn, pos_ni) and p(0.4):
        pos_dob(cs, asr, org); name += " + DOB"
    if fn is pos_address and p(0.3):
        pos_contact(cs, asr, org); name += " + contact"
    if p(0.55):
        cs.t("customer", ch(["oh and ", "also ", ""]) if asr else "", distractor(asr, no_last4=fn is pos_card))
        extra.append("distractor after")
    cs.t("agent", ch(["thanks, that's all done", "Is there anything else I can help with?", "lovely, bear with me"]))
    cs.note = "%s; %s; %s%s" % (name, ind, "ASR call" if asr else "typed chat", "; " + ", ".join(extra) if extra else "")
    return cs


# ------------------------------------------------------------ negatives
def make_negative(i):
    ind, org = ctx()
    asr = p(0.6)
    cs = Case("negative", "")
    cs.t("agent", greet(org))
    kinds = []
    n = R.randint(2, 4)
    for j in range(n):
        f = ch(DANGER) if (j == 0 or p(0.6)) else d_misc
        kinds.append(f.__name__)
        spk = "customer" if (f is not d_misc or p(0.7)) else "agent"
        cs.t(spk, (ch(["", "yeah ", "ok so ", "right, "]) if asr else "") + f(asr))
        if p(0.5):
            cs.t("customer" if spk == "agent" else "agent", back() if p(0.5) else d_misc(asr))
    cs.t("agent", ch(["I've updated that for you", "thanks for waiting", "Anything else today?"]))
    cs.note = "negative; %s; %s; %s" % (ind, "ASR call" if asr else "typed chat", ", ".join(kinds))
    return cs


# ------------------------------------------------------------ main
def generate():
    global R
    R = random.Random(SEED)
    recs, allgroups = [], []
    for i in range(236):
        rec, groups = render(make_positive(i), "h513-pos-%03d" % (i + 1))
        recs.append(rec); allgroups.append(groups)
    for i in range(118):
        rec, groups = render(make_negative(i), "h513-neg-%03d" % (i + 1))
        recs.append(rec); allgroups.append(groups)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return data, recs, allgroups


def check(data, recs, allgroups):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != data:
            errs.append("cases.jsonl is not byte-identical to a fresh generation")
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {}
    for r, groups in zip(recs, allgroups):
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % r["id"])
        by_turn = {}
        for s in r["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s span out of range" % r["id"]); continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (r["id"], txt[max(0, a - 3):b + 3]))
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s span edge not alnum: %r" % (r["id"], txt[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for spans in by_turn.values():
            spans.sort()
            for x, y in zip(spans, spans[1:]):
                if y[0] < x[1]:
                    errs.append("%s overlapping spans" % r["id"])
        for g, (typ, partial, idxs) in groups.items():
            text = " ".join(r["turns"][r["spans"][k]["turn"]]["text"][r["spans"][k]["start"]:r["spans"][k]["end"]]
                            for k in idxs)
            e = validate(typ, text, partial)
            if e:
                errs.append("%s: %s" % (r["id"], e))
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
              "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        if counts.get(t, 0) < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts.get(t, 0)))
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    data, recs, groups = generate()
    if not args.check:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
        print("wrote %d cases to %s" % (len(recs), OUT))
        return 0
    errs, counts, npos, nneg = check(data, recs, groups)
    for e in errs[:60]:
        print("ERROR", e)
    print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(dict(sorted(counts.items())))))
    if errs:
        print("CHECK FAILED (%d errors)" % len(errs))
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the pii_holdout493 held-out PII evaluation set.

Standard library only. Deterministic: one random.Random(493241125).
Usage:
    python scripts/make_pii_holdout493.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout493.py --check  # regenerate and verify
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout493")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(493241125)

# ---------------------------------------------------------------- spoken numbers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
FILLERS = ["um", "uh", "er", "erm", "uhh"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "f": "freddie",
        "g": "george", "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mary",
        "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
        "x": "xmas", "y": "yellow", "z": "zebra"}


def zero_word(loc):
    if loc == "UK":
        return R.choice(["oh", "oh", "nought", "zero", "o"])
    return R.choice(["oh", "oh", "zero", "o"])


def say_digit(d, loc):
    return zero_word(loc) if d == "0" else UNITS[int(d)]


def say_pair(p, loc):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_perdigit(g, loc, allow_runs=True):
    out = []
    i = 0
    while i < len(g):
        j = i
        while j < len(g) and g[j] == g[i]:
            j += 1
        run = j - i
        if allow_runs and run >= 2 and R.random() < 0.8:
            while run > 0:
                if run == 3 or (run > 3 and run % 2 == 1):
                    out.append("triple " + say_digit(g[i], loc)); run -= 3
                elif run >= 2:
                    out.append("double " + say_digit(g[i], loc)); run -= 2
                else:
                    out.append(say_digit(g[i], loc)); run -= 1
        else:
            out.extend(say_digit(g[i], loc) for _ in range(run))
        i = j
    return " ".join(out)


def say_group(g, loc, style=None):
    """Speak one digit group. Avoid forms the parser would find ambiguous."""
    opts = ["digits"]
    if len(g) == 2 and g[0] != "0" and (g[1] != "0" or g[0] == "1"):
        opts += ["pair", "pair"]
    if len(g) == 4 and g[0] != "0" and g[2] != "0" and (g[1] != "0" or g[0] == "1") \
            and (g[3] != "0" or g[2] == "1"):
        opts += ["pairs", "pairs"]
    if len(g) == 3 and g[0] != "0" and (g[1:] == "00" or int(g[1:]) >= 10) \
            and (g[2] != "0" or g[1] in "01"):
        opts += ["hundred"]
    s = style if style in opts else R.choice(opts)
    if s == "pair":
        return say_pair(g, loc)
    if s == "pairs":
        return say_pair(g[:2], loc) + " " + say_pair(g[2:], loc)
    if s == "hundred":
        if g[1:] == "00":
            return UNITS[int(g[0])] + " hundred"
        return UNITS[int(g[0])] + " hundred and " + say_pair(g[1:], loc)
    return say_perdigit(g, loc)


def split_groups(ds, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(ds[i:i + s]); i += s
    if i < len(ds):
        out.append(ds[i:])
    return [g for g in out if g]


def speak(ds, sizes, loc, fill=0.15, sep=None):
    groups = split_groups(ds, sizes)
    parts = []
    for k, g in enumerate(groups):
        parts.append(say_group(g, loc))
        if k < len(groups) - 1:
            if R.random() < fill:
                parts.append(R.choice(FILLERS))
    j = sep if sep is not None else R.choice([" ", " ", ", ", "... ", " - "])
    out = ""
    for k, p in enumerate(parts):
        if k:
            out += (" " if parts[k - 1] in FILLERS or p in FILLERS else j)
        out += p
    return out


# ---------------------------------------------------------------- normaliser
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
       "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
       "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
       "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS] + ["sept"]
NATO_REV = {}
for _k, _v in list(NATO.items()) + list(FOLK.items()):
    NATO_REV.setdefault(_v, _k)
ZEROS = {"oh", "o", "nought", "zero"}
IGNORE = set(FILLERS) | {"dash", "hyphen", "space", "slash", "and", "then", "the", "of", "point"}


def tokens(text):
    t = text.lower().replace("x-ray", "xray")
    return re.findall(r"[a-z]+|\d|[+@._/-]", t)


def normalise(text, letters=False, keep=""):
    """Turn spoken / written value into a compact string of digits (and letters)."""
    toks = tokens(text)
    out = []
    i = 0
    W = {w: i for i, w in enumerate(UNITS)}
    T = {w: i for i, w in enumerate(TEENS)}
    TN = {v: k for k, v in TENS.items()}

    def digit_at(k):
        if k < len(toks):
            w = toks[k]
            if w in W:
                return str(W[w])
            if w in ZEROS:
                return "0"
        return None

    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w.isdigit():
            out.append(w); i += 1; continue
        if w in keep:
            out.append(w); i += 1; continue
        if w in "+-./@_":
            i += 1; continue
        if w == "xray":
            w = "x-ray"
        if letters and len(w) == 1 and w.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(w.upper()); i += 3; continue
        if letters and len(w) == 1 and w.isalpha() and nxt == "as" and i + 3 < len(toks):
            out.append(w.upper()); i += 4; continue
        if letters and w in NATO_REV:
            out.append(NATO_REV[w].upper()); i += 1; continue
        if w in ("double", "triple"):
            d = digit_at(i + 1)
            if d is None and letters and nxt and len(nxt) == 1:
                out.append(nxt.upper() * (2 if w == "double" else 3)); i += 2; continue
            if d is None:
                raise ValueError("double without digit in %r" % text)
            out.append(d * (2 if w == "double" else 3)); i += 2; continue
        if w == "plus":
            if "+" in keep:
                out.append("+")
            i += 1; continue
        if w in W and nxt == "thousand":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            v = 0
            if j < len(toks) and toks[j] in W:
                v = W[toks[j]]; j += 1
            elif j < len(toks) and toks[j] in T:
                v = 10 + T[toks[j]]; j += 1
            out.append(str(W[w] * 1000 + v)); i = j; continue
        if w in W and nxt == "hundred":
            rest = ""
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                a = toks[j + 1]
                if a in T:
                    rest = "%02d" % (10 + T[a]); j += 2
                elif a in TN:
                    v = TN[a] * 10
                    if j + 2 < len(toks) and toks[j + 2] in W and toks[j + 2] != "zero":
                        v += W[toks[j + 2]]; j += 1
                    rest = "%02d" % v; j += 2
                elif a in W:
                    rest = "0" + str(W[a]); j += 2
                else:
                    raise ValueError("bad hundred in %r" % text)
            else:
                rest = "00"
            out.append(str(W[w]) + rest); i = j; continue
        if w in W:
            out.append(str(W[w])); i += 1; continue
        if w in ZEROS:
            out.append("0"); i += 1; continue
        if w in T:
            out.append(str(10 + T[w])); i += 1; continue
        if w in TN:
            v = TN[w] * 10
            if nxt in W and nxt != "zero":
                v += W[nxt]; i += 1
            out.append(str(v)); i += 1; continue
        if w in IGNORE:
            i += 1; continue
        if letters and w.isalpha():
            out.append(w.upper()); i += 1; continue
        if w in "+-./":
            i += 1; continue
        raise ValueError("unknown token %r in %r" % (w, text))
    return "".join(out)


def luhn_ok(ds):
    s = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def aba_ok(ds):
    d = [int(c) for c in ds]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREETS = ("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close",
           "way", "court", "ct", "boulevard", "blvd", "place", "pl", "terrace", "crescent",
           "grove", "gardens", "parkway", "row", "hill", "circle", "walk", "square")


def email_norm(text):
    t = text.strip().lower()
    if "@" in t:
        return t.replace(" ", "")
    toks = t.replace(",", " ").split()
    out = []
    mp = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    k = 0
    while k < len(toks):
        w = toks[k].strip(".")
        if w in mp:
            out.append(mp[w])
        elif w in FILLERS:
            pass
        elif w in UNITS or w in ZEROS - {"o"} or w in TEENS or w in TENS.values() or w in ("double", "triple"):
            j = k
            while j < len(toks) and (toks[j] in UNITS or toks[j] in ZEROS - {"o"} or toks[j] in TEENS
                                     or toks[j] in TENS.values() or toks[j] in ("double", "triple")):
                j += 1
            out.append(normalise(" ".join(toks[k:j]))); k = j; continue
        else:
            out.append(w)
        k += 1
    return "".join(out)


def validate(typ, text, meta):
    """Validate the (joined) text of one value. Raise on failure."""
    if typ == "EMAIL":
        e = email_norm(text)
        assert re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e), e
        return
    if typ == "ADDRESS":
        low = text.lower()
        assert any(re.search(r"\b%s\b" % s, low) for s in STREETS), text
        assert re.search(r"\d", low) or any(w in low.split() for w in UNITS + TEENS + list(TENS.values())), text
        return
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        toks = re.findall(r"[a-z]+|\d+", low)
        has_month = any(t in MONTHS or t in MON3 for t in toks)
        rest = " ".join(t for t in toks if t not in MONTHS and t not in MON3 and t not in ORD
                        and t not in ("st", "nd", "rd", "th"))
        ds = normalise(rest) if rest else ""
        if typ == "EXPIRY":
            assert (has_month and len(ds) in (2, 4)) or len(ds) in (3, 4, 5, 6), (text, ds)
        else:
            has_day = any(t in ORD for t in toks) or len(ds) >= 6
            assert (has_month and len(ds) >= 2) or len(ds) in (6, 8), (text, ds)
            assert re.search(r"(19|20)\d\d|\d\d$", ds), (text, ds)
        return
    if typ == "POSTCODE":
        s = normalise(text, letters=True)
        assert UKPC_RE.fullmatch(s) or re.fullmatch(r"\d{5}(\d{4})?", s), (text, s)
        return
    if typ == "NI_NUMBER":
        s = normalise(text, letters=True)
        assert NI_RE.fullmatch(s), (text, s)
        return
    if typ == "IBAN":
        s = normalise(text, letters=True)
        assert iban_ok(s), (text, s)
        return
    if typ == "PHONE":
        low = text.lower()
        low = re.split(r"\bext(?:ension)?\b|\bx(?=\s?\d)|\bextension\b", low)[0]
        s = normalise(low, keep="+")
        ds = s.replace("+", "")
        assert ds.isdigit() and 10 <= len(ds) <= 13, (text, s)
        return
    ds = normalise(text)
    assert ds.isdigit(), (text, ds)
    if typ == "CARD_NUMBER" and meta.get("partial"):
        assert len(ds) == 4, (text, ds)
    elif typ == "CARD_NUMBER":
        assert 13 <= len(ds) <= 19 and luhn_ok(ds), (text, ds)
    elif typ == "CVV":
        assert len(ds) in (3, 4), (text, ds)
    elif typ == "SSN":
        if meta.get("partial"):
            assert len(ds) in (4, 5), (text, ds)
        else:
            assert len(ds) == 9 and ds[:3] not in ("000", "666") and ds[0] != "9" \
                and ds[3:5] != "00" and ds[5:] != "0000", (text, ds)
    elif typ == "SORT_CODE":
        assert len(ds) == 6, (text, ds)
    elif typ == "BANK_ACCOUNT":
        if meta.get("routing"):
            assert aba_ok(ds), (text, ds)
        else:
            assert 6 <= len(ds) <= 17, (text, ds)
    else:
        raise AssertionError(typ)


# ---------------------------------------------------------------- value makers
def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def make_card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    if kind == "visa":
        p, n, g = "4" + digits(14), 16, [4, 4, 4, 4]
    elif kind == "visa13":
        p, n, g = "4" + digits(11), 13, [4, 3, 3, 3]
    elif kind == "visa19":
        p, n, g = "4" + digits(17), 19, [4, 4, 4, 4, 3]
    elif kind == "mc":
        p, n, g = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, [4, 4, 4, 4]
        p = p + digits(15 - len(p))
    elif kind == "amex":
        p, n, g = R.choice(["34", "37"]) + digits(12), 15, [4, 6, 5]
    else:
        p, n, g = "6011" + digits(11), 16, [4, 4, 4, 4]
    return luhn_complete(p), g


def written_digits(ds, g):
    st = R.choice(["space", "space", "dash", "none", "odd", "dots"])
    parts = split_groups(ds, g)
    if st == "space":
        return " ".join(parts)
    if st == "dash":
        return "-".join(parts)
    if st == "dots":
        return ".".join(parts)
    if st == "odd":
        k = R.randint(2, 4)
        return " ".join(ds[i:i + k] for i in range(0, len(ds), k))
    return ds


def make_ssn():
    while True:
        a = "%03d" % R.randint(1, 899)
        if a != "666":
            break
    return a + "%02d" % R.randint(1, 99) + "%04d" % R.randint(1, 9999)


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p:
            break
    return p + digits(6) + R.choice("ABCD")


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - n % 97) + bban


def make_iban():
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if c == "GB":
        return iban_make("GB", R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(14))
    if c == "IE":
        return iban_make("IE", R.choice(["AIBK", "BOFI", "IPBS"]) + digits(14))
    if c == "DE":
        return iban_make("DE", digits(18))
    if c == "FR":
        return iban_make("FR", digits(23))
    if c == "NL":
        return iban_make("NL", R.choice(["ABNA", "INGB", "RABO"]) + digits(10))
    return iban_make("ES", digits(20))


def make_aba():
    while True:
        d = R.choice(["0", "1", "2", "3"]) + digits(7)
        for c in "0123456789":
            if aba_ok(d + c):
                return d + c


def say_letters(s, mode):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(say_digit(ch, "UK"))
        elif mode == "nato":
            out.append("%s for %s" % (ch.lower(), NATO[ch.lower()]))
        elif mode == "folk" and ch.lower() in FOLK:
            out.append("%s for %s" % (ch.lower(), FOLK[ch.lower()]))
        elif mode == "asin" and ch.lower() in FOLK:
            out.append("%s as in %s" % (ch.lower(), FOLK[ch.lower()]))
        elif ch.lower() == "o":
            out.append("o for oscar")
        else:
            out.append(ch.lower())
    return " ".join(out)


FIRST = ["james", "mary", "aoife", "siobhan", "raj", "priya", "tom", "lucy", "daniel", "keisha",
         "miguel", "sofia", "liam", "chloe", "dev", "grace", "oluwaseun", "marta", "pieter", "an"]
LAST = ["smith", "o'brien", "murphy", "patel", "nguyen", "jones", "garcia", "kowalski",
        "walsh", "okafor", "brown", "dubois", "schmidt", "khan", "taylor", "reyes"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.co.uk", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "comcast.net", "web.de", "orange.fr", "protonmail.com"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST).replace("'", "")
    st = R.randint(0, 5)
    if st == 0:
        local = f + "." + l
    elif st == 1:
        local = f[0] + l
    elif st == 2:
        local = f + "_" + l + str(R.randint(1, 99))
    elif st == 3:
        local = l + f[0] + str(R.randint(70, 99))
    elif st == 4:
        local = f + "-" + l
    else:
        local = f + str(R.randint(1960, 2005))
    return local + "@" + R.choice(DOMAINS)


def speak_email(e):
    local, dom = e.split("@")
    out = []
    for part in re.findall(r"[a-z]+|\d+|[._-]", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part == "-":
            out.append(R.choice(["dash", "hyphen"]))
        elif part.isdigit():
            if len(part) == 4 and part[0] != "0" and part[2] != "0" and part[3] != "0":
                out.append(say_pair(part[:2], "US") + " " + say_pair(part[2:], "US"))
            else:
                out.append(" ".join(UNITS[int(ch)] for ch in part))
        elif len(part) <= 2 or R.random() < 0.3:
            out.append(" ".join(part))
        else:
            out.append(part)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def make_phone(region):
    if region == "US":
        area = R.choice(["212", "415", "312", "617", "713", "404", "206", "303", "602", "919"])
        num = area + R.choice("23456789") + digits(2) + digits(4)
        ext = digits(R.choice([3, 4]), True) if R.random() < 0.35 else None
        w = R.choice(["(%s) %s-%s" % (num[:3], num[3:6], num[6:]), "%s-%s-%s" % (num[:3], num[3:6], num[6:]),
                      "%s.%s.%s" % (num[:3], num[3:6], num[6:]), "+1 %s %s %s" % (num[:3], num[3:6], num[6:]),
                      "1-%s-%s-%s" % (num[:3], num[3:6], num[6:]), num])
        if ext:
            w += R.choice([" ext. ", " x", " ext ", " extension "]) + ext
        cc = R.choice(["", "", "one ", "plus one "])
        s = cc + speak(num, [3, 3, 4], "US", fill=0.2)
        if ext:
            s += R.choice([" extension ", ", extension ", " ext "]) + speak(ext, [len(ext)], "US", fill=0)
        return w, s
    if region == "UK":
        num = R.choice(["07700900" + digits(3), "02079460" + digits(3), "01632960" + digits(3),
                        "0161496" + digits(4), "07" + R.choice("3456789") + digits(8)])
        if R.random() < 0.4:
            w = "+44 " + num[1:5] + " " + num[5:]
            s = "plus four four " + speak(num[1:], [4, 3, 3], "UK")
        else:
            w = R.choice([num[:5] + " " + num[5:], num, num[:3] + " " + num[3:7] + " " + num[7:]])
            s = speak(num, [5, 3, 3], "UK")
        return w, s
    if region == "IE":
        num = "08" + R.choice("35679") + digits(7)
        if R.random() < 0.5:
            w = "+353 " + num[1:3] + " " + num[3:6] + " " + num[6:]
            s = "plus three five three " + speak(num[1:], [2, 3, 4], "UK")
        else:
            w = num[:3] + " " + num[3:6] + " " + num[6:]
            s = speak(num, [3, 3, 4], "UK")
        return w, s
    cc, n = R.choice([("49", 10), ("33", 9), ("34", 9), ("31", 9), ("39", 10)])
    num = R.choice("23456789") + digits(n - 1)
    w = "+" + cc + " " + " ".join(num[i:i + 3] for i in range(0, n, 3))
    s = "plus " + " ".join(UNITS[int(c)] for c in cc) + " " + speak(num, [3, 3, 3, 3], "UK")
    return w, s


STREET_NAMES = ["oak", "maple", "church", "station", "elm", "high", "mill", "victoria", "park",
                "kingsway", "washington", "cedar", "lakeview", "o'connell", "abbey", "pine"]
SUFFIX_W = ["Street", "Road", "Avenue", "Lane", "Drive", "Close", "Way", "Court", "Terrace", "Crescent",
            "Blvd", "St", "Rd", "Ave"]
SUFFIX_S = ["street", "road", "avenue", "lane", "drive", "close", "way", "court", "terrace", "crescent",
            "boulevard", "place"]


def num_words(n):
    s = str(n)
    if len(s) == 1:
        return UNITS[n]
    if len(s) == 2:
        return say_pair(s, "US") if s[1] != "0" or s[0] == "1" else TENS[int(s[0])]
    if len(s) == 3 and int(s[1:]) >= 10 and (s[2] != "0" or s[1] == "1"):
        return R.choice([UNITS[int(s[0])] + " hundred and " + say_pair(s[1:], "US"),
                         UNITS[int(s[0])] + " " + say_pair(s[1:], "US")])
    if len(s) == 4 and s[2] != "0" and s[1] != "0" and s[3] != "0":
        return say_pair(s[:2], "US") + " " + say_pair(s[2:], "US")
    return " ".join(say_digit(c, "US") for c in s)


def make_address(spoken, us=False):
    n = R.randint(2, 2400) if us else R.randint(1, 180)
    st = R.choice(STREET_NAMES)
    if spoken:
        flat = R.random() < 0.3
        base = num_words(n) + " " + st + " " + R.choice(SUFFIX_S)
        if flat:
            base = R.choice(["flat", "apartment", "unit"]) + " " + num_words(R.randint(1, 30)) + ", " + base
        return base
    base = "%d %s %s" % (n, st.title(), R.choice(SUFFIX_W))
    r = R.random()
    if r < 0.2:
        base = "Flat %d, %s" % (R.randint(1, 40), base)
    elif r < 0.35:
        base = "Apt %d%s, %s" % (R.randint(1, 20), R.choice("ABCD"), base)
    elif r < 0.45:
        base = base.lower()
    return base


TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Croydon", "Cardiff", "Glasgow"]
TOWNS_US = ["Austin, TX", "Columbus, OH", "Denver, CO", "Tampa, FL", "Portland, OR", "Raleigh, NC"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin 8"]


def make_ukpc():
    a = R.choice(["SW", "LS", "M", "B", "CF", "G", "BS", "CR", "E", "N", "EH", "NW", "W"])
    out = a + str(R.randint(1, 19 if len(a) == 2 else 9))
    if len(out) == 2 and R.random() < 0.2:
        out += R.choice("ABEHJKPSTW")
    inw = str(R.randint(0, 9)) + "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return out, inw


def make_zip():
    z = "%05d" % R.randint(10000, 99899)
    plus4 = digits(4) if R.random() < 0.5 else None
    return z, plus4


DAY_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
           "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
           "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
           "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


def say_year(y):
    s = str(y)
    if s[2] == "0":
        return R.choice(["two thousand and " + UNITS[int(s[3])], "twenty " + zero_word("US") + " " + UNITS[int(s[3])]]) \
            if s[:2] == "20" else say_pair(s[:2], "US") + " " + zero_word("US") + " " + UNITS[int(s[3])]
    return say_pair(s[:2], "US") + " " + say_pair(s[2:], "US")


def make_dob(spoken, us):
    y, m, d = R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)
    if not spoken:
        f = R.choice(["num", "num", "long", "iso", "short"])
        if f == "num":
            return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
        if f == "long":
            return ("%s %d, %d" % (MONTHS[m - 1].title(), d, y)) if us else "%d %s %d" % (d, MONTHS[m - 1].title(), y)
        if f == "iso":
            return "%d-%02d-%02d" % (y, m, d)
        return ("%d-%d-%02d" % (m, d, y % 100)) if us else "%d.%d.%d" % (d, m, y)
    yr = say_year(y) if R.random() < 0.8 else say_pair(str(y)[2:], "US") if str(y)[2] != "0" else say_year(y)
    f = R.randint(0, 3)
    if f == 0:
        return "the %s of %s %s" % (DAY_ORD[d - 1], MONTHS[m - 1], yr)
    if f == 1:
        return "%s %s %s" % (MONTHS[m - 1], DAY_ORD[d - 1], yr)
    if f == 2:
        return "%s %s, %s" % (MONTHS[m - 1], DAY_ORD[d - 1], yr)
    return "%s %s, %s" % (speak("%02d" % m, [2], "US", 0), speak("%02d" % d, [2], "US", 0), yr)


def make_expiry(spoken):
    m, y = R.randint(1, 12), R.randint(2025, 2032)
    if not spoken:
        return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                         "%02d-%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].title(), y),
                         "%02d%02d" % (m, y % 100)])
    f = R.randint(0, 3)
    mm = "%02d" % m
    if f == 0:
        return "%s %s" % (" ".join(say_digit(c, "UK") for c in mm) if m < 10 else say_pair(mm, "UK"),
                          say_pair("%02d" % (y % 100), "UK"))
    if f == 1:
        return "%s %s" % (MONTHS[m - 1], say_year(y))
    if f == 2:
        return "%s slash %s" % (" ".join(say_digit(c, "UK") for c in mm), " ".join(say_digit(c, "UK") for c in "%02d" % (y % 100)))
    return "%s of %s" % (MONTHS[m - 1], say_year(y))


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.meta = {}
        self.gid = 0

    def new(self, **meta):
        self.gid += 1
        self.meta[self.gid] = meta
        return self.gid

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self


def V(typ, text, gid):
    return (typ, text, gid)


def render(case):
    turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(case.turns):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                typ, val, gid = s
                while val and not val[0].isalnum():  # e.g. "+44": span starts at first digit
                    text += val[0]; val = val[1:]
                st = len(text)
                text += val
                spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                groups.setdefault(gid, []).append((typ, val))
        turns.append({"speaker": spk, "text": text})
    return turns, spans, groups


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes go on", "got it", "okay go ahead", "mm-hmm"]
OPEN_AG = ["thanks for calling {org}, this is {an}, how can I help?", "you're through to {org} billing, {an} speaking.",
           "hi, welcome to {org}. who am I speaking with?", "good morning, {org}, {an} here."]
AGENTS = ["dana", "marcus", "ciara", "sam", "fiona", "luis", "jen", "omar", "beth", "kev"]
ORGS = {"banking": ["First Harbor Bank", "Northway Bank", "Cairn Credit Union", "Allied Savings"],
        "telecom": ["Telvia Mobile", "SkyLine Broadband", "Eir Connect"],
        "utilities": ["Bright Energy", "Tri-County Water", "Meridian Gas"],
        "retail": ["Homestead Direct", "Parcelle Fashion", "GadgetBarn"],
        "insurance": ["Keystone Mutual", "Harbour Insure", "Lumen Auto Insurance"],
        "travel": ["Skyway Air", "EuroRail Bookings", "Atlas Holidays"],
        "healthcare": ["Mercy Valley Billing", "Unity Health Partners", "St. Brendan's Patient Accounts"],
        "government": ["the DMV", "HM Revenue helpline", "Dept of Social Protection", "County Tax Office"]}


def org(ind=None):
    ind = ind or R.choice(list(ORGS))
    return ind, R.choice(ORGS[ind])


def opener(c, ind=None):
    ind, o = org(ind)
    c.t("agent", R.choice(OPEN_AG).format(org=o, an=R.choice(AGENTS)))
    return ind, o


def maybe_upper_first(s):
    return s[0].upper() + s[1:] if s else s


# ---------------------------------------------------------------- positive templates
def pos_card_chat():
    c = Case("positive", "typed chat card number with label and expiry/cvv")
    card, g = make_card()
    w = written_digits(card, g)
    lab = R.choice(["card no: ", "Card number - ", "cc#", "its ", "card: ", "the long number is ", "CARD NUM "])
    c.t("agent", "Can you confirm the card you'd like to use for the payment of $%d.%02d?" % (R.randint(10, 900), R.randint(0, 99)))
    segs = [lab, V("CARD_NUMBER", w, c.new())]
    if R.random() < 0.6:
        segs += [R.choice([" exp ", ", expires ", " valid thru ", " / exp: "]), V("EXPIRY", make_expiry(False), c.new())]
    if R.random() < 0.5:
        cv = digits(4 if g == [4, 6, 5] else 3)
        segs += [R.choice([" cvv ", " cvc: ", ", security code ", " sec code "]), V("CVV", cv, c.new())]
    c.t("customer", *segs)
    c.t("agent", "Thanks, processing that now. Reference for this payment is PAY-%s." % digits(8))
    return c


def pos_card_asr_split():
    c = Case("positive", "ASR card read in chunks over several turns with back-channels and read-back")
    ind, o = opener(c, R.choice(["banking", "retail", "telecom", "utilities", "travel"]))
    card, g = make_card()
    loc = R.choice(["US", "UK"])
    groups = split_groups(card, g)
    c.t("customer", R.choice(["hi yeah i want to pay my bill", "hiya, i need to make a payment", "yeah hi, um, paying off the balance"]))
    c.t("agent", "sure, what's the long number across the front of the card")
    gid = c.new()
    k = 0
    chunks = []
    while k < len(groups):
        n = R.choice([1, 1, 2])
        chunks.append(groups[k:k + n]); k += n
    for ci, ch in enumerate(chunks):
        txt = (" " + R.choice(FILLERS) + " " if R.random() < 0.2 else " ").join(say_group(gg, loc) for gg in ch)
        pre = R.choice(["", "", "okay it's ", "um ", "then "]) if ci == 0 else R.choice(["", "", "then ", "and "])
        post = R.choice(["", "", "...", ","])
        if ci == 1 and R.random() < 0.3:
            c.t("customer", pre, V("CARD_NUMBER", txt, gid), post, " hang on the light's bad in here")
        else:
            c.t("customer", pre, V("CARD_NUMBER", txt, gid), post)
        if ci < len(chunks) - 1:
            c.t("agent", R.choice(BACK))
    if R.random() < 0.6:
        rb = speak(card, g, loc, fill=0)
        c.t("agent", R.choice(["let me read that back, ", "so that's ", "just to confirm, "]), V("CARD_NUMBER", rb, c.new()), "?")
        c.t("customer", R.choice(["yep that's it", "yes", "correct", "that's right yeah"]))
    c.t("agent", "and the expiry?")
    c.t("customer", R.choice(["", "it's ", "um ", "expires "]), V("EXPIRY", make_expiry(True), c.new()))
    if R.random() < 0.7:
        c.t("agent", R.choice(["and the security code on the back", "and the cvv?", "last thing, the code on the back"]))
        cv = digits(4 if len(card) == 15 else 3)
        c.t("customer", R.choice(["", "it's ", "uh "]), V("CVV", speak(cv, [len(cv)], loc, 0), c.new()))
    return c


def pos_card_restart():
    c = Case("positive", "ASR card with restart and aside mid-reading; card last four afterwards is part of same case")
    card, g = make_card()
    loc = "US"
    c.t("agent", "go ahead with the card number whenever you're ready")
    gr = split_groups(card, g)
    gid = c.new()
    first = say_group(gr[0], loc)
    c.t("customer", R.choice(["okay it's ", "right so "]), "um, sorry, wrong card, hold on. okay, new one: ",
        V("CARD_NUMBER", first + " " + say_group(gr[1], loc), gid), R.choice([" - sorry my kid's yelling - ", " ... hold on ... "]),
        V("CARD_NUMBER", " ".join(say_group(x, loc) for x in gr[2:]), gid))
    c.t("agent", "thank you, and that's the card ending ", V("CARD_NUMBER", speak(card[-4:], [4], loc, 0), c.new(partial=True)), "?")
    c.t("customer", "yes")
    return c


def pos_card_email():
    c = Case("positive", "e-mail body with card details and typo/odd grouping")
    card, g = make_card()
    w = " ".join(card[i:i + R.choice([3, 4, 5])] for i in range(0, len(card), 4))
    w = " ".join(re.findall(r"\d{1,4}", card)) if R.random() < 0.5 else written_digits(card, g)
    c.t("customer", "Hi team,\nPlease charge my ", R.choice(["visa", "Mastercard", "card", "AMEX"]), " for order #",
        digits(7), ".\nCard: ", V("CARD_NUMBER", w, c.new()), "\nExp: ", V("EXPIRY", make_expiry(False), c.new()),
        "\nThanks, ", R.choice(FIRST).title())
    return c


def pos_ssn_variants():
    c = Case("positive", "US SSN in varied groupings")
    ssn = make_ssn()
    mode = R.randint(0, 9)
    ind, o = opener(c, R.choice(["banking", "insurance", "healthcare", "government"]))
    c.t("customer", R.choice(["hi i'm calling about my claim", "yeah hi i got a letter about my account", "hi, locked out of my online account"]))
    c.t("agent", R.choice(["can i get your social security number to verify", "i'll need your SSN please", "for security, your social?"]))
    if mode == 0:
        c.t("customer", R.choice(["", "sure it's ", "ok "]), V("SSN", R.choice(["%s-%s-%s", "%s %s %s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:]), c.new()))
    elif mode == 1:
        c.t("customer", "SSN: ", V("SSN", ssn, c.new()))
    elif mode in (2, 3):
        c.t("customer", R.choice(["", "yeah it's ", "sure, ", "uh "]), V("SSN", speak(ssn, [3, 2, 4], "US", fill=0.2), c.new()))
    elif mode == 4:
        c.t("customer", "it's ", V("SSN", speak(ssn, [3, 3, 3], "US", fill=0.1), c.new()))
    elif mode == 5:
        gid = c.new()
        c.t("customer", V("SSN", say_group(ssn[:3], "US"), gid))
        c.t("agent", R.choice(BACK))
        c.t("customer", V("SSN", say_group(ssn[3:5], "US"), gid))
        c.t("agent", R.choice(BACK))
        c.t("customer", V("SSN", say_group(ssn[5:], "US"), gid))
    elif mode == 6:
        c.t("customer", V("SSN", " ".join(say_digit(d, "US") for d in ssn), c.new()))
        c.t("agent", "so ", V("SSN", "%s %s %s" % (" ".join(ssn[:3]), " ".join(ssn[3:5]), " ".join(ssn[5:])), c.new()), ", correct?")
        c.t("customer", "yes ma'am")
    elif mode == 7:
        c.t("customer", "do you need the whole thing? the last four are ", V("SSN", speak(ssn[5:], [4], "US", 0), c.new(partial=True)))
        c.t("agent", "the full number please")
        c.t("customer", "ok, ", V("SSN", speak(ssn, [3, 2, 4], "US", 0.3), c.new()))
    elif mode == 8:
        c.t("customer", "it's ", V("SSN", speak(ssn[:3] + ssn[3:5], [3, 2], "US"), c.new(partial=True)), " ... wait no. let me start over. ",
            V("SSN", speak(ssn, [3, 2, 4], "US", 0), c.new()))
    else:
        c.t("customer", "last four of my social is ", V("SSN", R.choice([ssn[5:], speak(ssn[5:], [4], "US", 0)]), c.new(partial=True)))
        c.t("agent", "thank you, and your date of birth?")
        c.t("customer", V("DOB", make_dob(True, True), c.new()))
    return c


def pos_ssn_partial_fix(c):
    # mode 8 first reading is 5 digits; mark as partial-5
    return c


def pos_ni():
    c = Case("positive", "UK National Insurance number, typed or spelled")
    ni = make_ni()
    mode = R.randint(0, 6)
    opener(c, R.choice(["government", "banking", "insurance"]))
    c.t("agent", R.choice(["could you give me your national insurance number", "what's your NI number please",
                           "I just need your national insurance number to find the record"]))
    if mode == 0:
        w = R.choice([ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni.lower(),
                      "%s%s %s" % (ni[:2], ni[2:8], ni[8]), "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])])
        c.t("customer", R.choice(["NI no: ", "ni number is ", "Its ", "NINO "]), V("NI_NUMBER", w, c.new()))
    elif mode in (1, 2):
        let = R.choice(["nato", "folk", "plain", "asin"])
        s = say_letters(ni[:2], let) + " " + speak(ni[2:8], R.choice([[2, 2, 2], [3, 3], [6]]), "UK", 0.2) + " " + say_letters(ni[8], let)
        c.t("customer", R.choice(["yeah it's ", "", "right, "]), V("NI_NUMBER", s, c.new()))
    elif mode == 3:
        gid = c.new()
        c.t("customer", V("NI_NUMBER", say_letters(ni[:2], "nato"), gid))
        c.t("agent", R.choice(BACK))
        c.t("customer", V("NI_NUMBER", speak(ni[2:8], [2, 2, 2], "UK", 0.3), gid))
        c.t("agent", "and the letter at the end?")
        c.t("customer", V("NI_NUMBER", say_letters(ni[8], R.choice(["plain", "nato"])), gid))
        c.t("agent", "lovely so that's ", V("NI_NUMBER", " ".join(ni[:2].lower()) + " " + speak(ni[2:8], [2, 2, 2], "UK", 0) + " " + ni[8].lower(), c.new()))
    elif mode == 4:
        c.t("customer", "hang on it's on my payslip... ", V("NI_NUMBER", ni[:2].lower() + " " + speak(ni[2:8], [2, 2, 2], "UK", 0, sep=" ") + " " + ni[8].lower(), c.new()),
            R.choice([", i think", ". is that enough?", ""]))
    elif mode == 5:
        c.t("customer", "Subject: NI number update\nHello, my National Insurance No. is ", V("NI_NUMBER", ni, c.new()),
            " and my employer's PAYE ref is ", "%03d/%s%d" % (R.randint(100, 999), "".join(R.choice("ABCDEFGH") for _ in range(2)), R.randint(10000, 99999)), ".")
    else:
        c.t("customer", "um ", V("NI_NUMBER", say_letters(ni[:2], "plain") + " uh " + speak(ni[2:8], [2, 2, 2], "UK", 0) + " " + say_letters(ni[8], "asin"), c.new()))
    return c


def pos_us_bank():
    c = Case("positive", "US routing and account number (routing labelled BANK_ACCOUNT)")
    aba = make_aba()
    acct = digits(R.randint(8, 12), True)
    opener(c, R.choice(["banking", "utilities", "insurance", "government"]))
    c.t("customer", "i want to set up direct deposit" if R.random() < 0.5 else "i'd like to pay by e-check")
    c.t("agent", "ok, i'll need the routing number first")
    if R.random() < 0.5:
        c.t("customer", R.choice(["routing # ", "ABA: ", "rtn "]), V("BANK_ACCOUNT", aba, c.new(routing=True)),
            R.choice([" acct no: ", ", account ", " / acct# "]), V("BANK_ACCOUNT", written_digits(acct, [4, 4, 4]), c.new()))
    else:
        c.t("customer", "ok it's ", V("BANK_ACCOUNT", speak(aba, [3, 3, 3], "US", 0.2), c.new(routing=True)))
        c.t("agent", "and the checking account number")
        gid = c.new()
        h = len(acct) // 2
        c.t("customer", V("BANK_ACCOUNT", speak(acct[:h], [3, 3], "US"), gid))
        c.t("agent", R.choice(BACK))
        c.t("customer", V("BANK_ACCOUNT", speak(acct[h:], [3, 3], "US"), gid), R.choice(["", " and that's it", ", that's the lot"]))
    return c


def pos_uk_bank():
    c = Case("positive", "UK sort code and account number")
    sc, acct = digits(6, True), digits(8)
    opener(c, R.choice(["banking", "utilities", "telecom", "government"]))
    c.t("agent", "what's the sort code and account number for the direct debit?")
    m = R.randint(0, 3)
    if m == 0:
        c.t("customer", R.choice(["sort code ", "s/c: ", "Sort-code "]), V("SORT_CODE", R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), c.new()),
            R.choice([" acc ", ", a/c no. ", " account number "]), V("BANK_ACCOUNT", acct, c.new()))
    elif m == 1:
        c.t("customer", "sort code's ", V("SORT_CODE", speak(sc, [2, 2, 2], "UK", 0.2), c.new()))
        c.t("agent", R.choice(BACK))
        c.t("customer", "account number ", V("BANK_ACCOUNT", speak(acct, [4, 4], "UK", 0.2), c.new()))
    elif m == 2:
        gid = c.new()
        c.t("customer", "the sort code is ", V("SORT_CODE", speak(sc[:4], [2, 2], "UK", 0), gid))
        c.t("agent", "yep")
        c.t("customer", V("SORT_CODE", say_group(sc[4:], "UK"), gid), " and then account is ", V("BANK_ACCOUNT", speak(acct, [3, 3, 2], "UK"), c.new()))
        c.t("agent", "so sort code ", V("SORT_CODE", speak(sc, [2, 2, 2], "UK", 0), c.new()), ", got it")
    else:
        c.t("customer", "Sort Code: ", V("SORT_CODE", "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), c.new()), "\nAccount No: ", V("BANK_ACCOUNT", acct, c.new()),
            "\nPlease take the £", "%d.%02d" % (R.randint(20, 300), R.randint(0, 99)), " on the 1st each month.")
    return c


def pos_iban():
    c = Case("positive", "IBAN typed or spoken")
    ib = make_iban()
    opener(c, R.choice(["banking", "travel", "insurance", "retail"]))
    c.t("agent", "what IBAN should we send the refund to?")
    m = R.randint(0, 3)
    if m == 0:
        w = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        c.t("customer", R.choice(["IBAN: ", "iban ", "it's "]), V("IBAN", R.choice([w, ib, w.lower()]), c.new()))
    elif m == 1:
        sp = say_letters(ib[:2], "plain") + " " + speak(ib[2:4], [2], "UK", 0) + " " + \
            " ".join(say_letters(ch, "nato") if ch.isalpha() else say_digit(ch, "UK") for ch in ib[4:])
        c.t("customer", V("IBAN", sp, c.new()))
    elif m == 2:
        gid = c.new()
        quads = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        h = len(quads) // 2
        for qi, part in enumerate([quads[:h], quads[h:]]):
            s = " ".join(" ".join(say_letters(ch, "plain") if ch.isalpha() else say_digit(ch, "UK") for ch in q) for q in part)
            c.t("customer", V("IBAN", s, gid))
            if qi == 0:
                c.t("agent", R.choice(BACK))
    else:
        c.t("customer", "Refund to IBAN ", V("IBAN", ib, c.new()), " BIC ", R.choice(["AIBKIE2D", "BOFIIE2D", "NWBKGB2L", "COBADEFFXXX"]), " please.")
    return c


def pos_phone():
    c = Case("positive", "phone number, national/international, with extension for US")
    reg = R.choice(["US", "US", "US", "UK", "IE", "EU"])
    w, s = make_phone(reg)
    opener(c)
    c.t("agent", R.choice(["what's the best number to reach you on?", "can I take a callback number", "is there a daytime phone?"]))
    if R.random() < 0.45:
        c.t("customer", R.choice(["ph: ", "Tel ", "call me on ", "mobile - ", "work # "]), V("PHONE", w, c.new()))
    else:
        c.t("customer", R.choice(["yeah it's ", "", "um ", "best one is "]), V("PHONE", s, c.new()))
        if R.random() < 0.4:
            c.t("agent", "let me read that back, ", V("PHONE", s.replace(" um", "").replace(" uh", ""), c.new()))
            c.t("customer", "yep")
    if R.random() < 0.4:
        c.t("agent", "and we're open %d to %d, so anytime then works." % (R.randint(7, 9), R.randint(5, 8)))
    return c


def pos_email():
    c = Case("positive", "e-mail address typed or spoken")
    e = make_email()
    opener(c)
    c.t("agent", "what email should the confirmation go to?")
    m = R.randint(0, 3)
    if m == 0:
        c.t("customer", R.choice(["", "email: ", "its "]), V("EMAIL", R.choice([e, e.upper(), e.title()]), c.new()))
    elif m == 1:
        c.t("customer", "it's ", V("EMAIL", speak_email(e), c.new()))
    elif m == 2:
        local, dom = e.split("@")
        gid = c.new()
        c.t("customer", V("EMAIL", speak_email(local + "@x.y").rsplit(" at ", 1)[0], gid))
        c.t("agent", R.choice(["at?", "mhm, at...", "go on"]))
        c.t("customer", V("EMAIL", "at " + " dot ".join(dom.split(".")), gid))
        c.t("agent", "perfect, ", V("EMAIL", e, c.new()))
    else:
        c.t("customer", "Please update my email to ", V("EMAIL", e, c.new()), " (old one was ", V("EMAIL", make_email(), c.new()), ").")
    return c


def pos_address():
    c = Case("positive", "postal address with separate postcode/ZIP; town unlabelled")
    cc = R.choice(["UK", "US", "US", "IE"])
    opener(c, R.choice(["retail", "utilities", "insurance", "healthcare", "telecom"]))
    c.t("agent", "can you confirm the address on the account?")
    spoken = R.random() < 0.5
    if cc == "US":
        a = make_address(spoken, us=True)
        z, p4 = make_zip()
        town = R.choice(TOWNS_US)
        if spoken:
            zs = speak(z, [5], "US", 0)
            if p4:
                zs += R.choice([" dash ", " ", " then "]) + speak(p4, [4], "US", 0)
            c.t("customer", V("ADDRESS", a, c.new()))
            c.t("agent", R.choice(BACK))
            c.t("customer", town.split(",")[0].lower(), ", zip is ", V("POSTCODE", zs, c.new()))
        else:
            c.t("customer", V("ADDRESS", a, c.new()), ", ", town, " ", V("POSTCODE", z + ("-" + p4 if p4 else ""), c.new()))
    elif cc == "UK":
        a = make_address(spoken)
        o, i = make_ukpc()
        town = R.choice(TOWNS_UK)
        if spoken:
            ps = say_letters(o, R.choice(["plain", "nato", "folk"])) + " " + say_letters(i, "plain")
            c.t("customer", "it's ", V("ADDRESS", a, c.new()), ", ", town.lower())
            c.t("agent", "and the postcode?")
            c.t("customer", V("POSTCODE", ps, c.new()))
        else:
            c.t("customer", V("ADDRESS", a, c.new()), "\n", town, "\n", V("POSTCODE", R.choice([o + " " + i, o + i, (o + " " + i).lower()]), c.new()))
    else:
        a = make_address(spoken)
        c.t("customer", V("ADDRESS", a, c.new()), ", ", R.choice(TOWNS_IE), ", county ", R.choice(["cork", "galway", "clare"]))
        c.note = "Irish address without Eircode; town/county unlabelled"
    return c


def pos_dob():
    c = Case("positive", "date of birth with appointment date distractor")
    us = R.random() < 0.6
    sp = R.random() < 0.6
    opener(c, R.choice(["healthcare", "insurance", "banking", "government"]))
    c.t("agent", R.choice(["and your date of birth?", "can I take a DOB", "date of birth for the patient?"]))
    c.t("customer", R.choice(["", "it's ", "DOB ", "um "]), V("DOB", make_dob(sp, us), c.new()))
    c.t("agent", "thanks. your appointment is on the %s of %s at %d:%02d." % (R.choice(DAY_ORD), R.choice(MONTHS), R.randint(8, 16), R.choice([0, 15, 30, 45])))
    return c


def pos_us_combo():
    c = Case("positive", "US healthcare billing call mixing PII with member ID/claim number negatives")
    ind, o = opener(c, "healthcare")
    mem = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(9)
    c.t("customer", "hi, my member ID is ", mem, " and i'm calling about claim number ", speak(digits(10), [3, 3, 4], "US", 0))
    c.t("agent", "ok, i'll need the patient's date of birth and the last four of the social")
    ssn = make_ssn()
    c.t("customer", V("DOB", make_dob(True, True), c.new()), ", and last four ", V("SSN", speak(ssn[5:], [4], "US", 0), c.new(partial=True)))
    z, p4 = make_zip()
    c.t("agent", "and the zip code on file?")
    c.t("customer", V("POSTCODE", z + ("-" + p4 if p4 and R.random() < 0.5 else ""), c.new()))
    if R.random() < 0.5:
        w, s = make_phone("US")
        c.t("agent", "best callback number?")
        c.t("customer", V("PHONE", s, c.new()))
    return c


POS = [(pos_card_chat, 25), (pos_card_asr_split, 25), (pos_card_restart, 6), (pos_card_email, 8),
       (pos_ssn_variants, 34), (pos_ni, 32), (pos_us_bank, 14), (pos_uk_bank, 14), (pos_iban, 12),
       (pos_phone, 20), (pos_email, 14), (pos_address, 16), (pos_dob, 10), (pos_us_combo, 10)]


# ---------------------------------------------------------------- negatives
def neg_generic():
    c = Case("negative", "")
    ind, o = opener(c)
    k = R.randint(0, 27)
    loc = R.choice(["US", "UK"])
    if k == 0:
        n = luhn_complete("4" + digits(14))
        c.t("customer", "my order number is ", written_digits(n, [4, 4, 4, 4]))
        c.note = "16-digit Luhn-valid order number with label"
    elif k == 1:
        n = digits(16, True)
        c.t("customer", "the reference number on the letter is ", speak(n, [4, 4, 4, 4], loc, 0.1))
        c.t("agent", "thanks, i've got the reference up")
        c.note = "reference read like a card"
    elif k == 2:
        c.t("customer", "i'm calling about claim number ", speak(make_ssn(), [3, 2, 4], "US", 0.1))
        c.note = "claim number grouped like an SSN"
    elif k == 3:
        c.t("customer", "claim # %s-%s-%s" % (digits(3, True), digits(2), digits(4)))
        c.note = "typed claim number in SSN format"
    elif k == 4:
        c.t("agent", "I have the provider NPI as ", luhn_complete("80840" + "1" + digits(8))[5:], ", is that right?")
        c.t("customer", "yes that's Dr. Alvarez's NPI")
        c.note = "NPI with label"
    elif k == 5:
        mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (R.randint(1, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"),
                                           R.randint(0, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"), R.randint(0, 9),
                                           R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.randint(0, 9), R.randint(0, 9))
        c.t("customer", "my medicare ID is ", mbi)
        c.note = "Medicare-style MBI with label (negative by convention)"
    elif k == 6:
        c.t("customer", "member ID ", R.choice(["XWG", "JQH", "ZKP"]) + digits(9), ", group number ", digits(6))
        c.note = "member ID and group number"
    elif k == 7:
        c.t("agent", "your balance is $%s,%03d.%02d and the minimum payment of $%d.%02d is due on %s %d." %
            (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.randint(25, 200), R.randint(0, 99), R.choice(MONTHS).title(), R.randint(1, 28)))
        c.t("customer", "ok, i'll pay on the %s" % R.choice(DAY_ORD))
        c.note = "amounts and payment dates"
    elif k == 8:
        c.t("agent", "that's the card ending in ", speak(digits(4), [4], loc, 0), ", is that the one you want to use?")
        c.t("customer", "yep ending ", digits(4))
        c.note = "card last four only"
    elif k == 9:
        c.t("customer", "the tracking number is 1Z", "".join(R.choice("0123456789ABCDEFX") for _ in range(16)))
        c.note = "tracking number"
    elif k == 10:
        c.t("customer", "meter reading is ", speak(digits(5), [5], loc, 0), " on the day meter and ", digits(5), " night")
        c.note = "meter readings"
    elif k == 11:
        c.t("customer", "i'm on flight %s%d, seat %d%s, gate %s%d, and my hotel room is %d" %
            (R.choice(["BA", "EI", "UA", "FR", "DL"]), R.randint(10, 2999), R.randint(1, 40), R.choice("ABCDEF"), R.choice("ABCD"), R.randint(1, 60), R.randint(100, 2499)))
        c.note = "flight/seat/gate/room numbers"
    elif k == 12:
        c.t("agent", "we're open %d a.m. to %d p.m. eastern, monday to friday, and hold times are about %d minutes." % (R.randint(7, 9), R.randint(5, 9), R.randint(5, 45)))
        c.note = "opening hours and durations"
    elif k == 13:
        c.t("customer", "my policy number is ", R.choice(["HM", "KM", "LA"]) + "-" + digits(8), " and it renews on ", "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027)))
        c.note = "policy number and renewal date"
    elif k == 14:
        c.t("customer", "it's for my son, he's %d, and i'm %d" % (R.randint(3, 17), R.randint(30, 70)))
        c.t("agent", "ok and it was about %d degrees in the house?" % R.randint(50, 90))
        c.note = "ages and temperature"
    elif k == 15:
        c.t("agent", "the rate goes up %d.%d%% from %d, contract ends %s %d" % (R.randint(1, 9), R.randint(0, 9), R.randint(2024, 2026), R.choice(MONTHS).title(), R.randint(2025, 2028)))
        c.note = "percentage, years, contract date"
    elif k == 16:
        c.t("customer", "invoice INV-", digits(9), " and ticket ", speak(digits(7), [3, 4], loc, 0))
        c.note = "invoice and ticket number"
    elif k == 17:
        c.t("customer", "the serial number on the router is ", digits(4, True), "-", digits(4), "-", digits(4), "-", digits(4), ", model ", R.choice(["TX-", "HG"]) + digits(4))
        c.note = "serial number in card-like 4x4 grouping"
    elif k == 18:
        c.t("customer", "the account reference on my gas bill is ", speak(digits(10, True), [3, 3, 4], "UK", 0.1))
        c.note = "utility reference grouped like a phone"
    elif k == 19:
        c.t("customer", "take the %s to junction %d then the %s, we're just off I-%d" % (R.choice(["M25", "A40", "N7", "M50"]), R.randint(1, 30), R.choice(["B4632", "R445", "Route 66"]), R.choice([95, 80, 10, 5])))
        c.note = "road names and numbers"
    elif k == 20:
        c.t("customer", "the case number you gave me last time was ", " ".join(say_digit(d, "US") for d in digits(9)), ", i wrote it down")
        c.note = "case number spoken digit by digit, 9 digits"
    elif k == 21:
        c.t("agent", "your booking reference is ", "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), " and the total was €%d.%02d" % (R.randint(100, 2000), R.randint(0, 99)))
        c.note = "booking reference and price"
    elif k == 22:
        c.t("customer", "i paid %s on the %s of %s, confirmation number %s" % ("$%d.%02d" % (R.randint(10, 999), R.randint(0, 99)), R.choice(DAY_ORD), R.choice(MONTHS), digits(12)))
        c.note = "payment date and 12-digit confirmation number"
    elif k == 23:
        c.t("customer", "the prescription number is ", speak(digits(7), [7], "US", 0), " and the rx group is ", digits(5))
        c.note = "prescription and rx group"
    elif k == 24:
        c.t("customer", "employer ID number on the W-2 is ", "%02d-%07d" % (R.randint(10, 99), R.randint(0, 9999999)))
        c.note = "EIN with label (business identifier)"
    elif k == 25:
        c.t("customer", "we had ", str(R.randint(2, 12)), " outages in ", str(R.randint(2019, 2025)), ", each one about ", str(R.randint(2, 9)), " hours")
        c.note = "counts, year, duration"
    elif k == 26:
        c.t("agent", "you'll be charged ", R.choice(["four hundred and twelve dollars", "forty one eleven in total, sorry, forty one pounds eleven", "twelve ninety nine a month"]))
        c.note = "spoken amounts"
    else:
        c.t("customer", "the PIN reset code they texted me? no, the order was ", speak(luhn_complete("5" + digits(14)), [4, 4, 4, 4], loc, 0))
        c.note = "order number spoken like a card reading"
    c.t("agent", R.choice(["thanks, let me look into that.", "okay, one moment.", "got it, bear with me."]))
    return c


def build():
    cases = []
    pi = ni = 0
    pos = []
    for fn, n in POS:
        for _ in range(n):
            pos.append(fn())
    R.shuffle(pos)
    negs = [neg_generic() for _ in range(112)]
    out = []
    for c in pos:
        pi += 1
        out.append(("h493-pos-%03d" % pi, c))
    for c in negs:
        ni += 1
        out.append(("h493-neg-%03d" % ni, c))
    recs = []
    for cid, c in out:
        turns, spans, groups = render(c)
        recs.append(({"id": cid, "kind": c.kind, "turns": turns, "spans": spans, "note": c.note}, c, groups))
    return recs


def counts(recs):
    ct = {t: 0 for t in TYPES}
    for r, _, _ in recs:
        for s in r["spans"]:
            ct[s["type"]] += 1
    return ct


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _, _ in recs)


README_TMPL = """# pii_holdout493 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds, prompts or models
> against these cases, and do not copy them into training or development data. It exists
> only to measure the redaction engine on data it has not been fitted to.

## Provenance

Written by an AI helper acting as an independent test author. The author did not see the
redaction engine's code, tests, docs or other fixtures. All cases are synthetic and produced
deterministically by `scripts/make_pii_holdout493.py` (Python standard library only,
one `random.Random(493241125)`). Card numbers are synthetic Luhn-valid strings, IBANs carry
valid mod-97 check digits, US routing numbers pass the ABA checksum; no real person's data.

Regenerate / verify:

    python scripts/make_pii_holdout493.py          # writes cases.jsonl and this README
    python scripts/make_pii_holdout493.py --check  # byte-identical, ids, offsets, value checks

## Format

`cases.jsonl`, one case per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` = `customer`/`agent`, `text`), `spans` (`turn`, `start`, `end` exclusive Python
character offsets into that turn's text, `type`), `note`.

## Annotation conventions

- A span covers exactly the value, first letter/digit to last; lead-ins ("it's", "card no:") are outside.
- A value split across turns gets one span per turn, each with the value's type. Agent read-backs are labelled.
- Fillers spoken inside a reading ("um", "uh") are inside the span; asides between chunks are not.
- PHONE spans include the country code and any extension that is spoken/typed with the number. A typed
  leading "+" sits just outside the span (spans start at the first letter/digit); spoken "plus" is inside.
- ADDRESS = house/flat number and street (not the town). POSTCODE (UK postcode or US ZIP / ZIP+4) is a separate span.
  Irish Eircodes are not in the type list and are left unlabelled.
- DOB and EXPIRY cover the whole date expression.
- A card's last four said on their own are NOT PII, unless the full card number was read in the same
  case (then the last-four mention is labelled CARD_NUMBER).
- Partial SSNs ("last four of my social") ARE labelled SSN; an aborted SSN reading before a restart is labelled too.
- US bank routing (ABA) numbers are labelled BANK_ACCOUNT (no separate type exists), as are account numbers.
- Negatives are never labelled: amounts, balances, times, hours, durations, counts, ages, temperatures,
  percentages, years, appointment/payment/contract dates, order/ticket/invoice/claim/reference/tracking/
  serial/model/policy/member/NPI/Medicare/EIN/prescription numbers said with their label, meter readings,
  flight/room/gate/seat numbers, road names and card last-four mentions. Positive cases may also contain
  such unlabelled distractors.

## Counts

Cases: {npos} positive, {nneg} negative.

| type | spans |
|---|---|
{rows}
| **total** | **{total}** |
"""


def readme(recs):
    ct = counts(recs)
    npos = sum(1 for r, _, _ in recs if r["kind"] == "positive")
    rows = "\n".join("| %s | %d |" % (t, ct[t]) for t in TYPES)
    return README_TMPL.format(npos=npos, nneg=len(recs) - npos, rows=rows, total=sum(ct.values()))


def check(recs):
    data = serialise(recs)
    with open(CASES, encoding="utf-8") as f:
        assert f.read() == data, "cases.jsonl is not byte-identical to regeneration"
    with open(README, encoding="utf-8") as f:
        assert f.read() == readme(recs), "README.md out of date"
    ids = [r["id"] for r, _, _ in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r, c, groups in recs:
        assert r["kind"] in ("positive", "negative")
        if r["kind"] == "negative":
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
        for t in r["turns"]:
            assert t["speaker"] in ("customer", "agent")
        byturn = {}
        for s in r["spans"]:
            assert s["type"] in TYPES
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            assert 0 <= a < b <= len(txt), (r["id"], s)
            seg = txt[a:b]
            assert seg[0].isalnum() and seg[-1].isalnum(), (r["id"], seg)
            assert a == 0 or not txt[a - 1].isalnum(), (r["id"], seg)
            assert b == len(txt) or not txt[b].isalnum(), (r["id"], seg)
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                assert b1 <= a2, (r["id"], "overlap")
        for gid, parts in groups.items():
            typs = {p[0] for p in parts}
            assert len(typs) == 1
            typ = parts[0][0]
            try:
                validate(typ, " ".join(p[1] for p in parts), c.meta.get(gid, {}))
            except Exception as e:
                raise AssertionError("%s %s invalid: %r" % (r["id"], typ, e))
    ct = counts(recs)
    npos = sum(1 for r, _, _ in recs if r["kind"] == "positive")
    assert npos >= 200 and len(recs) - npos >= 100, (npos, len(recs) - npos)
    assert ct["CARD_NUMBER"] >= 70 and ct["SSN"] >= 30 and ct["NI_NUMBER"] >= 30, ct
    for t in TYPES:
        assert ct[t] >= 10, (t, ct[t])
    return ct


def main():
    recs = build()
    if "--check" in sys.argv[1:]:
        ct = check(recs)
        print("OK", len(recs), "cases", ct)
        return
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(serialise(recs))
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(recs))
    print("wrote", len(recs), "cases", counts(recs))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h136.

Written by an AI helper acting as an independent author (it did not see the
redaction code). Standard library only; all values come from one seeded
random.Random so the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout136.py          # write fixture + README
    python scripts/make_pii_holdout136.py --check  # regenerate, verify, summarise
"""
import json
import os
import random
import re
import sys

SEED = 136241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout136")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
FOLK = {"b": ["bravo", "bob", "bertie"], "d": ["delta", "david", "dog"], "m": ["mike", "mother"],
        "n": ["november", "nancy"], "p": ["papa", "peter"], "s": ["sierra", "sugar", "sam"],
        "t": ["tango", "tom"], "f": ["foxtrot", "freddie"], "c": ["charlie", "cat"],
        "e": ["echo", "edward"], "h": ["hotel", "harry"], "v": ["victor", "victoria"]}
FILLERS = ["um", "uh", "er", "erm", "hmm", "sorry"]

WORD2D = {w: str(i) for i, w in enumerate(DW)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "too": "2",
               "for": "4", "ate": "8", "won": "1"})
TEEN2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2D = {w: str(k) for k, w in TENS.items()}
SKIP = set(FILLERS) | {"and", "then", "its", "it's", "is", "the", "yeah", "okay", "ok", "so",
                      "like", "as", "in", "plus", "hold", "on", "let", "me", "see"}


def zero_word(rng, uk=True):
    opts = ["zero", "oh", "oh", "o"] + (["nought"] if uk else [])
    return rng.choice(opts)


def say_digit(d, rng, uk=True, homophones=False):
    if d == "0":
        return zero_word(rng, uk)
    w = DW[int(d)]
    if homophones and rng.random() < 0.25:
        w = {"two": "to", "four": "for", "eight": "ate"}.get(w, w)
    return w


def say_digits(s, rng, uk=True, doubles=True, homophones=False):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if doubles and run == 3 and rng.random() < 0.6:
            out.append("triple " + say_digit(d, rng, uk))
            i += 3
        elif doubles and run >= 2 and rng.random() < 0.7:
            out.append("double " + say_digit(d, rng, uk))
            i += 2
        else:
            out.append(say_digit(d, rng, uk, homophones))
            i += 1
    return " ".join(out)


def say_pair(p, rng, uk=True):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        if b == 0:
            return rng.choice(["double oh", "oh oh", "double zero"])
        return zero_word(rng, uk) + " " + DW[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + DW[b]


def say_pairs(s, rng, uk=True):
    parts, i = [], 0
    if len(s) % 2:
        parts.append(say_digit(s[0], rng, uk))
        i = 1
    while i < len(s):
        parts.append(say_pair(s[i:i + 2], rng, uk))
        i += 2
    return " ".join(parts)


def say_letter(ch, rng, nato_p=0.4):
    c = ch.lower()
    if c in ("o", "i") or rng.random() < nato_p:
        word = rng.choice(FOLK.get(c, [NATO[c]])) if rng.random() < 0.5 else NATO[c]
        return c + rng.choice([" for ", " for ", " as in "]) + word
    return c


def say_alnum(s, rng, nato_p=0.4, uk=True, group_digits=False):
    """Letters spelled, digits said; digits runs may be paired."""
    out = []
    for m in re.finditer(r"[A-Za-z]|\d+", s):
        t = m.group(0)
        if t.isdigit():
            out.append(say_pairs(t, rng, uk) if (group_digits and len(t) % 2 == 0 and rng.random() < 0.5)
                       else say_digits(t, rng, uk))
        else:
            out.append(say_letter(t, rng, nato_p))
    return " ".join(out)


def norm_compact(text):
    """Normalise typed or spoken value text to a compact upper-case string of digits/letters."""
    toks = re.findall(r"[a-z0-9']+|-", text.lower().replace("x-ray", "xray"))
    toks = [t for t in toks if t != "-"]
    out, i, mult = [], 0, 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2].isalpha() \
                and toks[i + 2][0] == t:
            out.append(t.upper())
            i += 3
            continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t.upper())
            i += 4
            continue
        if t in WORD2D:
            out.append(WORD2D[t] * mult)
        elif t in TEEN2D:
            out.append(TEEN2D[t] * mult)
        elif t in TENS2D:
            if nxt in WORD2D and WORD2D[nxt] != "0" and nxt not in ("o", "oh"):
                out.append(TENS2D[t] + WORD2D[nxt])
                i += 1
            else:
                out.append(TENS2D[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif t in SKIP:
            pass
        elif t.isdigit():
            out.append(t * mult)
        elif len(t) == 1:
            out.append(t.upper() * mult)
        elif re.fullmatch(r"[a-z0-9]+", t) and (re.search(r"\d", t) or len(t) <= 4):
            out.append(t.upper())
        else:
            return None
        mult = 1
        i += 1
    return "".join(out)


def say_with(s, rng, uk=True, homophones=False):
    """Say a digit string: digit by digit, pairs, or mixed groups; always re-verified."""
    for _ in range(20):
        mode = rng.random()
        if mode < 0.5:
            txt = say_digits(s, rng, uk, homophones=homophones)
        elif mode < 0.75:
            txt = say_pairs(s, rng, uk)
        else:
            groups = [s[i:i + 4] for i in range(0, len(s), 4)]
            txt = " ".join(say_pairs(g, rng, uk) if rng.random() < 0.5 else say_digits(g, rng, uk)
                           for g in groups)
        if norm_compact(txt) == s:
            return txt
    txt = " ".join(say_digit(d, rng, uk) for d in s)
    assert norm_compact(txt) == s, (s, txt)
    return txt


# ---------------------------------------------------------------- value generators
def luhn_check(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    if brand == "visa":
        body, n = "4" + rng.choice(["", "9", "5", "1"]), 16
    elif brand == "mc":
        body, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif brand == "amex":
        body, n = rng.choice(["34", "37"]), 15
    elif brand == "disc":
        body, n = "6011", 16
    elif brand == "visa13":
        body, n = "4", 13
    else:
        body, n = "4", 19
    while len(body) < n - 1:
        body += str(rng.randrange(10))
    for c in "0123456789":
        if luhn_check(body + c):
            return body + c


def group_card(num, rng, sep=None):
    sep = sep if sep is not None else rng.choice([" ", " ", "-", "", " ", "."])
    if len(num) == 15:
        gs = [num[:4], num[4:10], num[10:]]
    else:
        gs = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(gs)


def gen_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


def fmt_ssn(s, rng):
    return rng.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s"]) % (s[:3], s[3:5], s[5:])


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD and "O" not in p:
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def fmt_ni(n, rng):
    f = rng.choice(["sp", "sp", "none", "lower", "pairs_nospace_suffix"])
    if f == "sp":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == "none":
        return n
    if f == "lower":
        return n.lower()
    return "%s %s %s" % (n[:2], n[2:8], n[8])


def gen_digits(rng, n, first_nonzero=True):
    s = str(rng.randrange(1, 10)) if first_nonzero else str(rng.randrange(10))
    return s + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def gen_sort(rng):
    return rng.choice(["20", "40", "30", "60", "77", "08", "09", "11", "16", "83", "90", "93"]) + \
        gen_digits(rng, 4, False)


def fmt_sort(s, rng):
    return rng.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s"]) % (s[:2], s[2:4], s[4:])


def iban_valid(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    lens = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16}
    if s[:2] in lens and len(s) != lens[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES", "IT", "BE"])
    L = lambda k: "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(k))
    D = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "NAIA"]) + D(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + D(14)
    elif cc == "DE":
        bban = D(18)
    elif cc == "FR":
        bban = D(23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO"]) + D(10)
    elif cc == "ES":
        bban = D(20)
    elif cc == "IT":
        bban = L(1) + D(22)
    else:
        bban = D(12)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    iban = cc + "%02d" % chk + bban
    assert iban_valid(iban)
    return iban


def fmt_iban(s, rng):
    f = rng.random()
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if f < 0.55:
        return g
    if f < 0.8:
        return s
    return g.lower() if f < 0.9 else s.lower()


def gen_phone(rng, kind=None):
    """Returns (display_typed, digits_for_speech)."""
    kind = kind or rng.choice(["ukmob", "ukmob", "ukland", "us", "us", "ie", "ukintl", "usintl", "ieintl"])
    if kind in ("ukmob", "ukintl"):
        d = "07" + rng.choice(["7", "8", "9", "4", "5"]) + gen_digits(rng, 8, False)
        if kind == "ukmob":
            return rng.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]]), d
        return rng.choice(["+44 " + d[1:5] + " " + d[5:], "+44" + d[1:], "0044 " + d[1:5] + " " + d[5:]]), "44" + d[1:]
    if kind == "ukland":
        d = rng.choice(["0161", "0113", "0121", "0131", "0141", "0117", "0191"]) + gen_digits(rng, 7, True)
        return rng.choice([d[:4] + " " + d[4:7] + " " + d[7:], d, "(" + d[:4] + ") " + d[4:]]), d
    if kind in ("us", "usintl"):
        a = str(rng.randrange(2, 10)) + gen_digits(rng, 2, False)
        x = str(rng.randrange(2, 10)) + gen_digits(rng, 2, False)
        n = gen_digits(rng, 4, False)
        d = a + x + n
        if kind == "us":
            return rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (a, x, n), d
        return rng.choice(["+1 %s %s %s", "+1 (%s) %s-%s", "1-%s-%s-%s"]) % (a, x, n), "1" + d
    d = "08" + rng.choice("35679") + gen_digits(rng, 7, False)
    if kind == "ie":
        return rng.choice([d[:3] + " " + d[3:6] + " " + d[6:], d, d[:3] + "-" + d[3:]]), d
    return rng.choice(["+353 " + d[1:3] + " " + d[3:6] + " " + d[6:], "+353" + d[1:]]), "353" + d[1:]


FIRST = ["john", "sarah", "aoife", "michael", "priya", "tom", "emma", "liam", "grace", "david", "fatima",
         "sean", "olivia", "raj", "chloe", "james", "niamh", "daniel", "lucy", "marco", "hannah", "kevin",
         "sophie", "ahmed", "claire", "patrick", "megan", "oliver", "zoe", "ben"]
LAST = ["smith", "jones", "murphy", "patel", "obrien", "walsh", "taylor", "nguyen", "kelly", "brown",
        "wilson", "garcia", "byrne", "evans", "hughes", "khan", "ryan", "martin", "lee", "davies",
        "thompson", "roberts", "clarke", "doyle", "fischer", "rossi", "moreau", "jansen"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "protonmail.com", "live.ie", "web.de", "orange.fr", "sky.com"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(6)
    if style == 0:
        u = f + "." + l
    elif style == 1:
        u = f[0] + l
    elif style == 2:
        u = f + "_" + l + str(rng.randrange(1, 99))
    elif style == 3:
        u = f + l + str(rng.randrange(60, 100))
    elif style == 4:
        u = f + "-" + l
    else:
        u = l + "." + f[0]
    return u + "@" + rng.choice(DOMAINS)


def say_email(e, rng):
    u, dom = e.split("@")
    def sayu(x):
        parts = re.findall(r"[a-z]+|\d+|[._-]", x)
        out = []
        for p in parts:
            if p == ".":
                out.append("dot")
            elif p == "_":
                out.append("underscore")
            elif p == "-":
                out.append(rng.choice(["dash", "hyphen"]))
            elif p.isdigit():
                out.append(say_pairs(p, rng) if len(p) == 2 and p[0] != "0" else say_digits(p, rng))
            elif len(p) == 1:
                out.append(p)
            else:
                out.append(p if rng.random() < 0.8 else " ".join(p))
        return " ".join(out)
    return sayu(u) + " at " + " dot ".join(dom.split("."))


def norm_email(text):
    t = text.lower().strip()
    if "@" in t:
        return t.replace(" ", "")
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in TENS2D and i + 1 < len(toks) and toks[i + 1] in DW[1:]:
            out.append(TENS2D[w] + WORD2D[toks[i + 1]])
            i += 1
        elif w in TENS2D:
            out.append(TENS2D[w] + "0")
        elif w in TEEN2D:
            out.append(TEEN2D[w])
        elif w in DW or w in ("oh", "zero"):
            out.append(WORD2D[w])
        else:
            out.append(w)
        i += 1
    return "".join(out)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth",
       "twenty ninth", "thirtieth", "thirty first"]


def sfx(d):
    return "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def say_year(y, rng):
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        if r < 10:
            return rng.choice(["two thousand and ", "two thousand "]) + DW[r]
        return rng.choice(["two thousand and " + say_pair("%02d" % r, rng), "twenty " + say_pair("%02d" % r, rng)])
    return say_pair(str(y)[:2], rng) + " " + say_pair(str(y)[2:], rng)


def gen_dob(rng):
    return rng.randrange(1938, 2006), rng.randrange(1, 13), rng.randrange(1, 29)


def fmt_dob_typed(dob, rng, us=False):
    y, m, d = dob
    f = rng.randrange(6)
    if f == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f == 1:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if f == 2:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if f == 3:
        return ("%d-%d-%d" % (m, d, y)) if us else ("%d.%d.%d" % (d, m, y))
    if f == 4:
        sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%d%s %s %d" % (d, sfx, MONTHS[m - 1][:3].capitalize(), y)
    return "%d-%02d-%02d" % (y, m, d)


def say_dob(dob, rng, us=False):
    y, m, d = dob
    f = rng.randrange(4)
    if f == 0:
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y, rng))
    if f == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y, rng))
    if f == 2:
        return "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y, rng))
    return "%s the %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y, rng))


def gen_expiry(rng):
    return rng.randrange(1, 13), rng.randrange(2025, 2032)


def fmt_expiry(e, rng, spoken=False):
    m, y = e
    if spoken:
        f = rng.randrange(4)
        if f == 0:
            return say_pair("%02d" % m, rng) + " " + say_pair("%02d" % (y % 100), rng)
        if f == 1:
            return MONTHS[m - 1] + " " + say_year(y, rng)
        if f == 2:
            return MONTHS[m - 1] + " " + say_pair("%02d" % (y % 100), rng)
        return say_digits("%02d" % m, rng, doubles=False) + " " + say_pair("%02d" % (y % 100), rng)
    return rng.choice(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%02d / %02d", "%d/%02d"]) % (m, y % 100) \
        if rng.random() < 0.8 else "%02d/%d" % (m, y)


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "CR", "OX",
            "CB", "BT", "NG", "S", "PR", "RG", "BN", "KT", "DN", "YO", "HU", "TS", "AB", "PL"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode(rng):
    a = rng.choice(UK_AREAS)
    out = a + str(rng.randrange(1, 10))
    r = rng.random()
    if r < 0.35:
        out += str(rng.randrange(0, 10))
    elif r < 0.45 and a in ("W", "E", "N", "SW", "SE"):
        out = a + "1" + rng.choice("ACPW")
    return out + " " + str(rng.randrange(0, 10)) + rng.choice(INWARD) + rng.choice(INWARD)


def gen_zip(rng):
    z = "%05d" % rng.randrange(1001, 99951)
    return z + ("-%04d" % rng.randrange(1, 10000) if rng.random() < 0.25 else "")


STREETS = ["elm", "oak", "church", "station", "high", "mill", "park", "victoria", "queens", "kingsway",
           "maple", "willow", "harbour", "castle", "meadow", "orchard", "riverside", "chapel",
           "ashgrove", "main", "cedar", "lincoln", "washington", "sunset", "beech", "abbey", "grange"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way", "terrace", "court",
          "place", "grove", "boulevard", "gardens"]
SUF_ABBR = {"street": "St", "road": "Rd", "avenue": "Ave", "lane": "Ln", "drive": "Dr"}
CITIES_UK = ["leeds", "manchester", "bristol", "glasgow", "cardiff", "london", "york", "belfast",
             "nottingham", "brighton"]
CITIES_US = ["austin", "denver", "portland", "columbus", "tampa", "phoenix", "boston", "raleigh"]


def gen_address(rng, spoken=False, flat=False):
    n = rng.randrange(1, 300)
    st, sf = rng.choice(STREETS), rng.choice(SUFFIX)
    if spoken:
        num = say_num(n, rng)
        pre = ("flat %s " % say_num(rng.randrange(1, 30), rng)) if flat else ""
        return pre + num + " " + st + " " + sf
    sfx = SUF_ABBR.get(sf, sf.capitalize()) if rng.random() < 0.3 else sf.capitalize()
    if rng.random() < 0.2:
        sfx = sfx.lower()
        st_ = st
    else:
        st_ = st.capitalize()
    pre = ("Flat %d, " % rng.randrange(1, 30)) if flat else ""
    if flat and rng.random() < 0.5:
        pre = "Apt %d%s, " % (rng.randrange(1, 20), rng.choice("ABC"))
    return pre + "%d %s %s" % (n, st_, sfx)


def say_num(n, rng, formal=False):
    if n < 10:
        return DW[n]
    if n < 100:
        return say_pair("%02d" % n, rng)
    h, r = divmod(n, 100)
    if r == 0:
        return DW[h] + " hundred"
    if not formal and rng.random() < 0.5:
        return DW[h] + " " + (say_pair("%02d" % r, rng) if r >= 10 else zero_word(rng) + " " + DW[r])
    return DW[h] + " hundred and " + (say_pair("%02d" % r, rng) if r >= 10 else DW[r])


# ---------------------------------------------------------------- case building
def A(*segs):
    return ("agent", segs)


def C(*segs):
    return ("customer", segs)


def V(text, typ):
    assert typ in TYPES, typ
    return (text, typ)


def build(turns):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                assert val == val.strip() and val, repr(val)
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans


def pick(rng, xs):
    return rng.choice(xs)


def fill(rng, p=0.3):
    return (pick(rng, FILLERS) + " ") if rng.random() < p else ""


BACK = ["mhm", "okay go on", "yep", "uh huh", "okay", "right", "got it", "yes", "go ahead", "and then"]


def split_spoken(parts_txt, typ, rng, lead=None):
    """Customer turns for each part with agent back-channels in between."""
    turns = []
    for i, p in enumerate(parts_txt):
        pre = (lead + " ") if (i == 0 and lead) else ""
        tail = pick(rng, ["", "", " um", " yeah", " and"]) if i < len(parts_txt) - 1 else ""
        turns.append(C(pre, V(p, typ), tail))
        if i < len(parts_txt) - 1:
            turns.append(A(pick(rng, BACK)))
    return turns


# ---------------------------------------------------------------- positive templates
def p_card_chat(rng):
    c = gen_card(rng)
    amt = "%d.%02d" % (rng.randrange(5, 900), rng.randrange(100))
    order = gen_digits(rng, rng.randrange(7, 11))
    msg = pick(rng, ["pls take the payment of £%s for order #%s, card is " % (amt, order),
                     "Hi, order %s - want to pay the $%s now. card no: " % (order, amt),
                     "ok here's the card for the £%s (ref %s): " % (amt, order)])
    return [A("Thanks for waiting. How would you like to pay today?"),
            C(msg, V(group_card(c, rng), "CARD_NUMBER"), pick(rng, ["", " thanks", " cheers", ".", " ta"]))], \
        "chat/retail: card typed beside a %d-digit order number and an amount" % len(order)


def p_card_call_one(rng):
    c = gen_card(rng)
    return [A(pick(rng, ["can i take the long number across the front of the card",
                         "okay and the card number please", "go ahead with the digits across the front when you're ready"])),
            C(pick(rng, ["yeah it's ", "okay it's ", "right so ", "", "um "]),
              V(say_with(c, rng, homophones=True), "CARD_NUMBER"))], \
        "call/%s: card number spoken in one turn, mixed digit/pair forms and ASR homophones" % pick(rng, ["telecom", "utilities", "insurance"])


def p_card_call_split(rng):
    c = gen_card(rng, pick(rng, ["visa", "mc", "disc"]))
    if len(c) == 15:
        groups = [c[:4], c[4:10], c[10:]]
    else:
        groups = [c[i:i + 4] for i in range(0, len(c), 4)]
    parts = [say_with(g, rng) for g in groups]
    return [A("okay when you're ready the card number")] + split_spoken(parts, "CARD_NUMBER", rng, lead=pick(rng, ["right", "okay it's", "so"])), \
        "call/banking: card number split over %d customer turns with back-channels" % len(parts)


def p_card_selfcorrect(rng):
    c = gen_card(rng)
    wrong = say_digits(c[:4], rng) + " " + say_digit(str((int(c[4]) + 3) % 10), rng)
    return [A("and the card number"),
            C(wrong + " " + pick(rng, ["no sorry", "wait no", "hang on that's wrong", "sorry let me start again"]) + " ",
              V(say_with(c, rng), "CARD_NUMBER")),
            A("thank you")], \
        "call/travel: caller aborts a card reading and restarts; only the complete reading is labelled (the aborted fragment is 5 digits)"


def p_card_readback(rng):
    c = gen_card(rng)
    spoken = say_with(c, rng)
    back = say_digits(c, rng, doubles=False)
    return [C("the card is ", V(spoken, "CARD_NUMBER")),
            A("let me read that back to you ", V(back, "CARD_NUMBER"), " is that right"),
            C("yes that's it")], \
        "call/retail: card spoken by caller then read back by agent digit by digit"


def p_card_full_chat(rng):
    c, e = gen_card(rng), gen_expiry(rng)
    cvv = gen_digits(rng, 4 if len(c) == 15 else 3, False)
    f = rng.randrange(3)
    if f == 0:
        segs = [V(group_card(c, rng), "CARD_NUMBER"), " exp ", V(fmt_expiry(e, rng), "EXPIRY"), " cvv ", V(cvv, "CVV")]
    elif f == 1:
        segs = ["card: ", V(group_card(c, rng), "CARD_NUMBER"), "\nexpiry: ", V(fmt_expiry(e, rng), "EXPIRY"),
                "\nsecurity code: ", V(cvv, "CVV")]
    else:
        segs = ["its ", V(group_card(c, rng), "CARD_NUMBER"), ", expires ", V(fmt_expiry(e, rng), "EXPIRY"),
                " and the 3 digits on back are ", V(cvv, "CVV")]
    return [A("Please send the card details so I can process the £%d.%02d balance" % (rng.randrange(10, 400), rng.randrange(100))),
            C(*segs)], "chat/telecom: card, expiry and CVV in one typed message beside a balance amount"


def p_card_exp_cvv_call(rng):
    c, e = gen_card(rng), gen_expiry(rng)
    cvv = gen_digits(rng, 4 if len(c) == 15 else 3, False)
    return [A("go ahead with the card number"),
            C(V(say_with(c, rng), "CARD_NUMBER")),
            A("and the expiry date"),
            C(pick(rng, ["it's ", "", "expires ", "um "]), V(fmt_expiry(e, rng, spoken=True), "EXPIRY")),
            A("and finally the security code on the back"),
            C(pick(rng, ["", "it's ", "the three digits are "]), V(say_with(cvv, rng), "CVV"))], \
        "call/utilities: card, spoken expiry and CVV in separate turns"


def p_card_beside_last4(rng):
    c = gen_card(rng)
    last4 = gen_digits(rng, 4, False)
    return [A("I can see a card ending %s on the account, do you want to use that one" % last4),
            C("no that one's expired use this one ", V(group_card(c, rng), "CARD_NUMBER")),
            A("thanks, and the amount will be £%d.%02d" % (rng.randrange(10, 300), rng.randrange(100)))], \
        "chat/retail: new card typed right after agent mentions last four of old card (last four unlabelled)"


def p_cvv_expiry_only(rng):
    e = gen_expiry(rng)
    cvv = gen_digits(rng, 3, False)
    return [A("the card ending in %s, what's the expiry on that" % say_digits(gen_digits(rng, 4), rng, doubles=False)),
            C(V(fmt_expiry(e, rng, spoken=True), "EXPIRY")),
            A("and the three digit code on the back"),
            C(fill(rng, 0.5), V(say_with(cvv, rng), "CVV"), pick(rng, ["", " i think", " yeah"]))], \
        "call/insurance: expiry and CVV for a stored card identified by spoken last four (last four unlabelled)"


def p_ssn_chat(rng):
    s = gen_ssn(rng)
    claim = gen_digits(rng, rng.randrange(8, 11))
    return [A("To verify your identity, please provide your Social Security number."),
            C(pick(rng, ["sure its ", "SSN: ", "my social is ", "ok - ", ""]), V(fmt_ssn(s, rng), "SSN"),
              pick(rng, [" and the claim # is %s" % claim, ". Claim number %s" % claim, " - re claim %s" % claim]))], \
        "chat/insurance: SSN typed, claim number alongside (claim unlabelled)"


def p_ssn_call(rng):
    s = gen_ssn(rng)
    f = rng.randrange(3)
    if f == 0:
        sp = say_with(s, rng, uk=False)
    elif f == 1:
        sp = say_digits(s[:3], rng, uk=False) + " " + say_pairs(s[3:5], rng, uk=False) + " " + say_with(s[5:], rng, uk=False)
        if norm_compact(sp) != s:
            sp = say_digits(s, rng, uk=False, doubles=False)
    else:
        sp = say_digits(s[:3], rng, uk=False) + " " + fill(rng, 1.0) + say_digits(s[3:5], rng, uk=False) + " " + say_digits(s[5:], rng, uk=False)
    return [A(pick(rng, ["can i get your social security number", "and your social please", "i'll need the social to pull up the account"])),
            C(pick(rng, ["sure ", "yeah it's ", "okay ", ""]), V(sp, "SSN"))], \
        "call/%s: SSN spoken, US zero forms and grouping" % pick(rng, ["healthcare billing", "banking", "government services"])


def p_ssn_split(rng):
    s = gen_ssn(rng)
    parts = [say_digits(s[:3], rng, uk=False), say_digits(s[3:5], rng, uk=False), say_with(s[5:], rng, uk=False)]
    return [A("what's your social security number")] + split_spoken(parts, "SSN", rng, lead=pick(rng, ["okay", "it's", "um"])), \
        "call/healthcare billing: SSN split 3-2-4 over three turns with back-channels"


def p_ssn_readback(rng):
    s = gen_ssn(rng)
    return [C("my social is ", V(say_with(s, rng, uk=False), "SSN")),
            A("okay so that's ", V(say_digits(s[:3], rng, uk=False, doubles=False) + " " + say_digits(s[3:5], rng, uk=False, doubles=False) + " " + say_digits(s[5:], rng, uk=False, doubles=False), "SSN"), " correct"),
            C("correct")], "call/banking: SSN spoken then read back by the agent"


def p_ssn_zip_dob(rng):
    s, z, d = gen_ssn(rng), gen_zip(rng), gen_dob(rng)
    if rng.random() < 0.5:
        return [A("Can you confirm date of birth, SSN and ZIP code?"),
                C("DOB ", V(fmt_dob_typed(d, rng, us=True), "DOB"), ", SSN ", V(fmt_ssn(s, rng), "SSN"), ", zip ", V(z, "POSTCODE"))], \
            "chat/healthcare billing: DOB, SSN and ZIP typed in one message"
    zz = z[:5]
    return [A("can i have your date of birth"),
            C(V(say_dob(d, rng, us=True), "DOB")),
            A("and your social"),
            C(V(say_with(s, rng, uk=False), "SSN")),
            A("and the zip code on file"),
            C(V(say_digits(zz, rng, uk=False), "POSTCODE"))], "call/insurance: spoken DOB, SSN and ZIP in sequence"


def p_ssn_beside_ref(rng):
    s = gen_ssn(rng)
    ref = gen_digits(rng, 9)
    return [A("i've got your case number as %s" % say_digits(ref, rng, uk=False, doubles=False)),
            C("yes that's the case number and my social is ", V(say_with(s, rng, uk=False), "SSN")),
            A("thanks")], "call/government services: SSN spoken right after a spoken 9-digit case number (case number unlabelled)"


def p_ni_chat(rng):
    n = gen_ni(rng)
    return [A("Could you provide your National Insurance number please?"),
            C(pick(rng, ["yes it's ", "NI no. ", "sure - ", "", "its "]), V(fmt_ni(n, rng), "NI_NUMBER"),
              pick(rng, ["", " thanks", ".", " (from my payslip)"]))], \
        "chat/government services: NI number typed in varied formats"


def p_ni_call(rng):
    n = gen_ni(rng)
    f = rng.randrange(3)
    digits = n[2:8]
    if f == 0:
        sp = say_letter(n[0], rng, 0.0) + " " + say_letter(n[1], rng, 0.0) + " " + say_pairs(digits, rng) + " " + say_letter(n[8], rng, 0.0)
    elif f == 1:
        sp = say_letter(n[0], rng, 1.0) + " " + say_letter(n[1], rng, 1.0) + " " + say_digits(digits, rng) + " " + say_letter(n[8], rng, 1.0)
    else:
        sp = say_alnum(n, rng, 0.3, group_digits=True)
    if norm_compact(sp) != n:
        sp = " ".join(c.lower() if c.isalpha() else DW[int(c)] for c in n)
    return [A(pick(rng, ["and your national insurance number", "can you give me your n i number please"])),
            C(pick(rng, ["yeah it's ", "okay ", "", "right it's "]), V(sp, "NI_NUMBER"))], \
        "call/government services: NI number spoken with spelled/phonetic letters"


def p_ni_split(rng):
    n = gen_ni(rng)
    parts = [say_letter(n[0], rng) + " " + say_letter(n[1], rng), say_pairs(n[2:8], rng) if rng.random() < 0.5 else say_digits(n[2:8], rng),
             say_letter(n[8], rng, 0.6)]
    return [A("national insurance number please")] + split_spoken(parts, "NI_NUMBER", rng, lead=pick(rng, ["it's", "okay"])), \
        "call/government services: NI number split letters / digits / suffix over three turns"


def p_ni_ref(rng):
    n = gen_ni(rng)
    ref = gen_digits(rng, 8)
    return [A("your claim reference is %s, and can I take your NI number" % ref),
            C(pick(rng, ["ok ", "", "yeah "]), V(fmt_ni(n, rng), "NI_NUMBER"))], \
        "chat/government services: NI number typed right after agent gives an 8-digit claim reference"


def p_ni_readback(rng):
    n = gen_ni(rng)
    return [C("it's ", V(say_alnum(n, rng, 0.2), "NI_NUMBER")),
            A("so that's ", V(say_alnum(n, rng, 1.0), "NI_NUMBER"), " yes"),
            C("yep")], "call/payroll: NI number spoken, agent reads it back with phonetic letters"


def p_ni_dob(rng):
    n, d = gen_ni(rng), gen_dob(rng)
    return [A("for security can i have your date of birth and national insurance number"),
            C(V(say_dob(d, rng), "DOB"), " and the n i is ", V(say_alnum(n, rng, 0.3), "NI_NUMBER"))], \
        "call/pensions: DOB and NI number in one customer turn"


def p_bank_chat(rng):
    sc, acc = gen_sort(rng), gen_digits(rng, 8, False)
    if rng.random() < 0.5:
        return [A("What are the sort code and account number for the refund?"),
                C("sort code ", V(fmt_sort(sc, rng), "SORT_CODE"), " acc ", V(acc, "BANK_ACCOUNT"))], \
            "chat/utilities: sort code and account typed together"
    return [A("Which account should the direct debit come from?"),
            C("Account no ", V(acc, "BANK_ACCOUNT"), pick(rng, [", sort code ", " / sc "]), V(fmt_sort(sc, rng), "SORT_CODE"),
              ". Collection on the %d%s please" % ((lambda d: (d, sfx(d)))(rng.randrange(1, 29))))], \
        "chat/utilities: account then sort code, with DD collection day nearby (unlabelled)"


def p_bank_call(rng):
    sc, acc = gen_sort(rng), gen_digits(rng, 8, False)
    return [A("can i take the sort code"),
            C(fill(rng), V(say_pairs(sc, rng) if rng.random() < 0.6 else say_digits(sc, rng), "SORT_CODE")),
            A("and the account number"),
            C(pick(rng, ["it's ", "", "okay "]), V(say_with(acc, rng), "BANK_ACCOUNT"))], \
        "call/banking: spoken sort code (pairs) and account number"


def p_bank_split(rng):
    acc = gen_digits(rng, 8, False)
    parts = [say_digits(acc[:4], rng), say_digits(acc[4:], rng)]
    return [A("and the account number")] + split_spoken(parts, "BANK_ACCOUNT", rng, lead="it's") + [A("lovely thank you")], \
        "call/insurance: account number split 4+4 over two turns"


def p_bank_us(rng):
    acc = gen_digits(rng, rng.choice([10, 11, 12]), False)
    amt = rng.randrange(50, 2000)
    return [A("What checking account should we deposit the $%d refund into?" % amt),
            C("account number ", V(acc if rng.random() < 0.6 else acc[:4] + " " + acc[4:8] + " " + acc[8:], "BANK_ACCOUNT"),
              pick(rng, ["", " thx", ". it's with chase"]))], "chat/retail: US checking account number beside refund amount"


def p_iban_chat(rng):
    ib = gen_iban(rng)
    return [A("Please send the IBAN for the transfer."),
            C(pick(rng, ["IBAN: ", "here you go ", "iban is ", ""]), V(fmt_iban(ib, rng), "IBAN"),
              pick(rng, ["", " (BIC not needed?)", " thanks"]))], "chat/travel: IBAN typed, %s" % ib[:2]


def p_iban_call(rng):
    ib = gen_iban(rng, pick(rng, ["GB", "IE", "IE", "NL", "DE"]))
    sp = say_alnum(ib, rng, 0.3, group_digits=True)
    if norm_compact(sp) != ib:
        sp = say_alnum(ib, rng, 0.3)
    return [A("okay read me the iban"), C(pick(rng, ["okay it's ", "", "right "]), V(sp, "IBAN"))], \
        "call/banking: %s IBAN spoken in one turn" % ib[:2]


def p_iban_split(rng):
    ib = gen_iban(rng, pick(rng, ["GB", "IE", "DE", "FR"]))
    groups = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    parts = [say_alnum(g, rng, 0.2) for g in groups]
    return [A("go ahead with the iban in blocks of four")] + split_spoken(parts, "IBAN", rng), \
        "call/banking: %s IBAN in blocks of four over %d turns" % (ib[:2], len(parts))


def p_phone_chat(rng):
    disp, _ = gen_phone(rng)
    return [A("What's the best number to reach you on?"),
            C(pick(rng, ["call me on ", "mob: ", "it's ", "", "best is "]), V(disp, "PHONE"),
              pick(rng, ["", " after 6pm", " anytime between 9 and 5", " thx"]))], \
        "chat/telecom: phone typed, sometimes followed by time-of-day (unlabelled)"


def p_phone_call(rng):
    kind = pick(rng, ["ukmob", "ukland", "us", "ie", "ukintl", "usintl", "ieintl"])
    _, d = gen_phone(rng, kind)
    sp = say_with(d, rng, uk=kind not in ("us", "usintl"))
    if kind.endswith("intl") and rng.random() < 0.7:
        sp = "plus " + sp
    return [A("and a contact number"), C(pick(rng, ["yeah it's ", "", "my mobile is ", "okay "]), V(sp, "PHONE"))], \
        "call/%s: %s phone number spoken" % (pick(rng, ["telecom", "utilities", "travel"]), kind)


def p_phone_split(rng):
    _, d = gen_phone(rng, pick(rng, ["ukmob", "ie", "us"]))
    cut = 5 if d.startswith("07") else 3
    parts = [say_with(d[:cut], rng), say_with(d[cut:], rng)]
    return [A("what number can we call you back on")] + split_spoken(parts, "PHONE", rng), \
        "call/utilities: phone split over two turns"


def p_phone_two(rng):
    d1, _ = gen_phone(rng, "ukmob")
    d2, _ = gen_phone(rng, "ukland")
    return [A("any other numbers?"),
            C("mobile ", V(d1, "PHONE"), " or home ", V(d2, "PHONE"), ", we're in from %d" % rng.randrange(5, 9))], \
        "chat/telecom: two phone numbers in one message with a time"


def p_email_chat(rng):
    e = gen_email(rng)
    if rng.random() < 0.3:
        e = e.capitalize()
    return [A("And what email should the confirmation go to?"),
            C(pick(rng, ["", "it's ", "email: ", "send it to "]), V(e, "EMAIL"), pick(rng, ["", " please", ".", " ty"]))], \
        "chat/travel: email typed"


def p_email_call(rng):
    e = gen_email(rng)
    return [A("can i take an email address"),
            C(pick(rng, ["yeah it's ", "", "okay so it's "]), V(say_email(e, rng), "EMAIL"))], \
        "call/retail: email spoken with dot/at/underscore words"


def p_email_phone(rng):
    e = gen_email(rng)
    _, d = gen_phone(rng, "ukmob")
    return [A("can i update your contact details"),
            C("the email's ", V(say_email(e, rng), "EMAIL"), " and the mobile is ", V(say_with(d, rng), "PHONE"))], \
        "call/telecom: spoken email and phone in one turn"


def p_dob_chat(rng):
    d = gen_dob(rng)
    us = rng.random() < 0.4
    return [A("For security please confirm your date of birth"),
            C(pick(rng, ["", "dob ", "born ", "its "]), V(fmt_dob_typed(d, rng, us), "DOB"))], \
        "chat/%s: DOB typed" % ("healthcare billing" if us else "banking")


def p_dob_call(rng):
    d = gen_dob(rng)
    return [A("and your date of birth"), C(pick(rng, ["", "it's ", "yeah "]), V(say_dob(d, rng), "DOB"))], \
        "call/insurance: DOB spoken with ordinal day and spoken year"


def p_dob_appt(rng):
    d = gen_dob(rng)
    ad = rng.randrange(1, 28)
    am = MONTHS[rng.randrange(12)]
    return [A("i can see an appointment on the %s of %s at half two, can you confirm your date of birth" % (ORD[ad - 1], am)),
            C("yes ", V(say_dob(d, rng), "DOB"))], \
        "call/healthcare billing: DOB spoken right after agent mentions an appointment date (unlabelled)"


def p_postcode_chat(rng):
    pc = gen_postcode(rng)
    f = rng.random()
    pcs = pc if f < 0.5 else (pc.replace(" ", "") if f < 0.7 else pc.lower())
    return [A("Can I take the postcode for the property?"),
            C(pick(rng, ["", "its ", "postcode is "]), V(pcs, "POSTCODE"), pick(rng, ["", " thanks", "."]))], \
        "chat/utilities: UK postcode typed"


def p_postcode_call(rng):
    pc = gen_postcode(rng)
    sp = say_alnum(pc, rng, 0.3)
    return [A("what's the postcode there"), C(pick(rng, ["it's ", "", "yeah it's "]), V(sp, "POSTCODE"))], \
        "call/utilities: UK postcode spoken letter by letter"


def p_zip(rng):
    z = gen_zip(rng)
    if rng.random() < 0.5:
        return [A("and the billing zip code"), C(V(say_digits(z[:5], rng, uk=False), "POSTCODE"))], \
            "call/retail: US ZIP spoken"
    return [A("Billing ZIP?"), C(V(z, "POSTCODE"))], "chat/retail: US ZIP typed"


def p_address_chat(rng):
    ad = gen_address(rng, flat=rng.random() < 0.3)
    if rng.random() < 0.6:
        pc = gen_postcode(rng)
        return [A("What's the full delivery address?"),
                C(V(ad, "ADDRESS"), ", %s, " % pick(rng, CITIES_UK).capitalize(), V(pc, "POSTCODE"))], \
            "chat/retail: UK address with city and postcode (city unlabelled)"
    z = gen_zip(rng)
    return [A("What's the full delivery address?"),
            C(V(ad, "ADDRESS"), ", %s " % pick(rng, ["Austin, TX", "Denver, CO", "Portland, OR", "Columbus, OH", "Tampa, FL", "Boston, MA"]), V(z, "POSTCODE"))], \
        "chat/retail: US address with city, state and ZIP"


def p_address_call(rng):
    ad = gen_address(rng, spoken=True, flat=rng.random() < 0.3)
    pc = gen_postcode(rng)
    return [A("can i confirm the address"),
            C("it's ", V(ad, "ADDRESS"), " in %s " % pick(rng, CITIES_UK), V(say_alnum(pc, rng, 0.2), "POSTCODE"))], \
        "call/utilities: spoken address and postcode"


def p_address_meter(rng):
    ad = gen_address(rng, spoken=rng.random() < 0.5)
    reading = gen_digits(rng, 5, False)
    return [A("what's the supply address and the meter reading"),
            C(V(ad, "ADDRESS"), pick(rng, [" and the reading is ", ", reading ", " the meter says "]),
              say_digits(reading, rng) if rng.random() < 0.5 else reading)], \
        "call/utilities: address beside a 5-digit meter reading (reading unlabelled)"


def p_combo_move(rng):
    ad = gen_address(rng)
    pc = gen_postcode(rng)
    _, d = gen_phone(rng, "ukmob")
    e = gen_email(rng)
    return [A("Moving home? Please send new address, a contact number and email."),
            C("New place is ", V(ad, "ADDRESS"), " ", V(pc, "POSTCODE"), " from the %s of %s. mob " % ((lambda d: "%d%s" % (d, sfx(d)))(rng.randrange(4, 28)), pick(rng, MONTHS).capitalize()),
              V(d, "PHONE"), " email ", V(e, "EMAIL"))], \
        "chat/utilities: address, postcode, phone and email with a move-in date (unlabelled)"


def p_combo_order_phone(rng):
    order = gen_digits(rng, 10)
    _, d = gen_phone(rng, "ukmob")
    return [A("can i take the order number"),
            C("yeah it's ", say_digits(order, rng, doubles=False)),
            A("and the phone number on the order"),
            C(V(say_with(d, rng), "PHONE"))], \
        "call/retail: 10-digit order number spoken digit by digit (unlabelled), then 11-digit phone (labelled)"


def p_combo_ie(rng):
    ib = gen_iban(rng, "IE")
    _, d = gen_phone(rng, "ie")
    return [A("to set up the refund i need your iban and a phone number"),
            C(V(fmt_iban(ib, rng), "IBAN"), " and ", V(d[:3] + " " + d[3:6] + " " + d[6:], "PHONE"))], \
        "chat/travel (Ireland): IBAN and Irish mobile in one message"


def p_combo_amount_card(rng):
    c = gen_card(rng, pick(rng, ["visa", "mc"]))
    amt = rng.randrange(100, 999)
    return [A("so the total is %s pounds %s" % (say_num(amt, rng), say_pair("%02d" % rng.randrange(10, 100), rng))),
            C("okay put it on ", V(say_with(c, rng), "CARD_NUMBER"))], \
        "call/travel: spoken amount from agent then spoken card"


def p_typo_card(rng):
    c = gen_card(rng, "visa")
    g = [c[i:i + 4] for i in range(0, 16, 4)]
    txt = rng.choice(["%s %s  %s %s", "%s-%s -%s-%s", "%s %s%s %s", "%s,%s,%s,%s"]) % tuple(g)
    return [C("hiya cn u take paymnt now? card " , V(txt, "CARD_NUMBER"), " exp ", V(fmt_expiry(gen_expiry(rng), rng), "EXPIRY"))], \
        "chat/telecom: card typed with irregular separators and typos around it"


def p_cvv_chat(rng):
    cvv = gen_digits(rng, 3, False)
    return [A("And the CVV?"), C(pick(rng, ["", "cvv ", "its "]), V(cvv, "CVV"))], "chat/retail: bare CVV answer"


def p_ssn_typed_noisy(rng):
    s = gen_ssn(rng)
    return [C("hi i need to update my w-2 address. my ss# ", V(fmt_ssn(s, rng), "SSN"), " and I moved on %d/%d" % (rng.randrange(1, 13), rng.randrange(1, 28)))], \
        "chat/government services: SSN typed with a move date (unlabelled)"


def p_ni_lower_split_chat(rng):
    n = gen_ni(rng)
    return [C("my ni is ", V(n[:2].lower() + n[2:8] + n[8].lower(), "NI_NUMBER")),
            A("Thanks, and the tax year you're asking about?"), C("2023/24")], \
        "chat/government services: lowercase NI then a tax year (unlabelled)"


POSITIVE = [p_card_chat, p_card_call_one, p_card_call_split, p_card_selfcorrect, p_card_readback,
            p_card_full_chat, p_card_exp_cvv_call, p_card_beside_last4, p_cvv_expiry_only,
            p_ssn_chat, p_ssn_call, p_ssn_split, p_ssn_readback, p_ssn_zip_dob, p_ssn_beside_ref,
            p_ni_chat, p_ni_call, p_ni_split, p_ni_ref, p_ni_readback, p_ni_dob,
            p_bank_chat, p_bank_call, p_bank_split, p_bank_us, p_iban_chat, p_iban_call, p_iban_split,
            p_phone_chat, p_phone_call, p_phone_split, p_phone_two, p_email_chat, p_email_call,
            p_email_phone, p_dob_chat, p_dob_call, p_dob_appt, p_postcode_chat, p_postcode_call, p_zip,
            p_address_chat, p_address_call, p_address_meter, p_combo_move, p_combo_order_phone,
            p_combo_ie, p_combo_amount_card, p_typo_card, p_cvv_chat, p_ssn_typed_noisy,
            p_ni_lower_split_chat]


def p_sort_readback(rng):
    sc = gen_sort(rng)
    return [A("and the sort code"),
            C(pick(rng, ["", "it's ", "okay "]), V(say_pairs(sc, rng) if rng.random() < 0.5 else say_digits(sc, rng), "SORT_CODE")),
            A("so that's ", V(say_digits(sc[:2], rng, doubles=False) + " " + say_digits(sc[2:4], rng, doubles=False) + " " + say_digits(sc[4:], rng, doubles=False), "SORT_CODE"), " and the account ending %s" % say_digits(gen_digits(rng, 3), rng, doubles=False)),
            C("that's right")], "call/banking: sort code spoken and read back; account last three mentioned (unlabelled)"


def p_sort_chat_noisy(rng):
    sc = gen_sort(rng)
    acc = gen_digits(rng, 8, False)
    return [C("refund to s/c ", V(fmt_sort(sc, rng), "SORT_CODE"), " a/c ", V(acc, "BANK_ACCOUNT"), " pls, it was %d.%02d" % (rng.randrange(10, 99), rng.randrange(100)))], \
        "chat/telecom: abbreviated s/c and a/c labels with a refund amount"


def p_expiry_chat(rng):
    e = gen_expiry(rng)
    m, y = e
    txt = pick(rng, ["%02d/%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].capitalize(), y), "%02d%02d" % (m, y % 100), "%d/%d" % (m, y)])
    return [A("What's the expiry date on the card?"), C(pick(rng, ["", "exp ", "it expires "]), V(txt, "EXPIRY"))], \
        "chat/retail: expiry typed alone in varied formats"


def p_cvv_call_filler(rng):
    cvv = gen_digits(rng, 3, False)
    sp = say_digit(cvv[0], rng) + " " + pick(rng, ["um", "er", "uh"]) + " " + say_digits(cvv[1:], rng)
    return [A("and the last three digits on the signature strip"), C("hang on ", V(sp, "CVV"))], \
        "call/utilities: CVV with a filler word inside the reading"


def p_card_amex_split(rng):
    c = gen_card(rng, "amex")
    parts = [say_with(c[:4], rng, uk=False), say_with(c[4:10], rng, uk=False), say_with(c[10:], rng, uk=False)]
    cvv = gen_digits(rng, 4, False)
    return [A("go ahead with the amex number")] + split_spoken(parts, "CARD_NUMBER", rng) + [
        A("and the four digit code on the front"), C(V(say_with(cvv, rng, uk=False), "CVV"))], \
        "call/travel (US): amex 4-6-5 over three turns then 4-digit CID"


def p_dob_age(rng):
    d = gen_dob(rng)
    age = 2026 - d[0]
    return [C("I'm %d, born " % age, V(fmt_dob_typed(d, rng), "DOB"), ", does the over-%ds discount apply?" % ((age // 10) * 10))], \
        "chat/travel: DOB typed beside an age and an age band (unlabelled)"


def p_phone_hours(rng):
    _, d = gen_phone(rng, pick(rng, ["ukmob", "ie"]))
    return [A("when's a good time to call you back"),
            C("any time after %s thirty on " % pick(rng, ["five", "six", "four"]), V(say_with(d, rng), "PHONE"), " or before nine in the morning")], \
        "call/telecom: phone sandwiched between spoken times"


def p_email_upper(rng):
    e = gen_email(rng).upper() if rng.random() < 0.5 else gen_email(rng)
    order = gen_digits(rng, 9)
    return [C("Order %s - pls resend receipt to " % order, V(e, "EMAIL"), " , not the old address")], \
        "chat/retail: email after a 9-digit order number"


def p_ni_chat_split(rng):
    n = gen_ni(rng)
    return [C("NI number is ", V(n[:2] + " " + n[2:4] + " " + n[4:6], "NI_NUMBER")), C(V(n[6:8] + " " + n[8], "NI_NUMBER"), " sorry hit enter"),
            A("Thanks, that's all I need.")], "chat/government services: NI number split over two chat messages"


def p_expiry_cvv_same_turn(rng):
    e = gen_expiry(rng)
    cvv = gen_digits(rng, 3, False)
    return [A("expiry and security code please"),
            C(V(fmt_expiry(e, rng, spoken=True), "EXPIRY"), " and the code is ", V(say_with(cvv, rng), "CVV"))], \
        "call/insurance: expiry and CVV in one turn"


POSITIVE += [p_sort_readback, p_sort_chat_noisy, p_expiry_chat, p_cvv_call_filler, p_card_amex_split, p_dob_age,
             p_phone_hours, p_email_upper, p_ni_chat_split, p_expiry_cvv_same_turn]


# ---------------------------------------------------------------- negative templates
def n_order_spoken(rng):
    ref = gen_digits(rng, rng.randrange(8, 11))
    word = pick(rng, ["order number", "reference number", "ticket number", "case number", "booking reference"])
    return [A("have you got the %s there" % word),
            C("yeah the %s is %s" % (word, say_digits(ref, rng, doubles=rng.random() < 0.5))),
            A("lovely i've found it")], "call/retail: %d-digit %s spoken digit by digit" % (len(ref), word)


def n_order_typed(rng):
    ref = gen_digits(rng, rng.randrange(8, 11))
    word = pick(rng, ["Order #", "Ticket no. ", "Invoice ", "Claim ref ", "Ref: ", "Case ID "])
    grp = ref if rng.random() < 0.6 else " ".join(ref[i:i + 3] for i in range(0, len(ref), 3))
    return [C("Hi, chasing %s%s - it still says pending" % (word, grp)),
            A("Thanks, I can see %s%s was updated on %d %s." % (word, ref, rng.randrange(1, 28), pick(rng, MONTHS).capitalize()))], \
        "chat/retail: %d-digit reference typed (grouped) with its name and a dispatch date" % len(ref)


def n_amount_digits(rng):
    pounds = rng.randrange(1000, 99999)
    pence = rng.randrange(10, 100)
    return [A("your outstanding balance is %s pounds and %s pence" % (say_num(pounds // 1000, rng) + " thousand " + say_num(pounds % 1000, rng, formal=True) if pounds % 1000 else say_num(pounds // 1000, rng) + " thousand", say_pair(str(pence), rng))),
            C("sorry can you say that again"),
            A("that's %s point %s" % (say_digits(str(pounds), rng, doubles=False), say_digits(str(pence), rng, doubles=False)))], \
        "call/banking: account balance read out in words and then digit by digit"


def n_amount_typed(rng):
    a = rng.randrange(1000, 250000)
    return [C("why is my bill £%s,%03d.%02d?? last month was £%d.%02d" % (a // 1000, a % 1000, rng.randrange(100), rng.randrange(20, 200), rng.randrange(100))) if a >= 1000 else C("bill?"),
            A("I'm sorry about that. There was a back-bill of %d months at %d.%d%% VAT included." % (rng.randrange(2, 14), rng.randrange(5, 21), rng.randrange(10)))], \
        "chat/utilities: large money amounts, months, percentage"


def n_last_four(rng):
    l4 = gen_digits(rng, 4, False)
    return [A("is that the card ending %s" % say_digits(l4, rng)),
            C("yes ending %s that's the one" % say_pairs(l4, rng)),
            A("great and that payment of %s pounds went through on the %s" % (say_num(rng.randrange(20, 500), rng), ORD[rng.randrange(28)]))], \
        "call/banking: card last four said twice (digits and pairs) plus amount and payment date"


def n_last_four_chat(rng):
    return [C("the card ending in %s was charged twice for £%d.%02d on %02d/%02d/%d" % (gen_digits(rng, 4), rng.randrange(5, 200), rng.randrange(100), rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2023, 2027))),
            A("I can see both transactions on the card ending %s; I've raised dispute %s." % (gen_digits(rng, 4), gen_digits(rng, 8)))], \
        "chat/banking: last-four card mentions, transaction date, 8-digit dispute number"


def n_hours(rng):
    return [C("what time are you open till"),
            A(pick(rng, ["we're open eight till eight monday to friday and nine till five on saturdays",
                         "the lines are open from seven thirty am to ten pm seven days a week",
                         "eight am to eight pm weekdays nine to one saturday closed sunday"])),
            C("okay and how long is the wait usually"),
            A("about %s minutes at the moment" % say_num(rng.randrange(5, 45), rng))], \
        "call/telecom: phone-like opening hours and durations"


def n_hours_chat(rng):
    return [A("Our team is available 08:00-20:00 Mon-Fri, 09:00-17:00 Sat. Average wait %d mins." % rng.randrange(3, 40)),
            C("ok ill call back at %d:%02d tmrw" % (rng.randrange(8, 12), pick(rng, [0, 15, 30, 45])))], \
        "chat/telecom: opening times typed with colons and dashes"


def n_model_serial(rng):
    model = pick(rng, ["KD-55X85J", "WM14T790GB", "UE50TU7100", "HR-4550 XT", "iPhone 14 Pro", "SM-A536B", "DCS-8300LH"])
    serial = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + gen_digits(rng, 8)
    return [C("the washing machine stopped working, model %s" % model),
            A("Thanks. Can you read the serial number from the sticker?"),
            C("serial no %s, bought it %d months ago for £%d" % (serial, rng.randrange(2, 24), rng.randrange(199, 999)))], \
        "chat/retail: model number and 2-letter + 8-digit serial number (NI-like shape but not NI)"


def n_serial_spoken(rng):
    serial = gen_digits(rng, 10)
    return [A("can you read me the serial number off the back of the router"),
            C("it's s n %s" % say_digits(serial, rng)),
            A("and the model"),
            C("it says hub %s" % say_num(rng.randrange(2, 7), rng))], \
        "call/telecom: 10-digit router serial number spoken digit by digit"


def n_meter(rng):
    r1, r2 = gen_digits(rng, 5, False), gen_digits(rng, 5, False)
    return [A("can i take a meter reading"),
            C("yeah the electric is %s and the gas is %s" % (say_digits(r1, rng), say_with(r2, rng))),
            A("thanks that's the reading for the %s" % ORD[rng.randrange(28)])], \
        "call/utilities: two 5-digit meter readings spoken (ZIP-like, not a postcode)"


def n_meter_chat(rng):
    return [C("Meter reading %s as of today, serial %s" % (gen_digits(rng, 6, False), gen_digits(rng, 9))),
            A("Received. Your next bill date is %02d/%02d/%d." % (rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2025, 2028)))], \
        "chat/utilities: 6-digit meter reading (sort-code-like), 9-digit meter serial (SSN-like), bill date"


def n_appointment(rng):
    d = rng.randrange(1, 28)
    return [A("we can send an engineer on the %s of %s between eight and twelve" % (ORD[d - 1], pick(rng, MONTHS))),
            C("the %s is no good what about the %s" % (ORD[d - 1], ORD[d])),
            A("yes we can do the %s, reference %s" % (ORD[d], say_digits(gen_digits(rng, 7), rng, doubles=False)))], \
        "call/telecom: appointment dates (not DOB) and a 7-digit booking reference"


def n_payment_dates(rng):
    y = rng.randrange(2019, 2027)
    return [C("when did my contract start"),
            A("your contract started on the %s of %s %s and runs for %s months" % (ORD[rng.randrange(28)], pick(rng, MONTHS), say_year(y, rng), pick(rng, ["eighteen", "twenty four", "twelve", "thirty six"]))),
            C("and when's the next payment"),
            A("the %s of %s %s" % (ORD[rng.randrange(28)], pick(rng, MONTHS), say_year(y + 1, rng)))], \
        "call/telecom: contract start and payment dates with spoken years (date shapes like DOB)"


def n_dates_typed(rng):
    return [C("Payment of £%d taken %02d/%02d/%d but due date was %d %s %d" % (rng.randrange(10, 300), rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2024, 2027), rng.randrange(1, 28), pick(rng, MONTHS).capitalize(), rng.randrange(2024, 2027))),
            A("Apologies. I've refunded the late fee; it will appear in 3-5 working days.")], \
        "chat/banking: payment and due dates typed in DOB-like formats"


def n_flight(rng):
    fl = pick(rng, ["BA", "EI", "FR", "U2", "LH", "AA", "DL"]) + str(rng.randrange(10, 9999))
    return [C("my flight %s on the %d%s was cancelled, booking ref %s" % (fl, rng.randrange(4, 20), "th", "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))),
            A("I'm sorry. I can rebook you on %s departing %d:%02d from gate %d%s." % (fl[:2] + str(rng.randrange(10, 999)), rng.randrange(6, 22), pick(rng, [5, 20, 35, 50]), rng.randrange(1, 60), pick(rng, ["A", "B", ""])))], \
        "chat/travel: flight numbers, booking code, times and gate"


def n_flight_spoken(rng):
    return [A("what's your flight number"),
            C("e i %s on the %s" % (say_digits(str(rng.randrange(100, 999)), rng), ORD[rng.randrange(28)])),
            A("and you're in room %s at the airport hotel for %s nights" % (say_num(rng.randrange(100, 900), rng), say_num(rng.randrange(2, 8), rng)))], \
        "call/travel: spoken flight number, date, room number, count"


def n_speeds(rng):
    return [C("im paying for %d meg and only getting %d.%d Mbps upload %d" % (pick(rng, [150, 500, 900, 67, 36]), rng.randrange(5, 60), rng.randrange(10), rng.randrange(2, 20))),
            A("I can see %d drops in the last %d hours. I'll run a line test; it takes about %d minutes." % (rng.randrange(2, 30), pick(rng, [24, 48, 72]), rng.randrange(5, 20)))], \
        "chat/telecom: speeds, counts, durations"


def n_age_temp(rng):
    return [C("my mum is %s and the heating's been off since tuesday it's %s degrees in the house" % (say_num(rng.randrange(70, 96), rng), say_num(rng.randrange(9, 16), rng))),
            A("i'm really sorry we'll prioritise that, you're on the priority services register so it'll be within %s hours" % say_num(pick(rng, [4, 6, 12, 24]), rng))], \
        "call/utilities: age, temperature, hours"


def n_policy(rng):
    pol = pick(rng, ["POL", "HM", "MTR", "PX"]) + gen_digits(rng, rng.randrange(7, 11))
    return [C("policy number %s, excess is £%d, claim for %d.%02d" % (pol, pick(rng, [100, 250, 350, 500]), rng.randrange(200, 5000), rng.randrange(100))),
            A("Thanks, claim %s opened. Your no-claims discount is %d years, %d%%." % (gen_digits(rng, 9), rng.randrange(1, 10), rng.randrange(20, 70)))], \
        "chat/insurance: policy number with prefix, 9-digit claim number (SSN-length), money, percentage"


def n_policy_spoken(rng):
    pol = gen_digits(rng, 8)
    return [A("and have you got your policy number"),
            C("yeah policy number %s" % say_with(pol, rng)),
            A("thank you and the vehicle registration is showing as a twenty %s plate" % say_num(rng.randrange(10, 25), rng))], \
        "call/insurance: 8-digit policy number spoken (account-number length) with its name"


def n_ask_no_values(rng):
    return [A("to get started i'll need your date of birth your postcode and the first line of your address"),
            C("hang on i need to find my glasses"),
            A("no problem take your time"),
            C("okay actually can i call back in %s minutes" % say_num(rng.randrange(5, 30), rng))], \
        "call/banking: PII requested but never given"


def n_ask_no_values_chat(rng):
    return [A("Please don't share your full card number, CVV or sort code in this chat."),
            C("ok. i only want to know why the direct debit of £%d.%02d went out on the %dth" % (rng.randrange(10, 200), rng.randrange(100), rng.randrange(1, 28))),
            A("It was collected %d days early due to the bank holiday." % rng.randrange(1, 4))], \
        "chat/banking: PII field names without any values"


def n_quantities(rng):
    return [C("i need %s boxes of the %s millimetre screws and %s metres of cable" % (say_num(rng.randrange(2, 40), rng), say_num(pick(rng, [4, 5, 6, 8]), rng), say_num(rng.randrange(10, 100), rng))),
            A("that's %s pounds %s including delivery, arriving in %s working days" % (say_num(rng.randrange(20, 300), rng), say_pair(str(rng.randrange(10, 100)), rng), say_num(rng.randrange(2, 6), rng)))], \
        "call/retail: quantities, sizes, price, delivery days"


def n_tracking(rng):
    t = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + gen_digits(rng, 9) + "GB"
    return [C("parcel tracking %s says delivered but nothing here" % t),
            A("Sorry to hear that. I've opened investigation %s; the driver's photo shows door %d." % (gen_digits(rng, 10), rng.randrange(1, 200)))], \
        "chat/retail: Royal Mail style tracking number (letters + 9 digits + GB), 10-digit investigation number"


def n_tracking_spoken(rng):
    t = gen_digits(rng, 10)
    return [A("can you read me the tracking number"),
            C("the tracking number's %s" % say_with(t, rng)),
            A("thanks that parcel is at the depot it weighs %s point %s kilos" % (say_num(rng.randrange(1, 30), rng), DW[rng.randrange(1, 10)]))], \
        "call/retail: 10-digit tracking number spoken (phone-length) with its name"


def n_years(rng):
    return [C("i've been a customer since %s and i've never missed a payment in %s years" % (say_year(rng.randrange(1995, 2015), rng), say_num(rng.randrange(8, 25), rng))),
            A("thank you for your loyalty, i can offer %s percent off for the next %s months" % (say_num(pick(rng, [10, 15, 20, 25]), rng), say_num(pick(rng, [6, 12, 24]), rng)))], \
        "call/telecom: years, counts, percentages"


def n_balance_chat(rng):
    return [C("whats my balance"),
            A("Your balance is €%d,%03d.%02d and your available credit is €%d,%03d.%02d. Minimum payment €%d.%02d due %d/%d." % (rng.randrange(1, 20), rng.randrange(1000), rng.randrange(100), rng.randrange(1, 20), rng.randrange(1000), rng.randrange(100), rng.randrange(25, 200), rng.randrange(100), rng.randrange(1, 29), rng.randrange(1, 13)))], \
        "chat/banking (EU): balances in euro with separators, due date"


def n_data_usage(rng):
    return [C("used %dGB of %dGB already and its only the %dth, roaming in spain %d days" % (rng.randrange(10, 100), pick(rng, [30, 100, 120]), rng.randrange(5, 20), rng.randrange(3, 14))),
            A("You've got %d GB left. An add-on of %dGB is £%d for %d days." % (rng.randrange(1, 20), pick(rng, [5, 10, 25]), pick(rng, [5, 10, 15]), pick(rng, [7, 30])))], \
        "chat/telecom: data amounts, days, prices"


def n_pin_steps(rng):
    return [A("press one for billing two for technical support or three for anything else"),
            C("three"),
            A("you're caller number %s in the queue your estimated wait time is %s minutes" % (say_num(rng.randrange(2, 20), rng), say_num(rng.randrange(3, 30), rng)))], \
        "call/telecom: IVR menu digits and queue position"


def n_long_ref_spoken_split(rng):
    ref = gen_digits(rng, 10)
    return [A("what's the claim reference"),
            C("okay the claim ref is %s" % say_digits(ref[:5], rng)),
            A("mhm"),
            C("%s" % say_digits(ref[5:], rng)),
            A("got it that claim was paid on the %s of %s" % (ORD[rng.randrange(28)], pick(rng, MONTHS)))], \
        "call/insurance: 10-digit claim reference split over two turns like a phone number"


def n_invoice_pairs(rng):
    inv = gen_digits(rng, 8)
    return [A("which invoice is it about"),
            C("invoice %s for %s pounds" % (say_pairs(inv, rng), say_num(rng.randrange(100, 999), rng))),
            A("okay that invoice was issued on the %s" % ORD[rng.randrange(28)])], \
        "call/utilities: 8-digit invoice number in pairs (sort-code/account-like)"


def n_office_hours_address_free(rng):
    return [C("is the store open on sunday"),
            A("yes from %s till %s and the click and collect desk is on level %s" % (say_num(rng.randrange(9, 12), rng), say_num(rng.randrange(4, 7), rng), say_num(rng.randrange(1, 4), rng))),
            C("and how much is parking"),
            A("it's %s pounds for %s hours" % (say_num(rng.randrange(2, 9), rng), say_num(rng.randrange(2, 5), rng)))], \
        "call/retail: opening hours, level, parking price"


def n_medical_bill(rng):
    return [C("I got a bill for $%d.%02d for a visit on %d/%d/%d, my copay is supposed to be $%d" % (rng.randrange(100, 3000), rng.randrange(100), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(2024, 2027), pick(rng, [20, 25, 40]))),
            A("I see claim %s, CPT code %d, billed at %d%% after deductible." % (gen_digits(rng, 10), rng.randrange(99201, 99216), pick(rng, [20, 30]))),
            C("ok")], "chat/healthcare billing: amounts, visit date (not DOB), 10-digit claim, 5-digit CPT code (ZIP-like)"


def n_room_booking(rng):
    return [C("booking %s, room %d, arriving %d %s for %d nights, 2 adults %d kids" % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)), rng.randrange(100, 999), rng.randrange(1, 28), pick(rng, MONTHS)[:3].capitalize(), rng.randrange(1, 9), rng.randrange(1, 4))),
            A("Confirmed. Check-in from 15:00, total €%d.%02d." % (rng.randrange(200, 2000), rng.randrange(100)))], \
        "chat/travel: booking code, room, dates, counts, check-in time, price"


def n_mileage(rng):
    return [A("what's the current mileage on the car"),
            C("about %s thousand %s hundred miles" % (say_num(rng.randrange(20, 99), rng), DW[rng.randrange(1, 10)])),
            A("and it's a %s year model" % say_year(rng.randrange(2008, 2024), rng))], \
        "call/insurance: mileage and model year"


def n_sortcode_like_time(rng):
    return [C("the payment of %d.%02d at %02d:%02d:%02d on %02d-%02d-%02d shows as failed" % (rng.randrange(10, 99), rng.randrange(100), rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(24, 27))),
            A("That failure code was %d, insufficient funds at the time. Retry is scheduled for %d %s." % (rng.randrange(100, 999), rng.randrange(1, 28), pick(rng, MONTHS).capitalize()))], \
        "chat/banking: timestamp and dd-mm-yy transaction date (sort-code shaped, 6 digits with dashes)"


NEGATIVE = [n_order_spoken, n_order_typed, n_amount_digits, n_amount_typed, n_last_four, n_last_four_chat,
            n_hours, n_hours_chat, n_model_serial, n_serial_spoken, n_meter, n_meter_chat, n_appointment,
            n_payment_dates, n_dates_typed, n_flight, n_flight_spoken, n_speeds, n_age_temp, n_policy,
            n_policy_spoken, n_ask_no_values, n_ask_no_values_chat, n_quantities, n_tracking,
            n_tracking_spoken, n_years, n_balance_chat, n_data_usage, n_pin_steps, n_long_ref_spoken_split,
            n_invoice_pairs, n_office_hours_address_free, n_medical_bill, n_room_booking, n_mileage,
            n_sortcode_like_time]


def n_promo_dates(rng):
    m, y = rng.randrange(1, 13), rng.randrange(25, 29)
    return [C("the %d%% off deal - is it still valid? site says ends %02d/%02d" % (pick(rng, [10, 15, 20, 30]), m, y)),
            A("Yes, the offer runs until %02d/%02d and applies to orders over £%d. Your current plan renews %02d/%d." % (m, y, pick(rng, [50, 75, 100]), rng.randrange(1, 13), 2000 + y + 1))], \
        "chat/retail: promotion end and plan renewal dates in MM/YY form (expiry-like, not a card expiry)"


def n_error_codes(rng):
    return [C("the boiler is showing error %s and the pressure is %s point %s bar" % (pick(rng, ["f twenty two", "e one one nine", "a four six"]), DW[rng.randrange(0, 3)], DW[rng.randrange(1, 10)])),
            A("okay that's a low pressure fault code, the engineer visit is booked for %s thirty on the %s, job number %s" % (DW[rng.randrange(8, 10)], ORD[rng.randrange(28)], say_digits(gen_digits(rng, 6), rng, doubles=False)))], \
        "call/utilities: fault codes, pressure, visit time/date, 6-digit job number (sort-code length)"


def n_version_ids(rng):
    return [C("app version %d.%d.%d keeps crashing on my %s, error code %d" % (rng.randrange(2, 12), rng.randrange(0, 20), rng.randrange(0, 99), pick(rng, ["Pixel 7", "iPhone 13", "Galaxy S22"]), rng.randrange(400, 600))),
            A("Thanks. Ticket INC-%d-%d raised; please update to %d.%d and restart." % (rng.randrange(2024, 2027), rng.randrange(100000, 999999), rng.randrange(2, 12), rng.randrange(0, 20)))], \
        "chat/telecom: version numbers, 3-digit error code (CVV-like), dashed ticket id"


def n_compact_hours(rng):
    return [C("what are the opening hours for the helpline"),
            A("0800-2000 Mon-Fri, 0900-1700 Sat, closed Sun. Outside those hours use web chat (24/7)."),
            C("ok and how long do refunds take, it's been %d days for £%d.%02d" % (rng.randrange(3, 20), rng.randrange(20, 900), rng.randrange(100)))], \
        "chat/banking: opening hours as 0800-2000 / 0900-1700 (phone-fragment-like)"


def n_ref_dashes(rng):
    ref = "%03d-%02d-%03d" % (rng.randrange(100, 999), rng.randrange(10, 99), rng.randrange(100, 999))
    return [C("Complaint reference %s, raised on %d/%d. No reply in %d weeks." % (ref, rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2, 9))),
            A("Apologies. Complaint %s is with the resolutions team; you'll get a final response within %d days." % (ref, pick(rng, [8, 14, 56])))], \
        "chat/telecom: 8-digit complaint reference with dashes (SSN-like shape) said with its name"


def n_amount_pairs_spoken(rng):
    return [A("the direct debit will be %s pounds %s a month starting on the %s of %s" % (say_num(rng.randrange(20, 99), rng), say_pair(str(rng.randrange(10, 100)), rng), ORD[rng.randrange(28)], pick(rng, MONTHS))),
            C("and the card ending %s will be used for the first payment" % say_pairs(gen_digits(rng, 4, False), rng)),
            A("that's right the first payment of %s pounds" % say_num(rng.randrange(100, 999), rng))], \
        "call/utilities: amounts in pairs, DD start date, card last four in pairs"


def p_phone_beside_ref(rng):
    ref = gen_digits(rng, 10)
    disp, _ = gen_phone(rng, pick(rng, ["ukmob", "us", "ie"]))
    return [C("ticket %s - still no engineer. call me on " % ref, V(disp, "PHONE"), " between 9 and 5")], \
        "chat/telecom: phone right after a 10-digit ticket number in the same message (ticket unlabelled)"


def p_dob_beside_appt(rng):
    d = gen_dob(rng)
    return [C("appointment on %02d/%02d/%d at %d:%02d, my dob is " % (rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2025, 2027), rng.randrange(8, 17), pick(rng, [0, 15, 30, 45])), V(fmt_dob_typed(d, rng), "DOB"))], \
        "chat/healthcare billing: DOB typed right after an appointment date and time (unlabelled)"


def p_sort_beside_amount(rng):
    sc, acc = gen_sort(rng), gen_digits(rng, 8, False)
    return [A("how much do you want to transfer and where to"),
            C("%s pounds %s to sort code " % (say_num(rng.randrange(100, 999), rng), say_pair(str(rng.randrange(10, 100)), rng)), V(say_pairs(sc, rng), "SORT_CODE"),
              " account ", V(say_with(acc, rng), "BANK_ACCOUNT"), " reference %s" % say_digits(gen_digits(rng, 6), rng, doubles=False))], \
        "call/banking: spoken amount, sort code, account and a 6-digit payment reference in one turn (amount and reference unlabelled)"


def p_postcode_beside_flight(rng):
    pc = gen_postcode(rng)
    return [C("flight %s%d got in at %d:%02d, bag never arrived. deliver it to postcode " % (pick(rng, ["BA", "EI", "FR"]), rng.randrange(100, 9999), rng.randrange(5, 23), rng.randrange(60)), V(pc if rng.random() < 0.5 else pc.lower(), "POSTCODE"),
              ", bag tag %s" % gen_digits(rng, 6))], \
        "chat/travel: postcode between a flight number/time and a 6-digit bag tag (unlabelled)"


def p_ni_beside_tax(rng):
    n = gen_ni(rng)
    return [A("what's your n i number and the tax code on your payslip"),
            C(V(say_alnum(n, rng, 0.3, group_digits=True), "NI_NUMBER"), " and the tax code is twelve five seven l")], \
        "call/payroll: NI number spoken then a tax code 1257L (unlabelled)"


def p_card_beside_ref_spoken(rng):
    c = gen_card(rng, pick(rng, ["visa", "mc"]))
    ref = gen_digits(rng, 8)
    return [A("what's the booking reference and then the card you'd like to use"),
            C("booking reference %s and the card is " % say_digits(ref, rng, doubles=False), V(say_with(c, rng), "CARD_NUMBER"))], \
        "call/travel: 8-digit booking reference then a card number in the same turn (reference unlabelled)"


def p_ssn_beside_amount(rng):
    s = gen_ssn(rng)
    return [C("I owe $%d,%03d.%02d on account %s? my SSN is " % (rng.randrange(1, 9), rng.randrange(1000), rng.randrange(100), "ending " + gen_digits(rng, 4)), V(fmt_ssn(s, rng), "SSN"), " please check")], \
        "chat/government services: SSN right after a dollar amount with thousands separator"


NEGATIVE += [n_promo_dates, n_error_codes, n_version_ids, n_compact_hours, n_ref_dashes, n_amount_pairs_spoken]
def p_address_correction(rng):
    n = rng.randrange(2, 99)
    st, sf = pick(rng, STREETS), pick(rng, SUFFIX)
    wrong = say_num(n + 2, rng)
    return [A("and the first line of the address"),
            C("it's %s no sorry " % wrong, V("%s %s %s" % (say_num(n, rng), st, sf), "ADDRESS"), " i always get that wrong we only moved in %s weeks ago" % say_num(rng.randrange(2, 9), rng))], \
        "call/insurance: caller corrects the house number; only the corrected full address is labelled"


def p_address_us_spoken(rng):
    n = rng.randrange(1000, 9999)
    hn = say_pair(str(n)[:2], rng) + " " + say_pair(str(n)[2:], rng)
    z = gen_zip(rng)[:5]
    return [A("what's the billing address"),
            C(V(hn + " " + pick(rng, STREETS) + " " + pick(rng, ["avenue", "boulevard", "drive", "street"]), "ADDRESS"),
              " %s " % pick(rng, ["in austin texas", "denver colorado", "columbus ohio"]), V(say_digits(z, rng, uk=False), "POSTCODE"))], \
        "call/healthcare billing (US): four-digit house number said in pairs, city/state, spoken ZIP"


def p_address_ie(rng):
    ad = gen_address(rng, flat=rng.random() < 0.5)
    return [A("Where should we send the replacement card?"),
            C(V(ad.lower() if rng.random() < 0.5 else ad, "ADDRESS"), ", %s" % pick(rng, ["Dublin 4", "Dublin 8", "Galway", "Cork", "Limerick"]),
              pick(rng, ["", " - it's the green door", " thanks"]))], \
        "chat/banking (Ireland): Irish street address, city/district unlabelled"


def p_ssn_phone_same_turn(rng):
    s = gen_ssn(rng)
    _, d = gen_phone(rng, "us")
    return [A("i need your social and a callback number"),
            C("social's ", V(say_digits(s, rng, uk=False), "SSN"), " and you can call me at ", V(say_with(d, rng, uk=False), "PHONE"))], \
        "call/banking (US): 9-digit SSN and 10-digit phone back to back in one turn"


def p_ssn_filler_inside(rng):
    s = gen_ssn(rng)
    sp = say_digits(s[:3], rng, uk=False) + " " + pick(rng, ["uh", "um"]) + " " + say_digits(s[3:5], rng, uk=False) + " " + pick(rng, ["hold on", "let me see"]) + " " + say_digits(s[5:], rng, uk=False)
    return [A("and to verify the last thing i need is your social security number"),
            C(V(sp, "SSN")),
            A("thank you your balance is %s dollars" % say_num(rng.randrange(100, 999), rng))], \
        "call/healthcare billing: SSN with fillers and a hesitation phrase inside the reading, then a spoken balance"


def p_ssn_typed_nodash_beside_zip(rng):
    s, z = gen_ssn(rng), gen_zip(rng)[:5]
    return [C("ssn ", V(s, "SSN"), " zip ", V(z, "POSTCODE"), " member id %s" % ("W" + gen_digits(rng, 8)))], \
        "chat/insurance: undashed SSN, ZIP and a member ID (unlabelled) in one line"


def p_email_spelled(rng):
    f, l = pick(rng, FIRST), pick(rng, LAST)
    dom = pick(rng, ["gmail", "hotmail", "yahoo", "outlook"])
    spoken = " ".join(f) + " dot " + l + " at " + dom + " dot com"
    return [A("what's the email on the account"),
            C(V(spoken, "EMAIL"), " that's %s spelled out" % pick(rng, ["my first name", "the first bit"]))], \
        "call/retail: email with the local part spelled letter by letter"


def p_email_chat_noise(rng):
    e = gen_email(rng)
    return [C("pls update email to ", V(e, "EMAIL"), ", old one (inv #%s) bounced" % gen_digits(rng, 7))], \
        "chat/utilities: email then an invoice number in brackets"


def p_card_interrupted(rng):
    c = gen_card(rng, pick(rng, ["visa", "mc"]))
    cut = pick(rng, [4, 8, 12])
    return [A("go on then the card number"),
            C(V(say_with(c[:cut], rng), "CARD_NUMBER"), " " + pick(rng, ["hang on the dog's going mad sorry", "sorry my glasses hold on", "wait the kids are shouting one sec"]) + " right ",
              V(say_with(c[cut:], rng), "CARD_NUMBER"))], \
        "call/retail: card reading interrupted by chit-chat mid-turn; both parts labelled"


def p_phone_area_code(rng):
    _, d = gen_phone(rng, "us")
    return [A("and a good callback number"),
            C("area code ", V(say_digits(d[:3], rng, uk=False), "PHONE"), " and then ", V(say_with(d[3:], rng, uk=False), "PHONE"))], \
        "call/insurance (US): phone given as 'area code X and then Y'; both parts labelled, the words outside"


def p_dob_spoken_digits(rng):
    y, m, d = gen_dob(rng)
    dd = "%02d%02d%02d" % (d, m, y % 100)
    return [A("can i just take your date of birth"),
            C(pick(rng, ["it's ", "yeah ", ""]), V(say_digits(dd[:2], rng, doubles=False) + " " + say_digits(dd[2:4], rng, doubles=False) + " " + say_pair(dd[4:], rng), "DOB"))], \
        "call/banking (UK): DOB spoken as digits dd mm yy with no month name"


def p_asr_numerals(rng):
    c = gen_card(rng, pick(rng, ["visa", "mc"]))
    disp, _ = gen_phone(rng, "ukmob")
    if rng.random() < 0.5:
        return [A("okay can i take the long card number"),
                C("yeah it's ", V(c[:4] + " " + c[4:8] + " " + c[8:] if rng.random() < 0.5 else " ".join(c[i:i + 4] for i in range(0, 16, 4)), "CARD_NUMBER"), " and that's my debit card")], \
            "call/retail: ASR emitted the card as numerals (lower case, no punctuation)"
    return [A("what's the best number to get you on"),
            C("it's ", V(disp.replace(" ", "") if rng.random() < 0.5 else disp, "PHONE"), " but i don't get signal till after six")], \
        "call/telecom: ASR emitted the phone as numerals; 'six' time nearby unlabelled"


POSITIVE += [p_card_interrupted, p_phone_area_code, p_dob_spoken_digits, p_asr_numerals]
POSITIVE += [p_address_correction, p_address_us_spoken, p_address_ie, p_ssn_phone_same_turn, p_ssn_filler_inside,
             p_ssn_typed_nodash_beside_zip, p_email_spelled, p_email_chat_noise]
POSITIVE += [p_phone_beside_ref, p_dob_beside_appt, p_sort_beside_amount, p_postcode_beside_flight,
             p_ni_beside_tax, p_card_beside_ref_spoken, p_ssn_beside_amount]


# ---------------------------------------------------------------- validation of span values
NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
SUFFIX_WORDS = set(SUFFIX) | {s.lower() for s in SUF_ABBR.values()}


def valid_value(typ, text):
    low = text.lower()
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]{2,})+", norm_email(text)))
    if typ == "DOB":
        if any(m in low for m in MONTHS) or re.search(r"\b(%s)\b" % "|".join(m[:3] for m in MONTHS), low):
            return bool(re.search(r"\d|first|second|third|th\b|teen|ty", low))
        m = re.fullmatch(r"(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})", text.strip())
        if m:
            return any(1900 <= int(g) <= 2010 for g in m.groups())
        c = norm_compact(text)  # spoken all-digit date, day month year
        return bool(c) and c.isdigit() and len(c) in (6, 8) and 1 <= int(c[:2]) <= 31 and 1 <= int(c[2:4]) <= 12
    if typ == "EXPIRY":
        if re.search(r"\b(%s)" % "|".join(m[:3] for m in MONTHS), low):
            return True
        m = re.fullmatch(r"(\d{1,2})\s*[/-]\s*(\d{2}|\d{4})", text.strip())
        if m:
            return 1 <= int(m.group(1)) <= 12
        c = norm_compact(text)
        return bool(c) and c.isdigit() and len(c) in (3, 4, 6) and 1 <= int(c[:-2] if len(c) != 6 else c[:2]) <= 12
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", low))
        return bool(words & SUFFIX_WORDS) and (bool(re.search(r"\d", low)) or bool(words & (set(DW) | set(TEENS) | set(TENS.values()))))
    c = norm_compact(text)
    if not c:
        return False
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_check(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(c)) and c[:2] not in NI_BAD
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 8 <= len(c) <= 12
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return iban_valid(c)
    if typ == "PHONE":
        return c.isdigit() and 10 <= len(c) <= 13
    if typ == "POSTCODE":
        return bool(UK_PC_RE.fullmatch(c)) or bool(re.fullmatch(r"\d{5}(\d{4})?", c))
    return False


def check_case(case):
    errs = []
    turns = case["turns"]
    if case["kind"] == "negative" and case["spans"]:
        errs.append("negative with spans")
    if not turns or any(t["speaker"] not in ("agent", "customer") or not t["text"] for t in turns):
        errs.append("bad turns")
    if not case.get("note") or ":" not in case["note"]:
        errs.append("bad note")
    spans = sorted(case["spans"], key=lambda s: (s["turn"], s["start"]))
    for s in spans:
        if s["type"] not in TYPES:
            errs.append("bad type %s" % s["type"])
            continue
        if not (0 <= s["turn"] < len(turns)):
            errs.append("turn out of range")
            continue
        txt = turns[s["turn"]]["text"]
        if not (0 <= s["start"] < s["end"] <= len(txt)):
            errs.append("offset out of range %r" % s)
            continue
        v = txt[s["start"]:s["end"]]
        if v != v.strip():
            errs.append("span has outer whitespace %r" % v)
        if s["start"] > 0 and txt[s["start"] - 1].isalnum() or s["end"] < len(txt) and txt[s["end"]].isalnum():
            errs.append("span not on word boundary %r" % v)
        if not (v[0].isalnum() or v[0] in "+(") or not v[-1].isalnum():
            errs.append("span edge not alnum %r" % v)
    for a, b in zip(spans, spans[1:]):
        if a["turn"] == b["turn"] and b["start"] < a["end"]:
            errs.append("overlapping spans")
    # value validation; parts of a split value are validated joined with following same-type spans
    ok = [False] * len(spans)
    texts = [turns[s["turn"]]["text"][s["start"]:s["end"]] for s in spans]
    for i, s in enumerate(spans):
        if ok[i]:
            continue
        if valid_value(s["type"], texts[i]):
            ok[i] = True
            continue
        same = [j for j in range(i, len(spans)) if spans[j]["type"] == s["type"] and not ok[j]]
        for k in range(2, min(8, len(same)) + 1):
            grp = same[:k]
            if s["type"] in ("EMAIL", "DOB", "ADDRESS", "EXPIRY"):
                joined = " ".join(texts[j] for j in grp)
            else:  # normalise each part on its own so "twenty" + "four" never merge across turns
                joined = " ".join(norm_compact(texts[j]) or "?" for j in grp)
            if valid_value(s["type"], joined):
                for j in grp:
                    ok[j] = True
                break
    for i, good in enumerate(ok):
        if not good:
            errs.append("invalid %s value %r" % (spans[i]["type"], texts[i]))
    return errs


# ---------------------------------------------------------------- generation
N_POS, N_NEG = 236, 138


def generate():
    rng = random.Random(SEED)
    cases = []
    for i in range(N_POS):
        fn = POSITIVE[i % len(POSITIVE)]
        turns, note = fn(rng)
        t, sp = build(turns)
        cases.append({"id": "h136-pos-%03d" % (i + 1), "kind": "positive", "turns": t, "spans": sp, "note": note})
    for i in range(N_NEG):
        fn = NEGATIVE[i % len(NEGATIVE)]
        turns, note = fn(rng)
        t, sp = build(turns)
        assert not sp
        cases.append({"id": "h136-neg-%03d" % (i + 1), "kind": "negative", "turns": t, "spans": [], "note": note})
    return cases


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    ct = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            ct[s["type"]] += 1
    return ct


def readme(cases):
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, ct[t]) for t in TYPES)
    return """# PII hold-out set h136

**Never use this set for tuning.** It is a held-out evaluation set; do not look at its cases
while changing the redactor, its patterns or thresholds.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the redaction
code, its tests, its docs, the benchmark, or any other PII fixture (only a 3-line example of the
JSONL format). All cases are produced by `scripts/make_pii_holdout136.py` (standard library only)
from template functions: every turn is assembled from plain-text segments and (value, TYPE)
segments, so offsets are computed, never typed by hand. All values come from one
`random.Random(%d)`, so the output is byte-for-byte reproducible.

`python scripts/make_pii_holdout136.py --check` regenerates the set, verifies the file is
identical, ids are unique, offsets are in range and on word boundaries, spans do not overlap, and
validates every value after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI
format, 9 digits for SSN, 6 for sort codes, digit counts for CVV/phone/account, UK postcode and
US ZIP shapes; split values are validated after joining their parts).

## Contents

%d positive cases, %d negative cases (%d total). Chat cases are typed text (varied separators,
case, typos); call cases imitate ASR output (lower case, no punctuation, numbers as words,
"oh"/"o"/"nought"/"zero", "double"/"triple", pairs like "forty one eleven", homophones "to"/"for"/"ate",
letters as "b for bravo"/"s as in sugar", e-mails as "dot"/"at"/"underscore"), values split over
several customer turns with agent back-channels, self-corrections, agent read-backs and several
values per turn. Industries: banking, telecom, utilities, retail, insurance, travel,
healthcare billing, government services, payroll/pensions; countries: US, UK, Ireland, EU.

| type | spans |
|---|---|
%s

## Annotation conventions

- A span covers exactly the value as written/spoken: from its first to its last letter/digit,
  including internal separators, spaces, spoken filler words inside a reading ("um"), and
  "double"/"triple"/"for"/"as in" words that are part of the reading. Lead-in words
  ("it's", "my social is", "sort code") and trailing chit-chat are outside the span.
- A value split over several turns is labelled as one span per turn, each of the same type.
  A reading interrupted by chit-chat inside one turn ("... hang on the dog's going mad sorry
  right ...") is labelled as two spans; the chit-chat is outside. Short hesitations inside a
  reading ("uh", "let me see") are inside the span. For "area code X and then Y" the words
  "area code" / "and then" are outside and X and Y are separate PHONE spans.
- When a caller aborts a reading and starts again (or corrects a house number), only the
  complete corrected reading is labelled; the aborted fragment (at most 5 digits) is not.
- Agent read-backs of a value are labelled too.
- EXPIRY is the month/year only; CVV is the digits only; DOB is the whole date expression
  ("the third of may nineteen eighty"); ADDRESS is the house/flat number plus street name and
  street type (city, state and postcode are not part of it; the postcode is its own POSTCODE span);
  PHONE includes a leading "+"/"plus", brackets around an area code and the country code when
  given. Calls may also contain numerals where the ASR emitted digits.
- Not labelled (and the only content of negative cases): money amounts and balances, prices,
  times and opening hours, durations, counts, quantities, years, percentages, non-birth dates
  (appointments, payments, contract starts, transactions), order/ticket/claim/invoice/policy/
  tracking/case/booking references (at most 10 digits, said with their reference word), serial
  and model numbers, meter readings, flight and room numbers, speeds, ages, temperatures,
  IVR menu digits, and the last four digits of a card.
- Negative cases have no spans; scoring fails a negative if anything in it is redacted.
""" % (SEED, npos, nneg, len(cases), rows)


def main():
    cases = generate()
    data = dump(cases)
    text_readme = readme(cases)
    if "--check" not in sys.argv:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8", newline="\n") as f:
            f.write(text_readme)
        print("wrote %d cases to %s" % (len(cases), CASES))
        return 0
    problems = []
    try:
        with open(CASES, encoding="utf-8") as f:
            on_disk = f.read()
    except OSError as e:
        print("cannot read fixture: %s" % e)
        return 1
    if on_disk != data:
        problems.append("cases.jsonl differs from regenerated output")
    try:
        with open(README, encoding="utf-8") as f:
            if f.read() != text_readme:
                problems.append("README.md differs from regenerated output")
    except OSError:
        problems.append("README.md missing")
    loaded = [json.loads(l) for l in on_disk.splitlines() if l.strip()]
    ids = [c["id"] for c in loaded]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for c in loaded:
        if set(c) != {"id", "kind", "turns", "spans", "note"}:
            problems.append("%s: bad keys" % c.get("id"))
        for e in check_case(c):
            problems.append("%s: %s" % (c["id"], e))
    ct = counts(loaded)
    npos = sum(c["kind"] == "positive" for c in loaded)
    nneg = sum(c["kind"] == "negative" for c in loaded)
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct[t] < need:
            problems.append("type %s has %d spans < %d" % (t, ct[t], need))
    print("h136: %d positive, %d negative, %d spans" % (npos, nneg, sum(ct.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, ct[t]))
    for p in problems[:200]:
        print("PROBLEM: " + p)
    if problems:
        print("FAILED: %d problem(s)" % len(problems))
        return 1
    print("OK: --check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

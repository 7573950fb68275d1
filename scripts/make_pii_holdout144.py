#!/usr/bin/env python3
"""Generate the held-out PII evaluation set ``tests/fixtures/pii_holdout144``.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Emphasis: phone calls as a real speech recogniser writes
them (partial inverse text normalisation, odd casing/punctuation, homophones,
values split over turns) plus typed chat.

    python scripts/make_pii_holdout144.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout144.py --check  # regenerate and verify

Standard library only.  All values come from one seeded random.Random.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
import random

SEED = 144241124
ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout144"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h144"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- numbers
UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
HOMO = {"four": "for", "two": "to", "eight": "ate", "one": "won"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey", "X": "x-ray",
        "Y": "yankee", "Z": "zulu", "I": "india", "U": "uniform", "V": "victor", "Q": "quebec"}
NAMEWORD = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward", "H": "harry",
            "J": "john", "K": "king", "L": "london", "M": "mary", "N": "nancy", "P": "peter",
            "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "Y": "yellow", "Z": "zebra"}


def zero_word(rng, region):
    opts = ["zero", "oh", "o", "zero"] + (["nought", "oh", "naught"] if region in ("uk", "ie") else [])
    return rng.choice(opts)


def digit_word(rng, d, region, homo=0.0):
    if d == "0":
        return zero_word(rng, region)
    w = UNITS[int(d)]
    if homo and w in HOMO and rng.random() < (homo if w in ("four", "two") else homo / 3):
        w = HOMO[w]
    return w


def singles(rng, chunk, region, homo=0.0, dbl=0.5):
    out, i = [], 0
    while i < len(chunk):
        d = chunk[i]
        run = 1
        while i + run < len(chunk) and chunk[i + run] == d:
            run += 1
        if run >= 3 and rng.random() < dbl:
            out.append("triple " + digit_word(rng, d, region))
            i += 3
        elif run >= 2 and rng.random() < dbl:
            out.append("double " + digit_word(rng, d, region))
            i += 2
        else:
            out.append(digit_word(rng, d, region, homo))
            i += 1
    return " ".join(out)


def pair_ok(two, last):
    return two[0] in "01" or two[1] != "0" or last


def pair_word(rng, two, region):
    a, b = two
    if a == "0":
        return zero_word(rng, region) + " " + UNITS[int(b)]
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + UNITS[int(b)])


def pairs(rng, chunk, region, last=True):
    parts = []
    for k in range(0, len(chunk), 2):
        two = chunk[k:k + 2]
        is_last = last and k + 2 >= len(chunk)
        if len(two) == 2 and pair_ok(two, is_last):
            parts.append(pair_word(rng, two, region))
        else:
            parts.append(singles(rng, two, region))
    return " ".join(parts)


def chunks_of(digits, groups):
    out, i = [], 0
    for g in groups:
        out.append(digits[i:i + g])
        i += g
    assert i == len(digits), (digits, groups)
    return out


def speak(rng, digits, groups=None, region="us", itn=0.0, pair=0.0, homo=0.0, sep=None, filler=0.0):
    """Speak a digit string like an ASR transcript: words, some numerals."""
    groups = groups or [len(digits)]
    chs = chunks_of(digits, groups)
    sep = sep if sep is not None else rng.choice([" ", " ", ", ", " ", "... "])
    parts = []
    for n, ch in enumerate(chs):
        last = n == len(chs) - 1
        r = rng.random()
        if n and filler and rng.random() < filler:
            parts[-1] += rng.choice([" um", " uh", " er", ", uh,"])
        if r < itn:
            parts.append(ch)
        elif rng.random() < pair and len(ch) % 2 == 0 and all(pair_ok(ch[k:k + 2], last and k + 2 >= len(ch)) for k in range(0, len(ch), 2)):
            parts.append(pairs(rng, ch, region, last))
        else:
            parts.append(singles(rng, ch, region, homo))
    return sep.join(parts)


# ---------------------------------------------------------------- value generators
def luhn_complete(partial):
    digits = [int(c) for c in partial + "0"]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        p, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif brand == "mc":
        p, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif brand == "amex":
        p, n = rng.choice(["34", "37"]), 15
    else:
        p, n = "6011", 16
    while len(p) < n - 1:
        p += rng.choice("0123456789")
    return luhn_complete(p), brand


def card_groups(brand):
    return [4, 6, 5] if brand == "amex" else [4, 4, 4, 4]


def fmt_groups(num, groups, sep=" "):
    return sep.join(chunks_of(num, groups))


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 665)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        num = "".join(str(int(c, 36)) for c in s)
    except ValueError:
        return False
    return int(num) % 97 == 1


def gen_iban(rng, country=None, spoken=False):
    country = country or rng.choice(["GB", "IE", "DE", "NL", "ES", "FR"])
    if country == "GB":
        bban = rng.choice(["WEST", "NWBK", "BARC", "MIDL", "HBUK"]) + digits(rng, 14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BKIR", "ULSB", "IPBS"]) + digits(rng, 14)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABN", "TRIN"]) + digits(rng, 10)
    elif country == "DE":
        bban = digits(rng, 18)
    elif country == "ES":
        bban = digits(rng, 20)
    else:
        bban = digits(rng, 23)
    return country + iban_check(country, bban) + bban


def gen_phone(rng, kind):
    if kind == "uk_mob":
        return "07" + digits(rng, 9)
    if kind == "uk_land":
        area = rng.choice(["020", "0161", "0113", "0117", "0131", "0141"])
        return area + digits(rng, 11 - len(area), True)
    if kind == "us":
        return rng.choice(["212", "415", "312", "617", "713", "206", "404", "512"]) + str(rng.randint(2, 9)) + digits(rng, 6)
    if kind == "ie_mob":
        return rng.choice(["083", "085", "086", "087", "089"]) + digits(rng, 7)
    raise ValueError(kind)


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "megan", "oluwaseun", "niamh", "carlos",
         "hannah", "darren", "fatima", "kevin", "zoe", "marek", "siobhan", "raj", "emily", "dylan"]
LAST = ["murphy", "patel", "okafor", "walsh", "nguyen", "smith", "kowalski", "brennan", "garcia",
        "hughes", "oconnor", "taylor", "reilly", "khan", "evans", "doyle", "fischer", "martin"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "eircom.net", "icloud.com",
           "btinternet.com", "aol.com", "live.ie", "web.de"]
STREETS = ["Maple Avenue", "Station Road", "Church Lane", "Park Crescent", "Elm Street", "Victoria Road",
           "Oak Drive", "Mill Lane", "Harbour View", "Kingsway", "Main Street", "Cedar Court",
           "Willow Close", "Highfield Road", "Grove Terrace", "Lakeview Drive", "Sunset Boulevard"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


def ordnum(d):
    return "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def num_words(n):
    if n >= 100:
        h, r = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand and " + UNITS[y - 2000]
    if 2010 <= y < 2100:
        return "twenty " + num_words(y - 2000)
    hi, lo = divmod(y, 100)
    return num_words(hi) + " " + ("oh " + UNITS[lo] if lo < 10 else num_words(lo))


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randint(0, 4)
    user = [f + "." + l, f[0] + l, f + l + str(rng.randint(1, 99)), f + "_" + l, l + "." + f[0]][style]
    return user, rng.choice(DOMAINS)


def spoken_email(rng, user, dom):
    def sp(part):
        out = []
        for tok in re.split(r"([._])", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(rng.choice([tok, " ".join(UNITS[int(c)] for c in tok)]))
            elif len(tok) <= 2:
                out.append(" ".join(tok))
            elif tok:
                out.append(tok)
        return " ".join(out)
    style = rng.randint(0, 3)
    if style == 0:
        return sp(user) + " at " + sp(dom)
    if style == 1:  # whisper partially normalises the domain
        return sp(user) + " at " + dom
    if style == 2:  # whisper fully normalises
        return user + "@" + dom
    return sp(user) + " at " + sp(dom).replace(" dot ", " . ")


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "BS", "EH", "G", "CF", "BT", "NE", "L", "S", "RG", "CB", "NG"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


PC_CITY = {"SW": "London", "SE": "London", "N": "London", "E": "London", "W": "London", "NW": "London",
           "M": "Manchester", "B": "Birmingham", "LS": "Leeds", "BS": "Bristol", "EH": "Edinburgh",
           "G": "Glasgow", "CF": "Cardiff", "BT": "Belfast", "NE": "Newcastle", "L": "Liverpool",
           "S": "Sheffield", "RG": "Reading", "CB": "Cambridge", "NG": "Nottingham"}


def pc_city(pc):
    return PC_CITY[re.match(r"[A-Z]+", pc).group(0)]


def gen_uk_pc(rng):
    area = rng.choice(UK_AREAS)
    dist = str(rng.randint(1, 20))
    return area + dist + " " + str(rng.randint(1, 9)) + rng.choice(INWARD_L) + rng.choice(INWARD_L)


def spoken_pc(rng, pc, nato=False):
    out = []
    for c in pc.replace(" ", ""):
        if c.isdigit():
            out.append(digit_word(rng, c, "uk"))
        elif nato and rng.random() < 0.5 and c in NATO:
            out.append(c.lower() + " for " + NATO[c])
        else:
            out.append(c.lower())
    return " ".join(out)


def gen_zip(rng, plus4=False):
    z = "%05d" % rng.randint(1001, 99950)
    return z + ("-" + digits(rng, 4) if plus4 else "")


def gen_dob(rng):
    return rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)


def dob_text(rng, y, m, d, style):
    if style == "us_num":
        return rng.choice(["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y), "%d-%d-%02d" % (m, d, y % 100)])
    if style == "uk_num":
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y)])
    if style == "spoken_uk":
        return rng.choice(["the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], year_words(y)),
                           "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], year_words(y)),
                           "%s %s %d" % (ordnum(d), MONTHS[m - 1].capitalize(), y)])
    if style == "spoken_us":
        return rng.choice(["%s %s %s" % (MONTHS[m - 1], ORD[d - 1], year_words(y)),
                           "%s %s, %d" % (MONTHS[m - 1].capitalize(), ordnum(d), y),
                           "%s %d %s" % (MONTHS[m - 1], d, year_words(y))])
    if style == "digits":  # "oh three one four eighty two"
        return "%s %s %s" % (singles(rng, "%02d" % m, "us"), singles(rng, "%02d" % d, "us"), num_words(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 10])
    raise ValueError(style)


def dob_seg(text):
    """Leading article 'the' stays outside the DOB span."""
    if text.startswith("the "):
        return ["the ", (text[4:], "DOB")]
    return [(text, "DOB")]


def gen_exp(rng):
    return rng.randint(1, 12), rng.randint(26, 32)


def exp_text(rng, m, y, spoken):
    if not spoken:
        return rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y), "%02d-%02d" % (m, y), "%02d %02d" % (m, y)])
    return rng.choice([
        "%s %s" % (singles(rng, "%02d" % m, "us"), num_words(y)),
        "%s slash %s" % (singles(rng, "%02d" % m, "us"), num_words(y)),
        "%s %s" % (MONTHS[m - 1], year_words(2000 + y)),
        "%02d/%02d" % (m, y),
        "%s twenty %s" % (MONTHS[m - 1].capitalize(), num_words(y)),
        "%s of %s" % (num_words(m), num_words(y)),
    ])


def gen_addr(rng, spoken=False):
    n = rng.randint(1, 240)
    st = rng.choice(STREETS)
    if spoken:
        return (num_words(n) if n < 100 else str(n)) + " " + st.lower()
    return str(n) + " " + st


# ---------------------------------------------------------------- normalisation for --check
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "like", "yeah", "so", "and", "then", "sorry", "plus",
           "the", "is", "okay", "ok"}
WORD_D = {w: str(i) for i, w in enumerate(UNITS)}
WORD_D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "nil": "0", "for": "4", "to": "2", "too": "2",
               "ate": "8", "won": "1", "fore": "4"})
TEEN_D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_D = {w: str(k) for k, w in TENS.items()}
UNIT_NZ = {w for w in UNITS[1:]}
NATO_WORDS = set(NATO.values()) | set(NAMEWORD.values()) | {"ray"}


def spoken_to_chars(text, letters_ok=False):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out, i, mult = [], 0, 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t * mult if len(t) == 1 else t)
            mult = 1
        elif len(t) == 1 and t != "o" and nxt in ("for", "as") and letters_ok:
            j = i + 2
            if nxt == "as" and j < len(toks) and toks[j] == "in":
                j += 1
            if j + 1 < len(toks) and toks[j] == "x" and toks[j + 1] == "ray":
                out.append(t.upper())
                i = j + 2
                continue
            if j < len(toks) and toks[j] in NATO_WORDS:
                out.append(t.upper())
                i = j + 1
                continue
            raise ValueError("bad letter spelling in %r" % text)
        elif t in ("double", "triple"):
            mult = 2 if t == "double" else 3
        elif t in WORD_D:
            out.append(WORD_D[t] * mult)
            mult = 1
        elif t in TEEN_D:
            out.append(TEEN_D[t])
        elif t in TENS_D:
            if nxt in UNIT_NZ:
                out.append(TENS_D[t] + WORD_D[nxt])
                i += 1
            else:
                out.append(TENS_D[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(one|two|three|four|five|six|seven|eight|nine)", t):
            m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(\w+)", t)
            out.append(TENS_D[m.group(1)] + WORD_D[m.group(2)])
        elif t in FILLERS:
            pass
        elif letters_ok and len(t) <= 4:
            out.append(t.upper())
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return "".join(out)


def norm_email(text):
    t = text.lower().strip()
    t = re.sub(r"\s*@\s*", "@", t)
    t = re.sub(r"\s+at\s+", "@", " " + t + " ").strip()
    t = re.sub(r"\s*\bdot\b\s*", ".", t)
    t = re.sub(r"\s*\.\s*", ".", t)
    t = re.sub(r"\s*\bunderscore\b\s*", "_", t)
    t = re.sub(r"\s*\b(dash|hyphen)\b\s*", "-", t)
    for i, w in enumerate(UNITS):
        t = re.sub(r"\b%s\b" % w, str(i), t)
    return t.replace(" ", "")


def validate(typ, pieces):
    """pieces: list of span texts of one value (in order). Returns error or None."""
    text = " ".join(pieces)
    if typ == "EMAIL":
        e = norm_email(text)
        return None if re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else "email %r" % e
    if typ == "ADDRESS":
        ok = re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)", text.lower())
        ok = ok and re.search(r"(?i)\b(avenue|road|lane|crescent|street|drive|view|kingsway|court|close|terrace|boulevard|st|rd|ave)\b", text)
        return None if ok else "address %r" % text
    if typ in ("DOB", "EXPIRY"):
        return None if re.search(r"(?i)\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|oh|first|second|third|th\b", text) or any(m in text.lower() for m in MONTHS) else "%s %r" % (typ, text)
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    compact = re.sub(r"[\s.,-]", "", text).upper()
    if letters and re.fullmatch(r"[A-Z0-9]+", compact) and validate_value(typ, compact) is None:
        return None
    try:
        v = spoken_to_chars(text, letters_ok=letters)
    except ValueError as exc:
        return str(exc)
    return validate_value(typ, v)


def validate_value(typ, v):
    if typ == "CARD_NUMBER":
        return None if v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v) else "card %r" % v
    if typ == "CVV":
        return None if v.isdigit() and len(v) in (3, 4) else "cvv %r" % v
    if typ == "SSN":
        return None if v.isdigit() and len(v) == 9 else "ssn %r" % v
    if typ == "SORT_CODE":
        return None if v.isdigit() and len(v) == 6 else "sort %r" % v
    if typ == "BANK_ACCOUNT":
        return None if v.isdigit() and 6 <= len(v) <= 12 else "acct %r" % v
    if typ == "PHONE":
        return None if v.isdigit() and 10 <= len(v) <= (15 if v.startswith("00") else 13) else "phone %r" % v
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", v) else "ni %r" % v
    if typ == "IBAN":
        return None if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v) and iban_ok(v) else "iban %r" % v
    if typ == "POSTCODE":
        ok = re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", v) or re.fullmatch(r"\d{5}(\d{4})?", v)
        return None if ok else "postcode %r" % v
    return "unknown type " + typ


# ---------------------------------------------------------------- case assembly
class Builder:
    def __init__(self):
        self.cases = []
        self.npos = 0
        self.nneg = 0

    def add(self, turns, note, positive=True):
        out_turns, spans = [], []
        gcount = 0
        for ti, (speaker, segs) in enumerate(turns):
            if isinstance(segs, str):
                segs = [segs]
            text = ""
            for seg in segs:
                if isinstance(seg, str):
                    text += seg
                else:
                    val, typ = seg[0], seg[1]
                    grp = seg[2] if len(seg) > 2 else "auto%d" % gcount
                    gcount += 1
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ, "_g": grp})
                    text += val
            out_turns.append({"speaker": speaker, "text": text})
        if positive:
            self.npos += 1
            cid = "%s-pos-%03d" % (PREFIX, self.npos)
            assert spans, note
        else:
            self.nneg += 1
            cid = "%s-neg-%03d" % (PREFIX, self.nneg)
            assert not spans, note
        self.cases.append({"id": cid, "kind": "positive" if positive else "negative", "turns": out_turns,
                           "spans": spans, "note": note})


def strip_private(case):
    c = dict(case)
    c["spans"] = [{k: v for k, v in s.items() if k != "_g"} for s in case["spans"]]
    return c


A, C = "agent", "customer"


def cap(rng, s, p=0.3):
    return s[:1].upper() + s[1:] if s and rng.random() < p else s


# ---------------------------------------------------------------- positive templates
def p_card_one_turn_mixed_itn(rng):
    card, brand = gen_card(rng)
    region = rng.choice(["us", "uk", "ie"])
    sp = speak(rng, card, card_groups(brand), region, itn=0.45, homo=0.15)
    if not re.search(r"[a-z]", sp):
        sp = speak(rng, card, card_groups(brand), region, itn=0.0)
    ind = rng.choice(["telecom", "retail", "utilities", "travel"])
    return [(A, cap(rng, "and can I take the long card number please", 0.8)),
            (C, [rng.choice(["yeah it's ", "Yes. It's ", "okay so it's ", "um its "]), (sp, "CARD_NUMBER"),
                 rng.choice(["", ".", " yeah", " and that's a " + {"visa": "visa", "mc": "mastercard", "amex": "amex", "disc": "discover"}[brand] + " by the way"])])], \
        "call/%s: card read in one turn, ASR turned some groups into numerals, others words" % ind


def p_card_split_turns(rng):
    card, brand = gen_card(rng)
    groups = card_groups(brand)
    region = rng.choice(["us", "uk", "ie"])
    chs = chunks_of(card, groups)
    turns = [(A, rng.choice(["go ahead with the card number whenever you're ready",
                             "Okay, whenever you're ready, the sixteen digits on the front.",
                             "right so what's the card number"]))]
    backs = ["mhm", "okay", "yep go on", "Uh-huh.", "got it", "okay go on", "yes"]
    for k, ch in enumerate(chs):
        r = rng.random()
        if r < 0.3:
            sp = ch
        elif r < 0.55:
            sp = pairs(rng, ch, region, last=True) if all(pair_ok(ch[j:j + 2], j + 2 >= len(ch)) for j in range(0, len(ch) - 1, 2)) and len(ch) % 2 == 0 else singles(rng, ch, region)
        else:
            sp = singles(rng, ch, region, homo=0.2)
        pre = rng.choice(["", "", "um ", "then ", "It's ", "and "]) if k else rng.choice(["okay ", "right, ", "", "so "])
        post = rng.choice(["", "", "", ".", "...", " um"])
        turns.append((C, [pre, (sp, "CARD_NUMBER", "card"), post]))
        if k < len(chs) - 1:
            turns.append((A, rng.choice(backs)))
    ind = rng.choice(["insurance", "banking", "telecom", "healthcare billing"])
    return turns, "call/%s: card split over %d customer turns with back-channels, mix of numerals/pairs/words" % (ind, len(chs))


def p_card_self_correct(rng):
    card, brand = gen_card(rng, rng.choice(["visa", "mc"]))
    a, b, c, d = chunks_of(card, [4, 4, 4, 4])
    wrong = list(b)
    wrong[2] = str((int(wrong[2]) + 3) % 10)
    wrong = "".join(wrong)
    turns = [(A, "what's the card number on the front"),
             (C, [(speak(rng, a + wrong, [4, 4], "us", sep=" "), "CARD_NUMBER", "_w"),
                  rng.choice([" no sorry, ", " no wait ", " - sorry, scratch that. "]),
                  (speak(rng, a + b + c + d, [4, 4, 4, 4], "us", itn=0.3, homo=0.1), "CARD_NUMBER")]),
             (A, "okay thank you")]
    return turns, "call/retail: customer misreads the card and restarts; both readings labelled (first one partial)"


def p_card_readback_cvv_exp(rng):
    card, brand = gen_card(rng)
    g = card_groups(brand)
    m, y = gen_exp(rng)
    cvv = digits(rng, 4 if brand == "amex" else 3)
    spk = speak(rng, card, g, "uk", itn=0.3, pair=0.3)
    rb = fmt_groups(card, g, rng.choice([" ", "-", " "]))
    return [(C, ["card number is ", (spk, "CARD_NUMBER")]),
            (A, ["So that's ", (rb, "CARD_NUMBER"), rng.choice(["? ", ", correct? ", " is that right "]),
                 "And the expiry date?"]),
            (C, [rng.choice(["", "it's ", "expires "]), (exp_text(rng, m, y, True), "EXPIRY"),
                 rng.choice([" and the three on the back is ", ". Security code ", " cvv "]),
                 (speak(rng, cvv, region="uk", itn=0.3), "CVV")])], \
        "call/utilities: card, agent reads back in ITN numerals, expiry and security code in one turn"


def p_card_chat(rng):
    card, brand = gen_card(rng)
    g = card_groups(brand)
    style = rng.randint(0, 4)
    if style == 0:
        c = card
    elif style == 1:
        c = fmt_groups(card, g, "-")
    elif style == 2:
        c = fmt_groups(card, g, " ")
    elif style == 3:
        c = fmt_groups(card, g, "  ")
    else:
        c = fmt_groups(card, g, ".")
    m, y = gen_exp(rng)
    cvv = digits(rng, 4 if brand == "amex" else 3)
    return [(A, "Hi! Could you send the card details so I can process the $%d.%02d refund adjustment?" % (rng.randint(10, 300), rng.randint(0, 99))),
            (C, ["card ", (c, "CARD_NUMBER"), rng.choice([" exp ", ", expiry ", " exp: ", " valid thru "]),
                 (exp_text(rng, m, y, False), "EXPIRY"), rng.choice([" cvv ", ", cvc ", " sec code "]),
                 (cvv, "CVV")])], "chat/retail: card, expiry and CVV typed in one message next to a price"


def p_card_with_amount(rng):
    card, brand = gen_card(rng, "visa")
    sp = speak(rng, card, [4, 4, 4, 4], "us", itn=0.5)
    amt = rng.randint(20, 400)
    return [(A, "alright the total today is $%d.%02d. what card would you like to use" % (amt, rng.randint(0, 99))),
            (C, ["visa ", (sp, "CARD_NUMBER"), " and can you make it for $%d instead I'll pay the rest on the 1st" % (amt // 2)])], \
        "call/travel: card next to ITN money amounts and an ordinal date"


def p_ssn_spoken(rng):
    ssn = gen_ssn(rng)
    style = rng.randint(0, 3)
    if style == 0:
        sp = speak(rng, ssn, [3, 2, 4], "us", itn=0.0, homo=0.2)
    elif style == 1:
        sp = speak(rng, ssn, [3, 2, 4], "us", itn=0.5, sep=rng.choice([" ", "-", ", "]))
    elif style == 2:
        sp = speak(rng, ssn, [3, 2, 4], "us", pair=0.7)
    else:
        sp = ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:]
    ind = rng.choice(["banking", "insurance", "government services", "healthcare billing"])
    return [(A, rng.choice(["and for verification your social security number please",
                            "Can I get your social?", "I'll need the social security number on the account"])),
            (C, [rng.choice(["sure it's ", "Yeah, ", "um okay ", "it's "]), (sp, "SSN"), rng.choice(["", ".", " yeah"])])], \
        "call/%s: SSN, ASR mix of digits and words" % ind


def p_ssn_split(rng):
    ssn = gen_ssn(rng)
    a, b, c = chunks_of(ssn, [3, 2, 4])
    return [(A, "what's your social"),
            (C, [(speak(rng, a, region="us", itn=0.3), "SSN", "s"), rng.choice([" ", "... "])]),
            (A, rng.choice(["mhm", "okay", "Uh-huh."])),
            (C, [(speak(rng, b, region="us", itn=0.3, pair=0.5), "SSN", "s")]),
            (A, rng.choice(["yep", "go on"])),
            (C, [rng.choice(["", "and ", "then "]), (speak(rng, c, region="us", itn=0.3, pair=0.4), "SSN", "s")])], \
        "call/banking: SSN split over three turns with back-channels"


def p_ssn_last4_and_full(rng):
    ssn = gen_ssn(rng)
    y, m, d = gen_dob(rng)
    return [(A, "Can you verify your date of birth and social security number?"),
            (C, ["yeah date of birth is ", *dob_seg(dob_text(rng, y, m, d, "spoken_us")), " and social is ",
                 (speak(rng, ssn, [3, 2, 4], "us", itn=0.4, pair=0.3), "SSN")])], \
        "call/insurance: DOB and SSN in one turn"


def p_ssn_chat(rng):
    ssn = gen_ssn(rng)
    f = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
    return [(C, [rng.choice(["my ssn is ", "SSN: ", "social # ", "heres my social "]), (f, "SSN"),
                 rng.choice(["", " thx", ". claim #%d" % rng.randint(100000, 9999999)])])], \
        "chat/government services: SSN typed, sometimes beside a claim number"


def p_ssn_readback(rng):
    ssn = gen_ssn(rng)
    return [(C, ["it's ", (speak(rng, ssn, [3, 2, 4], "us", homo=0.25), "SSN")]),
            (A, ["Okay, I have ", (ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], "SSN"), ". Is that correct?"]),
            (C, "yes that's it")], "call/healthcare billing: SSN with homophones, agent reads back formatted"


def ni_letter(rng, ch, nato_p):
    r = rng.random()
    if r < nato_p and ch in NATO:
        return ch.lower() + " for " + (NATO[ch] if rng.random() < 0.7 or ch not in NAMEWORD else NAMEWORD[ch])
    if r < nato_p + 0.2:
        return ch
    return ch.lower()


def ni_spoken(rng, ni, nato_p=0.5):
    letters1 = ni_letter(rng, ni[0], nato_p) + " " + ni_letter(rng, ni[1], nato_p)
    nums = speak(rng, ni[2:8], rng.choice([[2, 2, 2], [6], [3, 3]]), "uk", itn=0.25, pair=0.4)
    return letters1 + rng.choice([" ", ", ", " "]) + nums + rng.choice([" ", ", ", " "]) + ni_letter(rng, ni[8], nato_p)


def p_ni_spoken(rng):
    ni = gen_ni(rng)
    ind = rng.choice(["government services", "banking", "insurance", "utilities"])
    return [(A, rng.choice(["and your national insurance number", "Could I take your national insurance number, please?",
                            "what's your n i number"])),
            (C, [rng.choice(["yeah it's ", "It's ", "er ", "okay "]), (ni_spoken(rng, ni), "NI_NUMBER"),
                 rng.choice(["", ".", " I think", " yeah"])])], \
        "call/%s: UK NI number, letters spelt (some phonetic), digits partly ITN" % ind


def p_ni_split(rng):
    ni = gen_ni(rng)
    l = [c.lower() + (" for " + NATO[c] if c in NATO and rng.random() < 0.5 else "") for c in ni[:2]]
    return [(A, "national insurance number please"),
            (C, [(" ".join(l), "NI_NUMBER", "n"), rng.choice(["", "..."])]),
            (A, rng.choice(["mhm", "yep", "okay"])),
            (C, [(speak(rng, ni[2:8], [2, 2, 2], "uk", itn=0.3, pair=0.6), "NI_NUMBER", "n")]),
            (A, "and the letter at the end"),
            (C, [rng.choice(["", "it's ", "that's "]), (ni_letter(rng, ni[8], 0.5), "NI_NUMBER", "n")])], \
        "call/government services: NI number split across turns, final letter asked separately"


def p_ni_chat(rng):
    ni = gen_ni(rng)
    f = rng.choice([ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni.lower(),
                    "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), "%s %s %s" % (ni[:2], ni[2:8], ni[8])])
    return [(A, "Thanks. To update your tax code I need your NI number."),
            (C, [rng.choice(["its ", "NI no: ", "sure ", "ni number "]), (f, "NI_NUMBER"),
                 rng.choice(["", " cheers", ". Started the new job on 3rd March"])])], \
        "chat/government services: NI number typed in varied formats"


def p_ni_readback(rng):
    ni = gen_ni(rng)
    return [(C, ["my national insurance is ", (ni_spoken(rng, ni, 0.2), "NI_NUMBER")]),
            (A, ["let me just read that back ", ("%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), "NI_NUMBER"),
                 rng.choice([" yeah", ". Is that right?"])]),
            (C, "Yep.")], "call/banking: NI number, agent reads back with ITN capital letters and numerals"


def p_ni_and_dob(rng):
    ni = gen_ni(rng)
    y, m, d = gen_dob(rng)
    return [(A, "can I get your date of birth and national insurance number"),
            (C, ["it's ", *dob_seg(dob_text(rng, y, m, d, "spoken_uk")), rng.choice([" and um ", ". And NI is ", " n i is "]),
                 (ni_spoken(rng, ni), "NI_NUMBER")])], "call/insurance: DOB then NI number in the same turn"


def p_bank_uk(rng):
    sc = digits(rng, 6)
    acct = digits(rng, 8)
    sc_sp = rng.choice([speak(rng, sc, [2, 2, 2], "uk", pair=0.7, sep=rng.choice([" ", "-", ", "])),
                        sc[:2] + "-" + sc[2:4] + "-" + sc[4:], speak(rng, sc, [6], "uk")])
    ac_sp = speak(rng, acct, rng.choice([[8], [4, 4], [2, 3, 3]]), "uk", itn=0.3, pair=0.3, homo=0.1)
    return [(A, "what's the sort code and account number for the direct debit"),
            (C, ["sort code ", (sc_sp, "SORT_CODE"), rng.choice([" account ", " and the account number is ", ". Account number "]),
                 (ac_sp, "BANK_ACCOUNT")])], "call/utilities: UK sort code and account number for direct debit"


def p_bank_uk_split(rng):
    sc = digits(rng, 6)
    acct = digits(rng, 8)
    return [(A, "sort code first please"),
            (C, [(speak(rng, sc, [2, 2, 2], "uk", pair=0.6, itn=0.2), "SORT_CODE")]),
            (A, ["so ", (sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE"), " and the account number"]),
            (C, [(speak(rng, acct[:4], region="uk"), "BANK_ACCOUNT", "a")]),
            (A, "mhm"),
            (C, [(speak(rng, acct[4:], region="uk", itn=0.4, pair=0.4), "BANK_ACCOUNT", "a")])], \
        "call/banking: sort code, agent readback, account number split over two turns"


def p_bank_us(rng):
    routing = "0" + digits(rng, 8)
    acct = digits(rng, rng.randint(10, 12), True)
    return [(A, "For the automatic payment I'll need the account number."),
            (C, ["checking account ", (speak(rng, acct, None, "us", itn=0.3, homo=0.15), "BANK_ACCOUNT"),
                 " and it's at the branch on main, routing I'd have to look up"])], \
        "call/insurance: US checking account number read out"


def p_bank_chat(rng):
    sc = digits(rng, 6)
    acct = digits(rng, 8)
    return [(C, ["Pls update my bank details. S/C ", (rng.choice([sc, sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE"),
                 rng.choice([" acc ", " a/c no. ", ", account: "]), (acct, "BANK_ACCOUNT"),
                 " - payment of £%d.%02d due on the 14th" % (rng.randint(20, 200), rng.randint(0, 99))])], \
        "chat/utilities: sort code and account typed with abbreviations, next to amount and date"


def iban_spoken(rng, iban):
    out = []
    i = 0
    while i < len(iban):
        ch = iban[i]
        if ch.isalpha():
            out.append(ch.lower() if rng.random() < 0.6 else ch)
            i += 1
        else:
            j = i
            while j < len(iban) and iban[j].isdigit():
                j += 1
            run = iban[i:j]
            g = []
            while sum(g) < len(run):
                g.append(min(4, len(run) - sum(g)))
            out.append(speak(rng, run, g, "uk", itn=0.35, pair=0.2, sep=" "))
            i = j
    return " ".join(out)


def p_iban_spoken(rng):
    iban = gen_iban(rng, rng.choice(["GB", "IE", "DE", "NL", "ES"]))
    return [(A, "And the IBAN for the refund?"),
            (C, [rng.choice(["yeah it's ", "okay ", "It's "]), (iban_spoken(rng, iban), "IBAN"), rng.choice(["", ".", " yeah"])])], \
        "call/travel: IBAN spelled out with mixed ITN digits (%s)" % iban[:2]


def p_iban_chat(rng):
    iban = gen_iban(rng)
    f = rng.choice([iban, " ".join(iban[k:k + 4] for k in range(0, len(iban), 4)), iban.lower()])
    return [(A, "Please provide your IBAN and we'll send the €%d.%02d refund within 5-7 working days." % (rng.randint(20, 900), rng.randint(0, 99))),
            (C, [rng.choice(["IBAN: ", "iban ", "Sure - "]), (f, "IBAN"), rng.choice(["", " (account in my name)", " thanks"])])], \
        "chat/travel: IBAN typed, next to refund amount and durations"


def p_iban_split(rng):
    iban = gen_iban(rng, rng.choice(["IE", "GB"]))
    first, rest = iban[:8], iban[8:]
    return [(A, "go ahead with the iban"),
            (C, [(iban_spoken(rng, first), "IBAN", "i")]),
            (A, rng.choice(["okay", "mhm", "yep"])),
            (C, [(iban_spoken(rng, rest[:6]), "IBAN", "i")]),
            (A, "go on"),
            (C, [(iban_spoken(rng, rest[6:]), "IBAN", "i"), " that's it"])], \
        "call/banking: IBAN split across three customer turns"


def phone_spoken(rng, ph, kind):
    if kind == "us":
        return speak(rng, ph, [3, 3, 4], "us", itn=0.35, pair=0.2, homo=0.1)
    if kind == "uk_mob":
        if rng.random() < 0.3:
            return "+44 " + ph[1:5] + " " + ph[5:]
        return speak(rng, ph, [5, 6] if rng.random() < 0.5 else [5, 3, 3], "uk", itn=0.3, pair=0.2, homo=0.1)
    if kind == "ie_mob":
        if rng.random() < 0.3:
            return "plus three five three " + speak(rng, ph[1:], [2, 3, 4], "ie", itn=0.3)
        return speak(rng, ph, [3, 3, 4], "ie", itn=0.3)
    g = [3, 4, 4] if ph.startswith("020") else [4, 3, 4]
    return speak(rng, ph, g, "uk", itn=0.35)


def p_phone_spoken(rng):
    kind = rng.choice(["us", "uk_mob", "ie_mob", "uk_land"])
    ph = gen_phone(rng, kind)
    ind = rng.choice(["telecom", "retail", "healthcare billing", "utilities"])
    return [(A, rng.choice(["what's the best number to reach you on", "And a contact number?", "can I grab a callback number"])),
            (C, [rng.choice(["it's ", "yeah ", "Um, it's ", "best one is my mobile "]), (phone_spoken(rng, ph, kind), "PHONE"),
                 rng.choice(["", ".", " after 5:30 is best", " any time after two"])])], \
        "call/%s: phone number (%s) with ASR partial normalisation" % (ind, kind)


def p_phone_split_correct(rng):
    ph = gen_phone(rng, "uk_mob")
    wrong = ph[:5] + str((int(ph[5]) + 1) % 10) + ph[6:]
    return [(A, "contact number"),
            (C, [(speak(rng, ph[:5], region="uk"), "PHONE", "p")]),
            (A, "mhm"),
            (C, [(speak(rng, wrong[5:8], region="uk"), "PHONE", "_w"), " no sorry ", (speak(rng, ph[5:], [3, 3], "uk", itn=0.3), "PHONE", "p")]),
            (A, ["so that's ", (ph[:5] + " " + ph[5:], "PHONE"), "?"])], \
        "call/telecom: mobile split over turns with self-correction; agent reads back"


def p_phone_chat(rng):
    kind = rng.choice(["us", "uk_mob", "ie_mob"])
    ph = gen_phone(rng, kind)
    if kind == "us":
        f = rng.choice(["(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s.%s.%s" % (ph[:3], ph[3:6], ph[6:]), "+1 %s %s %s" % (ph[:3], ph[3:6], ph[6:]), ph])
    elif kind == "uk_mob":
        f = rng.choice(["%s %s" % (ph[:5], ph[5:]), "+44 (0)%s %s" % (ph[1:5], ph[5:]), "+44%s" % ph[1:], ph])
    else:
        f = rng.choice(["%s %s %s" % (ph[:3], ph[3:6], ph[6:]), "+353 %s %s %s" % (ph[1:3], ph[3:6], ph[6:]), ph])
    return [(C, ["pls call me back on ", (f, "PHONE"), rng.choice(["", " between 2-4pm", " ta", ", ticket #%d" % rng.randint(10000, 999999)])])], \
        "chat/telecom: phone typed in local or international form"


def p_two_phones(rng):
    a, b = gen_phone(rng, "uk_mob"), gen_phone(rng, "uk_land")
    return [(A, "do you have an alternative number"),
            (C, ["yeah mobile's ", (phone_spoken(rng, a, "uk_mob"), "PHONE"), " and the house phone is ",
                 (phone_spoken(rng, b, "uk_land"), "PHONE")])], "call/utilities: two phone numbers in one turn"


def p_email_spoken(rng):
    u, d = gen_email(rng)
    return [(A, rng.choice(["and an email address for the receipt", "What email should we send that to?"])),
            (C, [rng.choice(["yeah it's ", "it's ", "Sure, "]), (spoken_email(rng, u, d), "EMAIL"), rng.choice(["", ".", " all lower case"])])], \
        "call/retail: e-mail spoken, ASR partly normalises (dot/at)"


def p_email_chat(rng):
    u, d = gen_email(rng)
    e = u + "@" + d
    if rng.random() < 0.3:
        e = e.upper() if rng.random() < 0.3 else e.capitalize()
    return [(C, ["my email is ", (e, "EMAIL"), rng.choice(["", " - order 4%d" % rng.randint(100000, 999999), "!!"])])], \
        "chat/retail: e-mail typed, possibly with odd case"


def p_email_split(rng):
    u, d = gen_email(rng)
    user_sp = spoken_email(rng, u, "x.com").split(" at ")[0]
    if "@" in user_sp:
        user_sp = u
    dom_sp = rng.choice(["at " + d.replace(".", " dot "), "at " + d, "@" + d])
    return [(A, "go ahead with the email"),
            (C, [(user_sp, "EMAIL", "e")]),
            (A, rng.choice(["okay", "mhm", "yep"])),
            (C, [(dom_sp, "EMAIL", "e")])], "call/insurance: e-mail split across two turns (local part, then domain)"


def p_dob(rng):
    y, m, d = gen_dob(rng)
    style = rng.choice(["spoken_uk", "spoken_us", "digits", "us_num", "uk_num"])
    return [(A, rng.choice(["can you confirm your date of birth", "And your date of birth?", "for security what's your DOB"])),
            (C, [rng.choice(["yeah it's ", "", "it's ", "Um, "]), *dob_seg(dob_text(rng, y, m, d, style)),
                 rng.choice(["", ".", " so I'm %d" % (2026 - y)])])], "call/healthcare billing: date of birth (%s)" % style


def p_dob_chat(rng):
    y, m, d = gen_dob(rng)
    return [(C, ["DOB ", *dob_seg(dob_text(rng, y, m, d, rng.choice(["us_num", "uk_num"]))), ", appointment on %d/%d at 3pm" % (rng.randint(1, 12), rng.randint(1, 28))])], \
        "chat/healthcare billing: DOB typed next to an appointment date (unlabelled)"


def p_postcode_uk(rng):
    pc = gen_uk_pc(rng)
    addr = gen_addr(rng, True)
    pcs = rng.choice([spoken_pc(rng, pc, True), spoken_pc(rng, pc), pc, pc.replace(" ", "").lower()])
    return [(A, "can I take the first line of the address and the postcode"),
            (C, [rng.choice(["it's ", "yeah "]), (addr, "ADDRESS"), rng.choice([" and postcode ", ", ", " postcode is "]), (pcs, "POSTCODE")])], \
        "call/utilities: UK address and postcode, postcode spelt with phonetic letters or normalised"


def p_postcode_split(rng):
    pc = gen_uk_pc(rng)
    out_, in_ = pc.split()
    return [(A, "postcode"),
            (C, [(spoken_pc(rng, out_, True), "POSTCODE", "pc")]),
            (A, "yep"),
            (C, [(spoken_pc(rng, in_, True), "POSTCODE", "pc")]),
            (A, ["thank you that's ", (pc, "POSTCODE"), " and the house number"]),
            (C, ["%s" % num_words(rng.randint(2, 60))])], \
        "call/telecom: UK postcode split outward/inward over two turns, agent readback; bare house number unlabelled"


def p_zip(rng):
    z = gen_zip(rng, rng.random() < 0.3)
    n = rng.randint(10, 9999)
    st = rng.choice(STREETS)
    city = rng.choice(["Austin, TX", "Seattle WA", "Chicago, Illinois", "Atlanta GA", "Boston, MA"])
    if rng.random() < 0.5:
        zsp = speak(rng, z.replace("-", ""), [5] if len(z) == 5 else [5, 4], "us", itn=0.3, homo=0.1)
        a = (num_words(n) if n < 100 else str(n)) + " " + st.lower()
        ch = "call"
    else:
        zsp = z
        a = "%d %s" % (n, st)
        ch = "chat"
    return [(A, "what's the billing address on the card"),
            (C, [(a, "ADDRESS"), ", " + city + " ", (zsp, "POSTCODE")])], "%s/retail: US street address and ZIP code" % ch


def p_address_chat(rng):
    a = gen_addr(rng)
    pc = gen_uk_pc(rng)
    flat = rng.choice(["", "Flat %d, " % rng.randint(1, 40), "Apt %d, " % rng.randint(1, 40)])
    return [(C, ["please send the replacement router to ", (flat + a, "ADDRESS"), ", " + pc_city(pc) + " ", (pc, "POSTCODE"),
                 rng.choice(["", " not the old one", ". Order ref 88%d" % rng.randint(1000, 99999)])])], \
        "chat/telecom: delivery address with flat number and postcode"


def p_address_ie(rng):
    n = rng.randint(1, 120)
    st = rng.choice(STREETS)
    eir = rng.choice(["D02", "D04", "T12", "H91", "V94"]) + " " + "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    return [(A, "and the address for the bill"),
            (C, [(num_words(n) + " " + st.lower(), "ADDRESS"), rng.choice([" in ", ", "]) + rng.choice(["Cork", "Galway", "Dublin 4", "Limerick"])]),
            (A, "lovely and a mobile number"),
            (C, [(phone_spoken(rng, gen_phone(rng, "ie_mob"), "ie_mob"), "PHONE")])], \
        "call/utilities (Ireland): spoken street address then mobile"


def p_everything_call(rng):
    card, brand = gen_card(rng, "mc")
    m, y = gen_exp(rng)
    cvv = digits(rng, 3)
    z = gen_zip(rng)
    return [(A, "Okay, card number when you're ready."),
            (C, [(speak(rng, card, [4, 4, 4, 4], "us", itn=0.5, homo=0.1), "CARD_NUMBER")]),
            (A, "Expiration?"),
            (C, [(exp_text(rng, m, y, True), "EXPIRY")]),
            (A, "And the three digit code on the back"),
            (C, [rng.choice(["", "it's "]), (speak(rng, cvv, region="us", itn=0.4, homo=0.2), "CVV")]),
            (A, "billing zip"),
            (C, [(speak(rng, z, region="us", itn=0.4), "POSTCODE"), rng.choice(["", ". That's all.", " and that'll be $%d right" % rng.randint(30, 200)])])], \
        "call/travel: full card capture spread across turns: card, expiry, CVV, billing ZIP"


def p_cvv_alone(rng):
    cvv = digits(rng, rng.choice([3, 3, 4]))
    return [(A, rng.choice(["and the security code", "Last thing, the CVV on the back?", "three digits on the back of the card please"])),
            (C, [rng.choice(["", "uh ", "it's "]), (speak(rng, cvv, region=rng.choice(["uk", "us"]), itn=0.4, pair=0.3, homo=0.3), "CVV"),
                 rng.choice(["", ".", " I think"])])], "call/retail: CVV alone in context"


def p_expiry_cvv_twopart(rng):
    m, y = gen_exp(rng)
    cvv = digits(rng, 3)
    return [(A, "expiry date"),
            (C, [(exp_text(rng, m, y, True), "EXPIRY")]),
            (A, ["and the ", "CVV"]),
            (C, [(speak(rng, cvv, region="uk"), "CVV"), " sorry ", (speak(rng, cvv, region="uk", itn=1.0), "CVV")])], \
        "call/insurance: expiry then CVV repeated twice (words then ITN)"


def p_verification_uk(rng):
    y, m, d = gen_dob(rng)
    pc = gen_uk_pc(rng)
    return [(A, "for security can I take your date of birth and postcode"),
            (C, [*dob_seg(dob_text(rng, y, m, d, "spoken_uk")), rng.choice([" and it's ", ", postcode ", ". "]),
                 (spoken_pc(rng, pc, rng.random() < 0.5), "POSTCODE")])], "call/banking: DOB and spoken UK postcode as security questions"


def p_email_and_phone_chat(rng):
    u, d = gen_email(rng)
    ph = gen_phone(rng, "us")
    return [(C, ["contact: ", (u + "@" + d, "EMAIL"), " / ", ("%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]), "PHONE"),
                 " (order placed 11/02, 3 items, $%d)" % rng.randint(20, 500)])], "chat/retail: email and phone in one line beside non-PII order facts"


def p_iban_de_call(rng):
    iban = gen_iban(rng, "DE")
    g = [2, 4, 4, 4, 4, 2]
    sp = rng.choice(["D E ", "de ", "d e "]) + speak(rng, iban[2:], g, "us", itn=0.5, sep=" ")
    return [(A, "Could you give me the IBAN of the account?"),
            (C, ["Yes. ", (sp, "IBAN"), "."])], "call/travel (EU): German IBAN, Whisper writes most groups as numerals"


def p_account_readback(rng):
    acct = digits(rng, 8)
    return [(C, ["account number's ", (speak(rng, acct, [4, 4], "uk", homo=0.2, pair=0.5), "BANK_ACCOUNT")]),
            (A, ["so ", (acct, "BANK_ACCOUNT"), " and that's with the balance of £%d.%02d yeah" % (rng.randint(100, 5000), rng.randint(0, 99))])], \
        "call/banking: account number with homophones and agent readback; balance unlabelled"



# ---------------------------------------------------------------- Whisper-style renderings
def whisper(rng, digits_, groups, region="us", style=None):
    """Render digits the way Whisper tends to: odd punctuation/case, partial ITN."""
    style = style if style is not None else rng.randint(0, 6)
    chs = chunks_of(digits_, groups)
    out = []
    for n, ch in enumerate(chs):
        last = n == len(chs) - 1
        if style == 0:  # "Four, five, three, two. One, one, oh, nine."
            w = ", ".join(digit_word(rng, d, region) for d in ch)
            out.append(w[:1].upper() + w[1:] + ".")
        elif style == 1:  # "4-1-1-1"
            out.append("-".join(ch))
        elif style == 2:  # "four-one-one-one"
            out.append("-".join(digit_word(rng, d, region) for d in ch))
        elif style == 3:  # pairs, ITN some: "41 11" / "forty-one eleven"
            ps = []
            for k in range(0, len(ch), 2):
                two = ch[k:k + 2]
                if len(two) == 2 and two[0] != "0" and rng.random() < 0.5:
                    ps.append(two)
                elif len(two) == 2 and pair_ok(two, last and k + 2 >= len(ch)):
                    ps.append(pair_word(rng, two, region).replace(" ", "-") if two[0] not in "01" else pair_word(rng, two, region))
                else:
                    ps.append(singles(rng, two, region))
            out.append(" ".join(ps))
        elif style == 4:  # spaced single numerals "4 5 3 2"
            out.append(" ".join(ch))
        elif style == 5:  # "double 7" style ITN
            w = singles(rng, ch, region, dbl=0.9)
            w = re.sub(r"\b(double|triple) (\w+)", lambda m: m.group(1) + " " + (WORD_D.get(m.group(2), m.group(2)) if rng.random() < 0.6 else m.group(2)), w)
            out.append(w)
        else:  # capitalised words with trailing commas
            w = singles(rng, ch, region, homo=0.2)
            out.append(w.capitalize() + ",")
    text = " ".join(out)
    return text.rstrip(",.")


def p_card_whisper(rng):
    card, brand = gen_card(rng)
    style = rng.randint(0, 6)
    sp = whisper(rng, card, card_groups(brand), rng.choice(["us", "uk"]), style)
    ind = rng.choice(["telecom", "retail", "banking", "travel", "utilities"])
    return [(A, rng.choice(["Can I get the card number, please?", "And the card number?", "ok go ahead with the card"])),
            (C, [rng.choice(["Yeah, sure. It's ", "Sure. ", "Okay. ", "Uh, yeah. "]), (sp, "CARD_NUMBER"),
                 rng.choice([".", "", " And it's a " + {"visa": "Visa", "mc": "Mastercard", "amex": "Amex", "disc": "Discover"}[brand] + "."])])], \
        "call/%s: Whisper-style card rendering (style %d: punctuation, hyphens, ITN pairs or spaced numerals)" % (ind, style)


def p_card_interrupt(rng):
    card, brand = gen_card(rng, rng.choice(["visa", "mc"]))
    a, b = card[:8], card[8:]
    chat = rng.choice([" hang on let me get my glasses, okay ", " sorry the dog's barking. Um, ", " wait is it, yeah ", " - sorry, I'm in the car - "])
    return [(A, "the long number across the front please"),
            (C, [(speak(rng, a, [4, 4], "uk", itn=0.3, homo=0.1), "CARD_NUMBER", "c"), chat,
                 (speak(rng, b, [4, 4], "uk", itn=0.3, pair=0.3), "CARD_NUMBER", "c")])], \
        "call/insurance: card reading interrupted by chit-chat in the same turn"


def p_card_filler(rng):
    card, brand = gen_card(rng)
    sp = speak(rng, card, card_groups(brand), rng.choice(["us", "ie"]), itn=0.2, homo=0.2, filler=0.7)
    return [(A, "what's the card number"),
            (C, [rng.choice(["Okay so ", "right, "]), (sp, "CARD_NUMBER")]),
            (A, "and is that the card ending %s" % " ".join(UNITS[int(d)] for d in card[-4:])),
            (C, "yes")], "call/utilities: card read with fillers inside the reading; agent repeats last four (unlabelled)"


def p_card_chat_typo(rng):
    card, brand = gen_card(rng, rng.choice(["visa", "mc"]))
    odd = rng.choice([[3, 5, 4, 4], [4, 4, 4, 3, 1], [8, 8], [2, 6, 4, 4], [4, 12]])
    c = fmt_groups(card, odd, rng.choice([" ", "-", " "]))
    return [(C, [rng.choice(["ok heres the crad no ", "card numbr: ", "use this one instead pls ", "CARD "]), (c, "CARD_NUMBER"),
                 rng.choice([" thnks", "", " (its my wifes card she said ok)", " ... the $%d one" % rng.randint(15, 99)])])], \
        "chat/retail: card typed with typos around it and unusual grouping"


def p_ssn_whisper(rng):
    ssn = gen_ssn(rng)
    style = rng.randint(0, 6)
    sp = whisper(rng, ssn, [3, 2, 4], "us", style)
    return [(A, rng.choice(["Last thing, the Social Security number on file?", "Okay. And your Social?"])),
            (C, [rng.choice(["Yeah, it's ", "It's ", "Sure. "]), (sp, "SSN"), rng.choice([".", "", ". You need my zip too?"])])], \
        "call/%s: Whisper-style SSN rendering (style %d)" % (rng.choice(["banking", "insurance", "healthcare billing"]), style)


def p_ssn_with_amounts(rng):
    ssn = gen_ssn(rng)
    return [(A, "I can set up a plan of $%d a month for %s months, I just need to verify your social" % (rng.randint(25, 150), num_words(rng.randint(6, 24)))),
            (C, ["okay it's ", (speak(rng, ssn, [3, 2, 4], "us", itn=0.3, pair=0.4, filler=0.3), "SSN"), " and I can pay on the %s" % ordnum(rng.randint(1, 28))])], \
        "call/healthcare billing: SSN among ITN money, counts and an ordinal date"


def p_ssn_correction(rng):
    ssn = gen_ssn(rng)
    wrong = ssn[:3] + ssn[4] + ssn[3]
    return [(A, "social security number please"),
            (C, [(speak(rng, wrong, [3, 2], "us"), "SSN", "_w"), " no wait, ", (speak(rng, ssn, [3, 2, 4], "us", itn=0.4), "SSN")]),
            (A, ["Okay, ", ("%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]), "SSN"), "."])], \
        "call/government services: SSN with transposition self-correction and readback"


def p_ni_whisper(rng):
    ni = gen_ni(rng)
    style = rng.randint(0, 3)
    if style == 0:
        sp = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif style == 1:
        sp = "%s%s %s" % (ni[0], ni[1], whisper(rng, ni[2:8], [2, 2, 2], "uk", 3)) + " " + ni[8]
    elif style == 2:
        sp = "%s. %s. %s. %s." % (ni[0], ni[1], whisper(rng, ni[2:8], [6], "uk", 4), ni[8])
        sp = sp.rstrip(".")
    else:
        sp = "%s, %s, %s, %s" % (ni[0].lower(), ni[1].lower(), "-".join([ni[2:4], ni[4:6], ni[6:8]]), ni[8])
    return [(A, "Can I take your National Insurance number?"),
            (C, [rng.choice(["Yes, it's ", "Yeah. ", "It's "]), (sp, "NI_NUMBER"), rng.choice([".", "", ". I've got it here on the letter."])])], \
        "call/government services: Whisper-style NI number (style %d: capitals, periods, ITN)" % style


def p_ni_hesitant(rng):
    ni = gen_ni(rng)
    return [(A, "and the national insurance number"),
            (C, [rng.choice(["oh god hang on um ", "let me find it, right, "]), (ni_letter(rng, ni[0], 0.6) + " " + ni_letter(rng, ni[1], 0.6) + " " + speak(rng, ni[2:8], [2, 2, 2], "uk", pair=0.5, filler=0.6) + " " + ni_letter(rng, ni[8], 0.6), "NI_NUMBER"),
                 rng.choice(["", " I think that's right", " is that enough digits"])])], \
        "call/banking: NI number with fillers inside the reading"


def p_ni_two_in_turn(rng):
    ni1, ni2 = gen_ni(rng), gen_ni(rng)
    return [(A, "I'll need national insurance numbers for both of you on the joint claim"),
            (C, ["mine's ", (ni_spoken(rng, ni1, 0.3), "NI_NUMBER"), " and my wife's is ", ("%s %s %s %s %s" % (ni2[:2], ni2[2:4], ni2[4:6], ni2[6:8], ni2[8]), "NI_NUMBER")])], \
        "call/government services: two NI numbers in one turn, one spoken one ITN"


def p_phone_whisper(rng):
    kind = rng.choice(["us", "uk_mob", "uk_land", "ie_mob"])
    ph = gen_phone(rng, kind)
    g = {"us": [3, 3, 4], "uk_mob": [5, 6], "ie_mob": [3, 3, 4], "uk_land": [3, 4, 4] if ph.startswith("020") else [4, 3, 4]}[kind]
    if kind == "uk_mob":
        g = rng.choice([[5, 6], [5, 3, 3]])
    style = rng.randint(0, 6)
    sp = whisper(rng, ph, g, "us" if kind == "us" else "uk", style)
    lead = rng.choice(["It's ", "Yeah, ", "My cell is ", "Best is "])
    if kind == "us" and rng.random() < 0.3:
        lead += "area code "
    return [(A, "And what's a good callback number?"),
            (C, [lead, (sp, "PHONE"), rng.choice([".", "", " after 6 p.m.", ". Any time after 2:30."])])], \
        "call/%s: Whisper-style phone number (%s, style %d)" % (rng.choice(["telecom", "retail", "healthcare billing"]), kind, style)


def p_phone_intl(rng):
    kind = rng.choice(["uk_mob", "ie_mob"])
    ph = gen_phone(rng, kind)
    cc = "44" if kind == "uk_mob" else "353"
    rest = ph[1:]
    lead = rng.choice(["plus " + " ".join(UNITS[int(d)] for d in cc), "+" + cc, "double oh " + " ".join(UNITS[int(d)] for d in cc), "00" + cc])
    sp = lead + " " + speak(rng, rest, [len(rest) - 6, 3, 3], "uk", itn=0.4)
    return [(A, "is there a number we can reach you on while you're abroad"),
            (C, ["yeah my %s number, " % ("uk" if cc == "44" else "irish"), (sp, "PHONE")])], \
        "call/travel: international format phone with spoken plus/double-oh and country code"


def p_email_whisper(rng):
    u, d = gen_email(rng)
    style = rng.randint(0, 3)
    if style == 0:
        sp = u.replace(".", " dot ").replace("_", " underscore ") + " at " + d.split(".")[0].capitalize() + " dot " + " dot ".join(d.split(".")[1:])
    elif style == 1:
        sp = u.capitalize() + " at " + d
    elif style == 2:
        sp = u + "@" + d.capitalize()
    else:
        sp = " ".join(u.replace(".", "").replace("_", "")[:3]).upper() + " " + u.replace(".", "").replace("_", "")[3:] + " at " + d
    return [(A, "What's the best email for you?"),
            (C, [rng.choice(["It's ", "Yeah, it's ", "Um, "]), (sp, "EMAIL"), rng.choice([".", "", ", all one word."])])], \
        "call/%s: Whisper-style e-mail (style %d)" % (rng.choice(["retail", "travel", "insurance"]), style)


def p_dob_whisper(rng):
    y, m, d = gen_dob(rng)
    style = rng.randint(0, 4)
    if style == 0:
        sp = "%s %s, %d" % (MONTHS[m - 1].capitalize(), ordnum(d), y)
    elif style == 1:
        sp = "the %s of %s, %s" % (ordnum(d), MONTHS[m - 1].capitalize(), year_words(y))
    elif style == 2:
        sp = "%d-%d-%02d" % (m, d, y % 100)
    elif style == 3:
        sp = "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    else:
        sp = "%02d, %02d, %d" % (d, m, y)
    return [(A, rng.choice(["And can you confirm your date of birth?", "Date of birth?"])),
            (C, [rng.choice(["Yeah, it's ", "", "It's "]), *dob_seg(sp), rng.choice([".", "", ". I'm %d." % (2026 - y)])])], \
        "call/%s: Whisper-style DOB (style %d); age afterwards unlabelled" % (rng.choice(["healthcare billing", "insurance", "banking"]), style)


def p_address_spoken_full(rng):
    n = rng.randint(2, 199)
    st = rng.choice(STREETS)
    pc = gen_uk_pc(rng)
    hn = num_words(n) if rng.random() < 0.5 else str(n)
    return [(A, "and the address where the meter is"),
            (C, [rng.choice(["it's ", "", "yeah "]), (hn + " " + (st if rng.random() < 0.5 else st.lower()), "ADDRESS"),
                 rng.choice([", ", " ", ". "]) + rng.choice(["", "in "]) + pc_city(pc) + rng.choice([", ", ". ", " "]),
                 (rng.choice([pc, spoken_pc(rng, pc, False), pc.lower()]), "POSTCODE")])], \
        "call/utilities: house number as words or numerals, street, town, postcode"


def p_address_us_call(rng):
    n = rng.randint(100, 9999)
    st = rng.choice(STREETS)
    z = gen_zip(rng)
    hn = rng.choice([str(n), speak(rng, str(n), None, "us", pair=0.8)])
    return [(A, "What's the service address?"),
            (C, [(hn + " " + st + ", " + rng.choice(["Apartment", "unit"]) + " " + "%d" % rng.randint(1, 30), "ADDRESS")]),
            (A, "And the zip code?"),
            (C, [(whisper(rng, z, [5], "us", rng.choice([0, 2, 4, 6])), "POSTCODE")])], \
        "call/telecom (US): spoken house number, street; zip in Whisper style; apartment number inside the address span"


def p_iban_nato(rng):
    iban = gen_iban(rng, rng.choice(["IE", "GB", "NL"]))
    parts = []
    for ch in iban[:2] + iban[4:8]:
        parts.append(ch.lower() + " for " + NATO[ch] if ch in NATO and rng.random() < 0.5 else ch.lower())
    letters = " ".join(parts[:2])
    bank = " ".join(parts[2:])
    rest = iban[8:]
    g = [4] * (len(rest) // 4) + ([len(rest) % 4] if len(rest) % 4 else [])
    sp = letters + " " + speak(rng, iban[2:4], None, "uk", pair=0.5) + " " + bank + " " + speak(rng, rest, g, "uk", itn=0.4, pair=0.2)
    return [(A, "So for the international transfer I need the IBAN"),
            (C, ["yeah ", (sp, "IBAN")])], "call/banking: IBAN with phonetic letters and mixed ITN digits"


def p_sortcode_whisper(rng):
    sc = digits(rng, 6)
    acct = digits(rng, 8)
    return [(A, "Sort code and account number, please."),
            (C, ["Sort code is ", (whisper(rng, sc, [2, 2, 2], "uk", rng.choice([1, 3, 4, 0])), "SORT_CODE"), ". Account number ",
                 (whisper(rng, acct, [4, 4], "uk", rng.choice([2, 3, 5, 6])), "BANK_ACCOUNT"), "."])], \
        "call/banking: Whisper-style sort code and account number"


def p_expiry_whisper(rng):
    m, y = gen_exp(rng)
    cvv = digits(rng, 3)
    e = rng.choice(["%d/%d" % (m, y), "%s/%02d" % (str(m).zfill(2), y), "%s, %s" % ("Oh " + UNITS[m] if m < 10 else num_words(m).capitalize(), num_words(y)),
                    "%s of 20%02d" % (MONTHS[m - 1].capitalize(), y), "%d-%d" % (m, 2000 + y)])
    c = rng.choice([cvv, "-".join(cvv), ", ".join(digit_word(rng, d, "us") for d in cvv).capitalize()])
    return [(A, "Expiration date and the CVV?"),
            (C, ["Expiration is ", (e, "EXPIRY"), rng.choice([". CVV is ", ", and the code is ", ". The three-digit is "]), (c, "CVV"), "."])], \
        "call/retail: Whisper-style expiry and CVV in one turn"


def p_account_us_whisper(rng):
    acct = digits(rng, rng.randint(9, 12), True)
    g = [3] * (len(acct) // 3) + ([len(acct) % 3] if len(acct) % 3 else [])
    return [(A, "Which account do you want the refund to go to?"),
            (C, ["My checking, account number ", (whisper(rng, acct, g, "us", rng.randint(0, 6)), "BANK_ACCOUNT"), ". The refund's $%d.%02d, right?" % (rng.randint(10, 500), rng.randint(0, 99))])], \
        "call/retail: US account number in Whisper style next to a money amount"



def commas(num):
    """Whisper sometimes formats a long digit run as one big number: 4,111,111,..."""
    head = len(num) % 3 or 3
    parts = [num[:head]] + [num[k:k + 3] for k in range(head, len(num), 3)]
    return ",".join(parts)


def p_card_bignumber(rng):
    card, brand = gen_card(rng, rng.choice(["visa", "mc", "amex"]))
    style = rng.randint(0, 2)
    if style == 0:
        sp = commas(card)
    elif style == 1:
        sp = card[:4] + " " + commas(card[4:])
    else:
        sp = card
    return [(A, "Okay, and the card number?"),
            (C, [rng.choice(["It's ", "Yeah, it's ", ""]), (sp, "CARD_NUMBER"), rng.choice([".", "", ". Did you get that?"])])], \
        "call/%s: Whisper collapsed the card reading into one big number (style %d: thousands commas / solid run)" % (rng.choice(["retail", "travel", "telecom"]), style)


def p_account_bignumber(rng):
    acct = digits(rng, 8, True)
    ssn = gen_ssn(rng)
    if rng.random() < 0.5:
        return [(A, "And your account number with us?"),
                (C, ["It's ", (commas(acct), "BANK_ACCOUNT"), ". I've been a customer %s years." % num_words(rng.randint(2, 30))])], \
            "call/banking: Whisper renders an 8-digit account number as 12,345,678"
    return [(A, "And the Social?"),
            (C, ["It's ", (commas(ssn) if ssn[0] != "0" else ssn, "SSN"), "."])], \
        "call/insurance: Whisper renders the SSN as one big number with commas"


def p_phone_eu(rng):
    cc = rng.choice(["de", "fr", "es", "nl"])
    if cc == "de":
        num = "15" + str(rng.randint(1, 9)) + digits(rng, 8)
        sp_call = "plus four nine " + speak(rng, num, [3, 4, 4], "us", itn=0.5)
        sp_chat = "+49 %s %s" % (num[:3], num[3:])
    elif cc == "fr":
        num = rng.choice(["6", "7"]) + digits(rng, 8)
        sp_call = "zero " + UNITS[int(num[0])] + ", " + ", ".join(pair_word(rng, num[k:k + 2], "us") if pair_ok(num[k:k + 2], k == 7) else singles(rng, num[k:k + 2], "us") for k in range(1, 9, 2))
        sp_chat = "+33 %s %s %s %s %s" % (num[0], num[1:3], num[3:5], num[5:7], num[7:])
    elif cc == "es":
        num = "6" + digits(rng, 8)
        sp_call = "plus three four " + speak(rng, num, [3, 3, 3], "us", itn=0.4)
        sp_chat = "+34 %s %s %s" % (num[:3], num[3:6], num[6:])
    else:
        num = "6" + digits(rng, 8)
        sp_call = "zero " + speak(rng, num, [1, 4, 4], "us", itn=0.4)
        sp_chat = "06-%s" % num[1:]
    if rng.random() < 0.5:
        return [(A, "Could you give me a phone number in case the airline needs to reach you?"),
                (C, ["Yes, my mobile is ", (sp_call, "PHONE"), ". I'm in %s until the %s." % ({"de": "Berlin", "fr": "Lyon", "es": "Madrid", "nl": "Utrecht"}[cc], ordnum(rng.randint(2, 28)))])], \
            "call/travel (EU): %s mobile number read out, partly ITN" % cc.upper()
    return [(C, ["hi my booking ref is %s, pls contact me on " % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), (sp_chat, "PHONE"), " or whatsapp"])], \
        "chat/travel (EU): %s mobile typed in international form next to a booking reference" % cc.upper()


POS_TEMPLATES = [
    p_card_one_turn_mixed_itn, p_card_split_turns, p_card_self_correct, p_card_readback_cvv_exp, p_card_chat,
    p_card_with_amount, p_ssn_spoken, p_ssn_split, p_ssn_last4_and_full, p_ssn_chat, p_ssn_readback,
    p_ni_spoken, p_ni_split, p_ni_chat, p_ni_readback, p_ni_and_dob, p_bank_uk, p_bank_uk_split, p_bank_us,
    p_bank_chat, p_iban_spoken, p_iban_chat, p_iban_split, p_phone_spoken, p_phone_split_correct, p_phone_chat,
    p_two_phones, p_email_spoken, p_email_chat, p_dob, p_dob_chat, p_postcode_uk, p_postcode_split, p_zip,
    p_address_chat, p_address_ie, p_everything_call, p_cvv_alone, p_expiry_cvv_twopart, p_verification_uk,
    p_email_and_phone_chat, p_iban_de_call, p_account_readback,
    p_card_whisper, p_card_interrupt, p_card_filler, p_card_chat_typo, p_ssn_whisper, p_ssn_with_amounts,
    p_ssn_correction, p_ni_whisper, p_ni_hesitant, p_ni_two_in_turn, p_phone_whisper, p_phone_intl,
    p_email_whisper, p_dob_whisper, p_address_spoken_full, p_address_us_call, p_iban_nato, p_sortcode_whisper,
    p_expiry_whisper, p_account_us_whisper, p_email_split, p_card_bignumber, p_account_bignumber, p_phone_eu,
]


# ---------------------------------------------------------------- negative templates
def n_money(rng):
    a = rng.randint(12, 4999)
    return [(A, "your balance is $%s and the minimum payment is %s dollars" % ("{:,}".format(a), num_words(rng.randint(20, 99)))),
            (C, "okay can I pay %s fifty on the %s" % (num_words(rng.randint(20, 99)), ORD[rng.randint(0, 27)]))], \
        "call/banking: balances and payment amounts, ITN and words"


def n_order_ref(rng):
    ref = digits(rng, rng.randint(6, 10), True)
    return [(A, "Can I have the order number?"),
            (C, ["yeah order number " + speak(rng, ref, None, "us", itn=0.3)])], "call/retail: order number said with its reference word"


def n_times(rng):
    day = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    h1 = rng.randint(8, 11)
    return [(A, "We have an engineer slot on %s between %d:%02d and %d:00." % (day, h1, rng.choice([0, 30]), rng.randint(1, 5))),
            (C, "ok %d:%s would work, I'm out from quarter past %s for about %s minutes" % (rng.randint(1, 4), rng.choice(["30", "15", "45"]), num_words(rng.randint(2, 6)), num_words(rng.choice([20, 30, 40, 45]))))], \
        "call/telecom: appointment times and durations"


def n_ticket_chat(rng):
    t = rng.randint(1000000, 9999999999)
    return [(C, "Hi, ticket #%d still not fixed after %d days. Speeds are %d Mbps instead of %d." % (t, rng.randint(2, 30), rng.randint(3, 40), rng.choice([100, 300, 500, 900])))], \
        "chat/telecom: ticket number, durations, speeds"


def n_flight(rng):
    fl = rng.choice(["EI", "BA", "FR", "UA", "DL", "LH"]) + str(rng.randint(100, 9999))
    return [(A, "which flight are you on"),
            (C, "%s %s on the %s of %s, departing %d:%02d, booking reference %s" % (fl[:2].lower(), speak(rng, fl[2:], None, "uk", itn=0.5), ORD[rng.randint(0, 27)], rng.choice(MONTHS), rng.randint(6, 22), rng.choice([0, 15, 35, 45]),
                                                                                 "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))))], \
        "call/travel: flight number, travel date, departure time, booking code"


def n_meter(rng):
    r = digits(rng, 5, True)
    return [(A, "can you read me the meter"),
            (C, "it says %s, and the night one is %s" % (speak(rng, r, None, "uk", itn=0.5), rng.randint(1000, 99999)))], \
        "call/utilities: meter readings"


def n_claim(rng):
    c = digits(rng, rng.randint(7, 10), True)
    return [(A, "Have you got your claim number there?"),
            (C, "yes claim number %s, the accident was on the %d%s of %s at about %d o'clock" % (
                speak(rng, c, None, "uk", itn=0.4, pair=0.3), rng.randint(4, 20), "th", rng.choice(MONTHS).capitalize(), rng.randint(1, 11)))], \
        "call/insurance: claim number and incident date/time"


def n_invoice_chat(rng):
    inv = "INV-%d" % rng.randint(10000, 9999999)
    return [(C, "Invoice %s shows €%d.%02d but my contract started 01/%02d/2025 at %d%% discount" % (inv, rng.randint(30, 900), rng.randint(0, 99), rng.randint(1, 12), rng.choice([10, 15, 20, 25])))], \
        "chat/utilities: invoice number, amount, contract start date, percentage"


def n_age_temp(rng):
    return [(C, "my son is %s and he's had a temperature of %s point %s for %s days" % (num_words(rng.randint(3, 17)), num_words(rng.choice([38, 39])), UNITS[rng.randint(1, 9)], num_words(rng.randint(2, 6)))),
            (A, "okay so that's 38.%d, and the appointment's at %d:%02d tomorrow" % (rng.randint(0, 9), rng.randint(8, 11), rng.choice([0, 15, 30, 45])))], \
        "call/healthcare billing: ages, temperatures, appointment time"


def n_model(rng):
    return [(A, "what model is the device"),
            (C, "it's the %s %s, um, %d gig, bought it in %s for %s" % (rng.choice(["galaxy s", "iphone", "pixel"]), rng.randint(7, 24), rng.choice([64, 128, 256]), year_words(rng.randint(2018, 2025)), "$%d" % rng.randint(200, 1200)))], \
        "call/telecom: model number, storage, year bought, price"


def n_room(rng):
    ad, kids = rng.randint(1, 4), rng.randint(1, 3)
    return [(A, "you're in room %d, checkout is at %s am" % (rng.randint(100, 999), num_words(rng.randint(10, 11)))),
            (C, "great and there are %s of us, %d adults %d kids, staying %s nights" % (num_words(ad + kids), ad, kids, num_words(rng.randint(2, 9))))], \
        "call/travel: room number, times, counts"


def n_payment_date(rng):
    return [(A, "your next payment of £%d.%02d comes out on the %s of %s" % (rng.randint(20, 400), rng.randint(0, 99), ORD[rng.randint(0, 27)], rng.choice(MONTHS))),
            (C, "can we move it to the %s, I get paid %s %s" % (ordnum(rng.randint(1, 28)), rng.choice(["on the", "every"]), rng.choice(["friday", "twenty eighth", "25th"])))], \
        "call/banking: payment dates (not birth dates) and amounts"


def n_last_digits(rng):
    return [(A, "I can see the contract started in %s %s and ends %s" % (rng.choice(MONTHS), year_words(rng.randint(2019, 2025)), rng.choice(["next may", "in 18 months", "march 2027"]))),
            (C, "yeah I've been with you %s years, paying %s a month" % (num_words(rng.randint(2, 15)), rng.choice(["forty quid", "$55", "thirty two ninety nine", "€29.99"])))], \
        "call/telecom: contract dates, tenure, monthly price"


def n_quantity(rng):
    return [(C, "I ordered %d boxes of the %dml ones but only %s arrived, total was £%d" % (rng.randint(2, 12), rng.choice([250, 500, 750]), num_words(rng.randint(1, 9)), rng.randint(10, 300))),
            (A, "Sorry about that, I've raised case %d and you'll hear back in 3-5 working days." % rng.randint(100000, 99999999))], \
        "chat/retail: quantities, volumes, case number, durations"


def n_percent_speed(rng):
    return [(C, "its %s percent off and the download was like %s megs" % (num_words(rng.randint(10, 50)), num_words(rng.randint(2, 99)))),
            (A, "right you should be getting %d to %d megabits at peak times between %d and %d pm" % (rng.randint(30, 80), rng.randint(81, 500), rng.randint(6, 8), rng.randint(9, 11)))], \
        "call/telecom: percentages, speeds, time ranges"


def n_reference_split(rng):
    ref = digits(rng, 8, True)
    return [(A, "what's the reference on the letter"),
            (C, "reference %s" % speak(rng, ref[:4], region="uk")),
            (A, "mhm"),
            (C, speak(rng, ref[4:], region="uk", itn=0.5))], "call/government services: letter reference number split over turns (reference context)"


def n_years(rng):
    return [(C, "I moved house in %s and the car is a %d, done about %s miles" % (year_words(rng.randint(1998, 2024)), rng.randint(2005, 2024), "{:,}".format(rng.randint(10000, 150000)))),
            (A, "and the excess is %d pounds with %d years no claims" % (rng.choice([250, 350, 500]), rng.randint(1, 9)))], \
        "call/insurance: years, mileage, excess, no-claims years"


def n_policy(rng):
    p = "POL" + digits(rng, 7)
    return [(A, "Can you confirm the policy number?"),
            (C, "%s, p o l %s" % (p, speak(rng, p[3:], None, "uk", itn=0.4)))], "call/insurance: policy number with letters and digits"


def n_whisper_money_itn(rng):
    dol = rng.randint(10, 49)
    return [(C, "So I was charged $%d.00 twice, once on the %s and again on the %s, so that's like %s dollars" % (dol, ordnum(rng.randint(1, 14)), ordnum(rng.randint(15, 28)), num_words(dol * 2))),
            (A, "I'm sorry, I can refund the %s dollars in %d to %d business days" % (num_words(dol), rng.randint(3, 5), rng.randint(7, 10)))], \
        "call/banking: Whisper ITN money/ordinals mixed with spelled amounts"


def n_extension(rng):
    return [(A, "I'll transfer you, it's extension %s, wait time is about %d minutes" % (speak(rng, digits(rng, 4, True), region="us", itn=0.5), rng.randint(2, 25))),
            (C, "okay and what's my position in the queue, number %s?" % num_words(rng.randint(2, 19)))], \
        "call/healthcare billing: phone extension (not a full phone number), wait time, queue position"


def n_data(rng):
    return [(C, "I used %d.%d GB of my %d GB allowance and it's only the %s" % (rng.randint(1, 50), rng.randint(0, 9), rng.choice([30, 60, 100]), ordnum(rng.randint(2, 20)))),
            (A, "you've %s days left in the billing cycle and the add-on is £%d" % (num_words(rng.randint(5, 25)), rng.randint(3, 15)))], \
        "chat/telecom: data usage, dates in billing cycle, add-on price"



def n_order_whisper(rng):
    ref = digits(rng, 8, True)
    return [(A, "Do you have the order number handy?"),
            (C, "Yeah, the order number is %s-%s. It was $%s.99 and it's been %s days." % (ref[:4], ref[4:], "{:,}".format(rng.randint(40, 1999)), num_words(rng.randint(3, 21))))], \
        "call/retail: Whisper ITN order number with its reference word, price and duration"


def n_prices_whisper(rng):
    p = rng.randint(300, 2500)
    pct = rng.choice([10, 15, 20, 25, 30])
    return [(C, "So it was $%s.99, then they said %d%% off, so about $%s. And shipping was %s ninety-nine." % ("{:,}".format(p), pct, "{:,}".format(p * (100 - pct) // 100), num_words(rng.randint(4, 19)))),
            (A, "Right, and the difference of $%d.%02d will go back on your card in 3 to 5 business days." % (rng.randint(10, 300), rng.randint(0, 99)))], \
        "call/retail: Whisper ITN prices, percentages, refund amount"


def n_appointment_date(rng):
    return [(A, "Your appointment is on %s %s, %d at %d:%02d a.m." % (rng.choice(MONTHS).capitalize(), ordnum(rng.randint(1, 28)), rng.randint(2026, 2027), rng.randint(8, 11), rng.choice([0, 15, 30, 45]))),
            (C, "Okay, and the bill from the %s of %s was %s dollars, I paid it on the %s." % (ordnum(rng.randint(1, 28)), rng.choice(MONTHS).capitalize(), num_words(rng.randint(20, 99)), ordnum(rng.randint(1, 28))))], \
        "call/healthcare billing: appointment and payment dates (not DOB) in Whisper ITN style"


def n_case_spoken(rng):
    c = digits(rng, 7, True)
    return [(A, "I've opened case number %s for you." % c),
            (C, "sorry was that %s" % speak(rng, c, [3, 3, 1], "uk", sep=", ")),
            (A, "That's right, case %s. You'll get a text within 48 hours." % c)], \
        "call/telecom: 7-digit case number read back in words and numerals with its reference word"


def n_travel_seat(rng):
    return [(C, "I'm on flight %s%d, gate %d, seat %d%s, boarding at %d:%02d, terminal %d" % (rng.choice(["BA", "EI", "UA", "AA", "KL"]), rng.randint(10, 999), rng.randint(1, 60), rng.randint(1, 40), rng.choice("ABCDEF"), rng.randint(5, 22), rng.choice([5, 20, 35, 50]), rng.randint(1, 5))),
            (A, "And the bag was %d kilos? The limit's %d." % (rng.randint(20, 32), rng.choice([20, 23])))], \
        "chat/travel: flight, gate, seat, boarding time, baggage weights"


def n_energy(rng):
    return [(A, "you used %s kilowatt hours last quarter, unit rate is %s point %s p and the standing charge is %dp a day" % ("{:,}".format(rng.randint(400, 3500)), num_words(rng.randint(20, 30)), UNITS[rng.randint(1, 9)], rng.randint(40, 60))),
            (C, "that's mad, it was £%d last winter and the house is %d degrees at most" % (rng.randint(150, 900), rng.randint(15, 21)))], \
        "call/utilities: kWh, unit rates, standing charge, bill amounts, temperature"


def n_calls_count(rng):
    return [(C, "I've called %d times in %s weeks and waited %d minutes each time, number %s in the queue once" % (rng.randint(3, 12), num_words(rng.randint(2, 6)), rng.randint(20, 90), num_words(rng.randint(10, 40)))),
            (A, "I'm sorry, I can add a %d pound credit and a %d%% discount for %s months" % (rng.choice([10, 20, 25, 50]), rng.choice([10, 15, 20]), num_words(rng.randint(3, 12))))], \
        "call/telecom: counts, durations, queue position, credit and discount"


def n_router(rng):
    return [(A, "what's the model on the back of the router"),
            (C, "it says %s-%d%s, version %d.%d.%d, and the light's been flashing since about %s o'clock" % (rng.choice(["TG", "DGA", "HH", "VMG"]), rng.randint(100, 9999), rng.choice(["vac", "n", "ax", ""]), rng.randint(1, 9), rng.randint(0, 20), rng.randint(100, 9999), num_words(rng.randint(1, 11))))], \
        "call/telecom: router model and firmware version numbers, time"


def n_premium(rng):
    return [(A, "Your cover starts on the %s of %s %d and the premium is £%d.%02d a month, excess £%d." % (ordnum(rng.randint(1, 28)), rng.choice(MONTHS).capitalize(), rng.randint(2026, 2027), rng.randint(12, 90), rng.randint(0, 99), rng.choice([100, 250, 500]))),
            (C, "and that's for %s years, the car's a %d with about %s thousand miles on it" % (num_words(rng.randint(1, 3)), rng.randint(2008, 2025), num_words(rng.randint(10, 99))))], \
        "call/insurance: policy start date, premium, excess, car year, mileage"


def n_account_balance_spoken(rng):
    return [(A, "your available balance is %s thousand %s hundred and %s pounds" % (num_words(rng.randint(1, 9)), UNITS[rng.randint(1, 9)], num_words(rng.randint(11, 99)))),
            (C, "and the overdraft limit is still %s hundred, yeah, at %s percent" % (UNITS[rng.randint(1, 9)], num_words(rng.randint(10, 39))))], \
        "call/banking: spoken balances, limits and interest rates"


NEG_TEMPLATES = [n_money, n_order_ref, n_times, n_ticket_chat, n_flight, n_meter, n_claim, n_invoice_chat,
                 n_age_temp, n_model, n_room, n_payment_date, n_last_digits, n_quantity, n_percent_speed,
                 n_reference_split, n_years, n_policy, n_whisper_money_itn, n_extension, n_data,
                 n_order_whisper, n_prices_whisper, n_appointment_date, n_case_spoken, n_travel_seat, n_energy,
                 n_calls_count, n_router, n_premium, n_account_balance_spoken]

N_POS = 210
N_NEG = 124


def build():
    rng = random.Random(SEED)
    b = Builder()
    for i in range(N_POS):
        t = POS_TEMPLATES[i % len(POS_TEMPLATES)]
        turns, note = t(rng)
        b.add(turns, note, True)
    for i in range(N_NEG):
        t = NEG_TEMPLATES[i % len(NEG_TEMPLATES)]
        turns, note = t(rng)
        b.add(turns, note, False)
    return b.cases


def render(cases):
    return "".join(json.dumps(strip_private(c), ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    return cnt


def readme(cases):
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt.get(t, 0)) for t in TYPES)
    return f"""# PII hold-out set 144

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. It did not see the
redaction code, its tests, its docs, the benchmark or any other fixture; it
saw only a three-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout144.py` from template functions; every turn is built
from plain-text segments and (value, TYPE) segments so offsets are computed,
never typed. All values come from one `random.Random({SEED})`; output is
byte-for-byte reproducible. `python scripts/make_pii_holdout144.py --check`
regenerates and verifies the file (identical bytes, unique ids, offsets in
range and on word boundaries, no overlapping spans, and each value validated
after normalising spoken forms: Luhn for cards, mod-97 for IBANs, NI shape,
9 digits for SSN, 6 for sort codes, digit counts for CVV/phone/account,
postcode shapes).

Emphasis: phone calls as a speech recogniser such as Whisper writes them —
partial inverse text normalisation (`4111 1111 one one one one ...`, `$40`,
`2:30`, `1st`), capitals and punctuation in odd places, digit homophones
(`for`, `to`, `ate`, `won`), `oh`/`o`/`nought` for zero, `double`/`triple`,
pairs (`forty one`), phonetic spelling (`b for bravo`), values split across
customer turns with agent back-channels, self-corrections and agent
read-backs — plus typed chat messages.

## Annotation conventions

* A span covers the value only: from its first to its last character
  (digit, letter, or the spoken word for one), including separators, spoken
  `double`/`triple`, phonetic spellings (`j for juliet`) and fillers *inside*
  the reading; lead-ins such as "it's", "card number", "sort code" are outside.
* A value split over several turns is labelled once per turn (one span per
  piece). An agent read-back is labelled as its own span.
* In a self-correction, the abandoned partial reading is labelled with the
  same type as well (it is still part of the customer's card/phone number).
* E-mails: whole address including spoken `at` / `dot`.
* Addresses: house number + street name (flat numbers included when given);
  town/city is outside; the postcode/ZIP is a separate POSTCODE span.
* DOB and EXPIRY: the date expression only ("third of march nineteen
  eighty", "oh eight twenty seven", "April of 2030"); a leading "the" and
  lead-ins such as "expires" / "date of birth is" stay outside.
* E-mail split over two turns: the local part is one span, the domain piece
  including its spoken "at" ("at aol.com") is another.
* Card/phone/SSN readings interrupted by chit-chat in the same turn are two
  spans; the chit-chat between them is not labelled.
* Not labelled (may appear in positive cases): towns/cities, a bare house
  number given on its own after the postcode, an agent's spoken "card ending
  ..." last four, prices, balances, dates that are not birth dates, order /
  claim / ticket numbers.
* Negatives contain no PII at all: amounts, times, durations, counts, years,
  non-birth dates, reference/order/claim/ticket/invoice/policy numbers with
  their reference word, flight numbers, room numbers, model numbers, meter
  readings, speeds, ages, temperatures, phone extensions, balances.

## Counts

{npos} positive cases, {nneg} negative cases, {sum(cnt.values())} spans.

| type | spans |
|---|---|
{rows}
"""


def check(cases, text_on_disk):
    errs = []
    if text_on_disk != render(cases):
        errs.append("cases.jsonl differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + ": positive without spans")
        groups = {}
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (c["id"], s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(c["id"] + ": turn out of range")
                continue
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errs.append(c["id"] + ": offsets out of range")
                continue
            val = t[s["start"]:s["end"]]
            if val != val.strip() or not val:
                errs.append("%s: span has outer whitespace %r" % (c["id"], val))
            if s["start"] > 0 and t[s["start"] - 1].isalnum() and val[0].isalnum():
                errs.append("%s: span start not on word boundary %r" % (c["id"], val))
            if s["end"] < len(t) and t[s["end"]].isalnum() and val[-1].isalnum():
                errs.append("%s: span end not on word boundary %r" % (c["id"], val))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            g = s["_g"]
            if g.startswith("_"):
                try:
                    v = spoken_to_chars(val)
                    if not v:
                        errs.append("%s: empty partial %r" % (c["id"], val))
                except ValueError as exc:
                    errs.append("%s: %s" % (c["id"], exc))
                continue
            groups.setdefault((g, s["type"]), []).append(val)
        for spans in by_turn.values():
            spans.sort()
            for (a1, e1), (a2, e2) in zip(spans, spans[1:]):
                if a2 < e1:
                    errs.append(c["id"] + ": overlapping spans")
        for (g, typ), pieces in groups.items():
            e = validate(typ, pieces)
            if e:
                errs.append("%s: %s" % (c["id"], e))
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt.get(t, 0) < need:
            errs.append("type %s has %d spans (< %d)" % (t, cnt.get(t, 0), need))
    return errs, cnt, npos, nneg


def main(argv):
    cases = build()
    if "--check" in argv:
        disk = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
        errs, cnt, npos, nneg = check(cases, disk)
        if README.exists() and README.read_text(encoding="utf-8") != readme(cases):
            errs.append("README.md differs from regenerated output")
        print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(cnt.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt.get(t, 0)))
        for e in errs[:60]:
            print("ERROR:", e)
        if errs:
            print("FAILED with %d problem(s)" % len(errs))
            return 1
        print("OK: check passed")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(render(cases), encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

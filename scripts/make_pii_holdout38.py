#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h38.

Written by an AI helper acting as an independent test author who did not
see the redaction code. Standard library only. Output is byte-for-byte
reproducible (single random.Random seeded with 38241123).

    python scripts/make_pii_holdout38.py          # write fixture + README
    python scripts/make_pii_holdout38.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 38241123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout38")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["zero", "oh", "o", "nought", "oh", "zero"]
HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu", "q": "quebec", "u": "uniform", "v": "victor"}
PLAIN_NAMES = {"b": "bob", "c": "charlie", "d": "david", "e": "edward", "g": "george", "h": "harry",
               "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy", "p": "peter",
               "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "y": "yellow", "z": "zebra",
               "a": "apple", "x": "xmas", "q": "queen"}
LETTER_HOMO = {"b": "bee", "c": "see", "j": "jay", "r": "are", "y": "why", "t": "tea", "p": "pea",
               "k": "kay", "z": "zed", "x": "ex", "g": "gee", "a": "ay"}
HOMO_LETTER = {v: k for k, v in LETTER_HOMO.items()}
HOMO_LETTER.update({"ee": "e", "sea": "c", "tee": "t", "pee": "p", "aitch": "h", "el": "l", "em": "m",
                    "en": "n", "ess": "s", "dee": "d", "vee": "v"})
FILLERS = ["um", "uh", "er", "erm"]


def two_digit_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else TENS[t] + " " + UNITS[u]


def zero_word():
    return R.choice(ZEROS)


def digit_word(d, homo=0.0):
    if d == "0":
        return zero_word()
    if d in HOMO and R.random() < homo:
        return R.choice(HOMO[d])
    return UNITS[int(d)]


def speak_digits(s, pairs=0.25, doubles=0.5, homo=0.0, fill=0.0):
    """ASR-style rendering of a digit string; verified by the normaliser."""
    for _ in range(20):
        out = []
        i = 0
        while i < len(s):
            if i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and R.random() < doubles:
                out.append("triple " + digit_word(s[i]))
                i += 3
            elif i + 1 < len(s) and s[i] == s[i + 1] and R.random() < doubles:
                out.append("double " + digit_word(s[i]))
                i += 2
            elif i + 1 < len(s) and s[i] != "0" and R.random() < pairs:
                out.append(two_digit_words(int(s[i:i + 2])))
                i += 2
            else:
                out.append(digit_word(s[i], homo))
                i += 1
            if fill and R.random() < fill and i < len(s):
                out.append(R.choice(FILLERS))
        text = " ".join(out)
        if digits_of(text) == s:
            return text
    return " ".join(UNITS[int(d)] for d in s)


def speak_groups(s, sizes, sep=" ", **kw):
    for _ in range(30):
        parts, i = [], 0
        for n in sizes:
            parts.append(speak_digits(s[i:i + n], **kw))
            i += n
        text = sep.join(parts)
        if digits_of(text) == s:
            return text
    return " ".join(UNITS[int(d)] for d in s)


def speak_letter(ch, mode):
    ch = ch.lower()
    if mode == 0 or ch not in NATO:
        return ch
    if mode == 1:
        return "%s for %s" % (ch, NATO[ch])
    if mode == 2:
        return "%s as in %s" % (ch, NATO[ch])
    if mode == 3:
        return "%s for %s" % (ch, PLAIN_NAMES.get(ch, NATO[ch]))
    return LETTER_HOMO.get(ch, ch)


# ---------------------------------------------------------------- normaliser
def _tokens(text):
    t = text.lower().replace("-", " ").replace("/", " ").replace(".", " ").replace(",", " ")
    return [w for w in re.split(r"\s+", t) if w]


def normalise(text, letters=False):
    """Turn a spoken or typed value into a compact alphanumeric string."""
    toks = _tokens(text)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        nxt2 = toks[i + 2] if i + 2 < len(toks) else ""
        lw = HOMO_LETTER.get(w, w) if letters else w
        # letter-for-word spelling: "b for bravo", "c as in charlie"
        if len(lw) == 1 and lw.isalpha() and nxt == "for" and nxt2[:1] == lw and nxt2.isalpha() and len(nxt2) > 1:
            out.append(lw)
            i += 3
            continue
        if len(lw) == 1 and lw.isalpha() and nxt == "as" and nxt2 == "in" and i + 3 < len(toks):
            out.append(lw)
            i += 4
            continue
        if w in FILLERS or w in ("and", "dash", "space", "plus", "hyphen", "slash"):
            i += 1
            continue
        if w in ("double", "triple") and nxt:
            sub = normalise(nxt, letters)
            out.append(sub * (2 if w == "double" else 3))
            i += 2
            continue
        if w in TENS and w:
            t = TENS.index(w)
            if nxt in UNITS[1:]:
                out.append(str(t * 10 + UNITS.index(nxt)))
                i += 2
            else:
                out.append(str(t * 10))
                i += 1
            continue
        if w in TEENS:
            out.append(str(10 + TEENS.index(w)))
            i += 1
            continue
        if w in UNITS:
            out.append(str(UNITS.index(w)))
            i += 1
            continue
        if w in ("oh", "o", "nought") and not letters:
            out.append("0")
            i += 1
            continue
        if w in ("oh", "o", "nought") and letters:
            out.append("0")
            i += 1
            continue
        if w in ("to", "too"):
            out.append("2"); i += 1; continue
        if w in ("for", "fore"):
            out.append("4"); i += 1; continue
        if w == "ate":
            out.append("8"); i += 1; continue
        if w == "won":
            out.append("1"); i += 1; continue
        if letters and w in HOMO_LETTER:
            out.append(HOMO_LETTER[w]); i += 1; continue
        out.append(re.sub(r"[^a-z0-9]", "", w))
        i += 1
    return "".join(out).upper()


def digits_of(text):
    n = normalise(text)
    return n if n.isdigit() else None


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")


def email_norm(text):
    t = " " + text.lower() + " "
    t = t.replace(" at ", "@").replace(" dot ", ".").replace(" underscore ", "_")
    t = t.replace(" dash ", "-").replace(" hyphen ", "-")
    return re.sub(r"\s+", "", t)


def validate(typ, text):
    """Return None if ok, else a message. `text` is the (joined) span text."""
    low = text.lower()
    if typ == "EMAIL":
        e = email_norm(text)
        return None if re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else "bad email %r" % e
    if typ == "ADDRESS":
        has_num = bool(re.search(r"\d", low)) or any(w in UNITS + TEENS + TENS[2:] for w in _tokens(low))
        has_st = bool(re.search(r"\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|crescent|place|terrace|boulevard|blvd|cres|ct|pl|grove|gardens|hill|park|square|row|parade)\b", low))
        return None if has_num and has_st else "bad address %r" % text
    if typ == "DOB":
        has_m = any(m[:3] in low for m in MONTHS) or bool(re.search(r"\d{1,2}\s*[/.-]\s*\d{1,2}", low)) or any(o and o in low for o in ORD[1:])
        has_y = bool(re.search(r"(19|20)\d\d|nineteen|two thousand|\b\d\d$", low))
        yk = re.search(r"\b(nineteen|two thousand)\b", low)
        if yk and sum(1 for w in _tokens(low[:yk.start()]) if w in UNITS + TEENS + TENS[2:]) >= 2:
            return None
        n = normalise(text)
        if n.isdigit() and 6 <= len(n) <= 8 and n[-4:-2] in ("19", "20"):
            return None
        return None if has_m and has_y else "bad dob %r" % text
    if typ == "EXPIRY":
        if any(m in low for m in MONTHS):
            return None
        n = normalise(text)
        if n.isdigit() and len(n) in (4, 6) and 1 <= int(n[:2]) <= 12:
            return None
        return "bad expiry %r -> %r" % (text, n)
    if typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
        n = normalise(text, letters=True)
        if typ == "NI_NUMBER":
            return None if NI_RE.fullmatch(n) and n[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") else "bad NI %r" % n
        if typ == "POSTCODE":
            return None if UK_PC.fullmatch(n) or re.fullmatch(r"\d{5}(\d{4})?", n) else "bad postcode %r" % n
        return None if iban_ok(n) else "bad iban %r" % n
    n = normalise(text)
    if not n.isdigit():
        return "%s not digits: %r -> %r" % (typ, text, n)
    L = len(n)
    if typ == "CARD_NUMBER":
        return None if 13 <= L <= 19 and luhn_ok(n) else "bad card %r" % n
    if typ == "CVV":
        return None if L in (3, 4) else "bad cvv %r" % n
    if typ == "SSN":
        return None if L == 9 and n[:3] not in ("000", "666") and n[0] != "9" and n[3:5] != "00" and n[5:] != "0000" else "bad ssn %r" % n
    if typ == "SORT_CODE":
        return None if L == 6 else "bad sort %r" % n
    if typ == "BANK_ACCOUNT":
        return None if 6 <= L <= 17 else "bad account %r" % n
    if typ == "PHONE":
        return None if 10 <= L <= 13 or (n.startswith("00") and L <= 15) else "bad phone %r" % n
    return "unknown type"


# ---------------------------------------------------------------- value generators
def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + rdig(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + R.choice(["0", "1", "2", "5", "6", "7", "9"]), 16)
    if k < 0.75:
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if k < 0.87:
        return luhn_complete(R.choice(["34", "37"]), 15)
    if k < 0.94:
        return luhn_complete("6011", 16)
    return luhn_complete("4", R.choice([13, 19]))


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 4, 5]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def gen_ni():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        return iban_make("GB", R.choice(["NWBK", "MIDL", "BARC", "LLYD", "HBUK"]) + rdig(14))
    if cc == "IE":
        return iban_make("IE", R.choice(["AIBK", "BKIR", "ULSB"]) + rdig(14))
    if cc == "NL":
        return iban_make("NL", R.choice(["INGB", "ABNA", "SNSB"]) + rdig(10))
    if cc == "DE":
        return iban_make("DE", rdig(18))
    if cc == "ES":
        return iban_make("ES", rdig(20))
    return iban_make("FR", rdig(23))


def gen_phone(kind=None):
    kind = kind or R.choice(["uk_mob", "uk_land", "us", "ie", "intl_uk", "intl_ie", "intl_us"])
    if kind == "uk_mob":
        return kind, "07" + R.choice("3456789") + rdig(8)
    if kind == "uk_land":
        return kind, gen_uk_land()
    if kind == "us":
        return kind, str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)
    if kind == "ie":
        return kind, "08" + R.choice("35679") + rdig(7)
    if kind == "intl_uk":
        return kind, "447" + R.choice("3456789") + rdig(8)
    if kind == "intl_ie":
        return kind, "3538" + R.choice("35679") + rdig(7)
    return kind, "1" + str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)


def gen_uk_land():
    area = R.choice(["020", "0161", "0113", "0131", "0117", "0121"])
    return area + rdig(11 - len(area))


FIRST = ["john", "sarah", "priya", "liam", "aoife", "mohammed", "emma", "oliver", "chloe", "kwame",
         "siobhan", "daniel", "grace", "tomasz", "fatima", "james", "niamh", "ethan", "olivia", "raj"]
LAST = ["smith", "doyle", "patel", "murphy", "kowalski", "okafor", "jones", "brennan", "garcia",
        "nguyen", "walsh", "taylor", "byrne", "khan", "mcdonald", "evans", "schmidt", "rossi"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "live.ie", "protonmail.com"]
STREETS = ["maple", "station", "church", "high", "victoria", "oak", "mill", "park", "queens",
           "elm", "willow", "king", "bridge", "meadow", "chapel", "cedar", "north", "riverside"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "way", "crescent", "court", "grove",
          "terrace", "place"]
SUF_ABBR = {"street": "St", "road": "Rd", "avenue": "Ave", "lane": "Ln", "drive": "Dr", "close": "Close",
            "way": "Way", "crescent": "Cres", "court": "Ct", "grove": "Grove", "terrace": "Terrace",
            "place": "Pl"}
TOWNS_UK = ["leeds", "manchester", "bristol", "cardiff", "glasgow", "reading", "norwich", "york"]
TOWNS_US = ["dayton", "tucson", "boise", "omaha", "raleigh", "spokane", "albany"]
UK_AREAS = ["SW", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "E", "N", "W", "SE", "BT", "RG", "NR", "L", "S", "CB", "PL"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc():
    a = R.choice(UK_AREAS)
    if len(a) == 1 and R.random() < 0.5:
        out = a + str(R.randint(1, 9)) + str(R.randint(0, 9))
    elif a in ("SW", "W", "E", "N") and R.random() < 0.3:
        out = a + str(R.randint(1, 9)) + R.choice("ABCEHJKPRVWXY".replace("", "")[:5])
    else:
        out = a + str(R.randint(1, 20))
    return out + " " + str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


def gen_dob():
    return R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)


# ---------------------------------------------------------------- spoken renderers
def say_year(y):
    if y >= 2000:
        return R.choice(["two thousand and " + UNITS[y - 2000] if y < 2010 else "twenty " + two_digit_words(y - 2000),
                         "two thousand " + (UNITS[y - 2000] if y < 2010 else two_digit_words(y - 2000))])
    return "nineteen " + two_digit_words(y - 1900) if y % 100 >= 10 else "nineteen oh " + UNITS[y % 10]


def say_dob(y, m, d):
    k = R.randint(0, 4)
    if k == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    if k == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
    if k == 2:
        return "%s %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    if k == 3:
        return "%s of the %s %s" % (ORD[d], ORD[m], say_year(y))
    return "%s %s %s" % (MONTHS[m - 1], two_digit_words(d), say_year(y))


def type_dob(y, m, d, us=False):
    k = R.randint(0, 4)
    if k == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if k == 1:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if k == 2:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y)
    if k == 3:
        return "%d-%02d-%02d" % (y, m, d)
    return ("%d.%d.%d" % (d, m, y))


def gen_expiry():
    return R.randint(1, 12), R.randint(26, 33)


def say_expiry(m, y):
    k = R.randint(0, 3)
    if k == 0:
        return "%s %s" % (speak_digits("%02d" % m, pairs=0), two_digit_words(y))
    if k == 1:
        return "%s twenty %s" % (MONTHS[m - 1], two_digit_words(y))
    if k == 2:
        return "%s %s" % (MONTHS[m - 1], two_digit_words(y))
    return "%s %s" % (speak_digits("%02d" % m, pairs=0), speak_digits("%02d" % y, pairs=0))


def type_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d %02d" % (m, y)])


def say_ni(ni, mode=None):
    for _ in range(30):
        t = _say_ni(ni, mode)
        if normalise(t, letters=True) == ni:
            return t
    raise ValueError(ni)


def _say_ni(ni, mode=None):
    mode = R.choice([0, 0, 1, 2, 3, 4]) if mode is None else mode
    letters = [speak_letter(c, mode if c not in "AO" else 0) for c in ni[:2]]
    mid = speak_groups(ni[2:8], [2, 2, 2], pairs=0.5, doubles=0.3)
    last = speak_letter(ni[8], R.choice([0, 1, 1, 2]))
    return " ".join(letters) + " " + mid + " " + last


def type_ni(ni):
    return R.choice([ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                     ni.lower(), "%s%s %s" % (ni[:2], ni[2:8], ni[8]), "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])])


def say_pc(pc):
    for _ in range(30):
        t = _say_pc(pc)
        if normalise(t, letters=True) == pc.replace(" ", ""):
            return t
    raise ValueError(pc)


def _say_pc(pc):
    out, outward, inward = [], pc.split()[0], pc.split()[1]
    for part in (outward, inward):
        toks = []
        i = 0
        while i < len(part):
            c = part[i]
            if c.isdigit():
                if i + 1 < len(part) and part[i + 1].isdigit() and R.random() < 0.6:
                    toks.append(two_digit_words(int(part[i:i + 2])))
                    i += 2
                    continue
                toks.append(UNITS[int(c)] if c != "0" else R.choice(["zero", "nought", "oh"]))
            else:
                toks.append(speak_letter(c, R.choice([0, 0, 0, 1, 4]) if c not in "AO" else 0))
            i += 1
        out.append(" ".join(toks))
    return " ".join(out)


def say_iban(ib):
    toks = []
    for c in ib:
        if c.isalpha():
            toks.append(speak_letter(c, R.choice([0, 0, 1, 2])))
        else:
            toks.append(digit_word(c))
    return toks


def type_iban(ib):
    grouped = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return R.choice([ib, grouped, grouped, ib.lower()])


def say_email(local, dom):
    def sp(part, spell):
        bits = re.split(r"([._-])", part)
        out = []
        for b in bits:
            if b == ".":
                out.append("dot")
            elif b == "_":
                out.append("underscore")
            elif b == "-":
                out.append("dash")
            elif b:
                if re.fullmatch(r"\d+", b):
                    out.append(" ".join(UNITS[int(x)] for x in b))
                elif spell:
                    out.append(" ".join(UNITS[int(x)] if x.isdigit() else x for x in b))
                else:
                    out.append(b)
        return " ".join(out)
    return sp(local, R.random() < 0.3) + " at " + sp(dom, False)


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    k = R.randint(0, 5)
    local = [f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + f[0], f + "-" + l][k]
    return local, R.choice(DOMAINS)


def gen_address(us=False):
    n = R.randint(1, 240)
    st = R.choice(STREETS)
    suf = R.choice(SUFFIX)
    flat = R.random() < 0.2
    return n, st, suf, flat, R.randint(1, 30)


def say_address(a):
    n, st, suf, flat, fl = a
    s = ""
    if flat:
        s = R.choice(["flat", "apartment", "unit"]) + " " + two_digit_words(fl) + " "
    num = two_digit_words(n) if n < 100 else (UNITS[n // 100] + " " + ("hundred and " + two_digit_words(n % 100) if n % 100 else "hundred") if R.random() < 0.5 else UNITS[n // 100] + " " + (two_digit_words(n % 100) if n % 100 >= 10 else "oh " + UNITS[n % 10]))
    return s + num + " " + st + " " + suf


def type_address(a):
    n, st, suf, flat, fl = a
    s = ""
    if flat:
        s = R.choice(["Flat %d, " % fl, "Apt %d, " % fl, "Unit %d, " % fl])
    sf = SUF_ABBR[suf] if R.random() < 0.5 else suf.capitalize()
    stn = st.capitalize() if R.random() < 0.8 else st
    return s + "%d %s %s" % (n, stn, sf)


# ---------------------------------------------------------------- case builder
class V:
    """A labelled value segment. group joins split readings for validation."""
    def __init__(self, text, typ, group=None, retracted=False):
        self.text, self.typ, self.group, self.retracted = text, typ, group, retracted


def A(*segs):
    return ("agent", segs)


def C(*segs):
    return ("customer", segs)


CASES = []
META = []  # per case: list of groups (type, [span idx], retracted flags)


def add_case(kind, turns, note):
    tj, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                key = s.group if s.group is not None else ("solo", len(spans))
                groups.setdefault(key, []).append((len(spans) - 1, s.retracted))
            else:
                text += s
        tj.append({"speaker": spk, "text": text.rstrip()})
    n = sum(1 for c in CASES if c["kind"] == kind) + 1
    cid = "h38-%s-%03d" % ("pos" if kind == "positive" else "neg", n)
    CASES.append({"id": cid, "kind": kind, "turns": tj, "spans": spans, "note": note})
    META.append(list(groups.values()))


def pos(turns, note):
    add_case("positive", turns, note)


def neg(turns, note):
    add_case("negative", turns, note)


def ch(*xs):
    return R.choice(xs)


def filler():
    return ch("", "um ", "uh ", "er ", "so ", "yeah ", "okay ", "right ")


BACK = ["mhm", "yep", "okay", "go on", "okay go on", "uh huh", "yeah", "got that", "right", "and then"]
# ---------------------------------------------------------------- positive templates

def p_card_call_one():
    c = gen_card()
    sp = speak_groups(c, card_groups(c), pairs=ch(0, 0.2, 0.4), doubles=0.5, homo=ch(0, 0, 0.15), fill=ch(0, 0, 0.08))
    ind = ch("telecom", "utilities", "retail", "insurance", "travel")
    pos([A("and what's the long number across the front of the card"),
         C(filler() + "yeah it's ", V(sp, "CARD_NUMBER"), ch("", " and that's a visa", " yeah", " is that right"))],
        "call/%s: card read in one turn, ASR digit words with double/pairs/homophones" % ind)


def p_card_call_split():
    c = gen_card()
    g = card_groups(c)
    turns = [A(ch("go ahead with the card number when you're ready", "can i take the sixteen digit number please", "okay whenever you're ready the card number"))]
    i = 0
    for k, n in enumerate(g):
        part = speak_digits(c[i:i + n], pairs=ch(0, 0.3), homo=ch(0, 0.1))
        i += n
        pre = ch("", "", "right ", "um ", "so ") if k == 0 else ch("", "", "then ", "uh ")
        turns.append(C(pre, V(part, "CARD_NUMBER", group="c"), ch("", "", " um", "...")))
        if k < len(g) - 1:
            turns.append(A(ch(*BACK)))
    turns.append(A("thank you and the expiry date"))
    m, y = gen_expiry()
    turns.append(C(ch("it's ", "expires ", "", "uh "), V(say_expiry(m, y), "EXPIRY")))
    pos(turns, "call/%s: card spread over customer turns with back-channels, then expiry" % ch("banking", "retail", "telecom", "insurance"))


def p_card_call_correction():
    c = gen_card()
    g = card_groups(c)
    wrong = list(c[4:8])
    j = R.randint(0, 3)
    wrong[j] = str((int(wrong[j]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    first = speak_digits(c[:4], pairs=0.2)
    pos([A("the card number please"),
         C(V(first, "CARD_NUMBER", group="c"), " ", V(speak_digits(wrong, pairs=0), "CARD_NUMBER", group="c", retracted=True),
           ch(" sorry no ", " no wait ", " oh hang on sorry that's wrong it's ", " actually scratch that "),
           V(speak_digits(c[4:8], pairs=0), "CARD_NUMBER", group="c")),
         A(ch("okay", "no problem", "mhm")),
         C(V(speak_digits(c[8:], pairs=0.2), "CARD_NUMBER", group="c"))],
        "call/%s: customer self-corrects the second group of the card; wrong group also labelled" % ch("retail", "utilities", "travel"))


def p_card_readback():
    c = gen_card()
    m, y = gen_expiry()
    cvv = rdig(4 if len(c) == 15 else 3)
    sp = speak_groups(c, card_groups(c), pairs=0.2)
    rb = speak_groups(c, card_groups(c), pairs=0)
    pos([A("go ahead with the card"),
         C(V(sp, "CARD_NUMBER")),
         A("let me just read that back to you ", V(rb, "CARD_NUMBER"), " is that correct"),
         C(ch("yes that's right", "yep", "that's it yeah")),
         A("and the expiry"),
         C(V(say_expiry(m, y), "EXPIRY"), " and the ", ch("security code", "three digits on the back", "cvv"), " is ", V(speak_digits(cvv, pairs=ch(0, 0.5)), "CVV")),
         A(ch("lovely that's gone through for forty five pounds", "perfect the payment of one hundred and twenty dollars is processing", "great so that's twelve ninety nine taken today"))],
        "call/%s: agent reads the card back; expiry and CVV in one turn; amount afterwards unlabelled" % ch("retail", "telecom", "travel", "utilities"))


def p_card_agent_interrupt():
    c = gen_card()
    pos([A("can you read me the card number"),
         C(V(speak_digits(c[:8], pairs=0.2), "CARD_NUMBER", group="c", retracted=True), " ", V(speak_digits(c[8:10], pairs=0), "CARD_NUMBER", group="c", retracted=True)),
         A("sorry you broke up a bit there after ", V(speak_digits(c[4:8], pairs=0), "CARD_NUMBER", group="r", retracted=True), " can you start that again"),
         C(ch("oh sorry ", "yeah sure ", "okay "), V(speak_groups(c, card_groups(c), pairs=0.2), "CARD_NUMBER"))],
        "call/%s: agent interrupts mid-reading, repeats a fragment, customer restarts the full card" % ch("banking", "insurance", "retail"))


def p_card_chat():
    c = gen_card()
    m, y = gen_expiry()
    cvv = rdig(4 if len(c) == 15 else 3)
    g = card_groups(c)
    parts, i = [], 0
    for n in g:
        parts.append(c[i:i + n]); i += n
    sep = ch(" ", "-", " ", "", "  ", ".")
    typed = sep.join(parts)
    pos([A("Please send the card number, expiry and security code."),
         C(ch("card ", "Card no: ", "its ", "ok here: ", ""), V(typed, "CARD_NUMBER"), ch(" exp ", ", expiry ", " / valid thru "), V(type_expiry(m, y), "EXPIRY"),
           ch(" cvv ", ", sec code ", " code on back "), V(cvv, "CVV"))],
        "chat/%s: card typed with '%s' separator plus expiry and CVV in one message" % (ch("retail", "travel", "telecom"), sep))


def p_card_chat_amount():
    c = gen_card()
    typed = c if R.random() < 0.5 else " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    pos([C("hi i want to pay the £%d.%02d outstanding on order %s" % (R.randint(10, 400), R.randint(0, 99), rdig(8))),
         A("Sure, what card would you like to use?"),
         C(ch("this one ", "use ", ""), V(typed, "CARD_NUMBER"), ch(" thx", "", " pls"))],
        "chat/retail: order number and amount (unlabelled) before the card number")


def p_cvv_call():
    c = gen_card()
    cvv = rdig(3)
    pos([A("and the three digit security code on the back"),
         C(ch("it's ", "uh ", ""), V(speak_digits(cvv, pairs=0), "CVV"), ch(" no sorry ", " wait no "), V(speak_digits(cvv[::-1] if cvv[::-1] != cvv else cvv, pairs=0.5), "CVV")),
         A("okay so that's the card ", V(speak_groups(c, card_groups(c), pairs=0), "CARD_NUMBER"), " with the code ", V(speak_digits(cvv[::-1] if cvv[::-1] != cvv else cvv, pairs=0), "CVV"))],
        "call/%s: CVV self-corrected (both readings labelled); agent reads back card and CVV" % ch("retail", "telecom", "insurance"))


def p_expiry_call():
    m, y = gen_expiry()
    cvv = rdig(3)
    pos([A("what's the expiry on that one"),
         C(ch("um let me see ", "hang on it's ", "", "it says "), V(say_expiry(m, y), "EXPIRY")),
         A("and the cvv"),
         C(V(speak_digits(cvv, pairs=ch(0, 1)), "CVV"))],
        "call/%s: expiry and CVV in consecutive turns" % ch("travel", "retail", "utilities"))


def p_ssn_call():
    s = gen_ssn()
    k = R.randint(0, 2)
    if k == 0:
        sp = speak_groups(s, [3, 2, 4], pairs=ch(0, 0.4), homo=ch(0, 0.1))
        pos([A("for verification can i get your social security number"),
             C(filler() + "sure it's ", V(sp, "SSN"))],
            "call/%s: SSN read in one turn with ASR digit forms" % ch("banking", "healthcare billing", "insurance", "government services"))
    elif k == 1:
        pos([A("and your social please"),
             C(V(speak_digits(s[:3], pairs=0.3), "SSN", group="s")),
             A(ch(*BACK)),
             C(V(speak_digits(s[3:5], pairs=0.5), "SSN", group="s")),
             A(ch(*BACK)),
             C(V(speak_digits(s[5:], pairs=0.3), "SSN", group="s"))],
            "call/%s: SSN split over three customer turns 3-2-4" % ch("healthcare billing", "banking", "government services"))
    else:
        pos([A("can you confirm the last four of your social"),
             C(ch("yeah ", "uh ", ""), V(speak_digits(s[5:], pairs=0.5), "SSN")),
             A("hmm that doesn't match what i have can you give me the full number"),
             C(ch("oh okay ", "sure ", ""), V(speak_digits(s[:5], pairs=0.2), "SSN", group="f"), ch(" uh ", " and then ", " ... "), V(speak_digits(s[5:], pairs=0.2), "SSN", group="f"))],
            "call/%s: last four of SSN then the full SSN with a filler inside (two spans, one group)" % ch("insurance", "banking"))


def p_ssn_correction():
    s = gen_ssn()
    w = s[:3] + "%02d" % ((int(s[3:5]) + 11) % 89 + 1)
    pos([A("social security number"),
         C(V(speak_digits(s[:3], pairs=0), "SSN", group="s"), " ", V(speak_digits(w[3:5], pairs=0), "SSN", group="s", retracted=True),
           ch(" no sorry ", " wait i mean ", " uh no it's "), V(speak_digits(s[3:5], pairs=0), "SSN", group="s"), " ", V(speak_digits(s[5:], pairs=0.3), "SSN", group="s")),
         A("so that's ", V(speak_groups(s, [3, 2, 4], pairs=0), "SSN"), " yeah"),
         C("correct")],
        "call/%s: SSN with a self-corrected middle pair, then agent read-back" % ch("government services", "healthcare billing", "banking"))


def p_ssn_chat():
    s = gen_ssn()
    typed = ch("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s, "%s.%s.%s" % (s[:3], s[3:5], s[5:]))
    pos([A("To verify your identity please provide your SSN and date of birth."),
         C(ch("ssn ", "SSN: ", "its ", "social is "), V(typed, "SSN"), ch(" and dob ", ", DOB ", " born "), V(type_dob(*gen_dob(), us=True), "DOB"))],
        "chat/%s: SSN typed and DOB in one message" % ch("banking", "insurance", "healthcare billing"))


def p_ni_call():
    ni = gen_ni()
    k = R.randint(0, 2)
    if k == 0:
        pos([A("can i take your national insurance number please"),
             C(filler() + "yeah it's ", V(say_ni(ni), "NI_NUMBER"))],
            "call/%s: NI number spelled with ASR letters, pairs as words" % ch("government services", "banking", "utilities", "insurance"))
    elif k == 1:
        pos([A("and your national insurance number"),
             C(ch("", "okay "), V(" ".join(speak_letter(c, R.choice([0, 1, 2])) for c in ni[:2]), "NI_NUMBER", group="n")),
             A(ch(*BACK)),
             C(V(speak_digits(ni[2:8], pairs=0.4), "NI_NUMBER", group="n")),
             A("and the letter at the end"),
             C(ch("", "it's ", "uh "), V(speak_letter(ni[8], R.choice([0, 1, 2])), "NI_NUMBER", group="n"))],
            "call/%s: NI number spread over three customer turns, agent prompts for final letter" % ch("government services", "insurance"))
    else:
        pos([A("national insurance number"),
             C(V(say_ni(ni, 0), "NI_NUMBER")),
             A("thanks so that's ", V(say_ni(ni, 1), "NI_NUMBER"), " yeah"),
             C(ch("that's right", "yes", "yep spot on"))],
            "call/%s: NI number then agent reads it back with NATO letters" % ch("government services", "banking"))


def p_ni_chat():
    ni = gen_ni()
    pos([A("Could you confirm your National Insurance number?"),
         C(ch("sure ", "NI no ", "its ", "", "ni number is "), V(type_ni(ni), "NI_NUMBER"), ch("", " thanks", " - i'm on universal credit if that matters"))],
        "chat/%s: NI number typed in varied spacing/case" % ch("government services", "banking", "insurance"))


def p_bank_call():
    sc = rdig(6)
    acc = rdig(8)
    k = R.randint(0, 1)
    if k == 0:
        pos([A("what's the sort code"),
             C(V(speak_groups(sc, [2, 2, 2], pairs=ch(0.5, 1.0), doubles=0.3), "SORT_CODE")),
             A("and the account number"),
             C(ch("", "it's ", "uh "), V(speak_digits(acc[:4], pairs=0.3), "BANK_ACCOUNT", group="a"), ch(" ", " um ", " ... "), V(speak_digits(acc[4:], pairs=0.3), "BANK_ACCOUNT", group="a"))],
            "call/%s: UK sort code as pairs and account number with a pause" % ch("banking", "utilities", "insurance"))
    else:
        pos([A("i just need the bank details for the direct debit"),
             C("okay the sort code is ", V(speak_groups(sc, [2, 2, 2], pairs=0.6), "SORT_CODE"), " and the account number ", V(speak_digits(acc, pairs=0.2), "BANK_ACCOUNT")),
             A("lovely and the first payment of thirty two pounds will come out on the first of next month")],
            "call/%s: sort code and account in one turn; amount and payment date unlabelled" % ch("utilities", "telecom", "insurance"))


def p_bank_chat():
    sc = rdig(6)
    acc = rdig(8)
    t_sc = ch("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:]))
    pos([C(ch("Please refund to ", "can u send it to ", "refund to my account: "), "sort code ", V(t_sc, "SORT_CODE"), ch(" acc ", ", account no. ", " a/c "), V(acc, "BANK_ACCOUNT"))],
        "chat/%s: UK sort code and account number typed" % ch("retail", "travel", "utilities"))


def p_us_account():
    acc = rdig(R.choice([10, 11, 12]))
    pos([A("what's the checking account number you want to use"),
         C(ch("okay it's ", "", "um "), V(speak_digits(acc, pairs=0.2, doubles=0.4), "BANK_ACCOUNT")),
         A("and is that a checking or savings"),
         C("checking")],
        "call/banking US: checking account number, 10-12 digits")


def p_iban_call():
    ib = gen_iban()
    toks = say_iban(ib)
    cut1 = 4
    cut2 = R.randint(8, len(toks) - 4)
    pos([A("can i take the iban please"),
         C(ch("", "okay ", "right so "), V(" ".join(toks[:cut1]), "IBAN", group="i")),
         A(ch(*BACK)),
         C(V(" ".join(toks[cut1:cut2]), "IBAN", group="i")),
         A(ch("sorry go on", "mhm", "yep")),
         C(V(" ".join(toks[cut2:]), "IBAN", group="i"))],
        "call/%s %s: IBAN spelled over three customer turns" % (ch("banking", "travel", "insurance"), ib[:2]))


def p_iban_chat():
    ib = gen_iban()
    pos([A("Please provide the IBAN for the refund."),
         C(ch("IBAN ", "here you go ", "", "my iban: "), V(type_iban(ib), "IBAN"), ch("", " (%s bank)" % ch("AIB", "ING", "Barclays", "Santander")))],
        "chat/%s %s: IBAN typed" % (ch("travel", "retail", "insurance"), ib[:2]))


def say_phone(kind, p):
    if kind.startswith("intl"):
        cc = {"intl_uk": "44", "intl_ie": "353", "intl_us": "1"}[kind]
        rest = p[len(cc):]
        return "plus " + speak_digits(cc, pairs=ch(0, 1)) + " " + speak_digits(rest, pairs=0.25, doubles=0.5)
    if kind == "us":
        return speak_groups(p, [3, 3, 4], pairs=0.25)
    if kind == "uk_mob":
        return speak_groups(p, [5, 6], pairs=0.2, doubles=0.6)
    return speak_digits(p, pairs=0.2, doubles=0.5)


def type_phone(kind, p):
    if kind.startswith("intl"):
        cc = {"intl_uk": "44", "intl_ie": "353", "intl_us": "1"}[kind]
        rest = p[len(cc):]
        return ch("+%s %s" % (cc, rest), "+%s %s %s" % (cc, rest[:3], rest[3:]), "00%s%s" % (cc, rest), "+%s (0)%s" % (cc, rest) if cc != "1" else "+1-%s-%s-%s" % (rest[:3], rest[3:6], rest[6:]))
    if kind == "us":
        return ch("(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p)
    if kind == "uk_mob":
        return ch(p, "%s %s" % (p[:5], p[5:]), "%s %s %s" % (p[:5], p[5:8], p[8:]))
    a = 3 if p.startswith("02") else 4
    return ch(p, "%s %s" % (p[:a], p[a:]), "(%s) %s %s" % (p[:a], p[a:a + 3 + (a == 3)], p[a + 3 + (a == 3):]))


def p_phone_call():
    kind, p = gen_phone()
    k = R.randint(0, 2)
    if k == 0:
        pos([A("what's the best number to reach you on"),
             C(filler() + ch("it's ", "my mobile is ", "you can get me on "), V(say_phone(kind, p), "PHONE"))],
            "call/%s: %s phone number read with doubles/pairs" % (ch("telecom", "utilities", "healthcare billing", "retail"), kind))
    elif k == 1:
        h = len(p) // 2
        pos([A("and a contact number"),
             C(V(("plus " if kind.startswith("intl") else "") + speak_digits(p[:h], pairs=0.2, doubles=0.5), "PHONE", group="p")),
             A(ch(*BACK)),
             C(ch("", "uh "), V(speak_digits(p[h:], pairs=0.3), "PHONE", group="p")),
             A("so that's ", V(speak_digits(p, pairs=0, doubles=0), "PHONE"), "?"),
             C("yes")],
            "call/%s: %s phone split over two turns, agent reads it back" % (ch("telecom", "travel", "insurance"), kind))
    else:
        p2 = gen_uk_land() if kind != "us" else gen_phone("us")[1]
        pos([A("do you have a landline as well"),
             C(ch("yeah the home number is ", "we do it's "), V(speak_digits(p2, pairs=0.2), "PHONE"), " but mobile's better that's ", V(say_phone(kind, p), "PHONE"), ch(" after six o'clock", " any time after two", ""))],
            "call/%s: two phone numbers in one turn, time expression afterwards unlabelled" % ch("utilities", "telecom"))


def p_phone_chat():
    kind, p = gen_phone()
    pos([A("What's the best number for a callback?"),
         C(ch("", "call me on ", "pls ring ", "mob: ", "Tel "), V(type_phone(kind, p), "PHONE"), ch("", " between 9 and 5", " thanks", " after 3pm"))],
        "chat/%s: %s phone typed" % (ch("telecom", "retail", "travel", "utilities"), kind))


def p_email_call():
    local, dom = gen_email()
    sp = say_email(local, dom)
    if R.random() < 0.5:
        pos([A("and what email address should we send the confirmation to"),
             C(filler() + "it's ", V(sp, "EMAIL"))],
            "call/%s: email spoken with 'at'/'dot'" % ch("travel", "retail", "insurance", "telecom"))
    else:
        user, d = sp.split(" at ", 1)
        pos([A("email address please"),
             C(V(user, "EMAIL", group="e"), ch(" um ", " ")),
             A("mhm"),
             C(V("at " + d, "EMAIL", group="e"))],
            "call/%s: email split, domain in the next turn" % ch("utilities", "healthcare billing", "travel"))


def p_email_chat():
    local, dom = gen_email()
    e = local + "@" + dom
    if R.random() < 0.3:
        e = e.capitalize()
    pos([A("Can I get an email address for the receipt?"),
         C(ch("", "sure its ", "email: ", "send to "), V(e, "EMAIL"), ch("", " ty", ".", " please"))],
        "chat/%s: typed email" % ch("retail", "travel", "telecom"))


def p_dob_call():
    y, m, d = gen_dob()
    age = 2026 - y
    k = R.randint(0, 1)
    if k == 0:
        pos([A("can you confirm your date of birth"),
             C(filler(), V(say_dob(y, m, d), "DOB"), ch(" so i'm %s" % two_digit_words(age) if age < 100 else "", ""))],
            "call/%s: spoken DOB with ordinal, age unlabelled" % ch("banking", "healthcare billing", "insurance", "government services"))
    else:
        pos([A("and your date of birth"),
             C(ch("it's the ", "the "), V(ORD[d] + " of " + MONTHS[m - 1], "DOB", group="d")),
             A("mhm and the year"),
             C(V(say_year(y), "DOB", group="d"))],
            "call/%s: DOB day-month and year in separate turns" % ch("healthcare billing", "government services"))


def p_dob_chat():
    y, m, d = gen_dob()
    pos([A("Please confirm your date of birth."),
         C(ch("", "dob ", "D.O.B: ", "born "), V(type_dob(y, m, d, us=R.random() < 0.4), "DOB"))],
        "chat/%s: typed DOB" % ch("banking", "insurance", "healthcare billing"))


def p_postcode_call():
    if R.random() < 0.7:
        pc = gen_uk_pc()
        pos([A("and the postcode"),
             C(ch("", "it's ", "uh "), V(say_pc(pc), "POSTCODE"))],
            "call/%s UK: postcode spelled" % ch("utilities", "retail", "insurance", "telecom"))
    else:
        z = gen_zip().split("-")[0]
        pos([A("what's the zip code on the account"),
             C(ch("", "it's ", "zip is "), V(speak_digits(z, pairs=0.3), "POSTCODE"))],
            "call/%s US: ZIP code read as digits" % ch("utilities", "retail", "healthcare billing"))


def p_address_call():
    a = gen_address()
    pc = gen_uk_pc()
    pos([A("can you confirm the first line of the address and the postcode"),
         C(filler(), V(say_address(a), "ADDRESS"), " ", R.choice(TOWNS_UK), ch(" ", " and the postcode's ", " postcode "), V(say_pc(pc), "POSTCODE"))],
        "call/%s UK: spoken address, town unlabelled, postcode" % ch("utilities", "insurance", "retail", "telecom"))


def p_address_chat():
    a = gen_address()
    us = R.random() < 0.5
    pcv = gen_zip() if us else gen_uk_pc()
    town = R.choice(TOWNS_US if us else TOWNS_UK).capitalize()
    pos([A("What's the delivery address?"),
         C(ch("", "deliver to ", "new address is "), V(type_address(a), "ADDRESS"), ", " + town + (", " + ch("OH", "AZ", "NE") if us else "") + " ", V(pcv if R.random() < 0.7 else pcv.lower(), "POSTCODE"))],
        "chat/retail %s: typed address with postcode/ZIP" % ("US" if us else "UK"))


def p_id_check():
    y, m, d = gen_dob()
    pc = gen_uk_pc()
    a = gen_address()
    pos([A("before we go on i need to run through security, date of birth first"),
         C(V(say_dob(y, m, d), "DOB")),
         A("thank you and the first line of your address"),
         C(ch("", "it's "), V(say_address(a), "ADDRESS")),
         A("and the postcode"),
         C(V(say_pc(pc), "POSTCODE"), ch("", " ... yeah", " i think we moved in twenty nineteen")),
         A("okay that's all fine you're through security")],
        "call/%s UK: three-step security check DOB address postcode" % ch("banking", "utilities", "insurance"))


def p_mixed_chat():
    local, dom = gen_email()
    kind, p = gen_phone(ch("uk_mob", "us", "ie"))
    pos([C("Hi, booking ref %s. Please update my contact details: email " % (R.choice("ABCDEFGHJK") + R.choice("LMNPQRSTUV") + rdig(4)), V(local + "@" + dom, "EMAIL"), " phone ", V(type_phone(kind, p), "PHONE"), " thanks")],
        "chat/travel: booking reference (unlabelled) then email and phone in one message")


def p_mixed_call_ni_phone():
    ni = gen_ni()
    p = gen_phone("uk_mob")[1]
    pos([A("so i'll need your national insurance number and a phone number"),
         C("okay national insurance is ", V(say_ni(ni), "NI_NUMBER"), " and my phone is ", V(say_phone("uk_mob", p), "PHONE"))],
        "call/government services UK: NI number and phone in one turn")


def p_ssn_dob_call():
    s = gen_ssn()
    y, m, d = gen_dob()
    pos([A("i'll need to verify you, social and date of birth please"),
         C(V(speak_groups(s, [3, 2, 4], pairs=0.3), "SSN"), " and i was born ", V(say_dob(y, m, d), "DOB")),
         A("thank you and the zip code"),
         C(V(speak_digits(gen_zip()[:5], pairs=0.2), "POSTCODE"))],
        "call/%s US: SSN, DOB and ZIP in verification" % ch("healthcare billing", "insurance", "banking"))


def p_ni_homophone():
    ni = gen_ni()
    letters = " ".join(LETTER_HOMO.get(c.lower(), c.lower()) for c in ni[:2])
    pos([A("what's your n i number"),
         C(ch("", "it's "), V(letters + " " + speak_digits(ni[2:8], pairs=0.3) + " " + LETTER_HOMO.get(ni[8].lower(), ni[8].lower()), "NI_NUMBER"))],
        "call/government services UK: NI letters as ASR homophones (bee, see, jay...)")


def p_sort_split_readback():
    sc = rdig(6)
    acc = rdig(8)
    pos([A("and the sort code for that account"),
         C(ch("it's ", "uh ", ""), V(two_digit_words(int(sc[:2])) if sc[0] != "0" else speak_digits(sc[:2], pairs=0), "SORT_CODE", group="s"), ch(" dash ", " ")),
         A(ch("mhm", "yep")),
         C(V(speak_digits(sc[2:], pairs=0.7), "SORT_CODE", group="s")),
         A("so ", V(speak_groups(sc, [2, 2, 2], pairs=0), "SORT_CODE"), " and the account number"),
         C(V(speak_digits(acc, pairs=0.2, doubles=0.6, fill=0.1), "BANK_ACCOUNT")),
         A("and that's the account the refund of %s pounds goes to" % two_digit_words(R.randint(20, 99)))],
        "call/%s UK: sort code split with agent read-back, account with filler inside" % ch("banking", "utilities", "travel"))


def p_account_restart():
    acc = rdig(8)
    pos([A("what's the account number"),
         C(V(speak_digits(acc[:3], pairs=0), "BANK_ACCOUNT", group="a", retracted=True), ch(" hang on i'll start again ", " sorry let me start again ", " no wait ")),
         A(ch("no rush", "that's fine", "take your time")),
         C(V(speak_digits(acc, pairs=0.25, doubles=0.5), "BANK_ACCOUNT"))],
        "call/%s: account number restarted after a false start (fragment labelled)" % ch("banking", "insurance", "utilities"))


def p_email_readback():
    local, dom = gen_email()
    sp = say_email(local, dom)
    pos([A("what's your email address"),
         C(V(sp, "EMAIL")),
         A("sorry was that ", V(say_email(local, dom), "EMAIL"), "?"),
         C(ch("yes that's it", "yeah", "that's right yeah"))],
        "call/%s: spoken email with agent read-back" % ch("retail", "travel", "telecom", "insurance"))


def p_address_us_call():
    a = gen_address()
    z = gen_zip()[:5]
    n = a[0] if a[0] > 99 else a[0] + 1200
    num = two_digit_words(n // 100) + " " + (two_digit_words(n % 100) if n % 100 >= 10 else "oh " + UNITS[n % 10])
    pos([A("can i get the billing address"),
         C(ch("yeah it's ", "", "um "), V(num + " " + a[1] + " " + a[2], "ADDRESS"), " ", R.choice(TOWNS_US), " ", V(speak_digits(z, pairs=0.2), "POSTCODE"))],
        "call/%s US: house number said as pairs ('twelve oh five'), town unlabelled, ZIP" % ch("utilities", "healthcare billing", "retail"))


def p_address_correction():
    a = gen_address()
    b = (a[0] + R.randint(1, 9), a[1], a[2], False, 0)
    pc = gen_uk_pc()
    pos([A("and what's the address you want it delivered to"),
         C(V(say_address(b), "ADDRESS"), ch(" oh no sorry that's my old one it's ", " no wait we moved it's "),
           V(say_address(a), "ADDRESS"), " ", V(say_pc(pc), "POSTCODE"))],
        "call/retail UK: customer gives old address then corrects; both labelled, postcode after")


def p_card_expiry_same_turn():
    c = gen_card()
    m, y = gen_expiry()
    pos([A("okay i'm ready for the card details"),
         C(V(speak_groups(c, card_groups(c), pairs=0.2, homo=0.1), "CARD_NUMBER"), ch(" and it expires ", " expiry ", " and the date on it is ", " valid till "), V(say_expiry(m, y), "EXPIRY")),
         A("and the last three on the back"),
         C(ch("", "it's "), V(speak_digits(rdig(3), pairs=ch(0, 1)), "CVV"))],
        "call/%s: card and expiry in one turn, CVV next turn" % ch("travel", "retail", "utilities", "telecom"))


def p_phone_interrupt():
    kind, p = gen_phone(ch("uk_mob", "us", "ie"))
    pos([A("what number are you calling from"),
         C(V(speak_digits(p[:5], pairs=0), "PHONE", group="x", retracted=True)),
         A("sorry just before you go on is that a mobile"),
         C(ch("yeah it's my mobile so ", "yes mobile ", "it is yeah "), V(speak_digits(p, pairs=0.2, doubles=0.6), "PHONE"))],
        "call/%s: agent interrupts first phone reading, customer repeats in full" % ch("telecom", "utilities", "insurance"))


def p_dob_readback():
    y, m, d = gen_dob()
    pos([A("and date of birth"),
         C(V("%s %s %s" % (two_digit_words(d), two_digit_words(m), say_year(y)), "DOB")),
         A("so that's the ", V(ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y), "DOB"), " yeah"),
         C("yep")],
        "call/%s: DOB as bare numbers ('four eleven nineteen ...'), agent reads it back as a date" % ch("banking", "healthcare billing", "insurance"))


POS_TEMPLATES = [
    (p_card_call_one, 8), (p_card_call_split, 6), (p_card_call_correction, 4), (p_card_readback, 5),
    (p_card_agent_interrupt, 3), (p_card_chat, 6), (p_card_chat_amount, 3), (p_cvv_call, 5), (p_expiry_call, 5),
    (p_ssn_call, 12), (p_ssn_correction, 4), (p_ssn_chat, 8), (p_ni_call, 14), (p_ni_chat, 8), (p_ni_homophone, 6),
    (p_bank_call, 8), (p_bank_chat, 5), (p_us_account, 3), (p_iban_call, 8), (p_iban_chat, 6),
    (p_phone_call, 10), (p_phone_chat, 6), (p_email_call, 9), (p_email_chat, 5), (p_dob_call, 7), (p_dob_chat, 5),
    (p_postcode_call, 7), (p_address_call, 6), (p_address_chat, 6), (p_id_check, 5), (p_mixed_chat, 3),
    (p_mixed_call_ni_phone, 4), (p_ssn_dob_call, 4), (p_sort_split_readback, 6), (p_account_restart, 4),
    (p_email_readback, 4), (p_address_us_call, 5), (p_address_correction, 3), (p_card_expiry_same_turn, 5),
    (p_phone_interrupt, 4), (p_dob_readback, 3),
]

# ---------------------------------------------------------------- negative templates

def n_amount_call():
    a, b = R.randint(20, 2000), R.randint(1, 99)
    neg([A("so the outstanding balance is %s pounds %s" % (two_digit_words(a % 100) if a < 100 else UNITS[a // 1000] + " thousand " + two_digit_words(a % 100) if a >= 1000 else UNITS[a // 100] + " hundred and " + two_digit_words(max(a % 100, 1)), two_digit_words(max(b, 10)) + " pence")),
         C(ch("okay can i pay half of that today", "right and when is that due", "that seems high")),
         A("you can pay any amount today and the rest by the %s of %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS)))],
        "call/utilities: balance amount and payment due date, nothing to redact")


def n_order_call():
    o = rdig(R.randint(6, 9))
    neg([A("have you got the order number there"),
         C(ch("yeah it's order ", "the order number is ", "uh order number "), speak_digits(o, pairs=0.3)),
         A("thank you i can see that order placed on the %s of %s for %s items" % (ORD[R.randint(1, 28)], R.choice(MONTHS), UNITS[R.randint(2, 9)]))],
        "call/retail: order number read as digit words with reference word, plus quantity")


def n_ticket_chat():
    t = rdig(R.randint(6, 10))
    neg([C(ch("Ticket #", "ticket no. ", "ref ", "Case number ", "invoice INV-") + t + ch(" still not resolved after 3 weeks", " - was charged £%d.%02d twice" % (R.randint(5, 300), R.randint(0, 99)), ", please escalate")),
         A("Sorry about that. I've escalated case %s, you'll hear back within 48 hours." % t)],
        "chat/%s: ticket/invoice number with reference word, amount and duration" % ch("telecom", "retail", "utilities"))


def n_flight_call():
    fl = R.choice(["b a", "e i", "f r", "u a", "a a", "d l"]) + " " + speak_digits(rdig(R.randint(3, 4)), pairs=0.5)
    neg([A("which flight are you booked on"),
         C("it's %s leaving at %s %s on the %s" % (fl, two_digit_words(R.randint(1, 12)), two_digit_words(R.randint(10, 59)), ORD[R.randint(1, 28)])),
         A("and that's row %s seat %s" % (two_digit_words(R.randint(1, 40)), R.choice("abcdef")))],
        "call/travel: flight number, departure time, date and seat row")


def n_meter_call():
    r = rdig(5)
    neg([A("can you read me the meter reading"),
         C(ch("the reading is ", "meter says ", "yeah the reading's ") + speak_digits(r, pairs=0.3) + ch(" on the day one and ", " and the night one is ") + speak_digits(rdig(5), pairs=0.3)),
         A("thanks that'll be used for your bill on the %s" % ORD[R.randint(1, 28)])],
        "call/utilities: two five-digit meter readings as digit words")


def n_meter_chat():
    neg([C("Meter reading %s kWh as of %d/%d/2026, serial no. %s" % (rdig(5), R.randint(1, 28), R.randint(1, 12), R.choice("ABEGKL") + rdig(7)))],
        "chat/utilities: meter reading, date, meter serial")


def n_time_duration():
    neg([A("the engineer can come between %s and %s on %s" % (R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one", "two"]), R.choice(["monday", "tuesday", "the fourteenth", "the twenty second"]))),
         C("that's fine i work from home, it usually takes about %s minutes right" % two_digit_words(R.randint(20, 90))),
         A("about an hour and a half yeah")],
        "call/telecom: appointment window, durations")


def n_plan_price():
    neg([A("so on the new plan you get %s gigabytes for %s ninety nine a month for %s months" % (R.choice(["thirty", "fifty", "one hundred", "twenty five"]), two_digit_words(R.randint(10, 60)), R.choice(["twelve", "eighteen", "twenty four"]))),
         C("and what's the speed on broadband"),
         A("up to %s megabits download" % R.choice(["nine hundred", "five hundred", "one hundred and fifty", "seventy four"]))],
        "call/telecom: data allowance, price, contract length, speed")


def n_percent_chat():
    neg([A("Your renewal premium is £%d.%02d, up %d%% from last year's £%d." % (R.randint(300, 1200), R.randint(0, 99), R.randint(2, 25), R.randint(250, 900))),
         C("that's a lot. My no claims is %d years" % R.randint(1, 12))],
        "chat/insurance: premium amounts, percentage, years")


def n_age_call():
    neg([A("and how old is the named driver"),
         C("she's %s she passed her test in twenty %s" % (two_digit_words(R.randint(35, 80)), two_digit_words(R.randint(10, 25)))),
         A("and the car's a twenty %s model with about %s thousand miles" % (two_digit_words(R.randint(10, 24)), two_digit_words(R.randint(10, 99))))],
        "call/insurance: age, year, mileage")


def n_claim_call():
    c = rdig(R.randint(7, 10))
    neg([A("do you have your claim reference"),
         C("yeah the claim number is " + speak_digits(c, pairs=0.25, doubles=0.5)),
         A("thanks and that was for the incident on the %s of %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS)))],
        "call/insurance: claim reference read as digit words with its reference word, incident date")


def n_room_temp():
    neg([C("room %s the heating is stuck at %s degrees and check in was at %s" % (speak_digits(str(R.randint(100, 999)), pairs=0.5), two_digit_words(R.randint(15, 32)), R.choice(["three", "four p m", "two thirty"]))),
         A("sorry about that i'll send maintenance up to room in %s minutes" % two_digit_words(R.randint(10, 30)))],
        "call/travel: hotel room number, temperature, time")


def n_model_chat():
    neg([C("My router model %s keeps dropping, firmware %d.%d.%d, about %d disconnects a day" % (R.choice(["TG589", "HH6", "SR102", "DGA4134", "F5685LGE"]), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), R.randint(3, 40))),
         A("Thanks. Can you tell me the light colour on the front, and how long since the last restart (hours)?"),
         C("green, about %d hours" % R.randint(2, 72))],
        "chat/telecom: router model, firmware version, counts")


def n_appointment_chat():
    neg([C("I need to move my appointment on %02d/%02d/2026 at %d:%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(8, 17), R.choice([0, 15, 30, 45]))),
         A("No problem. The next available is %s %d %s at %d:%02d." % (R.choice(["Mon", "Tue", "Wed", "Thu"]), R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(8, 17), R.choice([0, 30])))],
        "chat/healthcare billing: appointment dates and times (not birth dates)")


def n_contract_start():
    neg([A("your contract started on the %s of %s %s so you're out of contract now" % (ORD[R.randint(1, 28)], R.choice(MONTHS), say_year(R.randint(2018, 2024)))),
         C("right and how much would it cost to leave")],
        "call/telecom: contract start date spoken like a DOB but not a birth date")


def n_balance_call():
    neg([A("the available balance is %s thousand %s hundred and %s dollars and %s cents" % (UNITS[R.randint(1, 9)], UNITS[R.randint(1, 9)], two_digit_words(R.randint(10, 99)), two_digit_words(R.randint(10, 99)))),
         C("and the last transaction was %s forty at the gas station" % two_digit_words(R.randint(20, 99)))],
        "call/banking US: account balance and transaction amount")


def n_count_chat():
    neg([C("I ordered %d chairs and %d tables (order %s) but only %d arrived. Box said %dx%dcm." % (R.randint(2, 12), R.randint(1, 4), rdig(8), R.randint(1, 3), R.randint(40, 120), R.randint(40, 120))),
         A("Sorry to hear that! I'll arrange the missing items within 5-7 working days.")],
        "chat/retail: quantities, order number, dimensions")


def n_pin_prices_call():
    neg([A("okay so that's %s items coming to %s pounds %s including delivery of %s ninety five" % (UNITS[R.randint(2, 9)], two_digit_words(R.randint(20, 99)), two_digit_words(R.randint(10, 99)), UNITS[R.randint(2, 6)])),
         C("fine and how long will delivery take"),
         A("three to five working days")],
        "call/retail: item count, total, delivery charge")


def n_version_years():
    neg([C("i've been a customer since %s and paid on time every month for like %s years" % (say_year(R.randint(1995, 2015)), two_digit_words(R.randint(5, 30)))),
         A("we really appreciate that, i can offer you %s percent off for %s months" % (two_digit_words(R.randint(10, 40)), R.choice(["six", "twelve"])))],
        "call/telecom: year, durations, percentage, loyalty discount")


def n_long_reference_call():
    ref = rdig(10)
    neg([A("i'll give you a reference number for this call it's " + speak_groups(ref, [3, 3, 4], pairs=0.2)),
         C("hang on let me write that down ... okay got it"),
         A("and the refund of %s pounds should show in %s working days" % (two_digit_words(R.randint(20, 99)), R.choice(["three", "five", "seven"])))],
        "call/utilities: ten-digit call reference read by agent, refund amount")


def n_train_chat():
    neg([C("Train %d%s from platform %d delayed %d mins, booking ref %s, can I claim?" % (R.randint(1, 9), R.choice("ABCDPRS") + "%02d" % R.randint(10, 99), R.randint(1, 14), R.randint(15, 120), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8)))),
         A("Yes, delays of 15+ minutes qualify for compensation of 25% of the fare.")],
        "chat/travel: train headcode, platform, delay minutes, booking reference")


def n_policy_call():
    pn = rdig(R.randint(7, 10))
    neg([A("can i take your policy number"),
         C(ch("the policy number is ", "policy number ", "um my policy number's "), ch("p ", "h ", "") + speak_digits(pn, pairs=0.3, doubles=0.5)),
         A("thank you and your renewal is due on the %s of %s at %s pounds %s a month" % (ORD[R.randint(1, 28)], R.choice(MONTHS), two_digit_words(R.randint(15, 99)), two_digit_words(R.randint(10, 99))))],
        "call/insurance: policy number read as digit words, renewal date and premium")


def n_tracking_chat():
    neg([C("where is my parcel? tracking %s, it said delivery %s between %d:00-%d:00" % (R.choice(["", "JD", "H"]) + rdig(R.randint(8, 10)), R.choice(["Tuesday", "Friday", "yesterday"]), R.randint(7, 12), R.randint(13, 18))),
         A("I can see it's at the depot, %d.%d km away. It will arrive within %d working days." % (R.randint(1, 40), R.randint(0, 9), R.randint(1, 3)))],
        "chat/retail: tracking number, times, distance")


def n_payment_history_call():
    neg([A("i can see payments of %s pounds on the %s of %s and %s pounds %s on the %s of %s" % (two_digit_words(R.randint(20, 99)), ORD[R.randint(1, 28)], R.choice(MONTHS), two_digit_words(R.randint(20, 99)), two_digit_words(R.randint(10, 99)), ORD[R.randint(1, 28)], R.choice(MONTHS))),
         C("yeah and there should be one from %s" % say_year(R.randint(2019, 2025))),
         A("that one was nineteen pounds ninety nine")],
        "call/utilities: payment dates and amounts spoken like dates of birth but not")


def n_confirmation_code_call():
    code = rdig(6)
    neg([A("your booking confirmation code is " + speak_digits(code, pairs=0.3) + " and you're in room " + speak_digits(str(R.randint(100, 899)), pairs=0.5)),
         C("sorry was that " + speak_digits(code, pairs=0) + " for the confirmation"),
         A("that's right, check out is eleven a m")],
        "call/travel: six-digit booking confirmation code read twice with its reference word, room number, time")


def n_bill_chat():
    neg([C("Bill ref %s shows %d units at %.2fp/kWh = £%d.%02d, standing charge %dp/day for %d days" % (rdig(9), R.randint(100, 900), R.uniform(20, 35), R.randint(40, 300), R.randint(0, 99), R.randint(30, 70), R.randint(28, 31))),
         A("Thanks, that calculation is correct for the period ending %d %s." % (R.randint(1, 28), R.choice(MONTHS).capitalize()))],
        "chat/utilities: bill reference, units, unit price, standing charge, days")


NEG_TEMPLATES = [
    (n_amount_call, 7), (n_order_call, 7), (n_ticket_chat, 7), (n_flight_call, 6), (n_meter_call, 6), (n_meter_chat, 4),
    (n_time_duration, 5), (n_plan_price, 5), (n_percent_chat, 5), (n_age_call, 5), (n_claim_call, 7), (n_room_temp, 4),
    (n_model_chat, 4), (n_appointment_chat, 5), (n_contract_start, 5), (n_balance_call, 4), (n_count_chat, 4),
    (n_pin_prices_call, 4), (n_version_years, 4), (n_long_reference_call, 5), (n_train_chat, 4),
    (n_policy_call, 5), (n_tracking_chat, 4), (n_payment_history_call, 4), (n_confirmation_code_call, 4), (n_bill_chat, 3),
]


def build():
    CASES.clear()
    META.clear()
    R.seed(SEED)
    sched = [f for f, n in POS_TEMPLATES for _ in range(n)]
    R.shuffle(sched)
    for f in sched:
        f()
    nsched = [f for f, n in NEG_TEMPLATES for _ in range(n)]
    R.shuffle(nsched)
    for f in nsched:
        f()
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES)


def counts():
    cnt = {t: 0 for t in TYPES}
    for c in CASES:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def channel_counts():
    call = sum(1 for c in CASES if c["note"].startswith("call/"))
    return call, len(CASES) - call


def readme_text():
    cnt = counts()
    npos = sum(1 for c in CASES if c["kind"] == "positive")
    nneg = len(CASES) - npos
    call, chat = channel_counts()
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h38

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not seen. Do not look at individual failures to adjust
patterns, thresholds or word lists; if you do, the set is burned and a new one
must be written.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its docs, the benchmark script or any
other PII fixture (only a three-line example of the JSONL format). Cases are
generated by `scripts/make_pii_holdout38.py` (standard library only) from
template functions; each turn is built from plain text segments and labelled
value segments so that span offsets are computed, never typed by hand. All
values come from one `random.Random(%d)`, so the output is byte-for-byte
reproducible. `python scripts/make_pii_holdout38.py --check` regenerates the
file, compares it byte for byte, and validates ids, offsets, word boundaries,
non-overlap, and every value after normalising spoken forms (Luhn for cards,
mod-97 for IBANs, NI number format, 9 digits for SSN, 6 for sort codes, digit
counts for CVV / phone / account, UK postcode and US ZIP shapes).

About two thirds of the cases are phone calls written the way a speech
recogniser would write them (lower case, digit words, "oh"/"o"/"nought" for
zero, "double"/"triple", pairs such as "forty one", homophones such as "to",
"for", "ate", "won", letters as "b for bravo" / "c as in charlie" / "bee" /
"see", fillers, self-corrections, values split across turns with agent
back-channels, agent read-backs). The rest are typed chats.

## Annotation conventions

* A span covers the value only: the spoken or typed digits/letters and any
  words that are part of the reading ("double", "triple", "oh", "plus" for the
  international prefix, "for bravo" / "as in charlie" letter spellings, "at" and
  "dot" inside e-mails, separators inside typed values). Lead-ins such as
  "it's", "my number is", and trailing fillers are outside.
* Filler words that fall *between* digits of one reading (e.g. "um") are
  inside the span when the reading continues in the same breath; where a
  longer pause/phrase ("and then", "...", "uh") separates two parts, the parts
  are separate spans of the same type.
* A value split over several turns is labelled with one span per turn.
* Self-corrections and false starts: the abandoned (wrong or incomplete)
  fragment is labelled too, as a separate span of the same type; the
  correction phrase ("sorry no", "let me start again") is not. `--check`
  validates such fragments only as digit strings; the kept parts of a reading
  are joined and validated as a whole value.
* Agent read-backs of a value are labelled, as are partial readings an agent
  repeats when interrupting (e.g. one group of a card number). The only partial values are fragments of a reading
  (e.g. the agent repeating one group of a card, or the last four digits of an
  SSN given as a US verification answer); the last four of a card on its own
  is never labelled.
* ADDRESS = optional flat/unit + house number + street name + street type.
  Town/city and state are not labelled; the postcode/ZIP is its own POSTCODE
  span.
* DOB covers the whole date ("the fourth of july nineteen eighty two"), and
  when day-month and year are in different turns each part is a span.
* EXPIRY and CVV are labelled only where the context is a card payment.
* Negatives contain amounts, prices, balances, times, durations, counts,
  years, percentages, ages, non-birth dates, order/ticket/claim/invoice/call
  reference numbers (up to 10 digits, with their reference word), flight and
  train numbers, room numbers, model/firmware numbers, meter readings and
  speeds. Nothing in a negative case should be redacted.

## Counts

Positive cases: %d. Negative cases: %d. Phone-call cases: %d, chat cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, call, chat, rows)


WORD = re.compile(r"[A-Za-z0-9]")


def check(text):
    problems = []
    with open(OUT, encoding="utf-8") as fh:
        on_disk = fh.read()
    if on_disk != text:
        problems.append("cases.jsonl differs from regenerated output")
    with open(README, encoding="utf-8") as fh:
        if fh.read() != readme_text():
            problems.append("README.md differs from regenerated output")
    ids = set()
    for idx, line in enumerate(on_disk.splitlines()):
        c = json.loads(line)
        if c["id"] in ids:
            problems.append("duplicate id %s" % c["id"])
        ids.add(c["id"])
        if c["kind"] not in ("positive", "negative"):
            problems.append("%s bad kind" % c["id"])
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append("%s bad speaker" % c["id"])
        byturn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s bad type %s" % (c["id"], s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s span turn out of range" % c["id"])
                continue
            tx = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                problems.append("%s offsets out of range" % c["id"])
                continue
            if st > 0 and WORD.match(tx[st - 1]) or en < len(tx) and WORD.match(tx[en]):
                problems.append("%s span not on word boundary: %r" % (c["id"], tx[st:en]))
            if tx[st:en] != tx[st:en].strip():
                problems.append("%s span has outer whitespace" % c["id"])
            byturn.setdefault(s["turn"], []).append((st, en))
        for lst in byturn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append("%s overlapping spans" % c["id"])
        for grp in META[idx]:
            typ = c["spans"][grp[0][0]]["type"]
            keep = []
            for si, retracted in grp:
                s = c["spans"][si]
                tx = c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
                if retracted:
                    if not normalise(tx).isdigit():
                        problems.append("%s retracted fragment not digits %r" % (c["id"], tx))
                else:
                    keep.append(tx)
            joined = " ".join(keep)
            if typ not in ("EMAIL", "ADDRESS", "DOB", "EXPIRY") and len(keep) > 1:
                joined = "".join(normalise(k, letters=typ in ("NI_NUMBER", "POSTCODE", "IBAN")) for k in keep)
            if not keep:
                msg = None
            elif typ == "CARD_NUMBER" and len(keep) == 1 and len(normalise(joined)) == 4:
                msg = None if normalise(joined).isdigit() else "bad last four"
            elif typ == "SSN" and len(keep) == 1 and len(normalise(joined)) == 4:
                msg = None if normalise(joined).isdigit() else "bad ssn last four"
            else:
                msg = validate(typ, joined)
            if msg:
                problems.append("%s: %s" % (c["id"], msg))
    cnt = counts()
    npos = sum(1 for c in CASES if c["kind"] == "positive")
    nneg = len(CASES) - npos
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
    return problems


def main():
    text = build()
    if "--check" in sys.argv[1:]:
        probs = check(text)
        cnt = counts()
        npos = sum(1 for c in CASES if c["kind"] == "positive")
        call, chat = channel_counts()
        print("cases: %d positive, %d negative (%d call, %d chat)" % (npos, len(CASES) - npos, call, chat))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in probs:
            print("PROBLEM:", p)
        print("CHECK %s (%d problems)" % ("FAILED" if probs else "OK", len(probs)))
        sys.exit(1 if probs else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(readme_text())
    print("wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()

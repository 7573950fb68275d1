#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h305 (ASR/Whisper-style emphasis).

Written by an AI helper acting as an independent author; the redaction code was not read.
Usage: python scripts/make_pii_holdout305.py [--check]
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 305241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout305"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)


class V:
    """A labelled value segment. gid groups pieces of one value split over turns."""

    def __init__(self, text, typ, gid=None, canon=None, partial=False):
        self.text, self.typ, self.gid, self.canon, self.partial = text, typ, gid, canon, partial


_gid = [0]


def newgid():
    _gid[0] += 1
    return "g%d" % _gid[0]


def turn(speaker, *segs):
    return (speaker, segs)


# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"]}


def zero_word(rng, region="US"):
    if region == "UK":
        return rng.choice(["oh", "oh", "zero", "nought", "o"])
    return rng.choice(["oh", "oh", "zero", "o"])


def digit_words(ds, rng, region="US", doubles=True, homophones=0.0):
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        w = zero_word(rng, region) if d == "0" else UNITS[int(d)]
        if doubles and run == 3 and rng.random() < 0.6:
            out.append("triple " + w)
            i += 3
            continue
        if doubles and run >= 2 and rng.random() < 0.6:
            out.append("double " + w)
            i += 2
            continue
        if homophones and d in HOMO and rng.random() < homophones:
            w = rng.choice(HOMO[d])
        out.append(w)
        i += 1
    return " ".join(out)


def pair_word(p, rng, region="US"):
    a, b = p
    if a == "0":
        return zero_word(rng, region) + " " + (zero_word(rng, region) if b == "0" else UNITS[int(b)])
    n = int(p)
    if n < 20:
        return TEENS[n - 10]
    return TENS[int(a)] + ("" if b == "0" else " " + UNITS[int(b)])


def pair_words(ds, rng, region="US"):
    parts = [pair_word(ds[i:i + 2], rng, region) for i in range(0, len(ds) - 1, 2)]
    if len(ds) % 2:
        parts.append(UNITS[int(ds[-1])] if ds[-1] != "0" else zero_word(rng, region))
    # "forty" followed by a bare unit would merge; avoid X0 followed by odd tail
    return " ".join(parts)


def safe_pairs(ds):
    # pairs mode is unambiguous unless an 'X0' pair (X>=2) is followed by a single unit digit
    for i in range(0, len(ds) - 1, 2):
        p = ds[i:i + 2]
        if p[1] == "0" and p[0] not in "01" and i + 2 == len(ds) - 1:
            return False
    return True


def say_group(g, rng, style, region="US"):
    if style == "itn":
        return g
    if style == "comma" and g[0] != "0" and len(g) >= 4:
        return "{:,}".format(int(g))
    if style == "pairs" and len(g) % 2 == 0 and safe_pairs(g):
        return pair_words(g, rng, region)
    if style == "homo":
        return digit_words(g, rng, region, doubles=False, homophones=0.5)
    return digit_words(g, rng, region)


def say_groups(groups, rng, region="US", mode=None, sep=None):
    """Whisper-like rendering: a mix of numerals (ITN) and words inside one reading."""
    mode = mode or rng.choice(["words", "words", "mixed", "mixed", "pairs", "homo", "itn"])
    parts = []
    for k, g in enumerate(groups):
        if mode == "mixed":
            st = rng.choice(["itn", "words", "words"])
        elif mode == "pairs":
            st = "pairs"
        else:
            st = mode
        parts.append(say_group(g, rng, st, region))
    if sep is None:
        sep = rng.choice([" ", " ", " ", ", ", ". ", " - ", " um ", ", uh, "])
    if sep == ". " and rng.random() < 0.6:
        parts = [p[0].upper() + p[1:] for p in parts]  # Whisper sentence-cases each group
    s = sep.join(parts)
    if rng.random() < 0.25 and s[0].isalpha():
        s = s[0].upper() + s[1:]
    return s


def luhn_ok(ds):
    tot = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        pre, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif kind == "visa19":
        pre, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 19
    elif kind == "mc":
        pre, n = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(4)), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(4)), 15
    else:
        pre, n = "6011" + "".join(rng.choice("0123456789") for _ in range(2)), 16
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 19:
        return [c[i:i + 4] for i in range(0, 16, 4)] + [c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "G": "golf",
        "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey", "X": "x-ray",
        "Y": "yankee", "Z": "zulu", "F": "foxtrot", "V": "victor", "U": "uniform", "I": "india",
        "Q": "quebec"}
WORDISH = {"A": "apple", "B": "bravo", "C": "charlie", "D": "david", "E": "edward", "G": "george",
           "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nancy",
           "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "X": "x-ray",
           "Y": "yellow", "Z": "zebra", "F": "freddie", "V": "victor", "U": "uncle", "I": "india",
           "Q": "queen"}
# how an ASR might write a letter spoken on its own
LETTER_ASR = {"A": ["a", "A", "eh"], "B": ["b", "B", "be", "bee"], "C": ["c", "C", "see", "sea"],
              "D": ["d", "D", "dee"], "E": ["e", "E"], "G": ["g", "G", "gee"], "H": ["h", "H", "age"],
              "J": ["j", "J", "jay"], "K": ["k", "K", "kay"], "L": ["l", "L", "el"],
              "M": ["m", "M", "em"], "N": ["n", "N", "en"], "P": ["p", "P", "pee"],
              "R": ["r", "R", "are"], "S": ["s", "S", "es"], "T": ["t", "T", "tea", "tee"],
              "W": ["w", "W", "double u"], "X": ["x", "X", "ex"], "Y": ["y", "Y", "why"],
              "Z": ["z", "Z", "zed", "zee"], "F": ["f", "F", "ef"], "V": ["v", "V", "vee"],
              "U": ["u", "U", "you"], "I": ["i", "I", "eye"], "Q": ["q", "Q", "queue"]}
LETTER_HOMO = {"eh": "A", "be": "B", "bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G",
               "age": "H", "jay": "J", "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P",
               "are": "R", "es": "S", "tea": "T", "tee": "T", "ex": "X", "why": "Y", "zed": "Z",
               "zee": "Z", "ef": "F", "vee": "V", "you": "U", "eye": "I", "queue": "Q"}


def say_letter(ch, rng, style=None):
    style = style or rng.choice(["plain", "plain", "asr", "nato", "word"])
    if ch == "O":
        return rng.choice(["o for oscar", "O for orange", "letter O"]) if False else rng.choice(["o for oscar", "O for orange"])
    if style == "plain":
        return rng.choice([ch.lower(), ch])
    if style == "asr":
        return rng.choice(LETTER_ASR[ch])
    if style == "nato":
        return "%s for %s" % (rng.choice([ch.lower(), ch]), NATO[ch])
    return "%s for %s" % (rng.choice([ch.lower(), ch]), WORDISH[ch])


def say_letters(s, rng, style=None):
    return " ".join(say_letter(c, rng, style) for c in s)


def make_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 6) + digits(rng, 8)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + digits(rng, 6) + digits(rng, 8)
    elif cc == "DE":
        bban = digits(rng, 18)
    elif cc == "FR":
        bban = digits(rng, 10) + digits(rng, 11) + digits(rng, 2, "0123456789")
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + digits(rng, 10, "0123456789")
    else:
        bban = digits(rng, 20)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_typed(ib, rng):
    st = rng.choice(["groups", "plain", "lowergroups"])
    if st == "plain":
        return ib
    g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return g.lower() if st == "lowergroups" else g


def iban_spoken(ib, rng, region="UK"):
    out = [say_letters(ib[:2], rng, rng.choice(["plain", "asr", "nato"])),
           say_groups([ib[2:4]], rng, region, mode=rng.choice(["words", "itn", "pairs"]), sep=" ")]
    rest = ib[4:]
    chunk = ""
    for c in rest:
        if c.isalpha():
            if chunk:
                out.append(say_groups([chunk], rng, region, mode=rng.choice(["words", "mixed"]), sep=" "))
                chunk = ""
            out.append(say_letter(c, rng, rng.choice(["plain", "plain", "nato"])))
        else:
            chunk += c
            if len(chunk) == 4:
                out.append(say_groups([chunk], rng, region, mode=rng.choice(["words", "mixed", "itn"]), sep=" "))
                chunk = ""
    if chunk:
        out.append(say_groups([chunk], rng, region, mode="words", sep=" "))
    return " ".join(out)


def make_phone(rng, region):
    if region == "UK":
        return rng.choice(["07" + digits(rng, 9, "0123456789"), "020" + digits(rng, 8),
                           "0161" + digits(rng, 7), "07" + digits(rng, 9, "0123456789")])
    if region == "IE":
        return "08" + rng.choice("35679") + digits(rng, 7)
    return digits(rng, 3, "2345678") + digits(rng, 7, "2345678")


def phone_groups(p, region):
    if region == "UK":
        if p.startswith("07"):
            return [p[:5], p[5:]]
        if p.startswith("020"):
            return [p[:3], p[3:7], p[7:]]
        return [p[:4], p[4:7], p[7:]]
    if region == "IE":
        return [p[:3], p[3:6], p[6:]]
    return [p[:3], p[3:6], p[6:]]


def phone_typed(p, region, rng, intl=False):
    g = phone_groups(p, region)
    if intl:
        cc = {"UK": "+44", "IE": "+353", "US": "+1"}[region]
        g2 = list(g)
        if region != "US":
            g2[0] = g2[0][1:]
        return rng.choice([cc + " " + " ".join(g2), cc + "".join(g2), cc + " (0)" + " ".join(g2)
                           if region != "US" else cc + " " + "-".join(g2)])
    if region == "US":
        return rng.choice(["(%s) %s-%s" % tuple(g), "%s-%s-%s" % tuple(g), "%s.%s.%s" % tuple(g), "".join(g)])
    return rng.choice([" ".join(g), "".join(g), "-".join(g)])


FIRST = ["james", "mary", "liam", "aoife", "sarah", "david", "priya", "tom", "olga", "kevin", "niamh",
         "carlos", "fatima", "grace", "owen", "chloe", "raj", "emma", "sean", "lucy"]
LAST = ["walsh", "smith", "okafor", "murphy", "patel", "nguyen", "kowalski", "brennan", "garcia",
        "hughes", "byrne", "jones", "fischer", "oconnor", "davies", "khan"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "proton.me", "web.de"]


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f + "." + l, f[0] + l, f + l + str(rng.randint(1, 99)), f + "_" + l,
                        l + "." + f[0], f + str(rng.randint(1970, 2005))])
    return local + "@" + rng.choice(DOMAINS)


def email_spoken(e, rng):
    local, dom = e.split("@")
    st = rng.choice(["words", "words", "itn", "run", "half"])
    if st == "half":
        return local.replace(".", " dot ") + " at " + dom  # ITN kept the domain, not the local part
    if st == "itn":
        return e  # whisper formats it as a typed address
    def conv(s):
        s = s.replace(".", " dot ").replace("_", " underscore ")
        s = re.sub(r"(\d+)", lambda m: " " + (m.group(1) if rng.random() < 0.5 else
                                               digit_words(m.group(1), rng)) + " ", s)
        return re.sub(r"\s+", " ", s).strip()
    if st == "run":
        return local + " at " + dom.replace(".", " dot ")
    return conv(local) + rng.choice([" at ", " at ", " at sign "]) + conv(dom)


STREETS = ["maple avenue", "church road", "high street", "station road", "elm street", "park lane",
           "victoria road", "oak drive", "mill lane", "king street", "willow close", "main street",
           "sunset boulevard", "meadow way", "castle terrace", "ash grove", "harbour view road",
           "pine court", "orchard crescent", "lincoln place"]


def make_address(rng, spoken):
    n = rng.randint(1, 240)
    st = rng.choice(STREETS)
    flat = rng.random() < 0.25
    if spoken:
        num = rng.choice([str(n), num_words(n)])
        s = num + " " + st
        if flat:
            s = rng.choice(["flat ", "apartment ", "unit "]) + rng.choice([str(rng.randint(1, 20)), UNITS[rng.randint(1, 9)]]) + " " + s
        if rng.random() < 0.3:
            s = s.title()
        return s
    s = str(n) + " " + st.title()
    if flat:
        s = rng.choice(["Flat ", "Apt ", "Unit "]) + str(rng.randint(1, 20)) + ", " + s
    return s


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    h, r = divmod(n, 100)
    return UNITS[h] + " hundred" + ("" if r == 0 else " and " + num_words(r))


UK_OUT = ["SW1A", "M14", "B23", "LS6", "EH3", "CF10", "BS8", "NE1", "G12", "L17", "N16", "E8", "OX4", "BT9",
          "CB2", "W1D", "SE15", "NW3", "RG1", "YO10"]


def make_postcode(rng, region):
    if region == "US":
        z = digits(rng, 5, "0123456789".replace("0", "1"))
        return z if rng.random() < 0.8 else z + "-" + digits(rng, 4, "0123456789")
    out = rng.choice(UK_OUT)
    return out + " " + str(rng.randint(1, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")


def postcode_spoken(pc, rng, region):
    if region == "US":
        ds = pc.replace("-", "")
        return say_groups([ds[:5]] + ([ds[5:]] if len(ds) > 5 else []), rng, "US",
                          mode=rng.choice(["words", "itn", "pairs", "mixed"]), sep=rng.choice([" ", " dash "]))
    st = rng.choice(["asr", "plain", "nato", "itn", "mixed"])
    if st == "itn":
        return rng.choice([pc, pc.lower(), pc.replace(" ", "")])
    out = []
    for c in pc.replace(" ", ""):
        if c.isdigit():
            out.append(UNITS[int(c)] if st != "mixed" or rng.random() < 0.5 else c)
        else:
            out.append(say_letter(c, rng, "plain" if st == "mixed" else st))
    return " ".join(out)


def make_dob(rng):
    return rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)


def year_words(y):
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + num_words(y - 2000) if y - 2000 < 10 and False
                                 else ("" if y == 2000 else " and " + num_words(y - 2000)))
    return num_words(y // 100) + " " + (num_words(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 100])


def dob_spoken(d, rng, region):
    y, m, dd = d
    st = rng.choice(["ord_month", "month_ord", "itn_us", "itn_uk", "digits", "mixed", "itn_ord"])
    if st == "itn_ord":
        suf = "th" if 10 < dd < 14 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        return rng.choice(["the %d%s of %s, %d" % (dd, suf, MONTHS[m - 1].title(), y),
                           "%d%s of %s %s" % (dd, suf, MONTHS[m - 1], year_words(y)),
                           "%s the %d%s %d" % (MONTHS[m - 1].title(), dd, suf, y)])
    if st == "ord_month":
        return "the %s of %s %s" % (ORD[dd], MONTHS[m - 1], year_words(y)) if rng.random() < 0.5 else \
            "%s of %s %s" % (ORD[dd], MONTHS[m - 1], year_words(y))
    if st == "month_ord":
        return "%s %s %s" % (MONTHS[m - 1], ORD[dd], year_words(y))
    if st == "itn_us":
        return "%s %d%s, %d" % (MONTHS[m - 1].title(), dd, {1: "st", 2: "nd", 3: "rd"}.get(dd if dd < 20 else dd % 10, "th")
                                if not 10 < dd < 14 else "th", y)
    if st == "itn_uk":
        return rng.choice(["%02d/%02d/%d" % (dd, m, y), "%d/%d/%d" % (dd, m, y), "%d.%d.%d" % (dd, m, y)]) \
            if region != "US" else "%d/%d/%d" % (m, dd, y)
    if st == "digits":
        a, b = ("%02d" % dd, "%02d" % m) if region != "US" else ("%02d" % m, "%02d" % dd)
        return digit_words(a, rng, region, doubles=False) + " " + digit_words(b, rng, region, doubles=False) + " " + \
            rng.choice([year_words(y), digit_words(str(y)[2:], rng, region, doubles=False)])
    return "%s %s %d" % (ORD[dd], MONTHS[m - 1], y)


def make_expiry(rng):
    return rng.randint(1, 12), rng.randint(26, 32)


def expiry_spoken(e, rng):
    m, y = e
    st = rng.choice(["oh_pair", "month_name", "itn", "slash_words", "digits", "month_full"])
    if st == "oh_pair":
        return ("oh " + UNITS[m] if m < 10 else num_words(m)) + " " + num_words(y)
    if st == "month_name":
        return MONTHS[m - 1] + " " + rng.choice(["twenty " + num_words(y), "20%d" % y, "'%d" % y])
    if st == "itn":
        return rng.choice(["%02d/%02d" % (m, y), "%02d/20%d" % (m, y), "%02d%02d" % (m, y), "%d/%d" % (m, y)])
    if st == "slash_words":
        return ("oh " + UNITS[m] if m < 10 else num_words(m)) + " slash " + num_words(y)
    if st == "digits":
        return digit_words("%02d%02d" % (m, y), rng, doubles=False)
    return MONTHS[m - 1] + " twenty " + num_words(y)


def expiry_typed(e, rng):
    m, y = e
    return rng.choice(["%02d/%02d" % (m, y), "%02d/20%d" % (m, y), "%02d-%02d" % (m, y), "%d/%d" % (m, y),
                       "%02d %02d" % (m, y)])


# ---------------------------------------------------------------- normaliser / validators
ZEROS = {"zero", "oh", "o", "nought", "naught", "nil"}
FILL = {"um", "uh", "er", "erm", "ah", "like", "and", "sorry", "then", "dash", "space", "hyphen", "slash",
        "the", "of", "that", "is", "its", "it", "plus", "yeah", "letter", "so", "okay", "ok", "hmm"}


def norm_alnum(text):
    """Normalise a spoken/typed reading to its letters+digits."""
    orig = re.findall(r"[A-Za-z]+|\d+", text.replace("x-ray", "xray"))
    upper = [len(t) >= 2 and t.isupper() for t in orig]
    toks = [t.lower() for t in orig]
    out = []
    i = 0
    def num(t):
        if t in ZEROS:
            return 0
        if t in UNITS:
            return UNITS.index(t)
        return None
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t.isdigit():
            out.append(t)
            i += 1
        elif upper[i] and len(t) <= 4:
            out.append(t.upper())
            i += 1
        elif len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2].isalpha() \
                and num(toks[i + 2]) is None:
            out.append(t.upper())
            i += 3
        elif t in ("double", "triple") and nxt:
            rep = 2 if t == "double" else 3
            if num(nxt) is not None:
                out.append(str(num(nxt)) * rep)
            elif nxt == "u":
                out.append("W")
                i += 2
                continue
            else:
                out.append(nxt.upper() * rep)
            i += 2
        elif t in TENS and t:
            v = TENS.index(t)
            if nxt in UNITS and nxt != "zero":
                out.append("%d%d" % (v, UNITS.index(nxt)))
                i += 2
            else:
                out.append("%d0" % v)
                i += 1
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
        elif num(t) is not None and t not in ZEROS and nxt in ("hundred", "thousand"):
            base = num(t)
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            rest = None
            if j < len(toks):
                tj = toks[j]
                nj = toks[j + 1] if j + 1 < len(toks) else ""
                if tj in TEENS:
                    rest, j = 10 + TEENS.index(tj), j + 1
                elif tj in TENS and tj:
                    if nj in UNITS and nj != "zero":
                        rest, j = TENS.index(tj) * 10 + UNITS.index(nj), j + 2
                    else:
                        rest, j = TENS.index(tj) * 10, j + 1
                elif tj in UNITS and tj != "zero":
                    rest, j = UNITS.index(tj), j + 1
            if nxt == "hundred":
                out.append("%d%02d" % (base, rest or 0))
            else:
                out.append("%d%03d" % (base, rest or 0))
            i = j if rest is not None else i + 2
        elif num(t) is not None:
            out.append(str(num(t)))
            i += 1
        elif t in ("to", "too"):
            out.append("2")
            i += 1
        elif t in ("for", "fore"):
            out.append("4")
            i += 1
        elif t == "won":
            out.append("1")
            i += 1
        elif t == "ate":
            out.append("8")
            i += 1
        elif t in LETTER_HOMO:
            out.append(LETTER_HOMO[t])
            i += 1
        elif t in FILL:
            i += 1
        elif len(t) <= 4:
            out.append(t.upper())
            i += 1
        else:
            i += 1  # unknown long word (street names etc.)
    return "".join(out)


def norm_email(text):
    s = " " + text.lower() + " "
    s = s.replace("[at]", "@").replace("[dot]", ".").replace(" at sign ", "@").replace(" at ", "@").replace(" dot ", ".").replace(" underscore ", "_")
    s = re.sub(r"\b(zero|one|two|three|four|five|six|seven|eight|nine)\b",
               lambda m: str(UNITS.index(m.group(1))), s)
    return s.replace(" ", "")


def check_value(typ, raw, canon, partial):
    n = norm_alnum(raw)
    if typ == "EMAIL":
        e = norm_email(raw)
        ok = re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z]{2,})+", e) is not None
        return ok and (canon is None or e == canon), e
    if partial:
        return n.isdigit() and len(n) >= 3, n
    if canon is not None and typ not in ("ADDRESS", "DOB", "EXPIRY"):
        if n != canon:
            return False, n
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n), n
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4), n
    if typ == "SSN":
        return n.isdigit() and len(n) == 9, n
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n) is not None, n
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6, n
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17, n
    if typ == "IBAN":
        return iban_ok(n), n
    if typ == "PHONE":
        return n.isdigit() and 9 <= len(n) <= 14, n
    if typ == "POSTCODE":
        return (re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n) is not None
                or re.fullmatch(r"\d{5}(\d{4})?", n) is not None), n
    low = raw.lower()
    if typ in ("DOB", "EXPIRY"):
        has_month = any(m in low for m in MONTHS)
        dg = re.sub(r"\D", "", n)
        return has_month or 3 <= len(dg) <= 8, n
    if typ == "ADDRESS":
        has_num = bool(re.search(r"\d", n))
        has_st = any(w in low for w in ("avenue", "road", "street", "lane", "drive", "close", "way",
                                        "boulevard", "terrace", "grove", "court", "crescent", "place"))
        return has_num and has_st, n
    return False, n


# ---------------------------------------------------------------- case assembly
CASES_OUT = []
GROUPS = []  # (case_id, typ, [raw texts], canon, partial)
COUNTERS = {"positive": 0, "negative": 0}


def add(kind, turns, note):
    COUNTERS[kind] += 1
    cid = "h305-%s-%03d" % ("pos" if kind == "positive" else "neg", COUNTERS[kind])
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                gid = s.gid or newgid()
                g = groups.setdefault(gid, [s.typ, [], s.canon or GROUP_CANON.get(gid), s.partial])
                g[1].append(s.text)
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    for gid, (typ, raws, canon, partial) in groups.items():
        GROUPS.append((cid, typ, raws, canon, partial))
    if kind == "negative":
        assert not spans
    else:
        assert spans
    CASES_OUT.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})


IND_UK = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "government services",
          "healthcare billing"]
BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got that", "yes", "Mm-hmm.", "Okay."]
OPEN = ["yeah it's ", "yes it's ", "okay so it's ", "it's ", "right um ", "Yeah, it's ", "so that's ", "um ",
        "Sure. ", "okay ", ""]
CLOSE = ["", "", " yeah", " that's it", ".", " I think", " um yeah", "?"]


def pick(rng, xs):
    return rng.choice(xs)


def region_for(rng):
    return rng.choice(["UK", "UK", "US", "US", "IE"])


# ---------------------------------------------------------------- positive templates
def p_card_one_turn(rng):
    c = make_card(rng)
    reg = region_for(rng)
    mode = rng.choice(["words", "mixed", "mixed", "pairs", "homo", "itn", "comma"])
    ind = pick(rng, IND_UK)
    s = say_groups(card_groups(c), rng, reg, mode=mode)
    turns = [turn("agent", pick(rng, ["and the long number across the front of the card please",
                                      "can I take the card number", "go ahead with the sixteen digits when you're ready",
                                      "What's the card number?"])),
             turn("customer", pick(rng, OPEN), V(s, "CARD_NUMBER", canon=c), pick(rng, CLOSE))]
    add("positive", turns, "call/%s: card read in one turn, ASR mode=%s (%d digits)" % (ind, mode, len(c)))


def p_card_split(rng):
    c = make_card(rng)
    reg = region_for(rng)
    g = newgid()
    gs = card_groups(c)
    turns = [turn("agent", "okay whenever you're ready with the card number")]
    for k, grp in enumerate(gs):
        mode = rng.choice(["words", "itn", "words", "pairs", "homo"])
        pre = pick(rng, ["", "", "um ", "it's ", "then "]) if k else pick(rng, ["okay ", "right so ", "", "um "])
        turns.append(turn("customer", pre, V(say_group(grp, rng, mode, reg), "CARD_NUMBER", g, None), pick(rng, ["", "", ".", " yeah"])))
        if k < len(gs) - 1:
            turns.append(turn("agent", pick(rng, BACK)))
    GROUP_CANON[g] = c
    add("positive", turns, "call/%s: card split across %d customer turns, per-group ITN mix" % (pick(rng, IND_UK), len(gs)))


GROUP_CANON = {}


def p_card_exp_cvv_call(rng):
    c = make_card(rng)
    e = make_expiry(rng)
    cvv = digits(rng, 4 if len(c) == 15 else 3, "0123456789")
    reg = region_for(rng)
    cvv_s = rng.choice([cvv, digit_words(cvv, rng, reg), digit_words(cvv, rng, reg, doubles=False, homophones=0.6)])
    amt = rng.choice(["$40", "forty pounds", "£129.99", "$1,250", "eighty nine euro"])
    turns = [turn("agent", "so that's a payment of %s today, can I take the card number" % amt),
             turn("customer", V(say_groups(card_groups(c), rng, reg), "CARD_NUMBER", canon=c)),
             turn("agent", "and the expiry"),
             turn("customer", pick(rng, ["", "expires ", "it's ", "uh "]), V(expiry_spoken(e, rng), "EXPIRY")),
             turn("agent", pick(rng, ["and the three digit code on the back", "security code please",
                                      "and the CVV", "last thing the security number on the back"])),
             turn("customer", pick(rng, ["", "it's ", "um ", "Yeah, "]), V(cvv_s, "CVV", canon=cvv))]
    add("positive", turns, "call/%s: card, expiry and CVV in separate turns with amount %s nearby" % (pick(rng, IND_UK), amt))


def p_card_chat(rng):
    c = make_card(rng)
    e = make_expiry(rng)
    cvv = digits(rng, 4 if len(c) == 15 else 3, "0123456789")
    sep = rng.choice([" ", "-", "", "  ", "."])
    ct = sep.join(card_groups(c))
    if rng.random() < 0.3 and sep not in ("", " "):
        ct = ct.replace(sep, " ", 1)  # inconsistent separators, as typed
    turns = [turn("agent", "Please can you provide the card details for the refund?"),
             turn("customer", pick(rng, ["card no ", "Card: ", "its ", "number is ", "ok "]), V(ct, "CARD_NUMBER", canon=c),
                  pick(rng, [" exp ", " expiry ", ", expires ", " ex "]), V(expiry_typed(e, rng), "EXPIRY"),
                  pick(rng, [" cvv ", " cvc ", " sec code ", ", security code "]), V(cvv, "CVV", canon=cvv))]
    add("positive", turns, "chat/%s: card, expiry and CVV typed in one message" % pick(rng, ["retail", "travel", "telecom"]))


def p_card_readback(rng):
    c = make_card(rng)
    reg = region_for(rng)
    turns = [turn("customer", "okay the card number is ", V(say_groups(card_groups(c), rng, reg, mode="words"), "CARD_NUMBER", canon=c)),
             turn("agent", "let me read that back ", V(say_groups(card_groups(c), rng, reg, mode="itn",
                                                                   sep=rng.choice([" ", ", "])), "CARD_NUMBER", canon=c), " is that right"),
             turn("customer", "yes that's correct")]
    add("positive", turns, "call/%s: agent reads card back, ASR writes agent's reading as numerals" % pick(rng, IND_UK))


def p_card_with_time(rng):
    c = make_card(rng)
    reg = region_for(rng)
    t = rng.choice(["2:30", "10:15", "half past three", "4 o'clock"])
    turns = [turn("customer", "I called at %s and you said to ring back so the card is " % t,
                  V(say_groups(card_groups(c), rng, reg, mode="mixed"), "CARD_NUMBER", canon=c),
                  " and I want to pay %s" % rng.choice(["$25", "£60", "the full 300", "twenty quid"]))]
    add("positive", turns, "call/%s: card mixed with time and amount in one turn" % pick(rng, IND_UK))


def p_ssn_call(rng):
    s = make_ssn(rng)
    mode = rng.choice(["words", "mixed", "pairs", "homo", "itn"])
    txt = say_groups([s[:3], s[3:5], s[5:]], rng, "US", mode=mode)
    turns = [turn("agent", pick(rng, ["can you verify your social security number", "and your social please",
                                      "I'll need the full social to pull up the account", "What's your Social Security number?"])),
             turn("customer", pick(rng, OPEN), V(txt, "SSN", canon=s), pick(rng, CLOSE))]
    add("positive", turns, "call/%s: SSN in one turn, ASR mode=%s" % (pick(rng, ["banking", "insurance", "healthcare billing", "government services"]), mode))


def p_ssn_split(rng):
    s = make_ssn(rng)
    g = newgid()
    GROUP_CANON[g] = s
    parts = [s[:3], s[3:5], s[5:]]
    turns = [turn("agent", "okay and the social")]
    for k, p in enumerate(parts):
        turns.append(turn("customer", pick(rng, ["", "um ", "it's "]) if k == 0 else "",
                          V(say_group(p, rng, rng.choice(["words", "itn", "pairs", "homo"]), "US"), "SSN", g)))
        if k < 2:
            turns.append(turn("agent", pick(rng, BACK)))
    add("positive", turns, "call/%s: SSN split 3-2-4 across turns with back-channels" % pick(rng, ["insurance", "banking", "government services"]))


def p_ssn_chat(rng):
    s = make_ssn(rng)
    t = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    turns = [turn("customer", pick(rng, ["my ssn is ", "SSN: ", "social # ", "ss# ", "heres my social "]), V(t, "SSN", canon=s),
                  pick(rng, ["", " thx", ". My claim number is %d" % rng.randint(100000, 999999)]))]
    add("positive", turns, "chat/%s: SSN typed (%s)" % (pick(rng, ["insurance", "healthcare billing", "banking"]), "sep"))


def p_ssn_last4_and_full(rng):
    s = make_ssn(rng)
    turns = [turn("agent", "can I get the last four of your social"),
             turn("customer", V(say_group(s[5:], rng, "words", "US"), "SSN", partial=True)),
             turn("agent", "hmm that's not matching can you give me the full number"),
             turn("customer", "oh sure it's ", V(say_groups([s[:3], s[3:5], s[5:]], rng, "US", mode="mixed"), "SSN", canon=s))]
    add("positive", turns, "call/healthcare billing: last four of SSN then full SSN (both labelled)")


def p_ni_call(rng):
    n = make_ni(rng)
    lst = rng.choice(["plain", "asr", "nato", "word"])
    dmode = rng.choice(["words", "pairs", "itn", "mixed"])
    body = say_letters(n[:2], rng, lst) + " " + say_groups([n[2:4], n[4:6], n[6:8]], rng, "UK", mode=dmode, sep=" ") + \
        " " + say_letter(n[8], rng, rng.choice([lst, "plain"]))
    turns = [turn("agent", pick(rng, ["can I take your national insurance number", "and your NI number please",
                                      "What's your National Insurance number?"])),
             turn("customer", pick(rng, OPEN), V(body, "NI_NUMBER", canon=n), pick(rng, CLOSE))]
    add("positive", turns, "call/%s: NI number letters=%s digits=%s" % (pick(rng, ["government services", "banking", "insurance", "utilities"]), lst, dmode))


def p_ni_itn(rng):
    n = make_ni(rng)
    t = rng.choice(["%s %s %s %s %s", "%s%s%s%s%s", "%s %s%s%s %s"]) % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if rng.random() < 0.5:
        t = t.lower()
    turns = [turn("agent", "and for the national insurance"),
             turn("customer", pick(rng, ["Yeah, it's ", "It's ", "yes "]), V(t, "NI_NUMBER", canon=n), pick(rng, [".", "", " I believe."]))]
    add("positive", turns, "call/government services: ASR formatted the NI number as text (%s)" % ("lower" if t.islower() else "upper"))


def p_ni_split(rng):
    n = make_ni(rng)
    g = newgid()
    GROUP_CANON[g] = n
    turns = [turn("agent", "okay go ahead with the national insurance"),
             turn("customer", pick(rng, ["it's ", "um "]), V(say_letters(n[:2], rng, rng.choice(["nato", "word", "asr"])), "NI_NUMBER", g)),
             turn("agent", pick(rng, BACK)),
             turn("customer", V(say_groups([n[2:4], n[4:6]], rng, "UK", sep=" "), "NI_NUMBER", g)),
             turn("agent", pick(rng, BACK)),
             turn("customer", V(say_group(n[6:8], rng, rng.choice(["words", "pairs", "itn"]), "UK") + " " + say_letter(n[8], rng), "NI_NUMBER", g),
                  pick(rng, ["", " yeah", " that's it"]))]
    add("positive", turns, "call/government services: NI number split over three turns")


def p_ni_chat(rng):
    n = make_ni(rng)
    t = rng.choice(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s"]) % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    t = rng.choice([t, t.lower()])
    turns = [turn("customer", pick(rng, ["ni number ", "NI no. ", "my nino is ", "National Insurance: "]), V(t, "NI_NUMBER", canon=n),
                  pick(rng, ["", " - need it for the tax credit form", " cheers"]))]
    add("positive", turns, "chat/government services: NI typed")


def p_sort_acct_call(rng):
    sc = digits(rng, 6, "0123456789")
    ac = digits(rng, 8, "0123456789")
    scs = say_groups([sc[:2], sc[2:4], sc[4:]], rng, "UK", mode=rng.choice(["pairs", "words", "itn", "mixed"]),
                     sep=rng.choice([" ", " dash ", "-", ", "]))
    acs = say_groups([ac[:4], ac[4:]], rng, "UK", mode=rng.choice(["words", "mixed", "pairs", "homo"]))
    turns = [turn("agent", "what's the sort code"),
             turn("customer", pick(rng, ["", "it's ", "um "]), V(scs, "SORT_CODE", canon=sc)),
             turn("agent", "and the account number"),
             turn("customer", pick(rng, ["", "it's ", "account number "]), V(acs, "BANK_ACCOUNT", canon=ac), pick(rng, CLOSE))]
    add("positive", turns, "call/%s: UK sort code and account number" % pick(rng, ["banking", "utilities", "insurance"]))


def p_sort_acct_one_turn(rng):
    sc = digits(rng, 6, "0123456789")
    ac = digits(rng, 8, "0123456789")
    turns = [turn("agent", "for the direct debit I need the bank details"),
             turn("customer", "sort code ", V(say_groups([sc[:2], sc[2:4], sc[4:]], rng, "UK", mode="mixed", sep=" "), "SORT_CODE", canon=sc),
                  pick(rng, [" and the account is ", " account ", ", account number "]),
                  V(say_groups([ac[:4], ac[4:]], rng, "UK", mode="mixed"), "BANK_ACCOUNT", canon=ac),
                  pick(rng, ["", " and I'd like it on the 1st of the month", " take it on the 15th"]))]
    add("positive", turns, "call/utilities: sort code and account number in one turn, DD date nearby")


def p_bank_chat(rng):
    sc = digits(rng, 6, "0123456789")
    ac = digits(rng, 8, "0123456789")
    sct = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    turns = [turn("customer", pick(rng, ["s/c ", "sort code: ", "Sort "]), V(sct, "SORT_CODE", canon=sc),
                  pick(rng, [" a/c ", ", acc no ", " account: "]), V(ac, "BANK_ACCOUNT", canon=ac))]
    add("positive", turns, "chat/banking: sort code and account typed with abbreviations")


def p_us_acct(rng):
    ac = digits(rng, rng.choice([10, 11, 12]), "0123456789")
    gs = [ac[i:i + 4] for i in range(0, len(ac), 4)]
    turns = [turn("agent", "what's the checking account number you want to use"),
             turn("customer", pick(rng, OPEN), V(say_groups(gs, rng, "US", mode=rng.choice(["words", "mixed", "itn"])), "BANK_ACCOUNT", canon=ac),
                  pick(rng, CLOSE))]
    add("positive", turns, "call/%s: US checking account number %d digits" % (pick(rng, ["banking", "utilities", "insurance"]), len(ac)))


def p_iban_chat(rng):
    ib = make_iban(rng)
    turns = [turn("agent", "Could you send the IBAN for the refund?"),
             turn("customer", pick(rng, ["IBAN ", "sure its ", "", "iban: "]), V(iban_typed(ib, rng), "IBAN", canon=ib),
                  pick(rng, ["", " thanks", " (%s account)" % ib[:2]]))]
    add("positive", turns, "chat/%s: IBAN typed (%s)" % (pick(rng, ["travel", "retail", "banking"]), ib[:2]))


def p_iban_call(rng):
    ib = make_iban(rng, rng.choice(["GB", "IE", "DE", "NL"]))
    turns = [turn("agent", "and the IBAN please"),
             turn("customer", pick(rng, ["okay it's ", "right ", "", "um "]), V(iban_spoken(ib, rng), "IBAN", canon=ib), pick(rng, CLOSE))]
    add("positive", turns, "call/%s: IBAN spoken (%s) with spelled letters" % (pick(rng, ["banking", "travel", "insurance"]), ib[:2]))


def p_iban_split(rng):
    ib = make_iban(rng, rng.choice(["GB", "IE"]))
    g = newgid()
    GROUP_CANON[g] = ib
    head = ib[:8]
    tail = ib[8:]
    turns = [turn("agent", "go on with the IBAN"),
             turn("customer", V(iban_spoken(head, rng), "IBAN", g)),
             turn("agent", pick(rng, BACK)),
             turn("customer", V(say_groups([tail[:6], tail[6:]], rng, "UK", mode=rng.choice(["words", "mixed", "itn"])), "IBAN", g))]
    add("positive", turns, "call/banking: IBAN split between country+bank code and digits")


def p_phone_call(rng):
    reg = rng.choice(["UK", "US", "IE"])
    p = make_phone(rng, reg)
    mode = rng.choice(["words", "mixed", "pairs", "homo", "itn", "format"])
    if mode == "format":
        s = phone_typed(p, reg, rng)  # Whisper fully formats the spoken number
    else:
        s = say_groups(phone_groups(p, reg), rng, reg, mode=mode)
    turns = [turn("agent", pick(rng, ["what's the best number to reach you on", "can I take a contact number",
                                      "and a phone number in case we get cut off"])),
             turn("customer", pick(rng, OPEN), V(s, "PHONE", canon=p), pick(rng, CLOSE))]
    add("positive", turns, "call/%s: %s phone, ASR mode=%s" % (pick(rng, IND_UK), reg, mode))


def p_phone_intl(rng):
    reg = rng.choice(["UK", "IE", "US"])
    p = make_phone(rng, reg)
    cc = {"UK": "44", "IE": "353", "US": "1"}[reg]
    rest = p[1:] if reg != "US" else p
    spoken = rng.choice(["plus " + " ".join(UNITS[int(c)] for c in cc), "+" + cc, "plus " + cc,
                         "double oh " + " ".join(UNITS[int(c)] for c in cc)])
    s = spoken + " " + say_groups(phone_groups(rest, "US" if reg == "US" else "IE"), rng, reg)
    canon = ("00" if spoken.startswith("double") else "") + cc + rest
    turns = [turn("agent", "and is there a number we can call you back on"),
             turn("customer", "yeah I'm abroad at the moment so it's ", V(s, "PHONE", canon=canon))]
    add("positive", turns, "call/travel: international format phone (+%s) spoken" % cc)


def p_phone_correction(rng):
    reg = rng.choice(["UK", "US"])
    p = make_phone(rng, reg)
    wrong = p[:5]
    turns = [turn("customer", "my number is ", V(digit_words(wrong, rng, reg), "PHONE", partial=True),
                  " no sorry that's my old one hang on"),
             turn("agent", "no problem"),
             turn("customer", "it's ", V(say_groups(phone_groups(p, reg), rng, reg, mode="mixed"), "PHONE", canon=p))]
    add("positive", turns, "call/telecom: caller starts old number, aborts, then gives the new one (both labelled)")


def p_phone_split(rng):
    reg = rng.choice(["UK", "US", "IE"])
    p = make_phone(rng, reg)
    g = newgid()
    GROUP_CANON[g] = p
    gs = phone_groups(p, reg)
    turns = [turn("agent", "sure go ahead with the mobile number")]
    for k, gr in enumerate(gs):
        turns.append(turn("customer", V(say_group(gr, rng, rng.choice(["words", "itn", "pairs"]), reg), "PHONE", g)))
        if k < len(gs) - 1:
            turns.append(turn("agent", pick(rng, BACK)))
    add("positive", turns, "call/telecom: %s phone split across turns" % reg)


def p_phone_chat(rng):
    reg = rng.choice(["UK", "US", "IE"])
    p = make_phone(rng, reg)
    intl = rng.random() < 0.3
    t = phone_typed(p, reg, rng, intl)
    canon = re.sub(r"\D", "", t)
    turns = [turn("customer", pick(rng, ["call me on ", "mob: ", "pls ring ", "my cell is ", "Tel "]), V(t, "PHONE", canon=canon),
                  pick(rng, ["", " after 5pm", " anytime before 9:30", " thx"]))]
    add("positive", turns, "chat/%s: typed %s phone%s" % (pick(rng, IND_UK), reg, " intl" if intl else ""))


def p_email_call(rng):
    e = make_email(rng)
    s = email_spoken(e, rng)
    turns = [turn("agent", pick(rng, ["and what email should the confirmation go to", "can I take an email address"])),
             turn("customer", pick(rng, OPEN), V(s, "EMAIL", canon=e), pick(rng, CLOSE))]
    add("positive", turns, "call/%s: email spoken, ASR rendering %s" % (pick(rng, IND_UK), "typed" if "@" in s else "words"))


def p_email_spelled(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(["gmail", "outlook", "hotmail"])
    local_sp = " ".join(say_letter(c.upper(), rng, "plain") if c.upper() in NATO else c for c in f[:1]) + " " + l
    e = f[0] + l + "@" + dom + ".com"
    turns = [turn("customer", "it's ", V(local_sp + " at " + dom + " dot com", "EMAIL", canon=e)),
             turn("agent", "so that's ", V(e, "EMAIL", canon=e), "?"),
             turn("customer", "yes " + l + " " + rng.choice(["like it sounds", "all one word"]))]
    add("positive", turns, "call/retail: email initial + surname spoken, agent read-back ITN'd as address")


def p_email_chat(rng):
    e = make_email(rng)
    t = rng.choice([e, e.upper(), e.replace("@", " @ "), e.replace("@", "[at]").replace(".", "[dot]")])
    ok_canon = e if t in (e, e.upper()) else None
    if t == e.upper():
        ok_canon = None
    turns = [turn("customer", pick(rng, ["email is ", "send it to ", "my email: ", "Email - "]), V(t, "EMAIL", canon=ok_canon if ok_canon else None),
                  pick(rng, ["", " please", " ty"]))]
    add("positive", turns, "chat/%s: typed email" % pick(rng, IND_UK))


def p_dob_call(rng):
    reg = region_for(rng)
    d = make_dob(rng)
    s = dob_spoken(d, rng, reg)
    turns = [turn("agent", pick(rng, ["can you confirm your date of birth", "and your DOB please", "What's your date of birth?"])),
             turn("customer", pick(rng, OPEN), V(s, "DOB"), pick(rng, CLOSE))]
    add("positive", turns, "call/%s: date of birth spoken (%s)" % (pick(rng, IND_UK), reg))


def p_dob_chat(rng):
    d = make_dob(rng)
    y, m, dd = d
    t = rng.choice(["%02d/%02d/%d" % (dd, m, y), "%d-%02d-%02d" % (y, m, dd), "%d %s %d" % (dd, MONTHS[m - 1][:3].title(), y),
                    "%02d.%02d.%02d" % (dd, m, y % 100)])
    turns = [turn("customer", pick(rng, ["dob ", "DOB: ", "born ", "date of birth is "]), V(t, "DOB"), pick(rng, ["", " if that helps"]))]
    add("positive", turns, "chat/%s: DOB typed" % pick(rng, IND_UK))


def p_postcode_call(rng):
    reg = rng.choice(["UK", "UK", "US"])
    pc = make_postcode(rng, reg)
    s = postcode_spoken(pc, rng, reg)
    turns = [turn("agent", pick(rng, ["and the postcode", "what's the zip code on the account", "can I take the postcode"])
                  if reg == "UK" else "what's the zip code on the account"),
             turn("customer", pick(rng, OPEN), V(s, "POSTCODE", canon=pc.replace(" ", "").replace("-", "")), pick(rng, CLOSE))]
    add("positive", turns, "call/%s: %s postcode spoken" % (pick(rng, IND_UK), reg))


def p_address_call(rng):
    reg = rng.choice(["UK", "US", "IE"])
    a = make_address(rng, True)
    town = rng.choice({"UK": ["leeds", "Manchester", "bristol", "Cardiff"], "US": ["Austin", "portland", "columbus ohio"],
                       "IE": ["galway", "Cork", "swords county dublin"]}[reg])
    segs = [pick(rng, ["it's ", "yeah ", "so it's "]), V(a, "ADDRESS"), " " + town]
    if reg != "IE":
        pc = make_postcode(rng, reg)
        segs += [pick(rng, [" ", ", "]), V(postcode_spoken(pc, rng, reg), "POSTCODE", canon=pc.replace(" ", "").replace("-", ""))]
    turns = [turn("agent", "and what's the address"), turn("customer", *segs)]
    add("positive", turns, "call/%s: street address with town%s" % (pick(rng, IND_UK), " and postcode" if reg != "IE" else ""))


def p_address_chat(rng):
    reg = rng.choice(["UK", "US"])
    a = make_address(rng, False)
    pc = make_postcode(rng, reg)
    town = rng.choice(["London", "Leeds", "Bath"] if reg == "UK" else ["Chicago, IL", "Denver CO", "Tampa"])
    turns = [turn("customer", pick(rng, ["new address is ", "I moved to ", "Address: ", "pls update address to "]), V(a, "ADDRESS"),
                  ", %s " % town, V(pc, "POSTCODE", canon=pc.replace(" ", "").replace("-", "")))]
    add("positive", turns, "chat/%s: change of address with postcode" % pick(rng, ["utilities", "telecom", "insurance"]))


def p_verification(rng):
    reg = rng.choice(["UK", "US"])
    d = make_dob(rng)
    pc = make_postcode(rng, reg)
    p = make_phone(rng, reg)
    turns = [turn("agent", "for security can I have your date of birth"),
             turn("customer", V(dob_spoken(d, rng, reg), "DOB")),
             turn("agent", "and the first line of the address or the postcode"),
             turn("customer", V(postcode_spoken(pc, rng, reg), "POSTCODE", canon=pc.replace(" ", "").replace("-", ""))),
             turn("agent", "lovely and the phone number on the account"),
             turn("customer", V(say_groups(phone_groups(p, reg), rng, reg), "PHONE", canon=p))]
    add("positive", turns, "call/%s: ID&V sequence DOB, postcode, phone" % pick(rng, ["banking", "telecom", "utilities"]))


def p_two_in_one(rng):
    reg = "UK"
    n = make_ni(rng)
    d = make_dob(rng)
    turns = [turn("agent", "I need your national insurance and date of birth"),
             turn("customer", "okay so N I is ", V(n[:2].lower() + " " + say_groups([n[2:4], n[4:6], n[6:8]], rng, reg, mode="mixed", sep=" ") + " " + n[8].lower(), "NI_NUMBER", canon=n),
                  " and I was born ", V(dob_spoken(d, rng, reg), "DOB"))]
    add("positive", turns, "call/government services: NI and DOB in one turn")


def p_card_homophone_itn(rng):
    c = make_card(rng, "visa")
    gs = card_groups(c)
    parts = []
    for k, g in enumerate(gs):
        if k % 2 == 0:
            parts.append(g)
        else:
            parts.append(digit_words(g, rng, "US", doubles=False, homophones=0.9))
    s = rng.choice([" ", ", "]).join(parts)
    turns = [turn("agent", "card number please"), turn("customer", "Yeah. ", V(s, "CARD_NUMBER", canon=c), ".")]
    add("positive", turns, "call/retail: alternating ITN numerals and homophone words (for/to/ate/won)")


def p_ssn_with_other_numbers(rng):
    s = make_ssn(rng)
    turns = [turn("customer", "I'm calling about claim %d and my social is " % rng.randint(10000, 99999),
                  V(say_groups([s[:3], s[3:5], s[5:]], rng, "US", mode=rng.choice(["words", "mixed", "itn"])), "SSN", canon=s),
                  " I was charged $%d on the %s" % (rng.randint(20, 900), rng.choice(["3rd", "12th", "21st"])))]
    add("positive", turns, "call/healthcare billing: SSN next to claim number, amount and date")


def p_ni_readback(rng):
    n = make_ni(rng)
    turns = [turn("customer", V(say_letters(n[:2], rng, "asr") + " " + digit_words(n[2:8], rng, "UK") + " " + say_letter(n[8], rng, "asr"), "NI_NUMBER", canon=n)),
             turn("agent", "so that's ", V(" ".join(say_letter(c, rng, "nato") if c.isalpha() else c for c in n[:2]) + " " +
                                             " ".join([n[2:4], n[4:6], n[6:8]]) + " " + say_letter(n[8], rng, "nato"), "NI_NUMBER", canon=n), " yeah"),
             turn("customer", "that's it")]
    add("positive", turns, "call/government services: NI letter homophones, agent reads back NATO + numerals")


def p_cvv_expiry_call(rng):
    e = make_expiry(rng)
    cvv = digits(rng, 3, "0123456789")
    turns = [turn("agent", "and the expiry date on the card"),
             turn("customer", V(expiry_spoken(e, rng), "EXPIRY")),
             turn("agent", "and the three digits on the back"),
             turn("customer", pick(rng, ["", "it's "]), V(rng.choice([cvv, num_words(int(cvv)) if int(cvv) >= 100 else digit_words(cvv, rng),
                                                          digit_words(cvv, rng, doubles=False)]), "CVV", canon=cvv))]
    add("positive", turns, "call/%s: expiry and CVV (card already on file)" % pick(rng, IND_UK))


def p_card_restart(rng):
    c = make_card(rng)
    reg = region_for(rng)
    gs = card_groups(c)
    turns = [turn("agent", "can I take the long card number"),
             turn("customer", V(say_groups(gs[:2], rng, reg, mode="words"), "CARD_NUMBER", partial=True),
                  pick(rng, [" hang on I've lost my place let me start again", " oh wait no that's my old card sorry",
                             " sorry can you hold on the light's bad"])),
             turn("agent", pick(rng, ["no worries", "take your time", "that's fine"])),
             turn("customer", pick(rng, ["okay ", "right ", "so "]), V(say_groups(gs, rng, reg, mode="mixed"), "CARD_NUMBER", canon=c))]
    add("positive", turns, "call/%s: caller aborts mid-card then restarts (partial reading labelled too)" % pick(rng, IND_UK))


def p_phone_readback(rng):
    reg = rng.choice(["UK", "US"])
    p = make_phone(rng, reg)
    turns = [turn("customer", "it's ", V(say_groups(phone_groups(p, reg), rng, reg, mode="words"), "PHONE", canon=p)),
             turn("agent", "so I've got ", V(phone_typed(p, reg, rng), "PHONE", canon=p), " is that right"),
             turn("customer", "yep perfect and you can text that number too")]
    add("positive", turns, "call/telecom: phone read back by agent and fully formatted by ASR")


POS_TEMPLATES = [(p_card_restart, 4), (p_phone_readback, 3),
    (p_card_one_turn, 14), (p_card_split, 8), (p_card_exp_cvv_call, 8), (p_card_chat, 6), (p_card_readback, 4),
    (p_card_with_time, 4), (p_card_homophone_itn, 4), (p_ssn_call, 12), (p_ssn_split, 6), (p_ssn_chat, 6),
    (p_ssn_last4_and_full, 3), (p_ssn_with_other_numbers, 4), (p_ni_call, 12), (p_ni_itn, 5), (p_ni_split, 5),
    (p_ni_chat, 5), (p_ni_readback, 3), (p_two_in_one, 3), (p_sort_acct_call, 8), (p_sort_acct_one_turn, 4),
    (p_bank_chat, 4), (p_us_acct, 4), (p_iban_chat, 6), (p_iban_call, 6), (p_iban_split, 3), (p_phone_call, 10),
    (p_phone_intl, 4), (p_phone_correction, 3), (p_phone_split, 4), (p_phone_chat, 5), (p_email_call, 8),
    (p_email_spelled, 3), (p_email_chat, 5), (p_dob_call, 8), (p_dob_chat, 5), (p_postcode_call, 8),
    (p_address_call, 9), (p_address_chat, 6), (p_verification, 5), (p_cvv_expiry_call, 5),
]


# ---------------------------------------------------------------- negatives
def n_amount(rng):
    a = rng.choice(["$1,249.99", "£87.40", "forty two pounds fifty", "€1,380", "two hundred and sixty dollars",
                    "$4,111.11", "1,500 quid", "three thousand four hundred euro"])
    add("negative", [turn("agent", "your outstanding balance is %s" % a),
                     turn("customer", "okay can I pay %s now and the rest on the %s" % (rng.choice(["half", "$200", "a hundred"]), rng.choice(["1st", "fifteenth", "28th"])))],
        "call/%s: balances and amounts" % pick(rng, IND_UK))


def n_time(rng):
    t = rng.choice(["2:30", "10:45 a.m.", "half past four", "quarter to nine", "14:00", "nine thirty"])
    add("negative", [turn("customer", "the engineer was supposed to come at %s and I waited %s" %
                          (t, rng.choice(["forty five minutes", "3 hours", "two and a half hours", "90 minutes"]))),
                     turn("agent", "I'm sorry about that I can rebook for %s between 8 and 12" % rng.choice(["Tuesday", "the 14th", "next Monday"]))],
        "call/utilities: times, durations, appointment dates")


def n_order(rng):
    w = rng.choice(["order number", "reference", "ticket number", "case number", "invoice number", "claim number"])
    num = digits(rng, rng.choice([6, 7, 8, 9, 10]), "123456789")
    spoken = rng.choice([num, digit_words(num, rng), say_groups([num[:3], num[3:]], rng, "US", mode="mixed")])
    add("negative", [turn("agent", "can I take the %s" % w), turn("customer", "yeah it's %s" % spoken),
                     turn("agent", "thanks I've got that %s here" % w)],
        "call/%s: %s (%d digits) with its reference word" % (pick(rng, IND_UK), w, len(num)))


def n_order_chat(rng):
    w = rng.choice(["Order #", "Ref: ", "Ticket ", "INV-", "Booking ref "])
    num = digits(rng, rng.choice([5, 7, 8, 10]), "123456789")
    add("negative", [turn("customer", "Hi, %s%s still hasn't arrived, it was meant to come on %s" % (w, num, rng.choice(["the 3rd", "12/05", "Friday"])))],
        "chat/retail: order/reference number typed")


def n_flight(rng):
    f = rng.choice(["BA 287", "EI 154", "flight one five four", "FR 8312", "UA 901", "ryanair four four one two"])
    add("negative", [turn("customer", "I was on %s on the %s and it was delayed %s" % (f, rng.choice(["14th of June", "3rd", "twenty first"]),
                                                                                      rng.choice(["five hours", "3 hours 20", "ninety minutes"]))),
                     turn("agent", "okay and how many passengers were on the booking"), turn("customer", rng.choice(["four", "2 adults and 3 kids", "just the one"]))],
        "call/travel: flight number, dates, durations, counts")


def n_room(rng):
    add("negative", [turn("customer", "we're in room %s and the air con is stuck at %s" % (rng.choice(["412", "four twelve", "1108", "twenty two"]),
                                                                                         rng.choice(["30 degrees", "thirty one degrees", "eighty six fahrenheit"])))],
        "call/travel: room number, temperature")


def n_model(rng):
    m = rng.choice(["KDL-55X9000", "model 4411 2010", "SM-G991B", "the x one thousand", "WM 8514 series", "iPhone 15"])
    add("negative", [turn("customer", "it's the %s I bought for %s in %s" % (m, rng.choice(["$899", "six hundred pounds", "€450"]),
                                                                            rng.choice(["2023", "twenty twenty two", "March"])))],
        "call/retail: model numbers, price, year")


def n_meter(rng):
    r = rng.choice(["four five two one seven", "45217", "0 3 8 8 1", "twelve thousand four hundred and six", "8841 2"])
    add("negative", [turn("agent", "can I take a meter reading"), turn("customer", "yeah the gas is %s and electric is %s" %
                                                                       (r, rng.choice(["03921", "nine eight seven six five", "21004"])))],
        "call/utilities: meter readings read as digits")


def n_speed(rng):
    add("negative", [turn("customer", "I'm paying for %s and getting %s, the router's been red since %s" %
                          (rng.choice(["900 meg", "five hundred megabits", "1 gig", "a hundred and fifty meg"]),
                           rng.choice(["like 12", "eight point five", "4.2 mbps", "about twenty"]), rng.choice(["6:15", "Tuesday", "yesterday at 3"])))],
        "call/telecom: broadband speeds and times")


def n_percent(rng):
    add("negative", [turn("agent", "the rate goes from %s to %s from %s" % (rng.choice(["4.9%", "three point nine percent", "19.9 percent"]),
                                                                            rng.choice(["6.25%", "seven percent", "21 percent"]),
                                                                            rng.choice(["the 1st of April", "January 2025", "next month"]))),
                     turn("customer", "that's an increase of %s a month isn't it" % rng.choice(["$35", "about forty quid", "12 euro"]))],
        "call/banking: percentages, effective dates, amounts")


def n_age_year(rng):
    add("negative", [turn("customer", "my son is %s and he's been on my plan since %s, we've had %s lines for %s years" %
                          (rng.choice(["17", "seventeen", "twelve", "9"]), rng.choice(["2019", "twenty eighteen", "two thousand and fifteen"]),
                           rng.choice(["three", "4", "five"]), rng.choice(["six", "10", "eleven"])))],
        "call/telecom: ages, years, counts")


def n_appt(rng):
    add("negative", [turn("agent", "your appointment is on the %s of %s at %s" % (rng.choice(["fourteenth", "3rd", "twenty second", "1st"]),
                                                                               rng.choice(MONTHS), rng.choice(["9:40", "two fifteen", "10 a.m."]))),
                     turn("customer", "can we move it to %s" % rng.choice(["the 17th", "March 3rd 2025", "06/11/2025", "the following week"]))],
        "call/healthcare billing: appointment dates, not birth dates")


def n_contract(rng):
    add("negative", [turn("customer", "the contract started %s and it's %s months, I paid %s upfront" %
                          (rng.choice(["on 03/06/2021", "the third of june twenty twenty one", "June 2021", "12.09.2022"]),
                           rng.choice(["24", "eighteen", "36"]), rng.choice(["$120", "ninety nine pounds", "€60"])))],
        "call/telecom: contract start date and term")


def n_payment_date(rng):
    add("negative", [turn("customer", "the payment of %s went out on %s but you charged me again on %s" %
                          (rng.choice(["72.50", "seventy two fifty", "$310.16", "£1,042"]), rng.choice(["the 4th", "October 2nd", "2/10/2024"]),
                           rng.choice(["the 9th", "October 9th", "9/10/2024"])))],
        "call/banking: payment dates and amounts")


def n_quantity(rng):
    add("negative", [turn("customer", "I ordered %s boxes of %s and got %s, each one is %s" %
                          (rng.choice(["three", "12", "forty"]), rng.choice(["twelve", "24", "six"]), rng.choice(["two", "10", "thirty six"]),
                           rng.choice(["500 grams", "two kilos", "1.5 litres"])))],
        "chat/retail: quantities and weights")


def n_spoken_balance(rng):
    a = rng.randint(1000, 9999)
    add("negative", [turn("agent", "your balance is %s %s and %s" % (num_words(a // 100 // 10 if False else a // 1000) + " thousand " +
                                                                       num_words(a % 1000) if a % 1000 else num_words(a // 1000) + " thousand",
                                                                       rng.choice(["pounds", "dollars", "euro"]), rng.choice(["forty pence", "twelve cents", "nothing"])))],
        "call/banking: account balance in words")


def n_itn_numbers(rng):
    add("negative", [turn("customer", "Yeah, so I've called like %s times, 1st on the %s then %s, and I've been on hold %s each time." %
                          (rng.choice(["4", "five", "10"]), rng.choice(["2nd", "twelfth", "21st"]), rng.choice(["Monday", "the 5th", "yesterday"]),
                           rng.choice(["45 minutes", "an hour", "20 mins"]))),
                     turn("agent", "I do apologise, I can see %s previous contacts" % rng.choice(["3", "four", "6"]))],
        "call/telecom: Whisper-style ITN ordinals, counts, durations")


def n_tracking_chat(rng):
    add("negative", [turn("customer", "tracking says out for delivery since %s, parcel weight %s, %s of %s items" %
                          (rng.choice(["08:12", "7am", "yesterday 16:40"]), rng.choice(["2.3kg", "12 lb"]), rng.choice(["2", "1"]), rng.choice(["3", "4"]))),
                     turn("agent", "I'm sorry, the courier has it scheduled for %s" % rng.choice(["today before 6pm", "Thursday", "the 18th"]))],
        "chat/retail: delivery times, weights, counts")


def n_company_hours(rng):
    add("negative", [turn("agent", "our lines are open %s to %s %s, and the %s tariff is %s a month" %
                          (rng.choice(["8", "eight", "9am"]), rng.choice(["8", "six", "5:30pm"]), rng.choice(["Monday to Friday", "seven days a week"]),
                           rng.choice(["Unlimited 5G", "Essentials 30", "Family 4"]), rng.choice(["$45", "twenty five pounds", "€39.99"])))],
        "call/telecom: opening hours, tariff names with numbers, prices")


def n_dosage(rng):
    add("negative", [turn("customer", "the bill says %s for %s sessions and %s units at %s each" %
                          (rng.choice(["$1,420", "eleven hundred dollars"]), rng.choice(["six", "12"]), rng.choice(["forty", "30"]), rng.choice(["$35", "thirty five dollars"])))],
        "call/healthcare billing: bill amounts and counts")


def n_score_misc(rng):
    add("negative", [turn("customer", "I'm on %s percent battery, the phone is %s years old and I've got %s gig left" %
                          (rng.choice(["12", "five", "90"]), rng.choice(["two", "3"]), rng.choice(["1.5", "four", "twenty"])))],
        "call/telecom: battery, age of device, data allowance")


def n_dob_lookalike(rng):
    add("negative", [turn("agent", "the policy renews on %s and the excess is %s" %
                          (rng.choice(["14/03/2026", "the fourteenth of march twenty twenty six", "March 14th, 2026"]), rng.choice(["£250", "two hundred fifty dollars"]))),
                     turn("customer", "and it started %s yeah" % rng.choice(["on 14/03/2025", "last march", "the 14th of March 2025"]))],
        "call/insurance: renewal/start dates (not birth dates)")


def n_card_last_digits_amount(rng):
    add("negative", [turn("agent", "the refund of %s will go back within %s working days" %
                          (rng.choice(["$19.99", "forty nine ninety nine", "€12"]), rng.choice(["3 to 5", "five to seven", "10"]))),
                     turn("customer", "great and that's reference %s" % digits(rng, 8, "123456789"))],
        "call/retail: refund amount, working days, reference number")


def n_speed_limit(rng):
    add("negative", [turn("customer", "the fine says I did %s in a %s zone at %s on the M%s" %
                          (rng.choice(["37", "forty one", "52"]), rng.choice(["30", "thirty", "40"]), rng.choice(["7:52pm", "ten past eight"]), rng.choice(["6", "25", "62"])))],
        "call/government services: speeds, times, road numbers")


def n_years_long(rng):
    add("negative", [turn("customer", "I've been a customer since %s, that's %s years, and my last bill was %s" %
                          (rng.choice(["1998", "nineteen ninety eight", "two thousand and four"]), rng.choice(["25", "twenty"]), rng.choice(["$102.30", "a hundred and two pounds thirty"])))],
        "call/utilities: years, duration and amount")


def n_ref_split(rng):
    w = rng.choice(["booking reference", "case number", "order number", "ticket number"])
    num = digits(rng, rng.choice([7, 8, 9, 10]), "123456789")
    turns = [turn("agent", "do you have the %s there" % w), turn("customer", "yeah the %s is %s" % (w, digit_words(num[:4], rng)))]
    turns.append(turn("agent", pick(rng, BACK)))
    turns.append(turn("customer", say_groups([num[4:]], rng, "US", mode=rng.choice(["words", "itn"]))))
    add("negative", turns, "call/%s: %s (%d digits) split over two turns with back-channel" % (pick(rng, IND_UK), w, len(num)))


def n_tracking(rng):
    num = digits(rng, rng.choice([9, 10]), "123456789")
    add("negative", [turn("customer", "the tracking number is %s and it says it'll arrive by %s" % (rng.choice([num, say_groups([num[:5], num[5:]], rng, "UK", mode="mixed")]),
                                                                                                   rng.choice(["5pm", "Thursday the 9th", "noon"])))],
        "call/retail: tracking number with its reference word")


NEG_TEMPLATES = [(n_ref_split, 5), (n_tracking, 3),
    (n_amount, 6), (n_time, 5), (n_order, 10), (n_order_chat, 5), (n_flight, 5), (n_room, 4), (n_model, 4),
    (n_meter, 5), (n_speed, 4), (n_percent, 4), (n_age_year, 4), (n_appt, 5), (n_contract, 4), (n_payment_date, 4),
    (n_quantity, 3), (n_spoken_balance, 3), (n_itn_numbers, 5), (n_tracking_chat, 3), (n_company_hours, 3),
    (n_dosage, 3), (n_score_misc, 3), (n_dob_lookalike, 4), (n_card_last_digits_amount, 3), (n_speed_limit, 3),
    (n_years_long, 3),
]


def build():
    CASES_OUT.clear()
    GROUPS.clear()
    GROUP_CANON.clear()
    COUNTERS["positive"] = COUNTERS["negative"] = 0
    _gid[0] = 0
    R.seed(SEED)
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            fn(R)
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            fn(R)
    return CASES_OUT


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    c = {t: 0 for t in TYPES}
    for case in cases:
        for s in case["spans"]:
            c[s["type"]] += 1
    return c


def readme(cases):
    c = counts(cases)
    pos = sum(1 for x in cases if x["kind"] == "positive")
    neg = len(cases) - pos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# PII hold-out set h305 (ASR / Whisper-style emphasis)

**Never use this set for tuning.** It is a held-out evaluation set; do not adjust rules, thresholds or
models to pass individual cases here.

## Who wrote it and how

Written by an AI helper acting as an independent author, who did not see the redaction code, its tests,
its docs or any other fixture set (only a 3-line example of the JSONL format). All cases are produced by
`scripts/make_pii_holdout305.py` from template functions; every turn is assembled from plain-text
segments and labelled value segments, so offsets are computed, never typed. All values come from one
seeded `random.Random(%d)`; the output is byte-for-byte reproducible. `--check` regenerates the set,
compares it with the file, and validates offsets, word boundaries, overlaps and every value (Luhn,
mod-97, NI shape, digit counts, postcode shapes) after normalising spoken forms.

Emphasis: phone calls as a speech recogniser writes them — partial inverse text normalisation (some
groups as numerals, others as words in the same reading), odd capitalisation/punctuation, digit
homophones (`for`, `to`, `too`, `ate`, `won`), letter homophones (`see`, `jay`, `why`, `double u`,
`zed`), NATO / "b for bravo" spelling, doubles/triples, pairs ("forty one eleven"), values split across
turns with back-channels, agent read-backs, self-corrections — plus typed chat.

## Annotation conventions

* A span covers the value only, from its first to its last character/word: lead-ins ("it's", "my number
  is", "um") and trailing fillers are outside. Filler or separator words *inside* a reading (", ", " - ",
  "dash", "slash") are inside the span.
* Values split over several turns: each customer turn's piece is its own span with the value's type.
* Agent read-backs of a value are labelled too.
* Self-corrections: an abandoned partial reading (e.g. first digits of an old phone number, or the last
  four of an SSN) is labelled with the same type as the full value.
* `X for word` spellings (e.g. "b for bravo") are wholly inside the span.
* CVV and EXPIRY are labelled only where context (card payment) makes them card data.
* DOB spans include "the"/"of" inside spoken dates ("the fourteenth of march nineteen eighty two").
* ADDRESS = flat/unit + house number + street name; town is not labelled; postcode/ZIP is a separate
  POSTCODE span. Emails include local part, "at", domain.
* International phone prefixes ("plus four four", "+353", "double oh one") are inside PHONE.
* Negatives contain amounts, times, durations, counts, years, ages, percentages, non-birth dates,
  order/ticket/claim/invoice references (up to 10 digits, with their reference word), flight/room/model
  numbers, meter readings, speeds, temperatures and balances; nothing in them may be redacted.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, pos, neg, rows)


def check(cases, text_on_disk):
    problems = []
    if text_on_disk != serialise(cases):
        problems.append("cases.jsonl differs from regenerated output (or missing)")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s positive without spans" % c["id"])
        per_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s bad type" % c["id"])
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s bad turn" % c["id"])
                continue
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append("%s offsets out of range" % c["id"])
                continue
            if s["start"] > 0 and t[s["start"] - 1].isalnum() and t[s["start"]].isalnum():
                problems.append("%s span start not on word boundary" % c["id"])
            if s["end"] < len(t) and t[s["end"]].isalnum() and t[s["end"] - 1].isalnum():
                problems.append("%s span end not on word boundary" % c["id"])
            seg = t[s["start"]:s["end"]]
            if seg != seg.strip() or not seg[0].isalnum() and seg[0] not in "+(" or not seg[-1].isalnum() and seg[-1] not in ")":
                problems.append("%s span has loose edges %r" % (c["id"], seg))
            per_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in per_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append("%s overlapping spans" % c["id"])
    for cid, typ, raws, canon, partial in GROUPS:
        ok, n = check_value(typ, " ".join(raws), canon, partial)
        if not ok:
            problems.append("%s invalid %s: %r -> %r (canon %r)" % (cid, typ, raws, n, canon))
    # group canon for split values
    cnt = counts(cases)
    pos = sum(1 for x in cases if x["kind"] == "positive")
    neg = len(cases) - pos
    if pos < 170 or neg < 100:
        problems.append("too few cases pos=%d neg=%d" % (pos, neg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
    return problems, cnt, pos, neg


def main():
    cases = build()
    # attach canonical values of split groups (set during build) to GROUPS
    fixed = []
    for cid, typ, raws, canon, partial in GROUPS:
        fixed.append((cid, typ, raws, canon, partial))
    if "--check" in sys.argv:
        disk = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
        problems, cnt, pos, neg = check(cases, disk)
        if README.exists() and README.read_text(encoding="utf-8") != readme(cases):
            problems.append("README.md differs from regenerated output")
        print("positives=%d negatives=%d cases=%d" % (pos, neg, len(cases)))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems:
            print("PROBLEM:", p)
        print("CHECK %s (%d problems)" % ("OK" if not problems else "FAILED", len(problems)))
        sys.exit(1 if problems else 0)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(serialise(cases), encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()

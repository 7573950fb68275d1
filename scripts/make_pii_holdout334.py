#!/usr/bin/env python3
"""Generate the pii_holdout334 held-out PII evaluation set.

Usage:
  python3 scripts/make_pii_holdout334.py          # write cases.jsonl
  python3 scripts/make_pii_holdout334.py --check  # regenerate and validate

Written by an independent test author (AI helper) without seeing the
redaction engine. Standard library only; one RNG: random.Random(334241125).
"""
import json
import os
import re
import sys
import random
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout334", "cases.jsonl")

R = random.Random(334241125)

# ---------------------------------------------------------------- numbers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZERO_WORDS = ["oh", "o", "nought", "zero"]
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_BY_LETTER = {}
for _w, _l in NATO.items():
    NATO_BY_LETTER.setdefault(_l, _w)
NATO_BY_LETTER["X"] = "x-ray"
INFORMAL = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward", "F": "freddie",
            "G": "george", "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother",
            "N": "nancy", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william",
            "X": "x-ray", "Y": "yellow", "Z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MONTH_ABBR["sept"] = 9
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordinal_words(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    return TENS[n // 10] + " " + ORD[n % 10]


def ordinal_suffix(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def two_digit_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def cardinal(n):
    if n < 100:
        return two_digit_words(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if r == 0 else " and " + two_digit_words(r))
    t, r = divmod(n, 1000)
    s = cardinal(t) + " thousand"
    if r:
        s += (" and " if r < 100 else " ") + cardinal(r)
    return s


def year_words(y, rng):
    if 2000 <= y <= 2009:
        return rng.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000],
                           "twenty oh " + UNITS[y - 2000]])
    a, b = divmod(y, 100)
    return two_digit_words(a) + " " + (("oh " + UNITS[b]) if b < 10 else two_digit_words(b))


# ---------------------------------------------------------------- normalisers
TOK = re.compile(r"\d+|[a-z]+|[+@._\-/,]")


def _tok(text):
    return TOK.findall(text.lower().replace("x-ray", "xray"))


def norm_digits(text, alnum=False):
    """Spoken/typed digits (and letters when alnum) -> canonical string, None if unparsable."""
    toks = _tok(text)
    out = []
    i = 0

    def unit(t):
        if t in ZERO_WORDS and not (alnum and t == "o"):
            return 0
        if t in UNITS[1:]:
            return UNITS.index(t)
        return None

    def two(i):
        """parse a 1-2 digit spoken number at i -> (string, next_i) or None"""
        t = toks[i]
        if t in TEENS:
            return str(10 + TEENS.index(t)), i + 1
        if t in TENS[2:]:
            v = TENS.index(t)
            if i + 1 < len(toks) and unit(toks[i + 1]) not in (None, 0) and toks[i + 1] not in ZERO_WORDS:
                return "%d%d" % (v, unit(toks[i + 1])), i + 2
            return "%d0" % v, i + 1
        u = unit(t)
        if u is not None:
            return str(u), i + 1
        return None

    while i < len(toks):
        t = toks[i]
        if t in FILLERS or t in (",", "-", "/", ".", "and"):
            i += 1
            continue
        if t == "+" or t == "plus":
            out.append("+")
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < len(toks):
            n = 2 if t == "double" else 3
            nx = toks[i + 1]
            u = unit(nx)
            if u is not None:
                out.append(str(u) * n)
            elif alnum and len(nx) == 1 and nx.isalpha():
                out.append(nx.upper() * n)
            elif alnum and nx in NATO:
                out.append(NATO[nx] * n)
            else:
                return None
            i += 2
            continue
        u = unit(t)
        if u is not None and i + 1 < len(toks) and toks[i + 1] == "hundred":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and two(j) is not None and toks[j] not in ZERO_WORDS:
                s, j2 = two(j)
                out.append("%d%02d" % (u, int(s)))
                i = j2
            else:
                out.append("%d00" % u)
                i += 2
            continue
        if u is not None and i + 1 < len(toks) and toks[i + 1] == "thousand":
            out.append(str(u))
            out.append("000")
            i += 2
            continue
        if t in TEENS or t in TENS[2:]:
            s, i = two(i)
            out.append(s)
            continue
        if u is not None:
            out.append(str(u))
            i += 1
            continue
        if alnum:
            if t in NATO:
                out.append(NATO[t])
                i += 1
                continue
            if len(t) == 1 and t.isalpha():
                # "j for juliet" / "j as in juliet" / "b for bob"
                if i + 2 < len(toks) and toks[i + 1] == "for":
                    i += 3
                elif i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
                    i += 4
                else:
                    i += 1
                out.append(t.upper())
                continue
            if t.isalnum():
                out.append(t.upper())
                i += 1
                continue
        return None
    s = "".join(out)
    # "two thousand and three" style: fold "2","000","3" -> 2003
    return s


def fold_thousands(text):
    return text


def norm_email(text):
    toks = re.findall(r"[a-z0-9]+|[@._\-+]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            i += 1
            continue
        if t == "dot" or t == "period":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in UNITS[1:] or t in ("zero", "oh", "nought") or t in TEENS or t in TENS[2:] or t == "double":
            j = i
            while j < len(toks) and (toks[j] in UNITS or toks[j] in ("oh", "nought", "double")
                                     or toks[j] in TEENS or toks[j] in TENS[2:]):
                j += 1
            d = norm_digits(" ".join(toks[i:j]))
            if d is None:
                return None
            out.append(d)
            i = j
            continue
        else:
            out.append(t)
        i += 1
    return "".join(out)


def parse_date(text):
    """Return a set of candidate (d, m, y) tuples (d may be None for expiry)."""
    toks = _tok(text)
    month = None
    rest = []
    for t in toks:
        if t in MONTHS:
            month = MONTHS.index(t) + 1
        elif t in MONTH_ABBR and t not in ("may",):
            month = MONTH_ABBR[t]
        elif t in ("st", "nd", "rd", "th", "the", "of") or t in FILLERS:
            continue
        else:
            rest.append(t)
    # split rest into comma/slash-separated number phrases, ordinals become numbers
    phrases = [[]]
    for t in rest:
        if t in (",", "/", "-", "."):
            phrases.append([])
        else:
            phrases[-1].append(t)
    nums = []
    for ph in phrases:
        k = 0
        while k < len(ph):
            t = ph[k]
            if t.isdigit():
                nums.append(t)
                k += 1
                continue
            # ordinals
            if t in ORD[1:] or t in ("thirtieth", "twentieth"):
                nums.append(str(ORD.index(t)) if t in ORD else "30")
                k += 1
                continue
            if t in TENS[2:] and k + 1 < len(ph) and ph[k + 1] in ORD[1:10]:
                nums.append(str(TENS.index(t) * 10 + ORD.index(ph[k + 1])))
                k += 2
                continue
            # year phrases: compound followed by compound/"oh x"
            if t in TEENS or t in TENS[2:]:
                j = k + 1
                if t in TENS[2:] and j < len(ph) and ph[j] in UNITS[1:]:
                    j += 1
                a = norm_digits(" ".join(ph[k:j]))
                if j < len(ph) and (ph[j] in TEENS or ph[j] in TENS[2:] or ph[j] in ("oh", "nought")):
                    j2 = j + 1
                    if j2 < len(ph) and ph[j2] in UNITS[1:]:
                        j2 += 1
                    b = norm_digits(" ".join(ph[j:j2]))
                    if b is not None and len(b) == 2:
                        nums.append(a + b)
                        k = j2
                        continue
                nums.append(a)
                k = j
                continue
            if t == "two" and k + 1 < len(ph) and ph[k + 1] == "thousand":
                j = k + 2
                if j < len(ph) and ph[j] == "and":
                    j += 1
                if j < len(ph):
                    nums.append(str(2000 + int(norm_digits(ph[j]))))
                    k = j + 1
                else:
                    nums.append("2000")
                    k = j
                continue
            # run of single digits
            j = k
            while j < len(ph) and (ph[j] in UNITS or ph[j] in ZERO_WORDS or ph[j] == "double"):
                j += 1
                if ph[j - 1] == "double":
                    j += 1
            if j > k:
                d = norm_digits(" ".join(ph[k:j]))
                if d is None:
                    return set()
                nums.append(d)
                k = j
                continue
            return set()
    cands = set()
    if len(nums) == 1 and month is None:
        s = nums[0]
        if len(s) == 6:
            nums = [s[:2], s[2:4], s[4:]]
        elif len(s) == 8:
            nums = [s[:2], s[2:4], s[4:]]
        elif len(s) == 4:
            nums = [s[:2], s[2:]]
    if month is not None:
        if len(nums) == 2:
            for d, y in ((nums[0], nums[1]), (nums[1], nums[0])):
                cands.add((int(d), month, y))
        elif len(nums) == 1:
            cands.add((None, month, nums[0]))
    else:
        if len(nums) == 3:
            a, b, c = nums
            cands.add((int(a), int(b), c))
            cands.add((int(b), int(a), c))
            cands.add((int(c), int(b), a))
        elif len(nums) == 2:
            cands.add((None, int(nums[0]), nums[1]))
    return cands


def date_matches(text, d, m, y):
    for cd, cm, cy in parse_date(text):
        if cm != m or cd != d:
            continue
        if cy == str(y) or (len(cy) == 2 and int(cy) == y % 100):
            return True
    return False


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    lens = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "BE": 16}
    if lens.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
ZIP_RE = re.compile(r"\d{5}(\d{4})?")
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "drive", "dr",
                "way", "crescent", "terrace", "place", "court", "gardens", "grove", "boulevard",
                "blvd", "hill", "row", "square", "parade", "walk", "mews", "park"}


def canon_valid(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return (v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
                and v[3:5] != "00" and v[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        d = v.lstrip("+")
        return d.isdigit() and 9 <= len(d) <= 15 and (v[0] == "+" or v[0] == "0" or len(d) == 10)
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)*\.[a-z]{2,}", v))
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(v) or ZIP_RE.fullmatch(v))
    if typ in ("DOB", "EXPIRY"):
        d, m, y = v
        try:
            datetime.date(y, m, d or 1)
        except ValueError:
            return False
        return (1920 <= y <= 2010) if typ == "DOB" else (2024 <= y <= 2035 and d is None)
    if typ == "ADDRESS":
        return True
    return False


def normalise(typ, text):
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return norm_digits(text, alnum=True)
    if typ == "EMAIL":
        return norm_email(text)
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        return text
    return norm_digits(text)


def address_ok(text):
    toks = _tok(text)
    if not toks:
        return False
    first = toks[0]
    numish = first.isdigit() or first in UNITS or first in TEENS or first in TENS or first in (
        "flat", "apartment", "apt", "unit", "suite")
    return numish and any(t in STREET_WORDS for t in toks)


# ---------------------------------------------------------------- value makers
def make_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        p, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        p, n = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(4)), 16
    elif kind == "amex":
        p, n = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(4)), 15
    elif kind == "disc":
        p, n = "6011" + "".join(rng.choice("0123456789") for _ in range(2)), 16
    elif kind == "visa13":
        p, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 13
    else:
        p, n = "6759" + "".join(rng.choice("0123456789") for _ in range(2)), 19
    body = p + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(p)))
    return luhn_complete(body)


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


def iban_from(cc, bban):
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return "%s%02d%s" % (cc, 98 - num % 97, bban)


def make_iban(rng):
    cc = rng.choice(["GB", "GB", "IE", "DE", "FR", "ES", "NL"])
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    elif cc == "ES":
        bban = dg(20)
    else:
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    return iban_from(cc, bban)


def make_uk_postcode(rng):
    area = rng.choice(["SW", "NW", "SE", "E", "N", "W", "M", "B", "LS", "BS", "CF", "NR", "SN", "LE", "DE",
                       "BA", "YO", "G", "EH", "BT", "CR", "DN", "OX", "CB", "RG", "L", "S", "NE", "PL", "EC"])
    if area in ("SW", "EC", "W") and rng.random() < 0.3:
        out = area + str(rng.randint(1, 9)) + rng.choice("ABCHPVXY")
    else:
        out = area + str(rng.randint(1, 28))
    return out + str(rng.randint(0, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")


def make_zip(rng):
    z = "%05d" % rng.randint(1001, 99950)
    if rng.random() < 0.3:
        z += "%04d" % rng.randint(1, 9999)
    return z


STREETS = ["High Street", "Station Road", "Mill Lane", "Church Street", "Victoria Road", "Park Avenue",
           "Oak Close", "Meadow Way", "Kings Crescent", "Albert Terrace", "Maple Drive", "Elm Grove",
           "Quarry Hill", "Orchard Gardens", "Fitzwilliam Place", "Main Street", "Elm Street",
           "Sunset Boulevard", "Lakeview Drive", "Harbour Row", "Beech Court", "Willow Walk"]
TOWNS_UK = ["Leeds", "Bristol", "Norwich", "Cardiff", "Swindon", "Leicester", "Derby", "Bath", "York"]
TOWNS_US = ["Springfield", "Dayton", "Tulsa", "Fresno", "Boise", "Omaha", "Tucson", "Albany"]
FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "tom", "grace", "liam", "olu", "kasia",
         "dave", "niamh", "carlos", "emma", "wei", "hannah", "sean", "fatima"]
LAST = ["smith", "okafor", "byrne", "patel", "nowak", "jones", "murphy", "garcia", "chen", "khan",
        "walsh", "taylor", "obrien", "evans", "silva", "hughes"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "example.org", "proton.me", "aol.com"]


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, rng.randint(1, 99)),
                        "%s%d" % (l, rng.randint(60, 99)), "%s.%s%d" % (f[0], l, rng.randint(1, 9))])
    return local + "@" + rng.choice(DOMAINS)


def make_phone(rng):
    k = rng.choice(["ukmob", "ukmob", "ukland", "ukintl", "us", "usintl", "ie", "ieintl", "de"])
    if k == "ukmob":
        return "07700900%03d" % rng.randint(0, 999)
    if k == "ukland":
        return rng.choice(["0113496", "0117496", "0161496", "0207946"]) + "%04d" % rng.randint(0, 9999)
    if k == "ukintl":
        return "+447700900%03d" % rng.randint(0, 999)
    if k == "us":
        return "%03d555%04d" % (rng.choice([212, 312, 415, 617, 702, 503]), rng.randint(100, 199))
    if k == "usintl":
        return "+1%03d555%04d" % (rng.choice([212, 312, 415, 617]), rng.randint(100, 199))
    if k == "ie":
        return "08%d%07d" % (rng.choice([3, 5, 6, 7]), rng.randint(0, 9999999))
    if k == "ieintl":
        return "+3538%d%07d" % (rng.choice([3, 5, 7]), rng.randint(0, 9999999))
    return "+4915%d%08d" % (rng.randint(1, 9), rng.randint(0, 99999999))


def make_dob(rng):
    y = rng.randint(1938, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return (d, m, y)


# ---------------------------------------------------------------- renderers
def say_unit(ch, rng, zero=None):
    if ch == "0":
        return zero or rng.choice(ZERO_WORDS)
    return UNITS[int(ch)]


def say_single(chunk, rng, doubles=True, alnum=False):
    zero = rng.choice(["oh", "zero", "nought"]) if alnum else rng.choice(ZERO_WORDS)
    words = []
    i = 0
    while i < len(chunk):
        c = chunk[i]
        run = 1
        while i + run < len(chunk) and chunk[i + run] == c:
            run += 1
        if doubles and run >= 3 and rng.random() < 0.6:
            words.append("triple " + say_unit(c, rng, zero))
            i += 3
        elif doubles and run >= 2 and rng.random() < 0.6:
            words.append("double " + say_unit(c, rng, zero))
            i += 2
        else:
            words.append(say_unit(c, rng, zero))
            i += 1
    return " ".join(words)


def say_pairs(chunk, rng):
    words = []
    for k in range(0, len(chunk), 2):
        p = chunk[k:k + 2]
        if len(p) == 1:
            words.append(say_unit(p, rng))
        elif p[0] == "0":
            words.append(rng.choice(["oh", "o"]) + " " + say_unit(p[1], rng))
        else:
            words.append(two_digit_words(int(p)))
    return " ".join(words)


def say_chunk(chunk, rng, alnum=False):
    opts = ["single", "single"]
    if not alnum and len(chunk) % 2 == 0:
        opts.append("pairs")
    if not alnum and len(chunk) == 3 and chunk[0] != "0" and chunk[1] != "0":
        opts.append("hundred")
    o = rng.choice(opts)
    if o == "pairs":
        return say_pairs(chunk, rng)
    if o == "hundred":
        return cardinal(int(chunk)) if rng.random() < 0.6 else cardinal(int(chunk)).replace(" and", "")
    return say_single(chunk, rng, alnum=alnum)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def say_digits(s, rng, sizes=None, filler=0.15, sep=None, alnum=False):
    """Spoken reading of digit string s, guaranteed to round-trip."""
    if sizes is None:
        sizes = [4] * 6
    parts = chunks(s, sizes)
    for _ in range(20):
        words = []
        for j, p in enumerate(parts):
            w = say_chunk(p, rng, alnum=alnum)
            if j and rng.random() < filler:
                w = rng.choice(["um", "uh", "er", "erm"]) + " " + w
            words.append(w)
        out = (sep or rng.choice([" ", ", ", " ", "... "])).join(words)
        if norm_digits(out, alnum=alnum) == s:
            return out
    out = " ".join(say_single(p, rng, doubles=False, alnum=alnum) for p in parts)
    assert norm_digits(out, alnum=alnum) == s, (s, out)
    return out


def typed_digits(s, rng, sizes=None):
    if sizes is None:
        sizes = [4] * 6
    sep = rng.choice([" ", "-", "", " ", ".", "  "])
    out = sep.join(chunks(s, sizes))
    return out


def say_letter(c, rng, style=None):
    style = style or rng.choice(["bare", "bare", "nato", "for", "asin", "informal"])
    lc = c.lower()
    if style == "nato":
        return NATO_BY_LETTER[c]
    if style == "for":
        return "%s for %s" % (lc, NATO_BY_LETTER[c])
    if style == "asin":
        return "%s as in %s" % (lc, NATO_BY_LETTER[c])
    if style == "informal" and c in INFORMAL:
        return "%s for %s" % (lc, INFORMAL[c])
    if lc == "o":
        return "o for oscar"
    return lc


def say_alnum(s, rng, filler=0.1):
    for _ in range(20):
        words = []
        i = 0
        while i < len(s):
            c = s[i]
            if c.isalpha():
                if i + 1 < len(s) and s[i + 1] == c and rng.random() < 0.5 and c != "O":
                    words.append("double " + c.lower())
                    i += 2
                else:
                    words.append(say_letter(c, rng))
                    i += 1
            else:
                j = i
                while j < len(s) and s[j].isdigit():
                    j += 1
                words.append(say_digits(s[i:j], rng, sizes=[rng.choice([2, 3, 6])] * 10, filler=0,
                                        sep=" ", alnum=True))
                i = j
            if rng.random() < filler and i < len(s):
                words.append(rng.choice(["um", "uh", "er"]))
        out = " ".join(words)
        if norm_digits(out, alnum=True) == s:
            return out
    raise AssertionError(s)


def spoken_email(e, rng):
    local, dom = e.split("@")

    def part(x):
        ws = []
        for seg in re.split(r"([._\-])", x):
            if seg == ".":
                ws.append("dot")
            elif seg == "_":
                ws.append("underscore")
            elif seg == "-":
                ws.append("dash")
            elif seg:
                m = re.fullmatch(r"([a-z]+)(\d*)", seg)
                word, num = m.group(1), m.group(2)
                if len(word) == 1 or (len(word) <= 5 and rng.random() < 0.25):
                    ws.append(" ".join(word))
                else:
                    ws.append(word)
                if num:
                    ws.append(say_digits(num, rng, sizes=[2, 2], filler=0, sep=" "))
        return " ".join(ws)
    return part(local) + rng.choice([" at ", " at ", " at uh "]) + part(dom)


def typed_email(e, rng):
    r = rng.random()
    if r < 0.25:
        return e.upper() if rng.random() < 0.3 else e[0].upper() + e[1:]
    return e


def typed_date(dmy, rng, us=False):
    d, m, y = dmy
    f = rng.choice(["slash", "slash", "dot", "dash", "iso", "words", "words2"])
    yy = str(y) if rng.random() < 0.7 else "%02d" % (y % 100)
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if f == "words":
        return "%s %s %d" % (ordinal_suffix(d) if rng.random() < 0.5 else str(d),
                              rng.choice([MONTHS[m - 1].capitalize(), MONTHS[m - 1][:3].capitalize()]), y)
    if f == "words2":
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    sep = {"slash": "/", "dot": ".", "dash": "-"}[f]
    a, b = (m, d) if us else (d, m)
    return "%02d%s%02d%s%s" % (a, sep, b, sep, yy) if rng.random() < 0.6 else "%d%s%d%s%s" % (a, sep, b, sep, yy)


def spoken_date(dmy, rng, us=False):
    d, m, y = dmy
    for _ in range(20):
        f = rng.choice(["ordof", "monthfirst", "digits", "cardinal"])
        yw = year_words(y, rng) if rng.random() < 0.7 else two_digit_words(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 10]
        if f == "ordof":
            s = "%s%s of %s %s" % (rng.choice(["the ", ""]), ordinal_words(d), MONTHS[m - 1], yw)
        elif f == "monthfirst":
            s = "%s %s, %s" % (MONTHS[m - 1], rng.choice([ordinal_words(d), two_digit_words(d)]), yw)
        elif f == "cardinal":
            s = "%s %s %s" % (two_digit_words(d), MONTHS[m - 1], yw)
        else:
            a, b = (m, d) if us else (d, m)
            s = "%s, %s, %s" % (say_single("%02d" % a, rng), say_single("%02d" % b, rng),
                                say_single("%02d" % (y % 100), rng) if rng.random() < 0.5 else yw)
        if rng.random() < 0.15:
            s = s.replace(" of ", " of um ", 1) if " of " in s else s
        if date_matches(s, d, m, y):
            return s
    raise AssertionError(dmy)


def typed_expiry(my, rng):
    m, y = my
    return rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                       "%d/%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].capitalize(), y)])


def spoken_expiry(my, rng):
    m, y = my
    for _ in range(20):
        f = rng.choice(["ohslash", "month", "digits"])
        if f == "ohslash":
            s = "%s %s %s" % (say_single("%02d" % m, rng), rng.choice(["slash", "", "over"]), two_digit_words(y % 100))
            s = s.replace("  ", " ")
        elif f == "month":
            s = "%s %s" % (MONTHS[m - 1], rng.choice([year_words(y, rng), two_digit_words(y % 100)]))
        else:
            s = say_single("%02d%02d" % (m, y % 100), rng)
        if any((cd, cm) == (None, m) and (cy == str(y) or (len(cy) == 2 and int(cy) == y % 100))
               for cd, cm, cy in parse_date(s.replace(" over ", " / ").replace(" slash ", " / "))):
            return s
    return "%02d/%02d" % (m, y % 100)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.groups = {}   # gid -> (type, canonical, mode)
        self.spans = []    # (turn, start, end, type, gid)

    def group(self, typ, canon, mode="full"):
        gid = len(self.groups)
        self.groups[gid] = (typ, canon, mode)
        return gid

    def say(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                val, gid = s
                typ = self.groups[gid][0]
                self.spans.append((len(self.turns), len(text), len(text) + len(val), typ, gid))
                text += val
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})

    def record(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": [{"turn": t, "start": a, "end": b, "type": ty} for t, a, b, ty, _ in self.spans],
                "note": self.note}


def cap(s):
    return s[0].upper() + s[1:] if s else s


INDUSTRIES = {
    "banking": ["Thanks for calling Northgate Bank, you're through to Dan.",
                "Hi, you're chatting with Amira from Harbour Savings."],
    "telecom": ["Welcome to Skyline Mobile, my name's Jess, how can I help?",
                "Hiya, Bright Broadband support, Connor speaking."],
    "utilities": ["Good morning, Emerald Energy, this is Siobhan.",
                  "Thank you for calling Tristate Water and Power."],
    "retail": ["Hi there, thanks for contacting ShopRight customer care.",
               "Hello, Parcel & Pine online orders, Rob speaking."],
    "insurance": ["Hello, you're through to Keystone Insurance claims.",
                  "Thanks for holding, Lighthouse Motor Insurance, Priya here."],
    "travel": ["Good afternoon, Aerlink reservations, this is Cian.",
               "Hi, Bluewave Holidays, how can I help today?"],
    "healthcare billing": ["Thank you for calling Mercy Health billing, this is Tonya.",
                           "Hello, Cedar Clinic patient accounts."],
    "government": ["Good morning, Revenue Services helpline, you're speaking to Gareth.",
                   "Hello, you've reached the benefits enquiry line."],
}
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got it", "yeah go ahead", "mm hmm", "sure"]


def opener(c, rng):
    ind = rng.choice(sorted(INDUSTRIES))
    c.say("agent", rng.choice(INDUSTRIES[ind]))
    return ind


def asr(rng):
    return rng.random() < 0.55


# ---------------------------------------------------------------- positive templates
def pos_card(rng):
    c = Case("positive", "")
    card = make_card(rng)
    spoken = asr(rng)
    sizes = [4, 6, 5] if len(card) == 15 else [4] * 5
    if len(card) == 15:
        sizes = rng.choice([[4, 6, 5], [4, 4, 4, 3]])
    opener(c, rng) if rng.random() < 0.5 else None
    style = rng.choice(["one", "split", "correction", "aside", "readback"]) if spoken else rng.choice(["one", "label", "odd"])
    g = c.group("CARD_NUMBER", card)
    if not spoken:
        c.note = "typed card number (%s)" % style
        if style == "odd":
            txt = typed_digits(card, rng, sizes=rng.choice([[3, 5, 4, 4], [6, 10], [8, 8], [5, 5, 5, 4]]))
        else:
            txt = typed_digits(card, rng, sizes=sizes)
        lead = rng.choice(["card no: ", "Card number - ", "cc# ", "my card is ", "Card: ", "pls use card ", "number on the card is "])
        c.say("customer", rng.choice(["", "Hi, ", "hello "]) + cap(lead) if rng.random() < 0.5 else lead, (txt, g),
              rng.choice([" thanks", "", ".", " ty", " - it's a debit card"]))
        if rng.random() < 0.6:
            em = (rng.randint(1, 12), rng.randint(2026, 2031))
            ge = c.group("EXPIRY", (None,) + em)
            parts = ["exp ", (typed_expiry(em, rng), ge)]
            if rng.random() < 0.6:
                cv = "".join(rng.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))
                gc = c.group("CVV", cv)
                parts += [rng.choice([" cvv ", " CVC: ", ", security code "]), (cv, gc)]
            c.say("customer", *parts)
        gl = c.group("CARD_NUMBER", card, "partial")
        c.say("agent", "Thanks, that's gone through. Your card ending ", (card[-4:], gl), " will be charged %s." % (
            rng.choice(["£49.99", "$120.00", "€35", "£7.50"])))
        return c
    c.note = "spoken card number (%s)" % style
    c.say("agent", rng.choice(["can i take the long number on the card please", "go ahead with the card number when you're ready",
                               "and the sixteen digits across the front of the card"]))
    parts = chunks(card, sizes)
    if style == "split":
        for k, p in enumerate(parts):
            c.say("customer", rng.choice(["", "", "uh ", "okay "]) if k else rng.choice(["it's ", "right it's ", ""]),
                  (say_digits(p, rng, sizes=[4]), g))
            if k < len(parts) - 1:
                c.say("agent", rng.choice(BACKCH))
        # each fragment is in the same group -> concatenation must equal card
    elif style == "correction":
        cut = rng.choice([4, 6, 8])
        gp = c.group("CARD_NUMBER", card, "partial")
        c.say("customer", "it's ", (say_digits(card[:cut], rng), gp), rng.choice([", no wait, sorry, let me start again, ", " - sorry hang on, i'll start over. "]),
              (say_digits(card, rng, sizes=sizes), g))
    elif style == "aside":
        a = len(sizes[0:2]) and sizes[0] + sizes[1]
        gp1 = g
        c.groups[g] = ("CARD_NUMBER", card, "full")
        c.say("customer", (say_digits(card[:a], rng, sizes=sizes[:2]), gp1),
              rng.choice([" - sorry, the dog's going mad - ", " hang on my glasses... right, ", " ... can you hear me ok? yeah, so "]),
              (say_digits(card[a:], rng, sizes=sizes[2:]), gp1))
    else:
        c.say("customer", rng.choice(["yeah it's ", "okay so ", ""]), (say_digits(card, rng, sizes=sizes), g))
    if rng.random() < 0.6:
        gr = c.group("CARD_NUMBER", card)
        c.say("agent", rng.choice(["let me read that back, ", "so that's ", "just to confirm, "]),
              (say_digits(card, rng, sizes=sizes, filler=0), gr), rng.choice([", is that right?", "?", " yeah?"]))
        c.say("customer", rng.choice(["yes", "that's it", "yep that's right"]))
    else:
        gl = c.group("CARD_NUMBER", card, "partial")
        c.say("agent", "lovely, so that's the card ending ", (say_digits(card[-4:], rng, sizes=[4], filler=0), gl),
              rng.choice([", and the expiry?", ", thank you"]))
    if rng.random() < 0.7:
        em = (rng.randint(1, 12), rng.randint(2026, 2031))
        ge = c.group("EXPIRY", (None,) + em)
        c.say("customer", rng.choice(["expiry is ", "it runs out ", "expires ", "um valid until "]), (spoken_expiry(em, rng), ge))
    if rng.random() < 0.6:
        cv = "".join(rng.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))
        gc = c.group("CVV", cv)
        c.say("agent", "and the three digit security code on the back?" if len(cv) == 3 else "and the four digit code on the front?")
        c.say("customer", rng.choice(["", "it's ", "uh "]), (say_digits(cv, rng, sizes=[len(cv)], filler=0), gc))
    return c


def pos_ssn(rng):
    c = Case("positive", "")
    s = make_ssn(rng)
    g = c.group("SSN", s)
    if rng.random() < 0.4:
        txt = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
        c.note = "typed SSN"
        c.say("agent", rng.choice(["For verification, what's your Social Security number?", "Can you confirm your SSN please."]))
        c.say("customer", rng.choice(["ssn: ", "SSN is ", "sure its ", "Social: ", "my social security no. "]), (txt, g),
              rng.choice(["", ".", " - and my member ID is MBR-20417", " thanks"]))
        return c
    c.note = "spoken SSN"
    opener(c, rng)
    c.say("agent", rng.choice(["and your social please", "can i get your social security number", "last thing, the social security number on the account"]))
    if rng.random() < 0.5:
        parts = [s[:3], s[3:5], s[5:]]
        for k, p in enumerate(parts):
            c.say("customer", rng.choice(["", "uh ", "okay "]), (say_digits(p, rng, sizes=[4]), g))
            if k < 2:
                c.say("agent", rng.choice(BACKCH))
    else:
        c.say("customer", rng.choice(["it's ", "yeah it's ", "", "sure, "]),
              (say_digits(s, rng, sizes=[3, 2, 4], filler=0.3), g))
    if rng.random() < 0.5:
        gr = c.group("SSN", s)
        c.say("agent", "okay i have ", (say_digits(s, rng, sizes=[3, 2, 4], filler=0), gr), ", correct?")
        c.say("customer", "correct")
    else:
        c.say("agent", "thank you, and i see the balance is %s" % rng.choice(["two hundred and forty dollars", "$1,208.55", "zero"]))
    return c


def pos_ni(rng):
    c = Case("positive", "")
    n = make_ni(rng)
    g = c.group("NI_NUMBER", n)
    if rng.random() < 0.4:
        f = rng.choice(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s"])
        txt = f % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
        if rng.random() < 0.3:
            txt = txt.lower()
        c.note = "typed NI number"
        c.say("customer", rng.choice(["NI no: ", "National Insurance: ", "my NI number is ", "NINO ", "ni num "]), (txt, g),
              rng.choice(["", " - is that what you need?", ". Ref for the claim is CLM 44821907"]))
        c.say("agent", "Thanks, I've found your record.")
        return c
    c.note = "spoken NI number"
    c.say("agent", rng.choice(["can you give me your national insurance number please", "what's your n i number"]))
    if rng.random() < 0.5:
        c.say("customer", rng.choice(["yeah it's ", "okay it's ", ""]), (say_alnum(n[:2], rng), g))
        c.say("agent", rng.choice(BACKCH))
        c.say("customer", (say_alnum(n[2:8], rng), g))
        c.say("agent", rng.choice(["and the letter at the end?", "mhm", "and the last letter"]))
        c.say("customer", rng.choice(["", "it's ", "uh "]), (say_alnum(n[8], rng), g))
    else:
        c.say("customer", rng.choice(["it's ", "right so it's ", ""]), (say_alnum(n, rng, filler=0.15), g))
    if rng.random() < 0.5:
        gr = c.group("NI_NUMBER", n)
        c.say("agent", "so that's ", (say_alnum(n, rng, filler=0), gr), "?")
        c.say("customer", "yes that's it")
    return c


def pos_bank(rng):
    c = Case("positive", "bank details")
    sc = "".join(rng.choice("0123456789") for _ in range(6))
    acct = "".join(rng.choice("0123456789") for _ in range(8))
    gs, ga = c.group("SORT_CODE", sc), c.group("BANK_ACCOUNT", acct)
    if rng.random() < 0.45:
        c.note = "typed sort code and account"
        sct = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.say("customer", rng.choice(["Sort code ", "s/c: ", "sort "]), (sct, gs),
              rng.choice([" acct no: ", ", account number ", " a/c "]), (typed_digits(acct, rng, sizes=[4, 4]), ga),
              rng.choice(["", " - please refund the £62.10 there", "."]))
        c.say("agent", "Thanks, the refund should arrive within 3-5 working days.")
        return c
    c.note = "spoken sort code and account"
    opener(c, rng)
    c.say("agent", "what's the sort code for the account")
    c.say("customer", rng.choice(["", "um it's ", "it's "]), (say_digits(sc, rng, sizes=[2, 2, 2], sep=rng.choice([" ", ", "])), gs))
    c.say("agent", rng.choice(["and the account number", "lovely, and the eight digit account number"]))
    if rng.random() < 0.5:
        c.say("customer", (say_digits(acct[:4], rng, sizes=[4]), ga))
        c.say("agent", rng.choice(BACKCH))
        c.say("customer", (say_digits(acct[4:], rng, sizes=[4]), ga))
    else:
        c.say("customer", rng.choice(["", "it's "]), (say_digits(acct, rng, sizes=[4, 4], filler=0.3), ga))
    if rng.random() < 0.4:
        gr = c.group("BANK_ACCOUNT", acct)
        c.say("agent", "okay, account ", (say_digits(acct, rng, sizes=[4, 4], filler=0), gr), ", that's been updated")
    return c


def pos_us_acct(rng):
    c = Case("positive", "US checking account number")
    acct = "".join(rng.choice("0123456789") for _ in range(rng.randint(9, 12)))
    g = c.group("BANK_ACCOUNT", acct)
    if rng.random() < 0.5:
        c.say("customer", rng.choice(["acct no: ", "Checking acct # ", "account number "]), (acct, g),
              rng.choice(["", " for the autopay", ". Amount $84.16"]))
    else:
        c.say("agent", "and what's the checking account number for the autopay")
        c.say("customer", "it's ", (say_digits(acct, rng, sizes=[3, 3, 3, 3], filler=0.2), g))
    c.say("agent", rng.choice(["Great, autopay is set for the 15th.", "got it, thank you"]))
    return c


def pos_iban(rng):
    c = Case("positive", "")
    iban = make_iban(rng)
    g = c.group("IBAN", iban)
    if rng.random() < 0.6:
        c.note = "typed IBAN"
        grp = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        txt = rng.choice([grp, iban, grp.lower(), grp.replace(" ", "-")])
        c.say("customer", rng.choice(["IBAN: ", "iban ", "Please send to IBAN ", "my IBAN is "]), (txt, g),
              rng.choice(["", " BIC NWBKGB2L", " - amount €240", "."]))
        c.say("agent", "Thanks, I've added the payee.")
        return c
    c.note = "spoken IBAN"
    c.say("agent", "can you read me the iban please")
    c.say("customer", rng.choice(["yeah it's ", "okay ", ""]), (say_alnum(iban, rng, filler=0.08), g))
    c.say("agent", rng.choice(["perfect", "thank you, that validates"]))
    return c


def pos_phone(rng):
    c = Case("positive", "")
    p = make_phone(rng)
    g = c.group("PHONE", p)
    if rng.random() < 0.45:
        c.note = "typed phone"
        if p.startswith("+"):
            txt = rng.choice([p, p[:3] + " " + p[3:7] + " " + p[7:], p[:3] + " (0)" + p[3:] if p.startswith("+44") else p])
            if "(0)" in txt:
                txt = p[:3] + " " + p[3:7] + " " + p[7:]
        elif len(p) == 10 and not p.startswith("0"):
            txt = rng.choice(["%s %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
        else:
            txt = rng.choice([p, p[:5] + " " + p[5:], p[:3] + " " + p[3:6] + " " + p[6:]])
        c.say("customer", rng.choice(["call me on ", "mob: ", "Tel. ", "best number is ", "ph# ", "contact no "]),
              (txt, g), rng.choice(["", " after 5pm", " (not the landline)", "."]))
        c.say("agent", "Thanks, we'll call between 9am and 1pm tomorrow.")
        return c
    c.note = "spoken phone"
    c.say("agent", rng.choice(["what's the best number to reach you on", "and a contact number"]))
    txt = p
    if p.startswith("+"):
        cc = {"+44": 2, "+1": 1, "+35": 3, "+49": 2}[p[:3] if p[:3] in ("+44", "+35", "+49") else "+1"]
        body = p[1 + cc:]
        spoken = rng.choice(["plus ", "plus "]) + say_digits(p[1:1 + cc], rng, sizes=[3], filler=0) + " " + say_digits(body, rng, sizes=[3, 3, 4], filler=0.15)
    else:
        spoken = say_digits(p, rng, sizes=[5, 3, 3] if p.startswith("07") else [3, 3, 4], filler=0.2)
    if rng.random() < 0.4:
        cut = len(spoken.split()) // 2
        w = spoken.split()
        first, second = " ".join(w[:cut]).rstrip(" .,"), " ".join(w[cut:]).lstrip(" .,")
        if norm_digits(first) and norm_digits(second) and norm_digits(first) + norm_digits(second) == p and not first.endswith(("double", "triple", "plus")) and first.split()[-1] not in TENS:
            c.say("customer", (first, g))
            c.say("agent", rng.choice(BACKCH))
            c.say("customer", (second, g))
            return c
    c.say("customer", rng.choice(["it's ", "yeah ", "", "mobile's "]), (spoken, g))
    if rng.random() < 0.4:
        gr = c.group("PHONE", p)
        c.say("agent", "that's ", (say_digits(p.lstrip("+") if not p.startswith("+") else p[1:], rng, filler=0) if not p.startswith("+") else spoken.replace(" um", "").replace(" uh", "").replace(" erm", "").replace(" er", ""), gr), "?")
        c.say("customer", "yeah")
    return c


def pos_email(rng):
    c = Case("positive", "")
    e = make_email(rng)
    g = c.group("EMAIL", e)
    if rng.random() < 0.45:
        c.note = "typed email"
        c.say("customer", rng.choice(["email: ", "pls send to ", "my e-mail is ", "Email address - ", "send the receipt to "]),
              (typed_email(e, rng), g), rng.choice(["", ".", " thx", " (work one)"]))
        c.say("agent", "Done - you should receive it within 10 minutes.")
        return c
    c.note = "spoken email"
    c.say("agent", "and what email should we send the confirmation to")
    c.say("customer", rng.choice(["it's ", "yeah it's ", "um ", ""]), (spoken_email(e, rng), g))
    if rng.random() < 0.4:
        gr = c.group("EMAIL", e)
        c.say("agent", "so ", (spoken_email(e, rng), gr), ", yeah?")
        c.say("customer", "that's right")
    return c


def pos_dob(rng):
    c = Case("positive", "")
    d = make_dob(rng)
    us = rng.random() < 0.3
    g = c.group("DOB", d)
    if rng.random() < 0.4:
        c.note = "typed DOB"
        c.say("customer", rng.choice(["DOB: ", "d.o.b ", "born ", "Date of birth - ", "my birthday is "]), (typed_date(d, rng, us), g),
              rng.choice(["", " if that helps", "."]))
    else:
        c.note = "spoken DOB"
        opener(c, rng)
        c.say("agent", rng.choice(["can you confirm your date of birth", "and your d o b please"]))
        c.say("customer", rng.choice(["yeah it's ", "", "um ", "it's "]), (spoken_date(d, rng, us), g))
        if rng.random() < 0.3:
            gr = c.group("DOB", d)
            c.say("agent", "thank you, so ", (spoken_date(d, rng, us), gr), ", and you're how old now, %d?" % (2026 - d[2]))
    c.say("agent", rng.choice(["Thanks, you're verified.", "perfect, that matches", "great, thanks for that"]))
    return c


def pos_address(rng):
    c = Case("positive", "")
    uk = rng.random() < 0.6
    num = rng.randint(1, 240)
    street = rng.choice(STREETS)
    flat = rng.random() < 0.25
    pc = make_uk_postcode(rng) if uk else make_zip(rng)
    town = rng.choice(TOWNS_UK if uk else TOWNS_US)
    if rng.random() < 0.5:
        c.note = "typed address"
        addr = ("Flat %d, " % rng.randint(1, 12) if flat else "") + "%d %s" % (num, street if rng.random() < 0.7 else street.lower())
        ga = c.group("ADDRESS", addr)
        pct = pc if not uk else rng.choice([pc[:-3] + " " + pc[-3:], pc, (pc[:-3] + " " + pc[-3:]).lower()])
        if not uk and len(pc) == 9:
            pct = pc[:5] + "-" + pc[5:]
        gp = c.group("POSTCODE", pc)
        c.say("customer", rng.choice(["new address: ", "Address is ", "deliver to ", "I've moved to "]), (addr, ga), ", %s, " % town, (pct, gp),
              rng.choice(["", ".", " - please update"]))
        c.say("agent", "Thanks, I've updated your address.")
        return c
    c.note = "spoken address"
    c.say("agent", rng.choice(["can you confirm the first line of the address and the postcode", "what's the address on the account"]))
    addr = ("flat %s, " % two_digit_words(rng.randint(1, 12)) if flat else "") + cardinal(num) + " " + street.lower()
    ga = c.group("ADDRESS", addr)
    gp = c.group("POSTCODE", pc)
    c.say("customer", rng.choice(["it's ", "", "um "]), (addr, ga), rng.choice([", %s" % town.lower(), " in %s" % town.lower()]))
    c.say("agent", "and the postcode?" if uk else "and the zip code")
    if uk:
        pcs = say_alnum(pc[:-3], rng, filler=0) + " " + say_alnum(pc[-3:], rng, filler=0)
    else:
        pcs = say_digits(pc, rng, sizes=[5, 4], filler=0, alnum=True)
    c.say("customer", rng.choice(["", "it's "]), (pcs, gp))
    return c


def pos_combo(rng):
    """identity verification mixing several types, with distractors."""
    c = Case("positive", "identity check with several values")
    ind = opener(c, rng)
    uk = rng.random() < 0.6
    c.say("agent", "before i can discuss the account i need to ask a few security questions. full name and date of birth?")
    d = make_dob(rng)
    g = c.group("DOB", d)
    c.say("customer", "%s %s, " % (rng.choice(FIRST), rng.choice(LAST)), (spoken_date(d, rng, not uk), g))
    if uk:
        n = make_ni(rng)
        gn = c.group("NI_NUMBER", n)
        c.say("agent", "and your national insurance number")
        c.say("customer", (say_alnum(n, rng), gn))
    else:
        s = make_ssn(rng)
        gs = c.group("SSN", s)
        c.say("agent", "and the last... actually i'll need the full social for this one")
        c.say("customer", "oh okay, ", (say_digits(s, rng, sizes=[3, 2, 4]), gs))
    c.say("agent", "thanks. i can see a payment of %s due on the %s, and your reference is %s" % (
        rng.choice(["forty two pounds fifty", "$310.25", "one hundred and twelve euros"]),
        rng.choice(["fifth of may", "twenty first", "3rd of June"]),
        " ".join(say_unit(x, rng) for x in "%08d" % rng.randint(0, 10 ** 8))))
    card = make_card(rng)
    gc = c.group("CARD_NUMBER", card)
    c.say("customer", "can i pay that now on a different card, it's ", (say_digits(card, rng, sizes=[4] * 5), gc))
    gl = c.group("CARD_NUMBER", card, "partial")
    c.say("agent", "that's gone through, card ending ", (card[-4:], gl), ", thank you")
    return c


def pos_email_thread(rng):
    c = Case("positive", "e-mail thread with mixed typed PII")
    card = make_card(rng)
    p = make_phone(rng)
    gc, gp = c.group("CARD_NUMBER", card), c.group("PHONE", p)
    txt = "Subject: Re: Ticket #%d\nHi team,\nI was charged twice (£%d.%02d) on order %d. The card used was " % (
        rng.randint(100000, 999999), rng.randint(10, 400), rng.randint(0, 99), rng.randint(10 ** 9, 10 ** 10))
    c.say("customer", txt, (typed_digits(card, rng, sizes=[4] * 5), gc), ". Please ring me on ", (p, gp), ".\nRegards")
    gl = c.group("CARD_NUMBER", card, "partial")
    c.say("agent", "Hi, thanks for your email. I've refunded the duplicate charge on the card ending ", (card[-4:], gl), "; allow 5-7 days.")
    return c


POS = [(pos_card, 6), (pos_ssn, 3), (pos_ni, 3), (pos_bank, 3), (pos_us_acct, 1), (pos_iban, 2), (pos_phone, 3),
       (pos_email, 3), (pos_dob, 3), (pos_address, 3), (pos_combo, 2), (pos_email_thread, 1)]


# ---------------------------------------------------------------- negatives
def neg_templates(rng):
    n8 = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    sp = lambda s: say_digits(s, rng, filler=0.1)
    t = rng.randint(0, 29)
    fake16 = n8(16)
    if t == 0:
        return "order number read like a card", [("agent", "can i take the order number"), ("customer", "yeah it's order " + sp(fake16)), ("agent", "thanks, that order shipped on the %s" % ordinal_words(rng.randint(1, 28)))]
    if t == 1:
        return "tracking number", [("customer", "Tracking no: 1Z%s%s" % (n8(6).upper(), n8(10))), ("agent", "That parcel is out for delivery, expected between 10:00 and 14:00.")]
    if t == 2:
        return "balance and amounts", [("agent", "your balance is %s pounds and %s pence, minimum payment %s" % (cardinal(rng.randint(100, 9999)), two_digit_words(rng.randint(10, 99)), cardinal(rng.randint(5, 80)))), ("customer", "and when's that due"), ("agent", "by the %s of %s" % (ordinal_words(rng.randint(1, 28)), rng.choice(MONTHS)))]
    if t == 3:
        return "card last four only", [("agent", "is that the card ending %s" % sp(n8(4))), ("customer", "yeah the one ending in %s" % n8(4)), ("agent", "okay great")]
    if t == 4:
        return "meter reading", [("customer", "meter reading today is %s, the meter serial is %s" % (n8(5), n8(10))), ("agent", "thanks, your next bill will be around £%d" % rng.randint(40, 200))]
    if t == 5:
        return "spoken meter reading", [("agent", "go ahead with the reading"), ("customer", "okay it's " + sp(n8(5)) + ", and the night one is " + sp(n8(5))), ("agent", "lovely")]
    if t == 6:
        return "flight, seat and gate", [("customer", "I'm on flight EI %d on the %s, seat %d%s" % (rng.randint(100, 999), typed_date((rng.randint(1, 28), rng.randint(1, 12), 2026), rng), rng.randint(1, 33), rng.choice("ABCDEF"))), ("agent", "Boarding is from gate %d at %02d:%02d." % (rng.randint(100, 420), rng.randint(5, 22), rng.choice([0, 15, 30, 45])))]
    if t == 7:
        return "policy number with label", [("agent", "what's the policy number"), ("customer", "policy number " + say_alnum("PL" + n8(9), rng)), ("agent", "thanks, that's the motor policy renewing on the 1st of %s" % rng.choice(MONTHS).capitalize())]
    if t == 8:
        return "claim reference typed", [("customer", "Claim ref: CLM-%s-%s" % (n8(4), n8(6))), ("agent", "Thanks, the excess on this claim is £%d." % rng.choice([100, 250, 350]))]
    if t == 9:
        return "opening hours and times", [("customer", "what time are you open till"), ("agent", "we're open eight till eight monday to friday, and nine to five on saturdays"), ("customer", "and it's about a %d minute wait?" % rng.randint(5, 45))]
    if t == 10:
        return "ages and counts", [("customer", "it's for my son, he's %s, and my daughter who's %d" % (two_digit_words(rng.randint(11, 17)), rng.randint(4, 10))), ("agent", "okay, so that's %s passengers in total" % two_digit_words(rng.randint(3, 6)))]
    if t == 11:
        return "invoice number long digits", [("customer", "Invoice %s, amount due $%d.%02d" % (n8(12), rng.randint(20, 2000), rng.randint(0, 99))), ("agent", "I can see invoice %s was paid on 03/14/2026." % n8(6))]
    if t == 12:
        return "contract dates and years", [("agent", "your contract started on the %s of %s %s and ends in %d" % (ordinal_words(rng.randint(1, 28)), rng.choice(MONTHS), year_words(rng.randint(2019, 2025), rng), rng.randint(2026, 2028))), ("customer", "so i've been with you since twenty nineteen?")]
    if t == 13:
        return "serial and model numbers", [("customer", "the model number is %s and serial %s" % (rng.choice(["WM-8400X", "KX1207", "HB 4452 B"]), n8(14))), ("agent", "thanks, that's still under the %d year warranty" % rng.randint(2, 5))]
    if t == 14:
        return "temperature and percentage", [("customer", "the thermostat says %d degrees but it's freezing" % rng.randint(12, 24)), ("agent", "okay, and the boiler pressure is showing %s bar? your tariff went up %d%% in april" % (rng.choice(["one point two", "1.5"]), rng.randint(3, 12)))]
    if t == 15:
        return "ticket number spoken with fillers", [("agent", "have you got a ticket number"), ("customer", "yeah um ticket " + sp(n8(rng.choice([8, 10, 12])))), ("agent", "thanks, that ticket's been escalated")]
    if t == 16:
        return "room number and check-in", [("customer", "we're in room %d, checking out on the %s" % (rng.randint(100, 1420), ordinal_suffix(rng.randint(1, 28)))), ("agent", "no problem, late checkout until 1pm is £%d" % rng.choice([15, 20, 30]))]
    if t == 17:
        return "road names", [("customer", "i'm stuck on the %s near junction %d" % (rng.choice(["M25", "A40", "N7", "I-95", "Route 66", "M50"]), rng.randint(1, 30))), ("agent", "okay, recovery will be with you in about %d minutes" % rng.choice([40, 60, 90]))]
    if t == 18:
        return "reference read like card with read-back", [("agent", "and the booking reference"), ("customer", sp(fake16)), ("agent", "so booking reference " + say_digits(fake16, rng, filler=0) + ", yep found it")]
    if t == 19:
        return "appointment date and time", [("agent", "i can book you in on %s the %s at %s" % (rng.choice(["monday", "tuesday", "friday"]), ordinal_words(rng.randint(1, 28)), rng.choice(["half ten", "two fifteen", "9:40am", "quarter to four"]))), ("customer", "lovely, that works")]
    if t == 20:
        return "customer account number with label at retailer", [("customer", "Loyalty card number %s, I have %d points" % (n8(11), rng.randint(100, 9000))), ("agent", "Thanks, that's worth £%d.%02d" % (rng.randint(1, 90), rng.randint(0, 99)))]
    if t == 21:
        return "payment amount spoken like digits", [("customer", "i want to pay " + cardinal(rng.randint(100, 4000)) + " pounds"), ("agent", "okay, %s it is, that leaves %s" % (cardinal(rng.randint(100, 4000)), cardinal(rng.randint(10, 900))))]
    if t == 22:
        return "long reference number typed with spaces", [("customer", "Ref: %s %s %s %s" % (n8(4), n8(4), n8(4), n8(4))), ("agent", "Thanks, that's the case reference for your complaint, opened 12 Feb 2026.")]
    if t == 23:
        return "duration and counts", [("customer", "i've been on hold for forty five minutes and this is my third call"), ("agent", "i'm sorry, i've added %d credits and a %d%% discount for %d months" % (rng.randint(5, 50), rng.randint(10, 30), rng.randint(3, 12)))]
    if t == 24:
        return "parcel weight, price and order id", [("customer", "Order #%s, 2 items, 3.4kg, total €%d.%02d" % (n8(9), rng.randint(10, 300), rng.randint(0, 99))), ("agent", "Your order will arrive on Tuesday 14 April.")]
    if t == 25:
        return "tax year and case number", [("agent", "that's for the tax year twenty twenty four to twenty five, case number " + sp(n8(9))), ("customer", "right, and the refund was %s pounds" % cardinal(rng.randint(100, 3000)))]
    if t == 26:
        return "prescription and NHS-style appointment ref (labelled reference)", [("customer", "my booking reference is %s%s" % (rng.choice(["BK", "AP"]), n8(8))), ("agent", "thanks, your appointment is at 14:20 in clinic %d" % rng.randint(1, 12))]
    if t == 27:
        return "year of manufacture and mileage", [("customer", "it's a %d model with %s miles on it" % (rng.randint(2008, 2024), "{:,}".format(rng.randint(10000, 150000)))), ("agent", "okay, quote is £%d a year" % rng.randint(300, 1500))]
    if t == 28:
        return "case number split over turns", [("agent", "what's the case number"), ("customer", sp(n8(4))), ("agent", rng.choice(BACKCH)), ("customer", "case %s" % sp(n8(4))), ("agent", "thanks, found the case")]
    return "sim and device identifiers with labels", [("customer", "SIM serial (ICCID) %s, IMEI %s" % ("8944" + n8(15), n8(15))), ("agent", "Thanks, I've unblocked the device; data allowance is 30GB.")]


def neg_case(rng):
    note, turns = neg_templates(rng)
    c = Case("negative", note)
    if rng.random() < 0.3:
        opener(c, rng)
    for spk, txt in turns:
        c.say(spk, txt)
    return c


# ---------------------------------------------------------------- generation & checks
def build():
    rng = R
    cases, pos, neg = [], [], []
    funcs = [f for f, w in POS for _ in range(w)]
    while len(pos) < 210 or count_types(pos)["CARD_NUMBER"] < 75 or count_types(pos)["SSN"] < 32 or count_types(pos)["NI_NUMBER"] < 32 \
            or min(count_types(pos)[t] for t in TYPES) < 12:
        pos.append(rng.choice(funcs)(rng))
    while len(neg) < 110:
        neg.append(neg_case(rng))
    order = [("pos", c) for c in pos] + [("neg", c) for c in neg]
    rng.shuffle(order)
    ip = ineg = 0
    recs = []
    for k, c in order:
        if k == "pos":
            ip += 1
            cid = "h334-pos-%03d" % ip
        else:
            ineg += 1
            cid = "h334-neg-%03d" % ineg
        recs.append((cid, c))
    return recs


TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
         "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


def count_types(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c.spans:
            cnt[s[3]] += 1
    return cnt


def serialise(recs):
    return "".join(json.dumps(c.record(cid), ensure_ascii=False, sort_keys=False) + "\n" for cid, c in recs)


def check(recs, data):
    errs = []
    if serialise(recs) != data:
        errs.append("file is not byte-identical to regenerated output")
    lines = data.splitlines()
    ids = set()
    byid = {cid: c for cid, c in recs}
    for ln in lines:
        rec = json.loads(ln)
        cid = rec["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append(cid + ": negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append(cid + ": positive without spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        prev = {}
        for s in sorted(rec["spans"], key=lambda s: (s["turn"], s["start"])):
            text = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if s["type"] not in TYPES:
                errs.append(cid + ": bad type")
            if not (0 <= a < b <= len(text)):
                errs.append("%s: offsets out of range" % cid)
                continue
            if not (text[a].isalnum() or text[a] == "+") or (a > 0 and text[a - 1].isalnum()):
                errs.append("%s: span start not on word boundary %r" % (cid, text[a - 3:b]))
            if not text[b - 1].isalnum() or (b < len(text) and text[b].isalnum()):
                errs.append("%s: span end not on word boundary %r" % (cid, text[a:b + 3]))
            if prev.get(s["turn"], -1) > a:
                errs.append(cid + ": overlapping spans")
            prev[s["turn"]] = b
        # value validation via group metadata, using span text from the file
        c = byid.get(cid)
        if c is None:
            continue
        grp = {}
        for (ti, a, b, typ, gid) in c.spans:
            grp.setdefault(gid, []).append(rec["turns"][ti]["text"][a:b])
        for gid, texts in grp.items():
            typ, canon, mode = c.groups[gid]
            if not canon_valid(typ, canon):
                errs.append("%s: canonical %s invalid %r" % (cid, typ, canon))
            if typ in ("DOB", "EXPIRY"):
                for tx in texts:
                    t2 = tx.replace(" over ", " / ").replace(" slash ", " / ")
                    ok = any(cd == canon[0] and cm == canon[1] and (cy == str(canon[2]) or (len(cy) == 2 and int(cy) == canon[2] % 100))
                             for cd, cm, cy in parse_date(t2))
                    if not ok:
                        errs.append("%s: %s text %r does not parse to %r" % (cid, typ, tx, canon))
                continue
            if typ == "ADDRESS":
                for tx in texts:
                    if not address_ok(tx):
                        errs.append("%s: bad address %r" % (cid, tx))
                continue
            norm = [normalise(typ, tx) for tx in texts]
            if any(n is None for n in norm):
                errs.append("%s: %s unparsable %r" % (cid, typ, texts))
                continue
            joined = "".join(norm).lower() if typ == "EMAIL" else "".join(norm)
            if mode == "full" and joined != canon:
                errs.append("%s: %s %r -> %r != %r" % (cid, typ, texts, joined, canon))
            if mode == "partial" and joined not in canon:
                errs.append("%s: partial %s %r not in %r" % (cid, typ, joined, canon))
    return errs


def main():
    recs = build()
    data = serialise(recs)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            cur = fh.read()
        errs = check(recs, cur)
        pos = [c for _, c in recs if c.kind == "positive"]
        print("cases: %d positive, %d negative" % (len(pos), len(recs) - len(pos)))
        for t, n in count_types(pos).items():
            print("  %-13s %d" % (t, n))
        if errs:
            for e in errs[:50]:
                print("ERROR", e)
            print("%d errors" % len(errs))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    print("wrote", os.path.normpath(OUT), len(recs), "cases")


if __name__ == "__main__":
    main()

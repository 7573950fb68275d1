#!/usr/bin/env python3
"""Generate the pii_holdout453 held-out PII redaction evaluation set.

Standard library only. Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout453.py          # write the fixture
    python scripts/make_pii_holdout453.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 453241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout453", "cases.jsonl")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- number words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZERO_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0"}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "x-ray": "x",
        "yankee": "y", "zulu": "z"}
NATO_OF = {}
for _w, _l in NATO.items():
    NATO_OF.setdefault(_l, _w)
ALT_SPELL = {"b": "bravo", "d": "david", "m": "mother", "s": "sugar", "p": "peter",
             "t": "tom", "c": "charlie", "n": "nancy", "f": "freddie", "h": "harry"}


def zw(uk=False):
    return R.choice(["zero", "oh", "o", "nought"] if uk else ["zero", "oh", "o", "zero", "oh"])


def two_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def say_digits(s, uk=False, reps=True):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        d = s[i]
        w = zw(uk) if d == "0" else ONES[int(d)]
        if reps and run >= 3 and R.random() < 0.6:
            out.append("triple " + w)
            i += 3
        elif reps and run >= 2 and R.random() < 0.7:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_pair(s, uk=False):
    if s[0] == "0":
        return zw(uk) + " " + (zw(uk) if s[1] == "0" else ONES[int(s[1])])
    return two_words(int(s))


def say_triple(s, uk=False):
    if s[0] == "0":
        return zw(uk) + " " + say_pair(s[1:], uk)
    rest = s[1:]
    if rest == "00":
        return ONES[int(s[0])] + " hundred"
    return ONES[int(s[0])] + " hundred and " + two_words(int(rest))


def say_group(s, uk=False):
    r = R.random()
    if len(s) == 3 and r < 0.3:
        return say_triple(s, uk)
    if len(s) % 2 == 0 and r < 0.55:
        return " ".join(say_pair(s[k:k + 2], uk) for k in range(0, len(s), 2))
    if len(s) == 4 and r < 0.65 and s[0] != "0" and s[2:] != "00":
        return two_words(int(s[:2])) + " " + say_pair(s[2:], uk)
    return say_digits(s, uk)


def speak_groups(digits, sizes, uk=False, filler=0.15):
    """Return a list of spoken group strings whose normalisation equals digits."""
    for attempt in range(6):
        groups, k = [], 0
        for n in sizes:
            g = digits[k:k + n]
            k += n
            txt = say_digits(g, uk) if attempt >= 4 else say_group(g, uk)
            if R.random() < filler and groups:
                txt = R.choice(["um", "uh", "er", "erm"]) + " " + txt
            groups.append(txt)
        if norm_digits(" ".join(groups)) == digits and all(norm_digits(g) for g in groups):
            ok = True
            # each group must also stand on its own when split over turns
            kk = 0
            for n, g in zip(sizes, groups):
                if norm_digits(g) != digits[kk:kk + n]:
                    ok = False
                kk += n
            if ok:
                return groups
    return [" ".join(ONES[int(c)] for c in digits[k0:k0 + n])
            for k0, n in zip(_offsets(sizes), sizes)]


def _offsets(sizes):
    o, out = 0, []
    for n in sizes:
        out.append(o)
        o += n
    return out


def spell_letters(s, nato=0.5, uk=True):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(zw(uk).replace("o", "zero") if ch == "0" and False else
                       (R.choice(["zero", "nought"]) if ch == "0" else ONES[int(ch)]))
        else:
            c = ch.lower()
            r = R.random()
            if r < nato * 0.6:
                out.append(c + " for " + NATO_OF[c])
            elif r < nato * 0.8 and c in ALT_SPELL:
                out.append(c + " for " + ALT_SPELL[c])
            elif r < nato:
                out.append(c + " as in " + NATO_OF[c])
            else:
                out.append(c)
    return out


# ---------------------------------------------------------------- normaliser
TOK = re.compile(r"[A-Za-z0-9]+(?:-ray)?|[@._+\-]")
DIGITISH = set(ONES + TEENS + TENS[2:] + ["zero", "oh", "nought", "double", "triple", "hundred"])


def _num_at(toks, i):
    """Parse a 0-99 number starting at toks[i]; return (value, next_i) or (None, i)."""
    if i >= len(toks):
        return None, i
    t = toks[i]
    if t in TENS[2:]:
        v = TENS.index(t) * 10
        if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
            return v + ONES.index(toks[i + 1]), i + 2
        return v, i + 1
    if t in TEENS:
        return 10 + TEENS.index(t), i + 1
    if t in ONES:
        return ONES.index(t), i + 1
    if t in ZERO_WORDS:
        return 0, i + 1
    return None, i


def normalise(text, mode):
    """mode: 'digits' | 'alnum' | 'email'. Spoken forms become characters."""
    raw = TOK.findall(text)
    toks, literal = [], set()
    for t in raw:
        if re.search(r"[A-Za-z]", t) and re.search(r"\d", t):
            literal.add(len(toks))
        elif t.lower() in FILLERS and t != t.lower():
            literal.add(len(toks))
        toks.append(t.lower())
    out = []
    i = 0
    rep = 1
    while i < len(toks):
        t = toks[i]
        if i in literal:
            out.append(t)
            rep = 1
            i += 1
            continue
        if t == "o" and mode == "alnum":
            nb = [toks[j] for j in (i - 1, i + 1) if 0 <= j < len(toks)]
            if any(x in DIGITISH or x.isdigit() for x in nb):
                out.append("0" * rep)
                rep = 1
                i += 1
                continue
        if t in FILLERS or (mode != "email" and t in ("dash", "hyphen", "slash", "space", "and")):
            i += 1
            continue
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            i += 1
            continue
        # letter spelt with a key word: "j for juliet", "s as in sugar"
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for":
            out.append(t * rep)
            rep = 1
            i += 3
            continue
        if len(t) == 1 and t.isalpha() and i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
            out.append(t * rep)
            rep = 1
            i += 4
            continue
        if t.isdigit():
            out.append(t * rep if len(t) == 1 else t)
            rep = 1
            i += 1
            continue
        if t in TENS[2:]:
            v, i = _num_at(toks, i)
            out.append("%02d" % v)
            rep = 1
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in ONES and i + 1 < len(toks) and toks[i + 1] in ("hundred", "thousand"):
            h = ONES.index(t)
            big = toks[i + 1] == "thousand"
            i += 2
            if i < len(toks) and toks[i] == "and":
                if big and i + 2 < len(toks) and toks[i + 2] == "hundred":
                    out.append(str(h))
                    continue
                v, j = _num_at(toks, i + 1)
                if v is not None:
                    out.append(str(h) + ("%03d" % v if big else "%02d" % v))
                    i = j
                    continue
            out.append(str(h) + ("000" if big else "00"))
            continue
        if t in ONES:
            out.append(str(ONES.index(t)) * rep)
            rep = 1
            i += 1
            continue
        if t in ("oh", "zero", "nought", "nil") or (t == "o" and mode == "digits"):
            out.append("0" * rep)
            rep = 1
            i += 1
            continue
        if t in NATO and mode != "email":
            out.append(NATO[t] * rep)
            rep = 1
            i += 1
            continue
        if mode == "email":
            if t == "dot":
                out.append(".")
            elif t == "at":
                out.append("@")
            elif t in ("underscore",):
                out.append("_")
            elif t in ("dash", "hyphen"):
                out.append("-")
            elif t in ("plus",):
                out.append("+")
            else:
                out.append(t * rep if len(t) == 1 else t)
            rep = 1
            i += 1
            continue
        if mode == "alnum" and len(t) <= 4 and t.isalpha():
            out.append(t * rep if len(t) == 1 else t)
            rep = 1
            i += 1
            continue
        rep = 1
        i += 1
    s = "".join(out)
    if mode == "digits":
        return re.sub(r"\D", "", s)
    if mode == "alnum":
        return re.sub(r"[^0-9a-z]", "", s).upper()
    return s


def norm_digits(t):
    return normalise(t, "digits")


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    if not d.isdigit():
        return False
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - n % 97) + bban


def aba_ok(d):
    return (len(d) == 9 and d.isdigit() and
            (3 * (int(d[0]) + int(d[3]) + int(d[6])) + 7 * (int(d[1]) + int(d[4]) + int(d[7])) +
             int(d[2]) + int(d[5]) + int(d[8])) % 10 == 0)


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
STREET_WORDS = ("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                "close", "way", "court", "ct", "crescent", "boulevard", "blvd", "terrace",
                "place", "pl", "grove", "gardens", "row", "parade", "park", "hill", "walk",
                "square", "mews", "view", "circle", "highway", "pike", "quay")


def validate(typ, canon, role, text):
    """Validate one labelled value (canon = normalised characters)."""
    if role == "prefix":
        return canon.isdigit() and len(canon) >= 2
    if role == "suffix":
        return canon.isdigit() and len(canon) == 4
    if typ == "CARD_NUMBER":
        return 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "SSN":
        if role == "last4":
            return canon.isdigit() and len(canon) == 4
        return (canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666")
                and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(canon))
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "BANK_ACCOUNT":
        if role == "routing":
            return aba_ok(canon)
        return canon.isdigit() and 6 <= len(canon) <= 17
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        return canon.isdigit() and 7 <= len(canon) <= 19
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", canon))
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(canon) or re.fullmatch(r"\d{5}(\d{4})?", canon))
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        has_month = any(re.search(r"\b" + m + r"\b", low) for m in MONTHS + MON3)
        nums = re.findall(r"\d+", low)
        words = any(w in low.split() for w in ONES + TEENS + TENS[2:] + ["oh", "first", "second", "third"]) or \
            re.search(r"\b\w+(th|st|nd|rd)\b", low)
        if typ == "EXPIRY":
            return has_month or len(nums) >= 2 or bool(words) or bool(re.fullmatch(r"\d{4}", canon))
        return has_month or len(nums) >= 2 or (bool(words) and len(low.split()) >= 3) or len(nums[0] if nums else "") in (6, 8)
    if typ == "ADDRESS":
        low = text.lower().replace(",", " ")
        w = low.split()
        starts = w[0] in ("flat", "apt", "apartment", "unit", "suite", "number") or w[0][0].isdigit() \
            or w[0] in ONES + TEENS + TENS[2:]
        return starts and any(x.strip(".") in STREET_WORDS for x in w[1:])
    return False


MODE = {"CARD_NUMBER": "digits", "CVV": "digits", "SSN": "digits", "SORT_CODE": "digits",
        "BANK_ACCOUNT": "digits", "PHONE": "digits", "NI_NUMBER": "alnum", "IBAN": "alnum",
        "POSTCODE": "alnum", "EMAIL": "email", "DOB": None, "EXPIRY": None, "ADDRESS": None}


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.vals = [], [], {}

    def val(self, typ, canon=None, role="full"):
        k = len(self.vals) + 1
        self.vals[k] = {"type": typ, "canon": canon, "role": role}
        return k

    def v(self, typ, text, canon=None, role="full"):
        return (text, self.val(typ, canon, role))

    def t(self, speaker, *segs):
        idx, text = len(self.turns), ""
        for g in segs:
            if isinstance(g, str):
                text += g
            else:
                st = len(text)
                text += g[0]
                self.spans.append({"turn": idx, "start": st, "end": len(text),
                                   "type": self.vals[g[1]]["type"], "key": g[1]})
        self.turns.append({"speaker": speaker, "text": text})

    def c(self, *segs):
        self.t("customer", *segs)

    def a(self, *segs):
        self.t("agent", *segs)


def ch(*xs):
    return R.choice(xs)


# ---------------------------------------------------------------- value makers
FIRST = ["james", "maria", "siobhan", "dev", "oluwaseun", "kate", "liam", "priya", "tomasz",
         "aisling", "marcus", "chloe", "raj", "nora", "diego", "hannah", "kwame", "eilidh",
         "pat", "jo", "li", "fatima", "brendan", "luca", "sven", "ines"]
LAST = ["doe", "murphy", "okafor", "patel", "kowalski", "byrne", "smith", "nguyen", "garcia",
        "oconnor", "walsh", "hughes", "schmidt", "rossi", "kim", "brown", "lee", "obrien",
        "fitzgerald", "jones", "mcbride", "dubois", "novak", "reyes"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.co.uk", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "web.de", "orange.fr", "comcast.net", "proton.me"]


def card_value():
    r = R.random()
    if r < 0.45:
        return luhn_complete("4" + R.choice(["539", "916", "111", "024", "485", "000"]), 16)
    if r < 0.7:
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if r < 0.82:
        return luhn_complete(R.choice(["34", "37"]), 15)
    if r < 0.9:
        return luhn_complete("6011", 16)
    if r < 0.95:
        return luhn_complete("4", 13)
    return luhn_complete(R.choice(["62", "3528", "4"]), 19)


def card_sizes(d):
    n = len(d)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return R.choice([[4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 4, 4, 4], [4, 4, 8], [3, 3, 3, 3, 4]])


def ssn_value():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ni_value():
    A = "ABCEGHJKLMNOPRSTWXYZ"
    B = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(A) + R.choice(B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def aba_value():
    while True:
        d = R.choice(["0", "1", "2", "3"]) + digits(7)
        for c in "0123456789":
            if aba_ok(d + c):
                return d + c


def iban_value():
    cc = R.choice(["GB", "IE", "DE", "FR", "ES", "NL", "IE", "GB"])
    if cc in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "AIBK", "BOFI", "MIDL", "LOYD", "IPBS"]) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(23)
    elif cc == "ES":
        bban = digits(20)
    else:
        bban = R.choice(["ABNA", "RABO", "INGB"]) + digits(10)
    return iban_make(cc, bban)


def uk_postcode():
    fmt = R.choice(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA"])
    L = "ABCDEFGHJKLMNPRSTUWYZ"
    out = ""
    for c in fmt:
        out += R.choice(L) if c == "A" else (R.choice("0123456789") if c == "9" else c)
    return out


def email_value():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    if style == 0:
        u = f + "." + l
    elif style == 1:
        u = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        u = f + "_" + l
    elif style == 3:
        u = l + f[0]
    else:
        u = f + l + str(R.randint(60, 99))
    return u + "@" + R.choice(DOMAINS)


def say_email(e):
    user, dom = e.split("@")
    parts = []
    for p in re.split(r"([._\d]+)", user):
        if not p:
            continue
        if p == ".":
            parts.append("dot")
        elif p == "_":
            parts.append("underscore")
        elif p.isdigit():
            parts.append(say_group(p) if len(p) == 2 else say_digits(p))
        elif len(p) <= 2 or R.random() < 0.25:
            parts.extend(spell_letters(p, nato=0.4))
        else:
            parts.append(p)
    dparts = []
    for k, p in enumerate(dom.split(".")):
        if k:
            dparts.append("dot")
        dparts.append(p)
    return " ".join(parts) + " at " + " ".join(dparts)


STREETS_UK = ["Harbour Road", "Elm Grove", "Station Road", "Kingsway", "Mill Lane", "Church Street",
              "Victoria Terrace", "Beech Close", "Orchard Way", "Castle Hill", "Queens Parade"]
STREETS_US = ["Oak Avenue", "Maple Street", "Sunset Boulevard", "Lakeview Drive", "Pine Court",
              "Hickory Lane", "Main St", "Washington Ave", "Cedar Ridge Road", "Mill Pike"]
TOWNS_UK = ["Leeds", "Bristol", "Glasgow", "Cardiff", "Norwich", "Belfast", "Reading"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin 8", "Sligo"]
TOWNS_US = ["Columbus, Ohio", "Austin", "Portland, Oregon", "Tampa", "Denver", "Albany, New York"]
KINGSWAY_FIX = {"Kingsway": "Kingsway Road"}


def address_value(country):
    if country == "US":
        num = str(R.randint(100, 9999))
        street = R.choice(STREETS_US)
        unit = R.choice(["", "", ", Apt 4B", " apt 12", ", Suite 210", " unit 3"])
        return num + " " + street + unit, num, street, unit
    num = str(R.randint(1, 220))
    street = KINGSWAY_FIX.get(R.choice(STREETS_UK), None) or R.choice(STREETS_UK)
    street = KINGSWAY_FIX.get(street, street)
    flat = R.choice(["", "", "Flat 3, ", "flat 2a ", "Apartment 11, "])
    return flat + num + " " + street, num, street, flat


def say_address(country):
    num = R.randint(12, 999)
    street = R.choice(STREETS_US if country == "US" else STREETS_UK)
    street = KINGSWAY_FIX.get(street, street)
    n = str(num)
    if len(n) == 3 and R.random() < 0.5:
        spoken = say_triple(n)
    elif len(n) == 3:
        spoken = ONES[int(n[0])] + " " + two_words(int(n[1:])) if n[1] != "0" else ONES[int(n[0])] + " oh " + ONES[int(n[2])]
    else:
        spoken = two_words(num)
    return spoken + " " + street.lower()


def dob_forms(uk):
    y, m, d = R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)
    ordn = {1: "first", 2: "second", 3: "third", 21: "twenty first", 22: "twenty second",
            23: "twenty third"}
    dw = ordn.get(d, two_words(d) + "th" if d < 20 else TENS[d // 10] + ("th" if d % 10 == 0 else " " + ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"][d % 10]))
    if d % 10 == 0 and d >= 20:
        dw = TENS[d // 10][:-1] + "ieth"
    if d < 20 and d not in ordn:
        dw = {4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
              11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
              16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth"}[d]
    yw = two_words(y // 100) + " " + (say_pair(str(y % 100).zfill(2)) if y < 2000 else "")
    if y >= 2000:
        yw = ch("two thousand and " + ONES[y % 10] if y % 100 < 10 else "two thousand and " + two_words(y % 100),
                "twenty " + say_pair(str(y % 100).zfill(2)))
    mw = MONTHS[m - 1]
    typed = [("%02d/%02d/%d" % ((d, m, y) if uk else (m, d, y))),
             ("%d.%d.%d" % (d, m, y)), ("%d %s %d" % (d, mw.capitalize(), y)),
             ("%s %d, %d" % (mw.capitalize()[:3], d, y)), ("%d-%02d-%02d" % (y, m, d)),
             ("%02d%02d%02d" % ((d, m, y % 100) if uk else (m, d, y % 100)))]
    spoken = [("the " + dw + " of " + mw + " " + yw), (dw + " " + mw + " " + yw),
              (mw + " " + dw + " " + yw), (mw + " " + two_words(d) + " " + yw),
              (say_pair("%02d" % d) + " " + say_pair("%02d" % m) + " " + say_pair(str(y % 100).zfill(2)))]
    return typed, spoken


def expiry_forms():
    m, y = R.randint(1, 12), R.randint(25, 32)
    typed = ["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%d" % (m, y),
             "%s 20%02d" % (MONTHS[m - 1][:3].capitalize(), y), "%02d%02d" % (m, y)]
    spoken = [say_pair("%02d" % m, True) + " " + two_words(y), say_pair("%02d" % m) + " slash " + two_words(y),
              MONTHS[m - 1] + " twenty " + two_words(y), MONTHS[m - 1] + " " + two_words(20) + " " + two_words(y),
              ONES[m] + " " + two_words(y) if m < 10 else two_words(m) + " " + two_words(y)]
    return typed, spoken


def fill():
    return ch("", "", "um ", "uh ", "er ", "so ", "right so ", "okay ")


def bc():
    return ch("mhm", "go on", "yep", "okay", "uh huh", "right", "got it", "yeah go ahead", "mm hmm", "and the next bit")


# ---------------------------------------------------------------- context
CTX = {
    "UK": ["banking", "telecom", "utilities", "retail", "insurance", "travel", "government services"],
    "US": ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
           "government services"],
    "IE": ["banking", "telecom", "utilities", "insurance", "travel", "retail"],
    "EU": ["banking", "travel", "retail", "telecom"],
}
OPEN = {
    "banking": ["thanks for calling, how can I help with your account today?", "you're through to card services."],
    "telecom": ["thanks for calling, is this about your mobile or broadband?", "you've reached billing, how can I help?"],
    "utilities": ["you're through to the energy helpline.", "water services, how can I help?"],
    "retail": ["hi there, thanks for contacting customer care!", "order support here, what can I do for you?"],
    "insurance": ["claims and policy team, how can I help?", "you're through to your insurer's renewals line."],
    "travel": ["bookings team, how can I help?", "hi, you're chatting with the travel desk."],
    "healthcare billing": ["patient billing office, how can I help you today?", "this is the billing department at the clinic."],
    "government services": ["you're through to the benefits helpline.", "thank you for calling the tax office."],
}


def ctx(country=None):
    country = country or R.choice(["UK", "US", "US", "IE", "EU"])
    ind = R.choice(CTX[country])
    return country, ind, R.choice(OPEN[ind])


# ---------------------------------------------------------------- positive templates
def p_card_chat():
    country, ind, op = ctx()
    c = Case("positive", "")
    d = card_value()
    sizes = card_sizes(d)
    sep = ch(" ", "-", "", " ", ".", "  ")
    parts, k = [], 0
    for n in sizes:
        parts.append(d[k:k + n])
        k += n
    typed = sep.join(parts)
    if R.random() < 0.2:
        typed = parts[0] + " " + "".join(parts[1:])
    c.a(op)
    lab = ch("card no: ", "Card number - ", "its ", "the long number is ", "cc#", "card: ", "PAN ", "ok its ")
    c.c(ch("hi ", "", "hello, ", ""), ch("I need to pay my bill. ", "payment keeps failing. ", "want to update my card. ", ""),
        lab, c.v("CARD_NUMBER", typed, d))
    extra = []
    if R.random() < 0.6:
        e = R.choice(expiry_forms()[0])
        cvv = digits(4 if len(d) == 15 else 3)
        c.a(ch("Thanks. Expiry and security code please?", "and the exp date + the 3 digits on the back?"))
        c.c(ch("exp ", "expires ", "", "Expiry: "), c.v("EXPIRY", e), ch(" cvv ", ", code ", " and ", " / sec code: "),
            c.v("CVV", cvv, cvv))
        extra.append("expiry+cvv")
    if R.random() < 0.35:
        c.a("Just to confirm, the card ending ", c.v("CARD_NUMBER", d[-4:], d[-4:], "suffix"), "?")
        c.c(ch("yes", "yep that's it", "correct"))
        extra.append("last-four after full card labelled")
    c.note = "typed chat card number (%s, %s, %d digits) %s" % (country, ind, len(d), " ".join(extra))
    return c


def p_card_asr_split():
    country, ind, op = ctx()
    uk = country in ("UK", "IE")
    c = Case("positive", "")
    d = card_value()
    sizes = card_sizes(d)
    groups = speak_groups(d, sizes, uk, filler=0.25)
    key = c.val("CARD_NUMBER", d)
    c.a(op.lower().rstrip("?.!") + " okay and what's the long number on the front of the card")
    per = R.choice([1, 2, 2, 3])
    i = 0
    first = True
    while i < len(groups):
        chunk = " ".join(groups[i:i + per])
        lead = ch("it's ", "um it's ", "okay so ", "") if first else ch("", "then ", "and ", "")
        c.c(lead, (chunk, key))
        i += per
        first = False
        if i < len(groups):
            c.a(bc())
    note = "ASR card split over %d customer turns" % ((len(groups) + per - 1) // per)
    if R.random() < 0.55:
        rb = speak_groups(d, sizes, uk, filler=0)
        c.a(ch("so that's ", "let me read that back ", "okay i have "), c.v("CARD_NUMBER", " ".join(rb), d), ch(" is that right", " correct", ""))
        c.c(ch("yes", "that's right", "yeah", "spot on"))
        note += ", agent read-back"
    if R.random() < 0.5:
        t, s = expiry_forms()
        c.a("and the expiry date")
        c.c(ch("it's ", "expires ", "uh ", ""), c.v("EXPIRY", R.choice(s)))
        c.a(ch("and the three digit code on the back", "last thing the security code"))
        cvv = digits(4 if len(d) == 15 else 3)
        c.c(ch("", "it's ", "um "), c.v("CVV", say_digits(cvv, uk), cvv))
        note += ", expiry and cvv spoken"
    c.note = note + " (%s %s)" % (country, ind)
    return c


def p_card_restart():
    country, ind, op = ctx()
    uk = country in ("UK", "IE")
    c = Case("positive", "")
    d = card_value()
    sizes = card_sizes(d)
    g = speak_groups(d, sizes, uk, filler=0.1)
    c.a("can i take the card number please")
    cut = R.randint(1, 2)
    frag = " ".join(g[:cut])
    c.c(fill(), c.v("CARD_NUMBER", frag, d[:sum(sizes[:cut])], "prefix"),
        ch(" sorry hang on that's the old card ", " ah no wait wrong card let me start again ",
           " sorry i lost my place ", "... no sorry from the top "),
        c.v("CARD_NUMBER", " ".join(g), d))
    note = "restarted reading; aborted fragment labelled separately"
    if R.random() < 0.5:
        c.a("thank you and just to check the card ending in ", c.v("CARD_NUMBER", say_digits(d[-4:], uk), d[-4:], "suffix"))
        c.c("yes")
        note += "; last four after full card labelled"
    c.note = note + " (%s %s)" % (country, ind)
    return c


def p_card_aside():
    country, ind, op = ctx()
    uk = country in ("UK", "IE")
    c = Case("positive", "")
    d = card_value()
    sizes = card_sizes(d)
    g = speak_groups(d, sizes, uk, filler=0.2)
    key = c.val("CARD_NUMBER", d)
    m = R.randint(1, len(g) - 1)
    c.a("whenever you're ready with the card")
    c.c(ch("right ", "ok "), (" ".join(g[:m]), key),
        ch(" hold on the dog's barking ", " sorry my glasses ", " hang on i can't read it it's worn ",
           " one sec the kids are shouting "))
    c.a(ch("no problem take your time", "no rush"))
    c.c(ch("okay where was i ", "right "), (" ".join(g[m:]), key))
    c.note = "ASR card with aside mid-reading (%s %s)" % (country, ind)
    return c


def p_ssn():
    country, ind, op = ctx("US")
    c = Case("positive", "")
    s = ssn_value()
    style = R.randint(0, 6)
    c.a(ch(op, "i'll need to verify your identity.", "for security can i get your social?"))
    note = ""
    if style == 0:
        typed = ch(s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                   s[:3] + "." + s[3:5] + "." + s[5:], s[:5] + "-" + s[5:], s[:3] + "-" + s[3:])
        c.c(ch("SSN: ", "ssn is ", "Social Security # ", "my ss# ", "soc sec no. "), c.v("SSN", typed, s),
            ch("", " thx", ". please hurry"))
        note = "typed SSN grouping variant"
    elif style == 1:
        g = speak_groups(s, [3, 2, 4], False, filler=0.2)
        c.c(ch("it's ", "sure it's ", "yeah ", ""), c.v("SSN", " ".join(g), s))
        note = "spoken SSN 3-2-4"
    elif style == 2:
        g = speak_groups(s, [3, 2, 4], False, filler=0.1)
        key = c.val("SSN", s)
        c.c(ch("okay ", "um "), (g[0], key))
        c.a(bc())
        c.c((g[1], key))
        c.a(bc())
        c.c((g[2], key))
        if R.random() < 0.6:
            rb = speak_groups(s, [3, 2, 4], False, filler=0)
            c.a("thank you i have ", c.v("SSN", " ".join(rb), s))
        note = "spoken SSN split over three turns"
    elif style == 3:
        c.a("can you give me just the last four of your social")
        l4 = s[5:]
        c.c(ch("", "sure ", "yeah it's "), c.v("SSN", ch(l4, say_digits(l4), say_group(l4)), l4, "last4"))
        note = "partial SSN (last four) - labelled"
        if norm_digits(c.turns[-1]["text"]) != l4:
            c.turns.pop(); c.spans.pop(); c.vals.popitem()
            c.c("sure ", c.v("SSN", say_digits(l4), l4, "last4"))
    elif style == 4:
        sizes = ch([3, 3, 3], [5, 4], [3, 6], [1, 2, 2, 4])
        g = speak_groups(s, sizes, False, filler=0.2)
        c.c(ch("my social is ", "", "it is "), c.v("SSN", " ".join(g), s))
        note = "spoken SSN odd grouping %s" % "-".join(map(str, sizes))
    elif style == 5:
        g = speak_groups(s, [3, 2, 4], False)
        c.c(c.v("SSN", " ".join(g[:2]), s[:5], "prefix"), " no wait i said that wrong ",
            c.v("SSN", " ".join(g), s))
        note = "restarted SSN reading"
    else:
        c.c("it's ", c.v("SSN", s[:3] + "-" + s[3:5] + "-" + s[5:], s))
        c.a("and to confirm the last four are ", c.v("SSN", say_digits(s[5:]), s[5:], "last4"), "?")
        c.c("correct")
        note = "typed SSN then partial read-back"
    if R.random() < 0.25:
        dt, ds = dob_forms(False)
        c.a("and your date of birth")
        c.c(c.v("DOB", R.choice(ds if style else dt)))
        note += " + DOB"
    c.note = note + " (US %s)" % ind
    return c


def p_ni():
    country, ind, op = ctx("UK")
    c = Case("positive", "")
    ni = ni_value()
    style = R.randint(0, 4)
    c.a(ch("can i take your national insurance number", "for this I need your NI number",
           "What's your National Insurance number?"))
    if style == 0:
        typed = ch(ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni.lower(),
                   ni[:2] + ni[2:8] + " " + ni[8], ni[:2] + "-" + ni[2:8] + "-" + ni[8], ni.capitalize())
        c.c(ch("NI: ", "ni no. ", "its ", "NINO ", ""), c.v("NI_NUMBER", typed, ni))
        note = "typed NI number variant"
    else:
        letters = spell_letters(ni[:2], nato=0.6)
        dg = speak_groups(ni[2:8], ch([2, 2, 2], [6], [3, 3]), True, filler=0.1)
        suf = spell_letters(ni[8], nato=0.5)
        if style == 1:
            c.c(ch("it's ", "yeah it's ", "um "), c.v("NI_NUMBER", " ".join(letters + dg + suf), ni))
            note = "spoken NI, letters spelled"
        elif style == 2:
            key = c.val("NI_NUMBER", ni)
            c.c(ch("right it's ", ""), (" ".join(letters), key))
            c.a(bc())
            c.c((" ".join(dg), key))
            c.a(ch("and the letter at the end", "and the last letter"))
            c.c(ch("", "it's ", "that's "), (" ".join(suf), key))
            note = "spoken NI split over three turns"
        elif style == 3:
            c.c(c.v("NI_NUMBER", " ".join(letters + dg + suf), ni))
            c.a(ch("so that's ", "let me read that back "), c.v("NI_NUMBER", " ".join(spell_letters(ni[:2], 0.9) + speak_groups(ni[2:8], [2, 2, 2], True, 0) + spell_letters(ni[8], 0.9)), ni))
            c.c("yes that's right")
            note = "spoken NI with agent NATO read-back"
        else:
            c.c(ch("hang on it's on my payslip ", "let me get the letter "), "okay ", c.v("NI_NUMBER", " ".join(letters + dg + suf), ni),
                ch("", " i think", " yeah"))
            note = "spoken NI with lead-in and trailing hedge"
    c.note = note + " (UK %s)" % ind
    return c


def p_bank_uk():
    country, ind, op = ctx(R.choice(["UK", "IE"]))
    c = Case("positive", "")
    sc = digits(6)
    acct = digits(8)
    if R.random() < 0.5:
        c.a("Can you send the sort code and account number for the refund?")
        c.c(ch("sort code ", "s/c ", "Sort: "), c.v("SORT_CODE", ch(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]), sc),
            ch(" acct no: ", ", account ", " a/c ", " and acc number "), c.v("BANK_ACCOUNT", ch(acct, acct[:4] + " " + acct[4:]), acct))
        note = "typed sort code + account"
    else:
        c.a("what's the sort code")
        g = speak_groups(sc, [2, 2, 2], True)
        c.c(ch("", "it's ", "um "), c.v("SORT_CODE", " ".join(g), sc))
        c.a(ch("and the account number", "lovely and the eight digit account number"))
        ga = speak_groups(acct, ch([4, 4], [2, 2, 2, 2], [3, 3, 2]), True, filler=0.2)
        key = c.val("BANK_ACCOUNT", acct)
        if R.random() < 0.5:
            c.c((" ".join(ga[:1]), key))
            c.a(bc())
            c.c((" ".join(ga[1:]), key))
        else:
            c.c((" ".join(ga), key))
        note = "spoken sort code + account"
    c.note = note + " (%s %s)" % (country, ind)
    return c


def p_bank_us():
    country, ind, op = ctx("US")
    c = Case("positive", "")
    rt = aba_value()
    acct = digits(R.randint(9, 12), True)
    if R.random() < 0.45:
        c.a("For direct deposit, please provide routing and account numbers.")
        c.c(ch("routing # ", "ABA ", "Routing: ", "rtn "), c.v("BANK_ACCOUNT", rt, rt, "routing"),
            ch(" acct# ", " / checking acct ", ", account no. ", " acct: "), c.v("BANK_ACCOUNT", acct, acct))
        note = "typed routing + account"
    else:
        c.a("okay what's the routing number on the bottom of the check")
        g = speak_groups(rt, ch([3, 3, 3], [9], [4, 5]), False, filler=0.15)
        c.c(ch("the first one is ", "", "okay "), c.v("BANK_ACCOUNT", " ".join(g), rt, "routing"))
        c.a(ch("and the account number", "and then your checking account"))
        ga = speak_groups(acct, [3] * (len(acct) // 3) + ([len(acct) % 3] if len(acct) % 3 else []), False, filler=0.2)
        key = c.val("BANK_ACCOUNT", acct)
        m = max(1, len(ga) // 2)
        c.c((" ".join(ga[:m]), key))
        c.a(bc())
        c.c((" ".join(ga[m:]), key))
        note = "spoken routing + split account"
    c.note = note + " (US %s; routing number labelled BANK_ACCOUNT)" % ind
    return c


def p_iban():
    country, ind, op = ctx(R.choice(["EU", "IE", "UK"]))
    c = Case("positive", "")
    ib = iban_value()
    if R.random() < 0.55:
        grouped = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4))
        t = ch(grouped, ib, grouped.lower(), ib[:4] + " " + ib[4:])
        c.a(ch("Please share the IBAN for the transfer.", "What IBAN should the refund go to?"))
        c.c(ch("IBAN: ", "iban ", "here: ", "it's "), c.v("IBAN", t, ib))
        note = "typed IBAN"
    else:
        c.a("can you read me the iban")
        cc = spell_letters(ib[:2], 0.5)
        rest = ib[2:]
        toks = []
        k = 0
        while k < len(rest):
            ch4 = rest[k:k + 4]
            if ch4.isdigit():
                toks.append(" ".join(speak_groups(ch4, [len(ch4)], country != "EU")))
            else:
                toks.append(" ".join(spell_letters(ch4, 0.3)))
            k += 4
        key = c.val("IBAN", ib)
        m = len(toks) // 2
        c.c(ch("", "yeah it's ", "um "), (" ".join(cc + toks[:m]), key))
        c.a(bc())
        c.c((" ".join(toks[m:]), key))
        note = "spoken IBAN split over two turns"
    c.note = note + " (%s %s)" % (country, ind)
    return c


def phone_value(country):
    if country == "US":
        a = str(R.randint(201, 989))
        n = a + R.choice(["555", str(R.randint(201, 989))]) + digits(4)
        return n, ch("(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                     "+1 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s.%s.%s" % (n[:3], n[3:6], n[6:]),
                     "1-%s-%s-%s" % (n[:3], n[3:6], n[6:])), [3, 3, 4]
    if country == "UK":
        n = ch("07" + digits(9), "020" + "7946" + digits(4), "0161" + digits(7), "0113" + digits(7))
        return n, ch(n[:5] + " " + n[5:], "+44 " + n[1:5] + " " + n[5:], n, "+44 (0)" + n[1:5] + " " + n[5:],
                     "0044 " + n[1:]), [5, 3, 3]
    if country == "IE":
        n = "08" + R.choice("3567") + digits(7)
        return n, ch(n[:3] + " " + n[3:6] + " " + n[6:], "+353 " + n[1:3] + " " + n[3:], n), [3, 3, 4]
    n = R.choice(["0049", "0033", "0034", "0031"]) + digits(9)
    return n, "+" + n[2:4] + " " + n[4:7] + " " + n[7:10] + " " + n[10:], [4, 3, 3, 3]


def p_phone():
    country = R.choice(["US", "US", "UK", "IE", "EU"])
    _, ind, op = ctx(country)
    uk = country != "US"
    c = Case("positive", "")
    n, typed, sizes = phone_value(country)
    style = R.randint(0, 3)
    if style == 0:
        ext = ""
        if country == "US" and R.random() < 0.8:
            ext = ch(" ext. ", " x", " ext ", " extension ") + str(R.randint(10, 9999))
        c.a(ch("What's the best number to reach you on?", "Can I get a callback number?"))
        c.c(ch("call me on ", "tel: ", "mobile ", "it's ", "ph# ", "work number "), c.v("PHONE", typed + ext, norm_digits(typed + ext)),
            ch("", " after 5", " anytime", " thanks"))
        note = "typed phone" + (" with extension" if ext else "")
    else:
        intl = R.random() < 0.35
        if intl:
            cc = {"US": "1", "UK": "44", "IE": "353", "EU": n[2:4]}[country]
            body = n[1:] if country in ("UK", "IE") else (n if country == "US" else n[4:])
            lead = "plus " + " ".join(ONES[int(x)] for x in cc) + " "
            canon = cc + body
            g = speak_groups(body, [len(body) // 3, len(body) // 3, len(body) - 2 * (len(body) // 3)], uk, filler=0.15)
        else:
            lead = ""
            body = n if country != "EU" else "0" + n[4:]
            canon = body
            sz = sizes if sum(sizes) == len(body) else [len(body) // 2, len(body) - len(body) // 2]
            g = speak_groups(body, sz, uk, filler=0.15)
        ext_w = ""
        if country == "US" and R.random() < 0.65:
            e = str(R.randint(100, 999))
            ext_w = " extension " + say_group(e)
            if norm_digits(ext_w) != e:
                ext_w = " extension " + say_digits(e)
            canon += e
        c.a(ch("and a contact number", "what number should we call you back on", "whats the phone number on the account"))
        if style == 1:
            c.c(ch("it's ", "", "uh "), c.v("PHONE", lead + " ".join(g) + ext_w, canon))
            note = "spoken phone" + (" international" if intl else "") + (" with extension" if ext_w else "")
        else:
            key = c.val("PHONE", canon)
            c.c(ch("", "yeah it's "), (lead + g[0], key))
            c.a(bc())
            c.c((" ".join(g[1:]) + ext_w, key))
            note = "spoken phone split over turns" + (" international" if intl else "")
            if R.random() < 0.5:
                c.a("so that's ", c.v("PHONE", lead + " ".join(speak_groups(canon[len(canon) - len(body) - (len(ext_w) and 3):][:len(body)], [len(body)], uk, 0)) + ext_w, canon), "?")
                note += " + read-back"
    c.note = note + " (%s %s)" % (country, ind)
    return c


def p_email():
    country, ind, op = ctx()
    c = Case("positive", "")
    e = email_value()
    if R.random() < 0.4:
        t = ch(e, e.upper() if R.random() < 0.3 else e.capitalize(), e)
        c.a(ch("What email should the receipt go to?", "Can you confirm the email on file?"))
        c.c(ch("email: ", "its ", "e-mail ", "send it to ", ""), c.v("EMAIL", t, e), ch("", " pls", ". thanks!"))
        note = "typed email"
    else:
        c.a(ch("and what's your email address", "can i get an email for the confirmation"))
        sp = say_email(e)
        if normalise(sp, "email") != e:
            sp = say_email(e)
        if R.random() < 0.4:
            words = sp.split(" at ")
            key = c.val("EMAIL", e)
            c.c(ch("it's ", "", "yeah "), (words[0], key))
            c.a(ch("at", "mhm at", bc()))
            c.c(("at " + words[1], key))
            note = "spoken email split at the @"
        else:
            c.c(ch("it's ", "um ", ""), c.v("EMAIL", sp, e), ch("", " all lower case", " all one word"))
            note = "spoken email"
    c.note = note + " (%s %s)" % (country, ind)
    return c


def p_dob():
    country, ind, op = ctx()
    c = Case("positive", "")
    typed, spoken = dob_forms(country != "US")
    if R.random() < 0.4:
        c.a("Can you confirm your date of birth?")
        c.c(ch("DOB ", "dob: ", "born ", "", "d.o.b. "), c.v("DOB", R.choice(typed)))
        note = "typed DOB"
    else:
        c.a(ch("and your date of birth please", "can you confirm the date of birth on the account"))
        c.c(ch("", "it's ", "yeah ", "um "), c.v("DOB", R.choice(spoken)))
        note = "spoken DOB"
        if R.random() < 0.3:
            c.a("so ", c.v("DOB", R.choice(spoken)), " yeah")
            note += " + read-back"
    c.note = note + " (%s %s)" % (country, ind)
    return c


def p_address():
    country = R.choice(["UK", "US", "IE", "UK", "US"])
    _, ind, op = ctx(country)
    c = Case("positive", "")
    if country == "US":
        z = digits(5, True)
        z4 = digits(4)
        town = R.choice(TOWNS_US)
    else:
        z = uk_postcode() if country == "UK" else None
        town = R.choice(TOWNS_UK if country == "UK" else TOWNS_IE)
    if R.random() < 0.5:
        addr = address_value(country)[0]
        c.a(ch("What's the billing address?", "Can you confirm the delivery address?"))
        segs = [ch("", "its ", "addr: "), c.v("ADDRESS", addr), ", " + town]
        if country == "US":
            zz = ch(z, z + "-" + z4, z + z4 if False else z + "-" + z4)
            segs += [ch(" ", ", OH ", " "), c.v("POSTCODE", zz, zz.replace("-", ""))]
        elif z:
            pz = ch(z, z.replace(" ", ""), z.lower())
            segs += [" ", c.v("POSTCODE", pz, z.replace(" ", ""))]
        c.c(*segs)
        note = "typed address"
    else:
        c.a(ch("can you confirm the first line of the address", "and the address please"))
        c.c(ch("it's ", "yeah ", "um "), c.v("ADDRESS", say_address(country)), " in " + town.lower())
        note = "spoken address"
        if country == "US":
            c.a(ch("and the zip", "zip code please"))
            if R.random() < 0.5:
                g = speak_groups(z + z4, [5, 4], False)
                c.c(c.v("POSTCODE", g[0] + " dash " + g[1], z + z4))
                note += " + spoken ZIP+4"
            else:
                c.c(ch("", "it's "), c.v("POSTCODE", " ".join(speak_groups(z, [5], False)), z))
                note += " + spoken ZIP"
        elif z:
            c.a("and the postcode")
            sp = " ".join(spell_letters(z.replace(" ", ""), 0.3))
            c.c(ch("", "it's "), c.v("POSTCODE", sp, z.replace(" ", "")))
            note += " + spoken postcode"
    c.note = note + " (%s %s)" % (country, ind)
    return c


def p_mixed():
    country = R.choice(["US", "UK"])
    _, ind, op = ctx(country)
    c = Case("positive", "")
    c.a(op)
    if country == "US":
        s = ssn_value()
        n, typed, _ = phone_value("US")
        c.c("hi my name's ", R.choice(FIRST).capitalize(), " my social is ", c.v("SSN", ch(s[:3] + " " + s[3:5] + " " + s[5:], s), s),
            " and you can reach me at ", c.v("PHONE", typed, norm_digits(typed)))
        d = card_value()
        c.a("thanks and which card would you like to use")
        c.c("the ", ch("visa", "mastercard", "amex", "card"), " ", c.v("CARD_NUMBER", " ".join(speak_groups(d, card_sizes(d), False, 0.2)), d),
            " expires ", c.v("EXPIRY", R.choice(expiry_forms()[1])))
        note = "US multi-PII: SSN, phone, card, expiry"
    else:
        ni = ni_value()
        e = email_value()
        c.c("ok my NI number is ", c.v("NI_NUMBER", ni[:2] + " " + ni[2:8] + " " + ni[8], ni), " and email ", c.v("EMAIL", e, e))
        d = card_value()
        c.a("and the card number")
        c.c(c.v("CARD_NUMBER", " ".join(speak_groups(d, card_sizes(d), True, 0.2)), d), ch(" and that's a debit card", ""))
        note = "UK multi-PII: NI, email, card"
    c.note = note + " (%s %s)" % (country, ind)
    return c


# ---------------------------------------------------------------- negatives
def luhn_like_number():
    return luhn_complete(R.choice(["4", "5", "37"]), 16)


def n_snippets(country):
    uk = country != "US"
    cur = "£" if country == "UK" else ("€" if country in ("IE", "EU") else "$")
    L = []
    amt = "%s%s.%02d" % (cur, "{:,}".format(R.randint(10, 12000)), R.randint(0, 99))
    L.append(("agent", "your current balance is " + amt + " and the minimum payment is " + cur + str(R.randint(5, 90))))
    L.append(("agent", "that comes to %s %s and %s %s" % (two_words(R.randint(20, 99)), ch("pounds", "dollars", "euro"), two_words(R.randint(10, 99)), ch("pence", "cents", "cent"))))
    on = luhn_like_number()
    L.append(("customer", "order number " + " ".join(on[k:k + 4] for k in range(0, 16, 4)) + " never arrived"))
    L.append(("customer", "the reference is " + " ".join(speak_groups(on, [4, 4, 4, 4], uk, 0.1)) + " that's the booking reference not a card"))
    cl = digits(9, True)
    L.append(("agent", "your claim number is %s-%s-%s, please quote it on any letters" % (cl[:3], cl[3:5], cl[5:])))
    L.append(("customer", "claim number " + " ".join(speak_groups(cl, [3, 2, 4], False)) + " from the accident"))
    L.append(("customer", "member id is %s%s" % (ch("XGH", "WQP", "MBR", "ZZK"), digits(9))))
    L.append(("agent", "i see member ID " + digits(3) + "-" + digits(3) + "-" + digits(3) + " on the plan"))
    npi = luhn_complete("80840" + "1", 15)[5:]
    L.append(("agent", "the provider NPI is " + npi + " for the billing doctor"))
    L.append(("customer", "the doctor's npi number " + " ".join(speak_groups(npi, [3, 3, 4], False)) + " is on the bill"))
    mbi = R.choice("123456789") + R.choice("ACDEFGHJKMNPQRTUVWXY") + R.choice("ACDEFGHJKMNPQRTUVWXY0123456789") + digits(1) + "-" + R.choice("ACDEFGHJKMNPQRTUVWXY") * 1 + R.choice("ACDEFGHJKMNPQRTUVWXY0123456789") + digits(1) + "-" + R.choice("ACDEFGHJKMNPQRTUVWXY") + R.choice("ACDEFGHJKMNPQRTUVWXY") + digits(2)
    L.append(("customer", "my Medicare beneficiary identifier on the red white and blue card is " + mbi))
    L.append(("agent", "appointment is on the %s of %s at %d:%02d" % (ch("fourteenth", "3rd", "22nd", "first"), ch(*MONTHS), R.randint(1, 12), ch(0, 15, 30, 45))))
    L.append(("agent", "we're open nine till five thirty monday to friday and ten to four on saturdays"))
    L.append(("agent", "the call will take about %d minutes, you're number %d in the queue" % (R.randint(5, 45), R.randint(2, 30))))
    L.append(("customer", "i'm %s years old and i've been with you since %d" % (two_words(R.randint(21, 94)), R.randint(1985, 2022))))
    L.append(("customer", "it's %s degrees in the house and the heating's been off for %d hours" % (two_words(R.randint(5, 30)), R.randint(2, 72))))
    L.append(("agent", "the rate goes up %s.%d percent from the %s" % (R.randint(1, 9), R.randint(0, 9), ch("first of april", "1st of May", "next billing cycle"))))
    L.append(("customer", "meter reading is " + digits(5) + " and the night one is " + " ".join(speak_groups(digits(5), [5], uk))))
    L.append(("customer", "flight %s%d from gate %d, seat %d%s, room %d at the hotel" % (ch("BA", "EI", "UA", "FR", "LH"), R.randint(10, 9999), R.randint(1, 60), R.randint(1, 40), ch("A", "C", "F"), R.randint(100, 1499))))
    L.append(("customer", "i was stuck on the %s for two hours" % ch("M25", "I-95", "Route 66", "N7", "A1(M)", "I-405")))
    L.append(("agent", "i can see the card ending %s was declined" % digits(4)))
    L.append(("customer", "it's the card ending in " + say_digits(digits(4), uk) + " the debit one"))
    L.append(("agent", "your policy number is " + ch("POL", "HX", "AVP") + digits(8) + " and the renewal date is " + "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027))))
    L.append(("agent", "tracking number " + ch("1Z" + digits(2) + "X" + digits(12), "9400" + digits(18), digits(12))))
    L.append(("customer", "invoice INV-%s and ticket #%s" % (digits(7), digits(6))))
    L.append(("customer", "serial number " + digits(4) + "-" + digits(4) + "-" + digits(4) + " model " + ch("WD-", "KX", "HP ") + digits(4)))
    L.append(("agent", "your contract ends on %d %s %d and the payment date is the %dth" % (R.randint(1, 28), ch(*MONTHS).capitalize(), R.randint(2025, 2028), R.randint(4, 28))))
    L.append(("customer", "i paid %s on the %s and another %d last week" % (amt, ch("fifth", "12th", "twenty third"), R.randint(10, 400))))
    L.append(("agent", "case reference %s, that's %s" % (digits(11), "a case number for the complaint")))
    L.append(("customer", "account reference on the gas bill is " + digits(10) + " not my bank account"))
    L.append(("agent", "your booking code is " + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)) + " and the fare was " + amt))
    L.append(("customer", "we've got %d kids and %d phones on the plan, about %d gigabytes each" % (R.randint(1, 5), R.randint(2, 6), R.randint(5, 100))))
    L.append(("agent", "that's eighteen months at %s%d a month, so %s%d in total" % (cur, R.randint(10, 60), cur, R.randint(200, 1100))))
    L.append(("customer", "the group number on my insurance card is " + digits(6) + " and the rx bin is " + digits(6)))
    L.append(("agent", "your prior authorization number is PA" + digits(10)))
    L.append(("customer", "the year was nineteen ninety eight i think, or ninety nine"))
    L.append(("agent", "call back after " + ch("4:30", "half past three", "quarter to nine", "noon") + " and ask for extension desk " + str(R.randint(2, 9))))
    L.append(("customer", "parcel id " + " ".join(speak_groups(digits(12), [4, 4, 4], uk)) + " that's on the sticker"))
    return L


def negative_case():
    country = R.choice(["UK", "US", "US", "IE", "EU"])
    _, ind, op = ctx(country)
    c = Case("negative", "")
    snips = n_snippets(country)
    pick = R.sample(range(len(snips)), R.randint(1, 3))
    c.a(op)
    kinds = []
    for p in pick:
        sp, txt = snips[p]
        if sp == "agent":
            c.c(ch("hi, quick question", "hello", "yeah hi", "i'm calling about my account"))
            c.a(txt)
        else:
            c.c(txt)
            c.a(ch("okay let me look into that", "thanks, one moment", "mhm", "right"))
        kinds.append(p)
    c.note = "negative (%s %s): snippet ids %s" % (country, ind, ",".join(map(str, kinds)))
    return c


# ---------------------------------------------------------------- build
POS_PLAN = ([p_card_chat] * 14 + [p_card_asr_split] * 16 + [p_card_restart] * 6 + [p_card_aside] * 6 +
            [p_ssn] * 34 + [p_ni] * 32 + [p_bank_uk] * 12 + [p_bank_us] * 12 + [p_iban] * 12 +
            [p_phone] * 22 + [p_email] * 14 + [p_dob] * 12 + [p_address] * 20 + [p_mixed] * 8)
N_NEG = 110


def build():
    cases = []
    plan = POS_PLAN[:]
    R.shuffle(plan)
    for i, f in enumerate(plan):
        c = f()
        c.id = "h453-pos-%03d" % (i + 1)
        cases.append(c)
    for i in range(N_NEG):
        c = negative_case()
        c.id = "h453-neg-%03d" % (i + 1)
        cases.append(c)
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        spans = [{"turn": s["turn"], "start": s["start"], "end": s["end"], "type": s["type"]}
                 for s in c.spans]
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": spans,
                                 "note": c.note}, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def check(cases, data):
    errs = []
    with open(OUT, "rb") as fh:
        if fh.read() != data:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    recs = [json.loads(l) for l in data.decode("utf-8").splitlines()]
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = sum(r["kind"] == "negative" for r in recs)
    for r, c in zip(recs, cases):
        if r["kind"] == "negative" and r["spans"]:
            errs.append(r["id"] + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(r["id"] + ": positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(r["id"] + ": bad speaker")
        by_turn = {}
        for s in r["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            if s["type"] not in TYPES:
                errs.append(r["id"] + ": bad type " + s["type"])
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append(r["id"] + ": turn out of range")
                continue
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(r["id"] + ": offsets out of range")
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (r["id"], txt[a:b]))
            if not (txt[a].isalnum() or txt[a] in "+(") or not txt[b - 1].isalnum():
                errs.append("%s: span has leading/trailing junk %r" % (r["id"], txt[a:b]))
            if txt[a:b] != txt[a:b].strip():
                errs.append(r["id"] + ": span has surrounding whitespace")
            by_turn.setdefault(s["turn"], []).append((a, b))
        for tl in by_turn.values():
            tl.sort()
            for (a1, b1), (a2, b2) in zip(tl, tl[1:]):
                if a2 < b1:
                    errs.append(r["id"] + ": overlapping spans")
        # value validation, using the generator's grouping of spans into values
        groups = {}
        for s in c.spans:
            groups.setdefault(s["key"], []).append(c.turns[s["turn"]]["text"][s["start"]:s["end"]])
        for k, texts in groups.items():
            v = c.vals[k]
            joined = " ".join(texts)
            mode = MODE[v["type"]]
            canon = normalise(joined, mode) if mode else None
            if mode and v["canon"] is not None and canon != v["canon"]:
                errs.append("%s: %s normalises to %r, expected %r (%r)" % (r["id"], v["type"], canon, v["canon"], joined))
            if not validate(v["type"], canon if mode else joined, v["role"], joined):
                errs.append("%s: %s value %r (role %s) fails validation" % (r["id"], v["type"], joined, v["role"]))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if counts.get(t, 0) < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts.get(t, 0)))
    return errs, counts, npos, nneg


def main():
    cases = build()
    data = serialise(cases)
    if "--check" in sys.argv[1:]:
        errs, counts, npos, nneg = check(cases, data)
        for e in errs[:60]:
            print("ERROR", e)
        print("positives %d negatives %d spans %s" % (npos, nneg, json.dumps(counts)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as fh:
        fh.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

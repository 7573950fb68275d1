#!/usr/bin/env python3
"""Generate the pii_holdout479 held-out PII redaction evaluation set.

Writes tests/fixtures/pii_holdout479/cases.jsonl and README.md.
Every turn is assembled from plain-text segments and labelled value
segments, so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout479.py           # (re)write the files
    python scripts/make_pii_holdout479.py --check   # regenerate + validate

Standard library only; one RNG: random.Random(479241125).
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout479")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(479241125)

# ---------------------------------------------------------------- vocab
UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
ZEROS = {"zero", "oh", "o", "nought", "nil"}
FILLERS = {"um", "uh", "er", "erm", "uhm", "hmm"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
            "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
            "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
            "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
            "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
            "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MONTH_ABBR["sept"] = 9
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d",
        "echo": "e", "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i",
        "juliet": "j", "juliett": "j", "kilo": "k", "lima": "l", "mike": "m",
        "november": "n", "oscar": "o", "papa": "p", "quebec": "q",
        "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x",
        "x-ray": "x", "yankee": "y", "zulu": "z"}
NATO_BY_LETTER = {}
for _w, _l in NATO.items():
    NATO_BY_LETTER.setdefault(_l, _w)
NATO_BY_LETTER["x"] = "x-ray"
# informal "as in" words people actually use
ASIN = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david",
        "e": "edward", "f": "freddie", "g": "george", "h": "harry",
        "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy",
        "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
        "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra"}
SUFFIXES = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln",
            "close", "drive", "dr", "way", "crescent", "court", "place",
            "terrace", "grove", "gardens", "boulevard", "blvd", "row",
            "hill", "square", "walk", "mews", "parade", "park"}

DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine"]

# ---------------------------------------------------------------- helpers


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


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789")
                            for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def two_digit_words(n):
    if n < 10:
        return DIGW[n]
    if n < 20:
        return [k for k, v in TEENS.items() if v == n][0]
    t = [k for k, v in TENS.items() if v == n - n % 10][0]
    return t if n % 10 == 0 else t + " " + DIGW[n % 10]


def say_digit(ch, zw):
    return zw if ch == "0" else DIGW[int(ch)]


def say_group(g, zw, mode=None, runs=True):
    """Speak a digit group. Never ends in a bare tens word (avoids
    ambiguity with a following digit)."""
    if mode is None:
        mode = R.choice(["digits", "digits", "digits", "pairs", "hundreds"])
    if mode == "pairs" and len(g) % 2 == 0:
        parts = []
        ok = True
        for i in range(0, len(g), 2):
            a, b = g[i], g[i + 1]
            if a == "0":
                parts.append(zw + " " + DIGW[int(b)] if b != "0"
                             else zw + " " + zw)
            elif b == "0" and a != "1":
                ok = False
                break
            else:
                parts.append(two_digit_words(int(a + b)))
        if ok:
            return " ".join(parts)
    if mode == "hundreds" and len(g) == 3 and g[0] != "0" and g[1:] != "00" \
            and not (g[2] == "0" and g[1] not in "01"):
        rest = int(g[1:])
        if g[1] == "0":
            tail = DIGW[int(g[2])]
        else:
            tail = two_digit_words(rest)
        return DIGW[int(g[0])] + " hundred " + R.choice(["and ", "and ", ""]) \
            + tail if g[1] != "0" or True else ""
    out = []
    i = 0
    while i < len(g):
        ch = g[i]
        j = i
        while j < len(g) and g[j] == ch:
            j += 1
        run = j - i
        if runs and run >= 3 and R.random() < 0.6:
            out.append("triple " + say_digit(ch, zw))
            i += 3
        elif runs and run >= 2 and R.random() < 0.6:
            out.append("double " + say_digit(ch, zw))
            i += 2
        else:
            out.append(say_digit(ch, zw))
            i += 1
    return " ".join(out)


def group(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return [g for g in out if g]


def join_spoken(parts, filler_p=0.25, comma=False):
    s = parts[0]
    for p in parts[1:]:
        r = R.random()
        if r < filler_p:
            s += R.choice([" um ", " uh ", ", um, ", " er ", " erm ",
                           "... uh "]) + p
        elif comma:
            s += R.choice([", ", " ", "... "]) + p
        else:
            s += " " + p
    return s


def zero_word(letters=False):
    if letters:
        return R.choice(["oh", "zero", "nought", "oh"])
    return R.choice(["oh", "o", "zero", "nought", "oh", "oh"])


def spell_letter(ch, style):
    ch = ch.lower()
    if style == "plain":
        return ch
    if style == "nato":
        return ch + " for " + NATO_BY_LETTER[ch]
    if style == "asin":
        return ch + " as in " + ASIN.get(ch, NATO_BY_LETTER[ch])
    if style == "bare":
        return NATO_BY_LETTER[ch]
    return ch


def speak_alnum(s, zw, lstyle="mix", filler_p=0.0):
    """Speak a letters+digits value token by token (postcodes, NI, IBAN)."""
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == " ":
            i += 1
            continue
        if c.isalpha():
            st = lstyle
            if lstyle == "mix":
                st = R.choice(["plain", "plain", "plain", "nato", "asin"])
            if st == "plain" and i + 1 < len(s) and s[i + 1].lower() == c.lower() \
                    and R.random() < 0.5:
                toks.append("double " + c.lower())
                i += 2
                continue
            toks.append(spell_letter(c, st))
            i += 1
        else:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            toks.append(say_group(s[i:j], zw, mode=R.choice(
                ["digits", "digits", "pairs"])))
            i = j
    return join_spoken(toks, filler_p=filler_p)


# ---------------------------------------------------------------- normalise
TOKRE = re.compile(r"[a-z]+(?:-ray)?|\d+|[^\sa-z\d]")


def parse_small(toks, i):
    t = toks[i]
    if t in TEENS:
        return TEENS[t], i + 1
    if t in TENS:
        v = TENS[t]
        i += 1
        if i < len(toks) and toks[i] in UNITS:
            v += UNITS[toks[i]]
            i += 1
        return v, i
    return UNITS[t], i + 1


def is_num_word(t):
    return t in UNITS or t in TEENS or t in TENS


def parse_number(toks, i):
    v, j = parse_small(toks, i)
    if j < len(toks) and toks[j] == "thousand":
        v *= 1000
        j += 1
        if j + 1 < len(toks) and toks[j] == "and" and is_num_word(toks[j + 1]):
            j += 1
        if j < len(toks) and is_num_word(toks[j]):
            w, j = parse_small(toks, j)
            v += w
        return str(v), j
    if j < len(toks) and toks[j] == "hundred" and v < 10:
        v *= 100
        j += 1
        if j + 1 < len(toks) and toks[j] == "and" and is_num_word(toks[j + 1]):
            j += 1
        if j < len(toks) and is_num_word(toks[j]):
            w, j = parse_small(toks, j)
            v += w
        return str(v), j
    return str(v), j


KNOWN = set(UNITS) | set(TEENS) | set(TENS) | ZEROS | FILLERS | set(NATO) | {
    "for", "as", "in", "double", "triple", "plus", "hundred", "thousand",
    "and", "x-ray"}


def normalise(text, letters=False, keep_punct=""):
    """Spoken/typed value -> compact string of digits/letters.
    letters=True: single letters are letters ('o' is the letter O),
    NATO / 'as in' spellings collapse to their letter."""
    toks = TOKRE.findall(text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS:
            i += 1
            continue
        if letters and len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            k = i + 2
            if nxt == "as" and k < len(toks) and toks[k] == "in":
                k += 1
            if k < len(toks) and toks[k][:1] == t:
                out.append(t)
                i = k + 1
                continue
        if t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            if nxt in ZEROS and not (letters and nxt == "o"):
                out.append("0" * n)
            elif nxt in UNITS:
                out.append(str(UNITS[nxt]) * n)
            elif len(nxt) == 1:
                out.append(nxt * n)
            else:
                out.append(t)
                i += 1
                continue
            i += 2
            continue
        if t == "plus":
            out.append("+")
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if is_num_word(t):
            s, i = parse_number(toks, i)
            out.append(s)
            continue
        if t in ZEROS and not (letters and t == "o"):
            out.append("0")
            i += 1
            continue
        if letters and t in NATO:
            out.append(NATO[t])
            i += 1
            continue
        if letters and t.isalpha() and len(t) > 1 and t not in KNOWN:
            out.append(t)  # typed letter run, e.g. 'pa' in 'PA632678A'
        elif len(t) == 1 and (t.isalnum() or t in keep_punct):
            out.append(t)
        elif t in keep_punct:
            out.append(t)
        i += 1
    return "".join(out)


def digits_of(text):
    return re.sub(r"\D", "", normalise(text))


def date_parts(text):
    """-> (month_from_name or None, [numbers as strings])"""
    toks = TOKRE.findall(text.lower())
    month = None
    nums = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS or t in ("of", "the", "st", "nd", "rd", "th", "and"):
            i += 1
            continue
        if t in MONTHS:
            month = MONTHS.index(t) + 1
            i += 1
            continue
        if t in MONTH_ABBR:
            month = MONTH_ABBR[t]
            i += 1
            continue
        if t in TENS and i + 1 < len(toks) and toks[i + 1] in ORDINALS \
                and ORDINALS[toks[i + 1]] < 10:
            nums.append(str(TENS[t] + ORDINALS[toks[i + 1]]))
            i += 2
            continue
        if t in ORDINALS:
            nums.append(str(ORDINALS[t]))
            i += 1
            continue
        if t.isdigit():
            nums.append(t)
            i += 1
            continue
        if is_num_word(t):
            s, i = parse_number(toks, i)
            nums.append(s)
            continue
        if t in ZEROS:
            # "oh five" -> 05 ; "nineteen oh five" handled by merge below
            if i + 1 < len(toks) and toks[i + 1] in UNITS:
                nums.append("0" + str(UNITS[toks[i + 1]]))
                i += 2
                continue
            nums.append("0")
            i += 1
            continue
        i += 1
    return month, nums


def valid_date(text, dob):
    month, nums = date_parts(text)
    # split compact typed forms like 0827 / 140382
    if len(nums) == 1 and nums[0].isdigit():
        n = nums[0]
        if len(n) == 4:
            nums = [n[:2], n[2:]]
        elif len(n) == 6:
            nums = [n[:2], n[2:4], n[4:]] if dob else [n[:2], n[2:]]
        elif len(n) == 8:
            nums = [n[:2], n[2:4], n[4:]]
    # merge a split spoken year: 19 82 -> 1982 ; 20 27 -> 2027 ; 19 05
    if len(nums) >= 2 and nums[-2] in ("19", "20") and len(nums[-1]) == 2:
        nums = nums[:-2] + [nums[-2] + nums[-1]]
    if not nums:
        return False
    year = nums[-1]
    rest = nums[:-1]
    if len(year) not in (2, 4):
        return False
    y = int(year)
    if len(year) == 4:
        if dob and not 1920 <= y <= 2010:
            return False
        if not dob and not 2020 <= y <= 2039:
            return False
    ints = [int(x) for x in rest]
    if dob:
        if month:
            return len(ints) == 1 and 1 <= ints[0] <= 31
        return len(ints) == 2 and ((1 <= ints[0] <= 31 and 1 <= ints[1] <= 12)
                                   or (1 <= ints[0] <= 12 and 1 <= ints[1] <= 31))
    if month:
        return len(ints) == 0
    return len(ints) == 1 and 1 <= ints[0] <= 12


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EMAIL_RE = re.compile(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")


def norm_email(text):
    t = " " + text.lower() + " "
    for fl in FILLERS:
        t = t.replace(" " + fl + " ", " ")
    t = re.sub(r"\b([a-z]) (?:for|as in) ([a-z-]+)",
               lambda m: m.group(1) if m.group(2)[0] == m.group(1) else m.group(0), t)
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s+dot\s+", ".", t)
    t = re.sub(r"\s*(underscore)\s*", "_", t)
    t = re.sub(r"\s+(dash|hyphen)\s+", "-", t)
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in ("double",) and i + 1 < len(toks) and len(toks[i + 1]) == 1:
            out.append(toks[i + 1] * 2)
            i += 2
            continue
        if is_num_word(w):
            s, i = parse_number(toks, i)
            out.append(s)
            continue
        out.append(w)
        i += 1
    return "".join(out)


def validate_value(typ, text):
    """Validate a single, complete value. Returns True/False."""
    if typ == "CARD_NUMBER":
        d = digits_of(text)
        return 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        return len(digits_of(text)) in (3, 4) and \
            re.sub(r"[\d\s]", "", normalise(text)) == ""
    if typ == "SSN":
        d = digits_of(text)
        return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" \
            and d[3:5] != "00" and d[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(normalise(text, letters=True).upper()))
    if typ == "BANK_ACCOUNT":
        return 6 <= len(digits_of(text)) <= 17 and \
            normalise(text).isdigit()
    if typ == "SORT_CODE":
        d = normalise(text)
        return d.isdigit() and len(d) == 6
    if typ == "IBAN":
        return iban_ok(normalise(text, letters=True).upper())
    if typ == "PHONE":
        s = normalise(text, keep_punct="+")
        if not re.fullmatch(r"\+?\d+", s):
            return False
        if s.startswith("+"):
            if s.startswith("+1"):
                return len(s) == 12
            return s.startswith(("+44", "+353", "+33", "+49", "+34", "+31")) \
                and 11 <= len(s) - 1 <= 13
        if s.startswith("00"):
            return 12 <= len(s) <= 15
        if s.startswith("0"):
            return len(s) in (10, 11)
        if s.startswith("1"):
            return len(s) == 11
        return len(s) == 10
    if typ == "EMAIL":
        return bool(EMAIL_RE.fullmatch(norm_email(text)))
    if typ == "DOB":
        return valid_date(text, dob=True)
    if typ == "EXPIRY":
        return valid_date(text, dob=False)
    if typ == "POSTCODE":
        s = normalise(text, letters=True).upper()
        return bool(UKPC_RE.fullmatch(s) or re.fullmatch(r"\d{5}(\d{4})?", s))
    if typ == "ADDRESS":
        t = text.lower().replace(",", " ")
        toks = t.split()
        if not toks or toks[-1].strip(".") not in SUFFIXES:
            return False
        first = toks[0]
        return bool(re.match(r"\d", first)) or is_num_word(first) or \
            first in ("flat", "apartment", "apt", "unit", "suite", "number")
    return False


# ---------------------------------------------------------------- builder
class Case:
    def __init__(self):
        self.turns = []   # (speaker, [segments])

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def build(self):
        turns, spans = [], []
        for i, (spk, segs) in enumerate(self.turns):
            buf = ""
            for s in segs:
                if isinstance(s, tuple):
                    st = len(buf)
                    buf += s[0]
                    spans.append({"turn": i, "start": st, "end": len(buf),
                                  "type": s[1]})
                else:
                    buf += s
            turns.append({"speaker": spk, "text": buf})
        return turns, spans


def C(*a):
    return R.choice(a)


# ---------------------------------------------------------------- fake data
FIRST = ["james", "sarah", "michael", "aoife", "priya", "david", "emma",
         "sean", "olga", "tomasz", "linda", "kevin", "grace", "mohammed",
         "chloe", "patrick", "maria", "daniel", "niamh", "robert", "fatima",
         "liam", "hannah", "carlos", "joanne"]
LAST = ["smith", "o'brien", "patel", "nowak", "murphy", "jones", "garcia",
        "walsh", "khan", "taylor", "brennan", "williams", "kowalski",
        "hughes", "byrne", "evans", "nguyen", "fitzgerald", "reid", "cohen"]
STREETS_UK = ["Albert Road", "Church Street", "Mill Lane", "Victoria Avenue",
              "Station Road", "Beechwood Close", "Kingsway", "Elm Grove",
              "Queens Crescent", "Hawthorn Drive", "Park Terrace",
              "Marlborough Gardens", "Ash Walk", "Canal Street",
              "Windmill Hill", "St Marys Place", "Ferndale Court",
              "Chapel Row", "Wellington Parade", "Orchard Mews"]
STREETS_US = ["Maple Avenue", "Oak Street", "Sunset Boulevard",
              "Pine Ridge Drive", "Elm Street", "Lakeview Court",
              "W 34th Street", "Cedar Lane", "Hillcrest Road",
              "Magnolia Way", "N Main Street", "Willow Creek Drive"]
TOWNS_UK = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"),
            ("Cardiff", "CF"), ("Glasgow", "G"), ("Birmingham", "B"),
            ("Norwich", "NR"), ("Leicester", "LE"), ("Brighton", "BN"),
            ("Edinburgh", "EH"), ("Sheffield", "S"), ("Reading", "RG"),
            ("Belfast", "BT"), ("Derby", "DE"), ("Exeter", "EX"),
            ("Hull", "HU"), ("Wakefield", "WF"), ("Preston", "PR")]
TOWNS_US = [("Springfield", "IL", "627"), ("Austin", "TX", "787"),
            ("Columbus", "OH", "432"), ("Denver", "CO", "802"),
            ("Tampa", "FL", "336"), ("Portland", "OR", "972"),
            ("Albany", "NY", "122"), ("Phoenix", "AZ", "850"),
            ("Raleigh", "NC", "276"), ("Madison", "WI", "537")]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com",
           "icloud.com", "btinternet.com", "eircom.net", "aol.com",
           "live.ie", "protonmail.com", "sky.com", "virginmedia.com"]
INDUSTRIES = ["bank", "telecom", "utility", "retail", "insurance", "travel",
              "healthcare billing", "government services"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def name():
    return C(*FIRST), C(*LAST)


def card():
    k = R.random()
    if k < 0.45:
        d = luhn_complete("4" + str(R.randint(0, 9)), 16)
    elif k < 0.65:
        d = luhn_complete(str(R.randint(51, 55)), 16)
    elif k < 0.72:
        d = luhn_complete(str(R.randint(2221, 2720)), 16)
    elif k < 0.84:
        d = luhn_complete(C("34", "37"), 15)
    elif k < 0.89:
        d = luhn_complete("6011", 16)
    elif k < 0.93:
        d = luhn_complete("36", 14)
    elif k < 0.96:
        d = luhn_complete("4", 13)
    else:
        d = luhn_complete(C("6759", "6761"), C(18, 19))
    return d


def card_groups(d):
    n = len(d)
    if n == 15:
        return group(d, [4, 6, 5])
    if n == 14:
        return group(d, [4, 6, 4])
    if n == 13:
        return group(d, [4, 3, 3, 3])
    return group(d, [4] * 5)


def card_typed(d):
    g = card_groups(d)
    st = R.random()
    if st < 0.35:
        return " ".join(g)
    if st < 0.55:
        return "-".join(g)
    if st < 0.75:
        return d
    if st < 0.85 and len(d) == 16:
        return d[:8] + " " + d[8:]
    if st < 0.93:
        return "  ".join(g)
    return ".".join(g)


def card_spoken_parts(d, zw):
    return [say_group(g, zw) for g in card_groups(d)]


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ssn_typed(s):
    return C(s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " "
             + s[5:], s[:3] + "-" + s[3:5] + "-" + s[5:],
             s[:3] + "." + s[3:5] + "." + s[5:])


def ni():
    a = C(*"ABCEGHJKLMNPRSTWXYZ")
    while True:
        b = C(*"ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "ER"):
            break
    return a + b + "".join(R.choice("0123456789") for _ in range(6)) + C(*"ABCD")


def ni_typed(n):
    st = R.random()
    if st < 0.3:
        s = n
    elif st < 0.6:
        s = " ".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]])
    elif st < 0.8:
        s = n[:2] + " " + n[2:8] + " " + n[8]
    else:
        s = n[:2] + n[2:8] + " " + n[8]
    return s.lower() if R.random() < 0.3 else s


def sort_code():
    return "".join(R.choice("0123456789") for _ in range(6)).replace(
        "0", str(R.randint(0, 9)), 1)


def sort_typed(s):
    return C(s[:2] + "-" + s[2:4] + "-" + s[4:], s, s[:2] + " " + s[2:4] + " "
             + s[4:], s[:2] + "-" + s[2:4] + "-" + s[4:])


def account(us=False):
    n = R.randint(9, 12) if us else 8
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789")
                                          for _ in range(n - 1))


def iban():
    cc = C("GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL")
    if cc == "GB":
        bban = C("NWBK", "BARC", "HBUK", "MIDL", "LOYD") + sort_code() + account()
    elif cc == "IE":
        bban = C("AIBK", "BOFI", "IPBS") + sort_code() + account()
    elif cc == "DE":
        bban = "".join(R.choice("0123456789") for _ in range(18))
    elif cc == "FR":
        bban = "".join(R.choice("0123456789") for _ in range(23))
    elif cc == "ES":
        bban = "".join(R.choice("0123456789") for _ in range(20))
    else:
        bban = C("ABNA", "INGB", "RABO") + "".join(
            R.choice("0123456789") for _ in range(10))
    return make_iban(cc, bban)


def iban_typed(s):
    st = R.random()
    if st < 0.5:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif st < 0.8:
        out = s
    else:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()
    return out


def phone():
    """-> (digits-with-plus typed variants list, canonical spoken digits)"""
    k = R.choice(["ukmob", "ukmob", "ukgeo", "us", "us", "ie", "eu"])
    if k == "ukmob":
        sub = "7" + C("700", "911", "400", "812", "723", "984") + \
            "".join(R.choice("0123456789") for _ in range(6))
        nat = "0" + sub
        typed = [nat[:5] + " " + nat[5:], nat, "+44 " + sub[:4] + " " + sub[4:],
                 "+44" + sub, "(0)" + nat[1:5] + " " + nat[5:]]
        typed = [typed[0], typed[1], typed[2], typed[3], nat[:5] + " " +
                 nat[5:8] + " " + nat[8:]]
        intl = "44" + sub
    elif k == "ukgeo":
        sub = C("20", "161", "113", "117", "131", "121") 
        rest = "".join(R.choice("0123456789") for _ in range(10 - len(sub)))
        nat = "0" + sub + rest
        typed = ["0" + sub + " " + rest[:len(rest) - 4] + " " + rest[-4:],
                 nat, "+44 " + sub + " " + rest, "+44 (0)" + sub + " " + rest]
        intl = "44" + sub + rest
    elif k == "us":
        a = str(R.randint(2, 9)) + "".join(R.choice("0123456789") for _ in range(2))
        b = str(R.randint(2, 9)) + "".join(R.choice("0123456789") for _ in range(2))
        c = "".join(R.choice("0123456789") for _ in range(4))
        nat = a + b + c
        typed = ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c),
                 "%s.%s.%s" % (a, b, c), "+1 %s %s %s" % (a, b, c),
                 "1-%s-%s-%s" % (a, b, c), nat]
        intl = "1" + nat
    elif k == "ie":
        sub = "8" + C("3", "5", "6", "7", "9") + \
            "".join(R.choice("0123456789") for _ in range(7))
        nat = "0" + sub
        typed = [nat[:3] + " " + nat[3:6] + " " + nat[6:], nat,
                 "+353 " + sub[:2] + " " + sub[2:5] + " " + sub[5:],
                 "00353 " + sub]
        intl = "353" + sub
    else:
        cc = C("33", "49", "34", "31")
        sub = C("6", "7") + "".join(R.choice("0123456789") for _ in range(8))
        nat = "0" + sub
        typed = ["+" + cc + " " + sub[0] + " " + " ".join(
            sub[i:i + 2] for i in range(1, 9, 2)), "+" + cc + sub,
            "+" + cc + " " + sub]
        intl = cc + sub
    return k, nat, intl, typed


def phone_spoken(k, nat, intl, zw):
    if R.random() < 0.45 and k != "us":
        cc = intl[:len(intl) - len(nat) + 1]
        cc_sp = "plus " + " ".join(DIGW[int(c)] for c in cc)
        body = nat[1:]
        parts = [cc_sp] + [say_group(g, zw) for g in group(body, [4, 3, 3])]
        return join_spoken(parts, 0.15, comma=True)
    if k == "us":
        gs = group(nat, [3, 3, 4])
    elif k in ("ukmob",):
        gs = group(nat, C([5, 3, 3], [5, 6], [4, 3, 4]))
    elif k == "ie":
        gs = group(nat, [3, 3, 4])
    else:
        gs = group(nat, [4, 3, 4] if len(nat) == 11 else [3, 3, 4])
    return join_spoken([say_group(g, zw) for g in gs], 0.2, comma=True)


def email():
    f, l = name()
    l = l.replace("'", "")
    dom = C(*DOMAINS)
    st = R.random()
    if st < 0.25:
        local = f + "." + l
    elif st < 0.45:
        local = f[0] + l + str(R.randint(1, 99))
    elif st < 0.6:
        local = f + "_" + l[:3]
    elif st < 0.75:
        local = l + f[0] + str(R.randint(1960, 2005))
    elif st < 0.9:
        local = f + "-" + l
    else:
        local = f[0] + "." + l
    return local, dom


def email_typed(local, dom):
    s = local + "@" + dom
    r = R.random()
    if r < 0.2:
        return s.capitalize()
    if r < 0.3:
        return s.upper()
    if r < 0.4:
        return local.title() + "@" + dom
    return s


def email_spoken(local, dom):
    parts = []
    for piece in re.split(r"([._-])", local):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece == "-":
            parts.append(C("dash", "hyphen"))
        elif piece.isdigit():
            parts.append(" ".join(DIGW[int(c)] for c in piece) if
                         R.random() < 0.5 or len(piece) != 2 else
                         two_digit_words(int(piece)) if piece[0] != "0"
                         and not (piece[1] == "0" and piece[0] != "1")
                         else " ".join(DIGW[int(c)] for c in piece))
        elif len(piece) == 1:
            parts.append(spell_letter(piece, C("plain", "plain", "nato")))
        else:
            if R.random() < 0.2 and len(piece) <= 6:
                parts.append(" ".join(piece))
            else:
                parts.append(piece)
    d = dom.split(".")
    dsp = " dot ".join(d)
    s = " ".join(parts) + " at " + dsp
    return s


def dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2005)


def ordinal(n):
    for k, v in ORDINALS.items():
        if v == n:
            return k
    if n > 20:
        t = [k for k, v in TENS.items() if v == n - n % 10][0]
        return t + " " + [k for k, v in ORDINALS.items() if v == n % 10][0]


def year_spoken(y):
    if y >= 2000:
        if y == 2000:
            return "two thousand"
        if y < 2010:
            return "two thousand and " + DIGW[y % 10] if R.random() < 0.6 \
                else "two thousand " + DIGW[y % 10]
        return "twenty " + two_digit_words(y % 100)
    lo = y % 100
    if lo < 10:
        return "nineteen " + C("oh", "o") + " " + DIGW[lo]
    if lo % 10 == 0:
        return "nineteen " + two_digit_words(lo)
    return "nineteen " + two_digit_words(lo)


def dob_typed(d, m, y, us=False):
    st = R.random()
    if us:
        return C("%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y),
                 "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                 "%02d-%02d-%d" % (m, d, y))
    if st < 0.4:
        return "%02d/%02d/%d" % (d, m, y)
    if st < 0.55:
        return "%d.%d.%02d" % (d, m, y % 100)
    if st < 0.75:
        return "%d%s %s %d" % (d, C("th", "", "th"), MONTHS[m - 1].title(), y)
    if st < 0.85:
        return "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y)
    return "%02d-%02d-%d" % (d, m, y)


def dob_spoken(d, m, y, us=False):
    st = R.random()
    yr = year_spoken(y) if R.random() < 0.8 else two_digit_words(y % 100) \
        if y % 100 >= 10 and (y % 10 != 0) else year_spoken(y)
    if us or st < 0.25:
        return MONTHS[m - 1] + " " + ordinal(d) + " " + yr
    if st < 0.7:
        return C("the ", "") + ordinal(d) + " of " + MONTHS[m - 1] + " " + yr
    if st < 0.85:
        return ordinal(d) + " " + MONTHS[m - 1] + ", um, " + yr
    return "the " + ordinal(d) + " of the " + ordinal(m) + " " + yr


def expiry():
    return R.randint(1, 12), R.randint(2025, 2032)


def expiry_typed(m, y):
    return C("%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y),
             "%02d-%02d" % (m, y % 100), "%02d%02d" % (m, y % 100),
             "%s %d" % (MONTHS[m - 1][:3].title(), y),
             "%02d / %02d" % (m, y % 100))


def expiry_spoken(m, y):
    st = R.random()
    yy = two_digit_words(y % 100)
    if st < 0.35:
        return C("oh ", "zero ") + DIGW[m] + " " + yy if m < 10 else \
            two_digit_words(m) + " " + yy
    if st < 0.7:
        return MONTHS[m - 1] + " " + C(yy, "twenty " + yy)
    return DIGW[m] + " " + C("slash ", "") + yy if m < 10 else \
        MONTHS[m - 1] + " " + yy


def cvv(amex=False):
    return "".join(R.choice("0123456789") for _ in range(4 if amex else 3))


def uk_postcode():
    town, area = C(*TOWNS_UK)
    out = area + str(R.randint(1, 29 if len(area) == 1 else 20))
    inw = str(R.randint(0, 9)) + C(*INWARD_LETTERS) + C(*INWARD_LETTERS)
    return town, out + " " + inw


def us_zip():
    town, st, p = C(*TOWNS_US)
    z = p + "%02d" % R.randint(1, 99)
    if R.random() < 0.2:
        z += "-%04d" % R.randint(1, 9999)
    return town, st, z


def uk_address():
    num = R.randint(1, 240)
    street = C(*STREETS_UK)
    flat = R.random() < 0.25
    return flat, (R.randint(1, 12) if flat else None), num, street


def address_typed(flat, fno, num, street):
    s = ""
    if flat:
        s = C("Flat %d, " % fno, "flat %d " % fno, "Flat %d " % fno)
    st = street
    if R.random() < 0.25:
        st = st.replace("Road", "Rd").replace("Street", "St").replace(
            "Avenue", "Ave")
    if R.random() < 0.2:
        st = st.lower()
    return s + "%d%s %s" % (num, C("", "", "", "a") if not flat else "", st)


def address_spoken(flat, fno, num, street):
    s = ""
    if flat:
        s = "flat " + two_digit_words(fno) + " "
    if num >= 100 and num % 100 != 0 and R.random() < 0.5:
        n = DIGW[num // 100] + " hundred and " + two_digit_words(num % 100) \
            if num % 100 >= 10 else DIGW[num // 100] + " " + C("oh", "o") + \
            " " + DIGW[num % 10]
    elif num >= 100:
        n = " ".join(DIGW[int(c)] for c in str(num))
    else:
        n = two_digit_words(num)
    return s + n + " " + street.lower()


BACKCH = ["mhm", "go on", "yep", "ok", "uh huh", "yes", "right", "got that",
          "yeah go on", "okay", "and the next bit?", "mm hmm"]

# ---------------------------------------------------------------- positive templates


def pos_card_chat():
    d = card()
    c = Case()
    lead = C("card no: ", "my card number is ", "Card: ", "card number - ",
             "its ", "CC# ", "long number on card ", "card num ")
    c.add("agent", C("Hi, thanks for contacting us. To take the payment I'll need the long card number please.",
                     "Could you type the 16 digit number on the front of the card?",
                     "Please provide the card details for the refund."))
    segs = [lead, (card_typed(d), "CARD_NUMBER")]
    note = "typed card number"
    if R.random() < 0.6:
        m, y = expiry()
        segs += [C(" exp ", " expiry ", ", expires ", " exp date: ", " valid thru "),
                 (expiry_typed(m, y), "EXPIRY")]
        note += " + expiry"
    if R.random() < 0.5:
        segs += [C(" cvv ", " CVC: ", " sec code ", ", the 3 digits on back are "),
                 (cvv(len(d) == 15), "CVV")]
        note += " + cvv"
    c.add("customer", *segs)
    if R.random() < 0.3:
        c.add("agent", "Thanks, the card ending ", (d[-4:], "CARD_NUMBER"),
              " has been charged.")
        note += "; last four repeated after full card (labelled)"
    return c, note


def pos_card_asr():
    d = card()
    zw = zero_word()
    c = Case()
    c.add("agent", C("okay and the long number across the front of the card please",
                     "can i take the card number when you're ready",
                     "right so what's the card number",
                     "and can you read me the sixteen digits"))
    parts = card_spoken_parts(d, zw)
    mode = R.random()
    note = "asr card"
    if mode < 0.35:
        c.add("customer", C("yeah it's ", "okay it's ", "um ", "right ", ""),
              (join_spoken(parts, 0.3), "CARD_NUMBER"))
        note += " single turn with fillers"
    elif mode < 0.7:
        for i, p in enumerate(parts):
            pre = C("", "", "um ", "then ", "next is ", "okay ") if i else C("", "it's ", "right ")
            c.add("customer", pre, (p, "CARD_NUMBER"))
            if i < len(parts) - 1:
                c.add("agent", C(*BACKCH))
        note += " split over turns with back-channels"
    elif mode < 0.85:
        k = R.randint(1, len(parts) - 1)
        frag = join_spoken(parts[:k], 0.1)
        c.add("customer", "", (frag, "CARD_NUMBER"),
              C(" no wait sorry ", "... sorry, let me start again, ", " ah no hang on, ",
                " sorry i've lost my place, "),
              (join_spoken(parts, 0.2), "CARD_NUMBER"))
        note += " restarted reading"
    else:
        k = R.randint(1, len(parts) - 1)
        c.add("customer", "", (join_spoken(parts[:k], 0.1), "CARD_NUMBER"),
              C(" sorry the dog's going mad, ", " hang on let me put my glasses on, ",
                " sorry one sec, kids shush, ", " hold on, the light's bad here, "),
              (join_spoken(parts[k:], 0.1), "CARD_NUMBER"))
        note += " aside mid-reading"
    if R.random() < 0.5:
        rb = card_typed(d) if R.random() < 0.4 else join_spoken(card_spoken_parts(d, zw), 0)
        c.add("agent", C("let me read that back ", "so that's ", "i've got "),
              (rb, "CARD_NUMBER"), C(" is that right", "", " yeah"))
        c.add("customer", C("yep", "that's it", "correct"))
        note += " + agent read-back"
    if R.random() < 0.6:
        m, y = expiry()
        c.add("agent", C("and the expiry", "expiry date please", "and when does it run out"))
        c.add("customer", C("", "it's ", "um ", "expires "),
              (expiry_spoken(m, y), "EXPIRY"))
        note += " + expiry"
    if R.random() < 0.5:
        c.add("agent", C("and the three digit security code on the back",
                         "last three on the signature strip please"))
        cv = cvv(len(d) == 15)
        c.add("customer", C("", "it's ", "uh "),
              (say_group(cv, zw, mode=C("digits", "hundreds")), "CVV"))
        note += " + cvv"
    return c, note


def pos_ssn():
    s = ssn()
    c = Case()
    if R.random() < 0.45:
        c.add("agent", C("For verification, what is your Social Security number?",
                         "Can you confirm your SSN on file?"))
        c.add("customer", C("SSN: ", "ssn is ", "social ", "it's ", "", "my social security no. "),
              (ssn_typed(s), "SSN"))
        note = "typed SSN"
    else:
        zw = C("oh", "zero", "o")
        gs = group(s, [3, 2, 4])
        c.add("agent", C("and can i get your social please",
                         "i'll just need your social security number to verify",
                         "what's the social on the account"))
        if R.random() < 0.5:
            c.add("customer", C("sure ", "yeah it's ", "uh "),
                  (join_spoken([say_group(g, zw) for g in gs], 0.3, comma=True), "SSN"))
            note = "asr SSN single turn"
        else:
            for i, g in enumerate(gs):
                c.add("customer", (say_group(g, zw), "SSN"))
                if i < 2:
                    c.add("agent", C(*BACKCH))
            note = "asr SSN split over turns"
        if R.random() < 0.4:
            c.add("agent", C("thank you so that's ", "okay i have "),
                  (C(s[:3] + "-" + s[3:5] + "-" + s[5:],
                     join_spoken([say_group(g, zw, "digits") for g in gs], 0)), "SSN"))
            note += " + read-back"
    if R.random() < 0.4:
        d, m, y = dob()
        c.add("agent", C("and date of birth?", "and your DOB"))
        c.add("customer", C("", "born ", "it's "),
              (dob_typed(d, m, y, us=True) if R.random() < 0.5 else dob_spoken(d, m, y, us=True), "DOB"))
        note += " + dob"
    if R.random() < 0.3:
        town, st, z = us_zip()
        c.add("agent", "and the zip code on file")
        c.add("customer", C("", "it's "), (z if R.random() < 0.5 else
                                           say_group(z.replace("-", ""), "zero", "digits"), "POSTCODE"))
        note += " + zip"
    return c, note


def pos_ni():
    n = ni()
    c = Case()
    c.add("agent", C("Can I take your National Insurance number please?",
                     "what's your national insurance number",
                     "and your N I number for the claim"))
    r = R.random()
    if r < 0.4:
        c.add("customer", C("NI no: ", "its ", "", "NINO ", "my ni number is "),
              (ni_typed(n), "NI_NUMBER"))
        note = "typed NI number"
    elif r < 0.75:
        zw = zero_word(letters=True)
        c.add("customer", C("yeah it's ", "", "okay ", "um "),
              (speak_alnum(n, zw, C("plain", "mix", "nato"), 0.2), "NI_NUMBER"))
        note = "asr NI number"
    else:
        zw = zero_word(letters=True)
        chunks = [n[:2], n[2:5], n[5:8], n[8]]
        for i, ch in enumerate(chunks):
            c.add("customer", C("", "then ", "") if i else "",
                  (speak_alnum(ch, zw, "mix"), "NI_NUMBER"))
            if i < len(chunks) - 1:
                c.add("agent", C(*BACKCH))
        note = "asr NI split over turns"
    if R.random() < 0.35:
        c.add("agent", "thank you I've got ", (n if R.random() < 0.5 else
                                                 " ".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]]), "NI_NUMBER"))
        note += " + read-back"
    if R.random() < 0.4:
        d, m, y = dob()
        c.add("agent", C("and your date of birth", "DOB please"))
        c.add("customer", C("", "it's "), (dob_spoken(d, m, y) if R.random() < 0.6 else dob_typed(d, m, y), "DOB"))
        note += " + dob"
    return c, note


def pos_bank():
    c = Case()
    sc = sort_code()
    ac = account()
    note = "sort code + account"
    if R.random() < 0.45:
        c.add("agent", "Please send the sort code and account number for the refund.")
        c.add("customer", C("sort code ", "S/C: ", "sc "), (sort_typed(sc), "SORT_CODE"),
              C(" acct no: ", " account ", ", a/c ", " and account number "),
              (C(ac, ac[:4] + " " + ac[4:]), "BANK_ACCOUNT"))
        note = "typed " + note
    else:
        zw = zero_word()
        c.add("agent", C("okay what's the sort code", "can i take the sort code first"))
        sp = join_spoken([say_group(sc[i:i + 2], zw, C("digits", "pairs"))
                          for i in range(0, 6, 2)], 0.2, comma=True)
        c.add("customer", C("", "it's ", "um "), (sp, "SORT_CODE"))
        c.add("agent", C("and the account number", "lovely and the eight digit account number"))
        if R.random() < 0.5:
            c.add("customer", (join_spoken([say_group(g, zw) for g in group(ac, [4, 4])], 0.3), "BANK_ACCOUNT"))
        else:
            c.add("customer", C("", "okay "), (say_group(ac[:4], zw), "BANK_ACCOUNT"))
            c.add("agent", C(*BACKCH))
            c.add("customer", (say_group(ac[4:], zw), "BANK_ACCOUNT"))
        if R.random() < 0.4:
            c.add("agent", "so sort code ", (sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE"),
                  " account ", (ac, "BANK_ACCOUNT"), " yeah")
            note += " + read-back"
        note = "asr " + note
    return c, note


def pos_us_account():
    c = Case()
    ac = account(us=True)
    c.add("agent", C("what's the checking account number you'd like to use",
                     "Account number for the autopay?"))
    if R.random() < 0.5:
        c.add("customer", C("acct #", "account no. ", "it's "), (ac, "BANK_ACCOUNT"))
        note = "typed US account number"
    else:
        c.add("customer", C("", "yeah it's "),
              (join_spoken([say_group(g, "zero") for g in group(ac, [3, 3, 4])], 0.3, comma=True), "BANK_ACCOUNT"))
        note = "asr US account number"
    return c, note


def pos_iban():
    c = Case()
    ib = iban()
    c.add("agent", C("For the SEPA transfer could you give me the IBAN?",
                     "and what's the iban for the refund"))
    r = R.random()
    if r < 0.5:
        c.add("customer", C("IBAN: ", "iban ", "it's ", ""), (iban_typed(ib), "IBAN"))
        note = "typed IBAN"
    else:
        zw = zero_word(letters=True)
        chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        if r < 0.75:
            c.add("customer", C("", "okay so ", "um "),
                  (join_spoken([speak_alnum(ch, zw, "mix") for ch in chunks], 0.2, comma=True), "IBAN"))
            note = "asr IBAN"
        else:
            half = len(chunks) // 2
            c.add("customer", (join_spoken([speak_alnum(ch, zw, "mix") for ch in chunks[:half]], 0.1), "IBAN"))
            c.add("agent", C(*BACKCH))
            c.add("customer", (join_spoken([speak_alnum(ch, zw, "mix") for ch in chunks[half:]], 0.1), "IBAN"))
            note = "asr IBAN split over turns"
    return c, note


def pos_phone():
    c = Case()
    k, nat, intl, typed = phone()
    c.add("agent", C("What's the best number to reach you on?",
                     "can i grab a contact number", "and a phone number for the engineer"))
    if R.random() < 0.45:
        c.add("customer", C("mob: ", "tel ", "call me on ", "ph# ", "", "my cell is "),
              (C(*typed), "PHONE"), C("", " thanks", " after 5pm pls"))
        note = "typed phone (%s)" % k
    else:
        zw = zero_word()
        sp = phone_spoken(k, nat, intl, zw)
        if R.random() < 0.7:
            c.add("customer", C("", "yeah it's ", "it's ", "um "), (sp, "PHONE"))
            note = "asr phone (%s)" % k
        else:
            gs = group(nat, [5, 6] if len(nat) == 11 else [3, 3, 4])
            for i, g in enumerate(gs):
                c.add("customer", (say_group(g, zw), "PHONE"))
                if i < len(gs) - 1:
                    c.add("agent", C(*BACKCH))
            note = "asr phone split (%s)" % k
        if R.random() < 0.3:
            c.add("agent", "that's ", (C(*typed), "PHONE"), " yeah?")
            note += " + read-back"
    return c, note


def pos_email():
    c = Case()
    local, dom = email()
    c.add("agent", C("and an email address for the confirmation",
                     "What email should we send the receipt to?"))
    if R.random() < 0.45:
        c.add("customer", C("email: ", "its ", "", "e-mail is "), (email_typed(local, dom), "EMAIL"))
        note = "typed email"
    else:
        c.add("customer", C("", "yeah it's ", "okay so it's "), (email_spoken(local, dom), "EMAIL"))
        note = "asr email spoken"
        if R.random() < 0.3:
            c.add("agent", "so ", (local + "@" + dom, "EMAIL"), " correct?")
            note += " + read-back"
    return c, note


def pos_dob():
    c = Case()
    d, m, y = dob()
    us = R.random() < 0.3
    c.add("agent", C("can you confirm your date of birth", "What's your DOB?",
                     "and the date of birth of the policy holder"))
    if R.random() < 0.4:
        c.add("customer", C("DOB ", "dob: ", "", "born "), (dob_typed(d, m, y, us), "DOB"))
        note = "typed DOB"
    else:
        c.add("customer", C("", "it's ", "yeah ", "um "), (dob_spoken(d, m, y, us), "DOB"))
        note = "asr DOB"
    return c, note


def pos_address():
    c = Case()
    if R.random() < 0.65:
        town, pc = uk_postcode()
        flat, fno, num, street = uk_address()
        c.add("agent", C("and the first line of the address and postcode",
                         "what's the address for the delivery",
                         "can you confirm the address we have on file"))
        if R.random() < 0.45:
            c.add("customer", (address_typed(flat, fno, num, street), "ADDRESS"),
                  C(", ", " ", ", "), town, C(", ", " ", " "),
                  (pc if R.random() < 0.7 else pc.replace(" ", "").lower(), "POSTCODE"))
            note = "typed UK address + postcode"
        else:
            c.add("customer", C("", "it's ", "yeah "),
                  (address_spoken(flat, fno, num, street), "ADDRESS"), " ", town.lower())
            c.add("agent", C("and the postcode", "postcode?"))
            zw = zero_word(letters=True)
            c.add("customer", C("", "it's "),
                  (speak_alnum(pc, zw, C("plain", "mix")), "POSTCODE"))
            note = "asr UK address + postcode"
    else:
        town, st, z = us_zip()
        num = R.randint(10, 9800)
        street = C(*STREETS_US)
        c.add("agent", "What's the service address?")
        if R.random() < 0.5:
            c.add("customer", ("%d %s" % (num, street), "ADDRESS"), ", %s, %s " % (town, st),
                  (z, "POSTCODE"))
            note = "typed US address + ZIP"
        else:
            ns = " ".join(DIGW[int(ch)] for ch in str(num))
            c.add("customer", C("", "it's "), (ns + " " + street.lower(), "ADDRESS"),
                  " in " + town.lower())
            c.add("agent", "and the zip")
            c.add("customer", (say_group(z.replace("-", ""), "zero", "digits"), "POSTCODE"))
            note = "asr US address + ZIP"
    return c, note


def pos_mixed_idv():
    """Mixed ID&V call: several types in one case."""
    c = Case()
    f, l = name()
    ind = C(*INDUSTRIES)
    c.add("agent", "thanks for calling, you're through to the %s team, can i take your full name" % ind)
    c.add("customer", "yeah it's %s %s" % (f, l))
    d, m, y = dob()
    c.add("agent", "and your date of birth")
    c.add("customer", C("", "it's ", "um "), (dob_spoken(d, m, y), "DOB"))
    town, pc = uk_postcode()
    c.add("agent", "and the postcode on the account")
    c.add("customer", (speak_alnum(pc, zero_word(True), "mix"), "POSTCODE"))
    local, dom = email()
    c.add("agent", "and is the email still ", (local + "@" + dom, "EMAIL"))
    c.add("customer", "no i changed it it's ", (email_spoken(local + str(R.randint(1, 9)), dom), "EMAIL"), " now")
    return c, "mixed ID&V (%s): dob, postcode, email update" % ind


def pos_email_body():
    """Typed e-mail/web-form message with a signature block."""
    c = Case()
    f, l = name()
    l2 = l.replace("'", "")
    ind = C(*INDUSTRIES)
    town, pc = uk_postcode()
    flat, fno, num, street = uk_address()
    k, nat, intl, typed = phone()
    local, dom = email()
    c.add("agent", "Subject: Re: your %s query - please reply with your details" % ind)
    segs = [C("Hi,\n\nI still havent had my refund, its been 3 weeks. ",
              "Hello, please update my details asap. ",
              "Dear Sir/Madam\nI'm writing to complain again (3rd time!!). "),
            C("New adress is ", "I've moved to ", "Address: "),
            (address_typed(flat, fno, num, street), "ADDRESS"), ", %s " % town,
            (pc, "POSTCODE"), C(". ", "\n"),
            C("Mob ", "Tel: ", "Ph "), (C(*typed), "PHONE"), "\n",
            C("Thanks\n", "Regards,\n", "Kind regards\n"),
            "%s %s\n" % (f.title(), l.title()), (email_typed(local, dom), "EMAIL")]
    note = "typed e-mail with address, postcode, phone, email (%s)" % ind
    if R.random() < 0.5:
        segs += ["\n", C("NI: ", "Nat Ins no ", "N.I. number "), (ni_typed(ni()), "NI_NUMBER")]
        note += ", NI"
    c.add("customer", *segs)
    return c, note


def pos_typo_chat():
    """Chat with typos and odd labels, several types at once."""
    c = Case()
    sc = sort_code()
    ac = account()
    d, m, y = dob()
    c.add("agent", "To verify the account can you give me your DOB and the bank details the payments come from?")
    c.add("customer", C("d.o.b ", "dob- ", "birthday "), (dob_typed(d, m, y), "DOB"),
          C(" sortcode ", " srt code ", " s/code "), (sort_typed(sc), "SORT_CODE"),
          C(" acct no:", " acount num ", " a/c no. "), (ac, "BANK_ACCOUNT"),
          C("", " thx", " ta", " (its a joint acc)"))
    if R.random() < 0.5:
        c.add("agent", "Thanks. Sort code ", (sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE"),
              ", is that correct?")
        c.add("customer", "yes")
    return c, "typed chat with typos: dob, sort code, account"


POS_TEMPLATES = [(pos_email_body, 10), (pos_typo_chat, 10), (pos_card_chat, 30), (pos_card_asr, 45), (pos_ssn, 34),
                 (pos_ni, 32), (pos_bank, 16), (pos_us_account, 5),
                 (pos_iban, 14), (pos_phone, 20), (pos_email, 16),
                 (pos_dob, 12), (pos_address, 22), (pos_mixed_idv, 8)]

# ---------------------------------------------------------------- negatives


def rdig(n, first_nonzero=True):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def non_luhn(n):
    while True:
        s = rdig(n)
        if not luhn_ok(s):
            return s


def neg_cases():
    out = []

    def add(note, *turns):
        c = Case()
        for spk, txt in turns:
            c.add(spk, txt)
        out.append((c, note))

    zw = "oh"
    for _ in range(8):
        on = non_luhn(16)
        g = " ".join(on[i:i + 4] for i in range(0, 16, 4))
        add("order number grouped like a card",
            ("customer", C("order number %s", "my order no is %s", "Order #: %s") % g),
            ("agent", "thanks, I can see order %s was dispatched yesterday" % on))
    for _ in range(6):
        on = non_luhn(16)
        sp = " ".join(say_group(on[i:i + 4], zw, "digits") for i in range(0, 16, 4))
        lab = C("tracking number", "parcel reference", "consignment number", "case reference")
        add("spoken %s read like a card" % lab,
            ("agent", "have you got the %s there" % lab),
            ("customer", "yeah the %s is %s" % (lab, sp)))
    for _ in range(6):
        l4 = rdig(4, False)
        add("card last-four only",
            ("agent", C("I can see a card ending %s on the account, is that the one?",
                        "is it the visa ending in %s") % C(l4, " ".join(say_digit(x, "oh") for x in l4))),
            ("customer", C("yes that's the one", "no it's the one ending %s" % rdig(4, False),
                           "yeah the debit card")))
    for _ in range(6):
        amt = "%d.%02d" % (R.randint(10, 4999), R.randint(0, 99))
        add("amounts and balances",
            ("customer", C("why is my bill £%s this month", "the balance shows $%s but I paid",
                           "I was charged €%s twice") % amt),
            ("agent", C("I can see a payment of £%d.%02d on the %s and an adjustment of %d.%02d" %
                        (R.randint(10, 900), R.randint(0, 99), C("3rd", "14th", "21st"),
                         R.randint(1, 99), R.randint(0, 99)),
                        "the outstanding amount is %s pounds %s" % (two_digit_words(R.randint(21, 99)) if False else
                                                                     "four hundred and twelve", "fifty"))))
    for _ in range(5):
        add("spoken amounts",
            ("customer", C("it was one thousand two hundred and forty pounds",
                           "they took three hundred and sixty five euro",
                           "my direct debit went up to eighty nine ninety nine",
                           "it says twenty four seventy five outstanding")),
            ("agent", "okay so the monthly payment is now %d pounds %d" % (R.randint(20, 99), R.randint(1, 99))))
    for _ in range(5):
        add("opening hours and times",
            ("customer", "what time are you open till"),
            ("agent", C("we're open 8am to 8pm Monday to Friday and 9 till 5:30 on Saturdays",
                        "lines are open from eight till ten, and twelve thirty on sundays",
                        "the engineer will arrive between 07:30 and 13:00",
                        "it's 24/7 for emergencies, otherwise 0900-1730")))
    for _ in range(5):
        ref = C("INC%07d" % R.randint(1, 9999999), "CLM-%d-%06d" % (R.randint(2019, 2026), R.randint(1, 999999)),
                "TKT %s" % rdig(9), "INV-%s" % rdig(8), "PO%s" % rdig(10),
                "REF %s %s" % (rdig(4), rdig(4)))
        add("reference/ticket/claim numbers with label",
            ("agent", "your reference is %s, please quote that if you call back" % ref),
            ("customer", "ok %s got it" % ref.lower()))
    for _ in range(5):
        add("policy numbers",
            ("customer", C("policy number %s %s %s", "my policy no. is %s-%s-%s",
                           "Policy: %s%s%s") % (rdig(4), rdig(4), rdig(3))),
            ("agent", "thanks, that policy renews on the %s of %s" % (ordinal(R.randint(1, 28)), C(*MONTHS))))
    for _ in range(5):
        mr = rdig(5, False)
        add("meter readings",
            ("agent", "can you read me the numbers on the meter, the black ones"),
            ("customer", "%s" % C(" ".join(say_digit(x, C("oh", "zero", "nought")) for x in mr),
                                  mr, mr[:3] + " " + mr[3:])),
            ("agent", "lovely so reading %s and the night rate is %s" % (mr, rdig(5, False))))
    for _ in range(5):
        add("travel: flight/seat/gate/booking",
            ("customer", C("I'm on flight BA%d tomorrow, seat %d%s", "booked on EI %d, seat %d%s",
                           "flight FR%d, I'm in %d%s") % (R.randint(100, 9999), R.randint(1, 40), C(*"ABCDEF"))),
            ("agent", "gate %s%d opens at %02d:%02d, and your booking code is %s" %
             (C(*"ABCD"), R.randint(1, 60), R.randint(5, 22), C(0, 15, 30, 45),
              "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))))
    for _ in range(4):
        add("hotel room and nights",
            ("customer", "we're in room %d for %d nights, checking out the %s" %
             (R.randint(101, 1240), R.randint(2, 9), ordinal(R.randint(1, 28)))),
            ("agent", "room %d, yes I see it, late checkout until 2pm is 25 pounds" % R.randint(101, 1240)))
    for _ in range(5):
        add("ages, counts, durations",
            ("customer", C("I'm 67 and I've been with you for 14 years",
                           "i've been on hold for forty five minutes",
                           "there are 3 adults and 2 kids aged 7 and 11 on the policy",
                           "my mum is ninety one she can't use the app",
                           "it's been 6 weeks and 4 days since I reported it")),
            ("agent", "I'm sorry about that, I'll add a note for the %d day review" % R.randint(5, 30)))
    for _ in range(4):
        add("temperatures and percentages",
            ("customer", C("the boiler only gets to 40 degrees", "the heating's at nineteen point five",
                           "you put my tariff up 12.5%", "the discount was meant to be twenty percent")),
            ("agent", "ok, the cap rose %d%% on 1 April and the thermostat should sit around %d" %
             (R.randint(3, 15), R.randint(18, 22))))
    for _ in range(6):
        add("appointment / payment / contract dates",
            ("agent", C("your appointment is on Tuesday the %s of %s at ten fifteen",
                        "the payment will go out on %s %s",
                        "your contract ends on the %s of %s %d".replace("%d", str(R.randint(2025, 2028)))) %
             (ordinal(R.randint(1, 28)), C(*MONTHS))),
            ("customer", C("can we move it to %d/%d?" % (R.randint(1, 28), R.randint(1, 12)),
                           "ok and the next one is %s %d" % (C(*MONTHS), R.randint(1, 28)),
                           "I thought it was the %s" % ordinal(R.randint(1, 28)))))
    for _ in range(4):
        add("years",
            ("customer", C("I've had this account since 2009", "we moved in back in nineteen ninety eight",
                           "the car is a 2017 model", "i opened it in two thousand and three")),
            ("agent", "right, and the last upgrade was in %d" % R.randint(2015, 2025)))
    for _ in range(5):
        add("model / serial numbers",
            ("customer", C("the model is KD-55X85J and serial %s", "serial no: SN%s",
                           "router model TG%d, serial number %s" % (R.randint(100, 999), "%s"),
                           "IMEI %s on the box" if False else "handset serial %s")
             % rdig(12)),
            ("agent", "thanks, warranty covers it till %s %d" % (C(*MONTHS), R.randint(2025, 2028))))
    for _ in range(4):
        add("road names without house numbers",
            ("customer", C("I'm stuck on the M25 near junction 10", "the van went down Albert Road twice",
                           "there's a leak near the corner of Church Street and Mill Lane",
                           "we're just off the A40 by the retail park")),
            ("agent", "ok, I'll pass that on to the team covering that area"))
    for _ in range(6):
        l = R.choice(["account reference", "customer number", "membership number", "loyalty card number",
                      "supply number", "MPAN", "MPRN", "booking reference"])
        v = non_luhn(R.choice([13, 16, 19])) if l != "booking reference" else rdig(9)
        add("%s (non-payment identifier) said with label" % l,
            ("agent", "can I take your %s" % l),
            ("customer", "it's %s" % C(" ".join(v[i:i + 4] for i in range(0, len(v), 4)), v)))
    for _ in range(5):
        add("phone keypad menu and extension numbers",
            ("agent", C("press 1 for billing, 2 for faults", "you can ask for extension 4412")),
            ("customer", C("I pressed option 3 then 2 and it cut me off", "I tried 4 and 9 already")))
    for _ in range(4):
        n = rdig(6)
        add("one-time passcode / PIN reset code with label (not a sort code)",
            ("agent", "I've sent a verification code, don't read it out, just type it in"),
            ("customer", "ok I've typed it, the screen says error code %s" % n))
    for _ in range(4):
        add("price lists",
            ("agent", C("the unlimited plan is 25 pounds a month for 24 months, or 30 on a 12 month",
                        "the upgrade costs 199 upfront then 39.99, saving 120 over the term",
                        "standing charge is 53.35p a day, unit rate 24.50p per kWh")),
            ("customer", "that's more than the 18.99 I pay now"))
    for _ in range(3):
        add("speed / data figures",
            ("customer", C("I'm only getting 3.2 meg when I pay for 500", "used 47 GB of my 50")),
            ("agent", "the line test shows %d ms latency and %d%% packet loss" % (R.randint(10, 90), R.randint(0, 9))))
    for _ in range(4):
        d = rdig(11)
        add("long spoken claim number read like a phone number",
            ("agent", "what's the claim number"),
            ("customer", "it's claim number " + join_spoken([say_group(g, "oh", "digits") for g in group(d, [5, 6])], 0.3)))
    return out


# ---------------------------------------------------------------- generate
def generate():
    recs = []
    pos = []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn())
    R.shuffle(pos)
    for i, (c, note) in enumerate(pos, 1):
        turns, spans = c.build()
        recs.append({"id": "h479-pos-%03d" % i, "kind": "positive", "turns": turns,
                     "spans": spans, "note": note})
    neg = neg_cases()
    R.shuffle(neg)
    for i, (c, note) in enumerate(neg, 1):
        turns, _ = c.build()
        recs.append({"id": "h479-neg-%03d" % i, "kind": "negative", "turns": turns,
                     "spans": [], "note": note})
    return recs


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)


def counts(recs):
    c = {t: 0 for t in TYPES}
    for r in recs:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def readme(recs):
    c = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = sum(r["kind"] == "negative" for r in recs)
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return f"""# pii_holdout479 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds,
> word lists or prompts of the redaction engine by looking at these cases.
> It exists only to measure the engine. If it is used for tuning it stops
> being a held-out set and must be replaced.

## Who wrote it and how

Written by an AI helper acting as an independent test author, who did not
see the redaction code, its tests, docs or other fixtures. The cases are
produced by `scripts/make_pii_holdout479.py` (Python standard library only,
single generator `random.Random(479241125)`). Every turn is assembled from
plain-text segments and labelled value segments, so offsets are computed,
never typed by hand.

Regenerate and verify with:

    python scripts/make_pii_holdout479.py --check

`--check` regenerates in memory and verifies `cases.jsonl` and this README
are byte-identical, ids are unique, spans are in range, on word boundaries
and non-overlapping, and every labelled value is valid after normalising
spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for
SSN, 6 for sort codes, UK postcode / US ZIP shape, parseable dates, etc.).
Values split across spans (several turns, asides, restarts) are validated
by joining consecutive spans of the same type.

## Contents

{npos} positive cases and {nneg} negative cases ({npos + nneg} total), a
mix of typed chat / e-mail text and lower-case phone-call ASR transcripts,
across banking, telecom, utilities, retail, insurance, travel, healthcare
billing and government services, for UK, US, Ireland and EU customers.

Format (one JSON object per line):
`id`, `kind` (`positive`/`negative`), `turns` (list of `speaker`
`customer`/`agent` and `text`), `spans` (`turn`, `start`, `end` — Python
character offsets into that turn's text, end exclusive — and `type`),
`note`.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last;
  lead-in words ("it's", "my number is", "acct no:") are outside.
  Exception: a leading `+` (international) or `(` (US area code) of a
  phone number is inside the PHONE span.
- A value split across turns is one span per turn, each with the value's
  type. Agent read-backs of a value are labelled too.
- A value interrupted by an aside in the same turn is two spans; the aside
  is outside. In a restarted reading, both the abandoned fragment and the
  full reading are labelled.
- Filler words spoken inside a reading ("um", "uh", "er") are inside the span.
- Phone spans include the country code. ADDRESS covers the house/flat number
  and street, not the town; the postcode/ZIP is a separate POSTCODE span.
  DOB and EXPIRY cover the whole date expression.
- A card's last four said on their own ("card ending 4821") are NOT PII
  unless the full card was read in the same case (then they are labelled
  CARD_NUMBER).
- Negative cases contain no PII at all: amounts, balances, prices, times,
  opening hours, durations, counts, ages, temperatures, percentages, years,
  appointment/payment/contract dates, order/ticket/claim/reference/tracking/
  serial/model/policy numbers said with their label, meter readings,
  flight/room/gate/seat numbers, road names, card last-four mentions.
  Names of people appear in some positive cases but are not a labelled type.

## Counts by type

| type | spans |
|---|---|
{rows}
| **total** | {sum(c.values())} |
"""


def word_ok(text, s, e):
    if s < 0 or e > len(text) or s >= e:
        return False
    if s > 0 and text[s - 1].isalnum():
        return False
    if e < len(text) and text[e].isalnum():
        return False
    if not (text[s].isalnum() or text[s] in "+(") or not text[e - 1].isalnum():
        return False
    return True


def check(recs, file_text, readme_text):
    errs = []
    if dump(recs) != file_text:
        errs.append("cases.jsonl is not byte-identical to a fresh generation")
    if readme(recs) != readme_text:
        errs.append("README.md is not byte-identical to a fresh generation")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r in recs:
        if r["kind"] == "negative" and r["spans"]:
            errs.append(r["id"] + ": negative with spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(r["id"] + ": bad speaker")
        per_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(r["id"] + ": bad type " + s["type"])
            if not 0 <= s["turn"] < len(r["turns"]):
                errs.append(r["id"] + ": turn out of range")
                continue
            text = r["turns"][s["turn"]]["text"]
            if not word_ok(text, s["start"], s["end"]):
                errs.append("%s: span not on word boundary %r" % (r["id"], text[s["start"]:s["end"]]))
            per_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for t, lst in per_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(r["id"] + ": overlapping spans")
        # value validation: join consecutive same-type spans until valid
        acc = {}
        cards = []
        for s in sorted(r["spans"], key=lambda x: (x["turn"], x["start"])):
            typ = s["type"]
            v = r["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            if validate_value(typ, v) and not acc.get(typ):
                if typ == "CARD_NUMBER":
                    cards.append(digits_of(v))
                continue
            if typ == "CARD_NUMBER" and not acc.get(typ) and len(digits_of(v)) == 4 \
                    and any(cd.endswith(digits_of(v)) for cd in cards):
                continue
            prev = acc.get(typ, "")
            lt = typ in ("IBAN", "NI_NUMBER", "POSTCODE")
            if prev and typ not in ("EMAIL", "ADDRESS", "DOB", "EXPIRY") and \
                    normalise(v, letters=lt).startswith(normalise(prev, letters=lt)):
                joined = v  # restarted reading
            elif typ == "EMAIL":
                joined = prev + v
            else:
                joined = (prev + " " + v) if prev else v
            if validate_value(typ, joined):
                acc[typ] = ""
                if typ == "CARD_NUMBER":
                    cards.append(digits_of(joined))
            else:
                acc[typ] = joined
        for typ, rest in acc.items():
            if rest:
                errs.append("%s: %s value does not validate: %r" % (r["id"], typ, rest))
    c = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = sum(r["kind"] == "negative" for r in recs)
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if c[t] < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, c[t]))
    return errs


def main():
    recs = generate()
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as f:
                ft = f.read()
            with open(README, encoding="utf-8") as f:
                rt = f.read()
        except OSError as e:
            print("missing file:", e)
            return 1
        errs = check(recs, ft, rt)
        for e in errs:
            print("ERROR", e)
        c = counts(recs)
        print("positives %d negatives %d" % (sum(r["kind"] == "positive" for r in recs),
                                              sum(r["kind"] == "negative" for r in recs)))
        print(", ".join("%s=%d" % (t, c[t]) for t in TYPES))
        print("CHECK " + ("FAILED" if errs else "OK"))
        return 1 if errs else 0
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(dump(recs))
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(recs))
    print("wrote", CASES, len(recs), "cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set #82.

Written by an AI helper acting as an independent author (it did not see the
redaction code or its tests).  Standard library only, fully deterministic.

    python scripts/make_pii_holdout82.py          # write fixture + README
    python scripts/make_pii_holdout82.py --check  # regenerate, verify, validate
"""
import json
import os
import random
import re
import sys

SEED = 82291123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout82")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fourty": 4, "fifty": 5, "sixty": 6,
        "seventy": 7, "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items() if k != "fourty"}
UNIT_MAP = {w: str(i) for i, w in enumerate(UNITS)}
UNIT_MAP.update({"oh": "0", "o": "0", "nought": "0", "nil": "0",
                 "for": "4", "to": "2", "too": "2", "won": "1", "ate": "8", "tree": "3"})
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEENS)}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
       "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
       "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
ORD_W = {v: k for k, v in ORD.items()}
LETTER_HOMO = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G", "jay": "J",
               "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P", "are": "R",
               "ess": "S", "tee": "T", "ex": "X", "why": "Y", "zed": "Z", "zee": "Z",
               "aitch": "H", "ay": "A"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_W = {}
for _w, _l in NATO.items():
    NATO_W.setdefault(_l, _w)
NATO_W["X"] = "x ray"
FILLERS = {"um", "uh", "er", "erm", "and", "sorry", "then", "dash", "hyphen", "slash",
           "space", "like", "yeah", "ok", "okay", "so", "is", "the", "it", "its"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]


def _tok(s):
    s = s.lower().replace("x ray", "xray").replace("x-ray", "xray")
    return re.findall(r"[a-z]+|\d+|\+", s)


def parse(s, letters=False):
    """Normalise a typed or spoken value to digits (and upper-case letters)."""
    t = _tok(s)
    out = []
    i = 0
    n = len(t)

    def two(j):
        if j >= n:
            return None
        w = t[j]
        if w in TEEN_MAP:
            return TEEN_MAP[w], j + 1
        if w in TENS:
            if j + 1 < n and t[j + 1] in UNIT_MAP and UNIT_MAP[t[j + 1]] != "0" and t[j + 1] not in ("o", "oh", "nought"):
                return str(TENS[w]) + UNIT_MAP[t[j + 1]], j + 2
            return str(TENS[w]) + "0", j + 1
        return None

    while i < n:
        w = t[i]
        if w.isdigit():
            out.append(w)
            i += 1
            continue
        if w == "+" or w == "plus":
            i += 1
            continue
        if letters and len(w) == 1 and i + 2 < n and t[i + 1] in ("for", "as") :
            j = i + 2
            if t[i + 1] == "as" and j < n and t[j] == "in":
                j += 1
            if j < n and t[j] in NATO or (j < n and t[j][0] == w and len(t[j]) > 2):
                out.append(w.upper())
                i = j + 1
                continue
        if w in ("double", "triple"):
            k = 2 if w == "double" else 3
            if i + 1 < n:
                nx = t[i + 1]
                if nx in UNIT_MAP:
                    out.append(UNIT_MAP[nx] * k)
                    i += 2
                    continue
                if letters and (len(nx) == 1 or nx in LETTER_HOMO):
                    out.append((LETTER_HOMO.get(nx) or nx.upper()) * k)
                    i += 2
                    continue
            i += 1
            continue
        if w in ("hundred", "thousand"):
            d = out.pop() if out and len(out[-1]) == 1 else "1"
            j = i + 1
            if j < n and t[j] == "and":
                j += 1
            width = 2 if w == "hundred" else 3
            r = two(j)
            if r is not None:
                out.append(d + r[0].rjust(width, "0"))
                i = r[1]
            elif j < n and t[j] in UNIT_MAP and UNIT_MAP[t[j]] != "0" and w == "thousand":
                out.append(d + UNIT_MAP[t[j]].rjust(width, "0"))
                i = j + 1
            else:
                out.append(d + "0" * width)
                i = i + 1
            continue
        r = two(i)
        if r is not None:
            out.append(r[0])
            i = r[1]
            continue
        if w in UNIT_MAP and not (letters and w in ("to", "too", "for") and False):
            out.append(UNIT_MAP[w])
            i += 1
            continue
        if letters:
            if w in LETTER_HOMO:
                out.append(LETTER_HOMO[w])
            elif w in NATO:
                out.append(NATO[w])
            elif w in FILLERS:
                pass
            else:
                out.append(w.upper())
        i += 1
    return "".join(out)


def say_digits(d, rng, style=None, zero=None, homo=0.0):
    """Speak a digit string the way a caller / ASR would; verified round trip."""
    zero = zero or rng.choice(["zero", "oh", "oh", "o", "nought"])

    def unit(c):
        if c == "0":
            return zero
        w = UNITS[int(c)]
        if homo and rng.random() < homo:
            w = {"four": "for", "two": "to", "eight": "ate", "one": "won"}.get(w, w)
        return w

    def pair(p):
        if p[0] == "0":
            return unit("0") + " " + unit(p[1])
        if p[0] == "1":
            return TEENS[int(p[1])]
        if p[1] == "0":
            return TENS_W[int(p[0])]
        return TENS_W[int(p[0])] + " " + UNITS[int(p[1])]

    style = style or rng.choice(["single", "single", "double", "pair", "mixed"])
    words = []
    if style == "single":
        words = [unit(c) for c in d]
    elif style == "double":
        i = 0
        while i < len(d):
            j = i
            while j < len(d) and d[j] == d[i]:
                j += 1
            run = j - i
            if run == 3 and rng.random() < 0.8:
                words.append("triple " + unit(d[i]))
                i = j
            elif run >= 2:
                words.append("double " + unit(d[i]))
                i += 2
            else:
                words.append(unit(d[i]))
                i += 1
    elif style == "pair":
        i = 0
        if len(d) % 2 and rng.random() < 0.5:
            words.append(unit(d[0]))
            i = 1
        while i < len(d):
            if i + 1 < len(d):
                words.append(pair(d[i:i + 2]))
                i += 2
            else:
                words.append(unit(d[i]))
                i += 1
    else:  # mixed chunking: singles, pairs, hundreds
        i = 0
        while i < len(d):
            r = rng.random()
            if r < 0.2 and i + 2 < len(d) and d[i] != "0" and (d[i + 1:i + 3] == "00" or d[i + 1] != "0"):
                rest = d[i + 1:i + 3]
                w = UNITS[int(d[i])] + " hundred"
                if rest != "00":
                    w += (" and " if rng.random() < 0.4 else " ") + pair(rest)
                words.append(w)
                i += 3
            elif r < 0.6 and i + 1 < len(d):
                words.append(pair(d[i:i + 2]))
                i += 2
            else:
                words.append(unit(d[i]))
                i += 1
    out = " ".join(words)
    if parse(out) != d:
        out = " ".join(unit(c) for c in d)
    assert parse(out) == d, (d, out)
    return out


AS_IN = {"A": "apple", "B": "bob", "C": "cat", "D": "dog", "E": "edward", "G": "george", "H": "harry",
         "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nancy", "P": "peter",
         "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "X": "xmas", "Y": "yellow", "Z": "zebra"}


def sj(parts, styles=("single",), sep=" ", homo=0.0):
    """Speak several digit groups joined by sep; falls back to single digits if
    adjacent groups would merge when re-read (e.g. 'thirty' + 'six')."""
    out = sep.join(say_digits(x, R, style=ch(list(styles)), homo=homo) for x in parts)
    if parse(out) != "".join(parts):
        out = sep.join(say_digits(x, R, style="single") for x in parts)
    assert parse(out) == "".join(parts), (parts, out)
    return out


def say_letter(c, rng, nato=0.3, homo=0.2):
    r = rng.random()
    if r < nato or c == "O":
        if R.random() < 0.25 and c in AS_IN:
            return c.lower() + " as in " + AS_IN[c]
        return c.lower() + " for " + NATO_W[c]
    if r < nato + homo:
        inv = [k for k, v in LETTER_HOMO.items() if v == c and k not in ("sea", "zee", "ay", "el", "en", "em", "ex", "ess")]
        if inv:
            return rng.choice(inv)
    return c.lower()


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    d = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - num % 97) + bban


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def ssn_ok(d):
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


def valid_canon(t, c):
    if t == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if t == "SSN":
        return ssn_ok(c)
    if t == "NI_NUMBER":
        return bool(NI_RE.fullmatch(c)) and c[:2] not in NI_BAD
    if t == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if t == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 12
    if t == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if t == "PHONE":
        return c.isdigit() and 10 <= len(c) <= 13
    if t == "IBAN":
        return iban_ok(c)
    if t == "POSTCODE":
        return bool(UK_PC.fullmatch(c)) or bool(re.fullmatch(r"\d{5}(\d{4})?", c))
    if t == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", c))
    return True


def norm_value(t, surface):
    if t == "EMAIL":
        s = surface.lower()
        s = re.sub(r"\bdot\b", ".", s)
        s = re.sub(r"\bat\b", "@", s)
        s = re.sub(r"\bunderscore\b", "_", s)
        s = re.sub(r"\b(dash|hyphen)\b", "-", s)
        return s.replace(" ", "")
    if t in ("NI_NUMBER", "POSTCODE", "IBAN"):
        return parse(surface, letters=True)
    return parse(surface)


def date_ok(t, surface):
    s = surface.lower()
    has_month = any(re.search(r"\b" + m, s) for m in MON3)
    nums = parse(re.sub(r"\b(" + "|".join(ORD) + r")\b", lambda m: str(ORD[m.group(1)]), s))
    if t == "EXPIRY":
        if has_month:
            return 2 <= len(nums) <= 4
        return len(nums) in (3, 4, 6) and 1 <= int(nums[:-2] if len(nums) != 6 else nums[:2]) <= 12
    if re.search(r"\d{1,2}[/.\- ]\d{1,2}[/.\- ]\d{2,4}", s):
        return True
    return has_month and len(nums) >= 3 or (not has_month and len(nums) in (6, 8))


def address_ok(surface):
    s = surface.lower()
    starts = re.match(r"(flat|apartment|apt|unit)?\s*\w", s)
    has_num = bool(re.search(r"\d", s)) or any(w in UNIT_MAP or w in TENS or w in TEEN_MAP or w == "hundred" for w in s.split())
    return bool(starts) and has_num and bool(re.search(
        r"\b(road|rd|street|st|avenue|ave|lane|ln|drive|dr|close|way|crescent|grove|terrace|place|court|boulevard|blvd|gardens|park|hill|row|square|mews|walk)\b\.?$", s))


# ---------------------------------------------------------------- builder
class V:
    def __init__(self, surface, t, canon=None, group=None, loose=False):
        self.surface, self.t, self.canon, self.group, self.loose = surface, t, canon, group, loose


class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.spans = []
        self.meta = []

    def add(self, speaker, *segs):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                s = len(text)
                text += seg.surface
                self.spans.append({"turn": len(self.turns), "start": s, "end": len(text), "type": seg.t})
                self.meta.append(seg)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.add("agent", *segs)

    def c(self, *segs):
        return self.add("customer", *segs)


R = random.Random(SEED)
ch = R.choice

FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "niamh", "david",
         "emma", "oliver", "chloe", "sean", "fatima", "lucy", "mark", "hannah", "ciaran", "maria",
         "jose", "ana", "pieter", "sophie", "kwame", "li", "rachel", "owen", "megan", "dylan"]
LAST = ["smith", "o'brien", "patel", "murphy", "jones", "walsh", "nguyen", "kowalski", "hughes",
        "byrne", "garcia", "evans", "kelly", "thompson", "ahmed", "doyle", "fischer", "martin",
        "roberts", "lopez", "campbell", "reilly", "singh", "wright", "brennan"]
STREETS = ["wallace", "elm", "station", "church", "victoria", "mill", "orchard", "kingsway", "maple",
           "park", "harbour", "beech", "chapel", "queens", "meadow", "willow", "oak", "north",
           "riverside", "hawthorn", "lincoln", "cedar", "sunset", "washington", "highland"]
SUFFIX_UK = ["road", "street", "lane", "close", "avenue", "drive", "crescent", "grove", "terrace", "way", "gardens", "mews"]
SUFFIX_US = ["street", "avenue", "boulevard", "drive", "lane", "court", "road", "way", "place"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "live.ie", "proton.me", "mail.com", "sky.com"]
ACKS = ["mhm", "okay", "yep", "okay go on", "right", "uh huh", "yes", "got that", "go ahead", "okay and"]
OPEN_CALL = ["thanks for calling", "you're through to", "good morning you're speaking with",
             "hi there thanks for holding"]


def card(kind=None):
    kind = kind or ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + ch(["539", "929", "485", "716", "024", "111", "556"]), 16, R), kind
    if kind == "visa13":
        return luhn_complete("4" + ch(["222", "539", "716"]), 13, R), kind
    if kind == "mc":
        return luhn_complete(ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16, R), kind
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15, R), kind
    if kind == "disc":
        return luhn_complete("6011", 16, R), kind
    return luhn_complete(ch(["6759", "6761", "5018"]), ch([18, 19]), R), kind


def groups_of(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return out


def card_groups(d):
    if len(d) == 15:
        return groups_of(d, [4, 6, 5])
    if len(d) == 13:
        return groups_of(d, [4, 3, 3, 3])
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def ssn():
    while True:
        d = "%03d%02d%04d" % (R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999))
        if ssn_ok(d):
            return d


def ni():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = ch(first) + ch(second)
        if p not in NI_BAD and "O" not in p:
            return p + "".join(ch("0123456789") for _ in range(6)) + ch("ABCD")


def digits(n, first_nonzero=True):
    d = "".join(ch("0123456789") for _ in range(n))
    if first_nonzero and d[0] == "0":
        d = ch("123456789") + d[1:]
    return d


def uk_postcode():
    fmt = ch(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA"])
    L = "ABCDEFGHJKLMNOPRSTUWYZ"
    L2 = "ABDEFGHJLNPQRSTUWXYZ"
    out = ""
    for i, f in enumerate(fmt):
        if f == "A":
            out += ch(L2) if i >= len(fmt) - 2 else ch(L)
        elif f == "9":
            out += ch("0123456789") if i != 1 or fmt[0] != "A" else ch("123456789")
        else:
            out += f
    return out


def uk_mobile():
    return "07" + ch(["700", "400", "711", "825", "931", "562", "983"]) + digits(6, False)


def phone_value(country):
    if country == "UK":
        if R.random() < 0.6:
            return uk_mobile()
        return "0" + ch(["20", "161", "113", "1632", "131", "121"]) + digits(7 if R.random() < 0.5 else 6, False)
    if country == "US":
        return ch(["415", "212", "617", "312", "503", "206", "718"]) + "555" + digits(4, False)
    if country == "IE":
        return "08" + ch("35679") + digits(7, False)
    return "06" + digits(8, False)


def fmt_card_typed(d):
    r = R.random()
    g = card_groups(d)
    if r < 0.3:
        return " ".join(g)
    if r < 0.45:
        return "-".join(g)
    if r < 0.6:
        return d
    if r < 0.7:
        return ".".join(g)
    if r < 0.8:
        return "  ".join(g)
    if r < 0.9:
        return " ".join(d)  # every digit spaced
    return " / ".join(g)


def say_card(d, style=None, homo=0.0):
    g = card_groups(d)
    sep = ch([" ", " ", " ", " um ", " "])
    return sj(g, (style,) if style else ("single", "single", "double", "pair", "mixed"), sep=sep, homo=homo)


def email_value():
    f, l = ch(FIRST), ch(LAST).replace("'", "")
    local = ch([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0],
                f + "-" + l, f + str(R.randint(1960, 2005))])
    return local + "@" + ch(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    def sp(part):
        out = []
        for tok in re.split(r"([._\-])", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append(ch(["dash", "hyphen"]))
            elif tok.isdigit():
                out.append(" ".join(tok))
            elif tok:
                if len(tok) <= 2 or R.random() < 0.15:
                    out.append(" ".join(tok))
                else:
                    out.append(tok)
        return " ".join(out)
    return sp(local) + " at " + sp(dom)


def dob_value():
    y = R.randint(1942, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def say_year(y):
    if y == 2000:
        return "two thousand"
    if y >= 2000:
        return "two thousand and " + UNITS[y - 2000] if y < 2010 else "two thousand " + TEENS[y - 2010] if y < 2020 else "twenty " + ("twenty " + UNITS[y % 10])
    hi, lo = divmod(y, 100)
    lo_w = ("oh " + UNITS[lo]) if lo < 10 else TEENS[lo - 10] if lo < 20 else TENS_W[lo // 10] + ("" if lo % 10 == 0 else " " + UNITS[lo % 10])
    return TEENS[hi - 10] + " " + lo_w


def say_ord(d):
    if d in ORD_W:
        return ORD_W[d]
    if d < 30:
        return "twenty " + ORD_W[d - 20]
    return "thirty first"


def dob_surface(y, m, d, mode):
    if mode == "typed_uk":
        return ch(["%02d/%02d/%d", "%d/%d/%d", "%02d.%02d.%d", "%02d-%02d-%d"]) % (d, m, y)
    if mode == "typed_us":
        return ch(["%02d/%02d/%d", "%d/%d/%d", "%02d-%02d-%02d"]) % (m, d, y if R.random() < 0.7 else y % 100)
    if mode == "typed_words":
        return ch(["%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                   "%d%s %s %d" % (d, "th" if 3 < d < 21 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), MON3[m - 1].title(), y)])
    if mode == "spoken_uk":
        return ch(["the %s of %s %s", "%s of %s %s", "%s %s %s"]) % (say_ord(d), MONTHS[m - 1], say_year(y))
    if mode == "spoken_us":
        return "%s %s %s" % (MONTHS[m - 1], say_ord(d), say_year(y))
    # numeric spoken e.g. oh three fourteen eighty five
    return "%s %s %s" % (say_digits("%02d" % m, R, style="pair"), say_digits("%02d" % d, R, style="pair"),
                         say_digits("%02d" % (y % 100), R, style="pair"))


def expiry_surface(spoken):
    m = R.randint(1, 12)
    y = R.randint(27, 33)
    if not spoken:
        return ch(["%02d/%02d", "%02d/20%02d", "%d/%02d", "%02d-%02d", "%02d %02d"]) % (m, y)
    r = R.random()
    if r < 0.4:
        return say_digits("%02d" % m, R, style=ch(["single", "pair"])) + " " + ch(["", "slash "]) + "twenty " + (UNITS[y - 20] if y < 30 else "thirty" + ("" if y == 30 else " " + UNITS[y - 30]))
    if r < 0.7:
        return MONTHS[m - 1] + " " + ch(["twenty ", "two thousand and ", "twenty "]) + (UNITS[y - 20] if y < 30 else "thirty" + ("" if y == 30 else " " + UNITS[y - 30])) if y < 30 or True else ""
    return say_digits("%02d" % m, R, style="single") + " " + say_digits("%02d" % y, R, style="single")


def say_house(n):
    s = str(n)
    if len(s) == 3 and R.random() < 0.7:
        return say_digits(s[0], R, style="single") + " " + say_digits(s[1:], R, style="pair")
    return say_digits(s, R, style=ch(["single", "pair", "mixed"]))


def address_uk():
    n = R.randint(1, 240)
    st = ch(STREETS) + " " + ch(SUFFIX_UK)
    return n, st


# ---------------------------------------------------------------- templates: positives
POS = []
NEG = []


def P(fn):
    POS.append(fn)
    return fn


def N(fn):
    NEG.append(fn)
    return fn


IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]


@P
def card_chat_typed():
    d, k = card()
    ind = ch(["retail", "telecom", "travel", "utilities", "insurance"])
    s = fmt_card_typed(d)
    lead = ch(["card number is ", "ok here it is: ", "Card no. ", "its ", "my card - ", "use this one ", "CARD: "])
    tail = ch([" thanks", " pls", "", " and can you confirm when its gone thru", ". Bill is £%d.%02d" % (R.randint(10, 400), R.randint(0, 99))])
    c = Case("chat/%s: %s card typed with %s" % (ind, k, "mixed separators"))
    c.a("Sure, I can take a card payment for you. Please type the long card number.")
    c.c(lead, V(s, "CARD_NUMBER", d), tail)
    return c


@P
def card_call_single_turn():
    d, k = card()
    ind = ch(IND)
    homo = ch([0.0, 0.0, 0.25])
    s = say_card(d, homo=homo)
    c = Case("call/%s: %s card spoken in one turn%s" % (ind, k, ", ASR homophones for/to/ate" if homo else ""))
    c.a("okay and the long number across the front of the card please")
    c.c(ch(["yeah it's ", "right so it's ", "okay ", "um ", "it's "]), V(s, "CARD_NUMBER", d), ch(["", " yeah", " did you get that"]))
    return c


@P
def card_call_split():
    d, k = card()
    g = card_groups(d)
    c = Case("call/%s: %s card split across %d customer turns with back-channels" % (ch(IND), k, len(g)))
    c.a("go ahead with the card number whenever you're ready")
    style = ch(["single", "double", "pair", "mixed"])
    for i, x in enumerate(g):
        pre = ch(["", "", "right ", "um ", "and then "]) if i else ch(["okay ", "it's ", ""])
        c.c(pre, V(say_digits(x, R, style=style), "CARD_NUMBER", d, group="card"))
        if i < len(g) - 1:
            c.a(ch(ACKS))
    c.a("lovely thank you")
    return c


@P
def card_call_readback():
    d, k = card()
    g = card_groups(d)
    c = Case("call/%s: card spoken by customer then read back by agent in pairs" % ch(IND))
    c.a("can i take the card number please")
    c.c(V(say_card(d, style="single"), "CARD_NUMBER", d))
    c.a("let me just read that back ", V(sj(g, ("pair", "double")), "CARD_NUMBER", d), " is that right")
    c.c("yes that's it")
    return c


@P
def card_call_correction():
    d, k = card()
    g = card_groups(d)
    wrong = g[-1][:-1] + str((int(g[-1][-1]) + 3) % 10)
    c = Case("call/%s: customer corrects last group of card; wrong group is also labelled" % ch(IND))
    c.a("and the card number")
    c.c(V(sj(g[:-1]), "CARD_NUMBER", d, group="c"), " ",
        V(say_digits(wrong, R, style="single"), "CARD_NUMBER", loose=True),
        " no sorry hang on ", ch(["it's ", "the last bit is ", ""]), V(say_digits(g[-1], R, style="single"), "CARD_NUMBER", d, group="c"))
    c.a("okay no problem")
    return c


@P
def card_with_expiry_cvv():
    d, k = card()
    cv = digits(4 if k == "amex" else 3, False)
    c = Case("call/%s: card, expiry and security code in sequence; amount nearby unlabelled" % ch(["retail", "travel", "telecom"]))
    c.a("the total today is %s pounds %s so can i take the long card number" % (ch(["forty nine", "one hundred and twelve", "twenty"]), ch(["ninety nine", "fifty", "twenty"])))
    c.c(V(say_card(d), "CARD_NUMBER", d))
    c.a("and the expiry date")
    c.c(ch(["it's ", "", "expires "]), V(expiry_surface(True), "EXPIRY"))
    c.a("and the %s on the back" % ch(["three digit code", "security code", "cvv", "last three digits"]) if k != "amex" else "and the four digit code on the front")
    c.c(ch(["", "it's ", "um "]), V(say_digits(cv, R, style=ch(["single", "double"])), "CVV", cv))
    return c


@P
def card_chat_full_details():
    d, k = card()
    cv = digits(4 if k == "amex" else 3, False)
    c = Case("chat/%s: card, expiry and cvv typed in one message with labels" % ch(["retail", "travel", "utilities"]))
    c.a("Please provide the card number, expiry and CVV to complete order #%d." % R.randint(100000, 9999999))
    exp = expiry_surface(False)
    sep = ch([" exp ", ", expiry ", " | exp: ", "\nexp "])
    c.c(V(fmt_card_typed(d), "CARD_NUMBER", d), sep, V(exp, "EXPIRY"), ch([" cvv ", ", cvc ", " | sec code: ", "\ncvv "]), V(cv, "CVV", cv))
    return c


@P
def card_two_in_turn():
    d1, _ = card()
    d2, _ = card()
    c = Case("chat/banking: two card numbers in one message (old and replacement)")
    c.c("my old card ", V(fmt_card_typed(d1), "CARD_NUMBER", d1), " was cancelled, the new one is ", V(fmt_card_typed(d2), "CARD_NUMBER", d2), ", can you move the direct debit")
    c.a("Thanks, I'll update that now.")
    return c


@P
def card_mixed_chitchat():
    d, k = card()
    g = card_groups(d)
    c = Case("call/retail: card digits interleaved with chit-chat and filler inside the reading")
    c.a("okay whenever you're ready with the card")
    c.c("hold on my glasses ", V(say_digits(g[0], R, style="single"), "CARD_NUMBER", d, group="c"), " um ",
        V(sj(g[1:-1], sep=" um "), "CARD_NUMBER", d, group="c"))
    c.a("mhm")
    c.c("sorry the dog's barking ", V(sj(g[-1:]), "CARD_NUMBER", d, group="c"))
    return c


@P
def card_ending_and_full():
    d, k = card()
    c = Case("call/banking: customer gives full card by pairs and hundreds; agent cites balance (unlabelled)")
    c.a("your balance is two hundred and fourteen pounds thirty so which card would you like to pay with")
    c.c("the %s one the number's " % ch(["visa", "debit", "credit", "mastercard"]), V(say_card(d, style="mixed"), "CARD_NUMBER", d))
    c.a("thank you")
    return c


@P
def ssn_chat():
    d = ssn()
    s = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s/%s/%s"]) % (d[:3], d[3:5], d[5:])
    c = Case("chat/%s: US SSN typed" % ch(["banking", "healthcare billing", "insurance", "government services"]))
    c.a("To verify your identity, please enter your Social Security number.")
    c.c(ch(["ssn ", "Its ", "social is ", "", "my SS# is ", "SSN: "]), V(s, "SSN", d), ch(["", " thx", ". DOB is in my profile"]))
    return c


@P
def ssn_call():
    d = ssn()
    style = ch(["single", "double", "pair", "mixed", "grouped"])
    if style == "grouped":
        s = sj((d[:3], d[3:5], d[5:]), ("single", "pair"))
    else:
        s = say_digits(d, R, style=style, homo=ch([0, 0, 0.2]))
    c = Case("call/%s: SSN spoken (%s)" % (ch(["banking", "healthcare billing", "insurance", "government services", "telecom"]), style))
    c.a("and can you confirm your social security number for me")
    c.c(ch(["sure it's ", "yeah ", "uh ", "it is "]), V(s, "SSN", d))
    c.a("thank you")
    return c


@P
def ssn_split():
    d = ssn()
    c = Case("call/%s: SSN split across three customer turns" % ch(["banking", "healthcare billing", "government services"]))
    c.a("i'll need your social starting with the first three")
    c.c(V(say_digits(d[:3], R, style=ch(["single", "mixed"])), "SSN", d, group="s"))
    c.a(ch(ACKS))
    c.c(V(say_digits(d[3:5], R, style=ch(["single", "pair"])), "SSN", d, group="s"))
    c.a(ch(["and the last four", "okay and the last four", "mhm"]))
    c.c(ch(["", "um "]), V(say_digits(d[5:], R, style=ch(["single", "pair", "double"])), "SSN", d, group="s"))
    return c


@P
def ssn_readback():
    d = ssn()
    c = Case("call/insurance: SSN spoken by customer and read back by agent")
    c.c("my social's ", V(say_digits(d, R, style="single"), "SSN", d))
    c.a("so that's ", V(sj((d[:3], d[3:5], d[5:]), ("pair", "single")), "SSN", d), " correct")
    c.c("correct")
    return c


@P
def ssn_correction():
    d = ssn()
    wrong = d[:5] + d[5:7] + d[8] + d[7]
    if wrong == d:
        wrong = d[:8] + str((int(d[8]) + 1) % 10)
    c = Case("call/banking: SSN transposed then corrected; both readings labelled")
    c.a("social security number please")
    c.c(V(say_digits(wrong, R, style="single"), "SSN", wrong if ssn_ok(wrong) else None, loose=not ssn_ok(wrong)),
        " wait no i switched those it's ", V(say_digits(d, R, style="single"), "SSN", d))
    return c


@P
def ssn_with_dob():
    d = ssn()
    y, m, dd = dob_value()
    c = Case("call/healthcare billing: SSN and date of birth in one turn; claim number unlabelled")
    c.a("i have your claim number %s here can i get your date of birth and social" % say_digits(digits(8), R, style="single"))
    c.c("date of birth is ", V(dob_surface(y, m, dd, "spoken_us"), "DOB"), " and social is ", V(say_digits(d, R, style=ch(["single", "double"])), "SSN", d))
    return c


@P
def ssn_chat_spaced():
    d = ssn()
    c = Case("chat/government services: SSN typed with odd spacing and typo-ish separators")
    s = ch(["%s %s", "%s  %s", "%s_%s"]) % (d[:3] + "-" + d[3:5], d[5:]) if R.random() < 0.5 else " ".join(d)
    c.c("hi i need to update my address. my ssn is ", V(s, "SSN", d), " and my phone changed too")
    c.a("Thanks, I can help with that.")
    return c


@P
def ni_chat():
    d = ni()
    s = ch(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s", "%s %s%s%s %s"]) % (d[:2], d[2:4], d[4:6], d[6:8], d[8])
    if R.random() < 0.4:
        s = s.lower()
    c = Case("chat/%s: UK NI number typed" % ch(["government services", "banking", "insurance", "utilities"]))
    c.a("Could you confirm your National Insurance number please?")
    c.c(ch(["NI no ", "its ", "NINO: ", "", "ni number is "]), V(s, "NI_NUMBER", d), ch(["", " cheers", ". I moved house last month"]))
    return c


def say_ni(d, style=None):
    style = style or ch(["letters", "nato", "pairs", "mixed"])
    if style == "letters":
        L = [say_letter(x, R, nato=0, homo=0.3) for x in d[:2]]
    elif style == "nato":
        L = [say_letter(x, R, nato=1) for x in d[:2]]
    else:
        L = [say_letter(x, R) for x in d[:2]]
    if d[0] == d[1] and R.random() < 0.5:
        L = ["double " + d[0].lower()]
    num = d[2:8]
    if style == "pairs":
        nums = " ".join(say_digits(num[i:i + 2], R, style="pair") for i in range(0, 6, 2))
    else:
        nums = say_digits(num, R, style=ch(["single", "double", "mixed"]))
    last = say_letter(d[8], R, nato=0.4, homo=0.3)
    return " ".join(L) + " " + nums + " " + last


@P
def ni_call():
    d = ni()
    style = ch(["letters", "nato", "pairs", "mixed"])
    c = Case("call/%s: NI number spoken (%s)" % (ch(["government services", "banking", "insurance", "utilities"]), style))
    c.a("can i take your national insurance number")
    c.c(ch(["yeah it's ", "", "it's um ", "okay "]), V(say_ni(d, style), "NI_NUMBER", d))
    c.a("thank you")
    return c


@P
def ni_split():
    d = ni()
    c = Case("call/government services: NI number split letters / digits / final letter across turns")
    c.a("national insurance number please")
    c.c(V(" ".join(say_letter(x, R) for x in d[:2]), "NI_NUMBER", d, group="n"))
    c.a(ch(ACKS))
    if R.random() < 0.5:
        c.c(V(say_digits(d[2:8], R), "NI_NUMBER", d, group="n"))
    else:
        c.c(V(say_digits(d[2:5], R, style="single"), "NI_NUMBER", d, group="n"))
        c.a(ch(ACKS))
        c.c(V(say_digits(d[5:8], R, style="single"), "NI_NUMBER", d, group="n"))
    c.a("and the letter at the end")
    c.c(ch(["it's ", "", "um "]), V(say_letter(d[8], R, nato=0.5), "NI_NUMBER", d, group="n"))
    return c


@P
def ni_readback():
    d = ni()
    c = Case("call/insurance: NI number read back by agent with phonetic alphabet")
    c.c("my n i number is ", V(say_ni(d, "letters"), "NI_NUMBER", d))
    c.a("so that's ", V(say_ni(d, "nato"), "NI_NUMBER", d), " yeah")
    c.c("that's right")
    return c


@P
def ni_correction():
    d = ni()
    wrong = d[:8] + ("B" if d[8] != "B" else "A")
    c = Case("call/government services: NI suffix letter corrected; both full readings labelled")
    c.a("and your national insurance")
    c.c(V(say_ni(wrong, "letters"), "NI_NUMBER", wrong), " no hang on it ends in ", V(say_letter(d[8], R, nato=1), "NI_NUMBER", loose=True))
    c.a("okay so ending %s got it" % d[8].lower())
    return c


@P
def ni_with_other():
    d = ni()
    y, m, dd = dob_value()
    c = Case("call/government services: NI and DOB together, plus a payment date (unlabelled)")
    c.a("your last payment went out on the %s of %s so what's your date of birth and n i number" % (say_ord(R.randint(1, 28)), ch(MONTHS)))
    c.c(V(dob_surface(y, m, dd, ch(["spoken_uk", "spoken_num"])), "DOB"), " and it's ", V(say_ni(d), "NI_NUMBER", d))
    return c


@P
def ni_chat_messy():
    d = ni()
    s = ch(["%s %s %s %s %s", "%s%s %s%s%s", "%s.%s.%s.%s.%s"]) % (d[:2].lower(), d[2:4], d[4:6], d[6:8], d[8].lower())
    c = Case("chat/banking: NI typed in lower case mid-sentence with a wrong-case suffix")
    c.c("hiya for the isa application my ni is ", V(s, "NI_NUMBER", d), " and i earn about 32k")
    c.a("Thank you, that's been added.")
    return c


@P
def bank_sort_call():
    acc = digits(8, False)
    sc = digits(6, False)
    c = Case("call/banking: UK sort code and account number spoken")
    c.a("can i have the sort code")
    sc_s = ch([" ".join(say_digits(sc[i:i + 2], R, style="pair") for i in range(0, 6, 2)), say_digits(sc, R, style="single"),
               " dash ".join(say_digits(sc[i:i + 2], R, style="single") for i in range(0, 6, 2))])
    c.c(V(sc_s, "SORT_CODE", sc))
    c.a("and the account number")
    c.c(ch(["it's ", "", "um "]), V(say_digits(acc, R), "BANK_ACCOUNT", acc))
    return c


@P
def bank_sort_chat():
    acc = digits(8, False)
    sc = digits(6, False)
    c = Case("chat/%s: sort code and account typed for a refund; refund amount unlabelled" % ch(["retail", "utilities", "insurance"]))
    c.a("We can refund the £%d.%02d by bank transfer. Please send sort code and account number." % (R.randint(5, 500), R.randint(0, 99)))
    scs = ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    c.c(ch(["sort ", "sort code: ", "s/c "]), V(scs, "SORT_CODE", sc), ch([" acc ", ", account no ", " a/c "]), V(acc, "BANK_ACCOUNT", acc))
    return c


@P
def bank_us_call():
    acc = digits(R.choice([9, 10, 11, 12]), False)
    c = Case("call/banking: US checking account number spoken, split in two turns")
    c.a("what's the checking account number")
    k = len(acc) // 2
    c.c(V(say_digits(acc[:k], R), "BANK_ACCOUNT", acc, group="b"))
    c.a(ch(ACKS))
    c.c(V(say_digits(acc[k:], R), "BANK_ACCOUNT", acc, group="b"))
    return c


@P
def iban_chat():
    cc = ch(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc in ("GB", "IE"):
        bban = ch(["NWBK", "BOFI", "AIBK", "BARC", "LOYD"]) + digits(6, False) + digits(8, False)
    elif cc == "DE":
        bban = digits(18, False)
    elif cc == "FR":
        bban = digits(10, False) + digits(11, False) + digits(2, False)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO"]) + digits(10, False)
    else:
        bban = digits(20, False)
    ib = make_iban(cc, bban)
    s = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if R.random() < 0.6 else ib
    if R.random() < 0.2:
        s = s.lower()
    c = Case("chat/%s: %s IBAN typed for refund/direct debit" % (ch(["travel", "utilities", "retail", "insurance"]), cc))
    c.a("Please send the IBAN for the account you'd like the refund paid to.")
    c.c(ch(["IBAN: ", "its ", "", "here u go "]), V(s, "IBAN", ib), ch(["", " (joint account)", " thanks"]))
    return c


@P
def iban_call():
    cc = ch(["GB", "IE"])
    bban = ch(["NWBK", "BOFI", "AIBK", "BARC"]) + digits(6, False) + digits(8, False)
    ib = make_iban(cc, bban)
    s = " ".join(say_letter(x, R, nato=0.5) for x in ib[:2]) + " " + say_digits(ib[2:4], R, style="single") + " " + \
        " ".join(say_letter(x, R, nato=0.3, homo=0) for x in ib[4:8]) + " " + say_digits(ib[8:], R, style=ch(["single", "double"]))
    c = Case("call/utilities: IBAN spoken letter by letter and digits")
    c.a("and the iban for the direct debit")
    c.c(ch(["okay it's ", "right "]), V(s, "IBAN", ib))
    return c


@P
def phone_chat():
    country = ch(["UK", "US", "IE", "EU"])
    p = phone_value(country)
    if country == "UK":
        s = ch([p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44 (0)" + p[1:5] + " " + p[5:], p, "0044" + p[1:]])
    elif country == "US":
        s = ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "1-%s-%s-%s"]) % (p[:3], p[3:6], p[6:])
    elif country == "IE":
        s = ch(["%s %s %s" % (p[:3], p[3:6], p[6:]), "+353 %s %s %s" % (p[1:3], p[3:6], p[6:]), p])
    else:
        s = ch(["+33 %s %s %s %s %s" % (p[1], p[2:4], p[4:6], p[6:8], p[8:]), "+31 %s %s" % (p[1:2], p[2:])])
    canon = parse(s)
    c = Case("chat/%s: %s phone number typed" % (ch(["telecom", "retail", "travel", "utilities"]), country))
    c.a("What's the best number to reach you on?")
    c.c(ch(["", "call me on ", "mob: ", "tel ", "its "]), V(s, "PHONE", canon), ch(["", " after 5pm", " anytime"]))
    return c


@P
def phone_call():
    country = ch(["UK", "US", "IE"])
    p = phone_value(country)
    if country == "US":
        s = sj((p[:3], p[3:6], p[6:]), ("single", "double"))
    elif R.random() < 0.3 and country == "UK":
        s = "plus four four " + say_digits(p[1:], R)
    else:
        s = sj((p[:5], p[5:]), ("single", "double", "pair", "mixed"))
    c = Case("call/%s: %s phone number spoken" % (ch(IND), country))
    c.a("and a contact number in case we get cut off")
    c.c(ch(["yeah it's ", "", "it's my mobile ", "so "]), V(s, "PHONE", parse(s)))
    c.a("perfect")
    return c


@P
def phone_split_readback():
    p = uk_mobile()
    c = Case("call/telecom: mobile number split over two turns then read back")
    c.a("what's the number you're porting")
    c.c(V(say_digits(p[:5], R), "PHONE", p, group="p"))
    c.a("mhm")
    c.c(V(say_digits(p[5:], R, style=ch(["double", "pair"])), "PHONE", p, group="p"))
    c.a("so ", V(say_digits(p, R, style="single"), "PHONE", p), " and your pac code is %s" % ch(["in the text", "on its way"]))
    return c


@P
def email_call():
    e = email_value()
    s = say_email(e)
    c = Case("call/%s: email spoken with dot/at/underscore words" % ch(IND))
    c.a("can i take an email address for the confirmation")
    c.c(ch(["yeah it's ", "it's ", "", "sure "]), V(s, "EMAIL", e))
    c.a("lovely")
    return c


@P
def email_chat():
    e = email_value()
    s = e if R.random() < 0.7 else e.upper() if R.random() < 0.3 else e.replace("@", " @ ")
    c = Case("chat/%s: email typed" % ch(IND))
    c.a("What email address should we send the receipt to?")
    c.c(ch(["", "email: ", "send it to ", "its "]), V(s, "EMAIL", e.lower()), ch(["", " please", " - not my work one"]))
    return c


@P
def dob_call():
    y, m, d = dob_value()
    mode = ch(["spoken_uk", "spoken_us", "spoken_num"])
    c = Case("call/%s: date of birth spoken (%s)" % (ch(IND), mode))
    c.a(ch(["can you confirm your date of birth", "and your dob", "what's the date of birth on the policy"]))
    c.c(ch(["yeah it's ", "", "i was born on ", "um "]), V(dob_surface(y, m, d, mode), "DOB"))
    return c


@P
def dob_chat():
    y, m, d = dob_value()
    mode = ch(["typed_uk", "typed_us", "typed_words"])
    c = Case("chat/%s: DOB typed (%s)" % (ch(IND), mode))
    c.a("For security, please confirm your date of birth.")
    c.c(ch(["dob ", "", "born ", "D.O.B: "]), V(dob_surface(y, m, d, mode), "DOB"))
    return c


@P
def postcode_address_call():
    pc = uk_postcode()
    n, st = address_uk()
    spc = " ".join(say_letter(x, R, nato=0.2, homo=0.1) if x.isalpha() else say_digits(x, R, style="single") for x in pc.replace(" ", ""))
    addr = say_house(n) + " " + st
    c = Case("call/%s: UK street address and postcode spoken" % ch(["utilities", "telecom", "insurance", "retail"]))
    c.a("what's the first line of the address")
    c.c(ch(["it's ", "", "flat "]) if False else ch(["it's ", ""]), V(addr, "ADDRESS"), " %s" % ch(["leeds", "bristol", "in the town", "near the school"]))
    c.a("and the postcode")
    c.c(V(spc, "POSTCODE", pc.replace(" ", "")))
    return c


@P
def postcode_chat():
    pc = uk_postcode()
    n, st = address_uk()
    s = ch([pc, pc.lower(), pc.replace(" ", "")])
    c = Case("chat/%s: UK address line and postcode typed" % ch(["retail", "utilities", "government services"]))
    c.a("Please confirm the delivery address.")
    c.c(V("%d %s" % (n, st.title()), "ADDRESS"), ch([", Manchester, ", ", ", " "]), V(s, "POSTCODE", pc.replace(" ", "")))
    return c


@P
def us_address_zip():
    z = digits(5, False)
    plus4 = R.random() < 0.3
    zz = z + ("-" + digits(4, False) if plus4 else "")
    n = R.randint(10, 9999)
    st = ch(STREETS).title() + " " + ch(SUFFIX_US).title()
    c = Case("chat/%s: US street address and ZIP typed" % ch(["retail", "insurance", "healthcare billing"]))
    c.a("What's the billing address on the card?")
    c.c(V("%d %s" % (n, st), "ADDRESS"), ", %s " % ch(["Springfield, IL", "Austin, TX", "Portland, OR", "Denver, CO", "Columbus, OH"]), V(zz, "POSTCODE", parse(zz)))
    return c


@P
def us_zip_call():
    z = digits(5, False)
    n = R.randint(100, 9999)
    c = Case("call/insurance: US address spoken with hundreds and ZIP digit by digit")
    c.a("and the garaging address for the vehicle")
    c.c(V(say_house(n) + " " + ch(STREETS) + " " + ch(SUFFIX_US), "ADDRESS"), " and the zip is ", V(say_digits(z, R, style="single"), "POSTCODE", z))
    return c


@P
def cvv_expiry_chat_only():
    cv = digits(3, False)
    c = Case("chat/retail: expiry and CVV typed separately after card given earlier by phone")
    c.a("We have the card ending in the digits you gave; please confirm expiry and security code.")
    c.c(ch(["exp ", "expiry ", "expires "]), V(expiry_surface(False), "EXPIRY"), ch([" and cvv ", " / code ", ", security code "]), V(cv, "CVV", cv))
    return c


@P
def expiry_cvv_call_split():
    cv = digits(3, False)
    c = Case("call/travel: expiry and CVV spoken; booking reference nearby unlabelled")
    c.a("booking reference is %s %s and i just need the expiry" % (" ".join(ch("abcdefghjklmnprstuvwxyz") for _ in range(2)), say_digits(digits(4), R, style="single")))
    c.c(V(expiry_surface(True), "EXPIRY"))
    c.a("and the three digits on the back")
    c.c(V(say_digits(cv, R), "CVV", cv), ch(["", " i think yeah"]))
    return c


@P
def multi_all_call():
    d, k = card(ch(["visa", "mc"]))
    p = uk_mobile()
    e = email_value()
    c = Case("call/retail: card, phone and email in one call; order number and price unlabelled")
    c.a("your order number is %s and it comes to %s pounds" % (say_digits(digits(7), R, style="single"), ch(["sixty four ninety nine", "twelve fifty", "three hundred"])))
    c.c("okay")
    c.a("card number please")
    c.c(V(say_card(d, style=ch(["double", "pair"])), "CARD_NUMBER", d))
    c.a("and a mobile")
    c.c(V(say_digits(p, R), "PHONE", p))
    c.a("and email")
    c.c(V(say_email(e), "EMAIL", e))
    return c


@P
def card_chat_two_messages():
    d, k = card(ch(["visa", "mc", "amex", "disc"]))
    g = card_groups(d)
    h = len(g) // 2
    c = Case("chat/%s: card typed across two chat messages" % ch(["retail", "telecom", "travel"]))
    c.a("Please enter the card number.")
    c.c(V(" ".join(g[:h]), "CARD_NUMBER", d, group="c"))
    c.c(V(ch([" ", "", "-"]).join(g[h:]), "CARD_NUMBER", d, group="c"), ch(["", " sorry pressed enter", " oops"]))
    return c


@P
def card_chat_typo_fix():
    d, k = card(ch(["visa", "mc"]))
    g = card_groups(d)
    wrong = g[:]
    wrong[2] = wrong[2][1] + wrong[2][0] + wrong[2][2:]
    if wrong[2] == g[2]:
        wrong[2] = str((int(g[2][0]) + 1) % 10) + g[2][1:]
    c = Case("chat/retail: card typed with a transposition then retyped; both labelled")
    c.c("card is ", V(" ".join(wrong), "CARD_NUMBER", loose=True))
    c.c("sorry typo ", V(" ".join(g), "CARD_NUMBER", d), " **")
    c.a("No problem, thanks.")
    return c


@P
def card_call_spoken_dashes_homophone():
    d, k = card(ch(["visa", "mc", "disc"]))
    g = card_groups(d)
    c = Case("call/telecom: card read with ASR homophones and 'then' between groups, filler mid-group")
    c.a("and the long number on the card")
    c.c(V(sj(g[:2], sep=" then ", homo=0.4) + " er " + sj(g[2:], sep=" then ", homo=0.4), "CARD_NUMBER", d))
    c.a("thanks i'll just process the payment of %s" % money_spoken())
    return c


@P
def ssn_spoken_dashes():
    d = ssn()
    c = Case("call/banking: SSN spoken with 'dash' between groups as ASR writes it")
    c.a("for the application i need your social")
    c.c(ch(["okay ", "", "yeah sure "]), V(" dash ".join(say_digits(x, R, style=ch(["single", "double", "pair"])) for x in (d[:3], d[3:5], d[5:])), "SSN", d), ch(["", " and i'm thirty four if that matters"]))
    return c


@P
def ssn_chat_split():
    d = ssn()
    c = Case("chat/healthcare billing: SSN typed in two messages")
    c.a("Please confirm your SSN so I can locate your claim.")
    c.c(V(d[:3] + ch(["-", " ", ""]) + d[3:5], "SSN", d, group="s"), ch(["-", ""]))
    c.c(V(d[5:], "SSN", d, group="s"))
    c.a("Thanks, I've found claim %d." % R.randint(10000000, 99999999))
    return c


@P
def ni_chat_split():
    d = ni()
    c = Case("chat/government services: NI typed across two messages")
    c.a("What is your National Insurance number?")
    c.c(V(d[:2] + " " + d[2:5], "NI_NUMBER", d, group="n"), ch(["...", "", " -"]))
    c.c(V(d[5:8] + " " + d[8], "NI_NUMBER", d, group="n"))
    return c


@P
def ni_call_as_in():
    d = ni()
    c = Case("call/insurance: NI letters spelled 'as in', digits in pairs, agent confirms suffix")
    L = " ".join(d[i].lower() + " as in " + AS_IN[d[i]] if d[i] in AS_IN else d[i].lower() for i in range(2))
    c.a("national insurance number please")
    c.c(V(L + " " + " ".join(say_digits(d[2 + i:4 + i], R, style="pair") for i in (0, 2, 4)) + " " + d[8].lower() + " as in " + AS_IN[d[8]], "NI_NUMBER", d))
    c.a("thanks that ends in %s yes" % d[8].lower())
    return c


@P
def bank_sort_one_turn_call():
    acc = digits(8, False)
    sc = digits(6, False)
    c = Case("call/%s: sort code and account number in one customer turn, refund amount nearby unlabelled" % ch(["insurance", "utilities", "banking"]))
    c.a("so the refund's %s can i take the bank details" % money_spoken())
    c.c("yeah sort code ", V(sj((sc[:2], sc[2:4], sc[4:]), ("pair", "single", "double")), "SORT_CODE", sc),
        ch([" and the account number is ", " account ", " and then the account's "]), V(say_digits(acc, R), "BANK_ACCOUNT", acc))
    c.a("thank you that'll be with you in %s working days" % ch(["three", "five", "ten"]))
    return c


WEIGHTS = {
    "card_chat_typed": 10, "card_call_single_turn": 12, "card_call_split": 8, "card_call_readback": 5,
    "card_call_correction": 5, "card_with_expiry_cvv": 8, "card_chat_full_details": 6, "card_two_in_turn": 3,
    "card_mixed_chitchat": 4, "card_ending_and_full": 4,
    "ssn_chat": 8, "ssn_call": 10, "ssn_split": 5, "ssn_readback": 4, "ssn_correction": 3, "ssn_with_dob": 4, "ssn_chat_spaced": 3,
    "ni_chat": 8, "ni_call": 10, "ni_split": 5, "ni_readback": 4, "ni_correction": 3, "ni_with_other": 4, "ni_chat_messy": 3,
    "bank_sort_call": 6, "bank_sort_chat": 6, "bank_us_call": 4, "iban_chat": 10, "iban_call": 6,
    "phone_chat": 8, "phone_call": 8, "phone_split_readback": 3, "email_call": 9, "email_chat": 7,
    "dob_call": 6, "dob_chat": 6, "postcode_address_call": 7, "postcode_chat": 5, "us_address_zip": 4, "us_zip_call": 3,
    "cvv_expiry_chat_only": 5, "bank_sort_one_turn_call": 5, "card_chat_two_messages": 4, "card_chat_typo_fix": 3,
    "card_call_spoken_dashes_homophone": 4, "ssn_spoken_dashes": 5, "ssn_chat_split": 4, "ni_chat_split": 4, "ni_call_as_in": 4, "expiry_cvv_call_split": 5, "multi_all_call": 4,
}


# ---------------------------------------------------------------- negatives
def money_spoken():
    return ch(["forty nine ninety nine", "one hundred and twenty pounds", "two thousand four hundred dollars",
               "eighty seven euro fifty", "three hundred and sixty five pounds", "nineteen ninety nine a month",
               "twelve hundred dollars", "fifteen pounds forty"])


def neg_case(note, turns):
    c = Case(note)
    for sp, t in turns:
        c.add(sp, t)
    return c


@N
def neg_order_ref():
    n = digits(ch([6, 7, 8, 9, 10]))
    w = ch(["order number", "reference number", "ticket number", "claim number", "invoice number", "case reference"])
    return neg_case("call/retail: %s spoken with its reference word; not PII" % w, [
        ("agent", "can i take your %s" % w),
        ("customer", "yeah it's %s" % say_digits(n, R)),
        ("agent", "thanks i've found it that was updated %s" % ch(["yesterday", "on monday", "last week"]))])


@N
def neg_order_chat():
    n = digits(ch([6, 7, 8, 9, 10]))
    w = ch(["Order #", "Ref: ", "ticket ", "Invoice INV-", "claim no. ", "case "])
    return neg_case("chat/retail: typed %s reference number; not PII" % w.strip(), [
        ("customer", "hi my %s%s still hasn't arrived, paid £%d.%02d on %d/%d" % (w, n, R.randint(5, 900), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12))),
        ("agent", "Sorry about that! I'll chase the courier now.")])


@N
def neg_money():
    return neg_case("call/banking: amounts and balances spoken; not PII", [
        ("agent", "your current balance is %s and the minimum payment is %s" % (money_spoken(), money_spoken())),
        ("customer", "okay can i pay %s today" % money_spoken()),
        ("agent", "yes that'll clear in %s working days" % ch(["two", "three", "five"]))])


@N
def neg_money_chat():
    return neg_case("chat/telecom: prices, data allowance and percentages; not PII", [
        ("customer", "why is my bill £%d.%02d this month? it's usually £%d" % (R.randint(30, 120), R.randint(0, 99), R.randint(20, 60))),
        ("agent", "There was a %d.%d%% price rise in April plus %dGB of extra data at £%d." % (R.randint(2, 9), R.randint(0, 9), R.randint(1, 50), R.randint(2, 15)))])


@N
def neg_times():
    return neg_case("call/healthcare billing: appointment date and time, durations; not PII", [
        ("agent", "i can book you in on the %s of %s at %s" % (say_ord(R.randint(1, 28)), ch(MONTHS), ch(["ten thirty", "two fifteen", "nine am", "quarter past four"]))),
        ("customer", "how long will it take"),
        ("agent", "about %s minutes and please arrive %s minutes early" % (ch(["forty five", "twenty", "ninety"]), ch(["ten", "fifteen"])))])


@N
def neg_flight():
    fl = ch(["BA", "EI", "FR", "UA", "DL", "AA"]) + str(R.randint(10, 9999))
    return neg_case("chat/travel: flight number, gate, seat, times; not PII", [
        ("customer", "my flight %s on %d %s was delayed from %02d:%02d to %02d:%02d, can I claim?" % (fl, R.randint(1, 28), ch(MONTHS).title(), R.randint(5, 22), ch([0, 15, 30, 45]), R.randint(5, 23), ch([5, 20, 50]))),
        ("agent", "Delays over %d hours on flight %s qualify. Your seat was %d%s." % (R.randint(2, 5), fl, R.randint(1, 40), ch("ABCDEF")))])


@N
def neg_flight_call():
    return neg_case("call/travel: flight number and booking reference spoken; not PII", [
        ("customer", "it's flight %s %s leaving at %s" % (ch(["b a", "e i", "united", "delta", "ryanair"]), say_digits(str(R.randint(100, 9999)), R, style="pair"), ch(["six forty", "seventeen hundred", "eight oh five"]))),
        ("agent", "and the booking reference"),
        ("customer", "%s" % " ".join(say_letter(ch("ABCDEFGHJKLMNPRSTUVWXYZ"), R, nato=0.5, homo=0) for _ in range(6)))])


@N
def neg_room_model():
    return neg_case("chat/travel: hotel room number, model number and years; not PII", [
        ("customer", "room %d, the TV (model %s) doesn't work and the AC is stuck at %d degrees" % (R.randint(100, 1299), ch(["UE55TU7100", "KD-49X8000", "OLED65C1", "SM-G991B"]), R.randint(16, 30))),
        ("agent", "Sorry! Maintenance will come to room %d within %d minutes." % (R.randint(100, 1299), ch([15, 20, 30])))])


@N
def neg_meter():
    r = digits(ch([5, 6]), False)
    return neg_case("call/utilities: meter reading and tariff rates spoken; not PII", [
        ("agent", "can you read me the numbers on the meter from left to right"),
        ("customer", "%s" % say_digits(r, R, style="single")),
        ("agent", "thanks that's %s units since the last reading at %s pence per kilowatt hour" % (say_digits(str(R.randint(100, 999)), R, style="mixed"), ch(["twenty four point five", "thirty one", "twenty eight point six two"])))])


@N
def neg_meter_chat():
    return neg_case("chat/utilities: typed meter reading, meter serial mentioned with its word; not PII", [
        ("customer", "gas meter reading today %05d, electric %05d (day) and %05d (night)" % (R.randint(0, 99999), R.randint(0, 99999), R.randint(0, 99999))),
        ("agent", "Thanks, submitted for %s %d. Your next bill is due in %d days." % (ch(MONTHS).title(), R.randint(2024, 2026), R.randint(3, 30)))])


@N
def neg_speed():
    return neg_case("call/telecom: broadband speeds, router model, years; not PII", [
        ("customer", "i'm paying for %s megabits and only getting %s" % (ch(["five hundred", "nine hundred", "one hundred and fifty"]), ch(["twelve", "forty", "eight point five"]))),
        ("agent", "your router is the %s model from %s so we'll send a new one" % (ch(["hub four", "hub six", "f three thousand", "h two hundred"]), ch(["twenty nineteen", "two thousand and eighteen", "twenty twenty"])))])


@N
def neg_age_temp():
    return neg_case("call/healthcare billing: ages, temperature, dosage; not PII", [
        ("customer", "my son is %s and had a temperature of %s" % (ch(["seven", "twelve", "four"]), ch(["thirty nine point two", "thirty eight", "a hundred and two"]))),
        ("agent", "okay and he was seen on %s the %s" % (ch(["monday", "tuesday", "friday"]), say_ord(R.randint(1, 28)))),
        ("customer", "yeah he got %s milligrams twice a day" % ch(["two hundred and fifty", "five hundred", "ten"]))])


@N
def neg_contract_dates():
    return neg_case("chat/telecom: contract start/end dates and payment dates (not birth dates); not PII", [
        ("customer", "My contract started %02d/%02d/%d and ends %s %d. Why was I charged on the %d%s?" % (R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2025), ch(MONTHS).title(), R.randint(2025, 2028), R.randint(1, 28), "th")),
        ("agent", "The charge on that date was your usual £%d.%02d monthly fee." % (R.randint(10, 80), R.randint(0, 99)))])


@N
def neg_payment_date_call():
    return neg_case("call/banking: dates of payments and a year, not birth dates; not PII", [
        ("agent", "the direct debit comes out on the %s of every month" % say_ord(R.randint(1, 28))),
        ("customer", "can i move it to the %s i get paid on the %s" % (say_ord(R.randint(1, 28)), say_ord(R.randint(1, 28)))),
        ("agent", "yes from %s %s" % (ch(MONTHS), say_year(R.randint(2025, 2027))))])


@N
def neg_counts():
    return neg_case("call/retail: quantities, sizes, counts; not PII", [
        ("customer", "i ordered %s of the size %s and only %s arrived" % (ch(["six", "twelve", "four"]), ch(["ten", "eight", "forty two", "eleven"]), ch(["two", "three", "one"]))),
        ("agent", "i'm sorry about that there were %s items in the parcel and it weighed %s kilos" % (ch(["three", "five"]), ch(["two point four", "eleven", "one point eight"])))])


@N
def neg_card_last4():
    return neg_case("call/banking: agent mentions card type, balance and limit, no card number; not PII", [
        ("agent", "your credit limit is %s and the interest rate is %s percent" % (ch(["three thousand", "five thousand five hundred", "twelve hundred"]), ch(["twenty two point nine", "eighteen", "thirty four point nine"]))),
        ("customer", "and how many payments left"),
        ("agent", "%s payments of %s" % (ch(["eleven", "twenty four", "six"]), money_spoken()))])


@N
def neg_ref_spoken_long():
    n = digits(10)
    return neg_case("call/insurance: ten-digit policy reference spoken in pairs with its reference word; not PII", [
        ("agent", "do you have the policy reference"),
        ("customer", "the policy reference is %s" % say_digits(n, R, style=ch(["pair", "mixed", "double"]))),
        ("agent", "thank you i've got your policy up")])


@N
def neg_years_percent():
    return neg_case("chat/banking: years, percentages, mortgage term; not PII", [
        ("customer", "I've been with you since %d, can I get a better rate than %.2f%% on a %d year term?" % (R.randint(1995, 2020), R.uniform(2, 7), ch([2, 5, 10, 25]))),
        ("agent", "Our %d-year fix is %.2f%% with a £%d fee." % (ch([2, 5]), R.uniform(2, 7), ch([999, 1499, 0])))])


@N
def neg_office_hours():
    return neg_case("chat/government services: opening hours, queue position, durations; not PII", [
        ("customer", "what time do you close? been waiting %d minutes" % R.randint(5, 95)),
        ("agent", "We're open 8am to 8pm Mon-Fri and 9-5 Sat. You're number %d in the queue." % R.randint(1, 30))])


@N
def neg_tracking():
    return neg_case("chat/retail: parcel tracking code with its word and delivery window; not PII", [
        ("customer", "tracking number %s says delivered but nothing here" % (ch(["JD", "RM", "TX"]) + digits(8) + ch(["GB", ""]))),
        ("agent", "The driver scanned it at %d:%02d. I'll raise a claim, reference %d." % (R.randint(8, 20), R.randint(0, 59), R.randint(100000, 9999999)))])


@N
def neg_ordinal_smalltalk():
    return neg_case("call/insurance: vehicle year, mileage, engine size, excess; not PII", [
        ("customer", "it's a %s %s with about %s miles on it" % (say_year(R.randint(2008, 2024)), ch(["ford focus", "golf", "corolla", "civic"]), ch(["sixty thousand", "forty two thousand", "one hundred and five thousand"]))),
        ("agent", "and the excess is %s with the engine at %s litres" % (money_spoken(), ch(["one point six", "two litre", "one point four"])))])


@N
def neg_pin_removed():
    return neg_case("call/banking: agent warns not to share details; counts and limits only; not PII", [
        ("agent", "please never share your pin we'll only ever ask for %s digits of your passcode" % ch(["two", "three"])),
        ("customer", "okay i tried %s times and it locked" % ch(["three", "four", "five"])),
        ("agent", "it unlocks after %s hours" % ch(["twenty four", "two", "forty eight"]))])


NEG_WEIGHTS = {f.__name__: 5 for f in NEG}
NEG_WEIGHTS.update({"neg_order_ref": 9, "neg_order_chat": 8, "neg_ref_spoken_long": 7, "neg_meter": 6, "neg_money": 6})


# ---------------------------------------------------------------- assembly
def build():
    global R, ch
    R = random.Random(SEED)
    ch = R.choice
    cases = []
    pos_fns = {f.__name__: f for f in POS}
    neg_fns = {f.__name__: f for f in NEG}
    plan = []
    for name in sorted(WEIGHTS):
        plan += [("p", name)] * WEIGHTS[name]
    for name in sorted(NEG_WEIGHTS):
        plan += [("n", name)] * NEG_WEIGHTS[name]
    R.shuffle(plan)
    pi = ni_ = 0
    for kind, name in plan:
        c = (pos_fns if kind == "p" else neg_fns)[name]()
        if kind == "p":
            pi += 1
            cid = "h82-pos-%03d" % pi
        else:
            ni_ += 1
            cid = "h82-neg-%03d" % ni_
        rec = {"id": cid, "kind": "positive" if kind == "p" else "negative", "turns": c.turns,
               "spans": c.spans, "note": c.note}
        cases.append((rec, c.meta))
    return cases


def serialise(cases):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in cases)


def counts(cases):
    ct = {t: 0 for t in TYPES}
    for r, _ in cases:
        for s in r["spans"]:
            ct[s["type"]] += 1
    return ct


def validate(cases):
    errs = []
    ids = set()
    groups = {}
    for r, meta in cases:
        if r["id"] in ids:
            errs.append("duplicate id " + r["id"])
        ids.add(r["id"])
        if r["kind"] == "negative" and r["spans"]:
            errs.append(r["id"] + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(r["id"] + ": positive without spans")
        per_turn = {}
        for sp, m in zip(r["spans"], meta):
            if sp["type"] not in TYPES:
                errs.append("%s: bad type %s" % (r["id"], sp["type"]))
            if not (0 <= sp["turn"] < len(r["turns"])):
                errs.append(r["id"] + ": turn out of range")
                continue
            t = r["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                errs.append(r["id"] + ": offsets out of range")
                continue
            if t[s:e] != m.surface:
                errs.append(r["id"] + ": surface mismatch")
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (r["id"], t[s:e]))
            if not (t[s].isalnum() or t[s] in "+(") or not t[e - 1].isalnum():
                errs.append("%s: span edge not alnum %r" % (r["id"], t[s:e]))
            per_turn.setdefault(sp["turn"], []).append((s, e))
            typ = sp["type"]
            if typ in ("DOB", "EXPIRY"):
                if not date_ok(typ, m.surface):
                    errs.append("%s: bad %s %r" % (r["id"], typ, m.surface))
            elif typ == "ADDRESS":
                if not address_ok(m.surface):
                    errs.append("%s: bad address %r" % (r["id"], m.surface))
            elif m.loose:
                if not norm_value(typ, m.surface):
                    errs.append("%s: empty loose value" % r["id"])
            else:
                if m.canon is None or not valid_canon(typ, m.canon):
                    errs.append("%s: invalid canonical %s %r" % (r["id"], typ, m.canon))
                key = (r["id"], m.group if m.group else id(m))
                groups.setdefault(key, [typ, m.canon, ""])
                groups[key][2] += norm_value(typ, m.surface)
        for tn, lst in per_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(r["id"] + ": overlapping spans")
    for key, (typ, canon, got) in groups.items():
        if canon is not None and got != canon:
            errs.append("%s: %s normalises to %r expected %r" % (key[0], typ, got, canon))
    return errs


def readme(cases):
    ct = counts(cases)
    npos = sum(1 for r, _ in cases if r["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, ct[t]) for t in TYPES)
    return """# PII hold-out set 82

**Never use this set for tuning.** It is a held-out evaluation set: do not look at
failures here to adjust patterns, thresholds or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not read
the redaction code, its tests, its docs, the benchmark script or any other PII
fixture; the only data seen was a three-line example of the JSONL format.
All cases are generated by `scripts/make_pii_holdout82.py` (standard library only)
from template functions and one `random.Random(%d)`; every turn is assembled from
plain-text segments and (value, TYPE) segments so offsets are computed, never typed.
`python scripts/make_pii_holdout82.py --check` regenerates the file, checks it is
byte-identical, checks ids, offsets, word boundaries and overlaps, and validates
every value after normalising spoken forms (Luhn, mod-97, NI format, SSN rules,
digit counts, postcode shapes).

Positives: %d. Negatives: %d. Emphasis: card numbers, NI numbers and SSNs in every
form a chat user, caller or speech recogniser might produce (typed with odd
separators, spoken digit by digit, doubles/triples, pairs and hundreds, "oh"/"o"/
"nought" for zero, homophones like "for"/"to"/"ate"/"won", split across turns with
back-channels, corrected, read back by the agent, mixed with chit-chat).

## Annotation conventions

* A span covers the value only, from its first to its last character/word:
  lead-ins ("it's", "my card is", "um" before the value) are outside; filler words
  *inside* a reading ("four five um six") are inside.
* Values split across turns: one span per turn, each covering that turn's piece.
* Self-corrections: both the wrong and the corrected readings are labelled with
  the same type (a wrong fragment is still part of the value being disclosed).
* Agent read-backs are labelled like customer readings.
* NI numbers include both prefix letters and the suffix letter; spelled letters
  such as "q for quebec" are inside the span.
* EXPIRY covers month and year; CVV covers only the digits; DOB covers the whole
  date (day, month, year); SORT_CODE and BANK_ACCOUNT are separate spans.
* ADDRESS covers house number through street type ("42 Wallace Road"); the town is
  outside; the postcode/ZIP is a separate POSTCODE span.
* PHONE includes a leading "+" / "plus" country code when present.
* EMAIL covers the whole address, including spoken "dot"/"at" words.
* Non-PII numbers (amounts, order/claim references with their word, dates that are
  not birth dates, times, counts) appear unlabelled in positives and make up the
  negatives; a negative fails if anything in it is redacted.

## Counts per type (spans)

| type | spans |
|---|---|
%s

Cases: %d (positive %d, negative %d).
""" % (SEED, npos, nneg, rows, len(cases), npos, nneg)


def main():
    check = "--check" in sys.argv[1:]
    cases = build()
    data = serialise(cases)
    rd = readme(cases)
    errs = validate(cases)
    ct = counts(cases)
    npos = sum(1 for r, _ in cases if r["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170:
        errs.append("too few positives %d" % npos)
    if nneg < 100:
        errs.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct[t] < need:
            errs.append("too few %s spans: %d < %d" % (t, ct[t], need))
    if check:
        try:
            with open(CASES, encoding="utf-8") as f:
                if f.read() != data:
                    errs.append("cases.jsonl differs from regenerated output")
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    errs.append("README.md differs from regenerated output")
        except OSError as ex:
            errs.append("cannot read fixture: %s" % ex)
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("cases %d: positive %d, negative %d" % (len(cases), npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, ct[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d problem(s)" % len(errs))
        return 1
    print("OK" if check else "written")
    return 0


if __name__ == "__main__":
    sys.exit(main())

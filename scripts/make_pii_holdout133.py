#!/usr/bin/env python3
"""Generate held-out PII redaction evaluation set 133 (UK/Irish emphasis).

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
from one seeded random.Random (seed 133241124).

    python scripts/make_pii_holdout133.py          # write fixture + README
    python scripts/make_pii_holdout133.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 133241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout133")
CASES_PATH = os.path.join(OUT_DIR, "cases.jsonl")
README_PATH = os.path.join(OUT_DIR, "README.md")
PREFIX = "h133"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- vocab
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
       "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
       "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
ORD_NAMES = {v: k for k, v in ORD.items()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
UNIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0",
              "one": "1", "two": "2", "to": "2", "too": "2", "three": "3",
              "four": "4", "for": "4", "five": "5", "six": "6", "seven": "7",
              "eight": "8", "ate": "8", "nine": "9"}
TEEN_WORDS = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_WORDS = {w: str(i) for i, w in enumerate(TENS) if w}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D",
        "echo": "E", "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I",
        "juliet": "J", "juliett": "J", "kilo": "K", "lima": "L", "mike": "M",
        "november": "N", "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R",
        "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_BY_LETTER = {}
for _w, _l in NATO.items():
    NATO_BY_LETTER.setdefault(_l, _w)
FRIENDLY = {"A": ["apple", "alpha"], "B": ["bravo", "bob", "boy"], "C": ["charlie", "cat"],
            "E": ["echo", "edward"], "G": ["golf", "george"], "H": ["hotel", "harry"],
            "J": ["juliet", "jack"], "K": ["kilo", "kate"], "L": ["lima", "london"],
            "M": ["mike", "mary"], "N": ["november", "nancy"], "P": ["papa", "peter"],
            "R": ["romeo", "robert"], "S": ["sierra", "sugar"], "T": ["tango", "tommy"],
            "W": ["whiskey", "william"], "X": ["xylophone"], "Y": ["yankee", "yellow"],
            "Z": ["zulu", "zebra"], "D": ["delta", "david"], "F": ["foxtrot", "freddie"],
            "Q": ["quebec", "queen"], "V": ["victor"], "U": ["uniform"], "I": ["india"]}
LETTER_SOUNDS = {"ay": "A", "bee": "B", "be": "B", "see": "C", "sea": "C", "dee": "D",
                 "ee": "E", "eff": "F", "gee": "G", "aitch": "H", "haitch": "H",
                 "jay": "J", "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P",
                 "cue": "Q", "are": "R", "ess": "S", "tee": "T", "tea": "T",
                 "vee": "V", "ex": "X", "why": "Y", "zed": "Z", "zee": "Z"}
SOUND_OF = {"B": ["bee"], "C": ["see", "sea"], "J": ["jay"], "T": ["tee"],
            "Y": ["why"], "R": ["are"], "P": ["pee"], "K": ["kay"], "H": ["aitch", "haitch"],
            "Z": ["zed"], "X": ["ex"], "M": ["em"], "N": ["en"], "L": ["el"], "G": ["gee"],
            "W": ["double you"]}
FILLERS = {"um", "uh", "er", "erm", "ah", "uhm", "and", "dash", "hyphen", "space",
           "slash", "plus", "th", "st", "nd", "rd", "the", "of"}


class SpokenError(ValueError):
    pass


def tokens(text):
    return re.findall(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]", text)


def spoken_to_chars(text):
    """Normalise a spoken or typed value into upper-case letters and digits."""
    toks = [t for t in tokens(text) if re.match(r"[A-Za-z\d]", t)]
    out = []
    i = 0
    n = len(toks)

    def one(i):
        """Return (string, next_index) for the item starting at i."""
        t = toks[i]
        low = t.lower()
        if t.isdigit():
            return t, i + 1
        if low in ("double", "triple", "treble"):
            if i + 1 < n and toks[i + 1].lower() == "you":
                return "W", i + 2
            s, j = one(i + 1)
            return s * (2 if low == "double" else 3), j
        if low in TEEN_WORDS:
            return TEEN_WORDS[low], i + 1
        if low in TENS_WORDS:
            if i + 1 < n and toks[i + 1].lower() in UNIT_WORDS and toks[i + 1].lower() not in ("oh", "o", "zero", "nought", "nil"):
                return TENS_WORDS[low] + UNIT_WORDS[toks[i + 1].lower()], i + 2
            return TENS_WORDS[low] + "0", i + 1
        if len(low) == 1 and low.isalpha() and low != "o":
            # letter, maybe "b for bravo" / "b as in bravo"
            if i + 2 < n and toks[i + 1].lower() == "for" and toks[i + 2].lower() not in UNIT_WORDS \
                    and toks[i + 2].lower() not in TEEN_WORDS and toks[i + 2].lower() not in TENS_WORDS \
                    and not toks[i + 2].isdigit() and toks[i + 2].lower() not in ("double", "triple"):
                return t.upper(), i + 3
            if i + 3 < n and toks[i + 1].lower() == "as" and toks[i + 2].lower() == "in":
                return t.upper(), i + 4
            return t.upper(), i + 1
        if low in UNIT_WORDS:
            return UNIT_WORDS[low], i + 1
        if low in NATO:
            return NATO[low], i + 1
        if low in LETTER_SOUNDS:
            return LETTER_SOUNDS[low], i + 1
        if low in FILLERS:
            return "", i + 1
        if t.isalpha() and len(t) <= 4:
            return t.upper(), i + 1
        raise SpokenError("cannot normalise token %r in %r" % (t, text))

    while i < n:
        s, i = one(i)
        out.append(s)
    return "".join(out)


def small_numbers(toks):
    """Parse number words / ordinals / digits into a list of (value, width)."""
    res = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i].lower()
        if t.isdigit():
            res.append((int(t), len(t)))
            i += 1
        elif t in TENS_WORDS:
            v = int(TENS_WORDS[t]) * 10
            if i + 1 < n and toks[i + 1].lower() in ORD and ORD[toks[i + 1].lower()] < 10:
                res.append((v + ORD[toks[i + 1].lower()], 2))
                i += 2
            elif i + 1 < n and toks[i + 1].lower() in UNIT_WORDS and toks[i + 1].lower() not in ("oh", "o", "zero", "nought", "nil"):
                res.append((v + int(UNIT_WORDS[toks[i + 1].lower()]), 2))
                i += 2
            else:
                res.append((v, 2))
                i += 1
        elif t in TEEN_WORDS:
            res.append((int(TEEN_WORDS[t]), 2))
            i += 1
        elif t in ORD:
            res.append((ORD[t], 2))
            i += 1
        elif t in ("oh", "o", "nought") and i + 1 < n and toks[i + 1].lower() in UNIT_WORDS:
            res.append((int(UNIT_WORDS[toks[i + 1].lower()]), 2))
            i += 2
        elif t in UNIT_WORDS:
            res.append((int(UNIT_WORDS[t]), 1))
            i += 1
        elif t == "thousand":
            res.append(("K", 0))
            i += 1
        elif t in ("the", "of", "and", "th", "st", "nd", "rd", "um", "uh", "er", "erm", "on"):
            i += 1
        else:
            raise SpokenError("number token %r" % t)
    return res


def year_from(nums):
    if not nums:
        raise SpokenError("no year")
    if any(v == "K" for v, _ in nums):
        rest = [v for v, _ in nums if v != "K"]
        # "two thousand and three": rest = [2, 3]
        return 2000 + (rest[1] if len(rest) > 1 else 0)
    vals = [v for v, _ in nums]
    if len(vals) == 1:
        v, w = nums[0]
        if w == 4:
            return v
        return 1900 + v if v > 30 else 2000 + v
    if len(vals) == 2:
        return vals[0] * 100 + vals[1]
    raise SpokenError("year %r" % (nums,))


def parse_date_words(text):
    toks = [t for t in tokens(text) if re.match(r"[A-Za-z\d]", t)]
    low = [t.lower() for t in toks]
    mi = None
    for k, t in enumerate(low):
        if t in MONTHS:
            mi, month = k, MONTHS.index(t) + 1
        elif t in MONTH_ABBR:
            mi, month = k, MONTH_ABBR[t]
    if mi is None:
        return None
    before = small_numbers(toks[:mi])
    after = small_numbers(toks[mi + 1:])
    if before:
        day = before[0][0]
        rest = after
    else:
        day = after[0][0]
        rest = after[1:]
    return day, month, rest


def norm_dob(text):
    r = parse_date_words(text)
    if r is not None:
        day, month, rest = r
        return (year_from(rest), month, day)
    parts = re.findall(r"\d+", text)
    if len(parts) != 3:
        raise SpokenError("dob %r" % text)
    a, b, c = parts
    if len(a) == 4:
        return (int(a), int(b), int(c))
    y = int(c)
    if len(c) == 2:
        y = 1900 + y if y > 30 else 2000 + y
    if int(b) > 12:  # US month-first
        return (y, int(a), int(b))
    return (y, int(b), int(a))


def norm_expiry(text):
    r = None
    toks = [t.lower() for t in tokens(text) if re.match(r"[A-Za-z\d]", t)]
    for k, t in enumerate(toks):
        if t in MONTHS or t in MONTH_ABBR:
            month = MONTHS.index(t) + 1 if t in MONTHS else MONTH_ABBR[t]
            nums = small_numbers([x for x in toks[k + 1:] if x not in ("slash",)])
            vals = [v for v, _ in nums]
            if len(vals) == 1:
                r = (month, vals[0] % 100)
            elif len(vals) == 2:
                r = (month, vals[1])
            else:
                raise SpokenError("expiry %r" % text)
            return r
    chars = spoken_to_chars(text)
    if len(chars) == 4:
        return (int(chars[:2]), int(chars[2:]))
    if len(chars) == 6:
        return (int(chars[:2]), int(chars[4:]))
    raise SpokenError("expiry %r" % text)


def norm_email(text):
    t = text.strip()
    if " " not in t:
        return t.lower()
    out = []
    toks = t.split()
    i = 0
    while i < len(toks):
        w = toks[i].lower()
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in TENS_WORDS or w in TEEN_WORDS or w in UNIT_WORDS or w in ("double", "triple"):
            j = i
            while j < len(toks) and (toks[j].lower() in TENS_WORDS or toks[j].lower() in TEEN_WORDS
                                     or toks[j].lower() in UNIT_WORDS or toks[j].lower() in ("double", "triple")):
                j += 1
            out.append(spoken_to_chars(" ".join(toks[i:j])))
            i = j
            continue
        else:
            out.append(w)
        i += 1
    return "".join(out).lower()


STREET_WORDS = {"road", "street", "avenue", "lane", "crescent", "drive", "close", "grove",
                "terrace", "way", "gardens", "court", "place", "boulevard", "rd", "st",
                "ave", "park", "square", "row", "mews", "hill", "walk", "parade", "quay"}


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
EIR_RE = re.compile(r"^[ACDEFHKNPRTVWXY]\d[\dW][0-9ACDEFHKNPRTVWXY]{4}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def validate_canon(typ, canon):
    """Return None if fine, else problem string.  canon is the normalised value."""
    if typ == "CARD_NUMBER":
        return None if canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon) else "bad card"
    if typ == "CVV":
        return None if canon.isdigit() and len(canon) in (3, 4) else "bad cvv"
    if typ == "SSN":
        if not (canon.isdigit() and len(canon) == 9):
            return "bad ssn"
        if canon[:3] in ("000", "666") or canon[0] == "9" or canon[3:5] == "00" or canon[5:] == "0000":
            return "bad ssn parts"
        return None
    if typ == "NI_NUMBER":
        return None if NI_RE.match(canon) and canon[:2] not in NI_BAD else "bad ni"
    if typ == "BANK_ACCOUNT":
        return None if canon.isdigit() and 6 <= len(canon) <= 12 else "bad account"
    if typ == "SORT_CODE":
        return None if canon.isdigit() and len(canon) == 6 else "bad sort"
    if typ == "IBAN":
        return None if re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$", canon) and iban_ok(canon) else "bad iban"
    if typ == "PHONE":
        return None if canon.isdigit() and 9 <= len(canon) <= 13 else "bad phone"
    if typ == "POSTCODE":
        if UK_PC_RE.match(canon) or EIR_RE.match(canon) or re.match(r"^\d{5}(\d{4})?$", canon):
            return None
        return "bad postcode"
    return "unknown type"


# ---------------------------------------------------------------- case builder
class V:
    """A labelled value segment."""

    def __init__(self, text, typ, gid=None, canon=None):
        self.text, self.typ, self.gid, self.canon = text, typ, gid, canon


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.groups = {}   # gid -> (typ, canon)
        self._auto = 0

    def group(self, typ, canon):
        self._auto += 1
        gid = "g%d" % self._auto
        self.groups[gid] = (typ, canon)
        return gid

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)

    def build(self, cid):
        turns, spans, vals = [], [], []
        for ti, (speaker, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, V):
                    start = len(text)
                    text += s.text
                    spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                    vals.append(s)
                else:
                    text += s
            turns.append({"speaker": speaker, "text": text})
        obj = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return obj, vals


# ---------------------------------------------------------------- renderers
class Gen:
    def __init__(self, rng):
        self.r = rng

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def zero(self, uk=True):
        return self.ch(["oh", "oh", "zero", "o", "nought"] if uk else ["zero", "oh", "o"])

    def digits(self, s, doubles=0.5, homo=0.0, uk=True, zw=None, fill=0.0):
        """Say a string of digits/letters digit by digit (ASR style)."""
        zw = zw or self.zero(uk)
        words = []
        i = 0
        while i < len(s):
            c = s[i]
            run = 1
            while i + run < len(s) and s[i + run] == c and run < 3:
                run += 1
            if c.isdigit():
                w = zw if c == "0" else ONES[int(c)]
                if homo and c == "4" and self.p(homo):
                    w = "for"
                if homo and c == "2" and self.p(homo / 2):
                    w = "to"
            else:
                w = self.letter(c, 0.0)
            if run == 3 and c.isdigit() and self.p(doubles):
                words.append(self.ch(["triple", "treble"]) + " " + w)
                i += 3
            elif run >= 2 and self.p(doubles):
                words.append("double " + w)
                i += 2
            else:
                words.append(w)
                i += 1
            if fill and i < len(s) and self.p(fill):
                words.append(self.ch(["um", "uh", "er"]))
        return " ".join(words)

    def letter(self, c, phon=0.5, sounds=0.0):
        c = c.upper()
        if self.p(phon):
            word = self.ch(FRIENDLY.get(c, [NATO_BY_LETTER.get(c, "x")]))
            return "%s %s %s" % (c.lower(), self.ch(["for", "for", "as in"]), word)
        if sounds and c in SOUND_OF and self.p(sounds):
            return self.ch(SOUND_OF[c])
        return c.lower()

    def pair(self, two, uk=True):
        a, b = int(two[0]), int(two[1])
        if a == 0:
            return self.zero(uk) + " " + ONES[b]
        if a == 1:
            return TEENS[b]
        if b == 0:
            return TENS[a]
        return TENS[a] + " " + ONES[b]

    def pairs(self, s, uk=True):
        assert len(s) % 2 == 0
        return " ".join(self.pair(s[i:i + 2], uk) for i in range(0, len(s), 2))

    def mixed(self, s, uk=True):
        """Digit string said as a mix of pairs and single digits per group of 4/2."""
        out = []
        i = 0
        while i < len(s):
            if i + 2 <= len(s) and self.p(0.5) and s[i] != "0" and (s[i + 1] != "0" or i + 2 == len(s)):
                out.append(self.pair(s[i:i + 2], uk))
                i += 2
            else:
                out.append(self.digits(s[i], uk=uk))
                i += 1
        return " ".join(out)

    def grp(self, s, sizes, sep=" "):
        out, i = [], 0
        for z in sizes:
            out.append(s[i:i + z])
            i += z
        if i < len(s):
            out.append(s[i:])
        return sep.join(x for x in out if x)

    # ---- value generators
    def card(self, kind=None):
        kind = kind or self.ch(["visa", "visa", "mc", "mc", "amex", "visa19", "mc2"])
        if kind == "visa":
            return luhn_complete("4" + str(self.r.randrange(10)), 16, self.r), 16
        if kind == "visa19":
            return luhn_complete("4" + str(self.r.randrange(10)), 19, self.r), 19
        if kind == "mc":
            return luhn_complete(str(self.r.randrange(51, 56)), 16, self.r), 16
        if kind == "mc2":
            return luhn_complete(str(self.r.randrange(2221, 2721)), 16, self.r), 16
        if kind == "amex":
            return luhn_complete(self.ch(["34", "37"]), 15, self.r), 15
        return luhn_complete("6759", 13, self.r), 13

    def card_groups(self, num):
        if len(num) == 15:
            return [num[:4], num[4:10], num[10:]]
        if len(num) == 19:
            return [num[:4], num[4:8], num[8:12], num[12:16], num[16:]]
        if len(num) == 13:
            return [num[:4], num[4:8], num[8:13]]
        return [num[i:i + 4] for i in range(0, 16, 4)]

    def ssn(self):
        while True:
            a = self.r.randrange(1, 900)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, self.r.randrange(1, 100), self.r.randrange(1, 10000))

    def ni(self):
        while True:
            p = self.ch(NI_FIRST) + self.ch(NI_SECOND)
            if p not in NI_BAD:
                break
        return p + "".join(str(self.r.randrange(10)) for _ in range(6)) + self.ch("ABCD")

    def sort(self, ie=False):
        if ie:
            return "9" + str(self.r.randrange(0, 10)) + "".join(str(self.r.randrange(10)) for _ in range(4))
        return "%02d" % self.r.randrange(1, 100) + "".join(str(self.r.randrange(10)) for _ in range(4))

    def acct(self, n=8):
        return str(self.r.randrange(1, 10)) + "".join(str(self.r.randrange(10)) for _ in range(n - 1))

    def iban(self, cc=None):
        cc = cc or self.ch(["GB", "IE", "IE", "GB", "DE", "NL", "FR", "ES"])
        if cc == "GB":
            bban = self.ch(["NWBK", "BARC", "HBUK", "MIDL"]) + self.sort() + self.acct()
        elif cc == "IE":
            bban = self.ch(["AIBK", "IPBS", "ULSB"]) + self.sort(True) + self.acct()
        elif cc == "DE":
            bban = self.acct(18)
        elif cc == "NL":
            bban = self.ch(["ABNA", "INGB", "TRIB"]) + self.acct(10)
        elif cc == "FR":
            bban = self.acct(23)
        else:
            bban = self.acct(20)
        return cc + iban_check(cc, bban) + bban

    def uk_mobile(self):
        return "07" + str(self.r.randrange(4, 10)) + "".join(str(self.r.randrange(10)) for _ in range(8))

    def uk_land(self):
        code = self.ch(["020", "0161", "0113", "0117", "0121", "0131", "0141", "029", "028"])
        return code + "".join(str(self.r.randrange(10)) for _ in range(11 - len(code)))

    def ie_mobile(self):
        return "08" + self.ch("35679") + "".join(str(self.r.randrange(10)) for _ in range(7))

    def ie_land(self):
        code = self.ch(["01", "021", "091", "061"])
        return code + "".join(str(self.r.randrange(10)) for _ in range(9 - len(code) + (1 if code != "01" else 0)))

    def us_phone(self):
        return self.ch(["212", "415", "312", "617", "713", "305", "206"]) + str(self.r.randrange(2, 10)) + \
            "".join(str(self.r.randrange(10)) for _ in range(6))

    def uk_pc(self, area=None):
        area = area or self.ch(["LS", "M", "B", "CF", "G", "NR", "S", "RG", "BT", "SW", "E", "N",
                                "EH", "BS", "L", "NE", "CV", "PE", "HU", "DN", "WF", "SE", "BN", "W", "EC"])
        district = str(self.r.randrange(1, 30)) if self.p(0.6) else str(self.r.randrange(1, 10))
        if area in ("SW", "W", "EC", "E") and self.p(0.5):
            district = str(self.r.randrange(1, 3)) + self.ch("ANPRHY")
        inward = str(self.r.randrange(1, 10)) + self.ch("ABDEFGHJLNPQRSTUWXYZ") + self.ch("ABDEFGHJLNPQRSTUWXYZ")
        return area + district, inward

    def eircode(self):
        rk = self.ch(["D02", "D04", "D08", "D15", "D24", "T12", "H91", "V94", "A94", "K67", "W23", "D6W", "F92"])
        uid = "".join(self.ch("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        return rk, uid

    def zip(self):
        return "%05d" % self.r.randrange(10001, 99951)

    def street(self, where="uk"):
        if where == "ie":
            return self.ch(["Main Street", "Griffith Avenue", "Castle Road", "Church Street", "Strand Road",
                            "Seafield Crescent", "Ballymun Road", "College Grove"])
        if where == "us":
            return self.ch(["Maple Street", "Oak Avenue", "Sunset Boulevard", "Elm Drive", "Cedar Lane",
                            "Lakeview Court", "Washington Avenue", "Pine Road"])
        return self.ch(["Acacia Avenue", "Victoria Road", "Church Lane", "Mill Street", "Station Road",
                        "Park Crescent", "Queens Drive", "Kingsway Close", "Elm Grove", "Albert Terrace",
                        "Manor Way", "Hawthorn Gardens", "Beech Court", "Meadow Place", "Ashfield Road",
                        "Windsor Terrace", "Orchard Close", "Highfield Lane"])

    def town_pc(self):
        town, area = self.ch([("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Cardiff", "CF"),
                              ("Glasgow", "G"), ("Norwich", "NR"), ("Sheffield", "S"), ("Reading", "RG"),
                              ("Belfast", "BT"), ("Hull", "HU"), ("Coventry", "CV"), ("Brighton", "BN"),
                              ("London", "SW"), ("London", "W"), ("London", "EC"), ("Edinburgh", "EH"),
                              ("Birmingham", "B"), ("Liverpool", "L"), ("Newcastle", "NE"), ("Wakefield", "WF")])
        out, inw = self.uk_pc(area)
        return town, out, inw

    def town(self, where="uk"):
        if where == "ie":
            return self.ch(["Dublin", "Cork", "Galway", "Limerick", "Drogheda", "Swords"])
        if where == "us":
            return self.ch(["Springfield, IL", "Austin, TX", "Columbus, OH", "Portland, OR", "Denver, CO"])
        return self.ch(["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Norwich", "Sheffield",
                        "Reading", "Belfast", "Hull", "Coventry", "Brighton"])

    def dob(self):
        y = self.r.randrange(1942, 2005)
        m = self.r.randrange(1, 13)
        d = self.r.randrange(1, 29)
        return y, m, d

    def say_year(self, y):
        if y >= 2000:
            if self.p(0.5):
                return "two thousand and " + ONES[y - 2000] if y - 2000 < 10 else "two thousand and " + self.pair("%02d" % (y - 2000))
            return "two thousand " + ONES[y - 2000] if y - 2000 < 10 else "twenty " + self.pair("%02d" % (y - 2000))
        if self.p(0.25):
            return self.pair("%02d" % (y % 100))
        return "nineteen " + self.pair("%02d" % (y % 100))

    def say_day(self, d):
        if self.p(0.75):
            if d in ORD_NAMES:
                return ORD_NAMES[d]
            return TENS[d // 10] + " " + ORD_NAMES[d % 10]
        return self.pair("%02d" % d) if d >= 10 else ONES[d]

    def say_dob(self, y, m, d):
        day = self.say_day(d)
        mon = MONTHS[m - 1]
        form = self.r.randrange(4)
        if form == 0:
            return "the %s of %s %s" % (day, mon, self.say_year(y))
        if form == 1:
            return "%s of %s %s" % (day, mon, self.say_year(y))
        if form == 2:
            return "%s %s %s" % (day, mon, self.say_year(y))
        day = ORD_NAMES[d] if d in ORD_NAMES else TENS[d // 10] + " " + ORD_NAMES[d % 10]
        return "%s the %s %s" % (mon, day, self.say_year(y))

    def type_dob(self, y, m, d, us=False):
        form = self.r.randrange(6)
        if us:
            return self.ch(["%02d/%02d/%d" % (m, d, y) if d > 12 else "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                            "%s %d %d" % (MONTHS[m - 1].title(), d, y)])
        if form == 0:
            return "%02d/%02d/%d" % (d, m, y)
        if form == 1:
            return "%d/%d/%02d" % (d, m, y % 100)
        if form == 2:
            return "%02d.%02d.%d" % (d, m, y)
        if form == 3:
            return "%d %s %d" % (d, MONTHS[m - 1].title(), y)
        if form == 4:
            return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"),
                                   self.ch(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"])
                                   if False else MONTHS[m - 1].title()[:3] if m != 5 else "May", y)
        return "%d-%02d-%02d" % (y, m, d)

    def email(self):
        first = self.ch(["j", "sarah", "mike", "aoife", "ciaran", "tom", "k", "priya", "liam", "niamh", "d", "gareth"])
        last = self.ch(["doyle", "murphy", "patel", "smith", "obrien", "walsh", "jones", "evans", "byrne", "kelly"])
        sep = self.ch([".", "_", "", "."])
        num = self.ch(["", "", str(self.r.randrange(1, 99)), "84", "1990"[2:]])
        dom = self.ch(["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com",
                       "eircom.net", "icloud.com", "sky.com", "live.ie"])
        return first + sep + last + num + "@" + dom

    def say_email(self, e):
        local, dom = e.split("@")
        out = []
        for part in re.findall(r"[a-z]+|\d+|[._]", local):
            if part == ".":
                out.append("dot")
            elif part == "_":
                out.append("underscore")
            elif part.isdigit():
                out.append(self.pair(part) if len(part) == 2 and part[0] != "0" else self.digits(part, doubles=0))
            elif len(part) <= 2:
                out.append(" ".join(part))
            else:
                out.append(part)
        out.append("at")
        out.append(" dot ".join(dom.split(".")))
        return " ".join(out)


# ---------------------------------------------------------------- templates
ACK = ["mhm", "okay", "yep", "okay go on", "right", "yeah", "got that", "uh huh", "lovely", "next four please"]
UK_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "government services",
          "healthcare billing"]


def pos_templates():
    T = []

    def reg(f):
        T.append(f)
        return f

    @reg
    def card_call_one(g):
        num, _ = g.card()
        ind = g.ch(["telecom", "utilities", "retail", "insurance", "travel"])
        cs = Case("positive", "call/%s: card read digit by digit in one ASR turn, doubles and UK zero words" % ind)
        gid = cs.group("CARD_NUMBER", num)
        cs.a("okay and what's the long number across the front of the card please")
        cs.c(g.ch(["yeah it's ", "right so it's ", "okay ", "um "]), V(g.digits(num, doubles=0.6, homo=0.2), "CARD_NUMBER", gid),
             g.ch(["", " that's it", " and it's a debit card"]))
        return cs

    @reg
    def card_call_split(g):
        num, _ = g.card()
        groups = g.card_groups(num)
        cs = Case("positive", "call/%s: card split across customer turns with agent back-channels" % g.ch(UK_IND))
        gid = cs.group("CARD_NUMBER", num)
        cs.a("go ahead with the card number whenever you're ready")
        for k, gr in enumerate(groups):
            lead = g.ch(["", "", "right ", "so ", "then "]) if k else g.ch(["okay ", "it's ", ""])
            style = g.r.randrange(3)
            said = g.digits(gr, homo=0.15) if style < 2 or len(gr) % 2 else g.pairs(gr)
            cs.c(lead, V(said, "CARD_NUMBER", gid))
            if k < len(groups) - 1:
                cs.a(g.ch(ACK))
        cs.a("thank you")
        return cs

    @reg
    def card_pairs(g):
        num, _ = g.card(g.ch(["visa", "mc", "mc2"]))
        cs = Case("positive", "call/retail: card read in pairs like 'forty one eleven' over two turns")
        gid = cs.group("CARD_NUMBER", num)
        cs.a("and the card number")
        cs.c(V(g.pairs(num[:8]), "CARD_NUMBER", gid))
        cs.a(g.ch(["yep", "okay", "mhm"]))
        cs.c(V(g.pairs(num[8:]), "CARD_NUMBER", gid), " sorry i always read them like that")
        return cs

    @reg
    def card_chat(g):
        num, _ = g.card()
        sep = g.ch([" ", "-", "", " ", ".", "  "])
        typed = g.grp(num, [len(x) for x in g.card_groups(num)], sep)
        cs = Case("positive", "chat/%s: card typed with separator %r" % (g.ch(["retail", "travel", "telecom"]), sep))
        cs.a("Could you confirm the card you would like to use?")
        cs.c(g.ch(["its ", "card is ", "pls use ", "ok here: ", ""]), V(typed, "CARD_NUMBER", cs.group("CARD_NUMBER", num)),
             g.ch(["", " thanks", " - the balance is £42.10 right?", " and i'm paying £19.99"]))
        return cs

    @reg
    def card_full_call(g):
        num, _ = g.card(g.ch(["visa", "mc"]))
        mm, yy = g.r.randrange(1, 13), g.r.randrange(25, 32)
        cvv = "%03d" % g.r.randrange(0, 1000)
        cs = Case("positive", "call/%s: card then expiry then three digit security code, agent-led" % g.ch(UK_IND))
        cs.a("can i take the card number please")
        cs.c(V(g.digits(num, doubles=0.5), "CARD_NUMBER", cs.group("CARD_NUMBER", num)))
        cs.a("and the expiry date")
        if g.p(0.5):
            exp = "%s %s" % (g.pair("%02d" % mm), g.pair("%02d" % yy))
        else:
            exp = "%s %s" % (MONTHS[mm - 1], g.ch(["twenty ", ""]) + g.pair("%02d" % yy))
        cs.c(V(exp, "EXPIRY", cs.group("EXPIRY", (mm, yy))))
        cs.a("and the last three digits on the back")
        cs.c(g.ch(["", "it's ", "uh "]), V(g.digits(cvv, doubles=0.5), "CVV", cs.group("CVV", cvv)))
        cs.a("lovely that's gone through for %s pounds" % g.ch(["forty two", "sixty", "one hundred and twelve", "nine ninety nine"]))
        return cs

    @reg
    def card_chat_full(g):
        num, _ = g.card()
        mm, yy = g.r.randrange(1, 13), g.r.randrange(25, 32)
        cvv = ("%04d" % g.r.randrange(0, 10000)) if len(num) == 15 else "%03d" % g.r.randrange(0, 1000)
        cs = Case("positive", "chat/travel: card, expiry and cvv in one typed message")
        exp = g.ch(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%02d %02d" % (mm, yy)])
        cs.c("Card ", V(g.grp(num, [len(x) for x in g.card_groups(num)], " "), "CARD_NUMBER", cs.group("CARD_NUMBER", num)),
             g.ch([" exp ", ", expiry ", " valid till ", " exp date "]), V(exp, "EXPIRY", cs.group("EXPIRY", (mm, yy))),
             g.ch([" cvv ", ", CVC ", " sec code ", " security code: "]), V(cvv, "CVV", cs.group("CVV", cvv)),
             g.ch(["", " - for booking ref KT7H2W", " for the 2 adults"]))
        return cs

    @reg
    def card_correction_amex(g):
        num, _ = g.card("amex")
        cvv = "%04d" % g.r.randrange(0, 10000)
        gr = g.card_groups(num)
        cs = Case("positive", "call/travel: amex 4-6-5 read with a hesitation, four digit CID on the front")
        gid = cs.group("CARD_NUMBER", num)
        cs.a("whenever you're ready with the card")
        cs.c("it's an amex so ", V(g.digits(gr[0]), "CARD_NUMBER", gid), " then ", V(g.digits(gr[1], fill=0.2), "CARD_NUMBER", gid))
        cs.a("okay and the last five")
        cs.c(V(g.digits(gr[2]), "CARD_NUMBER", gid))
        cs.a("and the four digit code printed on the front")
        cs.c(V(g.digits(cvv), "CVV", cs.group("CVV", cvv)))
        return cs

    @reg
    def card_readback(g):
        num, _ = g.card(g.ch(["visa", "mc"]))
        cs = Case("positive", "call/utilities: customer reads card, agent reads it back in groups")
        gid = cs.group("CARD_NUMBER", num)
        gid2 = cs.group("CARD_NUMBER", num)
        cs.a("what's the card number")
        cs.c(V(g.digits(num, doubles=0.3), "CARD_NUMBER", gid))
        gr = g.card_groups(num)
        cs.a("let me read that back ", V(", ".join(g.digits(x, doubles=0) for x in gr), "CARD_NUMBER", gid2), " is that right")
        cs.c("yes that's right")
        return cs

    @reg
    def ni_call_letters(g):
        ni = g.ni()
        cs = Case("positive", "call/government services: NI number spelled with phonetic letters and digit words")
        said = " ".join([g.letter(ni[0], 0.6, 0.3), g.letter(ni[1], 0.6, 0.3),
                         g.digits(ni[2:8], doubles=0.5), g.letter(ni[8], 0.5, 0.3)])
        cs.a("can i take your national insurance number please")
        cs.c(g.ch(["yeah it's ", "it is ", "okay um ", ""]), V(said, "NI_NUMBER", cs.group("NI_NUMBER", ni)))
        cs.a("thank you")
        return cs

    @reg
    def ni_call_pairs(g):
        ni = g.ni()
        cs = Case("positive", "call/government services: NI number with digits said as pairs")
        cs.a("and your national insurance number")
        said = "%s %s %s %s" % (g.letter(ni[0], 0.2, 0.4), g.letter(ni[1], 0.2, 0.4), g.pairs(ni[2:8]), g.letter(ni[8], 0.3, 0.4))
        cs.c(V(said, "NI_NUMBER", cs.group("NI_NUMBER", ni)), g.ch(["", " i think", " it's on my payslip"]))
        return cs

    @reg
    def ni_call_split(g):
        ni = g.ni()
        cs = Case("positive", "call/%s: NI number split across three customer turns" % g.ch(["payroll", "government services", "insurance"]))
        gid = cs.group("NI_NUMBER", ni)
        cs.a("what's your n i number")
        cs.c("it's ", V("%s %s" % (g.letter(ni[0], 0.5), g.letter(ni[1], 0.5)), "NI_NUMBER", gid))
        cs.a(g.ch(ACK[:6]))
        cs.c(V(g.digits(ni[2:5]), "NI_NUMBER", gid), g.ch([" um", "", " uh"]))
        cs.a(g.ch(["yep", "mhm", "go on"]))
        cs.c(V(g.digits(ni[5:8]) + " " + g.letter(ni[8], 0.4), "NI_NUMBER", gid))
        return cs

    @reg
    def ni_chat(g):
        ni = g.ni()
        form = g.r.randrange(7)
        if form == 0:
            typed = ni
        elif form == 1:
            typed = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        elif form == 2:
            typed = ni.lower()
        elif form == 3:
            typed = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        elif form == 4:
            typed = "%s %s %s" % (ni[:2], ni[2:8], ni[8])
        elif form == 5:
            typed = ni[0] + ni[1].lower() + ni[2:8] + ni[8].lower()
        else:
            typed = "%s %s %s %s" % (ni[:2], ni[2:5], ni[5:8], ni[8])
        cs = Case("positive", "chat/%s: NI number typed, form %d" % (g.ch(["government services", "banking", "payroll"]), form))
        cs.a("To verify, please provide your National Insurance number.")
        cs.c(g.ch(["NI no: ", "its ", "ni number is ", "", "sure - "]), V(typed, "NI_NUMBER", cs.group("NI_NUMBER", ni)),
             g.ch(["", " thx", ". my claim ref is 4417730", " (tax year 2025/26)"]))
        return cs

    @reg
    def ni_with_dob(g):
        ni = g.ni()
        y, m, d = g.dob()
        cs = Case("positive", "call/government services: DOB security question then NI number, with non-PII claim date")
        cs.a("for security can you confirm your date of birth")
        cs.c(V(g.say_dob(y, m, d), "DOB", cs.group("DOB", (y, m, d))))
        cs.a("and the national insurance number")
        said = " ".join([g.letter(ni[0], 0.3, 0.3), g.letter(ni[1], 0.3, 0.3), g.mixed(ni[2:8]), g.letter(ni[8], 0.3, 0.3)])
        cs.c(V(said, "NI_NUMBER", cs.group("NI_NUMBER", ni)), " and i applied on the ", g.say_day(g.r.randrange(1, 29)),
             " of ", g.ch(MONTHS))
        return cs

    @reg
    def ni_agent_readback(g):
        ni = g.ni()
        cs = Case("positive", "call/payroll: customer types-in-speech NI, agent reads it back with NATO letters")
        cs.c("my national insurance is ", V(" ".join([ni[0].lower(), ni[1].lower(), g.digits(ni[2:8], doubles=0.7), ni[8].lower()]),
                                              "NI_NUMBER", cs.group("NI_NUMBER", ni)))
        back = " ".join([NATO_BY_LETTER[ni[0]], NATO_BY_LETTER[ni[1]], g.digits(ni[2:8], doubles=0), NATO_BY_LETTER[ni[8]]])
        cs.a("so that's ", V(back, "NI_NUMBER", cs.group("NI_NUMBER", ni)), " yeah")
        cs.c("that's the one")
        return cs

    @reg
    def sort_acct_call(g):
        sc, ac = g.sort(), g.acct()
        cs = Case("positive", "call/banking: UK sort code then account number, ASR digit words")
        cs.a("what's the sort code")
        sc_said = g.ch([g.digits(sc), g.pairs(sc), " dash ".join(g.pair(sc[i:i + 2]) for i in (0, 2, 4))])
        cs.c(V(sc_said, "SORT_CODE", cs.group("SORT_CODE", sc)))
        cs.a("and the account number")
        cs.c(V(g.digits(ac, doubles=0.6, homo=0.1), "BANK_ACCOUNT", cs.group("BANK_ACCOUNT", ac)),
             g.ch(["", " and i want to move four hundred pounds", " it's a joint account"]))
        return cs

    @reg
    def sort_acct_chat(g):
        sc, ac = g.sort(), g.acct()
        scf = g.ch(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:]), "%s.%s.%s" % (sc[:2], sc[2:4], sc[4:])])
        acf = g.ch([ac, ac[:4] + " " + ac[4:]])
        cs = Case("positive", "chat/%s: sort code and account typed together for a refund" % g.ch(["retail", "utilities", "insurance"]))
        cs.a("Please share the bank details for the refund of £%d.%02d." % (g.r.randrange(10, 400), g.r.randrange(100)))
        cs.c(g.ch(["sort code ", "SC ", "sort: "]), V(scf, "SORT_CODE", cs.group("SORT_CODE", sc)),
             g.ch([" acc ", ", account no ", " a/c ", " account "]), V(acf, "BANK_ACCOUNT", cs.group("BANK_ACCOUNT", ac)))
        return cs

    @reg
    def sort_correction(g):
        sc = g.sort()
        wrong = sc[:4] + ("%02d" % ((int(sc[4:]) + 11) % 100))
        ac = g.acct()
        cs = Case("positive", "call/banking: sort code self-corrected; both readings labelled, account split")
        cs.a("sort code please")
        cs.c(V(g.digits(wrong), "SORT_CODE", cs.group("SORT_CODE", wrong)), " no sorry ", V(g.pair(sc[:2]) + " " + g.pair(sc[2:4]) + " " + g.pair(sc[4:]), "SORT_CODE", cs.group("SORT_CODE", sc)))
        cs.a("okay and the account")
        gid = cs.group("BANK_ACCOUNT", ac)
        cs.c(V(g.digits(ac[:4]), "BANK_ACCOUNT", gid))
        cs.a("mhm")
        cs.c(V(g.digits(ac[4:], fill=0.3), "BANK_ACCOUNT", gid))
        return cs

    @reg
    def sort_acct_readback(g):
        sc, ac = g.sort(), g.acct()
        cs = Case("positive", "call/banking: agent reads back sort code and account number; customer gives both in one turn")
        cs.c("the sort code is ", V(g.digits(sc), "SORT_CODE", cs.group("SORT_CODE", sc)), " and account ",
             V(g.digits(ac, doubles=0.5), "BANK_ACCOUNT", cs.group("BANK_ACCOUNT", ac)))
        cs.a("just to confirm sort code ", V(g.pairs(sc), "SORT_CODE", cs.group("SORT_CODE", sc)), " account number ",
             V(g.digits(ac[-4:], doubles=0), "BANK_ACCOUNT", cs.group("BANK_ACCOUNT", ac[-4:] + "00")) if False else
             V(g.digits(ac, doubles=0), "BANK_ACCOUNT", cs.group("BANK_ACCOUNT", ac)))
        cs.c("yes")
        return cs

    @reg
    def iban_call(g):
        ib = g.iban(g.ch(["IE", "IE", "GB"]))
        cs = Case("positive", "call/banking: %s IBAN read out letter by letter over turns" % ib[:2])
        gid = cs.group("IBAN", ib)
        cs.a("can you read me the iban")
        cs.c(V(" ".join(g.letter(c, 0.15) if c.isalpha() else ONES[int(c)] if c != "0" else "zero" for c in ib[:8]), "IBAN", gid))
        cs.a("okay")
        cs.c(V(g.digits(ib[8:14], doubles=0.4), "IBAN", gid))
        cs.a(g.ch(["mhm", "yep go on"]))
        cs.c(V(g.digits(ib[14:], doubles=0.4), "IBAN", gid))
        return cs

    @reg
    def iban_chat(g):
        ib = g.iban()
        f = g.ch(["space", "none", "lower"])
        typed = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if f == "space" else ib if f == "none" else ib.lower()
        cs = Case("positive", "chat/%s: IBAN typed (%s) for a transfer" % (g.ch(["banking", "travel", "insurance"]), f))
        cs.a("What IBAN should the refund go to?")
        cs.c(g.ch(["IBAN: ", "iban is ", "", "pls send to "]), V(typed, "IBAN", cs.group("IBAN", ib)),
             g.ch(["", " (my account in %s)" % g.town("ie"), " thanks, amount €250"]))
        return cs

    @reg
    def phone_uk_call(g):
        ph = g.ch([g.uk_mobile(), g.uk_land()])
        intl = g.p(0.3)
        canon = "44" + ph[1:] if intl else ph
        said = ("plus four four " + g.digits(ph[1:], doubles=0.6)) if intl else g.digits(ph, doubles=0.6, homo=0.1)
        cs = Case("positive", "call/%s: UK phone number read out%s" % (g.ch(UK_IND), " with +44" if intl else ""))
        cs.a("what's the best number to reach you on")
        cs.c(g.ch(["it's ", "my mobile's ", "um "]), V(said, "PHONE", cs.group("PHONE", canon)), g.ch(["", " after six", " any time"]))
        return cs

    @reg
    def phone_split_ie(g):
        ph = g.ie_mobile()
        cs = Case("positive", "call/telecom: Irish mobile split over turns with back-channel")
        gid = cs.group("PHONE", ph)
        cs.a("and a contact number")
        cs.c(V(g.digits(ph[:3]), "PHONE", gid))
        cs.a(g.ch(["oh eight yeah", "okay", "mhm"]) if False else g.ch(["okay", "mhm", "yep"]))
        cs.c(V(g.digits(ph[3:6]), "PHONE", gid), " ", V(g.digits(ph[6:], doubles=0.7), "PHONE", gid))
        return cs

    @reg
    def phone_chat(g):
        kind = g.r.randrange(6)
        if kind == 0:
            ph = g.uk_mobile(); canon = ph; typed = g.ch([ph[:5] + " " + ph[5:], ph, "+44 " + ph[1:5] + " " + ph[5:]])
            if typed.startswith("+"):
                canon = "44" + ph[1:]
        elif kind == 1:
            ph = g.uk_land(); canon = ph; typed = ph[:4] + " " + ph[4:7] + " " + ph[7:] if ph[:3] != "020" else "(020) " + ph[3:7] + " " + ph[7:]
        elif kind == 2:
            ph = g.ie_mobile(); canon = "353" + ph[1:]; typed = "+353 " + ph[1:3] + " " + ph[3:6] + " " + ph[6:]
        elif kind == 3:
            ph = g.ie_land(); canon = ph; typed = ph[:len(ph) - 7] + " " + ph[-7:-4] + " " + ph[-4:]
        elif kind == 4:
            ph = g.us_phone(); canon = ph; typed = "(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:])
        else:
            ph = "6" + g.acct(8); canon = "33" + ph; typed = "+33 " + " ".join([ph[0]] + [ph[i:i + 2] for i in range(1, 9, 2)])
        cs = Case("positive", "chat/%s: phone typed, format %d" % (g.ch(["telecom", "retail", "travel"]), kind))
        cs.a("Can I get a callback number?")
        cs.c(g.ch(["", "sure ", "call me on ", "mob: "]), V(typed, "PHONE", cs.group("PHONE", canon)),
             g.ch(["", " between 2 and 4pm", " thanks", " - not the landline"]))
        return cs

    @reg
    def email_call(g):
        e = g.email()
        cs = Case("positive", "call/%s: e-mail spelled out ASR style with dot/at words" % g.ch(UK_IND))
        cs.a("and what email address should we send the confirmation to")
        cs.c(g.ch(["it's ", "yeah it's ", ""]), V(g.say_email(e), "EMAIL", cs.group("EMAIL", e)), g.ch(["", " all lower case", " no capitals"]))
        return cs

    @reg
    def email_chat(g):
        e = g.email()
        typed = g.ch([e, e, e.upper() if g.p(0.3) else e.capitalize()])
        cs = Case("positive", "chat/%s: e-mail typed mid-message" % g.ch(["retail", "insurance", "telecom"]))
        cs.c(g.ch(["pls update my email to ", "new email ", "can you send it to "]), V(typed, "EMAIL", cs.group("EMAIL", e)),
             g.ch(["", " instead of the old one", " ty"]))
        return cs

    @reg
    def dob_chat(g):
        y, m, d = g.dob()
        us = g.p(0.2)
        cs = Case("positive", "chat/%s: date of birth typed%s" % (g.ch(["healthcare billing", "insurance", "banking"]), " US order" if us else ""))
        cs.a("Please confirm your date of birth.")
        cs.c(g.ch(["dob ", "", "DOB: ", "born "]), V(g.type_dob(y, m, d, us), "DOB", cs.group("DOB", (y, m, d))),
             g.ch(["", " - appointment was 3/11", " thanks"]))
        return cs

    @reg
    def dob_call(g):
        y, m, d = g.dob()
        cs = Case("positive", "call/%s: DOB spoken with ordinal day and spoken year" % g.ch(UK_IND))
        cs.a("can you confirm your date of birth for me")
        cs.c(g.ch(["yeah it's ", "", "it's ", "um "]), V(g.say_dob(y, m, d), "DOB", cs.group("DOB", (y, m, d))))
        cs.a("thank you that's all matched up")
        return cs

    @reg
    def postcode_call(g):
        out, inw = g.uk_pc()
        said = " ".join(g.letter(c, 0.2, 0.25) if c.isalpha() else ONES[int(c)] for c in out) if g.p(0.6) else \
            " ".join(c.lower() for c in out if c.isalpha()) + " " + g.pair("%02d" % int(re.sub(r"\D", "", out))) if len(re.sub(r"\D", "", out)) == 2 else \
            " ".join(g.letter(c, 0.0) if c.isalpha() else ONES[int(c)] for c in out)
        said += " " + ONES[int(inw[0])] + " " + (("double " + g.letter(inw[1], 0.0)) if inw[1] == inw[2] and g.p(0.7) else g.letter(inw[1], 0.3, 0.3) + " " + g.letter(inw[2], 0.3, 0.3))
        cs = Case("positive", "call/%s: UK postcode spelled ASR style" % g.ch(UK_IND))
        cs.a("and the postcode")
        cs.c(g.ch(["it's ", "", "yeah "]), V(said, "POSTCODE", cs.group("POSTCODE", out + inw)))
        return cs

    @reg
    def address_chat(g):
        town, out, inw = g.town_pc()
        num = str(g.r.randrange(1, 240))
        st = g.street()
        flat = g.p(0.4)
        addr = ("Flat %d, %s %s" % (g.r.randrange(1, 30), num, st)) if flat else "%s %s" % (num, st)
        if g.p(0.3):
            addr = addr.lower()
        pcf = g.ch([out + " " + inw, out + inw, (out + " " + inw).lower()])
        cs = Case("positive", "chat/%s: UK address and postcode typed on one line" % g.ch(["retail", "utilities", "telecom"]))
        cs.a("What's the delivery address?")
        cs.c(V(addr, "ADDRESS", cs.group("ADDRESS", addr)), ", %s " % town, V(pcf, "POSTCODE", cs.group("POSTCODE", out + inw)))
        return cs

    @reg
    def address_call(g):
        n = g.r.randrange(1, 120)
        st = g.street().lower()
        town, out, inw = g.town_pc()
        nsaid = g.pair("%02d" % n) if 10 <= n < 100 else ONES[n] if n < 10 else ONES[n // 100] + " " + g.ch(["hundred and ", ""]) + g.pair("%02d" % (n % 100)) if n % 100 >= 10 else ONES[n // 100] + " " + g.zero() + " " + ONES[n % 10]
        if "hundred" in nsaid:
            nsaid = nsaid.replace("hundred and ", "")
        cs = Case("positive", "call/utilities: street address and postcode spoken in separate turns, house number in words")
        cs.a("can you confirm the first line of the address")
        cs.c(g.ch(["it's ", "", "yeah "]), V(nsaid + " " + st, "ADDRESS", cs.group("ADDRESS", st)), " in ", town.lower())
        cs.a("and the postcode there")
        said = " ".join(g.letter(c, 0.0) if c.isalpha() else ONES[int(c)] for c in out) + " " + g.digits(inw, doubles=0.5)
        cs.c(V(said, "POSTCODE", cs.group("POSTCODE", out + inw)))
        return cs

    @reg
    def eircode_call(g):
        rk, uid = g.eircode()
        code = rk + uid
        said = " ".join(g.letter(c, 0.2, 0.2) if c.isalpha() else (g.zero() if c == "0" else ONES[int(c)]) for c in code)
        st = g.street("ie")
        n = g.r.randrange(1, 90)
        cs = Case("positive", "call/utilities IE: Irish address then Eircode spelled")
        cs.a("what's the address for the meter")
        cs.c(V("%s %s" % (g.pair("%02d" % n) if n >= 10 else ONES[n], st.lower()), "ADDRESS", cs.group("ADDRESS", st)), " %s" % g.town("ie").lower())
        cs.a("and the eircode")
        cs.c(V(said, "POSTCODE", cs.group("POSTCODE", code)))
        return cs

    @reg
    def eircode_chat(g):
        rk, uid = g.eircode()
        code = rk + uid
        typed = g.ch([rk + " " + uid, code, (rk + " " + uid).lower()])
        cs = Case("positive", "chat/retail IE: delivery address with Eircode")
        st = g.street("ie")
        addr = "%d %s" % (g.r.randrange(1, 150), st)
        cs.c("deliver to ", V(addr, "ADDRESS", cs.group("ADDRESS", addr)), ", %s, " % g.town("ie"), V(typed, "POSTCODE", cs.group("POSTCODE", code)),
             g.ch(["", " pls", " - order 5521904"]))
        return cs

    @reg
    def ssn_call(g):
        s = g.ssn()
        cs = Case("positive", "call/%s US: SSN read out as digits" % g.ch(["healthcare billing", "banking", "insurance"]))
        cs.a("can i get your social security number")
        form = g.r.randrange(3)
        if form == 0:
            said = g.digits(s, doubles=0.5, uk=False)
        elif form == 1:
            said = g.digits(s[:3], uk=False) + " " + g.digits(s[3:5], uk=False) + " " + g.digits(s[5:], uk=False)
        else:
            said = g.digits(s[:3], uk=False) + " " + g.pair(s[3:5], uk=False) + " " + g.pairs(s[5:], uk=False)
        cs.c(g.ch(["sure it's ", "", "it's "]), V(said, "SSN", cs.group("SSN", s)))
        return cs

    @reg
    def ssn_split(g):
        s = g.ssn()
        cs = Case("positive", "call/insurance US: SSN split 3-2-4 across turns")
        gid = cs.group("SSN", s)
        cs.a("and the social please")
        cs.c(V(g.digits(s[:3], uk=False), "SSN", gid))
        cs.a("uh huh")
        cs.c(V(g.digits(s[3:5], uk=False), "SSN", gid))
        cs.a(g.ch(["okay", "mhm"]))
        cs.c(V(g.digits(s[5:], uk=False, doubles=0.5), "SSN", gid))
        return cs

    @reg
    def ssn_chat(g):
        s = g.ssn()
        typed = g.ch(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:])])
        cs = Case("positive", "chat/%s US: SSN typed" % g.ch(["banking", "healthcare billing", "government services"]))
        cs.a("Please provide your SSN to continue.")
        cs.c(g.ch(["ssn ", "SSN: ", "", "social is "]), V(typed, "SSN", cs.group("SSN", s)),
             g.ch(["", " and my member id is 88123", " thanks"]))
        return cs

    @reg
    def ssn_dob_zip(g):
        s = g.ssn()
        y, m, d = g.dob()
        z = g.zip()
        cs = Case("positive", "call/healthcare billing US: SSN read in full, DOB month-first, ZIP digit by digit")
        cs.a("i'll need your social security number date of birth and zip code")
        cs.c(V(g.digits(s, uk=False), "SSN", cs.group("SSN", s)))
        cs.a("and the date of birth")
        cs.c(V("%s %s %s" % (MONTHS[m - 1], g.say_day(d), g.say_year(y)), "DOB", cs.group("DOB", (y, m, d))))
        cs.a("and zip")
        cs.c(V(g.digits(z, uk=False), "POSTCODE", cs.group("POSTCODE", z)))
        return cs

    @reg
    def us_address_chat(g):
        z = g.zip()
        st = g.street("us")
        addr = "%d %s" % (g.r.randrange(10, 9999), st)
        ph = g.us_phone()
        cs = Case("positive", "chat/retail US: address with ZIP and phone")
        cs.c("ship to ", V(addr, "ADDRESS", cs.group("ADDRESS", addr)), ", %s " % g.town("us"), V(z, "POSTCODE", cs.group("POSTCODE", z)),
             ". phone ", V("%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]), "PHONE", cs.group("PHONE", ph)))
        return cs

    @reg
    def security_mix(g):
        y, m, d = g.dob()
        out, inw = g.uk_pc()
        cs = Case("positive", "call/banking: two values in one turn (DOB and postcode) plus balance amount")
        cs.a("can you give me your date of birth and postcode")
        cs.c(V(g.say_dob(y, m, d), "DOB", cs.group("DOB", (y, m, d))), " and the postcode is ",
             V(" ".join(c.lower() if c.isalpha() else ONES[int(c)] for c in out) + " " + g.digits(inw), "POSTCODE", cs.group("POSTCODE", out + inw)))
        cs.a("thanks i can see the balance is two hundred and twelve pounds")
        return cs

    @reg
    def phone_email_call(g):
        ph = g.uk_mobile()
        e = g.email()
        cs = Case("positive", "call/telecom: mobile number then e-mail, agent back-channel between")
        cs.a("can i take a contact number and email")
        cs.c("yeah the mobile is ", V(g.mixed(ph), "PHONE", cs.group("PHONE", ph)))
        cs.a(g.ch(["okay", "got that"]))
        cs.c("and the email's ", V(g.say_email(e), "EMAIL", cs.group("EMAIL", e)))
        return cs

    @reg
    def eu_iban_chat(g):
        ib = g.iban(g.ch(["DE", "NL", "FR", "ES"]))
        e = g.email()
        cs = Case("positive", "chat/travel EU: IBAN in groups plus e-mail")
        cs.c("Refund to ", V(" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), "IBAN", cs.group("IBAN", ib)),
             " please, and confirm to ", V(e, "EMAIL", cs.group("EMAIL", e)))
        return cs

    @reg
    def card_with_noise(g):
        num, _ = g.card(g.ch(["visa", "mc"]))
        cs = Case("positive", "call/insurance: card read with chit-chat and non-PII numbers around it")
        gid = cs.group("CARD_NUMBER", num)
        cs.a("so the premium is thirty two pounds a month, can i take the card")
        cs.c("yeah hang on it's in my other bag ", V(g.digits(num[:8]), "CARD_NUMBER", gid), " sorry the dog's barking ",
             V(g.digits(num[8:]), "CARD_NUMBER", gid))
        cs.a("no problem that's the card ending in " + g.digits(num[-4:], doubles=0))
        return cs

    @reg
    def ni_sounds(g):
        ni = g.ni()
        cs = Case("positive", "call/%s: NI number with letter homophones an ASR writes ('jay', 'see', 'double you') and a filler" % g.ch(["government services", "payroll", "banking"]))
        said = " ".join([g.letter(ni[0], 0.0, 0.9), g.letter(ni[1], 0.0, 0.9), g.digits(ni[2:5]), g.ch(["um", "uh", "er"]),
                         g.digits(ni[5:8]), g.letter(ni[8], 0.0, 0.9)])
        cs.a("and can you confirm your national insurance number")
        cs.c(g.ch(["yeah ", "right ", ""]), V(said, "NI_NUMBER", cs.group("NI_NUMBER", ni)), g.ch(["", " i've had it since i was sixteen", " is that the one you need"]))
        return cs

    @reg
    def ni_chat_messy(g):
        ni = g.ni()
        form = g.r.randrange(4)
        if form == 0:
            typed = " ".join(ni)
        elif form == 1:
            typed = ni[:2].lower() + " " + ni[2:8] + ni[8]
        elif form == 2:
            typed = ni[:2] + "  " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + "  " + ni[8]
        else:
            typed = ni[:2] + "/" + ni[2:8] + "/" + ni[8]
        cs = Case("positive", "chat/government services: NI typed messily (form %d) alongside a benefit amount and a reference" % form)
        cs.c("hi i need to update my address for my pension credit. ", g.ch(["NINO ", "NI: ", "national insurance "]), V(typed, "NI_NUMBER", cs.group("NI_NUMBER", ni)),
             ", I get £%d.%02d a week, letter ref 20%d/%d" % (g.r.randrange(80, 300), g.r.randrange(100), g.r.randrange(19, 26), g.r.randrange(1000, 99999)))
        cs.a("Thanks, I've found your record.")
        return cs

    @reg
    def phone_correction(g):
        old, new = g.uk_mobile(), g.ch([g.uk_mobile(), g.uk_land()])
        cs = Case("positive", "call/telecom: customer gives an old mobile, corrects to new number; agent reads back; both labelled")
        cs.a("is the number we have still the best one")
        cs.c("no it's changed it used to be ", V(g.digits(old, doubles=0.5), "PHONE", cs.group("PHONE", old)), " but now it's ",
             V(g.digits(new, doubles=0.5, homo=0.2), "PHONE", cs.group("PHONE", new)))
        cs.a("so that's ", V(g.digits(new, doubles=0), "PHONE", cs.group("PHONE", new)))
        cs.c("that's right")
        return cs

    @reg
    def card_chat_two_msgs(g):
        num, _ = g.card(g.ch(["visa", "mc", "mc2"]))
        cs = Case("positive", "chat/retail: card typed across two messages after pressing enter too early")
        gid = cs.group("CARD_NUMBER", num)
        cs.a("Please enter the long card number.")
        cs.c(V(num[:4] + " " + num[4:8], "CARD_NUMBER", gid))
        cs.c("oops sorry hit enter ", V(num[8:12] + " " + num[12:], "CARD_NUMBER", gid))
        cs.a("No problem, and the expiry?")
        mm, yy = g.r.randrange(1, 13), g.r.randrange(25, 32)
        cs.c(V(g.ch(["%02d/%02d" % (mm, yy), "%02d%02d" % (mm, yy), "%s %d" % (MONTHS[mm - 1][:3], 2000 + yy)]), "EXPIRY", cs.group("EXPIRY", (mm, yy))))
        return cs

    @reg
    def irish_bank_call(g):
        sc, ac = g.sort(True), g.acct()
        cs = Case("positive", "call/banking IE: Irish sort code (9x) and account number, Irish mobile for SMS code")
        cs.a("what's the sort code on the account")
        cs.c(V(g.pairs(sc) if g.p(0.5) else g.digits(sc), "SORT_CODE", cs.group("SORT_CODE", sc)))
        cs.a("and the account number")
        cs.c(V(g.digits(ac, doubles=0.6, fill=0.15), "BANK_ACCOUNT", cs.group("BANK_ACCOUNT", ac)))
        ph = g.ie_mobile()
        cs.a("and we'll text a code to the mobile, is that still ", V(g.digits(ph, doubles=0), "PHONE", cs.group("PHONE", ph)))
        cs.c("yeah that's me")
        return cs

    @reg
    def gov_chat_multi(g):
        ni = g.ni()
        town, out, inw = g.town_pc()
        ph = g.uk_mobile()
        addr = "%d %s" % (g.r.randrange(1, 200), g.street())
        cs = Case("positive", "chat/government services: one message with NI, new address, postcode and phone, plus a date that is not a DOB")
        cs.c("Moved on %d/%d/2026. New address " % (g.r.randrange(1, 29), g.r.randrange(1, 13)), V(addr, "ADDRESS", cs.group("ADDRESS", addr)), ", %s, " % town,
             V(out + " " + inw, "POSTCODE", cs.group("POSTCODE", out + inw)), ". NI ", V(ni[:2] + " " + ni[2:8] + " " + ni[8], "NI_NUMBER", cs.group("NI_NUMBER", ni)),
             ", tel ", V(ph[:5] + " " + ph[5:], "PHONE", cs.group("PHONE", ph)))
        cs.a("Thank you, I've updated your details.")
        return cs

    @reg
    def dob_with_age(g):
        y, m, d = g.dob()
        age = 2026 - y
        cs = Case("positive", "call/insurance: DOB with the age mentioned next to it (age unlabelled)")
        cs.a("and how old is the main driver")
        cs.c("i'm ", g.pair("%02d" % age) if age < 100 else "a hundred", " born on the ", V(
            (ORD_NAMES[d] if d in ORD_NAMES else TENS[d // 10] + " " + ORD_NAMES[d % 10]) + " of " + MONTHS[m - 1] + " " + g.say_year(y),
            "DOB", cs.group("DOB", (y, m, d))))
        cs.a("lovely and how many years no claims")
        cs.c(g.ch(["five", "nine", "twelve"]))
        return cs

    @reg
    def postcode_spaced_split(g):
        town, out, inw = g.town_pc()
        cs = Case("positive", "call/retail: postcode split over two turns with agent checking the first half")
        gid = cs.group("POSTCODE", out + inw)
        cs.a("what's the postcode")
        cs.c(V(" ".join(g.letter(c, 0.4, 0.2) if c.isalpha() else ONES[int(c)] for c in out), "POSTCODE", gid))
        cs.a("is that %s" % town.lower())
        cs.c("yeah then ", V(ONES[int(inw[0])] + " " + g.letter(inw[1], 0.5) + " " + g.letter(inw[2], 0.5), "POSTCODE", gid))
        return cs

    return T


def neg_templates():
    T = []

    def reg(f):
        T.append(f)
        return f

    @reg
    def money(g):
        cs = Case("negative", "call/utilities: balance and payment amounts")
        cs.a("your balance is %s pounds and %s pence" % (g.pair("%02d" % g.r.randrange(10, 99)), g.pair("%02d" % g.r.randrange(10, 99))))
        cs.c("okay and if i pay %s pounds a month how long will it take" % g.ch(["forty", "twenty five", "sixty", "one hundred and fifty"]))
        cs.a("about %s months" % g.ch(["six", "eight", "eleven", "fourteen"]))
        return cs

    @reg
    def money_chat(g):
        cs = Case("negative", "chat/retail: prices and discount percentages")
        cs.c("the jacket was £%d.%02d but it says %d%% off at checkout, and the total came to £%d,%03d.%02d??" % (
            g.r.randrange(20, 300), g.r.randrange(100), g.ch([10, 15, 20, 25, 40]), g.r.randrange(1, 3), g.r.randrange(1000), g.r.randrange(100)))
        cs.a("Sorry about that, I can see the order total of £%d.%02d." % (g.r.randrange(20, 300), g.r.randrange(100)))
        return cs

    @reg
    def policy_ref(g):
        n = g.acct(g.ch([7, 8, 9, 10]))
        cs = Case("negative", "call/insurance: policy number said with its name (not PII)")
        cs.a("can i take your policy number please")
        cs.c("yeah it's policy number ", g.digits(n, doubles=0.5))
        cs.a("thank you i've got that policy up")
        return cs

    @reg
    def customer_ref(g):
        n = g.acct(g.ch([8, 9, 10]))
        cs = Case("negative", "chat/utilities: customer number with its label")
        cs.c("My customer number is %s and my meter reading today is %05d" % (n, g.r.randrange(10000, 99999)))
        cs.a("Thanks, customer reference %s noted." % n)
        return cs

    @reg
    def meter(g):
        r = "%05d" % g.r.randrange(0, 100000)
        cs = Case("negative", "call/utilities: meter reading spoken digit by digit")
        cs.a("go ahead with the meter reading")
        cs.c("the meter reading is ", g.digits(r, doubles=0.5))
        cs.a("and is that the day or night rate")
        cs.c("day rate the night one says " + g.digits("%05d" % g.r.randrange(0, 100000)))
        return cs

    @reg
    def booking(g):
        ref = g.ch(["K", "X", "T", "Q", "Z"]) + g.ch("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(g.ch("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(4))
        cs = Case("negative", "call/travel: airline booking reference spelled, flight number and times")
        cs.a("what's the booking reference")
        cs.c("booking reference ", " ".join(g.letter(c, 0.3) if c.isalpha() else ONES[int(c)] for c in ref))
        cs.a("thanks that's flight %s %s departing at %s" % (g.ch(["e i", "b a", "f r"]), g.digits(str(g.r.randrange(100, 999))), g.ch(["ten fifteen", "half six", "fourteen thirty", "six forty five"])))
        return cs

    @reg
    def booking_chat(g):
        cs = Case("negative", "chat/travel: booking ref, flight, seat and room numbers")
        cs.c("Booking ref %s, flight %s%d on %d %s, seat %d%s and we're in room %d" % (
            "".join(g.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), g.ch(["EI", "BA", "FR", "U2"]), g.r.randrange(100, 9999),
            g.r.randrange(1, 29), MONTHS[g.r.randrange(12)].title(), g.r.randrange(1, 40), g.ch("ABCDEF"), g.r.randrange(100, 999)))
        cs.a("Thank you, I've updated the booking.")
        return cs

    @reg
    def appointment(g):
        cs = Case("negative", "call/healthcare billing: appointment date and time (not DOB)")
        cs.a("i can book you in on the %s of %s at %s" % (g.say_day(g.r.randrange(1, 29)), g.ch(MONTHS), g.ch(["ten thirty", "quarter past two", "nine am", "four fifteen"])))
        cs.c("and how long will it take")
        cs.a("about %s minutes and the invoice number for last time is %s" % (g.ch(["forty five", "thirty", "twenty"]), g.digits(g.acct(7))))
        return cs

    @reg
    def contract(g):
        cs = Case("negative", "chat/telecom: contract start date, months, data allowance, speed")
        cs.c("My contract started %d/%d/%d and it's %d months. I'm only getting %d Mbps not the %d promised and %dGB data" % (
            g.r.randrange(1, 29), g.r.randrange(1, 13), g.r.randrange(2019, 2026), g.ch([12, 18, 24, 36]), g.r.randrange(5, 60),
            g.ch([100, 500, 900]), g.ch([30, 100, 150])))
        cs.a("I can see ticket number %d open for your line." % g.r.randrange(1000000, 99999999))
        return cs

    @reg
    def ages_temps(g):
        cs = Case("negative", "call/utilities: age, temperature, years and durations")
        cs.c("my mum's %s and the heating's been off since %s the house is down to %s degrees" % (
            g.ch(["eighty two", "seventy nine", "ninety one"]), g.ch(["tuesday", "saturday morning", "the weekend"]), g.ch(["twelve", "fourteen", "nine"])))
        cs.a("i'm sorry we'll get an engineer out within %s hours, we've had the boiler on record since %s" % (
            g.ch(["four", "twenty four", "forty eight"]), g.say_year(g.r.randrange(1995, 2020))))
        return cs

    @reg
    def claim_ref(g):
        n = g.acct(g.ch([6, 7, 8]))
        cs = Case("negative", "call/insurance: claim reference split across turns with its label")
        cs.a("do you have the claim reference")
        cs.c("claim reference ", g.digits(n[:3]))
        cs.a("mhm")
        cs.c(g.digits(n[3:]), " that's the claim number")
        return cs

    @reg
    def order_chat(g):
        cs = Case("negative", "chat/retail: order and invoice numbers, quantities, model numbers")
        cs.c("Order #%d - I ordered %d x model %s and invoice INV-%d says %d units" % (
            g.r.randrange(10000000, 999999999), g.r.randrange(2, 9), g.ch(["WM-8420", "KX 5500", "Galaxy S24", "HD-7730B"]),
            g.r.randrange(100000, 9999999), g.r.randrange(1, 9)))
        cs.a("Thanks, I'll check order %d." % g.r.randrange(1000000, 9999999))
        return cs

    @reg
    def gov_ref(g):
        cs = Case("negative", "call/government services: application reference, tax year, amounts")
        cs.a("your application reference is %s and the payment of %s pounds will go out on the %s" % (
            g.digits(g.acct(8), doubles=0.3), g.ch(["three hundred and forty", "ninety five", "two thousand"]), g.say_day(g.r.randrange(1, 29))))
        cs.c("is that for the twenty twenty five twenty six tax year")
        cs.a("yes")
        return cs

    @reg
    def account_balance(g):
        cs = Case("negative", "chat/banking: balances, overdraft limit and interest rate")
        cs.c("Why is my balance -£%d.%02d when my overdraft limit is £%d? The rate was %.1f%% APR" % (
            g.r.randrange(10, 999), g.r.randrange(100), g.ch([250, 500, 1000, 1500]), g.r.randrange(50, 400) / 10))
        cs.a("I can see a payment of £%d.%02d on the %s." % (g.r.randrange(10, 999), g.r.randrange(100), g.ch(["3rd", "14th", "21st", "28th"])))
        return cs

    @reg
    def times_counts(g):
        cs = Case("negative", "call/telecom: times, counts and press-button numbers")
        cs.c("i've rung %s times and waited %s minutes each time, i pressed %s then %s like it said" % (
            g.ch(["three", "four", "six"]), g.ch(["forty", "twenty five", "fifty"]), g.ch(["one", "two"]), g.ch(["three", "four"])))
        cs.a("i'm really sorry you've been on hold since %s" % g.ch(["ten past nine", "half eleven", "two o'clock"]))
        return cs

    @reg
    def tracking(g):
        cs = Case("negative", "call/retail: parcel tracking reference spelled with its name, delivery window")
        ref = "".join(g.ch("23456789") for _ in range(g.ch([8, 9, 10])))
        cs.a("have you got the tracking number")
        cs.c("tracking number ", g.digits(ref, doubles=0.4))
        cs.a("that's due between %s and %s tomorrow" % (g.ch(["nine", "ten", "one"]), g.ch(["eleven", "three", "five"])))
        return cs

    @reg
    def meter_serial(g):
        cs = Case("negative", "chat/utilities IE: meter reading in kWh, bill amount and billing days")
        cs.c("Reading on the meter is %05d kWh, last bill was €%d.%02d for %d days" % (
            g.r.randrange(10000, 99999), g.r.randrange(40, 400), g.r.randrange(100), g.ch([56, 61, 62])))
        cs.a("Thanks, the next reading is due on %d %s." % (g.r.randrange(1, 29), MONTHS[g.r.randrange(12)].title()))
        return cs

    @reg
    def speed_temp_chat(g):
        cs = Case("negative", "chat/telecom: router model, firmware version, speeds")
        cs.c("Router is a %s, firmware %d.%d.%d, wifi says %d Mbps and %d devices connected" % (
            g.ch(["Hub 4", "TP-Link AX1800", "Archer C6", "Sky Q Hub"]), g.r.randrange(1, 9), g.r.randrange(0, 20), g.r.randrange(0, 99),
            g.r.randrange(10, 900), g.r.randrange(2, 20)))
        cs.a("Please restart it and wait 2 minutes.")
        return cs

    @reg
    def payment_date(g):
        cs = Case("negative", "call/banking: direct debit date and amount, not a birth date")
        cs.a("the direct debit comes out on the %s of every month" % g.say_day(g.r.randrange(1, 29)))
        cs.c("can i move it to the %s of %s instead, i get paid %s" % (g.say_day(g.r.randrange(1, 29)), g.ch(MONTHS), g.ch(["fortnightly", "on the last friday", "weekly"])))
        cs.a("yes from %s the payment will be %s pounds" % (g.ch(MONTHS), g.ch(["fifty two", "eighty", "one hundred and five"])))
        return cs

    @reg
    def case_ref_chat(g):
        cs = Case("negative", "chat/insurance: case and reference numbers with labels, vehicle year")
        cs.c("Claim ref CLM-%d, case no %d, car is a %d Ford Focus with %d,%03d miles" % (
            g.r.randrange(100000, 9999999), g.r.randrange(10000, 999999), g.r.randrange(2008, 2024), g.r.randrange(10, 150), g.r.randrange(1000)))
        cs.a("Thanks, excess is £%d." % g.ch([100, 250, 350, 500]))
        return cs

    @reg
    def tariff(g):
        cs = Case("negative", "chat/utilities: unit rate, standing charge, usage and annual cost")
        cs.c("Unit rate is %.2fp per kWh and standing charge %.2fp a day? I used %d kWh in %d days" % (
            g.r.randrange(1800, 3200) / 100, g.r.randrange(3000, 6500) / 100, g.r.randrange(150, 900), g.ch([30, 31, 92])))
        cs.a("That works out around £%d,%03d a year on your current plan." % (g.r.randrange(1, 3), g.r.randrange(1000)))
        return cs

    @reg
    def customer_no_call(g):
        n = g.acct(g.ch([6, 8]))
        cs = Case("negative", "call/telecom: customer number read in pairs with its label, then a bill amount")
        cs.a("have you got your customer number there it's on the top of the bill")
        cs.c("customer number ", g.pairs(n))
        cs.a("thanks and the last bill was %s pounds %s" % (g.ch(["fifty four", "thirty nine", "sixty one"]), g.ch(["twenty", "ninety nine", "fifteen"])))
        return cs

    @reg
    def train_travel(g):
        cs = Case("negative", "call/travel: train times, platform, coach and seat numbers, fare")
        cs.a("the %s from %s leaves platform %s coach %s seat %s and the fare is %s pounds" % (
            g.ch(["ten oh five", "fourteen thirty two", "eighteen fifteen"]), g.ch(["leeds", "cork", "euston"]), g.ch(["four", "eleven", "two b"]),
            g.ch(["c", "d", "f"]), g.ch(["forty two", "sixteen", "seven"]), g.ch(["eighty four fifty", "thirty two", "one hundred and nine"])))
        cs.c("and it gets in at %s" % g.ch(["twenty past one", "ten to six", "nine forty"]))
        return cs

    @reg
    def booking_ref_hotel(g):
        n = g.acct(g.ch([7, 9]))
        cs = Case("negative", "call/travel: hotel booking number with its name, check-in date, nights and guests")
        cs.c("booking number ", g.digits(n, doubles=0.4), " checking in on the ", g.say_day(g.r.randrange(1, 29)), " of ", g.ch(MONTHS),
             " for ", g.ch(["three", "five", "seven"]), " nights two adults and a child aged ", g.ch(["four", "nine", "eleven"]))
        cs.a("perfect that's room %s on the %s floor" % (g.ch(["two one four", "three oh nine", "fifteen twelve"]), g.ch(["second", "third", "fifteenth"])))
        return cs

    return T


# ---------------------------------------------------------------- generation + checks
def generate():
    rng = random.Random(SEED)
    g = Gen(rng)
    pos_t, neg_t = pos_templates(), neg_templates()
    records, metas = [], []
    n_pos, n_neg = 0, 0
    order = []
    for k in range(190):
        order.append(("pos", pos_t[k % len(pos_t)]))
    for k in range(120):
        order.append(("neg", neg_t[k % len(neg_t)]))
    # extra emphasis: NI, SSN, sort/account
    for f in pos_t:
        if f.__name__ in ("ni_chat", "ni_call_letters", "ssn_chat", "ssn_call", "sort_acct_call", "phone_split_ie",
                          "card_full_call", "card_chat_full", "ssn_split", "ssn_dob_zip", "email_call", "dob_call"):
            order.append(("pos", f))
        if f.__name__ in ("ssn_chat", "ssn_split", "ssn_call", "iban_call", "iban_chat", "sort_acct_chat",
                          "email_chat", "card_full_call", "ni_sounds", "sort_correction"):
            order.append(("pos", f))
    rng.shuffle(order)
    for kind, f in order:
        cs = f(g)
        if kind == "pos":
            n_pos += 1
            cid = "%s-pos-%03d" % (PREFIX, n_pos)
        else:
            n_neg += 1
            cid = "%s-neg-%03d" % (PREFIX, n_neg)
        obj, vals = cs.build(cid)
        records.append(obj)
        metas.append((cs, vals))
    # stable order: positives then negatives
    idx = sorted(range(len(records)), key=lambda i: (records[i]["kind"] != "positive", records[i]["id"]))
    return [records[i] for i in idx], [metas[i] for i in idx]


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def norm_piece(typ, text):
    if typ in ("EMAIL", "DOB", "EXPIRY", "ADDRESS"):
        return None
    return spoken_to_chars(text)


def check_records(records, metas):
    problems = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    for rec, (cs, vals) in zip(records, metas):
        cid = rec["id"]
        if cid in ids:
            problems.append("%s: duplicate id" % cid)
        ids.add(cid)
        if rec["kind"] == "negative" and rec["spans"]:
            problems.append("%s: negative with spans" % cid)
        if rec["kind"] == "positive" and not rec["spans"]:
            problems.append("%s: positive without spans" % cid)
        for t in rec["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append("%s: bad speaker" % cid)
        per_turn = {}
        for sp in rec["spans"]:
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
            if sp["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, sp["type"]))
            if not (0 <= sp["turn"] < len(rec["turns"])):
                problems.append("%s: turn out of range" % cid)
                continue
            text = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                problems.append("%s: offsets out of range" % cid)
                continue
            if not (text[s].isalnum() or (sp["type"] == "PHONE" and text[s] in "+(")) or not text[e - 1].isalnum():
                problems.append("%s: span %r not trimmed" % (cid, text[s:e]))
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                problems.append("%s: span %r not on word boundary" % (cid, text[s:e]))
            per_turn.setdefault(sp["turn"], []).append((s, e))
        for tlist in per_turn.values():
            tlist.sort()
            for (a, b), (c, d) in zip(tlist, tlist[1:]):
                if c < b:
                    problems.append("%s: overlapping spans" % cid)
        # value validation
        joined = {}
        for v in vals:
            typ, canon = cs.groups[v.gid]
            if typ != v.typ:
                problems.append("%s: group type mismatch" % cid)
            try:
                if typ == "EMAIL":
                    got = norm_email(v.text)
                    if got != canon or not EMAIL_RE.match(got):
                        problems.append("%s: email %r -> %r != %r" % (cid, v.text, got, canon))
                elif typ == "DOB":
                    got = norm_dob(v.text)
                    y, m, d = got
                    if got != canon or not (1900 < y < 2010 and 1 <= m <= 12 and 1 <= d <= 31):
                        problems.append("%s: dob %r -> %r != %r" % (cid, v.text, got, canon))
                elif typ == "EXPIRY":
                    got = norm_expiry(v.text)
                    if got != canon or not (1 <= got[0] <= 12 and 24 <= got[1] <= 35):
                        problems.append("%s: expiry %r -> %r != %r" % (cid, v.text, got, canon))
                elif typ == "ADDRESS":
                    words = [w.lower() for w in re.findall(r"[A-Za-z]+|\d+", v.text)]
                    has_num = any(w.isdigit() or w in UNIT_WORDS or w in TEEN_WORDS or w in TENS_WORDS for w in words)
                    if not has_num or not (set(words) & STREET_WORDS) or canon.lower() not in v.text.lower():
                        problems.append("%s: address %r" % (cid, v.text))
                else:
                    joined.setdefault(v.gid, []).append(norm_piece(typ, v.text))
            except (SpokenError, ValueError, IndexError) as ex:
                problems.append("%s: cannot normalise %s %r: %s" % (cid, typ, v.text, ex))
        for gid, parts in joined.items():
            typ, canon = cs.groups[gid]
            got = "".join(parts)
            if got != canon:
                problems.append("%s: %s normalised %r != %r" % (cid, typ, got, canon))
            prob = validate_canon(typ, got)
            if prob:
                problems.append("%s: %s %r: %s" % (cid, typ, got, prob))
    return problems, counts


def readme(records, counts):
    n_pos = sum(1 for r in records if r["kind"] == "positive")
    n_neg = len(records) - n_pos
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set 133 (UK / Irish emphasis)

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures and adjusting the redactor to them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation or other evaluation sets; the
only existing data consulted was a three-line example of the JSONL format.
Cases are produced by `scripts/make_pii_holdout133.py` from template functions:
each turn is assembled from plain-text segments and labelled value segments, so
character offsets are computed, never typed by hand. All values come from one
`random.Random(%d)`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout133.py --check` regenerates the set, compares it
with the file, and validates ids, offsets, word boundaries, overlaps and every
value after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI
format, SSN shape, digit counts, UK postcode / Eircode / ZIP shapes, dates).

Emphasis: UK and Irish contact centres (NI numbers spoken and typed in many
forms, sort codes and account numbers, UK/IE phone numbers, UK postcodes and
Eircodes, street addresses, card payments by phone), with some US (SSN, ZIP) and
EU (IBAN, +33 phones) cases. Calls are written as an ASR transcript would write
them (lower case, numbers as words, "oh"/"o"/"nought", "double"/"triple",
pairs such as "forty one eleven", phonetic letters "b for bravo", letter
homophones such as "see"/"jay"/"aitch", "for" heard for "four", fillers).

## Annotation conventions

* A span covers the value only, not its cue words ("my card number is" is
  outside). It starts at the first and ends at the last character of the value.
* Spoken values: from the first to the last number/letter word of the value,
  including fillers ("um"), "double"/"triple", "dash", "plus" and phonetic
  expansions ("b for bravo") that fall inside it.
* A value split across turns is labelled once per turn, each piece with the full
  type (every piece of a card is CARD_NUMBER); agent back-channels are outside.
* Values read back by the agent are labelled too. In self-corrections both the
  wrong and the corrected reading are labelled.
* ADDRESS covers house/flat number and street name ("Flat 3, 12 Mill Street",
  "twenty two victoria road"); the town and postcode are outside it (the
  postcode is its own POSTCODE span).
* POSTCODE covers UK postcodes, Irish Eircodes and US ZIP codes.
* A card's last four digits mentioned on their own by the agent ("the card
  ending in ...") are not a card number and are not labelled.
* EXPIRY and CVV are only labelled where the context makes them card data; DOB
  only where it is a date of birth.
* Negative cases contain no PII at all: amounts, prices, balances, times,
  durations, ages, temperatures, speeds, years, percentages, non-birth dates,
  and policy/customer/claim/order/invoice/ticket/tracking/booking references and
  meter readings said with their label (up to 10 digits).

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, n_pos, n_neg, rows)


def main():
    check = "--check" in sys.argv[1:]
    records, metas = generate()
    problems, counts = check_records(records, metas)
    data = serialise(records)
    n_pos = sum(1 for r in records if r["kind"] == "positive")
    n_neg = len(records) - n_pos
    if n_pos < 170:
        problems.append("only %d positives" % n_pos)
    if n_neg < 100:
        problems.append("only %d negatives" % n_neg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has %d spans < %d" % (t, counts[t], need))
    rd = readme(records, counts)
    if check:
        for path, want in ((CASES_PATH, data), (README_PATH, rd)):
            try:
                with open(path, encoding="utf-8") as fh:
                    have = fh.read()
            except OSError:
                problems.append("%s missing" % path)
                continue
            if have != want:
                problems.append("%s differs from regenerated output" % os.path.relpath(path, ROOT))
        # also re-parse the file itself
        try:
            with open(CASES_PATH, encoding="utf-8") as fh:
                for line in fh:
                    json.loads(line)
        except (OSError, ValueError) as ex:
            problems.append("cannot parse file: %s" % ex)
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES_PATH, "w", encoding="utf-8") as fh:
            fh.write(data)
        with open(README_PATH, "w", encoding="utf-8") as fh:
            fh.write(rd)
    print("cases: %d positive, %d negative" % (n_pos, n_neg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:200]:
            print("  " + p)
        sys.exit(1)
    print("check OK" if check else "written %s" % os.path.relpath(CASES_PATH, ROOT))


if __name__ == "__main__":
    main()

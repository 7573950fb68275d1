#!/usr/bin/env python3
"""Generate the pii_holdout516 held-out PII redaction evaluation set.

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout516.py           # write the fixture
    python scripts/make_pii_holdout516.py --check   # regenerate + verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 516241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout516", "cases.jsonl")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
R = None  # the single random.Random, created in build()

# --------------------------------------------------------------------------
# segment helpers
# --------------------------------------------------------------------------


class V:
    """A labelled value segment.  group: values split over several spans share
    a group and are validated on the concatenation.  mode 'loose': a misheard
    read-back / abandoned fragment / partial repeat, validated for alphabet
    and length only."""

    def __init__(self, text, typ, group=None, mode="full"):
        self.text, self.typ, self.group, self.mode = text, typ, group, mode


_gid = [0]


def newgroup():
    _gid[0] += 1
    return "g%d" % _gid[0]


class Case:
    def __init__(self, note):
        self.turns, self.spans, self.note = [], [], note

    def say(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                self.spans.append({"turn": len(self.turns), "start": st, "end": len(text),
                                   "type": s.typ, "_group": s.group, "_mode": s.mode})
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.say("customer", *segs)

    def a(self, *segs):
        return self.say("agent", *segs)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# --------------------------------------------------------------------------
# spoken-number rendering
# --------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS = ["um", "uh", "er", "erm"]


def zw(allow_o=True):
    return pick(["zero", "oh", "oh", "nought", "o"] if allow_o else ["zero", "nought"])


def dw(d, allow_o=True):
    return zw(allow_o) if d == "0" else ONES[int(d)]


def say_digits(ds, dbl=True, allow_o=True):
    out, i = [], 0
    while i < len(ds):
        d, run = ds[i], 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        if dbl and run == 3 and chance(0.6):
            out.append("triple " + dw(d, allow_o))
            i += 3
        elif dbl and run >= 2 and chance(0.7):
            out.append("double " + dw(d, allow_o))
            i += 2
        else:
            out.append(dw(d, allow_o))
            i += 1
    return " ".join(out)


def say_pair(p):
    a, b = p
    if a == "0":
        return dw("0") + " " + dw(b)
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + ONES[int(b)])


def say_group(g, allow_o=True):
    """Render a short digit group in one of several spoken styles."""
    styles = ["digits", "digits"]
    if len(g) == 4 and allow_o:
        styles += ["pairs", "pairs"]
    if len(g) == 3 and g[0] != "0" and allow_o:
        styles.append("hundred")
    if len(g) == 2 and allow_o:
        styles.append("pair")
    st = pick(styles)
    if st == "pairs":
        return say_pair(g[:2]) + " " + say_pair(g[2:])
    if st == "pair":
        return say_pair(g)
    if st == "hundred":
        rest = g[1:]
        s = ONES[int(g[0])] + " hundred"
        if rest != "00":
            s += " and " + (say_pair(rest) if rest[0] != "0" else ONES[int(rest[1])])
        return s
    return say_digits(g, allow_o=allow_o)


def spoken(ds, groups, fill=0.0, sep=None, allow_o=True):
    """Speak digit string ds split into group sizes; verified by normaliser,
    falling back to plain digit words if an ambiguous rendering appears."""
    for _ in range(6):
        parts, i = [], 0
        for n in groups:
            parts.append(say_group(ds[i:i + n], allow_o))
            i += n
        out = parts[0]
        for p in parts[1:]:
            s = sep if sep is not None else pick([" ", ", ", " ", " ... "])
            if chance(fill):
                s = pick([" ", ", "]) + pick(FILLERS) + pick([" ", ", ", "... "])
            out += s + p
        if norm(out, "DIGITS") == ds:
            return out
    return " ".join(dw(d, allow_o) for d in ds)


def split_sizes(n, sizes):
    return sizes


# --------------------------------------------------------------------------
# normalisation of spoken / typed forms
# --------------------------------------------------------------------------
NUMW = {w: i for i, w in enumerate(ONES)}
NUMW.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
TEENW = {w: 10 + i for i, w in enumerate(TEENS)}
TENW = {w: i * 10 for i, w in enumerate(TENS) if w}
NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
        "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
        "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu"]
SKIP = set(FILLERS) | {"hmm", "ah", "dash", "hyphen", "space", "slash", "then"}


def norm(text, typ):
    """Collapse a spoken or typed value to its canonical character string."""
    toks = re.findall(r"[a-z]+|\d+|[@.+_-]", text.lower().replace("x-ray", "xray"))
    out, i = [], 0
    email = typ == "EMAIL"
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in SKIP and not (email and t in ("dash", "hyphen")):
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in "@.+_-":
            if email:
                out.append(t)
            elif t == "+":
                out.append("+")
            i += 1
            continue
        if email and t in ("at", "dot", "underscore", "dash", "hyphen"):
            out.append({"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}[t])
            i += 1
            continue
        if t == "plus":
            out.append("+")
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None:
            rep = 2 if t == "double" else 3
            if nxt in NUMW and not (email and nxt == "o"):
                out.append(str(NUMW[nxt]) * rep)
            else:
                out.append(nxt * rep)
            i += 2
            continue
        if t in NUMW and not (email and t in ("o", "oh")):
            d = NUMW[t]
            if nxt in ("hundred", "thousand"):
                mult = 100 if nxt == "hundred" else 1000
                val, j = d * mult, i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                if j < len(toks) and toks[j] in TENW:
                    val += TENW[toks[j]]
                    j += 1
                    if j < len(toks) and toks[j] in NUMW and NUMW[toks[j]] > 0 and toks[j] not in ("o", "oh"):
                        val += NUMW[toks[j]]
                        j += 1
                elif j < len(toks) and toks[j] in TEENW:
                    val += TEENW[toks[j]]
                    j += 1
                elif j < len(toks) and toks[j] in NUMW and NUMW[toks[j]] > 0 and toks[j] not in ("o", "oh"):
                    val += NUMW[toks[j]]
                    j += 1
                out.append(str(val).zfill(3 if mult == 100 else 4))
                i = j
                continue
            out.append(str(d))
            i += 1
            continue
        if t in TEENW:
            out.append(str(TEENW[t]))
            i += 1
            continue
        if t in TENW:
            if nxt in NUMW and NUMW[nxt] > 0 and nxt not in ("o", "oh"):
                out.append(str(TENW[t] + NUMW[nxt]))
                i += 2
            else:
                out.append(str(TENW[t]))
                i += 1
            continue
        if len(t) == 1:
            out.append(t)
            if nxt in ("for",) and i + 2 < len(toks):
                i += 3
            elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                i += 4
            elif nxt in NATO and nxt[0] == t:
                i += 2
            else:
                i += 1
            continue
        if t in NATO and not email:
            out.append(t[0])
            i += 1
            continue
        out.append(t)
        i += 1
    s = "".join(out)
    return s if email else s.upper()


# --------------------------------------------------------------------------
# validators
# --------------------------------------------------------------------------
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MON3["sept"] = 9
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
       "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
       "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
       "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}


def luhn(s):
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
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def date_tokens(text):
    """Tokens of a date expression: ('M', n) for month names, digit strings."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in SKIP or t in ("the", "of", "and", "st", "nd", "rd", "th"):
            i += 1
        elif t in ("double", "triple") and nxt in NUMW:
            out.append(str(NUMW[nxt]) * (2 if t == "double" else 3))
            i += 2
        elif t.isdigit():
            out.append(t)
            i += 1
        elif t in MONTHS or t in MON3 or t[:3] in MON3 and len(t) >= 3 and t[:3] in MON3 and t in (MONTHS + list(MON3)):
            out.append(("M", MON3[t[:3]] if t[:3] in MON3 else MON3[t]))
            i += 1
        elif t in TENW and nxt in ORD and ORD[nxt] < 10:
            out.append(str(TENW[t] + ORD[nxt]))
            i += 2
        elif t in ORD:
            out.append(str(ORD[t]))
            i += 1
        elif t in TENW:
            if nxt in NUMW and NUMW[nxt] > 0 and nxt not in ("o", "oh"):
                out.append(str(TENW[t] + NUMW[nxt]))
                i += 2
            else:
                out.append(str(TENW[t]))
                i += 1
        elif t in TEENW:
            out.append(str(TEENW[t]))
            i += 1
        elif t in NUMW:
            if nxt == "thousand":
                j, val = i + 2, NUMW[t] * 1000
                if j < len(toks) and toks[j] == "and":
                    j += 1
                if j < len(toks) and toks[j] in NUMW:
                    val += NUMW[toks[j]]
                    j += 1
                elif j < len(toks) and toks[j] in TEENW:
                    val += TEENW[toks[j]]
                    j += 1
                out.append(str(val))
                i = j
            else:
                out.append(str(NUMW[t]))
                i += 1
        else:
            return None
    return out


def _ymd_ok(d, m, y):
    return 1 <= d <= 31 and 1 <= m <= 12 and (len(y) in (2, 4))


def dob_ok(text):
    toks = date_tokens(text)
    if not toks:
        return False
    months = [t for t in toks if isinstance(t, tuple)]
    nums = [t for t in toks if not isinstance(t, tuple)]
    if months:
        if not nums:
            return False
        ys = "".join(nums[1:]) if len(nums) > 1 else ""
        return 1 <= int(nums[0]) <= 31 and len(ys) in (2, 4)
    if len(nums) == 3 and len(nums[2]) in (2, 4) and len(nums[0]) <= 2:
        a, b = int(nums[0]), int(nums[1])
        return _ymd_ok(a, b, nums[2]) or _ymd_ok(b, a, nums[2])
    if len(nums) == 3 and len(nums[0]) == 4:
        return _ymd_ok(int(nums[2]), int(nums[1]), nums[0])
    ds = "".join(nums)
    if len(ds) in (6, 8):
        a, b = int(ds[:2]), int(ds[2:4])
        return _ymd_ok(a, b, ds[4:]) or _ymd_ok(b, a, ds[4:])
    return False


def expiry_ok(text):
    toks = date_tokens(text)
    if not toks:
        return False
    months = [t for t in toks if isinstance(t, tuple)]
    nums = [t for t in toks if not isinstance(t, tuple)]
    if months:
        return len(months) == 1 and len("".join(nums)) in (2, 4)
    ds = "".join(nums)
    if len(nums) == 2 and len(nums[0]) <= 2:
        return 1 <= int(nums[0]) <= 12 and len(nums[1]) in (2, 4)
    if len(ds) in (4, 6):
        return 1 <= int(ds[:2]) <= 12
    return False


STREET_SFX = {"road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "close", "drive", "dr",
              "way", "crescent", "gardens", "terrace", "court", "place", "boulevard", "blvd",
              "grove", "hill", "park", "square", "row", "mews", "walk", "parade"}


def address_ok(text):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    has_num = any(t.isdigit() or t in NUMW or t in TENW or t in TEENW for t in toks)
    return has_num and any(t in STREET_SFX for t in toks)


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")


def validate(typ, text, mode):
    if mode == "loose":
        n = norm(text, typ)
        return bool(n) and (typ in ("EMAIL", "DOB", "EXPIRY", "ADDRESS") or re.fullmatch(r"[A-Z0-9+]+", n))
    if typ == "DOB":
        return dob_ok(text)
    if typ == "EXPIRY":
        return expiry_ok(text)
    if typ == "ADDRESS":
        return address_ok(text)
    n = norm(text, typ)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" \
            and n[3:5] != "00" and n[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n)) \
            and n[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 8 <= len(n) <= 12
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        if n.startswith("+"):
            return n[1:].isdigit() and 10 <= len(n) - 1 <= 13
        return n.isdigit() and (len(n) in (10, 11))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", n.lower()))
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(n) or re.fullmatch(r"\d{5}(\d{4})?", n))
    return False


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------


def rd(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def gen_card(length=None):
    kind = pick(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"]) if length is None else "visa"
    pre, ln = {"visa": ("4", 16), "mc": (pick(["51", "53", "55", "2221"]), 16),
               "amex": (pick(["34", "37"]), 15), "disc": ("6011", 16),
               "visa13": ("4", 13), "maestro19": ("6759", 19)}[kind]
    if length:
        ln = length
    body = pre + rd(ln - len(pre) - 1)
    for c in "0123456789":
        if luhn(body + c):
            return body + c


def card_groups(n):
    return {13: [4, 4, 5], 15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[n]


def chunk(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def typed_card(c):
    st = pick(["space", "dash", "plain", "odd", "space", "dots"])
    g = chunk(c, card_groups(len(c)))
    if st == "space":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "dots":
        return ".".join(g)
    if st == "odd":
        k = len(c)
        return " ".join(chunk(c, pick([[5, 5, k - 10], [3, 3, 3, k - 9], [6, k - 6]])))
    return c


def gen_cvv(amex=False):
    return rd(4) if amex else rd(3)


def gen_exp():
    return R.randint(1, 12), R.randint(25, 31)


def typed_exp(m, y):
    return pick(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y), "%02d-%02d" % (m, y),
                 "%s %02d" % (MONTHS[m - 1][:3].title(), y), "%s 20%02d" % (MONTHS[m - 1].title(), y)])


def spoken_exp(m, y):
    st = pick(["mmyy", "name", "name20", "mmyy"])
    if st == "mmyy":
        return spoken("%02d" % m, [2], allow_o=True) + pick([" ", " ", ", "]) + say_pair("%02d" % y)
    if st == "name":
        return MONTHS[m - 1] + " " + say_pair("%02d" % y)
    return MONTHS[m - 1] + " twenty " + say_pair("%02d" % y)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"  # O left out: "o" is ambiguous with zero when spoken
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = pick(NI1) + pick(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + rd(6) + pick("ABCD")


def typed_ni(n):
    st = pick(["plain", "spaced", "lower", "pairs", "plain"])
    if st == "spaced":
        return n[:2] + " " + " ".join(chunk(n[2:8], [2, 2, 2])) + " " + n[8]
    if st == "lower":
        return n.lower()
    if st == "pairs":
        return n[:2] + " " + n[2:8] + " " + n[8]
    return n


def say_letter(ch, nato=0.3):
    if chance(nato):
        w = NATO[ord(ch) - 65]
        return pick(["%s for %s", "%s as in %s", "%s %s"]) % (ch.lower(), w)
    return ch.lower()


def spoken_ni(n, fill=0.2):
    pre = say_letter(n[0]) + " " + say_letter(n[1])
    mid = spoken(n[2:8], pick([[2, 2, 2], [3, 3], [6]]), fill=fill)
    return pre + pick([" ", ", ", " ... "]) + mid + pick([" ", ", "]) + say_letter(n[8], 0.4)


def gen_sort():
    return pick(["20", "40", "30", "60", "11", "09", "77", "83", "90", "93"]) + rd(4)


def gen_acct(n=8):
    return str(R.randint(1, 9)) + rd(n - 1)


def gen_iban():
    cc = pick(["GB", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_sort() + gen_acct()
    elif cc == "IE":
        bban = pick(["AIBK", "BOFI", "IPBS"]) + rd(6) + gen_acct()
    elif cc == "DE":
        bban = rd(18)
    elif cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO"]) + rd(10)
    elif cc == "ES":
        bban = rd(20)
    else:
        bban = rd(23)
    s = bban + cc + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in s)) % 97
    return cc + "%02d" % chk + bban


def typed_iban(s):
    st = pick(["groups", "plain", "groups", "lower"])
    if st == "groups":
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if st == "lower":
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()
    return s


def spoken_chars(s, fill=0.1):
    """Letters and digits in blocks of four, letters possibly NATO-spelt."""
    blocks = [s[i:i + 4] for i in range(0, len(s), 4)]
    out = []
    for b in blocks:
        words, run = [], ""
        for ch in b + " ":
            if ch.isdigit():
                run += ch
                continue
            if run:
                words.append(spoken(run, [len(run)], allow_o=True))
                run = ""
            if ch.isalpha():
                words.append(say_letter(ch, 0.25))
        out.append(" ".join(words))
    res = out[0]
    for b in out[1:]:
        res += (", " + pick(FILLERS) + ", " if chance(fill) else pick([" ", ", ", " ... "])) + b
    if norm(res, "IBAN") != s:
        res = " ".join(dw(ch) if ch.isdigit() else say_letter(ch, 0) for ch in s)
    return res


def gen_phone():
    k = pick(["ukmob", "ukmob", "uklon", "us", "us", "ie", "fr", "de"])
    if k == "ukmob":
        nat = "07" + pick(["700", "911", "123", "809", "456"]) + rd(6)
        return k, nat, "+44" + nat[1:]
    if k == "uklon":
        nat = pick(["020", "0161", "0113", "0131", "0117"])
        nat += rd(11 - len(nat))
        return k, nat, "+44" + nat[1:]
    if k == "us":
        nat = pick(["212", "312", "415", "617", "713", "206", "305"]) + str(R.randint(2, 9)) + rd(6)
        return k, nat, "+1" + nat
    if k == "ie":
        nat = "08" + pick("3567") + rd(7)
        return k, nat, "+353" + nat[1:]
    if k == "fr":
        nat = "06" + rd(8)
        return k, nat, "+33" + nat[1:]
    nat = "015" + rd(8)
    return k, nat, "+49" + nat[1:]


def typed_phone(k, nat, intl):
    useintl = chance(0.45)
    if k == "us":
        body = pick(["(%s) %s-%s" % (nat[:3], nat[3:6], nat[6:]), "%s-%s-%s" % (nat[:3], nat[3:6], nat[6:]),
                     "%s.%s.%s" % (nat[:3], nat[3:6], nat[6:]), nat])
        return ("+1 " + body) if useintl else body
    if useintl:
        cc = intl[:len(intl) - len(nat) + 1]
        rest = nat[1:]
        return pick([cc + " " + rest[:4] + " " + rest[4:], cc + rest, cc + " (0)" + rest, cc + "-" + rest[:3] + "-" + rest[3:]])
    return pick([nat[:5] + " " + nat[5:], nat, nat[:4] + " " + nat[4:7] + " " + nat[7:], nat[:3] + "-" + nat[3:]])


def spoken_phone(k, nat, intl):
    if chance(0.35):
        cc = intl[1:len(intl) - len(nat) + 1]
        rest = nat[1:]
        return pick(["plus ", "plus "]) + say_digits(cc, dbl=False) + pick([" ", ", "]) + \
            spoken(rest, [3, 3, len(rest) - 6], fill=0.15)
    sizes = [3, 3, 4] if len(nat) == 10 else [5, 3, 3]
    return spoken(nat, sizes, fill=0.15)


FIRST = ["sarah", "james", "aoife", "ciaran", "priya", "tom", "maria", "lukas", "chloe", "dev",
         "fatima", "gareth", "niamh", "jose", "hannah", "kwame", "emma", "raj", "siobhan", "pierre"]
LAST = ["murphy", "patel", "walsh", "okafor", "jones", "schmidt", "garcia", "kowalski", "byrne",
        "nguyen", "hughes", "dubois", "reilly", "khan", "brown", "macleod", "fischer", "costa"]
DOMS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "eircom.net", "icloud.com",
        "hotmail.com", "web.de", "orange.fr", "protonmail.com", "sky.com"]


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    n = str(R.randint(70, 99))
    st = pick(["f.l", "fl", "f_l", "fln", "f.ln", "initl"])
    user = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fln": f + l + n,
            "f.ln": f + "." + l + n, "initl": f[0] + l + n}[st]
    return user + "@" + pick(DOMS)


def typed_email(e):
    return pick([e, e, e.title() if chance(0.2) else e, e[0].upper() + e[1:]])


def spoken_email(e):
    user, dom = e.split("@")
    words = []
    for piece in re.findall(r"[a-z]+|\d+|[._]", user):
        if piece == ".":
            words.append("dot")
        elif piece == "_":
            words.append("underscore")
        elif piece.isdigit():
            words.append(say_pair(piece))
        elif len(piece) == 1:
            words.append(piece)
        else:
            words.append(piece if chance(0.7) else " ".join(piece))
    return " ".join(words) + " at " + " dot ".join(dom.split("."))


def gen_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2005)


ORDW = {v: k for k, v in ORD.items()}


def ordinal_words(d):
    if d in ORDW:
        return ORDW[d]
    return TENS[d // 10] + " " + ORDW[d % 10]


def sfx(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def year_words(y):
    if y >= 2000:
        return "two thousand and " + (ONES[y - 2000] if y < 2010 else say_pair(str(y)[2:]))
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


def typed_dob(d, m, y, us=False):
    if us:
        return pick(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                     "%d-%02d-%02d" % (y, m, d), "%d/%d/%02d" % (m, d, y % 100)])
    return pick(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                 "%d%s %s %d" % (d, sfx(d), MONTHS[m - 1], y), "%02d.%02d.%02d" % (d, m, y % 100),
                 "%d-%02d-%02d" % (y, m, d), "%d%s of %s %d" % (d, sfx(d), MONTHS[m - 1].title(), y)])


def spoken_dob(d, m, y):
    st = pick(["ord_of", "month_the", "digits", "ord_of", "short"])
    if st == "ord_of":
        return pick(["the ", ""]) + ordinal_words(d) + " of " + MONTHS[m - 1] + " " + year_words(y)
    if st == "month_the":
        return MONTHS[m - 1] + " the " + ordinal_words(d) + pick([" ", ", "]) + year_words(y)
    if st == "short":
        return ordinal_words(d) + " " + MONTHS[m - 1] + " " + say_pair(str(y)[2:])
    s = spoken("%02d%02d" % (d, m), [2, 2], sep=" ") + " " + say_pair(str(y)[2:])
    return s


STREETS = ["kingsley", "church", "station", "victoria", "mill", "oakfield", "elm", "maple",
           "beech", "harbour", "castle", "meadow", "willow", "greenfield", "park view", "orchard",
           "saint john's", "clarendon", "ashgrove", "main"]
UK_SFX = ["road", "street", "avenue", "lane", "close", "drive", "crescent", "gardens", "terrace", "grove", "way"]
US_SFX = ["street", "avenue", "boulevard", "drive", "lane", "st", "ave", "blvd", "dr"]
TOWNS_UK = ["leeds", "manchester", "bristol", "glasgow", "cardiff", "belfast", "york", "norwich"]
TOWNS_US = [("springfield", "IL"), ("austin", "TX"), ("portland", "OR"), ("columbus", "OH"),
            ("raleigh", "NC"), ("denver", "CO")]
TOWNS_IE = ["dublin 8", "cork", "galway", "limerick", "sligo"]


def gen_address(country):
    num = R.randint(1, 240) if country != "us" else R.randint(100, 9800)
    st = pick(STREETS)
    sf = pick(US_SFX if country == "us" else UK_SFX)
    flat = None
    if chance(0.35):
        flat = R.randint(1, 30) if country != "us" else "%d%s" % (R.randint(1, 12), pick("ABCD"))
    return num, st, sf, flat


def typed_address(num, st, sf, flat, country):
    stt, sft = st.title(), sf.title() if len(sf) > 4 else sf.title() + pick([".", ""]) if sf in ("st", "ave", "dr", "blvd") else sf.title()
    if country == "us":
        base = "%d %s %s" % (num, stt, sft.rstrip("."))
        return base + (", %s %s" % (pick(["Apt", "Unit", "Apt."]), flat) if flat else "")
    base = "%d %s %s" % (num, stt if chance(0.7) else st, sf if chance(0.4) else sf.title())
    return ("%s %d, " % (pick(["Flat", "flat", "Apartment"]), flat) + base) if flat else base


def spoken_address(num, st, sf, flat, country):
    n = str(num)
    if len(n) <= 2:
        nw = ONES[num] if num < 10 else (TEENS[num - 10] if num < 20 else say_pair(n))
    elif len(n) == 3:
        nw = pick([say_group(n), say_pair(n[0] + "0")[:0] + ONES[int(n[0])] + " " + say_pair(n[1:]) if n[1] != "0" else say_digits(n)])
    else:
        nw = say_pair(n[:2]) + " " + (say_pair(n[2:]) if n[2] != "0" else say_digits(n[2:]))
    sfw = {"st": "street", "ave": "avenue", "blvd": "boulevard", "dr": "drive"}.get(sf, sf)
    base = nw + " " + st + " " + sfw
    if flat:
        if country == "us":
            return base + " apartment " + say_digits(str(flat)[:-1]) + " " + str(flat)[-1].lower()
        return "flat " + (ONES[flat] if flat < 10 else TEENS[flat - 10] if flat < 20 else say_pair(str(flat))) + ", " + base
    return base


UK_AREAS = ["SW", "LS", "M", "B", "EH", "G", "CF", "BT", "NW", "E", "N", "BS", "CB", "L", "S", "NG", "SE", "W"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode(country):
    if country == "us":
        z = rd(5)
        return (z + "-" + rd(4)) if chance(0.25) else z
    a = pick(UK_AREAS)
    out = a + str(R.randint(1, 9)) + (str(R.randint(0, 9)) if chance(0.4) else "")
    if chance(0.1) and len(a) == 2:
        out = a + str(R.randint(1, 9)) + pick("ABW")
    return out + " " + str(R.randint(0, 9)) + pick(INWARD) + pick(INWARD)


def typed_postcode(p):
    return pick([p, p, p.lower(), p.replace(" ", "")])


def spoken_postcode(p):
    if p[0].isdigit():
        return say_digits(p.replace("-", ""), dbl=True, allow_o=True)
    out, prev = [], "x"
    for ch in p.replace(" ", "|"):
        if ch == "|":
            out.append(",")
        elif ch.isdigit():
            out.append(dw(ch, allow_o=False))
        else:
            out.append(say_letter(ch, 0.2))
    return " ".join(out).replace(" ,", ",")


# --------------------------------------------------------------------------
# contexts
# --------------------------------------------------------------------------
INDUSTRY = {
    "banking": ["thanks for calling Northgate Bank", "you're through to card services", "fraud team, how can I help"],
    "telecom": ["thanks for calling Skyline Mobile", "you're through to broadband support", "billing team at Vodacall"],
    "utilities": ["Brightwater Energy, how can I help", "you're through to the gas and electric team", "Anglian Water billing"],
    "retail": ["Harlow & Finch online orders", "customer care for ShopDirect", "returns desk, how can I help"],
    "insurance": ["Castlegate Insurance claims", "you're through to motor policy team", "home insurance renewals"],
    "travel": ["SkyBridge Airways reservations", "Emerald Ferries bookings", "thanks for calling RailEurope help"],
    "healthcare": ["patient billing at St Anne's", "MedPay billing office", "you've reached Riverside Clinic accounts"],
    "government": ["HMRC helpline", "you're through to the DVLA", "Social Security Administration, how can I help",
                   "Revenue, the Irish tax office"],
}
BACKCH = ["mhm", "yep", "go on", "ok", "uh huh", "right", "yeah", "got that", "ok go on", "mm hm", "sure"]
AGENT_NAMES = ["Dean", "Priya", "Conor", "Lisa", "Marcus", "Aisling", "Tom", "Grace"]


def opener(ind=None):
    ind = ind or pick(list(INDUSTRY))
    return ind, "hi %s, %s speaking" % (pick(INDUSTRY[ind]), pick(AGENT_NAMES))


def asr(s):
    return s.lower().replace(",", "").replace("?", "").replace(".", "").replace("'", "")


# --------------------------------------------------------------------------
# positive templates (spoken/ASR and typed chat)
# --------------------------------------------------------------------------


def p_chat_card():
    ind = pick(["retail", "travel", "utilities", "healthcare", "telecom"])
    c = gen_card()
    amex = c[:2] in ("34", "37")
    m, y = gen_exp()
    cv = gen_cvv(amex)
    k = Case("chat: card, expiry and security code typed in %s webchat" % ind)
    k.a("Hi, you're chatting with %s. To take the payment I'll need the long card number, expiry and the 3 or 4 digit code." % pick(AGENT_NAMES))
    lab = pick(["card no: ", "Card number - ", "its ", "", "cc# ", "number is "])
    if chance(0.5):
        k.c(lab, V(typed_card(c), "CARD_NUMBER"), pick([" exp ", " expiry: ", ", expires "]), V(typed_exp(m, y), "EXPIRY"),
            pick([" cvv ", " sec code ", ", code on back is "]), V(cv, "CVV"))
    else:
        k.c(lab, V(typed_card(c), "CARD_NUMBER"))
        k.a("Thanks. And the expiry date?")
        k.c(V(typed_exp(m, y), "EXPIRY"))
        k.a("And the security code on the back please")
        k.c(pick(["", "its ", "cvv "]), V(cv, "CVV"), pick(["", " thx", "."]))
    k.a("Lovely, that's gone through. Your order reference is %s." % ("HF" + rd(7)))
    return k


def p_call_card_split():
    ind, op = opener(pick(["banking", "utilities", "telecom", "insurance", "travel", "healthcare"]))
    c = gen_card()
    sizes = card_groups(len(c))
    gs = chunk(c, sizes)
    g = newgroup()
    k = Case("ASR: card read in groups across turns with back-channels, full read-back")
    k.a(asr(op) + " how can i help")
    k.c("hiya i want to pay my bill " + pick(["please", "its overdue", "before they cut me off"]))
    k.a("no problem can i take the long number on the front of the card")
    first = True
    for part in gs:
        lead = pick(["its ", "right ", "ok ", "um ", ""]) if first else pick(["", "then ", "and ", "", "next is "])
        k.c(lead, V(spoken(part, [len(part)] if len(part) <= 4 else [3, len(part) - 3], fill=0.1), "CARD_NUMBER", g, "part"),
            pick(["", "", " yeah"]))
        first = False
        if part is not gs[-1]:
            k.a(pick(BACKCH))
    if chance(0.7):
        k.a("let me read that back ", V(spoken(c, sizes, fill=0.0), "CARD_NUMBER"), pick([" is that right", " yeah", ""]))
        k.c(pick(["yep", "thats it", "correct", "yes"]))
    k.a("and the expiry")
    m, y = gen_exp()
    k.c(pick(["", "its ", "um "]), V(spoken_exp(m, y), "EXPIRY"))
    return k


def p_call_card_correction():
    ind, op = opener()
    c = gen_card()
    sizes = card_groups(len(c))
    k = Case("ASR: agent reads back card with one wrong digit, caller corrects that group")
    k.a(asr(op))
    k.c("yeah hi i need to update the card on my " + pick(["direct debit", "account", "subscription", "booking"]))
    k.a("sure whats the new card number")
    k.c(pick(["ok its ", "right ", ""]), V(spoken(c, sizes, fill=0.25), "CARD_NUMBER"))
    gi = R.randrange(len(sizes))
    pos = sum(sizes[:gi]) + R.randrange(sizes[gi])
    bad = c[:pos] + str((int(c[pos]) + pick([1, 2, 3, 5])) % 10) + c[pos + 1:]
    k.a("ok so thats ", V(spoken(bad, sizes), "CARD_NUMBER", None, "loose"))
    grp = chunk(c, sizes)[gi]
    k.c(pick(["no ", "not quite ", "nope "]), pick(["the ", ""]),
        pick(["%s group is " % ["first", "second", "third", "fourth", "last"][min(gi, 4)], "its ", "thats "]),
        V(spoken(grp, [len(grp)]), "CARD_NUMBER", None, "loose"),
        pick(["", " not " + say_digits(chunk(bad, sizes)[gi], dbl=False)]))
    k.a(pick(["sorry my mistake ", "ah apologies "]), "so ", V(spoken(c, sizes), "CARD_NUMBER"))
    k.c(pick(["yes", "thats right", "perfect"]))
    if chance(0.5):
        k.a("and the three digits on the back")
        k.c(V(say_digits(gen_cvv()), "CVV"))
    return k


def p_call_card_restart():
    ind, op = opener()
    c = gen_card(16)
    k = Case("ASR: caller abandons reading, restarts; aside mid-reading")
    k.a(asr(op))
    k.c("i want to make a payment please")
    k.a("go ahead with the card number when youre ready")
    cut = R.choice([4, 6, 8])
    frag = spoken(c[:cut], [4, cut - 4] if cut > 4 else [4], allow_o=True)
    gs = chunk(c, [4, 4, 4, 4])
    g = newgroup()
    k.c(V(frag, "CARD_NUMBER", None, "loose"), pick([" sorry ", " hang on ", " no wait "]),
        pick(["wrong card ", "thats my old one ", "let me start again ", "ill start again "]),
        V(spoken(gs[0] + gs[1], [4, 4], fill=0.3), "CARD_NUMBER", g, "part"),
        pick([" sorry the kids are shouting ", " hold on my glasses ", " bear with me its tiny print ", " can you hear me ok "]),
        V(spoken(gs[2] + gs[3], [4, 4], fill=0.3), "CARD_NUMBER", g, "part"))
    k.a(pick(["got it thanks", "thank you", "ok lovely"]))
    if chance(0.6):
        m, y = gen_exp()
        k.a("expiry date")
        k.c(V(spoken_exp(m, y), "EXPIRY"), " and the code is ", V(say_digits(gen_cvv()), "CVV"))
    return k


def p_call_card_for_other():
    ind, op = opener(pick(["healthcare", "utilities", "travel", "insurance", "retail"]))
    c = gen_card()
    sizes = card_groups(len(c))
    who = pick(["my mum", "my husband", "my dad", "my partner", "my nan", "my wife"])
    k = Case("ASR: caller reads card on behalf of %s; relays digits, partial repeat" % who)
    k.a(asr(op))
    k.c("hi im calling for %s shes not great on the phone" % who if "mum" in who or "nan" in who or "wife" in who
        else "hi im calling on behalf of %s hes at work" % who)
    k.a("thats fine as long as we have permission on the account can i have the card number")
    gs = chunk(c, sizes)
    g = newgroup()
    half = len(gs) // 2
    k.c("hang on shes got it here ", V(spoken("".join(gs[:half]), sizes[:half], fill=0.2), "CARD_NUMBER", g, "part"),
        " what? ", pick(["oh ok", "right"]), " ", V(spoken("".join(gs[half:]), sizes[half:], fill=0.2), "CARD_NUMBER", g, "part"))
    k.a("sorry was that ", V(spoken(gs[-1], [len(gs[-1])]), "CARD_NUMBER", None, "loose"), " at the end")
    k.c(pick(["yes", "yeah thats it", "yep"]), " ", V(spoken(gs[-1], [len(gs[-1])]), "CARD_NUMBER", None, "loose"))
    return k


def p_chat_card_fix():
    c = gen_card(16)
    pos = R.randrange(16)
    bad = c[:pos] + str((int(c[pos]) + 1) % 10) + c[pos + 1:]
    k = Case("chat: customer typo in card number then re-sends corrected number")
    k.a("Please enter your card number for the refund")
    fmt = pick(["space", "dash"])
    j = " " if fmt == "space" else "-"
    k.c(V(j.join(chunk(bad, [4, 4, 4, 4])), "CARD_NUMBER", None, "loose"))
    k.a("That number hasn't validated, could you check it?")
    k.c(pick(["sorry typo, ", "oops ", "my bad it's "]), V(j.join(chunk(c, [4, 4, 4, 4])), "CARD_NUMBER"))
    return k


def p_hold_transfer_card():
    ind, op = opener(pick(["banking", "telecom", "insurance"]))
    c = gen_card()
    sizes = card_groups(len(c))
    k = Case("ASR: card given, hold and transfer, card re-read to second agent")
    k.a(asr(op))
    k.c("my card was declined and i dont know why its ", V(spoken(c, sizes, fill=0.2), "CARD_NUMBER"))
    k.a("ok im going to pop you on hold while i transfer you to payments")
    k.a("[hold music]")
    k.a("hello payments " + pick(AGENT_NAMES).lower() + " speaking can you give me the card number again sorry")
    k.c(pick(["ugh ", "again? ", "ok "]), V(spoken(c, sizes, fill=0.3), "CARD_NUMBER"))
    k.a("thank you and just the last four digits again ", V(say_digits(c[-4:]), "CARD_NUMBER", None, "loose"), "?")
    k.c("yes")
    return k


def p_ssn_call():
    op = "social security administration this is %s" % pick(AGENT_NAMES).lower()
    s = gen_ssn()
    k = Case("ASR: US SSN read in 3-2-4 over turns, agent confirms piece by piece, corrects a digit")
    k.a(op + " can i get your social security number")
    g = newgroup()
    k.c(pick(["sure its ", "yeah ", "um ok "]), V(spoken(s[:3], [3]), "SSN", g, "part"))
    k.a(pick(BACKCH))
    k.c(V(spoken(s[3:5], [2]), "SSN", g, "part"))
    k.a(pick(BACKCH))
    k.c(V(spoken(s[5:], [4], fill=0.2), "SSN", g, "part"))
    if chance(0.5):
        pos = R.randrange(5, 9)
        bad = s[:pos] + str((int(s[pos]) + 3) % 10) + s[pos + 1:]
        k.a("and that was ", V(say_digits(bad[5:], dbl=False), "SSN", None, "loose"), " at the end")
        k.c("no ", V(say_digits(s[5:], dbl=False), "SSN", None, "loose"))
    k.a("so ", V(spoken(s, [3, 2, 4]), "SSN"), pick([" correct", " yes", ""]))
    k.c("correct")
    return k


def p_ssn_chat():
    s = gen_ssn()
    ind = pick(["healthcare", "banking", "insurance", "government"])
    k = Case("chat: SSN typed with label and separators (%s)" % ind)
    k.a("To verify your identity please provide your SSN.")
    fmt = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    k.c(pick(["ssn: ", "SSN ", "social is ", "its ", "Soc Sec # "]), V(fmt, "SSN"), pick(["", " thanks", ". dob is "]))
    if k.turns[-1]["text"].endswith("dob is "):
        d, m, y = gen_dob()
        k.turns.pop()
        k.spans.pop()
        k.c("ssn ", V(fmt, "SSN"), ", dob ", V(typed_dob(d, m, y, us=True), "DOB"))
    return k


def p_ssn_other():
    s = gen_ssn()
    k = Case("ASR: caller reads spouse's SSN relayed from another room, restart")
    k.a("medpay billing office how can i help")
    k.c("im calling about my husbands bill he said i can give you his social")
    g = newgroup()
    k.c(V(spoken(s[:3], [3]), "SSN", g, "part"), " ", pick(["honey is it", "wait is it"]), " ",
        V(spoken(s[3:5], [2]), "SSN", g, "part"), " ", pick(["... yeah", "... ok he says yes"]), " ",
        V(spoken(s[5:], [2, 2], fill=0.2), "SSN", g, "part"))
    k.a("thanks and his date of birth")
    d, m, y = gen_dob()
    k.c(V(spoken_dob(d, m, y), "DOB"))
    return k


def p_ni_call():
    n = gen_ni()
    ind = pick(["government", "banking", "insurance", "utilities"])
    k = Case("ASR: UK NI number with letters, agent confirms piece by piece (%s)" % ind)
    k.a("hmrc helpline can i take your national insurance number please" if ind == "government"
        else "for security can i take your national insurance number")
    if chance(0.5):
        k.c(pick(["yeah its ", "its ", "right um "]), V(spoken_ni(n), "NI_NUMBER"))
    else:
        g = newgroup()
        k.c(pick(["ok ", "its "]), V(say_letter(n[0]) + " " + say_letter(n[1]), "NI_NUMBER", g, "part"))
        k.a(pick(BACKCH))
        k.c(V(spoken(n[2:8], [2, 2, 2], fill=0.2), "NI_NUMBER", g, "part"))
        k.a(pick(["and the letter at the end", "and the last letter", "mhm and the letter"]))
        k.c(V(say_letter(n[8], 0.5), "NI_NUMBER", g, "part"))
    k.a("so thats ", V(spoken_ni(n, fill=0), "NI_NUMBER"))
    k.c(pick(["yes", "thats right", "yep"]))
    return k


def p_ni_correction():
    n = gen_ni()
    pos = R.randrange(2, 8)
    bad = n[:pos] + str((int(n[pos]) + pick([1, 4, 7])) % 10) + n[pos + 1:]
    k = Case("ASR: agent mishears one NI digit, caller corrects single digit")
    k.a("dwp " + pick(["universal credit", "pension service"]) + " can i have your ni number")
    k.c(V(spoken_ni(n), "NI_NUMBER"))
    k.a("thank you so ", V(spoken_ni(bad, fill=0), "NI_NUMBER", None, "loose"))
    k.c(pick(["no the ", "not "]), V(dw(bad[pos]), "NI_NUMBER", None, "loose"), " should be ",
        V(dw(n[pos]), "NI_NUMBER", None, "loose"), pick([" its ", " so "]), V(spoken_ni(n, fill=0), "NI_NUMBER"))
    k.a("got it thank you")
    return k


def p_ni_chat():
    n = gen_ni()
    k = Case("chat/email: NI number typed, case and spacing variation")
    k.a(pick(["Can you confirm your NI number?", "Please reply with your National Insurance number."]))
    k.c(pick(["NI no: ", "ni ", "NINO ", "my nat ins no is ", ""]), V(typed_ni(n), "NI_NUMBER"),
        pick(["", " thanks", " - is that all you need?"]))
    if chance(0.4):
        k.a("Thanks, and a contact phone number?")
        t = gen_phone()
        k.c(V(typed_phone(*t), "PHONE"))
    return k


def p_ni_for_other():
    n = gen_ni()
    k = Case("ASR: daughter reads her father's NI number, partial repeat of middle digits")
    k.a("pension service good morning")
    k.c("hi im ringing for my dad hes here with me ill read his ni number off his letter")
    g = newgroup()
    k.c(V(say_letter(n[0], 0.6) + " " + say_letter(n[1], 0.6), "NI_NUMBER", g, "part"), " ",
        V(spoken(n[2:8], [2, 2, 2], fill=0.3), "NI_NUMBER", g, "part"), " then ", V(n[8].lower(), "NI_NUMBER", g, "part"))
    k.a("sorry the middle bit again after ", V(say_letter(n[0], 0) + " " + say_letter(n[1], 0), "NI_NUMBER", None, "loose"))
    k.c(V(spoken(n[2:8], [2, 2, 2]), "NI_NUMBER", None, "loose"))
    return k


def p_bank_call():
    sc, ac = gen_sort(), gen_acct()
    k = Case("ASR: UK sort code and account number read back piece by piece, one correction")
    k.a("northgate bank payments team can i have the sort code and account number of the payee")
    k.c("sort code ", V(spoken(sc, [2, 2, 2], sep=pick([" ", ", "])), "SORT_CODE"))
    k.a("thats ", V(spoken(sc, [2, 2, 2], sep=" "), "SORT_CODE"), " and the account number")
    g = newgroup()
    k.c(V(spoken(ac[:4], [4]), "BANK_ACCOUNT", g, "part"))
    k.a(pick(BACKCH))
    k.c(V(spoken(ac[4:], [4], fill=0.2), "BANK_ACCOUNT", g, "part"))
    if chance(0.6):
        bad = ac[:7] + str((int(ac[7]) + 2) % 10)
        k.a("so ", V(spoken(bad, [4, 4]), "BANK_ACCOUNT", None, "loose"))
        k.c("no the last digit is ", V(dw(ac[7]), "BANK_ACCOUNT", None, "loose"), pick([" so ", " its ", ", "]),
            V(spoken(ac, [4, 4]), "BANK_ACCOUNT"))
    return k


def p_bank_chat():
    sc, ac = gen_sort(), gen_acct()
    k = Case("chat: sort code and account typed with labels")
    k.a("Which account should the refund go to?")
    scf = pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % tuple(chunk(sc, [2, 2, 2]))
    k.c(pick(["s/c ", "Sort code: ", "sortcode "]), V(scf, "SORT_CODE"), pick([" acct no: ", ", a/c ", "\naccount number "]),
        V(ac if chance(0.6) else ac[:4] + " " + ac[4:], "BANK_ACCOUNT"))
    return k


def p_us_bank():
    ac = gen_acct(R.choice([10, 11, 12]))
    k = Case("typed/ASR: US checking account number, agent reads back")
    k.a("for the direct deposit whats the checking account number")
    g = newgroup()
    k.c(V(spoken(ac[:5], [5]), "BANK_ACCOUNT", g, "part"), " ", pick(["hold on", "uh let me find it", "wait"]), " ",
        V(spoken(ac[5:], [len(ac) - 5], fill=0.2), "BANK_ACCOUNT", g, "part"))
    k.a("ok i have ", V(ac, "BANK_ACCOUNT"), " on screen is that right")
    k.c("yes")
    return k


def p_iban():
    ib = gen_iban()
    k = Case("IBAN: typed in email or read aloud in chunks with read-back")
    if chance(0.5):
        k.a("Please send the IBAN for the refund.")
        k.c(pick(["IBAN: ", "iban ", "my iban is ", "Here you go - "]), V(typed_iban(ib), "IBAN"))
    else:
        k.a("can i take the iban please")
        k.c(V(spoken_chars(ib), "IBAN"))
        k.a("reading it back ", V(spoken_chars(ib, 0), "IBAN"))
        k.c(pick(["spot on", "yes", "thats it"]))
    return k


def p_iban_split():
    ib = gen_iban()
    blocks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    k = Case("ASR: IBAN given block by block with agent confirming each block")
    k.a("revenue, for the refund i need your iban")
    g = newgroup()
    for i in range(0, len(blocks), 2):
        k.c(V(spoken_chars("".join(blocks[i:i + 2]), 0.2), "IBAN", g, "part"))
        if i + 2 < len(blocks):
            k.a(pick(["ok ", "got ", ""]), V(spoken_chars("".join(blocks[i:i + 2]), 0), "IBAN", None, "loose"), pick([" go on", " yep", ""]))
    return k


def p_phone():
    t = gen_phone()
    k = Case("phone number typed or spoken; agent reads back (%s)" % t[0])
    if chance(0.45):
        k.a("What's the best number to reach you on?")
        k.c(pick(["", "mob: ", "tel ", "call me on ", "its "]), V(typed_phone(*t), "PHONE"))
    else:
        k.a("whats the best contact number")
        k.c(pick(["its ", "um ", "yeah "]), V(spoken_phone(*t), "PHONE"))
        if chance(0.6):
            k.a("thats ", V(spoken(t[1], [5, 3, 3] if len(t[1]) == 11 else [3, 3, 4]), "PHONE"))
            k.c(pick(["yep", "yes", "thats the one"]))
    return k


def p_phone_split():
    t = gen_phone()
    nat = t[1]
    k = Case("ASR: phone number read over turns with correction of a single digit")
    k.a("and a mobile number in case we get cut off")
    g = newgroup()
    cut = 5 if len(nat) == 11 else 3
    k.c(V(spoken(nat[:cut], [cut]), "PHONE", g, "part"))
    k.a(pick(BACKCH))
    k.c(V(spoken(nat[cut:], [3, len(nat) - cut - 3], fill=0.2), "PHONE", g, "part"))
    pos = R.randrange(cut, len(nat))
    bad = nat[:pos] + str((int(nat[pos]) + 1) % 10) + nat[pos + 1:]
    k.a("so ", V(say_digits(bad, dbl=False), "PHONE", None, "loose"))
    k.c("no ", V(say_digits(nat[cut:], dbl=False), "PHONE", None, "loose"), " at the end")
    return k


def p_email():
    e = gen_email()
    k = Case("email address typed or spoken with dot/at; agent spells back")
    if chance(0.4):
        k.a("Which email should we send the confirmation to?")
        k.c(pick(["", "email: ", "its ", "send to "]), V(typed_email(e), "EMAIL"), pick(["", " pls", " thanks!"]))
    else:
        k.a("and your email address")
        k.c(pick(["its ", "yeah its ", "um "]), V(spoken_email(e), "EMAIL"))
        if chance(0.6):
            user = e.split("@")[0]
            k.a("is that ", V(" ".join(ch if ch.isalnum() else {".": "dot", "_": "underscore"}[ch] for ch in user),
                              "EMAIL", None, "loose"), " at ", V(" dot ".join(e.split("@")[1].split(".")), "EMAIL", None, "loose"))
            k.c("yes thats it")
    return k


def p_email_fix():
    e = gen_email()
    user, dom = e.split("@")
    typo = dom.replace("o", "0", 1) if "o" in dom else dom + "m"
    typo = {"gmail.com": "gmial.com", "hotmail.com": "hotmal.com", "outlook.com": "outlok.com"}.get(dom, typo.replace("0", "oo"))
    k = Case("chat: email with a typo corrected in follow-up message")
    k.a("Can you confirm the email on the account?")
    k.c(V(user + "@" + typo, "EMAIL"))
    k.c(pick(["sorry ", "*", "oops "]), V(e, "EMAIL"))
    return k


def p_dob():
    d, m, y = gen_dob()
    us = chance(0.3)
    k = Case("DOB typed or spoken, agent confirms")
    if chance(0.4):
        k.a("Can you confirm your date of birth?")
        k.c(pick(["", "DOB ", "born ", "its "]), V(typed_dob(d, m, y, us), "DOB"))
    else:
        k.a("can i take your date of birth")
        k.c(pick(["its ", "yeah ", "um its ", ""]), V(spoken_dob(d, m, y), "DOB"))
        if chance(0.5):
            k.a("thats ", V(spoken("%02d%02d" % (d, m), [2, 2], sep=" ") + " " + say_pair(str(y)[2:]), "DOB"), pick(["", " yeah"]))
            k.c("yes")
    return k


def p_address():
    country = pick(["uk", "uk", "us", "ie"])
    num, st, sf, flat = gen_address(country)
    pc = gen_postcode("us" if country == "us" else "uk")
    k = Case("address and postcode/ZIP, typed or spoken (%s)" % country)
    if chance(0.45):
        k.a("What's the delivery address?")
        if country == "us":
            town, state = pick(TOWNS_US)
            k.c(V(typed_address(num, st, sf, flat, country), "ADDRESS"), ", %s, %s " % (town.title(), state), V(pc, "POSTCODE"))
        elif country == "ie":
            k.c(V(typed_address(num, st, sf, flat, country), "ADDRESS"), ", %s" % pick(TOWNS_IE).title())
        else:
            k.c(V(typed_address(num, st, sf, flat, country), "ADDRESS"), pick([", ", "\n"]), pick(TOWNS_UK).title(), " ",
                V(typed_postcode(pc), "POSTCODE"))
    else:
        k.a("can i take the first line of the address")
        k.c(pick(["its ", "yeah ", ""]), V(spoken_address(num, st, sf, flat, country), "ADDRESS"))
        if country != "ie":
            k.a("and the " + ("zip code" if country == "us" else "postcode"))
            k.c(V(spoken_postcode(pc), "POSTCODE"))
            k.a("so ", V(spoken_postcode(pc), "POSTCODE"), " thank you")
    return k


def p_idv():
    """Identity check: DOB, postcode, first line of address, confirmed piece by piece."""
    country = pick(["uk", "us"])
    d, m, y = gen_dob()
    num, st, sf, flat = gen_address(country)
    pc = gen_postcode(country)
    k = Case("ASR: security questions, values confirmed piece by piece (%s)" % country)
    k.a(asr(opener()[1]) + " before we go on ill need to run through security")
    k.c("ok")
    k.a("date of birth please")
    k.c(V(spoken_dob(d, m, y), "DOB"))
    k.a("and the postcode" if country == "uk" else "and your zip")
    pcs = spoken_postcode(pc)
    k.c(V(pcs, "POSTCODE"))
    k.a("and the first line of the address")
    k.c(pick(["", "its ", "uh "]), V(spoken_address(num, st, sf, flat, country), "ADDRESS"))
    k.a("thank youve passed security")
    return k


def p_full_payment():
    """Chat with card, CVV, expiry and also billing address."""
    c = gen_card()
    m, y = gen_exp()
    num, st, sf, flat = gen_address("uk")
    pc = gen_postcode("uk")
    k = Case("email: full payment details and billing address in one message")
    k.a("Subject: payment details\nPlease reply with card details and billing address.")
    k.c("Hi,\nCard: ", V(typed_card(c), "CARD_NUMBER"), "\nExp: ", V(typed_exp(m, y), "EXPIRY"), "\nCVC: ",
        V(gen_cvv(c[:2] in ("34", "37")), "CVV"), "\nBilling: ", V(typed_address(num, st, sf, flat, "uk"), "ADDRESS"),
        ", ", pick(TOWNS_UK).title(), ", ", V(typed_postcode(pc), "POSTCODE"), "\nThanks")
    return k


def p_cvv_expiry_call():
    m, y = gen_exp()
    k = Case("ASR: expiry and CVV, agent reads back, caller corrects expiry month")
    k.a("whats the expiry on the card")
    m2 = m % 12 + 1
    k.c(V(spoken_exp(m2, y), "EXPIRY"), " no sorry ", V(spoken_exp(m, y), "EXPIRY"))
    k.a("and the security number on the back")
    cv = gen_cvv()
    k.c(pick(["", "its ", "uh "]), V(say_digits(cv), "CVV"))
    k.a("thats ", V(say_digits(cv, dbl=False), "CVV"), " yeah")
    k.c("yep")
    return k


POS_TEMPLATES = [
    (p_chat_card, 14), (p_call_card_split, 16), (p_call_card_correction, 14), (p_call_card_restart, 10),
    (p_call_card_for_other, 8), (p_chat_card_fix, 6), (p_hold_transfer_card, 8), (p_ssn_call, 11),
    (p_ssn_chat, 8), (p_ssn_other, 5), (p_ni_call, 10), (p_ni_correction, 6), (p_ni_chat, 8),
    (p_ni_for_other, 5), (p_bank_call, 9), (p_bank_chat, 6), (p_us_bank, 4), (p_iban, 8), (p_iban_split, 5),
    (p_phone, 10), (p_phone_split, 5), (p_email, 10), (p_email_fix, 4), (p_dob, 8), (p_address, 12),
    (p_idv, 6), (p_full_payment, 5), (p_cvv_expiry_call, 6),
]

# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------


def n_order_like_card():
    num = gen_card(16)
    k = Case("NEG: 16-digit Luhn-valid order number read like a card, explicitly labelled as order number")
    k.a("can i take the order number please its on the confirmation email")
    k.c("yeah the order number is ", spoken(num, [4, 4, 4, 4], fill=0.2))
    k.a("lovely thats order ", spoken(num, [4, 4, 4, 4]), " ill pull that up")
    return k


def n_last_four():
    l4 = rd(4)
    k = Case("NEG: card last-four mention only (PCI allows)")
    if chance(0.5):
        k.a("which card would you like to use, we have one ending %s on file" % spoken(l4, [4]))
        k.c(pick(["the one ending ", "yeah ending in ", "use "]), spoken(l4, [4]), pick(["", " please"]))
    else:
        k.a("I can see a Visa ending %s expiring soon." % l4)
        k.c("Yes please use the card ending in %s" % l4)
    return k


def n_amounts():
    amt = "%d.%02d" % (R.randint(10, 4999), R.randint(0, 99))
    k = Case("NEG: balances, amounts, percentages")
    k.a(pick(["your outstanding balance is £%s", "the amount due is $%s", "you owe €%s"]) % amt +
        ", with interest at %s%% APR" % pick(["22.9", "19.94", "34.9"]))
    k.c("can i pay %s now and the rest on the %d%s" % (pick(["four hundred and twelve pounds", "two hundred", "fifty quid", "a hundred and fifty dollars"]),
                                                        R.randint(4, 20), "th"))
    k.a("yes thats fine, that leaves %s remaining" % pick(["three hundred and seventy five pounds sixty", "$1,204.17", "£88.40"]))
    return k


def n_reference():
    ref = rd(R.choice([8, 9, 10, 12]))
    lab = pick(["reference number", "claim number", "ticket number", "case reference", "complaint reference", "invoice number"])
    k = Case("NEG: %s read digit-by-digit across turns with back-channels" % lab)
    k.a("have you got a %s" % lab)
    k.c("yeah the %s is " % lab, spoken(ref[:len(ref) // 2], [len(ref) // 2]))
    k.a(pick(BACKCH))
    k.c(spoken(ref[len(ref) // 2:], [len(ref) - len(ref) // 2], fill=0.2))
    k.a("thanks so your %s is %s" % (lab, " ".join(chunk(ref, [3] * (len(ref) // 3) + ([len(ref) % 3] if len(ref) % 3 else [])))))
    return k


def n_nine_digit_ref():
    ref = gen_ssn()
    k = Case("NEG: 9-digit policy number formatted like an SSN, labelled as policy")
    k.a("Can you give me your policy number?")
    k.c("policy number %s-%s-%s" % (ref[:3], ref[3:5], ref[5:]))
    k.a("Thanks, policy %s%s%s is active until March." % (ref[:3], ref[3:5], ref[5:]))
    return k


def n_tracking():
    k = Case("NEG: tracking / serial / model numbers with labels")
    tr = pick(["1Z" + rd(3) + "AA" + rd(10), "JD0146" + rd(12), "RM" + rd(9) + "GB", "TBA" + rd(12)])
    k.c("tracking says %s but nothing has arrived" % tr)
    k.a("I can see tracking %s, and the serial number on the item is %s, model %s" %
        (tr, "SN" + rd(10), pick(["SM-G991B", "KD-55X85J", "WM14N200GB", "A2338"])))
    return k


def n_meter():
    rdg = rd(R.choice([5, 6]))
    k = Case("NEG: meter reading spoken like digits, plus meter serial")
    k.a("brightwater energy can you give me the meter reading")
    k.c("yeah its ", spoken(rdg, [len(rdg)], fill=0.2), pick([" on the day one", " for the gas", ""]))
    k.a("ok ", spoken(rdg, [len(rdg)]), " and the meter serial on the front")
    k.c("serial is %s" % (pick(["E6S", "K"]) + rd(8)))
    return k


def n_travel():
    k = Case("NEG: flight, seat, gate, room numbers, times")
    fl = pick(["BA", "EI", "FR", "UA", "AA", "LH"]) + str(R.randint(10, 9999))
    k.a("your flight %s departs at %s from gate %s, seat %d%s" % (fl, pick(["06:45", "14:10", "21:55"]), pick(["B32", "22", "A7"]),
                                                                    R.randint(1, 40), pick("ABCDEF")))
    k.c("and the hotel room is %d yeah checking in at %s" % (R.randint(100, 2400), pick(["three pm", "15:00", "half two"])))
    k.a("thats right, booking reference %s" % "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
    return k


def n_times_hours():
    k = Case("NEG: opening hours, durations, counts, ages, temperatures")
    k.a("we're open %s and the wait is about %d minutes" % (pick(["8am to 8pm weekdays", "nine till five thirty", "24/7"]), R.randint(5, 50)))
    k.c("my %s is %d and the house is %s degrees, we've had %d outages in %d weeks" % (
        pick(["son", "mum", "dad"]), R.randint(2, 95), pick(["twelve", "14", "nineteen"]), R.randint(2, 9), R.randint(2, 12)))
    return k


def n_appointment():
    k = Case("NEG: appointment / payment / contract dates (not DOB or expiry)")
    d, m = R.randint(1, 28), R.randint(1, 12)
    k.a("your next appointment is %s the %s of %s at %s" % (pick(["tuesday", "friday", "monday"]), ordinal_words(d), MONTHS[m - 1],
                                                            pick(["ten thirty", "2:15pm", "quarter past nine"])))
    k.c("and when does my contract end, i signed in %d" % R.randint(2015, 2024))
    k.a("it ends on %02d/%02d/%d and the next payment is taken on the %d%s" % (d, m, R.randint(2025, 2027), R.randint(4, 20), "th"))
    return k


def n_roads():
    k = Case("NEG: road names and junctions")
    k.c(pick(["I'm stuck on the M25 near junction 10", "broke down on the A40", "on I-95 by exit 42", "on the N7 outside Naas"]))
    k.a("ok recovery will come to %s, eta %d minutes" % (pick(["the A303 layby", "Route 66 services", "the M6 toll plaza"]), R.randint(30, 90)))
    return k


def n_account_like_ref():
    ref = gen_sort() + gen_acct()
    k = Case("NEG: 14-digit customer reference that resembles sort code + account, labelled")
    k.a("can you read me the customer reference from the top of your bill")
    k.c("customer reference ", spoken(ref, [2, 2, 2, 4, 4], fill=0.1))
    k.a("thanks thats ", spoken(ref, [6, 8]))
    return k


def n_long_numbers():
    k = Case("NEG: long labelled numbers in chat: invoice, MPAN, IMEI, voucher")
    k.c("Invoice INV-%d-%s, MPAN %s, IMEI %s" % (R.randint(2023, 2026), rd(5), rd(13), rd(15)))
    k.a("Thanks. Your voucher code %s-%s-%s has been applied and the refund of £%d.%02d will show in %d-%d working days." % (
        rd(4), rd(4), rd(4), R.randint(5, 300), R.randint(0, 99), R.randint(3, 5), R.randint(6, 10)))
    return k


NEG_TEMPLATES = [(n_order_like_card, 14), (n_last_four, 12), (n_amounts, 10), (n_reference, 14), (n_nine_digit_ref, 8),
                 (n_tracking, 7), (n_meter, 8), (n_travel, 7), (n_times_hours, 6), (n_appointment, 7), (n_roads, 5),
                 (n_account_like_ref, 6), (n_long_numbers, 6)]


# --------------------------------------------------------------------------
# build / check
# --------------------------------------------------------------------------


def build():
    global R
    R = random.Random(SEED)
    _gid[0] = 0
    pos = [f for f, n in POS_TEMPLATES for _ in range(n)]
    neg = [f for f, n in NEG_TEMPLATES for _ in range(n)]
    R.shuffle(pos)
    R.shuffle(neg)
    cases = []
    for i, f in enumerate(pos, 1):
        k = f()
        cases.append(("h516-pos-%03d" % i, "positive", k))
    for i, f in enumerate(neg, 1):
        k = f()
        cases.append(("h516-neg-%03d" % i, "negative", k))
    return cases


def serialise(cases):
    lines = []
    for cid, kind, k in cases:
        spans = [{"turn": s["turn"], "start": s["start"], "end": s["end"], "type": s["type"]}
                 for s in sorted(k.spans, key=lambda s: (s["turn"], s["start"]))]
        lines.append(json.dumps({"id": cid, "kind": kind, "turns": k.turns, "spans": spans, "note": k.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(cases, data):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != data:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [c[0] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    groups = {}
    counts = Counter()
    npos = sum(1 for c in cases if c[1] == "positive")
    nneg = len(cases) - npos
    for cid, kind, k in cases:
        if kind == "negative" and k.spans:
            errs.append("%s: negative with spans" % cid)
        if kind == "positive" and not k.spans:
            errs.append("%s: positive without spans" % cid)
        for t in k.turns:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append("%s: bad turn" % cid)
        byturn = {}
        for s in k.spans:
            counts[s["type"]] += 1
            text = k.turns[s["turn"]]["text"] if s["turn"] < len(k.turns) else None
            if text is None or not (0 <= s["start"] < s["end"] <= len(text)):
                errs.append("%s: offsets out of range" % cid)
                continue
            val = text[s["start"]:s["end"]]
            if not (val[0].isalnum() or val[0] == "+") or not val[-1].isalnum():
                errs.append("%s: span edge not alnum %r" % (cid, val))
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errs.append("%s: span start not on word boundary %r" % (cid, val))
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errs.append("%s: span end not on word boundary %r" % (cid, val))
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            if s["_mode"] == "part":
                groups.setdefault((cid, s["_group"]), []).append((s["type"], val))
            elif not validate(s["type"], val, s["_mode"]):
                errs.append("%s: %s fails validation: %r -> %r" % (cid, s["type"], val, norm(val, s["type"])))
        for t, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans in turn %d" % (cid, t))
    for (cid, g), parts in groups.items():
        typ = parts[0][0]
        joined = "".join(norm(v, typ) for _, v in parts)
        if len({p[0] for p in parts}) != 1 or not validate(typ, joined, "full"):
            errs.append("%s: split value group fails validation: %s %r" % (cid, typ, joined))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, n in need.items():
        if counts[t] < n:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], n))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos, %d neg" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    cases = build()
    data = serialise(cases)
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(cases, data)
        for e in errs[:60]:
            print("FAIL", e)
        print("positive %d, negative %d, spans %d" % (npos, nneg, sum(counts.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("%d problem(s)" % len(errs))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

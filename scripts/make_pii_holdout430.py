#!/usr/bin/env python3
"""Generate the pii_holdout430 held-out PII evaluation set (stdlib only).

Usage: python scripts/make_pii_holdout430.py          # write the fixture
       python scripts/make_pii_holdout430.py --check  # regenerate + verify
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout430", "cases.jsonl")
R = random.Random(430241125)

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TEEN_WORDS = {v: k for k, v in TEENS.items()}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
TENS_WORDS = {v: k for k, v in TENS.items()}
ZEROW = {"zero", "oh", "nought", "o", "nil"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "like"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E", "foxtrot": "F",
        "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J", "kilo": "K", "lima": "L",
        "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S",
        "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X",
        "yankee": "Y", "zulu": "Z"}
NATO_OF = {}
for _w, _l in NATO.items():
    NATO_OF.setdefault(_l, _w)
FORWORDS = {"A": ["apple", "alpha"], "B": ["bertie", "bravo", "bob"], "C": ["charlie", "cat"],
            "D": ["david", "dog"], "E": ["edward", "echo"], "F": ["freddie", "frank"],
            "G": ["george", "golf"], "H": ["harry", "hotel"], "J": ["jack", "juliet", "john"],
            "K": ["kilo", "king"], "L": ["london", "lima"], "M": ["mother", "mike"],
            "N": ["nuts", "november"], "O": ["orange", "oscar"], "P": ["peter", "papa"],
            "Q": ["queen", "quebec"], "R": ["robert", "romeo"], "S": ["sugar", "sierra", "sam"],
            "T": ["tommy", "tango"], "U": ["uncle", "uniform"], "V": ["victor", "victoria"],
            "W": ["william", "whiskey"], "X": ["xray"], "Y": ["yellow", "yankee"], "Z": ["zebra", "zulu"],
            "I": ["india", "ireland"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth"]
ORDW = {w: i for i, w in enumerate(ORD) if w}
ORDW.update({"thirtieth": 30})
TENS_ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9}
SUFFIXES = {"road", "street", "st", "rd", "lane", "ln", "avenue", "ave", "close", "drive", "dr", "way",
            "crescent", "terrace", "gardens", "place", "grove", "court", "park", "hill", "row", "walk",
            "square", "boulevard", "blvd", "mews", "view", "green", "parade", "kingsway"}


def ch(seq):
    return seq[R.randrange(len(seq))]


def p(x):
    return R.random() < x


# ---------------------------------------------------------------- segments
class V:
    """A labelled value segment. val = canonical value; gid groups split parts."""

    def __init__(self, text, typ, val, gid=None):
        self.text, self.typ, self.val, self.gid = text, typ, val, gid


_gid = [0]


def newgid():
    _gid[0] += 1
    return _gid[0]


def build(turns, kind, note):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                meta.append((s.val, s.gid))
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note, "_meta": meta}


# ---------------------------------------------------------------- speech rendering
def zw(reg):
    if reg == "uk":
        return ch(["oh", "oh", "nought", "zero", "oh"])
    if reg == "ie":
        return ch(["oh", "zero", "o", "oh"])
    return ch(["oh", "zero", "oh"])


def dw(d, reg):
    return zw(reg) if d == "0" else ONES[int(d)]


def pair_words(s):
    n = int(s)
    if n < 10:
        raise ValueError
    if n < 20:
        return TEEN_WORDS[n]
    t, u = divmod(n, 10)
    return TENS_WORDS[t] + ("" if u == 0 else ch([" ", "-"]) + ONES[u])


def hundred_words(s):
    h, rest = int(s[0]), int(s[1:])
    w = ONES[h] + " hundred"
    if rest == 0:
        return w
    if rest < 10:
        return w + " and " + ONES[rest]
    return w + " and " + pair_words(s[1:])


def say(s, reg="uk", dbl=0.5, pairs=0.0, hund=0.0, final=True, filler=0.0):
    """Speak a digit string. Chunks ending in a bare tens word only at the very end."""
    out, i, n = [], 0, len(s)
    while i < n:
        d = s[i]
        run = 1
        while i + run < n and s[i + run] == d:
            run += 1
        if run >= 3 and p(dbl * 0.7):
            out.append(ch(["triple", "treble"] if reg in ("uk", "ie") else ["triple"]) + " " + dw(d, reg))
            i += 3
        elif run >= 2 and p(dbl):
            out.append("double " + dw(d, reg))
            i += 2
        elif hund and i == 0 and i + 3 <= n and d != "0" and p(hund) and (
                not (s[i + 1] not in "01" and s[i + 2] == "0") or (i + 3 == n and final)):
            out.append(hundred_words(s[i:i + 3]))
            i += 3
        elif pairs and i % 2 == 0 and i + 2 <= n and d != "0" and p(pairs) and (
                s[i + 1] != "0" or d == "1" or (i + 2 == n and final)):
            out.append(pair_words(s[i:i + 2]))
            i += 2
        else:
            out.append(dw(d, reg))
            i += 1
        if filler and i < n and p(filler):
            out.append(ch(["um", "uh", "er", "erm"]))
    return " ".join(out)


def say_letter(c, nato=0.4, forw=0.3):
    c = c.upper()
    if c == "O":
        return ch(["o for orange", "oscar", "o for oscar"])
    x = R.random()
    if x < nato:
        return NATO_OF[c]
    if x < nato + forw:
        return c.lower() + ch([" for ", " as in "]) + ch(FORWORDS[c])
    return c.lower()


def say_alnum(s, reg="uk", nato=0.3, forw=0.3, dbl=0.4):
    """Speak a mixed letter/digit code char by char (with doubles)."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            if i + 1 < len(s) and s[i + 1] == c and p(dbl):
                out.append("double " + dw(c, reg))
                i += 2
                continue
            out.append(dw(c, reg))
        else:
            if i + 1 < len(s) and s[i + 1] == c and c != "O" and p(dbl):
                out.append("double " + c.lower())
                i += 2
                continue
            out.append(say_letter(c, nato, forw))
        i += 1
    return " ".join(out)


def groups_of(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def say_grouped(s, sizes, reg, sep=", ", **kw):
    gs = groups_of(s, sizes)
    parts = []
    for j, g in enumerate(gs):
        parts.append(say(g, reg, final=(j == len(gs) - 1), **kw))
    return sep.join(parts)


def typed_grouped(s, sizes, sep=" "):
    return sep.join(groups_of(s, sizes))


# ---------------------------------------------------------------- normalisation (for --check)
def parse_alnum(text):
    toks = re.findall(r"[A-Za-z]+|\d+", text)
    out, i, mult = [], 0, 1
    low = [t.lower() for t in toks]

    def emit(x):
        nonlocal mult
        out.append(x * mult)
        mult = 1

    while i < len(toks):
        t, lt = toks[i], low[i]
        nxt = low[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            emit(t)
        elif lt in FILLERS or lt == "plus":
            pass
        elif lt == "double":
            mult = 2
        elif lt in ("triple", "treble"):
            mult = 3
        elif lt == "o" and nxt not in ("for", "as"):
            emit("0")
        elif lt in ZEROW and lt != "o":
            emit("0")
        elif lt in ONES:
            if nxt == "hundred":
                h = str(ONES.index(lt))
                i += 2
                rest = "00"
                if i < len(toks) and low[i] == "and":
                    i += 1
                    w = low[i]
                    if w in TEENS:
                        rest = str(TEENS[w])
                    elif w in TENS:
                        u = 0
                        if i + 1 < len(toks) and low[i + 1] in ONES[1:]:
                            u = ONES.index(low[i + 1])
                            i += 1
                        rest = str(TENS[w] * 10 + u)
                    elif w in ONES:
                        rest = "0" + str(ONES.index(w))
                    else:
                        raise ValueError("bad hundred " + text)
                    i += 1
                emit(h + rest)
                continue
            emit(str(ONES.index(lt)))
        elif lt in TEENS:
            emit(str(TEENS[lt]))
        elif lt in TENS:
            u = 0
            if nxt in ONES[1:]:
                u = ONES.index(nxt)
                i += 1
            emit(str(TENS[lt] * 10 + u))
        elif lt in NATO:
            emit(NATO[lt])
        elif len(t) == 1 and nxt in ("for", "as"):
            emit(t.upper())
            i += 3 if nxt == "for" else 4
            continue
        elif lt == "and":
            raise ValueError("stray and in " + text)
        else:  # typed letters such as QQ, GB, NWBK
            if len(t) > 4 and not t.isupper():
                raise ValueError("unexpected word %r in %r" % (t, text))
            emit(t.upper())
        i += 1
    return "".join(out)


def parse_email(text):
    if "@" in text:
        return text.lower()
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out, i = [], 0
    sym = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "double":
            i += 1
            out.append(parse_email(toks[i]) * 2 if toks[i] not in ONES and toks[i] not in ZEROW
                       else ("0" if toks[i] in ZEROW else str(ONES.index(toks[i]))) * 2)
        elif t in NATO:
            out.append(NATO[t].lower())
        elif t in sym:
            out.append(sym[t])
        elif t in FILLERS:
            pass
        elif len(t) == 1 and nxt in ("for", "as"):
            out.append(t)
            i += 3 if nxt == "for" else 4
            continue
        elif t in ONES or t in ZEROW and t != "o":
            out.append("0" if t in ZEROW else str(ONES.index(t)))
        elif t in TEENS:
            out.append(str(TEENS[t]))
        elif t in TENS:
            u = 0
            if nxt in ONES[1:]:
                u = ONES.index(nxt)
                i += 1
            out.append(str(TENS[t] * 10 + u))
        else:
            out.append(t)
        i += 1
    return "".join(out)


def date_numbers(text):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    nums, months, i = [], set(), 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            nums.append(int(t))
        elif t[:3] in [m[:3] for m in MONTHS] and (t in MONTHS or len(t) <= 4):
            months.add([m[:3] for m in MONTHS].index(t[:3]) + 1)
        elif t in ORDW:
            nums.append(ORDW[t])
        elif t in TENS and nxt in TENS_ORD_UNITS:
            nums.append(TENS[t] * 10 + TENS_ORD_UNITS[nxt])
            i += 1
        elif t in TENS:
            u = 0
            if nxt in ONES[1:]:
                u = ONES.index(nxt)
                i += 1
            nums.append(TENS[t] * 10 + u)
        elif t in TEENS:
            nums.append(TEENS[t])
        elif t in ONES[1:]:
            if nxt == "thousand":
                base = ONES.index(t) * 1000
                i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                add = 0
                if i < len(toks) and toks[i] in ONES[1:]:
                    add = ONES.index(toks[i])
                elif i < len(toks) and toks[i] in TEENS:
                    add = TEENS[toks[i]]
                else:
                    i -= 1
                nums.append(base + add)
            else:
                nums.append(ONES.index(t))
        i += 1
    return nums, months


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    tot = 0
    for k, c in enumerate(reversed(s)):
        d = int(c)
        if k % 2:
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


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"(?:[A-Z]{1,2}\d[A-Z\d]?|[A-Z]\d[A-Z]|[A-Z]{2}\d[A-Z])\d[ABD-HJLNP-UW-Z]{2}")
EIR_RE = re.compile(r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}")


def validate_full(typ, val):
    if typ == "CARD_NUMBER":
        return val.isdigit() and 13 <= len(val) <= 19 and luhn_ok(val)
    if typ == "CVV":
        return val.isdigit() and len(val) in (3, 4)
    if typ == "SSN":
        return (val.isdigit() and len(val) == 9 and val[:3] not in ("000", "666") and val[0] != "9"
                and val[3:5] != "00" and val[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(val) or re.fullmatch(r"QQ\d{6}[A-D]", val)) and val[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "SORT_CODE":
        return val.isdigit() and len(val) == 6
    if typ == "BANK_ACCOUNT":
        return val.isdigit() and 6 <= len(val) <= 17
    if typ == "IBAN":
        return iban_ok(val)
    if typ == "PHONE":
        return val.isdigit() and 9 <= len(val) <= 15
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(val) or EIR_RE.fullmatch(val) or re.fullmatch(r"\d{5}(\d{4})?", val))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", val))
    return True


ALNUM_TYPES = {"CARD_NUMBER", "CVV", "SSN", "NI_NUMBER", "SORT_CODE", "BANK_ACCOUNT", "IBAN", "PHONE",
               "POSTCODE"}


def check_span_text(typ, text, val):
    """Return normalised piece of the value that this span text represents."""
    if typ in ALNUM_TYPES:
        return parse_alnum(text)
    if typ == "EMAIL":
        return parse_email(text)
    if typ in ("DOB", "EXPIRY"):
        y, m, d = val
        nums, months = date_numbers(text)
        ok_m = m in months or m in nums
        ok_y = (y in nums or y % 100 in nums or
                any(nums[k] == y // 100 and nums[k + 1] == y % 100 for k in range(len(nums) - 1)))
        ok_d = d is None or d in nums
        if not (ok_m and ok_y and ok_d):
            raise ValueError("date mismatch %r %r" % (text, val))
        return val
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z]+|\d+", text.lower())
        if not (toks and (toks[0].isdigit() or toks[0] in ONES or toks[0] in TEENS or toks[0] in TENS
                          or toks[0] in ("flat", "apartment", "apt", "unit"))):
            raise ValueError("address start %r" % text)
        if not SUFFIXES & set(toks):
            raise ValueError("address suffix %r" % text)
        return val
    raise ValueError(typ)


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    x = R.random()
    if x < 0.40:
        return luhn_complete("4" + ch(["539", "929", "485", "716", "658", "111", "000"]), 16)
    if x < 0.65:
        return luhn_complete(ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if x < 0.78:
        return luhn_complete(ch(["34", "37"]), 15)
    if x < 0.85:
        return luhn_complete("6011", 16)
    if x < 0.91:
        return luhn_complete("4", 13)
    if x < 0.96:
        return luhn_complete(ch(["6759", "6799"]), 19)
    return luhn_complete("35" + ch(["28", "89"]), 16)


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 3, 3, 3]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


def gen_ni():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = ch(first) + ch(second)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    if p(0.1):
        pre = ch(["QQ", "JK", "AB", "PR", "ST", "NE", "YZ"])
    digs = "".join(str(R.randrange(10)) for _ in range(6))
    if p(0.3):
        k = R.randrange(5)
        digs = digs[:k] + digs[k] * 2 + digs[k + 2:]
    return pre + digs + ch("ABCD")


def gen_digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randrange(1, 10)) + s[1:]
    return s


def gen_sort():
    s = ch(["20", "30", "40", "60", "77", "83", "90", "11", "09", "93", "98", "08"]) + gen_digits(4)
    if p(0.3):
        s = s[:2] + s[2] * 2 + s[4:]
    return s


def gen_acct_uk():
    s = gen_digits(8)
    if p(0.3):
        k = R.randrange(6)
        s = s[:k] + s[k] * 3 + s[k + 3:]
    return s


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - n % 97) + bban


def gen_iban():
    x = R.random()
    if x < 0.35:
        return iban_make("GB", ch(["NWBK", "BARC", "MIDL", "LOYD", "HBUK", "NAIA"]) + gen_sort() + gen_digits(8))
    if x < 0.65:
        return iban_make("IE", ch(["AIBK", "BOFI", "IPBS", "ULSB"]) + gen_digits(6) + gen_digits(8))
    if x < 0.8:
        return iban_make("DE", gen_digits(18))
    if x < 0.9:
        return iban_make("NL", ch(["ABNA", "RABN", "INGB"]) + gen_digits(10))
    return iban_make("FR", gen_digits(10) + gen_digits(11) + gen_digits(2))


def gen_phone(kind):
    """Returns (canonical digits, typed text, spoken groups (list of digit strings), lead)"""
    if kind == "ukmob":
        d = "07" + ch(["700", "712", "723", "734", "745", "756", "787", "799", "810", "939", "961"]) + gen_digits(6)
        return d, ch([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]]), [d[:5], d[5:8], d[8:]]
    if kind == "ukmob_intl":
        d = "447" + ch(["700", "711", "723", "787", "811", "956"]) + gen_digits(6)
        t = ch(["+44 " + d[2:6] + " " + d[6:], "+44 (0)" + d[2:6] + " " + d[6:], "0044 " + d[2:6] + " " + d[6:],
                "+44" + d[2:]])
        if "(0)" in t:
            d2 = "440" + d[2:]
            return d2, t, None
        return d, t, [d[:2], d[2:6], d[6:9], d[9:]]
    if kind == "uklan":
        area = ch(["0161", "0113", "0121", "0131", "0141", "0117", "0151", "0191", "0114", "01632", "028"])
        rest_len = 11 - len(area)
        d = area + gen_digits(rest_len, True)
        if area == "028":
            return d, ch(["028 " + d[3:7] + " " + d[7:], "(028) " + d[3:7] + " " + d[7:]]), [area, d[3:7], d[7:]]
        if len(area) == 5:
            return d, area + " " + d[5:], [area, d[5:8], d[8:]]
        return d, ch([area + " " + d[4:7] + " " + d[7:], "(" + area + ") " + d[4:7] + " " + d[7:],
                      area + "-" + d[4:7] + "-" + d[7:]]), [area, d[4:7], d[7:]]
    if kind == "london":
        d = "020" + ch(["7946", "8123", "3456", "7580"]) + gen_digits(4)
        return d, ch(["020 " + d[3:7] + " " + d[7:], "0207 " + d[4:7] + " " + d[7:], d]), ["020", d[3:7], d[7:]]
    if kind == "iemob":
        d = "08" + ch("35679") + gen_digits(7)
        return d, ch([d[:3] + " " + d[3:6] + " " + d[6:], d[:3] + "-" + d[3:], d]), [d[:3], d[3:6], d[6:]]
    if kind == "ieintl":
        d = "3538" + ch("35679") + gen_digits(7)
        return d, ch(["+353 " + d[3:5] + " " + d[5:8] + " " + d[8:], "00353 " + d[3:5] + " " + d[5:]]), \
            [d[:3], d[3:5], d[5:8], d[8:]]
    if kind == "ielan":
        area = ch(["01", "021", "091", "061", "051"])
        d = area + gen_digits(7, True)
        return d, area + " " + d[len(area):len(area) + 3] + " " + d[len(area) + 3:], [area, d[len(area):]]
    # us
    d = "1" + ch(["212", "415", "312", "617", "713", "305"]) + "555" + "01" + gen_digits(2)
    if p(0.5):
        return d[1:], ch(["(" + d[1:4] + ") " + d[4:7] + "-" + d[7:], d[1:4] + "-" + d[4:7] + "-" + d[7:],
                          d[1:4] + "." + d[4:7] + "." + d[7:]]), [d[1:4], d[4:7], d[7:]]
    return d, ch(["+1 " + d[1:4] + " " + d[4:7] + " " + d[7:], "+1 (" + d[1:4] + ") " + d[4:7] + "-" + d[7:]]), \
        [d[:1], d[1:4], d[4:7], d[7:]]


def gen_ukpc():
    area = ch(["M", "B", "L", "G", "E", "N", "W", "S", "SW", "SE", "NW", "EH", "LS", "BS", "CF", "BT", "CB",
               "NE", "DN", "KT", "LE", "PR", "HU", "CV", "ST", "PL"])
    inward_l = "ABDEFGHJLNPQRSTUWXYZ"
    dist = str(R.randrange(1, 20)) if len(area) == 2 else str(R.randrange(1, 40))
    if area == "SW" and p(0.2):
        dist = "1A"
    return area + dist + str(R.randrange(10)) + ch(inward_l) + ch(inward_l)


def gen_eircode():
    key = ch(["D02", "D04", "D6W", "D08", "T12", "H91", "V94", "A94", "F23", "K78", "W23", "X91", "R95", "D15"])
    return key + "".join(ch("ACDEFHKNPRTVWXY0123456789") for _ in range(4))


def ukpc_typed(pc):
    t = pc[:-3] + " " + pc[-3:]
    return ch([t, t, t.lower(), pc, t.upper()])


STREETS_UK = ["Mill Lane", "Church Road", "Victoria Street", "Kingsway", "Acacia Avenue", "Station Road",
              "Hawthorn Close", "Elm Grove", "Queens Drive", "Albert Terrace", "Meadow Way", "Park Crescent",
              "Rosebank Gardens", "Holly Walk", "Chapel Row", "Orchard Place", "Clifton Hill", "Marlborough Mews"]
STREETS_IE = ["Main Street", "Griffith Avenue", "Seafield Road", "Dublin Road", "Orchard Grove",
              "Ashfield Park", "Castle Street", "Convent Hill", "Abbey Court"]
STREETS_US = ["Oak Ridge Drive", "Maple Street", "Elm Avenue", "Sunset Boulevard", "Lakeview Drive",
              "Pine Hill Road", "Cedar Lane", "Harbor View Court"]
TOWNS_UK = ["Leeds", "Salford", "Bristol", "Cardiff", "Belfast", "Hull", "Leicester", "Stoke", "Preston",
            "Plymouth", "Edinburgh", "Glasgow", "Doncaster", "Coventry"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Drumcondra", "Athlone", "Tralee", "Sligo"]
TOWNS_US = ["Austin", "Dayton", "Tampa", "Boise", "Fresno", "Albany"]


def num_words(n):
    if n < 10:
        return ONES[n]
    if n < 100:
        return pair_words(str(n))
    return hundred_words(str(n))


def gen_address(reg, spoken):
    """returns (text, canonical)"""
    street = ch(STREETS_US if reg == "us" else STREETS_IE if reg == "ie" else STREETS_UK)
    n = R.randrange(1, 250) if reg != "us" else R.randrange(100, 9900)
    flat = p(0.3)
    fl = R.randrange(1, 30)
    letter = ch(["", "", "", "a", "b"])
    if spoken:
        if reg == "us" and n >= 1000:
            num = say(str(n), "us", pairs=0.9, dbl=0.2)
        else:
            num = num_words(n) if n < 1000 else say(str(n), reg)
        num += (" " + letter if letter else "")
        st = street.lower()
        if flat:
            t = ch(["flat ", "apartment "]) + num_words(fl) + ch([", ", " "]) + num + " " + st
        else:
            t = num + " " + st
    else:
        num = str(n) + letter.upper() if p(0.5) else str(n) + letter
        st = street if p(0.7) else street.lower()
        if p(0.2):
            st = st.replace("Road", "Rd").replace("Street", "St").replace("Avenue", "Ave")
        if flat:
            t = ch(["Flat ", "flat ", "Apt ", "Apartment "]) + str(fl) + ch([", ", " "]) + num + " " + st
        else:
            t = num + ch([" ", ", "]) + st
    return t, t


def gen_dob():
    y = R.randrange(1938, 2006)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return y, m, d


def ordinal_words(d):
    if d <= 20:
        return ORD[d]
    if d == 30:
        return "thirtieth"
    t, u = divmod(d, 10)
    return TENS_WORDS[t] + " " + ORD[u]


def sfx(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def spoken_year(y, reg):
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        if r < 10:
            return ch(["two thousand and " + ONES[r], "two thousand " + ONES[r]])
        return ch(["twenty " + pair_words(str(r)), "two thousand and " + pair_words(str(r))])
    c, r = divmod(y, 100)
    if r < 10:
        return pair_words(str(c)) + " " + zw(reg) + " " + ONES[r]
    return pair_words(str(c)) + " " + pair_words(str(r))


def dob_text(y, m, d, reg, spoken):
    mn = MONTHS[m - 1]
    if spoken:
        f = R.randrange(5)
        if f == 4 and d % 10 == 0 and d >= 20:
            f = 0
        if f == 0:
            return "the " + ordinal_words(d) + " of " + mn + " " + spoken_year(y, reg)
        if f == 1:
            return ordinal_words(d) + " " + mn + " " + spoken_year(y, reg)
        if f == 2:
            return mn + " " + ordinal_words(d) + " " + spoken_year(y, reg)
        if f == 3:
            return ordinal_words(d) + " of the " + ordinal_words(m) + ", " + spoken_year(y, reg)
        return num_words(d) + " " + num_words(m) + " " + (pair_words(str(y % 100)) if y % 100 >= 10 else spoken_year(y, reg))
    f = R.randrange(7)
    if f == 0:
        return "%02d/%02d/%d" % (d, m, y) if reg != "us" else "%02d/%02d/%d" % (m, d, y)
    if f == 1:
        return "%d.%d.%02d" % (d, m, y % 100)
    if f == 2:
        return "%d%s %s %d" % (d, sfx(d), mn.capitalize(), y)
    if f == 3:
        return "%s %d, %d" % (mn.capitalize(), d, y)
    if f == 4:
        return "%d-%s-%d" % (d, mn[:3].capitalize(), y)
    if f == 5:
        return "%d-%02d-%02d" % (y, m, d)
    return "%d %s %d" % (d, mn[:3], y)


def gen_exp():
    return R.randrange(2025, 2032), R.randrange(1, 13), None


def exp_text(y, m, reg, spoken):
    if spoken:
        f = R.randrange(4)
        if f == 0:
            return zw(reg) + " " + ONES[m] + " " + pair_words(str(y % 100)) if m < 10 else \
                pair_words(str(m)) + " " + pair_words(str(y % 100))
        if f == 1:
            return MONTHS[m - 1] + " " + spoken_year(y, reg)
        if f == 2:
            return MONTHS[m - 1] + " " + pair_words(str(y % 100))
        return (ONES[m] if m < 10 else pair_words(str(m))) + " " + ch(["slash ", "", "of "]) + pair_words(str(y % 100))
    return ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100), "%02d-%02d" % (m, y % 100),
               "%s %d" % (MONTHS[m - 1][:3].capitalize(), y), "%02d %02d" % (m, y % 100)])


def email_val(reg):
    first = ch(["sean", "aoife", "niamh", "gary", "kerry", "jo", "liam", "siobhan", "dave", "tom", "priya",
                "ciara", "rob", "mags", "emma", "jay", "declan", "bev"])
    last = ch(["murphy", "oconnor", "smith", "walsh", "patel", "jones", "kelly", "byrne", "doyle", "hughes",
               "evans", "brennan", "mcgrath"])
    dom = ch(["gmail.com", "hotmail.co.uk", "yahoo.ie", "eircom.net", "outlook.com", "btinternet.com",
              "icloud.com", "sky.com", "live.ie", "aol.com", "virginmedia.com"])
    f = R.randrange(6)
    if f == 0:
        loc = first + "." + last
    elif f == 1:
        loc = first[0] + last + str(R.randrange(1, 99))
    elif f == 2:
        loc = first + "_" + last
    elif f == 3:
        loc = first + last[0] + str(R.randrange(60, 99))
    elif f == 4:
        loc = last + "." + first[0]
    else:
        loc = first + "-" + last
    return loc + "@" + dom


def email_spoken(e, reg):
    loc, dom = e.split("@")
    out = []

    def word(w):
        m = re.fullmatch(r"([a-z]+)(\d*)", w)
        letters, digs = m.group(1), m.group(2)
        res = []
        if letters:
            if len(letters) <= 2:
                res.append(" ".join(say_letter(c, 0.1, 0.5) for c in letters))
            elif p(0.15):
                res.append(" ".join(say_letter(c, 0.0, 0.0) for c in letters))
            else:
                res.append(letters)
        if digs:
            res.append(say(digs, reg, pairs=0.6, dbl=0.3) if len(digs) > 1 else ONES[int(digs)])
        return " ".join(res)

    for tok in re.split(r"([._-])", loc):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(ch(["dash", "hyphen"]))
        elif tok:
            out.append(word(tok))
    out.append("at")
    for j, tok in enumerate(dom.split(".")):
        if j:
            out.append("dot")
        out.append(tok)
    return " ".join(out)


# ---------------------------------------------------------------- dialogue helpers
BACK = ["mhm", "go on", "yep", "okay", "right", "yeah go ahead", "uh huh", "grand", "lovely", "and the rest?"]
FIL = ["um", "uh", "er", "erm", "hmm"]


def cu(*segs):
    return ("customer", list(segs))


def ag(*segs):
    return ("agent", list(segs))


INDUSTRY = {
    "bank": ["thanks for calling {b}, how can I help", "you're through to {b} card services"],
    "telecom": ["thanks for calling {b} mobile, this is the billing team", "{b} broadband support, how can I help"],
    "utility": ["{b} energy, you're speaking to the accounts team", "welcome to {b} water"],
    "retail": ["{b} customer care, how can I help today", "hi, you're chatting with {b} online support"],
    "insurance": ["{b} insurance claims line", "thanks for calling {b} home and motor"],
    "travel": ["{b} holidays, bookings team", "{b} airways customer relations"],
    "health": ["{b} patient billing office", "{b} dental, accounts department"],
    "gov": ["{b} council revenues and benefits", "you're through to the {b} helpline"],
}
BRANDS = {"bank": ["Northgate Bank", "Harbour Credit Union", "Lisburn Savings", "Cairn Bank"],
          "telecom": ["Vellum", "Tallymobile", "Eirwave", "Skyline"],
          "utility": ["Brightwater", "Pennine Power", "Shannon Gas"], "retail": ["Hollis & Finch", "Bramble"],
          "insurance": ["Keystone", "Copperleaf"], "travel": ["Sunhaven", "Atlantic Air"],
          "health": ["St Brendan's", "Riverside Medical"], "gov": ["Wyre Borough", "motor tax"]}


def greet():
    ind = ch(list(INDUSTRY))
    return ind, ch(INDUSTRY[ind]).format(b=ch(BRANDS[ind]))


def lower_asr(s):
    return s.lower().replace(",", "").replace("?", "").replace("'", "")


# ---------------------------------------------------------------- positive templates
def t_card_chat():
    c = gen_card()
    sep = ch([" ", "-", "", " ", "  "])
    if p(0.2) and len(c) == 16:
        txt = typed_grouped(c, ch([[4, 6, 6], [8, 8], [3, 4, 4, 5], [6, 10]]), " ")
    else:
        txt = typed_grouped(c, card_groups(c), sep)
    y, m, _ = gen_exp()
    cvv = gen_digits(4 if len(c) == 15 else 3)
    ind, g = greet()
    lab = ch(["card no:", "Card number -", "long number is", "cc#", "card: ", "its"])
    turns = [ag(g + ". Can I take the long card number please?"),
             cu(lab + " ", V(txt, "CARD_NUMBER", c), ch(["", " thx", ".", " and expiry ", " exp "]))]
    last = turns[-1][1][-1]
    if "exp" in last:
        e = exp_text(y, m, "uk", False)
        turns[-1][1].append(V(e, "EXPIRY", (y, m, None)))
        turns.append(ag("And the 3 digit security code on the back?" if len(cvv) == 3 else "And the 4 digit code on the front?"))
        turns.append(cu(ch(["", "cvv ", "it's "]), V(cvv, "CVV", cvv)))
    return turns, "typed card number (%d digits) in chat, %s" % (len(c), ind)


def t_card_asr_split():
    c = gen_card()
    reg = ch(["uk", "ie", "uk", "us"])
    gid = newgid()
    gs = groups_of(c, card_groups(c))
    ind, g = greet()
    turns = [ag(lower_asr(g) + " can i take the card number when youre ready")]
    k = R.randrange(1, len(gs))
    chunks = [gs[:k], gs[k:]]
    if len(gs) >= 4 and p(0.5):
        chunks = [gs[:1], gs[1:3], gs[3:]]
    lead = ch(["yeah its ", "ok so ", "right ", "", "um its "])
    for j, ck in enumerate(chunks):
        digs = "".join(ck)
        spoken = ", ".join(say(x, reg, pairs=0.3, hund=0.0, dbl=0.5, final=(j == len(chunks) - 1 and i == len(ck) - 1),
                               filler=0.08) for i, x in enumerate(ck))
        turns.append(cu(lead if j == 0 else ch(["", "then ", "and "]), V(spoken, "CARD_NUMBER", digs, gid)))
        if j < len(chunks) - 1:
            turns.append(ag(ch(BACK)))
    note = "ASR card read over %d customer turns with back-channels, %s" % (len(chunks), ind)
    if p(0.6):
        gid2 = newgid()
        rb = " ".join(say(x, "uk", dbl=0.2, final=False) for x in gs)
        turns.append(ag("let me read that back ", V(rb, "CARD_NUMBER", c, gid2), " is that right"))
        turns.append(cu(ch(["yes", "yep thats it", "correct"])))
        note += ", agent read-back"
    if p(0.5):
        y, m, _ = gen_exp()
        turns.append(ag("and the expiry date"))
        turns.append(cu(ch(["its ", "", "expires "]), V(exp_text(y, m, reg, True), "EXPIRY", (y, m, None))))
        cvv = gen_digits(4 if len(c) == 15 else 3)
        turns.append(ag("and the last three digits on the back" if len(cvv) == 3 else "and the four digits above the number"))
        turns.append(cu(ch(["", "uh ", "thats "]), V(say(cvv, reg), "CVV", cvv)))
    return turns, note


def t_card_correction():
    c = gen_card()
    c2 = gen_card()
    reg = ch(["uk", "ie"])
    gs = groups_of(c, card_groups(c))
    g2 = groups_of(c2, card_groups(c2))
    turns = [ag("whats the long number on the card please"),
             cu("hang on ", V(" ".join(say(x, reg, final=False) for x in g2), "CARD_NUMBER", c2),
                " no wait thats my husbands card sorry"),
             ag("no problem take your time"),
             cu("right this is mine ", V(", ".join(say(x, reg, pairs=0.2, final=(i == len(gs) - 1))
                                                    for i, x in enumerate(gs)), "CARD_NUMBER", c))]
    return turns, "caller reads the wrong card then restarts with correct one; both labelled"


def t_card_aside():
    c = gen_card()
    reg = ch(["uk", "ie", "us"])
    gid = newgid()
    gs = groups_of(c, card_groups(c))
    a = "".join(gs[:2])
    b = "".join(gs[2:])
    aside = ch([" sorry the dog is going mad here ", " hold on let me get my glasses ", " oh its worn off a bit ",
                " kids be quiet mammy is on the phone "])
    turns = [ag("go ahead with the card number"),
             cu(V(say(a, reg, pairs=0.2, dbl=0.5, final=False, filler=0.1), "CARD_NUMBER", a, gid), aside,
                V(say(b, reg, pairs=0.2, dbl=0.5, filler=0.1), "CARD_NUMBER", b, gid))]
    if p(0.5):
        turns.append(ag("and thats the card ending " + say(c[-4:], "uk", dbl=0) + " yeah"))
        turns[-1] = ag("and thats the card ending ", V(say(c[-4:], "uk", dbl=0), "CARD_NUMBER", c[-4:], gid + 100000), " yeah")
    return turns, "card reading with an aside in the middle (two spans, same turn)"


def t_ssn():
    s = gen_ssn()
    ind, g = greet()
    if p(0.5):
        txt = ch([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:]])
        lab = ch(["SSN: ", "social is ", "ss# ", "my social security number is ", "Social - "])
        turns = [ag(g + ". To verify, can you give me your Social Security number?"), cu(lab, V(txt, "SSN", s))]
        note = "typed SSN, " + ind
    else:
        gid = newgid()
        if p(0.5):
            turns = [ag("and the social"), cu("its ", V(say(s[:3], "us", hund=0.4, filler=0.1), "SSN", s[:3], gid)),
                     ag(ch(BACK)),
                     cu(V(say(s[3:5], "us", pairs=0.5, final=False), "SSN", s[3:5], gid), " ",
                        V(say(s[5:], "us", pairs=0.4), "SSN", s[5:], gid))]
        else:
            turns = [ag("can i get your social security number please"),
                     cu(ch(["yeah its ", "sure ", "uh "]),
                        V(say(s[:3], "us", hund=0.3, final=False) + " " + say(s[3:5], "us", pairs=0.5, final=False)
                          + " " + say(s[5:], "us", pairs=0.4, filler=0.1), "SSN", s))]
        note = "spoken SSN"
        if p(0.4):
            turns.append(ag("thank you thats ", V(say(s, "us", dbl=0.3), "SSN", s), " correct"))
            note += " with read-back"
    return turns, note


def t_ssn_last4_plus_dob():
    s = gen_ssn()
    y, m, d = gen_dob()
    turns = [ag("for verification i need your full social and date of birth"),
             cu(V(s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN", s) if p(0.5) else
                V(say(s, "us", pairs=0.2, dbl=0.4, filler=0.05), "SSN", s),
                ch([" and dob ", " and i was born ", ", born "]), V(dob_text(y, m, d, "us", p(0.5)), "DOB", (y, m, d)))]
    return turns, "SSN plus date of birth, US healthcare billing"


def t_ni():
    n = gen_ni()
    reg = ch(["uk", "uk", "ie"])
    if p(0.4):
        txt = ch([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(),
                  n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:8] + "-" + n[8]])
        turns = [ag(ch(["Could you confirm your National Insurance number?", "NI number please"])),
                 cu(ch(["NI no: ", "my NINO is ", "", "ni: ", "National insurance - "]), V(txt, "NI_NUMBER", n))]
        return turns, "typed NI number"
    letters = say_alnum(n[:2], reg, nato=0.3, forw=0.4)
    digits = ch([say(n[2:8], reg, dbl=0.5, pairs=0.0), say_grouped(n[2:8], [2, 2, 2], reg, sep=" ", pairs=0.4, dbl=0.3)])
    suf = say_letter(n[8], 0.3, 0.4)
    if p(0.5):
        gid = newgid()
        turns = [ag("and your national insurance number"),
                 cu(ch(["its ", "right ", "erm "]), V(letters, "NI_NUMBER", n[:2], gid)),
                 ag(ch(BACK)),
                 cu(V(digits, "NI_NUMBER", n[2:8], gid)),
                 ag(ch(["and the letter at the end", "and the last letter", "mhm"])),
                 cu(V(suf, "NI_NUMBER", n[8], gid))]
        note = "spoken NI number split across turns"
    else:
        turns = [ag("can i take your national insurance number"),
                 cu(ch(["yeah its ", "", "hang on its "]), V(letters + " " + ch(["", "um "]) + digits + " " + suf, "NI_NUMBER", n))]
        note = "spoken NI number, regional digit habits"
    if p(0.5):
        turns.append(ag("so thats ", V(say_alnum(n, "uk", nato=0.5, forw=0.0, dbl=0.2), "NI_NUMBER", n), " yeah"))
        note += ", read-back"
    return turns, note


def t_bank_uk():
    sc = gen_sort()
    ac = gen_acct_uk()
    reg = ch(["uk", "uk", "ie"])
    ind, g = greet()
    if p(0.4):
        sct = ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
        turns = [ag(g + ". Which account should the refund go to?"),
                 cu(ch(["sort code ", "s/c: ", "Sort: "]), V(sct, "SORT_CODE", sc),
                    ch([" acct no: ", ", account number ", " a/c ", " acc "]), V(ac, "BANK_ACCOUNT", ac))]
        return turns, "typed sort code and account number, " + ind
    sct = ch([say_grouped(sc, [2, 2, 2], reg, sep=ch([", ", " "]), pairs=0.6, dbl=0.4),
              say(sc, reg, dbl=0.6)])
    act = ch([say_grouped(ac, [4, 4], reg, sep=" ", dbl=0.6, pairs=0.2, filler=0.05),
              say_grouped(ac, [3, 3, 2], reg, sep=", ", dbl=0.5),
              say(ac, reg, dbl=0.6, hund=0.1)])
    gid = newgid()
    turns = [ag("whats the sort code"), cu(ch(["its ", "", "sort codes "]), V(sct, "SORT_CODE", sc)),
             ag("and the account number")]
    if p(0.4):
        turns += [cu(V(say(ac[:4], reg, dbl=0.6, final=False), "BANK_ACCOUNT", ac[:4], gid)), ag(ch(BACK)),
                  cu(V(say(ac[4:], reg, dbl=0.6), "BANK_ACCOUNT", ac[4:], gid))]
    else:
        turns.append(cu(ch(["", "its ", "right its "]), V(act, "BANK_ACCOUNT", ac)))
    note = "spoken sort code and account number"
    if p(0.5):
        turns.append(ag("thats sort code ", V(say_grouped(sc, [2, 2, 2], "uk", sep=" ", dbl=0.0), "SORT_CODE", sc),
                        " account ", V(say(ac, "uk", dbl=0.3), "BANK_ACCOUNT", ac)))
        note += " with read-back"
    return turns, note


def t_iban():
    ib = gen_iban()
    if p(0.5):
        txt = ch([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
        turns = [ag("Please send the IBAN for the refund."), cu(ch(["IBAN: ", "iban ", "Its "]), V(txt, "IBAN", ib))]
        return turns, "typed IBAN (%s)" % ib[:2]
    reg = "ie" if ib[:2] == "IE" else "uk"
    cc = say_alnum(ib[:2], reg, nato=0.2, forw=0.3)
    rest = []
    for i in range(2, len(ib), 4):
        ck = ib[i:i + 4]
        rest.append(say(ck, reg, dbl=0.4) if ck.isdigit() else say_alnum(ck, reg, nato=0.4, forw=0.3))
    turns = [ag("can you read me the iban"), cu(ch(["ok its ", "", "right "]), V(cc + " " + ", ".join(rest), "IBAN", ib))]
    return turns, "spoken IBAN with letters spelled"


PH_KINDS = ["ukmob", "ukmob", "ukmob_intl", "uklan", "london", "iemob", "ieintl", "ielan", "us"]


def t_phone():
    kind = ch(PH_KINDS)
    d, typed, sg = gen_phone(kind)
    reg = "ie" if kind.startswith("ie") else "us" if kind == "us" else "uk"
    ind, g = greet()
    if p(0.45) or sg is None:
        turns = [ag(g + ". What's the best number to reach you on?"),
                 cu(ch(["", "mob: ", "tel ", "call me on ", "Its "]), V(typed, "PHONE", re.sub(r"\D", "", typed)),
                    ch(["", " thanks", " after 5 pls", " (mobile)"]))]
        return turns, "typed phone (%s), %s" % (kind, ind)
    parts = []
    for j, gr in enumerate(sg):
        if kind in ("ukmob_intl", "ieintl") and j == 0:
            parts.append("plus " + say(gr, reg, dbl=0.5))
        elif kind == "us" and j == 0 and len(gr) == 1:
            parts.append("plus one")
        else:
            parts.append(say(gr, reg, dbl=0.6, pairs=0.25 if reg != "uk" else 0.1, final=(j == len(sg) - 1),
                             filler=0.05))
    turns = [ag("and a contact number")]
    if p(0.35):
        gid = newgid()
        k = R.randrange(1, len(sg))
        turns += [cu(ch(["its ", "", "yeah "]), V(" ".join(parts[:k]), "PHONE", "".join(sg[:k]), gid)),
                  ag(ch(BACK)), cu(V(" ".join(parts[k:]), "PHONE", "".join(sg[k:]), gid))]
        note = "spoken phone split across turns (%s)" % kind
    else:
        turns.append(cu(ch(["its ", "", "my mobiles ", "you can get me on "]), V(" ".join(parts), "PHONE", d)))
        note = "spoken phone (%s)" % kind
    if p(0.3):
        turns.append(ag("lovely ", V(say("".join(sg), reg, dbl=0.3), "PHONE", "".join(sg)), " got that"))
        note += ", read-back"
    return turns, note


def t_phone_correction():
    k1, k2 = ch(["ukmob", "iemob"]), ch(["ukmob", "uklan", "iemob"])
    d1, t1, s1 = gen_phone(k1)
    d2, t2, s2 = gen_phone(k2)
    reg = "ie" if k1 == "iemob" else "uk"
    turns = [ag("best number for you"),
             cu("its ", V(" ".join(say(x, reg, dbl=0.5, final=False) for x in s1), "PHONE", d1),
                " oh no hang on thats the old one"),
             ag("no bother"),
             cu("the new one is ", V(" ".join(say(x, reg, dbl=0.5, final=(i == len(s2) - 1)) for i, x in enumerate(s2)),
                                     "PHONE", d2))]
    return turns, "caller corrects phone number, both labelled"


def t_email():
    e = email_val("uk")
    ind, g = greet()
    if p(0.4):
        txt = e if p(0.7) else e.upper() if p(0.3) else e.capitalize()
        turns = [ag(g + ". What email should we send the confirmation to?"),
                 cu(ch(["", "email: ", "its ", "send it to "]), V(txt, "EMAIL", e), ch(["", " pls", " ta"]))]
        return turns, "typed email, " + ind
    reg = ch(["uk", "ie"])
    turns = [ag("and an email address"), cu(ch(["yeah its ", "", "its "]), V(email_spoken(e, reg), "EMAIL", e),
                                           ch(["", " all lower case", " all one word"]))]
    note = "spoken email"
    if p(0.4):
        turns.append(ag("so thats ", V(email_spoken(e, reg), "EMAIL", e), " yeah"))
        note += " with read-back"
    return turns, note


def t_dob():
    y, m, d = gen_dob()
    reg = ch(["uk", "ie", "us"])
    sp = p(0.6)
    turns = [ag(ch(["can i take your date of birth", "Please confirm your DOB.", "and your date of birth please"])),
             cu(ch(["", "its ", "born ", "uh "]), V(dob_text(y, m, d, reg, sp), "DOB", (y, m, d)))]
    return turns, "date of birth (%s)" % ("spoken" if sp else "typed")


def t_address():
    reg = ch(["uk", "uk", "ie", "us"])
    sp = p(0.5)
    at, av = gen_address(reg, sp)
    town = ch(TOWNS_US if reg == "us" else TOWNS_IE if reg == "ie" else TOWNS_UK)
    if reg == "us":
        pc = gen_digits(5, True) if p(0.7) else gen_digits(9, True)
        pct = pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
        if sp:
            pct = say(pc, "us", dbl=0.3)
    elif reg == "ie":
        pc = gen_eircode()
        pct = (pc[:3] + " " + pc[3:] if p(0.7) else pc) if not sp else say_alnum(pc, "ie", nato=0.2, forw=0.3)
    else:
        pc = gen_ukpc()
        pct = ukpc_typed(pc) if not sp else (say_alnum(pc[:-3], "uk", nato=0.1, forw=0.3) + ", " +
                                              say_alnum(pc[-3:], "uk", nato=0.2, forw=0.3))
    turns = [ag("can i confirm the address on the account" if sp else "What's the delivery address?"),
             cu(ch(["", "its ", "yeah "]), V(at, "ADDRESS", av), ", " + (town.lower() if sp else town) + ", ",
                V(pct, "POSTCODE", pc))]
    note = "address + town + %s postcode (%s)" % ({"us": "ZIP", "ie": "Eircode", "uk": "UK"}[reg], "spoken" if sp else "typed")
    if sp and reg != "us" and p(0.5):
        turns.append(ag("and the postcode again" if reg == "uk" else "and the eircode again"))
        turns.append(cu(V(say_alnum(pc, reg, nato=0.6, forw=0.2), "POSTCODE", pc)))
    return turns, note


def t_postcode_only():
    reg = ch(["uk", "uk", "ie"])
    pc = gen_ukpc() if reg == "uk" else gen_eircode()
    if p(0.5):
        gid = newgid()
        a, b = (pc[:-3], pc[-3:]) if reg == "uk" else (pc[:3], pc[3:])
        turns = [ag("whats the postcode there" if reg == "uk" else "whats your eircode"),
                 cu(ch(["its ", "", "erm "]), V(say_alnum(a, reg, nato=0.2, forw=0.4), "POSTCODE", a, gid)),
                 ag(ch(BACK)), cu(V(say_alnum(b, reg, nato=0.2, forw=0.4), "POSTCODE", b, gid))]
        return turns, "postcode spelled over two turns"
    txt = ukpc_typed(pc) if reg == "uk" else ch([pc, pc[:3] + " " + pc[3:], pc.lower()])
    return [ag("Postcode for the account?"), cu(ch(["", "pc: ", "its "]), V(txt, "POSTCODE", pc))], "typed postcode/eircode"


def t_combo_gov():
    n = gen_ni()
    y, m, d = gen_dob()
    kind = ch(["ukmob", "uklan"])
    pd, pt, ps = gen_phone(kind)
    turns = [ag("Wyre Borough council benefits, I just need a few details. NI number, date of birth and a phone number?"),
             cu(V(n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], "NI_NUMBER", n), ", dob ",
                V(dob_text(y, m, d, "uk", False), "DOB", (y, m, d)), ", ", V(pt, "PHONE", re.sub(r"\D", "", pt)))]
    return turns, "government services chat, NI+DOB+phone in one line"


def t_combo_insurance():
    reg = ch(["uk", "ie"])
    e = email_val(reg)
    y, m, d = gen_dob()
    kind = "iemob" if reg == "ie" else "ukmob"
    pd, pt, ps = gen_phone(kind)
    turns = [ag("copperleaf insurance claims line can i take your date of birth and policyholder details"),
             cu(ch(["yeah its ", ""]), V(dob_text(y, m, d, reg, True), "DOB", (y, m, d))),
             ag("and a mobile"),
             cu(V(" ".join(say(x, reg, dbl=0.6, final=(i == 2)) for i, x in enumerate(ps)), "PHONE", pd),
                " and the email is ", V(email_spoken(e, reg), "EMAIL", e))]
    return turns, "insurance call with DOB, mobile and email"


def t_email_thread():
    s = gen_ssn() if p(0.3) else None
    sc, ac = gen_sort(), gen_acct_uk()
    n = gen_ni()
    segs = ["Hi,\nPlease update my bank details for the direct debit.\nSort code: ", V(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE", sc),
            "\nAcc no. ", V(ac, "BANK_ACCOUNT", ac), "\nMy NI number is ", V(n.lower() if p(0.3) else n, "NI_NUMBER", n),
            " for reference.\nThanks"]
    return [cu(*segs), ag("Thank you, your details have been updated and will apply from your next payment.")], \
        "e-mail: sort code, account, NI number"


POS = [(t_card_chat, 24), (t_card_asr_split, 34), (t_card_correction, 6), (t_card_aside, 10), (t_ssn, 24),
       (t_ssn_last4_plus_dob, 8), (t_ni, 24), (t_bank_uk, 18), (t_iban, 12), (t_phone, 24), (t_phone_correction, 5),
       (t_email, 14), (t_dob, 10), (t_address, 16), (t_postcode_only, 8), (t_combo_gov, 6), (t_combo_insurance, 5),
       (t_email_thread, 6)]


# ---------------------------------------------------------------- negative templates
def n_amounts():
    a = R.randrange(12, 999)
    pence = R.randrange(100)
    cur = ch([("£", "pounds"), ("€", "euro"), ("$", "dollars")])
    big = R.randrange(1000, 9999)
    return [ag(ch(["your balance is ", "the outstanding amount is ", "that comes to "]) +
               "%s%d.%02d" % (cur[0], a, pence) + ", and your credit limit is %s%d,%03d." % (cur[0], big // 1000, big % 1000)),
            cu("what " + num_words(a) + " " + cur[1] + "? thats way more than last month"),
            ag("i know, it includes the late fee of %d %s" % (R.randrange(5, 40), cur[1]))], "amounts, balances, limits"


def n_order_luhn():
    c = gen_card()
    lab = ch(["order number", "tracking number", "reference", "booking ref", "claim number", "invoice no."])
    return [ag("Can I take the %s please?" % lab),
            cu(lab.capitalize() + " " + typed_grouped(c, card_groups(c), ch([" ", "-", ""]))),
            ag("Thanks, I've found that %s." % lab.split()[0])], "Luhn-valid 16-digit string labelled as %s" % lab


def n_order_spoken():
    x = gen_digits(R.choice([8, 10, 12, 16]), True)
    lab = ch(["order number", "account reference", "customer number", "ticket number", "case number", "meter serial",
              "mprn", "policy number"])
    return [ag("whats the %s" % lab),
            cu("the %s is " % lab + say_grouped(x, [4, 4, 4, 4], ch(["uk", "ie"]), pairs=0.3, dbl=0.5)),
            ag("thank you i have that %s up now" % lab.split()[0])], "spoken digits given as %s (label-anchored)" % lab


def n_last4():
    l4 = gen_digits(4)
    reg = ch(["uk", "ie", "us"])
    return [ag(ch(["is that the card ending ", "ok so the payment came from the card ending in "]) + say(l4, reg, dbl=0.5, pairs=0.4)),
            cu(ch(["yes ending ", "yeah the one ending ", "yep last four are "]) + say(l4, reg, dbl=0.3)),
            ag("great, ill refund to that card")], "card last-four only"


def n_last4_typed():
    l4 = gen_digits(4)
    return [ag("We can see a payment from your card ending " + l4 + " on 3 March."),
            cu("Yes the Visa ending in " + l4 + " is the right one, the one ending " + gen_digits(4) + " is cancelled")], \
        "typed card last-four mentions"


def n_times():
    return [cu(ch(["what time do you open", "are you open on sunday", "when do yous close"])),
            ag("we're open " + ch(["8am to 8pm Monday to Friday", "nine till half five", "from 08:00 to 20:00",
                                    "seven in the morning till ten at night"]) + " and " +
               ch(["10 till 4 on Saturdays", "closed bank holidays", "12 to 4 sundays"])),
            cu("and how long is the wait usually"), ag("about %d minutes at the moment, you're number %d in the queue" %
                                                       (R.randrange(5, 60), R.randrange(2, 30)))], "opening hours, durations, queue position"


def n_appointment():
    d = R.randrange(1, 29)
    mn = ch(MONTHS)
    return [ag("ive booked the engineer for the %s of %s between eight and one" % (ordinal_words(d), mn)),
            cu("grand and the contract runs till %s %d yeah" % (mn, R.randrange(2025, 2030))),
            ag("thats right, the next payment date is the %d%s and your plan renews on %02d/%02d/%d" % (
                d, sfx(d), d, R.randrange(1, 13), R.randrange(2025, 2028)))], "appointment, contract and payment dates"


def n_meter():
    r1 = gen_digits(5)
    return [ag("can you give me the meter reading"),
            cu("yeah its " + say(r1, "uk", dbl=0.6) + " and the night one is " + say(gen_digits(5), "uk", dbl=0.6, pairs=0.3)),
            ag("perfect, and the meter serial number is %s%s on our side" % (ch(["E", "K", "G4"]), gen_digits(8)))], \
        "meter readings and meter serial"


def n_travel():
    return [cu("im on flight %s %d tomorrow, seat %d%s" % (ch(["EI", "FR", "BA", "AA"]), R.randrange(100, 999),
                                                          R.randrange(1, 40), ch("ABCDEF"))),
            ag("thats gate %d, boarding at %02d:%02d, and your hotel room is %d" % (
                R.randrange(1, 60), R.randrange(5, 23), R.randrange(0, 60, 5), R.randrange(100, 999))),
            cu("and the booking ref is %s" % "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))], \
        "flight, seat, gate, room, booking ref"


def n_ages_temps():
    return [cu(ch(["my mam is %d and shes on her own", "im %d years old and i cant be doing with this"]) % R.randrange(60, 95)),
            ag("i understand, and it's %d degrees out so we'll prioritise the heating repair" % R.randrange(-5, 4)),
            cu("the boiler was fitted in %d and it's only at %d percent pressure" % (R.randrange(1998, 2020), R.randrange(5, 60)))], \
        "ages, temperature, years, percentages"


def n_roads():
    return [cu("the van keeps going down the %s instead of %s" % (ch(["M62", "A road", "N7", "M50", "A580", "B5254"]),
                                                                    ch(["the high street", "the ring road", "the N4"]))),
            ag("ok, the depot is off junction %d, about %d miles from you" % (R.randrange(2, 40), R.randrange(2, 40)))], \
        "road names and junctions"


def n_model_serial():
    return [ag("whats the model number on the back of the unit"),
            cu("model %s-%d, serial %s" % (ch(["XR", "HB", "KV"]), R.randrange(100, 9999),
                                        " ".join(gen_digits(4) for _ in range(4)))),
            ag("thanks, and the IMEI of the handset? just the model is fine actually")], "model and serial numbers"


def n_sortcode_lookalike():
    x = gen_digits(6)
    return [ag("Your claim reference is CLM-%s-%s-%s." % (x[:2], x[2:4], x[4:])),
            cu("so thats claim %s" % say_grouped(x, [2, 2, 2], "uk", pairs=0.6)),
            ag("correct, and the invoice number is INV%s" % gen_digits(9))], "claim ref grouped like a sort code"


def n_ni_lookalike():
    pre, sp = ch([("QQ", "q q"), ("AB", "a b"), ("CR", "c r"), ("KT", "k t")])
    dg, suf = gen_digits(6), ch("ABCD")
    return [ag("your case reference is %s%s%s" % (pre, dg, suf)),
            cu("ok so case " + sp + " " + say(dg, "uk", dbl=0.5) + " " + suf.lower()),
            ag("thats the one, quote that case reference if you ring back")], \
        "case reference shaped like an NI number, labelled as case reference"


def n_phone_lookalike():
    x = "0" + gen_digits(10)
    return [ag("the supply reference number is " + x[:5] + " " + x[5:]),
            cu("sorry is that " + say(x, "uk", dbl=0.5)),
            ag("no, that's the supply account reference, not a phone number, yes")], \
        "11-digit supply reference starting with 0"


def n_counts():
    return [cu("i ordered %s and only %s arrived" % (ch(["three", "twelve", "four"]), ch(["two", "one", "five"]))),
            ag("sorry about that, thats %d items on back order, should be %d to %d working days" % (
                R.randrange(1, 9), R.randrange(2, 5), R.randrange(5, 10)))], "counts and durations"


def n_data_usage():
    return [cu("ive used %d point %d gig and its only the %s" % (R.randrange(1, 80), R.randrange(10), ordinal_words(R.randrange(1, 28)))),
            ag("your allowance is %dGB and resets on day %d of the billing cycle, %d days from now" % (
                ch([20, 50, 100]), R.randrange(1, 28), R.randrange(1, 30)))], "data usage and billing cycle"


def n_ref_long():
    x = gen_digits(R.choice([18, 19, 20, 22]), True)
    lab = ch(["Transaction ID", "Payment reference", "Parcel tracking", "Tax credit reference"])
    return [ag("%s: %s" % (lab, x)), cu("thx, so for the %s is it %s" % (lab.lower(), x[-6:]))], \
        "long digit string labelled %s" % lab


def n_price_spoken():
    return [cu("is it " + say(gen_digits(3, True), "uk", hund=1.0) + " or " + num_words(R.randrange(10, 99)) + " euro"),
            ag("its %d euro %d a month for %d months" % (R.randrange(10, 90), R.randrange(1, 99), ch([12, 18, 24])))], \
        "spoken prices"


NEG = [(n_amounts, 8), (n_order_luhn, 10), (n_order_spoken, 12), (n_last4, 10), (n_last4_typed, 6), (n_times, 6),
       (n_appointment, 7), (n_meter, 6), (n_travel, 6), (n_ages_temps, 5), (n_roads, 4), (n_model_serial, 5),
       (n_sortcode_lookalike, 5), (n_ni_lookalike, 4), (n_phone_lookalike, 4), (n_counts, 4), (n_data_usage, 4),
       (n_ref_long, 5), (n_price_spoken, 4)]


# ---------------------------------------------------------------- generate + check
def generate():
    _gid[0] = 0
    pos, neg = [], []
    plan = [f for f, k in POS for _ in range(k)]
    R.shuffle(plan)
    for f in plan:
        turns, note = f()
        pos.append(build(turns, "positive", note))
    nplan = [f for f, k in NEG for _ in range(k)]
    R.shuffle(nplan)
    for f in nplan:
        turns, note = f()
        neg.append(build(turns, "negative", note))
    cases = []
    for i, c in enumerate(pos, 1):
        c["id"] = "h430-pos-%03d" % i
        cases.append(c)
    for i, c in enumerate(neg, 1):
        c["id"] = "h430-neg-%03d" % i
        cases.append(c)
    return cases


def dump(cases):
    lines = []
    for c in cases:
        o = {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}
        lines.append(json.dumps(o, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def validate(cases):
    errs = []
    ids = set()
    groups = {}
    for c in cases:
        if c["id"] in ids:
            errs.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + " negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + " positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + " speaker")
        prev = {}
        for sp, (val, gid) in zip(c["spans"], c["_meta"]):
            txt = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s range" % c["id"])
                continue
            if not (txt[s].isalnum() or txt[s] in "+(") or not txt[e - 1].isalnum():
                errs.append("%s edge %r" % (c["id"], txt[s:e]))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s boundary %r" % (c["id"], txt[s:e]))
            if sp["turn"] in prev and prev[sp["turn"]] > s:
                errs.append("%s overlap" % c["id"])
            prev[sp["turn"]] = e
            try:
                norm = check_span_text(sp["type"], txt[s:e], val)
            except Exception as ex:  # noqa
                errs.append("%s %s parse: %s" % (c["id"], sp["type"], ex))
                continue
            if gid is None:
                if norm != val:
                    errs.append("%s %s mismatch %r -> %r != %r" % (c["id"], sp["type"], txt[s:e], norm, val))
                elif not validate_full(sp["type"], val):
                    errs.append("%s %s invalid %r" % (c["id"], sp["type"], val))
            elif gid > 100000:  # last-four read-back of a card fully read in same case
                if not isinstance(norm, str) or not norm.isdigit() or len(norm) != 4:
                    errs.append("%s last4 %r" % (c["id"], norm))
            else:
                groups.setdefault((c["id"], gid, sp["type"]), []).append(norm)
        # agent last-four: verify equals card's end
    for (cid, gid, typ), parts in groups.items():
        full = "".join(parts)
        if not validate_full(typ, full):
            errs.append("%s split %s invalid %r" % (cid, typ, full))
    return errs


def counts(cases):
    cnt = {}
    for c in cases:
        for sp in c["spans"]:
            cnt[sp["type"]] = cnt.get(sp["type"], 0) + 1
    return cnt


def main():
    cases = generate()
    text = dump(cases)
    errs = validate(cases)
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL",
              "DOB", "POSTCODE", "ADDRESS"]:
        if cnt.get(t, 0) < need.get(t, 10):
            errs.append("too few %s: %d" % (t, cnt.get(t, 0)))
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            disk = fh.read()
        if disk != text:
            errs.append("fixture differs from regenerated output")
        # independent checks on the file as read
        seen = set()
        for line in disk.splitlines():
            o = json.loads(line)
            assert set(o) == {"id", "kind", "turns", "spans", "note"}
            if o["id"] in seen:
                errs.append("dup " + o["id"])
            seen.add(o["id"])
            for sp in o["spans"]:
                t = o["turns"][sp["turn"]]["text"]
                if not 0 <= sp["start"] < sp["end"] <= len(t):
                    errs.append("file range " + o["id"])
    else:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8") as fh:
            fh.write(text)
    print("positive=%d negative=%d" % (npos, nneg))
    for k in sorted(cnt):
        print("  %-13s %d" % (k, cnt[k]))
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print("%d errors" % len(errs))
        return 1
    print("OK" + (" (--check passed)" if "--check" in sys.argv else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

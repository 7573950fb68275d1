#!/usr/bin/env python3
"""Generate the pii_holdout488 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who never saw the
redaction engine.  Standard library only; one RNG: random.Random(488241125).

Every turn is built from plain-text segments and labelled value segments, so
span offsets are computed, never typed by hand.

Usage:
    python3 scripts/make_pii_holdout488.py          # write the fixture
    python3 scripts/make_pii_holdout488.py --check  # regenerate + verify
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout488")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
NUMERIC = {"CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"}

# --------------------------------------------------------------------------
# spoken-form vocabulary
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
UNITS = {w: i for i, w in enumerate(UNIT_W)}
ZEROS = {"zero", "oh", "o", "nought", "nil"}
TEENS = {w: 10 + i for i, w in enumerate(TEEN_W)}
TENS = {w: k * 10 for k, w in TENS_W.items()}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
       "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
       "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
FILLERS = {"um", "uh", "er", "erm", "uhm", "hmm", "ah"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D",
        "echo": "E", "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I",
        "juliet": "J", "juliett": "J", "kilo": "K", "lima": "L", "mike": "M",
        "november": "N", "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R",
        "sierra": "S", "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W",
        "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_OF = {}
for _w, _l in NATO.items():
    NATO_OF.setdefault(_l, _w)
NATO_OF["X"] = "x-ray"
FOR_WORDS = {"A": ["apple", "alpha"], "B": ["bravo", "bob", "boy"], "C": ["charlie", "cat"],
             "D": ["delta", "david", "dog"], "E": ["echo", "edward"], "G": ["golf", "george"],
             "H": ["hotel", "harry"], "J": ["juliet", "jack"], "K": ["kilo", "king"],
             "L": ["lima", "london"], "M": ["mike", "mother", "mary"], "N": ["november", "nancy"],
             "P": ["papa", "peter"], "R": ["romeo", "robert"], "S": ["sierra", "sugar"],
             "T": ["tango", "tommy"], "W": ["whiskey", "william"], "X": ["x-ray"],
             "Y": ["yankee", "yellow"], "Z": ["zulu", "zebra"], "F": ["foxtrot", "freddie"],
             "Q": ["quebec", "queen"], "O": ["oscar"], "U": ["uniform"], "V": ["victor"],
             "I": ["india"]}
# ASR homophones for digits (only honoured for numeric types)
HOMO = {"won": "1", "to": "2", "too": "2", "for": "4", "fore": "4", "ate": "8", "tree": "3"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
            "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}


def spoken_to_chars(text, mode="generic"):
    """Normalise a (typed or spoken) value into a string of chars.

    mode: 'numeric' (map o/l/i typos inside digit tokens), 'email', 'date',
    'generic'.  In 'date' mode each number phrase and month is emitted as a
    separate chunk separated by '|'.
    """
    low = text.lower()
    if mode == "email":
        toks = low.split()
    else:
        toks = re.findall(r"\+|[a-z0-9]+", low)
    out = []
    i = 0
    n = len(toks)

    def at(k):
        return toks[k] if k < n else None

    while i < n:
        t = toks[i]
        nx = at(i + 1)
        if mode == "email":
            t = t.strip(",")
            if t in ("dot", "at", "underscore", "dash", "hyphen"):
                out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-",
                            "hyphen": "-"}[t])
                i += 1
                continue
            if "@" in t or "." in t:
                out.append(t)
                i += 1
                continue
        if t in FILLERS:
            i += 1
            continue
        if t in ("double", "triple") and nx is not None:
            k = 2 if t == "double" else 3
            if mode == "numeric" and nx in HOMO:
                d = HOMO[nx]
            elif nx in UNITS or nx in ZEROS:
                d = "0" if nx in ZEROS else str(UNITS[nx])
            else:
                d = nx.upper() if len(nx) == 1 else nx
            out.append(d * k)
            i += 2
            continue
        if t in UNITS and t != "zero" and nx in ("hundred", "thousand"):
            base = UNITS[t] * (100 if nx == "hundred" else 1000)
            width = 3 if nx == "hundred" else 4
            i += 2
            if at(i) == "and":
                i += 1
            c = at(i)
            if c in TEENS:
                base += TEENS[c]
                i += 1
            elif c in TENS:
                base += TENS[c]
                i += 1
                if at(i) in UNITS and at(i) != "zero":
                    base += UNITS[at(i)]
                    i += 1
            elif c in UNITS and c != "zero":
                base += UNITS[c]
                i += 1
            out.append(str(base).zfill(width))
            if mode == "date":
                out.append("|")
            continue
        if t in TEENS:
            out.append(str(TEENS[t]))
            if mode == "date":
                out.append("|")
            i += 1
            continue
        if t in TENS:
            v = TENS[t]
            i += 1
            if at(i) in UNITS and at(i) != "zero":
                v += UNITS[at(i)]
                i += 1
            elif at(i) in ORD and ORD[at(i)] < 10:
                v += ORD[at(i)]
                i += 1
            out.append(str(v))
            if mode == "date":
                out.append("|")
            continue
        if mode == "date" and t in ORD:
            out.append(str(ORD[t]) + "|")
            i += 1
            continue
        if mode == "date" and (t in MONTHS or t in MON_ABBR):
            m = MONTHS.index(t) + 1 if t in MONTHS else MON_ABBR[t]
            out.append("|M%d|" % m)
            i += 1
            continue
        if mode == "date":
            m = re.fullmatch(r"(\d+)(st|nd|rd|th)", t)
            if m:
                out.append(m.group(1) + "|")
                i += 1
                continue
        if mode != "numeric" and t == "o" and (nx == "for" or (nx == "as" and at(i + 2) == "in")):
            out.append("O" if mode != "email" else "o")
            i += 4 if nx == "as" else 3
            continue
        if (t in ZEROS and not (mode == "email" and t in ("o", "oh"))) or t in UNITS:
            out.append("0" if t in ZEROS else str(UNITS[t]))
            i += 1
            continue
        if mode == "numeric" and t in HOMO:
            out.append(HOMO[t])
            i += 1
            continue
        if t == "plus" or t == "+":
            out.append("+")
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            if mode == "date":
                out.append("|")
            i += 1
            continue
        if t in NATO:
            out.append(NATO[t])
            i += 1
            continue
        if len(t) == 1 and t.isalpha():
            out.append(t.upper() if mode != "email" else t)
            i += 1
            if mode == "numeric":
                continue
            if at(i) == "for" and at(i + 1) is not None:
                i += 2
                if at(i - 1) == "x" and at(i) == "ray":
                    i += 1
            elif at(i) == "as" and at(i + 1) == "in" and at(i + 2) is not None:
                i += 3
                if at(i - 1) == "x" and at(i) == "ray":
                    i += 1
            continue
        if re.search(r"\d", t) and re.search(r"[a-z]", t):
            if mode == "numeric":
                t = t.replace("o", "0").replace("l", "1").replace("i", "1")
            out.append(t.upper() if mode != "email" else t)
            i += 1
            continue
        if mode == "email" and t.isalpha():
            out.append(t)
        elif mode not in ("email",) and t.isalpha() and t.upper() == t.upper() and \
                t not in ("and", "ray", "then", "slash", "dash", "space", "hundred", "the", "letter",
                          "last", "is", "its"):
            # an unknown alphabetic token typed as part of a value, e.g. "NWBK"
            out.append(t.upper())
        i += 1
    s = "".join(out)
    if mode == "numeric":
        s = re.sub(r"[^0-9+]", "", s)
    return s


# --------------------------------------------------------------------------
# validators
def luhn_ok(d):
    tot = 0
    for k, ch in enumerate(reversed(d)):
        v = int(ch)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_SFX = ("road", "street", "lane", "avenue", "drive", "close", "way", "crescent",
              "place", "court", "terrace", "gardens", "grove", "rd", "st", "ave", "dr",
              "blvd", "boulevard", "row", "hill", "square", "parade", "walk", "mews")


def ssn_ok(d):
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


def validate_canon(typ, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "SSN":
        return ssn_ok(canon)
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(canon)) and canon[:2] not in NI_BAD
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 12
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        d = canon.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 14
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-+]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", canon))
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(canon) or re.fullmatch(r"\d{5}(\d{4})?", canon))
    if typ in ("DOB", "EXPIRY"):
        y, m, d = canon
        return 1 <= m <= 12 and 1 <= d <= 31 and 1930 <= y <= 2040
    if typ == "ADDRESS":
        return True
    return False


def check_value(typ, text, canon, mode):
    """Check a group's concatenated span text against its canonical value."""
    if typ in NUMERIC:
        got = spoken_to_chars(text, "numeric").lstrip("+") if typ == "PHONE" else \
            spoken_to_chars(text, "numeric")
        want = canon.lstrip("+") if (typ == "PHONE" and canon) else canon
        if typ != "PHONE" and "+" in got:
            return False, got
    elif typ == "EMAIL":
        got = spoken_to_chars(text, "email").lower()
        want = canon
    elif typ in ("DOB", "EXPIRY"):
        chunks = spoken_to_chars(text, "date")
        y, m, d = canon
        flat = re.sub(r"\|M\d+\|", "|", chunks).replace("|", "")
        okm = ("M%d|" % m) in chunks or ("%02d" % m) in flat or str(m) in flat
        oky = ("%02d" % (y % 100)) in flat
        okd = True if typ == "EXPIRY" else (str(d) in flat)
        return (okm and oky and okd), chunks
    elif typ == "ADDRESS":
        low = text.lower()
        ok = bool(re.match(r"(flat|apartment|apt|unit|number|no|\d|%s)" %
                           "|".join(UNIT_W + TEEN_W + list(TENS_W.values())), low)) and \
            low.rstrip(".").split()[-1] in STREET_SFX
        return ok, low
    else:  # NI_NUMBER, IBAN, POSTCODE
        got = re.sub(r"[^A-Z0-9]", "", spoken_to_chars(text, "generic").upper())
        want = canon
    if mode == "full":
        return got == want, got
    if mode == "prefix":
        return bool(got) and want.startswith(got), got
    if mode == "suffix":
        return bool(got) and want.endswith(got), got
    if mode == "partial":
        if typ in NUMERIC:
            return bool(got) and got.isdigit(), got
        return bool(got) and got.isalnum(), got
    return False, got


# --------------------------------------------------------------------------
R = random.Random(488241125)


def ch(seq):
    return R.choice(seq)


class Case:
    def __init__(self):
        self.turns = []
        self.groups = {}
        self.gn = 0

    def g(self, typ, canon, mode="full"):
        self.gn += 1
        self.groups[self.gn] = (typ, canon, mode)
        return self.gn

    def t(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s != ""]))


def V(text, gid):
    return ("V", text, gid)


def build(case):
    turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(case.turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                _, val, gid = s
                st = len(text)
                text += val
                spans.append({"turn": ti, "start": st, "end": len(text),
                              "type": case.groups[gid][0]})
                meta.append(gid)
            else:
                text += s
        turns.append({"speaker": spk, "text": text})
    return turns, spans, meta


# --------------------------------------------------------------------------
# renderers
def zero_word():
    return ch(["oh", "oh", "zero", "nought", "o", "zero"])


def say_digit_run(g, zw, allow_multi=True):
    words = []
    i = 0
    while i < len(g):
        d = g[i]
        j = i
        while j < len(g) and g[j] == d:
            j += 1
        run = j - i
        w = zw if d == "0" else UNIT_W[int(d)]
        if allow_multi and run >= 3 and R.random() < 0.6:
            words.append("triple " + w)
            i += 3
        elif allow_multi and run >= 2 and R.random() < 0.6:
            words.append("double " + w)
            i += 2
        else:
            words.append(w)
            i += 1
    return " ".join(words)


def say_pair(p, zw):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return say_digit_run(p, zw)
    if a == 1:
        return TEEN_W[b]
    if b == 0:
        return TENS_W[a]
    return TENS_W[a] + ch([" ", "-", " "]) + UNIT_W[b]


def say_group(g, zw, mode):
    if mode == "hund" and len(g) == 3 and g[0] != "0" and g[1:] != "00":
        r = int(g[1:])
        if r >= 20 and r % 10 == 0:
            return say_digit_run(g, zw)
        head = UNIT_W[int(g[0])] + " hundred" + ch([" and ", " and ", " "])
        if r < 10:
            return head + UNIT_W[r]
        if r < 20:
            return head + TEEN_W[r - 10]
        return head + TENS_W[r // 10] + " " + UNIT_W[r % 10]
    if mode == "pairs" and len(g) % 2 == 0:
        parts = [g[k:k + 2] for k in range(0, len(g), 2)]
        ws = []
        for k, p in enumerate(parts):
            if k == len(parts) - 1 and p[1] == "0" and p[0] not in "01":
                ws.append(say_digit_run(p, zw, False))
            else:
                ws.append(say_pair(p, zw))
        return " ".join(ws)
    return say_digit_run(g, zw)


def chunk(s, sizes):
    out, k = [], 0
    for z in sizes:
        out.append(s[k:k + z])
        k += z
    if k < len(s):
        out.append(s[k:])
    return [x for x in out if x]


def say_number(s, sizes=None, zw=None, modes=("digits",), fill=0.0, sep=None):
    zw = zw or zero_word()
    sizes = sizes or [4] * 5
    groups = chunk(s, sizes)
    parts = []
    for k, g in enumerate(groups):
        parts.append(say_group(g, zw, ch(modes)))
        if k < len(groups) - 1:
            if R.random() < fill:
                parts.append(ch([", um, ", " uh ", " er, ", " erm ", "... uh... "]))
            else:
                parts.append(sep if sep is not None else ch([", ", " ", ", ", "... "]))
    return "".join(parts)


def say_letter(l, style=None):
    style = style or ch(["plain", "plain", "nato", "for"])
    if l == "O" and style == "plain":
        style = "nato"
    if style == "plain":
        return l.lower()
    if style == "nato":
        return NATO_OF[l]
    return l.lower() + ch([" for ", " for ", " as in "]) + ch(FOR_WORDS[l])


def type_number(s, sizes, sep):
    return sep.join(chunk(s, sizes))


def typo_o(s):
    """Swap one 0 for letter O or one 1 for l in a typed number (chat typo)."""
    idx = [k for k, c in enumerate(s) if c in "01" and 0 < k < len(s) - 1]
    if not idx:
        return s
    k = ch(idx)
    return s[:k] + ("O" if s[k] == "0" else "l") + s[k + 1:]


# --------------------------------------------------------------------------
# value generators
def gen_card():
    kind = ch(["visa16", "visa16", "mc", "mc", "amex", "disc", "visa13", "maestro19", "visa16"])
    if kind == "visa16":
        body = "4" + "".join(ch("0123456789") for _ in range(14))
        sizes = [4, 4, 4, 4]
    elif kind == "mc":
        body = ch(["51", "52", "53", "54", "55", "2221", "2720"])
        body += "".join(ch("0123456789") for _ in range(15 - len(body)))
        sizes = [4, 4, 4, 4]
    elif kind == "amex":
        body = ch(["34", "37"]) + "".join(ch("0123456789") for _ in range(12))
        sizes = [4, 6, 5]
    elif kind == "disc":
        body = "6011" + "".join(ch("0123456789") for _ in range(11))
        sizes = [4, 4, 4, 4]
    elif kind == "visa13":
        body = "4" + "".join(ch("0123456789") for _ in range(11))
        sizes = [4, 4, 5]
    else:
        body = ch(["6759", "6763", "5018"]) + "".join(ch("0123456789") for _ in range(14))
        sizes = [4, 4, 4, 4, 3]
    # make repeated digits / zeros common so double/triple/oh forms appear
    if R.random() < 0.5:
        k = R.randrange(2, len(body) - 2)
        body = body[:k] + ch(["00", "11", "77", "000", "44"]) + body[k:]
        body = body[:len(body) - (len(body) - len(body[:len(body)]))]
        body = body[:{"visa16": 15, "mc": 15, "amex": 14, "disc": 15, "visa13": 12,
                      "maestro19": 18}[kind]]
    return luhn_complete(body), sizes


def gen_ssn():
    while True:
        a = "%03d" % R.randint(1, 899)
        b = "%02d" % R.randint(1, 99)
        c = "%04d" % R.randint(1, 9999)
        if R.random() < 0.3:
            c = c[:1] + "00" + c[3]
        s = a + b + c
        if ssn_ok(s):
            return s


NI_P1 = "ABCEGHJKLMNPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = ch(NI_P1) + ch(NI_P2)
        if p not in NI_BAD:
            break
    digs = "".join(ch("0123456789") for _ in range(6))
    if R.random() < 0.3:
        digs = digs[:2] + "00" + digs[4:]
    return p + digs + ch("ABCD")


def gen_sort():
    return ch(["20", "40", "30", "60", "77", "09", "11", "83", "90"]) + \
        "".join(ch("0123456789") for _ in range(4))


def gen_acct(us=False):
    n = R.choice([10, 11, 12]) if us else 8
    return "".join(ch("0123456789") for _ in range(n))


def make_iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_iban():
    cc = ch(["GB", "GB", "IE", "DE", "FR", "NL", "ES", "IE"])
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "HBUK", "MIDL", "LOYD"]) + gen_sort() + gen_acct()
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS"]) + "9" + "".join(ch("0123456789") for _ in range(13))
    elif cc == "DE":
        bban = "".join(ch("0123456789") for _ in range(18))
    elif cc == "FR":
        bban = "".join(ch("0123456789") for _ in range(23))
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO", "TRIO"]) + "".join(ch("0123456789") for _ in range(10))
    else:
        bban = "".join(ch("0123456789") for _ in range(20))
    return make_iban(cc, bban)


def gen_phone():
    kind = ch(["ukmob", "ukland", "us", "ie", "eu", "ukmob_intl", "us_intl"])
    r = lambda n: "".join(ch("0123456789") for _ in range(n))
    if kind == "ukmob":
        return "07" + ch("4579") + r(8), [5, 6], ""
    if kind == "ukmob_intl":
        return "447" + ch("4579") + r(8), [2, 4, 6], "+"
    if kind == "ukland":
        return ch(["020", "0161", "0113", "0131", "0117"]) + r(7 if True else 0)[:7] + ("" ), None, ""
    if kind == "us":
        return ch(["212", "415", "617", "312", "503", "704"]) + r(7), [3, 3, 4], ""
    if kind == "us_intl":
        return "1" + ch(["646", "202", "305", "713"]) + r(7), [1, 3, 3, 4], "+"
    if kind == "ie":
        return "3538" + ch("3567") + r(7), [3, 2, 3, 4], "+"
    return ch(["336", "4915", "3465"]) + r(8), [2, 3, 3, 3], "+"


FIRST = ["jane", "mark", "priya", "sean", "aoife", "tom", "grace", "ahmed", "lucy", "dmitri",
         "kate", "raj", "siobhan", "carlos", "emma", "kwame", "ruth", "ben", "maria", "liam"]
LAST = ["doe", "patel", "murphy", "smith", "okafor", "walsh", "nguyen", "brennan", "khan",
        "jones", "garcia", "kelly", "taylor", "schmidt", "byrne", "evans", "ward", "reid"]
DOMS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com",
        "eircom.net", "icloud.com", "aol.com", "sky.com", "web.de", "protonmail.com"]
STREETS = ["Mill Lane", "Hawthorn Road", "Church Street", "Oak Avenue", "Station Road",
           "Victoria Terrace", "Elm Grove", "Kings Drive", "Maple Street", "Harbour View Road",
           "Sycamore Close", "Queen's Crescent", "Market Place", "Beech Court",
           "Pine Ridge Drive", "Lakeview Boulevard", "Main Street", "Cedar Way", "Abbey Mews"]
TOWNS = ["Leeds", "Bristol", "Cork", "Manchester", "Glasgow", "Swansea", "Galway", "Norwich",
         "Boston", "Austin", "Denver", "Dublin", "Belfast", "Portland"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    style = ch(["f.l", "fl", "f_l", "fl##", "f.l##", "i.l", "l.f"])
    num = str(R.randint(1, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl##": f + l + num,
             "f.l##": f + "." + l + num, "i.l": f[0] + "." + l, "l.f": l + "." + f}[style]
    return local + "@" + ch(DOMS)


def say_email(e):
    local, dom = e.split("@")
    out = []
    for part in re.split(r"([._])", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part:
            m = re.fullmatch(r"([a-z]+)(\d+)", part)
            if m:
                out.append(m.group(1))
                out.append(say_group(m.group(2), "zero", "pairs") if len(m.group(2)) == 2
                           else UNIT_W[int(m.group(2))])
            else:
                out.append(part)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def gen_date(dob=True):
    if dob:
        y = R.randint(1938, 2005)
    else:
        y = R.randint(2025, 2031)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return (y, m, d)


def ordinal(d):
    if d in (1, 2, 3):
        return ["first", "second", "third"][d - 1]
    if d < 20:
        return {4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth",
                10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
                14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
                18: "eighteenth", 19: "nineteenth"}[d]
    if d % 10 == 0:
        return {20: "twentieth", 30: "thirtieth"}[d]
    return TENS_W[d // 10] + " " + ordinal(d % 10)


def say_year(y):
    if y >= 2000:
        r = y - 2000
        if R.random() < 0.5 or r < 10:
            return "two thousand" + (" and " + say_pair("%02d" % r, "oh") if r else "") \
                if r >= 10 else "two thousand and " + UNIT_W[r] if r else "two thousand"
        return "twenty " + say_pair("%02d" % r, "oh")
    return say_pair(str(y)[:2], "oh") + " " + (say_pair(str(y)[2:], "oh")
                                               if y % 10 or y % 100 < 20 else TENS_W[(y % 100) // 10])


def render_dob(dt, spoken, us=False):
    y, m, d = dt
    if spoken:
        f = ch(["ord_of", "month_first", "digits", "the_slash", "short_year"])
        if f == "ord_of":
            return "the " * R.randint(0, 1) + ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
        if f == "month_first":
            return MONTHS[m - 1] + " " + ordinal(d) + ", " + say_year(y)
        if f == "digits":
            s = ("%02d%02d%02d" % (m, d, y % 100)) if us else ("%02d%02d%02d" % (d, m, y % 100))
            return say_number(s, [2, 2, 2], modes=("digits",))
        if f == "the_slash":
            return ordinal(d) + " " + ch(["uh ", "", "um, "]) + MONTHS[m - 1] + " " + say_year(y)
        return (UNIT_W[d] if d < 10 else say_pair("%02d" % d, "oh")) + " " + \
            (UNIT_W[m] if m < 10 else say_pair("%02d" % m, "oh")) + " " + say_pair(str(y)[2:], "oh")
    f = ch(["dmy", "dmy", "text", "iso", "short", "usmdy"])
    if us or f == "usmdy":
        return ch(["%02d/%02d/%d", "%d/%d/%d", "%02d-%02d-%d"]) % (m, d, y)
    if f == "dmy":
        return ch(["%02d/%02d/%d", "%d/%d/%d", "%02d.%02d.%d", "%02d-%02d-%d"]) % (d, m, y)
    if f == "text":
        return ch(["%d %s %d", "%dth %s %d"]) % (d, MONTHS[m - 1].capitalize(), y) \
            if True else ""
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    return "%02d/%02d/%02d" % (d, m, y % 100)


def render_expiry(dt, spoken):
    y, m, _ = dt
    yy = y % 100
    if spoken:
        f = ch(["digits", "month_word", "pairs", "twenty"])
        if f == "digits":
            return say_number("%02d%02d" % (m, yy), [2, 2], modes=("digits", "pairs"))
        if f == "month_word":
            return MONTHS[m - 1] + " " + say_pair("%02d" % yy, "oh")
        if f == "pairs":
            return (say_digit_run("%02d" % m, zero_word()) if m < 10 else say_pair("%02d" % m, "oh")) + \
                ch([" ", " slash ", ", "]) + say_pair("%02d" % yy, "oh")
        return MONTHS[m - 1] + " twenty " + say_pair("%02d" % yy, "oh")
    return ch(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%02d / %02d"]) % (m, yy) if R.random() < 0.7 \
        else ch(["%02d/20%02d", "%s %02d"]) % ((m, yy) if R.random() < 0.5 else (m, yy)) \
        if False else "%02d/20%02d" % (m, yy)


def gen_postcode(us=False):
    if us:
        z = "".join(ch("0123456789") for _ in range(5))
        if z[0] == "0" and R.random() < 0.5:
            pass
        if R.random() < 0.2:
            return z + "".join(ch("0123456789") for _ in range(4))
        return z
    L = "ABDEFGHJLNPQRSTUWXYZ"
    area = ch(["SW", "LS", "M", "B", "BS", "G", "EH", "CF", "NR", "BT", "E", "N", "W", "EC", "YO", "CB"])
    dist = str(R.randint(1, 19)) if len(area) == 2 else str(R.randint(1, 9))
    if area in ("SW", "EC", "W") and R.random() < 0.3:
        dist = str(R.randint(1, 9)) + ch("AHPW")
    return area + dist + str(R.randint(0, 9)) + ch(L) + ch(L)


def render_postcode(pc, spoken):
    if pc.isdigit():
        if spoken:
            if len(pc) == 9:
                return say_number(pc[:5], [5]) + ch([" dash ", ", "]) + say_number(pc[5:], [4])
            return say_number(pc, [5], modes=("digits",))
        return pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
    out, inw = pc[:-3], pc[-3:]
    if not spoken:
        s = out + ch([" ", " ", "", "  "]) + inw
        return ch([s, s, s.lower()])
    parts = []
    st = ch(["plain", "nato", "for", "mixed"])
    for k, c in enumerate(pc):
        if c.isdigit():
            parts.append(zero_word() if c == "0" else UNIT_W[int(c)])
        else:
            parts.append(say_letter(c, None if st == "mixed" else st))
        if k == len(out) - 1:
            parts.append(",")
    return " ".join(parts).replace(" ,", ",")


def gen_address(us=False):
    num = R.randint(1, 240)
    st = ch(STREETS)
    if R.random() < 0.3:
        return "Flat %d, %d %s" % (R.randint(1, 40), num, st) if not us else \
            "Apt %d%s, %d %s" % (R.randint(1, 20), ch(["", "B", "C"]), R.randint(100, 9999), st)
    if R.random() < 0.15:
        return "%d%s %s" % (num, ch(["a", "b", "A"]), st)
    return "%d %s" % (num if not us else R.randint(100, 9999), st)


def say_address(a):
    def num_words(m):
        n = int(m.group(0))
        if n < 10:
            return UNIT_W[n]
        if n < 100:
            return say_pair("%02d" % n, "oh")
        if n < 1000:
            return say_group(str(n), "oh", ch(["hund", "digits"]))
        return say_group(str(n), "oh", "pairs")
    s = re.sub(r"\d+", num_words, a.lower().replace(",", ""))
    s = s.replace("apt", "apartment")
    return s


# --------------------------------------------------------------------------
# helpers for typical dialogue bits
INDUSTRY = {
    "bank": ("Northgate Bank", "banking"), "tel": ("Vireo Mobile", "telecom"),
    "util": ("Brightwatt Energy", "utilities"), "retail": ("Haldane's", "retail"),
    "ins": ("Lockfield Insurance", "insurance"), "travel": ("SkyBridge Travel", "travel"),
    "health": ("Meridian Health Billing", "healthcare billing"),
    "gov": ("Revenue Services", "government services")}
BACK = ["mhm", "go on", "yep", "okay", "uh-huh", "right", "yes go on", "got that", "mm-hm"]
ASIDES = ["sorry, hang on, the dog's going mad", "hold on, let me get my glasses",
          "sorry, my son's shouting", "one sec, the bus is going past",
          "wait, the line's breaking up", "sorry - kids - carry on",
          "hang on I've dropped it", "bear with me"]
CORR = ["sorry, no, ", "no wait, ", "sorry I'll start again, ", "scratch that, ",
        "no no, let me start again, ", "oops, ", "sorry that's wrong, it's "]


def asr(s):
    return s.lower().replace(",", "").replace("'", "") if False else s


def agent_open(ind):
    name, _ = INDUSTRY[ind]
    return ch(["thanks for calling %s, you're through to %s" % (name, ch(["Dan", "Mia", "Olu", "Niamh", "Greg"])),
               "%s, how can I help" % name.lower(), "hi, you're through to %s, can I take a few details" % name,
               "thank you for holding, %s payments team" % name])


# --------------------------------------------------------------------------
# POSITIVE templates: each returns (case, note)
def card_sizes_odd(n):
    opts = [[3, 4, 4, 5], [2, 4, 4, 4, 2], [6, 4, 6], [5, 5, 6], [8, 8], [4, 4, 8]]
    o = ch(opts)
    return o if sum(o) >= n else o + [n - sum(o)]


def p_card_typed():
    c = Case()
    card, sizes = gen_card()
    ind = ch(["bank", "retail", "travel", "tel", "util"])
    sz = sizes if R.random() < 0.6 else card_sizes_odd(len(card))
    sep = ch([" ", "-", "", " ", ".", "  ", " - "])
    txt = type_number(card, sz, sep)
    note = "typed card, sep=%r" % sep
    if R.random() < 0.25 and sep == "":
        txt = typo_o(txt)
        note += " with O/l typo"
    g = c.g("CARD_NUMBER", card)
    lead = ch(["card no: ", "Card number - ", "my card is ", "cc# ", "CARD NUMBER: ",
               "heres the long number on the front ", "it's ", "Card:", "card nr "])
    c.t("agent", ch(["Can you type the long card number into the chat please?",
                     "Please enter the card number in the secure chat field.",
                     "What's the card you'd like to pay with?"]))
    tail = ch(["", " thanks", ".", " - is that ok?", " (debit)", "!!"])
    c.t("customer", lead, V(txt, g), tail)
    if R.random() < 0.4:
        g2 = c.g("CARD_NUMBER", card, "suffix")
        c.t("agent", "Thanks, I've got the card ending ", V(card[-4:], g2), ".")
        note += "; last four after full card (labelled)"
    return c, note + " (%s)" % INDUSTRY[ind][1]


def p_card_spoken():
    c = Case()
    card, sizes = gen_card()
    ind = ch(list(INDUSTRY))
    modes = ch([("digits",), ("digits", "pairs"), ("pairs",), ("digits", "hund"), ("hund", "pairs", "digits")])
    if "hund" in modes:
        sizes = ch([[4, 3, 3, 3, 3], [3] * 7, [4, 4, 4, 4]])
    spoken = say_number(card, sizes, modes=modes, fill=ch([0, 0.2, 0.5]))
    g = c.g("CARD_NUMBER", card)
    c.t("agent", agent_open(ind) + ". " + ch(["what's the long number on the card", "can i take the card number",
                                            "go ahead with the card number when you're ready"]))
    c.t("customer", ch(["yeah it's ", "okay um ", "right so ", "", "it is "]), V(spoken, g),
        ch(["", " and that's it", " yeah"]))
    note = "ASR card, modes=%s" % "+".join(modes)
    if R.random() < 0.5:
        g2 = c.g("CARD_NUMBER", card)
        rb = say_number(card, sizes, modes=("digits",))
        c.t("agent", ch(["so that's ", "let me read that back, ", "i have "]), V(rb, g2),
            ch(["", " is that right", " correct"]))
        c.t("customer", ch(["yes", "that's it", "yep spot on"]))
        note += "; agent read-back"
    return c, note + " (%s)" % INDUSTRY[ind][1]


def p_card_split():
    c = Case()
    card, sizes = gen_card()
    g = c.g("CARD_NUMBER", card)
    groups = chunk(card, sizes)
    zw = zero_word()
    modes = ch([("digits",), ("pairs",), ("digits", "pairs")])
    c.t("agent", "okay and the card number please")
    for k, gr in enumerate(groups):
        s = say_group(gr, zw, ch(modes))
        if k == 0:
            c.t("customer", ch(["it's ", "right, ", "um ", ""]), V(s, g))
        else:
            c.t("customer", ch(["", "then ", "", "and "]) if k else "", V(s, g),
                ch(["", "", " that's the last bit" if k == len(groups) - 1 else ""]))
        if k < len(groups) - 1:
            c.t("agent", ch(BACK))
    note = "ASR card split over %d customer turns with back-channels" % len(groups)
    if R.random() < 0.4:
        g2 = c.g("CARD_NUMBER", card, "suffix")
        c.t("agent", "lovely so that's the card ending in ", V(say_number(card[-4:], [4]), g2))
        note += "; agent repeats last four after full card"
    return c, note


def p_card_correction():
    c = Case()
    card, sizes = gen_card()
    g = c.g("CARD_NUMBER", card)
    zw = zero_word()
    groups = chunk(card, sizes)
    k = R.randint(1, len(groups) - 1)
    wrong = list(groups[k])
    p = R.randrange(len(wrong))
    wrong[p] = str((int(wrong[p]) + R.randint(1, 8)) % 10)
    frag = "".join(groups[:k]) + "".join(wrong)
    gw = c.g("CARD_NUMBER", None, "partial")
    c.t("agent", "and the sixteen digit number on the front")
    kind = ch(["restart", "group"])
    if kind == "restart":
        c.t("customer", V(say_number(frag, sizes, zw=zw), gw), "... ", ch(CORR),
            V(say_number(card, sizes, zw=zw, fill=0.2), g))
        note = "card reading abandoned and restarted (wrong fragment labelled)"
    else:
        left = "".join(groups[:k])
        right = "".join(groups[k + 1:])
        del c.groups[g]
        g_fix = c.g("CARD_NUMBER", card, "suffix")
        segs = [V(say_number(left, sizes, zw=zw) + " " + say_group("".join(wrong), zw, "digits"), gw),
                ", ", ch(["no sorry ", "oh no, ", "hang on that's not right, "]),
                V(say_group(groups[k], zw, "digits") + (" " + say_number(right, sizes[k + 1:], zw=zw) if right else ""), g_fix)]
        c.t("customer", *segs)
        note = "card with mid-reading group correction (reading up to the error is one partial span; the resumed rest is labelled)"
    return c, note


def p_card_aside():
    c = Case()
    card, sizes = gen_card()
    g = c.g("CARD_NUMBER", card)
    zw = zero_word()
    groups = chunk(card, sizes)
    k = R.randint(1, len(groups) - 1)
    a = "".join(groups[:k])
    b = "".join(groups[k:])
    c.t("agent", "can i take the card number")
    c.t("customer", "yeah ", V(say_number(a, sizes, zw=zw), g), " - ", ch(ASIDES), " - ",
        V(say_number(b, sizes[k:], zw=zw), g))
    c.t("agent", "no problem, thank you")
    return c, "card reading interrupted by an aside inside one turn (two spans)"


def p_card_misheard():
    c = Case()
    card, sizes = gen_card()
    g = c.g("CARD_NUMBER", card)
    zw = zero_word()
    c.t("customer", "the card is ", V(say_number(card, sizes, zw=zw, modes=("digits", "pairs")), g))
    wrong = list(card)
    p = R.randrange(4, len(card) - 1)
    wrong[p] = str((int(wrong[p]) + 5) % 10)
    gw = c.g("CARD_NUMBER", None, "partial")
    c.t("agent", "sorry i've got ", V(say_number("".join(wrong), sizes, zw=zw), gw), " is that right")
    grp_start = (p // 4) * 4 if sizes[0] == 4 and sizes[1] == 4 else max(0, p - 2)
    fix = card[grp_start:grp_start + 4]
    g3 = c.g("CARD_NUMBER", None, "partial")
    c.t("customer", "no, ", ch(["the", "that"]), " bit is ", V(say_number(fix, [4], zw=zw), g3),
        ch(["", " not what you said", ", like " + ch(["five", "nine"]) + " for the ..."])
        if False else ch(["", ", not what you said"]))
    g4 = c.g("CARD_NUMBER", card)
    c.t("agent", "ah okay so ", V(type_number(card, sizes, " "), g4))
    c.t("customer", "yes")
    return c, "agent misreads card; customer corrects one group; agent re-reads full card"


def p_card_email():
    c = Case()
    card, sizes = gen_card()
    dt = gen_date(False)
    cvv = "".join(ch("0123456789") for _ in range(4 if len(card) == 15 else 3))
    g = c.g("CARD_NUMBER", card)
    ge = c.g("EXPIRY", dt)
    gc = c.g("CVV", cvv)
    sep = ch([" ", "-", ""])
    c.t("customer", ch(["Hi,\n\nPlease take the outstanding balance from my card.\n",
                        "RE: booking ref TRV-88213 - payment\n", "hello team, pls charge "]),
        ch(["Card: ", "card num ", "Long no. ", "Visa "]), V(type_number(card, sizes, sep), g),
        ch(["\nExp: ", " exp ", ", expiry ", " Valid thru "]), V(render_expiry(dt, False), ge),
        ch(["\nCVV: ", " cvc ", ", security code ", ", sec code: ", " 3 digits on back: "]), V(cvv, gc),
        ch(["\n\nThanks,\nR", "", " cheers", "\nKind regards"]))
    c.t("agent", "Thank you, the payment has been taken.")
    return c, "e-mail with card, expiry and CVV"


def p_card_exp_cvv_call():
    c = Case()
    card, sizes = gen_card()
    dt = gen_date(False)
    cvv = "".join(ch("0123456789") for _ in range(4 if len(card) == 15 else 3))
    g = c.g("CARD_NUMBER", card)
    zw = zero_word()
    c.t("customer", V(say_number(card, sizes, zw=zw, fill=0.3, modes=("digits", "pairs")), g))
    c.t("agent", "and the expiry date")
    ge = c.g("EXPIRY", dt)
    c.t("customer", ch(["it's ", "expires ", "um "]), V(render_expiry(dt, True), ge))
    c.t("agent", "and the " + ch(["three digits on the back", "security code", "cvv"]))
    gc = c.g("CVV", cvv)
    c.t("customer", V(say_number(cvv, [4], zw=zw, modes=("digits", "hund")), gc))
    return c, "ASR card then expiry and CVV in separate turns"


def p_card_runon():
    c = Case()
    card, sizes = gen_card()
    g = c.g("CARD_NUMBER", card)
    txt = card
    note = "typed card without separators"
    if R.random() < 0.5:
        txt = typo_o(card)
        note += " with O-for-0 / l-for-1 typo"
    c.t("customer", ch(["ok here: ", "Card ", "no. ", "", "acct card "]), V(txt, g),
        ch([" exp soon btw", "", " - pls dont store it", " ty"]))
    c.t("agent", "Thanks, processing that now.")
    return c, note


def p_card_double_read():
    c = Case()
    card, sizes = gen_card()
    g = c.g("CARD_NUMBER", card)
    g2 = c.g("CARD_NUMBER", card)
    zw = zero_word()
    c.t("customer", V(say_number(card, sizes, zw=zw), g))
    c.t("agent", "sorry you cut out there can you say that again")
    c.t("customer", ch(["yeah ", "sure, ", "", "okay slowly, "]),
        V(say_number(card, [2] * 10, zw=ch(["zero", "oh"]), modes=("pairs",), sep=", "), g2))
    return c, "card repeated in pairs after a dropout"


def p_ssn():
    c = Case()
    ssn = gen_ssn()
    g = c.g("SSN", ssn)
    ind = ch(["health", "ins", "bank", "gov", "util", "tel"])
    style = ch(["typed", "typed", "spoken", "spoken", "split", "correct", "readback", "email", "pairs", "aside"])
    zw = zero_word()
    if style == "typed":
        sep = ch(["-", " ", "", "-", ".", " - "])
        txt = type_number(ssn, [3, 2, 4], sep)
        c.t("agent", "To verify your identity please provide your Social Security number.")
        c.t("customer", ch(["SSN: ", "ssn ", "social is ", "Social Security # ", "SS# ", "my soc sec no is "]),
            V(txt, g), ch(["", ".", " (mine not my wife's)"]))
    elif style == "spoken":
        c.t("agent", "can i get your social security number")
        c.t("customer", ch(["yeah it's ", "um ", "sure ", ""]),
            V(say_number(ssn, [3, 2, 4], zw=zw, modes=("digits", "pairs", "hund"), fill=0.3), g))
    elif style == "pairs":
        c.t("agent", "and your social")
        c.t("customer", V(say_number(ssn, ch([[3, 2, 2, 2], [1, 2, 2, 2, 2]]), zw=zw, modes=("pairs", "digits")), g))
    elif style == "split":
        c.t("agent", "i'll need the social security number on the account")
        parts = chunk(ssn, [3, 2, 4])
        for k, p in enumerate(parts):
            c.t("customer", V(say_group(p, zw, ch(["digits", "pairs"])), g))
            if k < 2:
                c.t("agent", ch(BACK))
    elif style == "correct":
        wrong = ssn[:5] + "".join(ch("0123456789") for _ in range(2))
        gw = c.g("SSN", None, "partial")
        c.t("customer", "my social is ", V(say_number(wrong, [3, 2, 4], zw=zw), gw), " ", ch(CORR),
            V(say_number(ssn, [3, 2, 4], zw=zw), g))
    elif style == "readback":
        c.t("customer", V(type_number(ssn, [3, 2, 4], ch(["-", " "])), g))
        g2 = c.g("SSN", ssn)
        c.t("agent", "thank you, so that's ", V(say_number(ssn, [3, 2, 4], zw=zw), g2), ", correct?")
        c.t("customer", "correct")
    elif style == "email":
        c.t("customer", "Subject: W-9 details\nName: %s %s\nSSN:  " % (ch(FIRST).title(), ch(LAST).title()),
            V(type_number(ssn, [3, 2, 4], ch(["-", "", " "])), g), "\nThanks")
    else:
        a, b = ssn[:5], ssn[5:]
        c.t("customer", "it's ", V(say_number(a, [3, 2], zw=zw), g), ", ", ch(ASIDES), ", ",
            V(say_number(b, [4], zw=zw, modes=("digits", "pairs")), g))
    return c, "SSN (%s, %s)" % (style, INDUSTRY[ind][1])


def p_ni():
    c = Case()
    ni = gen_ni()
    g = c.g("NI_NUMBER", ni)
    ind = ch(["gov", "bank", "ins", "util", "health"])
    style = ch(["typed", "typed", "spoken", "nato", "split", "readback", "correct", "aside", "pairs"])
    zw = zero_word()

    def say_ni(s, lst=None, mode="digits"):
        lst = lst or ch(["plain", "nato", "for", "plain"])
        p = say_letter(s[0], lst) + " " + say_letter(s[1], lst)
        d = say_number(s[2:8], ch([[2, 2, 2], [3, 3], [6], [2, 4]]), zw=zw, modes=(mode, "digits"))
        return p + ch([" ", ", ", " "]) + d + ch([" ", ", ", " and the letter "]) + say_letter(s[8], lst) \
            if "and the letter" not in "" else ""

    if style == "typed":
        form = ch(["plain", "sp", "lower", "dash", "mixed"])
        txt = {"plain": ni, "sp": ni[:2] + " " + " ".join(chunk(ni[2:8], [2, 2, 2])) + " " + ni[8],
               "lower": ni.lower(), "dash": ni[:2] + "-" + "-".join(chunk(ni[2:8], [2, 2, 2])) + "-" + ni[8],
               "mixed": ni[:2].lower() + ni[2:8] + ni[8]}[form]
        c.t("agent", "Could you confirm your National Insurance number?")
        c.t("customer", ch(["NI no: ", "ni number ", "NINO ", "national insurance is ", "", "my NI: "]), V(txt, g),
            ch(["", ".", " thanks"]))
    elif style in ("spoken", "nato", "pairs"):
        c.t("agent", "and your national insurance number please")
        s = say_ni(ni, "nato" if style == "nato" else None, "pairs" if style == "pairs" else "digits")
        c.t("customer", ch(["it's ", "yeah ", "um ", ""]), V(s, g))
    elif style == "split":
        c.t("agent", "can you give me your national insurance number")
        c.t("customer", V(say_letter(ni[0]) + " " + say_letter(ni[1]), g))
        c.t("agent", ch(BACK))
        c.t("customer", V(say_number(ni[2:8], [2, 2, 2], zw=zw, modes=("pairs", "digits")), g))
        c.t("agent", ch(BACK + ["and the last letter"]))
        c.t("customer", V(say_letter(ni[8], ch(["plain", "for", "nato"])), g))
    elif style == "readback":
        c.t("customer", ch(["NI ", "national insurance "]), V(ni[:2] + " " + ni[2:8] + " " + ni[8], g))
        g2 = c.g("NI_NUMBER", ni)
        c.t("agent", "lovely so that's ", V(say_ni(ni, "nato"), g2))
        c.t("customer", "yes")
    elif style == "correct":
        bad = ni[:2] + ni[2:5] + "".join(ch("0123456789") for _ in range(3))
        gw = c.g("NI_NUMBER", None, "partial")
        c.t("customer", V(say_letter(bad[0], "plain") + " " + say_letter(bad[1], "plain") + " " +
                          say_number(bad[2:8], [2, 2, 2], zw=zw), gw),
            " ", ch(["no hang on that's my wife's, mine is ", "sorry, wrong one, it's ", "no wait "]),
            V(say_ni(ni), g))
    else:
        c.t("customer", "it's ", V(say_letter(ni[0], "for") + " " + say_letter(ni[1], "for") + " " +
                                   say_number(ni[2:5], [3], zw=zw), g),
            ", ", ch(ASIDES), ", ", V(say_number(ni[5:8], [3], zw=zw) + " " + say_letter(ni[8]), g))
    return c, "NI number (%s, %s)" % (style, INDUSTRY[ind][1])


def p_bank():
    c = Case()
    sc, ac = gen_sort(), gen_acct()
    gs, ga = c.g("SORT_CODE", sc), c.g("BANK_ACCOUNT", ac)
    zw = zero_word()
    if R.random() < 0.5:
        c.t("customer", ch(["sort code ", "Sort: ", "s/c "]), V(ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) %
                                                              tuple(chunk(sc, [2, 2, 2])), gs),
            ch([" acct no: ", ", account ", " a/c "]), V(ch([ac, ac[:4] + " " + ac[4:]]), ga))
        note = "typed sort code and account"
    else:
        c.t("agent", "what's the sort code")
        c.t("customer", V(say_number(sc, [2, 2, 2], zw=zw, modes=("pairs", "digits")), gs))
        c.t("agent", "and the account number")
        c.t("customer", ch(["", "it's "]), V(say_number(ac, [4, 4], zw=zw, fill=0.3, modes=("digits", "pairs")), ga))
        note = "spoken sort code and account"
    return c, note


def p_us_bank():
    c = Case()
    ac = gen_acct(True)
    ga = c.g("BANK_ACCOUNT", ac)
    c.t("agent", "which checking account should the refund go to?")
    c.t("customer", ch(["account # ", "acct no: ", "checking acct "]), V(ac, ga))
    return c, "US bank account typed"


def p_iban():
    c = Case()
    ib = gen_iban()
    g = c.g("IBAN", ib)
    if R.random() < 0.55:
        txt = " ".join(chunk(ib, [4] * 9)) if R.random() < 0.6 else ib
        if R.random() < 0.3:
            txt = txt.lower()
        c.t("customer", ch(["IBAN: ", "my iban is ", "Please refund to ", "IBAN "]), V(txt, g))
        note = "typed IBAN"
    else:
        zw = zero_word()
        parts = []
        for k, cc in enumerate(ib):
            if cc.isdigit():
                parts.append(zw if cc == "0" else UNIT_W[int(cc)])
            else:
                parts.append(say_letter(cc, ch(["plain", "nato"])))
            if k % 4 == 3 and k < len(ib) - 1:
                parts.append(",")
        c.t("agent", "and the iban please")
        c.t("customer", V(" ".join(parts).replace(" ,", ","), g))
        note = "spoken IBAN"
    return c, note + " (%s)" % ib[:2]


def p_phone():
    c = Case()
    num, sizes, plus = gen_phone()
    canon = plus + num
    g = c.g("PHONE", canon)
    sizes = sizes or [4, 3, 4]
    if R.random() < 0.5:
        txt = type_number(num, sizes, ch([" ", "-", "", " ", "."]))
        c.t("customer", ch(["call me on ", "mob: ", "tel ", "my number is ", "contact no. "]), plus, V(txt, g))
        note = "typed phone"
    else:
        zw = zero_word()
        body = say_number(num, sizes, zw=zw, modes=("digits", "pairs"), fill=0.2)
        if plus:
            body = ch(["plus ", "plus "]) + body
        c.t("agent", "best number to reach you on?")
        c.t("customer", ch(["it's ", "yeah ", ""]), V(body, g))
        note = "spoken phone"
    return c, note + (" international" if plus else " national")


def p_email():
    c = Case()
    e = gen_email()
    g = c.g("EMAIL", e)
    if R.random() < 0.5:
        txt = ch([e, e, e.title(), e.upper() if R.random() < 0.2 else e])
        c.t("customer", ch(["email: ", "my e-mail is ", "send it to ", "contact - "]), V(txt, g),
            ch(["", " pls", "."]))
        note = "typed email"
    else:
        c.t("agent", "and an email address for the confirmation")
        c.t("customer", ch(["yeah it's ", ""]), V(say_email(e), g))
        gr = c.g("EMAIL", e)
        if R.random() < 0.5:
            c.t("agent", "so ", V(say_email(e), gr), "?")
            note = "spoken email with read-back"
        else:
            c.t("agent", "lovely")
            note = "spoken email"
            del c.groups[gr]
    return c, note


def p_dob():
    c = Case()
    dt = gen_date(True)
    us = R.random() < 0.3
    spoken = R.random() < 0.55
    g = c.g("DOB", dt)
    c.t("agent", ch(["can you confirm your date of birth", "and your DOB?", "date of birth please"]))
    c.t("customer", ch(["", "it's ", "yeah ", "um "]), V(render_dob(dt, spoken, us), g))
    return c, "DOB %s%s" % ("spoken" if spoken else "typed", " US order" if us else "")


def p_address():
    c = Case()
    us = R.random() < 0.3
    a = gen_address(us)
    pc = gen_postcode(us)
    ga, gp = c.g("ADDRESS", a), c.g("POSTCODE", pc)
    spoken = R.random() < 0.5
    town = ch(TOWNS)
    c.t("agent", "and the address on the account")
    if spoken:
        c.t("customer", ch(["it's ", "", "um "]), V(say_address(a), ga), ", " + town.lower() + ", ",
            V(render_postcode(pc, True), gp))
    else:
        c.t("customer", V(a, ga), ", " + town + ch([", ", " ", "\n"]), V(render_postcode(pc, False), gp))
    return c, "address + %s (%s)" % ("ZIP" if us else "UK postcode", "spoken" if spoken else "typed")


def p_postcode_only():
    c = Case()
    pc = gen_postcode(R.random() < 0.35)
    gp = c.g("POSTCODE", pc)
    c.t("agent", "can i just take the postcode")
    c.t("customer", ch(["yep ", "", "its "]), V(render_postcode(pc, R.random() < 0.6), gp))
    c.t("agent", ch(BACK))
    return c, "postcode/ZIP alone"


def p_combo():
    c = Case()
    ni = gen_ni()
    dt = gen_date(True)
    e = gen_email()
    ph, sizes, plus = gen_phone()
    gn, gd, ge, gph = c.g("NI_NUMBER", ni), c.g("DOB", dt), c.g("EMAIL", e), c.g("PHONE", plus + ph)
    c.t("customer", "Name: %s %s\nDOB: " % (ch(FIRST).title(), ch(LAST).title()), V(render_dob(dt, False), gd),
        "\nNI: ", V(ni[:2] + " " + " ".join(chunk(ni[2:8], [2, 2, 2])) + " " + ni[8], gn),
        "\nEmail: ", V(e, ge), "\nPhone: ", plus, V(type_number(ph, sizes or [4, 3, 4], " "), gph))
    return c, "web form with NI, DOB, email, phone"


def homophonise(spoken):
    rep = {"one": "won", "two": ch(["to", "too"]), "four": ch(["for", "fore"]), "eight": "ate",
           "three": "tree"}
    ws = spoken.split(" ")
    out = []
    for w in ws:
        core = w.rstrip(",.")
        if core in rep and R.random() < 0.5:
            w = rep[core] + w[len(core):]
        out.append(w)
    return " ".join(out)


def p_card_homophones():
    c = Case()
    card, sizes = gen_card()
    g = c.g("CARD_NUMBER", card)
    sp = homophonise(say_number(card, sizes, modes=("digits",), fill=0.2))
    c.t("agent", "[automated] please say or key in your card number")
    c.t("customer", V(sp, g))
    c.t("agent", "[automated] thank you")
    return c, "IVR/ASR card with digit homophones (won/to/for/ate/tree)"


def p_ssn_homophones():
    c = Case()
    ssn = gen_ssn()
    g = c.g("SSN", ssn)
    sp = homophonise(say_number(ssn, [3, 2, 4], modes=("digits",)).replace(", ", ch([" dash ", ", ", " "])))
    c.t("agent", "please say your social security number")
    c.t("customer", V(sp, g))
    return c, "ASR SSN with homophones and spoken dashes"


def p_card_labelled_groups():
    c = Case()
    card, sizes = gen_card()
    g = c.g("CARD_NUMBER", card)
    groups = chunk(card, sizes)
    zw = zero_word()
    labs = ["first four are ", "next ", "then ", "and the last ones "]
    segs = []
    for k, gr in enumerate(groups):
        lab = labs[min(k, 2)] if k < len(groups) - 1 else labs[3]
        if k == 0 and ch([True, False]):
            lab = "first lot "
        segs += [lab if k == 0 else ", " + lab, V(say_group(gr, zw, ch(["digits", "pairs"])), g)]
    c.t("agent", "read me the card number in fours if that's easier")
    c.t("customer", *segs)
    return c, "card read group by group with 'first four / next' labels between spans"


POS_PLAN = [(p_card_homophones, 6), (p_ssn_homophones, 5), (p_card_labelled_groups, 5), (p_card_typed, 16), (p_card_spoken, 16), (p_card_split, 10), (p_card_correction, 8),
            (p_card_aside, 6), (p_card_misheard, 5), (p_card_email, 7), (p_card_exp_cvv_call, 7),
            (p_card_runon, 5), (p_card_double_read, 4),
            (p_ssn, 36), (p_ni, 36), (p_bank, 12), (p_us_bank, 4), (p_iban, 12), (p_phone, 14),
            (p_email, 12), (p_dob, 12), (p_address, 14), (p_postcode_only, 4), (p_combo, 6)]


# --------------------------------------------------------------------------
# NEGATIVE templates: return (turns, note) with no labelled values
def rnd_digits(n):
    return "".join(ch("0123456789") for _ in range(n))


def n_order_like_card():
    s = luhn_complete(rnd_digits(15)) if R.random() < 0.5 else rnd_digits(16)
    lab = ch(["order number", "tracking number", "reference number", "booking reference",
              "consignment number", "claim number", "invoice number"])
    return [("agent", "can you give me the %s" % lab),
            ("customer", "yeah the %s is %s" % (lab, say_number(s, [4, 4, 4, 4], modes=("digits", "pairs"))))], \
        "16-digit %s read like a card" % lab


def n_last_four():
    d = rnd_digits(4)
    form = ch(["card ending %s" % d, "the card ending in %s" % say_number(d, [4]),
               "last four digits are %s" % " ".join(d), "the visa that ends %s" % say_number(d, [2, 2], modes=("pairs",)),
               "Card ending ****%s" % d, "xxxx-xxxx-xxxx-%s" % d])
    return [("agent", "which card would you like to use"), ("customer", "the %s please" % form),
            ("agent", "great, card ending %s selected" % d)], "card last-four only"


def n_amounts():
    a = R.randint(10, 4999)
    return [("customer", "why is my bill %s this month" % ch(["£%d.%02d" % (a, R.randint(0, 99)),
                                                              "%s pounds" % say_group(str(a)[:3], "oh", "hund") if a >= 100 else "%d quid" % a,
                                                              "$%s" % format(a * 10, ","), "€%d" % a])),
            ("agent", "i can see a balance of %s and a late fee of %s" % (
                "£%d.%02d" % (R.randint(100, 9999), R.randint(0, 99)), "twelve fifty"))], "amounts and balances"


def n_times():
    return [("agent", "we're open %s" % ch(["eight till eight monday to friday", "9am-5:30pm", "from half seven",
                                            "24/7", "08:00 to 20:00"])),
            ("customer", "ok i was on hold %s and it's %s now" % (ch(["forty five minutes", "1hr 20", "two hours"]),
                                                                 ch(["ten past four", "16:10", "quarter to six"])))], "opening hours, durations, times"


def n_meter():
    r = rnd_digits(ch([5, 6, 8]))
    return [("agent", "can i take a meter reading"),
            ("customer", "the meter reading is %s" % say_number(r, [3, 3, 3], modes=("digits",))),
            ("agent", "and the meter serial is %s%s" % (rnd_digits(2), ch(["L", "P", "K"]) + rnd_digits(5)))], "meter reading and serial"


def n_flight():
    return [("customer", "i'm on flight %s seat %s gate %s" % (ch(["BA0117", "EI 154", "FR 8412", "UA 918"]),
                                                               "%d%s" % (R.randint(1, 40), ch("ABCDEF")),
                                                               ch(["B32", "14", "A7"]))),
            ("agent", "and your booking reference is %s?" % "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))),
            ("customer", "yes and room %d at the hotel" % R.randint(100, 999))], "flight/seat/gate/room/booking ref"


def n_policy():
    p = ch(["POL-%s-%s" % (rnd_digits(4), rnd_digits(6)), "policy %s" % rnd_digits(12),
            "PN %s %s %s" % (rnd_digits(4), rnd_digits(4), rnd_digits(4))])
    return [("customer", "my policy number is %s" % p.split(" ", 1)[-1] if p.startswith("policy") else "policy no: %s" % p),
            ("agent", "thanks, your claim reference is %s" % ("CLM" + rnd_digits(9)))], "policy and claim numbers"


def n_ticket_ssn_shape():
    s = "%s-%s-%s" % (rnd_digits(3), rnd_digits(2), rnd_digits(4))
    lab = ch(["ticket number", "case number", "work order", "claim #", "invoice"])
    return [("agent", "your %s is %s" % (lab, s)), ("customer", "%s, got it" % s)], "9-digit %s in SSN shape" % lab


def n_ni_shape_ref():
    r = "".join(ch("ABCEHJKLMNPRSTWXYZ") for _ in range(2)) + rnd_digits(6) + ch("ABCD")
    lab = ch(["parcel reference", "permit reference", "voucher code", "promo code", "membership number"])
    return [("customer", "the %s on the letter is %s" % (lab, r)),
            ("agent", "thank you, that %s is valid until the end of the month" % lab)], "%s shaped like NI" % lab


def n_misc_numbers():
    return [("customer", "i'm %d and i've been with you %d years, since %d" % (R.randint(20, 90), R.randint(2, 30),
                                                                              R.randint(1985, 2020))),
            ("agent", "lovely, your rate is %s%% and the thermostat shows %d degrees" % (
                ch(["4.9", "12.5", "0.75"]), R.randint(15, 24))),
            ("customer", "we have %s people in the house" % ch(["three", "5", "four"]))], "ages, years, percentages, temps, counts"


def n_dates():
    return [("agent", "your next payment is due on the %s" % ch(["28th", "first of march", "14/06/2025",
                                                                 "twenty second of october"])),
            ("customer", "and the contract ends %s?" % ch(["31/08/2026", "august twenty twenty six", "next june"])),
            ("agent", "yes, and your engineer appointment is %s" % ch(["tuesday the 12th between 8 and 1",
                                                                       "03/04 am slot", "on the nineteenth"]))], \
        "payment/contract/appointment dates"


def n_roads():
    return [("customer", "i live just off the %s near junction %d" % (ch(["A40", "M25", "N7", "I-95", "Route 66", "B4632"]),
                                                                       R.randint(1, 30))),
            ("agent", "and is that the depot on the %s?" % ch(["A1", "M62", "US-101"]))], "road names"


def n_serial():
    s = ch(["SN%s" % rnd_digits(15), "IMEI-style serial %s" % rnd_digits(15), "model %s-%s" % (ch(["KX", "TV"]), rnd_digits(4))])
    return [("customer", "the router says %s on the back" % s),
            ("agent", "and the model number is %s" % ch(["HH6A", "F@ST 5866", "TP-4021"]))], "serial/model numbers"


def n_extension():
    return [("agent", "you can ring me back on extension %s or quote reference %s" % (rnd_digits(4),
                                                                                    say_number(rnd_digits(8), [4, 4]))),
            ("customer", "ok extension %s" % "four four one two")], "extension and reference"


def n_customer_ref_spoken():
    s = rnd_digits(R.choice([10, 12, 14]))
    return [("agent", "can i have your customer reference from the top of the bill"),
            ("customer", "customer reference %s" % say_number(s, [4, 4, 4, 4], fill=0.4, modes=("digits", "pairs"))),
            ("agent", "thank you, and the invoice number is INV-%s" % rnd_digits(7))], "long customer/invoice references spoken"


def n_code_like_sort():
    d = rnd_digits(6)
    lab = ch(["confirmation code", "appointment slot", "parcel locker code", "meter point suffix"])
    return [("agent", "your %s is %s" % (lab, "-".join(chunk(d, [2, 2, 2])))),
            ("customer", "so %s, yeah?" % say_number(d, [2, 2, 2], modes=("pairs",)))], "%s shaped like a sort code" % lab


def n_spelled_booking():
    r = "".join(ch("ABCEHJKLMNPRSTWXYZ") for _ in range(2)) + rnd_digits(4)
    spoken = " ".join(say_letter(x, ch(["nato", "for", "plain"])) if x.isalpha() else UNIT_W[int(x)] for x in r)
    lab = ch(["booking reference", "ticket reference", "confirmation number", "case reference"])
    return [("agent", "what's the %s" % lab), ("customer", "the %s is %s" % (lab, spoken)),
            ("agent", "thanks, %s, found it" % r)], "%s spelled out with NATO like an ID" % lab


def n_tracking():
    t = ch(["1Z%s%s" % ("".join(ch("ABCDEFXY") for _ in range(6)), rnd_digits(10)),
            "JD%s" % rnd_digits(18), rnd_digits(12), "RM %s GB" % rnd_digits(9)])
    return [("customer", "my parcel hasn't arrived, tracking number %s" % t),
            ("agent", "i can see tracking %s was delivered at %s" % (t, ch(["2:14pm", "ten to eleven"])))], "tracking numbers"


NEG_PLAN = [n_code_like_sort, n_spelled_booking, n_tracking, n_order_like_card, n_last_four, n_amounts, n_times, n_meter, n_flight, n_policy,
            n_ticket_ssn_shape, n_ni_shape_ref, n_misc_numbers, n_dates, n_roads, n_serial,
            n_extension, n_customer_ref_spoken]


# --------------------------------------------------------------------------
def generate():
    records, metas = [], []
    k = 0
    plan = []
    for fn, n in POS_PLAN:
        plan += [fn] * n
    for fn in plan:
        k += 1
        case, note = fn()
        turns, spans, meta = build(case)
        records.append({"id": "h488-pos-%03d" % k, "kind": "positive", "turns": turns,
                        "spans": spans, "note": note})
        metas.append((case.groups, meta))
    for j in range(1, 121):
        fn = NEG_PLAN[(j - 1) % len(NEG_PLAN)]
        turns, note = fn()
        records.append({"id": "h488-neg-%03d" % j, "kind": "negative",
                        "turns": [{"speaker": s, "text": t} for s, t in turns],
                        "spans": [], "note": note})
        metas.append(({}, []))
    return records, metas


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def counts(records):
    c = {t: 0 for t in TYPES}
    for r in records:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def readme(records):
    c = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout488 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not look at its cases while changing
> the redaction engine, and do not add its phrasings to rules, lexicons or
> training data. It exists only to measure the engine from the outside.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, docs or other PII fixtures. The cases
are produced by `scripts/make_pii_holdout488.py` (Python standard library,
one generator `random.Random(488241125)`). Every turn is assembled from plain
text segments and labelled value segments, so span offsets are computed.

`python3 scripts/make_pii_holdout488.py --check` regenerates the file and
verifies: byte-identical output, unique ids, offsets in range, on word
boundaries and non-overlapping, spans starting/ending on a letter or digit,
and each labelled value validated after normalising spoken forms (Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, ...).

The set is adversarial on card numbers, SSNs and NI numbers: typed with odd
grouping and separators, O-for-0 / l-for-1 typos, ASR digits with
"oh"/"o"/"nought"/"zero", "double"/"triple", pairs ("forty nine twenty one"),
hundreds ("four hundred and twelve"), NATO spelling ("q for queen"), fillers
inside readings, values split over several turns with back-channels, asides
in the middle of a reading, corrections and restarts, agent read-backs and
agent mis-hearings.

## Format

`cases.jsonl`, one case per line: `id`, `kind` (`positive`/`negative`),
`turns` (`speaker` is `customer` or `agent`, `text`), `spans` (`turn`,
`start`, `end` as Python character offsets, end exclusive, and `type`), `note`.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last;
  lead-in words ("it's", "my number is") are outside. A typed leading `+` on a
  phone number is therefore outside the span; a spoken "plus" is inside.
- A value split across turns (or interrupted by an aside inside one turn) is
  one span per piece, each with the value's type.
- Agent read-backs are labelled. So are abandoned/wrong readings of a value
  (a restarted card reading, a mis-heard read-back, a corrected group): they
  are still (near-)PII and must be redacted.
- Filler words spoken inside a reading ("um", "uh", "er") are inside the span.
- Phone spans include the country code. ADDRESS covers house/flat number and
  street, not the town; the postcode/ZIP is a separate POSTCODE span.
- DOB and EXPIRY cover the whole date expression.
- A card's last four said on their own ("card ending 4821") are not PII,
  unless the full card was read in the same case; then they are labelled
  CARD_NUMBER.
- Negative cases contain no PII at all: amounts, balances, times, opening
  hours, durations, counts, ages, temperatures, percentages, years, payment /
  contract / appointment dates, order / ticket / invoice / claim / reference /
  tracking / serial / model / policy numbers with their label, meter readings,
  flight / room / gate / seat numbers, road names and card last-four mentions,
  many of them deliberately shaped or spoken like card numbers, SSNs or NI
  numbers.

## Counts

%d positive cases, %d negative cases, %d cases in all.

| type | spans |
|---|---|
%s
| **total** | %d |
""" % (npos, nneg, len(records), rows, sum(c.values()))


def verify(records, metas):
    errs = []
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, (groups, meta) in zip(records, metas):
        if r["kind"] == "negative" and r["spans"]:
            errs.append(r["id"] + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(r["id"] + ": positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append(r["id"] + ": bad turn")
        per_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(r["id"] + ": bad type")
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append(r["id"] + ": bad turn idx")
                continue
            txt = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append(r["id"] + ": offsets out of range")
                continue
            v = txt[st:en]
            if not (v[0].isalnum() and v[-1].isalnum()):
                errs.append("%s: span not alnum-bounded %r" % (r["id"], v))
            if st > 0 and txt[st - 1].isalnum():
                errs.append("%s: span start not on word boundary %r" % (r["id"], v))
            if en < len(txt) and txt[en].isalnum():
                errs.append("%s: span end not on word boundary %r" % (r["id"], v))
            per_turn.setdefault(s["turn"], []).append((st, en))
        for lst in per_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(r["id"] + ": overlapping spans")
        # group-level value validation
        texts = {}
        for s, gid in zip(r["spans"], meta):
            texts.setdefault(gid, []).append(r["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for gid, parts in texts.items():
            typ, canon, mode = groups[gid]
            if mode != "partial" and not validate_canon(typ, canon):
                errs.append("%s: canonical %s invalid %r" % (r["id"], typ, canon))
            ok, got = check_value(typ, " ".join(parts), canon, mode)
            if not ok:
                errs.append("%s: %s value mismatch: %r -> %r (want %r, %s)" %
                            (r["id"], typ, " | ".join(parts), got, canon, mode))
    c = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    if npos < 200 or len(records) - npos < 100:
        errs.append("too few cases")
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if c[t] < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, c[t]))
    return errs


def main():
    records, metas = generate()
    data = serialise(records)
    rd = readme(records)
    errs = verify(records, metas)
    if "--check" in sys.argv:
        for p, want in ((CASES, data), (README, rd)):
            if not os.path.exists(p):
                errs.append("missing " + p)
            else:
                with open(p, encoding="utf-8") as f:
                    if f.read() != want:
                        errs.append("not byte-identical: " + p)
        for e in errs:
            print("ERROR", e)
        print("check %s: %d cases, counts %s" % ("FAILED" if errs else "passed", len(records),
                                                   json.dumps(counts(records))))
        return 1 if errs else 0
    for e in errs:
        print("ERROR", e)
    if errs:
        return 1
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(rd)
    print("wrote %d cases; counts %s" % (len(records), json.dumps(counts(records))))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the pii_holdout496 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout496.py          # write the fixture
    python scripts/make_pii_holdout496.py --check  # regenerate and validate

Standard library only. Every offset is computed from segments; none is typed by hand.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout496")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(496241125)

# ---------------------------------------------------------------- values


class V:
    """A labelled value segment."""

    def __init__(self, text, typ, group, flag=None):
        self.text, self.typ, self.group, self.flag = text, typ, group, flag


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


def luhn_complete(prefix, length):
    ds = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(ds + c):
            return ds + c


CARD_PREFIXES = [("4", 16), ("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16),
                 ("2221", 16), ("2720", 16), ("34", 15), ("37", 15), ("6011", 16),
                 ("4", 13), ("6759", 19), ("35", 16), ("4", 19)]


def new_card():
    p, n = R.choice(CARD_PREFIXES)
    return luhn_complete(p, n)


def card_groups(ds):
    if len(ds) == 15:
        return [ds[:4], ds[4:10], ds[10:]]
    out = [ds[i:i + 4] for i in range(0, len(ds), 4)]
    return out


def new_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "EM", "EN", "EL", "EX", "EE"}


def new_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def rdig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def new_iban():
    kind = R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if kind == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(14)
    elif kind == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + rdig(14)
    elif kind == "DE":
        bban = rdig(18)
    elif kind == "FR":
        bban = rdig(23)
    elif kind == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    else:
        bban = rdig(20)
    return kind + iban_check(kind, bban) + bban


def group_str(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- speech

UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
FILL = ["um", "uh", "er", "erm"]


def zero_word(style):
    return style.get("zero", "oh")


def unit_word(c, style):
    if c == "0":
        return zero_word(style)
    w = UNITW[int(c)]
    if style.get("asr") and R.random() < 0.25:
        w = {"four": "for", "two": "to", "eight": "ate"}.get(w, w)
    return w


def say_single(ds, style):
    words, i = [], 0
    while i < len(ds):
        c = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == c and run < 3:
            run += 1
        if style.get("double") and run >= 2:
            if run == 3 and R.random() < 0.6:
                words.append("triple " + unit_word(c, {"zero": zero_word(style)}))
                i += 3
                continue
            words.append("double " + unit_word(c, {"zero": zero_word(style)}))
            i += 2
            continue
        words.append(unit_word(c, style))
        i += 1
    return " ".join(words)


def say_pair(p, style):
    a, b = p[0], p[1]
    if a == "0":
        return zero_word(style) + " " + unit_word(b, style)
    if a == "1":
        return TEENW[int(b)]
    if b == "0":
        return TENW[int(a)]
    return TENW[int(a)] + " " + UNITW[int(b)]


def say_pairs(ds, style):
    parts = []
    i = 0
    while i < len(ds):
        if len(ds) - i == 1:
            parts.append(unit_word(ds[i], style))
            i += 1
        else:
            parts.append(say_pair(ds[i:i + 2], style))
            i += 2
    out = parts[0] if parts else ""
    for j in range(1, len(parts)):
        sep = ", " if parts[j - 1].split()[-1] in TENW.values() and parts[j].split()[0] in UNITW else " "
        out += sep + parts[j]
    return out


def say_hundred(t, style):
    a, rest = t[0], t[1:]
    if a == "0":
        return say_single(t, style)
    if rest == "00":
        return UNITW[int(a)] + " hundred"
    if rest[0] == "0":
        tail = UNITW[int(rest[1])]
    else:
        tail = say_pair(rest, style)
    return UNITW[int(a)] + " hundred and " + tail


def say_chunk(ds, style):
    m = style.get("mode", "single")
    if m == "pairs" and len(ds) % 2 == 0:
        return say_pairs(ds, style)
    if m == "hundreds" and len(ds) == 3 and ds[0] != "0":
        return say_hundred(ds, style)
    if m == "mixed":
        return R.choice([say_single, say_pairs])(ds, style)
    if m == "asrnum":
        if len(ds) <= 2:
            return R.choice([ds, say_single(ds, style)])
        return R.choice([ds, say_single(ds, style), ds[:2] + " " + say_single(ds[2:], style)])
    return say_single(ds, style)


def rand_style(asr=True):
    return {"zero": R.choice(["oh", "oh", "zero", "nought", "o"]),
            "double": R.random() < 0.6,
            "asr": asr and R.random() < 0.3,
            "mode": R.choice(["single", "single", "single", "pairs", "mixed", "asrnum"])}


def join_chunks(chunks, fillers=True):
    out = []
    for i, c in enumerate(chunks):
        if i:
            r = R.random()
            if c.split()[0] in UNIT_V and chunks[i - 1].split()[-1] in TENW.values():
                r = min(r, 0.54)
            if fillers and r < 0.2:
                out.append(", " + R.choice(FILL) + ", ")
            elif r < 0.55:
                out.append(", ")
            elif r < 0.7:
                out.append("... ")
            else:
                out.append(" ")
        out.append(c)
    return "".join(out)


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey",
        "X": "x-ray", "Y": "yankee", "Z": "zulu"}
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
NATO_REV.update({"xray": "X", "whisky": "W", "juliett": "J", "alfa": "A"})
LNAME = {"A": ["a", "ay"], "B": ["b", "bee"], "C": ["c", "see"], "D": ["d", "dee"],
         "E": ["e"], "G": ["g", "gee"], "H": ["h", "aitch"], "J": ["j", "jay"],
         "K": ["k", "kay"], "L": ["l"], "M": ["m"], "N": ["n"], "P": ["p", "pee"],
         "R": ["r", "are"], "S": ["s", "ess"], "T": ["t", "tee"], "W": ["w", "double you"],
         "X": ["x", "ex"], "Y": ["y", "why"], "Z": ["z", "zed"]}
LNAME_REV = {"ay": "A", "bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G",
             "aitch": "H", "jay": "J", "kay": "K", "pee": "P", "are": "R", "ess": "S",
             "tee": "T", "tea": "T", "ex": "X", "why": "Y", "zed": "Z", "zee": "Z",
             "queue": "Q", "cue": "Q"}


def say_letter(L, how):
    if how == "nato":
        return NATO[L]
    if how == "for":
        return L.lower() + R.choice([" for ", " as in ", " for "]) + NATO[L]
    if how == "name":
        return R.choice(LNAME.get(L, [L.lower()]))
    return L.lower()


# ---------------------------------------------------------------- normaliser

UNIT_V = {w: i for i, w in enumerate(UNITW)}
UNIT_V.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
HOMO = {"for": 4, "to": 2, "too": 2, "ate": 8, "won": 1}
TEEN_V = {w: 10 + i for i, w in enumerate(TEENW)}
TEN_V = {w: k * 10 for k, w in TENW.items()}
FILLERS = {"um", "uh", "er", "erm", "ah", "uhm", "hmm"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_V = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_V.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
MONTH_V["sept"] = 9
ORD_V = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
         "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
         "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
         "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
         "thirtieth": 30}


def toks(text):
    return re.findall(r"[A-Za-z]+|\d+|[+@._/()\-,]", text.replace("x-ray", "xray"))


def norm(text, letters=False, date=False):
    """Return normalised value string (digits/letters, '+', month markers 'M<n>;'), or None."""
    t = toks(text)
    out, i, n = [], 0, len(t)
    low = [x.lower() for x in t]
    while i < n:
        w, raw = low[i], t[i]
        nx = low[i + 1] if i + 1 < n else None
        if w in FILLERS or w in ("-", ".", "/", "(", ")", ","):
            i += 1
            continue
        if raw.isdigit():
            out.append(raw)
            i += 1
            continue
        if w in ("+", "plus"):
            out.append("+")
            i += 1
            continue
        if date:
            if w in ("of", "the", "th", "st", "nd", "rd", "comma"):
                i += 1
                continue
            if w in MONTH_V:
                out.append("M%d;" % MONTH_V[w])
                i += 1
                continue
            if w in ORD_V:
                out.append(" %d " % ORD_V[w])
                i += 1
                continue
            if w in TEN_V and nx in ORD_V and ORD_V[nx] < 10:
                out.append(" %d " % (TEN_V[w] + ORD_V[nx]))
                i += 2
                continue
        if letters and w == "double" and nx in ("you", "u"):
            out.append("W")
            i += 2
            continue
        if w in ("double", "triple") and nx is not None and nx in UNIT_V:
            out.append(str(UNIT_V[nx]) * (2 if w == "double" else 3))
            i += 2
            continue
        if letters and len(w) == 1 and nx in ("for", "as"):
            j = i + 2
            if nx == "as" and j < n and low[j] == "in":
                j += 1
            if j < n and NATO_REV.get(low[j]) == w.upper():
                out.append(w.upper())
                i = j + 1
                continue
        if w in UNIT_V and not (letters and w in ("a",)):
            if nx == "hundred":
                v = UNIT_V[w]
                i += 2
                if i < n and low[i] == "and":
                    i += 1
                r = None
                if i < n:
                    x = low[i]
                    if x in TEEN_V:
                        r, i = TEEN_V[x], i + 1
                    elif x in TEN_V:
                        r, i = TEN_V[x], i + 1
                        if i < n and low[i] in UNIT_V and UNIT_V[low[i]] > 0:
                            r, i = r + UNIT_V[low[i]], i + 1
                    elif x in UNIT_V and x not in ("oh", "o", "nought", "zero"):
                        r, i = UNIT_V[x], i + 1
                out.append("%d%02d" % (v, r or 0))
                continue
            if letters and w == "o" and False:
                pass
            out.append(str(UNIT_V[w]))
            i += 1
            continue
        if w in TEEN_V:
            out.append(str(TEEN_V[w]))
            i += 1
            continue
        if w in TEN_V:
            if nx in UNIT_V and UNIT_V[nx] > 0:
                out.append(str(TEN_V[w] + UNIT_V[nx]))
                i += 2
            else:
                out.append(str(TEN_V[w]))
                i += 1
            continue
        if letters:
            if w in NATO_REV:
                out.append(NATO_REV[w])
                i += 1
                continue
            if w in LNAME_REV:
                out.append(LNAME_REV[w])
                i += 1
                continue
            if raw.isalpha() and len(raw) <= 4:
                out.append(raw.upper())
                i += 1
                continue
        if w in HOMO:
            out.append(str(HOMO[w]))
            i += 1
            continue
        return None
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.strip().lower()
    t = re.findall(r"[A-Za-z0-9]+", text.replace("x-ray", "xray"))
    low = [x.lower() for x in t]
    out, i = [], 0
    sym = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    while i < len(low):
        w = low[i]
        nx = low[i + 1] if i + 1 < len(low) else None
        if w in FILLERS:
            i += 1
        elif w in sym:
            out.append(sym[w])
            i += 1
        elif len(w) == 1 and nx in ("for", "as"):
            j = i + 2 + (1 if nx == "as" and i + 2 < len(low) and low[i + 2] == "in" else 0)
            if j < len(low) and NATO_REV.get(low[j]) == w.upper():
                out.append(w)
                i = j + 1
            else:
                out.append(w)
                i += 1
        elif w in TEN_V and nx in UNIT_V and UNIT_V[nx] > 0:
            out.append(str(TEN_V[w] + UNIT_V[nx]))
            i += 2
        elif w in TEN_V:
            out.append(str(TEN_V[w]))
            i += 1
        elif w in TEEN_V:
            out.append(str(TEEN_V[w]))
            i += 1
        elif w in UNITW:
            out.append(str(UNITW.index(w)))
            i += 1
        elif w == "double" and nx and len(nx) == 1:
            out.append(nx * 2)
            i += 2
        else:
            out.append(w)
            i += 1
    return "".join(out)


EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._+\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
STREET_SUFFIX = {"road", "street", "avenue", "lane", "close", "drive", "way", "crescent",
                 "gardens", "terrace", "court", "place", "grove", "rd", "st", "ave", "blvd",
                 "boulevard", "square", "hill", "row", "park", "mews", "parade", "walk"}


def date_ok(s, kind):
    if s is None:
        return False
    month = re.findall(r"M(\d+);", s)
    rest = re.sub(r"M\d+;", " ", s)
    digits = re.sub(r"\D", "", rest)
    if month:
        if kind == "EXPIRY":
            return len(digits) in (2, 4)
        return 3 <= len(digits) <= 6
    if kind == "EXPIRY":
        if len(digits) == 4:
            return 1 <= int(digits[:2]) <= 12
        if len(digits) == 6:
            return 1 <= int(digits[:2]) <= 12 and digits[2:4] == "20"
        return False
    if len(digits) in (6, 8):
        a, b = int(digits[:2]), int(digits[2:4])
        return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
    return False


def validate(typ, text):
    """Validate one complete value (text may be several fragments joined by a space)."""
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(norm_email(text)))
    if typ in ("DOB", "EXPIRY"):
        return date_ok(norm(text, date=True), typ)
    if typ == "ADDRESS":
        words = re.findall(r"[A-Za-z]+|\d+[A-Za-z]?", text.lower())
        first_ok = bool(re.match(r"\d", words[0])) or words[0] in UNIT_V or words[0] in TEN_V \
            or words[0] in TEEN_V or words[0] in ("flat", "apartment", "apt", "unit")
        return first_ok and words[-1] in STREET_SUFFIX
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    s = norm(text, letters=letters)
    if s is None:
        return False
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") \
            and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(s)) and s[:2] not in NI_BAD
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 17
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "PHONE":
        d = s.replace("+", "")
        if d.startswith("00"):
            d = d[2:]
        return d.isdigit() and 10 <= len(d) <= 13 and "+" not in s[1:]
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(s)) or bool(re.match(r"^\d{5}(\d{4})?$", s))
    return False


def frag_ok(typ, text):
    """An abandoned / misheard / partial fragment: must still normalise cleanly."""
    s = norm(text, letters=typ in ("NI_NUMBER", "IBAN", "POSTCODE"))
    return bool(s)


# ---------------------------------------------------------------- case assembly

CASES = []
META = []


def build(turns):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                while s.text and not s.text[0].isalnum():
                    text += s.text[0]
                    s.text = s.text[1:]
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                meta.append((s.group, s.flag, s.text))
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, meta


COUNTER = {"positive": 0, "negative": 0}


def add(kind, turns, note):
    t, spans, meta = build(turns)
    COUNTER[kind] += 1
    cid = "h496-%s-%03d" % ("pos" if kind == "positive" else "neg", COUNTER[kind])
    CASES.append({"id": cid, "kind": kind, "turns": t, "spans": spans, "note": note})
    META.append(meta)


def C(*segs):
    return ("customer", list(segs))


def A(*segs):
    return ("agent", list(segs))


GID = [0]


def g():
    GID[0] += 1
    return "g%d" % GID[0]


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "and the next four?",
        "sorry, go on", "mm-hm, keep going"]

INDUSTRY_OPEN = {
    "banking": ["Thanks for calling Northgate Bank, how can I help?", "You're through to card services."],
    "telecom": ["Welcome to Skyline Mobile billing.", "Hi, you're chatting with Vero Broadband."],
    "utilities": ["Brightwater Energy, payments team.", "Thanks for calling Hearth Gas and Power."],
    "retail": ["Hi, this is Maple & Co customer care.", "Thanks for contacting ShopRight."],
    "insurance": ["Cornerstone Insurance, claims and payments.", "Hello, Allsure Home Cover."],
    "travel": ["Bluewing Airways, bookings.", "Thanks for calling Atlas Holidays."],
    "healthcare": ["Riverside Medical billing office.", "St Anne's patient accounts, how can I help?"],
    "government": ["HM Revenue helpline, you're through to an adviser.",
                   "Department of Motor Vehicles payments line."],
}


def opener():
    ind = R.choice(sorted(INDUSTRY_OPEN))
    return ind, A(R.choice(INDUSTRY_OPEN[ind]))


def spoken_card(ds, style=None):
    style = style or rand_style()
    if R.random() < 0.12:
        threes = [ds[i:i + 3] for i in range(0, len(ds), 3)]
        return join_chunks([say_hundred(t, style) if len(t) == 3 and R.random() < 0.5 else say_single(t, style)
                            for t in threes])
    return join_chunks([say_chunk(c, style) for c in card_groups(ds)])


def typed_card(ds):
    out = typed_card0(ds)
    if "0" in out and R.random() < 0.12:
        k = out.index("0")
        out = out[:k] + "O" + out[k + 1:]
    return out


def typed_card0(ds):
    gs = card_groups(ds)
    f = R.randint(0, 7)
    if f == 0:
        return " ".join(gs)
    if f == 1:
        return "-".join(gs)
    if f == 2:
        return ds
    if f == 3:
        return ".".join(gs)
    if f == 4:
        return gs[0] + " " + "".join(gs[1:])
    if f == 5:
        return " ".join(ds[i:i + 5] for i in range(0, len(ds), 5))
    if f == 6:
        return "-".join(gs[:2]) + " " + " ".join(gs[2:])
    return "  ".join(gs)


def expiry_value(spoken):
    m, y = R.randint(1, 12), R.randint(25, 31)
    if not spoken:
        return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                         "%d/%02d" % (m, y) if m >= 10 else "%02d / %02d" % (m, y),
                         "%s %d" % (MONTHS[m - 1][:3].title(), 2000 + y)])
    f = R.randint(0, 3)
    if f == 0:
        return "%s %s" % (say_pair("%02d" % m, {"zero": "oh"}), say_pair("%02d" % y, {}))
    if f == 1:
        return "%s twenty %s" % (MONTHS[m - 1], say_pair("%02d" % y, {}))
    if f == 2:
        return "%s %s" % (MONTHS[m - 1], say_pair("%02d" % y, {}))
    return "%s %s" % (say_single("%02d" % m, {"zero": "zero"}), say_single("%02d" % y, {}))


def cvv_value(spoken, amex=False):
    d = rdig(4 if amex else 3)
    return (say_single(d, rand_style(False)) if spoken else d)


# ---------------------------------------------------------------- card scenarios

def card_typed_chat():
    ds = new_card()
    gid = g()
    label = R.choice(["card no: ", "Card number - ", "CC# ", "my card is ", "card num ", "Card: ",
                      "long number on the front is ", "pan ", "the card numbr is "])
    segs = ["Hi, " + R.choice(["I want to pay my bill. ", "need to update payment. ",
                               "pls take payment for order, ", ""]), label,
            V(typed_card(ds), "CARD_NUMBER", gid)]
    if R.random() < 0.6:
        segs += [R.choice([" exp ", ", expiry ", " valid thru ", " exp date "]),
                 V(expiry_value(False), "EXPIRY", g())]
    if R.random() < 0.5:
        segs += [R.choice([" cvv ", ", sec code ", " CVC: ", " and the 3 digits on back "]),
                 V(cvv_value(False, len(ds) == 15), "CVV", g())]
    add("positive", [A("Hi, you're chatting with payments. How can I help?"), C(*segs),
                     A("Thank you, processing that now.")], "typed card in chat with label variants")


def card_spoken_readback():
    ind, op = opener()
    ds = new_card()
    st = rand_style()
    turns = [op, C("i'd like to pay by card please"), A("sure, go ahead with the long number"),
             C(R.choice(["yeah it's ", "ok it's ", "right, ", "um ", ""]), V(spoken_card(ds, st), "CARD_NUMBER", g()))]
    rb = R.random()
    if rb < 0.5:
        turns.append(A("let me read that back, ", V(spoken_card(ds, {"zero": "zero", "mode": "single"}), "CARD_NUMBER", g()),
                       ", is that right?"))
        turns.append(C("yes that's it"))
    elif rb < 0.75:
        turns.append(A("thank you, and that's the card ending ", V(say_single(ds[-4:], {}), "CARD_NUMBER", g(), "last4"),
                       "?"))
        turns.append(C("that's the one"))
    else:
        turns.append(A("lovely, and the expiry?"))
        turns.append(C(V(expiry_value(True), "EXPIRY", g())))
    add("positive", turns, "%s ASR card reading (%s) with read-back or follow-up" % (ind, st["mode"]))


def card_split_turns():
    ind, op = opener()
    ds = new_card()
    st = rand_style()
    gid = g()
    chunks = card_groups(ds)
    turns = [op, C("can i pay the outstanding amount by card"), A("of course, when you're ready")]
    for i, ch in enumerate(chunks):
        lead = R.choice(["", "", "ok ", "then ", "next is ", "um "]) if i else R.choice(["", "it's ", "right so "])
        turns.append(C(lead, V(say_chunk(ch, st), "CARD_NUMBER", gid)))
        if i < len(chunks) - 1:
            turns.append(A(R.choice(BACK)))
    if R.random() < 0.5:
        turns.append(A("so that's ", V(" ".join(card_groups(ds)), "CARD_NUMBER", g()), " yeah?"))
        turns.append(C("yep"))
    add("positive", turns, "%s card split over %d customer turns with back-channels" % (ind, len(chunks)))


def card_correction():
    ind, op = opener()
    ds = new_card()
    st = rand_style()
    gs = card_groups(ds)
    k = R.randint(1, len(gs) - 1)
    wrong = list("".join(gs[:k]))
    pos = R.randrange(len(wrong))
    wrong[pos] = str((int(wrong[pos]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    partial = join_chunks([say_chunk(wrong[i:i + 4], st) for i in range(0, len(wrong), 4)], False)
    restart = R.choice([", no sorry, let me start again, ", " - no wait that's wrong - from the top, ",
                        "... hang on I said that wrong, it's ", ", sorry, scratch that, ",
                        " no no, sorry, "])
    turns = [op, A("can I take the card number?"),
             C(V(partial, "CARD_NUMBER", g(), "partial"), restart, V(spoken_card(ds, st), "CARD_NUMBER", g()))]
    if R.random() < 0.5:
        turns.append(A("no problem. so the corrected number is ", V(typed_card(ds), "CARD_NUMBER", g())))
    add("positive", turns, "%s caller restarts card reading after error; abandoned attempt labelled too" % ind)


def card_aside():
    ind, op = opener()
    ds = new_card()
    st = rand_style()
    gs = card_groups(ds)
    k = R.randint(1, len(gs) - 1)
    gid = g()
    aside = R.choice([" - sorry, hang on, the dog's barking - ", "... sorry, just getting my glasses... right, ",
                      ", oh hold on it's worn off a bit, ", ", wait, is it the one on the front? yes, ok, ",
                      " - sorry Kevin, I'm on the phone! - sorry, ", ", er, bear with me, "])
    turns = [op, A("and the sixteen digit number on the card?"),
             C(V(join_chunks([say_chunk(c, st) for c in gs[:k]]), "CARD_NUMBER", gid), aside,
               V(join_chunks([say_chunk(c, st) for c in gs[k:]]), "CARD_NUMBER", gid))]
    turns.append(A("thanks, got that"))
    add("positive", turns, "%s aside in the middle of a card reading (two spans, one value)" % ind)


def card_agent_mishear():
    ind, op = opener()
    ds = new_card()
    gs = card_groups(ds)
    j = R.randrange(len(gs))
    bad = list(gs[j])
    p = R.randrange(len(bad))
    bad[p] = str((int(bad[p]) + 5) % 10)
    badgs = gs[:j] + ["".join(bad)] + gs[j + 1:]
    turns = [op, C("card is ", V(spoken_card(ds), "CARD_NUMBER", g())),
             A("ok so I have ", V(join_chunks([say_single(x, {"zero": "zero"}) for x in badgs], False),
                                 "CARD_NUMBER", g(), "partial"), "?"),
             C("no, the ", ("last" if j == len(gs) - 1 else ["first", "second", "third", "fourth"][j]), " group is ",
               V(say_single(gs[j], {"zero": "oh"}), "CARD_NUMBER", g(), "partial"), ", not ",
               V(say_single("".join(bad), {"zero": "oh"}), "CARD_NUMBER", g(), "partial")),
             A("apologies, ", V(join_chunks([say_single(x, {"zero": "zero"}) for x in gs], False), "CARD_NUMBER", g()))]
    add("positive", turns, "%s agent misreads a group, caller corrects just that group" % ind)


def card_email_form():
    ds = new_card()
    body = R.choice(["Dear team,\nPlease charge my card for the renewal.\nCard number: ",
                     "hello - re invoice. paying with card ", "Hi,\n\nPAN ",
                     "to whom it may concern, card details as follows\nNo. "])
    segs = [body, V(typed_card(ds), "CARD_NUMBER", g()), "\nExp: ", V(expiry_value(False), "EXPIRY", g())]
    if R.random() < 0.6:
        segs += ["\nCVV: ", V(cvv_value(False, len(ds) == 15), "CVV", g())]
    segs.append("\nThanks, Dana")
    add("positive", [C(*segs), A("Thanks Dana, the payment has gone through.")], "card details in an e-mail body")


def card_ninety_pairs():
    ind, op = opener()
    ds = new_card()
    st = {"zero": R.choice(["oh", "zero"]), "mode": "pairs", "double": False}
    turns = [op, A("what's the card number please?"),
             C(R.choice(["ok it's ", "it's a visa, ", "yeah, "]), V(spoken_card(ds, st), "CARD_NUMBER", g()))]
    if R.random() < 0.6:
        turns += [A("and the security code on the back?"),
                  C(V(cvv_value(True, len(ds) == 15), "CVV", g()))]
    add("positive", turns, "%s card read as two-digit pairs" % ind)


def card_repeated_group():
    ind, op = opener()
    ds = new_card()
    gs = card_groups(ds)
    gid = g()
    turns = [op, A("card number when you're ready"),
             C(V(say_single(gs[0], {"zero": "oh"}), "CARD_NUMBER", gid)),
             A("sorry, you broke up, after ", V(say_single(gs[0], {"zero": "oh"}), "CARD_NUMBER", g(), "partial"), "?"),
             C(V(join_chunks([say_single(x, {"zero": "oh", "double": True}) for x in gs[1:]]), "CARD_NUMBER", gid))]
    add("positive", turns, "%s card reading interrupted by bad line; agent repeats first group" % ind)


def card_then_last4_negative_mix():
    ind, op = opener()
    ds = new_card()
    gid = g()
    turns = [op, C("new card is ", V(typed_card(ds) if R.random() < 0.3 else spoken_card(ds), "CARD_NUMBER", gid)),
             A("thanks, so I'll set up the direct payment on the card ending in ",
               V(R.choice([ds[-4:], say_single(ds[-4:], {"zero": "zero"})]), "CARD_NUMBER", g(), "last4"), ".")]
    add("positive", turns, "%s full card then last four in same case (last four labelled)" % ind)


# ---------------------------------------------------------------- SSN

def typed_ssn(s):
    f = R.randint(0, 4)
    return [s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
            s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + " " + s[5:]][f]


def spoken_ssn(s, st=None):
    st = st or rand_style()
    if st.get("mode") == "pairs" or R.random() < 0.2:
        a = say_hundred(s[:3], st) if s[0] != "0" and R.random() < 0.5 else say_single(s[:3], st)
        return join_chunks([a, say_pair(s[3:5], st), say_pairs(s[5:], st)])
    return join_chunks([say_single(s[:3], st), say_single(s[3:5], st), say_single(s[5:], st)])


def ssn_cases():
    s = new_ssn()
    f = R.randint(0, 7)
    lead = R.choice(["my social is ", "SSN ", "social security number ", "it's ", "ss# ", "the social's "])
    if f == 0:
        add("positive", [A("Hi, for verification please type your SSN."),
                         C(lead, V(typed_ssn(s), "SSN", g()))], "typed SSN in chat")
    elif f == 1:
        add("positive", [A("Department of Motor Vehicles, can I get your social?"),
                         C("yeah ", V(spoken_ssn(s), "SSN", g())),
                         A("thank you, ", V(spoken_ssn(s, {"zero": "zero", "mode": "single"}), "SSN", g()), " correct?"),
                         C("correct")], "spoken SSN with agent read-back")
    elif f == 2:
        gid = g()
        add("positive", [A("Riverside Medical billing, last thing I need is the patient's social security number"),
                         C(V(say_single(s[:3], rand_style()), "SSN", gid)), A(R.choice(BACK)),
                         C(V(say_single(s[3:5], rand_style()), "SSN", gid)), A(R.choice(BACK)),
                         C(R.choice(["and ", "then ", ""]), V(say_single(s[5:], rand_style()), "SSN", gid))],
            "SSN split over three customer turns")
    elif f == 3:
        w = list(s)
        w[R.randrange(9)] = str((int(w[0]) + 3) % 10)
        add("positive", [A("Allsure Home Cover, I need the policyholder's SSN"),
                         C(V(join_chunks([say_single("".join(w)[:3], {}), say_single("".join(w)[3:5], {})]), "SSN", g(), "partial"),
                           R.choice([", no wait, ", "... sorry, that's my wife's, mine is ", " - no, let me start over - "]),
                           V(spoken_ssn(s), "SSN", g()))], "SSN reading abandoned and restarted")
    elif f == 4:
        gid = g()
        add("positive", [A("can you confirm your social security number?"),
                         C(V(say_single(s[:5], {"zero": "oh"}), "SSN", gid),
                           R.choice([", hang on, it's on the card somewhere, ", " - sorry, kids - ", ", um, let me see, "]),
                           V(say_single(s[5:], {"zero": "oh", "double": True}), "SSN", gid))],
            "aside inside SSN reading")
    elif f == 5:
        add("positive", [C("Subject: W-2 correction\n\nHi, my SSN on the form is wrong. It should read ",
                           V(typed_ssn(s), "SSN", g()), " not ", V(typed_ssn(new_ssn()), "SSN", g()),
                           ". Thanks."), A("Thanks, we'll reissue the form.")],
            "email with correct and incorrect SSN (both PII)")
    elif f == 6:
        st = {"zero": "zero", "mode": "single", "double": True, "asr": True}
        add("positive", [A("IRS taxpayer assistance, what's the social on the return?"),
                         C("it's ", V(spoken_ssn(s, st), "SSN", g()), " and my wife's is ",
                           V(spoken_ssn(new_ssn()), "SSN", g()))], "two SSNs in one ASR turn")
    else:
        add("positive", [A("Hi! To look up your account I need your social security number."),
                         C(R.choice(["ssn: ", "SSN - ", "Social:", "ss no. "]),
                           V(typed_ssn(s).replace("-", R.choice(["-", " - ", "–"])) if False else typed_ssn(s), "SSN", g()),
                           R.choice([" thx", " (primary holder)", ""]))], "typed SSN with label")


# ---------------------------------------------------------------- NI

def typed_ni(s):
    f = R.randint(0, 5)
    if f == 0:
        return s
    if f == 1:
        return s.lower()
    if f == 2:
        return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    if f == 3:
        return s[:2] + "-" + s[2:8] + "-" + s[8]
    if f == 4:
        return (s[:2] + " " + s[2:8] + " " + s[8]).lower()
    return s[0] + s[1].lower() + s[2:8] + " " + s[8]


def spoken_ni(s, how=None, st=None):
    how = how or R.choice(["plain", "nato", "for", "name"])
    st = st or rand_style(False)
    letters1 = " ".join(say_letter(c, how) for c in s[:2])
    digits = join_chunks([say_chunk(s[2:4], st), say_chunk(s[4:6], st), say_chunk(s[6:8], st)])
    return letters1 + R.choice([", ", " ", "... "]) + digits + R.choice([", ", " ", " and then "]).replace(" and then ", ", ") + say_letter(s[8], how)


def ni_cases():
    s = new_ni()
    f = R.randint(0, 7)
    if f == 0:
        add("positive", [A("HMRC webchat: please enter your National Insurance number."),
                         C(R.choice(["NI no: ", "NINO ", "ni number is ", "national insurance: ", ""]),
                           V(typed_ni(s), "NI_NUMBER", g()))], "typed NI number")
    elif f == 1:
        add("positive", [A("HM Revenue helpline, can I take your national insurance number?"),
                         C(R.choice(["yeah it's ", "ok ", "um it's "]), V(spoken_ni(s), "NI_NUMBER", g())),
                         A("thanks, so that's ", V(spoken_ni(s, "for"), "NI_NUMBER", g())),
                         C("that's right")], "spoken NI with phonetic read-back")
    elif f == 2:
        gid = g()
        add("positive", [A("and your national insurance number?"),
                         C(V(" ".join(say_letter(c, "name") for c in s[:2]), "NI_NUMBER", gid)),
                         A(R.choice(["was that " + say_letter(s[0], "for") + "?", "mhm", "go on"])),
                         C(R.choice(["yeah, ", "yes, then ", ""]), V(say_pairs(s[2:8], {"zero": "oh"}), "NI_NUMBER", gid)),
                         A(R.choice(BACK[:4])),
                         C(R.choice(["and the letter at the end is ", "then ", "last one's "]),
                           V(say_letter(s[8], R.choice(["plain", "for", "nato"])), "NI_NUMBER", gid))],
            "NI number split across turns (letters, digit pairs, suffix)")
    elif f == 3:
        wrongL = R.choice([c for c in NI_SECOND if c != s[1] and (s[0] + c) not in NI_BAD])
        w = s[0] + wrongL + s[2:]
        add("positive", [A("Department for Work and Pensions, could I take your NI number?"),
                         C(V(spoken_ni(w, "name"), "NI_NUMBER", g())),
                         A("I'm not finding that, can you repeat the letters?"),
                         C("oh sorry, it's ", V(say_letter(s[0], "for") + ", " + say_letter(s[1], "for"), "NI_NUMBER", g(), "partial"),
                           ", not " + say_letter(wrongL, "plain"),
                           ", so ", V(spoken_ni(s, "plain"), "NI_NUMBER", g()))],
            "NI misheard letter, caller spells letters phonetically then repeats full value")
    elif f == 4:
        gid = g()
        add("positive", [A("can I take your national insurance number for the pension transfer?"),
                         C(V(say_letter(s[0], "plain") + " " + say_letter(s[1], "plain") + " " +
                             say_single(s[2:5], {"zero": "zero"}), "NI_NUMBER", gid),
                           R.choice([" - hang on, my payslip's here somewhere - ", ", sorry, I'm reading it off my P60, ",
                                     " ... um, where was I, "]),
                           V(say_single(s[5:8], {"zero": "zero"}) + " " + say_letter(s[8], "plain"), "NI_NUMBER", gid))],
            "aside in middle of NI reading")
    elif f == 5:
        add("positive", [C("Hi, I'm starting on Monday, my NI is ", V(typed_ni(s), "NI_NUMBER", g()),
                           R.choice([" and my sort code for wages is ", " and bank sort code "]),
                           V(R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (rdig(2), rdig(2), rdig(2)), "SORT_CODE", g()),
                           " acc ", V(rdig(8), "BANK_ACCOUNT", g())),
                         A("Thanks, payroll will set that up.")], "new-starter message with NI and bank details")
    elif f == 6:
        add("positive", [A("for the council tax reduction I need your national insurance number"),
                         C(V(spoken_ni(s, "nato", {"zero": "nought", "mode": "single", "double": True}), "NI_NUMBER", g())),
                         A("that's ", V(typed_ni(s).upper(), "NI_NUMBER", g()), "?")],
            "NI fully NATO-spelt with nought; agent confirms")
    else:
        add("positive", [A("Northern Ireland Housing Executive, can I have your NI number?"),
                         C(R.choice(["it's ", "it's, um, "]), V(spoken_ni(s, "name", {"zero": "oh", "mode": "asrnum"}), "NI_NUMBER", g())),
                         A("and your date of birth?"),
                         C(V(dob_value(True), "DOB", g()))], "NI with ASR letter names and numerals, then DOB")


# ---------------------------------------------------------------- other types

STREETS = ["Kingsley Road", "Elm Street", "Station Lane", "Park Avenue", "Wellington Crescent",
           "Harbour View Drive", "Oakfield Close", "Mill Lane", "Baker Street", "Queens Gardens",
           "Maple Avenue", "Church Road", "Victoria Terrace", "Lakeshore Blvd", "Main St",
           "Ash Grove", "Canal Walk", "Thornbury Way"]
TOWNS = [("Leeds", "LS6 2QT"), ("Manchester", "M14 5RB"), ("Bristol", "BS3 4HX"), ("Glasgow", "G12 8QQ"),
         ("Cardiff", "CF10 1AA"), ("London", "SW1A 2AA"), ("London", "E17 9PJ"), ("Belfast", "BT7 1NN"),
         ("Springfield, IL", "62704"), ("Austin, TX", "78701-4023"), ("Boston, MA", "02118"),
         ("Denver, CO", "80205"), ("Reading", "RG1 8DJ"), ("Nottingham", "NG7 2RD")]


def dob_value(spoken):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2006)
    if not spoken:
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%02d-%02d-%02d" % (m, d, y % 100),
                         "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                         "%s %d, %d" % (MONTHS[m - 1].title()[:3], d, y), "%d.%d.%d" % (d, m, y)])
    ords = [k for k, v in ORD_V.items() if v == d]
    if ords:
        dd = ords[0]
    else:
        dd = TENW[d // 10] + " " + [k for k, v in ORD_V.items() if v == d % 10][0]
    yy = say_pair(str(y)[:2], {}) + " " + say_pair(str(y)[2:], {"zero": "oh"})
    return R.choice(["the %s of %s %s" % (dd, MONTHS[m - 1], yy), "%s %s %s" % (dd, MONTHS[m - 1], yy),
                     "%s the %s, %s" % (MONTHS[m - 1], dd, yy)])


def address_value(spoken):
    n = R.randint(1, 240)
    st = R.choice(STREETS)
    flat = R.random() < 0.3
    if spoken:
        s = say_hundred(str(n), {}) if n >= 100 else (say_pair(str(n), {}) if n >= 10 else UNITW[n])
        v = s + " " + st.lower()
        if flat:
            v = "flat " + UNITW[R.randint(1, 9)] + ", " + v
        return v
    v = "%d %s" % (n, st)
    if flat:
        v = R.choice(["Flat %d, ", "Apt %d, ", "flat %d "]) % R.randint(1, 30) + v
    return v


def spoken_postcode(pc):
    if pc[0].isdigit():
        return say_single(pc.replace("-", ""), {"zero": "zero"})
    out = []
    for ch in pc.replace(" ", ""):
        out.append(say_letter(ch, R.choice(["plain", "plain", "for"])) if ch.isalpha() else UNITW[int(ch)])
    return " ".join(out)


def phone_value(spoken):
    kind = R.choice(["ukmob", "uklond", "us", "ie", "ukintl", "eu"])
    if kind == "ukmob":
        ds = "07" + rdig(9)
        typed = R.choice([ds[:5] + " " + ds[5:], ds, ds[:5] + " " + ds[5:8] + " " + ds[8:]])
    elif kind == "ukintl":
        ds = "+447" + rdig(9)
        typed = R.choice(["+44 " + ds[3:7] + " " + ds[7:], "+44 (0)" + ds[3:7] + " " + ds[7:], "0044" + ds[3:]])
    elif kind == "uklond":
        ds = "020" + rdig(8)
        typed = "020 " + ds[3:7] + " " + ds[7:]
    elif kind == "us":
        ds = str(R.randint(201, 989)) + str(R.randint(200, 999)) + rdig(4)
        typed = R.choice(["(%s) %s-%s" % (ds[:3], ds[3:6], ds[6:]), "%s-%s-%s" % (ds[:3], ds[3:6], ds[6:]),
                          "+1 %s %s %s" % (ds[:3], ds[3:6], ds[6:]), "1-%s-%s-%s" % (ds[:3], ds[3:6], ds[6:])])
    elif kind == "ie":
        ds = "+3538" + R.choice("3567") + rdig(7)
        typed = R.choice(["+353 " + ds[4:6] + " " + ds[6:9] + " " + ds[9:], "08" + ds[5] + " " + ds[6:9] + " " + ds[9:]])
    else:
        cc = R.choice(["+33", "+49", "+34", "+31"])
        ds = cc + rdig(9)
        typed = cc + " " + ds[3] + " " + " ".join(ds[4 + i:6 + i] for i in range(0, 8, 2))
    if not spoken:
        return typed
    body = ds.replace("+", "")
    st = {"zero": R.choice(["oh", "zero"]), "double": True, "mode": "single"}
    pre = "plus " if ds.startswith("+") else ""
    if pre and R.random() < 0.5:
        cc = {"44": "forty four", "35": "three five three", "33": "thirty three", "49": "forty nine",
              "34": "thirty four", "31": "thirty one"}.get(body[:2], None)
        if cc:
            n = 3 if body.startswith("353") else 2
            return pre + cc + ", " + join_chunks([say_single(body[n:n + 4], st), say_single(body[n + 4:], st)], True)
    return pre + join_chunks([say_single(body[:5], st), say_single(body[5:], st)], True)


FIRST = ["james", "priya", "sean", "maria", "tom", "aoife", "li", "fatima", "olu", "kasia", "dave", "niamh"]
LAST = ["doe", "patel", "murphy", "garcia", "okafor", "nowak", "smith", "byrne", "chen", "hughes"]
DOMS = ["gmail", "hotmail", "yahoo", "outlook", "btinternet", "icloud", "eircom"]
TLDS = ["com", "co dot uk", "ie", "net", "org"]


def email_value(spoken):
    f, l = R.choice(FIRST), R.choice(LAST)
    num = R.choice(["", "", str(R.randint(1, 99))])
    dom = R.choice(DOMS)
    tld = R.choice(TLDS)
    sep = R.choice([".", "_", "", "-"])
    if not spoken:
        local = R.choice([f + sep + l, f[0] + sep + l, l + sep + f]) + num
        e = local + "@" + dom + "." + tld.replace(" dot ", ".")
        return R.choice([e, e.title() if R.random() < 0.3 else e, e.upper() if R.random() < 0.1 else e])
    sepw = {".": " dot ", "_": " underscore ", "": " ", "-": " dash "}[sep]
    first = R.choice([f, say_letter(f[0].upper(), "for"), f[0]])
    numw = (" " + say_pair(num, {}) if len(num) == 2 and num[0] != "0" else (" " + num if num else ""))
    if sep == "" and first == f:
        sepw = " "
    return first + sepw + l + numw + R.choice([" at ", ", at, "]) + dom + " dot " + tld


def bank_case():
    ind, op = opener()
    sc = rdig(6)
    acc = rdig(8)
    f = R.randint(0, 3)
    if f == 0:
        add("positive", [op, A("what's the sort code?"),
                         C(V(join_chunks([say_pair(sc[i:i + 2], {"zero": "oh"}) for i in range(0, 6, 2)], False), "SORT_CODE", g())),
                         A("and the account number?"),
                         C(V(join_chunks([say_single(acc[:4], {"zero": "oh", "double": True}), say_single(acc[4:], {"zero": "oh", "double": True})]), "BANK_ACCOUNT", g()))],
            "%s spoken sort code in pairs and account number" % ind)
    elif f == 1:
        add("positive", [A("Please send your bank details for the refund."),
                         C(R.choice(["acct no: ", "A/C ", "account number "]), V(acc, "BANK_ACCOUNT", g()),
                           R.choice([" s/c ", ", sort code ", " sort: "]),
                           V(R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", g()))],
            "typed UK bank details with abbreviations")
    elif f == 2:
        acc = rdig(R.randint(9, 12))
        rt = rdig(9)
        add("positive", [op, C("for the direct deposit my account number is ",
                               V(say_single(acc, {"zero": "zero", "double": True}), "BANK_ACCOUNT", g()),
                               " and the routing number is ", rdig(0) + say_single(rt, {"zero": "zero"})),
                         A("got it, ", V(acc, "BANK_ACCOUNT", g()))],
            "%s US account number spoken and read back (routing number not labelled)" % ind)
    else:
        gid = g()
        add("positive", [op, A("sort code first please"),
                         C(V(say_pair(sc[:2], {"zero": "oh"}), "SORT_CODE", gid)), A("mhm"),
                         C(V(say_pair(sc[2:4], {"zero": "oh"}) + ", " + say_pair(sc[4:], {"zero": "oh"}), "SORT_CODE", gid)),
                         A("and the account?"),
                         C(V(say_single(acc, {"zero": "nought", "double": True}), "BANK_ACCOUNT", g()))],
            "%s sort code split over turns" % ind)


def iban_case():
    ib = new_iban()
    f = R.randint(0, 2)
    if f == 0:
        add("positive", [A("Please provide your IBAN for the refund."),
                         C("IBAN: ", V(R.choice([group_str(ib), ib, group_str(ib).lower()]), "IBAN", g()),
                           R.choice(["", " BIC " + R.choice(["NWBKGB2L", "AIBKIE2D"])]))], "typed IBAN")
    elif f == 1:
        parts = [say_letter(ib[0], "plain") + " " + say_letter(ib[1], "plain") + " " + say_pair(ib[2:4], {"zero": "oh"})]
        rest = ib[4:]
        for i in range(0, len(rest), 4):
            ch = rest[i:i + 4]
            parts.append(" ".join(say_letter(c, "for") if c.isalpha() else UNITW[int(c)] for c in ch))
        add("positive", [A("Atlas Holidays refunds, what's the IBAN?"),
                         C(V(join_chunks(parts), "IBAN", g()))], "spoken IBAN with phonetic letters")
    else:
        add("positive", [C("Hello, please pay the deposit back to my account ", V(group_str(ib), "IBAN", g()),
                           " (", R.choice(["Ireland", "Germany", "account in my name"]), "). My phone is ",
                           V(phone_value(False), "PHONE", g())), A("Thanks, refund requested.")],
            "IBAN and phone in an e-mail")


def contact_case():
    ind, op = opener()
    f = R.randint(0, 4)
    town, pc = R.choice(TOWNS)
    if f == 0:
        add("positive", [op, A("can I confirm the address?"),
                         C(V(address_value(True), "ADDRESS", g()), ", " + town.lower().split(",")[0] + ", ",
                           V(spoken_postcode(pc), "POSTCODE", g()))], "%s spoken address and postcode" % ind)
    elif f == 1:
        add("positive", [C("New address: ", V(address_value(False), "ADDRESS", g()), ", " + town + " ",
                           V(pc, "POSTCODE", g()), "\nemail ", V(email_value(False), "EMAIL", g())),
                         A("Thanks, I've updated your details.")], "typed address, postcode/ZIP and email")
    elif f == 2:
        add("positive", [op, A("best number to call you back on?"),
                         C(R.choice(["it's ", "my mobile is ", ""]), V(phone_value(True), "PHONE", g())),
                         A("and an email address?"),
                         C(V(email_value(True), "EMAIL", g()))], "%s spoken phone and email" % ind)
    elif f == 3:
        add("positive", [op, A("can I take your date of birth and postcode?"),
                         C(V(dob_value(True), "DOB", g()), " and it's ", V(spoken_postcode(pc), "POSTCODE", g()))],
            "%s spoken DOB and postcode" % ind)
    else:
        add("positive", [C("Hi, pls call me on ", V(phone_value(False), "PHONE", g()), " re my account. DOB ",
                           V(dob_value(False), "DOB", g()), ", email ", V(email_value(False), "EMAIL", g())),
                         A("We'll call you shortly.")], "typed phone, DOB, email in chat")


# ---------------------------------------------------------------- negatives

def neg_cases():
    f = R.randint(0, 21)
    fake16 = new_card()
    ind, op = opener()
    if f == 0:
        t = [op, C("my order number is ", spoken_card(fake16)), A("thanks, I've found order ", typed_card(fake16))]
        note = "16-digit Luhn-valid order number read like a card"
    elif f == 1:
        t = [op, C("I want to check the payment on the card ending ", R.choice([fake16[-4:], say_single(fake16[-4:], {"zero": "oh"})])),
             A("I can see a payment of ", R.choice(["£42.17", "forty two pounds seventeen", "$1,204.50"]), " on the ", str(R.randint(2, 28)), "th")]
        note = "card last four only, plus amount"
    elif f == 2:
        t = [op, A("your balance is ", R.choice(["£1,482.06", "one thousand four hundred and eighty two pounds", "$3,209.11"]),
                   " and the next payment of ", R.choice(["£89.99", "sixty five euro", "$120"]), " is due on the ",
                   R.choice(["3rd of June", "twelfth of march", "28/02/2026"]))]
        note = "balance, amount and payment date"
    elif f == 3:
        ref = rdig(R.choice([10, 12, 14]))
        t = [op, A("your reference number is ", say_single(ref, {"zero": "zero", "double": True})),
             C("so that's ", say_single(ref, {"zero": "oh"}), "?"), A("that's right")]
        note = "long reference number read back"
    elif f == 4:
        t = [op, A("we're open ", R.choice(["eight till eight", "8am-8pm", "nine to five thirty"]), " Monday to Friday, and ",
                   R.choice(["ten till four", "10:00-16:00"]), " on Saturdays; the wait is about ", R.choice(["twenty minutes", "45 mins"]))]
        note = "opening hours and durations"
    elif f == 5:
        t = [op, C("my tracking number is ", R.choice(["1Z 999 AA1 01 2345 6784", "JD014600006281237462", "9400 1000 0000 0000 0000 00"])),
             A("that parcel is due ", R.choice(["tomorrow before 1pm", "on the 14th", "in 3 to 5 working days"]))]
        note = "tracking number with label"
    elif f == 6:
        m = rdig(5)
        t = [op, C("the meter reading is ", R.choice([m, say_single(m, {"zero": "nought"})]), " and the other one's ", rdig(6)),
             A("thanks, that's ", str(R.randint(200, 900)), " units this quarter")]
        note = "meter readings"
    elif f == 7:
        t = [op, C("I'm on flight ", R.choice(["BA 287", "EI 154", "FR1234", "UA 930"]), " from gate ", str(R.randint(1, 60)),
                   ", seat ", str(R.randint(1, 40)) + R.choice("ABCDEF"), ", and my hotel room is ", str(R.randint(100, 999)))]
        note = "flight, gate, seat, room numbers"
    elif f == 8:
        pn = R.choice(["POL-" + rdig(8), "HX" + rdig(9), rdig(3) + "-" + rdig(2) + "-" + rdig(4)])
        t = [op, C("policy number ", pn), A("thanks, policy ", pn, " renews on ", R.choice(["1 April 2026", "the first of april"]))]
        note = "policy number (one in SSN-like shape) said with its label"
    elif f == 9:
        c = rdig(9)
        t = [op, A("your claim number is ", say_single(c[:3], {"zero": "oh"}) + ", " + say_single(c[3:5], {"zero": "oh"}) + ", " + say_single(c[5:], {"zero": "oh"})),
             C("claim number ", c[:3] + "-" + c[3:5] + "-" + c[5:], ", got it")]
        note = "claim number in SSN-like 3-2-4 grouping"
    elif f == 10:
        t = [op, C("I'm ", str(R.randint(18, 90)), " and I've been with you since ", str(R.randint(1995, 2022)),
                   ", the heating's been off ", R.choice(["three days", "since tuesday"]), " and it's ", R.choice(["four degrees", "-2°C"]), " in here")]
        note = "age, year, duration, temperature"
    elif f == 11:
        t = [op, A("the rate goes up by ", R.choice(["3.9%", "four point five percent"]), " in ", R.choice(["April", "the new year"]),
                   ", your contract ends on ", R.choice(["31/03/2027", "the thirtieth of june twenty twenty six"]))]
        note = "percentage and contract end date"
    elif f == 12:
        sn = rdig(16)
        t = [op, C("the serial number on the router is ", R.choice(["SN " + group_str(sn), sn]), " and the model is ",
                   R.choice(["HG8245Q2", "TG-5591", "XR 1000"]))]
        note = "16-digit serial and model number"
    elif f == 13:
        t = [op, C("I'm stuck on the ", R.choice(["M25 near junction 10", "A40 westbound", "I-95 at exit 12", "N7"]),
                   ", I'll be about ", R.choice(["twenty minutes", "half an hour"]), " late for the ", R.choice(["3:15", "quarter past two"]), " appointment")]
        note = "road names, times, appointment"
    elif f == 14:
        inv = rdig(R.choice([8, 9, 11]))
        t = [op, C("invoice number ", say_pairs(inv[:8], {"zero": "oh"}), ", amount ", R.choice(["£312.40", "$88"])),
             A("invoice ", inv, " was paid on ", R.choice(["the 2nd", "May 4th"]))]
        note = "invoice number in pairs and amounts"
    elif f == 15:
        t = [op, A("your ticket is ", R.choice(["INC" + rdig(7), "#" + rdig(6), "CS-" + rdig(5)]),
                   ", and I've booked an engineer for ", R.choice(["Thursday between 8 and 1", "the 9th of October, 12-4pm"]))]
        note = "ticket number and appointment slot"
    elif f == 16:
        bk = rdig(6)
        t = [op, C("my booking reference is ", R.choice([bk[:2] + "-" + bk[2:4] + "-" + bk[4:], say_pairs(bk, {"zero": "oh"})])),
             A("thanks, booking for ", str(R.randint(2, 6)), " adults, ", str(R.randint(3, 14)), " nights")]
        note = "6-digit booking reference shaped like a sort code"
    elif f == 17:
        t = [op, C("I bought ", str(R.randint(2, 12)), " items for ", R.choice(["£19.99 each", "$249.00"]),
                   " on order ", R.choice(["#" + rdig(9), "A" + rdig(7)]), ", the product code is ", rdig(13))]
        note = "counts, prices, order number, 13-digit barcode"
    elif f == 18:
        t = [op, A("for security I'll just need the last four of the card"),
             C(say_single(fake16[-4:], {"zero": "zero"})),
             A("thanks, card ending ", fake16[-4:], " confirmed; the ", R.choice(["£7.50", "ten pound"]), " fee is refunded")]
        note = "last four requested and read back, no full card"
    elif f == 20:
        t = [C("Hi, I was charged twice on card ", R.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "ending ", "************"]),
               fake16[-4:], " for order #", rdig(8), ", total ", R.choice(["£64.20", "$310.00"])),
             A("Sorry about that, I can see both payments on the card ending ", fake16[-4:], ".")]
        note = "masked card number and last four only"
    elif f == 21:
        t = [op, C("the number on my gift voucher is ", spoken_card(fake16), ", does it expire?"),
             A("gift voucher ", typed_card(fake16), " is valid until ", R.choice(["the end of 2026", "31 December"]))]
        note = "gift-voucher code shaped like a card, said with its label"
    else:
        t = [op, C("the reading on the gas is ", say_single(rdig(5), {"zero": "nought", "double": True}),
                   ", and the account's on tariff ", R.choice(["E7", "Fix24", "Standard 2"]), " since ", R.choice(["2021", "twenty nineteen"]))]
        note = "spoken meter reading with doubles"
    add("negative", t, note)


# ---------------------------------------------------------------- main

def generate():
    R.seed(496241125)
    CASES.clear()
    META.clear()
    COUNTER.update({"positive": 0, "negative": 0})
    GID[0] = 0
    card_fns = [card_typed_chat, card_spoken_readback, card_split_turns, card_correction, card_aside,
                card_agent_mishear, card_email_form, card_ninety_pairs, card_repeated_group,
                card_then_last4_negative_mix]
    for i in range(90):
        card_fns[i % len(card_fns)]()
    for _ in range(36):
        ssn_cases()
    for _ in range(36):
        ni_cases()
    for _ in range(16):
        bank_case()
    for _ in range(14):
        iban_case()
    for _ in range(38):
        contact_case()
    for _ in range(115):
        neg_cases()
    # deterministic interleave
    order = list(range(len(CASES)))
    R.shuffle(order)
    cases = [CASES[i] for i in order]
    meta = [META[i] for i in order]
    return cases, meta


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


def check(cases, meta):
    errs = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c, m in zip(cases, meta):
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + ": negative with spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + ": bad speaker")
        last = {}
        for sp in c["spans"]:
            txt = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s: offsets out of range" % c["id"])
                continue
            if not (txt[s].isalnum() and txt[e - 1].isalnum()):
                errs.append("%s: span not trimmed %r" % (c["id"], txt[s:e]))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (c["id"], txt[s:e]))
            if sp["turn"] in last and s < last[sp["turn"]]:
                errs.append("%s: overlapping spans" % c["id"])
            last[sp["turn"]] = e
        # value validation by group
        groups = {}
        for sp, (gid, flag, vtext) in zip(c["spans"], m):
            txt = c["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
            if txt != vtext:
                errs.append("%s: span text mismatch" % c["id"])
            if flag in ("partial",):
                if not frag_ok(sp["type"], txt):
                    errs.append("%s: bad fragment %r" % (c["id"], txt))
            elif flag == "last4":
                s = norm(txt)
                if not (s and len(s) == 4 and s.isdigit()):
                    errs.append("%s: bad last4 %r" % (c["id"], txt))
            else:
                groups.setdefault(gid, []).append((sp["type"], txt))
        for gid, parts in groups.items():
            typs = {p[0] for p in parts}
            if len(typs) != 1:
                errs.append("%s: mixed types in group" % c["id"])
            typ = parts[0][0]
            if typ in ("DOB", "EXPIRY", "EMAIL", "ADDRESS"):
                full = " ".join(p[1] for p in parts)
            else:
                full = " ".join(p[1] for p in parts)
            if not validate(typ, full):
                errs.append("%s: invalid %s %r" % (c["id"], typ, full))
    return errs


def counts(cases):
    by = {}
    for c in cases:
        for sp in c["spans"]:
            by[sp["type"]] = by.get(sp["type"], 0) + 1
    pos = sum(c["kind"] == "positive" for c in cases)
    neg = sum(c["kind"] == "negative" for c in cases)
    return pos, neg, by


def main():
    cases, meta = generate()
    data = serialise(cases)
    if "--check" in sys.argv:
        errs = check(cases, meta)
        with open(OUT, encoding="utf-8") as fh:
            if fh.read() != data:
                errs.append("cases.jsonl is not byte-identical to regenerated output")
        # re-read file and make sure it parses
        with open(OUT, encoding="utf-8") as fh:
            for line in fh:
                json.loads(line)
        pos, neg, by = counts(cases)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB",
                  "POSTCODE", "ADDRESS"]:
            need[t] = 10
        for t, n in need.items():
            if by.get(t, 0) < n:
                errs.append("too few %s spans: %d" % (t, by.get(t, 0)))
        if pos < 200 or neg < 100:
            errs.append("too few cases")
        for e in errs[:50]:
            print("ERROR", e)
        print("positive=%d negative=%d spans=%s" % (pos, neg, json.dumps(by, sort_keys=True)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    pos, neg, by = counts(cases)
    print("wrote %s: positive=%d negative=%d spans=%s" % (OUT, pos, neg, json.dumps(by, sort_keys=True)))


if __name__ == "__main__":
    main()

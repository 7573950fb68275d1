#!/usr/bin/env python3
"""Generate the pii_holdout458 held-out PII evaluation set (stdlib only).

Usage:
  python scripts/make_pii_holdout458.py          # write cases.jsonl
  python scripts/make_pii_holdout458.py --check  # regenerate + verify
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout458", "cases.jsonl")

# ---------------------------------------------------------------- vocab
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "umm", "uhm"}
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "won": 1, "two": 2,
         "to": 2, "too": 2, "three": 3, "tree": 3, "four": 4, "for": 4, "five": 5,
         "six": 6, "seven": 7, "eight": 8, "ate": 8, "nine": 9, "niner": 9}
TEENW = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENSW = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
ORD_U = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
         "seventh": 7, "eighth": 8, "ninth": 9}
ORD_T = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
         "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
         "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
NUMV = set(UNITS) | set(TEENW) | set(TENSW)
DPV = sorted([w for w in NUMV if w not in ("o", "to", "too", "for", "won", "ate", "tree")],
             key=len, reverse=True)
LNAMES = {"ay": "A", "bee": "B", "be": "B", "see": "C", "sea": "C", "cee": "C", "dee": "D",
          "ee": "E", "eff": "F", "gee": "G", "aitch": "H", "haitch": "H", "age": "H",
          "eye": "I", "jay": "J", "kay": "K", "el": "L", "elle": "L", "em": "M", "en": "N",
          "pee": "P", "pea": "P", "cue": "Q", "queue": "Q", "are": "R", "ar": "R",
          "ess": "S", "tee": "T", "tea": "T", "you": "U", "vee": "V", "ex": "X",
          "why": "Y", "zed": "Z", "zee": "Z"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J",
        "juliett": "J", "kilo": "K", "lima": "L", "mike": "M", "november": "N",
        "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S",
        "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W",
        "xray": "X", "yankee": "Y", "zulu": "Z"}
MONTHS = {}
for _i, _m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december"], 1):
    MONTHS[_m] = _i
    MONTHS[_m[:3]] = _i
MONTHS["sept"] = 9


def letter_of(t):
    if len(t) == 1 and t.isalpha():
        return t.upper()
    return LNAMES.get(t)


def _dp(tok):
    memo = {}

    def go(k):
        if k == len(tok):
            return []
        if k in memo:
            return memo[k]
        memo[k] = None
        for w in DPV:
            if tok.startswith(w, k):
                r = go(k + len(w))
                if r is not None:
                    memo[k] = [w] + r
                    return memo[k]
        return None
    return go(0)


def tokenize(text, mode):
    toks = re.findall(r"[a-z]+|\d+|[+@_.\-/]", text.lower())
    if mode == "email":
        return toks
    toks = [t for t in toks if t not in ("-", "/", ".", "_", "@")]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if i + 1 < len(toks) and toks[i + 1] in ("teen", "ty") and t + toks[i + 1] in NUMV:
            out.append(t + toks[i + 1])
            i += 2
            continue
        if (t.isalpha() and len(t) >= 5 and t not in NUMV and t not in NATO and t not in LNAMES
                and t not in ORD_U and t not in ORD_T and t not in MONTHS
                and t not in FILLERS and t not in ("double", "triple", "hundred", "thousand", "plus")):
            d = _dp(t)
            if d:
                out.extend(d)
                i += 1
                continue
        out.append(t)
        i += 1
    return out


def _two(toks, j):
    n = len(toks)
    if j >= n:
        return None, j
    t = toks[j]
    if t in TEENW:
        return TEENW[t], j + 1
    if t in ORD_T:
        return ORD_T[t], j + 1
    if t in TENSW:
        v = TENSW[t]
        if j + 1 < n and (UNITS.get(toks[j + 1], 0) > 0):
            return v + UNITS[toks[j + 1]], j + 2
        if j + 1 < n and toks[j + 1] in ORD_U:
            return v + ORD_U[toks[j + 1]], j + 2
        return v, j + 1
    if t in ORD_U:
        return ORD_U[t], j + 1
    if t in UNITS:
        return UNITS[t], j + 1
    return None, j


def _num(toks, i):
    n = len(toks)
    t = toks[i]
    if UNITS.get(t, 0) > 0 and i + 1 < n and toks[i + 1] in ("hundred", "thousand"):
        base = UNITS[t] * (100 if toks[i + 1] == "hundred" else 1000)
        j = i + 2
        jj = j + 1 if (j < n and toks[j] == "and") else j
        v, j2 = _two(toks, jj)
        if v is None:
            return str(base), j
        return str(base + v), j2
    v, j = _two(toks, i)
    if t in TENSW or t in TEENW or t in ORD_T or t in ORD_U or (
            t in UNITS and False):
        pass
    return str(v), j


def norm(text, mode="alnum"):
    """Normalise a written or spoken value to a compact string.
    mode: alnum | email | date.  Returns (string, month_or_None)."""
    toks = tokenize(text, mode)
    n = len(toks)
    out = []
    month = None
    i = 0
    while i < n:
        t = toks[i]
        if t in FILLERS:
            i += 1
            continue
        if mode == "date":
            if t in MONTHS and not (t == "may" and False):
                month = MONTHS[t]
                i += 1
                continue
            if t in ("of", "the", "st", "nd", "rd", "th", "slash", "dash", "/", "-", ".", ","):
                i += 1
                continue
        if mode == "email":
            if t in ("dot", "."):
                out.append(".")
                i += 1
                continue
            if t in ("at", "@"):
                out.append("@")
                i += 1
                continue
            if t in ("underscore", "_"):
                out.append("_")
                i += 1
                continue
            if t in ("dash", "hyphen", "-"):
                out.append("-")
                i += 1
                continue
        elif t in (".", "-", "_", "@", "/"):
            i += 1
            continue
        L = letter_of(t)
        if L and i + 2 < n and toks[i + 1] in ("for", "like") and toks[i + 2][0] == L.lower() \
                and len(toks[i + 2]) > 1:
            out.append(L)
            i += 3
            continue
        if L and i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in" \
                and toks[i + 3][0] == L.lower():
            out.append(L)
            i += 4
            continue
        if t in NATO and not (mode == "date" and t == "november"):
            out.append(NATO[t])
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < n:
            k = 2 if t == "double" else 3
            nx = toks[i + 1]
            if k == 2 and nx in ("you", "u"):
                out.append("W")
            elif nx in UNITS:
                out.append(str(UNITS[nx]) * k)
            elif nx.isdigit() and len(nx) == 1:
                out.append(nx * k)
            elif letter_of(nx) and mode != "email":
                out.append(letter_of(nx) * k)
            elif mode == "email" and len(nx) == 1:
                out.append(nx * k)
            else:
                out.append("?")
            i += 2
            continue
        if mode == "email" and len(t) == 1 and t.isalpha():
            out.append(t)
            i += 1
            continue
        if t in ("plus", "+"):
            out.append("+")
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in NUMV or t in ORD_U or t in ORD_T:
            s, i = _num(toks, i)
            out.append(s)
            continue
        if mode == "email":
            out.append(t)
            i += 1
            continue
        if L:
            out.append(L)
            i += 1
            continue
        if t.isalpha() and len(t) <= 4:
            out.append(t.upper())
            i += 1
            continue
        out.append("?" + t)
        i += 1
    s = "".join(out)
    if mode != "email":
        s = s.upper()
    return s, month


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    tot = 0
    for k, ch in enumerate(reversed(d)):
        v = int(ch)
        if k % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def ssn_ok(d):
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


def date_forms(canon, kind):
    y, m, d = canon
    ys = {str(y), "%02d" % (y % 100)}
    ms = {str(m), "%02d" % m}
    ds = {str(d), "%02d" % d}
    num, named = set(), set()
    for yy in ys:
        for mm in ms:
            if kind == "EXPIRY":
                num.add(mm + yy)
            else:
                for dd in ds:
                    num.update({dd + mm + yy, mm + dd + yy, yy + mm + dd})
        if kind == "EXPIRY":
            named.add(yy)
        else:
            for dd in ds:
                named.update({dd + yy, yy + dd})
    return num, named


def validate(typ, text, canon):
    if typ in ("DOB", "EXPIRY"):
        s, month = norm(text, "date")
        num, named = date_forms(canon, typ)
        if month is not None:
            return month == canon[1] and s in named
        return s in num
    if typ == "ADDRESS":
        low = text.lower()
        return bool(re.match(r"(flat|apartment|apt|unit|no\.?|number)?\s*[\w\-]+", low)) and bool(
            re.search(r"\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|crescent|"
                      r"place|terrace|gardens|boulevard|blvd|row|grove|hill|park|square|walk|mews)\b", low)) \
            and bool(re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                               r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                               r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|thirteen)\b", low))
    s, _ = norm(text, "email" if typ == "EMAIL" else "alnum")
    if typ == "EMAIL":
        return s == canon and bool(re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", s))
    if s != canon:
        return False
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return ssn_ok(s)
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(s)) and s[:2] not in NI_BAD
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 12
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "PHONE":
        return bool(re.fullmatch(r"\+?\d{9,15}", s))
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(s) or re.fullmatch(r"\d{5}(\d{4})?", s))
    return False


# ---------------------------------------------------------------- builder
class Group:
    def __init__(self, typ, canon, role="full"):
        self.typ, self.canon, self.role, self.parts = typ, canon, role, []

    def __call__(self, text):
        return (self, text)


class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns, self.groups = kind, note, [], []

    def g(self, typ, canon, role="full"):
        gr = Group(typ, canon, role)
        self.groups.append(gr)
        return gr

    def t(self, speaker, *parts):
        text = ""
        ti = len(self.turns)
        for p in parts:
            if isinstance(p, str):
                text += p
            else:
                gr, v = p
                s = len(text)
                text += v
                gr.parts.append((ti, s, len(text)))
        self.turns.append({"speaker": speaker, "text": text})

    def spans(self):
        sp = []
        for gr in self.groups:
            for (ti, s, e) in gr.parts:
                sp.append({"turn": ti, "start": s, "end": e, "type": gr.typ})
        sp.sort(key=lambda x: (x["turn"], x["start"]))
        return sp


# ---------------------------------------------------------------- speech rendering
R = random.Random(458241125)
UW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZV = ["oh", "oh", "oh", "o", "zero", "nought"]
HOMO = {"1": ["won"], "2": ["to", "too"], "4": ["for"], "8": ["ate"], "3": ["tree"], "9": ["niner"]}
TENS_R = {v: k for k, v in TENSW.items()}
TEEN_R = {v: k for k, v in TEENW.items()}
SPLIT_TEEN = {13: "thir teen", 14: "four teen", 16: "six teen", 17: "seven teen", 19: "nine teen"}
SPLIT_TY = {40: "for ty", 60: "six ty", 70: "seven ty", 90: "nine ty"}
FILL = ["um", "uh", "er", "erm", "um", "uh"]


def uword(d, zs, homo=0.1):
    if d == "0":
        return zs
    if d in HOMO and R.random() < homo:
        return R.choice(HOMO[d])
    return UW[int(d)]


def say_pair(p, zs, st, nodouble=False):
    a, b = p[0], p[1]
    if p == "00":
        return "double " + zs
    if a == "0":
        return zs + " " + uword(b, zs)
    v = int(p)
    if v < 20:
        if v in SPLIT_TEEN and R.random() < 0.15:
            return SPLIT_TEEN[v]
        return TEEN_R[v]
    if b == "0":
        st["open"] = True
        if v in SPLIT_TY and R.random() < 0.15:
            return SPLIT_TY[v]
        return TENS_R[v]
    if a == b and not nodouble and R.random() < 0.3:
        return "double " + UW[int(a)]
    r = R.random()
    if r < 0.15:
        return TENS_R[v - int(b)] + UW[int(b)]
    if r < 0.3:
        return TENS_R[v - int(b)] + "-" + UW[int(b)]
    return TENS_R[v - int(b)] + " " + UW[int(b)]


def say_group(g, style, zs, st):
    if st.get("open") and style != "digits":
        # avoid "forty" + "one" merging into 41: a unit word may not follow a bare tens word
        if style == "hundreds" or (style == "single" and g[0] != "0") or (style == "pairs" and len(g) % 2):
            style = "digits"
    if style == "digits":
        st["open"] = False
        return g
    words = []
    if style == "hundreds" and len(g) == 3 and g[0] != "0" and g[1:] != "00":
        st["open"] = False
        rest = g[1:]
        w = UW[int(g[0])] + " hundred" + (" and" if R.random() < 0.7 else "")
        if rest[0] == "0":
            w += " " + UW[int(rest[1])]
        else:
            w += " " + say_pair(rest, zs, st, nodouble=True)
        return w
    if style in ("pairs", "hundreds"):
        st["open"] = False
        k = 0
        if len(g) % 2:
            words.append(uword(g[0], zs))
            k = 1
        while k < len(g):
            st["open"] = False
            words.append(say_pair(g[k:k + 2], zs, st))
            k += 2
        return " ".join(words)
    # single digits with doubles / triples / run-togethers
    st["open"] = False
    k = 0
    while k < len(g):
        d = g[k]
        if k + 2 < len(g) and g[k + 1] == d and g[k + 2] == d and R.random() < 0.5:
            words.append("triple " + uword(d, zs, 0))
            k += 3
            continue
        if k + 1 < len(g) and g[k + 1] == d and R.random() < 0.6:
            words.append("double " + uword(d, zs, 0))
            k += 2
            continue
        if k + 1 < len(g) and d != "0" and g[k + 1] != "0" and R.random() < 0.08:
            words.append(UW[int(d)] + UW[int(g[k + 1])])
            k += 2
            continue
        words.append(uword(d, zs))
        k += 1
    return " ".join(words)


def say_digits(s, grouping=None, style=None, fill=0.12, sep=" "):
    """Render a digit string as ASR text."""
    if grouping is None:
        grouping = [4] * (len(s) // 4) + ([len(s) % 4] if len(s) % 4 else [])
    groups, k = [], 0
    for gl in grouping:
        groups.append(s[k:k + gl])
        k += gl
    if k < len(s):
        groups.append(s[k:])
    zs = R.choice(ZV)
    st = {}
    base = style or R.choice(["single", "single", "pairs", "mixed"])
    out = []
    for gi, g in enumerate(groups):
        if not g:
            continue
        stl = base
        if base == "mixed":
            stl = R.choice(["single", "pairs", "digits"] + (["hundreds"] if len(g) == 3 else []))
        out.append(say_group(g, stl, zs, st))
        if gi < len(groups) - 1 and R.random() < fill:
            out.append(R.choice(FILL))
            st["open"] = False  # filler breaks combination? no: keep safe
            st["open"] = st.get("open", False)
    return sep.join(out)


def say_letter(ch, misheard=0.3, nato=0.3):
    ch = ch.upper()
    names = {v: [] for v in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    for k, v in LNAMES.items():
        names[v].append(k)
    r = R.random()
    natow = [k for k, v in NATO.items() if v == ch and k not in ("alfa", "juliett", "whisky")]
    if ch == "O":
        return R.choice(["oscar", "o for oscar", "o as in oscar"])
    if r < nato:
        w = R.choice(natow)
        return R.choice([w, ch.lower() + " for " + w, ch.lower() + " as in " + w])
    if r < nato + misheard and names[ch] and ch != "U":
        return R.choice(names[ch])
    if ch == "W":
        return R.choice(["double you", "w"])
    return ch.lower()


def say_alnum(s, grouping=None, fill=0.1):
    """Mixed letters+digits (NI, postcode, IBAN): runs of digits via say_digits."""
    out = []
    k = 0
    runs = re.findall(r"\d+|[A-Z]", s)
    prev_digit_words = False
    for r_ in runs:
        if r_.isdigit():
            out.append(say_digits(r_, grouping=[2] * (len(r_) // 2) + ([1] if len(r_) % 2 else [])
                                  if len(r_) <= 6 else None, fill=fill))
        else:
            out.append(say_letter(r_))
        if R.random() < fill * 0.5:
            out.append(R.choice(FILL))
    return " ".join(out)


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    r = R.random()
    if r < 0.45:
        return luhn_complete("4" + R.choice("0123456789"), 16)
    if r < 0.7:
        return luhn_complete("5" + R.choice("12345"), 16)
    if r < 0.82:
        return luhn_complete(R.choice(["34", "37"]), 15)
    if r < 0.9:
        return luhn_complete("6011", 16)
    if r < 0.95:
        return luhn_complete("4", 13)
    return luhn_complete(R.choice(["6759", "6304", "4"]), 19)


def card_grouping(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 3, 3, 3]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def typed_digits(s, grouping, seps=(" ", "-", "", " ")):
    sep = R.choice(seps)
    if sep == "" and R.random() < 0.3:
        return s
    parts, k = [], 0
    for gl in grouping:
        parts.append(s[k:k + gl])
        k += gl
    if R.random() < 0.15 and len(parts) > 2:  # odd grouping
        parts = [parts[0] + parts[1]] + parts[2:]
    return sep.join(p for p in parts if p)


def gen_ssn():
    while True:
        d = "%03d%02d%04d" % (R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999))
        if ssn_ok(d):
            return d


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p in NI_BAD or p.lower() in LNAMES or p.lower() in NUMV or p in ("AB", "AT", "OR", "AS"):
            continue
        return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


UK_AREAS = ["SW", "SE", "NW", "M", "B", "LS", "BS", "G", "CF", "NG", "L", "CR", "RG", "CB",
            "BT", "KT", "BN", "DE", "HP", "N", "E", "W", "PR", "WA", "SK", "TW", "GL", "BH"]
INWARD_L = "ABDEFGHJLNPRSTWXYZ"


def gen_postcode_uk():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 28)) if len(a) == 2 else str(R.randint(1, 99))
    return a + d + str(R.randint(0, 9)) + R.choice(INWARD_L) + R.choice(INWARD_L)


def fmt_pc(pc):
    return pc[:-3] + " " + pc[-3:]


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.2:
        z += "%04d" % R.randint(1, 9999)
    return z


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if cc in ("GB", "IE"):
        bank = R.choice(["WEST", "NWBK", "BARC", "HBUK", "LOYD", "MIDL"] if cc == "GB"
                        else ["AIBK", "BOFI", "IPBS", "ULSB"])
        bban = bank + "".join(R.choice("0123456789") for _ in range(14))
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABO", "INGB"]) + "".join(R.choice("0123456789") for _ in range(10))
    elif cc == "DE":
        bban = "".join(R.choice("0123456789") for _ in range(18))
    elif cc == "ES":
        bban = "".join(R.choice("0123456789") for _ in range(20))
    else:
        bban = "".join(R.choice("0123456789") for _ in range(23))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_phone():
    r = R.random()
    if r < 0.3:
        return "07700900" + "%03d" % R.randint(0, 999), "uk_mob"
    if r < 0.45:
        return "+447700900" + "%03d" % R.randint(0, 999), "uk_int"
    if r < 0.55:
        return "0" + R.choice(["20", "161", "113", "117", "131"]) + "4960" + "%03d" % R.randint(0, 999), "uk_land"
    if r < 0.7:
        return R.choice(["415", "212", "617", "312", "503"]) + "555" + "01" + "%02d" % R.randint(0, 99), "us"
    if r < 0.78:
        return "+1" + R.choice(["646", "213", "404"]) + "555" + "01" + "%02d" % R.randint(0, 99), "us_int"
    if r < 0.88:
        return "08" + R.choice("3567") + "%07d" % R.randint(0, 9999999), "ie"
    if r < 0.94:
        return "+3538" + R.choice("3567") + "%07d" % R.randint(0, 9999999), "ie_int"
    return R.choice(["+336", "+4915", "+3469"]) + "%08d" % R.randint(0, 99999999), "eu_int"


def typed_phone(p, kind):
    if kind == "uk_mob":
        return R.choice([p[:5] + " " + p[5:], p, p[:5] + "-" + p[5:8] + "-" + p[8:]])
    if kind == "uk_int":
        return R.choice([p[:3] + " " + p[3:7] + " " + p[7:], p, "+44-" + p[3:]])
    if kind == "uk_land":
        k = 3 if p[1:3] == "20" else 4
        return p[:k] + " " + p[k:k + 4] + " " + p[k + 4:] if k == 3 else p[:k] + " " + p[k:k + 3] + " " + p[k + 3:]
    if kind == "us":
        return R.choice([p[:3] + "-" + p[3:6] + "-" + p[6:], p[:3] + "." + p[3:6] + "." + p[6:], p[:3] + " " + p[3:6] + " " + p[6:]])
    if kind == "us_int":
        return "+1 " + p[2:5] + " " + p[5:8] + " " + p[8:]
    if kind == "ie":
        return R.choice([p[:3] + " " + p[3:], p[:3] + "-" + p[3:6] + " " + p[6:], p])
    if kind == "ie_int":
        return "+353 " + p[4:6] + " " + p[6:]
    return p[:3] + " " + p[3:]


def spoken_phone(p, kind):
    s = p
    pre = ""
    if s.startswith("+"):
        cc = {"uk_int": "44", "us_int": "1", "ie_int": "353"}.get(kind) or s[1:3]
        pre = R.choice(["plus ", "plus "]) + say_digits(cc, grouping=[len(cc)], style="single", fill=0) + " "
        s = s[1 + len(cc):]
    if kind in ("uk_mob", "uk_int") or (kind == "uk_land"):
        gr = [5, 3, 3] if len(s) == 11 else [4, 3, 3]
    elif kind in ("us", "us_int"):
        gr = [3, 3, 4]
    else:
        gr = [3, 3, 4] if len(s) == 10 else [2, 3, 4]
    return pre + say_digits(s, grouping=gr, style=R.choice(["single", "single", "mixed"]))


FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "marta", "kevin", "chloe", "dev",
         "niamh", "oliver", "grace", "jamal", "helen", "ruth", "pawel", "megan", "carlos", "fiona"]
LAST = ["doyle", "patel", "murphy", "smith", "kowalski", "okafor", "nguyen", "byrne", "hughes",
        "garcia", "walsh", "campbell", "reilly", "evans", "khan", "brennan", "lewis", "moran"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("outlook", "com"), ("yahoo", "ie"),
           ("icloud", "com"), ("btinternet", "com"), ("eircom", "net"), ("protonmail", "com"),
           ("aol", "com"), ("sky", "com")]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom, tld = R.choice(DOMAINS)
    style = R.randint(0, 4)
    num = str(R.randint(1, 99)) if R.random() < 0.4 else ""
    if style == 0:
        local = f + "." + l + num
    elif style == 1:
        local = f[0] + "." + l + num
    elif style == 2:
        local = f + "_" + l[0] + num
    elif style == 3:
        local = f + l + num
    else:
        local = l + "-" + f + num
    return local + "@" + dom + "." + tld, (f, l, num, dom, tld, style)


def spoken_email(info):
    f, l, num, dom, tld, style = info
    def sayname(w):
        r = R.random()
        if r < 0.2:
            return " ".join(w)  # spelled letters
        if r < 0.3:
            return w + " " + " ".join(say_letter(c, misheard=0, nato=0.9) if False else c for c in w[:0]) if False else w
        return w
    num_s = ""
    if num:
        num_s = " " + (say_digits(num, grouping=[len(num)], style=R.choice(["pairs", "single"]), fill=0))
    dom_s = dom
    if dom == "hotmail" and R.random() < 0.5:
        dom_s = "hot mail"
    if dom == "gmail" and R.random() < 0.5:
        dom_s = "g mail"
    if dom == "btinternet" and R.random() < 0.6:
        dom_s = "b t internet"
    tld_s = " dot ".join(tld.split("."))
    if style == 0:
        loc = sayname(f) + " dot " + sayname(l) + num_s
    elif style == 1:
        loc = R.choice([f[0], f[0] + " for " + [k for k, v in NATO.items() if v == f[0].upper()][0]]) + " dot " + sayname(l) + num_s
    elif style == 2:
        loc = sayname(f) + " underscore " + f"{l[0]}" + num_s
    elif style == 3:
        loc = sayname(f) + " " + sayname(l) + num_s
    else:
        loc = sayname(l) + R.choice([" dash ", " hyphen "]) + sayname(f) + num_s
    return loc + " at " + dom_s + " dot " + tld_s


def typed_email(e):
    r = R.random()
    if r < 0.2:
        return e.upper() if R.random() < 0.3 else e[0].upper() + e[1:]
    return e


STREETS = ["harrow road", "kingsley avenue", "maple street", "elm grove", "station road",
           "church lane", "mill close", "victoria terrace", "oak drive", "castle way",
           "orchard crescent", "st john's place", "beech gardens", "high street", "park row",
           "sycamore court", "laurel drive", "quarry hill", "main street", "larkspur walk"]
US_STREETS = ["maple street", "elm avenue", "sunset boulevard", "oak lane", "cedar drive",
              "washington avenue", "pine street", "lakeview court"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Croydon", "Reading", "Glasgow", "Cardiff", "Nottingham"]
TOWNS_IE = ["Galway", "Cork", "Limerick", "Dublin 8"]
TOWNS_US = ["Portland", "Austin", "Columbus", "Denver", "Raleigh"]


def gen_address(us=False):
    st = R.choice(US_STREETS if us else STREETS)
    num = R.randint(100, 9899) if us else R.randint(1, 240)
    flat = None
    if R.random() < 0.25:
        flat = R.choice(["flat", "apartment", "unit", "apt"]) + " " + str(R.randint(1, 30)) + R.choice(["", "", "b", "a"])
    return num, st, flat


def typed_address(a):
    num, st, flat = a
    stt = st.title() if R.random() < 0.7 else st
    if R.random() < 0.2:
        stt = stt.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave").replace("street", "st")
    s = str(num) + R.choice(["", "", "b"]) + " " + stt
    if flat:
        s = (flat.title() if R.random() < 0.5 else flat) + R.choice([", ", " "]) + s
    return s


def spoken_address(a):
    num, st, flat = a
    n = str(num)
    if len(n) == 1 or R.random() < 0.4:
        nw = say_digits(n, grouping=[len(n)], style=R.choice(["pairs", "hundreds"]), fill=0)
    else:
        nw = say_digits(n, grouping=[len(n)], style="single", fill=0)
    s = nw + " " + st
    if flat:
        f = flat.split()
        s = f[0] + " " + say_digits(re.sub(r"\D", "", f[1]), grouping=[len(re.sub(r"\D", "", f[1]))],
                                      style="pairs", fill=0) + (" " + f[1][-1] if f[1][-1].isalpha() else "") + " " + s
    return s


def gen_date(dob=True):
    if dob:
        return (R.randint(1940, 2005), R.randint(1, 12), R.randint(1, 28))
    return (R.randint(2025, 2031), R.randint(1, 12), 1)


MN = ["", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december"]
ORD_NAMES = {v: k for k, v in ORD_U.items()}
ORD_NAMES.update({v: k for k, v in ORD_T.items()})


def ordinal_words(d):
    if d in ORD_NAMES:
        return ORD_NAMES[d]
    t, u = d - d % 10, d % 10
    return TENS_R[t] + " " + ORD_U_R[u]


ORD_U_R = {v: k for k, v in ORD_U.items()}


def year_words(y):
    if y >= 2000:
        r = y - 2000
        if r < 10:
            return R.choice(["two thousand and " + UW[r], "two thousand " + UW[r], "twenty oh " + UW[r]]) if r else "two thousand"
        return R.choice(["two thousand and ", "twenty "]) + say_pair(str(r), "oh", {})
    return say_pair(str(y)[:2], "oh", {}) + " " + say_pair(str(y)[2:], "oh", {})


def typed_dob(c):
    y, m, d = c
    r = R.randint(0, 6)
    if r == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if r == 1:
        return "%d/%d/%d" % (m, d, y)
    if r == 2:
        return "%d.%d.%02d" % (d, m, y % 100)
    if r == 3:
        return "%d %s %d" % (d, MN[m][:3].title(), y)
    if r == 4:
        return "%s %d%s, %d" % (MN[m].title(), d, {1: "st", 2: "nd", 3: "rd"}.get(d if d < 20 else d % 10, "th"), y)
    if r == 5:
        return "%d-%02d-%02d" % (y, m, d)
    return "%02d-%02d-%d" % (d, m, y)


def spoken_dob(c):
    y, m, d = c
    r = R.randint(0, 4)
    if r == 0:
        return ordinal_words(d) + " of " + MN[m] + " " + year_words(y)
    if r == 1:
        return MN[m] + " the " + ordinal_words(d) + R.choice([" ", " um "]) + year_words(y)
    if r == 2:
        return say_digits("%02d%02d%02d" % (d, m, y % 100), grouping=[2, 2, 2], style=R.choice(["single", "pairs"]))
    if r == 3:
        return ordinal_words(d) + " " + MN[m] + " " + say_pair(str(y)[2:], "oh", {})
    return say_digits("%02d%02d" % (d, m), grouping=[2, 2], style="single", fill=0) + " " + year_words(y)


def typed_exp(c):
    y, m, _ = c
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                     "%02d-%02d" % (m, y % 100), "%s %d" % (MN[m][:3].title(), y)])


def spoken_exp(c):
    y, m, _ = c
    r = R.randint(0, 3)
    if r == 0:
        return say_digits("%02d" % m, grouping=[2], style="single", fill=0) + " " + say_pair("%02d" % (y % 100), "oh", {})
    if r == 1:
        return MN[m] + " " + year_words(y)
    if r == 2:
        return say_digits("%02d" % m, grouping=[2], style="single", fill=0) + " slash " + say_digits("%02d" % (y % 100), grouping=[2], style="single", fill=0)
    return MN[m] + " " + say_pair("%02d" % (y % 100), "oh", {})


# ---------------------------------------------------------------- scenarios
INDUSTRY = {
    "banking": ("thanks for calling Northgate Bank", "your current account"),
    "telecom": ("you're through to Vireo Mobile billing", "your broadband account"),
    "utilities": ("Brightwater Energy, how can I help", "your gas and electric account"),
    "retail": ("Hollis & Pike customer care", "your store card"),
    "insurance": ("Castlegate Insurance claims line", "your home policy"),
    "travel": ("Skylark Holidays bookings", "your booking"),
    "healthcare billing": ("Meridian Health billing office", "your statement"),
    "government": ("Revenue services helpline", "your tax record"),
}
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go ahead", "got that", "mm-hm", "sure"]
ASIDES = ["sorry hang on the dog's barking", "one sec, it's rubbed off a bit", "hold on i need my glasses",
          "sorry my son's shouting", "wait the bus is going past", "bear with me"]
LEAD = {
    "CARD_NUMBER": ["it's ", "the long number is ", "card number ", "ok so ", "right it's ", "yeah its "],
    "SSN": ["my social is ", "social security number ", "it's ", "ssn is ", "the social's "],
    "NI_NUMBER": ["my national insurance is ", "NI number ", "it's ", "ni number is ", "national insurance number "],
    "BANK_ACCOUNT": ["account number ", "acct no: ", "a/c ", "the account is ", "it's "],
    "SORT_CODE": ["sort code ", "s/c ", "the sort code's ", "sort "],
    "PHONE": ["you can reach me on ", "my mobile is ", "best number is ", "call me on ", "it's "],
    "EMAIL": ["my email is ", "email: ", "it's ", "send it to ", "e-mail address is "],
    "IBAN": ["the iban is ", "IBAN: ", "it's ", "iban "],
    "DOB": ["date of birth ", "i was born on the ", "dob: ", "birthday is ", "it's "],
    "CVV": ["security code is ", "cvv ", "the three digits on the back are ", "cvc "],
    "EXPIRY": ["expires ", "expiry ", "exp date ", "valid till "],
}


def chat_text(s):
    """Occasional typos / case noise in typed chat lead-ins (never inside values)."""
    if R.random() < 0.15:
        s = s.lower()
    return s


def chunks_of(canon, grouping, nparts):
    groups, k = [], 0
    for gl in grouping:
        groups.append(canon[k:k + gl])
        k += gl
    if k < len(canon):
        groups.append(canon[k:])
    groups = [g for g in groups if g]
    nparts = min(nparts, len(groups))
    cuts = sorted(R.sample(range(1, len(groups)), nparts - 1))
    out, prev = [], 0
    for c in cuts + [len(groups)]:
        out.append(groups[prev:c])
        prev = c
    return ["".join(g) for g in out], [[len(x) for x in g] for g in out]


def render_val(typ, canon, asr, grouping=None, extra=None):
    if typ in ("CARD_NUMBER", "SSN", "BANK_ACCOUNT", "SORT_CODE", "CVV"):
        if asr:
            return say_digits(canon, grouping=grouping, style=R.choice(["single", "pairs", "mixed", "single"]))
        return typed_digits(canon, grouping)
    if typ == "PHONE":
        return spoken_phone(canon, extra) if asr else typed_phone(canon, extra)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        if asr:
            if typ == "POSTCODE" and canon.isdigit():
                return say_digits(canon, grouping=[5, 4] if len(canon) > 5 else [5], style=R.choice(["single", "mixed"]))
            return say_alnum(canon)
        if typ == "NI_NUMBER":
            f = R.randint(0, 3)
            s = [canon, canon[:2] + " " + canon[2:4] + " " + canon[4:6] + " " + canon[6:8] + " " + canon[8],
                 canon[:2] + canon[2:8] + " " + canon[8], canon[:2] + " " + canon[2:8] + " " + canon[8]][f]
            return s.lower() if R.random() < 0.25 else s
        if typ == "IBAN":
            s = " ".join(canon[i:i + 4] for i in range(0, len(canon), 4)) if R.random() < 0.7 else canon
            return s.lower() if R.random() < 0.2 else s
        if canon.isdigit():
            return canon if len(canon) == 5 else canon[:5] + "-" + canon[5:]
        s = fmt_pc(canon) if R.random() < 0.8 else canon
        return s.lower() if R.random() < 0.25 else s
    if typ == "EMAIL":
        return spoken_email(extra) if asr else typed_email(canon)
    if typ == "DOB":
        return spoken_dob(canon) if asr else typed_dob(canon)
    if typ == "EXPIRY":
        return spoken_exp(canon) if asr else typed_exp(canon)
    raise ValueError(typ)


def canon_norm(typ, c):
    return c


def gen_value(typ):
    if typ == "CARD_NUMBER":
        c = gen_card()
        return c, card_grouping(c), None
    if typ == "SSN":
        return gen_ssn(), [3, 2, 4], None
    if typ == "NI_NUMBER":
        return gen_ni(), None, None
    if typ == "BANK_ACCOUNT":
        if R.random() < 0.7:
            return "".join(R.choice("0123456789") for _ in range(8)), [4, 4], None
        n = R.randint(10, 12)
        return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1)), [3, 3, 4, n - 10], None
    if typ == "SORT_CODE":
        return "%02d%02d%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99)), [2, 2, 2], None
    if typ == "CVV":
        n = 3 if R.random() < 0.85 else 4
        return "".join(R.choice("0123456789") for _ in range(n)), [n], None
    if typ == "PHONE":
        p, kind = gen_phone()
        return p, None, kind
    if typ == "IBAN":
        return gen_iban(), None, None
    if typ == "EMAIL":
        e, info = gen_email()
        return e, None, info
    if typ == "DOB":
        return gen_date(True), None, None
    if typ == "EXPIRY":
        return gen_date(False), None, None
    raise ValueError(typ)


def pre_ctx(c, asr, ind):
    hello, thing = INDUSTRY[ind]
    if R.random() < 0.6:
        c.t("agent", (hello + "." if not asr else hello.lower()) if R.random() < 0.5 else
            ("can i take " if asr else "Can I take ") + "a few details to find " + thing + ("" if asr else "?"))


def read_one(c, typ, asr, ind, allow_split=True, readback=True, asks=None):
    """One value read by the customer, with optional split / aside / restart / read-back."""
    canon, grouping, extra = gen_value(typ)
    lead = R.choice(LEAD.get(typ, ["it's "]))
    if asr:
        lead = lead.lower().replace(":", "").replace("s/c ", "sort code ").replace("a/c ", "account ")
    if asks:
        c.t("agent", asks)
    g = c.g(typ, canon)
    r = R.random()
    digitish = typ in ("CARD_NUMBER", "SSN", "BANK_ACCOUNT", "PHONE", "IBAN", "NI_NUMBER")
    if asr and allow_split and digitish and r < 0.35 and typ != "PHONE":
        gr = grouping or ([2, 2, 2, 2, 1] if typ == "NI_NUMBER" else [4] * 10)
        if typ == "NI_NUMBER":
            gr = [2, 2, 2, 2, 1]
        parts, grs = chunks_of(canon, gr, R.choice([2, 2, 3]))
        for k, (p, pg) in enumerate(zip(parts, grs)):
            if typ in ("NI_NUMBER", "IBAN"):
                txt = say_alnum(p)
            else:
                txt = say_digits(p, grouping=pg)
            pre = (lead if k == 0 else R.choice(["", "then ", "and ", "uh then "]))
            post = R.choice(["", "", "...", ","]) if k < len(parts) - 1 else ""
            c.t("customer", pre, g(txt), post)
            if k < len(parts) - 1:
                c.t("agent", R.choice(BACK))
    elif asr and allow_split and digitish and r < 0.5 and typ not in ("PHONE",):
        gr = grouping or [2, 2, 2, 2, 1]
        parts, grs = chunks_of(canon, gr if typ != "IBAN" else [4] * 8, 2)
        t1 = say_alnum(parts[0]) if typ in ("NI_NUMBER", "IBAN") else say_digits(parts[0], grouping=grs[0])
        t2 = say_alnum(parts[1]) if typ in ("NI_NUMBER", "IBAN") else say_digits(parts[1], grouping=grs[1])
        c.t("customer", lead, g(t1), ", " + R.choice(ASIDES) + ", ", g(t2))
    elif asr and digitish and r < 0.62 and typ not in ("IBAN",):
        # restarted reading: abandoned fragment is labelled too
        fr = c.g(typ, canon[:R.randint(2, 5)], role="frag")
        ftxt = say_alnum(fr.canon) if typ == "NI_NUMBER" else say_digits(fr.canon.lstrip("+"), style="single", fill=0)
        if fr.canon.startswith("+"):
            ftxt = "plus " + ftxt
        c.t("customer", lead, fr(ftxt), R.choice(["... no sorry, let me start again, ", " - sorry wrong one, it's ",
                                                  ", no wait, scratch that, "]),
            g(render_val(typ, canon, asr, grouping, extra)))
    else:
        txt = render_val(typ, canon, asr, grouping, extra)
        tail = R.choice(["", "", " thanks", ".", " i think", " yeah"]) if asr else R.choice(["", ".", " thx", " ta"])
        c.t("customer", lead if R.random() < 0.85 else "", g(txt), tail)
    if readback and R.random() < 0.4:
        rb = c.g(typ, canon)
        c.t("agent", R.choice(["so that's ", "let me read that back, ", "just to confirm, ", "i've got "]),
            rb(render_val(typ, canon, asr, grouping, extra)), R.choice(["?", ", is that right?", ", correct?"]))
        c.t("customer", R.choice(["yes", "yeah that's it", "correct", "yep"]))
    return canon


def pos_card(c, asr, ind):
    pre_ctx(c, asr, ind)
    canon = read_one(c, "CARD_NUMBER", asr, ind, asks=R.choice(["what's the long card number please",
                                                                  "Can I take the card number?", "go ahead with the card number"]))
    if R.random() < 0.5:
        read_one(c, "EXPIRY", asr, ind, allow_split=False, readback=False, asks="and the expiry date")
    if R.random() < 0.4:
        read_one(c, "CVV", asr, ind, allow_split=False, readback=False, asks="and the security code on the back")
    if R.random() < 0.3:
        l4 = c.g("CARD_NUMBER", canon[-4:], role="last4")
        c.t("agent", "great, so the payment of £%d.%02d will go on the card ending " % (R.randint(5, 900), R.randint(0, 99)),
            l4(canon[-4:] if not asr else say_digits(canon[-4:], style="single", fill=0)))
    elif R.random() < 0.3:
        c.t("agent", "your balance is %s" % (R.choice(["£1,204.50", "four hundred and twelve pounds", "$87.19"])))


def pos_simple(typ):
    def f(c, asr, ind):
        pre_ctx(c, asr, ind)
        read_one(c, typ, asr, ind)
        if R.random() < 0.3:
            c.t("agent", R.choice(["thanks, your reference for today is 4471 2290", "lovely, that call will be logged at 10:42",
                                   "your order number is ORD-558231", "and that's for the appointment on the 14th of June"]))
    return f


def pos_bank(c, asr, ind):
    pre_ctx(c, asr, ind)
    read_one(c, "SORT_CODE", asr, ind, asks="what's the sort code")
    read_one(c, "BANK_ACCOUNT", asr, ind, asks="and the account number")


def pos_address(c, asr, ind):
    pre_ctx(c, asr, ind)
    us = R.random() < 0.3
    a = gen_address(us)
    atxt = spoken_address(a) if asr else typed_address(a)
    ga = c.g("ADDRESS", None)
    pc = gen_zip() if us else gen_postcode_uk()
    gp = c.g("POSTCODE", pc)
    town = R.choice(TOWNS_US if us else TOWNS_UK)
    ptxt = render_val("POSTCODE", pc, asr)
    c.t("agent", "can i confirm the first line of the address" if asr else "Can you confirm your address please?")
    if asr and R.random() < 0.5:
        c.t("customer", "it's ", ga(atxt), " in " + town.lower())
        c.t("agent", R.choice(["and the postcode", "and the zip", "postcode?"]))
        c.t("customer", gp(ptxt))
        if R.random() < 0.4:
            gp2 = c.g("POSTCODE", pc)
            c.t("agent", "sorry was that ", gp2(render_val("POSTCODE", pc, asr)), "?")
            c.t("customer", "yes")
    else:
        c.t("customer", R.choice(["", "it's ", "address: "]), ga(atxt), ", " + (town if not asr else town.lower()) + ", ", gp(ptxt))


def pos_multi_id(c, asr, ind):
    """ID&V: DOB plus one other identifier."""
    pre_ctx(c, asr, ind)
    read_one(c, "DOB", asr, ind, allow_split=False, asks="can i take your date of birth")
    read_one(c, R.choice(["PHONE", "EMAIL", "NI_NUMBER", "SSN"]), asr, ind,
             asks="and one more thing to confirm it's you")


POS_PLAN = ([(pos_card, 62), (pos_simple("SSN"), 30), (pos_simple("NI_NUMBER"), 30), (pos_bank, 14),
             (pos_simple("IBAN"), 12), (pos_simple("PHONE"), 14), (pos_simple("EMAIL"), 14),
             (pos_simple("DOB"), 10), (pos_address, 16), (pos_multi_id, 12)])


def d16():
    return " ".join("".join(R.choice("0123456789") for _ in range(4)) for _ in range(4))


NEG_T = [
    lambda: [("customer", "my order number is %s, it still hasn't arrived" % d16().replace(" ", "")),
             ("agent", "thanks, order %s, i can see it left the depot on the 3rd" % "")],
    lambda: [("agent", "the tracking number is 1Z 999 AA1 %02d %04d %04d" % (R.randint(0, 99), R.randint(0, 9999), R.randint(0, 9999))),
             ("customer", "ok so one z nine nine nine")],
    lambda: [("customer", "uh the reference on the letter is " + say_digits("".join(R.choice("0123456789") for _ in range(12)))),
             ("agent", "perfect that's the reference, i've found the claim")],
    lambda: [("customer", "the meter reading is " + say_digits("%05d" % R.randint(0, 99999), grouping=[5])),
             ("agent", "and the night reading")],
    lambda: [("customer", "card ending " + say_digits("%04d" % R.randint(0, 9999), style="single", fill=0)),
             ("agent", "thanks, the card ending in those four digits is the one on file")],
    lambda: [("agent", "Your card ending %04d was charged £%d.%02d on the %dth." % (R.randint(0, 9999), R.randint(10, 999), R.randint(0, 99), R.randint(4, 28)))],
    lambda: [("customer", "the balance says %s and the minimum payment is %s" % (R.choice(["£1,432.18", "€2,019.55", "$4,532.11"]), R.choice(["£25", "forty five pounds", "$35.00"])))],
    lambda: [("agent", "we're open eight till eight monday to friday and nine to five on saturdays"),
             ("customer", "so if i ring back at half four that's fine")],
    lambda: [("customer", "i've been on hold for forty five minutes, that's three times this week")],
    lambda: [("customer", "my mum's eighty seven and the heating's been off since tuesday, it's minus four outside")],
    lambda: [("agent", "the rate is nineteen point nine percent apr, fixed for %d months" % R.choice([12, 18, 24]))],
    lambda: [("customer", "i've been a customer since %d, contract ends %s" % (R.randint(1998, 2022), R.choice(["march 2027", "the 14th of june", "next april"])))],
    lambda: [("agent", "your engineer appointment is %s between %s" % (R.choice(["tuesday the fourteenth of march", "14/03/2026", "the 2nd of May"]), R.choice(["8 and 1", "twelve and six", "10:00-14:00"])))],
    lambda: [("customer", "invoice number INV-%08d, dated %02d/%02d/2025" % (R.randint(0, 99999999), R.randint(1, 28), R.randint(1, 12)))],
    lambda: [("customer", "policy number is %s" % R.choice(["HX-4471-2290-18", "POL 2291 883 117", "CG%09d" % R.randint(0, 999999999)])),
             ("agent", "thank you, i've got the policy up")],
    lambda: [("customer", "the serial number on the back of the router is " + d16()), ("agent", "and the model number?"),
             ("customer", "it's %s" % R.choice(["KX-TG6821", "HG 8245 Q2", "VR-2200 v3"]))],
    lambda: [("customer", "i'm on flight %s, seat %d%s, gate %s" % (R.choice(["BA 117", "EI 154", "FR 8412", "UA 0918"]), R.randint(1, 40), R.choice("ACDF"), R.choice(["B22", "14", "A7"])))],
    lambda: [("customer", "we were in room %d, checked out at eleven" % R.randint(100, 999))],
    lambda: [("customer", "i was driving on the %s near junction %d" % (R.choice(["A40", "M25", "N7", "I-95", "route 66", "M50"]), R.randint(1, 30)))],
    lambda: [("customer", "the ticket number is " + say_digits("".join(R.choice("0123456789") for _ in range(16)), grouping=[4, 4, 4, 4])),
             ("agent", "ok that ticket number has been escalated")],
    lambda: [("agent", "the claim reference is CLM %d %03d %04d" % (R.randint(2019, 2026), R.randint(0, 999), R.randint(0, 9999)))],
    lambda: [("customer", "it cost four hundred and twelve pounds ninety nine and the delivery was another fifteen")],
    lambda: [("customer", "we paid on the 1st, the direct debit comes out on the %d%s of every month" % (R.randint(4, 28), "th"))],
    lambda: [("customer", "there's %d of us travelling, two adults and %d kids aged %d and %d" % (R.randint(3, 6), R.randint(1, 4), R.randint(2, 9), R.randint(10, 16)))],
    lambda: [("agent", "the consignment number is %s" % luhn_complete("4", 16)), ("customer", "thanks, i'll keep an eye on it")],
    lambda: [("customer", "the account reference on the bill is %s" % "".join(R.choice("0123456789") for _ in range(10))), ("agent", "that's your bill reference, yes")],
    lambda: [("customer", "the thermostat is set to twenty one degrees but it says sixteen"), ("agent", "ok")],
    lambda: [("customer", "i topped up twenty euro at 14:05 and it says i've used 98% of my data")],
    lambda: [("agent", "your booking reference is " + " ".join(say_letter(ch, misheard=0, nato=1) for ch in "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(6)))),
             ("customer", "got it")],
    lambda: [("customer", "the parcel id is " + say_digits("%09d" % R.randint(0, 999999999), grouping=[3, 2, 4])), ("agent", "that parcel id was delivered at 9:12")],
    lambda: [("customer", "my smart meter serial number is %02dP%07d" % (R.randint(10, 23), R.randint(0, 9999999)))],
    lambda: [("agent", "the next available slot is at " + R.choice(["quarter past nine", "nine fifteen", "14:30", "half two"]) + " on " + R.choice(["friday", "the 21st"]))],
    lambda: [("customer", "the payment of " + say_digits("%d" % R.randint(100, 999), grouping=[3], style="hundreds", fill=0) + " pounds was taken twice")],
    lambda: [("customer", "case number " + say_digits("%08d" % R.randint(0, 99999999), grouping=[4, 4]) + " from last week"),
             ("agent", "yes i have that case number")],
    lambda: [("customer", "it's the flat above the shop on station road, the buzzer doesn't work")],
    lambda: [("customer", "the loan was for %s over %d years at %s%%" % (R.choice(["£12,500", "$30,000", "€8,000"]), R.randint(2, 7), R.choice(["6.9", "4.5", "12.9"])))],
    lambda: [("customer", "it's a %d model, mileage about %d" % (R.randint(2008, 2024), R.randint(10000, 140000)))],
    lambda: [("customer", "the prescription reference is " + " ".join(say_digits("".join(R.choice("0123456789") for _ in range(4)), style="pairs", fill=0) for _ in range(3))),
             ("agent", "lovely, that prescription's been sent")],
    lambda: [("customer", "i ordered item number %d, quantity %d, size %d" % (R.randint(100000, 999999), R.randint(1, 9), R.randint(6, 20)))],
]


def neg_case(c, asr):
    k = len(c.turns)
    tpl = R.choice(NEG_T)
    for sp, txt in tpl():
        if not asr and sp == "customer" and R.random() < 0.3:
            txt = txt[0].upper() + txt[1:]
        c.t(sp, txt)
    if R.random() < 0.25:
        tpl = R.choice(NEG_T)
        for sp, txt in tpl():
            c.t(sp, txt)


# ---------------------------------------------------------------- build / write / check
def build():
    global R
    R = random.Random(458241125)
    cases = []
    plan = []
    for fn, n in POS_PLAN:
        plan += [fn] * n
    R.shuffle(plan)
    inds = list(INDUSTRY)
    for i, fn in enumerate(plan, 1):
        asr = R.random() < 0.62
        ind = R.choice(inds)
        c = Case("positive", "")
        fn(c, asr, ind)
        c.note = "%s; %s; %s" % (fn.__name__ if fn.__name__ != "f" else "single value",
                                 "asr transcript" if asr else "typed chat", ind)
        types = sorted({g.typ for g in c.groups})
        c.note = "%s: %s; %s" % ("asr call" if asr else "typed chat", "+".join(types), ind)
        c.id = "h458-pos-%03d" % i
        cases.append(c)
    for i in range(1, 116):
        asr = R.random() < 0.55
        c = Case("negative", "")
        neg_case(c, asr)
        first = " ".join(re.findall(r"[A-Za-z]+", c.turns[0]["text"])[:6]).lower()
        c.note = "negative, no PII: '%s...'" % first
        c.id = "h458-neg-%03d" % i
        cases.append(c)
    return cases


def dump(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans(),
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check_cases(cases, text):
    errs = []
    ids = set()
    recs = [json.loads(l) for l in text.splitlines()]
    for c, rec in zip(cases, recs):
        if rec["id"] in ids:
            errs.append("dup id " + rec["id"])
        ids.add(rec["id"])
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append(rec["id"] + " negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append(rec["id"] + " positive without spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(rec["id"] + " bad speaker")
        by_turn = {}
        for s in rec["spans"]:
            txt = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s range %r" % (rec["id"], s))
                continue
            if not (txt[a].isalnum() or txt[a] == "+") or not txt[b - 1].isalnum():
                errs.append("%s span edge %r %r" % (rec["id"], s, txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s word boundary %r %r" % (rec["id"], s, txt[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s overlap" % rec["id"])
        for g in c.groups:
            texts = [rec["turns"][ti]["text"][s:e] for ti, s, e in g.parts]
            if not texts:
                errs.append("%s empty group %s" % (rec["id"], g.typ))
                continue
            if g.role == "frag":
                ok = all(norm(x)[0] and "?" not in norm(x)[0] for x in texts)
            elif g.role == "last4":
                ok = norm(texts[0])[0] == g.canon
            elif len(texts) == 1:
                ok = validate(g.typ, texts[0], g.canon)
            else:
                if g.typ == "EMAIL":
                    joined = "".join(norm(x, "email")[0] for x in texts)
                else:
                    joined = "".join(norm(x)[0] for x in texts)
                ok = validate(g.typ, joined, g.canon)
            if not ok:
                errs.append("%s invalid %s %r canon=%r norm=%r" % (rec["id"], g.typ, texts, g.canon,
                                                                 [norm(x, "date" if g.typ in ("DOB", "EXPIRY") else "alnum")[0] for x in texts]))
    return errs


def counts(text):
    from collections import Counter
    cnt = Counter()
    kinds = Counter()
    for l in text.splitlines():
        r = json.loads(l)
        kinds[r["kind"]] += 1
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return kinds, cnt


def main():
    cases = build()
    text = dump(cases)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            on_disk = fh.read()
        errs = []
        if on_disk != text:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
        errs += check_cases(cases, on_disk if on_disk == text else text)
        kinds, cnt = counts(text)
        if kinds["positive"] < 200 or kinds["negative"] < 100:
            errs.append("too few cases %r" % kinds)
        mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                  "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if cnt[t] < mins.get(t, 10):
                errs.append("too few %s spans: %d" % (t, cnt[t]))
        for e in errs:
            print("ERROR", e)
        print(dict(kinds), dict(sorted(cnt.items())))
        sys.exit(1 if errs else 0)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    kinds, cnt = counts(text)
    print(dict(kinds), dict(sorted(cnt.items())))


if __name__ == "__main__":
    main()

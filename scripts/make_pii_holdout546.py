#!/usr/bin/env python3
"""Generate the pii_holdout546 held-out PII evaluation set.

Written by an AI helper acting as an independent test author (no access to the
redaction engine). Standard library only; one seeded RNG.

Usage:  python scripts/make_pii_holdout546.py          # write cases.jsonl
        python scripts/make_pii_holdout546.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 546241125
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout546")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------- spoken forms
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "owe": 0, "nil": 0, "one": 1, "won": 1,
         "two": 2, "to": 2, "too": 2, "three": 3, "tree": 3, "free": 3, "four": 4, "for": 4,
         "fore": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "ate": 8, "nine": 9, "niner": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fourty": 4, "fifty": 5, "sixty": 6,
        "seventy": 7, "eighty": 8, "ninety": 9}
FILLERS = {"um", "uh", "er", "erm", "uhm", "hmm", "ah", "mm"}
LETTER_NAMES = {"ay": "A", "eh": "A", "bee": "B", "be": "B", "see": "C", "sea": "C", "cee": "C",
                "dee": "D", "ee": "E", "eff": "F", "ef": "F", "gee": "G", "aitch": "H",
                "haitch": "H", "eye": "I", "jay": "J", "kay": "K", "el": "L", "elle": "L",
                "em": "M", "en": "N", "an": "N", "pee": "P", "pea": "P", "queue": "Q", "cue": "Q",
                "are": "R", "ar": "R", "ess": "S", "es": "S", "tee": "T", "tea": "T", "you": "U",
                "yew": "U", "vee": "V", "ex": "X", "why": "Y", "zed": "Z", "zee": "Z"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS) | {"double", "triple", "hundred", "thousand"}


def _split_runon(tok):
    """Split run-together number words ("fourfive", "doubleoh")."""
    best = {0: []}
    for i in range(1, len(tok) + 1):
        for j in range(max(0, i - 8), i):
            if j in best and tok[j:i] in NUMWORDS and len(tok[j:i]) > 1:
                best[i] = best[j] + [tok[j:i]]
                break
    return best.get(len(tok))


def tokenize(text):
    toks = []
    for t in re.findall(r"[a-z]+|\d+|\+|@|[^\sa-z\d]", text.lower()):
        if t.isalpha() and t not in NUMWORDS and t not in LETTER_NAMES and t not in NATO \
                and t not in FILLERS and len(t) > 1:
            sp = _split_runon(t)
            if sp:
                toks.extend(sp)
                continue
        toks.append(t)
    return toks


def _sub99(toks, i):
    """Parse 1-99 at toks[i]; returns (value, next_i) or (None, i)."""
    if i < len(toks):
        t = toks[i]
        if t in TEENS:
            return TEENS[t], i + 1
        if t in TENS:
            v = TENS[t] * 10
            if i + 1 < len(toks) and toks[i + 1] in UNITS and UNITS[toks[i + 1]]:
                return v + UNITS[toks[i + 1]], i + 2
            return v, i + 1
        if t in UNITS and UNITS[t]:
            return UNITS[t], i + 1
    return None, i


def normalise(text, mode):
    """mode: digits | alnum | phone | lenient.  Returns normalised string."""
    toks = tokenize(text)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t in FILLERS:
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t == "+" or (t == "plus" and mode == "phone"):
            if mode == "phone":
                out.append("+")
            i += 1
            continue
        if not t.isalnum():
            i += 1
            continue
        if mode == "alnum":
            if t == "double" and nxt in ("you", "u"):
                out.append("W")
                i += 2
                continue
            is_letter = (len(t) == 1 and t not in ("o",)) or t in LETTER_NAMES
            if is_letter and nxt in ("for", "as"):
                k = i + 2 + (1 if nxt == "as" and i + 2 < n and toks[i + 2] == "in" else 0)
                if k < n and toks[k].isalpha():
                    out.append(toks[k][0].upper())
                    i = k + 1
                    continue
            if t in NATO:
                out.append(NATO[t])
                i += 1
                continue
        if t in ("double", "triple") and nxt is not None:
            rep = 2 if t == "double" else 3
            if nxt in UNITS:
                out.append(str(UNITS[nxt]) * rep)
                i += 2
                continue
            if nxt.isdigit() and len(nxt) == 1:
                out.append(nxt * rep)
                i += 2
                continue
        if t in UNITS:
            u = UNITS[t]
            if nxt == "teen" and u:
                out.append(str(10 + u))
                i += 2
                continue
            if nxt == "ty" and u > 1:
                v = u * 10
                j = i + 2
                if j < n and toks[j] in UNITS and UNITS[toks[j]]:
                    v += UNITS[toks[j]]
                    j += 1
                out.append(str(v))
                i = j
                continue
            if nxt == "hundred" and u:
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                sub, j2 = _sub99(toks, j)
                out.append("%d" % (u * 100 + (sub or 0)))
                i = j2 if sub is not None else i + 2
                continue
            if nxt == "thousand" and u:
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                sub, j2 = _sub99(toks, j)
                out.append("%d" % (u * 1000 + (sub or 0)))
                i = j2 if sub is not None else i + 2
                continue
            out.append(str(u))
            i += 1
            continue
        if t in TEENS or t in TENS:
            v, i = _sub99(toks, i)
            out.append(str(v))
            continue
        if mode == "alnum" and (len(t) == 1 or t in LETTER_NAMES):
            out.append(LETTER_NAMES.get(t, t.upper()))
            i += 1
            continue
        if mode == "lenient":
            i += 1
            continue
        raise ValueError("cannot normalise token %r in %r" % (t, text))
    return "".join(out)


def normalise_email(text):
    if "@" in text:
        return text.strip().lower()
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            pass
        elif t == "dot" or t == "period":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in TENS or t in TEENS:
            v, i = _sub99(toks, i)
            out.append(str(v))
            continue
        elif t in UNITS and t not in ("o", "to", "too", "for", "fore", "won", "ate"):
            out.append(str(UNITS[t]))
        else:
            out.append(t)
        i += 1
    return "".join(out)


# ------------------------------------------------------------------ validators
def luhn_ok(s):
    if not s.isdigit():
        return False
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return "%s%02d%s" % (cc, chk, bban)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
US_ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")
STREET_SUFFIX = {"road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "drive", "dr", "close",
                 "way", "court", "crescent", "place", "terrace", "gardens", "grove", "boulevard",
                 "blvd", "park", "square", "hill", "row", "walk", "mews", "parade", "green", "rise",
                 "view", "quay"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def coerce(s, pattern):
    """pattern string of L/D: fix 0/O confusions by position."""
    if len(s) != len(pattern):
        return s
    out = []
    for ch, p in zip(s, pattern):
        if p == "L" and ch == "0":
            ch = "O"
        if p == "D" and ch == "O":
            ch = "0"
        out.append(ch)
    return "".join(out)


def norm_value(typ, text):
    if typ == "EMAIL":
        return normalise_email(text)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        if re.search(r"\d", text):  # typed form
            return re.sub(r"[^A-Za-z0-9]", "", text).upper()
        return normalise(text, "alnum").upper()
    if typ == "PHONE":
        return normalise(text, "phone")
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        return normalise(text, "lenient")
    return normalise(text, "digits")


def validate_value(typ, canon, norm, texts):
    """canon: generator's canonical value; norm: normalised concatenated span text."""
    joined = " ".join(texts).lower()
    if typ == "CARD_NUMBER":
        return norm == canon and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return norm == canon and re.match(r"^\d{3,4}$", canon)
    if typ == "SSN":
        return norm == canon and re.match(r"^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$", canon)
    if typ == "NI_NUMBER":
        return coerce(norm, "LLDDDDDDL") == canon and NI_RE.match(canon)
    if typ == "SORT_CODE":
        return norm == canon and re.match(r"^\d{6}$", canon)
    if typ == "BANK_ACCOUNT":
        return norm == canon and re.match(r"^\d{6,17}$", canon)
    if typ == "IBAN":
        return norm == canon and iban_ok(canon)
    if typ == "PHONE":
        d = norm.lstrip("+")
        return norm == canon and d.isdigit() and 9 <= len(d) <= 15
    if typ == "EMAIL":
        return norm == canon.lower() and re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", norm)
    if typ == "POSTCODE":
        return norm == canon and (UK_PC_RE.match(canon) or US_ZIP_RE.match(canon))
    if typ in ("DOB", "EXPIRY"):
        y, m = canon[0], canon[1]
        yr_ok = ("%02d" % (y % 100)) in norm
        mo_ok = MONTHS[m - 1] in joined or MONTHS[m - 1][:3] in joined or ("%02d" % m) in norm \
            or str(m) in norm
        return yr_ok and mo_ok and 1 <= m <= 12
    if typ == "ADDRESS":
        words = re.findall(r"[a-z0-9]+", joined)
        has_num = bool(norm) or any(w in NUMWORDS for w in words)
        return has_num and words[-1] in STREET_SUFFIX
    return False


# ------------------------------------------------------------------ building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []  # (speaker, [seg]) seg = str | (text, gid)
        self.groups = {}  # gid -> (type, canon, mode)

    def g(self, typ, canon, mode="full"):
        gid = len(self.groups) + 1
        self.groups[gid] = (typ, canon, mode)
        return gid

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)

    def render(self, cid):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            buf = ""
            for s in segs:
                if isinstance(s, tuple):
                    txt, gid = s
                    spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(txt),
                                  "type": self.groups[gid][0]})
                    meta.append(gid)
                    buf += txt
                else:
                    buf += s
            turns.append({"speaker": spk, "text": buf})
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, meta


R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZEROS = ["oh", "oh", "o", "zero", "nought"]
HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"], "3": ["tree"]}
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENSW = [None, None, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def dword(d, homo=0.0, numeral=0.0):
    if p(numeral):
        return d
    if d == "0":
        return ch(ZEROS)
    if d in HOMO and p(homo):
        return ch(HOMO[d])
    return DW[int(d)]


def pair_word(two):
    a, b = two
    if a == "1":
        w = TEENW[int(b)]
        if b in "4679" and p(0.25):
            w = DW[int(b)] + " teen"
        return w
    t = TENSW[int(a)]
    if p(0.05) and a == "4":
        t = "fourty"
    return t if b == "0" else t + " " + DW[int(b)]


def say_group(g, pair=0.3, hund=0.15, homo=0.1, numeral=0.05, runon=0.08, rep=0.5,
              letters_safe=False):
    """Spoken rendering of a digit group. Open-ended forms only at the end."""
    words = []
    j = 0
    L = len(g)
    while j < L:
        rest = L - j
        if rest >= 2 and g[j] == g[j + 1] and p(rep):
            if rest >= 3 and g[j + 2] == g[j] and p(0.6):
                words.append("triple " + dword(g[j]))
                j += 3
            else:
                words.append("double " + dword(g[j]))
                j += 2
            continue
        if rest == 3 and g[j] != "0" and p(hund):
            h = DW[int(g[j])] + " hundred"
            tail = g[j + 1:]
            if tail == "00":
                words.append(h)
            else:
                sub = pair_word(tail) if tail[0] != "0" else DW[int(tail[1])]
                words.append(h + ch([" and ", " and ", " "]) + sub)
            j += 3
            continue
        if rest >= 2 and g[j] != "0" and (g[j + 1] != "0" or rest == 2) and p(pair):
            words.append(pair_word(g[j:j + 2]))
            j += 2
            continue
        words.append(dword(g[j], 0 if letters_safe else homo, numeral))
        j += 1
    # run-on: join two adjacent plain unit words
    for k in range(len(words) - 1):
        if words[k] in DW and words[k + 1] in DW and p(runon):
            words[k] = words[k] + words[k + 1]
            words[k + 1] = ""
    return " ".join(w for w in words if w)


def ends_open(s):
    last = s.split()[-1] if s.split() else ""
    return last in TENSW or last == "hundred" or last in DW or last in ZEROS


GSEP = [", ", " ", " ", "... ", ", um, ", " uh, ", " - "]


def say_digits(s, groups=None, **kw):
    if groups is None:
        groups = [4] * (len(s) // 4) + ([len(s) % 4] if len(s) % 4 else [])
    parts, k = [], 0
    for gl in groups:
        parts.append(say_group(s[k:k + gl], **kw))
        k += gl
    out = parts[0]
    for prt in parts[1:]:
        sep = ch(GSEP)
        last = out.split()[-1]
        if sep == " " and (last in TENSW or last == "hundred" or last in TEENW):
            sep = ", "
        out += sep + prt
    return out


def split_spoken(s, groups):
    return [say_group(s[a:b]) for a, b in groups]


FIRST = ["sarah", "james", "priya", "tom", "aoife", "marek", "lucy", "daniel", "grace", "olu",
         "hannah", "sean", "maria", "kevin", "chloe", "raj", "emma", "liam", "zoe", "niamh"]
LAST = ["doe", "patel", "obrien", "smith", "kowalski", "murphy", "jones", "nguyen", "walsh",
        "brennan", "okafor", "hughes", "garcia", "fischer", "kelly", "reid"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "outlook.ie", "gmx.de", "aol.com", "protonmail.com"]
STREETS = ["Cranbrook Road", "Elm Street", "Mill Lane", "Oak Avenue", "Station Road",
           "Church Street", "Kingsway Drive", "Maple Court", "Harbour View", "Victoria Terrace",
           "Willow Close", "Park Crescent", "Beech Grove", "Sycamore Way", "High Street",
           "Orchard Place", "Laurel Gardens", "Main Street", "Pine Boulevard", "Lakeview Drive",
           "Fernhill Rise", "Abbey Walk", "Quarry Hill", "Dock Row", "Castle Mews"]
TOWNS = ["Leeds", "Bristol", "Cork", "Galway", "Manchester", "Reading", "Austin", "Denver",
         "Glasgow", "Cardiff", "Boston", "Dublin", "Norwich", "Phoenix"]
INDUSTRY = ["bank", "mobile network", "energy supplier", "broadband provider", "insurer",
            "airline", "hospital billing office", "council tax office", "online retailer",
            "water company", "travel agency", "tax office"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "sure, go ahead",
        "mm hmm", "okay, and the next bit?", "lovely"]
FILL = ["um", "uh", "er", "erm"]


def card_value():
    kind = R.random()
    if kind < 0.45:
        return luhn_complete("4" + str(R.randint(0, 9)), ch([16, 16, 16, 13, 19]), R)
    if kind < 0.7:
        return luhn_complete(str(R.randint(51, 55)), 16, R)
    if kind < 0.8:
        return luhn_complete(str(R.randint(2221, 2720)), 16, R)
    if kind < 0.9:
        return luhn_complete(ch(["34", "37"]), 15, R)
    return luhn_complete(ch(["6011", "65", "6304"]), ch([16, 16, 19]), R)


def card_groups(n):
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def card_typed(v):
    style = R.random()
    gs = card_groups(len(v))
    chunks, k = [], 0
    for gl in gs:
        chunks.append(v[k:k + gl])
        k += gl
    if style < 0.3:
        return " ".join(chunks)
    if style < 0.5:
        return "-".join(chunks)
    if style < 0.65:
        return v
    if style < 0.8:  # odd grouping
        return " ".join(v[i:i + 3] for i in range(0, len(v), 3))
    if style < 0.9:
        return "  ".join(chunks)
    return ".".join(chunks)


def ssn_value():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def ni_value():
    while True:
        pre = ch(NI_L1) + ch(NI_L2)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return pre + "%06d" % R.randint(0, 999999) + ch("ABCD")


LETTER_SAY = {"A": ["a", "ay", "eh"], "B": ["b", "bee", "be"], "C": ["c", "see", "sea"],
              "D": ["d", "dee"], "E": ["e", "ee"], "F": ["f", "eff"], "G": ["g", "gee"],
              "H": ["h", "aitch", "haitch"], "I": ["i", "eye"], "J": ["j", "jay"], "K": ["k", "kay"],
              "L": ["l", "el", "elle"], "M": ["m", "em"], "N": ["n", "en", "an"], "P": ["p", "pee", "pea"],
              "Q": ["q", "queue", "cue"], "R": ["r", "are", "ar"], "S": ["s", "ess", "es"],
              "T": ["t", "tee", "tea"], "U": ["u", "you", "yew"], "V": ["v", "vee"],
              "W": ["w", "double you"], "X": ["x", "ex"], "Y": ["y", "why"], "Z": ["z", "zed", "zee"]}
NATO_SAY = {v: k for k, v in NATO.items() if k not in ("alfa", "juliett", "whisky")}
NATO_SAY["X"] = "xray"


def say_letter(c, nato=0.2):
    if p(nato):
        return "%s %s %s" % (ch(LETTER_SAY[c][:1]) if p(0.6) else ch(LETTER_SAY[c]),
                             ch(["for", "as in", "for"]), NATO_SAY[c])
    return ch(LETTER_SAY[c])


def ni_typed(v):
    s = R.random()
    if s < 0.3:
        return v
    if s < 0.55:
        return "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    if s < 0.7:
        return v.lower()
    if s < 0.85:
        return "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    return "%s %s %s" % (v[:2], v[2:8], v[8])


def ni_spoken_parts(v):
    """returns (prefix_words, digits_words, suffix_words)."""
    pre = " ".join(say_letter(c) for c in v[:2])
    dig = say_digits(v[2:8], groups=[2, 2, 2], homo=0, numeral=0, letters_safe=True)
    suf = say_letter(v[8])
    return pre, dig, suf


def phone_value():
    k = R.random()
    if k < 0.3:
        n = "07" + str(R.randint(300, 999)) + "%06d" % R.randint(0, 999999)
        return n, "uk_mob"
    if k < 0.45:
        return "+447" + str(R.randint(300, 999)) + "%06d" % R.randint(0, 999999), "uk_int"
    if k < 0.55:
        return "020" + str(R.randint(7, 8)) + "%07d" % R.randint(0, 9999999), "uk_land"
    if k < 0.7:
        return "%d%d55%04d" % (R.randint(201, 989), R.randint(2, 9), R.randint(100, 9999)), "us"
    if k < 0.78:
        return "+1%d%d55%04d" % (R.randint(201, 989), R.randint(2, 9), R.randint(100, 9999)), "us_int"
    if k < 0.88:
        return "+3538" + str(R.choice([3, 5, 6, 7, 9])) + "%07d" % R.randint(0, 9999999), "ie_int"
    if k < 0.94:
        return "08" + str(R.choice([3, 5, 6, 7, 9])) + "%07d" % R.randint(0, 9999999), "ie"
    cc = ch(["+33", "+49", "+34"])
    body = {"+33": "6%08d" % R.randint(0, 99999999), "+49": "15%09d" % R.randint(0, 999999999),
            "+34": "6%08d" % R.randint(0, 99999999)}[cc]
    return cc + body, "eu"


def phone_typed(v, kind):
    if kind == "uk_mob":
        return ch([v, v[:5] + " " + v[5:], v[:5] + " " + v[5:8] + " " + v[8:], v[:5] + "-" + v[5:]])
    if kind == "uk_int":
        return ch([v, v[:3] + " " + v[3:7] + " " + v[7:], v[:3] + " (0)" + v[3:7] + " " + v[7:]
                   if False else v[:3] + " " + v[3:7] + " " + v[7:10] + " " + v[10:]])
    if kind == "uk_land":
        return ch([v[:3] + " " + v[3:7] + " " + v[7:], "(" + v[:3] + ") " + v[3:7] + " " + v[7:]])
    if kind == "us":
        return ch(["(%s) %s-%s" % (v[:3], v[3:6], v[6:]), "%s-%s-%s" % (v[:3], v[3:6], v[6:]),
                   "%s.%s.%s" % (v[:3], v[3:6], v[6:])])
    if kind == "us_int":
        return ch(["+1 %s %s %s" % (v[2:5], v[5:8], v[8:]), "+1-%s-%s-%s" % (v[2:5], v[5:8], v[8:])])
    if kind == "ie_int":
        return ch([v[:4] + " " + v[4:6] + " " + v[6:9] + " " + v[9:], v])
    if kind == "ie":
        return ch([v[:3] + " " + v[3:6] + " " + v[6:], v[:3] + "-" + v[3:]])
    return v[:3] + " " + " ".join(v[i:i + 2] for i in range(3, len(v), 2))


def phone_spoken(v):
    plus = v.startswith("+")
    d = v.lstrip("+")
    if plus:
        cc = {"44": 2, "35": 3, "1": 1, "33": 2, "49": 2, "34": 2}
        ccl = 3 if d.startswith("353") else (1 if d.startswith("1") else 2)
        head = "plus " + " ".join(DW[int(x)] for x in d[:ccl])
        rest = d[ccl:]
        gl = [len(rest) - 6, 3, 3] if len(rest) > 7 else [len(rest)]
        return head + ch([", ", " "]) + say_digits(rest, groups=gl)
    if len(d) == 11:
        return say_digits(d, groups=[5, 3, 3])
    return say_digits(d, groups=[3, 3, 4])


def email_value():
    f, l = ch(FIRST), ch(LAST)
    sty = R.random()
    if sty < 0.3:
        u = f[0] + "." + l
    elif sty < 0.5:
        u = f + "_" + l + str(R.randint(1, 99))
    elif sty < 0.7:
        u = f + l
    elif sty < 0.85:
        u = f + "." + l + str(R.randint(70, 99))
    else:
        u = l + "-" + f[0]
    return u + "@" + ch(DOMAINS)


def email_spoken(v):
    u, dom = v.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", u):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(ch(["dash", "hyphen"]))
        elif tok.isdigit():
            parts.append(pair_word(tok) if len(tok) == 2 and tok[0] != "0" and tok[1] != "0"
                         else " ".join(DW[int(x)] for x in tok))
        elif len(tok) <= 2 or (p(0.2) and len(tok) <= 6):
            parts.append(" ".join(tok))
        else:
            parts.append(tok)
    dparts = [("dot" if x == "." else x) for x in re.findall(r"[a-z]+|\.", dom)]
    if dparts[-1] in ("ie", "de", "uk", "co") and p(0.6):
        dparts[-1] = " ".join(dparts[-1])
    return " ".join(parts) + " at " + " ".join(dparts)


def uk_postcode():
    area = ch(["SW", "SE", "N", "NW", "E", "EC", "W", "M", "B", "L", "LS", "G", "EH", "CF", "BS",
               "NG", "LE", "CB", "BT", "KT", "RG", "DN", "TW", "HA", "CR", "BR"])
    dist = str(R.randint(1, 29))
    if len(dist) == 1 and p(0.15) and area in ("SW", "EC", "W"):
        dist += ch("ABWY")
    inward = str(R.randint(1, 9)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist + inward


def pc_typed(v):
    if US_ZIP_RE.match(v):
        return v if len(v) == 5 else v[:5] + "-" + v[5:]
    out = v[:-3] + " " + v[-3:]
    return ch([out, out, out.lower(), v])


def pc_spoken(v):
    if US_ZIP_RE.match(v):
        return say_digits(v[:5], groups=[5], homo=0.0)
    outw = []
    body = v[:-3]
    m = re.match(r"([A-Z]+)(\d+)([A-Z]?)", body)
    outw += [say_letter(c, 0.15) for c in m.group(1)]
    num = m.group(2)
    outw.append(pair_word(num) if len(num) == 2 and num[0] != "0" and p(0.5)
                else " ".join(DW[int(x)] for x in num))
    if m.group(3):
        outw.append(say_letter(m.group(3), 0.3))
    inw = [DW[int(v[-3])], say_letter(v[-2], 0.2), say_letter(v[-1], 0.2)]
    sep = ch([", ", " ", "... "])
    if outw[-1].split()[-1] in TENSW:
        sep = ", "
    return " ".join(outw) + sep + " ".join(inw)


def address_value():
    num = R.randint(1, 480)
    street = ch(STREETS)
    flat = R.randint(1, 24) if p(0.25) else None
    return num, street, flat


def address_typed(num, street, flat):
    s = "%d %s" % (num, street)
    if flat:
        s = ch(["Flat %d, ", "flat %d ", "Apt %d, "]) % flat + s
    return ch([s, s, s.lower()])


def address_spoken(num, street, flat):
    ns = str(num)
    if len(ns) == 3 and p(0.5):
        nw = say_digits(ns, groups=[3], pair=0, hund=0, rep=0)
    elif len(ns) == 3:
        nw = say_group(ns, hund=1.0, pair=0.0, rep=0)
    elif len(ns) == 2:
        nw = pair_word(ns)
    else:
        nw = DW[num]
    s = nw + " " + street.lower()
    if flat:
        fw = pair_word(str(flat)) if flat >= 10 else DW[flat]
        s = "flat " + fw + ch([", ", " "]) + s
    return s


def date_value(lo, hi):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def year_spoken(y):
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        return ch(["two thousand and " + (pair_word("%02d" % r) if r >= 10 else DW[r]),
                   "twenty " + (pair_word("%02d" % r) if r >= 10 else "oh " + DW[r])])
    return pair_word(str(y)[:2]) + " " + (pair_word(str(y)[2:]) if y % 100 >= 10
                                          else "oh " + DW[y % 10])


def dob_text(y, m, d, spoken):
    mn = MONTHS[m - 1]
    if spoken:
        f = R.random()
        if f < 0.4:
            return "%s of %s %s" % (ORD[d], mn, year_spoken(y))
        if f < 0.6:
            return "%s %s %s" % (mn, ORD[d], year_spoken(y))
        if f < 0.8:
            return "the %s of %s, %s" % (ORD[d], mn, year_spoken(y))
        return "%s %s, %s" % (say_group("%02d" % d, rep=0), say_group("%02d" % m, rep=0),
                              year_spoken(y))
    f = R.random()
    if f < 0.3:
        return "%02d/%02d/%d" % (d, m, y)
    if f < 0.45:
        return "%02d/%02d/%d" % (m, d, y)
    if f < 0.6:
        return "%d-%02d-%02d" % (y, m, d)
    if f < 0.75:
        return "%d %s %d" % (d, mn.capitalize()[:ch([3, 9])], y)
    if f < 0.9:
        return "%s %d, %d" % (mn.capitalize(), d, y)
    return "%d.%d.%02d" % (d, m, y % 100)


def exp_text(y, m, spoken):
    if spoken:
        f = R.random()
        if f < 0.35:
            return "%s %s" % (say_group("%02d" % m, rep=0, pair=0), pair_word(str(y % 100)))
        if f < 0.6:
            return "%s %s" % (MONTHS[m - 1], year_spoken(y))
        if f < 0.8:
            return "%s slash %s" % (say_group("%02d" % m, rep=0, pair=0),
                                    say_group("%02d" % (y % 100), rep=0, pair=1))
        return "%s twenty %s" % (say_group("%02d" % m, rep=0, pair=0), pair_word(str(y % 100)))
    return ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
               "%02d / %02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].capitalize(), y)])


def sort_value():
    return "%02d%02d%02d" % (R.choice([20, 40, 30, 60, 77, 83, 9, 11, 16, 23]), R.randint(0, 99),
                             R.randint(0, 99))


def bank_value(us=False):
    if us:
        return "%d" % R.randint(10 ** 9, 10 ** 12 - 1)
    return "%08d" % R.randint(10000000, 99999999)


def iban_value():
    cc = ch(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    if cc in ("GB", "IE"):
        bank = ch(["NWBK", "BARC", "MIDL", "HBUK", "LLYD"]) if cc == "GB" else ch(["AIBK", "BARC", "ULSB"])
        bban = bank + sort_value() + bank_value()
    elif cc == "DE":
        bban = "%08d%010d" % (R.randint(10000000, 99999999), R.randint(0, 10 ** 10 - 1))
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABN"]) + "%010d" % R.randint(0, 10 ** 10 - 1)
    elif cc == "FR":
        bban = "%010d%011d%02d" % (R.randint(0, 10 ** 10 - 1), R.randint(0, 10 ** 11 - 1), R.randint(0, 96))
    else:
        bban = "%020d" % R.randint(0, 10 ** 20 - 1)
    return make_iban(cc, bban)


def iban_typed(v):
    g = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return ch([g, g, v, g.lower(), v[:4] + " " + v[4:]])


def iban_spoken(v):
    words = []
    for i in range(0, len(v), 4):
        chunk = v[i:i + 4]
        w = []
        digits = ""
        for c in chunk:
            if c.isdigit():
                digits += c
            else:
                if digits:
                    w.append(say_group(digits, homo=0, numeral=0, letters_safe=True))
                    digits = ""
                w.append(say_letter(c, 0.1))
        if digits:
            w.append(say_group(digits, homo=0, numeral=0, letters_safe=True))
        words.append(" ".join(w))
    return ", ".join(words)


# ------------------------------------------------------------- value helpers
def F():
    return ch(FILL)


def spoken_split(text, k):
    """Split a spoken reading into k chunks at group separators / word gaps."""
    parts = [x for x in re.split(r"(?:, um, | uh, |\.\.\. |, | - )", text) if x.strip()]
    if len(parts) < k:
        words = text.split(" ")
        # split only between plain words that are not joined numerals
        cuts = [i for i in range(1, len(words)) if words[i - 1] not in TENSW + ["double", "triple",
                "hundred", "and"] and words[i] not in ("teen", "hundred", "and", "for", "as", "in", "you", "ty")
                and words[i - 1] not in ("for", "as", "in")
                and words[i - 1] not in ("plus",)]
        if not cuts:
            return [text]
        cs = sorted(R.sample(cuts, min(k - 1, len(cuts))))
        out, prev = [], 0
        for c in cs:
            out.append(" ".join(words[prev:c]))
            prev = c
        out.append(" ".join(words[prev:]))
        return [x.strip(" ,.-") for x in out]
    # merge parts down to k
    while len(parts) > k:
        i = R.randrange(len(parts) - 1)
        parts[i:i + 2] = [parts[i] + ", " + parts[i + 1]]
    return [x.strip(" ,.-") for x in parts]


def safe_split(text, k):
    """split so that every chunk normalises independently to a contiguous piece."""
    for _ in range(20):
        chunks = spoken_split(text, k)
        try:
            if all(c.strip() for c in chunks):
                return chunks
        except ValueError:
            pass
    return [text]


GREET = {
    "bank": "thanks for calling, this is {a} at the bank",
    "telecom": "you're through to {a} in mobile accounts",
    "utility": "hello, energy support, {a} speaking",
    "retail": "hi, you're chatting with {a} from customer care",
    "insurance": "good morning, claims team, {a} speaking",
    "travel": "thanks for holding, bookings desk, this is {a}",
    "health": "patient billing, {a} speaking, how can I help",
    "gov": "welcome to the benefits helpline, my name is {a}",
}
AGENTS = ["Dave", "Aisling", "Marcus", "Jen", "Ravi", "Sinead", "Carl", "Beth", "Tomasz", "Kim"]


def greet(c, ind=None):
    ind = ind or ch(list(GREET))
    c.a(GREET[ind].format(a=ch(AGENTS)))
    return ind


# ------------------------------------------------------------- positives
def pos_card_chat():
    c = Case("positive", "typed card in chat with expiry and cvv")
    v = card_value()
    g = c.g("CARD_NUMBER", v)
    lbl = ch(["card no: ", "Card number - ", "crad num ", "CC#", "my card is ", "pan: ", "card nr. "])
    c.a(ch(["Please enter the long number on the card.", "Can you type your card details here please?",
            "What card would you like to pay with?"]))
    segs = [lbl, (card_typed(v), g)]
    if p(0.6):
        y, m, _ = date_value(2025, 2031)
        e = c.g("EXPIRY", (y, m))
        segs += [ch([" exp ", " expiry: ", " EXP DATE ", ", expires "]), (exp_text(y, m, False), e)]
    if p(0.5):
        cv = "%03d" % R.randint(0, 999) if len(v) != 15 else "%04d" % R.randint(0, 9999)
        cg = c.g("CVV", cv)
        segs += [ch([" cvv ", " CVC: ", " security code ", " / sec code "]), (cv, cg)]
    c.c(*segs)
    c.a(ch(["Thanks, processing now.", "Got it, one moment.", "Thank you, that's gone through."]))
    return c


def pos_card_asr_one():
    c = Case("positive", "asr card read in one turn with agent read-back")
    greet(c, ch(["bank", "telecom", "utility", "retail", "travel"]))
    c.c("i want to pay my bill please")
    c.a("no problem, what's the long card number")
    v = card_value()
    sp = say_digits(v, groups=card_groups(len(v)), homo=0.15, pair=0.35)
    g = c.g("CARD_NUMBER", v)
    c.c(ch(["yeah it's ", "ok so it's ", "right, ", "", "um it's "]), (sp, g))
    if p(0.7):
        rb = c.g("CARD_NUMBER", v)
        c.a(ch(["so that's ", "let me read that back, ", "i have "]),
            (say_digits(v, groups=card_groups(len(v)), homo=0, pair=0.1, rep=0.7), rb),
            ch([", is that right", ", correct?", ""]))
        c.c(ch(["yes", "that's it", "yep correct"]))
    if p(0.5):
        y, m, _ = date_value(2025, 2031)
        c.a("and the expiry")
        e = c.g("EXPIRY", (y, m))
        c.c(ch(["", "it's ", "expires "]), (exp_text(y, m, True), e))
    if p(0.5):
        cv = "%03d" % R.randint(100, 999)
        c.a("and the three digits on the back")
        cg = c.g("CVV", cv)
        c.c(ch(["", "um ", "that's "]), (say_group(cv, pair=0.3, hund=0.3), cg))
    return c


def pos_card_split():
    c = Case("positive", "asr card split over several customer turns with back-channels")
    greet(c)
    c.a("go ahead with the card number when you're ready")
    v = card_value()
    sp = say_digits(v, groups=card_groups(len(v)), homo=0.1)
    chunks = safe_split(sp, ch([2, 3, 4]))
    g = c.g("CARD_NUMBER", v)
    for i, chunk in enumerate(chunks):
        pre = ch(["", "", "ok ", F() + " ", "then "]) if i else ch(["", "right it's "])
        c.c(pre, (chunk, g))
        if i < len(chunks) - 1:
            c.a(ch(BACK))
    c.a(ch(["thank you", "lovely, thanks", "perfect"]))
    return c


def pos_card_aside():
    c = Case("positive", "asr card with aside mid-reading, same turn")
    v = card_value()
    gs = card_groups(len(v))
    cut = gs[0] + gs[1]
    g = c.g("CARD_NUMBER", v)
    a1 = say_digits(v[:cut], groups=gs[:2])
    a2 = say_digits(v[cut:], groups=gs[2:])
    c.a("can i take the card number please")
    c.c("yeah ", (a1, g), ch([", hang on the light's bad in here, ", "... sorry my glasses... ",
                              ", wait, kids be quiet, ", " - sorry the dog - "]), (a2, g))
    c.a(ch(["thanks", "got it", "okay"]))
    return c


def pos_card_restart():
    c = Case("positive", "asr card with restarted reading; aborted partial labelled")
    v = card_value()
    gs = card_groups(len(v))
    k = R.randint(3, gs[0] + gs[1])
    g0 = c.g("CARD_NUMBER", v, "prefix")
    g = c.g("CARD_NUMBER", v)
    c.a("and the card number")
    c.c((say_digits(v[:k], groups=[min(4, k)] + ([k - 4] if k > 4 else []), rep=0), g0),
        ch(["... no wait, let me start again. ", " sorry, i lost my place, from the top: ",
            " hang on i said that wrong. it's "]),
        (say_digits(v, groups=gs), g))
    if p(0.5):
        c.a("and that's the card ending ", (v[-4:], c.g("CARD_NUMBER", v, "suffix")), "?")
        c.c("yes")
    return c


def pos_card_readback_last4():
    c = Case("positive", "card typed then agent confirms last four; last four labelled since full card in case")
    v = card_value()
    c.c(ch(["hi, can you update my card to ", "new card is "]), (card_typed(v), c.g("CARD_NUMBER", v)))
    c.a(ch(["Thanks, I've updated it to the card ending ", "Done, the card ending in "]),
        (v[-4:], c.g("CARD_NUMBER", v, "suffix")), ".")
    return c


def pos_ssn():
    c = Case("positive", "us ssn")
    v = ssn_value()
    ind = ch(["bank", "health", "gov", "insurance"])
    greet(c, ind)
    c.a(ch(["to verify, can i get your social", "i'll need your social security number",
            "what are the last... actually, the full SSN please"]))
    mode = R.random()
    if mode < 0.35:
        t = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s %s"]) % (v[:3], v[3:5], v[5:])
        c.c(ch(["ssn: ", "SSN is ", "social ", "", "it's "]), (t, c.g("SSN", v)))
    elif mode < 0.7:
        g = c.g("SSN", v)
        sp = say_digits(v, groups=[3, 2, 4], homo=0.15)
        c.c(ch(["sure it's ", "", "ok ", "yeah uh "]), (sp, g))
        if p(0.5):
            c.a("that's ", (say_digits(v, groups=[3, 2, 4], pair=0, homo=0), c.g("SSN", v)), "?")
            c.c("yep")
    else:
        g = c.g("SSN", v)
        c.c((say_group(v[:3]), g))
        c.a(ch(BACK))
        c.c((say_group(v[3:5]), g))
        c.a(ch(BACK))
        c.c(ch(["", "and ", "then "]), (say_group(v[5:]), g))
    c.a(ch(["thanks, you're verified", "thank you"]))
    return c


def pos_ni():
    c = Case("positive", "uk national insurance number")
    v = ni_value()
    greet(c, ch(["gov", "bank", "health"]))
    c.a(ch(["can you give me your national insurance number", "what's your NI number please"]))
    r = R.random()
    if r < 0.35:
        c.c(ch(["NI no: ", "it's ", "NINO ", ""]), (ni_typed(v), c.g("NI_NUMBER", v)))
    elif r < 0.65:
        pre, dig, suf = ni_spoken_parts(v)
        c.c(ch(["yeah it's ", "", "ok, "]), (pre + ch([" ", ", "]) + dig + ch([" ", ", ", "... "]) + suf,
                                             c.g("NI_NUMBER", v)))
        if p(0.5):
            pre2, dig2, suf2 = ni_spoken_parts(v)
            c.a("so ", (pre2 + " " + dig2 + " " + suf2, c.g("NI_NUMBER", v)), ch(["?", ", yeah?"]))
            c.c("that's right")
    else:
        pre, dig, suf = ni_spoken_parts(v)
        g = c.g("NI_NUMBER", v)
        c.c((pre, g))
        c.a(ch(BACK))
        if p(0.5):
            c.c((dig, g), ch([" and the last letter is ", " then it ends ", ", and "]), (suf, g))
        else:
            c.c((dig + " " + suf, g))
    return c


def pos_bank():
    c = Case("positive", "uk bank account and sort code")
    greet(c, "bank")
    acc, sc = bank_value(), sort_value()
    if p(0.4):
        c.c(ch(["acct no: ", "Account number ", "a/c "]), (acc, c.g("BANK_ACCOUNT", acc)),
            ch([", sort code ", " s/c ", " SC: "]),
            (ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), c.g("SORT_CODE", sc)))
    else:
        c.a("what's the sort code")
        c.c(ch(["", "it's ", F() + " "]), (say_digits(sc, groups=[2, 2, 2], pair=0.4), c.g("SORT_CODE", sc)))
        c.a("and the account number")
        g = c.g("BANK_ACCOUNT", acc)
        if p(0.5):
            c.c((say_digits(acc, groups=[4, 4]), g))
        else:
            c.c((say_group(acc[:4]), g))
            c.a(ch(BACK))
            c.c((say_group(acc[4:]), g))
    return c


def pos_us_bank():
    c = Case("positive", "us bank account for direct debit")
    acc = bank_value(True)
    c.a("what's the checking account number for the autopay")
    if p(0.5):
        c.c(ch(["acct # ", "account: ", "it's "]), (acc, c.g("BANK_ACCOUNT", acc)))
    else:
        c.c(ch(["ok ", ""]), (say_digits(acc, groups=[3] * (len(acc) // 3) + ([len(acc) % 3] if len(acc) % 3 else [])),
                              c.g("BANK_ACCOUNT", acc)))
    return c


def pos_iban():
    c = Case("positive", "iban for refund")
    v = iban_value()
    c.a(ch(["For the refund we need your IBAN.", "what's the IBAN for the transfer"]))
    if p(0.55):
        c.c(ch(["IBAN: ", "iban ", "here you go ", ""]), (iban_typed(v), c.g("IBAN", v)), ch(["", " thanks", "."]))
    else:
        sp = iban_spoken(v)
        chunks = safe_split(sp, 2) if p(0.5) else [sp]
        g = c.g("IBAN", v)
        for i, chunk in enumerate(chunks):
            c.c(ch(["", "ok ", "right "]), (chunk, g))
            if i < len(chunks) - 1:
                c.a(ch(BACK))
    return c


def pos_phone():
    c = Case("positive", "phone number")
    v, kind = phone_value()
    greet(c)
    c.a(ch(["what's the best number to reach you on", "can i take a contact number",
            "is there a mobile we can text"]))
    if p(0.45):
        c.c(ch(["tel: ", "mob ", "call me on ", "it's ", "ph# "]), (phone_typed(v, kind), c.g("PHONE", v)))
    else:
        sp = phone_spoken(v)
        if p(0.35):
            chunks = safe_split(sp, 2)
            g = c.g("PHONE", v)
            for i, chunk in enumerate(chunks):
                c.c((chunk, g))
                if i < len(chunks) - 1:
                    c.a(ch(BACK))
        else:
            c.c(ch(["yeah it's ", "", "my mobile's "]), (sp, c.g("PHONE", v)))
        if p(0.4):
            c.a("that's ", (phone_spoken(v), c.g("PHONE", v)), "?")
    return c


def pos_email():
    c = Case("positive", "email address")
    v = email_value()
    c.a(ch(["and an email for the confirmation?", "what email should i send it to"]))
    if p(0.45):
        vv = v if p(0.7) else v.capitalize()
        c.c(ch(["email: ", "its ", "", "e-mail me at "]), (vv, c.g("EMAIL", v)))
    else:
        c.c(ch(["yeah it's ", "", "um "]), (email_spoken(v), c.g("EMAIL", v)), ch(["", ", all lower case", ", no capitals"]))
        if p(0.3):
            c.a("so ", (email_spoken(v), c.g("EMAIL", v)), "?")
    return c


def pos_address():
    c = Case("positive", "address with postcode/zip")
    us = p(0.3)
    num, street, flat = address_value()
    town = ch(["Austin", "Denver", "Boston", "Phoenix", "Columbus", "Tampa"]) if us else \
        ch(["Leeds", "Bristol", "Manchester", "Reading", "Glasgow", "Cardiff", "Norwich"])
    pc = "%05d" % R.randint(10000, 99950) if us else uk_postcode()
    c.a(ch(["can you confirm the first line of the address and postcode", "what's the delivery address"]))
    if p(0.5):
        c.c((address_typed(num, street, flat), c.g("ADDRESS", (num, street))), ", %s, " % town,
            (pc_typed(pc), c.g("POSTCODE", pc)))
    else:
        c.c(ch(["it's ", "", "yeah "]), (address_spoken(num, street, flat), c.g("ADDRESS", (num, street))),
            ch([" in ", ", "]) + town.lower())
        c.a(ch(["and the postcode", "and the zip"]))
        c.c(ch(["", "it's ", F() + " "]), (pc_spoken(pc), c.g("POSTCODE", pc)))
    return c


def pos_dob():
    c = Case("positive", "date of birth for verification")
    y, m, d = date_value(1940, 2005)
    greet(c)
    c.a(ch(["can i take your date of birth", "and your DOB please"]))
    spoken = p(0.6)
    c.c(ch(["", "it's ", "dob ", "born "]), (dob_text(y, m, d, spoken), c.g("DOB", (y, m))))
    return c


def pos_email_mixed():
    c = Case("positive", "typed e-mail with several identifiers")
    acc, sc = bank_value(), sort_value()
    v, kind = phone_value()
    y, m, d = date_value(1950, 2003)
    num, street, flat = address_value()
    pc = uk_postcode()
    c.c("Hi, please update my details. ", "Address: ", (address_typed(num, street, flat), c.g("ADDRESS", 1)),
        ", %s " % ch(TOWNS), (pc_typed(pc), c.g("POSTCODE", pc)), ". Tel ", (phone_typed(v, kind), c.g("PHONE", v)),
        ". DOB ", (dob_text(y, m, d, False), c.g("DOB", (y, m))), ". Bank acct ", (acc, c.g("BANK_ACCOUNT", acc)),
        " sort ", ("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), c.g("SORT_CODE", sc)), ". Thanks")
    c.a("Thanks, I've updated those for you.")
    return c


def pos_ni_ssn_typed_mix():
    c = Case("positive", "typed chat with ni number and odd labels")
    v = ni_value()
    c.c(ch(["my ni is ", "Nat Ins: ", "national insurance no "]), (ni_typed(v), c.g("NI_NUMBER", v)),
        ch([" and i need a form", ", can you resend the letter", " ok?"]))
    return c


POS = [(pos_card_chat, 18), (pos_card_asr_one, 18), (pos_card_split, 14), (pos_card_aside, 7),
       (pos_card_restart, 7), (pos_card_readback_last4, 4), (pos_ssn, 30), (pos_ni, 26),
       (pos_ni_ssn_typed_mix, 6), (pos_bank, 12), (pos_us_bank, 4), (pos_iban, 12), (pos_phone, 16),
       (pos_email, 12), (pos_address, 14), (pos_dob, 10), (pos_email_mixed, 6)]


# ------------------------------------------------------------- negatives
def money():
    return ch(["£%d.%02d" % (R.randint(1, 3000), R.randint(0, 99)), "$%d" % R.randint(5, 9999),
               "€%d,%03d.%02d" % (R.randint(1, 40), R.randint(0, 999), R.randint(0, 99)),
               "%s pounds %s" % (pair_word(str(R.randint(21, 99))), pair_word(str(R.randint(11, 99)))),
               "%s hundred and %s dollars" % (DW[R.randint(1, 9)], pair_word(str(R.randint(21, 99))))])


def neg_order_like_card():
    c = Case("negative", "order number with card-like digits, labelled as order")
    v = card_value() if p(0.5) else "".join(str(R.randint(0, 9)) for _ in range(16))
    lbl = ch(["order number", "order no.", "reference", "booking ref", "confirmation number",
              "tracking number", "ticket number", "case ID"])
    if p(0.5):
        c.c("my %s is %s" % (lbl, card_typed(v)))
    else:
        c.a("what's the %s on the email" % lbl)
        c.c("it's the %s, %s" % (lbl, say_digits(v, groups=[4, 4, 4, 4])))
    c.a(ch(["thanks, I can see the order from %s" % money(), "found it, placed on the 3rd",
            "ok that's showing as dispatched"]))
    return c


def neg_last4():
    c = Case("negative", "card last four only (PCI allows)")
    l4 = "%04d" % R.randint(0, 9999)
    c.a(ch(["which card do you want to use", "is that the visa or the mastercard"]))
    if p(0.5):
        c.c("the one ending %s" % l4)
    else:
        c.c("uh the card ending in %s" % say_digits(l4, groups=[4]))
    c.a(ch(["ok the card ending %s, and the amount is %s" % (l4, money()), "great, card ending %s it is" % l4]))
    return c


def neg_balance():
    c = Case("negative", "balances, amounts, dates of payment")
    greet(c)
    c.c(ch(["what's my balance", "how much do i owe", "when is my next payment"]))
    c.a("your balance is %s and the next payment of %s is due on the %s of %s" %
        (money(), money(), ORD[R.randint(1, 28)], ch(MONTHS)))
    c.c(ch(["ok can i pay %s now" % money(), "and the interest is %d.%d percent?" % (R.randint(1, 29), R.randint(0, 9))]))
    return c


def neg_hours():
    c = Case("negative", "opening hours, times, durations")
    c.c(ch(["what time do you close", "are you open sunday"]))
    c.a("we're open %s till %s monday to friday and %s to %s saturday, i'm afraid the wait is about %s minutes" %
        (ch(["eight", "9am", "nine thirty", "08:00"]), ch(["half five", "17:30", "eight pm", "six"]),
         ch(["ten", "10:00"]), ch(["four", "1600", "two"]), pair_word(str(R.randint(11, 59)))))
    c.c("i've been on hold %s minutes already, since %s" % (R.randint(10, 90), ch(["two fifteen", "14:05", "quarter past one"])))
    return c


def neg_meter():
    c = Case("negative", "meter readings and serial numbers")
    greet(c, "utility")
    r1 = "%05d" % R.randint(0, 99999)
    sn = "".join(str(R.randint(0, 9)) for _ in range(ch([10, 11, 12])))
    c.c("i want to give a meter reading, it's %s" % ch([r1, say_digits(r1, groups=[5])]))
    c.a("and the meter serial number?")
    c.c("serial number %s" % ch([sn, say_digits(sn, groups=[4, 4, len(sn) - 8])]))
    c.a("lovely, reading of %s taken on %s, your estimated bill is %s" % (r1, ch(["the 14th", "today"]), money()))
    return c


def neg_travel():
    c = Case("negative", "flight, gate, seat, room numbers")
    greet(c, "travel")
    c.c("i'm on flight %s%d on the %s of %s, seat %d%s" % (ch(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999),
                                                           ORD[R.randint(1, 28)], ch(MONTHS), R.randint(1, 40), ch("ABCDEF")))
    c.a("thanks, it boards from gate %s at %s, and your hotel room is %d" % (ch(["22", "B41", "twelve"]),
                                                                         ch(["14:35", "six forty"]), R.randint(101, 1899)))
    c.c("and the booking reference is %s" % "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
    return c


def neg_policy():
    c = Case("negative", "policy/claim/invoice numbers with labels")
    greet(c, ch(["insurance", "health", "retail"]))
    pn = ch(["POL-%08d", "PN %08d", "policy %d"]) % R.randint(10 ** 7, 10 ** 8 - 1)
    cl = "CLM-%d-%06d" % (R.randint(2019, 2025), R.randint(0, 999999))
    inv = "INV%09d" % R.randint(0, 10 ** 9 - 1)
    c.c("hi, my policy number is %s, claim %s" % (pn, cl))
    c.a("thanks, i can see invoice %s for %s, dated %s" % (inv, money(), ch(["03/02/2024", "12 Jan 2025", "2024-11-30"])))
    return c


def neg_spoken_ref():
    c = Case("negative", "spoken reference number split over turns like a card reading")
    lbl = ch(["reference number", "account reference", "customer reference", "ticket number", "claim number", "membership number"])
    v = "".join(str(R.randint(0, 9)) for _ in range(ch([12, 14, 16])))
    c.a("can you read me the %s on the letter" % lbl)
    sp = say_digits(v)
    parts = safe_split(sp, 3)
    c.c("the %s, yeah, %s" % (lbl, parts[0]))
    for prt in parts[1:]:
        c.a(ch(BACK))
        c.c(prt)
    c.a("thanks, that %s brings up your file" % lbl)
    return c


def neg_misc_numbers():
    c = Case("negative", "ages, temperatures, percentages, years, counts")
    c.c("my dad is %d, the heating's set to %d degrees, and it's gone up %d percent since %d" %
        (R.randint(60, 95), R.randint(16, 24), R.randint(3, 40), R.randint(2015, 2024)))
    c.a("i understand, we have %d engineers out and %s customers affected" % (R.randint(3, 40), ch(["twelve thousand", "1,204", "about four hundred"])))
    return c


def neg_roads():
    c = Case("negative", "road names, junctions, directions, model numbers")
    c.c("the van broke down on the %s near junction %d, it's a model %s" %
        (ch(["M25", "A40", "N7", "M50", "I-95", "A303", "B1234"]), R.randint(1, 30),
         ch(["KDL-55X8500", "XR-2209", "SM-G991B", "WM14T2"])))
    c.a("ok, recovery will be there within %s, your job number is %d" % (ch(["90 minutes", "an hour", "two hours"]), R.randint(10 ** 6, 10 ** 8)))
    return c


def neg_contract():
    c = Case("negative", "contract and appointment dates, phone-length digit strings labelled otherwise")
    greet(c, ch(["telecom", "utility"]))
    n = "0" + "".join(str(R.randint(0, 9)) for _ in range(10))
    c.c("my contract ends on %s, and the router serial is %s" % (ch(["31/08/2025", "the 1st of march", "June 2026"]), n))
    c.a("ok, the engineer appointment is %s between %s, and the router model is %s" %
        (ch(["tuesday the 14th", "12/03", "next friday"]), ch(["8 and 12", "one and six"]), ch(["HH6", "Sky Q", "F@st 5364"])))
    return c


def neg_amount_spoken_long():
    c = Case("negative", "long spoken amounts and tracking digits")
    c.a("what amount is on the invoice")
    c.c("%s, invoice number %s" % (ch(["four thousand two hundred and twelve pounds fifty", "twelve hundred and six dollars",
                                      "nine nine nine point nine nine"]),
                                  say_digits("".join(str(R.randint(0, 9)) for _ in range(10)), groups=[5, 5])))
    c.a("and the tracking number is %s%s" % (ch(["1Z", "JD", "RM"]), "".join(str(R.randint(0, 9)) for _ in range(16))))
    return c


NEG = [(neg_order_like_card, 16), (neg_last4, 12), (neg_balance, 8), (neg_hours, 8), (neg_meter, 8),
       (neg_travel, 8), (neg_policy, 10), (neg_spoken_ref, 10), (neg_misc_numbers, 6), (neg_roads, 6),
       (neg_contract, 6), (neg_amount_spoken_long, 6)]


# ------------------------------------------------------------- driver
def build():
    cases = []
    for fn, n in POS:
        for _ in range(n):
            cases.append(("pos", fn()))
    for fn, n in NEG:
        for _ in range(n):
            cases.append(("neg", fn()))
    recs, metas, objs = [], [], []
    cnt = Counter()
    for tag, c in cases:
        cnt[tag] += 1
        rec, meta = c.render("h546-%s-%03d" % (tag, cnt[tag]))
        recs.append(rec)
        metas.append(meta)
        objs.append(c)
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)
    return text, recs, metas, objs


def check(text, recs, metas, objs):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        disk = fh.read()
    if disk != text:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    parsed = [json.loads(l) for l in disk.splitlines()]
    ids = [r["id"] for r in parsed]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for rec, meta, obj in zip(parsed, metas, objs):
        cid = rec["id"]
        if rec["kind"] not in ("positive", "negative"):
            errs.append(cid + ": bad kind")
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append(cid + ": negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append(cid + ": positive without spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        per_turn = {}
        texts_by_group = {}
        for sp, gid in zip(rec["spans"], meta):
            if sp["type"] not in TYPES:
                errs.append(cid + ": bad type")
            txt = rec["turns"][sp["turn"]]["text"]
            a, b = sp["start"], sp["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: span out of range" % cid)
                continue
            st = txt[a:b]
            if not (st[0].isalnum() or (st[0] in "+(" and sp["type"] == "PHONE")) or not st[-1].isalnum():
                errs.append("%s: span edge not alnum %r" % (cid, st))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, st))
            per_turn.setdefault(sp["turn"], []).append((a, b))
            texts_by_group.setdefault(gid, []).append(st)
        for spans in per_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append(cid + ": overlapping spans")
        for gid, texts in texts_by_group.items():
            typ, canon, mode = obj.groups[gid]
            try:
                norm = "".join(norm_value(typ, t_) for t_ in texts)
            except ValueError as e:
                errs.append("%s: %s" % (cid, e))
                continue
            if typ == "NI_NUMBER":
                norm = coerce(norm, "LLDDDDDDL")
            if mode == "prefix":
                ok = bool(norm) and canon.startswith(norm) and validate_value(typ, canon, canon, texts)
            elif mode == "suffix":
                ok = bool(norm) and canon.endswith(norm) and validate_value(typ, canon, canon, texts)
            else:
                if typ in ("IBAN", "POSTCODE"):
                    norm = norm.upper()
                ok = validate_value(typ, canon, norm, texts)
            if not ok:
                errs.append("%s: %s value failed validation: %r -> %r (canon %r)" % (cid, typ, texts, norm, canon))
    return errs, parsed


def counts(recs):
    tc = Counter(s["type"] for r in recs for s in r["spans"])
    kc = Counter(r["kind"] for r in recs)
    return tc, kc


def main():
    text, recs, metas, objs = build()
    if "--check" in sys.argv:
        errs, parsed = check(text, recs, metas, objs)
        tc, kc = counts(parsed)
        if kc["positive"] < 200 or kc["negative"] < 100:
            errs.append("too few cases %r" % kc)
        if tc["CARD_NUMBER"] < 70 or tc["SSN"] < 30 or tc["NI_NUMBER"] < 30 or \
                any(tc[t] < 10 for t in TYPES):
            errs.append("type minimums not met %r" % dict(tc))
        for e in errs[:50]:
            print("ERROR", e)
        print("cases:", dict(kc), "spans:", dict(sorted(tc.items())))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    tc, kc = counts(recs)
    print("wrote", OUT, dict(kc), dict(sorted(tc.items())))


if __name__ == "__main__":
    main()

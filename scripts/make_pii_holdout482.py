#!/usr/bin/env python3
"""Generate the pii_holdout482 held-out PII evaluation set (stdlib only).

Usage:
    python scripts/make_pii_holdout482.py          # write cases.jsonl
    python scripts/make_pii_holdout482.py --check  # regenerate + validate
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout482", "cases.jsonl")
R = random.Random(482241125)

# ---------------------------------------------------------------- vocab
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "one": 1,
         "won": 1, "two": 2, "to": 2, "too": 2, "three": 3, "tree": 3,
         "four": 4, "for": 4, "fore": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "ate": 8, "nine": 9, "niner": 9}
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
             "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
         "eighteen": 18, "nineteen": 19}
ORD_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
             "seventeenth": 17, "eighteenth": 18, "nineteenth": 19}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6,
        "seventy": 7, "eighty": 8, "ninety": 9}
ORD_TENS = {"twentieth": 20, "thirtieth": 30}
LETTER_NAMES = {
    "A": ["a", "ay", "eh"], "B": ["b", "bee", "be"], "C": ["c", "see", "sea", "cee"],
    "D": ["d", "dee"], "E": ["e", "ee"], "F": ["f", "eff"], "G": ["g", "gee", "jee"],
    "H": ["h", "aitch", "haitch"], "J": ["j", "jay"], "K": ["k", "kay"],
    "L": ["l", "el", "elle"], "M": ["m", "em"], "N": ["n", "en"],
    "P": ["p", "pee", "pea"], "Q": ["q", "queue", "cue", "kew"], "R": ["r", "are", "ar"],
    "S": ["s", "ess", "es"], "T": ["t", "tee", "tea"], "U": ["u", "you"],
    "V": ["v", "vee"], "W": ["w"], "X": ["x", "ex"], "Y": ["y", "why", "wye"],
    "Z": ["z", "zed", "zee"],
}
NAME2LETTER = {n: L for L, ns in LETTER_NAMES.items() for n in ns}
NATO = {"A": ["alpha", "apple"], "B": ["bravo", "bob"], "C": ["charlie"],
        "D": ["delta", "david"], "E": ["echo", "edward"], "F": ["foxtrot", "freddie"],
        "G": ["golf", "george"], "H": ["hotel", "harry"], "J": ["juliet", "john"],
        "K": ["kilo", "kate"], "L": ["lima", "london"], "M": ["mike", "mother"],
        "N": ["november", "nancy"], "P": ["papa", "peter"], "Q": ["quebec", "queen"],
        "R": ["romeo", "robert"], "S": ["sierra", "sugar"], "T": ["tango", "tommy"],
        "U": ["uniform"], "V": ["victor"], "W": ["whiskey", "william"],
        "X": ["xray"], "Y": ["yankee", "yellow"], "Z": ["zulu"], "I": ["india"], "O": ["oscar"]}
NATO_WORDS = {w: L for L, ws in NATO.items() for w in ws}
FILLERS = ["um", "uh", "er", "erm", "ah"]
SKIP = set(FILLERS) | {"the", "of", "dash", "hyphen", "space", "slash", "th",
                       "st", "nd", "rd", "hmm", "and"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MONTH_ABBR["sept"] = 9
VOCAB = (set(UNITS) | set(TEENS) | set(TENS) | set(ORD_UNITS) | set(ORD_TEENS)
         | set(ORD_TENS) | {"double", "triple", "hundred", "thousand", "plus", "teen"}
         | set(SKIP))
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
TEENW = {v: k for k, v in TEENS.items()}
ORDW = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
        7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
        12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
        16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
        20: "twentieth", 30: "thirtieth"}


# ---------------------------------------------------------------- normalising
def _segment(tok):
    """Split a run-together ASR token into vocabulary words (DP)."""
    n = len(tok)
    best = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(n, i, -1):
            w = tok[i:j]
            if w in VOCAB and (best[j] is None or len(best[j]) > len(best[i]) + 1):
                best[j] = best[i] + [w]
    return best[n]


def tokens(text):
    out = []
    for t in re.findall(r"[a-z]+|\d+|\+", text.lower()):
        if t.isalpha() and t not in VOCAB and t not in NAME2LETTER and t not in NATO_WORDS \
                and t not in MONTH_ABBR and t not in MONTHS and t != "as" and t != "in":
            seg = _segment(t)
            if seg:
                out.extend(seg)
                continue
        out.append(t)
    return out


def _small(toks, i):
    """Parse a 1-2 digit number (unit/teen/tens[unit]) at i -> (str, next_i)."""
    t = toks[i] if i < len(toks) else None
    if t in TEENS:
        return str(TEENS[t]), i + 1
    if t in ORD_TEENS:
        return str(ORD_TEENS[t]), i + 1
    if t in ORD_TENS:
        return str(ORD_TENS[t]), i + 1
    if t in TENS:
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt in UNITS and UNITS[nxt] > 0 and nxt not in ("o", "oh"):
            return "%d%d" % (TENS[t], UNITS[nxt]), i + 2
        if nxt in ORD_UNITS:
            return "%d%d" % (TENS[t], ORD_UNITS[nxt]), i + 2
        return "%d0" % TENS[t], i + 1
    if t in UNITS:
        return str(UNITS[t]), i + 1
    if t in ORD_UNITS:
        return str(ORD_UNITS[t]), i + 1
    return None, i


def norm_code(text):
    """Spoken/typed value -> upper-case alnum string ('+' kept)."""
    toks = tokens(text)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in ("+", "plus"):
            out.append("+"); i += 1; continue
        # NATO: "j for juliet", "b as in bravo"
        letter = NAME2LETTER.get(t) or (t.upper() if len(t) == 1 and t.isalpha() else None)
        if letter:
            if nxt == "for" and i + 2 < n and toks[i + 2][:1].upper() == letter \
                    and toks[i + 2] not in VOCAB:
                out.append(letter); i += 3; continue
            if nxt == "as" and i + 3 < n and toks[i + 2] == "in" \
                    and toks[i + 3][:1].upper() == letter:
                out.append(letter); i += 4; continue
        if t in NATO_WORDS:
            out.append(NATO_WORDS[t]); i += 1; continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            s, j = _one(toks, i + 1)
            if s is None:
                return None
            out.append(s * k); i = j; continue
        if t in UNITS and nxt == "hundred":
            h = UNITS[t]
            if i + 2 < n and toks[i + 2] == "and":
                s, j = _small(toks, i + 3)
                if s is None:
                    return None
                out.append("%d%02d" % (h, int(s))); i = j; continue
            out.append("%d00" % h); i += 2; continue
        if t in UNITS and nxt == "thousand":
            th = UNITS[t]
            j = i + 2
            if j < n and toks[j] == "and":
                j += 1
            s, j2 = _small(toks, j)
            if s is None:
                out.append("%d000" % th); i = j; continue
            out.append("%d%03d" % (th, int(s))); i = j2; continue
        if t in UNITS and nxt == "teen":
            out.append("1%d" % UNITS[t]); i += 2; continue
        s, j = _small(toks, i)
        if s is not None:
            out.append(s); i = j; continue
        if letter:
            out.append(letter); i += 1; continue
        if t in SKIP:
            i += 1; continue
        return None
    return "".join(out)


def _one(toks, i):
    t = toks[i] if i < len(toks) else None
    if t is None:
        return None, i
    if t in UNITS:
        return str(UNITS[t]), i + 1
    if t in NAME2LETTER:
        return NAME2LETTER[t], i + 1
    if t.isdigit() and len(t) == 1:
        return t, i + 1
    return None, i


def canon_code(s):
    return re.sub(r"[^0-9A-Za-z+]", "", s).upper()


def norm_email(text):
    if "@" in text:
        return text.strip().lower()
    toks = re.findall(r"[a-z]+|\d+|[._\-]", text.lower())
    out = []
    run = []

    def flush():
        if run:
            v = norm_code(" ".join(run))
            out.append(v.lower() if v else "?")
            run.clear()
    for t in toks:
        if t in UNITS and t not in ("o", "oh", "to", "too", "for", "fore", "won", "ate", "tree") \
                or t in TEENS or t in TENS or t in ("double", "triple"):
            run.append(t); continue
        flush()
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in FILLERS:
            pass
        else:
            out.append(t)
    flush()
    return "".join(out)


def parse_date_digits(text):
    """Return (month_from_name_or_None, digit string of the rest)."""
    toks = tokens(text)
    month = None
    rest = []
    for t in toks:
        if t in MONTHS:
            month = MONTHS.index(t) + 1
        elif t in MONTH_ABBR:
            month = MONTH_ABBR[t]
        else:
            rest.append(t)
    return month, norm_code(" ".join(rest))


def check_date(text, canon, is_dob):
    if is_dob:
        d, m, y = canon
    else:
        m, y = canon
    month, digs = parse_date_digits(text)
    if digs is None:
        return False
    yy, yyyy = "%02d" % (y % 100), "%04d" % y
    if month is not None:
        if month != m:
            return False
        if not is_dob:
            return digs in (yy, yyyy)
        ds = {str(d), "%02d" % d}
        return any(digs == a + b for a in ds for b in (yy, yyyy)) or \
            any(digs == b + a for a in ds for b in (yy, yyyy))
    ms = {str(m), "%02d" % m}
    if not is_dob:
        return any(digs == a + b for a in ms for b in (yy, yyyy))
    ds = {str(d), "%02d" % d}
    cands = set()
    for a in ds:
        for b in ms:
            for c in (yy, yyyy):
                cands.update({a + b + c, b + a + c, c + b + a})
    return digs in cands


# ---------------------------------------------------------------- validators
def luhn_ok(s):
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
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_SUFFIX = {"street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "drive", "dr",
                 "close", "way", "crescent", "court", "place", "terrace", "gardens",
                 "grove", "boulevard", "blvd", "row", "walk", "hill", "parade", "square"}


def validate_canon(typ, c):
    if typ == "CARD_NUMBER":
        s = canon_code(c); return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        s = canon_code(c); return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        s = canon_code(c)
        return (s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666")
                and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(canon_code(c)))
    if typ == "BANK_ACCOUNT":
        s = canon_code(c); return s.isdigit() and 6 <= len(s) <= 17
    if typ == "SORT_CODE":
        s = canon_code(c); return s.isdigit() and len(s) == 6
    if typ == "IBAN":
        return iban_ok(canon_code(c))
    if typ == "PHONE":
        s = canon_code(c)
        d = s.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 14
    if typ == "POSTCODE":
        s = canon_code(c)
        return bool(UK_PC.fullmatch(s) or re.fullmatch(r"\d{5}(\d{4})?", s))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", c))
    if typ == "DOB":
        d, m, y = c; return 1 <= d <= 31 and 1 <= m <= 12 and 1920 <= y <= 2010
    if typ == "EXPIRY":
        m, y = c; return 1 <= m <= 12 and 2020 <= y <= 2035
    if typ == "ADDRESS":
        return True
    return False


def validate_text(typ, text, canon, partial):
    if typ in ("DOB", "EXPIRY"):
        return check_date(text, canon, typ == "DOB")
    if typ == "EMAIL":
        return norm_email(text) == canon
    if typ == "ADDRESS":
        w = re.findall(r"[A-Za-z0-9]+", text.lower())
        first_ok = w[0].isdigit() or w[0] in UNITS or w[0] in TEENS or w[0] in TENS or \
            w[0] in ("flat", "apartment", "apt", "unit") or re.fullmatch(r"\d+[a-z]", w[0])
        return bool(first_ok) and w[-1] in STREET_SUFFIX
    want = canon_code(canon)
    if canon_code(text) == want:  # typed form
        return True
    got = norm_code(text)
    if partial:
        return got is not None and got == want
    return got == want


# ---------------------------------------------------------------- builders
class Reading:
    def __init__(self, typ, canon, partial=False):
        self.typ, self.canon, self.partial = typ, canon, partial
        self.frags = []


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.readings = [], [], []

    def rd(self, typ, canon, partial=False):
        r = Reading(typ, canon, partial)
        self.readings.append(r)
        return r

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, r = s
                st = len(text)
                text += val
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": r.typ})
                r.frags.append(val)
        self.turns.append({"speaker": speaker, "text": text})
        return self


def pick(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


def zero_word():
    return pick(["oh", "oh", "o", "zero", "nought"])


def dword(d, homophones=False):
    if d == "0":
        return zero_word()
    w = DIGW[int(d)]
    if homophones and chance(0.25):
        w = {"1": "won", "2": pick(["to", "too"]), "4": pick(["for", "fore"]),
             "8": "ate", "3": "tree", "9": "niner"}.get(d, w)
    return w


def say_digits(s, style="mixed", fillers=True, homophones=True):
    """Speak a digit string like a caller / ASR output would render it."""
    words = []
    i = 0
    n = len(s)
    while i < n:
        r = R.random()
        rest = s[i:]
        if style == "plain":
            words.append(dword(rest[0])); i += 1; continue
        if len(rest) >= 3 and rest[0] == rest[1] == rest[2] and r < 0.5:
            words.append("triple " + dword(rest[0])); i += 3; continue
        if len(rest) >= 2 and rest[0] == rest[1] and r < 0.6:
            words.append("double " + dword(rest[0])); i += 2; continue
        if style in ("mixed", "pairs") and len(rest) >= 3 and rest[0] != "0" and \
                not (int(rest[1:3]) % 10 == 0 and int(rest[1:3]) >= 20) and r < 0.12:
            h = rest[0]; rem = int(rest[1:3])
            if rem == 0:
                words.append("%s hundred" % DIGW[int(h)])
            else:
                words.append("%s hundred and %s" % (DIGW[int(h)], small_word(rem)))
            i += 3; continue
        if style in ("mixed", "pairs") and len(rest) >= 2 and rest[0] != "0" and \
                rest[1] != "0" and (r < 0.45 or style == "pairs"):
            words.append(small_word(int(rest[:2]), split_teen=chance(0.15))); i += 2; continue
        if style == "mixed" and len(rest) >= 4 and r > 0.93:
            words.append(rest[:4]); i += 4; continue  # ASR emitted digits
        if style == "mixed" and len(rest) >= 3 and rest[0] != "0" and 10 <= int(rest[1:3]) <= 59 and r > 0.9:
            words.append("%s:%s" % (rest[0], rest[1:3])); i += 3; continue  # ASR time artefact
        words.append(dword(rest[0], homophones)); i += 1
    if fillers and len(words) > 3 and chance(0.3):
        words.insert(R.randrange(1, len(words) - 1), pick(FILLERS))
    # run-together words
    if len(words) > 2 and chance(0.2):
        k = R.randrange(0, len(words) - 1)
        a, b = words[k], words[k + 1]
        if a in DIGW[1:] and b in DIGW[1:]:
            words[k:k + 2] = [a + b]
    return " ".join(words)


def small_word(v, split_teen=False):
    if v < 10:
        return DIGW[v]
    if v < 20:
        w = TEENW[v]
        if split_teen and v >= 14 and v != 15 and v != 18:
            return w[:-4] + " teen"
        return w
    t, u = divmod(v, 10)
    return TENW[t] + ("" if u == 0 else " " + DIGW[u])


def say_letter(L, misheard=True):
    if L in "IO" or chance(0.2):
        return "%s for %s" % (L.lower(), pick(NATO[L]))
    names = LETTER_NAMES[L]
    return pick(names) if misheard and chance(0.55) else L.lower()


# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card():
    p = R.random()
    if p < 0.45:
        return luhn_complete("4" + str(R.randrange(10)), 16)
    if p < 0.7:
        return luhn_complete(str(R.randrange(51, 56)), 16)
    if p < 0.8:
        return luhn_complete(pick(["34", "37"]), 15)
    if p < 0.88:
        return luhn_complete("6011", 16)
    if p < 0.93:
        return luhn_complete("36", 14)
    if p < 0.97:
        return luhn_complete("4", 13)
    return luhn_complete("62", 19)


def group_card(c, style):
    if len(c) == 15:
        g = [c[:4], c[4:10], c[10:]]
    elif len(c) == 16:
        g = [c[i:i + 4] for i in range(0, 16, 4)]
        if style == "odd":
            g = [c[:5], c[5:11], c[11:]]
    else:
        g = [c[i:i + 4] for i in range(0, len(c), 4)]
    return g


def make_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "%06d" % R.randrange(10 ** 6) + R.choice("ABCD")


def iban_for(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    ck = 98 - int(num) % 97
    return "%s%02d%s" % (cc, ck, bban)


def make_iban():
    cc = pick(["GB", "IE", "DE", "NL", "ES", "FR", "GB", "IE"])
    rd = lambda k: "".join(str(R.randrange(10)) for _ in range(k))
    if cc == "GB":
        b = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(14)
    elif cc == "IE":
        b = pick(["AIBK", "BOFI", "IPBS"]) + rd(14)
    elif cc == "DE":
        b = rd(18)
    elif cc == "NL":
        b = pick(["ABNA", "INGB", "RABO"]) + rd(10)
    elif cc == "ES":
        b = rd(20)
    else:
        b = rd(23)
    return iban_for(cc, b)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


PC_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "G", "EH", "CF", "BS", "NG",
            "L", "S", "CR", "DN", "BT", "KT", "TW", "RG", "PL", "YO", "HU"]
PC_IN = "ABDEFGHJLNPQRSTWXYZ"


def make_uk_pc():
    a = pick(PC_AREAS)
    d = str(R.randrange(1, 10)) if chance(0.5) else str(R.randrange(10, 30))
    return "%s%s %d%s%s" % (a, d, R.randrange(10), R.choice(PC_IN), R.choice(PC_IN))


def make_zip():
    z = "%05d" % R.randrange(1001, 99950)
    return z + ("-%04d" % R.randrange(10000) if chance(0.25) else "")


def make_phone():
    k = R.randrange(8)
    if k == 0:
        return "07700 900%03d" % R.randrange(1000), "UK"
    if k == 1:
        return "+44 7700 900%03d" % R.randrange(1000), "UK"
    if k == 2:
        return "0161 496 0%03d" % R.randrange(1000), "UK"
    if k == 3:
        return "%03d-555-%04d" % (R.randrange(201, 990), R.randrange(100, 200)), "US"
    if k == 4:
        return "+1 %03d 555 %04d" % (R.randrange(201, 990), R.randrange(100, 200)), "US"
    if k == 5:
        return "+353 8%d %03d %04d" % (R.randrange(3, 10), R.randrange(1000), R.randrange(10000)), "IE"
    if k == 6:
        return "08%d %03d %04d" % (R.randrange(3, 10), R.randrange(1000), R.randrange(10000)), "IE"
    return "+49 30 %07d" % R.randrange(10 ** 7), "EU"


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "grace", "mo", "ewan",
         "niamh", "carlos", "hannah", "dev", "olu", "kate", "marek", "siobhan", "ben"]
LAST = ["doe", "murphy", "patel", "okafor", "smith", "byrne", "nowak", "garcia",
        "walsh", "chen", "hughes", "kelly", "evans", "reid"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "eircom.net",
           "icloud.com", "btinternet.com", "proton.me", "web.de"]


def make_email():
    f, l = pick(FIRST), pick(LAST)
    k = R.randrange(5)
    local = [f + "." + l, f[0] + "." + l, f + l + str(R.randrange(1, 99)),
             f + "_" + l, l + "." + f[0] + str(R.randrange(60, 99))][k]
    return local + "@" + pick(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    parts = []
    for piece in re.findall(r"[a-z]+|\d+|[._\-]", local):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece == "-":
            parts.append("dash")
        elif piece.isdigit():
            v = int(piece)
            parts.append(small_word(v) if len(piece) == 2 and piece[0] != "0" else
                         " ".join(DIGW[int(c)] for c in piece))
        elif len(piece) == 1:
            parts.append(piece)
        elif chance(0.25):
            parts.append(" ".join(piece))  # spelled out letter by letter
        else:
            parts.append(piece)
    dp = dom.replace(".", " dot ")
    s = " ".join(parts) + " at " + dp
    if chance(0.2):
        s = s.replace(" dot com", " dotcom").replace("dotcom", "dot com") if False else s
    return s


STREETS = ["Baker Street", "Mill Lane", "Oak Avenue", "Church Road", "Station Road",
           "Elm Street", "Kingsway", "Harbour View Drive", "Rosemary Close", "Victoria Terrace",
           "Maple Grove", "Dame Street", "Sunset Boulevard", "Park Crescent", "Queens Road",
           "Willow Way", "High Street", "Abbey Court", "Main Street", "Lakeshore Drive"]
STREETS = [s for s in STREETS if s.split()[-1].lower() in STREET_SUFFIX]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Croydon", "York", "Hull"]
TOWNS_US = ["Austin, Texas", "Columbus, Ohio", "Denver", "Portland, Oregon", "Tampa"]


def make_address(spoken=False):
    no = R.randrange(1, 480)
    st = pick(STREETS)
    flat = ""
    if chance(0.25):
        flat = pick(["Flat ", "Apartment ", "Apt ", "Unit "]) + str(R.randrange(1, 40)) + \
            (pick(["", "b", "A"]) if chance(0.3) else "") + pick([", ", " "])
    if spoken:
        num = say_digits(str(no), style="pairs", fillers=False, homophones=False) \
            if chance(0.5) else small_word(no) if no < 100 else \
            "%s hundred and %s" % (DIGW[no // 100], small_word(no % 100)) if no % 100 and not (no % 100 >= 20 and no % 10 == 0) else str(no)
        return (flat.lower() + num + " " + st.lower()).strip()
    return flat + str(no) + pick([" ", ", "]) + st


# ---------------------------------------------------------------- context
INDUSTRIES = {
    "banking": ["Northgate Bank", "Cairn Savings", "First Harbour Credit Union"],
    "telecom": ["Skyline Mobile", "Vireo Broadband", "Three Rivers Telecom"],
    "utilities": ["Brightwater Energy", "Pennine Water", "Liffey Gas"],
    "retail": ["Harlow & Finch", "Greenbasket Online", "Maple Home Stores"],
    "insurance": ["Meridian Insurance", "Oakshield Motor", "Bluecross Pet Cover"],
    "travel": ["Aerlink Holidays", "Westway Rail", "Sunquay Cruises"],
    "healthcare": ["Cedar Health Billing", "St Anne's Patient Accounts", "Medibill US"],
    "government": ["the Revenue helpline", "the DVLA enquiries line", "the county benefits office"],
}


def org():
    ind = pick(list(INDUSTRIES))
    return ind, pick(INDUSTRIES[ind])


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yeah go ahead", "ok next bit"]
ASIDES = ["sorry the dog's barking", "hang on, it's rubbed off a bit", "wait let me put my glasses on",
          "sorry, kids, one sec", "hold on I'm on the bus", "sorry what was that? oh okay"]


def opener(o, asr):
    s = pick(["thanks for calling %s, how can i help", "you're through to %s, what can i do for you today",
              "hello %s, my name's dan, how can i help", "good morning and welcome to %s"]) % o
    return s if asr else s[0].upper() + s[1:] + "?"


# ---------------------------------------------------------------- positives
def pos_card(i):
    ind, o = org()
    c = Case("positive", "")
    card = make_card()
    mode = i % 7
    if mode == 0:  # chat typed
        g = group_card(card, pick(["std", "odd", "std"]))
        sep = pick([" ", "-", "", " ", "  "])
        typed = sep.join(g)
        c.t("agent", "Hi, this is %s chat support. How can I help?" % o)
        c.t("customer", pick(["card no: ", "Card number is ", "my crad number: ", "CC# ", "its "]),
            (typed, c.rd("CARD_NUMBER", card)), pick(["", " thx", ". can u check the payment?", " ... pls hurry"]))
        c.note = "%s chat, typed card (%s-separated)" % (ind, sep or "no")
        if chance(0.5):
            exp = (R.randrange(1, 13), R.randrange(2025, 2031))
            cvv = ("%03d" % R.randrange(1000)) if len(card) != 15 else "%04d" % R.randrange(1000, 10000)
            c.t("customer", "exp ", ("%02d/%02d" % (exp[0], exp[1] % 100), c.rd("EXPIRY", exp)),
                pick([" cvv ", " CVC: ", ", sec code "]), (cvv, c.rd("CVV", cvv)))
            c.note += " with expiry and cvv"
    elif mode in (1, 2):  # ASR single turn
        c.t("agent", opener(o, True))
        c.t("customer", pick(["yeah i wanna pay my bill", "i'm calling to make a payment", "hi um i need to update my card"]))
        c.t("agent", pick(["sure, what's the long number on the card", "no problem, can i take the card number please",
                           "okay go ahead with the sixteen digits"]))
        c.t("customer", pick(["yeah it's ", "it's ", "okay so ", "um ", ""]),
            (say_digits(card), c.rd("CARD_NUMBER", card)), pick(["", " yeah", " i think"]))
        c.note = "%s call, ASR card reading in one turn" % ind
        if mode == 2:
            c.t("agent", "let me read that back, ", (say_digits(card, style="plain", fillers=False, homophones=False),
                                                       c.rd("CARD_NUMBER", card)), ", is that right")
            c.t("customer", "yep that's it")
            c.note += " + agent read-back"
    elif mode in (3, 4):  # split across turns
        g = group_card(card, "std")
        c.t("agent", opener(o, True))
        c.t("customer", "i want to pay off the balance on my account")
        c.t("agent", "okay what's the card number")
        for k, part in enumerate(g):
            pre = pick(["", "", "um ", "then "]) if k else pick(["so it's ", "it's ", ""])
            c.t("customer", pre, (say_digits(part), c.rd("CARD_NUMBER", part, partial=True)))
            if k < len(g) - 1:
                c.t("agent", pick(BACKCH))
        c.note = "%s call, card split over %d customer turns with back-channels" % (ind, len(g))
        if mode == 4:
            c.t("agent", "so that's ", (" ".join(g) if chance(0.5) else say_digits(card, "plain", False, False),
                                         c.rd("CARD_NUMBER", card)))
            c.note += " + read-back"
        else:
            c.t("agent", "thank you and the expiry")
            exp = (R.randrange(1, 13), R.randrange(2025, 2031))
            c.t("customer", (pick([zero_word() + " " + DIGW[exp[0]] if exp[0] < 10 else small_word(exp[0]),
                                   MONTHS[exp[0] - 1]]) + " " + small_word(exp[1] % 100) if exp[1] % 100 >= 10
                             else MONTHS[exp[0] - 1] + " twenty " + str(exp[1]),
                             c.rd("EXPIRY", exp)))
    elif mode == 5:  # aside mid-reading
        g = group_card(card, "std")
        cut = R.randrange(1, len(g))
        a, b = "".join(g[:cut]), "".join(g[cut:])
        c.t("agent", "can i take the card details please")
        c.t("customer", "yeah ", (say_digits(a), c.rd("CARD_NUMBER", a, partial=True)), " ... %s ... " % pick(ASIDES),
            (say_digits(b), c.rd("CARD_NUMBER", b, partial=True)))
        c.t("agent", "lovely, thanks")
        c.note = "%s call, card reading interrupted by aside" % ind
    else:  # restart
        c.t("agent", "and the card number?")
        first = card[:R.randrange(3, 7)]
        c.t("customer", (say_digits(first, "plain"), c.rd("CARD_NUMBER", first, partial=True)), " ",
            pick(["no sorry that's the wrong card, ", "wait no, let me start again, ", "hang on, scratch that. "]),
            (say_digits(card), c.rd("CARD_NUMBER", card)))
        c.note = "%s call, card reading restarted (both attempts labelled)" % ind
    return c


def pos_ssn(i):
    ind, o = org()
    c = Case("positive", "")
    s = make_ssn()
    mode = i % 5
    if mode == 0:
        fmt = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
        c.t("agent", "For verification, please provide your Social Security number.")
        c.t("customer", pick(["SSN: ", "ssn is ", "Social: ", "soc sec # ", "my social "]), (fmt, c.rd("SSN", s)))
        c.note = "%s chat, typed SSN" % ind
    elif mode in (1, 2):
        c.t("agent", "and can you verify the social security number on the account")
        words = say_digits(s[:3]) + pick([", ", " ", " uh "]) + say_digits(s[3:5], "pairs") + pick([", ", " "]) + \
            say_digits(s[5:], pick(["pairs", "mixed"]))
        c.t("customer", pick(["sure it's ", "yeah ", "okay um ", ""]), (words, c.rd("SSN", s)))
        c.note = "%s call, ASR SSN reading (US)" % ind
        if mode == 2:
            c.t("agent", "i have ", (say_digits(s, "plain", False, False), c.rd("SSN", s)), ", correct?")
            c.t("customer", "correct")
            c.note += " + read-back"
    elif mode == 3:
        c.t("agent", "what's your social")
        c.t("customer", (say_digits(s[:3]), c.rd("SSN", s[:3], partial=True)))
        c.t("agent", pick(BACKCH))
        c.t("customer", (say_digits(s[3:5], "pairs"), c.rd("SSN", s[3:5], partial=True)))
        c.t("agent", pick(BACKCH))
        c.t("customer", pick(["", "and then "]), (say_digits(s[5:]), c.rd("SSN", s[5:], partial=True)))
        c.note = "%s call, SSN split over three customer turns" % ind
    else:
        mixed = s[:3] + " " + say_digits(s[3:5], "pairs") + " " + s[5:]
        c.t("agent", "I need the SSN to locate the claim")
        c.t("customer", "ok its ", (mixed, c.rd("SSN", s)), pick([" i think", "", " yeah"]))
        c.note = "%s call, SSN partly digits partly words (ASR)" % ind
    return c


def say_ni(ni, misheard=True):
    parts = [say_letter(ni[0], misheard), say_letter(ni[1], misheard)]
    d = ni[2:8]
    if chance(0.5):
        parts += [say_digits(d[k:k + 2], "pairs", False) for k in (0, 2, 4)]
    else:
        parts.append(say_digits(d))
    parts.append(say_letter(ni[8], misheard))
    return " ".join(parts)


def pos_ni(i):
    ind, o = org()
    c = Case("positive", "")
    ni = make_ni()
    mode = i % 5
    if mode == 0:
        f = pick(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s"]) % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        f = f.lower() if chance(0.4) else f
        c.t("agent", "Could you confirm your National Insurance number?")
        c.t("customer", pick(["NI no: ", "NINO ", "national insurance is ", "sure, "]), (f, c.rd("NI_NUMBER", ni)))
        c.note = "%s chat, typed NI number" % ind
    elif mode in (1, 2):
        c.t("agent", "can i have your national insurance number please")
        c.t("customer", pick(["yeah it's ", "it's ", "um ", "right, "]), (say_ni(ni), c.rd("NI_NUMBER", ni)))
        c.note = "%s call, ASR NI number with misheard letter names" % ind
        if mode == 2:
            c.t("agent", "so that's ", (" ".join(ni[:2]) + " " + say_digits(ni[2:8], "plain", False, False) + " " +
                                         ni[8], c.rd("NI_NUMBER", ni)))
            c.t("customer", "yes")
            c.note += " + read-back"
    elif mode == 3:
        c.t("agent", "national insurance number?")
        c.t("customer", (say_letter(ni[0]) + " " + say_letter(ni[1]), c.rd("NI_NUMBER", ni[:2], partial=True)))
        c.t("agent", pick(BACKCH))
        c.t("customer", (say_digits(ni[2:8]) + " " + say_letter(ni[8]), c.rd("NI_NUMBER", ni[2:], partial=True)))
        c.note = "%s call, NI split over two turns" % ind
    else:
        f = " ".join(ni[:2]).lower() + " " + ni[2:5] + " " + say_digits(ni[5:8]) + " " + say_letter(ni[8])
        c.t("agent", "and your NI number for the records")
        c.t("customer", (f, c.rd("NI_NUMBER", ni)))
        c.note = "%s call, NI partly digits partly words" % ind
    return c


def pos_other(typ, i):
    ind, o = org()
    c = Case("positive", "")
    asr = i % 2 == 1
    if typ == "CVV":
        v = "%03d" % R.randrange(1000) if chance(0.8) else "%04d" % R.randrange(1000, 10000)
        c.t("agent", pick(["and the three digits on the back", "security code please", "what's the cvv"]))
        c.t("customer", pick(["", "um ", "it's "]), ((say_digits(v) if asr else v), c.rd("CVV", v)))
        c.note = "%s, CVV%s" % (ind, " spoken" if asr else "")
    elif typ == "EXPIRY":
        m, y = R.randrange(1, 13), R.randrange(2025, 2032)
        if asr:
            txt = pick([zero_word() + " " + DIGW[m] if m < 10 else small_word(m), MONTHS[m - 1]]) + " " + \
                pick([small_word(y % 100), "twenty " + small_word(y % 100)])
        else:
            txt = pick(["%02d/%02d", "%d/%02d", "%02d-%02d"]) % (m, y % 100) if chance(0.7) else \
                "%s %d" % (MONTHS[m - 1][:3].title(), y)
        c.t("agent", "and the expiry date on the card")
        c.t("customer", pick(["expires ", "", "it runs out ", "exp "]), (txt, c.rd("EXPIRY", (m, y))))
        c.note = "%s, card expiry" % ind
    elif typ == "DOB":
        d, m, y = R.randrange(1, 29), R.randrange(1, 13), R.randrange(1940, 2006)
        if asr:
            yr = small_word(y // 100) + " " + (small_word(y % 100) if y % 100 >= 10 else "oh " + DIGW[y % 100]) \
                if y < 2000 else "two thousand and " + small_word(y % 100)
            k = R.randrange(3)
            if k == 0:
                txt = "the %s of %s %s" % (ORDW.get(d) or (TENW[d // 10] + " " + ORDW[d % 10]), MONTHS[m - 1], yr)
            elif k == 1:
                txt = "%s %s %s" % (MONTHS[m - 1], ORDW.get(d) or (TENW[d // 10] + " " + ORDW[d % 10]), yr)
            else:
                txt = "%s %s %s" % (say_digits("%02d" % d, "plain", False), say_digits("%02d" % m, "plain", False),
                                    small_word(y % 100) if y % 100 >= 10 else "oh " + DIGW[y % 100])
        else:
            txt = pick(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d),
                        "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%dth %s %d" % (d, MONTHS[m - 1][:3].title(), y)])
        c.t("agent", pick(["can you confirm your date of birth", "and your DOB please", "date of birth for security?"]))
        c.t("customer", pick(["", "it's ", "born ", "yeah "]), (txt, c.rd("DOB", (d, m, y))))
        c.note = "%s, date of birth" % ind
    elif typ == "BANK_ACCOUNT":
        v = "".join(str(R.randrange(10)) for _ in range(pick([8, 8, 9, 10, 12])))
        c.t("agent", "which account should the refund go to")
        c.t("customer", pick(["acct no: ", "account number ", "it's account ", "acc# "]),
            ((say_digits(v) if asr else pick([v, v[:4] + " " + v[4:], v[:2] + "-" + v[2:]])), c.rd("BANK_ACCOUNT", v)))
        c.note = "%s, bank account number" % ind
    elif typ == "SORT_CODE":
        v = "%02d%02d%02d" % (R.randrange(1, 100), R.randrange(100), R.randrange(100))
        if asr:
            txt = say_digits(v[:2], "pairs", False) + " " + say_digits(v[2:4], "pairs", False) + " " + \
                say_digits(v[4:], "pairs", False)
        else:
            txt = pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (v[:2], v[2:4], v[4:])
        c.t("agent", "and the sort code")
        c.t("customer", pick(["sort code ", "", "s/c "]), (txt, c.rd("SORT_CODE", v)))
        c.note = "%s, UK sort code" % ind
    elif typ == "IBAN":
        v = make_iban()
        if asr:
            txt = say_letter(v[0], False) + " " + say_letter(v[1], False) + " " + say_digits(v[2:4], "pairs", False) + \
                " " + " ".join(say_letter(ch, False) if ch.isalpha() else say_digits(ch, "plain", False) for ch in v[4:8]) + \
                " " + say_digits(v[8:], "mixed", False)
        else:
            txt = pick([group4(v), v, group4(v).lower()])
        c.t("agent", "what's the IBAN for the transfer")
        c.t("customer", pick(["IBAN: ", "it's ", "iban is "]), (txt, c.rd("IBAN", v)))
        c.note = "%s, IBAN" % ind
    elif typ == "PHONE":
        v, cty = make_phone()
        if asr:
            digs = canon_code(v)
            txt = ("plus " + say_digits(digs[1:], "mixed", True)) if digs.startswith("+") else say_digits(digs)
        else:
            txt = v if chance(0.5) else v.replace(" ", pick(["", "-", "."]))
        c.t("agent", "best number to call you back on?")
        c.t("customer", pick(["", "it's ", "mobile ", "tel: "]), (txt, c.rd("PHONE", v)))
        c.note = "%s, %s phone" % (ind, cty)
    elif typ == "EMAIL":
        v = make_email()
        txt = say_email(v) if asr else (v if chance(0.6) else v.title())
        c.t("agent", "and what email should the confirmation go to")
        c.t("customer", pick(["", "it's ", "email ", "yeah "]), (txt, c.rd("EMAIL", v if not asr else norm_email(txt))))
        c.note = "%s, email%s" % (ind, " spoken" if asr else "")
    elif typ == "POSTCODE":
        if chance(0.65):
            v = make_uk_pc()
            if asr:
                out, inn = v.split()
                txt = " ".join(say_letter(ch) if ch.isalpha() else DIGW[int(ch)] if chance(0.6) else ch
                               for ch in out) + " " + \
                    " ".join(say_letter(ch) if ch.isalpha() else dword(ch) for ch in inn)
            else:
                txt = pick([v, v.lower(), v.replace(" ", "")])
        else:
            v = make_zip()
            txt = say_digits(v.replace("-", ""), "mixed", False) if asr else v
        c.t("agent", "and the postcode" if "-" not in v and not v[0].isdigit() else "and the zip code")
        c.t("customer", pick(["", "it's ", "postcode ", "um "]), (txt, c.rd("POSTCODE", v)))
        c.note = "%s, postcode/ZIP" % ind
    elif typ == "ADDRESS":
        a = make_address(spoken=asr)
        uk = chance(0.5)
        pc = make_uk_pc() if uk else make_zip()
        town = pick(TOWNS_UK) if uk else pick(TOWNS_US)
        c.t("agent", "what's the first line of the address")
        segs = [pick(["", "it's ", "yeah "]), (a, c.rd("ADDRESS", a)), ", " + town + ", ", (pc, c.rd("POSTCODE", pc))]
        c.t("customer", *segs)
        c.note = "%s, address + town + postcode" % ind
    return c


def pos_multi(i):
    """Mixed-type cases with hard ASR phenomena."""
    ind, o = org()
    c = Case("positive", "")
    k = i % 4
    if k == 0:
        e = make_email()
        local, dom = e.split("@")
        c.t("agent", "what email have we got on file")
        c.t("customer", (say_email(local + "@x.com").rsplit(" at ", 1)[0], c.rd("EMAIL", local, partial=True)))
        c.t("agent", "at?")
        c.t("customer", (dom.replace(".", " dot "), c.rd("EMAIL", dom, partial=True)))
        # partial email validation: fragments compared individually below
        c.note = "%s, email split over turns" % ind
    elif k == 1:
        ph, _ = make_phone()
        d = canon_code(ph)
        if d.startswith("+"):
            sp = "plus " + say_digits(d[1:])
        else:
            sp = say_digits(d)
        em = make_email()
        c.t("customer", "you can reach me on ", (sp, c.rd("PHONE", d)), pick([" or email ", " or drop an email to "]),
            (em, c.rd("EMAIL", em)), pick(["", " after six"]))
        c.note = "%s, phone spoken with country code" % ind
    elif k == 2:
        ni = make_ni()
        c.t("agent", "can i take your NI number")
        c.t("customer", (say_ni(ni), c.rd("NI_NUMBER", ni)))
        c.t("agent", "sorry, was that " + ("%s for %s" % (ni[0].lower(), pick(NATO[ni[0]]))) + "?")
        c.t("customer", "yeah, ", (" ".join("%s for %s" % (ch.lower(), pick(NATO[ch])) if ch.isalpha() else
                                            dword(ch) for ch in ni), c.rd("NI_NUMBER", ni)))
        c.note = "%s, NI number then re-spelt with NATO words" % ind
    else:
        pc = make_uk_pc()
        a = make_address(spoken=True)
        c.t("agent", "and the address")
        c.t("customer", (a, c.rd("ADDRESS", a)), " in " + pick(TOWNS_UK).lower())
        c.t("agent", "postcode?")
        out, inn = pc.split()
        c.t("customer", (" ".join(say_letter(ch) if ch.isalpha() else dword(ch) for ch in out), c.rd("POSTCODE", out, True)),
            " ... ", pick(FILLERS), " ... ", (" ".join(say_letter(ch) if ch.isalpha() else dword(ch) for ch in inn),
                                             c.rd("POSTCODE", inn, True)))
        c.note = "%s, spoken address + postcode with pause" % ind
    return c


# ---------------------------------------------------------------- negatives
def neg(i):
    ind, o = org()
    c = Case("negative", "")
    k = i % 22
    n = lambda a, b: R.randrange(a, b)
    if k == 0:
        v = "".join(str(n(0, 10)) for _ in range(16))
        c.t("agent", "your order number is ", v, ", quote that if you ring back")
        c.note = "16-digit order number"
    elif k == 1:
        v = "".join(str(n(0, 10)) for _ in range(12))
        c.t("customer", "the tracking number is " + say_digits(v) + " but it hasn't moved since monday")
        c.note = "spoken tracking number, card-like reading"
    elif k == 2:
        c.t("customer", "it's the card ending " + pick(["%04d" % n(0, 10000), say_digits("%04d" % n(0, 10000), "plain")]) +
            ", can you see the payment")
        c.note = "card last four only"
    elif k == 3:
        c.t("agent", "your balance is %s%d.%02d and the minimum payment of %s%d is due on the %s" %
            (pick(["£", "$", "€"]), n(100, 9999), n(0, 100), pick(["£", "$"]), n(5, 200), ORDW[n(1, 29) if False else pick([1, 3, 5, 12, 20])]))
        c.note = "balance, amount, due date"
    elif k == 4:
        c.t("customer", "meter reading is " + say_digits("%05d" % n(0, 100000)) + ", and the other dial says " + str(n(1000, 99999)))
        c.note = "meter readings"
    elif k == 5:
        c.t("agent", "we're open eight till eight monday to friday, nine to five on saturdays, and the wait is about %s minutes" % small_word(n(2, 60)))
        c.note = "opening hours and duration"
    elif k == 6:
        c.t("customer", "flight EI %d, seat %d%s, gate %s" % (n(100, 999), n(1, 40), pick("ABCDEF"), n(1, 400)))
        c.note = "flight, seat, gate"
    elif k == 7:
        c.t("agent", "policy number " + pick(["POL-", "MI", "HX"]) + "%08d" % n(0, 10 ** 8) + ", claim reference " + "CLM%07d" % n(0, 10 ** 7))
        c.note = "policy and claim numbers with labels"
    elif k == 8:
        v = "".join(str(n(0, 10)) for _ in range(9))
        c.t("customer", "the invoice number is %s-%s-%s" % (v[:3], v[3:5], v[5:]))
        c.note = "invoice number in SSN-like 3-2-4 format"
    elif k == 9:
        c.t("customer", "i'm %s years old and i've been with you since %s" % (small_word(n(19, 90)), pick(["twenty twelve", "1998", "two thousand and five", "nineteen ninety"])))
        c.note = "age and year"
    elif k == 10:
        c.t("agent", "your appointment is on the %s of %s at %s" % (ORDW[pick([2, 4, 11, 16, 20])], pick(MONTHS), pick(["ten thirty", "2:15pm", "quarter past nine"])))
        c.note = "appointment date and time"
    elif k == 11:
        c.t("customer", "the router serial is SN" + "".join(str(n(0, 10)) for _ in range(14)) + " and the model is VX-%d" % n(100, 9999))
        c.note = "serial and model numbers"
    elif k == 12:
        c.t("customer", "i live on %s, near the %s roundabout" % (pick(STREETS), pick(["A%d" % n(1, 999), "B%d" % n(1000, 9999)])))
        c.note = "road names without house number"
    elif k == 13:
        c.t("agent", "your ticket reference is " + " ".join("%s for %s" % (L.lower(), pick(NATO[L])) for L in R.sample("BCHKLMRTW", 3)) + " " + say_digits("%04d" % n(0, 10000), "plain"))
        c.note = "NATO-spelt ticket reference"
    elif k == 14:
        c.t("customer", "the heating's at %s degrees and the bill went up %d%%" % (small_word(n(15, 30)), n(2, 40)))
        c.note = "temperature and percentage"
    elif k == 15:
        c.t("agent", "room %d, booking reference %s%d, %s nights" % (n(100, 999), pick(["HB", "TX", "AQ"]), n(100000, 999999), small_word(n(2, 14))))
        c.note = "room number, booking reference, count"
    elif k == 16:
        c.t("customer", "i paid %s on the %s" % (pick(["four hundred and twelve pounds", "ninety nine ninety nine", "$1,250.00", "€78.40"]), pick(["third", "twenty first", "14/03"])))
        c.t("agent", "yes i can see that payment")
        c.note = "payment amount and payment date"
    elif k == 17:
        v = "".join(str(n(0, 10)) for _ in range(16))
        c.t("agent", "the contract id is " + " ".join(v[j:j + 4] for j in range(0, 16, 4)) + ", twenty four months from the 1st of June")
        c.note = "contract id grouped like a card, contract date"
    elif k == 18:
        c.t("customer", "i've called %s times, this is the %s time in %s days" % (small_word(n(3, 12)), ORDW[n(3, 10)], small_word(n(2, 30))))
        c.note = "counts and durations"
    elif k == 19:
        c.t("agent", "the case number is " + say_digits("%010d" % n(0, 10 ** 10)) + ", and that's case not card, okay")
        c.note = "spoken case number like a card reading"
    elif k == 20:
        c.t("customer", "my last bill was for january, it said %d kilowatt hours and %s%d.%02d" % (n(100, 3000), pick(["£", "€"]), n(20, 400), n(0, 100)))
        c.note = "usage and amount"
    else:
        c.t("agent", "the direct line for the billing team is on the letter, and the reference at the top starts " +
            pick(["RF", "AB", "XK"]) + say_digits("%06d" % n(0, 10 ** 6), "plain"))
        c.note = "reference number spoken"
    if chance(0.5):
        c.turns.insert(0, {"speaker": "agent", "text": opener(o, True)})
    c.note = ind + ": " + c.note
    return c


# ---------------------------------------------------------------- assembly
def build():
    cases = []
    for i in range(72):
        cases.append(pos_card(i))
    for i in range(34):
        cases.append(pos_ssn(i))
    for i in range(34):
        cases.append(pos_ni(i))
    for typ in ["CVV", "EXPIRY", "DOB", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "POSTCODE", "ADDRESS"]:
        for i in range(12):
            cases.append(pos_other(typ, i))
    for i in range(16):
        cases.append(pos_multi(i))
    negs = [neg(i) for i in range(110)]
    R.shuffle(cases)
    R.shuffle(negs)
    for k, c in enumerate(cases):
        c.id = "h482-pos-%03d" % (k + 1)
    for k, c in enumerate(negs):
        c.id = "h482-neg-%03d" % (k + 1)
    return cases + negs


def dump(cases):
    lines = []
    for c in cases:
        spans = sorted(c.spans, key=lambda s: (s["turn"], s["start"]))
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": spans,
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("file is not byte-identical to regeneration")
    ids = [c.id for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c in cases:
        if c.kind == "negative" and c.spans:
            errs.append("%s: negative with spans" % c.id)
        if c.kind == "positive" and not c.spans:
            errs.append("%s: positive without spans" % c.id)
        for t in c.turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % c.id)
        byturn = {}
        for s in c.spans:
            if not (0 <= s["turn"] < len(c.turns)):
                errs.append("%s: turn out of range" % c.id); continue
            tx = c.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s: offsets out of range" % c.id); continue
            if not (tx[a].isalnum() or tx[a] == "+") or not tx[b - 1].isalnum():
                errs.append("%s: span edge not alnum %r" % (c.id, tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (c.id, tx[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % c.id)
        for r in c.readings:
            if not r.frags:
                errs.append("%s: reading without fragment" % c.id); continue
            if r.typ == "EMAIL" and r.partial:
                ok = norm_email(" ".join(r.frags)) == r.canon
            else:
                ok = validate_text(r.typ, " ".join(r.frags), r.canon, r.partial)
            if not ok:
                errs.append("%s: %s text %r does not normalise to %r" % (c.id, r.typ, r.frags, r.canon))
            if not r.partial and not validate_canon(r.typ, r.canon):
                errs.append("%s: %s value %r invalid" % (c.id, r.typ, r.canon))
    return errs


def counts(cases):
    ct = {}
    for c in cases:
        for s in c.spans:
            ct[s["type"]] = ct.get(s["type"], 0) + 1
    return ct


def main():
    cases = build()
    text = dump(cases)
    if "--check" in sys.argv:
        errs = check(cases, text)
        ct = counts(cases)
        npos = sum(c.kind == "positive" for c in cases)
        nneg = len(cases) - npos
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CVV", "EXPIRY", "DOB", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "POSTCODE", "ADDRESS"]:
            need[t] = 10
        for t, m in need.items():
            if ct.get(t, 0) < m:
                errs.append("too few %s spans: %d < %d" % (t, ct.get(t, 0), m))
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for e in errs[:60]:
            print("ERROR:", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(ct, sort_keys=True)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            return 1
        print("CHECK OK")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the pii_holdout466 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout466.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout466.py --check  # regenerate + validate

Standard library only.  One RNG: random.Random(466241125).
Every turn is assembled from plain-text segments and labelled value segments,
so span offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
from collections import Counter

import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout466", "cases.jsonl")
SEED = 466241125

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# spoken-form vocabulary (shared by renderer and validator)
# --------------------------------------------------------------------------
UNITS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "naught": "0",
         "one": "1", "won": "1", "two": "2", "to": "2", "too": "2",
         "three": "3", "tree": "3", "four": "4", "for": "4", "fore": "4",
         "five": "5", "fife": "5", "six": "6", "seven": "7", "eight": "8",
         "ate": "8", "nine": "9", "niner": "9"}
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
         "fourteen": "14", "fifteen": "15", "sixteen": "16",
         "seventeen": "17", "eighteen": "18", "nineteen": "19"}
TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fourty": "4",
        "fifty": "5", "sixty": "6", "seventy": "7", "eighty": "8",
        "ninety": "9"}
ORD_UNITS = {"first": "1", "second": "2", "third": "3", "fourth": "4",
             "fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8",
             "ninth": "9"}
ORD_TEENS = {"tenth": "10", "eleventh": "11", "twelfth": "12",
             "thirteenth": "13", "fourteenth": "14", "fifteenth": "15",
             "sixteenth": "16", "seventeenth": "17", "eighteenth": "18",
             "nineteenth": "19", "twentieth": "20", "thirtieth": "30"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MONTH_NUM = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
MONTH_NUM.update({m[:3]: "%02d" % (i + 1) for i, m in enumerate(MONTHS)})
MONTH_NUM["sept"] = "09"
FILLERS = {"um", "uh", "er", "erm", "ah", "umm", "uhh", "hmm"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C",
        "delta": "D", "echo": "E", "foxtrot": "F", "golf": "G",
        "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N",
        "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R",
        "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y",
        "zulu": "Z"}
LETTER_NAMES = {"ay": "A", "bee": "B", "be": "B", "see": "C", "sea": "C",
                "cee": "C", "dee": "D", "ee": "E", "ef": "F", "eff": "F",
                "gee": "G", "jee": "G", "aitch": "H", "haitch": "H",
                "eye": "I", "jay": "J", "kay": "K", "el": "L", "ell": "L",
                "em": "M", "en": "N", "pee": "P", "pea": "P", "queue": "Q",
                "cue": "Q", "kew": "Q", "are": "R", "ar": "R", "es": "S",
                "ess": "S", "tee": "T", "tea": "T", "you": "U", "yew": "U",
                "vee": "V", "ex": "X", "why": "Y", "zed": "Z", "zee": "Z"}
SPOKEN_WORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "thousand",
                                                      "double", "triple",
                                                      "and", "plus", "teen"}


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randrange(10))
                            for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - n % 97
    return cc + "%02d" % chk + bban


# --------------------------------------------------------------------------
# normaliser: text -> list of atoms (each atom = set of alternative strings)
# --------------------------------------------------------------------------
def _segment(tok):
    """Split a run-together ASR token such as 'fortyone' into vocab words."""
    vocab = [w for w in (SPOKEN_WORDS | set(NATO) | set(ORD_UNITS)) if len(w) > 1]
    best = {0: []}
    for i in range(1, len(tok) + 1):
        for w in vocab:
            j = i - len(w)
            if j >= 0 and j in best and tok[j:i] == w:
                cand = best[j] + [w]
                if i not in best or len(cand) < len(best[i]):
                    best[i] = cand
    return best.get(len(tok))


def tokens(text):
    raw = re.findall(r"[a-z]+|\d+|\+", text.lower())
    out = []
    for t in raw:
        if t.isalpha() and t not in SPOKEN_WORDS and t not in NATO and \
                t not in LETTER_NAMES and t not in FILLERS and len(t) > 1 and \
                t not in MONTH_NUM and t not in ORD_UNITS and t not in ORD_TEENS:
            seg = _segment(t)
            if seg:
                out.extend(seg)
                continue
        out.append(t)
    return out


def atoms(text, mode):
    """mode 'D' = digits only, 'A' = letters and digits, 'T' = dates."""
    toks = tokens(text)
    res = []
    i = 0

    def num_at(k):
        """Parse a spoken number starting at k -> (digits, next) or None."""
        t = toks[k] if k < len(toks) else None
        if t is None:
            return None
        if t in TEENS:
            return TEENS[t], k + 1
        if mode == "T" and t in ORD_TEENS:
            return ORD_TEENS[t], k + 1
        if t in TENS:
            nx = toks[k + 1] if k + 1 < len(toks) else None
            if nx in UNITS and UNITS[nx] != "0":
                return TENS[t] + UNITS[nx], k + 2
            if mode == "T" and nx in ORD_UNITS:
                return TENS[t] + ORD_UNITS[nx], k + 2
            return TENS[t] + "0", k + 1
        if t in UNITS:
            nx = toks[k + 1] if k + 1 < len(toks) else None
            if nx == "teen" and UNITS[t] != "0":
                return "1" + UNITS[t], k + 2
            if nx == "hundred" and UNITS[t] != "0":
                k2 = k + 2
                if k2 < len(toks) and toks[k2] == "and":
                    k2 += 1
                sub = num_at(k2) if k2 < len(toks) and (
                    toks[k2] in TEENS or toks[k2] in TENS or
                    (toks[k2] in UNITS and UNITS[toks[k2]] != "0")) else None
                if sub:
                    return UNITS[t] + sub[0].rjust(2, "0"), sub[1]
                return UNITS[t] + "00", k + 2
            if nx == "thousand" and UNITS[t] != "0":
                k2 = k + 2
                if k2 < len(toks) and toks[k2] == "and":
                    k2 += 1
                sub = num_at(k2) if k2 < len(toks) and (
                    toks[k2] in TEENS or toks[k2] in TENS or
                    (toks[k2] in UNITS and UNITS[toks[k2]] != "0")) else None
                if sub:
                    return UNITS[t] + sub[0].rjust(3, "0"), sub[1]
                return UNITS[t] + "000", k + 2
            return UNITS[t], k + 1
        if mode == "T" and t in ORD_UNITS:
            return ORD_UNITS[t], k + 1
        return None

    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS or (mode == "T" and t in ("the", "of", "th", "st",
                                                   "nd", "rd", "in")):
            i += 1
            continue
        if t == "and" and mode != "A":
            i += 1
            continue
        if t.isdigit():
            res.append({t})
            i += 1
            continue
        if t == "+" or t == "plus":
            res.append({"+"})
            i += 1
            continue
        if mode == "T" and t in MONTH_NUM:
            res.append({MONTH_NUM[t]})
            i += 1
            continue
        if t in ("double", "triple"):
            n = 2 if t == "double" else 3
            alts = set()
            if mode == "A" and nx in ("you", "u"):
                alts.add("W")
            sub = atoms(nx or "", mode) if nx else []
            if len(sub) == 1:
                for a in sub[0]:
                    if len(a) == 1:
                        alts.add(a * n)
            if not alts:
                return None
            res.append(alts)
            i += 2
            continue
        if mode == "A":
            letter = None
            if t in NATO:
                letter = NATO[t]
            elif t in LETTER_NAMES:
                letter = LETTER_NAMES[t]
            elif len(t) == 1 and t.isalpha():
                letter = t.upper()
            # "j for juliet", "s as in sugar"
            if letter and nx in ("for", "as") and i + 2 < len(toks):
                k = i + 2
                if toks[k] == "in":
                    k += 1
                if k < len(toks) and toks[k][0].upper() == letter:
                    res.append({letter})
                    i = k + 1
                    continue
            alts = set()
            if letter:
                alts.add(letter)
            if t.isalpha() and len(t) <= 4 and t not in ("double", "triple", "and"):
                alts.add(t.upper())  # written letters, e.g. 'es' in ES91...
                letter = letter or t.upper()
            p = num_at(i)
            if p and p[1] == i + 1:
                alts.add(p[0])
                res.append(alts)
                i += 1
                continue
            if p and not letter:
                res.append({p[0]})
                i = p[1]
                continue
            if letter:
                res.append(alts)
                i += 1
                continue
            return None
        p = num_at(i)
        if p:
            res.append({p[0]})
            i = p[1]
            continue
        return None
    return res


def can_produce(atom_list, expected):
    if atom_list is None:
        return False
    pos = {0}
    for alts in atom_list:
        nxt = set()
        for p in pos:
            for a in alts:
                if expected.startswith(a, p):
                    nxt.add(p + len(a))
        pos = nxt
        if not pos:
            return False
    return len(expected) in pos


def email_norm(text):
    toks = re.findall(r"[a-z0-9]+|[@._+-]", text.lower())
    out = []
    for t in toks:
        if t in FILLERS:
            continue
        out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-",
                    "hyphen": "-"}.get(t, t))
    return "".join(out)


def mode_for(typ):
    if typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
        return "A"
    if typ in ("DOB", "EXPIRY"):
        return "T"
    return "D"


# --------------------------------------------------------------------------
# canonical validators
# --------------------------------------------------------------------------
NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = ("street", "st", "road", "rd", "lane", "ln", "avenue", "ave",
                "close", "drive", "dr", "way", "court", "crescent", "place",
                "terrace", "gardens", "grove", "hill", "boulevard", "blvd",
                "row", "park", "square", "mews", "walk", "parade", "view")


def valid_date_digits(d):
    def ok(dd, mm, yy):
        return 1 <= dd <= 31 and 1 <= mm <= 12 and (yy < 100 or 1900 <= yy <= 2025)
    if len(d) == 8:
        a, b, y = int(d[:2]), int(d[2:4]), int(d[4:])
        y2, m2, d2 = int(d[:4]), int(d[4:6]), int(d[6:])
        return ok(a, b, y) or ok(b, a, y) or ok(d2, m2, y2)
    if len(d) == 6:
        a, b, y = int(d[:2]), int(d[2:4]), int(d[4:])
        return ok(a, b, y) or ok(b, a, y)
    return False


def canonical_valid(typ, c):
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "EXPIRY":
        if not c.isdigit():
            return False
        if len(c) == 4:
            return 1 <= int(c[:2]) <= 12
        if len(c) == 6:
            return 1 <= int(c[:2]) <= 12 and c[2:4] == "20"
        return False
    if typ == "SSN":
        return (c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666")
                and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(c))
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 17
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        return bool(re.fullmatch(r"\+?\d{10,13}", c))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", c))
    if typ == "DOB":
        return c.isdigit() and valid_date_digits(c)
    if typ == "POSTCODE":
        return bool(UK_PC_RE.fullmatch(c) or re.fullmatch(r"\d{5}(\d{4})?", c))
    if typ == "ADDRESS":
        return True
    return False


def span_matches(typ, texts, canon):
    """Does the (possibly multi-turn) labelled text normalise to canon?"""
    joined = " ".join(texts)
    if typ == "EMAIL":
        return email_norm(joined) == canon
    if typ == "ADDRESS":
        low = joined.lower()
        words = re.findall(r"[a-z]+", low)
        first = re.findall(r"[a-z0-9]+", low)[0]
        return (any(w in STREET_WORDS for w in words) and
                (first[0].isdigit() or first in UNITS or first in TEENS or
                 first in TENS or first in ("flat", "apt", "apartment", "unit",
                                            "number", "no") or
                 _segment(first) is not None))
    al = []
    for t in texts:
        a = atoms(t, mode_for(typ))
        if a is None:
            return False
        al.extend(a)
    return can_produce(al, canon)


# --------------------------------------------------------------------------
# renderers
# --------------------------------------------------------------------------
DIGW = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four",
        "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"}
HOMO = {"1": ["won"], "2": ["to", "too"], "4": ["for"], "8": ["ate"],
        "3": ["tree"]}
TEENW = {v: k for k, v in TEENS.items()}
TENW = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty",
        "6": "sixty", "7": "seventy", "8": "eighty", "9": "ninety"}
LETTER_SAY = {"A": ["a", "ay"], "B": ["b", "bee"], "C": ["c", "see"],
              "D": ["d", "dee"], "E": ["e"], "F": ["f", "ef"],
              "G": ["g", "gee"], "H": ["h", "aitch", "haitch"],
              "I": ["i", "eye"], "J": ["j", "jay"], "K": ["k", "kay"],
              "L": ["l", "el"], "M": ["m", "em"], "N": ["n", "en"],
              "O": ["o"], "P": ["p", "pee"], "Q": ["q", "queue", "cue"],
              "R": ["r", "are"], "S": ["s", "ess"], "T": ["t", "tee"],
              "U": ["u", "you"], "V": ["v", "vee"], "W": ["w", "double you"],
              "X": ["x", "ex"], "Y": ["y", "why"], "Z": ["z", "zed", "zee"]}
NATO_SAY = {v: k for k, v in NATO.items() if k not in ("alfa", "juliett",
                                                       "whisky")}
NATO_SAY["X"] = "x ray"
FOR_WORDS = {"A": "apple", "B": "bravo", "C": "charlie", "D": "david",
             "E": "edward", "F": "freddie", "G": "george", "H": "harry",
             "J": "john", "K": "kilo", "L": "london", "M": "mother",
             "N": "nancy", "P": "peter", "R": "robert", "S": "sugar",
             "T": "tommy", "W": "william", "X": "xylophone", "Y": "yellow",
             "Z": "zebra", "O": "orange", "Q": "queen", "U": "uncle",
             "V": "victor", "I": "india"}


class R:
    rng = None


def ch(seq):
    return R.rng.choice(seq)


def p(x):
    return R.rng.random() < x


def zero_word(asr=True):
    return ch(["oh", "oh", "o", "zero", "nought"] if asr else ["zero", "oh"])


def dword(d, homo=0.08):
    if d == "0":
        return zero_word()
    if d in HOMO and p(homo):
        return ch(HOMO[d])
    return DIGW[d]


def pair_words(pr):
    if pr[0] == "0":
        return [zero_word(), DIGW[pr[1]] if pr[1] != "0" else zero_word()]
    if pr[0] == "1":
        return [TEENW[pr]]
    if pr[1] == "0":
        return [TENW[pr[0]]]
    return [TENW[pr[0]], DIGW[pr[1]]]


def speak_group(g, style=None):
    """Return a list of words for the digit group g."""
    style = style or ch(["single", "single", "single", "pairs", "mixed",
                         "hundreds", "asdigits"])
    words = []
    if style == "asdigits":
        return [g]
    if style == "pairs" and len(g) % 2 == 0:
        for k in range(0, len(g), 2):
            words.extend(pair_words(g[k:k + 2]))
        return words
    if style == "hundreds" and len(g) == 3 and g[0] != "0" and g[1:] != "00":
        rest = g[1:]
        rw = [DIGW[rest[1]]] if rest[0] == "0" else pair_words(rest)
        return [DIGW[g[0]], "hundred"] + (["and"] if p(0.7) else []) + rw
    if style == "mixed" and len(g) >= 2:
        k = R.rng.randrange(1, len(g))
        return [g[:k]] + [dword(d) for d in g[k:]]
    i = 0
    while i < len(g):
        d = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == d and run < 3:
            run += 1
        if run == 3 and p(0.6):
            words += ["triple", dword(d, 0)]
            i += 3
            continue
        if run >= 2 and p(0.7):
            words += ["double", dword(d, 0)]
            i += 2
            continue
        words.append(dword(d))
        i += 1
    return words


def asr_mangle(words, filler=0.1, runtogether=0.06):
    out = []
    for w in words:
        if out and p(runtogether) and out[-1].isalpha() and w.isalpha() and \
                out[-1] not in ("double", "triple", "hundred", "and") and \
                w not in ("hundred", "and"):
            out[-1] = out[-1] + w
            continue
        out.append(w)
    res = []
    for k, w in enumerate(out):
        if 0 < k and p(filler):
            res.append(ch(["um", "uh", "er", "erm"]))
        res.append(w)
    return res


def speak_digit_groups(groups, filler=0.1):
    """List of chunks (strings) -- one per group -- for spoken digits."""
    chunks = []
    for g in groups:
        chunks.append(" ".join(asr_mangle(speak_group(g), filler)))
    return chunks


def say_letter(c):
    r = R.rng.random()
    if r < 0.25 and c in NATO_SAY:
        return NATO_SAY[c]
    if r < 0.4:
        return "%s for %s" % (ch(LETTER_SAY[c][:1]), FOR_WORDS[c])
    return ch(LETTER_SAY[c])


def speak_alnum(s, filler=0.08):
    """Spoken letters + digits; returns chunks, one per maximal run."""
    runs = re.findall(r"[A-Z]+|\d+", s.upper())
    chunks = []
    for run in runs:
        if run.isdigit():
            gs = [run[k:k + 4] for k in range(0, len(run), 4)] if len(run) > 4 else [run]
            for g in gs:
                chunks.append(" ".join(asr_mangle(speak_group(g), filler)))
        else:
            ws = []
            i = 0
            while i < len(run):
                if i + 1 < len(run) and run[i] == run[i + 1] and p(0.6):
                    ws.append("double " + ch(LETTER_SAY[run[i]]))
                    i += 2
                    continue
                ws.append(say_letter(run[i]))
                i += 1
            chunks.append(" ".join(ws))
    return chunks


def chunk_ok(typ, chunks, canon):
    return (span_matches(typ, chunks, canon) and
            span_matches(typ, [" ".join(chunks)], canon))


def robust(typ, canon, maker, fallback):
    for _ in range(12):
        chunks = maker()
        if chunk_ok(typ, chunks, canon):
            return chunks
    chunks = fallback()
    assert chunk_ok(typ, chunks, canon), (typ, chunks, canon)
    return chunks


# --------------------------------------------------------------------------
# value generators -> (canonical, written_text, spoken_chunks_fn)
# --------------------------------------------------------------------------
def gen_card():
    kind = ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13",
               "maestro19"])
    rng = R.rng
    if kind == "visa":
        c = luhn_complete("4" + str(rng.randrange(10)), 16, rng)
    elif kind == "mc":
        c = luhn_complete(ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng)
    elif kind == "amex":
        c = luhn_complete(ch(["34", "37"]), 15, rng)
    elif kind == "disc":
        c = luhn_complete("6011", 16, rng)
    elif kind == "visa13":
        c = luhn_complete("4", 13, rng)
    else:
        c = luhn_complete(ch(["6759", "6763"]), 19, rng)
    return c


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    gs = [c[k:k + 4] for k in range(0, len(c), 4)]
    return gs


def write_card(c):
    st = R.rng.random()
    gs = card_groups(c)
    if st < 0.3:
        return " ".join(gs)
    if st < 0.5:
        return "-".join(gs)
    if st < 0.65:
        return c
    if st < 0.75:
        return ".".join(gs)
    if st < 0.85:  # odd grouping
        k = R.rng.randrange(3, 7)
        parts, i = [], 0
        while i < len(c):
            parts.append(c[i:i + k])
            i += k
            k = R.rng.randrange(2, 7)
        return " ".join(parts)
    # mixed separators / double space
    return gs[0] + "  " + " ".join(gs[1:-1]) + "-" + gs[-1]


def spoken(typ, canon, groups):
    return robust(typ, canon, lambda: speak_digit_groups(groups),
                  lambda: [" ".join(dword(d, 0) for d in g) for g in groups])


def gen_ssn():
    while True:
        a = R.rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.rng.randrange(1, 100), R.rng.randrange(1, 10000))


def write_ssn(s):
    return ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (
        s[:3], s[3:5], s[5:])


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        pre = ch(NI_FIRST) + ch(NI_SECOND)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return pre + "%06d" % R.rng.randrange(10 ** 6) + ch("ABCD")


def write_ni(n):
    st = R.rng.random()
    if st < 0.3:
        return n
    if st < 0.55:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st < 0.7:
        return n.lower()
    if st < 0.85:
        return "%s%s %s" % (n[:2], n[2:8], n[8])
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def speak_ni(n):
    def mk():
        pre = speak_alnum(n[:2])
        digs = speak_digit_groups(ch([[n[2:4], n[4:6], n[6:8]],
                                      [n[2:8]], [n[2:5], n[5:8]]]), 0.1)
        return pre + digs + [say_letter(n[8])]
    return robust("NI_NUMBER", n, mk,
                  lambda: [" ".join(n[:2].lower())] + [" ".join(DIGW[d] for d in n[2:8])] + [n[8].lower()])


UK_AREAS = ["SW", "SE", "E", "N", "W", "EC", "M", "B", "LS", "G", "EH", "CF",
            "BS", "NG", "L", "OX", "CB", "BT", "NE", "S", "YO", "PL", "RG"]
UNIT_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode():
    if p(0.3):
        z = "%05d" % R.rng.randrange(1001, 99950)
        if p(0.3):
            z += "%04d" % R.rng.randrange(1, 10000)
        return z
    a = ch(UK_AREAS)
    d = str(R.rng.randrange(1, 20))
    if p(0.1) and len(d) == 1:
        d += ch("ABEHMNPRVWXY")
    return a + d + str(R.rng.randrange(10)) + ch(UNIT_LET) + ch(UNIT_LET)


def write_postcode(pc):
    if pc.isdigit():
        return pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
    out, inn = pc[:-3], pc[-3:]
    st = R.rng.random()
    if st < 0.6:
        return out + " " + inn
    if st < 0.75:
        return (out + " " + inn).lower()
    if st < 0.9:
        return out + inn
    return out.lower() + " " + inn.upper()


def speak_postcode(pc):
    if pc.isdigit():
        gs = [pc[:5]] if len(pc) == 5 else [pc[:5], pc[5:]]
        return robust("POSTCODE", pc, lambda: speak_digit_groups(gs, 0.05),
                      lambda: [" ".join(DIGW[d] for d in g) for g in gs])
    return robust("POSTCODE", pc, lambda: speak_alnum(pc, 0.05),
                  lambda: [" ".join(DIGW.get(c, c.lower()) for c in pc)])


def gen_iban():
    cc = ch(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    rng = R.rng
    dg = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"]) + dg(14)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    return make_iban(cc, bban)


def write_iban(ib):
    gs = [ib[k:k + 4] for k in range(0, len(ib), 4)]
    st = R.rng.random()
    if st < 0.5:
        return " ".join(gs)
    if st < 0.7:
        return ib
    if st < 0.85:
        return " ".join(gs).lower()
    return "-".join(gs)


def speak_iban(ib):
    return robust("IBAN", ib, lambda: speak_alnum(ib, 0.05),
                  lambda: [" ".join(DIGW.get(c, c.lower()) for c in ib)])


def gen_phone():
    rng = R.rng
    k = ch(["uk_mob", "uk_land", "uk_intl", "us", "us_intl", "ie", "ie_intl", "eu"])
    if k == "uk_mob":
        return k, "07700" + "%06d" % rng.randrange(900000, 901000)
    if k == "uk_land":
        return k, ch(["0113496", "0161496", "0207946", "0117496", "0131496"]) + "%04d" % rng.randrange(10000)
    if k == "uk_intl":
        return k, "+447" + "%09d" % rng.randrange(10 ** 9)
    if k == "us":
        return k, "%03d555%04d" % (rng.randrange(201, 990), rng.randrange(100, 200))
    if k == "us_intl":
        return k, "+1%03d555%04d" % (rng.randrange(201, 990), rng.randrange(100, 200))
    if k == "ie":
        return k, "08" + ch("35679") + "%07d" % rng.randrange(10 ** 7)
    if k == "ie_intl":
        return k, "+3538" + ch("35679") + "%07d" % rng.randrange(10 ** 7)
    return k, ch(["+4930", "+3361", "+3491", "+3120"]) + "%08d" % rng.randrange(10 ** 8)


def phone_groups(k, ph):
    if ph.startswith("+"):
        cc_len = 1 if ph.startswith("+1") else (3 if ph.startswith("+353") else 2)
        rest = ph[1 + cc_len:]
        return ["+" + ph[1:1 + cc_len]] + [rest[i:i + 3] for i in range(0, len(rest), 3)]
    if k == "us":
        return [ph[:3], ph[3:6], ph[6:]]
    if k == "uk_mob":
        return [ph[:5], ph[5:8], ph[8:]]
    if k == "ie":
        return [ph[:3], ph[3:6], ph[6:]]
    return [ph[:4], ph[4:7], ph[7:]]


def write_phone(k, ph):
    gs = phone_groups(k, ph)
    st = R.rng.random()
    if k == "us" and st < 0.4:
        return "(%s) %s-%s" % tuple(gs)
    if st < 0.6:
        return " ".join(gs)
    if st < 0.8:
        return "".join(gs)
    return "-".join(gs) if not gs[0].startswith("+") else gs[0] + " " + "-".join(gs[1:])


def speak_phone(k, ph):
    gs = phone_groups(k, ph)

    def mk():
        out = []
        for g in gs:
            if g.startswith("+"):
                sty = ch(["single", "asdigits", "pairs"])
                out.append(("+" if sty == "asdigits" and p(0.5) else "plus ") + " ".join(speak_group(g[1:], sty)))
            else:
                out.append(" ".join(asr_mangle(speak_group(g), 0.08)))
        return out
    return robust("PHONE", ph, mk, lambda: [" ".join(DIGW.get(c, "plus") for c in g) for g in gs])


FIRST = ["sarah", "james", "priya", "liam", "aoife", "tomasz", "fatima",
         "kevin", "grace", "mohammed", "niamh", "dave", "chloe", "oluwaseun",
         "marta", "rob", "siobhan", "wei", "jo", "pat"]
LAST = ["okafor", "smith", "murphy", "kowalski", "patel", "obrien", "nguyen",
        "jones", "fitzgerald", "garcia", "mcdonald", "brennan", "ali",
        "taylor", "schmidt", "dubois", "walsh", "kaur"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.ie",
           "btinternet.com", "icloud.com", "eircom.net", "proton.me",
           "aol.com", "live.co.uk", "web.de", "virginmedia.com"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    user = ch(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, R.rng.randrange(1, 99)),
               "%s%d" % (f, R.rng.randrange(1970, 2005)), "%s.%s%d" % (f[0], l, R.rng.randrange(1, 9)),
               "%s-%s" % (l, f)])
    return user + "@" + ch(DOMAINS)


def write_email(e):
    st = R.rng.random()
    if st < 0.6:
        return e
    if st < 0.8:
        u, d = e.split("@")
        return u.capitalize() + "@" + d.capitalize()
    return e.upper()


def speak_email(e):
    u, d = e.split("@")

    def sp(part):
        ws = []
        for piece in re.split(r"([._-])", part):
            if piece == ".":
                ws.append("dot")
            elif piece == "_":
                ws.append("underscore")
            elif piece == "-":
                ws.append(ch(["dash", "hyphen"]))
            elif piece:
                m = re.fullmatch(r"([a-z]+)(\d*)", piece)
                letters, digits = m.group(1), m.group(2)
                if len(letters) <= 2 or p(0.25):
                    ws.append(" ".join(letters))
                elif letters in ("gmail", "hotmail", "btinternet", "icloud", "outlook") and p(0.5):
                    ws.append({"gmail": "g mail", "hotmail": "hot mail",
                               "btinternet": "b t internet", "icloud": "i cloud",
                               "outlook": "out look"}[letters])
                else:
                    ws.append(letters)
                if digits:
                    ws.append(" ".join(digits) if p(0.5) else digits)
        return ws
    words = sp(u) + [ch(["at", "at", "um at"])] + sp(d)
    return [" ".join(words)]


def gen_date(y0, y1):
    y = R.rng.randrange(y0, y1)
    m = R.rng.randrange(1, 13)
    d = R.rng.randrange(1, 29)
    return d, m, y


def ordinal_words(d):
    if d < 10:
        return [k for k, v in ORD_UNITS.items() if v == str(d)][0]
    if d < 20 or d in (20, 30):
        return [k for k, v in ORD_TEENS.items() if v == str(d)][0]
    return TENW[str(d)[0]] + " " + [k for k, v in ORD_UNITS.items() if v == str(d)[1]][0]


def year_words(y):
    if y >= 2000:
        if y < 2010:
            return ch(["two thousand and %s" % DIGW[str(y)[3]], "two thousand %s" % DIGW[str(y)[3]]]) if y != 2000 else "two thousand"
        return "twenty " + " ".join(pair_words(str(y)[2:]))
    return " ".join(pair_words(str(y)[:2]) + pair_words(str(y)[2:]))


def render_dob(spoken_):
    d, m, y = gen_date(1941, 2006)
    if not spoken_:
        st = R.rng.random()
        if st < 0.35:
            return "%02d/%02d/%d" % (d, m, y), "%02d%02d%d" % (d, m, y)
        if st < 0.5:
            return "%d-%02d-%02d" % (y, m, d), "%d%02d%02d" % (y, m, d)
        if st < 0.7:
            return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%02d%02d%d" % (d, m, y)
        if st < 0.85:
            return "%s %d%s, %d" % (MONTHS[m - 1].capitalize()[:3], d, "th" if d > 3 else ["", "st", "nd", "rd"][d], y), "%02d%02d%d" % (m, d, y)
        return "%d.%d.%02d" % (d, m, y % 100), "%02d%02d%02d" % (d, m, y % 100)
    st = R.rng.random()
    if st < 0.4:
        t = "the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y))
        return t, "%02d%02d%d" % (d, m, y)
    if st < 0.6:
        t = "%s %s %s" % (MONTHS[m - 1], ordinal_words(d), year_words(y))
        return t, "%02d%02d%d" % (m, d, y)
    # numeric spoken: "oh three oh four eighty five"
    dd, mm = "%02d" % d, "%02d" % m
    yy = "%02d" % (y % 100)
    words = asr_mangle(speak_group(dd, ch(["single", "pairs"])) + speak_group(mm, ch(["single", "pairs"])) + speak_group(yy, "pairs"), 0.05, 0)
    return " ".join(words), dd + mm + yy


def gen_dob(spoken_):
    for _ in range(20):
        t, c = render_dob(spoken_)
        if span_matches("DOB", [t], c) and canonical_valid("DOB", c):
            return t, c
    raise AssertionError("dob")


def gen_expiry(spoken_):
    m = R.rng.randrange(1, 13)
    y = R.rng.randrange(25, 32)
    if not spoken_:
        f = ch(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%02d / %02d", "%02d/20%02d", "%02d%02d"])
        t = f % (m, y)
        return t, re.sub(r"\D", "", t)
    for _ in range(20):
        st = R.rng.random()
        if st < 0.5:
            words = speak_group("%02d" % m, ch(["single", "pairs"])) + speak_group("%02d" % y, "pairs")
            t, c = " ".join(asr_mangle(words, 0.05, 0.03)), "%02d%02d" % (m, y)
        elif st < 0.8:
            t, c = "%s twenty %s" % (MONTHS[m - 1], " ".join(pair_words("%02d" % y))), "%02d20%02d" % (m, y)
        else:
            t, c = "%s %s" % (" ".join(speak_group("%02d" % m, "single")), "twenty " + " ".join(pair_words("%02d" % y))), "%02d20%02d" % (m, y)
        if span_matches("EXPIRY", [t], c):
            return t, c
    raise AssertionError


STREETS = ["Mill Lane", "Church Road", "Station Road", "High Street",
           "Victoria Avenue", "Elm Grove", "Maple Drive", "Kings Way",
           "Oak Tree Close", "Park Crescent", "Baker Street", "Oakwood Court",
           "Sycamore Gardens", "Main Street", "Elm St", "Pine Ave",
           "Lakeview Blvd", "Orchard Terrace", "Clonard Road", "Quay Street",
           "Sunset Boulevard", "Abbey Mews", "Market Place", "Harbour View"]
TOWNS = ["Leeds", "Manchester", "Cork", "Galway", "Bristol", "Glasgow",
         "Austin", "Denver", "Cardiff", "Belfast", "Dublin 8", "Swindon",
         "Springfield", "Norwich"]


def gen_address(spoken_):
    n = R.rng.randrange(1, 240)
    st = ch(STREETS)
    flat = R.rng.randrange(1, 30) if p(0.25) else None
    if not spoken_:
        suf = ch(["", "", "", "a", "B"]) if n < 100 else ""
        core = "%d%s %s" % (n, suf, st)
        if flat:
            core = ch(["Flat %d, ", "Apt %d, ", "flat %d "]) % flat + core
        return core if p(0.7) else core.lower()
    nw = " ".join(speak_group(str(n), ch(["pairs", "hundreds", "single"])) if len(str(n)) != 2 else pair_words(str(n)))
    core = "%s %s" % (nw, st.lower())
    if flat:
        core = "flat %s, %s" % (" ".join(speak_group(str(flat), "pairs") if flat >= 10 else [DIGW[str(flat)]]), core)
    return core


# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------
class Case:
    def __init__(self):
        self.turns = []  # (speaker, [segments])
        self.groups = {}  # gid -> (type, canonical, partial)
        self.gid = 0

    def group(self, typ, canon, partial=False):
        self.gid += 1
        self.groups[self.gid] = (typ, canon, partial)
        return self.gid

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, gid = s
                    typ = self.groups[gid][0]
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                    meta.append(gid)
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return turns, spans, meta


def V(val, gid):
    return (val, gid)


AGENT_ASK = {
    "CARD_NUMBER": ["can i take the long card number please", "what's the sixteen digit number on the front",
                    "go ahead with the card number when you're ready", "and the card number"],
    "CVV": ["and the three digits on the back", "security code on the back please", "last three on the signature strip"],
    "EXPIRY": ["and the expiry date", "when does the card expire", "valid thru date please"],
    "SSN": ["can you verify your social", "i'll need your social security number", "last step, full ssn please"],
    "NI_NUMBER": ["can i take your national insurance number", "what's your n i number", "i need your national insurance number to verify"],
    "BANK_ACCOUNT": ["what's the account number", "and the account number it's paid from", "read me the account number please"],
    "SORT_CODE": ["and the sort code", "what's the sort code on that account", "sort code please"],
    "IBAN": ["can you read me the iban", "i'll need the full iban for the refund", "what's the iban for the transfer"],
    "PHONE": ["best number to reach you on", "what's a good contact number", "is there a mobile number we can use"],
    "EMAIL": ["what email should we send it to", "can i get your email address", "and the email on the account"],
    "DOB": ["can you confirm your date of birth", "date of birth please", "and your d o b"],
    "POSTCODE": ["and the postcode", "what's the zip code on the account", "can i take your postcode"],
    "ADDRESS": ["first line of the address please", "what's the address", "and the house number and street"],
}
INDUSTRY = ["thanks for calling northshore bank", "you're through to telco plus billing",
            "welcome to brightgrid energy", "hi, this is the returns desk at homestyle",
            "you've reached coverwell insurance claims", "skyway travel bookings, how can i help",
            "this is the patient billing line at st anne's", "revenue services helpline",
            "aquaflow water, you're speaking with dan", "city council benefits team"]
LEADS_CHAT = {
    "CARD_NUMBER": ["card no: ", "my card is ", "Card number ", "its ", "the visa is ", "long number - ", "cc#"],
    "CVV": ["cvv ", "CVC: ", "security code is ", "sec code "],
    "EXPIRY": ["exp ", "expires ", "expiry: ", "valid thru "],
    "SSN": ["SSN: ", "my social is ", "ss# ", "social security no. ", "ssn "],
    "NI_NUMBER": ["NI number: ", "my ni no is ", "NINO ", "national insurance - ", "n.i. "],
    "BANK_ACCOUNT": ["acct no: ", "account number ", "a/c ", "acc# ", "Account: "],
    "SORT_CODE": ["sort code ", "s/c ", "Sort code: ", "sortcode "],
    "IBAN": ["IBAN: ", "iban ", "my IBAN is ", "IBAN no "],
    "PHONE": ["call me on ", "mob: ", "tel ", "my number is ", "Phone: ", "cell "],
    "EMAIL": ["email: ", "send it to ", "my email is ", "e-mail ", "reply to "],
    "DOB": ["DOB ", "born ", "date of birth: ", "d.o.b "],
    "POSTCODE": ["postcode ", "zip ", "Post code: ", "ZIP code "],
    "ADDRESS": ["address is ", "I live at ", "addr: ", "moved to "],
}
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yeah"]
LEADS_CALL = ["yeah it's ", "it's ", "ok so ", "right, ", "um it's ", "sure, ", "", "that'll be ", "yeah so it's "]


def written_value(typ):
    """-> (text, canonical)"""
    if typ == "CARD_NUMBER":
        c = gen_card()
        return write_card(c), c
    if typ == "CVV":
        c = "%03d" % R.rng.randrange(1000) if p(0.85) else "%04d" % R.rng.randrange(10000)
        return c, c
    if typ == "EXPIRY":
        return gen_expiry(False)
    if typ == "SSN":
        s = gen_ssn()
        return write_ssn(s), s
    if typ == "NI_NUMBER":
        n = gen_ni()
        return write_ni(n), n
    if typ == "BANK_ACCOUNT":
        a = "%08d" % R.rng.randrange(10 ** 7, 10 ** 8) if p(0.6) else str(R.rng.randrange(10 ** 9, 10 ** 12))
        return (a if p(0.7) else " ".join(a[i:i + 4] for i in range(0, len(a), 4))), a
    if typ == "SORT_CODE":
        s = "%06d" % R.rng.randrange(10 ** 5, 10 ** 6)
        return ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:2], s[2:4], s[4:]), s
    if typ == "IBAN":
        i = gen_iban()
        return write_iban(i), i
    if typ == "PHONE":
        k, ph = gen_phone()
        return write_phone(k, ph), ph
    if typ == "EMAIL":
        e = gen_email()
        return write_email(e), e
    if typ == "DOB":
        return gen_dob(False)
    if typ == "POSTCODE":
        pc = gen_postcode()
        return write_postcode(pc), pc
    if typ == "ADDRESS":
        return gen_address(False), None
    raise KeyError(typ)


def spoken_value(typ):
    """-> (list of chunks, canonical)"""
    if typ == "CARD_NUMBER":
        c = gen_card()
        return spoken(typ, c, card_groups(c)), c
    if typ == "CVV":
        c = "%03d" % R.rng.randrange(1000) if p(0.85) else "%04d" % R.rng.randrange(10000)
        return spoken(typ, c, [c]), c
    if typ == "EXPIRY":
        t, c = gen_expiry(True)
        return [t], c
    if typ == "SSN":
        s = gen_ssn()
        return spoken(typ, s, [s[:3], s[3:5], s[5:]]), s
    if typ == "NI_NUMBER":
        n = gen_ni()
        return speak_ni(n), n
    if typ == "BANK_ACCOUNT":
        a = "%08d" % R.rng.randrange(10 ** 7, 10 ** 8)
        return spoken(typ, a, [a[:4], a[4:]]), a
    if typ == "SORT_CODE":
        s = "%06d" % R.rng.randrange(10 ** 5, 10 ** 6)
        return spoken(typ, s, [s[:2], s[2:4], s[4:]]), s
    if typ == "IBAN":
        i = gen_iban()
        return speak_iban(i), i
    if typ == "PHONE":
        k, ph = gen_phone()
        return speak_phone(k, ph), ph
    if typ == "EMAIL":
        e = gen_email()
        return speak_email(e), e
    if typ == "DOB":
        t, c = gen_dob(True)
        return [t], c
    if typ == "POSTCODE":
        pc = gen_postcode()
        return speak_postcode(pc), pc
    if typ == "ADDRESS":
        return [gen_address(True)], None
    raise KeyError(typ)


def pos_chat(case, typ, extra=None):
    txt, canon = written_value(typ)
    g = case.group(typ, canon)
    lead = ch(LEADS_CHAT[typ])
    if p(0.3):
        lead = lead.upper() if lead.strip() else lead
    tail = ch(["", " thanks", ". Cheers", " - pls update", "\nthx", " ty", "."])
    segs = [ch(["Hi, ", "hello ", "", "Re my account: ", "Morning. "]), lead, V(txt, g)]
    if extra:
        t2, c2 = written_value(extra)
        g2 = case.group(extra, c2)
        segs += [ch([", ", " / ", " and ", "; ", "\n"]), ch(LEADS_CHAT[extra]), V(t2, g2)]
    segs.append(tail)
    case.add("customer", *segs)
    if p(0.5):
        case.add("agent", ch(["Thanks, I've updated that for you.", "Got it, one moment while I check.",
                              "Thank you. Is there anything else?", "Perfect, that's noted on the file."]))
    return "chat: %s%s" % (typ, "+" + extra if extra else "")


def pos_call(case, typ):
    chunks, canon = spoken_value(typ)
    notes = ["call/asr: %s" % typ]
    case.add("agent", ch(INDUSTRY) + ", " + ch(AGENT_ASK[typ]))
    r = R.rng.random()
    if len(chunks) >= 2 and r < 0.4:
        # split across several customer turns with back-channels
        g = case.group(typ, canon)
        k = R.rng.randrange(1, len(chunks))
        cuts = sorted(set([k] + ([R.rng.randrange(1, len(chunks))] if len(chunks) > 2 and p(0.5) else [])))
        pieces, prev = [], 0
        for c in cuts + [len(chunks)]:
            pieces.append(" ".join(chunks[prev:c]))
            prev = c
        for j, pc in enumerate(pieces):
            pre = ch(LEADS_CALL) if j == 0 else ch(["", "", "and then ", "then ", "uh "])
            post = ch(["", "", " ...", " hang on"]) if j < len(pieces) - 1 else ch(["", "", " that's it"])
            case.add("customer", pre, V(pc, g), post)
            if j < len(pieces) - 1:
                case.add("agent", ch(BACKCH))
        notes.append("split over %d turns" % len(pieces))
    elif len(chunks) >= 2 and r < 0.55:
        # correction / restarted reading
        k = R.rng.randrange(1, len(chunks))
        part = " ".join(chunks[:k])
        gp = case.group(typ, None, partial=True)
        g = case.group(typ, canon)
        case.add("customer", ch(LEADS_CALL), V(part, gp),
                 ch([" no wait sorry, let me start again, ", " - sorry, wrong card - hang on it's ",
                     " oh hold on i've read that wrong, it's ", "... no, scrap that, "]),
                 V(" ".join(chunks), g))
        notes.append("restarted reading")
    elif len(chunks) >= 2 and r < 0.7:
        # aside in the middle
        g = case.group(typ, canon)
        k = R.rng.randrange(1, len(chunks))
        case.add("customer", ch(LEADS_CALL), V(" ".join(chunks[:k]), g),
                 ch([" sorry the dog's going mad ", " hang on let me get my glasses ", " sorry, kids, ",
                     " one sec it's a bit worn ", " (pause) "]),
                 V(" ".join(chunks[k:]), g))
        notes.append("aside mid-reading")
    else:
        g = case.group(typ, canon)
        case.add("customer", ch(LEADS_CALL), V(" ".join(chunks), g), ch(["", "", " yeah", " i think", "."]))
    if p(0.5):
        g = case.group(typ, canon)
        if canon is not None and typ not in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
            rb = robust(typ, canon, lambda: re_speak(typ, canon), lambda: [canon if canon.isalnum() else canon])
        else:
            rb = chunks
        case.add("agent", ch(["so that's ", "let me read that back, ", "okay i have ", "just to confirm "]),
                 V(" ".join(rb), g), ch(["?", ", is that right?", " yeah?", ""]))
        case.add("customer", ch(["yes", "that's right", "yep", "correct"]))
        notes.append("agent read-back")
    return "; ".join(notes)


def re_speak(typ, canon):
    if typ == "CARD_NUMBER":
        return speak_digit_groups(card_groups(canon), 0)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return speak_alnum(canon, 0)
    if typ == "PHONE":
        return [" ".join(speak_group(g) if not g.startswith("+") else ["plus"] + speak_group(g[1:], "single"))
                for g in [canon[:4], canon[4:7], canon[7:]]] if canon.startswith("+") and False else \
            speak_digit_groups([canon[i:i + 3] for i in range(0, len(canon), 3)], 0) if not canon.startswith("+") else \
            ["plus " + " ".join(speak_digit_groups([canon[1:][i:i + 3] for i in range(0, len(canon) - 1, 3)], 0))]
    return speak_digit_groups([canon[i:i + 3] for i in range(0, len(canon), 3)], 0)


def pos_payment_call(case):
    """Full card + expiry + cvv over a call, last-four mention allowed (full card read)."""
    chunks, c = spoken_value("CARD_NUMBER")
    g = case.group("CARD_NUMBER", c)
    case.add("agent", ch(INDUSTRY) + ". to pay the balance today, " + ch(AGENT_ASK["CARD_NUMBER"]))
    case.add("customer", ch(LEADS_CALL), V(" ".join(chunks), g))
    t, ce = gen_expiry(True)
    ge = case.group("EXPIRY", ce)
    case.add("agent", ch(AGENT_ASK["EXPIRY"]))
    case.add("customer", ch(["", "it's ", "um ", "expires "]), V(t, ge))
    cv, ccv = spoken_value("CVV")
    gc = case.group("CVV", ccv)
    case.add("agent", ch(AGENT_ASK["CVV"]))
    case.add("customer", ch(["", "it's ", "", "uh "]), V(" ".join(cv), gc))
    last4 = c[-4:]
    gl = case.group("CARD_NUMBER", last4, partial=True)
    case.add("agent", "thank you, that's gone through on the card ending ", V(" ".join(DIGW[d] for d in last4), gl), ".")
    return "call: card+expiry+cvv; last four after full card read is labelled"


def pos_ssn_dob(case):
    s, cs = written_value("SSN") if p(0.4) else (None, None)
    if s is None:
        ch_, cs = spoken_value("SSN")
        s = " ".join(ch_)
    g = case.group("SSN", cs)
    t, cd = gen_dob(True)
    gd = case.group("DOB", cd)
    case.add("agent", ch(["for security, ", "before i go on, "]) + "i'll need your date of birth and social")
    case.add("customer", ch(["sure, born ", "d o b is ", "it's "]), V(t, gd), ch([" and the social is ", ", ssn ", " and social "]), V(s, g))
    return "call: DOB + SSN in one turn"


def pos_address_call(case):
    a = gen_address(True)
    ga = case.group("ADDRESS", None)
    pc_chunks, pc = spoken_value("POSTCODE")
    gp = case.group("POSTCODE", pc)
    town = ch(TOWNS).lower()
    case.add("agent", ch(INDUSTRY) + ", " + ch(AGENT_ASK["ADDRESS"]))
    case.add("customer", ch(LEADS_CALL), V(a, ga), ", " + town + ch([", ", " and the post code is ", " um ", ", zip "]), V(" ".join(pc_chunks), gp))
    return "call: address + town (unlabelled) + postcode"


def pos_address_chat(case):
    a = gen_address(False)
    ga = case.group("ADDRESS", None)
    t, pc = written_value("POSTCODE")
    gp = case.group("POSTCODE", pc)
    case.add("customer", ch(["New address: ", "Please update my address to ", "I've moved - "]), V(a, ga),
             ", " + ch(TOWNS) + ch([", ", " ", "\n"]), V(t, gp), ch(["", ". Thanks", "."]))
    return "chat: address + town (unlabelled) + postcode"


def pos_bank_call(case):
    sc, csc = spoken_value("SORT_CODE")
    gs = case.group("SORT_CODE", csc)
    ac, cac = spoken_value("BANK_ACCOUNT")
    ga = case.group("BANK_ACCOUNT", cac)
    case.add("agent", ch(INDUSTRY) + ", for the direct debit " + ch(["what's the sort code", "i'll need the sort code first", "can i take the sort code"]))
    case.add("customer", ch(LEADS_CALL), V(" ".join(sc), gs))
    case.add("agent", ch(["and the account number", "lovely, and the eight digit account number"]))
    case.add("customer", ch(LEADS_CALL), V(" ".join(ac), ga))
    return "call: sort code + account number"


# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------
def digits(n):
    return "".join(str(R.rng.randrange(10)) for _ in range(n))


def neg_case():
    rng = R.rng
    kind = ch(["amount", "order16", "tracking", "lastfour", "meter", "flight", "times", "ref_spoken",
               "invoice", "policy", "serial", "dates", "ages", "percent", "road", "balance_spoken",
               "ticket_split", "claim", "contract", "temp", "luhn_order", "model", "count"])
    T = []
    if kind == "amount":
        T = [("customer", "i was charged £%d.%02d twice on the %s bill" % (rng.randrange(10, 900), rng.randrange(100), ch(["phone", "gas", "broadband"]))),
             ("agent", "i can see two payments of $%s.%02d, i'll refund one" % ("{:,}".format(rng.randrange(10, 5000)), rng.randrange(100)))]
    elif kind == "order16":
        o = digits(16)
        T = [("customer", "order number %s, it never arrived" % ch([o, " ".join(o[i:i + 4] for i in range(0, 16, 4))])),
             ("agent", "thanks, order %s shows as dispatched" % o)]
    elif kind == "tracking":
        t = ch(["1Z%s" % digits(16), "JD%s" % digits(18), "RM%sGB" % digits(9)])
        T = [("customer", "tracking number is %s" % t), ("agent", "that parcel's in the depot")]
    elif kind == "lastfour":
        l4 = digits(4)
        sp = " ".join(speak_group(l4, ch(["single", "pairs"])))
        T = [("agent", "is that the card ending %s?" % ch([l4, sp])),
             ("customer", "yeah the one ending in %s, the debit card" % sp)]
    elif kind == "meter":
        m = digits(5)
        T = [("agent", "can you read me the meter"),
             ("customer", "it says %s, um %s" % (" ".join(speak_group(m[:3], "single")), " ".join(speak_group(m[3:], "pairs")))),
             ("agent", "so a reading of %s, thanks" % m)]
    elif kind == "flight":
        T = [("customer", "flight %s%d on the %d%s, seat %d%s, gate b%d" % (ch(["EI", "BA", "FR", "UA"]), rng.randrange(100, 9999), rng.randrange(1, 28), "th", rng.randrange(1, 40), ch("ABCDEF"), rng.randrange(1, 60))),
             ("agent", "and you were in room %d at the hotel?" % rng.randrange(100, 999))]
    elif kind == "times":
        T = [("agent", "we're open eight till eight weekdays, nine to five on saturdays"),
             ("customer", "i waited forty five minutes on hold at half past %s" % ch(["two", "three", "eleven"]))]
    elif kind == "ref_spoken":
        r = digits(rng.randrange(12, 17))
        T = [("agent", "have you got the reference number from the letter"),
             ("customer", "the reference is %s" % " ".join(speak_digit_groups([r[i:i + 4] for i in range(0, len(r), 4)], 0.05))),
             ("agent", "great, reference %s" % r)]
    elif kind == "invoice":
        T = [("customer", "Invoice #INV-%s was for %d.%02d EUR, due %02d/%02d/2025" % (digits(8), rng.randrange(20, 900), rng.randrange(100), rng.randrange(1, 29), rng.randrange(1, 13)))]
    elif kind == "policy":
        pn = ch(["POL-%s" % digits(9), digits(11), "HX%s" % digits(8)])
        T = [("customer", "my policy number is %s" % pn), ("agent", "policy %s renews in %s" % (pn, ch(MONTHS)))]
    elif kind == "serial":
        T = [("customer", "serial number on the router is %s%s, model %s-%d" % (ch(["SN", "S/N "]), digits(12), ch(["HG", "TX", "VMDG"]), rng.randrange(100, 999)))]
    elif kind == "dates":
        T = [("agent", "your next payment of %d pounds is on the %s of %s" % (rng.randrange(20, 300), ordinal_words(rng.randrange(1, 29)), ch(MONTHS))),
             ("customer", "and the appointment is %02d/%02d/2025 at %d:%02d" % (rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(8, 18), ch([0, 15, 30, 45])))]
    elif kind == "ages":
        T = [("customer", "my son is %d and my mum is %s, we've been customers since %d" % (rng.randrange(3, 17), " ".join(pair_words(str(rng.randrange(61, 99)))), rng.randrange(1990, 2020)))]
    elif kind == "percent":
        T = [("agent", "the rate goes up %d.%d%% from april, that's %d percent over %d years" % (rng.randrange(1, 9), rng.randrange(10), rng.randrange(5, 40), rng.randrange(2, 6)))]
    elif kind == "road":
        T = [("customer", "there's roadworks on the %s near junction %d, engineer got stuck" % (ch(["A40", "M25", "N7", "I-95", "M50", "A1(M)"]), rng.randrange(1, 30)))]
    elif kind == "balance_spoken":
        T = [("agent", "your balance is %s pounds and %s pence" % (" ".join(speak_group(str(rng.randrange(101, 999)), "hundreds")), " ".join(pair_words(str(rng.randrange(21, 99)))))),
             ("customer", "and the minimum payment")]
    elif kind == "ticket_split":
        t = digits(16)
        T = [("customer", "the ticket number is %s" % " ".join(speak_group(t[:8], "single"))), ("agent", "mhm"),
             ("customer", "%s" % " ".join(speak_group(t[8:], "pairs"))),
             ("agent", "so ticket %s, got it" % t)]
    elif kind == "claim":
        T = [("customer", "Claim ref: CLM/%d/%s, excess was $%d" % (rng.randrange(2019, 2026), digits(7), rng.randrange(100, 1000)))]
    elif kind == "contract":
        T = [("agent", "your contract started on %s %d and runs %d months, ending %d" % (ch(MONTHS), rng.randrange(2018, 2025), ch([12, 18, 24, 36]), rng.randrange(2025, 2028)))]
    elif kind == "temp":
        T = [("customer", "the boiler's showing %d degrees and error code e%d, it's %d years old" % (rng.randrange(30, 80), rng.randrange(100, 999), rng.randrange(2, 20)))]
    elif kind == "luhn_order":
        c = gen_card()
        T = [("customer", "the confirmation number is %s" % " ".join(speak_digit_groups(card_groups(c), 0.05))),
             ("agent", "confirmation number %s, found the booking" % c)]
    elif kind == "model":
        T = [("customer", "model number WM%s, bought for %d quid, %d%% off" % (digits(6), rng.randrange(100, 900), rng.randrange(5, 50)))]
    else:
        T = [("agent", "you've made %d calls and used %s gigabytes, %d texts" % (rng.randrange(10, 500), " ".join(speak_group(str(rng.randrange(10, 99)), "pairs")), rng.randrange(100, 3000)))]
    return T, "negative: " + kind


def generate():
    R.rng = random.Random(SEED)
    cases = []
    plan = []
    plan += ["chat:CARD_NUMBER"] * 22 + ["call:CARD_NUMBER"] * 22 + ["payment"] * 12
    plan += ["chat:SSN"] * 10 + ["call:SSN"] * 12 + ["ssn_dob"] * 8
    plan += ["chat:NI_NUMBER"] * 12 + ["call:NI_NUMBER"] * 18
    for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        plan += ["chat:" + t] * 4 + ["call:" + t] * 5
    plan += ["addr_call"] * 6 + ["addr_chat"] * 4 + ["bank_call"] * 6
    plan += ["chat2:CARD_NUMBER:EXPIRY"] * 4 + ["chat2:SORT_CODE:BANK_ACCOUNT"] * 3 + ["chat2:EMAIL:PHONE"] * 3 + ["chat2:NI_NUMBER:DOB"] * 3
    R.rng.shuffle(plan)
    out = []
    for i, item in enumerate(plan):
        c = Case()
        if item == "payment":
            note = pos_payment_call(c)
        elif item == "ssn_dob":
            note = pos_ssn_dob(c)
        elif item == "addr_call":
            note = pos_address_call(c)
        elif item == "addr_chat":
            note = pos_address_chat(c)
        elif item == "bank_call":
            note = pos_bank_call(c)
        elif item.startswith("chat2:"):
            _, a, b = item.split(":")
            note = pos_chat(c, a, b)
        elif item.startswith("chat:"):
            note = pos_chat(c, item[5:])
        else:
            note = pos_call(c, item[5:])
        turns, spans, meta = c.build()
        out.append(({"id": "h466-pos-%03d" % (i + 1), "kind": "positive", "turns": turns,
                     "spans": spans, "note": note}, meta, c.groups))
    for j in range(110):
        T, note = neg_case()
        turns = [{"speaker": s, "text": t} for s, t in T]
        out.append(({"id": "h466-neg-%03d" % (j + 1), "kind": "negative", "turns": turns,
                     "spans": [], "note": note}, [], {}))
    return out


def serialise(out):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c, _, _ in out)


def check(out):
    data = serialise(out)
    with open(OUT, encoding="utf-8") as fh:
        disk = fh.read()
    errs = []
    if disk != data:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [c["id"] for c, _, _ in out]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = Counter()
    for c, meta, groups in out:
        assert c["kind"] in ("positive", "negative")
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + " negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + " positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + " bad speaker")
        byturn = {}
        gtexts = {}
        for s, gid in zip(c["spans"], meta):
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                errs.append("%s bad type" % c["id"])
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s offsets out of range" % c["id"])
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (c["id"], txt[max(0, a - 3):b + 3]))
            if not ((txt[a].isalnum() or (txt[a] == "+" and s["type"] == "PHONE")) and txt[b - 1].isalnum()):
                errs.append("%s span edge not alnum: %r" % (c["id"], txt[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
            gtexts.setdefault(gid, []).append(txt[a:b])
        for tn, iv in byturn.items():
            iv.sort()
            for (a1, b1), (a2, b2) in zip(iv, iv[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans" % c["id"])
        for gid, texts in gtexts.items():
            typ, canon, partial = groups[gid]
            if partial:
                al = []
                for t in texts:
                    x = atoms(t, mode_for(typ))
                    if x is None:
                        errs.append("%s partial unparsable %r" % (c["id"], t))
                        break
                    al.extend(x)
                continue
            if canon is not None and not canonical_valid(typ, canon):
                errs.append("%s invalid canonical %s %r" % (c["id"], typ, canon))
            if not span_matches(typ, texts, canon):
                errs.append("%s %s text %r does not normalise to %r" % (c["id"], typ, texts, canon))
    npos = sum(1 for c, _, _ in out if c["kind"] == "positive")
    nneg = len(out) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    for t in TYPES:
        need = 70 if t == "CARD_NUMBER" else 30 if t in ("SSN", "NI_NUMBER") else 10
        if counts[t] < need:
            errs.append("too few %s spans: %d" % (t, counts[t]))
    return errs, counts, npos, nneg


def main():
    out = generate()
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(out)
        for e in errs[:50]:
            print("ERROR", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(serialise(out))
    print("wrote", OUT, len(out), "cases")


if __name__ == "__main__":
    main()

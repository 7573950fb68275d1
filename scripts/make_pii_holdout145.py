#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout145``.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Reproducible: a single random.Random(145241124).

    python scripts/make_pii_holdout145.py          # write fixture + README
    python scripts/make_pii_holdout145.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 145241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout145"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h145"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- values
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray",
        "Y": "yankee", "Z": "zulu"}
FOR_WORDS = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward", "F": "freddie",
             "G": "george", "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mary",
             "N": "nancy", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william",
             "X": "xray", "Y": "yellow", "Z": "zebra", "O": "orange", "Q": "queen", "U": "uncle",
             "V": "victor", "I": "igloo"}
LETTER_HOMO = {"A": "a", "B": "bee", "C": "see", "D": "dee", "E": "e", "G": "gee", "J": "jay",
               "K": "kay", "P": "pee", "Q": "queue", "R": "are", "T": "tee", "U": "you",
               "Y": "why", "Z": "zed"}


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng, prefix, length):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        return make_card(rng, "4" + str(rng.randrange(10)), 16)
    if kind == "mc":
        return make_card(rng, rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return make_card(rng, rng.choice(["34", "37"]), 15)
    if kind == "disc":
        return make_card(rng, "6011", 16)
    if kind == "visa13":
        return make_card(rng, "4", 13)
    return make_card(rng, rng.choice(["6759", "5018"]), rng.choice([18, 19]))


def iban_make(cc, bban):
    def num(s):
        return "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num(bban + cc + "00")) % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def iban(rng):
    cc = rng.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        return iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14))
    if cc == "IE":
        return iban_make("IE", rng.choice(["AIBK", "BOFI"]) + digits(rng, 14))
    if cc == "DE":
        return iban_make("DE", digits(rng, 18))
    if cc == "FR":
        return iban_make("FR", digits(rng, 23))
    if cc == "NL":
        return iban_make("NL", rng.choice(["ABNA", "INGB", "RABO"]) + digits(rng, 10))
    return iban_make("ES", digits(rng, 20))


def ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return f"{a:03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(rng, 6) + rng.choice("ABCD")


def uk_postcode(rng):
    area = rng.choice(["SW", "SE", "NW", "N", "E", "W", "M", "B", "L", "LS", "BS", "CF", "EH", "G",
                       "NE", "RG", "OX", "CB", "BT", "KT", "TW", "HA", "S", "DN", "PL", "EX"])
    d = str(rng.randrange(1, 10))
    if rng.random() < 0.3:
        d += str(rng.randrange(0, 10))
    elif rng.random() < 0.1 and len(area) <= 2:
        d += rng.choice("ABEHMNPRVWXY")
    inward = str(rng.randrange(0, 10)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + d + " " + inward


def zip_code(rng):
    z = f"{rng.randrange(1001, 99950):05d}"
    if rng.random() < 0.25:
        z += "-" + digits(rng, 4)
    return z


FIRST = ["john", "sarah", "mike", "priya", "liam", "aoife", "tom", "emma", "carlos", "fatima",
         "dave", "kate", "sean", "niamh", "raj", "olivia", "marek", "chloe", "ben", "grace"]
LAST = ["smith", "doyle", "patel", "murphy", "jones", "garcia", "okafor", "nowak", "brennan",
        "walsh", "kim", "taylor", "hughes", "obrien", "fischer", "singh", "evans", "lopez"]
DOMAINS = ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "hotmail.co.uk", "gmx.de", "yahoo.ie", "comcast.net"]
STREETS_UK = ["Station Road", "High Street", "Church Lane", "Victoria Road", "Mill Lane",
              "Park Avenue", "Queens Road", "Kings Drive", "Manor Close", "Orchard Way",
              "Elm Grove", "Meadow View", "Albert Street", "Windsor Crescent"]
STREETS_US = ["Maple Avenue", "Oak Street", "Pine Drive", "Cedar Lane", "Washington Boulevard",
              "Lincoln Road", "Sunset Boulevard", "Elm Street", "Lakeview Drive", "Hillcrest Court",
              "Main Street", "Park Place"]
STREETS_IE = ["Main Street", "Strand Road", "Dublin Road", "Castle Street", "Griffith Avenue",
              "Clontarf Road", "Patrick Street"]
TOWNS_UK = ["Leeds", "Bristol", "Reading", "Croydon", "Cardiff", "Sheffield", "Norwich", "Exeter"]
TOWNS_US = [("Columbus", "Ohio"), ("Austin", "Texas"), ("Tampa", "Florida"), ("Denver", "Colorado"),
            ("Portland", "Oregon"), ("Raleigh", "North Carolina")]


def email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    form = rng.randrange(5)
    if form == 0:
        user = f"{f}.{l}"
    elif form == 1:
        user = f"{f[0]}{l}{rng.randrange(1, 99)}"
    elif form == 2:
        user = f"{f}_{l}"
    elif form == 3:
        user = f"{f}{l}{rng.randrange(1960, 2005)}"
    else:
        user = f"{l}.{f[0]}"
    return f"{user}@{rng.choice(DOMAINS)}"


def uk_mobile(rng):
    return "07" + digits(rng, 9)


def us_phone(rng):
    return str(rng.randrange(2, 10)) + digits(rng, 2) + str(rng.randrange(2, 10)) + digits(rng, 6)


def ie_mobile(rng):
    return "08" + rng.choice("35679") + digits(rng, 7)


# ---------------------------------------------------------------- speaking
def zero_word(rng):
    return rng.choice(["zero", "oh", "oh", "o", "nought", "zero"])


def dword(rng, ch, homo=0.0, letters=False):
    if ch == "0":
        return rng.choice(["zero", "oh", "nought"]) if letters else zero_word(rng)
    if homo and rng.random() < homo:
        h = {"2": "to", "4": "for", "8": "ate", "1": "won"}.get(ch)
        if h:
            return h
    return DW[int(ch)]


def say_digits(rng, s, doubles=0.5, homo=0.0, sep=" ", letters=False):
    """Digit-by-digit, optional 'double'/'triple' grouping.  letters=True avoids the bare
    'o' for zero (ambiguous with the letter O inside postcodes / NI / IBAN)."""
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == ch:
            run += 1
        if run >= 3 and rng.random() < doubles:
            out.append("triple " + dword(rng, ch, 0.0, letters))
            i += 3
        elif run >= 2 and rng.random() < doubles:
            out.append("double " + dword(rng, ch, 0.0, letters))
            i += 2
        else:
            out.append(dword(rng, ch, homo, letters))
            i += 1
    return sep.join(out)


def pair_word(rng, p, last):
    a, b = p[0], p[1]
    if a == "0":
        return zero_word(rng) + " " + DW[int(b)] if b != "0" else "double " + zero_word(rng)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)] if last else DW[int(a)] + " " + zero_word(rng)
    return TENS[int(a)] + rng.choice([" ", "-"]) + DW[int(b)]


def say_pairs(rng, s):
    assert len(s) % 2 == 0
    ps = [s[i:i + 2] for i in range(0, len(s), 2)]
    return " ".join(pair_word(rng, p, i == len(ps) - 1) for i, p in enumerate(ps))


def whisper_groups(rng, s, groups, style=None):
    """A Whisper-like reading: each group independently as numerals, words, pairs, with
    odd punctuation/capitalisation."""
    parts = []
    pos = 0
    for gi, g in enumerate(groups):
        chunk = s[pos:pos + g]
        pos += g
        st = style or rng.choice(["num", "num", "words", "words", "pairs", "hyph", "commas"])
        if st == "pairs" and len(chunk) % 2:
            st = "words"
        if st == "num":
            t = chunk
        elif st == "words":
            t = say_digits(rng, chunk)
        elif st == "pairs":
            ps = [chunk[i:i + 2] for i in range(0, len(chunk), 2)]
            last_group = gi == len(groups) - 1
            t = " ".join(pair_word(rng, p, last_group and k == len(ps) - 1) for k, p in enumerate(ps))
        elif st == "hyph":
            t = "-".join(chunk)
        else:
            t = ", ".join(dword(rng, c) for c in chunk)
        if rng.random() < 0.25:
            t = t[0].upper() + t[1:]
        parts.append(t)
    seps = [rng.choice([" ", " ", ", ", ". ", " "]) for _ in parts[1:]]
    out = parts[0]
    for sp, p in zip(seps, parts[1:]):
        if sp == ". " and p[0].isalpha():
            p = p[0].upper() + p[1:]
        out += sp + p
    return out


def group4(s):
    return [4] * (len(s) // 4) + ([len(s) % 4] if len(s) % 4 else [])


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    return group4(c)


def say_letter(rng, ch, mode):
    if mode == "nato":
        return NATO[ch]
    if mode == "for":
        return f"{ch.lower()} for {FOR_WORDS[ch]}"
    if mode == "homo" and ch in LETTER_HOMO:
        return LETTER_HOMO[ch]
    if mode == "caps":
        return ch
    return ch.lower()


def say_alnum(rng, s, mode="plain", digit_style="words"):
    out = []
    dig = ""
    for ch in s.replace(" ", ""):
        if ch.isdigit():
            dig += ch
            continue
        if dig:
            out.append(say_digits(rng, dig, 0.3, letters=True) if digit_style == "words" else dig)
            dig = ""
        out.append(say_letter(rng, ch, mode))
    if dig:
        out.append(say_digits(rng, dig, 0.3, letters=True) if digit_style == "words" else dig)
    return " ".join(out)


def year_words(rng, y):
    if 2000 <= y <= 2009:
        return rng.choice([f"two thousand and {DW[y - 2000]}", f"two thousand {DW[y - 2000]}"]) if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    hw = TEENS[hi - 10] if hi < 20 else "twenty"
    if lo == 0:
        return hw + " hundred"
    if lo < 10:
        return hw + " " + rng.choice(["oh", "o"]) + " " + DW[lo]
    return hw + " " + pair_word(rng, f"{lo:02d}", True)


def num_words(n):
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + DW[u])


# ---------------------------------------------------------------- normalisation / validation
WORD2D = {"tree": "3", "zero": "0", "oh": "0", "o": "0", "nought": "0", "naught": "0", "null": "0",
          "one": "1", "won": "1", "two": "2", "to": "2", "too": "2", "three": "3", "four": "4",
          "for": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "ate": "8", "nine": "9"}
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2 = {w: str(i) for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "sorry", "its", "it's", "and", "then", "the",
           "plus", "dash", "hyphen", "space", "uh-huh", "like", "so", "yeah", "is", "that's",
           "okay", "no", "wait", "hang", "on", "a", "sec"}
LETTER_W = {v: k for k, v in NATO.items()}
LETTER_W.update({"xray": "X"})
HOMO_L = {v: k for k, v in LETTER_HOMO.items() if len(v) > 1}


def tokens(s):
    return [t for t in re.split(r"[\s,.;:/()\-?!]+", s.lower()) if t]


def norm_number(surface, letters=False):
    """Spoken/mixed surface -> string of digits (and capital letters if letters)."""
    toks = tokens(re.sub(r"(?i)x-ray", "xray", surface))
    out = []
    i = 0
    rep = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            i += 1
            continue
        if letters and len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) \
                and toks[i + 2] not in WORD2D:
            out.append(t.upper() * rep)
            rep = 1
            i += 3
            continue
        if t.isdigit():
            out.append(t * rep if len(t) == 1 else t)
        elif t in TEEN2:
            out.append(TEEN2[t])
        elif t in TENS2:
            if nxt in WORD2D and WORD2D[nxt] != "0" and nxt not in ("oh", "o", "to", "for"):
                out.append(TENS2[t] + WORD2D[nxt])
                i += 1
            else:
                out.append(TENS2[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif t == "thousand":
            # "two thousand and five" -> 2005 ; previous digit already emitted
            if nxt == "and":
                i += 1
            nn = toks[i + 1] if i + 1 < len(toks) else None
            out.append("00" if nn in WORD2D else "000")
        elif letters and t in LETTER_W:
            out.append(LETTER_W[t] * rep)
        elif letters and t in HOMO_L:
            out.append(HOMO_L[t] * rep)
        elif t in WORD2D and not (letters and t in ("o", "a")):
            out.append(WORD2D[t] * rep)
        elif letters and t.isalnum():
            out.append(t.upper())
        elif t in FILLERS:
            pass
        else:
            raise ValueError(f"unknown token {t!r} in {surface!r}")
        rep = 1
        i += 1
    return "".join(out)


def norm_email(surface):
    s = surface.lower()
    s = re.sub(r"\b([a-z])-(?=[a-z]\b)", r"\1", s)
    toks = s.replace(",", " ").split()
    out = []
    for t in toks:
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in WORD2D and t not in ("o", "to", "for", "won", "too", "ate"):
            out.append(WORD2D[t])
        else:
            out.append(t)
    return "".join(out)


PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_WORDS = ("road", "street", "lane", "avenue", "close", "way", "grove", "view", "crescent",
                "drive", "boulevard", "court", "place", "rd", "st", "ave", "apartment", "flat")


def validate(typ, canon, surface):
    """Returns an error string or None."""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"):
        d = norm_number(surface)
        if canon is not None and d != canon:
            return f"normalised {d!r} != {canon!r}"
        if not d.isdigit():
            return f"non-digit {d!r}"
        if typ == "CARD_NUMBER" and canon is not None and not (13 <= len(d) <= 19 and luhn_ok(d)):
            return "bad card"
        if typ == "CVV" and len(d) not in (3, 4):
            return "bad cvv"
        if typ == "SSN" and canon is not None and len(d) != 9:
            return "bad ssn"
        if typ == "SORT_CODE" and canon is not None and len(d) != 6:
            return "bad sort"
        if typ == "BANK_ACCOUNT" and canon is not None and not 6 <= len(d) <= 17:
            return "bad account"
        if typ == "PHONE" and canon is not None and not 9 <= len(d) <= 15:
            return "bad phone"
        return None
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        d = norm_number(surface, letters=True)
        if canon is not None and d != canon.replace(" ", "").replace("-", ""):
            return f"normalised {d!r} != {canon!r}"
        if typ == "NI_NUMBER" and canon is not None and not NI_RE.match(d):
            return "bad NI"
        if typ == "IBAN" and canon is not None and not iban_ok(d):
            return "bad iban"
        if typ == "POSTCODE" and canon is not None and not (PC_RE.match(d) or re.fullmatch(r"\d{5}(\d{4})?", d)):
            return "bad postcode"
        return None
    if typ == "EMAIL":
        e = norm_email(surface)
        if e != canon.lower():
            return f"email {e!r} != {canon!r}"
        return None
    if typ in ("DOB", "EXPIRY"):
        low = surface.lower()
        has_month = any(m in low or m[:3] in low for m in MONTHS)
        has_digitish = bool(re.search(r"\d", low)) or any(w in low for w in DW + TEENS + TENS[2:] + ORD[1:])
        if not (has_month or has_digitish):
            return "date without month/digits"
        return None
    if typ == "ADDRESS":
        low = surface.lower()
        if not re.search(r"\d", low) and not any(w in low.split() for w in DW + TEENS + TENS[2:]):
            return "address without number"
        if not any(w in re.split(r"[\s,.]+", low) for w in STREET_WORDS):
            return "address without street word"
        return None
    return f"unknown type {typ}"


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.checks = []  # (type, canon, [surfaces]) grouped by key
        self._groups = {}

    def add(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                surface, typ = seg[0], seg[1]
                key = seg[2] if len(seg) > 2 else object()
                canon = seg[3] if len(seg) > 3 else None
                assert typ in TYPES, typ
                self.spans.append({"turn": ti, "start": len(text), "end": len(text) + len(surface), "type": typ})
                text += surface
                if key is not None:
                    g = self._groups.setdefault(id(key) if not isinstance(key, (str, int)) else key,
                                                [typ, canon, []])
                    g[2].append(surface)
                    if canon is not None:
                        g[1] = canon
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.add("agent", *segs)

    def c(self, *segs):
        return self.add("customer", *segs)

    def problems(self):
        errs = []
        for typ, canon, surfaces in self._groups.values():
            if typ in ("CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE",
                       "NI_NUMBER", "IBAN", "POSTCODE") and canon is None:
                # unvalidated piece (e.g. partial read, self-corrected fragment)
                continue
            e = validate(typ, canon, " ".join(surfaces))
            if e:
                errs.append(f"{typ}: {e} [{' | '.join(surfaces)}]")
        return errs


def V(surface, typ, key=None, canon=None):
    """A labelled value segment. key groups pieces of the same value; canon is the
    canonical value (validated after normalising the joined pieces)."""
    return (surface, typ, key if key is not None else object(), canon)


def P(surface, typ):
    """Labelled but not validated as a full value (fragment / self-corrected part)."""
    return (surface, typ, None, None)


# ---------------------------------------------------------------- positive templates
def ch(rng, xs):
    return rng.choice(xs)


def fmt_card_typed(rng, c):
    g = card_groups(c)
    sep = ch(rng, [" ", " ", "-", "", " ", "."])
    parts, pos = [], 0
    for n in g:
        parts.append(c[pos:pos + n])
        pos += n
    return sep.join(parts)


def p_card_chat(rng):
    c = card(rng)
    k = "c"
    case = Case("positive", "chat/retail: card typed in a chat message with separators")
    case.c(ch(rng, ["hi can i pay my order with card ", "Hello, want to pay the £24.99 now, card ",
                    "hey, paying the outstanding bill, card no. ", "Card: ", "pls charge the 2 nights to "]), V(fmt_card_typed(rng, c), "CARD_NUMBER", k, c),
           ch(rng, [" thanks", " pls", "", " - order 5521 was the one"]))
    return case


def p_card_whisper_one_turn(rng):
    c = card(rng)
    case = Case("positive", "call/" + ch(rng, ["telecom", "utilities", "insurance"]) +
                ": whisper-style card reading mixing numerals, words and pairs in one turn")
    case.a(ch(rng, ["Okay, and the long number on the card please.", "go ahead with the card number",
                    "Could I take the 16 digits across the front?"]))
    case.c(ch(rng, ["Yeah it's ", "Sure. ", "okay um ", "Right, so it's "]),
           V(whisper_groups(rng, c, card_groups(c)), "CARD_NUMBER", "c", c),
           ch(rng, ["", ".", " and that's it", ", yeah."]))
    return case


def p_card_split(rng):
    c = card(rng)
    g = card_groups(c)
    case = Case("positive", "call/" + ch(rng, ["banking", "travel", "retail"]) +
                ": card split over several customer turns with back-channels, ITN mixed")
    case.a("and the card number when you're ready")
    pos = 0
    for i, n in enumerate(g):
        chunk = c[pos:pos + n]
        pos += n
        st = ch(rng, ["num", "words", "pairs", "words"])
        if st == "pairs" and len(chunk) % 2:
            st = "words"
        surf = chunk if st == "num" else (say_digits(rng, chunk) if st == "words" else say_pairs(rng, chunk))
        lead = ch(rng, ["", "", "um ", "it's ", "then "]) if i else ch(rng, ["okay ", "right ", "", "So "])
        tail = ch(rng, ["", "", ".", " yeah"])
        case.c(lead, V(surf, "CARD_NUMBER", "c", c), tail)
        if i < len(g) - 1:
            case.a(ch(rng, ["mhm", "okay go on", "yep", "Mm-hmm.", "uh huh", "got that"]))
    case.a(ch(rng, ["perfect thank you", "lovely and the expiry?", "thanks"]))
    return case


def p_card_exp_cvv(rng):
    c = card(rng)
    mm, yy = rng.randrange(1, 13), rng.randrange(26, 33)
    cvv = digits(rng, 4 if len(c) == 15 else 3)
    case = Case("positive", "call/" + ch(rng, ["utilities", "healthcare billing", "telecom"]) +
                ": card, expiry and security code in one call, whisper punctuation")
    case.c("The card is ", V(whisper_groups(rng, c, card_groups(c)), "CARD_NUMBER", "c", c), ".")
    case.a(ch(rng, ["And the expiry date?", "expiry", "and when does it expire"]))
    exp = ch(rng, [f"{mm:02d}/{yy}", f"{DW[mm] if mm < 10 else num_words(mm)} {num_words(yy)}",
                   f"{MONTHS[mm - 1].capitalize()} 20{yy}", f"oh {DW[mm]} {num_words(yy)}" if mm < 10 else f"{num_words(mm)} of {yy}",
                   f"{mm:02d} {yy}"])
    case.c(ch(rng, ["it's ", "", "expires ", "Um, "]), V(exp, "EXPIRY"), ch(rng, ["", "."]))
    case.a(ch(rng, ["and the three digits on the back", "And the security code, the last three on the back?",
                    "and the c v v please"]) if len(cvv) == 3 else "and the four digit code on the front")
    cv = ch(rng, [cvv, say_digits(rng, cvv, 0.6), "-".join(cvv)])
    if len(cvv) == 3 and rng.random() < 0.3:
        cv = f"{DW[int(cvv[0])]} {pair_word(rng, cvv[1:], True)}" if cvv[0] != "0" else cv
    case.c(ch(rng, ["", "it's ", "Yeah, "]), V(cv, "CVV", "v", cvv), ch(rng, ["", ".", " I think"]))
    case.a(ch(rng, ["thank you I'll put the payment of $40 through now", "Great, that's £32.50 taken.",
                    "ok processing 120 euro now"]))
    return case


def p_card_selfcorrect(rng):
    c = card(rng)
    g = card_groups(c)
    case = Case("positive", "call/banking: card with a self-correction mid-reading and agent read-back")
    first = c[:g[0]]
    wrong = c[g[0]:g[0] + g[1]]
    wrong = wrong[:-1] + str((int(wrong[-1]) + 3) % 10)
    case.c("yeah it's ", V(say_digits(rng, first, 0.2), "CARD_NUMBER", "c", c), " ",
           P(say_digits(rng, wrong, 0.2), "CARD_NUMBER"), ch(rng, [" no sorry ", " sorry no wait ", ", no, sorry, "]),
           V(whisper_groups(rng, c[g[0]:], g[1:]), "CARD_NUMBER", "c"))
    case.a("let me read that back ", V(say_digits(rng, c, 0.0), "CARD_NUMBER", "rb", c))
    case.c(ch(rng, ["yep that's right", "Yes.", "correct"]))
    return case


def p_card_homophone(rng):
    c = card(rng)
    case = Case("positive", "call/retail: card with ASR digit homophones (for/to/ate/won) and run-together groups")
    g = card_groups(c)
    parts, pos = [], 0
    for n in g:
        chunk = c[pos:pos + n]
        pos += n
        parts.append(ch(rng, [say_digits(rng, chunk, 0.2, homo=0.5), chunk]))
    if rng.random() < 0.5:
        parts[0] = parts[0] if not parts[0].isdigit() else parts[0]
    s = " ".join(parts)
    case.a("go ahead")
    case.c(ch(rng, ["its ", "number is ", "okay "]), V(s, "CARD_NUMBER", "c", c))
    return case


def p_card_with_noise(rng):
    c = card(rng)
    case = Case("positive", "call/travel: card number with a booking reference and price in same turn")
    ref = digits(rng, 6)
    case.c(f"Yeah the booking's {ch(rng, ['ref', 'reference'])} {ref} and it's ${rng.randrange(80, 900)} so the card is ",
           V(whisper_groups(rng, c, card_groups(c)), "CARD_NUMBER", "c", c),
           ch(rng, [" expiring ", ", expiry "]), V(f"{rng.randrange(1, 13):02d}/{rng.randrange(26, 31)}", "EXPIRY"))
    return case


# SSN ----------------------------------------------------------------
def say_ssn(rng, s):
    st = rng.randrange(7)
    if st == 0:
        return f"{s[:3]}-{s[3:5]}-{s[5:]}"
    if st == 1:
        return say_digits(rng, s, 0.4)
    if st == 2:
        return f"{say_digits(rng, s[:3])}, {say_digits(rng, s[3:5])}, {say_digits(rng, s[5:])}"
    if st == 3:
        return f"{s[:3]} {s[3:5]} {s[5:]}"
    if st == 4:
        return f"{say_digits(rng, s[:3])} {s[3:5]} {say_pairs(rng, s[5:])}"
    if st == 5:
        return s
    return f"{s[:3]}. {say_digits(rng, s[3:5])}. {s[5:]}"


def p_ssn_one(rng):
    s = ssn(rng)
    case = Case("positive", "call/" + ch(rng, ["banking", "insurance", "government services", "healthcare billing"]) +
                ": US SSN in one turn, whisper mixed form")
    case.a(ch(rng, ["Can I get your social security number to verify?", "and your social please",
                    "for verification i need your SSN"]))
    case.c(ch(rng, ["Sure, it's ", "yeah ", "it's uh ", ""]), V(say_ssn(rng, s), "SSN", "s", s), ch(rng, ["", ".", " okay"]))
    return case


def p_ssn_split(rng):
    s = ssn(rng)
    case = Case("positive", "call/government services: SSN split 3-2-4 across turns with back-channels")
    case.a("okay and the social")
    case.c(ch(rng, ["", "um ", "okay "]), V(ch(rng, [s[:3], say_digits(rng, s[:3])]), "SSN", "s", s))
    case.a(ch(rng, ["mhm", "okay", "go on"]))
    case.c(V(ch(rng, [s[3:5], say_digits(rng, s[3:5]), pair_word(rng, s[3:5], True)]), "SSN", "s"))
    case.a(ch(rng, ["yep", "uh huh"]))
    case.c(V(ch(rng, [s[5:], say_digits(rng, s[5:], 0.5), say_pairs(rng, s[5:])]), "SSN", "s"))
    return case


def p_ssn_last4_and_full(rng):
    s = ssn(rng)
    case = Case("positive", "chat/banking: SSN typed without separators alongside a claim number")
    claim = digits(rng, 8, True)
    case.c(f"hi my claim # is {claim}. ssn ", V(ch(rng, [s, f"{s[:3]} {s[3:5]} {s[5:]}", f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]}/{s[3:5]}/{s[5:]}"]), "SSN", "s", s),
           " dob ", V(f"{rng.randrange(1, 13)}/{rng.randrange(1, 29)}/{rng.randrange(1950, 2002)}", "DOB"))
    return case


def p_ssn_readback(rng):
    s = ssn(rng)
    case = Case("positive", "call/insurance: SSN with self-correction and agent read-back in numerals")
    wrong = s[:3] + s[4] + s[3] + s[5:]
    case.c("it's ", P(say_digits(rng, wrong[:5]), "SSN"), ch(rng, [" sorry no ", " no wait "]),
           V(say_digits(rng, s, 0.3), "SSN", "s", s))
    case.a("So that's ", V(f"{s[:3]}-{s[3:5]}-{s[5:]}", "SSN", "rb", s), "?")
    case.c("Yes.")
    return case


# NI ----------------------------------------------------------------
def say_ni(rng, n):
    st = rng.randrange(7)
    if st == 0:
        return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"
    if st == 1:
        return say_alnum(rng, n, "plain")
    if st == 2:
        return say_alnum(rng, n, "nato")
    if st == 3:
        return say_alnum(rng, n, "for")
    if st == 4:
        return " ".join([say_letter(rng, n[0], "homo"), say_letter(rng, n[1], "homo")]) + " " + \
            f"{n[2:4]} {n[4:6]} {n[6:8]} " + say_letter(rng, n[8], "homo")
    if st == 5:
        return f"{n[0]}{n[1]} " + say_pairs(rng, n[2:8]) + f" {n[8]}"
    return n.lower()


def p_ni_one(rng):
    n = ni(rng)
    case = Case("positive", "call/government services: UK NI number, whisper letter/digit mix")
    case.a(ch(rng, ["And your national insurance number?", "can i take your NI number", "your national insurance please"]))
    case.c(ch(rng, ["Yeah, it's ", "it's ", "okay ", ""]), V(say_ni(rng, n), "NI_NUMBER", "n", n), ch(rng, ["", ".", " I believe"]))
    return case


def p_ni_split(rng):
    n = ni(rng)
    case = Case("positive", "call/government services: NI number split letters / digits / suffix over turns")
    case.a("national insurance number please")
    mode = ch(rng, ["plain", "nato", "for", "caps"])
    case.c(ch(rng, ["", "right ", "um "]), V(say_alnum(rng, n[:2], mode), "NI_NUMBER", "n", n))
    case.a(ch(rng, ["yep", "mhm", "okay"]))
    case.c(V(ch(rng, [n[2:8], f"{n[2:4]} {n[4:6]} {n[6:8]}", say_digits(rng, n[2:8], 0.4), say_pairs(rng, n[2:8])]), "NI_NUMBER", "n"))
    case.a(ch(rng, ["and the letter at the end", "and the last letter?"]))
    case.c(ch(rng, ["", "it's "]), V(say_alnum(rng, n[8], ch(rng, ["plain", "for", "nato", "caps", "homo"])), "NI_NUMBER", "n"))
    return case


def p_ni_chat(rng):
    n = ni(rng)
    case = Case("positive", "chat/government services: NI typed in odd case/spacing")
    t = ch(rng, [n, n.lower(), f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}", f"{n[:2]} {n[2:8]} {n[8]}", f"{n[:2].lower()}{n[2:]}"])
    case.c(ch(rng, ["my ni no is ", "NI number: ", "National Insurance - ", "ni "]), V(t, "NI_NUMBER", "n", n),
           ch(rng, ["", " and I paid £42 last month", " thx"]))
    return case


def p_ni_readback(rng):
    n = ni(rng)
    case = Case("positive", "call/banking: NI with agent read-back phonetically")
    case.c("my national insurance is ", V(say_alnum(rng, n, "plain"), "NI_NUMBER", "n", n))
    case.a("Thank you, that's ", V(say_alnum(rng, n, "nato"), "NI_NUMBER", "rb", n), ", is that right?")
    case.c("that's it yeah")
    return case


# Bank ----------------------------------------------------------------
def p_sort_acct(rng):
    sc, acct = digits(rng, 6), digits(rng, 8)
    case = Case("positive", "call/banking: UK sort code and account number, whisper formatting")
    case.a("what's the sort code")
    scs = ch(rng, [f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", say_pairs(rng, sc), say_digits(rng, sc, 0.5),
                   f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{say_digits(rng, sc[:2])}, {sc[2:4]}, {say_digits(rng, sc[4:])}"])
    case.c(ch(rng, ["it's ", "", "Yeah "]), V(scs, "SORT_CODE", "s", sc))
    case.a(ch(rng, ["and the account number", "And the eight digit account number?"]))
    acs = ch(rng, [acct, say_digits(rng, acct, 0.5), whisper_groups(rng, acct, [4, 4]), say_pairs(rng, acct)])
    case.c(ch(rng, ["", "okay ", "Um, "]), V(acs, "BANK_ACCOUNT", "a", acct))
    return case


def p_sort_acct_split(rng):
    sc, acct = digits(rng, 6), digits(rng, 8)
    case = Case("positive", "call/banking: sort code and account both in one run-on turn then corrected")
    case.c("sort code ", V(say_digits(rng, sc, 0.5), "SORT_CODE", "s", sc), " account ",
           V(whisper_groups(rng, acct, [4, 4]), "BANK_ACCOUNT", "a", acct))
    case.a("sorry the account again slowly")
    case.c(V(say_digits(rng, acct[:4]), "BANK_ACCOUNT", "a2", acct))
    case.a("mhm")
    case.c(V(say_digits(rng, acct[4:]), "BANK_ACCOUNT", "a2"))
    return case


def p_us_acct(rng):
    acct = digits(rng, rng.choice([9, 10, 12]), True)
    routing = "0" + digits(rng, 8)
    case = Case("positive", "call/banking: US checking account number read out, amount/duration nearby")
    case.a("and the checking account number")
    case.c(ch(rng, ["it's ", "ok "]), V(ch(rng, [acct, say_digits(rng, acct, 0.4)]), "BANK_ACCOUNT", "a", acct),
           ch(rng, [" and I want to pay $150", " and the payment was 2 weeks late"]))
    return case


def p_ie_acct(rng):
    acct = digits(rng, 8)
    sc = "9" + digits(rng, 5)
    case = Case("positive", "chat/banking: Irish NSC (sort code) and account typed")
    case.c("Hi, setting up a direct debit for €65 a month. Sort code ",
           V(ch(rng, [f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"]), "SORT_CODE", "s", sc),
           ", acc ", V(ch(rng, [acct, f"{acct[:4]} {acct[4:]}"]), "BANK_ACCOUNT", "a", acct))
    return case


def p_iban(rng):
    ib = iban(rng)
    case = Case("positive", "chat/" + ch(rng, ["travel", "insurance", "retail"]) + ": IBAN typed for a refund")
    grp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    t = ch(rng, [ib, grp, grp.lower(), ib[:2].lower() + ib[2:]])
    case.c(ch(rng, ["please refund the 89.90 EUR to ", "my iban is ", "IBAN: ", "refund to iban "]),
           V(t, "IBAN", "i", ib), ch(rng, ["", " thanks", ". Ticket 448812"]))
    return case


def p_iban_spoken(rng):
    ib = iban(rng)
    case = Case("positive", "call/banking: IBAN spoken, letters phonetic, digits mixed numerals/words")
    mode = ch(rng, ["plain", "nato", "caps", "for"])
    parts = []
    digit_style = ch(rng, ["words", "num"])
    for i in range(0, len(ib), 4):
        parts.append(say_alnum(rng, ib[i:i + 4], mode, digit_style if rng.random() < 0.7 else ch(rng, ["words", "num"])))
    case.a("go ahead with the IBAN")
    if rng.random() < 0.5:
        half = len(parts) // 2
        case.c(ch(rng, ["okay ", "", "So "]), V(" ".join(parts[:half]), "IBAN", "i", ib))
        case.a(ch(rng, ["mhm", "yep go on"]))
        case.c(V(" ".join(parts[half:]), "IBAN", "i"))
    else:
        case.c(ch(rng, ["okay ", "", "So "]), V(", ".join(parts), "IBAN", "i", ib))
    return case


# Phone ----------------------------------------------------------------
def say_phone(rng, p, intl=None):
    st = rng.randrange(6)
    if intl:
        cc, rest = intl
        lead = ch(rng, [f"+{cc} ", f"plus {num_words(int(cc)) if len(cc) <= 2 else say_digits(rng, cc)} ", f"00{cc} "])
        body = ch(rng, [rest, say_digits(rng, rest, 0.5), whisper_groups(rng, rest, [3, 3, len(rest) - 6])])
        return lead + body
    if st == 0:
        return p
    if st == 1:
        return say_digits(rng, p, 0.6)
    if st == 2:
        return whisper_groups(rng, p, [5, 3, len(p) - 8] if len(p) == 11 else [3, 3, len(p) - 6])
    if st == 3:
        return f"({p[:3]}) {p[3:6]}-{p[6:]}" if len(p) == 10 else f"{p[:5]} {p[5:]}"
    if st == 4:
        return say_digits(rng, p[:5] if len(p) == 11 else p[:3], 0.5) + " " + say_pairs(rng, p[-6:]) if len(p) in (10, 11) and len(p[5 if len(p) == 11 else 3:-6]) == 0 else \
            say_digits(rng, p[:-4], 0.5) + " " + say_pairs(rng, p[-4:])
    return "-".join([p[:3], p[3:6], p[6:]])


def p_phone(rng):
    region = ch(rng, ["uk", "us", "ie", "intl_uk", "intl_us", "intl_ie"])
    if region == "uk":
        p = uk_mobile(rng); s = say_phone(rng, p)
    elif region == "us":
        p = us_phone(rng); s = say_phone(rng, p)
    elif region == "ie":
        p = ie_mobile(rng); s = say_phone(rng, p)
    elif region == "intl_uk":
        r = uk_mobile(rng)[1:]; p = "44" + r; s = say_phone(rng, p, ("44", r))
    elif region == "intl_us":
        r = us_phone(rng); p = "1" + r; s = say_phone(rng, p, ("1", r))
    else:
        r = ie_mobile(rng)[1:]; p = "353" + r; s = say_phone(rng, p, ("353", r))
    case = Case("positive", f"call/{ch(rng, ['telecom', 'utilities', 'retail', 'healthcare billing'])}: {region} phone number, whisper form")
    case.a(ch(rng, ["what's the best number to reach you on", "And a contact number?", "callback number please"]))
    canon = "00" + p if s.startswith("00") else p
    case.c(ch(rng, ["it's ", "Yeah, ", "", "my mobile is "]), V(s, "PHONE", "p", canon),
           ch(rng, ["", " after 5pm", ". Anytime after 2:30.", " thanks"]))
    return case


def p_phone_split(rng):
    p = uk_mobile(rng) if rng.random() < 0.5 else us_phone(rng)
    case = Case("positive", "call/telecom: phone split over turns with agent back-channel and read-back")
    cut = 5 if len(p) == 11 else 3
    case.c("it's ", V(say_digits(rng, p[:cut], 0.5), "PHONE", "p", p))
    case.a(ch(rng, ["mhm", "yep"]))
    case.c(V(ch(rng, [p[cut:], say_digits(rng, p[cut:], 0.5), say_pairs(rng, p[cut:]) if len(p[cut:]) % 2 == 0 else p[cut:]]), "PHONE", "p"))
    case.a("so that's ", V(p, "PHONE", "rb", p), " yeah")
    return case


def p_phone_chat(rng):
    p = ch(rng, [uk_mobile(rng), us_phone(rng), "020" + digits(rng, 8)])
    if len(p) == 10:
        t = ch(rng, [f"{p[:3]}.{p[3:6]}.{p[6:]}", f"({p[:3]}){p[3:6]}-{p[6:]}", p])
    else:
        t = ch(rng, [f"{p[:5]} {p[5:]}", p, f"{p[:3]} {p[3:7]} {p[7:]}"])
    case = Case("positive", "chat/retail: phone typed plus order number (unlabelled)")
    case.c(f"order {digits(rng, 7, True)} hasnt arrived, call me on ", V(t, "PHONE", "p", p), ch(rng, ["", " pls", " b4 6pm"]))
    return case


# Email ----------------------------------------------------------------
def say_email(rng, e):
    user, dom = e.split("@")
    st = rng.randrange(5)

    def sp(x):
        x = x.replace(".", " dot ").replace("_", " underscore ")
        x = re.sub(r"(\d+)", lambda m: " " + say_digits(rng, m.group(1), 0.0) + " ", x)
        return " ".join(x.split())
    if st == 0:
        return f"{sp(user)} at {sp(dom)}"
    if st == 1:
        return f"{user} at {dom}"
    if st == 2:
        return f"{sp(user).capitalize()} at {dom.split('.')[0].capitalize()} dot {' dot '.join(dom.split('.')[1:])}"
    if st == 3:
        u0 = user.split(".")[0].split("_")[0]
        u0 = re.sub(r"\d", "", u0)
        if u0 and len(u0) <= 6:
            spelled = "-".join(u0.upper())
            return f"{spelled} {sp(user[len(u0):])} at {sp(dom)}".replace("  ", " ")
        return f"{sp(user)} at {sp(dom)}"
    return e


def p_email(rng):
    e = email(rng)
    case = Case("positive", "call/" + ch(rng, ["utilities", "insurance", "telecom", "travel"]) + ": email spoken, whisper form")
    case.a(ch(rng, ["And what email should we send the confirmation to?", "email address please"]))
    s = say_email(rng, e)
    case.c(ch(rng, ["It's ", "yeah it's ", "", "um "]), V(s, "EMAIL", "e", e), ch(rng, ["", ".", " all lower case"]))
    return case


def p_email_chat(rng):
    e = email(rng)
    case = Case("positive", "chat/retail: email typed with capitals or trailing punctuation")
    t = ch(rng, [e, e.capitalize(), e.upper() if rng.random() < 0.2 else e])
    case.c(ch(rng, ["pls send the receipt for the $19.99 to ", "email is ", "contact: "]), V(t, "EMAIL", "e", e),
           ch(rng, [".", "", " ty", "!"]))
    return case


# DOB ----------------------------------------------------------------
def say_dob(rng, y, m, d):
    st = rng.randrange(8)
    if st == 0:
        return f"the {ORD[d]} of {MONTHS[m - 1]} {year_words(rng, y)}"
    if st == 1:
        return f"{MONTHS[m - 1].capitalize()} {d}{ch(rng, ['st', 'th', ''] if d not in (1, 21, 31) else ['st'])}, {y}" if d not in (2, 3, 22, 23) else f"{MONTHS[m - 1].capitalize()} {d}, {y}"
    if st == 2:
        return f"{d:02d}/{m:02d}/{y}"
    if st == 3:
        return f"{m}/{d}/{str(y)[2:]}"
    if st == 4:
        return f"{say_digits(rng, f'{d:02d}')} {say_digits(rng, f'{m:02d}')} {year_words(rng, y)}"
    if st == 5:
        return f"{ORD[d]} {MONTHS[m - 1]} {y}"
    if st == 6:
        return f"{MONTHS[m - 1]} the {ORD[d]} {year_words(rng, y)}"
    if rng.random() < 0.5:
        suf = "st" if d in (1, 21) else "nd" if d in (2, 22) else "rd" if d in (3, 23) else "th"
        return f"the {d}{suf} of {MONTHS[m - 1].capitalize()}, {year_words(rng, y)}"
    return f"{d}.{m}.{y}"


def p_dob(rng):
    y, m, d = rng.randrange(1940, 2006), rng.randrange(1, 13), rng.randrange(1, 29)
    case = Case("positive", "call/" + ch(rng, ["healthcare billing", "insurance", "banking", "government services"]) + ": date of birth, whisper form")
    case.a(ch(rng, ["Can you confirm your date of birth?", "and your d o b", "date of birth please"]))
    case.c(ch(rng, ["It's ", "", "yeah ", "Uh, "]), V(say_dob(rng, y, m, d), "DOB"), ch(rng, ["", ".", " and my appointment is on the 3rd"]))
    return case


def p_dob_split(rng):
    y, m, d = rng.randrange(1940, 2006), rng.randrange(1, 13), rng.randrange(1, 29)
    case = Case("positive", "call/healthcare billing: DOB split: day-month then year after back-channel")
    case.a("and your birthday")
    case.c(V(ch(rng, [f"{ORD[d]} of {MONTHS[m - 1]}", f"{MONTHS[m - 1].capitalize()} {d}th", f"{d} {MONTHS[m - 1]}"]), "DOB"))
    case.a(ch(rng, ["and the year?", "mhm and year"]))
    if rng.random() < 0.3:
        case.c("'", V(str(y)[2:], "DOB"))
    else:
        case.c(V(ch(rng, [year_words(rng, y), str(y)]), "DOB"))
    return case


# Address / postcode --------------------------------------------------
def p_uk_address(rng):
    n = rng.randrange(1, 220)
    st = ch(rng, STREETS_UK)
    town = ch(rng, TOWNS_UK)
    pc = uk_postcode(rng)
    case = Case("positive", "call/utilities: UK address and postcode, whisper")
    case.a("first line of the address please")
    ns = ch(rng, [str(n), num_words(n) if n < 100 else str(n)])
    addr = ch(rng, [f"{ns} {st}", f"{ns} {st.lower()}", f"flat {rng.randrange(1, 9)}, {n} {st}"])
    case.c(ch(rng, ["it's ", "", "Yeah, "]), V(addr, "ADDRESS"), ch(rng, [f", {town}", f" in {town}", ""]))
    case.a("and the postcode")
    pcs = ch(rng, [pc, pc.lower(), say_alnum(rng, pc, ch(rng, ["plain", "nato", "for"])), pc.replace(" ", "")])
    case.c(ch(rng, ["", "it's ", "Um, "]), V(pcs, "POSTCODE", "p", pc))
    return case


def p_us_address(rng):
    n = rng.randrange(10, 9999)
    st = ch(rng, STREETS_US)
    town, state = ch(rng, TOWNS_US)
    z = zip_code(rng)
    case = Case("positive", "call/insurance: US street address and ZIP in one turn")
    case.a("what's the mailing address")
    ns = ch(rng, [str(n), say_digits(rng, str(n), 0.2)]) if n >= 100 else str(n)
    apt = ch(rng, ["", f" apartment {rng.randrange(1, 40)}", f" Apt {rng.randrange(1, 9)}B"])
    zs = ch(rng, [z, say_digits(rng, z.replace("-", ""), 0.3) if "-" not in z else z])
    case.c(ch(rng, ["it's ", "", "yeah "]), V(f"{ns} {st}{apt}", "ADDRESS"), f", {town}, {state} ", V(zs, "POSTCODE", "z", z))
    return case


def p_ie_address(rng):
    n = rng.randrange(1, 150)
    st = ch(rng, STREETS_IE)
    case = Case("positive", "chat/telecom: Irish street address typed, no postcode")
    case.c(ch(rng, ["the router should go to ", "new address is ", "deliver to "]), V(f"{n} {st}", "ADDRESS"),
           ch(rng, [", Dublin 3", ", Cork", ", Galway. Thanks"]))
    return case


def p_postcode_split(rng):
    pc = uk_postcode(rng)
    out, inn = pc.split()
    case = Case("positive", "call/retail: UK postcode split outward/inward across turns, phonetic")
    case.a("postcode?")
    case.c(V(say_alnum(rng, out, ch(rng, ["plain", "nato", "for", "caps"])), "POSTCODE", "p", pc))
    case.a(ch(rng, ["mhm", "yeah"]))
    case.c(V(say_alnum(rng, inn, ch(rng, ["plain", "nato", "for", "caps"])), "POSTCODE", "p"))
    return case


# Mixed verification calls --------------------------------------------------
def p_verify_mix(rng):
    n = ni(rng)
    y, m, d = rng.randrange(1940, 2006), rng.randrange(1, 13), rng.randrange(1, 29)
    pc = uk_postcode(rng)
    case = Case("positive", "call/government services: NI, DOB and postcode in one verification, two values per turn")
    case.a("I'll need your national insurance number and date of birth")
    case.c("yeah it's ", V(say_ni(rng, n), "NI_NUMBER", "n", n), " and I was born ", V(say_dob(rng, y, m, d), "DOB"))
    case.a("Thanks, and the postcode on the account.")
    case.c(V(say_alnum(rng, pc, "plain"), "POSTCODE", "p", pc), ch(rng, ["", ". I've lived there 12 years"]))
    return case


def p_us_verify(rng):
    s = ssn(rng)
    p = us_phone(rng)
    case = Case("positive", "call/healthcare billing: SSN and phone in same turn, amounts nearby")
    case.a("To pull up the $250 balance I need your social and phone number.")
    case.c("Sure, social is ", V(say_ssn(rng, s), "SSN", "s", s), " and phone ", V(say_phone(rng, p), "PHONE", "p", p))
    return case


def p_card_and_email(rng):
    c = card(rng)
    e = email(rng)
    case = Case("positive", "call/travel: card then email for the receipt; whisper ITN")
    case.c("Card is ", V(whisper_groups(rng, c, card_groups(c)), "CARD_NUMBER", "c", c), ".")
    case.a("and an email for the e-ticket")
    case.c(V(say_email(rng, e), "EMAIL", "e", e))
    return case


def p_ni_and_acct(rng):
    n = ni(rng)
    sc, acct = digits(rng, 6), digits(rng, 8)
    case = Case("positive", "call/government services: benefit payment details NI + sort code + account")
    case.c("NI is ", V(say_ni(rng, n), "NI_NUMBER", "n", n))
    case.a("and the bank details for the payment")
    case.c("sort code ", V(say_digits(rng, sc, 0.5), "SORT_CODE", "s", sc), ", account number ",
           V(whisper_groups(rng, acct, [4, 4]), "BANK_ACCOUNT", "a", acct))
    return case


def p_ssn_and_dob(rng):
    s = ssn(rng)
    y, m, d = rng.randrange(1940, 2006), rng.randrange(1, 13), rng.randrange(1, 29)
    case = Case("positive", "call/insurance: SSN then DOB, policy number unlabelled")
    case.c(f"my policy number is {digits(rng, 8, True)}")
    case.a("And for security, your social and date of birth")
    case.c(V(say_ssn(rng, s), "SSN", "s", s), ch(rng, [", ", " and ", ". Born "]), V(say_dob(rng, y, m, d), "DOB"))
    return case


def p_card_blob(rng):
    c = card(rng)
    case = Case("positive", "call/" + ch(rng, ["retail", "telecom", "utilities"]) + ": whisper ITN collapsed the whole card into one numeral run / odd grouping")
    g = card_groups(c)
    form = rng.randrange(4)
    if form == 0:
        t = c
    elif form == 1:
        t = c[:len(c) // 2] + " " + c[len(c) // 2:]
    elif form == 2:
        t = f"{c[:3]}-{c[3:6]}-{c[6:10]}-{c[10:]}"
    else:
        t = f"{c[:4]}, {c[4:8]}, {c[8:12]}, {c[12:]}"
    case.a(ch(rng, ["Okay, go ahead with the card number.", "And the card number please?"]))
    case.c(ch(rng, ["Yeah, it's ", "Sure. It's ", "Okay. "]), V(t, "CARD_NUMBER", "c", c), ch(rng, [".", "", "?"]))
    case.a(ch(rng, ["Thank you. And the expiry?", "Lovely, that's going through for $" + str(rng.randrange(10, 99)) + "."]))
    return case


def p_cvv(rng):
    cvv = digits(rng, 3)
    case = Case("positive", "call/" + ch(rng, ["retail", "utilities", "travel"]) + ": security code with whisper punctuation and a self-correction")
    case.a(ch(rng, ["And the three digit security code on the back?", "last three digits on the signature strip please",
                    "and the CVV?"]))
    wrong = cvv[:2] + str((int(cvv[2]) + 1) % 10)
    form = rng.randrange(4)
    if form == 0:
        case.c("Uh, ", V(f"{cvv[0]}-{cvv[1]}-{cvv[2]}", "CVV", "v", cvv), ".")
    elif form == 1:
        case.c("it's ", P(say_digits(rng, wrong, 0.0), "CVV"), ch(rng, [" no sorry ", ", no, "]),
               V(say_digits(rng, cvv, 0.5), "CVV", "v", cvv))
    elif form == 2:
        case.c(V(", ".join(dword(rng, x).capitalize() for x in cvv), "CVV", "v", cvv), ".")
    else:
        case.c(ch(rng, ["it's ", "Yeah "]), V(cvv, "CVV", "v", cvv), f" and please only take ${rng.randrange(20, 99)} today")
    return case


def p_expiry(rng):
    mm, yy = rng.randrange(1, 13), rng.randrange(26, 33)
    case = Case("positive", "call/telecom: card expiry spoken with whisper ITN habits")
    case.a(ch(rng, ["and the expiry date on the card?", "When does the card expire?"]))
    form = rng.randrange(6)
    if form == 0:
        t = f"{dword(rng, '0') if mm < 10 else ''}{' ' if mm < 10 else ''}{num_words(mm)} {num_words(yy)}"
    elif form == 1:
        t = f"{MONTHS[mm - 1].capitalize()} '{yy}"
        case.c("It's ", V(f"{MONTHS[mm - 1].capitalize()}", "EXPIRY"), " '", V(str(yy), "EXPIRY"), ".")
        return case
    elif form == 2:
        t = f"{mm:02d}/{yy}"
    elif form == 3:
        t = f"{mm} {num_words(yy)}"
    elif form == 4:
        t = f"{num_words(mm)} of {'twenty ' + num_words(yy)}"
    else:
        t = f"{mm:02d}-20{yy}"
    case.c(ch(rng, ["it's ", "Expires ", "um ", "end of "]), V(t, "EXPIRY"), ch(rng, ["", ".", " I think"]))
    return case


def p_address_spoken(rng):
    n = rng.randrange(1, 99)
    st = ch(rng, STREETS_UK + STREETS_US)
    case = Case("positive", "call/" + ch(rng, ["insurance", "utilities", "retail"]) + ": street address spoken with number words / letter suffix, whisper caps")
    case.a(ch(rng, ["What's the address for the delivery?", "and the first line of your address", "Can you confirm the property address?"]))
    form = rng.randrange(4)
    if form == 0:
        t = f"{num_words(n)} {st.lower()}"
    elif form == 1:
        t = f"{num_words(n).capitalize()} {ch(rng, ['A', 'B', 'b'])} {st}"
    elif form == 2:
        t = f"flat {num_words(rng.randrange(1, 12))} {num_words(n)} {st.lower()}"
    else:
        t = f"{n}{ch(rng, ['', 'a', 'B'])} {st}"
    case.c(ch(rng, ["It's ", "", "yeah it's ", "Uh, "]), V(t, "ADDRESS"), ch(rng, ["", ".", " that's the one with the blue door", ", been there 9 years"]))
    return case


def p_email_readback(rng):
    e = email(rng)
    case = Case("positive", "call/" + ch(rng, ["banking", "utilities", "healthcare billing"]) + ": email spoken then read back by the agent")
    case.a("and an email address for the statements")
    case.c(ch(rng, ["", "yeah it's ", "It's "]), V(say_email(rng, e), "EMAIL", "e", e))
    case.a("Let me read that back, ", V(say_email(rng, e), "EMAIL", "rb", e), ".")
    case.c(ch(rng, ["yep", "That's it.", "correct"]))
    return case


def p_ni_whisper(rng):
    n = ni(rng)
    case = Case("positive", "call/government services: NI as whisper writes it: letter homophones, periods, capitals")
    l1 = LETTER_HOMO.get(n[0], n[0]).capitalize()
    l2 = LETTER_HOMO.get(n[1], n[1])
    sfx = LETTER_HOMO.get(n[8], n[8]).capitalize()
    form = rng.randrange(4)
    if form == 0:
        t = f"{l1}, {l2}. {n[2:4]}. {n[4:6]}. {n[6:8]}. {sfx}"
    elif form == 1:
        t = f"{n[0]}. {n[1]}. {say_digits(rng, n[2:8], 0.4)}, {sfx}"
    elif form == 2:
        t = f"{n[:2]}{n[2:4]} {n[4:6]} {say_digits(rng, n[6:8])} {n[8]}"
    else:
        t = f"{n[0]}-{n[1]}-{n[2:8]}-{n[8]}"
    case.a("Okay, and your National Insurance number?")
    case.c(ch(rng, ["Yeah. ", "It's ", "Um, it's ", ""]), V(t, "NI_NUMBER", "n", n), ch(rng, ["", ".", "?"]))
    return case


def p_postcode_whisper(rng):
    pc = uk_postcode(rng)
    out, inn = pc.split()
    case = Case("positive", "call/retail: postcode as whisper writes it (hyphenated letters, odd commas, caps)")
    form = rng.randrange(4)
    if form == 0:
        t = "-".join(out) + " " + "-".join(inn)
    elif form == 1:
        t = f"{out}, {inn}"
    elif form == 2:
        t = f"{' '.join(out)}, {' '.join(inn)}"
    else:
        t = f"{out.lower()}{inn.lower()}"
    case.a("And the postcode there?")
    case.c(ch(rng, ["It's ", "", "Yeah, "]), V(t, "POSTCODE", "p", pc), ch(rng, [".", "", " I moved in on the 3rd."]))
    return case


def p_ssn_whisper(rng):
    s = ssn(rng)
    case = Case("positive", "call/banking: SSN where whisper splits it oddly and capitalises, amounts nearby")
    form = rng.randrange(4)
    if form == 0:
        t = f"{s[:3]}, {s[3:5]}, {s[5:]}"
    elif form == 1:
        t = f"{s[:5]} {s[5:]}"
    elif form == 2:
        t = f"{DW[int(s[0])].capitalize()}. {s[1:3]}, {s[3:5]}. {s[5:]}"
    else:
        t = f"{s[:3]}-{s[3:5]}-{say_digits(rng, s[5:], 0.5)}"
    case.a(ch(rng, ["Before I can discuss the $" + str(rng.randrange(100, 999)) + " charge I need the social.",
                    "Can you give me your social security number?"]))
    case.c(ch(rng, ["Yeah, ", "Sure, it's ", "Um. "]), V(t, "SSN", "s", s), ch(rng, ["", ".", "?"]))
    return case


def p_irish_tree(rng):
    p = ie_mobile(rng)
    case = Case("positive", "call/utilities (Ireland): mobile number with accent homophone 'tree' for three, whisper mix")
    sp = []
    for x in p:
        sp.append("tree" if x == "3" and rng.random() < 0.8 else dword(rng, x))
    words = " ".join(sp)
    if rng.random() < 0.4:
        words = " ".join(sp[:3]) + " " + p[3:6] + " " + " ".join(sp[6:])
    case.a("and a mobile number in case the engineer can't get in")
    case.c(ch(rng, ["yeah it's ", "Grand, it's ", "it's "]), V(words, "PHONE", "p", p), ch(rng, ["", ", any time after 9", "."]))
    return case


def p_acct_whisper(rng):
    acct = digits(rng, 8)
    sc = digits(rng, 6)
    case = Case("positive", "call/utilities: direct debit set-up, whisper turned part of the account into a money-looking numeral")
    case.a("And the sort code and account number for the direct debit of £" + str(rng.randrange(30, 90)) + " a month?")
    case.c("Sort code is ", V(f"{sc[:2]}, {sc[2:4]}, {sc[4:]}", "SORT_CODE", "s", sc), ". Account number ",
           V(f"{acct[:4]},{acct[4:7]} {say_digits(rng, acct[7:])}", "BANK_ACCOUNT", "a", acct), ".")
    return case


POS_TEMPLATES = [
    (p_card_chat, 6), (p_card_whisper_one_turn, 8), (p_card_split, 6), (p_card_exp_cvv, 12),
    (p_card_selfcorrect, 4), (p_card_homophone, 4), (p_card_with_noise, 4), (p_card_and_email, 4),
    (p_ssn_one, 12), (p_ssn_split, 6), (p_ssn_last4_and_full, 5), (p_ssn_readback, 4),
    (p_us_verify, 5), (p_ssn_and_dob, 5),
    (p_ni_one, 12), (p_ni_split, 6), (p_ni_chat, 6), (p_ni_readback, 4), (p_verify_mix, 5), (p_ni_and_acct, 4),
    (p_sort_acct, 8), (p_sort_acct_split, 3), (p_us_acct, 4), (p_ie_acct, 3),
    (p_iban, 7), (p_iban_spoken, 7),
    (p_phone, 10), (p_phone_split, 4), (p_phone_chat, 4),
    (p_email, 9), (p_email_chat, 5),
    (p_dob, 9), (p_dob_split, 4),
    (p_uk_address, 8), (p_us_address, 6), (p_ie_address, 3), (p_postcode_split, 4),
    (p_card_blob, 6), (p_cvv, 8), (p_expiry, 6), (p_address_spoken, 6), (p_email_readback, 4),
    (p_ni_whisper, 6), (p_postcode_whisper, 5), (p_ssn_whisper, 6), (p_irish_tree, 5), (p_acct_whisper, 4),
]


# ---------------------------------------------------------------- negative templates
def money(rng):
    return ch(rng, [f"${rng.randrange(5, 400)}", f"£{rng.randrange(1, 300)}.{rng.randrange(0, 100):02d}",
                    f"{num_words(rng.randrange(20, 99))} dollars", f"€{rng.randrange(10, 2000):,}",
                    f"{num_words(rng.randrange(2, 9))} hundred and {num_words(rng.randrange(11, 99))} pounds",
                    f"${rng.randrange(1, 9)},{rng.randrange(0, 1000):03d}.{rng.randrange(0, 100):02d}",
                    f"{rng.randrange(10, 99)} euro {rng.randrange(10, 99)}"])


def n_money(rng):
    case = Case("negative", "call/utilities: bill amounts and payment date, whisper numerals")
    case.a(f"Your current balance is {money(rng)} and the next direct debit of {money(rng)} goes out on the {ch(rng, ['1st', '15th', '28th', 'third', 'twenty second'])}.")
    case.c(ch(rng, ["ok can i pay ", "Can I just pay ", "right so i'll pay "]) + money(rng) + ch(rng, [" today", " now and the rest next month", " on friday"]))
    return case


def n_times(rng):
    case = Case("negative", "call/telecom: engineer appointment times, durations, dates")
    h = rng.randrange(1, 12)
    case.a(f"I can book an engineer on {ch(rng, MONTHS).capitalize()} {rng.randrange(4, 20)}{ch(rng, ['th', ''])} between {h}:{ch(rng, ['00', '30'])} and {h + 1 if h < 11 else 1}:00, it takes about {rng.randrange(30, 120)} minutes.")
    case.c(ch(rng, ["could it be half two instead", "anytime after 2:30 is fine", "what about the twenty fourth at ten a m",
                    "ok the 3rd at quarter past nine works"]))
    return case


def n_refs(rng):
    word = ch(rng, ["order number", "ticket number", "claim number", "reference number", "invoice number",
                    "case number", "booking reference", "complaint reference"])
    n = digits(rng, rng.randrange(5, 11), True)
    form = ch(rng, ["num", "words", "num", "groups"])
    if form == "num":
        s = n
    elif form == "words":
        s = say_digits(rng, n, 0.4)
    else:
        s = whisper_groups(rng, n, [len(n) // 2, len(n) - len(n) // 2])
    case = Case("negative", f"call/{ch(rng, ['retail', 'insurance', 'telecom', 'travel'])}: {word} ({len(n)} digits) said with its reference word")
    case.a(f"do you have the {word}")
    if len(n) >= 8:
        case.c(ch(rng, ["yeah the " + word + " is ", "um the " + word + " is ", word.capitalize() + " ", "it's " + word + " "]) + s)
    else:
        case.c(ch(rng, ["yeah it's ", "", "um the " + word + " is "]) + s)
    case.a(ch(rng, ["thank you I've found it", "lovely, one moment", f"Thanks, that's the one for {money(rng)}."]))
    return case


def n_ref_chat(rng):
    word = ch(rng, ["Order #", "order no. ", "Ticket ", "INV-", "Claim ref ", "ref: "])
    case = Case("negative", "chat/retail: typed reference numbers, quantities and prices")
    case.c(f"{word}{digits(rng, rng.randrange(6, 11), True)} - ordered {rng.randrange(2, 6)} items at {money(rng)} each, only {rng.randrange(1, 3)} arrived")
    case.a(f"Sorry about that! I've raised ticket {digits(rng, 7, True)} and you'll get a refund within {rng.randrange(3, 10)} working days.")
    return case


def n_flight(rng):
    case = Case("negative", "call/travel: flight numbers, gate, seat, times, prices")
    fl = ch(rng, ["BA", "EI", "FR", "AA", "UA", "LH", "DL"])
    num = rng.randrange(10, 9999)
    case.c(ch(rng, [f"I'm on flight {fl} {num} on the {ORD[rng.randrange(1, 29)]}",
                    f"my flight is {' '.join(fl.lower())} {say_digits(rng, str(num))} departing at {rng.randrange(1, 12)}:{rng.randrange(0, 60):02d}",
                    f"Flight {fl}{num}, seat {rng.randrange(1, 40)}{ch(rng, 'ABCDEF')}."]))
    case.a(f"ok the change fee is {money(rng)} and it departs from gate {rng.randrange(1, 60)} at {rng.randrange(1, 12)}:{ch(rng, ['15', '45', '05'])}")
    return case


def n_room_model(rng):
    case = Case("negative", "call/retail: model numbers, room number, serial-ish product codes")
    case.c(ch(rng, [f"it's the Samsung model {ch(rng, ['SM-G991B', 'QE55Q80C', 'UE43TU7100'])} I bought for {money(rng)}",
                    f"I'm in room {rng.randrange(100, 999)} at the hotel, it's the {ch(rng, ['iPhone 15', 'Pixel 8', 'Galaxy S23'])} that broke",
                    f"the boiler is a Worcester {ch(rng, ['30i', '4000', 'Greenstar 8000'])} about {rng.randrange(3, 15)} years old"]))
    case.a(f"thanks, and how many units did you order? we have {rng.randrange(2, 50)} in stock")
    return case


def n_meter(rng):
    case = Case("negative", "call/utilities: meter readings spoken and as numerals")
    r = digits(rng, 5, True)
    case.a("can you read me the meter")
    case.c(ch(rng, ["it's ", "the reading is ", "okay "]) + ch(rng, [r, say_digits(rng, r, 0.5), whisper_groups(rng, r, [2, 3])]) +
           ch(rng, ["", " and the night one is " + digits(rng, 5, True)]))
    case.a(f"thank you that's {rng.randrange(100, 900)} units since the last reading on the {ORD[rng.randrange(1, 29)]} of {ch(rng, MONTHS)}")
    return case


def n_speed_data(rng):
    case = Case("negative", "call/telecom: broadband speeds, data allowances, percentages, contract dates")
    case.a(f"Your plan gives you {rng.randrange(50, 1000)} megabits and {ch(rng, ['20', 'thirty', 'unlimited', '100'])} gig of data for {money(rng)} a month, that's a {rng.randrange(2, 20)}% discount.")
    case.c(f"ok my contract started on {rng.randrange(1, 29)}/{rng.randrange(1, 13)}/20{rng.randrange(15, 25)} and I'm only getting {rng.randrange(2, 40)} meg")
    return case


def n_age_temp(rng):
    case = Case("negative", "call/healthcare billing: ages, temperatures, counts, years (not birth dates)")
    case.c(ch(rng, [f"my mum is {num_words(rng.randrange(60, 99))} and the heating's been off for {rng.randrange(2, 9)} days it's {rng.randrange(5, 15)} degrees in here",
                    f"I'm {rng.randrange(30, 90)} years old and I've been with you since {rng.randrange(1990, 2020)}",
                    f"we've had {num_words(rng.randrange(2, 9))} appointments since {year_words(rng, rng.randrange(2001, 2009))} and the last was {rng.randrange(2, 12)} weeks ago"]))
    case.a(f"I understand, I can see {rng.randrange(2, 12)} visits on file and a balance of {money(rng)}")
    return case


def n_balance(rng):
    case = Case("negative", "call/banking: balances, interest rates, payment dates, last payment amount")
    case.a(f"Your balance is {money(rng)}, the interest rate is {rng.randrange(1, 30)}.{rng.randrange(0, 10)}% and your last payment of {money(rng)} was received on {ch(rng, MONTHS).capitalize()} {rng.randrange(1, 29)}, {rng.randrange(2019, 2027)}.")
    case.c(ch(rng, ["ok and when's the next one due", "can i make a payment of " + money(rng) + " on the 1st"]))
    return case


def n_spoken_amounts(rng):
    case = Case("negative", "call/insurance: spoken amounts and excess, policy year, ASR mixed numerals")
    case.a(f"the excess is {num_words(rng.randrange(2, 9))} hundred and fifty pounds and the premium went up from {money(rng)} to {money(rng)}")
    case.c(f"but it was only {rng.randrange(200, 999)} quid in {year_words(rng, rng.randrange(2001, 2010))} and I've had no claims for {num_words(rng.randrange(2, 15))} years")
    return case


def n_dates(rng):
    case = Case("negative", "call/government services: dates that are not birth dates (appointment, application, deadline)")
    y = rng.randrange(2020, 2027)
    case.a(f"your application was received on the {ORD[rng.randrange(1, 29)]} of {ch(rng, MONTHS)} {year_words(rng, y) if y < 2010 else y} and the deadline is {rng.randrange(1, 29)}/{rng.randrange(1, 13)}/{y + 1}")
    case.c(ch(rng, [f"ok and my appointment is {ch(rng, MONTHS)} the {ORD[rng.randrange(1, 29)]} at {rng.randrange(1, 12)}:30 right",
                    f"so I should hear back within {rng.randrange(2, 12)} weeks", "ok thanks for your help"]))
    return case


def n_hold_counts(rng):
    case = Case("negative", "chat/retail: counts, sizes, quantities, percentages, promo price")
    case.c(f"I want {rng.randrange(2, 12)} of the size {rng.randrange(6, 16)} in blue, is the {rng.randrange(10, 70)}% off still on? it says {money(rng)}")
    case.a(f"Yes it is until {rng.randrange(1, 29)} {ch(rng, MONTHS).capitalize()}, you'd pay {money(rng)} for {rng.randrange(2, 6)}.")
    return case


def n_card_lastfour_free(rng):
    case = Case("negative", "call/telecom: numbers near card talk that are not card data (amount, count of cards, years)")
    case.a(f"I can take the {money(rng)} today, do you want to use the card on file?")
    case.c(ch(rng, [f"no I have {num_words(rng.randrange(2, 5))} cards, I'll use a different one later, I've been with you {rng.randrange(3, 20)} years",
                    f"not today I get paid on the {ch(rng, ['25th', 'first', '28th'])}, can I call back at 4:15"]))
    return case


def n_ivr_misc(rng):
    case = Case("negative", "call/" + ch(rng, ["telecom", "banking"]) + ": IVR options, opening hours, channel numbers, whisper numerals")
    case.a(ch(rng, [f"you can press {rng.randrange(1, 9)} for billing or {rng.randrange(1, 9)} for technical support, we're open 24/7",
                    f"we're open 8am to 8pm Monday to Friday and 9 till {rng.randrange(1, 6)} on Saturdays",
                    f"the sports package is channels {rng.randrange(401, 420)} to {rng.randrange(421, 450)} and costs ${rng.randrange(10, 40)}"]))
    case.c(ch(rng, [f"I was on hold for {num_words(rng.randrange(20, 59))} minutes", f"ok I'll call back at {rng.randrange(1, 12)}:{ch(rng, ['15', '45'])}",
                    f"it's been {rng.randrange(2, 9)} days and {rng.randrange(3, 12)} calls"]))
    return case


def n_whisper_price(rng):
    case = Case("negative", "call/retail: prices spoken in pairs and ITN numerals ('twelve ninety nine', '$40', '1st')")
    case.c(ch(rng, [f"it was {num_words(rng.randrange(11, 99))} {num_words(rng.randrange(11, 99))} in the shop and ${rng.randrange(20, 90)} online",
                    f"I was charged {rng.randrange(100, 999)} {rng.randrange(10, 99)} on the {ch(rng, ['1st', '2nd', '3rd', '21st'])} and again on the {ch(rng, ['4th', '22nd', '30th'])}",
                    f"the {rng.randrange(2, 6)} pack was {num_words(rng.randrange(11, 19))} pounds {num_words(rng.randrange(20, 99))}"]))
    case.a(f"I can see that, I'll refund {money(rng)} within {rng.randrange(3, 10)} to {rng.randrange(10, 14)} days")
    return case


def n_pii_words_no_values(rng):
    case = Case("negative", "call/" + ch(rng, ["banking", "government services", "insurance"]) + ": PII words mentioned but no values given")
    case.a(ch(rng, ["Can I take your national insurance number?", "Could I get your social security number please?",
                    "What's the long number on your card?", "Can you confirm your date of birth?"]))
    case.c(ch(rng, ["I don't have it on me, can I call back in 20 minutes", "sorry it's in the other room, hang on 2 secs",
                    "I'd rather not give that over the phone", "um I'll have to find it, I've got 3 cards here"]))
    case.a(ch(rng, [f"No problem, your reference for today is {digits(rng, 8, True)}.", "That's fine, we're open until 8 tonight.",
                    f"Okay, call us back on the same number, the wait is about {rng.randrange(2, 15)} minutes."]))
    return case


NEG_TEMPLATES = [
    (n_money, 9), (n_times, 8), (n_refs, 16), (n_ref_chat, 7), (n_flight, 7), (n_room_model, 6),
    (n_meter, 8), (n_speed_data, 6), (n_age_temp, 7), (n_balance, 7), (n_spoken_amounts, 6),
    (n_dates, 7), (n_hold_counts, 5), (n_card_lastfour_free, 5), (n_ivr_misc, 6), (n_whisper_price, 6),
    (n_pii_words_no_values, 6),
]


# ---------------------------------------------------------------- build / check
def build():
    rng = random.Random(SEED)
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn(rng))
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn(rng))
    rng.shuffle(pos)
    rng.shuffle(neg)
    recs = []
    for i, c in enumerate(pos, 1):
        recs.append((f"{PREFIX}-pos-{i:03d}", c))
    for i, c in enumerate(neg, 1):
        recs.append((f"{PREFIX}-neg-{i:03d}", c))
    return recs


def to_jsonl(recs):
    lines = []
    for cid, c in recs:
        obj = {"id": cid, "kind": c.kind, "turns": c.turns, "spans": sorted(c.spans, key=lambda s: (s["turn"], s["start"])),
               "note": c.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(recs):
    cnt = {t: 0 for t in TYPES}
    for _, c in recs:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def readme(recs):
    cnt = counts(recs)
    npos = sum(1 for _, c in recs if c.kind == "positive")
    nneg = len(recs) - npos
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# pii_holdout145 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it was not
developed against; looking at failures here and changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did **not** see the redaction
code, its tests, its documentation, the benchmark script or any other PII fixture; the only data
seen was a three-line format example. Cases are produced by `scripts/make_pii_holdout145.py` from
template functions: each turn is assembled from plain text segments and labelled value segments,
so span offsets are computed, never typed. All values come from one `random.Random({SEED})`,
and the output is byte-for-byte reproducible (`--check` regenerates and compares).

Emphasis: phone calls as a speech recogniser such as Whisper writes them — inverse text
normalisation turning some groups of a reading into numerals while others stay words
(`4539 one one eight two 77 14 ...`), odd capitalisation and punctuation (`Four, five, three.`),
hyphenated digits (`4-5-3-9`), pairs (`forty one eleven`), `double`/`triple`, `oh`/`o`/`nought`
for zero, digit homophones (`for`, `to`, `ate`, `won`), letter homophones (`bee`, `see`, `why`,
`are`, `queue`), NATO and "b for bob" spellings, values split over several customer turns with
agent back-channels, self-corrections, agent read-backs, and two values in one turn. Chat cases use
typed values with varied separators and case. Industries: banking, telecom, utilities, retail,
insurance, travel, healthcare billing, government services; countries US, UK, Ireland, EU.

## Annotation conventions

* A span covers the value itself from its first to its last token: digits/number words,
  spelled letters and their phonetic words (`b for bob`, `bravo`), internal separators and
  `double`/`triple`, and fillers or punctuation *inside* the reading. Lead-ins ("it's", "my number
  is") and trailing words are outside.
* A value split across turns is labelled once per turn (each piece is its own span, same type).
* Agent read-backs of a value are labelled too. In a self-correction the abandoned fragment is
  labelled as the same type (it is still a partial identifier) and is separate from the corrected value.
* PHONE includes a spoken/typed country prefix (`plus forty four`, `+353`, `0044`).
* ADDRESS is the street line (house/flat number + street, optional apartment); town/state are outside.
  POSTCODE is a UK postcode or US ZIP (ZIP+4 included).
* DOB covers the whole date phrase ("the fourth of may nineteen eighty two"); when day/month and
  year are in different turns each piece is a span. EXPIRY and CVV only where the context is a card.
* Non-PII numbers (amounts, times, order/claim/ticket/invoice references up to 10 digits said
  with their reference word, flight/room/model numbers, meter readings, speeds, ages, balances,
  non-birth dates) are never labelled; negatives contain only these, so any redaction in a
  negative case is a false positive.

## Validation (`--check`)

Regenerates and compares byte-for-byte, checks ids unique, offsets in range and on word boundaries,
spans non-overlapping, and validates each value after normalising spoken forms: Luhn for cards,
mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for CVV/phone/account,
UK postcode / US ZIP shape, email reconstruction, street word + number for addresses.

## Counts

Positives: {npos}. Negatives: {nneg}.

| type | spans |
|---|---|
{rows}
"""


def check_file(text, recs):
    errs = []
    seen = set()
    lines = text.splitlines()
    if len(lines) != len(recs):
        errs.append("line count mismatch")
    for line, (cid, c) in zip(lines, recs):
        o = json.loads(line)
        if o["id"] in seen:
            errs.append(f"duplicate id {o['id']}")
        seen.add(o["id"])
        if o["kind"] not in ("positive", "negative"):
            errs.append(f"{cid}: bad kind")
        if o["kind"] == "negative" and o["spans"]:
            errs.append(f"{cid}: negative with spans")
        if o["kind"] == "positive" and not o["spans"]:
            errs.append(f"{cid}: positive without spans")
        for t in o["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append(f"{cid}: bad speaker")
        prev = None
        for s in o["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{cid}: bad type {s['type']}")
            if not 0 <= s["turn"] < len(o["turns"]):
                errs.append(f"{cid}: turn out of range")
                continue
            txt = o["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append(f"{cid}: offsets out of range {s}")
                continue
            if st > 0 and (txt[st - 1].isalnum() or txt[st - 1] in "(+"):
                errs.append(f"{cid}: span start not on word boundary {txt[max(0, st - 5):en]!r}")
            if en < len(txt) and txt[en].isalnum():
                errs.append(f"{cid}: span end not on word boundary {txt[st:en + 5]!r}")
            if not (txt[st].isalnum() or txt[st] in "(+") or not txt[en - 1].isalnum():
                errs.append(f"{cid}: span has leading/trailing non-alnum {txt[st:en]!r}")
            if prev and prev["turn"] == s["turn"] and prev["end"] > st:
                errs.append(f"{cid}: overlapping spans")
            prev = s
        for e in c.problems():
            errs.append(f"{cid}: {e}")
    return errs


def main(argv):
    recs = build()
    text = to_jsonl(recs)
    rd = readme(recs)
    cnt = counts(recs)
    npos = sum(1 for _, c in recs if c.kind == "positive")
    nneg = len(recs) - npos
    if "--check" in argv:
        errs = []
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output (run without --check)")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        errs += check_file(text, recs)
        if npos < 170:
            errs.append(f"only {npos} positives")
        if nneg < 100:
            errs.append(f"only {nneg} negatives")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt[t] < need:
                errs.append(f"type {t}: {cnt[t]} spans < {need}")
        print(f"positives={npos} negatives={nneg}")
        for t in TYPES:
            print(f"  {t:13s} {cnt[t]}")
        for e in errs:
            print("ERROR:", e)
        print("CHECK FAILED" if errs else "CHECK OK")
        return 1 if errs else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    print(f"wrote {len(recs)} cases ({npos} positive, {nneg} negative) to {CASES}")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

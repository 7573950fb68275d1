#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout67``.

Written by an AI helper acting as an independent test author; it did not see
the redaction code.  Standard library only; output is byte-for-byte
reproducible from the seed below.

    python scripts/make_pii_holdout67.py           # write fixture + README
    python scripts/make_pii_holdout67.py --check   # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 67271123
PREFIX = "h67"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout67")
CASES_PATH = os.path.join(OUT_DIR, "cases.jsonl")
README_PATH = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# spoken-number vocabulary (shared by generator and validator)
# --------------------------------------------------------------------------
UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
ZERO_WORDS = ["oh", "oh", "oh", "zero", "zero", "o", "nought", "owe"]
HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"]}

WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "owe": "0", "naught": "0",
                   "to": "2", "too": "2", "for": "4", "ate": "8"})
ZERO_SET = {"zero", "oh", "o", "nought", "owe", "naught"}
TEEN_VAL = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_VAL = {w: k for k, w in TENS.items()}
FILLERS = {"um", "uh", "er", "erm", "ah", "uhm", "hmm"}
LETTER_HOMO = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G", "jay": "J", "kay": "K",
               "pee": "P", "tee": "T", "tea": "T", "why": "Y", "are": "R", "ex": "X", "em": "M",
               "en": "N", "el": "L", "ess": "S", "aitch": "H", "haitch": "H", "zed": "Z", "zee": "Z",
               "you": "U", "queue": "Q", "eff": "F", "vee": "V"}
LETTER_SAY = {}
for _w, _l in LETTER_HOMO.items():
    LETTER_SAY.setdefault(_l, []).append(_w)
NATO = {"a": ["alpha", "apple"], "b": ["bravo", "bertie"], "c": ["charlie"], "d": ["delta", "david"],
        "e": ["echo", "edward"], "f": ["foxtrot", "freddie"], "g": ["golf", "george"], "h": ["hotel", "harry"],
        "i": ["india"], "j": ["juliet", "john"], "k": ["kilo", "king"], "l": ["lima", "london"],
        "m": ["mike", "mother"], "n": ["november", "nancy"], "o": ["oscar", "orange"], "p": ["papa", "peter"],
        "q": ["quebec", "queen"], "r": ["romeo", "robert"], "s": ["sierra", "sugar"], "t": ["tango", "tommy"],
        "u": ["uniform"], "v": ["victor"], "w": ["whiskey", "william"], "x": ["x-ray"], "y": ["yankee", "yellow"],
        "z": ["zulu"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
              "sept": 9, "oct": 10, "nov": 11, "dec": 12}
ORD_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORD_WORDS = ORD_UNITS + ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                         "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth"]
SKIP_WORDS = {"slash", "dash", "the", "of", "and", "hyphen"}


class BadValue(Exception):
    pass


def _below100(tokens, j):
    """Parse a number below 100 at tokens[j]; return (value, next_j) or (None, j)."""
    if j >= len(tokens):
        return None, j
    t = tokens[j]
    if t in TEEN_VAL:
        return TEEN_VAL[t], j + 1
    if t in TENS_VAL:
        v = TENS_VAL[t] * 10
        if j + 1 < len(tokens) and tokens[j + 1] in WORD_DIGIT and tokens[j + 1] not in ZERO_SET:
            return v + int(WORD_DIGIT[tokens[j + 1]]), j + 2
        return v, j + 1
    if t in UNITS and t != "zero":
        return UNITS.index(t), j + 1
    return None, j


def normalise(text, mode):
    """Turn a typed or spoken value into a compact string.

    mode 'digits': digits and '+'; 'chars': upper-case letters and digits;
    'email': an e-mail address; 'loose': like digits but month/ordinal words kept as tokens.
    """
    if mode == "chars" and re.search(r"\d", text):
        # typed value: keep letters and digits only
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    tokens = re.findall(r"[a-z]+(?:-[a-z]+)?|[0-9]+|[^\sa-z0-9]", text.lower())
    out = []
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        nxt = tokens[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if not re.match(r"[a-z]", t):
            if mode == "email" and t in "@._-+":
                out.append(t)
            elif t == "+":
                out.append("+")
            i += 1
            continue
        if t in FILLERS:
            i += 1
            continue
        if (mode != "digits" and len(t) == 1 and nxt == "for" and i + 2 < n
                and tokens[i + 2][:1] == t and len(tokens[i + 2]) > 1):
            out.append(t.upper() if mode == "chars" else t)
            i += 3
            continue
        if mode == "email" and len(t) == 1:
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            if nxt in WORD_DIGIT and not (mode == "email" and nxt == "o"):
                out.append(WORD_DIGIT[nxt] * k)
            elif nxt and nxt.isdigit() and len(nxt) == 1:
                out.append(nxt * k)
            elif mode != "digits" and nxt and len(nxt) == 1:
                out.append((nxt.upper() if mode == "chars" else nxt) * k)
            else:
                raise BadValue("double/triple without digit")
            i += 2
            continue
        if t in WORD_DIGIT:
            d = int(WORD_DIGIT[t])
            if nxt == "hundred":
                j = i + 2
                jj = j + 1 if j < n and tokens[j] == "and" else j
                rest, j2 = _below100(tokens, jj)
                if rest is None:
                    rest, j2 = 0, j
                out.append("%03d" % (d * 100 + rest))
                i = j2
                continue
            if nxt == "thousand":
                j = i + 2
                jj = j + 1 if j < n and tokens[j] == "and" else j
                rest, j2 = _below100(tokens, jj)
                if rest is None:
                    rest, j2 = 0, j
                out.append("%04d" % (d * 1000 + rest))
                i = j2
                continue
            out.append(WORD_DIGIT[t])
            i += 1
            continue
        if t in TEEN_VAL or t in TENS_VAL:
            v, i = _below100(tokens, i)
            out.append(str(v))
            continue
        if t == "plus" and mode != "email":
            out.append("+")
            i += 1
            continue
        if mode == "chars":
            if t in LETTER_HOMO:
                out.append(LETTER_HOMO[t])
            elif len(t) == 1:
                out.append(t.upper())
            else:
                raise BadValue("unknown word %r" % t)
            i += 1
            continue
        if mode == "email":
            out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}.get(t, t))
            i += 1
            continue
        if mode == "loose":
            out.append(" %s " % t)
            i += 1
            continue
        raise BadValue("unknown word %r" % t)
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "FR": 27, "ES": 24, "BE": 16, "IT": 27}


def iban_ok(s):
    if len(s) < 4 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
US_ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")
STREET_SUFFIX = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "drive", "dr", "way",
                 "crescent", "court", "place", "terrace", "boulevard", "blvd", "grove", "gardens", "row",
                 "hill", "square", "park", "walk", "view", "mews", "parade"}


def _strip_date_words(text):
    low = text.lower()
    low = re.sub(r"\b(\d{1,2})(st|nd|rd|th)\b", " ", low)
    has_month = False
    has_ord = bool(re.search(r"\b\d{1,2}(st|nd|rd|th)\b", text.lower()))
    words = re.findall(r"[a-z]+|[0-9]+|[^\sa-z0-9]", low)
    kept = []
    k = 0
    while k < len(words):
        w = words[k]
        if w in MONTHS or w in MONTH_ABBR:
            has_month = True
        elif w in ORD_WORDS:
            has_ord = True
            if w in ORD_UNITS and kept and kept[-1] in ("twenty", "thirty"):
                kept.pop()
        elif w in SKIP_WORDS or w in (",", ".", "/", "-"):
            pass
        else:
            kept.append(w)
        k += 1
    return has_month, has_ord, normalise(" ".join(kept), "digits")


def validate_value(typ, texts, frag):
    """Return None if fine, else an error message."""
    try:
        if typ == "EMAIL":
            v = "".join(normalise(t, "email") for t in texts)
            if frag:
                return None if v else "empty"
            return None if EMAIL_RE.match(v) else "bad email %r" % v
        if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
            v = "".join(normalise(t, "chars") for t in texts)
            if frag:
                return None if re.match(r"^[A-Z0-9]+$", v) else "bad fragment %r" % v
            if typ == "NI_NUMBER":
                return None if NI_RE.match(v) else "bad NI %r" % v
            if typ == "IBAN":
                return None if iban_ok(v) else "bad IBAN %r" % v
            return None if (UK_PC_RE.match(v) or US_ZIP_RE.match(v)) else "bad postcode %r" % v
        if typ == "ADDRESS":
            joined = " ".join(texts).lower()
            words = re.findall(r"[a-z0-9]+", joined)
            if not words or words[-1] not in STREET_SUFFIX:
                return "address without street suffix: %r" % joined
            if not re.search(r"\d", joined) and not any(
                    w in WORD_DIGIT or w in TEEN_VAL or w in TENS_VAL for w in words):
                return "address without house number"
            return None
        if typ in ("DOB", "EXPIRY"):
            joined = " ".join(texts)
            has_month, has_ord, digits = _strip_date_words(joined)
            if not digits.isdigit():
                return "bad date %r" % joined
            if typ == "EXPIRY":
                if has_month:
                    return None if len(digits) in (2, 4) else "bad expiry year %r" % digits
                if len(digits) == 4 and 1 <= int(digits[:2]) <= 12:
                    return None
                if len(digits) == 3 and 1 <= int(digits[0]) <= 9:
                    return None
                if len(digits) == 6 and 1 <= int(digits[:2]) <= 12 and digits[2:4] == "20":
                    return None
                return "bad expiry %r" % digits
            if has_month or has_ord:
                return None if 2 <= len(digits) <= 6 else "bad dob %r" % digits
            return None if len(digits) in (6, 7, 8) else "bad dob %r" % digits
        v = "".join(normalise(t, "digits") for t in texts)
        if frag:
            return None if re.match(r"^\+?\d+$", v) else "bad fragment %r" % v
        if typ == "CARD_NUMBER":
            return None if v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v) else "bad card %r" % v
        if typ == "CVV":
            return None if v.isdigit() and len(v) in (3, 4) else "bad cvv %r" % v
        if typ == "SSN":
            return None if v.isdigit() and len(v) == 9 else "bad ssn %r" % v
        if typ == "SORT_CODE":
            return None if v.isdigit() and len(v) == 6 else "bad sort code %r" % v
        if typ == "BANK_ACCOUNT":
            return None if v.isdigit() and 6 <= len(v) <= 12 else "bad account %r" % v
        if typ == "PHONE":
            d = v.lstrip("+")
            if d.startswith("00"):
                d = d[2:]
            return None if d.isdigit() and 10 <= len(d) <= 13 else "bad phone %r" % v
        return "unknown type"
    except BadValue as e:
        return "unparseable: %s" % e


# --------------------------------------------------------------------------
# generator
# --------------------------------------------------------------------------
R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def maybe(p):
    return R.random() < p


class G:
    """One PII value; may be spread over several spans."""

    def __init__(self, typ, frag=False):
        self.typ = typ
        self.frag = frag

    def __call__(self, text):
        return (text, self)


def say_digit(d, zp=None, homo=0.0):
    if d == "0":
        return ch(zp or ZERO_WORDS)
    if d in HOMO and maybe(homo):
        return ch(HOMO[d])
    return UNITS[int(d)]


def say_single(s, dbl=0.5, homo=0.0, zp=None):
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if run >= 3 and maybe(dbl):
            out.append("triple " + say_digit(d, zp))
            i += 3
        elif run >= 2 and maybe(dbl):
            out.append("double " + say_digit(d, zp))
            i += 2
        else:
            out.append(say_digit(d, zp, homo))
            i += 1
    return " ".join(out)


def say_pair(p, zp=None):
    if p[0] == "0":
        if p[1] == "0":
            return ch(["double oh", "oh oh", "zero zero"])
        return ch(zp or ["oh", "oh", "zero"]) + " " + UNITS[int(p[1])]
    if p[0] == "1":
        return TEENS[int(p[1])]
    w = TENS[int(p[0])]
    return w if p[1] == "0" else w + " " + UNITS[int(p[1])]


def say_pairs(s, zp=None):
    parts = []
    rest = s
    if len(s) % 2:
        parts.append(say_digit(s[0], zp))
        rest = s[1:]
    for k in range(0, len(rest), 2):
        parts.append(say_pair(rest[k:k + 2], zp))
    return " ".join(parts)


def say_hundreds(s):
    """three-digit group as 'four hundred and twelve' where sensible"""
    if len(s) == 3 and s[0] != "0" and s[1:] != "00" and s[1] != "0":
        return UNITS[int(s[0])] + " hundred " + ch(["and ", ""]) + say_pair(s[1:])
    return say_single(s)


def say_num(s, style=None, homo=0.15, dbl=0.5, zp=None):
    style = style or ch(["single", "single", "single", "pairs", "mixed"])
    if style == "single":
        txt = say_single(s, dbl=dbl, homo=homo, zp=zp)
    elif style == "pairs":
        txt = say_pairs(s, zp)
    elif style == "hundreds":
        txt = say_hundreds(s)
    else:
        txt = say_single(s, dbl=dbl, zp=zp) if maybe(0.5) else say_pairs(s, zp)
    if normalise(txt, "digits") != s:
        txt = say_single(s, dbl=0.0, homo=0.0)
    assert normalise(txt, "digits") == s, (s, txt)
    return txt


def say_groups(s, sizes, style=None, filler=0.0, homo=0.15):
    out = []
    k = 0
    for sz in sizes:
        out.append(say_num(s[k:k + sz], style=style, homo=homo))
        k += sz
    assert k == len(s)
    if normalise(" ".join(out), "digits") != s:
        out = []
        k = 0
        for sz in sizes:
            out.append(say_single(s[k:k + sz], dbl=0.4))
            k += sz
    assert normalise(" ".join(out), "digits") == s, (s, out)
    if filler:
        out = [o + (" " + ch(["um", "uh", "er"]) if maybe(filler) and j < len(out) - 1 else "")
               for j, o in enumerate(out)]
    return out


def say_letter(l, style=None):
    style = style or ch(["plain", "plain", "plain", "nato", "homo"])
    low = l.lower()
    if low == "o":
        style = "nato"
    if style == "homo" and l in LETTER_SAY:
        return ch(LETTER_SAY[l])
    if style == "nato":
        return "%s for %s" % (low, ch(NATO[low]))
    return low


def say_chars(s, lstyle=None, dstyle=None):
    """alnum string -> spoken; digit runs via say_num"""
    parts = []
    for m in re.finditer(r"\d+|[A-Z]", s):
        tok = m.group()
        if tok.isdigit():
            parts.append(say_num(tok, style=dstyle, homo=0.0))
        else:
            parts.append(say_letter(tok, lstyle))
    txt = " ".join(parts)
    assert normalise(txt, "chars") == s, (s, txt)
    return txt


def group_str(s, sizes, sep=" "):
    out, k = [], 0
    for sz in sizes:
        out.append(s[k:k + sz])
        k += sz
    return sep.join(out)


# ---- value generators ------------------------------------------------------
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(kind=None):
    kind = kind or ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randrange(10)), 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    return luhn_complete(ch(["6759", "5018", "6304"]), 19), [4, 4, 4, 4, 3]


def gen_cvv(n=3):
    return "".join(str(R.randrange(10)) for _ in range(n))


def gen_ssn():
    area = R.choice([x for x in range(1, 900) if x != 666])
    return "%03d%02d%04d" % (area, R.randrange(1, 100), R.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = ch(NI_FIRST) + ch(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")


def gen_digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randrange(1, 10)) + s[1:]
    return s


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_iban(cc=None):
    cc = cc or ch(["GB", "IE", "DE", "NL", "FR", "ES", "BE", "IT"])
    letters = "ABCDEFGHJKLMNPRSTUWXYZ"
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "HBUK", "MIDL", "LOYD", "SRLG", "MONZ"]) + gen_digits(14)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS", "ULSB"]) + gen_digits(14)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO", "TRIO"]) + gen_digits(10)
    elif cc == "IT":
        bban = ch(letters) + gen_digits(10) + gen_digits(12)
    else:
        bban = gen_digits(IBAN_LEN[cc] - 4)
    v = iban_make(cc, bban)
    assert iban_ok(v)
    return v


def gen_uk_postcode():
    area = ch(["SW", "NW", "SE", "E", "N", "W", "M", "B", "L", "LS", "BS", "CF", "EH", "G", "BT", "NE",
               "OX", "CB", "RG", "DN", "HU", "NG", "PO", "BN", "S", "LE", "CV", "GL", "EX", "TR", "YO"])
    if area in ("SW", "W", "E", "N", "SE", "NW") and maybe(0.25):
        outward = area + str(R.randrange(1, 10)) + ch("ABEHJKMNPRVWXY")
    else:
        outward = area + str(R.randrange(1, 30) if len(area) == 1 else R.randrange(1, 20))
    inward = str(R.randrange(10)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ")
    pc = outward + inward
    assert UK_PC_RE.match(pc), pc
    return outward, inward


def gen_zip():
    return "%05d" % R.randrange(1001, 99950)


def gen_uk_mobile():
    return "07" + ch(["7", "8", "9", "4", "5"]) + gen_digits(8)


def gen_uk_landline():
    return ch(["020", "0161", "0113", "0121", "0131", "0141", "0117", "0115", "029", "0151"]) + \
        gen_digits(7 if R.random() < 0.5 else 8)[:11]


def gen_us_phone():
    return ch(["212", "312", "415", "512", "617", "702", "813", "919", "303", "404", "206"]) + \
        str(R.randrange(2, 10)) + gen_digits(2) + gen_digits(4)


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "emma", "niamh", "raj", "claire", "marek", "sophie",
         "daniel", "olivia", "sean", "fatima", "greg", "hannah", "kevin", "laura", "mohammed", "chloe", "ben",
         "grace", "lukas", "maria", "jack", "zoe", "ciaran", "megan"]
LAST = ["walsh", "patel", "murphy", "smith", "kowalski", "byrne", "hughes", "nguyen", "taylor", "kelly",
        "garcia", "brennan", "evans", "fischer", "moreau", "jones", "doyle", "khan", "reilly", "clarke",
        "martin", "lee", "baker", "fitzgerald", "novak", "ward", "hart", "quinn", "price", "shah"]
DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "btinternet.com",
           "eircom.net", "hotmail.co.uk", "web.de", "orange.fr", "live.ie", "aol.com", "protonmail.com"]
STREETS = ["maple", "hazel", "church", "station", "mill", "park", "victoria", "queens", "oak", "elm",
           "meadow", "willow", "castle", "harbour", "chestnut", "kingsley", "beech", "rose", "orchard",
           "north", "highfield", "cedar", "lincoln", "washington", "sycamore", "spring", "brook", "fern"]
SUFFIX_UK = ["road", "street", "avenue", "lane", "close", "drive", "crescent", "grove", "gardens", "terrace",
             "way", "court", "place", "park", "row", "mews"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "road", "lane", "court", "way", "place"]
AGENTS = ["sam", "dave", "nicola", "priya", "tom", "jess", "mark", "ciara", "luke", "amy", "gary", "rachel"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    style = R.randrange(6)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + "." + l
    elif style == 2:
        local = f + l + str(R.randrange(70, 100))
    elif style == 3:
        local = f + "_" + l
    elif style == 4:
        local = f[0] + l + str(R.randrange(1, 30))
    else:
        local = l + "." + f + str(R.randrange(1960, 2005))
    return local, ch(DOMAINS)


def say_email(local, domain):
    parts = []
    for m in re.finditer(r"[a-z]+|\d+|[._-]", local):
        tok = m.group()
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok.isdigit():
            if len(tok) == 4 and tok.startswith("19"):
                parts.append("nineteen " + say_pair(tok[2:]))
            elif len(tok) == 4:
                if tok == "2000":
                    parts.append("two thousand")
                elif tok[2] == "0":
                    parts.append("two thousand and " + UNITS[int(tok[3])])
                else:
                    parts.append(say_pairs(tok))
            else:
                parts.append(say_num(tok, style=ch(["single", "pairs"]), homo=0.0, zp=["oh", "zero"]))
        elif len(tok) == 1:
            parts.append(tok)
        elif maybe(0.2) and len(tok) <= 6:
            parts.append(" ".join(tok))  # spelled out letter by letter
        else:
            parts.append(tok)
    parts.append("at")
    parts.append(" dot ".join(domain.split(".")))
    txt = " ".join(parts)
    if normalise(txt, "email") != local + "@" + domain:
        txt = " ".join(txt.split())
    assert normalise(txt, "email") == local + "@" + domain, (txt, local, domain)
    return txt


def ordinal_word(n):
    if n <= 20:
        return (ORD_WORDS[:19] + ["twentieth"])[n - 1] if n != 20 else "twentieth"
    if n == 30:
        return "thirtieth"
    return TENS[n // 10] + " " + ORD_UNITS[n % 10 - 1]


def say_year(y):
    if y < 2000:
        return "nineteen " + say_pair(str(y)[2:])
    if y < 2010:
        return ch(["two thousand and ", "two thousand "]) + UNITS[y - 2000]
    return ch(["twenty " + say_pair(str(y)[2:]), "two thousand and " + say_pair(str(y)[2:])])


def gen_date(y0, y1):
    y = R.randrange(y0, y1 + 1)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return y, m, d


def say_dob(y, m, d, us=False):
    st = R.randrange(6)
    mon = MONTHS[m - 1]
    if st == 0:
        return "the %s of %s %s" % (ordinal_word(d), mon, say_year(y))
    if st == 1:
        return "%s %s %s" % (mon, ordinal_word(d), say_year(y))
    if st == 2:
        return "%s %s %s" % (ordinal_word(d), mon, say_pair(str(y)[2:]))
    if st == 3:
        a, b = (m, d) if us else (d, m)
        return "%s %s %s" % (say_num("%02d" % a, style=ch(["single", "pairs"]), homo=0),
                             say_num("%02d" % b, style=ch(["single", "pairs"]), homo=0),
                             say_num(str(y)[2:], style="pairs"))
    if st == 4:
        a, b = (m, d) if us else (d, m)
        return "%s %s %s" % (say_num(str(a), homo=0), say_num("%02d" % b, style="single", homo=0),
                             say_year(y))
    return "%s the %s %s" % (mon, ordinal_word(d), say_year(y))


def type_dob(y, m, d, us=False):
    st = R.randrange(7)
    if st == 0:
        return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
    if st == 1:
        return "%d/%d/%02d" % ((m, d, y % 100) if us else (d, m, y % 100))
    if st == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if st == 3:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if st == 4:
        return "%d-%02d-%02d" % (y, m, d)
    if st == 5:
        return "%02d.%02d.%d" % (d, m, y)
    return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"),
                           MONTHS[m - 1][:3].capitalize(), y)


def gen_expiry():
    return R.randrange(1, 13), R.randrange(2026, 2033)


def say_expiry(m, y):
    st = R.randrange(5)
    yy = "%02d" % (y % 100)
    if st == 0:
        return say_num("%02d" % m, style="single", homo=0) + " " + say_pair(yy)
    if st == 1:
        return say_num(str(m), homo=0) + " " + say_pair(yy)
    if st == 2:
        return MONTHS[m - 1] + " " + ch([say_pair(yy), "twenty " + say_pair(yy)])
    if st == 3:
        return say_num("%02d" % m, style="single", homo=0) + " slash " + say_num(yy, style="single", homo=0)
    return say_num("%02d" % m, style="pairs") + " " + say_num(yy, style="single", homo=0)


def type_expiry(m, y):
    return ch(["%02d/%02d" % (m, y % 100), "%d/%02d" % (m, y % 100), "%02d/%d" % (m, y),
               "%02d-%02d" % (m, y % 100), "%02d %02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].capitalize(), y)])


# ---- case assembly ---------------------------------------------------------
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []  # (turn, start, end, G)

    def t(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                vtext, g = s
                start = len(text)
                text += vtext
                self.spans.append((len(self.turns), start, len(text), g))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


BACK = ["mhm", "yep", "okay", "okay go on", "yeah", "right", "uh huh", "got it", "yes", "okay keep going", "sure"]


def back():
    return ch(BACK)


def fill():
    return ch(["um ", "uh ", "er ", "", "", "", "so ", "yeah ", "right "])


# industries: (label, opener for calls, opener for chat)
IND = {
    "banking": ("thank you for calling harbour bank you're speaking with {a} how can i help",
                "Hi, you're chatting with {A} at Harbour Bank. How can I help?"),
    "telecom": ("hi there thanks for calling brightwave mobile my name's {a} what can i do for you",
                "Welcome to Brightwave support, {A} here. What can I help with today?"),
    "utilities": ("good morning you're through to northern energy customer services this is {a}",
                  "Hello, Northern Energy live chat, {A} speaking."),
    "retail": ("hi thanks for calling homestyle direct this is {a} speaking",
               "Hi! I'm {A} from HomeStyle Direct. How can I help?"),
    "insurance": ("hello you're through to shieldsure insurance my name is {a} how can i help",
                  "Hello, ShieldSure claims chat, {A} here."),
    "travel": ("thanks for calling skyline holidays you're speaking to {a}",
               "Hi, this is {A} from Skyline Holidays support."),
    "healthcare": ("good afternoon valley medical billing this is {a} how can i help you",
                   "Valley Medical Billing chat - {A} here, how can I help?"),
    "government": ("hello you're through to the motor tax helpline my name is {a}",
                   "Welcome to the online services helpdesk. I'm {A}."),
}


def opener(ind, call=True):
    a = ch(AGENTS)
    return IND[ind][0 if call else 1].format(a=a, A=a.capitalize())


def pick_ind(options=None):
    return ch(options or list(IND))


# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------
def pos_card_call_oneturn():
    ind = pick_ind(["telecom", "utilities", "retail", "insurance", "travel", "healthcare"])
    card, sizes = gen_card()
    parts = say_groups(card, sizes, filler=0.3, homo=0.2)
    cg = G("CARD_NUMBER")
    amount = ch(["forty two pounds fifty", "a hundred and twelve dollars", "eighty nine ninety nine",
                 "the full three hundred and forty euro", "twenty five pound", "sixty one seventeen"])
    c = Case("positive", "call/%s: card read in one customer turn with fillers and homophones, then expiry and cvv" % ind)
    c.a(opener(ind))
    c.c("hi yeah i just want to pay %s off my bill" % amount)
    c.a("no problem at all can i take the long number across the front of the card")
    c.c(fill() + "yeah it's ", cg(ch([" ", " ", " ", ", ", ". "]).join(parts)))
    m, y = gen_expiry()
    eg = G("EXPIRY")
    c.a("lovely and the expiry date")
    c.c(ch(["it's ", "", "uh ", "expires "]), eg(say_expiry(m, y)))
    cv = G("CVV")
    n = 4 if len(card) == 15 else 3
    c.a("and the %s digit security code %s" % ("four" if n == 4 else "three",
                                                "on the front" if n == 4 else "on the back"))
    c.c(ch(["", "it's ", "that's "]), cv(say_num(gen_cvv(n), homo=0.1)))
    c.a("perfect that's gone through for you now")
    return c


def pos_card_call_split():
    ind = pick_ind()
    card, sizes = gen_card()
    parts = say_groups(card, sizes, homo=0.15)
    cg = G("CARD_NUMBER")
    c = Case("positive", "call/%s: card split over several customer turns with agent back-channels%s")
    c.a("okay whenever you're ready go ahead with the card number")
    interrupted = maybe(0.4)
    for k, p in enumerate(parts):
        lead = ch(["", "", "right ", "uh ", "then ", "okay "]) if k else ch(["right ", "okay so ", "", "it's "])
        c.c(lead, cg(p))
        if k < len(parts) - 1:
            if interrupted and k == 1:
                fg = G("CARD_NUMBER", frag=True)
                c.a("sorry you broke up a bit there after ", fg(parts[1]), " was it")
                c.c("yeah that's right")
                c.a(ch(["okay sorry carry on", "go on", "okay"]))
            else:
                c.a(back())
    c.a("thank you and the expiry")
    m, y = gen_expiry()
    eg = G("EXPIRY")
    c.c(eg(say_expiry(m, y)), ch(["", " i think", " yeah"]))
    c.note = c.note % (ind, "; agent echoes a group mid-reading" if interrupted else "")
    return c


def pos_card_call_restart():
    ind = pick_ind(["retail", "travel", "telecom", "utilities", "banking"])
    card, sizes = gen_card(ch(["visa", "mc", "disc"]))
    wrong = gen_card("visa")[0]
    c = Case("positive", "call/%s: customer starts reading the wrong card, restarts, self-corrects a digit" % ind)
    fg = G("CARD_NUMBER", frag=True)
    cg = G("CARD_NUMBER")
    c.a(opener(ind))
    c.c("hiya i need to update the card on my account the old one expired")
    c.a("okay no bother what's the new card number")
    c.c("it's ", fg(say_num(wrong[:6], homo=0)), " oh hang on no that's my husband's card sorry one sec")
    c.a("no rush")
    parts = say_groups(card, sizes, homo=0.2)
    # self-correction inside the reading: say first group, a wrong digit then fix
    bad = str((int(card[4]) + 3) % 10)
    c.c("right here we go ", cg(parts[0]), " ", fg(say_digit(bad)), " no sorry ",
        cg(" ".join(parts[1:3])))
    c.a("mhm")
    c.c(cg(" ".join(parts[3:])))
    c.a("okay and that's a %s yeah" % ("visa" if card[0] == "4" else "mastercard" if card[0] in "25" else "discover"))
    c.c("yeah")
    return c


def pos_card_readback():
    ind = pick_ind(["travel", "insurance", "healthcare", "retail"])
    card, sizes = gen_card()
    g1, g2 = G("CARD_NUMBER"), G("CARD_NUMBER")
    parts = say_groups(card, sizes)
    half = len(parts) // 2
    c = Case("positive", "call/%s: card in two turns then the agent reads the whole number back" % ind)
    c.a("can you read me the card number please")
    c.c(fill(), g1(" ".join(parts[:half])))
    c.a(ch(["okay", "mhm yep", "got that"]))
    c.c(g1(" ".join(parts[half:])), " and it's a debit card if that matters")
    c.a("okay just to read that back to you that's ", g2(" ".join(say_groups(card, sizes, style="single", homo=0))))
    c.c("yep that's it")
    c.a("and the cvv")
    cv = G("CVV")
    n = 4 if len(card) == 15 else 3
    c.c(cv(say_num(gen_cvv(n), homo=0)))
    return c


def pos_card_chat():
    ind = pick_ind(["retail", "telecom", "travel", "utilities", "insurance"])
    card, sizes = gen_card()
    st = R.randrange(5)
    if st == 0:
        ctext = group_str(card, sizes, " ")
    elif st == 1:
        ctext = group_str(card, sizes, "-")
    elif st == 2:
        ctext = card
    elif st == 3:
        ctext = group_str(card, sizes, "  ")
    else:
        ctext = group_str(card, sizes, " ").replace(" ", ".", 1)
    m, y = gen_expiry()
    n = 4 if len(card) == 15 else 3
    cg, eg, vg = G("CARD_NUMBER"), G("EXPIRY"), G("CVV")
    c = Case("positive", "chat/%s: typed card with expiry and security code, varied separators" % ind)
    c.a(opener(ind, call=False))
    if maybe(0.5):
        c.c(ch(["card no ", "Card number: ", "its ", "cardnumber is ", "ok card: "]), cg(ctext),
            ch([" exp ", ", expiry ", " expires ", " ex "]), eg(type_expiry(m, y)),
            ch([" cvv ", " cvc ", ", sec code ", " security code "]), vg(gen_cvv(n)))
    else:
        c.c(ch(["here you go ", "", "ok "]), cg(ctext))
        c.a("Thanks. And the expiry date and the security code on the back?")
        c.c(eg(type_expiry(m, y)), ch([" and ", ", ", " / code "]), vg(gen_cvv(n)))
    c.a("Thank you, that payment of %s has been taken." % ch(["£42.50", "$118.00", "€64.99", "£9.99"]))
    return c


def say_ssn(s, style=None):
    st = style if style is not None else R.randrange(4)
    if st == 0:
        return [say_num(s, style="single", homo=0.2)]
    if st == 1:
        return say_groups(s, [3, 2, 4], homo=0.15)
    if st == 2:
        return [say_num(s[:3], style="hundreds"), say_num(s[3:5], style="pairs"), say_num(s[5:], style="pairs")]
    return say_groups(s, [3, 2, 4], style="pairs")


def pos_ssn_call():
    ind = pick_ind(["banking", "healthcare", "insurance", "government", "telecom"])
    s = gen_ssn()
    g = G("SSN")
    parts = say_ssn(s)
    c = Case("positive", "call/%s: US social security number, %s" % (ind, "one turn" if len(parts) == 1 else "grouped over turns"))
    c.a(ch(["before i can go into the account i'll need your social security number please",
            "can i get your social for verification",
            "and what's the social security number on the policy"]))
    if len(parts) == 1 or maybe(0.3):
        c.c(fill() + "sure it's ", g(" ".join(parts)))
    else:
        c.c(ch(["okay ", "yeah ", ""]), g(parts[0]))
        c.a(back())
        c.c(g(parts[1]))
        c.a(back())
        c.c(g(parts[2]))
    c.a("thank you i've got you here")
    return c


def pos_ssn_correction():
    ind = pick_ind(["banking", "healthcare", "government"])
    s = gen_ssn()
    g, fg = G("SSN"), G("SSN", frag=True)
    bad = s[:4] + str((int(s[4]) + 1) % 10)
    c = Case("positive", "call/%s: SSN with mid-reading self-correction and a restart" % ind)
    c.a(opener(ind))
    c.c("hi i'm calling about a bill i got for my daughter's visit last month")
    c.a("sure i can help can i have the social security number of the policy holder")
    c.c("yeah that'd be me it's ", fg(say_num(bad, style="single", homo=0)), " no wait sorry let me start over ",
        g(" ".join(say_ssn(s, style=ch([0, 1, 3])))))
    c.a("okay so that's ", G("SSN")(" ".join(say_groups(s, [3, 2, 4], style="single", homo=0))))
    c.c("that's right")
    return c


def pos_ssn_interrupt():
    ind = pick_ind(["banking", "insurance", "government", "healthcare"])
    s = gen_ssn()
    g = G("SSN")
    parts = say_groups(s, [3, 2, 4], homo=0.2)
    c = Case("positive", "call/%s: agent interrupts mid-SSN to ask the caller to slow down; caller repeats part" % ind)
    c.a("what's your social")
    fg = G("SSN", frag=True)
    c.c(g(parts[0]), " ", fg(parts[1]), " ", fg(say_num(s[5:7], homo=0)))
    c.a("sorry sorry can you slow down a little i missed the middle bit")
    c.c("oh sorry ", g(parts[1]), " then ", g(parts[2]))
    c.a("perfect thanks")
    return c


def pos_ssn_chat():
    ind = pick_ind(["banking", "healthcare", "insurance", "government"])
    s = gen_ssn()
    g = G("SSN")
    txt = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s - %s - %s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    c = Case("positive", "chat/%s: typed SSN" % ind)
    c.a(opener(ind, call=False))
    c.c(ch(["I need to update my address on file", "hi my refund hasnt come thru yet",
            "Can you check my claim status please"]))
    c.a("Happy to help. Can you confirm your Social Security number?")
    c.c(ch(["sure its ", "SSN: ", "ss# ", "", "my social is ", "ok "]), g(txt),
        ch(["", " thx", ". The claim is from March", " (primary holder)"]))
    return c


def pos_ssn_with_dob_call():
    s = gen_ssn()
    y, m, d = gen_date(1945, 2003)
    g, dg, zg = G("SSN"), G("DOB"), G("POSTCODE")
    c = Case("positive", "call/healthcare: US caller gives date of birth, SSN and ZIP; claim number and amount are not PII")
    c.a("valley medical billing this is %s can i start with the patient's date of birth" % ch(AGENTS))
    c.c("yeah it's ", dg(say_dob(y, m, d, us=True)))
    c.a("and the last four of the social")
    c.c("actually do you want the whole thing it's ", g(" ".join(say_ssn(s))))
    z = gen_zip()
    c.a("that's fine and the zip code")
    c.c(zg(say_num(z, homo=0)))
    c.a("okay i see claim number four four one eight two seven for two hundred and sixty dollars")
    return c


def say_ni(v, split=False):
    letters_style = ch(["plain", "nato", "homo", "plain"])
    a = say_letter(v[0], letters_style) + " " + say_letter(v[1], letters_style)
    digits = v[2:8]
    dst = R.randrange(4)
    if dst == 0:
        dd = say_num(digits, style="single", homo=0.15)
    elif dst == 1:
        dd = say_num(digits, style="pairs")
    elif dst == 2:
        dd = " ".join(say_groups(digits, [2, 2, 2], homo=0.1))
    else:
        dd = say_num(digits[:3], style="single", homo=0) + " " + say_num(digits[3:], style="single", homo=0)
    suf = say_letter(v[8], ch(["plain", "homo", "nato"]))
    return [a, dd, suf]


def pos_ni_call():
    ind = pick_ind(["government", "banking", "insurance", "utilities"])
    v = gen_ni()
    g = G("NI_NUMBER")
    a, dd, suf = say_ni(v)
    c = Case("positive", "call/%s: UK national insurance number spoken with letters%s")
    c.a(ch(["can i take your national insurance number please", "and your n i number",
            "for security can you give me your national insurance number"]))
    mode = R.randrange(3)
    if mode == 0:
        c.c(fill() + "yeah it's ", g(a + " " + dd + " " + suf))
        c.note = c.note % (ind, " in one turn")
    elif mode == 1:
        c.c(ch(["okay ", "right ", ""]), g(a))
        c.a(back())
        c.c(g(dd))
        c.a("and the letter at the end")
        c.c(g(suf))
        c.note = c.note % (ind, " split over turns, agent prompts for the final letter")
    else:
        c.c("hang on it's on my payslip ", ch(["", "um "]), g(a + " " + dd), " and then ", g(suf))
        c.a("okay so that's ", G("NI_NUMBER")(" ".join(say_ni(v))), " yeah")
        c.c("yep")
        c.note = c.note % (ind, ", 'and then' before the suffix, agent reads it back")
    return c


def pos_ni_correction():
    v = gen_ni()
    other = v[:8] + ch([x for x in "ABCD" if x != v[8]])
    g, fg = G("NI_NUMBER"), G("NI_NUMBER", frag=True)
    c = Case("positive", "call/government: NI number where the caller misreads the final letter and restarts the whole number")
    c.a("okay and what's the national insurance number")
    c.c(fg(" ".join(say_ni(other))), " oh no sorry that's not right it's ", g(" ".join(say_ni(v))))
    c.a("okay that's matched thank you")
    return c


def pos_ni_chat():
    ind = pick_ind(["government", "banking", "utilities", "insurance"])
    v = gen_ni()
    g = G("NI_NUMBER")
    fmt = R.randrange(6)
    if fmt == 0:
        txt = "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    elif fmt == 1:
        txt = v.lower()
    elif fmt == 2:
        txt = v
    elif fmt == 3:
        txt = "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    elif fmt == 4:
        txt = "%s %s %s" % (v[:2], v[2:8], v[8])
    else:
        txt = ("%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])).lower()
    c = Case("positive", "chat/%s: typed NI number" % ind)
    c.a(opener(ind, call=False))
    c.c(ch(["hi need to report a change of circs", "my tax code looks wrong", "hi, query about my pension credit"]))
    c.a("No problem, can you confirm your National Insurance number?")
    c.c(ch(["NI no. ", "its ", "", "NINO: ", "sure - ", "ni number "]), g(txt), ch(["", " ta", ".", " thanks"]))
    return c


def pos_ni_with_phone_call():
    v = gen_ni()
    ph = gen_uk_mobile()
    g, pg = G("NI_NUMBER"), G("PHONE")
    a, dd, suf = say_ni(v)
    c = Case("positive", "call/government: NI number then a mobile number, the agent talks over the digits")
    c.a("can i have your national insurance number")
    c.c(g(a + " " + dd))
    c.a("sorry was that the full")
    c.c("oh and ", g(suf), " at the end sorry")
    c.a("lovely and a contact number")
    parts = say_groups(ph, [5, 3, 3], homo=0.1)
    c.c(pg(parts[0]), " ", pg(parts[1]))
    c.a("mhm")
    c.c(pg(parts[2]))
    return c


def pos_bank_call():
    ind = pick_ind(["banking", "utilities", "insurance", "government"])
    sc = gen_digits(6)
    acc = gen_digits(8)
    sg, ag = G("SORT_CODE"), G("BANK_ACCOUNT")
    c = Case("positive", "call/%s: UK sort code and account number for a direct debit, account split over turns" % ind)
    c.a("to set up the direct debit i'll need the sort code and account number")
    c.c("okay sort code is ", sg(say_num(sc, style=ch(["pairs", "single", "mixed"]), homo=0.1)))
    c.a("yep")
    aparts = say_groups(acc, [4, 4], homo=0.15)
    c.c("and the account number ", ag(aparts[0]))
    c.a(back())
    c.c(ag(aparts[1]))
    c.a("okay that'll come out on the %s of each month for %s" % (
        ch(["first", "fifteenth", "twenty eighth", "third"]), ch(["sixty pounds", "forty two fifty", "a hundred and five pound"])))
    return c


def pos_bank_correction_call():
    sc = gen_digits(6)
    acc = gen_digits(8)
    sg, ag, fg = G("SORT_CODE"), G("BANK_ACCOUNT"), G("BANK_ACCOUNT", frag=True)
    c = Case("positive", "call/banking: account number with a restart and an agent read-back of sort code and account")
    c.a("what's the account number you want the refund paid into")
    c.c(fg(say_num(acc[:3], homo=0)), " hang on let me get my card out ", fill(), "okay ", ag(say_num(acc, homo=0.1)))
    c.a("and the sort code")
    c.c(sg(" ".join(say_groups(sc, [2, 2, 2], style=ch(["pairs", "single"])))))
    sg2, ag2 = G("SORT_CODE"), G("BANK_ACCOUNT")
    c.a("so that's sort code ", sg2(say_num(sc, style="pairs")), " account ", ag2(say_num(acc, style="single", homo=0)))
    c.c("yes")
    return c


def pos_bank_chat():
    ind = pick_ind(["banking", "utilities", "retail", "insurance"])
    sc = gen_digits(6)
    acc = gen_digits(8)
    sg, ag = G("SORT_CODE"), G("BANK_ACCOUNT")
    sct = ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    c = Case("positive", "chat/%s: typed sort code and account number" % ind)
    c.a(opener(ind, call=False))
    c.c(ch(["s/c ", "sort code ", "Sort: ", "sortcode "]), sg(sct), ch([" a/c ", " acc no ", ", account ", " acct# "]),
        ag(ch([acc, acc[:4] + " " + acc[4:]])), ch(["", " for the refund pls", " - joint account"]))
    return c


def pos_us_account_call():
    ind = pick_ind(["banking", "healthcare", "utilities"])
    acc = gen_digits(R.choice([10, 11, 12]), first_nonzero=True)
    ag = G("BANK_ACCOUNT")
    c = Case("positive", "call/%s: US checking account number for autopay, read in chunks; routing not asked" % ind)
    c.a("and what's the checking account number")
    sizes = [3, 3, len(acc) - 6]
    parts = say_groups(acc, sizes, homo=0.2)
    c.c(ch(["it's ", "okay it's ", ""]), ag(parts[0]), " ", ag(parts[1]))
    c.a(back())
    c.c(ag(parts[2]))
    c.a("and you'd like the payment of %s on the %s" % (ch(["ninety nine fifty", "two hundred dollars", "eighty dollars"]),
                                                         ch(["fifth", "tenth", "twentieth"])))
    c.c("yes please")
    return c


def pos_iban_call():
    cc = ch(["IE", "DE", "NL", "FR", "ES", "GB", "BE"])
    ind = pick_ind(["banking", "travel", "insurance", "utilities"])
    v = gen_iban(cc)
    g = G("IBAN")
    chunks = [v[k:k + 4] for k in range(0, len(v), 4)]
    spoken = [say_chars(x, dstyle=ch(["single", "single", "pairs"])) for x in chunks]
    c = Case("positive", "call/%s: %s IBAN spoken in groups of four across turns" % (ind, cc))
    c.a("for the refund we need the iban of the account")
    k = 0
    first = True
    while k < len(spoken):
        n = R.randrange(1, 4)
        c.c(ch(["", "uh ", "okay "]) if not first else ch(["yeah it's ", "okay it's ", "right "]),
            g(" ".join(spoken[k:k + n])))
        first = False
        k += n
        if k < len(spoken):
            c.a(back())
    c.a("thanks and the name on the account")
    c.c("%s %s" % (ch(FIRST), ch(LAST)))
    return c


def pos_iban_chat():
    cc = ch(["IE", "DE", "NL", "FR", "ES", "GB", "BE", "IT"])
    v = gen_iban(cc)
    g = G("IBAN")
    st = R.randrange(3)
    txt = v if st == 0 else " ".join(v[k:k + 4] for k in range(0, len(v), 4))
    if st == 2:
        txt = txt.lower()
    c = Case("positive", "chat/banking: typed %s IBAN" % cc)
    c.a(opener(ch(["banking", "travel", "insurance"]), call=False))
    c.c(ch(["Please refund to IBAN ", "iban: ", "my IBAN is ", "refund to "]), g(txt),
        ch(["", " BIC not sure", ". Thanks!", " (euro account)"]))
    return c


def say_phone(ph, intl=None):
    if intl:
        lead = "plus " + say_num(intl, style="single", homo=0)
        return lead, say_groups(ph, [R.choice([2, 3])] + [], homo=0.1)
    return None


def pos_phone_call():
    kind = ch(["uk_mob", "uk_land", "us", "ie", "intl_uk", "intl_ie"])
    ind = pick_ind()
    pg = G("PHONE")
    c = Case("positive", "call/%s: callback phone number (%s) spoken" % (ind, kind))
    c.a(ch(["what's the best number to reach you on", "can i take a contact number in case we get cut off",
            "and a phone number for the account"]))
    if kind == "uk_mob":
        ph = gen_uk_mobile()
        parts = say_groups(ph, [5, 6], homo=0.15)
    elif kind == "uk_land":
        ph = gen_uk_landline()
        parts = say_groups(ph, [len(ph) - 7 if len(ph) > 10 else 3, 3, 4][:2] + [len(ph) - (len(ph) - 7 if len(ph) > 10 else 3) - 3], homo=0.1)
    elif kind == "us":
        ph = gen_us_phone()
        parts = say_groups(ph, [3, 3, 4], homo=0.15, style=ch([None, "pairs"]))
    elif kind == "ie":
        ph = "08" + ch("35679") + gen_digits(7)
        parts = say_groups(ph, [3, 3, 4], homo=0.1)
    elif kind == "intl_uk":
        ph = "7" + gen_digits(9)
        parts = ["plus four four " + say_num(ph[:4], homo=0)] + say_groups(ph[4:], [3, 3])
    else:
        ph = "8" + ch("35679") + gen_digits(7)
        parts = ["plus three five three " + say_num(ph[:2], homo=0)] + say_groups(ph[2:], [3, 4])
    mode = R.randrange(3)
    if mode == 0:
        c.c(fill() + "it's ", pg(" ".join(parts)))
    elif mode == 1:
        c.c(ch(["yeah ", "okay "]), pg(parts[0]))
        c.a(back())
        c.c(pg(" ".join(parts[1:])))
    else:
        c.c(pg(" ".join(parts[:2])), " ", fill().strip() or "um", " ", pg(" ".join(parts[2:])) if len(parts) > 2 else "")
        if len(parts) <= 2:
            c.turns[-1]["text"] = c.turns[-1]["text"].rstrip()
    if kind == "us" and maybe(0.5):
        c.a("and is that a cell")
        c.c("yeah cell")
    else:
        c.a("lovely thanks i'll pop that on the account")
    return c


def pos_phone_readback():
    ph = gen_uk_mobile() if maybe(0.5) else gen_us_phone()
    pg = G("PHONE")
    c = Case("positive", "call/telecom: number for a SIM swap, agent reads it back with a digit wrong and is corrected")
    c.a("which number is the sim for")
    c.c(pg(say_num(ph, homo=0.2)))
    wrong = ph[:-2] + str((int(ph[-2]) + 1) % 10) + ph[-1]
    fg = G("PHONE", frag=True)
    c.a("so ", fg(say_num(wrong, style="single", homo=0)), " yeah")
    c.c("no ", G("PHONE", frag=True)(say_num(ph[-4:], homo=0)), " at the end")
    c.a("ah got you sorry and how many months have you had it roughly")
    c.c("about three years")
    return c


def pos_phone_chat():
    kind = ch(["uk", "us", "ie", "intl"])
    pg = G("PHONE")
    if kind == "uk":
        ph = gen_uk_mobile()
        txt = ch([ph, ph[:5] + " " + ph[5:], ph[:5] + " " + ph[5:8] + " " + ph[8:]])
    elif kind == "us":
        ph = gen_us_phone()
        txt = ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (ph[:3], ph[3:6], ph[6:])
    elif kind == "ie":
        ph = "08" + ch("35679") + gen_digits(7)
        txt = ch([ph, ph[:3] + " " + ph[3:6] + " " + ph[6:]])
    else:
        ph = "7" + gen_digits(9)
        txt = ch(["+44 %s %s", "+44 (0) %s %s", "0044 %s %s"]) % (ph[:4], ph[4:])
    c = Case("positive", "chat/%s: %s phone number typed" % (ch(["telecom", "retail", "utilities", "banking"]), kind.upper()))
    c.a(opener(pick_ind(), call=False))
    c.c(ch(["can someone call me back on ", "my number is ", "pls ring ", "contact no: ", "best number "]), pg(txt),
        ch(["", " after 5pm", " thanks", ", any time before 12:30"]))
    return c


def pos_email_call():
    local, dom = gen_email()
    ind = pick_ind()
    eg = G("EMAIL")
    spoken = say_email(local, dom)
    c = Case("positive", "call/%s: e-mail address spoken with dot/at%s")
    c.a(ch(["and what email address should we send the confirmation to", "can i get an email address for the account",
            "what's your email"]))
    if maybe(0.4) and " at " in spoken:
        left, right = spoken.split(" at ", 1)
        c.c(ch(["yeah it's ", "it's ", ""]), eg(left))
        c.a(back())
        c.c(eg("at " + right))
        c.note = c.note % (ind, ", split over two turns")
    else:
        c.c(fill() + "it's ", eg(spoken), ch(["", " all lower case", " all one word"]))
        c.note = c.note % (ind, "")
    c.a("perfect you'll get an email in the next %s" % ch(["ten minutes", "hour", "twenty four hours"]))
    return c


def pos_email_spelled_call():
    f, l = ch(FIRST), ch(LAST)
    dom = ch(DOMAINS)
    local = f[0] + l
    eg = G("EMAIL")
    sp = f[0] + " " + " ".join("%s for %s" % (x, ch(NATO[x])) if maybe(0.3) else x for x in l) + " at " + " dot ".join(dom.split("."))
    assert normalise(sp, "email") == local + "@" + dom, sp
    c = Case("positive", "call/retail: e-mail spelled letter by letter with phonetic alphabet")
    c.a("can you spell the email for me")
    c.c("yeah so it's ", eg(sp))
    c.a("and that's %s dot %s yeah" % (dom.split(".")[0], ".".join(dom.split(".")[1:]).replace(".", " dot ")))
    c.c("that's it")
    return c


def pos_email_chat():
    local, dom = gen_email()
    eg = G("EMAIL")
    txt = local + "@" + dom
    if maybe(0.3):
        txt = txt.capitalize()
    c = Case("positive", "chat/%s: typed e-mail address" % pick_ind())
    c.a("Could you confirm the email address on the account?")
    c.c(ch(["its ", "", "email: ", "try ", "should be "]), eg(txt), ch(["", " or my work one", " thanks", "!"]))
    return c


def pos_dob_call():
    ind = pick_ind()
    us = maybe(0.4)
    y, m, d = gen_date(1940, 2005)
    dg = G("DOB")
    c = Case("positive", "call/%s: date of birth spoken (%s order) as security question" % (ind, "US" if us else "UK"))
    c.a(ch(["can you confirm your date of birth for me", "and your date of birth please", "what's the date of birth on the account"]))
    if maybe(0.3):
        sp = say_dob(y, m, d, us)
        w = sp.split()
        whole = _strip_date_words(sp)[2]
        cuts = [k for k in range(1, len(w)) if w[k - 1] not in ("the", "of") and
                _strip_date_words(" ".join(w[:k]))[2] + _strip_date_words(" ".join(w[k:]))[2] == whole]
        cut = ch(cuts)
        # never cut between a tens word and its unit etc.: cut only where both halves still parse as date parts
        c.c(fill() + "it's ", dg(" ".join(w[:cut])))
        c.a("sorry go on")
        c.c(dg(" ".join(w[cut:])))
        c.note += ", split over two turns"
    else:
        c.c(fill() + ch(["it's ", "", "yeah "]), dg(say_dob(y, m, d, us)))
    c.a("thank you that's all matched up")
    return c


def pos_dob_chat():
    us = maybe(0.4)
    y, m, d = gen_date(1940, 2005)
    dg = G("DOB")
    c = Case("positive", "chat/%s: typed date of birth" % pick_ind())
    c.a("For security please confirm your date of birth.")
    c.c(ch(["dob ", "DOB: ", "", "born ", "its "]), dg(type_dob(y, m, d, us)))
    return c


def say_postcode(outward, inward):
    o = say_chars(outward, lstyle=ch(["plain", "plain", "nato"]), dstyle=ch(["single", "pairs"]))
    i = say_chars(inward, lstyle=ch(["plain", "nato", "homo"]), dstyle="single")
    if maybe(0.2) and inward[1] == inward[2] and inward[1] != "O":
        i = say_digit(inward[0], ["oh", "zero"]) + " double " + inward[1].lower()
    return o, i


def pos_uk_address_call():
    ind = pick_ind(["utilities", "retail", "insurance", "banking", "telecom"])
    num = R.randrange(1, 220)
    street = ch(STREETS) + " " + ch(SUFFIX_UK)
    outward, inward = gen_uk_postcode()
    ag, pg = G("ADDRESS"), G("POSTCODE")
    o, i = say_postcode(outward, inward)
    numtxt = say_num(str(num), style=ch(["pairs", "single", "hundreds"]), homo=0)
    c = Case("positive", "call/%s: UK street address and postcode spoken" % ind)
    c.a("can i take the first line of the address and the postcode")
    if maybe(0.3):
        flat = R.randrange(1, 20)
        c.c("it's ", ag("flat %s %s %s" % (say_num(str(flat), homo=0), numtxt, street)))
    else:
        c.c(fill() + "it's ", ag("%s %s" % (numtxt, street)))
    c.a("and the postcode")
    if maybe(0.5):
        c.c(pg(o + " " + i))
    else:
        c.c(pg(o))
        c.a(back())
        c.c(pg(i))
    c.a("lovely i've got %s" % ch(["that", "the property there", "you"]))
    return c


def pos_us_address_call():
    ind = pick_ind(["retail", "healthcare", "insurance", "utilities", "telecom"])
    num = R.randrange(10, 9999)
    street = ch(STREETS) + " " + ch(SUFFIX_US)
    z = gen_zip()
    ag, zg = G("ADDRESS"), G("POSTCODE")
    c = Case("positive", "call/%s: US street address and ZIP code" % ind)
    c.a("what's the shipping address")
    c.c(fill() + "it's ", ag("%s %s" % (say_num(str(num), style=ch(["pairs", "single"]), homo=0), street)),
        ch([" in ", " that's in "]), ch(["austin texas", "columbus ohio", "denver", "portland oregon", "tampa"]))
    c.a("and the zip")
    c.c(zg(say_num(z, homo=0.1)))
    c.a("okay that should arrive %s" % ch(["thursday", "in three to five business days", "by the twelfth"]))
    return c


def pos_address_chat():
    uk = maybe(0.55)
    ag, pg = G("ADDRESS"), G("POSTCODE")
    c = Case("positive", "chat/%s: typed street address and %s" % ("retail" if uk else "retail", "postcode" if uk else "ZIP"))
    c.a(opener("retail", call=False))
    if uk:
        outward, inward = gen_uk_postcode()
        street = "%d %s %s" % (R.randrange(1, 300), ch(STREETS).capitalize(), ch(SUFFIX_UK).capitalize())
        if maybe(0.3):
            street = street.lower()
        pc = ch(["%s %s", "%s%s", "%s %s"]) % (outward, inward)
        if maybe(0.3):
            pc = pc.lower()
        c.c("can u change delivery to ", ag(street), ch([", Leeds ", " london ", ", Bristol, ", " "]), pg(pc))
    else:
        street = "%d %s %s" % (R.randrange(10, 9999), ch(STREETS).capitalize(), ch(["St", "Ave", "Blvd", "Dr", "Street"]))
        z = gen_zip()
        if maybe(0.3):
            z = z + "-" + gen_digits(4)
        c.c("new address is ", ag(street), ch([", Austin TX ", " Apt 4, Denver CO ", ", Tampa, FL "]), pg(z))
    c.a("Done - order #%d will go to the new address." % R.randrange(100000, 9999999))
    return c


def pos_postcode_verify_call():
    outward, inward = gen_uk_postcode()
    pg, dg = G("POSTCODE"), G("DOB")
    o, i = say_postcode(outward, inward)
    y, m, d = gen_date(1950, 2000)
    c = Case("positive", "call/banking: postcode and DOB for ID&V, postcode with self-correction")
    c.a("can you confirm the postcode on the account")
    wrong_o = outward
    c.c(G("POSTCODE", frag=True)(o), " ", ch(["no ", "sorry "]), pg(o + " " + i))
    c.a("and date of birth")
    c.c(dg(say_dob(y, m, d)))
    c.a("thank you you've passed security")
    return c


def pos_full_verification_call():
    ind = pick_ind(["banking", "telecom", "utilities", "insurance"])
    y, m, d = gen_date(1950, 2002)
    outward, inward = gen_uk_postcode()
    ph = gen_uk_mobile()
    num = R.randrange(1, 150)
    street = ch(STREETS) + " " + ch(SUFFIX_UK)
    dg, ag, pg, phg = G("DOB"), G("ADDRESS"), G("POSTCODE"), G("PHONE")
    o, i = say_postcode(outward, inward)
    c = Case("positive", "call/%s: ID&V with DOB, address, postcode and mobile; two values in one turn" % ind)
    c.a(opener(ind))
    c.c("hi i've been on hold for about forty minutes i want to query a charge of twelve ninety nine")
    c.a("sorry about the wait can i take your date of birth and the first line of the address")
    c.c(dg(say_dob(y, m, d)), " and it's ", ag(say_num(str(num), style="pairs") + " " + street), " ",
        pg(o + " " + i))
    c.a("and the mobile number on the account")
    parts = say_groups(ph, [5, 3, 3], homo=0.15)
    c.c(phg(parts[0]))
    c.a("yep")
    c.c(phg(parts[1] + " " + parts[2]))
    return c


def pos_card_and_ni_mix():
    v = gen_ni()
    card, sizes = gen_card()
    ng, cg = G("NI_NUMBER"), G("CARD_NUMBER")
    c = Case("positive", "call/government: NI number then card payment for a fee, values mixed with chit-chat")
    c.a("to pay the fee i'll need your national insurance number first")
    c.c(ng(" ".join(say_ni(v))), " sorry the dog's barking")
    c.a("no worries and the card you're paying with")
    parts = say_groups(card, sizes)
    c.c(cg(" ".join(parts[:2])), " ", ch(["um", "hold on", "wait"]), " ", cg(" ".join(parts[2:])))
    c.a("thank you that's sixty five pounds taken")
    return c


def pos_ssn_card_chat():
    s = gen_ssn()
    card, sizes = gen_card()
    sg, cg = G("SSN"), G("CARD_NUMBER")
    c = Case("positive", "chat/banking: SSN and card number in one typed message with typos")
    c.a(opener("banking", call=False))
    c.c("hi my card got declined at the store. ssn ", sg("%s-%s-%s" % (s[:3], s[3:5], s[5:])),
        " card numbr ", cg(group_str(card, sizes, ch([" ", "", "-"]))), " pls help")
    c.a("Thanks, I can see the decline on the $84.20 transaction.")
    return c




def pos_phone_area_code_call():
    ph = gen_us_phone()
    pg = G("PHONE")
    c = Case("positive", "call/%s: US phone said as 'area code ...' then the rest, agent reads back" % pick_ind(["retail", "healthcare", "insurance", "utilities"]))
    c.a("and a good callback number")
    c.c("area code ", pg(say_num(ph[:3], homo=0.1)), " ", ch(["and then ", "then ", "and it's "]),
        pg(say_num(ph[3:6], homo=0.1)), " ", pg(say_num(ph[6:], style=ch(["pairs", "single"]), homo=0.1)))
    c.a("so that's ", G("PHONE")(" ".join(say_groups(ph, [3, 3, 4], style="single", homo=0))))
    c.c(ch(["yep", "correct", "that's it yeah"]))
    return c


def pos_bank_oneturn_call():
    sc = gen_digits(6)
    acc = gen_digits(8)
    sg, ag = G("SORT_CODE"), G("BANK_ACCOUNT")
    ind = pick_ind(["banking", "insurance", "utilities", "government"])
    c = Case("positive", "call/%s: sort code and account number in one turn with a corrected digit and chit-chat" % ind)
    c.a("where would you like the refund of %s paid" % money_words())
    bad = acc[:5] + str((int(acc[5]) + 2) % 10)
    fg = G("BANK_ACCOUNT", frag=True)
    c.c("same account as before sort code ", sg(" ".join(say_groups(sc, [2, 2, 2], style=ch(["pairs", "single", None])))),
        " account number ", fg(say_num(bad, homo=0.1)), " no sorry ", ag(say_num(acc, homo=0.1)),
        " it's the joint one with my wife")
    c.a("okay that'll be with you in three to five working days")
    return c


def pos_card_chat_split():
    card, sizes = gen_card(ch(["visa", "mc", "disc"]))
    cg, eg, vg = G("CARD_NUMBER"), G("EXPIRY"), G("CVV")
    cut = ch([4, 6, 8, 12])
    c = Case("positive", "chat/%s: card typed across two messages with irregular grouping" % pick_ind(["retail", "travel", "telecom"]))
    c.a("Please type the long card number.")
    c.c(cg(card[:cut]))
    c.c(cg(ch([card[cut:], " ".join(card[k:k + 3] for k in range(cut, len(card), 3))])), ch(["", " sorry hit enter", " oops"]))
    m, y = gen_expiry()
    c.a("Thanks - expiry and CVV?")
    c.c(ch(["exp ", "", "expiry "]), eg(type_expiry(m, y)), ch([" cvv ", " ", ", "]), vg(gen_cvv()))
    return c


def pos_card_agent_restart():
    card, sizes = gen_card()
    cg, fg = G("CARD_NUMBER"), G("CARD_NUMBER", frag=True)
    parts = say_groups(card, sizes, homo=0.2)
    ind = pick_ind(["utilities", "telecom", "healthcare", "insurance"])
    c = Case("positive", "call/%s: agent stops the caller mid-number (bad line) and asks them to start again" % ind)
    c.a("go ahead with the card number")
    c.c(fg(" ".join(parts[:2])), " ", fg(say_num(card[sum(sizes[:2]):sum(sizes[:2]) + 2], homo=0)))
    c.a("sorry sorry you're breaking up can you start again from the beginning")
    c.c("oh okay ", cg(" ".join(parts[:2])))
    c.a(back())
    c.c(cg(" ".join(parts[2:])))
    c.a("thank you and the security code")
    cv = G("CVV")
    c.c(cv(say_num(gen_cvv(4 if len(card) == 15 else 3), homo=0.1)))
    return c


def pos_dob_with_age_call():
    y, m, d = gen_date(1950, 2004)
    age = 2026 - y
    dg = G("DOB")
    c = Case("positive", "call/%s: DOB given with the caller's age next to it (age not PII)" % pick_ind(["insurance", "healthcare", "travel"]))
    c.a("and the date of birth of the person travelling")
    c.c("that's my mum she was born ", dg(say_dob(y, m, d)), " so she's %s now" % say_pairs(str(age)) if age < 100 else "")
    c.a("okay and is she on any medication we need to know about")
    c.c("just blood pressure tablets two a day")
    return c


def pos_email_asr_call():
    f, l = ch(FIRST), ch(LAST)
    dom = ch(["gmail.com", "hotmail.co.uk", "outlook.ie", "yahoo.com"])
    num = str(R.randrange(1, 99))
    local = f + "." + l + num
    spoken_dom = {"gmail.com": "g mail dot com", "hotmail.co.uk": "hot mail dot co dot uk",
                  "outlook.ie": "out look dot i e", "yahoo.com": "yahoo dot com"}[dom]
    sp = "%s dot %s %s at %s" % (f, l, say_num(num, style="pairs", homo=0, zp=["oh", "zero"]), spoken_dom)
    assert normalise(sp, "email") == local + "@" + dom, sp
    eg = G("EMAIL")
    c = Case("positive", "call/%s: e-mail with ASR word splits ('g mail', 'hot mail') and digits as words" % pick_ind())
    c.a("what email will i send the receipt to")
    c.c(fill() + "it's ", eg(sp), " no capitals")
    c.a("grand that's sent")
    return c


def pos_asr_partial_itn_call():
    """ASR that normalises some number groups to digits and leaves others as words"""
    card, sizes = gen_card(ch(["visa", "mc"]))
    ph = gen_uk_mobile() if maybe(0.5) else gen_us_phone()
    cg, pg = G("CARD_NUMBER"), G("PHONE")
    groups, k = [], 0
    for sz in sizes:
        chunk = card[k:k + sz]
        groups.append(chunk if maybe(0.45) else say_num(chunk, homo=0.1))
        k += sz
    if all(g.isdigit() for g in groups):
        groups[1] = say_num(card[4:8], style="single", homo=0)
    c = Case("positive", "call/%s: ASR partly converted numbers to digits (mixed digit and word groups)" % pick_ind(["telecom", "retail", "travel"]))
    c.a("can i take a contact number first")
    pp = [ph[:5], ph[5:]] if ph.startswith("0") else [ph[:3], ph[3:6], ph[6:]]
    c.c(pg(" ".join(x if maybe(0.5) else say_num(x, homo=0) for x in pp)))
    c.a("thanks and the card number")
    c.c("yeah ", cg(" ".join(groups)))
    c.a("okay and the expiry")
    m, y = gen_expiry()
    eg = G("EXPIRY")
    c.c(eg(ch(["%02d/%02d" % (m, y % 100), say_expiry(m, y)])))
    return c


def pos_ni_restart_digits_call():
    v = gen_ni()
    g, fg = G("NI_NUMBER"), G("NI_NUMBER", frag=True)
    a, dd, suf = say_ni(v)
    c = Case("positive", "call/government: NI number where the caller loses their place in the digits and restarts")
    c.a("national insurance number please")
    c.c(fg(a + " " + say_num(v[2:5], homo=0)), " um hang on i've lost my place ", g(a + " " + dd + " " + suf))
    c.a("thank you")
    return c


# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------
def money_words():
    return ch(["two hundred and forty pounds", "a thousand three hundred and twelve dollars", "forty two fifty",
               "eighty nine pounds ninety nine", "one thousand four hundred and six euro", "twelve ninety nine",
               "three hundred and seventy five dollars and twenty cents", "nineteen pound",
               "sixty four fifty", "two thousand five hundred", "five hundred and fifty five pounds",
               "seven pounds twenty", "a hundred and one dollars", "thirty three euro forty"])


def ref_digits(n):
    return say_num(gen_digits(n, first_nonzero=True), homo=0.1)


def neg_balance_call():
    ind = pick_ind(["banking", "utilities", "telecom"])
    c = Case("negative", "call/%s: balances and amounts spoken as numbers" % ind)
    c.a("okay so your current balance is %s and your next bill is %s" % (money_words(), money_words()))
    c.c("and how much was last month")
    c.a("last month was %s so it's gone up about %s percent" % (money_words(), ch(["six", "twelve", "four point five"])))
    return c


def neg_order_call():
    ind = pick_ind(["retail", "telecom", "travel"])
    n = R.randrange(6, 11)
    word = ch(["order number", "reference number", "ticket number", "case number", "booking reference", "claim number"])
    c = Case("negative", "call/%s: %s (%d digits) spoken digit by digit with its reference word" % (ind, word, n))
    c.a("have you got the %s there" % word)
    c.c(ch(["yeah it's %s", "yeah the %s is %%s" % word, "%s" % word + " %s", "it's %s i think"]) % ref_digits(n))
    c.a("okay i can see that one from the %s of %s for %s" % (ch(ORD_WORDS[:20]), ch(MONTHS), money_words()))
    return c


def neg_order_split_call():
    n = R.randrange(8, 11)
    s = gen_digits(n, first_nonzero=True)
    word = ch(["order number", "reference", "invoice number", "claim reference"])
    c = Case("negative", "call/retail: %s read over several turns with back-channels" % word)
    c.a("can i take the %s" % word)
    parts = say_groups(s, [4, n - 4], homo=0.1)
    c.c("the %s is %s" % (word, parts[0]))
    c.a("mhm")
    c.c(parts[1])
    c.a("thanks that's the one for the sofa delivered on the %s" % ch(["third", "twelfth", "twenty first"]))
    return c


def neg_appointment_call():
    ind = pick_ind(["healthcare", "utilities", "telecom", "government"])
    c = Case("negative", "call/%s: appointment date and time that is not a date of birth" % ind)
    c.a("i can book an engineer for %s the %s of %s between %s and %s" % (
        ch(["monday", "tuesday", "thursday", "friday"]), ch(ORD_WORDS[:20]), ch(MONTHS),
        ch(["eight", "nine", "ten thirty"]), ch(["twelve", "one", "two thirty"])))
    c.c("the %s is fine i'm off work that day" % ch(ORD_WORDS[:20]))
    c.a("great and it'll take about %s" % ch(["forty five minutes", "two hours", "an hour and a half"]))
    return c


def neg_flight_call():
    c = Case("negative", "call/travel: flight numbers, times, seat and room numbers")
    c.a("so you're on flight %s departing at %s from gate %s" % (
        ch(["e i one five four", "b a two eight seven", "f r eight one two two", "u a nine oh one"]),
        ch(["six forty five", "fourteen twenty", "nine oh five", "ten fifteen pm"]), ch(["twelve", "b seven", "forty two"])))
    c.c("and the hotel")
    c.a("the hotel's booked for %s nights room %s" % (ch(["three", "seven", "fourteen"]), say_num(str(R.randrange(101, 999)), style="hundreds")))
    c.c("and how many bags can i take")
    c.a("two bags up to twenty three kilos each")
    return c


def neg_meter_call():
    c = Case("negative", "call/utilities: meter readings and tariff figures")
    c.a("can you read me the numbers on the meter")
    c.c("it says %s" % say_num(gen_digits(5, True), homo=0))
    c.a("and the night rate")
    c.c("%s" % say_num(gen_digits(5, True), homo=0))
    c.a("thanks so you used about %s units at %s pence per kilowatt hour" % (ch(["four hundred", "two hundred and ten", "nine hundred"]), ch(["twenty four point five", "thirty one", "nineteen"])))
    return c


def neg_speed_call():
    c = Case("negative", "call/telecom: router model, speeds and counts")
    c.a("which router have you got it should be on the sticker")
    c.c("it's %s" % ch(["a t g five eight nine", "the hub six", "a model d s l seven five four oh", "an archer c six",
                          "a netgear r seven thousand", "the smart hub two", "a fritz box seventy five ninety"]))
    c.a("and what speed are you getting")
    c.c("about %s meg down and %s up it should be %s" % (ch(["twelve", "thirty six", "eight"]), ch(["two", "seven"]), ch(["seventy", "five hundred", "nine hundred"])))
    c.a(ch(["okay i've raised fault reference f four nine two for you", "okay i've raised a fault ticket three three one oh eight for you",
            "okay i've raised a fault for you and an engineer will call within forty eight hours"]))
    return c


def neg_duration_call():
    c = Case("negative", "call/%s: durations, years and ages" % pick_ind())
    c.c("i've been a customer since %s and i've been on hold for %s" % (
        ch(["two thousand and nine", "nineteen ninety eight", "twenty fifteen"]), ch(["forty minutes", "an hour and ten minutes", "twenty five minutes"])))
    c.a("i'm really sorry about that")
    c.c("my son's %s and he's on the plan too that's %s lines" % (ch(["seventeen", "twelve", "nineteen"]), ch(["three", "four"])))
    c.a("okay so that's %s a month for all of them" % money_words())
    return c


def neg_contract_call():
    c = Case("negative", "call/telecom: contract start and end dates, payment dates")
    c.a("your contract started on the %s of %s %s and runs for %s months" % (
        ch(ORD_WORDS[:20]), ch(MONTHS), ch(["twenty twenty four", "two thousand and twenty three"]), ch(["twenty four", "eighteen", "twelve"])))
    c.c("so when can i leave")
    c.a("from the %s of %s and the last payment of %s goes out on the %s" % (
        ch(ORD_WORDS[:20]), ch(MONTHS), money_words(), ch(["first", "fifth", "twenty eighth"])))
    return c


def neg_temperature_call():
    c = Case("negative", "call/utilities: temperatures, boiler pressure and percentages")
    c.c("the heating is set to %s degrees but it's only %s in here" % (ch(["twenty one", "nineteen", "twenty two"]), ch(["fourteen", "sixteen"])))
    c.a("what's the pressure gauge saying")
    c.c("it's on %s" % ch(["point eight", "one point five", "nought point five"]))
    c.a("okay and the boiler model is it the %s" % ch(["combi thirty", "ideal logic twenty four", "vaillant ecotec plus eight two five"]))
    return c


def neg_chat_order():
    ind = pick_ind(["retail", "telecom", "travel"])
    n = R.randrange(6, 11)
    s = gen_digits(n, True)
    c = Case("negative", "chat/%s: typed order/ticket/invoice references, prices, times" % ind)
    c.c(ch(["Order #%s still hasnt arrived", "ticket %s - any update?", "Invoice INV-%s is wrong",
            "ref: %s, charged twice", "Booking ref %s"]) % s)
    c.a("Sorry about that. I can see it was dispatched on %s at %s." % (
        ch(["12/03", "Tuesday", "the 4th", "3 March"]), ch(["14:32", "9am", "11:05", "16.45"])))
    c.c("it was %s and i paid extra %s for next day" % (ch(["£249.99", "$1,249.00", "€89", "£1299"]), ch(["£4.95", "$12", "€7.50"])))
    return c


def neg_chat_misc():
    c = Case("negative", "chat/%s: quantities, percentages, model numbers, years" % pick_ind())
    c.c(ch(["I ordered 3 x 2.5m curtains (model CT-4471) but got 2", "Router HG8245H keeps dropping, 12 times today",
            "Price went up 8.9% from £42 to £45.74??", "Got 2 adults + 3 kids, flight FR 8122 on 14 Aug",
            "we moved here in 2019 and the bill has doubled since 2021"]))
    c.a(ch(["I'm sorry to hear that. I've logged case 55210993.", "Thanks, I've raised ticket 8841207 for you.",
            "Let me check that for you, it may take 5-10 minutes."]))
    c.c(ch(["ok ta", "fine, I'll wait till 3pm", "thanks, 2nd time this year", "cheers"]))
    return c


def neg_chat_payment_date():
    c = Case("negative", "chat/banking: payment dates, amounts and last-4-free statements, no PII")
    c.c("My direct debit of %s went out on %s instead of %s" % (
        ch(["£120.00", "£64.50", "€210", "$75.25"]), ch(["01/11/2026", "3rd Nov", "Nov 3, 2026", "2026-11-03"]),
        ch(["the 15th", "15/11", "Nov 15"])))
    c.a("Apologies, I can refund the %s fee of %s within 3-5 working days." % (ch(["late", "returned payment"]), ch(["£12", "£25", "$35"])))
    return c


def neg_claim_call():
    c = Case("negative", "call/insurance: claim number with letters, excess amount, incident date")
    c.a("what's the claim number")
    c.c("c l m %s" % ref_digits(R.randrange(6, 9)))
    c.a("okay i can see the incident on the %s of %s and the excess is %s" % (
        ch(ORD_WORDS[:20]), ch(MONTHS), ch(["two hundred and fifty pounds", "five hundred euro", "a hundred pound"])))
    c.c("and how long will it take")
    c.a("usually ten to fourteen working days")
    return c


def neg_last_digits_chat_call():
    c = Case("negative", "call/healthcare: visit dates, counts, invoice number and balance")
    c.a("i can see %s visits on the account the last one on %s the %s" % (ch(["three", "two", "five"]), ch(MONTHS), ch(ORD_WORDS[:20])))
    c.c("and what's outstanding")
    c.a("there's %s left after insurance on invoice %s" % (money_words(), ref_digits(R.randrange(6, 9))))
    c.c("can i pay that in %s instalments" % ch(["three", "four", "six"]))
    return c


def neg_hold_call():
    c = Case("negative", "call/government: office hours, queue positions and processing times")
    c.a("the office is open from nine till five thirty monday to friday")
    c.c("and how long is the wait")
    c.a("you're number %s in the queue and applications take about %s weeks" % (ch(["twelve", "forty", "six"]), ch(["six", "eight", "ten to twelve"])))
    c.c("okay and the fee is still %s" % ch(["seventy five euro", "eighty two fifty", "one hundred and twenty pounds"]))
    return c


def neg_chat_price():
    c = Case("negative", "chat/retail: prices, instalments, APR, stock counts")
    c.c(ch(["is the 55\" TV still £%d.99?" % R.randrange(300, 1500), "how much is the sofa in grey, was $%d" % R.randrange(400, 2500),
            "can I get 24 months 0%% finance on the £%d bed?" % R.randrange(300, 2000)]))
    c.a("Yes - it's %s or %d payments of %s at %s APR. We have %d in stock." % (
        ch(["£899", "$1,249.99", "€749"]), ch([12, 24, 36]), ch(["£37.46", "$52.08", "€20.81"]), ch(["0%", "9.9%", "19.9%"]), R.randrange(2, 40)))
    c.c(ch(["ok and delivery?", "great thanks", "any discount codes?"]))
    c.a("Delivery is %s within %d-%d working days." % (ch(["£29", "free", "$49"]), R.randrange(2, 5), R.randrange(5, 10)))
    return c


def neg_callback_time_call():
    c = Case("negative", "call/%s: callback times, days and durations" % pick_ind())
    c.c("can someone ring me back %s between %s and %s" % (ch(["tomorrow", "on thursday", "next monday"]),
        ch(["two", "half nine", "ten fifteen", "one o'clock"]), ch(["four", "half eleven", "three thirty", "five"])))
    c.a("yes i'll book that in it'll be within a %s window" % ch(["two hour", "thirty minute", "four hour"]))
    c.c("and it won't take more than %s will it" % ch(["twenty minutes", "half an hour", "an hour"]))
    c.a("no about %s" % ch(["ten minutes", "fifteen minutes", "five minutes tops"]))
    return c


def neg_policy_dates_chat():
    y = R.randrange(2025, 2028)
    c = Case("negative", "chat/insurance: policy start/renewal dates and premium, not birth dates")
    c.c("When does my policy renew? I think it started %02d/%02d/%d" % (R.randrange(1, 29), R.randrange(1, 13), y - 1))
    c.a("Your cover runs from %d %s %d to %d %s %d and the premium is %s." % (
        R.randrange(1, 29), ch(MONTHS).capitalize(), y - 1, R.randrange(1, 29), ch(MONTHS).capitalize(), y,
        ch(["£412.36", "€689", "$1,104.50"])))
    c.c("ok and the no claims discount is %d years right?" % R.randrange(2, 10))
    return c


def neg_vehicle_call():
    c = Case("negative", "call/government: vehicle year, engine size, mileage, fee")
    c.c("it's a %s %s one point %s litre" % (ch(["twenty nineteen", "two thousand and twelve", "twenty twenty two"]),
                                             ch(["golf", "focus", "corolla", "qashqai"]), ch(["four", "six", "eight", "two"])))
    c.a("and roughly what mileage")
    c.c("about %s thousand miles" % ch(["forty two", "sixty", "eighty five", "twelve"]))
    c.a("okay the tax for twelve months is %s" % ch(["one hundred and ninety pounds", "two hundred and eighty euro", "a hundred and sixty five"]))
    return c


def neg_quantity_call():
    c = Case("negative", "call/retail: quantities, sizes and product codes")
    c.c("i ordered %s boxes of the %s millimetre tiles and %s tins of paint" % (ch(["twelve", "six", "twenty"]), ch(["sixty", "three hundred", "ten"]), ch(["three", "four", "two"])))
    c.a("i can see product code %s on the order" % ch(["t l four four two", "p t twelve fifty", "x c nine oh one"]))
    c.c("yeah only %s boxes came" % ch(["eight", "four", "fifteen"]))
    return c


def neg_tracking_call():
    n = R.randrange(7, 11)
    c = Case("negative", "call/retail: parcel tracking number (%d digits) and delivery window" % n)
    c.a("have you got the tracking number")
    c.c("yeah the tracking number's %s" % say_num(gen_digits(n, True), style=ch(["single", "pairs"]), homo=0.1))
    c.a("it's out for delivery today between %s and %s" % (ch(["eleven", "one", "nine"]), ch(["two", "three", "five"])))
    return c


POS_TEMPLATES = [
    (pos_card_call_oneturn, 16), (pos_card_call_split, 12), (pos_card_call_restart, 6), (pos_card_readback, 6),
    (pos_card_chat, 10), (pos_ssn_call, 13), (pos_ssn_correction, 5), (pos_ssn_interrupt, 5), (pos_ssn_chat, 8),
    (pos_ssn_with_dob_call, 4), (pos_ni_call, 14), (pos_ni_correction, 5), (pos_ni_chat, 9),
    (pos_ni_with_phone_call, 4), (pos_bank_call, 7), (pos_bank_correction_call, 4), (pos_bank_chat, 4),
    (pos_us_account_call, 4), (pos_iban_call, 8), (pos_iban_chat, 5), (pos_phone_call, 9), (pos_phone_readback, 3),
    (pos_phone_chat, 5), (pos_email_call, 8), (pos_email_spelled_call, 3), (pos_email_chat, 5), (pos_dob_call, 7),
    (pos_dob_chat, 5), (pos_uk_address_call, 7), (pos_us_address_call, 5), (pos_address_chat, 5),
    (pos_postcode_verify_call, 3), (pos_full_verification_call, 5), (pos_card_and_ni_mix, 3), (pos_ssn_card_chat, 3),
    (pos_phone_area_code_call, 5), (pos_bank_oneturn_call, 5), (pos_card_chat_split, 4), (pos_card_agent_restart, 5),
    (pos_dob_with_age_call, 4), (pos_email_asr_call, 4), (pos_ni_restart_digits_call, 4),
    (pos_asr_partial_itn_call, 5),
]


NEG_TEMPLATES = [
    (neg_balance_call, 8), (neg_order_call, 14), (neg_order_split_call, 6), (neg_appointment_call, 8),
    (neg_flight_call, 5), (neg_meter_call, 5), (neg_speed_call, 4), (neg_duration_call, 5),
    (neg_contract_call, 6), (neg_temperature_call, 4), (neg_chat_order, 10), (neg_chat_misc, 8),
    (neg_chat_payment_date, 5), (neg_claim_call, 5), (neg_last_digits_chat_call, 5), (neg_hold_call, 4),
    (neg_chat_price, 5), (neg_callback_time_call, 5), (neg_policy_dates_chat, 4), (neg_vehicle_call, 4),
    (neg_quantity_call, 4), (neg_tracking_call, 5),
]


# --------------------------------------------------------------------------
def build():
    cases = []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            cases.append(fn())
    pos = cases
    neg = []
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    out = []
    for k, c in enumerate(pos, 1):
        out.append(("%s-pos-%03d" % (PREFIX, k), c))
    for k, c in enumerate(neg, 1):
        out.append(("%s-neg-%03d" % (PREFIX, k), c))
    return out


def serialise(built):
    lines = []
    for cid, c in built:
        spans = sorted(c.spans, key=lambda s: (s[0], s[1]))
        obj = {"id": cid, "kind": c.kind, "turns": c.turns,
               "spans": [{"turn": t, "start": s, "end": e, "type": g.typ} for t, s, e, g in spans],
               "note": c.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def verify(built):
    problems = []
    ids = set()
    for cid, c in built:
        if cid in ids:
            problems.append("%s: duplicate id" % cid)
        ids.add(cid)
        if c.kind == "negative" and c.spans:
            problems.append("%s: negative with spans" % cid)
        if c.kind == "positive" and not c.spans:
            problems.append("%s: positive without spans" % cid)
        for turn in c.turns:
            if turn["speaker"] not in ("agent", "customer") or not turn["text"]:
                problems.append("%s: bad turn %r" % (cid, turn))
        spans = sorted(c.spans, key=lambda s: (s[0], s[1]))
        for k, (t, s, e, g) in enumerate(spans):
            if g.typ not in TYPES:
                problems.append("%s: bad type %s" % (cid, g.typ))
            if not (0 <= t < len(c.turns)):
                problems.append("%s: turn out of range" % cid)
                continue
            text = c.turns[t]["text"]
            if not (0 <= s < e <= len(text)):
                problems.append("%s: offsets out of range" % cid)
                continue
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                problems.append("%s: span not on word boundary %r" % (cid, text[s:e]))
            if text[s].isspace() or text[e - 1].isspace():
                problems.append("%s: span has outer whitespace %r" % (cid, text[s:e]))
            if k and spans[k - 1][0] == t and spans[k - 1][2] > s:
                problems.append("%s: overlapping spans" % cid)
        groups = {}
        for t, s, e, g in spans:
            groups.setdefault(id(g), (g, []))[1].append(c.turns[t]["text"][s:e])
        for g, texts in groups.values():
            err = validate_value(g.typ, texts, g.frag)
            if err:
                problems.append("%s: %s %s: %s" % (cid, g.typ, texts, err))
    return problems


def counts(built):
    per = {t: 0 for t in TYPES}
    pos = neg = call = 0
    for cid, c in built:
        if c.kind == "positive":
            pos += 1
        else:
            neg += 1
        if c.note.startswith("call/"):
            call += 1
        for _t, _s, _e, g in c.spans:
            per[g.typ] += 1
    return per, pos, neg, call


def readme(built):
    per, pos, neg, call = counts(built)
    rows = "\n".join("| %s | %d |" % (t, per[t]) for t in TYPES)
    return README_TEMPLATE.format(pos=pos, neg=neg, total=pos + neg, call=call, chat=pos + neg - call,
                                  rows=rows, spans=sum(per.values()), seed=SEED)


README_TEMPLATE = """# PII hold-out set 67 (`pii_holdout67`)

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not looked at. Do not read the cases while changing
redaction rules, and do not add its values to any pattern list or test.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not read the redaction code, its tests, its documentation or the other PII
fixtures; only a three-line sample of the JSONL format was seen. Nothing was
run against the redactor while writing the set.

Cases are produced by `scripts/make_pii_holdout67.py` from template functions.
Every turn is assembled from plain-text segments and (value, TYPE) segments,
so offsets are computed, never typed by hand. All values come from a single
`random.Random({seed})`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout67.py --check` regenerates the file and checks
that it is identical, ids are unique, offsets are in range and on word
boundaries, spans do not overlap, and that every value is valid after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, nine
digits for SSNs, six for sort codes, digit counts for CVV/phone/account,
UK postcode / US ZIP shapes, street suffix for addresses, a parsable date for
DOB/expiry).

## Contents

{total} cases: {pos} positive, {neg} negative; {call} phone-call transcripts
(ASR style: lower case, little punctuation, numbers as words) and {chat} typed
chats. {spans} labelled spans.

| type | spans |
|---|---|
{rows}

Call cases deliberately include: digits as words with "oh" / "o" / "nought" /
"zero" / "owe" for 0; "double"/"triple"; pairs ("forty one", "oh seven");
hundreds ("four hundred and twelve"); ASR homophones ("for" = 4, "to"/"too" =
2, "ate" = 8, "see" = C, "jay" = J, "are" = R ...); letters spelled with the
phonetic alphabet ("b for bravo"); e-mail addresses as "j dot walsh at gmail
dot com"; values split over several customer turns with agent back-channels;
fillers ("um", "uh") inside readings; restarts and self-corrections; agent
read-backs; two values in one turn; non-PII numbers (amounts, dates, times,
reference numbers) next to the PII.

Negatives contain only look-alikes that must not be redacted: money amounts,
balances, prices, percentages, times, durations, counts, years, ages,
temperatures, appointment / contract / payment dates, order / ticket / invoice /
claim / booking references (6-10 digits, always with their reference word),
flight, gate and room numbers, meter readings, router/boiler model numbers and
speeds.

## Annotation conventions

* A span covers the value only: lead-ins such as "it's", "my number is",
  "sort code" and trailing words ("thanks", "at the end") are outside.
* Fillers ("um", "uh") that occur *inside* a reading are inside the span.
* A value split over turns gets one span per turn; a value interrupted inside
  one turn ("... and then c", "hold on") gets one span per piece, and the
  interrupting words are outside.
* Agent read-backs of a value are labelled too (they are PII as well).
* Partial or abandoned readings (restarts, a wrong digit before "no sorry",
  the wrong card, the agent echoing one group) are labelled with the type of
  the value being read; they are PII fragments and must be redacted.
* CARD_NUMBER: the digits only; "visa"/"debit" outside. EXPIRY: month and year
  including "slash". CVV: the digits.
* PHONE: includes "plus four four" / "+44" / "(0)" and brackets; "area code"
  words outside.
* EMAIL: the whole spoken or typed address including "dot" / "at" and
  "x for xray" spellings.
* DOB: the whole date including "the", "of", ordinal day, month and year.
* ADDRESS: house (and flat) number plus street name and street type; town,
  state and postcode are outside (postcodes are their own POSTCODE span).
* POSTCODE: UK postcode (outward and inward part, possibly two spans when split
  over turns) or US ZIP / ZIP+4.
* NI_NUMBER: two prefix letters, six digits and suffix letter; SSN: nine
  digits; SORT_CODE: six digits; BANK_ACCOUNT: the account digits; IBAN: the
  whole IBAN including country code and check digits.
"""


def main():
    check = "--check" in sys.argv[1:]
    built = build()
    data = serialise(built)
    text_readme = readme(built)
    problems = verify(built)
    per, pos, neg, call = counts(built)
    if pos < 170:
        problems.append("only %d positives" % pos)
    if neg < 100:
        problems.append("only %d negatives" % neg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if per[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, per[t], need))
    if check:
        try:
            with open(CASES_PATH, encoding="utf-8") as fh:
                on_disk = fh.read()
        except OSError as e:
            on_disk = None
            problems.append("cannot read %s: %s" % (CASES_PATH, e))
        if on_disk is not None and on_disk != data:
            problems.append("cases.jsonl differs from regenerated output")
        if on_disk is not None:
            for k, line in enumerate(on_disk.splitlines(), 1):
                try:
                    obj = json.loads(line)
                except ValueError:
                    problems.append("line %d: invalid JSON" % k)
                    continue
                for sp in obj.get("spans", []):
                    tt = obj["turns"][sp["turn"]]["text"] if 0 <= sp["turn"] < len(obj["turns"]) else ""
                    if not (0 <= sp["start"] < sp["end"] <= len(tt)):
                        problems.append("line %d: span out of range" % k)
        try:
            with open(README_PATH, encoding="utf-8") as fh:
                if fh.read() != text_readme:
                    problems.append("README.md differs from regenerated output")
        except OSError as e:
            problems.append("cannot read README: %s" % e)
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES_PATH, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
        with open(README_PATH, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text_readme)
    print("pii_holdout67: %d positive, %d negative, %d call / %d chat" % (pos, neg, call, pos + neg - call))
    for t in TYPES:
        print("  %-13s %d" % (t, per[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:60]:
            print("  " + p)
        sys.exit(1)
    print("check OK" if check else "written %s" % CASES_PATH)


if __name__ == "__main__":
    main()

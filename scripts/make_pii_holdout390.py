#!/usr/bin/env python3
"""Generate the pii_holdout390 held-out PII redaction evaluation set.

Written by an AI helper acting as an independent test author, without
seeing the redaction engine.  Standard library only; one RNG seeded
390241125.  Every turn is assembled from plain-text segments and labelled
value segments, so offsets are computed, never typed by hand.

Usage:
    python scripts/make_pii_holdout390.py          # write the fixture
    python scripts/make_pii_holdout390.py --check  # regenerate and verify
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout390", "cases.jsonl")

R = random.Random(390241125)

# ---------------------------------------------------------------- words
DIGIT_WORD = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZERO_WORDS = ["oh", "o", "nought", "zero"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD_ONES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9}
ORD_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
             "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j",
        "juliett": "j", "kilo": "k", "lima": "l", "mike": "m", "november": "n",
        "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s",
        "tango": "t", "uniform": "u", "victor": "v", "whiskey": "w", "whisky": "w",
        "xray": "x", "yankee": "y", "zulu": "z"}
NATO_BY_LETTER = {}
for _w, _l in NATO.items():
    NATO_BY_LETTER.setdefault(_l, _w)
FOLK = {"a": ["apple", "alfred"], "b": ["bertie", "bob", "beer"], "c": ["cat", "charles"],
        "d": ["david", "dog"], "e": ["edward", "egg"], "f": ["freddie", "frank"],
        "g": ["george"], "h": ["harry", "henry"], "j": ["john", "jam"],
        "k": ["kate", "king"], "l": ["london", "lucy"], "m": ["mother", "mary"],
        "n": ["nellie", "nora"], "p": ["peter", "paul"], "r": ["robert", "roger"],
        "s": ["sugar", "sam"], "t": ["tommy", "tom"], "w": ["william", "walter"],
        "x": ["x ray"], "y": ["yellow"], "z": ["zebra"]}
FILLERS_IN = ["um", "uh", "er", "erm", "hmm", "um, um", "uh..."]
SKIP_WORDS = set("um uh er erm hmm ah and then is its it's that's sorry slash dash "
                 "hyphen space point dot-dash capital small lower upper case "
                 "letter number".split())
STREET_SUFFIX = ["road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "close",
                 "drive", "dr", "way", "crescent", "gardens", "terrace", "court", "place",
                 "grove", "boulevard", "blvd", "parade", "hill", "park", "row", "walk"]


# ------------------------------------------------------------ normaliser
def tokens(text):
    # typed upper-case letter groups (e.g. 'ER' in an NI number) are marked so that
    # they are never mistaken for spoken fillers
    out = []
    for t in re.findall(r"[A-Za-z]+'?[a-z]*|\d+|[@._+-]", text):
        out.append(t.lower() if not (t.isupper() and t.lower() in SKIP_WORDS) else "^" + t.lower())
    return out


def spoken_to_chars(text, keep_symbols=False):
    """Normalise a (typed or spoken) value to a compact string of digits/letters.

    Handles digit words, oh/o/nought/zero, teens, tens (+unit), 'N hundred [and] M',
    double/triple, NATO words, 'j for juliet' / 'j as in juliet', fillers.
    """
    toks = tokens(text)
    out = []
    i = 0
    rep = 1

    def emit(s):
        nonlocal rep
        out.append(s * rep if len(s) == 1 else s)
        rep = 1

    def num_at(j):
        """parse a number-word group at j; return (digits, next_j) or None"""
        t = toks[j]
        if t in DIGIT_WORD[1:]:
            n = DIGIT_WORD.index(t)
            if j + 1 < len(toks) and toks[j + 1] == "hundred":
                k = j + 2
                if k < len(toks) and toks[k] == "and":
                    k += 1
                rest = 0
                if k < len(toks):
                    sub = small_at(k)
                    if sub is not None:
                        rest, k = sub
                return "%d%02d" % (n, rest), k
            return str(n), j + 1
        sub = small_at(j)
        if sub is not None:
            v, k = sub
            return "%02d" % v, k
        return None

    def small_at(j):
        t = toks[j]
        if t in TEENS:
            return 10 + TEENS.index(t), j + 1
        for d, w in TENS.items():
            if t == w:
                if j + 1 < len(toks) and toks[j + 1] in DIGIT_WORD[1:]:
                    return d * 10 + DIGIT_WORD.index(toks[j + 1]), j + 2
                return d * 10, j + 1
        if t in DIGIT_WORD[1:]:
            return DIGIT_WORD.index(t), j + 1
        return None

    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            i += 1
            continue
        if t.isdigit():
            if rep > 1 and len(t) == 1:
                emit(t)
            else:
                out.append(t)
                rep = 1
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for":
            emit(t)
            i += 3
            if i < len(toks) and toks[i - 1] == "x" and toks[i] == "ray":
                i += 1
            continue
        if len(t) == 1 and t.isalpha() and i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
            emit(t)
            i += 4
            continue
        if t in ZERO_WORDS:
            emit("0")
            i += 1
            continue
        if t in ("plus",):
            if keep_symbols:
                out.append("+")
            i += 1
            continue
        if t in "@._+-":
            if keep_symbols:
                out.append(t)
            i += 1
            continue
        if t in DIGIT_WORD or t in TEENS or t in TENS.values():
            if rep > 1 and t in DIGIT_WORD:
                emit(str(DIGIT_WORD.index(t)))
                i += 1
                continue
            r = num_at(i)
            out.append(r[0])
            rep = 1
            i = r[1]
            continue
        if t in NATO:
            emit(NATO[t])
            i += 1
            continue
        if len(t) == 1 and t.isalpha():
            # 'j for juliet' / 'j as in juliet'
            if i + 2 < len(toks) and toks[i + 1] == "for":
                emit(t)
                i += 3
                if i < len(toks) and toks[i - 1] == "x" and toks[i] == "ray":
                    i += 1
                continue
            if i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
                emit(t)
                i += 4
                continue
            emit(t)
            i += 1
            continue
        if t in SKIP_WORDS:
            i += 1
            continue
        # unknown alphabetic chunk (typed letters such as 'SW' or 'GB', names)
        out.append(t.lstrip("^"))
        rep = 1
        i += 1
    return "".join(out)


def email_norm(text):
    if "@" in text:
        return text.strip().lower()
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in FILLERS_IN or t in ("um", "uh", "er", "erm"):
            pass
        else:
            # numbers and letters via the generic normaliser, one token at a time
            j = i
            while j < len(toks) and toks[j] not in ("dot", "at", "underscore", "dash", "hyphen"):
                j += 1
            out.append(spoken_to_chars(" ".join(toks[i:j])))
            i = j
            continue
        i += 1
    return "".join(out)


def luhn_ok(d):
    s = 0
    for k, ch in enumerate(reversed(d)):
        v = int(ch)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
ZIP_RE = re.compile(r"\d{5}(\d{4})?")


def date_parts(text):
    """Loose parse: returns (has_month, number-chunks)."""
    t = text.lower()
    for w, v in ORD_ONES.items():
        for tw, tv in TENS.items():
            t = re.sub(r"\b%s[ -]%s\b" % (TENS[tw], w), str(tw * 10 + v), t)
    t = re.sub(r"\b(the|of)\b", " ", t)
    has_month = any(re.search(r"\b%s" % m[:3], t) for m in MONTHS)
    digits = spoken_to_chars(re.sub(r"\b(%s)\w*" % "|".join(m[:3] for m in MONTHS), " ", t)
                             .replace("the ", " ").replace(" of ", " "))
    for w, v in list(ORD_ONES.items()) + list(ORD_TEENS.items()):
        digits = digits.replace(w, "%02d" % v)
    digits = re.sub(r"(st|nd|rd|th)", "", digits)
    return has_month, digits


def validate(vtype, text):
    """text = the labelled value (fragments of one value joined by a space)."""
    if vtype == "EMAIL":
        return re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", email_norm(text)) is not None
    if vtype == "ADDRESS":
        low = text.lower()
        first = tokens(low)[0]
        numeric = first.isdigit() or first in ("flat", "apartment", "apt", "unit") or \
            first in DIGIT_WORD or first in TEENS or first in TENS.values()
        return numeric and any(re.search(r"\b%s\b" % s, low) for s in STREET_SUFFIX)
    if vtype in ("DOB", "EXPIRY"):
        has_month, digits = date_parts(text)
        if not digits.isdigit():
            return False
        if vtype == "EXPIRY":
            return (has_month and len(digits) in (2, 4)) or len(digits) in (4, 6)
        return (has_month and len(digits) in (3, 4, 5, 6)) or len(digits) in (5, 6, 7, 8)
    n = spoken_to_chars(text).upper()
    if vtype == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if vtype == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if vtype == "SSN":
        return n.isdigit() and len(n) == 9
    if vtype == "NI_NUMBER":
        return NI_RE.fullmatch(n) is not None
    if vtype == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if vtype == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if vtype == "IBAN":
        return iban_ok(n)
    if vtype == "PHONE":
        return n.isdigit() and 7 <= len(n) <= 15
    if vtype == "POSTCODE":
        return UKPC_RE.fullmatch(n) is not None or ZIP_RE.fullmatch(n) is not None
    return False


# ------------------------------------------------------------ value makers
def rand_digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def make_card():
    kind = R.random()
    if kind < 0.45:
        prefix, length = "4", 16
    elif kind < 0.7:
        prefix, length = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind < 0.82:
        prefix, length = R.choice(["34", "37"]), 15
    elif kind < 0.9:
        prefix, length = "6011", 16
    elif kind < 0.95:
        prefix, length = "4", 13
    else:
        prefix, length = R.choice(["4", "6759"]), 19
    body = prefix + rand_digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 13:
        return [d[:4], d[4:8], d[8:]]
    if len(d) == 19:
        return [d[:4], d[4:8], d[8:12], d[12:16], d[16:]]
    return [d[i:i + 4] for i in range(0, 16, 4)]


def make_ssn():
    while True:
        a = rand_digits(3)
        if a not in ("000", "666") and a[0] != "9":
            break
    return [a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)]


def make_ni():
    p1 = R.choice("ABCEGHJKLMNPRSTWXYZ")
    p2 = R.choice("ABCEGHJKLMNPRSTWXYZ")
    d = rand_digits(6)
    return [p1 + p2, d[:2], d[2:4], d[4:], R.choice("ABCD")]


def iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    c = R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if c in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) if c == "GB" else \
            R.choice(["AIBK", "BOFI", "IPBS"])
        bban = bank + rand_digits(6) + rand_digits(8)
    elif c == "DE":
        bban = rand_digits(18)
    elif c == "FR":
        bban = rand_digits(23)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rand_digits(10)
    else:
        bban = rand_digits(20)
    s = c + iban_check(c, bban) + bban
    assert iban_ok(s)
    return s


def make_phone():
    k = R.choice(["ukmob", "ukgeo", "ukintl", "us", "usintl", "ie", "ieintl", "fr"])
    if k == "ukmob":
        return k, ["07" + rand_digits(3), rand_digits(6)]
    if k == "ukgeo":
        return k, [R.choice(["0161", "0113", "0121", "0131", "0141", "0117"]), rand_digits(3),
                   rand_digits(4)]
    if k == "ukintl":
        return k, ["44", "7" + rand_digits(3), rand_digits(6)]
    if k == "us":
        return k, [R.choice("23456789") + rand_digits(2), R.choice("23456789") + rand_digits(2),
                   rand_digits(4)]
    if k == "usintl":
        return k, ["1", R.choice("23456789") + rand_digits(2), R.choice("23456789") + rand_digits(2),
                   rand_digits(4)]
    if k == "ie":
        return k, ["08" + R.choice("35679"), rand_digits(3), rand_digits(4)]
    if k == "ieintl":
        return k, ["353", "8" + R.choice("35679"), rand_digits(3), rand_digits(4)]
    return k, ["33", R.choice("67"), rand_digits(2), rand_digits(2), rand_digits(2), rand_digits(2)]


FIRST = ["margaret", "dorothy", "arthur", "harold", "joan", "brian", "eileen", "kevin",
         "patricia", "seamus", "siobhan", "maureen", "walter", "gladys", "raymond", "betty",
         "desmond", "linda", "frank", "irene", "carlos", "ingrid", "pieter", "aoife"]
LAST = ["hill", "okafor", "mcbride", "patel", "whitaker", "doyle", "murphy", "kowalski",
        "brennan", "fitzgerald", "holmes", "nguyen", "garcia", "schmidt", "o'neill", "price"]
DOMAINS = ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.com", "aol.com",
           "outlook.com", "eircom.net", "sky.com", "icloud.com", "talktalk.net", "web.de"]
STREETS = ["mill road", "acacia avenue", "church lane", "station road", "the crescent",
           "victoria street", "oak tree close", "elm grove", "king's parade", "high street",
           "willow drive", "maple court", "harbour view terrace", "main street",
           "cedar lane", "park avenue", "sycamore way", "lincoln boulevard", "orchard walk",
           "st john's place", "bridge street", "meadow gardens"]
TOWNS = ["leeds", "swindon", "cork", "galway", "portsmouth", "dayton", "tucson", "bolton",
         "stockport", "limerick", "norwich", "albany"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST).replace("'", "")
    style = R.randint(0, 4)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(R.randint(40, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = l + f[0] + str(R.randint(1, 9))
    else:
        local = f + str(R.randint(1930, 1960))
    return local, R.choice(DOMAINS)


def make_uk_postcode():
    area = R.choice(["SW", "M", "LS", "B", "BS", "NE", "CF", "EH", "G", "L", "S", "OX", "PO", "NR"])
    dist = str(R.randint(1, 29))
    if area == "SW" and R.random() < 0.3:
        dist = "1" + R.choice("AEPWXY")
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist, inward


def make_zip():
    z = rand_digits(5, True)
    if R.random() < 0.3:
        return z + "-" + rand_digits(4)
    return z


# ------------------------------------------------------------ rendering
def say_digit(ch, zero=None):
    if ch == "0":
        return zero or R.choice(ZERO_WORDS[:3] + ["oh", "zero"])
    return DIGIT_WORD[int(ch)]


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return say_digit("0") + " " + say_digit(p[1])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + DIGIT_WORD[b]


def say_group(g, style=None):
    """spoken rendering of a digit string in one of several styles; verified."""
    style = style or R.choice(["digits", "digits", "digits", "doubles", "pairs", "hundreds"])
    zero = R.choice(["oh", "oh", "zero", "nought", "o"])
    words = []
    if style == "pairs" and len(g) >= 2:
        i = 0
        if len(g) % 2 == 1:
            words.append(say_digit(g[0], zero))
            i = 1
        while i < len(g):
            words.append(say_pair(g[i:i + 2]))
            i += 2
    elif style == "hundreds" and len(g) == 3 and g[0] != "0":
        rest = int(g[1:])
        w = DIGIT_WORD[int(g[0])] + " hundred"
        w += R.choice([" and ", " "]) + (say_pair(g[1:]) if rest >= 10 else DIGIT_WORD[max(rest, 1)])
        words.append(w)
    elif style == "hundreds" and len(g) == 4 and g[0] != "0" and g[1] != "0":
        words.append(say_pair(g[:2]))
        words.append(say_pair(g[2:]) if g[2] != "0" else say_digit("0", zero) + " " + say_digit(g[3], zero))
    elif style == "doubles":
        i = 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2]:
                words.append("triple " + say_digit(g[i], zero))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1]:
                words.append("double " + say_digit(g[i], zero))
                i += 2
            else:
                words.append(say_digit(g[i], zero))
                i += 1
    else:
        words = [say_digit(c, zero) for c in g]
    s = " ".join(words)
    if s.split()[-1] in TENS.values() or s.split()[-1] == "hundred":
        s = ""
    if spoken_to_chars(s) != g:
        s = " ".join(DIGIT_WORD[int(c)] if c != "0" else zero for c in g)
    assert spoken_to_chars(s) == g, (g, s)
    return s


def say_letter(ch, mode=None):
    ch = ch.lower()
    mode = mode or R.choice(["plain", "plain", "nato", "for", "asin", "natoonly"])
    if ch == "o" and mode == "plain":
        mode = "nato"
    if mode == "plain":
        return ch
    if mode == "natoonly":
        return NATO_BY_LETTER[ch]
    word = NATO_BY_LETTER[ch] if (mode == "nato" or ch not in FOLK) else R.choice(FOLK[ch])
    if mode == "asin":
        return "%s as in %s" % (ch, word)
    return "%s for %s" % (ch, word)


def say_alnum(s, letter_mode=None):
    parts = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                parts.append(say_group(buf, "digits"))
                buf = ""
            parts.append(say_letter(ch, letter_mode))
    if buf:
        parts.append(say_group(buf, "digits"))
    return " ".join(parts)


def hesitate(parts, p=0.35):
    """join spoken groups with pauses/fillers (all inside the span)."""
    out = parts[0]
    for q in parts[1:]:
        r = R.random()
        if r < p:
            out += R.choice([", um, ", "... uh ", ", er, ", "... ", " erm ", ", hmm, "]) + q
        elif r < p + 0.3:
            out += ", " + q
        else:
            out += " " + q
    return out


# ------------------------------------------------------------ case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []  # list of (speaker, [segments])
        self.nvals = 0

    def new_vid(self):
        self.nvals += 1
        return self.nvals

    def turn(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def build(self, cid):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    vtype, val, vid = s
                    k = 0
                    while not val[k].isalnum():
                        k += 1
                    text += val[:k]
                    val = val[k:]
                    k = len(val)
                    while not val[k - 1].isalnum():
                        k -= 1
                    tail = val[k:]
                    val = val[:k]
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                                  "type": vtype})
                    meta.append(vid)
                    text += val + tail
            turns.append({"speaker": spk, "text": text})
        return ({"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note},
                meta)


def V(t, text, vid):
    return (t, text, vid)


OPENERS_CUST = ["oh hello, yes", "hello? hello, is that the bank?", "yes hello love",
                "hiya, sorry, I'm not very good with these phones", "hello dear",
                "ah yes good morning", "hello, can you hear me? I'm a bit deaf on this side",
                "yes, hello, my daughter said to ring you"]
ASIDES = ["hang on, Derek, turn the telly down, I can't hear her",
          "just a minute love, the dog's barking",
          "wait, wait, where are my glasses... oh they're on my head",
          "sorry, Maureen's just come in with the shopping",
          "no, not now Ken, I'm on the phone to the bank",
          "hold on, the kettle's boiling",
          "ooh, sorry, I dropped it, hang on",
          "sorry, I'm just squinting at it, the print's ever so small",
          "oh the doorbell, ignore that",
          "one second, I'm writing it down as I go"]
BACKCH = ["mhm", "go on", "yes", "okay", "right", "mm-hm", "yep, go on", "take your time",
          "that's fine, carry on", "got that"]
REPEAT_ASK = ["sorry, could you say that again for me?", "what was that, love?",
              "sorry, you went a bit quiet there, could you repeat that?",
              "I'm sorry, can you say it once more, slowly?"]
LOST_PLACE = ["where was I? oh dear, I've lost my place", "oh, hang on, I've gone wrong",
              "no, wait, that's not right, let me start again",
              "oh goodness, I've muddled it, I'll start from the beginning"]

INDUSTRY = {
    "CARD_NUMBER": [("retail", "pay for the order"), ("travel", "secure the booking"),
                    ("utilities", "set up the card payment"), ("telecom", "pay the bill"),
                    ("healthcare billing", "settle the invoice"), ("insurance", "pay the premium"),
                    ("banking", "report the card")],
    "SSN": [("healthcare billing", "verify the insurance"), ("banking", "open the account"),
            ("government services", "find your benefits record"), ("insurance", "verify you")],
    "NI_NUMBER": [("government services", "find your pension record"), ("banking", "open the ISA"),
                  ("insurance", "set up the policy"), ("utilities", "check the priority register")],
}


def lead(vtype):
    return {
        "CARD_NUMBER": ["the long number on the front of the card", "the card number", "the sixteen digits across the middle"],
        "SSN": ["your social security number", "your social", "the social security number"],
        "NI_NUMBER": ["your national insurance number", "your NI number"],
        "BANK_ACCOUNT": ["your account number", "the account number"],
        "SORT_CODE": ["the sort code"],
        "IBAN": ["the IBAN", "your international bank account number, the IBAN"],
        "PHONE": ["a contact number", "the best number to reach you on", "your phone number"],
        "EMAIL": ["an email address", "your email"],
        "DOB": ["your date of birth", "your birthday, the full date"],
        "POSTCODE": ["the postcode", "your postcode", "the zip code"],
        "ADDRESS": ["the first line of your address", "your house number and street"],
        "CVV": ["the three numbers on the back", "the security code on the back"],
        "EXPIRY": ["the expiry date", "the end date on the card"],
    }[vtype]


# ---------- value spec: typed rendering + spoken groups
def value_spec(vtype):
    """returns dict(typed=str, groups=[spoken group strings], readback=str or None)"""
    if vtype == "CARD_NUMBER":
        d = make_card()
        g = card_groups(d)
        sep = R.choice([" ", " ", "-", "", "  ", " - "])
        if R.random() < 0.15 and len(d) == 16:
            typed = " ".join([d[:3], d[3:8], d[8:12], d[12:]])  # odd grouping
        else:
            typed = sep.join(g)
        spoken = [say_group(x) for x in g]
        return dict(typed=typed, groups=spoken, raw=g)
    if vtype == "SSN":
        g = make_ssn()
        typed = R.choice(["-", " ", "", "."]).join(g)
        spoken = [say_group(x) for x in g]
        return dict(typed=typed, groups=spoken, raw=g)
    if vtype == "NI_NUMBER":
        g = make_ni()
        r = R.random()
        if r < 0.4:
            typed = " ".join(g)
        elif r < 0.7:
            typed = "".join(g)
        else:
            typed = ("".join(g)).lower() if R.random() < 0.5 else g[0] + " " + "".join(g[1:4]) + " " + g[4]
        lm = R.choice(["plain", "plain", "nato", "for", "asin", None])
        spoken = [" ".join(say_letter(c, lm) for c in g[0])] + [say_group(x) for x in g[1:4]] + \
            [say_letter(g[4], lm)]
        return dict(typed=typed, groups=spoken, raw=g)
    if vtype == "BANK_ACCOUNT":
        if R.random() < 0.7:
            d = rand_digits(8)
            g = [d[:4], d[4:]]
        else:
            d = rand_digits(R.choice([9, 10, 12]), True)
            g = [d[:3], d[3:6], d[6:]]
        typed = R.choice(["", " ", "-"]).join(g)
        return dict(typed=typed, groups=[say_group(x) for x in g], raw=g)
    if vtype == "SORT_CODE":
        d = rand_digits(6)
        g = [d[:2], d[2:4], d[4:]]
        typed = R.choice(["-", " ", "", "-"]).join(g)
        spoken = [say_group(x, R.choice(["digits", "pairs"])) for x in g]
        return dict(typed=typed, groups=spoken, raw=g)
    if vtype == "IBAN":
        s = make_iban()
        g = [s[i:i + 4] for i in range(0, len(s), 4)]
        typed = " ".join(g) if R.random() < 0.7 else s
        lm = R.choice(["plain", "nato", "for"])
        spoken = [say_alnum(x, lm) for x in g]
        return dict(typed=typed, groups=spoken, raw=g)
    if vtype == "PHONE":
        k, g = make_phone()
        if k == "ukmob":
            typed = R.choice([g[0] + " " + g[1], g[0] + g[1], g[0] + " " + g[1][:3] + " " + g[1][3:]])
        elif k == "ukgeo":
            typed = R.choice(["%s %s %s", "%s-%s-%s", "(%s) %s %s"]) % tuple(g)
        elif k == "ukintl":
            typed = R.choice(["+44 %s %s", "+44 (0)%s %s", "0044 %s %s", "+44%s%s"]) % (g[1], g[2])
            if "(0)" in typed:
                g = ["44", "0" + g[1], g[2]]
        elif k == "us":
            typed = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % tuple(g)
        elif k == "usintl":
            typed = R.choice(["+1 (%s) %s-%s", "+1 %s %s %s", "1-%s-%s-%s"]) % tuple(g[1:])
        elif k == "ie":
            typed = R.choice(["%s %s %s", "%s-%s%s", "(%s) %s %s"]) % tuple(g)
        elif k == "ieintl":
            typed = R.choice(["+353 %s %s %s", "00353 %s %s %s", "+353 (0)%s %s %s"]) % tuple(g[1:])
            if "(0)" in typed:
                g = ["353", "0" + g[1], g[2], g[3]]
        else:
            typed = "+33 " + " ".join(g[1:])
        spoken = [say_group(x) for x in g]
        if k in ("ukintl", "usintl", "ieintl", "fr"):
            spoken[0] = R.choice(["plus ", "plus ", "double oh "]) + say_group(g[0], "digits")
        return dict(typed=typed, groups=spoken, raw=g)
    if vtype == "EMAIL":
        local, dom = make_email()
        typed = local + "@" + dom
        if R.random() < 0.25:
            typed = typed.capitalize() if R.random() < 0.5 else local.upper()[0] + local[1:] + "@" + dom.upper()
        # spoken
        def say_part(p):
            out = []
            for chunk in re.split(r"([._])", p):
                if chunk == ".":
                    out.append("dot")
                elif chunk == "_":
                    out.append("underscore")
                elif chunk:
                    m = re.match(r"([a-z]*)(\d*)$", chunk)
                    letters, nums = m.group(1), m.group(2)
                    if letters:
                        if len(letters) <= 2 or R.random() < 0.15:
                            out.append(" ".join(say_letter(c, R.choice(["plain", "for"])) for c in letters))
                        else:
                            out.append(letters)
                    if nums:
                        out.append(say_group(nums, R.choice(["pairs", "digits"])))
            return " ".join(out)
        spoken_local = say_part(local)
        spoken_dom = say_part(dom)
        spoken = [spoken_local, "at " + spoken_dom]
        assert email_norm(" ".join(spoken)) == (local + "@" + dom), (spoken, local, dom)
        return dict(typed=typed, groups=spoken, raw=[local, dom])
    if vtype == "POSTCODE":
        if R.random() < 0.65:
            out_, in_ = make_uk_postcode()
            typed = R.choice([out_ + " " + in_, out_ + in_, (out_ + " " + in_).lower()])
            lm = R.choice(["plain", "plain", "nato", "for"])
            spoken = [say_alnum(out_, lm), say_alnum(in_, lm)]
            return dict(typed=typed, groups=spoken, raw=[out_, in_])
        z = make_zip()
        parts = z.split("-")
        spoken = [say_group(parts[0], "digits")] + ([say_group(parts[1])] if len(parts) > 1 else [])
        return dict(typed=z, groups=spoken, raw=parts)
    if vtype == "ADDRESS":
        num = R.randint(1, 240)
        st = R.choice(STREETS)
        if st == "the crescent":
            st = "lime crescent"
        flat = R.random() < 0.25
        typed_st = " ".join(w.capitalize() for w in st.split()) if R.random() < 0.7 else st
        if R.random() < 0.3:
            typed_st = typed_st.replace("Road", "Rd").replace("Street", "St").replace("Avenue", "Ave")
        typed = ("Flat %d, " % R.randint(1, 12) if flat else "") + "%d %s" % (num, typed_st)
        sp_num = say_group(str(num), R.choice(["digits", "pairs", "hundreds"])) if num >= 10 else DIGIT_WORD[num]
        spoken = (("flat %s, " % DIGIT_WORD[R.randint(1, 9)]) if flat else "") + sp_num + " " + st
        return dict(typed=typed, groups=[spoken], raw=[str(num), st])
    if vtype == "DOB":
        y, m, d = R.randint(1928, 1962), R.randint(1, 12), R.randint(1, 28)
        typed = R.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%02d" % (d, m, y % 100),
                          "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                          "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d if d < 20 else d % 10, "th"), MONTHS[m - 1].title(), y),
                          "%02d-%02d-%d" % (m, d, y)])
        ordw = ordinal_word(d)
        yr = say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])
        spoken = R.choice(["the %s of %s %s" % (ordw, MONTHS[m - 1], yr),
                           "%s %s, %s" % (MONTHS[m - 1], ordw, yr),
                           "%s %s %s" % (say_pair("%02d" % d) if d >= 10 else DIGIT_WORD[d],
                                         say_pair("%02d" % m) if m >= 10 else "oh " + DIGIT_WORD[m],
                                         say_pair(str(y)[2:])),
                           "%s of %s, um, %s" % (ordw, MONTHS[m - 1], yr)])
        if spoken.startswith("the "):
            spoken = spoken[4:]
        return dict(typed=typed, groups=[spoken], raw=[y, m, d])
    if vtype == "EXPIRY":
        y, m = R.randint(25, 31), R.randint(1, 12)
        typed = R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                          "%02d %02d" % (m, y)])
        spoken = R.choice(["%s %s" % ("oh " + DIGIT_WORD[m] if m < 10 else say_pair("%02d" % m), say_pair(str(y))),
                           "%s twenty %s" % (MONTHS[m - 1], say_pair(str(y))),
                           "%s %s" % (MONTHS[m - 1], say_pair(str(y))),
                           "%s, um, %s" % ("oh " + DIGIT_WORD[m] if m < 10 else say_pair("%02d" % m), say_pair(str(y)))])
        return dict(typed=typed, groups=[spoken], raw=[m, y])
    if vtype == "CVV":
        d = rand_digits(3)
        return dict(typed=d, groups=[say_group(d, R.choice(["digits", "hundreds", "doubles"]))], raw=[d])
    raise ValueError(vtype)


def ordinal_word(d):
    if d in ORD_ONES.values():
        return [k for k, v in ORD_ONES.items() if v == d][0]
    if d in ORD_TEENS.values():
        return [k for k, v in ORD_TEENS.items() if v == d][0]
    t, u = divmod(d, 10)
    return TENS[t] + " " + [k for k, v in ORD_ONES.items() if v == u][0]


# ---------- positive scenario styles
def pos_chat(vtype, c, spec):
    vid = c.new_vid()
    label = {"CARD_NUMBER": ["card no:", "Card number -", "card:", "cc#"],
             "SSN": ["SSN:", "ssn", "Social Security #"], "NI_NUMBER": ["NI no:", "NINO", "nat ins number is"],
             "BANK_ACCOUNT": ["acct no:", "account number", "a/c"], "SORT_CODE": ["sort code:", "s/c", "sortcode"],
             "IBAN": ["IBAN:", "iban", "IBAN no."], "PHONE": ["tel:", "mob", "phone:", "call me on"],
             "EMAIL": ["email:", "e-mail", "my email is"], "DOB": ["DOB:", "d.o.b", "born"],
             "POSTCODE": ["postcode:", "post code", "zip:"], "ADDRESS": ["address:", "I live at"],
             "CVV": ["cvv:", "security code", "cvc"], "EXPIRY": ["exp:", "expiry", "valid thru"]}[vtype]
    intro = R.choice(["hi, my husband usually does this online but here goes. ",
                      "Hello, sorry for the typing, arthritis. ", "", "Dear Sir/Madam, ",
                      "hiya ", "Good afternoon. As requested on the phone: "])
    c.turn("agent", R.choice(["Thanks for getting in touch. Could you type ",
                              "To continue I'll need ", "Please could you send me "]) +
           R.choice(lead(vtype)) + "?")
    tail = R.choice([" thanks", " . many thanks", ". hope thats right!!", "", " - sorry if thats wrong",
                     ". Kind regards, " + R.choice(FIRST).title()])
    c.turn("customer", intro + R.choice(label) + " ", V(vtype, spec["typed"], vid), tail)
    if R.random() < 0.3:
        c.turn("agent", "Thank you, that's come through. Just confirming: ", V(vtype, spec["typed"], vid), " - is that right?")
        c.turn("customer", R.choice(["yes", "yep thats it", "Yes, correct."]))


def pos_call_oneturn(vtype, c, spec):
    vid = c.new_vid()
    c.turn("agent", "okay, and can I take %s please?" % R.choice(lead(vtype)))
    pre = R.choice(["oh, right, um, yes. it's ", "hang on, let me find it... right, it's ",
                    "yes, I've got it here. ", "ooh, now then. ", "I wrote it down somewhere. yes. ",
                    "my son put it on a bit of paper for me. it's "])
    c.turn("customer", pre, V(vtype, hesitate(spec["groups"], 0.5), vid),
           R.choice(["", ". did you get that?", "... I think that's right", ", love"]))
    if R.random() < 0.45:
        vid2 = vid
        c.turn("agent", "thank you. so that's ", V(vtype, hesitate(spec["groups"], 0.0), vid2), ", is that correct?")
        c.turn("customer", R.choice(["yes dear", "that's it", "I think so, yes", "yes, that's right"]))


def pos_call_split(vtype, c, spec):
    vid = c.new_vid()
    g = spec["groups"]
    c.turn("agent", "could you give me %s?" % R.choice(lead(vtype)))
    c.turn("customer", R.choice(["right, um... ", "okay, it's ", "let me see. ", "oh dear, the numbers are worn. "]),
           V(vtype, g[0], vid), R.choice(["", "...", ","]))
    for q in g[1:]:
        c.turn("agent", R.choice(BACKCH))
        if R.random() < 0.25:
            c.turn("customer", R.choice(["sorry, ", "um, ", "and then ", "then it's "]),
                   V(vtype, q, vid), R.choice(["", "... sorry, I'm slow"]))
        else:
            c.turn("customer", V(vtype, q, vid))
    if R.random() < 0.5:
        c.turn("agent", "lovely, let me read that back: ", V(vtype, hesitate(g, 0.0), vid), ".")
        c.turn("customer", R.choice(["yes", "that's right dear", "yes, well done"]))


def pos_call_aside(vtype, c, spec):
    vid = c.new_vid()
    g = spec["groups"]
    k = max(1, len(g) // 2)
    c.turn("agent", "and %s, when you're ready." % R.choice(lead(vtype)))
    c.turn("customer", R.choice(["yes, it's ", "okay... ", "right, it's "]), V(vtype, hesitate(g[:k], 0.5), vid),
           " — " + R.choice(ASIDES) + " — sorry, ", V(vtype, hesitate(g[k:], 0.4), vid), ".")
    c.turn("agent", R.choice(["no problem at all.", "that's okay, I've got all of that.", "thank you."]))


def pos_call_restart(vtype, c, spec):
    vid = c.new_vid()
    g = spec["groups"]
    c.turn("agent", "could I take %s, please?" % R.choice(lead(vtype)))
    # abandoned partial reading: a short fragment, left unlabelled (not a usable value)
    frag = " ".join(g[0].split()[:2]) if g[0].split()[0] in ("double", "triple", "plus", "flat") \
        else g[0].split()[0].rstrip(",")
    c.turn("customer", "um, " + frag + "... " + R.choice(LOST_PLACE) + ". ",
           V(vtype, hesitate(g, 0.4), vid), ".")
    if R.random() < 0.5:
        c.turn("agent", R.choice(REPEAT_ASK))
        c.turn("customer", R.choice(["oh, yes, sorry. ", "righto. ", "it's "]), V(vtype, hesitate(g, 0.2), vid))
    c.turn("agent", "thank you, I've got that now.")


def pos_call_repeat(vtype, c, spec):
    vid = c.new_vid()
    g = spec["groups"]
    c.turn("agent", "for security, could you confirm %s?" % R.choice(lead(vtype)))
    c.turn("customer", R.choice(["pardon?", "sorry dear, the what?", "you'll have to speak up, love"]))
    c.turn("agent", "%s, please." % R.choice(lead(vtype)))
    c.turn("customer", R.choice(["oh, yes. ", "ah. right. ", "okay, okay. "]), V(vtype, hesitate(g, 0.5), vid))
    c.turn("agent", "sorry, could you repeat the last part?")
    c.turn("customer", R.choice(["the end bit? ", "", "yes. "]), V(vtype, g[-1], vid))
    c.turn("agent", "perfect, thank you.")


POS_STYLES = [pos_chat, pos_call_oneturn, pos_call_split, pos_call_aside, pos_call_restart, pos_call_repeat]


def extra_context(c, vtype):
    """sometimes add a second, related PII value to the case"""
    buddies = {"CARD_NUMBER": ["EXPIRY", "CVV", "POSTCODE"], "SSN": ["DOB", "ADDRESS"],
               "NI_NUMBER": ["DOB", "POSTCODE"], "BANK_ACCOUNT": ["SORT_CODE"],
               "SORT_CODE": ["BANK_ACCOUNT"], "ADDRESS": ["POSTCODE"], "POSTCODE": ["ADDRESS"],
               "PHONE": ["EMAIL"], "EMAIL": ["PHONE"], "DOB": ["POSTCODE"], "IBAN": ["EMAIL"],
               "CVV": ["EXPIRY"], "EXPIRY": ["CVV"]}
    t2 = R.choice(buddies[vtype])
    spec = value_spec(t2)
    R.choice([pos_chat, pos_call_oneturn, pos_call_oneturn, pos_call_split])(t2, c, spec)
    return t2


def make_positive(vtype):
    spec = value_spec(vtype)
    inds = INDUSTRY.get(vtype, [("banking", "get that updated"), ("telecom", "update your details"),
                                ("utilities", "move the account"), ("insurance", "process the claim"),
                                ("travel", "amend the booking"), ("retail", "arrange the refund"),
                                ("government services", "update your record"),
                                ("healthcare billing", "match the bill")])
    ind, purpose = R.choice(inds)
    if vtype in ("ADDRESS", "DOB", "EXPIRY", "CVV", "EMAIL") and R.random() < 0.5:
        style = R.choice([pos_chat, pos_call_oneturn, pos_call_repeat])
    else:
        style = R.choice(POS_STYLES)
    if len(spec["groups"]) < 2 and style in (pos_call_aside, pos_call_split):
        style = pos_call_oneturn
    c = Case("positive", "")
    chat = style is pos_chat
    if not chat:
        c.turn("customer", R.choice(OPENERS_CUST) + R.choice([", I need to %s." % purpose.replace("your", "my"),
                                                              ", it's about my account.", "."]))
        c.turn("agent", "of course. I'll just need a few details to %s." % purpose)
    style(vtype, c, spec)
    extra = ""
    if vtype == "CARD_NUMBER" and R.random() < 0.2:
        # card's last four repeated after the full number: labelled because full card read in same case
        last4 = "".join(spec["raw"])[-4:]
        vid = 1  # same value as the full card read earlier
        c.turn("agent", "so that's the card ending ", V("CARD_NUMBER", last4, vid), ", yes?")
        c.turn("customer", "yes, that's the one.")
        extra = "; last four after full card labelled"
    if R.random() < 0.3:
        extra += "; plus " + extra_context(c, vtype)
    if R.random() < 0.3 and not chat:
        c.turn("customer", R.choice(["sorry I'm so slow, dear, I'm eighty four.",
                                     "thank you for being so patient with me.",
                                     "my late husband always did all this."]))
    c.note = "%s %s, %s%s" % (ind, vtype, style.__name__.replace("pos_", ""), extra)
    return c


# ---------- negatives
def spoken_long(d):
    return hesitate([say_group(d[i:i + 4]) for i in range(0, len(d), 4)], 0.3)


def neg_items():
    """each returns (customer text, agent text, note)"""
    n = R.randint(0, 27)
    if n == 0:
        d = make_card()  # Luhn-valid but it is an order number
        t = d if R.random() < 0.5 else spoken_long(d)
        return ("my order number is %s, it's on the email" % t,
                "thank you, order %s, I can see it." % d, "16-digit order number (Luhn-valid)")
    if n == 1:
        d = rand_digits(12)
        return ("the reference they gave me was %s, um, hang on, yes that's the reference" % spoken_long(d),
                "lovely, reference number found.", "spoken reference number")
    if n == 2:
        l4 = rand_digits(4)
        return (R.choice(["it's the card ending %s", "the one that ends in %s", "my visa, last four %s"]) % R.choice([l4, say_group(l4)]),
                "okay, the card ending %s, thank you." % l4, "card last four only")
    if n == 3:
        a = "%d.%02d" % (R.randint(10, 4999), R.randint(0, 99))
        return ("they've taken £%s out and my balance is only %s pounds" % (a, say_group(str(R.randint(100, 999)), "hundreds")),
                "I can see the payment of £%s on the 3rd." % a, "amount and balance")
    if n == 4:
        return ("I'm %s years old, dear, I don't do the internet" % R.choice(["eighty six", "ninety one", "seventy nine", "82"]),
                "that's absolutely fine, we can do it over the phone.", "age")
    if n == 5:
        m = rand_digits(6)
        return ("the meter reading, let me get my torch... it says %s" % say_group(m),
                "thank you, meter reading %s logged." % m, "meter reading")
    if n == 6:
        fl = R.choice(["BA", "EI", "FR", "AA", "LH"]) + str(R.randint(100, 9999))
        return ("we're on flight %s, gate %d, seats %d%s and %d%s" % (fl, R.randint(1, 60), R.randint(1, 40), R.choice("ABCDEF"), R.randint(1, 40), R.choice("ABCDEF")),
                "and you're in room %d at the hotel on arrival." % R.randint(100, 999), "flight, gate, seat, room")
    if n == 7:
        p = "POL-%s" % rand_digits(8)
        return ("my policy number is %s, it's on the renewal letter" % p, "thank you, policy %s." % p, "policy number")
    if n == 8:
        return ("you're open eight till eight aren't you? I rang at ten past nine and nobody answered",
                "we're open 8am to 8pm weekdays and 9 till 5 on Saturdays.", "opening hours / times")
    if n == 9:
        return ("I've been on hold for forty five minutes, and it was twenty two degrees in here, I'm roasting",
                "I'm so sorry about the wait, we've had about 300 calls this morning.", "duration, temperature, count")
    if n == 10:
        tr = R.choice(["JD", "RN", "1Z"]) + rand_digits(16)
        return ("the tracking number is %s" % tr, "thanks, I've tracked parcel %s." % tr, "tracking number")
    if n == 11:
        d = "%d%s of %s" % (R.randint(1, 28), "th", R.choice(MONTHS).title())
        return ("the payment comes out on the %s, always has done" % d,
                "yes, your direct debit date is the %s." % d, "payment date")
    if n == 12:
        y = R.randint(1965, 2015)
        return ("I've been with you since %d, my husband opened it in %s" % (y, say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])),
                "thank you for being with us so long.", "years")
    if n == 13:
        inv = "INV-%d-%s" % (R.randint(2019, 2025), rand_digits(6))
        return ("the invoice, %s, says I owe %d%%" % (inv, R.randint(3, 40)),
                "invoice %s, yes, that includes 20%% VAT." % inv, "invoice number, percentages")
    if n == 14:
        s = rand_digits(4) + " " + rand_digits(4) + " " + rand_digits(4)
        return ("on the back of the router it says model %s, serial number %s" % (R.choice(["HG-612", "TG789vac", "SH3"]), s),
                "thank you, serial %s." % s.replace(" ", ""), "serial and model numbers")
    if n == 15:
        return ("I'm on the %s near junction %d, by the %s" % (R.choice(["M25", "A40", "N7", "I-95", "B4009"]), R.randint(1, 30), R.choice(["A303", "M6 toll", "Route 66"])),
                "okay, I'll send recovery to the %s." % R.choice(["A40", "M62"]), "road names")
    if n == 16:
        cl = rand_digits(10)
        return ("claim number, um, %s" % say_group(cl, "digits"), "claim %s, thank you." % cl, "claim number spoken")
    if n == 17:
        tk = rand_digits(9)
        return ("it's ticket number %s, or is that the other one... no, that's the ticket" % tk,
                "yes, ticket %s is open." % tk, "ticket number (9 digits, SSN-length)")
    if n == 18:
        return ("the appointment is on %s the %s at %s" % (R.choice(["tuesday", "friday", "monday"]), ordinal_word(R.randint(1, 28)), R.choice(["half past two", "quarter to eleven", "3:15"])),
                "yes, I have you booked in for that appointment.", "appointment date and time")
    if n == 19:
        ref = rand_digits(6)
        return ("the booking reference is %s, six numbers" % say_group(ref, R.choice(["pairs", "digits"])),
                "got it, booking %s." % ref, "booking ref (6 digits like a sort code)")
    if n == 20:
        acc = rand_digits(8)
        return ("my customer number's %s, I think" % acc, "customer number %s, that's on your bill." % acc,
                "customer number (8 digits)")
    if n == 21:
        return ("contract started in june 2019 and it's a twenty four month contract at £%d a month" % R.randint(10, 90),
                "so it ended in June 2021, you're out of contract now.", "contract dates")
    if n == 22:
        return ("I've got %d pills left and I take %s a day" % (R.randint(2, 30), R.choice(["two", "three", "4"])),
                "we'll get the prescription bill sorted today.", "counts")
    if n == 23:
        pin = rand_digits(4)
        return ("the sticker says part number %s-%s-%s" % (rand_digits(3), rand_digits(2), rand_digits(4)),
                "that's the part number for the boiler, thank you.", "part number shaped like SSN")
    if n == 24:
        amt = R.randint(1000, 99999)
        return ("the total was %s pounds and %s pence" % (say_group(str(amt), "pairs"), say_pair("%02d" % R.randint(10, 99))),
                "yes, the total comes to £%d." % amt, "spoken amount")
    if n == 25:
        kwh = rand_digits(5)
        return ("the gas meter's %s and the electric's %s" % (say_group(kwh), say_group(rand_digits(5), "doubles")),
                "both readings are in, thank you.", "meter readings spoken")
    if n == 26:
        return ("press one, then option four, then hash, that's what the letter says",
                "yes, or you can just stay on the line with me.", "menu options")
    mr = "MR-" + rand_digits(7)
    return ("the hospital bill has patient ref %s and account %s on the top" % (mr, "ACC" + rand_digits(8)),
            "thank you, that's the billing reference for the hospital.", "healthcare billing references with labels")


def make_negative():
    c = Case("negative", "")
    c.turn("customer", R.choice(OPENERS_CUST) + ".")
    c.turn("agent", "hello, how can I help today?")
    notes = []
    for _ in range(R.randint(1, 3)):
        cust, agent, note = neg_items()
        if R.random() < 0.3:
            c.turn("customer", R.choice(["hang on... ", "oh, um, ", "now, "]) + cust + ". " + R.choice(ASIDES) + ".")
        else:
            c.turn("customer", cust + ".")
        if R.random() < 0.25:
            c.turn("agent", R.choice(REPEAT_ASK))
            c.turn("customer", cust + R.choice([", I said.", ".", ", love."]))
        c.turn("agent", agent)
        notes.append(note)
    c.note = "; ".join(notes)
    return c


# ------------------------------------------------------------ generate
QUOTA = ([("CARD_NUMBER", 78), ("SSN", 32), ("NI_NUMBER", 32)] +
         [(t, 13) for t in ("CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
                            "EMAIL", "DOB", "POSTCODE", "ADDRESS")])
N_NEG = 112


def generate():
    order = [t for t, n in QUOTA for _ in range(n)]
    R.shuffle(order)
    records = []
    for i, t in enumerate(order, 1):
        records.append(make_positive(t).build("h390-pos-%03d" % i))
    for i in range(1, N_NEG + 1):
        records.append(make_negative().build("h390-neg-%03d" % i))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in records)
    return text, records


def check(text, records):
    errors = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errors.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = [r["id"] for r, _ in records]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    counts = {}
    for rec, meta in records:
        if rec["kind"] == "negative" and rec["spans"]:
            errors.append("%s: negative with spans" % rec["id"])
        if rec["kind"] == "positive" and not rec["spans"]:
            errors.append("%s: positive without spans" % rec["id"])
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errors.append("%s: bad speaker" % rec["id"])
        by_turn = {}
        groups = {}
        for sp, vid in zip(rec["spans"], meta):
            txt = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errors.append("%s: offsets out of range" % rec["id"])
                continue
            val = txt[s:e]
            if not (val[0].isalnum() and val[-1].isalnum()):
                errors.append("%s: span %r not trimmed to letters/digits" % (rec["id"], val))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errors.append("%s: span %r not on word boundary" % (rec["id"], val))
            by_turn.setdefault(sp["turn"], []).append((s, e))
            groups.setdefault(vid, []).append((sp, val))
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errors.append("%s: overlapping spans" % rec["id"])
        # validate each value: the fragments of one reading (consecutive spans of a value
        # id) are joined; a later full re-reading / read-back / partial repeat is
        # validated as its own value when it is complete on its own.
        for vid, parts in groups.items():
            vtype = parts[0][0]["type"]
            if any(p[0]["type"] != vtype for p in parts):
                errors.append("%s: mixed types in one value" % rec["id"])
            buf, complete = [], 0
            for sp, val in parts:
                buf.append(val)
                if validate(vtype, " ".join(buf)):
                    complete += 1
                    buf = []
            if not complete:
                errors.append("%s: %s value fails validation: %r" % (rec["id"], vtype, [v for _, v in parts]))
            full = spoken_to_chars(" ".join(x for _, x in parts))
            for v in buf:
                if spoken_to_chars(v) not in full:
                    errors.append("%s: %s fragment %r not part of value" % (rec["id"], vtype, v))
    npos = sum(1 for r, _ in records if r["kind"] == "positive")
    nneg = len(records) - npos
    if npos < 200 or nneg < 100:
        errors.append("too few cases: %d pos %d neg" % (npos, nneg))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t, _ in QUOTA:
        if counts.get(t, 0) < need.get(t, 10):
            errors.append("too few %s spans: %d" % (t, counts.get(t, 0)))
    return errors, counts, npos, nneg


def main():
    text, records = generate()
    if "--check" in sys.argv:
        errors, counts, npos, nneg = check(text, records)
        for e in errors[:50]:
            print("ERROR:", e)
        print("positive=%d negative=%d spans=%s" % (npos, nneg, json.dumps(dict(sorted(counts.items())))))
        if errors:
            print("CHECK FAILED (%d errors)" % len(errors))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(records), OUT))


if __name__ == "__main__":
    main()

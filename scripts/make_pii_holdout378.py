#!/usr/bin/env python3
"""Generate the pii_holdout378 held-out PII evaluation set.

Written by an independent test author (AI helper) without seeing the redaction
engine. Standard library only; one RNG: random.Random(378241125).

    python scripts/make_pii_holdout378.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout378.py --check  # regenerate and verify
"""
import argparse
import json
import os
import random
import re
import sys

SEED = 378241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout378")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

R = None  # the single random.Random(SEED), created in build()

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- vocabulary
UNIT = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "won": 1, "two": 2, "to": 2, "too": 2,
        "three": 3, "tree": 3, "four": 4, "for": 4, "five": 5, "fife": 5, "six": 6, "seven": 7,
        "eight": 8, "ate": 8, "nine": 9, "niner": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8,
        "ninety": 9}
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = {v: k for k, v in TEENS.items()}
TENW = {v: k for k, v in TENS.items()}
FILLER = {"um", "uh", "er", "erm", "uhm", "ah", "hmm"}
SKIP = {"and", "dash", "hyphen", "space"}
LETTER_HOMO = {"bee": "b", "see": "c", "sea": "c", "dee": "d", "gee": "g", "jay": "j", "kay": "k",
               "are": "r", "ess": "s", "tee": "t", "you": "u", "why": "y", "ex": "x", "zed": "z",
               "pee": "p", "em": "m", "en": "n", "ell": "l", "aitch": "h", "haitch": "h"}
HOMO_REV = {"b": "bee", "c": "see", "r": "are", "y": "why", "j": "jay", "k": "kay", "t": "tee",
            "s": "ess", "z": "zed", "p": "pee", "m": "em", "h": "aitch"}
NATO = {"a": ["alpha", "apple"], "b": ["bravo", "bob"], "c": ["charlie"], "d": ["delta", "david"],
        "e": ["echo", "edward"], "g": ["golf", "george"], "h": ["hotel", "harry"],
        "j": ["juliet", "john"], "k": ["kilo", "king"], "l": ["lima", "london"],
        "m": ["mike", "mother"], "n": ["november", "nancy"], "p": ["papa", "peter"],
        "r": ["romeo", "robert"], "s": ["sierra", "sugar"], "t": ["tango", "tommy"],
        "w": ["whiskey", "william"], "x": ["xray"], "y": ["yankee", "yellow"], "z": ["zulu", "zebra"]}
VOCAB = set(UNIT) | set(TEENS) | set(TENS) | FILLER | SKIP | set(LETTER_HOMO) | {
    "double", "triple", "hundred", "thousand", "plus", "as", "in", "like"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
STREET_SFX = {"street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "drive", "dr", "close",
              "way", "crescent", "court", "place", "terrace", "gardens", "grove", "boulevard",
              "blvd", "row", "hill", "park", "square", "walk", "mews"}


def segment(word):
    """Split a run-together alphabetic token into vocabulary words (ASR glue)."""
    if word in VOCAB or word in NATO or any(word in v for v in NATO.values()):
        return [word]
    n = len(word)
    best = [None] * (n + 1)
    best[0] = (0, [])
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, n + 1):
            piece = word[i:j]
            cost = 1 if piece in VOCAB else (3 if len(piece) == 1 else None)
            if cost is None:
                continue
            cand = (best[i][0] + cost, best[i][1] + [piece])
            if best[j] is None or cand[0] < best[j][0]:
                best[j] = cand
    if best[n] is None:
        raise ValueError("cannot segment %r" % word)
    return best[n][1]


def two_digit(toks, i):
    """Parse tens/teen/unit starting at i; return (value or None, new i)."""
    if i < len(toks):
        t = toks[i]
        if t in TENS:
            v = TENS[t] * 10
            if i + 1 < len(toks) and toks[i + 1] in UNIT and UNIT[toks[i + 1]]:
                return v + UNIT[toks[i + 1]], i + 2
            return v, i + 1
        if t in TEENS:
            return TEENS[t], i + 1
        if t in UNIT and UNIT[t]:
            return UNIT[t], i + 1
    return None, i


def compact(text):
    """Normalise a typed or spoken value to lowercase letters/digits (+ for plus)."""
    toks = []
    for t in re.findall(r"[a-z]+|[0-9]+|\+", text.lower()):
        if t.isalpha():
            toks.extend(segment(t))
        else:
            toks.append(t)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLER or t in SKIP:
            i += 1
        elif t == "+" or t == "plus":
            out.append("+")
            i += 1
        elif t.isdigit():
            out.append(t)
            i += 1
        elif t in ("double", "triple"):
            n = 2 if t == "double" else 3
            if t == "double" and nx in ("you", "u"):
                out.append("w")
            elif nx in UNIT:
                out.append(str(UNIT[nx]) * n)
            elif nx and len(nx) == 1:
                out.append(nx * n)
            else:
                raise ValueError("bad double in %r" % text)
            i += 2
        elif t in UNIT and UNIT[t] and nx in ("hundred", "thousand"):
            d = str(UNIT[t])
            i += 2
            if nx == "thousand":
                if i < len(toks) and toks[i] == "and":
                    i += 1
                if i + 1 < len(toks) and toks[i] in UNIT and toks[i + 1] == "hundred":
                    h = UNIT[toks[i]]
                    i += 2
                    if i < len(toks) and toks[i] == "and":
                        i += 1
                    v, i = two_digit(toks, i)
                    out.append(d + str(h) + "%02d" % (v or 0))
                else:
                    v, i = two_digit(toks, i)
                    out.append(d + "%03d" % (v or 0))
            else:
                if i < len(toks) and toks[i] == "and":
                    i += 1
                v, i = two_digit(toks, i)
                out.append(d + "%02d" % (v or 0))
        elif t in TENS or t in TEENS:
            v, i = two_digit(toks, i)
            out.append(str(v))
        elif t in UNIT and not (len(t) == 1 and t != "o"):
            out.append(str(UNIT[t]))
            i += 1
        elif (len(t) == 1 and t != "o") or t in LETTER_HOMO:
            L = t if len(t) == 1 else LETTER_HOMO[t]
            k = None
            if nx in ("for", "like"):
                k = i + 2
            elif nx == "as" and i + 2 < len(toks) and toks[i + 2] == "in":
                k = i + 3
            if k is not None and k < len(toks) and toks[k][0] == L and not toks[k].isdigit():
                i = k + 1
            else:
                i += 1
            out.append(L)
        else:
            raise ValueError("unexpected token %r in %r" % (t, text))
    return "".join(out)


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
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_BAD = {"bg", "gb", "nk", "kn", "tn", "nt", "zz"}
UK_PC = re.compile(r"[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}")


def ssn_ok(s):
    return (len(s) == 9 and s.isdigit() and s[:3] not in ("000", "666") and s[0] != "9"
            and s[3:5] != "00" and s[5:] != "0000")


def ni_ok(s):
    return bool(re.fullmatch(r"[a-ceghj-prstw-z][a-ceghj-nprstw-z]\d{6}[a-d]", s)) and s[:2] not in NI_BAD


def email_norm(text):
    low = text.lower()
    if "@" in low:
        return low
    out = []
    for w in re.findall(r"[a-z0-9]+", low):
        if w in FILLER:
            continue
        out.append({"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}.get(
            w, str(UNIT[w]) if w in UNIT and w not in ("o", "to", "too", "for") else w))
    return "".join(out)


DATE_WORDS = set(MONTHS) | {m[:3] for m in MONTHS} | {"sept", "of", "the", "slash", "th", "st",
                                                       "nd", "rd"} | FILLER
for _o in ORD:
    DATE_WORDS.update(_o.split())
DATE_WORDS |= set(UNIT) | set(TEENS) | set(TENS) | {"hundred", "thousand", "and"}


def date_ok(text):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    if not toks or any(t not in DATE_WORDS and not t.isdigit() for t in toks):
        return False
    has_month = any(t in MONTHS or t in {m[:3] for m in MONTHS} for t in toks)
    ndig = sum(len(t) for t in toks if t.isdigit())
    nnum = sum(1 for t in toks if t in UNIT or t in TEENS or t in TENS)
    return has_month or ndig >= 3 or nnum >= 3


def address_ok(text):
    toks = re.findall(r"[a-z]+|\d+[a-z]?", text.lower())
    first = toks[0]
    return (first[0].isdigit() or first in UNIT or first in TEENS or first in TENS
            or first in ("flat", "apartment", "apt", "unit")) and toks[-1] in STREET_SFX


def validate(typ, text, canon):
    """Return error string or None. canon: machine form of the full value (or None)."""
    if typ == "EMAIL":
        e = email_norm(text)
        if not re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e):
            return "bad email %r" % e
        return None if canon is None or e == canon.lower() else "email mismatch %r" % e
    if typ in ("DOB", "EXPIRY"):
        return None if date_ok(text) else "bad date %r" % text
    if typ == "ADDRESS":
        return None if address_ok(text) else "bad address %r" % text
    return None  # code-like types are checked on the assembled value


def validate_value(typ, v):
    v = v.replace("+", "")
    ok = {"CARD_NUMBER": lambda s: s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s),
          "CVV": lambda s: s.isdigit() and len(s) in (3, 4),
          "SSN": ssn_ok, "NI_NUMBER": ni_ok,
          "BANK_ACCOUNT": lambda s: s.isdigit() and 6 <= len(s) <= 17,
          "SORT_CODE": lambda s: s.isdigit() and len(s) == 6,
          "IBAN": iban_ok,
          "PHONE": lambda s: s.isdigit() and 10 <= len(s) <= 13,
          "POSTCODE": lambda s: bool(UK_PC.fullmatch(s) or re.fullmatch(r"\d{5}(\d{4})?", s))}[typ]
    return ok(v)


# ---------------------------------------------------------------- case model
class G:
    """One value (group); its spans may be a whole reading, parts, or a fragment."""
    def __init__(self, typ, canon=None):
        self.typ, self.canon = typ, canon


class V:
    def __init__(self, text, g, role="full"):
        assert text == text.strip() and text, repr(text)
        self.text, self.g, self.role = text, g, role


def T(speaker, *segs):
    return (speaker, list(segs))


def mk(kind, note, turns):
    out, spans, metas = [], [], []
    for ti, (sp, segs) in enumerate(turns):
        buf = ""
        for s in segs:
            if isinstance(s, V):
                st = len(buf)
                buf += s.text
                spans.append({"turn": ti, "start": st, "end": len(buf), "type": s.g.typ})
                metas.append(s)
            else:
                buf += s
        out.append({"speaker": sp, "text": buf})
    return {"kind": kind, "turns": out, "spans": spans, "note": note}, metas


# ---------------------------------------------------------------- helpers
def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


BRANDS = {
    "banking": ["Northgate Bank", "Harbour Savings", "First Ledger Credit Union", "Liffey Bank"],
    "telecom": ["Cleartel Mobile", "Skylark Broadband", "Verimo Wireless"],
    "utilities": ["Brightwater Energy", "Severn Gas and Power", "Kestrel Water"],
    "retail": ["Marlow and Finch", "ShopNest", "Kilbride Home"],
    "insurance": ["Oakshield Insurance", "Beacon Mutual", "Tern Assurance"],
    "travel": ["Aerlinn Airways", "Sunway Holidays", "Northstar Rail"],
    "healthcare billing": ["Meridian Health Billing", "St Brendan's Clinic accounts"],
    "government services": ["the Vehicle Licensing helpline", "the tax helpline",
                            "the benefits enquiry line"],
}


def brand():
    ind = ch(sorted(BRANDS))
    return ind, ch(BRANDS[ind])


def greet(asr):
    ind, b = brand()
    if asr:
        return ind, ch(["thank you for calling %s my name is %s how can i help" % (b.lower(), ch(["dan", "priya", "siobhan", "marcus", "aoife", "tom"])),
                        "hi youre through to %s um how can i help today" % b.lower(),
                        "%s good morning you're speaking with %s" % (b.lower(), ch(["kev", "laura", "ciaran", "jo"]))])
    return ind, ch(["Hi, you're chatting with %s at %s. How can I help?" % (ch(["Amy", "Raj", "Niamh", "Leo"]), b),
                    "Welcome to %s support. What can I do for you today?" % b,
                    "%s: Thanks for getting in touch!" % b])


def zero_word():
    return ch(["oh", "oh", "zero", "o", "nought"])


def unit_word(d, homo=0.06):
    if d == "0":
        return zero_word()
    w = DIGW[int(d)]
    if p(homo):
        w = {"1": "won", "2": ch(["to", "too"]), "3": "tree", "4": "for", "8": "ate", "9": "niner",
             "5": "fife"}.get(d, w)
    return w


def speak_digits(s, mixed=0.0, pairs=0.3):
    """Return list of pieces, each encoding a whole number of digits of s."""
    pieces = []
    i = 0
    while i < len(s):
        rem = len(s) - i
        nxt0 = lambda k: (i + k >= len(s)) or s[i + k] == "0"
        if p(mixed) and rem >= 2:
            k = min(rem, ch([2, 3, 4]))
            pieces.append(s[i:i + k])
            i += k
            continue
        if rem >= 3 and s[i] == s[i + 1] == s[i + 2] and p(0.6):
            pieces.append("triple " + unit_word(s[i], 0))
            i += 3
            continue
        if rem >= 2 and s[i] == s[i + 1] and p(0.55):
            pieces.append("double " + unit_word(s[i], 0))
            i += 2
            continue
        if rem >= 3 and s[i] != "0" and s[i + 1:i + 3] != "00" and p(pairs * 0.3) and (s[i + 2] != "0" or nxt0(3)):
            tail = int(s[i + 1:i + 3])
            if tail < 10:
                tw = DIGW[tail]
            elif tail < 20:
                tw = TEENW[tail]
            else:
                tw = TENW[tail // 10] + ("" if tail % 10 == 0 else " " + DIGW[tail % 10])
            pieces.append("%s hundred %s%s" % (DIGW[int(s[i])], ch(["and ", "and ", ""]), tw))
            i += 3
            continue
        if rem >= 2 and s[i] != "0" and p(pairs) and (s[i + 1] != "0" or nxt0(2)):
            v = int(s[i:i + 2])
            if v < 20:
                pieces.append(TEENW[v])
            else:
                pieces.append(TENW[v // 10] + ("" if v % 10 == 0 else " " + unit_word(s[i + 1], 0)))
            i += 2
            continue
        pieces.append(unit_word(s[i]))
        i += 1
    return pieces


def say_letter(c):
    r = R.random()
    if r < 0.18 and c in NATO:
        return "%s %s %s" % (c, ch(["for", "for", "as in", "like"]), ch(NATO[c]))
    if r < 0.28 and c in HOMO_REV:
        return HOMO_REV[c]
    return c


def speak_alnum(s, mixed=0.0, pairs=0.2):
    pieces = []
    for run in re.findall(r"[a-z]+|\d+", s.lower()):
        if run.isdigit():
            pieces.extend(speak_digits(run, mixed, pairs))
        else:
            pieces.extend(say_letter(c) for c in run)
    return pieces


def glue(pieces, filler=0.12, runon=0.08):
    """Join pieces with spaces; insert fillers/repeated fillers; glue words (ASR run-on)."""
    out = []
    for k, pc in enumerate(pieces):
        if out and p(filler):
            out.append(ch(["um", "uh", "er", "erm", "uh uh", "um um"]))
        if out and p(runon) and out[-1].isalpha() and pc.isalpha() and out[-1] not in FILLER \
                and pc not in UNIT.keys() - set(DIGW) - {"oh", "nought"} \
                and out[-1] not in ("to", "too", "for", "won", "ate", "tree", "fife", "niner", "o") \
                and not (out[-1] == "o" or pc.startswith("o")):
            out[-1] = out[-1] + pc
        else:
            out.append(pc)
    return " ".join(out)


def split_pieces(pieces, n):
    n = min(n, len(pieces))
    cuts = sorted(R.sample(range(1, len(pieces)), n - 1))
    res, prev = [], 0
    for c in cuts + [len(pieces)]:
        res.append(pieces[prev:c])
        prev = c
    return res


def group_digits(s, sizes):
    out, i = [], 0
    for z in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return out


BACKCH = ["mhm", "yep", "go on", "okay", "uh huh", "yeah", "right", "got that", "ok go ahead",
          "and the rest", "yes", "mm hm"]
ASIDES = ["sorry the dogs barking", "hang on where are my glasses", "one sec my kid is shouting",
          "sorry im on the bus", "wait its faded on the card", "bear with me", "sorry about the noise",
          "hold on hold on", "let me just turn the telly down"]
RESTARTS = ["no sorry let me start again", "no no wait", "sorry scratch that", "hang on thats wrong",
            "actually no", "wait i read that wrong it's"]
TYPED_TAILS = ["", ".", " thanks", " - thanks!", " cheers", ".  Pls confirm", " ty", "!!", " ok?"]


# ---------------------------------------------------------------- value makers
def gen_card():
    kind = ch(["visa16", "visa16", "mc", "mc", "amex", "disc", "visa13", "maestro19", "visa19"])
    pre, ln = {"visa16": ("4", 16), "mc": (ch(["51", "52", "53", "54", "55", "2221"]), 16),
               "amex": (ch(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
               "maestro19": ("6759", 19), "visa19": ("4", 19)}[kind]
    body = pre + "".join(str(R.randrange(10)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def typed_card(c):
    st = R.random()
    if st < 0.25:
        return " ".join(group_digits(c, [4, 6, 5] if len(c) == 15 else [4] * 5))
    if st < 0.4:
        return "-".join(group_digits(c, [4] * 5))
    if st < 0.55:
        return c
    if st < 0.7:
        return " ".join(group_digits(c, [ch([3, 4, 5, 6]) for _ in range(8)]))
    if st < 0.8:
        return ".".join(group_digits(c, [4] * 5))
    return "  ".join(group_digits(c, [4] * 5))


def gen_ssn():
    while True:
        s = "%03d%02d%04d" % (R.randrange(1, 900), R.randrange(1, 100), R.randrange(1, 10000))
        if ssn_ok(s):
            return s


def typed_ssn(s):
    return ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s %s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])


NI_A = "abceghjklmnprstwxyz"
NI_B = "abceghjklmnprstwxyz"


def gen_ni():
    while True:
        pre = ch(NI_A) + ch(NI_B)
        if pre not in NI_BAD:
            break
    return pre + "".join(str(R.randrange(10)) for _ in range(6)) + ch("abcd")


def typed_ni(n):
    n = ch([n.upper(), n.upper(), n.lower(), n[:2].upper() + n[2:8] + n[8].lower()])
    return ch(["{0}", "{0}", "{1} {2} {3} {4} {5}", "{1}{2}{3}{4} {5}", "{1} {2}{3}{4} {5}",
               "{1}-{2}-{3}-{4}-{5}"]).format(n, n[:2], n[2:4], n[4:6], n[6:8], n[8])


def mod97_check(country, bban):
    r = bban.upper() + country + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return "%02d" % (98 - n % 97)


def rd(k):
    return "".join(str(R.randrange(10)) for _ in range(k))


def gen_iban():
    c = ch(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    bban = {"GB": lambda: ch(["NWBK", "BARC", "MIDL", "HBUK", "ULSB"]) + rd(14),
            "IE": lambda: ch(["AIBK", "IPBS", "ULSB"]) + rd(14),
            "DE": lambda: rd(18), "NL": lambda: ch(["RABN", "INGB", "ABNA", "TRIB"]) + rd(10),
            "ES": lambda: rd(20), "FR": lambda: rd(23)}[c]()
    return c + mod97_check(c, bban) + bban


def typed_iban(i):
    grp = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return ch([grp, grp, i, grp.lower(), i[:4] + " " + i[4:]])


def gen_phone():
    k = ch(["uk_mob", "uk_land", "us", "ie_mob", "intl_uk", "intl_us", "intl_ie"])
    if k == "uk_mob":
        d = "07" + ch(["700", "911", "824", "456", "398"]) + rd(6)
        return d, ch([d[:5] + " " + d[5:], d[:5] + " " + d[5:8] + " " + d[8:], d])
    if k == "uk_land":
        d = "020" + ch(["7946", "8123", "3571"]) + rd(4)
        return d, ch([d[:3] + " " + d[3:7] + " " + d[7:], "(" + d[:3] + ") " + d[3:7] + " " + d[7:], d])
    if k == "us":
        d = ch(["212", "415", "617", "312", "503"]) + "555" + "01" + rd(2)
        return d, ch([d[:3] + "-" + d[3:6] + "-" + d[6:], d[:3] + "." + d[3:6] + "." + d[6:], d[:3] + " " + d[3:6] + " " + d[6:]])
    if k == "ie_mob":
        d = "08" + ch(["3", "5", "6", "7"]) + rd(7)
        return d, ch([d[:3] + " " + d[3:6] + " " + d[6:], d[:3] + "-" + d[3:]])
    if k == "intl_uk":
        d = "447" + ch(["700", "911", "824"]) + rd(6)
        return "+" + d, ch(["+44 " + d[2:6] + " " + d[6:], "+44 (0)" + d[2:6] + " " + d[6:], "+" + d])
    if k == "intl_us":
        d = "1" + ch(["212", "646", "415"]) + "55501" + rd(2)
        return "+" + d, ch(["+1 " + d[1:4] + " " + d[4:7] + " " + d[7:], "+1-" + d[1:4] + "-" + d[4:7] + "-" + d[7:]])
    d = "3538" + ch(["3", "5", "7"]) + rd(7)
    return "+" + d, ch(["+353 " + d[3:5] + " " + d[5:8] + " " + d[8:], "+353" + d[3:]])


FIRST = ["john", "sarah", "aoife", "mike", "priya", "liam", "chloe", "dmitri", "grace", "tomasz",
         "jen", "kwame", "emma", "sean", "lucy"]
LAST = ["doe", "oconnor", "smith", "patel", "byrne", "nowak", "walsh", "kim", "murphy", "adeyemi",
        "hughes", "reilly"]
DOMS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"),
        ("eircom", "net"), ("icloud", "com"), ("btinternet", "com"), ("proton", "me"), ("web", "de")]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    sep = ch([".", "_", "", "."])
    user = ch([f + sep + l, f[0] + sep + l, f + sep + l + rd(2), l + f[0], f + rd(4)])
    dom, tld = ch(DOMS)
    return user + "@" + dom + "." + tld


def spoken_email(e):
    user, host = e.split("@")
    words = []
    for part in re.findall(r"[a-z]+|\d+|[._-]", user):
        if part == ".":
            words.append("dot")
        elif part == "_":
            words.append("underscore")
        elif part == "-":
            words.append("dash")
        elif part.isdigit():
            words.extend(DIGW[int(d)] if d != "0" else "zero" for d in part)
        elif len(part) <= 2 or p(0.25):
            words.extend(part)  # spelt out letter by letter
        else:
            words.append(part)
    words.append("at")
    for k, hp in enumerate(host.split(".")):
        if k:
            words.append("dot")
        words.append(hp)
    if p(0.15):
        words.insert(R.randrange(1, len(words)), ch(["um", "uh"]))
    return " ".join(words)


def gen_date(minyear, maxyear):
    return R.randrange(1, 29), R.randrange(1, 13), R.randrange(minyear, maxyear + 1)


def year_words(y):
    if y >= 2000:
        return ch(["two thousand and " + (DIGW[y - 2000] if y - 2000 < 10 else TEENW.get(y - 2000, "")),
                   "twenty " + two_words(y - 2000)]) if y - 2000 < 20 else "twenty " + two_words(y - 2000)
    return two_words(y // 100) + " " + two_words(y % 100)


def two_words(v):
    if v < 10:
        return "oh " + DIGW[v]
    if v < 20:
        return TEENW[v]
    return TENW[v // 10] + ("" if v % 10 == 0 else " " + DIGW[v % 10])


def typed_dob(d, m, y, us=False):
    mon = MONTHS[m - 1].capitalize()
    sfx = "th" if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28) else {1: "st", 21: "st", 2: "nd", 22: "nd", 3: "rd", 23: "rd"}[d]
    if us:
        return ch(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (mon, d, y), "%d-%02d-%02d" % (y, m, d)])
    return ch(["%02d/%02d/%d" % (d, m, y), "%d/%d/%02d" % (d, m, y % 100), "%d%s %s %d" % (d, sfx, mon, y),
               "%d %s %d" % (d, mon[:3], y), "%02d.%02d.%d" % (d, m, y), "%d-%s-%d" % (d, mon[:3].upper(), y)])


def spoken_dob(d, m, y, us=False):
    if us and p(0.5):
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y))
    return ch(["%s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y)),
               "the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y)),
               "%s %s %s" % (ORD[d], MONTHS[m - 1], year_words(y)),
               "%s %s %s" % (two_words(d) if d >= 10 else unit_word(str(d), 0), two_words(m) if m >= 10 else "oh " + DIGW[m], two_words(y % 100) if y % 100 >= 10 else "oh " + DIGW[y % 100])])


STREETS = ["mill lane", "acacia avenue", "church road", "station road", "kings road", "the crescent",
           "elm grove", "harbour view terrace", "maple drive", "oak close", "victoria street",
           "orchard way", "main street", "park avenue", "sycamore court", "willow gardens",
           "elm st", "oak ave", "sunset blvd", "castle hill", "brook mews", "market square"]
UK_PCS = ["sw1a 1aa", "m1 1ae", "ec2r 8ah", "bt7 1nn", "g2 3ax", "cf10 1ep", "ls1 4dy", "b33 8th",
          "cr2 6xh", "dn55 1pt", "w1a 4ww", "eh1 2ng", "l3 9pa", "ne1 7rt", "bs8 1th", "ch1 2hj"]
TOWNS = ["leeds", "london", "belfast", "glasgow", "cardiff", "manchester", "dublin", "boston",
         "cork", "bristol", "austin"]


def gen_zip():
    z = "%05d" % R.randrange(10001, 99950)
    return z if p(0.75) else z + rd(4)


# ---------------------------------------------------------------- generic frames
ASK = {
    "CARD_NUMBER": (["can i take the long number on the front of the card", "whats the card number please",
                     "go ahead with the card number when youre ready", "could you read me the sixteen digits across the front"],
                    ["Please enter the card number", "What's the card number?", "Can you send the full card number?"]),
    "SSN": (["can i get your social security number please", "and the social", "for verification i need your social security number",
             "whats your ss n"], ["Please provide your SSN for verification.", "Can you confirm your social security number?"]),
    "NI_NUMBER": (["could i take your national insurance number", "whats your n i number please",
                   "and your national insurance number for security"],
                  ["Please confirm your National Insurance number.", "What is your NI number?"]),
    "IBAN": (["can you read me the iban", "whats the iban for the refund", "i need the full iban please"],
             ["Please send the IBAN for the refund.", "What IBAN should we pay into?"]),
    "PHONE": (["whats the best number to call you back on", "can i take a contact number",
               "and a phone number please"], ["What's a good contact number?", "Which number can we reach you on?"]),
    "BANK_ACCOUNT": (["and the account number", "whats the account number please"],
                     ["And the account number?", "Please give the account number."]),
    "SORT_CODE": (["whats the sort code", "can i have the sort code"], ["What's the sort code?"]),
    "CVV": (["and the three digits on the back", "and the security code"], ["And the CVV?"]),
    "POSTCODE": (["and the postcode", "whats the zip code"], ["Postcode please?"]),
}
LEADS = {
    "CARD_NUMBER": (["yeah its", "ok its", "right so its", "the card number is", "my my card number is", "", "its a visa its",
                     "okay um its", "mastercard ending in no the whole thing is"],
                    ["Card number: ", "card no ", "Sure, it's ", "", "cc# ", "CARD NUM:", "here u go ", "Its "]),
    "SSN": (["yeah its", "my social is", "its", "social security number is", "ok so", ""],
            ["SSN: ", "ssn ", "My SSN is ", "social sec # ", "", "SS#:"]),
    "NI_NUMBER": (["its", "yeah its", "my n i is", "national insurance number is", "ok so its", ""],
                  ["NI: ", "NINO ", "My NI number is ", "ni no. ", "", "National Insurance No:"]),
    "IBAN": (["its", "the iban is", "yeah so it starts", "ok its", ""], ["IBAN: ", "iban ", "", "Account IBAN - "]),
    "PHONE": (["its", "my mobile is", "you can get me on", "call me on", "my number is", ""],
              ["Tel: ", "mob ", "Phone - ", "", "call me on ", "my cell is "]),
    "BANK_ACCOUNT": (["its", "account number is", "the account is", ""], ["acct no: ", "Acct # ", "a/c ", "Account number: ", ""]),
    "SORT_CODE": (["its", "the sort code is", ""], ["sort code ", "S/C: ", ""]),
    "CVV": (["its", "the three digits are", ""], ["cvv ", "CVV: ", "security code "]),
    "POSTCODE": (["its", "postcode is", ""], ["postcode ", "ZIP: ", ""]),
}


def spoken_pieces(typ, canon):
    mixed = ch([0, 0, 0.15, 0.4])
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return speak_alnum(canon, mixed, pairs=0.2)
    digits = canon.replace("+", "")
    pieces = speak_digits(digits, mixed, pairs=ch([0.1, 0.3, 0.5]))
    if canon.startswith("+"):
        pieces = ["plus"] + pieces
    return pieces


def typed_form(typ, canon, typed_hint=None):
    if typed_hint:
        return typed_hint
    return {"CARD_NUMBER": typed_card, "SSN": typed_ssn, "NI_NUMBER": typed_ni, "IBAN": typed_iban}.get(
        typ, lambda c: c)(canon)


def first_alnum(s):
    m = re.search(r"[A-Za-z0-9]", s)
    return s[:m.start()], s[m.start():]


def value_case(typ, canon, style, typed_hint=None, note_extra=""):
    g = G(typ, canon)
    ind, hi = greet(style != "chat")
    asks, tasks = ASK[typ]
    leads, tleads = LEADS[typ]
    if style == "chat":
        text = typed_form(typ, canon, typed_hint)
        pre, text = first_alnum(text)
        turns = [T("agent", hi, " ", ch(tasks)), T("customer", ch(tleads) + pre, V(text, g), ch(TYPED_TAILS))]
        if p(0.3):
            turns.append(T("agent", ch(["Thanks, one moment.", "Got it, checking now.", "Perfect, thank you!"])))
        return turns, "%s typed chat (%s)" % (typ, ind)
    if style == "email":
        text = typed_form(typ, canon, typed_hint)
        pre, text = first_alnum(text)
        lab = ch(tleads)
        body = ch(["Hi team,\nRe my earlier call - ", "Hello,\n\nAs requested ", "hi\n", "Dear Sir/Madam,\nPlease update my details. "])
        turns = [T("customer", body + lab + pre, V(text, g), ch([".\nRegards,\n", "\nthanks\n", "\n\nKind regards\n"]) + ch(FIRST).capitalize())]
        return turns, "%s in e-mail body (%s)" % (typ, ind)
    pieces = spoken_pieces(typ, canon)
    ask = ch(asks)
    lead = ch(leads)
    lead = (lead + " ") if lead else ""
    if style == "asr":
        return [T("agent", hi), T("customer", ch(["yeah hi", "hiya", "hello yeah", "hi um"]) + " " + ch(["i need to update my details", "i want to pay my bill", "im calling about a charge", "its about my account"])),
                T("agent", ask), T("customer", lead, V(glue(pieces), g), ch(["", " yeah", " thats it", " i think"]))], "%s spoken, ASR (%s)" % (typ, ind)
    if style == "split" and len(pieces) >= 3:
        parts = split_pieces(pieces, ch([2, 3, 3, 4]))
        turns = [T("agent", ask)]
        for k, part in enumerate(parts):
            turns.append(T("customer", lead if k == 0 else ch(["", "", "then ", "and then ", "uh "]), V(glue(part), g, "part")))
            if k < len(parts) - 1:
                turns.append(T("agent", ch(BACKCH)))
        turns.append(T("agent", ch(["lovely thank you", "great thats everything", "okay let me just check that"])))
        return turns, "%s spoken over %d customer turns with back-channels (%s)" % (typ, len(parts), ind)
    if style == "readback":
        g2 = G(typ, canon)
        return [T("agent", ask), T("customer", lead, V(glue(pieces), g)),
                T("agent", ch(["so thats ", "let me read that back ", "okay i have ", "just to confirm "]), V(glue(spoken_pieces(typ, canon), 0.05), g2), ch([" is that right", " yeah", " correct", ""])),
                T("customer", ch(["yes", "yep thats right", "thats it yeah", "correct"]))], "%s spoken with agent read-back (%s)" % (typ, ind)
    if style == "aside" and len(pieces) >= 3:
        a, b = split_pieces(pieces, 2)
        return [T("agent", ask), T("customer", lead, V(glue(a), g, "part"), " " + ch(ASIDES) + " ", V(glue(b), g, "part"))], \
            "%s spoken with an aside in the middle (%s)" % (typ, ind)
    if style == "restart" and len(pieces) >= 3:
        k = R.randrange(1, max(2, len(pieces) - 1))
        frag = pieces[:k]
        return [T("agent", ask), T("customer", lead, V(glue(frag), g, "frag"), " " + ch(RESTARTS) + " ", V(glue(spoken_pieces(typ, canon)), g))], \
            "%s spoken with abandoned start and restart; fragment labelled (%s)" % (typ, ind)
    return value_case(typ, canon, "asr", typed_hint, note_extra)


STYLES = ["chat", "chat", "email", "asr", "asr", "split", "split", "readback", "aside", "restart"]


# ---------------------------------------------------------------- special positive cases
def card_combo():
    c = gen_card()
    gc, ge, gv = G("CARD_NUMBER", c), G("EXPIRY"), G("CVV", rd(4 if c[:2] in ("34", "37") else 3))
    m, y = R.randrange(1, 13), R.randrange(2025, 2032)
    if p(0.5):
        t = typed_card(c)
        exp = ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100), "%02d %02d" % (m, y % 100)])
        turns = [T("customer", "Card: ", V(t, gc), ch([" exp ", "  expiry ", ", exp: ", " Exp.Date "]), V(exp, ge),
                   ch([" cvv ", " CVC:", " sec code ", " / "]), V(gv.canon, gv))]
        return turns, "card + expiry + CVV typed on one line"
    ex = ch(["%s %s" % ("oh " + DIGW[m] if m < 10 else two_words(m), two_words(y % 100)),
             "%s %s" % (MONTHS[m - 1], year_words(y)), "%s twenty %s" % (MONTHS[m - 1], two_words(y % 100)),
             "%s slash %s" % (DIGW[m] if m < 10 else two_words(m), two_words(y % 100))])
    turns = [T("agent", ch(ASK["CARD_NUMBER"][0])), T("customer", ch(["its ", "yeah ", ""]), V(glue(spoken_pieces("CARD_NUMBER", c)), gc)),
             T("agent", ch(["and the expiry", "expiry date", "when does it expire"])),
             T("customer", ch(["", "its ", "uh "]), V(ex, ge)), T("agent", ch(["and the last three on the back", "and the security code"])),
             T("customer", ch(["", "its ", "um "]), V(glue(speak_digits(gv.canon, 0.2, 0.2)), gv), ch(["", " i think"]))]
    return turns, "card, expiry and CVV spoken on a call"


def dob_case():
    d, m, y = gen_date(1938, 2006)
    us = p(0.35)
    g = G("DOB")
    if p(0.4):
        return [T("agent", ch(["Can you confirm your date of birth?", "DOB please"])),
                T("customer", ch(["", "DOB ", "its ", "born "]), V(typed_dob(d, m, y, us), g), ch(["", ".", " thx"]))], "DOB typed chat"
    sp = spoken_dob(d, m, y, us)
    if p(0.3):
        w = sp.split()
        w.insert(R.randrange(1, len(w)), ch(["um", "uh", "er"]))
        sp = " ".join(w)
    turns = [T("agent", ch(["and your date of birth", "can you confirm your d o b", "whats your date of birth please"])),
             T("customer", ch(["its ", "yeah ", "born on the ", "um ", ""]), V(sp, g))]
    if p(0.4):
        turns.append(T("agent", ch(["so ", "thats "]), V(spoken_dob(d, m, y, us), G("DOB")), " yeah"))
        turns.append(T("customer", "yep"))
    return turns, "DOB spoken%s" % (" (US order)" if us else "")


def num_words_house(n):
    return ch([str(n), two_words(n) if n >= 10 else DIGW[n]])


def address_case():
    ga, gp = G("ADDRESS"), None
    street = ch(STREETS)
    n = R.randrange(1, 99)
    us = street in ("elm st", "oak ave", "sunset blvd") or p(0.2)
    pc = gen_zip() if us else ch(UK_PCS).replace(" ", "")
    gp = G("POSTCODE", pc)
    if p(0.45):
        flat = ch(["", "", "Flat %d, " % R.randrange(1, 20), "Apt %d " % R.randrange(1, 30), "%da " % n])
        st = " ".join(w.capitalize() for w in street.split()) if p(0.7) else street.upper()
        addr = (flat + "%d %s" % (n, st)) if not flat.endswith("a ") else flat + st
        pct = (pc[:-3].upper() + " " + pc[-3:].upper()) if not us else (pc if len(pc) == 5 else pc[:5] + "-" + pc[5:])
        return [T("agent", "What's the billing address?"),
                T("customer", V(addr, ga), ", " + ch(TOWNS).capitalize() + ch([", ", " ", ",  "]), V(pct, gp))], "address + postcode typed"
    flat = ch(["", "", "flat %s " % DIGW[R.randrange(1, 10)], "apartment %s " % two_words(R.randrange(10, 40))])
    addr = flat + num_words_house(n) + " " + street
    pcs = glue(spoken_pieces("POSTCODE", pc), 0.08, 0.0)
    turns = [T("agent", ch(["can i take the first line of the address", "whats the address on the account"])),
             T("customer", ch(["its ", "yeah ", "um ", ""]), V(addr, ga), " " + ch(TOWNS)),
             T("agent", ch(["and the postcode", "and the zip code"])), T("customer", ch(["", "its ", "uh "]), V(pcs, gp))]
    return turns, "address and postcode spoken"


def email_case():
    e = gen_email()
    g = G("EMAIL", e)
    if p(0.4):
        t = ch([e, e.capitalize(), e.upper() if p(0.2) else e])
        return [T("agent", "What email address should we use?"), T("customer", ch(["", "email: ", "its ", "E-mail - "]), V(t, g), ch(["", " ", ".", " thanks"]))], "e-mail typed"
    sp = spoken_email(e)
    turns = [T("agent", ch(["and an email address", "whats the best email for you"])), T("customer", ch(["its ", "yeah its ", "um ", ""]), V(sp, g))]
    if p(0.4):
        turns.append(T("agent", "so ", V(spoken_email(e), G("EMAIL", e)), " yeah"))
        turns.append(T("customer", "thats it"))
    return turns, "e-mail spoken (dot/at)"


def bank_case():
    uk = p(0.6)
    acct = rd(8) if uk else rd(ch([10, 11, 12]))
    ga = G("BANK_ACCOUNT", acct)
    if uk:
        sc = "%02d%04d" % (R.randrange(10, 99), R.randrange(0, 10000))
        gs = G("SORT_CODE", sc)
        if p(0.45):
            sct = ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
            return [T("agent", "Please give the account number and sort code."),
                    T("customer", ch(["acct no: ", "Acc No.", "a/c "]), V(acct, ga), ch([" sort code ", ", s/c ", " SC:"]), V(sct, gs))], "UK account + sort code typed"
        return [T("agent", ch(ASK["SORT_CODE"][0])), T("customer", ch(["its ", ""]), V(glue(speak_digits(sc, 0.1, 0.7)), gs)),
                T("agent", "and the account number"), T("customer", ch(["", "its ", "um "]), V(glue(spoken_pieces("BANK_ACCOUNT", acct)), ga))], "UK sort code + account spoken"
    rt = None
    if p(0.5):
        return [T("agent", "What's the checking account number?"), T("customer", ch(["acct # ", "Checking acct ", ""]), V(acct, ga))], "US account typed"
    turns, note = value_case("BANK_ACCOUNT", acct, ch(["asr", "split", "readback"]))
    return turns, note


# ---------------------------------------------------------------- negatives
def nwords(n):
    """Spoken cardinal for 0..9999."""
    if n < 10:
        return DIGW[n]
    if n < 100:
        return two_words(n)
    if n < 1000:
        return DIGW[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + nwords(n % 100))
    return nwords(n // 1000) + " thousand" + ("" if n % 1000 == 0 else (" and " if n % 1000 < 100 else " ") + nwords(n % 1000))


def neg_templates():
    c = gen_card()
    l4 = rd(4)
    amt = R.randrange(11, 2000)
    pen = R.randrange(1, 99)
    T_ = [
        ("order number that is Luhn-valid and grouped like a card",
         [T("agent", "Your order number is %s, quote it if you call back." % " ".join(group_digits(c, [4] * 5))), T("customer", "ok thanks")]),
        ("order number spoken like a card reading",
         [T("agent", "can i take the order number"), T("customer", "yeah the order number is " + glue(speak_digits(c, 0.1, 0.3), 0.1, 0))]),
        ("card last four only",
         [T("agent", "which card is it"), T("customer", "the one ending %s" % glue(speak_digits(l4, 0, 0.5), 0, 0)), T("agent", "the visa ending in %s yes" % l4)]),
        ("card last four typed",
         [T("customer", "Can you refund to the card ending %s? Last four %s" % (l4, l4))]),
        ("balance amount in words",
         [T("agent", "your balance is %s pounds %s" % (nwords(amt), nwords(pen))), T("customer", "right and when is that due")]),
        ("price with digits",
         [T("customer", "Why was I charged $%d.%02d instead of $%d.99?" % (amt, pen, R.randrange(10, 99)))]),
        ("reference number 9 digits like SSN",
         [T("agent", "your reference number is %s" % "-".join([rd(3), rd(2), rd(4)])), T("customer", "thanks")]),
        ("claim number spoken",
         [T("customer", "im calling about claim number " + glue(speak_digits(rd(9), 0.2, 0.3), 0.1, 0.05))]),
        ("ticket reference in NI-like format",
         [T("agent", "Ticket ref %s%s %s %s %s %s - keep that for your records." % (ch("ABCEHJ"), ch("ABCEHJ"), rd(2), rd(2), rd(2), ch("ABCD")))]),
        ("meter reading 6 digits like sort code",
         [T("agent", "whats the meter reading"), T("customer", "its " + glue(speak_digits(rd(6), 0.1, 0.5), 0.1, 0)), T("agent", "lovely and thats the electric meter")]),
        ("meter reading typed",
         [T("customer", "Meter reading today: %s-%s-%s (gas)" % (rd(2), rd(2), rd(2)))]),
        ("flight gate seat",
         [T("agent", "so flight %s %s departs gate %s%d and youre in seat %d%s" % (ch(["ei", "ba", "fr", "ua"]), nwords(R.randrange(100, 999)), ch("abc"), R.randrange(1, 40), R.randrange(1, 40), ch("acdf")))]),
        ("room number and times",
         [T("customer", "Room %d, checking out at %d:%02d, breakfast 7-10am" % (R.randrange(100, 999), R.randrange(9, 12), ch([0, 15, 30])))]),
        ("opening hours",
         [T("agent", "were open eight till eight monday to friday and nine to five on saturdays"), T("customer", "ok")]),
        ("duration and counts",
         [T("customer", "ive been on hold for %s minutes and called %s times" % (nwords(R.randrange(20, 59)), nwords(R.randrange(3, 9))))]),
        ("age and temperature",
         [T("customer", "my mum is %s and the heating only gets to %s degrees" % (nwords(R.randrange(60, 95)), nwords(R.randrange(12, 19))))]),
        ("percentages and APR",
         [T("agent", "the APR is %d.%d%% and the rate drops by %s percent" % (R.randrange(5, 30), R.randrange(10), nwords(R.randrange(1, 5))))]),
        ("appointment date and time",
         [T("agent", "your engineer appointment is on the %s of %s between %s and %s" % (ORD[R.randrange(1, 29)], ch(MONTHS), ch(["eight", "nine", "ten"]), ch(["twelve", "one", "two"])))]),
        ("contract end date typed dd/mm/yyyy",
         [T("agent", "Your contract ends %02d/%02d/%d and the early exit fee is £%d." % (R.randrange(1, 29), R.randrange(1, 13), R.randrange(2025, 2029), amt))]),
        ("payment date like expiry",
         [T("customer", "payment goes out on the %s every month, next one %02d/%02d" % (ORD[R.randrange(1, 29)], R.randrange(1, 13), R.randrange(25, 30)))]),
        ("tracking number",
         [T("agent", "Tracking number 1Z%s%s%s" % (rd(3), ch(["AA", "EX", "YW"]), rd(10)))]),
        ("serial and model numbers",
         [T("customer", "serial number is " + glue(speak_alnum("sn" + rd(10), 0.3, 0.3), 0.05, 0) + " and the model is " + ch(["kdl", "wm", "xr"]) + " " + nwords(R.randrange(10, 99)))]),
        ("policy number with label",
         [T("agent", "Policy number: POL-%s-%s" % (rd(4), rd(6))), T("customer", "thx")]),
        ("invoice number long digits",
         [T("customer", "invoice %s hasnt been paid" % rd(ch([11, 12, 13])))]),
        ("years mentioned",
         [T("customer", "ive been a customer since %s and my car is a %s model" % (year_words(R.randrange(1995, 2015)), R.randrange(2010, 2024)))]),
        ("road names",
         [T("customer", "theres roadworks on the %s near junction %s so the engineer might be late" % (ch(["m25", "a40", "n7", "i95", "m50"]), nwords(R.randrange(2, 30))))]),
        ("data allowance and counts",
         [T("agent", "youve used %s gigabytes of your %s and sent %s texts" % (nwords(R.randrange(2, 99)), nwords(ch([100, 50, 30])), nwords(R.randrange(100, 900))))]),
        ("booking reference alphanumeric",
         [T("agent", "booking reference " + " ".join(say_letter(x) if x.isalpha() else DIGW[int(x)] for x in ch("bcghk") + ch("pqrtx") + rd(2) + ch("mnwz")))]),
        ("amount spoken like digits",
         [T("customer", "the bill says %s %s %s point %s" % (unit_word(str(R.randrange(1, 10)), 0), unit_word(str(R.randrange(10)), 0), unit_word(str(R.randrange(10)), 0), two_words(pen)))]),
        ("case number 16 digits in e-mail",
         [T("customer", "Hi,\nRegarding case number %s - still no response.\nThanks" % rd(16))]),
        ("customer counts and waiting times",
         [T("agent", "there are %s people ahead of you estimated wait %s minutes" % (nwords(R.randrange(3, 40)), nwords(R.randrange(5, 45))))]),
        ("repeated digits as quantity",
         [T("customer", "i ordered double four packs and triple three boxes um no wait six boxes")]),
    ]
    return T_


# ---------------------------------------------------------------- build
def build():
    global R
    R = random.Random(SEED)
    cases = []  # (case dict, metas)
    plan = ([("CARD_NUMBER", None)] * 66 + [("COMBO", None)] * 14 + [("SSN", None)] * 32 + [("NI_NUMBER", None)] * 32
            + [("IBAN", None)] * 14 + [("PHONE", None)] * 16 + [("EMAIL", None)] * 15 + [("DOB", None)] * 14
            + [("ADDRESS", None)] * 15 + [("BANK", None)] * 14 + [("SORT_CODE", None)] * 6)
    for typ, _ in plan:
        if typ == "COMBO":
            turns, note = card_combo()
        elif typ == "DOB":
            turns, note = dob_case()
        elif typ == "ADDRESS":
            turns, note = address_case()
        elif typ == "EMAIL":
            turns, note = email_case()
        elif typ == "BANK":
            turns, note = bank_case()
        else:
            canon, hint = {"CARD_NUMBER": lambda: (gen_card(), None), "SSN": lambda: (gen_ssn(), None),
                           "NI_NUMBER": lambda: (gen_ni(), None), "IBAN": lambda: (gen_iban(), None),
                           "PHONE": gen_phone,
                           "SORT_CODE": lambda: ("%02d%04d" % (R.randrange(10, 99), R.randrange(10000)), None)}[typ]()
            turns, note = value_case(typ, canon, ch(STYLES), hint)
        cases.append(mk("positive", note, turns))
    for k in range(112):
        note, turns = ch(neg_templates())
        cases.append(mk("negative", note, turns))
    pos = neg = 0
    lines = []
    for c, metas in cases:
        if c["kind"] == "positive":
            pos += 1
            cid = "h378-pos-%03d" % pos
        else:
            neg += 1
            cid = "h378-neg-%03d" % neg
        d = {"id": cid, "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}
        lines.append(json.dumps(d, ensure_ascii=False))
    return "\n".join(lines) + "\n", cases


def counts(cases):
    ct = {t: 0 for t in TYPES}
    for c, _ in cases:
        for s in c["spans"]:
            ct[s["type"]] += 1
    return ct


def readme(cases):
    ct = counts(cases)
    npos = sum(1 for c, _ in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, ct[t]) for t in TYPES)
    return """# pii_holdout378 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not fit patterns, thresholds, word lists or
> prompts to these cases and do not copy phrasings from them into the engine or its
> training/dev data. It exists only to measure the redaction engine. If it leaks into
> development it stops being a held-out set and must be replaced.

## Provenance

Written by an AI helper acting as an independent test author. The author did not see
the redaction code, its tests, its docs or any other PII fixture. Every case is
produced by `scripts/make_pii_holdout378.py` (standard library only, one
`random.Random(378241125)`); turns are assembled from plain-text and labelled value
segments, so offsets are computed, never typed by hand.

    python scripts/make_pii_holdout378.py          # regenerate
    python scripts/make_pii_holdout378.py --check  # verify (byte-identical, ids, offsets, values)

`--check` regenerates the file and checks it is byte-identical, ids are unique, spans
are in range, start/end on word boundaries and do not overlap, and every labelled
value is valid after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI
format, 9-digit SSN with valid area/group/serial, 6-digit sort code, UK postcode or US
ZIP, phone digit count, e-mail syntax, date/address shape). Values split over turns or
interrupted by an aside are validated once reassembled.

## Content

%d cases: %d positive, %d negative. Typed chat and e-mail (separators, odd grouping,
case variation, labels such as `acct no:`) and speech-recogniser transcripts at their
worst: lower case, no punctuation, numbers as words, digits and words mixed, `oh`/`o`/
`nought`/`zero`, `double`/`triple`, pairs (`forty one`), hundreds (`four hundred and
twelve`), homophones transcribed literally (`for` = 4, `to` = 2, `ate` = 8, `won` = 1,
`tree` = 3, `are` = R, `see` = C, `why` = Y), run-together words (`fourfive`,
`doublenine`), repeated fillers, NATO spelling (`j for juliet`, `n as in nancy`),
values split over several customer turns with agent back-channels, agent read-backs,
asides inside a reading, and abandoned readings followed by a restart. Industries:
banking, telecom, utilities, retail, insurance, travel, healthcare billing, government
services; UK, US, Irish and EU formats.

## Annotation conventions

- `start`/`end` are Python character offsets into that turn's `text` (end exclusive).
- A span covers exactly the value, first letter/digit to last; lead-ins (`it's`, `my
  number is`) are outside. A typed leading `+` or `(` of a phone number is therefore
  outside the span; a spoken `plus` is inside.
- Values are labelled as transcribed, including misheard homophones.
- A value split across turns (or around an aside) gets one span per piece, each with
  the value's type. Agent read-backs are labelled too.
- Filler words inside a reading (`um`, `uh`) are inside the span.
- An abandoned partial reading that is then restarted is labelled with the value's type
  (it discloses part of the value); the restarted full reading is a separate span.
- Phone spans include the country code. ADDRESS covers house/flat number and street,
  not the town; the postcode/ZIP is a separate POSTCODE span. DOB and EXPIRY cover the
  whole date expression.
- A card's last four said on their own ("card ending 4821") are not PII.
- Negative cases have no spans. They contain amounts, balances, prices, times, opening
  hours, durations, counts, ages, temperatures, percentages, years, appointment /
  payment / contract dates, order / ticket / invoice / claim / reference / tracking /
  serial / model / policy / booking numbers with their label (some Luhn-valid and
  grouped or spoken exactly like a card), meter readings, flight / room / gate / seat
  numbers, road names and card last-four mentions.

## Span counts by type

| Type | Spans |
|---|---|
%s
| **total** | %d |
""" % (len(cases), npos, nneg, rows, sum(ct.values()))


def check(text, cases):
    errs = []
    with open(CASES, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    if os.path.exists(README):
        with open(README, encoding="utf-8") as f:
            if f.read() != readme(cases):
                errs.append("README.md out of date")
    ids = set()
    for line, (c, metas) in zip(text.splitlines(), cases):
        d = json.loads(line)
        if d["id"] in ids:
            errs.append("dup id " + d["id"])
        ids.add(d["id"])
        if d["kind"] == "negative" and d["spans"]:
            errs.append(d["id"] + " negative with spans")
        if d["kind"] == "positive" and not d["spans"]:
            errs.append(d["id"] + " positive without spans")
        for t in d["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(d["id"] + " bad speaker")
        by_turn = {}
        for s, m in zip(d["spans"], metas):
            txt = d["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if s["type"] not in TYPES:
                errs.append("%s bad type" % d["id"])
            if not (0 <= a < b <= len(txt)):
                errs.append("%s span out of range" % d["id"])
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum() and (a == 0 or not txt[a - 1].isalnum())
                    and (b == len(txt) or not txt[b].isalnum())):
                errs.append("%s span not on word boundary: %r" % (d["id"], txt[a:b]))
            if txt[a:b] != m.text:
                errs.append("%s span text mismatch" % d["id"])
            by_turn.setdefault(s["turn"], []).append((a, b))
            e = validate(s["type"], txt[a:b], m.g.canon)
            if e:
                errs.append("%s %s" % (d["id"], e))
        for sp in by_turn.values():
            sp.sort()
            for (a1, b1), (a2, b2) in zip(sp, sp[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans" % d["id"])
        # assemble code-like values per group
        groups = {}
        for m in metas:
            groups.setdefault(id(m.g), (m.g, []))[1].append(m)
        for g, ms in groups.values():
            if g.typ in ("EMAIL", "DOB", "EXPIRY", "ADDRESS"):
                continue
            try:
                full = [compact(m.text.replace("(0)", "")) for m in ms if m.role != "frag"]
                frags = [compact(m.text) for m in ms if m.role == "frag"]
            except ValueError as ex:
                errs.append("%s %s" % (d["id"], ex))
                continue
            roles = {m.role for m in ms if m.role != "frag"}
            vals = ["".join(full)] if roles == {"part"} else full
            canon = g.canon.lower().replace("+", "") if g.canon else None
            for v in vals:
                v2 = v.replace("+", "")
                if canon is not None and v2 != canon:
                    errs.append("%s %s normalised %r != %r" % (d["id"], g.typ, v2, canon))
                if not validate_value(g.typ, v2):
                    errs.append("%s %s invalid value %r" % (d["id"], g.typ, v2))
            for fr in frags:
                if canon is None or not canon.startswith(fr.replace("+", "")):
                    errs.append("%s fragment %r not a prefix of value" % (d["id"], fr))
    ct = counts(cases)
    npos = sum(1 for c, _ in cases if c["kind"] == "positive")
    if npos < 200 or len(cases) - npos < 100:
        errs.append("too few cases")
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if ct[t] < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, ct[t]))
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    text, cases = build()
    if a.check:
        errs = check(text, cases)
        for e in errs[:60]:
            print("ERROR", e)
        if errs:
            print("%d errors" % len(errs))
            return 1
        print("OK: %d cases, spans %s" % (len(cases), counts(cases)))
        return 0
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print("wrote %d cases" % len(cases), counts(cases))
    return 0


if __name__ == "__main__":
    sys.exit(main())

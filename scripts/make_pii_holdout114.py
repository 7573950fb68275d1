#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout114``.

Written by an AI helper acting as an independent author; it did not see the
redaction code, its tests or other evaluation sets.  Standard library only.

    python scripts/make_pii_holdout114.py          # write fixture + README
    python scripts/make_pii_holdout114.py --check  # regenerate and verify

Every turn is assembled from plain-text segments and ``V`` (value) segments,
so span offsets are computed, never typed by hand.  All randomness comes from
one ``random.Random(114241124)``.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 114241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout114"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})


# ---------------------------------------------------------------- segments
class V:
    """A labelled value segment.

    text  : surface text as it appears in the turn (the span)
    typ   : entity type
    canon : canonical value (digits / upper-case alnum / e-mail / MMYY ...)
    group : spans sharing a group key are concatenated before validation
    echo  : a partial read-back; normalised text must occur inside canon
    """

    def __init__(self, text, typ, canon, group=None, echo=False):
        self.text, self.typ, self.canon = text, typ, canon
        self.group, self.echo = group, echo


def build(turn_specs):
    """turn_specs: list of (speaker, [segments]) -> turns, spans, checks."""
    turns, spans, checks = [], [], []
    for ti, (spk, segs) in enumerate(turn_specs):
        buf = ""
        for seg in segs:
            if isinstance(seg, V):
                s = len(buf)
                buf += seg.text
                spans.append({"turn": ti, "start": s, "end": len(buf), "type": seg.typ})
                checks.append(seg)
            else:
                buf += seg
        turns.append({"speaker": spk, "text": buf})
    return turns, spans, checks


# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"two": ["to", "too"], "four": ["for"], "eight": ["ate"], "one": ["won"]}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
CASUAL = {"b": ["bob", "boy", "baker"], "c": ["charlie", "cat"], "d": ["david", "dog"],
          "e": ["edward", "echo"], "h": ["harry", "hotel"], "j": ["john", "jack"],
          "k": ["king", "kilo"], "l": ["london", "larry"], "m": ["mary", "mother"],
          "n": ["nancy", "nora"], "p": ["peter", "paul"], "r": ["robert", "roger"],
          "s": ["sam", "sugar"], "t": ["tom", "tango"], "w": ["william", "water"],
          "x": ["x-ray"], "y": ["yellow", "yankee"], "z": ["zebra"],
          "a": ["apple", "alpha"], "g": ["george", "golf"]}
LETTER_SOUND = {"a": ["ay"], "b": ["bee"], "c": ["see", "sea"], "d": ["dee"],
                "g": ["gee"], "h": ["aitch", "haitch"], "j": ["jay"], "k": ["kay"],
                "p": ["pee", "pea"], "t": ["tee", "tea"], "y": ["why"], "x": ["ex"],
                "r": ["are"], "m": ["em"], "n": ["en"], "l": ["el"], "e": ["e"],
                "s": ["s", "ess"], "w": ["double u"], "z": ["zed"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def two_digit_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


class Speaker:
    """Turns digit strings into what an ASR transcript would show."""

    def __init__(self, rng, locale="uk"):
        self.rng = rng
        self.locale = locale
        zeros = {"uk": ["oh", "oh", "zero", "nought", "o"], "us": ["oh", "zero", "o", "oh"],
                 "ie": ["oh", "zero", "o"], "eu": ["zero", "zero", "oh"]}[locale]
        self.zero = rng.choice(zeros)
        self.pairs = rng.random() < 0.3
        self.doubles = rng.random() < 0.6
        self.homo = rng.random() < 0.25

    def unit(self, d):
        if d == "0":
            return self.zero if self.rng.random() < 0.85 else self.rng.choice(["oh", "zero"])
        w = UNITS[int(d)]
        if self.homo and w in HOMO and self.rng.random() < 0.25:
            return self.rng.choice(HOMO[w])
        if w == "three" and self.locale == "ie" and self.rng.random() < 0.4:
            return "tree"
        return w

    def digits(self, ds, pairs=None):
        rng = self.rng
        pairs = self.pairs if pairs is None else pairs
        out, i, n = [], 0, len(ds)
        while i < n:
            if self.doubles and i + 2 < n and ds[i] == ds[i + 1] == ds[i + 2] and rng.random() < 0.5:
                out.append("triple " + self.unit(ds[i]))
                i += 3
                continue
            if self.doubles and i + 1 < n and ds[i] == ds[i + 1] and rng.random() < 0.7:
                out.append("double " + self.unit(ds[i]))
                i += 2
                continue
            if pairs and i + 1 < n and ds[i] != "0" and (ds[i + 1] != "0" or ds[i] == "1") \
                    and rng.random() < 0.45:
                out.append(two_digit_words(int(ds[i:i + 2])))
                i += 2
                continue
            out.append(self.unit(ds[i]))
            i += 1
        return " ".join(out)

    def letter(self, ch, style=None):
        ch = ch.lower()
        rng = self.rng
        style = style or rng.choice(["plain", "plain", "nato", "for", "sound"])
        if style == "nato":
            return NATO[ch]
        if style == "for":
            word = rng.choice(CASUAL.get(ch, [NATO[ch]]))
            return f"{ch} {rng.choice(['for', 'for', 'as in'])} {word}"
        if style == "sound" and ch in LETTER_SOUND:
            return rng.choice(LETTER_SOUND[ch])
        return ch


# ---------------------------------------------------------------- normaliser
NUM = {w: str(i) for i, w in enumerate(UNITS)}
NUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "won": "1", "to": "2",
            "too": "2", "for": "4", "ate": "8", "tree": "3"})
TEEN = {w: str(10 + i) for i, w in enumerate(TEENS)}
TEN = {w: str(i) for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "erm", "ah", "sorry", "yeah", "and", "then", "it's", "its",
           "that's", "like", "hang", "on", "is", "dash", "hyphen", "space", "slash",
           "plus", "the", "uhm", "mm", "so", "okay", "hmm", "right", "just"}
SOUND2L = {}
for _l, _ws in LETTER_SOUND.items():
    for _w in _ws:
        if " " not in _w and len(_w) > 1:
            SOUND2L[_w] = _l
NATO2L = {w: l for l, w in NATO.items()}
NATO2L["xray"] = "x"
CORRECTION = re.compile(r"\b(?:no sorry|sorry no|no wait|scratch that|let me start again|"
                        r"actually no|sorry i mean|i mean)\b")


def spoken_alnum(text, keep_o_letter=False):
    """Normalise a spoken/typed value to upper-case alnum; None if unparsable."""
    parts = CORRECTION.split(text.lower())
    t = parts[-1]
    if re.search(r"\d", t):  # typed (chat) form: keep only letters and digits
        t = re.sub(r"(?<=\d)o|o(?=\d)", "0", t) if not re.match(r"[a-z]{2}\d\d", t.replace(" ", "")) else t
        return re.sub(r"[^0-9a-z]", "", t).upper()
    t = t.replace("x-ray", "xray")
    t = re.sub(r"\b([a-z]) (?:for|as in) ([a-z-]+)",
               lambda m: m.group(1) if m.group(2)[0] == m.group(1) else m.group(0), t)
    t = t.replace("double u", "w")
    t = re.sub(r"[,.;:/()+\-]", " ", t)
    toks = t.split()
    out = []
    i = 0
    pending_hundred = pending_thousand = False
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in ("double", "triple") and nxt is not None:
            k = 2 if w == "double" else 3
            if nxt in NUM:
                out.append(NUM[nxt] * k)
            elif len(nxt) == 1 and nxt.isalpha():
                out.append(nxt.upper() * k)
            else:
                return None
            i += 2
            continue
        if w == "hundred":
            if not out or not out[-1].isdigit():
                return None
            out.append("00")
            pending_hundred = True
            i += 1
            continue
        if w == "thousand":
            if not out or not out[-1].isdigit():
                return None
            out.append("000")
            pending_thousand = True
            i += 1
            continue
        val = None
        if w in TEN:
            val = TEN[w] + "0"
            if nxt in NUM and NUM[nxt] != "0" and nxt not in ("o", "oh"):
                val = TEN[w] + NUM[nxt]
                i += 1
        elif w in TEEN:
            val = TEEN[w]
        if val is not None:
            if pending_hundred:
                out[-1] = val
            elif pending_thousand:
                out[-1] = "0" + val if len(val) == 2 else val
            else:
                out.append(val)
            pending_hundred = pending_thousand = False
            i += 1
            continue
        if w in NUM and not (keep_o_letter and w == "o"):
            if pending_hundred:
                out[-1] = "0" + NUM[w]
            elif pending_thousand:
                out[-1] = "00" + NUM[w]
            else:
                out.append(NUM[w])
            pending_hundred = pending_thousand = False
            i += 1
            continue
        if w == "and" and (pending_hundred or pending_thousand):
            i += 1
            continue
        pending_hundred = pending_thousand = False
        if w in FILLERS:
            i += 1
            continue
        if len(w) == 1 and w.isalpha():
            out.append(w.upper())
        elif w in NATO2L:
            out.append(NATO2L[w].upper())
        elif w in SOUND2L:
            out.append(SOUND2L[w].upper())
        elif re.fullmatch(r"[a-z0-9]+", w) and re.search(r"\d", w):
            out.append(w.upper())
        else:
            return None
        i += 1
    return "".join(out)


def spoken_email(text):
    t = text.lower().strip()
    if "@" in t:
        return t
    t = re.sub(r"\b([a-z]) (?:for|as in) ([a-z-]+)",
               lambda m: m.group(1) if m.group(2)[0] == m.group(1) else m.group(0), t)
    toks = t.split()
    out, i = [], 0
    sym = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    while i < len(toks):
        w = toks[i]
        if w in sym:
            out.append(sym[w])
            i += 1
            continue
        j = i
        while j < len(toks) and (toks[j] in TEN or toks[j] in TEEN or
                                 (toks[j] in UNITS) or toks[j] in ("double", "triple")):
            j += 1
        if j > i:
            d = spoken_alnum(" ".join(toks[i:j]))
            if d is None:
                return None
            out.append(d)
            i = j
            continue
        out.append(w)
        i += 1
    return "".join(out).lower()


def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
US_ZIP = re.compile(r"\d{5}(\d{4})?")


def canon_ok(typ, c):
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "EXPIRY":
        return bool(re.fullmatch(r"\d{4}", c)) and 1 <= int(c[:2]) <= 12
    if typ == "SSN":
        return c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9" \
            and c[3:5] != "00" and c[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(c)) and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 17
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        return c.isdigit() and 10 <= len(c) <= 14
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", c))
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(c) or US_ZIP.fullmatch(c))
    if typ in ("DOB", "ADDRESS"):
        return bool(c)
    return False


def norm_expiry(text):
    t = text.lower()
    for i, m in enumerate(MONTHS):
        t = re.sub(r"\b" + m + r"\b", " %s %s " % (UNITS[(i + 1) // 10], UNITS[(i + 1) % 10]), t)
    t = re.sub(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
               lambda m: " %02d " % (["jan", "feb", "mar", "apr", "", "jun", "jul", "aug",
                                      "sep", "oct", "nov", "dec"].index(m.group(0)[:3]) + 1), t)
    t = re.sub(r"\b(\d\d) ", r"\1 ", t)
    return spoken_alnum(t)


def check_value(seg):
    """Return an error string or None for one V segment (group handled by caller)."""
    typ, text = seg.typ, seg.text
    if typ == "EMAIL":
        return None if spoken_email(text) == seg.canon else f"email {text!r} -> {spoken_email(text)!r}"
    if typ == "ADDRESS":
        if not re.search(r"\b(street|road|avenue|lane|drive|close|way|crescent|terrace|place|"
                         r"court|boulevard|st|rd|ave|dr|ln|blvd|park|grove|hill|row|gardens|"
                         r"square|parade|walk|green|mews)\b", text.lower()):
            return f"address without street word {text!r}"
        return None
    if typ == "DOB":
        low = text.lower()
        if not (any(m in low for m in MONTHS) or any(o in low for o in ORD[1:]) or len(re.sub(r"\D", "", spoken_alnum(low) or "")) >= 4
                or re.search(r"\d", low)):
            return f"dob unparsable {text!r}"
        return None
    if typ == "EXPIRY":
        n = norm_expiry(text)
        if n is None:
            return f"expiry unparsable {text!r}"
        if n.startswith("0") is False and len(n) == 3:
            n = "0" + n
        ok = n in (seg.canon, seg.canon[:2] + "20" + seg.canon[2:]) or \
            (n.lstrip("0") == seg.canon.lstrip("0"))
        return None if ok else f"expiry {text!r} -> {n} != {seg.canon}"
    n = spoken_alnum(text)
    if n is None:
        return f"unparsable {typ} {text!r}"
    return n


def validate_case(case, checks):
    errs = []
    groups = {}
    for sp, seg in zip(case["spans"], checks):
        if not canon_ok(seg.typ, seg.canon):
            errs.append(f"{case['id']}: canonical {seg.typ} {seg.canon!r} invalid")
        if seg.typ == "EMAIL" and seg.echo:
            got = (spoken_email(seg.text) or "?").replace(" ", "")
            if got not in seg.canon:
                errs.append(f"{case['id']}: email echo {seg.text!r} -> {got}")
            continue
        if seg.typ == "EMAIL" and seg.group is not None:
            got = spoken_email(seg.text) or "?"
            g = groups.setdefault(seg.group, [seg.canon, ""])
            g[1] = got if not g[1] else g[1] + ("" if "@" in g[1] + got else "@") + got
            continue
        if seg.typ in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
            e = check_value(seg)
            if e:
                errs.append(f"{case['id']}: {e}")
            continue
        n = check_value(seg)
        if n is None or n.startswith("unparsable"):
            errs.append(f"{case['id']}: {n or 'unparsable'}")
            continue
        if seg.echo:
            if n not in seg.canon:
                errs.append(f"{case['id']}: echo {seg.text!r} -> {n} not in {seg.canon}")
        elif seg.group is not None:
            groups.setdefault(seg.group, [seg.canon, ""])[1] += n
        elif n != seg.canon:
            errs.append(f"{case['id']}: {seg.typ} {seg.text!r} -> {n} != {seg.canon}")
        if seg.typ in ("CARD_NUMBER", "SSN", "CVV", "BANK_ACCOUNT", "SORT_CODE", "PHONE") \
                and not n.isdigit():
            errs.append(f"{case['id']}: non-digit {seg.typ} {seg.text!r}")
    for g, (canon, got) in groups.items():
        if got != canon:
            errs.append(f"{case['id']}: group {g} -> {got} != {canon}")
    return errs


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length, rng):
    ds = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(ds + c):
            return ds + c
    raise AssertionError


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "mc2"])
    if kind == "visa":
        return luhn_complete("4", 16, rng)
    if kind == "visa13":
        return luhn_complete("4", 13, rng) if rng.random() < 0.5 else luhn_complete("4", 19, rng)
    if kind == "mc":
        return luhn_complete("5" + rng.choice("12345"), 16, rng)
    if kind == "mc2":
        return luhn_complete("22" + rng.choice("3456789"), 16, rng)
    if kind == "amex":
        return luhn_complete("3" + rng.choice("47"), 15, rng)
    return luhn_complete("6011", 16, rng)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_L1) + rng.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - num % 97) + bban


def rdig(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def gen_iban(rng):
    cc = rng.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    if cc == "GB":
        return iban_make("GB", rng.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + rdig(rng, 14))
    if cc == "IE":
        return iban_make("IE", rng.choice(["AIBK", "BKIR", "IPBS"]) + rdig(rng, 14))
    if cc == "NL":
        return iban_make("NL", rng.choice(["ABNA", "INGB", "TRIB"]) + rdig(rng, 10))
    if cc == "DE":
        return iban_make("DE", rdig(rng, 18))
    if cc == "FR":
        return iban_make("FR", rdig(rng, 23))
    return iban_make("ES", rdig(rng, 20))


def gen_phone(rng, locale):
    if locale == "uk":
        k = rng.choice(["mob", "mob", "ldn", "man"])
        if k == "mob":
            return "07" + rng.choice("3456789") + rdig(rng, 8)
        if k == "ldn":
            return "020" + rng.choice("378") + rdig(rng, 7)
        return "0161" + rdig(rng, 7)
    if locale == "ie":
        return "08" + rng.choice("35679") + rdig(rng, 7)
    if locale == "us":
        return rng.choice("23456789") + rdig(rng, 2) + rng.choice("23456789") + rdig(rng, 6)
    return "0" + rng.choice("6789") + rdig(rng, 8)


UK_AREAS = ["SW", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "E", "N", "W", "SE",
            "CB", "RG", "KT", "BT", "DH", "PR", "GL", "NG", "LE", "S", "HU", "YO", "CH"]
UNIT_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc(rng):
    a = rng.choice(UK_AREAS)
    d = str(rng.randint(1, 28))
    return a + d + str(rng.randint(0, 9)) + rng.choice(UNIT_L) + rng.choice(UNIT_L)


def gen_zip(rng):
    return rng.choice("0123456789") + rdig(rng, 4)


STREETS_UK = ["hawthorn avenue", "elm road", "kings road", "victoria street", "mill lane",
              "church lane", "station road", "park crescent", "orchard close", "high street",
              "meadow way", "albert terrace", "beech grove", "rose hill", "chapel row",
              "willow gardens", "queens parade", "granby street", "ashford mews", "nelson square"]
STREETS_US = ["maple drive", "oak street", "sunset boulevard", "lakeview avenue",
              "pine ridge lane", "elm street", "washington avenue", "cedar court",
              "highland drive", "main street", "river road", "magnolia way"]
STREETS_IE = ["griffith avenue", "main street", "church road", "seafield park",
              "ballymun road", "college green", "the crescent", "oakley grove"]
FIRST = ["sinead", "john", "maria", "david", "priya", "tom", "aoife", "kevin", "laura",
         "marcus", "fiona", "raj", "helen", "sean", "chloe", "derek", "nadia", "gareth"]
LAST = ["murphy", "kelly", "patel", "walsh", "smith", "hughes", "brennan", "khan",
        "davies", "turner", "fitzgerald", "nguyen", "reilly", "baker", "quinn", "shah",
        "carter", "lynch"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "yahoo.com", "live.ie"]

# ---------------------------------------------------------------- helpers
BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yeah", "got that", "mm hmm",
        "okay and the next bit", "go ahead", "lovely", "perfect go on"]
FILL = ["um", "uh", "er", "erm"]


def fill(rng, p=0.3):
    return (" " + rng.choice(FILL)) if rng.random() < p else ""


def spoken_dob(rng, y, m, d, locale):
    s = rng.random()
    yw = year_words(rng, y)
    if locale == "us" and s < 0.5:
        return f"{MONTHS[m - 1]} {ORD[d]} {yw}"
    if s < 0.4:
        return f"the {ORD[d]} of {MONTHS[m - 1]} {yw}"
    if s < 0.6:
        return f"{ORD[d]} {MONTHS[m - 1]} {yw}"
    if s < 0.7 and locale != "us":
        return f"the {ORD[d]} of the {ORD[m]} {yw}"
    if s < 0.8:
        sp = Speaker(rng, locale)
        return f"{sp.digits('%02d' % d, pairs=False)} {sp.digits('%02d' % m, pairs=False)} {yw}"
    return f"{MONTHS[m - 1]} {two_digit_words(d)} {yw}"


def year_words(rng, y):
    if y >= 2000:
        return "two thousand and " + UNITS[y - 2000] if y < 2010 else "two thousand " + two_digit_words(y - 2000)
    r = rng.random()
    if r < 0.75:
        lo = y % 100
        return "nineteen " + (two_digit_words(lo) if lo >= 10 else "oh " + UNITS[lo])
    lo = y % 100
    return two_digit_words(lo) if lo >= 10 else "oh " + UNITS[lo]


def typed_dob(rng, y, m, d, locale):
    s = rng.random()
    if locale == "us":
        if s < 0.5:
            return f"{m:02d}/{d:02d}/{y}"
        if s < 0.75:
            return f"{MONTHS[m - 1].capitalize()} {d}, {y}"
        return f"{m}-{d}-{y}"
    if s < 0.4:
        return f"{d:02d}/{m:02d}/{y}"
    if s < 0.6:
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suf} {MONTHS[m - 1].capitalize()} {y}"
    if s < 0.8:
        return f"{d}.{m}.{str(y)[2:]}"
    return f"{y}-{m:02d}-{d:02d}"


def rand_date(rng):
    return rng.randint(1942, 2004), rng.randint(1, 12), rng.randint(1, 28)


def typo_case(rng, s):
    r = rng.random()
    if r < 0.3:
        return s.lower()
    if r < 0.5:
        return s.upper()
    return s


# ---------------------------------------------------------------- positive templates (calls)
class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.locale = rng.choice(["uk", "uk", "us", "us", "ie", "eu"])
        self.sp = Speaker(rng, self.locale)
        self.gid = 0

    def g(self):
        self.gid += 1
        return self.gid


INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]


IND_BY_TYPE = {
    "SSN": ["healthcare billing", "government services", "banking", "insurance"],
    "NI_NUMBER": ["government services", "banking", "insurance", "utilities"],
    "IBAN": ["banking", "travel", "retail", "insurance"],
    "SORT_CODE": ["banking", "utilities", "insurance", "telecom"],
    "BANK_ACCOUNT": ["banking", "utilities", "insurance", "telecom"],
    "POSTCODE": ["utilities", "telecom", "retail", "insurance", "government services"],
    "ADDRESS": ["utilities", "telecom", "retail", "insurance"],
    "DOB": ["insurance", "healthcare billing", "banking", "telecom", "government services"],
}


def call_card_one_turn(c):
    r, sp = c.rng, c.sp
    card = gen_card(r)
    groups = card_groups(card)
    text = (" " + r.choice(FILL) + " ").join(sp.digits(g) for g in groups) if r.random() < 0.5 \
        else " ".join(sp.digits(g) for g in groups)
    lead = r.choice(["yeah it's ", "okay so it's ", "right ", "the long number is ", "yep ",
                     "ok it is "])
    tail = r.choice(["", " and that's a visa debit", " have you got that", " that's the one",
                     " sorry it's a bit worn"])
    return [("agent", [r.choice(["can i take the long card number please",
                                 "and what's the sixteen digit number across the front",
                                 "okay whenever you're ready go ahead with the card number",
                                 "i'll need the card number to process the two forty nine ninety nine payment"])]),
            ("customer", [lead, V(text, "CARD_NUMBER", card), tail])], \
        "card number read in one turn with fillers/pairs/doubles"


def call_card_split(c):
    r, sp = c.rng, c.sp
    card = gen_card(r)
    g = c.g()
    groups = card_groups(card)
    turns = [("agent", ["okay go ahead with the card number when you're ready"])]
    echo_done = False
    for i, grp in enumerate(groups):
        lead = r.choice(["", "", "right ", "so ", "it's ", "um "]) if i == 0 else r.choice(["", "", "then ", "uh "])
        turns.append(("customer", [lead, V(sp.digits(grp), "CARD_NUMBER", card, group=g),
                                   r.choice(["", "", " um", " yeah"])]))
        if i < len(groups) - 1:
            if not echo_done and r.random() < 0.35:
                echo_done = True
                turns.append(("agent", ["sorry was that ", V(sp.digits(grp, pairs=False), "CARD_NUMBER",
                                                            card, echo=True), r.choice(["", " at the end"])]))
                turns.append(("customer", [r.choice(["yes", "yeah that's it", "correct"])]))
                turns.append(("agent", [r.choice(["okay carry on", "great and then", "thanks go on"])]))
            else:
                turns.append(("agent", [r.choice(BACK)]))
    return turns, "card split over several customer turns with back-channels" + \
        (" and a partial agent echo" if echo_done else "")


def call_card_correction(c):
    r, sp = c.rng, c.sp
    card = gen_card(r)
    wrong = list(card[:6])
    k = r.randint(2, 5)
    wrong[k] = str((int(wrong[k]) + r.randint(1, 8)) % 10)
    wrong = "".join(wrong[:k + 1])
    marker = r.choice(["no sorry", "sorry no", "no wait", "scratch that", "let me start again",
                       "sorry i mean"])
    text = f"{sp.digits(wrong)} {marker} {' '.join(sp.digits(x) for x in card_groups(card))}"
    return [("agent", ["and the card number"]),
            ("customer", ["oh hang on i need my glasses ", V(text, "CARD_NUMBER", card),
                          r.choice(["", " sorry about that"])]),
            ("agent", ["no problem thank you"])], "card reading with a restart/self-correction inside the span"


def call_card_exp_cvv(c):
    r, sp = c.rng, c.sp
    card = gen_card(r)
    cvvlen = 4 if len(card) == 15 else 3
    cvv = rdig(r, cvvlen)
    mm, yy = r.randint(1, 12), r.randint(25, 33)
    exp_canon = "%02d%02d" % (mm, yy)
    es = r.random()
    if es < 0.35:
        exp_t = f"{sp.digits('%02d' % mm, pairs=False)} {two_digit_words(yy)}"
    elif es < 0.55:
        exp_t = f"{MONTHS[mm - 1]} {two_digit_words(yy)}"
    elif es < 0.7:
        exp_t = f"{MONTHS[mm - 1]} two thousand and {two_digit_words(yy)}" if False else \
            f"{MONTHS[mm - 1]} two thousand {two_digit_words(yy)}"
    elif es < 0.85:
        exp_t = f"{sp.digits('%02d' % mm, pairs=False)} slash {sp.digits('%02d' % yy, pairs=False)}"
    else:
        exp_t = f"{two_digit_words(mm)} {two_digit_words(yy)}"
    gs = card_groups(card)
    turns = [("agent", ["right i can take that payment of " + r.choice(["eighty five pounds", "a hundred and twelve dollars",
                                                                       "sixty euro", "forty two fifty"]) +
                        " now what's the card number"]),
             ("customer", [V(" ".join(sp.digits(x) for x in gs), "CARD_NUMBER", card)]),
             ("agent", ["and the expiry date"]),
             ("customer", [r.choice(["it's ", "expires ", "", "um "]), V(exp_t, "EXPIRY", exp_canon)]),
             ("agent", [r.choice(["and the three digit security code on the back", "last thing the security code please",
                                  "and the cvv"])]),
             ("customer", [r.choice(["", "it's ", "yeah "]), V(sp.digits(cvv, pairs=False), "CVV", cvv),
                           r.choice(["", " i think", " yeah"])])]
    return turns, "card, expiry and security code over consecutive turns, payment amount unlabelled"


def call_card_readback(c):
    r, sp = c.rng, c.sp
    card = gen_card(r)
    gs = card_groups(card)
    sp2 = Speaker(r, c.locale)
    return [("customer", ["okay the card is ", V(" ".join(sp.digits(x) for x in gs), "CARD_NUMBER", card)]),
            ("agent", ["let me just read that back to you ", V(", ".join(sp2.digits(x) for x in gs), "CARD_NUMBER", card),
                       " is that right"]),
            ("customer", [r.choice(["yes that's right", "yep spot on", "that's it yeah"])])], \
        "card read by customer then read back in full by the agent"


def call_cvv_exp_chitchat(c):
    r, sp = c.rng, c.sp
    cvv = rdig(r, 3)
    mm, yy = r.randint(1, 12), r.randint(25, 32)
    two = r.random() < 0.5
    exp_t = f"{sp.digits('%02d' % mm, pairs=False)} {two_digit_words(yy)}"
    turns = [("agent", ["and the expiry and the security code please"])]
    if two:
        turns.append(("customer", ["expiry ", V(exp_t, "EXPIRY", "%02d%02d" % (mm, yy)),
                                   " and the code on the back is ", V(sp.digits(cvv, pairs=False), "CVV", cvv)]))
    else:
        turns.append(("customer", ["hang on the dog's barking one sec"]))
        turns.append(("agent", ["no worries take your time"]))
        turns.append(("customer", ["right it runs out ", V(exp_t, "EXPIRY", "%02d%02d" % (mm, yy)),
                                   " and the three numbers are ", V(sp.digits(cvv), "CVV", cvv)]))
    return turns, "expiry and CVV given together in one turn" if two else "expiry and CVV after an interruption"


def call_ssn(c):
    r = c.rng
    sp = Speaker(r, "us")
    ssn = gen_ssn(r)
    parts = [ssn[:3], ssn[3:5], ssn[5:]]
    mode = r.choice(["one", "one", "split", "split", "corr", "pairs"])
    ask = r.choice(["can you verify the last four of your social", "and i'll need your social security number to verify",
                    "for the application i need the full social security number",
                    "what's the social on the account"])
    if ask.startswith("can you verify the last four"):
        ask = "i'll need your full social security number to pull up the account"
    if mode == "one":
        t = (r.choice([" ", " um ", ", ", " dash "])).join(sp.digits(p) for p in parts)
        return [("agent", [ask]), ("customer", [r.choice(["sure it's ", "yeah ", "okay ", ""]), V(t, "SSN", ssn)])], \
            "US SSN read in one turn"
    if mode == "pairs":
        t = f"{sp.digits(parts[0], pairs=False)} {two_digit_words(int(parts[1])) if parts[1][0] != '0' else sp.digits(parts[1])} " \
            f"{two_digit_words(int(parts[2][:2])) if parts[2][0] != '0' else sp.digits(parts[2][:2])} " \
            f"{two_digit_words(int(parts[2][2:])) if parts[2][2] != '0' else sp.digits(parts[2][2:])}"
        return [("agent", [ask]), ("customer", ["it's ", V(t, "SSN", ssn), " and i've been a member since ",
                                                 "nineteen ninety eight if that helps"])], \
            "US SSN with two-digit pair words, year unlabelled (not a DOB)"
    if mode == "corr":
        wrong = parts[0][:2] + str((int(parts[0][2]) + 3) % 10)
        t = f"{sp.digits(wrong)} {sp.digits(parts[1])} {r.choice(['no wait', 'sorry no', 'scratch that'])} " \
            f"{sp.digits(parts[0])} {sp.digits(parts[1])} {sp.digits(parts[2])}"
        return [("agent", [ask]), ("customer", [V(t, "SSN", ssn)]), ("agent", ["okay thank you"])], \
            "US SSN with self-correction inside one turn"
    g = c.g()
    turns = [("agent", [ask]), ("customer", ["okay ", V(sp.digits(parts[0]), "SSN", ssn, group=g)]),
             ("agent", [r.choice(BACK)]), ("customer", [V(sp.digits(parts[1]), "SSN", ssn, group=g)]),
             ("agent", [r.choice(["and the last four", "mhm", "okay"])]),
             ("customer", [V(sp.digits(parts[2]), "SSN", ssn, group=g), r.choice(["", " yeah", " that's it"])])]
    if r.random() < 0.5:
        turns.append(("agent", ["thank you so that's ", V(" ".join(Speaker(r, "us").digits(p) for p in parts), "SSN", ssn),
                                " one moment"]))
    return turns, "US SSN split 3-2-4 over customer turns, sometimes read back"


def say_ni(sp, ni, style):
    r = sp.rng
    let = lambda ch: sp.letter(ch, style)
    digs = ni[2:8]
    dg = r.choice(["pairs", "digits", "digits"])
    if dg == "pairs":
        dtxt = " ".join(two_digit_words(int(digs[i:i + 2])) if digs[i] != "0" else sp.digits(digs[i:i + 2], pairs=False)
                        for i in range(0, 6, 2))
    else:
        dtxt = sp.digits(digs, pairs=False)
    return f"{let(ni[0])} {let(ni[1])}", dtxt, let(ni[8])


def call_ni(c):
    r = c.rng
    sp = Speaker(r, "uk")
    ni = gen_ni(r)
    style = r.choice(["plain", "nato", "for", "sound", "plain"])
    pre, dig, suf = say_ni(sp, ni, style)
    mode = r.choice(["one", "one", "split", "split", "corr"])
    ask = r.choice(["can i take your national insurance number", "and your n i number please",
                    "i just need your national insurance number for the claim",
                    "what's your national insurance number"])
    if mode == "one":
        return [("agent", [ask]), ("customer", [r.choice(["yeah it's ", "it's ", "okay ", "um "]),
                                                V(f"{pre} {dig} {suf}", "NI_NUMBER", ni)])], \
            f"NI number read in one turn, letters {style}"
    if mode == "corr":
        wrong_dig = sp.digits(ni[2:5], pairs=False)
        t = f"{pre} {wrong_dig} {r.choice(['no sorry', 'sorry let me start again', 'no wait'])} {pre} {dig} {suf}"
        t = t.replace("sorry let me start again", "let me start again")
        return [("agent", [ask]), ("customer", [V(t, "NI_NUMBER", ni)]), ("agent", ["that's fine"])], \
            "NI number with a restart inside the span"
    g = c.g()
    turns = [("agent", [ask]),
             ("customer", ["right it's ", V(pre, "NI_NUMBER", ni, group=g)]),
             ("agent", [r.choice(BACK)]),
             ("customer", [V(dig, "NI_NUMBER", ni, group=g)]),
             ("agent", [r.choice(["and the letter at the end", "and the last letter", "okay"])]),
             ("customer", [V(suf, "NI_NUMBER", ni, group=g), r.choice(["", " i think", " yeah"])])]
    return turns, f"NI number split letters/digits/suffix over turns, letters {style}"


def call_bank(c):
    r = c.rng
    sp = Speaker(r, "uk" if c.locale != "us" else "us")
    acct = rdig(r, 8)
    sc = rdig(r, 6, True)
    scs = r.random()
    if scs < 0.45:
        sc_t = " ".join(two_digit_words(int(sc[i:i + 2])) if sc[i] != "0" else sp.digits(sc[i:i + 2], pairs=False)
                        for i in range(0, 6, 2))
    else:
        sc_t = sp.digits(sc, pairs=False)
    if c.locale == "us":
        acct = rdig(r, r.choice([9, 10, 12]))
        rout = None
        return [("agent", ["and what's the checking account number you want the refund going to"]),
                ("customer", ["okay that's ", V(sp.digits(acct), "BANK_ACCOUNT", acct), fill(r),
                              " at chase"])], "US checking account number read in one turn"
    mode = r.choice(["together", "separate", "split"])
    if mode == "together":
        return [("agent", ["can i have the sort code and account number for the direct debit"]),
                ("customer", ["sort code is ", V(sc_t, "SORT_CODE", sc), " and the account number ",
                              V(sp.digits(acct), "BANK_ACCOUNT", acct)])], "sort code and account in one turn"
    if mode == "separate":
        return [("agent", ["what's the sort code"]), ("customer", [V(sc_t, "SORT_CODE", sc)]),
                ("agent", ["and the account number"]),
                ("customer", ["uh ", V(sp.digits(acct), "BANK_ACCOUNT", acct), " that's with nationwide"])], \
            "sort code and account in separate turns"
    g = c.g()
    return [("agent", ["the account number please"]),
            ("customer", [V(sp.digits(acct[:4]), "BANK_ACCOUNT", acct, group=g)]),
            ("agent", [r.choice(BACK)]),
            ("customer", [V(sp.digits(acct[4:]), "BANK_ACCOUNT", acct, group=g)]),
            ("agent", ["and the sort code"]),
            ("customer", ["it's ", V(sc_t, "SORT_CODE", sc), " i think yeah"])], "account split in halves then sort code"


def say_iban(sp, iban):
    r = sp.rng
    style = r.choice(["plain", "nato", "for"])
    chunks = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    out = []
    for ch in chunks:
        words = []
        for x in ch:
            words.append(sp.unit(x) if x.isdigit() else sp.letter(x, style))
        out.append(" ".join(words))
    return out


def call_iban(c):
    r = c.rng
    sp = Speaker(r, r.choice(["uk", "ie", "eu"]))
    iban = gen_iban(r)
    chunks = say_iban(sp, iban)
    if r.random() < 0.5:
        return [("agent", ["for the international transfer i need the iban"]),
                ("customer", ["okay it's ", V(" ".join(chunks), "IBAN", iban)])], "IBAN read in one turn"
    g = c.g()
    turns = [("agent", ["go ahead with the iban"])]
    k = len(chunks)
    cuts = [0, k // 3, 2 * k // 3, k]
    for i in range(3):
        turns.append(("customer", [V(" ".join(chunks[cuts[i]:cuts[i + 1]]), "IBAN", iban, group=g)]))
        if i < 2:
            turns.append(("agent", [r.choice(BACK)]))
    return turns, "IBAN spelled across three customer turns"


def say_phone(sp, ph):
    r = sp.rng
    if len(ph) == 11 and ph.startswith("07"):
        gs = [ph[:5], ph[5:]]
    elif len(ph) == 11 and ph.startswith("020"):
        gs = [ph[:3], ph[3:7], ph[7:]]
    elif len(ph) == 11:
        gs = [ph[:4], ph[4:7], ph[7:]]
    elif len(ph) == 10 and ph[0] == "0":
        gs = [ph[:3], ph[3:6], ph[6:]]
    else:
        gs = [ph[:3], ph[3:6], ph[6:]]
    return gs


def call_phone(c):
    r, sp = c.rng, c.sp
    loc = c.locale if c.locale != "eu" else "ie"
    ph = gen_phone(r, loc)
    gs = say_phone(sp, ph)
    mode = r.choice(["one", "intl", "split", "readback", "corr"])
    if loc == "us" and mode == "intl":
        mode = "one"
    if mode == "one":
        t = " ".join(sp.digits(x) for x in gs)
        if loc == "us" and r.random() < 0.3:
            t = sp.digits(gs[0]) + " " + sp.digits(gs[1]) + " " + two_digit_words(int(gs[2][:2])) + " hundred" \
                if gs[2][2:] == "00" and gs[2][0] != "0" else t
        return [("agent", ["what's the best number to reach you on"]),
                ("customer", [r.choice(["it's ", "you can get me on ", "my mobile's ", ""]), V(t, "PHONE", ph),
                              r.choice(["", " after five", " any time really"])])], "phone number read in one turn"
    if mode == "intl":
        cc = {"uk": "44", "ie": "353"}[loc]
        full = cc + ph[1:]
        t = "plus " + sp.digits(cc, pairs=False) + " " + " ".join(sp.digits(x) for x in [ph[1:4], ph[4:7], ph[7:]])
        if r.random() < 0.4:
            t = "double oh " + t[5:] if False else t
        return [("agent", ["and a contact number while you're abroad"]),
                ("customer", ["yeah my number with the country code is ", V(t, "PHONE", full)])], \
            "phone with spoken country code 'plus'"
    if mode == "split":
        g = c.g()
        turns = [("agent", ["can i take a contact number"])]
        for i, x in enumerate(gs):
            turns.append(("customer", [V(sp.digits(x), "PHONE", ph, group=g)]))
            if i < len(gs) - 1:
                turns.append(("agent", [r.choice(BACK)]))
        return turns, "phone number split over turns"
    if mode == "readback":
        sp2 = Speaker(r, c.locale)
        return [("customer", ["my number's ", V(" ".join(sp.digits(x) for x in gs), "PHONE", ph)]),
                ("agent", ["so that's ", V(" ".join(sp2.digits(x) for x in gs), "PHONE", ph), " yeah"]),
                ("customer", ["that's it"])], "phone read by customer and read back by agent"
    wrong = gs[-1][:-1] + str((int(gs[-1][-1]) + 1) % 10)
    sp2 = Speaker(r, c.locale)
    return [("customer", ["the number is ", V(" ".join(sp.digits(x) for x in gs[:-1]) + " " + sp.digits(wrong), "PHONE",
                                              gs_join(gs[:-1]) + wrong)]),
            ("agent", ["okay so ", V(" ".join(sp2.digits(x) for x in gs[:-1]) + " " + sp2.digits(wrong), "PHONE",
                                     gs_join(gs[:-1]) + wrong)]),
            ("customer", ["no sorry the end is ", V(sp.digits(gs[-1]), "PHONE", ph, echo=True), " not ",
                          V(sp.digits(wrong[-2:]), "PHONE", gs_join(gs[:-1]) + wrong, echo=True)])], \
        "phone misread then corrected, partial digit groups labelled"


def gs_join(gs):
    return "".join(gs)


def spoken_email_parts(r, sp):
    f, l = r.choice(FIRST), r.choice(LAST)
    dom = r.choice(DOMAINS)
    style = r.choice(["init", "full", "under", "num", "spell"])
    num = str(r.randint(1, 99)) if style in ("num", "spell") or r.random() < 0.3 else ""
    if style == "init":
        canon_user = f"{f[0]}.{l}{num}"
        said = f"{f[0]} dot {l}"
    elif style == "under":
        canon_user = f"{f}_{l}{num}"
        said = f"{f} underscore {l}"
    elif style == "spell" and "o" not in l:
        canon_user = f"{l}{f[0]}{num}"
        said = " ".join(l) + " " + f[0]
    else:
        canon_user = f"{f}.{l}{num}"
        said = f"{f} dot {l}"
    if num:
        said += " " + (two_digit_words(int(num)) if r.random() < 0.6 else " ".join(UNITS[int(x)] for x in num))
    dom_said = dom.replace(".", " dot ")
    if dom == "gmail.com" and r.random() < 0.5:
        dom_said = "g mail dot com"
    canon = f"{canon_user}@{dom}"
    return f"{said} at {dom_said}", canon


def call_email(c):
    r = c.rng
    said, canon = spoken_email_parts(r, c.sp)
    said = re.sub(r"\b(o|oh|nought)\b", "zero", said) if False else said
    if r.random() < 0.5:
        return [("agent", ["and an email address for the confirmation"]),
                ("customer", ["yeah it's ", V(said, "EMAIL", canon), r.choice(["", " all lower case", " thanks"])])], \
            "email spoken with 'dot'/'at', ASR style"
    user, dom = said.split(" at ", 1)
    return [("agent", ["what email should we send the " + r.choice(["invoice", "boarding pass", "policy documents",
                                                                     "bill"]) + " to"]),
            ("customer", ["it's ", V(user, "EMAIL", canon, group="e"), fill(r, 0.8)]),
            ("agent", ["mhm at"]),
            ("customer", ["at ", V(dom, "EMAIL", canon, group="e")])], \
        "email split: user part, then domain after agent prompt"


def call_dob(c):
    r = c.rng
    y, m, d = rand_date(r)
    t = spoken_dob(r, y, m, d, c.locale)
    age = 2026 - y
    mode = r.choice(["plain", "age", "corr", "appt"])
    if mode == "plain":
        return [("agent", ["can you confirm your date of birth for security"]),
                ("customer", [r.choice(["yeah it's ", "", "sure ", "um "]), V(t, "DOB", f"{y}{m:02d}{d:02d}")])], \
            "date of birth spoken"
    if mode == "age":
        return [("agent", ["and your date of birth"]),
                ("customer", [V(t, "DOB", f"{y}{m:02d}{d:02d}"), " so i'm ", two_digit_words(age) if age < 100 else "old",
                              " now if you can believe it"])], "date of birth with age unlabelled"
    if mode == "appt":
        return [("agent", ["just to confirm i've got the appointment on the ", ORD[r.randint(1, 28)], " of ",
                           r.choice(MONTHS), " and your date of birth is"]),
                ("customer", [V(t, "DOB", f"{y}{m:02d}{d:02d}")])], \
            "appointment date unlabelled next to date of birth"
    t2 = spoken_dob(r, y, m, d, c.locale)
    return [("agent", ["date of birth please"]),
            ("customer", [V(f"{ORD[min(d + 1, 28)]} of {MONTHS[m - 1]}", "DOB", "x"), " no sorry ",
                          V(t2, "DOB", f"{y}{m:02d}{d:02d}")])], "date of birth with a corrected day"


def say_ukpc(sp, pc, style):
    r = sp.rng
    m = re.fullmatch(r"([A-Z]{1,2})(\d+)(\d)([A-Z]{2})", pc)
    area, dist, sec, unit = m.groups()
    a = " ".join(sp.letter(x, style) for x in area)
    dsay = two_digit_words(int(dist)) if len(dist) == 2 and dist[1] != "0" and r.random() < 0.5 else sp.digits(dist, pairs=False)
    if unit[0] == unit[1] and r.random() < 0.5:
        u = "double " + unit[0].lower()
    else:
        u = " ".join(sp.letter(x, style) for x in unit)
    return f"{a} {dsay}", f"{sp.unit(sec)} {u}"


def call_address(c):
    r = c.rng
    loc = c.locale
    sp = c.sp
    if loc == "us":
        num = r.randint(12, 9800)
        st = r.choice(STREETS_US)
        ns = str(num)
        numt = sp.digits(ns, pairs=len(ns) == 4) if r.random() < 0.6 else (two_digit_words(int(ns[:2])) + " " +
                                                                            two_digit_words(int(ns[2:])) if len(ns) == 4 and ns[2] != "0" else sp.digits(ns))
        z = gen_zip(r)
        zs = sp.digits(z, pairs=False)
        return [("agent", ["what's the service address"]),
                ("customer", [V(f"{numt} {st}", "ADDRESS", "x"), r.choice([" in phoenix", " springfield", " apartment four"]),
                              " and the zip is ", V(zs, "POSTCODE", z)])], "US street address and ZIP spoken"
    num = r.randint(1, 240)
    st = r.choice(STREETS_UK)
    pc = gen_ukpc(r)
    if loc == "ie":  # Northern Ireland: BT postcodes
        pc = "BT" + pc[len(re.match(r"[A-Z]+", pc).group(0)):]
    style = r.choice(["plain", "plain", "nato", "for", "sound"])
    out, inn = say_ukpc(sp, pc, style)
    mode = r.choice(["one", "split", "flat"])
    if num < 100:
        numw = two_digit_words(num)
    elif num % 100 >= 10:
        numw = f"{UNITS[num // 100]} {two_digit_words(num % 100)}"
    else:
        numw = f"{UNITS[num // 100]} oh {UNITS[num % 10]}"
    addr = f"{numw} {st}"
    if mode == "flat":
        addr = f"flat {UNITS[r.randint(1, 9)]} {addr}"
    if mode in ("one", "flat"):
        return [("agent", ["can you confirm the first line of the address and the postcode"]),
                ("customer", ["yeah it's ", V(addr, "ADDRESS", "x"),
                              r.choice([" in belfast", " lisburn", ""] if loc == "ie" else [" in leeds", " bristol", ""]),
                              " postcode ", V(f"{out} {inn}", "POSTCODE", pc)])], f"UK address and postcode, letters {style}"
    g = c.g()
    return [("agent", ["and the postcode"]),
            ("customer", [V(out, "POSTCODE", pc, group=g)]),
            ("agent", [r.choice(BACK)]),
            ("customer", [V(inn, "POSTCODE", pc, group=g)]),
            ("agent", ["and the house number and street"]),
            ("customer", [V(addr, "ADDRESS", "x")])], f"UK postcode split outward/inward over turns, letters {style}"


def call_id_combo(c):
    r = c.rng
    sp = Speaker(r, "uk")
    ni = gen_ni(r)
    pre, dig, suf = say_ni(sp, ni, r.choice(["plain", "sound", "for"]))
    y, m, d = rand_date(r)
    pc = gen_ukpc(r)
    out, inn = say_ukpc(sp, pc, "plain")
    return [("agent", ["for security can i have your date of birth and postcode"]),
            ("customer", [V(spoken_dob(r, y, m, d, "uk"), "DOB", "x"), " and ", V(f"{out} {inn}", "POSTCODE", pc)]),
            ("agent", ["thank you and your national insurance number"]),
            ("customer", [V(f"{pre} {dig} {suf}", "NI_NUMBER", ni)]),
            ("agent", ["lovely that's all verified your claim reference is ", "four four seven one two"])], \
        "government services: DOB+postcode in one turn then NI; claim reference unlabelled"


def call_mixed_amounts(c):
    r = c.rng
    sp = c.sp
    card = gen_card(r)
    gs = card_groups(card)
    return [("agent", ["so the balance is three hundred and twelve pounds forty and you want to pay two hundred today"]),
            ("customer", ["yeah two hundred and then the rest on the fifteenth"]),
            ("agent", ["okay card number"]),
            ("customer", [V(" ".join(sp.digits(x) for x in gs[:2]), "CARD_NUMBER", card, group="c")]),
            ("agent", ["sorry you broke up a bit there can you carry on from ",
                       V(sp.digits(gs[1]), "CARD_NUMBER", card, echo=True)]),
            ("customer", [V(" ".join(sp.digits(x) for x in gs[2:]), "CARD_NUMBER", card, group="c")])], \
        "amounts/dates unlabelled, card split with agent interruption echoing a group"


def call_ssn_dob(c):
    r = c.rng
    sp = Speaker(r, "us")
    ssn = gen_ssn(r)
    y, m, d = rand_date(r)
    return [("agent", ["to verify i need your date of birth and social"]),
            ("customer", [V(spoken_dob(r, y, m, d, "us"), "DOB", "x"), " and social is ",
                          V(" ".join(sp.digits(p) for p in (ssn[:3], ssn[3:5], ssn[5:])), "SSN", ssn)]),
            ("agent", ["thanks your premium of one forty two a month is still active"])], \
        "healthcare billing: DOB and SSN in one turn, premium unlabelled"


def call_ni_interrupt(c):
    r = c.rng
    sp = Speaker(r, "uk")
    ni = gen_ni(r)
    pre, _dig, suf = say_ni(sp, ni, r.choice(["plain", "sound"]))
    d1, d2 = sp.digits(ni[2:5], pairs=False), sp.digits(ni[5:8], pairs=False)
    g = c.g()
    return [("agent", ["national insurance number"]),
            ("customer", [V(f"{pre} {d1}", "NI_NUMBER", ni, group=g)]),
            ("agent", ["sorry you said ", V(pre, "NI_NUMBER", ni, echo=True), " and then"]),
            ("customer", ["yeah then ", V(f"{d2} {suf}", "NI_NUMBER", ni, group=g)])], \
        "NI interrupted mid-reading by the agent who echoes the prefix"


def call_card_homophones(c):
    r = c.rng
    sp = Speaker(r, c.locale)
    sp.homo = True
    card = gen_card(r)
    words = []
    for x in card:
        w = UNITS[int(x)] if x != "0" else sp.zero
        if w in HOMO and r.random() < 0.5:
            w = r.choice(HOMO[w])
        words.append(w)
    return [("agent", ["card number please"]),
            ("customer", ["it's ", V(" ".join(words), "CARD_NUMBER", card)])], \
        "card digits with ASR homophones (to/too/for/ate/won)"


def call_move(c):
    r = c.rng
    sp = c.sp
    us = c.locale == "us"
    st = r.choice(STREETS_US if us else (STREETS_IE if c.locale == "ie" else STREETS_UK))
    num = r.randint(2, 99)
    first = r.choice(["", "", "um ", "so it's "])
    addr = f"{two_digit_words(num)} {st}"
    wrong = f"{two_digit_words(num + 1 if num < 99 else num - 1)} {st}"
    turns = [("customer", ["hiya i've just moved house and need to update the address on the " +
                           r.choice(["gas account", "policy", "broadband", "car insurance", "tv licence"])]),
             ("agent", ["no problem what's the new address"]),
             ("customer", [first, V(f"{wrong} no sorry {addr}", "ADDRESS", "x"),
                           r.choice([" i keep saying the old one", " ha", " sorry long week"])]),
             ("agent", ["okay so that's ", V(addr, "ADDRESS", "x"), " and when did you move in"]),
             ("customer", [f"on the {ORD[r.randint(1, 28)]} so about {UNITS[r.randint(2, 9)]} days ago"])]
    if not us:
        pc = gen_ukpc(r)
        out, inn = say_ukpc(sp, pc, r.choice(["plain", "for", "nato"]))
        turns.append(("agent", ["and the postcode there"]))
        turns.append(("customer", [V(f"{out} {inn}", "POSTCODE", pc)]))
    else:
        z = gen_zip(r)
        turns.append(("agent", ["and the zip code"]))
        turns.append(("customer", [V(sp.digits(z), "POSTCODE", z)]))
    return turns, "change of address with self-correction, agent read-back, move-in date unlabelled"


def call_phone_0044(c):
    r = c.rng
    sp = Speaker(r, "uk")
    loc = r.choice(["uk", "ie"])
    ph = gen_phone(r, loc)
    cc = "44" if loc == "uk" else "353"
    full = "00" + cc + ph[1:]
    t = "double oh " + sp.digits(cc, pairs=False) + " " + sp.digits(ph[1:5]) + " " + sp.digits(ph[5:])
    return [("agent", ["is there a number we can call you back on"]),
            ("customer", ["yeah um from abroad it'd be ", V(t, "PHONE", full), " but not before ten your time"]),
            ("agent", ["no problem we'll ring after ten"])], "phone with 'double oh' international prefix, time unlabelled"


def call_email_nato(c):
    r = c.rng
    f, l = r.choice(FIRST), r.choice([x for x in LAST if "o" not in x])
    dom = r.choice(DOMAINS)
    num = str(r.randint(10, 99))
    canon = f"{f[0]}{l}{num}@{dom}"
    spelled = " ".join(f"{ch} for {r.choice(CASUAL.get(ch, [NATO[ch]]))}" if r.random() < 0.5 else ch for ch in l)
    g = c.g()
    return [("agent", ["and can i get an email address"]),
            ("customer", ["yep it's ", V(f"{f[0]} {l}", "EMAIL", canon, group=g), " that's ", V(f"{f[0]} {spelled}", "EMAIL",
                                                                                               canon, echo=True)]),
            ("agent", ["okay"]),
            ("customer", ["then ", V(f"{two_digit_words(int(num))} at {dom.replace('.', ' dot ')}", "EMAIL", canon, group=g)])], \
        "email with surname spelled out letter by letter, number and domain in a later turn"


def call_card_asr_noise(c):
    r = c.rng
    sp = Speaker(r, c.locale)
    card = gen_card(r)
    gs = card_groups(card)
    g = c.g()
    mid = len(gs) // 2
    return [("agent", ["right so if you just read me the card number slowly"]),
            ("customer", ["yeah so it's ", V(" ".join(sp.digits(x) for x in gs[:mid]), "CARD_NUMBER", card, group=g),
                          " hold on the light's bad in here"]),
            ("agent", ["no rush"]),
            ("customer", ["right where was i ", V(" ".join(sp.digits(x) for x in gs[mid:]), "CARD_NUMBER", card, group=g)]),
            ("agent", ["thank you and that's for the " + r.choice(["eighty nine ninety nine", "one hundred and five pound",
                                                                "forty dollar"]) + " payment yes"])], \
        "card split around chit-chat, payment amount unlabelled"


def call_sortcode_readback(c):
    r = c.rng
    sp = Speaker(r, r.choice(["uk", "uk", "ie"]))
    sc = rdig(r, 6, True)
    acct = rdig(r, 8)
    dig = sp.digits(sc, pairs=False)
    pairs = " ".join(two_digit_words(int(sc[i:i + 2])) if sc[i] != "0" else sp.digits(sc[i:i + 2], pairs=False)
                     for i in range(0, 6, 2))
    first, second = (dig, pairs) if r.random() < 0.5 else (pairs, dig)
    g = c.g()
    return [("agent", ["which account would you like the refund paid into"]),
            ("customer", ["my current account the sort code's ", V(first, "SORT_CODE", sc)]),
            ("agent", ["so that's ", V(second, "SORT_CODE", sc), " and the account number"]),
            ("customer", [V(sp.digits(acct[:3]), "BANK_ACCOUNT", acct, group=g), " um ",
                          V(sp.digits(acct[3:]), "BANK_ACCOUNT", acct, group=g)]),
            ("agent", [f"thanks the refund of {two_digit_words(r.randint(20, 99))} pounds should be there in "
                       f"{UNITS[r.randint(3, 5)]} working days"])], \
        "sort code read back by agent in a different grouping, account with a filler, refund amount unlabelled"


def call_us_area_code(c):
    r = c.rng
    sp = Speaker(r, "us")
    ph = gen_phone(r, "us")
    last = sp.digits(ph[6:])
    if r.random() < 0.5:
        hi = r.randint(11, 99)
        ph = ph[:6] + "%02d00" % hi
        last = two_digit_words(hi) + " hundred"
    g = c.g()
    return [("agent", ["and what's a good callback number"]),
            ("customer", ["area code ", V(sp.digits(ph[:3]), "PHONE", ph, group=g), " and then ",
                          V(sp.digits(ph[3:6]) + " " + last, "PHONE", ph, group=g)]),
            ("agent", ["perfect and is that a cell"]),
            ("customer", ["yeah that's my cell the office one is no good after four thirty"])], \
        "US phone given as 'area code X and then Y', two fragments in one turn"


def call_slow_down(c):
    r = c.rng
    sp = c.sp
    card = gen_card(r)
    gs = card_groups(card)
    part = " ".join(sp.digits(x) for x in gs[:2]) + " " + sp.digits(gs[2][:2])
    return [("agent", ["okay the card number please"]),
            ("customer", ["yep ", V(part, "CARD_NUMBER", card, echo=True)]),
            ("agent", ["sorry can i stop you there could you go a bit slower for me"]),
            ("customer", ["oh sorry yeah ", V(" ".join(sp.digits(x) for x in gs[:2]), "CARD_NUMBER", card, group=1)]),
            ("agent", [r.choice(BACK)]),
            ("customer", [V(" ".join(sp.digits(x) for x in gs[2:]), "CARD_NUMBER", card, group=1)])], \
        "agent interrupts a fast reading; the customer restarts slower over two turns"


def call_phone_email(c):
    r = c.rng
    sp = c.sp
    loc = c.locale if c.locale in ("uk", "us", "ie") else "ie"
    ph = gen_phone(r, loc)
    said, canon = spoken_email_parts(r, sp)
    return [("agent", ["can i take a phone number and email in case we get cut off"]),
            ("customer", ["yeah sure the mobile is ", V(" ".join(sp.digits(x) for x in say_phone(sp, ph)), "PHONE", ph),
                          " and email's ", V(said, "EMAIL", canon), r.choice([" but i hardly check it", " ta", ""])]),
            ("agent", [f"lovely and your order of {UNITS[r.randint(2, 9)]} items is on its way"])], \
        "phone and email in the same turn, item count unlabelled"


CALL_TEMPLATES = [(call_us_area_code, 4), (call_slow_down, 4), (call_phone_email, 4), (call_sortcode_readback, 5), (call_phone_0044, 3), (call_email_nato, 4), (call_card_asr_noise, 5), (call_move, 6), 
    (call_card_one_turn, 14), (call_card_split, 14), (call_card_correction, 6), (call_card_exp_cvv, 14),
    (call_card_readback, 4), (call_cvv_exp_chitchat, 5), (call_ssn, 19), (call_ni, 16), (call_bank, 10),
    (call_iban, 12), (call_phone, 12), (call_email, 10), (call_dob, 12), (call_address, 16),
    (call_id_combo, 4), (call_mixed_amounts, 3), (call_ssn_dob, 4), (call_ni_interrupt, 3),
    (call_card_homophones, 4),
]


# ---------------------------------------------------------------- chat templates
def chat_card(c):
    r = c.rng
    card = gen_card(r)
    gs = card_groups(card)
    sep = r.choice([" ", "-", "", " ", ".", "  "])
    t = sep.join(gs)
    if r.random() < 0.2 and len(gs) == 4:
        t = gs[0] + gs[1] + " " + gs[2] + gs[3]
    lead = r.choice(["Card number is ", "its ", "card: ", "here you go ", "ok the number is "])
    return [("agent", ["Please enter the card number in this secure chat."]),
            ("customer", [lead, V(t, "CARD_NUMBER", card), r.choice(["", " thx", ". Can you take the £49.99 now?", " ty"])])], \
        f"card typed with separator {sep!r}"


def chat_card_full(c):
    r = c.rng
    card = gen_card(r)
    cvv = rdig(r, 4 if len(card) == 15 else 3)
    mm, yy = r.randint(1, 12), r.randint(25, 33)
    exp = r.choice([f"{mm:02d}/{yy:02d}", f"{mm:02d}/20{yy:02d}", f"{mm:02d}-{yy:02d}", f"{mm}/{yy}"])
    return [("customer", ["card ", V(" ".join(card_groups(card)), "CARD_NUMBER", card), " exp ", V(exp, "EXPIRY", "%02d%02d" % (mm, yy)),
                          r.choice([" cvv ", " sec code ", " cvc: "]), V(cvv, "CVV", cvv)])], \
        "card, expiry and CVV typed in one message"


def chat_ssn(c):
    r = c.rng
    ssn = gen_ssn(r)
    t = r.choice([f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}", ssn, f"{ssn[:3]}.{ssn[3:5]}.{ssn[5:]}"])
    return [("agent", ["To locate your file I need your Social Security number."]),
            ("customer", [r.choice(["sure, ", "ssn ", "It's ", ""]), V(t, "SSN", ssn),
                          r.choice(["", " - my claim # is 4471902", " and I'm calling about the $312.50 bill"])])], \
        "SSN typed, with a claim number/amount unlabelled"


def chat_ni(c):
    r = c.rng
    ni = gen_ni(r)
    t = r.choice([ni, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", f"{ni[:2]}{ni[2:8]} {ni[8]}",
                  f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}"])
    t = typo_case(r, t)
    return [("agent", ["Could you provide your National Insurance number?"]),
            ("customer", [r.choice(["NI no. ", "its ", "", "Sure - "]), V(t, "NI_NUMBER", ni)])], "NI number typed"


def chat_bank(c):
    r = c.rng
    sc = rdig(r, 6, True)
    acct = rdig(r, 8)
    sct = r.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
    return [("customer", [r.choice(["sort code ", "s/c "]), V(sct, "SORT_CODE", sc), r.choice([" acc ", " account no ", ", a/c "]),
                          V(acct, "BANK_ACCOUNT", acct), r.choice(["", " please refund the £120 there"])])], \
        "sort code and account number typed"


def chat_iban(c):
    r = c.rng
    iban = gen_iban(r)
    t = r.choice([" ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), iban])
    if r.random() < 0.3:
        t = t.lower()
    return [("agent", ["Please share the IBAN for the refund."]),
            ("customer", ["IBAN: ", V(t, "IBAN", iban)])], "IBAN typed"


def chat_phone(c):
    r = c.rng
    loc = r.choice(["uk", "us", "ie"])
    ph = gen_phone(r, loc)
    if loc == "us":
        t = r.choice([f"({ph[:3]}) {ph[3:6]}-{ph[6:]}", f"{ph[:3]}-{ph[3:6]}-{ph[6:]}", f"+1 {ph[:3]} {ph[3:6]} {ph[6:]}"])
        canon = ("1" + ph) if t.startswith("+1") else ph
    elif loc == "uk":
        t = r.choice([ph, f"{ph[:5]} {ph[5:]}", f"+44 {ph[1:5]} {ph[5:]}", f"+44 (0){ph[1:5]} {ph[5:]}"])
        canon = "44" + ph[1:] if t.startswith("+44 (0)") is False and t.startswith("+44") else ph
        if t.startswith("+44 (0)"):
            canon = "440" + ph[1:]
    else:
        t = r.choice([f"{ph[:3]} {ph[3:6]} {ph[6:]}", f"+353 {ph[1:3]} {ph[3:]}"])
        canon = "353" + ph[1:] if t.startswith("+353") else ph
    return [("customer", [r.choice(["call me back on ", "my number is ", "mob: ", "you can text "]), V(t, "PHONE", canon),
                          r.choice(["", " after 6pm", " between 9 and 5"])])], "phone typed with country formats"


def chat_email(c):
    r = c.rng
    f, l = r.choice(FIRST), r.choice(LAST)
    canon = r.choice([f"{f}.{l}", f"{f[0]}{l}{r.randint(1, 99)}", f"{l}_{f}"]) + "@" + r.choice(DOMAINS)
    t = canon if r.random() < 0.6 else canon.capitalize()
    return [("agent", ["What's the best email for the receipt?"]),
            ("customer", [V(t, "EMAIL", canon), r.choice(["", " thanks", " (personal one)"])])], "email typed"


def chat_dob(c):
    r = c.rng
    y, m, d = rand_date(r)
    loc = r.choice(["uk", "us"])
    return [("agent", ["Can you confirm your date of birth?"]),
            ("customer", [r.choice(["dob ", "", "born "]), V(typed_dob(r, y, m, d, loc), "DOB", "x"),
                          r.choice(["", " and my appointment is on the 14th", f" - i'm {2026 - y - 1}"])])], \
        "date of birth typed, appointment day/age unlabelled"


def chat_address(c):
    r = c.rng
    if r.random() < 0.5:
        num = r.randint(1, 300)
        st = r.choice(STREETS_UK).title()
        pc = gen_ukpc(r)
        m = re.fullmatch(r"([A-Z]{1,2}\d+)(\d[A-Z]{2})", pc)
        pct = typo_case(r, r.choice([f"{m.group(1)} {m.group(2)}", pc]))
        return [("customer", ["new address is ", V(f"{num} {st}", "ADDRESS", "x"), ", Manchester ", V(pct, "POSTCODE", pc)])], \
            "UK address and postcode typed"
    num = r.randint(10, 9999)
    st = r.choice(STREETS_US).title()
    z = gen_zip(r)
    zt = z if r.random() < 0.7 else z + "-" + rdig(r, 4)
    return [("customer", ["ship to ", V(f"{num} {st}", "ADDRESS", "x"), r.choice([" Apt 4B", " Unit 12", ""]),
                          ", Austin TX ", V(zt, "POSTCODE", zt.replace("-", ""))])], "US address and ZIP typed"


def chat_card_split(c):
    r = c.rng
    card = gen_card(r)
    gs = card_groups(card)
    k = len(gs) // 2
    g = c.g()
    return [("agent", ["You can type the card number here, it's a secure channel."]),
            ("customer", [V(" ".join(gs[:k]), "CARD_NUMBER", card, group=g)]),
            ("customer", [r.choice(["sorry hit enter too soon ", "oops ", "..."]) if False else r.choice(["sorry hit enter too soon ", "oops "]),
                          V(" ".join(gs[k:]), "CARD_NUMBER", card, group=g)]),
            ("agent", ["Thanks! And the expiry?"]),
            ("customer", [V(r.choice(["%02d/%02d", "%02d%02d", "%02d / %02d"]) % (mm := r.randint(1, 12), yy := r.randint(26, 31)),
                            "EXPIRY", "%02d%02d" % (mm, yy))])], "card typed over two chat messages, expiry after"


def chat_ssn_typo(c):
    r = c.rng
    ssn = gen_ssn(r)
    t = r.choice([f"{ssn[:3]}- {ssn[3:5]} -{ssn[5:]}", f"{ssn[:3]}--{ssn[3:5]}-{ssn[5:]}", f"{ssn[:3]} -{ssn[3:5]}- {ssn[5:]}",
                  f"{ssn[:5]}-{ssn[5:]}"])
    return [("customer", ["hi my ss# is ", V(t, "SSN", ssn), r.choice([" and my ticket is 58812", " calling about bill #20391",
                                                                     " I paid $84 last month"])])], \
        "SSN typed with sloppy separators next to unlabelled numbers"


def chat_ni_phone(c):
    r = c.rng
    ni = gen_ni(r)
    ph = gen_phone(r, "uk")
    nit = typo_case(r, r.choice([f"{ni[:2]} {ni[2:8]} {ni[8]}", ni, f"{ni[:2]}{ni[2:4]} {ni[4:6]} {ni[6:]}"]))
    return [("agent", ["To verify, please give your NI number and a contact number."]),
            ("customer", [r.choice(["ni ", "NINO: ", ""]), V(nit, "NI_NUMBER", ni), r.choice([" and ", ", tel ", " / "]),
                          V(f"{ph[:5]} {ph[5:]}", "PHONE", ph)])], "NI number and phone typed in one message"


def chat_card_typo(c):
    r = c.rng
    card = gen_card(r)
    while "0" not in card:
        card = gen_card(r)
    gs = card_groups(card)
    t = " ".join(gs)
    i = t.index("0")
    t = t[:i] + "O" + t[i + 1:]
    return [("customer", ["ok here's the card ", V(t, "CARD_NUMBER", card), " sorry my keyboard is playing up"])], \
        "card typed with a letter O in place of a zero"


CHAT_TEMPLATES = [(chat_card_typo, 3), (chat_card_split, 4), (chat_ssn_typo, 5), (chat_ni_phone, 5), (chat_card, 10), (chat_card_full, 7), (chat_ssn, 10), (chat_ni, 9), (chat_bank, 7), (chat_iban, 5),
                  (chat_phone, 5), (chat_email, 5), (chat_dob, 5), (chat_address, 8)]


# ---------------------------------------------------------------- negatives
def neg_templates(r):
    sp = Speaker(r, r.choice(["uk", "us", "ie"]))
    n = lambda a, b: r.randint(a, b)
    ref = lambda k: sp.digits(rdig(r, k, True))
    return [
        ([("agent", [f"your current balance is {two_digit_words(n(20, 99))} pounds {two_digit_words(n(10, 99))}"]),
          ("customer", ["okay and when is the next payment due"]),
          ("agent", [f"on the {ORD[n(1, 28)]} of {r.choice(MONTHS)}"])], "call/banking: balance and payment date"),
        ([("customer", [f"my order number is {ref(7)} and it still hasn't arrived"]),
          ("agent", [f"i can see it left the depot at {two_digit_words(n(1, 12))} {two_digit_words(n(10, 59))} yesterday"])],
         "call/retail: order number and time"),
        ([("agent", [f"your reference number for today is {ref(8)}"]), ("customer", ["great thanks"])],
         "call/insurance: reference number with its keyword"),
        ([("customer", [f"we're on flight {r.choice(['b a', 'e i', 'u a', 'f r'])} {sp.digits(rdig(r, 3, True))} "
                        f"landing at {two_digit_words(n(13, 23))} {two_digit_words(n(10, 55))}"])],
         "call/travel: flight number and landing time"),
        ([("customer", [f"the meter reading is {sp.digits(rdig(r, 5, True))}"]),
          ("agent", ["thank you that's been submitted"])], "call/utilities: meter reading"),
        ([("agent", [f"the contract started on the {ORD[n(1, 28)]} of {r.choice(MONTHS)} "
                     f"twenty {two_digit_words(n(20, 25))} and runs for {two_digit_words(n(12, 36))} months"])],
         "call/telecom: contract start date and duration"),
        ([("customer", [f"i'm in room {sp.digits(rdig(r, 3, True))} and the air con is set to "
                        f"{two_digit_words(n(16, 30))} degrees but it's still freezing"])],
         "call/travel: room number and temperature"),
        ([("customer", [f"it's the {r.choice(['galaxy s', 'iphone', 'pixel'])} {two_digit_words(n(8, 24))} "
                        f"and i'm only getting {two_digit_words(n(10, 90))} megs"])],
         "call/telecom: model number and speed"),
        ([("agent", [f"that comes to {two_digit_words(n(20, 99))} ninety nine a month plus vat at twenty percent"])],
         "call/telecom: price and percentage"),
        ([("customer", [f"my son is {two_digit_words(n(12, 19))} and my daughter is {UNITS[n(3, 9)]} "
                        f"so that's two child tickets"])], "call/travel: ages"),
        ([("agent", [f"your claim number is {ref(n(6, 9))} and we'll aim to settle it within "
                     f"{two_digit_words(n(10, 30))} working days"])], "call/insurance: claim number and duration"),
        ([("customer", [f"the invoice number is {ref(n(6, 10))} for {two_digit_words(n(2, 9))} hundred and "
                        f"{two_digit_words(n(10, 99))} dollars"])], "call/healthcare billing: invoice number and amount"),
        ([("agent", [f"i've booked you in for {r.choice(['monday', 'tuesday', 'thursday'])} the {ORD[n(1, 28)]} at "
                     f"{two_digit_words(n(1, 11))} thirty"]),
          ("customer", ["lovely and how long will it take"]), ("agent", [f"about {two_digit_words(n(20, 90))} minutes"])],
         "call/healthcare: appointment date, time, duration"),
        ([("customer", [f"i've been on hold for {two_digit_words(n(20, 59))} minutes and this is the "
                        f"{ORD[n(2, 9)]} time i've called since {r.choice(MONTHS)}"])], "call/any: duration and counts"),
        ([("agent", [f"the ticket number is {ref(n(5, 8))} and an engineer will visit between "
                     f"{UNITS[n(7, 9)]} and {two_digit_words(n(12, 13))}"])], "call/utilities: ticket number and time window"),
        ([("customer", [f"we used about {sp.digits(rdig(r, 3, True))} kilowatt hours last quarter which "
                        f"is {two_digit_words(n(10, 40))} percent up"])], "call/utilities: usage and percentage"),
        ([("agent", [f"the tax year runs to the fifth of april twenty {two_digit_words(n(24, 27))} and you've paid "
                     f"{two_digit_words(n(2, 9))} thousand {sp.digits(rdig(r, 3, True))} pounds so far"])],
         "call/government services: tax year date and amount"),
        ([("customer", [f"I ordered {n(2, 12)} units of model {r.choice(['XR', 'KT', 'HB'])}-{n(100, 9999)} on {n(1, 28)}/{n(1, 12)}/20{n(23, 26)}"]),
          ("agent", [f"Thanks, I see order #{rdig(r, n(6, 10), True)} total ${n(40, 2000)}.{n(10, 99)}"])],
         "chat/retail: quantity, model, order date, order number, amount"),
        ([("customer", [f"Booking ref {r.choice(['QX', 'LM', 'TR'])}{rdig(r, 4, True)}, flight {r.choice(['BA', 'EI', 'FR', 'UA'])}{n(100, 9999)} departing {n(6, 22)}:{r.choice(['05', '30', '45'])}"])],
         "chat/travel: booking ref, flight number, time"),
        ([("agent", [f"Your balance is £{n(100, 9999)}.{n(10, 99)} and your next bill on {n(1, 28)} {r.choice(MONTHS).capitalize()} will be £{n(20, 90)}.{n(10, 99)}"])],
         "chat/utilities: balance, bill date, amount"),
        ([("customer", [f"Ticket {rdig(r, n(6, 9), True)} - it's been {n(3, 14)} days and the router still drops every {n(5, 40)} minutes"])],
         "chat/telecom: ticket number, durations"),
        ([("agent", [f"Your policy renews on {n(1, 28):02d}/{n(1, 12):02d}/20{n(25, 27)}; the premium rises {n(2, 15)}% to £{n(200, 999)}"])],
         "chat/insurance: renewal date, percentage, premium"),
        ([("customer", [f"invoice INV-{rdig(r, n(5, 8), True)} for ${n(1, 9)},{rdig(r, 3)}.{n(10, 99)} was paid on {r.choice(MONTHS).capitalize()} {n(1, 28)}, {n(2023, 2026)}"])],
         "chat/healthcare billing: invoice, amount, payment date"),
        ([("customer", [f"I'm {n(25, 80)} and moved here in {n(1990, 2020)}, the house is about {n(60, 200)} years old"])],
         "chat/government services: age, year, count"),
        ([("agent", [f"The temperature in the unit reached {n(60, 95)}F, reading {n(10000, 99999)} on meter {n(100, 999)}"])],
         "chat/utilities: temperature, meter reading, meter id"),
        ([("customer", [f"uh the package was {two_digit_words(n(2, 9))} point {UNITS[n(1, 9)]} kilos and cost "
                        f"{two_digit_words(n(11, 99))} euro {two_digit_words(n(10, 99))} to send"])], "call/retail: weight and price in euro"),
        ([("agent", [f"okay so reference {ref(6)} um sorry {ref(6)} that's your complaint reference"])],
         "call/banking: complaint reference with self-correction"),
        ([("customer", [f"the train was at {two_digit_words(n(13, 23))} {two_digit_words(n(10, 59))} from platform {UNITS[n(1, 9)]} "
                        f"and it was {two_digit_words(n(20, 59))} minutes late"])], "call/travel: time, platform, delay"),
        ([("agent", [f"you've used {two_digit_words(n(11, 49))} gig of your {r.choice(['hundred', 'fifty', 'unlimited'])} gig allowance "
                     f"and there's {two_digit_words(n(2, 29))} days left in the cycle"])], "call/telecom: data usage"),
        ([("agent", ["thanks for holding you're now number " + UNITS[n(2, 9)] + " in the queue"]),
          ("customer", [f"i've been waiting {two_digit_words(n(20, 45))} minutes already just press option {UNITS[n(1, 5)]} again"])],
         "call/telecom: queue position, wait time, menu option"),
        ([("customer", [f"it's a twenty {two_digit_words(n(15, 23))} ford focus one point {UNITS[n(0, 9) or 6]} litre "
                        f"done about {two_digit_words(n(20, 99))} thousand miles"])], "call/insurance: car year, engine size, mileage"),
        ([("agent", [f"so that's order number um {sp.digits(rdig(r, 4, True))} sorry let me check "
                     f"{sp.digits(rdig(r, 7, True))} placed on the {ORD[n(1, 28)]}"]),
          ("customer", ["yeah that's the one"])], "call/retail: order number with agent self-correction, order date"),
        ([("customer", [f"we're at gate {two_digit_words(n(11, 60))} and our seats are {two_digit_words(n(10, 40))} "
                        f"{r.choice(['a', 'b', 'c', 'f'])} and {two_digit_words(n(10, 40))} {r.choice(['d', 'e'])}"]),
          ("agent", [f"boarding should start at {two_digit_words(n(13, 22))} {two_digit_words(n(10, 55))}"])],
         "call/travel: gate and seat numbers, boarding time"),
        ([("agent", [f"the promo code spring {two_digit_words(n(20, 30))} gives you {two_digit_words(n(10, 50))} percent off "
                     f"for the first {UNITS[n(2, 9)]} months"])], "call/retail: promo code, percentage, months"),
        ([("customer", [f"i was doing about {two_digit_words(n(25, 70))} miles an hour and the other car came out of "
                        f"junction {two_digit_words(n(10, 30))} at about {UNITS[n(1, 9)]} fifteen in the morning"])],
         "call/insurance: speed, junction number, time"),
        ([("agent", [f"okay the bill went up from {two_digit_words(n(20, 60))} pounds to {two_digit_words(n(61, 99))} "
                     f"because the discount ended on the {ORD[n(1, 28)]} of {r.choice(MONTHS)}"]),
          ("customer", ["nobody told me that"]),
          ("agent", [f"i can take off {two_digit_words(n(10, 25))} pounds as a goodwill gesture"])],
         "call/utilities: amounts and discount end date"),
        ([("customer", [f"we've been customers for {two_digit_words(n(11, 30))} years and we've got "
                        f"{UNITS[n(2, 6)]} phones on the account"]),
          ("agent", [f"you can add a sim for {UNITS[n(5, 9)]} pounds a month"])], "call/telecom: tenure, counts, price"),
        ([("agent", [f"your prescription charge is {UNITS[n(5, 9)]} pounds {two_digit_words(n(10, 99))} per item and "
                     f"the pre payment certificate is {two_digit_words(n(30, 99))} pounds for twelve months"])],
         "call/healthcare billing: charges and durations"),
        ([("customer", [f"the app is on version {two_digit_words(n(10, 19))} point {UNITS[n(1, 9)]} and it crashes every "
                        f"time i open it around {UNITS[n(1, 9)]} o'clock"])], "call/banking: app version and time"),
        ([("customer", [f"Hi, my booking {r.choice(['HX', 'QP'])}{rdig(r, 6, True)} is for {n(2, 6)} adults from {n(1, 28)} {r.choice(MONTHS).capitalize()} "
                        f"to {n(1, 28)} {r.choice(MONTHS).capitalize()}, room {n(100, 999)}"])],
         "chat/travel: booking ref, guest count, stay dates, room number"),
        ([("customer", [f"Paid £{n(10, 99)}.{n(10, 99)} on {n(1, 28)}/{n(1, 12)} but the app still shows £{n(100, 999)}.{n(10, 99)} owing"]),
          ("agent", [f"Payments take {n(2, 5)}-{n(6, 9)} working days to show. Your case ID is {rdig(r, 8, True)}."])],
         "chat/banking: amounts, payment date, processing days, case ID"),
        ([("customer", [f"Meter serial {r.choice(['E', 'G'])}{n(10, 99)}K{rdig(r, 5, True)} reads {rdig(r, 5, True)} kWh, up {n(5, 40)}% since {r.choice(MONTHS).capitalize()}"])],
         "chat/utilities: meter serial, reading, percentage"),
        ([("agent", [f"Your plan: {n(5, 100)}GB data, {n(100, 999)} mins, £{n(10, 40)}/month, contract end {n(1, 28)}.{n(1, 12)}.20{n(26, 28)}"])],
         "chat/telecom: plan allowances, price, contract end date"),
        ([("customer", [f"the rebate was {two_digit_words(n(2, 9))} hundred and {two_digit_words(n(11, 99))} pounds "
                        f"back in twenty {two_digit_words(n(18, 25))}"])], "call/government services: amount and year"),
    ]


def gen_negative(r):
    tpls = neg_templates(r)
    return r.choice(tpls)


# ---------------------------------------------------------------- assemble
def weighted(r, tpls):
    tot = sum(w for _, w in tpls)
    x = r.uniform(0, tot)
    for f, w in tpls:
        x -= w
        if x <= 0:
            return f
    return tpls[-1][0]


def generate():
    rng = random.Random(SEED)
    cases, all_checks = [], []
    n_pos_call, n_pos_chat, n_neg = 150, 72, 130
    pos = []
    # deterministic coverage: each template at least once, then weighted sampling
    plan = [("call", f) for f, _ in CALL_TEMPLATES] + [("chat", f) for f, _ in CHAT_TEMPLATES]
    while sum(1 for k, _ in plan if k == "call") < n_pos_call:
        plan.append(("call", weighted(rng, CALL_TEMPLATES)))
    while sum(1 for k, _ in plan if k == "chat") < n_pos_chat:
        plan.append(("chat", weighted(rng, CHAT_TEMPLATES)))
    rng.shuffle(plan)
    for i, (kind, f) in enumerate(plan):
        ctx = Ctx(rng)
        specs, note = f(ctx)
        turns, spans, checks = build(specs)
        ind = rng.choice(IND_BY_TYPE.get(spans[0]["type"], INDUSTRY))
        for kw, forced in (("tv licence", "government services"), ("car insurance", "insurance"),
                           ("gas account", "utilities"), ("broadband", "telecom"), ("policy", "insurance"),
                           ("boarding pass", "travel"), ("checking account", "banking"),
                           ("premium", "healthcare billing")):
            if any(kw in t["text"] for t in turns):
                ind = forced
                break
        if "government services:" in note or "healthcare billing:" in note:
            full_note = f"{kind}/{note}"
        else:
            full_note = f"{kind}/{ind}: {note}"
        pos.append(({"id": "", "kind": "positive", "turns": turns, "spans": spans, "note": full_note}, checks))
    for i, (c, ch) in enumerate(pos, 1):
        c["id"] = "h114-pos-%03d" % i
        cases.append(c)
        all_checks.append(ch)
    for i in range(1, n_neg + 1):
        specs, note = gen_negative(rng)
        turns, spans, checks = build(specs)
        cases.append({"id": "h114-neg-%03d" % i, "kind": "negative", "turns": turns, "spans": [], "note": note})
        all_checks.append([])
    return cases, all_checks


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def verify(cases, checks):
    errs = []
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c, ch in zip(cases, checks):
        if c["kind"] == "negative" and c["spans"]:
            errs.append(f"{c['id']}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(f"{c['id']}: positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append(f"{c['id']}: bad turn {t}")
        by_turn = {}
        for sp in c["spans"]:
            if sp["type"] not in TYPES:
                errs.append(f"{c['id']}: bad type {sp['type']}")
            if not (0 <= sp["turn"] < len(c["turns"])):
                errs.append(f"{c['id']}: turn out of range")
                continue
            text = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append(f"{c['id']}: offsets out of range {sp}")
                continue
            if not ((text[s].isalnum() or text[s] in "+(") and text[e - 1].isalnum()):
                errs.append(f"{c['id']}: span not trimmed {text[s:e]!r}")
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append(f"{c['id']}: span not on word boundary {text[s:e]!r}")
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for t, lst in by_turn.items():
            lst.sort()
            for (a, b), (x, y) in zip(lst, lst[1:]):
                if x < b:
                    errs.append(f"{c['id']}: overlapping spans in turn {t}")
        if c["kind"] == "positive":
            errs.extend(validate_case(c, ch))
    return errs


def counts(cases):
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    return cnt


def readme(cases):
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    ncall = sum(c["kind"] == "positive" and c["note"].startswith("call/") for c in cases)
    nnegcall = sum(c["kind"] == "negative" and c["note"].startswith("call/") for c in cases)
    rows = "\n".join(f"| {t} | {cnt.get(t, 0)} |" for t in TYPES)
    return f"""# pii_holdout114 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors and its tuning process have not seen.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not read
the redaction code (`src/convo/redact/`), its tests, its documentation, the
benchmark script, or any other PII fixture set, and did not run the redactor.
The only existing data consulted was a three-line example of the JSONL format.

Everything is produced by `scripts/make_pii_holdout114.py` from a single
`random.Random({SEED})`; the output is byte-for-byte reproducible. Each turn is
assembled from plain-text segments and (value, TYPE) segments, so offsets are
computed, never typed by hand. `python scripts/make_pii_holdout114.py --check`
regenerates the file, compares it byte for byte, checks ids, offsets, word
boundaries and overlaps, and validates every labelled value after normalising
spoken forms (Luhn for cards, mod-97 for IBANs, NI number format, 9 digits for
SSNs, 6 for sort codes, digit counts for CVV / phone / account, UK postcode and
US ZIP shapes, e-mail shape after turning "dot"/"at" into symbols).

## Contents

- {npos} positive cases ({ncall} phone calls written as an ASR transcript, {npos - ncall} chat)
- {nneg} negative cases ({nnegcall} calls, {nneg - nnegcall} chat) with `"spans": []`

Calls are lower case with little punctuation, numbers as words ("oh", "o",
"nought", "zero"; "double seven", "triple two"; pairs such as "forty one";
"hundred"), ASR homophones ("to"/"too" for two, "for" for four, "ate" for
eight, "won" for one), letters as plain letters, NATO words, "b for bob" /
"c as in cat" and letter sounds ("bee", "see", "jay", "aitch"), values split
over several customer turns with agent back-channels, agent interruptions and
partial echoes, full agent read-backs, self-corrections and restarts, and
several values in one turn next to unlabelled amounts, dates and references.

Span counts per type:

| type | spans |
|---|---|
{rows}
| total | {sum(cnt.values())} |

## Annotation conventions

- A span covers the value only: lead-ins such as "it's", "my number is", "sort
  code" and trailing chit-chat are outside it.
- Spoken values: the span runs from the first to the last word of the reading;
  fillers ("um", "uh") that fall inside a reading are inside the span.
- Self-corrections within one reading ("four five two no sorry four five six
  ...") are one span covering the abandoned attempt, the correction marker and
  the corrected value (the abandoned digits are still sensitive).
- A value split over several turns gets one span per fragment, each with the
  value's type. Agent read-backs are labelled, and so are partial echoes of a
  fragment ("sorry was that four nine two one") and partial corrections
  ("the end is ... not ...").
- Phone numbers include a spoken or typed country code ("plus four four ...",
  "double oh three five three ...", "+44 (0)..."); in "area code six one seven
  and then ..." the words "area code" and "and then" are outside the two spans.
- When two complete dates are said with a correction between them ("ninth of
  july no sorry eighth of july ...") each date is its own DOB span and the
  marker is outside; a single reading with a restart inside it is one span.
- A fast first reading that the agent interrupts ("sorry can i stop you there")
  is labelled as well as the slower repeat. A spelled-out confirmation of an
  e-mail user name ("that's s k for kilo e ...") is labelled EMAIL.
- Chat values keep their typing errors inside the span (a letter O typed for a
  zero in a card number, doubled or stray separators).
- ADDRESS covers house/flat number and street name (including "flat three");
  town, state and country are outside. Postcodes/ZIPs are separate POSTCODE spans.
- DOB covers the whole date as said; ages are not labelled. EXPIRY covers
  month and year. CVV covers the code digits.
- Postcodes are UK (including Northern Ireland "BT") or US ZIP / ZIP+4; a UK
  postcode split outward / inward over two turns is two spans.
- Not labelled (and used as lookalikes in negatives): amounts, prices, balances,
  times, durations, counts, ages, years, percentages, temperatures, speeds,
  non-birth dates, order/ticket/claim/invoice/reference numbers said with their
  reference word, flight/room/platform/model numbers and meter readings.

Scoring note: a span counts as found when every letter/digit in it is covered by
a redaction; a negative case fails if anything in it is redacted.
"""


def main():
    cases, checks = generate()
    data = dump(cases)
    errs = verify(cases, checks)
    cnt = counts(cases)
    for t, m in MIN_SPANS.items():
        if cnt.get(t, 0) < m:
            errs.append(f"type {t}: {cnt.get(t, 0)} spans < {m}")
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        errs.append(f"too few cases: {npos} positive, {nneg} negative")
    rd = readme(cases)
    if "--check" in sys.argv[1:]:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output (run without --check)")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    ncall = sum(c["kind"] == "positive" and c["note"].startswith("call/") for c in cases)
    print(f"cases: {len(cases)} ({npos} positive, {ncall} of them calls; {nneg} negative)")
    for t in TYPES:
        print(f"  {t:13s} {cnt.get(t, 0)}")
    print(f"  total spans   {sum(cnt.values())}")
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print(f"{len(errs)} problem(s)")
        return 1
    print("OK" + (" (check passed)" if "--check" in sys.argv[1:] else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction set ``tests/fixtures/pii_holdout43``.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(all values come from one ``random.Random(43241123)``).

    python scripts/make_pii_holdout43.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout43.py --check  # regenerate, compare, validate

Never use this set for tuning.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import random

SEED = 43241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout43"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

rng = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9}
ORD_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
             "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
ZERO_WORDS = {"zero", "oh", "o", "nought", "nil"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm"}
DIGIT_HOMOPHONES = {"for": "4", "to": "2", "too": "2", "won": "1", "ate": "8"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
LETTER_HOMO = {"ay": "A", "bee": "B", "be": "B", "see": "C", "sea": "C", "dee": "D",
               "gee": "G", "aitch": "H", "jay": "J", "kay": "K", "el": "L", "em": "M",
               "en": "N", "pee": "P", "are": "R", "ess": "S", "tee": "T", "tea": "T",
               "why": "Y", "ex": "X", "zed": "Z", "zee": "Z"}
LETTER_SAY = {"A": ["a", "ay"], "B": ["b", "bee"], "C": ["c", "see"], "D": ["d", "dee"],
              "E": ["e"], "G": ["g", "gee"], "H": ["h", "aitch"], "J": ["j", "jay"],
              "K": ["k", "kay"], "L": ["l", "el"], "M": ["m", "em"], "N": ["n", "en"],
              "P": ["p", "pee"], "R": ["r", "are"], "S": ["s", "ess"], "T": ["t", "tee"],
              "W": ["w", "double you"], "X": ["x", "ex"], "Y": ["y", "why"], "Z": ["z", "zed"],
              "F": ["f"], "U": ["u"], "Q": ["q"], "V": ["v"], "I": ["i"], "O": ["o"]}
NATO_SAY = {v: k for k, v in NATO.items() if k not in ("alfa", "juliett")}


def _tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[^a-z0-9]+", text.lower()) if t]


def normalise(text: str, mode: str) -> str:
    """Turn a span's text (typed or spoken) into a canonical string.

    mode "digits": digits only (homophones for/to allowed); "alnum": letters
    and digits (NATO, 'x for xray', letter homophones)."""
    if mode == "email":
        toks = re.split(r"\s+", text.lower().strip())
        out = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if t in ("dot", "period"):
                out.append(".")
            elif t == "at":
                out.append("@")
            elif t == "underscore":
                out.append("_")
            elif t in ("dash", "hyphen"):
                out.append("-")
            elif t in FILLERS:
                pass
            elif t in TENS[2:] and i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(str(TENS.index(t) * 10 + UNITS.index(toks[i + 1])))
                i += 1
            elif t in TENS[2:]:
                out.append(str(TENS.index(t) * 10))
            elif t in TEENS:
                out.append(str(10 + TEENS.index(t)))
            elif t in UNITS:
                out.append(str(UNITS.index(t)))
            elif t == "double" and i + 1 < len(toks):
                nxt = toks[i + 1]
                v = str(UNITS.index(nxt)) if nxt in UNITS else nxt
                out.append(v * 2)
                i += 1
            else:
                out.append(t)
            i += 1
        return "".join(out)
    toks = _tokens(text)
    out: list[str] = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        emit = None
        if t in FILLERS or t in ("dash", "hyphen", "slash", "space", "plus", "of", "the", "and",
                                 "stroke", "point"):
            i += 1
            continue
        if t == "double" and nxt == "you" and mode == "alnum":
            emit = "W"
            i += 1
        elif t == "double":
            mult = 2
            i += 1
            continue
        elif t == "triple":
            mult = 3
            i += 1
            continue
        elif mode == "alnum" and len(t) == 1 and nxt == "for":
            emit = t.upper()
            i += 2
        elif mode == "alnum" and len(t) == 1 and nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in":
            emit = t.upper()
            i += 3
        elif t == "thousand":
            if nxt in UNITS[1:]:
                emit = "00" + str(UNITS.index(nxt))
                i += 1
            elif nxt in TEENS or nxt in TENS[2:]:
                emit = "0"
            else:
                emit = "000"
        elif t in ZERO_WORDS:
            emit = "0"
        elif t in UNITS:
            emit = str(UNITS.index(t))
        elif t in TEENS:
            emit = str(10 + TEENS.index(t))
        elif t in TENS[2:]:
            if nxt in UNITS[1:]:
                emit = str(TENS.index(t) * 10 + UNITS.index(nxt))
                i += 1
            elif nxt in ORD_UNITS:
                emit = str(TENS.index(t) * 10 + ORD_UNITS[nxt])
                i += 1
            else:
                emit = str(TENS.index(t) * 10)
        elif t == "hundred":
            emit = "00"
        elif t in ORD_UNITS:
            emit = str(ORD_UNITS[t])
        elif t in ORD_TEENS:
            emit = str(ORD_TEENS[t])
        elif t in MONTHS:
            emit = "%02d" % (MONTHS.index(t) + 1)
        elif t[:3] in [m[:3] for m in MONTHS] and len(t) <= 4 and mode == "digits":
            emit = "%02d" % ([m[:3] for m in MONTHS].index(t[:3]) + 1)
        elif re.fullmatch(r"\d+(st|nd|rd|th)", t):
            emit = re.sub(r"\D", "", t)
        elif t.isdigit():
            emit = t
        elif mode == "digits" and re.fullmatch(r"[0-9o]+", t) and any(ch.isdigit() for ch in t):
            emit = t.replace("o", "0")
        elif t in DIGIT_HOMOPHONES:
            emit = DIGIT_HOMOPHONES[t]
        elif mode == "alnum" and len(t) == 1 and nxt == "for":
            emit = t.upper()
            i += 2
        elif mode == "alnum" and t in NATO:
            emit = NATO[t]
        elif mode == "alnum" and t in LETTER_HOMO:
            emit = LETTER_HOMO[t]
        elif mode == "alnum" and (len(t) <= 4 or any(c.isdigit() for c in t)):
            emit = t.upper()
        else:
            return "<BAD:%s>" % t
        out.append(emit * mult)
        mult = 1
        i += 1
    return "".join(out)


def speak(ds: str, *, zero: str = "oh", pairs: float = 0.0, doubles: bool = False,
          groups=None, filler: float = 0.0, homo: float = 0.0, sep: str = " ") -> str:
    """Speak a digit string as an ASR transcript would write it."""
    def chunk_words(ch: str) -> list[str]:
        w: list[str] = []
        j = 0
        while j < len(ch):
            d = ch[j]
            if pairs and j + 1 < len(ch) and d != "0" and rng.random() < pairs:
                two = ch[j:j + 2]
                n = int(two)
                if n < 20:
                    w.append(TEENS[n - 10])
                elif n % 10 == 0:
                    w.append(TENS[n // 10])
                else:
                    w.append(TENS[n // 10] + " " + UNITS[n % 10])
                j += 2
                continue
            if doubles and j + 2 < len(ch) and ch[j + 1] == d and ch[j + 2] == d:
                w.append("triple " + (zero if d == "0" else UNITS[int(d)]))
                j += 3
                continue
            if doubles and j + 1 < len(ch) and ch[j + 1] == d:
                w.append("double " + (zero if d == "0" else UNITS[int(d)]))
                j += 2
                continue
            if d == "0":
                w.append(zero)
            elif homo and d in "42" and rng.random() < homo:
                w.append("for" if d == "4" else "to")
            else:
                w.append(UNITS[int(d)])
            j += 1
        return w

    for _ in range(20):
        chunks = split_groups(ds, groups) if groups else [ds]
        parts = []
        for ch in chunks:
            ws = chunk_words(ch)
            if filler and rng.random() < filler:
                ws.insert(rng.randrange(1, len(ws) + 1) if len(ws) > 1 else 1,
                          rng.choice(["um", "uh", "er"]))
            parts.append(" ".join(ws))
        s = sep.join(parts)
        if normalise(s, "digits") == ds:
            return s
        pairs = 0.0  # fall back to unambiguous reading
    raise AssertionError("cannot speak %s" % ds)


def split_groups(ds: str, groups) -> list[str]:
    out, k = [], 0
    for g in groups:
        out.append(ds[k:k + g])
        k += g
    if k < len(ds):
        out.append(ds[k:])
    return [c for c in out if c]


def group_str(ds: str, groups, sep=" ") -> str:
    return sep.join(split_groups(ds, groups))


# ---------------------------------------------------------------- values
def luhn_ok(ds: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card(kind=None) -> str:
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        pre, n = "4" + str(rng.randrange(10)), 16
    elif kind == "visa13":
        pre, n = "4", 13
    elif kind == "mc":
        pre, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    else:
        pre, n = rng.choice(["6759", "6763"]), rng.choice([18, 19])
    body = pre + "".join(str(rng.randrange(10)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(ds: str):
    if len(ds) == 15:
        return [4, 6, 5]
    if len(ds) == 13:
        return [4, 3, 3, 3]
    return [4, 4, 4, 4, 3][: (len(ds) + 3) // 4] if len(ds) != 19 else [4, 4, 4, 4, 3]


def ssn() -> str:
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


def ssn_ok(ds: str) -> bool:
    return (len(ds) == 9 and ds[:3] not in ("000", "666") and ds[0] != "9"
            and ds[3:5] != "00" and ds[5:] != "0000")


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_RE = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def ni() -> str:
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND.replace("O", ""))
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def say_letter(c: str, style: str) -> str:
    if c == "O":
        return "o for oscar"
    if style == "nato":
        return "%s for %s" % (c.lower(), NATO_SAY[c])
    if style == "homo":
        return rng.choice(LETTER_SAY[c])
    return c.lower()


def iban(country=None) -> str:
    country = country or rng.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    digits = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))
    if country == "GB":
        bban = rng.choice(["BARC", "LOYD", "NWBK", "HBUK", "MIDL"]) + digits(14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif country == "DE":
        bban = digits(18)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    elif country == "FR":
        bban = digits(23)
    else:
        bban = digits(20)
    rearr = bban + country + "00"
    num = int("".join(str(int(ch, 36)) for ch in rearr))
    chk = 98 - num % 97
    return country + "%02d" % chk + bban


def iban_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def digits(n: int, first="123456789") -> str:
    return rng.choice(first) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def uk_mobile() -> str:
    return "07" + digits(9, "345789")


def uk_landline() -> str:
    return rng.choice(["0161", "0113", "0117", "0121", "0141", "0131", "0191"]) + digits(7, "2345789")


def us_phone() -> str:
    return digits(3, "2345789") + digits(3, "2345789") + "".join(str(rng.randrange(10)) for _ in range(4))


def ie_mobile() -> str:
    return rng.choice(["083", "085", "086", "087", "089"]) + digits(7, "2345789")


UK_AREAS = ["SW", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "L", "OX", "CB", "BT", "RG",
            "NG", "PL", "EX", "DH", "KY", "AB", "SE", "N", "E", "S", "WF", "HU", "TR", "LE"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode() -> str:
    a = rng.choice(UK_AREAS)
    d = str(rng.randrange(1, 30))
    return "%s%s %d%s%s" % (a, d, rng.randrange(10), rng.choice(INWARD), rng.choice(INWARD))


def zip_code() -> str:
    z = digits(5)
    if rng.random() < 0.3:
        z += "-" + "".join(str(rng.randrange(10)) for _ in range(4))
    return z


STREETS = ["Mill Lane", "Church Road", "Station Road", "Victoria Street", "Park Avenue",
           "Oakfield Drive", "Greenway Close", "Hawthorn Crescent", "Kingsway", "Elm Grove",
           "Maple Drive", "Willow Court", "Orchard Way", "Riverside Walk", "Beech Terrace",
           "Castle Street", "Meadow View", "Ashgrove Road", "Cedar Street", "Lakeview Boulevard",
           "North Main Street", "Pine Ridge Road", "Sunset Boulevard", "Harbour Place"]
STREET_SUFFIX = r"(lane|road|street|avenue|drive|close|crescent|kingsway|grove|court|way|walk|" \
                r"terrace|view|boulevard|place|st|rd|ave|dr|ln|blvd)"
TOWNS_UK = ["Leeds", "Bristol", "Cardiff", "Norwich", "Preston", "Exeter", "Derby", "Swindon"]
TOWNS_US = ["Columbus", "Tucson", "Raleigh", "Omaha", "Boise", "Spokane", "Dayton"]
FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "megan", "niamh", "oliver", "chloe",
         "daniel", "grace", "marcus", "fatima", "conor", "hannah", "ryan", "zoe"]
LAST = ["walsh", "patel", "murphy", "okafor", "hughes", "kowalski", "byrne", "nguyen",
        "fletcher", "obrien", "garcia", "moran", "singh", "taylor", "duffy", "reid"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "live.ie", "protonmail.com", "aol.com"]


def email():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    num = str(rng.randrange(1, 99)) if rng.random() < 0.5 else ""
    local = rng.choice([f + "." + l, f[0] + l, f + "_" + l, l + "." + f, f + l]) + num
    return local, rng.choice(DOMAINS)


def email_typed():
    loc, dom = email()
    return loc + "@" + dom


def num_words(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n % 100 == 0:
        return UNITS[n // 100] + " hundred"
    return UNITS[n // 100] + " " + (("oh " + UNITS[n % 100]) if n % 100 < 10 else num_words(n % 100))


def email_spoken():
    loc, dom = email()
    def sp(s):
        out = []
        for part in re.findall(r"[a-z]+|\d+|[._]", s):
            if part == ".":
                out.append("dot")
            elif part == "_":
                out.append("underscore")
            elif part.isdigit():
                out.append(num_words(int(part)) if not part.startswith("0") else " ".join(UNITS[int(c)] for c in part))
            elif len(part) == 1:
                out.append(part)
            else:
                out.append(part)
        return " ".join(out)
    return sp(loc) + " at " + sp(dom), loc + "@" + dom


def ordinal(n: int) -> str:
    if n < 10:
        return [k for k, v in ORD_UNITS.items() if v == n][0]
    if n < 20 or n in (20, 30):
        return [k for k, v in ORD_TEENS.items() if v == n][0]
    return TENS[n // 10] + " " + [k for k, v in ORD_UNITS.items() if v == n % 10][0]


def year_words(y: int) -> str:
    if y < 2000:
        return TEENS[y // 100 - 10] + " " + (num_words(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 100])
    if y < 2010:
        return "two thousand and " + UNITS[y % 10] if False else "two thousand " + UNITS[y % 10]
    return "twenty " + num_words(y % 100)


def dob():
    return rng.randrange(1940, 2006), rng.randrange(1, 13), rng.randrange(1, 29)


def dob_form(style: str):
    y, m, d = dob()
    if style == "uk_typed":
        return "%02d/%02d/%d" % (d, m, y)
    if style == "us_typed":
        return "%02d/%02d/%d" % (m, d, y)
    if style == "dots":
        return "%d.%d.%02d" % (d, m, y % 100)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "text":
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if style == "spoken_uk":
        return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], year_words(y))
    if style == "spoken_us":
        return "%s %s %s" % (MONTHS[m - 1], ordinal(d), year_words(y))
    if style == "spoken_num":
        return "%s %s %s" % (speak("%02d" % d, zero=rng.choice(["oh", "zero"])),
                             speak("%02d" % m, zero="oh"), year_words(y))
    return "%s %s %s" % (ordinal(d), MONTHS[m - 1], num_words(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 100])


# ---------------------------------------------------------------- case assembly
CASE_LIST: list[dict] = []
META: list[list[tuple]] = []  # per case: (turn, start, end, type, canonical-or-None, group)


def build(kind: str, note: str, turns: list) -> None:
    """turns: list of (speaker, [segments]); a segment is str or (text, TYPE[, group])."""
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg[0], seg[1]
                while val and not val[0].isalnum():
                    text += val[0]
                    val = val[1:]
                tail = ""
                while val and not val[-1].isalnum():
                    tail = val[-1] + tail
                    val = val[:-1]
                grp = seg[2] if len(seg) > 2 else None
                s = len(text)
                text += val
                spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                meta.append((ti, s, len(text), typ, grp))
                text += tail
        out_turns.append({"speaker": spk, "text": text})
    assert (kind == "negative") == (not spans), note
    n = sum(1 for c in CASE_LIST if c["kind"] == kind) + 1
    cid = "h43-%s-%03d" % ("pos" if kind == "positive" else "neg", n)
    CASE_LIST.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    META.append(meta)


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def pos(note, *turns):
    build("positive", note, list(turns))


def neg(note, *turns):
    build("negative", note, list(turns))


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "right", "uh huh", "yeah", "got that", "okay next four"]
ZEROS = ["oh", "zero", "o", "nought"]


def bc():
    return rng.choice(BACK)


# ---------------------------------------------------------------- positive templates: cards
def card_cases():
    inds = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "government services"]
    seps = [" ", "-", "", ".", "  ", " - "]
    # 1 chat typed with separators
    for i in range(6):
        c = card()
        sep = seps[i % len(seps)]
        txt = group_str(c, card_groups(c), sep)
        ind = rng.choice(inds)
        lead = rng.choice(["card number is ", "Card no: ", "pls use ", "ok its ", "CARD ", "the long number: "])
        pos("chat/%s: card typed with separator %r" % (ind, sep),
            A("Can I take the card details to settle the £%d.%02d?" % (rng.randrange(20, 400), rng.randrange(100))),
            C(lead, (txt, "CARD_NUMBER"), rng.choice(["", " thanks", " - its a debit card", " (visa)"])))
    # 2 chat typed: odd grouping, typo spacing, letter O for zero
    for i in range(3):
        c = card("visa")
        k = rng.randrange(5, 12)
        txt = c[:k] + " " + c[k:]
        pos("chat/retail: card typed with odd split at position %d" % k,
            C("hi my order 5521873 failed, trying again with card ", (txt, "CARD_NUMBER"), " exp is on the back"))
    c = card("mc")
    pos("chat/telecom: card typed as two lines of 8 digits",
        C("card:"), C((c[:8], "CARD_NUMBER")), C((c[8:], "CARD_NUMBER")))
    # 3 call single turn digit by digit with zero variants
    for i in range(5):
        c = card()
        z = ZEROS[i % 4]
        pos("call/%s: card read digit by digit in one turn, zero as %r" % (rng.choice(inds), z),
            A("and the long number across the front of the card please"),
            C(rng.choice(["yeah it's ", "okay so it's ", "right ", "it is "]), (speak(c, zero=z), "CARD_NUMBER")))
    # 4 split over turns with back-channels
    for i in range(5):
        c = card()
        chunks = split_groups(c, card_groups(c))
        turns = [A("okay whenever you're ready with the card number")]
        for j, ch in enumerate(chunks):
            pre = rng.choice(["", "", "right ", "so ", "um "]) if j == 0 else rng.choice(["", "", "then "])
            turns.append(C(pre, (speak(ch, zero=rng.choice(ZEROS), doubles=rng.random() < .5), "CARD_NUMBER")))
            if j < len(chunks) - 1:
                turns.append(A(bc()))
        pos("call/%s: card split over %d customer turns with agent back-channels" % (rng.choice(inds), len(chunks)), *turns)
    # 5 pairs reading
    for i in range(5):
        c = card()
        s = speak(c, pairs=0.8, zero="oh", groups=card_groups(c))
        pos("call/%s: card read in pairs ('forty one eleven') in groups" % rng.choice(inds),
            A("what's the card number"), C("it's ", (s, "CARD_NUMBER")))
    # 6 doubles/triples
    for i in range(3):
        base = card()
        # force a double/triple
        b = base[:5] + base[5] * 2 + base[7:-1]
        c = None
        for d in "0123456789":
            if luhn_ok(b + d):
                c = b + d
        s = speak(c, doubles=True, zero=rng.choice(ZEROS), groups=card_groups(c), sep=" ")
        pos("call/banking: card with 'double'/'triple' digits",
            A("can you read me the card number"), C((s, "CARD_NUMBER"), " yeah that's it"))
    # 7 fillers inside
    for i in range(3):
        c = card()
        s = speak(c, filler=0.6, groups=card_groups(c), zero="zero")
        pos("call/utilities: card reading with filler words inside",
            A("go ahead with the card number"), C("okay um ", (s, "CARD_NUMBER")))
    # 8 homophones for/to
    for i in range(4):
        c = card()
        while "4" not in c[1:] and "2" not in c:
            c = card()
        s = speak(c, homo=0.9, zero="oh")
        pos("call/telecom: ASR homophones 'for'=4 and 'to'=2 inside card reading",
            A("and the card number"), C("yeah ", (s, "CARD_NUMBER"), " and that's a visa"))
    # 9 self-correction: wrong group then corrected
    for i in range(4):
        c = card()
        g = split_groups(c, card_groups(c))
        wrong = list(g[1])
        wrong[2] = str((int(wrong[2]) + 3) % 10)
        wrong = "".join(wrong)
        pos("call/insurance: caller mis-reads second group, corrects it; both readings labelled",
            A("card number please"),
            C((speak(g[0]), "CARD_NUMBER"), " ", (speak(wrong), "CARD_NUMBER", "frag"),
              " no sorry ", (speak(g[1]), "CARD_NUMBER"), " ", (speak("".join(g[2:])), "CARD_NUMBER")))
    # 10 agent reads back
    for i in range(5):
        c = card()
        g = card_groups(c)
        pos("call/%s: agent reads card back in groups after customer" % rng.choice(inds),
            A("go ahead"), C((speak(c, zero=rng.choice(ZEROS)), "CARD_NUMBER")),
            A("let me read that back ", (speak(c, groups=g, sep=" ... ", pairs=.3), "CARD_NUMBER"), " is that right"),
            C("yes that's right"))
    # 11 card + expiry + cvv in one chat message
    for i in range(4):
        c = card()
        m, y = rng.randrange(1, 13), rng.randrange(25, 32)
        ex = rng.choice(["%02d/%02d" % (m, y), "%02d-%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d%02d" % (m, y)])
        cv = digits(4 if len(c) == 15 else 3, "0123456789")
        pos("chat/travel: card, expiry and cvv in one message",
            C("booking ref QXT44 - card ", (group_str(c, card_groups(c), rng.choice([" ", "-"])), "CARD_NUMBER"),
              rng.choice([" exp ", ", expiry ", " valid thru "]), (ex, "EXPIRY"),
              rng.choice([" cvv ", ", security code ", " cvc: "]), (cv, "CVV")))
    # 12 call: card then expiry in same turn spoken
    for i in range(4):
        c = card()
        m, y = rng.randrange(1, 13), rng.randrange(25, 32)
        exs = rng.choice([speak("%02d" % m, zero="oh") + " " + num_words(y),
                          MONTHS[m - 1] + " twenty " + num_words(y),
                          speak("%02d" % m, zero="zero") + " slash " + speak("%02d" % y)])
        pos("call/retail: card then expiry in one spoken turn",
            A("card number and expiry please"),
            C((speak(c, zero=rng.choice(ZEROS), doubles=True), "CARD_NUMBER"), " and it expires ", (exs, "EXPIRY")))
    # 13 mixed digits and words (ASR partial formatting)
    for i in range(3):
        c = card()
        g = split_groups(c, card_groups(c))
        s = " ".join(x if j % 2 == 0 else speak(x) for j, x in enumerate(g))
        pos("call/banking: ASR output mixing numerals and words in one card reading",
            A("card number"), C("it's ", (s, "CARD_NUMBER")))
    # 14 card mixed with chit-chat between groups in one turn
    for i in range(3):
        c = card()
        g = split_groups(c, card_groups(c))
        pos("call/travel: card read with chit-chat between groups in one turn",
            A("the card number please"),
            C((speak(g[0]), "CARD_NUMBER"), " hang on the light's bad in here ", (speak(g[1]), "CARD_NUMBER"),
              " right ", (speak("".join(g[2:])), "CARD_NUMBER"), " sorry it's a new card"))
    # 15 hundreds form in card groups
    for i in range(2):
        c = card("visa")
        b = c[:4] + "9" + "00" + c[7:-1]
        c = [b + d for d in "0123456789" if luhn_ok(b + d)][0]
        g = split_groups(c, [4, 3, 4, 4])
        g = split_groups(c, [4, 3, 4, 5])
        s = " ".join([speak(g[0]), "nine hundred", speak(g[2]), speak(g[3], pairs=1)])
        pos("call/healthcare billing: card with 'nine hundred' inside the reading",
            A("what's the card number"), C("right ", (s, "CARD_NUMBER")))


# ---------------------------------------------------------------- SSN
def ssn_cases():
    inds = ["banking", "insurance", "healthcare billing", "government services", "telecom", "utilities"]
    typed = [lambda s: "%s-%s-%s" % (s[:3], s[3:5], s[5:]), lambda s: "%s %s %s" % (s[:3], s[3:5], s[5:]),
             lambda s: s, lambda s: "%s.%s.%s" % (s[:3], s[3:5], s[5:]), lambda s: "%s - %s - %s" % (s[:3], s[3:5], s[5:]),
             lambda s: "%s-%s%s" % (s[:3], s[3:5], s[5:])]
    for i in range(8):
        s = ssn()
        pos("chat/%s: US SSN typed, format %d" % (rng.choice(inds), i % 6),
            A("To verify, please confirm your Social Security number."),
            C(rng.choice(["sure its ", "SSN ", "social: ", "ok ", "my ssn is "]), (typed[i % 6](s), "SSN"),
              rng.choice(["", " thx", ". Account opened 2019"])))
    for i in range(6):
        s = ssn()
        pos("call/%s: SSN spoken digit by digit, zero as %r" % (rng.choice(inds), ZEROS[i % 4]),
            A("can i get your social security number please"),
            C(rng.choice(["yeah it's ", "sure ", "okay "]), (speak(s, zero=ZEROS[i % 4], groups=[3, 2, 4]), "SSN")))
    for i in range(5):
        s = ssn()
        g = split_groups(s, [3, 2, 4])
        pos("call/government services: SSN split 3-2-4 across turns",
            A("and your social"), C((speak(g[0], doubles=True), "SSN")), A(bc()),
            C((speak(g[1], pairs=.5), "SSN")), A(bc()), C((speak(g[2], pairs=.5, filler=.3), "SSN")))
    for i in range(5):
        s = ssn()
        sp = speak(s, groups=[3, 2, 2, 2], pairs=1.0, zero="oh")
        pos("call/insurance: SSN read in pairs and grouped",
            A("last thing the social security number"), C("it's ", (sp, "SSN")))
    for i in range(4):
        s = ssn()
        pos("call/healthcare billing: SSN with ASR homophones for/to",
            A("i need your ssn for the claim"), C("okay ", (speak(s, homo=1.0, groups=[3, 2, 4]), "SSN")))
    for i in range(4):
        s = ssn()
        pos("call/banking: agent reads SSN back",
            C("my social is ", (speak(s, zero="zero"), "SSN")),
            A("thank you so that's ", (speak(s, groups=[3, 2, 4], sep=" dash "), "SSN"), " correct"), C("yep"))
    for i in range(3):
        s = ssn()
        wrong = s[:3] + str((int(s[3]) + 1) % 10)
        pos("call/government services: SSN with self-correction mid reading",
            A("social security number"),
            C((speak(wrong), "SSN", "frag"), " no wait ", (speak(s, groups=[3, 2, 4]), "SSN")))
    for i in range(3):
        s = ssn()
        pos("call/telecom: SSN with fillers and 'dash' spoken",
            A("to run the credit check i need your social"),
            C("um sure ", (speak(s[:3], filler=1) + " dash " + speak(s[3:5]) + " dash " + speak(s[5:], doubles=True), "SSN")))
    for i in range(2):
        s = ssn()
        pos("chat/insurance: SSN and DOB in one message",
            C("Policyholder ssn ", ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"), " dob ", (dob_form("us_typed"), "DOB")))


# ---------------------------------------------------------------- NI
def ni_spoken(n: str, style: str, digit_style: str = "plain") -> str:
    ls = " ".join(say_letter(c, style) for c in n[:2])
    if digit_style == "pairs":
        ds = speak(n[2:8], pairs=1.0, groups=[2, 2, 2])
    elif digit_style == "doubles":
        ds = speak(n[2:8], doubles=True, zero="oh")
    else:
        ds = speak(n[2:8], zero=rng.choice(ZEROS))
    return ls + " " + ds + " " + say_letter(n[8], style)


def ni_cases():
    inds = ["government services", "banking", "utilities", "insurance", "telecom"]
    typed = [lambda n: "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), lambda n: n.lower(),
             lambda n: n, lambda n: "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
             lambda n: "%s %s %s" % (n[:2].capitalize(), n[2:8], n[8].lower()),
             lambda n: "%s%s %s" % (n[:2], n[2:8], n[8])]
    for i in range(8):
        n = ni()
        pos("chat/%s: UK NI number typed, format %d" % (rng.choice(inds), i % 6),
            A("Could you confirm your National Insurance number?"),
            C(rng.choice(["yes its ", "NI no. ", "NINO: ", "", "it's "]), (typed[i % 6](n), "NI_NUMBER"),
              rng.choice(["", " cheers", " - I started the job in March"])))
    styles = ["plain", "homo", "nato"]
    for i in range(9):
        n = ni()
        st = styles[i % 3]
        dst = ["plain", "pairs", "doubles"][(i // 3) % 3]
        pos("call/%s: NI spoken, letters %s, digits %s" % (rng.choice(inds), st, dst),
            A("and your national insurance number please"),
            C(rng.choice(["yeah it's ", "okay ", "right so ", ""]), (ni_spoken(n, st, dst), "NI_NUMBER")))
    for i in range(5):
        n = ni()
        st = styles[i % 3]
        pos("call/government services: NI split across turns (letters / digits / suffix)",
            A("national insurance number"),
            C((" ".join(say_letter(c, st) for c in n[:2]), "NI_NUMBER")), A(bc()),
            C((speak(n[2:5]), "NI_NUMBER")), A(bc()),
            C((speak(n[5:8]), "NI_NUMBER"), " and then ", (say_letter(n[8], st), "NI_NUMBER")))
    for i in range(4):
        n = ni()
        pos("call/banking: agent reads NI number back",
            C("it's ", (ni_spoken(n, "plain"), "NI_NUMBER")),
            A("so that's ", (ni_spoken(n, "nato", "pairs"), "NI_NUMBER"), " yeah"), C("that's it"))
    for i in range(3):
        n = ni()
        pos("call/utilities: NI with self-correction of the suffix letter",
            A("can i take your national insurance number"),
            C((ni_spoken(n, "homo")[:-1].rstrip() if False else " ".join(say_letter(c, "plain") for c in n[:2]) + " " + speak(n[2:8]), "NI_NUMBER"),
              " ", (say_letter(rng.choice([x for x in "ABCD" if x != n[8]]), "plain"), "NI_NUMBER", "frag"),
              " no sorry ", (say_letter(n[8], "plain"), "NI_NUMBER")))
    for i in range(3):
        n = ni()
        pos("call/government services: NI with fillers and 'as in' letters",
            A("go ahead with the NI number"),
            C("um ", (n[0].lower() + " as in " + NATO_SAY[n[0]] + " " + n[1].lower() + " um " + speak(n[2:8], homo=.8) + " er " + say_letter(n[8], "homo"), "NI_NUMBER")))
    for i in range(3):
        n = ni()
        pos("chat/insurance: NI with spaces inside letters and mixed case",
            C("my nat ins is ", (" ".join(n[:2]) + " " + n[2:5] + " " + n[5:8] + " " + n[8], "NI_NUMBER"), " and postcode ", (uk_postcode(), "POSTCODE")))


# ---------------------------------------------------------------- other types
def bank_cases():
    for i in range(6):
        acc, sc = digits(8, "0123456789"), digits(6, "0123456789")
        if i % 2 == 0:
            pos("chat/banking: UK sort code and account typed",
                C("sort code ", ("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), " acc ", (acc, "BANK_ACCOUNT")))
        else:
            pos("call/utilities: direct debit sort code in pairs and account digit by digit",
                A("what's the sort code"), C((speak(sc, pairs=1.0, groups=[2, 2, 2]), "SORT_CODE")),
                A("and the account number"), C((speak(acc, zero=rng.choice(ZEROS), doubles=True), "BANK_ACCOUNT")))
    for i in range(5):
        acc = digits(rng.choice([9, 10, 12]))
        pos("call/banking: US checking account number with routing chatter",
            A("what's the checking account number"),
            C("okay it's ", (speak(acc, zero="zero", groups=[3, 3, 4]), "BANK_ACCOUNT"), " at the branch on fifth"))
    for i in range(3):
        acc, sc = digits(8), digits(6)
        pos("call/insurance: sort code and account split across turns, agent reads back",
            A("sort code first"), C((speak(sc[:2]), "SORT_CODE")), A(bc()), C((speak(sc[2:]), "SORT_CODE")),
            A("account"), C((speak(acc), "BANK_ACCOUNT")),
            A("so ", (speak(sc, groups=[2, 2, 2], pairs=.5), "SORT_CODE"), " and ", (speak(acc, groups=[4, 4]), "BANK_ACCOUNT")))
    for i in range(8):
        ib = iban()
        if i % 2 == 0:
            txt = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)) if i % 4 == 0 else ib
            pos("chat/banking: IBAN typed (%s)" % ib[:2], C("refund to IBAN ", (txt, "IBAN"), " please"))
        else:
            sp = " ".join(say_letter(c, "plain") if c.isalpha() else None or "" for c in "") or ""
            parts = []
            for c in ib:
                parts.append(say_letter(c, rng.choice(["plain", "nato"])) if c.isalpha() else UNITS[int(c)] if c != "0" else "oh")
            pos("call/travel: IBAN spoken character by character (%s)" % ib[:2],
                A("the IBAN for the refund"), C("right it's ", (" ".join(parts), "IBAN")))
    for i in range(4):
        ib = iban(rng.choice(["IE", "GB"]))
        g = [ib[k:k + 4] for k in range(0, len(ib), 4)]
        turns = [A("go ahead with the iban")]
        for j in range(0, len(g), 2):
            turns.append(C((" ".join(" ".join(say_letter(c, "homo") if c.isalpha() else UNITS[int(c)] for c in x) for x in g[j:j + 2]), "IBAN")))
            if j + 2 < len(g):
                turns.append(A(bc()))
        pos("call/banking: IBAN split across turns", *turns)


def contact_cases():
    for i in range(6):
        e = email_typed()
        pos("chat/retail: email typed", C("you can email me at ", (e, "EMAIL"), rng.choice(["", " ta", "."])))
    for i in range(8):
        sp, _ = email_spoken()
        pos("call/%s: email spoken with dot/at" % rng.choice(["telecom", "insurance", "utilities"]),
            A("what's the best email"), C("it's ", (sp, "EMAIL")))
    for i in range(4):
        sp, real = email_spoken()
        pos("call/travel: email spoken then agent reads it back",
            A("email address"), C((sp, "EMAIL")), A("so that's ", (sp, "EMAIL"), " yeah"), C("yes"))
    phones = [(uk_mobile, "UK mobile"), (uk_landline, "UK landline"), (us_phone, "US"), (ie_mobile, "Irish mobile")]
    for i in range(12):
        f, lab = phones[i % 4]
        p = f()
        if i % 3 == 0:
            if lab == "US":
                txt = rng.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])
            elif lab == "Irish mobile":
                txt = "+353 %s %s %s" % (p[1:3], p[3:6], p[6:])
            else:
                txt = rng.choice([p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], p])
            pos("chat/telecom: %s phone typed" % lab, C("call me on ", (txt, "PHONE"), " after 5pm"))
        elif i % 3 == 1:
            pos("call/utilities: %s phone spoken with doubles" % lab,
                A("best contact number"), C((speak(p, doubles=True, zero=rng.choice(ZEROS)), "PHONE")))
        else:
            gs = [5, 6] if len(p) == 11 else [3, 3, 4]
            pos("call/healthcare billing: %s phone split across turns" % lab,
                A("and a phone number"), C((speak(p[:gs[0]]), "PHONE")), A(bc()),
                C((speak(p[gs[0]:], pairs=.5), "PHONE")))
    for i in range(3):
        p = uk_mobile()
        pos("call/banking: international form spoken 'plus four four'",
            A("number for the text"), C("plus four four ", (speak(p[1:], groups=[4, 6]), "PHONE")) if False else
            C(("plus four four " + speak(p[1:], groups=[4, 6]), "PHONE")))


def addr_cases():
    for i in range(8):
        st = rng.choice(STREETS)
        hn = rng.randrange(1, 240)
        pc = uk_postcode()
        if i % 2 == 0:
            pos("chat/utilities: UK address and postcode typed",
                C("new address is ", ("%d %s" % (hn, st), "ADDRESS"), ", %s " % rng.choice(TOWNS_UK), (pc, "POSTCODE")))
        else:
            pcs = " ".join(say_letter(c, rng.choice(["plain", "nato", "homo"])) if c.isalpha() else UNITS[int(c)] for c in pc.replace(" ", ""))
            pos("call/insurance: UK address and postcode spoken",
                A("what's the address"), C((num_words(hn) + " " + st.lower(), "ADDRESS"), " in " + rng.choice(TOWNS_UK).lower()),
                A("and the postcode"), C((pcs, "POSTCODE")))
    for i in range(6):
        st = rng.choice(STREETS)
        hn = rng.randrange(100, 9999)
        z = zip_code()
        if i % 2 == 0:
            pos("chat/retail: US street address and ZIP",
                C("ship to ", ("%d %s" % (hn, st), "ADDRESS"), ", %s, OH " % rng.choice(TOWNS_US), (z, "POSTCODE")))
        else:
            pos("call/healthcare billing: US address spoken, ZIP digit by digit",
                A("mailing address"), C((speak(str(hn), pairs=1.0) + " " + st.lower(), "ADDRESS")),
                A("zip"), C((speak(z.replace("-", ""), zero="zero"), "POSTCODE")))
    for i in range(3):
        pos("call/government services: flat number plus street",
            A("and the address"), C(("flat " + num_words(rng.randrange(1, 30)) + " " + num_words(rng.randrange(1, 90)) + " " + rng.choice(STREETS).lower(), "ADDRESS")))


def dob_exp_cvv_cases():
    for i, st in enumerate(["uk_typed", "us_typed", "dots", "iso", "text", "spoken_uk", "spoken_us", "spoken_num",
                            "spoken_short", "spoken_uk", "uk_typed", "spoken_us"]):
        d = dob_form(st)
        if "spoken" in st:
            pos("call/%s: date of birth spoken (%s)" % (rng.choice(["banking", "healthcare billing", "insurance"]), st),
                A("can you confirm your date of birth"), C(rng.choice(["yeah it's ", "", "sure "]), (d, "DOB")))
        else:
            pos("chat/%s: DOB typed (%s)" % (rng.choice(["telecom", "government services"]), st),
                C("DOB ", (d, "DOB"), " - appointment on 12/05 at 3pm is fine"))
    for i in range(6):
        m, y = rng.randrange(1, 13), rng.randrange(25, 32)
        cv = digits(3, "0123456789")
        pos("call/retail: expiry and security code on separate turns",
            A("expiry date"), C((rng.choice([speak("%02d" % m, zero="oh") + " " + num_words(y),
                                             MONTHS[m - 1] + " " + year_words(2000 + y),
                                             speak("%02d%02d" % (m, y))]), "EXPIRY")),
            A("and the three digits on the back"), C((speak(cv, zero=rng.choice(ZEROS), doubles=True), "CVV")))


def dob_extra_cases():
    for i in range(2):
        y, m, d = dob()
        pos("call/insurance: DOB with month said as an ordinal ('the fifth of the eleventh')",
            A("and date of birth"), C("i was born on ", ("the " + ordinal(d) + " of the " + ordinal(m) + " " + num_words(y % 100) if y % 100 >= 10 else "the " + ordinal(d) + " of the " + ordinal(m) + " " + year_words(y), "DOB")))
    for i in range(2):
        y, m, d = dob()
        pos("chat/healthcare billing: DOB typed with abbreviated month",
            C("d.o.b: ", ("%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d if d < 20 else d % 10, "th"), MONTHS[m - 1][:3].capitalize(), y), "DOB"), ", my appointment is on the 14th"))
    for i in range(2):
        y, m, d = dob()
        sp = "%s %s %s" % (ordinal(d), MONTHS[m - 1], year_words(y))
        pos("call/banking: DOB split across turns and read back by agent",
            A("date of birth"), C((ordinal(d) + " of " + MONTHS[m - 1], "DOB")), A("mhm"), C((year_words(y), "DOB")),
            A("so the ", (sp, "DOB"), " thank you"))
    for i, f in enumerate([lambda m, y: "%02d/%02d" % (m, y), lambda m, y: "%d / 20%02d" % (m, y) if m >= 10 else "%02d / 20%02d" % (m, y),
                           lambda m, y: "%02d-%02d" % (m, y)]):
        m, y = rng.randrange(1, 13), rng.randrange(25, 32)
        pos("chat/retail: expiry typed alone, card given earlier in the chat",
            C("the card ending in the number I gave you expires ", (f(m, y), "EXPIRY"), " if that matters"))
    for i in range(2):
        m, y = rng.randrange(1, 13), rng.randrange(25, 32)
        pos("call/telecom: expiry said as month number plus full year",
            A("expiry date on the card"), C("it's ", (speak("%02d" % m, zero="oh") + " " + year_words(2000 + y), "EXPIRY"), " i think yeah"))


def cvv_cases():
    forms = [lambda v: v, lambda v: " ".join(v), lambda v: speak(v, zero="oh"), lambda v: speak(v, zero="nought", doubles=True),
             lambda v: speak(v, pairs=1.0), lambda v: speak(v, homo=1.0, zero="zero")]
    leads = [("chat/retail: CVV typed after label", "cvc "), ("chat/travel: CVV typed spaced", "security code: "),
             ("call/telecom: CVV spoken", "the three digits on the back are "),
             ("call/utilities: CVV with nought and doubles", "security number's "),
             ("call/insurance: CVV said as a pair number", "it's "), ("call/banking: CVV with homophones", "code is ")]
    for i in range(6):
        note, lead = leads[i]
        v = digits(rng.choice([3, 3, 4]), "0123456789")
        pos(note, A("and the security code on the back of the card"), C(lead, (forms[i](v), "CVV"), rng.choice(["", " thanks", " and that's everything"])))


def extra_hard_cases():
    # cards with a 'X hundred' / 'forty nine hundred' group
    for i in range(3):
        while True:
            c = card(rng.choice(["visa", "mc"]))
            b = c[:4] + digits(2) + "00" + c[8:-1]
            c = [b + d for d in "0123456789" if luhn_ok(b + d)][0]
            g = split_groups(c, [4, 4, 4, 4])
            if g[1][0] != "0":
                break
        h = g[1][:2]
        hw = TEENS[int(h) - 10] if int(h) < 20 else (TENS[int(h) // 10] + ("" if h[1] == "0" else " " + UNITS[int(h[1])]))
        pos("call/retail: card group ending 00 said '%s hundred'" % hw,
            A("long card number please"),
            C("yep ", (speak(g[0], pairs=.5) + " " + hw + " hundred " + speak(g[2]) + " " + speak(g[3]), "CARD_NUMBER")))
    # chat card with letter O typed for zero
    for i in range(3):
        c = card()
        while "0" not in c:
            c = card()
        t = group_str(c, card_groups(c)).replace("0", rng.choice(["O", "o"]), 2)
        pos("chat/telecom: card typed with letter O instead of zero", C("card is ", (t, "CARD_NUMBER"), " pls charge the £%d" % rng.randrange(10, 99)))
    # card over two chat messages with a correction
    for i in range(2):
        c = card("visa")
        pos("chat/banking: card sent in two messages, second corrects a typo",
            C("my card ", (c[:8] + " " + c[8:11] + str((int(c[11]) + 2) % 10) + " " + c[12:], "CARD_NUMBER", "fragx")),
            C("sorry typo, its ", (group_str(c, [4, 4, 4, 4], "-"), "CARD_NUMBER")))
    # card with chit-chat in a separate turn and agent prompting for each group
    for i in range(2):
        c = card("amex")
        pos("call/travel: amex read 4-6-5 with agent prompting 'and the next six'",
            A("the first four"), C((speak(c[:4], pairs=1.0), "CARD_NUMBER")), A("and the next six"),
            C("uh ", (speak(c[4:10], zero="oh", doubles=True), "CARD_NUMBER")), A("and the last five"),
            C((speak(c[10:], zero="zero"), "CARD_NUMBER"), " sorry my glasses are upstairs"))
    # card and phone in one turn (two values)
    for i in range(2):
        c, p = card(), uk_mobile()
        pos("call/telecom: card number then phone number in the same turn",
            A("card number and a contact number"),
            C((speak(c), "CARD_NUMBER"), " and my mobile is ", (speak(p, doubles=True), "PHONE")))
    # SSN: chat with commas and odd spacing
    for i, f in enumerate([lambda s: "%s, %s, %s" % (s[:3], s[3:5], s[5:]), lambda s: "%s / %s / %s" % (s[:3], s[3:5], s[5:]),
                           lambda s: "%s_%s_%s" % (s[:3], s[3:5], s[5:]), lambda s: " ".join(s)]):
        s = ssn()
        pos("chat/banking: SSN typed with unusual separators (%d)" % i,
            C("for the loan app my SS# is ", (f(s), "SSN"), " and income is $%d,000/yr" % rng.randrange(30, 150)))
    # SSN spoken with 'triple' and 'hundred'
    for i in range(3):
        s = ssn()
        s = s[:5] + s[5] * 3 + s[8]
        if not ssn_ok(s):
            s = "512" + s[3:]
        pos("call/insurance: SSN with triple digit inside",
            A("the social security number on the policy"), C("okay ", (speak(s, doubles=True, groups=[3, 2, 4], zero="oh"), "SSN")))
    for i in range(3):
        a = rng.randrange(1, 9) * 100 + rng.randrange(11, 99)
        s = "%03d%02d%04d" % (a, rng.randrange(10, 99), rng.randrange(1000, 9999))
        pos("call/government services: SSN area said as 'five twelve', rest in pairs",
            A("and your social"), C("it's ", (num_words(a) + " " + speak(s[3:5], pairs=1.0) + " " + speak(s[5:], pairs=1.0), "SSN")))
    # SSN: agent says last four back only after full reading; customer corrects
    for i in range(2):
        s = ssn()
        pos("call/healthcare billing: SSN split, customer corrects the middle pair in a later turn",
            A("ssn please"), C((speak(s[:3]), "SSN")), A(bc()),
            C((speak(str((int(s[3:5]) + 11) % 90 + 10)), "SSN", "frag")), A(bc()),
            C("no sorry ", (speak(s[3:5]), "SSN"), " then ", (speak(s[5:]), "SSN")))
    # NI: double letters, NATO-only letters
    for i in range(3):
        L = rng.choice("ACEGHJKLMNPRSTWXY")
        n = L + L + digits(6, "0123456789") + rng.choice("ABCD")
        pos("call/government services: NI with doubled prefix letter 'double %s'" % L.lower(),
            A("national insurance number"), C("it's double ", (say_letter(L, "homo") + " " + speak(n[2:8], doubles=True) + " " + say_letter(n[8], "homo"), "NI_NUMBER")) if False else
            C("it's ", ("double " + say_letter(L, "plain") + " " + speak(n[2:8], doubles=True) + " " + say_letter(n[8], "homo"), "NI_NUMBER")))
    for i in range(3):
        n = ni()
        pos("call/utilities: NI letters given as NATO words only",
            A("NI number please"),
            C((NATO_SAY[n[0]] + " " + NATO_SAY[n[1]] + " " + speak(n[2:8], pairs=.6) + " " + NATO_SAY[n[8]], "NI_NUMBER")))
    for i in range(3):
        n = ni()
        pos("chat/government services: NI in a longer message with a date and amount",
            C("Hi, I got a letter dated 3 March about £%d owed. My NI number is " % rng.randrange(50, 900),
              (rng.choice([n, n[:2] + " " + n[2:8] + " " + n[8], n.lower()]), "NI_NUMBER"), ". Ref on letter 88213"))
    for i in range(2):
        n = ni()
        pos("call/banking: NI read back by agent in groups, customer corrects one digit",
            C((ni_spoken(n, "plain"), "NI_NUMBER")),
            A("so that's ", (" ".join(n[:2].lower()) + " " + speak(n[2:4]) + " " + speak(n[4:6]) + " " + speak(str((int(n[6:8]) + 1) % 100).zfill(2)), "NI_NUMBER", "fragx"), " " , (n[8].lower(), "NI_NUMBER", "frag")),
            C("no the last two are ", (speak(n[6:8]), "NI_NUMBER", "frag"), " then ", (n[8].lower(), "NI_NUMBER", "frag")))


# ---------------------------------------------------------------- negatives
def negatives2():
    for i in range(33):
        k = i % 11
        ref = digits(rng.randrange(7, 11))
        if k == 0:
            neg("chat/retail: order number typed with hyphen", C("Order #%s-%s still hasn't shipped, paid $%d.%02d" % (ref[:4], ref[4:], rng.randrange(10, 500), rng.randrange(100))))
        elif k == 1:
            neg("call/retail: large amount spoken with thousand/hundred",
                C("the total was one thousand " + num_words(rng.randrange(1, 9)) + " hundred and " + num_words(rng.randrange(11, 99)) + " pounds " + num_words(rng.randrange(11, 99))))
        elif k == 2:
            neg("chat/banking: APR and loan term", C("is the %d.%d%% APR fixed for the %d months? I want to borrow £%d,000" % (rng.randrange(3, 30), rng.randrange(10), rng.choice([24, 36, 48, 60]), rng.randrange(2, 25))))
        elif k == 3:
            neg("call/insurance: claim number spoken in pairs with reference word",
                A("what's the claim number"), C("claim number " + speak(ref, pairs=1.0)))
        elif k == 4:
            neg("chat/utilities: payment date (not DOB) in numeric form", C("I paid on %02d/%02d/20%d and it still shows as overdue, amount %d.%02d" % (rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(20, 26), rng.randrange(20, 300), rng.randrange(100))))
        elif k == 5:
            neg("call/telecom: opening hours and time range", A("we're open from eight till eight and the engineer comes between " + num_words(rng.randrange(7, 12)) + " and " + num_words(rng.randrange(1, 6))), C("okay"))
        elif k == 6:
            neg("chat/retail: parcel tracking reference and weight", C("tracking ref %s, parcel is %d.%d kg and %d cm long" % (ref, rng.randrange(1, 20), rng.randrange(10), rng.randrange(20, 120))))
        elif k == 7:
            neg("call/travel: flight and seat numbers", C("flight e i " + num_words(rng.randrange(100, 999)) + " seat " + num_words(rng.randrange(1, 40)) + " c departing at " + num_words(rng.randrange(1, 12)) + " " + num_words(rng.randrange(11, 59))))
        elif k == 8:
            neg("call/banking: duration and count of transactions",
                C("i've been with you " + num_words(rng.randrange(2, 40)) + " years and there were " + num_words(rng.randrange(2, 19)) + " transactions i don't recognise totalling " + num_words(rng.randrange(101, 999)) + " euro"))
        elif k == 9:
            neg("chat/government services: application reference with letters and year", C("Application ref APP-%d-%s submitted on 4 %s, fee was £%d" % (rng.randrange(2019, 2026), ref[:6], MONTHS[rng.randrange(12)].capitalize(), rng.randrange(30, 200))))
        else:
            neg("call/utilities: meter reading spoken digit by digit",
                A("can you read me the meter"), C("yeah the reading's " + speak(digits(5), zero="oh") + " and the night rate one is " + speak(digits(5), zero="zero")))


def negatives():
    T = []
    for i in range(110):
        k = i % 22
        amt = "%d.%02d" % (rng.randrange(5, 3000), rng.randrange(100))
        ref = digits(rng.randrange(6, 11))
        if k == 0:
            neg("chat/utilities: bill amount and due date", C("why is my bill £%s this month? it was £%d last month" % (amt, rng.randrange(20, 90))),
                A("The payment of £%s is due on %d %s." % (amt, rng.randrange(1, 29), MONTHS[rng.randrange(12)].capitalize())))
        elif k == 1:
            neg("call/telecom: order number spoken with reference word",
                A("have you got the order number"), C("yeah order number " + speak(ref, zero="oh")))
        elif k == 2:
            neg("call/travel: flight number and times",
                C("i'm on flight %s %s at %s %s tomorrow" % (rng.choice(["e i", "b a", "f r", "u a"]), num_words(rng.randrange(100, 999)), num_words(rng.randrange(1, 12)), rng.choice(["fifteen", "thirty", "forty five"]))),
                A("okay and that's boarding at gate " + num_words(rng.randrange(1, 60))))
        elif k == 3:
            neg("chat/utilities: meter reading", C("meter reading today is %s, previous %s" % (digits(5), digits(5))), A("Thanks, reading submitted."))
        elif k == 4:
            neg("call/banking: account balance spoken",
                A("your balance is " + num_words(rng.randrange(1, 999)) + " pounds and " + num_words(rng.randrange(1, 99)) + " pence"), C("okay thanks"))
        elif k == 5:
            neg("chat/retail: ticket reference and quantity", C("Ticket #%s - I ordered %d items but got %d" % (ref, rng.randrange(2, 12), rng.randrange(1, 2))))
        elif k == 6:
            neg("call/insurance: claim reference read digit by digit",
                A("what's the claim reference"), C("claim reference is " + speak(ref, doubles=True)), A("thank you"))
        elif k == 7:
            neg("call/healthcare billing: appointment date not DOB",
                A("your appointment is on the %s of %s at %s thirty" % (ordinal(rng.randrange(1, 29)), MONTHS[rng.randrange(12)], num_words(rng.randrange(1, 12)))), C("great thanks"))
        elif k == 8:
            neg("chat/telecom: data allowance and speed", C("I only get %d Mbps and used %d GB of %d GB" % (rng.randrange(2, 80), rng.randrange(5, 40), rng.choice([50, 100]))))
        elif k == 9:
            neg("call/travel: hotel room and nights", C("room " + num_words(rng.randrange(100, 900)) + " for " + num_words(rng.randrange(2, 9)) + " nights"), A("fine"))
        elif k == 10:
            neg("chat/retail: model number and price", C("Is the model %s-%d in stock? Listed at $%s" % (rng.choice(["XR", "KD", "TX"]), rng.randrange(100, 9999), amt)))
        elif k == 11:
            neg("call/banking: payment amount spoken in digits", A("how much would you like to pay"),
                C(num_words(rng.randrange(1, 9)) + " hundred and " + num_words(rng.randrange(10, 99)) + " pounds please"))
        elif k == 12:
            neg("chat/insurance: policy start date and percentage", C("policy started 01/%02d/20%d and premium went up %d%%" % (rng.randrange(1, 13), rng.randrange(15, 25), rng.randrange(3, 40))))
        elif k == 13:
            neg("call/utilities: temperature and durations", C("the boiler's been off for " + num_words(rng.randrange(2, 12)) + " days it's " + num_words(rng.randrange(8, 16)) + " degrees in here"))
        elif k == 14:
            neg("call/government services: age and years", C("i'm " + num_words(rng.randrange(60, 90)) + " and i've lived here since " + year_words(rng.randrange(1970, 2015))))
        elif k == 15:
            neg("chat/banking: invoice number and amount", C("Invoice INV-%s for €%s still not paid" % (ref, amt)))
        elif k == 16:
            neg("call/telecom: reference number split across turns",
                A("do you have a reference"), C("yeah reference " + speak(ref[:4])), A("mhm"), C(speak(ref[4:])))
        elif k == 17:
            neg("chat/travel: booking times", C("Can I move my 09:45 departure to the 17:20? Booking code %s" % rng.choice(["XKQ7TR", "PLM4ZD", "HT9WQA"])))
        elif k == 18:
            neg("call/retail: counts and prices in pairs", C("it was nineteen ninety nine for " + num_words(rng.randrange(2, 6)) + " of them"), A("so " + num_words(rng.randrange(30, 90)) + " pounds in total"))
        elif k == 19:
            neg("call/banking: last payment date and amount", A("last payment of " + num_words(rng.randrange(20, 99)) + " pounds went out on the " + ordinal(rng.randrange(1, 28)) + " of " + MONTHS[rng.randrange(12)]), C("right"))
        elif k == 20:
            neg("chat/healthcare billing: case number and hold time", C("Case %s - I've been on hold %d minutes" % (ref, rng.randrange(10, 90))))
        else:
            neg("call/insurance: vehicle mileage and year", C("it's a " + year_words(rng.randrange(2005, 2023)) + " model with " + num_words(rng.randrange(20, 99)) + " thousand miles on it"))


# ---------------------------------------------------------------- checks
def validate_value(typ: str, text: str, frag: bool) -> str | None:
    if typ == "EMAIL":
        v = normalise(text, "email")
        return None if re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v) else "bad email %r" % v
    if typ == "ADDRESS":
        ok = re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b", text.lower()) \
            and re.search(r"\b%s\b" % STREET_SUFFIX, text.lower())
        return None if ok else "bad address"
    mode = "alnum" if typ in ("NI_NUMBER", "IBAN", "POSTCODE") else "digits"
    v = normalise(text, mode)
    if "<BAD" in v:
        return "unparsable %r -> %s" % (text, v)
    if frag == "fragx":
        return None if (v.isalnum() and len(v) >= 8) else "bad misread %r" % v
    if frag:
        return None if (v.isalnum() and len(v) <= 4) else "bad fragment %r" % v
    return v


def check_groups(case, meta) -> list[str]:
    errs = []
    texts = [t["text"] for t in case["turns"]]
    for sp in case["spans"]:
        t = texts[sp["turn"]]
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(t)):
            errs.append("offset out of range")
            continue
        if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
            errs.append("span not on word boundary: %r" % t[s:e])
        if not (t[s].isalnum() and t[e - 1].isalnum()):
            errs.append("span has edge punctuation/space: %r" % t[s:e])
        if sp["type"] not in TYPES:
            errs.append("bad type")
    by_turn = {}
    for sp in case["spans"]:
        by_turn.setdefault(sp["turn"], []).append((sp["start"], sp["end"]))
    for lst in by_turn.values():
        lst.sort()
        for a, b in zip(lst, lst[1:]):
            if b[0] < a[1]:
                errs.append("overlapping spans")
    # gather consecutive same-type non-fragment spans into values; validate
    vals: list[tuple[str, str]] = []
    for (ti, s, e, typ, grp) in meta:
        txt = texts[ti][s:e]
        r = validate_value(typ, txt, grp if grp in ("frag", "fragx") else False)
        if grp in ("frag", "fragx"):
            if r:
                errs.append(r)
            continue
        if typ in ("EMAIL", "ADDRESS"):
            if r:
                errs.append(r)
            continue
        if r is not None and r.startswith(("unparsable", "bad")):
            errs.append(r)
            continue
        vals.append((typ, r))
    # merge adjacent pieces of the same type (split readings / read-back)
    merged: list[tuple[str, str]] = []
    for typ, v in vals:
        merged.append((typ, v))
    # validate: try to segment the stream of each type into complete valid values
    stream: dict[str, list[str]] = {}
    for typ, v in merged:
        stream.setdefault(typ, []).append(v)
    for typ, pieces in stream.items():
        if not segment_ok(typ, pieces):
            errs.append("%s pieces do not form valid values: %s" % (typ, pieces))
    return errs


def single_ok(typ: str, v: str) -> bool:
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "SSN":
        return v.isdigit() and ssn_ok(v)
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v))
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 12
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", v) or re.fullmatch(r"\d{5}(\d{4})?", v))
    if typ == "EXPIRY":
        if not v.isdigit() or len(v) not in (4, 6):
            return False
        return 1 <= int(v[:2]) <= 12
    if typ == "DOB":
        if not v.isdigit() or len(v) not in (5, 6, 7, 8):
            return False
        return bool(re.search(r"19[4-9]\d|200\d", v)) or len(v) in (5, 6)
    return False


def segment_ok(typ: str, pieces: list[str]) -> bool:
    """Pieces (in order) must split into consecutive runs each forming a valid value."""
    n = len(pieces)
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        for j in range(i + 1, n + 1):
            if single_ok(typ, "".join(pieces[i:j])):
                ok[j] = True
    return ok[n]


def generate() -> str:
    CASE_LIST.clear()
    META.clear()
    rng.seed(SEED)
    card_cases()
    ssn_cases()
    ni_cases()
    bank_cases()
    contact_cases()
    addr_cases()
    dob_exp_cvv_cases()
    cvv_cases()
    dob_extra_cases()
    extra_hard_cases()
    negatives()
    negatives2()
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASE_LIST)


def counts():
    tc = Counter(sp["type"] for c in CASE_LIST for sp in c["spans"])
    kc = Counter(c["kind"] for c in CASE_LIST)
    return tc, kc


def readme(tc, kc) -> str:
    rows = "\n".join("| %s | %d |" % (t, tc.get(t, 0)) for t in TYPES)
    return f"""# pii_holdout43 — held-out PII redaction cases

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs, the benchmark script, or any other fixture set;
the only thing read was a 3-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout43.py` (standard library only) from template functions; each
turn is assembled from plain-text segments and (value, TYPE) segments so span offsets
are computed, never typed. All values come from one `random.Random({SEED})`; the output
is byte-for-byte reproducible. `python scripts/make_pii_holdout43.py --check` regenerates
and compares the file, checks ids, offsets, word boundaries and overlap, and validates
every labelled value after normalising spoken forms (Luhn for cards, mod-97 for IBANs,
NI format, 9 digits/valid area for SSN, 6 digits for sort codes, digit counts for
CVV/phone/account, UK/US postcode shapes, month range for expiry).

## Annotation conventions

* A span covers the value only, from its first to its last letter/digit: lead-ins such
  as "it's", "card number is", "sort code" are outside. Fillers ("um", "er"), the
  words "dash"/"slash", "double"/"triple", "X for xray", "as in" and separators that
  sit *inside* a reading are inside the span.
* A value split across several turns (agent back-channels between) gets one span per
  turn-piece, each with the value's type. Chit-chat between groups within one turn is
  left outside and the groups are separate spans.
* Agent read-backs are labelled like customer readings.
* Self-corrections: the wrong fragment is labelled too (it is part of the real value
  being dictated), as is the corrected reading; "no sorry"/"no wait" stay outside.
  Likewise a mistyped card later corrected in chat, or an agent read-back with one wrong
  digit, is labelled with the value's type (it is still the person's number, mangled).
* Typed values keep their separators inside the span; a leading "+" or "(" of a typed
  phone number is left outside (spans start and end on a letter/digit).
* Spoken phone numbers in international form include "plus four four" inside the span.
* ADDRESS = house/flat number + street name (town and postcode excluded; postcode is a
  separate POSTCODE span). DOB spans include "the ... of" when spoken ("the third of may
  nineteen eighty").
* EXPIRY and CVV are only labelled where the context says they are expiry/security code.
* Negatives contain only non-PII numbers (amounts, times, dates that are not birth
  dates, order/claim/ticket/invoice references with their reference word, flight and
  room numbers, meter readings, speeds, ages, years); nothing in them should be redacted.

## Counts

Positives: {kc['positive']}, negatives: {kc['negative']}.

| type | spans |
|---|---|
{rows}

Channels: chat (typed, varied separators/case) and call (ASR style: lower case, numbers
as words, "oh"/"o"/"nought"/"zero", pairs, doubles/triples, hundreds, homophones
"for"=4/"to"=2 and letter homophones "see", "jay", "are", NATO spelling, split readings).
Industries: banking, telecom, utilities, retail, insurance, travel, healthcare billing,
government services; US, UK, Ireland and EU values.
"""


def main() -> int:
    data = generate()
    tc, kc = counts()
    rd = readme(tc, kc)
    if "--check" not in sys.argv:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
        print("wrote %d cases to %s" % (len(CASE_LIST), CASES))
    errs = []
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
    ids = [c["id"] for c in CASE_LIST]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c, m in zip(CASE_LIST, META):
        for e in check_groups(c, m):
            errs.append("%s: %s" % (c["id"], e))
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % c["id"])
    if kc["positive"] < 170:
        errs.append("only %d positives" % kc["positive"])
    if kc["negative"] < 100:
        errs.append("only %d negatives" % kc["negative"])
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if tc.get(t, 0) < need:
            errs.append("type %s has %d spans (< %d)" % (t, tc.get(t, 0), need))
    print("positives=%d negatives=%d" % (kc["positive"], kc["negative"]))
    for t in TYPES:
        print("  %-13s %d" % (t, tc.get(t, 0)))
    for e in errs[:60]:
        print("ERROR:", e)
    if errs:
        print("%d problem(s)" % len(errs))
        return 1
    print("check OK" if "--check" in sys.argv else "validation OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

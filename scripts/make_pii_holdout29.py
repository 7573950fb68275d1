#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout29``.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seed 29241123).

    python scripts/make_pii_holdout29.py          # write fixture + README
    python scripts/make_pii_holdout29.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 29241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout29"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------------------
# segments and case assembly
# ---------------------------------------------------------------------------


class S:
    """A labelled segment: surface text, entity type, expected normalised form."""

    def __init__(self, text, typ, expected, group=None):
        self.text = text
        self.typ = typ
        self.expected = expected
        self.group = group  # spans sharing a group form one value; '~' = partial


def build_case(cid, kind, turns, note):
    out_turns, spans, meta = [], [], []
    for ti, (speaker, segs) in enumerate(turns):
        if isinstance(segs, (str, S)):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, S):
                start = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": seg.typ})
                meta.append(seg)
            else:
                text += seg
        out_turns.append({"speaker": speaker, "text": text})
    case = {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}
    return case, meta


# ---------------------------------------------------------------------------
# spoken-number helpers
# ---------------------------------------------------------------------------

UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor",
        "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
CASUAL = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward",
          "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
          "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
          "t": "tommy", "w": "william", "y": "yellow", "z": "zebra"}


def num_words(n):
    """0..99 as words."""
    if n < 10:
        return UNIT[n]
    if n < 20:
        return TEEN[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNIT[u])


def ord_words(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    t, u = divmod(n, 10)
    return TENS[t] + " " + ORD[u]


def zero_word(r):
    return r.choice(["zero", "oh", "oh", "o", "nought", "zero"])


def digit_word(r, d, homophones=False):
    if d == "0":
        return zero_word(r)
    if homophones is True and d == "4" and r.random() < 0.35:
        return "for"
    if homophones is True and d == "2" and r.random() < 0.35:
        return "to"
    return UNIT[int(d)]


def say_digits(r, ds, pairs=0.0, doubles=0.3, homophones=False):
    """Render a digit string the way a caller + ASR would write it."""
    words, i = [], 0
    while i < len(ds):
        d = ds[i]
        if i + 2 < len(ds) and ds[i] == ds[i + 1] == ds[i + 2] and r.random() < doubles:
            words.append("triple " + digit_word(r, d))
            i += 3
        elif i + 1 < len(ds) and ds[i] == ds[i + 1] and r.random() < doubles:
            words.append("double " + digit_word(r, d))
            i += 2
        elif (i + 1 < len(ds) and ds[i] != "0" and ds[i + 1] != "0"
              and r.random() < pairs):
            words.append(num_words(int(ds[i:i + 2])))
            i += 2
        else:
            words.append(digit_word(r, d, homophones and i > 0))
            i += 1
    return " ".join(words)


def say_chunks(r, ds, sizes, pairs=0.0, doubles=0.3, fillers=0.0, homophones=False, sep=" "):
    parts, pos = [], 0
    for n in sizes:
        if pos >= len(ds):
            break
        parts.append(say_digits(r, ds[pos:pos + n], pairs, doubles, homophones))
        pos += n
    if pos < len(ds):
        parts.append(say_digits(r, ds[pos:], pairs, doubles, homophones))
    out = parts[0]
    for p in parts[1:]:
        if r.random() < fillers:
            out += " " + r.choice(["um", "uh", "er", "erm"]) + " " + p
        else:
            out += sep + p
    return out


def say_letter(r, ch, style):
    ch = ch.lower()
    if style == "nato" and ch in NATO:
        return f"{ch} for {NATO[ch]}"
    if style == "casual" and ch in CASUAL:
        return f"{ch} for {CASUAL[ch]}"
    return ch


def group_str(ds, sizes, sep):
    parts, pos = [], 0
    for n in sizes:
        parts.append(ds[pos:pos + n])
        pos += n
    if pos < len(ds):
        parts.append(ds[pos:])
    return sep.join(parts)


# ---------------------------------------------------------------------------
# normaliser used by --check (spoken or typed -> canonical characters)
# ---------------------------------------------------------------------------

FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "the", "of", "slash", "dash", "and",
           "space", "then"}
UNIT_MAP = {w: str(i) for i, w in enumerate(UNIT)}
UNIT_MAP.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEEN)}
TENS_MAP = {w: str(k) for k, w in TENS.items()}
ORD_MAP = {w: i for i, w in enumerate(ORD) if w}
ORD_MAP["thirtieth"] = 30
MONTH_MAP = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
MONTH_MAP.update({m[:3]: "%02d" % (i + 1) for i, m in enumerate(MONTHS)})
MONTH_MAP["sept"] = "09"


def normalise(text, typ):
    t = text.lower()
    if typ == "EMAIL":
        return normalise_email(t)
    t = t.replace("+", " plus ").replace("x-ray", "xray").replace("-", " ")
    toks = re.findall(r"[a-z0-9']+", t)
    toks = [x for x in toks if x]
    out, i, mult = [], 0, 1
    prev_letter = False
    while i < len(toks):
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if tok == "for" and prev_letter and nxt and nxt not in UNIT_MAP and nxt not in TEEN_MAP:
            i += 2
            prev_letter = False
            continue
        prev_letter = False
        if tok in FILLERS:
            pass
        elif tok == "plus":
            out.append("+")
        elif tok == "double":
            mult = 2
        elif tok == "triple":
            mult = 3
        elif tok in ("for",):
            out.append("4" * mult)
            mult = 1
        elif tok in ("to", "too"):
            out.append("2" * mult)
            mult = 1
        elif tok in UNIT_MAP:
            out.append(UNIT_MAP[tok] * mult)
            mult = 1
        elif tok in TEEN_MAP:
            out.append(TEEN_MAP[tok])
        elif tok in TENS_MAP:
            if nxt in ORD_MAP and ORD_MAP[nxt] < 10:
                out.append(TENS_MAP[tok] + str(ORD_MAP[nxt]))
                i += 1
            elif nxt in UNIT_MAP and nxt not in ("zero", "oh", "o", "nought", "naught"):
                out.append(TENS_MAP[tok] + UNIT_MAP[nxt])
                i += 1
            else:
                out.append(TENS_MAP[tok] + "0")
        elif tok == "thousand":
            # "two thousand and three" -> 2003
            j = i + 1
            while j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and toks[j] in UNIT_MAP:
                out.append("00" + UNIT_MAP[toks[j]])
                i = j
            elif j < len(toks) and toks[j] in TEEN_MAP:
                out.append("0" + TEEN_MAP[toks[j]])
                i = j
            else:
                out.append("000")
        elif tok in ORD_MAP:
            out.append("%02d" % ORD_MAP[tok])
        elif tok in MONTH_MAP:
            out.append(MONTH_MAP[tok])
        elif re.fullmatch(r"\d+(st|nd|rd|th)", tok):
            out.append("%02d" % int(re.match(r"\d+", tok).group()))
        elif re.fullmatch(r"[a-z]", tok):
            out.append(tok.upper())
            prev_letter = True
        elif re.fullmatch(r"[a-z0-9]+", tok) and (re.search(r"\d", tok) or len(tok) <= 4):
            out.append(tok.upper())
        else:
            out.append("<" + tok + ">")
        i += 1
    return "".join(out)


def normalise_email(t):
    if "@" in t:
        return t.strip()
    toks = t.split()
    out, i = [], 0
    sym = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
    while i < len(toks):
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if tok in sym:
            out.append(sym[tok])
        elif tok == "for" and out and len(out[-1]) == 1 and nxt:
            i += 1
        elif tok == "double" and nxt:
            out.append(normalise(nxt, "X") * 2 if nxt in UNIT_MAP else nxt * 2)
            i += 1
        elif tok in UNIT_MAP and tok != "o":
            out.append(UNIT_MAP[tok])
        elif tok in TEEN_MAP:
            out.append(TEEN_MAP[tok])
        elif tok in TENS_MAP:
            if nxt in UNIT_MAP and nxt not in ("zero", "oh", "o", "nought"):
                out.append(TENS_MAP[tok] + UNIT_MAP[nxt])
                i += 1
            else:
                out.append(TENS_MAP[tok] + "0")
        else:
            out.append(tok)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# validators of canonical values
# ---------------------------------------------------------------------------


def luhn_ok(ds):
    total = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    re_ = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in re_)
    return int(num) % 97 == 1


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_END = ("street", "road", "avenue", "lane", "drive", "close", "way", "court",
              "crescent", "place", "boulevard", "terrace", "grove", "st", "rd", "ave",
              "blvd", "dr", "park", "row", "gardens", "hill")


def validate(typ, v):
    """v is the expected normalised value (concatenated over a split group)."""
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "EXPIRY":
        if not v.isdigit() or len(v) not in (3, 4, 6):
            return False
        m = int(v[0]) if len(v) == 3 else int(v[:2])
        return 1 <= m <= 12
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 8 <= len(v) <= 12
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        d = v[1:] if v.startswith("+") else v
        return d.isdigit() and 10 <= len(d) <= 13
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v))
    if typ == "DOB":
        return v.isdigit() and 6 <= len(v) <= 8
    if typ == "POSTCODE":
        return bool(UK_PC.match(v)) or bool(re.fullmatch(r"\d{5}(\d{4})?", v))
    if typ == "ADDRESS":
        return bool(re.match(r"^\d+[a-z]? ", v)) and v.split()[-1] in STREET_END
    return False


def normalise_address(text):
    words = text.lower().replace(",", " ").split()
    out, i = [], 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w in TENS_MAP and nxt in UNIT_MAP and nxt not in ("oh", "o", "zero"):
            num = TENS_MAP[w] + UNIT_MAP[nxt]
            i += 1
        elif w in TENS_MAP:
            num = TENS_MAP[w] + "0"
        elif w in TEEN_MAP:
            num = TEEN_MAP[w]
        elif w in UNIT_MAP and w not in ("o",):
            num = UNIT_MAP[w]
        else:
            num = None
        if num is not None and (not out or out[-1].isdigit()):
            if out and out[-1].isdigit():
                out[-1] += num
            else:
                out.append(num)
        else:
            out.append(w)
        i += 1
    return " ".join(out)


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------


def luhn_complete(prefix, length, r):
    ds = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(ds + c):
            return ds + c
    raise AssertionError


def gen_card(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if brand == "visa":
        return brand, luhn_complete("4" + r.choice("0123456789"), 16, r)
    if brand == "mc":
        return brand, luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, r)
    if brand == "amex":
        return brand, luhn_complete(r.choice(["34", "37"]), 15, r)
    if brand == "disc":
        return brand, luhn_complete("6011", 16, r)
    if brand == "visa13":
        return brand, luhn_complete("4", 13, r)
    return brand, luhn_complete(r.choice(["6759", "5018", "6763"]), 19, r)


def card_sizes(brand, n):
    if brand == "amex":
        return [4, 6, 5]
    if n == 13:
        return [4, 4, 5]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_ssn(r):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(r):
    while True:
        p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(r.choice("0123456789") for _ in range(6)) + r.choice("ABCD")


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_iban(r, cc=None):
    cc = cc or r.choice(["GB", "IE", "DE", "NL", "FR", "ES", "DE", "IE"])
    dg = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    if cc == "GB":
        bban = r.choice(["NWBK", "BARC", "HBUK", "MIDL", "NAIA", "TSBS"]) + dg(14)
    elif cc == "IE":
        bban = r.choice(["AIBK", "IPBS", "ULSB", "BKIR"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABN", "TRIO"]) + dg(10)
    elif cc == "FR":
        bban = dg(23)
    else:
        bban = dg(20)
    return iban_make(cc, bban)


def gen_phone(r, kind=None):
    """Returns (kind, digits-with-optional-plus, typed form)."""
    kind = kind or r.choice(["uk_mob", "uk_land", "us", "uk_intl", "us_intl", "ie_mob", "ie_intl"])
    dg = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    if kind == "uk_mob":
        d = "07" + r.choice("3456789") + dg(8)
        return kind, d, r.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]])
    if kind == "uk_land":
        d = r.choice(["0161", "0113", "0121", "0117", "0141", "0131", "0191"]) + dg(7)
        return kind, d, r.choice([d[:4] + " " + d[4:7] + " " + d[7:], d, "(" + d[:4] + ") " + d[4:]])
    if kind == "uk_intl":
        d = "+447" + r.choice("3456789") + dg(8)
        return kind, d, r.choice([d[:3] + " " + d[3:7] + " " + d[7:], d, "+44 (0)" + d[3:7] + " " + d[7:]])
    if kind == "us":
        d = str(r.randint(2, 9)) + dg(2) + str(r.randint(2, 9)) + dg(6)
        return kind, d, r.choice(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                                  "%s.%s.%s" % (d[:3], d[3:6], d[6:]), d])
    if kind == "us_intl":
        d = "+1" + str(r.randint(2, 9)) + dg(2) + str(r.randint(2, 9)) + dg(6)
        return kind, d, r.choice(["+1 %s %s %s" % (d[2:5], d[5:8], d[8:]), "+1-%s-%s-%s" % (d[2:5], d[5:8], d[8:])])
    if kind == "ie_mob":
        d = "08" + r.choice("35679") + dg(7)
        return kind, d, r.choice([d[:3] + " " + d[3:6] + " " + d[6:], d])
    d = "+3538" + r.choice("35679") + dg(7)
    return kind, d, r.choice([d[:4] + " " + d[4:6] + " " + d[6:9] + " " + d[9:], d])


FIRST = ["john", "sarah", "michael", "aoife", "liam", "emma", "david", "priya", "tom", "grace",
         "ciaran", "hannah", "marcus", "zoe", "ben", "niamh", "raj", "lucy", "kevin", "maria"]
LAST = ["doyle", "smith", "patel", "murphy", "jones", "walsh", "khan", "brown", "kelly", "evans",
        "garcia", "taylor", "byrne", "wilson", "nguyen", "reilly", "hughes", "clarke"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "live.ie", "protonmail.com"]


def gen_email(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    style = r.randint(0, 4)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f + l + str(r.randint(1, 99))
    elif style == 2:
        local = f[0] + l
    elif style == 3:
        local = f + "_" + l
    else:
        local = l + "." + f[0] + str(r.randint(70, 99))
    return local + "@" + r.choice(DOMAINS)


def say_email(r, e):
    local, dom = e.split("@")
    out = []
    for piece in re.findall(r"[a-z]+|\d+|[._-]", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece == "-":
            out.append("dash")
        elif piece.isdigit():
            n = int(piece)
            out.append(num_words(n) if len(piece) == 2 and piece[0] != "0" else say_digits(r, piece, doubles=0))
        elif len(piece) == 1:
            out.append(piece)
        else:
            out.append(piece)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def gen_uk_postcode(r):
    area = r.choice(["SW", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "E", "N", "W", "L", "S",
                     "BS", "RG", "CB", "NG", "DE", "SE", "HU", "PL", "TN", "GU", "KT", "WF"])
    district = str(r.randint(1, 20 if len(area) == 1 else 28))
    if area in ("SW", "W", "E") and r.random() < 0.3:
        district = str(r.randint(1, 9)) + r.choice("ABC") if area != "SW" else "1" + r.choice("AHPVWXY")
    inward = str(r.randint(0, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + district, inward


def gen_zip(r, plus4=False):
    z = "%05d" % r.randint(1001, 99950)
    return z + ("%04d" % r.randint(1, 9999) if plus4 else "")


STREETS = ["maple", "church", "station", "high", "victoria", "mill", "park", "oak", "elm",
           "kings", "queen", "green", "willow", "cedar", "highfield", "orchard", "main",
           "washington", "lincoln", "sycamore", "hawthorn", "abbey", "castle"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "way", "court", "crescent",
          "place", "terrace", "grove", "gardens", "row"]
TOWNS_UK = ["leeds", "manchester", "bristol", "cardiff", "glasgow", "york", "reading", "norwich"]
TOWNS_US = ["springfield", "austin", "columbus", "tampa", "denver", "madison", "portland"]
TOWNS_IE = ["dublin", "cork", "galway", "limerick", "athlone"]


# ---------------------------------------------------------------------------
# renderers: (surface, expected normalised form)
# ---------------------------------------------------------------------------


def typed_card(r, brand, ds):
    sizes = card_sizes(brand, len(ds))
    style = r.randint(0, 4)
    if style == 0:
        return group_str(ds, sizes, " ")
    if style == 1:
        return group_str(ds, sizes, "-")
    if style == 2:
        return ds
    if style == 3:
        return group_str(ds, sizes, "  ")
    return group_str(ds, [4, 4, 4] if len(ds) >= 15 else [4, 4], " ")


def spoken_card(r, brand, ds, fill=0.2):
    return say_chunks(r, ds, card_sizes(brand, len(ds)), pairs=r.choice([0, 0, 0.3, 0.6]),
                      doubles=0.4, fillers=fill, homophones=r.random() < 0.3)


def expiry_forms(r, chat):
    m, y = r.randint(1, 12), r.randint(26, 33)
    if chat:
        f = r.choice(["%02d/%02d", "%d/%02d", "%02d/20%02d", "%02d-%02d", "%02d%02d", "%02d / %02d"])
        s = f % (m, y)
        return s, normalise(s, "EXPIRY")
    style = r.randint(0, 3)
    if style == 0:
        s = zero_word(r) + " " + UNIT[m] + " " + num_words(y) if m < 10 else num_words(m) + " " + num_words(y)
    elif style == 1:
        s = MONTHS[m - 1] + " " + num_words(y)
    elif style == 2:
        s = say_digits(r, "%02d" % m, doubles=0) + " slash " + say_digits(r, "%02d" % y, doubles=0)
    else:
        s = (UNIT[m] if m < 10 else num_words(m)) + " " + num_words(y)
    return s, normalise(s, "EXPIRY")


def dob_forms(r, chat, us=False):
    y = r.randint(1941, 2005)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    if chat:
        style = r.randint(0, 5)
        if style == 0:
            s = ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
        elif style == 1:
            s = "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
        elif style == 2:
            s = "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
        elif style == 3:
            s = "%02d.%02d.%02d" % (d, m, y % 100)
        elif style == 4:
            s = "%d-%02d-%02d" % (y, m, d)
        else:
            s = "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"),
                                MONTHS[m - 1][:3].capitalize(), y)
        return s, normalise(s, "DOB")
    if y < 2000:
        ys = "nineteen " + num_words(y - 1900) if y % 100 >= 10 else "nineteen " + zero_word(r) + " " + UNIT[y % 10]
        if r.random() < 0.25:
            ys = num_words(y - 1900) if y % 100 >= 10 else zero_word(r) + " " + UNIT[y % 10]
    else:
        ys = "two thousand and " + UNIT[y - 2000] if y < 2010 else "two thousand and " + num_words(y - 2000)
        if y < 2010 and r.random() < 0.5:
            ys = "two thousand " + UNIT[y - 2000]
    style = r.randint(0, 3)
    if style == 0:
        s = "the %s of %s %s" % (ord_words(d), MONTHS[m - 1], ys)
        s = s[4:] if r.random() < 0.5 else s
    elif style == 1:
        s = "%s %s %s" % (MONTHS[m - 1], r.choice(["", "the "]) + ord_words(d), ys)
        s = re.sub(" +", " ", s)
    elif style == 2:
        if y >= 2000:
            s = "%s %s %s" % (say_digits(r, "%02d" % d, doubles=0), say_digits(r, "%02d" % m, doubles=0), ys)
        else:
            s = say_digits(r, "%02d%02d%02d" % (d, m, y % 100), doubles=0.5)
    else:
        s = "%s of %s %s" % (ord_words(d), MONTHS[m - 1], ys)
    return s, normalise(s, "DOB")


def spoken_postcode(r, out, inw, style):
    letters = re.match(r"[A-Z]+", out).group()
    digits = out[len(letters):]
    lpart = [say_letter(r, c, style) for c in letters]
    if digits.isdigit() and len(digits) == 2 and r.random() < 0.6 and digits[0] != "0":
        dpart = [num_words(int(digits))]
    else:
        dpart = [say_letter(r, c, style) if c.isalpha() else UNIT[int(c)] for c in digits]
    ipart = [UNIT[int(inw[0])]] + [say_letter(r, c, style) for c in inw[1:]]
    return " ".join(lpart + dpart + ipart)


def address_forms(r, chat, country="uk"):
    num = r.randint(1, 199) if r.random() < 0.8 else r.randint(200, 999)
    street = r.choice(STREETS)
    if country == "us":
        suf = r.choice(["street", "avenue", "drive", "road", "boulevard", "lane", "court"])
    else:
        suf = r.choice(SUFFIX)
    canon = "%d %s %s" % (num, street, suf)
    if chat:
        sufs = {"street": "St", "road": "Rd", "avenue": "Ave", "boulevard": "Blvd"}
        ss = sufs[suf] if suf in sufs and r.random() < 0.4 else suf.capitalize()
        s = "%d %s %s" % (num, street.capitalize() if r.random() < 0.8 else street, ss)
        return s, normalise_address(s)
    if num < 100:
        ns = num_words(num)
    else:
        ns = say_digits(r, str(num), doubles=0) if r.random() < 0.5 else (UNIT[num // 100] + " " + num_words(num % 100) if num % 100 >= 10 else say_digits(r, str(num), doubles=0))
    s = ns + " " + street + " " + suf
    return s, normalise_address(s)


# ---------------------------------------------------------------------------
# positive templates
# ---------------------------------------------------------------------------

AGENT_BC = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yes", "got that"]


def pick(r, xs):
    return r.choice(xs)


def P_card_chat(r):
    brand, ds = gen_card(r)
    s = typed_card(r, brand, ds)
    ind = pick(r, ["retail", "telecom", "utilities", "travel", "insurance"])
    lead = pick(r, ["Card number is ", "card no: ", "its ", "Here you go - ", "cardnumber ", "ok the card is "])
    tail = pick(r, [" if you can take it now", ". thanks", "", " (the debit one)", " pls charge the £42.99 to that"])
    return [("agent", "Can you confirm the long card number please?"),
            ("customer", [lead, S(s, "CARD_NUMBER", normalise(s, "CARD_NUMBER")), tail])], \
        f"chat/{ind}: {brand} card typed '{'grouped' if ' ' in s or '-' in s else 'unbroken'}' with surrounding text"


def P_card_call_one(r):
    brand, ds = gen_card(r)
    s = spoken_card(r, brand, ds)
    ind = pick(r, ["telecom", "utilities", "retail", "insurance", "travel"])
    lead = pick(r, ["yeah it's ", "okay so ", "right it's ", "um ", "the number is "])
    return [("agent", "and what's the long number across the front of the card"),
            ("customer", [lead, S(s, "CARD_NUMBER", normalise(s, "CARD_NUMBER")), pick(r, ["", " that's it", " yeah"])])], \
        f"call/{ind}: {brand} card spoken in one turn (zero words, doubles/pairs/homophones/fillers)"


def P_card_call_split(r):
    brand, ds = gen_card(r)
    sizes = card_sizes(brand, len(ds))
    turns = [("agent", "okay when you're ready go ahead with the card number")]
    pos = 0
    g = "card"
    for k, n in enumerate(sizes):
        chunk = ds[pos:pos + n]
        pos += n
        s = say_digits(r, chunk, pairs=r.choice([0, 0.5]), doubles=0.4)
        lead = pick(r, ["", "", "right ", "so ", "then "]) if k else pick(r, ["it's ", "okay ", ""])
        tail = pick(r, ["", "", " um", " yeah"])
        turns.append(("customer", [lead, S(s, "CARD_NUMBER", normalise(s, "CARD_NUMBER"), g), tail]))
        if k < len(sizes) - 1:
            turns.append(("agent", pick(r, AGENT_BC)))
    return turns, f"call/{pick(r, ['banking', 'retail', 'telecom'])}: {brand} card split over {len(sizes)} customer turns with back-channels"


def P_card_full_payment(r):
    brand, ds = gen_card(r, pick(r, ["visa", "mc", "amex"]))
    s = spoken_card(r, brand, ds, fill=0.3)
    ex, exn = expiry_forms(r, False)
    cv = "".join(r.choice("0123456789") for _ in range(4 if brand == "amex" else 3))
    cvs = say_digits(r, cv, doubles=0.3)
    amt = pick(r, ["sixty four pounds twenty", "a hundred and twelve euro", "forty nine ninety nine", "two hundred dollars"])
    return [("agent", f"so that's {amt} today can i take the card number please"),
            ("customer", [S(s, "CARD_NUMBER", normalise(s, "CARD_NUMBER"))]),
            ("agent", "thank you and the expiry date"),
            ("customer", [pick(r, ["it's ", "uh ", "expires "]), S(ex, "EXPIRY", exn)]),
            ("agent", "and the security code on the back"),
            ("customer", [pick(r, ["", "it's ", "that's "]), S(cvs, "CVV", normalise(cvs, "CVV"))])], \
        f"call/{pick(r, ['utilities', 'telecom', 'travel'])}: full card payment with amount, expiry and security code"


def P_card_readback(r):
    brand, ds = gen_card(r, pick(r, ["visa", "mc"]))
    s1 = spoken_card(r, brand, ds, fill=0)
    s2 = say_chunks(r, ds, [4, 4, 4, 4], doubles=0.6)
    return [("customer", [pick(r, ["yeah the card's ", "card number ", ""]), S(s1, "CARD_NUMBER", normalise(s1, "CARD_NUMBER"))]),
            ("agent", ["let me just read that back ", S(s2, "CARD_NUMBER", normalise(s2, "CARD_NUMBER")), " is that right"]),
            ("customer", "yes that's right")], \
        "call/retail: card spoken by customer then read back by the agent (both labelled)"


def P_card_correction(r):
    brand, ds = gen_card(r, pick(r, ["visa", "mc", "disc"]))
    wrong = ds[:4] + str((int(ds[4]) + 3) % 10)
    sw = say_digits(r, wrong, doubles=0)
    s = spoken_card(r, brand, ds, fill=0.2)
    return [("agent", "go ahead with the card number"),
            ("customer", [S(sw, "CARD_NUMBER", normalise(sw, "CARD_NUMBER"), "~"), " no sorry hang on let me start again ",
                          S(s, "CARD_NUMBER", normalise(s, "CARD_NUMBER"))])], \
        "call/banking: caller starts the card, corrects themselves and restarts (partial false start labelled too)"


def P_card_cvv_chat(r):
    brand, ds = gen_card(r)
    s = typed_card(r, brand, ds)
    ex, exn = expiry_forms(r, True)
    cv = "".join(r.choice("0123456789") for _ in range(4 if brand == "amex" else 3))
    return [("customer", ["card ", S(s, "CARD_NUMBER", normalise(s, "CARD_NUMBER")), " exp ", S(ex, "EXPIRY", exn),
                          pick(r, [" cvv ", " cvc: ", " sec code "]), S(cv, "CVV", cv)])], \
        f"chat/{pick(r, ['retail', 'travel', 'telecom'])}: card, expiry and CVV all in one typed message"


def P_ssn_chat(r):
    v = gen_ssn(r)
    f = r.randint(0, 3)
    s = [v[:3] + "-" + v[3:5] + "-" + v[5:], v[:3] + " " + v[3:5] + " " + v[5:], v, v[:3] + "." + v[3:5] + "." + v[5:]][f]
    lead = pick(r, ["My SSN is ", "ssn: ", "social is ", "Social Security # ", "its "])
    return [("agent", "To verify your identity I'll need your Social Security number."),
            ("customer", [lead, S(s, "SSN", normalise(s, "SSN")), pick(r, ["", ".", " thanks", " - for the 2023 claim"])])], \
        f"chat/{pick(r, ['government', 'banking', 'healthcare billing', 'insurance'])}: US SSN typed ({['dashed', 'spaced', 'unbroken', 'dotted'][f]})"


def P_ssn_call(r):
    v = gen_ssn(r)
    s = say_chunks(r, v, [3, 2, 4], pairs=r.choice([0, 0.4]), doubles=0.4, fillers=0.3, homophones=r.random() < 0.3)
    return [("agent", "can i get your social security number please"),
            ("customer", [pick(r, ["sure it's ", "yeah ", "okay um ", ""]), S(s, "SSN", normalise(s, "SSN")),
                          pick(r, ["", " i think yeah", " got it"])])], \
        f"call/{pick(r, ['government', 'healthcare billing', 'banking', 'insurance'])}: SSN spoken in one turn"


def P_ssn_split(r):
    v = gen_ssn(r)
    turns = [("agent", "and for verification your social please")]
    for k, (a, b) in enumerate([(0, 3), (3, 5), (5, 9)]):
        s = say_digits(r, v[a:b], pairs=r.choice([0, 0.6]), doubles=0.4)
        turns.append(("customer", [pick(r, ["", "uh ", "then "]) if k else "", S(s, "SSN", normalise(s, "SSN"), "ssn")]))
        if k < 2:
            turns.append(("agent", pick(r, AGENT_BC)))
    return turns, "call/government: SSN given in 3-2-4 chunks over three turns"


def P_ssn_last_and_dob(r):
    v = gen_ssn(r)
    s = say_digits(r, v, doubles=0.5)
    d, dn = dob_forms(r, False, us=True)
    return [("agent", "i need your date of birth and full social security number"),
            ("customer", ["date of birth is ", S(d, "DOB", dn), " and the social is ", S(s, "SSN", normalise(s, "SSN"))])], \
        "call/healthcare billing: DOB and SSN in one customer turn"


def P_ssn_readback(r):
    v = gen_ssn(r)
    s1 = say_digits(r, v, doubles=0.3)
    s2 = say_chunks(r, v, [3, 2, 4], doubles=0.6, sep=" ")
    return [("customer", ["my social is ", S(s1, "SSN", normalise(s1, "SSN"))]),
            ("agent", ["thank you so that's ", S(s2, "SSN", normalise(s2, "SSN")), " correct"]),
            ("customer", "correct")], "call/insurance: SSN read back by agent"


def ni_typed(r, v):
    f = r.randint(0, 4)
    s = [v, v[:2] + " " + v[2:4] + " " + v[4:6] + " " + v[6:8] + " " + v[8], v.lower(),
         v[:2] + "-" + v[2:4] + "-" + v[4:6] + "-" + v[6:8] + "-" + v[8], v[:2] + " " + v[2:8] + " " + v[8]][f]
    return s


def ni_spoken(r, v):
    style = pick(r, ["plain", "plain", "nato", "casual"])
    pre = " ".join(say_letter(r, c, style) for c in v[:2])
    mid = say_chunks(r, v[2:8], [2, 2, 2], pairs=r.choice([0, 0.5, 1.0]), doubles=0.4, fillers=0.2)
    suf = say_letter(r, v[8], style)
    return pre + " " + mid + " " + suf


def P_ni_chat(r):
    v = gen_ni(r)
    s = ni_typed(r, v)
    return [("agent", "Could you provide your National Insurance number?"),
            ("customer", [pick(r, ["NI number: ", "its ", "NINO ", "sure - ", "my ni no is "]), S(s, "NI_NUMBER", normalise(s, "NI_NUMBER")),
                          pick(r, ["", " thanks", ". I started the job on 3 March", " x"])])], \
        f"chat/{pick(r, ['government', 'banking', 'insurance', 'utilities'])}: UK NI number typed"


def P_ni_call(r):
    v = gen_ni(r)
    s = ni_spoken(r, v)
    return [("agent", "and your national insurance number please"),
            ("customer", [pick(r, ["yeah it's ", "um ", "okay it's ", ""]), S(s, "NI_NUMBER", normalise(s, "NI_NUMBER")),
                          pick(r, ["", " i think", " yeah"])])], \
        "call/government: NI number spoken in one turn (letters plain or 'x for ...')"


def P_ni_split(r):
    v = gen_ni(r)
    style = pick(r, ["plain", "nato"])
    pre = " ".join(say_letter(r, c, style) for c in v[:2])
    mid1 = say_digits(r, v[2:5], pairs=0.3, doubles=0.3)
    mid2 = say_digits(r, v[5:8], pairs=0.3, doubles=0.3)
    suf = say_letter(r, v[8], style)
    return [("agent", "can i take your national insurance number"),
            ("customer", ["it's ", S(pre, "NI_NUMBER", normalise(pre, "NI_NUMBER"), "ni")]),
            ("agent", pick(r, AGENT_BC)),
            ("customer", [S(mid1, "NI_NUMBER", normalise(mid1, "NI_NUMBER"), "ni"), " ", S(mid2, "NI_NUMBER", normalise(mid2, "NI_NUMBER"), "ni")]),
            ("agent", "and the letter at the end"),
            ("customer", [S(suf, "NI_NUMBER", normalise(suf, "NI_NUMBER"), "ni")])], \
        "call/government: NI number split across three customer turns, suffix letter alone"


def P_ni_readback(r):
    v = gen_ni(r)
    s1 = ni_spoken(r, v)
    s2 = " ".join(say_letter(r, c, "nato") for c in v[:2]) + " " + say_digits(r, v[2:8], doubles=0.5) + " " + say_letter(r, v[8], "nato")
    return [("customer", ["national insurance is ", S(s1, "NI_NUMBER", normalise(s1, "NI_NUMBER"))]),
            ("agent", ["so i've got ", S(s2, "NI_NUMBER", normalise(s2, "NI_NUMBER")), " yeah"]),
            ("customer", "that's it")], "call/banking: NI spoken by caller and read back by agent with phonetic alphabet"


def P_bank_sort_chat(r):
    acc = "".join(r.choice("0123456789") for _ in range(8))
    sc = "".join(r.choice("0123456789") for _ in range(6))
    scs = pick(r, [sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    return [("agent", "Please send the account number and sort code for the refund."),
            ("customer", ["Acc ", S(acc, "BANK_ACCOUNT", acc), pick(r, [" sort ", ", sort code ", " / sc "]), S(scs, "SORT_CODE", sc),
                          pick(r, ["", " - refund was £86.40", " thanks"])])], \
        f"chat/{pick(r, ['utilities', 'retail', 'insurance'])}: UK account number and sort code typed together"


def P_bank_sort_call(r):
    acc = "".join(r.choice("0123456789") for _ in range(8))
    sc = "".join(r.choice("0123456789") for _ in range(6))
    scs = say_chunks(r, sc, [2, 2, 2], pairs=r.choice([0, 0.7]), doubles=0.5)
    accs = say_chunks(r, acc, [4, 4], pairs=r.choice([0, 0.3]), doubles=0.4, fillers=0.3)
    return [("agent", "what's the sort code"),
            ("customer", [S(scs, "SORT_CODE", normalise(scs, "SORT_CODE"))]),
            ("agent", "and the account number"),
            ("customer", [pick(r, ["", "it's ", "uh "]), S(accs, "BANK_ACCOUNT", normalise(accs, "BANK_ACCOUNT"))])], \
        "call/banking: sort code then account number spoken in separate turns"


def P_bank_split(r):
    acc = "".join(r.choice("0123456789") for _ in range(8))
    a1 = say_digits(r, acc[:4], doubles=0.4)
    a2 = say_digits(r, acc[4:], doubles=0.4)
    return [("agent", "can you give me the account number the direct debit comes from"),
            ("customer", ["yeah hang on ", S(a1, "BANK_ACCOUNT", normalise(a1, "BANK_ACCOUNT"), "acc")]),
            ("agent", pick(r, AGENT_BC)),
            ("customer", [S(a2, "BANK_ACCOUNT", normalise(a2, "BANK_ACCOUNT"), "acc"), " that's the one i pay the forty two pounds from"])], \
        "call/utilities: account number split over two turns, followed by an amount"


def P_us_account(r):
    n = r.randint(9, 12)
    acc = str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))
    s = say_digits(r, acc, doubles=0.3, homophones=r.random() < 0.3)
    routing = None
    return [("agent", "what's the checking account number you'd like the refund sent to"),
            ("customer", ["it's ", S(s, "BANK_ACCOUNT", normalise(s, "BANK_ACCOUNT"))])], \
        f"call/{pick(r, ['insurance', 'healthcare billing', 'retail'])}: US checking account number ({n} digits) spoken"


def P_iban_chat(r):
    v = gen_iban(r)
    s = pick(r, [" ".join(v[i:i + 4] for i in range(0, len(v), 4)), v, v.lower() if r.random() < 0.3 else v])
    return [("agent", "Please provide the IBAN for the refund."),
            ("customer", [pick(r, ["IBAN: ", "iban is ", "Here: ", ""]), S(s, "IBAN", normalise(s, "IBAN")),
                          pick(r, ["", " (my current acc)", ". Amount was €129.50"])])], \
        f"chat/{pick(r, ['travel', 'insurance', 'retail'])}: {v[:2]} IBAN typed"


def P_iban_call(r):
    cc = pick(r, ["GB", "IE", "DE", "NL"])
    v = gen_iban(r, cc)
    letters = re.match(r"[A-Z]+", v[4:])
    style = pick(r, ["plain", "nato"])
    parts = [" ".join(say_letter(r, c, style) for c in v[:2]), say_digits(r, v[2:4], pairs=0.5, doubles=0)]
    rest = v[4:]
    if letters:
        parts.append(" ".join(say_letter(r, c, style) for c in letters.group()))
        rest = rest[len(letters.group()):]
    parts.append(say_chunks(r, rest, [4] * 6, doubles=0.4, fillers=0.2))
    s = " ".join(parts)
    return [("agent", "okay and the iban please"),
            ("customer", [pick(r, ["yeah it's ", "right ", ""]), S(s, "IBAN", normalise(s, "IBAN"))])], \
        f"call/{'banking' if cc != 'DE' else 'travel'}: {cc} IBAN spoken letter by letter and digit by digit"


def P_phone_chat(r):
    k, d, s = gen_phone(r)
    return [("agent", "What's the best number to reach you on?"),
            ("customer", [pick(r, ["", "mob: ", "call me on ", "its ", "tel "]), S(s, "PHONE", normalise(s, "PHONE")),
                          pick(r, ["", " after 5pm", " thx", " (not the landline)"])])], \
        f"chat/{pick(r, ['telecom', 'retail', 'utilities', 'travel'])}: {k} phone typed"


def P_phone_call(r):
    k, d, _ = gen_phone(r)
    if d.startswith("+"):
        body = d[1:]
        sizes = {"uk_intl": [2, 4, 6], "us_intl": [1, 3, 3, 4], "ie_intl": [3, 2, 3, 4]}[k]
        s = "plus " + say_chunks(r, body, sizes, pairs=0.3, doubles=0.5, fillers=0.2)
    else:
        sizes = [5, 6] if k == "uk_mob" else [3, 3, 4] if k in ("us", "ie_mob") else [4, 3, 4]
        s = say_chunks(r, d, sizes, pairs=r.choice([0, 0.3]), doubles=0.5, fillers=0.25, homophones=r.random() < 0.3)
    return [("agent", "and a contact number in case we get cut off"),
            ("customer", [pick(r, ["yeah it's ", "", "um ", "best one is "]), S(s, "PHONE", normalise(s, "PHONE")),
                          pick(r, ["", " that's my mobile", " yeah"])])], \
        f"call/{pick(r, ['telecom', 'utilities', 'insurance', 'healthcare billing'])}: {k} phone spoken"


def P_phone_split(r):
    k, d, _ = gen_phone(r, pick(r, ["uk_mob", "us", "ie_mob"]))
    cut = 5 if k == "uk_mob" else 3
    a = say_digits(r, d[:cut], doubles=0.5)
    b = say_chunks(r, d[cut:], [3, 3], doubles=0.5)
    return [("agent", "what number are you calling from"),
            ("customer", [S(a, "PHONE", normalise(a, "PHONE"), "ph")]),
            ("agent", pick(r, AGENT_BC)),
            ("customer", [S(b, "PHONE", normalise(b, "PHONE"), "ph")])], f"call/telecom: {k} phone split over two turns"


def P_email_chat(r):
    e = gen_email(r)
    s = e if r.random() < 0.7 else e.capitalize()
    return [("agent", "Can I take an email address for the confirmation?"),
            ("customer", [pick(r, ["", "email: ", "its ", "send it to "]), S(s, "EMAIL", s.lower()), pick(r, ["", " thanks", " pls"])])], \
        f"chat/{pick(r, ['retail', 'travel', 'insurance'])}: e-mail typed"


def P_email_call(r):
    e = gen_email(r)
    s = say_email(r, e)
    return [("agent", "and your email address"),
            ("customer", [pick(r, ["yeah it's ", "it's ", "um "]), S(s, "EMAIL", e), pick(r, ["", " all lower case", " yeah"])])], \
        f"call/{pick(r, ['telecom', 'utilities', 'government', 'travel'])}: e-mail spoken with 'dot'/'at'/'underscore'"


def P_email_spelled(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    dom = pick(r, ["gmail.com", "yahoo.com", "outlook.com"])
    e = f[0] + l + "@" + dom
    spelled = " ".join(l)
    s = f[0] + " " + spelled + " at " + " dot ".join(dom.split("."))
    return [("agent", "could you spell the email for me"),
            ("customer", [S(s, "EMAIL", e)]),
            ("agent", "lovely thank you")], "call/retail: e-mail fully spelled letter by letter"


def P_dob_chat(r):
    us = r.random() < 0.4
    s, n = dob_forms(r, True, us)
    return [("agent", "For security, what's your date of birth?"),
            ("customer", [pick(r, ["", "DOB ", "its ", "born "]), S(s, "DOB", n), pick(r, ["", " thanks", "!"])])], \
        f"chat/{pick(r, ['banking', 'healthcare billing', 'insurance', 'telecom'])}: DOB typed"


def P_dob_call(r):
    s, n = dob_forms(r, False)
    return [("agent", "can you confirm your date of birth for me"),
            ("customer", [pick(r, ["yeah it's ", "", "um ", "it's "]), S(s, "DOB", n)])], \
        f"call/{pick(r, ['banking', 'insurance', 'government', 'telecom'])}: DOB spoken"


def P_dob_born(r):
    s, n = dob_forms(r, False)
    return [("agent", "and just to check i've got the right person"),
            ("customer", ["i was born on ", S(s, "DOB", n), " and i've been with you about "
                          + pick(r, ["ten", "six", "twelve"]) + " years"])], \
        "call/insurance: 'born on' DOB followed by a duration lookalike"


def P_postcode_chat(r):
    if r.random() < 0.65:
        o, i = gen_uk_postcode(r)
        s = pick(r, [o + " " + i, o + i, (o + " " + i).lower(), (o + i).lower()])
        ind = "utilities"
    else:
        z = gen_zip(r, r.random() < 0.3)
        s = z if len(z) == 5 else z[:5] + "-" + z[5:]
        ind = "retail"
    return [("agent", "What's the postcode / ZIP on the account?"),
            ("customer", [pick(r, ["", "its ", "postcode ", "zip "]), S(s, "POSTCODE", normalise(s, "POSTCODE"))])], \
        f"chat/{ind}: postcode typed"


def P_postcode_call(r):
    o, i = gen_uk_postcode(r)
    s = spoken_postcode(r, o, i, pick(r, ["plain", "plain", "nato", "casual"]))
    return [("agent", "and what's the postcode there"),
            ("customer", [pick(r, ["it's ", "", "yeah "]), S(s, "POSTCODE", normalise(s, "POSTCODE"))])], \
        "call/utilities: UK postcode spoken letter by letter"


def P_zip_call(r):
    z = gen_zip(r)
    s = say_digits(r, z, pairs=0.2, doubles=0.4)
    return [("agent", "what's the zip code for the billing address"),
            ("customer", [pick(r, ["it's ", "", "zip is "]), S(s, "POSTCODE", normalise(s, "POSTCODE"))])], \
        "call/retail: US ZIP spoken"


def P_address_chat(r):
    country = pick(r, ["uk", "us", "ie"])
    a, an = address_forms(r, True, country)
    extra = []
    if country == "uk":
        o, i = gen_uk_postcode(r)
        extra = [", " + r.choice(TOWNS_UK).capitalize() + " ", S(o + " " + i, "POSTCODE", o + i)]
    elif country == "us":
        z = gen_zip(r)
        extra = [", " + r.choice(TOWNS_US).capitalize() + " ", S(z, "POSTCODE", z)]
    else:
        extra = [", " + r.choice(TOWNS_IE).capitalize()]
    return [("agent", "What's the delivery address?"),
            ("customer", [pick(r, ["", "its ", "Address: "]), S(a, "ADDRESS", an)] + extra)], \
        f"chat/{pick(r, ['retail', 'utilities'])}: {country} street address typed (town outside span)"


def P_address_call(r):
    country = pick(r, ["uk", "us", "ie"])
    a, an = address_forms(r, False, country)
    town = r.choice(TOWNS_UK if country == "uk" else TOWNS_US if country == "us" else TOWNS_IE)
    return [("agent", "can you confirm the first line of the address"),
            ("customer", [pick(r, ["yeah it's ", "", "it's ", "um "]), S(a, "ADDRESS", an), " in " + town])], \
        f"call/{pick(r, ['insurance', 'utilities', 'telecom'])}: {country} street address spoken, number as words"


def P_address_flat(r):
    a, an = address_forms(r, False, "uk")
    o, i = gen_uk_postcode(r)
    pc = spoken_postcode(r, o, i, "plain")
    flat = pick(r, ["flat two", "flat four b", "apartment six"])
    return [("agent", "what's the address you're moving into"),
            ("customer", [flat + ", ", S(a, "ADDRESS", an)]),
            ("agent", "and the postcode"),
            ("customer", [S(pc, "POSTCODE", normalise(pc, "POSTCODE")), " and we move in on the fourteenth"])], \
        "call/utilities: home-move, flat prefix outside the street span, postcode then a non-DOB date"


def P_mixed_chat(r):
    e = gen_email(r)
    k, d, s = gen_phone(r)
    return [("customer", ["pls update my details email ", S(e, "EMAIL", e), " phone ", S(s, "PHONE", normalise(s, "PHONE")),
                          " - order #", str(r.randint(100000, 999999)), " arrived damaged"])], \
        "chat/retail: email and phone in one message next to an order number (unlabelled)"


def P_mixed_call(r):
    o, i = gen_uk_postcode(r)
    pc = spoken_postcode(r, o, i, "plain")
    s, n = dob_forms(r, False)
    return [("agent", "can i have your date of birth and postcode"),
            ("customer", [S(s, "DOB", n), " and the postcode is ", S(pc, "POSTCODE", normalise(pc, "POSTCODE"))])], \
        "call/banking: DOB and postcode in one turn"


def P_chitchat(r):
    k, d, _ = gen_phone(r, "uk_mob")
    s = say_chunks(r, d, [5, 3, 3], doubles=0.5, fillers=0.3)
    return [("agent", "and can i take a mobile number"),
            ("customer", ["sorry the dog's going mad here hang on right it's ", S(s, "PHONE", normalise(s, "PHONE")),
                          " sorry about that it's been a long day i was on hold for forty minutes"])], \
        "call/telecom: phone number embedded in chit-chat with a duration lookalike after"


def P_expiry_chat(r):
    ex, exn = expiry_forms(r, True)
    return [("agent", "And the expiry date on the card?"),
            ("customer", [pick(r, ["", "exp ", "expires ", "its "]), S(ex, "EXPIRY", exn)])], "chat/retail: expiry typed"


def P_cvv_call(r):
    cv = "".join(r.choice("0123456789") for _ in range(3))
    s = say_digits(r, cv, pairs=0.3, doubles=0.5)
    ex, exn = expiry_forms(r, False)
    return [("agent", "and the three digit code on the back of the card"),
            ("customer", [pick(r, ["", "it's ", "uh "]), S(s, "CVV", normalise(s, "CVV"))]),
            ("agent", "and when does it expire"),
            ("customer", [S(ex, "EXPIRY", exn)])], "call/travel: CVV then expiry spoken in answer to agent prompts"


def P_sort_readback(r):
    sc = "".join(r.choice("0123456789") for _ in range(6))
    s1 = say_chunks(r, sc, [2, 2, 2], pairs=0.5, doubles=0.5)
    s2 = say_chunks(r, sc, [2, 2, 2], pairs=0, doubles=0.3, sep=" dash ")
    acc = "".join(r.choice("0123456789") for _ in range(8))
    a = say_digits(r, acc, doubles=0.4, homophones=r.random() < 0.4)
    return [("agent", "what's the sort code of the bank"),
            ("customer", ["it's ", S(s1, "SORT_CODE", normalise(s1, "SORT_CODE"))]),
            ("agent", ["so that's ", S(s2, "SORT_CODE", normalise(s2, "SORT_CODE")), " and the eight digit account number"]),
            ("customer", ["yeah and the account's ", S(a, "BANK_ACCOUNT", normalise(a, "BANK_ACCOUNT")),
                          " the refund's two hundred and six pounds isn't it"])], \
        f"call/{pick(r, ['banking', 'insurance', 'utilities'])}: sort code read back with 'dash', then account number, amount after"


def P_iban_split(r):
    cc = pick(r, ["IE", "GB", "DE", "NL"])
    v = gen_iban(r, cc)
    m = re.match(r"[A-Z]{2}\d{2}[A-Z]*", v)
    head = " ".join(say_letter(r, c, "plain") if c.isalpha() else UNIT[int(c)] for c in m.group())
    rest = v[m.end():]
    half = len(rest) // 2
    t1 = say_chunks(r, rest[:half], [4, 4, 4], doubles=0.4)
    t2 = say_chunks(r, rest[half:], [4, 4, 4], doubles=0.4)
    return [("agent", "and the iban for the refund of the hotel deposit"),
            ("customer", ["okay it starts ", S(head, "IBAN", normalise(head, "IBAN"), "ib")]),
            ("agent", pick(r, AGENT_BC)),
            ("customer", [S(t1, "IBAN", normalise(t1, "IBAN"), "ib")]),
            ("agent", pick(r, AGENT_BC)),
            ("customer", [S(t2, "IBAN", normalise(t2, "IBAN"), "ib"), " that's the lot"])], \
        f"call/travel: {cc} IBAN split over three customer turns"


def P_address_us(r):
    num = r.randint(100, 9999)
    st = r.choice(STREETS).capitalize()
    suf = pick(r, ["Blvd", "Ave", "St", "Dr", "Lane"])
    d = pick(r, ["", "W ", "N ", "E ", "S "])
    a = f"{num} {d}{st} {suf}"
    z = gen_zip(r, r.random() < 0.4)
    zs = z if len(z) == 5 else z[:5] + "-" + z[5:]
    apt = pick(r, ["Apt 4B", "Unit 12", "Ste 300", "Apt 2"])
    return [("agent", "Please confirm the billing address on file."),
            ("customer", [S(a, "ADDRESS", normalise_address(a)), f" {apt}, {r.choice(TOWNS_US).capitalize()}, {pick(r, ['TX', 'OH', 'FL', 'CO', 'WI'])} ",
                          S(zs, "POSTCODE", normalise(zs, "POSTCODE"))])], \
        "chat/healthcare billing: US street address with directional, apartment after (outside span), ZIP/ZIP+4"


def P_two_phones(r):
    _, d1, _ = gen_phone(r, "uk_mob")
    _, d2, _ = gen_phone(r, "uk_land")
    s1 = say_chunks(r, d1, [5, 6], doubles=0.5)
    s2 = say_chunks(r, d2, [4, 3, 4], doubles=0.5, pairs=0.3)
    return [("agent", "have you got a couple of numbers we can try"),
            ("customer", ["yeah mobile's ", S(s1, "PHONE", normalise(s1, "PHONE")), " or the house phone is ",
                          S(s2, "PHONE", normalise(s2, "PHONE")), " but i'm only in after six"])], \
        "call/utilities: two phone numbers in one turn, time lookalike after"


def P_dob_age(r):
    s, n = dob_forms(r, True, r.random() < 0.5)
    return [("customer", ["DOB is ", S(s, "DOB", n), f" and I've had the policy {r.randint(2, 15)} years - do I get the {r.randint(10, 25)}% loyalty discount?"])], \
        "chat/insurance: typed DOB followed by a duration and a percentage"


def P_typo_chat(r):
    brand, ds = gen_card(r, pick(r, ["visa", "mc"]))
    s = group_str(ds, [4, 4, 4, 4], pick(r, [" ", "-", "."]))
    ex = "%02d/%02d" % (r.randint(1, 12), r.randint(26, 31))
    return [("customer", ["hi i wnt to pay my bil £", str(r.randint(20, 99)), ".", str(r.randint(10, 99)), " card numbr ",
                          S(s, "CARD_NUMBER", normalise(s, "CARD_NUMBER")), " expirey ", S(ex, "EXPIRY", normalise(ex, "EXPIRY"))])], \
        "chat/telecom: typos around labels, card with dot or dash separators, amount before"


def P_ni_chit(r):
    v = gen_ni(r)
    s = ni_spoken(r, v)
    return [("agent", "and your national insurance number"),
            ("customer", ["oh god hang on it's on my payslip somewhere i started there in twenty nineteen right here it is ",
                          S(s, "NI_NUMBER", normalise(s, "NI_NUMBER")), " sorry"])], \
        "call/government: NI number after chit-chat containing a year"


def P_email_split(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    num = r.randint(11, 99)
    dom = pick(r, ["gmail.com", "hotmail.com", "yahoo.ie", "outlook.com"])
    a = f + " dot " + l
    b = num_words(num) + " at " + " dot ".join(dom.split("."))
    return [("agent", "what email should the invoice go to"),
            ("customer", ["it's ", S(a, "EMAIL", normalise_email(a), "em")]),
            ("agent", pick(r, ["mhm", "okay", "yep"])),
            ("customer", [S(b, "EMAIL", normalise_email(b), "em"), " all lower case"])], \
        "call/healthcare billing: e-mail split over two turns with a back-channel"


POS_TEMPLATES = [
    (P_card_chat, 12), (P_card_call_one, 12), (P_card_call_split, 6), (P_card_full_payment, 9),
    (P_card_readback, 4), (P_card_correction, 4), (P_card_cvv_chat, 6),
    (P_ssn_chat, 10), (P_ssn_call, 10), (P_ssn_split, 4), (P_ssn_last_and_dob, 4), (P_ssn_readback, 3),
    (P_ni_chat, 10), (P_ni_call, 10), (P_ni_split, 4), (P_ni_readback, 4),
    (P_bank_sort_chat, 6), (P_bank_sort_call, 6), (P_bank_split, 3), (P_us_account, 3),
    (P_iban_chat, 7), (P_iban_call, 7),
    (P_phone_chat, 7), (P_phone_call, 8), (P_phone_split, 3),
    (P_email_chat, 5), (P_email_call, 7), (P_email_spelled, 3),
    (P_dob_chat, 6), (P_dob_call, 6), (P_dob_born, 3),
    (P_postcode_chat, 5), (P_postcode_call, 6), (P_zip_call, 3),
    (P_address_chat, 6), (P_address_call, 6), (P_address_flat, 3),
    (P_sort_readback, 5), (P_iban_split, 4), (P_address_us, 4), (P_two_phones, 3), (P_dob_age, 3),
    (P_typo_chat, 4), (P_ni_chit, 3), (P_email_split, 4),
    (P_mixed_chat, 3), (P_mixed_call, 3), (P_chitchat, 3), (P_expiry_chat, 4), (P_cvv_call, 5),
]

# ---------------------------------------------------------------------------
# negative templates (nothing may be redacted)
# ---------------------------------------------------------------------------


def N_money_chat(r):
    a, b = r.randint(20, 2999), r.randint(10, 99)
    return [("customer", f"Why is my bill £{a:,}.{b:02d} this month? It's usually about £{r.randint(30, 90)}"),
            ("agent", f"I can see a one-off charge of £{r.randint(5, 60)}.{r.randint(0, 99):02d} for roaming on the {r.randint(2, 28)}th.")], \
        "chat/telecom: bill amounts and a charge date"


def N_money_call(r):
    return [("agent", f"so the balance outstanding is {num_words(r.randint(20, 99))} pounds {num_words(r.randint(10, 99))}"),
            ("customer", f"and if i pay {num_words(r.randint(20, 99))} now and the rest on the {ord_words(r.randint(1, 28))} is that okay")], \
        "call/utilities: spoken money and a payment date"


def N_order_ref(r):
    n = str(r.randint(10 ** (r.randint(5, 9)), 10 ** 9))
    word = pick(r, ["order number", "ticket number", "reference", "case number", "invoice number", "claim number"])
    return [("agent", f"Do you have your {word}?"), ("customer", f"yes its {n}")], f"chat/retail: {word} typed ({len(n)} digits)"


def N_order_ref_call(r):
    n = str(r.randint(10 ** 6, 10 ** 8))
    word = pick(r, ["order number", "reference number", "claim number", "booking reference", "ticket number"])
    return [("agent", f"have you got the {word} there"),
            ("customer", f"yeah the {word} is {say_digits(r, n, doubles=0.4)}")], f"call/insurance: {word} spoken digit by digit"


def N_flight(r):
    return [("customer", f"my flight {pick(r, ['BA', 'EI', 'FR', 'UA', 'LH'])}{r.randint(100, 9999)} was cancelled, it was meant to leave at {r.randint(6, 22)}:{pick(r, ['05', '15', '35', '50'])}"),
            ("agent", f"I'm sorry, I can rebook you on the {r.randint(6, 22)}:{pick(r, ['00', '20', '45'])} departure, gate {r.randint(1, 60)}, arriving {r.randint(1, 4)} hours later.")], \
        "chat/travel: flight number, times, gate"


def N_flight_call(r):
    return [("customer", f"it's flight e i {say_digits(r, str(r.randint(100, 999)), doubles=0)} on the {ord_words(r.randint(1, 28))} of {pick(r, MONTHS)}"),
            ("agent", f"okay and that was departing at {num_words(r.randint(1, 12))} {num_words(r.randint(10, 59))}")], \
        "call/travel: spoken flight number, travel date and time"


def N_appointment(r):
    return [("agent", f"I can book an engineer for {pick(r, ['Monday', 'Tuesday', 'Thursday'])} {r.randint(1, 28)}/{r.randint(1, 12):02d}/{r.randint(2025, 2027)} between {r.randint(8, 10)}am and {r.randint(12, 5 + 12) - 12 or 1}pm"),
            ("customer", "That works, thanks")], "chat/telecom: appointment date and time window"


def N_appointment_call(r):
    return [("agent", f"the next appointment is the {ord_words(r.randint(1, 28))} of {pick(r, MONTHS)} at {num_words(r.randint(1, 11))} {pick(r, ['thirty', 'fifteen', 'forty five'])}"),
            ("customer", "yeah that's fine i'll be in")], "call/healthcare billing: appointment date and time spoken"


def N_meter(r):
    return [("agent", "can you read me the numbers on the meter"),
            ("customer", f"yeah the reading is {say_digits(r, str(r.randint(10000, 99999)), doubles=0.3)}"),
            ("agent", "lovely that's been logged")], "call/utilities: meter reading spoken digit by digit"


def N_meter_chat(r):
    return [("customer", f"Meter reading: {r.randint(10000, 99999)} (day) and {r.randint(1000, 9999)} (night), taken {r.randint(1, 28)}/{r.randint(1, 12)}")], \
        "chat/utilities: day/night meter readings typed"


def N_speed(r):
    return [("customer", f"i'm only getting {num_words(r.randint(2, 19))} megabits and i'm paying for {pick(r, ['eighty', 'five hundred', 'nine hundred'])}"),
            ("agent", f"i can see the line has dropped {num_words(r.randint(3, 19))} times since {pick(r, MONTHS)}")], \
        "call/telecom: speeds, counts and a month"


def N_room(r):
    return [("customer", f"I'm in room {r.randint(100, 999)} for {r.randint(2, 9)} nights, the AC is stuck at {r.randint(26, 31)} degrees"),
            ("agent", "I'll send someone up in the next 15 minutes.")], "chat/travel: hotel room number, nights, temperature"


def N_model(r):
    return [("customer", f"its the {pick(r, ['WX-', 'KDL', 'HX', 'SM-A'])}{r.randint(1000, 99999)} model, bought {r.randint(2, 11)} months ago for ${r.randint(200, 1500)}.{r.choice(['00', '99', '49'])}"),
            ("agent", "Thanks, that model has a 24 month warranty.")], "chat/retail: model number, price, durations"


def N_age(r):
    return [("customer", f"my son is {num_words(r.randint(11, 17))} and my daughter's {num_words(r.randint(5, 10))} can they go on my plan"),
            ("agent", f"yes you can add up to {num_words(r.randint(3, 5))} lines for {num_words(r.randint(10, 20))} pounds each")], \
        "call/telecom: ages, counts, prices"


def N_percent(r):
    return [("customer", f"why has my rate gone from {r.randint(2, 9)}.{r.randint(0, 9)}% to {r.randint(10, 29)}.{r.randint(0, 9)}%?"),
            ("agent", f"The promotional rate ended after {r.randint(6, 24)} months; the standard APR is {r.randint(18, 29)}.9%.")], \
        "chat/banking: percentages and durations"


def N_contract(r):
    y = r.randint(2018, 2025)
    return [("agent", f"your contract started on the {ord_words(r.randint(1, 28))} of {pick(r, MONTHS)} {num_words(20)} {num_words(y - 2000)} on a {pick(r, ['twelve', 'eighteen', 'twenty four'])} month term"),
            ("customer", "so when can i leave without paying the fee")], "call/telecom: contract start date (not a DOB) spoken"


def N_data(r):
    return [("customer", f"App says I've used {r.randint(10, 49)}.{r.randint(1, 9)}GB of {pick(r, ['50', '100', '120'])}GB and it's only the {r.randint(4, 20)}th"),
            ("agent", f"Your allowance resets on the {r.randint(24, 28)}th, I've added a {r.randint(5, 20)}GB boost at no cost.")], \
        "chat/telecom: data quantities and billing dates"


def N_invoice(r):
    return [("customer", f"Invoice {r.randint(10000, 99999999)} dated {r.randint(1, 28)}/{r.randint(1, 12):02d}/{r.randint(2023, 2026)} for ${r.randint(100, 999)}.{r.randint(10, 99)} was charged twice"),
            ("agent", f"I see it; the duplicate of ${r.randint(100, 999)}.{r.randint(10, 99)} will be refunded in 3-5 business days.")], \
        "chat/healthcare billing: invoice number, invoice date, amounts"


def N_years(r):
    return [("customer", f"i've been with you since {say_year(r)} and this is the {pick(r, ['third', 'fourth', 'fifth'])} time i've rung this week"),
            ("agent", f"i do appreciate that you've been a customer for {num_words(r.randint(5, 25))} years")], \
        "call/insurance: a customer-since year and counts"


def say_year(r):
    y = r.randint(1995, 2021)
    if y < 2000:
        return "nineteen " + num_words(y - 1900)
    return "two thousand and " + num_words(y - 2000) if r.random() < 0.5 else "twenty " + num_words(y - 2000)


def N_tariff(r):
    return [("agent", f"the unit rate is {num_words(r.randint(20, 35))} point {UNIT[r.randint(1, 9)]} pence per kilowatt hour and the standing charge is {num_words(r.randint(40, 60))} pence a day"),
            ("customer", f"and my monthly direct debit is {num_words(r.randint(60, 150) % 100 or 90)} pounds")], \
        "call/utilities: tariff rates and direct debit amount"


def N_procedure(r):
    return [("customer", f"The bill lists code {r.randint(99201, 99499)} twice and a copay of ${r.randint(10, 60)}"),
            ("agent", f"Procedure {r.randint(99201, 99499)} is the office visit; the balance after insurance is ${r.randint(20, 400)}.00.")], \
        "chat/healthcare billing: 5-digit procedure codes (ZIP lookalikes) with their code word, amounts"


def N_parcel(r):
    return [("customer", f"tracking ref {r.randint(1000000, 9999999)} says delivered at {r.randint(1, 12)}:{r.randint(10, 59)}pm but nothing here"),
            ("agent", f"The driver's photo shows it at the door; I'll open investigation {r.randint(100000, 999999)}.")], \
        "chat/retail: tracking and investigation references, time"


def N_duration_call(r):
    return [("customer", f"i've been on hold for {num_words(r.randint(21, 59))} minutes and cut off {num_words(r.randint(2, 4))} times"),
            ("agent", f"i'm really sorry i'll add a credit of {num_words(r.randint(5, 20))} pounds for that")], \
        "call/telecom: durations, counts, credit amount"


def N_balance_call(r):
    return [("customer", "what's my balance"),
            ("agent", f"your available balance is {pick(r, ['one', 'two', 'three'])} thousand {pick(r, ['four', 'six', 'eight'])} hundred and {num_words(r.randint(10, 99))} pounds and {num_words(r.randint(10, 99))} pence")], \
        "call/banking: spoken account balance"


def N_gov(r):
    ty = r.randint(2019, 2024)
    return [("customer", f"My tax return for {ty}/{(ty + 1) % 100} shows I owe £{r.randint(100, 4000):,}"),
            ("agent", f"You can pay in {r.randint(3, 12)} monthly instalments; the first is due 31 January {r.randint(2025, 2027)}.")], \
        "chat/government: tax year, amounts, due date"


def N_phone_company(r):
    return [("agent", f"your reference for today is {pick(r, ['CR', 'INC', 'REF'])}-{r.randint(100000, 9999999)} and the call lasted {r.randint(5, 40)} minutes"),
            ("customer", "great thanks")], "chat/telecom: alphanumeric reference and duration"


def N_spoken_time_count(r):
    return [("customer", f"the bus was {num_words(r.randint(15, 59))} minutes late the {say_digits(r, str(r.randint(10, 99)), doubles=0)} route at {num_words(r.randint(1, 12))} {num_words(r.randint(10, 59))}"),
            ("agent", "i'll log that complaint for you")], "call/government: route number, times, durations"


def N_quantity(r):
    return [("customer", f"I ordered {r.randint(2, 12)} boxes of {r.randint(50, 500)} but got {r.randint(1, 9)}; order total was €{r.randint(50, 900)}.{r.randint(10, 99)}"),
            ("agent", f"I'll ship the remaining boxes, ETA {r.randint(2, 7)} working days.")], "chat/retail: quantities and price"


def N_due_dates(r):
    m = r.randint(1, 11)
    return [("customer", f"I paid ${r.randint(40, 300)}.{r.randint(10, 99)} on {m:02d}/{r.randint(10, 28)}/2026, why does it say overdue?"),
            ("agent", f"That payment posted on {m:02d}/{r.randint(10, 28)}/2026; the next one of ${r.randint(40, 300)}.00 is due {m + 1:02d}/15/2026.")], \
        "chat/insurance: payment dates (not birth dates) in US format and amounts"


def N_hours(r):
    return [("agent", f"our lines are open {pick(r, ['eight', 'nine'])} till {pick(r, ['six', 'eight'])} monday to friday and {pick(r, ['nine', 'ten'])} till {pick(r, ['one', 'four'])} on saturdays"),
            ("customer", f"okay i'll ring back after {num_words(r.randint(2, 5))} then it's been {num_words(r.randint(2, 9))} weeks already")], \
        "call/government: opening hours, times, durations"


def N_parcel_size(r):
    return [("customer", f"Parcel weighs {r.randint(1, 19)}.{r.randint(1, 9)}kg, box is {r.randint(20, 60)}x{r.randint(10, 40)}x{r.randint(5, 30)}cm - how much to send to Berlin?"),
            ("agent", f"That's €{r.randint(12, 45)}.{r.randint(10, 99)} for {r.randint(2, 5)}-{r.randint(6, 9)} day delivery.")], \
        "chat/retail: weights, dimensions, price, delivery days"


NEG_TEMPLATES = [
    (N_money_chat, 5), (N_money_call, 5), (N_order_ref, 7), (N_order_ref_call, 6), (N_flight, 4), (N_flight_call, 4),
    (N_appointment, 4), (N_appointment_call, 4), (N_meter, 5), (N_meter_chat, 3), (N_speed, 4), (N_room, 3),
    (N_model, 4), (N_age, 3), (N_percent, 3), (N_contract, 4), (N_data, 3), (N_invoice, 4), (N_years, 3),
    (N_tariff, 3), (N_procedure, 3), (N_parcel, 3), (N_duration_call, 3), (N_balance_call, 3), (N_gov, 3),
    (N_phone_company, 2), (N_spoken_time_count, 3), (N_quantity, 3), (N_due_dates, 3), (N_hours, 3),
    (N_parcel_size, 3),
]


# ---------------------------------------------------------------------------
# generation, checking, README
# ---------------------------------------------------------------------------


def generate():
    r = random.Random(SEED)
    cases, metas = [], []
    n = 0
    for fn, k in POS_TEMPLATES:
        for _ in range(k):
            n += 1
            turns, note = fn(r)
            c, m = build_case("h29-pos-%03d" % n, "positive", turns, note)
            cases.append(c)
            metas.append(m)
    n = 0
    for fn, k in NEG_TEMPLATES:
        for _ in range(k):
            n += 1
            turns, note = fn(r)
            c, m = build_case("h29-neg-%03d" % n, "negative", turns, note)
            assert not m
            cases.append(c)
            metas.append(m)
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    return cases, metas, text


def check_cases(cases, metas):
    problems = []
    ids = Counter(c["id"] for c in cases)
    problems += [f"duplicate id {i}" for i, k in ids.items() if k > 1]
    for c, meta in zip(cases, metas):
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            problems.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(f"{cid}: positive without spans")
        by_turn = {}
        for sp in c["spans"]:
            if sp["type"] not in TYPES:
                problems.append(f"{cid}: bad type {sp['type']}")
            if not 0 <= sp["turn"] < len(c["turns"]):
                problems.append(f"{cid}: turn out of range")
                continue
            t = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not 0 <= s < e <= len(t):
                problems.append(f"{cid}: offsets out of range")
                continue
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                problems.append(f"{cid}: span not on word boundary: {t[s:e]!r}")
            if t[s].isspace() or t[e - 1].isspace():
                problems.append(f"{cid}: span has outer whitespace")
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for spans in by_turn.values():
            spans.sort()
            for (a, b), (c2, d) in zip(spans, spans[1:]):
                if c2 < b:
                    problems.append(f"{cid}: overlapping spans")
        groups = {}
        for sp, m in zip(c["spans"], meta):
            t = c["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
            if t != m.text:
                problems.append(f"{cid}: span text mismatch")
            got = normalise_address(t) if m.typ == "ADDRESS" else normalise(t, m.typ)
            if got != m.expected:
                problems.append(f"{cid}: {m.typ} normalises to {got!r}, expected {m.expected!r} from {t!r}")
            if m.group == "~":
                continue
            key = (m.typ, m.group) if m.group else (m.typ, id(m))
            groups.setdefault(key, []).append(m.expected)
        for (typ, _), parts in groups.items():
            v = "".join(parts)
            if not validate(typ, v):
                problems.append(f"{cid}: invalid {typ} value {v!r}")
    return problems


def counts(cases):
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    pos = sum(1 for c in cases if c["kind"] == "positive")
    neg = sum(1 for c in cases if c["kind"] == "negative")
    return cnt, pos, neg


def readme_text(cases):
    cnt, pos, neg = counts(cases)
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# pii_holdout29 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not seen. Do not add its cases to training/dev data, do not
adjust patterns or thresholds to make individual cases pass.

## Who wrote it and how

Written by an AI helper acting as an independent author. The helper did **not**
see the redaction code, its tests, its documentation, the other PII fixtures or
any benchmark script; the only material it looked at was a three-line example of
the JSONL format. Cases are generated by `scripts/make_pii_holdout29.py` from
template functions; every turn is assembled from plain-text segments and
labelled `(value, TYPE)` segments, so offsets are computed, never typed. All
values come from one `random.Random({SEED})`; the output is byte-for-byte
reproducible. `python scripts/make_pii_holdout29.py --check` regenerates the set,
compares it with the file and verifies ids, offsets, word boundaries,
non-overlap and every value (after normalising spoken forms: Luhn for cards,
mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for
CVV/phone/account, UK postcode / US ZIP shape).

## Contents

- {pos} positive cases, {neg} negative cases ({pos + neg} total).
- Channels: `chat` (typed, mixed case, varied separators, abbreviations) and
  `call` (ASR style: lower case, sparse punctuation, numbers as words, `oh` /
  `o` / `nought` / `zero` for 0, `double`/`triple`, pairs like `forty one`,
  years like `nineteen eighty two`, letters as `b for bravo`, e-mails as
  `j dot doe at gmail dot com`, the homophones `for` = 4 and `to` = 2, fillers
  such as `um`/`uh` inside readings, values split over several customer turns
  with agent back-channels, agent read-backs, a self-corrected false start).
- Industries: banking, telecom, utilities, retail, insurance, travel,
  healthcare billing, government; countries US, UK, Ireland, EU (IBANs from
  GB, IE, DE, NL, FR, ES).

| type | spans |
|---|---|
{rows}

## Annotation conventions

- A span covers the value only, from its first to its last character/word:
  lead-ins (`it's`, `card number`, `my social is`) and trailing words (`yeah`,
  `that's it`) are outside. Filler words *inside* a reading (`four five um six`)
  are inside the span.
- A value split over several turns is labelled once per turn (one span per
  fragment, same type). In a self-correction the abandoned false start is also
  labelled with the same type, since it exposes digits.
- Values read back by the agent are labelled too.
- CARD_NUMBER: all digits including groups/separators. EXPIRY: month and year
  only (`exp`, `expires` outside). CVV: the digits only.
- NI_NUMBER: prefix letters through suffix letter, including `x for xray`
  spellings. IBAN: country code through last digit.
- PHONE: includes a leading `+`/`plus` and brackets that are part of the
  number form.
- DOB: the date expression itself (`the fourteenth of march nineteen eighty
  two`, `14/03/1982`); `born on` is outside.
- ADDRESS: house number through street type (`42 Maple Avenue`, `forty two
  maple avenue`); flat numbers, towns and postcodes are outside (postcodes are a
  separate POSTCODE span).
- POSTCODE: UK postcodes (either spacing, any case, or spelled out) and US ZIP
  / ZIP+4.
- Negative cases contain no PII at all: amounts, prices, balances, times,
  durations, counts, ages, temperatures, percentages, years, non-birth dates,
  order/ticket/claim/invoice/reference numbers said with their reference word,
  flight/room/model/route numbers, meter readings, speeds, procedure codes. A
  negative fails if anything in it is redacted. Positive cases also contain
  such unlabelled lookalikes next to the PII.
"""


def main():
    cases, metas, text = generate()
    problems = check_cases(cases, metas)
    cnt, pos, neg = counts(cases)
    readme = readme_text(cases)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != readme:
            problems.append("README.md differs from regenerated output")
        if pos < 170 or neg < 100:
            problems.append(f"too few cases: {pos} positive, {neg} negative")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt[t] < need:
                problems.append(f"too few {t} spans: {cnt[t]} < {need}")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(readme, encoding="utf-8")
    print(f"pii_holdout29: {pos} positive, {neg} negative, {sum(cnt.values())} spans")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        print(f"FAILED: {len(problems)} problem(s)")
        sys.exit(1)
    print("OK" + (" (--check)" if "--check" in sys.argv else ""))


if __name__ == "__main__":
    main()

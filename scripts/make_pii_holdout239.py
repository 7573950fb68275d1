#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h239.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seed 239241126).

    python scripts/make_pii_holdout239.py          # write fixture + README
    python scripts/make_pii_holdout239.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 239241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout239"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------------------
# spoken-number vocabulary
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
         "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19"}
TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6",
        "seventy": "7", "eighty": "8", "ninety": "9"}
TENS_W = {v: k for k, v in TENS.items()}
TEENS_W = {v: k for k, v in TEENS.items()}
UNITS = {w: str(i) for i, w in enumerate(DW)}
UNITS.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "won": "1", "to": "2",
              "too": "2", "for": "4", "fore": "4", "ate": "8"})
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_W = {}
for _w, _l in NATO.items():
    NATO_W.setdefault(_l, _w)
LETTER_HOMO = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "jay": "J", "kay": "K",
               "el": "L", "em": "M", "en": "N", "pee": "P", "are": "R", "ess": "S", "tee": "T",
               "why": "Y", "zed": "Z", "zee": "Z", "ex": "X", "aitch": "H", "gee": "G",
               "eff": "F", "vee": "V", "cue": "Q", "eh": "A"}
LETTER_SAY = {"B": "bee", "C": "see", "D": "dee", "J": "jay", "K": "kay", "L": "el", "M": "em",
              "N": "en", "P": "pee", "R": "are", "S": "ess", "T": "tee", "Y": "why", "Z": "zed",
              "X": "ex", "H": "aitch", "G": "gee"}
FILLER = {"um", "uh", "er", "erm", "uhm", "ah", "and", "sorry", "yeah", "so", "is", "it",
          "its", "my", "the", "that", "that's", "thats", "ok", "okay", "right", "dot", "at",
          "dash", "hyphen", "space", "slash", "plus", "of", "th", "st", "nd", "rd", "ends",
          "in", "as"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
ORD_WORD = {v: k for k, v in ORD.items()}
ORD_UNIT = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9}


def ordinal_words(n: int) -> str:
    if n in ORD:
        return ORD[n]
    t, u = divmod(n, 10)
    return TENS_W[str(t)] + " " + ORD[u]


def normalize(text: str) -> str:
    """Map typed or spoken forms to an upper-case string of letters and digits."""
    out: list[str] = []
    words: list[str] = []
    for raw in text.split():
        if any(c.isdigit() for c in raw):
            words.append("\x00" + "".join(c for c in raw if c.isalnum()).upper())
            continue
        for sub in re.split(r"[^A-Za-z']+", raw):
            if sub:
                words.append(sub if sub.isupper() and len(sub) <= 4 else sub.lower())
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        nxt = words[i + 1].lower() if i + 1 < n else ""
        if w.startswith("\x00"):
            out.append(w[1:])
        elif w.isupper():
            out.append(w)
        elif len(w) == 1 and w.isalpha() and w not in ("o",) and (nxt in ("for", "as")):
            out.append(w.upper())
            i += 1
            if nxt == "as" and i + 1 < n and words[i + 1] == "in":
                i += 1
            i += 1  # skip the example word
        elif w in ("double", "triple"):
            k = 2 if w == "double" else 3
            d = words[i + 1] if i + 1 < n else ""
            if d in UNITS:
                out.append(UNITS[d] * k)
                i += 1
            elif d in LETTER_HOMO or (len(d) == 1 and d.isalpha()):
                out.append((LETTER_HOMO.get(d) or d.upper()) * k)
                i += 1
        elif w in TEENS:
            out.append(TEENS[w])
        elif w in TENS:
            if nxt in UNITS and UNITS[nxt] != "0" and nxt not in ("for", "to", "too", "o", "oh"):
                out.append(TENS[w] + UNITS[nxt])
                i += 1
            elif nxt in ORD_UNIT:
                out.append(TENS[w] + str(ORD_UNIT[nxt]))
                i += 1
            else:
                out.append(TENS[w] + "0")
        elif w in ("hundred", "thousand"):
            base = 2 if w == "hundred" else 3
            j = i + 1
            if j < n and words[j] == "and":
                j += 1
            nw = words[j] if j < n else ""
            if nw in TEENS or nw in TENS:
                out.append("0" * (base - 2))
            elif nw in UNITS and UNITS[nw] != "0" and nw not in ("for", "to", "too"):
                out.append("0" * (base - 1))
            else:
                out.append("0" * base)
            i = j - 1
        elif w in ORD_WORD:
            out.append("%02d" % ORD_WORD[w])
        elif w in UNITS and not (w == "for" and out and False):
            out.append(UNITS[w])
        elif w in MONTHS:
            out.append("%02d" % (MONTHS.index(w) + 1))
        elif w in NATO:
            out.append(NATO[w])
        elif w in LETTER_HOMO:
            out.append(LETTER_HOMO[w])
        elif w in FILLER:
            pass
        elif len(w) <= 2 and w.isalpha():
            out.append(w.upper())
        i += 1
    return "".join(out)


# ----------------------------------------------------------------------------
# value generators
def luhn_ok(s: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "maestro"])
    if kind == "visa":
        pre, ln = "4", 16
    elif kind == "mc":
        pre, ln = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, ln = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, ln = "6011", 16
    elif kind == "visa13":
        pre, ln = "4", 13 if rng.random() < 0.3 else 16
    elif kind == "visa19":
        pre, ln = "4", 19 if rng.random() < 0.4 else 16
    else:
        pre, ln = rng.choice(["6759", "6761"]), 16
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(num: str) -> list[str]:
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:7], num[7:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def make_ssn(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        return "%03d%02d%04d" % (a, g, s)


NI_BAD_FIRST = set("DFIQUVO")
NI_BAD_SECOND = set("DFIQUVO")
NI_BAD_PAIR = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni(rng: random.Random) -> str:
    while True:
        a = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b in NI_BAD_PAIR:
            continue
        return a + b + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def ni_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s)) and s[:2] not in NI_BAD_PAIR


IBAN_SPEC = {"GB": ("alpha4", 14), "IE": ("alpha4", 14), "DE": ("", 18), "FR": ("", 23),
             "NL": ("alpha4", 10), "ES": ("", 20), "BE": ("", 12), "IT": ("alpha1", 22)}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"],
              "NL": ["ABNA", "RABO", "INGB"]}


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(rng: random.Random, country: str | None = None) -> str:
    c = country or rng.choice(list(IBAN_SPEC))
    kind, ln = IBAN_SPEC[c]
    if kind == "alpha4":
        bban = rng.choice(BANK_CODES[c]) + "".join(rng.choice("0123456789") for _ in range(ln))
    elif kind == "alpha1":
        bban = rng.choice("ABCXYZ") + "".join(rng.choice("0123456789") for _ in range(ln))
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(ln))
    return c + iban_check(c, bban) + bban


def rdig(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


# ----------------------------------------------------------------------------
# spoken renderers
def zw(rng: random.Random) -> str:
    return rng.choice(["zero", "oh", "oh", "o", "nought", "zero"])


def say_single(ds: str, z: str) -> str:
    return " ".join(z if c == "0" else DW[int(c)] for c in ds)


def say_doubles(ds: str, z: str) -> str:
    out = []
    i = 0
    while i < len(ds):
        j = i
        while j < len(ds) and ds[j] == ds[i]:
            j += 1
        run = j - i
        w = z if ds[i] == "0" else DW[int(ds[i])]
        while run >= 2:
            if run == 3:
                out.append("triple " + w)
                run = 0
            else:
                out.append("double " + w)
                run -= 2
        if run == 1:
            out.append(w)
        i = j
    return " ".join(out)


def say_pair(p: str, z: str) -> str:
    if p == "00":
        return "double " + z
    if p[0] == "0":
        return z + " " + DW[int(p[1])]
    if p[0] == "1":
        return TEENS_W[p]
    if p[1] == "0":
        return TENS_W[p[0]]
    return TENS_W[p[0]] + " " + DW[int(p[1])]


def say_pairs(ds: str, z: str) -> str:
    parts = []
    i = 0
    if len(ds) % 2:
        parts.append(z if ds[0] == "0" else DW[int(ds[0])])
        i = 1
    while i < len(ds):
        parts.append(say_pair(ds[i:i + 2], z))
        i += 2
    return " ".join(parts)


def say_hundreds(ds: str, z: str) -> str:
    if len(ds) == 3 and ds[0] != "0":
        if ds[1:] == "00":
            return DW[int(ds[0])] + " hundred"
        if ds[1] != "0":
            return DW[int(ds[0])] + " hundred and " + say_pair(ds[1:], z)
        return DW[int(ds[0])] + " hundred and " + DW[int(ds[2])]
    return say_pairs(ds, z)


def say(ds: str, rng: random.Random, style: str | None = None, z: str | None = None,
        homophones: bool = False) -> str:
    z = z or zw(rng)
    style = style or rng.choice(["single", "single", "doubles", "pairs", "mixed"])
    if style == "single":
        txt = say_single(ds, z)
    elif style == "doubles":
        txt = say_doubles(ds, z)
    elif style == "pairs":
        txt = say_pairs(ds, z)
    elif style == "hundreds":
        txt = say_hundreds(ds, z)
    else:
        txt = " ".join(rng.choice([say_single, say_doubles, say_pairs])(g, z)
                       for g in [ds[i:i + 4] for i in range(0, len(ds), 4)])
    if homophones:
        ws = txt.split()
        for k, w in enumerate(ws):
            if w == "four" and rng.random() < 0.5:
                ws[k] = "for"
            elif w == "two" and rng.random() < 0.5:
                ws[k] = rng.choice(["to", "too"])
            elif w == "eight" and rng.random() < 0.3:
                ws[k] = "ate"
            elif w == "one" and rng.random() < 0.2:
                ws[k] = "won"
        txt = " ".join(ws)
    if normalize(txt) != ds:
        txt = say_single(ds, z)
    assert normalize(txt) == ds, (ds, txt)
    return txt


def say_letter(c: str, rng: random.Random, mode: str) -> str:
    if mode == "nato":
        return c.lower() + rng.choice([" for ", " for ", " as in "]) + NATO_W[c]
    if mode == "natoonly":
        return NATO_W[c]
    if mode == "homo" and c in LETTER_SAY:
        return LETTER_SAY[c]
    return c.lower()


# ----------------------------------------------------------------------------
# case builder
class Case:
    def __init__(self, kind: str, note: str):
        self.kind = kind
        self.note = note
        self.turns: list[tuple[str, list]] = []
        self.groups: dict[str, tuple[str, str]] = {}

    def g(self, key: str, typ: str, expected: str) -> None:
        self.groups[key] = (typ, expected)

    def a(self, *segs) -> "Case":
        self.turns.append(("agent", list(segs)))
        return self

    def c(self, *segs) -> "Case":
        self.turns.append(("customer", list(segs)))
        return self

    def build(self, cid: str) -> tuple[dict, list]:
        turns = []
        spans = []
        meta = []
        for ti, (spk, segs) in enumerate(self.turns):
            buf = ""
            for s in segs:
                if isinstance(s, str):
                    buf += s
                else:
                    txt, typ, key = s
                    spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(txt), "type": typ})
                    meta.append(key)
                    buf += txt
            turns.append({"speaker": spk, "text": buf})
        obj = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return obj, meta


def V(txt: str, typ: str, key: str):
    return (txt, typ, key)


# ----------------------------------------------------------------------------
# typed formatters
def fmt_card_typed(num: str, rng: random.Random) -> str:
    gs = card_groups(num)
    st = rng.choice(["space", "space", "dash", "none", "dot", "mixed", "spaces2"])
    if st == "space":
        return " ".join(gs)
    if st == "dash":
        return "-".join(gs)
    if st == "none":
        return num
    if st == "dot":
        return ".".join(gs)
    if st == "spaces2":
        return "  ".join(gs)
    out = gs[0]
    for g in gs[1:]:
        out += rng.choice([" ", "-", " - ", "/"]) + g
    return out


def fmt_ssn_typed(s: str, rng: random.Random) -> str:
    st = rng.choice(["dash", "dash", "space", "none", "dot", "slash"])
    a, b, c = s[:3], s[3:5], s[5:]
    return {"dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "none": s,
            "dot": f"{a}.{b}.{c}", "slash": f"{a}/{b}/{c}"}[st]


def fmt_ni_typed(s: str, rng: random.Random) -> str:
    st = rng.choice(["compact", "spaced", "spaced", "lower", "dash", "lowerspaced", "mixed"])
    p, d, x = s[:2], s[2:8], s[8]
    if st == "compact":
        return s
    if st == "spaced":
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {x}"
    if st == "lower":
        return s.lower()
    if st == "dash":
        return f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{x}"
    if st == "lowerspaced":
        return f"{p.lower()} {d} {x.lower()}"
    return f"{p}{d[:2]} {d[2:4]} {d[4:]}{x}"


def say_ni(s: str, rng: random.Random) -> str:
    mode = rng.choice(["plain", "nato", "homo", "plain", "natoonly"])
    z = zw(rng)
    p = " ".join(say_letter(c, rng, mode) for c in s[:2])
    d = say(s[2:8], rng, rng.choice(["single", "pairs", "doubles", "single"]), z)
    x = say_letter(s[8], rng, rng.choice([mode, "plain"]))
    return f"{p} {d} {x}"


# ----------------------------------------------------------------------------
NAMES = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kevin", "fatima", "owen",
         "grace", "daniel", "niamh", "marcus", "chloe", "pedro", "hannah", "ravi"]
SURN = ["walsh", "okafor", "patel", "nguyen", "murphy", "kowalski", "brennan", "hughes",
        "fernandez", "campbell", "oconnor", "schmidt", "dubois", "reilly", "jones", "khan"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("hotmail", "com"), ("outlook", "ie"),
           ("icloud", "com"), ("btinternet", "com"), ("eircom", "net"), ("protonmail", "com"),
           ("web", "de"), ("aol", "com")]
STREETS = ["elm", "station", "church", "mill", "kings", "victoria", "maple", "oak", "high",
           "park", "willow", "chestnut", "meadow", "harbour", "brook", "cedar", "larch", "orchard"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "way", "crescent", "court", "terrace"]
UK_PC = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EH1 2NG", "LS6 3BT",
         "G12 8QQ", "BS8 4RE", "CF10 3AT", "NE1 7RU", "L18 2HQ", "OX4 1DA", "BT9 5BN",
         "KT22 7HL", "SE15 4QR", "N16 0AS", "W5 2TP", "EC1V 9HX", "PL4 8AA"]
INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "government services"]


def uk_pc_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", s))


def validate(typ: str, expected: str, got: str) -> str | None:
    if typ == "EMAIL":
        if not ("@" in got or " at " in f" {got.lower()} "):
            return "email without at"
        return None
    if typ == "ADDRESS":
        if not re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b", got.lower()):
            return "address without number"
        if not any(w in got.lower() for w in SUFFIX + ["st", "rd", "ave"]):
            return "address without street type"
        return None
    norm = normalize(got)
    if norm != expected:
        return f"normalized {norm!r} != expected {expected!r}"
    if typ == "CARD_NUMBER":
        ok = expected.isdigit() and 13 <= len(expected) <= 19 and luhn_ok(expected)
    elif typ == "CVV":
        ok = expected.isdigit() and len(expected) in (3, 4)
    elif typ == "EXPIRY":
        ok = bool(re.fullmatch(r"(0[1-9]|1[0-2])(\d\d|20\d\d)", expected))
    elif typ == "SSN":
        ok = expected.isdigit() and len(expected) == 9 and expected[:3] not in ("000", "666") \
            and expected[0] != "9" and expected[3:5] != "00" and expected[5:] != "0000"
    elif typ == "NI_NUMBER":
        ok = ni_ok(expected)
    elif typ == "BANK_ACCOUNT":
        ok = expected.isdigit() and 8 <= len(expected) <= 12
    elif typ == "SORT_CODE":
        ok = expected.isdigit() and len(expected) == 6
    elif typ == "IBAN":
        ok = iban_ok(expected)
    elif typ == "PHONE":
        ok = expected.isdigit() and 10 <= len(expected) <= 13
    elif typ == "DOB":
        ok = expected.isdigit() and len(expected) in (6, 8)
    elif typ == "POSTCODE":
        ok = uk_pc_ok(expected) or bool(re.fullmatch(r"\d{5}(\d{4})?", expected))
    elif typ == "PART":
        ok = True
    else:
        ok = False
    return None if ok else f"invalid {typ} value {expected!r}"


# ----------------------------------------------------------------------------
# positive templates
def fil(rng: random.Random) -> str:
    return rng.choice(["um", "uh", "er", "erm", "hang on", "let me see", "hold on", "bear with me"])


def pos_card(rng: random.Random, i: int) -> Case:
    num = make_card(rng)
    ind = rng.choice(INDUSTRY)
    v = i % 12
    if v == 11:
        cs = Case("positive", f"call/{ind}: ASR output mixing numerals and spelled digits inside one card number")
        cs.g("k", "CARD_NUMBER", num)
        z = zw(rng)
        parts = [g if rng.random() < .5 else say(g, rng, rng.choice(["single", "doubles", "pairs"]), z) for g in card_groups(num)]
        cs.a("and the card number please")
        cs.c("yeah that's ", V(" ".join(parts), "CARD_NUMBER", "k"), rng.choice(["", " okay", " and it's a debit card"]))
        return cs
    if v == 10:
        cs = Case("positive", f"call/{ind}: card spoken in three-digit chunks with hundreds (four hundred and twelve)")
        cs.g("k", "CARD_NUMBER", num)
        z = zw(rng)
        chunks = [num[j:j + 3] for j in range(0, len(num), 3)]
        segs: list = ["yeah it's "]
        for ci, ch in enumerate(chunks):
            segs.append(V(say(ch, rng, "hundreds", z), "CARD_NUMBER", "k"))
            if ci < len(chunks) - 1:
                segs.append(rng.choice([" ", " ", " then ", " and then "]))
        cs.a("whenever you're ready with the card number")
        cs.c(*segs)
        return cs
    if v == 0:
        cs = Case("positive", f"chat/{ind}: card typed with separators amid chit-chat")
        cs.g("k", "CARD_NUMBER", num)
        cs.c(rng.choice(["hiya ", "Hi there, ", "hello! ", ""]),
             "can u take payment now? card no is ", V(fmt_card_typed(num, rng), "CARD_NUMBER", "k"),
             rng.choice([" thx", ", exp on the back", " - the bill was 42.50", ". cheers"]))
        return cs
    if v == 1:
        cs = Case("positive", f"call/{ind}: card spoken in one turn with mixed digit styles")
        cs.g("k", "CARD_NUMBER", num)
        cs.a("okay and the long number across the front please")
        cs.c(rng.choice(["yeah it's ", "okay so it's ", "right ", "its "]),
             V(say(num, rng, rng.choice(["single", "doubles", "mixed"]), homophones=rng.random() < 0.4),
               "CARD_NUMBER", "k"))
        return cs
    if v == 2:
        cs = Case("positive", f"call/{ind}: card split over customer turns with agent back-channels")
        cs.g("k", "CARD_NUMBER", num)
        z = zw(rng)
        cs.a("go ahead with the card number when you're ready")
        gs = card_groups(num)
        for gi, gp in enumerate(gs):
            pre = rng.choice(["", "", "right ", "okay ", "then "]) if gi else rng.choice(["it's ", "okay "])
            cs.c(pre, V(say(gp, rng, rng.choice(["single", "doubles", "pairs"]), z), "CARD_NUMBER", "k"))
            if gi < len(gs) - 1:
                cs.a(rng.choice(["mhm", "okay go on", "yep", "got that", "uh huh", "and the next four"]))
        cs.a("lovely thank you")
        return cs
    if v == 3:
        cs = Case("positive", f"call/{ind}: card read in pairs (forty one eleven style) by customer")
        cs.g("k", "CARD_NUMBER", num)
        cs.a("can i take the long number on the card please")
        cs.c("yep ", V(say(num, rng, "pairs"), "CARD_NUMBER", "k"), " and that's a visa debit")
        return cs
    if v == 4:
        cs = Case("positive", f"call/{ind}: card with filler and self-correction of one group, corrected group also labelled")
        gs = card_groups(num)
        k = rng.randrange(1, len(gs))
        wrong = gs[k][::-1] if gs[k][::-1] != gs[k] else str((int(gs[k]) + 1) % 10 ** len(gs[k])).zfill(len(gs[k]))
        z = zw(rng)
        cs.g("k", "CARD_NUMBER", num)
        cs.g("w", "PART", wrong)
        cs.a("and the card number")
        segs: list = ["it's "]
        segs.append(V(say("".join(gs[:k]), rng, "single", z), "CARD_NUMBER", "k"))
        segs.append(" ")
        segs.append(V(say(wrong, rng, "single", z), "CARD_NUMBER", "w"))
        segs.append(rng.choice([" no sorry ", " oh no wait ", " sorry i mean ", " no no "]))
        segs.append(V(say("".join(gs[k:]), rng, "single", z), "CARD_NUMBER", "k"))
        cs.c(*segs)
        return cs
    if v == 5:
        cs = Case("positive", f"call/{ind}: card given by customer then read back by agent, both labelled")
        cs.g("k", "CARD_NUMBER", num)
        cs.g("r", "CARD_NUMBER", num)
        z = zw(rng)
        cs.c("the card is ", V(say(num, rng, "single", z), "CARD_NUMBER", "k"))
        cs.a("let me just read that back ", V(say(num, rng, rng.choice(["doubles", "single"]), z), "CARD_NUMBER", "r"), " is that right")
        cs.c("yes that's it")
        return cs
    if v == 6:
        cs = Case("positive", f"call/{ind}: card with filler words between digit groups (spans split around filler)")
        cs.g("k", "CARD_NUMBER", num)
        gs = card_groups(num)
        z = zw(rng)
        cs.a("what's the card number please")
        segs = ["so "]
        for gi, gp in enumerate(gs):
            segs.append(V(say(gp, rng, "single", z), "CARD_NUMBER", "k"))
            if gi < len(gs) - 1:
                segs.append(" " + fil(rng) + " " if gi % 2 == 0 else " ")
        cs.c(*segs)
        return cs
    if v == 7:
        cs = Case("positive", f"chat/{ind}: card typed across two chat messages")
        cs.g("k", "CARD_NUMBER", num)
        cut = rng.choice([4, 8, 12]) if len(num) >= 16 else 4
        cs.a("Please enter your card number in the chat.")
        cs.c(V(" ".join(card_groups(num[:cut])) if rng.random() < .5 else num[:cut], "CARD_NUMBER", "k"))
        cs.c(V(" ".join(card_groups(num)[cut // 4:]) if len(num) in (16, 19) else num[cut:], "CARD_NUMBER", "k"),
             rng.choice(["", " sorry hit enter too soon", " (thats the rest)"]))
        return cs
    if v == 8:
        cs = Case("positive", f"call/{ind}: card spoken alongside amount and CVV in the same turn")
        cvv = rdig(rng, 4 if len(num) == 15 else 3, False)
        cs.g("k", "CARD_NUMBER", num)
        cs.g("c", "CVV", cvv)
        z = zw(rng)
        cs.a("how much would you like to pay today")
        cs.c("forty pounds please and the card is ", V(say(num, rng, "mixed", z), "CARD_NUMBER", "k"),
             " and the code on the back is ", V(say(cvv, rng, "single", z), "CVV", "c"))
        return cs
    cs = Case("positive", f"chat/{ind}: card typed with typos in context words, number with odd separators")
    cs.g("k", "CARD_NUMBER", num)
    gs = card_groups(num)
    txt = gs[0] + "_" + "_".join(gs[1:]) if rng.random() < .5 else ", ".join(gs)
    cs.c(rng.choice(["my crd number: ", "card nmber is ", "CARD: ", "the card # "]), V(txt, "CARD_NUMBER", "k"))
    return cs


def pos_ssn(rng: random.Random, i: int) -> Case:
    s = make_ssn(rng)
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government services", "telecom", "utilities"])
    v = i % 11
    cs = Case("positive", "")
    cs.g("k", "SSN", s)
    z = zw(rng)
    if v == 10:
        cs.note = f"call/{ind}: ASR output with numerals for part of the SSN and words for the rest"
        a, b, c = s[:3], s[3:5], s[5:]
        t = rng.choice([f"{a} {b} {say(c, rng, 'pairs', z)}", f"{say(a, rng, 'single', z)} {b} {c}", f"{a} {say(b, rng, 'single', z)} {c[:2]} {c[2:]}"])
        cs.a("can you verify the social on the account")
        cs.c("sure it's ", V(t, "SSN", "k"))
    elif v == 9:
        cs.note = f"chat/{ind}: SSN glued to its label or with spaced dashes"
        t = rng.choice([f"{s[:3]} - {s[3:5]} - {s[5:]}", s, f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]}-{s[5:]}"])
        cs.c(rng.choice(["SSN#", "ssn:", "Social-", "SS# "]), V(t, "SSN", "k"),
             rng.choice([" dob to follow", "", " / acct ending 4471"]))
    elif v == 0:
        cs.note = f"chat/{ind}: US SSN typed with separators"
        cs.a("To verify, could you provide your Social Security number?")
        cs.c(rng.choice(["sure its ", "SSN ", "ok: ", "yes - "]), V(fmt_ssn_typed(s, rng), "SSN", "k"))
    elif v == 1:
        cs.note = f"call/{ind}: SSN spoken digit by digit"
        cs.a("and your social security number")
        cs.c("it's ", V(say(s, rng, rng.choice(["single", "doubles"]), z, homophones=rng.random() < .4), "SSN", "k"))
    elif v == 2:
        cs.note = f"call/{ind}: SSN split 3-2-4 across turns with back-channels"
        cs.a("can i get your social please")
        cs.c("sure ", V(say(s[:3], rng, rng.choice(["single", "hundreds"]), z), "SSN", "k"))
        cs.a(rng.choice(["mhm", "okay", "yep go on"]))
        cs.c(V(say(s[3:5], rng, rng.choice(["single", "pairs"]), z), "SSN", "k"))
        cs.a(rng.choice(["uh huh", "okay", "and the last four"]))
        cs.c(V(say(s[5:], rng, rng.choice(["single", "pairs", "doubles"]), z), "SSN", "k"))
    elif v == 3:
        cs.note = f"call/{ind}: SSN in pairs/hundreds grouping (one twenty three forty five ...)"
        cs.a("and for security the social")
        cs.c("yeah ", V(say(s[:3], rng, "hundreds", z), "SSN", "k"), " ", V(say(s[3:5], rng, "pairs", z), "SSN", "k"),
             " ", V(say(s[5:], rng, "pairs", z), "SSN", "k"))
    elif v == 4:
        cs.note = f"call/{ind}: SSN given then read back by agent, both labelled"
        cs.g("r", "SSN", s)
        cs.c("my social is ", V(say(s, rng, "single", z), "SSN", "k"))
        cs.a("thank you so that's ", V(say(s, rng, "doubles", z), "SSN", "r"), " correct")
        cs.c("correct")
    elif v == 5:
        cs.note = f"call/{ind}: SSN with self-correction; wrong group labelled too"
        wrong = s[3:5][::-1] if s[3] != s[4] else ("%02d" % ((int(s[3:5]) + 1) % 100))
        cs.g("w", "PART", wrong)
        cs.a("social security number please")
        cs.c(V(say(s[:3], rng, "single", z), "SSN", "k"), " ", V(say(wrong, rng, "single", z), "SSN", "w"),
             rng.choice([" no sorry ", " wait no ", " sorry scratch that "]),
             V(say(s[3:], rng, "single", z), "SSN", "k"))
    elif v == 6:
        cs.note = f"chat/{ind}: SSN typed without separators in a sentence with a dollar amount and a date"
        cs.c("i was charged $" + str(rng.randint(20, 400)) + ".00 on the 3rd, my ssn is ",
             V(s if rng.random() < .5 else fmt_ssn_typed(s, rng), "SSN", "k"), " if u need it")
    elif v == 7:
        cs.note = f"call/{ind}: SSN with fillers between groups (spans split around filler)"
        cs.a("could you confirm the social")
        cs.c(V(say(s[:3], rng, "single", z), "SSN", "k"), " " + fil(rng) + " ",
             V(say(s[3:5], rng, "single", z), "SSN", "k"), " ", fil(rng), " ",
             V(say(s[5:], rng, "single", z), "SSN", "k"))
    else:
        cs.note = f"call/{ind}: SSN and DOB in the same turn"
        yy = rng.randint(1950, 2001)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        dob = f"{MONTHS[m - 1]} {ordinal_words(d)} {say_pairs(str(yy), 'oh')}"
        cs.g("d", "DOB", normalize(dob))
        cs.a("i need your social and date of birth")
        cs.c("social is ", V(say(s, rng, "single", z), "SSN", "k"), " and i was born ", V(dob, "DOB", "d"))
    return cs


def pos_ni(rng: random.Random, i: int) -> Case:
    s = make_ni(rng)
    ind = rng.choice(["government services", "banking", "insurance", "utilities", "healthcare billing", "telecom"])
    v = i % 9
    if v == 8:
        s = rng.choice("ABCEGHJKLMNPRSTWXY") * 2 + s[2:]
    cs = Case("positive", "")
    cs.g("k", "NI_NUMBER", s)
    z = zw(rng)
    if v == 8:
        cs.note = f"call/{ind}: NI number with doubled prefix letter ('double a') and digit doubles"
        cs.a("and can i take your national insurance number")
        cs.c("yeah ", V("double " + s[0].lower() + " " + say(s[2:8], rng, "doubles", z), "NI_NUMBER", "k"),
             rng.choice([" and then ", " "]), V(say_letter(s[8], rng, rng.choice(["plain", "nato"])), "NI_NUMBER", "k"))
    elif v == 0:
        cs.note = f"chat/{ind}: NI number typed in varied case and spacing"
        cs.a("Can you confirm your National Insurance number?")
        cs.c(rng.choice(["yep its ", "NI no. ", "ni number - ", "sure: "]), V(fmt_ni_typed(s, rng), "NI_NUMBER", "k"))
    elif v == 1:
        cs.note = f"call/{ind}: NI number spoken with letters (plain, NATO or letter-name homophones)"
        cs.a("and your national insurance number please")
        cs.c("yeah it's ", V(say_ni(s, rng), "NI_NUMBER", "k"))
    elif v == 2:
        cs.note = f"call/{ind}: NI number split letters / digits / suffix across turns"
        cs.a("what's your national insurance number")
        mode = rng.choice(["plain", "nato", "homo"])
        cs.c("it's ", V(" ".join(say_letter(c, rng, mode) for c in s[:2]), "NI_NUMBER", "k"))
        cs.a(rng.choice(["mhm", "okay", "yep"]))
        cs.c(V(say(s[2:8], rng, rng.choice(["pairs", "single", "doubles"]), z), "NI_NUMBER", "k"))
        cs.a(rng.choice(["and the letter at the end", "okay and the last letter"]))
        cs.c(V(say_letter(s[8], rng, mode), "NI_NUMBER", "k"))
    elif v == 3:
        cs.note = f"call/{ind}: NI number in pairs (twelve thirty four fifty six) with NATO letters"
        cs.a("could i take your n i number")
        cs.c(V(say_letter(s[0], rng, "nato") + " " + say_letter(s[1], rng, "nato") + " " + say(s[2:8], rng, "pairs", z)
               + " " + say_letter(s[8], rng, "plain"), "NI_NUMBER", "k"))
    elif v == 4:
        cs.note = f"call/{ind}: NI number read back by agent, both labelled"
        cs.g("r", "NI_NUMBER", s)
        cs.c("national insurance is ", V(say_ni(s, rng), "NI_NUMBER", "k"))
        cs.a("so that's ", V(say_letter(s[0], rng, "nato") + " " + say_letter(s[1], rng, "nato") + " "
                           + say(s[2:8], rng, "doubles", z) + " " + say_letter(s[8], rng, "nato"), "NI_NUMBER", "r"), " yes")
        cs.c("that's right")
    elif v == 5:
        cs.note = f"call/{ind}: NI number with fillers between parts (spans split around filler)"
        cs.a("and your national insurance number")
        cs.c(V(" ".join(say_letter(c, rng, "plain") for c in s[:2]), "NI_NUMBER", "k"), " " + fil(rng) + " ",
             V(say(s[2:5], rng, "single", z), "NI_NUMBER", "k"), " ", fil(rng), " ",
             V(say(s[5:8], rng, "single", z) + " " + say_letter(s[8], rng, "plain"), "NI_NUMBER", "k"))
    elif v == 6:
        cs.note = f"chat/{ind}: NI typed in a message with an amount and a reference"
        cs.c("Hi, payment of £" + str(rng.randint(10, 900)) + " for ref 4471 not showing. NI: ",
             V(fmt_ni_typed(s, rng), "NI_NUMBER", "k"), rng.choice(["", " thanks", ". Regards"]))
    else:
        cs.note = f"call/{ind}: NI number with a self-corrected suffix letter; wrong letter labelled too"
        wrong = rng.choice([c for c in "ABCD" if c != s[8]])
        cs.g("w", "PART", wrong)
        cs.a("national insurance number please")
        cs.c(V(" ".join(say_letter(c, rng, "plain") for c in s[:2]) + " " + say(s[2:8], rng, "single", z), "NI_NUMBER", "k"),
             " ", V(say_letter(wrong, rng, "plain"), "NI_NUMBER", "w"), " no sorry ",
             V(say_letter(s[8], rng, "nato"), "NI_NUMBER", "k"))
    return cs


def make_phone(rng: random.Random) -> tuple[str, str, str]:
    """returns (digits, typed form, country)"""
    k = rng.choice(["ukmob", "uklon", "us", "ie", "ukintl", "usintl", "ieintl", "de"])
    if k == "ukmob":
        d = "07" + rdig(rng, 9, False)
        return d, rng.choice([f"{d[:5]} {d[5:]}", d, f"{d[:5]}-{d[5:8]}-{d[8:]}"]), "UK"
    if k == "uklon":
        d = "020" + rng.choice("378") + rdig(rng, 7, False)
        return d, rng.choice([f"{d[:3]} {d[3:7]} {d[7:]}", f"({d[:3]}) {d[3:7]} {d[7:]}"]), "UK"
    if k == "us":
        d = rng.choice("2345678") + rdig(rng, 2, False) + rng.choice("2345678") + rdig(rng, 6, False)
        return d, rng.choice([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"]), "US"
    if k == "ie":
        d = "08" + rng.choice("35679") + rdig(rng, 7, False)
        return d, rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d]), "IE"
    if k == "ukintl":
        d = "447" + rdig(rng, 9, False)
        return d, rng.choice([f"+{d[:2]} {d[2:6]} {d[6:]}", f"+{d}", f"+{d[:2]}-{d[2:6]}-{d[6:]}"]), "UK"
    if k == "usintl":
        d = "1" + rng.choice("2345678") + rdig(rng, 9, False)
        return d, f"+1 {d[1:4]} {d[4:7]} {d[7:]}", "US"
    if k == "ieintl":
        d = "3538" + rng.choice("35679") + rdig(rng, 7, False)
        return d, f"+353 {d[3:5]} {d[5:8]} {d[8:]}", "IE"
    d = "491" + rng.choice("567") + rdig(rng, 8, False)
    return d, f"+49 {d[2:5]} {d[5:]}", "DE"


def pos_other(rng: random.Random, typ: str, i: int) -> Case:
    z = zw(rng)
    ind = rng.choice(INDUSTRY)
    cs = Case("positive", "")
    if typ == "PHONE":
        d, typed, ctry = make_phone(rng)
        cs.g("k", "PHONE", d.lstrip("0") if False else d)
        if i % 3 == 0:
            cs.note = f"chat/{ind}: {ctry} phone typed"
            cs.c("you can call me back on ", V(typed, "PHONE", "k"), rng.choice([" after 5pm", " any time", ""]))
        elif i % 3 == 1:
            cs.note = f"call/{ind}: {ctry} phone spoken with doubles/triples"
            spoken = say(d, rng, rng.choice(["doubles", "single", "mixed"]), z)
            if typed.startswith("+") and rng.random() < .6:
                spoken = "plus " + spoken
            cs.a("best contact number for you")
            cs.c("it's ", V(spoken, "PHONE", "k"), " that's my mobile")
        else:
            cs.note = f"call/{ind}: {ctry} phone split over turns"
            cut = rng.choice([4, 5, 6])
            cs.a("and a phone number")
            cs.c(V(say(d[:cut], rng, "single", z), "PHONE", "k"))
            cs.a("mhm")
            cs.c(V(say(d[cut:], rng, rng.choice(["doubles", "single", "pairs"]), z), "PHONE", "k"))
        return cs
    if typ == "EMAIL":
        f, l = rng.choice(NAMES), rng.choice(SURN)
        dom, tld = rng.choice(DOMAINS)
        num = str(rng.randint(1, 99)) if rng.random() < .5 else ""
        sep = rng.choice([".", "_", ""])
        if i % 2 == 0:
            cs.note = f"chat/{ind}: email typed"
            em = f"{f}{sep}{l}{num}@{dom}.{tld}"
            if rng.random() < .3:
                em = em.upper() if rng.random() < .5 else em.capitalize()
            cs.g("k", "EMAIL", em)
            cs.c("pls send the receipt to ", V(em, "EMAIL", "k"), rng.choice([" thanks", "", " not the old one"]))
        else:
            cs.note = f"call/{ind}: email spoken (dot/at/underscore words)"
            sepw = {".": " dot ", "_": " underscore ", "": " "}[sep]
            numw = " " + say_pairs(num, "oh") if num else ""
            first = f if rng.random() < .6 else f[0]
            em = f"{first}{sepw}{l}{numw} at {dom} dot {tld.replace('.', ' dot ')}"
            cs.g("k", "EMAIL", em)
            cs.a("what email address shall we use")
            cs.c("it's ", V(em, "EMAIL", "k"))
        return cs
    if typ == "ADDRESS":
        n = rng.randint(1, 240)
        st = rng.choice(STREETS).capitalize() + " " + rng.choice(SUFFIX).capitalize()
        cs.g("k", "ADDRESS", "")
        if i % 2 == 0:
            cs.note = f"chat/{ind}: street address typed"
            a = f"{n} {st}" if rng.random() < .6 else f"Flat {rng.randint(1, 12)}, {n} {st}"
            cs.c("new address is ", V(a, "ADDRESS", "k"), rng.choice([", Leeds", ", Cork", " apt 2", ""]))
        else:
            cs.note = f"call/{ind}: street address spoken, number in words"
            a = (say_hundreds(str(n), "oh") if n >= 100 and rng.random() < .5 else
                 (say_pair(str(n), "oh") if n >= 10 and n < 100 else say_pairs(str(n), "oh"))) + " " + st.lower()
            cs.a("first line of the address")
            cs.c("it's ", V(a, "ADDRESS", "k"))
        return cs
    if typ == "POSTCODE":
        if i % 2 == 0:
            pc = rng.choice(UK_PC)
            cs.g("k", "POSTCODE", pc.replace(" ", ""))
            if i % 4 == 0:
                cs.note = f"chat/{ind}: UK postcode typed"
                cs.c("postcode ", V(pc if rng.random() < .5 else pc.lower().replace(" ", ""), "POSTCODE", "k"))
            else:
                cs.note = f"call/{ind}: UK postcode spoken letter by letter"
                parts = []
                for ch in pc.replace(" ", ""):
                    if ch.isdigit():
                        parts.append(z if ch == "0" else DW[int(ch)])
                    else:
                        parts.append(say_letter(ch, rng, rng.choice(["plain", "nato", "plain"])))
                cs.a("and the postcode")
                cs.c("it's ", V(" ".join(parts), "POSTCODE", "k"))
        else:
            zc = rdig(rng, 5, False)
            zc4 = zc + rdig(rng, 4, False) if rng.random() < .3 else zc
            cs.g("k", "POSTCODE", zc4)
            if i % 4 == 1:
                cs.note = f"chat/{ind}: US ZIP typed"
                cs.c("zip is ", V(zc4 if len(zc4) == 5 else zc4[:5] + "-" + zc4[5:], "POSTCODE", "k"))
            else:
                cs.note = f"call/{ind}: US ZIP spoken"
                cs.a("and the zip code")
                cs.c(V(say(zc4, rng, "single", z), "POSTCODE", "k"))
        return cs
    if typ == "DOB":
        yy = rng.randint(1940, 2004)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        f = i % 4
        if f == 0:
            t = rng.choice([f"{d:02d}/{m:02d}/{yy}", f"{m:02d}-{d:02d}-{yy}", f"{d:02d}.{m:02d}.{yy}", f"{d} {MONTH_SHORT[m - 1]} {yy}"])
            cs.note = f"chat/{ind}: date of birth typed"
            cs.c("DOB ", V(t, "DOB", "k"))
        elif f == 1:
            t = f"the {ordinal_words(d)} of {MONTHS[m - 1]} {say_pairs(str(yy), 'oh')}"[4:]
            cs.note = f"call/{ind}: date of birth spoken with ordinal and year in pairs"
            cs.a("can you confirm your date of birth")
            cs.c("yeah it's the ", V(t, "DOB", "k"))
        elif f == 2:
            t = f"{MONTHS[m - 1]} {ordinal_words(d)} {say_pairs(str(yy)[2:], 'oh')}"
            cs.note = f"call/{ind}: DOB month-first with two-digit year"
            cs.a("and your birthday please")
            cs.c(V(t, "DOB", "k"))
        else:
            t = say("%02d%02d%s" % (d, m, str(yy)[2:]), rng, "pairs", z)
            cs.note = f"call/{ind}: DOB as six digits spoken in pairs"
            cs.a("date of birth")
            cs.c("uh ", V(t, "DOB", "k"))
        cs.g("k", "DOB", normalize(t))
        return cs
    if typ == "EXPIRY":
        m = rng.randint(1, 12)
        y = rng.randint(25, 32)
        f = i % 4
        if f == 0:
            t = rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d} {y}"])
            cs.note = f"chat/{ind}: expiry typed"
            cs.c("expiry ", V(t, "EXPIRY", "k"), " cvv to follow")
        elif f == 1:
            t = f"{MONTHS[m - 1]} twenty {say_pairs(str(y), 'oh')}" if rng.random() < .5 else f"{MONTHS[m - 1]} {say_pairs(str(y), 'oh')}"
            cs.note = f"call/{ind}: expiry as month name"
            cs.a("and the expiry date")
            cs.c(V(t, "EXPIRY", "k"))
        else:
            t = say("%02d%02d" % (m, y), rng, rng.choice(["pairs", "single"]), z)
            cs.note = f"call/{ind}: expiry as spoken digits"
            cs.a("when does the card expire")
            cs.c("it's ", V(t, "EXPIRY", "k"))
        cs.g("k", "EXPIRY", normalize(t))
        return cs
    if typ == "CVV":
        n = 4 if i % 5 == 0 else 3
        c = rdig(rng, n, False)
        cs.g("k", "CVV", c)
        if i % 3 == 0:
            cs.note = f"chat/{ind}: CVV typed"
            cs.c("cvv ", V(c, "CVV", "k"))
        else:
            cs.note = f"call/{ind}: CVV spoken"
            cs.a("and the " + ("four digit code on the front" if n == 4 else "three digit security code on the back"))
            cs.c(rng.choice(["it's ", "", "uh "]), V(say(c, rng, rng.choice(["single", "hundreds", "doubles"]), z), "CVV", "k"))
        return cs
    if typ == "BANK_ACCOUNT":
        n = rng.choice([8, 8, 10, 12])
        acc = rdig(rng, n, False)
        cs.g("k", "BANK_ACCOUNT", acc)
        if i % 3 == 0:
            cs.note = f"chat/{ind}: account number typed"
            cs.c("acc no ", V(acc if rng.random() < .5 else acc[:4] + " " + acc[4:], "BANK_ACCOUNT", "k"))
        elif i % 3 == 1:
            cs.note = f"call/{ind}: account number spoken"
            cs.a("and the account number")
            cs.c(V(say(acc, rng, None, z), "BANK_ACCOUNT", "k"))
        else:
            cs.note = f"call/{ind}: account number split across turns"
            cs.a("account number please")
            cs.c(V(say(acc[:4], rng, "single", z), "BANK_ACCOUNT", "k"))
            cs.a("okay")
            cs.c(V(say(acc[4:], rng, "single", z), "BANK_ACCOUNT", "k"))
        return cs
    if typ == "SORT_CODE":
        sc = rdig(rng, 6, False)
        cs.g("k", "SORT_CODE", sc)
        if i % 3 == 0:
            cs.note = "chat/banking: UK sort code typed"
            cs.c("sort code ", V(rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", f"{sc[:2]} {sc[2:4]} {sc[4:]}", sc]), "SORT_CODE", "k"))
        else:
            cs.note = "call/banking: UK sort code spoken"
            cs.a("and the sort code")
            cs.c(V(say(sc, rng, rng.choice(["pairs", "single", "doubles"]), z), "SORT_CODE", "k"))
        return cs
    if typ == "IBAN":
        ib = make_iban(rng)
        cs.g("k", "IBAN", ib)
        if i % 3 != 2:
            cs.note = f"chat/{ind}: IBAN typed ({ib[:2]})"
            t = " ".join(ib[j:j + 4] for j in range(0, len(ib), 4)) if rng.random() < .6 else ib
            cs.c("please refund to IBAN ", V(t if rng.random() < .8 else ib.lower(), "IBAN", "k"))
        else:
            cs.note = f"call/{ind}: IBAN spoken ({ib[:2]})"
            parts = []
            for ch in ib:
                parts.append((z if ch == "0" else DW[int(ch)]) if ch.isdigit() else say_letter(ch, rng, "plain"))
            cs.a("and your iban")
            cs.c(V(" ".join(parts), "IBAN", "k"))
        return cs
    raise ValueError(typ)


def pos_combo(rng: random.Random, i: int) -> Case:
    """bank details: sort code + account, or card + expiry + cvv in one call"""
    z = zw(rng)
    cs = Case("positive", "")
    if i % 2 == 0:
        sc, acc = rdig(rng, 6, False), rdig(rng, 8, False)
        cs.g("s", "SORT_CODE", sc)
        cs.g("a", "BANK_ACCOUNT", acc)
        cs.note = "call/banking: sort code and account in one turn with a direct debit amount"
        cs.a("for the direct debit of thirty two fifty a month i need your bank details")
        cs.c("sort code ", V(say(sc, rng, "pairs", z), "SORT_CODE", "s"), " and account ", V(say(acc, rng, "single", z), "BANK_ACCOUNT", "a"))
    else:
        num = make_card(rng)
        m, y = rng.randint(1, 12), rng.randint(26, 31)
        cvv = rdig(rng, 4 if len(num) == 15 else 3, False)
        ex = f"{say_pair('%02d' % m, z)} {say_pair(str(y), z)}"
        cs.g("k", "CARD_NUMBER", num)
        cs.g("e", "EXPIRY", "%02d%02d" % (m, y))
        cs.g("c", "CVV", cvv)
        cs.note = "call/retail: card, expiry and cvv over several turns"
        cs.a("card number please")
        cs.c(V(say(num, rng, "mixed", z), "CARD_NUMBER", "k"))
        cs.a("and the expiry")
        cs.c(V(ex, "EXPIRY", "e"))
        cs.a("and the last three digits on the back" if len(num) != 15 else "and the four digit code")
        cs.c(V(say(cvv, rng, "single", z), "CVV", "c"))
    return cs


# ----------------------------------------------------------------------------
# negatives
def neg(rng: random.Random, i: int) -> Case:
    z = zw(rng)
    v = i % 31
    r = rng.randint
    money = lambda: f"{say_hundreds(str(r(101, 999)), z)} pounds {say_pair(str(r(11, 99)), z)}"
    T = {
        0: ("call/retail: price and quantity", [("a", f"that comes to {money()} for {DW[r(2, 9)]} items"), ("c", "okay that's fine")]),
        1: ("call/travel: flight number and departure time", [("c", f"i'm on flight b a {say(str(r(100, 999)), rng, 'hundreds', z)} leaving at {say_pair(str(r(10, 12)), z)} {say_pair(str(r(11, 59)), z)}"), ("a", "okay let me check that flight")]),
        2: ("chat/retail: order number with reference word (8 digits)", [("c", f"where is my order? order number {rdig(rng, 8)}"), ("a", "Let me look that up for you.")]),
        3: ("call/utilities: meter reading spoken digit by digit", [("a", "can you read me the meter"), ("c", f"the meter reading is {say(rdig(rng, 5), rng, 'single', z)}")]),
        4: ("call/telecom: broadband speed and contract length", [("c", f"i was promised {say_hundreds(str(r(1, 9) * 100), z)} megabits and i'm getting about {say_pair(str(r(11, 60)), z)}"), ("a", f"and you're {say_pair(str(r(12, 24)), z)} months into a {say_pair('24', z)} month contract")]),
        5: ("chat/banking: account balance and pending payment date", [("a", f"Your balance is £{r(100, 9999)}.{r(10, 99)} and a payment of £{r(10, 99)}.00 is due on {r(1, 28)} {MONTH_SHORT[r(0, 11)]}."), ("c", "ok thanks")]),
        6: ("call/insurance: claim number with reference word", [("a", "do you have your claim reference"), ("c", f"yes the claim number is {say(rdig(rng, 9), rng, 'single', z)}")]),
        7: ("call/healthcare billing: appointment date and time, not a birth date", [("a", f"your appointment is on the {ordinal_words(r(1, 28))} of {MONTHS[r(0, 11)]} at {DW[r(1, 9)]} thirty"), ("c", "great thank you")]),
        8: ("call/travel: hotel room number and number of nights", [("c", f"i'm in room {say(str(r(101, 999)), rng, 'hundreds', z)} staying {DW[r(2, 9)]} nights"), ("a", "okay i'll note that")]),
        9: ("chat/retail: model number and price", [("c", f"Is the KX-{r(100, 999)}0 in stock? It says ${r(100, 999)}.99 online"), ("a", "Yes we have 14 in stock.")]),
        10: ("call/government services: percentages and years", [("a", f"the rate went up {say_pair(str(r(11, 40)), z)} percent in {say_pairs(str(r(2015, 2024)), z)}"), ("c", "that's a lot")]),
        11: ("call/utilities: temperature and duration", [("c", f"the boiler's been off {say_pair(str(r(11, 72)), z)} hours and it's {DW[r(2, 9)]} degrees in here"), ("a", "sorry to hear that")]),
        12: ("chat/telecom: ticket number with reference word (10 digits)", [("c", f"Ticket #{rdig(rng, 10)} still not resolved after {r(2, 9)} days"), ("a", "I'm sorry about that, let me check.")]),
        13: ("call/insurance: age and contract start date", [("c", f"i'm {say_pair(str(r(21, 89)), z)} and the policy started on the {ordinal_words(r(1, 28))} of {MONTHS[r(0, 11)]} last year"), ("a", "okay")]),
        14: ("call/banking: invoice number read with pairs", [("a", "what's the invoice number"), ("c", f"invoice {say(rdig(rng, 6), rng, 'pairs', z)}")]),
        15: ("chat/retail: quantities, sizes and counts", [("c", f"I ordered {r(2, 9)} pairs size {r(5, 12)} and got {r(1, 4)}, order total £{r(20, 200)}.{r(10, 99)}"), ("a", "Thanks, I'll raise it.")]),
        16: ("call/travel: booking reference letters and digits (not PII)", [("a", "booking reference please"), ("c", f"booking reference {say_letter(rng.choice('KLMPRT'), rng, 'nato')} {say(rdig(rng, 6), rng, 'single', z)}")]),
        17: ("call/telecom: data usage and bill amount", [("c", f"i used {say_pair(str(r(11, 99)), z)} gig and the bill was {money()}"), ("a", "let me see why")]),
        18: ("chat/utilities: meter reading typed with units", [("c", f"Meter read today: {rdig(rng, 5)} kWh, last was {rdig(rng, 5)}"), ("a", "Thanks, submitted.")]),
        19: ("call/banking: payment date and amount, spoken", [("c", f"i paid {money()} on the {ordinal_words(r(1, 28))} of {MONTHS[r(0, 11)]}"), ("a", "i can see that payment")]),
        20: ("call/government services: case reference with reference word", [("a", "have you got the case reference"), ("c", f"yeah case reference {say(rdig(rng, 7), rng, 'doubles', z)}")]),
        21: ("chat/travel: flight, gate and seat", [("c", f"Flight EI{r(100, 999)} gate {r(1, 40)}B seat {r(1, 40)}C delayed {r(2, 5)} hrs"), ("a", "Apologies for the delay.")]),
        22: ("call/retail: hold time and counts", [("c", f"i've been on hold {say_pair(str(r(20, 59)), z)} minutes and called {DW[r(3, 9)]} times"), ("a", "i do apologise")]),
        23: ("call/insurance: vehicle year, mileage and excess", [("c", f"it's a {say_pairs(str(r(2008, 2023)), z)} model with {say_pair(str(r(20, 99)), z)} thousand miles"), ("a", f"the excess is {say_hundreds(str(r(1, 5) * 100), z)} pounds")]),
        24: ("chat/healthcare billing: invoice number and amount due", [("a", f"Invoice INV-{rdig(rng, 7)} shows ${r(50, 900)}.{r(10, 99)} due by {r(1, 12)}/{r(1, 28)}"), ("c", "can i pay in 3 installments")]),
        26: ("chat/retail: delivery date typed, parcel weight and dimensions", [("a", f"Your parcel ({r(2, 9)}.{r(1, 9)} kg, {r(20, 60)} x {r(10, 40)} x {r(5, 30)} cm) is due {r(1, 28):02d}/{r(1, 12):02d}/2026 between 14:00 and 18:00."), ("c", "great")]),
        27: ("chat/banking: APR, loan amount and term", [("c", f"is the APR still {r(3, 29)}.{r(1, 9)}% on a £{r(1, 25)},000 loan over {r(2, 7)} years?"), ("a", f"It's {r(3, 29)}.9% representative for {r(12, 84)} months.")]),
        28: ("call/telecom: software version and router model spoken", [("c", f"the router says version {DW[r(1, 9)]} point {DW[r(1, 9)]} point {say_pair(str(r(11, 40)), z)} and the model is a h h {DW[r(3, 6)]}"), ("a", "okay let me push an update")]),
        29: ("call/utilities: tariff unit rates and standing charge", [("a", f"the unit rate is {say_pair(str(r(21, 35)), z)} point {DW[r(1, 9)]} pence and standing charge {say_pair(str(r(41, 65)), z)} pence a day"), ("c", "that's gone up")]),
        30: ("call/travel: train times, platform and coach", [("c", f"i'm on the {say_pair(str(r(10, 12)), z)} {say_pair(str(r(11, 59)), z)} from platform {DW[r(1, 9)]} coach {rng.choice('ABCDEF').lower()} seat {say_pair(str(r(11, 80)), z)}"), ("a", "thanks i'll add that to the claim")]),
        25: ("call/telecom: years as customer and price per month", [("c", f"i've been with you {say_pair(str(r(11, 20)), z)} years paying {say_pair(str(r(21, 89)), z)} pounds a month"), ("a", "thank you for your loyalty")]),
    }
    note, turns = T[v]
    cs = Case("negative", note)
    for spk, txt in turns:
        (cs.a if spk == "a" else cs.c)(txt)
    return cs


# ----------------------------------------------------------------------------
def generate() -> tuple[list[dict], list[tuple[Case, list]]]:
    rng = random.Random(SEED)
    pos: list[Case] = []
    for i in range(60):
        pos.append(pos_card(rng, i))
    for i in range(44):
        pos.append(pos_ssn(rng, i))
    for i in range(45):
        pos.append(pos_ni(rng, i))
    for typ in ["PHONE", "EMAIL", "ADDRESS", "POSTCODE", "DOB", "EXPIRY", "CVV", "BANK_ACCOUNT", "SORT_CODE", "IBAN"]:
        for i in range(13):
            pos.append(pos_other(rng, typ, i))
    for i in range(10):
        pos.append(pos_combo(rng, i))
    negs = [neg(rng, i) for i in range(140)]
    objs = []
    metas = []
    for k, cs in enumerate(pos, 1):
        o, m = cs.build("h239-pos-%03d" % k)
        objs.append(o)
        metas.append((cs, m))
    for k, cs in enumerate(negs, 1):
        o, m = cs.build("h239-neg-%03d" % k)
        objs.append(o)
        metas.append((cs, m))
    return objs, metas


def render(objs: list[dict]) -> str:
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)


def counts(objs: list[dict]) -> Counter:
    c = Counter()
    for o in objs:
        for s in o["spans"]:
            c[s["type"]] += 1
    return c


def readme(objs: list[dict]) -> str:
    c = counts(objs)
    npos = sum(o["kind"] == "positive" for o in objs)
    nneg = len(objs) - npos
    rows = "\n".join(f"| {t} | {c[t]} |" for t in TYPES)
    return f"""# PII hold-out set h239

**Never use this set for tuning.** It exists only to measure the redactor on data it was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not read the redaction code,
its tests, its docs or other evaluation sets; the only data seen was a three-line JSONL format example.
All cases are produced by `scripts/make_pii_holdout239.py` from template functions: every turn is
assembled from plain-text segments and (value, TYPE) segments, so offsets are computed, never typed.
All values come from one `random.Random({SEED})`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout239.py --check` regenerates the file, compares it byte for byte and
validates ids, offsets, word boundaries, overlap, and each value after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for
CVV, phone and account numbers, UK postcode / US ZIP shapes).

Emphasis: CARD_NUMBER, NI_NUMBER and SSN in every realistic form: typed with odd separators, spoken
digit by digit, doubles/triples, pairs ("forty one eleven"), hundreds ("four hundred and twelve"),
zero as zero/oh/o/nought, ASR homophones ("for", "to", "too", "ate", "won"), NATO and letter-name
homophones for NI letters ("bee", "see", "b for bravo", "double a"), split across turns with agent back-channels,
self-corrections, and agent read-backs.

## Annotation conventions

- A span covers only the value itself: from its first to its last letter/digit word (spoken or typed),
  including separators and spelling aids inside it ("b for bravo"), excluding lead-ins ("it's",
  "my card is") and trailing words.
- Where a caller inserts a filler ("um", "hang on", "bear with me") or a joiner ("then", "and then")
  between parts of a value, the value is split into separate spans around it; the filler itself is
  not labelled. Words that belong to the spoken number ("double", "triple", "hundred and") are inside.
- ASR transcripts sometimes mix numerals and spelled digits inside one value ("4297 nine three ...");
  such a value is one span.
- A value split over several turns gets one span per turn, each with the same type.
- Self-corrections: the mistaken digits/letters are labelled too (same type), as they are part of the
  caller's real value being dictated; the correction phrase ("no sorry") is not labelled.
- Agent read-backs of a value are labelled like the customer's reading.
- DOB spans cover the whole date (day, month, year); EXPIRY covers month and year; ADDRESS covers
  house/flat number and street (not town); EMAIL covers the whole address, spoken or typed.
- Negatives contain look-alike numbers (money, times, counts, meter readings, order/claim/ticket/invoice
  references with their reference word, flight/room/model numbers, years, percentages, non-birth dates)
  and nothing that should be redacted.

## Counts

Positive cases: {npos}. Negative cases: {nneg}.

| type | spans |
|---|---|
{rows}
"""


WB = re.compile(r"[A-Za-z0-9]")


def check(objs: list[dict], metas) -> list[str]:
    errs = []
    text = render(objs)
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        errs.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(objs):
        errs.append("README.md differs from regenerated output")
    ids = [o["id"] for o in objs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for o, (cs, meta) in zip(objs, metas):
        cid = o["id"]
        if o["kind"] == "negative" and o["spans"]:
            errs.append(f"{cid}: negative with spans")
        if o["kind"] == "positive" and not o["spans"]:
            errs.append(f"{cid}: positive without spans")
        if not o["note"]:
            errs.append(f"{cid}: empty note")
        per_turn: dict[int, list] = {}
        for s in o["spans"]:
            t = o["turns"][s["turn"]]["text"]
            if s["type"] not in TYPES:
                errs.append(f"{cid}: bad type {s['type']}")
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errs.append(f"{cid}: offsets out of range")
                continue
            frag = t[s["start"]:s["end"]]
            if not ((WB.match(frag[0]) or frag[0] in "+(") and WB.match(frag[-1])):
                errs.append(f"{cid}: span does not start/end on alnum: {frag!r}")
            if s["start"] > 0 and WB.match(t[s["start"] - 1]):
                errs.append(f"{cid}: span start not on word boundary")
            if s["end"] < len(t) and WB.match(t[s["end"]]):
                errs.append(f"{cid}: span end not on word boundary")
            per_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in per_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(f"{cid}: overlapping spans")
        groups: dict[str, list[str]] = {}
        for s, key in zip(o["spans"], meta):
            groups.setdefault(key, []).append(o["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for key, frags in groups.items():
            typ, exp = cs.groups[key]
            if typ in ("EMAIL", "ADDRESS"):
                for f in frags:
                    e = validate(typ, exp, f)
                    if e:
                        errs.append(f"{cid}/{key}: {e}")
                continue
            got = "".join(normalize(f) for f in frags)
            e = validate(typ, exp, got) if typ not in ("EXPIRY", "DOB") else None
            if typ in ("EXPIRY", "DOB"):
                e = None if got == exp else f"normalized {got!r} != {exp!r}"
                if not e:
                    e = validate(typ, exp, exp)
            if e:
                errs.append(f"{cid}/{key}: {e} in {frags!r}")
        if set(cs.groups) - set(meta):
            errs.append(f"{cid}: group without spans")
    c = counts(objs)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            errs.append(f"type {t}: only {c[t]} spans (< {need})")
    npos = sum(o["kind"] == "positive" for o in objs)
    if npos < 170 or len(objs) - npos < 100:
        errs.append(f"too few cases: {npos} positive, {len(objs) - npos} negative")
    return errs


def main() -> int:
    objs, metas = generate()
    c = counts(objs)
    npos = sum(o["kind"] == "positive" for o in objs)
    if "--check" in sys.argv[1:]:
        errs = check(objs, metas)
        print(f"h239: {npos} positive, {len(objs) - npos} negative cases")
        for t in TYPES:
            print(f"  {t:13s} {c[t]}")
        for e in errs[:200]:
            print("ERROR", e)
        print("CHECK", "FAILED (%d problems)" % len(errs) if errs else "OK")
        return 1 if errs else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(render(objs), encoding="utf-8")
    README.write_text(readme(objs), encoding="utf-8")
    print(f"wrote {CASES} ({npos} positive, {len(objs) - npos} negative)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

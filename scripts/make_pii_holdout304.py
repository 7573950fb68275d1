#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout304``.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seed 304241125).

    python scripts/make_pii_holdout304.py          # write fixture + README
    python scripts/make_pii_holdout304.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 304241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout304"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# --------------------------------------------------------------------------- spoken forms
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray",
        "Y": "yankee", "Z": "zulu"}
ALT_WORD = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward", "G": "george",
            "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mary", "N": "nancy",
            "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "X": "xmas",
            "Y": "yellow", "Z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def ordinal(n: int) -> str:
    if n in ORD:
        return ORD[n]
    return TENS_W[n // 10] + " " + ORD[n % 10]


def num2(n: int) -> str:
    """0..99 as words (two-digit style)."""
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n - 10]
    return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + UNIT_W[n % 10])


def year_words(y: int) -> str:
    if 2000 <= y <= 2009:
        return R.choice(["two thousand and ", "two thousand "]) + UNIT_W[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num2(hi) + " hundred"
    if lo < 10:
        return num2(hi) + " " + R.choice(["oh", "o"]) + " " + UNIT_W[lo]
    return num2(hi) + " " + num2(lo)


def zero_word(region: str) -> str:
    if region == "UK":
        return R.choice(["oh", "oh", "nought", "zero"])
    if region == "IE":
        return R.choice(["oh", "zero"])
    return R.choice(["zero", "zero", "oh", "o"])


def say_digits(s: str, region: str = "US", mode: str = "plain") -> str:
    """Digits as an ASR transcript would write them.  mode: plain|doubles|pairs"""
    z = zero_word(region)
    words = []
    if mode == "pairs" and len(s) >= 2:
        chunks = []
        i = 0
        while i < len(s):
            if len(s) - i == 1 or (len(s) - i == 3 and R.random() < 0.5):
                chunks.append(s[i]); i += 1
            else:
                chunks.append(s[i:i + 2]); i += 2
        for k, ch in enumerate(chunks):
            nxt = chunks[k + 1] if k + 1 < len(chunks) else None
            if len(ch) == 1:
                words.append(z if ch == "0" else UNIT_W[int(ch)])
            elif ch[0] == "0":
                words.append(z + " " + (z if ch[1] == "0" else UNIT_W[int(ch[1])]))
            elif ch[1] == "0" and ch[0] != "1" and (nxt is None or len(nxt) == 1):
                words.append(UNIT_W[int(ch[0])] + " " + z)
            else:
                words.append(num2(int(ch)))
        out = " ".join(words)
        return out if normalise(out) == s else say_digits(s, region, "plain")
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        dw = z if d == "0" else UNIT_W[int(d)]
        if mode == "doubles" and run == 3:
            words.append("triple " + dw)
            i += 3
        elif mode == "doubles" and run >= 2:
            words.append("double " + dw)
            i += 2
        else:
            words.append(dw)
            i += 1
    return " ".join(words)


def say_letter(ch: str, style: str) -> str:
    if style == "nato":
        return NATO[ch]
    if style == "for":
        return ch.lower() + " for " + NATO[ch]
    if style == "asin":
        return ch.lower() + " as in " + ALT_WORD.get(ch, NATO[ch])
    return ch.lower()


# --------------------------------------------------------------------------- normalisation
UNITS = {w: str(i) for i, w in enumerate(UNIT_W)}
UNITS.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
HOMO = {"for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}
TEENS = {w: str(10 + i) for i, w in enumerate(TEEN_W)}
TENS = {w: str(i) for i, w in enumerate(TENS_W) if w}
NATO_R = {v.replace("-", ""): k for k, v in NATO.items()}
ORD_R = {v: k for k, v in ORD.items()}
MONTH_R = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
MONTH_R.update({m[:3]: "%02d" % (i + 1) for i, m in enumerate(MONTHS)})
FILLERS = {"um", "uh", "er", "erm", "hmm", "plus", "and", "of", "the", "sorry"}


def normalise(text: str, letters: bool = False, dates: bool = False) -> str:
    toks = re.findall(r"[a-z]+|\d+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2][0] == t:
            out.append(t.upper()); i += 3; continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t.upper()); i += 4; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in ("double", "triple") and nxt in UNITS:
            out.append(UNITS[nxt] * (2 if t == "double" else 3)); i += 2; continue
        if t in TENS:
            if nxt in UNITS and UNITS[nxt] != "0":
                out.append(TENS[t] + UNITS[nxt]); i += 2; continue
            if dates and nxt in ORD_R and ORD_R[nxt] < 10:
                out.append(TENS[t] + str(ORD_R[nxt])); i += 2; continue
            out.append(TENS[t] + "0"); i += 1; continue
        if t in TEENS:
            out.append(TEENS[t]); i += 1; continue
        if t == "thousand":
            if nxt == "and" or nxt in UNITS:
                out.append("00")
            else:
                out.append("000")
            i += 1; continue
        if t == "hundred":
            out.append("00"); i += 1; continue
        if t in UNITS:
            out.append(UNITS[t]); i += 1; continue
        if dates and t in ORD_R:
            out.append("%02d" % ORD_R[t]); i += 1; continue
        if dates and t in MONTH_R:
            out.append(MONTH_R[t]); i += 1; continue
        if t in HOMO and not letters:
            out.append(HOMO[t]); i += 1; continue
        if letters and t in NATO_R:
            out.append(NATO_R[t]); i += 1; continue
        if letters and t not in FILLERS and len(t) <= 4:
            out.append(t.upper()); i += 1; continue
        i += 1
    return "".join(out)


def normalise_email(text: str) -> str:
    toks = re.findall(r"[a-z0-9]+|[@._\-]", text.lower())
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
        elif t in UNIT_W:
            out.append(str(UNIT_W.index(t)))
        else:
            out.append(t)
    return "".join(out)


# --------------------------------------------------------------------------- validators
def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
US_ZIP_RE = re.compile(r"\d{5}(\d{4})?")


def validate_value(typ: str, v: str) -> str | None:
    if typ == "CARD_NUMBER":
        return None if re.fullmatch(r"\d{13,19}", v) and luhn_ok(v) else "bad card"
    if typ == "CVV":
        return None if re.fullmatch(r"\d{3,4}", v) else "bad cvv"
    if typ == "SSN":
        ok = re.fullmatch(r"\d{9}", v) and v[:3] not in ("000", "666") and v[0] != "9" \
            and v[3:5] != "00" and v[5:] != "0000"
        return None if ok else "bad ssn"
    if typ == "NI_NUMBER":
        return None if NI_RE.fullmatch(v) else "bad ni"
    if typ == "BANK_ACCOUNT":
        return None if re.fullmatch(r"\d{8,12}", v) else "bad account"
    if typ == "SORT_CODE":
        return None if re.fullmatch(r"\d{6}", v) else "bad sort code"
    if typ == "IBAN":
        return None if iban_ok(v) else "bad iban"
    if typ == "PHONE":
        return None if re.fullmatch(r"\d{9,13}", v) else "bad phone"
    if typ == "EMAIL":
        return None if re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v) else "bad email"
    if typ == "POSTCODE":
        return None if UK_PC_RE.fullmatch(v) or US_ZIP_RE.fullmatch(v) else "bad postcode"
    if typ == "EXPIRY":
        m = re.fullmatch(r"(\d\d)(\d\d)", v)
        return None if m and 1 <= int(m.group(1)) <= 12 else "bad expiry"
    if typ == "DOB":
        m = re.fullmatch(r"(\d{4})(\d\d)(\d\d)", v)
        return None if m and 1920 <= int(m.group(1)) <= 2010 and 1 <= int(m.group(2)) <= 12 \
            and 1 <= int(m.group(3)) <= 31 else "bad dob"
    if typ == "ADDRESS":
        return None if v else "empty address"
    return "unknown type"


SUFFIX_RE = re.compile(r"\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|ct|crescent|"
                       r"terrace|place|boulevard|blvd|grove|gardens|park|hill|row|square|parade|mews)\b", re.I)
NUMWORD_RE = re.compile(r"\b(\d+[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
                        r"forty|fifty|sixty|seventy|eighty|ninety|hundred|flat|apartment|unit)\b", re.I)


def check_span_text(typ: str, text: str, v: str) -> str | None:
    """Round-trip: the span text, normalised, must reproduce the recorded value."""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        got = normalise(text)
        return None if got == v else "normalised %r != %r" % (got, v)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        got = normalise(text, letters=True)
        return None if got == v else "normalised %r != %r" % (got, v)
    if typ == "EMAIL":
        got = normalise_email(text)
        return None if got == v else "normalised %r != %r" % (got, v)
    if typ == "EXPIRY":
        got = normalise(text, dates=True)
        ok = got in (v, v[:2] + "20" + v[2:], v.lstrip("0"), v[1:] if v[0] == "0" else v,
                     (v[1:] if v[0] == "0" else v[:2]) + "20" + v[2:])
        return None if ok else "expiry %r vs %r" % (got, v)
    if typ == "DOB":
        got = normalise(text, dates=True)
        y, m, d = v[:4], v[4:6], v[6:]
        ok = (y in got or y[2:] in got) and (m in got or str(int(m)) in got) and (d in got or str(int(d)) in got)
        return None if ok else "dob %r vs %r" % (got, v)
    if typ == "ADDRESS":
        return None if SUFFIX_RE.search(text) and NUMWORD_RE.search(text) else "address shape"
    return "unknown"


# --------------------------------------------------------------------------- value generators
def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(kind: str | None = None) -> str:
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + R.choice(["0", "1", "4", "5", "7", "9"]), 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "mc":
        return luhn_complete("5" + R.choice("12345"), 16)
    if kind == "mc2":
        return luhn_complete("22" + R.choice("2345"), 16)
    if kind == "amex":
        return luhn_complete("3" + R.choice("47"), 15)
    return luhn_complete("6011", 16)


def card_groups(c: str) -> list[str]:
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def gen_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni() -> str:
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p:
            break
    return p + "%06d" % R.randint(0, 999999) + R.choice("ABCD")


def iban_with_check(cc: str, bban: str) -> str:
    r = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in r))
    return cc + "%02d" % (98 - n % 97) + bban


def rdig(n: int, first_nonzero: bool = False) -> str:
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def gen_iban(cc: str | None = None) -> str:
    cc = cc or R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        return iban_with_check("GB", R.choice(["NWBK", "BARC", "LLYD", "HBUK", "MIDL", "NAIA"]) + rdig(6) + rdig(8))
    if cc == "IE":
        return iban_with_check("IE", R.choice(["AIBK", "IPBS", "ULSB", "IRCE"]) + rdig(6) + rdig(8))
    if cc == "NL":
        return iban_with_check("NL", R.choice(["ABNA", "INGB", "RABA", "SNSB"]) + rdig(10))
    if cc == "DE":
        return iban_with_check("DE", rdig(18, True))
    if cc == "FR":
        return iban_with_check("FR", rdig(23, True))
    return iban_with_check("ES", rdig(20, True))


def iban_groups(v: str) -> list[str]:
    return [v[i:i + 4] for i in range(0, len(v), 4)]


UK_AREAS = ["SW1A", "SE15", "N7", "E17", "W5", "NW3", "M14", "B33", "LS6", "G12", "EH3", "CF10",
            "BS8", "NE4", "L17", "S10", "CR2", "BT7", "DN5", "PL4", "RG1", "CB2", "TN23", "KY16"]


def gen_uk_pc() -> str:
    return R.choice(UK_AREAS) + str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def gen_zip(plus4: bool = False) -> str:
    z = "%05d" % R.randint(1001, 99950)
    return z + (rdig(4) if plus4 else "")


def fmt_uk_pc(v: str) -> str:
    return v[:-3] + " " + v[-3:]


def say_uk_pc(v: str, style: str) -> str:
    out = []
    for ch in v[:-3]:
        out.append(say_letter(ch, style) if ch.isalpha() else UNIT_W[int(ch)])
    out2 = []
    for ch in v[-3:]:
        out2.append(say_letter(ch, style) if ch.isalpha() else UNIT_W[int(ch)])
    return " ".join(out) + " " + " ".join(out2)


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "karen", "dave", "siobhan",
         "marek", "grace", "wei", "fatima", "conor", "emma", "raj", "lucy", "pete", "niamh", "jess",
         "carlos", "hannah", "kev", "ruth", "ade", "maria", "sean", "beth", "luke"]
LAST = ["smith", "murphy", "patel", "kowalski", "jones", "walsh", "nguyen", "brennan", "hughes",
        "khan", "garcia", "taylor", "byrne", "evans", "chen", "kelly", "mills", "reid", "shaw", "ward"]
DOMAINS_UK = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com", "sky.com"]
DOMAINS_US = ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com"]
DOMAINS_IE = ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"]


def gen_email(region: str = "UK") -> str:
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice({"UK": DOMAINS_UK, "US": DOMAINS_US}.get(region, DOMAINS_IE))
    form = R.choice(["f.l", "fl", "f_l", "fl99", "f.l99", "finit.l", "l.f", "f-l"])
    num = str(R.randint(1, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl99": f + l + num, "f.l99": f + "." + l + num,
             "finit.l": f[0] + "." + l, "l.f": l + "." + f, "f-l": f + "-" + l}[form]
    return local + "@" + dom


def say_email(v: str, spell_digits: bool = True) -> str:
    out = []
    for tok in re.findall(r"[a-z]+|\d|[@._\-]", v):
        if tok == ".":
            out.append("dot")
        elif tok == "@":
            out.append("at")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(R.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            out.append(UNIT_W[int(tok)])
        else:
            out.append(tok)
    return " ".join(out)


STREETS_UK = ["kingsley road", "victoria street", "elm grove", "church lane", "mill close", "station road",
              "park avenue", "the crescent", "albert terrace", "queens drive", "meadow way", "high street",
              "orchard close", "beech avenue", "canal street", "harbour view road"]
STREETS_US = ["maple avenue", "oak street", "sunset boulevard", "pine drive", "washington street",
              "lakeview court", "cedar lane", "elm street", "river road", "highland avenue"]
STREETS_IE = ["griffith avenue", "main street", "college road", "church street", "seafield road",
              "o'connell street", "castle park", "ashgrove lane"]
TOWNS_UK = ["leeds", "croydon", "bristol", "cardiff", "glasgow", "manchester", "sheffield", "reading"]
TOWNS_US = ["springfield", "austin", "columbus", "portland", "denver", "tampa"]
TOWNS_IE = ["dublin nine", "cork", "galway", "limerick", "drogheda"]


def gen_address(region: str, spoken: bool) -> str:
    n = R.choice([R.randint(1, 99), R.randint(1, 99), R.randint(100, 2999)])
    st = R.choice({"UK": STREETS_UK, "US": STREETS_US, "IE": STREETS_IE}[region])
    if spoken:
        if n < 100:
            num = num2(n)
        elif n < 1000:
            num = UNIT_W[n // 100] + " " + (num2(n % 100) if n % 100 >= 10 else zero_word(region) + " " + UNIT_W[n % 10])
        else:
            num = num2(n // 100) + " " + (num2(n % 100) if n % 100 >= 10 else zero_word(region) + " " + UNIT_W[n % 10])
        flat = R.random() < 0.2
        s = ("flat " + num2(R.randint(1, 12)) + " " if flat else "") + num + " " + st
        return s
    s = str(n) + " " + st.title()
    if region == "US" and R.random() < 0.4:
        s = s.replace("Avenue", "Ave").replace("Street", "St").replace("Drive", "Dr")
    if R.random() < 0.2:
        s = ("Flat " if region != "US" else "Apt ") + str(R.randint(1, 30)) + ", " + s
    return s


def gen_phone(region: str) -> str:
    if region == "UK":
        return R.choice(["07" + rdig(9), "020" + rdig(8), "0161" + rdig(7), "0113" + rdig(7), "447" + rdig(9)])
    if region == "US":
        return R.choice(["", "", "1"]) + R.choice("2345678") + rdig(2) + R.choice("2345678") + rdig(6)
    if region == "IE":
        return R.choice(["08" + R.choice("35679") + rdig(7), "01" + rdig(7), "3538" + R.choice("35679") + rdig(7)])
    return R.choice(["49" + "30" + rdig(8), "33" + "6" + rdig(8), "34" + "6" + rdig(8)])


def fmt_phone(v: str, region: str) -> str:
    if region == "UK":
        if v.startswith("44"):
            return R.choice(["+44 " + v[2:6] + " " + v[6:], "+44" + v[2:]])
        if v.startswith("07"):
            return R.choice([v[:5] + " " + v[5:], v, v[:5] + " " + v[5:8] + " " + v[8:]])
        if v.startswith("020"):
            return R.choice([v[:3] + " " + v[3:7] + " " + v[7:], "(" + v[:3] + ") " + v[3:7] + " " + v[7:]])
        return v[:4] + " " + v[4:7] + " " + v[7:]
    if region == "US":
        b = v[1:] if len(v) == 11 else v
        pre = "+1 " if len(v) == 11 else ""
        return pre + R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (b[:3], b[3:6], b[6:])
    if region == "IE":
        if v.startswith("353"):
            return "+353 " + v[3:5] + " " + v[5:8] + " " + v[8:]
        return v[:3] + " " + v[3:6] + " " + v[6:]
    return "+" + v[:2] + " " + v[2:5] + " " + v[5:8] + " " + v[8:]


def say_phone(v: str, region: str) -> str:
    out = _say_phone(v, region)
    return out if normalise(out) == v else say_digits(v, region, "plain")


def _say_phone(v: str, region: str) -> str:
    mode = R.choice(["plain", "doubles", "doubles", "pairs"]) if region != "US" else R.choice(["plain", "plain", "doubles"])
    if v.startswith("44") and region == "UK":
        return "plus four four " + say_digits(v[2:6], region, mode) + " " + say_digits(v[6:], region, mode)
    if v.startswith("353"):
        return "plus three five three " + say_digits(v[3:], region, mode)
    if region == "EU":
        return "plus " + say_digits(v[:2], region) + " " + say_digits(v[2:], region, mode)
    if region == "UK":
        cut = 5 if v.startswith("07") else (3 if v.startswith("020") else 4)
        return say_digits(v[:cut], region, mode) + " " + say_digits(v[cut:], region, mode)
    if region == "US":
        b = v[1:] if len(v) == 11 else v
        pre = "one " if len(v) == 11 else ""
        return pre + say_digits(b[:3], region, mode) + " " + say_digits(b[3:6], region, mode) + " " + say_digits(b[6:], region, mode)
    return say_digits(v[:3], region, mode) + " " + say_digits(v[3:], region, mode)


def gen_dob() -> str:
    y = R.randint(1938, 2006)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return "%04d%02d%02d" % (y, m, d)


def say_dob(v: str, region: str) -> str:
    y, m, d = int(v[:4]), int(v[4:6]), int(v[6:])
    form = R.choice(["dmy", "dmy", "mdy", "ord_the"]) if region != "US" else R.choice(["mdy", "mdy", "mdy_ord", "num"])
    yw = year_words(y)
    if form == "dmy":
        return ordinal(d) + " of " + MONTHS[m - 1] + " " + yw
    if form == "ord_the":
        return "the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + yw
    if form == "mdy":
        return MONTHS[m - 1] + " " + ordinal(d) + " " + yw
    if form == "mdy_ord":
        return MONTHS[m - 1] + " " + num2(d) + " " + yw
    return num2(m) + " " + num2(d) + " " + year_words(y)


def fmt_dob(v: str, region: str) -> str:
    y, m, d = int(v[:4]), int(v[4:6]), int(v[6:])
    if region == "US":
        return R.choice(["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y)])
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                     "%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y)])


def gen_expiry() -> str:
    return "%02d%02d" % (R.randint(1, 12), R.randint(26, 32))


def say_expiry(v: str, region: str) -> str:
    m, y = int(v[:2]), int(v[2:])
    form = R.choice(["num", "num", "month", "month20"])
    if form == "num":
        mm = (zero_word(region) + " " + UNIT_W[m]) if m < 10 else num2(m)
        return mm + " " + num2(y)
    if form == "month":
        return MONTHS[m - 1] + " " + num2(y)
    return MONTHS[m - 1] + " twenty " + num2(y)


def fmt_expiry(v: str) -> str:
    return R.choice(["%s/%s", "%s/%s", "%s-%s", "%s / %s"]) % (v[:2], v[2:])


# --------------------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind: str, note: str):
        self.kind, self.note = kind, note
        self.turns: list[dict] = []
        self.spans: list[dict] = []
        self.values: list[tuple[int, str, str]] = []  # (span index, type, canonical partial value)
        self.groups: dict[str, list[tuple[str, str]]] = {}

    def t(self, speaker: str, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                surface, typ, val = seg[:3]
                grp = seg[3] if len(seg) > 3 else "s%d" % len(self.spans)
                self.groups.setdefault(grp, []).append((typ, val))
                self.spans.append({"turn": ti, "start": len(text), "end": len(text) + len(surface), "type": typ})
                self.values.append((len(self.spans) - 1, typ, val))
                text += surface
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


POS: list[Case] = []
NEG: list[Case] = []


def P(note: str) -> Case:
    c = Case("positive", note)
    POS.append(c)
    return c


def N(note: str) -> Case:
    c = Case("negative", note)
    NEG.append(c)
    return c


def pick(*xs):
    return R.choice(xs)


def V(surface: str, typ: str, val: str, grp: str | None = None):
    return (surface, typ, val) if grp is None else (surface, typ, val, grp)


def region_for(industry: str) -> str:
    return R.choice(["UK", "UK", "US", "IE"])


def fmt_card(c: str) -> str:
    g = card_groups(c)
    style = R.choice(["space", "space", "dash", "none", "dots", "mixed"])
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "none":
        return c
    if style == "dots":
        return ".".join(g)
    return g[0] + " " + "".join(g[1:3]) + " " + " ".join(g[3:])


def say_card(c: str, region: str) -> str:
    out = _say_card(c, region)
    return out if normalise(out) == c else say_digits(c, region, "plain")


def _say_card(c: str, region: str) -> str:
    mode = R.choice(["plain", "plain", "doubles", "pairs", "mixedgroups"])
    g = card_groups(c)
    if mode == "mixedgroups":
        return " ".join(say_digits(x, region, R.choice(["plain", "pairs", "doubles"])) for x in g)
    return " ".join(say_digits(x, region, mode) for x in g)


# ============================================================================ positives
INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
              "government services"]
ACKS = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got that", "yes", "go ahead", "and then"]


def pos_card_call():
    reg = R.choice(["UK", "US", "IE"])
    ind = R.choice(["retail", "telecom", "utilities", "travel", "insurance", "healthcare billing"])
    c = gen_card()
    sp = say_card(c, reg)
    case = P("call/%s: card number spoken in one customer turn (%s)" % (ind, reg))
    case.a(pick("okay and the long number across the front of the card please",
                "can i take the card number when you're ready", "go ahead with the sixteen digits",
                "and what's the card number"))
    case.c(pick("yeah it's ", "okay so ", "right um ", "", "it's a visa ", "sure it is "), V(sp, "CARD_NUMBER", c),
           pick("", " and the balance was a hundred and twelve pounds", " um yeah", " did you get all that"))


def pos_card_split():
    reg = R.choice(["UK", "US", "IE"])
    c = gen_card()
    g = card_groups(c)
    mode = R.choice(["plain", "doubles", "pairs"])
    case = P("call/%s: card number split over %d customer turns with back-channels" % (R.choice(INDUSTRIES[:5]), len(g)))
    case.a(pick("okay ready when you are for the card number", "go on with the card number"))
    for i, grp in enumerate(g):
        lead = pick("", "", "um ", "right ", "so ") if i == 0 else pick("", "", "then ", "uh ")
        tail = pick("", "", " um", " yeah")
        case.c(lead, V(say_digits(grp, reg, mode), "CARD_NUMBER", grp, "card"), tail)
        if i < len(g) - 1:
            case.a(pick(*ACKS))
    case.a(pick("lovely thank you", "perfect and the expiry", "thanks"))


def pos_card_chat():
    c = gen_card()
    ind = R.choice(["retail", "travel", "telecom", "utilities"])
    order = rdig(10, True)
    f = fmt_card(c)
    case = P("chat/%s: card typed (%s) beside a 10-digit order number" % (ind, "grouped" if " " in f or "-" in f else "contiguous"))
    case.a("Thanks for waiting. Which card would you like to use?")
    case.c(pick("order %s - pls use card " % order, "Hi, for order no. %s the card is " % order,
                "card num: ", "use this one "), V(f, "CARD_NUMBER", c),
           pick(" thx", "", ". total was $%d.%02d" % (R.randint(10, 900), R.randint(0, 99)), " (debit card)"))


def pos_card_full():
    reg = R.choice(["UK", "US", "IE"])
    c = gen_card()
    e = gen_expiry()
    cvv = rdig(4 if len(c) == 15 else 3)
    amt = R.randint(20, 400)
    case = P("call/%s: card, expiry and security code in sequence with an unlabelled payment amount" % R.choice(INDUSTRIES))
    case.a("so that's a payment of %s today is that right" % pick("%d pounds" % amt, "%d dollars" % amt, "%d euro" % amt))
    case.c("yes please")
    case.a("okay card number please")
    case.c(pick("", "right ", "okay "), V(say_card(c, reg), "CARD_NUMBER", c))
    case.a(pick("and the expiry date", "expiry please", "and when does it expire"))
    case.c(pick("", "it's ", "expires "), V(say_expiry(e, reg), "EXPIRY", e))
    case.a(pick("and the three digit code on the back", "last bit the security number on the back",
                "and the cvv"))
    case.c(pick("", "it's ", "that's "), V(say_digits(cvv, reg), "CVV", cvv), pick("", " yeah"))


def pos_card_readback():
    reg = R.choice(["UK", "US"])
    c = gen_card()
    case = P("call/%s: customer reads card, agent reads it back for confirmation (both labelled)" % R.choice(INDUSTRIES[:5]))
    case.a("card number please")
    case.c(V(say_card(c, reg), "CARD_NUMBER", c))
    case.a("let me read that back ", V(" ".join(say_digits(x, reg) for x in card_groups(c)), "CARD_NUMBER", c),
           " is that correct")
    case.c("yes that's it")


def pos_exp_cvv_chat():
    c = gen_card()
    e = gen_expiry()
    cvv = rdig(3)
    case = P("chat/retail: card, expiry and CVV typed in one message with labels")
    fe = fmt_expiry(e)
    case.c(pick("card ", "Card: ", ""), V(fmt_card(c), "CARD_NUMBER", c), pick(" exp ", ", expiry ", " EXP: ", " valid thru "),
           V(fe, "EXPIRY", e), pick(" cvv ", ", CVV: ", " sec code ", " cvc "), V(cvv, "CVV", cvv))
    case.a("Thank you, processing that now.")


def fmt_ssn(s: str) -> str:
    return R.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])


def say_ssn_full(s: str) -> str:
    out = _say_ssn_full(s)
    return out if normalise(out) == s else say_digits(s, "US", "plain")


def _say_ssn_full(s: str) -> str:
    mode = R.choice(["plain", "plain", "doubles", "pairs"])
    if mode == "pairs":
        mid = num2(int(s[3:5])) if s[3] != "0" else say_digits(s[3:5], "US")
        return say_digits(s[:3], "US") + " " + mid + " " + say_digits(s[5:], "US", "pairs")
    return say_digits(s[:3], "US", mode) + " " + say_digits(s[3:5], "US", mode) + " " + say_digits(s[5:], "US", mode)


def pos_ssn_call():
    s = gen_ssn()
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    case = P("call/%s: US social security number spoken" % ind)
    case.a(pick("to verify can i get your social", "and your social security number please",
                "i'll need the full social for the credit check", "what's the ssn on the account"))
    case.c(pick("sure it's ", "yeah ", "okay um ", "it's ", ""), V(say_ssn_full(s), "SSN", s),
           pick("", " and i'm calling about the bill from march", " yep", ""))


def pos_ssn_split():
    s = gen_ssn()
    case = P("call/%s: SSN split 3-2-4 over customer turns" % R.choice(["banking", "insurance", "government services"]))
    case.a("go ahead with your social")
    parts = [s[:3], s[3:5], s[5:]]
    for i, p in enumerate(parts):
        case.c(pick("", "uh ", "") if i else pick("okay ", ""), V(say_digits(p, "US", pick("plain", "doubles")), "SSN", p, "ssn"))
        if i < 2:
            case.a(pick(*ACKS))


def pos_ssn_chat():
    s = gen_ssn()
    ticket = rdig(8, True)
    case = P("chat/%s: SSN typed with a nearby ticket number" % R.choice(["banking", "insurance", "government services"]))
    case.a(pick("For security, please provide your SSN.", "Please confirm your Social Security number."))
    case.c(pick("ok its ", "SSN ", "sure: ", "", "my ss# is "), V(fmt_ssn(s), "SSN", s),
           pick("", " - ticket #%s" % ticket, " (case %s)" % ticket, " thanks"))


def fmt_ni(n: str) -> str:
    f = R.choice(["sp", "sp", "none", "lower", "pairs", "dash"])
    if f == "sp":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == "none":
        return n
    if f == "lower":
        return n.lower()
    if f == "pairs":
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def say_ni(n: str) -> str:
    st = R.choice(["plain", "plain", "nato", "for", "asin"])
    mode = R.choice(["plain", "plain", "doubles", "pairs"])
    letters = lambda s: " ".join(say_letter(ch, st) for ch in s)
    return letters(n[:2]) + " " + say_digits(n[2:8], "UK", mode) + " " + letters(n[8])


def pos_ni_call():
    n = gen_ni()
    case = P("call/%s: UK national insurance number spoken" % R.choice(["government services", "banking", "insurance", "healthcare billing"]))
    case.a(pick("can you confirm your national insurance number", "and your NI number please",
                "what's your national insurance"))
    case.c(pick("yeah it's ", "it's ", "um ", "", "i think it's "), V(say_ni(n), "NI_NUMBER", n), pick("", " i think", " yeah"))


def pos_ni_split():
    n = gen_ni()
    st = R.choice(["plain", "nato", "for"])
    case = P("call/government services: NI number split letters / digits / suffix over turns")
    case.a("okay the national insurance number")
    case.c(pick("", "right "), V(" ".join(say_letter(ch, st) for ch in n[:2]), "NI_NUMBER", n[:2], "ni"))
    case.a(pick(*ACKS))
    case.c(V(say_digits(n[2:5], "UK"), "NI_NUMBER", n[2:5], "ni"), pick("", " um"))
    case.a(pick(*ACKS))
    case.c(V(say_digits(n[5:8], "UK"), "NI_NUMBER", n[5:8], "ni"))
    case.a("and the letter at the end")
    case.c(pick("", "it's ", "that's "), V(say_letter(n[8], st), "NI_NUMBER", n[8], "ni"))


def pos_ni_chat():
    n = gen_ni()
    ref = rdig(9, True)
    case = P("chat/%s: NI number typed with varied case/spacing" % R.choice(["government services", "banking", "insurance"]))
    case.a(pick("Please can you confirm your National Insurance number?", "Could I take your NI no. please"))
    case.c(pick("its ", "NI: ", "sure ", "", "NINO "), V(fmt_ni(n), "NI_NUMBER", n),
           pick("", " and my claim ref is %s" % ref, ". thanks", " x"))


def pos_bank_call():
    sc = rdig(6, True)
    acc = rdig(8, True)
    case = P("call/%s: UK sort code (pairs) and 8-digit account number" % R.choice(["banking", "utilities", "insurance"]))
    case.a("and the sort code for the direct debit")
    mode = R.choice(["pairs", "pairs", "plain", "doubles"])
    case.c(pick("it's ", "", "right it's "), V(say_digits(sc, "UK", mode), "SORT_CODE", sc))
    case.a("and the account number")
    case.c(pick("", "it's ", "um "), V(say_digits(acc, "UK", R.choice(["plain", "doubles", "pairs"])), "BANK_ACCOUNT", acc),
           pick("", " and collect on the first of the month", " yep"))


def pos_bank_chat():
    sc = rdig(6, True)
    acc = rdig(8, True)
    fsc = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    case = P("chat/%s: sort code and account typed together, with a payment amount" % R.choice(["banking", "utilities"]))
    case.c(pick("refund to ", "pls pay into ", "bank details: "), pick("sort ", "s/c ", "sort code "), V(fsc, "SORT_CODE", sc),
           pick(" acc ", " a/c ", " account no ", ", acct "), V(acc, "BANK_ACCOUNT", acc),
           pick("", " for the £%d.%02d refund" % (R.randint(5, 300), R.randint(0, 99))))


def pos_us_account():
    acc = rdig(R.choice([10, 11, 12]), True)
    case = P("call/banking: US checking account number with filler and amount nearby")
    case.a("what's the checking account number you want the refund sent to")
    half = len(acc) // 2
    case.c(pick("okay it's ", "yeah "), V(say_digits(acc[:half], "US"), "BANK_ACCOUNT", acc[:half], "acc"), " um ",
           V(say_digits(acc[half:], "US"), "BANK_ACCOUNT", acc[half:], "acc"),
           pick("", " and it's for the two hundred and forty dollars"))


def say_iban(v: str) -> str:
    st = R.choice(["plain", "nato", "for"])
    out = []
    for g in iban_groups(v):
        ws = []
        run = ""
        for ch in g:
            if ch.isalpha():
                if run:
                    ws.append(say_digits(run, "IE")); run = ""
                ws.append(say_letter(ch, st))
            else:
                run += ch
        if run:
            ws.append(say_digits(run, "IE"))
        out.append(" ".join(ws))
    return " ".join(out)


def pos_iban_chat():
    v = gen_iban()
    f = R.choice(["grp", "grp", "none", "lower"])
    surf = " ".join(iban_groups(v)) if f == "grp" else (v if f == "none" else " ".join(iban_groups(v)).lower())
    case = P("chat/%s: IBAN typed (%s) for a refund" % (R.choice(["travel", "retail", "insurance", "banking"]), v[:2]))
    case.a("Could you send the IBAN for the refund please?")
    case.c(pick("IBAN: ", "sure ", "its ", ""), V(surf, "IBAN", v), pick("", " - refund for booking ref %s" % rdig(7, True), " thanks"))


def pos_iban_call():
    v = gen_iban(R.choice(["GB", "IE", "IE", "NL", "DE"]))
    case = P("call/%s: IBAN spoken, letters spelled, split in two turns" % R.choice(["banking", "travel", "utilities"]))
    case.a("okay go ahead with the iban")
    g = iban_groups(v)
    k = len(g) // 2
    case.c(pick("", "right "), V(say_iban("".join(g[:k])), "IBAN", "".join(g[:k]), "iban"))
    case.a(pick(*ACKS))
    case.c(V(say_iban("".join(g[k:])), "IBAN", "".join(g[k:]), "iban"))


def pos_phone_call():
    reg = R.choice(["UK", "US", "IE", "EU"])
    v = gen_phone(reg)
    case = P("call/%s: phone number spoken (%s)" % (R.choice(INDUSTRIES), reg))
    case.a(pick("best number to reach you on", "and a contact number", "what number should the engineer call"))
    case.c(pick("it's ", "yeah ", "um ", "my mobile's ", ""), V(say_phone(v, reg), "PHONE", v),
           pick("", " any time after six", " yeah", " that's my mobile"))


def pos_phone_chat():
    reg = R.choice(["UK", "US", "IE", "EU"])
    v = gen_phone(reg)
    case = P("chat/%s: phone typed (%s formatting)" % (R.choice(INDUSTRIES), reg))
    case.c(pick("pls call me on ", "my number is ", "new no: ", "ring me ", "contact # "), V(fmt_phone(v, reg), "PHONE", v),
           pick("", " after 5pm", " thx", ", ticket 48213"))


def pos_phone_correct():
    reg = R.choice(["UK", "IE"])
    v = gen_phone(reg)
    w = v[:-1] + str((int(v[-1]) + 3) % 10)
    case = P("call/telecom: phone number with self-correction; both readings labelled")
    case.a("and your contact number")
    case.c(V(say_digits(w, reg), "PHONE", w), " no sorry ", V(say_digits(v, reg), "PHONE", v))
    case.a(pick("okay got it", "lovely"))


def pos_phone_split():
    reg = R.choice(["UK", "US"])
    v = gen_phone(reg)
    parts = [v[:5], v[5:]] if reg == "UK" else [v[:3], v[3:6], v[6:]]
    case = P("call/%s: phone split across turns with back-channels" % R.choice(INDUSTRIES))
    case.a("what's the number")
    for i, p in enumerate(parts):
        case.c(V(say_digits(p, reg, R.choice(["plain", "doubles"])), "PHONE", p, "ph"), pick("", "", " um"))
        if i < len(parts) - 1:
            case.a(pick(*ACKS))


def pos_email_call():
    reg = R.choice(["UK", "US", "IE"])
    v = gen_email(reg)
    case = P("call/%s: e-mail spoken with dot/at words" % R.choice(INDUSTRIES))
    case.a(pick("and an email for the receipt", "what email address should we send that to"))
    case.c(pick("it's ", "yeah it's ", "", "um "), V(say_email(v), "EMAIL", v), pick("", " all lower case", " thanks"))


def pos_email_chat():
    reg = R.choice(["UK", "US", "IE"])
    v = gen_email(reg)
    surf = v if R.random() < 0.7 else v.upper() if R.random() < 0.3 else v.capitalize()
    case = P("chat/%s: e-mail typed" % R.choice(INDUSTRIES))
    case.c(pick("email is ", "send it to ", "my new email: ", "pls update email to "), V(surf, "EMAIL", surf.lower()),
           pick("", " thanks", ".", " - order 7732910"))


def pos_dob_call():
    reg = R.choice(["UK", "US", "IE"])
    v = gen_dob()
    case = P("call/%s: date of birth spoken (%s style)" % (R.choice(INDUSTRIES), reg))
    case.a(pick("can you confirm your date of birth", "and your dob please", "date of birth for security"))
    case.c(pick("it's ", "", "yeah it's ", "um "), V(say_dob(v, reg), "DOB", v),
           pick("", " and i've been with you since twenty nineteen", " yeah"))


def pos_dob_chat():
    reg = R.choice(["UK", "US", "IE"])
    v = gen_dob()
    case = P("chat/%s: date of birth typed (%s)" % (R.choice(INDUSTRIES), reg))
    case.a("Please confirm your date of birth.")
    case.c(pick("dob ", "DOB: ", "born ", "its ", ""), V(fmt_dob(v, reg), "DOB", v),
           pick("", " and the appointment is on the 4th", " ta"))


def pos_postcode_call():
    if R.random() < 0.65:
        v = gen_uk_pc()
        st = R.choice(["plain", "nato", "for", "asin"])
        surf = say_uk_pc(v, st)
        reg = "UK"
    else:
        v = gen_zip()
        surf = say_digits(v, "US", R.choice(["plain", "doubles"]))
        reg = "US"
    case = P("call/%s: %s spoken" % (R.choice(INDUSTRIES), "UK postcode" if reg == "UK" else "US ZIP code"))
    case.a(pick("and the postcode" if reg == "UK" else "and the zip code", "can you confirm the first line and postcode" if reg == "UK" else "zip please"))
    case.c(pick("it's ", "", "yeah "), V(surf, "POSTCODE", v), pick("", " yeah", " i think"))


def pos_address_call():
    reg = R.choice(["UK", "US", "IE"])
    a = gen_address(reg, True)
    case = P("call/%s: street address spoken plus postcode" % R.choice(INDUSTRIES))
    case.a(pick("what's the first line of the address", "and the address for the delivery"))
    if reg == "UK":
        v = gen_uk_pc()
        case.c(pick("it's ", "", "um "), V(a, "ADDRESS", a), pick(" and the postcode is ", " postcode "), V(say_uk_pc(v, "plain"), "POSTCODE", v))
    elif reg == "US":
        v = gen_zip()
        case.c(pick("it's ", "", "um "), V(a, "ADDRESS", a), " " + R.choice(TOWNS_US) + " zip ", V(say_digits(v, "US"), "POSTCODE", v))
    else:
        case.c(pick("it's ", "", "um "), V(a, "ADDRESS", a), " " + R.choice(TOWNS_IE))


def pos_address_chat():
    reg = R.choice(["UK", "US"])
    a = gen_address(reg, False)
    if reg == "UK":
        v = gen_uk_pc()
        pc = fmt_uk_pc(v) if R.random() < 0.7 else v.lower()
        town = R.choice(TOWNS_UK).title()
    else:
        v = gen_zip(R.random() < 0.3)
        pc = v if len(v) == 5 else v[:5] + "-" + v[5:]
        town = R.choice(TOWNS_US).title() + ", " + R.choice(["OH", "TX", "OR", "FL", "CO"])
    case = P("chat/%s: address and postcode typed" % R.choice(["retail", "utilities", "insurance", "telecom"]))
    case.a("What's the delivery address?")
    case.c(pick("", "new address: ", "deliver to "), V(a, "ADDRESS", a), ", " + town + " ", V(pc, "POSTCODE", v),
           pick("", " - parcel 2 of 3", " thx"))


def pos_verify_combo():
    reg = R.choice(["UK", "IE"])
    d = gen_dob()
    v = gen_uk_pc()
    case = P("call/banking: DOB and postcode together in one verification turn")
    case.a("for security can i have your date of birth and postcode")
    case.c(pick("yeah it's ", "okay ", ""), V(say_dob(d, reg), "DOB", d), pick(" and ", " postcode "), V(say_uk_pc(v, "plain"), "POSTCODE", v))


def pos_beside_negatives():
    reg = R.choice(["UK", "US"])
    order = rdig(10, True)
    v = gen_phone(reg)
    case = P("call/retail: order number (unlabelled) immediately before a phone number")
    case.a("have you got the order number")
    case.c("yeah it's ", say_digits(order, reg), " and my number's ", V(say_phone(v, reg), "PHONE", v))


def pos_meter_and_pc():
    reading = rdig(5)
    v = gen_uk_pc()
    case = P("call/utilities: meter reading (unlabelled) then postcode")
    case.a("can i take the meter reading and the postcode of the property")
    case.c("reading's ", say_digits(reading, "UK"), " and postcode ", V(say_uk_pc(v, R.choice(["plain", "nato"])), "POSTCODE", v))


def pos_last4_then_full():
    reg = R.choice(["UK", "US"])
    c = gen_card()
    case = P("call/banking: last-four mention (unlabelled) then full card number")
    case.a("is that the card ending %s" % say_digits(c[-4:], reg))
    case.c("no the other one it's ", V(say_card(c, reg), "CARD_NUMBER", c))


def pos_ni_and_ref():
    n = gen_ni()
    ref = rdig(8, True)
    case = P("call/government services: claim reference (unlabelled) then NI number")
    case.a("have you got your claim reference and national insurance number")
    case.c("reference is ", say_digits(ref, "UK"), " and national insurance ", V(say_ni(n), "NI_NUMBER", n))


def pos_ssn_and_amount():
    s = gen_ssn()
    case = P("chat/healthcare billing: invoice amount and invoice number (unlabelled) beside SSN")
    case.c("invoice %s for $%d.%02d - my SSN is " % (rdig(7, True), R.randint(100, 3000), R.randint(0, 99)), V(fmt_ssn(s), "SSN", s))


def pos_email_correct():
    v = gen_email("UK")
    case = P("call/telecom: e-mail spoken by customer and read back by the agent (both labelled)")
    case.a("email address please")
    case.c(V(say_email(v), "EMAIL", v))
    case.a(V(say_email(v), "EMAIL", v), " is that right")
    case.c("yes")


def pos_phone_homophone():
    reg = R.choice(["UK", "IE", "US"])
    v = gen_phone(reg)
    while "4" not in v and "2" not in v:
        v = gen_phone(reg)
    words = say_digits(v, reg).split()
    words = [("for" if w == "four" and R.random() < 0.6 else "to" if w == "two" and R.random() < 0.6 else w) for w in words]
    if "for" not in words and "to" not in words:
        k = next(i for i, w in enumerate(words) if w in ("four", "two"))
        words[k] = "for" if words[k] == "four" else "to"
    case = P("call/%s: phone number with ASR homophones ('for' for four, 'to' for two)" % R.choice(INDUSTRIES))
    case.a("can i get a good number for you")
    case.c(pick("yeah it's ", "sure ", ""), V(" ".join(words), "PHONE", v), pick("", " that's the landline", " thanks"))


def pos_card_chitchat():
    reg = R.choice(["UK", "US", "IE"])
    c = gen_card("visa" if R.random() < 0.5 else "mc")
    g = card_groups(c)
    case = P("call/%s: card reading interrupted by chit-chat inside the same turn" % R.choice(["retail", "telecom", "travel"]))
    case.a("go ahead with the card number")
    case.c(V(say_digits(g[0] + g[1], reg), "CARD_NUMBER", g[0] + g[1], "card"),
           pick(" sorry the dog's going mad hang on ", " oh hold on i need my glasses um ", " sorry where was i yeah "),
           V(say_digits(g[2] + g[3], reg, R.choice(["plain", "doubles"])), "CARD_NUMBER", g[2] + g[3], "card"))
    case.a("thanks that's a payment of %s" % spoken_money(pick("pounds", "dollars", "euro")))


def pos_ni_nought():
    n = gen_ni()
    while "0" not in n[2:8]:
        n = gen_ni()
    case = P("call/government services: NI number with 'nought' and 'double' and an agent read-back")
    digits = say_digits(n[2:8], "UK", "doubles").replace("oh", "nought").replace("zero", "nought")
    surf = " ".join(n[:2].lower()) + " " + digits + " " + n[8].lower()
    case.a("national insurance number please")
    case.c(V(surf, "NI_NUMBER", n))
    case.a("so that's ", V(" ".join(n[:2]) + " " + " ".join(n[2:8]) + " " + n[8], "NI_NUMBER", n), " yeah")
    case.c("yes")


POS_TEMPLATES = [(pos_phone_homophone, 4), (pos_card_chitchat, 4), (pos_ni_nought, 3),
    (pos_card_call, 10), (pos_card_split, 7), (pos_card_chat, 8), (pos_card_full, 10), (pos_card_readback, 3),
    (pos_exp_cvv_chat, 6), (pos_ssn_call, 12), (pos_ssn_split, 5), (pos_ssn_chat, 10), (pos_ni_call, 12),
    (pos_ni_split, 5), (pos_ni_chat, 11), (pos_bank_call, 11), (pos_bank_chat, 6), (pos_us_account, 3),
    (pos_iban_chat, 9), (pos_iban_call, 5), (pos_phone_call, 9), (pos_phone_chat, 7), (pos_phone_correct, 2),
    (pos_phone_split, 3), (pos_email_call, 8), (pos_email_chat, 6), (pos_email_correct, 2), (pos_dob_call, 8),
    (pos_dob_chat, 6), (pos_postcode_call, 8), (pos_address_call, 9), (pos_address_chat, 6), (pos_verify_combo, 3),
    (pos_beside_negatives, 3), (pos_meter_and_pc, 3), (pos_last4_then_full, 3), (pos_ni_and_ref, 3),
    (pos_ssn_and_amount, 3),
]


# ============================================================================ negatives
def money(cur: str = "£") -> str:
    return "%s%s.%02d" % (cur, "{:,}".format(R.choice([R.randint(1, 99), R.randint(10, 480), R.randint(100, 2400)])), R.randint(0, 99))


def spoken_money(cur: str = "pounds") -> str:
    n = R.randint(101, 2999)
    th, rest = divmod(n, 1000)
    h, lo = divmod(rest, 100)
    parts = []
    if th:
        parts.append(UNIT_W[th] + " thousand")
    if h:
        parts.append(UNIT_W[h] + " hundred")
    if lo:
        parts.append(("and " if parts else "") + num2(lo))
    return " ".join(parts) + " " + cur + R.choice(["", " and " + num2(R.randint(1, 99)) + (" pence" if cur == "pounds" else " cents")])


def neg_order_typed():
    ref = rdig(R.choice([8, 9, 10]), True)
    case = N("chat/retail: long order number typed with its label, plus amount and delivery date")
    case.c(pick("Hi, order #", "where is my order ", "Order no. ", "order number: "), ref,
           pick(" hasn't arrived", " - paid %s on the 3rd" % money(), " still says processing", " was due 12/11"))
    case.a("Thanks, I can see order %s was dispatched on %d %s and should arrive within %d working days."
           % (ref, R.randint(1, 28), R.choice(MONTHS).title(), R.randint(2, 5)))


def neg_ref_spoken():
    ref = rdig(R.choice([8, 9, 10]), True)
    word = R.choice(["reference number", "case number", "claim number", "ticket number", "complaint reference",
                     "booking reference", "order number"])
    reg = R.choice(["UK", "US", "IE"])
    case = N("call/%s: %d-digit %s read digit by digit by the agent and repeated by the customer" % (R.choice(INDUSTRIES), len(ref), word))
    case.a("okay your %s is %s" % (word, say_digits(ref, reg, R.choice(["plain", "doubles"]))))
    case.c("sorry was that %s" % say_digits(ref, reg))
    case.a("that's right %s" % pick("and that's valid for thirty days", "keep hold of that", "quote that if you call back"))


def neg_tracking():
    case = N("chat/retail: courier tracking numbers with letters and digits")
    t = R.choice(["rm", "ups", "dpd"])
    if t == "rm":
        tr = R.choice(["RX", "JD", "TT", "LV"]) + rdig(8, True) + "GB"
    elif t == "ups":
        tr = "1Z" + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXY0123456789") for _ in range(6)) + rdig(2) + rdig(8)
    else:
        tr = rdig(4, True) + " " + rdig(4) + " " + rdig(6)
    case.a("Your parcel tracking number is %s, it's with the courier now." % tr)
    case.c("tracking %s says out for delivery since %d:%02d am?" % (tr, R.randint(6, 11), R.choice([0, 15, 30, 45])))


def neg_amount_digits():
    reg = R.choice(["UK", "US"])
    cur = "pounds" if reg == "UK" else "dollars"
    case = N("call/%s: amounts spoken in words and a balance read digit by digit" % R.choice(["banking", "utilities", "telecom"]))
    case.a("your current balance is %s" % spoken_money(cur))
    d = rdig(4, True)
    case.c("so is that %s point %s" % (say_digits(d, reg), say_digits(rdig(2), reg)))
    case.a("no sorry it's %s and the next payment of %s is due on the %s" % (spoken_money(cur), spoken_money(cur), ordinal(R.randint(1, 28))))


def neg_balance_chat():
    case = N("chat/banking: account balance, pending amount and APR")
    case.a("Your available balance is %s with %s pending. The APR on the card is %d.%d%%."
           % (money(), money(), R.randint(9, 34), R.randint(0, 9)))
    case.c("ok and the %s payment on %02d/%02d/%d?" % (money(), R.randint(1, 28), R.randint(1, 12), R.choice([2024, 2025])))


def neg_hours():
    case = N("call/%s: opening hours that look like phone digits" % R.choice(INDUSTRIES))
    case.c("what time are you open till")
    case.a(pick("we're open eight till eight monday to friday and nine till five thirty on saturday",
                "lines are open seven am to ten pm seven days a week",
                "it's eight thirty to six thirty weekdays and ten till four sundays",
                "the branch is open nine to five and nine to twelve thirty on saturdays"))
    case.c(pick("okay so after six then", "so nine to five", "cool ill ring back at half eight"))


def neg_hours_chat():
    case = N("chat/%s: typed opening hours and time ranges" % R.choice(INDUSTRIES))
    case.a(pick("We're available Mon-Fri 08:00-20:00, Sat 09:00-17:30 and Sun 10:00-16:00.",
                "Opening hours: 8-8 weekdays, 9-5 Sat. Closed 25/12 and 26/12.",
                "Our team works 7am-10pm, 365 days a year (except 25 Dec).",
                "Hours are 0800-2000 Mon to Fri and 0900-1300 Saturday."))
    case.c("ok thanks, ill call back after %d" % R.randint(2, 6))


def neg_model_serial():
    case = N("chat/%s: model and serial numbers" % R.choice(["retail", "telecom", "utilities"]))
    model = R.choice(["WH-1000XM4", "KDL-55X8509C", "SM-G991B", "HG8145V5", "TG-2492LG", "WF45T6000AW", "EB-4471"])
    serial = R.choice(["SN", "S/N ", "", "R58N"]) + rdig(R.choice([8, 10]), True)
    case.c("its the %s model, serial number %s, bought %d %s" % (model, serial, R.randint(1, 28), R.choice(MONTHS).title()))
    case.a("Thanks. Model %s is covered for %d months from purchase." % (model, R.choice([12, 24, 36])))


def neg_serial_spoken():
    s = rdig(R.choice([8, 9, 10]), True)
    reg = R.choice(["UK", "US"])
    case = N("call/%s: serial number read digit by digit with its label" % R.choice(["telecom", "retail", "utilities"]))
    case.a("can you read me the serial number on the back of the router")
    case.c("yeah serial number s n %s" % say_digits(s, reg, R.choice(["plain", "doubles"])))
    case.a("thanks and the model number")
    case.c("it says %s" % pick("h g eight one four five", "t g two four nine two", "vmg eight eight two five"))


def neg_meter():
    reg = R.choice(["UK", "IE"])
    r1, r2 = rdig(5), rdig(5)
    case = N("call/utilities: meter readings day and night read digit by digit")
    case.a("can i take your meter readings")
    case.c("day is %s and night is %s" % (say_digits(r1, reg, R.choice(["plain", "doubles", "pairs"])), say_digits(r2, reg)))
    case.a("lovely so day %s night %s taken on the %s" % (r1, r2, ordinal(R.randint(1, 28))))


def neg_meter_chat():
    case = N("chat/utilities: typed meter reading with decimal and submission date")
    case.c("gas reading %s.%s m3 taken %02d/%02d, electric %s kWh" % (rdig(5), rdig(1), R.randint(1, 28), R.randint(1, 12), rdig(5)))
    case.a("Thanks, your estimated bill of %s has been updated." % money())


def neg_appointment():
    case = N("call/%s: appointment date and time (not a birth date)" % R.choice(["healthcare billing", "utilities", "telecom", "government services"]))
    d = R.randint(1, 28)
    m = R.choice(MONTHS)
    case.a("i can book the %s for %s the %s of %s between %s and %s" %
           (pick("engineer", "appointment", "technician", "interview"), R.choice(["monday", "tuesday", "thursday"]),
            ordinal(d), m, pick("eight", "nine", "ten thirty"), pick("twelve", "one", "two thirty")))
    case.c("the %s of %s yeah that works" % (ordinal(d), m))


def neg_appt_chat():
    case = N("chat/healthcare billing: appointment and payment dates typed")
    case.a("Your appointment is on %02d/%02d/2025 at %d:%02d in clinic %d." %
           (R.randint(1, 28), R.randint(1, 12), R.randint(8, 16), R.choice([0, 15, 30, 40]), R.randint(1, 9)))
    case.c("and the bill for %s, is that due on %s %d?" % (money("$"), R.choice(MONTHS).title(), R.randint(1, 28)))


def neg_last4():
    reg = R.choice(["UK", "US", "IE"])
    l4 = rdig(4)
    case = N("call/%s: card last-four mention only" % R.choice(["banking", "retail", "telecom"]))
    case.a("i can see the payment was taken from the card ending %s" % say_digits(l4, reg))
    case.c("yeah the one ending %s that's my debit card" % say_digits(l4, reg))


def neg_last4_chat():
    l4 = rdig(4)
    case = N("chat/banking: masked card and last four typed")
    case.a(pick("Payment of %s taken from card ending %s." % (money(), l4), "Card **** **** **** %s was charged %s." % (l4, money()),
                "Your Visa ending in %s was declined for %s." % (l4, money("$"))))
    case.c("yes the %s one, can you retry it?" % l4)


def neg_invoice():
    case = N("chat/%s: invoice, claim and policy references" % R.choice(["insurance", "healthcare billing", "utilities"]))
    inv = R.choice(["INV-", "INV", "Invoice #"]) + rdig(R.choice([6, 8]), True)
    clm = R.choice(["CLM-", "CL", "Claim "]) + rdig(8, True)
    pol = R.choice(["POL-", "PX", "HX-"]) + rdig(4, True) + "-" + rdig(4)
    case.c("Re %s and %s, policy %s - why was I charged %s?" % (inv, clm, pol, money()))
    case.a("I can see %s relates to the excess of %s." % (inv, money()))


def neg_flight():
    case = N("call/travel: flight numbers, gates, times and seat numbers")
    fl = R.choice(["ei", "ba", "fr", "ua", "dl", "aa"])
    num = R.randint(100, 2999)
    case.c("i'm on flight %s %s on the %s" % (" ".join(fl), say_digits(str(num), "UK"), ordinal(R.randint(1, 28))))
    case.a("okay that's %s%d departing %d:%02d from terminal %d seat %d%s" % (fl.upper(), num, R.randint(5, 21), R.choice([5, 20, 35, 50]),
                                                                         R.randint(1, 5), R.randint(1, 40), R.choice("ABCDEF")))


def neg_room():
    case = N("call/travel: hotel room number, nights, price per night")
    case.c("i'm in room %s checking out on the %s" % (say_digits(str(R.randint(101, 1499)), "UK"), ordinal(R.randint(1, 28))))
    case.a("that's %s nights at %s a night" % (num2(R.randint(2, 14)), spoken_money(R.choice(["euro", "pounds", "dollars"])).replace(" and ", " ", 0)))


def neg_speed_data():
    case = N("chat/telecom: broadband speeds, data allowance, contract length")
    case.a("The %d Mbps plan is %s/month on a %d month contract with %dGB data and %s minutes." %
           (R.choice([150, 500, 900]), "£%d.99" % R.randint(19, 79), R.choice([12, 18, 24]), R.choice([20, 50, 100]), "{:,}".format(R.choice([1500, 3000]))))
    case.c("I only get about %d.%d Mbps at %dpm" % (R.randint(3, 60), R.randint(0, 9), R.randint(6, 11)))


def neg_ages_temp():
    case = N("call/%s: ages, temperatures, counts" % R.choice(["insurance", "utilities", "healthcare billing"]))
    case.c("my mum's %s and the heating's only getting to %s degrees in the %s bedroom house" %
           (num2(R.randint(70, 96)), num2(R.randint(12, 17)), num2(R.randint(2, 5))))
    case.a("okay i'll mark that as priority with %s vulnerable occupants" % num2(R.randint(2, 3)))


def neg_years_pct():
    case = N("chat/%s: years, percentages, durations" % R.choice(["banking", "insurance", "telecom"]))
    case.c("Been a customer since %d, why did my premium go up %d%%? Was on hold %d mins" %
           (R.randint(1998, 2020), R.randint(5, 40), R.randint(15, 90)))
    case.a("Premiums rose %d.%d%% across %d policies this year." % (R.randint(3, 20), R.randint(0, 9), R.randint(2, 9)))


def neg_contract_date():
    case = N("call/%s: contract start and end dates, not birth dates" % R.choice(["telecom", "utilities", "insurance"]))
    y = R.randint(2019, 2024)
    case.a("your contract started on the %s of %s %s and ends %s %s" % (ordinal(R.randint(1, 28)), R.choice(MONTHS), year_words(y),
                                                                         R.choice(MONTHS), year_words(y + 2)))
    case.c("right so i've got %s months left" % num2(R.randint(2, 20)))


def neg_renewal_chat():
    case = N("chat/insurance: renewal date in MM/YY and MM/YYYY form without card context")
    m, y = R.randint(1, 12), R.randint(26, 29)
    case.a("Your policy renews %02d/%d and the next instalment of %s is on %02d/%02d." % (m, 2000 + y, money(), R.randint(1, 28), m))
    case.c("ok, the %02d/%d renewal, can I pay annually instead?" % (m, y))


def neg_quantity():
    case = N("chat/retail: SKU, quantities, prices")
    case.c("I ordered %d x SKU %s-%s at %s each and only got %d" % (R.randint(2, 12), rdig(5, True), rdig(3), money(), R.randint(1, 3)))
    case.a("Sorry about that, I've refunded %s to your original payment method." % money())


def neg_times():
    case = N("call/%s: times and durations read as numbers" % R.choice(INDUSTRIES))
    case.c("i called at %s and waited %s minutes then again at %s" %
           (pick("ten fifteen", "nine forty five", "eleven oh five", "two thirty"), num2(R.randint(20, 59)),
            pick("four twenty", "half three", "five to six")))
    case.a("i do apologise the wait times between %s and %s are around %s minutes" %
           (pick("nine", "ten"), pick("twelve", "one"), num2(R.randint(15, 45))))


def neg_cpt_codes():
    case = N("chat/healthcare billing: procedure codes and amounts (five-digit codes that are not ZIP codes)")
    codes = [str(R.choice([99213, 99214, 80053, 85025, 93000, 36415, 71046])) for _ in range(2)]
    case.a("The claim lists CPT codes %s and %s, billed %s, with a patient responsibility of %s." % (codes[0], codes[1], money("$"), money("$")))
    case.c("why is %s on there, i only had a blood test" % codes[1])


def neg_gov():
    case = N("call/government services: tax code, benefit amounts, tax year")
    case.a("your tax code is %s and the payment of %s goes in every %s weeks" %
           (pick("twelve fifty seven l", "one two five seven l", "b r", "eleven eighty five l"), spoken_money("pounds"), num2(R.choice([2, 4]))))
    case.c("and that's for the %s to %s tax year" % (year_words(R.choice([2023, 2024])), year_words(2025)))


def neg_extension():
    case = N("call/%s: internal extension, queue and store numbers" % R.choice(INDUSTRIES))
    case.a("i'll transfer you to extension %s that's the %s team" % (say_digits(rdig(4, True), "UK"), pick("billing", "claims", "repairs")))
    case.c("okay and store %s till %s was where i bought it" % (say_digits(rdig(4, True), "UK"), num2(R.randint(1, 12))))


def neg_mileage():
    case = N("chat/insurance: mileage, vehicle year, engine size, excess")
    case.c("%d Ford Focus, %s miles on the clock, 1.%d litre, excess %s" % (R.randint(2008, 2023), "{:,}".format(R.randint(12000, 140000)),
                                                                           R.choice([0, 5, 6]), money()))
    case.a("Thanks, annual mileage of %s is fine for the quote." % "{:,}".format(R.choice([6000, 8000, 10000, 12000])))


def neg_booking():
    case = N("chat/travel: booking reference, dates of travel, passengers, price")
    ref = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    case.c("booking %s, %d adults %d children, %02d/%02d to %02d/%02d, paid %s" % (ref, R.randint(1, 4), R.randint(0, 3), R.randint(1, 14), R.randint(5, 9),
                                                                    R.randint(15, 28), R.randint(5, 9), money("€")))
    case.a("Booking %s is confirmed, check-in from 15:00." % ref)


def neg_account_ref_words():
    ref = rdig(10, True)
    reg = R.choice(["UK", "IE"])
    case = N("call/utilities: ten-digit customer reference said in pairs and groups with its label")
    case.a("whats your customer reference it's on the top of the bill")
    case.c("customer reference %s" % say_digits(ref, reg, "pairs"))
    case.a("thanks and the bill was %s for %s days" % (spoken_money("pounds" if reg == "UK" else "euro"), num2(R.randint(28, 92))))


def neg_price_digits():
    case = N("call/retail: prices said as digit strings")
    case.c("the one that's %s" % pick("nine ninety nine", "four nine nine", "one nine nine ninety nine", "two four nine", "twenty nine ninety nine"))
    case.a("yeah that's %s with %s percent off till sunday" % (pick("down to seven ninety nine", "now three ninety nine", "reduced to one forty nine"), num2(R.choice([10, 20, 25, 30]))))


def neg_payment_date():
    case = N("call/banking: payment dates and amounts (not DOB)")
    case.c("i made a payment on the %s of %s for %s" % (ordinal(R.randint(1, 28)), R.choice(MONTHS), spoken_money("pounds")))
    case.a("i can see that payment of %s received on the %s and it cleared on the %s" %
           (spoken_money("pounds"), ordinal(R.randint(1, 28)), ordinal(R.randint(1, 28))))


def neg_issue_numbers():
    case = N("chat/telecom: fault ref, router firmware version and line test figures")
    case.a("Fault ref FLT%s raised. Firmware %d.%d.%d, line attenuation %d.%d dB, SNR %d.%d dB." %
           (rdig(8, True), R.randint(1, 9), R.randint(0, 20), R.randint(0, 300), R.randint(10, 60), R.randint(0, 9), R.randint(3, 12), R.randint(0, 9)))
    case.c("ok so FLT ref for the %s outage" % R.choice(["monday", "weekend", "%dth" % R.randint(4, 28)]))


def neg_grouped_ref():
    ref = rdig(10, True)
    word = R.choice(["Reference", "Ref no.", "Case ID", "Claim no.", "Account reference"])
    case = N("chat/%s: 10-digit reference typed in phone-like groups with its label" % R.choice(["insurance", "utilities", "government services"]))
    case.a("%s: %s %s %s. Please quote this in all correspondence." % (word, ref[:4], ref[4:7], ref[7:]))
    case.c("thanks, so %s-%s-%s is the one for the %s claim?" % (ref[:4], ref[4:7], ref[7:], R.choice(["water damage", "windscreen", "storm"])))


def neg_confirmation_code():
    code = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    st = R.choice(["plain", "nato", "for"])
    spoken = " ".join(say_letter(ch, st) if ch.isalpha() else UNIT_W[int(ch)] for ch in code)
    case = N("call/travel: alphanumeric booking confirmation code spelled out")
    case.a("your confirmation code is %s" % spoken)
    case.c("got it %s and that's for %s passengers" % (spoken, num2(R.randint(2, 6))))


def neg_movein():
    case = N("call/utilities: move-in date, house age and years (dates that are not a date of birth)")
    case.c("we moved in on the %s of %s %s and the house was built in %s" % (ordinal(R.randint(1, 28)), R.choice(MONTHS),
                                                                            year_words(R.randint(2015, 2024)), year_words(R.choice([1930, 1965, 1982, 1999]))))
    case.a("okay so the final bill for the previous tenant ends on the %s" % ordinal(R.randint(1, 28)))


NEG_TEMPLATES = [(neg_grouped_ref, 4), (neg_confirmation_code, 3), (neg_movein, 3),
    (neg_order_typed, 6), (neg_ref_spoken, 8), (neg_tracking, 5), (neg_amount_digits, 5), (neg_balance_chat, 4),
    (neg_hours, 4), (neg_hours_chat, 4), (neg_model_serial, 4), (neg_serial_spoken, 4), (neg_meter, 5),
    (neg_meter_chat, 3), (neg_appointment, 4), (neg_appt_chat, 3), (neg_last4, 5), (neg_last4_chat, 4),
    (neg_invoice, 4), (neg_flight, 4), (neg_room, 2), (neg_speed_data, 3), (neg_ages_temp, 3), (neg_years_pct, 3),
    (neg_contract_date, 3), (neg_renewal_chat, 3), (neg_quantity, 3), (neg_times, 3), (neg_cpt_codes, 3),
    (neg_gov, 3), (neg_extension, 3), (neg_mileage, 2), (neg_booking, 3), (neg_account_ref_words, 4),
    (neg_price_digits, 3), (neg_payment_date, 3), (neg_issue_numbers, 2),
]


# ============================================================================ build / check
MIN_TYPE = {t: 12 for t in TYPES}
MIN_TYPE.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
MIN_POS, MIN_NEG = 170, 100


def build():
    POS.clear()
    NEG.clear()
    R.seed(SEED)
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            fn()
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            fn()
    pos = POS[:]
    neg = NEG[:]
    R.shuffle(pos)
    R.shuffle(neg)
    lines = []
    for i, c in enumerate(pos, 1):
        c.id = "h304-pos-%03d" % i
    for i, c in enumerate(neg, 1):
        c.id = "h304-neg-%03d" % i
    for c in pos + neg:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note},
                                ensure_ascii=False))
    return pos, neg, "\n".join(lines) + "\n"


def counts(pos):
    cnt = Counter()
    for c in pos:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def readme(pos, neg) -> str:
    cnt = counts(pos)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# PII hold-out set 304 (`pii_holdout304`)

**Never use this set for tuning.** It is a held-out evaluation set: do not adjust patterns,
thresholds or word lists of the redactor by looking at these cases or at failures on them.

## Who wrote it and how

Written by an AI helper acting as an *independent author*: it did not read the redaction code,
its tests, its documentation, the benchmark script or any other PII fixture. It saw only a
three-line example of the JSONL format. All cases are produced by
`scripts/make_pii_holdout304.py` from template functions; every turn is assembled from plain
text segments and (value, TYPE) segments, so the span offsets are computed, never typed by hand.
All values come from one `random.Random({SEED})`; the output is byte-for-byte reproducible.

`python scripts/make_pii_holdout304.py --check` regenerates the set and verifies: identical
bytes, unique ids, offsets in range and on word boundaries, non-overlapping spans, and that each
labelled span, after normalising spoken forms (digit words, "oh"/"nought", "double"/"triple",
pair words such as "forty one", NATO / "b for bravo" letters, "dot"/"at" in e-mails, month names
and ordinals), reproduces the generated value, which is itself validated (Luhn for cards,
mod-97 for IBANs, NI number format, 9-digit SSN rules, 6-digit sort codes, digit counts for
CVV / phone / account, UK postcode and US ZIP shapes, real month/day/year for DOB and expiry).
It also lints the negatives for typed card/SSN/e-mail/postcode/NI look-alikes.

## Contents

* {len(pos)} positive cases, {len(neg)} negative cases (negatives have `"spans": []`).
* Chat (typed: varied separators, case, labels such as "s/c", "a/c", "exp", "ss#") and phone
  calls written as an ASR transcript (lower case, numbers as words, "oh"/"o"/"nought"/"zero",
  "double seven", "triple two", pairs like "forty one eleven", years like "nineteen eighty two",
  letters as "b for bravo" / NATO / "a as in apple", e-mails as "j dot doe at gmail dot com").
* ASR homophones inside spoken numbers ("for" for four, "to" for two), chit-chat interrupting a
  card reading inside one turn (two spans), and agent read-backs typed as digits by the ASR.
* Values split across consecutive customer turns with agent back-channels ("mhm", "okay go on"),
  self-corrections (both readings labelled), agent read-backs (labelled), fillers after values.
* Industries: banking, telecom, utilities, retail, insurance, travel, healthcare billing,
  government services; regions: UK, US, Ireland, EU (DE/FR/NL/ES IBANs and phone numbers).
* Negatives: long order / case / claim / ticket / invoice / booking references (up to 10
  digits, with their label word, typed or read digit by digit), courier tracking numbers,
  amounts and balances (in words and read digit by digit), opening hours, model and serial
  numbers, meter readings, appointment / payment / contract / renewal dates, card last-four
  mentions, flight and room numbers, speeds, ages, temperatures, years, percentages,
  procedure codes, tax codes, extensions, mileage.
* Some positives deliberately place non-PII numbers (order number, meter reading, claim
  reference, last four, invoice amount) right next to the PII; those are unlabelled.

## Annotation conventions

* A span covers exactly the value: the digits / number words / letter words of the value, from
  the first to the last token of the value. Lead-ins ("it's", "my number is"), labels ("sort",
  "exp", "cvv", "IBAN:") and trailing fillers ("um", "yeah") are outside the span.
* Spoken letters with a disambiguator ("b for bravo", "a as in apple") are inside the span.
* Phone numbers include "plus" and the country code when said/typed ("+44 ...", "plus four four ...").
* When a value is split over several turns, each turn's piece is its own span of the same type.
* A UK sort code and an account number are separate spans (SORT_CODE, BANK_ACCOUNT); a card, its
  expiry and its CVV are separate spans. An address span is the street line (house/flat number
  and street), without town; the postcode is its own POSTCODE span.
* DOB spans cover the whole spoken/typed date ("the fourteenth of march nineteen eighty two"
  starts at "the" only when the speaker says it as part of the date).
* Card last-four mentions ("card ending four four one two") are not labelled anywhere.

## Span counts per type

| type | spans |
|---|---|
{rows}
| **total** | {sum(cnt.values())} |
"""


def boundary_ok(text: str, s: int, e: int) -> bool:
    if s < 0 or e > len(text) or s >= e:
        return False
    if s > 0 and text[s - 1].isalnum():
        return False
    if e < len(text) and text[e].isalnum():
        return False
    span = text[s:e]
    return span == span.strip() and (span[0].isalnum() or span[0] in "+(") and (span[-1].isalnum() or span[-1] == ")")


def lint_negative(text: str) -> list[str]:
    errs = []
    for m in re.finditer(r"\d[\d \-.]{11,}\d", text):
        d = re.sub(r"\D", "", m.group())
        for L in range(13, 20):
            for i in range(0, len(d) - L + 1):
                if luhn_ok(d[i:i + L]):
                    errs.append("luhn-valid run %r" % d[i:i + L])
    if re.search(r"\b\d{3}-\d{2}-\d{4}\b", text):
        errs.append("ssn-like")
    if re.search(r"\S+@\S+\.\w+", text):
        errs.append("email-like")
    for m in re.finditer(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}\b", text):
        errs.append("postcode-like %r" % m.group())
    for m in re.finditer(r"\b[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]\b", text):
        errs.append("ni-like %r" % m.group())
    for m in re.finditer(r"\b\d{11,}\b", text):
        errs.append("long digit run %r" % m.group())
    return errs


def check() -> int:
    pos, neg, data = build()
    problems = []
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
        problems.append("cases.jsonl differs from a fresh regeneration (run without --check)")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(pos, neg):
        problems.append("README.md differs from a fresh regeneration")
    ids = set()
    for line in data.splitlines():
        obj = json.loads(line)
        if obj["id"] in ids:
            problems.append("duplicate id " + obj["id"])
        ids.add(obj["id"])
    for c in pos + neg:
        if c.kind == "negative":
            if c.spans:
                problems.append(c.id + ": negative with spans")
            for t in c.turns:
                for e in lint_negative(t["text"]):
                    problems.append("%s: %s" % (c.id, e))
            continue
        if not c.spans:
            problems.append(c.id + ": positive without spans")
        for (idx, typ, val) in c.values:
            sp = c.spans[idx]
            if typ not in TYPES:
                problems.append("%s: bad type %s" % (c.id, typ))
            text = c.turns[sp["turn"]]["text"]
            if not boundary_ok(text, sp["start"], sp["end"]):
                problems.append("%s: span %d not on word boundary %r" % (c.id, idx, text[sp["start"]:sp["end"]]))
                continue
            err = check_span_text(typ, text[sp["start"]:sp["end"]], val)
            if err:
                problems.append("%s: span %d %s: %s" % (c.id, idx, typ, err))
        for grp, parts in c.groups.items():
            typ = parts[0][0]
            whole = "".join(p[1] for p in parts)
            err = validate_value(typ, whole)
            if err:
                problems.append("%s: group %s %s %r: %s" % (c.id, grp, typ, whole, err))
        by_turn = {}
        for sp in c.spans:
            by_turn.setdefault(sp["turn"], []).append((sp["start"], sp["end"]))
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans in turn %d" % (c.id, t))
            if t >= len(c.turns):
                problems.append("%s: turn index out of range" % c.id)
    cnt = counts(pos)
    if len(pos) < MIN_POS:
        problems.append("only %d positives" % len(pos))
    if len(neg) < MIN_NEG:
        problems.append("only %d negatives" % len(neg))
    for t in TYPES:
        if cnt[t] < MIN_TYPE[t]:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], MIN_TYPE[t]))
    print("pii_holdout304: %d positives, %d negatives, %d spans" % (len(pos), len(neg), sum(cnt.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in problems[:80]:
        print("PROBLEM:", p)
    if problems:
        print("CHECK FAILED: %d problem(s)" % len(problems))
        return 1
    print("CHECK OK")
    return 0


def main(argv: list[str]) -> int:
    if "--check" in argv:
        return check()
    pos, neg, data = build()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(data, encoding="utf-8")
    README.write_text(readme(pos, neg), encoding="utf-8")
    cnt = counts(pos)
    print("wrote %s: %d positives, %d negatives; %s" % (CASES, len(pos), len(neg), dict(cnt)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

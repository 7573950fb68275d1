#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout112``.

Written by an AI helper acting as an independent author that did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
from the seed below.

    python scripts/make_pii_holdout112.py          # write fixture + README
    python scripts/make_pii_holdout112.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

SEED = 112241126
ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout112"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h112"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- values
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
NAMEWORD = {"a": "apple", "b": "bertie", "c": "charles", "d": "david", "e": "edward",
            "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
            "m": "mother", "n": "nelly", "p": "peter", "r": "robert", "s": "sugar",
            "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "visa13", "maestro"])
    if kind == "visa":
        p, n = "4" + str(R.randint(0, 9)), 16
    elif kind == "mc":
        p, n = str(R.choice([51, 52, 53, 54, 55, 2221, 2720])), 16
    elif kind == "amex":
        p, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        p, n = "6011", 16
    elif kind == "visa19":
        p, n = "4", 19
    elif kind == "visa13":
        p, n = "4", 13
    else:
        p, n = R.choice(["6759", "6761", "5018"]), R.choice([16, 18, 19])
    body = p + "".join(str(R.randint(0, 9)) for _ in range(n - len(p) - 1))
    # insert some zeros/repeats for spoken variety
    body = list(body)
    for _ in range(2):
        k = R.randint(len(p), len(body) - 1)
        body[k] = R.choice(["0", "0", body[k - 1]])
    body = "".join(body)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    return f"{a:03d}{g:02d}{s:04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    digits = "".join(str(R.randint(0, 9)) for _ in range(6))
    if R.random() < 0.4:
        k = R.randint(1, 5)
        digits = digits[:k] + digits[k - 1] + digits[k + 1:]
    return p + digits + R.choice("ABCD")


def iban_check(body_country: str, bban: str) -> str:
    rearr = bban + body_country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    rearr = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def make_iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    L = "ABCDEFGHJKLMNPRSTUWXYZ"
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif country == "DE":
        bban = dg(18)
    elif country == "FR":
        bban = dg(23)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABN"]) + dg(10)
    else:
        bban = dg(20)
    _ = L
    return country + iban_check(country, bban) + bban


def digits(n, first_nonzero=True):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def make_phone(region):
    if region == "UK":
        return "07" + digits(9, False)
    if region == "UKL":
        return R.choice(["020", "0161", "0113", "0131", "0121"]) + digits(7, False) if True else ""
    if region == "IE":
        return "08" + R.choice("35679") + digits(7, False)
    # US
    return R.choice(["212", "415", "312", "617", "503", "713", "602", "404"]) + str(R.randint(2, 9)) + digits(6, False)


UK_POSTCODES = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 3HN", "EH3 9DR",
                "G12 8QQ", "BS8 1TH", "NE1 4ST", "CF10 3NP", "L18 2EP", "OX4 1YB", "BT7 1NN",
                "EC1V 9BD", "N16 8JT", "SE15 4RF", "KT2 7HA", "RG1 8DB", "NG7 2RD", "PL4 6BX",
                "TW9 1EH", "W1D 3QU", "BN2 1TW", "CB4 2HY", "HU5 3SJ", "DE22 1AB", "YO31 7PE"]
US_ZIPS = ["10027", "94110", "60614", "02139", "97214", "77006", "85004", "30307",
           "98103", "80205", "55408", "19104", "33139", "48201", "73103"]
STREETS_UK = ["Elm Grove", "Church Lane", "Victoria Road", "Mill Street", "Station Road",
              "Kingsway Close", "Beech Avenue", "Park Terrace", "Orchard Way", "Harbour View",
              "Queens Crescent", "Addison Gardens", "Meadow Rise", "Albert Drive"]
STREETS_US = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Pine Drive", "Cedar Lane",
              "Lakeview Court", "Hillcrest Road", "Washington Street", "Birch Place", "Elm Parkway"]
STREETS_IE = ["Griffith Avenue", "Main Street", "Dame Street", "Rathgar Road", "Shore Road",
              "Castle Park", "Mount Prospect Avenue"]
FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kevin", "emma", "omar",
         "grace", "daniel", "niamh", "carlos", "helen", "raj", "zoe", "martin", "fiona", "ben"]
LAST = ["doyle", "patel", "smith", "obrien", "nguyen", "hughes", "kowalski", "murphy",
        "garcia", "evans", "walsh", "khan", "brennan", "lee", "fischer", "campbell"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "protonmail.com", "gmx.de"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f[0]}{l}{R.randint(1, 99)}"
    elif style == 2:
        local = f"{f}_{l}"
    elif style == 3:
        local = f"{f}{l}"
    else:
        local = f"{l}.{f[0]}"
    return f"{local}@{R.choice(DOMAINS)}"


def make_dob():
    return date(R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28))


# ---------------------------------------------------------------- speaking
def zero_word(region="UK"):
    if region == "US":
        return R.choice(["zero", "zero", "oh", "o"])
    return R.choice(["zero", "oh", "oh", "o", "nought"])


def say_digit(d, region="UK", homo=False):
    if d == "0":
        return zero_word(region)
    if homo and R.random() < 0.25:
        return {"1": "won", "2": R.choice(["to", "too"]), "4": "for", "8": "ate"}.get(d, DW[int(d)])
    return DW[int(d)]


def say_digits(s, region="UK", compress=0.5, homo=False):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if run >= 3 and R.random() < compress:
            out.append("triple " + say_digit(s[i], region))
            i += 3
        elif run >= 2 and R.random() < compress:
            out.append("double " + say_digit(s[i], region))
            i += 2
        else:
            out.append(say_digit(s[i], region, homo))
            i += 1
    return " ".join(out)


def say_pair(p, region="UK"):
    a, b = p[0], p[1]
    if a == "0":
        if b == "0":
            return "double " + zero_word(region)
        return zero_word(region) + " " + DW[int(b)]
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + DW[int(b)]


def say_group(g, region="UK"):
    """Say a group of digits in a mixture of styles (pairs, hundreds, digits)."""
    if len(g) == 4 and g[2:] == "00" and g[0] != "0" and R.random() < 0.7:
        if g[1] == "0":
            return DW[int(g[0])] + " thousand"
        return say_pair(g[:2], region) + " hundred"
    if len(g) == 3 and g[1:] == "00" and g[0] != "0":
        return DW[int(g[0])] + " hundred"
    if len(g) % 2 == 0 and R.random() < 0.6:
        return " ".join(say_pair(g[k:k + 2], region) for k in range(0, len(g), 2))
    if len(g) == 3 and g[0] != "0" and R.random() < 0.5:
        return DW[int(g[0])] + " " + say_pair(g[1:], region)
    return say_digits(g, region)


TENS_SET = set(w for w in TENS if w)
UNIT_START = set(DW[1:]) | {"won", "to", "too", "for", "ate"}


def safe_join(parts, raw, region="UK"):
    """Join spoken groups; avoid 'forty' + 'seven' merging into 47 across groups."""
    parts = list(parts)
    for i in range(len(parts) - 1):
        if parts[i].split()[-1] in TENS_SET and parts[i + 1].split()[0] in UNIT_START:
            parts[i] = say_digits(raw[i], region)
    return " ".join(parts)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def card_groups(c):
    if len(c) == 15:
        return chunks(c, [4, 6, 5])
    if len(c) == 13:
        return chunks(c, [4, 3, 3, 3])
    return chunks(c, [4] * 5)


def say_letter(ch, style=None):
    ch = ch.lower()
    style = style or R.choice(["plain", "plain", "nato", "for"])
    if style == "plain":
        return ch
    if style == "nato":
        return NATO[ch]
    word = NAMEWORD.get(ch, NATO[ch])
    return f"{ch} {R.choice(['for', 'for', 'as in'])} {word}"


# ---------------------------------------------------------------- normalising
UNIT = {w: str(i) for i, w in enumerate(DW)}
UNIT.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "won": "1", "to": "2", "too": "2",
             "for": "4", "ate": "8", "niner": "9"})
TEEN = {w: str(10 + i) for i, w in enumerate(TEENS)}
TEN = {w: str(i) for i, w in enumerate(TENS) if w}
FILLER = {"um", "uh", "er", "erm", "ah", "dash", "hyphen", "space", "slash", "and", "then",
          "sorry", "is", "it's", "its", "the", "yeah", "so", "hmm", "like", "-", "/", ".", ",",
          "plus", "+", "(", ")", "of", "st", "nd", "rd", "th"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["xray"] = "x"
NAME_REV = {v: k for k, v in NAMEWORD.items()}
MONTH_REV = {m: f"{i + 1:02d}" for i, m in enumerate(MONTHS)}
MONTH_REV.update({m[:3]: f"{i + 1:02d}" for i, m in enumerate(MONTHS)})


def norm(text, letters=False):
    """Turn a spoken / typed rendering into the bare value; None if a token is unknown."""
    toks = re.findall(r"x-ray|[a-z]+'?[a-z]*|\d+|[^\sa-z\d]", text.lower())
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        piece = None
        if letters and len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            piece, i = t.upper(), i + 3
        elif letters and len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks):
            piece, i = t.upper(), i + 4
        elif t.isdigit():
            piece, i = t, i + 1
        elif t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        elif t in TEEN:
            piece, i = TEEN[t], i + 1
        elif t in TEN:
            if nxt in UNIT and UNIT[nxt] != "0" and nxt not in ("to", "too", "for", "won", "ate"):
                piece, i = TEN[t] + UNIT[nxt], i + 2
            else:
                piece, i = TEN[t] + "0", i + 1
        elif t == "hundred":
            piece, i = "00", i + 1
        elif t == "thousand":
            piece, i = "000", i + 1
        elif letters and t in NATO_REV:
            piece, i = NATO_REV[t].upper(), i + 1
        elif letters and len(t) == 1 and t.isalpha() and t != "o":
            piece, i = t.upper(), i + 1
        elif letters and t.isalpha() and re.fullmatch(r"[a-z]{1,2}\d*", t) is None and False:
            pass
        elif t in UNIT:
            piece, i = UNIT[t], i + 1
        elif t in MONTH_REV:
            piece, i = MONTH_REV[t], i + 1
        elif t in FILLER and not (letters and t in ("st", "nd", "rd", "th")):
            i += 1
            continue
        elif letters and re.fullmatch(r"[a-z]+", t) and len(t) <= 4:
            piece, i = t.upper(), i + 1
        else:
            return None
        out.append(piece * mult)
        mult = 1
    return "".join(out)


def norm_alnum(text):
    """Typed form: keep letters and digits only."""
    return re.sub(r"[^A-Za-z0-9]", "", text).upper()


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def validate_value(typ, canon):
    """Validate the canonical (joined) value of one entity."""
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "EXPIRY":
        return canon.isdigit() and len(canon) in (4, 6) and 1 <= int(canon[:2]) <= 12
    if typ == "SSN":
        return (canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666")
                and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(canon)) and canon[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 12
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        return canon.isdigit() and 10 <= len(canon) <= 13
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", canon))
    if typ == "DOB":
        try:
            y, m, d = map(int, canon.split("-"))
            date(y, m, d)
            return 1900 < y < 2010
        except ValueError:
            return False
    if typ == "POSTCODE":
        return bool(UK_PC.match(canon) or re.fullmatch(r"\d{5}(\d{4})?", canon))
    if typ == "ADDRESS":
        return bool(re.match(r"^\d+[A-Z]? ", canon))
    return False


def email_norm(text):
    t = text.lower().strip()
    t = re.sub(r"\s+at\s+", "@", " " + t + " ").strip()
    t = re.sub(r"\s*\b(dot|period|point)\b\s*", ".", t)
    t = re.sub(r"\s*\bunderscore\b\s*", "_", t)
    t = re.sub(r"\s*\b(dash|hyphen)\b\s*", "-", t)
    t = t.replace(" ", "")
    return t


def piece_norm(typ, text):
    """Normalise one span's text for comparison with its (partial) canonical value."""
    if typ == "EMAIL":
        return email_norm(text)
    if typ == "ADDRESS":
        return None  # checked separately
    if typ == "DOB":
        return None
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    n = norm(text, letters=letters)
    if n is None:
        n2 = norm_alnum(text)
        return n2
    return n.upper()


# ---------------------------------------------------------------- case building
class V:
    """A labelled value segment: text as it appears, its TYPE, canonical value, group tag."""

    def __init__(self, text, typ, canon, group=0):
        self.text, self.typ, self.canon, self.group = text, typ, canon, group


CASES_OUT = []
META = []


def add_case(kind, note, turns):
    """turns: list of (speaker, [segments]); segment = str or V."""
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                groups.setdefault((s.typ, s.canon, s.group), []).append(s.text)
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    n = sum(1 for c in CASES_OUT if c["kind"] == kind) + 1
    cid = f"{PREFIX}-{'pos' if kind == 'positive' else 'neg'}-{n:03d}"
    if kind == "negative":
        assert not spans
    CASES_OUT.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    META.append(groups)


def P(note, *turns):
    add_case("positive", note, list(turns))


def N(note, *turns):
    add_case("negative", note, list(turns))


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


# ---------------------------------------------------------------- typed renderings
def type_card(c):
    g = card_groups(c)
    style = R.randint(0, 5)
    if style == 0:
        return " ".join(g)
    if style == 1:
        return "-".join(g)
    if style == 2:
        return c
    if style == 3:
        return ".".join(g)
    if style == 4:
        return "  ".join(g)
    return " - ".join(g)


def type_ssn(s):
    style = R.randint(0, 5)
    return [f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s,
            f"{s[:3]}.{s[3:5]}.{s[5:]}", f"{s[:3]}-{s[3:5]} {s[5:]}", f"{s[:3]}/{s[3:5]}/{s[5:]}"][style]


def type_ni(n, lower=None):
    style = R.randint(0, 5)
    t = [f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n, f"{n[:2]}{n[2:8]}{n[8]}",
         f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}", f"{n[:2]} {n[2:8]} {n[8]}",
         f"{n[:2]}{n[2:4]} {n[4:6]} {n[6:8]}{n[8]}"][style]
    if lower if lower is not None else R.random() < 0.35:
        t = t.lower()
    return t


def type_phone(p, region):
    if region == "US":
        st = R.randint(0, 4)
        return [f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}", f"+1 {p[:3]} {p[3:6]} {p[6:]}",
                f"{p[:3]}.{p[3:6]}.{p[6:]}", f"1-{p[:3]}-{p[3:6]}-{p[6:]}"][st]
    if region == "IE":
        st = R.randint(0, 2)
        return [f"{p[:3]} {p[3:6]} {p[6:]}", f"+353 {p[1:3]} {p[3:6]} {p[6:]}", p][st]
    st = R.randint(0, 3)
    return [f"{p[:5]} {p[5:]}", f"+44 {p[1:5]} {p[5:]}", p, f"+44 (0){p[1:5]} {p[5:8]} {p[8:]}"][st]


def say_phone(p, region):
    if region == "US":
        raw = [p[:3], p[3:6], p[6:]]
        return safe_join([say_group(x, "US") for x in raw], raw, "US")
    if region == "IE":
        raw = [p[:3], p[3:6], p[6:]]
        return safe_join([say_digits(raw[0], "IE"), say_group(raw[1], "IE"), say_group(raw[2], "IE")], raw, "IE")
    raw = [p[:5], p[5:8], p[8:]]
    return safe_join([say_digits(raw[0], "UK"), say_group(raw[1], "UK"), say_group(raw[2], "UK")], raw, "UK")


def say_ni(n, style=None):
    style = style if style is not None else R.randint(0, 4)
    L1, L2, D, S = n[0], n[1], n[2:8], n[8]
    if style == 0:
        return f"{L1.lower()} {L2.lower()} {say_digits(D)} {S.lower()}"
    if style == 1:
        return f"{say_letter(L1, 'for')} {say_letter(L2, 'for')} {say_group(D)} {say_letter(S, 'for')}"
    if style == 2:
        return f"{say_letter(L1, 'nato')} {say_letter(L2, 'nato')} {' '.join(say_pair(D[k:k+2]) for k in (0, 2, 4))} {say_letter(S, 'nato')}"
    if style == 3:
        pre = f"double {L1.lower()}" if L1 == L2 else f"{L1.lower()} {L2.lower()}"
        return f"{pre} {say_group(D)} {S.lower()}"
    return f"{L1.lower()}{L2.lower()} {say_digits(D, compress=0.8)} {say_letter(S)}"


def say_ssn(s, style=None):
    style = style if style is not None else R.randint(0, 3)
    a, g, sr = s[:3], s[3:5], s[5:]
    if style == 0:
        return f"{say_digits(a, 'US')} {say_digits(g, 'US')} {say_digits(sr, 'US')}"
    if style == 1:
        return safe_join([say_group(a, 'US'), say_pair(g, 'US'), say_group(sr, 'US')], [a, g, sr], "US")
    if style == 2:
        return say_digits(s, "US", compress=0.7, homo=True)
    return safe_join([say_digits(a, 'US'), say_pair(g, 'US'), say_pair(sr[:2], 'US'), say_pair(sr[2:], 'US')],
                     [a, g, sr[:2], sr[2:]], "US")


def say_card(c, region="UK"):
    g = card_groups(c)
    return safe_join([say_group(x, region) if R.random() < 0.5 else say_digits(x, region) for x in g], g, region)


def say_uk_postcode(pc):
    out, (a, b) = [], pc.split()
    out.append(" ".join(say_letter(ch, "plain") if ch.isalpha() else DW[int(ch)] for ch in a))
    parts = []
    for ch in b:
        parts.append(say_letter(ch, R.choice(["plain", "plain", "for"])) if ch.isalpha() else DW[int(ch)])
    out.append(" ".join(parts))
    return " ".join(out)


def say_zip(z):
    return say_digits(z, "US") if R.random() < 0.6 else say_digit(z[0], "US") + " " + " ".join(
        say_pair(z[k:k + 2], "US") for k in (1, 3))


def say_email(e):
    local, dom = e.split("@")
    local_s = local.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
    local_s = re.sub(r"(\d+)", lambda m: " " + " ".join(DW[int(x)] for x in m.group(1)) + " ", local_s)
    local_s = re.sub(r"\s+", " ", local_s).strip()
    dom_s = dom.replace(".", " dot ")
    return f"{local_s} at {dom_s}"


def email_spoken_ok(text, canon):
    t = text.lower()
    t = re.sub(r"\b(" + "|".join(DW) + r")\b", lambda m: str(DW.index(m.group(1))), t)
    return email_norm(t) == canon


def say_dob(d, region="UK"):
    st = R.randint(0, 3)
    day_ord = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
               "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
               "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
               "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
               "twenty eighth"][d.day - 1]
    y = f"{d.year:04d}"
    ys = say_pair(y[:2]) + " " + say_pair(y[2:])
    m = MONTHS[d.month - 1]
    if st == 0:
        return f"the {day_ord} of {m} {ys}"
    if st == 1:
        return f"{m} {day_ord} {ys}"
    if st == 2:
        return f"{say_pair(f'{d.day:02d}')} {say_pair(f'{d.month:02d}')} {ys}"
    return f"{day_ord} {m} {ys}"


def type_dob(d, region="UK"):
    st = R.randint(0, 4)
    if region == "US":
        return [f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}",
                f"{MONTHS[d.month-1].title()} {d.day}, {d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}",
                f"{d.month}-{d.day}-{str(d.year)[2:]}"][st]
    return [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}.{d.month}.{d.year}",
            f"{d.day} {MONTHS[d.month-1].title()} {d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{d.day}{['st','nd','rd'][d.day-1] if d.day in (1,2,3) else 'th'} {MONTHS[d.month-1][:3]} {d.year}"][st]


def make_address(region):
    if region == "US":
        return f"{R.randint(12, 9899)} {R.choice(STREETS_US)}"
    if region == "IE":
        return f"{R.randint(1, 140)} {R.choice(STREETS_IE)}"
    return f"{R.randint(1, 220)} {R.choice(STREETS_UK)}"


def say_address(a):
    num, street = a.split(" ", 1)
    if len(num) <= 2:
        ns = say_pair(num.zfill(2)) if len(num) == 2 else DW[int(num)]
    else:
        ns = say_group(num, "US")
    return f"{ns} {street.lower()}"


def say_expiry(mm, yy):
    st = R.randint(0, 3)
    if st == 0:
        return f"{say_pair(mm)} {say_pair(yy)}", mm + yy
    if st == 1:
        return f"{MONTHS[int(mm)-1]} twenty {say_pair(yy) if yy[0] != '0' else yy}".replace(
            f"twenty {yy}", f"twenty {say_pair(yy)}"), mm + "20" + yy
    if st == 2:
        return f"{say_digits(mm)} {say_digits(yy)}", mm + yy
    return f"{say_pair(mm)} slash {say_pair(yy)}", mm + yy


def say_sort(sc):
    st = R.randint(0, 2)
    if st == 0:
        return " ".join(say_pair(sc[k:k + 2]) for k in (0, 2, 4))
    if st == 1:
        return say_digits(sc)
    return " dash ".join(say_pair(sc[k:k + 2]) for k in (0, 2, 4))


INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]

# ---------------------------------------------------------------- positive templates
BACK = ["mhm", "okay go on", "yep", "right", "uh huh", "got that", "okay", "yeah go ahead", "and then"]


def split_spoken(words_groups, n_parts):
    """words_groups: list of spoken group strings -> n_parts joined chunks."""
    k = len(words_groups)
    cuts = sorted(R.sample(range(1, k), n_parts - 1)) if n_parts > 1 else []
    out, prev = [], 0
    for c in cuts + [k]:
        out.append(" ".join(words_groups[prev:c]))
        prev = c
    return out


def card_call_split(ind):
    c = make_card()
    region = R.choice(["UK", "US", "IE"])
    raw = card_groups(c)
    groups = [say_group(g, region) if R.random() < 0.4 else say_digits(g, region) for g in raw]
    for i in range(len(groups) - 1):
        if groups[i].split()[-1] in TENS_SET and groups[i + 1].split()[0] in UNIT_START:
            groups[i] = say_digits(raw[i], region)
    parts = split_spoken(groups, min(len(groups), R.choice([2, 3, 4])))
    turns = [A(R.choice(["okay and the long card number please", "go ahead with the sixteen digits on the front",
                         "can i take the card number when you're ready"]))]
    pos = 0
    for k, p in enumerate(parts):
        n = len(card_groups(c))
        filler = R.choice(["", "", "um ", "right ", "so ", "it's "])
        tail = R.choice(["", "", " um", " hang on", " yeah"])
        turns.append(C(filler, V(p, "CARD_NUMBER", c), tail))
        if k < len(parts) - 1:
            turns.append(A(R.choice(BACK)))
        pos += 1
    P(f"call/{ind}: card number spoken in mixed styles split over {len(parts)} customer turns", *turns)


def card_call_one(ind):
    c = make_card()
    region = R.choice(["UK", "US"])
    sp = say_card(c, region)
    P(f"call/{ind}: card number spoken in one turn with pairs/hundreds/double",
      A("thank you and which card will you be paying with today"),
      C(R.choice(["it's the visa ending", "yeah the debit card", "my credit card"]),
        R.choice([" the number is ", " so that's ", " okay it's "]), V(sp, "CARD_NUMBER", c),
        R.choice(["", " and that's it", " i think"])))


def card_chat(ind):
    c = make_card()
    t = type_card(c)
    pre = R.choice(["hi can u take payment for my bill, card no ", "Card: ", "my card number is ",
                    "use this one pls -> ", "CARD NUMBER ", "ok here: "])
    amt = f"£{R.randint(10, 400)}.{R.randint(0, 99):02d}"
    P(f"chat/{ind}: card typed with odd separators next to a money amount",
      A("I can help with that. Please provide the card you'd like to use."),
      C(pre, V(t, "CARD_NUMBER", c), R.choice([f" for {amt}", f" and pay {amt} please", " thx", ""])))


def card_correction(ind):
    c = make_card("visa")
    g = card_groups(c)
    wrong = str((int(g[2][0]) + 3) % 10) + g[2][1:]
    s1 = say_digits(g[0]) + " " + say_digits(g[1])
    P(f"call/{ind}: caller corrects a card group mid-reading; span covers the corrected reading",
      A("go ahead with the card number"),
      C(V(s1, "CARD_NUMBER", c), " ", say_digits(wrong), " no sorry ",
        V(say_digits(g[2]) + " " + say_digits(g[3]), "CARD_NUMBER", c)),
      A("okay let me read that back"),
      A(V(" ".join(say_digits(x) for x in g), "CARD_NUMBER", c, 1), " is that right"),
      C("yes that's it"))


def card_readback_chat(ind):
    c = make_card()
    cv = digits(3) if len(c) != 15 else digits(4)
    mm, yy = f"{R.randint(1, 12):02d}", f"{R.randint(26, 31)}"
    P(f"chat/{ind}: card, expiry and CVV typed in one message",
      C(V(type_card(c), "CARD_NUMBER", c), R.choice([" exp ", " expiry ", ", expires "]),
        V(R.choice([f"{mm}/{yy}", f"{mm}-{yy}", f"{mm}/20{yy}"]), "EXPIRY", mm + yy),
        R.choice([" cvv ", " cvc ", " security code "]), V(cv, "CVV", cv)),
      A("Thank you, processing that now."))


def card_call_full(ind):
    c = make_card(R.choice(["visa", "mc"]))
    mm, yy = f"{R.randint(1, 12):02d}", f"{R.randint(26, 31)}"
    es, ecanon = say_expiry(mm, yy)
    cv = digits(3, False)
    P(f"call/{ind}: card then expiry then CVV on separate turns",
      A("what's the long number on the card"),
      C(V(say_card(c), "CARD_NUMBER", c)),
      A("and the expiry date"),
      C(V(es, "EXPIRY", ecanon)),
      A("and the three digits on the back"),
      C(R.choice(["", "it's ", "um "]), V(say_digits(cv, compress=0.3), "CVV", cv)))


def card_amex_call(ind):
    c = make_card("amex")
    g = card_groups(c)
    raw = [g[0], g[1][:3], g[1][3:], g[2]]
    sp = safe_join([say_group(raw[0], 'US'), say_group(raw[1], 'US'), say_group(raw[2], 'US'), say_digits(raw[3], 'US')], raw, "US")
    cv = digits(4)
    P(f"call/{ind}: amex 4-6-5 spoken, 4 digit CID",
      A("and the american express number please"),
      C("okay ", V(sp, "CARD_NUMBER", c)),
      A("and the four digit code on the front"),
      C(V(say_digits(cv, "US"), "CVV", cv)))


def card_last_digits_chitchat(ind):
    c = make_card()
    g = card_groups(c)
    sp = [say_digits(x) for x in g]
    P(f"call/{ind}: card split with chit-chat and an unrelated amount between groups",
      A("go ahead"),
      C(V(sp[0], "CARD_NUMBER", c), " ", V(sp[1], "CARD_NUMBER", c),
        " sorry the dog's barking"),
      A("no worries take your time"),
      C(V(" ".join(sp[2:]), "CARD_NUMBER", c), " and it's for the ",
        f"{say_pair(str(R.randint(20, 99)))} pounds"))


def ssn_call(ind):
    s = make_ssn()
    P(f"call/{ind}: US SSN spoken (grouped/pairs/homophones)",
      A(R.choice(["for verification can i get your social security number",
                  "can you confirm your social please", "i'll need the ssn on the account"])),
      C(R.choice(["sure it's ", "yeah ", "uh ", "okay so "]), V(say_ssn(s), "SSN", s)))


def ssn_split(ind):
    s = make_ssn()
    a, g, sr = s[:3], s[3:5], s[5:]
    P(f"call/{ind}: SSN split 3-2-4 across turns with back-channels",
      A("and your social security number"),
      C(V(say_digits(a, "US"), "SSN", s)),
      A(R.choice(BACK)),
      C(V(say_pair(g, "US") if R.random() < 0.5 else say_digits(g, "US"), "SSN", s)),
      A(R.choice(BACK)),
      C(V(say_group(sr, "US"), "SSN", s), R.choice(["", " that's it"])))


def ssn_chat(ind):
    s = make_ssn()
    P(f"chat/{ind}: SSN typed with varied separators",
      A("To verify your identity, please enter your SSN."),
      C(R.choice(["ssn ", "SSN: ", "its ", "social is ", "my ss# is ", ""]), V(type_ssn(s), "SSN", s),
        R.choice(["", " thanks", ". need to update my address too"])))


def ssn_last4_and_full(ind):
    s = make_ssn()
    s2 = make_ssn()
    P(f"call/{ind}: agent reads back SSN; customer then gives spouse's SSN",
      A("i have your social as ", V(say_digits(s[:3], "US") + " " + say_digits(s[3:5], "US") + " " +
                                    say_digits(s[5:], "US"), "SSN", s, 1), " correct"),
      C("yes"),
      A("and for the spouse on the policy"),
      C("hers is ", V(say_ssn(s2), "SSN", s2, 2)))


def ssn_with_dob(ind):
    s = make_ssn()
    d = make_dob()
    P(f"call/{ind}: SSN and date of birth in one turn",
      A("can you verify your date of birth and social"),
      C("born ", V(say_dob(d, "US"), "DOB", d.isoformat()), " and the social is ",
        V(say_ssn(s), "SSN", s)))


def ssn_chat_dob(ind):
    s = make_ssn()
    d = make_dob()
    P(f"chat/{ind}: SSN and DOB typed together (US formats)",
      C("hi i got a letter about my claim. DOB ", V(type_dob(d, "US"), "DOB", d.isoformat()),
        R.choice([" SSN ", ", ss# ", " and social "]), V(type_ssn(s), "SSN", s)))


def ni_call(ind):
    n = make_ni()
    P(f"call/{ind}: UK NI number spoken (letters plain/nato/for, digits grouped)",
      A(R.choice(["and your national insurance number", "can i take your n i number please",
                  "what's your national insurance"])),
      C(R.choice(["yeah it's ", "it's ", "um ", "right ", ""]), V(say_ni(n), "NI_NUMBER", n)))


def ni_split(ind):
    n = make_ni()
    L = f"{say_letter(n[0])} {say_letter(n[1])}"
    P(f"call/{ind}: NI number split letters / digits / suffix over turns",
      A("national insurance number please"),
      C(V(L, "NI_NUMBER", n)),
      A(R.choice(BACK)),
      C(V(say_group(n[2:8]), "NI_NUMBER", n)),
      A("and the letter at the end"),
      C("it's ", V(say_letter(n[8]), "NI_NUMBER", n)))


def ni_chat(ind):
    n = make_ni()
    P(f"chat/{ind}: NI number typed with spaces/dashes/lower case",
      A("Please confirm your National Insurance number."),
      C(R.choice(["NI no. ", "ni number ", "its ", "NINO: ", "", "my NI is "]), V(type_ni(n), "NI_NUMBER", n),
        R.choice(["", " thanks", " - I'm calling about my pension"])))


def ni_readback(ind):
    n = make_ni()
    P(f"call/{ind}: agent reads back NI number in nato; caller confirms",
      C("my national insurance is ", V(say_ni(n, 0), "NI_NUMBER", n)),
      A("so that's ", V(say_ni(n, 2), "NI_NUMBER", n, 1), " yeah"),
      C("that's right"))


def ni_correction(ind):
    n = make_ni()
    D = n[2:8]
    bad = D[:3] + str((int(D[3]) + 4) % 10) + D[4:]
    P(f"call/{ind}: caller self-corrects NI digits; only final value labelled",
      A("and the national insurance number"),
      C(f"{n[0].lower()} {n[1].lower()} {say_digits(bad)} no wait that's wrong ",
        V(say_ni(n, 3), "NI_NUMBER", n)))


def ni_with_postcode(ind):
    n = make_ni()
    pc = R.choice(UK_POSTCODES)
    P(f"call/{ind}: NI number and postcode in one turn",
      A("can you give me your n i number and postcode"),
      C(V(say_ni(n), "NI_NUMBER", n), " and the postcode is ",
        V(say_uk_postcode(pc), "POSTCODE", pc.replace(" ", ""))))


def bank_call(ind):
    sc, acc = digits(6, False), digits(8, False)
    P(f"call/{ind}: UK sort code and account number spoken",
      A("what's the sort code"),
      C(V(say_sort(sc), "SORT_CODE", sc)),
      A("and the account number"),
      C(V(say_group(acc[:4]) + " " + say_group(acc[4:]), "BANK_ACCOUNT", acc)))


def bank_chat(ind):
    sc, acc = digits(6, False), digits(8, False)
    P(f"chat/{ind}: sort code and account typed in one line",
      C(R.choice(["sort code ", "s/c ", "SC: "]), V(R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"]),
                                                     "SORT_CODE", sc),
        R.choice([" acc ", " account no ", ", a/c "]), V(acc, "BANK_ACCOUNT", acc),
        " please refund the £" + str(R.randint(5, 90)) + " overcharge"))


def bank_us(ind):
    acc = digits(R.choice([10, 11, 12]))
    P(f"call/{ind}: US checking account number spoken",
      A("what's the checking account number you want the refund sent to"),
      C("okay it's ", V(say_digits(acc, "US"), "BANK_ACCOUNT", acc), " at the credit union"))


def iban_chat(ind):
    ib = make_iban()
    grp = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4))
    P(f"chat/{ind}: IBAN typed grouped or compact",
      C(R.choice(["IBAN ", "pls send it to ", "my iban is "]), V(R.choice([ib, grp, grp.lower()]), "IBAN", ib)))


def iban_call(ind):
    ib = make_iban(R.choice(["IE", "GB", "DE"]))
    parts = []
    for ch in ib:
        parts.append(say_letter(ch, "for" if ch == "O" else R.choice(["plain", "for"])) if ch.isalpha() else DW[int(ch)])
    sp = " ".join(parts)
    P(f"call/{ind}: IBAN spelled out character by character",
      A("could you read me the iban"),
      C(V(sp, "IBAN", ib)))


def phone_call(ind):
    reg = R.choice(["UK", "US", "IE"])
    p = make_phone(reg)
    P(f"call/{ind}: {reg} phone number spoken",
      A(R.choice(["best number to reach you on", "what's a good callback number"])),
      C(R.choice(["it's ", "my mobile ", "yeah "]), V(say_phone(p, reg), "PHONE", p)))


def phone_chat(ind):
    reg = R.choice(["UK", "US", "IE"])
    p = make_phone(reg)
    t = type_phone(p, reg)
    canon = re.sub(r"\D", "", t)
    canon = canon.replace("440", "44", 1) if t.startswith("+44 (0)") else canon
    P(f"chat/{ind}: {reg} phone typed",
      C(R.choice(["call me on ", "my number: ", "pls ring ", "tel "]), V(t, "PHONE", canon),
        R.choice([" after 5pm", " anytime", "", " between 9 and 11"])))


def email_call(ind):
    e = make_email()
    P(f"call/{ind}: email spelled out with dot/at",
      A("and an email for the confirmation"),
      C("yeah it's ", V(say_email(e), "EMAIL", e)))


def email_chat(ind):
    e = make_email()
    t = R.choice([e, e.upper() if R.random() < 0.2 else e, e.replace("@", " @ ")])
    P(f"chat/{ind}: email typed",
      C(R.choice(["email: ", "send it to ", "my email is "]), V(t, "EMAIL", e), " thanks"))


def dob_call(ind):
    d = make_dob()
    P(f"call/{ind}: date of birth spoken",
      A("can i confirm your date of birth"),
      C(R.choice(["it's ", "", "yeah "]), V(say_dob(d), "DOB", d.isoformat())))


def address_call(ind):
    reg = R.choice(["UK", "US", "IE"])
    a = make_address(reg)
    if reg == "US":
        z = R.choice(US_ZIPS)
        pcv = V(say_zip(z), "POSTCODE", z)
    elif reg == "UK":
        pc = R.choice(UK_POSTCODES)
        pcv = V(say_uk_postcode(pc), "POSTCODE", pc.replace(" ", ""))
    else:
        pcv = None
    segs = ["it's ", V(say_address(a), "ADDRESS", a)]
    if pcv:
        segs += [" and the ", "zip is " if reg == "US" else "postcode is ", pcv]
    P(f"call/{ind}: {reg} street address spoken" + (" with postcode" if pcv else ""),
      A("and the first line of the address"), C(*segs))


def address_chat(ind):
    reg = R.choice(["UK", "US"])
    a = make_address(reg)
    if reg == "US":
        z = R.choice(US_ZIPS)
        z2 = z + digits(4, False) if R.random() < 0.3 else z
        ztxt = z2 if len(z2) == 5 else f"{z2[:5]}-{z2[5:]}"
        P(f"chat/{ind}: US address typed with ZIP",
          C("new address is ", V(a, "ADDRESS", a), ", Apt 4, Portland OR ", V(ztxt, "POSTCODE", z2)))
    else:
        pc = R.choice(UK_POSTCODES)
        t = R.choice([pc, pc.lower(), pc.replace(" ", "")])
        P(f"chat/{ind}: UK address typed with postcode",
          C("moved to ", V(a, "ADDRESS", a), R.choice([", Leeds ", " Bristol ", ", "]), V(t, "POSTCODE", pc.replace(" ", ""))))


def expiry_chat(ind):
    c = make_card()
    mm, yy = f"{R.randint(1, 12):02d}", f"{R.randint(26, 32)}"
    t = R.choice([f"{mm}/{yy}", f"{mm} / {yy}", f"{mm}/20{yy}", f"{mm}.{yy}", f"{mm}{yy}"])
    P(f"chat/{ind}: expiry typed on its own line after card",
      A("Please send the long card number first."),
      C(V(type_card(c), "CARD_NUMBER", c)),
      A("And the expiry date?"),
      C(R.choice(["exp ", "valid thru ", "its ", "expires end of "]), V(t, "EXPIRY", mm + yy)))


def sort_chat2(ind):
    sc = digits(6, False)
    acc = digits(8, False)
    P(f"call/{ind}: sort code and account in one turn, pairs, with refund amount",
      A("where would you like the refund of " + say_pair(str(R.randint(20, 99))) + " pounds sent"),
      C("to my current account sort code ", V(say_sort(sc), "SORT_CODE", sc), " account ",
        V(say_digits(acc, compress=0.6), "BANK_ACCOUNT", acc)))


def asr_numeric(ind):
    kind = R.choice(["card", "ssn", "ni"])
    if kind == "card":
        c = make_card()
        g = card_groups(c)
        t = " ".join(g) if R.random() < 0.5 else " ".join(g[:2]) + " " + "".join(g[2:])
        P(f"call/{ind}: ASR emitted card digits as numerals mid-sentence",
          C("yeah so the card is ", V(t, "CARD_NUMBER", c), " and i want to pay the full", " ",
            say_pair(str(R.randint(20, 99))), " quid"))
    elif kind == "ssn":
        s = make_ssn()
        t = R.choice([f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]} {s[3:5]}{s[5:]}"])
        P(f"call/{ind}: ASR emitted SSN as numerals",
          A("social security number"), C("it's ", V(t, "SSN", s), " yes"))
    else:
        n = make_ni()
        t = f"{n[:2].lower()} {n[2:4]} {n[4:6]} {n[6:8]} {n[8].lower()}"
        P(f"call/{ind}: ASR emitted NI number as numerals and lower-case letters",
          A("national insurance number"), C("it's ", V(t, "NI_NUMBER", n)))


def card_two_values(ind):
    c1, c2 = make_card("visa"), make_card("mc")
    P(f"chat/{ind}: two cards in one message (old and new)",
      C("pls remove old card ", V(type_card(c1), "CARD_NUMBER", c1), " and use my new one ",
        V(type_card(c2), "CARD_NUMBER", c2), " instead, order #", digits(7), " still pending"))


def ni_double_letters(ind):
    while True:
        n = make_ni()
        if n[0] in "ACEHJKLMNPRSTWY":
            break
    n = n[0] + n[0] + n[2:] if n[0] + n[0] not in ("NN",) else n
    if not NI_RE.match(n):
        n = "JJ" + n[2:]
    D = n[2:8]
    sp = f"double {say_letter(n[0], 'plain')} {say_pair(D[:2])} {say_pair(D[2:4])} {say_pair(D[4:])} {say_letter(n[8], 'for')}"
    P(f"call/{ind}: NI with doubled prefix letter said 'double' and digits in pairs",
      A("can you confirm your national insurance number for me"),
      C("um yeah ", V(sp, "NI_NUMBER", n), " i think that's right"))


def ssn_filler(ind):
    s = make_ssn()
    P(f"call/{ind}: SSN with filler inside and a distracting amount before it",
      A("i can see the " + say_group(str(R.randint(100, 999)), "US") + " dollar charge can i verify your social"),
      C("yeah ", V(say_digits(s[:3], "US"), "SSN", s), " uh ", V(say_digits(s[3:5], "US"), "SSN", s), " um ",
        V(say_group(s[5:], "US"), "SSN", s)))


def pos_templates():
    return [
    (card_call_split, 8), (card_call_one, 6), (card_chat, 6), (card_correction, 3),
    (card_readback_chat, 5), (card_call_full, 4), (card_amex_call, 3), (card_last_digits_chitchat, 3),
    (ssn_call, 8), (ssn_split, 4), (ssn_chat, 7), (ssn_last4_and_full, 3), (ssn_with_dob, 3), (ssn_chat_dob, 3),
    (ni_call, 9), (ni_split, 4), (ni_chat, 7), (ni_readback, 3), (ni_correction, 3), (ni_with_postcode, 4),
    (bank_call, 5), (bank_chat, 5), (bank_us, 3), (iban_chat, 7), (iban_call, 6),
    (phone_call, 8), (phone_chat, 7), (email_call, 7), (email_chat, 6), (dob_call, 6),
    (address_call, 8), (address_chat, 6),
    (expiry_chat, 5), (sort_chat2, 4), (asr_numeric, 9), (card_two_values, 3), (ni_double_letters, 3),
    (ssn_filler, 3), (card_homophone, 4), (card_mixed_sep_chat, 4), (ssn_dash_readback, 4),
    (ni_lower_nospace_call, 4), (dob_chat, 5), (cvv_call, 4),
    (card_with_hundreds, 4), (card_agent_echo, 3), (ni_chat_punct, 4), (ssn_pairs_hundred, 4),
]

# ---------------------------------------------------------------- negatives


def say_money(n):
    """Natural English for an amount: 'nine hundred and eighty eight'."""
    out = []
    if n >= 1000:
        out.append(DW[n // 1000] + " thousand")
        n %= 1000
    if n >= 100:
        out.append(DW[n // 100] + " hundred")
        n %= 100
    if n:
        w = say_pair(f"{n:02d}") if n >= 10 else DW[n]
        out.append(("and " if out else "") + w)
    return " ".join(out)


def neg_extra():
    for k in range(30):
        ind = INDUSTRY[(k + 3) % len(INDUSTRY)]
        t = k % 10
        if t == 0:
            N(f"chat/{ind}: policy number with letters and keyword, renewal price",
              C(f"policy no POL-{digits(7)} renews at £{R.randint(200, 900)}.{R.randint(0, 99):02d}/yr, up {R.randint(3, 15)}%"))
        elif t == 1:
            N(f"call/{ind}: mortgage term and rate",
              C(f"it's a {say_pair(str(R.randint(15, 35)))} year term at {DW[R.randint(2, 6)]} point {DW[R.randint(1, 9)]} percent on {say_money(R.randint(150, 450))} thousand"))
        elif t == 2:
            N(f"call/{ind}: speed and distance",
              C(f"the engineer said the line runs at {say_money(R.randint(100, 900))} megs and the cabinet is {say_money(R.randint(200, 1500))} metres away"))
        elif t == 3:
            N(f"chat/{ind}: software version and error code",
              C(f"app version {R.randint(2, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)} keeps showing error code {R.randint(100, 599)} since {R.randint(1, 28)}/{R.randint(1, 12)}"))
        elif t == 4:
            N(f"call/{ind}: delivery slot date and time range",
              A(f"delivery is {R.choice(['monday', 'thursday', 'saturday'])} the {R.choice(['second', 'ninth', 'twenty third'])} between {DW[R.randint(7, 9)]} and {R.choice(['twelve', 'one', 'two'])}"),
              C("can it be after three"))
        elif t == 5:
            N(f"chat/{ind}: large money amounts with separators",
              C(f"The refund of £{R.randint(1, 9)},{R.randint(100, 999)}.{R.randint(10, 99)} and the credit of ${R.randint(10, 99)},{R.randint(100, 999)} are both missing"))
        elif t == 6:
            N(f"call/{ind}: data usage and minutes",
              C(f"i used {say_pair(str(R.randint(11, 99)))} gig and {say_money(R.randint(100, 999))} minutes but my allowance is {say_pair(str(R.randint(20, 90)))} gig"))
        elif t == 7:
            N(f"call/healthcare billing: appointment and procedure code with keyword",
              C(f"my appointment was on the {R.choice(['fourth', 'eleventh', 'seventeenth'])} of {R.choice(MONTHS)} and the procedure code on the bill is {say_digits(digits(5))}"))
        elif t == 8:
            N(f"chat/travel: seat, terminal, gate and baggage weight",
              C(f"Seat {R.randint(10, 45)}{R.choice('ABCDEF')}, terminal {R.randint(1, 5)}, gate B{R.randint(10, 60)} - my bag was {R.randint(18, 32)}kg"))
        else:
            yrs = R.randint(27, 45)
            N(f"call/{ind}: account holder age and years at address",
              C(f"i'm {say_pair(str(R.randint(60, 89)))} and i've lived here {say_pair(str(yrs))} years since {say_pair('19')} {say_pair(str(2026 - yrs - 1900))}"))


def card_homophone(ind):
    c = make_card(R.choice(["visa", "mc"]))
    g = card_groups(c)
    sp = " ".join(say_digits(x, homo=True, compress=0.3) for x in g)
    P(f"call/{ind}: ASR homophones (for/to/won/ate) inside a spoken card number",
      A("read me the card number please"), C("okay ", V(sp, "CARD_NUMBER", c), " expiry next year"))


def card_mixed_sep_chat(ind):
    c = make_card(R.choice(["visa", "mc", "disc"]))
    g = card_groups(c)
    seps = [R.choice([" ", "-", "", " - ", "  ", "."]) for _ in g[1:]]
    t = g[0] + "".join(sp + x for sp, x in zip(seps, g[1:]))
    P(f"chat/{ind}: card typed with inconsistent separators and lower-case chatter",
      C(R.choice(["ok card is ", "heres the card ", "number "]), V(t, "CARD_NUMBER", c),
        R.choice([" sorry typing on my phone", " cheers", " - pay the £" + str(R.randint(10, 99)) + " pls"])))


def ssn_dash_readback(ind):
    s = make_ssn()
    sp = f"{say_digits(s[:3], 'US')} dash {say_digits(s[3:5], 'US')} dash {say_digits(s[5:], 'US')}"
    P(f"call/{ind}: customer says SSN with spoken 'dash' separators; agent reads back in pairs",
      C("my social is ", V(sp, "SSN", s)),
      A("thank you so that's ", V(say_ssn(s, 3), "SSN", s, 1), " right"),
      C("correct"))


def ni_lower_nospace_call(ind):
    n = make_ni()
    P(f"call/{ind}: NI number letters run together, digits in pairs, suffix with 'as in'",
      A("lastly your national insurance number for the claim"),
      C("okay it's ", V(f"{n[0].lower()}{n[1].lower()} {say_pair(n[2:4])} {say_pair(n[4:6])} {say_pair(n[6:8])} {say_letter(n[8], 'for')}", "NI_NUMBER", n),
        " and the claim was made on the ", R.choice(["third", "tenth", "twentieth"]), " of ", R.choice(MONTHS)))



def dob_chat(ind):
    reg = R.choice(["UK", "US"])
    d = make_dob()
    P(f"chat/{ind}: {reg} date of birth typed, next to a non-birth date",
      A("For security, what is your date of birth?"),
      C(R.choice(["dob ", "born ", "its ", "D.O.B: "]), V(type_dob(d, reg), "DOB", d.isoformat()),
        f" - I paid on {R.randint(1, 28)} {R.choice(MONTHS)[:3].title()} but it still shows overdue"))


def cvv_call(ind):
    c = make_card("visa")
    cv = digits(3, False)
    P(f"call/{ind}: security code given with self-correction and an unrelated amount",
      A("and the security code on the back"),
      C("it's ", say_digits(cv[:2]), " hang on sorry i can't see it it's ", V(say_digits(cv), "CVV", cv)),
      A("lovely and the card was ", V(" ".join(say_digits(x) for x in card_groups(c)), "CARD_NUMBER", c),
        " for ", say_money(R.randint(100, 900)), " pounds"),
      C("yes"))


def card_with_hundreds(ind):
    while True:
        g1 = "4" + digits(3, False)
        g2 = str(R.randint(1, 9)) + "000"
        g3 = str(R.randint(11, 99)) + "00"
        body = g1 + g2 + g3 + digits(3, False)
        for ch in "0123456789":
            if luhn_ok(body + ch):
                c = body + ch
                break
        if c[12:] and say_pair(c[12:14]).split()[0] not in UNIT_START:
            break
    sp = f"{say_pair(g1[:2])} {say_pair(g1[2:])} {DW[int(g2[0])]} thousand {say_pair(g3[:2])} hundred {say_pair(c[12:14])} {say_pair(c[14:])}"
    P(f"call/{ind}: card groups said as 'thousand' / 'X hundred' (e.g. forty one hundred)",
      A("okay the card number"), C(V(sp, "CARD_NUMBER", c)),
      A("sorry was that ", V(f"{DW[int(g2[0])]} thousand", "CARD_NUMBER", c, "sub1"), " in the middle"),
      C("yeah ", V(f"{DW[int(g2[0])]} zero zero zero", "CARD_NUMBER", c, "sub2"), " then ",
        V(f"{say_pair(g3[:2])} hundred", "CARD_NUMBER", c, "sub3")))


def card_agent_echo(ind):
    c = make_card("visa")
    g = card_groups(c)
    turns = [A("okay when you're ready the card number")]
    for k, x in enumerate(g):
        sp = say_digits(x, compress=0.6)
        turns.append(C(V(sp, "CARD_NUMBER", c, 0)))
        turns.append(A(V(say_digits(x, compress=0.0), "CARD_NUMBER", c, 1 + 0 * k), R.choice([" yep", " okay", ""])))
    turns.append(C("that's it"))
    P(f"call/{ind}: caller gives card in groups, agent echoes each group back", *turns)


def ni_chat_punct(ind):
    n = make_ni()
    t = R.choice([n.lower(), f"{n[:2]} {n[2:8]} {n[8]}", f"{n[:2].lower()}{n[2:8]}{n[8].lower()}"])
    P(f"chat/{ind}: NI number at sentence end followed by punctuation, with benefit amount",
      C(f"hi my universal credit payment of £{R.randint(300, 900)}.{R.randint(10, 99)} didn't arrive, ni:", V(t, "NI_NUMBER", n),
        R.choice([".", "!", "?", " ."])))


def ssn_pairs_hundred(ind):
    while True:
        s = make_ssn()
        s = s[:5] + str(R.randint(11, 99)) + "00"
        if validate_value("SSN", s):
            break
    sp = f"{say_digits(s[:3], 'US')} {say_digits(s[3:5], 'US')} {say_pair(s[5:7], 'US')} hundred"
    P(f"call/{ind}: SSN serial said as 'X hundred', followed by a year that is not PII",
      A("and the social on the account"),
      C(V(sp, "SSN", s), " and i opened it in ", say_pair("20"), " ", say_pair(str(R.randint(10, 24)))))


def neg_cases():
    def amt():
        return say_pair(str(R.randint(11, 99)))

    for k in range(110):
        ind = INDUSTRY[k % len(INDUSTRY)]
        t = k % 22
        if t == 0:
            ref = digits(R.randint(6, 10))
            N(f"chat/{ind}: order reference with its keyword", C(f"Hi, where is order #{ref}? It was due on the {R.randint(2, 28)}th"))
        elif t == 1:
            ref = digits(8)
            N(f"call/{ind}: ticket number spoken with keyword",
              A("do you have a ticket number"), C(f"yeah ticket number {say_digits(ref)}"))
        elif t == 2:
            N(f"call/{ind}: money amounts and balance",
              C(f"my bill went up from {amt()} pounds {amt()} to {say_group(str(R.randint(100, 999)))} pounds this month"),
              A(f"i see the balance is {say_money(R.randint(100, 999))} dollars and {amt()} cents"))
        elif t == 3:
            N(f"chat/{ind}: prices and percentages",
              C(f"why was I charged ${R.randint(100, 2999)}.{R.randint(0, 99):02d} when the quote said {R.randint(5, 40)}% off ${R.randint(1000, 4999)}"))
        elif t == 4:
            N(f"call/{ind}: appointment date and time (not a birth date)",
              A(f"i can book you in on the {R.choice(['third', 'nineteenth', 'twenty second'])} of {R.choice(MONTHS)} at {R.choice(['ten thirty', 'two fifteen', 'nine o clock'])}"),
              C("perfect that works"))
        elif t == 5:
            fl = R.choice(["ba", "ei", "fr", "ua", "dl"])
            N(f"call/travel: flight number and gate",
              C(f"i'm on flight {fl} {say_group(str(R.randint(100, 9999)))} leaving at {R.choice(['six forty', 'eighteen hundred', 'half seven'])} from gate {say_pair(str(R.randint(11, 59)))}"))
        elif t == 6:
            N(f"chat/{ind}: meter reading typed",
              C(f"Meter reading today: {digits(5)} (electric) and {digits(5)} gas"),
              A("Thanks, your bill will be recalculated."))
        elif t == 7:
            N(f"call/{ind}: meter reading spoken",
              A("can you read me the numbers on the meter"),
              C(f"it says {say_digits(digits(6))} on the day rate"))
        elif t == 8:
            N(f"call/{ind}: counts, durations, ages",
              C(f"i've been on hold for {say_pair(str(R.randint(20, 59)))} minutes and i'm {say_pair(str(R.randint(21, 89)))} years old i've got {DW[R.randint(2, 9)]} kids"))
        elif t == 9:
            N(f"chat/{ind}: years and contract start",
              C(f"I've been a customer since {R.randint(1995, 2020)} and my contract started on {R.randint(1, 28)}/{R.randint(1, 12):02d}/{R.randint(2021, 2025)}"))
        elif t == 10:
            ref = digits(R.randint(7, 10))
            N(f"call/{ind}: claim number spoken in pairs with keyword",
              A("what's the claim reference"),
              C(f"claim number {' '.join(say_pair(ref[i:i+2]) if len(ref[i:i+2]) == 2 else DW[int(ref[i])] for i in range(0, len(ref), 2))}"))
        elif t == 11:
            N(f"chat/{ind}: invoice number and amount",
              C(f"Invoice INV-{digits(7)} shows £{R.randint(40, 600)}.{R.randint(0, 99):02d}, invoice no. {digits(6)} was already paid"))
        elif t == 12:
            N(f"call/{ind}: model number and speeds",
              C(f"the router is a model {R.choice(['tg', 'hx', 'ac'])} {say_digits(digits(4))} and i'm only getting {say_pair(str(R.randint(11, 99)))} megabits instead of {say_group(str(R.randint(2, 9)) + '00')}"))
        elif t == 13:
            N(f"call/travel: hotel room and nights",
              C(f"we're in room {say_group(str(R.randint(101, 999)))} for {DW[R.randint(2, 9)]} nights checking out on the {R.choice(['fifth', 'twelfth', 'thirtieth'])}"))
        elif t == 14:
            N(f"chat/{ind}: temperatures and quantities",
              C(f"the heating only gets to {R.randint(12, 19)} degrees, I ordered {R.randint(2, 40)} radiator valves and {R.randint(2, 9)} boxes"))
        elif t == 15:
            N(f"call/{ind}: payment date and amount (not a birth date)",
              A(f"your direct debit of {amt()} pounds will come out on the {R.choice(['first', 'fifteenth', 'twenty eighth'])} of {R.choice(MONTHS)} {say_pair('20')} {say_pair(str(R.randint(24, 27)))}"),
              C("okay thanks"))
        elif t == 16:
            N(f"chat/{ind}: case number and parcel tracking number with keywords",
              C(f"case {digits(8)} - I still haven't received parcel tracking {R.choice(['JD', 'TR'])}{digits(9)}"))
        elif t == 17:
            N(f"call/{ind}: long reference number said digit by digit with keyword",
              A("can you read me the reference on the letter"),
              C(f"the reference number is {say_digits(digits(10))}"))
        elif t == 18:
            N(f"chat/{ind}: times and durations",
              C(f"Opening hours 08:30-17:45? I waited {R.randint(2, 9)} hours {R.randint(10, 59)} mins on 14/{R.randint(1, 12)} for the engineer"))
        elif t == 19:
            N(f"call/{ind}: account balance and usage figures",
              A(f"you've used {say_money(R.randint(100, 999))} kilowatt hours and your balance is {say_money(R.randint(1000, 4000))} pounds credit"),
              C("wow okay"))
        elif t == 20:
            N(f"call/{ind}: customer refuses to give details; agent mentions fee and wait",
              C("i'm not giving my card details over the phone"),
              A(f"that's fine there's a {amt()} pound fee to pay at the branch and it takes {DW[R.randint(2, 4)]} to {DW[R.randint(5, 9)]} working days"))
        else:
            N(f"chat/{ind}: booking reference and price",
              C(f"booking ref {R.choice(['XK', 'PL', 'QR'])}{digits(4)} for {R.randint(2, 6)} people, total €{R.randint(200, 2400)}"))


def build():
    CASES_OUT.clear()
    META.clear()
    R.seed(SEED)
    k = 0
    for fn, n in pos_templates():
        for _ in range(n):
            fn(INDUSTRY[k % len(INDUSTRY)])
            k += 1
    neg_cases()
    neg_extra()
    # interleave deterministically
    return list(CASES_OUT), list(META)


# ---------------------------------------------------------------- checking

def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check_structure(cases, metas):
    problems = []
    ids = set()
    for c, meta in zip(cases, metas):
        cid = c["id"]
        if cid in ids:
            problems.append(f"{cid}: duplicate id")
        ids.add(cid)
        if c["kind"] not in ("positive", "negative"):
            problems.append(f"{cid}: bad kind")
        if c["kind"] == "negative" and c["spans"]:
            problems.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(f"{cid}: positive without spans")
        per_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{cid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(f"{cid}: bad turn")
                continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append(f"{cid}: offsets out of range")
                continue
            frag = t[a:b]
            if frag != frag.strip() or not frag:
                problems.append(f"{cid}: span has surrounding whitespace {frag!r}")
            if a > 0 and t[a - 1].isalnum():
                problems.append(f"{cid}: span start not on word boundary {frag!r}")
            if b < len(t) and t[b].isalnum():
                problems.append(f"{cid}: span end not on word boundary {frag!r}")
            if not (frag[0].isalnum() or frag[0] in "+("):
                problems.append(f"{cid}: span starts with punctuation {frag!r}")
            per_turn.setdefault(s["turn"], []).append((a, b))
        for lst in per_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append(f"{cid}: overlapping spans")
        # value checks
        for (typ, canon, grp), texts in meta.items():
            if canon == "x":  # value used only as a distinct extra; recover from text
                canon = piece_norm(typ, " ".join(texts))
            if not validate_value(typ, canon):
                problems.append(f"{cid}: invalid {typ} value {canon!r}")
                continue
            if typ == "EMAIL":
                ok = all(email_spoken_ok(x, canon) or x.lower().replace(" ", "") == canon for x in texts)
                if not ok:
                    problems.append(f"{cid}: email text does not normalise {texts!r}")
                continue
            if typ == "DOB":
                y = canon[:4]
                joined = " ".join(texts)
                words = joined.split()
                yr_ok = bool(re.search(r"(^|\D)(%s|%s)(\D|$)" % (y, y[2:]), joined)) or any(
                    norm(" ".join(words[-k:])) == y for k in (2, 3, 4))
                if not yr_ok:
                    problems.append(f"{cid}: DOB year not found {texts!r}")
                continue
            if typ == "ADDRESS":
                joined = " ".join(texts)
                if not joined.lower().endswith(canon.split(" ", 1)[1].lower()):
                    problems.append(f"{cid}: address text mismatch {texts!r}")
                continue
            got = "".join((piece_norm(typ, x) or "") for x in texts)
            want = canon
            if isinstance(grp, str) and grp.startswith("sub"):
                # a clarification fragment repeating part of a value already given in full
                if not got or got not in canon:
                    problems.append(f"{cid}: fragment {texts!r} -> {got!r} not part of {canon!r}")
                continue
            if typ == "PHONE":
                # international forms: compare national significant number
                g2 = re.sub(r"^(44|353|1)", "", got)
                w2 = re.sub(r"^(44|353|1)", "", want)
                if g2.lstrip("0") != w2.lstrip("0"):
                    problems.append(f"{cid}: phone text {texts!r} -> {got} != {want}")
                continue
            if typ == "EXPIRY" and got != want and got.replace("20", "", 1) != want:
                problems.append(f"{cid}: expiry text {texts!r} -> {got} != {want}")
                continue
            if typ != "EXPIRY" and got != want:
                problems.append(f"{cid}: {typ} text {texts!r} normalises to {got!r} != {want!r}")
    return problems


def counts(cases):
    ty = Counter(s["type"] for c in cases for s in c["spans"])
    kinds = Counter(c["kind"] for c in cases)
    return ty, kinds


def readme_text(cases):
    ty, kinds = counts(cases)
    rows = "\n".join(f"| {t} | {ty.get(t, 0)} |" for t in TYPES)
    return f"""# pii_holdout112 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not add its cases to training, regression or
development fixtures, and do not adjust patterns to make particular cases pass.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation or other evaluation sets; the only
existing data consulted was a three-line example of the JSONL format.

All cases are produced by `scripts/make_pii_holdout112.py` (standard library only)
from template functions. Each turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand. All
values come from one `random.Random({SEED})`; the output is byte-for-byte
reproducible. `python scripts/make_pii_holdout112.py --check` regenerates the file,
verifies it is identical, checks ids, offsets, word boundaries and overlaps, and
validates every labelled value after normalising spoken forms (Luhn for cards,
mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for
CVV/phone/account, UK postcode / US ZIP shapes).

Emphasis: adversarial CARD_NUMBER, NI_NUMBER and SSN renderings — ASR style digit
words, "oh"/"o"/"nought" for zero, "double"/"triple", pairs ("forty one eleven"),
hundreds/thousands ("forty one hundred"), homophones ("won", "to", "for", "ate"),
values split over several customer turns with agent back-channels, self-corrections,
agent read-backs, spelled letters ("q for queen", NATO), and typed forms with odd
separators and case.

## Annotation conventions

* A span covers exactly the characters of the value as rendered: the digit words /
  letters / typed characters, including internal separators and internal
  "double"/"triple"/"hundred"/"for"/NATO words, and "slash" / "dash" said inside the
  value. It excludes lead-ins ("it's", "my card is"), trailing fillers ("um", "yeah"),
  and keywords ("sort code", "cvv").
* A value split across turns gets one span per fragment, same type.
* When a caller self-corrects, only the corrected reading is labelled; the abandoned
  fragment is left unlabelled (redacting it is not penalised in a positive case).
* Agent read-backs and echoes of a value (whole or group by group) are labelled as
  well, and so are clarification fragments that repeat part of a value already given
  in full ("sorry was that five thousand in the middle").
* Spelled letters include their spelling aid: "q for queen", "b as in bertie",
  "alpha", "double y" are inside the NI / IBAN / postcode span.
* Non-PII numbers in positive cases (amounts, years, order numbers) are unlabelled.
* PHONE spans include a leading "+" and country code / "(0)" when typed.
* DOB spans cover the whole date expression (e.g. "the fifth of march nineteen
  eighty", "03/14/1979"). EXPIRY covers month and year. ADDRESS covers house number
  and street name only (not town); POSTCODE covers the UK postcode or US ZIP (+4).
* EMAIL covers the whole address, spoken ("j dot doe at gmail dot com") or typed.
* Negatives contain money, prices, times, durations, counts, years, percentages,
  non-birth dates, order/ticket/claim/invoice/reference numbers with their keyword,
  flight/room/model numbers, meter readings, speeds, ages, temperatures, balances.

## Counts

Positive cases: {kinds.get('positive', 0)}; negative cases: {kinds.get('negative', 0)}.

| type | spans |
|---|---|
{rows}
"""


def main():
    cases, metas = build()
    text = dump(cases)
    readme = readme_text(cases)
    ty, kinds = counts(cases)
    if "--check" in sys.argv[1:]:
        problems = check_structure(cases, metas)
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        else:
            # check structure of what is on disk too
            disk = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines()]
            if [c["id"] for c in disk] != [c["id"] for c in cases]:
                problems.append("ids on disk differ")
        if not README.exists() or README.read_text(encoding="utf-8") != readme:
            problems.append("README.md differs from regenerated output")
        if kinds.get("positive", 0) < 170 or kinds.get("negative", 0) < 100:
            problems.append(f"too few cases {dict(kinds)}")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if ty.get(t, 0) < need:
                problems.append(f"type {t} has {ty.get(t, 0)} spans < {need}")
        print(f"positives={kinds.get('positive', 0)} negatives={kinds.get('negative', 0)}")
        for t in TYPES:
            print(f"  {t:13s} {ty.get(t, 0)}")
        for p in problems[:80]:
            print("PROBLEM:", p)
        if problems:
            print(f"FAILED: {len(problems)} problem(s)")
            return 1
        print("OK: check passed")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme, encoding="utf-8")
    print(f"wrote {len(cases)} cases to {CASES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

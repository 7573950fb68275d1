#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout235``.

Written by an AI helper acting as an independent test author (it did not see
the redaction code).  Standard library only; output is byte-for-byte
reproducible from one seeded ``random.Random(235241126)``.

    python scripts/make_pii_holdout235.py          # write fixture + README
    python scripts/make_pii_holdout235.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout235"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
SEED = 235241126
PFX = "h235"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

rng = random.Random(SEED)

# ---------------------------------------------------------------- value makers
DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo",
        "L": "lima", "M": "mike", "N": "november", "P": "papa", "R": "romeo",
        "S": "sierra", "T": "tango", "W": "whiskey", "X": "xray", "Y": "yankee",
        "Z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
       "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def make_card() -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body, ln = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        body, ln = str(rng.randint(51, 55)) + "".join(rng.choice("0123456789") for _ in range(4)), 16
    elif kind == "amex":
        body, ln = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(4)), 15
    else:
        body, ln = "6011" + "".join(rng.choice("0123456789") for _ in range(2)), 16
    while len(body) < ln - 1:
        body += rng.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(c: str) -> list[str]:
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def make_ssn() -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni() -> str:
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def make_digits(n: int, first_nonzero=True) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def iban_check(country: str, bban: str) -> str:
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return f"{98 - int(num) % 97:02d}"


def make_iban() -> str:
    c = rng.choice(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if c == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + make_digits(6) + make_digits(8)
    elif c == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + make_digits(6) + make_digits(8)
    elif c == "DE":
        bban = make_digits(18)
    elif c == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + make_digits(10, False)
    elif c == "ES":
        bban = make_digits(20)
    else:
        bban = make_digits(10) + make_digits(11, False) + make_digits(2, False)
    return c + iban_check(c, bban) + bban


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "ES": 24, "FR": 27}


def make_phone(country=None):
    country = country or rng.choice(["UK", "UK", "US", "US", "IE"])
    if country == "UK":
        return country, "07" + make_digits(9, False)
    if country == "US":
        return country, str(rng.randint(2, 9)) + make_digits(2, False) + str(rng.randint(2, 9)) + make_digits(6, False)
    return country, "08" + rng.choice("35679") + make_digits(7, False)


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "B", "M", "LS", "BS", "CF", "EH", "G",
            "L", "NE", "CB", "BT", "DY", "RG", "TN", "HP", "KT", "S", "PL", "EX"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_postcode() -> str:
    a = rng.choice(UK_AREAS)
    out = a + str(rng.randint(1, 20 if len(a) == 2 else 9))
    if rng.random() < 0.1 and len(out) == 2:
        out += rng.choice("ABEHJ")
    return out + " " + str(rng.randint(0, 9)) + rng.choice(INWARD_L) + rng.choice(INWARD_L)


def make_zip() -> str:
    z = f"{rng.randint(1001, 99950):05d}"
    if rng.random() < 0.25:
        z += "-" + f"{rng.randint(1, 9999):04d}"
    return z


STREETS_UK = ["Maple", "Kingsway", "Church", "Station", "Victoria", "Albert", "Mill",
              "Chester", "Orchard", "Highfield", "Park", "Greenhill", "Wellington",
              "Hawthorn", "Beech", "Moorland", "Priory", "Castle"]
SUFFIX_UK = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Way",
             "Gardens", "Terrace", "Grove"]
STREETS_US = ["Oak", "Elm", "Cedar", "Lincoln", "Washington", "Lakeview", "Sunset",
              "Pine", "Ridge", "Jefferson", "Magnolia", "Willow", "Franklin"]
SUFFIX_US = ["St", "Ave", "Blvd", "Dr", "Ln", "Ct", "Rd", "Street", "Avenue", "Drive"]
TOWNS_UK = ["Leeds", "Bristol", "Croydon", "Reading", "Glasgow", "Cardiff", "Dudley"]
TOWNS_US = ["Columbus, OH", "Austin, TX", "Tampa, FL", "Denver, CO", "Fresno, CA"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin 8", "Sligo"]
FIRST = ["sarah", "james", "emma", "liam", "olivia", "noah", "aoife", "conor",
         "priya", "mohammed", "chloe", "daniel", "megan", "tom", "grace", "ryan"]
LAST = ["smith", "obrien", "patel", "jones", "murphy", "walsh", "nguyen", "garcia",
        "kowalski", "taylor", "brown", "kelly", "evans", "hughes", "byrne"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com",
           "btinternet.com", "aol.com", "eircom.net", "protonmail.com"]


def make_email():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randint(0, 4)
    local = [f"{f}.{l}", f"{f[0]}{l}{rng.randint(1, 99)}", f"{f}_{l}", f"{l}.{f[0]}",
             f"{f}{rng.randint(70, 99)}"][style]
    return local, rng.choice(DOMAINS)


# ----------------------------------------------------------------- spoken forms
def zero_word(z):
    return z


def spoken_digits(s: str, zw="oh", doubles=True, pairs=False) -> str:
    """Digit string -> ASR style words (groups separated only by space)."""
    out = []
    if pairs and len(s) % 2 == 0 and all(not (s[i] != "0" and s[i + 1] == "0") for i in range(0, len(s), 2)):
        for i in range(0, len(s), 2):
            a, b = int(s[i]), int(s[i + 1])
            if a == 0:
                out.append(f"{zw} {DIGW[b] if b else zw}")
            elif a == 1:
                out.append(TEENS[b])
            else:
                out.append(f"{TENS[a]} {DIGW[b]}")
        return " ".join(out)
    i = 0
    while i < len(s):
        ch = s[i]
        w = zw if ch == "0" else DIGW[int(ch)]
        if doubles and i + 2 < len(s) and s[i + 1] == ch and s[i + 2] == ch and rng.random() < 0.7:
            out.append(f"triple {w}")
            i += 3
            continue
        if doubles and i + 1 < len(s) and s[i + 1] == ch and rng.random() < 0.7:
            out.append(f"double {w}")
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def spoken_letter(ch: str, nato_p=0.3) -> str:
    if ch == "O":
        return "o for oscar"  # a bare 'o' would be read as zero
    if ch in NATO and rng.random() < nato_p:
        return f"{ch.lower()} for {NATO[ch]}"
    return ch.lower()


def spoken_alnum(s: str, zw="oh", nato_p=0.3) -> str:
    parts = []
    run = ""
    for ch in s:
        if ch.isdigit():
            run += ch
        else:
            if run:
                parts.append(spoken_digits(run, zw))
                run = ""
            if ch.isalpha():
                parts.append(spoken_letter(ch, nato_p))
    if run:
        parts.append(spoken_digits(run, zw))
    return " ".join(parts)


def spoken_year(y: int) -> str:
    a, b = divmod(y, 100)
    if a == 20 and b < 10:
        return "two thousand" + (f" and {DIGW[b]}" if b else "")
    if b == 0:
        return f"{spoken_digits(str(a), pairs=True)} hundred"
    hi = TEENS[a - 10] if a < 20 else "twenty"
    if b < 10:
        lo = f"oh {DIGW[b]}"
    elif b < 20:
        lo = TEENS[b - 10]
    else:
        lo = TENS[b // 10] + ("" if b % 10 == 0 else " " + DIGW[b % 10])
    return f"{hi} {lo}"


# ------------------------------------------------------------- normalisation
NATO_WORDS = set(NATO.values()) | {"oscar", "india"}
WORDNUM = {w: str(i) for i, w in enumerate(DIGW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "too": "2",
                "ate": "8", "won": "1"})
FILLERS = {"um", "uh", "er", "erm", "and", "dash", "hyphen", "space", "then", "like",
           "uhm", "hmm", "sorry", "its", "it's", "yeah"}


def norm_spoken(text: str, letters=True) -> str:
    """Normalise a span (typed or spoken) into its compact character string."""
    toks = re.findall(r"[A-Za-z']+|\d+|[+@._]", text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i].lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2].lower() in NATO_WORDS:
            out.append(t.upper())
            i += 3
            continue
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple"):
            k = 2 if t == "double" else 3
            i += 1
            v = toks[i].lower()
            out.append((WORDNUM.get(v) or v.upper()) * k)
        elif t == "for" and nxt in NATO_WORDS:
            i += 1
        elif t in ("as", "in") and nxt in ("in",):
            i += 1
        elif t in WORDNUM and not (t == "o" and False):
            out.append(WORDNUM[t])
        elif t == "for":
            out.append("4")
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS.values():
            tv = [k for k, v in TENS.items() if v == t][0]
            if nxt in DIGW[1:]:
                out.append(f"{tv}{DIGW.index(nxt)}")
                i += 1
            else:
                out.append(f"{tv}0")
        elif t == "hundred":
            out.append("00")
        elif t == "plus":
            out.append("+")
        elif t in FILLERS:
            pass
        elif len(t) == 1 and letters:
            out.append(t.upper())
        elif t in "+@._":
            out.append(t)
        else:
            out.append("<" + t + ">")
        i += 1
    return "".join(out)


SPOKEN_WORDS = (set(WORDNUM) | set(TEENS) | set(TENS.values()) | set(NATO.values()) | FILLERS
                | {"double", "triple", "for", "hundred", "plus"})


def looks_typed(text: str) -> bool:
    """Typed values contain digit characters, or are bare letter groups (e.g. 'WM')."""
    if re.search(r"\d", text):
        return True
    toks = re.findall(r"[A-Za-z']+", text)
    return all(len(t) > 1 and t.lower() not in SPOKEN_WORDS for t in toks)


def norm_typed(text: str) -> str:
    keep = re.sub(r"[^A-Za-z0-9+]", "", text).upper()
    return keep


def norm_email(text: str) -> str:
    t = text.strip().lower()
    if "@" in t:
        return re.sub(r"\s+", "", t)
    toks = t.split()
    out = []
    for w in toks:
        out.append({"at": "@", "dot": ".", "underscore": "_", "dash": "-"}.get(w, w))
    return "".join(out)


EMAIL_RE = re.compile(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
US_ZIP = re.compile(r"^\d{5}(\d{4})?$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def validate_value(typ: str, text: str, canon: str) -> str | None:
    """Return an error message or None."""
    if typ == "EMAIL":
        n = norm_email(text)
        return None if EMAIL_RE.match(n) else f"bad email {n!r}"
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        has_month = any(m[:3] in low for m in MONTHS)
        n = norm_spoken(text, letters=False)
        digits = re.sub(r"\D", "", n)
        if typ == "EXPIRY" and not (has_month or len(digits) >= 3):
            return f"bad expiry {text!r}"
        if typ == "DOB" and not (has_month and digits or len(digits) >= 4):
            return f"bad dob {text!r}"
        return None
    if typ == "ADDRESS":
        low = text.lower()
        if not (re.search(r"\d", low) or set(low.split()) & (set(DIGW) | set(TEENS) | set(TENS.values()))):
            return f"address without number {text!r}"
        if not any(re.search(r"\b" + s.lower() + r"\b", low) for s in SUFFIX_UK + SUFFIX_US):
            return f"address without street type {text!r}"
        return None
    n = norm_typed(text) if looks_typed(text) else norm_spoken(text)
    if "<" in n:
        return f"unparsed token in {text!r} -> {n!r}"
    c = canon
    if n not in c:
        return f"span {text!r} -> {n!r} not part of value {c!r}"
    if typ == "CARD_NUMBER":
        ok = c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    elif typ == "CVV":
        ok = c.isdigit() and len(c) in (3, 4)
    elif typ == "SSN":
        ok = c.isdigit() and len(c) == 9
    elif typ == "NI_NUMBER":
        ok = bool(NI_RE.match(c)) and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    elif typ == "BANK_ACCOUNT":
        ok = c.isdigit() and 6 <= len(c) <= 17
    elif typ == "SORT_CODE":
        ok = c.isdigit() and len(c) == 6
    elif typ == "IBAN":
        ok = (c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]]
              and int("".join(str(int(ch, 36)) for ch in c[4:] + c[:4])) % 97 == 1)
    elif typ == "PHONE":
        d = c.lstrip("+")
        ok = d.isdigit() and 10 <= len(d) <= 13
    elif typ == "POSTCODE":
        ok = bool(UK_PC.match(c) or US_ZIP.match(c))
    else:
        ok = False
    return None if ok else f"invalid {typ} value {c!r}"


# ---------------------------------------------------------------- case model
class V:
    """A labelled value segment."""

    def __init__(self, text, typ, canon=None):
        self.text, self.typ, self.canon = text, typ, canon


CASE_LIST = []
RECORDS = []  # (case id, turn, text, typ, canon) for validation
EMOJI = ["🙂", "🙏", "😅", "👍", "😩", "🤞", "😂", "!!", ":)", ":/", "x"]


def typo(s: str, p=0.25) -> str:
    """Inject light typos into carrier text (never touches values)."""
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and w.isalpha() and rng.random() < p:
            i = rng.randint(0, len(w) - 2)
            op = rng.randint(0, 2)
            if op == 0:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif op == 1:
                w = w[:i] + w[i + 1:]
            else:
                w = w[:i] + w[i] + w[i:]
        out.append(w)
    return " ".join(out)


def add_case(kind, turns, note):
    n = sum(1 for c in CASE_LIST if c["kind"] == kind) + 1
    cid = f"{PFX}-{'pos' if kind == 'positive' else 'neg'}-{n:03d}"
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, V)):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, V):
                s = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": s, "end": len(text), "type": seg.typ})
                RECORDS.append((cid, ti, seg.text, seg.typ, seg.canon))
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    if kind == "negative":
        assert not spans
    CASE_LIST.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})


A, C = "agent", "customer"
TYPED_CH = ["web chat", "web chat", "sms", "email", "social dm", "app chat", "whatsapp"]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
       "healthcare billing", "government services"]


def ch_typed():
    return rng.choice(TYPED_CH)


def case_msg(s):
    """Random casing noise for typed carriers."""
    r = rng.random()
    if r < 0.15:
        return s.upper()
    if r < 0.45:
        return s.lower()
    return s


def emo():
    return (" " + rng.choice(EMOJI)) if rng.random() < 0.35 else ""


# ------------------------------------------------------------ value renderers
def typed_card(c):
    g = card_groups(c)
    st = rng.randint(0, 7)
    if st == 0:
        return " ".join(g)
    if st == 1:
        return "-".join(g)
    if st == 2:
        return c
    if st == 3:
        return "\u00a0".join(g)  # copy-paste non-breaking spaces
    if st == 4:
        return ".".join(g)
    if st == 5:
        return "  ".join(g)
    if st == 6:
        return " - ".join(g) if rng.random() < 0.5 else " ".join(c)
    return c[:6] + " " + c[6:]


def spoken_card(c, zw, homophones=False):
    g = card_groups(c)
    parts = []
    for grp in g:
        pairs = len(grp) == 4 and rng.random() < 0.3
        p = spoken_digits(grp, zw, pairs=pairs)
        if homophones:
            # what a recogniser writes for 'two' / 'four' in fast speech
            ws = p.split(" ")
            p = " ".join({"two": "to", "four": "for"}.get(w, w)
                         if rng.random() < 0.35 and (k == 0 or ws[k - 1] not in TENS.values()) else w
                         for k, w in enumerate(ws))
        parts.append(p)
    return parts


def typed_ssn(s):
    st = rng.randint(0, 5)
    return [f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s,
            f"{s[:3]}.{s[3:5]}.{s[5:]}", " ".join(s), f"{s[:3]}/{s[3:5]}/{s[5:]}"][st]


def typed_ni(n):
    st = rng.randint(0, 5)
    x = [f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n, n.lower(),
         f"{n[:2]}{n[2:8]} {n[8]}", f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}",
         f"{n[:2].lower()} {n[2:8]} {n[8].lower()}"][st]
    return x


def spoken_ni(n, zw):
    p = rng.random() < 0.4
    letters = " ".join(spoken_letter(ch, 0.35) for ch in n[:2])
    return f"{letters} {spoken_digits(n[2:8], zw, pairs=p)} {spoken_letter(n[8], 0.35)}"


def typed_sort(s):
    return rng.choice([f"{s[:2]}-{s[2:4]}-{s[4:]}", s, f"{s[:2]} {s[2:4]} {s[4:]}",
                       f"{s[:2]}-{s[2:4]}-{s[4:]}", f"{s[:2]}.{s[2:4]}.{s[4:]}"])


def typed_iban(i):
    st = rng.randint(0, 3)
    g = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return [g, i, g.lower(), i.lower()][st]


def typed_phone(country, p):
    st = rng.randint(0, 3)
    if country == "UK":
        return [f"{p[:5]} {p[5:]}", p, f"+44 {p[1:5]} {p[5:]}", f"+44{p[1:]}"][st]
    if country == "US":
        return [f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}",
                f"+1 {p[:3]} {p[3:6]} {p[6:]}", f"{p[:3]}.{p[3:6]}.{p[6:]}"][st]
    return [f"{p[:3]} {p[3:6]} {p[6:]}", p, f"+353 {p[1:3]} {p[3:6]} {p[6:]}", f"+353{p[1:]}"][st]


def phone_canon(typed):
    return re.sub(r"[^\d+]", "", typed)


def spoken_phone(country, p, zw):
    if country == "UK":
        if rng.random() < 0.3:
            return "plus four four " + spoken_digits(p[1:], zw), "+44" + p[1:]
        return spoken_digits(p[:5], zw) + " " + spoken_digits(p[5:], zw), p
    if country == "US":
        if rng.random() < 0.3:
            return "one " + spoken_digits(p, zw), "1" + p
        return " ".join([spoken_digits(p[:3], zw), spoken_digits(p[3:6], zw),
                         spoken_digits(p[6:], zw, pairs=rng.random() < 0.4)]), p
    return spoken_digits(p[:3], zw) + " " + spoken_digits(p[3:], zw), p


def dob_date():
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2004)


def typed_dob(d, m, y, us=False):
    st = rng.randint(0, 6)
    if us:
        return [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS[m-1].title()} {d}, {y}",
                f"{m}-{d}-{y % 100:02d}", f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m-1][:3]} {d} {y}",
                f"{y}-{m:02d}-{d:02d}"][st]
    sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d}{sfx} {MONTHS[m-1].title()} {y}",
            f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS[m-1][:3]} {y}", f"{d}-{m}-{y % 100:02d}",
            f"{d:02d}{m:02d}{y}"][st]


def spoken_dob(d, m, y):
    st = rng.randint(0, 2)
    if st == 0:
        return f"the {ORD[d-1]} of {MONTHS[m-1]} {spoken_year(y)}"
    if st == 1:
        return f"{MONTHS[m-1]} {ORD[d-1]} {spoken_year(y)}"
    return f"{spoken_digits(f'{d:02d}', 'oh', False)} {spoken_digits(f'{m:02d}', 'oh', False)} {spoken_year(y)}"


def make_expiry():
    return rng.randint(1, 12), rng.randint(27, 32)


def typed_expiry(m, y):
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}",
                       f"{MONTHS[m-1][:3]} 20{y}", f"{m:02d}{y}", f"{m:02d} / {y}"])


def spoken_expiry(m, y):
    yw = spoken_number(y)
    mw = spoken_digits(f"{m:02d}", "oh", False)
    return rng.choice([f"{mw} {yw}", f"{MONTHS[m-1]} {yw}", f"{mw} {spoken_digits(str(y), 'oh', False)}",
                       f"{MONTHS[m-1]} twenty {yw}"])


def make_address(country):
    if country == "US":
        n = rng.randint(10, 9899)
        st = f"{rng.choice(STREETS_US)} {rng.choice(SUFFIX_US)}"
        apt = f" Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}" if rng.random() < 0.3 else ""
        return f"{n} {st}{apt}", n, st
    n = rng.randint(1, 240)
    st = f"{rng.choice(STREETS_UK)} {rng.choice(SUFFIX_UK)}"
    pre = f"Flat {rng.randint(1, 12)}, " if rng.random() < 0.25 else ""
    return f"{pre}{n} {st}", n, st


def spoken_number(n):
    if n < 10:
        return DIGW[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DIGW[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        return f"{DIGW[h]} hundred" + ("" if r == 0 else " and " + spoken_number(r))
    return spoken_digits(str(n), "oh", False) if rng.random() < 0.5 else spoken_digits(str(n), pairs=len(str(n)) == 4)


def spoken_postcode(pc):
    if pc[0].isdigit():
        return spoken_digits(pc.replace("-", ""), "zero", False)
    out, inw = pc.split(" ")
    if inw[1] == inw[2] and rng.random() < 0.7:
        inw_s = spoken_digits(inw[0], "zero") + " double " + inw[1].lower()
    else:
        inw_s = spoken_alnum(inw, "zero", 0.25)
    return spoken_alnum(out, "zero", 0.25) + " " + inw_s


def canon_pc(pc):
    return re.sub(r"[^A-Z0-9]", "", pc.upper())


# ============================================================ positive templates
def t_card_typed():
    ind = rng.choice(["banking", "retail", "telecom", "travel", "utilities", "insurance"])
    ch = ch_typed()
    c = make_card()
    m, y = make_expiry()
    cvv = make_digits(4 if len(c) == 15 else 3, False)
    tc = typed_card(c)
    st = rng.randint(0, 3)
    if st == 0:
        turns = [(A, "Thanks! To take the payment I'll need the long card number, expiry and the 3 digit code on the back please."),
                 (C, [typo(case_msg(rng.choice(["ok its ", "card is ", "heres the card: ", "Card number - ", "right, "]))), V(tc, "CARD_NUMBER", c), emo()]),
                 (C, [typo(rng.choice(["exp ", "expires ", "expiry date ", "Exp: "])), V(typed_expiry(m, y), "EXPIRY"),
                      typo(rng.choice([" and cvv ", " code on back ", ", security code ", " sec code: "])), V(cvv, "CVV", cvv)])]
        note = "card, expiry and cvv over two messages"
    elif st == 1:
        turns = [(C, [typo(case_msg(f"hi can i pay the outstanding £{rng.randint(20, 400)}.{rng.randint(10, 99)} on my account now? card no ")), V(tc, "CARD_NUMBER", c),
                      typo(" exp "), V(typed_expiry(m, y), "EXPIRY"), typo(" cvc "), V(cvv, "CVV", cvv), emo()]),
                 (A, "Thank you, processing that now.")]
        note = "card + expiry + cvc in one message next to a money amount"
    elif st == 2:
        turns = [(A, "Dear customer, please reply with the card you'd like to use."),
                 (C, ["Hi,\n\nPlease use my card below:\n\nCard: ", V(tc, "CARD_NUMBER", c), "\nExpiry: ",
                      V(typed_expiry(m, y), "EXPIRY"), "\nCVV: ", V(cvv, "CVV", cvv),
                      f"\n\nKind regards,\n{rng.choice(FIRST).title()}\n\nSent from my iPhone"])]
        note = "email body with card block and signature"
        ch = "email"
    else:
        turns = [(C, [typo(case_msg("my new card number is ")), V(tc, "CARD_NUMBER", c), typo(" pls update the direct debit thx")]),
                 (A, "Thanks, and what's the expiry on that?"),
                 (C, [V(typed_expiry(m, y), "EXPIRY"), emo()]),
                 (A, "And the security code?"),
                 (C, [typo(case_msg(rng.choice(["", "its ", "oh yeah "]))), V(cvv, "CVV", cvv)])]
        note = "card then bare expiry and bare cvv as answers"
    add_case("positive", turns, f"{ch}/{ind}: {note}")


def t_card_split_typed():
    ind = rng.choice(["banking", "retail", "telecom", "insurance", "travel"])
    c = make_card()
    g = card_groups(c)
    if len(g) == 4 and rng.random() < 0.5:
        g = [g[0] + g[1], g[2], g[3]]
    turns = [(A, "Go ahead with the card number whenever you're ready.")]
    for i, part in enumerate(g):
        turns.append((C, [V(part, "CARD_NUMBER", c)] + ([rng.choice(["", " ..", "-", " +"])] if False else [])))
        if i < len(g) - 1 and rng.random() < 0.5:
            turns.append((A, rng.choice(["ok", "got it", "yep", "go on", "👍"])))
    turns.append((C, typo(case_msg(rng.choice(["thats it", "that's the lot", "done", "sorry phone keeps sending lol"])))))
    add_case("positive", turns, f"{rng.choice(['web chat', 'sms', 'whatsapp', 'social dm'])}/{ind}: card number split over {len(g)} separate messages")


def t_card_spoken():
    ind = rng.choice(IND)
    c = make_card()
    zw = rng.choice(["oh", "zero", "o", "nought"])
    hom = rng.random() < 0.3
    parts = spoken_card(c, zw, hom)
    st = rng.randint(0, 3)
    if st == 0:
        turns = [(A, "okay and the long number across the front of the card please"),
                 (C, [rng.choice(["yeah it's ", "right so it's ", "okay um ", ""]), V(" ".join(parts), "CARD_NUMBER", c)])]
        note = "card read in one turn"
    elif st == 1:
        turns = [(A, "go ahead with the card number")]
        for i, p in enumerate(parts):
            turns.append((C, [rng.choice(["", "um ", "right "]) if i == 0 else "", V(p, "CARD_NUMBER", c)]))
            if i < len(parts) - 1:
                turns.append((A, rng.choice(["mhm", "okay go on", "yep", "uh huh", "okay"])))
        note = f"card split over {len(parts)} customer turns with back-channels"
        if rng.random() < 0.6:
            m, y = make_expiry()
            cvv = make_digits(4 if len(c) == 15 else 3, False)
            turns += [(A, "lovely and the expiry date"), (C, [V(spoken_expiry(m, y), "EXPIRY")]),
                      (A, "and the security code on the back"),
                      (C, [rng.choice(["it's ", "um ", "that's "]), V(spoken_digits(cvv, zw), "CVV", cvv)])]
            note += ", then expiry and security code"
    elif st == 2:
        p1 = " ".join(parts[:2])
        p2 = " ".join(parts[2:])
        turns = [(A, "what's the card number please"),
                 (C, [V(p1, "CARD_NUMBER", c), " um hang on my glasses ", V(p2, "CARD_NUMBER", c)]),
                 (A, ["let me read that back ", V(" ".join(spoken_card(c, "zero")), "CARD_NUMBER", c), " is that right"]),
                 (C, "yes that's it")]
        note = "card with filler in the middle and agent read-back"
    else:
        m, y = make_expiry()
        cvv = make_digits(4 if len(c) == 15 else 3, False)
        turns = [(A, "can i take the card details"),
                 (C, ["it's ", V(" ".join(parts), "CARD_NUMBER", c), " expiry ", V(spoken_expiry(m, y), "EXPIRY"),
                      " and the three on the back are ", V(spoken_digits(cvv, zw, False), "CVV", cvv)])]
        note = "card, expiry and cvv all in one turn"
    add_case("positive", turns, f"call/{ind}: {note} (zero as '{zw}'{', asr homophones to/for' if hom else ''})")


def t_ssn():
    ind = rng.choice(["banking", "healthcare billing", "government services", "insurance", "telecom"])
    s = make_ssn()
    typed = rng.random() < 0.65
    if typed:
        ch = ch_typed()
        st = rng.randint(0, 4)
        if st == 0:
            turns = [(A, "For verification, can you confirm your Social Security number?"),
                     (C, [typo(case_msg(rng.choice(["sure its ", "ssn ", "SSN: ", "ok ", "my social is "]))), V(typed_ssn(s), "SSN", s), emo()])]
            note = "ssn typed after prompt"
        elif st == 1:
            turns = [(C, [typo("hi i was told to send my social here, "), V(typed_ssn(s), "SSN", s),
                          typo(f" and my claim # is {make_digits(7)} thanks")])]
            note = "ssn next to a 7 digit claim number (unlabelled)"
        elif st == 2:
            turns = [(A, "Please send the last part of your SSN and then the full number to confirm."),
                     (C, [V(s[:3], "SSN", s)]), (C, [V(s[3:5], "SSN", s)]), (C, [V(s[5:], "SSN", s), " sorry hit enter too soon"])]
            note = "ssn split 3/2/4 over three messages"
        elif st == 3:
            d, m, y = dob_date()
            turns = [(A, "I just need your SSN and date of birth to pull up the account."),
                     (C, [typo(case_msg("ssn ")), V(typed_ssn(s), "SSN", s), " dob ", V(typed_dob(d, m, y, True), "DOB")])]
            note = "ssn and us-style dob in one message"
        else:
            turns = [(C, ["Hello,\n\nRe: application for benefits\nSocial Security No.: ", V(typed_ssn(s), "SSN", s),
                          f"\nReference: {make_digits(8)}\n\nThanks"])]
            note = "email header style ssn with reference number"
            ch = "email"
        add_case("positive", turns, f"{ch}/{ind}: {note}")
    else:
        zw = rng.choice(["oh", "zero"])
        st = rng.randint(0, 2)
        if st == 0:
            turns = [(A, "and can i get your social security number"),
                     (C, ["yeah it's ", V(spoken_digits(s[:3], zw), "SSN", s)]), (A, "mhm"),
                     (C, [V(spoken_digits(s[3:5], zw), "SSN", s)]), (A, "okay"),
                     (C, [V(spoken_digits(s[5:], zw, pairs=rng.random() < 0.5), "SSN", s)])]
            note = "ssn read 3-2-4 over turns"
        elif st == 1:
            wrong = s[:5] + s[6] + s[5] + s[7:]
            turns = [(A, "your social please"),
                     (C, [V(spoken_digits(wrong, zw), "SSN", wrong), " no wait sorry that's wrong it's ",
                          V(spoken_digits(s, zw), "SSN", s)])]
            note = "ssn with self-correction, both readings labelled"
        else:
            turns = [(A, "last thing the social"),
                     (C, ["um ", V(spoken_digits(s[:3], zw) + " uh " + spoken_digits(s[3:5], zw) + " " + spoken_digits(s[5:], zw), "SSN", s)]),
                     (A, ["so that's ", V(spoken_digits(s, "zero", False), "SSN", s)]), (C, "correct")]
            note = "ssn with filler inside and agent read-back"
        add_case("positive", turns, f"call/{ind}: {note}")


def t_ni():
    ind = rng.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    n = make_ni()
    typed = rng.random() < 0.65
    if typed:
        ch = ch_typed()
        st = rng.randint(0, 3)
        if st == 0:
            turns = [(A, "Could you confirm your National Insurance number please?"),
                     (C, [typo(case_msg(rng.choice(["yes its ", "NI no: ", "ni number ", "", "sure - "]))), V(typed_ni(n), "NI_NUMBER", n), emo()])]
            note = "ni number typed after prompt"
        elif st == 1:
            turns = [(C, [typo(case_msg("hiya need to update my tax code, NINO ")), V(typed_ni(n), "NI_NUMBER", n),
                          typo(f" , i started the new job on {rng.randint(1, 28)}/0{rng.randint(1, 9)} and im paid £{rng.randint(1500, 3200)} a month")])]
            note = "ni in a message with a start date and salary (unlabelled)"
        elif st == 2:
            turns = [(A, "Please type your NI number."),
                     (C, [V(n[:2], "NI_NUMBER", n), " ", V(n[2:5], "NI_NUMBER", n)]),
                     (C, [V(n[5:8] + " " + n[8], "NI_NUMBER", n)])]
            note = "ni split over two messages"
        else:
            d, m, y = dob_date()
            pc = make_uk_postcode()
            turns = [(A, "To verify: NI number, date of birth and postcode please."),
                     (C, [V(typed_ni(n), "NI_NUMBER", n), "\n", V(typed_dob(d, m, y), "DOB"), "\n", V(pc if rng.random() < 0.5 else pc.lower(), "POSTCODE", canon_pc(pc))])]
            note = "ni, dob, postcode on separate lines"
        add_case("positive", turns, f"{ch}/{ind}: {note}")
    else:
        zw = rng.choice(["oh", "zero", "nought"])
        st = rng.randint(0, 2)
        if st == 0:
            turns = [(A, "can i take your national insurance number"),
                     (C, ["yeah it's ", V(spoken_ni(n, zw), "NI_NUMBER", n)])]
            note = "ni read in one turn, letters possibly phonetic"
        elif st == 1:
            turns = [(A, "national insurance number please"),
                     (C, [V(" ".join(spoken_letter(ch, 0.6) for ch in n[:2]), "NI_NUMBER", n)]), (A, "yep"),
                     (C, [V(spoken_digits(n[2:8], zw, pairs=rng.random() < 0.5), "NI_NUMBER", n)]), (A, "and the letter at the end"),
                     (C, [V(spoken_letter(n[8], 0.5), "NI_NUMBER", n)])]
            note = "ni split letters / digits / final letter across turns"
        else:
            turns = [(A, "what's your ni number"),
                     (C, ["hang on it's on my payslip ", V(spoken_ni(n, zw), "NI_NUMBER", n), " i think"]),
                     (A, ["lovely so ", V(" ".join(ch.lower() for ch in n[:2]) + " " + spoken_digits(n[2:8], "zero", False) + " " + n[8].lower(), "NI_NUMBER", n)])]
            note = "ni with agent read-back"
        add_case("positive", turns, f"call/{ind}: {note}")


def t_bank():
    ind = rng.choice(["banking", "utilities", "insurance", "telecom"])
    sc = make_digits(6)
    acct = make_digits(8, False)
    if rng.random() < 0.6:
        ch = ch_typed()
        st = rng.randint(0, 2)
        if st == 0:
            turns = [(A, "What are the sort code and account number for the direct debit?"),
                     (C, [typo(case_msg("sort code ")), V(typed_sort(sc), "SORT_CODE", sc), typo(case_msg(" acc no ")), V(acct, "BANK_ACCOUNT", acct)])]
        elif st == 1:
            turns = [(C, ["S/C: ", V(typed_sort(sc), "SORT_CODE", sc), "\nA/C: ", V(acct, "BANK_ACCOUNT", acct),
                          typo(f"\n\npls refund the £{rng.randint(10, 90)}.{rng.randint(10, 99)} overpayment to this acc")])]
        else:
            turns = [(A, "Could you send the account number?"), (C, [V(acct[:4], "BANK_ACCOUNT", acct), " ", V(acct[4:], "BANK_ACCOUNT", acct)]),
                     (A, "And the sort code?"), (C, [V(typed_sort(sc), "SORT_CODE", sc), emo()])]
        add_case("positive", turns, f"{ch}/{ind}: uk sort code and account number")
    else:
        zw = rng.choice(["oh", "zero", "nought"])
        turns = [(A, "and the sort code"),
                 (C, [V(spoken_digits(sc[:2], zw) + " " + spoken_digits(sc[2:4], zw) + " " + spoken_digits(sc[4:], zw), "SORT_CODE", sc)]),
                 (A, "and the account number"),
                 (C, ["it's ", V(spoken_digits(acct[:4], zw), "BANK_ACCOUNT", acct)]), (A, "mhm"),
                 (C, [V(spoken_digits(acct[4:], zw, pairs=rng.random() < 0.5), "BANK_ACCOUNT", acct)])]
        add_case("positive", turns, f"call/{ind}: spoken sort code then account number split over turns")


def t_us_account():
    ind = rng.choice(["banking", "utilities", "insurance", "healthcare billing"])
    acct = make_digits(rng.randint(10, 12))
    if rng.random() < 0.6:
        turns = [(A, "Which checking account should the refund go to?"),
                 (C, [typo(case_msg("checking acct # ")), V(acct, "BANK_ACCOUNT", acct), emo()])]
        add_case("positive", turns, f"{ch_typed()}/{ind}: us checking account number typed with #")
    else:
        turns = [(A, "can you read me the account number"),
                 (C, [V(spoken_digits(acct, "zero"), "BANK_ACCOUNT", acct), " that's the checking one"])]
        add_case("positive", turns, f"call/{ind}: us account number read in one turn")


def t_iban():
    ind = rng.choice(["banking", "travel", "insurance", "utilities", "retail"])
    i = make_iban()
    if rng.random() < 0.7:
        ch = ch_typed()
        st = rng.randint(0, 2)
        if st == 0:
            turns = [(A, "Please provide the IBAN for the refund."),
                     (C, [typo(case_msg("iban: ")), V(typed_iban(i), "IBAN", i), emo()])]
        elif st == 1:
            g = [i[k:k + 4] for k in range(0, len(i), 4)]
            h = len(g) // 2
            turns = [(C, [typo("heres my iban "), V(" ".join(g[:h]), "IBAN", i)]), (C, [V(" ".join(g[h:]), "IBAN", i)])]
        else:
            turns = [(C, ["Bank details for the reimbursement:\nIBAN ", V(typed_iban(i), "IBAN", i),
                          f"\nBIC {rng.choice(['AIBKIE2D', 'NWBKGB2L', 'DEUTDEFF', 'INGBNL2A'])}\nAmount claimed: €{rng.randint(50, 900)},00"])]
        add_case("positive", turns, f"{ch}/{ind}: {i[:2]} iban typed")
    else:
        g = [i[k:k + 4] for k in range(0, len(i), 4)]
        sp = " ".join(spoken_alnum(x, "zero", 0.2) for x in g)
        turns = [(A, "can you read me the iban"), (C, ["yeah ", V(sp, "IBAN", i)])]
        add_case("positive", turns, f"call/{ind}: {i[:2]} iban read aloud in groups")


def t_phone():
    ind = rng.choice(IND)
    country, p = make_phone()
    if rng.random() < 0.65:
        ch = ch_typed()
        t = typed_phone(country, p)
        st = rng.randint(0, 3)
        if st == 3:
            wrong = p[:-2] + p[-1] + p[-2] if p[-1] != p[-2] else p[:-1] + str((int(p[-1]) + 1) % 10)
            tw = typed_phone(country, wrong)
            turns = [(C, [typo(case_msg("pls call me back on ")), V(tw, "PHONE", phone_canon(tw))]),
                     (C, [typo(case_msg(rng.choice(["sorry typo ", "*", "oops i meant "]))), V(t, "PHONE", phone_canon(t))])]
        elif st == 0:
            turns = [(A, "What's the best number to reach you on?"), (C, [typo(case_msg(rng.choice(["mob ", "its ", "call me on ", "cell: "]))), V(t, "PHONE", phone_canon(t)), emo()])]
        elif st == 1:
            turns = [(C, [typo(case_msg(f"hi my internet has been down since {rng.randint(1, 11)}pm, pls ring me back on ")), V(t, "PHONE", phone_canon(t)),
                          typo(f" after {rng.randint(2, 6)}:30")])]
        else:
            t2 = typed_phone(country, p)
            turns = [(A, "Could you confirm the mobile number on the account?"),
                     (C, [V(t, "PHONE", phone_canon(t)), " or ", V(typed_phone(*make_phone(country)) if False else t2, "PHONE", phone_canon(t2)), " (same number, work phone formats it weird)"])]
        add_case("positive", turns, f"{ch}/{ind}: {country} phone number typed")
    else:
        zw = rng.choice(["oh", "zero", "o"])
        sp, canon = spoken_phone(country, p, zw)
        if rng.random() < 0.5:
            turns = [(A, "and a contact number"), (C, ["yeah it's ", V(sp, "PHONE", canon)])]
        else:
            w = sp.split(" ")
            h = len(w) // 2
            while w[h - 1] in ("double", "triple", "plus"):
                h += 1
            turns = [(A, "best number to call you back"), (C, [V(" ".join(w[:h]), "PHONE", canon)]), (A, "okay"),
                     (C, [V(" ".join(w[h:]), "PHONE", canon)])]
        add_case("positive", turns, f"call/{ind}: {country} phone spoken (zero as '{zw}')")


def t_email():
    ind = rng.choice(IND)
    local, dom = make_email()
    if rng.random() < 0.6:
        e = f"{local}@{dom}"
        if rng.random() < 0.3:
            e = e.upper() if rng.random() < 0.3 else e.title()
        st = rng.randint(0, 2)
        if st == 1:
            e = f"{local.replace('.', ' dot ')} at {dom.replace('.', ' dot ')}"
        tail = rng.choice([emo(), ".", " thanks", "\n\nSent from Outlook for Android"])
        turns = [(A, "What email address should we send the confirmation to?"),
                 (C, [typo(case_msg(rng.choice(["its ", "email: ", "pls use ", ""]))), V(e, "EMAIL"), tail])]
        add_case("positive", turns, f"{ch_typed()}/{ind}: email typed" + (" with 'at'/'dot' written out" if st == 1 else ""))
    else:
        sp = local.replace(".", " dot ").replace("_", " underscore ")
        sp = re.sub(r"(\d+)", lambda mm: " " + spoken_number(int(mm.group(1))) + " ", sp)
        sp = " ".join(sp.split())
        sp = f"{sp} at {dom.replace('.', ' dot ')}"
        turns = [(A, "and an email address"), (C, ["yeah it's ", V(sp, "EMAIL")])]
        add_case("positive", turns, f"call/{ind}: email spoken with 'at' and 'dot'")


def t_address():
    ind = rng.choice(IND)
    country = rng.choice(["UK", "UK", "US", "IE"])
    addr, n, st = make_address("US" if country == "US" else "UK")
    if country == "US":
        pc = make_zip()
        town = rng.choice(TOWNS_US)
    else:
        pc = make_uk_postcode() if country == "UK" else None
        town = rng.choice(TOWNS_UK if country == "UK" else TOWNS_IE)
    if rng.random() < 0.6:
        a = addr if rng.random() < 0.6 else addr.lower()
        segs = [typo(case_msg(rng.choice(["new address is ", "pls send to ", "Address: ", "moved to "]))), V(a, "ADDRESS"), f", {town}"]
        if pc:
            segs += [" ", V(pc if rng.random() < 0.6 else pc.lower().replace(" ", ""), "POSTCODE", canon_pc(pc))]
        segs.append(emo())
        turns = [(A, "What's the delivery address?"), (C, segs)]
        add_case("positive", turns, f"{ch_typed()}/{ind}: {country} street address typed")
    else:
        sp = spoken_number(n) + " " + st.lower()
        if addr.startswith("Flat"):
            sp = "flat " + spoken_number(int(addr.split(",")[0].split()[1])) + " " + sp
        turns = [(A, "and the first line of the address"), (C, ["it's ", V(sp, "ADDRESS"), f" in {town.split(',')[0].lower()}"])]
        if pc:
            turns += [(A, "and the postcode" if country != "US" else "and the zip"), (C, [V(spoken_postcode(pc), "POSTCODE", canon_pc(pc))])]
        add_case("positive", turns, f"call/{ind}: {country} address spoken")


def t_postcode():
    ind = rng.choice(IND)
    pc = make_uk_postcode() if rng.random() < 0.6 else make_zip()
    if rng.random() < 0.6:
        v = rng.choice([pc, pc.lower(), pc.replace(" ", ""), pc.upper()])
        turns = [(A, "Can I take your postcode to check coverage?" if not pc[0].isdigit() else "What's your ZIP code?"),
                 (C, [typo(case_msg(rng.choice(["", "its ", "postcode ", "zip "]) if True else "")), V(v, "POSTCODE", canon_pc(pc)), emo()])]
        add_case("positive", turns, f"{ch_typed()}/{ind}: postcode typed")
    else:
        turns = [(A, "what's the postcode there" if not pc[0].isdigit() else "and your zip code"),
                 (C, ["um ", V(spoken_postcode(pc), "POSTCODE", canon_pc(pc))])]
        add_case("positive", turns, f"call/{ind}: postcode spoken letter by letter")


def t_dob():
    ind = rng.choice(IND)
    d, m, y = dob_date()
    us = rng.random() < 0.4
    if rng.random() < 0.6:
        turns = [(A, "Can you confirm your date of birth?"),
                 (C, [typo(case_msg(rng.choice(["", "dob ", "its ", "born "]))), V(typed_dob(d, m, y, us), "DOB"), emo()])]
        add_case("positive", turns, f"{ch_typed()}/{ind}: dob typed ({'us' if us else 'uk'} order)")
    else:
        turns = [(A, "and your date of birth"), (C, ["yeah it's ", V(spoken_dob(d, m, y), "DOB")])]
        add_case("positive", turns, f"call/{ind}: dob spoken")


def t_combo_call():
    ind = rng.choice(["banking", "insurance", "telecom", "utilities"])
    d, m, y = dob_date()
    pc = make_uk_postcode()
    country, p = make_phone("UK")
    sp, canon = spoken_phone(country, p, "oh")
    turns = [(A, "for security can i have your date of birth and postcode"),
             (C, ["it's ", V(spoken_dob(d, m, y), "DOB"), " and the postcode is ", V(spoken_postcode(pc), "POSTCODE", canon_pc(pc))]),
             (A, "thank you and is the mobile still the same"),
             (C, ["no it's changed it's ", V(sp, "PHONE", canon), " now"])]
    add_case("positive", turns, f"call/{ind}: dob, postcode and new mobile in a verification sequence")


def t_combo_typed():
    ind = rng.choice(["banking", "insurance", "utilities", "telecom", "government services"])
    ch = ch_typed()
    st = rng.randint(0, 2)
    if st == 0:
        n = make_ni()
        country, p = make_phone("UK")
        tp = typed_phone(country, p)
        local, dom = make_email()
        turns = [(A, "To update your details please send your NI number, mobile and email."),
                 (C, [V(typed_ni(n), "NI_NUMBER", n), ", ", V(tp, "PHONE", phone_canon(tp)), ", ", V(f"{local}@{dom}", "EMAIL"), emo()])]
        note = "ni, phone and email in one comma separated message"
    elif st == 1:
        c = make_card()
        country, p = make_phone("US")
        tp = typed_phone(country, p)
        z = make_zip()
        turns = [(A, "I'll need the card number and billing ZIP."),
                 (C, [typo(case_msg("card ")), V(typed_card(c), "CARD_NUMBER", c), typo(" zip "), V(z, "POSTCODE", canon_pc(z)),
                      typo(case_msg(" and text me the receipt at ")), V(tp, "PHONE", phone_canon(tp))])]
        note = "card, billing zip and phone in one message"
    else:
        s_ = make_ssn()
        d, m, y = dob_date()
        addr, _, _ = make_address("US")
        z = make_zip()
        turns = [(C, [typo(case_msg("hi, filling in the form on here doesnt work so: ")), "name ", rng.choice(FIRST).title(), " ", rng.choice(LAST).title(),
                      " / dob ", V(typed_dob(d, m, y, True), "DOB"), " / ssn ", V(typed_ssn(s_), "SSN", s_), " / addr ", V(addr, "ADDRESS"),
                      f", {rng.choice(TOWNS_US)} ", V(z, "POSTCODE", canon_pc(z))]),
                 (A, "Thanks, I've passed that to the enrolment team.")]
        note = "form-style message with dob, ssn, address and zip"
    add_case("positive", turns, f"{ch}/{ind}: {note}")


# ============================================================ negative templates
CUR = ["£"]


def money():
    cur = CUR[0]
    if rng.random() < 0.2:
        return f"{cur}{rng.randint(1, 9)},{rng.randint(100, 999)}.00" if cur != "€" else f"€{rng.randint(1, 9)}.{rng.randint(100, 999)},00"
    return rng.choice([f"{cur}{rng.randint(5, 999)}.{rng.randint(10, 99)}", f"{cur}{rng.randint(10, 500)}"])


def neg_typed():
    CUR[0] = rng.choice(["£", "$", "€"])
    ch = ch_typed()
    ind = rng.choice(IND)
    k = rng.randint(0, 13)
    if k == 12:
        t = [(A, f"Your complaint reference is {make_digits(10)} - please quote it if you contact us again."),
             (C, typo(case_msg(f"ok thx, will i get the £{rng.randint(20, 80)} goodwill credit by {rng.randint(1, 28)}/{rng.randint(1, 12)}?")))]
        n = "10-digit complaint reference with its reference word"
    elif k == 13:
        t = [(C, typo(case_msg(f"policy no. POL{make_digits(8)} - renewal quote went from {money()} to {money()} ?!")) + emo()),
             (A, f"I can see a {rng.randint(5, 30)}% increase because the car is now {rng.randint(6, 15)} years old.")]
        n = "alphanumeric policy number, renewal quotes, percentage"
    elif k == 0:
        t = [(C, typo(case_msg(f"hi my order #{make_digits(8)} still hasnt arrived, it was meant to come on the {rng.randint(2, 28)}th"))),
             (A, f"Sorry about that! Order {make_digits(8)} is showing as out for delivery between {rng.randint(8, 11)}am and {rng.randint(1, 5)}pm.")]
        n = "order number with # and delivery window"
    elif k == 1:
        t = [(C, typo(case_msg(f"why is my bill {money()} this month, it's usually {money()}")) + emo()),
             (A, f"Your plan went up by {rng.randint(2, 9)}.{rng.randint(1, 9)}% in April, plus {rng.randint(3, 40)} GB of extra data.")]
        n = "bill amounts and percentage"
    elif k == 2:
        t = [(C, f"Flight {rng.choice(['EI', 'BA', 'FR', 'UA'])}{rng.randint(100, 9999)} on {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026 got cancelled, booking ref {rng.choice('ABCDEFGHJK')}{rng.choice('LMNPQRSTUVWXYZ')}{make_digits(4)}"),
             (A, "I can rebook you on the 18:45 departure tomorrow.")]
        n = "flight number, travel date, booking reference, time"
    elif k == 3:
        t = [(C, typo(f"meter reading today is {make_digits(5, False)} (elec) and {make_digits(5, False)} gas")),
             (A, f"Thanks, that's {rng.randint(200, 900)} kWh since your last reading on {rng.randint(1, 28)} {rng.choice(MONTHS).title()}.")]
        n = "meter readings and kWh"
    elif k == 4:
        t = [(C, typo(case_msg(f"ticket {make_digits(6)} - router model TP-{rng.randint(1000, 9999)}X keeps dropping, speed is like {rng.randint(2, 80)} Mbps")) + emo()),
             (A, f"Can you restart it and wait {rng.randint(2, 10)} minutes?")]
        n = "ticket number, model number, speed, duration"
    elif k == 5:
        t = [(C, f"Claim ref: CLM-{make_digits(7)}\nIncident date: {rng.randint(1, 28)}/{rng.randint(1, 12)}/2025\nRepair quote: {money()}"),
             (A, f"Thanks, your claim has been assigned to a handler and you'll hear back within {rng.randint(3, 10)} working days.")]
        n = "email with claim reference, incident date, quote"
        ch = "email"
    elif k == 6:
        t = [(C, typo(f"booked room {rng.randint(100, 950)} for {rng.randint(2, 7)} nights, checkin {rng.randint(1, 4)}pm, is breakfast incl?")),
             (A, f"Yes, breakfast is served 7:00-10:30 and costs {money()} for children over {rng.randint(4, 12)}.")]
        n = "room number, nights, times, price, age"
    elif k == 7:
        t = [(C, typo(case_msg(f"invoice {make_digits(9)} shows {rng.randint(2, 12)} items but i only got {rng.randint(1, 5)}"))),
             (A, f"I've raised case {make_digits(8)} and refunded {money()}.")]
        n = "9-digit invoice and 8-digit case number with reference words"
    elif k == 8:
        t = [(C, f"my appointment is on {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026 at {rng.randint(9, 16)}:{rng.choice(['00', '15', '30', '45'])} - can I move it to the week after?"),
             (A, f"Sure, we have {rng.randint(2, 6)} slots on the {rng.randint(1, 28)}th. Your balance of {money()} is due on the day.")]
        n = "appointment date/time and balance"
    elif k == 9:
        t = [(C, typo(f"my son is {rng.randint(3, 17)} and my mum is {rng.randint(60, 95)}, can they be added to the family plan from jan {rng.randint(2025, 2027)}")),
             (A, f"Yes, each extra line is {money()} a month on a {rng.choice([12, 18, 24])} month contract.")]
        n = "ages, year, contract length, price"
    elif k == 10:
        t = [(C, typo(f"heating set to {rng.randint(18, 24)} degrees but its only {rng.randint(12, 17)}C in here, boiler is {rng.randint(3, 15)} years old")),
             (A, f"An engineer can visit on {rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {rng.randint(1, 28)} Nov between 8-12.")]
        n = "temperatures, age of boiler, appointment"
    else:
        t = [(C, typo(f"paid {money()} on {rng.randint(1, 28)}/{rng.randint(1, 12)} using ref {make_digits(6)} but balance still says {money()}")),
             (A, f"I can see the payment. It takes {rng.randint(2, 5)} working days to show.")]
        n = "payment date, payment reference, balance"
    add_case("negative", t, f"{ch}/{ind}: {n}")


def neg_call():
    ind = rng.choice(IND)
    k = rng.randint(0, 10)
    if k == 9:
        t = [(A, "and which package are you on at the moment"),
             (C, f"the {spoken_number(rng.randint(100, 900))} meg broadband with {spoken_number(rng.randint(20, 99))} gig of data it's {spoken_number(rng.randint(20, 60))} ninety nine a month")]
        n = "speed, data allowance, price spoken"
    elif k == 10:
        t = [(A, "can i take the ticket number"),
             (C, f"yeah ticket number {spoken_digits(make_digits(10), 'oh')}"),
             (A, "thanks i can see the engineer visit on the third")]
        n = "10-digit ticket number spoken with reference word"
    elif k == 0:
        t = [(A, "can i take the order number"), (C, f"yeah it's order {spoken_digits(make_digits(8), 'oh')}"),
             (A, "thank you that was dispatched on the twelfth")]
        n = "8-digit order number spoken with its reference word"
    elif k == 1:
        t = [(C, f"the bill was {spoken_number(rng.randint(20, 99))} pounds {spoken_number(rng.randint(10, 99))} last month and now it's over a hundred"),
             (A, f"yes there was a price rise of {spoken_number(rng.randint(3, 9))} point {DIGW[rng.randint(1, 9)]} percent")]
        n = "money and percentage spoken"
    elif k == 2:
        t = [(C, f"i'm on flight {rng.choice(['e i', 'b a', 'u a'])} {spoken_number(rng.randint(100, 999))} at {spoken_number(rng.randint(1, 12))} {spoken_number(rng.randint(10, 55))}"),
             (A, f"okay and you're travelling with {spoken_number(rng.randint(2, 5))} bags")]
        n = "flight number and time spoken"
    elif k == 3:
        t = [(A, "what's the reading on the meter"), (C, f"it says {spoken_digits(make_digits(5, False), 'oh', False)}"),
             (A, f"great and that's about {spoken_number(rng.randint(20, 95))} pounds for the quarter")]
        n = "meter reading spoken"
    elif k == 4:
        t = [(C, f"i've been on hold for {spoken_number(rng.randint(20, 59))} minutes and this is the {ORD[rng.randint(2, 6)]} time i've called"),
             (A, "i'm really sorry about the wait")]
        n = "durations and counts"
    elif k == 5:
        t = [(A, "i've got a reference for you"), (C, "okay go on"),
             (A, f"it's {spoken_digits(make_digits(7), 'zero')} and your refund of {spoken_number(rng.randint(20, 99))} pounds will take {spoken_number(rng.randint(3, 10))} days")]
        n = "7-digit reference read by agent, refund and days"
    elif k == 6:
        yr = rng.randint(2015, 2024)
        t = [(C, f"i've been a customer since {spoken_year(yr)} and the contract started on the {ORD[rng.randint(0, 27)]} of {rng.choice(MONTHS)}"),
             (A, "thank you for being with us so long")]
        n = "customer-since year and contract start date (not a dob)"
    elif k == 7:
        t = [(C, f"the model number on the back is x r {spoken_number(rng.randint(100, 999))} and it's about {spoken_number(rng.randint(2, 9))} years old"),
             (A, "okay that one is still under the extended warranty")]
        n = "model number and age of device"
    else:
        t = [(A, f"your appointment is on the {ORD[rng.randint(0, 27)]} of {rng.choice(MONTHS)} at {spoken_number(rng.randint(1, 11))} thirty"),
             (C, f"and how much will that be"), (A, f"{spoken_number(rng.randint(40, 95))} dollars after insurance")]
        n = "appointment date/time and amount"
    add_case("negative", t, f"call/{ind}: {n}")


# ================================================================= build
def build():
    global rng
    rng = random.Random(SEED)
    CASE_LIST.clear()
    RECORDS.clear()
    plan = ([t_card_typed] * 17 + [t_card_split_typed] * 6 + [t_card_spoken] * 12 +
            [t_ssn] * 26 + [t_ni] * 28 + [t_bank] * 16 + [t_us_account] * 5 + [t_iban] * 15 +
            [t_phone] * 15 + [t_email] * 17 + [t_address] * 15 + [t_postcode] * 8 +
            [t_dob] * 10 + [t_combo_call] * 5 + [t_combo_typed] * 10)
    rng.shuffle(plan)
    for f in plan:
        f()
    negs = [neg_typed] * 72 + [neg_call] * 38
    rng.shuffle(negs)
    for f in negs:
        f()
    lines = [json.dumps(c, ensure_ascii=False) for c in CASE_LIST]
    return "\n".join(lines) + "\n"


def counts(cases):
    ct = Counter()
    for c in cases:
        for s in c["spans"]:
            ct[s["type"]] += 1
    return ct


def readme(cases):
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    typed = sum(not c["note"].startswith("call/") for c in cases)
    rows = "\n".join(f"| {t} | {ct[t]} |" for t in TYPES)
    return f"""# pii_holdout235 - held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set: do not look
at individual failures to adjust patterns, thresholds or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation or other evaluation
sets; only a 3-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout235.py` from template functions: every turn is built
from plain-text segments and labelled value segments, so span offsets are
computed, never typed. All values come from one `random.Random({SEED})`; the
output is byte-for-byte reproducible. `--check` regenerates and verifies the
file (identical bytes, unique ids, offsets in range and on word boundaries, no
overlaps, each value valid after normalising spoken forms: Luhn for cards,
mod-97 for IBANs, NI format, 9-digit SSN, 6-digit sort codes, digit counts for
CVV / phone / account, UK postcode and US ZIP shapes).

Emphasis: about two thirds typed channels (web chat, SMS, WhatsApp, app chat,
social DMs, e-mail bodies) with messy typing - typos in the carrier words,
mixed case, emojis, values split over several messages, odd separators
(dots, slashes, double spaces, non-breaking spaces from copy-paste), e-mail
signatures. The rest are phone calls written as an ASR transcript would
(lower case, digits as words, "oh"/"o"/"nought"/"zero", "double"/"triple",
pairs such as "forty one", NATO spellings like "b for bravo", e-mails as
"j dot doe at gmail dot com", values split across turns with back-channels,
self-corrections and agent read-backs).

## Annotation conventions

- A span covers the value only, from its first to its last character/word;
  lead-in words ("it's", "card no", "sort code") are outside.
- Separators and filler words *inside* a reading ("um", "uh") are inside the
  span when they sit between parts of the value in one turn; when a value is
  split by chit-chat ("um hang on my glasses") each part is its own span.
- A value split across messages/turns has one span per message/turn.
- Spoken values keep recogniser homophones inside the span ("to" for two,
  "for" for four).
- Agent read-backs of a value are labelled too. In self-corrections both the
  wrong and the corrected reading are labelled (same type); likewise a typed
  value re-sent after a typo ("*07700 ...").
- ADDRESS = flat/apartment number (if given) + house number + street name +
  street type; the town is outside; the postcode/ZIP is its own POSTCODE span.
- DOB covers the whole date expression including "the ... of".
- EXPIRY covers the month/year; CVV the 3-4 digit code only.
- EMAIL covers the whole address (spoken: from the first word of the local
  part to the top-level domain).
- Positive cases may contain unlabelled non-PII numbers (amounts, claim and
  order references, dates, times). Negative cases contain no PII at all; any
  redaction in them is a false positive.

## Counts

Positive cases: {npos}; negative cases: {nneg}; typed-channel cases: {typed} of {len(cases)}.

| Type | Spans |
|---|---|
{rows}
"""


def verify(text: str) -> list[str]:
    errs = []
    cases = [json.loads(l) for l in text.splitlines()]
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            errs.append(f"{c['id']}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(f"{c['id']}: positive without spans")
        prev = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                errs.append(f"{c['id']}: bad type {s['type']}")
            if not 0 <= s["turn"] < len(c["turns"]):
                errs.append(f"{c['id']}: bad turn")
                continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append(f"{c['id']}: offsets out of range")
                continue
            if not (t[a].isalnum() or t[a] in "+(") or not t[b - 1].isalnum():
                errs.append(f"{c['id']}: span {t[a:b]!r} does not start/end on alnum")
            if a > 0 and t[a - 1].isalnum() or b < len(t) and t[b].isalnum():
                errs.append(f"{c['id']}: span {t[a:b]!r} not on word boundary")
            if prev.get(s["turn"], -1) > a:
                errs.append(f"{c['id']}: overlapping spans")
            prev[s["turn"]] = b
    for cid, ti, vtext, typ, canon in RECORDS:
        e = validate_value(typ, vtext, canon or "")
        if e:
            errs.append(f"{cid} turn {ti}: {e}")
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    if npos < 170 or len(cases) - npos < 100:
        errs.append(f"too few cases: {npos} pos / {len(cases) - npos} neg")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct[t] < need:
            errs.append(f"type {t}: {ct[t]} spans < {need}")
    return errs


def main():
    text = build()
    cases = [json.loads(l) for l in text.splitlines()]
    rd = readme(cases)
    errs = verify(text)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    print(f"cases: {len(cases)} ({npos} positive, {len(cases) - npos} negative)")
    print("spans per type: " + ", ".join(f"{t}={ct[t]}" for t in TYPES))
    for e in errs:
        print("ERROR:", e)
    if errs:
        print(f"FAILED with {len(errs)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction set tests/fixtures/pii_holdout11/.

Written by an AI helper acting as an independent test author who did not see
the redaction code. Standard library only; all values come from a single
random.Random(11231126) so the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout11.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout11.py --check  # regenerate, compare, validate
"""
from __future__ import annotations

import json
import re
import string
import sys
from collections import Counter
from pathlib import Path
import random

SEED = 11231126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout11"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu", "o": "oscar", "q": "quebec", "u": "uniform", "v": "victor",
        "i": "india"}
FILLERS = {"um", "uh", "er", "erm", "hmm", "sorry", "and"}


def ordinal(n: int) -> str:
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    t, o = divmod(n, 10)
    return TENS[t] + " " + ORD[o]


def pair_words(p: str) -> str:
    """two-digit string -> words, as said in a pair ("41" -> "forty one")."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return R.choice(["oh", "o", "zero"]) + " " + ONES[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + ONES[b]


def zero_word(uk: bool) -> str:
    return R.choice(["oh", "zero", "nought", "o"] if uk else ["oh", "zero", "o", "oh"])


def speak(d: str, style: str = "mixed", uk: bool = False, zero: str | None = None) -> str:
    """digits -> ASR style words.  style: single | mixed | pairs"""
    z = zero or zero_word(uk)
    words: list[str] = []
    i = 0
    while i < len(d):
        c = d[i]
        if style == "pairs" and i + 1 < len(d) and d[i] != "0" and (d[i + 1] != "0" or i + 2 == len(d)):
            words.append(pair_words(d[i:i + 2]))
            i += 2
            continue
        if style == "mixed":
            run = 1
            while i + run < len(d) and d[i + run] == c and run < 3:
                run += 1
            if run == 3 and R.random() < 0.7:
                words.append("triple " + (z if c == "0" else ONES[int(c)]))
                i += 3
                continue
            if run >= 2 and R.random() < 0.75:
                words.append("double " + (z if c == "0" else ONES[int(c)]))
                i += 2
                continue
            if c != "0" and i + 1 < len(d) and (d[i + 1] != "0" or i + 2 == len(d)) and R.random() < 0.18:
                words.append(pair_words(d[i:i + 2]))
                i += 2
                continue
        words.append(z if c == "0" else ONES[int(c)])
        i += 1
    return " ".join(words)


def speak_groups(d: str, sizes, style="mixed", uk=False, sep=" ") -> str:
    out, i = [], 0
    z = zero_word(uk)
    for s in sizes:
        out.append(speak(d[i:i + s], style, uk, z))
        i += s
    if i < len(d):
        out.append(speak(d[i:], style, uk, z))
    return sep.join(out)


def group(d: str, sizes, sep=" ") -> str:
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(x for x in out if x)


def spell(s: str, nato_p: float = 0.0) -> str:
    """letters/digits spelled out as an ASR would write them."""
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append("oh" if ch == "0" else ONES[int(ch)])
        elif ch.isalpha():
            if R.random() < nato_p or ch == "o":
                out.append(ch + R.choice([" for ", " as in "]) + NATO[ch])
            else:
                out.append(ch)
        elif ch == " ":
            continue
    return " ".join(out)


# ---------------------------------------------------------------- values
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


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(kind: str | None = None) -> str:
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + R.choice(["539", "111", "929", "026", "751", "658"]), 16)
    if kind == "visa19":
        return luhn_complete("4" + R.choice(["571", "917"]), 19)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "maestro":
        return luhn_complete(R.choice(["6759", "5018"]), R.choice([13, 16, 18]))
    raise ValueError(kind)


def card_sizes(c: str):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 4, 5]
    return [4] * (len(c) // 4)


def cvv(n=3) -> str:
    return "".join(R.choice(string.digits) for _ in range(n))


def ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni() -> str:
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(R.choice(string.digits) for _ in range(6)) + R.choice("ABCD")


def digits(n: int, first_nonzero=True) -> str:
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_check(country: str, bban: str) -> str:
    raw = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in raw)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def iban(country: str | None = None) -> str:
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT", "BE"])
    L = lambda n: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    D = lambda n: "".join(R.choice(string.digits) for _ in range(n))
    bban = {
        "GB": lambda: R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + D(14),
        "IE": lambda: R.choice(["AIBK", "BOFI", "IPBS"]) + D(14),
        "DE": lambda: D(18),
        "FR": lambda: D(23),
        "NL": lambda: R.choice(["ABNA", "INGB", "RABO"]) + D(10),
        "ES": lambda: D(20),
        "IT": lambda: L(1) + D(22),
        "BE": lambda: D(12),
    }[country]()
    return country + iban_check(country, bban) + bban


def uk_mobile() -> str:
    return "07" + R.choice(["7", "8", "9", "5", "4"]) + digits(8, False)


def uk_land() -> str:
    return R.choice(["0161", "0113", "0121", "0117", "0131", "0141", "0191", "0151"]) + digits(7)


def us_phone() -> str:
    return str(R.randint(2, 9)) + digits(2, False) + str(R.randint(2, 9)) + digits(6, False)


def ie_mobile() -> str:
    return "08" + R.choice(["3", "5", "6", "7", "9"]) + digits(7, False)


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "M", "B", "LS", "G", "EH", "CF", "BS",
            "L", "NE", "S", "NG", "LE", "CB", "OX", "RG", "BT", "PL", "EX", "YO", "HU"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode() -> str:
    area = R.choice(UK_AREAS)
    dist = str(R.randint(1, 28 if len(area) == 2 else 19))
    if area in ("SW", "EC", "W") and R.random() < 0.3:
        dist = str(R.randint(1, 9)) + R.choice("AV")
    return f"{area}{dist} {R.randint(0, 9)}{R.choice(INWARD_L)}{R.choice(INWARD_L)}"


def zip_code() -> str:
    z = f"{R.randint(1001, 99950):05d}"
    if R.random() < 0.25:
        z += "-" + digits(4, False)
    return z


FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "marta", "kevin", "niamh",
         "daniel", "chloe", "oluwaseun", "grace", "mohammed", "emily", "sean", "hannah",
         "carlos", "fiona", "raj", "lucy", "brendan", "jess", "ahmed", "claire", "pavel"]
LAST = ["okafor", "murphy", "smith", "patel", "kowalski", "brennan", "nguyen", "oconnor",
        "walsh", "jones", "garcia", "byrne", "taylor", "hughes", "khan", "doyle", "reilly",
        "fischer", "dubois", "evans", "mcdonald", "schmidt"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "proton.me", "web.de", "sky.com",
           "live.ie", "comcast.net"]
STREETS = ["maple", "church", "station", "victoria", "high", "mill", "park", "oak",
           "kingsway", "elm", "willow", "queen", "harbour", "meadow", "granville", "abbey",
           "cedar", "lincoln", "washington", "riverside", "orchard", "castle", "main"]
SUFFIX_UK = ["road", "street", "avenue", "lane", "close", "crescent", "drive", "gardens",
             "terrace", "way", "grove", "place"]
SUFFIX_US = ["street", "avenue", "boulevard", "drive", "court", "road", "lane", "parkway"]
SUFFIX_ALL = set(SUFFIX_UK + SUFFIX_US + ["st", "rd", "ave", "blvd", "ln", "dr", "ct"])


def email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    sep = R.choice([".", "_", "", "."])
    num = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1960, 2004))])
    user = R.choice([f + sep + l, f[0] + sep + l, f + sep + l[0], l + sep + f]) + num
    return user, R.choice(DOMAINS)


def email_typed() -> str:
    u, d = email_parts()
    s = u + "@" + d
    return s if R.random() < 0.75 else s.capitalize()


def say_email_part(part: str, spell_short: bool = True) -> str:
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._\-]", part.lower()):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append("dash")
        elif tok.isdigit():
            if len(tok) == 4:
                out.append(pair_words(tok[:2]) + " " + pair_words(tok[2:]))
            elif len(tok) == 2 and tok[0] != "0":
                out.append(pair_words(tok))
            else:
                out.append(speak(tok, "single"))
        elif len(tok) <= 2 and spell_short:
            out.append(" ".join(c if c != "o" else "o for oscar" for c in tok))
        else:
            out.append(tok)
    return " ".join(out)


def email_spoken() -> str:
    u, d = email_parts()
    return say_email_part(u) + R.choice([" at ", " at ", " at sign "]) + say_email_part(d, False)


def dob_parts():
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y


def year_words(y: int) -> str:
    if y == 2000:
        return "two thousand"
    if y >= 2000:
        return "two thousand and " + ONES[y - 2000] if y < 2010 else "two thousand " + pair_words(str(y)[2:])
    return pair_words(str(y)[:2]) + " " + pair_words(str(y)[2:])


def dob_spoken(us=False, parts=None) -> str:
    d, m, y = parts or dob_parts()
    if us:
        return R.choice([f"{MONTHS[m-1]} {ordinal(d)} {year_words(y)}",
                         f"{MONTHS[m-1]} {ordinal(d)} {year_words(y)}",
                         f"{speak(f'{m:02d}', 'single')} {speak(f'{d:02d}', 'single')} {pair_words(str(y)[:2])} {pair_words(str(y)[2:]) if y < 2000 else pair_words(str(y)[2:])}"])
    return R.choice([f"the {ordinal(d)} of {MONTHS[m-1]} {year_words(y)}",
                     f"{ordinal(d)} of {MONTHS[m-1]} {year_words(y)}",
                     f"{ordinal(d)} {MONTHS[m-1]} {year_words(y)}",
                     f"{pair_words(f'{d:02d}')} {pair_words(f'{m:02d}')} {year_words(y)}"])


def dob_typed(us=False) -> str:
    d, m, y = dob_parts()
    if us:
        return R.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS[m-1].capitalize()} {d}, {y}", f"{m}-{d}-{str(y)[2:]}"])
    return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d} {MONTHS[m-1].capitalize()} {y}",
                     f"{d}{['st','nd','rd'][d-1] if d in (1,2,3) else 'th'} {MONTHS[m-1][:3].capitalize()} {y}",
                     f"{d:02d}-{m:02d}-{y}"])


def expiry_vals():
    m = R.randint(1, 12)
    y = R.randint(25, 33)
    return m, y


def expiry_typed() -> str:
    m, y = expiry_vals()
    return R.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d} {y}", f"{m}/{y}", f"{m:02d}{y}"])


def expiry_spoken() -> str:
    m, y = expiry_vals()
    return R.choice([f"{pair_words(f'{m:02d}')} {pair_words(str(y))}",
                     f"{speak(f'{m:02d}', 'single')} {speak(str(y), 'single')}",
                     f"{MONTHS[m-1]} twenty {pair_words(str(y))}",
                     f"{MONTHS[m-1]} {pair_words(str(y))}",
                     f"{pair_words(f'{m:02d}')} slash {pair_words(str(y))}"])


def address_typed(us=False) -> str:
    n = R.randint(1, 480) if us else R.randint(1, 140)
    st = R.choice(STREETS).capitalize()
    suf = R.choice(SUFFIX_US if us else SUFFIX_UK)
    if R.random() < 0.3:
        suf = {"street": "St", "road": "Rd", "avenue": "Ave", "drive": "Dr", "lane": "Ln",
               "boulevard": "Blvd", "court": "Ct"}.get(suf, suf.capitalize())
    else:
        suf = suf.capitalize()
    base = f"{n} {st} {suf}"
    if R.random() < 0.2:
        base = (f"Apt {R.randint(1, 40)}, " if us else f"Flat {R.randint(1, 12)}, ") + base
    return base if R.random() < 0.8 else base.lower()


def house_number_words(n: int) -> str:
    if n < 10:
        return ONES[n]
    if n < 100:
        return pair_words(f"{n:02d}")
    h, r = divmod(n, 100)
    if r == 0:
        return ONES[h] + " hundred"
    return ONES[h] + " " + (pair_words(f"{r:02d}") if r >= 10 else "oh " + ONES[r])


def address_spoken(us=False) -> str:
    n = R.randint(1, 480) if us else R.randint(1, 140)
    base = f"{house_number_words(n)} {R.choice(STREETS)} {R.choice(SUFFIX_US if us else SUFFIX_UK)}"
    if R.random() < 0.2:
        base = ("apartment " if us else "flat ") + house_number_words(R.randint(1, 30)) + " " + base
    return base


def postcode_spoken(pc: str, nato=0.25) -> str:
    out = []
    for ch in pc.replace(" ", "").lower():
        if ch.isdigit():
            out.append(ONES[int(ch)] if ch != "0" else R.choice(["zero", "oh"]))
        else:
            out.append(ch + (R.choice([" for ", " as in "]) + NATO[ch] if R.random() < nato or ch == "o" else ""))
    return " ".join(out)


# ---------------------------------------------------------------- builder
CASES_OUT: list[dict] = []
GROUPS: list[list[tuple[str, list[str]]]] = []  # per case: [(type, [span texts])]
_counters = Counter()
_gid = [0]


class V:
    """a PII value segment; parts with the same gid are one value split over turns."""

    def __init__(self, text, typ, gid=None):
        self.text, self.typ, self.gid = text, typ, gid


def new_gid():
    _gid[0] += 1
    return _gid[0]


def add(kind: str, note: str, turns):
    """turns: list of (speaker, [segments]); segment is str or V or (text, TYPE)."""
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                seg = V(seg[0], seg[1])
            if isinstance(seg, V):
                s = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": s, "end": len(text), "type": seg.typ})
                key = seg.gid if seg.gid is not None else new_gid()
                groups.setdefault(key, (seg.typ, []))[1].append(seg.text)
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    _counters[kind] += 1
    cid = f"h11-{'pos' if kind == 'positive' else 'neg'}-{_counters[kind]:03d}"
    CASES_OUT.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    GROUPS.append(list(groups.values()))


def split_value(words: str, nparts: int):
    toks = words.split(" ")
    # never split inside "double x" / "as in" constructions
    units, i = [], 0
    while i < len(toks):
        if toks[i] in ("double", "triple") and i + 1 < len(toks):
            units.append(toks[i] + " " + toks[i + 1]); i += 2
        elif i + 2 < len(toks) and toks[i + 1] == "for" and len(toks[i]) == 1:
            units.append(" ".join(toks[i:i + 3])); i += 3
        elif i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
            units.append(" ".join(toks[i:i + 4])); i += 4
        elif toks[i] in TENS[2:] and i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
            units.append(toks[i] + " " + toks[i + 1]); i += 2
        else:
            units.append(toks[i]); i += 1
    k = max(1, len(units) // nparts)
    parts = [" ".join(units[j:j + k]) for j in range(0, len(units), k)]
    if len(parts) > nparts:
        parts[nparts - 1] = " ".join(parts[nparts - 1:])
        parts = parts[:nparts]
    return parts


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yes", "got that", "sure", "go ahead"]
OPEN_CALL = ["thanks for calling", "thank you for holding", "hi you're through to",
             "good morning you're speaking with", "hello thanks for calling"]
AGENT_NAMES = ["dave", "karen", "siobhan", "mark", "anita", "josh", "leanne", "tariq"]


def sp(words: str, typ: str, prefix: str = "", suffix: str = ""):
    return [prefix, V(words, typ), suffix]


# ---------------------------------------------------------------- positive templates
def pos_card_chat():
    c = card()
    sep = R.choice([" ", "-", "", " ", ".", "  "])
    txt = group(c, card_sizes(c), sep) if sep else c
    ind = R.choice(["retail", "telecom", "utilities", "travel", "insurance"])
    pre = R.choice(["card number is ", "Card: ", "its ", "the long number is ", "ok here u go ",
                    "my visa is ", "pls charge ", "number on front = "])
    post = R.choice([" thanks", "", " and it's in my husband's name", ".", " - can you take £45.20 off it",
                     " (debit)", " exp on the back"])
    add("positive", f"chat/{ind}: card typed with separator {sep!r}, amount nearby",
        [("agent", ["Could you please confirm the card you'd like to use?"]),
         ("customer", [pre, V(txt, "CARD_NUMBER"), post])])


def pos_card_call_single():
    c = card()
    style = R.choice(["single", "mixed", "mixed"])
    words = speak_groups(c, card_sizes(c), style)
    ind = R.choice(["telecom", "banking", "utilities", "retail"])
    pre = R.choice(["yeah it's ", "okay so it's ", "right ", "it's um ", "", "the number is "])
    add("positive", f"call/{ind}: card read in one turn ({style})",
        [("agent", [R.choice(["and the long number across the front please",
                              "can i take the card number", "what's the card number"])]),
         ("customer", [pre, V(words, "CARD_NUMBER"), R.choice(["", " that's it", " and that's a " + {"4": "visa", "5": "mastercard", "2": "mastercard", "3": "amex", "6": "debit card"}[c[0]]])])])


def pos_card_call_split():
    c = card()
    g = new_gid()
    words = speak_groups(c, card_sizes(c), R.choice(["single", "mixed"]), uk=R.random() < 0.5)
    parts = split_value(words, R.choice([2, 3, 4]))
    ind = R.choice(["insurance", "telecom", "travel", "utilities"])
    turns = [("agent", ["go ahead with the card number when you're ready"])]
    for k, p in enumerate(parts):
        pre = R.choice(["", "", "um ", "right ", "then "]) if k else R.choice(["okay ", "yeah so ", ""])
        post = R.choice(["", "", " um", " uh"])
        turns.append(("customer", [pre, V(p, "CARD_NUMBER", g), post]))
        if k < len(parts) - 1:
            turns.append(("agent", [R.choice(BACK)]))
    turns.append(("agent", ["thank you and the expiry"]))
    turns.append(("customer", [V(expiry_spoken(), "EXPIRY")]))
    add("positive", f"call/{ind}: card split over {len(parts)} customer turns with back-channels, then expiry", turns)


def pos_card_readback():
    c = card(R.choice(["visa", "mc"]))
    words = speak_groups(c, card_sizes(c), "single")
    words2 = speak_groups(c, card_sizes(c), "mixed")
    add("positive", "call/retail: customer reads card, agent reads it back with doubles",
        [("customer", ["it's ", V(words, "CARD_NUMBER")]),
         ("agent", ["let me just read that back ", V(words2, "CARD_NUMBER"), " is that right"]),
         ("customer", ["yep that's it"])])


def pos_card_cvv_exp_chat():
    c = card()
    amex = len(c) == 15
    cv = cvv(4 if amex else 3)
    e = expiry_typed()
    form = R.randint(0, 2)
    if form == 0:
        segs = [V(group(c, card_sizes(c)), "CARD_NUMBER"), " exp ", V(e, "EXPIRY"), " cvv ", V(cv, "CVV")]
    elif form == 1:
        segs = ["card ", V(c, "CARD_NUMBER"), ", expires ", V(e, "EXPIRY"), ", security code ", V(cv, "CVV")]
    else:
        segs = [V(group(c, card_sizes(c), "-"), "CARD_NUMBER"), " / ", V(e, "EXPIRY"), " / CVC ", V(cv, "CVV")]
    add("positive", f"chat/{R.choice(['travel','retail','telecom'])}: card, expiry and CVV in one message",
        [("agent", ["To complete the booking I'll need the card details please."]),
         ("customer", segs)])


def pos_cvv_call():
    cv = cvv(R.choice([3, 3, 4]))
    w = speak(cv, R.choice(["single", "mixed"]))
    add("positive", "call/utilities: security code on the back said after prompt, price nearby",
        [("agent", ["and the three or four digit security code on the back"]),
         ("customer", [R.choice(["it's ", "uh ", "", "that's "]), V(w, "CVV")]),
         ("agent", ["thank you so that's a payment of one hundred and twelve pounds today"])])


def pos_expiry_call():
    e = expiry_spoken()
    add("positive", "call/telecom: expiry in words after agent prompt",
        [("agent", ["and when does the card expire"]),
         ("customer", [R.choice(["it's ", "expires ", "end of ", ""]), V(e, "EXPIRY"),
                       R.choice(["", " i think", " yeah"])])])


def pos_ssn_chat():
    s = ssn()
    fmt = R.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}"])
    ind = R.choice(["healthcare billing", "government services", "banking", "insurance"])
    pre = R.choice(["SSN is ", "my social is ", "ssn: ", "Social Security # ", "its "])
    add("positive", f"chat/{ind}: US SSN typed {('dashed' if '-' in fmt else 'other')}",
        [("agent", ["For verification, can you provide your Social Security number?"]),
         ("customer", [pre, V(fmt, "SSN"), R.choice(["", " thx", ". Also my bill was $84.10 last month"])])])


def pos_ssn_call():
    s = ssn()
    style = R.choice(["single", "mixed", "groups"])
    if style == "groups":
        w = speak_groups(s, [3, 2, 4], "mixed")
    else:
        w = speak(s, style)
    add("positive", f"call/{R.choice(['healthcare billing','government services','insurance'])}: SSN spoken ({style})",
        [("agent", ["can i get your social security number please"]),
         ("customer", [R.choice(["sure it's ", "yeah ", "okay ", ""]), V(w, "SSN")])])


def pos_ssn_split():
    s = ssn()
    g = new_gid()
    z = zero_word(False)
    a, b, c = speak(s[:3], "single", zero=z), speak(s[3:5], "single", zero=z), speak(s[5:], "mixed", zero=z)
    add("positive", "call/government services: SSN split in three turns 3-2-4 with back-channels",
        [("agent", ["and your social please"]),
         ("customer", ["okay ", V(a, "SSN", g)]),
         ("agent", [R.choice(BACK)]),
         ("customer", [V(b, "SSN", g)]),
         ("agent", [R.choice(BACK)]),
         ("customer", [V(c, "SSN", g), R.choice(["", " that's it"])])])


def pos_ssn_last4_plus_dob():
    s = ssn()
    add("positive", "call/banking: full SSN with filler inside, then DOB US style",
        [("agent", ["to verify i'll need your social and date of birth"]),
         ("customer", ["social is ", V(speak(s[:5], "single") + " um " + speak(s[5:], "single"), "SSN"),
                       " and birthday is ", V(dob_spoken(us=True), "DOB")])])


def pos_ni_chat():
    n = ni()
    fmt = R.choice([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n, n.lower(),
                    f"{n[:2]}{n[2:8]} {n[8]}", f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}"])
    ind = R.choice(["government services", "banking", "utilities", "insurance"])
    add("positive", f"chat/{ind}: UK NI number typed",
        [("agent", ["Please can you confirm your National Insurance number?"]),
         ("customer", [R.choice(["NI no. ", "its ", "National insurance: ", "sure - ", ""]), V(fmt, "NI_NUMBER"),
                       R.choice(["", " cheers", ". I started the job on 3 March"])])])


def pos_ni_call():
    n = ni()
    lw = spell(n[:2], nato_p=R.choice([0, 0.5, 1]))
    dw = R.choice([speak(n[2:8], "single", uk=True), speak(n[2:8], "pairs", uk=True),
                   speak(n[2:8], "mixed", uk=True)])
    sw = spell(n[8], nato_p=R.choice([0, 0.5]))
    add("positive", "call/government services: NI number spoken letters + digits",
        [("agent", ["and can i take your national insurance number"]),
         ("customer", [R.choice(["yeah it's ", "uh ", "it's ", ""]), V(f"{lw} {dw} {sw}", "NI_NUMBER")])])


def pos_ni_split():
    n = ni()
    g = new_gid()
    lw = spell(n[:2], nato_p=0.5)
    add("positive", "call/government services: NI number split, letters first then digits then suffix",
        [("agent", ["national insurance number please"]),
         ("customer", [V(lw, "NI_NUMBER", g)]),
         ("agent", [R.choice(BACK)]),
         ("customer", [V(speak(n[2:8], "pairs", uk=True), "NI_NUMBER", g)]),
         ("agent", ["and the letter at the end"]),
         ("customer", ["it's ", V(spell(n[8], 0.5), "NI_NUMBER", g)])])


def pos_bank_uk_call():
    acct = digits(8, False)
    sc = digits(6, False)
    order = R.random() < 0.5
    aw = speak(acct, R.choice(["single", "mixed"]), uk=True)
    sw = R.choice([speak_groups(sc, [2, 2, 2], "pairs", uk=True), speak(sc, "single", uk=True),
                   speak_groups(sc, [2, 2, 2], "single", uk=True, sep=" dash ")])
    a = ["account number ", V(aw, "BANK_ACCOUNT")]
    s = ["sort code ", V(sw, "SORT_CODE")]
    add("positive", "call/utilities: UK direct debit account and sort code in one turn",
        [("agent", ["for the direct debit i need the account number and sort code"]),
         ("customer", ["okay " ] + (a + [" and the "] + s if order else s + [" and the "] + a))])


def pos_bank_uk_chat():
    acct = digits(8, False)
    sc = digits(6, False)
    scf = R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
    add("positive", "chat/banking: typed sort code and account number, with a payment amount",
        [("customer", ["I want to set up a standing order of £250 monthly from my account ",
                       V(acct, "BANK_ACCOUNT"), " sort code ", V(scf, "SORT_CODE")])])


def pos_bank_us():
    acct = digits(R.randint(9, 12), False)
    form = R.random() < 0.5
    if form:
        add("positive", "chat/banking: US checking account number typed, routing not given",
            [("agent", ["What's the checking account number for the ACH transfer?"]),
             ("customer", ["acct # ", V(acct, "BANK_ACCOUNT"), " - pull $1,200 on the 15th please"])])
    else:
        add("positive", "call/insurance: US account number spoken for refund",
            [("agent", ["what account should the refund go to"]),
             ("customer", ["my checking account is ", V(speak(acct, "mixed"), "BANK_ACCOUNT")])])


def pos_sortcode_split():
    sc = digits(6, False)
    acct = digits(8, False)
    g, g2 = new_gid(), new_gid()
    aw = speak(acct, "single", uk=True)
    p = split_value(aw, 2)
    add("positive", "call/banking: sort code as pairs then account split over two turns",
        [("agent", ["what's the sort code"]),
         ("customer", [V(speak_groups(sc, [2, 2, 2], "pairs", uk=True), "SORT_CODE", g)]),
         ("agent", ["lovely and the account number"]),
         ("customer", [V(p[0], "BANK_ACCOUNT", g2)]),
         ("agent", [R.choice(BACK)]),
         ("customer", [V(p[1], "BANK_ACCOUNT", g2)])])


def pos_iban_chat():
    ib = iban()
    fmt = R.choice([group(ib, [4] * 8), ib, group(ib, [4] * 8).lower(), ib])
    ind = R.choice(["banking", "travel", "insurance", "utilities"])
    add("positive", f"chat/{ind}: {ib[:2]} IBAN typed for refund",
        [("agent", ["Please send the IBAN for the refund of EUR 320.00."]),
         ("customer", [R.choice(["IBAN ", "here: ", "its ", "my iban is "]), V(fmt, "IBAN"),
                       R.choice(["", " (joint account)", " thanks!"])])])


def pos_iban_call():
    ib = iban(R.choice(["GB", "IE", "NL", "DE"]))
    cc = spell(ib[:2], 0.3)
    rest = []
    for ch in ib[2:]:
        rest.append(ch)
    # spoken in groups of four
    grp = []
    for j in range(2, len(ib), 4):
        chunk = ib[j:j + 4]
        w = []
        for ch in chunk:
            if ch.isdigit():
                w.append(R.choice(["oh", "zero"]) if ch == "0" else ONES[int(ch)])
            else:
                w.append(ch.lower() + (" for " + NATO[ch.lower()] if R.random() < 0.3 or ch == "O" else ""))
        grp.append(" ".join(w))
    words = cc + " " + " ".join(grp)
    add("positive", f"call/{R.choice(['banking','insurance'])}: {ib[:2]} IBAN spelled out in one turn",
        [("agent", ["can you read me the iban"]),
         ("customer", ["yeah it's ", V(words, "IBAN")])])


def pos_phone_chat():
    kind = R.choice(["ukm", "ukl", "us", "ie", "int"])
    if kind == "ukm":
        p = uk_mobile()
        fmt = R.choice([p, f"{p[:5]} {p[5:]}", f"+44 {p[1:5]} {p[5:]}", f"+44{p[1:]}", f"{p[:5]}-{p[5:8]}-{p[8:]}"])
    elif kind == "ukl":
        p = uk_land()
        fmt = R.choice([f"{p[:4]} {p[4:7]} {p[7:]}", f"({p[:4]}) {p[4:]}", p])
    elif kind == "us":
        p = us_phone()
        fmt = R.choice([f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}", f"+1 {p[:3]} {p[3:6]} {p[6:]}",
                        f"{p[:3]}.{p[3:6]}.{p[6:]}", f"1-{p[:3]}-{p[3:6]}-{p[6:]}"])
    elif kind == "ie":
        p = ie_mobile()
        fmt = R.choice([f"{p[:3]} {p[3:6]} {p[6:]}", f"+353 {p[1:3]} {p[3:]}", p])
    else:
        p = "1" + digits(8, False)
        fmt = R.choice([f"+49 {p[:3]} {p[3:]}", f"0049 {p[:3]} {p[3:]}", f"+33 6 {p[1:3]} {p[3:5]} {p[5:7]} {p[7:]}"])
    add("positive", f"chat/{R.choice(['telecom','retail','travel','utilities'])}: phone typed ({kind})",
        [("agent", ["What's the best number to reach you on?"]),
         ("customer", [R.choice(["", "call me on ", "mob: ", "you can reach me at ", "its "]), V(fmt, "PHONE"),
                       R.choice(["", " after 6pm", " any time before 5", " - thanks"])])])


def pos_phone_call():
    kind = R.choice(["ukm", "us", "ie", "ukl"])
    if kind == "ukm":
        p = uk_mobile()
        w = R.choice([speak_groups(p, [5, 3, 3], "mixed", uk=True), speak(p, "single", uk=True)])
    elif kind == "us":
        p = us_phone()
        w = R.choice([speak_groups(p, [3, 3, 4], "mixed"),
                      speak(p[:3], "single") + " " + speak(p[3:6], "single") + " " + speak(p[6:], "pairs")])
        if R.random() < 0.3:
            w = "area code " + w
    elif kind == "ie":
        p = ie_mobile()
        w = speak_groups(p, [3, 3, 4], "mixed", uk=True)
    else:
        p = uk_land()
        w = speak_groups(p, [4, 3, 4], "mixed", uk=True)
    add("positive", f"call/{R.choice(['telecom','utilities','healthcare billing'])}: phone spoken ({kind})",
        [("agent", ["and a contact number"]),
         ("customer", [R.choice(["yeah it's ", "", "it's um ", "my mobile is "]), V(w, "PHONE")])])


def pos_phone_selfcorrect():
    p = uk_mobile()
    wrong = speak(p[:4] + str((int(p[4]) + 3) % 10), "single", uk=True)
    right = speak_groups(p, [5, 6], "mixed", uk=True)
    add("positive", "call/telecom: mobile with a false start then the full number after 'sorry'",
        [("agent", ["what number are you calling about"]),
         ("customer", [wrong, " no wait sorry it's ", V(right, "PHONE")])])


def pos_phone_split():
    p = us_phone()
    g = new_gid()
    add("positive", "call/healthcare billing: US phone split 3-3-4 across turns",
        [("agent", ["best callback number"]),
         ("customer", [V(speak(p[:3], "single"), "PHONE", g)]),
         ("agent", ["mhm"]),
         ("customer", [V(speak(p[3:6], "single"), "PHONE", g)]),
         ("agent", ["okay go on"]),
         ("customer", [V(speak(p[6:], R.choice(["single", "pairs"])), "PHONE", g)])])


def pos_email_chat():
    e = email_typed()
    add("positive", f"chat/{R.choice(['retail','travel','telecom','insurance'])}: email typed",
        [("agent", ["Which email address should we send the confirmation to?"]),
         ("customer", [R.choice(["", "email is ", "send it to ", "pls use "]), V(e, "EMAIL"),
                       R.choice(["", " thanks", ". order total was 59.99"])])])


def pos_email_call():
    e = email_spoken()
    add("positive", f"call/{R.choice(['retail','utilities','telecom','banking'])}: email spelled as an ASR writes it",
        [("agent", ["and your email address"]),
         ("customer", [R.choice(["yeah it's ", "it's ", "", "okay so "]), V(e, "EMAIL")])])


def pos_dob_call():
    us = R.random() < 0.4
    add("positive", f"call/{R.choice(['banking','healthcare billing','insurance'])}: DOB spoken",
        [("agent", ["can you confirm your date of birth"]),
         ("customer", [R.choice(["yeah it's ", "", "it's the ", "born "]) if False else R.choice(["yeah it's ", "", "sure "]),
                       V(dob_spoken(us), "DOB")])])


def pos_dob_chat():
    us = R.random() < 0.4
    add("positive", "chat/insurance: DOB typed alongside a policy start date (not DOB)",
        [("agent", ["Please confirm your date of birth."]),
         ("customer", ["DOB ", V(dob_typed(us), "DOB"), ", and the policy started 01/06/2023"])])


def pos_address_uk_call():
    pc = uk_postcode()
    add("positive", "call/utilities: UK street address and postcode spoken",
        [("agent", ["what's the address of the property"]),
         ("customer", ["it's ", V(address_spoken(), "ADDRESS"), " ", R.choice(["leeds", "bristol", "in town", "manchester"]),
                       " and the postcode is ", V(postcode_spoken(pc), "POSTCODE")])])


def pos_address_chat():
    us = R.random() < 0.5
    pc = zip_code() if us else uk_postcode()
    city = R.choice(["Springfield, IL", "Austin TX", "Denver, CO"]) if us else R.choice(["Leeds", "Bristol", "Cardiff", "York"])
    add("positive", f"chat/retail: {'US' if us else 'UK'} delivery address typed with postcode",
        [("agent", ["What's the delivery address?"]),
         ("customer", [V(address_typed(us), "ADDRESS"), ", " + city + " ", V(pc if R.random() < 0.7 else pc.lower(), "POSTCODE")])])


def pos_postcode_call():
    pc = uk_postcode()
    g = new_gid()
    sp_ = postcode_spoken(pc, nato=0.5)
    out, inn = pc.split(" ")
    add("positive", "call/insurance: postcode outward and inward halves in separate turns",
        [("agent", ["and the postcode"]),
         ("customer", [V(postcode_spoken(out, 0.5), "POSTCODE", g)]),
         ("agent", [R.choice(BACK)]),
         ("customer", [V(postcode_spoken(inn, 0.5), "POSTCODE", g)])])


def pos_zip_call():
    z = zip_code()
    d = z.replace("-", "")
    w = speak(d[:5], R.choice(["single", "mixed"]))
    if len(d) > 5:
        w += " dash " + speak(d[5:], "single")
    add("positive", "call/government services: US ZIP code spoken with street address",
        [("agent", ["what's your mailing address"]),
         ("customer", [V(address_spoken(us=True), "ADDRESS"), " ", R.choice(["columbus ohio", "tampa florida", "fresno"]),
                       " ", V(w, "POSTCODE")])])


def pos_mixed_chat():
    e = email_typed()
    p = uk_mobile()
    add("positive", "chat/telecom: email and mobile in one message, plus a plan price",
        [("customer", ["hi can u update my details - email ", V(e, "EMAIL"), " and mobile ", V(p, "PHONE"),
                       ". still on the £18/month plan"])])


def pos_verify_call():
    n = ni()
    add("positive", "call/banking: NI and DOB in one verification turn, typo-ish ASR",
        [("agent", ["for security can i take your date of birth and national insurance"]),
         ("customer", ["yeah born ", V(dob_spoken(), "DOB"), " and the ni is ",
                       V(spell(n[:2]) + " " + speak(n[2:8], "pairs", uk=True) + " " + spell(n[8]), "NI_NUMBER")])])


def pos_ssn_and_phone_chat():
    s = ssn()
    p = us_phone()
    add("positive", "chat/healthcare billing: SSN without dashes and phone on separate lines",
        [("customer", ["patient ssn ", V(s, "SSN"), "\ncallback ", V(f"{p[:3]}-{p[3:6]}-{p[6:]}", "PHONE"),
                       "\nclaim #88120453"])])


def pos_card_typo_chat():
    c = card("visa")
    txt = group(c, [4, 4, 4, 4], " ")
    txt = txt[:9] + " " + txt[9:]  # stray double space
    add("positive", "chat/retail: card with an irregular double space and trailing 'pls'",
        [("customer", ["cn u charge the rest to ", V(txt, "CARD_NUMBER"), " pls"])])


def pos_card_agent_readback_partial():
    c = card("mc")
    g = new_gid()
    w = speak_groups(c, [4, 4, 4, 4], "single", uk=True)
    parts = split_value(w, 2)
    add("positive", "call/travel: card split in two, expiry and CVV, agent confirms amount",
        [("customer", ["the card is ", V(parts[0], "CARD_NUMBER", g)]),
         ("agent", ["yep"]),
         ("customer", [V(parts[1], "CARD_NUMBER", g), " expiry ", V(expiry_spoken(), "EXPIRY"),
                       " and the code on the back is ", V(speak(cvv(), "single"), "CVV")]),
         ("agent", ["perfect that's two hundred and forty euro for the flight change"])])


def pos_ni_readback():
    n = ni()
    w = spell(n[:2], 1.0) + " " + speak(n[2:8], "single", uk=True) + " " + spell(n[8], 1.0)
    add("positive", "call/government services: agent reads NI number back with phonetic alphabet",
        [("customer", ["it's ", V(spell(n[:2]) + " " + speak(n[2:8], "pairs", uk=True) + " " + spell(n[8]), "NI_NUMBER")]),
         ("agent", ["so that's ", V(w, "NI_NUMBER"), " yeah"]),
         ("customer", ["that's right"])])


def pos_iban_ie_call_split():
    ib = iban("IE")
    g = new_gid()
    chunks = [ib[j:j + 4] for j in range(0, len(ib), 4)]
    words = [" ".join(((ch.lower() if ch != "O" else "o as in oscar") if ch.isalpha() else (R.choice(["oh", "zero"]) if ch == "0" else ONES[int(ch)])) for ch in c)
             for c in chunks]
    turns = [("agent", ["go ahead with the iban"])]
    half = len(words) // 2
    turns.append(("customer", [V(" ".join(words[:half]), "IBAN", g)]))
    turns.append(("agent", ["okay"]))
    turns.append(("customer", [V(" ".join(words[half:]), "IBAN", g)]))
    add("positive", "call/banking: Irish IBAN split across two turns", turns)


HOMO = {"4": ["for", "four"], "2": ["to", "two", "too"], "8": ["ate", "eight"], "1": ["won", "one"]}


def homophone_digits(d: str) -> str:
    out = []
    z = zero_word(True)
    for ch in d:
        if ch in HOMO and R.random() < 0.35:
            out.append(R.choice(HOMO[ch][:1] + HOMO[ch][2:]))
        else:
            out.append(z if ch == "0" else ONES[int(ch)])
    return " ".join(out)


def pos_card_homophone():
    c = card(R.choice(["visa", "mc", "disc"]))
    add("positive", "call/telecom: card read singly with ASR homophones (for/to/ate/won)",
        [("agent", ["okay and the sixteen digit number on the card"]),
         ("customer", ["yeah it's ", V(homophone_digits(c), "CARD_NUMBER")]),
         ("agent", ["thank you"])])


def pos_phone_intl_spoken():
    kind = R.choice(["uk", "ie", "us"])
    if kind == "uk":
        p = uk_mobile()
        lead = R.choice(["plus four four ", "double oh four four ", "oh oh four four "])
        w = lead + speak_groups(p[1:], [4, 6], "mixed", uk=True)
    elif kind == "ie":
        p = ie_mobile()
        lead = R.choice(["plus three five three ", "double oh three five three "])
        w = lead + speak_groups(p[1:], [2, 3, 4], "mixed", uk=True)
    else:
        p = us_phone()
        lead = R.choice(["plus one ", "one "])
        w = lead + speak_groups(p, [3, 3, 4], "single")
    add("positive", f"call/travel: international phone spoken with country code ({kind})",
        [("agent", ["is there a number we can reach you on while you're abroad"]),
         ("customer", [R.choice(["yeah ", "it's ", "so it's "]), V(w, "PHONE"), R.choice(["", " that's my mobile", " it's whatsapp too"])])])


def pos_email_obfuscated_chat():
    u, d = email_parts()
    dom, tld = d.split(".", 1)
    form = R.choice([f"{u} [at] {dom} [dot] {tld.replace('.', ' [dot] ')}", f"{u} at {dom} dot {tld.replace('.', ' dot ')}",
                     f"{u} @ {d}", f"{u}(at){d}"])
    add("positive", "chat/insurance: email typed with obfuscated or spaced @/dot",
        [("agent", ["Can I have an email for the policy documents?"]),
         ("customer", ["sure ", V(form, "EMAIL"), R.choice(["", " (personal one)", " - not the work one"])])])


def pos_dob_with_age():
    d, m, y = dob_parts()
    age = 2025 - y - (1 if m > 10 else 0)
    add("positive", "call/healthcare billing: age and DOB in the same turn, only DOB is PII",
        [("agent", ["and the patient's date of birth"]),
         ("customer", [f"she's {pair_words(str(age)) if age >= 10 else ONES[age]} she was born on ", V(dob_spoken(R.random() < 0.5, (d, m, y)), "DOB")])])


def pos_ssn_dash_spoken():
    s = ssn()
    w = speak(s[:3], "single") + " dash " + speak(s[3:5], "single") + " dash " + speak(s[5:], "mixed")
    add("positive", "call/banking: SSN spoken with the dashes read out",
        [("agent", ["what's the social on the account"]),
         ("customer", ["uh ", V(w, "SSN"), " and the account was opened in twenty nineteen"])])


def pos_ni_lower_chat_typo():
    n = ni()
    fmt = R.choice([f"{n[:2].lower()} {n[2:8]} {n[8].lower()}", f"{n[:2]} {n[2:5]} {n[5:8]} {n[8]}",
                    f"{n[:2]}{n[2:4]} {n[4:6]} {n[6:8]}{n[8]}"])
    add("positive", "chat/utilities: NI number in lower case or odd grouping next to a tax year",
        [("customer", ["for the warm home discount my ni is ", V(fmt, "NI_NUMBER"), " and my income for 2024/25 was under 17k"])])


def pos_card_chat_split():
    c = card(R.choice(["visa", "mc", "amex"]))
    g = new_gid()
    gs = group(c, card_sizes(c), " ").split(" ")
    k = len(gs) // 2
    add("positive", "chat/retail: card typed across two chat messages, then CVV",
        [("agent", ["Please type the card number."]),
         ("customer", [V(" ".join(gs[:k]), "CARD_NUMBER", g)]),
         ("customer", [V(" ".join(gs[k:]), "CARD_NUMBER", g), R.choice([" sorry hit enter too soon", "", " oops"])]),
         ("agent", ["Thanks, and the security code?"]),
         ("customer", [V(cvv(4 if len(c) == 15 else 3), "CVV")])])


def pos_postcode_chat_nospace():
    pc = uk_postcode().replace(" ", "")
    add("positive", "chat/utilities: UK postcode typed without a space for a supply check, no street",
        [("customer", ["is fibre available at ", V(pc if R.random() < 0.5 else pc.lower(), "POSTCODE"), "? currently on 36Mb"])])


POS_TEMPLATES = [
    (pos_card_chat, 14), (pos_card_call_single, 10), (pos_card_call_split, 6), (pos_card_readback, 3),
    (pos_card_cvv_exp_chat, 8), (pos_cvv_call, 7), (pos_expiry_call, 6), (pos_ssn_chat, 12),
    (pos_ssn_call, 10), (pos_ssn_split, 3), (pos_ssn_last4_plus_dob, 4), (pos_ni_chat, 11),
    (pos_ni_call, 10), (pos_ni_split, 3), (pos_bank_uk_call, 8), (pos_bank_uk_chat, 5),
    (pos_bank_us, 4), (pos_sortcode_split, 3), (pos_iban_chat, 10), (pos_iban_call, 4),
    (pos_phone_chat, 10), (pos_phone_call, 7), (pos_phone_selfcorrect, 2), (pos_phone_split, 2),
    (pos_email_chat, 7), (pos_email_call, 8), (pos_dob_call, 7), (pos_dob_chat, 5),
    (pos_address_uk_call, 6), (pos_address_chat, 9), (pos_postcode_call, 3), (pos_zip_call, 4),
    (pos_mixed_chat, 3), (pos_verify_call, 4), (pos_ssn_and_phone_chat, 3), (pos_card_typo_chat, 2),
    (pos_card_agent_readback_partial, 3), (pos_ni_readback, 2), (pos_iban_ie_call_split, 2),
    (pos_card_homophone, 4), (pos_phone_intl_spoken, 5), (pos_email_obfuscated_chat, 4),
    (pos_dob_with_age, 3), (pos_ssn_dash_spoken, 3), (pos_ni_lower_chat_typo, 4),
    (pos_card_chat_split, 4), (pos_postcode_chat_nospace, 4),
]


# ---------------------------------------------------------------- negatives
def money_words():
    a = R.randint(2, 99)
    return R.choice([f"{pair_words(str(a)) if a >= 10 else ONES[a]} pounds {pair_words(str(R.randint(10, 99)))}",
                     f"{ONES[R.randint(1, 9)]} hundred and {pair_words(str(R.randint(21, 99)))} dollars",
                     f"{pair_words(str(R.randint(20, 99)))} euro fifty"])


def ref_number(n=None):
    return digits(n or R.randint(6, 10))


def neg_amounts_call():
    add("negative", "call/utilities: amounts, balance and dates of payment spoken",
        [("agent", [f"your balance is {money_words()} and the next payment comes out on the {ordinal(R.randint(1, 28))} of {R.choice(MONTHS)}"]),
         ("customer", [f"okay and can i pay {money_words()} now instead"])])


def neg_order_ref_chat():
    w = R.choice(["order", "Order #", "ticket", "case ref", "invoice no.", "claim number", "booking ref"])
    add("negative", "chat/retail: reference number with its reference word, and a price",
        [("customer", [f"Hi, my {w} {ref_number()} hasn't arrived, I paid £{R.randint(10, 300)}.{R.randint(10, 99)} on {R.randint(1, 28)}/{R.randint(1, 12)}/2024"]),
         ("agent", [f"Sorry about that! I can see it was dispatched at {R.randint(1, 12)}:{R.randint(10, 59)}pm and should arrive in {R.randint(2, 5)} working days."])])


def neg_ref_call():
    r = ref_number(R.randint(6, 9))
    add("negative", "call/insurance: claim reference spoken digit by digit",
        [("agent", ["do you have your claim reference"]),
         ("customer", [f"yes the claim reference is {speak(r, 'mixed')}"]),
         ("agent", [f"thanks i've got that claim open it was logged on the {ordinal(R.randint(1, 28))} of {R.choice(MONTHS)}"])])


def neg_flight_chat():
    add("negative", "chat/travel: flight number, gate, times, seat, prices",
        [("customer", [f"Flight {R.choice(['EI', 'BA', 'FR', 'UA', 'LH'])}{R.randint(100, 9999)} on {R.randint(1, 28)} {R.choice(MONTHS).capitalize()} departs {R.randint(10, 23)}:{R.choice(['05', '30', '45'])} - can I move to seat {R.randint(1, 40)}{R.choice('ABCDEF')}?"]),
         ("agent", [f"Yes, the seat change is €{R.randint(10, 60)}.00 and boarding closes 40 minutes before departure."])])


def neg_flight_call():
    add("negative", "call/travel: flight number and booking reference letters spoken",
        [("customer", [f"i'm on flight {spell(R.choice(['ei', 'ba', 'fr']))} {speak(digits(3), 'pairs')} on the {ordinal(R.randint(1, 28))} and it's been delayed by {R.choice(['two hours', 'forty five minutes', 'three and a half hours'])}"]),
         ("agent", [f"i'm sorry about that you're entitled to a meal voucher of up to {pair_words(str(R.randint(15, 40)))} euro"])])


def neg_meter():
    m = digits(5)
    add("negative", "call/utilities: meter reading spoken, kwh, tariff pence",
        [("agent", ["can you give me the reading on the meter"]),
         ("customer", [f"yeah it says {speak(m, 'mixed', uk=True)}"]),
         ("agent", [f"thanks that's about {R.randint(200, 900)} kilowatt hours this quarter at {pair_words(str(R.randint(21, 35)))} point {ONES[R.randint(1, 9)]} pence per unit"])])


def neg_meter_chat():
    add("negative", "chat/utilities: meter reading typed with units and a date",
        [("customer", [f"Meter reading {digits(5)} taken {R.randint(1, 28)}/{R.randint(1, 12)}/2025, gas reading {digits(4)}.{digits(1)} m3"]),
         ("agent", [f"Thanks, your next bill will be around £{R.randint(60, 220)}."])])


def neg_model_chat():
    add("negative", "chat/retail: product model numbers and quantities",
        [("customer", [f"I ordered 3 x model {R.choice(['WM', 'KX', 'SRX', 'TV'])}-{R.randint(1000, 99999)} and 2 x {R.choice(['HDMI cable 2m', 'A-42 adaptor', 'filter F7'])}, only got {R.randint(1, 2)}"]),
         ("agent", [f"I'll arrange the missing item, it weighs {R.randint(2, 30)}kg so it goes by courier."])])


def neg_model_call():
    add("negative", "call/telecom: router model and serial-free troubleshooting with speeds",
        [("customer", [f"the router is the {spell('hg')} {speak(digits(3), 'pairs')} and i'm only getting {pair_words(str(R.randint(11, 99)))} megs down"]),
         ("agent", [f"you should be getting around {ONES[R.randint(1, 9)]} hundred on that package let me run a line test it takes about {ONES[R.randint(2, 9)]} minutes"])])


def neg_time_chat():
    add("negative", "chat/healthcare billing: appointment date/time (not DOB)",
        [("customer", [f"Can I move my appointment from {R.randint(1, 28)}/{R.randint(1, 12)}/2025 at {R.randint(8, 11)}:{R.choice(['00', '15', '30'])}am to the following week?"]),
         ("agent", [f"Sure, there's a slot on {R.choice(['Tuesday', 'Thursday'])} {R.randint(1, 28)} {R.choice(MONTHS).capitalize()} at {R.randint(1, 4)}:{R.choice(['00', '30'])}pm, copay is ${R.randint(15, 60)}."])])


def neg_time_call():
    add("negative", "call/government services: appointment date spoken, opening hours",
        [("agent", [f"i can book you in on the {ordinal(R.randint(1, 28))} of {R.choice(MONTHS)} at {R.choice(['half nine', 'ten fifteen', 'two thirty', 'quarter past eleven'])}"]),
         ("customer", [f"is the office open till {R.choice(['five', 'half five', 'six'])} that day"]),
         ("agent", ["yeah nine till five monday to friday"])])


def neg_age_count():
    add("negative", "call/insurance: ages, counts, years of no claims",
        [("customer", [f"i'm {pair_words(str(R.randint(22, 79)))} and i've had {ONES[R.randint(2, 9)]} years no claims the car is a twenty {pair_words(str(R.randint(10, 23)))} reg"]),
         ("agent", [f"okay with that the quote comes to {money_words()} a month or {ONES[R.randint(2, 9)]} hundred and {pair_words(str(R.randint(21, 99)))} for the year"])])


def neg_percent_chat():
    add("negative", "chat/banking: interest rates, percentages, balances",
        [("customer", [f"what's the APR on the card? my balance is £{R.randint(1, 9)},{R.randint(100, 999)}.{R.randint(10, 99)}"]),
         ("agent", [f"It's {R.randint(19, 34)}.{R.randint(1, 9)}% APR variable, and {R.randint(0, 5)}% on balance transfers for {R.choice([12, 18, 24])} months."])])


def neg_room_hotel():
    add("negative", "chat/travel: hotel room number, nights, check-in time",
        [("customer", [f"I'm in room {R.randint(101, 1250)} and the AC is stuck at {R.randint(26, 31)} degrees"]),
         ("agent", [f"Apologies! Maintenance will come to room in {R.randint(10, 30)} minutes; your stay is {R.randint(2, 7)} nights until {R.randint(1, 28)} {R.choice(MONTHS).capitalize()}."])])


def neg_room_call():
    add("negative", "call/travel: room number spoken, breakfast times",
        [("customer", [f"hi it's room {ONES[R.randint(1, 9)]} {pair_words(str(R.randint(10, 99)))} can i get a late checkout"]),
         ("agent", [f"sure we can do {R.choice(['one', 'two'])} o'clock for {pair_words(str(R.randint(20, 40)))} euro breakfast is seven till half ten"])])


def neg_contract():
    add("negative", "call/telecom: contract start/end dates, months remaining, data allowance",
        [("agent", [f"your contract started on the {ordinal(R.randint(1, 28))} of {R.choice(MONTHS)} twenty {pair_words(str(R.randint(20, 24)))} so you've got {ONES[R.randint(2, 9)]} months left"]),
         ("customer", [f"and how much data is on it"]),
         ("agent", [f"{pair_words(str(R.randint(20, 99)))} gig a month with unlimited minutes"])])


def neg_years():
    add("negative", "chat/insurance: build year, years lived, excess amount",
        [("customer", [f"House built in {R.randint(1890, 1999)}, I've lived there since {R.randint(2000, 2020)}. Excess of £{R.randint(100, 500)} is fine."]),
         ("agent", [f"Thanks, the premium is £{R.randint(15, 60)}.{R.randint(10, 99)} per month for {R.choice([12, 24])} months."])])


def neg_temp_speed():
    add("negative", "call/utilities: boiler pressure, temperatures, durations",
        [("customer", [f"the boiler says one point {ONES[R.randint(1, 9)]} bar and the water's only {pair_words(str(R.randint(30, 50)))} degrees"]),
         ("agent", [f"an engineer can come between {ONES[R.randint(8, 9)]} and {TEENS[2]} on {R.choice(['monday', 'wednesday'])} it takes about {ONES[R.randint(2, 3)]} hours"])])


def neg_ticket_chat():
    add("negative", "chat/telecom: ticket number with word, fault times, speed in Mbps",
        [("agent", [f"I've raised ticket {R.choice(['#', 'no. ', 'INC'])}{digits(R.randint(7, 10))} for you."]),
         ("customer", [f"ok, it drops every {R.randint(10, 45)} mins, speed test says {R.randint(2, 60)}.{R.randint(1, 9)} Mbps"])])


def neg_last4_phrase():
    add("negative", "call/banking: transaction amounts and times, merchant names, no card number",
        [("customer", [f"there's a payment for {money_words()} at {R.choice(['tesco', 'amazon', 'shell'])} at {R.choice(['ten past three', 'four forty', 'eleven oh five'])} yesterday that i didn't make"]),
         ("agent", [f"okay i can see that one and another for {money_words()} i'll block the card and send a new one in {ONES[R.randint(3, 7)]} to {ONES[R.randint(8, 9)]} working days"])])


def neg_invoice_call():
    r = digits(R.randint(7, 10))
    add("negative", "call/healthcare billing: invoice number in pairs, amount due, due date",
        [("customer", [f"it's about invoice number {speak(r, 'pairs')} i was charged twice"]),
         ("agent", [f"i see the invoice for {money_words()} due on the {ordinal(R.randint(1, 28))} i'll refund the duplicate"])])


def neg_queue_chat():
    add("negative", "chat/government services: queue position, wait, form code, fee",
        [("agent", [f"You're number {R.randint(2, 30)} in the queue, approx wait {R.randint(5, 40)} minutes."]),
         ("customer", [f"ok. is form {R.choice(['P60', 'SA100', 'W-2', '1040', 'P45'])} needed for the {R.randint(2019, 2025)} tax year? the fee was ${R.randint(20, 150)}"])])


def neg_date_not_dob_call():
    add("negative", "call/banking: dates that are not birth dates (direct debit date, statement date)",
        [("customer", [f"can i move the direct debit from the {ordinal(R.randint(1, 28))} to the {ordinal(R.randint(1, 28))} of each month"]),
         ("agent", [f"yes from {R.choice(MONTHS)} {year_words(R.randint(2025, 2026))} it'll come out on the new date and your statement is dated the {ordinal(R.randint(1, 28))}"])])


def neg_package_weights():
    add("negative", "chat/retail: sizes, weights, dimensions, prices with discount code",
        [("customer", [f"The sofa is {R.randint(180, 240)}cm x {R.randint(80, 100)}cm, will it fit a {R.randint(70, 90)}cm door? Code SAVE{R.randint(10, 30)} gave {R.randint(10, 30)}% off."]),
         ("agent", [f"It ships flat-packed in {R.randint(2, 4)} boxes, the largest {R.randint(20, 45)}kg."])])


def neg_duration_call():
    add("negative", "call/telecom: call duration, minutes used, roaming charges",
        [("customer", [f"i was charged for a {pair_words(str(R.randint(21, 59)))} minute call to spain"]),
         ("agent", [f"roaming is {pair_words(str(R.randint(11, 49)))} p a minute so that's {money_words()} but i can credit {ONES[R.randint(5, 9)]} pounds"])])


def neg_policy_ref():
    add("negative", "chat/insurance: policy number with word and mileage",
        [("customer", [f"Policy {R.choice(['no', 'number', '#'])} {R.choice(['POL', 'HM', 'MTR'])}{digits(R.randint(6, 8))} - annual mileage about {R.randint(5, 15)},000, car worth £{R.randint(3, 20)},{R.randint(100, 999)}"]),
         ("agent", ["Thanks, I've updated the mileage on the policy."])])


def neg_big_count():
    add("negative", "call/utilities: long number that is a usage total and a customer count in an outage",
        [("agent", [f"there's an outage affecting about {pair_words(str(R.randint(12, 99)))} hundred homes and it should be fixed by {R.choice(['six', 'eight', 'ten'])} tonight"]),
         ("customer", [f"it's been off since {R.choice(['two', 'three', 'half four'])} and the freezer's at minus {pair_words(str(R.randint(10, 18)))} still"])])


def neg_offer_expiry():
    add("negative", "call/retail: an offer expiry date and a voucher value, not a card expiry",
        [("agent", [f"that voucher is worth {pair_words(str(R.randint(11, 50)))} pounds and it expires on the {ordinal(R.randint(1, 28))} of {R.choice(MONTHS)}"]),
         ("customer", [f"oh so i've got about {ONES[R.randint(2, 9)]} weeks to use it"])])


def neg_customer_since():
    add("negative", "call/banking: customer-since year and account age, no DOB",
        [("customer", [f"i've been with you since {year_words(R.randint(1975, 1999))} and the mortgage has {TEENS[R.randint(1, 9)]} years left"]),
         ("agent", [f"thank you for your loyalty the rate from next month is {ONES[R.randint(3, 6)]} point {ONES[R.randint(1, 9)]} nine percent"])])


def neg_spaced_reference():
    r = digits(8)
    add("negative", "chat/government services: 8-digit application reference typed in two groups",
        [("agent", [f"Your application reference is {r[:4]} {r[4:]}. Processing takes {R.randint(4, 12)} weeks."]),
         ("customer", [f"Thanks - I applied on {R.randint(1, 28)} {R.choice(MONTHS).capitalize()} and paid £{R.randint(50, 99)}.50"])])


def neg_parcel_tracking():
    add("negative", "call/retail: parcel count, delivery window, depot opening time",
        [("customer", [f"i was meant to get {ONES[R.randint(2, 5)]} parcels between {ONES[R.randint(7, 9)]} and {TEENS[R.randint(0, 2)]} but only {ONES[1]} came"]),
         ("agent", [f"the depot opens at {R.choice(['half seven', 'eight', 'seven fifteen'])} and the other {ONES[R.randint(1, 4)]} should be with you by {R.choice(['tuesday', 'friday'])}"])])


NEG_TEMPLATES = [
    (neg_amounts_call, 5), (neg_order_ref_chat, 6), (neg_ref_call, 5), (neg_flight_chat, 4),
    (neg_flight_call, 4), (neg_meter, 4), (neg_meter_chat, 3), (neg_model_chat, 4), (neg_model_call, 3),
    (neg_time_chat, 4), (neg_time_call, 4), (neg_age_count, 4), (neg_percent_chat, 4), (neg_room_hotel, 3),
    (neg_room_call, 3), (neg_contract, 4), (neg_years, 3), (neg_temp_speed, 3), (neg_ticket_chat, 4),
    (neg_last4_phrase, 4), (neg_invoice_call, 4), (neg_queue_chat, 3), (neg_date_not_dob_call, 4),
    (neg_package_weights, 3), (neg_duration_call, 3), (neg_policy_ref, 3), (neg_big_count, 3),
    (neg_offer_expiry, 4), (neg_customer_since, 4), (neg_spaced_reference, 3), (neg_parcel_tracking, 3),
]


# ---------------------------------------------------------------- validation
WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: str(i) for i, w in enumerate(TENS) if w}


def normalise(text: str) -> str:
    """spoken/typed form -> compact string of letters, digits, '@', '.'"""
    toks = re.findall(r"[A-Za-z]+|\d+|[@._\-]", text)
    toks = [t.lower() for t in toks]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in FILLERS or t in ("slash", "sign", "area", "code", "flat", "apartment", "apt"):
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(t); i += 3; continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t); i += 4; continue
        if t in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if t == "double" else 3)); i += 2; continue
        if t in WORDNUM:
            out.append(WORDNUM[t]); i += 1; continue
        if t in TEENNUM:
            out.append(TEENNUM[t]); i += 1; continue
        if t in TENNUM:
            if nxt in WORDNUM and nxt not in ("zero", "oh", "o", "nought"):
                out.append(TENNUM[t] + WORDNUM[nxt]); i += 2
            else:
                out.append(TENNUM[t] + "0"); i += 1
            continue
        if t == "hundred":
            out.append("00"); i += 1; continue
        if t == "thousand":
            out.append("000"); i += 1; continue
        if t == "plus":
            out.append("+"); i += 1; continue
        if t == "dot":
            out.append("."); i += 1; continue
        if t == "at":
            out.append("@"); i += 1; continue
        if t == "underscore":
            out.append("_"); i += 1; continue
        if t == "dash":
            out.append("-"); i += 1; continue
        if t in ("-",):
            i += 1; continue
        out.append(t)
        i += 1
    return "".join(out)


def only_digits(s: str) -> str:
    return re.sub(r"[^0-9]", "", s)


def validate_value(typ: str, parts: list[str]) -> str | None:
    raw = " ".join(parts)
    n = "".join(normalise(p) for p in parts)
    nd = n.replace(".", "").replace("-", "")
    if typ == "CARD_NUMBER":
        if not nd.isdigit() or not 13 <= len(nd) <= 19 or not luhn_ok(nd):
            return f"card {nd!r}"
    elif typ == "CVV":
        if not nd.isdigit() or len(nd) not in (3, 4):
            return f"cvv {nd!r}"
    elif typ == "SSN":
        if not nd.isdigit() or len(nd) != 9:
            return f"ssn {nd!r}"
    elif typ == "NI_NUMBER":
        if not re.fullmatch(r"[a-z]{2}\d{6}[a-d]", nd) or nd[:2].upper() in NI_BAD:
            return f"ni {nd!r}"
    elif typ == "BANK_ACCOUNT":
        if not nd.isdigit() or not 6 <= len(nd) <= 17:
            return f"account {nd!r}"
    elif typ == "SORT_CODE":
        if not nd.isdigit() or len(nd) != 6:
            return f"sort code {nd!r}"
    elif typ == "IBAN":
        if not iban_ok(nd):
            return f"iban {nd!r}"
    elif typ == "PHONE":
        d = nd.replace("+", "").replace("@", "")
        if not d.isdigit() or not 10 <= len(d) <= 14:
            return f"phone {d!r}"
    elif typ == "EMAIL":
        if not re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", n):
            return f"email {n!r}"
    elif typ == "POSTCODE":
        uk = re.fullmatch(r"[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}", nd)
        us = re.fullmatch(r"\d{5}(\d{4})?", nd)
        if not (uk or us):
            return f"postcode {nd!r}"
    elif typ == "DOB":
        low = raw.lower()
        has_month = any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS)
        dg = only_digits(n)
        typed = re.fullmatch(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}", raw)
        if not ((has_month and len(dg) >= 3) or 6 <= len(dg) <= 8 or typed):
            return f"dob {raw!r}"
    elif typ == "EXPIRY":
        low = raw.lower()
        dg = only_digits(n)
        if not (any(m in low for m in MONTHS) and 2 <= len(dg) <= 4 or 3 <= len(dg) <= 6):
            return f"expiry {raw!r}"
    elif typ == "ADDRESS":
        low = re.findall(r"[a-z]+", raw.lower())
        if not (set(low) & SUFFIX_ALL) or not (re.search(r"\d", raw) or set(low) & (set(ONES) | set(TEENS) | set(TENS[2:]))):
            return f"address {raw!r}"
    else:
        return f"unknown type {typ}"
    return None


def build() -> str:
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            fn()
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            fn()
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES_OUT)


def check_cases(cases, groups) -> list[str]:
    errs = []
    ids = set()
    for c, gs in zip(cases, groups):
        cid = c["id"]
        if cid in ids:
            errs.append(f"{cid}: duplicate id")
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            errs.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(f"{cid}: positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append(f"{cid}: bad speaker")
        prev = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                errs.append(f"{cid}: bad type {s['type']}")
            if not 0 <= s["turn"] < len(c["turns"]):
                errs.append(f"{cid}: turn out of range"); continue
            text = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not 0 <= a < b <= len(text):
                errs.append(f"{cid}: offsets out of range"); continue
            seg = text[a:b]
            if seg != seg.strip():
                errs.append(f"{cid}: span has surrounding whitespace {seg!r}")
            if not (seg[0].isalnum() or seg[0] in "+(") or not seg[-1].isalnum():
                errs.append(f"{cid}: span edge not alnum {seg!r}")
            if a > 0 and text[a - 1].isalnum():
                errs.append(f"{cid}: span start not on word boundary {seg!r}")
            if b < len(text) and text[b].isalnum():
                errs.append(f"{cid}: span end not on word boundary {seg!r}")
            if s["turn"] in prev and a < prev[s["turn"]]:
                errs.append(f"{cid}: overlapping spans")
            prev[s["turn"]] = b
        for typ, parts in gs:
            e = validate_value(typ, parts)
            if e:
                errs.append(f"{cid}: invalid {e}")
    return errs


README_TMPL = """# pii_holdout11 - held-out PII redaction cases

**Never use this set for tuning.** It is a held-out evaluation set: do not
look at failures here to adjust patterns, thresholds or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation, the benchmark
script or any other PII fixture; the only input was the JSONL format
(three example lines). Cases are generated by `scripts/make_pii_holdout11.py`
from template functions: every turn is assembled from plain-text segments and
(value, TYPE) segments, so span offsets are computed, never typed by hand. All
values come from one `random.Random({seed})`; the output is byte-for-byte
reproducible (`python scripts/make_pii_holdout11.py --check` regenerates,
compares, and validates every value after normalising spoken forms: Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSNs, 6 for sort codes, digit
counts for CVV/phone/account, postcode shapes).

Channels: chat (typed, varied separators/case/typos) and calls written as an
ASR transcript (lower case, numbers as words, "oh"/"o"/"nought"/"zero",
"double"/"triple", pairs such as "forty one", "x for xray" spellings, e-mails as
"j dot doe at gmail dot com", values split across turns with agent
back-channels, agent read-backs, fillers inside readings, self-corrections).
Industries: banking, telecom, utilities, retail, insurance, travel, healthcare
billing, government services; countries US, UK, Ireland, EU.

## Annotation conventions

* A span covers the value only, from its first to its last letter/digit
  (or a leading `+` / `(` for phone numbers). Lead-in words ("it's", "my
  number is", "sort code") and trailing words are outside.
* Filler words said *inside* a reading ("um" between digit groups) are inside
  the span; fillers before or after the reading are outside.
* When a value is split over several turns, each turn's piece is its own span
  of the same type. Agent read-backs are labelled too.
* In a self-correction, only the complete corrected value is labelled; the
  abandoned false start is left unlabelled (redacting it is harmless).
* ADDRESS = street line only: optional flat/apartment number, house number,
  street name and street type. Town/city is not labelled. POSTCODE (UK
  postcode or US ZIP / ZIP+4) is a separate span.
* EXPIRY = the month/year only; DOB = the full date as said; NI_NUMBER
  includes the suffix letter; IBAN includes the country code.
* Negatives contain lookalikes (amounts, balances, times, durations, counts,
  years, percentages, non-birth dates, order/claim/ticket/invoice/policy
  references with their reference word, flight and room numbers, model
  numbers, meter readings, speeds, temperatures, ages) and no PII at all.

## Counts

Positive cases: {npos}; negative cases: {nneg}.

| type | spans |
|---|---|
{table}
"""


def readme(cases) -> str:
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    table = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    npos = sum(c["kind"] == "positive" for c in cases)
    return README_TMPL.format(seed=SEED, npos=npos, nneg=len(cases) - npos, table=table)


def main() -> int:
    data = build()
    rd = readme(CASES_OUT)
    errs = check_cases(CASES_OUT, GROUPS)
    cnt = Counter(s["type"] for c in CASES_OUT for s in c["spans"])
    npos = sum(c["kind"] == "positive" for c in CASES_OUT)
    nneg = len(CASES_OUT) - npos
    mins = {t: 12 for t in TYPES}
    mins.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
    for t, m in mins.items():
        if cnt[t] < m:
            errs.append(f"too few {t} spans: {cnt[t]} < {m}")
    if npos < 170 or nneg < 100:
        errs.append(f"too few cases: {npos} positive, {nneg} negative")
    if "--check" in sys.argv[1:]:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output")
        else:
            # validate the file as written too
            file_cases = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines()]
            errs += check_cases(file_cases, GROUPS)
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print(f"cases: {len(CASES_OUT)} ({npos} positive, {nneg} negative)")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    for e in errs[:50]:
        print("ERROR:", e)
    if errs:
        print(f"{len(errs)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout131``.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(one seeded ``random.Random``).

    python scripts/make_pii_holdout131.py           # write fixture + README
    python scripts/make_pii_holdout131.py --check   # regenerate and verify

Every turn is assembled from plain-text segments and labelled segments so that
span offsets are computed, never typed by hand.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
import random

SEED = 131241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout131"
OUT_FILE = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h131"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------------------
# spoken-number helpers
# ---------------------------------------------------------------------------
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FOR_WORD = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward",
            "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
            "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
            "t": "tommy", "w": "william", "x": "xray", "y": "yellow", "z": "zebra"}
HOMO_LETTER = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "p": "pee", "r": "are",
               "t": "tee", "y": "why", "z": "zed", "h": "aitch", "x": "ex", "s": "ess",
               "m": "em", "n": "en", "l": "el", "w": "double you", "e": "e",
               "g": "gee", "a": "a"}


def pair_words(p: str) -> str:
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else f"{TENS[a]} {DW[b]}"


def say_digits(rng, s, zero=None, doubles=True, pairs=False, homophones=False):
    """Digit string -> ASR-ish words (lower case)."""
    zero = zero or rng.choice(["zero", "oh", "oh", "o", "nought"])
    def w(d):
        if d == "0":
            return zero
        if homophones and rng.random() < 0.25:
            return {"2": "to", "4": "for", "8": "ate"}.get(d, DW[int(d)])
        return DW[int(d)]
    out, i = [], 0
    while i < len(s):
        if (pairs and i + 1 < len(s) and s[i] != "0" and s[i + 1] != "0"
                and rng.random() < 0.6):
            out.append(pair_words(s[i:i + 2]))
            i += 2
            continue
        if doubles and i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and rng.random() < 0.7:
            out.append("triple " + w(s[i]))
            i += 3
            continue
        if doubles and i + 1 < len(s) and s[i] == s[i + 1] and rng.random() < 0.7:
            out.append("double " + w(s[i]))
            i += 2
            continue
        out.append(w(s[i]))
        i += 1
    return " ".join(out)


def say_year(rng, y: int) -> str:
    if 2000 <= y <= 2009:
        return rng.choice([f"two thousand and {DW[y - 2000]}", f"two thousand {DW[y - 2000]}"])
    hi, lo = divmod(y, 100)
    lo_s = f"{lo:02d}"
    if lo == 0:
        low = "hundred"
    elif lo < 10:
        low = "oh " + DW[lo]
    else:
        low = pair_words(lo_s)
    return f"{pair_words(str(hi))} {low}"


def say_alnum(rng, s, style="plain", zero="oh"):
    """Spell an alphanumeric string (postcode, NI, IBAN) as an ASR would."""
    out = []
    for ch in s:
        if ch == " ":
            continue
        if ch.isdigit():
            out.append(zero if ch == "0" else DW[int(ch)])
        else:
            c = ch.lower()
            r = rng.random()
            if style == "nato" or (style == "mixed" and r < 0.3):
                out.append(f"{c} for {NATO[c]}" if rng.random() < 0.5 else NATO[c])
            elif style == "for" or (style == "mixed" and r < 0.5):
                out.append(f"{c} for {FOR_WORD.get(c, NATO[c])}")
            elif style == "homo" or (style == "mixed" and r < 0.65):
                out.append(HOMO_LETTER.get(c, c))
            else:
                out.append(c)
    return " ".join(out)


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(partial: str) -> str:
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "maestro", "visa13"])
    if brand == "visa":
        pre, n = "4" + str(rng.randint(10, 99)), 16
    elif brand == "visa13":
        pre, n = "4" + str(rng.randint(10, 99)), 13
    elif brand == "visa19":
        pre, n = "4" + str(rng.randint(10, 99)), 19
    elif brand == "mc":
        pre, n = str(rng.randint(51, 55)), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif brand == "disc":
        pre, n = "6011", 16
    else:
        pre, n = rng.choice(["6759", "6761", "5018"]), rng.choice([16, 18, 19])
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    return luhn_complete(body)


def group_card(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:7], num[7:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def typed_card(rng, num):
    g = group_card(num)
    style = rng.choice(["space", "space", "dash", "none", "dot", "mixed", "nbsp", "double"])
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "none":
        return num
    if style == "dot":
        return ".".join(g)
    if style == "nbsp":
        return "\u00a0".join(g)
    if style == "double":
        return "  ".join(g)
    seps = [rng.choice([" ", "-", " - ", ""]) for _ in g[1:]]
    return g[0] + "".join(s + x for s, x in zip(seps, g[1:]))


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def typed_ssn(rng, s):
    st = rng.choice(["dash", "dash", "space", "none", "dot", "slash"])
    sep = {"dash": "-", "space": " ", "none": "", "dot": ".", "slash": "/"}[st]
    return f"{s[:3]}{sep}{s[3:5]}{sep}{s[5:]}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def typed_ni(rng, ni):
    st = rng.choice(["spaced", "plain", "lower", "pairs_dash", "mixed", "spaced"])
    if st == "spaced":
        return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    if st == "plain":
        return ni
    if st == "lower":
        return ni.lower()
    if st == "pairs_dash":
        return f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}"
    return f"{ni[:2].lower()}{ni[2:8]} {ni[8]}"


def gen_sort(rng):
    return rng.choice(["20", "40", "30", "60", "09", "11", "77", "83", "90", "93", "16"]) + \
        "".join(str(rng.randint(0, 9)) for _ in range(4))


def gen_acct(rng, n=8):
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


IBAN_SPEC = {"GB": ("LLLL", 14), "IE": ("LLLL", 14), "DE": ("", 18), "NL": ("LLLL", 10),
             "FR": ("", 23), "ES": ("", 20), "IT": ("L", 22), "BE": ("", 12)}
BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "IPBS", "ULSB"],
         "NL": ["ABNA", "SNSB", "INGB", "RBRB"]}


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES", "IT", "BE"])
    letters, ndig = IBAN_SPEC[cc]
    if letters == "LLLL":
        bban = rng.choice(BANKS[cc])
    elif letters == "L":
        bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    else:
        bban = ""
    bban += "".join(str(rng.randint(0, 9)) for _ in range(ndig))
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    ck = 98 - int(num) % 97
    out = f"{cc}{ck:02d}{bban}"
    assert iban_valid(out)
    return out


def typed_iban(rng, ib):
    st = rng.choice(["groups", "groups", "plain", "lower_groups", "groups_dash"])
    g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    if st == "groups":
        return " ".join(g)
    if st == "plain":
        return ib
    if st == "lower_groups":
        return " ".join(g).lower()
    return "-".join(g)


UK_AREAS = ["M", "B", "L", "G", "E", "N", "W", "S", "SW", "SE", "NW", "EC", "LS", "BS", "CF",
            "EH", "BT", "TR", "CB", "RG", "NE", "CV", "PL", "DN", "KY", "GL", "WR", "HP"]


def gen_uk_postcode(rng):
    a = rng.choice(UK_AREAS)
    shape = rng.choice(["9", "99", "9A"]) if len(a) == 1 else rng.choice(["9", "99"])
    dist = ""
    for ch in shape:
        dist += str(rng.randint(1, 9)) if ch == "9" else rng.choice("ABEHJKPSTUW")
    inward = str(rng.randint(0, 9)) + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return f"{a}{dist} {inward}"


def gen_zip(rng, plus4=False):
    z = f"{rng.randint(1001, 99950):05d}"
    if plus4:
        z += f"-{rng.randint(1, 9999):04d}"
    return z


FIRST = ["james", "sarah", "liam", "aoife", "priya", "tom", "maria", "chen", "olga", "dave",
         "kate", "sean", "nina", "raj", "emma", "luca", "fatima", "joe", "grace", "ahmed"]
LAST = ["oconnor", "smith", "patel", "murphy", "nguyen", "kowalski", "brennan", "garcia",
        "hughes", "walsh", "okafor", "schmidt", "rossi", "taylor", "byrne", "mcdonald"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "icloud.com",
           "eircom.net", "btinternet.com", "proton.me", "web.de", "aol.com", "live.ie"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{rng.randint(1, 99)}",
                        f"{f}{l[0]}{rng.randint(70, 99)}", f"{l}.{f}", f"{f}-{l}"])
    return f"{local}@{rng.choice(DOMAINS)}"


def say_email(rng, e):
    local, dom = e.split("@")
    def sp(x):
        x = x.replace(".", " dot ").replace("_", " underscore ").replace("-", rng.choice([" dash ", " hyphen "]))
        # digits inside spoken e-mails
        x = re.sub(r"\d+", lambda m: " " + say_digits(rng, m.group(0), zero="zero", doubles=False) + " ", x)
        return re.sub(r"\s+", " ", x).strip()
    return f"{sp(local)} at {sp(dom)}"


STREETS = ["elm", "station", "church", "mill", "victoria", "queens", "park", "oak", "maple",
           "highfield", "kings", "chapel", "meadow", "willow", "castle", "green", "cedar",
           "sycamore", "north", "harbour"]
UK_SUFFIX = ["road", "street", "lane", "avenue", "close", "drive", "crescent", "grove", "way",
             "terrace", "gardens", "court"]
US_SUFFIX = ["street", "avenue", "boulevard", "drive", "lane", "court", "road", "way", "st",
             "ave", "blvd", "dr", "rd"]
SUFFIX_ALL = set(UK_SUFFIX + US_SUFFIX + ["st.", "ave.", "rd.", "dr.", "blvd."])
UK_TOWNS = ["leeds", "bristol", "cardiff", "manchester", "glasgow", "belfast", "oxford", "reading"]
US_TOWNS = ["Austin TX", "Columbus OH", "Tampa FL", "Denver CO", "Portland OR", "Albany NY"]


def gen_address(rng, us=False, spoken=False, flat=False):
    n = rng.randint(1, 240) if not us else rng.randint(100, 9899)
    street = rng.choice(STREETS)
    suf = rng.choice(US_SUFFIX if us else UK_SUFFIX)
    if spoken:
        if n < 100 or (n < 1000 and rng.random() < 0.5):
            ns = num_words(n)
        else:
            ns = say_digits(rng, str(n), doubles=False, pairs=True)
        s = f"{ns} {street} {suf}"
        if flat:
            s = f"flat {num_words(rng.randint(1, 12))} " + s
        return s
    cap = rng.random() < 0.7
    st = street.title() if cap else street
    sf = suf.title() if cap and rng.random() < 0.8 else suf
    s = f"{n} {st} {sf}"
    if flat:
        s = rng.choice([f"Flat {rng.randint(1, 12)}, ", f"Apt {rng.randint(1, 30)}{rng.choice('ABC')} ", f"flat {rng.randint(1, 9)} "]) + s
    return s


def num_words(n: int) -> str:
    if n < 10:
        return DW[n]
    if n < 100:
        return pair_words(f"{n:02d}")
    h, r = divmod(n, 100)
    if r == 0:
        return f"{DW[h]} hundred"
    return f"{DW[h]} hundred and {num_words(r)}"


def gen_phone(rng, kind=None):
    kind = kind or rng.choice(["uk_mob", "uk_land", "us", "ie_mob", "intl_uk", "intl_ie", "de"])
    if kind == "uk_mob":
        return kind, "07" + str(rng.randint(300, 999)) + f"{rng.randint(0, 999999):06d}"
    if kind == "uk_land":
        return kind, rng.choice(["0113", "0117", "0161", "0121", "0131", "0141"]) + f"{rng.randint(2000000, 9999999)}"
    if kind == "us":
        return kind, f"{rng.randint(201, 989)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
    if kind == "ie_mob":
        return kind, rng.choice(["083", "085", "086", "087", "089"]) + f"{rng.randint(1000000, 9999999)}"
    if kind == "intl_uk":
        return kind, "+447" + str(rng.randint(300, 999)) + f"{rng.randint(0, 999999):06d}"
    if kind == "intl_ie":
        return kind, "+3538" + rng.choice("35679") + f"{rng.randint(1000000, 9999999)}"
    return kind, "+49151" + f"{rng.randint(10000000, 99999999)}"


def typed_phone(rng, kind, p):
    if kind == "us":
        return rng.choice([f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}",
                           f"{p[:3]}.{p[3:6]}.{p[6:]}", p, f"+1 {p[:3]} {p[3:6]} {p[6:]}"])
    if kind == "uk_mob":
        return rng.choice([f"{p[:5]} {p[5:]}", p, f"{p[:5]} {p[5:8]} {p[8:]}", f"{p[:5]}-{p[5:]}"])
    if kind == "uk_land":
        return rng.choice([f"{p[:4]} {p[4:7]} {p[7:]}", f"({p[:4]}) {p[4:]}", p])
    if kind == "ie_mob":
        return rng.choice([f"{p[:3]} {p[3:6]} {p[6:]}", p, f"{p[:3]}-{p[3:]}"])
    if kind == "intl_uk":
        return rng.choice([f"+44 {p[3:7]} {p[7:]}", p, f"+44 (0){p[3:7]} {p[7:]}", f"0044 {p[3:]}"])
    if kind == "intl_ie":
        return rng.choice([f"+353 {p[4:6]} {p[6:9]} {p[9:]}", p, f"00353 {p[4:]}"])
    return rng.choice([f"+49 151 {p[6:]}", p, f"+49 (0)151 {p[6:10]} {p[10:]}"])


def say_phone(rng, kind, p):
    digits = p.lstrip("+")
    pre = ""
    if p.startswith("+"):
        pre = "plus "
    return pre + say_digits(rng, digits, pairs=rng.random() < 0.3)


def gen_dob(rng):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2005)


def typed_date(rng, d, m, y, us=False):
    st = rng.choice(["slash", "slash", "dash", "dot", "long", "short_year", "iso", "monthname"])
    if st == "slash":
        return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    if st == "dash":
        return f"{m}-{d}-{y}" if us else f"{d}-{m}-{y}"
    if st == "dot":
        return f"{d}.{m}.{y}"
    if st == "long":
        return f"{d} {MONTHS[m - 1].title()} {y}"
    if st == "short_year":
        return f"{m}/{d}/{y % 100:02d}" if us else f"{d}/{m}/{y % 100:02d}"
    if st == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    return f"{MONTHS[m - 1][:3].title()} {d} {y}"


def say_date(rng, d, m, y):
    st = rng.choice(["ord_of", "month_ord", "numeric"])
    if st == "ord_of":
        return f"the {ORD[d]} of {MONTHS[m - 1]} {say_year(rng, y)}"
    if st == "month_ord":
        return f"{MONTHS[m - 1]} {ORD[d]} {say_year(rng, y)}"
    return f"{say_digits(rng, f'{d:02d}', zero='oh', doubles=False)} {say_digits(rng, f'{m:02d}', zero='oh', doubles=False)} {say_year(rng, y)}"


def gen_expiry(rng):
    return rng.randint(1, 12), rng.randint(2026, 2032)


def typed_expiry(rng, m, y):
    return rng.choice([f"{m:02d}/{y % 100}", f"{m:02d}/{y}", f"{m:02d}-{y % 100}", f"{m}/{y % 100}",
                       f"{m:02d} {y % 100}", f"{m:02d}{y % 100}", f"{MONTHS[m - 1][:3]} {y}"])


def say_expiry(rng, m, y):
    return rng.choice([f"{say_digits(rng, f'{m:02d}', zero='oh', doubles=False)} {pair_words(str(y % 100))}",
                       f"{MONTHS[m - 1]} {pair_words(str(y % 100))}",
                       f"{MONTHS[m - 1]} {say_year(rng, y)}"])


def gen_cvv(rng, n=3):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------
class L:
    """A labelled segment."""
    def __init__(self, text, typ, group, canon=None):
        self.text, self.typ, self.group, self.canon = text, typ, group, canon


def build(kind, note, turns):
    """turns: list of (speaker, [str | L, ...]). Returns (case, groups)."""
    out_turns, spans, groups = [], [], {}
    for ti, (spk, parts) in enumerate(turns):
        text = ""
        for p in parts:
            if isinstance(p, L):
                s = len(text)
                text += p.text
                spans.append({"turn": ti, "start": s, "end": len(text), "type": p.typ})
                g = groups.setdefault(p.group, {"type": p.typ, "canon": None, "spans": []})
                g["spans"].append(len(spans) - 1)
                if p.canon is not None:
                    g["canon"] = p.canon
            else:
                text += p
        out_turns.append({"speaker": spk, "text": text})
    case = {"id": None, "kind": kind, "turns": out_turns, "spans": spans, "note": note}
    return case, groups


# ---------------------------------------------------------------------------
# normalisation (used by --check)
# ---------------------------------------------------------------------------
WORD_DIG = {w: str(i) for i, w in enumerate(DW)}
WORD_DIG.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "nil": "0"})
HOMO_DIG = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"}
TEEN_DIG = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_DIG = {w: str(k) for k, w in TENS.items()}
LETTER_WORD = {v: k for k, v in NATO.items()}
LETTER_WORD.update({"xray": "x", "whisky": "w"})
HOMO_L = {"bee": "b", "be": "b", "see": "c", "sea": "c", "dee": "d", "gee": "g", "jay": "j",
          "kay": "k", "el": "l", "em": "m", "en": "n", "pee": "p", "are": "r", "ess": "s",
          "tee": "t", "tea": "t", "you": "u", "vee": "v", "ex": "x", "why": "y", "zed": "z",
          "zee": "z", "aitch": "h", "eff": "f", "ay": "a"}


def tokens(text):
    return re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d", text.replace("x-ray", "xray"))


def norm_digits(text):
    """Spoken/typed digits -> digit string. Handles 'sorry' self-corrections."""
    toks = [t.lower() for t in tokens(text)]
    def run(ts):
        out, i = "", 0
        while i < len(ts):
            t = ts[i]
            nxt = ts[i + 1] if i + 1 < len(ts) else None
            if t.isdigit():
                out += t
            elif t in ("double", "triple") and nxt is not None and (nxt in WORD_DIG or nxt in HOMO_DIG):
                out += (WORD_DIG.get(nxt) or HOMO_DIG[nxt]) * (2 if t == "double" else 3)
                i += 1
            elif t in WORD_DIG:
                out += WORD_DIG[t]
            elif t in HOMO_DIG:
                out += HOMO_DIG[t]
            elif t in TEEN_DIG:
                out += TEEN_DIG[t]
            elif t in TENS_DIG:
                if nxt in WORD_DIG and nxt not in ("zero", "oh", "o", "nought"):
                    out += TENS_DIG[t] + WORD_DIG[nxt]
                    i += 1
                else:
                    out += TENS_DIG[t] + "0"
            elif t == "hundred":
                out += "00"
            i += 1
        return out
    if "sorry" in toks:
        k = toks.index("sorry")
        before, after = run(toks[:k]), run(toks[k + 1:])
        return before[:len(before) - len(after)] + after
    return run(toks)


FILLERS = {"um", "uh", "er", "erm", "and", "its", "the", "space", "dash", "sorry"}


def norm_alnum(text):
    toks = [t.lower() for t in tokens(text)]
    spoken = not re.search(r"\d", text) and len(toks) >= 2
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and t not in ("o",) and nxt == "for" and i + 2 < len(toks):
            out += t.upper()
            i += 3
            continue
        if t == "double" and nxt == "you":
            out += "W"
            i += 2
            continue
        if t.isdigit():
            out += t
        elif t in ("double", "triple") and nxt in WORD_DIG:
            out += WORD_DIG[nxt] * (2 if t == "double" else 3)
            i += 1
        elif t in WORD_DIG:
            out += WORD_DIG[t]
        elif t in TEEN_DIG:
            out += TEEN_DIG[t]
        elif t in TENS_DIG:
            if nxt in WORD_DIG and nxt not in ("zero", "oh", "o", "nought"):
                out += TENS_DIG[t] + WORD_DIG[nxt]
                i += 1
            else:
                out += TENS_DIG[t] + "0"
        elif spoken and t in LETTER_WORD:
            out += LETTER_WORD[t].upper()
        elif spoken and t in HOMO_L:
            out += HOMO_L[t].upper()
        elif spoken and t in FILLERS:
            pass
        elif t.isalpha():
            out += t.upper()
        i += 1
    return out


def norm_email(text):
    t = text.strip().lower()
    t = re.sub(r"[\(\[]at[\)\]]", "@", t)
    if "@" in t:
        return t.replace(" ", "")
    t = re.sub(r"\s+", " ", t)
    t = re.sub(r"\bat\b", "@", t)
    t = re.sub(r"\bdot\b", ".", t)
    t = re.sub(r"\bunderscore\b", "_", t)
    t = re.sub(r"\b(dash|hyphen)\b", "-", t)
    t = re.sub(r"\b(" + "|".join(DW) + r")\b", lambda m: str(DW.index(m.group(1))), t)
    return t.replace(" ", "")


def norm_date_numbers(text):
    """Return digit string with ordinals and month names converted."""
    t = text.lower()
    for i in range(31, 0, -1):
        t = re.sub(r"\b" + ORD[i] + r"\b", f" {i} ", t)
    for i, mn in enumerate(MONTHS):
        t = re.sub(r"\b" + mn[:3] + r"[a-z]*\b", f" {i + 1:02d} ", t)
    t = re.sub(r"\bthousand and\b", "thousand", t)
    t = re.sub(r"\btwo thousand (\w+)\b", lambda m: f"20{norm_digits(m.group(1)).zfill(2)}", t)
    return norm_digits(t)


DIGIT_TYPES = {"CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"}
ALNUM_TYPES = {"NI_NUMBER", "IBAN", "POSTCODE"}


def validate_group(typ, texts, canon):
    """Return an error string or None.  texts: the group's span texts in order."""
    if typ in DIGIT_TYPES:
        text = "".join(norm_digits(t) for t in texts)
    elif typ in ALNUM_TYPES:
        text = "".join(norm_alnum(t) for t in texts)
    else:
        text = " ".join(texts)
    return _validate(typ, text, canon)


def _validate(typ, text, canon):
    if typ == "CARD_NUMBER":
        d = norm_digits(text)
        if not (13 <= len(d) <= 19 and luhn_ok(d)):
            return f"card {d!r} not luhn-valid 13-19"
        return None if canon is None or d == canon else f"card {d} != {canon}"
    if typ == "CVV":
        d = norm_digits(text)
        return None if len(d) in (3, 4) and (canon is None or d == canon) else f"cvv {d!r}"
    if typ == "SSN":
        d = norm_digits(text)
        return None if len(d) == 9 and (canon is None or d == canon) else f"ssn {d!r}"
    if typ == "SORT_CODE":
        d = norm_digits(text)
        return None if len(d) == 6 and (canon is None or d == canon) else f"sort {d!r}"
    if typ == "BANK_ACCOUNT":
        d = norm_digits(text)
        return None if 6 <= len(d) <= 17 and (canon is None or d == canon) else f"acct {d!r}"
    if typ == "PHONE":
        d = norm_digits(text)
        return None if 10 <= len(d) <= 15 and (canon is None or d.endswith(canon.lstrip("+0")[-9:])) else f"phone {d!r}"
    if typ == "NI_NUMBER":
        a = text
        ok = re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", a)
        return None if ok and (canon is None or a == canon) else f"ni {a!r}"
    if typ == "IBAN":
        a = text
        return None if iban_valid(a) and (canon is None or a == canon) else f"iban {a!r}"
    if typ == "POSTCODE":
        a = text
        uk = re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", a)
        us = re.fullmatch(r"\d{5}(\d{4})?", a.replace("-", ""))
        return None if (uk or us) and (canon is None or a == canon.replace(" ", "").replace("-", "")) else f"postcode {a!r}"
    if typ == "EMAIL":
        e = norm_email(text)
        ok = re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e)
        return None if ok and (canon is None or e == canon.lower()) else f"email {e!r}"
    if typ in ("DOB", "EXPIRY"):
        d = norm_date_numbers(text)
        if canon is None:
            return None if 3 <= len(d) <= 8 else f"{typ} {d!r}"
        dd, mm, yy = canon
        if str(yy) not in d and f"{yy % 100:02d}" not in d:
            return f"{typ} year {yy} not in {d!r} ({text!r})"
        if typ == "DOB" and str(dd) not in d:
            return f"{typ} day {dd} not in {d!r}"
        if str(mm) not in d:
            return f"{typ} month {mm} not in {d!r}"
        return None if 3 <= len(d) <= 8 else f"{typ} length {d!r}"
    if typ == "ADDRESS":
        low = text.lower()
        has_num = bool(re.search(r"\d", low)) or any(re.search(r"\b" + w + r"\b", low) for w in DW[1:] + TEENS + list(TENS.values()))
        has_suf = any(re.search(r"\b" + re.escape(s) + r"\b", low) for s in SUFFIX_ALL)
        return None if has_num and has_suf else f"address {text!r}"
    return f"unknown type {typ}"


# ---------------------------------------------------------------------------
# messy-typing helpers (applied to plain segments only)
# ---------------------------------------------------------------------------
EMOJI = ["🙏", "😅", "👍", "🙂", "😩", "🤞", "!!", " :)", " x", " lol", "🙄"]


def mess(rng, s, p=0.5):
    """Introduce a typo / case change in a plain segment without touching edges."""
    if rng.random() < p:
        words = s.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) > 3 and w.isalpha()]
        if idx:
            i = rng.choice(idx)
            w = words[i]
            j = rng.randint(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            s = " ".join(words)
    r = rng.random()
    if r < 0.25:
        s = s.lower()
    elif r < 0.32:
        s = s.upper()
    return s


def emo(rng, p=0.35):
    return rng.choice(EMOJI) if rng.random() < p else ""


def typed_channel(rng):
    return rng.choice(["web chat", "web chat", "sms", "email", "social dm", "app chat", "whatsapp"])


def split_chunks(rng, s, n):
    """Split string s into n non-empty chunks at random positions."""
    while True:
        cuts = sorted(rng.sample(range(1, len(s)), n - 1))
        bounds = [0] + cuts + [len(s)]
        if all(bounds[i + 1] - bounds[i] >= 3 for i in range(len(bounds) - 1)):
            break
    out, prev = [], 0
    for c in cuts + [len(s)]:
        out.append(s[prev:c])
        prev = c
    return out


ACK_TYPED = ["ok", "got that", "thanks, go on", "ok next part?", "yep", "ok 👍", "and the rest?"]
ACK_CALL = ["mhm", "okay go on", "yep", "right", "okay", "uh huh", "got that", "yeah"]



# ---------------------------------------------------------------------------
# POSITIVE templates: typed channels
# ---------------------------------------------------------------------------
def p_chat_card_inline(rng):
    ch, ind = typed_channel(rng), rng.choice(["retail", "telecom", "utilities", "travel"])
    num = gen_card(rng)
    m, y = gen_expiry(rng)
    cvv = gen_cvv(rng, 4 if num.startswith(("34", "37")) else 3)
    amt = f"£{rng.randint(12, 480)}.{rng.randint(0, 99):02d}"
    t = [("agent", [mess(rng, f"To clear the {amt} outstanding I can take a card payment here, what card would you like to use?", 0.1)]),
         ("customer", [mess(rng, rng.choice(["ok its ", "Card no: ", "sure, ", "here u go "])), L(typed_card(rng, num), "CARD_NUMBER", "c", num),
                       mess(rng, rng.choice([" exp ", " expiry ", ", exp date "])), L(typed_expiry(rng, m, y), "EXPIRY", "e", (1, m, y)),
                       mess(rng, rng.choice([" and cvv ", " sec code ", " cvc "])), L(cvv, "CVV", "v", cvv), emo(rng)])]
    return build("positive", f"{ch}/{ind}: card+expiry+cvv typed in one message, separators vary", t)


def p_chat_card_split(rng):
    ch, ind = typed_channel(rng), rng.choice(["retail", "banking", "insurance", "telecom"])
    num = gen_card(rng)
    g = group_card(num)
    n = rng.choice([2, 3]) if len(g) >= 3 else 2
    # split along group boundaries
    cut = sorted(rng.sample(range(1, len(g)), n - 1))
    parts, prev = [], 0
    for c in cut + [len(g)]:
        parts.append(rng.choice([" ", "", "-"]).join(g[prev:c]))
        prev = c
    turns = [("agent", ["Please type the long card number when ready (we mask it on our side)"])]
    for i, pt in enumerate(parts):
        lead = mess(rng, rng.choice(["", "", "ok ", "sorry ", "its "])) if i == 0 else rng.choice(["", "", "then "])
        turns.append(("customer", [lead, L(pt, "CARD_NUMBER", "c", num if i == 0 else None), emo(rng, 0.2)]))
        if i < len(parts) - 1 and rng.random() < 0.6:
            turns.append(("agent", [rng.choice(ACK_TYPED)]))
    return build("positive", f"{ch}/{ind}: card number sent across {n} messages on group boundaries", turns)


def p_chat_card_oddsplit(rng):
    ch = rng.choice(["sms", "whatsapp", "social dm"])
    num = gen_card(rng, rng.choice(["visa", "mc"]))
    parts = split_chunks(rng, num, 3)
    turns = [("customer", [mess(rng, "can i pay the bill by card on here"), emo(rng)]),
             ("agent", ["Yes, send the card number please"])]
    for i, pt in enumerate(parts):
        turns.append(("customer", [L(pt, "CARD_NUMBER", "c", num if i == 0 else None)]))
    turns.append(("customer", [mess(rng, "sorry my phone keeps sending early"), emo(rng)]))
    return build("positive", f"{ch}/telecom: card digits split mid-group over three messages, no separators", turns)


def p_sms_ni(rng):
    ni = gen_ni(rng)
    ref = rng.randint(100000, 9999999)
    t = [("agent", [f"Hi, this is the benefits helpline re your case {ref}. Can you reply with your National Insurance number to verify?"]),
         ("customer", [mess(rng, rng.choice(["hi yes its ", "NI no. ", "my ni number is ", "hiya, "])), L(typed_ni(rng, ni), "NI_NUMBER", "n", ni),
                       mess(rng, rng.choice([" thanks", " cheers", "", " - is that ok?"])), emo(rng)])]
    return build("positive", "sms/government: UK NI number typed, case reference nearby unlabelled", t)


def p_chat_ni_split(rng):
    ni = gen_ni(rng)
    ch = typed_channel(rng)
    a, b, c = ni[:2], ni[2:8], ni[8]
    mode = rng.choice(["3", "2"])
    turns = [("agent", ["Could you confirm your national insurance number please?"])]
    if mode == "3":
        turns += [("customer", [L(a.lower() if rng.random() < 0.5 else a, "NI_NUMBER", "n", ni)]),
                  ("customer", [L(rng.choice([b, f"{b[:2]} {b[2:4]} {b[4:]}"]), "NI_NUMBER", "n")]),
                  ("customer", [L(c, "NI_NUMBER", "n"), mess(rng, " sorry fat fingers")])]
    else:
        turns += [("customer", [mess(rng, "its "), L(f"{a} {b[:2]} {b[2:4]}", "NI_NUMBER", "n", ni)]),
                  ("agent", ["ok, and the rest?"]),
                  ("customer", [L(f"{b[4:]} {c}", "NI_NUMBER", "n")])]
    return build("positive", f"{ch}/government: NI number split across messages", turns)


def p_email_ni_payroll(rng):
    ni = gen_ni(rng)
    d, m, y = gen_dob(rng)
    t = [("customer", [mess(rng, "Hello,\n\nPlease update my payroll record. My NI number is ", 0.3), L(typed_ni(rng, ni), "NI_NUMBER", "n", ni),
                       " and my date of birth is ", L(typed_date(rng, d, m, y), "DOB", "d", (d, m, y)),
                       f".\nI started on {rng.randint(1, 28)}/{rng.randint(1, 12)}/2025 and my employee ref is EMP{rng.randint(10000, 99999)}.\n\nKind regards"])]
    return build("positive", "email/hr-payroll: NI + DOB in e-mail body; start date and employee ref unlabelled", t)


def p_chat_ssn(rng):
    s = gen_ssn(rng)
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government"])
    form = rng.choice(["inline", "split", "nospace"])
    if form == "inline":
        t = [("agent", ["For security, please provide your Social Security number."]),
             ("customer", [mess(rng, rng.choice(["ssn is ", "Sure - ", "my social is ", "SSN# "])), L(typed_ssn(rng, s), "SSN", "s", s), emo(rng)])]
    elif form == "split":
        t = [("agent", ["Please enter your SSN"]),
             ("customer", [L(f"{s[:3]}-{s[3:5]}", "SSN", "s", s), "-"]),
             ("customer", [L(s[5:], "SSN", "s")])]
    else:
        t = [("customer", [mess(rng, f"hi i need help with claim {rng.randint(100000, 999999)}, my ss# "), L(s, "SSN", "s", s),
                           mess(rng, f" and I was charged ${rng.randint(20, 900)} twice")])]
    return build("positive", f"chat/{ind}: US SSN typed ({form})", t)


def p_chat_us_profile(rng):
    s = gen_ssn(rng)
    d, m, y = gen_dob(rng)
    z = gen_zip(rng, rng.random() < 0.3)
    addr = gen_address(rng, us=True, flat=rng.random() < 0.3)
    town = rng.choice(US_TOWNS)
    t = [("agent", ["To open the application I need your SSN, date of birth and home address."]),
         ("customer", ["SSN ", L(typed_ssn(rng, s), "SSN", "s", s)]),
         ("customer", [mess(rng, "DOB "), L(typed_date(rng, d, m, y, us=True), "DOB", "d", (d, m, y))]),
         ("customer", [L(addr, "ADDRESS", "a"), f", {town} ", L(z, "POSTCODE", "z", z.replace("-", "")), emo(rng)])]
    return build("positive", "chat/banking-US: SSN, DOB, street address and ZIP over three messages", t)


def p_email_bank(rng):
    sc, ac = gen_sort(rng), gen_acct(rng)
    sct = rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"])
    inv = rng.randint(10000, 999999)
    t = [("customer", [mess(rng, f"Hi team,\n\nRe invoice {inv} - please refund the £{rng.randint(20, 300)}.00 to my account:\n", 0.3),
                       "Sort code: ", L(sct, "SORT_CODE", "sc", sc), "\nAcc no: ", L(ac, "BANK_ACCOUNT", "ac", ac),
                       "\n\nThanks\nSent from my iPhone"])]
    return build("positive", "email/retail: refund bank details (sort code + account) in e-mail, invoice number unlabelled", t)


def p_chat_bank_messy(rng):
    sc, ac = gen_sort(rng), gen_acct(rng)
    t = [("agent", ["Which account should the direct debit come from?"]),
         ("customer", [mess(rng, "sort "), L(f"{sc[:2]}{rng.choice(['-', ' ', '/'])}{sc[2:4]}{rng.choice(['-', ' ', '/'])}{sc[4:]}", "SORT_CODE", "sc", sc),
                       rng.choice([" acc ", " a/c ", "  account "]), L(ac, "BANK_ACCOUNT", "ac", ac), emo(rng)]),
         ("agent", [f"Thanks. The first payment of £{rng.randint(20, 90)}.{rng.randint(10, 99)} will be taken on the {rng.randint(1, 28)}th."])]
    return build("positive", "web chat/utilities: sort code with odd separators and account number in one message", t)


def p_chat_iban(rng):
    ib = gen_iban(rng)
    ch = rng.choice(["email", "web chat", "app chat"])
    if rng.random() < 0.5:
        t = [("customer", [mess(rng, "Please send the deposit back to my IBAN "), L(typed_iban(rng, ib), "IBAN", "i", ib), emo(rng)])]
    else:
        g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        k = rng.randint(2, len(g) - 2)
        t = [("agent", ["What is the IBAN for the refund?"]),
             ("customer", [L(" ".join(g[:k]), "IBAN", "i", ib)]),
             ("customer", [L(" ".join(g[k:]), "IBAN", "i")])]
    return build("positive", f"{ch}/travel: IBAN typed for refund", t)


def p_email_iban_acct(rng):
    ib = gen_iban(rng, rng.choice(["GB", "IE"]))
    sc, ac = ib[8:14], ib[14:]
    t = [("customer", [mess(rng, "Dear Sir/Madam,\nMy bank details for the insurance payout:\nIBAN: ", 0.2), L(typed_iban(rng, ib), "IBAN", "i", ib),
                       "\nNSC/Sort: ", L(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", "SORT_CODE", "sc", sc),
                       "\nAccount: ", L(ac, "BANK_ACCOUNT", "ac", ac),
                       f"\nClaim ref CLM-{rng.randint(100000, 9999999)}\nRegards"])]
    return build("positive", "email/insurance: IBAN plus the sort code and account inside it, claim ref unlabelled", t)


def p_dm_contact(rng):
    kind, ph = gen_phone(rng)
    em = gen_email(rng)
    emt = em if rng.random() < 0.7 else em.upper() if rng.random() < 0.3 else em.capitalize()
    t = [("agent", ["Hi! Sorry to hear that, can you DM us the best number and email to reach you?"]),
         ("customer", [mess(rng, rng.choice(["number ", "ph: ", "call me on ", "mob "])), L(typed_phone(rng, kind, ph), "PHONE", "p", ph),
                       rng.choice([" / ", "\n", " email ", " and "]), L(emt, "EMAIL", "em", em), emo(rng, 0.6)])]
    return build("positive", f"social dm/telecom: phone ({kind}) and e-mail in one DM", t)


def p_sms_phone_change(rng):
    kind, ph = gen_phone(rng)
    kind2, old = gen_phone(rng, kind)
    t = [("customer", [mess(rng, "hi can u change the number on my account from "), L(typed_phone(rng, kind2, old), "PHONE", "p1", old),
                       mess(rng, " to "), L(typed_phone(rng, kind, ph), "PHONE", "p2", ph), mess(rng, f" pls, ive had this phone {rng.randint(2, 9)} years lol")])]
    return build("positive", f"sms/telecom: old and new phone numbers in one message ({kind})", t)


def p_chat_phone_split(rng):
    kind, ph = gen_phone(rng, rng.choice(["uk_mob", "us", "ie_mob"]))
    a, b = ph[:5], ph[5:]
    t = [("agent", ["What's a good callback number?"]),
         ("customer", [L(a, "PHONE", "p", ph)]),
         ("customer", [L(b, "PHONE", "p"), mess(rng, " after 5pm is best"), emo(rng)])]
    return build("positive", f"whatsapp/utilities: phone number split in two messages; '5pm' unlabelled", t)


def p_chat_email_obf(rng):
    em = gen_email(rng)
    local, dom = em.split("@")
    name, tld = dom.split(".", 1)
    form = rng.choice(["at", "paren", "space"])
    if form == "at":
        txt = f"{local} at {name} dot {tld.replace('.', ' dot ')}"
    elif form == "paren":
        txt = f"{local}(at){dom}"
    else:
        txt = f"{local} @ {dom}"
    canon = em
    t = [("customer", [mess(rng, "pls email the receipt to "), L(txt, "EMAIL", "em", canon if form != "paren" else None),
                       mess(rng, " not the old one"), emo(rng)])]
    return build("positive", f"web chat/retail: e-mail obfuscated by the customer ({form})", t)


def p_chat_address(rng):
    addr = gen_address(rng, flat=rng.random() < 0.4)
    pc = gen_uk_postcode(rng)
    pct = rng.choice([pc, pc.replace(" ", ""), pc.lower(), pc.lower().replace(" ", "")])
    town = rng.choice(UK_TOWNS)
    t = [("agent", ["What's the delivery address?"]),
         ("customer", [L(addr, "ADDRESS", "a"), rng.choice([", ", "\n", " "]), town.title() if rng.random() < 0.5 else town,
                       rng.choice([", ", "\n", " "]), L(pct, "POSTCODE", "pc", pc.replace(" ", "")), emo(rng)]),
         ("agent", [f"Thanks, the parcel ({rng.randint(2, 5)} items) should arrive by 6pm Thursday."])]
    return build("positive", "web chat/retail: UK delivery address with postcode; item count and time unlabelled", t)


def p_chat_address_split(rng):
    addr = gen_address(rng)
    pc = gen_uk_postcode(rng)
    t = [("customer", [mess(rng, "moving house next week can you update my address")]),
         ("agent", ["Of course - what's the new address?"]),
         ("customer", [L(addr, "ADDRESS", "a")]),
         ("customer", [rng.choice(UK_TOWNS).title()]),
         ("customer", [L(pc, "POSTCODE", "pc", pc.replace(" ", "")), emo(rng)])]
    return build("positive", "app chat/utilities: address, town and postcode in separate messages", t)


def p_chat_dob(rng):
    d, m, y = gen_dob(rng)
    us = rng.random() < 0.4
    ind = rng.choice(["healthcare billing", "insurance", "banking"])
    t = [("agent", ["Can you confirm your date of birth please?"]),
         ("customer", [mess(rng, rng.choice(["", "its ", "dob ", "born "])), L(typed_date(rng, d, m, y, us=us), "DOB", "d", (d, m, y)), emo(rng)]),
         ("agent", [f"Thank you. I can see your appointment on {rng.randint(1, 28)}/{rng.randint(1, 12)} at {rng.randint(9, 16)}:30."])]
    return build("positive", f"web chat/{ind}: DOB typed; appointment date/time unlabelled", t)


def p_chat_card_exp_cvv_split(rng):
    num = gen_card(rng)
    m, y = gen_expiry(rng)
    cvv = gen_cvv(rng, 4 if num.startswith(("34", "37")) else 3)
    t = [("agent", ["Please provide the card number, expiry and security code."]),
         ("customer", [L(typed_card(rng, num), "CARD_NUMBER", "c", num)]),
         ("customer", [mess(rng, rng.choice(["exp ", "expires ", "valid thru "])), L(typed_expiry(rng, m, y), "EXPIRY", "e", (1, m, y))]),
         ("customer", [L(cvv, "CVV", "v", cvv), mess(rng, rng.choice([" on the back", " is the code", ""]))])]
    return build("positive", "web chat/travel: card, expiry, cvv one per message", t)


def p_chat_copy_paste(rng):
    num = gen_card(rng, "visa")
    g = group_card(num)
    txt = rng.choice(["\t".join(g), "\n".join(g), " ".join(g) + " ", "\u200b".join(g)]).rstrip()
    t = [("customer", [mess(rng, "copied from my banking app:\n"), L(txt, "CARD_NUMBER", "c", num)])]
    return build("positive", "web chat/retail: card pasted with tab/newline/zero-width separators", t)


# ---------------------------------------------------------------------------
# POSITIVE templates: phone calls (ASR)
# ---------------------------------------------------------------------------
def p_call_card_split(rng):
    num = gen_card(rng)
    g = group_card(num)
    ind = rng.choice(["insurance", "telecom", "utilities", "retail"])
    turns = [("agent", ["okay go ahead with the long number on the front when you're ready"])]
    for i, grp in enumerate(g):
        lead = rng.choice(["", "", "um ", "it's ", "right "]) if i == 0 else rng.choice(["", "", "then "])
        turns.append(("customer", [lead, L(say_digits(rng, grp, pairs=rng.random() < 0.3, homophones=rng.random() < 0.2), "CARD_NUMBER", "c", num if i == 0 else None)]))
        if i < len(g) - 1:
            turns.append(("agent", [rng.choice(ACK_CALL)]))
    return build("positive", f"call/{ind}: card read in groups over several turns with back-channels", turns)


def p_call_card_oneturn(rng):
    num = gen_card(rng)
    m, y = gen_expiry(rng)
    t = [("agent", ["and the card number please"]),
         ("customer", [rng.choice(["yeah it's ", "okay so it's ", ""]), L(say_digits(rng, num, pairs=rng.random() < 0.4), "CARD_NUMBER", "c", num),
                       " and it expires ", L(say_expiry(rng, m, y), "EXPIRY", "e", (1, m, y))])]
    return build("positive", "call/banking: card in one turn (doubles/pairs) and expiry", t)


def p_call_card_filler(rng):
    num = gen_card(rng, rng.choice(["visa", "mc", "disc"]))
    g = group_card(num)
    words = []
    for i, grp in enumerate(g):
        words.append(say_digits(rng, grp))
        if i < len(g) - 1 and rng.random() < 0.5:
            words.append(rng.choice(["um", "uh", "er", "hang on", "sorry"]) if False else rng.choice(["um", "uh", "er"]))
    t = [("agent", ["go ahead with the card"]),
         ("customer", ["yeah hang on it's ", L(" ".join(words), "CARD_NUMBER", "c", num), " i think that's right"])]
    return build("positive", "call/retail: card read with hesitation fillers inside the span", t)


def p_call_card_correction(rng):
    num = gen_card(rng, rng.choice(["visa", "mc"]))
    g = group_card(num)
    k = rng.randint(1, len(g) - 1)
    wrong = list(g[k])
    wrong[-1] = str((int(wrong[-1]) + rng.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    turns = [("agent", ["can i take the card number"]),
             ("customer", [L(" ".join(say_digits(rng, x, doubles=False) for x in g[:k]), "CARD_NUMBER", "c", num)]),
             ("agent", [rng.choice(ACK_CALL)]),
             ("customer", [L(f"{say_digits(rng, wrong, doubles=False)} no sorry {say_digits(rng, g[k], doubles=False)}", "CARD_NUMBER", "c")])]
    if k + 1 < len(g):
        turns += [("agent", ["okay"]),
                  ("customer", [L(" ".join(say_digits(rng, x, doubles=False) for x in g[k + 1:]), "CARD_NUMBER", "c")])]
    return build("positive", "call/insurance: card with a self-corrected group ('no sorry'); whole correction inside span", turns)


def p_call_card_readback(rng):
    num = gen_card(rng, rng.choice(["visa", "mc", "amex"]))
    cvv = gen_cvv(rng, 4 if num.startswith(("34", "37")) else 3)
    t = [("customer", ["the card is ", L(say_digits(rng, num, doubles=False), "CARD_NUMBER", "c1", num)]),
         ("agent", ["let me read that back ", L(say_digits(rng, num, zero="zero", doubles=True), "CARD_NUMBER", "c2", num), " is that right"]),
         ("customer", ["yes that's it"]),
         ("agent", ["and the three or four digit code on the back"]),
         ("customer", [L(say_digits(rng, cvv), "CVV", "v", cvv)])]
    return build("positive", "call/telecom: agent reads the card back; cvv alone after prompt", t)


def p_call_ni(rng):
    ni = gen_ni(rng)
    style = rng.choice(["plain", "for", "nato", "homo", "mixed"])
    digs = say_digits(rng, ni[2:8], pairs=rng.random() < 0.5, doubles=rng.random() < 0.5, zero=rng.choice(["zero", "oh", "nought"]))
    pre = say_alnum(rng, ni[:2], style)
    suf = say_alnum(rng, ni[8], style)
    if rng.random() < 0.5:
        t = [("agent", ["can i take your national insurance number please"]),
             ("customer", ["yeah it's ", L(f"{pre} {digs} {suf}", "NI_NUMBER", "n", ni)])]
    else:
        t = [("agent", ["and your national insurance number"]),
             ("customer", [L(pre, "NI_NUMBER", "n", ni)]),
             ("agent", [rng.choice(ACK_CALL)]),
             ("customer", [L(digs, "NI_NUMBER", "n")]),
             ("agent", ["and the letter at the end"]),
             ("customer", [L(suf, "NI_NUMBER", "n"), " i think yeah"])]
    return build("positive", f"call/government: NI number spoken, letters as {style}", t)


def p_call_ni_readback(rng):
    ni = gen_ni(rng)
    t = [("customer", ["it's ", L(f"{say_alnum(rng, ni[:2], 'plain')} {say_digits(rng, ni[2:8], doubles=False)} {say_alnum(rng, ni[8], 'plain')}", "NI_NUMBER", "n1", ni)]),
         ("agent", ["so that's ", L(f"{say_alnum(rng, ni[:2], 'nato')} {say_digits(rng, ni[2:8], pairs=True, doubles=False)} {say_alnum(rng, ni[8], 'nato')}", "NI_NUMBER", "n2", ni), " yeah"]),
         ("customer", ["that's right"])]
    return build("positive", "call/hr-payroll: NI number and the agent's NATO read-back", t)


def p_call_ssn(rng):
    s = gen_ssn(rng)
    form = rng.choice(["one", "split3", "pairs"])
    if form == "one":
        t = [("agent", ["and can you verify your social security number"]),
             ("customer", ["sure it's ", L(say_digits(rng, s, zero=rng.choice(["zero", "oh"])), "SSN", "s", s)])]
    elif form == "split3":
        t = [("agent", ["i'll need your social"]),
             ("customer", [L(say_digits(rng, s[:3], zero="oh"), "SSN", "s", s)]),
             ("agent", [rng.choice(ACK_CALL)]),
             ("customer", [L(say_digits(rng, s[3:5], zero="oh"), "SSN", "s")]),
             ("agent", [rng.choice(ACK_CALL)]),
             ("customer", [L(say_digits(rng, s[5:], zero="oh"), "SSN", "s"), " and my zip is ", L(say_digits(rng, z := gen_zip(rng), zero="oh"), "POSTCODE", "z", z)])]
    else:
        t = [("agent", ["what's your social security number ma'am"]),
             ("customer", ["um ", L(say_digits(rng, s[:3], zero="oh") + " " + say_digits(rng, s[3:5], pairs=True, zero="oh") + " " +
                                  say_digits(rng, s[5:], pairs=True, zero="oh", doubles=False), "SSN", "s", s)])]
    return build("positive", f"call/healthcare billing-US: SSN spoken ({form})", t)


def p_call_bank(rng):
    sc, ac = gen_sort(rng), gen_acct(rng)
    t = [("agent", ["can i take the sort code"]),
         ("customer", [L(say_digits(rng, sc, pairs=rng.random() < 0.6), "SORT_CODE", "sc", sc)]),
         ("agent", ["and the account number"]),
         ("customer", [L(say_digits(rng, ac[:4]), "BANK_ACCOUNT", "ac", ac)]),
         ("agent", [rng.choice(ACK_CALL)]),
         ("customer", [L(say_digits(rng, ac[4:]), "BANK_ACCOUNT", "ac")])]
    return build("positive", "call/banking-UK: sort code (pairs) and account split over two turns", t)


def p_call_bank_oneturn(rng):
    sc, ac = gen_sort(rng), gen_acct(rng)
    t = [("agent", ["what are the bank details for the direct debit"]),
         ("customer", ["sort code ", L(say_digits(rng, sc), "SORT_CODE", "sc", sc), " account number ", L(say_digits(rng, ac, pairs=rng.random() < 0.3), "BANK_ACCOUNT", "ac", ac),
                       f" and can it go out on the {ORD[rng.randint(1, 28)]} of the month"])]
    return build("positive", "call/utilities: sort code and account in one turn; payment day unlabelled", t)


def p_call_phone(rng):
    kind, ph = gen_phone(rng)
    t = [("agent", ["what's the best number to reach you on"]),
         ("customer", [rng.choice(["it's ", "yeah it's ", "my mobile is "]), L(say_phone(rng, kind, ph), "PHONE", "p", ph)]),
         ("agent", ["lovely thank you"])]
    return build("positive", f"call/telecom: phone number spoken ({kind})", t)


def p_call_phone_split_readback(rng):
    kind, ph = gen_phone(rng, rng.choice(["uk_mob", "us", "ie_mob", "uk_land"]))
    k = {"uk_mob": 5, "us": 3, "ie_mob": 3, "uk_land": 4}[kind]
    t = [("agent", ["and a contact number"]),
         ("customer", [L(say_digits(rng, ph[:k]), "PHONE", "p", ph)]),
         ("agent", [rng.choice(ACK_CALL)]),
         ("customer", [L(say_digits(rng, ph[k:], pairs=rng.random() < 0.4), "PHONE", "p")]),
         ("agent", ["so that's ", L(say_digits(rng, ph, doubles=False, zero="zero"), "PHONE", "p2", ph)])]
    return build("positive", f"call/insurance: phone over two turns then agent read-back ({kind})", t)


def p_call_email(rng):
    em = gen_email(rng)
    t = [("agent", ["and what email address should we send the confirmation to"]),
         ("customer", ["it's ", L(say_email(rng, em), "EMAIL", "em", em)])]
    if rng.random() < 0.5:
        t += [("agent", ["is that all lower case"]), ("customer", ["yeah all lower case"])]
    return build("positive", "call/travel: e-mail spoken with 'dot'/'at'/'underscore'", t)


def p_call_email_spelled(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(["gmail.com", "outlook.com", "hotmail.com"])
    em = f"{f[0]}{l}@{dom}"
    spelled = " ".join(l)
    t = [("customer", ["it's ", L(f"{f[0]} {spelled} at {dom.replace('.', ' dot ')}", "EMAIL", "em", em)]),
         ("agent", ["sorry was that ", L(f"{f[0]} {l} at {dom.split('.')[0]} dot com", "EMAIL", "em2", em)]),
         ("customer", ["yes"])]
    return build("positive", "call/retail: e-mail with spelled-out surname and agent confirmation", t)


def p_call_dob(rng):
    d, m, y = gen_dob(rng)
    ind = rng.choice(["healthcare billing", "insurance", "banking", "government"])
    t = [("agent", ["can you confirm your date of birth for me"]),
         ("customer", [rng.choice(["yeah it's ", "", "it's "]), L(say_date(rng, d, m, y), "DOB", "d", (d, m, y))])]
    if rng.random() < 0.5:
        t += [("agent", [f"thank you and your policy renews on the {ORD[rng.randint(1, 28)]} of {rng.choice(MONTHS)}"])]
    return build("positive", f"call/{ind}: DOB spoken; other dates unlabelled", t)


def p_call_address(rng):
    pc = gen_uk_postcode(rng)
    addr = gen_address(rng, spoken=True, flat=rng.random() < 0.3)
    style = rng.choice(["plain", "mixed", "for"])
    t = [("agent", ["can i take the first line of the address and the postcode"]),
         ("customer", [L(addr, "ADDRESS", "a"), " ", rng.choice(UK_TOWNS), " ", L(say_alnum(rng, pc, style, zero="zero"), "POSTCODE", "pc", pc.replace(" ", ""))])]
    return build("positive", f"call/utilities: spoken address and postcode (letters {style})", t)


def p_call_postcode_split(rng):
    pc = gen_uk_postcode(rng)
    out, inw = pc.split(" ")
    t = [("agent", ["and the postcode"]),
         ("customer", [L(say_alnum(rng, out, "mixed", zero="zero"), "POSTCODE", "pc", pc.replace(" ", ""))]),
         ("agent", [rng.choice(ACK_CALL)]),
         ("customer", [L(say_alnum(rng, inw, "for", zero="zero"), "POSTCODE", "pc")])]
    return build("positive", "call/insurance: postcode outward and inward parts in separate turns", t)


def p_call_us_address(rng):
    addr = gen_address(rng, us=True, spoken=True)
    z = gen_zip(rng)
    t = [("agent", ["what's the service address"]),
         ("customer", [L(addr, "ADDRESS", "a"), " ", rng.choice(US_TOWNS).lower().rsplit(" ", 1)[0], " ", L(say_digits(rng, z, zero="oh"), "POSTCODE", "z", z)])]
    return build("positive", "call/utilities-US: spoken street address and ZIP", t)


def p_call_iban(rng):
    ib = gen_iban(rng, rng.choice(["GB", "IE", "DE", "NL"]))
    g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    k = rng.randint(2, len(g) - 1)
    a = " ".join(say_alnum(rng, x, "plain", zero="zero") for x in g[:k])
    b = " ".join(say_alnum(rng, x, "plain", zero="zero") for x in g[k:])
    t = [("agent", ["okay read me the iban"]),
         ("customer", [L(a, "IBAN", "i", ib)]),
         ("agent", [rng.choice(ACK_CALL)]),
         ("customer", [L(b, "IBAN", "i")])]
    return build("positive", "call/banking-EU: IBAN spoken over two turns", t)


def p_call_expiry_cvv(rng):
    m, y = gen_expiry(rng)
    cvv = gen_cvv(rng)
    t = [("agent", ["and the expiry date"]),
         ("customer", [L(say_expiry(rng, m, y), "EXPIRY", "e", (1, m, y))]),
         ("agent", ["and the security code on the back"]),
         ("customer", [rng.choice(["", "it's ", "um "]), L(say_digits(rng, cvv, pairs=rng.random() < 0.3), "CVV", "v", cvv)])]
    return build("positive", "call/retail: expiry and cvv on prompt", t)


def p_call_two_values(rng):
    d, m, y = gen_dob(rng)
    pc = gen_uk_postcode(rng)
    t = [("agent", ["for security can i have your date of birth and postcode"]),
         ("customer", ["yeah ", L(say_date(rng, d, m, y), "DOB", "d", (d, m, y)), " and ", L(say_alnum(rng, pc, "plain", zero="zero"), "POSTCODE", "pc", pc.replace(" ", ""))])]
    return build("positive", "call/banking: DOB and postcode in the same turn", t)


POS_TYPED = [p_chat_card_inline, p_chat_card_split, p_chat_card_oddsplit, p_sms_ni, p_chat_ni_split,
             p_email_ni_payroll, p_chat_ssn, p_chat_us_profile, p_email_bank, p_chat_bank_messy,
             p_chat_iban, p_email_iban_acct, p_dm_contact, p_sms_phone_change, p_chat_phone_split,
             p_chat_email_obf, p_chat_address, p_chat_address_split, p_chat_dob,
             p_chat_card_exp_cvv_split, p_chat_copy_paste]
POS_CALL = [p_call_card_split, p_call_card_oneturn, p_call_card_filler, p_call_card_correction,
            p_call_card_readback, p_call_ni, p_call_ni_readback, p_call_ssn, p_call_bank,
            p_call_bank_oneturn, p_call_phone, p_call_phone_split_readback, p_call_email,
            p_call_email_spelled, p_call_dob, p_call_address, p_call_postcode_split,
            p_call_us_address, p_call_iban, p_call_expiry_cvv, p_call_two_values]


def p_email_ssn_tax(rng):
    s = gen_ssn(rng)
    d, m, y = gen_dob(rng)
    t = [("customer", [mess(rng, f"Hello,\nI am filing the {rng.choice(['W-9', '1099', 'W-4'])} you asked for. SSN: ", 0.3), L(typed_ssn(rng, s), "SSN", "s", s),
                       f"\nTax year 2025, total ${rng.randint(1000, 90000):,}.00\nDOB ", L(typed_date(rng, d, m, y, us=True), "DOB", "d", (d, m, y)),
                       "\nThanks"])]
    return build("positive", "email/government-US: SSN and DOB in a tax e-mail; tax year and amount unlabelled", t)


def p_chat_ssn_typo(rng):
    s = gen_ssn(rng)
    t = [("agent", ["Can you verify the last name on file and your social?"]),
         ("customer", [mess(rng, "its the same as before, sociel security no. ", 0.2), L(rng.choice([f"{s[:3]} - {s[3:5]} - {s[5:]}", f"{s[:3]}–{s[3:5]}–{s[5:]}", f"{s[:3]}_{s[3:5]}_{s[5:]}"]), "SSN", "s", s),
                       emo(rng)])]
    return build("positive", "web chat/banking-US: SSN with spaced dashes / en-dashes / underscores and a typo nearby", t)


def p_call_ssn_readback(rng):
    s = gen_ssn(rng)
    t = [("customer", ["my social is ", L(say_digits(rng, s[:3], zero="oh") + " " + say_digits(rng, s[3:5], zero="oh") + " " + say_digits(rng, s[5:], zero="oh"), "SSN", "s1", s)]),
         ("agent", ["okay i have ", L(say_digits(rng, s, zero="zero", doubles=False), "SSN", "s2", s), " and that's for the account opened in twenty nineteen"]),
         ("customer", ["correct"])]
    return build("positive", "call/banking-US: SSN spoken and read back; year unlabelled", t)


def informal_date(rng, d, m, y):
    sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    mn = MONTHS[m - 1]
    return rng.choice([f"{d}{sfx} {mn} {y % 100:02d}", f"{mn.title()} {d}{sfx}, {y}", f"{d:02d}.{m:02d}.{y % 100:02d}",
                       f"{d}{sfx} of {mn[:3]} {y}", f"{d} {mn.upper()} {y}"])


def p_chat_markdown_card(rng):
    num = gen_card(rng)
    on = rng.randint(100000, 9999999)
    t = [("customer", [mess(rng, f"re order {on} - pay with this one instead pls\n**Card:** `"), L(typed_card(rng, num), "CARD_NUMBER", "c", num), "`"]),
         ("agent", [f"Thanks, I'll update order {on} (total £{rng.randint(20, 200)}.{rng.randint(10, 99)})."])]
    return build("positive", "web chat/retail: card wrapped in markdown/backticks; order number and total unlabelled", t)


def p_sms_dob_informal(rng):
    d, m, y = gen_dob(rng)
    ni = gen_ni(rng)
    t = [("agent", ["To confirm it's you please reply with your date of birth and National Insurance number."]),
         ("customer", [mess(rng, "born "), L(informal_date(rng, d, m, y), "DOB", "d", (d, m, y)), rng.choice([" & ", ", ", " ni "]),
                       L(typed_ni(rng, ni), "NI_NUMBER", "n", ni), emo(rng)])]
    return build("positive", "sms/government: informal DOB (ordinal suffix, 2-digit year) and NI number in one reply", t)


def p_email_signature(rng):
    kind, ph = gen_phone(rng, rng.choice(["uk_mob", "intl_uk", "uk_land"]))
    em = gen_email(rng)
    addr = gen_address(rng)
    pc = gen_uk_postcode(rng)
    t = [("customer", [mess(rng, f"Hi,\nThe engineer didn't turn up on {rng.choice(['Monday', 'Tuesday', 'Friday'])} between 8-12 again. Please call me.\n\n--\n", 0.3),
                       f"{rng.choice(FIRST).title()} {rng.choice(LAST).title()}\n", L(addr, "ADDRESS", "a"), f"\n{rng.choice(UK_TOWNS).title()} ", L(pc, "POSTCODE", "pc", pc.replace(" ", "")),
                       "\nM: ", L(typed_phone(rng, kind, ph), "PHONE", "p", ph), " | E: ", L(em, "EMAIL", "em", em)])]
    return build("positive", "email/telecom: customer's signature block with address, postcode, phone, e-mail", t)


def p_dm_emoji_contact(rng):
    kind, ph = gen_phone(rng, rng.choice(["us", "ie_mob", "de", "intl_ie"]))
    em = gen_email(rng)
    t = [("customer", [mess(rng, "still no refund!! reach me here\n"), "📞", L(typed_phone(rng, kind, ph), "PHONE", "p", ph), "\n📧", L(em, "EMAIL", "em", em), " 😡"])]
    return build("positive", f"social dm/retail: phone ({kind}) and e-mail prefixed directly by emojis", t)


def p_chat_zip_us(rng):
    z = gen_zip(rng, rng.random() < 0.4)
    addr = gen_address(rng, us=True, flat=rng.random() < 0.4)
    t = [("agent", ["What's the billing ZIP code on the card?"]),
         ("customer", [L(z, "POSTCODE", "z", z.replace("-", "")), mess(rng, rng.choice([" i think", "", " (moved recently)"]))]),
         ("agent", ["And the street address?"]),
         ("customer", [L(addr, "ADDRESS", "a"), emo(rng)])]
    return build("positive", "web chat/retail-US: billing ZIP and street address", t)


def p_chat_iban_trailing(rng):
    ib = gen_iban(rng, rng.choice(["IE", "DE", "FR", "ES", "IT", "BE"]))
    amt = rng.randint(50, 900)
    t = [("customer", [mess(rng, f"Refund of €{amt} please to IBAN: "), L(ib if rng.random() < 0.5 else typed_iban(rng, ib), "IBAN", "i", ib), rng.choice([".", " .", "!", ""]),
                       mess(rng, f" booking {rng.randint(100000, 999999)}, {rng.randint(2, 5)} passengers")])]
    return build("positive", "email/travel-EU: IBAN with trailing punctuation; amount, booking, passenger count unlabelled", t)


def p_call_acct_triple(rng):
    ac = gen_acct(rng)
    i = rng.randint(1, 5)
    ac = ac[:i] + ac[i] * 3 + ac[i + 3:]
    ac = ac[:8]
    sc = gen_sort(rng)
    t = [("agent", ["which account is the refund going to"]),
         ("customer", ["the account number's ", L(say_digits(rng, ac), "BANK_ACCOUNT", "ac", ac), " and the sort code's ", L(say_digits(rng, sc, pairs=True), "SORT_CODE", "sc", sc)]),
         ("agent", ["lovely and that's a current account yeah"])]
    return build("positive", "call/retail: account number with a triple digit, then sort code in pairs", t)


def p_call_postcode_homo(rng):
    pc = gen_uk_postcode(rng)
    t = [("agent", ["and can you confirm the postcode please"]),
         ("customer", ["yeah it's ", L(say_alnum(rng, pc, "homo", zero="zero"), "POSTCODE", "pc", pc.replace(" ", "")), " that's the new one"])]
    return build("positive", "call/banking: postcode letters as ASR homophones (see/why/are/tee)", t)


def p_chat_card_interrupted(rng):
    num = gen_card(rng, rng.choice(["visa", "mc", "disc"]))
    g = group_card(num)
    k = rng.randint(1, len(g) - 1)
    t = [("agent", ["Ready when you are - card number please."]),
         ("customer", [L(" ".join(g[:k]), "CARD_NUMBER", "c", num)]),
         ("customer", [mess(rng, rng.choice(["hang on the dog is going mad", "sorry 2 secs, kids", "wait the app logged me out", "one sec"])), emo(rng)]),
         ("agent", ["No problem, take your time."]),
         ("customer", [mess(rng, rng.choice(["ok rest is ", "right ", "ok "])), L(rng.choice([" ", "-"]).join(g[k:]), "CARD_NUMBER", "c"),
                       mess(rng, f" and can you do it for the {rng.randint(3, 28)}th not today")])]
    return build("positive", "web chat/utilities: card split with unrelated chat and an agent message in between; payment day unlabelled", t)


def p_call_phone_chitchat(rng):
    kind, ph = gen_phone(rng, rng.choice(["uk_mob", "ie_mob"]))
    k = 5 if kind == "uk_mob" else 3
    t = [("agent", ["is the number we've got still the best one"]),
         ("customer", ["no i changed it last year it's ", L(say_digits(rng, ph[:k]), "PHONE", "p", ph), " hang on i never remember my own number ",
                       L(say_digits(rng, ph[k:], pairs=rng.random() < 0.5), "PHONE", "p"), " yeah that's it"]),
         ("agent", [f"perfect and you're still happy with the {num_words(rng.choice([15, 20, 25, 30]))} gig plan"])]
    return build("positive", "call/telecom: phone number interrupted by chit-chat inside one turn (two spans); plan size unlabelled", t)


POS_TYPED += [p_chat_card_interrupted, p_email_ssn_tax, p_chat_ssn_typo, p_chat_markdown_card, p_sms_dob_informal, p_email_signature,
              p_dm_emoji_contact, p_chat_zip_us, p_chat_iban_trailing]
POS_CALL += [p_call_phone_chitchat, p_call_acct_triple, p_call_postcode_homo]
POS_CALL += [p_call_ssn_readback]


# ---------------------------------------------------------------------------
# NEGATIVE templates
# ---------------------------------------------------------------------------
def n_chat_order(rng):
    on = rng.randint(1000000, 99999999)
    t = [("customer", [mess(rng, f"hi my order #{on} still hasnt arrived, paid £{rng.randint(10, 300)}.{rng.randint(0, 99):02d} on the {rng.randint(1, 28)}th"), emo(rng)]),
         ("agent", [f"Sorry about that! Order {on} shows {rng.randint(2, 6)} items, expected delivery {rng.randint(1, 28)}/{rng.randint(1, 12)} between 8am and 1pm."])]
    return neg(t, "web chat/retail: order number with its reference word, price, dates, times")


def n_sms_balance(rng):
    t = [("agent", [f"Your balance is £{rng.randint(1, 9)},{rng.randint(100, 999)}.{rng.randint(10, 99)}. Your next bill of £{rng.randint(20, 90)}.00 will be collected on {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026. Ref {rng.randint(100000, 9999999)}."]),
         ("customer", [mess(rng, f"why has it gone up {rng.randint(3, 15)}% since last year??"), emo(rng)])]
    return neg(t, "sms/utilities: balance, bill amount, collection date, reference, percentage")


def n_chat_flight(rng):
    fl = rng.choice(["BA", "EI", "FR", "LH", "AA", "UA"]) + str(rng.randint(100, 9999))
    t = [("customer", [mess(rng, f"my flight {fl} on {rng.randint(1, 28)} {rng.choice(MONTHS).title()} at {rng.randint(5, 22):02d}:{rng.choice(['05', '15', '45', '30'])} got cancelled, booking ref {rng.randint(100000, 9999999)}")]),
         ("agent", [f"I'm sorry. I can move you to {fl[:2]}{rng.randint(100, 999)} departing {rng.randint(6, 21)}:{rng.choice(['10', '40', '55'])}, seat {rng.randint(1, 40)}{rng.choice('ABCDEF')}, no extra charge (was €{rng.randint(80, 400)})."])]
    return neg(t, "web chat/travel: flight numbers, times, seat, booking reference, price")


def n_chat_meter(rng):
    t = [("customer", [mess(rng, f"meter reading for today: electric {rng.randint(10000, 99999)} and gas {rng.randint(1000, 9999)}.{rng.randint(0, 9)}"), emo(rng)]),
         ("agent", [f"Thanks, that's {rng.randint(200, 900)} kWh since your last reading on {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026. Your tariff is {rng.randint(20, 35)}.{rng.randint(10, 99)}p per kWh."])]
    return neg(t, "app chat/utilities: meter readings (5 digits), kWh, unit rate")


def n_chat_tech(rng):
    t = [("customer", [mess(rng, f"router model {rng.choice(['TP-AX1800', 'HH6', 'FRITZ!Box 7590', 'RAX50'])} keeps dropping, speed test says {rng.randint(2, 60)} Mbps but i pay for {rng.choice([100, 500, 900])}"), emo(rng)]),
         ("agent", [f"I've raised ticket INC{rng.randint(1000000, 9999999)} and an engineer can visit on {rng.choice(['Monday', 'Tuesday', 'Friday'])} between {rng.randint(8, 12)} and {rng.randint(1, 5)}."])]
    return neg(t, "social dm/telecom: model numbers, speeds, ticket number, time window")


def n_email_invoice(rng):
    t = [("customer", [mess(rng, f"Hello,\n\nInvoice {rng.randint(2024, 2026)}-{rng.randint(100000, 999999)} for €{rng.randint(100, 999)}.{rng.randint(10, 99)} was due on {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026 but our PO {rng.randint(4500000000, 4599999999)} only covers {rng.randint(10, 90)} units.\n\nRegards,\nAccounts Payable", 0.2)])]
    return neg(t, "email/retail-B2B: invoice number, amount, due date, 10-digit PO number, quantity")


def n_chat_appointment(rng):
    t = [("agent", [f"Your appointment is confirmed for {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2027 at {rng.randint(9, 16)}:{rng.choice(['00', '15', '30', '45'])} in room {rng.randint(100, 450)}."]),
         ("customer", [mess(rng, f"thanks, will it take more than {rng.choice([20, 30, 45, 90])} minutes? parking is £{rng.randint(2, 9)}.{rng.choice(['00', '50'])} an hour"), emo(rng)])]
    return neg(t, "web chat/healthcare billing: appointment date, time, room number, duration, parking price")


def n_chat_claim(rng):
    t = [("customer", [mess(rng, f"claim number {rng.randint(1000000000, 9999999999)} - the accident was on {rng.randint(1, 28)} {rng.choice(MONTHS).title()} 2026, repair quote £{rng.randint(1, 4)},{rng.randint(100, 999)} and my excess is £{rng.choice([100, 250, 500])}")]),
         ("agent", [f"Thanks. The car was doing about {rng.randint(20, 50)} mph? We'll pay {rng.randint(60, 90)}% within {rng.randint(5, 14)} working days."])]
    return neg(t, "web chat/insurance: 10-digit claim number with its word, incident date, amounts, speed, percentage")


def n_dm_complaint(rng):
    t = [("customer", [mess(rng, f"been on hold {rng.randint(30, 95)} mins, {rng.choice(['3rd', '4th', '5th'])} time this week. {rng.randint(2, 9)} engineers no fix. {rng.randint(12, 20)} years a customer!!"), emo(rng, 0.8)]),
         ("agent", [f"We're really sorry. Case {rng.randint(10000000, 99999999)} has been escalated; expect a call within {rng.choice([24, 48, 72])} hours."])]
    return neg(t, "social dm/telecom: durations, counts, years as customer, case number")


def n_chat_age_temp(rng):
    t = [("customer", [mess(rng, f"my dad is {rng.randint(70, 95)} and the boiler stopped, its {rng.randint(8, 15)} degrees in the house, the display shows error F{rng.randint(10, 99)}")]),
         ("agent", [f"I've marked him as priority. An engineer will arrive by {rng.randint(1, 6)}pm; the call-out is normally £{rng.randint(60, 120)} but is free for over-{rng.choice([65, 75])}s."])]
    return neg(t, "web chat/utilities: age, temperature, error code, time, amounts")


def n_chat_contract(rng):
    t = [("customer", [mess(rng, f"my contract started {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024, its {rng.choice([18, 24, 36])} months at £{rng.randint(10, 60)} a month for {rng.choice([5, 30, 100])}GB, how much to leave early?")]),
         ("agent", [f"You have {rng.randint(2, 17)} months left, so the early exit fee would be £{rng.randint(100, 900)}.{rng.randint(10, 99)}."])]
    return neg(t, "app chat/telecom: contract start date, term, data allowance, fee")


def n_chat_years_points(rng):
    t = [("customer", [mess(rng, f"ive been a member since {rng.randint(1990, 2015)} and have {rng.randint(1, 99)},{rng.randint(100, 999)} points, why did my tier drop in {rng.choice(MONTHS).title()}?")]),
         ("agent", [f"Tier status needs {rng.randint(2, 9)},000 points within 12 months; you earned {rng.randint(1000, 1999)} since {rng.randint(1, 28)}/{rng.randint(1, 12)}/2025."])]
    return neg(t, "web chat/travel loyalty: years, points, counts, date that is not a DOB")


def n_chat_transfer(rng):
    t = [("customer", [mess(rng, f"I sent ${rng.randint(1, 20)},{rng.randint(100, 999)}.00 yesterday at {rng.randint(1, 11)}:{rng.randint(10, 59)}pm, confirmation {rng.randint(100000000, 999999999)}, still pending")]),
         ("agent", [f"Transfers over ${rng.randint(5, 10)},000 are held for up to {rng.choice([24, 48])} hours. Your daily limit is ${rng.randint(10, 25)},000."])]
    return neg(t, "web chat/banking-US: transfer amount, time, 9-digit confirmation number with its word, limits")


def n_chat_package(rng):
    t = [("customer", [mess(rng, f"parcel weighs {rng.randint(1, 30)}.{rng.randint(0, 9)}kg, {rng.randint(20, 90)}x{rng.randint(20, 60)}x{rng.randint(10, 40)}cm, tracking no {rng.randint(1000000000, 9999999999)}"), emo(rng)]),
         ("agent", [f"Thanks - that's band {rng.randint(2, 5)}, £{rng.randint(5, 25)}.{rng.randint(10, 99)}, collection tomorrow {rng.randint(7, 11)}am-{rng.randint(1, 6)}pm."])]
    return neg(t, "web chat/retail: weights, dimensions, tracking number with its word, price, time window")


def n_call_amount(rng):
    t = [("agent", [f"so the total comes to {num_words(rng.randint(101, 999))} pounds and {num_words(rng.randint(10, 99))} pence"]),
         ("customer", [f"and how much is it per month after that"]),
         ("agent", [f"{num_words(rng.choice([n for n in range(12, 70) if n % 10]))} ninety nine a month for {num_words(rng.choice([12, 18, 24]))} months"])]
    return neg(t, "call/telecom: spoken amounts and terms")


def n_call_order(rng):
    on = str(rng.randint(1000000, 99999999))
    t = [("agent", ["have you got the order number there"]),
         ("customer", [f"yeah the order number is {say_digits(rng, on)}"]),
         ("agent", [f"okay order {say_digits(rng, on, doubles=False)} that was delivered on the {ORD[rng.randint(1, 28)]}"])]
    return neg(t, "call/retail: order number spoken digit by digit with its reference word and read back")


def n_call_times(rng):
    t = [("agent", [f"we can send someone between {num_words(rng.randint(7, 10))} and {num_words(rng.randint(11, 12))} on {rng.choice(['monday', 'thursday', 'saturday'])}"]),
         ("customer", [f"could it be after half past {num_words(rng.randint(1, 5))} i don't get back till {num_words(rng.randint(2, 6))} fifteen"]),
         ("agent", [f"i can do {num_words(rng.randint(1, 5))} thirty to {num_words(rng.randint(6, 8))} thirty"])]
    return neg(t, "call/utilities: appointment time windows spoken")


def n_call_appt_date(rng):
    t = [("agent", [f"i've booked you in for the {ORD[rng.randint(1, 28)]} of {rng.choice(MONTHS)} {say_year(rng, 2027)} at {num_words(rng.randint(9, 12))} o'clock"]),
         ("customer", [f"and the payment comes out on the {ORD[rng.randint(1, 28)]} yeah"]),
         ("agent", [f"that's right {num_words(rng.randint(20, 99))} pounds on the {ORD[rng.randint(1, 28)]} of each month"])]
    return neg(t, "call/healthcare billing: appointment and payment dates spoken (not birth dates)")


def n_call_meter(rng):
    r = str(rng.randint(10000, 99999))
    t = [("agent", ["can you read me the numbers on the meter from left to right"]),
         ("customer", [f"yeah it says {say_digits(rng, r)} and then a red {DW[rng.randint(0, 9)]}"]),
         ("agent", [f"okay so that's {say_digits(rng, r, doubles=False)} i'll put that in as today's reading"])]
    return neg(t, "call/utilities: meter reading spoken digit by digit")


def n_call_flight(rng):
    t = [("customer", [f"i'm on the {rng.choice(['e i', 'b a', 'f r'])} {say_digits(rng, str(rng.randint(100, 999)), doubles=False)} at {num_words(rng.randint(6, 11))} {num_words(rng.randint(10, 55))} from gate {num_words(rng.randint(2, 40))}"]),
         ("agent", [f"that one's delayed by about {num_words(rng.randint(20, 90))} minutes and the bag allowance is {num_words(rng.choice([20, 23]))} kilos"])]
    return neg(t, "call/travel: flight number, departure time, gate, delay, bag allowance")


def n_call_speed(rng):
    t = [("customer", [f"i'm only getting like {num_words(rng.randint(3, 40))} megs and i'm paying for {num_words(rng.choice([100, 500, 900]))}"]),
         ("agent", [f"i can see {num_words(rng.randint(2, 9))} devices connected and the line was down for {num_words(rng.randint(2, 11))} hours on {rng.choice(['tuesday', 'friday'])}"])]
    return neg(t, "call/telecom: speeds, counts, durations")


def n_call_age_years(rng):
    t = [("customer", [f"it's for my mum she's {num_words(rng.randint(70, 95))} and she's been with you since {say_year(rng, rng.randint(1985, 2009))}"]),
         ("agent", [f"oh lovely {num_words(rng.randint(15, 39))} years then and is she still on the {num_words(rng.choice([10, 20, 30]))} pound plan"])]
    return neg(t, "call/telecom: age, years, plan price spoken")


def n_call_claim_ref(rng):
    ref = str(rng.randint(100000, 9999999999))
    t = [("agent", ["do you have your claim reference"]),
         ("customer", [f"yes claim reference {say_digits(rng, ref)}"]),
         ("agent", [f"thank you and the excess on that policy is {num_words(rng.choice([100, 250, 500]))} pounds"])]
    return neg(t, "call/insurance: claim reference spoken with its word, excess amount")


def n_chat_app_version(rng):
    t = [("customer", [mess(rng, f"app v{rng.randint(3, 14)}.{rng.randint(0, 9)}.{rng.randint(0, 20)} crashes on iOS {rng.randint(15, 18)}.{rng.randint(0, 4)} when i open statements from {rng.choice(MONTHS).title()}, tried {rng.randint(2, 6)} times"), emo(rng)]),
         ("agent", [f"Thanks - build {rng.randint(2025, 2026)}{rng.randint(10, 12)}{rng.randint(10, 28)}.{rng.randint(1, 9)} fixes that; it's {rng.randint(80, 250)} MB and takes about {rng.randint(2, 10)} minutes."])]
    return neg(t, "app chat/banking: app/OS version numbers, build number, counts, sizes, durations")


def n_chat_hotel(rng):
    t = [("customer", [mess(rng, f"checking in {rng.randint(1, 28)}/{rng.randint(1, 12)} for {rng.randint(2, 7)} nights, room {rng.randint(101, 1450)} was €{rng.randint(90, 260)}/night, confirmation number {rng.randint(10000000, 99999999)}")]),
         ("agent", [f"Check-in is from 15:00 and breakfast is €{rng.randint(12, 25)} per person; late checkout until 13:00 is €{rng.choice([20, 30, 40])}."])]
    return neg(t, "web chat/travel-EU: stay dates, nights, room number, nightly price, confirmation number with its word, times")


def n_call_loan(rng):
    t = [("customer", [f"i'm looking to borrow about {num_words(rng.randint(5, 25))} thousand over {num_words(rng.choice([36, 48, 60]))} months"]),
         ("agent", [f"okay the rate for that would be {DW[rng.randint(3, 9)]} point {DW[rng.randint(1, 9)]} percent apr so about {num_words(rng.randint(150, 499))} pounds a month"])]
    return neg(t, "call/banking: loan amount, term, APR, monthly payment spoken")


def n_call_prescription(rng):
    t = [("customer", [f"it's the {num_words(rng.choice([250, 500]))} milligram ones twice a day and i've got {num_words(rng.randint(3, 14))} left"]),
         ("agent", [f"okay the repeat was issued on the {ORD[rng.randint(1, 28)]} for {num_words(rng.choice([28, 56, 84]))} tablets and the charge is {num_words(rng.randint(9, 10))} pounds ninety"])]
    return neg(t, "call/healthcare billing: dosage, counts, issue date, prescription charge spoken")


NEG_TYPED = [n_chat_app_version, n_chat_hotel, n_chat_order, n_sms_balance, n_chat_flight, n_chat_meter, n_chat_tech, n_email_invoice,
             n_chat_appointment, n_chat_claim, n_dm_complaint, n_chat_age_temp, n_chat_contract,
             n_chat_years_points, n_chat_transfer, n_chat_package]
NEG_CALL = [n_call_loan, n_call_prescription, n_call_amount, n_call_order, n_call_times, n_call_appt_date, n_call_meter, n_call_flight,
            n_call_speed, n_call_age_years, n_call_claim_ref]


def neg(turns, note):
    return build("negative", note, turns)


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
N_TYPED_ROUNDS, N_CALL_ROUNDS = 6, 3
NEG_TYPED_ROUNDS, NEG_CALL_ROUNDS = 6, 4


def generate():
    rng = random.Random(SEED)
    pos, negs = [], []
    plan = [f for _ in range(N_TYPED_ROUNDS) for f in POS_TYPED] + [f for _ in range(N_CALL_ROUNDS) for f in POS_CALL]
    rng.shuffle(plan)
    for f in plan:
        pos.append(f(rng))
    nplan = [f for _ in range(NEG_TYPED_ROUNDS) for f in NEG_TYPED] + [f for _ in range(NEG_CALL_ROUNDS) for f in NEG_CALL]
    rng.shuffle(nplan)
    for f in nplan:
        negs.append(f(rng))
    out = []
    for i, (c, g) in enumerate(pos, 1):
        c["id"] = f"{PREFIX}-pos-{i:03d}"
        out.append((c, g))
    for i, (c, g) in enumerate(negs, 1):
        c["id"] = f"{PREFIX}-neg-{i:03d}"
        out.append((c, g))
    return out


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c, _ in cases)


def type_counts(cases):
    cnt = Counter()
    for c, _ in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme_text(cases):
    cnt = type_counts(cases)
    npos = sum(1 for c, _ in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    typed = sum(1 for c, _ in cases if not c["note"].startswith("call/"))
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# pii_holdout131 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not add its cases to training/dev fixtures, do
not adjust patterns until these cases pass, and do not look at individual failures
while changing the redactor.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did **not**
see the redaction code, its tests, its documentation or other evaluation sets;
the only existing data consulted was a three-line example of the JSONL format.
Cases are generated by `scripts/make_pii_holdout131.py` (standard library only)
from template functions. Every turn is assembled from plain-text segments and
labelled `(value, TYPE)` segments, so span offsets are computed, never typed by
hand. All values come from one `random.Random({SEED})`; the output is
byte-for-byte reproducible. `python scripts/make_pii_holdout131.py --check`
regenerates the set and verifies it is identical, that ids are unique, offsets
are in range and on word boundaries, spans do not overlap, negatives have no
spans, and that every labelled value is valid after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort
codes, digit counts for CVV/phone/account, UK postcode / US ZIP shapes, dates
containing their day/month/year).

Emphasis: about two thirds typed channels (web chat, SMS, e-mail bodies, social
DMs, WhatsApp/app chat) with messy typing - values split over several messages
(on and off group boundaries), typos and case changes in the surrounding words,
odd separators (dots, slashes, en-dashes, underscores, tabs, newlines,
no-break and zero-width spaces), emojis, "Sent from my iPhone" footers. The rest
are phone calls as an ASR transcript would write them: lower case, numbers as
words ("oh"/"o"/"nought"/"zero", "double"/"triple", pairs like "forty one"),
homophones ("to", "for", "ate" for digits; "see", "why", "are" for letters),
letters as "b for bravo" or NATO words, e-mails with "at"/"dot"/"underscore",
values split over turns with agent back-channels, self-corrections, and agent
read-backs.

## Annotation conventions

* A span covers the value itself only: from its first to its last character /
  spoken token. Lead-ins ("it's", "my card is", "sort code") are outside.
* A value split over several turns gets one span per turn (each span covers
  that turn's piece only); a separator character that ends a turn after the
  last digit (e.g. a trailing "-") is outside the span.
* Hesitation fillers ("um", "uh") *between* pieces of a value in the same turn
  are inside the span. A self-correction ("... two no sorry three ...") inside a
  reading is wholly inside the span.
* Agent read-backs of a value are labelled as well (separate span).
* CARD_NUMBER: the full PAN (13-19 digits, Luhn-valid); EXPIRY: the month/year
  expression only; CVV: the 3/4-digit code.
* NI_NUMBER covers prefix letters, digits and suffix letter including spoken
  "x for xray" spellings. IBAN covers the whole IBAN; when an e-mail also lists
  the sort code and account separately those are labelled SORT_CODE /
  BANK_ACCOUNT.
* ADDRESS: flat/apartment number (when present) + house number + street name +
  street suffix. Town/city is *not* labelled; the postcode/ZIP is a separate
  POSTCODE span.
* DOB: the date expression ("the fourteenth of march nineteen eighty six",
  "14/03/1986"), without "born"/"dob".
* EMAIL: the address including spoken "at"/"dot" words or "(at)" obfuscation.
* Unlabelled non-PII lookalikes appear in positives too (amounts, order/claim
  references, times, other dates, years); negatives contain only such things
  and must have nothing redacted.

## Counts

{npos} positive cases, {nneg} negative cases ({typed} typed-channel cases, {len(cases) - typed} calls).

| type | spans |
|---|---|
{rows}
"""


MINIMUMS = {t: 12 for t in TYPES}
MINIMUMS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})


def check(cases):
    errs = []
    data = serialise(cases)
    if not OUT_FILE.exists() or OUT_FILE.read_text(encoding="utf-8") != data:
        errs.append("cases.jsonl differs from regenerated output (run without --check)")
    if not README.exists() or README.read_text(encoding="utf-8") != readme_text(cases):
        errs.append("README.md differs from regenerated output")
    # re-read the file as written and check it
    file_cases = [json.loads(l) for l in data.splitlines()]
    ids = [c["id"] for c in file_cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for (orig, groups), c in zip(cases, file_cases):
        cid = c["id"]
        if c["kind"] not in ("positive", "negative"):
            errs.append(f"{cid}: bad kind")
        if c["kind"] == "negative" and c["spans"]:
            errs.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(f"{cid}: positive without spans")
        if not c["note"]:
            errs.append(f"{cid}: empty note")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append(f"{cid}: bad turn")
        seen = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{cid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(f"{cid}: turn out of range")
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(f"{cid}: offsets out of range")
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append(f"{cid}: span not on word boundary {txt[max(0, a - 3):b + 3]!r}")
            if txt[a:b] != txt[a:b].strip():
                errs.append(f"{cid}: span has outer whitespace")
            for (oa, ob) in seen.get(s["turn"], []):
                if a < ob and oa < b:
                    errs.append(f"{cid}: overlapping spans")
            seen.setdefault(s["turn"], []).append((a, b))
        for gname, g in groups.items():
            texts = []
            for k in g["spans"]:
                s = c["spans"][k]
                texts.append(c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
            e = validate_group(g["type"], texts, g["canon"])
            if e:
                errs.append(f"{cid}: {e}")
    cnt = type_counts(cases)
    for t, mn in MINIMUMS.items():
        if cnt[t] < mn:
            errs.append(f"type {t}: {cnt[t]} spans < {mn}")
    npos = sum(1 for c in file_cases if c["kind"] == "positive")
    nneg = len(file_cases) - npos
    if npos < 170 or nneg < 100:
        errs.append(f"too few cases: {npos} positive / {nneg} negative")
    print(f"{len(file_cases)} cases: {npos} positive, {nneg} negative")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    return errs


def main(argv):
    cases = generate()
    if "--check" in argv:
        errs = check(cases)
        for e in errs:
            print("ERROR:", e)
        print("check FAILED" if errs else "check OK")
        return 1 if errs else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    OUT_FILE.write_text(serialise(cases), encoding="utf-8")
    README.write_text(readme_text(cases), encoding="utf-8")
    print(f"wrote {OUT_FILE} ({len(cases)} cases) and {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

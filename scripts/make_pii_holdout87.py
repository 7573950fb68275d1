#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout87``.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only; output is byte-for-byte reproducible
(one ``random.Random(87291123)``).

    python scripts/make_pii_holdout87.py          # write fixture + README
    python scripts/make_pii_holdout87.py --check  # regenerate, verify, summarise

Never use this set for tuning.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 87291123
ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout87"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
       13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
       17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       30: "thirtieth"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo",
        "L": "lima", "M": "mike", "N": "november", "P": "papa", "R": "romeo",
        "S": "sierra", "T": "tango", "W": "whiskey", "X": "x-ray", "Y": "yankee",
        "Z": "zulu", "I": "india", "U": "uniform", "Q": "quebec", "V": "victor"}
WORDY = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward",
         "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother",
         "N": "nancy", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy",
         "W": "william", "X": "x-ray", "Y": "yellow", "Z": "zebra", "G": "george",
         "F": "freddie", "I": "india", "U": "uncle", "V": "victor", "Q": "queen"}
LETTER_NAMES = {"A": "a", "B": "bee", "C": "see", "D": "dee", "E": "e", "G": "gee",
                "H": "aitch", "J": "jay", "K": "kay", "L": "el", "M": "em", "N": "en",
                "P": "pee", "R": "are", "S": "ess", "T": "tee", "W": "w", "X": "ex",
                "Y": "why", "Z": "zed"}


def num99(n: int) -> str:
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else f"{TENS[t]} {DW[u]}"


def ordinal(n: int) -> str:
    if n in ORD:
        return ORD[n]
    t, u = divmod(n, 10)
    return f"{TENS[t]} {ORD[u]}"


def zero_word(style: str) -> str:
    return {"zero": "zero", "oh": "oh", "o": "o", "nought": "nought"}[style]


def say_digits(ds: str, zero: str = "oh", doubles: bool = False, homo: bool = False) -> str:
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while doubles and i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        w = zero_word(zero) if d == "0" else DW[int(d)]
        if homo and d == "2" and out and R.random() < 0.5:
            w = "to"
        if homo and d == "4" and out and R.random() < 0.4:
            w = "for"
        if run == 3:
            out.append(f"triple {w}")
        elif run == 2:
            out.append(f"double {w}")
        else:
            out.append(w)
        i += run
    return " ".join(out)


def say_pairs(ds: str, zero: str = "oh") -> str:
    """Read a digit string in pairs ("forty one eleven"); odd tail read singly."""
    out = []
    if len(ds) % 2:  # odd length: lead digit singly, then pairs ("six oh five")
        out.append(say_digits(ds[0], zero))
        ds = ds[1:]
    for i in range(0, len(ds) - 1, 2):
        p = ds[i:i + 2]
        if p[0] == "0":
            out.append(f"{zero_word(zero)} {DW[int(p[1])] if p[1] != '0' else zero_word(zero)}")
        else:
            out.append(num99(int(p)))
    if len(ds) % 2:
        out.append(say_digits(ds[-1], zero))
    return " ".join(out)


def say_year(y: int) -> str:
    if 2000 <= y < 2010:
        return R.choice([f"two thousand and {DW[y - 2000]}", f"two thousand {DW[y - 2000]}"])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return f"{num99(hi)} hundred"
    if lo < 10:
        return f"{num99(hi)} oh {DW[lo]}"
    return f"{num99(hi)} {num99(lo)}"


def say_int(n: int) -> str:
    if n < 100:
        return num99(n)
    h, r = divmod(n, 100)
    if r == 0:
        return f"{DW[h]} hundred"
    return f"{DW[h]} hundred and {num99(r)}"


# ------------------------------------------------------------- value makers
def luhn_ok(ds: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def make_card(kind: str | None = None) -> str:
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        body, n = "4" + "".join(R.choice("0123456789") for _ in range(5)), 16
    elif kind == "visa19":
        body, n = "4" + "".join(R.choice("0123456789") for _ in range(5)), 19
    elif kind == "mc":
        body, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        body, n = R.choice(["34", "37"]), 15
    else:
        body, n = "6011", 16
    while len(body) < n - 1:
        body += R.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def make_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
BAD_NI_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni() -> str:
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in BAD_NI_PREFIX:
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def digits(n: int, first_nonzero: bool = False) -> str:
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_check(country: str, bban: str) -> str:
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(country: str | None = None) -> str:
    country = country or R.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif country == "IE":
        bban = R.choice(["AIBK", "IPBS", "ULSB"]) + digits(6) + digits(8)
    elif country == "DE":
        bban = digits(18)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "SNSB", "KNAB"]) + digits(10)
    elif country == "FR":
        bban = digits(10) + digits(11) + digits(2)
    else:
        bban = digits(20)
    return country + iban_check(country, bban) + bban


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "G", "EH", "CF", "BS",
            "L", "NE", "S", "CB", "RG", "BT", "KT", "TW", "CR"]
PC_TAIL = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_postcode() -> str:
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 28 if len(a) == 1 else 19))
    if R.random() < 0.12 and len(a) == 2 and len(d) == 1:
        d += R.choice("ABEHMNPRVWXY")
    return f"{a}{d} {R.randint(1, 9)}{R.choice(PC_TAIL)}{R.choice(PC_TAIL)}"


def make_zip(plus4: bool = False) -> str:
    z = f"{R.randint(1001, 99950):05d}"
    return z + "-" + digits(4) if plus4 else z


UK_PC_RE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")


# ---------------------------------------------------------------- renderers
def card_groups(c: str) -> list[str]:
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def card_chat(c: str) -> str:
    g = card_groups(c)
    st = R.choice(["space", "dash", "none", "space", "dot", "mixed"])
    if st == "space":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "dot":
        return ".".join(g)
    if st == "mixed":
        return g[0] + " " + "".join(g[1:3]) + " " + " ".join(g[3:]) if len(g) > 3 else " ".join(g)
    return c


def spoken(ds: str, style: str | None = None, zero: str | None = None) -> str:
    style = style or R.choice(["digits", "digits", "doubles", "pairs", "homo"])
    zero = zero or R.choice(["oh", "zero", "o", "oh", "nought"])
    if style == "pairs":
        return say_pairs(ds, zero)
    if style == "doubles":
        return say_digits(ds, zero, doubles=True)
    if style == "homo":
        return say_digits(ds, zero, doubles=R.random() < 0.5, homo=True)
    return say_digits(ds, zero)


def spell_letter(ch: str, style: str) -> str:
    if style == "nato":
        return f"{ch.lower()} for {NATO.get(ch, WORDY.get(ch, ch.lower()))}"
    if style == "wordy":
        return f"{ch.lower()} for {WORDY.get(ch, NATO.get(ch, ch.lower()))}"
    if style == "names":
        return LETTER_NAMES.get(ch, ch.lower())
    return ch.lower()


def spell_alnum(s: str, letter_style: str = "plain", zero: str = "oh", digit_style: str = "digits") -> str:
    out = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
            continue
        if buf:
            out.append(spoken(buf, digit_style, zero))
            buf = ""
        if ch.isalpha():
            out.append(spell_letter(ch, letter_style))
    if buf:
        out.append(spoken(buf, digit_style, zero))
    return " ".join(out)


# ---------------------------------------------------------------- normaliser
WORDNUM = {w: i for i, w in enumerate(DW)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0, "naught": 0})
TEENNUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENNUM = {w: i * 10 for i, w in enumerate(TENS) if w}
ORDNUM = {v: k for k, v in ORD.items()}
MONNUM = {m: i + 1 for i, m in enumerate(MONTHS)}
MONNUM.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
MONNUM["sept"] = 9
LETTERNUM = {v: k for k, v in LETTER_NAMES.items() if len(v) > 1}
HOMO = {"to": 2, "too": 2, "for": 4, "ate": 8}


def normalise(text: str, letters: bool = True) -> str:
    """Turn a (spoken or typed) value into its canonical upper-case alnum form."""
    if re.search(r"\d", text):  # typed value: keep alnum, map month names
        out = []
        for t in re.split(r"[^0-9A-Za-z]+", text):
            if not t:
                continue
            if t.lower() in MONNUM:
                out.append(f"{MONNUM[t.lower()]:02d}")
            elif re.fullmatch(r"\d+(st|nd|rd|th)", t.lower()):
                out.append(re.sub(r"\D", "", t))
            else:
                out.append(t.upper())
        return "".join(out)
    toks = [t for t in re.split(r"[\s,;/.\-()+:]+", text.lower()) if t]
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in ("double", "triple") and nxt:
            k = 2 if t == "double" else 3
            sub = normalise(nxt, letters)
            out.append(sub * k)
            i += 2
            continue
        if t in TENNUM:
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero"):
                out.append(str(TENNUM[t] + WORDNUM[nxt]))
                i += 2
                continue
            if nxt in ORDNUM and ORDNUM[nxt] < 10:
                out.append(str(TENNUM[t] + ORDNUM[nxt]))
                i += 2
                continue
            out.append(str(TENNUM[t]))
            i += 1
            continue
        if t in TEENNUM:
            out.append(str(TEENNUM[t]))
            i += 1
            continue
        if t in ORDNUM:
            out.append(f"{ORDNUM[t]:02d}")
            i += 1
            continue
        if t in MONNUM:
            out.append(f"{MONNUM[t]:02d}")
            i += 1
            continue
        if t == "thousand" and out:
            lead = out.pop()
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            rest = normalise(" ".join(toks[j:j + 2]), letters) if j < len(toks) else ""
            if rest and len(rest) <= 2 and rest.isdigit():
                # "two thousand and one" / "two thousand twenty seven"
                consumed = 1 if (toks[j] in WORDNUM or toks[j] in TEENNUM or (toks[j] in TENNUM and (j + 1 >= len(toks) or toks[j + 1] not in WORDNUM))) else 2
                rest = normalise(" ".join(toks[j:j + consumed]), letters)
                out.append(f"{int(lead) * 1000 + int(rest)}")
                i = j + consumed
                continue
            out.append(lead + "000")
            i += 1
            continue
        if t == "hundred" and out:
            lead = out.pop()
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and (toks[j] in TENNUM or toks[j] in TEENNUM or toks[j] in WORDNUM):
                consumed = 2 if (toks[j] in TENNUM and j + 1 < len(toks) and toks[j + 1] in WORDNUM) else 1
                rest = normalise(" ".join(toks[j:j + consumed]), letters)
                out.append(f"{int(lead) * 100 + int(rest)}")
                i = j + consumed
                continue
            out.append(lead + "00")
            i += 1
            continue
        if t in WORDNUM:
            out.append(str(WORDNUM[t]))
            i += 1
            continue
        if t in HOMO and out and not (letters and len(out[-1]) == 1 and out[-1].isalpha()):
            out.append(str(HOMO[t]))
            i += 1
            continue
        if letters and len(t) == 1 and t.isalpha():
            out.append(t.upper())
            if nxt == "for" and i + 2 < len(toks):
                i += 3
            else:
                i += 1
            continue
        if letters and t in LETTERNUM:
            out.append(LETTERNUM[t])
            i += 1
            continue
        m = re.fullmatch(r"(\d+)(st|nd|rd|th)", t)
        if m:
            out.append(m.group(1))
            i += 1
            continue
        if re.fullmatch(r"[0-9a-z]+", t) and any(c.isdigit() for c in t):
            out.append(t.upper())
            i += 1
            continue
        i += 1  # filler / connective words are ignored
    return "".join(out)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, channel: str, industry: str, country: str):
        self.channel = channel
        self.industry = industry
        self.country = country
        self.turns: list[list] = []
        self.ents: dict[int, tuple] = {}
        self.tests: list[str] = []

    @property
    def call(self) -> bool:
        return self.channel == "call"

    def ent(self, typ: str, canon, mode: str = "strict") -> int:
        eid = len(self.ents)
        self.ents[eid] = (typ, canon, mode)
        return eid

    def a(self, *segs):
        self.turns.append(["agent", list(segs)])

    def c(self, *segs):
        self.turns.append(["customer", list(segs)])

    def t(self, who: str, *segs):
        self.turns.append([who, list(segs)])

    def render(self):
        turns, spans, meta = [], [], []
        for ti, (who, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, eid = s
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": self.ents[eid][0]})
                    meta.append(eid)
                else:
                    text += s
            turns.append({"speaker": who, "text": text})
        return turns, spans, meta


def V(case: Case, typ: str, canon, text: str, mode: str = "strict"):
    return (text, case.ent(typ, canon, mode))


def P(text: str, eid: int):
    return (text, eid)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def chatify(s: str) -> str:
    """Make a chat line look typed: random capitalisation / punctuation."""
    r = R.random()
    if r < 0.3:
        return s.lower()
    return cap(s)


# ------------------------------------------------------------ people / places
FIRST = ["sarah", "david", "priya", "liam", "aoife", "marcus", "helen", "tomasz", "grace",
         "oliver", "niamh", "kevin", "fatima", "jessica", "raymond", "chloe", "samuel", "maria",
         "declan", "yusuf", "brenda", "connor", "emily", "gareth", "lucy", "jamal", "sinead"]
LAST = ["walsh", "patel", "okafor", "murphy", "hughes", "kowalski", "brennan", "thompson",
        "nguyen", "garcia", "obrien", "fitzgerald", "campbell", "reyes", "henderson", "shah",
        "doyle", "morgan", "baxter", "kaur", "lindqvist", "mcallister", "robinson"]
UK_STREETS = ["elm grove", "station road", "church lane", "victoria street", "mill close",
              "kingsway", "park avenue", "hawthorn drive", "queens road", "the crescent",
              "albert terrace", "orchard way", "high street", "meadow view", "beech court"]
US_STREETS = ["maple avenue", "oak street", "sunset boulevard", "pine ridge road", "main street",
              "lakeview drive", "washington avenue", "cedar lane", "elmwood court",
              "north broadway", "hillcrest road", "river road", "magnolia way"]
IE_STREETS = ["clontarf road", "griffith avenue", "main street", "the green", "seafield park",
              "ballymun road", "college road", "castle street"]
EU_STREETS = ["hauptstrasse", "keizersgracht", "rue de la paix", "calle mayor", "lindenweg"]
UK_TOWNS = ["leeds", "bristol", "manchester", "croydon", "glasgow", "cardiff", "reading",
            "sheffield", "belfast", "kingston"]
US_TOWNS = ["columbus", "phoenix", "tampa", "sacramento", "denver", "albany", "austin",
            "raleigh", "spokane", "madison"]
US_STATES = ["ohio", "arizona", "florida", "california", "colorado", "new york", "texas",
             "north carolina", "washington", "wisconsin"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "protonmail.com", "live.ie", "web.de", "sky.com"]


def person():
    return R.choice(FIRST), R.choice(LAST)


def make_email(fn: str, ln: str) -> tuple[str, str]:
    dom = R.choice(DOMAINS)
    st = R.randint(0, 5)
    if st == 0:
        user = f"{fn}.{ln}"
    elif st == 1:
        user = f"{fn[0]}{ln}{R.randint(1, 99)}"
    elif st == 2:
        user = f"{fn}_{ln}"
    elif st == 3:
        user = f"{ln}.{fn[0]}"
    elif st == 4:
        user = f"{fn}{R.randint(1960, 2004)}"
    else:
        user = f"{fn[0]}.{ln}"
    return user, dom


def email_spoken(user: str, dom: str) -> str:
    def part(p: str) -> str:
        bits = []
        for chunk in re.split(r"([._])", p):
            if chunk == ".":
                bits.append("dot")
            elif chunk == "_":
                bits.append("underscore")
            elif chunk.isdigit():
                n = int(chunk)
                bits.append(say_year(n) if len(chunk) == 4 else (num99(n) if n < 100 else say_digits(chunk)))
            elif chunk:
                m = re.match(r"([a-z]+)(\d*)$", chunk)
                word, num = m.group(1), m.group(2)
                if len(word) == 1:
                    bits.append(word)
                else:
                    bits.append(word)
                if num:
                    bits.append(num99(int(num)) if int(num) < 100 else say_digits(num))
        return " ".join(bits)
    d = dom.replace(".", " dot ")
    return f"{part(user)} at {d}"


# --------------------------------------------------------- PII blocks (calls)
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "right", "uh huh", "yeah", "got that", "mm hm"]


def split_groups(s: str, k: int) -> list[str]:
    """Split string s into k roughly equal contiguous chunks."""
    n = len(s)
    cuts = sorted(R.sample(range(2, n - 1), k - 1)) if k > 1 else []
    parts, prev = [], 0
    for c in cuts + [n]:
        parts.append(s[prev:c])
        prev = c
    return [p for p in parts if p]


def blk_card(cs: Case, readback: bool = False):
    card = make_card()
    if not cs.call:
        txt = card_chat(card)
        eid = cs.ent("CARD_NUMBER", card)
        lead = R.choice(["card number is ", "its ", "ok the card is ", "long number: ", "", "card no. "])
        cs.a(R.choice(["Could you type the long card number please?", "Please enter the 16 digit card number here (it's a secure chat).",
                       "What card would you like to use?"]))
        cs.c(chatify(lead), P(txt, eid), R.choice(["", " thanks", ". expiry to follow", " - its my debit card", " ok?"]))
        cs.tests.append("card typed")
        return card
    groups = card_groups(card)
    eid = cs.ent("CARD_NUMBER", card)
    mode = R.choice(["one", "split", "split", "filler", "pairs"])
    cs.a(R.choice(["okay and the long number across the front of the card when you're ready",
                   "go ahead with the card number please", "can i take the sixteen digit number on the card",
                   "and what's the card number"]))
    zero = R.choice(["oh", "zero", "o", "nought"])
    if mode == "one":
        txt = " ".join(spoken(g, R.choice(["digits", "doubles", "homo"]), zero) for g in groups)
        cs.c(R.choice(["yeah it's ", "right it's ", "okay so ", "", "yep "]), P(txt, eid))
        cs.tests.append("card in one turn")
    elif mode == "pairs":
        txt = " ".join(say_pairs(g, zero) for g in groups)
        cs.c(R.choice(["it's ", "okay ", "so that's "]), P(txt, eid))
        cs.tests.append("card read in pairs")
    elif mode == "filler":
        half = len(groups) // 2
        a_ = " ".join(spoken(g, "digits", zero) for g in groups[:half])
        b_ = " ".join(spoken(g, "digits", zero) for g in groups[half:])
        cs.c("yep ", P(a_, eid), R.choice([" um hang on the light's bad ", " uh sorry ", " erm let me just turn it ", " er "]), P(b_, eid))
        cs.tests.append("card with filler mid-reading")
    else:
        for gi, g in enumerate(groups):
            pre = R.choice(["", "", "it's ", "okay ", "then "]) if gi else R.choice(["right ", "okay ", "so ", ""])
            cs.c(pre, P(spoken(g, R.choice(["digits", "doubles"]), zero), eid))
            if gi < len(groups) - 1:
                cs.a(R.choice(BACK))
        cs.tests.append("card split over turns")
    if readback:
        cs.a("let me read that back ", V(cs, "CARD_NUMBER", card, " ".join(say_digits(g, "zero") for g in groups)), " is that right")
        cs.c(R.choice(["yes that's right", "yep that's it", "that's correct"]))
        cs.tests.append("agent readback")
    return card


def blk_expiry_cvv(cs: Case, amex: bool = False, want_exp=True, want_cvv=True):
    m, y = R.randint(1, 12), R.randint(26, 32)
    cvv = digits(4 if amex else 3)
    if not cs.call:
        if want_exp:
            fmt = R.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m} {y}", f"{MONTHS[m-1][:3]} {y}"])
            cs.a("And the expiry date?")
            cs.c(chatify(R.choice(["exp ", "expires ", "", "expiry "])), V(cs, "EXPIRY", (m, y), fmt))
        if want_cvv:
            cs.a("Thanks. Finally the 3 digit security code on the back please")
            cs.c(chatify(R.choice(["cvv ", "its ", "", "security code "])), V(cs, "CVV", cvv, cvv))
        cs.tests.append("expiry/cvv typed")
        return
    if want_exp:
        cs.a(R.choice(["and the expiry date", "what's the expiry on the card", "and when does it expire"]))
        st = R.randint(0, 3)
        if st == 0:
            txt = f"{say_digits(f'{m:02d}', R.choice(['oh', 'zero']))} {num99(y)}"
        elif st == 1:
            txt = f"{MONTHS[m-1]} twenty {num99(y)}" if R.random() < 0.5 else f"{MONTHS[m-1]} {num99(y)}"
            txt = f"{MONTHS[m-1]} {num99(y)}"
        elif st == 2:
            txt = f"{num99(m)} {num99(y)}"
        else:
            txt = f"{MONTHS[m-1]} two thousand and {num99(y)}"
        cs.c(R.choice(["it's ", "expires ", "um ", ""]), V(cs, "EXPIRY", (m, y), txt))
    if want_cvv:
        cs.a(R.choice(["and the three digit code on the back", "last thing the security code on the back of the card",
                       "and the cvv please"]))
        st = R.randint(0, 2)
        if st == 0:
            txt = spoken(cvv, "digits")
        elif st == 1 and not amex and cvv[0] != "0":
            txt = say_int(int(cvv))
        else:
            txt = spoken(cvv, "doubles")
        cs.c(R.choice(["", "it's ", "that's ", "okay "]), V(cs, "CVV", cvv, txt))
    cs.tests.append("expiry/cvv spoken")


def blk_ssn(cs: Case):
    ssn = make_ssn()
    if not cs.call:
        fmt = R.choice([f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}", ssn,
                        f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}"])
        cs.a(R.choice(["To verify, can you provide your Social Security number?", "I'll need the SSN on the account please",
                       "Please confirm your social security number."]))
        cs.c(chatify(R.choice(["sure its ", "ssn ", "", "ok - ", "my social is "])), V(cs, "SSN", ssn, fmt))
        cs.tests.append("ssn typed")
        return ssn
    eid = cs.ent("SSN", ssn)
    cs.a(R.choice(["and can i get your social security number", "i'll need to verify your social please",
                   "for security can you give me your full social"]))
    mode = R.randint(0, 3)
    zero = R.choice(["oh", "zero", "o"])
    if mode == 0:
        cs.c(R.choice(["yeah it's ", "sure ", "okay ", ""]), P(spoken(ssn, R.choice(["digits", "doubles"]), zero), eid))
    elif mode == 1:
        cs.c("okay ", P(spoken(ssn[:3], "digits", zero), eid))
        cs.a(R.choice(BACK))
        cs.c(P(spoken(ssn[3:5], "digits", zero), eid))
        cs.a(R.choice(BACK))
        cs.c(P(spoken(ssn[5:], R.choice(["digits", "pairs"]), zero), eid))
        cs.tests.append("ssn split 3-2-4 over turns")
    elif mode == 2:
        cs.c("it's ", P(spoken(ssn[:3], "digits", zero) + " " + say_pairs(ssn[3:5], zero) + " " + say_pairs(ssn[5:], zero), eid))
        cs.tests.append("ssn grouped with pairs")
    else:
        cs.c("hang on let me grab my card ", R.choice(["okay ", "right "]), P(spoken(ssn[:5], "digits", zero), eid),
             " uh ", P(spoken(ssn[5:], "digits", zero), eid))
        cs.tests.append("ssn with filler")
    if R.random() < 0.35:
        cs.a("and just the last four again sorry")
        cs.c(P(spoken(ssn[5:], "digits", zero), cs.ent("SSN", ssn[5:], "partial")))
        cs.tests.append("ssn last four repeated")
    return ssn


def blk_ni(cs: Case):
    ni = make_ni()
    if not cs.call:
        fmt = R.choice([f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni, ni.lower(),
                        f"{ni[:2]}{ni[2:8]} {ni[8]}", f"{ni[:2]} {ni[2:8]} {ni[8]}"])
        cs.a(R.choice(["Can you confirm your National Insurance number please?", "What's your NI number?",
                       "For the claim I need your national insurance no."]))
        cs.c(chatify(R.choice(["it's ", "NI: ", "", "sure ", "ni number is "])), V(cs, "NI_NUMBER", ni, fmt))
        cs.tests.append("ni typed")
        return ni
    eid = cs.ent("NI_NUMBER", ni)
    cs.a(R.choice(["can you give me your national insurance number", "and your national insurance number please",
                   "i just need your n i number to find the record"]))
    ls = R.choice(["plain", "nato", "names", "wordy", "plain"])
    zero = R.choice(["oh", "zero", "nought"])
    mode = R.randint(0, 2)
    letters = f"{spell_letter(ni[0], ls)} {spell_letter(ni[1], ls)}"
    nums = spoken(ni[2:8], R.choice(["digits", "pairs", "doubles"]), zero)
    suf = spell_letter(ni[8], ls)
    if mode == 0:
        cs.c(R.choice(["yeah it's ", "it's ", "okay ", ""]), P(f"{letters} {nums} {suf}", eid))
    elif mode == 1:
        cs.c(R.choice(["right ", "okay it's "]), P(letters, eid))
        cs.a(R.choice(BACK))
        cs.c(P(nums, eid))
        cs.a(R.choice(["and the letter at the end", "and the last letter", "mhm"]))
        cs.c(R.choice(["", "it's ", "that's "]), P(suf, eid))
        cs.tests.append("ni split over turns")
    else:
        cs.c("it's ", P(letters, eid), " then ", P(nums, eid), " and then ", P(suf, eid), " at the end")
        cs.tests.append("ni with connectives")
    cs.tests.append(f"ni letters {ls}")
    return ni


def blk_bank(cs: Case, uk: bool):
    if uk:
        sc, acct = digits(6), digits(8)
        if not cs.call:
            cs.a("What are the sort code and account number for the refund?")
            scf = R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
            if R.random() < 0.5:
                cs.c(chatify("sort code "), V(cs, "SORT_CODE", sc, scf), R.choice([" acc ", " account ", ", acct no "]),
                     V(cs, "BANK_ACCOUNT", acct, acct))
                cs.tests.append("sort code and account in one message")
            else:
                cs.c(V(cs, "SORT_CODE", sc, scf))
                cs.c(V(cs, "BANK_ACCOUNT", acct, acct), R.choice([" (thats the account)", "", " is the acc number"]))
                cs.tests.append("sort code and account as two messages")
            return
        if R.random() < 0.3:
            cs.a("can i take the sort code and account number")
            cs.c("yeah sort code's ", V(cs, "SORT_CODE", sc, say_pairs(sc)), " and the account number is ",
                 V(cs, "BANK_ACCOUNT", acct, spoken(acct, "doubles")), R.choice(["", " it's a joint account"]))
            cs.tests.append("sort code and account in one spoken turn")
            return
        cs.a(R.choice(["can i take the sort code first", "okay what's the sort code on the account"]))
        st = R.randint(0, 2)
        sct = say_pairs(sc) if st == 0 else spoken(sc, R.choice(["digits", "doubles"]))
        cs.c(R.choice(["it's ", "", "sort code is "]), V(cs, "SORT_CODE", sc, sct))
        cs.a(R.choice(["and the account number", "lovely and the eight digit account number"]))
        eid = cs.ent("BANK_ACCOUNT", acct)
        if R.random() < 0.5:
            cs.c(P(spoken(acct[:4]), eid))
            cs.a(R.choice(BACK))
            cs.c(P(spoken(acct[4:]), eid))
            cs.tests.append("account split over turns")
        else:
            cs.c(R.choice(["", "it's ", "yeah "]), P(spoken(acct), eid))
        cs.tests.append("sort code + account spoken")
        return
    # US routing not labelled; account 10-12 digits
    acct = digits(R.choice([10, 11, 12]), True)
    if not cs.call:
        cs.a("Please provide the checking account number you'd like to use.")
        cs.c(chatify(R.choice(["acct # ", "account number ", "", "checking: "])), V(cs, "BANK_ACCOUNT", acct, acct))
        cs.tests.append("us account typed")
        return
    cs.a("and the account number for the checking account")
    eid = cs.ent("BANK_ACCOUNT", acct)
    parts = split_groups(acct, R.choice([1, 2, 3]))
    for i, p in enumerate(parts):
        cs.c(R.choice(["", "okay "]) if i == 0 else "", P(spoken(p, R.choice(["digits", "doubles"])), eid))
        if i < len(parts) - 1:
            cs.a(R.choice(BACK))
    cs.tests.append("us account spoken")


def blk_iban(cs: Case, country: str):
    ib = make_iban(country)
    if not cs.call:
        fmt = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
        cs.a(R.choice(["Please send the IBAN for the refund.", "Which IBAN should the direct debit come from?"]))
        cs.c(chatify(R.choice(["IBAN ", "its ", "", "iban: "])), V(cs, "IBAN", ib, fmt))
        cs.tests.append("iban typed")
        return ib
    eid = cs.ent("IBAN", ib)
    cs.a("okay can you read me the iban")
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    ls = R.choice(["plain", "nato", "names"])
    if R.random() < 0.5:
        cs.c("yeah it's ", P(spell_alnum(ib, ls, R.choice(["oh", "zero"]), "digits"), eid))
    else:
        per = [" ".join(chunks[i:i + 2]) for i in range(0, len(chunks), 2)]
        for i, p in enumerate(per):
            cs.c(P(spell_alnum(p.replace(" ", ""), ls, "zero", "digits"), eid))
            if i < len(per) - 1:
                cs.a(R.choice(BACK))
        cs.tests.append("iban split over turns")
    cs.tests.append(f"iban spoken {country}")
    return ib


def make_phone(country: str) -> tuple[str, str]:
    """Returns (canonical digits incl country code if international, display)."""
    if country == "UK":
        n = "07" + R.choice(["7", "8", "9", "4"]) + digits(8)
        intl = R.random() < 0.3
        if intl:
            return "44" + n[1:], R.choice([f"+44 {n[1:5]} {n[5:]}", f"+44{n[1:]}", f"0044 {n[1:5]} {n[5:]}"])
        return n, R.choice([f"{n[:5]} {n[5:]}", n, f"{n[:5]}-{n[5:8]}-{n[8:]}"])
    if country == "IE":
        n = "08" + R.choice("35679") + digits(7)
        if R.random() < 0.35:
            return "353" + n[1:], R.choice([f"+353 {n[1:3]} {n[3:6]} {n[6:]}", f"+353{n[1:]}"])
        return n, R.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:]}"])
    if country == "US":
        area = f"{R.randint(201, 989)}"
        n = area + f"{R.randint(200, 989)}" + digits(4)
        if R.random() < 0.25:
            return "1" + n, f"+1 {n[:3]} {n[3:6]} {n[6:]}"
        return n, R.choice([f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}", n])
    n = R.choice(["49151", "49170", "3161", "33612", "34612"]) + digits(7 if country != "NL" else 8)
    return n, "+" + n


def blk_phone(cs: Case):
    can, disp = make_phone(cs.country)
    if not cs.call:
        cs.a(R.choice(["What's the best number to reach you on?", "Can you confirm the mobile number on the account?"]))
        cs.c(chatify(R.choice(["", "mobile is ", "its ", "call me on "])), V(cs, "PHONE", can, disp),
             R.choice(["", " after 5pm", " thx", " or email is fine"]))
        cs.tests.append("phone typed")
        return
    eid = cs.ent("PHONE", can)
    cs.a(R.choice(["and a good contact number for you", "can you confirm the phone number on the account",
                   "what's the best number to call you back on"]))
    zero = R.choice(["oh", "zero", "o"])
    intl = not can.startswith("0") and not (cs.country == "US" and len(can) == 10)
    if intl:
        cc = {"44": "44", "35": "353", "1": "1", "49": "49", "31": "31", "33": "33", "34": "34"}
        code = next(v for k, v in cc.items() if can.startswith(k))
        rest = can[len(code):]
        cs.c("it's ", P(f"plus {spoken(code, 'digits', zero)} {spoken(rest, R.choice(['digits', 'doubles']), zero)}", eid))
        cs.tests.append("international phone spoken with plus")
        return
    if cs.country == "US":
        parts = [can[:3], can[3:6], can[6:]]
    elif cs.country == "IE":
        parts = [can[:3], can[3:6], can[6:]]
    else:
        parts = [can[:5], can[5:8], can[8:]]
    style = R.choice(["digits", "doubles", "mixed"])
    if R.random() < 0.4:
        cs.c(R.choice(["yeah it's ", "", "okay "]), P(spoken(parts[0], "digits", zero), eid))
        cs.a(R.choice(BACK))
        cs.c(P(" ".join(spoken(p, "doubles" if style != "digits" else "digits", zero) for p in parts[1:]), eid))
        cs.tests.append("phone split over turns")
    else:
        last = say_pairs(parts[2], zero) if style == "mixed" and len(parts[2]) == 4 else spoken(parts[2], style if style != "mixed" else "doubles", zero)
        cs.c(R.choice(["it's ", "my mobile is ", "", "best one is "]),
             P(f"{spoken(parts[0], 'digits', zero)} {spoken(parts[1], 'doubles' if style != 'digits' else 'digits', zero)} {last}", eid))
    if R.random() < 0.3:
        cs.a("so that's ", V(cs, "PHONE", can, say_digits(can, "oh")), " yeah")
        cs.c("that's it")
        cs.tests.append("agent reads phone back")


def blk_email(cs: Case, fn: str, ln: str):
    user, dom = make_email(fn, ln)
    e = f"{user}@{dom}"
    if not cs.call:
        cs.a(R.choice(["What email should we send the confirmation to?", "Can you confirm the email on file?"]))
        disp = e if R.random() < 0.7 else e.upper() if R.random() < 0.3 else cap(e)
        cs.c(chatify(R.choice(["", "its ", "email: ", "send it to "])), V(cs, "EMAIL", e, disp),
             R.choice(["", " please", " thanks", " (not the work one)"]))
        cs.tests.append("email typed")
        return
    cs.a(R.choice(["and what's the best email address", "can i confirm the email we've got for you",
                   "and an email for the confirmation"]))
    cs.c(R.choice(["yeah it's ", "it's ", "", "okay so it's "]), V(cs, "EMAIL", e, email_spoken(user, dom)))
    cs.tests.append("email spoken with at/dot")


def blk_dob(cs: Case):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)
    us = cs.country == "US"
    if not cs.call:
        fmt = R.choice([f"{d:02d}/{m:02d}/{y}" if not us else f"{m:02d}/{d:02d}/{y}", f"{d} {MONTHS[m-1]} {y}",
                        f"{MONTHS[m-1].capitalize()} {d}, {y}", f"{d}.{m}.{y % 100:02d}", f"{y}-{m:02d}-{d:02d}"])
        cs.a(R.choice(["Can you confirm your date of birth?", "And the DOB on the account please", "What's your date of birth?"]))
        cs.c(chatify(R.choice(["", "dob ", "born ", "its "])), V(cs, "DOB", (d, m, y), fmt))
        cs.tests.append("dob typed")
        return
    cs.a(R.choice(["and can you confirm your date of birth", "what's your date of birth please", "and your d o b"]))
    st = R.randint(0, 4)
    if st == 0:
        txt = f"{ordinal(d)} of {MONTHS[m-1]} {say_year(y)}"
    elif st == 1:
        txt = f"{MONTHS[m-1]} {ordinal(d)} {say_year(y)}"
    elif st == 2:
        txt = f"{ordinal(d)} {MONTHS[m-1]} {num99(y % 100) if y % 100 >= 10 else 'oh ' + DW[y % 10]}"
    elif st == 3:
        a_, b_ = (m, d) if us else (d, m)
        txt = f"{say_digits(f'{a_:02d}', 'oh')} {say_digits(f'{b_:02d}', 'oh')} {say_year(y)}"
    else:
        txt = f"{num99(d)} {MONTHS[m-1]} {say_year(y)}"
    cs.c(R.choice(["it's the ", "yeah the ", "the ", "um it's the "]) if st == 0 else R.choice(["it's ", "yeah ", "", "um "]), V(cs, "DOB", (d, m, y), txt))
    cs.tests.append("dob spoken")


def blk_address(cs: Case):
    uk = cs.country == "UK"
    us = cs.country == "US"
    house = R.randint(1, 240) if not us else R.randint(10, 9800)
    street = R.choice(UK_STREETS if uk else US_STREETS if us else IE_STREETS if cs.country == "IE" else EU_STREETS)
    pc = make_uk_postcode() if uk else make_zip(R.random() < 0.2) if us else None
    if not cs.call:
        cs.a(R.choice(["What's the address for the delivery?", "Can you confirm the first line of your address and postcode?",
                       "What address is the account registered to?"]))
        addr = f"{house} {street.title() if R.random() < 0.6 else street}"
        if cs.country in ("DE", "NL") and R.random() < 0.7:
            addr = f"{street.title()} {house}"
        segs = [V(cs, "ADDRESS", addr, addr)]
        if uk:
            segs += [", " + R.choice(UK_TOWNS).title() + " ", V(cs, "POSTCODE", pc.replace(" ", ""), pc if R.random() < 0.7 else pc.lower().replace(" ", ""))]
        elif us:
            segs += [", " + R.choice(US_TOWNS).title() + " " + R.choice(["OH", "AZ", "FL", "CA", "NY", "TX"]) + " ", V(cs, "POSTCODE", pc.replace("-", ""), pc)]
        else:
            segs += [", " + R.choice(["Dublin 9", "Galway", "Cork", "Berlin", "Amsterdam"])]
        cs.c(*segs)
        cs.tests.append("address typed")
        return
    cs.a(R.choice(["and the first line of the address", "can you confirm your address for me", "what's the address on the account"]))
    hs = say_int(house) if house < 1000 else (say_pairs(str(house)) if len(str(house)) == 4 else say_digits(str(house)))
    cs.c(R.choice(["it's ", "yeah ", ""]), V(cs, "ADDRESS", (house, street), f"{hs} {street}"),
         R.choice([" in ", " ", " over in "]) + R.choice(UK_TOWNS if uk else US_TOWNS if us else ["dublin", "galway", "cork", "munich", "utrecht"]))
    if pc:
        cs.a(R.choice(["and the postcode" if uk else "and the zip code", "lovely and the postcode" if uk else "and the zip"]))
        if uk:
            ls = R.choice(["plain", "nato", "names", "plain"])
            out, inn = pc.split()
            txt = f"{spell_alnum(out, ls)} {spell_alnum(inn, ls)}"
            cs.c(R.choice(["it's ", "", "yeah it's "]), V(cs, "POSTCODE", pc.replace(" ", ""), txt))
            cs.tests.append(f"uk postcode spelled {ls}")
        else:
            z = pc.replace("-", "")
            txt = spoken(z[:5], R.choice(["digits", "doubles"]))
            if len(z) > 5:
                txt += " dash " + spoken(z[5:], "digits")
            cs.c(R.choice(["it's ", "", "zip is "]), V(cs, "POSTCODE", z, txt))
            cs.tests.append("zip spoken")
    cs.tests.append("address spoken")


# ------------------------------------------------------------- conversation
INDUSTRIES = {
    "banking": ("{bank}", ["i think there's a payment on my account i didn't make", "i want to set up a standing order",
                           "my card got declined at the shop yesterday", "i need to update my details"]),
    "telecom": ("{tel}", ["my broadband keeps dropping out", "i want to upgrade my phone", "my bill is higher than usual this month",
                          "i'm moving house and need the line moved"]),
    "utilities": ("{util}", ["i want to give a meter reading and pay my bill", "my direct debit went up",
                             "i'm moving out and need a final bill", "i got a letter saying i'm in arrears"]),
    "retail": ("{shop}", ["my order hasn't arrived", "i want to return a jacket", "i was charged twice for my order",
                          "i want to pay off my store card"]),
    "insurance": ("{ins}", ["i need to make a claim for my car", "i want to renew my home insurance",
                            "i want to add my son to the policy", "the windscreen got cracked"]),
    "travel": ("{trav}", ["i need to change my flight", "i want to book a hotel for two nights",
                          "my luggage didn't turn up", "i'd like a refund for a cancelled train"]),
    "healthcare billing": ("{hc}", ["i got a bill for a visit that should be covered", "i want to set up a payment plan",
                                    "my claim was denied", "i was billed twice for the same appointment"]),
    "government services": ("{gov}", ["i'm calling about my tax code", "i need to update my address for my benefits",
                                      "i haven't received my pension payment", "i want to renew my driving licence"]),
}
BRANDS = {"UK": {"bank": "northgate bank", "tel": "skyline mobile", "util": "brightwater energy", "shop": "harlow and finch",
                 "ins": "shieldcover", "trav": "albion rail", "hc": "carewell dental", "gov": "the pension service"},
          "US": {"bank": "first liberty credit union", "tel": "vantage wireless", "util": "mesa power", "shop": "brightmart",
                 "ins": "keystone auto", "trav": "skyway airlines", "hc": "riverside medical billing", "gov": "the state dmv"},
          "IE": {"bank": "harbour bank", "tel": "emerald broadband", "util": "liffey energy", "shop": "corrib home",
                 "ins": "clover insurance", "trav": "aer celtic", "hc": "st brigid's clinic", "gov": "the revenue office"},
          "EU": {"bank": "rheinbank", "tel": "polder telecom", "util": "stadtwerke nord", "shop": "maison loup",
                 "ins": "europa assur", "trav": "euroair", "hc": "klinik west billing", "gov": "the citizens office"}}
CUR = {"UK": ("pounds", "£"), "IE": ("euro", "€"), "EU": ("euros", "€"), "US": ("dollars", "$"),
       "DE": ("euros", "€"), "NL": ("euros", "€"), "FR": ("euros", "€"), "ES": ("euros", "€")}


def money_spoken(country: str) -> str:
    a = R.randint(5, 480)
    c = R.choice([0, 0, 50, 99, 20, 45])
    w = CUR[country][0]
    if c:
        return f"{say_int(a)} {w} {num99(c)}" if R.random() < 0.5 else f"{say_int(a)} {w} and {num99(c)} {'pence' if country == 'UK' else 'cents'}"
    return f"{say_int(a)} {w}"


def money_typed(country: str) -> str:
    a = R.randint(5, 900)
    return f"{CUR[country][1]}{a}.{R.choice(['00', '50', '99', '20', '45'])}" if R.random() < 0.7 else f"{a} {CUR[country][0]}"


def ref_spoken(word: str = None) -> str:
    word = word or R.choice(["order number", "reference", "ticket number", "claim number", "case number", "invoice number"])
    n = digits(R.randint(6, 10), True)
    return f"{word} {spoken(n, R.choice(['digits', 'doubles', 'pairs']))}"


def ref_typed(word: str = None) -> str:
    word = word or R.choice(["order #", "ref ", "ticket ", "claim no. ", "case ", "invoice "])
    pre = R.choice(["", "", "ORD-", "CLM", "INV-", "TK"])
    return f"{word}{pre}{digits(R.randint(6, 10), True)}"


def date_spoken() -> str:
    d = R.randint(1, 28)
    return R.choice([f"the {ordinal(d)} of {R.choice(MONTHS)}", f"{R.choice(['monday', 'tuesday', 'friday', 'thursday'])} the {ordinal(d)}",
                     f"{R.choice(MONTHS)} {ordinal(d)}"])


def time_spoken() -> str:
    h = R.randint(1, 12)
    return R.choice([f"{num99(h)} thirty", f"half past {num99(h)}", f"{num99(h)} o'clock", f"quarter to {num99(h)}",
                     f"{num99(h)} fifteen", f"{num99(h)} forty five"])


def opening(cs: Case, brand: str, problem: str):
    if cs.call:
        cs.a(f"thank you for calling {brand} my name's {R.choice(FIRST)} how can i help today")
        cs.c(R.choice(["hi yeah ", "hello ", "hiya ", "hi there um "]) + problem)
        cs.a(R.choice(["okay i'm sorry to hear that let's get that sorted", "no problem i can help with that",
                       "right okay i can look into that for you"]) + " " + R.choice(["first i just need to verify a few details",
                                                                                       "can i just take some details first", "i'll need to pull up the account"]))
    else:
        cs.a(f"Hi, you're chatting with {R.choice(FIRST).title()} at {brand.title()}. How can I help?")
        cs.c(chatify(R.choice(["hi ", "hello, ", "hey - ", ""]) + problem))
        cs.a(R.choice(["Sorry to hear that! I'll need to verify a few details first.", "Sure, I can help with that. First a few security questions.",
                       "No problem. Let me pull up your account."]))


def middle(cs: Case):
    """Non-PII chit-chat with amounts, dates, refs and times."""
    ctry = cs.country
    if cs.call:
        opts = [
            lambda: (cs.a(f"okay i can see the last payment was {money_spoken(ctry)} on {date_spoken()}"), cs.c("yeah that sounds right")),
            lambda: (cs.c(f"i've got the {ref_spoken()} if that helps"), cs.a("perfect thanks i've got that up")),
            lambda: (cs.a(f"i can book you a callback on {date_spoken()} between eight and {R.choice(['twelve', 'one', 'six'])}"), cs.c("yeah that works")),
            lambda: (cs.c(f"i've been on hold for like {num99(R.randint(15, 55))} minutes"), cs.a("i do apologise it's been really busy today")),
            lambda: (cs.a(f"your balance is currently {money_spoken(ctry)}"), cs.c("okay")),
            lambda: (cs.c(f"it happened about {time_spoken()} yesterday"), cs.a("okay bear with me one second")),
            lambda: (cs.a(f"and i can take {money_spoken(ctry)} today and then {money_spoken(ctry)} a month for {num99(R.choice([3, 6, 12]))} months"), cs.c("that'd be great")),
            lambda: (cs.a("bear with me the system's a bit slow today"), cs.c("no worries")),
        ]
    else:
        opts = [
            lambda: (cs.a(f"I can see a payment of {money_typed(ctry)} on {R.randint(1, 28)}/{R.randint(1, 12):02d}."), cs.c(chatify("yes thats the one"))),
            lambda: (cs.c(chatify(f"my {ref_typed()} btw")), cs.a("Thanks, found it.")),
            lambda: (cs.a(f"The next available slot is {date_spoken().title()} at {R.randint(8, 11)}:{R.choice(['00', '30'])}am."), cs.c("ok fine")),
            lambda: (cs.c(chatify(f"i've waited {R.randint(2, 6)} weeks already and paid {money_typed(ctry)}")), cs.a("I'm really sorry about the delay.")),
            lambda: (cs.a(f"Your current balance is {money_typed(ctry)}."), cs.c("ok")),
            lambda: (cs.a("One moment while I check that for you."), cs.c("sure")),
        ]
    for f in R.sample(opts, R.randint(1, 2)):
        f()


def closing(cs: Case):
    ctry = cs.country
    if cs.call:
        cs.a(R.choice([f"okay that's all done your {ref_spoken('reference')} and you'll get a text confirming",
                       f"right that's gone through for {money_spoken(ctry)} you should see it in three to five working days",
                       "lovely that's all updated for you is there anything else i can help with"]))
        cs.c(R.choice(["no that's everything thanks", "no that's it thank you so much", "great cheers bye"]))
    else:
        cs.a(R.choice([f"All done - your {ref_typed('reference ')}. Anything else?", f"That's processed, {money_typed(ctry)} refunded within 5 working days.",
                       "You're all set. Anything else I can help with today?"]))
        cs.c(chatify(R.choice(["no thats all thanks", "great thank you!", "thats it, cheers"])))


COUNTRY_PII = {
    "UK": ["CARD", "NI", "BANK_UK", "PHONE", "EMAIL", "DOB", "ADDRESS", "IBAN"],
    "US": ["CARD", "SSN", "BANK_US", "PHONE", "EMAIL", "DOB", "ADDRESS"],
    "IE": ["CARD", "IBAN", "PHONE", "EMAIL", "DOB", "ADDRESS"],
    "EU": ["CARD", "IBAN", "PHONE", "EMAIL", "DOB"],
}


def run_block(cs: Case, b: str, fn: str, ln: str):
    if b == "CARD":
        card = blk_card(cs, readback=cs.call and R.random() < 0.2)
        if R.random() < 0.8:
            blk_expiry_cvv(cs, amex=len(card) == 15, want_exp=R.random() < 0.85, want_cvv=R.random() < 0.8)
    elif b == "CARD_ONLY":
        blk_card(cs)
    elif b == "NI":
        blk_ni(cs)
    elif b == "SSN":
        blk_ssn(cs)
    elif b == "BANK_UK":
        blk_bank(cs, True)
    elif b == "BANK_US":
        blk_bank(cs, False)
    elif b == "IBAN":
        blk_iban(cs, {"UK": "GB", "IE": "IE"}.get(cs.country, R.choice(["DE", "NL", "FR", "ES"])))
    elif b == "PHONE":
        blk_phone(cs)
    elif b == "EMAIL":
        blk_email(cs, fn, ln)
    elif b == "DOB":
        blk_dob(cs)
    elif b == "ADDRESS":
        blk_address(cs)


def positive_case(primary: str, channel: str) -> Case:
    if primary == "NI":
        country = "UK"
    elif primary in ("SSN", "BANK_US"):
        country = "US"
    elif primary == "BANK_UK":
        country = "UK"
    elif primary == "IBAN":
        country = R.choice(["IE", "EU", "UK", "IE", "EU"])
    else:
        country = R.choice(["UK", "US", "IE", "EU", "UK", "US"])
    if primary == "ADDRESS" and country not in ("UK", "US"):
        country = R.choice(["UK", "US"])
    ind = R.choice(list(INDUSTRIES))
    if primary == "NI":
        ind = R.choice(["government services", "banking", "insurance", "utilities"])
    if primary == "SSN":
        ind = R.choice(["banking", "healthcare billing", "government services", "insurance", "telecom"])
    cs = Case(channel, ind, country)
    if country == "EU":
        cs.country = R.choice(["DE", "NL", "FR", "ES"])
    tmpl, problems = INDUSTRIES[ind]
    brand = tmpl.format(**BRANDS[country])
    fn, ln = person()
    opening(cs, brand, R.choice(problems))
    pool = [b for b in COUNTRY_PII[country] if b != primary]
    extras = R.sample(pool, R.randint(1, 2))
    blocks = [primary] + extras
    R.shuffle(blocks)
    # identity-ish first, payment later
    blocks.sort(key=lambda b: b in ("CARD", "BANK_UK", "BANK_US", "IBAN"))
    if cs.call and R.random() < 0.5:
        cs.a("and can i take your full name")
        cs.c(f"yeah it's {fn} {ln}")
    for i, b in enumerate(blocks):
        run_block(cs, b, fn, ln)
        if i == 0:
            middle(cs)
    if R.random() < 0.5:
        middle(cs)
    closing(cs)
    return cs


# --------------------------------------------------------- special positives
def special_cases() -> list[Case]:
    out = []
    # self-correction on phone number (call)
    for _ in range(4):
        cs = Case("call", "telecom", "UK")
        opening(cs, "skyline mobile", "i want to change the number you've got for me")
        can, _ = make_phone("UK")
        wrong = can[:7] + digits(4)
        cs.a("okay what's the new number")
        eid = cs.ent("PHONE", can)
        cs.c("it's ", V(cs, "PHONE", wrong, say_digits(wrong, "oh"), "loose"), " no sorry that's my old one hang on ",
             P(say_digits(can, "oh", doubles=True), eid))
        cs.a("okay so that's ", V(cs, "PHONE", can, say_digits(can, "oh")))
        cs.c("yep that's the one")
        middle(cs)
        closing(cs)
        cs.tests.append("phone self-correction (old number labelled too) and readback")
        out.append(cs)
    # DOB self-correction
    for _ in range(3):
        cs = Case("call", R.choice(["insurance", "banking"]), R.choice(["UK", "IE"]))
        opening(cs, "shieldcover", "i need to update my policy")
        d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 1999)
        cs.a("can i take your date of birth")
        cs.c("it's the ", V(cs, "DOB", (d, m, y), f"{ordinal(d)} of {MONTHS[m-1]} {say_year(y)}"), " sorry no wait that's my wife's um mine's ",
             V(cs, "DOB", (d % 27 + 1, m, y + 2), f"{MONTHS[m-1]} the {ordinal(d % 27 + 1)} {say_year(y + 2)}"))
        cs.a("no problem that's matched")
        middle(cs)
        closing(cs)
        cs.tests.append("dob self-correction, both labelled")
        out.append(cs)
    # two values in one turn: card + expiry + cvv in one chat
    for _ in range(6):
        cs = Case("chat", "retail", R.choice(["UK", "US"]))
        opening(cs, "brightmart", "i want to pay the balance on my order")
        card = make_card(R.choice(["visa", "mc"]))
        m, y, cvv = R.randint(1, 12), R.randint(26, 31), digits(3)
        cs.a("Sure, please enter the card details.")
        cs.c(V(cs, "CARD_NUMBER", card, card_chat(card)), R.choice([" exp ", " ", "  expiry "]), V(cs, "EXPIRY", (m, y), f"{m:02d}/{y}"),
             R.choice([" cvv ", " cvc ", " code "]), V(cs, "CVV", cvv, cvv))
        cs.a(f"Thanks, I've taken {money_typed(cs.country)} for order #{digits(8, True)}.")
        cs.c("great")
        closing(cs)
        cs.tests.append("card+expiry+cvv in one message")
        out.append(cs)
    # card + cvv together spoken
    for _ in range(6):
        cs = Case("call", R.choice(["travel", "utilities", "retail"]), R.choice(["UK", "IE", "US"]))
        opening(cs, "albion rail", "i want to pay for my booking")
        card = make_card(R.choice(["visa", "mc"]))
        m, y, cvv = R.randint(1, 12), R.randint(26, 31), digits(3)
        cs.a("okay go ahead with the card when you're ready")
        eid = cs.ent("CARD_NUMBER", card)
        g = card_groups(card)
        cs.c(P(say_digits(g[0] + g[1], "oh", doubles=True), eid))
        cs.a("mhm")
        cs.c(P(say_digits(g[2] + g[3], "oh", doubles=True), eid), " and the expiry is ", V(cs, "EXPIRY", (m, y), f"{say_digits(f'{m:02d}', 'oh')} {num99(y)}"),
             " and the code on the back is ", V(cs, "CVV", cvv, say_digits(cvv, "oh")))
        cs.a(f"thank you so that's {money_spoken(cs.country)} for the booking on {date_spoken()}")
        cs.c("yes please")
        closing(cs)
        cs.tests.append("card end + expiry + cvv in one turn")
        out.append(cs)
    # email with spelled surname
    for _ in range(5):
        cs = Case("call", R.choice(["retail", "telecom", "travel"]), R.choice(["UK", "US", "IE"]))
        opening(cs, "vantage wireless", "i never got the confirmation email")
        fn, ln = person()
        num = R.randint(10, 99)
        e = f"{fn[0]}{ln}{num}@{R.choice(['gmail.com', 'hotmail.com', 'outlook.com'])}"
        cs.a("okay what email address did you use")
        spelled = " ".join(ln)
        dom = e.split("@")[1].replace(".", " dot ")
        cs.c("it's ", V(cs, "EMAIL", e, f"{fn[0]} {spelled} {num99(num)} at {dom}"), " all one word")
        cs.a("okay i can see it went to a different address let me resend it")
        middle(cs)
        closing(cs)
        cs.tests.append("email spelled letter by letter")
        out.append(cs)
    # uk postcode split across turns, agent reads back
    for _ in range(5):
        cs = Case("call", R.choice(["utilities", "telecom", "retail"]), "UK")
        opening(cs, "brightwater energy", R.choice(["i'm moving house and need the account moved", "i need a parcel redirected"]))
        pc = make_uk_postcode()
        out_, in_ = pc.split()
        house, street = R.randint(2, 180), R.choice(UK_STREETS)
        cs.a("what's the new address")
        cs.c("it's ", V(cs, "ADDRESS", (house, street), f"{say_int(house)} {street}"), f" in {R.choice(UK_TOWNS)} i move in on {date_spoken()}")
        cs.a("and the postcode")
        eid = cs.ent("POSTCODE", pc.replace(" ", ""))
        cs.c(P(spell_alnum(out_, "nato"), eid))
        cs.a(R.choice(BACK))
        cs.c(P(spell_alnum(in_, "nato"), eid))
        cs.a("so that's ", V(cs, "POSTCODE", pc.replace(" ", ""), spell_alnum(pc.replace(" ", ""), "plain")), " yeah")
        cs.c("that's it")
        middle(cs)
        closing(cs)
        cs.tests.append("postcode split over turns with nato letters + agent readback")
        out.append(cs)
    # ssn with digit correction: corrected value labelled, correction fragment too
    for _ in range(5):
        cs = Case("call", R.choice(["healthcare billing", "banking", "government services"]), "US")
        opening(cs, "riverside medical billing", R.choice(["i got a bill i don't understand", "my claim was denied"]))
        ssn = make_ssn()
        cs.a("and for verification your social security number please")
        eid = cs.ent("SSN", ssn)
        cs.c("sure it's ", P(say_digits(ssn[:5], "oh"), eid), " and ", P(say_pairs(ssn[5:]), eid))
        cs.a("i'm sorry you cut out a bit after the first three")
        cs.c("oh sorry it's ", V(cs, "SSN", ssn, say_digits(ssn[:3], "oh") + " " + say_digits(ssn[3:5], "oh") + " " + say_digits(ssn[5:], "oh")))
        cs.a(f"thank you i've got your account so the bill is for {money_spoken('US')} from the visit on {date_spoken()}")
        cs.c("yeah but that should be covered")
        middle(cs)
        closing(cs)
        cs.tests.append("ssn repeated after bad line; pairs for last four")
        out.append(cs)
    # chat with typos and values mixed into chit-chat
    for _ in range(6):
        ctry = R.choice(["UK", "IE"])
        cs = Case("chat", "telecom", ctry)
        opening(cs, "emerald broadband", "my broadband keeps dropping out every evening")
        can, disp = make_phone(ctry)
        fn, ln = person()
        user, dom = make_email(fn, ln)
        cs.a("Can you confirm the mobile and email on the account so I can find you?")
        cs.c(chatify(R.choice(["its ", "mob ", "my numbr is "])), V(cs, "PHONE", can, disp), R.choice([" and emial ", " / ", " and email is "]),
             V(cs, "EMAIL", f"{user}@{dom}", f"{user}@{dom}"), R.choice([" but i hardly check it lol", " thanks", ""]))
        cs.a(f"Thanks! I can see {R.randint(3, 14)} drop-outs since {R.randint(1, 28)}/{R.randint(1, 12):02d}. Your line speed is {R.randint(10, 70)} Mbps.")
        cs.c(chatify(f"yeah and im paying {money_typed(ctry)} a month for that"))
        cs.a(f"I've opened ticket {digits(8, True)} and an engineer will call between {R.randint(8, 11)}am and {R.randint(1, 5)}pm.")
        closing(cs)
        cs.tests.append("phone + email in one typed message with typos")
        out.append(cs)
    return out


# --------------------------------------------------------------- negatives
def negative_case(channel: str) -> Case:
    country = R.choice(["UK", "US", "IE", "EU"])
    ind = R.choice(list(INDUSTRIES))
    cs = Case(channel, ind, country)
    tmpl, problems = INDUSTRIES[ind]
    brand = tmpl.format(**BRANDS[country])
    if cs.call:
        cs.a(f"thank you for calling {brand} how can i help today")
        cs.c(R.choice(["hi yeah ", "hello ", "hi there um "]) + R.choice(problems))
    else:
        cs.a(f"Hi, thanks for contacting {brand.title()}. How can I help?")
        cs.c(chatify(R.choice(problems)))
    names = NEG_BY_IND[ind]
    pool = [f for f in (NEG_CALL if cs.call else NEG_CHAT + NEG_CHAT_EXTRA) if f.__name__[2:] in names | {"paydate"}]
    for f in R.sample(pool, min(len(pool), R.randint(3, 6))):
        f(cs)
    closing(cs)
    cs.tests.append("no PII: amounts/dates/refs/times")
    return cs


def _n(f):
    return f


def n_amount(cs):
    cs.a(f"okay so the bill this month is {money_spoken(cs.country)} and last month it was {money_spoken(cs.country)}")
    cs.c("that's a big jump why is that")
    cs.tests.append("amounts")


def n_ref(cs):
    cs.c(f"i've got the {ref_spoken()} here")
    cs.a("lovely thank you i've found it")
    cs.tests.append("spoken reference number")


def n_ref_split(cs):
    n = digits(R.choice([6, 8, 9, 10]), True)
    w = R.choice(["reference number", "order number", "case number"])
    cs.a(f"can you read me the {w} from the {R.choice(['email', 'letter'])}")
    cs.c(f"yeah the {w} is {say_digits(n[:4])}")
    cs.a("mhm")
    cs.c(f"{say_digits(n[4:])} that's the {w}")
    cs.tests.append("order number split over turns")


def n_time(cs):
    cs.a(f"we can get someone out on {date_spoken()} at {time_spoken()} or {time_spoken()}")
    cs.c(f"the {R.choice(['morning', 'afternoon'])} one please i finish work at {num99(R.randint(2, 6))}")
    cs.tests.append("times and appointment dates")


def n_meter(cs):
    r = digits(5)
    cs.c(f"my meter reading is {say_digits(r, R.choice(['oh', 'zero']))} that's today's reading")
    cs.a(f"thank you and the last one we had was {say_digits(digits(5), 'zero')} so you've used about {say_int(R.randint(120, 900))} units")
    cs.tests.append("meter reading")


def n_speed(cs):
    cs.c(f"i'm paying for {say_int(R.choice([100, 150, 500, 900]))} megabits and i'm getting like {num99(R.randint(3, 40))}")
    cs.a(f"okay i can see the line is syncing at {num99(R.randint(10, 60))} point {DW[R.randint(0, 9)]} which isn't right")
    cs.tests.append("speeds")


def n_flight(cs):
    cs.c(f"it's flight {R.choice(['b a', 'e i', 'u a', 'f r'])} {say_int(R.randint(100, 999))} on {date_spoken()} departing at {time_spoken()}")
    cs.a(f"okay and that's seat {num99(R.randint(2, 40))} {R.choice(['a', 'c', 'f'])} in row {num99(R.randint(2, 40))}")
    cs.tests.append("flight/seat numbers")


def n_room(cs):
    cs.c(f"we were in room {say_int(R.randint(101, 620))} for {DW[R.randint(2, 5)]} nights and the heating was stuck at {num99(R.randint(12, 16))} degrees")
    cs.a(f"i'm so sorry i can offer a refund of {num99(R.randint(10, 30))} percent")
    cs.tests.append("room/temperature/percentage")


def n_model(cs):
    cs.c(f"it's the model {R.choice(['x', 'k', 's'])} {say_int(R.randint(100, 990))} the one i bought in {say_year(R.randint(2015, 2024))}")
    cs.a(f"okay that one's got a {DW[R.randint(1, 3)]} year warranty so you're still covered")
    cs.tests.append("model number, years")


def n_age(cs):
    cs.c(f"my son's {num99(R.randint(17, 25))} and he's been driving for {DW[R.randint(2, 4)]} years")
    cs.a(f"okay adding him will be about {money_spoken(cs.country)} extra on the premium")
    cs.tests.append("ages and durations")


def n_claim(cs):
    n = digits(R.choice([7, 8, 10]), True)
    cs.a(f"your claim number is {say_pairs(n) if len(n) % 2 == 0 else say_digits(n)} please keep that safe")
    cs.c("okay i've written that down")
    cs.tests.append("claim number read in pairs")


def n_contract(cs):
    cs.a(f"your contract started on {date_spoken()} {say_year(R.randint(2019, 2025))} and runs for {num99(R.choice([12, 18, 24, 36]))} months")
    cs.c(f"so i can leave in {R.choice(MONTHS)} then")
    cs.tests.append("contract dates")


def n_counts(cs):
    cs.c(f"i ordered {DW[R.randint(2, 9)]} of them and only {DW[1]} turned up and the box said {say_int(R.randint(12, 400))} grams")
    cs.a("i'm really sorry about that i'll send the rest out")
    cs.tests.append("quantities")


def n_balance(cs):
    cs.a(f"your balance is {money_spoken(cs.country)} and your available credit is {say_int(R.randint(100, 999))} {CUR[cs.country][0]}")
    cs.c(f"and when's the next payment due")
    cs.a(f"on {date_spoken()} and the minimum is {money_spoken(cs.country)}")
    cs.tests.append("balances and due dates")


def n_last4_hold(cs):
    cs.a(f"you've been a customer since {say_year(R.randint(1998, 2020))} so i can offer {num99(R.choice([10, 15, 20, 25]))} percent off for {DW[R.randint(3, 6)]} months")
    cs.c("go on then")
    cs.tests.append("years/percent/duration")


def n_extension(cs):
    cs.a(f"if it happens again ask for extension {say_digits(digits(4, True))} or call back between {DW[R.randint(8, 9)]} and {DW[R.randint(5, 8)]}")
    cs.c("okay thanks")
    cs.tests.append("extension number and opening hours")


def n_paydate(cs):
    cs.c(f"i paid it on {date_spoken()} {say_year(R.randint(2023, 2026))} and it still says overdue")
    cs.a(f"i can see it here it came in on {date_spoken()} so it'll clear in {DW[R.randint(2, 5)]} working days")
    cs.tests.append("payment dates with year (not DOB)")


def n_rate(cs):
    cs.a(f"the interest rate on that is {num99(R.randint(9, 29))} point {DW[R.randint(0, 9)]} percent a p r and the term is {num99(R.choice([24, 36, 48, 60]))} months")
    cs.c("okay that's a bit steep")
    cs.tests.append("rates and terms")


NEG_CALL = [n_paydate, n_rate, n_amount, n_ref, n_ref_split, n_time, n_meter, n_speed, n_flight, n_room, n_model, n_age, n_claim,
            n_contract, n_counts, n_balance, n_last4_hold, n_extension]


def c_amount(cs):
    cs.c(chatify(f"why is my bill {money_typed(cs.country)} when it's normally {money_typed(cs.country)}??"))
    cs.a(f"I can see a one-off charge of {money_typed(cs.country)} for roaming on {R.randint(1, 28)}/{R.randint(1, 12)}.")


def c_ref(cs):
    cs.c(chatify(f"{ref_typed()} - placed {R.randint(2, 9)} days ago"))
    cs.a(f"Thanks. That order shipped on {R.randint(1, 28)} {R.choice(MONTHS).title()} and should arrive by {R.choice(['Friday', 'Monday', 'tomorrow'])}.")


def c_time(cs):
    cs.a(f"We have slots on {R.randint(1, 28)}/{R.randint(1, 12):02d} at {R.randint(8, 11)}:{R.choice(['00', '15', '30'])} or {R.randint(1, 5)}:{R.choice(['00', '30'])}pm.")
    cs.c(chatify(f"the {R.randint(1, 5)}pm one pls"))


def c_speed(cs):
    cs.c(chatify(f"speedtest says {R.randint(2, 40)}.{R.randint(0, 9)} Mbps, paying for {R.choice([100, 300, 500, 900])}"))
    cs.a(f"Sorry about that. I've raised ticket {digits(8, True)} with our network team; they'll update within 48 hours.")


def c_percent(cs):
    cs.a(f"Your renewal is {money_typed(cs.country)}, that's {R.randint(3, 19)}% up on last year's {money_typed(cs.country)}.")
    cs.c(chatify(f"that's ridiculous, i've been with you since {R.randint(2005, 2021)}"))


def c_model(cs):
    cs.c(chatify(f"its the {R.choice(['XR', 'QN', 'HX', 'TV'])}-{R.randint(100, 9999)} model, bought it {R.randint(2, 11)} months ago"))
    cs.a(f"Thanks - that model has a {R.randint(1, 3)} year warranty so you're covered.")


def c_flight(cs):
    cs.c(chatify(f"flight {R.choice(['BA', 'FR', 'EI', 'UA', 'LH'])}{R.randint(100, 9999)} on {R.randint(1, 28)}/{R.randint(1, 12)} at {R.randint(6, 21)}:{R.choice(['05', '40', '15'])}, seat {R.randint(3, 38)}{R.choice('ACDF')}"))
    cs.a(f"I can move you to the {R.randint(12, 20)}:{R.choice(['10', '35'])} for a fee of {money_typed(cs.country)}.")


def c_meter(cs):
    cs.c(chatify(f"meter reading {digits(5)} taken today at {R.randint(8, 11)}am"))
    cs.a(f"Thanks! Based on that your estimated bill is {money_typed(cs.country)}.")


def c_invoice(cs):
    cs.c(chatify(f"invoice {R.choice(['INV-', '#', 'no. '])}{digits(R.randint(6, 9), True)} was paid on {R.randint(1, 28)}.{R.randint(1, 12)}.{R.randint(2023, 2026)}"))
    cs.a(f"Yes I can see that payment of {money_typed(cs.country)}. The reminder was sent in error.")


def c_qty(cs):
    cs.c(chatify(f"ordered {R.randint(2, 12)} x {R.randint(250, 750)}ml bottles, got {R.randint(1, 3)}"))
    cs.a(f"Sorry! I've refunded {money_typed(cs.country)} for the missing items.")


def c_room(cs):
    cs.c(chatify(f"room {R.randint(101, 940)}, {R.randint(2, 6)} nights from {R.randint(1, 28)} {R.choice(MONTHS).title()}, aircon stuck at {R.randint(26, 31)}°C"))
    cs.a(f"I'm sorry. I can offer {R.choice([10, 20, 25])}% off or a refund of {money_typed(cs.country)}.")


def c_paydate(cs):
    cs.c(chatify(f"I paid on {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(2023, 2026)} but got a late fee of {money_typed(cs.country)}"))
    cs.a(f"Apologies - the payment posted on {R.randint(1, 28)} {R.choice(MONTHS).title()} {R.randint(2024, 2026)}. I've removed the fee.")


def c_rate(cs):
    cs.a(f"The rate is {R.randint(9, 29)}.{R.randint(0, 9)}% APR over {R.choice([12, 24, 36, 48])} months, {money_typed(cs.country)} per month.")
    cs.c(chatify("ok can I pay it off early?"))


NEG_CHAT_EXTRA = [c_paydate, c_rate]

NEG_BY_IND = {
    "banking": {"rate", "amount", "balance", "ref", "ref_split", "time", "last4_hold", "extension", "percent", "invoice"},
    "telecom": {"rate", "amount", "speed", "contract", "model", "ref", "time", "extension", "last4_hold", "percent"},
    "utilities": {"meter", "amount", "time", "ref", "contract", "balance", "extension", "invoice", "percent"},
    "retail": {"rate", "counts", "qty", "ref", "ref_split", "model", "amount", "time", "invoice"},
    "insurance": {"age", "claim", "amount", "model", "last4_hold", "ref", "percent", "time"},
    "travel": {"flight", "room", "ref", "amount", "time", "ref_split", "percent"},
    "healthcare billing": {"amount", "claim", "time", "balance", "ref", "extension", "invoice", "ref_split"},
    "government services": {"ref", "ref_split", "time", "extension", "invoice", "paydate"},
}

NEG_CHAT = [c_amount, c_ref, c_time, c_speed, c_percent, c_model, c_flight, c_meter, c_invoice, c_qty, c_room]


# ----------------------------------------------------------------- assemble
def build():
    global R
    R = random.Random(SEED)
    pos: list[Case] = []
    schedule = (["CARD"] * 34 + ["NI"] * 34 + ["SSN"] * 32 + ["BANK_UK"] * 10 + ["BANK_US"] * 6 +
                ["IBAN"] * 14 + ["PHONE"] * 10 + ["EMAIL"] * 10 + ["DOB"] * 8 + ["ADDRESS"] * 14)
    R.shuffle(schedule)
    for i, p in enumerate(schedule):
        pos.append(positive_case(p, "call" if R.random() < 0.62 else "chat"))
    pos.extend(special_cases())
    neg = [negative_case("call" if R.random() < 0.6 else "chat") for _ in range(110)]
    records, metas = [], []
    for i, cs in enumerate(pos, 1):
        turns, spans, meta = cs.render()
        note = f"{cs.channel}/{cs.industry}: {cs.country}; " + "; ".join(dict.fromkeys(cs.tests))
        records.append({"id": f"h87-pos-{i:03d}", "kind": "positive", "turns": turns, "spans": spans, "note": note})
        metas.append((cs.ents, meta))
    for i, cs in enumerate(neg, 1):
        turns, spans, meta = cs.render()
        assert not spans
        note = f"{cs.channel}/{cs.industry}: {cs.country}; " + "; ".join(dict.fromkeys(cs.tests))
        records.append({"id": f"h87-neg-{i:03d}", "kind": "negative", "turns": turns, "spans": [], "note": note})
        metas.append(({}, []))
    return records, metas


def serialise(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ------------------------------------------------------------------- checks
def validate_entity(typ: str, canon, text: str, mode: str) -> str | None:
    if mode == "loose":
        return None
    norm = normalise(text)
    if typ == "EMAIL":
        low = text.lower()
        if "@" in text:
            return None if re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", text.strip(), re.I) and text.lower() == canon else f"bad email {text!r}"
        return None if " at " in f" {low} " and " dot " in low else f"bad spoken email {text!r}"
    if typ == "ADDRESS":
        return None if re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred", text) else f"address without number {text!r}"
    if typ == "EXPIRY":
        m, y = canon
        ok = norm in {f"{m:02d}{y}", f"{m}{y}", f"{m:02d}20{y}", f"{m:02d}{2000 + y}"}
        return None if ok else f"expiry {text!r} -> {norm} != {canon}"
    if typ == "DOB":
        d, m, y = canon
        cands = set()
        for dd in (f"{d:02d}", str(d)):
            for mm in (f"{m:02d}", str(m)):
                for yy in (str(y), f"{y % 100:02d}"):
                    cands |= {dd + mm + yy, mm + dd + yy, yy + mm + dd}
        return None if norm in cands else f"dob {text!r} -> {norm} not in forms of {canon}"
    return None


def check_value(typ: str, canon: str, mode: str) -> str | None:
    if mode in ("loose",):
        return None
    if mode == "partial":
        return None if canon.isdigit() and len(canon) == 4 else f"bad partial {canon}"
    if typ == "CARD_NUMBER":
        return None if canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon) else f"card {canon} invalid"
    if typ == "SSN":
        return None if canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666") and canon[3:5] != "00" and canon[5:] != "0000" else f"ssn {canon} invalid"
    if typ == "NI_NUMBER":
        return None if NI_RE.match(canon) else f"ni {canon} invalid"
    if typ == "SORT_CODE":
        return None if canon.isdigit() and len(canon) == 6 else f"sort {canon}"
    if typ == "BANK_ACCOUNT":
        return None if canon.isdigit() and 8 <= len(canon) <= 12 else f"acct {canon}"
    if typ == "CVV":
        return None if canon.isdigit() and len(canon) in (3, 4) else f"cvv {canon}"
    if typ == "IBAN":
        return None if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", canon) and iban_ok(canon) else f"iban {canon}"
    if typ == "PHONE":
        return None if canon.isdigit() and 10 <= len(canon) <= 13 else f"phone {canon}"
    if typ == "POSTCODE":
        return None if UK_PC_RE.match(canon) or re.fullmatch(r"\d{5}(\d{4})?", canon) else f"postcode {canon}"
    return None


def run_check() -> int:
    problems = []
    records, metas = build()
    text = serialise(records)
    if not CASES.exists():
        problems.append("cases.jsonl missing")
    elif CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(records):
        problems.append("README.md differs from regenerated output")
    # parse back from file to check what's actually on disk
    file_recs = [json.loads(l) for l in (CASES.read_text(encoding="utf-8").splitlines() if CASES.exists() else [])]
    ids = [r["id"] for r in file_recs]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for r, (ents, meta) in zip(records, metas):
        rid = r["id"]
        if r["kind"] not in ("positive", "negative"):
            problems.append(f"{rid}: bad kind")
        if r["kind"] == "negative" and r["spans"]:
            problems.append(f"{rid}: negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            problems.append(f"{rid}: positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(f"{rid}: bad turn")
        by_turn: dict[int, list] = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{rid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append(f"{rid}: turn out of range")
                continue
            tx = r["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(tx)):
                problems.append(f"{rid}: offsets out of range")
                continue
            if s["start"] > 0 and tx[s["start"] - 1].isalnum():
                problems.append(f"{rid}: span start not at word boundary {tx[s['start']-1:s['end']]!r}")
            if s["end"] < len(tx) and tx[s["end"]].isalnum():
                problems.append(f"{rid}: span end not at word boundary {tx[s['start']:s['end']+1]!r}")
            if tx[s["start"]].isspace() or tx[s["end"] - 1].isspace():
                problems.append(f"{rid}: span has edge whitespace")
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append(f"{rid}: overlapping spans in turn {t}")
        # entity-level validation
        groups: dict[int, list[str]] = {}
        for s, eid in zip(r["spans"], meta):
            groups.setdefault(eid, []).append(r["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for eid, texts in groups.items():
            typ, canon, mode = ents[eid]
            joined = " ".join(texts)
            if typ in ("EMAIL", "ADDRESS", "EXPIRY", "DOB"):
                err = validate_entity(typ, canon, joined, mode)
            else:
                err = check_value(typ, canon, mode)
                if not err and mode != "loose":
                    got = normalise(joined)
                    if typ == "PHONE" and got.startswith("00"):
                        got = got[2:]
                    if got != canon:
                        err = f"{typ} text {joined!r} normalises to {got} != {canon}"
            if err:
                problems.append(f"{rid}: {err}")
    c = summary(records)
    print(c)
    for p in problems[:60]:
        print("PROBLEM:", p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("check OK")
    return 0


def counts(records):
    tc = Counter(s["type"] for r in records for s in r["spans"])
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = sum(r["kind"] == "negative" for r in records)
    return tc, npos, nneg


def summary(records) -> str:
    tc, npos, nneg = counts(records)
    ch = Counter(r["note"].split("/")[0] for r in records)
    lines = [f"positives: {npos}  negatives: {nneg}  channels: {dict(ch)}"]
    lines += [f"  {t:13s} {tc.get(t, 0)}" for t in TYPES]
    lines.append(f"  total spans  {sum(tc.values())}")
    return "\n".join(lines)


def readme(records) -> str:
    tc, npos, nneg = counts(records)
    nturns = [len(r["turns"]) for r in records]
    rows = "\n".join(f"| {t} | {tc.get(t, 0)} |" for t in TYPES)
    return f"""# pii_holdout87 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not add its phrasings to rules, tests or lexicons.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did **not**
see the redaction code, its tests, its docs, the benchmark script or any other
PII fixture; the only existing material consulted was a 3-line example of the
JSONL format. Cases are produced by `scripts/make_pii_holdout87.py` from template
functions: each turn is assembled from plain-text segments and (value, TYPE)
segments, so offsets are computed, never typed by hand. All values come from one
`random.Random({SEED})`; the output is byte-for-byte reproducible.

`python scripts/make_pii_holdout87.py --check` regenerates the set and verifies
it is identical to the files on disk, ids are unique, offsets are in range and on
word boundaries, spans do not overlap, and every labelled value re-normalises
(spoken words -> digits/letters) to a value that passes its validator (Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit
counts for CVV/phone/account, UK postcode / US ZIP shapes).

Emphasis: longer whole calls and chats (median {sorted(nturns)[len(nturns)//2]} turns,
max {max(nturns)}) where PII appears amid the normal conversation, surrounded by the
non-PII numbers of that conversation (amounts, dates, references, times, balances).
Calls are written as an ASR transcript would be (lower case, no punctuation, numbers
as words: "oh"/"o"/"nought"/"zero", "double seven", "triple two", pairs like "forty one
eleven", years like "nineteen eighty two", letters as "b for bravo"/"bee"/"jay",
homophones "to"/"for" for 2/4, e-mails as "j dot doe at gmail dot com"); chats are typed
with varied separators and case. Countries: UK, US, Ireland, DE/NL/FR/ES.

## Annotation conventions

* A span covers only the value itself: the digits/letters of the value and the
  separators or spoken words *between* them ("double", "triple", "for bravo",
  "dash", "dot", "at", "plus" of an international phone). Lead-ins ("it's", "my
  number is", "cvv") and trailing words are outside.
* When a reading is interrupted by a filler ("um", "uh sorry") or split across
  turns with agent back-channels, each piece is its own span of the same type; the
  filler and the back-channel are not labelled.
* Agent read-backs of a value are labelled as well.
* Self-corrections: both the abandoned and the corrected value are labelled
  (e.g. an old phone number, a wrong date of birth).
* A repeated "last four" of an SSN is labelled SSN.
* EXPIRY covers month and year; DOB covers day, month and year, including the
  connecting words *inside* the date ("of" in "fourteenth of march nineteen eighty
  two", "the" in "june the fifteenth ..."); a leading "the" is outside the span.
* ADDRESS covers house number + street name only; town is not labelled; the
  postcode/ZIP is a separate POSTCODE span.
* EMAIL covers the full address, typed or spoken.
* PHONE includes a country code when given.
* Names of people are not labelled (not in scope; some positive calls contain
  the caller's name, which must not count for or against the redactor). Reference/order/claim/ticket
  numbers, amounts, times, dates other than birth dates, flight/room/model numbers,
  meter readings, speeds, years, ages, percentages are never labelled.
* Negative cases contain no PII at all (no person names either), only such
  lookalikes; any redaction in them is a false positive.

## Counts

Positives: {npos}; negatives: {nneg}.

| type | spans |
|---|---|
{rows}
| total | {sum(tc.values())} |
"""


def main() -> int:
    if "--check" in sys.argv[1:]:
        return run_check()
    records, _ = build()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(serialise(records), encoding="utf-8")
    README.write_text(readme(records), encoding="utf-8")
    print(summary(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())

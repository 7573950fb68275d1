#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout212/.

Written by an independent author (AI helper) who did not see the redaction code.
Standard library only.  Deterministic: one random.Random(seed=212241125).

    python scripts/make_pii_holdout212.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout212.py --check  # regenerate, compare, validate
"""
from __future__ import annotations

import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

SEED = 212241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout212"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PFX = "h212"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
ALT_LETTER = {"b": ["bravo", "boy", "bob"], "d": ["delta", "david", "dog"],
              "m": ["mike", "mary"], "n": ["november", "nancy"], "s": ["sierra", "sam", "sugar"],
              "p": ["papa", "peter"], "t": ["tango", "tom"], "c": ["charlie", "cat"],
              "e": ["echo", "edward"], "a": ["alpha", "apple"], "j": ["juliet", "john"],
              "h": ["hotel", "harry"], "r": ["romeo", "robert"], "w": ["whiskey", "william"]}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "like", "sorry"}


def pair_words(p: str) -> str:
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return R.choice(["oh", "o"]) + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else TENS[a] + " " + UNITS[b]


def digits_words(d: str, zero: str = "zero", doubles: bool = False, uk: bool = False) -> str:
    """Digit by digit; zero as given ('mix' = random per digit); optional double/triple."""
    out = []
    i = 0
    while i < len(d):
        c = d[i]
        run = 1
        while doubles and i + run < len(d) and d[i + run] == c and run < 3:
            run += 1
        if zero == "mix":
            z = R.choice(["zero", "oh", "o"] + (["nought"] if uk else []))
        else:
            z = zero
        w = z if c == "0" else UNITS[int(c)]
        if run == 3:
            out.append("triple " + w)
        elif run == 2:
            out.append("double " + w)
        else:
            out.append(w)
        i += run
    return " ".join(out)


def pairs_words(d: str) -> str:
    parts = []
    s = d
    if len(s) % 2:
        parts.append(UNITS[int(s[0])] if s[0] != "0" else "oh")
        s = s[1:]
    for k in range(0, len(s), 2):
        parts.append(pair_words(s[k:k + 2]))
    return " ".join(parts)


def spoken(d: str, uk: bool = False) -> str:
    """Random spoken style for a digit string."""
    st = R.random()
    if st < 0.4:
        return digits_words(d, zero=R.choice(["zero", "oh", "mix"]), doubles=False, uk=uk)
    if st < 0.75:
        return digits_words(d, zero=R.choice(["zero", "oh", "mix"]), doubles=True, uk=uk)
    return pairs_words(d)


def spoken_groups(gs: list[str]) -> str:
    return " ".join(spoken_group_list(gs))


def spoken_group_list(gs: list[str]) -> list[str]:
    out = []
    prev = ""
    for g in gs:
        t = spoken(g)
        if out and out[-1].split()[-1] in TENS[2:] and t.split()[0] in UNITS:
            out[-1] = digits_words(prev, "zero")
        out.append(t)
        prev = g
    return out


def spell_letter(ch: str, nato: bool) -> str:
    ch = ch.lower()
    if nato:
        w = R.choice(ALT_LETTER.get(ch, [NATO[ch]]))
        return f"{ch} for {w}"
    return ch


def year_words(y: int) -> str:
    a, b = divmod(y, 100)
    if a == 20 and b < 10:
        return "two thousand" + ("" if b == 0 else " and " + UNITS[b]) if R.random() < 0.7 else "twenty " + pair_words(f"{b:02d}")
    return pair_words(f"{a:02d}") + " " + pair_words(f"{b:02d}")


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
MONTHS = ["", "january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# ------------------------------------------------------------------ value makers


def luhn_ok(d: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def make_card(kind: str | None = None) -> str:
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    if kind == "visa":
        body, n = "4" + "".join(R.choice(string.digits) for _ in range(R.choice([5]))), 16
    elif kind == "mc":
        body, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        body, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        body, n = R.choice(["6011", "65"]), 16
    elif kind == "visa13":
        body, n = "4", 13
    else:
        body, n = "4", 19
    while len(body) < n - 1:
        body += R.choice(string.digits)
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group_card(d: str, sep: str = " ") -> str:
    if len(d) == 15:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(g)


def card_groups(d: str) -> list[str]:
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def make_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        return f"{a:03d}{g:02d}{s:04d}"


def ssn_ok(d: str) -> bool:
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni() -> str:
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(R.choice(string.digits) for _ in range(6)) + R.choice("ABCD")


def ni_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s)) and s[:2] not in NI_BAD


def iban_check(country: str, bban: str) -> str:
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def make_iban(country: str | None = None) -> str:
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(R.choice(string.digits) for _ in range(n))
    up = lambda n: "".join(R.choice(string.ascii_uppercase) for _ in range(n))
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif country == "DE":
        bban = dg(18)
    elif country == "FR":
        bban = dg(10) + up(0) + dg(13)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    return country + iban_check(country, bban) + bban


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def make_us_phone() -> str:
    area = R.choice(["212", "312", "415", "617", "713", "404", "305", "206", "503", "602",
                     "214", "702", "615", "720", "919", "847", "469", "321", "480", "512"])
    ex = str(R.randint(2, 9)) + "".join(R.choice(string.digits) for _ in range(2))
    if ex[1:] == "11":
        ex = ex[0] + "21"
    return area + ex + "".join(R.choice(string.digits) for _ in range(4))


def make_uk_mobile() -> str:
    return "07" + R.choice(["7", "8", "9", "4", "5"]) + "".join(R.choice(string.digits) for _ in range(8))


def make_ie_mobile() -> str:
    return "08" + R.choice(["3", "5", "6", "7", "9"]) + "".join(R.choice(string.digits) for _ in range(7))


def fmt_us_phone(d: str) -> str:
    a, b, c = d[:3], d[3:6], d[6:]
    return R.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}",
                     f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}", f"{a}{b}{c}", f"+1 ({a}) {b}-{c}"])


def spoken_us_phone(d: str) -> str:
    a, b, c = d[:3], d[3:6], d[6:]
    st = R.random()
    if st < 0.35:
        return " ".join([digits_words(a, "oh"), digits_words(b, "oh"), digits_words(c, "oh")])
    if st < 0.6:
        return " ".join([digits_words(a, "zero", True), digits_words(b, "oh", True), pairs_words(c)])
    if st < 0.8:
        return "area code " + digits_words(a, "oh") + " " + digits_words(b, "mix", True) + " " + digits_words(c, "mix", True)
    return "one " + digits_words(a, "oh") + " " + digits_words(b, "oh") + " " + pairs_words(c)


FIRST = ["james", "maria", "robert", "linda", "michael", "jennifer", "david", "patricia",
         "daniel", "ashley", "kevin", "tanya", "brian", "megan", "carlos", "keisha",
         "siobhan", "ciaran", "priya", "oliver", "fatima", "connor", "aoife", "tom"]
LAST = ["johnson", "garcia", "miller", "davis", "rodriguez", "wilson", "anderson", "thomas",
        "moore", "jackson", "martin", "lee", "thompson", "white", "harris", "clark",
        "murphy", "kelly", "patel", "okafor", "byrne", "walsh", "nguyen", "kowalski"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com",
           "comcast.net", "att.net", "protonmail.com", "btinternet.com", "eircom.net", "live.co.uk"]


def make_email() -> str:
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{f}_{l}",
                      f"{l}.{f[0]}", f"{f}{R.randint(1960, 2005)}"])
    return local + "@" + R.choice(DOMAINS)


def spoken_email(e: str) -> str:
    local, dom = e.split("@")
    out = []
    for tok in re.split(r"([._])", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok.isdigit():
            out.append(digits_words(tok, "zero") if len(tok) != 4 else pair_words(tok[:2]) + " " + pair_words(tok[2:]))
        elif len(tok) == 1:
            out.append(tok)
        else:
            out.append(tok if R.random() < 0.75 else " ".join(tok))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


STREETS = ["main", "oak", "maple", "elm", "washington", "lincoln", "park", "cedar", "pine",
           "lakeview", "sunset", "highland", "jefferson", "madison", "willow", "hillcrest",
           "magnolia", "peachtree", "river", "franklin"]
SUFFIX = ["street", "avenue", "road", "drive", "lane", "boulevard", "court", "way", "place",
          "circle", "terrace", "parkway"]
SUFFIX_ABBR = {"street": "St", "avenue": "Ave", "road": "Rd", "drive": "Dr", "lane": "Ln",
               "boulevard": "Blvd", "court": "Ct", "way": "Way", "place": "Pl",
               "circle": "Cir", "terrace": "Ter", "parkway": "Pkwy"}
US_CITIES = [("springfield", "IL", "627"), ("austin", "TX", "787"), ("columbus", "OH", "432"),
             ("phoenix", "AZ", "850"), ("denver", "CO", "802"), ("tampa", "FL", "336"),
             ("raleigh", "NC", "276"), ("portland", "OR", "972"), ("atlanta", "GA", "303"),
             ("nashville", "TN", "372"), ("boise", "ID", "837"), ("albany", "NY", "122")]
UK_STREETS = ["high street", "church road", "station road", "victoria road", "park lane",
              "mill lane", "the crescent", "kings road", "queens avenue", "manor close"]


def num_words_addr(n: int) -> str:
    s = str(n)
    if n < 10:
        return UNITS[n]
    if n < 100:
        return pair_words(s)
    if len(s) == 3:
        return UNITS[int(s[0])] + " " + pair_words(s[1:]) if s[1] != "0" else UNITS[int(s[0])] + " oh " + UNITS[int(s[2])]
    return pair_words(s[:2]) + " " + pair_words(s[2:])


def make_us_address(spoken_form: bool, abbr: bool = False) -> str:
    n = R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 29999)])
    st, suf = R.choice(STREETS), R.choice(SUFFIX)
    pre = R.choice(["", "", "", "north ", "south ", "east ", "west "])
    if spoken_form:
        num = num_words_addr(n) if n < 10000 else digits_words(str(n), "oh")
        apt = R.choice(["", "", f" apartment {num_words_addr(R.randint(1, 40))}", f" unit {UNITS[R.randint(1, 9)]} b"])
        return f"{num} {pre}{st} {suf}{apt}"
    name = f"{pre}{st}".title()
    s = f"{n} {name} {SUFFIX_ABBR[suf] if abbr else suf.title()}"
    if R.random() < 0.35:
        s += R.choice([f" Apt {R.randint(1, 40)}", f", Apt {R.randint(1, 9)}B", f" #{R.randint(100, 999)}", f" Unit {R.randint(1, 20)}"])
    return s


def make_zip(plus4: bool = False, prefix: str | None = None) -> str:
    z = (prefix or f"{R.randint(10, 99)}{R.randint(0, 9)}") + f"{R.randint(0, 99):02d}"
    if plus4:
        z += "-" + f"{R.randint(1, 9999):04d}"
    return z


UK_PC = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 3BN", "EC1A 1BB",
         "W1A 0AX", "BS8 1TH", "G12 8QQ", "EH3 9BL", "CF10 3NB", "NE1 4ST", "L18 2DH",
         "OX4 1RE", "SE15 5LQ", "N17 9JR", "BT9 6AD", "KT2 7PW", "RG1 3EH"]


def pc_ok(s: str) -> bool:
    s = s.upper().strip()
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}", s) or re.fullmatch(r"\d{5}(-?\d{4})?", s)
                or re.fullmatch(r"[AC-FHKNPRTV-Y]\d{2}[0-9AC-FHKNPRTV-Y]{4}", s.replace(" ", "")))


def spoken_alnum(s: str, nato_p: float = 0.3) -> str:
    out = []
    i = 0
    s = s.replace(" ", "").replace("-", "")
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(digits_words(s[i:j], "zero", doubles=R.random() < 0.4))
            i = j
        else:
            if i + 1 < len(s) and s[i + 1] == c and R.random() < 0.5:
                out.append("double " + c.lower())
                i += 2
                continue
            out.append(spell_letter(c, R.random() < nato_p))
            i += 1
    return " ".join(out)


# ------------------------------------------------------------------ normaliser
WORD_DIG = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIG.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
HOMO_DIG = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"}


def norm_digits(text: str) -> str:
    toks = re.findall(r"[a-z]+|\d+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple"):
            n = 2 if t == "double" else 3
            i += 1
            out.append(WORD_DIG[toks[i]] * n)
        elif t in WORD_DIG:
            out.append(WORD_DIG[t])
        elif t in HOMO_DIG:
            out.append(HOMO_DIG[t])
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            v = TENS.index(t)
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(f"{v}{UNITS.index(toks[i + 1])}")
                i += 1
            else:
                out.append(f"{v}0")
        elif t in ("thousand",):
            # only "two thousand [and] N" in years
            nxt = toks[i + 1:i + 3]
            if nxt and nxt[0] == "and":
                nxt = nxt[1:]
                i += 1
            if nxt and nxt[0] in UNITS:
                out[-1] = out[-1] + "0" + WORD_DIG[nxt[0]]
                i += 1
            else:
                out[-1] = out[-1] + "000"
        i += 1
    return "".join(out)


def norm_alnum(text: str) -> str:
    """Letters spelled singly or as 'x for xray', digits as words; 'o' is a LETTER here."""
    toks = re.findall(r"[a-z]+|\d+|[A-Z]+", text.replace("x-ray", "xray"))
    out = []
    i = 0
    low = [t.lower() for t in toks]
    while i < len(low):
        t = low[i]
        if i + 2 < len(low) and len(t) == 1 and low[i + 1] == "for":
            out.append(t.upper())
            i += 3
            continue
        if t == "double" and i + 1 < len(low):
            nt = low[i + 1]
            out.append((WORD_DIG.get(nt, nt.upper() if len(nt) == 1 else "?")) * 2)
            i += 2
            continue
        if t == "triple":
            out.append(WORD_DIG[low[i + 1]] * 3)
            i += 2
            continue
        if t in UNITS or t in ("nought",):
            out.append(WORD_DIG[t])
        elif t.isdigit():
            out.append(t)
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            v = TENS.index(t)
            if i + 1 < len(low) and low[i + 1] in UNITS[1:]:
                out.append(f"{v}{UNITS.index(low[i + 1])}")
                i += 1
            else:
                out.append(f"{v}0")
        elif t in FILLERS:
            pass
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


# ------------------------------------------------------------------ case builder
class Case:
    def __init__(self, kind: str, note: str):
        self.kind = kind
        self.note = note
        self.turns: list[tuple[str, list]] = []
        self.values: list[tuple[str, str, list[int]]] = []  # (type, canonical, span idx)

    def t(self, speaker: str, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)

    def build(self, cid: str):
        turns, spans = [], []
        keymap: dict[object, list[int]] = {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for sg in segs:
                if isinstance(sg, str):
                    text += sg
                else:
                    val, typ = sg[0], sg[1]
                    key = sg[2] if len(sg) > 2 else None
                    s = len(text)
                    text += val
                    spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                    if key is not None:
                        keymap.setdefault(key, []).append(len(spans) - 1)
            turns.append({"speaker": spk, "text": text})
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        meta = []
        for key, idxs in keymap.items():
            typ, canon = key[0], key[1]
            meta.append((typ, canon, idxs))
        return rec, meta


def V(text: str, typ: str, canon: str | None = None, tag: int = 0):
    """A value segment. canon = canonical value used for validation."""
    return (text, typ, (typ, canon if canon is not None else text, tag))


_tag = [0]


def newtag() -> int:
    _tag[0] += 1
    return _tag[0]


def split_parts(text_parts: list[str], typ: str, canon: str):
    tg = newtag()
    return [(p, typ, (typ, canon, tg)) for p in text_parts]


# ------------------------------------------------------------------ positives
POS = []


def pos(fn):
    POS.append(fn)
    return fn


def greet():
    return R.choice(["", "okay ", "alright ", "perfect ", "great ", "thank you ", "no problem "])


def filler():
    return R.choice(["", "", "um ", "uh ", "er "])


@pos
def p_card_call_single():
    d = make_card()
    ind = R.choice(["telecom", "utilities", "retail", "insurance", "travel", "healthcare billing"])
    c = Case("positive", f"call/{ind}: card number read in one turn, spoken digits")
    c.a(R.choice(["and what's the long number on the card", "go ahead with the sixteen digit number whenever you're ready",
                  "can i get the card number please", "okay i'm ready for the card number"]))
    c.c(R.choice(["yeah it's ", "sure ", "okay it is ", filler() + "so it's ", ""]), V(spoken_groups(card_groups(d)), "CARD_NUMBER", d, newtag()))
    return c


@pos
def p_card_call_split():
    d = make_card()
    gs = card_groups(d)
    gt = spoken_group_list(gs)
    tg = newtag()
    c = Case("positive", "call/US retail: card split across customer turns with back-channels")
    c.a("okay go ahead with the card number")
    for k, g in enumerate(gs):
        pre = R.choice(["", "", "okay ", "um ", "yep "]) if k else R.choice(["sure ", "it's ", "okay so "])
        c.c(pre, (gt[k], "CARD_NUMBER", ("CARD_NUMBER", d, tg)), R.choice(["", "", " uh"]))
        if k < len(gs) - 1:
            c.a(R.choice(["mhm", "okay go on", "yep", "uh huh", "got it", "okay"]))
    c.a(R.choice(["and the expiration date", "thank you and the expiry"]))
    m, y = R.randint(1, 12), R.randint(26, 31)
    c.c(V(R.choice([f"{digits_words(f'{m:02d}', 'oh')} {pair_words(str(y))}", f"{MONTHS[m]} twenty {pair_words(str(y))}",
                    f"{MONTHS[m]} {year_words(2000 + y)}"]), "EXPIRY", f"{m:02d}/{y}", newtag()))
    return c


@pos
def p_card_chat():
    d = make_card()
    sep = R.choice([" ", "-", "", " ", "  "])
    ind = R.choice(["retail", "telecom", "travel", "banking", "utilities"])
    cv = "".join(R.choice(string.digits) for _ in range(4 if len(d) == 15 else 3))
    m, y = R.randint(1, 12), R.randint(26, 31)
    exp = R.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}", f"{m:02d} {y}"])
    c = Case("positive", f"chat/{ind}: card, expiry and security code typed in one message")
    c.a("I can take that payment for you now. Please type the card details.")
    style = R.randint(0, 2)
    if style == 0:
        c.c("card ", V(group_card(d, sep), "CARD_NUMBER", d, newtag()), " exp ", V(exp, "EXPIRY", exp, newtag()), " cvv ", V(cv, "CVV", cv, newtag()))
    elif style == 1:
        c.c(V(group_card(d, sep), "CARD_NUMBER", d, newtag()), "\n", V(exp, "EXPIRY", exp, newtag()), "\n", "sec code ", V(cv, "CVV", cv, newtag()))
    else:
        c.c("ok its ", V(group_card(d, sep), "CARD_NUMBER", d, newtag()), ", expires ", V(exp, "EXPIRY", exp, newtag()),
            " and the 3 digits on the back are ", V(cv, "CVV", cv, newtag()), " thx")
    return c


@pos
def p_card_readback():
    d = make_card("visa" if R.random() < 0.5 else "mc")
    c = Case("positive", "call/US insurance: agent reads card back, customer confirms; premium amount not PII")
    amt = R.randint(80, 450)
    c.a(f"okay so that's a payment of {num_words_addr(amt)} dollars on your policy today what card would you like to use")
    c.c("a visa " if d[0] == "4" else "mastercard ", V(digits_words(d, R.choice(["oh", "zero"])), "CARD_NUMBER", d, newtag()))
    c.a("let me read that back ", V(" ".join(digits_words(g, "zero") for g in card_groups(d)), "CARD_NUMBER", d, newtag()), " is that correct")
    c.c("yes that's right")
    return c


@pos
def p_card_correction():
    d = make_card("visa")
    wrong = d[:4] + str((int(d[4]) + 3) % 10)
    c = Case("positive", "call/utilities: caller self-corrects mid card number; wrong fragment unlabelled")
    c.a("and the card number please")
    c.c(spoken(d[:4]) + " " + UNITS[int(wrong[4])] + " no sorry let me start again ", V(spoken_groups(card_groups(d)), "CARD_NUMBER", d, newtag()))
    c.a("thank you and the three digit code on the back")
    cv = "".join(R.choice(string.digits) for _ in range(3))
    c.c(filler(), V(digits_words(cv, "mix", True), "CVV", cv, newtag()))
    return c


@pos
def p_card_cvv_expiry_call():
    d = make_card(R.choice(["amex", "disc", "visa"]))
    cvl = 4 if len(d) == 15 else 3
    cv = "".join(R.choice(string.digits) for _ in range(cvl))
    m, y = R.randint(1, 12), R.randint(26, 31)
    c = Case("positive", "call/travel: card, expiry and CVV in separate turns; booking reference and fare not PII")
    ref = "".join(R.choice(string.digits) for _ in range(7))
    c.a(f"so the fare comes to {R.randint(200, 900)} dollars and {R.randint(1, 99)} cents for booking reference {ref} how would you like to pay")
    c.c("on my ", "american express" if cvl == 4 else "card", " it's ", V(spoken_groups(card_groups(d)), "CARD_NUMBER", d, newtag()))
    c.a("expiration")
    c.c(V(R.choice([f"{pair_words(f'{m:02d}')} slash {pair_words(str(y))}", f"{digits_words(f'{m:02d}', 'zero')} {digits_words(str(y), 'zero')}",
                    f"{MONTHS[m]} of twenty {pair_words(str(y))}"]), "EXPIRY", f"{m:02d}/{y}", newtag()))
    c.a("and the " + ("four digit code on the front" if cvl == 4 else "security code on the back"))
    c.c(R.choice(["it's ", "", "uh "]), V(spoken(cv), "CVV", cv, newtag()))
    return c


def ssn_typed(s: str) -> str:
    return R.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}",
                     f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} - {s[3:5]} - {s[5:]}", f"{s[:3]}/{s[3:5]}/{s[5:]}"])


def ssn_spoken(s: str) -> str:
    st = R.random()
    if st < 0.35:
        return digits_words(s, R.choice(["zero", "oh"]), False)
    if st < 0.6:
        return " ".join([digits_words(s[:3], "oh", True), digits_words(s[3:5], "oh", True), digits_words(s[5:], "oh", True)])
    if st < 0.8:
        return " ".join([digits_words(s[:3], "zero"), pair_words(s[3:5]), pair_words(s[5:7]), pair_words(s[7:])])
    return " ".join([digits_words(s[:3], "oh"), digits_words(s[3:5], "oh"), digits_words(s[5:], "mix", True)])


@pos
def p_ssn_call_single():
    s = make_ssn()
    ind = R.choice(["banking", "healthcare billing", "government services", "insurance", "telecom"])
    c = Case("positive", f"call/US {ind}: SSN read in one customer turn")
    c.a(R.choice(["can you verify your social security number", "and for verification i'll need your full social",
                  "what's the social on the account", "i just need the social security number please"]))
    c.c(R.choice(["yeah it's ", "sure ", "okay ", filler() + "it's ", "my social is "]), V(ssn_spoken(s), "SSN", s, newtag()))
    c.a("thank you i've got you verified")
    return c


@pos
def p_ssn_call_split():
    s = make_ssn()
    parts = [s[:3], s[3:5], s[5:]]
    tg = newtag()
    c = Case("positive", "call/US healthcare billing: SSN over three turns with back-channels")
    c.a("and what is the patient's social security number")
    for k, p in enumerate(parts):
        pre = R.choice(["", "um ", "okay "]) if k else R.choice(["it's ", "okay it's ", ""])
        c.c(pre, (digits_words(p, R.choice(["oh", "zero"]), R.random() < 0.5), "SSN", ("SSN", s, tg)))
        if k < 2:
            c.a(R.choice(["mhm", "okay", "go ahead", "uh huh", "yes"]))
    return c


@pos
def p_ssn_chat():
    s = make_ssn()
    ind = R.choice(["banking", "insurance", "government services", "healthcare billing", "telecom"])
    c = Case("positive", f"chat/US {ind}: SSN typed with a separator style; member id not PII")
    mid = "".join(R.choice(string.digits) for _ in range(R.randint(7, 9)))
    c.a("To verify your identity I'll need your SSN please.")
    c.c(R.choice(["sure its ", "SSN: ", "ssn ", "social is ", "my social security # is ", ""]), V(ssn_typed(s), "SSN", s, newtag()),
        R.choice(["", ". my member id is " + mid, " thanks", "  and member ID " + mid]))
    return c


@pos
def p_ssn_readback():
    s = make_ssn()
    c = Case("positive", "call/US banking: SSN given then agent reads it back in chunks")
    c.c("my social's ", V(ssn_spoken(s), "SSN", s, newtag()))
    c.a("okay i have ", V(f"{digits_words(s[:3], 'zero')} {digits_words(s[3:5], 'zero')} {digits_words(s[5:], 'zero')}", "SSN", s, newtag()), " correct")
    c.c("yes ma'am")
    return c


@pos
def p_ssn_correction():
    s = make_ssn()
    c = Case("positive", "call/US government services: SSN restarted after a slip; date of birth too")
    c.a("social security number")
    c.c(digits_words(s[:3], "oh") + " " + digits_words(s[4], "oh") + " wait no ", V(ssn_spoken(s), "SSN", s, newtag()))
    y, m, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
    c.a("and your date of birth")
    c.c(V(R.choice([f"{MONTHS[m]} {ORD[d]} {year_words(y)}", f"{digits_words(f'{m:02d}', 'oh')} {digits_words(f'{d:02d}', 'oh')} {year_words(y)}",
                    f"{MONTHS[m]} {ORD[d]} {pair_words(str(y)[2:])}"]), "DOB", f"{y}-{m:02d}-{d:02d}", newtag()))
    return c


@pos
def p_ssn_with_money():
    s = make_ssn()
    bal = R.randint(1000, 9000)
    c = Case("positive", "call/US banking: SSN alongside balance and a time; only SSN is PII")
    c.a(f"i see a balance of {bal} dollars and {R.randint(10, 99)} cents the payment posts at {R.randint(1, 11)} pm")
    c.c(f"okay and you needed my social it's ", V(ssn_spoken(s), "SSN", s, newtag()), f" and i've been with you {R.randint(2, 30)} years")
    return c


@pos
def p_ssn_last_and_full_chat():
    s = make_ssn()
    c = Case("positive", "chat/US tax service: SSN typed oddly spaced plus a phone number")
    ph = make_us_phone()
    c.c(R.choice(["hi need help with my 1099", "hello, question about my return", "hi my refund hasnt arrived"]))
    c.a("Happy to help. Please confirm your full SSN and a callback number.")
    c.c(V(R.choice([" ".join(s), f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]}{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:]}"]), "SSN", s, newtag()),
        R.choice([" and ", " / ", ", cb ", " phone "]), V(fmt_us_phone(ph), "PHONE", ph, newtag()))
    return c


def ni_typed(n: str) -> str:
    return R.choice([n, n.lower(), f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", f"{n[:2]}{n[2:8]} {n[8]}",
                     f"{n[:2]} {n[2:8]} {n[8]}", f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}", f"{n[:2].lower()} {n[2:8]} {n[8].lower()}"])


def ni_spoken(n: str) -> str:
    st = R.random()
    pre = " ".join(spell_letter(ch, R.random() < 0.4) for ch in n[:2]) if n[0] != n[1] or R.random() < 0.5 else "double " + n[0].lower()
    if st < 0.4:
        mid = digits_words(n[2:8], "zero")
    elif st < 0.7:
        mid = " ".join(("zero " + UNITS[int(n[k + 1])]) if n[k] == "0" else pair_words(n[k:k + 2]) for k in (2, 4, 6))
    else:
        mid = digits_words(n[2:8], "zero", True)
    return f"{pre} {mid} {spell_letter(n[8], R.random() < 0.4)}"


@pos
def p_ni_call():
    n = make_ni()
    ind = R.choice(["UK government services", "UK banking", "UK insurance", "UK payroll"])
    c = Case("positive", f"call/{ind}: NI number spoken with letters (some phonetic)")
    c.a(R.choice(["can i take your national insurance number", "what's your n i number please", "and your national insurance number"]))
    c.c(R.choice(["yeah it's ", "it's ", "erm ", ""]), V(ni_spoken(n), "NI_NUMBER", n, newtag()))
    return c


@pos
def p_ni_chat():
    n = make_ni()
    c = Case("positive", "chat/UK government services: NI number typed in various spacing/case")
    c.a("Please provide your National Insurance number so I can locate your record.")
    c.c(R.choice(["its ", "NI: ", "ni no ", "Sure - ", ""]), V(ni_typed(n), "NI_NUMBER", n, newtag()),
        R.choice(["", " cheers", ". I moved house in 2021", " thanks"]))
    return c


@pos
def p_ni_split():
    n = make_ni()
    tg = newtag()
    c = Case("positive", "call/UK pensions: NI number split over turns, letters first then digits")
    c.a("national insurance number")
    c.c("right it's ", (" ".join(spell_letter(ch, True) for ch in n[:2]), "NI_NUMBER", ("NI_NUMBER", n, tg)))
    c.a("yep")
    c.c((digits_words(n[2:5], R.choice(["zero", "nought"])), "NI_NUMBER", ("NI_NUMBER", n, tg)))
    c.a("mhm")
    c.c((digits_words(n[5:8], "zero"), "NI_NUMBER", ("NI_NUMBER", n, tg)), " and then ", (spell_letter(n[8], R.random() < 0.5), "NI_NUMBER", ("NI_NUMBER", n, tg)))
    return c


@pos
def p_ni_and_dob():
    n = make_ni()
    y, m, d = R.randint(1950, 2003), R.randint(1, 12), R.randint(1, 28)
    c = Case("positive", "call/UK benefits: DOB then NI number; appointment date is not a DOB")
    c.a(f"we can book you in for the {ORD[R.randint(1, 28)]} of {MONTHS[R.randint(1, 12)]} but first your date of birth")
    c.c(V(R.choice([f"{ORD[d]} of {MONTHS[m]} {year_words(y)}", f"the {ORD[d]} of {MONTHS[m]} {pair_words(str(y)[2:])}",
                    f"{digits_words(f'{d:02d}', 'oh')} {digits_words(f'{m:02d}', 'oh')} {pair_words(str(y)[2:])}"]), "DOB", f"{y}-{m:02d}-{d:02d}", newtag()))
    c.a("lovely and your national insurance")
    c.c(V(ni_spoken(n), "NI_NUMBER", n, newtag()))
    return c


@pos
def p_ni_readback():
    n = make_ni()
    c = Case("positive", "call/UK HMRC-style: agent reads NI number back in NATO")
    c.c("my ni number is ", V(ni_spoken(n), "NI_NUMBER", n, newtag()))
    c.a("so that's ", V(" ".join(spell_letter(ch, True) for ch in n[:2]) + " " + digits_words(n[2:8], "zero") + " " + spell_letter(n[8], True), "NI_NUMBER", n, newtag()), " yeah")
    c.c("that's it")
    return c


@pos
def p_bank_uk():
    acc = "".join(R.choice(string.digits) for _ in range(8))
    sc = "".join(R.choice(string.digits) for _ in range(6))
    chat = R.random() < 0.5
    c = Case("positive", ("chat" if chat else "call") + "/UK utilities: direct debit sort code and account number")
    c.a("I'll set up the direct debit. Sort code and account number please." if chat else "okay for the direct debit what's the sort code")
    if chat:
        scf = R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
        c.c("sort code ", V(scf, "SORT_CODE", sc, newtag()), R.choice([" acc ", " account no ", "\naccount: "]), V(acc, "BANK_ACCOUNT", acc, newtag()))
    else:
        c.c(V(R.choice([" ".join(pair_words(sc[k:k + 2]) for k in (0, 2, 4)), digits_words(sc, R.choice(["oh", "nought", "mix"]), True, uk=True)]), "SORT_CODE", sc, newtag()))
        c.a("and the account number")
        c.c(filler(), V(digits_words(acc, "mix", True, uk=True), "BANK_ACCOUNT", acc, newtag()))
    return c


@pos
def p_bank_us():
    acc = "".join(R.choice(string.digits) for _ in range(R.randint(9, 12)))
    c = Case("positive", "call/US banking: checking account number read out; routing number not labelled; amount not PII")
    chat = R.random() < 0.4
    amt = R.randint(20, 999)
    if chat:
        c.note = "chat/US utilities autopay: checking account number typed; amount not PII"
        c.a(f"Autopay will draft ${amt}.{R.randint(10, 99)} monthly. What checking account should we use?")
        c.c(R.choice(["acct # ", "account number ", "checking: ", "it's "]), V(R.choice([acc, "-".join([acc[:4], acc[4:]]), " ".join(acc[i:i + 3] for i in range(0, len(acc), 3))]), "BANK_ACCOUNT", acc, newtag()))
    else:
        c.a("and what's the account number you're calling about")
        c.c(R.choice(["it's my checking ", "savings account ", "okay it's "]), V(spoken(acc), "BANK_ACCOUNT", acc, newtag()))
        c.a(f"thank you i see the transfer of {num_words_addr(amt)} dollars")
    return c


@pos
def p_bank_split():
    acc = "".join(R.choice(string.digits) for _ in range(10))
    tg = newtag()
    c = Case("positive", "call/US credit union: account number over two turns")
    c.a("what's the account number")
    c.c(R.choice(["okay ", "uh "]), (digits_words(acc[:5], "oh", True), "BANK_ACCOUNT", ("BANK_ACCOUNT", acc, tg)))
    c.a(R.choice(["okay", "mhm go on"]))
    c.c((digits_words(acc[5:], "oh", True), "BANK_ACCOUNT", ("BANK_ACCOUNT", acc, tg)))
    return c


@pos
def p_iban_chat():
    ib = make_iban()
    c = Case("positive", "chat/EU banking: IBAN typed grouped or run together for a refund")
    c.a("For the refund please send the IBAN of the receiving account.")
    c.c(R.choice(["IBAN ", "iban: ", "here ", "sure ", ""]), V(R.choice([ib, group4(ib), group4(ib).lower(), ib[:4] + " " + ib[4:]]), "IBAN", ib, newtag()),
        R.choice(["", " thanks", " (bank in " + {"GB": "London", "IE": "Dublin", "DE": "Berlin", "FR": "Lyon", "NL": "Utrecht", "ES": "Madrid"}[ib[:2]] + ")"]))
    return c


@pos
def p_iban_call():
    ib = make_iban(R.choice(["IE", "GB", "DE", "NL"]))
    c = Case("positive", "call/Ireland-EU travel refund: IBAN spoken letter and digit by letter and digit")
    c.a("and the iban for the refund")
    c.c(R.choice(["it's ", "okay ", ""]), V(spoken_alnum(ib, 0.3), "IBAN", ib, newtag()))
    return c


@pos
def p_iban_split():
    ib = make_iban(R.choice(["IE", "GB"]))
    tg = newtag()
    g = [ib[i:i + 8] for i in range(0, len(ib), 8)]
    c = Case("positive", "call/Ireland utilities: IBAN split over turns with agent checking in")
    c.a("go ahead with the iban")
    for k, part in enumerate(g):
        c.c((spoken_alnum(part, 0.5), "IBAN", ("IBAN", ib, tg)))
        if k < len(g) - 1:
            c.a(R.choice(["yep", "okay", "mhm", "got that"]))
    return c


@pos
def p_phone_call():
    ph = make_us_phone()
    ind = R.choice(["US telecom", "US retail", "US healthcare billing", "US insurance"])
    c = Case("positive", f"call/{ind}: callback number spoken")
    c.a(R.choice(["what's the best number to reach you", "can i get a callback number in case we get disconnected",
                  "and the phone number on the account"]))
    c.c(R.choice(["yeah it's ", "sure ", "it's ", "my cell is ", ""]), V(spoken_us_phone(ph), "PHONE", ph, newtag()))
    return c


@pos
def p_phone_chat():
    ph = make_us_phone()
    c = Case("positive", "chat/US retail: phone typed in one of many US formats")
    c.a("What's a good phone number for the delivery driver?")
    c.c(R.choice(["", "you can text ", "cell: ", "call me at ", "ph "]), V(fmt_us_phone(ph), "PHONE", ph, newtag()),
        R.choice(["", " after 5pm", " anytime", " pls"]))
    return c


@pos
def p_phone_split():
    ph = make_us_phone()
    tg = newtag()
    c = Case("positive", "call/US telecom: phone split area code / exchange / line with back-channel")
    c.a("what number are you calling about")
    c.c(R.choice(["the area code is ", "it's ", ""]), (digits_words(ph[:3], "oh"), "PHONE", ("PHONE", ph, tg)))
    c.a("okay")
    c.c((digits_words(ph[3:6], "oh", True), "PHONE", ("PHONE", ph, tg)))
    c.a("mhm")
    c.c((R.choice([pairs_words(ph[6:]), digits_words(ph[6:], "oh", True)]), "PHONE", ("PHONE", ph, tg)))
    return c


@pos
def p_phone_uk_ie():
    uk = R.random() < 0.6
    ph = make_uk_mobile() if uk else make_ie_mobile()
    chat = R.random() < 0.5
    c = Case("positive", f"{'chat' if chat else 'call'}/{'UK' if uk else 'Ireland'} telecom: mobile number")
    c.a("Best contact number?" if chat else "what's the best number for you")
    if chat:
        intl = ("+44 " + ph[1:5] + " " + ph[5:]) if uk else ("+353 " + ph[1:3] + " " + ph[3:6] + " " + ph[6:])
        txt = R.choice([ph, ph[:5] + " " + ph[5:], intl, ph[:3] + " " + ph[3:6] + " " + ph[6:]])
        c.c(V(txt, "PHONE", ph, newtag()))
    else:
        c.c(R.choice(["it's ", "erm ", ""]), V(digits_words(ph, R.choice(["oh", "mix"]), True, uk=True), "PHONE", ph, newtag()))
    return c


@pos
def p_two_phones():
    a, b = make_us_phone(), make_us_phone()
    c = Case("positive", "call/US healthcare: two phone numbers in one turn (home and cell)")
    c.a("do you have a phone number for us")
    c.c("home is ", V(spoken_us_phone(a), "PHONE", a, newtag()), " and my cell ", V(spoken_us_phone(b), "PHONE", b, newtag()))
    return c


@pos
def p_email_call():
    e = make_email()
    c = Case("positive", "call/US retail: email address spoken ASR style")
    c.a(R.choice(["and the email for the receipt", "what email should we send the confirmation to", "email address on file please"]))
    c.c(R.choice(["it's ", "sure it's ", "yeah ", ""]), V(spoken_email(e), "EMAIL", e, newtag()))
    return c


@pos
def p_email_chat():
    e = make_email()
    c = Case("positive", "chat/US insurance: email typed, odd case")
    shown = R.choice([e, e.upper() if R.random() < 0.2 else e, e.capitalize()])
    c.a("What email would you like your policy documents sent to?")
    c.c(R.choice(["", "send to ", "email: ", "pls use "]), V(shown, "EMAIL", e.lower(), newtag()), R.choice(["", " thx", ". policy renews in march"]))
    return c


@pos
def p_email_readback():
    e = make_email()
    c = Case("positive", "call/US telecom: email spelled then agent reads back")
    c.c("my email is ", V(spoken_email(e), "EMAIL", e, newtag()))
    c.a("so i have ", V(spoken_email(e), "EMAIL", e, newtag()), " right")
    c.c("correct")
    return c


def dob_spoken(y, m, d, us=True):
    opts = [f"{MONTHS[m]} {ORD[d]} {year_words(y)}", f"{MONTHS[m]} {pair_words(f'{d:02d}') if d >= 10 else UNITS[d]} {year_words(y)}",
            f"{digits_words(f'{m:02d}', 'oh')} {digits_words(f'{d:02d}', 'oh')} {year_words(y)}",
            f"{pair_words(f'{m:02d}') if m >= 10 else UNITS[m]} {pair_words(f'{d:02d}') if d >= 10 else UNITS[d]} {pair_words(str(y)[2:])}"]
    if not us:
        opts = [f"the {ORD[d]} of {MONTHS[m]} {year_words(y)}", f"{ORD[d]} {MONTHS[m]} {year_words(y)}"]
    return R.choice(opts)


@pos
def p_dob_call():
    y, m, d = R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)
    ind = R.choice(["US healthcare billing", "US insurance", "US pharmacy", "US banking"])
    c = Case("positive", f"call/{ind}: date of birth spoken; appointment date elsewhere not labelled")
    c.a(R.choice(["can you verify the date of birth", "and the patient's birthday", "date of birth please"]))
    c.c(R.choice(["", "it's ", "uh ", "sure "]), V(dob_spoken(y, m, d), "DOB", f"{y}-{m:02d}-{d:02d}", newtag()))
    c.a(f"thank you i see the appointment on {MONTHS[R.randint(1, 12)]} {ORD[R.randint(1, 28)]} at {R.randint(1, 11)} thirty")
    return c


@pos
def p_dob_chat():
    y, m, d = R.randint(1940, 2005), R.randint(1, 12), R.randint(1, 28)
    us = R.random() < 0.7
    txt = R.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{m}-{d}-{y}", f"{MONTHS[m].title()} {d}, {y}",
                    f"{MONTHS[m][:3].title()} {d} {y}"]) if us else R.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m].title()} {y}", f"{d}.{m}.{y}"])
    c = Case("positive", f"chat/{'US' if us else 'UK'} insurance: DOB typed; policy number not PII")
    pol = "".join(R.choice(string.digits) for _ in range(8))
    c.a("Please confirm the date of birth on the policy.")
    c.c(R.choice(["dob ", "DOB: ", "born ", "its ", ""]), V(txt, "DOB", f"{y}-{m:02d}-{d:02d}", newtag()), f" policy number {pol}")
    return c


@pos
def p_address_us_call():
    addr = make_us_address(True)
    city, st, zp = R.choice(US_CITIES)
    z = make_zip(False, zp)
    c = Case("positive", "call/US utilities: service address and ZIP spoken")
    c.a("what's the service address")
    c.c(R.choice(["it's ", "uh ", ""]), V(addr, "ADDRESS", addr, newtag()), f" in {city}")
    c.a("and the zip code")
    c.c(V(digits_words(z, R.choice(["oh", "zero"]), R.random() < 0.5), "POSTCODE", z, newtag()))
    return c


@pos
def p_address_us_chat():
    addr = make_us_address(False, R.random() < 0.5)
    city, st, zp = R.choice(US_CITIES)
    plus4 = R.random() < 0.4
    z = make_zip(plus4, zp)
    c = Case("positive", "chat/US retail: shipping address with city, state and ZIP" + ("+4" if plus4 else ""))
    c.a("Where should we ship the replacement?")
    c.c(V(addr, "ADDRESS", addr, newtag()), f", {city.title()}, {st} ", V(z, "POSTCODE", z, newtag()))
    return c


@pos
def p_zip_only():
    city, st, zp = R.choice(US_CITIES)
    plus4 = R.random() < 0.3
    z = make_zip(plus4, zp)
    zd = z.replace("-", "")
    c = Case("positive", "call/US card services: billing ZIP for verification")
    c.a("can you verify the billing zip code")
    sp = digits_words(zd[:5], R.choice(["oh", "zero"]), R.random() < 0.5)
    if plus4:
        sp += R.choice([" dash ", " "]) + digits_words(zd[5:], "oh")
    c.c(R.choice(["yes it's ", "", "sure "]), V(sp, "POSTCODE", z, newtag()))
    return c


@pos
def p_address_uk():
    pc = R.choice(UK_PC)
    hn = R.randint(1, 180)
    st = R.choice(UK_STREETS)
    chat = R.random() < 0.5
    c = Case("positive", f"{'chat' if chat else 'call'}/UK energy: home address and postcode")
    if chat:
        c.a("Can you confirm the supply address please?")
        a = f"{hn} {st.title()}"
        c.c(V(a, "ADDRESS", a, newtag()), R.choice([", ", " "]), R.choice(["Leeds", "Bristol", "Croydon", "Glasgow"]), " ", V(R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE", pc, newtag()))
    else:
        c.a("first line of the address")
        a = f"{num_words_addr(hn)} {st}"
        c.c(V(a, "ADDRESS", a, newtag()))
        c.a("and the postcode")
        c.c(R.choice(["it's ", "", "erm "]), V(spoken_alnum(pc, 0.3), "POSTCODE", pc, newtag()))
    return c


@pos
def p_ireland_eircode():
    ec = R.choice(["D02 X285", "T12 R8FV", "H91 E2K7", "V94 T9PX", "A65 F4E2", "D04 C932"])
    c = Case("positive", "chat/Ireland telecom: eircode given for broadband install")
    c.a("What's the eircode for the install?")
    c.c(V(R.choice([ec, ec.replace(" ", ""), ec.lower()]), "POSTCODE", ec, newtag()))
    return c


@pos
def p_full_profile():
    s = make_ssn()
    ph = make_us_phone()
    y, m, d = R.randint(1945, 2002), R.randint(1, 12), R.randint(1, 28)
    addr = make_us_address(True)
    city, st, zp = R.choice(US_CITIES)
    z = make_zip(False, zp)
    c = Case("positive", "call/US insurance new policy: SSN, DOB, address, ZIP, phone mixed with chit-chat and a quote amount")
    c.a(f"so the quote came out at {R.randint(90, 300)} a month let's get you set up what's your date of birth")
    c.c(V(dob_spoken(y, m, d), "DOB", f"{y}-{m:02d}-{d:02d}", newtag()), " i know i know i don't look it")
    c.a("ha and your social")
    c.c(V(ssn_spoken(s), "SSN", s, newtag()))
    c.a("home address")
    c.c(V(addr, "ADDRESS", addr, newtag()), f" {city} {st.lower()} ", V(digits_words(z, "oh"), "POSTCODE", z, newtag()))
    c.a("best phone")
    c.c(V(spoken_us_phone(ph), "PHONE", ph, newtag()), f" but i'm at work till {R.randint(4, 6)}")
    return c


@pos
def p_card_and_zip_chat():
    d = make_card()
    z = make_zip()
    c = Case("positive", "chat/US retail: card with billing ZIP; order number not PII")
    order = "".join(R.choice(string.digits) for _ in range(9))
    c.c(f"order #{order} failed. trying again card ", V(group_card(d, R.choice([" ", "-", ""])), "CARD_NUMBER", d, newtag()), " zip ", V(z, "POSTCODE", z, newtag()))
    return c


@pos
def p_card_with_typos_chat():
    d = make_card("visa")
    g = card_groups(d)
    txt = g[0] + " " + g[1] + g[2] + " " + g[3]
    c = Case("positive", "chat/US telecom: card typed with irregular grouping, CVV after a typo'd label")
    cv = "".join(R.choice(string.digits) for _ in range(3))
    c.c("heres my card ", V(txt, "CARD_NUMBER", d, newtag()), " cvc ", V(cv, "CVV", cv, newtag()), " exp ", V(f"{R.randint(1, 12)}/{R.randint(26, 30)}", "EXPIRY", "x", newtag()))
    return c


@pos
def p_ssn_and_card_disambig():
    s = make_ssn()
    d = make_card()
    c = Case("positive", "call/US credit card issuer: SSN for ID then card number in following turns")
    c.a("to pull up the account i need the card number")
    c.c(V(spoken_groups(card_groups(d)), "CARD_NUMBER", d, newtag()))
    c.a("and the last four of your social sorry actually the full social for this request")
    c.c("okay ", V(ssn_spoken(s), "SSN", s, newtag()))
    return c


@pos
def p_ssn_words_in_chat():
    s = make_ssn()
    c = Case("positive", "chat/US benefits: SSN typed with a mix of digits and words / letter o")
    typed = f"{s[:3]}-{s[3:5]}-{s[5:]}".replace("0", R.choice(["0", "O"]))
    c.c("my social is ", V(typed, "SSN", s, newtag()))
    return c


HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"]}


@pos
def p_ssn_homophone():
    s = make_ssn()
    words = digits_words(s[:3], "oh").split() + ["dash"] + digits_words(s[3:5], "oh").split() + ["dash"] + digits_words(s[5:], "oh").split()
    dig = [ch for ch in s[:3]] + [None] + list(s[3:5]) + [None] + list(s[5:])
    swapped = 0
    for k, ch in enumerate(dig):
        if ch in HOMO and swapped < 2 and R.random() < 0.6:
            words[k] = R.choice(HOMO[ch])
            swapped += 1
    if R.random() < 0.5:
        words = [w for w in words if w != "dash"]
    c = Case("positive", "call/US healthcare billing: SSN with ASR homophones (to/for/ate/won) and spoken dashes")
    c.a("and i need the subscriber's social security number")
    c.c(R.choice(["okay it's ", "yes ", "hang on um it's "]), V(" ".join(words), "SSN", s, newtag()))
    return c


@pos
def p_ssn_chat_sentence():
    s = make_ssn()
    c = Case("positive", "chat/US benefits enrollment: SSN typed inside a sentence with typos and other numbers")
    kids = R.randint(2, 4)
    c.c(f"hi im trying to add my {kids} kids to my plan, my ss# is ", V(R.choice([f"{s[:3]} {s[3:5]} {s[5:]}", f"{s[:3]}-{s[3:5]}-{s[5:]}", s]), "SSN", s, newtag()),
        f" and open enrollment ends {R.randint(1, 12)}/{R.randint(1, 28)} right??")
    c.a("Yes, you have until then. I've located your record.")
    return c


@pos
def p_address_zip4_call():
    addr = make_us_address(True)
    city, st, zp = R.choice(US_CITIES)
    z = make_zip(True, zp)
    zd = z.replace("-", "")
    c = Case("positive", "call/US government services: mailing address, city, state and ZIP+4 in one turn")
    c.a("and what's the mailing address")
    c.c(V(addr, "ADDRESS", addr, newtag()), f" {city} ", {"IL": "illinois", "TX": "texas", "OH": "ohio", "AZ": "arizona", "CO": "colorado", "FL": "florida",
                                                          "NC": "north carolina", "OR": "oregon", "GA": "georgia", "TN": "tennessee", "ID": "idaho", "NY": "new york"}[st],
        " ", V(digits_words(zd[:5], "oh") + R.choice([" dash ", " "]) + digits_words(zd[5:], "oh", True), "POSTCODE", z, newtag()))
    return c


@pos
def p_card_exp_cvv_one_turn_call():
    d = make_card("mc")
    cv = "".join(R.choice(string.digits) for _ in range(3))
    m, y = R.randint(1, 12), R.randint(26, 31)
    c = Case("positive", "call/US telecom bill pay: card, expiry and CVV all in one long customer turn")
    c.a(f"your balance due is {num_words_addr(R.randint(60, 300))} dollars go ahead with the card")
    c.c(V(spoken_groups(card_groups(d)), "CARD_NUMBER", d, newtag()), " expires ",
        V(f"{digits_words(f'{m:02d}', 'oh')} {pair_words(str(y))}", "EXPIRY", f"{m:02d}/{y}", newtag()),
        " and the code on the back is ", V(digits_words(cv, "mix", True), "CVV", cv, newtag()))
    return c


# ------------------------------------------------------------------ negatives
NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


def dg(n):
    return str(R.randint(1, 9)) + "".join(R.choice(string.digits) for _ in range(n - 1))


@neg
def n_policy():
    pol = dg(R.randint(8, 10))
    c = Case("negative", "call/US insurance: policy number digits with its name, premium amount")
    c.a("what's your policy number")
    c.c("policy number ", spoken(pol) if R.random() < 0.6 else pol)
    c.a(f"thank you your premium is {num_words_addr(R.randint(100, 999))} dollars due on the {ORD[R.randint(1, 28)]}")
    return c


@neg
def n_claim():
    cl = dg(R.randint(7, 10))
    c = Case("negative", "chat/US health insurance: claim number and amounts")
    c.c(f"Hi, checking on claim # {cl}. The EOB says I owe ${R.randint(50, 900)}.{R.randint(10, 99)}")
    c.a(f"Claim {cl} was processed on {R.randint(1, 12)}/{R.randint(1, 28)}/2026 and paid at {R.choice([70, 80, 90])}%.")
    return c


@neg
def n_member():
    mid = dg(9)
    c = Case("negative", "call/US healthcare: member id read digit by digit with its name")
    c.a("can i have the member id on the front of the insurance card")
    c.c("member i d is ", digits_words(mid, "zero", R.random() < 0.5))
    c.a("got it and the group number")
    c.c("group number " + digits_words(dg(6), "oh"))
    return c


@neg
def n_tracking():
    tr = dg(10)
    c = Case("negative", "chat/US retail: tracking number and order number with names")
    c.c(f"where is my package tracking number {tr}")
    c.a(f"Order {dg(8)} shipped Tuesday and is due by 8pm Thursday. Tracking {tr} shows it in Memphis.")
    return c


@neg
def n_money_call():
    c = Case("negative", "call/US utilities: bill amounts, kilowatt hours, dates spoken")
    c.a(f"your bill this month is {num_words_addr(R.randint(100, 400))} dollars and {pair_words(str(R.randint(10, 99)))} cents")
    c.c(f"that's way more than last month i used like {num_words_addr(R.randint(600, 1900))} kilowatt hours")
    c.a(f"payment's due on {MONTHS[R.randint(1, 12)]} {ORD[R.randint(1, 28)]}")
    return c


@neg
def n_times_durations():
    c = Case("negative", "call/US telecom: times, durations, data amounts")
    c.c(f"i've been on hold for {pair_words(str(R.randint(20, 59)))} minutes and my data ran out after {R.randint(5, 50)} gigs")
    c.a(f"sorry about that the tech can come between {UNITS[R.randint(8, 9)]} and {UNITS[R.randint(1, 5)]} on {MONTHS[R.randint(1, 12)]} {ORD[R.randint(1, 28)]}")
    return c


@neg
def n_flight():
    c = Case("negative", "chat/US travel: flight number, seat, confirmation code, fare")
    fl = R.choice(["UA", "DL", "AA", "WN", "B6"]) + str(R.randint(100, 2999))
    c.c(f"my flight {fl} on the {R.randint(1, 28)}th got cancelled, confirmation {''.join(R.choice(string.ascii_uppercase) for _ in range(6))}")
    c.a(f"I've moved you to {fl[:2]}{R.randint(100, 2999)} departing {R.randint(1, 12)}:{R.choice(['05', '15', '40'])} PM, seat {R.randint(1, 40)}{R.choice('ABCDEF')}. Fare difference $0.")
    return c


@neg
def n_room_hotel():
    c = Case("negative", "call/US travel: hotel room number, nights, rate")
    c.c(f"i'm in room {num_words_addr(R.randint(100, 1899))} and the ac is stuck at {pair_words(str(R.randint(78, 89)))} degrees")
    c.a(f"i'm sorry i can move you for the remaining {UNITS[R.randint(2, 6)]} nights at the same rate of {num_words_addr(R.randint(120, 399))} a night")
    return c


@neg
def n_model():
    c = Case("negative", "chat/US retail: model number, serial-ish product code, price")
    mdl = R.choice(["WF45", "KDTE", "RF28", "GTW4"]) + str(R.randint(1000, 9999)) + R.choice(["HW", "SS", "AP", ""])
    c.c(f"my washer model {mdl} shows error code {R.randint(10, 99)}E")
    c.a(f"Thanks. A repair visit is $129 and the part is ${R.randint(20, 90)}.99. Ticket {dg(7)} created.")
    return c


@neg
def n_meter():
    c = Case("negative", "call/UK utilities: meter reading digits and tariff pence")
    rd = dg(5)
    c.c(f"i want to give a meter reading it's {digits_words(rd, 'nought', True, uk=True)}")
    c.a(f"thanks that's {rd} and your unit rate is {pair_words(str(R.randint(20, 35)))} point {UNITS[R.randint(1, 9)]} pence")
    return c


@neg
def n_balance():
    c = Case("negative", "call/US banking: balances, interest rate, years")
    c.a(f"your available balance is {num_words_addr(R.randint(1000, 9999))} dollars and your savings earns {UNITS[R.randint(1, 4)]} point {UNITS[R.randint(1, 9)]} percent")
    c.c(f"okay i opened that in {year_words(R.randint(1995, 2020))} right")
    c.a("yes that's correct")
    return c


@neg
def n_invoice():
    c = Case("negative", "chat/UK B2B telecom: invoice and account reference (with names), VAT, amounts")
    inv = "INV-" + dg(7)
    c.c(f"Invoice {inv} is wrong, it shows {R.randint(12, 80)} lines but we have {R.randint(5, 11)}")
    c.a(f"Apologies. I've raised credit note CN{dg(6)} for £{R.randint(100, 900)}.{R.randint(10, 99)} inc VAT at 20%.")
    return c


@neg
def n_reference_spoken():
    ref = dg(R.randint(6, 9))
    c = Case("negative", "call/US government services: case reference spoken, hold time, office hours")
    c.a("do you have a case reference number")
    c.c("yeah the case number is " + digits_words(ref, R.choice(["zero", "oh"])))
    c.a(f"thanks our office is open eight to {UNITS[R.randint(4, 6)]} monday to friday and the wait is about {R.randint(2, 6)} weeks")
    return c


@neg
def n_appointment():
    c = Case("negative", "call/US healthcare: appointment date and time, copay, age of patient")
    c.a(f"i can get you in on {MONTHS[R.randint(1, 12)]} {ORD[R.randint(1, 28)]} at {UNITS[R.randint(1, 9)]} fifteen")
    c.c(f"that works my son is {TEENS[R.randint(0, 7)]} by the way is the copay still {pair_words(str(R.randint(20, 60)))} dollars")
    c.a("yes it is")
    return c


@neg
def n_contract_start():
    c = Case("negative", "chat/US telecom: contract start date, months, price per line")
    c.c(f"My contract started {R.randint(1, 12)}/{R.randint(1, 28)}/{R.randint(2019, 2025)}, when can I upgrade?")
    c.a(f"You're eligible after {R.choice([24, 36])} months. The plan is ${R.randint(25, 70)}/line for {R.randint(2, 5)} lines.")
    return c


@neg
def n_speed():
    c = Case("negative", "call/US broadband: speeds, ping, router model")
    c.c(f"i pay for {num_words_addr(R.choice([300, 500, 940]))} megs but i'm getting like {pair_words(str(R.randint(20, 90)))} and ping is {num_words_addr(R.randint(100, 400))}")
    c.a(f"okay let's reboot the router model {R.choice(['cgm', 'xb', 'tg'])} {num_words_addr(R.randint(1000, 9999))}")
    return c


@neg
def n_quantities():
    c = Case("negative", "chat/US retail: quantities, sizes, percentages, promo code")
    c.c(f"I ordered {R.randint(2, 12)} packs of size {R.randint(6, 14)} and got {R.randint(1, 5)}. Promo SAVE{R.randint(10, 30)} didn't apply")
    c.a(f"I'll refund ${R.randint(10, 200)}.{R.randint(10, 99)} and add {R.randint(10, 25)}% off your next order.")
    return c


@neg
def n_temperature_age():
    c = Case("negative", "call/US healthcare nurse line: temperature, age, dosage, weight")
    c.c(f"my daughter is {UNITS[R.randint(2, 9)]} and her temp is a hundred and {UNITS[R.randint(1, 4)]} point {UNITS[R.randint(1, 9)]}")
    c.a(f"okay she's about {pair_words(str(R.randint(30, 80)))} pounds you can give {num_words_addr(R.choice([160, 240, 320]))} milligrams every {UNITS[R.choice([4, 6, 8])]} hours")
    return c


@neg
def n_company_number_ticket():
    c = Case("negative", "chat/US telecom: ticket number and count of outages, years")
    c.c(f"this is the {ORD[R.randint(3, 9)]} outage since {R.randint(2020, 2025)}, ticket {dg(R.randint(8, 10))}")
    c.a(f"Escalated ticket to tier 2; ETA {R.randint(2, 48)} hours.")
    return c


@neg
def n_rx():
    c = Case("negative", "call/US pharmacy: prescription number with name, refills, quantity")
    c.c(f"i need to refill prescription number {digits_words(dg(7), 'oh')}")
    c.a(f"okay that's {pair_words(str(R.choice([30, 60, 90])))} tablets with {UNITS[R.randint(1, 5)]} refills left ready after {UNITS[R.randint(2, 6)]} pm")
    return c


@neg
def n_loan():
    c = Case("negative", "call/US banking mortgage: loan number with name, payment, rate, term")
    c.a("what's the loan number")
    c.c("loan number " + digits_words(dg(10), "zero"))
    c.a(f"your payment is {num_words_addr(R.randint(1000, 3999))} dollars at {UNITS[R.randint(3, 7)]} point {pair_words(str(R.randint(10, 99)))} percent for {pair_words(str(R.choice([15, 30])))} years")
    return c


@neg
def n_confirmation_chat():
    c = Case("negative", "chat/US travel car rental: confirmation number, mileage, dates")
    c.c(f"Confirmation {dg(9)}. Picked up {R.randint(1, 12)}/{R.randint(1, 28)} with {R.randint(10000, 60000)} miles, returning 10/{R.randint(1, 28)} at 11am")
    c.a(f"Thanks! Daily rate ${R.randint(30, 90)} plus {R.randint(8, 15)}% tax.")
    return c


@neg
def n_account_number_mention_no_value():
    c = Case("negative", "call/US telecom: talk about account/card numbers without any value given")
    c.a("i'll need the card number and expiration when you're ready")
    c.c(f"hold on it's in my wallet give me like {UNITS[R.randint(2, 5)]} seconds")
    c.a("no rush take your time")
    return c


@neg
def n_order_spoken():
    c = Case("negative", "call/US retail: order number spoken digit by digit with its name, delivery window")
    c.a("do you have the order number")
    c.c("yeah order number " + digits_words(dg(R.randint(8, 10)), R.choice(["oh", "zero"]), True))
    c.a(f"thanks it's arriving {MONTHS[R.randint(1, 12)]} {ORD[R.randint(1, 28)]} between {UNITS[R.randint(1, 4)]} and {UNITS[R.randint(5, 8)]} pm")
    return c


@neg
def n_promo_expiry():
    c = Case("negative", "chat/US telecom: promo/warranty expiry dates that are not card expiries")
    c.c(f"my promo price of ${R.randint(30, 60)}/mo expires {R.randint(1, 12):02d}/{R.randint(26, 29)}, can you extend it?")
    c.a(f"I can add a {R.choice([6, 12])} month discount of ${R.randint(5, 15)} starting next bill cycle on the {R.randint(1, 28)}th.")
    return c


@neg
def n_member_group_chat():
    c = Case("negative", "chat/US health insurance: member ID and group number typed with labels, deductible")
    c.c(f"Member ID {dg(9)}, group # {dg(6)}. How much of my ${R.choice([1500, 2500, 3000])} deductible is left?")
    c.a(f"You've met ${R.randint(100, 1400)}.{R.randint(10, 99)} so far this plan year (2026).")
    return c


@neg
def n_years_counts_call():
    c = Case("negative", "call/US insurance: years, vehicle year, mileage, counts, quote")
    c.c(f"it's a {year_words(R.randint(2008, 2024))} honda with about {pair_words(str(R.randint(20, 99)))} thousand miles and two drivers")
    c.a(f"okay your six month premium would be {num_words_addr(R.randint(400, 999))} dollars")
    return c


# ------------------------------------------------------------------ assembly
def quotas_met(counts: Counter, npos: int) -> bool:
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 14
        if counts[t] < need:
            return False
    return npos >= 180


def generate():
    _tag[0] = 0
    R.seed(SEED)
    pos_cases, neg_cases = [], []
    counts: Counter = Counter()
    # round-robin over positive templates, then extra weighted US picks
    weights = []
    for fn in POS:
        w = 1.0
        n = fn.__name__
        if "ssn" in n or "card" in n or "phone" in n or "address_us" in n or "zip" in n:
            w = 1.6
        weights.append(w)
    def add(rec_meta):
        rec, meta = rec_meta
        pos_cases.append((rec, meta))
        for sp in rec["spans"]:
            counts[sp["type"]] += 1

    for i in range(200):
        fn = POS[i % len(POS)] if i < len(POS) * 2 else R.choices(POS, weights)[0]
        add(fn().build(f"{PFX}-pos-{len(pos_cases) + 1:03d}"))
    for t in TYPES:
        need = 32 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 15
        tries = 0
        while counts[t] < need and tries < 2000:
            tries += 1
            cs = R.choice(POS)()
            rec, meta = cs.build(f"{PFX}-pos-{len(pos_cases) + 1:03d}")
            if any(sp["type"] == t for sp in rec["spans"]):
                add((rec, meta))
    j = 0
    while len(neg_cases) < 115:
        fn = NEG[j % len(NEG)] if j < len(NEG) * 3 else R.choice(NEG)
        j += 1
        cs = fn()
        rec, meta = cs.build(f"{PFX}-neg-{len(neg_cases) + 1:03d}")
        neg_cases.append((rec, meta))
    return pos_cases, neg_cases


def dumps(pos_cases, neg_cases) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in pos_cases + neg_cases)


# ------------------------------------------------------------------ validation
def validate_value(typ: str, canon: str, text: str) -> str | None:
    if typ == "CARD_NUMBER":
        d = norm_digits(text)
        if d != canon:
            return f"card text->{d} != {canon}"
        if not (13 <= len(d) <= 19 and luhn_ok(d)):
            return "card not luhn"
    elif typ == "SSN":
        d = norm_digits(text.replace("O", "0"))
        if d != canon or not ssn_ok(d):
            return f"ssn {d} vs {canon}"
    elif typ == "NI_NUMBER":
        n = norm_alnum(text.upper() if re.search(r"\d", text) else text).upper()
        if n != canon or not ni_ok(n):
            return f"ni {n} vs {canon}"
    elif typ == "IBAN":
        n = norm_alnum(text).upper()
        if n != canon or not iban_ok(n):
            return f"iban {n} vs {canon}"
    elif typ in ("BANK_ACCOUNT",):
        d = norm_digits(text)
        if d != canon or not (6 <= len(d) <= 17):
            return f"acct {d} vs {canon}"
    elif typ == "SORT_CODE":
        d = norm_digits(text)
        if d != canon or len(d) != 6:
            return f"sort {d} vs {canon}"
    elif typ == "CVV":
        d = norm_digits(text)
        if d != canon or len(d) not in (3, 4):
            return f"cvv {d} vs {canon}"
    elif typ == "PHONE":
        d = norm_digits(text)
        if d.startswith("1") and len(d) == 11:
            d = d[1:]
        if d.startswith("44"):
            d = "0" + d[2:]
        if d.startswith("353"):
            d = "0" + d[3:]
        if d != canon or len(d) not in (10, 11):
            return f"phone {d} vs {canon}"
    elif typ == "EMAIL":
        e = text.lower()
        if "@" not in e:
            e = re.sub(r"\s*\bdot\b\s*", ".", e)
            e = re.sub(r"\s*\bunderscore\b\s*", "_", e)
            e = re.sub(r"\s*\bat\b\s*", "@", e)
            # spoken digits in local part
            e = re.sub(r"[a-z]+(?: [a-z]+)*", lambda m: m.group(0), e)
            parts = e.split(" ")
            rebuilt = []
            for p in parts:
                rebuilt.append(p)
            e = "".join(rebuilt)
            for w, dgt in sorted(list(WORD_DIG.items()), key=lambda x: -len(x[0])):
                pass
        if not re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", e):
            return f"email shape {e!r}"
        if e != canon:
            # spoken numerals in local part: compare with digits converted to words
            if norm_digits(e) != norm_digits(canon) or e.split("@")[1] != canon.split("@")[1]:
                return f"email {e} vs {canon}"
    elif typ == "POSTCODE":
        t = text.strip()
        if re.fullmatch(r"[\d\- ]+", t):
            cand = t
        elif re.fullmatch(r"[A-Za-z0-9 ]+", t) and len(t) <= 8:
            cand = t
        else:
            cand = norm_alnum(t) if re.search(r"[A-Z]", canon) else norm_digits(t)
            if not re.search(r"[A-Z]", canon) and len(cand) == 9:
                cand = cand[:5] + "-" + cand[5:]
        if cand.upper().replace(" ", "") != canon.upper().replace(" ", ""):
            return f"postcode {cand} vs {canon}"
        if not pc_ok(canon):
            return f"postcode shape {canon}"
    elif typ == "EXPIRY":
        if canon != "x":
            m = int(re.findall(r"\d+", canon)[0])
            if not 1 <= m <= 12:
                return "expiry month"
        if not (re.search(r"\d", text) or any(w in text.split() for w in UNITS + TENS[2:] + TEENS + MONTHS[1:])):
            return "expiry empty"
    elif typ == "DOB":
        y = int(canon[:4])
        if not 1900 < y < 2010:
            return "dob year"
        if not re.search(r"\d|" + "|".join(MONTHS[1:]) + "|" + "|".join(UNITS), text.lower()):
            return "dob text"
    elif typ == "ADDRESS":
        if not re.search(r"\b(" + "|".join(SUFFIX + list(SUFFIX_ABBR.values()) + ["road", "lane", "close", "crescent", "avenue"]) + r")\b", text, re.I):
            return "address no street suffix"
        if not (re.search(r"\d", text) or text.split()[0] in UNITS + TEENS + TENS[2:]):
            return "address no number"
    return None


def check() -> int:
    problems = []
    pos_cases, neg_cases = generate()
    data = dumps(pos_cases, neg_cases)
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
        problems.append("cases.jsonl differs from regenerated output (run without --check)")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(pos_cases, neg_cases):
        problems.append("README.md differs from regenerated output")
    ids = set()
    counts: Counter = Counter()
    for rec, meta in pos_cases + neg_cases:
        cid = rec["id"]
        if cid in ids:
            problems.append(f"dup id {cid}")
        ids.add(cid)
        if set(rec) != {"id", "kind", "turns", "spans", "note"}:
            problems.append(f"{cid}: keys")
        if rec["kind"] == "negative" and rec["spans"]:
            problems.append(f"{cid}: negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            problems.append(f"{cid}: positive without spans")
        for tn in rec["turns"]:
            if tn["speaker"] not in ("agent", "customer") or not tn["text"]:
                problems.append(f"{cid}: bad turn")
        byturn: dict[int, list] = {}
        for sp in rec["spans"]:
            counts[sp["type"]] += 1
            if sp["type"] not in TYPES:
                problems.append(f"{cid}: type {sp['type']}")
            if not 0 <= sp["turn"] < len(rec["turns"]):
                problems.append(f"{cid}: turn idx")
                continue
            tx = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                problems.append(f"{cid}: offsets out of range")
                continue
            seg = tx[s:e]
            if seg != seg.strip() or not (seg[0].isalnum() or seg[0] in "+(") or not seg[-1].isalnum():
                problems.append(f"{cid}: span not trimmed {seg!r}")
            if s > 0 and (tx[s - 1].isalnum() or (not seg[0].isalnum() and tx[s - 1] not in " \n")):
                problems.append(f"{cid}: span start mid-word {seg!r}")
            if e < len(tx) and tx[e].isalnum():
                problems.append(f"{cid}: span end mid-word {seg!r}")
            byturn.setdefault(sp["turn"], []).append((s, e))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append(f"{cid}: overlapping spans")
        for typ, canon, idxs in meta:
            texts = []
            for k in idxs:
                sp = rec["spans"][k]
                texts.append(rec["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]])
            err = validate_value(typ, canon, " ".join(texts))
            if err:
                problems.append(f"{cid}: {typ}: {err} :: {' | '.join(texts)!r}")
    npos, nneg = len(pos_cases), len(neg_cases)
    print(f"positives={npos} negatives={nneg} spans={sum(counts.values())}")
    for t in TYPES:
        print(f"  {t:13s} {counts[t]}")
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append(f"type {t} has {counts[t]} < {need}")
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    for p in problems[:60]:
        print("PROBLEM:", p)
    print("problems:", len(problems))
    return 1 if problems else 0


def readme(pos_cases, neg_cases) -> str:
    counts: Counter = Counter(sp["type"] for r, _ in pos_cases for sp in r["spans"])
    chat = sum(1 for r, _ in pos_cases + neg_cases if r["note"].startswith("chat"))
    lines = [
        "# PII hold-out set 212",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; do not adapt",
        "redaction rules, thresholds or prompts to its contents.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the",
        "redaction code, its tests, its documentation or other evaluation fixtures; only a",
        "three-line example of the JSONL format. Cases are generated by",
        "`scripts/make_pii_holdout212.py` from template functions (standard library only,",
        f"one `random.Random({SEED})`), so the output is byte-for-byte reproducible. Each turn",
        "is assembled from plain-text segments and (value, TYPE) segments; offsets are computed,",
        "never typed by hand. `--check` regenerates and compares, checks ids, offsets, word",
        "boundaries and overlaps, and validates each labelled value after normalising spoken",
        "forms (Luhn, mod-97, NI format, SSN 9 digits and area/group/serial rules, digit counts,",
        "postcode shapes).",
        "",
        "Emphasis: mostly US contact centres (SSNs typed and spoken many ways, ZIP and ZIP+4,",
        "US phone formats, US street addresses, card payments by phone) plus UK/Ireland/EU",
        "cases (NI numbers, sort codes, IBANs, UK postcodes, eircodes). Negatives are US-heavy",
        "lookalikes: policy, member, group, claim, loan, prescription, tracking, ticket and",
        "confirmation numbers said with their names, amounts, balances, rates, times,",
        "durations, appointment/contract dates, flight/room/model numbers, meter readings,",
        "speeds, ages, temperatures.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only: the digits/letters as written or spoken, including",
        "  internal separators and spoken connectives that are part of the reading (\"double\",",
        "  \"triple\", \"oh\", \"dash\", \"slash\", \"x for x-ray\", \"dot\", \"at\", \"and\" inside",
        "  \"two thousand and five\", \"area code\" when it starts a phone reading, a leading",
        "  \"one\" country prefix). Lead-ins (\"it's\", \"my social is\", \"card\") and trailing",
        "  chit-chat are outside.",
        "- A value split across several turns is labelled as one span per turn (each fragment),",
        "  all with the same type; agent back-channels are not labelled.",
        "- Agent read-backs of a value are labelled too.",
        "- Self-corrections: only the final, complete reading is labelled; the abandoned",
        "  fragment before \"no sorry\" / \"wait no\" is left unlabelled (it is not scored).",
        "- ADDRESS is the street line (number, street name, suffix, apartment/unit); city and",
        "  state are outside; the ZIP/postcode is its own POSTCODE span.",
        "- EXPIRY is labelled only where it is clearly a card expiry; DOB only where clearly a",
        "  birth date. Other dates in the same cases are unlabelled.",
        "- Routing numbers, member/policy/claim/order numbers are never labelled.",
        "- ASR homophones standing for digits (\"to\", \"for\", \"ate\", \"won\") inside a",
        "  reading are part of the span.",
        "- Phone spans include a leading \"+\" / \"(\" and country code when present.",
        "",
        "## Counts",
        "",
        f"- positive cases: {len(pos_cases)}",
        f"- negative cases: {len(neg_cases)}",
        f"- chat cases: {chat}; call (ASR-style) cases: {len(pos_cases) + len(neg_cases) - chat}",
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append(f"| {t} | {counts[t]} |")
    lines.append(f"| total | {sum(counts.values())} |")
    lines.append("")
    return "\n".join(lines)


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    pos_cases, neg_cases = generate()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(dumps(pos_cases, neg_cases), encoding="utf-8")
    README.write_text(readme(pos_cases, neg_cases), encoding="utf-8")
    print(f"wrote {len(pos_cases)} positives, {len(neg_cases)} negatives to {CASES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

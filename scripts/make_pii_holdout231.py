#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h231.

Written by an independent AI helper that did not see the redaction code.
Usage:
    python scripts/make_pii_holdout231.py          # write fixture + README
    python scripts/make_pii_holdout231.py --check  # regenerate and verify
Standard library only. Never use this set for tuning.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 231241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout231"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_COUNTS = {t: 12 for t in TYPES}
MIN_COUNTS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet",
        "K": "kilo", "L": "lima", "M": "mike", "N": "november", "O": "oscar",
        "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "xray", "Y": "yankee",
        "Z": "zulu"}
ASIN = {"A": "apple", "B": "boy", "C": "cat", "D": "dog", "E": "edward", "G": "george",
        "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother",
        "N": "nancy", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy",
        "W": "william", "X": "xmas", "Y": "yellow", "Z": "zebra"}
LETTER_HOMOPHONES = {"B": "bee", "C": "see", "G": "gee", "J": "jay", "K": "kay",
                     "P": "pee", "R": "are", "T": "tee", "Y": "why", "X": "ex",
                     "Z": "zed", "H": "aitch", "E": "ee", "A": "a", "M": "em",
                     "N": "en", "L": "el", "S": "ess", "W": "double you"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]

R = random.Random(SEED)


# ---------------------------------------------------------------- values
def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for d in range(10):
        if luhn_ok(body + str(d)):
            return body + str(d)
    raise AssertionError


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_card(kind: str | None = None) -> str:
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randint(0, 9)), 16)
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete(R.choice(["6759", "6761"]), 19)


def gen_card16() -> str:
    return gen_card(R.choice(["visa", "mc", "disc"]))


def gen_ssn() -> str:
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni() -> str:
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    try:
        num = "".join(str(int(c, 36)) for c in s)
    except ValueError:
        return False
    return int(num) % 97 == 1


def digits(n: int) -> str:
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def gen_iban() -> str:
    c = R.choice(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif c == "DE":
        bban = digits(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "RABO", "INGB"]) + digits(10)
    elif c == "FR":
        bban = digits(23)
    else:
        bban = digits(20)
    return c + iban_check(c, bban) + bban


def gen_sort() -> str:
    return f"{R.randint(1, 99):02d}" + digits(4)


UK_AREAS = ["M", "B", "L", "G", "E", "N", "W", "SW", "SE", "NW", "EH", "LS", "CF", "BS",
            "NE", "CB", "RG", "GU", "KT", "BT", "CR", "DA", "TN", "ME", "CT", "HP", "LU"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode() -> str:
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 20)) if len(a) == 1 else str(R.randint(1, 29))
    return f"{a}{d} {R.randint(0, 9)}{R.choice(INWARD)}{R.choice(INWARD)}"


def gen_zip() -> str:
    z = f"{R.randint(1001, 99950):05d}"
    if R.random() < 0.25:
        z += "-" + digits(4)
    return z


STREETS = ["Maple", "Church", "Station", "Victoria", "Oak", "Highfield", "Mill",
           "Kingsway", "Elm", "Park", "Cedar", "Willow", "Grange", "Lincoln", "Hawthorn",
           "Chestnut", "Riverside", "Orchard", "Meadow", "Ashgrove"]
ST_TYPES = ["Road", "Street", "Avenue", "Lane", "Drive", "Close", "Crescent", "Way",
            "Court", "Terrace", "Boulevard", "Place"]


def gen_street() -> tuple[str, str]:
    return R.choice(STREETS), R.choice(ST_TYPES)


FIRST = ["john", "sarah", "mike", "priya", "liam", "aoife", "tom", "grace", "dev",
         "karen", "sean", "maria", "olu", "fiona", "jack", "nina", "raj", "ella"]
LAST = ["smith", "doyle", "patel", "obrien", "nguyen", "walsh", "kowalski", "murphy",
        "jones", "garcia", "brennan", "ahmed", "byrne", "fischer", "taylor", "khan"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.co.uk", "outlook.com", "eircom.net",
           "btinternet.com", "icloud.com", "aol.com", "proton.me", "web.de"]


def gen_email() -> tuple[str, str]:
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f[0]}{l}{R.randint(1, 99)}"
    elif style == 2:
        local = f"{f}_{l}"
    elif style == 3:
        local = f"{l}{f[0]}"
    else:
        local = f"{f}-{l}{R.randint(70, 99)}"
    return local, R.choice(DOMAINS)


# ---------------------------------------------------------------- spoken forms
def zero_word(style: str | None = None) -> str:
    return style or R.choice(["oh", "zero", "o", "nought", "oh", "zero"])


def say_digit(d: str, zstyle: str | None = None) -> str:
    return zero_word(zstyle) if d == "0" else ONES[int(d)]


def say_digits(s: str, doubles: bool = True, zstyle: str | None = None,
               homophones: bool = False) -> str:
    words = []
    if zstyle is None and R.random() < 0.85:
        zstyle = zero_word()
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if doubles and run == 3 and R.random() < 0.6:
            words.append("triple " + say_digit(d, zstyle))
            i += 3
            continue
        if doubles and run >= 2 and R.random() < 0.6:
            words.append("double " + say_digit(d, zstyle))
            i += 2
            continue
        w = say_digit(d, zstyle)
        if homophones and R.random() < 0.35:
            w = {"two": R.choice(["to", "too"]), "four": R.choice(["for", "fore"]),
                 "one": "won", "eight": "ate"}.get(w, w)
        words.append(w)
        i += 1
    return " ".join(words)


def say_pair(p: str) -> str:
    if p[0] == "0":
        return zero_word(R.choice(["oh", "o"])) + " " + ONES[int(p[1])]
    if p[0] == "1":
        return TEENS[int(p[1])]
    t = TENS[int(p[0])]
    return t if p[1] == "0" else t + " " + ONES[int(p[1])]


def say_pairs(s: str) -> str:
    """Pairs for even-length chunks, trailing single digit spoken alone."""
    out = []
    i = 0
    while i < len(s):
        if i + 1 < len(s):
            out.append(say_pair(s[i:i + 2]))
            i += 2
        else:
            out.append(say_digit(s[i]))
            i += 1
    return " ".join(out)


def say_four_hundreds(g: str) -> str:
    """A 4-digit group as a year-like phrase: 1980 -> nineteen eighty, 4500 -> forty five hundred."""
    if g[0] == "0":
        return say_digits(g[:2], doubles=False) + " " + say_pair(g[2:])
    if g[1:] == "000":
        return ONES[int(g[0])] + " thousand"
    if g[2:] == "00":
        return say_pair(g[:2]) + " hundred"
    return say_pair(g[:2]) + " " + say_pair(g[2:])


def say_three(g: str) -> str:
    """A 3-digit group as 'four fifty six' style (digit + pair)."""
    if g[0] == "0":
        return say_digits(g, doubles=False)
    return ONES[int(g[0])] + " " + say_pair(g[1:])


def say_mixed_groups(s: str, sizes: list[int]) -> list[str]:
    groups = []
    i = 0
    for n in sizes:
        groups.append(s[i:i + n])
        i += n
    return groups


def spell_letter(c: str, style: str) -> str:
    if style == "nato":
        return NATO[c]
    if style == "for":
        w = ASIN.get(c, NATO[c])
        return f"{c.lower()} for {w}"
    if style == "asin":
        w = ASIN.get(c, NATO[c])
        return f"{c.lower()} as in {w}"
    if style == "homo":
        return LETTER_HOMOPHONES.get(c, c.lower())
    return c.lower()


def group(s: str, sizes: list[int], sep: str) -> str:
    return sep.join(say_mixed_groups(s, sizes))


def card_groups(card: str) -> list[int]:
    n = len(card)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


# ---------------------------------------------------------------- normalisers
DIGW = {w: str(i) for i, w in enumerate(ONES)}
DIGW.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "zero": "0"})
HOMO_D = {"to": "2", "too": "2", "for": "4", "fore": "4", "won": "1", "ate": "8"}
TEENW = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENW = {w: str(i) for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "and", "dash", "space", "then", "its",
           "it", "is", "the", "sorry", "ok", "okay", "yeah", "like", "hyphen", "slash",
           "hang", "on"}


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z]+|\d+|\+", text.lower())


def norm_digits(text: str) -> str | None:
    toks = tokens(text)
    out: list[str] = []
    mult = 1
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t * mult)
            mult = 1
        elif t in DIGW:
            out.append(DIGW[t] * mult)
            mult = 1
        elif t in HOMO_D:
            out.append(HOMO_D[t] * mult)
            mult = 1
        elif t == "double":
            mult = 2
        elif t == "triple":
            mult = 3
        elif t in TEENW:
            out.append(TEENW[t])
        elif t in TENW:
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt in ONES[1:]:
                out.append(TENW[t] + DIGW[nxt])
                i += 1
            else:
                out.append(TENW[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif t == "thousand":
            out.append("000")
        elif t == "+" or t == "plus" or t in FILLERS:
            pass
        else:
            return None
        i += 1
    return "".join(out)


LETTER_WORDS = {v: k for k, v in NATO.items()}
LETTER_WORDS.update({v: k for k, v in LETTER_HOMOPHONES.items() if " " not in v})
LETTER_WORDS.pop("a", None)


def norm_alnum(text: str, homo: bool = True) -> str | None:
    """Letters+digits; letters from single letters, NATO, 'x for word', homophones."""
    t = text.lower().replace("double you", "w")
    toks = tokens(t)
    out: list[str] = []
    mult = 1
    i = 0
    while i < len(toks):
        tk = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if len(tk) == 1 and tk.isalpha() and nxt in ("for", "as"):
            out.append(tk.upper())
            i += 4 if nxt == "as" else 3
            continue
        if tk.isdigit():
            out.append(tk * mult)
            mult = 1
        elif tk in DIGW:
            out.append(DIGW[tk] * mult)
            mult = 1
        elif tk == "double":
            mult = 2
        elif tk == "triple":
            mult = 3
        elif tk in TEENW:
            out.append(TEENW[tk])
        elif tk in TENW:
            if nxt in ONES[1:]:
                out.append(TENW[tk] + DIGW[nxt])
                i += 1
            else:
                out.append(TENW[tk] + "0")
        elif tk in LETTER_WORDS and (homo or len(tk) > 2):
            out.append(LETTER_WORDS[tk] * mult)
            mult = 1
        elif tk.isalpha() and len(tk) <= 2:
            out.append(tk.upper() * mult)
            mult = 1
        elif tk in FILLERS:
            pass
        elif tk.isalpha() and len(tk) == 4 and tk.upper() in {"NWBK", "BARC", "LOYD", "HBUK", "MIDL", "AIBK", "BOFI", "IPBS", "ABNA", "RABO", "INGB"}:
            out.append(tk.upper())
        else:
            return None
        i += 1
    return "".join(out)


def norm_email(text: str) -> str:
    t = text.lower().strip()
    t = re.sub(r"\bdot\b", ".", t)
    t = re.sub(r"\bat\b", "@", t)
    t = re.sub(r"\bunderscore\b", "_", t)
    t = re.sub(r"\b(dash|hyphen)\b", "-", t)
    t = re.sub(r"\s+", "", t)
    return t


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate(typ: str, text: str) -> str | None:
    """Return None if ok else an error message. text = concatenated span texts."""
    if typ == "CARD_NUMBER":
        d = norm_digits(text)
        if not d or not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
            return f"bad card {d!r}"
    elif typ == "SSN":
        d = norm_digits(text)
        if not d or len(d) != 9 or d[:3] in ("000", "666") or d[0] == "9":
            return f"bad ssn {d!r}"
    elif typ == "NI_NUMBER":
        pat = r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]"
        a = norm_alnum(text)
        if not a or not re.fullmatch(pat, a):
            a = norm_alnum(text, homo=False)
        if not a or not re.fullmatch(pat, a):
            return f"bad ni {a!r}"
    elif typ == "CVV":
        d = norm_digits(text)
        if not d or len(d) not in (3, 4):
            return f"bad cvv {d!r}"
    elif typ == "EXPIRY":
        low = text.lower()
        mon = next((i + 1 for i, m in enumerate(MONTHS) if m[:3] in low), None)
        d = norm_digits(re.sub(r"\b(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*", " ", low))
        if mon is not None:
            if not d or len(d) not in (2, 4):
                return f"bad expiry {text!r}"
        else:
            ok3 = d is not None and len(d) == 3 and d[0] != "0"
            if not d or not (ok3 or (len(d) in (4, 6) and 1 <= int(d[:2]) <= 12)):
                return f"bad expiry {d!r}"
    elif typ == "SORT_CODE":
        d = norm_digits(text)
        if not d or len(d) != 6:
            return f"bad sort {d!r}"
    elif typ == "BANK_ACCOUNT":
        d = norm_digits(text)
        if not d or not 8 <= len(d) <= 12:
            return f"bad account {d!r}"
    elif typ == "PHONE":
        d = norm_digits(text)
        if not d or not 10 <= len(d) <= 13:
            return f"bad phone {d!r}"
    elif typ == "IBAN":
        a = norm_alnum(text)
        if not a or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", a) or not iban_ok(a):
            return f"bad iban {a!r}"
    elif typ == "EMAIL":
        e = norm_email(text)
        if not re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e):
            return f"bad email {e!r}"
    elif typ == "POSTCODE":
        a = norm_alnum(text)
        if not a or not (UK_PC.match(a) or re.fullmatch(r"\d{5}(\d{4})?", a)):
            return f"bad postcode {a!r}"
    elif typ == "DOB":
        low = text.lower()
        d = re.sub(r"\D", "", low)
        has_month = any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS)
        if not (has_month or len(d) >= 6 or re.search(r"nineteen|two thousand", low)):
            return f"bad dob {text!r}"
    elif typ == "ADDRESS":
        low = text.lower()
        if not re.match(r"^(\d+[a-z]?|flat|apartment|apt|unit|[a-z]+ )", low):
            return f"bad address start {text!r}"
        if not any(low.rstrip(" .,").endswith(s.lower()) or (" " + s.lower() + " ") in low or low.rstrip(" .,").endswith(s.lower()[:2]) for s in ST_TYPES + ["rd", "st", "ave", "dr", "ln"]):
            return f"bad address end {text!r}"
    else:
        return f"unknown type {typ}"
    return None


# ---------------------------------------------------------------- case assembly
class G:
    """Counter for value groups inside one case."""


def V(text: str, typ: str, grp: str | None = None):
    return (text, typ, grp)


def build(turns_spec):
    turns = []
    spans = []
    for ti, (spk, segs) in enumerate(turns_spec):
        if isinstance(segs, str):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ, grp = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                              "type": typ, "_grp": grp})
                text += val
        turns.append({"speaker": spk, "text": text})
    return turns, spans


A, C = "agent", "customer"


def bc():
    return R.choice(["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "got it", "yes"])


def filler():
    return R.choice(["", "", "um ", "uh ", "er "])


def ch(*opts):
    return R.choice(opts)


# ================================================================= POSITIVE TEMPLATES
# Each returns (turns_spec, note)

def p_card_call_digits():
    c = gen_card()
    z = ch("oh", "zero", "nought", "o")
    s = say_digits(c, zstyle=z)
    ind = ch("telecom", "retail", "utilities", "travel", "insurance")
    return [(A, "can i take the long number across the front of the card please"),
            (C, [ch("yeah sure it's ", "yep ", "okay so ", "right "), V(s, "CARD_NUMBER"),
                 ch("", " and that's it", " did you get that")])], \
        f"call/{ind}: card digit by digit, zero as '{z}', doubles/triples"


def p_card_chat_typed():
    c = gen_card()
    sizes = card_groups(c)
    style = R.randint(0, 6)
    if style == 0:
        t = group(c, sizes, " ")
    elif style == 1:
        t = group(c, sizes, "-")
    elif style == 2:
        t = c
    elif style == 3:
        t = group(c, sizes, ".")
    elif style == 4:
        t = c[:8] + " " + c[8:]
    elif style == 5:
        t = group(c, sizes, " - ")
    else:
        t = group(c, sizes, "  ")
    ind = ch("retail", "banking", "travel", "telecom")
    lead = ch("hi can u take payment on this card ", "Card no: ", "card number is ",
              "ok here it is ", "Please charge £45.99 to ")
    return [(A, "Hi, you're chatting with Dana. How can I help today?"),
            (C, [lead, V(t, "CARD_NUMBER"), ch(" thanks", "", " ta", ". Cheers!")])], \
        f"chat/{ind}: card typed, grouping style {style}"


def p_card_split_turns():
    c = gen_card16()
    gs = say_mixed_groups(c, [4, 4, 4, 4])
    spec = [(A, "okay go ahead with the card number when you're ready")]
    for k, g in enumerate(gs):
        form = ch("d", "d", "p")
        s = say_digits(g) if form == "d" else say_pairs(g)
        lead = filler() if k else ch("right ", "okay ", "so ", "")
        spec.append((C, [lead, V(s, "CARD_NUMBER", "c")]))
        if k < 3:
            spec.append((A, bc()))
    return spec, f"call/{ch('insurance', 'utilities', 'banking')}: card split over four turns, mixed digits/pairs"


def p_card_pairs():
    c = gen_card16()
    gs = say_mixed_groups(c, [4, 4, 4, 4])
    s = " ".join(say_pairs(g) for g in gs)
    return [(A, "and the card number please"),
            (C, [ch("it's ", "yeah it's ", ""), V(s, "CARD_NUMBER")])], \
        f"call/{ch('travel', 'retail', 'telecom')}: card read in two-digit pairs (forty one eleven)"


def p_card_hundreds():
    c = gen_card16()
    gs = say_mixed_groups(c, [4, 4, 4, 4])
    s = ", ".join(say_four_hundreds(g) for g in gs)
    if R.random() < 0.5:
        s = s.replace(",", "")
    return [(A, "what's the card number"),
            (C, [ch("okay ", "so "), V(s, "CARD_NUMBER"), ch("", " yeah")])], \
        "call/retail: card groups read like years (nineteen eighty, forty five hundred)"


def p_card_correction():
    c = gen_card16()
    wrong = list(c[:8])
    k = R.randint(4, 7)
    wrong[k] = str((int(wrong[k]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    return [(A, "can you read me the card number"),
            (C, [say_digits(wrong[:4]) + " " + say_digits(wrong[4:8]) + " no wait sorry let me start again "
                 , V(say_digits(c[:8]), "CARD_NUMBER", "c"), " ", filler(),
                 V(say_digits(c[8:]), "CARD_NUMBER", "c")]),
            (A, ["okay so that's ", V(say_digits(c, doubles=False), "CARD_NUMBER", "rb"), " correct"]),
            (C, "yes that's right")], \
        "call/banking: self-corrected card then agent read-back (both labelled; aborted partial unlabelled)"


def p_card_homophones():
    c = gen_card16()
    while not any(d in c for d in "2481"):
        c = gen_card16()
    s = say_digits(c, homophones=True)
    return [(A, "long card number please"),
            (C, ["yep ", V(s, "CARD_NUMBER")])], \
        "call/telecom: ASR homophones inside card (to/too/for/won/ate)"


def p_card_full_flow():
    c = gen_card16()
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    cvv = digits(3)
    exp_s = ch(f"{say_pair(f'{mm:02d}')} {say_pair(str(yy))}", f"{MONTHS[mm-1]} twenty {say_pair(str(yy))}",
               f"{say_digits(f'{mm:02d}')} {say_digits(str(yy))}")
    return [(A, "thank you, card number first"),
            (C, [V(say_digits(c), "CARD_NUMBER")]),
            (A, "and the expiry date"),
            (C, [ch("it's ", "expires ", ""), V(exp_s, "EXPIRY")]),
            (A, "lovely and the three digit security code on the back"),
            (C, [V(say_digits(cvv, doubles=False), "CVV")]),
            (A, "thanks that payment of forty two pounds fifty has gone through")], \
        "call/utilities: card, expiry and cvv in sequence plus an unlabelled amount"


def p_card_fillers_inside():
    c = gen_card16()
    gs = say_mixed_groups(c, [4, 4, 4, 4])
    parts = []
    for i, g in enumerate(gs):
        parts.append(say_digits(g))
        if i < 3:
            parts.append(ch("um", "uh", "", "", "hang on", "sorry"))
    s = " ".join(p for p in parts if p)
    return [(A, "whenever you're ready with the card"),
            (C, [ch("okay ", ""), V(s, "CARD_NUMBER"), ch("", " i think that's it")])], \
        "call/retail: card with hesitations and 'hang on' inside the reading (span covers whole reading)"


def p_card_chat_typo():
    c = gen_card16()
    gs = say_mixed_groups(c, [4, 4, 4, 4])
    t = " ".join(gs)
    if "0" in t:
        i = t.index("0")
        t = t[:i] + "O" + t[i + 1:]
    else:
        t = t.replace(" ", "  ", 1)
    return [(C, ["my card is ", V(t, "CARD_NUMBER"), " exp ", V(f"{R.randint(1,12):02d}/{R.randint(26,31)}", "EXPIRY")]),
            (A, "Thanks! Could you confirm the billing postcode?"),
            (C, [V(gen_uk_postcode().lower(), "POSTCODE")])], \
        "chat/retail: card typed with letter O for zero, expiry, lowercase postcode"


def p_card_amex_call():
    c = gen_card("amex")
    s = " ".join(say_digits(g) for g in say_mixed_groups(c, [4, 6, 5]))
    cid = digits(4)
    return [(A, "is that the american express"),
            (C, ["yeah amex the number is ", V(s, "CARD_NUMBER"), " and the four digits on the front are ",
                 V(say_digits(cid), "CVV")])], \
        "call/travel: amex 15 digits plus 4-digit CID in same turn"


def p_card_two_values_chat():
    c = gen_card()
    return [(C, ["card ", V(c, "CARD_NUMBER"), " cvv ", V(digits(3), "CVV"), " exp ",
                 V(ch(f"{R.randint(1,12):02d}/{R.randint(2026,2031)}", f"{R.randint(1,12)}-{R.randint(26,31)}"), "EXPIRY")])], \
        "chat/retail: card, cvv and expiry in one unspaced message"


def p_card_readback_only():
    c = gen_card16()
    last4 = c[-4:]
    return [(C, ["the card is ", V(say_digits(c[:6]), "CARD_NUMBER", "c"), " ", filler(),
                 V(say_digits(c[6:12]), "CARD_NUMBER", "c")]),
            (A, "sorry you cut out after that"),
            (C, ["oh and then ", V(say_digits(last4), "CARD_NUMBER", "c")]),
            (A, ["thank you so ending ", say_digits(last4, doubles=False)])], \
        "call/insurance: card 6-6-4 with a dropout; agent mentions only last four (unlabelled, not a full card)"


# ---- SSN
def ssn_sayings(s: str) -> str:
    a, g, n = s[:3], s[3:5], s[5:]
    style = R.randint(0, 4)
    if style == 0:
        return f"{say_digits(a)} {say_digits(g)} {say_digits(n)}"
    if style == 1:
        return f"{say_three(a)} {say_pair(g)} {say_four_hundreds(n)}"
    if style == 2:
        return f"{say_digits(a)} dash {say_digits(g)} dash {say_digits(n)}"
    if style == 3:
        return f"{say_digits(a)} {say_pair(g)} {say_pairs(n)}"
    return say_digits(s, doubles=False)


def p_ssn_call():
    s = gen_ssn()
    ind = ch("banking", "insurance", "government services", "healthcare billing", "telecom")
    return [(A, ch("for verification can i get your social security number",
                   "i'll need your social to pull up the account", "and your ssn please")),
            (C, [ch("sure it's ", "yeah ", "okay ", "it's uh "), V(ssn_sayings(s), "SSN")])], \
        f"call/{ind}: ssn spoken in one turn, mixed digit/pair/hundreds forms"


def p_ssn_chat():
    s = gen_ssn()
    style = R.randint(0, 5)
    t = [f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}",
         f"{s[:3]}  {s[3:5]}-{s[5:]}", f"{s[:3]} - {s[3:5]} - {s[5:]}"][style]
    lead = ch("SSN: ", "my ssn is ", "social is ", "Social Security # ", "ss# ")
    return [(A, "To verify your identity please provide your SSN."),
            (C, [lead, V(t, "SSN"), ch("", " thx", ".")])], f"chat/{ch('banking', 'insurance', 'government services')}: ssn typed style {style}"


def p_ssn_split():
    s = gen_ssn()
    return [(A, "go ahead with your social"),
            (C, [filler(), V(say_digits(s[:3]), "SSN", "s")]),
            (A, bc()),
            (C, [V(say_digits(s[3:5]), "SSN", "s")]),
            (A, bc()),
            (C, [V(ch(say_digits(s[5:]), say_pairs(s[5:])), "SSN", "s"), ch("", " that's it")])], \
        f"call/{ch('healthcare billing', 'insurance', 'banking')}: ssn split 3/2/4 across turns with back-channels"


def p_ssn_readback():
    s = gen_ssn()
    return [(A, "can you confirm the social security number on file"),
            (C, [V(ssn_sayings(s), "SSN")]),
            (A, ["thank you i have ", V(say_digits(s, doubles=False), "SSN", "rb"), " is that correct"]),
            (C, "yes")], "call/government services: ssn then agent read-back (both labelled)"


def p_ssn_correction():
    s = gen_ssn()
    w = s[:5] + str((int(s[5]) + 3) % 10)
    return [(A, "your social please"),
            (C, [say_digits(w[:3]) + " " + say_digits(w[3:6]) + " oh no hold on i messed that up it's ",
                 V(ssn_sayings(s), "SSN")])], \
        "call/banking: aborted partial ssn (unlabelled) then full corrected ssn"


def p_ssn_homophones():
    s = gen_ssn()
    return [(A, "and the social"),
            (C, ["it's ", V(f"{say_digits(s[:3], homophones=True)} {say_digits(s[3:5], homophones=True)} {say_digits(s[5:], homophones=True)}", "SSN")])], \
        "call/insurance: ssn with ASR homophones (to/for/won/ate)"


def p_ssn_with_dob():
    s = gen_ssn()
    y, m, d = R.randint(1940, 2003), R.randint(1, 12), R.randint(1, 28)
    dob = ch(f"{MONTHS[m-1]} {ORD[d]} {say_pair(str(y)[:2])} {say_pair(str(y)[2:])}",
             f"{say_digits(f'{m:02d}')} {say_digits(f'{d:02d}')} {say_pair(str(y)[:2])} {say_pair(str(y)[2:])}")
    return [(A, "i need your date of birth and social security number"),
            (C, ["date of birth is ", V(dob, "DOB"), " and social is ", V(ssn_sayings(s), "SSN")]),
            (A, "thanks and your claim is for the visit on march third")], \
        "call/healthcare billing: dob and ssn in one turn; appointment date unlabelled"


def p_ssn_chat_mixed():
    s = gen_ssn()
    zipc = gen_zip()
    return [(C, ["hi im locked out. ssn ", V(f"{s[:3]}-{s[3:5]}-{s[5:]}", "SSN"), " zip ", V(zipc, "POSTCODE"),
                 " and my order #", "4471902", " is late"])], \
        "chat/retail: ssn and zip plus an unlabelled order number"


def p_ssn_chat_spaced_words():
    s = gen_ssn()
    return [(A, "Please enter the last step of verification: full SSN"),
            (C, [V(f"{s[:3]} {s[3:5]}", "SSN", "s"), " ... sorry hit enter"]),
            (C, [V(s[5:], "SSN", "s")])], "chat/banking: typed ssn split across two chat messages"


# ---- NI
def ni_say(n: str) -> str:
    p, d, s = n[:2], n[2:8], n[8]
    style = ch("plain", "nato", "for", "asin", "homo")
    pre = " ".join(spell_letter(c, style) for c in p)
    dform = R.randint(0, 2)
    if dform == 0:
        ds = say_digits(d)
    elif dform == 1:
        ds = " ".join(say_pair(d[i:i + 2]) for i in (0, 2, 4))
    else:
        ds = say_digits(d[:2]) + " " + say_digits(d[2:4]) + " " + say_digits(d[4:])
    suf = spell_letter(s, ch("plain", "nato", "for", style if style != "homo" else "plain"))
    return f"{pre} {ds} {suf}"


def p_ni_call():
    n = gen_ni()
    return [(A, ch("could i take your national insurance number", "what's your n i number please",
                   "and your national insurance for the claim")),
            (C, [ch("yeah it's ", "okay it's ", "", "right um "), V(ni_say(n), "NI_NUMBER")])], \
        f"call/{ch('government services', 'banking', 'insurance', 'utilities')}: uk ni spoken letters/digits mixed styles"


def p_ni_chat():
    n = gen_ni()
    style = R.randint(0, 6)
    t = [f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n, n.lower(), f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}",
         f"{n[:2]}{n[2:8]} {n[8]}", f"{n[:2].capitalize()} {n[2:8]} {n[8]}", f"{n[:2]} {n[2:8]}{n[8]}"][style]
    return [(A, "Can you confirm your National Insurance number?"),
            (C, [ch("NI: ", "its ", "NINO ", "ni no is ", "sure - "), V(t, "NI_NUMBER"), ch("", " thanks", "!")])], \
        f"chat/{ch('government services', 'banking', 'insurance')}: ni typed style {style}"


def p_ni_split():
    n = gen_ni()
    style = ch("plain", "nato", "for")
    return [(A, "go ahead with the national insurance number"),
            (C, [ch("okay ", "right "), V(" ".join(spell_letter(c, style) for c in n[:2]), "NI_NUMBER", "n")]),
            (A, bc()),
            (C, [V(say_digits(n[2:5]), "NI_NUMBER", "n")]),
            (A, bc()),
            (C, [V(say_digits(n[5:8]), "NI_NUMBER", "n"), " ", filler(), V(spell_letter(n[8], style), "NI_NUMBER", "n")])], \
        "call/government services: ni split over three customer turns"


def p_ni_readback():
    n = gen_ni()
    return [(C, ["my ni number is ", V(ni_say(n), "NI_NUMBER")]),
            (A, ["so that's ", V(" ".join(NATO[c] for c in n[:2]) + " " + say_digits(n[2:8], doubles=False) + " " + NATO[n[8]], "NI_NUMBER", "rb"), " yeah"]),
            (C, "that's it")], "call/banking: ni then agent nato read-back"


def p_ni_correction():
    n = gen_ni()
    wrongl = ch(*[c for c in NI_FIRST if c != n[0]])
    return [(A, "national insurance please"),
            (C, [spell_letter(wrongl, "plain") + " " + spell_letter(n[1], "plain") + " no sorry ",
                 V(ni_say(n), "NI_NUMBER")])], "call/insurance: ni with aborted wrong prefix (unlabelled) then full value"


def p_ni_pairs_homophones():
    n = gen_ni()
    pre = " ".join(LETTER_HOMOPHONES.get(c, c.lower()) for c in n[:2])
    ds = " ".join(say_pair(n[2:8][i:i + 2]) for i in (0, 2, 4))
    return [(A, "your national insurance number"),
            (C, ["it's ", V(f"{pre} {ds} {LETTER_HOMOPHONES.get(n[8], n[8].lower())}", "NI_NUMBER")])], \
        "call/government services: ni with letter homophones (bee/see/jay) and pair digits"


def p_ni_with_phone():
    n = gen_ni()
    ph = "07" + digits(9)
    return [(A, "can i confirm your national insurance number and a contact number"),
            (C, ["n i is ", V(ni_say(n), "NI_NUMBER"), " and my mobile is ", V(say_digits(ph), "PHONE")])], \
        "call/utilities: ni and uk mobile in one turn"


def p_ni_chat_letters_sep():
    n = gen_ni()
    t = " ".join(n[:2]) + " " + " ".join(n[2:8]) + " " + n[8]
    return [(C, ["NI number ", V(t, "NI_NUMBER"), " and I was born ", V(f"{R.randint(1,28)}/{R.randint(1,12)}/{R.randint(1950,2004)}", "DOB")])], \
        "chat/government services: ni with every character space-separated; dob typed"


# ---- other types
def p_sort_account_call():
    s = gen_sort()
    acc = digits(8)
    ss = ch(" ".join(say_pair(s[i:i + 2]) for i in (0, 2, 4)), say_digits(s), " dash ".join(say_digits(s[i:i + 2]) for i in (0, 2, 4)))
    return [(A, "what's the sort code and account number for the direct debit"),
            (C, ["sort code ", V(ss, "SORT_CODE"), " account ", V(say_digits(acc), "BANK_ACCOUNT")]),
            (A, "thanks the first payment of thirty pounds will be on the first of next month")], \
        "call/utilities: uk sort code (pairs or digits) and 8-digit account"


def p_sort_account_chat():
    s = gen_sort()
    acc = digits(R.choice([8, 8, 10, 12]))
    st = ch(f"{s[:2]}-{s[2:4]}-{s[4:]}", s, f"{s[:2]} {s[2:4]} {s[4:]}", f"{s[:2]}.{s[2:4]}.{s[4:]}")
    return [(C, ["refund to sort ", V(st, "SORT_CODE"), " acc ", V(acc, "BANK_ACCOUNT"), " pls, ref ", "INV-20931"])], \
        "chat/retail: sort code and account typed, invoice ref unlabelled"


def p_account_us_call():
    acc = digits(R.choice([10, 11, 12]))
    return [(A, "what's the checking account number"),
            (C, [V(say_digits(acc[:5]), "BANK_ACCOUNT", "a")]),
            (A, bc()),
            (C, [V(say_digits(acc[5:]), "BANK_ACCOUNT", "a")])], "call/banking: us account number split across turns"


def p_iban_chat():
    ib = gen_iban()
    st = ch(" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
            " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower())
    return [(A, "Please send us the IBAN for the refund."),
            (C, ["IBAN: ", V(st, "IBAN"), ch("", " thanks", " - amount was €120")])], \
        "chat/travel: iban typed (groups, compact, lowercase)"


def p_iban_call():
    ib = gen_iban()
    cc = ch("plain", "nato", "for")
    parts = [" ".join(spell_letter(c, cc) for c in ib[:2]), say_digits(ib[2:4])]
    rest = ib[4:]
    i = 0
    while i < len(rest):
        if rest[i].isalpha():
            j = i
            while j < len(rest) and rest[j].isalpha():
                j += 1
            parts.append(" ".join("oscar" if c == "O" else spell_letter(c, "plain") for c in rest[i:j]))
        else:
            j = i
            while j < len(rest) and rest[j].isdigit() and j - i < 4:
                j += 1
            parts.append(say_digits(rest[i:j]))
        i = j
    return [(A, "and the iban for the transfer"),
            (C, [V(" ".join(parts), "IBAN")])], "call/banking: iban spelled out spoken"


def p_phone_call():
    kind = R.randint(0, 4)
    if kind == 0:
        ph = "07" + digits(9)
        s = say_digits(ph)
    elif kind == 1:
        ph = "447" + digits(9)
        s = "plus four four " + say_digits(ph[2:])
    elif kind == 2:
        ph = str(R.randint(201, 989)) + str(R.randint(200, 999)) + digits(4)
        s = f"{say_digits(ph[:3])} {say_digits(ph[3:6])} {say_pairs(ph[6:])}"
    elif kind == 3:
        ph = "08" + str(R.randint(3, 9)) + digits(7)
        s = say_digits(ph)
    else:
        ph = "0" + str(R.randint(1, 2)) + digits(9)
        s = f"{say_digits(ph[:5])} {say_four_hundreds(ph[5:9])} {say_pair(ph[9:])}"
    return [(A, "what's the best number to reach you on"),
            (C, [ch("it's ", "", "my mobile's "), V(s, "PHONE"), ch("", " after six pm", " any time")])], \
        f"call/{ch('telecom', 'utilities', 'healthcare billing')}: phone spoken form {kind}"


def p_phone_chat():
    k = R.randint(0, 5)
    ph = ["+44 7" + digits(3) + " " + digits(6), "07" + digits(3) + " " + digits(6),
          f"({R.randint(201,989)}) {R.randint(200,999)}-{digits(4)}", f"+1 {R.randint(201,989)}-{R.randint(200,999)}-{digits(4)}",
          "+353 8" + str(R.randint(3, 9)) + " " + digits(3) + " " + digits(4), "0" + str(R.randint(1, 2)) + digits(9)][k]
    return [(C, ["call me back on ", V(ph, "PHONE"), ch("", " pls", " - after 5:30 is best")])], f"chat/telecom: phone typed form {k}"


def p_phone_split():
    ph = "07" + digits(9)
    return [(A, "can i take a contact number"),
            (C, [V(say_digits(ph[:5]), "PHONE", "p")]),
            (A, bc()),
            (C, [V(say_digits(ph[5:]), "PHONE", "p")]),
            (A, ["lovely ", V(say_digits(ph, doubles=False), "PHONE", "rb")])], "call/telecom: mobile split 5/6 then read back"


def p_email_call():
    local, dom = gen_email()
    sl = local.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
    sl = re.sub(r"(\d+)", lambda m: " " + say_digits(m.group(1)) + " ", sl)
    sl = re.sub(r"\s+", " ", sl).strip()
    # digits spoken in email: keep validator simple by using typed digits instead
    sl = local.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
    sl = re.sub(r"\s+", " ", sl).strip()
    sd = dom.replace(".", " dot ")
    return [(A, "and an email address for the confirmation"),
            (C, [ch("yeah it's ", "", "it's "), V(f"{sl} at {sd}", "EMAIL")])], \
        f"call/{ch('travel', 'retail', 'insurance')}: email spoken with 'dot' and 'at'"


def p_email_chat():
    local, dom = gen_email()
    e = f"{local}@{dom}"
    if R.random() < 0.3:
        e = e.capitalize()
    return [(C, ["pls update my email to ", V(e, "EMAIL"), ch("", " thanks", ", old one was closed")])], "chat/retail: email typed"


def dob_spoken():
    y, m, d = R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)
    yr = f"{say_pair(str(y)[:2])} {say_pair(str(y)[2:])}" if y < 2000 else f"two thousand and {ONES[y - 2000]}"
    return ch(f"the {ORD[d]} of {MONTHS[m-1]} {yr}", f"{MONTHS[m-1]} {ORD[d]} {yr}",
              f"{say_digits(f'{d:02d}')} {say_digits(f'{m:02d}')} {yr}")


def p_dob_call():
    return [(A, "can you confirm your date of birth"),
            (C, [ch("yeah it's ", "", "sure "), V(dob_spoken(), "DOB")]),
            (A, "thanks and your appointment is on the fourteenth at two thirty")], \
        f"call/{ch('healthcare billing', 'insurance', 'banking')}: dob spoken; appointment date/time unlabelled"


def p_dob_chat():
    y, m, d = R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)
    t = ch(f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}", f"{d} {MONTHS[m-1][:3].capitalize()} {y}", f"{y}-{m:02d}-{d:02d}",
           f"{MONTHS[m-1].capitalize()} {d}, {y}")
    return [(A, "What is your date of birth?"), (C, [ch("", "DOB ", "born "), V(t, "DOB")])], "chat/insurance: dob typed"


def address_spoken():
    n = R.randint(1, 299)
    st, ty = gen_street()
    num = ch(str(n), say_pairs(str(n)) if n > 9 else ONES[n])
    if n >= 100 and R.random() < 0.5:
        num = say_three(str(n))
    return f"{num} {st.lower()} {ty.lower()}"


def p_address_postcode_call():
    pc = gen_uk_postcode()
    out, inw = pc.split()
    sp = " ".join(spell_letter(c, "plain") if c.isalpha() else ONES[int(c)] for c in out) + " " + \
        " ".join(spell_letter(c, ch("plain", "for")) if c.isalpha() else say_digit(c) for c in inw)
    return [(A, "can i take the first line of the address and the postcode"),
            (C, [V(address_spoken(), "ADDRESS"), " and the postcode is ", V(sp, "POSTCODE")])], \
        "call/utilities: uk address line and spelled postcode"


def p_address_chat_us():
    n = R.randint(10, 9999)
    st, ty = gen_street()
    zipc = gen_zip()
    return [(C, ["new address is ", V(f"{n} {st} {ty}", "ADDRESS"), ", Springfield IL ", V(zipc, "POSTCODE"), " effective from the 1st"])], \
        "chat/insurance: us street address and zip typed"


def p_address_chat_uk():
    n = R.randint(1, 250)
    st, ty = gen_street()
    pc = gen_uk_postcode()
    if R.random() < 0.4:
        pc = pc.replace(" ", "")
    return [(A, "What's the delivery address?"),
            (C, [V(ch(f"Flat {R.randint(1,12)}, {n} {st} {ty}", f"{n} {st} {ty}", f"{n} {st.lower()} {ty[:2].lower()}"), "ADDRESS"),
                 ", ", ch("Leeds", "Bristol", "Cardiff", "Glasgow"), " ", V(pc, "POSTCODE")])], "chat/retail: uk address and postcode"


def p_zip_call():
    z = f"{R.randint(1001, 99950):05d}"
    return [(A, "and the billing zip code"), (C, [V(ch(say_digits(z), say_digit(z[0]) + " " + say_pairs(z[1:])), "POSTCODE")])], \
        "call/retail: us zip spoken"


def p_expiry_cvv_call():
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    return [(A, "expiry and security code please"),
            (C, ["expiry ", V(f"{say_digits(f'{mm:02d}')} {say_pair(str(yy))}", "EXPIRY"), " and the code on the back is ",
                 V(say_digits(digits(3), doubles=False), "CVV")])], "call/retail: expiry and cvv in one turn"


def p_expiry_cvv_chat():
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    return [(A, "Please provide the expiry and CVV."),
            (C, [V(ch(f"{mm:02d}/{yy}", f"{mm:02d}-{yy}", f"{mm:02d}/20{yy}", f"{MONTHS[mm-1][:3]} {yy}"), "EXPIRY"), " ", V(digits(3), "CVV")])], \
        "chat/travel: expiry and cvv typed bare"


def p_card_asr_numerals():
    c = gen_card16()
    gs = say_mixed_groups(c, [4, 4, 4, 4])
    style = R.randint(0, 2)
    if style == 0:
        s = " ".join(c)
    elif style == 1:
        s = " ".join(g[:2] + " " + g[2:] for g in gs)
    else:
        s = f"{say_digits(gs[0])} {gs[1]} {gs[2][:2]} {say_pair(gs[2][2:])} {gs[3]}"
    return [(A, "okay and the card number"),
            (C, ["yeah it's ", V(s, "CARD_NUMBER"), " expires ", V(f"{say_digits(f'{R.randint(1, 12):02d}')} {say_pair(str(R.randint(26, 31)))}", "EXPIRY")])], \
        f"call/{ch('retail', 'telecom')}: asr emitted numerals for the card (style {style}) mixed with words"


def p_ssn_asr_numerals():
    s = gen_ssn()
    t = ch(f"{s[:3]} {s[3:5]} {s[5:]}", " ".join(s), f"{say_digits(s[:3])} {s[3:5]} {s[5:7]} {s[7:]}",
           f"{s[:3]} {say_pair(s[3:5])} {s[5:]}")
    return [(A, "i just need the social security number to verify"),
            (C, ["okay it is ", V(t, "SSN"), " and i'm calling about the bill from june"])], \
        f"call/{ch('healthcare billing', 'banking')}: asr emitted numerals/words mix for ssn"


def p_ni_double_letter():
    while True:
        L = R.choice("ABCEHJKLMNPRSTWXY")
        if L + L not in {"NK", "KN"}:
            break
    n = L + L + digits(6) + R.choice("ABCD")
    ds = ch(say_digits(n[2:8]), " ".join(say_pair(n[2:8][i:i + 2]) for i in (0, 2, 4)))
    return [(A, "what's your national insurance number"),
            (C, [ch("", "yeah it's "), V(f"double {L.lower()} {ds} {spell_letter(n[8], ch('plain', 'nato'))}", "NI_NUMBER")])], \
        "call/government services: ni prefix said as 'double x'"


def p_ni_asr_typed():
    n = gen_ni()
    t = ch(f"{n[:2].lower()} {n[2:4]} {n[4:6]} {n[6:8]} {n[8].lower()}", f"{n[:2].lower()} {' '.join(n[2:8])} {n[8].lower()}",
           f"{n[0].lower()} {n[1].lower()} {n[2:8]} {n[8].lower()}")
    return [(A, "and your n i number please"),
            (C, ["yes it's ", V(t, "NI_NUMBER"), " i've got it on my payslip from april"])], \
        "call/government services: asr emitted ni with numerals and lower-case letters"


POS_TEMPLATES = [
    (p_card_asr_numerals, 2), (p_ssn_asr_numerals, 2), (p_ni_double_letter, 1), (p_ni_asr_typed, 1),
    (p_card_call_digits, 3), (p_card_chat_typed, 3), (p_card_split_turns, 2), (p_card_pairs, 2),
    (p_card_hundreds, 2), (p_card_correction, 2), (p_card_homophones, 2), (p_card_full_flow, 2),
    (p_card_fillers_inside, 1), (p_card_chat_typo, 1), (p_card_amex_call, 1), (p_card_two_values_chat, 1),
    (p_card_readback_only, 1),
    (p_ssn_call, 3), (p_ssn_chat, 3), (p_ssn_split, 2), (p_ssn_readback, 2), (p_ssn_correction, 1),
    (p_ssn_homophones, 2), (p_ssn_with_dob, 1), (p_ssn_chat_mixed, 1), (p_ssn_chat_spaced_words, 1),
    (p_ni_call, 4), (p_ni_chat, 3), (p_ni_split, 2), (p_ni_readback, 1), (p_ni_correction, 1),
    (p_ni_pairs_homophones, 2), (p_ni_with_phone, 1), (p_ni_chat_letters_sep, 1),
    (p_sort_account_call, 4), (p_sort_account_chat, 3), (p_account_us_call, 1),
    (p_iban_chat, 4), (p_iban_call, 3), (p_phone_call, 2), (p_phone_chat, 2), (p_phone_split, 1),
    (p_email_call, 4), (p_email_chat, 3), (p_dob_call, 2), (p_dob_chat, 2),
    (p_address_postcode_call, 2), (p_address_chat_us, 2), (p_address_chat_uk, 2), (p_zip_call, 1),
    (p_expiry_cvv_call, 2), (p_expiry_cvv_chat, 2),
]


# ================================================================= NEGATIVE TEMPLATES
def money_spoken():
    return ch(f"{say_pair(str(R.randint(20, 99)))} pounds {say_pair(str(R.randint(10, 99)))}",
              f"{ONES[R.randint(1, 9)]} hundred and {say_pair(str(R.randint(20, 99)))} dollars",
              f"{say_pair(str(R.randint(20, 99)))} euro {say_pair(str(R.randint(10, 99)))}")


def n_amounts_call():
    return [(A, "your current balance is " + money_spoken()),
            (C, "okay and when is the next bill due"),
            (A, f"that'll be on the {ORD[R.randint(1, 28)]} of {ch(*MONTHS)} for {money_spoken()}")], "call/utilities: balances, amounts and a due date"


def n_order_ref_call():
    ref = digits(R.randint(6, 10))
    return [(A, "do you have the order number"),
            (C, f"yes the order number is {say_digits(ref)}"),
            (A, "thanks i can see it was dispatched yesterday")], "call/retail: order number read digit by digit (reference word present)"


def n_ticket_chat():
    return [(C, f"Hi, ticket #{digits(R.randint(5, 8))} still not resolved after {R.randint(2, 9)} days"),
            (A, f"Sorry about that! I've escalated ticket {digits(6)} to tier 2, ETA {R.randint(24, 72)} hours.")], "chat/telecom: ticket numbers and durations"


def n_flight_call():
    return [(A, f"your flight is {ch('b a', 'e i', 'f r', 'u a')} {say_digits(digits(R.randint(3, 4)))} departing at {ch('six', 'seven', 'ten')} {say_pair(str(R.randint(10, 59)))}"),
            (C, "and which terminal"),
            (A, f"terminal {ONES[R.randint(1, 5)]} gate {say_pair(str(R.randint(10, 60)))}")], "call/travel: flight number, time, terminal, gate"


def n_claim_chat():
    return [(C, f"Claim ref CLM-{digits(8)} - I sent the photos on {R.randint(1, 28)}/{R.randint(1, 12)}/2026"),
            (A, f"Thanks, claim {digits(8)} is under review, payout estimate £{R.randint(100, 4000)}.{digits(2)}")], "chat/insurance: claim refs, payment date and amount"


def n_meter_call():
    return [(A, "can you read me the meter"),
            (C, f"it says {say_digits(digits(5))} point {ONES[R.randint(0, 9)]}"),
            (A, f"great so you've used about {say_pair(str(R.randint(20, 99)))} units this month")], "call/utilities: meter reading and units"


def n_model_chat():
    return [(C, f"my router model is TP-{R.choice(['AX', 'AC'])}{R.randint(1000, 9999)} and speed is only {R.randint(5, 90)} Mbps"),
            (A, f"The plan is {R.choice([100, 300, 500, 900])} Mbps, firmware {R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 30)}")], "chat/telecom: model number, speeds, firmware version"


def n_time_duration_call():
    return [(C, f"i've been on hold for {say_pair(str(R.randint(20, 59)))} minutes"),
            (A, f"i'm sorry we can book an engineer for {ch('monday', 'thursday', 'friday')} between {ONES[R.randint(8, 9)]} and {ch('twelve', 'one')}"),
            (C, "that's fine")], "call/telecom: hold duration and time window"


def n_year_age_call():
    y = R.randint(1995, 2024)
    return [(A, "how long have you been with us"),
            (C, f"since {say_pair(str(y)[:2])} {say_pair(str(y)[2:])} so about {say_pair(str(2026 - y)) if 2026 - y >= 10 else ONES[2026 - y]} years"),
            (A, "and how many people on the policy"),
            (C, f"{ONES[R.randint(2, 5)]} me my wife and the kids they're {ONES[R.randint(3, 9)]} and {TEENS[R.randint(0, 6)]}")], "call/insurance: years, counts and ages"


def n_percent_chat():
    return [(A, f"Your new rate is {R.randint(1, 9)}.{R.randint(0, 99):02d}% APR, fixed for {R.randint(2, 5)} years."),
            (C, f"ok and the {R.randint(10, 40)}% discount from the {ch('Jan', 'Feb', 'March')} promo?")], "chat/banking: percentages and terms"


def n_room_call():
    return [(A, f"you're in room {say_three(str(R.randint(100, 999)))} checking out on the {ORD[R.randint(1, 28)]}"),
            (C, "and breakfast is from when"),
            (A, f"from {ONES[R.randint(6, 7)]} thirty until ten thirty")], "call/travel: hotel room number, dates, times"


def n_invoice_chat():
    return [(C, f"invoice INV{digits(7)} shows {R.randint(2, 12)} items at ${R.randint(10, 99)}.{digits(2)} each"),
            (A, f"Correct, total ${R.randint(100, 999)}.{digits(2)} incl. tax. Invoice date {R.randint(1, 12)}/{R.randint(1, 28)}/2026.")], "chat/retail: invoice number, quantities, prices, invoice date"


def n_reference_call_long():
    ref = digits(10)
    return [(A, "i'll give you a reference number for this call"),
            (C, "okay go ahead"),
            (A, f"the reference is {say_digits(ref[:5])} {say_digits(ref[5:])}"),
            (C, f"okay {say_digits(ref[:5])} {say_digits(ref[5:])} thanks")], "call/government services: 10-digit call reference read and repeated"


def n_contract_call():
    return [(A, f"your contract started on the {ORD[R.randint(1, 28)]} of {ch(*MONTHS)} twenty twenty {ONES[R.randint(1, 5)]}"),
            (C, "and when can i upgrade"),
            (A, f"from {ch(*MONTHS)} next year you'll have paid {say_pair(str(R.randint(20, 40)))} of {say_pair(str(R.randint(24, 36)))} months")], "call/telecom: contract start date (not dob), month counts"


def n_temperature_speed_call():
    return [(C, f"the boiler's showing {say_pair(str(R.randint(40, 80)))} degrees and error code e {say_digits(digits(3), doubles=False)}"),
            (A, f"okay the pressure should be around {ONES[R.randint(1, 2)]} point {ONES[R.randint(1, 5)]} bar")], "call/utilities: temperature, error code, pressure"


def n_payment_date_chat():
    return [(C, f"I paid £{R.randint(20, 300)} on {R.randint(1, 28)} {ch('Jan', 'Feb', 'Mar', 'Sep', 'Oct')} 2026 at {R.randint(1, 12)}:{R.randint(10, 59)}pm"),
            (A, f"I can see that payment, it'll clear within {R.randint(2, 5)} working days.")], "chat/banking: payment date, amount, time"


def n_last4_mention_chat():
    return [(A, f"Is this about the card ending {digits(4)}?"),
            (C, "yes that one, it was declined at the till")], "chat/banking: only last four digits referenced (not a full card)"


def n_appointment_call():
    return [(A, f"we have you booked for the {ORD[R.randint(1, 28)]} of {ch(*MONTHS)} at {ch('nine', 'ten', 'eleven')} fifteen with doctor {ch(*LAST)}"),
            (C, "can i move it to the afternoon"),
            (A, f"i have {ch('two', 'three', 'four')} forty five on the same day")], "call/healthcare billing: appointment dates and times"


def n_quantity_chat():
    return [(C, f"i ordered {R.randint(2, 30)} x {R.randint(250, 2000)}ml bottles and got {R.randint(1, 9)}"),
            (A, f"Sorry! Order {digits(9)} - I'll send {R.randint(1, 20)} more, arriving in {R.randint(2, 5)}-{R.randint(6, 9)} days.")], "chat/retail: quantities, order number, delivery window"


def n_policy_call():
    ref = digits(R.randint(7, 9))
    return [(A, "can i take your policy number"),
            (C, f"policy number {say_pairs(ref)}"),
            (A, f"thanks your excess is {ONES[R.randint(1, 5)]} hundred pounds")], "call/insurance: policy number read in pairs, excess amount"


def n_phone_company_hours():
    return [(C, "what time do you close"),
            (A, f"we're open {ONES[R.randint(8, 9)]} till {ONES[R.randint(5, 8)]} monday to friday and {ONES[R.randint(9, 9)]} till {ONES[R.randint(1, 4)]} on saturdays")], "call/retail: opening hours"


def n_data_usage_chat():
    return [(A, f"You've used {R.randint(1, 50)}.{R.randint(0, 9)}GB of {R.choice([20, 50, 100])}GB, {R.randint(1, 29)} days left in the cycle."),
            (C, f"ok and roaming in Spain costs £{R.randint(1, 5)}.{R.randint(0, 99):02d} per day?")], "chat/telecom: data usage and prices"


def n_big_amount_call():
    return [(A, f"the outstanding mortgage balance is {ONES[R.randint(1, 3)]} hundred and {say_pair(str(R.randint(20, 99)))} thousand {ONES[R.randint(1, 9)]} hundred and {say_pair(str(R.randint(20, 99)))} pounds"),
            (C, "wow okay and the monthly payment"),
            (A, f"{ONES[R.randint(1, 2)]} thousand {ONES[R.randint(1, 9)]} hundred and {say_pair(str(R.randint(20, 99)))} pounds")], "call/banking: large spoken amounts"


def n_parcel_tracking_chat():
    return [(C, f"tracking number {digits(10)} says delivered at 14:{R.randint(10, 59)} but nothing here"),
            (A, "I'm sorry, I've opened case 77" + digits(5) + " with the courier.")], "chat/retail: tracking and case numbers (10 and 7 digits)"


def n_year_range_call():
    return [(C, f"the car's a {say_pair(str(R.randint(10, 23)))} plate {ch('golf', 'focus', 'corsa')} about {say_pair(str(R.randint(20, 90)))} thousand miles"),
            (A, f"okay and it's parked overnight on the drive so that's a quote of {say_three(str(R.randint(300, 999)))} pounds a year")], "call/insurance: car plate year, mileage and quote"


def n_speed_call():
    return [(C, f"i'm only getting {ONES[R.randint(2, 9)]} megabits and i'm paying for {ONES[R.randint(1, 9)]} hundred"),
            (A, f"let me run a line test it takes about {ONES[R.randint(2, 5)]} minutes")], "call/telecom: broadband speeds and durations"


NEG_TEMPLATES = [n_amounts_call, n_order_ref_call, n_ticket_chat, n_flight_call, n_claim_chat, n_meter_call,
                 n_model_chat, n_time_duration_call, n_year_age_call, n_percent_chat, n_room_call, n_invoice_chat,
                 n_reference_call_long, n_contract_call, n_temperature_speed_call, n_payment_date_chat,
                 n_last4_mention_chat, n_appointment_call, n_quantity_chat, n_policy_call, n_phone_company_hours,
                 n_data_usage_chat, n_big_amount_call, n_parcel_tracking_chat, n_year_range_call, n_speed_call]


# ================================================================= generate
def generate():
    R.seed(SEED)
    cases = []
    groups_all = []
    pos_list = []
    for fn, w in POS_TEMPLATES:
        pos_list += [fn] * w
    # ~2 passes over the weighted template list
    plan = pos_list * 2
    for i, fn in enumerate(plan, 1):
        spec, note = fn()
        turns, spans = build(spec)
        cases.append({"id": f"h231-pos-{i:03d}", "kind": "positive", "turns": turns, "spans": spans, "note": note})
    neg_plan = NEG_TEMPLATES * 4
    for i, fn in enumerate(neg_plan, 1):
        spec, note = fn()
        turns, spans = build(spec)
        assert not spans
        cases.append({"id": f"h231-neg-{i:03d}", "kind": "negative", "turns": turns, "spans": [], "note": note})
    # value groups for validation (not serialised)
    for c in cases:
        grp = {}
        for k, s in enumerate(c["spans"]):
            g = s.pop("_grp") or f"solo{k}"
            grp.setdefault((g, s["type"]), []).append(s)
        groups_all.append(grp)
    return cases, groups_all


def serialise(cases) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    return cnt


def readme(cases) -> str:
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# PII hold-out set h231

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and adjusting the redactor to them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation or the benchmark, and did
not run the redactor. The only input was the JSONL format description. All
cases are generated by `scripts/make_pii_holdout231.py` from template
functions with a single seeded `random.Random({SEED})`; each turn is assembled
from plain-text segments and (value, TYPE) segments so offsets are computed,
never typed by hand. Output is byte-for-byte reproducible.

`python scripts/make_pii_holdout231.py --check` regenerates the set and verifies
that the file is identical, ids are unique, offsets are in range, on word
boundaries and non-overlapping, and that every labelled value validates after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits
for SSN, 6 for sort codes, digit counts for CVV/phone/account, postcode shapes).
Values split over several turns are validated after concatenating their parts.

## Contents

- positives: {npos}, negatives: {nneg} (total {len(cases)})
- channels: chat (typed, varied separators/case/typos) and calls (ASR-style:
  lower case, numbers as words, oh/o/nought/zero, double/triple, pairs such as
  "forty one eleven", year-like groups such as "nineteen eighty" / "forty five
  hundred", homophones to/too/for/fore/won/ate, letter homophones bee/see/jay,
  NATO and "b for boy" spelling, values split across turns with agent
  back-channels, self-corrections, agent read-backs, fillers inside readings).
- emphasis: CARD_NUMBER, NI_NUMBER and SSN.

| type | spans |
|---|---|
{rows}

## Annotation conventions

- A span covers the value itself from its first to its last token, e.g.
  `four nine two nine ... one`, `QQ 12 34 56 C`, `123-45-6789`. Lead-ins such as
  "it's", "my card is", "sort code" are outside the span.
- Spoken separators, hesitations and fillers that occur *inside* a reading
  ("dash", "um", "hang on", "sorry") are inside the span; trailing fillers are
  outside.
- A value split over several turns gets one span per turn, each span being
  that turn's fragment.
- Agent read-backs of a full value are labelled too.
- In self-corrections the aborted partial (an incomplete fragment) is left
  unlabelled; the complete corrected value is labelled. Scoring only requires
  labelled spans to be covered, so redacting the aborted part is harmless.
- Spelled letters ("q for queen", "bravo", "bee") are inside NI/IBAN/postcode spans.
- EXPIRY covers the month and year; CVV covers the 3 or 4 digits only.
- ADDRESS covers house/flat number through street type ("12 Maple Road",
  "Flat 3, 12 Maple Road"); town names are outside; POSTCODE is a separate span.
- DOB covers the whole date phrase ("the third of may nineteen eighty two").
- Partial values (a card's last four digits alone) are not labelled.
- Negatives contain no PII at all: amounts, balances, prices, times, durations,
  counts, ages, years, percentages, non-birth dates, order/ticket/claim/invoice/
  policy/reference numbers (at most 10 digits, always with their reference
  word), flight and room numbers, model numbers, meter readings, speeds,
  temperatures.
"""


def check(cases, groups_all, text_now: str) -> list[str]:
    errs = []
    if not CASES.exists():
        errs.append("cases.jsonl missing")
    elif CASES.read_text(encoding="utf-8") != text_now:
        errs.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(cases):
        errs.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c, grp in zip(cases, groups_all):
        if c["kind"] == "negative" and c["spans"]:
            errs.append(f"{c['id']}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(f"{c['id']}: positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append(f"{c['id']}: bad speaker")
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{c['id']}: bad type {s['type']}")
            if not 0 <= s["turn"] < len(c["turns"]):
                errs.append(f"{c['id']}: bad turn")
                continue
            txt = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not 0 <= st < en <= len(txt):
                errs.append(f"{c['id']}: offsets out of range")
                continue
            if (st > 0 and txt[st - 1].isalnum()) or (en < len(txt) and txt[en].isalnum()):
                errs.append(f"{c['id']}: span not on word boundary: {txt[st:en]!r}")
            if txt[st].isspace() or txt[en - 1].isspace():
                errs.append(f"{c['id']}: span has outer whitespace")
            by_turn.setdefault(s["turn"], []).append((st, en))
        for tn, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(f"{c['id']}: overlapping spans in turn {tn}")
        for (g, typ), sp in grp.items():
            val = " ".join(c["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in sp)
            e = validate(typ, val)
            if e:
                errs.append(f"{c['id']}: {typ} {val!r}: {e}")
    cnt = counts(cases)
    for t, m in MIN_COUNTS.items():
        if cnt[t] < m:
            errs.append(f"type {t} has {cnt[t]} spans < {m}")
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170:
        errs.append(f"only {npos} positives")
    if nneg < 100:
        errs.append(f"only {nneg} negatives")
    return errs


def main():
    cases, groups_all = generate()
    text = serialise(cases)
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    summary = f"positives={npos} negatives={len(cases) - npos} spans=" + ", ".join(f"{t}:{cnt[t]}" for t in TYPES)
    if "--check" in sys.argv[1:]:
        errs = check(cases, groups_all, text)
        print(summary)
        for e in errs:
            print("ERROR", e)
        print("CHECK FAILED" if errs else "CHECK OK")
        sys.exit(1 if errs else 0)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    print(summary)
    print(f"wrote {CASES} and {README}")


if __name__ == "__main__":
    main()

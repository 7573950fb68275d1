#!/usr/bin/env python3
"""Build the held-out PII set ``tests/fixtures/pii_holdout4/cases.jsonl``.

The set was written independently of the redaction code and of every other
PII fixture: it is a *held-out* evaluation set and must never be used for
tuning patterns, thresholds or vocabularies.

Each case is written in this file with inline markup ``[[TYPE|value]]`` (or
``[[TYPE:group|value]]`` for a value split over several turns).  The markup is
stripped to compute character offsets.  Inside a value, ``<~ ... ~>`` marks a
retracted stretch of a self-correction: it stays in the text (and inside the
span) but is ignored when the value is validated.

All generated values (card numbers, IBANs, sort codes, ...) come from one
seeded ``random.Random`` so the output is byte-for-byte reproducible.

Usage::

    python scripts/make_pii_holdout4.py            # (re)write the fixture
    python scripts/make_pii_holdout4.py --check    # validate the fixture
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 44_2024
ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout4"
OUT = OUT_DIR / "cases.jsonl"

TYPES = [
    "CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
    "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS",
]
MIN_PER_TYPE = {t: 10 for t in TYPES}
MIN_PER_TYPE["CARD_NUMBER"] = 25
MIN_POS, MIN_NEG = 150, 90

R = random.Random(SEED)

# --------------------------------------------------------------------------
# number words
# --------------------------------------------------------------------------
W = "zero one two three four five six seven eight nine".split()
TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        "eighteen nineteen").split()
TENW = [None, None, "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
MONTHS = ("january february march april may june july august september "
          "october november december").split()
ORD = ("first second third fourth fifth sixth seventh eighth ninth tenth "
       "eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
       "seventeenth eighteenth nineteenth").split()


def ordinal(n: int) -> str:
    if n < 20:
        return ORD[n - 1]
    if n % 10 == 0:
        return {20: "twentieth", 30: "thirtieth"}[n]
    return f"{TENW[n // 10]} {ORD[n % 10 - 1]}"


def dword(ch: str, zero: str = "zero") -> str:
    return zero if ch == "0" else W[int(ch)]


def say_d(d: str, zero: str = "zero") -> str:
    """digit by digit"""
    return " ".join(dword(c, zero) for c in d)


def say_dbl(d: str, zero: str = "oh") -> str:
    """digit by digit with double / triple"""
    out, i = [], 0
    while i < len(d):
        run = 1
        while i + run < len(d) and d[i + run] == d[i]:
            run += 1
        if run >= 3:
            out.append("triple " + dword(d[i], zero))
            i += 3
        elif run == 2:
            out.append("double " + dword(d[i], zero))
            i += 2
        else:
            out.append(dword(d[i], zero))
            i += 1
    return " ".join(out)


def say_pair(p: str, zero: str = "oh") -> str:
    a, b = p
    if a == "0":
        return f"{zero} {dword(b, zero)}"
    if a == "1":
        return TEEN[int(b)]
    return TENW[int(a)] + ("" if b == "0" else " " + W[int(b)])


def say_pairs(d: str, zero: str = "oh") -> str:
    """two-digit numbers ("forty five thirty two"); odd length: first digit alone"""
    parts, i = [], 0
    if len(d) % 2:
        parts.append(dword(d[0], zero))
        i = 1
    while i < len(d):
        parts.append(say_pair(d[i:i + 2], zero))
        i += 2
    return " ".join(parts)


def chunks(d: str, sizes) -> list[str]:
    assert sum(sizes) == len(d), (d, sizes)
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    return out


def grp(d: str, sizes, sep: str = " ") -> str:
    """typed digits in groups"""
    return sep.join(chunks(d, sizes))


def say(d: str, sizes=None, how="d", zero="zero", sep=" ") -> str:
    """speak digits in groups; ``how`` per group: d (digits), b (double/triple),
    p (pairs), t (typed digits).  Falls back to digit-by-digit for a group
    whose rendering would be read back differently (e.g. "thirty" + "one")."""
    parts = chunks(d, sizes or [len(d)])
    hows = [how] * len(parts) if isinstance(how, str) else list(how)
    fn = {"d": say_d, "b": say_dbl, "p": say_pairs, "t": lambda x, z: x}
    for _ in range(len(parts) + 1):
        rendered = [fn[h](p, zero) for h, p in zip(hows, parts)]
        s = sep.join(rendered)
        if to_alnum(s) == d:
            return s
        # a group ending in "thirty" followed by one starting "one" reads as
        # "thirty one": speak the earlier group digit by digit instead
        for k in range(len(parts) - 1):
            if to_alnum(sep.join(rendered[:k + 2])) != "".join(parts[:k + 2]):
                hows[k] = "d"
                break
    raise AssertionError(f"cannot render {d!r}")


def say_year(y: int, style: str = "n") -> str:
    if style == "2":  # two-digit year
        return say_pair(f"{y % 100:02d}")
    if 1900 <= y < 2000:
        return "nineteen " + say_pair(f"{y % 100:02d}")
    if y == 2000:
        return "two thousand"
    if 2000 < y < 2010:
        return ("two thousand and " if style == "and" else "two thousand ") + W[y % 10]
    return "twenty " + say_pair(f"{y % 100:02d}")


# --------------------------------------------------------------------------
# spoken / typed value -> canonical alphanumerics (shared with --check)
# --------------------------------------------------------------------------
UNITS = {w: i for i, w in enumerate(W)}
UNITS.update({"oh": 0, "o": 0, "nought": 0, "naught": 0})
TEENS = {w: 10 + i for i, w in enumerate(TEEN)}
TENS = {w: i for i, w in enumerate(TENW) if w}
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS) | {"double", "triple", "hundred"}
NATO = set("""alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet
juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform
victor whiskey whisky xray x-ray yankee zulu""".split())
FILLERS = set("""um uh er erm ah hmm mhm sorry wait hang on yeah yep and then
that's thats it's its is so okay ok right let me see just as in for like
plus space dash hyphen slash no i mean sec one's""".split()) | NATO | {"i"}


def to_alnum(text: str, letters: bool = False, ignored: list | None = None) -> str:
    """Canonical value of a span: typed forms lose separators; spoken forms are
    read word by word (digits, "oh"/"nought", "double"/"triple", teens, tens,
    "x hundred", single letters when ``letters``).  Unknown words are skipped
    and reported in ``ignored``."""
    low = text.lower()
    toks = re.findall(r"[a-z]+(?:'[a-z]+)?|\d+|,", low)
    spoken = any(t in NUMWORDS for t in toks)
    if not spoken:
        return re.sub(r"[^0-9A-Za-z]", "", text).upper() if letters else re.sub(r"\D", "", text)
    out: list[str] = []
    i, mult, last_unit = 0, 1, False
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == ",":
            last_unit = False
        elif t == "double":
            mult = 2
            i += 1
            continue
        elif t == "triple":
            mult = 3
            i += 1
            continue
        elif t.isdigit():
            out.append(t * mult if len(t) == 1 else t)
            last_unit = False
        elif t in TENS:
            if nxt in UNITS and UNITS[nxt] > 0 and nxt not in ("oh", "o"):
                out.append(str(TENS[t] * 10 + UNITS[nxt]))
                i += 1
            else:
                out.append(str(TENS[t] * 10))
            last_unit = False
        elif t in TEENS:
            out.append(str(TEENS[t]))
            last_unit = False
        elif t == "hundred":
            if last_unit:
                # "two hundred and six" -> 206, "three hundred twelve" -> 312,
                # "eight hundred" (then digits) -> 800
                h = out.pop()
                j, has_and, val = i + 1, False, None
                if j < len(toks) and toks[j] == "and":
                    j, has_and = j + 1, True
                tj = toks[j] if j < len(toks) else None
                tk = toks[j + 1] if j + 1 < len(toks) else None
                if tj in TEENS:
                    val, j = TEENS[tj], j + 1
                elif tj in TENS:
                    val, j = TENS[tj] * 10, j + 1
                    if tk in UNITS and UNITS[tk] > 0 and tk not in ("oh", "o"):
                        val, j = val + UNITS[tk], j + 1
                elif has_and and tj in UNITS and UNITS[tj] > 0:
                    val, j = UNITS[tj], j + 1
                if val is None:
                    out.append(h + "00")
                else:
                    out.append(f"{h}{val:02d}")
                    i = j - 1
            elif ignored is not None:
                ignored.append(t)
            last_unit = False
        elif t in UNITS and not (letters and t == "o"):
            out.append(str(UNITS[t]) * mult)
            last_unit = True
        elif letters and len(t) == 1:
            out.append(t.upper() * mult)
            last_unit = False
        else:
            if ignored is not None and t not in FILLERS:
                ignored.append(t)
        mult = 1
        i += 1
    return "".join(out)


def luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_make(prefix: str, n: int) -> str:
    body = prefix + "".join(str(R.randrange(10)) for _ in range(n - 1 - len(prefix)))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_PREFIX = {
    "visa": (["4"], 16), "visa13": (["4"], 13), "visa19": (["4"], 19),
    "mc": (["51", "52", "53", "54", "55", "2221", "2365", "2510", "2720"], 16),
    "amex": (["34", "37"], 15), "disc": (["6011", "644", "65"], 16),
    "maestro": (["6759", "6763", "5018"], 19), "maestro18": (["6759"], 18),
    "diners": (["36", "38"], 14), "jcb": (["3528", "3569", "3589"], 16),
}


def card(brand: str = "visa", prefix: str | None = None) -> str:
    pfx, n = CARD_PREFIX[brand]
    return luhn_make(prefix or R.choice(pfx), n)


IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "ES": 24, "IE": 22, "NL": 18, "IT": 27,
            "BE": 16, "PL": 28, "PT": 25, "AT": 20, "CH": 21, "SE": 24, "DK": 18,
            "FI": 18, "LU": 20, "GR": 27, "CZ": 24, "RO": 24, "HU": 28}


def iban_mod(s: str) -> int:
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def rdig(n: int) -> str:
    return "".join(str(R.randrange(10)) for _ in range(n))


def iban(cc: str) -> str:
    bban = {
        "GB": lambda: R.choice(["NWBK", "BARC", "HBUK", "MIDL", "NAIA", "CITI"]) + rdig(14),
        "IE": lambda: R.choice(["AIBK", "BKIR", "ULSB"]) + rdig(14),
        "DE": lambda: rdig(18),
        "FR": lambda: rdig(10) + rdig(11) + rdig(2),
        "ES": lambda: rdig(20),
        "NL": lambda: R.choice(["ABNA", "RABN", "INGB", "TRIA"]) + rdig(10),
        "IT": lambda: R.choice("ABCDEFGHKLMNPRSTXZ") + rdig(22),
        "BE": lambda: rdig(12),
        "PL": lambda: rdig(24),
        "PT": lambda: rdig(21),
        "AT": lambda: rdig(16),
        "CH": lambda: rdig(17),
    }[cc]()
    chk = 98 - iban_mod(cc + "00" + bban)
    out = f"{cc}{chk:02d}{bban}"
    assert len(out) == IBAN_LEN[cc] and iban_mod(out) == 1
    return out


def sortcode() -> str:
    return R.choice(["20", "40", "30", "60", "77", "11", "09", "16", "83", "50"]) + rdig(4)


def ukacct() -> str:
    return str(R.randrange(1, 10)) + rdig(7)


def ssn() -> str:
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return f"{a:03d}{R.randrange(1, 100):02d}{R.randrange(1, 10000):04d}"


NI_PREFIX = ["JG", "NE", "SK", "PR", "TL", "WM", "HR", "CE", "ER", "YL", "ZA", "MB",
             "KT", "LP", "RW", "SN", "EH", "BY", "PW", "AK"]


def ni() -> str:
    return R.choice(NI_PREFIX) + rdig(6) + R.choice("ABCD")


def cvv(n: int = 3) -> str:
    return rdig(n)


def expiry() -> tuple[int, int]:
    return R.randrange(1, 13), R.randrange(2025, 2032)


def exp_say(m: int, y: int, style: str) -> str:
    mm, yy = f"{m:02d}", f"{y % 100:02d}"
    return {
        "mm/yy": f"{mm}/{yy}",
        "mm/yyyy": f"{mm}/{y}",
        "mm-yy": f"{mm}-{yy}",
        "m yy": f"{mm} {yy}",
        "oh": f"{say_pair(mm)} {say_pair(yy)}",
        "bare": f"{W[m] if m < 10 else say_pair(mm)} {say_pair(yy)}",
        "digits": f"{say_d(mm)} {say_d(yy)}",
        "name": f"{MONTHS[m - 1]} {say_pair(yy)}",
        "name4": f"{MONTHS[m - 1]} {say_year(y)}",
        "slash": f"{say_pair(mm)} slash {say_pair(yy)}",
    }[style]


def dob() -> tuple[int, int, int]:
    return R.randrange(1, 29), R.randrange(1, 13), R.randrange(1944, 2006)


def dob_say(d: int, m: int, y: int, style: str) -> str:
    return {
        "uk": f"{ordinal(d)} of {MONTHS[m - 1]} {say_year(y)}",
        "uk2": f"{ordinal(d)} of {MONTHS[m - 1]} {say_year(y, '2')}",
        "us": f"{MONTHS[m - 1]} {ordinal(d)} {say_year(y)}",
        "us_card": f"{MONTHS[m - 1]} {W[d] if d < 10 else say_pair(f'{d:02d}')} {say_year(y)}",
        "nums": f"{W[d] if d < 10 else say_pair(f'{d:02d}')} {W[m] if m < 10 else say_pair(f'{m:02d}')} {say_year(y, '2')}",
        "ofthe": f"{ordinal(d)} of the {ordinal(m)} {say_year(y, '2')}",
        "digits": f"{say_d(f'{d:02d}', 'oh')} {say_d(f'{m:02d}', 'oh')} {say_d(str(y), 'oh')}",
        "dd/mm/yyyy": f"{d:02d}/{m:02d}/{y}",
        "mm/dd/yyyy": f"{m:02d}/{d:02d}/{y}",
        "dd.mm.yy": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "d Month yyyy": f"{d} {MONTHS[m - 1].title()} {y}",
        "Month d, yyyy": f"{MONTHS[m - 1].title()} {d}, {y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
    }[style]


# --------------------------------------------------------------------------
# markup and case collection
# --------------------------------------------------------------------------
def T(typ: str, val: str, group: str | None = None) -> str:
    assert typ in TYPES, typ
    return f"[[{typ}{':' + group if group else ''}|{val}]]"


MARK = re.compile(r"\[\[([A-Z_]+)(?::(\w+))?\|(.*?)\]\]", re.S)
CASES: list[dict] = []
META: list[list[dict]] = []  # per case: span meta (raw value, group)


def A(t: str) -> tuple[str, str]:
    return ("agent", t)


def C(t: str) -> tuple[str, str]:
    return ("customer", t)


def _strip(raw: str) -> tuple[str, list[tuple[int, int, str, str, str]]]:
    text, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(raw):
        pre = raw[pos:m.start()].replace("<~", "").replace("~>", "")
        text.append(pre)
        cur += len(pre)
        val_raw = m.group(3)
        val = val_raw.replace("<~", "").replace("~>", "")
        spans.append((cur, cur + len(val), m.group(1), m.group(2) or "", val_raw))
        text.append(val)
        cur += len(val)
        pos = m.end()
    text.append(raw[pos:])
    return "".join(text), spans


def _add(kind: str, note: str, turns) -> None:
    n = sum(1 for c in CASES if c["kind"] == kind) + 1
    cid = f"h4-{'pos' if kind == 'positive' else 'neg'}-{n:03d}"
    out_turns, spans, meta = [], [], []
    for ti, (spk, raw) in enumerate(turns):
        text, sp = _strip(raw)
        out_turns.append({"speaker": spk, "text": text})
        for s, e, typ, g, vraw in sp:
            spans.append({"turn": ti, "start": s, "end": e, "type": typ})
            meta.append({"group": g, "raw": vraw})
    CASES.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    META.append(meta)


def P(note: str, *turns) -> None:
    _add("positive", note, turns)


def N(note: str, *turns) -> None:
    _add("negative", note, turns)



# ==========================================================================
# positive cases
# ==========================================================================
def build_positive_cards() -> None:
    CN = "CARD_NUMBER"

    c = card("visa")
    P("call/telecom: visa read digit by digit in one turn, 'zero'",
      A("thanks for that and what's the long number on the front of the card"),
      C(f"yeah it's {T(CN, say(c, [4, 4, 4, 4], 'd', 'zero'))}"))

    c = card("mc")
    P("chat/retail: mastercard typed in groups of four mid-message",
      C(f"Hi, I'd like to pay off the balance on my store account. Card number is {T(CN, grp(c, [4, 4, 4, 4]))} if you can take it now"))

    c = card("visa")
    q = chunks(c, [4, 4, 4, 4])
    P("call/insurance: card split over four customer turns with agent back-channels",
      A("okay go ahead with the card number when you're ready"),
      C(f"right {T(CN, say_d(q[0], 'oh'), 'g')}"),
      A("mhm"),
      C(T(CN, say_d(q[1], 'oh'), 'g')),
      A("yep"),
      C(f"{T(CN, say_d(q[2], 'oh'), 'g')} um"),
      A("and the last four"),
      C(T(CN, say_d(q[3], 'oh'), 'g')))

    c = card("amex")
    m, y = expiry()
    P("email/travel: amex typed 4-6-5 with expiry",
      C("Hello,\n\nPlease take the balance for booking ref TQ7H2K from my Amex, "
        f"number {T(CN, grp(c, [4, 6, 5]))}, expiry {T('EXPIRY', exp_say(m, y, 'mm/yy'))}.\n\n"
        "Kind regards"))

    c = card("visa")
    P("call/banking: card spoken as two-digit pairs",
      A("can you read me the sixteen digits on the card please"),
      C(f"okay so that's {T(CN, say(c, [4, 4, 4, 4], 'p', 'oh'))}"))

    c = card("mc", prefix="53552220")
    P("call/utilities: doubles and triples",
      A("and the card number"),
      C(f"it's {T(CN, say(c, [4, 4, 4, 4], 'b', 'oh'))} that's a mastercard"))

    c = card("visa", prefix="49200")
    P("call/retail UK: 'nought' for zero",
      A("lovely and the long card number please"),
      C(f"{T(CN, say(c, [4, 4, 4, 4], 'd', 'nought'))}"))

    c = card("visa")
    q = chunks(c, [4, 4, 4, 4])
    P("call/telecom: hesitations between groups inside the span",
      A("what card would you like to use for the upgrade fee"),
      C(f"um yeah it's {T(CN, say_d(q[0]) + ' uh ' + say_d(q[1]) + ' hang on ' + say_d(q[2]) + ' ' + say_d(q[3]))}"))

    c = card("visa")
    q = chunks(c, [4, 4, 4, 4])
    wrong = q[1][:2] + f"{(int(q[1][2:]) + 37) % 100:02d}"
    P("call/insurance: self-correction inside the card number",
      A("go ahead with the card number"),
      C(f"{T(CN, say_d(q[0], 'oh') + ' <~' + say_d(wrong, 'oh') + ' no sorry ~>' + say_d(q[1], 'oh') + ' ' + say_d(q[2], 'oh') + ' ' + say_d(q[3], 'oh'))} sorry about that"))

    c = card("mc")
    P("call/retail: reading from a worn card after a pause",
      A("can i take the card number"),
      C("hang on the numbers are a bit worn on this one"),
      A("no problem take your time"),
      C(f"okay i think it's {T(CN, say(c, [4, 4, 4, 4], 'd', 'oh'))} yeah"))

    c = card("visa")
    m, y = expiry()
    P("call/travel: card at start of turn then expiry",
      A("can you give me the card number and the expiry date please"),
      C(f"{T(CN, say(c, [4, 4, 4, 4], 'd', 'zero'))} and the expiry is {T('EXPIRY', exp_say(m, y, 'oh'))}"))

    c = card("disc")
    m, y = expiry()
    P("call/retail US: card, expiry and cvv in one turn",
      A("alright and how would you like to pay today"),
      C(f"discover card number {T(CN, say(c, [4, 4, 4, 4], 'd', 'zero'))} expiration {T('EXPIRY', exp_say(m, y, 'digits'))} and the code on the back is {T('CVV', say_d(cvv(), 'zero'))}"))

    c = card("visa")
    P("call/banking: agent reads the card number back",
      C(f"the number's {T(CN, say(c, [4, 4, 4, 4], 'd', 'oh'))}"),
      A(f"thank you so just to confirm that's {T(CN, say(c, [4, 4, 4, 4], 'p', 'oh'))}"),
      C("yep that's it"))

    c = card("maestro")
    P("chat/banking: 19-digit maestro typed 4-4-4-4-3",
      C(f"My debit card is a Maestro: {T(CN, grp(c, [4, 4, 4, 4, 3]))}"))

    c = card("visa13")
    P("email/utilities: 13-digit visa typed 4-3-3-3",
      C("Hi team,\nplease update the card on my energy account to "
        f"{T(CN, grp(c, [4, 3, 3, 3]))} (old Visa).\nThanks"))

    c = card("diners")
    P("chat/travel: diners club 14 digits typed 4-6-4",
      A("Which card would you like to use for the deposit?"),
      C(f"Diners Club {T(CN, grp(c, [4, 6, 4]))}"))

    c = card("visa")
    P("chat/retail: card split over two chat messages",
      C(f"card no is {T(CN, c[:8], 'g')}"),
      C(f"{T(CN, c[8:], 'g')} sorry hit enter too soon"))

    c = card("mc")
    P("call/telecom: card spoken in triples as numbers",
      A("go on then"),
      C(f"it's {T(CN, say(c, [1, 3, 3, 3, 3, 3], ['d', 'p', 'p', 'p', 'p', 'p'], 'oh'))}"))

    c = card("visa")
    P("call/insurance: ASR mixes digits and words",
      A("and the card number"),
      C(f"{T(CN, say(c, [4, 4, 4, 4], ['t', 'd', 't', 'd'], 'zero'))} and it's a visa"))

    c = card("mc")
    P("email/retail: mastercard typed with dashes",
      C(f"Order 7731-B: please charge Mastercard {T(CN, grp(c, [4, 4, 4, 4], '-'))} instead of PayPal."))

    c = card("visa")
    q = chunks(c, [4, 4, 4, 4])
    P("call/travel: groups joined with 'then'",
      A("and the card number for the booking"),
      C(f"it's a visa debit {T(CN, ' then '.join(say_d(x, 'oh') for x in q))}"))

    c = card("visa")
    P("call/utilities: customer fetches card then reads it",
      A("can i take a card payment for that today"),
      C("yeah hang on i'm just getting my purse"),
      A("that's fine"),
      C(f"right here we go {T(CN, say(c, [4, 4, 4, 4], 'd', 'oh'))}"))

    c = card("visa")
    P("call/banking: card split over three turns with agent questions",
      A("read me the number on the front please"),
      C(f"it's {T(CN, say_d(c[:6], 'zero'), 'g')}"),
      A("okay and then"),
      C(T(CN, say_d(c[6:12], 'zero'), 'g')),
      A("yep and the rest"),
      C(f"{T(CN, say_d(c[12:], 'zero'), 'g')} that's the lot"))

    c = card("mc", prefix="544400")
    q = chunks(c, [8, 8])
    P("call/telecom: pairs and doubles across two turns",
      A("card number please"),
      C(T(CN, say(q[0], [4, 4], ['b', 'p'], 'oh'), 'g')),
      A("uh huh"),
      C(T(CN, say(q[1], [4, 4], ['p', 'b'], 'oh'), 'g')))

    c = card("visa", prefix="40010")
    P("call/retail: 'oh' and 'double oh'",
      C(f"can i pay with a different card it's {T(CN, say(c, [4, 4, 4, 4], 'b', 'oh'))}"))

    c = card("mc")
    P("call/telecom: new card after agent mentions last four on file",
      A("i can see the mastercard ending in four four one seven on file is that the one"),
      C(f"no that's expired the new one is {T(CN, say(c, [4, 4, 4, 4], 'd', 'oh'))}"))

    c = card("visa")
    P("call/insurance: card then cvv in the next turn",
      C(f"ok the card is {T(CN, say(c, [4, 4, 4, 4], 'd', 'zero'))}"),
      A("and the three digit code on the back"),
      C(T('CVV', say_d(cvv(), 'zero'))))

    c = card("visa")
    P("chat/retail: card typed with no spaces",
      C(f"{T(CN, c)} exp {T('EXPIRY', exp_say(*expiry(), 'mm/yy'))}"))

    c1, c2 = card("visa"), card("amex")
    P("call/travel: two cards in one turn",
      C(f"i've got two cards the visa is {T(CN, say(c1, [4, 4, 4, 4], 'd', 'oh'))} and the amex is {T(CN, say(c2, [4, 6, 5], 'd', 'oh'))} can you split it between them"))

    c = card("visa")
    P("call/retail: ASR runs digit groups together",
      A("and the card number"),
      C(f"sure {T(CN, grp(c, [4, 4, 4, 4]))}"))

    c = card("jcb")
    m, y = expiry()
    P("email/travel: JCB card with expiry in an e-mail",
      C("Dear Sir/Madam,\nI would like to pay the remaining balance with my JCB card "
        f"{T(CN, grp(c, [4, 4, 4, 4]))}, valid thru {T('EXPIRY', exp_say(m, y, 'mm/yyyy'))}.\nRegards"))

    c = card("amex", prefix="37")
    P("call/banking: amex spoken 4-6-5 with triples",
      A("and the card number"),
      C(f"okay {T(CN, say(c, [4, 6, 5], 'b', 'oh'))}"),
      A("and the four digit code on the front"),
      C(f"{T('CVV', say_d(cvv(4), 'oh'))}"))

    c = card("visa")
    P("call/telecom: card count word outside span",
      A("what's the card number"),
      C(f"it's a sixteen digit one right {T(CN, say(c, [4, 4, 4, 4], 'p', 'oh'))}"))

    c = card("mc")
    q = chunks(c, [4, 4, 4, 4])
    P("call/utilities: card over two turns, agent says sorry you cut out",
      C(f"{T(CN, say_d(q[0], 'oh') + ' ' + say_d(q[1], 'oh'), 'g')}"),
      A("sorry you broke up a bit after the first eight can you carry on from there"),
      C(f"yeah {T(CN, say_d(q[2], 'oh') + ' ' + say_d(q[3], 'oh'), 'g')}"))

    c = card("visa19")
    P("chat/banking: 19-digit visa typed 4-4-4-4-3 in a question",
      C(f"Is card {T(CN, grp(c, [4, 4, 4, 4, 3]))} still active? I got a new one in the post"))

    c = card("maestro18")
    P("call/retail UK: 18-digit maestro read digit by digit",
      A("and the card number it's the long one"),
      C(f"um it's got eighteen digits {T(CN, say(c, [4, 4, 4, 4, 2], 'd', 'nought'))}"))

    c = card("visa")
    q = chunks(c, [4, 4, 4, 4])
    P("call/travel: customer asks to repeat, one span per piece over two turns",
      A("go ahead"),
      C(f"{T(CN, say(q[0] + q[1], [4, 4], 'p', 'oh'), 'g')} wait is it the long number you want"),
      A("yes please the long number"),
      C(f"okay then {T(CN, say(q[2] + q[3], [4, 4], 'p', 'oh'), 'g')}"))

    c = card("visa")
    m, y = expiry()
    P("chat/telecom: card, expiry and CVV on separate lines",
      C(f"Card: {T(CN, grp(c, [4, 4, 4, 4]))}\nExp: {T('EXPIRY', exp_say(m, y, 'mm/yy'))}\nCVV: {T('CVV', cvv())}"))


def ni_say(v: str, style: str) -> str:
    l1, l2, dg, suf = v[0].lower(), v[1].lower(), v[2:8], v[8].lower()
    return {
        "d": f"{l1} {l2} {say_d(dg)} {suf}",
        "p": f"{l1} {l2} {say_pairs(dg)} {suf}",
        "typed": f"{v[:2]} {dg[:2]} {dg[2:4]} {dg[4:]} {v[8]}",
        "compact": v,
        "lower": v.lower(),
    }[style]


def iban_say(v: str, zero: str = "zero") -> str:
    """letter by letter, digits one by one, a little pause every four"""
    out = []
    for k in range(0, len(v), 4):
        blk = v[k:k + 4]
        out.append(" ".join(ch.lower() if ch.isalpha() else dword(ch, zero) for ch in blk))
    return " ".join(out)


def build_positive_cvv_expiry() -> None:
    P("chat/retail: CVV alone after agent prompt",
      A("Could you confirm the 3-digit security code on the back of the card?"),
      C(T("CVV", cvv())))

    P("call/telecom: CVV spoken with 'oh'",
      A("and the security code on the back"),
      C(f"it's {T('CVV', say_d(cvv(), 'oh'))}"))

    P("call/utilities: 'last three on the back' is the CVV",
      A("and the card security code please"),
      C(f"the last three on the back of the card uh {T('CVV', say_d(cvv()))}"))

    d, e = str(R.randrange(1, 10)), str(R.randrange(1, 10))
    P("call/insurance: CVV with double",
      A("three digit security number"),
      C(f"{T('CVV', 'double ' + W[int(d)] + ' ' + W[int(e)])}"))

    P("email/travel: security code in e-mail",
      C(f"Card details as requested over the phone - security code: {T('CVV', '0' + rdig(2))}. Please delete this email once processed."))

    P("call/banking: CVV as a number ('three hundred and twelve')",
      A("and the cvv"),
      C(f"{T('CVV', 'three hundred and twelve')} i think let me check yeah {T('CVV', 'three hundred and twelve')}"))

    P("chat/retail: CVC typed after label",
      C(f"CVC {T('CVV', cvv())}, it's the same card as last time"))

    m, y = expiry()
    P("call/telecom: expiry spoken as month and year numbers",
      A("and the expiry date on the card"),
      C(T("EXPIRY", exp_say(m, y, "oh"))))

    m, y = expiry()
    P("call/retail: expiry as month name and two-digit year",
      A("when does the card expire"),
      C(f"um it expires {T('EXPIRY', exp_say(m, y, 'name'))}"))

    m, y = expiry()
    P("chat/banking: 'valid until' typed mm/yy",
      C(f"Valid until {T('EXPIRY', exp_say(m, y, 'mm/yy'))}"))

    m, y = expiry()
    P("call/utilities: expiry month name and four-digit year",
      A("and the end date"),
      C(f"the card runs out {T('EXPIRY', exp_say(m, y, 'name4'))}"))

    m, y = 12, 2026
    P("call/insurance: bare 'twelve twenty six' expiry",
      A("expiry date please"),
      C(f"expiry date {T('EXPIRY', exp_say(m, y, 'bare'))}"))

    m, y = expiry()
    P("chat/travel: exp mm/yyyy",
      C(f"exp {T('EXPIRY', exp_say(m, y, 'mm/yyyy'))} cvv {T('CVV', cvv())}"))

    m, y = 3, 2029
    P("call/telecom: expiry with 'slash'",
      A("and the expiry"),
      C(f"{T('EXPIRY', exp_say(m, y, 'slash'))}"))

    m, y = expiry()
    P("email/retail: expiry typed mm-yy",
      C(f"Hi, my card was declined. It doesn't expire until {T('EXPIRY', exp_say(m, y, 'mm-yy'))} so I don't understand why."))


def build_positive_ids() -> None:
    s = ssn()
    P("call/insurance US: SSN digit by digit 3-2-4",
      A("for security can i get your social security number please"),
      C(f"sure it's {T('SSN', say(s, [3, 2, 4], 'd', 'zero'))}"))

    s = ssn()
    P("chat/banking US: SSN typed with dashes",
      C(f"My SSN is {T('SSN', grp(s, [3, 2, 4], '-'))} and I still can't log in"))

    s = ssn()
    P("call/telecom US: SSN with 'oh' for zero",
      A("to run the credit check i'll need your social"),
      C(f"okay {T('SSN', say(s, [3, 2, 4], 'd', 'oh'))}"))

    s = ssn()
    P("call/banking US: SSN split over two turns",
      A("go ahead with your social"),
      C(f"{T('SSN', say_d(s[:5]), 'g')}"),
      A("mhm"),
      C(f"{T('SSN', say_d(s[5:]), 'g')}"))

    s = ssn()
    P("email/insurance US: SSN typed with spaces",
      C("To whom it may concern,\nPlease attach this to my claim. "
        f"Policy holder SSN {T('SSN', grp(s, [3, 2, 4]))}.\nThank you"))

    s = ssn()
    P("call/utilities US: SSN with hesitations",
      A("and the social security number on the account"),
      C(f"uh yeah it's {T('SSN', say_d(s[:3]) + ' uh ' + say_d(s[3:5]) + ' um ' + say_d(s[5:]))}"))

    s = ssn()
    P("call/banking US: SSN spoken in pairs",
      C(f"my social is {T('SSN', say(s, [3, 2, 4], 'p', 'oh'))}"))

    s = ssn()
    P("chat/telecom US: SSN typed without separators",
      A("To run the credit check I will need your SSN"),
      C(T("SSN", s)))

    s = ssn()
    d, m_, y = dob()
    P("call/insurance US: SSN and DOB in one turn",
      A("can you verify your social and date of birth"),
      C(f"yes social is {T('SSN', say(s, [3, 2, 4], 'd', 'zero'))} and birthday is {T('DOB', dob_say(d, m_, y, 'us'))}"))

    s = ssn()
    P("call/banking US: agent reads back SSN",
      C(f"{T('SSN', say(s, [3, 2, 4], 'd', 'zero'))}"),
      A(f"thank you that's {T('SSN', grp(s, [3, 2, 4], '-'))} correct"),
      C("correct"))

    s = ssn()
    wrong = s[3:5][::-1] if s[3] != s[4] else f"{(int(s[3:5]) + 11) % 100:02d}"
    P("call/telecom US: self-correction inside SSN",
      C(f"it's {T('SSN', say_d(s[:3]) + ' <~' + say_d(wrong) + ' wait no ~>' + say_d(s[3:5]) + ' ' + say_d(s[5:]))}"))

    s = ssn()[:5] + "7" + "7" + rdig(2)
    P("call/insurance US: SSN with double",
      A("social please"),
      C(f"{T('SSN', say(s, [3, 2, 4], 'b', 'oh'))} that's it"))

    v = ni()
    P("call/utilities UK: NI number letter and digit by digit",
      A("and your national insurance number please"),
      C(f"it's {T('NI_NUMBER', ni_say(v, 'd'))}"))

    v = ni()
    P("chat/banking UK: NI typed in standard spacing",
      C(f"NI number {T('NI_NUMBER', ni_say(v, 'typed'))}"))

    v = ni()
    P("chat/insurance UK: NI lowercase compact",
      A("Can you confirm your National Insurance number?"),
      C(f"yes its {T('NI_NUMBER', ni_say(v, 'lower'))}"))

    v = ni()
    P("call/pensions UK: NI spoken with pairs",
      C(f"my national insurance is {T('NI_NUMBER', ni_say(v, 'p'))} if that helps"))

    v = ni()
    nato = {"J": "juliet", "G": "golf", "N": "november", "E": "echo", "S": "sierra",
            "K": "kilo", "P": "papa", "R": "romeo", "T": "tango", "L": "lima", "W": "whiskey",
            "M": "mike", "H": "hotel", "C": "charlie", "Y": "yankee", "Z": "zulu",
            "A": "alpha", "B": "bravo", "D": "delta"}
    P("call/benefits UK: NI with phonetic alphabet",
      A("what's your national insurance number"),
      C(f"{T('NI_NUMBER', v[0].lower() + ' for ' + nato[v[0]] + ' ' + v[1].lower() + ' for ' + nato[v[1]] + ' ' + say_d(v[2:8]) + ' ' + v[8].lower() + ' for ' + nato[v[8]])}"))

    v = ni()
    P("call/payroll UK: NI split over two turns",
      A("national insurance number"),
      C(f"{T('NI_NUMBER', ni_say(v, 'd')[:-2], 'g')}"),
      A("okay and the letter at the end"),
      C(f"{T('NI_NUMBER', v[8].lower(), 'g')}"))

    v = ni()
    P("email/insurance UK: NI number in e-mail",
      C(f"Hello,\n\nMy details: NI No. {T('NI_NUMBER', ni_say(v, 'compact'))}\n\nThanks"))

    v = ni()
    d, m_, y = dob()
    P("call/pensions UK: DOB and NI in one turn",
      A("can i take your date of birth and national insurance number"),
      C(f"{T('DOB', dob_say(d, m_, y, 'uk'))} and it's {T('NI_NUMBER', ni_say(v, 'd'))}"))

    v = ni()
    P("call/benefits UK: NI with hesitations",
      C(f"um it's {T('NI_NUMBER', v[0].lower() + ' ' + v[1].lower() + ' ' + say_pairs(v[2:4]) + ' um ' + say_pairs(v[4:8]) + ' ' + v[8].lower())}"))

    v = ni()
    P("call/payroll UK: agent reads back NI",
      C(f"{T('NI_NUMBER', ni_say(v, 'd'))}"),
      A(f"lovely so that's {T('NI_NUMBER', ni_say(v, 'p'))}"),
      C("yes"))

    v = ni()
    P("chat/telecom UK: NI at start of message",
      C(f"{T('NI_NUMBER', ni_say(v, 'typed'))} is my NI, do you need anything else for the contract?"))

    v = ni()
    P("call/utilities UK: NI read from a letter",
      C("i've got the letter here it says national insurance number"),
      A("yep go ahead"),
      C(f"{T('NI_NUMBER', ni_say(v, 'p'))}"))


def build_positive_bank() -> None:
    SC, BA = "SORT_CODE", "BANK_ACCOUNT"

    sc, ac = sortcode(), ukacct()
    P("call/utilities UK: direct debit set-up, sort code in pairs then account",
      A("what's the sort code"),
      C(f"{T(SC, say(sc, [2, 2, 2], 'p', 'oh'))}"),
      A("and the account number"),
      C(f"{T(BA, say_d(ac, 'oh'))}"))

    sc, ac = sortcode(), ukacct()
    P("chat/telecom UK: sort code and account typed together",
      C(f"Sort code {T(SC, grp(sc, [2, 2, 2], '-'))}, account {T(BA, ac)}"))

    sc, ac = sortcode(), ukacct()
    P("call/insurance UK: both values in one spoken turn",
      A("and which account would you like the direct debit from"),
      C(f"sort code is {T(SC, say_d(sc, 'oh'))} account number {T(BA, say_d(ac, 'oh'))}"))

    sc, ac = sortcode(), ukacct()
    P("email/retail UK: refund bank details",
      C("Hi,\nPlease refund to my bank account rather than the card:\n"
        f"Account no: {T(BA, ac)}\nSort code: {T(SC, grp(sc, [2, 2, 2]))}\nMany thanks"))

    sc, ac = sortcode(), ukacct()
    P("call/banking UK: account number split over two turns",
      A("can you give me the account number"),
      C(f"{T(BA, say_d(ac[:4], 'oh'), 'g')}"),
      A("yep"),
      C(f"{T(BA, say_d(ac[4:], 'oh'), 'g')}"),
      A("and the sort code"),
      C(f"{T(SC, say(sc, [2, 2, 2], 'p', 'oh'))}"))

    sc = "40" + "11" + "66"
    ac = ukacct()
    P("call/utilities UK: sort code with doubles",
      A("sort code please"),
      C(f"{T(SC, say(sc, [2, 2, 2], 'b', 'oh'))} it's hsbc"),
      A("and the account"),
      C(f"{T(BA, say(ac, [4, 4], 'p', 'oh'))}"))

    ac = rdig(12)
    P("call/utilities US: checking account number",
      A("for autopay i'll need your checking account number"),
      C(f"okay it's {T(BA, say_d(ac, 'zero'))}"))

    ac = rdig(10)
    P("call/banking US: savings account with hesitations",
      A("which account do you want the transfer to go to"),
      C(f"the savings one um {T(BA, say_d(ac[:5]) + ' uh ' + say_d(ac[5:]))}"))

    sc, ac = sortcode(), ukacct()
    P("chat/retail UK: refund details lower-case",
      A("Where would you like the refund sent?"),
      C(f"to my bank pls acc {T(BA, ac)} sc {T(SC, sc)}"))

    sc, ac = sortcode(), ukacct()
    P("call/banking UK: agent reads back sort code and account",
      C(f"{T(SC, say_d(sc, 'oh'))} and {T(BA, say_d(ac, 'oh'))}"),
      A(f"thank you so sort code {T(SC, say(sc, [2, 2, 2], 'p', 'oh'))} account number {T(BA, say(ac, [4, 4], 'd', 'oh'))}"),
      C("that's right"))

    sc, ac = sortcode(), ukacct()
    wrong = ac[:4] + f"{(int(ac[4]) + 3) % 10}"
    P("call/insurance UK: self-correction in account number",
      A("account number"),
      C(f"{T(BA, '<~' + say_d(wrong, 'oh') + ' no hang on ~>' + say_d(ac, 'oh'))}"),
      A("and sort code"),
      C(f"{T(SC, say_d(sc, 'oh'))}"))

    sc, ac = sortcode(), ukacct()
    P("call/utilities UK: 'nought' in sort code and account",
      C(f"the sort code's {T(SC, say_d(sc, 'nought'))} and the account is {T(BA, say_d(ac, 'nought'))}"))

    sc = sortcode()
    P("call/banking UK: sort code only, read from a statement",
      A("can you read me the sort code from the top of the statement"),
      C(f"yeah it's {T(SC, say(sc, [2, 2, 2], 'p', 'oh'))} it's a natwest account"))

    ac = rdig(11)
    P("email/banking US: account number typed",
      C(f"Please set up the wire from my account # {T(BA, ac)}. Call me if there is a problem."))


def build_positive_iban() -> None:
    v = iban("DE")
    P("email/travel DE: IBAN typed in groups of four",
      C("Dear Sir or Madam,\n\nplease transfer the refund for my cancelled flight to "
        f"IBAN {T('IBAN', ' '.join(v[k:k + 4] for k in range(0, len(v), 4)))}.\n\nBest regards"))

    v = iban("FR")
    P("chat/retail FR: IBAN compact",
      C(f"Refund to this IBAN please {T('IBAN', v)}"))

    v = iban("GB")
    P("call/banking UK: IBAN spoken letter by letter",
      A("and the iban for the international payment"),
      C(f"okay {T('IBAN', iban_say(v, 'zero'))}"))

    v = iban("ES")
    P("email/insurance ES: IBAN typed with spaces",
      C(f"Bank details for the claim payment: {T('IBAN', ' '.join(v[k:k + 4] for k in range(0, len(v), 4)))} (Santander)."))

    v = iban("NL")
    P("chat/telecom NL: IBAN in a short reply",
      A("Please provide the IBAN for the direct debit."),
      C(f"{T('IBAN', v)}"))

    v = iban("IT")
    P("email/travel IT: IBAN in body",
      C(f"Buongiorno, the hotel deposit should be returned to {T('IBAN', ' '.join(v[k:k + 4] for k in range(0, len(v), 4)))} thank you"))

    v = iban("IE")
    P("call/utilities IE: IBAN split over two turns",
      A("go ahead with the iban"),
      C(f"{T('IBAN', iban_say(v[:12], 'oh'), 'g')}"),
      A("yep"),
      C(f"{T('IBAN', iban_say(v[12:], 'oh'), 'g')}"))

    v = iban("BE")
    P("chat/retail BE: IBAN lower-case",
      C(f"iban is {T('IBAN', v.lower())} thx"))

    v = iban("PL")
    P("email/banking PL: IBAN with spaces",
      C(f"My account (IBAN): {T('IBAN', v[:2] + ' ' + ' '.join(v[k:k + 4] for k in range(2, len(v), 4)))}"))

    v = iban("PT")
    P("chat/travel PT: IBAN after label",
      C(f"IBAN: {T('IBAN', v)}\nName: as on booking"))

    v = iban("AT")
    P("email/insurance AT: IBAN in signature block",
      C("Please pay the settlement here.\n--\n"
        f"IBAN {T('IBAN', ' '.join(v[k:k + 4] for k in range(0, len(v), 4)))}\nThanks"))

    v = iban("CH")
    P("call/banking CH: IBAN spoken with hesitation",
      A("do you have the iban"),
      C(f"yes um {T('IBAN', iban_say(v[:8]) + ' um ' + iban_say(v[8:]))}"))

    v = iban("GB")
    P("chat/utilities UK: GB IBAN in groups",
      C(f"For the refund: {T('IBAN', ' '.join(v[k:k + 4] for k in range(0, len(v), 4)))}"))


def ukmob() -> str:
    return "07700900" + rdig(3)


def ukland(area: str) -> str:
    return {"ldn": "02079460", "man": "01614960", "bham": "01214960", "leeds": "01134960",
            "bris": "01174960"}[area] + rdig(3)


def usph() -> str:
    return R.choice(["312", "415", "617", "212", "404", "713", "206", "303"]) + "55501" + rdig(2)


def build_positive_phone_email() -> None:
    PH, EM = "PHONE", "EMAIL"

    v = "07700900" + "4" + "6" + "1"
    P("call/telecom UK: mobile spoken with doubles",
      A("what's the best number to reach you on"),
      C(f"{T(PH, say_dbl(v, 'oh'))}"))

    v = usph()
    P("call/retail US: callback number 3-3-4",
      A("and a good callback number"),
      C(f"it's {T(PH, say(v, [3, 3, 4], 'd', 'oh'))}"))

    v = ukmob()
    P("chat/utilities UK: +44 mobile typed",
      C(f"You can text me on {T(PH, '+44 ' + v[1:5] + ' ' + v[5:])} when the engineer is on the way"))

    v = usph()
    P("email/insurance US: phone in signature",
      C("Thanks for your help with the claim.\n\nBest,\nDana\n"
        f"Cell: {T(PH, '(' + v[:3] + ') ' + v[3:6] + '-' + v[6:])}"))

    v = ukland("ldn")
    P("call/banking UK: work number, extension outside the span",
      C(f"you can call me at work on {T(PH, grp(v, [3, 4, 4]))} extension two one four"))

    v = ukland("man")
    P("call/utilities UK: phone split over three turns",
      A("and a contact number"),
      C(f"{T(PH, say_d(v[:4], 'oh'), 'g')}"),
      A("yep"),
      C(f"{T(PH, say_d(v[4:7], 'oh'), 'g')}"),
      A("mhm"),
      C(f"{T(PH, say_d(v[7:], 'oh'), 'g')}"))

    v = ukland("ldn")
    P("call/insurance UK: London landline spoken",
      A("is there a landline we can use"),
      C(f"yeah the home number is {T(PH, say(v, [3, 4, 4], 'd', 'oh'))}"))

    v = "07700900" + "1" + "3" + "8"
    P("call/telecom UK: 'seven seven hundred nine hundred' style",
      C(f"my mobile's {T(PH, 'oh seven seven hundred nine hundred one three eight')}"))

    v = usph()
    P("call/utilities US: area code then number with 'and then'",
      A("what's the phone number on the account"),
      C(f"area code {T(PH, say_d(v[:3]) + ' and then ' + say_d(v[3:6]) + ' ' + say_d(v[6:], 'oh'))}"))

    v = "87" + rdig(7)
    P("chat/travel IE: Irish mobile typed",
      C(f"My number is {T(PH, '+353 ' + v[:2] + ' ' + v[2:5] + ' ' + v[5:])} - I'm travelling so WhatsApp is best"))

    v = ukmob()
    P("call/retail UK: phone and e-mail in one turn",
      A("can i get a phone number and email for the order updates"),
      C(f"yeah phone is {T(PH, say(v, [5, 6], 'd', 'oh'))} and email is {T(EM, 'lucy dot barnes ninety one at gmail dot com')}"))

    v = ukmob()
    wrong = v[:8] + v[8:][::-1]
    if wrong == v:
        wrong = v[:8] + "999"
    P("call/telecom UK: self-corrected mobile",
      C(f"it's {T(PH, say_d(v[:5], 'oh') + ' ' + say_d(v[5:8], 'oh') + ' <~' + say_d(wrong[8:], 'oh') + ' no sorry ~>' + say_d(v[8:], 'oh'))}"))

    v = usph()
    P("call/banking US: agent reads phone back",
      C(f"{T(PH, say(v, [3, 3, 4], 'd', 'zero'))}"),
      A(f"so that's {T(PH, say(v, [3, 3, 4], 'd', 'zero'))} yes"),
      C("yes ma'am"))

    v = ukmob()
    P("chat/retail UK: phone at start of message",
      C(f"{T(PH, grp(v, [5, 3, 3]))} is my mobile, please call after 5"))

    v = ukland("leeds")
    P("call/utilities UK: phone with hesitation",
      C(f"the number is um {T(PH, say_d(v[:4], 'oh') + ' um ' + say_d(v[4:], 'oh'))}"))

    v = ukmob()
    P("call/travel UK: international format spoken with plus",
      C(f"i'm abroad so it's {T(PH, 'plus four four ' + say_dbl(v[1:], 'oh'))}"))

    v = ukland("bham")
    P("email/utilities UK: landline in e-mail signature",
      C("Please call me to arrange the meter exchange.\n\n"
        f"Tel {T(PH, grp(v, [4, 3, 4]))}"))

    v = usph()
    P("chat/telecom US: dotted phone",
      C(f"The number I'm porting is {T(PH, grp(v, [3, 3, 4], '.'))}"))

    P("call/retail UK: spoken e-mail with numbers",
      A("and an email address for the receipt"),
      C(f"it's {T(EM, 'sarah dot okafor eighty four at gmail dot com')}"))

    P("chat/telecom: typed e-mail",
      C(f"my email is {T(EM, 'dmitri.volkov77@outlook.com')} can you send the contract there"))

    P("call/insurance: e-mail with spelled surname inside the span",
      A("what email address should we send the documents to"),
      C(f"{T(EM, 'jay kowalski that is k o w a l s k i at yahoo dot com')}"))

    P("call/banking: e-mail with underscore",
      C(f"email's {T(EM, 'r underscore patel at hotmail dot co dot uk')}"))

    P("call/utilities: e-mail with phonetic spelling",
      C(f"it's {T(EM, 'm for mike h for hotel quinn at btinternet dot com')} all lower case"))

    P("call/telecom: e-mail with 'double'",
      C(f"{T(EM, 'tommo double one at sky dot com')} that's the one"))

    P("call/retail: e-mail split over two turns",
      A("email address"),
      C(f"it's {T(EM, 'd dot mensah', 'g')}"),
      A("yep"),
      C(f"{T(EM, 'at icloud dot com', 'g')}"))

    P("call/travel: e-mail self-corrected domain",
      C(f"{T(EM, 'jo brennan at yahoo dot com no sorry dot co dot uk')}"))

    P("chat/banking: e-mail typed in capitals",
      C(f"PLEASE UPDATE MY EMAIL TO {T(EM, 'GRAHAM.PIKE@AOL.COM')} THANKS"))

    P("email/insurance: work e-mail in body",
      C("Hi,\nPlease send the renewal to my work address "
        f"{T(EM, 'priya.raman@harrowgate-logistics.co.uk')} rather than my personal one.\nThanks"))

    P("call/telecom: 'all one word' inside the span",
      C(f"it's {T(EM, 'markthompson all one word at icloud dot com')}"))

    P("call/banking: agent reads e-mail back",
      C(f"{T(EM, 'elena dot ruiz at proton dot me')}"),
      A(f"so that's {T(EM, 'elena dot ruiz at proton dot me')}"),
      C("that's right"))

    P("call/retail US: 'at sign' dictation",
      C(f"my email is {T(EM, 'kbrooks seventy at sign comcast dot net')}"))

    P("chat/travel: e-mail at end of message",
      A("Which email did you book with?"),
      C(f"I think it was {T(EM, 'hannah_w_1990@yahoo.co.uk')}"))

    P("email/utilities: sender gives a new e-mail address",
      C("Dear Customer Services,\nI have a new e-mail address, "
        f"{T(EM, 'bwilliams.home@gmail.com')}. Please use this from now on.\nBest wishes"))


def build_positive_dob() -> None:
    D = "DOB"
    d, m, y = dob()
    P("call/insurance UK: DOB day-of-month-year",
      A("and your date of birth"),
      C(f"{T(D, dob_say(d, m, y, 'uk'))}"))

    d, m, y = dob()
    P("call/banking US: DOB month day year",
      A("can i have your date of birth please"),
      C(f"sure {T(D, dob_say(d, m, y, 'us'))}"))

    d, m, y = dob()
    P("call/telecom UK: DOB as numbers",
      A("date of birth"),
      C(f"it's {T(D, dob_say(d, m, y, 'nums'))}"))

    d, m, y = dob()
    P("call/utilities UK: 'the fourteenth of the third' style, 'the' outside",
      A("can you confirm your date of birth"),
      C(f"it's the {T(D, dob_say(d, m, y, 'ofthe'))}"))

    d, m, y = dob()
    P("call/insurance: DOB digit by digit",
      A("and for security your date of birth"),
      C(f"{T(D, dob_say(d, m, y, 'digits'))}"))

    d, m, y = dob()
    P("chat/telecom UK: DOB dd/mm/yyyy",
      C(f"DOB {T(D, dob_say(d, m, y, 'dd/mm/yyyy'))}"))

    d, m, y = dob()
    P("chat/banking US: DOB mm/dd/yyyy",
      A("Please verify your date of birth."),
      C(f"{T(D, dob_say(d, m, y, 'mm/dd/yyyy'))}"))

    d, m, y = dob()
    P("email/insurance: DOB dd.mm.yy",
      C(f"Re: quote for my son - he was born {T(D, dob_say(d, m, y, 'dd.mm.yy'))} and passed his test last month."))

    d, m, y = dob()
    P("email/travel: DOB d Month yyyy",
      C("Passenger details for the amended booking:\n"
        f"Date of birth: {T(D, dob_say(d, m, y, 'd Month yyyy'))}\nThank you"))

    d, m, y = dob()
    P("chat/retail US: DOB Month d, yyyy",
      C(f"The account holder is my mom, her birthday is {T(D, dob_say(d, m, y, 'Month d, yyyy'))}"))

    d, m, y = dob()
    P("chat/banking: DOB ISO format",
      C(f"Date of birth: {T(D, dob_say(d, m, y, 'iso'))}"))

    d, m, y = dob()
    d = max(d, 2)
    P("call/telecom UK: DOB with self-correction",
      A("date of birth please"),
      C(f"{T(D, '<~' + ordinal(d - 1) + ' no sorry the ~>' + dob_say(d, m, y, 'uk2'))}"))

    d, m, y = dob()
    P("call/insurance UK: DOB split, agent asks for the year",
      A("and your date of birth"),
      C(f"{T(D, ordinal(d) + ' of ' + MONTHS[m - 1], 'g')}"),
      A("and the year"),
      C(f"{T(D, say_year(y), 'g')}"))

    d, m, y = dob()
    P("call/utilities UK: DOB with hesitation",
      C(f"um it's {T(D, ordinal(d) + ' of ' + MONTHS[m - 1] + ' um ' + say_year(y, '2'))}"))

    d, m, y = dob()
    P("call/telecom US: DOB spoken with cardinal day",
      A("and date of birth"),
      C(f"{T(D, dob_say(d, m, y, 'us_card'))}"))

    d, m, y = dob()
    y = R.randrange(2001, 2010)
    P("call/travel UK: child's DOB with 'two thousand and'",
      C(f"my daughter's date of birth is {T(D, ordinal(d) + ' of ' + MONTHS[m - 1] + ' ' + say_year(y, 'and'))}"))


def build_positive_address() -> None:
    AD, PC = "ADDRESS", "POSTCODE"
    P("call/telecom UK: first line and postcode spoken",
      A("can you confirm the first line of your address and the postcode"),
      C(f"{T(AD, 'forty two station road')} leeds {T(PC, 'l s six two q r')}"))

    P("chat/retail UK: typed address with postcode",
      C(f"Can you deliver to {T(AD, '17 Queens Gardens')}, Brighton {T(PC, 'BN1 3LJ')} instead?"))

    P("call/utilities US: address with spoken ZIP",
      A("what's the service address"),
      C(f"{T(AD, 'fourteen twenty seven maple avenue')} springfield illinois {T(PC, 'six two seven oh four')}"))

    P("email/insurance US: typed address with state and ZIP",
      C(f"My new mailing address is {T(AD, '2210 N Halsted St')}, Chicago, IL {T(PC, '60614')}. Please update the policy."))

    P("call/insurance UK: postcode only, spoken",
      A("and the postcode"),
      C(f"{T(PC, 'm fourteen five w d')}"))

    P("chat/banking US: ZIP+4",
      A("What is the billing ZIP code?"),
      C(f"{T(PC, '30309-4410')}"))

    P("call/retail UK: house number spoken digit by digit",
      C(f"it's {T(AD, 'one oh seven elm street')} in {T(PC, 'n w three two q g')}"))

    P("call/utilities UK: 'two hundred and six' house number",
      A("and what's the address of the property"),
      C(f"{T(AD, 'two hundred and six high street')} bromley"))

    P("chat/telecom UK: postcode in a coverage question",
      C(f"Is fibre available at {T(PC, 'CF10 1EP')} yet?"))

    P("call/insurance UK: postcode split over two turns",
      A("postcode please"),
      C(f"{T(PC, 'b twenty three', 'g')}"),
      A("yep"),
      C(f"{T(PC, 'six t h', 'g')}"))

    P("call/utilities UK: self-corrected house number",
      C(f"we're at {T(AD, '<~forty four no sorry ~>forty two cranbrook drive')}"))

    P("email/retail UK: delivery address block",
      C("Hi,\nplease send the replacement to:\n"
        f"{T(AD, '58 Kingsway Crescent')}\nGlasgow\n{T(PC, 'G12 8QQ')}\nThanks"))

    P("call/telecom US: numbered street",
      A("and the installation address"),
      C(f"{T(AD, 'three thirty three east fifty third street')} new york {T(PC, 'one oh oh two two')}"))

    P("call/retail US: ZIP only",
      A("can i get your zip code"),
      C(f"yeah it's {T(PC, 'nine four one one oh')}"))

    P("call/utilities UK: moving house, old and new address",
      C(f"i'm moving out of {T(AD, 'eleven mill lane')} on friday and the new place is {T(AD, 'twenty three orchard close')} {T(PC, 'o x four one e s')}"))

    P("call/banking UK: agent reads back postcode",
      C(f"{T(PC, 'e c one a four j q')}"),
      A(f"thank you {T(PC, 'e c one a four j q')}"),
      C("yep"))

    P("chat/utilities UK: lower-case postcode",
      C(f"meter is at {T(AD, '9 Windsor Terrace')}, {T(PC, 'nw3 2qg')}"))

    P("email/travel US: address in signature",
      C(f"Please mail the refund check.\n\n{T(AD, '4519 Ridgewood Drive')}\nAustin, TX {T(PC, '78731')}"))

    P("call/insurance UK: address and postcode with hesitation",
      A("and the address of the property you want insured"),
      C(f"it's um {T(AD, 'sixty one beech grove')} harrogate {T(PC, 'h g one five e p')}"))

    P("call/telecom US: address with 'boulevard'",
      C(f"the router should be shipped to {T(AD, '8812 sunset boulevard')} los angeles"))


# ==========================================================================
# negative cases (nothing here may be redacted)
# ==========================================================================
def build_negative() -> None:
    # --- money -----------------------------------------------------------
    N("call/telecom: monthly prices",
      C("i was told it'd be thirty nine ninety nine a month and i've been charged forty nine ninety nine"))
    N("chat/utilities: bill amounts in pounds",
      C("Why is my bill £127.43 this month? It's usually around £64.50."))
    N("call/telecom: early termination fee",
      A("so if you leave now the early termination fee would be two hundred and twelve pounds sixty"))
    N("call/retail US: refund amount in dollars and cents",
      C("the refund was three hundred and forty dollars and eighteen cents but i only got two forty"))
    N("email/retail US: payment amount and a non-DOB date",
      C("I paid $1,249.00 on 3 March for the sofa and it still hasn't been delivered."))
    N("call/banking: credit limit and balance",
      C("my credit limit is fifteen hundred and the balance is showing minus twenty three eighteen"))
    N("chat/banking: APR and fee",
      A("The purchase rate is 24.9% APR variable and the late payment fee is £12."))
    N("call/utilities: unit rate and standing charge",
      A("your unit rate is twenty four point five pence per kilowatt hour and the standing charge is sixty point one pence a day"))
    N("call/telecom: discount per month for six months",
      A("what i can do is knock ten pound a month off for the next six months"))
    N("call/insurance: premium and excess",
      A("the annual premium comes to six hundred and eighty four pounds with a two hundred and fifty pound voluntary excess"))
    # --- times / durations / dates that are not DOB or expiry -------------
    N("call/utilities: appointment window",
      A("an engineer will be with you between eight a m and one p m on thursday"))
    N("call/telecom: times of earlier calls",
      C("i called at quarter past four yesterday and nobody picked up till ten to five"))
    N("chat/retail: delivery slot with 24h times",
      C("Can I change my delivery slot to 14:00-16:00 on Saturday please?"))
    N("call/telecom: contract start date",
      C("my contract started on the twelfth of january twenty twenty three so i should be out of it by now"))
    N("call/utilities: next bill date",
      A("your next bill will be issued on the fourteenth of june"))
    N("email/travel: cancelled flight date",
      C("The flight on 21/07/2024 was cancelled with two hours' notice and I want compensation."))
    N("call/banking: direct debit day of month",
      C("the direct debit comes out on the first of every month so can we move it to the twenty eighth"))
    N("call/insurance: renewal date",
      A("your renewal date is the third of september and we'll write to you three weeks before"))
    N("call/utilities: visit date dd/mm that looks like an expiry",
      C("the engineer came out on oh nine oh four and said the part was on order"))
    N("chat/utilities: visit date typed dd/mm",
      C("Engineer visited 09/04, part on order, no update since"))
    N("call/retail: warranty end, not a card expiry",
      C("the warranty on the washing machine runs out in march twenty twenty six"))
    N("call/telecom: on hold duration",
      C("i've been on hold for forty five minutes this is ridiculous"))
    N("call/retail: working days",
      A("the refund takes three to five working days to show on your statement"))
    N("call/telecom: outage duration",
      C("the broadband's been down for nine days now and we've lost two weeks of work basically"))
    N("chat/travel: delay duration",
      C("Our train was delayed by 1 hr 47 min so we missed the connection"))
    N("call/utilities: tariff end date",
      A("your fixed tariff ends on the thirty first of march next year"))
    N("call/insurance: date of an incident",
      C("the accident was on the twenty second of november at about half six in the evening"))
    # --- counts / years / ages ----------------------------------------------
    N("call/telecom: device counts",
      C("i've got four phones on the account and two tablets and we only use one of the tablets"))
    N("call/insurance: household counts",
      C("we're a family of six two adults four kids and three of them drive"))
    N("call/telecom: customer since year",
      C("i've been a customer since nineteen ninety eight and this is how you treat me"))
    N("chat/utilities: installation year",
      C("The boiler was installed in 2016 and serviced every year since."))
    N("call/insurance: age not DOB",
      C("i'm forty two and i've been driving since i was seventeen"))
    N("call/retail: years range",
      C("we bought the fridge freezer in twenty nineteen and it broke down twice by twenty twenty one"))
    N("call/travel: number of travellers and nights",
      C("it's two adults and three children for seven nights"))
    # --- references ------------------------------------------------------
    N("chat/retail: order number letters+digits",
      C("Order number 40XK7731 still hasn't arrived and tracking hasn't updated"))
    N("call/telecom: spoken reference letters+digits",
      A("your reference for today's call is c r seven seven four one nine"))
    N("email/retail: ticket number",
      C("Re: ticket INC0048213 - still waiting for a reply after two weeks."))
    N("call/retail: tracking number spoken",
      C("the tracking number is h x four four two one b and it just says in transit"))
    N("call/insurance: policy number",
      C("my policy number is p l five five eight two oh one"))
    N("call/travel: booking reference",
      A("your booking reference is k seven x q two m"))
    N("chat/insurance: claim number",
      C("Claim CLM40921 - has the assessor been assigned yet?"))
    N("call/utilities: complaint reference with digits",
      A("i've logged that as a complaint and the reference is c m p three three oh one eight"))
    N("chat/retail: return authorisation code",
      C("I have return code RMA55120 but the label won't print"))
    N("call/telecom: case number digits with context",
      A("i've raised a case for you the case number is oh four four eight one two seven"))
    N("email/retail: invoice number",
      C("Please resend invoice INV20931 as a PDF, the link has expired."))
    N("call/travel: confirmation code",
      C("the confirmation code on the email is z q nine four seven"))
    N("chat/retail: promo code",
      C("The promo code SAVE20 isn't working at checkout"))
    N("call/telecom: bundle code",
      A("i'll add the bolt on code f i b r e five hundred to the account"))
    N("chat/retail: product SKU",
      C("Is SKU 88-1042 back in stock in the large size?"))
    # --- percentages / speeds / data ----------------------------------------
    N("call/telecom: price rise percentage",
      A("prices go up every april by the consumer price index plus three point nine percent"))
    N("call/retail: battery percentage",
      C("the battery drops from a hundred percent to twelve percent in about two hours"))
    N("call/telecom: broadband speeds",
      C("i'm paying for nine hundred meg and i'm getting sixty three megabits at best"))
    N("chat/telecom: upload speed",
      C("Speed test says 18 Mbps upload, 74 down, ping 23ms"))
    N("call/telecom: data allowance used",
      C("i've used forty gig of my hundred gig allowance already and it's only the tenth"))
    N("chat/telecom: plan description",
      A("That plan gives you unlimited minutes and texts and 30GB of data for £12 a month."))
    # --- models / versions ---------------------------------------------------
    N("call/telecom: phone model",
      C("it's an iphone fifteen pro max two hundred and fifty six gig"))
    N("chat/telecom: router model and firmware",
      C("Router is a Hub 6, firmware version 2.4.11"))
    N("call/telecom: android model",
      C("samsung galaxy s twenty three ultra and it keeps restarting"))
    N("chat/banking: app version",
      C("App version 10.3.2 on Android 14 crashes at login"))
    N("call/retail: appliance model number",
      C("the model number on the door is w m eight n four one two seven"))
    N("call/utilities: boiler error code",
      C("the boiler's showing e one four and the pressure's below one"))
    N("chat/telecom: windows version",
      C("Laptop is on Windows 11 version 23H2, the VPN won't connect"))
    # --- room / flight / seat / extension / step -------------------------------
    N("call/travel: hotel room number",
      C("i'm in room four one two and the air conditioning isn't working"))
    N("chat/travel: flight number",
      C("Flight BA 2491 from Heathrow was moved to the evening"))
    N("call/travel: seat numbers",
      C("we've been given seats fourteen c and fourteen d but we paid for extra legroom"))
    N("call/banking: extension to transfer to",
      A("i'll transfer you to our fraud team on extension four four seven one"))
    N("call/telecom: troubleshooting step",
      A("okay step three hold the reset button down for thirty seconds until the light goes orange"))
    N("chat/telecom: step x of y",
      C("I'm stuck on step 4 of 6 of the setup guide"))
    N("call/travel: gate, terminal and platform",
      C("we're at terminal five gate twenty two and the train from platform nine was late"))
    N("call/retail: motorway junction (looks like a postcode fragment)",
      C("the courier said he was at junction fourteen on the m six"))
    N("chat/travel: flight, seat and gate",
      C("EZY8321 seat 22A, gate 14 - can I still add a bag?"))
    # --- last four -------------------------------------------------------------
    N("call/banking: agent mentions card ending",
      A("is that the visa ending in four four one seven"))
    N("chat/retail: card ending typed",
      C("Please use the card ending 0921 for the refund."))
    N("call/banking: account ending",
      A("i can see the account ending six eight two three is that the one you mean"))
    N("chat/banking: masked card",
      C("My statement shows a charge on card ****4417 I don't recognise"))
    N("call/banking US: last four of social",
      C("the last four of my social are two two one nine"))
    N("call/telecom: last four digits of a card",
      C("it's the mastercard the last four digits are eight oh three three"))
    # --- field names without values ----------------------------------------
    N("call/insurance: DOB asked, not given",
      A("can i take your date of birth please"),
      C("yeah hang on one sec the baby's crying"),
      A("no problem"))
    N("call/utilities: bank details asked, not given",
      A("what's the sort code and account number for the direct debit"),
      C("i don't have them on me right now can i call back"))
    N("call/benefits UK: NI number not known",
      C("i don't know my national insurance number off the top of my head is that a problem"))
    N("chat/retail: asks which card detail is needed",
      C("Do you need my card number or just the CVV?"))
    N("call/telecom: e-mail on file asked",
      A("what email address do we have on file for you"),
      C("probably my old one i don't use it anymore"))
    N("chat/utilities: postcode question without value",
      C("Do you need my postcode or is the account number enough?"))
    N("call/banking: IBAN and sort code explained",
      A("for an international payment you'll need their iban and the bic rather than a sort code"))
    N("call/insurance US: SSN field mentioned",
      C("why do you need my social security number for a quote"))
    N("call/retail: address unchanged",
      C("my address hasn't changed and it's the same email as before"))
    N("call/telecom: phone number already held",
      A("we'll text you on the mobile number we've got on the account"))
    N("chat/banking: expiry and CVV field names",
      C("Where do I find the expiry date and security code on the new cards?"))
    # --- meter readings / opening hours --------------------------------------
    N("call/utilities: meter reading spoken",
      C("the reading on the meter is four five three two seven"))
    N("chat/utilities: day and night readings (six digits each)",
      C("Day rate 045127 night rate 012388 taken this morning"))
    N("call/utilities: gas meter with decimal",
      C("the gas meter reads oh three nine one six point four"))
    N("call/utilities: meter reading read back by agent",
      A("so that's seven one two oh four on the electric and two two nine eight one on the gas"))
    N("call/telecom: opening hours",
      A("we're open eight till eight monday to friday and nine till five on saturdays"))
    N("chat/retail: opening hours typed",
      A("Our lines are open 8am-6pm Mon-Fri and 9am-1pm Sat."))
    N("call/utilities: annual usage",
      A("you're using about three thousand four hundred and twelve kilowatt hours a year"))
    # --- miscellaneous numbers --------------------------------------------------
    N("call/utilities: thermostat temperature",
      C("the heating's set to twenty one degrees and it's still freezing"))
    N("chat/retail: parcel weight and size",
      C("Parcel is 2.4kg, 40 x 30 x 15 cm"))
    N("call/retail: rating",
      C("honestly i'd rate the service two out of ten"))
    N("call/telecom: tv channel number",
      C("channel five oh one just shows a black screen"))
    N("call/travel: distance",
      C("the hotel's about fifteen miles from the airport not three like it says"))
    N("call/telecom: contract length",
      A("you're on the twenty four month plan with eleven months left"))
    N("call/retail: multi-buy offer",
      C("the three for two offer didn't apply to the last item"))
    N("call/insurance: car details",
      C("it's a twenty eighteen ford focus one point five litre with about forty two thousand miles on it"))
    N("chat/travel: baggage allowance",
      C("Is it 23kg per bag or 32kg for the whole booking?"))
    N("call/utilities: pressure reading",
      C("the pressure gauge is reading about zero point eight bar"))
    N("call/telecom: how many digits a pin has",
      A("your pin is four digits and the password has to be at least eight characters"))
    N("call/banking: time of a transaction",
      C("the payment went out at eleven forty three last night and i was asleep"))
    N("chat/retail: size and quantity",
      C("I ordered 2 x size 10 and got 1 x size 12"))
    N("call/travel: room and floor",
      A("we can move you to room three one six on the third floor"))
    N("call/utilities: number of radiators and rooms",
      C("it's a three bed semi with nine radiators"))
    N("call/telecom: router lights",
      C("the light on the router is flashing green about every two seconds"))
    N("call/banking: limit on transfers",
      A("you can send up to twenty five thousand pounds a day through the app"))
    N("email/insurance: policy year and mileage",
      C("For the 2024-25 policy year my annual mileage will be under 6,000."))
    N("call/retail: years old item",
      C("the tv is only eighteen months old and the screen's gone"))
    N("chat/telecom: roaming days",
      C("I'll be in Spain for 12 days, do I need the £2.50 a day roaming pass?"))
    N("call/telecom: customer asks agent to repeat a time",
      A("the technician will call you thirty minutes before arriving"),
      C("sorry thirty minutes"),
      A("yes three zero minutes"))
    N("call/travel: flight times",
      C("the flight leaves at oh six forty and lands at nine fifteen local time"))
    N("chat/travel: hotel check-in times",
      A("Check-in is from 15:00 and check-out is by 11:00."))
    N("call/banking: cheque clearing",
      A("cheques take two working days to clear but it could be up to six"))
    N("call/utilities: smart meter firmware",
      A("your smart meter is on smets two so it should talk to any supplier"))


# ==========================================================================
# validation
# ==========================================================================
STREET_TYPES = set("""road street avenue lane drive close way crescent court place
boulevard terrace grove gardens rd st ave dr ln ct pl blvd parkway highway circle
square hill walk row mews""".split())
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
US_ZIP = re.compile(r"^\d{5}(\d{4})?$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
RETRACT = re.compile(r"<~.*?~>", re.S)
CUE = re.compile(r"\b(no sorry|wait no|no hang on)\b")


def check_value(typ: str, value: str) -> list[str]:
    """Errors for one (possibly joined) PII value; '' list when fine."""
    errs: list[str] = []
    ign: list[str] = []
    low = value.lower()

    def digits(letters=False):
        return to_alnum(value, letters=letters, ignored=ign)

    if typ == "CARD_NUMBER":
        d = digits()
        if not d.isdigit() or not 13 <= len(d) <= 19:
            errs.append(f"card has {len(d)} digits: {d}")
        elif not luhn_ok(d):
            errs.append(f"card fails Luhn: {d}")
    elif typ == "CVV":
        d = digits()
        if not (d.isdigit() and len(d) in (3, 4)):
            errs.append(f"cvv {d!r}")
    elif typ == "EXPIRY":
        mon = [m for m in MONTHS if re.search(rf"\b{m}\b", low)]
        rest = to_alnum(re.sub("|".join(MONTHS), " ", low), ignored=ign)
        if mon:
            if len(rest) not in (2, 4):
                errs.append(f"expiry year {rest!r}")
        elif not (rest.isdigit() and len(rest) in (4, 6) and 1 <= int(rest[:2]) <= 12):
            errs.append(f"expiry {rest!r}")
    elif typ == "SSN":
        d = digits()
        if not (d.isdigit() and len(d) == 9) or d[:3] in ("000", "666") or d[0] == "9" \
                or d[3:5] == "00" or d[5:] == "0000":
            errs.append(f"ssn {d!r}")
    elif typ == "NI_NUMBER":
        v = digits(letters=True)
        if not NI_RE.match(v) or v[:2] in NI_BAD:
            errs.append(f"ni {v!r}")
    elif typ == "BANK_ACCOUNT":
        d = digits()
        if not (d.isdigit() and 6 <= len(d) <= 17):
            errs.append(f"account {d!r}")
    elif typ == "SORT_CODE":
        d = digits()
        if not (d.isdigit() and len(d) == 6):
            errs.append(f"sort code {d!r}")
    elif typ == "IBAN":
        v = digits(letters=True)
        cc = v[:2]
        if IBAN_LEN.get(cc) != len(v):
            errs.append(f"iban length {len(v)} for {cc}: {v}")
        elif not v[2:4].isdigit() or iban_mod(v) != 1:
            errs.append(f"iban checksum: {v}")
    elif typ == "PHONE":
        d = digits()
        if not (d.isdigit() and 7 <= len(d) <= 15):
            errs.append(f"phone {d!r}")
    elif typ == "EMAIL":
        if "@" in value:
            if not EMAIL_RE.match(value):
                errs.append(f"email {value!r}")
        elif not (" at " in f" {low} " and " dot " in f" {low} "):
            errs.append(f"spoken email {value!r}")
    elif typ == "DOB":
        d = to_alnum(re.sub("|".join(MONTHS), " ", low))
        has_month = any(re.search(rf"\b{m}\b", low) for m in MONTHS)
        if not d or (not has_month and len(d) < 4 and "of the" not in low):
            errs.append(f"dob {value!r}")
    elif typ == "POSTCODE":
        v = digits(letters=True)
        if not (UK_PC.match(v) or US_ZIP.match(v)):
            errs.append(f"postcode {v!r}")
    elif typ == "ADDRESS":
        toks = re.findall(r"[a-z]+|\d+", low)
        if not toks or not (toks[0].isdigit() or toks[0] in NUMWORDS):
            errs.append(f"address does not start with a house number: {value!r}")
        if not toks or toks[-1] not in STREET_TYPES:
            errs.append(f"address does not end with a street type: {value!r}")
    if ign:
        errs.append(f"{typ}: unexpected words {ign} in {value!r}")
    return errs


def validate(cases: list[dict], meta: list[list[dict]] | None) -> list[str]:
    errs: list[str] = []
    ids = Counter(c["id"] for c in cases)
    errs += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for ci, c in enumerate(cases):
        cid = c["id"]
        if set(c) != {"id", "kind", "turns", "spans", "note"}:
            errs.append(f"{cid}: keys {sorted(c)}")
        if c["kind"] not in ("positive", "negative"):
            errs.append(f"{cid}: kind {c['kind']}")
        if not c["turns"] or any(t["speaker"] not in ("customer", "agent") or not t["text"]
                                 for t in c["turns"]):
            errs.append(f"{cid}: bad turns")
        if c["kind"] == "negative" and c["spans"]:
            errs.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(f"{cid}: positive without spans")
        if "[[" in json.dumps(c["turns"]) or "<~" in json.dumps(c["turns"]):
            errs.append(f"{cid}: markup left in text")
        byturn: dict[int, list[tuple[int, int]]] = {}
        for si, s in enumerate(c["spans"]):
            if s["type"] not in TYPES:
                errs.append(f"{cid}: type {s['type']}")
            if not 0 <= s["turn"] < len(c["turns"]):
                errs.append(f"{cid}: span turn {s['turn']}")
                continue
            text = c["turns"][s["turn"]]["text"]
            if not 0 <= s["start"] < s["end"] <= len(text):
                errs.append(f"{cid}: span offsets {s}")
                continue
            val = text[s["start"]:s["end"]]
            if val != val.strip() or val[-1] in ".,;:!?":
                errs.append(f"{cid}: span has edge whitespace/punctuation {val!r}")
            if re.match(r"(?i)(the|my)\b", val):
                errs.append(f"{cid}: span starts with the/my {val!r}")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                errs.append(f"{cid}: span starts mid-word {val!r}")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                errs.append(f"{cid}: span ends mid-word {val!r}")
            if meta is not None and val != meta[ci][si]["raw"].replace("<~", "").replace("~>", ""):
                errs.append(f"{cid}: span text differs from markup {val!r}")
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for t, lst in byturn.items():
            lst.sort()
            for (a, b), (x, y) in zip(lst, lst[1:]):
                if x < b:
                    errs.append(f"{cid}: overlapping spans in turn {t}")
        # value checks (joined per group; retracted stretches removed)
        groups: dict[tuple[str, str], list[str]] = {}
        for si, s in enumerate(c["spans"]):
            text = c["turns"][s["turn"]]["text"]
            if meta is not None:
                g = meta[ci][si]["group"] or f"#{si}"
                raw = RETRACT.sub(" ", meta[ci][si]["raw"])
            else:
                g, raw = f"#{si}", text[s["start"]:s["end"]]
            groups.setdefault((s["type"], g), []).append(raw)
        if meta is not None:
            for (typ, g), parts in groups.items():
                errs += [f"{cid}: {e}" for e in check_value(typ, " ".join(parts))]
        else:
            # file only: the generator's grouping and retraction marks are not in
            # the file, so accept a type when every span validates on its own or
            # all its spans joined in order do; spans holding a self-correction
            # cue are left to the in-memory check
            bytype: dict[str, list[str]] = {}
            for (typ, g), parts in groups.items():
                bytype.setdefault(typ, []).extend(parts)
            for typ, parts in bytype.items():
                parts = [p for p in parts if not CUE.search(p)]
                if not parts:
                    continue
                single = [e for p in parts for e in check_value(typ, p)]
                if single and check_value(typ, " ".join(parts)):
                    errs += [f"{cid}: {e}" for e in single]
    # counts
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < MIN_POS:
        errs.append(f"only {npos} positive cases")
    if nneg < MIN_NEG:
        errs.append(f"only {nneg} negative cases")
    per = type_counts(cases)
    for t, n in MIN_PER_TYPE.items():
        if per["cases"][t] < n:
            errs.append(f"{t}: only {per['cases'][t]} positive cases (need {n})")
    return errs


def type_counts(cases: list[dict]) -> dict[str, Counter]:
    cases_per, spans_per = Counter(), Counter()
    for c in cases:
        for t in {s["type"] for s in c["spans"]}:
            cases_per[t] += 1
        for s in c["spans"]:
            spans_per[s["type"]] += 1
    return {"cases": cases_per, "spans": spans_per}


# ==========================================================================
# output
# ==========================================================================
def build() -> tuple[list[dict], list[list[dict]]]:
    CASES.clear()
    META.clear()
    R.seed(SEED)
    build_positive_cards()
    build_positive_cvv_expiry()
    build_positive_ids()
    build_positive_bank()
    build_positive_iban()
    build_positive_phone_email()
    build_positive_dob()
    build_positive_address()
    build_negative()
    return list(CASES), list(META)


def render_jsonl(cases: list[dict]) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def render_readme(cases: list[dict]) -> str:
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    per = type_counts(cases)
    chan = Counter(c["note"].split("/")[0] for c in cases)
    multi = sum(1 for c in cases if len({s["turn"] for s in c["spans"]}) > 1)
    rows = "\n".join(f"| {t} | {per['cases'][t]} | {per['spans'][t]} |" for t in TYPES)
    return f"""# pii_holdout4 - held-out PII evaluation set

**Never use this set for tuning** (patterns, word lists, thresholds, model
choice).  It exists only to measure the redactor after the fact.  It was
written without looking at the redaction code or at any other PII fixture.

## How it was made

`python scripts/make_pii_holdout4.py` writes `cases.jsonl` (and this README)
deterministically (seed {SEED}).  Each case is hand-written in the script with
inline `[[TYPE|value]]` markup; the markup is stripped to compute offsets.
Card numbers, IBANs, sort codes, account numbers, SSNs, NI numbers, phone
numbers, expiries and birth dates are generated from the seeded RNG and then
rendered typed (various groupings and separators) or spoken the way ASR writes
them (lower case, few commas, "oh"/"nought"/"zero", "double"/"triple",
two-digit pairs, "x hundred and y", hesitations, self-corrections).  Values
use fictional ranges where one exists (Ofcom drama numbers, 555-01xx).

`python scripts/make_pii_holdout4.py --check` regenerates the set, checks that
the file is identical, and validates: offsets and span edges (no surrounding
space/punctuation, never starting with "the"/"my"), no overlaps, Luhn and
13-19 digits for every card number (after converting spoken forms, joining a
value split over turns, and dropping the retracted part of a self-correction),
IBAN country lengths and mod-97, SSN/NI/sort-code/CVV/postcode formats,
per-type minimum counts.

## Format

One JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` `customer`/`agent`, `text`), `spans` (`turn`, `start`, `end`
exclusive, `type`), `note` (channel/industry: what the case tests).
Labelling conventions: a span covers exactly the value; fillers and
self-corrections *between* its pieces stay inside; "the"/"my" before it stay
outside; a value split over turns has one span per piece, same type; values
read back by the agent are labelled too.  Negatives have `spans: []` and
must not be redacted at all.

## Counts

{len(cases)} cases: {npos} positive, {nneg} negative; {multi} positive cases
have spans in more than one turn.  Channels: {', '.join(f'{k} {v}' for k, v in sorted(chan.items()))}.

| type | positive cases | spans |
|---|---|---|
{rows}

Negatives cover money, times, non-DOB/non-expiry dates, durations, counts,
years and ages, order/ticket/reference/tracking/policy/claim numbers,
percentages, speeds, data allowances, model/version/error codes,
room/flight/seat/gate/extension/step numbers, last-four mentions, field
names asked without a value, meter readings, opening hours and other
everyday numbers.
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="validate the written fixture")
    args = ap.parse_args()
    cases, meta = build()
    errs = validate(cases, meta)
    if args.check:
        if not OUT.exists():
            errs.append(f"{OUT} missing")
        else:
            text = OUT.read_text(encoding="utf-8")
            if text != render_jsonl(cases):
                errs.append(f"{OUT.name} differs from the generator output (re-run the script)")
            file_cases = [json.loads(line) for line in text.splitlines() if line.strip()]
            errs += [f"file: {e}" for e in validate(file_cases, None)]
        readme = OUT_DIR / "README.md"
        if not readme.exists() or readme.read_text(encoding="utf-8") != render_readme(cases):
            errs.append("README.md differs from the generator output")
    for e in errs:
        print("ERROR", e, file=sys.stderr)
    if errs:
        return 1
    if not args.check:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        OUT.write_text(render_jsonl(cases), encoding="utf-8")
        (OUT_DIR / "README.md").write_text(render_readme(cases), encoding="utf-8")
    per = type_counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    print(f"{'checked' if args.check else 'wrote'} {len(cases)} cases "
          f"({npos} positive, {len(cases) - npos} negative)")
    for t in TYPES:
        print(f"  {t:13s} cases={per['cases'][t]:3d} spans={per['spans'][t]:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

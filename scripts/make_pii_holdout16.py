#!/usr/bin/env python3
"""Generate the held-out PII redaction set ``tests/fixtures/pii_holdout16``.

Written by an independent AI helper that never saw the redaction code.
Standard library only.  All values come from one seeded ``random.Random``.

    python scripts/make_pii_holdout16.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout16.py --check  # regenerate, compare, validate
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 16231126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout16"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- speaking
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
ASIN = {"a": "apple", "b": "bravo", "c": "charlie", "d": "dog", "e": "edward",
        "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
        "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
        "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
FILLERS = ["um", "uh", "er", "erm"]


def zero_word(uk: bool) -> str:
    return R.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "zero", "zero", "o"])


def say_digit(d: str, uk: bool = False, z: str = "") -> str:
    if d == "0":
        return z if z and R.random() < 0.85 else zero_word(uk)
    return DW[int(d)]


def say_digits(s: str, uk: bool = False, compress: bool = True, homophones: bool = False) -> str:
    """Digit by digit, optionally 'double'/'triple' runs and ASR homophones."""
    out = []
    z = zero_word(uk)
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if compress and run == 3 and R.random() < 0.7:
            out.append("triple " + say_digit(d, uk, z))
            i += 3
            continue
        if compress and run >= 2 and R.random() < 0.7:
            out.append("double " + say_digit(d, uk, z))
            i += 2
            continue
        w = say_digit(d, uk, z)
        if homophones and R.random() < 0.25:
            w = {"two": "to", "four": "for", "eight": "ate", "one": "won"}.get(w, w)
        out.append(w)
        i += 1
    return " ".join(out)


def say_pair(p: str, uk: bool = False) -> str:
    a, b = p
    if a == "0":
        return zero_word(uk) + " " + DW[int(b)] if b != "0" else zero_word(uk) + " " + zero_word(uk)
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + DW[int(b)])


def say_pairs(s: str, uk: bool = False) -> str:
    for _ in range(20):
        out = _say_pairs(s, uk)
        if digits(out) == s:
            return out
    return say_digits(s, uk)


def _say_pairs(s: str, uk: bool = False) -> str:
    parts = []
    i = 0
    while i < len(s):
        if i + 1 < len(s):
            parts.append(say_pair(s[i:i + 2], uk))
            i += 2
        else:
            parts.append(say_digit(s[i], uk))
            i += 1
    return " ".join(parts)


def say_mixed(s: str, uk: bool = False) -> str:
    """Groups of 4 read in pairs or digits at random (retry if the reading is ambiguous,
    e.g. 'nineteen seventy six' for 1970 6...)."""
    groups = [s[i:i + 4] for i in range(0, len(s), 4)]
    for _ in range(20):
        out = " ".join(say_pairs(g, uk) if R.random() < 0.5 else say_digits(g, uk) for g in groups)
        if digits(out) == s:
            return out
    return say_digits(s, uk)


def say_number(n: int) -> str:
    """0..9999 as words (for house numbers / years)."""
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])
    if n < 1000:
        rest = n % 100
        head = DW[n // 100] + " hundred"
        if rest == 0:
            return head
        return head + " and " + say_number(rest) if R.random() < 0.5 else DW[n // 100] + " " + (
            say_number(rest) if rest >= 10 else "oh " + DW[rest])
    return say_pairs(str(n))


def say_year(y: int) -> str:
    if y >= 2000:
        return R.choice(["two thousand and " + say_number(y - 2000) if y > 2000 else "two thousand",
                         "twenty " + say_pair(str(y)[2:])])
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


def say_letters(s: str, style: str = "plain") -> str:
    out = []
    for ch in s:
        c = ch.lower()
        if c.isdigit():
            out.append(say_digit(c, True))
        elif style == "nato" and c in NATO:
            out.append(f"{c} for {NATO[c]}")
        elif style == "asin" and c in ASIN:
            out.append(f"{c} as in {ASIN[c]}")
        else:
            out.append(c)
    return " ".join(out)


def group(s: str, sizes, sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------- values
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


def rdig(n: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


def card() -> str:
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    pre, length = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
                   "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
                   "visa13": ("4", 13), "visa19": ("4", 19)}[kind]
    body = pre + rdig(length - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_typed(c: str) -> str:
    if len(c) == 15:
        return R.choice([group(c, [4, 6, 5]), group(c, [4, 6, 5], "-"), c])
    if len(c) == 16:
        return R.choice([group(c, [4, 4, 4, 4]), group(c, [4, 4, 4, 4], "-"), c,
                         group(c, [4, 4, 4, 4], "  "), group(c, [4, 4, 4, 4], "."),
                         group(c, [8, 8])])
    return R.choice([c, group(c, [4, 4, 4, 4, 3])])


def cvv(n: int = 3) -> str:
    return rdig(n)


def expiry():
    m = R.randint(1, 12)
    y = R.randint(2025, 2031)
    return m, y


def ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni() -> str:
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        return p + rdig(6) + R.choice("ABCD")


def sort_code() -> str:
    return R.choice(["20", "30", "40", "60", "77", "83", "90", "11", "09", "16"]) + rdig(4)


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def iban():
    cty = R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cty == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + sort_code() + rdig(8)
    elif cty == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + rdig(6) + rdig(8)
    elif cty == "DE":
        bban = rdig(18)
    elif cty == "FR":
        bban = rdig(23)
    elif cty == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    else:
        bban = rdig(20)
    return cty + iban_check(cty, bban) + bban


def iban_typed(s: str) -> str:
    return R.choice([s, " ".join(s[i:i + 4] for i in range(0, len(s), 4)),
                     " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()])


def iban_spoken(s: str) -> str:
    out = []
    for i, ch in enumerate(s):
        if ch.isalpha():
            out.append(f"{ch.lower()} for {NATO[ch.lower()]}" if R.random() < 0.3 and ch.lower() in NATO else ch.lower())
        else:
            out.append(say_digit(ch, True))
    return " ".join(out)


def uk_mobile() -> str:
    return "07" + R.choice(["7", "8", "9", "4", "5"]) + rdig(8)


def phone_uk():
    p = R.choice(["mob", "mob", "020", "0161", "0113"])
    if p == "mob":
        return uk_mobile()
    return p + rdig(11 - len(p))


def phone_us() -> str:
    return str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)


def phone_ie() -> str:
    return "08" + R.choice("35679") + rdig(7)


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "daniel",
         "chloe", "sean", "olivia", "raj", "emma", "connor", "zoe", "marek", "niamh",
         "kevin", "fatima", "luca", "hannah", "dylan", "megan"]
LAST = ["smith", "o'brien", "patel", "murphy", "jones", "kowalski", "nguyen", "walsh",
        "garcia", "brown", "taylor", "kelly", "ahmed", "byrne", "wilson", "lee", "evans",
        "doyle", "martin", "hughes"]
DOMAINS_UK = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com", "icloud.com"]
DOMAINS_US = ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com"]
DOMAINS_IE = ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"]


def email(domains) -> str:
    f, l = R.choice(FIRST), R.choice(LAST).replace("'", "")
    style = R.randint(0, 5)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{R.randint(1, 99)}", f"{l}.{f}{R.randint(70, 99)}",
             f"{f}{l}", f"{f[0]}.{l}"][style]
    return f"{local}@{R.choice(domains)}"


def email_spoken(e: str) -> str:
    local, dom = e.split("@")
    out = []
    for tok in re.split(r"([._])", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok.isdigit():
            out.append(say_pairs(tok) if len(tok) == 2 and R.random() < 0.6 else say_digits(tok, compress=False))
        elif len(tok) == 1:
            out.append(tok)
        else:
            m = re.match(r"([a-z]+)(\d*)", tok)
            word, num = m.group(1), m.group(2)
            if R.random() < 0.15:
                out.append(" ".join(word))
            else:
                out.append(word)
            if num:
                out.append(say_pairs(num) if len(num) == 2 else say_digits(num, compress=False))
    dparts = dom.split(".")
    return " ".join(out) + " at " + " dot ".join(dparts)


STREETS_UK = ["high street", "station road", "church lane", "victoria road", "mill lane",
              "kings avenue", "park crescent", "elm grove", "the drive", "manor way",
              "queens road", "orchard close"]
STREETS_US = ["maple avenue", "oak street", "main street", "elm drive", "pine court",
              "washington boulevard", "lakeview road", "cedar lane", "sunset drive", "park place"]
STREETS_IE = ["main street", "church road", "the green", "castle avenue", "seaview park",
              "ashgrove lawn", "bridge street"]


def uk_postcode() -> str:
    letters = "ABCDEFGHJKLMNPRSTUWYZ"
    area = R.choice(["SW", "N", "M", "B", "LS", "G", "EH", "CF", "BS", "NG", "L", "E", "SE", "RG",
                     "BT", "CR", "OX", "DN", "YO", "PL"])
    dist = str(R.randint(1, 19))
    if R.random() < 0.12 and area in ("SW", "E", "N"):
        dist = str(R.randint(1, 9)) + R.choice("ABW")
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist + " " + inward


def us_zip() -> str:
    z = f"{R.randint(1001, 99950):05d}"
    if R.random() < 0.2:
        z += "-" + rdig(4)
    return z


def ie_eircode() -> str:
    return R.choice(["D02", "D08", "T12", "H91", "V94", "A94", "D6W"]) + " " + "".join(
        R.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))


def postcode_spoken(pc: str) -> str:
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(say_digit(ch, True))
        else:
            c = ch.lower()
            if c == "o" or (R.random() < 0.25 and c in NATO):
                out.append(f"{c} for {NATO[c]}")
            else:
                out.append(c)
    return " ".join(out)


def dob():
    y = R.randint(1938, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind: str, note: str):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []

    def t(self, speaker: str, *segs):
        text = ""
        idx = len(self.turns)
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                start = len(text)
                text += val
                self.spans.append({"turn": idx, "start": start, "end": len(text), "type": typ})
            else:
                text += seg
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


POS: list = []
NEG: list = []


def pos(note: str) -> Case:
    c = Case("positive", note)
    POS.append(c)
    return c


def neg(note: str) -> Case:
    c = Case("negative", note)
    NEG.append(c)
    return c


def ch(*xs):
    return R.choice(xs)


def filler() -> str:
    return R.choice(FILLERS)


IND_UK = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "government"]
IND_US = ["banking", "telecom", "utilities", "retail", "insurance", "healthcare billing", "travel"]


# ================================================================= POSITIVES
def gen_cards():
    # 1 call: digit by digit in one turn, homophones
    for _ in range(4):
        c = card()
        uk = R.random() < 0.5
        k = pos(f"call/{ch(*IND_UK)}: card read digit by digit in one turn with ASR homophones (to/for/ate/won)")
        k.a(ch("can i take the long card number please", "and the sixteen digits across the front"))
        k.c(ch("yeah it's ", "okay so it's ", "right "), (say_digits(c, uk, homophones=True), "CARD_NUMBER"))
    # 2 call: groups split across turns with back-channels
    for _ in range(5):
        c = card()
        uk = R.random() < 0.5
        gs = [c[i:i + 4] for i in range(0, len(c), 4)]
        k = pos(f"call/{ch(*IND_UK + IND_US)}: card split over {len(gs)} customer turns, back-channels between")
        k.a("go ahead with the card number when you're ready")
        for j, g in enumerate(gs):
            sp = say_pairs(g, uk) if R.random() < 0.4 else say_digits(g, uk)
            if j == 0:
                k.c(ch("okay ", "it's ", "right so "), (sp, "CARD_NUMBER"))
            elif R.random() < 0.3:
                k.c((sp, "CARD_NUMBER"), " " + filler())
            else:
                k.c((sp, "CARD_NUMBER"))
            if j < len(gs) - 1:
                k.a(ch("mhm", "yep", "okay go on", "uh huh", "got that", "next four"))
    # 3 chat typed formats
    for _ in range(7):
        c = card()
        k = pos(f"chat/{ch(*IND_UK + IND_US)}: card typed with separators mid-message")
        k.a(ch("Could you provide the card you'd like to use?", "Please type the card number below."))
        k.c(ch("sure its ", "Card no: ", "ok here u go ", "CARD = ", "it's the visa "), (card_typed(c), "CARD_NUMBER"),
            ch(" thanks", ", £45.20 please", " and take the full $120 balance", "", " - expires soon tho"))
    # 4 call: pairs style in one turn, with amount mentioned
    for _ in range(4):
        c = card()
        k = pos(f"call/{ch('retail', 'travel', 'utilities')}: card read as two-digit pairs, payment amount nearby unlabelled")
        amt = R.randint(20, 400)
        k.a(f"so that's {say_number(amt)} pounds today what card number would you like to use")
        k.c(ch("it's ", "the number is "), (say_pairs(c, True), "CARD_NUMBER"))
    # 5 call: self-correction, final reading labelled
    for _ in range(3):
        c = card()
        k = pos("call/telecom: caller starts card, corrects himself and restarts; full restart reading labelled")
        wrong = say_digits(c[:4])
        k.a("and the card number")
        k.c(f"{wrong} sorry no hang on wrong card ", filler(), " okay it's ", (say_digits(c), "CARD_NUMBER"))
    # 6 agent reads back
    for _ in range(4):
        c = card()
        uk = R.random() < 0.5
        k = pos(f"call/{ch(*IND_UK)}: agent reads the card number back; both readings labelled")
        k.c("the card is ", (say_mixed(c, uk), "CARD_NUMBER"))
        k.a("let me just read that back ", (say_digits(c, uk), "CARD_NUMBER"), " is that right")
        k.c(ch("yes", "yeah that's it", "correct"))
    # 7 fillers inside reading
    for _ in range(3):
        c = card()
        h = len(c) // 2
        k = pos("call/insurance: fillers inside the card reading (span covers the whole reading incl. fillers)")
        k.a("what's the card number")
        k.c((say_digits(c[:h]) + f" {filler()} " + say_digits(c[h:]), "CARD_NUMBER"), " yeah")


def gen_cvv_expiry():
    for _ in range(6):
        c = card()
        m, y = expiry()
        cv = cvv(4 if c[:2] in ("34", "37") else 3)
        k = pos("chat/retail: card, expiry and CVV typed in one message")
        exp = ch(f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}", f"{m:02d}-{y % 100:02d}", f"{m}/{y % 100:02d}")
        k.c("card ", (card_typed(c), "CARD_NUMBER"), " exp ", (exp, "EXPIRY"), ch(" cvv ", " sec code ", " CVC: "),
            (cv, "CVV"))
    for _ in range(6):
        m, y = expiry()
        cv = cvv()
        uk = R.random() < 0.5
        k = pos(f"call/{ch(*IND_UK + IND_US)}: expiry then security code read in separate turns")
        k.a("and the expiry date on the card")
        form = R.randint(0, 3)
        if form == 0:
            e = say_digit(str(m // 10), uk) + " " + say_digit(str(m % 10), uk) + " " + say_pair(f"{y % 100:02d}")
        elif form == 1:
            e = MONTHS[m - 1] + " " + say_year(y)
        elif form == 2:
            e = say_pair(f"{m:02d}", uk) + " " + say_pair(f"{y % 100:02d}")
        else:
            e = say_number(m) + " " + say_pair(f"{y % 100:02d}")
        k.c(ch("", "it's ", "uh "), (e, "EXPIRY"))
        k.a(ch("and the three digits on the back", "and the security code please", "last three on the signature strip"))
        k.c(ch("", "it's ", "yeah "), (say_digits(cv, uk, compress=R.random() < 0.5), "CVV"))
    for _ in range(4):
        m, y = expiry()
        cv = cvv()
        k = pos("call/travel: expiry and CVV in one customer turn with chit-chat")
        k.a("expiry and security code please")
        k.c("expires ", (f"{say_pair(f'{m:02d}')} {say_pair(f'{y % 100:02d}')}", "EXPIRY"),
            " and the code on the back is ", (say_digits(cv), "CVV"), " sorry the kids are shouting")
    for _ in range(3):
        cv = cvv(4)
        k = pos("call/retail: amex four digit CID on the front")
        k.a("for amex it's the four digit code on the front above the number")
        k.c("okay that's ", (say_digits(cv), "CVV"))


def gen_ssn():
    for _ in range(8):
        s = ssn()
        k = pos(f"chat/{ch(*IND_US)}: SSN typed")
        k.a("To verify, please provide your Social Security number.")
        k.c(ch("", "ssn ", "its ", "SSN: "), (ch(f"{s[:3]}-{s[3:5]}-{s[5:]}", s, f"{s[:3]} {s[3:5]} {s[5:]}",
                                                 f"{s[:3]}.{s[3:5]}.{s[5:]}"), "SSN"), ch("", " thx", "."))
    for _ in range(8):
        s = ssn()
        k = pos(f"call/{ch(*IND_US)}: SSN read digit by digit in one turn")
        k.a(ch("can i get your social please", "and your social security number"))
        k.c(ch("sure ", "yeah it's ", ""), (say_digits(s, compress=R.random() < 0.6, homophones=R.random() < 0.3), "SSN"))
    for _ in range(7):
        s = ssn()
        k = pos("call/healthcare billing: SSN split 3-2-4 across turns with back-channels")
        k.a("and the social security number on the account")
        k.c((say_digits(s[:3]), "SSN"))
        k.a("mhm")
        k.c((say_pairs(s[3:5]) if R.random() < 0.5 else say_digits(s[3:5]), "SSN"))
        k.a(ch("okay", "yep go on"))
        k.c((say_digits(s[5:]) if R.random() < 0.5 else say_pairs(s[5:]), "SSN"))
    for _ in range(4):
        s = ssn()
        k = pos("call/government: full SSN read, agent reads it back grouped 3-2-4")
        k.a("can you confirm the full social for me")
        k.c((say_digits(s), "SSN"))
        k.a("thank you so that's ", (say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN"))
    for _ in range(4):
        s = ssn()
        d, m, y = dob()
        k = pos("call/insurance: SSN and DOB in the same turn")
        k.a("i need your social and date of birth")
        k.c("social's ", (say_digits(s), "SSN"), " and birthday is ",
            (f"{MONTHS[m - 1]} {ORD[d]} {say_year(y)}", "DOB"))


def gen_ni():
    for _ in range(9):
        n = ni()
        k = pos(f"chat/{ch('government', 'banking', 'insurance')}: NI number typed, varied spacing/case")
        fmt = ch(n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n.lower(), f"{n[:2]}{n[2:8]} {n[8]}",
                 f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}", f"{n[:2].lower()} {n[2:8]} {n[8].lower()}")
        k.a("Please confirm your National Insurance number.")
        k.c(ch("", "NI no is ", "it's ", "ni: "), (fmt, "NI_NUMBER"), ch("", " cheers", " (from my payslip)"))
    for _ in range(9):
        n = ni()
        style = ch("plain", "nato", "asin")
        k = pos(f"call/{ch('government', 'banking', 'utilities')}: NI number spoken, letters {style}")
        k.a("and your national insurance number please")
        body = say_letters(n[:2], style) + " " + (say_pairs(n[2:8], True) if R.random() < 0.4 else say_digits(n[2:8], True)) + " " + say_letters(n[8], style)
        k.c(ch("yeah it's ", "", "right it's "), (body, "NI_NUMBER"))
    for _ in range(7):
        n = ni()
        k = pos("call/government: NI number split across turns, agent back-channels")
        k.a("go ahead with your national insurance number")
        k.c((say_letters(n[:2], ch("plain", "nato")), "NI_NUMBER"))
        k.a("yep")
        k.c((say_digits(n[2:5], True), "NI_NUMBER"), ch("", " um"))
        k.a(ch("mhm", "okay"))
        k.c((say_digits(n[5:8], True) + " " + say_letters(n[8]), "NI_NUMBER"))
    for _ in range(5):
        n = ni()
        k = pos("call/banking: agent reads NI number back")
        k.c("it's ", (say_letters(n[:2]) + " " + say_digits(n[2:8], True) + " " + say_letters(n[8]), "NI_NUMBER"))
        k.a("so that's ", (say_letters(n[:2], "nato") + " " + say_pairs(n[2:8], True) + " " + say_letters(n[8], "nato"), "NI_NUMBER"), " yeah")
        k.c("that's right")


def gen_bank():
    for _ in range(5):
        sc, acc = sort_code(), rdig(8)
        k = pos("chat/banking: UK sort code and account typed together")
        k.c("sort code ", (ch(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"), "SORT_CODE"),
            ch(" acc ", ", account number ", " a/c "), (acc, "BANK_ACCOUNT"))
    for _ in range(6):
        sc, acc = sort_code(), rdig(8)
        k = pos(f"call/{ch('banking', 'utilities', 'insurance')}: sort code in pairs then account digit by digit")
        k.a("what's the sort code")
        k.c((say_pairs(sc, True) if R.random() < 0.6 else say_digits(sc, True), "SORT_CODE"))
        k.a("and the account number")
        k.c(ch("", "it's "), (say_digits(acc, True), "BANK_ACCOUNT"))
    for _ in range(4):
        acc = rdig(R.choice([10, 11, 12]))
        k = pos("call/banking (US): checking account number split over two turns")
        k.a("and the checking account number")
        k.c((say_digits(acc[:5]), "BANK_ACCOUNT"))
        k.a("okay")
        k.c((say_digits(acc[5:]), "BANK_ACCOUNT"))
    for _ in range(5):
        sc = sort_code()
        k = pos(f"call/{ch('banking', 'insurance', 'government')}: sort code read with dashes said aloud, then read back by agent")
        k.a("and the sort code")
        k.c(ch("", "it's "), (" dash ".join(say_pairs(sc[i:i + 2], True) for i in (0, 2, 4)), "SORT_CODE"),
            ch("", " i think yeah", " that's the halifax one"))
        k.a("lovely so ", (say_digits(sc, True), "SORT_CODE"))
        k.c("yep")
    for _ in range(3):
        sc, acc = sort_code(), rdig(8)
        k = pos("chat/banking: sort code and account number on separate lines with labels in caps")
        k.c("SORT CODE: ", (f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", "SORT_CODE"), "\nACCOUNT: ", (acc, "BANK_ACCOUNT"), "\nref: rent")
    for _ in range(3):
        acc = rdig(8)
        k = pos("call/utilities: account number read back by agent")
        k.c("the bank account is ", (say_digits(acc, True), "BANK_ACCOUNT"))
        k.a("thanks that's ", (say_pairs(acc, True), "BANK_ACCOUNT"))


def gen_iban():
    for _ in range(8):
        ib = iban()
        k = pos(f"chat/{ch('banking', 'travel', 'retail')} (EU/IE): IBAN typed for refund")
        k.c(ch("IBAN for the refund: ", "my iban is ", "pls refund to "), (iban_typed(ib), "IBAN"))
    for _ in range(6):
        ib = iban()
        k = pos("call/banking (IE/EU): IBAN spoken character by character")
        k.a("could you read out the iban")
        k.c(ch("", "yeah "), (iban_spoken(ib), "IBAN"))
    for _ in range(3):
        ib = iban()
        h = 8
        k = pos("call/travel (EU): IBAN split over two turns")
        k.a("go ahead with the iban")
        k.c((iban_spoken(ib[:h]), "IBAN"))
        k.a("mhm")
        k.c((iban_spoken(ib[h:]), "IBAN"))


def gen_phone():
    for _ in range(6):
        p = phone_uk()
        k = pos("chat/telecom (UK): phone typed in various formats")
        fmt = ch(p, f"{p[:5]} {p[5:]}", f"+44 {p[1:5]} {p[5:]}", f"+44{p[1:]}", f"({p[:5]}) {p[5:]}", f"0044 {p[1:]}")
        k.c(ch("best number is ", "call me on ", "contact no: "), (fmt, "PHONE"))
    for _ in range(5):
        p = phone_us()
        k = pos("chat/retail (US): US phone typed")
        fmt = ch(f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}", f"+1 {p[:3]} {p[3:6]} {p[6:]}",
                 f"{p[:3]}.{p[3:6]}.{p[6:]}", f"1-{p[:3]}-{p[3:6]}-{p[6:]}")
        k.c("my cell is ", (fmt, "PHONE"), ch("", " text is fine"))
    for _ in range(6):
        p = phone_uk()
        k = pos(f"call/{ch(*IND_UK)}: UK phone spoken, double/triple and oh")
        k.a("and a contact number")
        k.c(ch("it's ", "yeah ", ""), (say_digits(p[:5], True) + " " + say_digits(p[5:], True), "PHONE"))
    for _ in range(5):
        p = phone_us()
        k = pos(f"call/{ch(*IND_US)}: US phone spoken area code then number in separate turns")
        k.a("best callback number")
        k.c("area code ", (say_digits(p[:3]), "PHONE"))
        k.a("okay")
        k.c((say_digits(p[3:6]) + " " + (say_pairs(p[6:]) if R.random() < 0.5 else say_digits(p[6:])), "PHONE"))
    for _ in range(4):
        p = phone_ie()
        k = pos("call/utilities (IE): Irish mobile with +353 spoken")
        k.a("what number can we reach you on")
        k.c((ch("plus three five three ", "oh oh three five three ") + say_digits(p[1:], True), "PHONE"),
            " or the landline if that's not answered")
    for _ in range(3):
        p = "1800" + rdig(6) if R.random() < 0.5 else phone_us()
        k = pos("call/insurance (US): phone read in groups, agent reads it back as one run")
        p2 = phone_us()
        k.c("it's ", (say_digits(p2[:3]) + " " + say_digits(p2[3:6]) + " " + say_digits(p2[6:]), "PHONE"))
        k.a("so ", (say_digits(p2), "PHONE"), " right")
        k.c("yes")


def gen_email():
    for _ in range(6):
        e = email(ch(DOMAINS_UK, DOMAINS_US, DOMAINS_IE))
        k = pos(f"chat/{ch(*IND_UK + IND_US)}: e-mail typed")
        k.c(ch("email is ", "send it to ", "my e-mail: "), (ch(e, e.upper(), e.capitalize()), "EMAIL"), ch("", " pls", " thanks!"))
    for _ in range(8):
        e = email(ch(DOMAINS_UK, DOMAINS_US, DOMAINS_IE))
        k = pos(f"call/{ch(*IND_UK + IND_US)}: e-mail spoken with dot/at/underscore")
        k.a("and what email address should we use")
        k.c(ch("it's ", "", "yeah it's "), (email_spoken(e), "EMAIL"))
    for _ in range(3):
        e = email(DOMAINS_UK)
        local, dom = e.split("@")
        k = pos("call/retail: e-mail split across two turns (local part, then domain)")
        k.a("email address")
        k.c((email_spoken(e).rsplit(" at ", 1)[0], "EMAIL"))
        k.a(ch("yep", "okay and the domain"))
        k.c(("at " + " dot ".join(dom.split(".")), "EMAIL"))


def gen_dob():
    for _ in range(6):
        d, m, y = dob()
        k = pos(f"chat/{ch(*IND_UK)}: DOB typed")
        k.a("Can you confirm your date of birth?")
        k.c(ch("", "dob ", "its "), (ch(f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d} {MONTHS[m - 1].capitalize()} {y}",
                                       f"{m:02d}/{d:02d}/{y}", f"{d:02d}-{m:02d}-{y % 100:02d}"), "DOB"))
    for _ in range(7):
        d, m, y = dob()
        k = pos(f"call/{ch(*IND_UK + IND_US)}: DOB spoken")
        k.a("and your date of birth")
        form = ch(f"the {ORD[d]} of {MONTHS[m - 1]} {say_year(y)}", f"{MONTHS[m - 1]} {ORD[d]} {say_year(y)}",
                  f"{ORD[d]} {MONTHS[m - 1]} {say_pair(str(y)[2:])}",
                  f"{say_digits(f'{d:02d}', True, False)} {say_digits(f'{m:02d}', True, False)} {say_year(y)}")
        k.c(ch("", "it's ", "uh "), (form, "DOB"))


def gen_address():
    for _ in range(7):
        pc = uk_postcode()
        n = R.randint(1, 240)
        st = R.choice(STREETS_UK)
        k = pos("chat/utilities (UK): address and postcode typed")
        k.c("moved to ", (f"{n} {st.title()}", "ADDRESS"), ", ", ch("Leeds", "Bristol", "Croydon", "Manchester"), " ",
            (ch(pc, pc.lower(), pc.replace(" ", "")), "POSTCODE"))
    for _ in range(7):
        pc = uk_postcode()
        n = R.randint(1, 240)
        st = R.choice(STREETS_UK)
        k = pos(f"call/{ch(*IND_UK)}: UK address and postcode spoken")
        k.a("can you confirm the first line of the address and the postcode")
        k.c((f"{say_number(n)} {st}", "ADDRESS"), " and the postcode is ", (postcode_spoken(pc), "POSTCODE"))
    for _ in range(6):
        z = us_zip()
        n = R.randint(10, 9999)
        st = R.choice(STREETS_US)
        k = pos(f"call/{ch(*IND_US)}: US street address then ZIP in next turn")
        k.a("what's the service address")
        k.c((f"{say_number(n)} {st}", "ADDRESS"))
        k.a("and the zip")
        k.c((say_digits(z.replace('-', '')[:5]), "POSTCODE"))
    for _ in range(5):
        z = us_zip()
        n = R.randint(10, 9999)
        st = R.choice(STREETS_US)
        k = pos("chat/retail (US): shipping address with ZIP typed")
        k.c("ship to ", (f"{n} {st.title()}", "ADDRESS"), ", ", ch("Austin TX", "Denver, CO", "Columbus OH"), " ", (z, "POSTCODE"))
    for _ in range(3):
        n = R.randint(1, 60)
        st = R.choice(STREETS_IE)
        k = pos("call/utilities (IE): Irish address spoken")
        k.c("it's ", (f"{say_number(n)} {st}", "ADDRESS"), " in ", ch("galway", "cork", "swords"))


def gen_mixed():
    # mixtures of many types in one call
    for _ in range(12):
        uk = R.random() < 0.5
        k = pos(f"call/{ch(*IND_UK) if uk else ch(*IND_US)}: full verification flow, several PII types")
        d, m, y = dob()
        k.a("for security can i take your date of birth")
        k.c((f"{ORD[d]} of {MONTHS[m - 1]} {say_year(y)}", "DOB"))
        if uk:
            n = ni()
            k.a("and your national insurance number")
            k.c((say_letters(n[:2]) + " " + say_digits(n[2:8], True) + " " + say_letters(n[8]), "NI_NUMBER"))
            pc = uk_postcode()
            k.a("postcode")
            k.c((postcode_spoken(pc), "POSTCODE"))
            p = phone_uk()
            k.a("is your mobile still the same one we have on file")
            k.c("no it's changed it's ", (say_digits(p, True), "PHONE"))
        else:
            s = ssn()
            k.a("last four of your social")
            k.c("actually the whole thing is ", (say_digits(s), "SSN"))
            c = card()
            k.a("and the card you want to use")
            k.c((say_mixed(c), "CARD_NUMBER"), " and it expires ", (MONTHS[R.randint(0, 11)] + " " + say_year(R.randint(2026, 2031)), "EXPIRY"))


# ================================================================= NEGATIVES
def gen_negatives():
    for _ in range(8):
        amt = R.randint(10, 9000)
        p = R.randint(0, 99)
        k = neg(f"call/{ch(*IND_UK + IND_US)}: money amounts spoken")
        k.a(f"your balance is {say_number(amt)} pounds and {say_number(p) if p else 'no'} pence")
        k.c(f"okay and can i pay {say_number(R.randint(10, 500))} today")
    for _ in range(8):
        amt = R.randint(100, 99999)
        k = neg("chat/banking: balances and prices typed")
        k.c(f"why is my balance £{amt:,}.{R.randint(0, 99):02d} when i paid ${R.randint(10, 999)}.99 last week")
        k.a(f"I can see a payment of £{R.randint(10, 999)}.00 on the {R.randint(1, 28)}th, I'll check.")
    for _ in range(8):
        ref = rdig(R.choice([6, 7, 8, 9, 10]))
        kind = ch("order", "ticket", "claim", "invoice", "reference", "case")
        k = neg(f"chat/{ch(*IND_UK + IND_US)}: {kind} number typed with its reference word")
        k.c(f"hi my {kind} number is {ref}, any update?")
        k.a(f"Thanks, {kind} {ref} is being processed.")
    for _ in range(8):
        ref = rdig(R.choice([6, 8, 10]))
        kind = ch("order", "ticket", "claim", "reference")
        k = neg(f"call/{ch(*IND_UK + IND_US)}: {kind} number spoken with its reference word")
        k.a(f"do you have the {kind} number")
        k.c(f"yeah the {kind} number is {say_digits(ref, True)}")
    for _ in range(6):
        k = neg("call/travel: flight numbers, times, gates")
        fl = ch("ba", "ei", "fr", "ua", "dl", "lh") + " " + say_number(R.randint(10, 999))
        k.c(f"i'm on flight {fl} at {say_number(R.randint(1, 12))} {say_number(R.randint(10, 59))} tomorrow morning")
        k.a(f"okay that's departing gate {say_number(R.randint(1, 60))} and boarding closes at {say_number(R.randint(5, 11))} forty")
    for _ in range(6):
        k = neg("chat/travel: flight and hotel room typed")
        k.c(f"Flight {ch('BA', 'EI', 'FR', 'UA')}{R.randint(100, 9999)} lands {R.randint(10, 23)}:{R.randint(10, 59)}, room {R.randint(100, 999)} please")
    for _ in range(6):
        k = neg("call/utilities: meter readings spoken")
        k.a("can you read me the meter")
        k.c(f"it says {say_digits(rdig(5), True)} and the night one is {say_digits(rdig(5), True)}")
    for _ in range(6):
        k = neg("chat/utilities: meter reading typed")
        k.c(f"meter reading today {rdig(5)} (day) and {rdig(5)} (night)")
    for _ in range(6):
        y = R.randint(2015, 2026)
        k = neg("call/telecom: contract start and appointment dates (not DOB)")
        k.a(f"your contract started on the {ORD[R.randint(1, 28)]} of {MONTHS[R.randint(0, 11)]} {say_year(y)}")
        k.c(f"right and the engineer is booked for {ch('monday', 'friday', 'the twelfth')} between {say_number(R.randint(8, 11))} and {say_number(R.randint(1, 5))}")
    for _ in range(6):
        k = neg("chat/healthcare billing: appointment/payment dates and times")
        k.c(f"my appointment on {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(2024, 2026)} at {R.randint(8, 17)}:{ch('00', '15', '30', '45')} was billed twice")
    for _ in range(6):
        k = neg("call/telecom: data allowances, speeds, percentages, durations")
        k.a(f"you've used {say_number(R.randint(1, 99))} percent of your {say_number(R.randint(5, 100))} gigs")
        k.c(f"and the speed is only {say_number(R.randint(2, 900))} megs i was on hold for {say_number(R.randint(10, 59))} minutes")
    for _ in range(6):
        k = neg("call/retail: model numbers, quantities, sizes")
        k.c(f"it's the model {ch('x', 'k', 'a')} {say_number(R.randint(100, 999))} and i ordered {say_number(R.randint(2, 12))} of them in size {say_number(R.randint(6, 14))}")
        k.a("let me check stock for that model")
    for _ in range(6):
        k = neg("chat/retail: SKU/model typed with quantities")
        k.c(f"Model TX-{R.randint(100, 9999)} qty {R.randint(1, 20)}, sku {rdig(7)}, {R.randint(10, 90)}% off?")
    for _ in range(5):
        k = neg("call/insurance: ages, years, counts")
        k.c(f"i'm {say_number(R.randint(20, 85))} and i've been driving since {say_year(R.randint(1970, 2010))} with {say_number(R.randint(0, 9))} claims in {say_number(R.randint(2, 10))} years")
    for _ in range(5):
        k = neg("call/utilities: temperatures and boiler pressure")
        k.c(f"the thermostat's on {say_number(R.randint(15, 25))} degrees and the pressure says one point {say_number(R.randint(1, 9))}")
    for _ in range(5):
        _y = R.randint(2019, 2024)
        _ty = f"{_y}/{(_y + 1) % 100:02d}"
        k = neg("chat/government: tax year, amounts, reference-free")
        k.c(f"I earned £{R.randint(10, 90)},{R.randint(100, 999)} in the {_ty} tax year and paid £{R.randint(1000, 9999)} tax")
    for _ in range(5):
        k = neg("call/banking: instalments and interest rate")
        k.a(f"that's {say_number(R.randint(2, 36))} monthly payments of {say_number(R.randint(10, 400))} pounds at {say_number(R.randint(2, 29))} point {say_number(R.randint(1, 9))} percent")
        k.c("okay fine")
    for _ in range(5):
        k = neg("call/travel: booking reference spoken with letters (not PII)")
        k.a("what's the booking reference")
        k.c(f"booking reference {say_letters(''.join(R.choice('ABCDEFGHJKLMNPRSTWXYZ') for _ in range(6)), 'nato')}")


def gen_extra():
    for _ in range(5):
        c = card()
        cut = R.choice([6, 8, 10])
        k = pos(f"call/{ch(*IND_UK + IND_US)}: card read in one turn interrupted by chit-chat; two spans in the same turn")
        k.a("okay the long number please")
        k.c((say_digits(c[:cut], R.random() < 0.5), "CARD_NUMBER"),
            ch(" hang on i need my glasses ", " sorry the light's bad in here ", " wait is it the front yeah the front "),
            (say_digits(c[cut:]), "CARD_NUMBER"))
    for _ in range(4):
        e = email(ch(DOMAINS_UK, DOMAINS_US))
        local, dom = e.split("@")
        k = pos("chat/retail: e-mail obfuscated as [at]/[dot] in chat")
        k.c("contact me at ", (local.replace(".", " [dot] ") + " [at] " + dom.replace(".", " [dot] "), "EMAIL"), ch("", " not the old one"))
    for _ in range(5):
        d, m, y = dob()
        age = 2026 - y
        k = pos("call/insurance: DOB with the caller's age next to it (age unlabelled)")
        k.a("can you confirm your date of birth")
        k.c("yeah ", (f"{ORD[d]} {MONTHS[m - 1]} {say_year(y)}", "DOB"), f" so i'm {say_number(age)} now believe it or not")
    for _ in range(4):
        z = f"{R.randint(10001, 99950):05d}" + rdig(4)
        k = pos("call/utilities (US): ZIP plus four spoken with 'dash'")
        k.a("and the zip code")
        k.c((say_digits(z[:5]) + " dash " + say_digits(z[5:]), "POSTCODE"))
    for _ in range(4):
        c = card()
        m, y = expiry()
        cv = cvv()
        k = pos("chat/travel: card, expiry and CVV typed across three short messages (some typos)")
        k.c("ok card is ", (card_typed(c), "CARD_NUMBER"))
        k.c(ch("exp ", "expiry ", "exp date "), (f"{m:02d}{ch('/', ' / ', '-')}{y % 100:02d}", "EXPIRY"))
        k.c(ch("cvv ", "cvc ", "secuirty code "), (cv, "CVV"), ch("", " lol sorry"))
    for _ in range(4):
        s_ = ssn()
        k = pos("call/banking (US): SSN with self-correction of a group; corrected full reading labelled")
        k.a("your social security number please")
        k.c(f"{say_digits(s_[:3])} {say_digits(rdig(2))} no wait sorry let me start again ",
            (say_digits(s_[:3]) + " " + say_digits(s_[3:5]) + " " + say_digits(s_[5:]), "SSN"))
    for _ in range(4):
        n = ni()
        k = pos("call/government: NI number with agent confirming letters mid-reading")
        k.a("national insurance number")
        k.c((say_letters(n[:2]), "NI_NUMBER"))
        k.a(f"was that {n[0].lower()} for {NATO[n[0].lower()]}")
        k.c("yeah ", (say_pairs(n[2:8], True) + " " + say_letters(n[8]), "NI_NUMBER"))
    for _ in range(4):
        p = uk_mobile()
        k = pos("call/telecom (UK): mobile given in international form 'plus four four' with dropped zero, with a price nearby")
        k.a(f"the upgrade is {say_number(R.randint(20, 60))} pounds a month what number shall we text the contract to")
        k.c("text it to ", ("plus four four " + say_digits(p[1:5], True) + " " + say_digits(p[5:], True), "PHONE"))
    for _ in range(3):
        acc, sc = rdig(8), sort_code()
        k = pos("call/banking: account number and sort code in one turn, account first, with an amount")
        k.c(f"i want to send {say_number(R.randint(50, 900))} pounds to account ", (say_digits(acc, True), "BANK_ACCOUNT"),
            " sort code ", (say_pairs(sc, True), "SORT_CODE"))
    # extra negatives
    for _ in range(5):
        ref = rdig(8)
        kind = ch("claim", "policy", "reference", "ticket")
        k = neg(f"call/{ch(*IND_UK)}: {kind} number spoken in pairs with its reference word")
        k.c(f"the {kind} number is {say_pairs(ref, True)}")
        k.a(f"thank you i've got that {kind} up now")
    for _ in range(5):
        k = neg("call/banking: large amounts and times in words")
        k.a(f"the transfer of {say_number(R.randint(1, 9))} thousand {say_number(R.randint(100, 999))} pounds went out at half past {say_number(R.randint(1, 11))}")
        k.c(f"and the other one was {say_number(R.randint(10, 99))} dollars {say_number(R.randint(10, 99))}")
    for _ in range(5):
        k = neg("chat/telecom: invoice amounts, dates and data usage")
        k.c(f"invoice no. {rdig(9)} dated {R.randint(1, 28)}/{R.randint(1, 12)}/2025 says £{R.randint(20, 99)}.{R.randint(10, 99)} for {R.randint(1, 50)}GB, contract since March {R.randint(2018, 2024)}")


def build():
    gen_cards()
    gen_cvv_expiry()
    gen_ssn()
    gen_ni()
    gen_bank()
    gen_iban()
    gen_phone()
    gen_email()
    gen_dob()
    gen_address()
    gen_mixed()
    gen_extra()
    gen_negatives()
    lines = []
    for i, c in enumerate(POS, 1):
        lines.append({"id": f"h16-pos-{i:03d}", "kind": "positive", "turns": c.turns, "spans": c.spans, "note": c.note})
    for i, c in enumerate(NEG, 1):
        lines.append({"id": f"h16-neg-{i:03d}", "kind": "negative", "turns": c.turns, "spans": [], "note": c.note})
    return lines


# ================================================================= validation
WORD2D = {w: str(i) for i, w in enumerate(DW)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"})
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEENS)}
TEN2 = {w: str(i) for i, w in enumerate(TENS) if w}
SKIP = set(FILLERS) | {"dash", "and", "sorry", "hang", "on", "the", "of", "plus"}


def normalise(text: str) -> str:
    """Spoken form -> compact upper-case alnum string (and @ . _ for e-mails)."""
    toks = re.findall(r"[a-z0-9]+(?:-[a-z]+)?|[@._]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in ("double", "triple") and nxt in WORD2D:
            out.append(WORD2D[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as") and i + 2 < len(toks):
            j = i + 2 + (1 if nxt == "as" else 0)
            if j < len(toks) and toks[j] not in WORD2D and toks[j][0] == t:
                out.append("0" if t == "o" and False else t.upper())
                i = j + 1
                continue
        if t in TEN2:
            if nxt in WORD2D and nxt not in ("oh", "o", "nought", "zero", "to", "too", "for", "ate", "won"):
                out.append(TEN2[t] + WORD2D[nxt])
                i += 2
            else:
                out.append(TEN2[t] + "0")
                i += 1
            continue
        if t in TEEN2:
            out.append(TEEN2[t])
            i += 1
            continue
        if t == "hundred":
            out.append("00")
            i += 1
            continue
        if t == "thousand":
            out.append("000")
            i += 1
            continue
        if t in SKIP and not (t == "for"):
            i += 1
            continue
        if t in WORD2D:
            out.append(WORD2D[t])
            i += 1
            continue
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


def digits(text: str) -> str:
    return re.sub(r"\D", "", normalise(text))


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
MONTH_RE = "|".join(m.upper() for m in MONTHS)


def validate(typ: str, text: str):
    n = normalise(text)
    if typ != "EMAIL":
        n = re.sub(r"[^A-Z0-9]", "", n)
    d = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER":
        return 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        return len(d) in (3, 4) and d == n
    if typ == "EXPIRY":
        if re.search(MONTH_RE, n):
            return 2 <= len(d) <= 6
        return len(d) in (3, 4, 6) and 1 <= int(d[:2] if len(d) != 3 else d[0]) <= 12
    if typ == "SSN":
        return len(d) == 9 and d == n and d[:3] not in ("000", "666") and d[0] != "9"
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n))
    if typ == "BANK_ACCOUNT":
        return 6 <= len(d) <= 12 and d == n
    if typ == "SORT_CODE":
        return len(d) == 6 and d == n
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return 10 <= len(d) <= 14 and re.fullmatch(r"\d+", n.replace("PLUS", "")) is not None
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[A-Z0-9._]+@[A-Z0-9]+(\.[A-Z0-9]+)+", n))
    if typ == "DOB":
        if re.search(MONTH_RE, n):
            return len(d) >= 2
        return 5 <= len(d) <= 8
    if typ == "POSTCODE":
        return bool(UK_PC.match(n)) or bool(re.fullmatch(r"\d{5}(\d{4})?", n))
    if typ == "ADDRESS":
        return bool(re.search(r"\d", normalise(text.split()[0]) if text.split() else "")) and len(text.split()) >= 3
    return False


def check(lines, text_on_disk: str) -> int:
    problems = []
    regen = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
    if regen != text_on_disk:
        problems.append("cases.jsonl differs from regenerated output (run without --check)")
    ids = Counter(x["id"] for x in lines)
    for i, n in ids.items():
        if n > 1:
            problems.append(f"duplicate id {i}")
    counts = Counter()
    npos = nneg = 0
    for x in lines:
        cid = x["id"]
        if x["kind"] == "negative":
            nneg += 1
            if x["spans"]:
                problems.append(f"{cid}: negative with spans")
            continue
        npos += 1
        if not x["spans"]:
            problems.append(f"{cid}: positive without spans")
        by_turn = {}
        for s in x["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{cid}: bad type {s['type']}")
            t = x["turns"][s["turn"]]["text"] if 0 <= s["turn"] < len(x["turns"]) else None
            if t is None or not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append(f"{cid}: span out of range {s}")
                continue
            if (s["start"] > 0 and t[s["start"] - 1].isalnum()) or (s["end"] < len(t) and t[s["end"]].isalnum()):
                problems.append(f"{cid}: span not on word boundary {s}")
            if t[s["start"]].isspace() or t[s["end"] - 1].isspace():
                problems.append(f"{cid}: span has surrounding whitespace {s}")
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            counts[s["type"]] += 1
        for tn, iv in by_turn.items():
            iv.sort()
            for a, b in zip(iv, iv[1:]):
                if b[0] < a[1]:
                    problems.append(f"{cid}: overlapping spans in turn {tn}")
        # value validation: individually, else concatenated runs of same type
        sp = x["spans"]
        for i, s in enumerate(sp):
            txt = x["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            if validate(s["type"], txt):
                continue
            # maximal run of consecutive same-type spans containing i
            a = i
            while a > 0 and sp[a - 1]["type"] == s["type"]:
                a -= 1
            b = i
            while b + 1 < len(sp) and sp[b + 1]["type"] == s["type"]:
                b += 1
            joined = " ".join(x["turns"][q["turn"]]["text"][q["start"]:q["end"]] for q in sp[a:b + 1])
            if not validate(s["type"], joined):
                problems.append(f"{cid}: {s['type']} fails validation: {txt!r} -> {normalise(txt)!r}")
    print(f"cases: {len(lines)}  positives: {npos}  negatives: {nneg}")
    for t in TYPES:
        print(f"  {t:13s} {counts[t]}")
    mins = {t: 12 for t in TYPES}
    mins.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
    for t, mn in mins.items():
        if counts[t] < mn:
            problems.append(f"too few {t} spans: {counts[t]} < {mn}")
    if npos < 170:
        problems.append(f"too few positives {npos}")
    if nneg < 100:
        problems.append(f"too few negatives {nneg}")
    for p in problems[:60]:
        print("PROBLEM:", p)
    print("OK" if not problems else f"FAILED ({len(problems)} problems)")
    return 0 if not problems else 1


def readme(lines) -> str:
    counts = Counter(s["type"] for x in lines for s in x["spans"])
    npos = sum(x["kind"] == "positive" for x in lines)
    nneg = len(lines) - npos
    rows = "\n".join(f"| {t} | {counts[t]} |" for t in TYPES)
    return f"""# pii_holdout16 — held-out PII redaction cases

**Never use this set for tuning.**  It is a held-out evaluation set; looking at
failures here and changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author.  The author did not
see the redaction code, its tests, its docs, the benchmark script, or any other
PII fixture (only a three-line example of the JSONL format).  Every case is
generated by `scripts/make_pii_holdout16.py` from template functions; each turn
is assembled from plain-text segments and labelled `(value, TYPE)` segments so
offsets are computed, never typed by hand.  All values come from one
`random.Random({SEED})`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout16.py --check` regenerates, compares, and
validates ids, offsets, word boundaries, overlaps and every value (Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit
counts for CVV/phone/account, UK/US postcode shapes) after normalising spoken
forms.

## Contents

{npos} positive cases, {nneg} negative cases (negatives have no spans and fail
if anything at all is redacted).  Chat (typed) and call (ASR-style, lower case,
numbers as words) across banking, telecom, utilities, retail, insurance,
travel, healthcare billing and government services, UK/US/IE/EU.

| type | spans |
|---|---|
{rows}

## Annotation conventions

* A span covers the value only: from the first to the last character of the
  value as written/spoken.  Lead-ins ("it's", "yeah", "card number is") and
  trailing chit-chat are outside.  Spans never start or end with whitespace
  and always sit on word boundaries.
* Spoken values include every word of the reading: digit words, "oh"/"o"/
  "nought"/"zero", "double"/"triple", pair words ("forty one"), "hundred",
  NATO/"as in" spellings ("b for bravo" is entirely inside the span), ASR
  homophones ("to", "for", "ate", "won" for digits), "plus" of an international
  prefix, and filler words ("um") that occur *inside* a reading.
* A value split over several turns is labelled as one span per turn (one span
  per fragment); back-channels ("mhm", "okay go on") are not labelled.
* When the agent reads a value back, the read-back is labelled as well.  When
  the agent only refers to a value without quoting it, nothing is labelled.
* Self-corrections: only the complete corrected reading is labelled; the
  abandoned fragment is left unlabelled (redacting it is harmless).
* E-mails spoken as "j dot doe at gmail dot com": the whole phrase is the span.
  When split ("... dot smith" / "at gmail dot com"), each fragment is a span.
  Chat obfuscations ("tom [at] outlook [dot] com") are one span incl. brackets.
* Counts in the table are spans, not values: a value split over N turns (or
  interrupted by chit-chat inside one turn) contributes N spans; the
  `--check` validator validates such fragments as one concatenated value.
* Separators typed inside a value ("20-45-77", "(586) 305-1167", "+44") are
  inside the span.
* EXPIRY is "MM/YY"-like or "month year"; DOB is the full birth date phrase
  ("the fourth of may nineteen eighty", "04/05/1980").
* ADDRESS is house number + street name only; town names are not labelled;
  POSTCODE is labelled separately (UK postcodes, US ZIP / ZIP+4).
* Non-PII numbers in positive cases (amounts, times) are left unlabelled.
"""


def main() -> int:
    lines = build()
    text = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
    if "--check" in sys.argv[1:]:
        on_disk = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
        rc = check(lines, on_disk)
        if README.exists() and README.read_text(encoding="utf-8") != readme(lines):
            print("PROBLEM: README.md differs from regenerated output")
            rc = 1
        return rc
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(lines), encoding="utf-8")
    print(f"wrote {len(lines)} cases to {CASES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

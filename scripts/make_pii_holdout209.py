#!/usr/bin/env python3
"""Generate the held-out PII redaction set tests/fixtures/pii_holdout209/.

Written by an independent AI helper that did not see the redaction code.
Emphasis: phone calls as a Whisper-like speech recogniser writes them
(partial inverse text normalisation, odd capitalisation/punctuation,
digit homophones, values split over turns), plus typed chat.

    python scripts/make_pii_holdout209.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout209.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 209241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout209"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform", "V": "victor",
        "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
ORDN = ["", "1st", "2nd", "3rd"] + [f"{i}th" for i in range(4, 21)] + ["21st", "22nd", "23rd"] + \
       [f"{i}th" for i in range(24, 29)]

# ----------------------------------------------------------------- values

def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    return len(s) > 1 and luhn_digit(s[:-1]) == s[-1]


def rdigits(n: int) -> str:
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def gen_card() -> str:
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        body = "4" + rdigits(14)
    elif kind == "mc":
        body = str(R.randint(51, 55)) + rdigits(13)
    elif kind == "amex":
        body = R.choice(["34", "37"]) + rdigits(12)
    elif kind == "disc":
        body = "6011" + rdigits(11)
    elif kind == "visa13":
        body = "4" + rdigits(11)
    else:
        body = "6759" + rdigits(14)
    # sprinkle repeats so double/triple forms appear
    if R.random() < 0.5:
        i = R.randint(1, len(body) - 3)
        body = body[:i] + body[i] * 2 + body[i + 2:]
    return body + luhn_digit(body)


def gen_ssn() -> str:
    area = R.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni() -> str:
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdigits(6) + R.choice("ABCD")


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def gen_iban() -> str:
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "HLFX", "HBUK", "MIDL"]) + rdigits(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "ULSB", "IPBS"]) + rdigits(14)
    elif c == "DE":
        bban = rdigits(18)
    elif c == "FR":
        bban = rdigits(23)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "KNAB"]) + rdigits(10)
    else:
        bban = rdigits(20)
    del L
    return c + iban_check(c, bban) + bban


def gen_phone(region: str) -> str:
    if region == "UK":
        return "07" + rdigits(9)
    if region == "UKL":
        return "0" + R.choice(["20", "161", "121", "113", "131"]) + rdigits(7 if True else 8).ljust(7, "0") \
            if False else "020" + rdigits(8)
    if region == "US":
        return str(R.randint(2, 9)) + rdigits(2) + str(R.randint(2, 9)) + rdigits(6)
    if region == "IE":
        return "08" + R.choice("35679") + rdigits(7)
    raise ValueError(region)


FIRST = ["john", "sarah", "mike", "priya", "liam", "aoife", "dave", "karen", "tom", "fatima",
         "sean", "emma", "raj", "chloe", "marco", "niamh", "greg", "lucy", "omar", "beth"]
LAST = ["doe", "smith", "okafor", "patel", "murphy", "kowalski", "oneill", "brennan", "garcia",
        "nguyen", "hughes", "walsh", "fischer", "dubois", "jones", "reilly", "chen", "ahmed"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("hotmail", "com"), ("outlook", "ie"),
           ("btinternet", "com"), ("icloud", "com"), ("aol", "com"), ("live", "co.uk"),
           ("gmx", "de"), ("eircom", "net")]


def gen_email() -> tuple[str, str, str, str]:
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    sep = ""
    if style == 0:
        local = f + "." + l; sep = "."
    elif style == 1:
        local = f[0] + l
    elif style == 2:
        local = f + l + str(R.randint(1, 99))
    elif style == 3:
        local = f + "_" + l; sep = "_"
    else:
        local = f + "." + l + str(R.randint(70, 99)); sep = "."
    d, tld = R.choice(DOMAINS)
    return local, d, tld, sep


STREETS = ["elm", "maple", "oak", "church", "station", "high", "mill", "park", "victoria",
           "kings", "queens", "orchard", "willow", "cedar", "harbour", "castle", "grove", "albert"]
STYPES = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way", "terrace",
          "court", "boulevard", "place"]
UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "G", "EH", "CF", "BS", "L", "NG",
            "CB", "OX", "BT", "S", "RG"]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode() -> str:
    a = R.choice(UK_AREAS)
    dist = str(R.randint(1, 19)) if len(a) == 1 or R.random() < 0.6 else str(R.randint(1, 9))
    if len(dist) > 2:
        dist = dist[:2]
    return a + dist + " " + str(R.randint(1, 9)) + R.choice(PC_LET) + R.choice(PC_LET)


def gen_zip() -> str:
    return f"{R.randint(1001, 99950):05d}"

# ------------------------------------------------------------- speech forms

def zero_word() -> str:
    return R.choice(["zero", "oh", "oh", "o", "nought", "naught"] if R.random() < 0.5 else ["zero", "oh"])


def say_digit(d: str, homophones: bool = False) -> str:
    if d == "0":
        return zero_word()
    w = ONES[int(d)]
    if homophones and R.random() < 0.25:
        w = {"two": R.choice(["to", "too"]), "four": "for", "eight": "ate", "one": "won"}.get(w, w)
    return w


def say_pair(p: str) -> str:
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + ONES[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + ONES[b])


def say_group(g: str, homophones: bool = False, allow_runs: bool = True) -> str:
    """Digit-by-digit with optional double/triple."""
    out = []
    i = 0
    while i < len(g):
        d = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == d:
            run += 1
        if allow_runs and run >= 3 and R.random() < 0.6:
            out.append("triple " + say_digit(d)); i += 3; continue
        if allow_runs and run >= 2 and R.random() < 0.7:
            out.append("double " + say_digit(d)); i += 2; continue
        out.append(say_digit(d, homophones)); i += 1
    return " ".join(out)


def whisper_group(g: str, mode: str) -> str:
    """How a Whisper-style ASR may write one group of digits."""
    if mode == "num":
        if len(g) == 4 and R.random() < 0.2:
            return g[:2] + " " + g[2:]
        return g
    if mode == "pairs" and len(g) % 2 == 0:
        ws = []
        for k in range(0, len(g), 2):
            w = say_pair(g[k:k + 2])
            if g[k] not in "01" and g[k + 1] != "0":
                r = R.random()
                if r < 0.25:
                    w = w.replace(" ", "-")
                elif r < 0.35:
                    w = w.replace(" ", "")
            ws.append(w)
        return " ".join(ws)
    return say_group(g, homophones=True)


def chunk(s: str, sizes) -> list[str]:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def card_groups(c: str) -> list[str]:
    if len(c) == 15:
        return chunk(c, [4, 6, 5])
    if len(c) == 13:
        return chunk(c, [4, 4, 5])
    if len(c) == 19:
        return chunk(c, [4, 4, 4, 4, 3])
    return chunk(c, [4, 4, 4, 4])


def asr_read(groups: list[str], itn_prob: float = 0.3, pair_prob: float = 0.25,
             seps=(" ", " ", ", ", ". ", " ")) -> str:
    parts = []
    for g in groups:
        r = R.random()
        if r < itn_prob:
            parts.append(whisper_group(g, "num"))
        elif r < itn_prob + pair_prob and len(g) % 2 == 0:
            parts.append(whisper_group(g, "pairs"))
        else:
            parts.append(whisper_group(g, "words"))
    out = parts[0]
    for p in parts[1:]:
        sep = R.choice(seps)
        if sep == ". ":
            p = p[0].upper() + p[1:]
        out += sep + p
    return out


def letter_say(ch: str, mode: str) -> str:
    if mode == "nato":
        return f"{ch.lower()} for {NATO[ch]}"
    if mode == "cap":
        return ch
    return ch.lower()


def say_date(day: int, month: int, year: int, style: str) -> str:
    y = str(year)
    yw = say_pair(y[:2]) + " " + say_pair(y[2:]) if y[2] != "0" else \
        say_pair(y[:2]) + " " + zero_word() + " " + ONES[int(y[3])]
    if y.startswith("20"):
        yw = "two thousand and " + ONES[int(y[3])] if y[2] == "0" else "twenty " + say_pair(y[2:])
    if style == "words":
        return f"{ORD[day]} of {MONTHS[month - 1]} {yw}"
    if style == "us":
        return f"{MONTHS[month - 1]} {ORD[day]} {yw}"
    if style == "itn":
        return f"{MONTHS[month - 1].capitalize()} {ORDN[day]}, {year}"
    if style == "itn_uk":
        return f"{ORDN[day]} of {MONTHS[month - 1].capitalize()} {year}"
    if style == "mixed":
        return f"{ORDN[day]} {MONTHS[month - 1]} {yw}"
    if style == "itn_short":
        return f"{MONTHS[month - 1].capitalize()} {ORDN[day]} {say_pair(y[2:])}"
    if style == "slash_us":
        return f"{month:02d}/{day:02d}/{year}"
    if style == "slash_uk":
        return f"{day}/{month}/{y[2:]}" if R.random() < 0.5 else f"{day:02d}.{month:02d}.{year}"
    if style == "digits":
        return f"{say_pair(f'{day:02d}')} {say_pair(f'{month:02d}')} {yw}"
    raise ValueError(style)


def gen_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1942, 2004)

# ------------------------------------------------------------- case builder

class Case:
    def __init__(self, kind: str, note: str):
        self.kind, self.note = kind, note
        self.turns: list[dict] = []
        self.spans: list[dict] = []

    def t(self, speaker: str, *segs):
        text = ""
        idx = len(self.turns)
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                self.spans.append({"turn": idx, "start": len(text), "end": len(text) + len(val),
                                   "type": typ})
                text += val
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


POS: list[Case] = []
NEG: list[Case] = []


def pick(*xs):
    return R.choice(xs)

# ------------------------------------------------------------- positive templates

def p_card_one_turn():
    c = gen_card()
    ind = pick("telecom", "retail", "utilities", "travel", "insurance")
    k = Case("positive", f"call/{ind}: card read in one turn, whisper mixes numerals and words")
    reading = asr_read(card_groups(c), itn_prob=0.4, seps=(" ", " ", ", ", ". ", "-", " "))
    k.a(pick("Okay, and the long number across the front of the card?",
             "and the card number please", "Go ahead with the sixteen digits when you're ready."))
    k.c(pick("Yeah, it's ", "yeah so it's ", "Okay. ", "um right it's "), (reading, "CARD_NUMBER"),
        pick("", ".", " and that's it", "? yeah"))
    return k


def p_card_split():
    c = gen_card()
    groups = card_groups(c)
    ind = pick("insurance", "banking", "telecom", "healthcare billing")
    k = Case("positive", f"call/{ind}: card split across customer turns with back-channels")
    k.a(pick("Can I take the card number?", "ok whenever you're ready the card number"))
    first = True
    for g in groups:
        mode = pick("num", "words", "words", "pairs")
        txt = whisper_group(g, mode)
        if first:
            k.c(pick("Sure. ", "yeah ", "Right, "), (txt, "CARD_NUMBER"))
            first = False
        else:
            k.c((txt, "CARD_NUMBER"), pick("", "", "."))
        k.a(pick("mhm", "Mm-hmm.", "okay go on", "yep", "Uh-huh."))
    k.turns.pop()
    k.a(pick("and the expiry?", "Thank you. And the expiry date?"))
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp = pick(f"{say_pair(f'{mm:02d}')} {say_pair(str(yy))}", f"{mm:02d}/{yy}",
               f"{MONTHS[mm - 1]} twenty {say_pair(str(yy))}", f"{zero_word()} {ONES[mm % 10]} {yy}"
               if mm < 10 else f"{mm} {yy}")
    k.c(pick("it's ", "", "expires "), (exp, "EXPIRY"))
    return k


def p_card_selfcorrect():
    c = gen_card()
    g = card_groups(c)
    wrong = list(g[1]); wrong[-1] = str((int(wrong[-1]) + 3) % 10)
    k = Case("positive", "call/retail: card with mid-reading self-correction; label the corrected full reading")
    k.a("and the card number")
    reading = asr_read(g, itn_prob=0.3)
    k.c("it's ", say_group(g[0]), " ", say_group("".join(wrong)), pick(" no sorry sorry, ", " wait no. Let me start again. ", " — sorry, "),
        (reading, "CARD_NUMBER"))
    k.a(pick("thank you", "Perfect, thanks."))
    return k


def p_card_readback():
    c = gen_card()
    g = card_groups(c)
    k = Case("positive", "call/banking: customer reads card, agent reads it back with ITN numerals")
    k.a("What's the card number on the account?")
    k.c((asr_read(g, itn_prob=0.2), "CARD_NUMBER"))
    k.a("So that's ", (" ".join(g), "CARD_NUMBER"), pick(", correct?", " yeah?", "?"))
    k.c(pick("Yes that's right", "yep", "correct yeah"))
    cvv = rdigits(4 if len(c) == 15 else 3)
    k.a(pick("and the three digits on the back", "And the security code on the back?"))
    k.c(pick("", "um ", "Yeah, "), (asr_read([cvv], itn_prob=0.3, pair_prob=0.0), "CVV"))
    return k


def p_card_chat():
    c = gen_card()
    g = card_groups(c)
    sep = pick(" ", "-", "", " ", "  ")
    txt = sep.join(g)
    if R.random() < 0.3 and sep == " ":
        txt = " ".join(g[:2]) + g[2] + " " + " ".join(g[3:]) if len(g) > 3 else txt
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp = pick(f"{mm:02d}/{yy}", f"{mm}/{yy}", f"{mm:02d}-20{yy}", f"{mm:02d} {yy}")
    cvv = rdigits(4 if len(c) == 15 else 3)
    ind = pick("retail", "travel", "utilities", "telecom")
    k = Case("positive", f"chat/{ind}: card, expiry and cvv typed in one message")
    k.a("Please confirm the card you'd like to use for the £" + str(R.randint(12, 300)) + ".00 payment")
    k.c(pick("card ", "its ", "Card no: ", "ok "), (txt, "CARD_NUMBER"), pick(" exp ", ", expiry ", " exp. date "),
        (exp, "EXPIRY"), pick(" cvv ", " and cvc is ", " sec code "), (cvv, "CVV"))
    return k


def p_ssn_call():
    s = gen_ssn()
    g = [s[:3], s[3:5], s[5:]]
    ind = pick("banking", "insurance", "healthcare billing", "government services", "telecom")
    k = Case("positive", f"call/{ind} (US): SSN read with partial ITN and dashes/commas")
    k.a(pick("Can I get your social security number?", "and to verify, your social please",
             "I'll need the full social to continue."))
    style = R.randint(0, 3)
    if style == 0:
        txt = asr_read(g, itn_prob=0.35, pair_prob=0.2, seps=(" ", ", ", "-", " "))
    elif style == 1:
        txt = f"{g[0]}-{g[1]}-{g[2]}"
    elif style == 2:
        txt = say_group(g[0]) + " " + say_pair(g[1]) + " " + say_pair(g[2][:2]) + " " + say_pair(g[2][2:])
    else:
        txt = say_group(s, homophones=True)
    k.c(pick("Yeah, it's ", "sure ", "It is ", "uh "), (txt, "SSN"), pick("", ".", " I think yeah"))
    return k


def p_ssn_split():
    s = gen_ssn()
    g = [s[:3], s[3:5], s[5:]]
    k = Case("positive", "call/government services (US): SSN split over turns with back-channels, then DOB")
    k.a("okay go ahead with the social")
    k.c((whisper_group(g[0], pick("num", "words")), "SSN"))
    k.a(pick("mhm", "Okay."))
    k.c((whisper_group(g[1], pick("num", "words", "pairs")), "SSN"))
    k.a("go on")
    k.c((whisper_group(g[2], pick("num", "words", "pairs")), "SSN"), pick("", "."))
    k.a(pick("Thank you. I have it noted, ", "thanks Mr Garcia, "), "and your date of birth?")
    d, m, y = gen_dob()
    k.c(pick("", "It's "), (say_date(d, m, y, pick("us", "itn", "slash_us")), "DOB"))
    return k


def p_ssn_chat():
    s = gen_ssn()
    fmt = R.randint(0, 3)
    txt = [f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}"][fmt]
    k = Case("positive", "chat/insurance (US): SSN typed with a ZIP and claim number nearby")
    z = gen_zip()
    k.c(pick("hi my claim # is ", "Hello, claim ref "), str(R.randint(100000, 999999)),
        pick(" and ssn is ", ". SSN: ", ", my social "), (txt, "SSN"),
        pick(" zip ", ", zip code "), (z, "POSTCODE"))
    k.a("Thanks, let me pull that up.")
    return k


def ni_read(n: str, style: int) -> str:
    letters1, digits, suffix = n[:2], n[2:8], n[8]
    if style == 0:
        return f"{letters1[0]} {letters1[1]} {say_group(digits[:2])} {say_group(digits[2:4])} {say_group(digits[4:])} {suffix}"
    if style == 1:
        return f"{letters1} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    if style == 2:
        return (f"{letter_say(letters1[0], 'nato')} {letter_say(letters1[1], 'nato')} "
                f"{say_pair(digits[:2])} {say_pair(digits[2:4])} {say_pair(digits[4:])} "
                f"{letter_say(suffix, 'nato')}")
    if style == 3:
        return f"{letters1[0].lower()} {letters1[1].lower()} {say_group(digits, homophones=True)} {suffix.lower()}"
    if style == 4:
        return f"{letters1}{digits[:2]} {digits[2:]}{suffix}"
    return f"{letters1[0]}, {letters1[1]}, {digits[:2]}, {say_pair(digits[2:4])}, {digits[4:]}, {suffix}"


def p_ni_call():
    n = gen_ni()
    ind = pick("government services", "banking", "insurance", "utilities", "healthcare billing")
    k = Case("positive", f"call/{ind} (UK): national insurance number, ASR letters/numerals mixed")
    k.a(pick("And your national insurance number?", "can you give me your N.I. number please",
             "I just need your National Insurance to confirm."))
    k.c(pick("yeah it's ", "Yes, ", "right so ", "Yeah. "), (ni_read(n, R.randint(0, 5)), "NI_NUMBER"))
    k.a(pick("Lovely, thank you.", "thanks"))
    return k


def p_ni_split():
    n = gen_ni()
    k = Case("positive", "call/government services (UK): NI number split over turns, agent reads back")
    k.a("national insurance number please")
    k.c(pick("", "it's "), (f"{n[0]} {n[1]}" if R.random() < 0.5 else letter_say(n[0], 'nato') + " " + letter_say(n[1], 'nato'), "NI_NUMBER"))
    k.a(pick("yep", "mhm"))
    k.c((asr_read([n[2:4], n[4:6], n[6:8]], itn_prob=0.3, pair_prob=0.4), "NI_NUMBER"))
    k.a(pick("and the letter at the end?", "and the last letter"))
    k.c(pick("", "it's "), (pick(n[8], n[8].lower(), letter_say(n[8], 'nato')), "NI_NUMBER"))
    k.a("So ", (f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", "NI_NUMBER"), "?")
    k.c("yes")
    return k


def p_ni_chat():
    n = gen_ni()
    txt = pick(f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n, n.lower(), f"{n[:2]}{n[2:8]} {n[8]}",
               f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}")
    k = Case("positive", "chat/government services (UK): NI typed with odd case/separators")
    k.c(pick("my ni is ", "NI no. ", "National insurance: ", "ni number "), (txt, "NI_NUMBER"),
        pick(" thanks", "", " - need to update my address", " x"))
    if R.random() < 0.5:
        pc = gen_uk_postcode()
        k.c("new postcode is ", (pick(pc, pc.lower(), pc.replace(" ", "")), "POSTCODE"))
    return k


def p_bank_call():
    sc = rdigits(6)
    acct = rdigits(8)
    k = Case("positive", "call/banking (UK): sort code and account number with whisper pairs and dashes")
    k.a(pick("Can I take the sort code?", "and the sort code for the account"))
    sct = pick(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", asr_read([sc[:2], sc[2:4], sc[4:]], 0.3, 0.5, (" ", ", ", " dash ")),
               say_group(sc, True))
    k.c(pick("", "it's ", "Yeah, "), (sct, "SORT_CODE"))
    k.a(pick("and the account number", "Lovely, and the eight digit account number?"))
    at = asr_read([acct[:4], acct[4:]], 0.35, 0.3)
    k.c((at, "BANK_ACCOUNT"), pick("", ".", " that's the joint one"))
    return k


def p_bank_us():
    acct = rdigits(R.choice([9, 10, 12]))
    k = Case("positive", "call/banking (US): checking account number plus routing-free chit-chat")
    k.a("What's the account number you'd like the $" + str(R.randint(20, 900)) + " refund to go to?")
    parts = chunk(acct, [3, 3, 4, 2])
    k.c(pick("Uh, so it's ", "Okay, it's "), (asr_read(parts, 0.4, 0.2), "BANK_ACCOUNT"),
        pick(", it's a checking account", ""))
    return k


def p_bank_chat():
    sc = rdigits(6); acct = rdigits(8)
    k = Case("positive", "chat/utilities (UK): direct debit details typed")
    k.c(pick("sort code ", "s/c "), (pick(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"), "SORT_CODE"),
        pick(" acc ", " account no ", ", a/c "), (pick(acct, acct[:4] + " " + acct[4:]), "BANK_ACCOUNT"),
        pick(" pls take on the 1st", " thanks", " for the dd on 15th"))
    return k


def say_iban(ib: str) -> str:
    mode = R.randint(0, 3)
    if mode == 0:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    parts = []
    for i in range(0, len(ib), 4):
        g = ib[i:i + 4]
        if g.isdigit():
            parts.append(g if R.random() < 0.4 else say_group(g))
        else:
            ws = []
            for ch in g:
                if ch.isdigit():
                    ws.append(say_digit(ch) if mode != 3 else ch)
                else:
                    ws.append(letter_say(ch, "nato" if mode == 2 else "cap"))
            parts.append(" ".join(ws))
    return " ".join(parts) if mode != 1 else ", ".join(parts)


def p_iban():
    ib = gen_iban()
    ch = pick("call", "call", "chat")
    k = Case("positive", f"{ch}/banking (EU/IE/UK): IBAN " + ("spoken with partial ITN" if ch == "call" else "typed"))
    k.a(pick("Could you give me the IBAN?", "and the iban for the refund"))
    if ch == "call":
        k.c(pick("yeah it's ", "Okay, ", "sure "), (say_iban(ib), "IBAN"))
    else:
        txt = pick(ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib.lower())
        k.c(pick("IBAN: ", "iban ", ""), (txt, "IBAN"), pick("", " (my wifes acct)", " thx"))
    return k


def say_phone(p: str, intl: bool) -> str:
    if p.startswith("020"):
        g = [p[:3], p[3:7], p[7:]]
    elif len(p) == 11:
        g = [p[:5], p[5:8], p[8:]]
    else:
        g = [p[:3], p[3:6], p[6:]]
    if intl:
        cc = "44" if len(p) == 11 and p.startswith("0") and p[1] == "7" else ("1" if len(p) == 10 and p[0] != "0" else "353")
        rest = p[1:] if p.startswith("0") else p
        return pick("plus " + " ".join(ONES[int(x)] for x in cc) + " ", f"+{cc} ") + asr_read(chunk(rest, [3, 3, 4]), 0.5, 0.1)
    return asr_read(g, 0.35, 0.25, (" ", ", ", "-", " "))


def p_phone_call():
    reg = pick("UK", "US", "IE", "UKL")
    p = gen_phone(reg)
    intl = R.random() < 0.3 and reg != "UKL"
    ind = pick("telecom", "utilities", "travel", "retail", "insurance")
    k = Case("positive", f"call/{ind} ({reg}): phone number with whisper ITN / grouping")
    k.a(pick("And the best number to reach you on?", "what's a good callback number", "Can I confirm the mobile number?"))
    k.c(pick("yeah it's ", "Uh, ", "It's "), (say_phone(p, intl), "PHONE"),
        pick("", ". Any time after 5", " but not before 9am", "."))
    return k


def p_phone_split():
    p = gen_phone(pick("UK", "US"))
    g = [p[:5], p[5:8], p[8:]] if len(p) == 11 else [p[:3], p[3:6], p[6:]]
    k = Case("positive", "call/telecom: phone number over three turns with a self-correction in the middle")
    k.a("what's the number that's having the problem")
    k.c((whisper_group(g[0], pick("num", "words")), "PHONE"))
    k.a("mhm")
    wrong = str((int(g[1][0]) + 1) % 10)
    k.c(say_digit(wrong), pick(" no, ", " sorry "), (say_group(g[1]), "PHONE"))
    k.a("okay")
    k.c((whisper_group(g[2], pick("num", "words", "pairs")), "PHONE"))
    k.a("Thanks, and it's been down for about 3 days?")
    k.c("yeah since Tuesday")
    return k


def say_email(local: str, d: str, tld: str, mode: int) -> str:
    if mode == 0:
        l = local.replace(".", " dot ").replace("_", " underscore ")
        return f"{l} at {d} dot {tld.replace('.', ' dot ')}"
    if mode == 1:
        return f"{local} at {d}.{tld}"
    if mode == 2:
        return f"{local}@{d}.{tld}"
    if mode == 3:
        l = re.sub(r"(\d+)", lambda m: " " + " ".join(ONES[int(x)] for x in m.group(1)), local)
        l = l.replace(".", " dot ").replace("_", " underscore ")
        return f"{l} at {d} dot {tld.replace('.', ' dot ')}"
    return f"{local.capitalize()} at {d.capitalize()} dot {tld.replace('.', ' dot ')}"


def p_email():
    local, d, tld, sep = gen_email()
    ch = pick("call", "call", "chat")
    ind = pick("retail", "travel", "telecom", "insurance", "utilities")
    k = Case("positive", f"{ch}/{ind}: email address " + ("as ASR writes it" if ch == "call" else "typed"))
    k.a(pick("and the email address on the account?", "What's your email, please?"))
    if ch == "call":
        txt = say_email(local, d, tld, R.choice([0, 1, 3, 4]))
        k.c(pick("it's ", "Yeah, it's ", "uh "), (txt, "EMAIL"), pick("", ", all lower case", ". Thanks."))
    else:
        txt = f"{local}@{d}.{tld}"
        if R.random() < 0.3:
            txt = txt.upper() if R.random() < 0.3 else txt.capitalize()
        k.c(pick("", "email is ", "its "), (txt, "EMAIL"), pick("", " thanks", " pls send receipt"))
    return k


def p_dob():
    d, m, y = gen_dob()
    ch = pick("call", "call", "call", "chat")
    ind = pick("healthcare billing", "insurance", "banking", "government services", "telecom")
    k = Case("positive", f"{ch}/{ind}: date of birth " + ("with whisper date normalisation" if ch == "call" else "typed"))
    k.a(pick("Can I take your date of birth?", "and your date of birth please", "To verify, what's your DOB?"))
    if ch == "call":
        st = pick("words", "us", "itn", "itn_uk", "mixed", "digits", "itn_short")
        k.c(pick("yeah it's ", "Sure, ", "", "it's the "), (say_date(d, m, y, st), "DOB"))
    else:
        k.c(pick("dob ", "", "born "), (say_date(d, m, y, pick("slash_us", "slash_uk")), "DOB"))
    k.a(pick("Thank you, and the appointment on the 3rd is still fine?", "Thanks.", "Great, I've found you."))
    return k


def say_postcode(pc: str, style: int) -> str:
    out, prev_digit = [], False
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(ch if style == 1 else say_digit(ch))
        else:
            out.append(letter_say(ch, "nato" if style == 2 else ("cap" if style != 3 else "low")))
    if style == 4:
        return pc
    return " ".join(out)


def p_address_uk():
    num = R.randint(1, 240)
    st = R.choice(STREETS) + " " + R.choice(STYPES)
    pc = gen_uk_postcode()
    ch = pick("call", "call", "chat")
    ind = pick("utilities", "retail", "insurance", "telecom", "government services")
    k = Case("positive", f"{ch}/{ind} (UK): street address and postcode")
    k.a(pick("And the first line of the address?", "What's the address for the delivery?"))
    if ch == "call":
        nt = pick(str(num), " ".join(ONES[int(x)] for x in str(num)), say_pair(f"{num:02d}") if num < 100 else str(num))
        stt = st if R.random() < 0.5 else st.title()
        k.c(pick("it's ", "yeah ", "Flat 2, "), (nt + " " + stt, "ADDRESS"))
        k.a("and the postcode")
        k.c((say_postcode(pc, R.randint(0, 4)), "POSTCODE"))
    else:
        k.c((f"{num} {st.title()}", "ADDRESS"), pick(", Leeds ", " ", ", london, "), (pick(pc, pc.lower(), pc.replace(" ", "")), "POSTCODE"))
    return k


def p_address_us():
    num = R.randint(10, 9800)
    st = R.choice(STREETS) + " " + R.choice(STYPES)
    z = gen_zip()
    ch = pick("call", "chat")
    k = Case("positive", f"{ch}/retail (US): street address and ZIP, whisper ITN on house number")
    k.a("What's the shipping address?")
    if ch == "call":
        if num >= 1000 and R.random() < 0.5:
            nt = say_pair(str(num)[:2]) + " " + say_pair(str(num)[2:]) if str(num)[2] != "0" else str(num)
        else:
            nt = str(num)
        k.c((nt + " " + st.title(), "ADDRESS"), pick(", Apartment 4B, Dayton, Ohio ", " in Austin, Texas. ", ", Portland "),
            (pick(z, say_group(z), z[:2] + " " + z[2:]), "POSTCODE"))
    else:
        k.c("ship to ", (f"{num} {st.title()}", "ADDRESS"), pick(" Apt 3, Denver CO ", ", Tampa FL "), (z, "POSTCODE"))
    k.a("Got it, it'll arrive in 3 to 5 business days.")
    return k


def p_multi():
    """Everything in a verification flow, mixed with non-PII numbers."""
    reg = pick("UK", "US")
    k = Case("positive", f"call/insurance ({reg}): verification flow with several PII types and non-PII numbers")
    k.a(f"Thanks for calling, your policy renewal is ${R.randint(200, 900)} this year. Can I take your date of birth?")
    d, m, y = gen_dob()
    k.c((say_date(d, m, y, pick("itn", "us", "words")), "DOB"), pick(". And I'm calling about the 2:30 appointment", ""))
    if reg == "UK":
        n = gen_ni()
        k.a("and your national insurance number")
        k.c((ni_read(n, R.randint(0, 5)), "NI_NUMBER"))
        p = gen_phone("UK")
    else:
        s = gen_ssn()
        k.a("and the last... actually the full social please")
        k.c((asr_read([s[:3], s[3:5], s[5:]], 0.4, 0.2), "SSN"))
        p = gen_phone("US")
    k.a("and a phone number")
    k.c((say_phone(p, False), "PHONE"), " and it's ", str(R.randint(2, 9)), " cars on the policy")
    return k


def p_two_in_one():
    k = Case("positive", "call/healthcare billing (US): SSN and DOB in the same customer turn with filler")
    s = gen_ssn(); d, m, y = gen_dob()
    k.a("I need your social and date of birth")
    k.c("okay so social is ", (asr_read([s[:3], s[3:5], s[5:]], 0.3, 0.3), "SSN"), pick(" um and ", " and uh my birthday is ", ". Birthday "),
        (say_date(d, m, y, pick("us", "itn", "slash_us")), "DOB"), pick("", " so I'm 41"))
    return k


def p_expiry_cvv_call():
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cvv = rdigits(3)
    k = Case("positive", "call/travel: expiry and CVV asked separately, whisper ITN")
    k.a("What's the expiry on the card?")
    exp = pick(f"{mm:02d}/{yy}", f"{say_pair(f'{mm:02d}')} {say_pair(str(yy))}", f"{MONTHS[mm - 1].capitalize()} 20{yy}",
               f"{mm:02d} {yy}", f"{ONES[mm] if mm < 10 else TEENS[mm - 10]} {say_pair(str(yy))}")
    k.c(pick("it's ", "Expires ", ""), (exp, "EXPIRY"))
    k.a("and the three digit security code on the back")
    k.c(pick("", "uh, ", "It's "), (pick(cvv, say_group(cvv, True), say_digit(cvv[0]) + " " + say_pair(cvv[1:]) if cvv[1] != "0" else cvv), "CVV"))
    k.a(f"Thank you, that's £{R.randint(10, 99)}.{R.randint(10, 99)} taken.")
    return k


POS_TEMPLATES = [
    (p_card_one_turn, 14), (p_card_split, 10), (p_card_selfcorrect, 6), (p_card_readback, 8), (p_card_chat, 8),
    (p_ssn_call, 12), (p_ssn_split, 8), (p_ssn_chat, 6), (p_two_in_one, 5),
    (p_ni_call, 14), (p_ni_split, 8), (p_ni_chat, 8),
    (p_bank_call, 10), (p_bank_us, 5), (p_bank_chat, 5), (p_iban, 18),
    (p_phone_call, 12), (p_phone_split, 5), (p_email, 18), (p_dob, 10),
    (p_address_uk, 10), (p_address_us, 7), (p_multi, 8), (p_expiry_cvv_call, 8),
]

# ------------------------------------------------------------- negative templates

def n_amounts():
    k = Case("negative", "call/utilities: bill amounts and dates, whisper ITN money")
    a1, a2 = R.randint(20, 400), R.randint(10, 99)
    k.a(f"Your balance is ${a1}.{a2}, and the next payment of {say_pair(str(R.randint(21, 99)))} dollars is due on the {ORDN[R.randint(1, 28)]}.")
    k.c(pick("okay can I pay forty four fifty today", "right and last month was like $38", "so it went up 12%?"))
    k.a(f"It went up about {R.randint(3, 15)} percent, from {R.randint(50, 90)} to {R.randint(91, 140)} pounds.")
    return k


def n_order_ref():
    ref = rdigits(R.randint(6, 9))
    word = pick("order number", "ticket number", "claim number", "reference", "invoice number", "case number")
    k = Case("negative", f"call/retail: {word} spoken digit by digit (not PII)")
    k.a(f"Do you have your {word}?")
    k.c(pick("yeah it's ", "Yes. "), asr_read(chunk(ref, [3, 3, 3]), 0.3, 0.2))
    k.a(f"Thanks, I can see the {word} there, {R.randint(2, 6)} items shipped on the {ORDN[R.randint(1, 28)]}.")
    return k


def n_flight():
    fl = pick("BA", "EI", "FR", "UA", "DL", "LH") + str(R.randint(100, 9999))
    k = Case("negative", "call/travel: flight number, times and gate (not PII)")
    k.a(f"Your flight {fl} departs at {R.randint(1, 12)}:{pick('05', '15', '30', '45')} from gate {R.randint(1, 60)}.")
    k.c(f"and what time does it land? is it {pick('four thirty', '6:15', 'quarter past nine')}")
    k.a(f"It lands at {R.randint(13, 23)}:{pick('10', '20', '50')} local time, flight time {R.randint(2, 11)} hours {R.randint(5, 55)} minutes.")
    return k


def n_appointment():
    k = Case("negative", "call/healthcare billing: appointment and payment dates, not birth dates")
    d, m = R.randint(1, 28), R.randint(1, 12)
    k.a(f"I can book you in for {MONTHS[m - 1]} {ORD[d]} at {R.randint(8, 11)} {pick('a.m', 'am', 'AM')}.")
    k.c(pick("great and the payment plan started on ", "the last payment was on "), say_date(R.randint(1, 28), R.randint(1, 12), R.randint(2021, 2026), pick("itn", "words", "slash_us")))
    k.a(f"Yes, {R.randint(3, 12)} payments of ${R.randint(25, 150)} remaining.")
    return k


def n_meter():
    reading = rdigits(5)
    k = Case("negative", "call/utilities: meter reading and kWh usage (not PII)")
    k.a("Could you read me the numbers on the meter?")
    k.c("yeah it says ", asr_read([reading], 0.5, 0.0), pick(" then a red one", ""), ". and the night one is ", str(R.randint(1000, 9999)))
    k.a(f"Thanks, that's about {R.randint(200, 900)} kWh this quarter, {R.randint(10, 40)} pence per unit.")
    return k


def n_model():
    k = Case("negative", "chat/telecom: device model numbers, speeds, data amounts")
    k.c(f"my router model {pick('TG', 'HG', 'VR')}{R.randint(100, 9999)} keeps dropping, speed is {R.randint(2, 80)} Mbps not {R.choice([100, 500, 900])}")
    k.a(f"Sorry about that. You're on the {R.choice([150, 500, 900])}Mb plan with {R.randint(10, 200)}GB used this month; I'll reset the line, takes {R.randint(5, 20)} mins.")
    return k


def n_room():
    k = Case("negative", "call/travel: hotel room number, nights, guests, price")
    k.a(f"You're in room {R.randint(100, 1299)} for {say_pair(f'{R.randint(2, 9):02d}').replace('oh ', '').replace('zero ', '').replace('o ', '').replace('nought ', '')} nights, {R.randint(1, 4)} guests.")
    k.c(f"and it was {R.randint(89, 300)} euro a night right? checkout at {R.randint(10, 12)}")
    k.a(f"Correct, total €{R.randint(300, 1500)}, breakfast from 7:{pick('00', '30')}.")
    return k


def n_age_temp():
    k = Case("negative", "call/healthcare billing: ages, temperature, counts, year")
    k.c(f"my son is {pick('seven', '12', 'nineteen', 'four')} and he had a temperature of {R.randint(37, 40)}.{R.randint(1, 9)} back in {R.randint(2019, 2025)}")
    k.a(f"Okay, that visit was {R.randint(2, 5)} years ago; the bill shows {R.randint(2, 6)} items totalling ${R.randint(100, 2000)}.")
    return k


def n_balance():
    k = Case("negative", "chat/banking: account balance, interest rate, overdraft (not account numbers)")
    k.c(f"why is my balance -£{R.randint(10, 900)}.{R.randint(10, 99)} i thought my overdraft was {R.choice([250, 500, 1000])}")
    k.a(f"Your arranged overdraft is £{R.choice([250, 500, 1000])} at {R.randint(15, 40)}.{R.randint(1, 9)}% EAR, and {R.randint(2, 6)} payments went out on the {ORDN[R.randint(1, 28)]}.")
    return k


def n_contract():
    k = Case("negative", "call/telecom: contract start/end dates, months, tariff price")
    y = R.randint(2022, 2026)
    k.a(f"Your contract started on {say_date(R.randint(1, 28), R.randint(1, 12), y, pick('itn', 'us', 'words'))} and runs {pick('24', 'twenty four', '18')} months.")
    k.c(f"and it's {say_pair(str(R.randint(21, 59)))} {pick('pound', 'quid', 'dollars')} a month after that?")
    k.a(f"Yes, rising to £{R.randint(20, 60)}.{R.randint(10, 99)} in April by CPI plus 3.9%.")
    return k


def n_spoken_count():
    k = Case("negative", "call/retail: quantities and durations spoken as words, whisper partial ITN")
    k.c(f"I ordered {pick('two', 'three', '4', 'six')} boxes and waited like {pick('forty five minutes', '2 hours', 'twenty minutes')} on hold, then another {pick('ten', '15')} minutes")
    k.a(f"I'm sorry. I'll refund the ${R.randint(5, 30)} delivery and add {R.randint(100, 500)} points.")
    return k


def n_ref_ticket_chat():
    k = Case("negative", "chat/insurance: claim and policy reference typed with prefixes")
    k.c(f"claim ref CLM-{rdigits(7)} policy no. POL{rdigits(6)} — excess was £{R.randint(100, 500)}")
    k.a(f"Thanks, claim CLM is with the assessor, expect a call within {R.randint(2, 10)} working days.")
    return k


def n_speed_distance():
    k = Case("negative", "call/insurance: accident details, speeds, distances, times")
    k.c(f"I was doing about {pick('thirty', '30', 'twenty five')} miles an hour on the A{R.randint(1, 999)} at {R.randint(1, 11)}:{pick('15', '40', '05')} and the other car was in lane {R.randint(1, 3)}")
    k.a(f"Thank you, and the damage estimate was ${R.randint(800, 5000)}, about {R.randint(2, 30)} miles from home?")
    return k


def n_years_pct():
    k = Case("negative", "call/banking: years, percentages, loan term, whisper ITN mixed with words")
    k.c(f"I've been with you since {pick('2009', 'two thousand and nine', 'nineteen ninety eight', '2015')} and the rate went from {R.randint(2, 5)}.{R.randint(1, 9)}% to like {pick('six point two', 'five and a half')} percent")
    k.a(f"I understand. The {pick('25', 'thirty', '15')} year term has {R.randint(100, 300)} payments left of £{R.randint(400, 1900)}.{R.randint(10, 99)}, next on the 1st.")
    return k


def n_booking_ref():
    ref = pick("ABC", "XKQ", "LMZ", "RTW") + str(R.randint(100, 999))
    k = Case("negative", "call/travel: booking reference with letters and digits, party size, times (not PII)")
    k.a("What's the booking reference?")
    k.c(f"it's {' '.join(ref[:3])} {say_group(ref[3:])}, {pick('two', '3', 'four')} adults, checking in at {pick('3pm', 'three o clock', '15:00')}")
    k.a(f"Got it, {R.randint(2, 14)} nights, pick-up at {R.randint(6, 11)}:{pick('00', '30')} from terminal {R.randint(1, 5)}.")
    return k


NEG_TEMPLATES = [(n_years_pct, 6), (n_booking_ref, 6),
    (n_amounts, 9), (n_order_ref, 12), (n_flight, 7), (n_appointment, 9), (n_meter, 7), (n_model, 7),
    (n_room, 6), (n_age_temp, 7), (n_balance, 7), (n_contract, 8), (n_spoken_count, 7),
    (n_ref_ticket_chat, 7), (n_speed_distance, 7),
]

# ------------------------------------------------------------- build

def build() -> list[dict]:
    global R
    R = random.Random(SEED)
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    out = []
    for i, k in enumerate(pos, 1):
        out.append({"id": f"h209-pos-{i:03d}", "kind": "positive", "turns": k.turns, "spans": k.spans, "note": k.note})
    for i, k in enumerate(neg, 1):
        out.append({"id": f"h209-neg-{i:03d}", "kind": "negative", "turns": k.turns, "spans": [], "note": k.note})
    return out


def render(cases: list[dict]) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)

# ------------------------------------------------------------- normaliser / checks

WORD_DIG = {w: str(i) for i, w in enumerate(ONES)}
WORD_DIG.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "to": "2", "too": "2", "for": "4", "ate": "8",
                 "won": "1"})
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
FILLER = {"um", "uh", "er", "dash", "and", "sorry", "it", "its", "s", "plus"}


def normalise(text: str) -> str:
    """Spoken/typed value -> string of [A-Z0-9] (plus @ . _ for e-mails not handled here)."""
    toks = re.findall(r"[A-Za-z]+|\d+", text.replace("x-ray", "xray").replace("X-ray", "xray"))
    toks = [t.lower() if not t.isdigit() else t for t in toks]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t); i += 1; continue
        if len(t) == 1 and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2] in NATO_REV \
                and NATO_REV[toks[i + 2]] == t.upper():
            out.append(t.upper()); i += 3; continue
        if t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORD_DIG:
            out.append(WORD_DIG[toks[i + 1]] * (2 if t == "double" else 3)); i += 2; continue
        if t in TENS and t:
            v = TENS.index(t)
            if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                out.append(f"{v}{ONES.index(toks[i + 1])}"); i += 2; continue
            out.append(f"{v}0"); i += 1; continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t))); i += 1; continue
        m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(one|two|three|four|five|six|seven|eight|nine)", t)
        if m:
            out.append(f"{TENS.index(m.group(1))}{ONES.index(m.group(2))}"); i += 1; continue
        if t in WORD_DIG:
            out.append(WORD_DIG[t]); i += 1; continue
        if t in NATO_REV:
            out.append(NATO_REV[t]); i += 1; continue
        if len(t) == 1:
            out.append(t.upper()); i += 1; continue
        if t in FILLER:
            i += 1; continue
        if len(t) <= 4:
            out.append(t.upper()); i += 1; continue
        out.append("?" + t + "?"); i += 1
    return "".join(out)


def digits_only(s: str) -> str:
    return re.sub(r"\D", "", s)


def partition_ok(s: str, lo: int, hi: int, pred) -> bool:
    n = len(s)
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        for L in range(lo, hi + 1):
            if i + L <= n and pred(s[i:i + L]):
                ok[i + L] = True
    return ok[n] and n > 0


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$")


def norm_email(t: str) -> str:
    s = " " + t.lower() + " "
    s = s.replace(" at ", "@").replace(" dot ", ".").replace(" underscore ", "_")
    for w, dg in WORD_DIG.items():
        if len(w) > 2 and w in ONES:
            s = re.sub(rf"\b{w}\b", dg, s)
    return s.replace(" ", "")


def check(cases: list[dict], text: str) -> list[str]:
    errs = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = Counter()
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            errs.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(f"{cid}: positive without spans")
        if not c["id"].startswith("h209-" + c["kind"][:3]):
            errs.append(f"{cid}: id/kind mismatch")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append(f"{cid}: bad turn")
        by_type: dict[str, list[str]] = {}
        last = {}
        for sp in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if sp["type"] not in TYPES:
                errs.append(f"{cid}: bad type {sp['type']}"); continue
            if not (0 <= sp["turn"] < len(c["turns"])):
                errs.append(f"{cid}: bad turn index"); continue
            tx = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                errs.append(f"{cid}: offsets out of range"); continue
            if (s > 0 and tx[s - 1].isalnum()) or (e < len(tx) and tx[e].isalnum()):
                errs.append(f"{cid}: span not on word boundary: {tx[s:e]!r}")
            if not (tx[s].isalnum() or tx[s] == "+") or not tx[e - 1].isalnum():
                errs.append(f"{cid}: span edge not alnum: {tx[s:e]!r}")
            if last.get(sp["turn"], -1) > s:
                errs.append(f"{cid}: overlapping spans")
            last[sp["turn"]] = e
            counts[sp["type"]] += 1
            by_type.setdefault(sp["type"], []).append(tx[s:e])
        for typ, vals in by_type.items():
            bad = validate(typ, vals)
            if bad:
                errs.append(f"{cid}: {typ} invalid: {bad}")
    return errs, counts


def validate(typ: str, vals: list[str]):
    if typ == "EMAIL":
        for v in vals:
            e = norm_email(v)
            if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e):
                return e
        return None
    if typ == "ADDRESS":
        for v in vals:
            n = v.lower().split()
            if n[-1] not in STYPES or not normalise(" ".join(n[:-2])).isdigit():
                return v
        return None
    if typ == "DOB":
        for v in vals:
            low = v.lower()
            if not (any(m in low for m in MONTHS) or re.search(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", v)
                    or re.search(r"nineteen|two thousand|twenty", low)):
                return v
        return None
    if typ == "EXPIRY":
        vals = [re.sub("|".join(MONTHS), lambda m: str(MONTHS.index(m.group(0)) + 1), v.lower()) for v in vals]
    norms = [normalise(v) for v in vals]
    for n in norms:
        if "?" in n:
            return n
    joined = "".join(norms)
    if typ == "CARD_NUMBER":
        ok = joined.isdigit() and partition_ok(joined, 13, 19, luhn_ok)
    elif typ == "SSN":
        ok = joined.isdigit() and len(joined) % 9 == 0 and all(
            joined[i:i + 3] not in ("000", "666") and joined[i] != "9" for i in range(0, len(joined), 9))
    elif typ == "NI_NUMBER":
        ok = len(joined) % 9 == 0 and all(NI_RE.match(joined[i:i + 9]) for i in range(0, len(joined), 9))
    elif typ == "SORT_CODE":
        ok = joined.isdigit() and len(joined) % 6 == 0
    elif typ == "BANK_ACCOUNT":
        ok = joined.isdigit() and all(6 <= len(n) <= 12 for n in norms)
    elif typ == "CVV":
        ok = joined.isdigit() and all(len(n) in (3, 4) for n in norms)
    elif typ == "EXPIRY":
        ok = all(re.fullmatch(r"(0?[1-9]|1[0-2])(20)?(2[6-9]|3[01])", n) for n in [digits_only(x) for x in norms]) \
            or all(any(m in v.lower() for m in MONTHS) for v in vals)
        if not ok:
            ok = all(any(m in v.lower() for m in MONTHS) or re.fullmatch(r"(0?[1-9]|1[0-2])(20)?(2[6-9]|3[01])", n)
                     for v, n in zip(vals, norms))
    elif typ == "PHONE":
        ok = joined.isdigit() and partition_ok(joined, 10, 13, lambda x: True)
    elif typ == "IBAN":
        ok = all(iban_ok(n) for n in norms)
    elif typ == "POSTCODE":
        ok = all(UK_PC.match(n) or re.fullmatch(r"\d{5}(\d{4})?", n) for n in norms)
    else:
        ok = False
    return None if ok else norms


def readme(counts: Counter, npos: int, nneg: int) -> str:
    rows = "\n".join(f"| {t} | {counts[t]} |" for t in TYPES)
    return f"""# PII hold-out set 209

**Never use this set for tuning.** It exists only to measure the redactor on data it was not
developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the redaction
code, its tests, its documentation or any other evaluation set; the only existing data consulted
was a three-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout209.py` from template functions: every turn is assembled from plain-text
segments and `(value, TYPE)` segments so span offsets are computed, never typed. All values come
from one `random.Random({SEED})`; the output is byte-for-byte reproducible
(`--check` regenerates and compares, and validates every span).

Emphasis: phone calls as a Whisper-style recogniser writes them: partial inverse text
normalisation (some groups as numerals, others as words in the same reading), added
capitalisation and punctuation (", " and ". " between groups), digit homophones (to/too/for/ate/won),
oh/o/nought for zero, double/triple, pairs ("forty one eleven"), NATO spelling ("b for bravo"),
values split across turns with back-channels, self-corrections, agent read-backs, two values in
one turn. Chat cases use typed formats with varied separators and case.

## Annotation conventions

* A span covers the value only: from the first to the last character of the reading,
  including separators, fillers or "double"/"triple" words *inside* it, excluding lead-ins
  ("it's", "yeah") and trailing punctuation.
* Values split over turns: each fragment is its own span of the same type.
* Self-corrections: only the final (corrected) full reading is labelled; the abandoned start is
  left unlabelled (redacting it is not penalised in a positive case).
* Agent read-backs of a value are labelled too.
* ADDRESS = house number + street name + street type (no flat, city, state); POSTCODE is a
  separate span (UK postcode or US ZIP).
* DOB = the date expression (day, month, year) only; lead-ins such as "it's the" and "born" are
  outside the span.
* PHONE includes a leading "+" / "plus <country code>" when given.
* Digit homophones an ASR writes inside a reading ("to", "too", "for", "ate", "won") are part of
  the value and inside the span.
* EXPIRY = month and year; CVV = the digits only.
* Negatives contain lookalikes only (money, times, durations, counts, years, percentages,
  appointment/payment/contract dates, order/ticket/claim/reference numbers with their reference
  word, flight/room/model numbers, meter readings, speeds, ages, temperatures, balances) and
  must have nothing redacted.

## Counts

Positives: {npos}. Negatives: {nneg}.

| type | spans |
|---|---|
{rows}
"""


def main() -> int:
    cases = build()
    text = render(cases)
    errs, counts = check(cases, text)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        # re-verify from the file on disk
        if CASES.exists():
            disk = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines()]
            e2, _ = check(disk, "")
            errs.extend(e2)
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    for t in TYPES:
        if counts[t] < (30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12):
            errs.append(f"too few {t}: {counts[t]}")
    if npos < 170 or nneg < 100:
        errs.append(f"too few cases: {npos} pos / {nneg} neg")
    print(f"cases: {len(cases)} ({npos} positive, {nneg} negative)")
    for t in TYPES:
        print(f"  {t:13s} {counts[t]}")
    if errs:
        print(f"{len(errs)} problem(s):")
        for e in errs[:60]:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

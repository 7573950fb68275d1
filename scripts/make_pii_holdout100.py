#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout100``.

Written by an AI helper acting as an independent test author (it did not see
the redaction code).  Standard library only; output is byte-for-byte
reproducible from the seed.

    python scripts/make_pii_holdout100.py          # write fixture + README
    python scripts/make_pii_holdout100.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

SEED = 100311123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout100"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h100"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- building

A, C = "agent", "customer"


def build(turn_specs):
    """turn_specs: list of (speaker, [segments]); a segment is str or (value, TYPE)."""
    turns, spans = [], []
    for ti, (spk, segs) in enumerate(turn_specs):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                assert typ in TYPES, typ
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        turns.append({"speaker": spk, "text": text})
    return turns, spans


# ---------------------------------------------------------------- value generators

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa"])
    if kind == "visa":
        p, n = "4" + "".join(R.choice("0123456789") for _ in range(2)), 16
    elif kind == "mc":
        p, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        p, n = R.choice(["34", "37"]), 15
    else:
        p, n = "6011", 16
    body = p + "".join(R.choice("0123456789") for _ in range(n - 1 - len(p)))
    return luhn_complete(body)


def group_card(d, sep=" "):
    if len(d) == 15:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(parts)


def cvv(n=3):
    return "".join(R.choice("0123456789") for _ in range(n))


def expiry():
    return R.randint(1, 12), R.randint(26, 33)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = [c for c in "ABCEGHJKLMNPRSTWXYZ" if c not in "O"]
NI_SECOND = [c for c in "ABCEGHJKLMNPRSTWXYZ"]


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def digits(n, first_nonzero=True):
    s = R.choice("123456789") if first_nonzero else R.choice("0123456789")
    return s + "".join(R.choice("0123456789") for _ in range(n - 1))


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


BANKS = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"], "IE": ["AIBK", "BOFI", "IPBS"],
         "NL": ["ABNA", "INGB", "RABO"]}


def iban(country=None):
    country = country or R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if country in ("GB", "IE"):
        bban = R.choice(BANKS[country]) + digits(6, False) + digits(8, False)
    elif country == "DE":
        bban = digits(18, False)
    elif country == "FR":
        bban = digits(10, False) + "".join(R.choice("0123456789") for _ in range(11)) + digits(2, False)
    elif country == "NL":
        bban = R.choice(BANKS["NL"]) + digits(10, False)
    else:
        bban = digits(20, False)
    return country + iban_check(country, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "L", "G", "EH", "CF", "BS", "NE", "S",
            "NG", "LE", "BT", "CB", "OX", "RG", "PL", "EX", "BN", "KT", "TW", "DY", "WV", "HU", "YO", "AB"]
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    area = R.choice(UK_AREAS)
    dist = str(R.randint(1, 19)) if len(area) == 2 else str(R.randint(1, 28))
    return area + dist, str(R.randint(1, 9)) + R.choice(PC_LETTERS) + R.choice(PC_LETTERS)


def zipcode():
    return "%05d" % R.randint(1001, 99950)


STREETS = ["Oak", "Maple", "Church", "Station", "Victoria", "Mill", "Park", "Kingsway", "Elm", "Castle",
           "Willow", "Highfield", "Cedar", "Lincoln", "Washington", "Chestnut", "Abbey", "Grange", "Orchard",
           "Riverside", "Meadow", "Queens", "Albert", "Pine", "Sycamore", "Harbour", "Hawthorn", "Beech"]
SUFFIX_UK = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Gardens", "Terrace", "Way", "Grove"]
SUFFIX_US = ["Street", "Avenue", "Drive", "Boulevard", "Lane", "Court", "Road", "Place"]
SUFFIX_ABBR = {"Road": "Rd", "Street": "St", "Lane": "Ln", "Avenue": "Ave", "Drive": "Dr", "Close": "Cl",
               "Crescent": "Cres", "Boulevard": "Blvd", "Court": "Ct", "Place": "Pl", "Terrace": "Ter",
               "Gardens": "Gdns", "Way": "Way", "Grove": "Gr"}
STREET_WORDS = set(w.lower() for w in SUFFIX_UK + SUFFIX_US) | set(v.lower() for v in SUFFIX_ABBR.values())

FIRST = ["james", "sarah", "mohammed", "emma", "liam", "aoife", "priya", "tom", "grace", "daniel", "olivia",
         "sean", "chloe", "marcus", "niamh", "jessica", "kwame", "hannah", "luca", "fatima", "ryan", "zoe",
         "katie", "dev", "maria", "patrick", "ellie", "omar", "sophie", "conor"]
LAST = ["smith", "obrien", "patel", "jones", "walsh", "nguyen", "murphy", "taylor", "khan", "brown", "kelly",
        "garcia", "evans", "fitzgerald", "davies", "okafor", "byrne", "wilson", "hughes", "rossi", "clarke"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "live.ie", "protonmail.com", "gmx.de", "orange.fr"]

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]

# ---------------------------------------------------------------- spoken forms

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
        "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
# homophone-ish letter names an ASR might output
LETTER_WORDS = {"B": ["b", "bee"], "C": ["c", "see"], "J": ["j", "jay"], "K": ["k", "kay"], "P": ["p", "pee"],
                "T": ["t", "tee"], "Y": ["y", "why"], "R": ["r", "are"], "Q": ["q", "queue"], "E": ["e"]}


def zero_word():
    return R.choice(["zero", "oh", "oh", "o", "nought", "zero"])


def unit_word(ch):
    return zero_word() if ch == "0" else UNITS[int(ch)]


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def say(d, style=None):
    """Spoken (ASR) rendering of a digit string."""
    style = style or R.choice(["single", "single", "mixed", "pairs"])
    out = []
    i = 0
    while i < len(d):
        ch = d[i]
        rest = d[i:]
        if style in ("mixed", "single") and len(rest) >= 3 and rest[1] == ch and rest[2] == ch and style == "mixed":
            out.append(R.choice(["triple", "treble"]) + " " + unit_word(ch))
            i += 3
            continue
        if style in ("mixed", "pairs") and len(rest) >= 2 and rest[1] == ch and R.random() < 0.8:
            out.append("double " + unit_word(ch))
            i += 2
            continue
        if style == "pairs" and len(rest) >= 2:
            pw = pair_words(rest[:2])
            # avoid 'forty' followed by a unit word that would be merged
            nxt_unit = len(rest) > 2
            if rest[1] == "0" and rest[0] not in "01" and nxt_unit:
                out.append(UNITS[int(ch)] + " " + zero_word())
            else:
                out.append(pw)
            i += 2
            continue
        out.append(unit_word(ch))
        i += 1
    return " ".join(out)


def say_groups(d, sizes, style=None):
    out, i = [], 0
    for s in sizes:
        out.append(say(d[i:i + s], style))
        i += s
    return out


def say_year(y):
    if 2000 <= y <= 2009:
        return "two thousand and " + UNITS[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    hi_w = pair_words("%02d" % hi)
    if lo == 0:
        return hi_w + " hundred"
    if lo < 10:
        return hi_w + " oh " + UNITS[lo]
    return hi_w + " " + pair_words("%02d" % lo)


def say_ordinal(n):
    if n in ORD:
        return ORD[n]
    t, u = divmod(n, 10)
    return TENS[t] + " " + ORD[u]


def say_letter(ch, nato_p=0.3):
    r = R.random()
    if r < nato_p or ch == "O":
        return ch.lower() + " for " + NATO[ch]
    if ch in LETTER_WORDS:
        return R.choice(LETTER_WORDS[ch])
    return ch.lower()


def dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)


def say_email(local, domain):
    parts = []
    for tok in re.split(r"([._])", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(say(tok, "single"))
        elif tok:
            parts.append(tok)
    d = domain.replace(".", " dot ")
    return " ".join(parts) + " at " + d


def email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    form = R.choice(["f.l", "fl", "f_l", "fl##", "f.l##", "fi.l"])
    if form == "f.l":
        loc = f + "." + l
    elif form == "fl":
        loc = f + l
    elif form == "f_l":
        loc = f + "_" + l
    elif form == "fl##":
        loc = f + l + str(R.randint(10, 99))
    elif form == "f.l##":
        loc = f + "." + l + str(R.randint(1, 9))
    else:
        loc = f[0] + "." + l
    return loc, R.choice(DOMAINS)


def uk_mobile():
    return "07" + digits(9, False)


def us_phone():
    return str(R.randint(201, 989)) + str(R.randint(201, 989)) + "%04d" % R.randint(0, 9999)


def typo(word):
    """Introduce a plausible typo into a context word (never into a value)."""
    if len(word) < 4:
        return word
    i = R.randint(1, len(word) - 2)
    op = R.choice(["swap", "drop", "dup"])
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == "drop":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def maybe_typo(word, p=0.5):
    return typo(word) if R.random() < p else word


EMO = ["🙂", "🙏", "😅", "👍", "😩", "😊", "🤞", ""]


def emo():
    return R.choice(EMO)


def mixcase(s):
    return "".join(c.upper() if R.random() < 0.5 else c.lower() for c in s)


# ---------------------------------------------------------------- positive templates
# Each returns (turn_specs, note).

def p_chat_card_inline():
    d = card()
    sep = R.choice([" ", "-", "", " ", ".", "  "])
    c = group_card(d, sep)
    cv = cvv(4 if len(d) == 15 else 3)
    m, y = expiry()
    exp = R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d-%02d" % (m, y), "%02d %02d" % (m, y)])
    ind = R.choice(["retail", "telecom", "travel", "utilities"])
    return [(A, ["Thanks! Please type the card details to pay the £%d.%02d balance." % (R.randint(10, 400), R.randint(0, 99))]),
            (C, [maybe_typo("card") + " no ", (c, "CARD_NUMBER"), " exp ", (exp, "EXPIRY"), " " + maybe_typo("security") + " ", (cv, "CVV"), " " + emo()])], \
        "chat/%s: card, expiry and cvv in one typed message, short labels with typos" % ind


def p_chat_card_split_msgs():
    d = card()
    g = group_card(d, " ").split(" ")
    turns = [(A, ["Go ahead with the long card number whenever ready"])]
    turns.append((C, ["ok its ", (g[0], "CARD_NUMBER")]))
    for part in g[1:]:
        turns.append((C, [(part, "CARD_NUMBER")]))
    turns.append((A, ["Got it, and the expiry date?"]))
    m, y = expiry()
    turns.append((C, [(R.choice(["%02d/%02d", "%02d.%02d", "%02d%02d"]) % (m, y), "EXPIRY")]))
    return turns, "chat/retail: card typed as separate messages per group, expiry without slash sometimes"


def p_sms_card_pasteartifact():
    d = card()
    c = group_card(d, R.choice(["\u00a0", " ", "\t"]))
    return [(C, ["pls use this one instead -> \"", (c, "CARD_NUMBER"), "\" thx"])], \
        "sms/telecom: card pasted with non-breaking space or tab separators inside quotes"


def p_call_card_single():
    d = card()
    g = say_groups(d, [4, 4, 4, 4] if len(d) == 16 else [4, 6, 5], "single")
    return [(A, ["can i take the long number across the front of the card please"]),
            (C, ["yeah sure it's ", (" ".join(g), "CARD_NUMBER")]),
            (A, ["lovely and the expiry"]),
            (C, _call_expiry())], "call/insurance: card read digit by digit with zero variants, expiry spoken"


def _call_expiry():
    m, y = expiry()
    form = R.choice(["num", "month", "numslash"])
    if form == "num":
        v = say("%02d" % m, "single") + " " + say("%02d" % y, "pairs")
    elif form == "month":
        v = MONTHS[m - 1] + " twenty " + (UNITS[y - 20] if y < 30 else pair_words(str(y)))
    else:
        v = say("%02d" % m, "single") + " slash " + pair_words("%02d" % y)
    return ["um it's ", (v, "EXPIRY")]


def p_call_card_split_turns():
    d = card()
    sizes = [4, 4, 4, 4] if len(d) == 16 else [4, 6, 5]
    g = say_groups(d, sizes, R.choice(["single", "mixed", "pairs"]))
    turns = [(A, ["okay whenever you're ready with the card number"])]
    bc = ["mhm", "okay go on", "yep", "right", "uh huh", "okay"]
    for i, part in enumerate(g):
        if i:
            turns.append((A, [R.choice(bc)]))
        if i == 0:
            turns.append((C, ["right so it's ", (part, "CARD_NUMBER")]))
        elif i == len(g) - 1:
            turns.append((C, ["and then ", (part, "CARD_NUMBER")]))
        else:
            turns.append((C, [(part, "CARD_NUMBER")]))
    return turns, "call/banking: card split across customer turns with back-channels, pairs/doubles"


def p_call_card_selfcorrect():
    d = card("visa")
    g = say_groups(d, [4, 4, 4, 4], "single")
    wrong = say(digits(4), "single")
    return [(A, ["and the card number"]),
            (C, [(g[0], "CARD_NUMBER"), " ", (g[1], "CARD_NUMBER"), " ", (wrong, "CARD_NUMBER"),
                 " no sorry hang on let me start that bit again ", (g[2], "CARD_NUMBER"), " ", (g[3], "CARD_NUMBER")])], \
        "call/travel: card with a self-correction mid reading (wrong group also labelled)"


def p_call_card_readback():
    d = card()
    g = say_groups(d, [4, 4, 4, 4] if len(d) == 16 else [4, 6, 5], "single")
    full = " ".join(g)
    return [(C, ["the card is ", (full, "CARD_NUMBER")]),
            (A, ["let me just read that back to you ", (say(d, "single"), "CARD_NUMBER"), " is that right"]),
            (C, ["yes that's it"])], "call/utilities: agent reads the card back"


def p_chat_cvv_alone():
    d = cvv(R.choice([3, 3, 4]))
    return [(A, ["And the 3 digit code on the back of the card please (CVV)"]),
            (C, [R.choice(["", "its ", "cvv ", "Code: "]), (d, "CVV"), R.choice(["", " " + emo(), " i think"])])], \
        "chat/retail: bare security code typed in reply to the agent question"


def p_call_cvv():
    d = cvv()
    return [(A, ["and the last three digits on the signature strip"]),
            (C, [R.choice(["it's ", "uh ", "that's "]), (say(d, "single") if R.random() < 0.6 else unit_word(d[0]) + " " + pair_words(d[1:]), "CVV")])], \
        "call/telecom: cvv spoken, sometimes as a pair"


def p_chat_ssn():
    s = ssn()
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s -%s- %s"]) % (s[:3], s[3:5], s[5:])
    lead = R.choice(["my ssn is ", "SSN: ", "social is ", "soc sec # ", "ss# "])
    return [(A, ["To verify your identity I need your Social Security number."]),
            (C, [maybe_typo("sure") + " " + lead, (f, "SSN"), " " + emo()])], \
        "chat/US banking: SSN typed with varied separators and labels"


def p_chat_ssn_split():
    s = ssn()
    return [(A, ["Can you confirm your full SSN?"]),
            (C, [(s[:3], "SSN")]), (C, [(s[3:5], "SSN")]), (C, [(s[5:], "SSN"), " sorry keyboard is acting up"])], \
        "chat/US insurance: SSN split across three messages"


def p_sms_ssn_last4_plus_full():
    s = ssn()
    return [(C, ["hi its re my tax account, ", (s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"),
                 " is the number u asked for. the balance shows $%d.%02d which is wrong" % (R.randint(100, 999), R.randint(0, 99))])], \
        "sms/government services: SSN next to an unlabelled dollar amount"


def p_call_ssn():
    s = ssn()
    style = R.choice(["single", "mixed", "pairs"])
    g = say_groups(s, [3, 2, 4], style)
    return [(A, ["can you give me your social security number please"]),
            (C, ["yeah it's ", (" ".join(g), "SSN")])], "call/US healthcare billing: SSN read as ASR words"


def p_call_ssn_split():
    s = ssn()
    g = say_groups(s, [3, 2, 4], "single")
    return [(A, ["okay and your social"]),
            (C, ["okay ", (g[0], "SSN")]), (A, ["mhm"]), (C, [(g[1], "SSN")]), (A, ["okay go on"]),
            (C, [(g[2], "SSN"), " um yeah that's it"])], "call/US government services: SSN in three turns"


def p_call_ssn_homophone():
    s = ssn()
    w = say(s, "single").replace("two", "to", 1) if "two" in say(s, "single") else None
    text = say(s, "single")
    if "eight" in text:
        text = text.replace("eight", "ate", 1)
        note = "'ate' for eight"
    elif "four" in text:
        text = text.replace("four", "for", 1)
        note = "'for' for four"
    else:
        text = text.replace("two", "too", 1) if "two" in text else text
        note = "homophone"
    return [(A, ["and the social security number on file"]),
            (C, ["it should be ", (text, "SSN")])], "call/US utilities: SSN with ASR homophone (%s)" % note


def fmt_ni(n, style):
    if style == "spaced":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if style == "compact":
        return n
    if style == "lower":
        return n.lower()
    if style == "mixed":
        return mixcase(n[:2]) + " " + n[2:8] + " " + mixcase(n[8])
    if style == "dash":
        return n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8]
    return n[:2] + " " + n[2:8] + " " + n[8]


def p_chat_ni():
    n = ni()
    f = fmt_ni(n, R.choice(["spaced", "compact", "lower", "mixed", "dash", "block"]))
    return [(A, ["Could you confirm your National Insurance number?"]),
            (C, [R.choice(["yeah ", "", "ok "]) + R.choice(["its ", "NI no. ", "ni number ", "nino: "]), (f, "NI_NUMBER"),
                 R.choice(["", " ", " " + emo(), " cheers"])])], "chat/UK government services: NI number typed in varied case/spacing"


def p_email_ni():
    n = ni()
    f = fmt_ni(n, R.choice(["spaced", "compact", "block"]))
    pc = uk_postcode()
    return [(C, ["Dear Sir/Madam,\n\nRe: my pension claim. My NI number is ", (f, "NI_NUMBER"),
                 " and I now live at ", ("%d %s %s" % (R.randint(1, 220), R.choice(STREETS), R.choice(SUFFIX_UK)), "ADDRESS"),
                 ", ", (pc[0] + " " + pc[1], "POSTCODE"), ".\n\nKind regards"])], \
        "email/UK pensions: NI number, street address and postcode in an e-mail body"


def p_chat_ni_split():
    n = ni()
    return [(A, ["NI number please"]),
            (C, [(n[:2].lower(), "NI_NUMBER")]), (C, [(n[2:8], "NI_NUMBER")]), (C, [(n[8], "NI_NUMBER"), " thats the lot"])], \
        "chat/UK benefits: NI number split across messages, prefix lower case, suffix on its own"


def say_ni(n, nato_p=0.3):
    parts = [say_letter(n[0], nato_p), say_letter(n[1], nato_p), say(n[2:8], R.choice(["single", "pairs", "mixed"])),
             say_letter(n[8], nato_p)]
    return parts


def p_call_ni():
    n = ni()
    p = say_ni(n)
    return [(A, ["and can i take your national insurance number"]),
            (C, ["yep ", (" ".join(p), "NI_NUMBER")])], "call/UK government services: NI spoken, letters sometimes NATO"


def p_call_ni_split():
    n = ni()
    p = say_ni(n, 0.5)
    return [(A, ["national insurance number when you're ready"]),
            (C, ["right it's ", (p[0] + " " + p[1], "NI_NUMBER")]), (A, ["yep"]),
            (C, [(p[2], "NI_NUMBER")]), (A, ["and the last letter"]), (C, [(p[3], "NI_NUMBER")])], \
        "call/UK employment: NI number split with agent prompts between parts"


def p_call_ni_readback():
    n = ni()
    p = say_ni(n, 0.0)
    q = say_ni(n, 1.0)
    return [(C, ["my n i number is ", (" ".join(p), "NI_NUMBER")]),
            (A, ["so that's ", (" ".join(q), "NI_NUMBER"), " yeah"]), (C, ["that's right"])], \
        "call/UK HMRC: NI number spoken then read back with NATO alphabet"


def p_chat_bank_uk():
    acc = digits(8, False)
    sc = digits(6, False)
    scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
    return [(A, ["What are the account number and sort code you'd like the refund paid to?"]),
            (C, [R.choice(["acc ", "account ", "a/c "]), (acc, "BANK_ACCOUNT"), " " + R.choice(["sort ", "s/c ", "sortcode "]), (scf, "SORT_CODE"),
                 R.choice(["", " pls", " ta " + emo()])])], "chat/UK utilities: account number and sort code in one message"


def p_chat_bank_split():
    acc = digits(8, False)
    sc = digits(6, False)
    return [(C, ["sort code ", (sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE")]),
            (A, ["Thanks, and the account number?"]),
            (C, [(acc[:4], "BANK_ACCOUNT")]), (C, [(acc[4:], "BANK_ACCOUNT"), " " + maybe_typo("sorry") + " pressed enter"])], \
        "chat/UK retail banking: account number split across two messages"


def p_sms_us_account():
    acc = digits(R.choice([10, 11, 12]), True)
    z = zipcode()
    return [(C, ["checking acct ", (acc, "BANK_ACCOUNT"), " zip ", (z, "POSTCODE"), " pls update autopay to the 15th"])], \
        "sms/US utilities: US checking account and ZIP with a non-PII date"


def p_call_bank():
    acc = digits(8, False)
    sc = digits(6, False)
    return [(A, ["what's the sort code"]),
            (C, [(say(sc[:2], "pairs") + " " + say(sc[2:4], "pairs") + " " + say(sc[4:], "pairs"), "SORT_CODE")]),
            (A, ["and the account number"]),
            (C, ["it's ", (say(acc, R.choice(["single", "mixed"])), "BANK_ACCOUNT")])], \
        "call/UK banking: sort code as pairs, account number digit by digit"


def p_call_bank_split():
    acc = digits(8, False)
    return [(A, ["and the account number"]),
            (C, ["uh ", (say(acc[:4], "single"), "BANK_ACCOUNT")]), (A, ["okay"]),
            (C, [(say(acc[4:], "mixed"), "BANK_ACCOUNT")])], "call/UK insurance: account number in two turns"


def fmt_iban(s):
    return R.choice([group4(s), s, group4(s).lower(), group4(s, "-"), s[:4] + " " + s[4:]])


def p_chat_iban():
    s = iban()
    return [(A, ["Please send the IBAN for the refund."]),
            (C, [R.choice(["IBAN: ", "iban ", "here: ", "its "]), (fmt_iban(s), "IBAN"), R.choice(["", " " + emo(), " (business acct)"])])], \
        "chat/EU travel: IBAN typed in varied grouping/case"


def p_email_iban():
    s = iban(R.choice(["IE", "GB", "DE"]))
    bic = s[4:8] + s[:2] + R.choice(["2D", "2L", "22"]) if s[4].isalpha() else "COBADEFFXXX"
    amt = "%d.%02d" % (R.randint(20, 900), R.randint(0, 99))
    return [(C, ["Hello,\nplease refund the €" + amt + " to:\nIBAN ", (group4(s), "IBAN"), "\nBIC " + bic + "\nThanks"])], \
        "email/Ireland retail: IBAN on its own line next to a money amount (BIC not labelled)"


def p_chat_iban_split():
    s = iban()
    g = group4(s).split(" ")
    half = len(g) // 2
    return [(C, [(" ".join(g[:half]), "IBAN")]), (C, [(" ".join(g[half:]), "IBAN"), " " + maybe_typo("thanks")])], \
        "chat/EU banking: IBAN split over two messages"


def p_call_iban():
    s = iban(R.choice(["GB", "IE"]))
    letters = " ".join(say_letter(c, 0.4) for c in s[:2])
    bank = " ".join(say_letter(c, 0.4) for c in s[4:8])
    v = letters + " " + say(s[2:4], "pairs") + " " + bank + " " + say(s[8:], "single")
    return [(A, ["and the iban"]), (C, ["ok it's ", (v, "IBAN")])], "call/Ireland utilities: IBAN spoken with letters"


def fmt_uk_mobile(p):
    return R.choice([p[:5] + " " + p[5:], p, "+44 " + p[1:5] + " " + p[5:], "+44(0)" + p[1:], "0044" + p[1:],
                     p[:5] + "-" + p[5:8] + "-" + p[8:]])


def fmt_us(p):
    return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), p,
                     "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "1-%s-%s-%s" % (p[:3], p[3:6], p[6:])])


def p_chat_phone():
    if R.random() < 0.5:
        ph, ind = fmt_uk_mobile(uk_mobile()), "UK telecom"
    else:
        ph, ind = fmt_us(us_phone()), "US retail"
    return [(A, ["What's the best number to reach you on?"]),
            (C, [R.choice(["", "mob ", "cell: ", "call me on ", "tel "]), (ph, "PHONE"), R.choice(["", " after 5pm", " anytime", " " + emo()])])], \
        "chat/%s: phone number in varied national/international formats" % ind


def p_chat_phone_intl():
    ph = R.choice(["+353 8%d %s %s" % (R.randint(3, 9), digits(3, False), digits(4, False)),
                   "+49 15%d %s" % (R.randint(1, 9), digits(8, False)),
                   "+33 6 %s %s %s %s" % tuple(digits(2, False) for _ in range(4)),
                   "08%d-%s-%s" % (R.randint(3, 9), digits(3, False), digits(4, False)),
                   "+34 6%s %s %s" % (digits(2, False), digits(3, False), digits(3, False))])
    return [(C, ["hey can u ring me back on ", (ph, "PHONE"), " re booking ref ", "K%dQ%d" % (R.randint(10, 99), R.randint(100, 999)),
                 " flight is at %d:%02d" % (R.randint(6, 21), R.choice([0, 15, 30, 45]))])], \
        "social DM/EU travel: international phone next to booking ref and time (not PII)"


def p_sms_phone_split():
    p = uk_mobile()
    return [(C, ["new no is ", (p[:5], "PHONE")]), (C, [(p[5:], "PHONE")])], "sms/UK telecom: mobile split across two texts"


def p_call_phone():
    if R.random() < 0.5:
        p = uk_mobile()
        v = say(p[:5], "mixed") + " " + say(p[5:], R.choice(["single", "mixed", "pairs"]))
        ind = "UK"
    else:
        p = us_phone()
        v = " ".join(say_groups(p, [3, 3, 4], R.choice(["single", "pairs", "mixed"])))
        ind = "US"
    return [(A, ["and a contact number"]), (C, ["yeah it's ", (v, "PHONE")])], "call/%s: phone number spoken" % ind


def p_call_phone_split():
    p = uk_mobile()
    return [(A, ["what's your mobile number"]),
            (C, [(say(p[:5], "single"), "PHONE")]), (A, ["mhm"]), (C, [(say(p[5:8], "single"), "PHONE")]), (A, ["yep"]),
            (C, [(say(p[8:], "mixed"), "PHONE"), " um that's it"])], "call/UK utilities: mobile read in three chunks"


def p_call_phone_plus():
    v = "plus " + R.choice(["four four seven ", "three five three eight "]) + say(digits(R.choice([8, 9]), False), "single")
    return [(C, ["if you're calling from abroad it's ", (v, "PHONE")])], "call/Ireland travel: international phone with 'plus' prefix spoken"


def p_chat_email():
    loc, dom = email_parts()
    e = loc + "@" + dom
    e = R.choice([e, e, e.upper() if R.random() < 0.2 else e, e[0].upper() + e[1:]])
    return [(A, ["Which email should the receipt go to?"]),
            (C, [R.choice(["", "to ", "email is "]), (e, "EMAIL"), R.choice(["", " pls", " " + emo(), ". thx"])])], \
        "chat/retail: email typed, sometimes capitalised, trailing punctuation"


def p_chat_email_obfusc():
    loc, dom = email_parts()
    e = loc + " [at] " + dom.replace(".", " [dot] ")
    e2 = loc + " at " + dom
    v = R.choice([e, e2, loc + "(at)" + dom])
    return [(C, ["dont want spam lol so: ", (v, "EMAIL")])], "social DM/retail: email deliberately obfuscated with [at]/(at)"


def p_call_email():
    loc, dom = email_parts()
    return [(A, ["can i take an email address"]), (C, ["sure it's ", (say_email(loc, dom), "EMAIL")])], \
        "call/utilities: email spoken with 'at' and 'dot'"


def p_call_email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(["gmail.com", "hotmail.com", "yahoo.co.uk"])
    v = " ".join(l) + " " + f + " at " + dom.replace(".", " dot ")
    return [(A, ["and your email"]), (C, ["it's ", (v, "EMAIL")]), (A, ["lovely thank you"])], \
        "call/insurance: email with surname spelled letter by letter"


def p_chat_dob():
    d, m, y = dob()
    f = R.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d),
                  "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d %d" % (MONTHS[m - 1][:3], d, y),
                  "%02d/%02d/%02d" % (d, m, y % 100)])
    return [(A, ["For security, can you confirm your date of birth?"]),
            (C, [R.choice(["dob ", "its ", "born ", "d.o.b: ", ""]), (f, "DOB"), R.choice(["", " " + emo(), " (im %d lol)" % (2026 - y)])])], \
        "chat/healthcare billing: DOB typed in varied formats; age is not labelled"


def p_call_dob():
    d, m, y = dob()
    form = R.choice(["ord", "num", "usa"])
    if form == "ord":
        v = "the " + say_ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    elif form == "num":
        v = say("%02d" % d, "single") + " " + say("%02d" % m, "single") + " " + say_year(y)
    else:
        v = MONTHS[m - 1] + " " + say_ordinal(d) + " " + say_year(y)
    return [(A, ["and just to confirm your date of birth"]), (C, ["it's ", (v, "DOB")])], "call/banking: DOB spoken"


def p_call_dob_split():
    d, m, y = dob()
    return [(A, ["what's your date of birth"]), (C, [(say_ordinal(d) + " of " + MONTHS[m - 1], "DOB")]), (A, ["and the year"]),
            (C, [(say_year(y), "DOB")])], "call/insurance: DOB day-month and year in separate turns"


def fmt_pc(pc):
    out, inn = pc
    return R.choice([out + " " + inn, out + inn, (out + " " + inn).lower(), out.lower() + inn, out + "  " + inn])


def p_chat_postcode():
    pc = uk_postcode()
    return [(A, ["Can I take the postcode for the property?"]), (C, [R.choice(["", "its ", "pc "]), (fmt_pc(pc), "POSTCODE"), R.choice(["", " " + emo()])])], \
        "chat/UK utilities: postcode typed with odd spacing/case"


def p_chat_address():
    pc = uk_postcode()
    n = R.randint(1, 240)
    st, suf = R.choice(STREETS), R.choice(SUFFIX_UK)
    suf = R.choice([suf, SUFFIX_ABBR.get(suf, suf)])
    a = R.choice(["%d %s %s" % (n, st, suf), "flat %d, %d %s %s" % (R.randint(1, 20), n, st, suf),
                  "%d %s %s" % (n, st.lower(), suf.lower())])
    return [(A, ["What's the new delivery address?"]),
            (C, [(a, "ADDRESS"), R.choice([", ", " ", "\n"]), (fmt_pc(pc), "POSTCODE"), R.choice(["", " ta", " " + emo()])])], \
        "chat/UK retail: street address and postcode in one message"


def p_us_address():
    n = R.randint(10, 9999)
    a = "%d %s %s" % (n, R.choice(STREETS), R.choice(SUFFIX_US))
    z = zipcode()
    city = R.choice(["Austin, TX", "Columbus, OH", "Denver, CO", "Tampa, FL", "Portland, OR"])
    zf = R.choice([z, z + "-" + "%04d" % R.randint(1, 9999)])
    return [(C, ["ship to ", (a, "ADDRESS"), " " + R.choice(["apt", "unit", "#"]) + " %d, %s " % (R.randint(1, 40), city), (zf, "POSTCODE"),
                 " order #%d" % R.randint(100000, 9999999)])], "chat/US retail: US address with ZIP(+4) and an order number (not PII)"


def p_call_address():
    pc = uk_postcode()
    n = R.randint(1, 199)
    a = say_num_words(n) + " " + R.choice(STREETS).lower() + " " + R.choice(SUFFIX_UK).lower()
    out, inn = pc
    pcv = " ".join(say_letter(c, 0.2) if c.isalpha() else UNITS[int(c)] for c in out) + " " + \
        " ".join(say_letter(c, 0.2) if c.isalpha() else UNITS[int(c)] for c in inn)
    return [(A, ["and what's the first line of the address"]), (C, ["it's ", (a, "ADDRESS")]), (A, ["and the postcode"]),
            (C, [(pcv, "POSTCODE")])], "call/UK utilities: address and postcode spoken"


def say_num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 100:
        return pair_words("%02d" % n)
    h, r = divmod(n, 100)
    if r == 0:
        return UNITS[h] + " hundred"
    return UNITS[h] + " " + (pair_words("%02d" % r) if r >= 10 else "oh " + UNITS[r])


def p_call_zip():
    z = zipcode()
    return [(A, ["and the zip code on the account"]), (C, [(say(z, R.choice(["single", "mixed"])), "POSTCODE")])], \
        "call/US telecom: ZIP code spoken"


def p_chat_multi_verify():
    n = ni()
    d, m, y = dob()
    pc = uk_postcode()
    return [(A, ["To pass security pls give DOB, postcode and NI number"]),
            (C, [("%02d/%02d/%d" % (d, m, y), "DOB"), " ", (fmt_pc(pc), "POSTCODE"), " ", (fmt_ni(n, "compact"), "NI_NUMBER")])], \
        "chat/UK government services: three identifiers in one terse message"


def p_chat_ssn_dob():
    s = ssn()
    d, m, y = dob()
    return [(C, ["ssn ", (s[:3] + " " + s[3:5] + " " + s[5:], "SSN"), " / dob ", ("%d/%d/%d" % (m, d, y), "DOB"), " /// claim #%d" % R.randint(1000000, 99999999)])], \
        "chat/US insurance: SSN and US-order DOB with claim number (not PII)"


def p_call_card_with_amount():
    d = card()
    g = say_groups(d, [4, 4, 4, 4] if len(d) == 16 else [4, 6, 5], "mixed")
    amt = "%s pounds %s" % (say_num_words(R.randint(20, 300)), say_num_words(R.randint(1, 99)))
    return [(A, ["so that's %s today can i take the card" % amt]),
            (C, ["yeah it's ", (" ".join(g[:2]), "CARD_NUMBER"), " um ", (" ".join(g[2:]), "CARD_NUMBER")])], \
        "call/utilities: card with filler word inside, next to a spoken amount"


def p_chat_card_typos_context():
    d = card()
    c = group_card(d, R.choice([" ", "-"]))
    return [(C, ["heyy tryed to pay online but it keeps failling " + emo() + " " + maybe_typo("card") + " is ", (c, "CARD_NUMBER"),
                 " " + maybe_typo("expiry", 1.0) + " ", ("%02d/%02d" % expiry(), "EXPIRY")])], \
        "social DM/telecom: card and expiry in a typo-laden message"


def p_chat_ni_messy():
    n = ni()
    f = n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]
    f = R.choice([f.lower(), mixcase(n), n[:2] + "." + n[2:8] + "." + n[8]])
    return [(C, ["my nat ins is ", (f, "NI_NUMBER"), " and my tax code is %dL" % R.randint(1000, 1300)])], \
        "chat/UK payroll: NI number next to a tax code (tax code not PII)"


def p_email_signature():
    loc, dom = email_parts()
    ph = fmt_uk_mobile(uk_mobile())
    pc = uk_postcode()
    a = "%d %s %s" % (R.randint(1, 150), R.choice(STREETS), R.choice(SUFFIX_UK))
    sig = loc.replace("_", ".").split(".")[0].rstrip("0123456789").title() + " " + R.choice(LAST).title()
    return [(C, ["Hi team,\n\nStill no refund for order %d (£%d.%02d). Please sort this out.\n\n--\n%s\n" %
                 (R.randint(100000, 9999999), R.randint(10, 300), R.randint(0, 99), sig),
                 (a, "ADDRESS"), "\n%s " % R.choice(["Leeds", "Bristol", "Cardiff", "Glasgow", "Norwich"]), (fmt_pc(pc), "POSTCODE"),
                 "\nM: ", (ph, "PHONE"), "\nE: ", (loc + "@" + dom, "EMAIL"), "\nSent from my iPhone"])], \
        "email/UK retail: signature block with address, postcode, mobile and email; order number and amount not PII"


def p_chat_card_with_order():
    d = card()
    c = group_card(d, R.choice([" ", "-", ""]))
    return [(C, ["order " + str(R.randint(1000000, 99999999)) + " failed, retry with ", (c, "CARD_NUMBER"), " pls, qty %d, total £%d.%02d" % (R.randint(1, 6), R.randint(10, 500), R.randint(0, 99))])], \
        "chat/retail: card next to an order number, quantity and total (not PII)"


def p_chat_card_zwsp():
    d = card("visa")
    g = group_card(d, " ").split(" ")
    c = g[0] + "\u200b" + g[1] + " " + g[2] + "\u200b " + g[3]
    return [(A, ["Card number please :)"]), (C, ["copied from my banking app: ", (c, "CARD_NUMBER"), " " + emo()])], \
        "chat/travel: card pasted with zero-width space artefacts between groups"


def p_chat_expiry_words():
    m, y = expiry()
    e = R.choice(["%s 20%02d" % (MONTHS[m - 1].title(), y), "%s/%02d" % (MONTHS[m - 1][:3], y), "%02d20%02d" % (m, y), "%02d / %02d" % (m, y)])
    cv = cvv()
    return [(A, ["Expiry date and CVV?"]), (C, ["expires ", (e, "EXPIRY"), " and the back code is ", (cv, "CVV")])], \
        "chat/telecom: expiry with month name or compact, cvv in same message"


def p_chat_ssn_typo_label():
    s = ssn()
    return [(C, [R.choice(["snn", "sns", "socail"]) + " is ", (s[:3] + R.choice(["-", " - ", "_"]) + s[3:5] + R.choice(["-", " - ", "_"]) + s[5:], "SSN"),
                 " and i was charged $%d twice" % R.randint(20, 400)])], "chat/US healthcare billing: SSN with a typo'd label and odd separators"


def p_dm_ni_quotes():
    n = ni()
    return [(C, ["ur form keeps saying invalid?? NI is \u2018", (fmt_ni(n, R.choice(["block", "spaced", "compact"])), "NI_NUMBER"), "\u2019 been using it %d yrs " % R.randint(5, 40) + emo()])], \
        "social DM/UK government services: NI number inside smart quotes pasted from a document"


def p_chat_ni_two_msgs_typo():
    n = ni()
    return [(C, [maybe_typo("national", 1.0) + " insurence ", (n[:2] + " " + n[2:4] + " " + n[4:6], "NI_NUMBER")]),
            (C, [(n[6:8] + " " + n[8], "NI_NUMBER"), " sorry"])], "chat/UK payroll: NI number broken across two messages mid-digits"


def p_call_ni_fillers():
    n = ni()
    v = say_letter(n[0], 0.3) + " " + say_letter(n[1], 0.3) + " " + say(n[2:4], "single") + " um " + say(n[4:8], "single") + " er " + say_letter(n[8], 0.3)
    return [(A, ["and your national insurance number please"]), (C, ["oh god hang on it's ", (v, "NI_NUMBER"), " i think yeah"])], \
        "call/UK benefits: NI number with filler words inside the reading"


def p_call_sort_acc_one_turn():
    acc = digits(8, False)
    sc = digits(6, False)
    return [(A, ["what are the bank details for the direct debit"]),
            (C, ["sort code ", (say(sc, "single"), "SORT_CODE"), " and the account number is ", (say(acc, "mixed"), "BANK_ACCOUNT")])], \
        "call/UK utilities: sort code and account number in one turn"


def p_call_dob_chitchat():
    d, m, y = dob()
    return [(A, ["can you confirm your date of birth for me"]),
            (C, ["yeah it's ", (say_ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y), "DOB"), " so i'm %s this year would you believe" % say_num_words(2026 - y)])], \
        "call/healthcare billing: DOB followed by age chit-chat (age not labelled)"


def p_chat_dob_messy():
    d, m, y = dob()
    suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    f = R.choice(["%d%s %s %02d" % (d, suf, MONTHS[m - 1][:3], y % 100), "%d%s of %s %d" % (d, suf, MONTHS[m - 1], y),
                  "%02d%02d%d" % (d, m, y), "%d/%d/%d" % (m, d, y)])
    return [(A, ["Please confirm date of birth"]), (C, [R.choice(["born ", "dob is ", "its "]), (f, "DOB"), R.choice(["", " x", " " + emo()])])], \
        "chat/insurance: DOB typed with ordinal suffix, month abbreviations or no separators"


def p_call_email_hyphen():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    v = f + " hyphen " + l + " at " + dom.replace(".", " dot ")
    return [(A, ["can you spell out the email for me"]), (C, ["all lower case ", (v, "EMAIL")])], \
        "call/travel: spoken email with 'hyphen'"


def p_call_zip4():
    z = zipcode() + "%04d" % R.randint(1, 9999)
    return [(A, ["and the full nine digit zip"]), (C, ["it's ", (say(z[:5], "single") + " dash " + say(z[5:], "single"), "POSTCODE")])], \
        "call/US insurance: ZIP+4 spoken with 'dash'"


def p_call_us_address():
    n = R.randint(100, 9999)
    a = say_num_words(n) if n < 1000 else pair_words(str(n)[:2]) + " " + pair_words(str(n)[2:])
    v = a + " " + R.choice(STREETS).lower() + " " + R.choice(SUFFIX_US).lower()
    return [(A, ["what's the service address"]), (C, ["it's ", (v, "ADDRESS"), " in %s" % R.choice(["dallas", "phoenix", "boise", "albany"])])], \
        "call/US telecom: US street address spoken with house number as pairs"


def p_sms_email_typo():
    loc, dom = email_parts()
    return [(C, ["plz send the bill to ", (loc + "@" + dom, "EMAIL"), " not my old emial " + emo()])], \
        "sms/utilities: email followed by typo'd context"


def p_chat_iban_lower_nospace():
    s = iban()
    return [(C, ["refund to ", (s.lower(), "IBAN"), " name on acc %s %s" % (R.choice(FIRST), R.choice(LAST))])], \
        "chat/EU retail: IBAN lower case without spaces"


def p_chat_phone_ext():
    p = us_phone()
    return [(C, ["work # ", ("%s-%s-%s" % (p[:3], p[3:6], p[6:]), "PHONE"), " ext %d, best after %dpm" % (R.randint(10, 999), R.randint(1, 5))])], \
        "chat/US insurance: phone with extension (extension not labelled) and a time"


POSITIVE = [
    (p_chat_card_inline, 9), (p_chat_card_split_msgs, 6), (p_sms_card_pasteartifact, 5), (p_call_card_single, 4),
    (p_call_card_split_turns, 4), (p_call_card_selfcorrect, 2), (p_call_card_readback, 2), (p_chat_cvv_alone, 6),
    (p_call_cvv, 4), (p_chat_ssn, 10), (p_chat_ssn_split, 4), (p_sms_ssn_last4_plus_full, 4), (p_call_ssn, 5),
    (p_call_ssn_split, 3), (p_call_ssn_homophone, 3), (p_chat_ni, 10), (p_email_ni, 4), (p_chat_ni_split, 4),
    (p_call_ni, 5), (p_call_ni_split, 3), (p_call_ni_readback, 2), (p_chat_bank_uk, 6), (p_chat_bank_split, 3),
    (p_sms_us_account, 4), (p_call_bank, 4), (p_call_bank_split, 2), (p_chat_iban, 6), (p_email_iban, 3),
    (p_chat_iban_split, 3), (p_call_iban, 3), (p_chat_phone, 7), (p_chat_phone_intl, 4), (p_sms_phone_split, 2),
    (p_call_phone, 4), (p_call_phone_split, 2), (p_call_phone_plus, 2), (p_chat_email, 6), (p_chat_email_obfusc, 3),
    (p_call_email, 4), (p_call_email_spelled, 2), (p_chat_dob, 6), (p_call_dob, 4), (p_call_dob_split, 2),
    (p_chat_postcode, 4), (p_chat_address, 5), (p_us_address, 4), (p_call_address, 4), (p_call_zip, 3),
    (p_chat_multi_verify, 4), (p_chat_ssn_dob, 3), (p_call_card_with_amount, 3), (p_chat_card_typos_context, 4),
    (p_chat_ni_messy, 4), (p_email_signature, 4), (p_chat_card_with_order, 3), (p_chat_card_zwsp, 3),
    (p_chat_expiry_words, 4), (p_chat_ssn_typo_label, 3), (p_dm_ni_quotes, 3), (p_chat_ni_two_msgs_typo, 3),
    (p_call_ni_fillers, 3), (p_call_sort_acc_one_turn, 3), (p_call_dob_chitchat, 2), (p_chat_dob_messy, 4),
    (p_call_email_hyphen, 2), (p_call_zip4, 2), (p_call_us_address, 2), (p_sms_email_typo, 3),
    (p_chat_iban_lower_nospace, 3), (p_chat_phone_ext, 3),
]

# ---------------------------------------------------------------- negative templates


def n_chat_money():
    return [(A, ["Your outstanding balance is £%d.%02d." % (R.randint(100, 4999), R.randint(0, 99))]),
            (C, ["wow ok, can i pay $%d,%03d.%02d in %d instalments? " % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.randint(2, 12)) + emo()])], \
        "chat/utilities: balances, money amounts and instalment count"


def n_chat_order():
    return [(C, ["where is my order #%d ?? tracking says %d parcels, ticket ref %d" % (R.randint(10000000, 9999999999), R.randint(2, 5), R.randint(100000, 99999999))])], \
        "chat/retail: order number, count, ticket ref"


def n_call_money():
    return [(A, ["so the total comes to %s pounds and %s pence" % (say_num_words(R.randint(100, 999)), say_num_words(R.randint(1, 99)))]),
            (C, ["okay and that's for %s months yeah" % say_num_words(R.randint(2, 24))])], "call/telecom: spoken amount and duration"


def n_call_reference():
    ref = digits(R.randint(6, 10))
    return [(A, ["your reference number is %s" % say(ref, "single")]), (C, ["okay thank you"])], \
        "call/insurance: reference number read digit by digit with its reference word"


def n_chat_appointment():
    return [(A, ["Your engineer visit is booked for %d/%02d/2027 between %d:00 and %d:00." % (R.randint(1, 28), R.randint(1, 12), R.randint(8, 11), R.randint(12, 17))]),
            (C, ["perfect thx, is it 2 hrs or %d mins? " % R.choice([30, 45, 90])])], "chat/utilities: appointment date and time window"


def n_call_appointment():
    return [(A, ["the appointment is on the %s of %s at %s thirty" % (say_ordinal(R.randint(1, 28)), R.choice(MONTHS), UNITS[R.randint(1, 9)])]),
            (C, ["the %s of %s lovely" % (say_ordinal(R.randint(1, 28)), R.choice(MONTHS))])], "call/healthcare: appointment dates spoken (not DOB)"


def n_chat_flight():
    return [(C, ["flight %s%d on %d %s, seat %d%s, room %d at the hotel, checkin %d:%02d" %
                 (R.choice(["EI", "BA", "FR", "LH", "AA"]), R.randint(100, 9999), R.randint(1, 28), R.choice(MONTHS).title()[:3],
                  R.randint(1, 40), R.choice("ABCDEF"), R.randint(100, 999), R.randint(12, 16), R.choice([0, 30]))])], \
        "chat/travel: flight number, seat, room number, dates and times"


def n_call_flight():
    return [(C, ["yeah it's flight %s %s leaving at %s fifteen gate %s" % (R.choice(["e i", "b a", "f r", "u a"]), say(digits(3), "pairs"), UNITS[R.randint(1, 9)], say_num_words(R.randint(1, 60)))])], \
        "call/travel: flight number and gate spoken"


def n_chat_meter():
    return [(C, ["meter reading is %05d as of today, last one was %05d. usage up %d%% " % (R.randint(10000, 99999), R.randint(10000, 99999), R.randint(5, 60)) + emo()])], \
        "chat/utilities: meter readings and percentage"


def n_call_meter():
    return [(A, ["can you read me the numbers on the meter left to right"]),
            (C, [say(digits(5), "single") + " and the red ones are " + say(digits(1), "single")])], \
        "call/utilities: meter reading digit by digit in context"


def n_chat_model():
    return [(C, ["my router is a model %s-%d and the speed is %d mbps not %d" % (R.choice(["TG", "HG", "VR"]), R.randint(1000, 9999), R.randint(5, 80), R.choice([100, 300, 500, 900]))])], \
        "chat/telecom: router model number and speeds"


def n_chat_years():
    since = R.randint(1995, 2015)
    return [(C, ["been a customer since %d, %d years!! contract started %d %s %d" % (since, 2026 - since, R.randint(1, 28), R.choice(MONTHS), R.randint(2018, 2025))])], \
        "chat/telecom: years, durations and contract start date"


def n_call_age():
    return [(C, ["my mum's %s and she's been with you %s years" % (say_num_words(R.randint(60, 95)), say_num_words(R.randint(5, 40)))])], \
        "call/insurance: ages and durations"


def n_chat_temp():
    return [(C, ["heating set to %d degrees but it's only %d.%d in the house, boiler code F%d" % (R.randint(18, 24), R.randint(10, 17), R.randint(0, 9), R.randint(10, 99))])], \
        "chat/utilities: temperatures and boiler fault code"


def n_chat_invoice():
    return [(C, ["invoice INV-%d for €%d.%02d was paid on %02d/%02d/2026, payment ref %d" % (R.randint(10000, 999999), R.randint(10, 999), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12), R.randint(1000000, 999999999))])], \
        "email/EU retail: invoice, amount, payment date and payment reference"


def n_call_claim():
    return [(A, ["and do you have the claim number"]), (C, ["yeah claim number %s" % say(digits(8), R.choice(["single", "pairs"]))])], \
        "call/insurance: claim number spoken with its reference word"


def n_chat_last4():
    return [(A, ["Is that the card ending in %d?" % R.randint(1000, 9999)]), (C, ["yes that one, charged twice for £%d.99" % R.randint(5, 90)])], \
        "chat/retail: only the last 4 of a card said by the agent (not a card number)"


def n_call_hold():
    return [(A, ["i'll put you on hold for about %s minutes you're number %s in the queue" % (say_num_words(R.randint(2, 15)), say_num_words(R.randint(2, 30)))]),
            (C, ["okay"])], "call/telecom: hold time and queue position"


def n_chat_data():
    return [(C, ["used %dGB of %dGB already and it's the %dth, bill went from £%d to £%d" % (R.randint(10, 99), R.choice([50, 100, 120]), R.randint(4, 20), R.randint(15, 40), R.randint(41, 90))])], \
        "sms/telecom: data usage, day of month and bill amounts"


def n_call_balance():
    return [(A, ["your balance is %s dollars and %s cents and the payment of %s dollars posted on the %s" % (say_num_words(R.randint(100, 999)), say_num_words(R.randint(1, 99)), say_num_words(R.randint(20, 200)), say_ordinal(R.randint(1, 28)))])], \
        "call/US banking: balance and payment amounts and date"


def n_chat_ticket_long():
    return [(C, ["case %d was closed without fix. before that it was ticket no. %d. this is the %drd time" % (R.randint(1000000000, 9999999999), R.randint(100000, 9999999), R.choice([3, 23]))])], \
        "chat/telecom: 10-digit case number and ticket number with reference words"


def n_call_price():
    return [(C, ["the %s plan is %s ninety nine a month and the other is %s per cent cheaper" % (R.choice(["unlimited", "family", "basic"]), say_num_words(R.randint(10, 60)), say_num_words(R.randint(5, 30)))])], \
        "call/telecom: price and percentage spoken"


def n_chat_speed_dist():
    return [(C, ["courier was doing %dmph on our road lol, depot is %d miles away, and the box weighs %dkg" % (R.randint(30, 60), R.randint(2, 80), R.randint(2, 40))])], \
        "social DM/retail: speed, distance and weight"


def n_chat_times():
    return [(C, ["open %d-%dpm? I called at %d:%02d and %d:%02d and waited %d min each " % (R.randint(8, 10), R.randint(5, 8), R.randint(9, 11), R.randint(0, 59), R.randint(12, 16), R.randint(0, 59), R.randint(10, 59)) + emo()])], \
        "chat/utilities: opening hours, times and wait durations"


def n_call_quantity():
    return [(C, ["i ordered %s of the blue ones and %s of the large but only got %s" % (say_num_words(R.randint(2, 20)), say_num_words(R.randint(2, 20)), say_num_words(R.randint(1, 9)))])], \
        "call/retail: quantities spoken"


def n_chat_policy_dates():
    return [(C, ["policy renews %s %d, %d. premium £%d.%02d/month, excess £%d" % (R.choice(MONTHS).title(), R.randint(1, 28), R.randint(2026, 2028), R.randint(9, 80), R.randint(0, 99), R.choice([100, 250, 500]))])], \
        "chat/insurance: renewal date (not DOB), premium and excess"


def n_chat_refund_messy():
    return [(C, ["can u refund the £%d.%02d from %02d/%02d pls %s order no %d, i only got %d of %d items" %
                 (R.randint(5, 99), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12), emo(), R.randint(10000000, 99999999), R.randint(1, 3), R.randint(4, 8))])], \
        "chat/retail: refund amount, short purchase date, 8-digit order number with its label, counts"


def n_chat_app_version():
    return [(C, ["app v%d.%d.%d keeps crashing on my phone (android %d), tried %d times since %d:%02d " %
                 (R.randint(3, 19), R.randint(0, 9), R.randint(0, 9), R.randint(10, 15), R.randint(2, 9), R.randint(7, 11), R.randint(0, 59)) + emo()])], \
        "social DM/telecom: app version numbers, counts and times"


def n_sms_apr():
    return [(C, ["why is my APR %d.%d%% now?? was %d.%d%% in %d and the limit is £%d,%03d" %
                 (R.randint(10, 39), R.randint(0, 9), R.randint(5, 19), R.randint(0, 9), R.randint(2019, 2025), R.randint(1, 9), R.choice([0, 500]))])], \
        "sms/banking: interest rates, a year and a credit limit"


def n_email_booking():
    return [(C, ["Hello,\n\nBooking reference %d, %d nights from %d %s, room %d, %d adults. We arrive on flight %s%d at %d:%02d.\n\nThanks" %
                 (R.randint(100000, 9999999999), R.randint(2, 14), R.randint(1, 28), R.choice(MONTHS).title(), R.randint(100, 1299), R.randint(1, 4),
                  R.choice(["EI", "FR", "U2", "BA"]), R.randint(100, 9999), R.randint(6, 22), R.choice([0, 10, 25, 40, 55]))])], \
        "email/travel: booking reference, nights, date, room, flight number and time"


def n_call_year_amounts():
    return [(C, ["we've been paying you since %s and it's gone from %s pounds to %s pounds a month" %
                 (say_year(R.randint(1990, 2015)), say_num_words(R.randint(20, 60)), say_num_words(R.randint(61, 140)))])], \
        "call/utilities: year and monthly amounts spoken"


NEGATIVE = [
    (n_chat_money, 5), (n_chat_order, 5), (n_call_money, 4), (n_call_reference, 4), (n_chat_appointment, 5),
    (n_call_appointment, 4), (n_chat_flight, 5), (n_call_flight, 3), (n_chat_meter, 4), (n_call_meter, 3),
    (n_chat_model, 4), (n_chat_years, 4), (n_call_age, 3), (n_chat_temp, 4), (n_chat_invoice, 5), (n_call_claim, 4),
    (n_chat_last4, 4), (n_call_hold, 3), (n_chat_data, 4), (n_call_balance, 3), (n_chat_ticket_long, 4),
    (n_call_price, 3), (n_chat_speed_dist, 4), (n_chat_times, 4), (n_call_quantity, 3), (n_chat_policy_dates, 4),
    (n_chat_refund_messy, 4), (n_chat_app_version, 3), (n_sms_apr, 3), (n_email_booking, 3), (n_call_year_amounts, 3),
]


def generate():
    cases = []
    i = 0
    for fn, k in POSITIVE:
        for _ in range(k):
            i += 1
            specs, note = fn()
            turns, spans = build(specs)
            cases.append({"id": "%s-pos-%03d" % (PREFIX, i), "kind": "positive", "turns": turns, "spans": spans, "note": note})
    j = 0
    for fn, k in NEGATIVE:
        for _ in range(k):
            j += 1
            specs, note = fn()
            turns, spans = build(specs)
            assert not spans
            cases.append({"id": "%s-neg-%03d" % (PREFIX, j), "kind": "negative", "turns": turns, "spans": [], "note": note})
    return cases


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- normalisation / validation

WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "ate": "8", "for": "4", "to": "2", "too": "2"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
ORDNUM = {v: k for k, v in ORD.items()}
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
LETTER_REV = {}
for _k, _vs in LETTER_WORDS.items():
    for _v in _vs:
        LETTER_REV[_v] = _k
SKIP = {"um", "uh", "er", "erm", "and", "the", "of", "slash", "dash", "hyphen", "space", "plus", "sorry", "no",
        "hang", "on", "let", "me", "start", "that", "bit", "again", "as", "in"}


def spoken_norm(text):
    """Turn an ASR-style span into a string of digits/upper-case letters; returns (norm, unknown_words)."""
    toks = re.findall(r"[a-z\-]+|\d+", text.lower())
    toks = [t.replace("-", "") for t in toks if t.replace("-", "")]
    out, unknown = "", []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out += t
        elif t in ("double", "triple", "treble"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        elif t == "for" and nxt in NATO_REV and out:
            out = out[:-1] + NATO_REV[nxt]  # "o for oscar" -> O, "b for bravo" -> B
            i += 2
            continue
        elif t in TEENNUM:
            out += TEENNUM[t] * mult
        elif t in TENNUM:
            if nxt in UNITS[1:]:
                out += str(TENNUM[t]) + WORDNUM[nxt]
                i += 1
            elif nxt in ORDNUM and ORDNUM[nxt] < 10:
                out += str(TENNUM[t]) + str(ORDNUM[nxt])
                i += 1
            else:
                out += str(TENNUM[t]) + "0"
        elif t == "hundred":
            out += "00"
        elif t == "thousand":
            rest = [x for x in toks[i + 1:] if x != "and"]
            if rest and rest[0] in UNITS[1:]:
                out += "00" + WORDNUM[rest[0]]
                i = toks.index(rest[0], i + 1)
            else:
                out += "000"
        elif t in ORDNUM:
            out += "%02d" % ORDNUM[t] if ORDNUM[t] >= 10 or not out else str(ORDNUM[t])
        elif t in MONTHS:
            out += "%02d" % (MONTHS.index(t) + 1)
        elif t in WORDNUM and t not in ("for", "to", "too", "o") :
            out += WORDNUM[t] * mult
        elif t in ("o",):
            out += "0" * mult
        elif t in ("for", "to", "too", "ate"):
            out += WORDNUM[t] * mult
        elif t in NATO_REV:
            out += NATO_REV[t]
        elif t in LETTER_REV:
            out += LETTER_REV[t]
        elif len(t) == 1:
            out += t.upper()
        elif t in SKIP:
            pass
        else:
            unknown.append(t)
        mult = 1
        i += 1
    return out, unknown


MONTH_ABBR = {m[:3]: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}


def month_pre(text):
    """Typed dates: replace month names/abbreviations by numbers and drop ordinal suffixes."""
    if not re.search(r"\d", text):
        return text
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text, flags=re.I)
    t = re.sub(r"\bof\b", " ", t, flags=re.I)
    return re.sub(r"[A-Za-z]+", lambda m: MONTH_ABBR.get(m.group(0).lower()[:3], m.group(0)) if m.group(0).lower()[:3] in MONTH_ABBR and (m.group(0).lower() in MONTHS or len(m.group(0)) == 3) else m.group(0), t)


def norm(text):
    if re.search(r"\d", text) or re.fullmatch(r"[A-Za-z]{2}", text):
        return re.sub(r"[^0-9A-Za-z]", "", text).upper(), []
    return spoken_norm(text)


def partition(values, ok):
    """Can the list of normalised strings be split into consecutive groups each accepted by ok?"""
    n = len(values)
    memo = {}

    def rec(i):
        if i == n:
            return True
        if i in memo:
            return memo[i]
        acc = ""
        for j in range(i, n):
            acc += values[j]
            if ok(acc) and rec(j + 1):
                memo[i] = True
                return True
        memo[i] = False
        return False

    return rec(0)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def v_card(s):
    return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)


def v_expiry(s):
    if not s.isdigit() or len(s) not in (3, 4, 6):
        return False
    m = int(s[:-2] if len(s) != 6 else s[:2])
    return 1 <= m <= 12


def v_dob(s):
    if not s.isdigit() or not 5 <= len(s) <= 8:
        return False
    return bool(re.search(r"19\d\d|20[012]\d", s)) or len(s) == 6


VALIDATORS = {
    "CARD_NUMBER": v_card,
    "CVV": lambda s: s.isdigit() and len(s) in (3, 4),
    "EXPIRY": v_expiry,
    "SSN": lambda s: s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666"),
    "NI_NUMBER": lambda s: bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s)),
    "BANK_ACCOUNT": lambda s: s.isdigit() and 6 <= len(s) <= 17,
    "SORT_CODE": lambda s: s.isdigit() and len(s) == 6,
    "IBAN": iban_ok,
    "PHONE": lambda s: s.isdigit() and 9 <= len(s) <= 15,
    "DOB": v_dob,
    "POSTCODE": lambda s: bool(UK_PC.match(s)) or bool(re.fullmatch(r"\d{5}(\d{4})?", s)),
}


def email_norm(text):
    t = text.strip()
    if "@" not in t:
        t = re.sub(r"\s*[\[\(]?\bat\b[\]\)]?\s*", "@", t)
        t = re.sub(r"\s*[\[\(]?\bdot\b[\]\)]?\s*", ".", t)
        t = re.sub(r"\s*\bunderscore\b\s*", "_", t)
        toks = t.split()
        conv = []
        for tok in toks:
            conv.append(WORDNUM.get(tok, tok) if tok in UNITS or tok in ("oh", "nought") else tok)
        t = "".join(conv)
    t = re.sub(r"\s*[\[\(]at[\]\)]\s*", "@", t)
    t = re.sub(r"\s*[\[\(]dot[\]\)]\s*", ".", t)
    return t.replace(" ", "")


def check_address(text):
    low = text.lower()
    has_num = bool(re.search(r"\d", low)) or any(w in low.split() for w in UNITS + TEENS + [x for x in TENS if x] + ["hundred"])
    has_street = any(w.strip(",.") in STREET_WORDS for w in low.split())
    return has_num and has_street


def check(text_written):
    problems = []
    cases = [json.loads(l) for l in text_written.splitlines()]
    ids = Counter(c["id"] for c in cases)
    for k, v in ids.items():
        if v > 1:
            problems.append("duplicate id %s" % k)
    type_counts = Counter()
    kinds = Counter()
    for c in cases:
        cid = c["id"]
        kinds[c["kind"]] += 1
        if set(c) != {"id", "kind", "turns", "spans", "note"}:
            problems.append("%s: bad keys" % cid)
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s: negative with spans" % cid)
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % cid)
        if not cid.startswith(PREFIX + ("-pos-" if c["kind"] == "positive" else "-neg-")):
            problems.append("%s: id/kind mismatch" % cid)
        for t in c["turns"]:
            if t["speaker"] not in (A, C) or not t["text"]:
                problems.append("%s: bad turn" % cid)
        by_turn = {}
        per_type = {}
        prev = (-1, -1)
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, s["type"]))
                continue
            type_counts[s["type"]] += 1
            if not 0 <= s["turn"] < len(c["turns"]):
                problems.append("%s: turn out of range" % cid)
                continue
            txt = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                problems.append("%s: offsets out of range" % cid)
                continue
            if (s["turn"], st) < prev:
                problems.append("%s: spans not in order" % cid)
            prev = (s["turn"], en)
            by_turn.setdefault(s["turn"], []).append((st, en))
            val = txt[st:en]
            if not (val[0].isalnum() or val[0] in "+(") or not val[-1].isalnum():
                problems.append("%s: span edges not alnum %r" % (cid, val))
            if st > 0 and txt[st - 1].isalnum():
                problems.append("%s: span start not on word boundary %r" % (cid, val))
            if en < len(txt) and txt[en].isalnum():
                problems.append("%s: span end not on word boundary %r" % (cid, val))
            per_type.setdefault(s["type"], []).append(val)
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans" % cid)
        for typ, vals in per_type.items():
            if typ == "EMAIL":
                for v in vals:
                    e = email_norm(v)
                    if not re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", e):
                        problems.append("%s: invalid EMAIL %r -> %r" % (cid, v, e))
                continue
            if typ == "ADDRESS":
                for v in vals:
                    if not check_address(v):
                        problems.append("%s: invalid ADDRESS %r" % (cid, v))
                continue
            normed = []
            for v in vals:
                nv, unk = norm(month_pre(v) if typ in ("DOB", "EXPIRY") else v)
                if unk:
                    problems.append("%s: unknown words %r in %s %r" % (cid, unk, typ, v))
                normed.append(nv)
            ok = VALIDATORS[typ]
            if typ == "CARD_NUMBER" and "self-correction" in c["note"]:
                # the abandoned group is labelled too; validate with it removed
                if not any(partition(normed[:k] + normed[k + 1:], ok) for k in range(len(normed))):
                    problems.append("%s: invalid CARD_NUMBER %r" % (cid, normed))
                continue
            if not partition(normed, ok):
                problems.append("%s: invalid %s %r" % (cid, typ, normed))
    return problems, type_counts, kinds


def readme(type_counts, kinds):
    rows = "\n".join("| %s | %d |" % (t, type_counts.get(t, 0)) for t in TYPES)
    return f"""# pii_holdout100 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it has not been developed against. Do not add its cases to training or rule
development, and do not adjust patterns to make specific cases here pass.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did not
see the redaction code, its tests, its documentation or any other fixture set
(only a three-line example of the JSONL format). Cases are produced by
`scripts/make_pii_holdout100.py` from template functions: every turn is
assembled from plain-text segments and (value, TYPE) segments, so span offsets
are computed, never typed by hand. All values come from one
`random.Random({SEED})`; the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout100.py          # regenerate
    python scripts/make_pii_holdout100.py --check  # verify (exit 1 on any problem)

`--check` regenerates and compares byte-for-byte, checks unique ids, offsets in
range and on word boundaries, non-overlapping spans, and validates each value
after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format,
9 digits for SSN, 6 for sort codes, digit counts for CVV/phone/account, UK
postcode / US ZIP shapes, month 1-12 for expiry). Values split across several
spans of one case are validated by joining consecutive spans.

Emphasis: about two thirds typed channels (web chat, SMS, e-mail bodies, social
DMs) with messy typing — values split over several messages, typos in nearby
words, odd separators (non-breaking space, tab, zero-width space, dots,
slashes, underscores), mixed case, emojis, smart quotes from copy-paste,
e-mail signature blocks — and one third phone calls written as an ASR
transcript (lower case, numbers as words, "oh"/"o"/"nought", "double"/"triple",
pairs like "forty one", NATO letters "b for bravo", homophones, fillers,
back-channels, self-corrections and agent read-backs).

## Annotation conventions

* A span covers the value only, from its first to its last letter/digit
  (a leading `+` of an international phone number, or the `(` of a US area
  code, is included). Labels such as
  "card no", "ssn", "dob", "its" and trailing punctuation/emojis are outside.
* Internal separators (spaces, dashes, dots, slashes, NBSP, tabs) and, in
  spoken readings, words like "double", "oh", "for bravo", "slash", "plus" and
  filler words ("um") that sit *inside* a reading are inside the span.
* A value split across turns/messages gets one span per turn; a value whose
  reading is interrupted within one turn by a few words (e.g. "um") may be
  one span or two separate spans. In the self-correction cases the abandoned
  group is labelled as CARD_NUMBER too (it is part of a card reading).
* Agent read-backs of a value are labelled like the customer's reading.
* EXPIRY/CVV/DOB are labelled only where the context makes them card expiry,
  security code or birth date. Ages, appointment dates, payment dates, money,
  times, order/ticket/claim/invoice/reference numbers, flight numbers, tax codes,
  BICs, booking refs and meter readings are never labelled.
* DOB includes the whole date expression ("the third of may nineteen eighty
  two"); when day/month and year are given in separate turns each part is a span.
* ADDRESS is the street line (house/flat number + street name + street type);
  city/state are not labelled; POSTCODE (UK postcode or US ZIP/ZIP+4) is a
  separate span.
* EMAIL includes spoken or obfuscated forms ("j dot doe at gmail dot com",
  "name [at] domain [dot] com") in full.

## Counts

Positive cases: {kinds.get('positive', 0)}; negative cases: {kinds.get('negative', 0)}.

| type | spans |
|---|---|
{rows}

Negative cases contain tricky look-alikes (amounts, prices, times, durations,
counts, years, percentages, non-birth dates, reference numbers up to 10 digits
with their reference word, flight/room/model numbers, meter readings, speeds,
ages, temperatures, balances); a negative case fails if anything in it is
redacted.
"""


def main():
    cases = generate()
    text = serialise(cases)
    problems, tc, kinds = check(text)
    body = readme(tc, kinds)
    if "--check" in sys.argv[1:]:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output (or missing)")
        if not README.exists() or README.read_text(encoding="utf-8") != body:
            problems.append("README.md differs from regenerated output (or missing)")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(body, encoding="utf-8")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if tc.get(t, 0) < need:
            problems.append("too few %s spans: %d < %d" % (t, tc.get(t, 0), need))
    if kinds.get("positive", 0) < 170 or kinds.get("negative", 0) < 100:
        problems.append("too few cases: %r" % dict(kinds))
    print("cases: %d positive, %d negative" % (kinds.get("positive", 0), kinds.get("negative", 0)))
    for t in TYPES:
        print("  %-13s %d" % (t, tc.get(t, 0)))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

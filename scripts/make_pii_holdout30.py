#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout30``.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only; byte-for-byte reproducible from the
seed below.

    python scripts/make_pii_holdout30.py          # write fixture + README
    python scripts/make_pii_holdout30.py --check  # regenerate and verify

Never use this set for tuning.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
import random

SEED = 30241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout30"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
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
ASIN = {"a": "apple", "b": "boy", "c": "charlie", "d": "david", "e": "edward",
        "f": "freddie", "g": "george", "h": "harry", "j": "john", "k": "king",
        "l": "london", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
        "s": "sugar", "t": "tommy", "w": "william", "x": "x-ray", "y": "yellow",
        "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def pick(seq):
    return seq[R.randrange(len(seq))]


def zero_word(uk=True):
    return pick(["zero", "oh", "o", "nought"] if uk else ["zero", "oh", "o"])


def say_digits(s, uk=True, doubles=True, zero=None):
    """Digit-by-digit reading with optional double/triple runs."""
    z = zero or zero_word(uk)
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        j = i
        while j < len(s) and s[j] == d:
            j += 1
        run = j - i
        w = z if d == "0" else UNITS[int(d)]
        if doubles and run == 3 and R.random() < 0.6:
            out.append("triple " + w)
        elif doubles and run == 2 and R.random() < 0.7:
            out.append("double " + w)
        elif doubles and run == 4 and R.random() < 0.5:
            out.append("double " + w + " double " + w)
        else:
            out.extend([w] * run)
        i = j
    return " ".join(out)


def say_pair(p, uk=True):
    a, b = p[0], p[1]
    if a == "0":
        return zero_word(uk) + " " + (zero_word(uk) if b == "0" else UNITS[int(b)])
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + UNITS[int(b)])


def say_pairs(s, uk=True):
    parts = []
    i = 0
    if len(s) % 2 == 1:
        parts.append(UNITS[int(s[0])] if s[0] != "0" else zero_word(uk))
        i = 1
    while i < len(s):
        if i + 1 < len(s):
            parts.append(say_pair(s[i:i + 2], uk))
            i += 2
        else:
            parts.append(UNITS[int(s[i])] if s[i] != "0" else zero_word(uk))
            i += 1
    return " ".join(parts)


def say_mixed(s, uk=True):
    """Pairs ('forty one eleven') or digits; pairs only when unambiguous when
    followed by further spoken digits (no trailing bare tens word)."""
    use_pairs = R.random() < 0.4
    if use_pairs and len(s) % 2 == 0 and not (s[-2] >= "2" and s[-1] == "0"):
        return say_pairs(s, uk)
    return say_digits(s, uk)


def say_letter(c, style=None):
    c = c.lower()
    style = style or pick(["plain", "plain", "nato", "asin"])
    if style == "nato":
        return "%s for %s" % (c, NATO[c])
    if style == "asin" and c in ASIN:
        return "%s as in %s" % (c, ASIN[c])
    return c


def say_year(y):
    y = str(y)
    if y.startswith("20"):
        t = int(y[2:])
        if t < 10:
            return pick(["two thousand and " + UNITS[t], "two thousand " + UNITS[t],
                         "twenty oh " + UNITS[t]])
        return pick(["two thousand and " + say_pair(y[2:]), "twenty " + say_pair(y[2:])])
    return say_pair(y[:2]) + " " + say_pair(y[2:])


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


# ---------------------------------------------------------------- values
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def make_card(brand=None):
    brand = brand or pick(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if brand == "visa":
        pre, n = "4" + str(R.randint(0, 9)), 16
    elif brand == "visa13":
        pre, n = "4" + str(R.randint(0, 9)), 13
    elif brand == "mc":
        pre, n = str(R.randint(51, 55)), 16
    elif brand == "amex":
        pre, n = pick(["34", "37"]), 15
    elif brand == "disc":
        pre, n = "6011", 16
    else:
        pre, n = pick(["6759", "6763"]), pick([18, 19])
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, brand
    raise AssertionError


def card_groups(num):
    n = len(num)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 4, 5]
    if n == 16:
        return [4, 4, 4, 4]
    if n == 18:
        return [4, 4, 4, 4, 2]
    return [4, 4, 4, 4, 3]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + pick("ABCD")


def make_digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    cd = 98 - int(num) % 97
    return "%s%02d%s" % (country, cd, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def make_iban(country=None):
    country = country or pick(["GB", "IE", "DE", "FR", "NL", "ES", "IT", "BE"])
    if country == "GB":
        bban = pick(["NWBK", "BARC", "HBUK", "LLYD", "MIDL"]) + make_digits(14)
    elif country == "IE":
        bban = pick(["AIBK", "BKIR", "IPBS"]) + make_digits(14)
    elif country == "DE":
        bban = make_digits(18)
    elif country == "FR":
        bban = make_digits(23)
    elif country == "NL":
        bban = pick(["ABNA", "RABN", "INGB"]) + make_digits(10)
    elif country == "ES":
        bban = make_digits(20)
    elif country == "IT":
        bban = pick("ABCDEFGHJKLMNPRSTUVWXYZ") + make_digits(22)
    else:
        bban = make_digits(12)
    return iban_check(country, bban)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def make_uk_mobile():
    return "07" + str(R.randint(4, 9)) + make_digits(8)


def make_uk_landline():
    code = pick(["020", "0161", "0113", "0121", "0131", "0141", "0117", "029", "0191"])
    return code + make_digits(11 - len(code), first_nonzero=True)


US_AREAS = ["212", "415", "312", "617", "206", "512", "303", "404", "702", "614", "919", "503"]


def make_us_phone():
    return pick(US_AREAS) + str(R.randint(2, 9)) + make_digits(2) + make_digits(4)


def make_ie_mobile():
    return "08" + pick("35679") + make_digits(7)


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "daniel",
         "niamh", "oliver", "chloe", "marek", "fatima", "sean", "emily", "carlos", "hannah",
         "dev", "rachel", "kofi", "megan", "lukas", "sofia"]
LAST = ["walsh", "patel", "okafor", "murphy", "smith", "nguyen", "kowalski", "obrien",
        "hughes", "garcia", "khan", "doyle", "fischer", "brennan", "taylor", "reid",
        "morgan", "costa", "byrne", "jones"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "gmx.de", "proton.me"]


def make_email():
    f, l = pick(FIRST), pick(LAST)
    style = R.randrange(5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = f + l[0] + str(R.randint(70, 99))
    else:
        local = l + "." + f[0]
    return local + "@" + pick(DOMAINS), (f, l)


def say_email(addr):
    local, dom = addr.split("@")
    out = []
    for part in re.split(r"([._])", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        else:
            for run in re.findall(r"[a-z]+|[0-9]+", part):
                if run.isdigit():
                    out.append(say_mixed(run))
                elif len(run) <= 2:
                    out.append(" ".join(run))
                else:
                    out.append(run)
    dp = dom.split(".")
    return " ".join(out) + " at " + " dot ".join(dp)


UK_OUT = ["SW1A", "M1", "B33", "LS6", "EH8", "CF10", "G12", "BT7", "NE1", "N16", "E14",
          "SE15", "W2", "BS3", "L17", "NG7", "CB2", "RG1", "BN2", "DY1", "PE29", "TW9",
          "KT2", "WR1", "HU5", "CH4"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_postcode():
    return pick(UK_OUT) + " " + str(R.randint(1, 9)) + pick(INWARD_LETTERS) + pick(INWARD_LETTERS)


US_ZIPS = ["10027", "94110", "60614", "02139", "98103", "78704", "80205", "30307",
           "89109", "43215", "27601", "97214", "33139", "19104", "55408"]


def make_zip(plus4=False):
    z = pick(US_ZIPS)
    return z + ("-" + make_digits(4) if plus4 else "")


def say_uk_postcode(pc, letter_style=None):
    out = []
    raw = pc.replace(" ", "")
    if raw[-1] == raw[-2] and R.random() < 0.8:
        return say_uk_postcode(raw[:-2], letter_style) + " double " + raw[-1].lower()
    for ch in raw:
        if ch.isdigit():
            out.append(UNITS[int(ch)] if ch != "0" else zero_word())
        else:
            out.append(say_letter(ch, letter_style))
    return " ".join(out)


STREETS_UK = ["Mill Lane", "Church Road", "Victoria Street", "Station Road", "Park Avenue",
              "Queens Drive", "Elm Grove", "Harbour View", "Kings Crescent", "Ashfield Close",
              "Beech Way", "Rosemary Gardens", "Castle Terrace", "Hilltop Rise"]
STREETS_US = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Pine Ridge Road",
              "Elm Court", "Lakeview Drive", "Washington Avenue", "Cedar Lane",
              "Hillcrest Parkway", "Birch Place"]
STREETS_IE = ["Griffith Avenue", "Main Street", "Strand Road", "College Green",
              "Dublin Road", "Seafield Park"]


def house_number():
    return str(pick([R.randint(1, 99), R.randint(1, 99), R.randint(100, 2999)]))


def say_house_number(n):
    if len(n) == 1:
        return UNITS[int(n)]
    if len(n) == 2:
        return say_pair(n)
    if len(n) == 3:
        if n[1:] == "00":
            return UNITS[int(n[0])] + " hundred"
        return UNITS[int(n[0])] + " " + (say_pair(n[1:]) if n[1] != "0" else "oh " + UNITS[int(n[2])])
    if n[2:] == "00":
        return say_pair(n[:2]) + " hundred"
    return say_pair(n[:2]) + " " + (say_pair(n[2:]) if n[2] != "0" else "oh " + UNITS[int(n[3])])


def make_dob():
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def dob_chat(y, m, d, us=False):
    style = R.randrange(7)
    if style == 5:
        sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%d%s %s %d" % (d, sfx, MONTHS[m - 1].capitalize(), y)
    if style == 6:
        return "%d%s of %s '%02d" % (d, "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"),
                                     MONTHS[m - 1][:3].capitalize(), y % 100)
    if style == 0:
        return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
    if style == 1:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if style == 2:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if style == 3:
        return "%d-%02d-%02d" % (y, m, d)
    return "%d.%d.%02d" % (d, m, y % 100)


def dob_spoken(y, m, d):
    style = R.randrange(4)
    if style == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    if style == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
    if style == 2:
        return "%s %s %s" % (say_pair("%02d" % d), say_pair("%02d" % m), say_year(y))
    return "%s of the %s %s" % (ORD[d], ORD[m], say_pair(str(y)[2:]))


def expiry_chat(m, y):
    return pick(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                 "%d/%02d" % (m, y), "%02d %02d" % (m, y), "%02d%02d" % (m, y), "%02d / %02d" % (m, y)])


def expiry_spoken(m, y):
    style = R.randrange(4)
    if style == 0:
        return "%s %s" % (say_pair("%02d" % m), say_pair("%02d" % y))
    if style == 1:
        return "%s twenty %s" % (MONTHS[m - 1], say_pair("%02d" % y))
    if style == 2:
        return "%s slash %s" % (UNITS[m] if m < 10 else TEENS[m - 10], say_pair("%02d" % y))
    return "%s %s" % (say_digits("%02d" % m, doubles=False), say_digits("%02d" % y, doubles=False))


# ---------------------------------------------------------------- case assembly
def build(segs):
    text, spans = "", []
    for s in segs:
        if isinstance(s, str):
            text += s
        else:
            val, typ = s[0], s[1]
            grp = s[2] if len(s) > 2 else None
            spans.append((len(text), len(text) + len(val), typ, grp))
            text += val
    return text, spans


ALL = []


def case(kind, note, turns):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text, sp = build(segs)
        out_turns.append({"speaker": spk, "text": text})
        for st, en, typ, grp in sp:
            spans.append({"turn": ti, "start": st, "end": en, "type": typ, "_grp": grp})
    if kind == "negative":
        assert not spans
    ALL.append({"kind": kind, "turns": out_turns, "spans": spans, "note": note})


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


_gid = [0]


def gid():
    _gid[0] += 1
    return "g%d" % _gid[0]


def filler():
    return pick(["um", "uh", "er", "erm", "like"])


def ack():
    return pick(["mhm", "okay", "yep", "okay go on", "right", "uh huh", "got it", "yes", "and then"])


# ================================================================ POSITIVE templates
def p_card_chat_inline():
    num, brand = make_card()
    sep = pick([" ", "-", "", " ", "."])
    shown = sep.join(chunks(num, card_groups(num))) if sep != "" else num
    amt = "%d.%02d" % (R.randint(12, 480), R.randint(0, 99))
    pre = pick(["hi can i pay the outstanding £%s now? card is " % amt,
                "Card number: ", "ok the card is ", "its ",
                "Pls use this one instead -> ", "new card no. "])
    post = pick(["", " thanks", " (debit)", " . exp in next msg", ", the amount is $%s" % amt])
    ind = pick(["retail", "telecom", "utilities", "travel", "insurance"])
    case("positive", "chat/%s: %s card typed with sep %r inside a sentence" % (ind, brand, sep),
         [A("Sure, what card would you like to use today?"),
          C(pre, (shown, "CARD_NUMBER"), post)])


def p_card_call_oneturn():
    num, brand = make_card()
    uk = R.random() < 0.6
    parts = [say_mixed(c, uk) for c in chunks(num, card_groups(num))]
    spoken = " ".join(parts)
    pre = pick(["yeah it's ", "okay so it's ", "right ", "it is ", "so the long number is "])
    post = pick(["", " and that's a debit card", " did you get that", " yeah"])
    ind = pick(["banking", "telecom", "utilities", "healthcare billing", "retail"])
    case("positive", "call/%s: %s card read in one turn, digits/pairs mix" % (ind, brand),
         [A("can i take the long card number please"), C(pre, (spoken, "CARD_NUMBER"), post)])


def p_card_call_split():
    num, brand = make_card()
    g = gid()
    turns = [A(pick(["okay go ahead with the card number when you're ready",
                     "and the long number across the front", "whenever you're ready with the card"]))]
    cs = chunks(num, card_groups(num))
    for i, c in enumerate(cs):
        sp = say_mixed(c)
        if i == 1 and R.random() < 0.5:
            turns.append(C((sp, "CARD_NUMBER", g), " " + filler()))
        elif i == 0:
            turns.append(C(pick(["right ", "yeah ", "okay ", "so "]), (sp, "CARD_NUMBER", g)))
        else:
            turns.append(C((sp, "CARD_NUMBER", g)))
        if i < len(cs) - 1:
            turns.append(A(ack()))
    ind = pick(["insurance", "utilities", "travel", "telecom"])
    case("positive", "call/%s: %s card split over %d customer turns with back-channels" % (ind, brand, len(cs)), turns)


def p_card_selfcorrect():
    num, brand = make_card("visa")
    g = gid()
    cs = chunks(num, card_groups(num))
    wrong = cs[1][:3] + str((int(cs[1][3]) + 1) % 10)
    t = C((say_digits(cs[0]), "CARD_NUMBER", g), " ",
          (say_digits(wrong), "CARD_NUMBER", "_x"), " no sorry ",
          (say_digits(cs[1]), "CARD_NUMBER", g), " ",
          (say_digits(cs[2] + cs[3]), "CARD_NUMBER", g))
    case("positive", "call/retail: card with self-correction of a group (wrong group also labelled)",
         [A("what's the card number"), t, A("thank you")])


def p_card_readback():
    num, brand = make_card()
    cs = chunks(num, card_groups(num))
    g1 = gid()
    g2 = gid()
    cust = " ".join(say_digits(c) for c in cs)
    back = ", ".join(say_digits(c, doubles=False) for c in cs)
    case("positive", "call/banking: customer reads card, agent reads it back with commas",
         [A("the card number please"), C((cust, "CARD_NUMBER", g1)),
          A("let me just read that back ", (back, "CARD_NUMBER", g2), " is that right"),
          C("yes that's it")])


def p_card_cvv_exp_call():
    num, brand = make_card(pick(["visa", "mc", "amex"]))
    cvv = make_digits(4 if brand == "amex" else 3)
    m, y = R.randint(1, 12), R.randint(26, 31)
    turns = [A("and what's the card number"),
             C((say_mixed(num), "CARD_NUMBER")),
             A("and the expiry date"),
             C(pick(["it's ", "", "expires "]), (expiry_spoken(m, y), "EXPIRY")),
             A("and the four digit code on the front" if brand == "amex" else
               pick(["and the three digit security code on the back",
                     "lastly the security code please", "and the cvv"])),
             C(pick(["", "it's ", "uh "]), (say_digits(cvv), "CVV"))]
    case("positive", "call/%s: card, expiry and cvv over consecutive turns" %
         pick(["utilities", "travel", "telecom"]), turns)


def p_cvv_exp_chat():
    num, brand = make_card(pick(["visa", "mc"]))
    cvv = make_digits(3)
    m, y = R.randint(1, 12), R.randint(26, 31)
    style = R.randrange(3)
    if style == 0:
        t = C((group4(num), "CARD_NUMBER"), " exp ", (expiry_chat(m, y), "EXPIRY"),
              " cvv ", (cvv, "CVV"))
    elif style == 1:
        t = C((num, "CARD_NUMBER"), ", expiry ", (expiry_chat(m, y), "EXPIRY"),
              ", security code ", (cvv, "CVV"))
    else:
        t = C("card ", (group4(num), "CARD_NUMBER"), "\nexpires ", (expiry_chat(m, y), "EXPIRY"),
              "\nCVC ", (cvv, "CVV"))
    case("positive", "chat/retail: card, expiry and cvv all in one typed message",
         [A("Please send the card details to complete the order of £%d.%02d." % (R.randint(20, 300), R.randint(0, 99))), t])


def p_cvv_words():
    cvv = make_digits(3)
    form = pick(["hundred", "pairs", "digits"])
    if form == "hundred" and cvv[0] != "0" and cvv[1] != "0":
        sp = UNITS[int(cvv[0])] + " hundred and " + say_pair(cvv[1:])
    elif form == "pairs":
        sp = UNITS[int(cvv[0])] + " " + say_pair(cvv[1:]) if cvv[0] != "0" else "oh " + say_pair(cvv[1:])
    else:
        sp = say_digits(cvv)
    m, y = R.randint(1, 12), R.randint(26, 30)
    case("positive", "call/healthcare billing: cvv said as a number, expiry month name",
         [A("what's the expiry on the card"),
          C((expiry_spoken(m, y), "EXPIRY"), " ", filler()),
          A("and the three numbers on the back by the signature strip"),
          C("okay ", (sp, "CVV"))])


def p_ssn_chat():
    s = make_ssn()
    fmt = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"])
    shown = fmt % (s[:3], s[3:5], s[5:])
    pre = pick(["my ssn is ", "SSN: ", "social is ", "its ", "ok here: ", "ss# "])
    post = pick(["", " thx", ". I also owe about $%d on the account" % R.randint(50, 900), " - is that enough to verify?"])
    ind = pick(["banking", "insurance", "government services", "healthcare billing", "telecom"])
    case("positive", "chat/%s (US): SSN typed as %r" % (ind, fmt.replace("%s", "x")),
         [A("To verify your identity I'll need your Social Security number."), C(pre, (shown, "SSN"), post)])


def p_ssn_call():
    s = make_ssn()
    style = R.randrange(4)
    if style == 0:
        sp = " ".join(say_digits(p, uk=False) for p in (s[:3], s[3:5], s[5:]))
    elif style == 1:
        sp = say_digits(s[:3], uk=False) + " " + say_pair(s[3:5], uk=False) + " " + say_pairs(s[5:], uk=False)
    elif style == 2:
        sp = say_digits(s, uk=False)
    else:
        sp = " dash ".join(say_digits(p, uk=False) for p in (s[:3], s[3:5], s[5:]))
    ind = pick(["insurance", "banking", "government services", "healthcare billing"])
    case("positive", "call/%s (US): SSN spoken in one turn" % ind,
         [A("can i get your social security number please"),
          C(pick(["sure it's ", "yeah ", "okay ", "it's "]), (sp, "SSN"))])


def p_ssn_split():
    s = make_ssn()
    g = gid()
    parts = (s[:3], s[3:5], s[5:])
    turns = [A("and your social please")]
    turns.append(C(pick(["", "okay "]), (say_digits(parts[0], uk=False), "SSN", g)))
    turns.append(A(ack()))
    turns.append(C((say_digits(parts[1], uk=False), "SSN", g)))
    turns.append(A(ack()))
    turns.append(C((say_pairs(parts[2], uk=False), "SSN", g), " " + pick(["that's it", "yeah", "uh huh"])))
    case("positive", "call/government services (US): SSN split in three turns, last group as pairs", turns)


def p_ssn_last4_plus_full():
    s = make_ssn()
    amt = R.randint(100, 999)
    case("positive", "call/banking (US): SSN with unrelated dollar amount and date in same turn",
         [A("i can help with the %d dollar charge can you verify with your social" % amt),
          C("yeah so it's ", (say_digits(s, uk=False), "SSN"), " and the charge was on the ",
            ORD[R.randint(1, 28)], " i think")])


def p_ni_chat():
    ni = make_ni()
    style = R.randrange(4)
    if style == 0:
        shown = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif style == 1:
        shown = ni
    elif style == 2:
        shown = ni.lower()
    else:
        shown = "%s%s %s" % (ni[:2], ni[2:8], ni[8])
    pre = pick(["NI number is ", "my national insurance no is ", "its ", "NINO: ", "ni - "])
    ind = pick(["government services", "banking", "insurance", "utilities", "retail"])
    case("positive", "chat/%s (UK): NI number typed style %d" % (ind, style),
         [A("Could you confirm your National Insurance number?"), C(pre, (shown, "NI_NUMBER"))])


def ni_spoken(ni):
    ls = pick(["plain", "nato", "asin", None])
    parts = [say_letter(ni[0], ls), say_letter(ni[1], ls)]
    digs = ni[2:8]
    if R.random() < 0.5:
        parts.append(say_pairs(digs))
    else:
        parts.append(say_digits(digs))
    parts.append(say_letter(ni[8], ls))
    return " ".join(parts)


def p_ni_call():
    ni = make_ni()
    case("positive", "call/%s (UK): NI number spoken with letters and digits" %
         pick(["government services", "banking", "insurance", "healthcare billing"]),
         [A("and your national insurance number please"),
          C(pick(["yeah it's ", "okay ", "", "right it's "]), (ni_spoken(ni), "NI_NUMBER"),
            pick(["", " i think", " yeah"]))])


def p_ni_split():
    ni = make_ni()
    g = gid()
    ls = pick(["plain", "nato"])
    turns = [A("go ahead with the national insurance number"),
             C((say_letter(ni[0], ls) + " " + say_letter(ni[1], ls), "NI_NUMBER", g)),
             A(ack()),
             C((say_pairs(ni[2:6]), "NI_NUMBER", g)),
             A(ack()),
             C((say_pair(ni[6:8]), "NI_NUMBER", g), " and then ", (say_letter(ni[8], ls), "NI_NUMBER", g))]
    case("positive", "call/government services (UK): NI number split across turns, suffix letter separate", turns)


def p_ni_readback():
    ni = make_ni()
    g1, g2 = gid(), gid()
    case("positive", "call/insurance (UK): NI spoken then agent reads it back letter by letter",
         [A("what's your n i number"),
          C((ni_spoken(ni), "NI_NUMBER", g1)),
          A("so that's ", (" ".join(say_letter(c, "plain") if c.isalpha() else UNITS[int(c)] for c in ni), "NI_NUMBER", g2),
            " yeah"),
          C("that's right")])


def p_bank_uk_chat():
    acct, sc = make_digits(8), make_digits(6)
    scs = pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    order = R.random() < 0.5
    if order:
        t = C("sort code ", (scs, "SORT_CODE"), " account ", (acct, "BANK_ACCOUNT"))
    else:
        t = C("Acc no ", (acct, "BANK_ACCOUNT"), pick([" / sc ", ", sort ", " s/c "]), (scs, "SORT_CODE"))
    case("positive", "chat/utilities (UK): direct debit set-up with sort code and account number",
         [A("To set up the Direct Debit for your £%d monthly payment I need the bank details." % R.randint(30, 150)), t])


def p_bank_uk_call():
    acct, sc = make_digits(8), make_digits(6)
    scsp = pick([say_pairs(sc), say_digits(sc), " ".join(say_pair(p) for p in chunks(sc, [2, 2, 2]))])
    turns = [A("what's the sort code"),
             C((scsp, "SORT_CODE")),
             A("and the account number"),
             C(pick(["it's ", "", "okay "]), (say_mixed(acct), "BANK_ACCOUNT"))]
    case("positive", "call/%s (UK): sort code then account number spoken" %
         pick(["banking", "utilities", "insurance", "telecom"]), turns)


def p_bank_split():
    acct, sc = make_digits(8), make_digits(6)
    g = gid()
    turns = [A("and the account number"),
             C((say_digits(acct[:4]), "BANK_ACCOUNT", g)),
             A(ack()),
             C((say_digits(acct[4:]), "BANK_ACCOUNT", g)),
             A("lovely and the sort code"),
             C(pick(["", "it's "]), (say_pair(sc[:2]) + " " + say_pair(sc[2:4]) + " " + say_pair(sc[4:]), "SORT_CODE"))]
    case("positive", "call/banking (UK): account number split in two turns then sort code as pairs", turns)


def p_bank_us():
    acct = make_digits(R.choice([10, 11, 12]))
    routing_amt = R.randint(20, 400)
    case("positive", "chat/banking (US): checking account number for refund with amount",
         [A("We can refund the $%d to your checking account. What's the account number?" % routing_amt),
          C(pick(["acct # ", "account number ", "it's "]), (acct, "BANK_ACCOUNT"), pick(["", " at chase", " thanks"]))])


def p_iban_chat():
    ib = make_iban()
    shown = pick([group4(ib), ib, group4(ib).lower()])
    case("positive", "chat/%s (EU): IBAN typed for refund/transfer" % pick(["travel", "retail", "insurance", "banking"]),
         [A("Please provide the IBAN for the refund of €%d.%02d." % (R.randint(20, 900), R.randint(0, 99))),
          C(pick(["IBAN: ", "here it is ", "my iban is ", ""]), (shown, "IBAN"), pick(["", " (joint account)", " thanks!", " - name on account same as booking"]))])


def iban_spoken(ib):
    parts = [say_letter(ib[0], "plain") + " " + say_letter(ib[1], "plain"), say_pair(ib[2:4])]
    rest = ib[4:]
    i = 0
    while i < len(rest):
        if rest[i].isalpha():
            parts.append(say_letter(rest[i], "plain"))
            i += 1
        else:
            j = i
            while j < len(rest) and rest[j].isdigit():
                j += 1
            parts.append(say_digits(rest[i:j]))
            i = j
    return " ".join(parts)


def p_iban_call():
    ib = make_iban(pick(["GB", "IE", "DE", "NL"]))
    case("positive", "call/banking (EU/UK): IBAN spoken with letters and digits",
         [A("can you read me the iban"), C(pick(["yeah it's ", "okay ", ""]), (iban_spoken(ib), "IBAN"))])


def p_phone_chat():
    kind = pick(["ukm", "ukl", "us", "ie", "intl"])
    if kind == "ukm":
        p = make_uk_mobile()
        shown = pick([p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "(0)" + p[1:]])
    elif kind == "ukl":
        p = make_uk_landline()
        shown = pick([p, p[:4] + " " + p[4:], "+44 (0)" + p[1:]])
    elif kind == "us":
        p = make_us_phone()
        shown = pick(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                      "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
    elif kind == "ie":
        p = make_ie_mobile()
        shown = pick([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:]])
    else:
        cc = pick(["de", "fr", "es"])
        if cc == "de":
            shown = "+49 151 " + make_digits(4) + " " + make_digits(4)
        elif cc == "fr":
            shown = "+33 6 " + " ".join(make_digits(2) for _ in range(4))
        else:
            shown = "+34 612 " + make_digits(3) + " " + make_digits(3)
    if kind == "ukm" and R.random() < 0.3:
        shown = "+44" + p[1:]
    pre = pick(["best number is ", "call me on ", "my mobile: ", "you can reach me at ", "tel "])
    post = pick(["", " after 5pm", " anytime before 6", " (whatsapp too)"])
    case("positive", "chat/%s: phone number typed (%s)" % (pick(["telecom", "retail", "travel", "utilities"]), kind),
         [A("What's the best contact number for you?"), C(pre, (shown, "PHONE"), post)])


def p_phone_call():
    kind = pick(["ukm", "us", "ie", "ukl"])
    if kind == "ukm":
        p = make_uk_mobile()
        sp = say_digits(p[:5]) + " " + say_mixed(p[5:])
    elif kind == "ukl":
        p = make_uk_landline()
        sp = say_digits(p)
    elif kind == "us":
        p = make_us_phone()
        sp = say_digits(p[:3], uk=False) + " " + say_digits(p[3:6], uk=False) + " " + say_pairs(p[6:], uk=False)
    else:
        p = make_ie_mobile()
        sp = say_digits(p[:3]) + " " + say_digits(p[3:])
    t = C(pick(["yeah it's ", "okay ", "it's ", "so "]), (sp, "PHONE"),
          pick(["", " that's my mobile" if kind in ("ukm", "ie", "us") else " thats the landline"]))
    case("positive", "call/%s: phone number spoken (%s)" % (pick(["telecom", "utilities", "insurance"]), kind),
         [A("and a good contact number"), t])


def p_phone_split_plus():
    p = make_uk_mobile()
    g = gid()
    turns = [A("what number shall we ring you back on"),
             C(pick(["it's ", ""]), (pick(["plus four four ", "plus double four "]) + say_digits(p[1:5]), "PHONE", g)),
             A(ack()),
             C((say_digits(p[5:8]), "PHONE", g), " " + filler() + " ", (say_digits(p[8:]), "PHONE", g))]
    case("positive", "call/telecom (UK): international +44 mobile split across turns with filler", turns)


def p_email_chat():
    e, _ = make_email()
    shown = pick([e, e, e.upper() if R.random() < 0.2 else e, e.replace("@", " @ ")])
    case("positive", "chat/%s: email typed in message" % pick(["retail", "travel", "telecom", "insurance"]),
         [A("What email should we send the confirmation to?"),
          C(pick(["", "its ", "email: ", "send it to "]), (shown, "EMAIL"), pick(["", " pls", " thanks!"]))])


def p_email_call():
    e, _ = make_email()
    case("positive", "call/%s: email spoken with 'dot' and 'at'" % pick(["utilities", "travel", "banking", "healthcare billing"]),
         [A("and what's your email address"),
          C(pick(["yeah it's ", "okay so ", "it's "]), (say_email(e), "EMAIL"), pick(["", " all lower case", " and that's all one word"]))])


def p_email_spelled():
    f, l = pick(FIRST), pick(LAST)
    dom = pick(["gmail dot com", "hotmail dot co dot uk", "outlook dot ie", "yahoo dot com"])
    sp = " ".join(l) + " " + " ".join(say_digits(make_digits(2)).split()) + " at " + dom
    case("positive", "call/retail: email with surname spelled letter by letter",
         [A("could you spell the email for me"), C("sure it's ", (sp, "EMAIL"))])


def p_dob_chat():
    y, m, d = make_dob()
    us = R.random() < 0.4
    case("positive", "chat/%s: date of birth typed" % pick(["insurance", "healthcare billing", "banking", "government services"]),
         [A("Can you confirm your date of birth please?"),
          C(pick(["", "dob ", "born ", "it's "]), (dob_chat(y, m, d, us), "DOB"))])


def p_dob_call():
    y, m, d = make_dob()
    case("positive", "call/%s: date of birth spoken" % pick(["insurance", "healthcare billing", "banking", "telecom"]),
         [A("and your date of birth"),
          C(pick(["yeah it's ", "", "okay it's ", "i was born on "]), (dob_spoken(y, m, d), "DOB"))])


def p_dob_with_appt():
    y, m, d = make_dob()
    ad = R.randint(1, 28)
    am = R.randint(1, 12)
    case("positive", "call/healthcare billing: DOB next to a non-birth appointment date (only DOB labelled)",
         [A("i can see an appointment on the %s of %s can i confirm your date of birth" % (ORD[ad], MONTHS[am - 1])),
          C("yes it's ", (dob_spoken(y, m, d), "DOB"), " and the appointment is at ",
            pick(["ten thirty", "half two", "quarter past nine"]))])


def p_postcode_chat():
    if R.random() < 0.6:
        pc = make_uk_postcode()
        shown = pick([pc, pc.replace(" ", ""), pc.lower()])
        note = "UK postcode"
    else:
        pc = make_zip(R.random() < 0.3)
        shown = pc
        note = "US ZIP"
    case("positive", "chat/%s: %s typed alone" % (pick(["utilities", "retail", "telecom"]), note),
         [A("What's the postcode/ZIP of the property?"), C(pick(["", "its ", "postcode ", "zip "]), (shown, "POSTCODE"))])


def p_postcode_call():
    pc = make_uk_postcode()
    case("positive", "call/%s (UK): postcode spoken letter by letter" % pick(["utilities", "insurance", "telecom"]),
         [A("and the postcode"), C(pick(["it's ", "", "yeah "]), (say_uk_postcode(pc), "POSTCODE"))])


def p_zip_call():
    z = make_zip()
    case("positive", "call/%s (US): ZIP code spoken" % pick(["insurance", "telecom", "retail"]),
         [A("what's the zip code"), C(pick(["", "it's ", "uh "]), (say_digits(z, uk=False), "POSTCODE"))])


def p_address_chat():
    r = R.randrange(3)
    if r == 0:
        n, st = house_number(), pick(STREETS_UK)
        city, out = pick([("Leeds", "LS6"), ("Bristol", "BS3"), ("Manchester", "M1"), ("Cardiff", "CF10"),
                          ("London", "N16"), ("Edinburgh", "EH8"), ("Hull", "HU5"), ("Nottingham", "NG7")])
        pc = out + " " + str(R.randint(1, 9)) + pick(INWARD_LETTERS) + pick(INWARD_LETTERS)
        if R.random() < 0.3:
            pc = pc.lower().replace(" ", "")
        t = C(pick(["I've moved to ", "new addr is ", "Please update to "]), ("%s %s" % (n, st), "ADDRESS"),
              ", %s, " % city, (pc, "POSTCODE"))
        note = "UK"
    elif r == 1:
        n, st = house_number(), pick(STREETS_US)
        city, z = pick([("Austin, TX", "78704"), ("Seattle, WA", "98103"), ("Chicago, IL", "60614"),
                        ("Denver, CO", "80205"), ("Atlanta, GA", "30307"), ("Portland, OR", "97214")])
        if R.random() < 0.3:
            z += "-" + make_digits(4)
        t = C("new address: ", ("%s %s" % (n, st), "ADDRESS"), pick([", Apt 4B", ", Unit 12", ""]),
              ", %s " % city, (z, "POSTCODE"))
        note = "US"
    else:
        n, st = house_number(), pick(STREETS_IE)
        t = C("its ", ("%s %s" % (n, st), "ADDRESS"), ", %s" % pick(["Dublin 9", "Cork", "Galway", "Limerick"]))
        note = "IE"
    case("positive", "chat/%s (%s): change of address with street and code" % (pick(["utilities", "banking", "insurance"]), note),
         [A("What's the new address?"), t])


def p_address_call():
    n, st = house_number(), pick(STREETS_UK + STREETS_US)
    sp = say_house_number(n) + " " + st.lower()
    pc = make_uk_postcode()
    case("positive", "call/%s: address spoken with number in words and postcode" % pick(["utilities", "telecom", "insurance"]),
         [A("can you confirm the first line of the address"),
          C(pick(["yeah it's ", "", "it's "]), (sp, "ADDRESS")),
          A("and the postcode"),
          C((say_uk_postcode(pc), "POSTCODE"))])


def p_multi_chat():
    e, _ = make_email()
    p = make_uk_mobile()
    y, m, d = make_dob()
    case("positive", "chat/telecom (UK): email, phone and DOB in one message with order number (unlabelled)",
         [A("To update your details please give your email, mobile and date of birth."),
          C("order 448%05d - email " % R.randint(0, 99999), (e, "EMAIL"), ", mob ", (p, "PHONE"),
            ", dob ", (dob_chat(y, m, d), "DOB"))])


def p_multi_call_ni_dob():
    ni = make_ni()
    y, m, d = make_dob()
    case("positive", "call/government services (UK): DOB and NI number in one turn",
         [A("i need your date of birth and national insurance number"),
          C("okay so i was born ", (dob_spoken(y, m, d), "DOB"), " and my national insurance is ",
            (ni_spoken(ni), "NI_NUMBER"))])


def p_ssn_dob_call():
    s = make_ssn()
    y, m, d = make_dob()
    case("positive", "call/insurance (US): SSN and DOB in one turn with age mentioned",
         [A("for verification i need your social and date of birth"),
          C("sure social is ", (say_digits(s, uk=False), "SSN"), " and birthday ",
            (dob_spoken(y, m, d), "DOB"), " i'm %s" % say_pair(str(2026 - y)))])


def p_asr_homophone_card():
    num, brand = make_card("visa")
    # ASR homophones: "for" for four, "to" for two, "won" for one -- only inside digit reading
    words = say_digits(num, doubles=False).split()
    swaps = {"four": "for", "two": "to", "eight": "ate"}
    done = 0
    for i, w in enumerate(words):
        if w in swaps and done < 2 and i > 0:
            words[i] = swaps[w]
            done += 1
    case("positive", "call/utilities: card read digit by digit with ASR homophones (for/to/ate)",
         [A("the card number please"), C("okay ", (" ".join(words), "CARD_NUMBER"))])


def p_ni_chat_typo():
    ni = make_ni()
    shown = "%s %s%s %s%s %s" % (ni[:2], ni[2:4], "", ni[4:6], ni[6:8], ni[8])
    shown = pick([shown, ni[:2].lower() + ni[2:8] + ni[8].lower(), ni[:2] + "-" + ni[2:8] + "-" + ni[8]])
    case("positive", "chat/government services (UK): NI number typed with odd spacing/case/dashes",
         [A("Please confirm your NI number to continue."), C("sorry forgot, it is ", (shown, "NI_NUMBER"), " :)")])


def p_ssn_with_ref():
    s = make_ssn()
    ref = make_digits(7, True)
    case("positive", "chat/healthcare billing (US): SSN alongside an invoice number (invoice unlabelled)",
         [A("What is the invoice number and the patient's SSN?"),
          C("invoice %s, ssn " % ref, ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"))])


def p_card_amount_call():
    num, brand = make_card("mc")
    amt = pick(["forty nine ninety nine", "a hundred and twenty pounds", "thirty two fifty", "eighty dollars"])
    case("positive", "call/telecom: card spoken after an amount (amount unlabelled)",
         [A("so that's %s today what card would you like to use" % amt),
          C("mastercard ", (say_mixed(num), "CARD_NUMBER"))])


def p_bank_ie():
    ib = make_iban("IE")
    case("positive", "chat/utilities (Ireland): IBAN typed in lower case without spaces for direct debit",
         [A("Can you send the IBAN for the direct debit?"), C((ib.lower(), "IBAN"), " thats the joint account")])


def p_expiry_chat_only():
    m, y = R.randint(1, 12), R.randint(26, 31)
    case("positive", "chat/retail: expiry date typed alone after being asked",
         [A("And the expiry date on the card?"), C(pick(["", "exp ", "expires ", "valid thru "]), (expiry_chat(m, y), "EXPIRY"))])


def p_cvv_chat_only():
    cvv = make_digits(pick([3, 3, 4]))
    case("positive", "chat/travel: cvv typed alone",
         [A("Please enter the 3 or 4 digit security code."), C(pick(["", "cvv ", "code is ", "its "]), (cvv, "CVV"))])


def p_sortcode_chat_only():
    sc = make_digits(6)
    case("positive", "chat/banking (UK): sort code typed alone",
         [A("What's the sort code?"), C(pick(["", "sc ", "sort code "]), (pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"))])


def p_card_chat_two_msgs():
    num, brand = make_card(pick(["visa", "mc"]))
    g = gid()
    case("positive", "chat/retail: card number sent across two chat messages",
         [A("Could you type the long card number please?"),
          C((num[:8], "CARD_NUMBER", g), pick(["", "..."])),
          C("sorry hit enter ", (num[8:], "CARD_NUMBER", g))])


def p_card_chat_mixed_sep():
    num, brand = make_card()
    cs = chunks(num, card_groups(num))
    seps = [pick([" ", "-", "  ", " - "]) for _ in cs[1:]]
    shown = cs[0] + "".join(sp + c for sp, c in zip(seps, cs[1:]))
    case("positive", "chat/travel: card typed with inconsistent separators",
         [A("What card would you like to pay the deposit of €%d with?" % R.randint(50, 400)),
          C("this one ", (shown, "CARD_NUMBER"), " x")])


def p_email_chat_obfuscated():
    e, _ = make_email()
    local, dom = e.split("@")
    shown = local.replace(".", " dot ") + pick([" at ", " (at) ", " [at] "]) + dom.replace(".", pick([" dot ", "(dot)"]))
    case("positive", "chat/insurance: email typed in obfuscated form with 'at'/'dot' words",
         [A("Which email can we use for the policy documents?"), C("it's ", (shown.strip(), "EMAIL"))])


def p_sc_acct_one_turn():
    acct, sc = make_digits(8), make_digits(6)
    case("positive", "call/utilities (UK): sort code and account number in a single turn",
         [A("can i take your bank details for the direct debit"),
          C("yeah sort code is ", (" ".join(say_pair(p) for p in chunks(sc, [2, 2, 2])), "SORT_CODE"),
            " and the account number is ", (say_digits(acct), "BANK_ACCOUNT"))])


def p_dob_readback():
    y, m, d = make_dob()
    case("positive", "call/insurance (Ireland): DOB spoken then read back by agent",
         [A("can i have your date of birth"),
          C(pick(["", "yeah "]), (dob_spoken(y, m, d), "DOB")),
          A("thank you so that's ", ("the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)), "DOB"), " perfect")])


def p_zip_plus4_call():
    z = make_zip() + make_digits(4)
    case("positive", "call/retail (US): ZIP+4 spoken with 'dash'",
         [A("and the zip code for the shipping address"),
          C("it's ", (say_digits(z[:5], uk=False) + " dash " + say_digits(z[5:], uk=False), "POSTCODE"))])


def p_address_call_flat():
    n = str(R.randint(1, 60))
    st = pick(STREETS_UK)
    flat = R.randint(1, 12)
    case("positive", "call/utilities (UK): flat number then street address with chit-chat after",
         [A("what's the supply address"),
          C("it's flat %s " % UNITS[flat] if flat < 10 else "it's flat %s " % TEENS[flat - 10],
            (say_house_number(n) + " " + st.lower(), "ADDRESS"),
            " just moved in last %s" % pick(["week", "month", "tuesday"]))])


def p_ni_phone_call():
    ni = make_ni()
    ph = make_uk_mobile()
    case("positive", "call/government services (UK): NI number and mobile number in consecutive turns",
         [A("can i take your national insurance number"),
          C((ni_spoken(ni), "NI_NUMBER")),
          A("and a contact number"),
          C((say_digits(ph[:5]) + " " + say_digits(ph[5:]), "PHONE"), " " + filler())])


def p_card_hundred():
    while True:
        num, brand = make_card("visa")
        num = num[:4] + str(R.randint(1, 9)) + str(R.randint(0, 9)) + "00" + num[8:]
        for c in "0123456789":
            if luhn_ok(num[:-1] + c):
                num = num[:-1] + c
                break
        if luhn_ok(num):
            break
    cs = chunks(num, [4, 4, 4, 4])
    sp = say_digits(cs[0]) + " " + say_pair(cs[1][:2]) + " hundred " + say_digits(cs[2]) + " " + say_digits(cs[3])
    case("positive", "call/travel: card group read as 'NN hundred' (e.g. forty five hundred)",
         [A("can you read me the card number"), C("yep ", (sp, "CARD_NUMBER"))])


def p_phone_area_code():
    ph = make_us_phone()
    g = gid()
    case("positive", "call/insurance (US): phone number given as 'area code ... then ...'",
         [A("what's the best number to reach you"),
          C("area code ", (say_digits(ph[:3], uk=False), "PHONE", g), " then ",
            (say_digits(ph[3:6], uk=False) + " " + say_digits(ph[6:], uk=False), "PHONE", g))])


POS_PLAN = [
    (p_card_chat_inline, 10), (p_card_call_oneturn, 8), (p_card_call_split, 6),
    (p_card_selfcorrect, 3), (p_card_readback, 3), (p_card_cvv_exp_call, 6),
    (p_cvv_exp_chat, 6), (p_cvv_words, 5), (p_asr_homophone_card, 3), (p_card_amount_call, 4),
    (p_ssn_chat, 12), (p_ssn_call, 10), (p_ssn_split, 4), (p_ssn_last4_plus_full, 3),
    (p_ssn_dob_call, 3), (p_ssn_with_ref, 3),
    (p_ni_chat, 10), (p_ni_call, 10), (p_ni_split, 4), (p_ni_readback, 3),
    (p_multi_call_ni_dob, 3), (p_ni_chat_typo, 4),
    (p_bank_uk_chat, 6), (p_bank_uk_call, 6), (p_bank_split, 3), (p_bank_us, 4),
    (p_sortcode_chat_only, 3),
    (p_iban_chat, 9), (p_iban_call, 4), (p_bank_ie, 2),
    (p_phone_chat, 8), (p_phone_call, 6), (p_phone_split_plus, 3),
    (p_email_chat, 7), (p_email_call, 6), (p_email_spelled, 3),
    (p_dob_chat, 6), (p_dob_call, 5), (p_dob_with_appt, 3),
    (p_postcode_chat, 6), (p_postcode_call, 5), (p_zip_call, 3),
    (p_address_chat, 8), (p_address_call, 6), (p_multi_chat, 4),
    (p_expiry_chat_only, 3), (p_cvv_chat_only, 3),
    (p_card_chat_two_msgs, 3), (p_card_chat_mixed_sep, 3), (p_email_chat_obfuscated, 3),
    (p_sc_acct_one_turn, 3), (p_dob_readback, 3), (p_zip_plus4_call, 3), (p_address_call_flat, 3),
    (p_ni_phone_call, 3), (p_card_hundred, 3), (p_phone_area_code, 3),
]


# ================================================================ NEGATIVE templates
def n_amount_call():
    a = pick(["forty nine ninety nine", "one hundred and twenty three pounds forty",
              "two thousand four hundred and sixty", "eighty seven fifty", "nineteen ninety nine a month",
              "three hundred and forty five dollars", "twelve euro fifty"])
    case("negative", "call/telecom: spoken money amount",
         [A("your bill this month comes to %s" % a), C("that seems high it was %s last month" % pick(["thirty two", "forty", "fifty five"]))])


def n_amount_chat():
    case("negative", "chat/retail: typed prices and balance",
         [A("Your balance is £%d.%02d and the next payment of £%d.%02d is due on %d %s." % (
             R.randint(100, 9999), R.randint(0, 99), R.randint(10, 300), R.randint(0, 99),
             R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize())),
          C("ok can I pay $%d,%03d.%02d instead?" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99)))])


def n_order_number():
    ref = make_digits(pick([6, 7, 8, 9, 10]), True)
    word = pick(["order number", "ticket number", "claim number", "invoice number", "reference number", "case number"])
    if R.random() < 0.5:
        case("negative", "chat/retail: %s typed with its reference word" % word,
             [A("Do you have your %s?" % word), C("yes %s %s" % (word, ref))])
    else:
        case("negative", "call/%s: %s spoken with its reference word" % (pick(["insurance", "retail", "utilities"]), word),
             [A("have you got the %s there" % word), C("yeah the %s is %s" % (word, say_digits(ref)))])


def n_times():
    case("negative", "call/utilities: appointment times and durations",
         [A("an engineer can come %s between %s and %s" % (
             pick(["on thursday", "next monday", "on the %s" % ORD[R.randint(1, 28)]]),
             pick(["eight", "nine", "ten thirty"]), pick(["twelve", "one", "two o'clock"]))),
          C("okay i'm out from %s but back by %s it'll take about %s minutes right" % (
              pick(["half eleven", "eleven fifteen", "noon"]), pick(["two", "three forty five"]), pick(["forty five", "ninety", "twenty"])))])


def n_appointment_date():
    y = R.randint(2025, 2027)
    case("negative", "call/healthcare billing: appointment and payment dates (not DOB)",
         [A("your appointment is on the %s of %s %s" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)], say_year(y))),
          C("and the payment was taken on %s/%s/%d" % (R.randint(1, 28), R.randint(1, 12), y))])


def n_contract_date():
    case("negative", "chat/telecom: contract start and end dates",
         [A("Your contract started %02d/%02d/20%02d and ends on %d %s 20%d." % (
             R.randint(1, 28), R.randint(1, 12), R.randint(19, 24), R.randint(1, 28),
             MONTHS[R.randint(0, 11)].capitalize(), R.randint(26, 28))),
          C("so i can upgrade in %d months?" % R.randint(2, 11))])


def n_flight():
    fl = pick(["BA", "EI", "FR", "UA", "LH", "AA"]) + str(R.randint(10, 9999))
    if R.random() < 0.5:
        case("negative", "chat/travel: flight number, gate and seat",
             [A("Which flight are you on?"), C("%s departing %02d:%02d, seat %d%s, gate %d" % (
                 fl, R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(1, 40), pick("ABCDEF"), R.randint(1, 60)))])
    else:
        sp = " ".join(say_letter(c, "plain") for c in fl[:2]) + " " + say_pairs(fl[2:]) if len(fl[2:]) % 2 == 0 else \
            " ".join(say_letter(c, "plain") for c in fl[:2]) + " " + say_digits(fl[2:])
        case("negative", "call/travel: flight number spoken",
             [A("what's the flight number"), C("it's %s leaving at %s" % (sp, pick(["six forty", "ten past nine", "seven a m"])))])


def n_room():
    case("negative", "call/travel: hotel room number and nights",
         [A("you're in room %s for %s nights" % (say_pairs(str(R.randint(100, 999))) if False else pick(["four twelve", "two oh six", "ten oh four", "three eighteen"]), pick(["three", "five", "two"]))),
          C("great and breakfast is until %s" % pick(["ten thirty", "half ten", "eleven"]))])


def n_model():
    m = pick(["X245O", "WM-8842", "KDL-55X81", "SM-G991B", "HX9340", "A2633", "RT-AX58U", "DCB115"])
    case("negative", "chat/retail: product model number",
         [A("What's the model number on the back of the unit?"), C("it says model %s, bought it for £%d" % (m, R.randint(40, 900)))])


def n_meter():
    r = make_digits(pick([5, 6]), True)
    if R.random() < 0.5:
        case("negative", "call/utilities: meter reading spoken",
             [A("can i take a meter reading"), C("yeah it's %s" % say_digits(r)), A("thanks that's %s" % say_pairs(r))])
    else:
        case("negative", "chat/utilities: meter reading typed",
             [A("Please submit your meter reading."), C("Meter reading %s (day) %s (night)" % (r, make_digits(5, True)))])


def n_speed():
    case("negative", "call/telecom: broadband speeds and percentages",
         [A("you should be getting %s megabits but the line's running at %s percent" % (
             pick(["seventy two", "nine hundred", "one hundred and fifty", "thirty six"]), pick(["forty", "sixty five", "eighty"]))),
          C("it dropped to %s meg around %s last night" % (pick(["two", "five point four", "eleven"]), pick(["nine", "ten thirty", "eleven"])))])


def n_counts():
    case("negative", "chat/retail: quantities and counts",
         [A("How many items were missing?"), C("%d of the %d boxes, each has %d units, about %dkg total" % (
             R.randint(2, 9), R.randint(10, 40), R.randint(6, 48), R.randint(5, 90)))])


def n_years():
    case("negative", "call/insurance: years of no claims and vehicle year",
         [A("how many years no claims have you got"),
          C("%s years and the car's a %s model" % (pick(["nine", "twelve", "four"]), say_year(R.randint(2012, 2024)))),
          A("and you've been with us since %s" % say_year(R.randint(2005, 2022)))])


def n_age_temp():
    case("negative", "call/healthcare billing: ages and temperature",
         [A("and how old is the patient"), C("she's %s and her temperature was %s point %s" % (
             pick(["seventy eight", "eighty four", "six", "forty one"]), pick(["thirty eight", "thirty nine", "a hundred and one"]), UNITS[R.randint(0, 9)]))])


def n_balance_call():
    case("negative", "call/banking: account balance and overdraft limit",
         [A("your balance is %s and your overdraft limit is %s" % (
             pick(["one thousand two hundred and forty pounds sixteen", "three hundred and six pounds", "minus eighty two pounds fifty"]),
             pick(["five hundred", "two thousand", "one thousand five hundred"]))),
          C("and how much interest is that %s percent" % pick(["nineteen point nine", "twenty four", "thirty nine point nine"]))])


def n_tariff_chat():
    case("negative", "chat/utilities: unit rates and standing charges",
         [A("Your unit rate is %d.%02dp/kWh and standing charge %d.%02dp/day." % (R.randint(20, 35), R.randint(0, 99), R.randint(30, 60), R.randint(0, 99))),
          C("I used %d kWh in %s, is that normal for a %d bed house?" % (R.randint(150, 900), MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 5)))])


def n_ref_with_letters():
    ref = pick(["REF", "CLM", "INV", "TKT", "ORD"]) + "-" + make_digits(pick([6, 7, 8]), True)
    case("negative", "chat/insurance: alphanumeric reference code",
         [A("What's your reference?"), C("%s, opened on %d/%d" % (ref, R.randint(1, 28), R.randint(1, 12)))])


def n_last4_card():
    # mentions of "ending in" a non-PII quantity are avoided; use times and durations
    case("negative", "call/telecom: hold time and call duration",
         [A("sorry for the wait you've been on hold %s minutes" % pick(["twelve", "twenty five", "forty"])),
          C("yeah i've called %s times since %s" % (pick(["three", "four", "six"]), pick(["monday", "the fourth", "last week"])))])


def n_distance():
    case("negative", "call/insurance: mileage and distance",
         [A("what's the annual mileage"), C("about %s miles and the car's done %s total" % (
             pick(["eight thousand", "twelve thousand", "six thousand five hundred"]), pick(["forty two thousand", "ninety one thousand three hundred", "sixty thousand"])))])


def n_data_plan():
    case("negative", "chat/telecom: data allowance and price",
         [A("The %dGB plan is £%d/month for %d months." % (pick([5, 30, 100, 150]), R.randint(8, 45), pick([12, 18, 24]))),
          C("and roaming in %d countries? I travel %d times a year" % (R.randint(30, 80), R.randint(2, 10)))])


def n_interest_rates():
    case("negative", "chat/banking: percentages and rates",
         [A("The fixed rate is %d.%02d%% APR for %d years." % (R.randint(2, 9), R.randint(0, 99), R.randint(2, 5))),
          C("what about borrowing £%d,000 over %d months?" % (R.randint(5, 40), pick([36, 48, 60])))])


def n_delivery():
    case("negative", "call/retail: delivery window and parcel count",
         [A("your order number %s will arrive %s between %s and %s" % (
             say_digits(make_digits(8, True)), pick(["tomorrow", "on friday", "on the %s" % ORD[R.randint(1, 28)]]),
             pick(["seven", "nine", "eleven"]), pick(["one", "three", "five"]))),
          C("okay and it's %s parcels" % pick(["two", "three", "four"]))])


def n_government_dates():
    case("negative", "call/government services: application dates and processing times",
         [A("your application from the %s of %s is being processed it takes about %s weeks" % (
             ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)], pick(["six", "eight", "twelve"]))),
          C("i sent it in %s and paid %s" % (say_year(R.randint(2024, 2026)), pick(["seventy five pounds", "eighty eight fifty", "a hundred and sixty"])))])


def n_booking_ref_spoken():
    ref = "".join(pick("BCDFGHJKLMNPRSTVWXZ") for _ in range(3)) + make_digits(3, True)
    sp = " ".join(say_letter(c, pick(["plain", "nato"])) for c in ref[:3]) + " " + say_digits(ref[3:])
    case("negative", "call/travel: alphanumeric booking reference spoken with phonetic letters",
         [A("what's the booking reference"), C("booking reference is %s" % sp), A("thanks and that's for %s passengers" % pick(["two", "three", "four"]))])


def n_payment_dates_chat():
    case("negative", "chat/utilities: payment history with dates and amounts",
         [A("I can see payments on %02d/%02d/2025 (£%d.%02d) and %02d/%02d/2025 (£%d.%02d)." % (
             R.randint(1, 28), R.randint(1, 12), R.randint(20, 200), R.randint(0, 99),
             R.randint(1, 28), R.randint(1, 12), R.randint(20, 200), R.randint(0, 99))),
          C("yes and the next one is due %d %s at 9am" % (R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize()))])


def n_parcel_dims():
    case("negative", "chat/retail: parcel weight and dimensions",
         [A("How big is the item you're returning?"),
          C("about %d.%dkg, %dx%dx%dcm, and it cost $%d.99" % (R.randint(1, 20), R.randint(0, 9), R.randint(10, 90),
                                                             R.randint(10, 90), R.randint(5, 60), R.randint(10, 300)))])


def n_long_booking_ref():
    ref = make_digits(10, True)
    case("negative", "chat/travel: ten digit booking reference with its reference word",
         [A("Can you share your booking reference?"), C("booking ref %s, for %d nights from the %s" % (ref, R.randint(2, 9), ORD[R.randint(1, 28)]))])


NEG_PLAN = [
    (n_amount_call, 6), (n_amount_chat, 6), (n_order_number, 10), (n_times, 5),
    (n_appointment_date, 5), (n_contract_date, 5), (n_flight, 6), (n_room, 4), (n_model, 5),
    (n_meter, 6), (n_speed, 4), (n_counts, 4), (n_years, 4), (n_age_temp, 4),
    (n_balance_call, 4), (n_tariff_chat, 4), (n_ref_with_letters, 5), (n_last4_card, 3),
    (n_distance, 3), (n_data_plan, 4), (n_interest_rates, 4), (n_delivery, 4), (n_government_dates, 4),
    (n_booking_ref_spoken, 5), (n_payment_dates_chat, 4), (n_parcel_dims, 3), (n_long_booking_ref, 4),
]


# ================================================================ generation
def generate():
    global R
    R = random.Random(SEED)
    ALL.clear()
    _gid[0] = 0
    for fn, n in POS_PLAN:
        for _ in range(n):
            fn()
    for fn, n in NEG_PLAN:
        for _ in range(n):
            fn()
    pos = [c for c in ALL if c["kind"] == "positive"]
    neg = [c for c in ALL if c["kind"] == "negative"]
    rows = []
    groups = {}
    for i, c in enumerate(pos, 1):
        cid = "h30-pos-%03d" % i
        for s in c["spans"]:
            if s["_grp"] is not None:
                groups.setdefault((cid, s["_grp"]), []).append((c["turns"][s["turn"]]["text"][s["start"]:s["end"]], s["type"]))
        rows.append({"id": cid, **c})
    for i, c in enumerate(neg, 1):
        rows.append({"id": "h30-neg-%03d" % i, **c})
    lines = []
    for r in rows:
        spans = [{k: v for k, v in s.items() if k != "_grp"} for s in r["spans"]]
        spans.sort(key=lambda s: (s["turn"], s["start"]))
        obj = {"id": r["id"], "kind": r["kind"], "turns": r["turns"], "spans": spans, "note": r["note"]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n", rows, groups


# ================================================================ validation
FILLERS = {"um", "uh", "er", "erm", "like", "and", "then", "sorry", "no", "dash", "hyphen",
           "slash", "space", "plus"}
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "for": "4", "to": "2", "ate": "8", "won": "1"})
NATO_REV = {v: k for k, v in NATO.items()}


def normalise(text):
    """Turn a spoken or typed value into an upper-case alphanumeric string."""
    if re.search(r"[0-9]", text):
        # typed value: keep letters and digits only
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[a-z0-9]+(?:-[a-z]+)?", text.lower())
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t * mult)
            mult = 1
        elif t == "double":
            mult = 2
        elif t == "triple":
            mult = 3
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            if nxt in UNITS[1:]:
                out.append(str(TENS.index(t)) + WORDNUM[nxt])
                i += 1
            else:
                out.append(str(TENS.index(t)) + "0")
        elif t == "hundred":
            # "four hundred and twelve" -> 412; bare "forty five hundred" -> 4500
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            else:
                j = len(toks)
            if j < len(toks) and (toks[j] in TEENS or toks[j] in TENS[2:]):
                pass  # following number supplies the last two digits
            elif j < len(toks) and toks[j] in UNITS[1:]:
                out.append("0")
            else:
                out.append("00")
            if toks[i + 1:i + 2] == ["and"]:
                i += 1
        elif len(t) == 1 and t.isalpha() and t != "o" and nxt in ("for", "as"):
            out.append(t.upper())
            i += 3 if nxt == "as" else 2
        elif t in WORDNUM and not (t in ("for", "to") and nxt is None and False):
            if t in ("for", "to", "ate", "won") and len(out) == 0 and False:
                pass
            out.append(WORDNUM[t] * mult)
            mult = 1
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper() * mult)
            mult = 1
        elif t in NATO_REV:
            out.append(NATO_REV[t].upper())
        elif t in FILLERS:
            pass
        else:
            out.append("?" + t)
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
US_ZIP = re.compile(r"^\d{5}(\d{4})?$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_WORDS = ("lane", "road", "street", "avenue", "drive", "grove", "view", "crescent",
                "close", "way", "gardens", "terrace", "rise", "boulevard", "court", "parkway",
                "place", "green", "park")


def email_norm(text):
    t = text.lower().strip()
    t = re.sub(r"\s*[\(\[]at[\)\]]\s*", " at ", t)
    t = re.sub(r"\s*[\(\[]dot[\)\]]\s*", " dot ", t)
    t = re.sub(r"\s+dot\s+", ".", t)
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s+underscore\s+", "_", t)
    parts = t.split("@")
    if len(parts) != 2:
        return t
    local = parts[0]
    # spoken digits inside local part
    words = local.split(" ")
    conv = []
    for w in words:
        if w in WORDNUM or w in TEENS or w in TENS or w in ("double", "triple"):
            conv.append(normalise(w) if w not in ("double", "triple") else w)
        else:
            conv.append(w)
    local = "".join(c for c in conv if c not in ("double", "triple"))
    return (local + "@" + parts[1].replace(" ", "")).replace(" ", "")


def validate_value(typ, text):
    """Return None if OK else an error string."""
    if typ == "EMAIL":
        e = email_norm(text)
        return None if re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z]+)+", e) else "bad email %r" % e
    if typ == "DOB":
        low = text.lower()
        n = normalise(low)
        ok = any(m in low for m in MONTHS) or re.search(r"\d", low) or any(o in low for o in ORD[1:]) \
            or ("?" not in n and 6 <= len(n) <= 8)
        return None if ok else "bad dob"
    if typ == "EXPIRY":
        low = text.lower()
        n = normalise(low) if not any(m in low for m in MONTHS) else "MMYY"
        if any(m in low for m in MONTHS):
            return None
        n = re.sub(r"[^0-9]", "", normalise(low.replace("slash", " ")))
        return None if len(n) in (3, 4, 6) else "bad expiry %r" % n
    if typ == "ADDRESS":
        low = text.lower()
        ok = re.match(r"^(\d+|[a-z]+)\b", low) and low.split()[-1] in STREET_WORDS
        return None if ok else "bad address %r" % text
    n = normalise(text)
    if "?" in n:
        return "unparsed %r -> %r" % (text, n)
    if typ == "CARD_NUMBER":
        return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "bad card %r" % n
    if typ == "CVV":
        return None if n.isdigit() and len(n) in (3, 4) else "bad cvv %r" % n
    if typ == "SSN":
        return None if n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") else "bad ssn %r" % n
    if typ == "NI_NUMBER":
        return None if NI_RE.match(n) else "bad ni %r" % n
    if typ == "BANK_ACCOUNT":
        return None if n.isdigit() and 6 <= len(n) <= 17 else "bad account %r" % n
    if typ == "SORT_CODE":
        return None if n.isdigit() and len(n) == 6 else "bad sort code %r" % n
    if typ == "IBAN":
        return None if iban_valid(n) else "bad iban %r" % n
    if typ == "PHONE":
        return None if n.isdigit() and 9 <= len(n) <= 13 else "bad phone %r" % n
    if typ == "POSTCODE":
        return None if (UK_PC.match(n) or US_ZIP.match(n)) else "bad postcode %r" % n
    return "unknown type"


def check(text, rows, groups):
    errs = []
    ids = Counter(r["id"] for r in rows)
    errs += ["duplicate id %s" % i for i, c in ids.items() if c > 1]
    counts = Counter()
    for r in rows:
        if r["kind"] not in ("positive", "negative"):
            errs.append("%s bad kind" % r["id"])
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append("%s bad speaker" % r["id"])
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s bad type %s" % (r["id"], s["type"]))
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append("%s turn out of range" % r["id"])
                continue
            tx = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                errs.append("%s offsets out of range" % r["id"])
                continue
            val = tx[st:en]
            if val != val.strip():
                errs.append("%s span has edge whitespace %r" % (r["id"], val))
            if (st > 0 and tx[st - 1].isalnum()) or (en < len(tx) and tx[en].isalnum()):
                errs.append("%s span not on word boundary %r" % (r["id"], val))
            by_turn.setdefault(s["turn"], []).append((st, en))
            counts[s["type"]] += 1
            if s.get("_grp") is None:
                e = validate_value(s["type"], val)
                if e:
                    errs.append("%s %s" % (r["id"], e))
        for tlist in by_turn.values():
            tlist.sort()
            for a, b in zip(tlist, tlist[1:]):
                if b[0] < a[1]:
                    errs.append("%s overlapping spans" % r["id"])
    for (cid, g), pieces in sorted(groups.items()):
        if g.startswith("_"):
            continue
        typ = pieces[0][1]
        if typ in ("EMAIL", "DOB", "ADDRESS", "EXPIRY"):
            e = validate_value(typ, " ".join(p for p, _ in pieces))
        else:
            # normalise each piece on its own so words never merge across turns
            e = validate_value(typ, " ".join(normalise(p) for p, _ in pieces))
        if e:
            errs.append("%s group %s: %s" % (cid, g, e))
    return errs, counts


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout30 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not add these cases to training/tuning loops,
do not adjust patterns until these cases pass, and do not copy them into other
fixtures.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did **not**
see the redaction code, its tests, its docs, the benchmark script or any other
PII fixtures; the only existing data consulted was a three-line example of the
JSONL format. Cases are generated by `scripts/make_pii_holdout30.py` from
template functions: every turn is assembled from plain-text segments and
`(value, TYPE)` segments, so offsets are computed, never typed by hand. All
values come from one `random.Random(%d)`; the output is byte-for-byte
reproducible. `python scripts/make_pii_holdout30.py --check` regenerates the
file and verifies it is identical, ids are unique, offsets are in range and on
word boundaries, spans do not overlap, and each value validates after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9
digits for SSN, 6 for sort codes, digit counts for CVV/phone/account, UK
postcode / US ZIP shapes). Values split across turns are validated jointly.

## Contents

- %d positive cases, %d negative cases.
- Chat (typed: separators, case changes, dashes, dots, no spaces) and call
  transcripts written as ASR output (lower case, numbers as words, "oh"/"o"/
  "nought"/"zero" for 0, "double"/"triple", pairs such as "forty one",
  letters as "b for bravo"/"b as in boy", e-mails as "x dot y at gmail dot
  com", ASR homophones "for"/"to"/"ate" inside card readings, values split
  across turns with agent back-channels, self-corrections, agent read-backs,
  two values in one turn).
- Industries: banking, telecom, utilities, retail, insurance, travel,
  healthcare billing, government services; US, UK, Ireland, EU.
- Negatives: money amounts, prices, balances, times, durations, counts,
  years, percentages, non-birth dates (appointments, payments, contracts),
  order/ticket/claim/invoice/reference numbers said with their reference word,
  flight numbers, room numbers, model numbers, meter readings, speeds, ages,
  temperatures, mileage.

## Annotation conventions

- A span covers the value itself, from its first to its last value token;
  lead-ins ("it's", "my ssn is", "card number:") and trailing words are outside.
- Words that are part of the spoken form are inside the span: "double",
  "triple", "hundred and", "for bravo" / "as in boy" after a letter, "dot",
  "at", "underscore", "(at)", "[at]" in e-mails, "slash" in expiry dates,
  "dash" in spoken SSNs and ZIP+4 codes, "of"/"the" inside
  spoken dates, separators (spaces, dashes, dots, slashes) in typed values.
- Fillers ("um", "er", "like") and connective chit-chat ("and then", "no
  sorry") are never inside a span; when they interrupt a reading the value is
  labelled as several spans of the same type.
- A value split across several customer turns is labelled once per turn.
- Self-corrections: both the abandoned (wrong) fragment and the corrected one
  are labelled with the value's type.
- Agent read-backs of a value are labelled too.
- Phone numbers include their country prefix, spoken ("plus four four",
  "plus double four") or typed ("+44 7...", "+1 ...", "(0)"). When a caller
  says "area code ... then ..." the two number parts are two PHONE spans and
  the words "area code"/"then" are outside.
- ADDRESS covers house number and street name only; the town is unlabelled;
  the postcode/ZIP is a separate POSTCODE span.
- DOB is labelled only where the context says it is a birth date; EXPIRY and
  CVV only in card context.
- Negative cases contain no span at all; a case fails if anything in it is
  redacted.

## Span counts per type

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    text, rows, groups = generate()
    errs, counts = check(text, rows, groups)
    npos = sum(1 for r in rows if r["kind"] == "positive")
    nneg = sum(1 for r in rows if r["kind"] == "negative")
    rd = readme(counts, npos, nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append("type %s has only %d spans (need %d)" % (t, counts[t], need))
    if npos < 170:
        errs.append("only %d positives" % npos)
    if nneg < 100:
        errs.append("only %d negatives" % nneg)
    # reproducibility: second generation identical
    text2, _, _ = generate()
    if text2 != text:
        errs.append("generation not deterministic")
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("pii_holdout30: %d positive, %d negative, %d spans" % (npos, nneg, sum(counts.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for e in errs:
        print("ERROR:", e)
    print("OK" if not errs else "FAILED (%d problems)" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

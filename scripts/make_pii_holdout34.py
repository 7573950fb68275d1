#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h34.

Written by an independent AI helper that did not see the redaction code.
Standard library only; output is byte-for-byte reproducible (seed 34241123).

    python scripts/make_pii_holdout34.py          # write fixture + README
    python scripts/make_pii_holdout34.py --check  # regenerate and verify
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 34241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout34"
OUT_FILE = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
ALTWORD = {"b": ["boy", "bob"], "m": ["mother", "mary"], "s": ["sugar", "sam"],
           "t": ["tom", "tommy"], "n": ["nancy", "nelly"], "p": ["peter"], "c": ["charlie"],
           "d": ["david", "dog"], "a": ["apple", "alpha"], "h": ["harry"], "j": ["john"],
           "w": ["william"], "e": ["edward"], "r": ["robert"], "k": ["king"], "l": ["london"],
           "g": ["george"], "y": ["yellow"], "x": ["x-ray"], "z": ["zebra"], "f": ["freddie"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def pick(seq):
    return seq[R.randrange(len(seq))]


def num_words(n):
    """0..999 in words (used for years, amounts, house numbers)."""
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + DIG[u])
    h, rest = divmod(n, 100)
    return DIG[h] + " hundred" + ("" if rest == 0 else " and " + num_words(rest))


def zero_word(uk=False):
    return pick(["oh", "oh", "o", "zero", "nought"] if uk else ["oh", "oh", "o", "zero", "zero"])


def say_digits(s, uk=False, doubles=True):
    """Spell a digit string digit by digit, optionally with double/triple."""
    out, i = [], 0
    zw, mix = zero_word(uk), R.random() < 0.15
    while i < len(s):
        d = s[i]
        w = (zero_word(uk) if mix else zw) if d == "0" else DIG[int(d)]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.5:
            out.append(("treble " if uk and R.random() < 0.4 else "triple ") + w)
            i += 3
            continue
        if doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.55:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_pair(p, uk=False, next_single=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        z = zero_word(uk)
        return z + " " + DIG[b] if b else pick(["double " + z, z + " " + z])
    if a == 1:
        return TEENS[b]
    if b == 0:
        if next_single:
            return DIG[a] + " " + zero_word(uk)
        return TENS[a]
    return TENS[a] + " " + DIG[b]


def say_pairs(s, uk=False):
    chunks = [s[i:i + 2] for i in range(0, len(s), 2)]
    out = []
    for k, c in enumerate(chunks):
        if len(c) == 1:
            out.append(zero_word(uk) if c == "0" else DIG[int(c)])
        else:
            nxt = k + 1 < len(chunks) and len(chunks[k + 1]) == 1
            out.append(say_pair(c, uk, nxt))
    return " ".join(out)


def say_mixed(s, uk=False):
    return say_pairs(s, uk) if R.random() < 0.35 else say_digits(s, uk)


def say_letter(ch, style):
    ch = ch.lower()
    if style == "plain":
        return ch
    if style == "nato":
        return NATO[ch]
    if style == "for":
        return ch + " for " + pick(ALTWORD.get(ch, [NATO[ch]]) + [NATO[ch]])
    if style == "asin":
        return ch + " as in " + pick(ALTWORD.get(ch, [NATO[ch]]) + [NATO[ch]])
    return ch


def say_alnum(s, uk=True, letter_style=None):
    out = []
    for ch in s:
        if ch == " ":
            continue
        if ch.isdigit():
            out.append(zero_word(uk) if ch == "0" else DIG[int(ch)])
        else:
            st = letter_style or pick(["plain", "plain", "plain", "for", "nato"])
            out.append(say_letter(ch, st))
    return " ".join(out)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------- values
def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(kind=None):
    kind = kind or pick(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "maestro"])
    if kind == "visa":
        pre, n = "4" + str(R.randrange(100, 1000)), 16
    elif kind == "mc":
        pre, n = str(R.randrange(51, 56)) + str(R.randrange(10, 100)), 16
    elif kind == "amex":
        pre, n = pick(["34", "37"]) + str(R.randrange(10, 100)), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4" + str(R.randrange(100, 1000)), 13
    elif kind == "visa19":
        pre, n = "4" + str(R.randrange(100, 1000)), 19
    else:
        pre, n = pick(["6759", "6761", "5018"]), pick([16, 18])
    body = pre + "".join(str(R.randrange(10)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 3, 3, 3]
    return [4] * (len(c) // 4) + ([len(c) % 4] if len(c) % 4 else [])


def make_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + pick("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16}


def rdig(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def make_iban(country=None):
    country = country or pick(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES", "BE"])
    if country == "GB":
        bban = pick(["NWBK", "BARC", "MIDL", "LLYD", "HBUK"]) + rdig(14)
    elif country == "IE":
        bban = pick(["AIBK", "IPBS", "BKIR"]) + rdig(14)
    elif country == "DE":
        bban = rdig(18)
    elif country == "FR":
        bban = rdig(23)
    elif country == "NL":
        bban = pick(["ABNA", "INGB", "TRIN"]) + rdig(10)
    elif country == "ES":
        bban = rdig(20)
    else:
        bban = rdig(12)
    return country + iban_check(country, bban) + bban


UK_PC = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 2AB", "EH12 9DN",
         "G42 8RL", "CF10 3NP", "BS8 1TH", "NE1 7RU", "L17 6BE", "SE15 4QT", "W1D 3QF",
         "N7 9LP", "E14 5AB", "BT9 6GX", "PL4 8AA", "WF1 2EP", "NR3 1HP", "CB2 1TN",
         "RG1 8DN", "S10 2TN", "LE2 7RH", "TR18 4AA", "HU5 2SE", "BN2 1TW", "AB24 3FX"]
US_ZIP = ["02139", "10025", "94110", "60614", "73301", "30309", "98103", "85004", "19104",
          "48201", "33131", "80205", "55408", "97214", "20009", "78704", "63110", "27701"]


def make_zip():
    z = pick(US_ZIP)
    if R.random() < 0.25:
        z += "-" + rdig(4)
    return z


UK_STREETS = ["Kingsley Road", "Hawthorn Avenue", "Mill Lane", "Victoria Street", "Chapel Close",
              "Albert Terrace", "Beechwood Drive", "Station Road", "Park Crescent", "Willow Way",
              "Queens Gardens", "Ashgrove Place", "Church Walk", "Meadow View"]
US_STREETS = ["Elm Street", "Maple Avenue", "Lakeview Drive", "Oak Boulevard", "Cedar Lane",
              "Pine Court", "Sunset Boulevard", "Highland Avenue", "Jefferson Street",
              "Willow Road", "Birch Parkway", "Franklin Street"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Sheffield", "Norwich", "Cardiff", "Glasgow"]
TOWNS_US = ["Austin", "Denver", "Portland", "Atlanta", "Chicago", "Seattle", "Phoenix"]
FIRST = ["john", "sarah", "mike", "emma", "liam", "olivia", "raj", "aoife", "niamh", "tom",
         "kate", "david", "priya", "sean", "chloe", "marek", "ana", "lucas"]
LAST = ["doe", "smith", "murphy", "patel", "kowalski", "obrien", "jones", "garcia", "nguyen",
        "kelly", "walsh", "brown", "taylor", "reilly", "fischer", "dubois"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com", "aol.com",
           "btinternet.com", "eircom.net", "live.co.uk", "proton.me", "web.de", "orange.fr"]


def make_email():
    f, l = pick(FIRST), pick(LAST)
    form = R.randrange(6)
    if form == 0:
        local = f + "." + l
    elif form == 1:
        local = f[0] + l + str(R.randrange(10, 99))
    elif form == 2:
        local = f + "_" + l
    elif form == 3:
        local = f + l[0] + str(R.randrange(1970, 2005))
    elif form == 4:
        local = l + "." + f[0]
    else:
        local = f + "-" + l
    return local + "@" + pick(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(pick(["dash", "hyphen"]))
        elif tok.isdigit():
            if len(tok) == 4 and R.random() < 0.6:
                parts.append(num_words(int(tok[:2])) + " " + say_pair(tok[2:]))
            elif len(tok) == 2 and R.random() < 0.6:
                parts.append(say_pair(tok))
            else:
                parts.append(say_digits(tok, doubles=False))
        elif len(tok) == 1 or R.random() < 0.25:
            parts.append(" ".join(tok))
        else:
            parts.append(tok)
    d = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + d


def ukphone():
    return "07" + pick(["7", "8", "9", "4", "5"]) + rdig(8)


def ukland():
    return pick(["0113", "0117", "0161", "0121", "0141", "0131", "0292"]) + rdig(7)


def usphone():
    return str(R.randrange(201, 990)) + str(R.randrange(200, 1000)) + rdig(4)


def iephone():
    return "08" + pick(["3", "5", "6", "7", "9"]) + rdig(7)


def say_phone(p, uk=True):
    # natural chunking: 5-6 for uk mobile, 3-3-4 us, 3-3-4 ie
    if len(p) == 11:
        parts = [p[:5], p[5:]] if R.random() < 0.5 else [p[:5], p[5:8], p[8:]]
    else:
        parts = [p[:3], p[3:6], p[6:]]
    return " ".join(say_digits(x, uk) if R.random() < 0.7 else say_pairs(x, uk) for x in parts)


def make_dob():
    return R.randrange(1940, 2006), R.randrange(1, 13), R.randrange(1, 29)


def say_year(y):
    if y >= 2000:
        return "two thousand and " + num_words(y - 2000) if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num_words(hi) + " hundred"
    if lo < 10:
        return num_words(hi) + " " + pick(["oh", "o"]) + " " + DIG[lo]
    return num_words(hi) + " " + num_words(lo)


def dob_spoken(y, m, d):
    f = R.randrange(4)
    if f == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    if f == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
    if f == 2:
        return "%s %s %s" % (num_words(d), MONTHS[m - 1], say_year(y))
    return "%s %s %s" % (say_digits("%02d" % d, doubles=False), say_digits("%02d" % m, doubles=False), say_year(y))


def dob_typed(y, m, d, us=False):
    f = R.randrange(5)
    if f == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f == 1:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if f == 2:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if f == 3:
        return "%d-%02d-%02d" % (y, m, d)
    return ("%d.%d.%d" % (d, m, y))


def make_exp():
    return R.randrange(1, 13), R.randrange(2026, 2033)


def exp_spoken(m, y):
    f = R.randrange(4)
    yy = y - 2000
    if f == 0:
        return "%s %s" % (say_digits("%02d" % m, doubles=False), num_words(yy))
    if f == 1:
        return "%s %s" % (MONTHS[m - 1], say_year(y) if R.random() < 0.5 else num_words(yy))
    if f == 2:
        return "%s slash %s" % (num_words(m), num_words(yy))
    return "%s of %s" % (MONTHS[m - 1], num_words(yy))


def exp_typed(m, y):
    return pick(["%02d/%02d" % (m, y - 2000), "%d/%d" % (m, y - 2000), "%02d-%d" % (m, y),
                 "%02d/%d" % (m, y), "%02d %02d" % (m, y - 2000)])


def make_address(us=False):
    if us:
        return str(R.randrange(100, 9900)), pick(US_STREETS)
    return str(R.randrange(1, 120)), pick(UK_STREETS)


def addr_spoken(num, street):
    n = int(num)
    if n >= 1000 and R.random() < 0.6:
        s = num_words(n // 100) + " " + say_pair("%02d" % (n % 100))
    elif n < 1000 and R.random() < 0.7:
        s = num_words(n).replace(" and ", " ")
    else:
        s = say_digits(num)
    return s + " " + street.lower()


# ---------------------------------------------------------------- cases
class Case:
    def __init__(self, note):
        self.turns = []   # (speaker, [segments])
        self.note = note
        self.ents = {}

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def build(self):
        turns, spans, pieces = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for sg in segs:
                if isinstance(sg, str):
                    text += sg
                else:
                    val, typ, eid = sg[0], sg[1], sg[2] if len(sg) > 2 else None
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                    key = eid if eid is not None else (ti, st)
                    pieces.setdefault(key, [typ, []])[1].append(val)
            turns.append({"speaker": spk, "text": text})
        return turns, spans, pieces


def V(val, typ, eid=None):
    return (val, typ, eid)


A, C = "agent", "customer"
POS, NEG = [], []


def pos(fn):
    POS.append(fn)
    return fn


def neg(fn):
    NEG.append(fn)
    return fn


# ================================================================ positives
@pos
def p_card_chat_groups():
    c = make_card()
    sep = pick([" ", "-", " ", ""])
    shown = group(c, card_groups(c), sep) if sep else c
    return Case("chat/retail: card typed in groups (%r separator) mid-message" % sep).t(
        C, pick(["hi, can I pay the outstanding bill now? card is ", "Card no: ", "ok here it is "]),
        V(shown, "CARD_NUMBER"), pick([" thanks", " - exp on the next line", "", " cheers!"]))


@pos
def p_card_call_split():
    c = make_card(pick(["visa", "mc", "disc"]))
    gs = [c[i:i + 4] for i in range(0, 16, 4)]
    cs = Case("call/%s: card split over four customer turns with back-channels" % pick(["telecom", "utilities", "insurance"]))
    cs.t(A, "okay whenever you're ready with the long number on the card")
    bc = ["mhm", "okay go on", "yep", "got it", "uh huh"]
    for k, g in enumerate(gs):
        pre = pick(["", "", "um ", "right ", "so "]) if k == 0 else pick(["", "", "then "])
        cs.t(C, pre, V(say_mixed(g), "CARD_NUMBER", "c"))
        if k < 3:
            cs.t(A, pick(bc))
    cs.t(A, "lovely thank you")
    return cs


@pos
def p_card_call_oneturn():
    c = make_card()
    uk = R.random() < 0.5
    return Case("call/banking: whole card read in one turn with zero variants and doubles").t(
        A, "can i take the card number please").t(
        C, pick(["yeah it's ", "yes it's ", "sure ", "okay it is "]), V(say_digits(c, uk), "CARD_NUMBER"),
        pick(["", " and that's a visa debit", " um yeah"]))


@pos
def p_card_pairs():
    c = make_card(pick(["visa", "mc"]))
    return Case("call/travel: card read in pairs like 'forty one eleven'").t(
        A, "and the card you'd like to use for the booking").t(
        C, "it's ", V(say_pairs(c[:8], True), "CARD_NUMBER", "c"), " hang on my glasses ",
        V(say_pairs(c[8:], True), "CARD_NUMBER", "c"))


@pos
def p_card_cvv_exp_chat():
    c = make_card(pick(["visa", "mc"]))
    m, y = make_exp()
    cvv = rdig(3)
    return Case("chat/retail: card, expiry and cvv in one typed message").t(
        A, "Please type the card number, expiry and the 3 digit code on the back.").t(
        C, V(group(c, card_groups(c), " "), "CARD_NUMBER"), pick([" exp ", " expires ", ", expiry "]),
        V(exp_typed(m, y), "EXPIRY"), pick([" cvv ", " cvc ", ", security code "]), V(cvv, "CVV"))


@pos
def p_card_selfcorrect():
    c = make_card(pick(["visa", "mc"]))
    return Case("call/utilities: caller restarts the card number, only the full rereading is labelled").t(
        A, "go ahead with the card number").t(
        C, say_digits(c[:3]) + pick([" um hang on let me start again ", " no wait sorry i'll start again ", " sorry lost my place from the top "]), V(say_digits(c), "CARD_NUMBER")).t(
        A, "okay thank you and the expiry")


@pos
def p_card_amex_cvv4():
    c = make_card("amex")
    cvv = rdig(4)
    m, y = make_exp()
    return Case("call/travel: amex 4-6-5 grouping then four digit security code").t(
        A, "long number first please").t(
        C, V(say_digits(c[:4]), "CARD_NUMBER", "c")).t(A, "yep").t(
        C, V(say_digits(c[4:10]), "CARD_NUMBER", "c")).t(A, "mhm").t(
        C, V(say_digits(c[10:]), "CARD_NUMBER", "c")).t(
        A, "and the four digit code on the front of the amex").t(
        C, "its ", V(say_digits(cvv), "CVV")).t(A, "and the expiry date").t(C, V(exp_spoken(m, y), "EXPIRY"))


@pos
def p_card_readback():
    c = make_card(pick(["visa", "mc"]))
    a = say_digits(c, True)
    return Case("call/insurance: agent reads the card back in full").t(
        C, "the card is ", V(a, "CARD_NUMBER")).t(
        A, "let me just read that back ", V(say_digits(c, True), "CARD_NUMBER"), " is that right").t(C, "yes")


@pos
def p_card_typo_chat():
    c = make_card(pick(["visa", "mc", "visa19"]))
    shown = group(c, card_groups(c), " ").replace(" ", pick(["  ", " - ", "."]), 1)
    return Case("chat/telecom: card with irregular separators, lower-case chatter").t(
        C, "sry my card got declined yesterday, try this one pls ", V(shown, "CARD_NUMBER"), " exp ",
        V(exp_typed(*make_exp()), "EXPIRY"))


@pos
def p_cvv_call():
    cvv = rdig(3)
    return Case("call/retail: security code said after agent asks, with filler").t(
        A, "and the three digits on the back of the card please").t(
        C, pick(["uh ", "um its ", "yeah ", ""]), V(say_digits(cvv) if R.random() < 0.6 or cvv[1] == "0" else DIG[int(cvv[0])] + " " + say_pair(cvv[1:]), "CVV"))


@pos
def p_expiry_call():
    m, y = make_exp()
    return Case("call/utilities: expiry spoken").t(A, "and when does the card expire").t(
        C, pick(["it's ", "", "end of "]), V(exp_spoken(m, y), "EXPIRY"))


@pos
def p_ssn_typed():
    s = make_ssn()
    shown = pick([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s])
    return Case("chat/government services: SSN typed").t(
        A, "To verify your identity, please provide your Social Security number.").t(
        C, pick(["sure its ", "SSN: ", "", "ok "]), V(shown, "SSN"))


@pos
def p_ssn_call():
    s = make_ssn()
    return Case("call/healthcare billing: SSN read digit by digit").t(
        A, "can i get your social security number to pull up the account").t(
        C, pick(["yeah it's ", "sure ", "um "]), V(say_digits(s, False), "SSN"))


@pos
def p_ssn_split():
    s = make_ssn()
    return Case("call/insurance: SSN split 3-2-4 over turns").t(
        A, "and your social please").t(C, V(say_mixed(s[:3]), "SSN", "s")).t(A, "okay").t(
        C, V(say_pairs(s[3:5]), "SSN", "s")).t(A, "mhm").t(C, V(say_mixed(s[5:]), "SSN", "s"))


@pos
def p_ssn_with_money():
    s = make_ssn()
    amt = R.randrange(20, 900)
    return Case("call/banking: SSN next to money amount and a date").t(
        C, "i was charged %s dollars on the %s and my social is " % (num_words(amt), ORD[R.randrange(1, 29)]),
        V(say_digits(s), "SSN"), " if you need it")


@pos
def p_ssn_dob():
    s = make_ssn()
    y, m, d = make_dob()
    return Case("chat/healthcare billing: SSN and DOB in one message").t(
        C, "DOB ", V(dob_typed(y, m, d, True), "DOB"), " SSN ", V(s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"))


@pos
def p_ni_typed():
    n = make_ni()
    shown = pick([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(),
                  n[:2] + n[2:8] + " " + n[8]])
    return Case("chat/government services: NI number typed").t(
        A, "Could you confirm your National Insurance number?").t(
        C, pick(["yes it's ", "NI no ", "", "its "]), V(shown, "NI_NUMBER"))


@pos
def p_ni_call():
    n = make_ni()
    st = pick(["plain", "for", "nato", "asin"])
    spoken = say_letter(n[0], st) + " " + say_letter(n[1], st) + " " + say_mixed(n[2:8], True) + " " + say_letter(n[8], st)
    return Case("call/government services: NI number spoken, letter style %s" % st).t(
        A, "and your national insurance number please").t(C, pick(["right it's ", "yeah ", "", "okay "]), V(spoken, "NI_NUMBER"))


@pos
def p_ni_split():
    n = make_ni()
    return Case("call/utilities: NI number split across turns, final letter in its own turn").t(
        A, "can you give me your national insurance number").t(
        C, V(say_alnum(n[:2], letter_style="for"), "NI_NUMBER", "n")).t(A, "yep").t(
        C, V(say_pairs(n[2:8], True), "NI_NUMBER", "n")).t(A, "and the letter at the end").t(
        C, "it's ", V(pick([n[8].lower(), say_letter(n[8], "for")]), "NI_NUMBER", "n"))


@pos
def p_ni_homophone():
    n = make_ni()[:8] + "C"
    spoken = say_alnum(n[:2], letter_style="plain") + " " + say_digits(n[2:8], True) + " see"
    return Case("call/banking: NI number with final C transcribed as 'see'").t(
        A, "national insurance number").t(C, V(spoken, "NI_NUMBER"), " i think yeah")


@pos
def p_ni_readback():
    n = make_ni()
    return Case("call/insurance: agent reads NI back").t(
        C, V(say_alnum(n, True, "plain"), "NI_NUMBER")).t(
        A, "so that's ", V(say_alnum(n, True, "plain"), "NI_NUMBER"), " yeah").t(C, "yep")


@pos
def p_bank_uk_call():
    acc, sc = rdig(8), rdig(6)
    return Case("call/banking: sort code and account number spoken").t(
        A, "what's the sort code").t(C, V(pick([say_pairs(sc, True), say_digits(sc, True)]), "SORT_CODE")).t(
        A, "and the account number").t(C, pick(["", "it's "]), V(say_mixed(acc, True), "BANK_ACCOUNT"))


@pos
def p_bank_uk_chat():
    acc, sc = rdig(8), rdig(6)
    return Case("chat/utilities: direct debit details typed").t(
        C, "for the direct debit: sort code ", V(pick([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE"),
        pick([", acc ", " account number ", " a/c "]), V(acc, "BANK_ACCOUNT"), " - monthly payment of £%d.%02d" % (R.randrange(20, 90), R.randrange(100)))


@pos
def p_bank_us():
    acc = rdig(R.randrange(9, 13))
    rt_amt = R.randrange(100, 999)
    return Case("call/banking: US checking account number, transfer amount nearby").t(
        A, "which account should the %s dollars go into" % num_words(rt_amt)).t(
        C, "my checking account number is ", V(say_digits(acc, False), "BANK_ACCOUNT"))


@pos
def p_bank_split():
    acc = rdig(8)
    return Case("call/insurance: account number split with agent back-channel").t(
        A, "and the account number for the refund").t(C, V(say_digits(acc[:4], True), "BANK_ACCOUNT", "a")).t(
        A, "okay go on").t(C, V(say_digits(acc[4:], True), "BANK_ACCOUNT", "a"))


@pos
def p_sort_spoken_corr():
    sc = rdig(6)
    return Case("call/banking: sort code given, agent echoes it").t(
        C, "the sort code is ", V(say_pairs(sc, True), "SORT_CODE")).t(
        A, V(say_digits(sc, True), "SORT_CODE"), " lovely and the account")


@pos
def p_iban_typed():
    ib = make_iban()
    shown = pick([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
    return Case("chat/banking: IBAN typed (%s)" % ib[:2]).t(
        A, "Please send the IBAN for the refund.").t(C, pick(["IBAN: ", "here ", "", "its "]), V(shown, "IBAN"))


@pos
def p_iban_spoken():
    ib = make_iban(pick(["GB", "IE", "DE", "NL"]))
    spoken = say_alnum(ib[:2], letter_style="plain") + " " + say_pairs(ib[2:4], True) + " " + say_alnum(ib[4:], True)
    return Case("call/travel: IBAN spoken with letters and pairs (%s)" % ib[:2]).t(
        A, "and the iban for the refund").t(C, V(spoken, "IBAN"))


@pos
def p_iban_split():
    ib = make_iban(pick(["GB", "IE", "FR", "ES"]))
    parts = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    cs = Case("call/banking: IBAN in groups of four across turns (%s)" % ib[:2]).t(A, "go ahead with the iban")
    half = len(parts) // 2
    cs.t(C, V(" ".join(say_alnum(p, True, "plain") for p in parts[:half]), "IBAN", "i"))
    cs.t(A, "mhm")
    cs.t(C, V(" ".join(say_alnum(p, True, "plain") for p in parts[half:]), "IBAN", "i"))
    return cs


@pos
def p_phone_uk_call():
    p = ukphone() if R.random() < 0.7 else ukland()
    return Case("call/telecom: UK number spoken").t(
        A, "best number to reach you on").t(C, pick(["", "it's ", "my mobile "]), V(say_phone(p, True), "PHONE"))


@pos
def p_phone_us_chat():
    p = usphone()
    shown = pick(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                  "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), p])
    return Case("chat/retail: US phone typed").t(
        C, "pls call me back on ", V(shown, "PHONE"), " after 5pm")


@pos
def p_phone_intl():
    kind = R.randrange(3)
    if kind == 0:
        p = iephone()
        shown = "+353 " + p[1:3] + " " + p[3:6] + " " + p[6:]
        sp = "plus three five three " + say_digits(p[1:], True)
    elif kind == 1:
        p = ukphone()
        shown = "+44 " + p[1:5] + " " + p[5:]
        sp = "plus four four " + say_digits(p[1:], True)
    else:
        p = usphone()
        shown = "+1-" + p[:3] + "-" + p[3:6] + "-" + p[6:]
        sp = "plus one " + say_digits(p, False)
    cs = Case("%s: international phone form" % pick(["chat/travel", "call/travel"]))
    if R.random() < 0.5:
        cs.t(C, "you can reach me on ", V(shown, "PHONE"), " while i'm abroad")
    else:
        cs.note = "call/travel: international phone form spoken with 'plus'"
        cs.t(A, "a contact number while you're travelling").t(C, V(sp, "PHONE"))
    return cs


@pos
def p_phone_800():
    rest = rdig(7)
    area = pick(["800", "888", "877"])
    sp = "one " + (("eight hundred" if area == "800" else say_digits(area))) + " " + say_digits(rest[:3]) + " " + say_digits(rest[3:])
    return Case("call/telecom: US toll-free number with 'eight hundred'").t(
        C, "my business line is ", V(sp, "PHONE"), " extension twelve")


@pos
def p_phone_split():
    p = ukphone()
    return Case("call/utilities: mobile split over turns with 'double' and self-correction-free readback").t(
        A, "contact number").t(C, V(say_digits(p[:5], True), "PHONE", "p")).t(A, "yep").t(
        C, V(say_digits(p[5:], True), "PHONE", "p")).t(
        A, "so ", V(say_digits(p, True), "PHONE"), " perfect")


@pos
def p_email_spoken():
    e = make_email()
    return Case("call/retail: email spelled out with dot/at").t(
        A, "and an email address for the receipt").t(C, pick(["yeah it's ", "", "sure "]), V(say_email(e), "EMAIL"))


@pos
def p_email_typed():
    e = make_email()
    shown = pick([e, e.upper() if R.random() < 0.2 else e.capitalize(), e])
    return Case("chat/telecom: email typed").t(C, "update my email to ", V(shown, "EMAIL"), " please, the old one is closed")


@pos
def p_email_readback():
    e = make_email()
    return Case("call/insurance: email given, agent reads back").t(
        C, V(say_email(e), "EMAIL")).t(A, "so that's ", V(say_email(e), "EMAIL"), " correct").t(C, "yep that's it")


@pos
def p_dob_call():
    y, m, d = make_dob()
    return Case("call/healthcare billing: DOB spoken").t(
        A, "can you confirm your date of birth").t(C, pick(["it's ", "", "yeah "]), V(dob_spoken(y, m, d), "DOB"))


@pos
def p_dob_chat():
    y, m, d = make_dob()
    return Case("chat/banking: DOB typed").t(
        A, "For security, what's your date of birth?").t(C, V(dob_typed(y, m, d, R.random() < 0.5), "DOB"))


@pos
def p_dob_age_mix():
    y, m, d = make_dob()
    return Case("call/insurance: DOB next to an age and a policy start date").t(
        A, "and the policy holder's date of birth").t(
        C, "that's my dad he's %s now born " % num_words(2026 - y), V(dob_spoken(y, m, d), "DOB"),
        " and the policy started in march")


@pos
def p_postcode_uk_call():
    pc = pick(UK_PC)
    return Case("call/utilities: UK postcode spoken letter by letter").t(
        A, "what's the postcode at the property").t(C, pick(["", "it's ", "um "]), V(say_alnum(pc, True), "POSTCODE"))


@pos
def p_postcode_uk_chat():
    pc = pick(UK_PC)
    shown = pick([pc, pc.replace(" ", ""), pc.lower()])
    return Case("chat/retail: UK postcode typed").t(C, "postcode is ", V(shown, "POSTCODE"), " - is delivery free there?")


@pos
def p_zip():
    z = make_zip()
    if R.random() < 0.5:
        return Case("chat/retail: US ZIP typed").t(A, "What's the billing ZIP code?").t(C, V(z, "POSTCODE"))
    return Case("call/telecom: US ZIP spoken").t(A, "and the zip code on the account").t(
        C, V(say_digits(z.replace("-", ""), False), "POSTCODE"))


@pos
def p_address_uk_call():
    num, st = make_address()
    pc = pick(UK_PC)
    return Case("call/utilities: street address then postcode in next turn").t(
        A, "and the first line of the address").t(C, V(addr_spoken(num, st), "ADDRESS")).t(
        A, "and the postcode").t(C, V(say_alnum(pc, True), "POSTCODE"))


@pos
def p_address_chat():
    us = R.random() < 0.5
    num, st = make_address(us)
    town = pick(TOWNS_US if us else TOWNS_UK)
    cs = Case("chat/retail: full address typed; street+town is ADDRESS, postcode separate")
    if us:
        z = make_zip()
        cs.t(C, "ship to ", V("%s %s, %s" % (num, st, town), "ADDRESS"), ", TX " if False else ", ", V(z, "POSTCODE"), " thx")
    else:
        pc = pick(UK_PC)
        cs.t(C, "new address is ", V("%s %s, %s" % (num, st, town), "ADDRESS"), " ", V(pc, "POSTCODE"))
    return cs


@pos
def p_address_flat():
    num, st = make_address()
    flat = R.randrange(1, 30)
    return Case("call/insurance: flat number plus street spoken").t(
        A, "whats the address you're insuring").t(
        C, V("flat %s %s" % (num_words(flat), addr_spoken(num, st)), "ADDRESS"), " it's a ground floor flat")


@pos
def p_address_us_call():
    num, st = make_address(True)
    apt = R.randrange(1, 40)
    return Case("call/healthcare billing: US address with apartment, ZIP after").t(
        A, "mailing address for the statement").t(
        C, V(addr_spoken(num, st) + " apartment " + num_words(apt), "ADDRESS")).t(A, "zip").t(
        C, V(say_digits(pick(US_ZIP), False), "POSTCODE"))


@pos
def p_multi_verify():
    y, m, d = make_dob()
    pc = pick(UK_PC)
    return Case("call/banking: DOB and postcode in the same turn").t(
        A, "for security can i take your date of birth and postcode").t(
        C, "yeah ", V(dob_spoken(y, m, d), "DOB"), " and it's ", V(say_alnum(pc, True), "POSTCODE"))


@pos
def p_full_payment_call():
    c = make_card(pick(["visa", "mc"]))
    m, y = make_exp()
    cvv = rdig(3)
    amt = R.randrange(10, 500)
    return Case("call/telecom: payment of a bill, amount then card/expiry/cvv").t(
        A, "so the balance is %s pounds %s, can i take the card" % (num_words(amt), num_words(R.randrange(1, 99)))).t(
        C, V(say_digits(c[:8], True), "CARD_NUMBER", "c")).t(A, "mhm").t(
        C, V(say_digits(c[8:], True), "CARD_NUMBER", "c")).t(A, "expiry").t(
        C, V(exp_spoken(m, y), "EXPIRY")).t(A, "and the last three digits on the back").t(
        C, V(say_digits(cvv, True), "CVV"))


@pos
def p_ni_with_ref():
    n = make_ni()
    ref = rdig(8)
    return Case("call/government services: NI number next to a claim reference number (unlabelled)").t(
        C, "my claim reference is %s and my NI is " % say_digits(ref, True), V(say_alnum(n, True, "plain"), "NI_NUMBER"))


@pos
def p_ssn_typo_chat():
    s = make_ssn()
    shown = s[:3] + pick(["-", " - ", "/", "."]) + s[3:5] + pick(["-", " ", "."]) + s[5:]
    return Case("chat/banking: SSN with odd separators and typo'd context").t(
        C, "my ssn is " if R.random() < 0.5 else "social sec # ", V(shown, "SSN"), " and i need the 1099 form")


@pos
def p_card_in_chitchat():
    c = make_card("visa")
    return Case("call/travel: card digits interrupted by chit-chat inside the same turn").t(
        A, "card number please").t(
        C, V(say_digits(c[:8], True), "CARD_NUMBER", "c"), " sorry the dog is barking ",
        V(say_digits(c[8:], True), "CARD_NUMBER", "c"))


@pos
def p_ie_phone_chat():
    p = iephone()
    shown = pick([p[:3] + " " + p[3:6] + " " + p[6:], p[:3] + "-" + p[3:], p])
    return Case("chat/utilities: Irish mobile typed").t(C, "my number is ", V(shown, "PHONE"), ", text is fine")


@pos
def p_two_phones():
    p1, p2 = ukphone(), ukland()
    return Case("call/telecom: two phone numbers in one turn").t(
        C, "mobile is ", V(say_phone(p1), "PHONE"), " or home is ", V(say_phone(p2), "PHONE"))


@pos
def p_card_asr_homophones():
    c = make_card(pick(["visa", "mc"]))
    words = say_digits(c, False, doubles=False).split()
    sub = {"two": ["to", "too"], "four": ["for"], "eight": ["ate"], "one": ["won"]}
    out, n = [], 0
    for w in words:
        if w in sub and n < 3 and R.random() < 0.5:
            out.append(pick(sub[w]))
            n += 1
        else:
            out.append(w)
    return Case("call/telecom: card with ASR homophones (to/for/ate/won) inside the reading").t(
        A, "and the card number").t(C, "okay ", V(" ".join(out), "CARD_NUMBER"), " did you get that")


@pos
def p_card_filler_inside():
    c = make_card(pick(["visa", "mc", "disc"]))
    g = [c[i:i + 4] for i in range(0, 16, 4)]
    fill = pick(["um", "uh", "er", "erm"])
    spoken = " ".join([say_digits(g[0]), say_digits(g[1]), fill, say_digits(g[2]), pick(["uh", "hmm"]), say_digits(g[3])])
    return Case("call/retail: filler words inside one card reading").t(
        A, "long card number please").t(C, V(spoken, "CARD_NUMBER"))


@pos
def p_card_agent_group_confirm():
    c = make_card(pick(["visa", "mc"]))
    return Case("call/banking: card in two halves, customer repeats second half after agent query").t(
        A, "go ahead").t(C, V(say_digits(c[:8], True), "CARD_NUMBER", "c")).t(
        A, "sorry you broke up there").t(C, "oh sorry ", V(say_pairs(c[8:], True), "CARD_NUMBER", "c")).t(
        A, "thank you")


@pos
def p_card_upper_chat():
    c = make_card()
    return Case("chat/insurance: card number glued to text with colon, 4-4-4-4 no spaces after colon").t(
        C, "CARD:" + pick(["", " "]), V(c, "CARD_NUMBER"), pick([" EXP:", " exp:"]), V(exp_typed(*make_exp()), "EXPIRY"),
        pick([" CVV:", " cvv:"]), V(rdig(3), "CVV"))


@pos
def p_ssn_dashes_spoken():
    s = make_ssn()
    sp = say_digits(s[:3], doubles=False) + " dash " + say_digits(s[3:5], doubles=False) + " dash " + say_digits(s[5:], doubles=False)
    return Case("call/government services: SSN with spoken 'dash' separators").t(
        A, "and the social security number on the application").t(C, "okay ", V(sp, "SSN"))


@pos
def p_ssn_asr():
    s = make_ssn()
    words = say_digits(s, False).split()
    words = [("to" if w == "two" and R.random() < 0.5 else "for" if w == "four" and R.random() < 0.5 else w) for w in words]
    return Case("call/healthcare billing: SSN with ASR homophones and agent confirming").t(
        A, "i'll need the patient's social to look that up").t(C, V(" ".join(words), "SSN")).t(
        A, "thank you i've got the account for the visit on the %s" % ORD[R.randrange(1, 29)])


@pos
def p_ssn_readback_split():
    s = make_ssn()
    return Case("call/banking: SSN given, agent reads back grouped 3-2-4").t(
        C, "my social is ", V(say_digits(s), "SSN")).t(
        A, "let me confirm ", V(say_mixed(s[:3]) + " " + say_pairs(s[3:5]) + " " + say_mixed(s[5:]), "SSN"), " correct").t(C, "that's it")


@pos
def p_ni_typed_spaces():
    n = make_ni()
    shown = pick([n[:2].lower() + " " + n[2:8] + " " + n[8].lower(), n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8],
                  n[:2] + " " + n[2:4] + n[4:6] + n[6:8] + n[8]])
    return Case("chat/utilities: NI number typed with mixed case and separators, near a benefit amount").t(
        C, "my ni number is ", V(shown, "NI_NUMBER"), " and i get £%d a week pension credit" % R.randrange(50, 250))


@pos
def p_ni_nato_full():
    n = make_ni()
    sp = NATO[n[0].lower()] + " " + NATO[n[1].lower()] + " " + say_digits(n[2:8], True) + " " + NATO[n[8].lower()]
    return Case("call/government services: NI number with NATO words only (no bare letters)").t(
        A, "your national insurance number please").t(C, V(sp, "NI_NUMBER"))


@pos
def p_ni_pairs_split2():
    n = make_ni()
    return Case("call/insurance: NI number in two turns, letters+digits then digits+letter").t(
        A, "and the NI number").t(C, V(say_alnum(n[:2], letter_style="plain") + " " + say_pairs(n[2:4], True), "NI_NUMBER", "n")).t(
        A, "mhm").t(C, V(say_pairs(n[4:8], True) + " " + say_letter(n[8], pick(["plain", "for", "asin"])), "NI_NUMBER", "n"))


@pos
def p_iban_ie_call():
    ib = make_iban("IE")
    sp = say_alnum(ib[:2], letter_style="plain") + " " + say_digits(ib[2:4], True) + " " + \
        " ".join(say_letter(ch, pick(["plain", "for"])) for ch in ib[4:8]) + " " + say_digits(ib[8:14], True) + " " + say_digits(ib[14:], True)
    return Case("call/utilities: Irish IBAN spoken, bank code letters with 'for'").t(
        A, "and the iban for the refund please").t(C, "right its ", V(sp, "IBAN"))


@pos
def p_iban_chat_de():
    ib = make_iban(pick(["DE", "NL", "BE", "FR"]))
    shown = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return Case("chat/travel: EU IBAN typed with a refund amount").t(
        C, "pls refund the €%d.%02d to my IBAN " % (R.randrange(30, 900), R.randrange(100)), V(shown if R.random() < 0.6 else ib, "IBAN"), " thank u")


@pos
def p_email_chat_variants():
    e = make_email()
    return Case("chat/retail: email in angle brackets with a typo'd lead-in").t(
        C, "hi cant log in, my emial is <", V(e, "EMAIL"), "> and order is #%d" % R.randrange(100000, 9999999))


@pos
def p_email_split():
    e = make_email()
    local, dom = e.split("@")
    sp = say_email(e)
    a, b = sp.split(" at ", 1)
    return Case("call/travel: email split over turns at the @").t(
        A, "email for the booking confirmation").t(C, V(a, "EMAIL", "e")).t(A, "yep").t(
        C, V("at " + b, "EMAIL", "e"))


@pos
def p_email_spelled():
    f, l = pick(FIRST), pick(LAST)
    dom = pick(["gmail.com", "hotmail.com", "yahoo.com"])
    sp = " ".join(f) + " dot " + " ".join(l) + " at " + " dot ".join(dom.split("."))
    return Case("call/banking: email fully spelled letter by letter").t(
        A, "can you spell the email for me").t(C, "yeah ", V(sp, "EMAIL"))


@pos
def p_dob_short_year():
    y, m, d = make_dob()
    sp = "%s of %s %s" % (ORD[d], MONTHS[m - 1], num_words(y % 100) if y % 100 >= 10 else "oh " + DIG[y % 100])
    return Case("call/utilities: DOB with two-digit spoken year").t(
        A, "date of birth please").t(C, V(sp, "DOB"))


@pos
def p_dob_ordinal_chat():
    y, m, d = make_dob()
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return Case("chat/insurance: DOB typed with ordinal suffix").t(
        C, "dob is ", V("%d%s %s %d" % (d, suf, MONTHS[m - 1].capitalize(), y), "DOB"), ", policy renewal is due on the %d%s" % (5, "th"))


@pos
def p_cvv_chat():
    return Case("chat/retail: CVV alone in a reply").t(
        A, "And the 3-digit security code on the back?").t(C, V(rdig(3), "CVV"))


@pos
def p_cvv_split_expiry():
    m, y = make_exp()
    cvv = rdig(3)
    return Case("call/travel: expiry and cvv in one turn").t(
        A, "expiry date and security code").t(C, V(exp_spoken(m, y), "EXPIRY"), " and the code is ", V(say_digits(cvv), "CVV"))


@pos
def p_expiry_typed():
    m, y = make_exp()
    return Case("chat/telecom: expiry typed after agent prompt").t(
        A, "What's the expiry date on the card?").t(C, pick(["", "exp ", "it expires "]), V(exp_typed(m, y), "EXPIRY"))


@pos
def p_address_us_typed_abbrev():
    num, st = make_address(True)
    st2 = st.replace("Street", "St").replace("Avenue", "Ave").replace("Drive", "Dr").replace("Lane", "Ln").replace("Boulevard", "Blvd").replace("Road", "Rd")
    z = make_zip()
    town, state = pick([("Austin", "TX"), ("Denver", "CO"), ("Portland", "OR"), ("Atlanta", "GA"), ("Chicago", "IL"), ("Phoenix", "AZ")])
    return Case("chat/healthcare billing: US address with abbreviations, state and ZIP").t(
        C, "pls send the bill to ", V("%s %s %s, %s" % (num, st2, pick(["Apt 4B", "Unit 12", "#210"]), town), "ADDRESS"), ", %s " % state, V(z, "POSTCODE"))


@pos
def p_address_ie():
    num = str(R.randrange(1, 90))
    st = pick(["Main Street", "Church Road", "Strand Road", "Castle Park", "Sandymount Avenue"])
    return Case("chat/utilities: Irish street address typed, Eircode not given").t(
        C, "moved to ", V("%s %s, %s" % (num, st, pick(["Ballincollig", "Dundalk", "Galway", "Swords"])), "ADDRESS"), " last month, pls update")


@pos
def p_address_call_split():
    num, st = make_address()
    pc = pick(UK_PC)
    return Case("call/insurance: house number and street in separate turns, postcode with agent read-back").t(
        A, "and the address").t(C, V("number " + num_words(int(num)).replace(" and ", " "), "ADDRESS", "a")).t(
        A, "yep").t(C, V(st.lower(), "ADDRESS", "a")).t(A, "postcode").t(
        C, V(say_alnum(pc, True), "POSTCODE")).t(A, "so ", V(say_alnum(pc, True, "plain"), "POSTCODE"), " thank you")


@pos
def p_zip4_spoken():
    z = pick(US_ZIP) + rdig(4)
    return Case("call/banking: US ZIP+4 spoken with 'dash'").t(
        A, "billing zip code").t(C, V(say_digits(z[:5], False) + " dash " + say_digits(z[5:], False), "POSTCODE"))


@pos
def p_phone_eu():
    k = R.randrange(2)
    if k == 0:
        p = "+49 " + pick(["30", "89", "40"]) + " " + rdig(8)
    else:
        p = "+33 " + pick(["6", "7"]) + " " + " ".join(rdig(2) for _ in range(4))
    return Case("chat/travel: EU phone with country code").t(
        C, "my " + pick(["german", "french", "mobile"]) + " number is ", V(p, "PHONE"), " - I land at %d:%02d" % (R.randrange(6, 23), R.randrange(60)))


@pos
def p_phone_pairs_with_time():
    p = ukphone()
    return Case("call/utilities: phone in pairs next to a callback time").t(
        A, "what number and when's good to call").t(
        C, V(say_digits(p[:5], True) + " " + say_pairs(p[5:], True), "PHONE"), " any time after %s" % pick(["two", "half three", "five"]))


@pos
def p_phone_selfcorrect():
    p = usphone()
    wrong = p[:6] + str((int(p[6]) + 3) % 10) + p[7:]
    return Case("call/retail: phone with a corrected digit; both complete readings are labelled").t(
        A, "callback number").t(C, "it's ", V(say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_digits(wrong[6:]), "PHONE"),
                                " no sorry that's wrong ", V(say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_digits(p[6:]), "PHONE"))


@pos
def p_bank_with_sort_oneturn():
    acc, sc = rdig(8), rdig(6)
    return Case("call/utilities: sort code and account number in one turn").t(
        A, "bank details for the direct debit").t(
        C, "sort code ", V(say_pairs(sc, True), "SORT_CODE"), " account ", V(say_digits(acc, True), "BANK_ACCOUNT"))


@pos
def p_bank_typed_us():
    acc = rdig(R.randrange(8, 13))
    return Case("chat/banking: US account number typed next to a routing-free transfer amount").t(
        C, "deposit $%d into acct # " % R.randrange(100, 5000), V(acc, "BANK_ACCOUNT"), " pls")


@pos
def p_phone_area_code():
    p = usphone()
    return Case("call/healthcare billing: US phone with 'area code' lead-in, area code and rest as two spans").t(
        A, "best callback number").t(C, "area code ", V(say_digits(p[:3]), "PHONE", "p"), " and then ",
                                       V(say_digits(p[3:6]) + " " + say_digits(p[6:]), "PHONE", "p"))


@pos
def p_card_chitchat_prices():
    c = make_card(pick(["visa", "mc"]))
    pr = R.randrange(20, 50)
    return Case("call/retail: card given after price chit-chat; price and quantity unlabelled").t(
        A, "so that's two of the %s pound throws so %s pounds altogether" % (num_words(pr), num_words(2 * pr))).t(
        C, "okay lovely card's ", V(say_digits(c[:4], True) + " " + say_digits(c[4:8], True), "CARD_NUMBER", "c"), " hold on ",
        V(say_digits(c[8:12], True), "CARD_NUMBER", "c"), " and ", V(say_digits(c[12:], True), "CARD_NUMBER", "c"))


# ================================================================ negatives
def money():
    return R.randrange(2, 2000), R.randrange(0, 100)


@neg
def n_balance():
    a, c = money()
    return Case("call/banking: balance and payment amounts spoken").t(
        A, "your current balance is %s pounds and %s pence" % (num_words(a % 1000), num_words(c))).t(
        C, "okay and when's the next payment due").t(A, "on the %s of %s" % (ORD[R.randrange(1, 29)], pick(MONTHS)))


@neg
def n_price_chat():
    return Case("chat/retail: prices and quantities typed").t(
        C, "how much is the %d pack? says $%d.%02d online but $%d.99 in store" % (
            R.randrange(2, 24), R.randrange(10, 300), R.randrange(100), R.randrange(10, 300))).t(
        A, "The online price of $%d.%02d includes a %d%% discount." % (R.randrange(10, 300), R.randrange(100), R.randrange(5, 40)))


@neg
def n_order_ref():
    o = rdig(R.randrange(6, 11))
    return Case("chat/retail: order number typed with its reference word").t(
        C, "where is my order #%s? it was meant to arrive %s" % (o, pick(["tuesday", "yesterday", "on the 14th"]))).t(
        A, "I can see order %s was dispatched on %d %s." % (o, R.randrange(1, 29), pick(MONTHS).capitalize()))


@neg
def n_order_spoken():
    o = rdig(R.randrange(6, 11))
    return Case("call/retail: order number spoken digit by digit with 'order number'").t(
        A, "have you got the order number there").t(C, "yeah the order number is " + say_digits(o, True))


@neg
def n_ticket():
    t = rdig(R.randrange(5, 9))
    return Case("call/telecom: ticket reference read out by agent").t(
        A, "i've raised a ticket for you the ticket number is %s" % say_digits(t)).t(C, "great thanks")


@neg
def n_claim():
    t = rdig(R.randrange(6, 11))
    return Case("chat/insurance: claim reference with letters prefix").t(
        C, "claim ref CLM-%s, any update? it's been %d days" % (t, R.randrange(3, 40)))


@neg
def n_invoice():
    t = rdig(R.randrange(5, 9))
    return Case("chat/utilities: invoice number and amount").t(
        C, "invoice INV%s shows %d.%02d but I paid %d.%02d on %d/%d" % (
            t, *money(), *money(), R.randrange(1, 29), R.randrange(1, 13)))


@neg
def n_flight():
    return Case("call/travel: flight number, times and gate").t(
        C, "i'm on the %s %s flight %s at %s" % (
            pick(["b a", "ryanair", "aer lingus", "delta"]), num_words(R.randrange(100, 999)).replace(" and ", " "),
            pick(["departing", "landing"]), pick(["half seven", "ten fifteen", "six forty five", "noon"]))).t(
        A, "okay that's gate %s and boarding closes %s minutes before" % (num_words(R.randrange(1, 60)), num_words(R.randrange(15, 45))))


@neg
def n_flight_chat():
    return Case("chat/travel: flight code typed with times").t(
        C, "Booking for flight %s%d on %d %s, dep %02d:%02d arr %02d:%02d" % (
            pick(["BA", "EI", "FR", "DL", "LH"]), R.randrange(10, 9999), R.randrange(1, 29), pick(MONTHS)[:3].capitalize(),
            R.randrange(0, 24), R.randrange(0, 60), R.randrange(0, 24), R.randrange(0, 60)))


@neg
def n_meter():
    r = rdig(5)
    return Case("call/utilities: meter reading spoken").t(
        A, "can you read me the numbers on the meter").t(C, "yeah it says " + say_digits(r, True) + " on the electric")


@neg
def n_meter_chat():
    return Case("chat/utilities: meter readings typed").t(
        C, "gas reading %05d, electric %05d day / %05d night, taken today at %d:%02d" % (
            R.randrange(100000), R.randrange(100000), R.randrange(100000), R.randrange(7, 12), R.randrange(60)))


@neg
def n_speed():
    return Case("call/telecom: broadband speeds and durations").t(
        C, "i'm paying for %s megs but only getting about %s for the last %s weeks" % (
            num_words(R.randrange(1, 10) * 100), num_words(R.randrange(5, 99)), num_words(R.randrange(2, 9))))


@neg
def n_appt():
    return Case("call/healthcare billing: appointment date and time, not a DOB").t(
        A, "i can offer you the %s of %s at %s" % (ORD[R.randrange(1, 29)], pick(MONTHS), pick(["ten thirty", "two o'clock", "quarter past nine"]))).t(
        C, "the %s is fine" % ORD[R.randrange(1, 29)])


@neg
def n_appt_chat():
    return Case("chat/government services: appointment and deadline dates typed").t(
        A, "Your appointment is on %02d/%02d/%d at %d:%02d. Please bring the form by %d %s %d." % (
            R.randrange(1, 29), R.randrange(1, 13), R.randrange(2026, 2028), R.randrange(8, 17), pick([0, 15, 30, 45]),
            R.randrange(1, 29), pick(MONTHS).capitalize(), R.randrange(2026, 2028)))


@neg
def n_contract():
    return Case("call/telecom: contract start year and term").t(
        C, "i signed up in %s on %s month contract" % (say_year(R.randrange(2015, 2026)), pick(["a twelve", "an eighteen", "a twenty four", "a thirty six"]))).t(
        A, "yes it started on the %s of %s so it ends next %s" % (ORD[R.randrange(1, 29)], pick(MONTHS), pick(MONTHS)))


@neg
def n_age():
    return Case("call/insurance: ages and counts, no DOB").t(
        A, "how many drivers on the policy").t(
        C, "%s me and my son he's %s and i'm %s" % (num_words(R.randrange(2, 4)), num_words(R.randrange(17, 25)), num_words(R.randrange(40, 70))))


@neg
def n_temp():
    return Case("call/utilities: heating temperatures and times").t(
        C, "the boiler's set to %s degrees but it's only %s in the house from about %s till %s" % (
            num_words(R.randrange(18, 25)), num_words(R.randrange(12, 18)), pick(["six", "seven", "half five"]), pick(["ten", "eleven", "midnight"])))


@neg
def n_room():
    return Case("call/travel: hotel room and floor numbers").t(
        C, "we're in room %s on the %s floor and the aircon is broken" % (num_words(R.randrange(101, 999)).replace(" and ", " "), ORD[R.randrange(1, 12)])).t(
        A, "so sorry i'll send someone to room %d within %d minutes" % (R.randrange(101, 999), R.randrange(10, 40)))


@neg
def n_model():
    return Case("chat/retail: model and part numbers").t(
        C, "my %s model %s%d-%d keeps showing error E%d" % (
            pick(["washer", "router", "fridge", "TV"]), pick(["WM", "XR", "HG", "KD"]), R.randrange(100, 9999), R.randrange(10, 99), R.randrange(1, 99)))


@neg
def n_percent():
    return Case("chat/banking: interest rates and percentages").t(
        A, "The rate is %d.%d%% APR, with %d%% cashback for the first %d months." % (
            R.randrange(1, 30), R.randrange(10), R.randrange(1, 5), R.randrange(3, 13)))


@neg
def n_years():
    return Case("call/insurance: years of no claims and car year").t(
        C, "it's a %s %s and i've got %s years no claims" % (
            say_year(R.randrange(2005, 2025)), pick(["ford focus", "golf", "corolla", "civic"]), num_words(R.randrange(1, 15))))


@neg
def n_refund_amount():
    a, c = money()
    return Case("call/retail: refund amount with pounds and pence spoken digit-like").t(
        A, "the refund of %s pounds %s will take three to five working days" % (num_words(a % 1000), num_words(c) if c >= 10 else "oh " + DIG[c])).t(
        C, "and that goes back on the same card i paid with yeah").t(A, "that's right it goes back to the original payment method")


@neg
def n_count_digits():
    return Case("call/telecom: data usage and minutes").t(
        C, "it says i've used %s gigs and %s minutes out of %s" % (
            num_words(R.randrange(1, 99)), num_words(R.randrange(100, 999)).replace(" and ", " "), num_words(pick([500, 900]))))


@neg
def n_agent_script():
    return Case("call/banking: agent security script with no values given").t(
        A, pick(["before we go on i'll need your date of birth postcode and the long number on your card",
                 "can i take the first line of your address and your date of birth",
                 "i just need to verify you with your sort code and account number"])).t(
        C, pick(["hang on i don't have my card on me can i call back later", "sorry i'm driving can you ring me back in %s minutes" % num_words(R.randrange(10, 40)),
                 "i'd rather not give that over the phone"])).t(A, pick(["of course no problem", "that's fine you can also do it in the app"]))


@neg
def n_office():
    return Case("chat/government services: opening hours and queue position").t(
        A, "You are number %d in the queue. Estimated wait %d minutes. We're open 8am-%dpm Mon-Fri." % (
            R.randrange(2, 60), R.randrange(2, 45), R.randrange(5, 9)))


@neg
def n_tracking():
    return Case("chat/retail: parcel tracking reference and weight").t(
        C, "tracking ref %s%s shows %d.%dkg, %d parcels" % (
            pick(["JD", "TRK"]), rdig(8), R.randrange(1, 30), R.randrange(10), R.randrange(1, 5)))


@neg
def n_policy_ref():
    p = rdig(R.randrange(7, 11))
    return Case("call/insurance: policy number spoken with its reference word").t(
        A, "have you got your policy number").t(C, "policy number " + say_pairs(p, True) if R.random() < 0.5 else "policy number " + say_digits(p, True))


@neg
def n_duration():
    return Case("call/utilities: outage durations and times").t(
        C, "the power's been off since %s this morning that's %s hours now" % (pick(["six", "half four", "five past seven"]), num_words(R.randrange(2, 12)))).t(
        A, "engineers expect to restore it by %s" % pick(["three pm", "four thirty", "tonight around nine"]))


@neg
def n_payment_dates():
    return Case("chat/banking: standing order dates and amounts, not birth dates").t(
        C, "I set up £%d monthly from %02d/%02d/%d, and £%d.%02d went out on %d %s" % (
            R.randrange(10, 900), R.randrange(1, 29), R.randrange(1, 13), R.randrange(2019, 2026),
            R.randrange(10, 900), R.randrange(100), R.randrange(1, 29), pick(MONTHS).capitalize()))


@neg
def n_store_count():
    return Case("call/retail: quantities and sizes").t(
        C, "i ordered %s of the size %s in the %s pack and got %s" % (
            num_words(R.randrange(2, 9)), num_words(R.randrange(4, 16)), num_words(R.randrange(2, 12)), num_words(R.randrange(1, 5))))


@neg
def n_case_number():
    c = rdig(R.randrange(6, 10))
    return Case("call/government services: case number read back by agent").t(
        A, "your case number is %s and a decision is due within %s weeks" % (say_digits(c, True), num_words(R.randrange(2, 12))))


@neg
def n_loyalty_years():
    y = R.randrange(1995, 2015)
    return Case("call/telecom: customer since a year, not DOB").t(
        C, "i've been with you since %s that's %s years and my bill's gone up every april" % (say_year(y), num_words(2026 - y)))


@neg
def n_healthcare_codes():
    return Case("chat/healthcare billing: procedure code, copay and visit date").t(
        C, "bill for visit on %d/%d/%d says code %d, copay $%d, balance $%d.%02d" % (
            R.randrange(1, 13), R.randrange(1, 29), R.randrange(2024, 2027), R.randrange(99201, 99499), R.randrange(10, 60), *money()))


@neg
def n_tax_forms():
    return Case("chat/government services: tax year and form names").t(
        C, "do i need form %s for the %d/%02d tax year? i earned about £%d,%03d" % (
            pick(["P60", "P45", "SA100", "P87"]), *(lambda y: (y, (y + 1) % 100))(R.randrange(2020, 2026)), R.randrange(12, 90), R.randrange(1000)))


@neg
def n_device():
    return Case("chat/telecom: phone model, storage and screen sizes").t(
        C, "the %s %d gb keeps dropping calls, screen is %d.%d inch" % (
            pick(["iPhone 15 Pro", "Galaxy S24", "Pixel 8"]), pick([128, 256, 512]), R.randrange(5, 7), R.randrange(10)))


@neg
def n_train():
    return Case("call/travel: train platform and times").t(
        C, "the %s from platform %s was cancelled and the next one is %s minutes late" % (
            pick(["ten fifteen", "six forty", "eight oh five"]), num_words(R.randrange(1, 15)), num_words(R.randrange(5, 60))))


@neg
def n_price_change():
    return Case("call/utilities: tariff price change spoken").t(
        C, "my direct debit went from %s pounds to %s pounds a month" % (num_words(R.randrange(40, 99)), num_words(R.randrange(100, 199)).replace(" and ", " "))).t(
        A, "yes the unit rate is now %s point %s pence per kilowatt hour" % (num_words(R.randrange(20, 35)), DIG[R.randrange(1, 10)]))


@neg
def n_rating():
    return Case("call/retail: satisfaction score and counts").t(
        A, "on a scale of one to ten how likely are you to recommend us").t(C, "%s i suppose it took %s calls" % (num_words(R.randrange(1, 11)), num_words(R.randrange(2, 9))))


@neg
def n_booking_ref():
    ref = "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))
    return Case("chat/travel: alphanumeric booking code (airline PNR) and seat").t(
        C, "booking ref %s, seat %d%s, %d bags" % (ref, R.randrange(1, 40), pick("ABCDEF"), R.randrange(1, 3)))


@neg
def n_speed_distance():
    return Case("call/insurance: speeds and distances in a claim description").t(
        C, "i was doing about %s in a %s zone and he came out about %s metres ahead" % (
            num_words(R.randrange(20, 40)), num_words(pick([20, 30, 40])), num_words(R.randrange(10, 60))))


@neg
def n_plan_price_chat():
    return Case("chat/telecom: plan prices and data allowances").t(
        A, "The %dGB plan is £%d/month for %d months, then £%d.%02d." % (
            pick([10, 30, 100]), R.randrange(8, 40), pick([12, 24]), R.randrange(10, 45), R.randrange(100)))


@neg
def n_ref_grouped():
    r = rdig(10)
    return Case("chat/utilities: 10-digit payment reference typed in groups with its reference word").t(
        A, "Please use payment reference %s %s %s when paying by bank transfer." % (r[:4], r[4:8], r[8:]))


@neg
def n_warranty():
    return Case("call/retail: warranty end date, not a card expiry").t(
        C, "the warranty runs till %s %s and it's only %s months old" % (pick(MONTHS), say_year(R.randrange(2026, 2030)), num_words(R.randrange(3, 20))))


@neg
def n_party_date():
    return Case("call/travel: child's birthday trip date, not a date of birth").t(
        C, "we're going for my daughter's birthday on the %s of %s she'll be %s" % (ORD[R.randrange(1, 29)], pick(MONTHS), num_words(R.randrange(4, 16)))).t(
        A, "lovely so that's %s adults and %s children for %s nights" % (num_words(2), num_words(R.randrange(1, 4)), num_words(R.randrange(2, 14))))


# ================================================================ normalising / checking
W2D = {w: str(i) for i, w in enumerate(DIG)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
T2D = {w: str(i + 10) for i, w in enumerate(TEENS)}
TEN2D = {w: str(i) for i, w in enumerate(TENS) if w}
FILLER = {"um", "uh", "er", "erm", "sorry", "and", "then", "its", "it's", "that's", "is", "plus",
          "space", "dash", "hyphen", "slash", "hmm", "like", "yeah"}
ASR_DIG = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"}
REV_NATO = {v: k for k, v in NATO.items()}
HOMO = {"see": "c", "sea": "c", "bee": "b", "jay": "j", "kay": "k", "why": "y", "gee": "g"}


def spoken_to_chars(text, letters=False):
    """Normalise a spoken or typed value to upper-case digits/letters."""
    toks = re.findall(r"[a-z0-9]+(?:-ray)?|'s", text.lower().replace("it's", "its").replace("that's", "thats"))
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in ("its", "thats", "'s") or w in FILLER:
            i += 1
            continue
        if w in ("double", "triple", "treble"):
            n = 2 if w == "double" else 3
            j = i + 1
            v = toks[j]
            ch = W2D.get(v, v if v.isdigit() else v.upper() if len(v) == 1 else None)
            if ch is None:
                raise ValueError("bad double in %r" % text)
            out.append(ch * n)
            i = j + 1
            continue
        if w == "hundred":
            out.append("00")
            i += 1
            continue
        if w.isdigit():
            out.append(w)
            i += 1
            continue
        if w in W2D:
            out.append(W2D[w])
            i += 1
            continue
        if not letters and w in ASR_DIG:
            out.append(ASR_DIG[w])
            i += 1
            continue
        if w in T2D:
            out.append(T2D[w])
            i += 1
            continue
        if w in TEN2D:
            if nxt in W2D and W2D[nxt] != "0" and nxt not in ("o", "oh"):
                out.append(TEN2D[w] + W2D[nxt])
                i += 2
            else:
                out.append(TEN2D[w] + "0")
                i += 1
            continue
        if len(w) == 1 and w.isalpha():
            out.append(w.upper())
            if nxt in ("for", "as"):
                i += 4 if nxt == "as" else 3
            else:
                i += 1
            continue
        if w in REV_NATO:
            out.append(REV_NATO[w].upper())
            i += 1
            continue
        if w in HOMO:
            out.append(HOMO[w].upper())
            i += 1
            continue
        if letters and w.isalnum():
            out.append(w.upper())
            i += 1
            continue
        raise ValueError("unknown token %r in %r" % (w, text))
    return "".join(out)


def spoken_email(text):
    t = text.lower()
    if "@" in t:
        return t
    toks = t.split()
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w == "at":
            out.append("@")
        elif w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in TEN2D and nxt in W2D and nxt not in ("o", "oh", "zero"):
            out.append(TEN2D[w] + W2D[nxt])
            i += 1
        elif w in TEN2D:
            out.append(TEN2D[w] + "0")
        elif w in T2D:
            out.append(T2D[w])
        elif w in W2D and w != "o":
            out.append(W2D[w])
        else:
            out.append(w)
        i += 1
    return "".join(out)


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+$")
STREET_WORDS = {"road", "avenue", "lane", "street", "close", "terrace", "drive", "crescent", "way",
                "gardens", "place", "walk", "view", "boulevard", "court", "parkway", "st", "ave",
                "rd", "dr", "ln", "blvd", "strasse", "rue", "straat", "park"}


def validate(typ, parts):
    """Return None if ok, else a message.  parts: the span texts of one value."""
    text = " ".join(parts)
    if typ == "EMAIL":
        e = spoken_email(text)
        return None if EMAIL_RE.match(e) else "bad email %r" % e
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", text.lower()))
        has_num = bool(re.search(r"\d", text)) or bool(words & (set(DIG) | set(TEENS) | set(TENS[2:])))
        return None if has_num and words & STREET_WORDS else "bad address %r" % text
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        for mi, mname in enumerate(MONTHS):
            low = re.sub(r"\b%s\b" % mname, " " + say_digits("%02d" % (mi + 1), doubles=False) + " ", low)
            low = re.sub(r"\b%s\b" % mname[:3], " " + say_digits("%02d" % (mi + 1), doubles=False) + " ", low)
        low = re.sub(r"two thousand and (one|two|three|four|five|six|seven|eight|nine)\b", r"twenty oh \1", low)
        low = low.replace("two thousand and ", "twenty ").replace("two thousand", "twenty oh oh")
        for k in range(len(ORD) - 1, 0, -1):
            low = re.sub(r"\b%s\b" % ORD[k], str(k), low)
        low = re.sub(r"\b(the|of)\b", " ", low)
        low = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", low)
        try:
            s = spoken_to_chars(low)
        except ValueError as ex:
            return str(ex)
        if typ == "EXPIRY":
            ok = bool(re.match(r"^(0?[1-9]|1[0-2])(\d{2}|20\d{2})$", s))
        else:
            ok = 5 <= len(s) <= 8 and (bool(re.search(r"(19[4-9]\d|200\d)", s)) or len(s) <= 6)
        return None if ok else "bad %s %r -> %r" % (typ, text, s)
    try:
        s = "".join(spoken_to_chars(p, letters=typ in ("NI_NUMBER", "POSTCODE", "IBAN")) for p in parts)
    except ValueError as ex:
        return str(ex)
    ok = {
        "CARD_NUMBER": lambda: s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s),
        "CVV": lambda: s.isdigit() and len(s) in (3, 4),
        "SSN": lambda: s.isdigit() and len(s) == 9,
        "NI_NUMBER": lambda: bool(NI_RE.match(s)),
        "BANK_ACCOUNT": lambda: s.isdigit() and 8 <= len(s) <= 12,
        "SORT_CODE": lambda: s.isdigit() and len(s) == 6,
        "IBAN": lambda: s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and iban_ok(s),
        "PHONE": lambda: s.isdigit() and 10 <= len(s) <= 13,
        "POSTCODE": lambda: bool(UK_PC_RE.match(s)) or bool(re.match(r"^\d{5}(\d{4})?$", s)),
    }[typ]()
    return None if ok else "bad %s %r -> %r" % (typ, text, s)


N_POS, N_NEG = 255, 132


def generate():
    cases, problems = [], []
    for k in range(N_POS):
        fn = POS[k % len(POS)]
        cs = fn()
        turns, spans, pieces = cs.build()
        for key, (typ, parts) in pieces.items():
            msg = validate(typ, parts)
            if msg:
                problems.append("h34-pos-%03d (%s): %s" % (k + 1, fn.__name__, msg))
        cases.append({"id": "h34-pos-%03d" % (k + 1), "kind": "positive", "turns": turns,
                      "spans": spans, "note": cs.note})
    for k in range(N_NEG):
        fn = NEG[k % len(NEG)]
        cs = fn()
        turns, spans, pieces = cs.build()
        if spans:
            problems.append("negative with spans: %s" % fn.__name__)
        cases.append({"id": "h34-neg-%03d" % (k + 1), "kind": "negative", "turns": turns,
                      "spans": [], "note": cs.note})
    return cases, problems


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    span_c = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            span_c[s["type"]] += 1
    return span_c


def structural_checks(cases):
    probs, ids = [], set()
    for c in cases:
        if c["id"] in ids:
            probs.append("duplicate id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            probs.append(c["id"] + ": negative has spans")
        if c["kind"] == "positive" and not c["spans"]:
            probs.append(c["id"] + ": positive has no spans")
        last = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if not 0 <= s["turn"] < len(c["turns"]):
                probs.append(c["id"] + ": turn out of range")
                continue
            text = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                probs.append(c["id"] + ": offsets out of range")
                continue
            if s["type"] not in TYPES:
                probs.append(c["id"] + ": bad type " + s["type"])
            if (st > 0 and text[st - 1].isalnum()) or (en < len(text) and text[en].isalnum()):
                probs.append(c["id"] + ": span not on word boundary %r" % text[st:en])
            if not ((text[st].isalnum() or text[st] in "+(") and text[en - 1].isalnum()):
                probs.append(c["id"] + ": span has edge whitespace/punct %r" % text[st:en])
            if s["turn"] in last and st < last[s["turn"]]:
                probs.append(c["id"] + ": overlapping spans")
            last[s["turn"]] = en
    return probs


README_TMPL = """# PII redaction held-out set h34

**Never use this set for tuning.** It exists only to measure the redactor on data
it has never been adjusted against. Do not look at individual failures and then
change rules or thresholds to fix them; if you do, this set stops being held out.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did **not**
see the redaction code, its tests, its docs, its benchmark or any other PII
fixture; the only existing data consulted was a three-line example of the JSONL
format. Cases are produced by template functions in
`scripts/make_pii_holdout34.py`: every turn is assembled from plain-text segments and
(value, TYPE) segments, so offsets are computed, never typed by hand. All values
come from one `random.Random(%(seed)d)`; the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout34.py          # regenerate cases.jsonl + README.md
    python scripts/make_pii_holdout34.py --check  # regenerate in memory and verify

`--check` verifies the file is identical to a fresh generation, ids are unique,
offsets are in range, on word boundaries and non-overlapping, and that each value
(after normalising spoken forms: digit words, oh/o/nought, double/triple, pairs
like "forty one", "hundred", NATO / "b for bravo" letters, "see" for C, dot/at in
e-mails) passes its validator: Luhn for cards, mod-97 for IBANs, NI format,
9 digits for SSN, 6 for sort codes, 3-4 for CVV, 10-13 for phones, 8-12 for
accounts, UK postcode / US ZIP shapes, parsable month for expiry / DOB.

## Content

Chat (typed; varied separators, case, typos) and phone calls written as an ASR
transcript would (lower case, numbers as words, zero as oh/o/nought/zero,
double/triple, pairs, values split across customer turns with agent
back-channels, agent read-backs, chit-chat inside a reading, two values in one
turn). Industries: banking, telecom, utilities, retail, insurance, travel,
healthcare billing, government services; US, UK, Ireland and EU values.
Negatives contain lookalikes that must not be redacted: money, prices,
percentages, times, durations, counts, ages, temperatures, years, appointment /
payment / contract dates, order / ticket / claim / invoice / policy / case
references said with their reference word, flight and room numbers, model
numbers, meter readings, speeds.

## Annotation conventions

* A span covers the value only: from its first to its last value word.
  Lead-ins ("it's", "my number is", "yeah") and trailing words are outside.
  Short fillers between value words ("um", "er", "hmm") and spoken separators
  ("dash") stay inside the span; typed separators inside a value ("-", " ",
  "/", ".") are inside. A leading "+" or "(" of a typed phone is inside.
  A longer interruption ("sorry the dog is barking") splits the value into
  two spans.
* A value split across turns, or interrupted by chit-chat, gets one span per
  contiguous piece, all with the same type.
* When the agent reads a value back in full, the read-back is labelled too.
* When a caller aborts a reading after two or three digits and starts again,
  only the complete re-reading is labelled (the aborted fragment is not). When
  a caller reads a complete phone number with a wrong digit and then corrects
  it, both complete readings are labelled.
* ASR homophones inside a reading ("to"/"too" for two, "for" for four, "ate"
  for eight, "won" for one, "see" for the letter C) are inside the span.
* Spelled letters "b for bravo" / "s as in sugar": the whole phrase is inside.
  "plus four four" country prefixes are inside a PHONE span. "eight hundred" in
  a US toll-free number is inside.
* ADDRESS = house/flat number + street (+ town in typed addresses, + apartment
  / unit in US addresses; "flat twelve" and "number eighty seven" are inside);
  the postcode / ZIP (and a US state abbreviation) are outside, the postcode /
  ZIP being a separate POSTCODE span. A US ZIP+4 read with "dash" is one span.
* Lead-ins such as "area code", "sort code", "account", "IBAN", "exp", "cvv"
  are outside the span.
* EXPIRY covers month and year ("oh nine twenty seven", "09/27", "march of
  thirty"); DOB covers the full date including the year.
* CVV is labelled only where the context asks for the security code.
* Non-PII numbers inside positive cases (amounts, dates of payments, ages,
  reference numbers) are unlabelled.

## Counts

Positive cases: %(npos)d, negative cases: %(nneg)d.

"values" counts whole values: the pieces of one split value count once; an
agent read-back counts as its own value.

| type | spans | values |
|---|---|---|
%(table)s
"""


def value_counts():
    pass


def render_readme(cases, ent_counts):
    sc = counts(cases)
    table = "\n".join("| %s | %d | %d |" % (t, sc[t], ent_counts[t]) for t in TYPES)
    return README_TMPL % {"seed": SEED, "npos": sum(c["kind"] == "positive" for c in cases),
                          "nneg": sum(c["kind"] == "negative" for c in cases), "table": table}


def entity_counts():
    # regenerate to count whole values (pieces joined)
    global R
    R = random.Random(SEED)
    ec = {t: 0 for t in TYPES}
    for k in range(N_POS):
        _, _, pieces = POS[k % len(POS)]().build()
        for typ, _parts in pieces.values():
            ec[typ] += 1
    R = random.Random(SEED)
    return ec


def main():
    check = "--check" in sys.argv[1:]
    ec = entity_counts()
    cases, problems = generate()
    problems += structural_checks(cases)
    text = serialise(cases)
    readme = render_readme(cases, ec)
    sc = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if sc[t] < need:
            problems.append("type %s has only %d spans (need %d)" % (t, sc[t], need))
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    if check:
        if not OUT_FILE.exists() or OUT_FILE.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from a fresh generation")
        if not README.exists() or README.read_text(encoding="utf-8") != readme:
            problems.append("README.md differs from a fresh generation")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        OUT_FILE.write_text(text, encoding="utf-8")
        README.write_text(readme, encoding="utf-8")
    print("h34: %d positive, %d negative cases" % (npos, nneg))
    for t in TYPES:
        print("  %-13s spans=%3d values=%3d" % (t, sc[t], ec[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:60]:
            print("  " + p)
        sys.exit(1)
    print("check OK" if check else "written %s" % OUT_FILE.relative_to(ROOT))


if __name__ == "__main__":
    main()

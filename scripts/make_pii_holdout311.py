#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h311.

Written by an independent AI helper that did not see the redaction code.
Usage:
    python scripts/make_pii_holdout311.py          # write fixture + README
    python scripts/make_pii_holdout311.py --check  # regenerate, verify, validate
Standard library only; fully deterministic (seed 311241125).
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 311241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout311"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
HOMO_LETTER = {"a": "eh", "b": "bee", "c": "see", "e": "e", "g": "gee", "j": "jay", "k": "kay",
               "l": "el", "m": "em", "n": "en", "p": "pee", "r": "are", "s": "ess", "t": "tee",
               "w": "double you", "y": "why", "z": "zed", "h": "aitch", "x": "ex"}
ALT_HOMO = {"b": "be", "c": "sea", "p": "pea", "t": "tea"}
DIGIT_HOMO = {"2": ["to", "too"], "4": ["for", "fore"], "1": ["won"], "8": ["ate"]}


def dw(d, zero="oh"):
    return zero if d == "0" else ONES[int(d)]


def say_digits(s, zero="oh", doubles=False, homo=0.0, sep=" "):
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if doubles and run >= 2:
            out.append(("double " if run == 2 else "triple ") + dw(d, zero))
            i += run
            continue
        w = dw(d, zero)
        if homo and d in DIGIT_HOMO and R.random() < homo:
            w = R.choice(DIGIT_HOMO[d])
        out.append(w)
        i += 1
    return sep.join(out)


def say_pair(p, zero="oh"):
    a, b = p[0], p[1]
    if a == "0":
        return dw("0", zero) + " " + dw(b, zero)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + ONES[int(b)]


def say_pairs(s, zero="oh"):
    parts = []
    i = 0
    while i < len(s):
        if i + 1 < len(s):
            parts.append(say_pair(s[i:i + 2], zero))
            i += 2
        else:
            parts.append(dw(s[i], zero))
            i += 1
    return " ".join(parts)


def say_group4(g, zero="oh"):
    if g[2:] == "00" and g[0] != "0":
        return say_pair(g[:2], zero) + " hundred"
    return say_pair(g[:2], zero) + " " + say_pair(g[2:], zero)


def say_three(g, zero="oh"):
    if g[0] != "0" and g[1] != "0":
        return ONES[int(g[0])] + " " + say_pair(g[1:], zero)
    return say_digits(g, zero)


def say_letter(c, mode):
    c = c.lower()
    if mode == "plain":
        return c
    if mode == "nato":
        return NATO[c]
    if mode == "for":
        return c + " for " + NATO[c]
    if mode == "asin":
        return c + " as in " + NATO[c]
    if mode == "homo":
        return HOMO_LETTER.get(c, c)
    if mode == "alt":
        return ALT_HOMO.get(c, HOMO_LETTER.get(c, c))
    raise ValueError(mode)


# ---------------------------------------------------------------- value generators
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def rdigits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        pre, n = "4" + rdigits(5), 16
    elif kind == "visa13":
        pre, n = "4" + rdigits(3), 13
    elif kind == "mc":
        pre, n = "5" + R.choice("12345") + rdigits(4), 16
    elif kind == "mc2":
        pre, n = str(R.randint(2221, 2720)) + rdigits(2), 16
    elif kind == "amex":
        pre, n = "3" + R.choice("47") + rdigits(4), 15
    elif kind == "disc":
        pre, n = "6011" + rdigits(2), 16
    else:
        pre, n = R.choice(["6759", "6763", "5018"]) + rdigits(2), 19
    body = pre + rdigits(n - 1 - len(pre))
    return body + luhn_digit(body)


def gen_card_with_zeros():
    while True:
        c = gen_card(R.choice(["visa", "mc"]))
        if "0" in c and any(c[i] == c[i + 1] for i in range(len(c) - 1)):
            return c


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
BAD_NI = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in BAD_NI:
            break
    return p + rdigits(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdigits(6) + rdigits(8)
    elif country == "IE":
        bban = R.choice(["AIBK", "BKIE", "BKRL", "ULSB"]) + rdigits(6) + rdigits(8)
    elif country == "DE":
        bban = rdigits(18)
    elif country == "FR":
        bban = rdigits(23)
    elif country == "NL":
        bban = R.choice(["ABNA", "RABB", "INGB", "TRSY"]) + rdigits(10)
    else:
        bban = rdigits(20)
    return country + iban_check(country, bban) + bban


def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


UK_PC = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EH1 2NG", "LS6 3HN",
         "BS16 2XY", "G12 8QQ", "NW3 5TE", "CF10 3NP", "L18 4PW", "OX4 2JZ", "SE15 6RB",
         "BT7 1NN", "NE6 5UE", "W1T 4JR", "PL4 8AA", "YO31 7EP", "TN2 3DR", "E14 9SH"]
US_ZIP = ["90210", "10001", "60614", "73301", "98109", "30303", "02139", "33130", "80205",
          "94107", "19103", "48226", "77005", "85004", "55401"]
STREETS = ["elm street", "high road", "maple avenue", "church lane", "station road",
           "park drive", "mill lane", "oak crescent", "victoria road", "cedar court",
           "main street", "king street", "willow way", "orchard close", "bridge street",
           "sunset boulevard", "lakeview terrace", "riverside drive", "queens road", "birch grove"]
FIRST = ["john", "sarah", "mike", "aoife", "priya", "tom", "laura", "sean", "emma", "dave",
         "niamh", "raj", "kate", "liam", "olga", "marco", "chloe", "ben", "fatima", "greg"]
LAST = ["doe", "smith", "murphy", "patel", "jones", "walsh", "brown", "kelly", "nguyen",
        "taylor", "byrne", "khan", "evans", "garcia", "hughes", "reilly", "lee", "wilson"]
DOMAINS = [("gmail", "com"), ("hotmail", "co dot uk"), ("yahoo", "com"), ("outlook", "com"),
           ("eircom", "net"), ("icloud", "com"), ("btinternet", "com"), ("web", "de"),
           ("aol", "com"), ("protonmail", "com")]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
       18: "eighteenth", 19: "nineteenth", 20: "twentieth", 21: "twenty first",
       22: "twenty second", 23: "twenty third", 24: "twenty fourth", 25: "twenty fifth",
       26: "twenty sixth", 27: "twenty seventh", 28: "twenty eighth"}
NUMW = {}
for _n in range(1, 100):
    if _n < 10:
        NUMW[_n] = ONES[_n]
    elif _n < 20:
        NUMW[_n] = TEENS[_n - 10]
    else:
        NUMW[_n] = TENS[_n // 10] + ("" if _n % 10 == 0 else " " + ONES[_n % 10])


def say_year(y):
    if 2000 <= y <= 2009:
        return "two thousand and " + ONES[y - 2000] if y > 2000 else "two thousand"
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []

    def t(self, speaker, *segs):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                self.spans.append({"turn": len(self.turns), "start": len(text),
                                   "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


POS = []
NEG = []


def pos(note):
    c = Case("positive", note)
    POS.append(c)
    return c


def neg(note):
    c = Case("negative", note)
    NEG.append(c)
    return c


def pick(xs):
    return R.choice(xs)


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "got it", "yeah", "sure"]
FILL = ["um", "uh", "er", "erm"]

# ================================================================= CARD_NUMBER
def card_cases():
    inds = ["telecom", "retail", "utilities", "insurance", "travel", "banking",
            "healthcare billing", "government services"]
    # 1 chat typed, various separators
    seps = [(" ", "spaces"), ("-", "dashes"), ("", "no separators"), (".", "dots"),
            ("  ", "double spaces"), (" - ", "spaced dashes"), ("/", "slashes")]
    for sep, desc in seps:
        card = gen_card()
        v = sep.join(card_groups(card))
        ind = pick(inds)
        pos("chat/%s: card typed with %s" % (ind, desc)).c(
            pick(["hi, i want to pay my bill. ", "Hello - need to update my payment card. ",
                  "ok here goes ", "Sure! "]),
            pick(["card no: ", "Card number ", "its ", "the number is "]), (v, "CARD_NUMBER"),
            pick([" thanks", "", " - let me know if it went through", ". ta"]))
    # typed mixed separators and typo spacing
    card = gen_card("visa")
    g = card_groups(card)
    v = g[0] + "-" + g[1] + " " + g[2] + "." + g[3]
    pos("chat/retail: card typed with inconsistent separators").a("Please type the long card number.").c(
        "ok ", (v, "CARD_NUMBER"), " exp is on the next msg")
    card = gen_card("mc")
    v = card[:3] + " " + card[3:9] + " " + card[9:12] + " " + card[12:]
    pos("chat/telecom: card typed with irregular grouping").c("card: ", (v, "CARD_NUMBER"))
    card = gen_card("amex")
    v = " ".join(card_groups(card))
    pos("chat/travel: amex 4-6-5 grouping typed").a("Which card will you be using for the fare difference?").c(
        "amex, ", (v, "CARD_NUMBER"))
    # typed card split over two chat messages
    card = gen_card("visa")
    pos("chat/banking: card typed over two messages").a("Can you provide the card number?").c(
        (card[:8], "CARD_NUMBER")).c((card[8:], "CARD_NUMBER"), " sorry hit enter too soon")
    # typed with expiry and cvv
    card = gen_card("mc")
    pos("chat/retail: card, expiry and cvv in one message").c(
        "card ", (" ".join(card_groups(card)), "CARD_NUMBER"), " exp ", ("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "EXPIRY"),
        " cvv ", (rdigits(3), "CVV"))
    # chat with corrected digit
    wrong = gen_card("visa")
    card = gen_card("mc")
    pos("chat/utilities: user types one card then switches to another; both labelled").c(
        "card number ", (" ".join(card_groups(wrong)), "CARD_NUMBER")).a("That card was declined, do you have another?").c(
        "oops sorry use my other one ", (" ".join(card_groups(card)), "CARD_NUMBER"))

    # 2 spoken digit by digit, zero styles
    for zero in ["zero", "oh", "o", "nought"]:
        card = gen_card_with_zeros()
        v = say_digits(card, zero)
        pos("call/%s: card digit by digit with '%s' for 0" % (pick(inds), zero)).a(
            "and the long number across the front of the card please").c(
            pick(["yeah it's ", "okay it's ", "right ", "so that's "]), (v, "CARD_NUMBER"))
    # doubles/triples
    for _ in range(3):
        card = gen_card_with_zeros()
        v = say_digits(card, pick(["oh", "zero"]), doubles=True)
        pos("call/%s: card with double/triple digits" % pick(inds)).a("go ahead with the card number").c(
            (v, "CARD_NUMBER"), pick([" and that's it", "", " i think that's right"]))
    # pairs
    for _ in range(3):
        card = gen_card(pick(["visa", "mc"]))
        v = say_pairs(card)
        pos("call/%s: card read in two-digit pairs" % pick(inds)).a("card number when you're ready").c(
            "it's ", (v, "CARD_NUMBER"))
    # groups as hundreds
    for _ in range(2):
        card = gen_card(pick(["visa", "mc2", "disc"]))
        v = " ".join(say_group4(g) for g in card_groups(card))
        pos("call/%s: each group of four read as two pairs ('forty five thirty nine')" % pick(inds)).c(
            "okay the card is ", (v, "CARD_NUMBER"))
    # homophones
    for _ in range(3):
        while True:
            card = gen_card(pick(["visa", "mc"]))
            if sum(card.count(x) for x in "248") >= 4:
                break
        v = say_digits(card, "oh", homo=0.6)
        pos("call/%s: ASR homophones (to/for/ate/won) inside card digits" % pick(inds)).a(
            "the card number please").c("yeah ", (v, "CARD_NUMBER"))
    # split over turns with back-channels
    for _ in range(6):
        card = gen_card(pick(["visa", "mc", "amex", "disc", "maestro19"]))
        gs = card_groups(card)
        cs = pos("call/%s: card split over %d customer turns with back-channels" % (pick(inds), len(gs)))
        cs.a("okay i'm ready for the card number")
        for k, gg in enumerate(gs):
            style = R.random()
            v = say_digits(gg, pick(["oh", "zero"])) if style < 0.6 else say_group4(gg) if len(gg) == 4 else say_digits(gg)
            pre = pick(["", "", "uh ", "then ", "okay "]) if k else pick(["right ", "it's ", ""])
            cs.c(pre, (v, "CARD_NUMBER"))
            if k < len(gs) - 1:
                cs.a(pick(BACK))
    # uneven split
    card = gen_card("visa")
    pos("call/insurance: card split unevenly 6/5/5 over turns").a("card number please").c(
        (say_digits(card[:6]), "CARD_NUMBER"), " hang on").a("take your time").c(
        "sorry ", (say_digits(card[6:11]), "CARD_NUMBER")).a("mhm").c((say_digits(card[11:]), "CARD_NUMBER"))
    # filler inside
    for _ in range(3):
        card = gen_card(pick(["visa", "mc"]))
        gs = card_groups(card)
        parts = []
        for k, gg in enumerate(gs):
            parts.append(say_digits(gg))
            if k < len(gs) - 1:
                parts.append(pick(FILL + ["and then", "um then", "uh hold on", "sorry"]))
        pos("call/%s: filler words inside the card reading" % pick(inds)).c(
            "it's ", (" ".join(parts), "CARD_NUMBER"))
    # self-correction
    for _ in range(3):
        card = gen_card(pick(["visa", "mc"]))
        partial = say_digits(card[:4]) + " " + say_digits(str((int(card[4]) + 1) % 10))
        pos("call/%s: caller restarts card after a wrong digit; abandoned fragment unlabelled" % pick(inds)).c(
            partial, " no wait sorry let me start again ", (say_digits(card), "CARD_NUMBER"))
    # in-place correction of last group
    card = gen_card("visa")
    gs = card_groups(card)
    pos("call/retail: card with last group corrected in place").c(
        (say_digits("".join(gs[:3])), "CARD_NUMBER"), " ", say_digits(str((int(gs[3][0]) + 2) % 10)),
        " oh sorry no the last four are ", (say_digits(gs[3]), "CARD_NUMBER"))
    # agent read back
    for _ in range(4):
        card = gen_card(pick(["visa", "mc", "amex"]))
        cv = say_digits(card)
        av = " ".join(say_digits(g) for g in card_groups(card)) if R.random() < 0.5 else say_pairs(card)
        pos("call/%s: card given and read back by agent" % pick(inds)).c(
            (cv, "CARD_NUMBER")).a("let me read that back ", (av, "CARD_NUMBER"), " is that right").c("yes that's it")
    # numerals in ASR output
    for _ in range(3):
        card = gen_card(pick(["visa", "mc"]))
        gs = card_groups(card)
        v = pick([" ".join(gs), card[:8] + " " + card[8:], gs[0] + " " + " ".join(say_digits(g) for g in gs[1:])])
        pos("call/%s: ASR emitted numerals (partly) for the card" % pick(inds)).a("and the card number").c(
            "yeah it's ", (v, "CARD_NUMBER"), " expiry ", (say_digits("%02d" % R.randint(1, 12)) + " " + say_pair(str(R.randint(26, 30))), "EXPIRY"))
    # two values in one turn with chit-chat and amount
    card = gen_card("visa")
    pos("call/utilities: card plus bill amount and chit chat in one turn").c(
        "i want to pay the hundred and twenty pounds forty on the gas it's ", (say_digits(card), "CARD_NUMBER"),
        " and the security code is ", (say_digits(rdigits(3)), "CVV"))
    card = gen_card("mc")
    pos("call/travel: card mixed digit-by-digit and pairs").c(
        (say_digits(card[:4]) + " " + say_pairs(card[4:12]) + " " + say_digits(card[12:]), "CARD_NUMBER"))
    # 13 and 19 digit
    for k in ["visa13", "maestro19"]:
        card = gen_card(k)
        pos("call/banking: %d-digit card spoken" % len(card)).a("the full number on the card please").c(
            (say_digits(card, "zero"), "CARD_NUMBER"))
    # chat with words
    card = gen_card("visa")
    pos("chat/retail: user types card partly in words").c(
        "card is ", (card[:4] + " " + card[4:8] + " " + " ".join(say_digits(g) for g in card_groups(card)[2:]), "CARD_NUMBER"))


# ================================================================= SSN
def ssn_cases():
    inds = ["healthcare billing", "insurance", "banking", "government services", "telecom", "utilities"]
    forms = [lambda s: s[:3] + "-" + s[3:5] + "-" + s[5:], lambda s: s[:3] + " " + s[3:5] + " " + s[5:],
             lambda s: s, lambda s: s[:3] + "." + s[3:5] + "." + s[5:], lambda s: s[:3] + "-" + s[3:5] + s[5:],
             lambda s: s[:3] + " - " + s[3:5] + " - " + s[5:], lambda s: s[:3] + "_" + s[3:5] + "_" + s[5:]]
    for k, f in enumerate(forms):
        s = gen_ssn()
        pos("chat/%s: SSN typed form %d" % (pick(inds), k)).a(
            pick(["Could you verify your Social Security number?", "For verification please enter your SSN."])).c(
            pick(["sure ", "its ", "ssn ", "SSN: ", "my social is "]), (f(s), "SSN"), pick(["", " thx", "."]))
    # spoken digit-by-digit
    for zero in ["zero", "oh", "o"]:
        s = gen_ssn()
        if "0" not in s:
            s = s[:5] + "0" + s[6:] if s[5:] != "0000" and s[:5] + "0" + s[6:] != s[:5] + "0000" else s
        pos("call/%s: SSN digit by digit with '%s'" % (pick(inds), zero)).a(
            "can i get your social security number").c("yeah it's ", (say_digits(s, zero), "SSN"))
    for _ in range(3):
        s = gen_ssn()
        v = say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:])
        pos("call/%s: SSN spoken in 3-2-4 groups" % pick(inds)).a("and your social").c(
            pick(["sure ", "okay ", "uh "]), (v, "SSN"))
    # hundreds / pairs
    for _ in range(4):
        s = gen_ssn()
        v = say_three(s[:3]) + " " + say_pair(s[3:5]) + " " + say_group4(s[5:])
        pos("call/%s: SSN as 'six oh one forty five sixty seven eighty nine'" % pick(inds)).a(
            "last thing i need is the social security number").c("it's ", (v, "SSN"))
    # doubles
    for _ in range(2):
        while True:
            s = gen_ssn()
            if any(s[i] == s[i + 1] for i in range(8)):
                break
        pos("call/%s: SSN with double digits" % pick(inds)).c(
            "my social is ", (say_digits(s, doubles=True), "SSN"))
    # split across turns
    for _ in range(5):
        s = gen_ssn()
        cs = pos("call/%s: SSN split over three turns with back-channels" % pick(inds))
        cs.a("what's your social security number")
        cs.c(pick(["first three are ", "okay ", ""]), (say_digits(s[:3]), "SSN"))
        cs.a(pick(BACK))
        cs.c(pick(["then ", "", "uh "]), (pick([say_digits(s[3:5]), say_pair(s[3:5])]), "SSN"))
        cs.a(pick(BACK))
        cs.c(pick(["and ", "last four ", ""]), (pick([say_digits(s[5:]), say_group4(s[5:])]), "SSN"))
    # correction
    for _ in range(3):
        s = gen_ssn()
        bad = say_digits(s[:3]) + " " + say_digits(str((int(s[3]) + 4) % 10))
        pos("call/%s: SSN restarted after slip; abandoned fragment unlabelled" % pick(inds)).c(
            bad, " no sorry that's wrong ", (say_digits(s), "SSN"))
    # read back
    for _ in range(4):
        s = gen_ssn()
        pos("call/%s: SSN given then read back by agent" % pick(inds)).c(
            (say_digits(s, pick(["zero", "oh"])), "SSN")).a(
            "okay so that's ", (say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN"),
            " correct").c("correct")
    # fillers, homophones
    for _ in range(3):
        s = gen_ssn()
        v = say_digits(s[:3], homo=0.7) + " " + pick(FILL) + " " + say_digits(s[3:5], homo=0.7) + " " + pick(FILL + ["let me think"]) + " " + say_digits(s[5:], homo=0.7)
        pos("call/%s: SSN with fillers and ASR homophones inside" % pick(inds)).c(
            "okay social security ", (v, "SSN"))
    # two values in one turn
    for _ in range(3):
        s = gen_ssn()
        y = R.randint(1950, 2001)
        pos("call/insurance: SSN and date of birth in one turn").a("to verify i need your social and date of birth").c(
            "sure social is ", (say_digits(s), "SSN"), " and i was born ", (pick(MONTHS) + " " + ORD[R.randint(1, 28)] + " " + say_year(y), "DOB"))
    # numerals in ASR
    for _ in range(2):
        s = gen_ssn()
        pos("call/banking: ASR rendered SSN as numerals").c(
            "my social's ", (s[:3] + " " + s[3:5] + " " + s[5:], "SSN"), " and i've been a member for twelve years")
    # chat typo spacing / in the middle of longer message, mixed with amount
    for _ in range(3):
        s = gen_ssn()
        pos("chat/healthcare billing: SSN inside a long message with money and dates").c(
            "I got a bill for $312.50 dated 3/14 and it's under the wrong person. My ssn is ",
            (s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"), " and the claim was filed in 2023.")
    s = gen_ssn()
    pos("chat/government services: SSN typed across two messages").c("ssn ", (s[:5], "SSN")).c((s[5:], "SSN"))
    s = gen_ssn()
    pos("call/government services: SSN first five digit by digit, last four as pairs").c(
        (say_digits(s[:5]) + " " + say_pairs(s[5:]), "SSN"))


# ================================================================= NI_NUMBER
def ni_cases():
    inds = ["government services", "banking", "utilities", "insurance", "telecom", "healthcare billing"]
    typed = [lambda n: n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
             lambda n: n, lambda n: n.lower(), lambda n: n[:2] + n[2:8] + " " + n[8],
             lambda n: n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8],
             lambda n: n[:2].title() + " " + n[2:8] + " " + n[8].lower(),
             lambda n: n[:2] + " " + n[2:5] + " " + n[5:8] + " " + n[8],
             lambda n: n[0] + n[1].lower() + n[2:]]
    for k, f in enumerate(typed):
        n = gen_ni()
        pos("chat/%s: NI number typed form %d" % (pick(inds), k)).a(
            "Can I take your National Insurance number please?").c(
            pick(["yes its ", "NI no ", "", "ni number: "]), (f(n), "NI_NUMBER"), pick(["", " cheers", "."]))
    modes = ["plain", "nato", "for", "asin", "homo", "alt"]
    for k in range(12):
        n = gen_ni()
        m = modes[k % len(modes)]
        lets = say_letter(n[0], m) + " " + say_letter(n[1], m)
        digs = pick([say_digits(n[2:8]), say_pairs(n[2:8]), say_digits(n[2:8], doubles=True)])
        v = lets + " " + digs + " " + say_letter(n[8], m if m != "nato" else "plain")
        pos("call/%s: NI number spoken, letters as %s" % (pick(inds), m)).a(
            pick(["and your national insurance number", "can i take your n i number", "what's your national insurance"])).c(
            pick(["yeah it's ", "okay ", "it is ", "um "]), (v, "NI_NUMBER"))
    # split over turns
    for _ in range(6):
        n = gen_ni()
        m = pick(["plain", "for", "homo", "nato"])
        cs = pos("call/%s: NI number split across turns (letters / digits / suffix)" % pick(inds))
        cs.a("national insurance number please")
        cs.c(pick(["it's ", "right ", ""]), (say_letter(n[0], m) + " " + say_letter(n[1], m), "NI_NUMBER"))
        cs.a(pick(BACK))
        if R.random() < 0.5:
            cs.c((say_digits(n[2:8]), "NI_NUMBER"))
        else:
            cs.c((say_pair(n[2:4]), "NI_NUMBER"))
            cs.a(pick(BACK))
            cs.c((say_pair(n[4:6]) + " " + say_pair(n[6:8]), "NI_NUMBER"))
        cs.a(pick(["and the letter at the end", "and the last letter", "mhm and the end letter"]))
        cs.c(pick(["", "it's ", "that's "]), (say_letter(n[8], pick(["plain", "for", "homo"])), "NI_NUMBER"))
    # corrections
    for _ in range(3):
        n = gen_ni()
        bad = say_letter(n[0], "plain") + " " + say_letter(pick([x for x in NI_SECOND if x != n[1]]), "plain")
        pos("call/%s: NI number restarted after wrong letter; fragment unlabelled" % pick(inds)).c(
            bad, " no sorry ", (say_letter(n[0], "for") + " " + say_letter(n[1], "for") + " " + say_digits(n[2:8]) + " " + say_letter(n[8], "plain"), "NI_NUMBER"))
    # read back
    for _ in range(4):
        n = gen_ni()
        pos("call/%s: NI number given then read back with phonetic letters" % pick(inds)).c(
            (say_letter(n[0], "plain") + " " + say_letter(n[1], "plain") + " " + say_digits(n[2:8]) + " " + say_letter(n[8], "plain"), "NI_NUMBER")).a(
            "so that's ", (say_letter(n[0], "nato") + " " + say_letter(n[1], "nato") + " " + say_pairs(n[2:8]) + " " + say_letter(n[8], "nato"), "NI_NUMBER"),
            pick([" yeah", " is that right", ""])).c("yep")
    # fillers inside
    for _ in range(3):
        n = gen_ni()
        v = say_letter(n[0], "plain") + " " + say_letter(n[1], "plain") + " " + pick(FILL) + " " + say_digits(n[2:5]) + " " + pick(FILL + ["hang on"]) + " " + say_digits(n[5:8]) + " " + say_letter(n[8], "plain")
        pos("call/%s: NI number with fillers inside" % pick(inds)).c("national insurance is ", (v, "NI_NUMBER"))
    # uppercase ASR with spaced letters or numerals
    for _ in range(3):
        n = gen_ni()
        while n[:2].lower() in FILLERS or n[:2].lower() in WORD_DIG or n[:2].lower() in LETTER_W:
            n = gen_ni()
        v = pick([n[0] + " " + n[1] + " " + n[2:8] + " " + n[8], n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]]).lower()
        pos("call/%s: ASR gave NI with numerals and lower-case letters" % pick(inds)).c(
            "my n i is ", (v, "NI_NUMBER"), " and i'm calling about the forty two pound charge")
    # chat with other data
    for _ in range(2):
        n = gen_ni()
        pos("chat/government services: NI number plus date of birth and postcode").c(
            "NI: ", (n, "NI_NUMBER"), ", DOB ", ("%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2000)), "DOB"),
            ", postcode ", (pick(UK_PC), "POSTCODE"))
    n = gen_ni()
    pos("chat/banking: NI typed across two messages").c("ni number ", (n[:5], "NI_NUMBER")).c((n[5:], "NI_NUMBER"), " sorry")


# ================================================================= extra adversarial
PLAIN_SPELL = {"a": "apple", "b": "bob", "c": "cat", "d": "david", "e": "edward", "g": "george",
               "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mary", "n": "nancy",
               "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
               "x": "xmas", "y": "yellow", "z": "zebra"}


def extra_cases():
    for _ in range(4):
        n = gen_ni()
        sp = lambda ch: ch.lower() + " for " + PLAIN_SPELL[ch.lower()]
        pos("call/government services: NI letters spelled with everyday words ('b for bob')").a(
            "national insurance number please").c(
            "it's ", (sp(n[0]) + " " + sp(n[1]) + " " + say_digits(n[2:8]) + " " + sp(n[8]), "NI_NUMBER"))
    for _ in range(3):
        card = gen_card(pick(["visa", "mc"]))
        cs = pos("call/telecom: card split by group with agent echoing every group back")
        cs.a("go ahead with the first four")
        for k, gg in enumerate(card_groups(card)):
            cs.c((say_digits(gg), "CARD_NUMBER"))
            cs.a((say_digits(gg, "zero"), "CARD_NUMBER"), pick([" yep", " okay", " got it"]) + ("" if k == 3 else " next four"))
    for _ in range(2):
        ssn = gen_ssn()
        pos("chat/banking: SSN typed after 'SS#'").c("SS# ", (ssn[:3] + " " + ssn[3:5] + " " + ssn[5:], "SSN"), " dob on file is correct")
    for _ in range(2):
        ssn = gen_ssn()
        cs = pos("call/healthcare billing: SSN repeated because agent misheard; both readings labelled")
        cs.c((say_digits(ssn), "SSN")).a("sorry you broke up there could you repeat the social").c(
            "sure ", (say_digits(ssn[:3]) + " " + say_pair(ssn[3:5]) + " " + say_group4(ssn[5:]), "SSN"))
    for _ in range(2):
        card = gen_card("amex")
        pos("call/travel: amex spoken as 4-6-5 groups with fillers").c(
            "it's an amex ", (say_digits(card[:4]) + " uh " + say_digits(card[4:10]) + " and " + say_digits(card[10:]), "CARD_NUMBER"),
            " and the four digit code on the front is ", (say_digits(rdigits(4)), "CVV"))
    n = gen_ni()
    pos("chat/insurance: NI typed with stray punctuation").c("NI = ", (n[:2] + "." + n[2:4] + "." + n[4:6] + "." + n[6:8] + "." + n[8], "NI_NUMBER"))
    card = gen_card("visa")
    pos("chat/retail: card typed as one run with trailing note and order number").c(
        "order #%s - pls charge " % rdigits(7), (card, "CARD_NUMBER"), " instead, the old one expired")


# ================================================================= other types
def other_cases():
    # CVV
    for k in range(12):
        cv = rdigits(4 if k % 5 == 0 else 3)
        form = k % 4
        if form == 0:
            pos("chat/retail: cvv typed").a("And the 3 digit security code on the back?").c((cv, "CVV"))
        elif form == 1:
            pos("call/telecom: cvv spoken").a("and the three digits on the back of the card").c(
                "it's ", (say_digits(cv, pick(["oh", "zero"])), "CVV"))
        elif form == 2:
            pos("call/travel: cvv as hundreds").a("security code please").c(
                (say_three(cv) if len(cv) == 3 else say_group4(cv), "CVV"), " on the back")
        else:
            pos("call/utilities: cvv after back-channel").a("last thing is the c v v").c("um hang on").a("no rush").c(
                "okay ", (say_digits(cv), "CVV"))
    # EXPIRY
    for k in range(13):
        m, y = R.randint(1, 12), R.randint(26, 32)
        f = k % 6
        if f == 0:
            v = "%02d/%02d" % (m, y)
        elif f == 1:
            v = say_digits("%02d" % m) + " " + say_pair(str(y))
        elif f == 2:
            v = MONTHS[m - 1] + " twenty " + ONES[y - 20] if y < 30 else MONTHS[m - 1] + " " + say_year(2000 + y)
        elif f == 3:
            v = "%02d%02d" % (m, y)
        elif f == 4:
            v = NUMW[m] + " slash " + say_pair(str(y))
        else:
            v = "%d-20%02d" % (m, y)
        chan = "chat" if f in (0, 3, 5) else "call"
        pos("%s/retail: expiry date form %d" % (chan, f)).a(pick(["and the expiry date", "Expiry date?", "when does the card expire"])).c(
            pick(["", "it's ", "expires "]), (v, "EXPIRY"))
    # BANK_ACCOUNT
    for k in range(13):
        acc = rdigits(pick([8, 8, 8, 10, 12]))
        f = k % 4
        if f == 0:
            pos("chat/banking: account number typed").c("acct no ", (acc, "BANK_ACCOUNT"), " please check the direct debit")
        elif f == 1:
            pos("call/utilities: account number spoken").a("what's the bank account number for the direct debit").c(
                (say_digits(acc, pick(["oh", "zero", "nought"]), doubles=True), "BANK_ACCOUNT"))
        elif f == 2:
            sc = rdigits(6)
            pos("call/banking: sort code and account number in one turn").c(
                "sort code ", (say_pairs(sc), "SORT_CODE"), " account number ", (say_digits(acc), "BANK_ACCOUNT"))
        else:
            cs = pos("call/insurance: account number split over turns")
            cs.a("and the account number").c((say_digits(acc[:4]), "BANK_ACCOUNT")).a("mhm").c((say_digits(acc[4:]), "BANK_ACCOUNT"))
    # SORT_CODE
    for k in range(12):
        sc = rdigits(6)
        f = k % 4
        if f == 0:
            v = sc[:2] + "-" + sc[2:4] + "-" + sc[4:]
            pos("chat/banking: sort code typed").c("sort code ", (v, "SORT_CODE"))
        elif f == 1:
            pos("call/utilities: sort code pairs").a("and the sort code").c((say_pairs(sc), "SORT_CODE"))
        elif f == 2:
            pos("call/banking: sort code digit by digit").a("sort code please").c("it's ", (say_digits(sc, "oh", doubles=True), "SORT_CODE"))
        else:
            pos("chat/insurance: sort code typed with spaces").c((sc[:2] + " " + sc[2:4] + " " + sc[4:], "SORT_CODE"), " is my sort code")
    # IBAN
    for k in range(13):
        ib = gen_iban()
        f = k % 3
        if f == 0:
            pos("chat/banking: IBAN typed grouped (%s)" % ib[:2]).c("IBAN: ", (group(ib), "IBAN"))
        elif f == 1:
            pos("chat/travel: IBAN typed compact (%s)" % ib[:2]).c("refund to ", (ib.lower() if k % 2 else ib, "IBAN"), " please")
        else:
            parts = []
            for ch in ib:
                parts.append(dw(ch, "zero") if ch.isdigit() else say_letter(ch, "plain"))
            pos("call/banking: IBAN spoken character by character (%s)" % ib[:2]).a("what's the iban").c(
                (" ".join(parts), "IBAN"))
    # PHONE
    for k in range(14):
        f = k % 7
        if f == 0:
            p = "07" + rdigits(9)
            pos("chat/telecom: UK mobile typed").c("call me on ", (p[:5] + " " + p[5:], "PHONE"))
        elif f == 1:
            p = "7" + rdigits(9)
            pos("chat/retail: UK mobile international").c("my number is ", ("+44 " + p[:4] + " " + p[4:], "PHONE"))
        elif f == 2:
            p = str(R.randint(201, 989)) + str(R.randint(200, 999)) + rdigits(4)
            pos("chat/insurance: US phone").c("reach me at ", ("(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "PHONE"))
        elif f == 3:
            p = "07" + rdigits(9)
            pos("call/utilities: UK mobile spoken with doubles").a("best contact number").c(
                (say_digits(p, "oh", doubles=True), "PHONE"))
        elif f == 4:
            p = "08" + R.choice("3567") + rdigits(7)
            pos("call/telecom: Irish mobile spoken").a("and a number we can reach you on").c(
                "it's ", (say_digits(p[:3], "oh") + " " + say_digits(p[3:6]) + " " + say_digits(p[6:]), "PHONE"))
        elif f == 5:
            p = "7" + rdigits(9)
            pos("call/travel: international with plus").c("my mobile is ", ("plus four four " + say_digits(p), "PHONE"))
        else:
            p = str(R.randint(201, 989)) + str(R.randint(200, 999)) + rdigits(4)
            cs = pos("call/healthcare billing: US phone split over turns")
            cs.a("callback number").c((say_digits(p[:3]), "PHONE")).a("mhm").c((say_digits(p[3:6]), "PHONE")).a("yep").c((say_group4(p[6:]), "PHONE"))
    # EMAIL
    for k in range(13):
        fn, ln = pick(FIRST), pick(LAST)
        dom, tld = pick(DOMAINS)
        f = k % 4
        if f == 0:
            v = "%s.%s%d@%s.%s" % (fn, ln, R.randint(1, 99), dom, tld.replace(" dot ", "."))
            pos("chat/retail: email typed").c("email is ", (v, "EMAIL"))
        elif f == 1:
            v = "%s dot %s at %s dot %s" % (fn[0], ln, dom, tld)
            pos("call/telecom: email spoken with dot and at").a("email address").c((v, "EMAIL"))
        elif f == 2:
            v = "%s underscore %s %s at %s dot %s" % (fn, ln, say_digits(rdigits(2)), dom, tld)
            pos("call/insurance: email with underscore and digits").c("it's ", (v, "EMAIL"))
        else:
            v = "%s%s@%s.%s" % (fn[0].upper(), ln.title(), dom, tld.replace(" dot ", "."))
            pos("chat/banking: email mixed case").c("Send it to ", (v, "EMAIL"), " please")
    # DOB
    for k in range(14):
        d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
        f = k % 5
        if f == 0:
            pos("chat/banking: DOB typed").a("Date of birth?").c(("%02d/%02d/%d" % (d, m, y), "DOB"))
        elif f == 1:
            pos("call/insurance: DOB spoken ordinal").a("can you confirm your date of birth").c(
                "it's the ", (ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y), "DOB"))
        elif f == 2:
            pos("call/healthcare billing: DOB US order").a("and your birthday").c(
                (MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y), "DOB"))
        elif f == 3:
            pos("call/utilities: DOB as digits").a("date of birth please").c(
                (say_digits("%02d" % d) + " " + say_digits("%02d" % m) + " " + say_pair(str(y)[2:]), "DOB"))
        else:
            pos("chat/government services: DOB textual").c("born ", ("%d %s %d" % (d, MONTHS[m - 1].title(), y), "DOB"))
    # POSTCODE
    for k in range(14):
        f = k % 5
        if f == 0:
            pc = pick(UK_PC)
            pos("chat/utilities: UK postcode typed").c("postcode ", (pc if k % 2 else pc.lower().replace(" ", ""), "POSTCODE"))
        elif f == 1:
            pc = pick(UK_PC)
            v = " ".join(dw(ch) if ch.isdigit() else say_letter(ch, "plain") for ch in pc.replace(" ", ""))
            pos("call/telecom: UK postcode spelled").a("and the postcode").c((v, "POSTCODE"))
        elif f == 2:
            z = pick(US_ZIP)
            pos("chat/retail: US zip").c("zip ", (z, "POSTCODE"))
        elif f == 3:
            z = pick(US_ZIP)
            pos("call/insurance: US zip spoken").a("zip code").c((say_digits(z, "oh"), "POSTCODE"))
        else:
            z = pick(US_ZIP) + "-" + rdigits(4)
            pos("chat/healthcare billing: zip+4").c("ZIP is ", (z, "POSTCODE"))
    # ADDRESS
    for k in range(14):
        num = R.randint(2, 220)
        st = pick(STREETS)
        f = k % 4
        if f == 0:
            pos("chat/utilities: street address typed").c("I live at ", ("%d %s" % (num, st.title()), "ADDRESS"), ", moved in last month")
        elif f == 1:
            pos("call/telecom: street address spoken").a("first line of the address").c(
                ("%s %s" % (NUMW[num] if num < 100 else say_three(str(num)), st), "ADDRESS"))
        elif f == 2:
            pc = pick(UK_PC)
            pos("chat/insurance: address plus postcode").c(("flat %d, %d %s" % (R.randint(1, 9), num, st.title()), "ADDRESS"), ", ", (pc, "POSTCODE"))
        else:
            z = pick(US_ZIP)
            pos("call/retail: address then zip").c("ship to ", ("%d %s" % (num, st), "ADDRESS"), " zip ", (say_digits(z), "POSTCODE"))


# ================================================================= negatives
def neg_cases():
    tmpl = [
        ("call/utilities: meter reading and bill amount", lambda: [
            ("agent", "can you read me the meter"), ("customer", "yeah it says %s and the last bill was %s pounds" % (say_digits(rdigits(5)), NUMW[R.randint(20, 99)]))]),
        ("chat/retail: order number with price", lambda: [
            ("customer", "Order #%s hasn't arrived, I paid $%d.%02d" % (rdigits(8), R.randint(10, 400), R.randint(0, 99)))]),
        ("call/travel: flight number and time", lambda: [
            ("customer", "i'm on flight %s %s leaving at %s thirty" % (pick(["b a", "e i", "u a", "f r"]), say_digits(rdigits(3)), NUMW[R.randint(1, 12)]))]),
        ("call/insurance: claim reference spoken", lambda: [
            ("agent", "do you have the claim reference"), ("customer", "yes claim reference %s" % say_digits(rdigits(8)))]),
        ("chat/telecom: ticket number", lambda: [
            ("customer", "ticket %s still not resolved after %d days" % (rdigits(7), R.randint(2, 30)))]),
        ("call/banking: balance and payment date", lambda: [
            ("customer", "what's my balance"), ("agent", "your balance is %s pounds %s and the next payment is due on the %s of %s" % (say_three(str(R.randint(120, 999))), NUMW[R.randint(10, 99)], ORD[R.randint(1, 28)], pick(MONTHS)))]),
        ("call/healthcare billing: appointment date and time", lambda: [
            ("customer", "my appointment was on %s %s at %s fifteen and i was charged %s dollars" % (pick(MONTHS), ORD[R.randint(1, 28)], NUMW[R.randint(1, 11)], NUMW[R.randint(20, 99)]))]),
        ("chat/retail: model number and quantity", lambda: [
            ("customer", "I ordered %d units of model %s-%s" % (R.randint(2, 40), pick(["XR", "KD", "TV"]), rdigits(4)))]),
        ("call/telecom: data usage and speed", lambda: [
            ("customer", "i'm only getting %s megabits and i've used %s gigabytes this month" % (NUMW[R.randint(2, 80)], NUMW[R.randint(10, 99)]))]),
        ("call/travel: room number and nights", lambda: [
            ("customer", "we were in room %s for %s nights" % (say_three(str(R.randint(101, 999))), NUMW[R.randint(2, 9)]))]),
        ("chat/banking: interest rate and year", lambda: [
            ("customer", "Why did my rate go from %d.%d%% to %d.%d%% in %d?" % (R.randint(1, 6), R.randint(0, 9), R.randint(3, 9), R.randint(0, 9), R.randint(2015, 2026)))]),
        ("call/utilities: contract start date and duration", lambda: [
            ("customer", "the contract started on the %s of %s %s and it's a %s month deal" % (ORD[R.randint(1, 28)], pick(MONTHS), say_year(R.randint(2019, 2025)), pick(["twelve", "eighteen", "twenty four"])))]),
        ("call/government services: age and counts", lambda: [
            ("customer", "i'm %s years old and i have %s kids so i'm asking about the allowance" % (NUMW[R.randint(20, 90)], NUMW[R.randint(1, 5)]))]),
        ("chat/insurance: invoice number and amount", lambda: [
            ("customer", "Invoice INV-%s for EUR %d,%02d is wrong" % (rdigits(6), R.randint(50, 900), R.randint(0, 99)))]),
        ("call/retail: order reference read digit by digit", lambda: [
            ("agent", "what's the order reference"), ("customer", "order number %s" % say_digits(rdigits(9), "oh"))]),
        ("call/utilities: temperature and time", lambda: [
            ("customer", "the boiler shows %s degrees and it cut out at half %s" % (NUMW[R.randint(15, 80)], NUMW[R.randint(1, 12)]))]),
        ("chat/telecom: plan price and minutes", lambda: [
            ("customer", "I'm paying £%d.99 for %d minutes and %dGB" % (R.randint(8, 60), R.randint(100, 1000), R.randint(5, 100)))]),
        ("call/banking: payment amount split with back-channel", lambda: [
            ("customer", "i paid"), ("agent", "mhm"), ("customer", "%s thousand %s hundred pounds on the %s" % (NUMW[R.randint(1, 9)], NUMW[R.randint(1, 9)], ORD[R.randint(1, 28)]))]),
        ("call/travel: booking reference letters and digits", lambda: [
            ("customer", "booking reference %s %s %s" % (say_letter(pick("ABCEGHK"), "for"), say_letter(pick("LMNPRST"), "for"), say_digits(rdigits(4))))]),
        ("chat/government services: case reference and year", lambda: [
            ("customer", "case ref %s from the %d tax year, paid %d instalments" % (rdigits(10), R.randint(2018, 2025), R.randint(2, 12)))]),
        ("call/insurance: policy number with reference word", lambda: [
            ("agent", "policy number please"), ("customer", "policy number is %s" % say_digits(rdigits(10), "zero"))]),
        ("call/retail: store opening hours", lambda: [
            ("agent", "we're open %s till %s monday to saturday and %s to %s on sunday" % (NUMW[R.randint(7, 9)], NUMW[R.randint(5, 9)], NUMW[R.randint(10, 11)], NUMW[R.randint(4, 6)]))]),
        ("call/healthcare billing: counts and percentages", lambda: [
            ("customer", "they said insurance covers %s percent of the %s visits" % (NUMW[R.randint(50, 90)], NUMW[R.randint(2, 12)]))]),
        ("call/telecom: year and duration on hold", lambda: [
            ("customer", "i've been with you since %s and i've been on hold %s minutes" % (say_year(R.randint(1995, 2020)), NUMW[R.randint(10, 59)]))]),
        ("chat/banking: transaction amounts list", lambda: [
            ("customer", "three charges: %d.%02d, %d.%02d and %d.%02d on %d/%d" % (R.randint(1, 99), R.randint(0, 99), R.randint(1, 99), R.randint(0, 99), R.randint(100, 999), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12)))]),
    ]
    for k in range(110):
        note, f = tmpl[k % len(tmpl)]
        cs = neg(note)
        for spk, txt in f():
            cs.t(spk, txt)


# ================================================================= validation
WORD_DIG = {w: str(i) for i, w in enumerate(ONES)}
WORD_DIG.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "nil": "0",
                 "to": "2", "too": "2", "for": "4", "fore": "4", "won": "1", "ate": "8", "tree": "3"})
TEEN_D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_D = {w: str(i) for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "erm", "and", "then", "sorry", "hold", "on", "hang", "let", "me",
           "think", "dash", "space", "slash"}
LETTER_W = {v: k for k, v in NATO.items()}
LETTER_W.update({v: k for k, v in HOMO_LETTER.items() if " " not in v})
LETTER_W.update({v: k for k, v in ALT_HOMO.items()})


def parse_spoken(text, letters=False):
    if "\x00" in text:  # fragments from separate turns are parsed independently
        return "".join(parse_spoken(x, letters) for x in text.split("\x00"))
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif letters and len(t) == 1 and t not in ("o",) and nxt in ("for", "as"):
            out.append(t.upper())
            i += 2 if nxt == "for" else 3
        elif letters and t == "double" and nxt == "you":
            out.append("W")
            i += 1
        elif t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            if nxt in WORD_DIG:
                out.append(WORD_DIG[nxt] * n)
            elif letters and len(nxt) == 1:
                out.append(nxt.upper() * n)
            else:
                raise ValueError("bad double " + nxt)
            i += 1
        elif t in TEEN_D:
            out.append(TEEN_D[t])
        elif t in TENS_D:
            if nxt in ONES[1:]:
                out.append(TENS_D[t] + WORD_DIG[nxt])
                i += 1
            else:
                out.append(TENS_D[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif t == "plus":
            pass
        elif t in WORD_DIG and not (letters and t in ("o",)):
            out.append(WORD_DIG[t])
        elif letters and t in LETTER_W:
            out.append(LETTER_W[t].upper())
        elif letters and re.fullmatch(r"[a-z]+\d*[a-z]*|[a-z]", t) and (len(t) == 1 or any(c.isdigit() for c in t) or len(t) <= 4 and t not in FILLERS):
            out.append(t.upper())
        elif t in FILLERS:
            pass
        else:
            raise ValueError("unknown token %r" % t)
        i += 1
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def validate_value(typ, text):
    if typ == "CARD_NUMBER":
        d = parse_spoken(text)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "SSN":
        d = parse_spoken(text)
        return d.isdigit() and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
    if typ == "CVV":
        d = parse_spoken(text)
        return d.isdigit() and len(d) in (3, 4)
    if typ == "SORT_CODE":
        d = parse_spoken(text)
        return d.isdigit() and len(d) == 6
    if typ == "BANK_ACCOUNT":
        d = parse_spoken(text)
        return d.isdigit() and 8 <= len(d) <= 12
    if typ == "PHONE":
        d = parse_spoken(text)
        return d.isdigit() and 10 <= len(d) <= 13
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(parse_spoken(text, letters=True)))
    if typ == "IBAN":
        return iban_ok(parse_spoken(text, letters=True))
    if typ == "POSTCODE":
        s = parse_spoken(text, letters=True).upper()
        return bool(UK_PC_RE.match(s)) or bool(re.fullmatch(r"\d{5}(\d{4})?", s))
    if typ == "EXPIRY":
        low = text.lower()
        mon = any(m in low for m in MONTHS)
        d = parse_spoken(re.sub("|".join(MONTHS) + "|of", " ", low).replace("thousand", ""))
        if mon:
            return len(d) in (2, 3, 4)
        return d.isdigit() and len(d) in (3, 4, 5, 6) and 1 <= int(d[:-2] if len(d) < 5 else d[:-4]) <= 12
    if typ == "EMAIL":
        if "@" in text:
            return bool(re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", text))
        parts = []
        for t in text.lower().split():
            parts.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-"}.get(t, WORD_DIG.get(t, t) if t in ONES else t))
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", "".join(parts)))
    if typ == "DOB":
        low = text.lower()
        if re.fullmatch(r"\d{2}/\d{2}/(19|20)\d\d", low):
            return True
        if any(m in low for m in MONTHS):
            return bool(re.search(r"\d{4}|teen|twenty|thousand|nineteen", low))
        return len(parse_spoken(low)) == 6
    if typ == "ADDRESS":
        low = text.lower()
        has_num = bool(re.search(r"\d", low)) or any(w in low.split() for w in ONES[1:] + TEENS + TENS[2:])
        return has_num and any(low.endswith(st.split()[-1]) for st in STREETS)
    return False


def build():
    global R
    R = random.Random(SEED)
    POS.clear()
    NEG.clear()
    card_cases()
    ssn_cases()
    ni_cases()
    extra_cases()
    other_cases()
    neg_cases()
    lines = []
    for prefix, lst in (("pos", POS), ("neg", NEG)):
        for i, c in enumerate(lst, 1):
            obj = {"id": "h311-%s-%03d" % (prefix, i), "kind": c.kind, "turns": c.turns,
                   "spans": c.spans, "note": c.note}
            lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(objs):
    cnt = {t: 0 for t in TYPES}
    for o in objs:
        for s in o["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme(objs):
    cnt = counts(objs)
    npos = sum(o["kind"] == "positive" for o in objs)
    nneg = len(objs) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h311

**Never use this set for tuning.** It is a held-out evaluation set; do not look at
its failures to adjust patterns, thresholds or word lists.

## Authorship

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs, the benchmark, or any other PII fixture; the only
data it looked at was a three-line example of the JSONL format. All cases are generated
by `scripts/make_pii_holdout311.py` from template functions (seed 311241125, standard
library only), so the file is byte-for-byte reproducible. Offsets are computed while the
text is assembled from plain segments and (value, TYPE) segments, never typed by hand.

`python scripts/make_pii_holdout311.py --check` regenerates the data, verifies the file
is identical, ids are unique, offsets are in range, on word boundaries and non-overlapping,
and validates every labelled value after normalising spoken forms (Luhn for cards, mod-97
for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for CVV / phone /
account, postcode shapes). Values that are split over several spans/turns are validated
after joining consecutive spans of the same type said by the same speaker.

## Contents

%d positive cases, %d negative cases (%d total). Chat (typed) and phone calls (ASR-style
lower case, numbers as words: "oh"/"o"/"nought"/"zero", "double"/"triple", pairs such as
"forty one", "nineteen hundred", NATO and homophone letters, "to"/"for"/"ate"/"won"
homophones), across banking, telecom, utilities, retail, insurance, travel, healthcare
billing and government services, US/UK/Ireland/EU. Emphasis on CARD_NUMBER, SSN and
NI_NUMBER.

| type | spans |
|---|---|
%s

## Annotation conventions

* A span covers exactly the value as written or spoken: from its first to its last
  character/word, including separators, spoken fillers ("um", "sorry", "hang on") and
  spelling aids ("b for bravo") that occur *inside* the reading. Lead-ins such as "it's",
  "card number is" are outside.
* A value split over several turns is labelled once per turn (one span per fragment, all
  with the same type); back-channel agent turns are not labelled.
* Agent read-backs of a full value are labelled too.
* Self-corrections: the final, corrected reading is labelled. An abandoned fragment
  that is not a complete value (e.g. four digits then "no wait") is left unlabelled. When a
  customer gives one complete card and then switches to another, both are labelled.
  A value repeated because the agent misheard is labelled each time.
* ADDRESS covers house/flat number and street only; town is not included, postcodes and
  ZIP codes are labelled separately as POSTCODE.
* EXPIRY and CVV are labelled only in payment-card context; DOB only when it is a birth
  date. Other dates, amounts, times, reference/order/claim/ticket numbers, flight and
  room numbers, readings, ages, percentages are never labelled.
* Negative cases contain only such lookalikes and must have nothing redacted.
""" % (npos, nneg, len(objs), rows)


def check(text):
    problems = []
    objs = [json.loads(l) for l in text.splitlines()]
    ids = [o["id"] for o in objs]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for o in objs:
        if o["kind"] == "negative" and o["spans"]:
            problems.append("%s: negative with spans" % o["id"])
        if o["kind"] == "positive" and not o["spans"]:
            problems.append("%s: positive without spans" % o["id"])
        spans = sorted(o["spans"], key=lambda s: (s["turn"], s["start"]))
        for a, b in zip(spans, spans[1:]):
            if a["turn"] == b["turn"] and b["start"] < a["end"]:
                problems.append("%s: overlapping spans" % o["id"])
        for s in spans:
            if s["type"] not in TYPES:
                problems.append("%s: bad type" % o["id"])
            if not (0 <= s["turn"] < len(o["turns"])):
                problems.append("%s: bad turn" % o["id"])
                continue
            tx = o["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                problems.append("%s: offsets out of range" % o["id"])
                continue
            if (st > 0 and tx[st - 1].isalnum()) or (en < len(tx) and tx[en].isalnum()):
                problems.append("%s: span not on word boundary %r" % (o["id"], tx[st:en]))
            if tx[st:en] != tx[st:en].strip():
                problems.append("%s: span has outer whitespace" % o["id"])
        # validate values: partition consecutive same-type spans into valid values
        by_type = {}
        for s in spans:
            by_type.setdefault((s["type"], o["turns"][s["turn"]]["speaker"]), []).append(o["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for (typ, _spk), vals in by_type.items():
            n = len(vals)
            ok = [False] * (n + 1)
            ok[0] = True
            for j in range(1, n + 1):
                for i in range(j):
                    if ok[i]:
                        try:
                            good = validate_value(typ, "\x00".join(vals[i:j]) if typ not in ("EMAIL", "IBAN") or j - i == 1 else "".join(vals[i:j]))
                        except ValueError:
                            good = False
                        if good:
                            ok[j] = True
                            break
            if not ok[n]:
                problems.append("%s: %s values do not validate: %r" % (o["id"], typ, vals))
    return objs, problems


def main():
    text = build()
    objs = [json.loads(l) for l in text.splitlines()]
    if "--check" in sys.argv:
        problems = []
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != readme(objs):
            problems.append("README.md differs from regenerated output")
        objs, p2 = check(text)
        problems += p2
        cnt = counts(objs)
        npos = sum(o["kind"] == "positive" for o in objs)
        print("cases: %d positive, %d negative" % (npos, len(objs) - npos))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        if npos < 170 or len(objs) - npos < 100:
            problems.append("too few cases")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt[t] < need:
                problems.append("too few %s spans (%d < %d)" % (t, cnt[t], need))
        for p in problems:
            print("PROBLEM:", p)
        print("CHECK %s" % ("FAILED" if problems else "OK"))
        sys.exit(1 if problems else 0)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(objs), encoding="utf-8")
    print("wrote %d cases to %s" % (len(objs), CASES))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction set h17 (tests/fixtures/pii_holdout17).

Written by an independent AI helper that did not see the redaction code.
Standard library only.  All values come from one random.Random(17231126).

    python scripts/make_pii_holdout17.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout17.py --check  # regenerate, verify, summarise
"""
import json
import os
import random
import re
import string
import sys

SEED = 17231126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout17")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "x ray", "y": "yankee", "z": "zulu", "o": "oscar", "i": "india",
        "u": "uniform", "v": "victor", "q": "quebec"}
HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"]}


# ---------------------------------------------------------------- value makers
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


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        body, ln = "4" + "".join(R.choice("0123456789") for _ in range(2)), 16
    elif kind == "visa19":
        body, ln = "4" + "".join(R.choice("0123456789") for _ in range(2)), 19
    elif kind == "mc":
        body, ln = "5" + R.choice("12345") + R.choice("0123456789"), 16
    elif kind == "amex":
        body, ln = "3" + R.choice("47") + R.choice("0123456789"), 15
    else:
        body, ln = "6011", 16
    while len(body) < ln - 1:
        body += R.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def make_ni():
    first = R.choice("ABCEGHJKLMNPRSTWXYZ")
    second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    if first + second in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
        second = "A"
    return first + second + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "FR": 27, "ES": 24, "BE": 16}


def make_iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "NL", "FR", "ES", "BE"])
    if country in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"] if country == "GB"
                        else ["AIBK", "BOFI", "IPBS"])
        bban = bank + digits(6) + digits(8)
    elif country == "DE":
        bban = digits(18, True)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    elif country == "FR":
        bban = digits(10) + digits(11) + digits(2)
    elif country == "ES":
        bban = digits(20)
    else:
        bban = digits(12)
    return country + iban_check(country, bban) + bban


def make_uk_postcode():
    shape = R.choice(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA"])
    L = "ABCDEFGHJKLMNPRSTUWY"
    out = ""
    for ch in shape:
        if ch == "A":
            out += R.choice(L)
        elif ch == "9":
            out += R.choice("123456789")
        else:
            out += " "
    return out


STREETS = ["Elm", "Maple", "Station", "Church", "Victoria", "Mill", "Park", "Oak", "Willow",
           "Highfield", "Kingsway", "Grange", "Orchard", "Meadow", "Cedar", "Lincoln",
           "Pine", "Jefferson", "Cherry", "Riverside", "Clarence", "Ashgrove", "Main",
           "Hawthorn", "Beech"]
SUFFIX = ["Street", "Road", "Avenue", "Lane", "Drive", "Close", "Court", "Way", "Crescent",
          "Boulevard", "Place", "Terrace"]
SUFFIX_ABBR = {"Street": "St", "Road": "Rd", "Avenue": "Ave", "Drive": "Dr", "Lane": "Ln",
               "Boulevard": "Blvd", "Court": "Ct", "Place": "Pl"}
FIRST = ["john", "sarah", "mike", "emma", "liam", "aoife", "priya", "tom", "grace",
         "daniel", "chloe", "sean", "maria", "kevin", "niamh", "raj", "laura", "owen",
         "hannah", "marek", "sofia", "james", "katie", "ben"]
LAST = ["smith", "murphy", "okafor", "patel", "kelly", "jones", "walsh", "nowak",
        "garcia", "brennan", "taylor", "hughes", "osullivan", "chen", "byrne", "evans",
        "fischer", "doyle", "khan", "reid"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "proton.me", "live.ie"]


# ---------------------------------------------------------------- spoken forms
def zero_word():
    return R.choice(["zero", "oh", "o", "nought", "oh"])


def say_digits(s, doubles=True, homophones=False, zero=None):
    """Digit-by-digit reading with optional double/triple and homophones."""
    z = zero or zero_word()
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        w = z if c == "0" else DW[int(c)]
        if homophones and c in HOMO and R.random() < 0.5:
            w = R.choice(HOMO[c])
        if doubles and i + 2 < len(s) + 0 and s[i:i + 3] == c * 3 and R.random() < 0.7:
            out.append("triple " + (z if c == "0" else DW[int(c)]))
            i += 3
            continue
        if doubles and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.7:
            out.append("double " + (z if c == "0" else DW[int(c)]))
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_pair(p, z="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return z + " " + DW[b] if b else z + " " + z
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + DW[b]


def say_pairs(s):
    """Read in pairs ("forty one eleven"); falls back to digits where ambiguous."""
    out = []
    z = R.choice(["oh", "o", "zero"])
    i = 0
    while i < len(s):
        p = s[i:i + 2]
        if len(p) == 1:
            out.append(z if p == "0" else DW[int(p)])
            break
        nxt = s[i + 2:i + 3]
        if p[1] == "0" and p[0] not in "01" and nxt:
            out.append(say_digits(p, doubles=False, zero=z))
        else:
            out.append(say_pair(p, z))
        i += 2
    return " ".join(out)


def safe(sp, v):
    """Keep a spoken reading only if it reads back unambiguously as v."""
    return sp if spoken_to_chars(sp) == v else say_digits(v, doubles=False)


def say_year(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return R.choice(["two thousand and " + DW[int(y[3])], "two thousand " + DW[int(y[3])]])
    return say_pair(y[:2]) + " " + say_pair(y[2:])


def say_number(n):
    """Cardinal reading for house numbers (1..999)."""
    if n < 10:
        return DW[n]
    if n < 100:
        return say_pair("%02d" % n)
    h, r = divmod(n, 100)
    if r == 0:
        return DW[h] + " hundred"
    return R.choice([DW[h] + " hundred and " + say_number(r) if r >= 10 else DW[h] + " hundred and " + DW[r],
                     DW[h] + " " + (say_pair("%02d" % r) if r >= 10 else "oh " + DW[r])])


def spell_letters(s, nato_prob=0.4):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append("zero" if ch == "0" else DW[int(ch)])
        elif ch == " ":
            continue
        else:
            lo = ch.lower()
            if lo in NATO and (R.random() < nato_prob or lo == "o"):
                out.append(lo + " for " + NATO[lo])
            else:
                out.append(lo)
    return " ".join(out)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.meta = []  # (span_index, group, value, partial)

    def turn(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg[0], seg[1]
                grp = seg[2] if len(seg) > 2 else None
                partial = seg[3] if len(seg) > 3 else False
                st = len(text)
                text += val
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                self.meta.append((grp, typ, partial))
            else:
                text += seg
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)


POS, NEG = [], []


def pos(note):
    c = Case("positive", note)
    POS.append(c)
    return c


def neg(note):
    c = Case("negative", note)
    NEG.append(c)
    return c


ACKS = ["mhm", "okay go on", "yep", "uh huh", "right", "okay", "got that", "yes go ahead",
        "okay and then", "sure"]


def ack():
    return R.choice(ACKS)


def filler():
    return R.choice(["um ", "uh ", "er ", "erm ", "so ", "yeah ", "right ", ""])


# ---------------------------------------------------------------- positive templates
def card_call_one_turn(ind):
    v = make_card()
    style = R.choice(["digits", "groups", "pairs", "homo"])
    if style == "digits":
        sp = say_digits(v)
    elif style == "homo":
        sp = say_digits(v, homophones=True)
    elif style == "pairs":
        sp = safe(" ".join(say_pairs(x) for x in chunks(v, card_groups(v))), v)
    else:
        sp = " ".join(say_digits(x, doubles=False) for x in chunks(v, card_groups(v)))
    c = pos("call/%s: card number read in one turn (%s style)" % (ind, style))
    c.a(R.choice(["and can i take the long card number please",
                  "okay what's the number across the front of the card",
                  "go ahead with the sixteen digits when you're ready"]))
    c.c(filler(), "yeah it's ", (sp, "CARD_NUMBER", 1), R.choice(["", " that's it", " okay"]))
    c.a(R.choice(["thank you", "lovely thanks", "perfect"]))


def card_call_split(ind):
    v = make_card()
    parts = chunks(v, card_groups(v))
    c = pos("call/%s: card split across customer turns with back-channels" % ind)
    c.a("okay whenever you're ready with the card number")
    for k, p in enumerate(parts):
        pre = filler() if k == 0 else R.choice(["", "", "then ", "and "])
        post = R.choice(["", "", " um", " yeah"])
        rd = say_digits(p) if R.random() < 0.7 else say_pairs(p)
        c.c(pre, (rd, "CARD_NUMBER", 1), post)
        if k < len(parts) - 1:
            c.a(ack())
    c.a("thank you and the expiry")


def card_call_correction(ind):
    v = make_card("visa")
    parts = chunks(v, [4, 4, 4, 4])
    wrong = list(parts[2])
    wrong[-1] = str((int(wrong[-1]) + 3) % 10)
    wrong = "".join(wrong)
    c = pos("call/%s: card with self-correction of third group, both readings labelled" % ind)
    c.a("go ahead with the card number please")
    c.c((say_digits(parts[0]) + " " + say_digits(parts[1]), "CARD_NUMBER", 1))
    c.a(ack())
    c.c((say_digits(wrong, doubles=False), "CARD_NUMBER", 2, True), " no sorry ",
        (say_digits(parts[2], doubles=False), "CARD_NUMBER", 1), " then ",
        (say_digits(parts[3]), "CARD_NUMBER", 1))
    c.a("no problem let me just read that back")


def card_call_readback(ind):
    v = make_card()
    g = card_groups(v)
    c = pos("call/%s: agent reads card back; both readings labelled" % ind)
    c.a("and the card number")
    c.c((say_digits(v), "CARD_NUMBER", 1))
    c.a("so that's ", (", ".join(say_digits(x, doubles=False) for x in chunks(v, g)),
                       "CARD_NUMBER", 2), " is that right")
    c.c("yes that's correct")


def card_chat(ind):
    v = make_card()
    g = card_groups(v)
    style = R.choice(["space", "dash", "none", "dot", "mixed"])
    if style == "space":
        t = group(v, g, " ")
    elif style == "dash":
        t = group(v, g, "-")
    elif style == "dot":
        t = group(v, g, ".")
    elif style == "none":
        t = v
    else:
        t = group(v, [4, 2, 2, 4, 4] if len(v) == 16 else g, " ")
    amt = "%d.%02d" % (R.randint(5, 900), R.randint(0, 99))
    c = pos("chat/%s: card typed (%s separators) next to an amount" % (ind, style))
    c.a("Hi, you're chatting with %s. How can I help?" % R.choice(["Dee", "Sam", "Alex"]))
    c.c(R.choice(["hi i want to pay ", "Hello, paying the outstanding "]), "£" + amt,
        R.choice([" - card is ", ". My card: ", " with card no. "]), (t, "CARD_NUMBER", 1),
        R.choice(["", " thanks", " ty", "."]))


def card_cvv_exp_call(ind):
    v = make_card("mc")
    cvv = digits(3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp_sp = R.choice([
        say_pair("%02d" % mm, R.choice(["oh", "zero"])) + " " + say_pair(str(yy)),
        MONTHS[mm - 1] + " " + say_year(2000 + yy),
        say_digits("%02d" % mm, doubles=False) + " " + say_digits(str(yy), doubles=False)])
    c = pos("call/%s: card, expiry and security code in consecutive turns" % ind)
    c.a("can i take the card number")
    c.c((say_digits(v), "CARD_NUMBER", 1))
    c.a("and the expiry date on the card")
    c.c(filler(), (exp_sp, "EXPIRY", 2))
    c.a("and the three digit security number on the back")
    c.c("it's ", (say_digits(cvv, doubles=False), "CVV", 3))
    c.a("thank you that's gone through for %s pounds" % say_number(R.randint(20, 300)))


def cvv_exp_chat(ind):
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    cvv = digits(4) if R.random() < 0.25 else digits(3)
    exp = R.choice(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy),
                    "%d/%02d" % (mm, yy)])
    c = pos("chat/%s: expiry and CVV typed in one message" % ind)
    c.a("Please confirm the expiry date and security code for the card you just gave.")
    c.c(R.choice(["exp ", "expires ", "Expiry: "]), (exp, "EXPIRY", 1),
        R.choice([" cvv ", ", cvc ", " and the code on the back is ", " security code "]),
        (cvv, "CVV", 2))


def cvv_call_twoturn(ind):
    cvv = digits(3)
    c = pos("call/%s: CVV read with filler and repeated by agent" % ind)
    c.a("and the last three digits on the signature strip")
    c.c(filler(), (say_digits(cvv, doubles=R.random() < 0.5), "CVV", 1), R.choice([" i think", "", " yeah"]))
    c.a((say_digits(cvv, doubles=False), "CVV", 2), " thank you")


def expiry_call_variants(ind):
    mm, yy = R.randint(1, 12), R.randint(25, 33)
    sp = R.choice(["end of " + MONTHS[mm - 1] + " " + say_pair(str(yy)),
                   say_pair("%02d" % mm, "oh") + " slash " + say_pair(str(yy)),
                   MONTHS[mm - 1] + " " + say_year(2000 + yy)])
    c = pos("call/%s: expiry in spoken form with amount nearby" % ind)
    c.a("what's the expiry on that card")
    c.c("um it says valid thru ", (sp, "EXPIRY", 1))
    c.a("okay and i'll take %s pounds %s today" % (say_number(R.randint(11, 99)), say_pair("%02d" % R.randint(10, 99))))


def ssn_call(ind):
    v = make_ssn()
    style = R.choice(["digits", "groups", "split", "pairs"])
    c = pos("call/%s: SSN spoken (%s)" % (ind, style))
    c.a(R.choice(["for verification can i get your social security number",
                  "and your social please", "i'll need your full social security number"]))
    if style == "split":
        p = chunks(v, [3, 2, 4])
        c.c("sure ", (say_digits(p[0]), "SSN", 1))
        c.a(ack())
        c.c((say_digits(p[1]), "SSN", 1))
        c.a(ack())
        c.c((say_digits(p[2]), "SSN", 1))
    elif style == "pairs":
        p = chunks(v, [3, 2, 4])
        c.c(filler(), "it's ", (say_digits(p[0]) + " " + say_pairs(p[1]) + " " + say_pairs(p[2]), "SSN", 1))
    elif style == "groups":
        p = chunks(v, [3, 2, 4])
        c.c("yeah ", (" ".join(say_digits(x, doubles=False) for x in p), "SSN", 1))
    else:
        c.c((say_digits(v), "SSN", 1), " and i'm calling about my claim")
    c.a("thank you i've pulled up your account")


def ssn_chat(ind):
    v = make_ssn()
    fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"])
    t = fmt % tuple(chunks(v, [3, 2, 4]))
    c = pos("chat/%s: SSN typed with other numbers in message" % ind)
    c.a("To verify your identity please provide your SSN.")
    c.c(R.choice(["ssn is ", "SSN: ", "my social is ", "Social Security # "]), (t, "SSN", 1),
        R.choice(["", " and my claim number is %s" % digits(8, True), ", bill was $%d.%02d" % (R.randint(40, 600), R.randint(0, 99))]))


def ssn_readback(ind):
    v = make_ssn()
    p = chunks(v, [3, 2, 4])
    c = pos("call/%s: SSN with self-correction and readback" % ind)
    c.a("can you confirm your social")
    c.c((say_digits(p[0]) + " " + say_digits(p[1]), "SSN", 1), " ", filler(),
        (say_digits(p[2], doubles=False), "SSN", 1))
    c.a("okay let me read that back ", (" ".join(say_digits(x, doubles=False) for x in p), "SSN", 3), " correct")
    c.c("that's right")


def ssn_last_plus(ind):
    v = make_ssn()
    c = pos("call/%s: SSN given among small talk about age and payment" % ind)
    c.a("and just so i can find the file what's your social")
    c.c("i'm %s so bear with me ha ha ok it's " % say_number(R.randint(60, 88)),
        (say_digits(v), "SSN", 1), " and i paid %s dollars last week" % say_number(R.randint(20, 99)))


def ni_call(ind):
    v = make_ni()
    style = R.choice(["plain", "nato", "pairs", "split"])
    c = pos("call/%s: NI number spoken (%s)" % (ind, style))
    c.a(R.choice(["can i take your national insurance number", "what's your n i number please",
                  "and your national insurance"]))
    if style == "plain":
        c.c(filler(), (spell_letters(v[:2], 0) + " " + say_digits(v[2:8], doubles=False) + " " + v[8].lower(), "NI_NUMBER", 1))
    elif style == "nato":
        c.c("it's ", (spell_letters(v[:2], 1.0) + " " + say_digits(v[2:8]) + " " + spell_letters(v[8], 1.0), "NI_NUMBER", 1))
    elif style == "pairs":
        c.c((spell_letters(v[:2], 0.3) + " " + " ".join(say_pair(x) for x in chunks(v[2:8], [2, 2, 2])) + " " + v[8].lower(), "NI_NUMBER", 1))
    else:
        c.c((spell_letters(v[:2], 0.5), "NI_NUMBER", 1))
        c.a(ack())
        c.c((say_digits(v[2:5]), "NI_NUMBER", 1))
        c.a(ack())
        c.c((say_digits(v[5:8]) + " " + spell_letters(v[8], 0.5), "NI_NUMBER", 1))
    c.a("lovely thank you")


def ni_chat(ind):
    v = make_ni()
    fmt = R.choice(["sp", "nosp", "lower", "dash"])
    if fmt == "sp":
        t = "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    elif fmt == "nosp":
        t = v
    elif fmt == "lower":
        t = v.lower()
    else:
        t = "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    c = pos("chat/government: NI number typed (%s)" % fmt)
    c.a("Could you give me your National Insurance number so I can locate your record?")
    c.c(R.choice(["its ", "NI no: ", "sure - ", "ni number "]), (t, "NI_NUMBER", 1),
        R.choice(["", " thx", ". I was paid £%d on the %s" % (R.randint(100, 900), ORD[R.randint(0, 27)])]))


def ni_readback(ind):
    v = make_ni()
    c = pos("call/%s: NI number read back by agent in NATO alphabet" % ind)
    c.a("and your national insurance number")
    c.c((spell_letters(v[:2], 0) + " " + say_digits(v[2:8]) + " " + v[8].lower(), "NI_NUMBER", 1))
    c.a("so that's ", (spell_letters(v[:2], 1.0) + " " + say_digits(v[2:8], doubles=False) + " " + spell_letters(v[8], 1.0), "NI_NUMBER", 2), " yeah")
    c.c("yes")


def bank_call(ind):
    sc = digits(6)
    acct = digits(8)
    c = pos("call/%s: sort code and account number spoken" % ind)
    c.a("okay can i take the sort code")
    c.c((safe(" ".join(say_pairs(x) if R.random() < 0.5 else say_digits(x) for x in chunks(sc, [2, 2, 2])), sc), "SORT_CODE", 1))
    c.a("and the account number")
    c.c(filler(), (say_digits(acct), "BANK_ACCOUNT", 2))
    c.a("thanks the direct debit will be %s pounds a month" % say_number(R.randint(15, 120)))


def bank_chat(ind):
    sc = digits(6)
    acct = digits(8) if R.random() < 0.7 else digits(R.choice([10, 12]), True)
    sct = R.choice([group(sc, [2, 2, 2], "-"), group(sc, [2, 2, 2], " "), sc])
    c = pos("chat/%s: sort code and account typed in one message" % ind)
    c.a("What bank details should the refund go to?")
    c.c(R.choice(["sort ", "s/c ", "Sort code: "]), (sct, "SORT_CODE", 1),
        R.choice([" acc ", " a/c no ", ", account number "]), (acct, "BANK_ACCOUNT", 2))


def us_account_call(ind):
    acct = digits(R.choice([10, 11, 12]), True)
    c = pos("call/%s: US bank account read with routing unknown, split turns" % ind)
    c.a("what's the checking account number you want to use")
    p = chunks(acct, [4, 3, len(acct) - 7])
    c.c((say_digits(p[0]), "BANK_ACCOUNT", 1))
    c.a(ack())
    c.c((say_digits(p[1]), "BANK_ACCOUNT", 1), " ", filler(), (say_digits(p[2]), "BANK_ACCOUNT", 1))
    c.a("and that payment is %s dollars" % say_number(R.randint(20, 500)))


def iban_chat(ind):
    v = make_iban()
    t = R.choice([" ".join(chunks(v, [4] * 10)).strip(), v, v.lower()])
    c = pos("chat/%s: IBAN typed (%s)" % (ind, v[:2]))
    c.a("Please send the IBAN for the refund of €%d." % R.randint(30, 900))
    c.c(R.choice(["IBAN ", "my iban is ", "here: "]), (t, "IBAN", 1), R.choice(["", " thanks!", " (joint account)"]))


def iban_call(ind):
    v = make_iban(R.choice(["GB", "IE", "NL", "DE"]))
    c = pos("call/%s: IBAN spelled out over two turns" % ind)
    c.a("okay so i'll need the iban for the transfer")
    half = 8
    c.c((spell_letters(v[:2], 0.5) + " " + say_digits(v[2:4]) + " " + spell_letters(v[4:half], 0.3), "IBAN", 1))
    c.a(ack())
    c.c((say_digits(v[half:]) if v[half:].isdigit() else spell_letters(v[half:], 0.2), "IBAN", 1))
    c.a("thank you")


def phone_call(ind):
    form = R.choice(["uk_mob", "uk_land", "us", "ie", "intl_uk", "intl_ie"])
    if form == "uk_mob":
        v = "07" + digits(9)
        sp = say_digits(v[:5]) + " " + say_digits(v[5:])
    elif form == "uk_land":
        v = "0" + R.choice(["20", "161", "121", "113"]) + digits(7 if R.random() < 0.5 else 8)
        v = v[:11]
        sp = say_digits(v)
    elif form == "us":
        v = str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
        sp = say_digits(v[:3]) + " " + say_digits(v[3:6]) + " " + say_pairs(v[6:])
    elif form == "ie":
        v = "08" + R.choice("35679") + digits(7)
        sp = say_digits(v[:3]) + " " + say_digits(v[3:])
    elif form == "intl_uk":
        v = "447" + digits(9)
        sp = "plus four four " + say_digits(v[2:])
    else:
        v = "3538" + R.choice("35679") + digits(7)
        sp = "plus three five three " + say_digits(v[3:])
    c = pos("call/%s: phone number spoken (%s)" % (ind, form))
    c.a(R.choice(["what's the best number to reach you on", "and a contact number please",
                  "can i get a callback number"]))
    c.c(filler(), (sp, "PHONE", 1), R.choice(["", " after five", " that's my mobile"]))


def phone_split(ind):
    v = "07" + digits(9)
    c = pos("call/%s: mobile split across turns with agent checking" % ind)
    c.a("and your mobile")
    c.c((say_digits(v[:5]), "PHONE", 1))
    c.a("sorry ", (say_digits(v[:5], doubles=False), "PHONE", 2, True), " yes")
    c.c("yeah then ", (say_digits(v[5:8]), "PHONE", 1), " ", (say_digits(v[8:]), "PHONE", 1))
    c.a("perfect")


def phone_chat(ind):
    form = R.choice(["uk", "us", "ie", "intl"])
    if form == "uk":
        v = "07" + digits(9)
        t = R.choice([v[:5] + " " + v[5:], v, "+44 " + v[1:5] + " " + v[5:]])
    elif form == "us":
        v = str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
        t = R.choice(["(%s) %s-%s" % (v[:3], v[3:6], v[6:]), "%s-%s-%s" % (v[:3], v[3:6], v[6:]),
                      "+1 %s %s %s" % (v[:3], v[3:6], v[6:]), "%s.%s.%s" % (v[:3], v[3:6], v[6:])])
    elif form == "ie":
        v = "08" + R.choice("35679") + digits(7)
        t = R.choice([v[:3] + " " + v[3:6] + " " + v[6:], "+353 " + v[1:3] + " " + v[3:]])
    else:
        v = "49" + "1" + digits(9)
        t = "+" + v[:2] + " " + v[2:5] + " " + v[5:]
    c = pos("chat/%s: phone typed (%s) with a time nearby" % (ind, form))
    c.a("What number should the engineer call?")
    c.c(R.choice(["call me on ", "my number is ", "mob: ", "tel "]), (t, "PHONE", 1),
        R.choice([" anytime after 5pm", " between 9 and 12", "", " - 2nd line is busy"]))


def email_call(ind):
    f, l, d = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    style = R.choice(["initial", "full", "underscore", "digits"])
    dsp = d.replace(".", " dot ")
    if style == "initial":
        sp = "%s dot %s at %s" % (f[0], l, dsp)
    elif style == "full":
        sp = "%s %s at %s" % (f, l, dsp)
    elif style == "underscore":
        sp = "%s underscore %s at %s" % (f, l, dsp)
    else:
        n = R.randint(1, 99)
        sp = "%s %s %s at %s" % (f, l, say_number(n), dsp)
    c = pos("call/%s: email spoken (%s)" % (ind, style))
    c.a(R.choice(["and an email address for the confirmation", "what email should we send the receipt to"]))
    c.c(filler(), "it's ", (sp, "EMAIL", 1), R.choice(["", " all lower case", " no spaces"]))


def email_spelled(ind):
    f, l, d = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS[:5])
    c = pos("call/%s: email with surname spelled letter by letter in later turn" % ind)
    c.a("email address please")
    c.c((f + " dot " + l + " at " + d.replace(".", " dot "), "EMAIL", 1))
    c.a("how do you spell the surname")
    c.c((spell_letters(l.upper(), 0.3), "EMAIL", 2))
    c.a("great")


def email_chat(ind):
    f, l, d = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    t = R.choice(["%s.%s@%s" % (f, l, d), "%s%s%d@%s" % (f[0], l, R.randint(1, 99), d),
                  "%s_%s@%s" % (f.capitalize(), l.capitalize(), d), "%s-%s@%s" % (f, l, d.upper())])
    c = pos("chat/%s: email typed" % ind)
    c.a("Can you confirm the email on the account?")
    c.c(R.choice(["", "sure ", "its "]), (t, "EMAIL", 1), R.choice(["", " pls", ". Order 4 days late!"]))


def dob_call(ind):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1935, 2004)
    sp = R.choice(["the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y)),
                   "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y)),
                   "%s %s %s" % (say_digits("%02d" % d, doubles=False), say_digits("%02d" % m, doubles=False), say_year(y)),
                   "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], say_pair(str(y)[2:]))])
    c = pos("call/%s: date of birth spoken" % ind)
    c.a(R.choice(["and can you confirm your date of birth", "date of birth for security please"]))
    c.c(filler(), (sp, "DOB", 1))
    c.a("thank you your appointment is on the %s" % ORD[R.randint(0, 27)])


def dob_chat(ind):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2005)
    t = R.choice(["%02d/%02d/%d" % (d, m, y), "%d-%d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize()[:3], y),
                  "%02d.%02d.%02d" % (m, d, y % 100), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)])
    c = pos("chat/%s: DOB typed with a non-birth date in the same message" % ind)
    c.a("For security, what's your date of birth?")
    c.c(R.choice(["dob ", "DOB: ", "born "]), (t, "DOB", 1),
        R.choice(["", ". My payment on 3 March didn't go through", " and the policy started 01/02/2023"]))


def postcode_call(ind):
    if R.random() < 0.65:
        v = make_uk_postcode()
        sp = spell_letters(v, R.choice([0, 0.5]))
        note = "UK"
    else:
        v = digits(5, True)
        sp = R.choice([say_digits(v), say_digits(v[:1]) + " " + say_pairs(v[1:])])
        note = "ZIP"
    c = pos("call/%s: %s postcode spoken" % (ind, note))
    c.a(R.choice(["and the postcode", "what's the zip code there", "can i take your post code please"]))
    c.c(filler(), (sp, "POSTCODE", 1))
    c.a("thanks")


def postcode_chat(ind):
    if R.random() < 0.6:
        v = make_uk_postcode()
        t = R.choice([v, v.replace(" ", ""), v.lower()])
    else:
        v = digits(5, True)
        t = R.choice([v, v + "-" + digits(4)])
    c = pos("chat/%s: postcode typed alone" % ind)
    c.a("Which postcode is the delivery going to?")
    c.c((t, "POSTCODE", 1), R.choice(["", " thx", " - parcel ref %s" % digits(7, True)]))


def address_call(ind):
    n = R.randint(1, 299)
    st, sf = R.choice(STREETS), R.choice(SUFFIX)
    pc = make_uk_postcode()
    c = pos("call/%s: street address and postcode spoken in one turn" % ind)
    c.a("and what's the address on the account")
    c.c("it's ", (say_number(n) + " " + st.lower() + " " + sf.lower(), "ADDRESS", 1),
        R.choice([" in leeds ", " ", " over in bristol "]), (spell_letters(pc, 0), "POSTCODE", 2))
    c.a("lovely thank you")


def address_chat(ind):
    n = R.randint(1, 2999)
    st, sf = R.choice(STREETS), R.choice(SUFFIX)
    sfx = SUFFIX_ABBR.get(sf, sf) + R.choice([".", ""]) if R.random() < 0.4 else sf
    apt = R.choice(["", "Apt %d, " % R.randint(1, 40), "Flat %d, " % R.randint(1, 20)])
    zipc = digits(5, True)
    c = pos("chat/%s: US address typed with apartment and ZIP" % ind)
    c.a("What is the billing address?")
    c.c((apt + "%d %s %s" % (n, st, sfx), "ADDRESS", 1), R.choice([", Springfield, IL ", ", Austin TX ", " Columbus OH "]),
        (zipc, "POSTCODE", 2))


def address_move(ind):
    n = R.randint(2, 90)
    st, sf = R.choice(STREETS), R.choice(SUFFIX)
    c = pos("call/%s: new address given while booking a move date" % ind)
    c.a("and where are you moving to")
    c.c("we're moving on the %s of %s to " % (ORD[R.randint(0, 27)], R.choice(MONTHS)),
        (say_number(n) + " " + st.lower() + " " + sf.lower(), "ADDRESS", 1), " it's a three bed")
    c.a("okay i'll set the final meter read for that day")


def combo_insurance(ind):
    ni = make_ni()
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2000)
    pc = make_uk_postcode()
    c = pos("call/%s: DOB, NI number and postcode in one verification exchange" % ind)
    c.a("can i take your date of birth")
    c.c((ORD[d - 1] + " of " + MONTHS[m - 1] + " " + say_year(y), "DOB", 1))
    c.a("national insurance")
    c.c((spell_letters(ni[:2], 0) + " " + say_digits(ni[2:8]) + " " + ni[8].lower(), "NI_NUMBER", 2),
        " and the postcode is ", (spell_letters(pc, 0), "POSTCODE", 3))
    c.a("thank you that's all verified")


def combo_us(ind):
    ssn = make_ssn()
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1945, 2003)
    zipc = digits(5, True)
    c = pos("chat/%s: SSN, DOB and ZIP typed in one message" % ind)
    c.a("Please verify: SSN, date of birth and ZIP.")
    c.c((group(ssn, [3, 2, 4], "-"), "SSN", 1), R.choice([", ", " / ", " "]), ("%02d/%02d/%d" % (m, d, y), "DOB", 2),
        R.choice([", ", " / ", " zip "]), (zipc, "POSTCODE", 3))


def card_filler_inside(ind):
    v = make_card("visa")
    p = chunks(v, [4, 4, 4, 4])
    mid = R.choice(["um", "uh", "erm", "sorry"])
    c = pos("call/%s: card read with hesitation inside one span, amount mentioned after" % ind)
    c.a("right what's the card number")
    c.c((say_digits(p[0]) + " " + say_digits(p[1]) + " " + mid + " " + say_digits(p[2]) + " " + say_digits(p[3]), "CARD_NUMBER", 1),
        " and it's for the %s pound %s bill" % (say_number(R.randint(20, 99)), say_pair(str(R.randint(10, 99)))))
    c.a("okay")


def phone_email_same_turn(ind):
    v = "07" + digits(9)
    f, l, d = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    c = pos("call/%s: phone and email given in the same customer turn" % ind)
    c.a("can i take a contact number and email")
    c.c("yeah mobile's ", (say_digits(v), "PHONE", 1), " and email is ",
        ("%s %s at %s" % (f, l, d.replace(".", " dot ")), "EMAIL", 2), " cheers")
    c.a("brilliant thanks")


def email_fullstop(ind):
    f, l, d = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS[:6])
    c = pos("call/%s: email with 'at sign' and 'full stop' and a year in the local part" % ind)
    c.a("what's your email")
    c.c(("%s %s %s at sign %s" % (f, l, say_year(R.randint(1970, 1999)), d.replace(".", " full stop ")), "EMAIL", 1))
    c.a("thank you")


POS_TEMPLATES = [
    (card_call_one_turn, 9), (card_call_split, 6), (card_call_correction, 3), (card_call_readback, 3),
    (card_chat, 8), (card_cvv_exp_call, 6), (cvv_exp_chat, 8), (cvv_call_twoturn, 4), (expiry_call_variants, 5),
    (ssn_call, 12), (ssn_chat, 10), (ssn_readback, 3), (ssn_last_plus, 4), (combo_us, 5),
    (ni_call, 14), (ni_chat, 10), (ni_readback, 3), (combo_insurance, 6),
    (bank_call, 8), (bank_chat, 8), (us_account_call, 4),
    (iban_chat, 10), (iban_call, 6),
    (phone_call, 10), (phone_split, 3), (phone_chat, 8),
    (email_call, 8), (email_fullstop, 4), (phone_email_same_turn, 6), (card_filler_inside, 6), (email_spelled, 3), (email_chat, 6),
    (dob_call, 8), (dob_chat, 6),
    (postcode_call, 8), (postcode_chat, 6),
    (address_call, 6), (address_chat, 6), (address_move, 4),
]

INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
              "healthcare billing", "government services"]

# ---------------------------------------------------------------- negative templates


def n_amount():
    p, q = R.randint(12, 999), R.randint(10, 99)
    c = neg("call/utilities: balance and payment amounts spoken as words")
    c.a("your current balance is %s pounds %s" % (say_number(p), say_pair(str(q))))
    c.c("okay and if i pay %s today what's left" % say_number(R.randint(10, 99)))
    c.a("that would leave %s pounds and the next bill is due on the %s of %s" % (say_number(R.randint(10, 99)), ORD[R.randint(0, 27)], R.choice(MONTHS)))


def n_order():
    o = digits(R.randint(6, 10), True)
    c = neg("chat/retail: order number typed with reference word")
    c.c("Hi my order number %s hasn't arrived, it was £%d.%02d" % (o, R.randint(5, 300), R.randint(0, 99)))
    c.a("Sorry to hear that! Order %s shows dispatched on %d %s, 2 parcels." % (o, R.randint(1, 28), R.choice(MONTHS).capitalize()))


def n_ticket_call():
    t = digits(R.randint(6, 8), True)
    c = neg("call/telecom: ticket reference read digit by digit with reference word")
    c.a("have you got a reference number for the fault")
    c.c("yeah the ticket reference is %s" % say_digits(t))
    c.a("thanks i can see ticket %s was raised %s days ago" % (say_digits(t, doubles=False), say_number(R.randint(2, 9))))


def n_flight():
    c = neg("call/travel: flight number, times, gate and seat")
    fn = R.choice(["e i", "f r", "b a", "u a"]) + " " + say_number(R.randint(100, 999))
    c.c("i'm booked on %s leaving at %s %s on the %s" % (fn, say_number(R.randint(1, 12)), say_pair(str(R.randint(10, 59))), ORD[R.randint(0, 27)]))
    c.a("okay that flight's delayed by %s minutes and boards from gate %s" % (say_number(R.randint(20, 90)), say_number(R.randint(1, 40))))


def n_flight_chat():
    c = neg("chat/travel: flight code, booking reference and price")
    c.c("Flight %s%d on %02d/%02d, booking ref %s, paid €%d.%02d" % (R.choice(["EI", "FR", "BA", "LH"]), R.randint(100, 9999), R.randint(1, 28), R.randint(1, 12),
        "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), R.randint(40, 900), R.randint(0, 99)))
    c.a("Thanks, I can see 2 passengers and 1 checked bag of 23kg.")


def n_meter():
    r = digits(5, True)
    c = neg("call/utilities: meter reading spoken with the word reading")
    c.a("can you read me the numbers on the meter")
    c.c("yeah the reading is %s and it's the black digits only" % say_digits(r))
    c.a("great that's %s units since the last read in %s" % (say_number(R.randint(100, 999)), R.choice(MONTHS)))


def n_meter_chat():
    c = neg("chat/utilities: gas and electric meter readings typed")
    c.c("Meter readings: elec %05d, gas %05d taken %d/%d at 8:15am" % (R.randint(1000, 99999), R.randint(1000, 99999), R.randint(1, 28), R.randint(1, 12)))
    c.a("Thanks, your estimated bill is £%d.%02d for %d days." % (R.randint(50, 400), R.randint(0, 99), R.randint(28, 92)))


def n_appt():
    c = neg("call/healthcare billing: appointment date and time, not a birth date")
    c.a("i've got you booked for %s the %s of %s at %s fifteen" % (R.choice(["monday", "tuesday", "thursday"]), ORD[R.randint(0, 27)], R.choice(MONTHS), say_number(R.randint(1, 11))))
    c.c("and how much will that cost")
    c.a("the copay is %s dollars and the visit is about %s minutes" % (say_number(R.randint(10, 90)), say_number(R.randint(15, 45))))


def n_claim():
    cl = digits(R.randint(7, 10), True)
    c = neg("chat/insurance: claim number with reference word and excess amount")
    c.c("Claim no. %s - the excess was £%d and the car is a %d model" % (cl, R.choice([100, 250, 350, 500]), R.randint(2009, 2024)))
    c.a("Thanks, claim %s is with the assessor, expect 5-7 working days." % cl)


def n_invoice_call():
    iv = digits(R.randint(6, 9), True)
    c = neg("call/telecom: invoice number read in pairs with reference word")
    c.c("it's about invoice number %s" % say_pairs(iv))
    c.a("yes invoice %s for %s pounds %s" % (say_pairs(iv), say_number(R.randint(20, 199)), say_pair(str(R.randint(10, 99)))))


def n_contract():
    c = neg("call/telecom: contract start date, percentages and data allowance")
    c.a("your contract started on the %s of %s %s and runs for %s months" % (ORD[R.randint(0, 27)], R.choice(MONTHS), say_year(R.randint(2019, 2025)), R.choice(["twelve", "eighteen", "twenty four"])))
    c.c("and is there a price rise")
    c.a("yes it goes up by %s point %s percent in april and you get %s gigs" % (say_number(R.randint(3, 9)), DW[R.randint(1, 9)], say_number(R.randint(10, 100))))


def n_room():
    c = neg("call/travel: hotel room number, nights and rate")
    c.c("i'm in room %s and checking out on the %s" % (say_number(R.randint(101, 940)), ORD[R.randint(0, 27)]))
    c.a("okay that's %s nights at %s euro per night" % (say_number(R.randint(2, 9)), say_number(R.randint(80, 260))))


def n_model():
    c = neg("chat/retail: model number and product specs")
    c.c("My washing machine model %s%d-%d stopped at 1400rpm, it's 3 yrs old" % (R.choice(["WM", "HX", "KQ"]), R.randint(100, 999), R.randint(10, 99)))
    c.a("Thanks. Under warranty? The 5-year cover costs £%d.99." % R.randint(49, 199))


def n_speed():
    c = neg("call/telecom: broadband speeds and durations")
    c.c("i'm paying for %s meg and only getting %s" % (say_number(R.randint(100, 900)), say_number(R.randint(5, 60))))
    c.a("okay the line test took %s seconds and shows %s point %s megabits" % (say_number(R.randint(20, 90)), say_number(R.randint(5, 60)), DW[R.randint(1, 9)]))


def n_age_temp():
    c = neg("call/utilities: age, temperature and heating hours")
    c.c("my mother's %s and the house is only %s degrees" % (say_number(R.randint(70, 95)), say_number(R.randint(11, 17))))
    c.a("i understand i'll mark that as priority and we'll have someone there within %s hours" % say_number(R.randint(2, 24)))


def n_year_counts():
    c = neg("chat/banking: years, counts and interest rates")
    c.c("I've banked with you since %d and have %d accounts. Rate is %d.%d%%?" % (R.randint(1985, 2015), R.randint(2, 4), R.randint(1, 6), R.randint(0, 9)))
    c.a("Yes, %d.%02d%% AER variable, paid monthly on the 1st." % (R.randint(1, 5), R.randint(0, 99)))


def n_balance_call():
    c = neg("call/banking: balance and transaction amounts with dates")
    c.a("your available balance is %s thousand %s hundred and %s pounds" % (DW[R.randint(1, 9)], DW[R.randint(1, 9)], say_number(R.randint(11, 99))))
    c.c("and the payment on the %s of %s for %s ninety nine" % (ORD[R.randint(0, 27)], R.choice(MONTHS), say_number(R.randint(10, 99))))
    c.a("yes that went out on the %s" % ORD[R.randint(0, 27)])


def n_gov_ref():
    ref = digits(R.randint(8, 10), True)
    c = neg("chat/government services: application reference and fee")
    c.c("My application reference is %s, I paid the £%d fee on %d %s" % (ref, R.choice([75, 82, 95, 120]), R.randint(1, 28), R.choice(MONTHS).capitalize()))
    c.a("Thanks, reference %s is at stage 3 of 4; allow 10 working days." % ref)


def n_case_call():
    ref = digits(R.randint(6, 9), True)
    c = neg("call/insurance: case number split across turns with reference word")
    c.a("what's the case number")
    c.c("case number %s" % say_digits(ref[:3]))
    c.a("mhm")
    c.c("%s" % say_digits(ref[3:]))
    c.a("okay case %s found" % say_digits(ref, doubles=False))


def n_times():
    c = neg("call/healthcare billing: opening hours and waiting times")
    c.a("we're open from %s till %s thirty and the wait is about %s minutes" % (DW[R.randint(7, 9)], DW[R.randint(4, 8)], say_number(R.randint(10, 45))))
    c.c("okay i'll call back at %s" % R.choice(["half two", "quarter past four", "ten to six", "three o'clock"]))


def n_parcel():
    c = neg("chat/retail: quantities, weights and a tracking number with reference word")
    c.c("Tracking number %s says 3 of 4 items delivered, 2.5kg" % digits(10, True))
    c.a("Sorry! The 4th item (qty 1, £%d.%02d) ships within 48 hours." % (R.randint(5, 99), R.randint(0, 99)))


def n_policy_years():
    c = neg("call/insurance: policy renewal date and premium")
    c.a("your policy renews on the %s of %s and the premium is %s pounds %s a month" % (ORD[R.randint(0, 27)], R.choice(MONTHS), say_number(R.randint(20, 99)), say_pair(str(R.randint(10, 99)))))
    c.c("it was %s last year" % say_number(R.randint(15, 90)))


def n_card_last4():
    c = neg("call/banking: spending limit and statement days, no card data")
    c.a("your credit limit is %s thousand and the statement comes on the %s" % (say_number(R.randint(2, 15)), ORD[R.randint(0, 27)]))
    c.c("and the minimum payment is what %s percent" % DW[R.randint(2, 5)])


def n_roaming():
    c = neg("chat/telecom: roaming prices and bundle sizes")
    c.c("How much is roaming in the US? I'm there 14 days from 03/07")
    c.a("It's £%d.%02d/day for 5GB, or 30 mins for £%d." % (R.randint(2, 9), R.randint(0, 99), R.randint(3, 12)))


def n_tax_year():
    c = neg("call/government services: tax year, amounts and percentages")
    c.a("for the %s %s tax year you paid %s pounds at twenty percent" % (say_year(2024), say_pair("25"), say_number(R.randint(200, 999))))
    c.c("and is the refund due in %s" % R.choice(MONTHS))
    c.a("within %s weeks" % say_number(R.randint(2, 8)))


NEG_TEMPLATES = [n_amount, n_order, n_ticket_call, n_flight, n_flight_chat, n_meter, n_meter_chat,
                 n_appt, n_claim, n_invoice_call, n_contract, n_room, n_model, n_speed, n_age_temp,
                 n_year_counts, n_balance_call, n_gov_ref, n_case_call, n_times, n_parcel,
                 n_policy_years, n_card_last4, n_roaming, n_tax_year]


def build():
    R.seed(SEED)
    POS.clear()
    NEG.clear()
    k = 0
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            fn(INDUSTRIES[k % len(INDUSTRIES)])
            k += 1
    for rep in range(5):
        for fn in NEG_TEMPLATES:
            fn()
    out = []
    for i, c in enumerate(POS):
        c.id = "h17-pos-%03d" % (i + 1)
        out.append(c)
    for i, c in enumerate(NEG):
        c.id = "h17-neg-%03d" % (i + 1)
        out.append(c)
    return out


def to_json(c):
    return json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note},
                      ensure_ascii=False)


# ---------------------------------------------------------------- normalisation / validation
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0", "to": "2", "too": "2",
                "for": "4", "ate": "8", "won": "1"})
FILLERS = {"um", "uh", "er", "erm", "ah", "and", "then", "sorry", "slash", "dash", "plus"}


def spoken_to_chars(text, letters=False):
    """Turn a span (typed or spoken) into a compact string of digits/letters."""
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if letters and len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper())
            i += 3
            if i < len(toks) and toks[i - 1] == "x" and toks[i] == "ray":
                i += 1
            continue
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS[2:]:
            d = str(TENS.index(t))
            if nxt in DW[1:]:
                out.append(d + WORDNUM[nxt])
                i += 1
            else:
                out.append(d + "0")
        elif letters and len(t) == 1 and t.isalpha() and t != "o":
            out.append(t.upper())
        elif t in WORDNUM:
            out.append(WORDNUM[t])
        elif t in FILLERS:
            pass
        elif letters and t.isalnum():
            out.append(t.upper())
        else:
            out.append("?" + t + "?")
        i += 1
    return "".join(out)


def validate(typ, texts):
    """texts: list of span texts forming one value.  Returns error string or None."""
    joined = " ".join(texts)
    if typ == "CARD_NUMBER":
        d = spoken_to_chars(joined)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
            return "bad card %r -> %r" % (joined, d)
    elif typ == "CVV":
        d = spoken_to_chars(joined)
        if not (d.isdigit() and len(d) in (3, 4)):
            return "bad cvv %r" % joined
    elif typ == "SSN":
        d = spoken_to_chars(joined)
        if not (d.isdigit() and len(d) == 9):
            return "bad ssn %r -> %r" % (joined, d)
    elif typ == "SORT_CODE":
        d = spoken_to_chars(joined)
        if not (d.isdigit() and len(d) == 6):
            return "bad sort code %r -> %r" % (joined, d)
    elif typ == "BANK_ACCOUNT":
        d = spoken_to_chars(joined)
        if not (d.isdigit() and 6 <= len(d) <= 12):
            return "bad account %r -> %r" % (joined, d)
    elif typ == "PHONE":
        d = spoken_to_chars(joined)
        if not (d.isdigit() and 10 <= len(d) <= 13):
            return "bad phone %r -> %r" % (joined, d)
    elif typ == "NI_NUMBER":
        d = spoken_to_chars(joined, letters=True)
        if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", d):
            return "bad NI %r -> %r" % (joined, d)
    elif typ == "IBAN":
        d = spoken_to_chars(joined, letters=True)
        if not (d[:2] in IBAN_LEN and len(d) == IBAN_LEN[d[:2]] and iban_ok(d)):
            return "bad iban %r -> %r" % (joined, d)
    elif typ == "POSTCODE":
        d = spoken_to_chars(joined, letters=True)
        if not (re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", d) or re.fullmatch(r"\d{5}(\d{4})?", d)):
            return "bad postcode %r -> %r" % (joined, d)
    elif typ == "EMAIL":
        if "@" in joined:
            if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", joined):
                return "bad email %r" % joined
        else:
            w = joined.lower().split()
            if len(texts) == 1 and not ("at" in w and ("dot" in w or "stop" in w)):
                return "bad spoken email %r" % joined
    elif typ == "DOB":
        low = joined.lower()
        if not (any(m in low for m in MONTHS) or any(m.capitalize()[:3].lower() in low for m in MONTHS)
                or re.search(r"\d", low) or re.search(r"(nineteen|two thousand)", low)):
            return "bad dob %r" % joined
        if not re.search(r"(19|20)\d\d|nineteen|two thousand|\d\d$|\b(oh|o|zero) [a-z]+$|" + "|".join(TENS[2:]), low):
            return "dob without year %r" % joined
    elif typ == "EXPIRY":
        low = joined.lower()
        d = spoken_to_chars(low) if not any(m in low for m in MONTHS) else None
        if d is not None and not (d.isdigit() and len(d) in (3, 4, 6) and 1 <= int(d[:2] if len(d) != 3 else d[:1]) <= 12):
            return "bad expiry %r -> %r" % (joined, d)
    elif typ == "ADDRESS":
        if not re.search(r"(street|road|avenue|lane|drive|close|court|way|crescent|boulevard|place|terrace|st|rd|ave|dr|ln|blvd|ct|pl)\.?$", joined.lower()):
            return "bad address %r" % joined
        if not re.match(r"^(apt \d+, |flat \d+, )?(\d+|" + "|".join(DW[1:] + TEENS + TENS[2:]) + r")\b", joined.lower()):
            return "address without number %r" % joined
    else:
        return "unknown type %s" % typ
    return None


def check(cases, lines_on_disk):
    errs = []
    regenerated = [to_json(c) + "\n" for c in cases]
    if lines_on_disk != regenerated:
        errs.append("cases.jsonl differs from regenerated output (run without --check)")
    ids = [c.id for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c in cases:
        if c.kind == "negative":
            nneg += 1
            if c.spans:
                errs.append("%s: negative with spans" % c.id)
            continue
        npos += 1
        if not c.spans:
            errs.append("%s: positive without spans" % c.id)
        for t in c.turns:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append("%s: bad turn" % c.id)
        bytrn = {}
        for s in c.spans:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (c.id, s["type"]))
                continue
            counts[s["type"]] += 1
            txt = c.turns[s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append("%s: offsets out of range" % c.id)
                continue
            seg = txt[st:en]
            if seg != seg.strip() or not seg[0].isalnum() and seg[0] not in "+(" or not seg[-1].isalnum() and seg[-1] != ".":
                errs.append("%s: span edges not clean %r" % (c.id, seg))
            if st > 0 and txt[st - 1].isalnum():
                errs.append("%s: span start not on word boundary %r" % (c.id, seg))
            if en < len(txt) and txt[en].isalnum():
                errs.append("%s: span end not on word boundary %r" % (c.id, seg))
            bytrn.setdefault(s["turn"], []).append((st, en))
        for tr, lst in bytrn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans in turn %d" % (c.id, tr))
        groups = {}
        for s, (grp, typ, partial) in zip(c.spans, c.meta):
            if partial:
                d = spoken_to_chars(c.turns[s["turn"]]["text"][s["start"]:s["end"]])
                if not d.isdigit():
                    errs.append("%s: partial fragment not digits" % c.id)
                continue
            groups.setdefault((grp, typ), []).append(c.turns[s["turn"]]["text"][s["start"]:s["end"]])
        for (grp, typ), texts in groups.items():
            if typ == "EMAIL" and grp == 2:
                continue  # spelled surname fragment of an e-mail
            e = validate(typ, texts)
            if e:
                errs.append("%s: %s" % (c.id, e))
    return errs, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h17

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and changing the redactor to fix them makes it worthless.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
read the redaction code, its tests, its documentation or any other PII fixture;
the only data seen was a three-line example of the JSONL format. Cases are
produced by `scripts/make_pii_holdout17.py` from template functions: each turn
is assembled from plain-text segments and labelled (value, TYPE) segments so
character offsets are computed, never typed by hand. All values come from a
single `random.Random(%d)`, so the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout17.py --check` regenerates the file, compares
it, and validates ids, offsets, word boundaries, overlaps and every value after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI pattern, 9-digit
SSN, 6-digit sort code, digit counts for CVV/phone/account, postcode shapes).

## Contents

- %d positive cases, %d negative cases (negatives have `"spans": []`).
- Chat cases: typed values with varied separators, case and neighbouring
  non-PII numbers (amounts, claim/order numbers, non-birth dates).
- Call cases: ASR-style lower-case text; numbers as words ("oh", "o",
  "nought", "zero"), "double"/"triple", pairs ("forty one eleven"), years
  ("nineteen eighty five"), homophones ("for", "to", "too", "ate", "won"),
  NATO spelling ("b for bravo"), e-mails as "j dot doe at gmail dot com",
  values split over several customer turns with agent back-channels,
  self-corrections and agent read-backs.
- Negatives: money, balances, prices, times, durations, counts, years,
  percentages, appointment/contract/payment dates, order/ticket/claim/invoice/
  case/application references said with their reference word, flight numbers,
  room numbers, model numbers, meter readings, speeds, ages, temperatures.

## Annotation conventions

- A span covers the value only: from its first to its last character/word.
  Lead-ins ("it's", "my number is", "sort", "exp") and leading/trailing
  fillers ("um", "yeah", "that's it") are outside.
- A hesitation ("um", "erm", "sorry") in the middle of one continuous card
  reading is inside that single span. Where a value is given in chunks with
  something in between (fillers, "no sorry", "then"), each chunk is its own
  span of the same type and the words in between are unlabelled.
- Values split across turns: each turn's fragment is a separate span of the
  same type. A self-corrected wrong fragment is also labelled (it is still PII
  the caller spoke). Agent read-backs of a value are labelled too.
- Phone spans include a spoken or typed international prefix ("plus four four",
  "+44"); US "(212)" brackets are inside the span.
- Expiry spans include words like "end of" only when part of the date reading
  ("end of march twenty eight"); "valid thru" is outside.
- DOB spans include "the" and "of" in "the fifth of may nineteen ninety".
- E-mail spans cover the whole address as spoken, including "dot"/"at"/
  "underscore"; a surname spelled out afterwards is labelled as EMAIL too.
- Address spans cover house number (or "Apt 4, " / "Flat 3, " prefix) to street
  suffix; town names are outside; postcodes/ZIPs are separate POSTCODE spans.
- Postcode spans cover all letters/digits as spoken, NATO words included.
- IBAN spans cover the whole code; when spelled over two turns, one span per turn.

## Counts per type (spans)

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases = build()
    if "--check" in sys.argv[1:]:
        try:
            with open(CASES, encoding="utf-8") as fh:
                lines = fh.readlines()
        except OSError as e:
            print("cannot read %s: %s" % (CASES, e))
            return 1
        errs, counts, npos, nneg = check(cases, lines)
        if npos < 170:
            errs.append("only %d positives" % npos)
        if nneg < 100:
            errs.append("only %d negatives" % nneg)
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if counts[t] < need:
                errs.append("type %s has %d spans (< %d)" % (t, counts[t], need))
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for e in errs:
            print("ERROR", e)
        if errs:
            print("CHECK FAILED (%d problems)" % len(errs))
            return 1
        print("CHECK OK")
        return 0
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as fh:
        for c in cases:
            fh.write(to_json(c) + "\n")
    errs, counts, npos, nneg = check(cases, [to_json(c) + "\n" for c in cases])
    with open(README, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(counts, npos, nneg))
    print("wrote %d cases (%d positive, %d negative) to %s" % (len(cases), npos, nneg, CASES))
    if errs:
        print("warning: %d validation problems; run --check" % len(errs))
    return 0


if __name__ == "__main__":
    sys.exit(main())

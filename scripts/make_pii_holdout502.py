#!/usr/bin/env python3
"""Generate the pii_holdout502 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout502.py          # write cases.jsonl
    python scripts/make_pii_holdout502.py --check  # regenerate and verify

Standard library only. Every turn is assembled from plain segments and
labelled value segments, so all offsets are computed, never typed.
"""
import json
import os
import re
import random
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout502")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(502241125)

# --------------------------------------------------------------------------
# spoken-number helpers
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "cat", "d": "david", "e": "edward",
        "f": "freddie", "g": "george", "h": "harry", "j": "john", "k": "king",
        "l": "london", "m": "mother", "n": "nellie", "p": "peter", "r": "robert",
        "s": "sugar", "t": "tommy", "w": "william", "x": "xylophone", "y": "yellow",
        "z": "zebra", "o": "orange"}
FILL = ["um", "uh", "er", "erm"]


def zero_word(region):
    if region == "US":
        return R.choice(["oh", "oh", "zero"])
    return R.choice(["oh", "oh", "nought", "zero", "o"])


def say_digits(s, zw, runs=True, treble=False):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        n = j - i
        w = zw if s[i] == "0" else UNITW[int(s[i])]
        if runs and n >= 2 and R.random() < 0.75:
            if n == 2:
                out.append("double " + w)
            elif n == 3:
                out.append(("treble " if treble and R.random() < 0.7 else "triple ") + w)
            else:
                out.append("double " + w + " double " + w)
                if n > 4:
                    out.extend([w] * (n - 4))
        else:
            out.extend([w] * n)
        i = j
    return " ".join(out)


def say_pair(c, zw):
    if c[0] == "0":
        return zw + " " + (zw if c[1] == "0" else UNITW[int(c[1])])
    if c[0] == "1":
        return TEENW[int(c[1])]
    if c[1] == "0":
        return TENSW[int(c[0])]
    return TENSW[int(c[0])] + " " + UNITW[int(c[1])]


def say_hundreds(c, uk=True):
    h = UNITW[int(c[0])] + " hundred"
    t = c[1:]
    if t[0] == "0":
        return h + " and " + UNITW[int(t[1])]
    tail = say_pair(t, "oh")
    return h + (" and " if uk else " ") + tail


def can_hundreds(c):
    return (len(c) == 3 and c[0] != "0" and c[1:] != "00"
            and (c[1] in "01" or c[2] != "0"))


def say_chunk(c, zw, style, treble=False):
    """Render one digit chunk in a given style; returns words."""
    if style == "hund" and can_hundreds(c):
        return say_hundreds(c)
    if style == "pairs" and len(c) % 2 == 0:
        return " ".join(say_pair(c[k:k + 2], zw) for k in range(0, len(c), 2))
    return say_digits(c, zw, treble=treble)


def fix_ambiguity(words_list):
    # a chunk ending in a bare tens word must not be followed by a unit word
    units = set(UNITW[1:])
    return words_list


def chunks(s, sizes):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def say_grouped(s, sizes, zw, styles=("digits",), treble=False):
    parts = []
    cs = chunks(s, sizes)
    for k, c in enumerate(cs):
        st = R.choice(styles)
        w = say_chunk(c, zw, st, treble)
        parts.append(w)
    # disambiguate bare tens (e.g. "forty") followed by a unit word
    for k in range(len(parts) - 1):
        last = parts[k].split()[-1]
        first = parts[k + 1].split()[0]
        if last in TENSW[2:] and first in UNITW[1:]:
            c = cs[k]
            parts[k] = say_digits(c, zw, treble=treble)
    return parts


def spell(s, zw, nato_p=0.3, region="UK"):
    """Spell an alphanumeric string char by char (letters maybe with NATO)."""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(zw if ch == "0" else UNITW[int(ch)])
        else:
            l = ch.lower()
            if l == "o" or R.random() < nato_p:
                word = NATO[l] if (region == "US" or R.random() < 0.6 or l not in FOLK) else FOLK[l]
                out.append(l + R.choice([" for ", " as in ", " for "]) + word)
            else:
                out.append(l)
    return " ".join(out)


def num_words(n):
    if n < 10:
        return UNITW[n]
    if n < 20:
        return TEENW[n - 10]
    if n < 100:
        return TENSW[n // 10] + ("" if n % 10 == 0 else " " + UNITW[n % 10])
    if n < 1000:
        r = n % 100
        return UNITW[n // 100] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    r = n % 1000
    s = num_words(n // 1000) + " thousand"
    if r == 0:
        return s
    if r < 100:
        return s + " and " + num_words(r)
    return s + " " + num_words(r)


# --------------------------------------------------------------------------
# value generators
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        p, n = "4", 16
    elif kind == "mc":
        p, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        p, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        p, n = "6011", 16
    elif kind == "visa13":
        p, n = "4", 13
    else:
        p, n = R.choice(["6759", "6763"]), 19
    body = p + "".join(R.choice("0123456789") for _ in range(n - len(p) - 1))
    # add some runs so 'double'/'treble' appear
    if R.random() < 0.5:
        k = R.randrange(len(p), n - 3)
        d = R.choice("0123456789")
        body = body[:k] + d * 2 + body[k + 2:]
    return luhn_complete(body)


def card_groups(n):
    if n == 15:
        return R.choice([[4, 6, 5], [4, 4, 4, 3], [5, 5, 5]])
    if n == 13:
        return R.choice([[4, 4, 5], [4, 3, 3, 3]])
    if n == 19:
        return R.choice([[4, 4, 4, 4, 3], [6, 13]])
    return R.choice([[4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 4, 4, 4], [3, 3, 3, 3, 4], [8, 8], [5, 5, 6]])


def fmt_groups(s, sizes, sep):
    return sep.join(chunks(s, sizes))


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_P1 = "ABCEGHJKLMNPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_P1) + R.choice(NI_P2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def gen_digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    if R.random() < 0.5:
        k = R.randrange(0, n - 1)
        s = s[:k] + s[k] * 2 + s[k + 2:]
    return s[:n]


def iban_check(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_digits(6) + gen_digits(8)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + gen_digits(6) + gen_digits(8)
    elif cc == "DE":
        bban = gen_digits(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABO", "INGB"]) + gen_digits(10)
    elif cc == "ES":
        bban = gen_digits(20)
    else:
        bban = gen_digits(10) + gen_digits(11) + gen_digits(2)
    return cc + iban_check(cc, bban) + bban


def iban_ok(s):
    lens = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "ES": 24, "FR": 27}
    if s[:2] not in lens or len(s) != lens[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "G", "EH", "CF", "BT", "NE",
            "L", "S", "BS", "NG", "LE", "CR", "KT", "DN", "PR", "CH", "TW", "BA"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 29)) if R.random() < 0.7 else str(R.randint(1, 9))
    if a in ("SW", "W", "EC") and R.random() < 0.2:
        d = str(R.randint(1, 9)) + R.choice("AW")
    return a + d + " " + str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)


EIR_KEYS = ["D02", "D04", "D06", "D08", "D12", "D15", "D24", "A65", "A94", "T12",
            "T23", "H91", "V94", "F92", "W23", "K78", "R95", "X91", "Y35", "D6W"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def gen_eircode():
    return R.choice(EIR_KEYS) + " " + R.choice("ACDEFHKNPRTVWXY") + "".join(R.choice(EIR_CH) for _ in range(3))


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.3:
        z += "-%04d" % R.randint(1, 9999)
    return z


UK_MOBILE_PFX = ["07700", "07911", "07123", "07400", "07825", "07756", "07984", "07388"]


def gen_phone(kind):
    if kind == "ukmob":
        return R.choice(UK_MOBILE_PFX) + gen_digits(6)
    if kind == "ukland":
        return R.choice(["020", "0161", "0113", "0131", "0141", "0117", "0191", "028", "01632"]) \
            + gen_digits(7 if R.random() < 0.5 else 6)
    if kind == "iemob":
        return R.choice(["083", "085", "086", "087", "089"]) + gen_digits(7, True)
    if kind == "ieland":
        return R.choice(["01", "021", "091", "061"]) + gen_digits(7, True)
    return str(R.randint(201, 989)) + str(R.randint(200, 989)) + gen_digits(4)


FIRST = ["sean", "aoife", "niamh", "ciaran", "siobhan", "gareth", "rhiannon", "kirsty",
         "hamish", "priya", "tomasz", "marta", "darren", "leanne", "kev", "jo", "deirdre",
         "padraig", "bridget", "callum", "ewan", "fiona", "maria", "josh", "tanya", "dale"]
LAST = ["murphy", "obrien", "kelly", "walsh", "byrne", "jones", "evans", "davies",
        "macleod", "campbell", "patel", "kowalski", "smith", "taylor", "brown", "hughes",
        "fitzgerald", "doyle", "mcgrath", "reilly", "morgan", "nolan", "price", "garcia"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "eircom.net",
           "btinternet.com", "icloud.com", "live.ie", "sky.com", "aol.com", "virginmedia.com"]
STREETS = ["Mill Lane", "Church Street", "High Street", "Station Road", "Kings Road",
           "Victoria Terrace", "Glenview Park", "Oak Avenue", "Riverside Drive", "Main Street",
           "Castle View", "Beech Grove", "Abbey Road", "Harbour Close", "Meadow Way",
           "Clonard Crescent", "St Brendan's Avenue", "Ormeau Road", "Dalkey Avenue",
           "Elm Court", "Maple Street", "Sunset Boulevard", "Jefferson Avenue"]
TOWNS_UK = ["Leeds", "Cardiff", "Belfast", "Glasgow", "Manchester", "Bristol", "Croydon", "Newcastle"]
TOWNS_IE = ["Dublin 4", "Cork", "Galway", "Limerick", "Drogheda", "Tralee", "Navan"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def sfx(d):
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def say_year(y):
    if 2000 <= y <= 2009:
        return R.choice(["two thousand and ", "two thousand "]) + UNITW[y - 2000] if y != 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num_words(hi) + " hundred"
    if lo < 10:
        return num_words(hi) + " " + R.choice(["oh", "o"]) + " " + UNITW[lo]
    return num_words(hi) + " " + num_words(lo)


# --------------------------------------------------------------------------
# case building
CASES = []
GROUPS = []  # (case_id, type, [span texts]) used for value validation


class V:
    def __init__(self, text, typ, g=None):
        self.text, self.typ, self.g = text, typ, g


_gid = [0]


def newg():
    _gid[0] += 1
    return _gid[0]


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.grp = [], [], {}

    def t(self, speaker, *segs):
        text, idx = "", len(self.turns)
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                self.spans.append({"turn": idx, "start": start, "end": len(text), "type": s.typ})
                g = s.g if s.g is not None else newg()
                self.grp.setdefault(g, (s.typ, []))[1].append(s.text)
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


def add(case):
    CASES.append(case)


def cap(s):
    return s[0].upper() + s[1:] if s else s


def fill():
    return R.choice(FILL)


def back():
    return R.choice(["mhm", "go on", "yep", "ok", "right", "uh huh", "yeah go on", "grand", "lovely", "and then"])


# --------------------------------------------------------------------------
# positive templates
def p_card_chat():
    card = gen_card()
    sizes = card_groups(len(card))
    sep = R.choice([" ", " ", "-", "", ".", "  "])
    shown = fmt_groups(card, sizes, sep)
    exp_m, exp_y = R.randint(1, 12), R.randint(25, 31)
    exp = R.choice(["%02d/%02d" % (exp_m, exp_y), "%02d/20%02d" % (exp_m, exp_y),
                    "%02d-%02d" % (exp_m, exp_y), "%s %02d" % (MONTHS[exp_m - 1][:3].title(), exp_y)])
    cvv = gen_digits(4 if card[:2] in ("34", "37") else 3)
    ind = R.choice(["retail", "travel", "telecom", "utilities", "insurance"])
    c = Case("positive", "chat: %s card typed with expiry/CVV" % ind)
    c.a("Thanks for waiting. To take the payment of \u00a3%d.%02d I'll need the long card number please." % (R.randint(5, 900), R.randint(0, 99)))
    lab = R.choice(["card no: ", "Card number ", "its ", "", "cc# ", "the number on the front is "])
    c.c(cap(lab) if lab else "", V(shown, "CARD_NUMBER"))
    if R.random() < 0.8:
        c.c(R.choice(["exp ", "expiry ", "expires ", "valid thru "]), V(exp, "EXPIRY"),
            R.choice([" cvv ", " and the 3 digits on the back are ", " sec code ", ", security code: "]), V(cvv, "CVV"))
    c.a("Thank you, that's gone through. Your order ref is %s." % gen_digits(8))
    add(c)


def p_card_spoken_split(region=None):
    region = region or R.choice(["UK", "UK", "IE", "US"])
    zw = zero_word(region)
    card = gen_card()
    sizes = card_groups(len(card))
    styles = R.choice([("digits",), ("digits", "pairs"), ("pairs",), ("digits", "hund")])
    parts = say_grouped(card, sizes, zw, styles, treble=region != "US")
    g = newg()
    ind = R.choice(["banking", "telecom", "utilities", "retail", "travel", "insurance", "healthcare billing"])
    c = Case("positive", "asr %s: card read over several turns (%s), %s" % (region, "/".join(styles), ind))
    c.a(R.choice(["ok so whenever you're ready the long number on the front of the card",
                  "can i take the sixteen digit number please", "right go ahead with the card number"]))
    i = 0
    while i < len(parts):
        k = R.choice([1, 1, 2])
        segs = []
        if i == 0:
            segs.append(R.choice(["yeah it's ", "ok ", "right so ", "", "em "]))
        for j in range(i, min(i + k, len(parts))):
            if j > i:
                segs.append(R.choice([" ", " ", " " + fill() + " "]))
            segs.append(None)
        # merge consecutive value pieces into one span if they are in the same turn
        text = ""
        for j in range(i, min(i + k, len(parts))):
            if text:
                text += R.choice([" ", " ", " " + fill() + " "])
            text += parts[j]
        lead = segs[0] if isinstance(segs[0], str) else ""
        c.c(lead, V(text, "CARD_NUMBER", g))
        i += k
        if i < len(parts):
            c.a(back())
    if R.random() < 0.5:
        rb = say_grouped(card, sizes, zw, ("digits",))
        c.a("let me just read that back ", V(" ".join(rb), "CARD_NUMBER"), " is that right")
        c.c(R.choice(["yep that's it", "yes", "that's right yeah"]))
    if R.random() < 0.7:
        m, y = R.randint(1, 12), R.randint(25, 31)
        if R.random() < 0.5:
            e = say_pair("%02d" % m, zw) + " " + say_pair("%02d" % y, zw)
        else:
            e = MONTHS[m - 1] + R.choice([" twenty ", " ", " " + fill() + " twenty "]) + num_words(y)
        c.a("and the expiry")
        c.c(V(e, "EXPIRY"))
        cvv = gen_digits(3)
        c.a("and the last three on the back")
        c.c(R.choice(["", "it's ", "uh "]), V(say_digits(cvv, zw), "CVV"))
    add(c)


def p_card_restart():
    region = R.choice(["UK", "IE", "US"])
    zw = zero_word(region)
    card = gen_card()
    sizes = [4, 4, 4, 4, 4][: (len(card) + 3) // 4]
    parts = say_grouped(card, sizes, zw, ("digits",), treble=True)
    c = Case("positive", "asr %s: card reading with false start/correction and an aside" % region)
    c.a("go ahead with the card number when you're ready")
    wrong = say_digits(card[:3], zw, runs=False)
    first = " ".join(parts[:2])
    # false start (labelled, it discloses digits), correction, restart
    g = newg()
    c.c("ok ", V(wrong, "CARD_NUMBER"), R.choice([" no sorry ", " hang on that's the wrong card ", " wait sorry let me start again "]),
        V(first, "CARD_NUMBER", g))
    c.a(back())
    c.c(V(parts[2], "CARD_NUMBER", g), R.choice([" sorry the kids are shouting ", " hold on let me get my glasses ", " bear with me "]),
        V(" ".join(parts[3:]), "CARD_NUMBER", g))
    c.a(R.choice(["thank you", "lovely thanks", "ok got that"]), ". and that's the card ending in ",
        V(say_digits(card[-4:], zw, runs=False), "CARD_NUMBER"), " yeah")
    c.c("yeah that's the one")
    # validation: first+second group are one value
    add(c)
    return c


def p_card_typed_split():
    card = gen_card()
    sizes = card_groups(len(card))
    cs = chunks(card, sizes)
    g = newg()
    c = Case("positive", "chat: card typed across several messages with agent prompts")
    c.a("Please type the card number. You can send it in parts if easier.")
    half = len(cs) // 2
    c.c(R.choice(["ok first bit ", "", "here: "]), V(" ".join(cs[:half]), "CARD_NUMBER", g))
    c.a(R.choice(["Got it, and the rest?", "Thanks, go on", "ok"]))
    c.c(V(R.choice([" ", "-"]).join(cs[half:]), "CARD_NUMBER", g), R.choice(["", " thats it", " \U0001F44D"]))
    if R.random() < 0.5:
        c.note += "; last four repeated after full card (labelled)"
        c.a("Thanks. For security the card ending ", V(card[-4:], "CARD_NUMBER"), " will be charged \u00a3%d.00 today." % R.randint(10, 300))
    add(c)


def p_ssn():
    ssn = gen_ssn()
    ind = R.choice(["healthcare billing", "insurance", "government services", "banking", "telecom"])
    if R.random() < 0.45:
        f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        c = Case("positive", "chat US %s: SSN typed" % ind)
        c.a("To verify your identity please provide your Social Security number.")
        c.c(R.choice(["ssn: ", "SSN is ", "social is ", "", "my ss# ", "Its "]), V(f, "SSN"))
        if R.random() < 0.4:
            z = gen_zip()
            c.a("And the ZIP code on file?")
            c.c(V(z, "POSTCODE"))
        c.a("Thank you, you're verified. Your claim number is %s." % gen_digits(10))
    else:
        zw = zero_word("US")
        c = Case("positive", "asr US %s: SSN spoken" % ind)
        c.a("can i get your social security number please")
        mode = R.random()
        if mode < 0.4:
            c.c("sure it's ", V(say_digits(ssn[:3], zw) + " " + say_digits(ssn[3:5], zw) + " " + say_digits(ssn[5:], zw), "SSN"))
        elif mode < 0.75:
            g = newg()
            c.c(R.choice(["yeah ", "uh ", ""]), V(say_digits(ssn[:3], zw), "SSN", g))
            c.a(back())
            c.c(V(say_chunk(ssn[3:5], zw, R.choice(["digits", "pairs"])), "SSN", g))
            c.a(back())
            c.c(V(say_chunk(ssn[5:], zw, R.choice(["digits", "pairs"])), "SSN", g))
        else:
            c.c("ok ", V(say_digits(ssn[:3], zw) + " " + fill() + " " + say_digits(ssn[3:5], zw) + " " + say_chunk(ssn[5:], zw, "pairs"), "SSN"))
        if R.random() < 0.5:
            c.a("thank you so that's ", V(say_digits(ssn, zw, runs=False), "SSN"))
            c.c("correct")
        if R.random() < 0.4:
            d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2002)
            c.a("and your date of birth")
            c.c(V(MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y), "DOB"))
    add(c)


def p_ni():
    ni = gen_ni()
    ind = R.choice(["government services", "payroll", "benefits", "pensions", "insurance", "banking"])
    if R.random() < 0.4:
        f = R.choice([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                      "%s%s %s" % (ni[:2], ni[2:8], ni[8]), "%s-%s-%s" % (ni[:2], ni[2:8], ni[8]),
                      "%s %s %s" % (ni[:2].lower(), ni[2:8], ni[8].lower())])
        c = Case("positive", "chat UK %s: NI number typed" % ind)
        c.a("Could you confirm your National Insurance number?")
        c.c(R.choice(["NI no: ", "ni number ", "NINO ", "its ", "", "National insurance: "]), V(f, "NI_NUMBER"))
        if R.random() < 0.3:
            c.a("Thanks. That's ", V(ni, "NI_NUMBER"), ", correct?")
            c.c("yes")
    else:
        zw = zero_word("UK")
        nato = R.choice([0.0, 0.4, 1.0])
        L = spell(ni[:2], zw, nato)
        D = say_grouped(ni[2:8], R.choice([[2, 2, 2], [3, 3], [6], [2, 4]]), zw,
                        R.choice([("digits",), ("pairs",), ("digits", "pairs")]), treble=True)
        S = spell(ni[8], zw, nato)
        c = Case("positive", "asr UK %s: NI number spoken (letters%s)" % (ind, " NATO" if nato else ""))
        c.a("and your national insurance number please")
        if R.random() < 0.5:
            c.c(R.choice(["yeah it's ", "right ", "em ", ""]), V(L + " " + " ".join(D) + " " + S, "NI_NUMBER"))
        else:
            g = newg()
            c.c(R.choice(["ok ", "", "hang on it's "]), V(L + " " + D[0], "NI_NUMBER", g))
            c.a(back())
            rest = D[1:]
            c.c(V((" " + fill() + " ").join(rest) + " " + S if rest else S, "NI_NUMBER", g))
        if R.random() < 0.45:
            c.a("so that's ", V(spell(ni[:2], zw, 1.0) + " " + say_digits(ni[2:8], zw, runs=False) + " " + ni[8].lower(), "NI_NUMBER"))
            c.c(R.choice(["that's it", "yep", "spot on"]))
    add(c)


def p_uk_bank():
    region = R.choice(["UK", "UK", "IE"]) if R.random() < 0.85 else "UK"
    zw = zero_word(region)
    sc = gen_digits(6)
    acc = gen_digits(8)
    ind = R.choice(["banking", "utilities direct debit", "payroll", "insurance refund", "telecom direct debit"])
    if R.random() < 0.35:
        c = Case("positive", "chat %s: sort code and account typed" % ind)
        c.a("Please send the sort code and account number for the direct debit.")
        scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (sc[:2], sc[2:4], sc[4:])
        accf = R.choice([acc, acc[:4] + " " + acc[4:], acc[:2] + "-" + acc[2:]])
        if R.random() < 0.5:
            c.c(R.choice(["sort code ", "s/c: ", "sc "]), V(scf, "SORT_CODE"), R.choice([" acc ", " acct no: ", ", account number ", " a/c "]), V(accf, "BANK_ACCOUNT"))
        else:
            c.c(V(scf, "SORT_CODE"))
            c.c(V(accf, "BANK_ACCOUNT"))
        c.a("Thanks, the first collection of \u00a3%d.%02d will be on the %d%s." % (R.randint(10, 99), R.randint(0, 99), R.randint(1, 28), "th"))
    else:
        c = Case("positive", "asr %s %s: sort code and account spoken" % (region, ind))
        c.a("what's the sort code")
        scw = say_grouped(sc, [2, 2, 2], zw, R.choice([("pairs",), ("digits",), ("digits", "pairs")]), treble=True)
        sep = R.choice([" ", " ", " dash ", " " + fill() + " "])
        if R.random() < 0.3:
            g = newg()
            c.c(V(scw[0] + " " + scw[1], "SORT_CODE", g))
            c.a(back())
            c.c(V(scw[2], "SORT_CODE", g))
        else:
            c.c(R.choice(["it's ", "uh ", "", "right "]), V(sep.join(scw), "SORT_CODE"))
        c.a("and the account number")
        grp = R.choice([[4, 4], [3, 3, 2], [2, 3, 3], [8], [2, 2, 2, 2]])
        aw = say_grouped(acc, grp, zw, R.choice([("digits",), ("pairs", "digits"), ("hund", "digits")]), treble=True)
        if R.random() < 0.4 and len(aw) > 1:
            g = newg()
            c.c(V(aw[0], "BANK_ACCOUNT", g))
            c.a(back())
            c.c(V(" ".join(aw[1:]), "BANK_ACCOUNT", g))
        else:
            c.c(V(" ".join(aw), "BANK_ACCOUNT"))
        if R.random() < 0.5:
            c.a("lovely so sort code ", V(say_grouped(sc, [2, 2, 2], zw, ("digits",))[0] + " " + " ".join(say_grouped(sc[2:], [2, 2], zw, ("digits",))), "SORT_CODE"),
                " account ", V(say_digits(acc, zw), "BANK_ACCOUNT"))
            c.c(R.choice(["that's right", "yeah", "correct"]))
    add(c)


def p_us_bank():
    acc = gen_digits(R.randint(9, 12), True)
    routing = gen_digits(9, True)
    c = Case("positive", "US banking: checking account number (routing number given with label)")
    c.a("For the autopay, what's the checking account number?")
    if R.random() < 0.5:
        c.c(R.choice(["acct # ", "account ", "it's "]), V(acc, "BANK_ACCOUNT"))
    else:
        c.c("ok it's ", V(say_digits(acc, zero_word("US")), "BANK_ACCOUNT"))
    c.a("Thanks, autopay is set up for the %d%s of each month." % (R.randint(1, 28), "th"))
    add(c)


def p_iban():
    cc = R.choice(["IE", "IE", "GB", "DE", "NL", "ES", "FR"])
    ib = gen_iban(cc)
    if R.random() < 0.5:
        f = R.choice([" ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib, ib.lower(),
                      " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)).lower()])
        c = Case("positive", "email %s: IBAN typed for refund" % cc)
        c.c("Hi, please refund the overpayment to my account. ", R.choice(["IBAN: ", "iban ", "Acc (IBAN) - "]), V(f, "IBAN"),
            R.choice(["", " thanks", ". Regards"]))
        c.a("Thanks, the refund of \u20ac%d.%02d will be processed within 5 working days." % (R.randint(10, 500), R.randint(0, 99)))
    else:
        zw = zero_word("IE" if cc in ("IE", "GB") else "UK")
        c = Case("positive", "asr %s: IBAN spoken in groups" % cc)
        c.a("and the iban for the refund")
        pieces = [ib[k:k + 4] for k in range(0, len(ib), 4)]
        words = [spell(p, zw, 0.25) if not p.isdigit() else
                 say_chunk(p, zw, R.choice(["digits", "pairs"]) if "0" not in p[1::2] else "digits", True) for p in pieces]
        g = newg()
        n1 = R.randint(2, 3)
        c.c(R.choice(["ok it's ", "right ", ""]), V(" ".join(words[:n1]), "IBAN", g))
        c.a(back())
        c.c(V((" " + fill() + " ").join(words[n1:]), "IBAN", g))
    add(c)


def phone_words(num, zw, region):
    sizes = {11: R.choice([[5, 6], [5, 3, 3], [3, 4, 4], [4, 3, 4], [2, 3, 3, 3]]),
             10: R.choice([[3, 3, 4], [3, 7], [2, 4, 4]])}.get(len(num), [3, 3, 4])
    return say_grouped(num, sizes, zw, R.choice([("digits",), ("digits", "hund"), ("digits", "pairs")]), treble=region != "US")


def p_phone():
    region = R.choice(["UK", "UK", "IE", "IE", "US"])
    kind = {"UK": R.choice(["ukmob", "ukmob", "ukland"]), "IE": R.choice(["iemob", "iemob", "ieland"]), "US": "us"}[region]
    num = gen_phone(kind)
    intl = R.random() < 0.35
    cc = {"UK": "44", "IE": "353", "US": "1"}[region]
    ind = R.choice(["telecom", "utilities", "retail", "banking", "travel", "healthcare billing"])
    if R.random() < 0.4:
        c = Case("positive", "chat %s %s: phone typed" % (region, ind))
        if intl:
            core = num[1:] if region != "US" else num
            f = "+" + cc + " " + R.choice([core, core[:3] + " " + core[3:], "(0)" + core if region != "US" else core])
        elif region == "US":
            f = R.choice(["%s %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (num[:3], num[3:6], num[6:])
        else:
            f = R.choice([num, num[:5] + " " + num[5:], num[:3] + " " + num[3:6] + " " + num[6:], num[:4] + "-" + num[4:]])
        c.a("What's the best contact number?")
        c.c(R.choice(["mob: ", "tel ", "call me on ", "", "best num is "]), V(f, "PHONE"))
        c.a("Great, we'll text you when the engineer is 30 minutes away.")
    else:
        zw = zero_word(region)
        c = Case("positive", "asr %s %s: phone spoken%s" % (region, ind, " with country code" if intl else ""))
        c.a(R.choice(["and a contact number", "best number to reach you on", "is there a mobile we can text"]))
        if intl:
            core = num[1:] if region != "US" else num
            w = phone_words(core, zw, region)
            ccw = "plus " + R.choice([say_digits(cc, zw), num_words(int(cc))]) if R.random() < 0.7 else R.choice(["double oh ", "oh oh "]) + say_digits(cc, zw)
            c.c(R.choice(["yeah it's ", "", "ok "]), V(ccw + " " + " ".join(w), "PHONE"))
        else:
            w = phone_words(num, zw, region)
            if R.random() < 0.45 and len(w) > 1:
                g = newg()
                c.c(R.choice(["", "it's "]), V(w[0], "PHONE", g))
                c.a(back())
                c.c(V((" " + fill() + " ").join(w[1:]), "PHONE", g))
            else:
                c.c(R.choice(["yeah it's ", "", "em "]), V(" ".join(w), "PHONE"))
            if R.random() < 0.4:
                c.a("so that's ", V(say_digits(num, zw), "PHONE"))
                c.c("yep")
    add(c)


def p_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    user = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0], f + "-" + l])
    em = user + "@" + dom
    ind = R.choice(["retail", "telecom", "travel", "utilities", "insurance", "government services"])
    if R.random() < 0.45:
        c = Case("positive", "chat %s: email typed" % ind)
        c.a("What email should the confirmation go to?")
        show = R.choice([em, em, em.title() if R.random() < 0.3 else em, em.upper()])
        c.c(R.choice(["email: ", "its ", "", "send to "]), V(show, "EMAIL"))
    else:
        c = Case("positive", "asr %s: email spoken" % ind)

        def sayu(u):
            out = []
            for tok in re.split(r"([._\-]|\d+)", u):
                if tok == ".":
                    out.append("dot")
                elif tok == "_":
                    out.append("underscore")
                elif tok == "-":
                    out.append(R.choice(["dash", "hyphen"]))
                elif tok.isdigit():
                    out.append(say_digits(tok, "oh"))
                elif tok:
                    out.append(tok if (len(tok) > 1 and R.random() < 0.7) else " ".join(tok))
            return " ".join(out)
        spoken = sayu(user) + " at " + " dot ".join(dom.split("."))
        c.a("and an email address")
        if R.random() < 0.4:
            g = newg()
            c.c(V(sayu(user), "EMAIL", g))
            c.a(back())
            c.c(R.choice(["", ""]), V("at " + " dot ".join(dom.split(".")), "EMAIL", g))
        else:
            c.c(R.choice(["yeah it's ", "", "it's "]), V(spoken, "EMAIL"))
    add(c)


def p_address():
    region = R.choice(["UK", "UK", "IE", "US"])
    num = R.randint(1, 240)
    st = R.choice(STREETS)
    flat = R.random() < 0.3
    if R.random() < 0.45:
        c = Case("positive", "chat %s: address typed with postcode" % region)
        a = ("Flat %d, " % R.randint(1, 30) if flat else "") + "%d %s" % (num, st)
        if R.random() < 0.3:
            a = a.lower()
        if region == "UK":
            pc, town = gen_ukpc(), R.choice(TOWNS_UK)
        elif region == "IE":
            pc, town = gen_eircode(), R.choice(TOWNS_IE)
        else:
            pc, town = gen_zip(), R.choice(["Boston, MA", "Austin, TX", "Columbus, OH"])
        pc = pc if R.random() < 0.7 else pc.lower().replace(" ", "")
        c.a("Can you confirm the delivery address?")
        c.c(V(a, "ADDRESS"), ", ", town, ", ", V(pc, "POSTCODE"))
    else:
        zw = zero_word(region)
        c = Case("positive", "asr %s: address and postcode spoken" % region)
        a = ("flat " + num_words(R.randint(1, 30)) + " " if flat else "") + \
            (num_words(num) if R.random() < 0.6 else say_digits(str(num), zw)) + " " + st.lower()
        c.a("and what's the address")
        c.c(R.choice(["it's ", "", "em "]), V(a, "ADDRESS"), " in ", R.choice(TOWNS_UK if region == "UK" else TOWNS_IE if region == "IE" else ["ohio"]).lower())
        c.a(R.choice(["and the postcode", "and the eircode", "zip code"]) if region != "US" else "zip code")
        if region == "UK":
            pc = gen_ukpc()
        elif region == "IE":
            pc = gen_eircode()
        else:
            pc = gen_zip()[:5]
        out, first = pc.replace(" ", ""), pc.split(" ")[0]
        if region == "US":
            w = say_digits(pc, zw)
        else:
            outward, inward = pc.split(" ")
            w = spell(outward, zw, 0.3) + R.choice([" ", " " + fill() + " "]) + spell(inward, zw, 0.3)
        c.c(V(w, "POSTCODE"))
    add(c)


def p_dob():
    region = R.choice(["UK", "IE", "US"])
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2006)
    ind = R.choice(["healthcare billing", "insurance", "banking", "telecom", "government services"])
    if R.random() < 0.4:
        c = Case("positive", "chat %s: DOB typed" % ind)
        f = R.choice(["%02d/%02d/%d" % (d, m, y) if region != "US" else "%02d/%02d/%d" % (m, d, y),
                      "%d%s %s %d" % (d, sfx(d), MONTHS[m - 1].title(), y),
                      "%d %s %d" % (d, MONTHS[m - 1][:3], y), "%d-%02d-%02d" % (y, m, d),
                      "%02d.%02d.%02d" % (d, m, y % 100)])
        c.a("Please confirm your date of birth.")
        c.c(R.choice(["dob ", "DOB: ", "born ", ""]), V(f, "DOB"))
    else:
        c = Case("positive", "asr %s %s: DOB spoken" % (region, ind))
        c.a("can you confirm your date of birth for me")
        f = R.choice([ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y),
                      MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y),
                      num_words(d) + " " + num_words(m) + " " + num_words(y % 100) if y % 100 >= 10 else ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y),
                      ORD[d] + " " + MONTHS[m - 1] + " " + fill() + " " + say_year(y)])
        c.c(R.choice(["yeah it's the ", "", "it's ", "the "]), V(f, "DOB"))
        c.a("thank you and i can see you're calling about the bill of %s %s" % (num_words(R.randint(20, 300)), "pounds" if region == "UK" else "euro" if region == "IE" else "dollars"))
    add(c)


def p_combo_ie():
    """Irish caller, utilities: eircode, mobile, IBAN last bit."""
    zw = zero_word("IE")
    c = Case("positive", "asr IE utilities: account setup with eircode, mobile and DOB")
    c.a("so to set up the new account can i get the eircode of the property")
    pc = gen_eircode()
    k, u = pc.split(" ")
    c.c("it's ", V(spell(k, zw, 0.2) + " " + spell(u, zw, 0.4), "POSTCODE"))
    c.a("grand and a mobile number")
    num = gen_phone("iemob")
    w = say_grouped(num, [3, 3, 4], zw, ("digits",), treble=True)
    g = newg()
    c.c(V(w[0], "PHONE", g))
    c.a(back())
    c.c(V(w[1] + " " + fill() + " " + w[2], "PHONE", g))
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2000)
    c.a("and date of birth")
    c.c("the ", V(ORD[d] + " of the " + ORD[m] + " " + num_words(y % 100), "DOB"))
    c.a("perfect the meter reading you gave was %s so the first bill will be from that" % say_digits(gen_digits(5), zw))
    add(c)


def p_combo_uk_gov():
    zw = zero_word("UK")
    ni = gen_ni()
    c = Case("positive", "asr UK government services: NI number with treble/nought, postcode read back")
    c.a("can i start with your national insurance number")
    body = say_grouped(ni[2:8], R.choice([[2, 2, 2], [3, 3]]), zw, ("digits",), treble=True)
    c.c(V(spell(ni[:2], zw, 0.5) + " " + body[0], "NI_NUMBER", g := newg()))
    c.a(back())
    c.c(V(" ".join(body[1:]) + " and then " + spell(ni[8], zw, 0.5), "NI_NUMBER", g))
    c.a("thank you and your postcode")
    pc = gen_ukpc()
    o, i = pc.split(" ")
    c.c(V(spell(o, zw, 0.3) + " " + spell(i, zw, 0.3), "POSTCODE"))
    c.a("and the first line of the address")
    c.c(V(num_words(R.randint(1, 120)) + " " + R.choice(STREETS).lower(), "ADDRESS"))
    add(c)


# --------------------------------------------------------------------------
# negative templates
def neg(note, *turns):
    c = Case("negative", note)
    for sp, txt in turns:
        c.t(sp, txt)
    add(c)


def n_amounts():
    a = R.randint(100, 9999)
    neg("balance/amount spoken with many number words",
        ("agent", "so your outstanding balance is %s pounds and %s pence" % (num_words(a), num_words(R.randint(1, 99)))),
        ("customer", "%s? it was only %s last month" % (num_words(a), num_words(R.randint(100, 999)))),
        ("agent", "yeah there's a late fee of twelve fifty and the direct debit goes out on the %s" % ORD[R.randint(1, 28)]))


def n_order_long():
    d = gen_digits(16, True)
    if R.random() < 0.5:
        d = luhn_complete(d[:15])
    lab = R.choice(["Order no", "Tracking number", "Invoice #", "Serial number", "Claim reference", "Ticket ref"])
    neg("long digit string with label '%s' (not a card)" % lab,
        ("customer", "%s: %s" % (lab, fmt_groups(d, [4, 4, 4, 4], R.choice([" ", "-", ""])))),
        ("agent", "Thanks, I can see that %s. It was dispatched on 14/%02d and should arrive within 3-5 working days." % (lab.lower(), R.randint(1, 12))))


def n_ref_spoken_like_card():
    zw = zero_word("UK")
    d = gen_digits(16, True)
    lab = R.choice(["reference number", "policy number", "claim number", "booking reference", "meter serial", "account reference on the letter"])
    w = say_grouped(d, [4, 4, 4, 4], zw, ("digits",), treble=True)
    neg("asr: %s read in groups of four like a card" % lab,
        ("agent", "can you read me the %s" % lab),
        ("customer", "yeah the %s is %s" % (lab, w[0])),
        ("agent", "mhm"),
        ("customer", " ".join(w[1:])),
        ("agent", "thanks that's pulled up your %s" % lab.split()[0]))


def n_last4():
    zw = zero_word("UK")
    l4 = gen_digits(4)
    neg("card last four only",
        ("agent", R.choice(["is that the card ending %s" % say_digits(l4, zw), "I can see a Visa ending in %s on file" % l4])),
        ("customer", R.choice(["yeah the one ending %s" % say_digits(l4, zw), "yes ending %s thats the one" % l4])),
        ("agent", "lovely the payment of %s pounds will come off that card" % num_words(R.randint(10, 400))))


def n_misc():
    zw = zero_word("UK")
    ch = R.randrange(12)
    if ch == 0:
        neg("opening hours, times, durations",
            ("customer", "what time are you open till"),
            ("agent", "we're open eight till eight monday to friday and nine to five on saturdays, the wait is about twenty five minutes at the moment"))
    elif ch == 1:
        neg("flight, gate, seat numbers",
            ("customer", "I'm on flight EI %d from Dublin, gate %d, seat %d%s" % (R.randint(100, 999), R.randint(100, 420), R.randint(1, 33), R.choice("ABCDEF"))),
            ("agent", "Thanks. Flight EI %d is delayed by 45 minutes, new departure 14:35." % R.randint(100, 999)))
    elif ch == 2:
        r = gen_digits(5)
        neg("asr: meter reading spoken digit by digit",
            ("agent", "can you read me the numbers on the meter"),
            ("customer", "it's %s and then %s in red" % (say_digits(r, zw), say_digits(gen_digits(1), zw))),
            ("agent", "so %s lovely" % say_digits(r, zw, runs=False)))
    elif ch == 3:
        neg("ages, temperatures, percentages",
            ("customer", "my mum's %s and the house is at %s degrees, the radiators have been off since tuesday" % (num_words(R.randint(70, 95)), num_words(R.randint(8, 14)))),
            ("agent", "I'm sorry to hear that, we're prioritising vulnerable customers and %d%% of the area is affected" % R.randint(10, 90)))
    elif ch == 4:
        neg("road names and junctions (UK/IE)",
            ("customer", "the van broke down on the M%d near junction %d, then I took the A%d and the N%d" % (R.randint(1, 62), R.randint(1, 30), R.randint(1, 999), R.randint(1, 85))),
            ("agent", "ok, recovery will meet you at the services in about %s minutes" % num_words(R.randint(20, 90))))
    elif ch == 5:
        d = gen_digits(6)
        neg("tricky: six digits like a sort code but a claim reference",
            ("customer", "claim ref %s-%s-%s" % (d[:2], d[2:4], d[4:])),
            ("agent", "Thanks, claim %s was opened on 03/%02d/2024 and is with an assessor." % (d, R.randint(1, 12))))
    elif ch == 6:
        p = gen_ni()
        neg("tricky: NI-shaped string that is a policy number with its label",
            ("customer", "Policy number %s" % ("POL" + p[2:8] + p[8])),
            ("agent", "Thanks, policy POL%s renews on 1 March 2025, premium \u00a3%d.%02d." % (p[2:8] + p[8], R.randint(200, 900), R.randint(0, 99))))
    elif ch == 7:
        n = gen_digits(11)
        neg("tricky: 11-digit mobile-shaped number that is an order number",
            ("agent", "your order number is %s" % say_digits("0" + n[1:], zw)),
            ("customer", "and that's the order number not my phone yeah"),
            ("agent", "yeah that's the order number, delivery is between seven and one tomorrow"))
    elif ch == 8:
        neg("model/serial numbers and router details",
            ("customer", "the router is a model %s serial number %s and the light is flashing orange" % (R.choice(["HH6", "TG789", "F@ST5364", "EX-4100"]), gen_digits(12, True))),
            ("agent", "ok can you hold the reset button for ten seconds, then wait about two minutes"))
    elif ch == 9:
        neg("appointment and payment dates, years",
            ("agent", "your next appointment is on the %s of %s at %s thirty" % (ORD[R.randint(1, 28)], R.choice(MONTHS), num_words(R.randint(1, 11)))),
            ("customer", "and the payment plan runs until %s?" % say_year(R.randint(2025, 2030))),
            ("agent", "yes twelve monthly payments of %s pounds starting on the first" % num_words(R.randint(20, 200))))
    elif ch == 10:
        neg("room number, counts, durations",
            ("customer", "we're in room %d, two adults and three kids, for seven nights" % R.randint(100, 640)),
            ("agent", "thank you, your booking reference is %s, check out is eleven a m" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))))
    else:
        d = gen_digits(9, True)
        neg("tricky: nine digits spoken like an SSN but an invoice number",
            ("customer", "the invoice number is %s %s %s" % (say_digits(d[:3], "oh"), say_digits(d[3:5], "oh"), say_digits(d[5:], "oh"))),
            ("agent", "thanks that invoice for %d dollars was paid on october %s" % (R.randint(50, 900), ORD[R.randint(1, 28)])))


def n_tracking_ie():
    neg("tracking number and parcel details (IE)",
        ("customer", "tracking is %s" % ("CX" + gen_digits(9, True) + "IE")),
        ("agent", "That parcel weighs 2.4kg and is at the Athlone depot, delivery tomorrow before 6pm."))


# --------------------------------------------------------------------------
def build():
    global R
    R = random.Random(502241125)
    CASES.clear()
    _gid[0] = 0
    plan = ([p_card_chat] * 26 + [p_card_spoken_split] * 28 + [p_card_restart] * 10 +
            [p_card_typed_split] * 10 + [p_ssn] * 32 + [p_ni] * 34 + [p_uk_bank] * 24 +
            [p_us_bank] * 4 + [p_iban] * 14 + [p_phone] * 26 + [p_email] * 14 +
            [p_address] * 16 + [p_dob] * 12 + [p_combo_ie] * 6 + [p_combo_uk_gov] * 6)
    R.shuffle(plan)
    for f in plan:
        f()
    nplan = ([n_amounts] * 14 + [n_order_long] * 16 + [n_ref_spoken_like_card] * 14 +
             [n_last4] * 14 + [n_misc] * 48 + [n_tracking_ie] * 4)
    R.shuffle(nplan)
    for f in nplan:
        f()
    lines = []
    pi = ni = 0
    for c in CASES:
        if c.kind == "positive":
            pi += 1
            cid = "h502-pos-%03d" % pi
        else:
            ni += 1
            cid = "h502-neg-%03d" % ni
        c.id = cid
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": c.turns,
                                 "spans": c.spans, "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# validation
NATO_INV = {}
for _d in (NATO, FOLK):
    for _k, _w in _d.items():
        NATO_INV.setdefault(_w, _k)
U = {w: i for i, w in enumerate(UNITW)}
U.update({"oh": 0, "o": 0, "nought": 0, "naught": 0})
TE = {w: 10 + i for i, w in enumerate(TEENW)}
TN = {w: i for i, w in enumerate(TENSW) if w}
SKIP = {"and", "um", "uh", "er", "erm", "dash", "then", "space", "hyphen"}


def norm(text):
    low = text.lower()
    toks = []
    for m in re.finditer(r"x-ray|[a-z]+|\d+|\+", low):
        t = m.group()
        if t in SKIP and m.end() < len(low) and low[m.end()].isalnum():
            t = t + "_lit"  # typed letters glued to digits (e.g. ER123456A)
        toks.append(t)
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit() or t == "+":
            out.append(t)
            i += 1
            continue
        if len(t) == 1 and t.isalpha():
            if nx == "for" and i + 2 < len(toks) and toks[i + 2][0] == t:
                out.append(t.upper()); i += 3; continue
            if nx == "as" and i + 3 < len(toks) and toks[i + 2] == "in" and toks[i + 3][0] == t:
                out.append(t.upper()); i += 4; continue
            if t == "o":
                out.append("0"); i += 1; continue
            out.append(t.upper()); i += 1; continue
        if t in ("double", "triple", "treble"):
            n = 2 if t == "double" else 3
            v = toks[i + 1]
            out.append((str(U[v]) if v in U else v) * n)
            i += 2
            continue
        if t == "plus":
            out.append("+"); i += 1; continue
        if t in U:
            if nx == "hundred":
                val = U[t] * 100
                i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                    w = toks[i]
                    if w in TE:
                        val += TE[w]; i += 1
                    elif w in TN:
                        val += TN[w] * 10; i += 1
                        if i < len(toks) and toks[i] in U and U[toks[i]] > 0:
                            val += U[toks[i]]; i += 1
                    elif w in U:
                        val += U[w]; i += 1
                elif i < len(toks) and toks[i] in TE:
                    val += TE[toks[i]]; i += 1
                elif i < len(toks) and toks[i] in TN:
                    val += TN[toks[i]] * 10; i += 1
                    if i < len(toks) and toks[i] in U and U[toks[i]] > 0:
                        val += U[toks[i]]; i += 1
                out.append(str(val))
                continue
            out.append(str(U[t])); i += 1; continue
        if t in TE:
            out.append(str(TE[t])); i += 1; continue
        if t in TN:
            if nx in U and U[nx] > 0 and nx not in ("o",):
                out.append(str(TN[t] * 10 + U[nx])); i += 2
            else:
                out.append(str(TN[t] * 10)); i += 1
            continue
        if t in NATO_INV:
            out.append(NATO_INV[t].upper()); i += 1; continue
        if t in SKIP:
            i += 1; continue
        out.append(t.replace("_lit", "").upper())
        i += 1
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$")
EIR_RE = re.compile(r"^[A-Z][0-9][0-9W][A-Z0-9]{4}$")
ZIP_RE = re.compile(r"^[0-9]{5}([0-9]{4})?$")
EMAIL_RE = re.compile(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
STREET_WORDS = ("lane", "street", "road", "avenue", "terrace", "park", "drive", "view",
                "grove", "close", "way", "crescent", "court", "boulevard")


def email_norm(s):
    s = s.lower()
    s = re.sub(r"\bdot\b", ".", s)
    s = re.sub(r"\bat\b", "@", s)
    s = re.sub(r"\bunderscore\b", "_", s)
    s = re.sub(r"\b(dash|hyphen)\b", "-", s)
    s = re.sub(r"\b(oh)\b", "0", s)
    for w, d in U.items():
        if len(w) > 2:
            s = re.sub(r"\b%s\b" % w, str(d), s)
    return s.replace(" ", "")


def validate(typ, text, parts=None):
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(email_norm(text)))
    low = text.lower()
    if typ == "ADDRESS":
        return (bool(re.search(r"\d", low)) or any(w in low.split() for w in list(U) + list(TE) + list(TN))) \
            and any(low.rstrip(".").endswith(w) for w in STREET_WORDS)
    if typ in ("DOB", "EXPIRY"):
        has_month = any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS)
        n = norm(re.sub(r"\b(st|nd|rd|th|of|the)\b", " ", low))
        digits = re.sub(r"\D", "", n)
        if typ == "EXPIRY":
            return (has_month and len(digits) in (2, 4)) or (len(digits) in (4, 6) and 1 <= int(digits[:2]) <= 12)
        return has_month or any(o in low for o in ORD[1:]) or len(digits) >= 4
    n = "".join(norm(p) for p in parts) if parts else norm(text)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" and n[3:5] != "00" and n[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(n)) and n[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        d = n.lstrip("+")
        if n.startswith("+") or text.lower().startswith(("plus", "double oh", "oh oh")):
            d = d[2:] if text.lower().startswith(("double oh", "oh oh")) else d
            return d.isdigit() and 11 <= len(d) <= 13
        return d.isdigit() and 9 <= len(d) <= 11
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(n) or EIR_RE.match(n) or ZIP_RE.match(n))
    return False


PARTIAL_OK = {"CARD_NUMBER": lambda n: n.isdigit(), "SSN": lambda n: n.isdigit(),
              "NI_NUMBER": lambda n: n.isalnum(), "SORT_CODE": lambda n: n.isdigit(),
              "BANK_ACCOUNT": lambda n: n.isdigit(), "PHONE": lambda n: n.replace("+", "").isdigit(),
              "IBAN": lambda n: n.isalnum(), "EMAIL": lambda n: True}


def check(data):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        disk = fh.read()
    if disk != data:
        errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = set()
    for line in disk.splitlines():
        c = json.loads(line)
        if c["id"] in ids:
            errs.append("duplicate id %s" % c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % c["id"])
        seen = {}
        for s in c["spans"]:
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s turn out of range" % c["id"]); continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s offsets out of range" % c["id"]); continue
            v = txt[a:b]
            if v != v.strip() or not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
                errs.append("%s span not trimmed to value: %r" % (c["id"], v))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (c["id"], v))
            for (a2, b2) in seen.get(s["turn"], []):
                if a < b2 and a2 < b:
                    errs.append("%s overlapping spans" % c["id"])
            seen.setdefault(s["turn"], []).append((a, b))
    # value validation using the generator's grouping of split values
    for c in CASES:
        for g, (typ, texts) in c.grp.items():
            if len(texts) == 1 and not validate(typ, texts[0]):
                # single-span values must validate alone, except false starts
                if not (typ in PARTIAL_OK and PARTIAL_OK[typ](norm(texts[0])) and ("false start" in c.note or "last four" in c.note)):
                    errs.append("%s invalid %s value: %r -> %r" % (c.id, typ, texts[0], norm(texts[0])))
            elif len(texts) > 1:
                joined = " ".join(texts)
                if not validate(typ, joined, texts):
                    errs.append("%s invalid split %s value: %r -> %r" % (c.id, typ, joined, norm(joined)))
    return errs


def counts(data):
    cnt = Counter()
    kinds = Counter()
    for line in data.splitlines():
        c = json.loads(line)
        kinds[c["kind"]] += 1
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return kinds, cnt


def main():
    data = build()
    if "--check" in sys.argv:
        errs = check(data)
        kinds, cnt = counts(data)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
                  "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if cnt[t] < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, cnt[t]))
        if kinds["positive"] < 200 or kinds["negative"] < 100:
            errs.append("too few cases: %s" % dict(kinds))
        for e in errs[:50]:
            print("ERROR", e)
        print("cases:", dict(kinds), "spans:", dict(sorted(cnt.items())))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    kinds, cnt = counts(data)
    print("wrote", OUT, dict(kinds), dict(sorted(cnt.items())))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout448 held-out PII redaction evaluation set.

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so character offsets are computed, never typed.

    python scripts/make_pii_holdout448.py           # write cases.jsonl
    python scripts/make_pii_holdout448.py --check   # regenerate + validate
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout448", "cases.jsonl")
R = random.Random(448241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- builder
_gid = [0]


class V:
    """A labelled value segment. gid groups fragments of one value (split
    across turns or interrupted by an aside); mode is the validation mode:
    'full' (whole value), 'frag' (abandoned/misheard partial reading)."""

    def __init__(self, text, typ, gid=None, mode="full"):
        self.text, self.typ, self.mode = text, typ, mode
        if gid is None:
            _gid[0] += 1
            gid = "g%d" % _gid[0]
        self.gid = gid


def new_gid():
    _gid[0] += 1
    return "g%d" % _gid[0]


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], {}

    def t(self, speaker, *segs):
        idx = len(self.turns)
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                self.spans.append({"turn": idx, "start": start, "end": len(text), "type": s.typ})
                g = self.groups.setdefault(s.gid, {"type": s.typ, "mode": s.mode, "parts": []})
                g["parts"].append(s.text)
                if s.mode == "frag":
                    g["mode"] = "frag"
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


CASES = []


def add(case):
    if case.kind == "negative":
        assert not case.spans
    CASES.append(case)


# ---------------------------------------------------------------- speaking
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILL = ["um", "uh", "er", "erm", "uhh", "um", "uh"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra",
        "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
CASUAL = {"a": "apple", "b": "bertie", "c": "charles", "d": "david", "e": "edward",
          "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
          "m": "mother", "n": "nellie", "p": "peter", "r": "robert", "s": "sugar",
          "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}


def zero(uk=True):
    return R.choice(["oh", "oh", "oh", "zero", "o", "nought"] if uk else ["oh", "oh", "zero", "zero", "o"])


def dw(d, uk=True):
    return zero(uk) if d == "0" else ONES[int(d)]


def say_digits(s, uk=True, runs=True):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        n = j - i
        if runs and n >= 3 and R.random() < 0.7:
            out.append("triple " + dw(s[i], uk)); i += 3
        elif runs and n >= 2 and R.random() < 0.7:
            out.append("double " + dw(s[i], uk)); i += 2
        else:
            out.append(dw(s[i], uk)); i += 1
    return " ".join(out)


def say_pair(p, last, uk=True):
    a, b = p
    if a == "0":
        return (("double " + zero(uk)) if b == "0" and R.random() < 0.5 else dw(a, uk) + " " + dw(b, uk))
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return (a and dw(a, uk) + " " + zero(uk)) if last else TENS[int(a)]
    return TENS[int(a)] + " " + ONES[int(b)]


def say_group(g, uk=True, mode=None):
    """Speak one digit group.  Modes never end a group with a bare tens word
    or 'X hundred' so a following group cannot be merged into it."""
    if mode is None:
        opts = ["digits", "digits", "digits"]
        if len(g) % 2 == 0:
            opts.append("pairs")
        if len(g) == 3 and g[0] != "0" and g[2] != "0":
            opts.append("hundreds")
        mode = R.choice(opts)
    if mode == "pairs" and len(g) % 2 == 0:
        ps = [g[i:i + 2] for i in range(0, len(g), 2)]
        return " ".join(say_pair(p, k == len(ps) - 1, uk) for k, p in enumerate(ps))
    if mode == "hundreds" and len(g) == 3 and g[0] != "0" and g[2] != "0":
        rest = g[1:]
        tail = ONES[int(rest[1])] if rest[0] == "0" else say_pair(rest, True, uk)
        return ONES[int(g[0])] + " hundred " + R.choice(["and ", "and ", ""]) + tail
    return say_digits(g, uk)


def say_groups(groups, uk=True, fill=0.25, sep=None, mode=None):
    parts = []
    for k, g in enumerate(groups):
        parts.append(say_group(g, uk, mode))
        if k < len(groups) - 1:
            s = sep if sep is not None else R.choice([" ", ", ", " ", "... "])
            if R.random() < fill:
                s = s + R.choice(FILL) + " "
            parts.append(s)
    return "".join(parts)


def spell(letter, style=None):
    letter = letter.lower()
    if letter == "o":
        return "o for oscar"
    style = style or R.choice(["plain", "nato", "nato", "asin", "casual"])
    if style == "plain":
        return letter
    if style == "nato":
        return letter + " for " + NATO[letter]
    if style == "asin":
        return letter + " as in " + NATO[letter]
    if style == "casual" and letter in CASUAL:
        return letter + " for " + CASUAL[letter]
    return letter + " for " + NATO[letter]


# ---------------------------------------------------------------- generators
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


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        n = luhn_complete("4" + R.choice(["539", "929", "751", "462", "000", "111", "658"]), 16)
    elif kind == "mc":
        n = luhn_complete("5" + R.choice("12345") + R.choice(["55", "10", "04", "98"]), 16)
    elif kind == "mc2":
        n = luhn_complete("22" + R.choice(["21", "30", "72"]), 16)
    elif kind == "amex":
        n = luhn_complete(R.choice(["34", "37"]), 15)
    elif kind == "disc":
        n = luhn_complete("6011", 16)
    elif kind == "visa13":
        n = luhn_complete("4", 13)
    else:
        n = luhn_complete(R.choice(["6759", "5018", "4"]), 19)
    return n


def card_groups(n):
    if len(n) == 15:
        return [n[:4], n[4:10], n[10:]]
    if len(n) == 13:
        return [n[:4], n[4:7], n[7:10], n[10:]]
    return [n[i:i + 4] for i in range(0, len(n), 4)]


def odd_groups(n):
    out, i = [], 0
    while i < len(n):
        k = R.choice([2, 3, 3, 4, 5])
        out.append(n[i:i + k]); i += k
    return out


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    if R.random() < 0.08:
        p = "QQ"
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "NL", "FR", "ES", "GB"])
    dg = lambda k: "".join(R.choice("0123456789") for _ in range(k))
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    elif cc == "FR":
        bban = dg(23)
    else:
        bban = dg(20)
    return cc + iban_check(cc, bban) + bban


def fmt_iban(ib):
    st = R.choice(["sp", "sp", "none", "lower"])
    g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return {"sp": g, "none": ib, "lower": g.lower()}[st]


def fmt_card_typed(n):
    st = R.choice(["space", "space", "dash", "none", "dot", "odd", "mixed", "dbl"])
    g = card_groups(n)
    if st == "space":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "none":
        return n
    if st == "dot":
        return ".".join(g)
    if st == "odd":
        return " ".join(odd_groups(n))
    if st == "mixed":
        return "".join(x + R.choice([" ", "-", "", " - "]) for x in g[:-1]) + g[-1]
    return "  ".join(g)


def fmt_ssn_typed(s):
    st = R.choice(["dash", "dash", "space", "none", "dot", "mixed"])
    a, b, c = s[:3], s[3:5], s[5:]
    return {"dash": "%s-%s-%s", "space": "%s %s %s", "none": "%s%s%s", "dot": "%s.%s.%s",
            "mixed": "%s-%s %s"}[st] % (a, b, c)


def fmt_ni_typed(n):
    st = R.choice(["plain", "spaced", "lower", "pairs", "dash", "letters"])
    if st == "plain":
        return n
    if st == "spaced":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == "lower":
        return n.lower()
    if st == "pairs":
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    if st == "dash":
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return " ".join(n)


def say_ni(n, style=None, fill=0.2):
    style = style or R.choice(["plain", "nato", "mixed"])
    L = lambda ch: spell(ch, "plain" if style == "plain" else (None if style == "mixed" else "nato"))
    d = n[2:8]
    dgs = R.choice([[d[:2], d[2:4], d[4:]], [d[:3], d[3:]], [d]])
    mid = say_groups(dgs, True, fill)
    return L(n[0]) + R.choice([" ", ", "]) + L(n[1]) + R.choice([", ", " "]) + mid + R.choice([", ", " ", " and then "]) + L(n[8])


FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "liam", "chloe", "dmitri", "grace", "tomasz",
         "nia", "oliver", "fatima", "sean", "emily", "kwame", "lucy", "rajesh", "hannah", "marco"]
LAST = ["okafor", "smith", "o'brien", "patel", "nguyen", "walsh", "kowalski", "jones", "murphy", "garcia",
        "hughes", "khan", "byrne", "schmidt", "taylor", "dubois", "evans", "rossi", "kelly", "lee"]
DOMS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "btinternet.com", "icloud.com",
        "eircom.net", "web.de", "protonmail.com", "aol.com"]
STREETS = ["Church Lane", "Victoria Road", "High Street", "Elm Street", "Maple Avenue", "Station Road",
           "King Street", "Park Crescent", "Oak Drive", "Mill Lane", "Main Street", "Sycamore Close",
           "Harbour View", "Pine Court", "Queens Walk", "Lexington Avenue", "Willow Way", "Bridge Street"]
TOWNS_UK = ["Leeds", "Bristol", "Glasgow", "Cardiff", "Norwich", "Derby", "Belfast", "Swansea"]
TOWNS_US = ["Austin, TX", "Denver, CO", "Columbus, OH", "Portland, OR", "Tampa, FL", "Buffalo, NY"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def gen_postcode_uk():
    L = "ABCDEFGHJKLMNOPRSTUWYZ"
    area = R.choice(["SW", "M", "B", "LS", "CF", "BS", "G", "NR", "DE", "BT", "SA", "EH", "N", "E", "W"])
    out = area + str(R.randint(1, 19))
    return out + " " + str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def gen_zip():
    z = "%05d" % R.randint(10001, 99950)
    return z + ("-%04d" % R.randint(1, 9999) if R.random() < 0.3 else "")


def say_postcode(pc):
    out = []
    for ch in pc.replace(" ", " | "):
        if ch == " ":
            continue
        if ch == "|":
            out.append(",")
        elif ch.isdigit():
            out.append(ONES[int(ch)])
        else:
            out.append(spell(ch, R.choice(["plain", "plain", "nato"])))
    return " ".join(out).replace(" ,", ",")


def num_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    h = ONES[n // 100] + " hundred"
    return h + ("" if n % 100 == 0 else " and " + num_words(n % 100))


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand and " + ONES[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    return num_words(hi) + " " + (("oh " + ONES[lo]) if lo < 10 else num_words(lo))


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


def gen_dob():
    y, m, d = R.randint(1942, 2005), R.randint(1, 12), R.randint(1, 28)
    st = R.choice(["uk", "us", "iso", "long", "spoken", "spoken2", "short"])
    if st == "uk":
        return "%02d/%02d/%d" % (d, m, y)
    if st == "us":
        return "%d/%d/%d" % (m, d, y)
    if st == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if st == "long":
        sfx = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%d%s %s %d" % (d, sfx, MONTHS[m - 1].title(), y)
    if st == "spoken":
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y))
    if st == "spoken2":
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y))
    return "%s %s %s" % (say_digits("%02d" % d, runs=False), say_digits("%02d" % m, runs=False), year_words(y))


def gen_expiry():
    m, y = R.randint(1, 12), R.randint(25, 31)
    st = R.choice(["slash", "slash", "long", "spoken", "month", "dash"])
    if st == "slash":
        return "%02d/%02d" % (m, y)
    if st == "long":
        return "%02d/20%02d" % (m, y)
    if st == "dash":
        return "%02d-%02d" % (m, y)
    if st == "spoken":
        return say_digits("%02d" % m, runs=False) + " " + num_words(y)
    return MONTHS[m - 1] + " " + R.choice(["twenty ", "twenty twenty ", ""]) + num_words(y)


def gen_phone():
    st = R.choice(["ukmob", "ukintl", "us", "usintl", "ie", "ieintl", "fr", "de", "ukland"])
    dg = lambda k: "".join(R.choice("0123456789") for _ in range(k))
    if st == "ukmob":
        return "07" + dg(3) + " " + dg(6), "07"
    if st == "ukintl":
        return R.choice(["+44 7", "+44 (0)7", "0044 7"]) + dg(3) + " " + dg(3) + " " + dg(3), "44"
    if st == "ukland":
        return "0" + R.choice(["113", "117", "121", "161", "20 7"]) + " " + dg(3) + " " + dg(4), "0"
    if st == "us":
        return "(%s) %s-%s" % (R.randint(201, 989), R.randint(201, 989), dg(4)), "us"
    if st == "usintl":
        return "+1 %s-%s-%s" % (R.randint(201, 989), R.randint(201, 989), dg(4)), "1"
    if st == "ie":
        return "08" + R.choice("3567") + " " + dg(3) + " " + dg(4), "08"
    if st == "ieintl":
        return "+353 8" + R.choice("3567") + " " + dg(3) + " " + dg(4), "353"
    if st == "fr":
        return "+33 6 " + " ".join(dg(2) for _ in range(4)), "33"
    return "+49 15" + dg(1) + " " + dg(8), "49"


def phone_value(raw):
    """Strip a leading '(' / '+' so the span starts at the first digit."""
    return raw.lstrip("+(")


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST).replace("'", "")
    st = R.choice(["f.l", "fl", "f_l", "fl99", "f.l.", "FL"])
    if st == "f.l":
        loc = f + "." + l
    elif st == "fl":
        loc = f[0] + l
    elif st == "f_l":
        loc = f + "_" + l
    elif st == "fl99":
        loc = f + l + str(R.randint(1, 99))
    elif st == "f.l.":
        loc = f[0] + "." + l
    else:
        loc = f.title() + "." + l.title()
    return loc + "@" + R.choice(DOMS)


def say_email(e):
    loc, dom = e.lower().split("@")
    words = []
    for part in re.split(r"([._])", loc):
        if part == ".":
            words.append("dot")
        elif part == "_":
            words.append("underscore")
        elif part:
            m = re.match(r"([a-z]+)(\d*)", part)
            w = m.group(1)
            words.append(" ".join(w) if len(w) <= 2 else w)
            if m.group(2):
                words.append(say_digits(m.group(2), runs=False))
    dparts = dom.split(".")
    return " ".join(words) + " at " + " dot ".join(dparts)


def gen_address(spoken=False):
    n = R.randint(1, 240)
    st = R.choice(STREETS)
    flat = R.random() < 0.3
    if spoken:
        s = num_words(n) + " " + st.lower()
        if flat:
            s = R.choice(["flat ", "apartment "]) + num_words(R.randint(1, 12)) + ", " + s
        return s
    s = "%d %s" % (n, st)
    if flat:
        s = R.choice(["Flat %d, " % R.randint(1, 12), "Apt %d%s, " % (R.randint(1, 9), R.choice("AB")),
                      "Unit %d, " % R.randint(1, 30)]) + s
    return s


def dg(k):
    return "".join(R.choice("0123456789") for _ in range(k))


def sort_code():
    return R.choice(["20", "40", "30", "60", "11", "09", "83", "90"]) + dg(4)


def fmt_sort(s):
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:2], s[2:4], s[4:])


def say_sort(s):
    return say_groups([s[:2], s[2:4], s[4:]], True, 0.15, mode=R.choice(["pairs", "digits", None]))


# ---------------------------------------------------------------- positives
IND = ["bank", "telecom", "energy supplier", "retailer", "insurer", "airline", "hospital billing",
       "council tax office", "water company", "broadband provider"]
GREET = ["thanks for holding", "right, okay", "lovely", "perfect, thank you", "okay great", "bear with me"]
ACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah", "got that", "mm", "ok go ahead"]


def card_typed_case():
    n = gen_card()
    lab = R.choice(["card no: ", "Card number - ", "CC# ", "card: ", "my card is ", "cardnumber ", "pan ",
                    "Debit card ", "the long number on the front is ", "card num "])
    v = fmt_card_typed(n)
    c = Case("positive", "typed chat card number, varied separators")
    c.a(R.choice(["Hi, you're chatting with the ", "Welcome to the "]) + R.choice(IND) +
        " payments team. How can I help?")
    pre = R.choice(["hi i want to pay my bill. ", "Hello, paying off the arrears pls. ", "", "hey - ",
                    "Need to update my payment details. "])
    c.c(pre + lab, V(v, "CARD_NUMBER"), R.choice(["", " thx", ".", " ta", " !!", " (visa)", " exp soon"]))
    if R.random() < 0.4:
        e = gen_expiry() if R.random() < 0.5 else "%02d/%02d" % (R.randint(1, 12), R.randint(25, 30))
        c.c(R.choice(["exp ", "expiry: ", "Expires "]), V(e, "EXPIRY"), R.choice([" cvv ", ", security code "]),
            V(dg(3), "CVV"))
    add(c)


def card_spoken_one():
    n = gen_card()
    uk = R.random() < 0.6
    c = Case("positive", "ASR card number in one customer turn, spoken digits")
    c.a(R.choice(["can i take the long card number please", "and the sixteen digit number on the card",
                  "whenever you're ready, the card number", "okay so the card number please"]))
    c.c(R.choice(["yeah it's ", "um okay it's ", "right ", "so that's ", "", "yeah hang on, "]),
        V(say_groups(card_groups(n), uk, 0.35), "CARD_NUMBER"), R.choice(["", " and that's it", " yeah"]))
    if R.random() < 0.35:
        c.a(R.choice(["and the expiry", "expiry date"]))
        c.c(V(gen_expiry(), "EXPIRY"))
    add(c)


def card_split_turns():
    n = gen_card()
    g = card_groups(n)
    uk = R.random() < 0.6
    gid = new_gid()
    c = Case("positive", "card number split over customer turns with agent back-channels")
    c.a(R.choice(["go ahead with the card number", "can i have the card number", "the long number please"]))
    # chunk the groups into 2-4 turns
    chunks, i = [], 0
    while i < len(g):
        k = R.choice([1, 1, 2])
        chunks.append(g[i:i + k]); i += k
    for k, ch in enumerate(chunks):
        pre = R.choice(["", "", "um ", "then ", "yeah "]) if k else R.choice(["okay ", "it's ", "", "right so "])
        c.c(pre, V(say_groups(ch, uk, 0.2), "CARD_NUMBER", gid))
        if k < len(chunks) - 1:
            c.a(R.choice(ACK))
    if R.random() < 0.6:
        c.a(R.choice(["so i've got ", "let me read that back, ", "just to confirm, "]),
            V(say_groups(card_groups(n), uk, 0.0, sep=R.choice([" ", ", "])), "CARD_NUMBER"),
            R.choice(["?", ", is that right?", ""]))
        c.c(R.choice(["yes", "yeah that's it", "correct"]))
    add(c)


def card_correction():
    n = gen_card()
    g = card_groups(n)
    uk = R.random() < 0.6
    c = Case("positive", "card reading abandoned and restarted; partial reading labelled too")
    c.a("and the card number")
    cut = R.randint(1, len(g) - 1)
    wrong = list(g[:cut])
    wrong[-1] = wrong[-1][:-1] + str((int(wrong[-1][-1]) + R.randint(1, 8)) % 10)
    c.c(R.choice(["", "it's "]), V(say_groups(wrong, uk, 0.2), "CARD_NUMBER", mode="frag"),
        R.choice(["... no sorry, wait, let me start again. ", " - no hang on that's wrong. start over. ",
                  ", sorry no i've read that wrong, it's ", " no no no. scratch that. "]),
        V(say_groups(g, uk, 0.25), "CARD_NUMBER"))
    add(c)


def card_aside():
    n = gen_card()
    g = card_groups(n)
    uk = R.random() < 0.6
    gid = new_gid()
    cut = R.randint(1, len(g) - 1)
    c = Case("positive", "card reading interrupted by an aside in the same turn")
    c.a("card number when you're ready")
    c.c(V(say_groups(g[:cut], uk, 0.2), "CARD_NUMBER", gid),
        R.choice([" hang on i need my glasses ", " sorry the dog's barking, ", " - kids be quiet - ",
                  " ugh it's worn off here, ", " wait what was that, no ok, "]),
        V(say_groups(g[cut:], uk, 0.2), "CARD_NUMBER", gid))
    add(c)


def card_misheard():
    n = gen_card()
    g = card_groups(n)
    uk = R.random() < 0.6
    c = Case("positive", "agent mishears a group in read-back; customer corrects the group")
    c.c(R.choice(["card's ", "it's ", "the card is "]), V(say_groups(g, uk, 0.2), "CARD_NUMBER"))
    k = R.randrange(len(g))
    bad = list(g)
    gi = bad[k]
    pos = R.randrange(len(gi))
    bad[k] = gi[:pos] + str((int(gi[pos]) + 1) % 10) + gi[pos + 1:]
    c.a("let me read that back, ", V(say_groups(bad, uk, 0.0, sep=" "), "CARD_NUMBER", mode="frag"))
    c.c(R.choice(["no, ", "not quite, ", "nope "]), R.choice(["the ", "that "]),
        R.choice(["bit is ", "group should be ", "block's "]), V(say_digits(gi, uk, False), "CARD_NUMBER", mode="frag"),
        R.choice([" not ", ", not "]), V(say_digits(bad[k], uk, False), "CARD_NUMBER", mode="frag"))
    c.a(R.choice(["apologies, so ", "sorry, ", "got it, "]), V(say_groups(g, uk, 0.0, sep=" "), "CARD_NUMBER"))
    add(c)


def card_pairs():
    n = gen_card(R.choice(["visa", "mc", "disc", "mc2"]))
    g = card_groups(n)
    c = Case("positive", "card read in pairs ('forty one eleven')")
    c.a("and the long number please")
    c.c(R.choice(["ok ", "", "right "]), V(say_groups(g, R.random() < 0.5, 0.15, mode="pairs"), "CARD_NUMBER"))
    add(c)


def card_with_last4():
    n = gen_card()
    g = card_groups(n)
    uk = R.random() < 0.6
    c = Case("positive", "full card read, then last four repeated: last four labelled too")
    c.c(R.choice(["the card is ", "ok card number "]), V(say_groups(g, uk, 0.2), "CARD_NUMBER"))
    c.a(R.choice(["thank you, so that's the card ending ", "great, card ending in ", "lovely, ending "]),
        V(say_digits(n[-4:], uk), "CARD_NUMBER", mode="frag"), R.choice(["", ", and the expiry?"]))
    add(c)


def card_email():
    n = gen_card()
    c = Case("positive", "email body with card, expiry and security code")
    e = "%02d/%02d" % (R.randint(1, 12), R.randint(25, 30))
    c.c("Subject: payment\n\nHi,\nPlease take the outstanding £", str(R.randint(20, 900)), ".",
        str(R.randint(10, 99)), " from my card.\n", R.choice(["Card: ", "CARD NO ", "Number:"]),
        " ", V(fmt_card_typed(n), "CARD_NUMBER"), "\n", R.choice(["Exp ", "Expiry - ", "valid thru "]),
        V(e, "EXPIRY"), "\n", R.choice(["CVV ", "sec code: ", "3 digits on back "]), V(dg(3 if len(n) != 15 else 4), "CVV"),
        "\nThanks\n", R.choice(FIRST).title())
    add(c)


def card_agent_typed_readback():
    n = gen_card()
    c = Case("positive", "chat: customer sends card in two messages; agent repeats the full number")
    g = card_groups(n)
    h = len(g) // 2
    gid = new_gid()
    c.c(R.choice(["first bit ", "", "ok "]), V(" ".join(g[:h]), "CARD_NUMBER", gid))
    c.c(R.choice(["rest: ", "", "and "]), V(" ".join(g[h:]), "CARD_NUMBER", gid))
    c.a("Thanks. Just to double-check I have ", V("-".join(g), "CARD_NUMBER"), ", correct?")
    add(c)


def card_asr_messy():
    """ASR output with missing group boundaries and mixed forms."""
    n = gen_card()
    uk = R.random() < 0.5
    g = odd_groups(n)
    c = Case("positive", "ASR card reading with irregular grouping and hesitations")
    c.a("what's the card number on the front")
    parts = []
    for k, x in enumerate(g):
        parts.append(say_group(x, uk))
        if k < len(g) - 1:
            parts.append(R.choice([" ", " ", " uh ", " um ", ", ", " hmm "]))
    c.c(R.choice(["uh it is ", "lemme see ", "", "okay so "]), V("".join(parts), "CARD_NUMBER"))
    add(c)


def card_agent_prompts_groups():
    n = gen_card("amex" if R.random() < 0.4 else None)
    g = card_groups(n)
    uk = R.random() < 0.5
    c = Case("positive", "agent prompts group by group and repeats each group")
    gid, gid2 = new_gid(), new_gid()
    c.a("okay first four digits")
    for k, x in enumerate(g):
        c.c(V(say_group(x, uk), "CARD_NUMBER", gid))
        c.a(V(say_digits(x, uk, False), "CARD_NUMBER", gid2), R.choice([", next", ", go on", ", and the next", ""]) if k < len(g) - 1 else ", and that's all")
    add(c)


# ----- SSN
def ssn_typed():
    s = gen_ssn()
    c = Case("positive", "typed SSN with label")
    c.a(R.choice(["To verify, please provide your Social Security number.", "Can you confirm your SSN?"]))
    c.c(R.choice(["SSN: ", "ssn ", "social is ", "Its ", "SS# ", "soc sec no. "]), V(fmt_ssn_typed(s), "SSN"),
        R.choice(["", ".", " thanks", " - why do u need it?"]))
    add(c)


def ssn_spoken():
    s = gen_ssn()
    c = Case("positive", "spoken SSN, US caller, grouped 3-2-4")
    c.a(R.choice(["and for verification the social security number", "can i get your social please",
                  "i'll need the nine digit social"]))
    c.c(R.choice(["sure it's ", "yeah ", "okay um ", "", "uh huh it's "]),
        V(say_groups([s[:3], s[3:5], s[5:]], False, 0.3), "SSN"))
    if R.random() < 0.5:
        c.a(R.choice(["thank you, ", "i have "]), V(say_groups([s[:3], s[3:5], s[5:]], False, 0.0), "SSN"),
            R.choice(["", "?"]))
    add(c)


def ssn_split():
    s = gen_ssn()
    gid = new_gid()
    c = Case("positive", "SSN split across turns with back-channels")
    c.a("social security number please")
    c.c(R.choice(["it's ", "", "first three "]), V(say_group(s[:3], False), "SSN", gid))
    c.a(R.choice(ACK))
    c.c(V(say_group(s[3:5], False), "SSN", gid))
    c.a(R.choice(ACK))
    c.c(R.choice(["and ", "", "then "]), V(say_group(s[5:], False), "SSN", gid))
    add(c)


def ssn_correction():
    s = gen_ssn()
    c = Case("positive", "SSN with self-correction mid reading")
    wrong = s[:3] + s[4] + s[3]
    c.c("my social's ", V(say_digits(wrong, False, False), "SSN", mode="frag"),
        R.choice([" - no wait, i flipped it - ", " sorry, backwards, it's ", " no, let me redo that, "]),
        V(say_groups([s[:3], s[3:5], s[5:]], False, 0.2), "SSN"))
    add(c)


def ssn_other_forms():
    s = gen_ssn()
    c = Case("positive", "SSN read as hundreds / pairs / no grouping")
    form = R.choice(["run", "mixed"])
    if form == "run":
        val = say_digits(s, False)
    else:
        val = say_group(s[:3], False, "hundreds") + " " + say_group(s[3:5], False, "pairs") + " " + \
            say_group(s[5:], False, "pairs")
    c.a("for the claim i need the member's social security number")
    c.c(R.choice(["okay that'd be ", "hers is ", "his is ", "the social is "]), V(val, "SSN"))
    add(c)


def ssn_agent_asks_last4_then_full():
    s = gen_ssn()
    c = Case("positive", "customer offers last four, agent asks for the full SSN; both labelled")
    c.a("can you verify your social")
    c.c("the last four are ", V(say_digits(s[5:], False), "SSN", mode="frag"))
    c.a("i'm gonna need the full nine digits for this one sorry")
    c.c(R.choice(["oh ok ", "fine, "]), V(say_groups([s[:3], s[3:5], s[5:]], False, 0.1), "SSN"))
    add(c)


def ssn_form_email():
    s = gen_ssn()
    c = Case("positive", "web-form style SSN with odd spacing and typo separators")
    v = R.choice(["%s - %s - %s", "%s/%s/%s", "%s  %s  %s", "%s_%s_%s", "%s--%s--%s"]) % (s[:3], s[3:5], s[5:])
    c.c("Name: ", R.choice(FIRST).title(), " ", R.choice(LAST).title(), "\nSocial Security No.: ", V(v, "SSN"),
        "\nReason for contact: ", R.choice(["billing dispute", "benefit claim", "new account", "medical bill"]))
    add(c)


# ----- NI
def ni_typed():
    n = gen_ni()
    c = Case("positive", "typed NI number, varied formatting")
    c.a(R.choice(["Please confirm your National Insurance number.", "Could you send your NI number?"]))
    c.c(R.choice(["NI: ", "ni no ", "NINO ", "my NI number is ", "national insurance - ", "Its "]),
        V(fmt_ni_typed(n), "NI_NUMBER"), R.choice(["", ".", " cheers", " x"]))
    add(c)


def ni_spoken():
    n = gen_ni()
    c = Case("positive", "spoken NI number, letters spelled")
    c.a(R.choice(["can i take your national insurance number", "and your NI number please"]))
    c.c(R.choice(["yeah it's ", "um, ", "it's ", "", "right, "]), V(say_ni(n), "NI_NUMBER"))
    if R.random() < 0.5:
        c.a("so that's ", V(say_ni(n, "nato", 0.0), "NI_NUMBER"))
        c.c(R.choice(["yep", "that's right"]))
    add(c)


def ni_split():
    n = gen_ni()
    gid = new_gid()
    c = Case("positive", "NI number split across turns")
    c.a("national insurance number when you're ready")
    c.c(V(spell(n[0]) + " " + spell(n[1]), "NI_NUMBER", gid))
    c.a(R.choice(ACK))
    c.c(V(say_groups([n[2:4], n[4:6], n[6:8]], True, 0.2), "NI_NUMBER", gid))
    c.a(R.choice(["and the letter at the end", "last letter?", "mhm"]))
    c.c(R.choice(["", "it's ", "ah "]), V(spell(n[8]), "NI_NUMBER", gid))
    add(c)


def ni_letter_correction():
    n = gen_ni()
    c = Case("positive", "agent mishears an NI letter; corrected")
    c.c("my n i number is ", V(say_ni(n, "plain"), "NI_NUMBER"))
    conf = {"B": "P", "P": "B", "M": "N", "N": "M", "S": "F", "T": "D", "C": "Z", "A": "H", "D": "T"}
    bad = conf.get(n[8], "B")
    badn = n[:8] + bad
    c.a("sorry was that ", V(say_ni(badn, "plain", 0.0), "NI_NUMBER", mode="frag"), "?")
    c.c("no, ", V(spell(n[8], "nato"), "NI_NUMBER", mode="frag"), R.choice([" at the end", ", not " + spell(bad, "nato")]))
    add(c)


def ni_restart():
    n = gen_ni()
    c = Case("positive", "NI reading restarted after losing place")
    c.c(R.choice(["okay ", ""]), V(spell(n[0]) + " " + spell(n[1]) + " " + say_digits(n[2:5]), "NI_NUMBER", mode="frag"),
        R.choice([" um hang on i've lost my place, ", " - sorry, from the start - ", ", no wait. "]),
        V(say_ni(n), "NI_NUMBER"))
    add(c)


def ni_asr_run():
    n = gen_ni()
    c = Case("positive", "ASR NI number with letters run together or as words")
    l0 = R.choice([n[0].lower(), n[0].lower() + "."])
    val = n[:2].lower() + " " + say_groups([n[2:5], n[5:8]], True, 0.2) + " " + n[8].lower()
    c.a("n i number")
    c.c(R.choice(["", "yeah ", "it's "]), V(val, "NI_NUMBER"))
    add(c)


def ni_gov():
    n = gen_ni()
    c = Case("positive", "government services: NI with DOB and postcode")
    c.a("for security can i take your national insurance number, date of birth and postcode")
    c.c(V(say_ni(n), "NI_NUMBER"), R.choice([", born ", ", date of birth ", " and i was born on "]),
        V(gen_dob(), "DOB"), R.choice([", postcode ", " and the postcode's "]), V(say_postcode(gen_postcode_uk()), "POSTCODE"))
    add(c)


# ----- other types
def bank_uk():
    a, s = dg(8), sort_code()
    spoken = R.random() < 0.5
    c = Case("positive", "UK bank details: sort code and account number")
    c.a(R.choice(["for the direct debit i need the sort code and account number",
                  "which account should the refund go to?"]))
    if spoken:
        c.c(R.choice(["sort code ", "ok the sort code's "]), V(say_sort(s), "SORT_CODE"),
            R.choice([", account number ", " and the account is "]), V(say_groups([a[:4], a[4:]], True, 0.2), "BANK_ACCOUNT"))
    else:
        c.c(R.choice(["sort code: ", "s/c ", "SC "]), V(fmt_sort(s), "SORT_CODE"), R.choice([" acct no: ", ", a/c ", "\naccount number "]),
            V(R.choice([a, a[:4] + " " + a[4:]]), "BANK_ACCOUNT"))
    add(c)


def bank_us():
    a = dg(R.randint(9, 12))
    c = Case("positive", "US checking account and routing context")
    c.a("what's the checking account number for the autopay")
    c.c(R.choice(["acct # ", "account number ", "it's "]), V(R.choice([a, say_digits(a, False)]), "BANK_ACCOUNT"))
    add(c)


def iban_case():
    ib = gen_iban()
    c = Case("positive", "IBAN typed or read")
    if R.random() < 0.6:
        c.c(R.choice(["IBAN: ", "iban ", "please refund to ", "my IBAN is "]), V(fmt_iban(ib), "IBAN"))
    else:
        cc = spell(ib[0], "plain") + " " + spell(ib[1], "plain")
        rest = ib[2:]
        words, run = [], ""
        for ch in rest:
            if ch.isdigit():
                run += ch
            else:
                if run:
                    words.append(say_digits(run)); run = ""
                words.append(spell(ch, R.choice(["plain", "nato"])))
        if run:
            words.append(say_groups([run[i:i + 4] for i in range(0, len(run), 4)], True, 0.1))
        c.a("and the iban for the refund")
        c.c(R.choice(["it's ", "okay, ", ""]), V(cc + " " + " ".join(words), "IBAN"))
    add(c)


def phone_case():
    raw, kind = gen_phone()
    c = Case("positive", "phone number typed or spoken")
    if R.random() < 0.5:
        c.c(R.choice(["call me on ", "mob: ", "Tel. ", "best number is ", "my number: "]), raw[:len(raw) - len(raw.lstrip("+("))],
            V(phone_value(raw), "PHONE"))
    else:
        digits = re.sub(r"\D", "", raw)
        pre = ""
        if raw.startswith("+"):
            cc = {"44": "44", "1": "1", "353": "353", "33": "33", "49": "49"}
            for k in ("353", "44", "33", "49", "1"):
                if digits.startswith(k):
                    pre = "plus " + say_digits(k, runs=False) + " "
                    digits = digits[len(k):]
                    break
            if digits.startswith("0"):
                digits = digits[1:]
        grp = [digits[:4], digits[4:7], digits[7:]] if len(digits) > 8 else [digits[:3], digits[3:]]
        grp = [x for x in grp if x]
        c.a("best contact number?")
        c.c(R.choice(["it's ", "yeah ", ""]), V(pre + say_groups(grp, kind != "us", 0.2), "PHONE"))
    add(c)


def email_case():
    e = gen_email()
    c = Case("positive", "email typed or spelled out")
    if R.random() < 0.5:
        c.c(R.choice(["email: ", "you can reach me at ", "send it to ", "E-mail "]), V(e, "EMAIL"),
            R.choice(["", " please", "."]))
    else:
        c.a("what email should the confirmation go to")
        c.c(R.choice(["it's ", "um ", ""]), V(say_email(e), "EMAIL"))
        if R.random() < 0.4:
            c.a("so ", V(say_email(e), "EMAIL"), "?")
    add(c)


def dob_case():
    c = Case("positive", "date of birth")
    c.a(R.choice(["and your date of birth", "can you confirm the patient's date of birth", "DOB please"]))
    c.c(R.choice(["it's ", "", "born ", "uh "]), V(gen_dob(), "DOB"))
    add(c)


def address_case():
    uk = R.random() < 0.6
    spoken = R.random() < 0.5
    c = Case("positive", "address with postcode/ZIP")
    c.a("what's the address on the account")
    town = R.choice(TOWNS_UK if uk else TOWNS_US)
    if spoken and uk:
        town = town.lower()
    pc = gen_postcode_uk() if uk else gen_zip()
    pcv = say_postcode(pc) if (spoken and uk) else pc
    c.c(R.choice(["", "it's ", "yeah "]), V(gen_address(spoken), "ADDRESS"), ", ", town, R.choice([", ", " "]), V(pcv, "POSTCODE"))
    add(c)


def cvv_expiry_case():
    c = Case("positive", "expiry and security code only (card given earlier in call)")
    c.a(R.choice(["and the expiry date", "when does the card expire"]))
    c.c(R.choice(["", "it's ", "end of "]), V(gen_expiry(), "EXPIRY"))
    c.a(R.choice(["and the three digits on the back", "security code"]))
    c.c(R.choice(["", "um ", "it's "]), V(R.choice([dg(3), say_digits(dg(3)), say_group(str(R.randint(101, 999)).replace("0", "1"), True, "hundreds")]), "CVV"))
    add(c)


# ---------------------------------------------------------------- negatives
def neg_cases():
    out = []

    def N(note, *turns):
        c = Case("negative", note)
        for sp, tx in turns:
            c.t(sp, tx)
        out.append(c)

    for _ in range(8):
        n = luhn_complete("4", 16)
        lab = R.choice(["order number", "tracking number", "transaction reference", "booking reference", "invoice no."])
        N("Luhn-valid 16-digit %s (not a card)" % lab,
          ("agent", "your %s is %s" % (lab, " ".join(card_groups(n)))),
          ("customer", R.choice(["thanks", "ok got it", "great"])))
    for _ in range(8):
        d = dg(16)
        N("reference spoken in groups like a card reading",
          ("customer", "the %s is %s" % (R.choice(["claim reference", "case number", "ticket number", "parcel reference"]),
                                         say_groups(card_groups(d), R.random() < 0.5, 0.2))),
          ("agent", R.choice(["mhm", "thank you, i've found the claim"])))
    for _ in range(6):
        last = dg(4)
        N("card last-four mention only",
          ("agent", R.choice(["is that the card ending ", "i can see a visa ending in ", "the mastercard ending "]) +
           R.choice([last, say_digits(last)]) + "?"),
          ("customer", R.choice(["yes that one", "no the other one", "yeah"])))
    for _ in range(8):
        amt = R.randint(10, 9999)
        N("amounts and balances",
          ("agent", R.choice(["your balance is £%d.%02d", "the outstanding amount is $%d.%02d", "that comes to €%d.%02d"]) %
           (amt, R.randint(0, 99))),
          ("customer", R.choice(["and how much is the monthly payment", "ok can i pay %s pounds today" % num_words(R.randint(20, 999))])),
          ("agent", "it would be %s pounds %s a month" % (num_words(R.randint(10, 400)), num_words(R.randint(1, 99)))))
    for _ in range(6):
        s = dg(9)
        N("SSN-shaped ticket/reference number with label",
          ("agent", "your %s is %s-%s-%s" % (R.choice(["ticket number", "confirmation code", "case ID", "work order"]), s[:3], s[3:5], s[5:])),
          ("customer", "ok"))
    for _ in range(4):
        n = gen_ni()
        N("NI-shaped policy/reference code with label",
          ("agent", "your %s is %s" % (R.choice(["policy reference", "booking code", "vehicle quote ref"]), n[:2] + "-" + n[2:8] + "-" + n[8])),
          ("customer", "thanks"))
    for _ in range(6):
        N("meter readings",
          ("customer", "the %s meter reading is %s" % (R.choice(["gas", "electric", "day", "water"]),
                                                     R.choice([dg(5), say_digits(dg(5)), say_groups([dg(3), dg(3)], True, 0.2)]))),
          ("agent", "and the meter serial number is %s?" % ("".join(R.choice("ABEKLM") for _ in range(2)) + dg(8))))
    for _ in range(6):
        N("times, opening hours, durations",
          ("agent", R.choice(["we're open %d till %d monday to friday" % (R.randint(7, 9), R.randint(17, 20)),
                              "your engineer will arrive between %d and %d pm" % (R.randint(1, 3), R.randint(4, 6)),
                              "you've been on hold for %d minutes, sorry" % R.randint(3, 40),
                              "the line reopens at %02d:%02d" % (R.randint(6, 10), R.choice([0, 15, 30])) ])),
          ("customer", R.choice(["ok", "great that's fine", "twenty minutes is a long time"])))
    for _ in range(6):
        N("flight, gate, seat, room numbers",
          ("agent", "that's flight %s%d departing gate %s, seat %d%s" % (R.choice(["BA", "EI", "FR", "UA", "LH"]), R.randint(10, 9999),
                                                                        R.choice(["B", "A", ""]) + str(R.randint(1, 60)), R.randint(1, 40), R.choice("ABCDEF"))),
          ("customer", "and the hotel room is %s?" % R.choice(["room " + str(R.randint(100, 1599)), "twelve oh four", "four one two"])))
    for _ in range(6):
        N("ages, percentages, temperatures, counts",
          ("customer", R.choice(["i'm %d years old" % R.randint(18, 90), "my son's %s" % num_words(R.randint(4, 17)),
                                  "the heating's stuck at %d degrees" % R.randint(14, 30), "you put my rate up %d percent" % R.randint(2, 15)])),
          ("agent", R.choice(["we have %d accounts linked" % R.randint(2, 5), "that's a %s.%d%% increase" % (R.randint(1, 9), R.randint(0, 9)), "i understand"])))
    for _ in range(6):
        y = R.randint(2024, 2027)
        N("appointment, payment and contract dates",
          ("agent", R.choice(["your appointment is on %d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), y),
                              "the next payment is due on the %s of %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS)),
                              "your contract ends in %s %d" % (R.choice(MONTHS).title(), y),
                              "we received it on %s %s" % (R.choice(MONTHS), ORD[R.randint(1, 28)])])),
          ("customer", "ok"))
    for _ in range(8):
        N("labelled product identifiers: serial, model, policy, invoice, IMEI-free",
          ("customer", R.choice(["the serial number on the boiler is %s" % ("SN" + dg(10)),
                                  "model number %s-%s" % ("".join(R.choice("KXTGA") for _ in range(2)), dg(4)),
                                  "policy number %s" % ("POL" + dg(9)), "invoice %s" % ("INV-" + str(R.randint(2019, 2025)) + "-" + dg(6)),
                                  "the claim number is %s" % say_digits(dg(10)),
                                  "tracking %s" % ("1Z" + "".join(R.choice("0123456789ABCDEFX") for _ in range(16)))])),
          ("agent", R.choice(["thank you", "i've pulled that up now", "let me check"])))
    for _ in range(5):
        N("road names and route numbers",
          ("customer", R.choice(["i was stuck on the M%d for an hour" % R.randint(1, 62), "it's just off the A%d" % R.randint(1, 999),
                                  "take route %d south" % R.randint(1, 101), "the I-%d was closed" % R.choice([5, 10, 35, 80, 95])])),
          ("agent", "sorry to hear that"))
    for _ in range(5):
        N("years and durations of customership",
          ("customer", "i've been with you since %s and paid every month for %s years" % (R.choice([str(R.randint(1995, 2022)), year_words(R.randint(1995, 2019))]), num_words(R.randint(2, 25)))),
          ("agent", "and we appreciate that"))
    for _ in range(5):
        d = dg(R.randint(12, 20))
        N("long digit strings with explicit non-PII labels",
          ("agent", "the %s is %s" % (R.choice(["barcode", "transaction ID", "payment reference", "voucher code", "MPAN", "MPRN"]), d)),
          ("customer", "one more time?"),
          ("agent", "sure, %s" % say_groups([d[i:i + 4] for i in range(0, len(d), 4)], True, 0.0)))
    for _ in range(4):
        N("agent asks for card but customer declines / discusses cards without numbers",
          ("agent", "can i take the long card number please"),
          ("customer", R.choice(["i'd rather not say it over the phone", "hang on let me find it... actually i'll pay online",
                                  "it's the same card as last time, the one ending in " + say_digits(dg(4))])))
    for _ in range(5):
        N("phone-like but a count/price list",
          ("agent", "the packages are %d, %d and %d pounds, with %d, %d or %d gigabytes" % tuple(R.randint(10, 99) for _ in range(6))),
          ("customer", "the %s one then" % num_words(R.randint(10, 99))))
    for _ in range(4):
        N("CVV-like and expiry-like numbers in other contexts",
          ("agent", "press %d to pay a bill, then enter the %d digit reference" % (R.randint(1, 9), R.randint(3, 9))),
          ("customer", "it says the offer is valid %s" % R.choice(["till 09/26", "for 12 months", "until end of march"])))
    return out


# ---------------------------------------------------------------- build
def build():
    _gid[0] = 0
    CASES.clear()
    plan = ([card_typed_case] * 14 + [card_spoken_one] * 12 + [card_split_turns] * 9 + [card_correction] * 6 +
            [card_aside] * 6 + [card_misheard] * 4 + [card_pairs] * 6 + [card_with_last4] * 4 +
            [card_email] * 4 + [card_agent_typed_readback] * 3 + [card_asr_messy] * 5 + [card_agent_prompts_groups] * 3 +
            [ssn_typed] * 9 + [ssn_spoken] * 8 + [ssn_split] * 4 + [ssn_correction] * 3 + [ssn_other_forms] * 4 +
            [ssn_agent_asks_last4_then_full] * 2 + [ssn_form_email] * 2 +
            [ni_typed] * 9 + [ni_spoken] * 8 + [ni_split] * 4 + [ni_letter_correction] * 3 + [ni_restart] * 3 +
            [ni_asr_run] * 3 + [ni_gov] * 4 +
            [bank_uk] * 12 + [bank_us] * 4 + [iban_case] * 12 + [phone_case] * 14 + [email_case] * 12 +
            [dob_case] * 10 + [address_case] * 12 + [cvv_expiry_case] * 8)
    for f in plan:
        f()
    pos = list(CASES)
    neg = neg_cases()
    lines, groups = [], []
    for i, c in enumerate(pos):
        lines.append(dict(id="h448-pos-%03d" % (i + 1), kind="positive", turns=c.turns, spans=c.spans, note=c.note))
        groups.append(c.groups)
    for i, c in enumerate(neg):
        lines.append(dict(id="h448-neg-%03d" % (i + 1), kind="negative", turns=c.turns, spans=[], note=c.note))
        groups.append({})
    text = "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)
    return text, lines, groups


# ---------------------------------------------------------------- validation
WORD_DIG = {w: str(i) for i, w in enumerate(ONES)}
WORD_DIG.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
TEEN = {w: str(10 + i) for i, w in enumerate(TEENS)}
TEN = {w: str(i) for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "erm", "uhh", "hmm", "and", "then", "dash", "space", "hyphen"}
NATO_R = {v: k for k, v in NATO.items()}
NATO_R.update({"xray": "x"})


def norm(text, digit_only=False):
    """Normalise a spoken or typed value to letters/digits. Returns (s, unknown)."""
    t = text.lower().replace("x-ray", "xray")
    toks = re.findall(r"[a-z0-9]+", t)
    out, unk, i = [], [], 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(w) == 1 and w.isalpha() and nxt in ("for", "as"):
            j = i + 2 + (1 if nxt == "as" else 0)
            out.append(w); i = j + 1; continue
        if w in ("double", "triple") and nxt in WORD_DIG:
            out.append(WORD_DIG[nxt] * (2 if w == "double" else 3)); i += 2; continue
        if w in WORD_DIG and nxt == "hundred":
            d = WORD_DIG[w]; i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            n1 = toks[i] if i < len(toks) else None
            n2 = toks[i + 1] if i + 1 < len(toks) else None
            if n1 in TEEN:
                out.append(d + TEEN[n1]); i += 1
            elif n1 in TEN:
                if n2 in WORD_DIG and WORD_DIG[n2] != "0" and n2 not in ("oh", "o", "nought", "zero"):
                    out.append(d + TEN[n1] + WORD_DIG[n2]); i += 2
                else:
                    out.append(d + TEN[n1] + "0"); i += 1
            elif n1 in WORD_DIG:
                out.append(d + "0" + WORD_DIG[n1]); i += 1
            else:
                out.append(d + "00")
            continue
        if w in TEN:
            if nxt in WORD_DIG and nxt not in ("oh", "o", "nought", "zero"):
                out.append(TEN[w] + WORD_DIG[nxt]); i += 2
            else:
                out.append(TEN[w] + "0"); i += 1
            continue
        if w in TEEN:
            out.append(TEEN[w]); i += 1; continue
        if w in WORD_DIG:
            out.append(WORD_DIG[w]); i += 1; continue
        if w in FILLERS:
            i += 1; continue
        if w in NATO_R:
            out.append(NATO_R[w]); i += 1; continue
        if re.fullmatch(r"[a-z0-9]+", w) and (any(ch.isdigit() for ch in w) or len(w) <= 2 or not digit_only):
            out.append(w); i += 1; continue
        unk.append(w); i += 1
    return "".join(out).upper(), unk


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def validate_group(typ, mode, parts):
    joined = " ".join(parts)
    dig_types = ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE")
    s, unk = norm(joined, typ in dig_types)
    if typ in dig_types:
        if unk or not s.isdigit():
            return "non-digit tokens %r -> %r" % (unk, s)
        if mode == "frag":
            return None if 1 <= len(s) <= 19 else "bad fragment %s" % s
        if typ == "CARD_NUMBER":
            return None if 13 <= len(s) <= 19 and luhn_ok(s) else "card fails Luhn/length: %s" % s
        if typ == "CVV":
            return None if len(s) in (3, 4) else "cvv %s" % s
        if typ == "SSN":
            return None if len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00" else "ssn %s" % s
        if typ == "SORT_CODE":
            return None if len(s) == 6 else "sort %s" % s
        return None if 6 <= len(s) <= 17 else "acct %s" % s
    if typ == "NI_NUMBER":
        if mode == "frag":
            return None if re.fullmatch(r"[A-Z0-9]{1,9}", s) else "ni frag %s" % s
        return None if re.fullmatch(r"(QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\d{6}[A-D]", s) else "ni %s %r" % (s, unk)
    if typ == "IBAN":
        return None if iban_ok(s) else "iban %s" % s
    if typ == "PHONE":
        s2 = s.replace("PLUS", "")
        return None if s2.isdigit() and 10 <= len(s2) <= 14 else "phone %s" % s
    if typ == "EMAIL":
        e = joined.lower()
        if "@" not in e:
            e = re.sub(r"\s+at\s+", "@", e)
            e = re.sub(r"\s+dot\s+", ".", e)
            e = re.sub(r"\s+underscore\s+", "_", e)
            toks = e.split()
            e = "".join(WORD_DIG.get(x, x) if x in ONES else x for x in toks)
        return None if re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else "email %s" % e
    if typ == "POSTCODE":
        return None if UK_PC.match(s) or re.fullmatch(r"\d{5}(\d{4})?", s) else "postcode %s" % s
    if typ in ("DOB", "EXPIRY"):
        low = joined.lower()
        has_month = any(m in low for m in MONTHS) or re.search(r"\d", low) or len(s) >= 3
        return None if has_month else "date %s" % joined
    if typ == "ADDRESS":
        low = joined.lower()
        ok = re.match(r"(flat|apt|unit|apartment)?\s*[\w]", low) and any(
            x.lower() in low for x in ("lane", "road", "street", "avenue", "crescent", "drive", "close", "view", "court", "walk", "way"))
        return None if ok and re.search(r"\d|" + "|".join(ONES[1:] + TEENS + TENS[2:]), low) else "address %s" % joined
    return "unknown type"


def check(text, lines, groups):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = [l["id"] for l in lines]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for l, g in zip(lines, groups):
        if l["kind"] == "negative" and l["spans"]:
            errs.append("%s: negative with spans" % l["id"])
        if l["kind"] == "positive" and not l["spans"]:
            errs.append("%s: positive without spans" % l["id"])
        for t in l["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % l["id"])
        by_turn = {}
        for sp in l["spans"]:
            if sp["type"] not in TYPES:
                errs.append("%s: bad type" % l["id"])
            tx = l["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                errs.append("%s: offsets out of range" % l["id"]); continue
            if not (tx[s].isalnum() and tx[e - 1].isalnum()):
                errs.append("%s: span %r not trimmed to alnum" % (l["id"], tx[s:e]))
            if (s > 0 and tx[s - 1].isalnum()) or (e < len(tx) and tx[e].isalnum()):
                errs.append("%s: span %r not on word boundary" % (l["id"], tx[s:e]))
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for ivs in by_turn.values():
            ivs.sort()
            for a, b in zip(ivs, ivs[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans" % l["id"])
        for gid, gr in g.items():
            m = validate_group(gr["type"], gr["mode"], gr["parts"])
            if m:
                errs.append("%s: %s: %s" % (l["id"], gr["type"], m))
    # counts
    cnt = {t: 0 for t in TYPES}
    for l in lines:
        for sp in l["spans"]:
            cnt[sp["type"]] += 1
    npos = sum(l["kind"] == "positive" for l in lines)
    nneg = len(lines) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if cnt[t] < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, cnt[t]))
    return errs, cnt, npos, nneg


def main():
    text, lines, groups = build()
    if "--check" in sys.argv:
        errs, cnt, npos, nneg = check(text, lines, groups)
        for e in errs:
            print("ERROR", e)
        print("positives %d negatives %d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        print("FAIL" if errs else "OK: --check passed")
        sys.exit(1 if errs else 0)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()

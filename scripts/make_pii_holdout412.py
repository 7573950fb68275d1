#!/usr/bin/env python3
"""Generate the pii_holdout412 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout412.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout412.py --check  # regenerate + validate

Standard library only. Every turn is built from plain segments and labelled
value segments, so span offsets are computed, never typed by hand.
"""
import argparse
import json
import os
import re
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout412")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(412241125)

# --------------------------------------------------------------------------
# vocabulary
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS = ["um", "uh", "er", "erm", "hmm"]
UNITV = {w: i for i, w in enumerate(UNITS)}
UNITV.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
TEENV = {w: 10 + i for i, w in enumerate(TEENS)}
TENSV = {w: i * 10 for i, w in enumerate(TENS) if w}
NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
        "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
        "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu"]
NATOV = {w: w[0].upper() for w in NATO}
NATOV.update({"juliett": "J", "whisky": "W", "alfa": "A"})
FOR_WORDS = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
             "f": "freddie", "g": "george", "h": "harry", "j": "jack", "k": "king",
             "l": "london", "m": "mother", "n": "nellie", "p": "peter", "r": "robert",
             "s": "sugar", "t": "tommy", "w": "william", "x": "xray", "y": "yellow", "z": "zebra",
             "o": "orange", "i": "india", "q": "queen", "u": "uncle", "v": "victor"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def ordinal_words(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def ordinal_suffix(n):
    if 11 <= n % 100 <= 13:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


# --------------------------------------------------------------------------
# speaking digits

def zero_word(uk=True):
    return R.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "oh", "zero"])


def say_digit(d, uk=True):
    return zero_word(uk) if d == "0" else UNITS[int(d)]


def say_single(s, uk=True, doubles=True):
    words = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if doubles and run == 3 and R.random() < 0.7:
            words.append("triple " + say_digit(d, uk))
            i += 3
        elif doubles and run >= 2 and R.random() < 0.75:
            words.append("double " + say_digit(d, uk))
            i += 2
        else:
            words.append(say_digit(d, uk))
            i += 1
    return " ".join(words)


def say_pair(p, uk=True):
    if p[0] == "0":
        return zero_word(uk) + " " + say_digit(p[1], uk)
    if p[0] == "1":
        return TEENS[int(p[1])]
    if p[1] == "0":  # "forty" alone is ambiguous before a unit word
        return say_digit(p[0], uk) + " " + zero_word(uk)
    return TENS[int(p[0])] + " " + UNITS[int(p[1])]


def say_chunk(c, uk=True):
    """Say one chunk of digits in a randomly chosen natural style."""
    styles = ["single", "single"]
    if len(c) % 2 == 0:
        styles.append("pairs")
    if len(c) == 3 and c[0] != "0" and c[1:] != "00":
        styles.append("hundred")
    st = R.choice(styles)
    if st == "pairs":
        return " ".join(say_pair(c[i:i + 2], uk) for i in range(0, len(c), 2))
    if st == "hundred":
        h = UNITS[int(c[0])] + " hundred"
        rest = c[1:]
        if rest[0] == "0":
            return h + " and " + UNITS[int(rest[1])]
        if rest[0] == "1":
            return h + " and " + TEENS[int(rest[1])]
        return h + " and " + TENS[int(rest[0])] + ("" if rest[1] == "0" else " " + UNITS[int(rest[1])])
    return say_single(c, uk)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def spoken(s, sizes, uk=True, filler=0.25, sep=None):
    parts = [say_chunk(c, uk) for c in chunks(s, sizes)]
    out = parts[0]
    for p in parts[1:]:
        j = sep if sep is not None else R.choice([" ", " ", ", ", " ... "])
        if R.random() < filler:
            j = j.rstrip() + " " + R.choice(FILLERS) + " "
            j = j if j.startswith(" ") or j.startswith(",") else " " + j.lstrip()
        out += j + p
    return out


# --------------------------------------------------------------------------
# value generators

def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + R.choice(["539", "929", "556", "485", "716", "000"]), 16), "visa"
    if k < 0.7:
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16), "mc"
    if k < 0.82:
        return luhn_complete(R.choice(["34", "37"]), 15), "amex"
    if k < 0.9:
        return luhn_complete("6011", 16), "disc"
    if k < 0.95:
        return luhn_complete("4", 13), "visa13"
    return luhn_complete(R.choice(["6759", "5018", "4"]), 19), "long"


def card_sizes(card):
    if len(card) == 15:
        return [4, 6, 5]
    if len(card) == 13:
        return [4, 3, 3, 3]
    if len(card) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def card_typed(card):
    k = R.random()
    if k < 0.35:
        return " ".join(chunks(card, card_sizes(card)))
    if k < 0.55:
        return "-".join(chunks(card, card_sizes(card)))
    if k < 0.7:
        return card
    if k < 0.85:  # odd grouping
        sz = []
        left = len(card)
        while left > 0:
            n = min(left, R.choice([3, 5, 6, 2]))
            sz.append(n)
            left -= n
        return " ".join(chunks(card, sz))
    return ".".join(chunks(card, card_sizes(card)))


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
    return p + "%06d" % R.randint(0, 999999) + R.choice("ABCD")


def iban_check(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "HBUK", "LOYD", "NAIA"]) + dg(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABO", "INGB", "TRIO"]) + dg(10)
    else:
        bban = dg(20)
    return cc + iban_check(cc, bban) + bban


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24}


def say_letter(ch, style):
    ch = ch.lower()
    if style == "nato" or (ch == "o" and style == "plain"):
        return {"x": "xray", "j": "juliet"}.get(ch, NATO[ord(ch) - 97])
    if style == "for":
        return "%s for %s" % (ch, FOR_WORDS.get(ch, NATO[ord(ch) - 97]))
    return ch


def say_alnum(s, style, uk=True):
    out = []
    digs = ""
    for ch in s:
        if ch.isdigit():
            digs += ch
            continue
        if digs:
            out.append(say_single(digs, uk))
            digs = ""
        out.append(say_letter(ch, style))
    if digs:
        out.append(say_single(digs, uk))
    return " ".join(out)


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "dan", "chloe", "kwame",
         "fiona", "raj", "helen", "sean", "lucy", "marek", "niamh", "gary", "elena", "ben"]
LAST = ["doyle", "patel", "smith", "kowalski", "brennan", "okafor", "harris", "walsh", "miller",
        "nguyen", "byrne", "evans", "fischer", "garcia", "hughes", "murphy", "reid", "shaw"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "gmx.de", "protonmail.com", "aol.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    k = R.random()
    if k < 0.3:
        local = f + "." + l
    elif k < 0.5:
        local = f[0] + l + str(R.randint(1, 99))
    elif k < 0.7:
        local = f + "_" + l
    elif k < 0.85:
        local = l + "." + f[0]
    else:
        local = f + l + str(R.randint(60, 99))
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append("dash")
        elif tok.isdigit():
            out.append(say_chunk(tok, True) if len(tok) > 1 and tok[0] != "0" else say_single(tok))
        else:
            r = R.random()
            if r < 0.6 or len(tok) == 1:
                out.append(tok)
            else:  # spell it, with double letters
                letters = []
                i = 0
                while i < len(tok):
                    if i + 1 < len(tok) and tok[i] == tok[i + 1]:
                        letters.append("double " + tok[i])
                        i += 2
                    else:
                        letters.append(tok[i] if tok[i] != "o" or R.random() < 0.5 else "o for orange")
                        i += 1
                out.append(" ".join(letters))
    out.append("at")
    out.append(dom.replace(".", " dot "))
    return " ".join(out)


UK_PC = ["LS1 4AP", "M1 1AE", "B33 8TH", "CR2 6XH", "EH1 1YZ", "SW1A 2AA", "BS8 1TH", "NE1 7RU",
         "G2 3WT", "CF10 1EP", "L3 9PP", "NW3 5BY", "SE15 4ST", "BT9 6AZ", "W1A 1AA", "PL4 8AA",
         "YO1 7HH", "DE22 3AH", "KT2 6RE", "BN2 1TW", "S10 2TN", "NG7 2RD"]
US_ZIP = ["90210", "02139", "10001-1234", "60614", "73301", "30303", "98109", "33139-2207",
          "80202", "07030", "19103", "85004"]
STREETS = ["Mill Lane", "Station Road", "Acacia Avenue", "Church Street", "Kingsway", "Park Road",
           "Victoria Terrace", "Oak Drive", "Elm Grove", "Hillside Crescent", "Meadow Close",
           "Queens Road", "Harbour View", "Castle Street", "Willow Way"]
US_STREETS = ["Oak Street", "Maple Avenue", "Sunset Boulevard", "Elm Street", "Lakeview Drive",
              "Pine Court", "Washington Avenue", "Cedar Lane"]
TOWNS = ["Leeds", "Manchester", "Bristol", "Croydon", "Edinburgh", "Cardiff", "Glasgow", "York",
         "Nottingham", "Brighton", "Derby", "Sheffield"]
US_TOWNS = [("Springfield", "IL"), ("Austin", "TX"), ("Seattle", "WA"), ("Denver", "CO"),
            ("Hoboken", "NJ"), ("Miami", "FL"), ("Atlanta", "GA"), ("Phoenix", "AZ")]
STREET_SUFFIX = {"lane", "road", "avenue", "street", "kingsway", "terrace", "drive", "grove",
                 "crescent", "close", "view", "way", "boulevard", "court", "rd", "st", "ave"}


def gen_phone():
    k = R.choice(["ukmob", "ukland", "us", "ie", "eu"])
    if k == "ukmob":
        nat = "07" + R.choice(["700", "911", "823", "456", "387"]) + "%06d" % R.randint(0, 999999)
        intl = "+44" + nat[1:]
        return k, nat, intl
    if k == "ukland":
        nat = R.choice(["0113", "0161", "0117", "0131", "0292"]) + "%07d" % R.randint(0, 9999999)
        return k, nat, "+44" + nat[1:]
    if k == "us":
        nat = "%03d555%04d" % (R.choice([212, 312, 415, 617, 713, 206]), R.randint(100, 199))
        return k, nat, "+1" + nat
    if k == "ie":
        nat = "08" + R.choice("35679") + "%07d" % R.randint(0, 9999999)
        return k, nat, "+353" + nat[1:]
    nat = "0" + "1%08d" % R.randint(0, 99999999)
    return k, nat, "+49" + nat[1:]


def phone_typed(kind, nat, intl, use_intl):
    if use_intl:
        if kind == "us":
            return R.choice(["+1 %s %s %s" % (nat[:3], nat[3:6], nat[6:]), "+1-%s-%s-%s" % (nat[:3], nat[3:6], nat[6:])])
        cc = intl[:len(intl) - len(nat) + 1]
        rest = nat[1:]
        return R.choice(["%s %s %s" % (cc, rest[:4], rest[4:]), cc + rest, "%s %s %s %s" % (cc, rest[:2], rest[2:5], rest[5:])])
    if kind == "us":
        return R.choice(["%s-%s-%s" % (nat[:3], nat[3:6], nat[6:]), "%s.%s.%s" % (nat[:3], nat[3:6], nat[6:]), nat])
    return R.choice(["%s %s" % (nat[:5], nat[5:]), nat, "%s %s %s" % (nat[:3], nat[3:6], nat[6:])])


def phone_spoken(kind, nat, intl, use_intl):
    if use_intl:
        cc = intl[1:len(intl) - len(nat) + 1]
        return "plus " + say_single(cc, doubles=False) + " " + spoken(nat[1:], [4, 3, 3])
    if kind == "us":
        return spoken(nat, [3, 3, 4], uk=False)
    return spoken(nat, [5, 3, 3])


def gen_dob():
    return R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)


def year_words(y):
    if y >= 2000:
        return "two thousand and " + (UNITS[y - 2000] if y < 2010 else say_pair(str(y - 2000)))
    return R.choice(["nineteen ", ""]) + say_pair(str(y)[2:])


def dob_text(y, m, d, asr):
    if asr:
        return R.choice([
            "%s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y)),
            "the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y)),
            "%s %s %s" % (MONTHS[m - 1], ordinal_words(d), year_words(y)),
            "%s %s %s" % (say_single("%02d" % d, doubles=False), say_single("%02d" % m, doubles=False), year_words(y)),
        ])
    return R.choice([
        "%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%02d-%02d-%d" % (m, d, y),
        "%s %s %d" % (ordinal_suffix(d), MONTHS[m - 1].capitalize(), y),
        "%s %d, %d" % (MON3[m - 1].capitalize(), d, y), "%d-%02d-%02d" % (y, m, d),
        "%02d/%02d/%02d" % (d, m, y % 100),
    ])


def expiry_text(asr):
    m, y = R.randint(1, 12), R.randint(25, 31)
    if asr:
        return R.choice([
            "%s %s" % (say_single("%02d" % m), say_pair(str(y))),
            "%s twenty %s" % (MONTHS[m - 1], say_pair(str(y))),
            "%s %s" % (MONTHS[m - 1], "two thousand and " + say_pair(str(y))),
            "%s %s" % (say_single("%02d" % m), say_single(str(y))),
        ])
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                     "%02d %02d" % (m, y), "%s %d" % (MON3[m - 1].capitalize(), 2000 + y)])


# --------------------------------------------------------------------------
# case builder

class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.meta = []  # (group, role) for each span
        self.groups = []  # (type, canonical)

    def g(self, typ, canon):
        self.groups.append((typ, canon))
        return len(self.groups) - 1

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, gid, role = seg
                st = len(text)
                text += val
                self.spans.append({"turn": ti, "start": st, "end": len(text),
                                   "type": self.groups[gid][0]})
                self.meta.append((gid, role))
        self.turns.append({"speaker": speaker, "text": text})
        return self


def V(val, gid, role="part"):
    """role: part = concatenated parts of the group equal the canonical value;
    loose = a partial repeat / read-back, must be a substring of the value;
    wrong = a misspoken (later corrected) reading, only checked to normalise."""
    return (val, gid, role)


BC = ["mhm", "yep", "go on", "okay", "right", "uh huh", "got that", "yes", "lovely", "and then"]
AGENT_HELLO = {
    "banking": "you're through to the card services team",
    "telecom": "thanks for calling, this is the mobile accounts team",
    "utilities": "you're through to billing for gas and electric",
    "retail": "thanks for contacting customer care",
    "insurance": "you're through to the claims line",
    "travel": "thanks for calling the bookings team",
    "healthcare": "you're through to patient billing",
    "government": "you're through to the benefits helpline",
}
INDUSTRIES = list(AGENT_HELLO)


def ind():
    return R.choice(INDUSTRIES)


def asr_clean(s):
    return s.lower()


# --------------------------------------------------------------------------
# positive scenarios

def p_card_chat():
    c = Case("positive", "typed chat card number with label, agent mentions last four")
    card, _ = gen_card()
    g = c.g("CARD_NUMBER", card)
    lead = R.choice(["card no: ", "Card number - ", "here u go ", "its ", "long number on card is ",
                     "CC# ", "pls charge ", "use this one: "])
    tail = R.choice(["", " thx", ". ty", " !!", " cheers"])
    c.t("agent", "Hi, %s. What card would you like to use today?" % AGENT_HELLO[ind()])
    segs = [lead, V(card_typed(card), g), tail]
    if R.random() < 0.6:
        ge = c.g("EXPIRY", None)
        segs += [R.choice([" exp ", " expiry ", ", expires ", " valid thru "]), V(expiry_text(False), ge)]
    if R.random() < 0.5:
        gc = c.g("CVV", None)
        cvv = "%03d" % R.randint(0, 999) if not len(card) == 15 else "%04d" % R.randint(0, 9999)
        c.groups[gc] = ("CVV", cvv)
        segs += [R.choice([" cvv ", " security code ", " sec code: ", " and the 3 on the back "]), V(cvv, gc)]
    c.t("customer", *segs)
    gl = c.g("CARD_NUMBER", card)
    c.t("agent", "Thanks! I've got the card ending ", V(card[-4:], gl, "loose"),
        R.choice([" on the account now.", ", is that right?", " - processing that for you."]))
    return c


def read_card_split(c, card, g, uk=True):
    """customer reads the card over several turns with agent back-channels"""
    parts = chunks(card, card_sizes(card))
    for i, p in enumerate(parts):
        pre = R.choice(["", "", "um ", "okay so ", "it's "]) if i == 0 else R.choice(["", "", "then ", "and "])
        c.t("customer", pre, V(say_chunk(p, uk), g))
        if i < len(parts) - 1:
            c.t("agent", R.choice(BC))


def p_card_call_split():
    c = Case("positive", "asr call: card read in groups over several turns, full agent read-back")
    card, _ = gen_card()
    g = c.g("CARD_NUMBER", card)
    c.t("agent", "%s can i take the long number across the front of the card please" % AGENT_HELLO[ind()])
    read_card_split(c, card, g)
    g2 = c.g("CARD_NUMBER", card)
    c.t("agent", R.choice(["let me just read that back ", "okay so that's ", "so i have "]),
        V(spoken(card, card_sizes(card), filler=0.1), g2), R.choice([" is that correct", "", " yeah"]))
    c.t("customer", R.choice(["yes that's it", "yep", "that's right yeah"]))
    return c


def p_card_digit_correction():
    c = Case("positive", "asr: caller misreads one group and corrects it; agent read-back also corrected")
    card, _ = gen_card()
    sizes = card_sizes(card)
    parts = chunks(card, sizes)
    g = c.g("CARD_NUMBER", card)
    k = R.randrange(1, len(parts))
    c.t("agent", "and the card number when you're ready")
    pre = "".join(parts[:k])
    c.t("customer", V(spoken(pre, sizes[:k]), g))
    c.t("agent", R.choice(BC))
    wrongp = parts[k][:-1] + str((int(parts[k][-1]) + R.randint(1, 8)) % 10)
    gw = c.g("CARD_NUMBER", card)
    c.t("customer", V(say_single(wrongp), gw, "wrong"),
        R.choice([" no sorry ", " no wait ", " hang on that's wrong ", " sorry my glasses "]),
        V(say_single(parts[k]), g))
    rest = "".join(parts[k + 1:])
    if rest:
        c.t("agent", R.choice(["okay", "no problem", "got it"]))
        c.t("customer", V(spoken(rest, sizes[k + 1:]), g))
    # agent reads back, gets one digit wrong, customer corrects
    ga = c.g("CARD_NUMBER", card)
    j = R.randrange(len(parts))
    bad = parts[j][:1] + str((int(parts[j][1]) + 3) % 10) + parts[j][2:]
    pre_txt = "".join(parts[:j])
    segs = ["so that's "]
    if pre_txt:
        segs += [V(spoken(pre_txt, sizes[:j], filler=0), ga, "loose"), " "]
    gb = c.g("CARD_NUMBER", card)
    segs += [V(say_single(bad), gb, "wrong"), " and so on"]
    c.t("agent", *segs)
    gc = c.g("CARD_NUMBER", card)
    c.t("customer", "no the %s group is " % ["first", "second", "third", "fourth", "fifth"][j],
        V(say_single(parts[j]), gc, "loose"))
    gd = c.g("CARD_NUMBER", card)
    c.t("agent", "sorry ", V(say_single(parts[j]), gd, "loose"), " thank you")
    return c


def p_card_someone_else():
    c = Case("positive", "asr: caller relays partner's card over a hold, partial repeats")
    card, _ = gen_card()
    sizes = card_sizes(card)
    parts = chunks(card, sizes)
    g = c.g("CARD_NUMBER", card)
    who = R.choice(["my wife", "my husband", "my mum", "my dad", "my son", "my partner"])
    c.t("customer", "it's going on %s's card she's just getting it hang on" % who.split()[1] if False else
        "it's going on %s's card they're just getting it from the other room" % who)
    c.t("agent", "no problem take your time")
    half = len(parts) // 2
    c.t("customer", "right %s says " % R.choice(["she", "he"]),
        V(spoken("".join(parts[:half]), sizes[:half]), g))
    c.t("agent", "bear with me one moment i'm just going to pop you on a brief hold")
    c.t("agent", "thanks for holding so i had ", V(spoken("".join(parts[:half]), sizes[:half], filler=0), c.g("CARD_NUMBER", card), "loose"), " and then")
    c.t("customer", V(spoken("".join(parts[half:]), sizes[half:]), g),
        R.choice(["", " i think", " yeah"]))
    last = parts[-1]
    c.t("agent", "and the last %s " % ("four were" if len(last) == 4 else "bit was"),
        V(say_single(last), c.g("CARD_NUMBER", card), "loose"))
    c.t("customer", "yes")
    return c


def p_card_cvv_expiry():
    c = Case("positive", "asr: card, expiry and security code, expiry confirmed piece by piece")
    card, _ = gen_card()
    g = c.g("CARD_NUMBER", card)
    c.t("agent", "can i take the card number")
    c.t("customer", R.choice(["yeah it's ", "", "okay ", "right "]),
        V(spoken(card, card_sizes(card)), g))
    c.t("agent", "and the expiry")
    ge = c.g("EXPIRY", None)
    c.t("customer", V(expiry_text(True), ge))
    gc = c.g("CVV", None)
    cvv = "%04d" % R.randint(1000, 9999) if len(card) == 15 else "%03d" % R.randint(100, 999)
    c.groups[gc] = ("CVV", cvv)
    c.t("agent", "and the %s digits on the back" % ("four" if len(cvv) == 4 else "three"))
    c.t("customer", R.choice(["", "it's ", "um "]), V(say_chunk(cvv), gc))
    gc2 = c.g("CVV", cvv)
    c.t("agent", V(say_single(cvv), gc2), R.choice(["", " thank you", " lovely"]))
    return c


def p_ssn_typed():
    c = Case("positive", "typed US SSN with label variants")
    s = gen_ssn()
    g = c.g("SSN", s)
    fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])
    lead = R.choice(["SSN: ", "ssn# ", "Social is ", "soc sec no ", "my social security number is ",
                     "Tax ID (SSN) "])
    c.t("agent", "To verify, please provide your Social Security number.")
    c.t("customer", lead, V(fmt, g), R.choice(["", ".", " - thanks", " (for my 1099)"]))
    if R.random() < 0.5:
        c.t("agent", "Thank you, I've verified the SSN ending ", V(s[5:], c.g("SSN", s), "loose"), ".")
    return c


def p_ssn_piecewise():
    c = Case("positive", "asr: SSN confirmed piece by piece, agent repeats each piece")
    s = gen_ssn()
    g = c.g("SSN", s)
    c.t("agent", "can i get your social security number starting with the first three")
    pieces = [s[:3], s[3:5], s[5:]]
    for i, p in enumerate(pieces):
        c.t("customer", R.choice(["", "uh ", "then ", ""]) if i else "", V(say_chunk(p, uk=False), g))
        nxt = [R.choice([" and the middle two", " okay then the next two", " then the two"]),
               R.choice([" and the last four", " okay and the final four", " last four please"]),
               R.choice(["", " got it", " thank you"])][i]
        c.t("agent", V(say_single(p, uk=False), c.g("SSN", s), "loose"), nxt)
    return c


def p_ssn_correction():
    c = Case("positive", "asr: SSN read for a family member, one digit corrected after read-back")
    s = gen_ssn()
    g = c.g("SSN", s)
    c.t("customer", "i'm calling about my %s's account i have power of attorney" % R.choice(["father", "mother", "aunt", "grandpa"]))
    c.t("agent", "okay i'll need their social")
    c.t("customer", "it's ", V(spoken(s, [3, 2, 4], uk=False), g))
    bad = s[:4] + str((int(s[4]) + 5) % 10) + s[5:]
    c.t("agent", "okay so that's ", V(spoken(bad, [3, 2, 4], uk=False, filler=0), c.g("SSN", s), "wrong"))
    c.t("customer", "no the middle is ", V(say_single(s[3:5], uk=False), c.g("SSN", s), "loose"),
        " not ", V(say_single(bad[3:5], uk=False), c.g("SSN", s), "wrong"))
    c.t("agent", "sorry so ", V(spoken(s, [3, 2, 4], uk=False, filler=0), c.g("SSN", s)), " correct")
    c.t("customer", "yes")
    return c


def ni_typed(n):
    return R.choice([n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
                     "%s %s %s" % (n[:2], n[2:8], n[8]), "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
                     "%s %s %s %s %s" % (n[:2].lower(), n[2:4], n[4:6], n[6:8], n[8].lower())])


def p_ni_typed():
    c = Case("positive", "typed UK NI number in chat/e-mail with label variants")
    n = gen_ni()
    g = c.g("NI_NUMBER", n)
    c.t("agent", "Could you confirm your National Insurance number please?")
    c.t("customer", R.choice(["NI no: ", "ni number is ", "NINO ", "Nat Ins: ", "its ", "National Insurance - "]),
        V(ni_typed(n), g), R.choice(["", ".", " thanks", " (from my P60)"]))
    return c


def p_ni_spoken():
    c = Case("positive", "asr: NI number with letters spelled, agent reads back with phonetics")
    n = gen_ni()
    g = c.g("NI_NUMBER", n)
    style = R.choice(["plain", "nato", "for"])
    c.t("agent", "and your national insurance number please")
    c.t("customer", R.choice(["yeah it's ", "", "um "]), V(say_letter(n[0], style) + " " + say_letter(n[1], style), g))
    c.t("agent", R.choice(BC))
    c.t("customer", V(spoken(n[2:8], [2, 2, 2]), g))
    c.t("agent", "and the letter at the end")
    c.t("customer", V(say_letter(n[8], R.choice(["plain", "for"])), g))
    c.t("agent", "so that's ", V(say_alnum(n, "nato"), c.g("NI_NUMBER", n)))
    c.t("customer", R.choice(["that's it", "yep", "correct"]))
    return c


def p_ni_correction():
    c = Case("positive", "asr: NI letter misheard, corrected with phonetic")
    n = gen_ni()
    style = R.choice(["plain", "for"])
    c.t("agent", "can you give me your ni number")
    c.t("customer", V(say_alnum(n, style), c.g("NI_NUMBER", n)))
    wrong = {"M": "N", "N": "M", "B": "P", "P": "B", "S": "X", "T": "C", "C": "T", "E": "G"}.get(n[0], "E")
    c.t("agent", "was that ", V(say_letter(wrong, "nato"), c.g("NI_NUMBER", n), "wrong"), " at the start")
    c.t("customer", "no ", V(say_letter(n[0], "for"), c.g("NI_NUMBER", n), "loose"))
    c.t("agent", "ah okay so ", V(say_alnum(n, "nato"), c.g("NI_NUMBER", n)))
    return c


def p_bank_sort():
    c = Case("positive", "sort code and account number, typed or spoken, with read-back")
    sc = "%02d%02d%02d" % (R.choice([20, 40, 60, 30, 11, 9, 83]), R.randint(0, 99), R.randint(0, 99))
    acct = "%08d" % R.randint(10000000, 99999999)
    gs, ga = c.g("SORT_CODE", sc), c.g("BANK_ACCOUNT", acct)
    if R.random() < 0.4:
        c.t("agent", "Please send the details for the refund.")
        c.t("customer", R.choice(["sort code ", "S/C: ", "sortcode "]),
            V(R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), gs),
            R.choice([" acct no: ", ", account ", " a/c "]), V(R.choice([acct, acct[:4] + " " + acct[4:]]), ga))
        return c
    c.t("agent", "what's the sort code for the account")
    c.t("customer", V(spoken(sc, [2, 2, 2]), gs))
    c.t("agent", V(say_single(sc), c.g("SORT_CODE", sc), "part"), " and the account number")
    c.t("customer", V(spoken(acct[:4], [4]), ga))
    c.t("agent", R.choice(BC))
    c.t("customer", V(spoken(acct[4:], [4]), ga))
    c.t("agent", "so account ", V(spoken(acct, [4, 4], filler=0), c.g("BANK_ACCOUNT", acct)),
        " sort code ", V(spoken(sc, [2, 2, 2], filler=0), c.g("SORT_CODE", sc)))
    return c


def p_us_bank():
    c = Case("positive", "US account number (routing-style lead-in) with correction")
    acct = "%010d" % R.randint(10 ** 9, 10 ** 10 - 1)
    ga = c.g("BANK_ACCOUNT", acct)
    c.t("agent", "what's the checking account number for the autopay")
    c.t("customer", "the account is ", V(spoken(acct, [3, 3, 4], uk=False), ga))
    bad = acct[:-1] + str((int(acct[-1]) + 1) % 10)
    c.t("agent", "ending in ", V(say_single(bad[-4:], uk=False), c.g("BANK_ACCOUNT", acct), "wrong"))
    c.t("customer", "no ", V(say_single(acct[-4:], uk=False), c.g("BANK_ACCOUNT", acct), "loose"))
    return c


def p_iban():
    c = Case("positive", "IBAN typed or spoken over several turns")
    ib = gen_iban()
    g = c.g("IBAN", ib)
    if R.random() < 0.45:
        fmt = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        c.t("agent", "Which IBAN should the refund go to?")
        c.t("customer", R.choice(["IBAN: ", "iban ", "Here it is ", "IBAN no. "]),
            V(R.choice([fmt, ib, ib.lower(), fmt.lower()]), g), R.choice(["", " thanks", "."]))
        return c
    style = R.choice(["plain", "nato", "for"])
    quads = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    c.t("agent", "okay go ahead with the iban")
    k = R.randint(2, 3)
    c.t("customer", V(say_alnum("".join(quads[:k]), style), g))
    c.t("agent", R.choice(BC))
    c.t("customer", V(say_alnum("".join(quads[k:]), style), g))
    c.t("agent", "let me check the start that's ", V(say_alnum(ib[:4], "nato"), c.g("IBAN", ib), "loose"))
    c.t("customer", "yes")
    return c


def p_phone():
    c = Case("positive", "phone number typed or spoken, national or international, with read-back")
    kind, nat, intl = gen_phone()
    use_intl = R.random() < 0.45
    canon = intl if use_intl else nat
    g = c.g("PHONE", canon)
    if R.random() < 0.4:
        c.t("agent", "What's the best contact number?")
        c.t("customer", R.choice(["mob: ", "Tel ", "call me on ", "my number is ", "ph# "]),
            V(phone_typed(kind, nat, intl, use_intl), g), R.choice(["", " after 5", " (mobile)"]))
        return c
    c.t("agent", "what's the best number to reach you on")
    c.t("customer", R.choice(["", "it's ", "um "]), V(phone_spoken(kind, nat, intl, use_intl), g))
    c.t("agent", "so ", V(phone_spoken(kind, nat, intl, use_intl), c.g("PHONE", canon)))
    tail = nat[-3:]
    c.t("customer", "yes and the last three are ", V(say_single(tail), c.g("PHONE", canon), "loose"))
    return c


def p_phone_split():
    c = Case("positive", "asr: phone read for someone else, split over turns, agent asks to repeat middle")
    kind, nat, intl = gen_phone()
    g = c.g("PHONE", nat)
    c.t("customer", "can you put my %s's number on as the contact" % R.choice(["daughter", "neighbour", "carer", "son"]))
    c.t("agent", "of course go ahead")
    c.t("customer", V(say_single(nat[:5], uk=kind != "us"), g))
    c.t("agent", R.choice(BC))
    c.t("customer", V(spoken(nat[5:], [3, 3], uk=kind != "us"), g))
    c.t("agent", "sorry the line broke up after ", V(say_single(nat[:5]), c.g("PHONE", nat), "loose"))
    c.t("customer", V(say_single(nat[5:]), c.g("PHONE", nat), "loose"))
    return c


def p_email():
    c = Case("positive", "email address typed or spoken with dot/at, spelled parts")
    e = gen_email()
    g = c.g("EMAIL", e)
    if R.random() < 0.4:
        typed = R.choice([e, e.capitalize(), e.split("@")[0] + "@" + e.split("@")[1].upper(), e.title()])
        c.t("agent", "What email should we send the confirmation to?")
        c.t("customer", R.choice(["email: ", "its ", "send to ", "e-mail addr ", ""]), V(typed, g),
            R.choice(["", " pls", ".", " thanks!"]))
        return c
    c.t("agent", "and can i take an email address")
    c.t("customer", R.choice(["yeah it's ", "", "it's "]), V(say_email(e), g))
    c.t("agent", "so that's ", V(say_email(e), c.g("EMAIL", e)))
    c.t("customer", R.choice(["yes", "perfect", "that's it"]))
    return c


def p_dob():
    c = Case("positive", "date of birth typed or spoken, sometimes confirmed day/month/year separately")
    y, m, d = gen_dob()
    r = R.random()
    if r < 0.35:
        c.t("agent", "Can you confirm your date of birth?")
        c.t("customer", R.choice(["DOB: ", "dob ", "born ", "it's "]), V(dob_text(y, m, d, False), c.g("DOB", None)))
        return c
    if r < 0.7:
        c.t("agent", "and for security your date of birth")
        c.t("customer", V(dob_text(y, m, d, True), c.g("DOB", None)))
        c.t("agent", "thank you")
        return c
    g = c.g("DOB", None)
    c.t("agent", "i'll need the date of birth of the account holder what day were they born")
    c.t("customer", "the ", V(ordinal_words(d), g))
    c.t("agent", "and the month")
    c.t("customer", V(MONTHS[m - 1], g))
    c.t("agent", "and year")
    c.t("customer", V(year_words(y), g))
    c.t("agent", "so ", V("%s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y)), c.g("DOB", None)))
    return c


def p_address():
    c = Case("positive", "address (number + street) and postcode/ZIP, town outside span")
    us = R.random() < 0.35
    if us:
        num = str(R.randint(10, 9999))
        street = R.choice(US_STREETS)
        town, st = R.choice(US_TOWNS)
        pc = R.choice(US_ZIP)
    else:
        num = R.choice([str(R.randint(1, 220)), "%d%s" % (R.randint(1, 90), R.choice("ab"))])
        street = R.choice(STREETS)
        town, st = R.choice(TOWNS), None
        pc = R.choice(UK_PC)
    ga, gp = c.g("ADDRESS", None), c.g("POSTCODE", pc)
    flat = R.random() < 0.25
    if R.random() < 0.45:
        addr = ("Flat %d, " % R.randint(1, 30) if flat else "") + num + " " + street
        c.t("agent", "What's the delivery address?")
        segs = [R.choice(["addr: ", "", "it's ", "new address is "]), V(addr if R.random() < 0.7 else addr.lower(), ga),
                ", %s" % town]
        if st:
            segs += [", %s " % st]
        else:
            segs += [R.choice([", ", " "])]
        segs += [V(pc if R.random() < 0.7 else pc.lower().replace(" ", ""), gp)]
        c.t("customer", *segs)
        return c
    n = num if not num[-1].isalpha() else num[:-1]
    num_w = say_chunk(n, uk=not us) if len(n) > 1 else UNITS[int(n)]
    if num[-1].isalpha():
        num_w += " " + num[-1]
    addr = ("flat %s, " % UNITS[R.randint(1, 9)] if flat else "") + num_w + " " + street.lower()
    c.t("agent", "can you confirm the first line of the address")
    c.t("customer", V(addr, ga))
    c.t("agent", "and the %s" % ("zip code" if us else "postcode"))
    if us:
        pcw = say_single(pc.replace("-", ""), uk=False)
    else:
        pcw = say_alnum(pc.replace(" ", ""), R.choice(["plain", "plain", "for"]))
    c.t("customer", V(pcw, gp))
    c.t("agent", "that's ", V(pcw, c.g("POSTCODE", pc)), " in %s" % town.lower())
    return c


def p_mixed_verification():
    c = Case("positive", "asr: multi-field ID&V with transfer and re-verification")
    n = gen_ni()
    y, m, d = gen_dob()
    c.t("agent", "before i transfer you can i confirm your date of birth")
    c.t("customer", V(dob_text(y, m, d, True), c.g("DOB", None)))
    c.t("agent", "and your national insurance number")
    c.t("customer", V(say_alnum(n, R.choice(["plain", "for"])), c.g("NI_NUMBER", n)))
    c.t("agent", "thank you putting you through now")
    c.t("agent", "hello you're through to the pensions team i'm afraid i need to re-verify can i take the ni number again")
    c.t("customer", R.choice(["i just gave it ", "again okay "]), V(say_alnum(n, "plain"), c.g("NI_NUMBER", n)))
    kind, nat, intl = gen_phone()
    c.t("agent", "and a contact number")
    c.t("customer", V(phone_spoken(kind, nat, intl, False), c.g("PHONE", nat)))
    return c


def p_email_chat_card():
    c = Case("positive", "email thread: card + email + postcode in one message")
    card, _ = gen_card()
    e = gen_email()
    pc = R.choice(UK_PC)
    c.t("customer", "Hi, please update my payment card to ", V(card_typed(card), c.g("CARD_NUMBER", card)),
        " (billing postcode ", V(pc, c.g("POSTCODE", pc)), ") and send receipts to ",
        V(e, c.g("EMAIL", e)), ". Thanks")
    c.t("agent", "Thanks, updated. Receipts will go to ", V(e, c.g("EMAIL", e)), ".")
    return c


POS = [(p_card_chat, 18), (p_card_call_split, 16), (p_card_digit_correction, 14),
       (p_card_someone_else, 10), (p_card_cvv_expiry, 14), (p_ssn_typed, 12),
       (p_ssn_piecewise, 12), (p_ssn_correction, 8), (p_ni_typed, 10), (p_ni_spoken, 12),
       (p_ni_correction, 8), (p_bank_sort, 12), (p_us_bank, 5), (p_iban, 14), (p_phone, 14),
       (p_phone_split, 6), (p_email, 14), (p_dob, 12), (p_address, 16), (p_mixed_verification, 6),
       (p_email_chat_card, 6)]


# --------------------------------------------------------------------------
# negatives

def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def neg_items():
    """return a list of (speaker, text) fragments that look numeric but are not PII"""
    k = R.randrange(25)
    if k == 22:
        ref = "".join(R.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + rdig(4)
        return [("customer", "booking reference is %s" % say_alnum(ref, R.choice(["nato", "for"]))),
                ("agent", "so %s" % say_alnum(ref, "nato"))]
    if k == 23:
        ref = luhn_complete("5", 16)
        return [("agent", "okay i've raised a refund and the transaction id is"),
                ("customer", "go on"),
                ("agent", spoken(ref, [4, 4, 4, 4]))]
    if k == 24:
        return [("customer", "it's the %s one ending %s not the old one" % (R.choice(["visa", "mastercard", "debit card"]), say_single(rdig(4)))),
                ("agent", "okay the card ending in %s yes i can see it" % rdig(4))]
    if k == 0:
        ref = luhn_complete("4", 16)
        return [("agent", "your order number is %s" % " ".join(chunks(ref, [4, 4, 4, 4])))]
    if k == 1:
        ref = rdig(16)
        return [("customer", "the reference on the letter is"),
                ("agent", "go on"),
                ("customer", "reference %s" % spoken(ref, [4, 4, 4, 4]))]
    if k == 2:
        return [("agent", "i can see the card ending %s was declined" % R.choice([rdig(4), say_single(rdig(4))]))]
    if k == 3:
        return [("customer", "the balance says £%d.%02d and i paid %s pounds last week" % (R.randint(100, 9999), R.randint(0, 99), say_chunk(str(R.randint(101, 999)))))]
    if k == 4:
        return [("agent", "we're open %s am till %s pm monday to friday and it's about a %d minute wait" % (R.choice(["eight", "nine"]), R.choice(["six", "eight", "five thirty"]), R.randint(5, 45)))]
    if k == 5:
        return [("customer", "meter reading is %s and the night one is %s" % (rdig(5), spoken(rdig(5), [5])))]
    if k == 6:
        return [("customer", "my flight is %s%d seat %d%s leaving from gate %s%d" % (R.choice(["BA", "EI", "FR", "UA"]), R.randint(100, 9999), R.randint(1, 40), R.choice("ABCDEF"), R.choice("ABC"), R.randint(1, 60)))]
    if k == 7:
        return [("agent", "your policy number is %s%s %s %s %s" % (R.choice("HKMP"), R.choice("XLRT"), rdig(2), rdig(2), rdig(2)) + " " + R.choice("ABCD"))]
    if k == 8:
        return [("customer", "tracking number 1Z%s%s" % (rdig(3).replace("", "")[:3], rdig(13)))]
    if k == 9:
        return [("agent", "the claim reference is CLM-%s and the invoice number is INV%s" % (rdig(9), rdig(7)))]
    if k == 10:
        return [("customer", "she's %s and she's been with you since %d" % (R.choice(["eighty two", "ninety one", "67"]), R.randint(1990, 2020)))]
    if k == 11:
        return [("customer", "the heating's set to %d degrees and the bill went up %d percent" % (R.randint(16, 24), R.randint(3, 40)))]
    if k == 12:
        return [("agent", "your appointment is on %s the %s of %s at %s" % (R.choice(["tuesday", "friday", "monday"]), ordinal_words(R.randint(1, 28)), R.choice(MONTHS), R.choice(["ten past two", "half nine", "3:45pm", "quarter to eleven"])))]
    if k == 13:
        return [("customer", "the engineer said the roadworks on %s are blocking the van" % R.choice(STREETS))]
    if k == 14:
        return [("customer", "serial number on the router is %s and the model is %s-%s" % (rdig(12), R.choice(["HH", "TG", "VMDG"]), rdig(3)))]
    if k == 15:
        return [("agent", "customer number %s and your contract ends on %02d/%02d/%d" % (rdig(8), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2028)))]
    if k == 16:
        t = rdig(16)
        return [("customer", "ticket number is %s" % spoken(t, [4, 4, 4, 4])),
                ("agent", "so ticket %s" % spoken(t, [4, 4, 4, 4], filler=0))]
    if k == 17:
        return [("agent", "that's room %d for %d nights and the total is %s" % (R.randint(100, 1500), R.randint(1, 14), R.choice(["€412.50", "$1,249.99", "£87", "nine hundred and ninety nine euro"])))]
    if k == 18:
        return [("customer", "i've called %s times and waited %s minutes each time" % (R.choice(["six", "4", "eleven"]), R.choice(["forty", "25", "ninety"])))]
    if k == 19:
        return [("agent", "press %d then enter the %d digit booking code from the email it starts %s" % (R.randint(1, 9), R.randint(6, 8), R.choice(["kx", "bq", "zt"])))]
    if k == 20:
        return [("customer", "the direct debit comes out on the %s and it's %s a month" % (ordinal_suffix(R.randint(1, 28)), R.choice(["£42.10", "thirty nine ninety nine", "$65"])))]
    return [("agent", "your case id is %s and the confirmation code is %s" % (rdig(10), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))]


def negative():
    c = Case("negative", "")
    notes = []
    for _ in range(R.randint(1, 3)):
        k_before = R.getstate()
        items = neg_items()
        if c.turns and c.turns[-1]["speaker"] == items[0][0]:
            c.t("agent" if items[0][0] == "customer" else "customer", R.choice(["okay", "right", "mhm", "and also", "sure"]))
        for sp, tx in items:
            txt = tx if R.random() < 0.5 else tx[0].upper() + tx[1:]
            c.t(sp, txt)
        notes.append(items[0][1].split(" ")[1] if len(items[0][1].split()) > 1 else "misc")
    c.note = "numeric distractors, no PII (%s)" % ind()
    return c


# --------------------------------------------------------------------------
# build, normalise, validate

def build():
    pos = []
    for fn, n in POS:
        for _ in range(n):
            pos.append(fn())
    R.shuffle(pos)
    neg = [negative() for _ in range(110)]
    cases = []
    for i, c in enumerate(pos, 1):
        cases.append(("h412-pos-%03d" % i, c))
    for i, c in enumerate(neg, 1):
        cases.append(("h412-neg-%03d" % i, c))
    return cases


def dump(cases):
    lines = []
    for cid, c in cases:
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": c.turns, "spans": c.spans,
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def norm(text, mode):
    """normalise a spoken/typed value. mode: digits | alnum | email"""
    toks = re.findall(r"[A-Za-z]+|\d+|[+@._-]", text)
    out = []
    i, n = 0, len(toks)
    low = lambda k: toks[k].lower() if k < n else None

    def unit_at(k):
        w = low(k)
        if w is None:
            return None
        if w.isdigit() and len(w) == 1:
            return int(w)
        if w in UNITV and not (w == "o" and mode == "email"):
            return UNITV[w]
        return None

    while i < n:
        t = toks[i]
        l = t.lower()
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in "+@._-":
            if t == "+" or mode == "email":
                out.append(t)
            i += 1; continue
        if l in FILLERS:
            i += 1; continue
        if l == "plus":
            out.append("+"); i += 1; continue
        if l in ("double", "triple"):
            k = 2 if l == "double" else 3
            u = unit_at(i + 1)
            if u is not None and not (mode != "digits" and low(i + 1) == "o" and low(i + 2) == "for"):
                out.append(str(u) * k)
            elif mode != "digits" and low(i + 1) and len(low(i + 1)) == 1:
                out.append((toks[i + 1].upper() if mode == "alnum" else low(i + 1)) * k)
            else:
                raise ValueError("bad double in %r" % text)
            i += 2; continue
        if mode == "email" and l in ("dot", "at", "underscore", "dash", "hyphen"):
            out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}[l]); i += 1; continue
        if mode != "digits" and len(t) == 1 and low(i + 1) == "for":
            out.append(t.upper() if mode == "alnum" else l); i += 3; continue
        if mode == "email" and l == "o":
            out.append("o"); i += 1; continue
        if l in UNITV and not (mode == "alnum" and t == "O"):
            v = UNITV[l]
            if low(i + 1) in ("hundred", "thousand"):
                mult = 100 if low(i + 1) == "hundred" else 1000
                i += 2
                val = v * mult
                if low(i) == "and":
                    i += 1
                if low(i) in TEENV:
                    val += TEENV[low(i)]; i += 1
                elif low(i) in TENSV:
                    val += TENSV[low(i)]; i += 1
                    if low(i) in UNITV and UNITV[low(i)] and low(i) != "o":
                        val += UNITV[low(i)]; i += 1
                elif unit_at(i) is not None:
                    val += unit_at(i); i += 1
                out.append(str(val)); continue
            out.append(str(v)); i += 1; continue
        if l in TEENV:
            out.append(str(TEENV[l])); i += 1; continue
        if l in TENSV:
            v = TENSV[l]; i += 1
            if low(i) in UNITV and UNITV[low(i)] and low(i) != "o":
                v += UNITV[low(i)]; i += 1
            out.append(str(v)); continue
        if mode == "digits":
            raise ValueError("unexpected word %r in %r" % (t, text))
        if l in NATOV:
            out.append(NATOV[l] if mode == "alnum" else NATOV[l].lower()); i += 1; continue
        out.append(t.upper() if mode == "alnum" else l); i += 1
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
MODE = {"CARD_NUMBER": "digits", "CVV": "digits", "SSN": "digits", "BANK_ACCOUNT": "digits",
        "SORT_CODE": "digits", "PHONE": "digits", "NI_NUMBER": "alnum", "IBAN": "alnum",
        "POSTCODE": "alnum", "EMAIL": "email"}
DATE_WORDS = set(UNITS) | set(TEENS) | set(t for t in TENS if t) | set(ORD.values()) | set(MONTHS) | set(MON3) | \
    {"oh", "o", "nought", "of", "the", "and", "hundred", "thousand", "sept"} | set(FILLERS)


def canon_ok(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return (v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
                and v[3:5] != "00" and v[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "IBAN":
        if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]+$", v) or IBAN_LEN.get(v[:2]) != len(v):
            return False
        return int("".join(str(int(ch, 36)) for ch in v[4:] + v[:4])) % 97 == 1
    if typ == "PHONE":
        d = v.lstrip("+")
        return d.isdigit() and (v.startswith("+") and 10 <= len(d) <= 13 or v.startswith("0") and 10 <= len(d) <= 11
                                or len(d) == 10)
    if typ == "EMAIL":
        return bool(re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", v))
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(v) or re.match(r"^\d{5}(\d{4})?$", v))
    return True


def text_ok(typ, s):
    """lenient checks for DOB / EXPIRY / ADDRESS spans (and partial pieces)"""
    toks = re.findall(r"[A-Za-z]+|\d+", s.lower())
    if typ in ("DOB", "EXPIRY"):
        for t in toks:
            if t.isdigit():
                continue
            if re.match(r"^\d+(st|nd|rd|th)$", t) or t in DATE_WORDS:
                continue
            return False
        return bool(toks)
    if typ == "ADDRESS":
        first = toks[0]
        return ((first.isdigit() or first in UNITV or first in TENSV or first in TEENV or first == "flat")
                and toks[-1] in STREET_SUFFIX)
    return False


def check(cases, text):
    errs = []
    if dump(cases) != text:
        errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = set()
    recs = [json.loads(l) for l in text.splitlines()]
    for rec in recs:
        if rec["id"] in ids:
            errs.append("duplicate id %s" % rec["id"])
        ids.add(rec["id"])
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append("%s negative with spans" % rec["id"])
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append("%s positive without spans" % rec["id"])
        for tt in rec["turns"]:
            if tt["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % rec["id"])
        byturn = {}
        for sp in rec["spans"]:
            tx = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                errs.append("%s span out of range" % rec["id"]); continue
            v = tx[s:e]
            if not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
                errs.append("%s span edge not alnum: %r" % (rec["id"], v))
            if (s > 0 and tx[s - 1].isalnum()) or (e < len(tx) and tx[e].isalnum()):
                errs.append("%s span not on word boundary: %r" % (rec["id"], v))
            byturn.setdefault(sp["turn"], []).append((s, e))
        for t, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s overlapping spans" % rec["id"])
    # value validation using regeneration metadata
    for (cid, c), rec in zip(cases, recs):
        parts = {}
        for sp, (gid, role) in zip(rec["spans"], c.meta):
            typ, canon = c.groups[gid]
            val = rec["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
            if typ in ("DOB", "EXPIRY", "ADDRESS"):
                if not text_ok(typ, val):
                    errs.append("%s bad %s %r" % (cid, typ, val))
                continue
            try:
                nv = norm(val, MODE[typ])
            except ValueError as ex:
                errs.append("%s %s" % (cid, ex)); continue
            cn = canon.lower() if typ == "EMAIL" else re.sub(r"[^A-Z0-9+]", "", canon.upper())
            if typ != "EMAIL":
                nv = nv.upper()
            if not canon_ok(typ, cn):
                errs.append("%s canonical %s invalid: %s" % (cid, typ, canon))
            if role == "part":
                parts.setdefault(gid, []).append(nv)
            elif role == "loose":
                if nv not in cn:
                    errs.append("%s loose %s %r -> %r not in %s" % (cid, typ, val, nv, cn))
            elif not nv:
                errs.append("%s empty wrong-reading %r" % (cid, val))
        for gid, lst in parts.items():
            typ, canon = c.groups[gid]
            cn = canon.lower() if typ == "EMAIL" else re.sub(r"[^A-Z0-9+]", "", canon.upper())
            if "".join(lst) != cn:
                errs.append("%s %s parts %r != %s" % (cid, typ, lst, cn))
    return errs, recs


def stats(recs):
    cnt = Counter(sp["type"] for r in recs for sp in r["spans"])
    kinds = Counter(r["kind"] for r in recs)
    return cnt, kinds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    cases = build()
    if not a.check:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(dump(cases))
        print("wrote", OUT)
    with open(OUT, encoding="utf-8") as f:
        text = f.read()
    errs, recs = check(cases, text)
    cnt, kinds = stats(recs)
    print("cases:", dict(kinds))
    for k in sorted(cnt):
        print("  %-13s %d" % (k, cnt[k]))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for typ in MODE.keys() | {"DOB", "EXPIRY", "ADDRESS"}:
        if cnt[typ] < need.get(typ, 10):
            errs.append("too few %s spans: %d" % (typ, cnt[typ]))
    if kinds["positive"] < 200 or kinds["negative"] < 100:
        errs.append("too few cases")
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d errors" % len(errs))
        sys.exit(1)
    print("check OK" if a.check else "validated OK")


if __name__ == "__main__":
    main()

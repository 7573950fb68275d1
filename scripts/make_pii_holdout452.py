#!/usr/bin/env python3
"""Generate the pii_holdout452 held-out PII evaluation set.

Written by an AI helper acting as an independent test author (no access to
the redaction engine). Standard library only; deterministic.

Usage:
    python scripts/make_pii_holdout452.py          # write the fixture
    python scripts/make_pii_holdout452.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout452")
OUT_FILE = os.path.join(OUT_DIR, "cases.jsonl")
README_FILE = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZERO_WORDS = {"zero", "oh", "o", "nought", "nil"}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm", "ah", "sorry", "slash", "dash",
           "hyphen", "space", "then", "like", "the", "of"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MONTH_ABBR["sept"] = 9
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
ALT_SPELL = {"b": "bravo", "c": "charlie", "d": "david", "e": "edward", "f": "freddie",
             "h": "harry", "j": "john", "k": "king", "m": "mother", "n": "nellie",
             "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william"}
STREET_SUFFIX = ["street", "road", "lane", "avenue", "drive", "close", "way", "crescent",
                 "court", "place", "terrace", "grove", "gardens", "boulevard", "st", "rd",
                 "ave", "blvd"]

rng = random.Random(452241125)


def ch(seq):
    return rng.choice(seq)


# ---------------------------------------------------------------- value makers
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def make_card():
    kind = ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    pre, ln = {"visa": ("4", 16), "mc": (ch(["51", "52", "53", "54", "55", "2221"]), 16),
               "amex": (ch(["34", "37"]), 15), "disc": ("6011", 16),
               "visa13": ("4", 13), "maestro19": ("6759", 19)}[kind]
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_PREFIX = ["AB", "JT", "NE", "PX", "SK", "WL", "YH", "CE", "HL", "MA", "RT", "ZA", "EP",
             "TW", "LC", "GY", "JK", "OB", "SN", "WP"]


def make_ni():
    return ch(NI_PREFIX) + "".join(str(rng.randint(0, 9)) for _ in range(6)) + ch("ABCD")


def digits(n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    c = ch(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    if c == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(6) + digits(8)
    elif c == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS"]) + digits(6) + digits(8)
    elif c == "DE":
        bban = digits(18)
    elif c == "FR":
        bban = digits(10) + "".join(ch("ABCDEFGHJK0123456789") for _ in range(11)) + digits(2)
    elif c == "NL":
        bban = ch(["ABNA", "INGB", "RABO"]) + digits(10)
    else:
        bban = digits(20)
    return c + iban_check(c, bban) + bban


def make_phone():
    """Return (canonical, typed_form, region)."""
    r = ch(["uk_mob", "uk_mob_int", "uk_land", "us", "us_int", "ie", "ie_int", "de", "fr"])
    if r == "uk_mob":
        d = "07" + digits(9)
        return d, ch(["%s %s" % (d[:5], d[5:]), "%s %s %s" % (d[:5], d[5:8], d[8:]), d]), r
    if r == "uk_mob_int":
        d = "7" + digits(9)
        return "+44" + d, ch(["+44 %s %s" % (d[:4], d[4:]), "+44 (0)%s %s" % (d[:4], d[4:]),
                              "0044 %s %s" % (d[:4], d[4:])]), r
    if r == "uk_land":
        d = "020" + digits(8, True)
        return d, ch(["%s %s %s" % (d[:3], d[3:7], d[7:]), "%s-%s-%s" % (d[:3], d[3:7], d[7:])]), r
    if r in ("us", "us_int"):
        a = str(rng.randint(2, 9)) + digits(2)
        x = str(rng.randint(2, 9)) + digits(2)
        n = digits(4)
        if r == "us":
            return a + x + n, ch(["%s %s-%s" % (a, x, n), "%s-%s-%s" % (a, x, n),
                                  "%s.%s.%s" % (a, x, n)]), r
        return "+1" + a + x + n, ch(["+1 %s %s %s" % (a, x, n), "+1 (%s) %s-%s" % (a, x, n),
                                     "+1-%s-%s-%s" % (a, x, n)]), r
    if r == "ie":
        d = "08" + ch("3579") + digits(7)
        return d, ch(["%s %s %s" % (d[:3], d[3:6], d[6:]), "%s-%s" % (d[:3], d[3:])]), r
    if r == "ie_int":
        d = "8" + ch("3579") + digits(7)
        return "+353" + d, "+353 %s %s %s" % (d[:2], d[2:5], d[5:]), r
    if r == "de":
        d = "1" + ch("567") + digits(9)
        return "+49" + d, "+49 %s %s" % (d[:3], d[3:]), r
    d = ch("67") + digits(8)
    return "+33" + d, "+33 %s %s %s %s %s" % (d[0], d[1:3], d[3:5], d[5:7], d[7:]), r


FIRST = ["jane", "tom", "priya", "sean", "aoife", "marek", "kevin", "lucy", "olu", "maria",
         "dave", "siobhan", "raj", "hannah", "liam", "chloe", "gareth", "fatima", "brendan", "nina"]
LAST = ["doe", "smith", "patel", "murphy", "kowalski", "byrne", "okafor", "garcia", "jones",
        "nguyen", "walsh", "evans", "khan", "reilly", "brown", "fischer", "dubois", "lee"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "web.de", "protonmail.com"]


def make_email():
    f, l = ch(FIRST), ch(LAST)
    local = ch(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s" % (f, l), "%s.%s%d" % (f, l, rng.randint(10, 99)),
                "%s%d" % (f, rng.randint(70, 99)), "%s.%s" % (f[0], l)])
    return local + "@" + ch(DOMAINS)


STREETS = ["mill", "church", "station", "victoria", "harbour", "oak", "maple", "elm", "king",
           "queen", "park", "willow", "castle", "orchard", "meadow", "riverside", "beech",
           "sunset", "lincoln", "cedar", "ash", "chapel", "york", "albert"]
UK_PC = ["SW1A 1AA", "M1 1AE", "EC1V 9HX", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 2QD",
         "G12 8QQ", "CF10 3NQ", "BT7 1NN", "NE1 4ST", "OX4 2JZ", "BS8 1TH", "L17 6AB",
         "EH3 9DR", "W1T 4JB", "PL4 8AA", "RG1 3EH"]
UK_TOWNS = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Belfast", "Oxford",
            "Reading", "Liverpool", "Edinburgh", "Plymouth", "Newcastle"]
US_TOWNS = ["Austin, TX", "Denver, CO", "Columbus, OH", "Portland, OR", "Raleigh, NC",
            "Tampa, FL", "Boise, ID"]
UK_SORT_BANKS = ["Barclays", "NatWest", "Lloyds", "HSBC", "Santander", "Nationwide", "Monzo"]


def make_date(lo=1938, hi=2005):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


# ---------------------------------------------------------------- renderers
def zw(alnum=False):
    return ch(["oh", "zero", "nought"] if alnum else ["oh", "oh", "zero", "nought", "o"])


def word(d, z):
    return z if d == "0" else UNIT[int(d)]


def pair_words(p, z):
    a, b = p
    if a == "0":
        return "%s %s" % (z, word(b, z))
    if a == "1":
        return TEEN[int(b)]
    if b == "0":  # tens-only would be ambiguous before a unit
        return "%s %s" % (UNIT[int(a)], z)
    return "%s %s" % (TENS[int(a)], UNIT[int(b)])


def hundred_words(t, z):
    a, rest = t[0], t[1:]
    if a == "0":
        return None
    if rest == "00":
        return None
    if rest[0] != "0" and rest[0] != "1" and rest[1] == "0":
        return None
    if rest[0] == "0":
        return "%s hundred and %s" % (UNIT[int(a)], UNIT[int(rest[1])])
    return "%s hundred and %s" % (UNIT[int(a)], pair_words(rest, z))


def single_words(s, z, runs=True):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if runs and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and rng.random() < 0.6:
            out.append("triple " + word(c, z))
            i += 3
        elif runs and i + 1 < len(s) and s[i + 1] == c and rng.random() < 0.7:
            out.append("double " + word(c, z))
            i += 2
        else:
            out.append(word(c, z))
            i += 1
    return " ".join(out)


def say(s, style=None, z=None, alnum=False):
    """Spoken rendering of a digit string (one chunk)."""
    z = z or zw(alnum)
    style = style or ch(["single", "single", "pairs", "mixed"])
    if style == "single":
        return single_words(s, z)
    parts, i = [], 0
    while i < len(s):
        left = len(s) - i
        if style == "mixed" and left >= 3 and rng.random() < 0.4:
            h = hundred_words(s[i:i + 3], z)
            if h:
                parts.append(h)
                i += 3
                continue
        if left >= 2:
            parts.append(pair_words(s[i:i + 2], z))
            i += 2
        else:
            parts.append(word(s[i], z))
            i += 1
    return " ".join(parts)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def card_groups(c):
    if len(c) == 15:
        return chunks(c, [4, 6, 5])
    if len(c) == 13:
        return chunks(c, [4, 4, 5])
    return chunks(c, [4] * 5)


FILL = ["um", "uh", "er", "erm"]


def join_spoken(parts, fill=0.25):
    out = parts[0]
    for p in parts[1:]:
        r = rng.random()
        if r < fill:
            out += ", %s, %s" % (ch(FILL), p) if rng.random() < 0.5 else " %s %s" % (ch(FILL), p)
        elif r < fill + 0.25:
            out += ", " + p
        elif r < fill + 0.35:
            out += " ... " + p
        else:
            out += " " + p
    return out


def typed_card(c):
    st = rng.random()
    g = card_groups(c)
    if st < 0.3:
        return " ".join(g)
    if st < 0.5:
        return "-".join(g)
    if st < 0.65:
        return c
    if st < 0.8:
        return " ".join(chunks(c, ch([[4, 4, 4, 4], [5, 5, 6], [3, 4, 4, 5], [6, 4, 6], [2, 4, 4, 3]])))
    return ".".join(g)


def spoken_alnum(s, nato=0.3):
    """Spoken rendering of an alphanumeric code, letters optionally with phonetic help."""
    out, i = [], 0
    z = zw(True)
    while i < len(s):
        c = s[i].lower()
        if c.isalpha():
            if i + 1 < len(s) and s[i + 1].lower() == c and rng.random() < 0.5:
                out.append("double " + c)
                i += 2
                continue
            if rng.random() < nato:
                tab = NATO if rng.random() < 0.7 or c not in ALT_SPELL else ALT_SPELL
                out.append("%s %s %s" % (c, ch(["for", "for", "as in"]), tab[c]))
            else:
                out.append(c)
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say(s[i:j], ch(["single", "single", "pairs"]), z, alnum=True))
            i = j
        else:
            i += 1
    return " ".join(out)


def ordinal(n):
    if n <= 20:
        return ORD[n]
    if n < 30:
        return "twenty " + ORD[n - 20] if n != 20 else "twentieth"
    return "thirtieth" if n == 30 else "thirty first"


def spoken_year(y):
    if y < 2000:
        return "nineteen " + pair_words(str(y)[2:], "oh")
    if y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + UNIT[y - 2000])
    return ch(["two thousand and " + pair_words(str(y)[2:], "oh"), "twenty " + pair_words(str(y)[2:], "oh")])


def render_dob(y, m, d, spoken, us=False):
    mn = MONTHS[m - 1]
    if spoken:
        yr = spoken_year(y) if rng.random() < 0.8 or y >= 2000 else pair_words(str(y)[2:], "oh")
        return ch(["the %s of %s %s" % (ordinal(d), mn, yr),
                   "%s of %s, %s" % (ordinal(d), mn, yr),
                   "%s the %s, %s" % (mn, ordinal(d), yr),
                   "%s %s %s" % (ordinal(d), mn, yr),
                   "%s of %s, um, %s" % (ordinal(d), mn, yr)])
    if us:
        return ch(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y),
                   "%s %d, %d" % (mn.capitalize(), d, y), "%s %d %d" % (mn[:3].capitalize(), d, y)])
    return ch(["%02d/%02d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, mn.capitalize(), y),
               "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"),
                               mn[:3].capitalize(), y), "%02d-%02d-%d" % (d, m, y)])


def render_expiry(m, y, spoken):
    mn = MONTHS[m - 1]
    yy = "%02d" % (y % 100)
    if spoken:
        return ch(["%s %s" % (pair_words("%02d" % m, zw()), pair_words(yy, "oh")),
                   "%s slash %s" % (pair_words("%02d" % m, zw()), pair_words(yy, "oh")),
                   "%s %s" % (mn, pair_words(yy, "oh")),
                   "%s twenty %s" % (mn, pair_words(yy, "oh")),
                   "%s %s" % (single_words("%02d" % m, zw(), False), single_words(yy, "oh", False))])
    return ch(["%02d/%s" % (m, yy), "%d/%s" % (m, yy), "%02d/%d" % (m, y), "%s %s" % (mn[:3].capitalize(), yy),
               "%02d-%s" % (m, yy), "%s %d" % (mn.capitalize(), y)])


def make_address(us=False, spoken=False):
    n = rng.randint(1, 240) if not us else rng.randint(100, 9899)
    st = ch(STREETS)
    suf = ch(["street", "road", "lane", "avenue", "drive", "close", "way", "crescent", "court",
              "place", "terrace", "grove", "gardens"] if not us else ["street", "avenue", "drive",
                                                                      "boulevard", "st", "ave", "blvd", "court"])
    flat = rng.random() < 0.25 and not us
    apt = rng.random() < 0.2 and us
    if spoken:
        if n < 10:
            num = UNIT[n]
        elif n < 20:
            num = TEEN[n - 10]
        elif n < 100:
            num = TENS[n // 10] + ("" if n % 10 == 0 else " " + UNIT[n % 10])
        else:
            num = (hundred_words(str(n), "oh") if n < 1000 and rng.random() < 0.5 else None) or single_words(str(n), "oh", False)
            if n >= 1000 and rng.random() < 0.5 and str(n)[2] != "0" and str(n)[0] != "0":
                num = pair_words(str(n)[:2], "oh") + " " + pair_words(str(n)[2:], "oh")
        base = "%s %s %s" % (num, st, suf)
        if flat:
            base = "flat %s, %s" % (UNIT[rng.randint(1, 9)], base)
        return base
    base = "%d %s %s" % (n, st.capitalize(), suf.capitalize() if rng.random() < 0.8 else suf)
    if flat:
        base = ch(["Flat %d, " % rng.randint(1, 30), "flat %d " % rng.randint(1, 30), "%d/" % rng.randint(1, 9)]) + base
        if base[0].isdigit() and "/" in base[:3]:
            pass
    if apt:
        base = base + ", Apt %d" % rng.randint(1, 40)
    return base


# ---------------------------------------------------------------- case model
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.groups = [], []

    def g(self, typ, canon, mode="full"):
        self.groups.append((typ, canon, mode))
        return len(self.groups) - 1

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)

    def build(self, cid):
        turns, spans, sg = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    gid, val = s
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": self.groups[gid][0]})
                    sg.append(gid)
            turns.append({"speaker": spk, "text": text})
        obj = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return obj, sg


def V(gid, text):
    return (gid, text)


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "mm", "carry on", "ok go ahead"]


def split_read(case, gid, parts, lead="", tail=""):
    """Customer reads parts over several turns with agent back-channels."""
    for i, p in enumerate(parts):
        pre = lead if i == 0 else ch(["", "", "then ", "and then ", "uh ", "next is "])
        post = tail if i == len(parts) - 1 else ch(["", "", "...", ","])
        case.c(pre, V(gid, p), post)
        if i < len(parts) - 1:
            case.a(ch(BACK))


# ---------------------------------------------------------------- positive scenarios
INDUSTRY_PAY = [("telecom", "your outstanding bill"), ("utilities", "the gas and electric arrears"),
                ("retail", "the replacement order"), ("travel", "the booking balance"),
                ("insurance", "this month's premium"), ("healthcare billing", "the outstanding invoice"),
                ("government services", "the licence fee"), ("banking", "the card replacement fee")]


def spoken_card_parts(c):
    z = zw()
    style = ch(["single", "single", "pairs", "mixed"])
    return [say(g, style, z) for g in card_groups(c)]


def pos_card_split():
    ind, what = ch(INDUSTRY_PAY)
    c = make_card()
    case = Case("positive", "%s: card read group by group over turns, agent read-back" % ind)
    gid = case.g("CARD_NUMBER", c)
    case.a("Okay, I can take payment for %s now. What's the long number on the card?" % what)
    parts = spoken_card_parts(c)
    split_read(case, gid, parts, lead=ch(["yeah it's ", "okay so ", "right, ", "um ", ""]))
    rb = case.g("CARD_NUMBER", c)
    case.a(ch(["let me just read that back, ", "so that's ", "just to confirm, "]),
           V(rb, join_spoken(spoken_card_parts(c), 0.0)), ch(["?", ", is that right?", ", correct?"]))
    case.c(ch(["yes", "yep that's it", "that's right yeah", "correct"]))
    if rng.random() < 0.6:
        m, y = rng.randint(1, 12), rng.randint(2025, 2031)
        e = case.g("EXPIRY", (m, y % 100))
        case.a("and the expiry date?")
        case.c(ch(["", "it's ", "expires "]), V(e, render_expiry(m, y, True)))
    if rng.random() < 0.5:
        v = digits(4 if len(c) == 15 else 3)
        cv = case.g("CVV", v)
        case.a("and the security code on the back?" if len(v) == 3 else "and the four digit code on the front?")
        case.c(ch(["", "it's ", "that's "]), V(cv, say(v, "single")))
    return case


def pos_card_correction():
    ind, what = ch(INDUSTRY_PAY)
    c = make_card()
    g = card_groups(c)
    k = rng.randrange(1, len(g))
    wrong = list(g[k])
    pos = rng.randrange(len(wrong))
    wrong[pos] = str((int(wrong[pos]) + rng.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    wg = list(g)
    wg[k] = wrong
    case = Case("positive", "%s: agent read-back has one wrong digit, caller corrects one group" % ind)
    z = zw()
    first = case.g("CARD_NUMBER", c)
    case.a("Go ahead with the card number whenever you're ready.")
    case.c(ch(["it's ", "okay it's ", ""]), V(first, join_spoken([say(x, "single", z) for x in g])))
    bad = case.g("CARD_NUMBER", "".join(wg), "fragment")
    case.a("Thanks. So I have ", V(bad, join_spoken([say(x, "single", z) for x in wg], 0)), "?")
    fix = case.g("CARD_NUMBER", g[k], "partial")
    case.c(ch(["no no, ", "not quite, ", "sorry no, "]),
           ch(["the %s group is " % ["first", "second", "third", "fourth", "last"][min(k, 4)], "it's "]),
           V(fix, say(g[k], "single", z)), ch([" not ", ", you said "]),
           V(case.g("CARD_NUMBER", wrong, "fragment"), say(wrong, "single", z)))
    ok = case.g("CARD_NUMBER", c)
    case.a(ch(["ah sorry, ", "apologies, ", "my mistake. "]), "so ", V(ok, typed_card(c) if rng.random() < 0.3 else join_spoken([say(x, "single", z) for x in g], 0)))
    case.c(ch(["that's it", "yes", "spot on"]))
    return case


def pos_card_chat():
    ind, what = ch(INDUSTRY_PAY)
    c = make_card()
    case = Case("positive", "%s chat: typed card with expiry and cvv, agent partial repeat" % ind)
    gid = case.g("CARD_NUMBER", c)
    m, y = rng.randint(1, 12), rng.randint(2025, 2031)
    case.a("Hi, to pay %s please type the card details." % what)
    lab = ch(["card: ", "Card no: ", "card number ", "CC# ", "its ", "long number - ", ""])
    if rng.random() < 0.5:
        e = case.g("EXPIRY", (m, y % 100))
        v = digits(4 if len(c) == 15 else 3)
        cv = case.g("CVV", v)
        case.c(lab, V(gid, typed_card(c)), ch([" exp ", ", expiry ", " / exp: ", " valid thru "]),
               V(e, render_expiry(m, y, False)), ch([" cvv ", " sec code ", ", cvc: ", " CVV2 "]), V(cv, v))
    else:
        case.c(lab, V(gid, typed_card(c)))
        case.a("Thanks, and the expiry?")
        e = case.g("EXPIRY", (m, y % 100))
        case.c(V(e, render_expiry(m, y, False)))
    if rng.random() < 0.5:
        p = case.g("CARD_NUMBER", c[:6], "partial")
        last = case.g("CARD_NUMBER", c[-4:], "partial")
        case.a("Thanks, that's the card starting ", V(p, c[:6]), " and ending ", V(last, c[-4:]), ", correct?")
        case.c("yes")
    return case


def pos_card_other_person():
    c = make_card()
    rel = ch(["my mum", "my husband", "my dad", "my wife", "my gran", "my son"])
    case = Case("positive", "caller reads card and DOB on behalf of %s, with hold in the middle" % rel)
    gid = case.g("CARD_NUMBER", c)
    case.c("I'm calling for %s, she's with me but can't hear great, I've got her card here." % rel if "mum" in rel or "wife" in rel or "gran" in rel
           else "I'm ringing on behalf of %s, I've got his card here." % rel)
    case.a("That's fine if they're happy for you to. What's the card number?")
    parts = spoken_card_parts(c)
    cut = rng.randrange(1, len(parts))
    case.c(ch(["", "okay, "]), V(gid, join_spoken(parts[:cut])), ch([", hang on, hang on", " ... sorry can you hold a sec"]))
    case.a("Of course, take your time.")
    case.c(ch(["sorry about that, where was I", "right I'm back", "ok sorry, she was asking something"]))
    rp = case.g("CARD_NUMBER", "".join(card_groups(c)[:cut]), "partial")
    case.a("You'd given me ", V(rp, join_spoken(parts[:cut], 0)), ch([" so far", ""]))
    g2 = case.g("CARD_NUMBER", "".join(card_groups(c)[cut:]))
    case.c(ch(["yeah then ", "then it's ", ""]), V(g2, join_spoken(parts[cut:])))
    # fix group semantics: first reading is split across two turns -> combine
    case.groups[gid] = ("CARD_NUMBER", "".join(card_groups(c)[:cut]), "partial")
    case.groups[g2] = ("CARD_NUMBER", "".join(card_groups(c)[cut:]), "partial")
    y, m, d = make_date(1930, 1960)
    dob = case.g("DOB", (y, m, d))
    case.a("And can I take the cardholder's date of birth?")
    case.c(ch(["hers is ", "it's ", "mum? it's ", "erm "]), V(dob, render_dob(y, m, d, True)))
    return case


def pos_card_transfer():
    c = make_card()
    case = Case("positive", "card given to first agent, transfer to payments, caller repeats it")
    g1 = case.g("CARD_NUMBER", c)
    case.c("I want to pay off the balance, the card is ", V(g1, typed_card(c) if rng.random() < 0.3 else join_spoken(spoken_card_parts(c))))
    case.a("Ah, I'm sorry, I can't take card details on this line, I'll transfer you to our payments team. Please hold.")
    case.a("Payments, you're through to Kelly. I've got a note you want to pay by card, can you give me the number again?")
    g2 = case.g("CARD_NUMBER", c)
    parts = spoken_card_parts(c)
    split_read(case, g2, parts, lead=ch(["sure, ", "again? ok, ", ""]))
    case.groups[g2] = ("CARD_NUMBER", c, "full")
    l4 = case.g("CARD_NUMBER", c[-4:], "partial")
    case.a("Lovely, that's the card ending ", V(l4, say(c[-4:], "single")), ", and I'll take the payment now.")
    return case


def pos_ssn():
    s = make_ssn()
    ind = ch(["healthcare billing", "banking", "insurance", "government services", "telecom"])
    case = Case("positive", "US %s: SSN verification, piece-by-piece confirmation" % ind)
    case.a("For verification I'll need your Social Security number, please.")
    st = rng.random()
    z = zw()
    parts = [s[:3], s[3:5], s[5:]]
    if st < 0.35:
        g = case.g("SSN", s)
        split_read(case, g, [say(p, ch(["single", "pairs"]), z) for p in parts], lead=ch(["it's ", "sure, ", "uh "]))
    elif st < 0.7:
        g = case.g("SSN", s)
        fmt = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"])
        case.c(ch(["SSN: ", "ss# ", "social is ", "My SSN is ", ""]), V(g, fmt % tuple(parts)))
    else:
        g = case.g("SSN", s)
        case.c(V(g, join_spoken([say(p, "single", z) for p in parts], 0.4)))
    if rng.random() < 0.6:
        g5 = case.g("SSN", s[:5], "partial")
        case.a("I've got ", V(g5, join_spoken([say(p, "single", z) for p in parts[:2]], 0)), " and then?")
        l4 = case.g("SSN", s[5:], "partial")
        case.c(ch(["then ", "last part ", ""]), V(l4, say(s[5:], "single", z)))
    rb = case.g("SSN", s)
    case.a("So that's ", V(rb, "%s-%s-%s" % tuple(parts) if rng.random() < 0.3 else join_spoken([say(p, "single", z) for p in parts], 0)), ch(["?", ", correct?"]))
    case.c(ch(["yes", "that's right", "yep"]))
    if rng.random() < 0.4:
        y, m, d = make_date()
        dob = case.g("DOB", (y, m, d))
        case.a("and your date of birth?")
        case.c(V(dob, render_dob(y, m, d, rng.random() < 0.5, us=True)))
    return case


def pos_ni():
    n = make_ni()
    ind = ch(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    case = Case("positive", "UK %s: NI number typed or spelled, read-back, sometimes a corrected letter" % ind)
    case.a("Can I take your National Insurance number?")
    st = rng.random()
    if st < 0.3:
        g = case.g("NI_NUMBER", n)
        fmt = ch([lambda x: x, lambda x: x.lower(), lambda x: "%s %s %s %s %s" % (x[:2], x[2:4], x[4:6], x[6:8], x[8]),
                  lambda x: "%s-%s-%s" % (x[:2], x[2:8], x[8])])
        case.c(ch(["NI: ", "ni no ", "it's ", "NINO ", ""]), V(g, fmt(n)))
    else:
        g = case.g("NI_NUMBER", n[:2], "partial")
        case.c(ch(["yeah it's ", "okay, ", "um "]), V(g, spoken_alnum(n[:2], 0.6)))
        case.a(ch(BACK))
        g2 = case.g("NI_NUMBER", n[2:], "partial")
        case.c(V(g2, spoken_alnum(n[2:8], 0.0) + ch([", ", " and ", " ", ", um, "]) + spoken_alnum(n[8], 0.7)))
    if rng.random() < 0.5:
        wrong = n[:8] + ch([x for x in "ABCD" if x != n[8]])
        w = case.g("NI_NUMBER", wrong, "fragment")
        case.a("Let me check I've got that, ", V(w, spoken_alnum(wrong, 0.2)), "?")
        lt = n[8].lower()
        case.c(ch(["no, the last letter's %s for %s" % (lt, NATO[lt]), "not %s, it ends in %s" % (wrong[8].lower(), lt)]))
    rb = case.g("NI_NUMBER", n)
    case.a(ch(["Okay so ", "Right, ", "Thanks, "]), V(rb, spoken_alnum(n, 0.3) if rng.random() < 0.7 else n), ch([".", ", got it.", "?"]))
    case.c(ch(["yes", "that's it", "yep, that's me", "correct"]))
    if rng.random() < 0.4:
        pc = ch(UK_PC)
        p = case.g("POSTCODE", pc)
        case.a("and your postcode?")
        case.c(V(p, spoken_alnum(pc, 0.3) if rng.random() < 0.6 else pc.lower()))
    return case


def pos_bank():
    acct, sort = digits(8), digits(6)
    bank = ch(UK_SORT_BANKS)
    case = Case("positive", "UK direct debit setup: account and sort code piece by piece, agent read-back")
    case.a("To set up the direct debit I'll need the account number and sort code.")
    st = rng.random()
    if st < 0.4:
        ga = case.g("BANK_ACCOUNT", acct)
        gs = case.g("SORT_CODE", sort)
        case.c(ch(["acct no: ", "Account number ", "a/c ", "acc: "]), V(ga, ch([acct, acct[:4] + " " + acct[4:]])),
               ch([" sort code ", ", sort: ", " / SC "]), V(gs, ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sort[:2], sort[2:4], sort[4:])))
    else:
        z = zw()
        ga = case.g("BANK_ACCOUNT", acct)
        split_read(case, ga, [say(acct[:4], ch(["single", "pairs"]), z), say(acct[4:], ch(["single", "pairs", "mixed"]), z)],
                   lead=ch(["it's with %s, account number " % bank, "the account number is ", "okay ", ""]))
        case.a("and the sort code?")
        gs = case.g("SORT_CODE", sort)
        case.c(V(gs, join_spoken([say(sort[i:i + 2], ch(["pairs", "single"]), z) for i in (0, 2, 4)], 0.2)))
    if rng.random() < 0.5:
        rb = case.g("SORT_CODE", sort)
        case.a("So the sort code is ", V(rb, join_spoken([say(sort[i:i + 2], "pairs") for i in (0, 2, 4)], 0)), "?")
        case.c(ch(["yes", "yeah that's it"]))
        ra = case.g("BANK_ACCOUNT", acct)
        case.a("and account ", V(ra, say(acct, "single")), ".")
        case.c("correct")
    else:
        wrong = sort[:4] + "%02d" % ((int(sort[4:]) + rng.randint(1, 9)) % 100)
        w = case.g("SORT_CODE", wrong, "fragment")
        case.a("So the sort code is ", V(w, join_spoken([say(wrong[i:i + 2], "pairs") for i in (0, 2, 4)], 0)), "?")
        fx = case.g("SORT_CODE", sort[4:], "partial")
        case.c("no, it ends ", V(fx, say(sort[4:], "pairs")), ", not ", V(case.g("SORT_CODE", wrong[4:], "fragment"), say(wrong[4:], "pairs")))
        case.a("ah, apologies, ", V(case.g("SORT_CODE", sort), "%s-%s-%s" % (sort[:2], sort[2:4], sort[4:])), " then.")
    case.groups = [g for g in case.groups]
    return case


def pos_us_bank():
    acct = digits(rng.randint(9, 12), True)
    case = Case("positive", "US refund by ACH: account number typed then confirmed by voice")
    g = case.g("BANK_ACCOUNT", acct)
    case.a("Where should we send the refund?")
    case.c(ch(["checking acct #", "acct no: ", "Account: ", "my checking account is "]), V(g, acct))
    rb = case.g("BANK_ACCOUNT", acct[-4:], "partial")
    case.a("thanks, and just confirming it ends in ", V(rb, say(acct[-4:], "single")), "?")
    case.c("yes, ending ", V(case.g("BANK_ACCOUNT", acct[-4:], "partial"), acct[-4:]))
    return case


def pos_iban():
    ib = make_iban()
    case = Case("positive", "EU/IE refund to IBAN, spoken in blocks with back-channels and read-back")
    case.a("Could you give me the IBAN for the refund?")
    blocks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    if rng.random() < 0.4:
        g = case.g("IBAN", ib)
        fmt = ch([" ".join(blocks), ib, " ".join(blocks).lower(), ib[:4] + " " + ib[4:]])
        case.c(ch(["IBAN: ", "iban ", "its ", "here: "]), V(g, fmt))
    else:
        g = case.g("IBAN", ib)
        cut = ch([2, 3]) if len(blocks) > 4 else 2
        p1 = " ".join(spoken_alnum(b, 0.2) for b in blocks[:cut])
        p2 = " ".join(spoken_alnum(b, 0.1) for b in blocks[cut:])
        split_read(case, g, [p1, p2], lead=ch(["okay, ", "it's ", "right "]))
    rb = case.g("IBAN", ib[-8:], "partial")
    case.a("So ending ", V(rb, spoken_alnum(ib[-8:], 0.0)), ch(["?", ", yeah?"]))
    case.c(ch(["yes", "that's it", "correct"]))
    return case


def pos_phone():
    canon, typed, reg = make_phone()
    ind = ch(["telecom", "utilities", "retail", "travel", "insurance", "banking"])
    case = Case("positive", "%s: callback number, %s, read back and confirmed" % (ind, reg))
    case.a(ch(["What's the best number to call you back on?", "Can I take a contact number?"]))
    spoken = rng.random() < 0.6
    if spoken:
        z = zw()
        body = canon
        pre = ""
        if canon.startswith("+"):
            cc = {"+44": "+44", "+1": "+1", "+353": "+353", "+49": "+49", "+33": "+33"}
            for k in ("+353", "+44", "+49", "+33", "+1"):
                if canon.startswith(k):
                    pre = "plus " + single_words(k[1:], z, False)
                    body = canon[len(k):]
                    break
        ch_sizes = ch([[4, 3, 3], [3, 3, 4], [5, 6], [2, 3, 4], [3, 4, 4]])
        parts = [say(x, ch(["single", "single", "pairs"]), z) for x in chunks(body, ch_sizes)]
        if pre:
            parts = [pre] + parts
        if rng.random() < 0.5 and len(parts) > 2:
            g = case.g("PHONE", canon)
            split_read(case, g, [join_spoken(parts[:2]), join_spoken(parts[2:])], lead=ch(["it's ", "yeah ", "my mobile, "]))
        else:
            g = case.g("PHONE", canon)
            case.c(ch(["it's ", "erm ", "you can get me on "]), V(g, join_spoken(parts)))
        rb = case.g("PHONE", canon)
        case.a("Let me read that back: ", V(rb, typed if rng.random() < 0.2 else join_spoken(parts, 0)), ".")
        case.c(ch(["yep", "that's right", "perfect"]))
    else:
        g = case.g("PHONE", canon)
        case.c(ch(["tel: ", "mob ", "Phone: ", "call me on ", ""]), V(g, typed), ch(["", " thx", " after 5pm"]))
        rb = case.g("PHONE", canon)
        case.a("Thanks, I've noted ", V(rb, typed), " as your contact number.")
    return case


def spoken_email(e):
    local, dom = e.split("@")
    out = []
    for tok in re.split(r"([._])", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok:
            m = re.match(r"([a-z]+)(\d*)$", tok)
            w, d = m.group(1), m.group(2)
            if len(w) == 1:
                out.append("%s for %s" % (w, NATO[w]) if rng.random() < 0.6 else w)
            elif rng.random() < 0.2:
                out.append(w + ", " + " ".join(w))
            else:
                out.append(w)
            if d:
                out.append(say(d, "pairs", "oh"))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    s = " ".join(out)
    return s.replace("  ", " ")


def pos_email():
    e = make_email()
    ind = ch(["retail", "travel", "telecom", "insurance", "utilities", "government services"])
    case = Case("positive", "%s: email address spoken or typed, agent read-back" % ind)
    case.a(ch(["And what email should the confirmation go to?", "Can I take an email address?"]))
    if rng.random() < 0.5:
        g = case.g("EMAIL", e)
        s = spoken_email(e)
        case.c(ch(["it's ", "yeah it's ", "um ", ""]), V(g, s))
        if rng.random() < 0.4:
            loc, dom = e.split("@")
            wrong = loc + "@" + ch([d for d in DOMAINS if d != dom])
            w = case.g("EMAIL", wrong, "fragment")
            case.a("So that's ", V(w, spoken_email(wrong)), "?")
            case.c(ch(["nearly, it's ", "no, ", "not quite, it's "]), V(case.g("EMAIL", e), spoken_email(e)),
                   ch([", not " + " dot ".join(wrong.split("@")[1].split(".")), ", you've got the wrong provider"]))
            fx = case.g("EMAIL", e)
            case.a("sorry, so ", V(fx, spoken_email(e)), "?")
            case.c(ch(["yes", "that's it now"]))
        else:
            rb = case.g("EMAIL", e)
            case.a("So that's ", V(rb, spoken_email(e)), "?")
            case.c(ch(["yes", "that's it"]))
    else:
        g = case.g("EMAIL", e)
        shown = e if rng.random() < 0.5 else "".join(c.upper() if rng.random() < 0.3 else c for c in e)
        case.c(ch(["email: ", "E-mail - ", "its ", "pls use "]), V(g, shown))
        rb = case.g("EMAIL", e)
        case.a("Thanks, updated to ", V(rb, e), ".")
    return case


def pos_idv_uk():
    y, m, d = make_date()
    pc = ch(UK_PC)
    town = ch(UK_TOWNS)
    ind = ch(["banking", "utilities", "telecom", "insurance", "healthcare billing"])
    case = Case("positive", "UK %s ID&V: DOB, first line of address, postcode; partial re-reads" % ind)
    case.a("Before I go any further, can I take your date of birth?")
    spoken = rng.random() < 0.6
    dob = case.g("DOB", (y, m, d))
    case.c(ch(["", "it's ", "yeah it's "]), V(dob, render_dob(y, m, d, spoken)))
    case.a(ch(["thank you, and the first line of your address?", "and the first line of the address?"]))
    addr = make_address(False, spoken)
    ga = case.g("ADDRESS", addr)
    if rng.random() < 0.5:
        case.c(V(ga, addr), ", %s" % town)
    else:
        case.c(V(ga, addr))
    case.a(ch(["and the postcode?", "lovely, and the postcode please?", "and what's the postcode there?"]))
    p = case.g("POSTCODE", pc)
    if spoken:
        s = spoken_alnum(pc, 0.3)
        out, inw = pc.split(" ")
        if rng.random() < 0.5:
            g1 = case.g("POSTCODE", out, "partial")
            g2 = case.g("POSTCODE", inw, "partial")
            case.groups[p] = ("POSTCODE", pc, "unused")
            case.c(V(g1, spoken_alnum(out, 0.3)))
            case.a(ch(BACK))
            case.c(V(g2, spoken_alnum(inw, 0.4)))
        else:
            case.c(ch(["", "it's "]), V(p, s))
    else:
        case.c(ch(["", "postcode ", "it's "]), V(p, ch([pc, pc.lower(), pc.replace(" ", "")])))
    if rng.random() < 0.5:
        rb = case.g("POSTCODE", pc)
        case.a("Thanks, so ", V(rb, spoken_alnum(pc, 0.0)), ch(["", " in %s" % town]), ", that matches.")
    return case


def pos_idv_us():
    zipc = digits(5, True) + (("-" + digits(4)) if rng.random() < 0.3 else "")
    town = ch(US_TOWNS)
    case = Case("positive", "US %s: mailing address update with ZIP and phone" % ch(["retail", "insurance", "telecom", "healthcare billing"]))
    case.a("What's the new mailing address?")
    spoken = rng.random() < 0.5
    addr = make_address(True, spoken)
    ga = case.g("ADDRESS", addr)
    z = case.g("POSTCODE", zipc.replace("-", ""))
    if spoken:
        case.c(ch(["it's ", "uh, ", ""]), V(ga, addr), ", %s, zip " % town.split(",")[0].lower(), V(z, say(zipc.replace("-", ""), "single", ch(["oh", "zero"]))))
    else:
        case.c(V(ga, addr), ", %s " % town, V(z, zipc))
    rb = case.g("POSTCODE", zipc.replace("-", "")[:5], "partial")
    case.a("Got it, and that's zip code ", V(rb, say(zipc[:5], "single", ch(["oh", "zero"]))), "?")
    case.c("yes")
    if rng.random() < 0.5:
        canon, typed, reg = make_phone()
        g = case.g("PHONE", canon)
        case.a("And is the phone number still ", V(g, typed), "?")
        case.c("yep, same number")
    return case


def pos_card_cvv_expiry():
    c = make_card()
    case = Case("positive", "expiry given with correction, CVV repeated, card confirmed at the end")
    case.a("I have the card number, what's the expiry?")
    m, y = rng.randint(1, 12), rng.randint(2025, 2031)
    m2 = m % 12 + 1
    w = case.g("EXPIRY", (m2, y % 100))
    case.c(V(w, render_expiry(m2, y, True)), ch([", no wait, ", "... sorry, no, it's ", ", actually scratch that, "]),
           V(case.g("EXPIRY", (m, y % 100)), render_expiry(m, y, True)))
    v = digits(4 if len(c) == 15 else 3)
    cv = case.g("CVV", v)
    case.a("and the security code?")
    case.c(V(cv, say(v, "single")))
    rb = case.g("CVV", v)
    case.a(V(rb, say(v, "single")), "?")
    case.c("yes")
    full = case.g("CARD_NUMBER", c)
    case.a("So the card is ", V(full, join_spoken(spoken_card_parts(c), 0)), ", expiring ",
           V(case.g("EXPIRY", (m, y % 100)), render_expiry(m, y, False)), ".")
    l4 = case.g("CARD_NUMBER", c[-4:], "partial")
    case.c("yes, the one ending ", V(l4, c[-4:]))
    return case


POS = [(pos_card_split, 42), (pos_card_correction, 20), (pos_card_chat, 18), (pos_card_other_person, 10),
       (pos_card_transfer, 8), (pos_card_cvv_expiry, 8), (pos_ssn, 34), (pos_ni, 32), (pos_bank, 16),
       (pos_us_bank, 6), (pos_iban, 14), (pos_phone, 18), (pos_email, 16), (pos_idv_uk, 16), (pos_idv_us, 10)]


# ---------------------------------------------------------------- negatives
def neg_order_like_card():
    c = make_card()
    lab = ch(["order number", "reference number", "tracking number", "case reference", "booking ref",
              "claim number", "invoice number", "ticket number"])
    case = Case("negative", "Luhn-valid 16-digit string read like a card but labelled as %s" % lab)
    case.a("Can I take the %s please?" % lab)
    parts = spoken_card_parts(c) if rng.random() < 0.6 else [typed_card(c)]
    case.c("the %s is " % lab, join_spoken(parts))
    case.a("thanks, so %s " % lab + join_spoken(parts, 0) + ", I've found it.")
    return case


def neg_amounts():
    a = rng.randint(10, 4999)
    p = rng.randint(0, 99)
    case = Case("negative", "balances, amounts and payment dates")
    case.a(ch(["Your outstanding balance is £%d.%02d." % (a, p), "The balance on the account is $%d,%03d.%02d." % (a // 1000 + 1, a % 1000, p),
               "That comes to €%d.%02d including VAT." % (a, p)]))
    case.c(ch(["four hundred and twelve pounds fifty? that's way more than last month",
               "can I pay %d now and the rest on the %s?" % (a // 3, ordinal(rng.randint(1, 28))),
               "I paid one thousand two hundred and forty on the third of %s" % ch(MONTHS)]))
    case.a("I can set a payment of %d.%02d for the %s of %s, is that okay?" % (a // 2, p, ordinal(rng.randint(1, 28)), ch(MONTHS)))
    return case


def neg_last_four():
    l4 = digits(4)
    case = Case("negative", "card last-four mentions only, no full number")
    case.a("Is that the card ending %s?" % ch([l4, say(l4, "single")]))
    case.c(ch(["yes the one ending in %s" % say(l4, "single"), "no, the one ending %s, the old one expired" % digits(4),
               "it's the visa, last four %s" % l4]))
    case.a("Okay, I'll charge the card ending %s then." % l4)
    return case


def neg_times():
    case = Case("negative", "opening hours, times, durations, counts")
    case.a(ch(["We're open eight till eight Monday to Friday, and nine to five on Saturdays.",
               "Lines are open from 08:00 to 20:00, the wait is about forty five minutes.",
               "The engineer will come between twelve and four on the %s." % ordinal(rng.randint(1, 28))]))
    case.c(ch(["so if I call at half seven tomorrow?", "I've been on hold for 1 hour 20 mins already",
               "I've rung %s times this week" % ch(["three", "four", "five", "six"])]))
    case.a("Yes, about %d minutes at that time, and your callback is booked for %d:%02d." % (rng.randint(5, 55), rng.randint(9, 17), ch([0, 15, 30, 45])))
    return case


def neg_reference_spoken():
    ref = digits(rng.choice([8, 10, 12, 14]))
    lab = ch(["policy number", "account reference", "customer reference", "meter serial", "membership number", "contract number"])
    case = Case("negative", "%s spoken digit-by-digit with back-and-forth" % lab)
    case.a("What's your %s?" % lab)
    parts = [say(x, "single") for x in chunks(ref, [4, 4, 4, 4])]
    case.c("the %s, it's " % lab + parts[0])
    case.a(ch(BACK))
    case.c(" ".join(parts[1:]))
    case.a("So your %s is %s." % (lab, " ".join(chunks(ref, [4, 4, 4]))))
    return case


def neg_meter():
    case = Case("negative", "utilities meter readings and serials")
    r1, r2 = digits(5), digits(5)
    case.a("Can you read me the numbers on the meter, left to right, ignore the red ones?")
    case.c("okay, " + say(r1, "single") + ", hang on, the day one is " + say(r2, "single"))
    case.a("Thanks, reading %s for day and %s for night, meter serial %s%s." % (r2, r1, ch(["E10", "K87", "S1"]), digits(7)))
    return case


def neg_travel():
    case = Case("negative", "flight, gate, seat, room numbers and booking refs")
    case.a("Your flight %s%d departs from gate %s%d at %d:%02d, seat %d%s." % (ch(["BA", "EI", "FR", "UA", "LH"]), rng.randint(100, 9999),
                                                                                ch("ABC"), rng.randint(1, 60), rng.randint(6, 22), ch([5, 10, 40]),
                                                                                rng.randint(1, 40), ch("ABCDEF")))
    case.c("and the hotel said room %s, booking reference %s" % (say(str(rng.randint(101, 999)), "mixed"),
                                                                 "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    case.a("That's right, confirmation number %s." % digits(10))
    return case


def neg_misc_numbers():
    case = Case("negative", "ages, temperatures, percentages, years, counts")
    case.c(ch(["I'm %d and I've been with you since %d" % (rng.randint(19, 90), rng.randint(1995, 2023)),
               "my dad's ninety one, he's been a customer since nineteen seventy eight",
               "the boiler's showing %d degrees and the pressure is one point five bar" % rng.randint(20, 80)]))
    case.a("The rate is %d.%d%% APR, fixed for %d months, on a %d year term." % (rng.randint(2, 29), rng.randint(0, 9), ch([12, 24, 36]), rng.randint(2, 30)))
    case.c("and the %d%% discount?" % ch([10, 15, 20, 25]))
    return case


def neg_serial_model():
    case = Case("negative", "device serial / IMEI-like / model numbers with labels")
    s = digits(15)
    case.a("Can you read me the serial number from the back of the router?")
    case.c("serial number " + " ".join(chunks(s, [5, 5, 5])) + ", model %s-%d" % (ch(["TG", "HH", "VMG"]), rng.randint(1000, 9999)))
    case.a("Thanks, serial %s, I can see that device." % s)
    return case


def neg_dates_contracts():
    y, m, d = make_date(2024, 2027)
    case = Case("negative", "contract/appointment dates (not DOB)")
    case.a("Your contract ends on %s and the renewal appointment is on %s." % (render_dob(y, m, d, False), render_dob(y, m, d, True)))
    case.c("can we move the appointment to the %s of %s at %s?" % (ordinal(rng.randint(1, 28)), ch(MONTHS), ch(["two thirty", "ten", "half nine"])))
    return case


def neg_roads():
    case = Case("negative", "road names and places without house numbers")
    st = ch(STREETS).capitalize()
    case.c("the outage is on %s %s, near the junction with the A%d" % (st, ch(["Road", "Street", "Lane"]), rng.randint(1, 999)))
    case.a("Yes we have reports on %s %s and around junction %d of the M%d." % (st, ch(["Road", "Street"]), rng.randint(1, 30), ch([1, 6, 25, 62])))
    return case


def neg_phone_like_ref():
    case = Case("negative", "11-digit reference that looks like a phone number, labelled as reference")
    r = "07" + digits(9)
    case.a("Your complaint reference is %s %s, please keep that safe." % (r[:5], r[5:]))
    case.c("sorry, complaint reference " + join_spoken([say(x, "single") for x in chunks(r, [5, 6])]) + "?")
    case.a("That's right.")
    return case


NEG = [(neg_order_like_card, 16), (neg_amounts, 10), (neg_last_four, 12), (neg_times, 8), (neg_reference_spoken, 14),
       (neg_meter, 8), (neg_travel, 8), (neg_misc_numbers, 8), (neg_serial_model, 6), (neg_dates_contracts, 8),
       (neg_roads, 6), (neg_phone_like_ref, 6)]


# ---------------------------------------------------------------- normalisation / validation
def pre(text):
    t = text.lower()
    t = re.sub(r"\b([a-z]) (?:for|as in) ([a-z][a-z-]+)", lambda m: m.group(1) if m.group(2)[0] == m.group(1) else m.group(0), t)
    return t


def parse_tokens(toks, alnum=False, allow_letters=False):
    out, i = "", 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w.isdigit():
            out += w
        elif w in ("double", "triple"):
            n = 2 if w == "double" else 3
            if nxt in UNIT or nxt in ZERO_WORDS:
                out += (("0" if nxt in ZERO_WORDS else str(UNIT.index(nxt)))) * n
            elif nxt and len(nxt) == 1 and allow_letters:
                out += nxt.upper() * n
            else:
                raise ValueError("bad double %r" % nxt)
            i += 1
        elif w in UNIT and nxt == "hundred":
            v = UNIT.index(w)
            i += 1
            if i + 1 < len(toks) and toks[i + 1] == "and":
                i += 2
                r = toks[i]
                if r in TEEN:
                    out += "%d%d" % (v, 10 + TEEN.index(r))
                elif r in TENS and r:
                    u = toks[i + 1] if i + 1 < len(toks) else None
                    if u in UNIT[1:]:
                        out += "%d%d%d" % (v, TENS.index(r), UNIT.index(u))
                        i += 1
                    else:
                        out += "%d%d0" % (v, TENS.index(r))
                elif r in UNIT:
                    out += "%d0%d" % (v, UNIT.index(r))
                else:
                    raise ValueError("bad hundred")
            else:
                out += "%d00" % v
        elif w in UNIT and nxt == "thousand":
            v = UNIT.index(w)
            i += 1
            if i + 1 < len(toks) and toks[i + 1] == "and":
                i += 2
                sub = parse_tokens(toks[i:i + 2]) if toks[i] in TENS and i + 1 < len(toks) and toks[i + 1] in UNIT[1:] else parse_tokens([toks[i]])
                if toks[i] in TENS and i + 1 < len(toks) and toks[i + 1] in UNIT[1:]:
                    i += 1
                out += "%d%03d" % (v, int(sub))
            else:
                out += "%d000" % v
        elif w in UNIT:
            out += str(UNIT.index(w))
        elif w in ZERO_WORDS and not (alnum and w == "o"):
            out += "0"
        elif w in TEEN:
            out += str(10 + TEEN.index(w))
        elif w in TENS and w:
            if nxt in UNIT[1:]:
                out += "%d%d" % (TENS.index(w), UNIT.index(nxt))
                i += 1
            else:
                out += "%d0" % TENS.index(w)
        elif w in FILLERS or w == "and":
            pass
        elif allow_letters and len(w) == 1:
            out += w.upper()
        elif w in ("plus", "+") and not out:
            out += "+"
        else:
            raise ValueError("unknown token %r" % w)
        i += 1
    return out


def norm_num(text, alnum=False):
    spoken_vocab = set(UNIT) | set(TEEN) | set(TENS[2:]) | {"oh", "nought", "double", "triple", "for", "as", "in"}
    if alnum and re.search(r"\d", text) and not (set(re.findall(r"[a-z]+", text.lower())) & spoken_vocab):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    t = pre(text)
    toks = re.findall(r"\+|[a-z]+|\d", t)
    return parse_tokens(toks, alnum=alnum, allow_letters=alnum)


def norm_email(text):
    t = pre(text)
    t = re.sub(r"\b([a-z]{2,}), ((?:[a-z] )+[a-z])\b", lambda m: m.group(1) if m.group(2).replace(" ", "") == m.group(1) else m.group(0), t)
    toks = re.findall(r"[a-z]+|\d+|[@._-]", t)
    out, run = "", []
    numw = set(UNIT) | set(TEEN) | set(TENS[2:]) | {"oh"}

    def flush():
        nonlocal out, run
        if run:
            out += parse_tokens(run)
            run = []
    for w in toks:
        if w in numw:
            run.append(w)
            continue
        flush()
        out += {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}.get(w, w)
    flush()
    return out


def parse_date(text):
    """Return a set of (d, m, y) candidates."""
    t = pre(text)
    t = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", t)
    month = None
    for w in re.findall(r"[a-z]+", t):
        if w in MONTHS:
            month = MONTHS.index(w) + 1
        elif w in MONTH_ABBR:
            month = MONTH_ABBR[w]
    toks = [w for w in re.findall(r"[a-z]+|\d+", t) if w not in MONTHS and w not in MONTH_ABBR]
    day = None
    rest = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in ("twenty", "thirty") and i + 1 < len(toks) and toks[i + 1] in ORD[1:10]:
            day = (20 if w == "twenty" else 30) + ORD.index(toks[i + 1])
            i += 2
            continue
        if w in ORD[1:] or w in ("thirtieth",):
            day = 30 if w == "thirtieth" else ORD.index(w)
        else:
            rest.append(w)
        i += 1
    cands = set()

    def fy(y):
        y = int(y)
        return y + 1900 if y < 100 else y
    if month:
        nums = [x for x in rest if x.isdigit()]
        words = [x for x in rest if not x.isdigit()]
        if day is None and nums:
            day = int(nums.pop(0))
        yr = "".join(nums) + (parse_tokens(words) if words else "")
        cands.add((day, month, fy(yr)))
        return cands
    nums = re.findall(r"\d+", t)
    if len(nums) == 3:
        a, b, c = (int(x) for x in nums)
        cands.add((a, b, fy(c)))
        cands.add((b, a, fy(c)))
    return cands


def parse_expiry(text):
    t = pre(text)
    month = None
    for w in re.findall(r"[a-z]+", t):
        if w in MONTHS:
            month = MONTHS.index(w) + 1
        elif w in MONTH_ABBR:
            month = MONTH_ABBR[w]
    if month:
        toks = [w for w in re.findall(r"[a-z]+|\d+", t) if w not in MONTHS and w not in MONTH_ABBR]
        y = parse_tokens(toks) if not all(x.isdigit() for x in toks) else "".join(toks)
        return month, int(y) % 100
    if re.search(r"\d", t):
        nums = re.findall(r"\d+", t)
        return int(nums[0]), int(nums[1]) % 100
    d = norm_num(text)
    return int(d[:2]), int(d[2:]) % 100


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24}


def valid_canon(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        if IBAN_LEN.get(v[:2]) != len(v):
            return False
        r = v[4:] + v[:4]
        return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
    if typ == "PHONE":
        d = v.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 13
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(v))
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(v)) or (v.isdigit() and len(v) in (5, 9))
    if typ == "DOB":
        y, m, d = v
        return 1900 < y < 2010 and 1 <= m <= 12 and 1 <= d <= 31
    if typ == "EXPIRY":
        m, y = v
        return 1 <= m <= 12 and 0 <= y <= 99
    if typ == "ADDRESS":
        return True
    return False


def normalise(typ, text):
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE"):
        return norm_num(text)
    if typ == "PHONE":
        s = norm_num(text)
        if s.startswith("00"):
            s = "+" + s[2:]
        s = re.sub(r"^\+(\d+?)0(\d{9,10})$", lambda m: "+" + m.group(1) + m.group(2) if m.group(1) == "44" else m.group(0), s)
        return s
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return norm_num(text, alnum=True)
    if typ == "EMAIL":
        return norm_email(text)
    return text


def address_ok(text):
    t = pre(text)
    toks = re.findall(r"[a-z]+|\d+", t)
    if not toks:
        return False
    first_ok = toks[0].isdigit() or toks[0] in ("flat", "apt", "apartment", "unit", "double", "triple") or toks[0] in UNIT or toks[0] in TEEN or toks[0] in TENS[2:]
    return first_ok and toks[-1] in STREET_SUFFIX or (first_ok and toks[-2] == "apt")


def generate():
    lines, meta = [], []
    pos_fns = []
    for fn, n in POS:
        pos_fns += [fn] * n
    neg_fns = []
    for fn, n in NEG:
        neg_fns += [fn] * n
    rng.shuffle(pos_fns)
    rng.shuffle(neg_fns)
    for i, fn in enumerate(pos_fns, 1):
        case = fn()
        obj, sg = case.build("h452-pos-%03d" % i)
        lines.append(obj)
        meta.append((case, sg))
    for i, fn in enumerate(neg_fns, 1):
        case = fn()
        obj, sg = case.build("h452-neg-%03d" % i)
        lines.append(obj)
        meta.append((case, sg))
    text = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines)
    return text, lines, meta


def counts(lines):
    c = {t: 0 for t in TYPES}
    for o in lines:
        for s in o["spans"]:
            c[s["type"]] += 1
    return c


def check(text, lines, meta):
    errs = []
    with open(OUT_FILE, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    with open(README_FILE, encoding="utf-8") as f:
        if f.read() != readme_text(lines):
            errs.append("README.md is out of date")
    ids = [o["id"] for o in lines]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for o, (case, sg) in zip(lines, meta):
        cid = o["id"]
        if o["kind"] == "negative" and o["spans"]:
            errs.append("%s: negative with spans" % cid)
        if o["kind"] == "positive" and not o["spans"]:
            errs.append("%s: positive without spans" % cid)
        for t in o["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % cid)
        by_turn = {}
        for s in o["spans"]:
            txt = o["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append("%s: span out of range" % cid)
                continue
            if st > 0 and txt[st - 1].isalnum() or en < len(txt) and txt[en].isalnum():
                errs.append("%s: span not on word boundary %r" % (cid, txt[st:en]))
            if not (txt[st].isalnum() or txt[st] == "+") or not txt[en - 1].isalnum():
                errs.append("%s: span edge not alnum %r" % (cid, txt[st:en]))
            by_turn.setdefault(s["turn"], []).append((st, en))
        for spans in by_turn.values():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans" % cid)
        # per-group value validation
        texts = {}
        for s, gid in zip(o["spans"], sg):
            texts.setdefault(gid, []).append(o["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for gid, parts in texts.items():
            typ, canon, mode = case.groups[gid]
            joined = " ".join(parts)
            try:
                if typ == "DOB":
                    ok = (canon[2], canon[1], canon[0]) in parse_date(joined) and valid_canon(typ, canon)
                elif typ == "EXPIRY":
                    ok = parse_expiry(joined) == canon and valid_canon(typ, canon)
                elif typ == "ADDRESS":
                    ok = address_ok(joined)
                else:
                    n = normalise(typ, joined)
                    cn = canon.replace(" ", "")
                    if mode == "full":
                        ok = n == cn and valid_canon(typ, cn)
                    elif mode == "partial":
                        ok = n == cn and len(n) >= 1
                    else:
                        ok = len(n) >= 2
            except Exception as e:  # noqa
                ok = False
                joined += " [%s]" % e
            if not ok:
                errs.append("%s: %s value failed validation (%s): %r canon=%r" % (cid, typ, mode, joined, canon))
    npos = sum(o["kind"] == "positive" for o in lines)
    nneg = sum(o["kind"] == "negative" for o in lines)
    c = counts(lines)
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if c[t] < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, c[t]))
    return errs


README_TEMPLATE = """# pii_holdout452 — held-out PII redaction evaluation set

> **Never use this set for tuning.** It is a held-out evaluation set. Do not
> adjust patterns, thresholds, word lists or models while looking at these
> cases or their failures; doing so makes every number measured on it
> meaningless. Use it only to measure.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction engine's code, its tests, its docs or any other PII
fixture, and wrote the phrasings from scratch. Every case is produced by
`scripts/make_pii_holdout452.py` (Python standard library only, one
`random.Random(452241125)`), which builds each turn from plain-text segments
and labelled value segments so that offsets are computed, never typed.

`python scripts/make_pii_holdout452.py --check` regenerates the set and checks
that `cases.jsonl` (and this README) are byte-identical, ids are unique,
offsets are in range, on word boundaries and non-overlapping, and that every
labelled value is valid after normalising spoken forms (Luhn for cards,
mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, UK postcode
/ US ZIP format, date parsing for DOB and expiry, e-mail syntax, etc.).
Deliberately wrong values (a mis-heard agent read-back, a caller's first
attempt before a correction) are still labelled — they are still someone's
data being spoken — but are only checked to be well-formed, not valid.

Emphasis of this set: back-and-forth between agents and callers — read-backs,
single-digit corrections, partial repeats, values confirmed piece by piece,
holds and transfers mid-reading, callers reading for someone else — mixed
with typed chat (separators, odd grouping, case variation, labels like
`acct no:`) and ASR-style lower-case transcripts (number words, oh/o/nought/
zero, double/triple, pairs, hundreds, NATO and "b for bravo" spelling,
e-mails as "j dot doe at gmail dot com"). Industries: banking, telecom,
utilities, retail, insurance, travel, healthcare billing, government
services; countries: UK, US, Ireland, EU.

## Format

One JSON object per line in `cases.jsonl`:
`id`, `kind` (`positive`/`negative`), `turns` (`speaker` is `customer` or
`agent`, `text`), `spans` (`turn`, `start`, `end` — Python character offsets,
end exclusive — and `type`), `note`.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit (or the `+` of
  an international phone number) to its last; lead-ins ("it's", "my number
  is", "acct no:") are outside.
- A value split across turns gets one span per turn, each with the value's
  type. Agent read-backs are labelled too, and so are partial repeats
  ("I've got three oh five seven two", "the second group is four four six
  one") and wrong read-backs / abandoned first attempts.
- Filler words spoken inside a reading ("um", "uh", "erm") are inside the span.
- PHONE spans include the country code. ADDRESS covers house/flat number and
  street, not the town; the postcode/ZIP is a separate POSTCODE span. DOB and
  EXPIRY cover the whole date expression.
- A card's last four on their own ("card ending 4821") are not PII, unless
  the full card was read in the same case, in which case they are labelled
  CARD_NUMBER.
- Negative cases contain no PII at all: amounts, balances, times, opening
  hours, durations, counts, ages, temperatures, percentages, years,
  appointment/contract dates, order/ticket/invoice/claim/reference/tracking/
  serial/model/policy numbers said with their label (including Luhn-valid
  16-digit strings read exactly like a card, and phone-shaped references),
  meter readings, flight/room/gate/seat numbers, road names and card last-four
  mentions.

## Counts

{summary}

| Type | Spans |
|---|---:|
{table}
"""


def readme_text(lines):
    c = counts(lines)
    npos = sum(o["kind"] == "positive" for o in lines)
    nneg = sum(o["kind"] == "negative" for o in lines)
    summary = "%d cases: %d positive, %d negative; %d labelled spans." % (len(lines), npos, nneg, sum(c.values()))
    table = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return README_TEMPLATE.format(summary=summary, table=table)


def main():
    text, lines, meta = generate()
    if "--check" in sys.argv:
        errs = check(text, lines, meta)
        for e in errs[:60]:
            print("ERROR", e)
        if errs:
            print("%d errors" % len(errs))
            sys.exit(1)
        c = counts(lines)
        print("OK: %d cases (%d positive, %d negative)" % (len(lines), sum(o["kind"] == "positive" for o in lines),
                                                            sum(o["kind"] == "negative" for o in lines)))
        for t in TYPES:
            print("  %-13s %d" % (t, c[t]))
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT_FILE, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README_FILE, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme_text(lines))
    print("wrote %s (%d cases)" % (OUT_FILE, len(lines)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction set ``tests/fixtures/pii_holdout170``.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  ``--check`` regenerates and verifies the fixture.

Each turn is assembled from plain-text segments and labelled segments
``P(text, TYPE, group)``; offsets are computed, never typed by hand.  Every
labelled group carries a canonical value which is validated (Luhn, mod-97,
NI shape ...) and, where meaningful, compared with the digits obtained by
normalising the spoken/typed span text.
"""
import json
import os
import random
import re
import sys

SEED = 170241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout170")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


class P:
    """A labelled segment."""

    def __init__(self, text, typ, group):
        self.text, self.typ, self.group = text, typ, group


class Ctx:
    def __init__(self, r):
        self.r = r
        self.groups = {}  # gid -> (type, canonical, mode)
        self.n = 0

    def g(self, typ, canonical, mode="digits"):
        self.n += 1
        gid = "g%d" % self.n
        self.groups[gid] = (typ, canonical, mode)
        return gid


# ---------------------------------------------------------------- speaking
W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "1": ["won"]}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu", "q": "quebec"}
NAMEWORD = {"a": "apple", "b": "bob", "c": "cat", "d": "david", "e": "edward",
            "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary",
            "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tom",
            "w": "william", "y": "yellow", "z": "zebra"}


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + W[b]


def say(s, r, zero=None, doubles=0.5, pairs=0.0, homo=0.0, filler=0.0):
    """Speak a digit string as an ASR would transcribe it."""
    zw = zero or r.choice(["zero", "oh", "o", "oh", "nought"])
    out = []
    i = 0
    n = len(s)

    def w(d):
        if d == "0":
            return zw
        if d in HOMO and r.random() < homo:
            return r.choice(HOMO[d])
        return W[int(d)]
    while i < n:
        d = s[i]
        if i + 2 < n and s[i] == s[i + 1] == s[i + 2] and r.random() < doubles:
            out.append("triple " + (zw if d == "0" else W[int(d)]))
            i += 3
        elif i + 1 < n and s[i] == s[i + 1] and r.random() < doubles:
            out.append("double " + (zw if d == "0" else W[int(d)]))
            i += 2
        elif (pairs and i + 1 < n and d != "0" and r.random() < pairs
              and (s[i + 1] != "0" or d == "1" or i + 2 == n)):
            out.append(pair_words(s[i:i + 2]))
            i += 2
        else:
            out.append(w(d))
            i += 1
        if filler and i < n and r.random() < filler:
            out.append(r.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def say_letter(c, r, nato=0.5):
    c = c.lower()
    x = r.random()
    if x < nato and c in NATO:
        return "%s for %s" % (c, NATO[c])
    if x < nato + 0.2 and c in NAMEWORD:
        return "%s as in %s" % (c, NAMEWORD[c])
    return c


def say_alnum(s, r, nato=0.4, pairs=0.0):
    out = []
    buf = ""
    for ch in s + "|":
        if ch.isdigit():
            buf += ch
            continue
        if buf:
            out.append(say(buf, r, zero="oh", doubles=0.3, pairs=pairs))
            buf = ""
        if ch.isalpha():
            out.append(say_letter(ch, r, nato))
    return " ".join(out)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def say_year(y):
    s = str(y)
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + say_small(y - 2000))
    a, b = s[:2], s[2:]
    return pair_words(a) + " " + (pair_words(b) if b[0] != "0" else "oh " + W[int(b[1])])


def say_small(n):
    if n < 10:
        return W[n]
    return pair_words("%02d" % n)


def say_number(n):
    """Cardinal for house numbers (1..999)."""
    if n < 100:
        return say_small(n)
    h, rest = divmod(n, 100)
    return W[h] + " hundred" + ("" if rest == 0 else " and " + say_small(rest))


# ---------------------------------------------------------------- values
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


def make_card(r, kind=None):
    kind = kind or r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body, n = "4" + "".join(r.choice("0123456789") for _ in range(2)), 16
    elif kind == "mc":
        body, n = "5" + r.choice("12345") + r.choice("0123456789"), 16
    elif kind == "amex":
        body, n = "3" + r.choice("47"), 15
    else:
        body, n = "6011", 16
    while len(body) < n - 1:
        body += r.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(d, sep=" "):
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def make_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(r):
    while True:
        p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(r.choice("0123456789") for _ in range(6)) + r.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(i):
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(r, country=None):
    country = country or r.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda k: "".join(r.choice("0123456789") for _ in range(k))
    if country == "GB":
        bban = r.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + dg(6) + dg(8)
    elif country == "IE":
        bban = r.choice(["AIBK", "BKIR", "IPBS"]) + dg(6) + dg(8)
    elif country == "DE":
        bban = dg(18)
    elif country == "FR":
        bban = dg(23)
    elif country == "NL":
        bban = r.choice(["ABNA", "INGB", "KNAB"]) + dg(10)
    else:
        bban = dg(20)
    return country + iban_check(country, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def make_phone(r, kind=None):
    kind = kind or r.choice(["uk_mob", "uk_land", "us", "ie_mob"])
    dg = lambda k: "".join(r.choice("0123456789") for _ in range(k))
    if kind == "uk_mob":
        return "07" + r.choice("3456789") + dg(8), kind
    if kind == "uk_land":
        return r.choice(["0161", "0113", "0121", "0131", "0141", "0117"]) + r.choice("2345678") + dg(6), kind
    if kind == "us":
        return r.choice("2345678") + dg(2) + r.choice("2345678") + dg(6), kind
    return "08" + r.choice("35679") + dg(7), kind


FIRST = ["sarah", "james", "priya", "tom", "niamh", "kevin", "aisha", "mark", "lucy",
         "declan", "maria", "dev", "grace", "owen", "fatima", "ryan", "ellen", "sean"]
LAST = ["walsh", "patel", "murphy", "jenkins", "kowalski", "brennan", "hughes", "ahmed",
        "fletcher", "garcia", "nolan", "baker", "reid", "turner", "kaur", "byrne"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "btinternet.com",
           "icloud.com", "aol.com", "eircom.net"]
STREETS = ["elm grove", "station road", "high street", "maple avenue", "church lane",
           "park crescent", "victoria road", "mill lane", "kingsway", "oak drive",
           "hawthorn close", "birch street", "willow way", "queens road", "cedar court",
           "main street", "lakeview drive", "pine ridge road"]
US_STREETS = ["maple avenue", "oak street", "elm drive", "washington boulevard",
              "cedar lane", "lakeview drive", "pine ridge road", "sunset boulevard"]
UK_TOWN = {"M1 1AE": "Manchester", "B33 8TH": "Birmingham", "CR2 6XH": "Croydon",
           "DN55 1PT": "Doncaster", "SW1A 2AA": "London", "EH1 2NG": "Edinburgh",
           "LS6 3HN": "Leeds", "BS8 4RZ": "Bristol", "G12 8QQ": "Glasgow", "CF10 1EP": "Cardiff",
           "NE1 4ST": "Newcastle", "L17 9TB": "Liverpool", "W1T 3JH": "London",
           "SE15 5DQ": "London", "BT9 6AD": "Belfast", "KT22 7PR": "Leatherhead",
           "RG1 8EQ": "Reading", "HP19 8DF": "Aylesbury"}
UK_PC = sorted(UK_TOWN)


def make_email(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    style = r.choice(["dot", "init", "num", "under"])
    if style == "dot":
        u = f + "." + l
    elif style == "init":
        u = f[0] + l
    elif style == "num":
        u = f + l + str(r.randint(10, 99))
    else:
        u = f + "_" + l
    return u + "@" + r.choice(DOMAINS)


def say_email(e, r):
    u, d = e.split("@")
    parts = []
    for tok in re.split(r"([._])", u):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok:
            m = re.match(r"([a-z]+)(\d*)$", tok)
            word, num = m.group(1), m.group(2)
            if len(word) > 1 and word[0] + word[1:] in [x[0] + y for x in FIRST for y in LAST] and False:
                pass
            parts.append(word)
            if num:
                parts.append(say(num, r, doubles=0.3, pairs=0.7))
    dom = " dot ".join(d.split("."))
    return " ".join(parts) + " at " + dom


def make_dob(r):
    return r.randint(1940, 2004), r.randint(1, 12), r.randint(1, 28)


# ---------------------------------------------------------------- normalising
UNIT = {w: i for i, w in enumerate(W)}
UNIT.update({"oh": 0, "o": 0, "nought": 0, "naught": 0, "for": 4, "to": 2, "too": 2,
             "ate": 8, "won": 1})
TEENMAP = {w: 10 + i for i, w in enumerate(TEENS)}
TENMAP = {w: i for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "erm", "ah", "sorry", "no", "and", "its", "it's", "yeah"}


def spoken_to_alnum(text):
    """Turn a spoken or typed value into an upper-case alnum string."""
    if re.search(r"\d", text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = [t for t in re.split(r"[\s,\-/().]+", text.lower()) if t]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i].strip(".")
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if (len(t) == 1 and t.isalpha() and i + 2 < len(toks)
                and (nxt == "for" or (nxt == "as" and toks[i + 2] == "in"))):
            j = i + 2 if nxt == "for" else i + 3
            if (j < len(toks) and toks[j].startswith(t) and toks[j] != t and len(toks[j]) > 2
                    and toks[j] not in UNIT and toks[j] not in TEENMAP and toks[j] not in TENMAP):
                out.append(t.upper())
                i = j + 1
                continue
        if t in ("double", "triple") and nxt:
            k = 2 if t == "double" else 3
            n2 = nxt.strip(".")
            if n2 in UNIT:
                out.append(str(UNIT[n2]) * k)
            else:
                out.append(n2.upper() * k)
            i += 2
            continue
        if t in TENMAP:
            if nxt in UNIT and nxt not in ("oh", "o", "nought", "zero"):
                out.append("%d%d" % (TENMAP[t], UNIT[nxt]))
                i += 2
            else:
                out.append("%d0" % TENMAP[t])
                i += 1
            continue
        if t in TEENMAP:
            out.append(str(TEENMAP[t]))
        elif t in UNIT:
            out.append(str(UNIT[t]))
        elif t == "plus" or t in FILLERS:
            pass
        elif re.fullmatch(r"[a-z0-9+]+", t) and (len(t) == 1 or any(c.isdigit() for c in t) or t.isupper() or len(t) <= 4):
            out.append(re.sub(r"[^a-z0-9]", "", t).upper())
        i += 1
    return "".join(out)


def digits_of(text):
    return re.sub(r"\D", "", spoken_to_alnum(text))


def spoken_email(text):
    t = text.strip().lower()
    if "@" in t:
        return t.replace(" ", "")
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        x = toks[i]
        if x == "dot":
            out.append(".")
        elif x == "at":
            out.append("@")
        elif x == "underscore":
            out.append("_")
        elif x in ("dash", "hyphen"):
            out.append("-")
        elif x in TENMAP or x in TEENMAP or x in W or x in ("double", "triple"):
            j = i
            while j < len(toks) and (toks[j] in TENMAP or toks[j] in TEENMAP or toks[j] in W
                                     or toks[j] in ("double", "triple")):
                j += 1
            out.append(digits_of(" ".join(toks[i:j])))
            i = j
            continue
        else:
            out.append(x)
        i += 1
    return "".join(out)


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def validate_group(typ, canon, mode, span_texts):
    """Return a list of problems for one labelled value."""
    errs = []
    joined = " ".join(span_texts)
    if mode == "sub":
        for t in span_texts:
            v = spoken_to_alnum(t)
            if not v or v not in str(canon):
                errs.append("%s piece %r -> %s not in %s" % (typ, t, v, canon))
        mode = "none"
    if typ == "CARD_NUMBER":
        if not (13 <= len(canon) <= 19 and canon.isdigit() and luhn_ok(canon)):
            errs.append("bad card %s" % canon)
    elif typ == "CVV":
        if not (canon.isdigit() and len(canon) in (3, 4)):
            errs.append("bad cvv")
    elif typ == "EXPIRY":
        if not (len(canon) == 4 and 1 <= int(canon[:2]) <= 12):
            errs.append("bad expiry %s" % canon)
    elif typ == "SSN":
        if not (len(canon) == 9 and canon.isdigit() and canon[:3] not in ("000", "666")):
            errs.append("bad ssn")
    elif typ == "NI_NUMBER":
        if not NI_RE.match(canon):
            errs.append("bad ni %s" % canon)
        if mode == "digits" and spoken_to_alnum(joined) != canon:
            errs.append("ni text %r -> %s != %s" % (joined, spoken_to_alnum(joined), canon))
        return errs
    elif typ == "BANK_ACCOUNT":
        if not (canon.isdigit() and 6 <= len(canon) <= 12):
            errs.append("bad account")
    elif typ == "SORT_CODE":
        if not (canon.isdigit() and len(canon) == 6):
            errs.append("bad sort code")
    elif typ == "IBAN":
        if not iban_ok(canon):
            errs.append("bad iban")
        if mode == "digits" and spoken_to_alnum(joined) != canon:
            errs.append("iban text %r -> %s" % (joined, spoken_to_alnum(joined)))
        return errs
    elif typ == "PHONE":
        if not (canon.isdigit() and 9 <= len(canon) <= 13):
            errs.append("bad phone")
    elif typ == "EMAIL":
        if not EMAIL_RE.match(canon):
            errs.append("bad email %s" % canon)
        if mode == "digits" and spoken_email(joined) != canon:
            errs.append("email text %r -> %s" % (joined, spoken_email(joined)))
        return errs
    elif typ == "DOB":
        y, m, d = canon
        if not (1900 < y < 2010 and 1 <= m <= 12 and 1 <= d <= 31):
            errs.append("bad dob")
        return errs
    elif typ == "POSTCODE":
        if not (UK_PC_RE.match(canon) or re.fullmatch(r"\d{5}(\d{4})?", canon)):
            errs.append("bad postcode %s" % canon)
        if mode == "digits" and spoken_to_alnum(joined) != canon:
            errs.append("postcode text %r -> %s != %s" % (joined, spoken_to_alnum(joined), canon))
        return errs
    elif typ == "ADDRESS":
        if not re.search(r"(road|street|avenue|lane|grove|crescent|kingsway|drive|close|way|court|boulevard|rd|st|ave)\b", joined.lower()):
            errs.append("address without street word: %r" % joined)
        return errs
    if mode == "digits" and digits_of(joined) != canon:
        errs.append("%s text %r -> %s != %s" % (typ, joined, digits_of(joined), canon))
    return errs


# ---------------------------------------------------------------- helpers
def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yes", "got that", "go ahead"]


def split_spoken(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    return out


# ================================================================ POSITIVES
def p_card_call_one(x):
    r = x.r
    d = make_card(r)
    g = x.g("CARD_NUMBER", d)
    txt = say(d, r, doubles=0.5, pairs=r.choice([0, 0, 0.4]), homo=0.15, filler=0.06)
    ind = r.choice(["telecom", "utilities", "retail", "insurance"])
    turns = [A("thank you and can i take the long number across the front of the card please"),
             C(r.choice(["yeah it's ", "okay so ", "right um it is ", ""]), P(txt, "CARD_NUMBER", g),
               r.choice(["", " that's it", " sorry it's a bit worn"]))]
    return turns, "call/%s: card read in one turn with doubles/pairs/homophones/fillers" % ind


def p_card_call_split(x):
    r = x.r
    d = make_card(r)
    g = x.g("CARD_NUMBER", d)
    sizes = [4, 6, 5] if len(d) == 15 else r.choice([[4, 4, 4, 4], [4, 4, 8], [6, 6, 4], [8, 8]])
    pieces = split_spoken(d, sizes)
    turns = [A("okay when you're ready go ahead with the card number")]
    for k, pc in enumerate(pieces):
        pre = r.choice(["", "", "um ", "right ", "and then "]) if k else r.choice(["", "okay ", "it's "])
        turns.append(C(pre, P(say(pc, r, doubles=0.4, pairs=0.25, homo=0.1), "CARD_NUMBER", g)))
        if k < len(pieces) - 1:
            turns.append(A(r.choice(BACK)))
    turns.append(A(r.choice(["lovely thank you", "perfect and the expiry", "thanks for that"])))
    ind = r.choice(["insurance", "travel", "telecom", "healthcare billing", "retail"])
    return turns, "call/%s: card split over %d customer turns with back-channels" % (ind, len(pieces))


def p_card_call_interrupt(x):
    r = x.r
    d = make_card(r, r.choice(["visa", "mc"]))
    g = x.g("CARD_NUMBER", d, "sub")
    a, b, c = d[:6], d[6:10], d[10:]
    turns = [A("can i get the sixteen digit card number please"),
             C("yeah ", P(say(a, r, doubles=0.4), "CARD_NUMBER", g), " ",
               P(say(b[:2], r), "CARD_NUMBER", g)),
             A(r.choice(["sorry sorry you cut out there can you go again from where you stopped",
                         "sorry you're breaking up a bit can you go from the second half again"])),
             C("oh sorry ", P(say(b, r, doubles=0.3), "CARD_NUMBER", g), " ",
               P(say(c, r, doubles=0.4, pairs=0.3), "CARD_NUMBER", g)),
             A("okay thank you")]
    return turns, "call/utilities: agent interrupts mid-card; customer restarts the middle group (repeat is also card)"


def p_card_call_correction(x):
    r = x.r
    d = make_card(r)
    g = x.g("CARD_NUMBER", d, mode="none")
    wrong = list(d[8:12])
    wrong[-1] = str((int(wrong[-1]) + 3) % 10)
    txt = (say(d[:8], r, doubles=0.4) + " " + say("".join(wrong), r, doubles=0)
           + " no sorry " + say(d[8:12], r, doubles=0) + " " + say(d[12:], r, doubles=0.4))
    turns = [A("and the card number"),
             C("it's ", P(txt, "CARD_NUMBER", g)),
             A("okay so that's ending " + say(d[-4:], r, doubles=0)),
             C("that's right yeah")]
    # agent read-back of last four is part of the card too
    turns[2] = A("okay so that's ending ", P(say(d[-4:], r, doubles=0), "CARD_NUMBER", x.g("CARD_NUMBER", d, "none")))
    return turns, "call/banking: card with self-correction inside the reading; agent reads back last four"


def p_card_chat(x):
    r = x.r
    d = make_card(r)
    g = x.g("CARD_NUMBER", d)
    style = r.choice(["space", "dash", "none", "mixed", "dot"])
    if style == "space":
        t = group_card(d)
    elif style == "dash":
        t = group_card(d, "-")
    elif style == "none":
        t = d
    elif style == "dot":
        t = group_card(d, ".")
    else:
        t = d[:4] + " " + d[4:8] + d[8:12] + "-" + d[12:]
    mm, yy = r.randint(1, 12), r.randint(26, 31)
    ex = r.choice(["%02d/%02d", "%02d-%02d", "%02d/20%02d", "%02d %02d"]) % (mm, yy)
    cv = "".join(r.choice("0123456789") for _ in range(4 if len(d) == 15 else 3))
    ge = x.g("EXPIRY", "%02d%02d" % (mm, yy), "none")
    gc = x.g("CVV", cv)
    opener = r.choice(["hi i need to pay my bill of £%d.%02d" % (r.randint(20, 300), r.randint(0, 99)),
                       "Hello, want to settle invoice INV-%d" % r.randint(10000, 99999),
                       "hey can u take payment for order #%d" % r.randint(100000, 999999)])
    turns = [C(opener), A("Of course. Please type the card number, expiry and security code."),
             C(r.choice(["card ", "Card no: ", "its ", ""]), P(t, "CARD_NUMBER", g),
               r.choice([" exp ", ", expires ", " expiry "]), P(ex, "EXPIRY", ge),
               r.choice([" cvv ", ", cvc ", " sec code "]), P(cv, "CVV", gc))]
    return turns, "chat/retail: card typed (%s) with expiry and cvv in one message, amount/ref nearby" % style


def p_exp_cvv_call(x):
    r = x.r
    mm, yy = r.randint(1, 12), r.randint(26, 31)
    ge = x.g("EXPIRY", "%02d%02d" % (mm, yy), "none")
    cv = "".join(r.choice("0123456789") for _ in range(3))
    gc = x.g("CVV", cv)
    ex = r.choice([say("%02d" % mm, r, zero="oh", doubles=0) + " " + pair_words("%02d" % yy),
                   MONTHS[mm - 1] + " twenty " + W[yy - 20] if yy < 30 else MONTHS[mm - 1] + " twenty thirty" + ("" if yy == 30 else " one"),
                   say("%02d" % mm, r, zero="oh", doubles=0) + " slash " + pair_words("%02d" % yy)])
    turns = [A("and the expiry date on the card"),
             C(r.choice(["um ", "it's ", "expires "]), P(ex, "EXPIRY", ge)),
             A("and the last three digits on the back the security code"),
             C(r.choice(["", "okay ", "that's "]), P(say(cv, r, doubles=0.5, homo=0.2), "CVV", gc))]
    ind = r.choice(["telecom", "travel", "utilities", "insurance"])
    return turns, "call/%s: expiry and cvv in separate customer turns" % ind


def p_cvv_split(x):
    r = x.r
    d = make_card(r, "visa")
    g = x.g("CARD_NUMBER", d)
    cv = "".join(r.choice("0123456789") for _ in range(3))
    gc = x.g("CVV", cv, "none")
    wrong = str((int(cv[2]) + 1) % 10)
    turns = [A("go ahead with the card"),
             C(P(say(d, r, doubles=0.4, pairs=0.2, filler=0.04), "CARD_NUMBER", g)),
             A("and the security code"),
             C(P(say(cv[:2], r, doubles=0) + " " + W[int(wrong)] + " wait no " + say(cv, r, doubles=0), "CVV", gc)),
             A("thank you that's gone through")]
    return turns, "call/retail: card then cvv with a self-correction inside the cvv"


def p_ssn_call(x):
    r = x.r
    s = make_ssn(r)
    g = x.g("SSN", s)
    style = r.choice(["one", "groups", "pairs"])
    if style == "one":
        turns = [A("can you verify the social security number on the account"),
                 C(r.choice(["sure it's ", "yeah ", "um "]), P(say(s, r, doubles=0.5, filler=0.05, homo=0.1), "SSN", g))]
    elif style == "groups":
        turns = [A("i'll need your social to verify"),
                 C("okay ", P(say(s[:3], r), "SSN", g)), A(r.choice(BACK)),
                 C(P(say(s[3:5], r, pairs=0.5), "SSN", g)), A(r.choice(BACK)),
                 C(P(say(s[5:], r, pairs=0.5), "SSN", g))]
    else:
        turns = [A("and the last four of your social"),
                 C(P(say(s[5:], r, pairs=0.9), "SSN", x.g("SSN", s, "none"))),
                 A("i'm actually going to need the full number for this one sorry"),
                 C("oh okay ", P(say(s, r, pairs=0.5, doubles=0.3), "SSN", g))]
    ind = r.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    return turns, "call/%s US: SSN spoken (%s)" % (ind, style)


def p_ssn_chat(x):
    r = x.r
    s = make_ssn(r)
    g = x.g("SSN", s)
    t = r.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                  s[:3] + "." + s[3:5] + "." + s[5:]])
    turns = [A("To continue I need to verify your identity. What is your SSN?"),
             C(r.choice(["its ", "SSN: ", "sure, ", "ok "]), P(t, "SSN", g),
               r.choice(["", " and my zip is ", " thx"]))]
    if turns[1][1][-1] == " and my zip is ":
        z = "%05d" % r.randint(10001, 99950)
        turns[1][1].append(P(z, "POSTCODE", x.g("POSTCODE", z)))
    return turns, "chat/US banking: SSN typed"


def p_ssn_homophone(x):
    r = x.r
    s = make_ssn(r)
    g = x.g("SSN", s, "none")
    # ASR mishears 'four' -> 'for' and 'eight' -> 'ate' and splits with 'to'
    txt = say(s, r, doubles=0, homo=0.6)
    turns = [A("what's your social security number ma'am"),
             C("it's uh ", P(txt, "SSN", g)),
             A("and your date of birth")]
    y, m, d = make_dob(r)
    gd = x.g("DOB", (y, m, d))
    turns.append(C(P("%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y)), "DOB", gd)))
    return turns, "call/government services US: SSN with many homophones (for/to/ate/won) then DOB"


def p_ni_call(x):
    r = x.r
    n = make_ni(r)
    g = x.g("NI_NUMBER", n)
    style = r.choice(["one", "split", "pairs"])
    if style == "one":
        txt = say_alnum(n, r, nato=0.5, pairs=r.choice([0, 0.6]))
        turns = [A("can i take your national insurance number"),
                 C(r.choice(["yeah it's ", "um ", "okay "]), P(txt, "NI_NUMBER", g))]
    elif style == "split":
        turns = [A("and your national insurance number please"),
                 C(P(say_alnum(n[:2], r, nato=0.8), "NI_NUMBER", g)), A(r.choice(BACK)),
                 C(P(say(n[2:8], r, zero="oh", doubles=0.3, pairs=0.4), "NI_NUMBER", g)), A("and the last letter"),
                 C(P(say_letter(n[8], r, 0.6), "NI_NUMBER", g))]
    else:
        txt = say_alnum(n[:2], r, 0.3) + " " + pair_words(n[2:4]) if n[2] != "0" else say_alnum(n[:4], r, 0.3)
        rest = say(n[4:8], r, zero="oh", pairs=0.7, doubles=0.2) + " " + n[8].lower()
        turns = [A("n i number"), C("it's ", P(txt + " " + rest, "NI_NUMBER", g))]
    ind = r.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    return turns, "call/%s UK: NI number spoken (%s)" % (ind, style)


def p_ni_chat(x):
    r = x.r
    n = make_ni(r)
    g = x.g("NI_NUMBER", n)
    t = r.choice([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
                  n.lower(), n[:2] + n[2:8] + " " + n[8], n[:2].lower() + " " + n[2:8] + " " + n[8].lower()])
    turns = [C(r.choice(["Hi, I was told to send my NI number for the pension query: ",
                         "my national insurance no. is ", "NINO ", "ni number "]),
               P(t, "NI_NUMBER", g), r.choice(["", " - is that enough?", ". thanks"]))]
    return turns, "chat/government services UK: NI number typed"


def p_ni_readback(x):
    r = x.r
    n = make_ni(r)
    g = x.g("NI_NUMBER", n)
    turns = [A("national insurance please"),
             C(P(say_alnum(n, r, 0.2), "NI_NUMBER", g)),
             A("let me read that back ", P(say_alnum(n, r, 0.7), "NI_NUMBER", x.g("NI_NUMBER", n)), " is that correct"),
             C("yes")]
    return turns, "call/insurance UK: NI number given and agent reads back with phonetic alphabet"


def p_bank_call(x):
    r = x.r
    sc = "".join(r.choice("0123456789") for _ in range(6))
    ac = "".join(r.choice("0123456789") for _ in range(8))
    gs, ga = x.g("SORT_CODE", sc), x.g("BANK_ACCOUNT", ac)
    sct = r.choice([say(sc, r, doubles=0.5), " ".join(pair_words(sc[i:i + 2]) if sc[i] != "0" else say(sc[i:i + 2], r, zero="oh", doubles=0) for i in (0, 2, 4))])
    turns = [A("for the direct debit i need the sort code and account number"),
             C("sort code's ", P(sct, "SORT_CODE", gs)), A(r.choice(BACK)),
             C("and account ", P(say(ac[:4], r, doubles=0.4), "BANK_ACCOUNT", ga), " ",
               P(say(ac[4:], r, doubles=0.4, filler=0.1), "BANK_ACCOUNT", ga)),
             A("thanks and that's a monthly payment of %s pounds" % say_small(r.randint(20, 99)))]
    ind = r.choice(["utilities", "insurance", "telecom", "banking"])
    return turns, "call/%s UK: sort code (pairs) and account number, amount unlabelled" % ind


def p_bank_chat(x):
    r = x.r
    sc = "".join(r.choice("0123456789") for _ in range(6))
    ac = "".join(r.choice("0123456789") for _ in range(r.choice([8, 8, 10, 12])))
    gs, ga = x.g("SORT_CODE", sc), x.g("BANK_ACCOUNT", ac)
    sct = r.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    turns = [C("pls update my bank details for the refund of £%d" % r.randint(10, 500)),
             A("Sure, please send the sort code and account number."),
             C("sort ", P(sct, "SORT_CODE", gs), r.choice([" acc ", " account no ", ", a/c "]), P(ac, "BANK_ACCOUNT", ga))]
    return turns, "chat/retail UK: sort code and account number typed in one line"


def p_us_account_call(x):
    r = x.r
    ac = "".join(r.choice("0123456789") for _ in range(r.choice([10, 11, 12])))
    ga = x.g("BANK_ACCOUNT", ac)
    k = len(ac) // 2
    turns = [A("what's the checking account number you want the refund sent to"),
             C(P(say(ac[:k], r, doubles=0.4), "BANK_ACCOUNT", ga)), A("uh huh"),
             C(P(say(ac[k:], r, doubles=0.4, homo=0.2), "BANK_ACCOUNT", ga)),
             A("and the routing is on file already okay")]
    return turns, "call/insurance US: checking account number split over two turns"


def p_iban_call(x):
    r = x.r
    ib = make_iban(r, r.choice(["IE", "GB", "DE"]))
    g = x.g("IBAN", ib)
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    turns = [A("can you read me the iban from the top")]
    half = len(chunks) // 2
    turns.append(C(r.choice(["okay it's ", "right so "]), P(" ".join(say_alnum(c, r, 0.3) for c in chunks[:half]), "IBAN", g)))
    turns.append(A(r.choice(BACK)))
    turns.append(C(P(" ".join(say_alnum(c, r, 0.3) for c in chunks[half:]), "IBAN", g)))
    return turns, "call/banking %s: IBAN spoken letter by letter over two turns" % ib[:2]


def p_iban_chat(x):
    r = x.r
    ib = make_iban(r)
    g = x.g("IBAN", ib)
    t = r.choice([group4(ib), ib, group4(ib).lower(), ib[:4] + " " + ib[4:]])
    turns = [C(r.choice(["Please refund to IBAN ", "my iban: ", "IBAN is ", "bank: "]), P(t, "IBAN", g),
               r.choice(["", " (%s)" % r.choice(["AIB", "Revolut", "ING", "N26"]), " thanks"]))]
    return turns, "chat/travel EU: IBAN typed (%s)" % ib[:2]


def p_phone_call(x):
    r = x.r
    ph, kind = make_phone(r)
    g = x.g("PHONE", ph)
    if kind == "uk_mob" and r.random() < 0.4:
        txt = "plus four four " + say(ph[1:], r, doubles=0.5)
        g = x.g("PHONE", "44" + ph[1:])
    elif kind == "us":
        txt = say(ph[:3], r, doubles=0.2) + " " + say(ph[3:6], r, doubles=0.4) + " " + say(ph[6:], r, pairs=0.5, doubles=0.3)
    else:
        txt = say(ph, r, doubles=0.5, pairs=0.15, filler=0.05)
    turns = [A("what's the best number to reach you on"),
             C(r.choice(["it's ", "my mobile is ", "yeah ", "um "]), P(txt, "PHONE", g),
               r.choice(["", " after five is best", " that's my mobile"]))]
    return turns, "call/telecom %s: phone number spoken" % kind


def p_phone_split(x):
    r = x.r
    ph, kind = make_phone(r, r.choice(["uk_mob", "ie_mob", "us"]))
    g = x.g("PHONE", ph, "sub")
    a, b = ph[:5], ph[5:]
    turns = [A("and a contact number"),
             C(P(say(a, r, doubles=0.4), "PHONE", g)),
             A("sorry was that ", P(say(a[-2:], r, doubles=0), "PHONE", g), " at the end"),
             C("yeah ", P(say(a[-2:], r, doubles=0), "PHONE", g), " then ", P(say(b, r, doubles=0.4, pairs=0.3), "PHONE", g))]
    return turns, "call/healthcare billing: phone split, agent asks to confirm part, customer repeats (repeat labelled)"


def p_phone_chat(x):
    r = x.r
    ph, kind = make_phone(r)
    if kind == "us":
        t = r.choice(["%s-%s-%s", "(%s) %s-%s", "%s.%s.%s", "+1 %s %s %s"]) % (ph[:3], ph[3:6], ph[6:])
        if t.startswith("("):
            t = "%s) %s-%s" % (ph[:3], ph[3:6], ph[6:])
            pre = "call me at ("
        else:
            pre = "call me at "
        canon = ("1" + ph) if t.startswith("+1") else ph
    elif kind == "uk_mob":
        t = r.choice([ph[:5] + " " + ph[5:], "+44 " + ph[1:5] + " " + ph[5:], ph, "+447" + ph[2:]])
        canon = ("44" + ph[1:]) if t.startswith("+") else ph
        pre = r.choice(["my number is ", "mob: ", "text me on "])
    else:
        t = r.choice([ph[:3] + " " + ph[3:6] + " " + ph[6:], ph, "+353 " + ph[1:3] + " " + ph[3:]])
        canon = ("353" + ph[1:]) if t.startswith("+") else ph
        pre = r.choice(["number ", "ring me on "])
    g = x.g("PHONE", canon)
    turns = [A("Can we get a callback number?"), C(pre, P(t, "PHONE", g))]
    return turns, "chat/%s: phone typed (%s)" % (r.choice(["telecom", "travel", "utilities"]), kind)


def p_email_call(x):
    r = x.r
    e = make_email(r)
    g = x.g("EMAIL", e)
    turns = [A("and an email address for the confirmation"),
             C(r.choice(["yeah it's ", "sure ", "it's um "]), P(say_email(e, r), "EMAIL", g)),
             A("lovely and i'll send that over now")]
    return turns, "call/%s: e-mail dictated with 'dot' and 'at'" % r.choice(["travel", "retail", "insurance"])


def p_email_spell(x):
    r = x.r
    f, l = r.choice(FIRST), r.choice(LAST)
    dom = r.choice(DOMAINS)
    e = f[0] + l + "@" + dom
    ge = x.g("EMAIL", e, "none")
    sp = " ".join(say_letter(c, r, 0.3) for c in l)
    turns = [A("email address please"),
             C("it's ", P(f[0] + " " + l + " that's " + sp + " at " + " dot ".join(dom.split(".")), "EMAIL", ge)),
             A("perfect")]
    return turns, "call/utilities: e-mail with surname spelled out letter by letter inside the dictation"


def p_email_chat(x):
    r = x.r
    e = make_email(r)
    t = r.choice([e, e.upper(), e.capitalize()])
    g = x.g("EMAIL", e, "none")
    turns = [C(r.choice(["pls send the receipt to ", "email: ", "you can reach me at ", "Contact "]), P(t, "EMAIL", g),
               r.choice(["", ".", " ty", " or call"]))]
    return turns, "chat/retail: e-mail typed"


def p_dob_call(x):
    r = x.r
    y, m, d = make_dob(r)
    g = x.g("DOB", (y, m, d))
    style = r.choice(["ord", "digits", "us", "split"])
    if style == "ord":
        t = r.choice(["the %s of %s %s", "%s of %s %s"]) % (ORD[d], MONTHS[m - 1], say_year(y))
        turns = [A("can you confirm your date of birth"), C("yeah it's ", P(t, "DOB", g))]
    elif style == "digits":
        t = say("%02d%02d" % (d, m), r, zero="oh", doubles=0) + " " + say_year(y)
        turns = [A("date of birth please"), C(P(t, "DOB", g))]
    elif style == "us":
        t = "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
        turns = [A("and your birthday"), C("uh ", P(t, "DOB", g))]
    else:
        turns = [A("what's your date of birth"), C(P("%s of %s" % (ORD[d], MONTHS[m - 1]), "DOB", g)),
                 A("and the year"), C(P(say_year(y), "DOB", g))]
    ind = r.choice(["healthcare billing", "banking", "insurance", "telecom"])
    return turns, "call/%s: DOB spoken (%s)" % (ind, style)


def p_dob_chat(x):
    r = x.r
    y, m, d = make_dob(r)
    g = x.g("DOB", (y, m, d))
    t = r.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                  "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), d, y)])
    turns = [A("Please confirm your date of birth."), C(r.choice(["dob ", "born ", "", "it's "]), P(t, "DOB", g))]
    return turns, "chat/insurance: DOB typed"


def p_address_call(x):
    r = x.r
    uk = r.random() < 0.6
    num = r.randint(1, 240)
    st = r.choice(STREETS if uk else US_STREETS)
    ga = x.g("ADDRESS", None, "none")
    if uk:
        pc = r.choice(UK_PC).replace(" ", "")
        gp = x.g("POSTCODE", pc)
        pct = say_alnum(pc, r, nato=0.4)
        turns = [A("can i take the first line of the address and the postcode"),
                 C(P(say_number(num) + " " + st, "ADDRESS", ga), " ", r.choice(["", "um "]), "and the postcode is ", P(pct, "POSTCODE", gp))]
    else:
        z = "%05d" % r.randint(10001, 99950)
        gp = x.g("POSTCODE", z)
        turns = [A("what's the service address"),
                 C("it's ", P((say(str(num), r, doubles=0) if num >= 100 else say_small(num)) + " " + st, "ADDRESS", ga), " ", r.choice(["springfield", "austin", "columbus"])),
                 A("and the zip"), C(P(say(z, r, doubles=0.3), "POSTCODE", gp))]
    return turns, "call/%s %s: street address and postcode spoken" % (r.choice(["utilities", "telecom", "retail"]), "UK" if uk else "US")


def p_postcode_spell(x):
    r = x.r
    pc = r.choice(UK_PC).replace(" ", "")
    gp = x.g("POSTCODE", pc)
    out, inn = pc[:-3], pc[-3:]
    turns = [A("postcode please"), C(P(say_alnum(out, r, 0.7), "POSTCODE", gp)), A(r.choice(BACK)),
             C(P(say_alnum(inn, r, 0.7), "POSTCODE", gp))]
    return turns, "call/insurance UK: postcode split outward/inward with phonetic letters"


def p_address_chat(x):
    r = x.r
    num = r.randint(1, 300)
    uk = r.random() < 0.6
    ga = x.g("ADDRESS", None, "none")
    if uk:
        pc = r.choice(UK_PC)
        gp = x.g("POSTCODE", pc.replace(" ", ""), "none")
        st = r.choice(STREETS).title()
        turns = [C("new address is ", P("%d %s" % (num, st), "ADDRESS", ga), ", ", UK_TOWN[pc], " ",
                   P(r.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE", gp))]
    else:
        z = "%05d" % r.randint(10001, 99950)
        if r.random() < 0.3:
            z += "-%04d" % r.randint(1, 9999)
        gp = x.g("POSTCODE", z.replace("-", ""))
        st = r.choice(US_STREETS).title().replace("Avenue", r.choice(["Ave", "Avenue"]))
        turns = [C("ship to ", P("%d %s" % (num, st), "ADDRESS", ga), ", Apt %d, Denver CO " % r.randint(1, 40), P(z, "POSTCODE", gp))]
    return turns, "chat/retail: address and postcode typed in a single line"


def p_mixed_verify(x):
    r = x.r
    y, m, d = make_dob(r)
    gd = x.g("DOB", (y, m, d))
    pc = r.choice(UK_PC).replace(" ", "")
    gp = x.g("POSTCODE", pc)
    n = make_ni(r)
    gn = x.g("NI_NUMBER", n)
    turns = [A("before we go on i need to do security so full name date of birth and postcode"),
             C("it's %s %s born " % (r.choice(FIRST), r.choice(LAST)), P("%s %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)), "DOB", gd),
               " and the postcode's ", P(say_alnum(pc, r, 0.3), "POSTCODE", gp)),
             A("lovely and your national insurance number"),
             C("hang on it's on a letter somewhere um ", P(say_alnum(n, r, 0.3, pairs=0.4), "NI_NUMBER", gn))]
    return turns, "call/government services UK: DOB, postcode and NI in one verification"


def p_card_two_values(x):
    r = x.r
    d = make_card(r, r.choice(["visa", "mc"]))
    g = x.g("CARD_NUMBER", d)
    mm, yy = r.randint(1, 12), r.randint(26, 31)
    ge = x.g("EXPIRY", "%02d%02d" % (mm, yy), "none")
    turns = [A("card number and expiry please"),
             C(P(say(d, r, doubles=0.4, pairs=0.2), "CARD_NUMBER", g), " and it expires ",
               P(say("%02d" % mm, r, zero="oh", doubles=0) + " " + pair_words("%02d" % yy), "EXPIRY", ge))]
    return turns, "call/travel: card and expiry in one customer turn"


def p_card_chitchat(x):
    r = x.r
    d = make_card(r)
    g = x.g("CARD_NUMBER", d, "sub")
    k = 8
    turns = [A("okay i'm ready for the card number"),
             C(P(say(d[:k], r, doubles=0.4), "CARD_NUMBER", g), " sorry the dog's going mad hang on"),
             A("no worries take your time"),
             C("right where was i ", P(say(d[k - 4:k], r, doubles=0), "CARD_NUMBER", g), " ", P(say(d[k:], r, doubles=0.4, pairs=0.3), "CARD_NUMBER", g)),
             A("thank you that's the card ending " + say(d[-4:], r, doubles=0) + " is that right")]
    turns[4] = A("thank you that's the card ending ", P(say(d[-4:], r, doubles=0), "CARD_NUMBER", x.g("CARD_NUMBER", d, "none")), " is that right")
    return turns, "call/retail: card interrupted by chit-chat, customer repeats a group, agent reads back last four"


def p_ssn_with_amount(x):
    r = x.r
    s = make_ssn(r)
    g = x.g("SSN", s)
    amt = r.randint(100, 999)
    turns = [A("i see a balance of %s dollars on the account can i get your social to verify" % say_number(amt)),
             C("yeah ", P(say(s[:3], r), "SSN", g), " uh ", P(say(s[3:5], r), "SSN", g), " ", P(say(s[5:], r, pairs=0.6), "SSN", g)),
             A("thank you and that payment was due on the fifteenth")]
    return turns, "call/banking US: SSN with fillers, balance and due date nearby unlabelled"


def p_phone_restart(x):
    r = x.r
    ph, kind = make_phone(r, r.choice(["uk_mob", "ie_mob"]))
    g = x.g("PHONE", ph, "none")
    wrong = ph[:3] + str((int(ph[3]) + 1) % 10)
    txt = say(wrong, r, doubles=0) + " no hang on " + say(ph, r, doubles=0.4, filler=0.05)
    g2 = x.g("PHONE", ph, "sub")
    turns = [A("and is the mobile still the same one"),
             C("no it's changed it's ", P(txt, "PHONE", g)),
             A("so that's ", P(say(ph[-6:], r, doubles=0.5), "PHONE", g2), " at the end"),
             C("yep")]
    return turns, "call/telecom %s: phone with restart inside the reading, agent reads back the tail" % kind


def p_ssn_interrupt(x):
    r = x.r
    s = make_ssn(r)
    g1 = x.g("SSN", s, "sub")
    g2 = x.g("SSN", s)
    turns = [A("can i get the social"),
             C(P(say(s[:5], r, doubles=0.3), "SSN", g1)),
             A("sorry sir a bit slower for me"),
             C("okay ", P(say(s[:3], r, doubles=0) + " um " + say(s[3:5], r, doubles=0) + " uh " + say(s[5:], r, doubles=0.3, homo=0.3), "SSN", g2))]
    ind = r.choice(["healthcare billing", "insurance", "banking"])
    return turns, "call/%s US: agent interrupts partial SSN, customer restarts slowly with fillers" % ind


def p_dob_readback(x):
    r = x.r
    y, m, d = make_dob(r)
    g1, g2 = x.g("DOB", (y, m, d)), x.g("DOB", (y, m, d))
    turns = [A("can i just confirm the date of birth"),
             C(P(say("%02d" % d, r, zero="oh", doubles=0) + " " + say("%02d" % m, r, zero="oh", doubles=0) + " " + pair_words(str(y)[2:]), "DOB", g1)),
             A("so that's the ", P("%s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)), "DOB", g2), " yeah"),
             C("that's it")]
    return turns, "call/%s UK: DOB as six digits, agent reads back in words" % r.choice(["healthcare billing", "telecom", "banking"])


def p_card_irish(x):
    r = x.r
    d = make_card(r, r.choice(["visa", "mc"]))
    g = x.g("CARD_NUMBER", d, "none")
    words = say(d, r, doubles=0.4, filler=0.05).split()
    words = ["tree" if w == "three" and r.random() < 0.7 else w for w in words]
    turns = [A("and the long card number"), C("grand so it's ", P(" ".join(words), "CARD_NUMBER", g)),
             A("thanks a million")]
    return turns, "call/utilities Ireland: card read with accent homophone 'tree' for three"


def p_ni_restart(x):
    r = x.r
    n = make_ni(r)
    g = x.g("NI_NUMBER", n, "none")
    txt = say_alnum(n[:2], r, 0.5) + " " + say(n[2:5], r, zero="oh", doubles=0) + " sorry let me start again " + say_alnum(n, r, 0.3)
    turns = [A("national insurance number"), C(P(txt, "NI_NUMBER", g)), A("thank you")]
    return turns, "call/government services UK: NI reading with restart inside the span"


POS_TEMPLATES = [
    (p_card_call_one, 14), (p_card_call_split, 12), (p_card_call_interrupt, 5), (p_card_call_correction, 5),
    (p_card_chat, 12), (p_exp_cvv_call, 10), (p_cvv_split, 5), (p_ssn_call, 16), (p_ssn_chat, 9),
    (p_ssn_homophone, 5), (p_ssn_with_amount, 5), (p_ni_call, 16), (p_ni_chat, 9), (p_ni_readback, 4),
    (p_bank_call, 9), (p_bank_chat, 6), (p_us_account_call, 3), (p_iban_call, 7), (p_iban_chat, 8),
    (p_phone_call, 10), (p_phone_split, 4), (p_phone_chat, 6), (p_email_call, 10), (p_email_spell, 4),
    (p_email_chat, 7), (p_dob_call, 9), (p_dob_chat, 5), (p_address_call, 11), (p_postcode_spell, 5),
    (p_address_chat, 9), (p_mixed_verify, 5), (p_card_two_values, 5), (p_card_chitchat, 4),
    (p_phone_restart, 6), (p_ssn_interrupt, 6), (p_dob_readback, 5), (p_card_irish, 4), (p_ni_restart, 4),
]


# ================================================================ NEGATIVES
def n_amounts(r):
    a, b = r.randint(20, 999), r.randint(1, 99)
    return [A("your outstanding balance is %s pounds and %s pence" % (say_number(a), say_small(b))),
            C("okay and if i pay %s today does that clear it" % say_number(r.randint(100, 900))),
            A("that would leave %s pounds %s" % (say_number(r.randint(10, 99)), say_small(r.randint(10, 99))))], "call/utilities: money amounts and balance"


def n_order_ref(r):
    ref = r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(-1 + r.choice([6, 7, 8])))
    return [A("have you got the order number there"),
            C("yeah order number %s" % say(ref, r, doubles=0.4)),
            A("great that order was placed on the %s of %s" % (ORD[r.randint(1, 28)], r.choice(MONTHS)))], "call/retail: order number with its reference word, order date"


def n_ticket_chat(r):
    return [C("Hi, ticket #%d still not resolved, it's been %d days" % (r.randint(100000, 9999999), r.randint(2, 20))),
            A("Sorry about that. I can see case ref CS-%d, escalated at %d:%02d." % (r.randint(10000, 999999), r.randint(8, 17), r.randint(0, 59)))], "chat/telecom: ticket and case reference, durations, times"


def n_flight(r):
    return [A("okay so you're on flight e i %s departing at %s %s" % (say(str(r.randint(100, 999)), r, doubles=0), say_small(r.randint(1, 12)), say_small(r.randint(10, 55)))),
            C("yeah and it's gate %s isn't it" % say_small(r.randint(1, 40))),
            A("that's right and your booking reference is on the email the seat is %s %s" % (say_small(r.randint(1, 40)), r.choice("abcdef")))], "call/travel: flight number, times, gate, seat"


def n_meter(r):
    mr = "".join(r.choice("0123456789") for _ in range(5))
    return [A("can you give me the meter reading"),
            C("it says %s" % say(mr, r, doubles=0.3)),
            A("thanks and that's for the period ending the %s of %s" % (ORD[r.randint(1, 30)], r.choice(MONTHS)))], "call/utilities: meter reading and billing period"


def n_dates(r):
    return [A("your contract started on the %s of %s %s and runs for %s months" % (ORD[r.randint(1, 28)], r.choice(MONTHS), say_year(r.randint(2019, 2025)), r.choice(["twelve", "eighteen", "twenty four"]))),
            C("and can i book an engineer for %s the %s" % (r.choice(["monday", "friday", "tuesday"]), ORD[r.randint(1, 28)]))], "call/telecom: contract start and appointment dates, durations"


def n_percent(r):
    return [C("The interest went up to %d.%d%% and the fee is $%d.%02d" % (r.randint(2, 29), r.randint(0, 9), r.randint(5, 99), r.randint(0, 99))),
            A("I understand. The rate changed on %02d/%02d/%d for all accounts." % (r.randint(1, 12), r.randint(1, 28), r.randint(2023, 2026)))], "chat/banking: percentage, fee, rate change date"


def n_age_temp(r):
    return [C("my mum's %s and the heating's been off since tuesday it's %s degrees in here" % (say_small(r.randint(60, 95)), say_small(r.randint(8, 15)))),
            A("i'm so sorry i'll get an engineer out within %s hours" % r.choice(["four", "twenty four", "forty eight"]))], "call/utilities: age, temperature, duration"


def n_model(r):
    return [C("it's the %s %s model the %s gigabyte one" % (r.choice(["galaxy", "pixel", "iphone"]), say_small(r.randint(7, 16)), r.choice(["one two eight", "two five six", "five twelve"]))),
            A("okay and you bought it %s weeks ago" % say_small(r.randint(2, 12)))], "call/retail: model numbers, storage, durations"


def n_room(r):
    return [A("you're booked into room %s for %s nights" % (say(str(r.randint(100, 950)), r, doubles=0), say_small(r.randint(2, 9)))),
            C("lovely and check in is from %s" % r.choice(["three pm", "two o'clock", "half two"])),
            A("yes and breakfast is %s pounds per person" % say_small(r.randint(11, 25)))], "call/travel: room number, nights, times, price"


def n_invoice_chat(r):
    return [C("invoice %d shows %d units at £%d.%02d each" % (r.randint(1000000, 9999999999), r.randint(2, 50), r.randint(1, 99), r.randint(0, 99))),
            A("Thanks, I'll raise a credit note under claim no. %d." % r.randint(100000, 99999999))], "chat/retail: invoice number, quantities, claim number"


def n_speed(r):
    return [C("i'm paying for %s meg and getting %s" % (say_small(r.randint(30, 99)), say_small(r.randint(2, 20)))),
            A("i can see that the line test shows %s point %s megabits" % (say_small(r.randint(2, 20)), W[r.randint(1, 9)]))], "call/telecom: speeds"


def n_claim_call(r):
    ref = r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(-1 + r.choice([8, 9, 10])))
    return [A("do you have your claim reference"),
            C("yes the claim reference is %s" % say(ref, r, doubles=0.3, pairs=0.3)),
            A("thank you and the excess on that is %s pounds" % say_number(r.choice([100, 250, 350, 500])))], "call/insurance: claim reference (reference word), excess"


def n_years(r):
    y = r.randint(1996, 2015)
    return [C("i've been with you since %s and the car's a %s" % (say_year(y), say_year(r.randint(2008, 2022)))),
            A("thank you for being with us for %s years" % say_small(2026 - y))], "call/insurance: years and loyalty length"


def n_price_call(r):
    return [A("so the new plan is %s ninety nine a month for %s months" % (say_small(r.randint(12, 49)), r.choice(["twelve", "eighteen", "twenty four"]))),
            C("and is that with the %s percent discount" % say_small(r.randint(10, 30))),
            A("it is and there's a one off fee of %s pounds" % say_small(r.randint(10, 60)))], "call/telecom: prices, contract length, percent, fee"


def n_menu(r):
    return [A("if you press %s you'll get billing and %s for technical" % (r.choice(["one", "two"]), r.choice(["three", "four"]))),
            C("i pressed %s three times and waited %s minutes" % (r.choice(["one", "two", "four"]), say_small(r.randint(20, 59)))),
            A("sorry about that the wait times are around %s minutes at the moment" % say_small(r.randint(10, 45)))], "call/government services: menu options, waits"


def n_parcel(r):
    ref = r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(-1 + r.choice([9, 10])))
    return [C("tracking number is %s and it says delivered at %s %s" % (say(ref, r, doubles=0.4), say_small(r.randint(1, 11)), say_small(r.randint(10, 59)))),
            A("i can see it weighed %s point %s kilos and was left at the door" % (W[r.randint(1, 9)], W[r.randint(1, 9)]))], "call/retail: tracking number (with reference word), time, weight"


def n_payment_date(r):
    return [A("i've set up the payment of %s pounds for the %s of %s" % (say_number(r.randint(50, 400)), ORD[r.randint(1, 28)], r.choice(MONTHS))),
            C("and the next one after that will be %s pounds on the same date" % say_number(r.randint(50, 400))),
            A("that's right and you'll have %s payments left" % say_small(r.randint(2, 11)))], "call/banking: payment amounts and scheduled payment dates"


def n_chat_counts(r):
    return [C("I ordered %d items on %d %s but got %d" % (r.randint(3, 12), r.randint(1, 28), r.choice(MONTHS).capitalize(), r.randint(1, 2))),
            A("Apologies! Order %d shows %d parcels, the second arrives by %d:00." % (r.randint(1000000, 99999999), r.randint(2, 3), r.randint(9, 18)))], "chat/retail: counts, delivery date, order number"


def n_hold(r):
    return [A("i'm going to put you on hold for about %s minutes" % say_small(r.randint(2, 10))),
            C("okay it's already been %s minutes" % say_small(r.randint(15, 59))),
            A("i know i'm sorry you're number %s in the queue" % say_small(r.randint(2, 12)))], "call/government services: durations and queue position"


def n_balance_us(r):
    return [A("your current balance is %s dollars and %s cents and the minimum payment is %s" % (say_number(r.randint(100, 999)), say_small(r.randint(10, 99)), say_small(r.randint(25, 99)))),
            C("and the due date is the %s right" % ORD[r.randint(1, 28)])], "call/banking US: balance, minimum payment, due date"


def n_policy(r):
    ref = r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(-1 + 7))
    return [A("your policy number is p l %s and renewal is on the %s of %s" % (say(ref, r, doubles=0.3), ORD[r.randint(1, 28)], r.choice(MONTHS))),
            C("and how much is it going up by"), A("about %s percent" % say_small(r.randint(3, 20)))], "call/insurance: policy number with its reference word, renewal date, percent"


def n_data(r):
    return [C("why is my bill %s pounds when my plan is %s" % (say_small(r.randint(40, 99)), say_small(r.randint(10, 35)))),
            A("you used %s gigabytes over your %s gig allowance on the %s" % (say_small(r.randint(2, 30)), say_small(r.randint(5, 50)), ORD[r.randint(1, 28)]))], "call/telecom: bill amounts, data usage"


NEG_TEMPLATES = [n_amounts, n_order_ref, n_ticket_chat, n_flight, n_meter, n_dates, n_percent, n_age_temp,
                 n_model, n_room, n_invoice_chat, n_speed, n_claim_call, n_years, n_chat_counts, n_hold,
                 n_balance_us, n_policy, n_data, n_price_call, n_menu, n_parcel, n_payment_date]
NEG_COUNT = 120


# ================================================================ build
def assemble(turns, case_id, kind, note):
    out_turns, spans = [], []
    meta = []  # (span index, group)
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, P):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                meta.append(s.group)
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return {"id": case_id, "kind": kind, "turns": out_turns, "spans": spans, "note": note}, meta


def build():
    r = random.Random(SEED)
    cases, metas = [], []
    order = []
    for fn, k in POS_TEMPLATES:
        order += [fn] * k
    r.shuffle(order)
    for i, fn in enumerate(order, 1):
        x = Ctx(r)
        turns, note = fn(x)
        c, meta = assemble(turns, "h170-pos-%03d" % i, "positive", note)
        cases.append(c)
        metas.append((meta, x.groups))
    for i in range(1, NEG_COUNT + 1):
        fn = NEG_TEMPLATES[(i - 1) % len(NEG_TEMPLATES)]
        turns, note = fn(r)
        c, meta = assemble(turns, "h170-neg-%03d" % i, "negative", note)
        cases.append(c)
        metas.append((meta, {}))
    return cases, metas


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    ct = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            ct[s["type"]] += 1
    return ct


def readme(cases):
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    calls = sum(c["note"].startswith("call/") for c in cases)
    rows = "\n".join("| %s | %d |" % (t, ct[t]) for t in TYPES)
    return """# PII hold-out set 170

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and adjusting the redactor to them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation or other evaluation sets;
the only existing data consulted was a three-line example of the JSONL format.
Cases are generated by `scripts/make_pii_holdout170.py` from template
functions; each turn is assembled from plain-text segments and labelled
segments so offsets are computed, never typed by hand.  All values come from
one `random.Random(%d)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout170.py --check` regenerates the file, compares
it byte for byte, and checks ids, offsets, word boundaries, overlaps, and each
value (Luhn, mod-97, NI shape, digit counts, postcode shapes) after
normalising spoken forms.

About two thirds of the cases (%d of %d) are phone calls written as a speech
recogniser would write them: lower case, numbers as words ("oh", "o",
"nought" for zero, "double seven", "triple two", pairs like "forty one"),
homophones ("for", "to", "ate", "won"), fillers inside readings, values split
over turns with back-channels, agent interruptions and read-backs, and
self-corrections.  The rest are typed chats.

## Annotation conventions

* A span covers exactly the value: from the first to the last word/character
  of the value, not lead-ins like "it's", "my number is", "card".
* Fillers ("um", "uh") and self-corrections that occur *inside* a reading are
  inside the span (the whole reading, wrong digits included, is one span).
* When a value is split across turns, each piece is its own span in its turn.
  Repeated pieces (customer repeating after an interruption) and agent
  read-backs (e.g. "ending four two one one") are labelled too.
* Phonetic spellings ("b for bravo", "s as in sugar") are inside the span.
* E-mails spoken as "x dot y at gmail dot com" are one span including the
  "dot"/"at" words.
* DOB spans cover the whole date phrase ("the third of may nineteen eighty
  one"), not "born"/"date of birth".
* ADDRESS covers house number and street name; the town is not included;
  POSTCODE (UK postcode or US ZIP / ZIP+4) is a separate span.
* Expiry covers month and year; CVV the digits only.
* Phone numbers include a spoken/typed international prefix ("plus four four",
  "+44") when present.
* Negatives contain no personal data at all: amounts, balances, times,
  durations, counts, ages, temperatures, speeds, years, non-birth dates,
  percentages, order/ticket/claim/invoice/policy references said with their
  reference word, flight/room/seat/gate/model numbers, meter readings.

## Counts

Positive cases: %d; negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, calls, len(cases), npos, nneg, rows)


def check(cases, metas, data):
    errs = []
    ids = set()
    for c, (meta, groups) in zip(cases, metas):
        cid = c["id"]
        if cid in ids:
            errs.append("duplicate id %s" % cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s negative with spans" % cid)
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s positive without spans" % cid)
        per_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s bad type" % cid)
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s bad turn" % cid)
                continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append("%s offsets out of range" % cid)
                continue
            if t[a].isspace() or t[b - 1].isspace() or (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (cid, t[max(0, a - 3):b + 3]))
            per_turn.setdefault(s["turn"], []).append((a, b))
        for lst in per_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans" % cid)
        bygroup = {}
        for s, gid in zip(c["spans"], meta):
            bygroup.setdefault(gid, []).append(c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for gid, texts in bygroup.items():
            typ, canon, mode = groups[gid]
            for e in validate_group(typ, canon, mode, texts):
                errs.append("%s: %s" % (cid, e))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    ct = counts(cases)
    if npos < 170 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct[t] < need:
            errs.append("type %s has %d < %d spans" % (t, ct[t], need))
    if os.path.exists(OUT):
        with open(OUT, encoding="utf-8") as fh:
            if fh.read() != data:
                errs.append("cases.jsonl differs from regenerated output")
    else:
        errs.append("cases.jsonl missing")
    if os.path.exists(README):
        with open(README, encoding="utf-8") as fh:
            if fh.read() != readme(cases):
                errs.append("README.md differs from regenerated output")
    return errs, ct, npos, nneg


def main():
    cases, metas = build()
    data = serialise(cases)
    if "--check" in sys.argv[1:]:
        errs, ct, npos, nneg = check(cases, metas, data)
        calls = sum(c["note"].startswith("call/") for c in cases)
        print("positives %d negatives %d (calls %d of %d)" % (npos, nneg, calls, len(cases)))
        for t in TYPES:
            print("  %-13s %d" % (t, ct[t]))
        for e in errs[:60]:
            print("ERROR", e)
        if errs:
            print("%d problem(s)" % len(errs))
            return 1
        print("check OK")
        return 0
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(readme(cases))
    print("wrote %d cases to %s" % (len(cases), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

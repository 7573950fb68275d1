#!/usr/bin/env python3
"""Generate the pii_holdout374 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) without seeing the engine.
Standard library only.  Usage:
    python scripts/make_pii_holdout374.py          # write cases.jsonl
    python scripts/make_pii_holdout374.py --check  # regenerate + validate
"""
import argparse
import json
import os
import re
import sys
import random

SEED = 374241125
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout374", "cases.jsonl"))

rng = random.Random(SEED)
R = rng.random


def ch(seq):
    return rng.choice(seq)


# ----------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZEROS = ["oh", "oh", "oh", "zero", "nought", "o"]
FILLERS = ["um", "uh", "er", "erm", "uhh", "umm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu",
        "i": "india", "o": "oscar"}
ASIN = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward", "g": "george",
        "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mother", "n": "nellie",
        "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xmas",
        "y": "yellow", "z": "zebra", "i": "ivy", "f": "freddie", "q": "queen", "u": "uncle",
        "v": "victoria", "o": "orange"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
            "sept": 9, "oct": 10, "nov": 11, "dec": 12}
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
STREETS = ["Acacia Avenue", "Harbour Road", "Mill Lane", "Church Street", "Station Road",
           "Victoria Terrace", "Elm Grove", "Kingsway Close", "Orchard Drive", "Bridge Street",
           "Maple Crescent", "Park View", "Lancaster Gardens", "Willow Way", "Main Street",
           "Oak Street", "Sunset Boulevard", "Pine Court", "Cedar Lane", "Harcourt Place"]
SUFFIXES = {"avenue", "road", "lane", "street", "terrace", "grove", "close", "drive", "crescent",
            "view", "gardens", "way", "boulevard", "court", "place", "st", "rd", "ave"}


def dw(d, z):
    return z if d == "0" else UNITS[int(d)]


def two(p, z):
    """speak a two-digit chunk as one atom (or two digit words)"""
    a, b = p[0], p[1]
    if a == "0":
        return dw(a, z) + " " + dw(b, z)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return dw(a, z) + " " + dw(b, z)
    return TENS[int(a)] + " " + UNITS[int(b)]


def speak_group(g, mode, z, fill=0.0):
    atoms = []
    if mode == "hundreds" and len(g) == 3 and g[0] != "0" and (g[1:] == "00" or g[1] in "01" or g[2] != "0"):
        if g[1:] == "00":
            atoms.append(UNITS[int(g[0])] + " hundred")
        elif g[1] == "0":
            atoms.append(UNITS[int(g[0])] + " hundred and " + UNITS[int(g[2])])
        else:
            atoms.append(UNITS[int(g[0])] + " hundred and " + two(g[1:], z))
    elif mode == "pairs" and g.isdigit():
        s = g
        if len(s) % 2:
            atoms.append(dw(s[0], z))
            s = s[1:]
        for i in range(0, len(s), 2):
            atoms.append(two(s[i:i + 2], z))
    else:
        i = 0
        while i < len(g):
            c = g[i]
            run = 1
            while i + run < len(g) and g[i + run] == c and run < 3:
                run += 1
            if run == 3 and R() < 0.6:
                atoms.append("triple " + spk_char(c, z))
                i += 3
                continue
            if run >= 2 and R() < 0.55:
                atoms.append("double " + spk_char(c, z))
                i += 2
                continue
            atoms.append(spk_char(c, z))
            i += 1
    out = []
    for k, a in enumerate(atoms):
        if k and R() < fill:
            out.append(ch(FILLERS) + ("..." if R() < 0.3 else ""))
        out.append(a)
    return " ".join(out)


def spk_char(c, z, nato=0.0):
    if c.isdigit():
        return dw(c, z)
    c = c.lower()
    r = R()
    if r < nato * 0.5:
        return c + " for " + NATO[c]
    if r < nato * 0.8:
        return c + " as in " + ASIN[c]
    if r < nato:
        return NATO[c]
    return c


def speak_alnum(g, z, nato, fill=0.0):
    out = []
    i = 0
    while i < len(g):
        c = g[i]
        if c.isalpha():
            out.append(spk_char(c, z, nato))
            i += 1
        else:
            j = i
            while j < len(g) and g[j].isdigit():
                j += 1
            out.append(speak_group(g[i:j], ch(["single", "single", "pairs"]), z))
            i = j
        if i < len(g) and R() < fill:
            out.append(ch(FILLERS))
    return " ".join(out)


def chunk(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def spoken_groups(s, sizes, hes, mode=None):
    z = ch(ZEROS)
    gs = chunk(s, sizes)
    res = []
    for g in gs:
        m = mode or ch(["single", "single", "single", "pairs", "hundreds"])
        if g.isdigit():
            res.append(speak_group(g, m, z, 0.25 if hes else 0.0))
        else:
            res.append(speak_alnum(g, z, 0.5, 0.15 if hes else 0.0))
    return res


def join_groups(gs, hes):
    out = gs[0]
    for g in gs[1:]:
        if hes and R() < 0.45:
            out += ch([", um, ", "... ", ", uh ", "... er... ", ", then "])
        else:
            out += ch([" ", ", ", " ", "... "])
        out += g
    return out


# ----------------------------------------------------------------- value generators
def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card():
    kind = ch(["visa"] * 5 + ["mc"] * 4 + ["amex"] * 2 + ["disc", "visa13", "maestro19"])
    if kind == "visa":
        p, n, gs = "4", 16, [4, 4, 4, 4]
    elif kind == "mc":
        p, n, gs = ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16, [4, 4, 4, 4]
    elif kind == "amex":
        p, n, gs = ch(["34", "37"]), 15, [4, 6, 5]
    elif kind == "disc":
        p, n, gs = "6011", 16, [4, 4, 4, 4]
    elif kind == "visa13":
        p, n, gs = "4", 13, [4, 4, 5]
    else:
        p, n, gs = ch(["6759", "5018"]), 19, [4, 4, 4, 4, 3]
    body = p + "".join(str(rng.randint(0, 9)) for _ in range(n - len(p) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d, gs, kind


def make_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def make_ni():
    while True:
        p = ch(NI1) + ch(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + ch("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def digs(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def make_iban():
    cc = ch(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "HBUK", "MIDL"]) + digs(14)
    elif cc == "IE":
        bban = ch(["AIBK", "IPBS"]) + digs(14)
    elif cc == "DE":
        bban = digs(18)
    elif cc == "NL":
        bban = ch(["ABNA", "RABN", "INGB"]) + digs(10)
    elif cc == "ES":
        bban = digs(20)
    else:
        bban = digs(23)
    return cc + iban_check(cc, bban) + bban


def make_phone():
    k = ch(["ukmob", "ukmob", "ukland", "us", "us", "ie", "ukint"])
    if k == "ukmob":
        n = "07" + ch(["700", "723", "812", "956", "478"]) + digs(6)
        return n, n, [5, 3, 3], "uk"
    if k == "ukint":
        n = "447" + ch(["700", "723", "812", "956"]) + digs(6)
        return n, n, [2, 4, 6], "int"
    if k == "ukland":
        n = ch(["0207946", "0161496", "0113496", "0131496"]) + digs(4)
        return n, n, [3, 4, 4], "uk"
    if k == "us":
        n = ch(["212", "415", "312", "617", "503"]) + "555" + "01" + digs(2)
        if R() < 0.4:
            return "1" + n, "1" + n, [1, 3, 3, 4], "int"
        return n, n, [3, 3, 4], "us"
    if R() < 0.5:
        n = "3538" + ch(["3", "5", "6", "7"]) + digs(7)
        return n, n, [3, 2, 3, 4], "int"
    n = "08" + ch(["3", "5", "6", "7"]) + digs(7)
    return n, n, [3, 3, 4], "ie"


FIRST = ["margaret", "john", "doreen", "patrick", "siobhan", "harold", "maria", "kevin", "edna",
         "william", "priya", "tom", "brenda", "dennis", "aoife", "gladys", "frank", "lucy"]
LAST = ["smith", "obrien", "patel", "walsh", "jones", "murphy", "kowalski", "taylor", "reilly",
        "evans", "garcia", "hughes", "byrne", "clarke"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "btinternet.com", "outlook.com",
           "eircom.net", "aol.com", "icloud.com"]


def make_email():
    f, l = ch(FIRST), ch(LAST)
    form = ch(["f.l", "fl", "f_l", "fN", "iL", "f.lN"])
    n = str(rng.choice([1, 7, 12, 52, 63, 1948, 1957, 88]))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fN": f + n, "iL": f[0] + l,
             "f.lN": f + "." + l + n}[form]
    return local + "@" + ch(DOMAINS)


def speak_email(e, hes):
    local, dom = e.split("@")
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._]", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok.isdigit():
            out.append(speak_group(tok, "pairs", "oh"))
        elif len(tok) == 1 or R() < 0.25:
            out.append(" ".join(spk_char(c, "oh", 0.4) for c in tok))
        else:
            out.append(tok)
        if hes and R() < 0.15:
            out.append(ch(FILLERS))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def make_dob():
    return rng.randint(1928, 1962), rng.randint(1, 12), rng.randint(1, 28)


def ordinal(d):
    if d <= 20:
        return ORD[d]
    if d % 10 == 0:
        return TENS[d // 10][:-1] + "ieth"
    return TENS[d // 10] + " " + ORD[d % 10]


def year_words(y):
    return TEENS[y // 100 - 10] + " " + two(str(y % 100), "oh")


def render_dob(y, m, d, spoken, us=False):
    mn = MONTHS[m - 1]
    if spoken:
        return ch([
            "the %s of %s %s" % (ordinal(d), mn, year_words(y)),
            "%s %s %s" % (ordinal(d), mn, year_words(y)),
            "%s the %s, %s" % (mn, ordinal(d), year_words(y)),
            "%s, %s, %s" % (speak_group("%02d" % d, "single", "oh"), speak_group("%02d" % m, "single", "oh"),
                            speak_group("%02d" % (y % 100), "single", "oh")),
            "%s %s %s" % (two("%02d" % d, "oh"), two("%02d" % m, "oh"), two("%02d" % (y % 100), "oh")),
        ])
    if us:
        return ch(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (mn.capitalize(), d, y), "%d/%d/%02d" % (m, d, y % 100)])
    return ch(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%d" % (d, m, y), "%d.%d.%02d" % (d, m, y % 100),
               "%d %s %d" % (d, mn.capitalize(), y), "%dth of %s %d" % (d, mn, y) if d in (4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28) else "%d %s %d" % (d, mn, y)])


def make_exp():
    return rng.randint(1, 12), rng.randint(2025, 2031)


def yy_words(y):
    return TENS[(y % 100) // 10] if y % 10 == 0 else two("%02d" % (y % 100), "oh")


def render_exp(m, y, spoken):
    if spoken:
        return ch([
            "%s %s" % (speak_group("%02d" % m, "single", ch(["oh", "zero"])), yy_words(y)),
            "%s %s" % (UNITS[m] if m < 10 else two(str(m), "oh"), yy_words(y)),
            "%s twenty %s" % (MONTHS[m - 1], yy_words(y)),
            "%s %s" % (MONTHS[m - 1], yy_words(y)),
        ])
    return ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
               "%d/%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].capitalize(), y)])


def make_postcode():
    if R() < 0.6:
        return ch(["SW1A 1AA", "M1 1AE", "EH8 9YL", "B33 8TH", "CR2 6XH", "LS6 2HN", "BT7 1NN",
                   "CF10 3NQ", "NE4 7YB", "G12 8QQ", "BS8 4RT", "N17 6TX", "W1A 0AX", "DN55 1PT",
                   "PL1 2AB", "SE15 4JW"]), "uk"
    z = ch(["90210", "10001", "60614", "02139", "94110", "30309", "73301", "98101"])
    if R() < 0.25:
        z += digs(4)
    return z, "us"


def render_postcode(pc, spoken, hes):
    if not spoken:
        if len(pc) == 9 and pc.isdigit():
            return pc[:5] + "-" + pc[5:]
        return ch([pc, pc, pc.lower(), pc.replace(" ", "")])
    if pc.isdigit():
        return join_groups(spoken_groups(pc, [5, 4], hes, "single"), hes)
    out, i, z = [], 0, "oh"
    for part in pc.split(" "):
        out.append(speak_alnum(part, z, 0.4, 0.2 if hes else 0))
    return ", ".join(out)


def make_address():
    n = rng.randint(1, 240)
    st = ch(STREETS)
    flat = rng.randint(1, 30) if R() < 0.3 else None
    return n, st, flat


def render_address(n, st, flat, spoken):
    if spoken:
        num = speak_group(str(n), ch(["pairs", "hundreds", "single"]), "oh")
        s = num + " " + st.lower()
        if flat:
            s = "flat " + UNITS[flat] if flat < 10 else "flat " + two(str(flat), "oh")
            s += ", " + num + " " + st.lower()
        return s
    s = "%d %s" % (n, st if R() < 0.7 else st.lower())
    if flat:
        s = ch(["Flat %d, " % flat, "flat %d " % flat, "Apt %d, " % flat]) + s
    return s


# ----------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.values = {}

    def val(self, typ, canon, **meta):
        gid = len(self.values)
        self.values[gid] = (typ, canon, meta)
        return gid

    def t(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s is not None and s != ""]))


def V(gid, text, role="r0"):
    return ("V", gid, text, role)


# ----------------------------------------------------------------- dialogue bits
BACK = ["mhm", "go on", "yep", "okay", "mm hm", "right", "take your time", "yes, go on",
        "that's fine, no rush", "okay, i've got that", "uh huh"]
PAUSE = ["...", "... um...", ", erm,", "... hang on...", ", uh,"]
LOST = ["oh dear, i've lost my place, let me start again",
        "sorry, sorry, i'll start again",
        "no wait, that's not right, hang on",
        "oh goodness, where was i. start again",
        "hold on, my eyes aren't what they were. right, from the top",
        "no, scrap that, i read it wrong"]
ASIDE = ["hang on, let me get my glasses", "sorry, the dog's barking", "just a minute, the light's bad in here",
         "wait, i need to hold it to the light", "bear with me love", "sorry, my daughter's shouting something"]
REPEAT = ["sorry, can you say that again? i didn't quite catch it",
          "pardon? could you repeat that, love, my hearing's not so good",
          "say that again slowly would you",
          "sorry dear, once more?"]
OPEN_ASR = ["yes hello, um", "oh, hello, yes", "right, okay", "erm, yes", "hello? yes", "uh yes"]
INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "government services"]


def hes_lead(words):
    return ch(["", "um ", "erm, ", "uh, ", "right, ", "oh, ", "let me see... "]) + words


def reading(c, gid, groups, hes, typ_spoken=True, allow_split=True, speaker="customer", lead=""):
    """Add turns for one spoken reading of a value. Returns nothing."""
    style = ch(["single", "split", "split", "restart", "aside", "repeat"] if hes else
               ["single", "single", "split", "aside"])
    if not allow_split or len(groups) < 2:
        style = "single" if style in ("split", "aside") else style
    if style == "single":
        c.t(speaker, lead, V(gid, join_groups(groups, hes)), ch(["", ".", ". that's it.", ", i think", "."]))
    elif style == "split":
        k = rng.randint(1, len(groups) - 1)
        c.t(speaker, lead, V(gid, join_groups(groups[:k], hes)), ch(["...", "", ".", "... "]))
        if R() < 0.5 and k < len(groups) - 1:
            k2 = rng.randint(k + 1, len(groups) - 1)
            c.t("agent", ch(BACK))
            c.t(speaker, ch(["", "then ", "and then ", "um, "]), V(gid, join_groups(groups[k:k2], hes)), ch(["", "..."]))
            k = k2
        c.t("agent", ch(BACK))
        c.t(speaker, ch(["", "then ", "um... ", "and the last bit is ", "right, "]), V(gid, join_groups(groups[k:], hes)))
    elif style == "restart":
        k = rng.randint(1, max(1, len(groups) - 1))
        c.t(speaker, lead, V(gid, join_groups(groups[:k], hes), "f"), "... " + ch(LOST) + ", ",
            V(gid, join_groups(groups, hes), "r1"))
    elif style == "aside":
        k = rng.randint(1, len(groups) - 1)
        c.t(speaker, lead, V(gid, join_groups(groups[:k], hes)), ", " + ch(ASIDE) + "... right, ",
            V(gid, join_groups(groups[k:], hes)))
    elif style == "repeat":
        c.t(speaker, lead, V(gid, join_groups(groups, hes)))
        c.t("agent", ch(["sorry, you broke up a little there, could you repeat it?",
                         "i missed the middle bit, could you go again?",
                         "could you read that once more for me?"]))
        c.t(speaker, ch(["oh, yes. ", "sorry. ", "right. "]), V(gid, join_groups(groups, hes), "r1"))


def readback(c, gid, groups, hes, role="r9"):
    c.t("agent", ch(["so that's ", "let me read that back: ", "okay, i have ", "just to confirm, "]),
        V(gid, join_groups(groups, False), role), ch(["?", ", is that correct?", ". is that right?"]))
    if hes and R() < 0.45:
        c.t("customer", ch(REPEAT))
        c.t("agent", ch(["of course. ", "no problem. ", ""]), V(gid, join_groups(groups, False), role + "b"),
            ".")
    c.t("customer", ch(["yes.", "yes that's it.", "that's right, yes.", "i think so, yes.", "yeah."]))


def typed_digits(s, sizes, sep=None):
    sep = sep if sep is not None else ch([" ", " ", "-", "", " "])
    return sep.join(chunk(s, sizes))


# ----------------------------------------------------------------- positive generators
def pos_card(i):
    card, gs, kind = make_card()
    hes = R() < 0.7
    asr = R() < 0.7
    ind = ch(["banking", "retail", "telecom", "utilities", "travel", "insurance", "healthcare billing"])
    c = Case("positive", "%s card payment, %s%s (%s)" % (ind, "asr" if asr else "typed",
                                                          ", hesitant caller" if hes and asr else "", kind))
    gid = c.val("CARD_NUMBER", card)
    amt = "%d.%02d" % (rng.randint(5, 900), rng.choice([0, 50, 99, 25, 10]))
    if asr:
        c.t("agent", ch(["and how would you like to pay the %s pounds today?" % amt.split(".")[0],
                         "i can take the payment of %s now, can i have the long number on the card?" % amt,
                         "okay, whenever you're ready, the sixteen digits across the front of the card"]))
        c.t("customer", ch(OPEN_ASR) + " " + ch(["it's a debit card.", "i've got it here somewhere.", "just let me find it, it's in my purse.", "is this safe over the phone?"]))
        c.t("agent", ch(["that's fine, in your own time.", "yes, it's a secure line. go ahead.", "no rush at all."]))
        groups = spoken_groups(card, gs if R() < 0.7 else ch([[4, 4, 4, 4, 3], [2, 2, 2, 2, 2, 2, 2, 2, 3], [3, 3, 3, 3, 3, 4]]), hes)
        reading(c, gid, groups, hes, lead=ch(["", "it's ", "right, ", "okay it's "]))
        if R() < 0.7:
            readback(c, gid, spoken_groups(card, gs, False, "single"), hes)
        if R() < 0.6:
            m, y = make_exp()
            e = c.val("EXPIRY", (m, y))
            c.t("agent", "and the expiry date?")
            c.t("customer", hes_lead(ch(["it says valid to ", "expires ", "it's ", "the end date is "])), V(e, render_exp(m, y, True)))
        if R() < 0.55:
            cv = str(rng.randint(100, 999)) if kind != "amex" else str(rng.randint(1000, 9999))
            v = c.val("CVV", cv)
            c.t("agent", "and the three digit security code on the back?" if kind != "amex" else "and the four digit code on the front?")
            c.t("customer", hes_lead(""), V(v, speak_group(cv, ch(["single", "single", "hundreds"]), "oh", 0.3 if hes else 0)))
        if R() < 0.3:
            c.t("agent", "thank you, that's the card ending ", V(gid, speak_group(card[-4:], "single", "oh"), "last4"),
                ", payment of %s pounds going through now." % amt.split(".")[0])
    else:
        lab = ch(["card no: ", "Card number - ", "my card is ", "card: ", "its ", "CARD ", "long number "])
        sizes = gs if R() < 0.6 else ch([[4, 6, 6], [8, 8], [3, 4, 4, 5], [16], [2, 6, 4, 4]])
        c.t("agent", ch(["Hi, to take the %s payment I'll need the card details please." % amt,
                         "Please type your card number and expiry.", "Can you confirm the card you'd like to use?"]))
        txt = typed_digits(card, sizes)
        tail = ""
        parts = [lab, V(gid, txt)]
        if R() < 0.6:
            m, y = make_exp()
            e = c.val("EXPIRY", (m, y))
            parts += [ch([" exp ", ", expiry ", " - exp: ", " valid thru "]), V(e, render_exp(m, y, False))]
        if R() < 0.5:
            cv = str(rng.randint(100, 999)) if kind != "amex" else str(rng.randint(1000, 9999))
            v = c.val("CVV", cv)
            parts += [ch([" cvv ", ", security code ", " CVC: ", " sec code "]), V(v, cv)]
        c.t("customer", *parts)
        c.t("agent", "Thanks, processing %s now against the card ending %s." % (amt, card[-4:]) if R() < 0.5 else "Thank you, one moment.")
        if c.turns[-1][1][0].startswith("Thanks, processing"):
            # last four of a card read in the same case -> labelled
            c.turns[-1] = ("agent", ["Thanks, processing %s now against the card ending " % amt, V(gid, card[-4:], "last4"), "."])
    return c


def pos_ssn(i):
    ssn = make_ssn()
    hes = R() < 0.65
    asr = R() < 0.65
    ind = ch(["healthcare billing", "government services", "banking", "insurance", "telecom"])
    c = Case("positive", "%s US SSN, %s%s" % (ind, "asr" if asr else "typed", ", hesitant caller" if hes and asr else ""))
    gid = c.val("SSN", ssn)
    if asr:
        c.t("agent", ch(["for verification i'll need your social security number", "can i get the social, please?",
                         "and your ssn so i can pull up the account?"]))
        c.t("customer", ch(OPEN_ASR) + " " + ch(["i never remember it, hold on, it's on the card", "my social? okay", "let me get my wallet"]))
        reading(c, gid, spoken_groups(ssn, [3, 2, 4], hes), hes, lead=ch(["", "it's ", "okay, "]))
        if R() < 0.6:
            readback(c, gid, spoken_groups(ssn, [3, 2, 4], False, "single"), hes)
        if R() < 0.4:
            y, m, d = make_dob()
            e = c.val("DOB", (y, m, d, True))
            c.t("agent", "and date of birth?")
            c.t("customer", hes_lead(""), V(e, render_dob(y, m, d, True, True)))
        c.t("agent", ch(["thanks, and the last four again was %s?" % " ".join(UNITS[int(x)] for x in ssn[-4:]),
                         "thank you, i've found the account.", "great, you're verified."]))
        if c.turns[-1][1][0].startswith("thanks, and the last four"):
            c.turns[-1] = ("agent", ["thanks, and the last four again was ", V(gid, " ".join(UNITS[int(x)] for x in ssn[-4:]), "f"), "?"])
    else:
        lab = ch(["SSN: ", "my social is ", "Social Security # ", "ssn ", "SS number "])
        sep = ch(["-", " ", "", "-"])
        parts = [lab, V(gid, typed_digits(ssn, [3, 2, 4], sep))]
        if R() < 0.4:
            y, m, d = make_dob()
            e = c.val("DOB", (y, m, d, True))
            parts += [ch([", DOB ", " and date of birth ", " born "]), V(e, render_dob(y, m, d, False, True))]
        if R() < 0.35:
            z = ch(["90210", "10001", "60614", "02139", "30309"])
            p = c.val("POSTCODE", z)
            parts += [ch([", zip ", " ZIP: "]), V(p, z)]
        c.t("agent", "Please confirm your identity so I can discuss the bill for claim #%s." % digs(9))
        c.t("customer", *parts)
        c.t("agent", "Thank you, verified.")
    return c


def ni_typed(ni):
    f = ch(["compact", "spaced", "lower", "pairs", "mixed"])
    if f == "compact":
        return ni
    if f == "spaced":
        return ni[:2] + " " + ni[2:8] + " " + ni[8]
    if f == "lower":
        return ni.lower()
    if f == "pairs":
        return " ".join([ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]])
    return ni[:2].lower() + ni[2:8] + ni[8]


def pos_ni(i):
    ni = make_ni()
    hes = R() < 0.65
    asr = R() < 0.65
    ind = ch(["government services", "government services", "banking", "insurance", "utilities", "healthcare billing"])
    c = Case("positive", "%s UK NI number, %s%s" % (ind, "asr" if asr else "typed", ", hesitant caller" if hes and asr else ""))
    gid = c.val("NI_NUMBER", ni)
    if asr:
        c.t("agent", ch(["can i take your national insurance number please?", "and your n i number?",
                         "i just need your national insurance to find the pension record"]))
        c.t("customer", ch(OPEN_ASR) + " " + ch(["it's on a letter here somewhere", "ooh, i'll have to find it", "right, i've got it written down"]))
        gs = [speak_alnum(ni[:2], "oh", 0.6, 0.2 if hes else 0)] + spoken_groups(ni[2:8], [2, 2, 2], hes) + [speak_alnum(ni[8], "oh", 0.5)]
        reading(c, gid, gs, hes, lead=ch(["", "it's ", "okay, "]))
        if R() < 0.6:
            gb = [speak_alnum(ni[:2], "oh", 0.7)] + spoken_groups(ni[2:8], [2, 2, 2], False, "single") + [speak_alnum(ni[8], "oh", 0.7)]
            readback(c, gid, gb, hes)
        if R() < 0.35:
            y, m, d = make_dob()
            e = c.val("DOB", (y, m, d, False))
            c.t("agent", "lovely, and your date of birth?")
            c.t("customer", hes_lead(""), V(e, render_dob(y, m, d, True)), ch(["", ". i'm eighty odd now!", ". i know, i know, i'm old"]))
    else:
        c.t("agent", "To update your record, please provide your National Insurance number.")
        parts = [ch(["NI no: ", "my NI number is ", "NINO ", "national insurance ", "Ni: "]), V(gid, ni_typed(ni))]
        if R() < 0.4:
            y, m, d = make_dob()
            e = c.val("DOB", (y, m, d, False))
            parts += [ch([", DOB ", " date of birth ", ". born "]), V(e, render_dob(y, m, d, False))]
        c.t("customer", *parts)
        c.t("agent", "Thank you, I've updated the record. Your reference is %s." % ("REF" + digs(7)))
    return c


def pos_bank(i):
    hes = R() < 0.6
    asr = R() < 0.6
    us = R() < 0.25
    ind = ch(["banking", "utilities", "insurance", "government services", "telecom"])
    c = Case("positive", "%s direct debit / account details, %s" % (ind, "asr" if asr else "typed"))
    acct = digs(rng.choice([10, 11, 12])) if us else digs(8)
    a = c.val("BANK_ACCOUNT", acct)
    sc = None if us else digs(6)
    s = c.val("SORT_CODE", sc) if sc else None
    if asr:
        c.t("agent", "to set up the direct debit i'll need the sort code and account number" if sc else "what's the checking account number?")
        if sc:
            c.t("customer", hes_lead("the sort code is "), V(s, join_groups(spoken_groups(sc, [2, 2, 2], hes, ch(["pairs", "single"])), hes)))
            if R() < 0.5:
                c.t("agent", "so ", V(s, join_groups(spoken_groups(sc, [2, 2, 2], False, "pairs"), False), "r9"), ", and the account number?")
            else:
                c.t("agent", ch(BACK) + ", and the account number?")
        reading(c, a, spoken_groups(acct, [4, 4] if len(acct) == 8 else [3, 3, 4, 2], hes), hes, lead=ch(["", "it's ", "account number "]))
        if R() < 0.5:
            readback(c, a, spoken_groups(acct, [4, 4, 4], False, "single"), hes)
        c.t("agent", "thanks. the first collection of %d pounds %d will be on the %s." % (rng.randint(10, 99), rng.randint(1, 99), ordinal(rng.randint(1, 28))))
    else:
        c.t("agent", "Please send the account details for the refund.")
        parts = []
        if sc:
            parts += [ch(["sort code ", "Sort: ", "s/c ", "SC "]), V(s, typed_digits(sc, [2, 2, 2], ch(["-", "", " "]))),
                      ch([" acct no: ", ", account ", " a/c ", " Account Number "])]
        else:
            parts += [ch(["checking acct ", "account # ", "acct: "])]
        parts.append(V(a, acct if R() < 0.6 else typed_digits(acct, [4, 4, 4], " ")))
        c.t("customer", *parts)
        c.t("agent", "Thanks. The refund of $%d.%02d will arrive in 3-5 working days." % (rng.randint(10, 999), rng.randint(0, 99)) if us else
            "Thanks. The refund of £%d.%02d will arrive in 3-5 working days." % (rng.randint(10, 999), rng.randint(0, 99)))
    return c


def pos_iban(i):
    ib = make_iban()
    hes = R() < 0.5
    asr = R() < 0.5
    c = Case("positive", "%s IBAN for transfer, %s" % (ch(["banking", "travel", "insurance", "retail"]), "asr" if asr else "typed"))
    g = c.val("IBAN", ib)
    if asr:
        c.t("agent", "could you read me the iban for the refund?")
        c.t("customer", ch(OPEN_ASR) + " " + "it's a long one, bear with me")
        gs = [speak_alnum(ib[k:k + 4], "oh", 0.4, 0.15 if hes else 0) for k in range(0, len(ib), 4)]
        reading(c, g, gs, hes, lead=ch(["", "okay, ", "it's "]))
    else:
        c.t("agent", "Please provide the IBAN for the account.")
        txt = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)) if R() < 0.6 else (ib if R() < 0.5 else ib.lower())
        c.t("customer", ch(["IBAN: ", "iban ", "my IBAN is ", "Here you go - "]), V(g, txt), ch([" thanks", "", ". BIC not needed?"]))
    c.t("agent", "Thanks, the transfer of EUR %d.%02d is scheduled." % (rng.randint(20, 4000), rng.randint(0, 99)))
    return c


def phone_typed(n, kind):
    if kind == "int":
        if n.startswith("44"):
            return ch(["+44 " + n[2:6] + " " + n[6:], "+44" + n[2:], "0044 " + n[2:6] + " " + n[6:], "+44 (0)" + n[2:6] + " " + n[6:]])
        if n.startswith("1"):
            return ch(["+1 " + n[1:4] + "-" + n[4:7] + "-" + n[7:], "+1 (" + n[1:4] + ") " + n[4:7] + "-" + n[7:], "1-" + n[1:4] + "-" + n[4:7] + "-" + n[7:]])
        return ch(["+353 " + n[3:5] + " " + n[5:8] + " " + n[8:], "00353 " + n[3:5] + " " + n[5:]])
    if kind == "us":
        return ch(["(" + n[:3] + ") " + n[3:6] + "-" + n[6:], n[:3] + "-" + n[3:6] + "-" + n[6:], n[:3] + "." + n[3:6] + "." + n[6:]])
    return ch([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:], n[:3] + " " + n[3:7] + " " + n[7:]])


def pos_phone(i):
    n, canon, gs, kind = make_phone()
    hes = R() < 0.6
    asr = R() < 0.6
    c = Case("positive", "%s phone number (%s), %s" % (ch(INDUSTRY), kind, "asr" if asr else "typed"))
    g = c.val("PHONE", canon)
    if asr:
        c.t("agent", ch(["what's the best number to reach you on?", "and a contact number in case we get cut off?",
                         "can i confirm the mobile on the account?"]))
        groups = spoken_groups(n, gs, hes)
        lead = ch(["", "it's ", "my mobile's "])
        if kind == "int":
            groups[0] = "plus " + groups[0]
        reading(c, g, groups, hes, lead=lead)
        if R() < 0.5:
            readback(c, g, spoken_groups(n, gs, False, "single"), hes)
        c.t("agent", "thanks. we're open eight till eight if you need us, and the call might take about twenty minutes.")
    else:
        txt = phone_typed(n, kind)
        c.t("agent", "Could you share a contact number?")
        lead = ch(["tel: ", "mob ", "call me on ", "Phone - ", "my number is "])
        v = txt
        pre = ""
        while v and not v[0].isalnum():
            pre += v[0]
            v = v[1:]
        c.t("customer", lead + pre, V(g, v), ch(["", " after 5pm", " (mobile)", ", ta"]))
        c.t("agent", "Noted. Your ticket number is %s." % digs(8))
    return c


def pos_email(i):
    e = make_email()
    hes = R() < 0.5
    asr = R() < 0.65
    c = Case("positive", "%s email address, %s" % (ch(INDUSTRY), "asr" if asr else "typed"))
    g = c.val("EMAIL", e)
    if asr:
        c.t("agent", "and what email should we send the confirmation to?")
        c.t("customer", hes_lead(ch(["it's ", "my grandson set it up, it's ", ""])), V(g, speak_email(e, hes)))
        if R() < 0.5:
            c.t("agent", "so that's ", V(g, speak_email(e, False), "r9"), "?")
            c.t("customer", "yes, that's the one.")
    else:
        c.t("agent", "What email address should I use?")
        txt = e if R() < 0.7 else (e.replace("@", " (at) ").replace(".", " (dot) ") if R() < 0.5 else e.capitalize())
        c.t("customer", ch(["email: ", "its ", "send it to ", "e-mail ", ""]), V(g, txt), ch(["", " pls", " thanks!"]))
    c.t("agent", "Done, you should receive order confirmation %s within %d minutes." % ("ORD-" + digs(7), rng.randint(5, 30)))
    return c


def pos_address(i):
    hes = R() < 0.6
    asr = R() < 0.6
    n, st, flat = make_address()
    pc, ctry = make_postcode()
    c = Case("positive", "%s address and postcode (%s), %s" % (ch(INDUSTRY), ctry, "asr" if asr else "typed"))
    a = c.val("ADDRESS", (n, st, flat))
    p = c.val("POSTCODE", pc.replace(" ", ""))
    town = ch(["Leeds", "Manchester", "Cardiff", "Belfast", "Glasgow", "Bristol", "Boston", "Chicago", "Seattle", "Atlanta"])
    if asr:
        c.t("agent", ch(["can i take the first line of the address and the postcode?", "what's the address for the delivery?"]))
        c.t("customer", hes_lead(""), V(a, render_address(n, st, flat, True)), ", " + town.lower() + ch([". ", ", and the postcode is ", "... ", ", zip code "]),
            V(p, render_postcode(pc, True, hes)))
        if R() < 0.5:
            c.t("agent", "so that's ", V(p, render_postcode(pc, True, False), "r9"), ", and the house number again?")
            c.t("customer", hes_lead(""), V(a, speak_group(str(n), "single", "oh"), "f"), ".")
        if R() < 0.4:
            y, m, d = make_dob()
            e = c.val("DOB", (y, m, d, False))
            c.t("agent", "and the date of birth of the account holder?")
            c.t("customer", hes_lead(""), V(e, render_dob(y, m, d, True)))
    else:
        c.t("agent", "Please confirm the delivery address.")
        c.t("customer", V(a, render_address(n, st, flat, False)), ", " + town + ch([" ", ", ", "\n"]), V(p, render_postcode(pc, False, False)))
        c.t("agent", "Thanks, your parcel (tracking %s) will arrive between 7am and 9pm." % ("JD" + digs(16)))
    return c


# ----------------------------------------------------------------- negatives
def neg_cases():
    out = []

    def add(note, *turns):
        c = Case("negative", note)
        for sp, tx in turns:
            c.t(sp, tx)
        out.append(c)

    gens = []

    def g_order():
        card, gs, _ = make_card()
        add("order number read digit by digit like a card (luhn-valid, but labelled order number)",
            ("agent", "have you got the order number there?"),
            ("customer", hes_lead("the order number is ") + join_groups(spoken_groups(card, gs, True), True)),
            ("agent", "thank you, that's the order from the %s." % ordinal(rng.randint(1, 28))))
    gens.append(g_order)

    def g_track():
        add("tracking number with label",
            ("customer", "Tracking no: %s %s %s %s" % ("JD" + digs(2), digs(4), digs(4), digs(4))),
            ("agent", "Thanks, that parcel is out for delivery between 10:00 and 14:00."))
    gens.append(g_track)

    def g_last4():
        l4 = digs(4)
        if R() < 0.5:
            add("card last four only (not PII)",
                ("agent", "which card is it on?"),
                ("customer", hes_lead("the one ending ") + speak_group(l4, "single", "oh", 0.3) + ch(["", ", the visa", ", the old one"])),
                ("agent", "okay, the card ending " + speak_group(l4, "pairs", "oh") + ", and it expired last month, so i'll send a new one."))
        else:
            add("card last four typed (not PII)",
                ("customer", "Can you refund to card ending %s? The charge was £%d.%02d" % (l4, rng.randint(5, 500), rng.randint(0, 99))),
                ("agent", "Yes, the refund to the card ending in %s will take 3-5 working days." % l4))
    gens.append(g_last4)

    def g_balance():
        add("balances, amounts and payment dates",
            ("customer", hes_lead("what's my balance, only i had a letter saying i owe ") + "%s hundred and %s pounds" % (UNITS[rng.randint(1, 9)], two(str(rng.randint(21, 99)).replace("0", "1"), "oh"))),
            ("agent", "your balance is %d pounds %d, and the next payment of %d pounds is due on the %s of %s." % (
                rng.randint(100, 2000), rng.randint(1, 99), rng.randint(20, 90), ordinal(rng.randint(1, 28)), ch(MONTHS))))
    gens.append(g_balance)

    def g_meter():
        r = digs(rng.choice([5, 6]))
        add("meter reading read digit by digit",
            ("agent", "do you have a meter reading for me?"),
            ("customer", hes_lead("yes, the meter reading is ") + join_groups(spoken_groups(r, [3, 3], True, "single"), True) + ", and the night one is " + join_groups(spoken_groups(digs(5), [2, 3], True), True)),
            ("agent", "thank you, the meter serial ending %s, i've logged that at %d:%02d." % (digs(3), rng.randint(9, 17), rng.randint(0, 59))))
    gens.append(g_meter)

    def g_flight():
        add("flight, gate, seat and booking reference",
            ("customer", "um, i'm on flight %s %s, seat %d%s, and the gate says %d" % (ch(["ba", "ei", "fr", "aa"]), speak_group(digs(3), "single", "oh"), rng.randint(1, 40), ch("abcdef"), rng.randint(1, 60))),
            ("agent", "okay, booking reference %s%s, departing at %d:%02d from terminal %d." % (ch(["K", "X", "P"]), "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(5)), rng.randint(6, 22), rng.randint(0, 59), rng.randint(1, 5))))
    gens.append(g_flight)

    def g_policy():
        n = digs(10)
        add("policy number read in groups with label",
            ("agent", "what's the policy number?"),
            ("customer", hes_lead("policy number ") + join_groups(spoken_groups(n, [3, 3, 4], True), True)),
            ("agent", "thanks, that policy renews on the %s of %s and the premium is %d pounds a month." % (ordinal(rng.randint(1, 28)), ch(MONTHS), rng.randint(10, 90))))
    gens.append(g_policy)

    def g_invoice():
        add("invoice / claim / reference numbers typed",
            ("customer", "Re: invoice INV-%s, claim ref CLM/%s/%s, case #%s" % (digs(8), digs(4), digs(3), digs(9))),
            ("agent", "Thanks, case %s is open and will be reviewed within %d days." % (digs(9), rng.randint(2, 14))))
    gens.append(g_invoice)

    def g_serial():
        add("serial and model number (16 digit serial)",
            ("customer", "the router serial is %s and model %s-%d" % (typed_digits(digs(16), [4, 4, 4, 4], " "), ch(["TG", "HH", "DGA"]), rng.randint(100, 9999))),
            ("agent", "got it, that model was replaced in %d, i'll send a new one for %d pounds %d." % (rng.randint(2015, 2023), rng.randint(10, 90), rng.randint(10, 99))))
    gens.append(g_serial)

    def g_age():
        age = rng.randint(70, 96)
        add("elderly caller: ages, years, durations (no PII)",
            ("customer", "oh dear, um, i'm %s now you see, and i've been with you since %s, that's, er, %s years" % (two(str(age), "oh"), year_words(rng.randint(1960, 1990)), two(str(rng.randint(21, 59)).replace("0", "1"), "oh"))),
            ("agent", "that's wonderful, thank you for being with us so long. this'll only take about ten minutes."),
            ("customer", "sorry, could you say that again? ten minutes? that's fine, i've got till half past four."))
    gens.append(g_age)

    def g_hours():
        add("opening hours and times",
            ("agent", "we're open 8am to 8pm Monday to Friday, 9 till 5 on Saturdays, and closed on the 25th and 26th of December."),
            ("customer", "so if i ring at half seven tomorrow, that's 19:30, someone will answer?"))
    gens.append(g_hours)

    def g_temp():
        add("temperatures, percentages, counts",
            ("customer", "the boiler's showing %d degrees and the pressure's at 1.%d bar, it's been like it for %d days" % (rng.randint(30, 75), rng.randint(0, 9), rng.randint(2, 9))),
            ("agent", "okay, your tariff went up %d.%d%% in April, and there are %d engineers in your area." % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(2, 30))))
    gens.append(g_temp)

    def g_appt():
        add("appointment date and time (not DOB)",
            ("agent", "i can book you in on %s the %s of %s at %s." % (ch(["monday", "tuesday", "thursday"]), ordinal(rng.randint(1, 28)), ch(MONTHS), ch(["half two", "ten fifteen", "quarter to eleven", "nine a m"]))),
            ("customer", "um, the %s? yes. oh, hang on, no, i've got the doctor's on the %s. could we do %d/%02d/%d instead?" % (ordinal(rng.randint(1, 28)), ordinal(rng.randint(1, 28)), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2025, 2027))))
    gens.append(g_appt)

    def g_roads():
        add("road names and junctions",
            ("customer", "i broke down on the %s near junction %d, just off the %s" % (ch(["M25", "M6", "A406", "N7", "I-95", "M50"]), rng.randint(1, 30), ch(["B1234", "A38", "route 66", "A1(M)"]))),
            ("agent", "recovery will be with you in about %d minutes, the van registration ends %s." % (rng.randint(30, 90), "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))))
    gens.append(g_roads)

    def g_ticket():
        n = digs(13)
        add("13-digit ticket number with label",
            ("customer", "Ticket number %s, I was charged twice, %s and %s" % (n, "£%d.%02d" % (rng.randint(10, 300), rng.randint(0, 99)), "£%d.%02d" % (rng.randint(10, 300), rng.randint(0, 99)))),
            ("agent", "I see ticket %s, refund ref RF%s raised." % (n, digs(6))))
    gens.append(g_ticket)

    def g_room():
        add("room number / hundreds spoken",
            ("customer", "i'm in room %s, er, %s, the one by the lift, and it's freezing" % (speak_group(str(rng.randint(101, 499)), "hundreds", "oh"), speak_group(str(rng.randint(101, 499)), "single", "oh"))),
            ("agent", "sorry about that, i'll send someone up in %d minutes, breakfast is seven till ten." % rng.randint(5, 20)))
    gens.append(g_room)

    def g_ref_alnum():
        add("alphanumeric reference that resembles an ID but is labelled reference",
            ("agent", "your complaint reference is %s %s %s" % (ch(["c r", "p x", "w t"]), speak_group(digs(6), "pairs", "oh"), ch(["dash one", "slash two", ""]))),
            ("customer", "hang on, let me write it down... c r... no, say it again love, slowly"),
            ("agent", "of course, it's the reference on your letter dated the %s." % ordinal(rng.randint(1, 28))))
    gens.append(g_ref_alnum)

    def g_contract():
        add("contract dates and years",
            ("customer", "My contract started 14/02/%d and ends %s %d, it says 24 months" % (rng.randint(2021, 2024), ch(MONTHS).capitalize(), rng.randint(2025, 2027))),
            ("agent", "Yes, you're out of contract from 15/02/%d, and the early termination fee is £%d." % (rng.randint(2025, 2027), rng.randint(20, 300))))
    gens.append(g_contract)

    def g_customer_ref():
        n = digs(rng.choice([8, 10, 12]))
        add("customer reference number read like an account number but labelled",
            ("agent", "have you got your customer reference number? it's on the top of your bill"),
            ("customer", hes_lead("customer reference ") + join_groups(spoken_groups(n, [4, 4, 4], True), True) + "... is that the right one? it says customer reference"),
            ("agent", "yes, that's the one, thank you."))
    gens.append(g_customer_ref)

    def g_lost():
        add("hesitant caller, no PII, numbers are amounts and quantities",
            ("customer", "erm... hello? yes... i, um, i wanted to ask about the, the bill... it's gone up to, um... sixty... sixty two pounds"),
            ("agent", "mhm, take your time"),
            ("customer", "and it was, er, forty eight last month... or forty six. i've lost the letter. i've got three letters here actually."),
            ("agent", "no problem, the increase is %d pounds because of the %d percent price rise." % (rng.randint(5, 20), rng.randint(3, 9))))
    gens.append(g_lost)

    def g_model():
        add("model / part numbers and prices",
            ("customer", "I bought the %s-%s%d in store, SKU %s, for $%d.99" % (ch(["KD", "UE", "OLED"]), rng.randint(40, 85), rng.randint(100, 999), digs(12), rng.randint(100, 2000))),
            ("agent", "That SKU is covered by a %d-year warranty; return window is %d days." % (rng.randint(1, 5), rng.choice([14, 28, 30, 90]))))
    gens.append(g_model)

    def g_pin_hours():
        add("duration and counts spoken as digits",
            ("customer", "i've been on hold for forty five minutes, and this is my fourth call, i rang at nine oh five, then ten twenty"),
            ("agent", "i'm so sorry, average wait today is %d minutes, there are %d calls ahead of you." % (rng.randint(10, 50), rng.randint(2, 40))))
    gens.append(g_pin_hours)

    def g_iban_like():
        add("payment reference with long digit string",
            ("customer", "Payment reference %s sent on %d Mar %d, amount EUR %d.%02d" % (typed_digits(digs(20), [4, 4, 4, 4, 4], " "), rng.randint(1, 28), rng.randint(2023, 2025), rng.randint(10, 999), rng.randint(0, 99))),
            ("agent", "Thanks, we'll trace the payment within %d working days." % rng.randint(3, 10)))
    gens.append(g_iban_like)

    def g_press():
        add("IVR options and extension numbers",
            ("agent", "if you call back, press %d then %d, or ask for extension %d; calls cost %dp per minute." % (rng.randint(1, 9), rng.randint(1, 9), rng.randint(1000, 9999), rng.randint(2, 9))),
            ("customer", "press one then two, extension... sorry, say the extension again?"))
    gens.append(g_press)

    i = 0
    while len(out) < 112:
        gens[i % len(gens)]()
        i += 1
    return out


# ----------------------------------------------------------------- build
def build():
    plan = (["card"] * 78 + ["ssn"] * 34 + ["ni"] * 34 + ["bank"] * 16 + ["iban"] * 14 +
            ["phone"] * 18 + ["email"] * 15 + ["addr"] * 18)
    rng.shuffle(plan)
    fn = {"card": pos_card, "ssn": pos_ssn, "ni": pos_ni, "bank": pos_bank, "iban": pos_iban,
          "phone": pos_phone, "email": pos_email, "addr": pos_address}
    pos = [fn[k](i) for i, k in enumerate(plan)]
    neg = neg_cases()
    rng.shuffle(neg)
    for i, c in enumerate(pos):
        c.id = "h374-pos-%03d" % (i + 1)
    for i, c in enumerate(neg):
        c.id = "h374-neg-%03d" % (i + 1)
    return pos + neg


def render(c):
    turns, spans, meta = [], [], []
    for ti, (sp, segs) in enumerate(c.turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                _, gid, t, role = s
                start = len(text)
                text += t
                typ = c.values[gid][0]
                spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
                meta.append((gid, role, t))
            else:
                text += s
        turns.append({"speaker": sp, "text": text})
    rec = {"id": c.id, "kind": c.kind, "turns": turns, "spans": spans, "note": c.note}
    return rec, meta


def dump(cases):
    lines, metas = [], []
    for c in cases:
        rec, meta = render(c)
        lines.append(json.dumps(rec, ensure_ascii=False))
        metas.append((c, rec, meta))
    return "\n".join(lines) + "\n", metas


# ----------------------------------------------------------------- normalisation for --check
FILL = {"um", "uh", "er", "erm", "uhh", "umm", "hmm", "ah", "then", "and", "dash", "space", "hyphen",
        "plus", "capital", "small", "the", "of"}
NATO_REV = {v: k for k, v in NATO.items()}


def tokens(text):
    return re.findall(r"[a-z0-9@._]+", text.lower().replace("(0)", " "))


def spoken_to_chars(text, email=False):
    raw = re.findall(r"[A-Za-z0-9]+|[@._]", text.replace("(0)", " ").replace("(at)", " at ").replace("(dot)", " dot "))
    upper = [t.isupper() and t.isalpha() for t in raw]
    toks = [t.lower() for t in raw]
    out = []
    i = 0
    n = len(toks)

    def unit(t):
        if t in ("oh", "o", "zero", "nought", "nil"):
            return 0
        return UNITS.index(t) if t in UNITS else None

    while i < n:
        t = toks[i]
        nx = toks[i + 1] if i + 1 < n else None
        if email and t in (".", "_", "@"):
            out.append(t)
            i += 1
            continue
        if email and t == "dot":
            out.append(".")
            i += 1
            continue
        if email and t == "at":
            out.append("@")
            i += 1
            continue
        if email and t == "underscore":
            out.append("_")
            i += 1
            continue
        if t in (".", "_", "@") or t in FILL:
            i += 1
            continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            sub = spoken_to_chars(nx)
            out.append(sub * k)
            i += 2
            continue
        if len(t) == 1 and t.isalpha() and nx in ("for", "as"):
            out.append(t.upper())
            i += 4 if nx == "as" else 3
            continue
        if email and t == "o":
            out.append(t)
            i += 1
            continue
        if upper[i] and not email and len(t) <= 4:  # typed upper-case letter block, e.g. NWBK
            out.append(t.upper())
            i += 1
            continue
        u = unit(t)
        if u is not None:
            if nx == "hundred":
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                    t2 = toks[i]
                    if unit(t2) is not None:
                        out.append("%d0%d" % (u, unit(t2)))
                        i += 1
                    elif t2 in TEENS:
                        out.append("%d%d" % (u, 10 + TEENS.index(t2)))
                        i += 1
                    else:
                        tv = [k for k, v in TENS.items() if v == t2][0]
                        i += 1
                        if i < n and unit(toks[i]) not in (None, 0) and toks[i] not in ("o", "oh"):
                            out.append("%d%d%d" % (u, tv, unit(toks[i])))
                            i += 1
                        else:
                            out.append("%d%d0" % (u, tv))
                else:
                    out.append("%d00" % u)
                continue
            out.append(str(u))
            i += 1
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in TENS.values():
            tv = [k for k, v in TENS.items() if v == t][0]
            if nx is not None and nx in UNITS[1:]:
                out.append("%d%d" % (tv, UNITS.index(nx)))
                i += 2
            else:
                out.append("%d0" % tv)
                i += 1
            continue
        if t in NATO_REV and not email:
            out.append(NATO_REV[t].upper())
            i += 1
            continue
        if t.isdigit() or len(t) == 1 or (not email and re.fullmatch(r"[a-z0-9]+", t) and re.search(r"\d", t)):
            out.append(t.upper() if not email else t)
            i += 1
            continue
        if email:
            out.append(t)
            i += 1
            continue
        if re.fullmatch(r"[a-z]{2}", t):  # typed letter pair e.g. NI prefix "ab"
            out.append(t.upper())
            i += 1
            continue
        raise ValueError("unparsed token %r in %r" % (t, text))
    return "".join(out)


def date_digits(text):
    t = text.lower()
    t = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", t)
    for k, m in enumerate(MONTHS):
        t = re.sub(r"\b%s\b" % m, " %02d " % (k + 1), t)
    for a, m in MON_ABBR.items():
        t = re.sub(r"\b%s\b" % a, " %02d " % m, t)
    for d in range(31, 0, -1):
        t = t.replace(ordinal(d), " %d " % d)
    t = t.replace("-", " ").replace("/", " ").replace(".", " ").replace(",", " ")
    return spoken_to_chars(t)


def date_ok(text, y, m, d=None):
    got = date_digits(text)
    ys = {str(y), "%02d" % (y % 100)}
    ms = {"%02d" % m, str(m)}
    ok = set()
    if d is None:
        for mm in ms:
            for yy in ys:
                ok.add(mm + yy)
    else:
        ds = {"%02d" % d, str(d)}
        for dd in ds:
            for mm in ms:
                for yy in ys:
                    ok.update({dd + mm + yy, mm + dd + yy, yy + mm + dd})
    return got in ok, got


def valid_canon(typ, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "SSN":
        return (canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666") and canon[0] != "9"
                and canon[3:5] != "00" and canon[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(canon)) and canon[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 8 <= len(canon) <= 12
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", canon)) and iban_ok(canon)
    if typ == "PHONE":
        return canon.isdigit() and 10 <= len(canon) <= 13
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+", canon))
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", canon) or re.fullmatch(r"\d{5}(\d{4})?", canon))
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        return True
    return False


def check_span_value(typ, canon, role, texts):
    """texts: list of span texts of one reading (or one fragment)."""
    if typ in ("DOB",):
        y, m, d = canon[:3]
        ok, got = date_ok(" ".join(texts), y, m, d)
        return ok, got
    if typ == "EXPIRY":
        m, y = canon
        ok, got = date_ok(" ".join(texts), y, m)
        return ok and 1 <= m <= 12, got
    if typ == "ADDRESS":
        n, st, flat = canon
        txt = " ".join(texts)
        if role == "f":
            return spoken_to_chars(txt) == str(n), txt
        toks = re.findall(r"[a-z0-9]+", txt.lower())
        good = toks[-1] in SUFFIXES and (toks[0] in ("flat", "apt", "apartment", "unit") or toks[0].isdigit() or toks[0] in UNITS or toks[0] in TEENS or toks[0] in TENS.values())
        return good and " ".join(st.lower().split()) in " ".join(toks), txt
    if typ == "EMAIL":
        got = spoken_to_chars(" ".join(texts), email=True)
        return got.lower() == canon, got
    got = spoken_to_chars(" ".join(texts))
    if role == "f":
        return got in canon, got
    if role == "last4":
        return got == canon[-4:], got
    return got == canon, got


def check(text, metas):
    errs = []
    lines = text.splitlines()
    ids = set()
    npos = nneg = 0
    counts = {}
    for (c, rec, meta), line in zip(metas, lines):
        r = json.loads(line)
        if r["id"] in ids:
            errs.append("dup id " + r["id"])
        ids.add(r["id"])
        if r["kind"] == "positive":
            npos += 1
            if not r["spans"]:
                errs.append(r["id"] + " positive without spans")
        else:
            nneg += 1
            if r["spans"]:
                errs.append(r["id"] + " negative with spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"].strip():
                errs.append(r["id"] + " bad turn")
        byturn = {}
        for s in r["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            tx = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append(r["id"] + " span out of range")
                continue
            if not (tx[a].isalnum() and tx[b - 1].isalnum()):
                errs.append("%s span not trimmed %r" % (r["id"], tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s span not on word boundary %r" % (r["id"], tx[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for iv in byturn.values():
            iv.sort()
            for (a1, b1), (a2, b2) in zip(iv, iv[1:]):
                if a2 < b1:
                    errs.append(r["id"] + " overlapping spans")
        # value validation using generator metadata
        groups = {}
        for gid, role, t in meta:
            groups.setdefault((gid, role), []).append(t)
        for (gid, role), texts in groups.items():
            typ, canon, _ = c.values[gid]
            if not valid_canon(typ, canon):
                errs.append("%s invalid canonical %s %r" % (r["id"], typ, canon))
            try:
                if role == "f" or role == "last4":
                    for t in texts:
                        ok, got = check_span_value(typ, canon, role, [t])
                        if not ok:
                            errs.append("%s %s fragment %r -> %r not in %r" % (r["id"], typ, t, got, canon))
                else:
                    ok, got = check_span_value(typ, canon, role, texts)
                    if not ok:
                        errs.append("%s %s %r -> %r != %r" % (r["id"], typ, texts, got, canon))
            except Exception as e:  # noqa
                errs.append("%s %s parse error %s" % (r["id"], typ, e))
    return errs, npos, nneg, counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text, metas = dump(build())
    if args.check:
        errs = []
        if not os.path.exists(OUT):
            errs.append("missing " + OUT)
        else:
            with open(OUT, encoding="utf-8") as f:
                if f.read() != text:
                    errs.append("cases.jsonl is not byte-identical to regenerated output")
        e2, npos, nneg, counts = check(text, metas)
        errs += e2
        if npos < 200 or nneg < 100:
            errs.append("too few cases %d/%d" % (npos, nneg))
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for typ in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                    "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if counts.get(typ, 0) < need.get(typ, 10):
                errs.append("too few %s spans: %d" % (typ, counts.get(typ, 0)))
        for e in errs[:50]:
            print("ERROR:", e)
        print("positive=%d negative=%d spans=%s" % (npos, nneg, json.dumps(counts, sort_keys=True)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s (%d cases)" % (OUT, len(metas)))


if __name__ == "__main__":
    main()

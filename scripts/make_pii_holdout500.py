#!/usr/bin/env python3
"""Generate the pii_holdout500 held-out PII evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine. Standard library only. Usage:
    python scripts/make_pii_holdout500.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout500.py --check  # regenerate and verify
"""
import argparse
import json
import os
import re
import string
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout500")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

R = random.Random(500241125)
DIG = "0123456789"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_NAMES = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
              "seventeen", "eighteen", "nineteen"]
TENS_NAMES = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm"}


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------

def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def rand_digits(n):
    return "".join(R.choice(DIG) for _ in range(n))


def gen_card():
    kind = pick(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        prefix, length, groups = "4", 16, [4, 4, 4, 4]
    elif kind == "mc":
        prefix, length, groups = "5" + pick("12345"), 16, [4, 4, 4, 4]
    elif kind == "amex":
        prefix, length, groups = "3" + pick("47"), 15, [4, 6, 5]
    elif kind == "disc":
        prefix, length, groups = "6011", 16, [4, 4, 4, 4]
    elif kind == "visa13":
        prefix, length, groups = "4", 13, [4, 4, 5]
    else:
        prefix, length, groups = "6759", 19, [4, 4, 4, 4, 3]
    body = prefix + rand_digits(length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c, groups, kind
    raise AssertionError


def chunk(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s)
    return out


def gen_ssn():
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + rand_digits(6) + pick("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban():
    cc = pick(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rand_digits(14)
    elif cc == "IE":
        bban = pick(["AIBK", "BOFI", "IPBS"]) + rand_digits(14)
    elif cc == "DE":
        bban = rand_digits(18)
    elif cc == "FR":
        bban = rand_digits(23)
    elif cc == "NL":
        bban = pick(["ABNA", "RABO", "INGB"]) + rand_digits(10)
    else:
        bban = rand_digits(20)
    return cc + iban_check(cc, bban) + bban


def iban_groups(iban):
    return [iban[i:i + 4] for i in range(0, len(iban), 4)]


def gen_phone():
    """returns (digits-with-plus canonical, written form, spoken groups list)"""
    k = pick(["uk_mob", "uk_mob_intl", "uk_land", "us", "us_intl", "ie", "ie_intl", "de_intl", "fr_intl"])
    if k == "uk_mob":
        g = ["07700", "900", "%03d" % R.randint(0, 999)]
        w = pick(["%s %s%s" % (g[0], g[1], g[2]), "%s %s %s" % tuple(g), "".join(g)])
    elif k == "uk_mob_intl":
        g = ["+44", "7700", "900", "%03d" % R.randint(0, 999)]
        w = pick(["+44 7700 %s%s" % (g[2], g[3]), "+447700%s%s" % (g[2], g[3]), "+44 (0)7700 %s %s" % (g[2], g[3])])
        if "(0)" in w:
            w = "+44 7700 %s %s" % (g[2], g[3])
    elif k == "uk_land":
        g = ["020", "7946", "0" + rand_digits(3)]
        w = pick(["%s %s %s" % tuple(g), "%s%s%s" % tuple(g), "%s-%s-%s" % tuple(g)])
    elif k == "us":
        g = [pick(["202", "312", "415", "617", "713"]), "555", "01" + rand_digits(2)]
        w = pick(["%s-%s-%s" % tuple(g), "%s.%s.%s" % tuple(g), "%s %s %s" % tuple(g)])
    elif k == "us_intl":
        g = ["+1", pick(["202", "312", "415", "617"]), "555", "01" + rand_digits(2)]
        w = pick(["+1 %s %s %s" % tuple(g[1:]), "+1-%s-%s-%s" % tuple(g[1:])])
    elif k == "ie":
        g = ["08" + pick("3567"), rand_digits(3), rand_digits(4)]
        w = pick(["%s %s %s" % tuple(g), "%s%s%s" % tuple(g)])
    elif k == "ie_intl":
        g = ["+353", "8" + pick("3567"), rand_digits(3), rand_digits(4)]
        w = "%s %s %s %s" % tuple(g)
    elif k == "de_intl":
        g = ["+49", "30", rand_digits(4), rand_digits(4)]
        w = "%s %s %s%s" % tuple(g)
    else:
        g = ["+33", "6", rand_digits(2), rand_digits(2), rand_digits(2), rand_digits(2)]
        w = " ".join(g)
    canon = "".join(g)
    return canon, w, g


FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "tom", "grace", "liam", "zofia", "daniel",
         "chloe", "oisin", "amara", "keith", "nadia", "marek", "ruth", "sean", "helen", "dev"]
LAST = ["doe", "okafor", "murphy", "patel", "nowak", "smith", "byrne", "khan", "walsh", "reyes",
        "hughes", "brennan", "lee", "garcia", "fischer", "dubois", "kelly", "evans"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "web.de", "proton.me"]


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    style = R.randint(0, 5)
    if style == 0:
        local = "%s.%s" % (f, l)
    elif style == 1:
        local = "%s%s%d" % (f[0], l, R.randint(1, 99))
    elif style == 2:
        local = "%s_%s" % (f, l)
    elif style == 3:
        local = "%s.%s%d" % (f[0], l, R.randint(60, 99))
    elif style == 4:
        local = "%s-%s" % (l, f)
    else:
        local = "%s%s" % (f, l[0])
    return local + "@" + pick(DOMAINS), f, l


STREETS = ["Mill Lane", "Church Road", "Victoria Street", "Elm Grove", "Station Road", "Oakfield Avenue",
           "Harbour View Close", "Kingsley Drive", "Abbey Crescent", "Beech Way", "Market Place",
           "Albert Terrace", "Orchard Court", "Primrose Gardens", "Maple Street", "Lakeview Boulevard",
           "Willow Road", "Hazel Close", "Quarry Lane", "Tennyson Avenue"]
US_STREETS = ["Oak Street", "Maple Ave", "Pine St", "Sunset Blvd", "Cedar Drive", "Lincoln Avenue",
              "Washington St", "Elm Dr", "Park Place", "Lakeshore Drive"]
TOWNS_UK = ["Leeds", "Bristol", "Croydon", "Swansea", "Derby", "Norwich", "Glasgow", "Belfast"]
TOWNS_US = ["Springfield", "Austin", "Dayton", "Boise", "Tampa", "Fresno"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Drogheda", "Sligo"]
PC_AREAS = ["SW", "SE", "NW", "E", "N", "M", "B", "LS", "BS", "CR", "SA", "DE", "NR", "G", "BT", "OX", "CF", "EH"]
PC_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    a = pick(PC_AREAS)
    d = str(R.randint(1, 29))
    if a in ("SW", "E", "N") and len(d) == 1 and chance(0.3):
        d += pick("AW")
    return a + d + " " + str(R.randint(0, 9)) + pick(PC_INWARD) + pick(PC_INWARD)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if chance(0.25):
        z += "-%04d" % R.randint(0, 9999)
    return z


def gen_dob():
    return R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)


def gen_expiry():
    return R.randint(1, 12), R.randint(26, 32)


# ----------------------------------------------------------------------------
# spoken renderings
# ----------------------------------------------------------------------------

def say_digit(d, z):
    return z if d == "0" else UNITS[int(d)]


def pair_words(p):
    n = int(p)
    assert n >= 10
    if n < 20:
        return TEEN_NAMES[n - 10]
    t = TENS_NAMES[n // 10]
    return t if n % 10 == 0 else t + " " + UNITS[n % 10]


def num_words(n):
    """cardinal words for 0..999 (British style)."""
    if n < 10:
        return UNITS[n]
    if n < 100:
        return pair_words("%02d" % n)
    h, r = divmod(n, 100)
    s = UNITS[h] + " hundred"
    if r == 0:
        return s
    return s + " and " + num_words(r)


def zero_word(alnum=False):
    return pick(["oh", "zero", "nought"] if alnum else ["oh", "oh", "zero", "o", "nought"])


def say_run(g, z):
    out, i = [], 0
    while i < len(g):
        j = i
        while j < len(g) and g[j] == g[i]:
            j += 1
        n = j - i
        if n >= 3 and chance(0.5):
            out.append("triple " + say_digit(g[i], z))
            i += 3
            continue
        if n >= 2 and chance(0.55):
            out.append("double " + say_digit(g[i], z))
            i += 2
            continue
        out.append(say_digit(g[i], z))
        i += 1
    return " ".join(out)


def say_group(g, z=None, fancy=True, alnum=False):
    z = z or zero_word(alnum)
    r = R.random()
    if fancy and len(g) == 2 and g[0] != "0" and r < 0.35:
        return pair_words(g)
    if fancy and len(g) == 3 and g[0] != "0" and r < 0.2:
        d, rest = g[0], int(g[1:])
        s = UNITS[int(d)] + " hundred"
        if rest == 0:
            return s
        if rest < 10:
            return s + " and " + UNITS[rest]
        return s + pick([" and ", " "]) + pair_words(g[1:])
    if fancy and len(g) == 4 and g[0] != "0" and g[2] != "0" and r < 0.3:
        return pair_words(g[:2]) + " " + pair_words(g[2:])
    return say_run(g, z)


SEPS = [", ", ", ", ", ", " ... ", ", um, ", ", uh ", " - ", "... er, "]


def sep():
    return pick(SEPS)


def say_groups(groups, fancy=True, fill=True, alnum=False):
    z = zero_word(alnum)
    parts = [say_group(g, z, fancy) for g in groups]
    out = parts[0]
    for p in parts[1:]:
        out += (sep() if fill else ", ") + p
    return out


def say_letter(c, nato_p=0.3):
    c = c.lower()
    r = R.random()
    if r < nato_p:
        return pick(["%s for %s", "%s as in %s", "%s for %s"]) % (c, NATO[c])
    if r < nato_p + 0.1:
        return NATO[c]
    return c


def say_alnum(s, nato_p=0.3, fancy=True):
    """say a mixed letters/digits token group, e.g. 'QQ12' or '1AA'."""
    out, buf = [], ""
    z = zero_word(True)
    for c in s + " ":
        if c.isdigit():
            buf += c
            continue
        if buf:
            out.append(say_group(buf, z, fancy and len(buf) in (2, 4), alnum=True) if len(buf) in (2, 4) and fancy else say_run(buf, z))
            buf = ""
        if c.isalpha():
            out.append(say_letter(c, nato_p))
    return " ".join(out)


def say_email(email, spell_p=0.35):
    local, dom = email.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(pick(["dash", "hyphen"]))
        elif tok.isdigit():
            parts.append(pair_words(tok) if len(tok) == 2 and tok[0] != "0" and chance(0.6) else say_run(tok, "zero"))
        elif len(tok) > 1 and chance(spell_p):
            parts.append(tok + ", " + " ".join(tok))
        else:
            parts.append(tok)
    d = dom.replace(".", " dot ")
    return " ".join(parts) + " at " + d


def say_dob(y, m, d, style=None):
    style = R.randint(0, 3) if style is None else style
    yy = "%d" % y
    if y >= 2000:
        ys = "two thousand and " + num_words(y - 2000) if y > 2000 else "two thousand"
        if y >= 2010 and chance(0.5):
            ys = "twenty " + num_words(y - 2000)
    else:
        ys = pair_words(yy[:2]) + " " + (pair_words(yy[2:]) if yy[2] != "0" else "oh " + UNITS[int(yy[3])])
    dd = ORD[d] if d <= 20 else ("twenty " + ORD[d - 20] if d < 30 else "thirty" + ("th" if False else ""))
    if d >= 30:
        dd = "thirtieth" if d == 30 else "thirty first"
    if style == 0:
        return "%s of %s %s" % (dd, MONTHS[m - 1], ys)
    if style == 1:
        return "%s %s %s" % (MONTHS[m - 1], dd, ys)
    if style == 2:
        return "%s %s, %s" % (say_group("%02d" % d, "oh", False), say_group("%02d" % m, "oh", False), ys)
    return "%s the %s, %s" % (MONTHS[m - 1], dd, ys)


def write_dob(y, m, d, us=False):
    st = R.randint(0, 4)
    if st == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if st == 1:
        return "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y)
    if st == 2:
        return "%s %d, %d" % (MONTHS[m - 1].title(), d, y)
    if st == 3:
        return "%02d.%02d.%02d" % (d, m, y % 100)
    return "%d-%02d-%02d" % (y, m, d)


def say_expiry(m, y):
    st = R.randint(0, 3)
    if st == 0:
        return "%s %s" % (say_group("%02d" % m, pick(["oh", "zero"]), False), pair_words("%02d" % y))
    if st == 1:
        return "%s twenty %s" % (MONTHS[m - 1], pair_words("%02d" % y))
    if st == 2:
        return "%s slash %s" % (say_group("%02d" % m, "oh", m >= 10), pair_words("%02d" % y))
    return "%s %s" % (MONTHS[m - 1], pair_words("%02d" % y))


def write_expiry(m, y):
    return pick(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                 "%s %02d" % (MONTHS[m - 1][:3].title(), y), "%d/%02d" % (m, y)])


def say_postcode(pc):
    out, z = pc.split(" "), None
    return ", ".join(say_alnum(p, 0.2, fancy=False) for p in out) if chance(0.5) else " ".join(
        say_alnum(p, 0.2, fancy=False) for p in out)


def say_zip(z):
    d = z.replace("-", "")
    groups = [d[:5]] + ([d[5:]] if len(d) > 5 else [])
    return say_groups(groups, fancy=False, fill=False)


def say_address(num, street, flat=None):
    s = "%s %s" % (num_words(num) if num < 1000 else str(num), street.lower())
    if flat:
        s = "flat %s, %s" % (num_words(flat), s)
    return s


# ----------------------------------------------------------------------------
# case building
# ----------------------------------------------------------------------------

class V(object):
    __slots__ = ("text", "typ", "grp")

    def __init__(self, text, typ, grp=None):
        self.text, self.typ, self.grp = text, typ, grp


class Case(object):
    def __init__(self, note):
        self.note = note
        self.turns = []
        self._auto = 0

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)

    def build(self, cid, kind):
        turns, spans, meta = [], [], []
        auto = 0
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, V):
                    grp = s.grp
                    if grp is None:
                        auto += 1
                        grp = "_auto%d" % auto
                    st = len(text)
                    text += s.text
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                    meta.append(grp)
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        obj = {"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": self.note}
        return obj, meta


# plain phrase helpers -------------------------------------------------------
INDUSTRIES = [
    ("banking", "harbour bank"), ("telecom", "skyline mobile"), ("utilities", "northway energy"),
    ("retail", "brightmart"), ("insurance", "cedar insurance"), ("travel", "bluejet holidays"),
    ("healthcare billing", "st anne's patient billing"), ("government services", "the benefits helpline"),
]
AGENTS = ["karen", "josh", "aisling", "raj", "megan", "tomasz", "deborah", "kwame", "niamh", "luis"]
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "yeah", "right", "got that", "okay go ahead", "mm"]
ASIDES = ["sorry the dog's barking", "hang on, let me get my glasses", "sorry, the kids are shouting",
          "one sec, it's a bit faded", "sorry i'm driving, hands free", "hold on, the light's bad in here",
          "excuse me, sorry, bus going past"]


def greet():
    ind, co = pick(INDUSTRIES)
    return ind, "thanks for calling %s, you're through to %s, how can i help" % (co, pick(AGENTS))


def chat_greet():
    ind, co = pick(INDUSTRIES)
    return ind, "Hi, you're chatting with %s at %s. How can I help today?" % (pick(AGENTS).title(), string.capwords(co))


def bc():
    return pick(BACKCH)


def write_card(digits, groups):
    st = R.randint(0, 5)
    if st == 0:
        return " ".join(chunk(digits, groups))
    if st == 1:
        return "-".join(chunk(digits, groups))
    if st == 2:
        return digits
    if st == 3:  # odd grouping
        sizes, left = [], len(digits)
        while left > 0:
            n = min(left, R.randint(2, 6))
            sizes.append(n)
            left -= n
        return " ".join(chunk(digits, sizes))
    if st == 4:
        return "  ".join(chunk(digits, groups))
    return ".".join(chunk(digits, groups))


# ----------------------------------------------------------------------------
# positive templates
# ----------------------------------------------------------------------------

def pos_card_chat():
    ind, g = chat_greet()
    card, groups, _ = gen_card()
    m, y = gen_expiry()
    cvv = rand_digits(4 if len(card) == 15 else 3)
    c = Case("chat: typed card with label, expiry and security code (%s)" % ind)
    c.a(g)
    c.c(pick(["hi i want to pay my bill pls", "Hello, need to update the card on my account", "hiya want to pay off the balance thx"]))
    c.a("Sure. Please type the long card number when ready.")
    lab = pick(["card no: ", "Card number - ", "its ", "cc# ", "", "card: "])
    c.c(lab, V(write_card(card, groups), "CARD_NUMBER"))
    c.a("Thanks. Expiry date and the 3 or 4 digit code on the back?")
    c.c(pick(["exp ", "expires ", "Exp: ", ""]), V(write_expiry(m, y), "EXPIRY"), pick([" cvv ", " and code is ", ", sec code: ", " / "]), V(cvv, "CVV"))
    c.a("Perfect, processing now - that's £%d.%02d taken." % (R.randint(10, 400), R.randint(0, 99)))
    return c


def pos_card_asr_split():
    ind, g = greet()
    card, groups, _ = gen_card()
    c = Case("asr: card read in chunks across turns with back-channels, full agent read-back (%s)" % ind)
    c.a(g)
    c.c("yeah hi i'd like to make a payment please")
    c.a("no problem, when you're ready can i take the long number across the front of the card")
    gs = chunk(card, groups)
    z = zero_word()
    for i, gg in enumerate(gs):
        lead = pick(["", "", "it's ", "um ", "then ", "right, "]) if i else pick(["okay it's ", "right so it's ", "", "um "])
        c.c(lead, V(say_group(gg, z), "CARD_NUMBER", "card"))
        if i < len(gs) - 1:
            c.a(bc())
    c.a("lovely, just reading that back, ", V(say_groups(gs, fancy=False, fill=False), "CARD_NUMBER", "card~rb"), ", is that right")
    c.c(pick(["yes that's it", "yep", "that's right yeah"]))
    return c


def pos_card_correction():
    ind, g = greet()
    card, groups, _ = gen_card()
    gs = chunk(card, groups)
    z = zero_word()
    c = Case("asr: restarted card reading plus agent read-back with one wrong digit, customer corrects (%s)" % ind)
    c.a(g)
    c.c("i need to pay my arrears on the card")
    c.a("okay go ahead with the card number")
    # restarted reading: first attempt abandoned after a group or two
    k = R.randint(1, 2)
    wrong = list(gs[k])
    wrong[-1] = str((int(wrong[-1]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    c.c(V(", ".join(say_group(x, z, False) for x in gs[:k]), "CARD_NUMBER", "card~a"), ", ",
        V(say_run(wrong, z), "CARD_NUMBER", "card~bad"),
        pick(["... no hang on, that's wrong, let me start again. ", "- sorry, sorry, i've lost my place, from the top. ",
              " no wait. start again. "]),
        V(say_groups(gs), "CARD_NUMBER", "card"))
    # agent reads back with a wrong digit in one group
    j = R.randrange(len(gs))
    bad = list(gs[j])
    pos = R.randrange(len(bad))
    bad[pos] = str((int(bad[pos]) + R.randint(1, 8)) % 10)
    rb = list(gs)
    rb[j] = "".join(bad)
    c.a("so i've got ", V(say_groups(rb, fancy=False, fill=False), "CARD_NUMBER", "card~bad2"))
    c.c(pick(["no, the ", "not quite, the ", "nearly, the "]), pick(["", "", "um "]) + ["first", "second", "third", "fourth", "last"][min(j, 4) if j < len(gs) - 1 else 4],
        " bit is ", V(say_run(gs[j], z), "CARD_NUMBER", "card~ok1"), " not ", V(say_run(rb[j], z), "CARD_NUMBER", "card~bad3"))
    c.a("ah sorry, ", V(say_run(gs[j], z), "CARD_NUMBER", "card~ok2"), ", got it, thank you")
    return c


def pos_card_piecewise():
    ind, g = greet()
    card, groups, _ = gen_card()
    gs = chunk(card, groups)
    m, y = gen_expiry()
    cvv = rand_digits(4 if len(card) == 15 else 3)
    c = Case("asr: agent confirms card group by group, then expiry and cvv (%s)" % ind)
    c.a(g)
    c.c("hiya, i'm ringing to pay for an order")
    c.a("okay, card number please, in fours is easiest")
    c.c(V(say_groups(gs), "CARD_NUMBER", "card"))
    for i, gg in enumerate(gs):
        c.a(pick(["so first ", "that's ", "then ", "next "]) if i == 0 else pick(["then ", "and ", "next ", ""]),
            V(say_run(gg, zero_word()), "CARD_NUMBER", "card~ok%d" % i), "?")
        c.c(pick(["yes", "yep", "mhm", "correct", "yeah"]))
    c.a("and the expiry")
    c.c(pick(["", "it's ", "um "]), V(say_expiry(m, y), "EXPIRY"))
    c.a("and the three digits on the back" if len(cvv) == 3 else "and the four digits on the front")
    c.c(V(say_run(cvv, zero_word()), "CVV"))
    c.a("thank you, ", V(say_run(cvv, zero_word()), "CVV"), ", bear with me while that goes through")
    return c


def pos_card_for_someone():
    ind, g = greet()
    card, groups, _ = gen_card()
    gs = chunk(card, groups)
    m, y = gen_expiry()
    cvv = rand_digits(4 if len(card) == 15 else 3)
    who = pick(["my mum", "my dad", "my husband", "my wife", "my nan", "my son"])
    c = Case("asr: caller reads card for %s with an aside mid-reading (%s)" % (who, ind))
    c.a(g)
    he = "he" if who in ("my dad", "my husband", "my son") else "she"
    c.c("hi, i'm phoning on behalf of %s, %s's just here, it's %s card we're paying with" % (who, he, "his" if he == "he" else "her"))
    c.a("that's fine as long as they're happy for you to read it, go ahead")
    k = R.randint(1, len(gs) - 1)
    c.c(pick(["okay, ", "right, ", ""]), V(say_groups(gs[:k]), "CARD_NUMBER", "card"), ", ", pick(ASIDES), ", ",
        V(say_groups(gs[k:]), "CARD_NUMBER", "card"))
    c.a(bc() + ", and the expiry date")
    c.c("%s says " % he, V(say_expiry(m, y), "EXPIRY"),
        ", and the code on the back's ", V(say_run(cvv, zero_word()), "CVV"))
    c.a("just to confirm, expiry ", V(say_expiry(m, y), "EXPIRY"), ", thank you")
    return c


def pos_card_hold_transfer():
    ind, g = greet()
    card, groups, _ = gen_card()
    gs = chunk(card, groups)
    c = Case("asr: card given, hold and transfer to payments, read again to second agent (%s)" % ind)
    c.a(g)
    c.c("i want to pay the outstanding bill, the card is ", V(say_groups(gs), "CARD_NUMBER", "card1"))
    c.a("ah, i can't take payments on this line, i'll put you on hold and transfer you to the payments team, two minutes")
    c.c("okay")
    c.a("hello, payments, you're speaking with %s, i understand you want to pay by card" % pick(AGENTS))
    c.c("yes, i already gave it to your colleague, it's ", V(say_groups(gs, fill=False), "CARD_NUMBER", "card2"))
    c.a("sorry, you broke up a little, can you give me the last bit again after ",
        V(say_run(gs[-2], zero_word()), "CARD_NUMBER", "card2~ok1"))
    c.c(pick(["", "um, ", "yeah "]), V(say_run(gs[-1], zero_word()), "CARD_NUMBER", "card2~ok2"))
    c.a(bc() + ", thanks, that's gone through")
    return c


def pos_card_lastfour_after_full():
    ind, g = chat_greet()
    card, groups, _ = gen_card()
    c = Case("chat then recap: full card given, later 'card ending' mention is labelled (%s)" % ind)
    c.a(g)
    c.c("need to swap my direct debit to card. number ", V(write_card(card, groups), "CARD_NUMBER", "card"))
    c.a("Thanks, one moment while I check that.")
    c.a("Okay, I've set up the recurring payment on the card ending ", V(card[-4:], "CARD_NUMBER", "card~ok"), ", first collection on the 3rd.")
    c.c(pick(["great thx", "cheers", "perfect thank you"]))
    return c


def pos_ssn_chat():
    _, g = chat_greet()
    s = gen_ssn()
    st = R.randint(0, 3)
    w = ["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s, "%s.%s.%s" % (s[:3], s[3:5], s[5:])][st]
    c = Case("chat: US social security number typed with label")
    c.a(g)
    c.c(pick(["hi need to verify my acct for the tax form", "Hello I'm trying to get my 1099 reissued", "hey im locked out of my benefits account"]))
    c.a("I can help. Please confirm your full SSN for verification.")
    c.c(pick(["ssn: ", "SSN ", "social is ", "its ", "Social Security # "]), V(w, "SSN"))
    c.a("Thank you, that matches. The form will arrive in 7-10 business days.")
    return c


def pos_ssn_asr():
    s = gen_ssn()
    gs = [s[:3], s[3:5], s[5:]]
    ind = pick(["healthcare billing", "government services", "insurance", "banking"])
    c = Case("asr: SSN split over turns, agent read-back with single-digit correction (%s)" % ind)
    c.a("thank you for holding, i'm going to need your social security number to pull up the account")
    c.c(pick(["okay, ", "sure, ", "yeah it's "]), V(say_group(gs[0]), "SSN", "ssn"))
    c.a(bc())
    c.c(V(say_group(gs[1]), "SSN", "ssn"))
    c.a(bc())
    c.c(V(say_group(gs[2]), "SSN", "ssn"))
    j = R.randrange(9)
    bad = list(s)
    bad[j] = str((int(bad[j]) + R.randint(1, 8)) % 10)
    bad = "".join(bad)
    c.a("okay so that's ", V(say_groups([bad[:3], bad[3:5], bad[5:]], fancy=False, fill=False), "SSN", "ssn~bad"))
    c.c("no, it's ", V(say_groups(gs, fancy=False, fill=False), "SSN", "ssn2"))
    c.a("sorry about that, ", V(say_groups(gs, fancy=False, fill=False), "SSN", "ssn3"), ", okay, i've got you")
    return c


def ni_written(n):
    st = R.randint(0, 4)
    if st == 0:
        w = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif st == 1:
        w = n
    elif st == 2:
        w = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif st == 3:
        w = "%s %s %s" % (n[:2], n[2:8], n[8])
    else:
        w = n[0] + n[1].lower() + n[2:8] + n[8].lower()
    return w.lower() if chance(0.3) else w


def pos_ni_chat():
    _, g = chat_greet()
    n = gen_ni()
    c = Case("chat: UK national insurance number typed, varied format/case")
    c.a(g)
    c.c(pick(["hi im updating my details for the pension", "Hello, the claim form wants my NI", "hiya changing employer need to update"]))
    c.a("No problem - what's your National Insurance number?")
    c.c(pick(["ni no: ", "NI number ", "its ", "NINO - ", "national insurance: "]), V(ni_written(n), "NI_NUMBER"))
    if chance(0.5):
        c.a("Thanks, I have ", V(n, "NI_NUMBER"), " - is that right?")
        c.c("yes")
    return c


def say_ni(n, nato=0.35):
    return say_alnum(n[:2], nato) + pick([", ", " "]) + say_groups([n[2:4], n[4:6], n[6:8]], fill=False, alnum=True) + pick([", ", " ... ", " "]) + say_letter(n[8], nato)


def pos_ni_asr():
    n = gen_ni()
    c = Case("asr: NI number with NATO spelling, read-back and corrected letter")
    c.a("okay and can i take your national insurance number please")
    c.c(pick(["yeah it's ", "um, ", "it's "]), V(say_alnum(n[:2], 0.5), "NI_NUMBER", "ni"))
    c.a(bc())
    c.c(V(say_groups([n[2:4], n[4:6], n[6:8]], alnum=True), "NI_NUMBER", "ni"), ", ", pick(["and then ", "then ", "and the letter's "]), V(say_letter(n[8], 0.6), "NI_NUMBER", "ni"))
    wrongl = pick([x for x in "ABCD" if x != n[8]])
    c.a("so that's ", V(say_ni(n[:8] + wrongl, 0.1), "NI_NUMBER", "ni~bad"))
    c.c("no the last letter is ", V(say_letter(n[8], 0.9), "NI_NUMBER", "ni~bad2"), ", not ", V(say_letter(wrongl, 0.0), "NI_NUMBER", "ni~bad3"))
    c.a("ah, ", V(say_ni(n, 0.2), "NI_NUMBER", "ni2"), ", thank you")
    return c


def pos_bank_uk():
    sc = rand_digits(6)
    acc = rand_digits(8)
    ind = pick(["banking", "utilities", "telecom", "insurance"])
    c = Case("asr: UK sort code and account number for direct debit, piecewise read-back (%s)" % ind)
    c.a("so to set up the direct debit i need the sort code and account number")
    c.c(pick(["sort code is ", "okay, sort code ", "right, the sort code's "]), V(say_groups([sc[:2], sc[2:4], sc[4:]]), "SORT_CODE", "sc"))
    c.a(V(say_groups([sc[:2], sc[2:4], sc[4:]], fancy=False, fill=False), "SORT_CODE", "sc~rb"), ", " + bc())
    c.c("and the account number, hang on, ", V(say_groups([acc[:4], acc[4:]]), "BANK_ACCOUNT", "acc"))
    c.a("sorry was that ", V(say_run(acc[:4], zero_word()), "BANK_ACCOUNT", "acc~ok1"), " at the start")
    c.c("yes, ", V(say_run(acc[:4], zero_word()), "BANK_ACCOUNT", "acc~ok2"), " then ", V(say_run(acc[4:], zero_word()), "BANK_ACCOUNT", "acc~ok3"))
    c.a("lovely, that's all set up, first payment of £%d comes out on the %s" % (R.randint(20, 90), pick(ORD[1:21])))
    return c


def pos_bank_us():
    acc = rand_digits(R.randint(9, 12))
    _, g = chat_greet()
    c = Case("chat: US checking account number typed with label")
    c.a(g)
    c.c(pick(["want to set up autopay from checking", "Hi, refund should go to my bank acct", "pls update my payout account"]))
    c.a("Sure. Please provide the account number.")
    c.c(pick(["acct no: ", "account # ", "Acct: ", "checking acct ", ""]), V(acc if chance(0.6) else " ".join(chunk(acc, [3] * (len(acc) // 3) + ([len(acc) % 3] if len(acc) % 3 else []))), "BANK_ACCOUNT"))
    c.a("Thanks! Ending in %s, correct? Refunds take 5-7 business days." % acc[-4:])
    c.c("yes")
    return c


def pos_iban():
    ib = gen_iban()
    gs = iban_groups(ib)
    ind = pick(["travel", "retail", "insurance", "banking", "utilities"])
    if chance(0.5):
        _, g = chat_greet()
        c = Case("chat: IBAN typed for refund, spacing varies (%s)" % ind)
        c.a(g)
        c.c("can the refund go to my bank please, iban ", V(" ".join(gs) if chance(0.5) else (ib if chance(0.5) else ib.lower()), "IBAN"))
        c.a("Thanks, I've added IBAN ", V(" ".join(gs), "IBAN"), " to the refund request.")
        return c
    c = Case("asr: IBAN read in groups across turns with back-channels (%s)" % ind)
    c.a("for the refund i'll need your iban please")
    k = R.randint(2, len(gs) - 2)
    c.c("okay, it's ", V(", ".join(say_alnum(x, 0.25) for x in gs[:k]), "IBAN", "ib"))
    c.a(bc())
    c.c(V(", ".join(say_alnum(x, 0.1) for x in gs[k:]), "IBAN", "ib"))
    c.a("and that starts ", V(say_alnum(gs[0], 0.0), "IBAN", "ib~ok"), ", yes?")
    c.c("yes")
    return c


def say_phone(groups):
    out = []
    z = zero_word()
    for gg in groups:
        if gg.startswith("+"):
            out.append("plus " + say_run(gg[1:], z))
        else:
            out.append(say_group(gg, z))
    return pick([", ", ", ", " ... ", ", um, "]).join(out)


def pos_phone_asr():
    canon, w, groups = gen_phone()
    ind, g = greet()
    c = Case("asr: phone number with read-back and a corrected digit (%s)" % ind)
    c.a(g)
    c.c("hi i need to update my contact number")
    c.a("sure what's the new one")
    c.c(pick(["it's ", "um, ", "so it's "]), V(say_phone(groups), "PHONE", "ph"))
    j = R.randrange(len(groups))
    while groups[j].startswith("+") or len(groups[j]) < 2:
        j = (j + 1) % len(groups)
    bad = list(groups[j])
    p = R.randrange(1, len(bad))
    bad[p] = str((int(bad[p]) + R.randint(1, 8)) % 10)
    rb = list(groups)
    rb[j] = "".join(bad)
    c.a("let me read that back, ", V(", ".join(("plus " + say_run(x[1:], "oh")) if x.startswith("+") else say_run(x, "oh") for x in rb), "PHONE", "ph~bad"))
    c.c("no, ", V(say_run(groups[j], zero_word()), "PHONE", "ph~ok1"), pick([" in the middle", ", not " + say_run(rb[j], "oh"), " there"]) if False else " in that bit")
    c.a("okay, ", V(", ".join(("plus " + say_run(x[1:], "oh")) if x.startswith("+") else say_run(x, "oh") for x in groups), "PHONE", "ph2"), ", updated")
    return c


def pos_phone_chat():
    canon, w, groups = gen_phone()
    _, g = chat_greet()
    c = Case("chat: phone number typed with label")
    c.a(g)
    c.c(pick(["pls call me back on ", "mob: ", "new number is ", "Tel ", "can u ring me ", "contact no. "]), V(w, "PHONE"), pick(["", " thx", " after 5pm", " ta"]))
    c.a("Thanks, we'll call you back within 2 hours.")
    return c


def pos_email_asr():
    em, f, l = gen_email()
    ind, g = greet()
    c = Case("asr: e-mail spelled out, agent read-back, partial repeat of the domain (%s)" % ind)
    c.a(g)
    c.c("hiya, can you send the confirmation to my email")
    c.a("course, what's the email address")
    c.c(pick(["it's ", "yeah it's ", "um, "]), V(say_email(em), "EMAIL", "em"))
    c.a("so that's ", V(say_email(em, 0.0), "EMAIL", "em2"), "?")
    dom = em.split("@")[1]
    c.c("yes, ", pick(["", "at "]) + "", V(dom.replace(".", " dot "), "EMAIL", "em~ok"), pick([", all lower case", " yeah", ""]))
    c.a("brilliant, that's on its way now")
    return c


def pos_email_chat():
    em, f, l = gen_email()
    _, g = chat_greet()
    shown = em if chance(0.6) else (em.upper() if chance(0.3) else em[0].upper() + em[1:])
    c = Case("chat: e-mail typed with label")
    c.a(g)
    c.c(pick(["email: ", "pls send to ", "my email is ", "E-mail ", "send receipt to "]), V(shown, "EMAIL"), pick(["", " thanks", " ty"]))
    c.a("Done - receipt sent to ", V(em, "EMAIL"), ".")
    return c


def pos_dob():
    y, m, d = gen_dob()
    ind, g = greet()
    who = pick(["", "", "my husband's ", "my daughter's ", "my dad's "])
    c = Case("asr/chat: date of birth %s(%s)" % ("for someone else " if who else "", ind))
    if chance(0.4):
        c.a(pick(["Please confirm the date of birth on the account.", "For security, what's the DOB?"]))
        c.c(pick(["dob ", "D.O.B: ", "its ", "born "]), V(write_dob(y, m, d, us=chance(0.4)), "DOB"))
        return c
    c.a(g)
    c.c("i'm calling about %saccount" % (who or "my "))
    c.a("okay, can i take %sdate of birth" % ("their " if who else "your "))
    c.c(pick(["", "um, ", "it's the "]), V(say_dob(y, m, d), "DOB", "dob"))
    c.a(pick(["and that's ", "so "]), V(say_dob(y, m, d, 2), "DOB", "dob2"), "?")
    c.c(pick(["yep", "that's right", "yes"]))
    return c


def pos_address_uk():
    num = R.randint(1, 240)
    st = pick(STREETS)
    flat = R.randint(1, 30) if chance(0.3) else None
    pc = gen_uk_postcode()
    town = pick(TOWNS_UK)
    ind = pick(["utilities", "telecom", "retail", "government services", "insurance"])
    c = Case("asr: UK address and postcode, agent reads back the postcode piece by piece (%s)" % ind)
    c.a("can you confirm the first line of the address and the postcode")
    c.c(pick(["yeah it's ", "", "um, "]), V(say_address(num, st, flat), "ADDRESS"), ", %s, " % town.lower(), V(say_postcode(pc), "POSTCODE", "pc"))
    out, inn = pc.split(" ")
    c.a(V(say_alnum(out, 0.0, False), "POSTCODE", "pc~ok1"), "?")
    c.c("yes, then ", V(say_alnum(inn, 0.5, False), "POSTCODE", "pc~ok2"))
    c.a("lovely, and that's ", V(say_address(num, st, flat), "ADDRESS"), pick([", yeah", "?"]))
    c.c("that's it")
    return c


def pos_address_us():
    num = R.randint(10, 9800)
    st = pick(US_STREETS)
    z = gen_zip()
    town = pick(TOWNS_US)
    _, g = chat_greet()
    addr = "%d %s" % (num, st) + (", Apt %d%s" % (R.randint(1, 20), pick("ABC")) if chance(0.3) else "")
    c = Case("chat: US street address and ZIP typed")
    c.a(g)
    c.c("need to change my shipping address to ", V(addr, "ADDRESS"), ", %s, %s " % (town, pick(["TX", "OH", "ID", "FL", "CA"])), V(z, "POSTCODE"))
    c.a("Updated. Your order #%d will ship there." % R.randint(100000, 999999))
    return c


def pos_verify_combo():
    y, m, d = gen_dob()
    pc = gen_uk_postcode()
    canon, w, groups = gen_phone()
    ind = pick(["government services", "healthcare billing", "banking", "telecom"])
    c = Case("asr: security questions DOB, postcode, phone, with hold in between (%s)" % ind)
    c.a("before i can go into the account i need to do security, date of birth first")
    c.c(V(say_dob(y, m, d), "DOB"))
    c.a("and the postcode")
    c.c(pick(["", "it's "]), V(say_postcode(pc), "POSTCODE"))
    c.a("thank you, i'm just going to pop you on hold while i pull that up, bear with me")
    c.a("thanks for holding, and the phone number we've got on file, can you confirm it")
    c.c(pick(["", "erm, ", "is it the mobile? "]), V(say_phone(groups), "PHONE"))
    c.a("that's great, you're through security")
    return c


def pos_health_ssn_dob():
    s = gen_ssn()
    y, m, d = gen_dob()
    c = Case("asr: healthcare billing, caller for parent gives SSN and DOB, agent partial repeat")
    c.a("patient billing, this is %s, how can i help" % pick(AGENTS))
    c.c("hi, i'm calling for my father, he's here with me, it's about a bill from the hospital")
    c.a("okay, i'll need his social and date of birth")
    c.c("his social is ", V(say_groups([s[:3], s[3:5], s[5:]]), "SSN", "ssn"), ", ", pick(ASIDES), ", and he was born ", V(say_dob(y, m, d), "DOB"))
    c.a("and the middle two of the social were ", V(say_run(s[3:5], "oh"), "SSN", "ssn~ok"), "?")
    c.c("yes")
    c.a("thank you, i see a balance of $%d.%02d" % (R.randint(50, 3000), R.randint(0, 99)))
    return c


def pos_insurance_ni_address():
    n = gen_ni()
    num = R.randint(1, 180)
    st = pick(STREETS)
    pc = gen_uk_postcode()
    _, g = chat_greet()
    c = Case("chat: insurance claim, NI number and address typed in one message")
    c.a(g)
    c.c("hi re my claim. NI ", V(ni_written(n), "NI_NUMBER"), ", address ", V("%d %s" % (num, st if chance(0.5) else st.lower()), "ADDRESS"), ", %s " % pick(TOWNS_UK), V(pc if chance(0.7) else pc.lower(), "POSTCODE"))
    c.a("Thank you. Claim reference CLM-%d is now linked." % R.randint(100000, 999999))
    return c


def pos_ie_eu_mixed():
    ib = gen_iban()
    canon, w, groups = gen_phone()
    em, f, l = gen_email()
    c = Case("chat: Irish/EU customer gives IBAN, phone and e-mail across messages")
    c.a("Hi, this is %s at Bluejet Holidays. How can I help?" % pick(AGENTS).title())
    c.c("hi, trip was cancelled, refund to ", V(" ".join(iban_groups(ib)), "IBAN"))
    c.a("Thanks. Best contact number and e-mail?")
    c.c(V(w, "PHONE"))
    c.c(V(em, "EMAIL"), " pls")
    c.a("Got it, confirmation goes to ", V(em, "EMAIL"), ".")
    return c


POS_TEMPLATES = [pos_card_chat, pos_card_asr_split, pos_card_correction, pos_card_piecewise,
                 pos_card_for_someone, pos_card_hold_transfer, pos_card_lastfour_after_full,
                 pos_ssn_chat, pos_ssn_asr, pos_ni_chat, pos_ni_asr, pos_bank_uk, pos_bank_us,
                 pos_iban, pos_phone_asr, pos_phone_chat, pos_email_asr, pos_email_chat, pos_dob,
                 pos_address_uk, pos_address_us, pos_verify_combo, pos_health_ssn_dob,
                 pos_insurance_ni_address, pos_ie_eu_mixed]


# ----------------------------------------------------------------------------
# negative templates
# ----------------------------------------------------------------------------

def neg_balance():
    ind, g = greet()
    c = Case("negative: balance, amounts, payment date (%s)" % ind)
    c.a(g)
    c.c("what's my balance and when's the next payment")
    amt = R.randint(100, 9999)
    c.a("your balance is %s pounds and %s pence, and the next payment of %s is due on the %s of %s" % (
        num_words(amt // 10) if amt // 10 < 1000 else str(amt // 10), num_words(amt % 100), "$%d.%02d" % (R.randint(10, 500), R.randint(0, 99)),
        pick(ORD[1:21]), pick(MONTHS)))
    c.c("and how much is the late fee, is it %d percent" % R.randint(2, 30))
    return c


def fake_long():
    while True:
        s = rand_digits(16)
        if not luhn_ok(s) or chance(0.3):
            return s


def neg_order_like_card():
    s = fake_long()
    lab = pick(["order number", "tracking number", "reference number", "booking reference", "case number", "membership number"])
    c = Case("negative: %s read in fours like a card, read back piecewise" % lab)
    c.a("can i take the %s please" % lab)
    gs = chunk(s, [4, 4, 4, 4])
    c.c("yeah the %s is %s" % (lab, say_groups(gs[:2])))
    c.a(bc())
    c.c(say_groups(gs[2:]))
    c.a("so the %s is %s, and that's for the order placed on the %s" % (lab, say_groups(gs, False, False), pick(ORD[1:21])))
    c.c("yes")
    return c


def neg_card_last_four():
    d = rand_digits(4)
    c = Case("negative: card last four only, no full card in case")
    c.a("i can see two cards on the account, which one do you want to use")
    c.c("the one ending %s" % pick([d, say_run(d, "oh")]))
    c.a("the visa ending %s, okay, and it's the card ending in %s that expired, is that right" % (say_run(d, "oh"), rand_digits(4)))
    c.c("yes that's the old one")
    return c


def neg_reference_labels():
    _, g = chat_greet()
    c = Case("negative: typed order/invoice/ticket/claim/policy numbers with labels")
    c.a(g)
    items = [
        "order #%d" % R.randint(10000000, 99999999),
        "invoice INV-%d-%06d" % (R.randint(2019, 2026), R.randint(0, 999999)),
        "ticket no %d" % R.randint(1000000, 9999999),
        "claim ref CLM%09d" % R.randint(0, 999999999),
        "policy number POL-%s-%s" % (rand_digits(4), rand_digits(6)),
        "tracking 1Z%s%s" % ("".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), rand_digits(14)),
        "serial SN%s" % rand_digits(12),
        "model XR-%d" % R.randint(100, 9999),
    ]
    R.shuffle(items)
    c.c("hi, about %s and %s pls" % (items[0], items[1]))
    c.a("Thanks, I can see %s was raised on %s %d." % (items[2], pick(MONTHS).title(), R.randint(1, 28)))
    return c


def neg_meter():
    r1 = rand_digits(5)
    c = Case("negative: meter readings and serial numbers (utilities)")
    c.a("thanks for calling northway energy, have you got a meter reading for me")
    c.c("yeah, the electric is %s, and the gas is %s" % (say_groups([r1[:3], r1[3:]]), say_run(rand_digits(5), "oh")))
    c.a("and the meter serial, it's on the sticker, starts with letters")
    c.c("e one four, %s" % say_groups([rand_digits(4), rand_digits(4)], False))
    c.a("perfect, your next bill will be about %d pounds" % R.randint(40, 300))
    return c


def neg_travel():
    c = Case("negative: flight, gate, seat, room numbers and times (travel)")
    c.a("bluejet holidays, how can i help")
    c.c("my flight %s %d on the %s, what gate, and i'm in seat %d%s" % (pick(["bj", "ba", "fr", "ei"]), R.randint(100, 9999), pick(ORD[1:21]), R.randint(1, 40), pick("ABCDEF")))
    c.a("that's gate %d, boarding at %s %s, and your hotel room is %s, check in from %s pm" % (
        R.randint(1, 60), pick(["six", "seven", "eleven", "nine"]), pick(["fifteen", "forty", "thirty", "o'clock"]), say_group(str(R.randint(101, 999))), pick(["two", "three", "four"])))
    c.c("and it's %d hours to get there?" % R.randint(2, 14))
    return c


def neg_hours_durations():
    ind, g = greet()
    c = Case("negative: opening hours, durations, wait times, counts (%s)" % ind)
    c.a(g)
    c.c("what time are you open till on saturdays")
    c.a("we're open eight till eight weekdays and nine till %s on saturday, the wait's about %s minutes right now" % (pick(["five", "four", "one"]), num_words(R.randint(3, 45))))
    c.c("okay and i've rung %s times this week, %d hours on hold in total" % (num_words(R.randint(3, 9)), R.randint(2, 6)))
    return c


def neg_ages_temps():
    c = Case("negative: ages, temperatures, percentages, years, counts")
    c.c("my mum's %s, she's had the heating at %d degrees since %d and the bill's gone up %d percent" % (
        num_words(R.randint(60, 99)), R.randint(15, 25), R.randint(1995, 2024), R.randint(5, 60)))
    c.a("i understand, that's %d%% on last year, and there are %s people in the house?" % (R.randint(5, 60), num_words(R.randint(2, 7))))
    c.c("%s, and we've been customers for %s years" % (num_words(R.randint(2, 7)), num_words(R.randint(3, 40))))
    return c


def neg_appointment_dates():
    c = Case("negative: appointment, contract and payment dates (not DOB)")
    c.a("i can book the engineer for %s the %s of %s between %s and %s" % (pick(["monday", "tuesday", "friday"]), pick(ORD[1:21]), pick(MONTHS), pick(["eight", "nine"]), pick(["twelve", "one"])))
    c.c("fine, and my contract ends %s/%s/%d, right?" % ("%02d" % R.randint(1, 28), "%02d" % R.randint(1, 12), R.randint(2025, 2029)))
    c.a("yes, ends on %s %d %d, payment on the %s each month" % (pick(MONTHS).title(), R.randint(1, 28), R.randint(2025, 2029), pick(ORD[1:21])))
    return c


def neg_roads():
    c = Case("negative: road names, junctions and route numbers")
    c.c("the van broke down on the %s near junction %d, just off the %s" % (pick(["m25", "M6", "A40", "m4", "I-95", "N7"]), R.randint(1, 40), pick(["B4009", "A3", "route 66", "a road"])))
    c.a("okay, recovery truck is about %d minutes out, reference %d" % (R.randint(20, 90), R.randint(100000, 999999)))
    return c


def neg_policy_spoken():
    lab = pick(["policy number", "claim number", "customer reference", "account reference on the letter", "ticket number"])
    s = rand_digits(R.randint(8, 12))
    c = Case("negative: %s spoken digit by digit, read back with a correction" % lab)
    c.a("what's the %s" % lab)
    c.c("it's %s" % say_groups(chunk(s, [3] * (len(s) // 3) + ([len(s) % 3] if len(s) % 3 else []))))
    bad = list(s)
    bad[2] = str((int(bad[2]) + 1) % 10)
    c.a("so %s" % say_run("".join(bad), "oh"))
    c.c("no, the third one's %s" % say_digit(s[2], "zero"))
    c.a("sorry, %s, found it, that's on file" % say_run(s, "oh"))
    return c


def neg_serial_model():
    s = fake_long()
    c = Case("negative: device serial/IMEI-like numbers and model numbers (telecom)")
    c.a("skyline mobile, go ahead")
    c.c("my handset model is %s and the serial on the box is %s" % (pick(["sm-a%d" % R.randint(100, 999), "iphone %d" % R.randint(11, 16), "pixel %d" % R.randint(6, 9)]), " ".join(chunk(s, [4, 4, 4, 4]))))
    c.a("thanks, and that's the %d gig plan at %d pounds a month" % (pick([5, 10, 30, 100]), R.randint(8, 45)))
    return c


def neg_hold_transfer():
    c = Case("negative: hold and transfer with extension and queue position")
    c.a("i'm going to transfer you to billing on extension %d, you're number %s in the queue" % (R.randint(2000, 8999), num_words(R.randint(2, 12))))
    c.c("how long will that be")
    c.a("about %s minutes, sorry, it's %s o'clock so it's busy" % (num_words(R.randint(4, 25)), pick(["twelve", "one", "five"])))
    c.a("thanks for holding, billing here, i've got your case number %s" % " ".join(chunk(rand_digits(9), [3, 3, 3])))
    return c


def neg_prices_chat():
    _, g = chat_greet()
    c = Case("negative: prices, quantities, promo codes and sizes in chat")
    c.a(g)
    c.c("hi the %s was £%d.99 but i was charged £%d.99 x %d, promo code SAVE%d didnt work" % (pick(["kettle", "sofa", "jacket", "router"]), R.randint(10, 900), R.randint(10, 900), R.randint(2, 5), R.randint(10, 50)))
    c.a("Sorry about that! Refund of £%d.%02d issued, it takes 3-5 working days. Item code %s." % (R.randint(10, 900), R.randint(0, 99), rand_digits(13)))
    return c


NEG_TEMPLATES = [neg_balance, neg_order_like_card, neg_card_last_four, neg_reference_labels, neg_meter,
                 neg_travel, neg_hours_durations, neg_ages_temps, neg_appointment_dates, neg_roads,
                 neg_policy_spoken, neg_serial_model, neg_hold_transfer, neg_prices_chat]

N_POS = 250
N_NEG = 126


def generate():
    lines, metas = [], []
    for i in range(N_POS):
        case = POS_TEMPLATES[i % len(POS_TEMPLATES)]()
        obj, meta = case.build("h500-pos-%03d" % (i + 1), "positive")
        lines.append(obj)
        metas.append(meta)
    for i in range(N_NEG):
        case = NEG_TEMPLATES[i % len(NEG_TEMPLATES)]()
        obj, meta = case.build("h500-neg-%03d" % (i + 1), "negative")
        assert not obj["spans"]
        lines.append(obj)
        metas.append(meta)
    text = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines)
    return text, lines, metas


# ----------------------------------------------------------------------------
# normalisation & validation
# ----------------------------------------------------------------------------
UNIT_MAP = {w: str(i) for i, w in enumerate(UNITS)}
UNIT_MAP.update({"oh": "0", "nought": "0", "nil": "0"})
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEEN_NAMES)}
TENS_MAP = {w: i for i, w in enumerate(TENS_NAMES) if w}
ORD_MAP = {w: i for i, w in enumerate(ORD) if w}
ORD_MAP.update({"thirtieth": 30})
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["xray"] = "x"


def tokenize(text):
    return re.findall(r"\.\.\.|x-ray|[a-z]+|\d+|[^\sa-z\d]", text.lower())


def norm(text, mode):
    """mode: digits | alnum | email | date. Returns (normalised string, unknown words)."""
    toks = tokenize(text)
    out, unk = [], []

    def digit_of(t):
        if t is None:
            return None
        if t in UNIT_MAP:
            return UNIT_MAP[t]
        if t == "o" and mode == "digits":
            return "0"
        return None

    def two_at(j):
        if j >= len(toks):
            return None, j
        t = toks[j]
        if t in TENS_MAP:
            if j + 1 < len(toks) and toks[j + 1] in UNIT_MAP and toks[j + 1] not in ("zero", "oh", "nought", "nil"):
                return str(TENS_MAP[t] * 10 + int(UNIT_MAP[toks[j + 1]])), j + 2
            return str(TENS_MAP[t] * 10), j + 1
        if t in TEEN_MAP:
            return TEEN_MAP[t], j + 1
        if t in UNIT_MAP and t not in ("zero", "oh", "nought", "nil"):
            return UNIT_MAP[t], j + 1
        return None, j

    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS:
            i += 1
            continue
        if mode == "email" and t in (".", "@", "_", "-"):
            out.append(t)
            i += 1
            continue
        if t in ("+", "plus"):
            out.append("+")
            i += 1
            continue
        if t == "x-ray":
            t = "xray"
        if not re.match(r"[a-z0-9]", t):
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and digit_of(nxt) is not None:
            out.append(digit_of(nxt) * (2 if t == "double" else 3))
            i += 2
            continue
        d = digit_of(t)
        if d is not None:
            if nxt == "hundred":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                s, j2 = two_at(j)
                out.append(d + (s.zfill(2) if s else "00"))
                i = j2 if s else i + 2
                continue
            if nxt == "thousand":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                s, j2 = two_at(j)
                out.append(d + (s.zfill(3) if s else "000"))
                i = j2 if s else i + 2
                continue
            out.append(d)
            i += 1
            continue
        if t in TEEN_MAP or t in TENS_MAP:
            if t in TENS_MAP and nxt in ORD_MAP and ORD_MAP[nxt] < 10:
                out.append(str(TENS_MAP[t] * 10 + ORD_MAP[nxt]))
                i += 2
                continue
            s, j = two_at(i)
            out.append(s)
            i = j
            continue
        if mode == "date":
            if t in ORD_MAP:
                out.append("%02d" % ORD_MAP[t])
                i += 1
                continue
            mm = [k for k, mn in enumerate(MONTHS) if mn == t or mn[:3] == t]
            if mm:
                out.append("M%02d" % (mm[0] + 1))
                i += 1
                continue
            if t in ("of", "the", "slash"):
                i += 1
                continue
            unk.append(t)
            i += 1
            continue
        if mode == "email":
            if t == "dot":
                out.append(".")
            elif t == "at":
                out.append("@")
            elif t == "underscore":
                out.append("_")
            elif t in ("dash", "hyphen"):
                out.append("-")
            else:
                # a spelled repeat "doe, d o e" duplicates: handled by caller
                out.append(t)
            i += 1
            continue
        if mode == "alnum":
            if t in NATO_REV:
                out.append(NATO_REV[t].upper())
                i += 1
                continue
            if len(t) <= 4 and t not in ("for", "as", "in", "and", "then", "not"):
                out.append(t.upper())
                if len(t) == 1 and nxt == "for" and i + 2 < len(toks):
                    i += 3
                    continue
                if len(t) == 1 and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                    i += 4
                    continue
                i += 1
                continue
        unk.append(t)
        i += 1
    return "".join(out), unk


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
STREET_WORDS = {"lane", "road", "street", "avenue", "close", "drive", "crescent", "grove", "way", "place",
                "terrace", "court", "gardens", "boulevard", "ave", "st", "rd", "blvd", "dr"}


def iban_ok(s):
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def email_norm(text):
    if "@" in text:
        return text.lower(), []
    # collapse spelled repeats "doe, d o e" -> "doe"
    t = re.sub(r"\b([a-z]{2,}), ((?:[a-z] )*[a-z])\b", lambda m: m.group(1) if m.group(2).replace(" ", "") == m.group(1) else m.group(0), text.lower())
    return norm(t, "email")


def validate_value(typ, text, full):
    """full=True: complete value; otherwise a fragment (nonempty, well-formed tokens)."""
    if typ == "EMAIL":
        s, unk = email_norm(text)
        if unk:
            return False, "unknown %r" % unk
        if not full:
            return bool(re.match(r"^[a-z0-9.@_-]+$", s)), s
        return bool(EMAIL_RE.match(s)), s
    if typ == "ADDRESS":
        low = text.lower()
        words = set(re.findall(r"[a-z]+", low))
        has_num = bool(re.search(r"\d", low)) or any(w in UNIT_MAP or w in TEEN_MAP or w in TENS_MAP for w in words)
        return bool(words & STREET_WORDS) and has_num, low
    if typ in ("DOB", "EXPIRY"):
        s, unk = norm(text, "date")
        if unk:
            return False, "unknown %r" % unk
        if typ == "DOB":
            ok = bool(re.search(r"(19|20)\d\d", s)) or bool(re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2}", text))
            return ok and len(re.sub(r"\D", "", s)) >= 4, s
        digits = re.sub(r"M\d\d", "", s)
        if "M" in s:
            return len(digits) in (2, 4) and digits.isdigit(), s
        return len(digits) in (3, 4, 6) and digits.isdigit() and 1 <= int(digits[:-2] if len(digits) != 6 else digits[:2]) <= 12, s
    mode = "alnum" if typ in ("NI_NUMBER", "IBAN", "POSTCODE") else "digits"
    s, unk = norm(text, mode)
    if unk:
        return False, "unknown %r" % unk
    if not full:
        return bool(re.match(r"^\+?[A-Z0-9]+$", s)), s
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s), s
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4), s
    if typ == "SSN":
        return s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9", s
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(s)) and s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"), s
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 17, s
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6, s
    if typ == "IBAN":
        return iban_ok(s), s
    if typ == "PHONE":
        return bool(re.match(r"^\+?\d{10,13}$", s)), s
    if typ == "POSTCODE":
        return bool(UK_PC.match(s)) or bool(re.match(r"^\d{5}(\d{4})?$", s)), s
    return False, "unknown type"


def check(text, lines, metas):
    errs = []
    with open(CASES, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    with open(README, encoding="utf-8") as fh:
        if fh.read() != readme(lines):
            errs.append("README.md is not byte-identical to regenerated output")
    ids = [o["id"] for o in lines]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for o, meta in zip(lines, metas):
        cid = o["id"]
        if set(o) != {"id", "kind", "turns", "spans", "note"}:
            errs.append("%s: bad keys" % cid)
        for t in o["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append("%s: bad turn" % cid)
        if o["kind"] == "negative" and o["spans"]:
            errs.append("%s: negative with spans" % cid)
        if o["kind"] == "positive" and not o["spans"]:
            errs.append("%s: positive without spans" % cid)
        groups = {}
        by_turn = {}
        for sp, grp in zip(o["spans"], meta):
            if sp["type"] not in TYPES:
                errs.append("%s: bad type" % cid)
            if not (0 <= sp["turn"] < len(o["turns"])):
                errs.append("%s: bad turn index" % cid)
                continue
            tx = o["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                errs.append("%s: offsets out of range" % cid)
                continue
            val = tx[s:e]
            if s > 0 and tx[s - 1].isalnum():
                errs.append("%s: span start not on word boundary %r" % (cid, val))
            if e < len(tx) and tx[e].isalnum():
                errs.append("%s: span end not on word boundary %r" % (cid, val))
            if not (val[0].isalnum() or val[0] == "+") or not val[-1].isalnum():
                errs.append("%s: span has outer punctuation/space %r" % (cid, val))
            by_turn.setdefault(sp["turn"], []).append((s, e))
            groups.setdefault(grp, []).append((sp["type"], val))
        for spans in by_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % cid)
        full_norm = {}
        for grp, items in groups.items():
            typs = {t for t, _ in items}
            if len(typs) != 1:
                errs.append("%s: mixed types in group %s" % (cid, grp))
                continue
            typ = typs.pop()
            if "~" in grp:
                for _, v in items:
                    ok, info = validate_value(typ, v, False)
                    if not ok:
                        errs.append("%s: bad %s fragment %r (%s)" % (cid, typ, v, info))
                continue
            joined = " , ".join(v for _, v in items) if typ not in ("EMAIL",) else " ".join(v for _, v in items)
            ok, info = validate_value(typ, joined, True)
            if not ok:
                errs.append("%s: invalid %s %r (%s)" % (cid, typ, joined, info))
            full_norm[grp] = info
        # substring check for "~ok" fragments against their full value
        for grp, items in groups.items():
            if "~ok" in grp:
                base = grp.split("~")[0]
                typ = items[0][0]
                if base in full_norm and typ != "EMAIL":
                    for _, v in items:
                        s, _u = norm(v, "alnum" if typ in ("NI_NUMBER", "IBAN", "POSTCODE") else "digits")
                        if s not in full_norm[base]:
                            errs.append("%s: fragment %r not part of %s" % (cid, v, full_norm[base]))
    return errs


def counts(lines):
    c = {t: 0 for t in TYPES}
    for o in lines:
        for sp in o["spans"]:
            c[sp["type"]] += 1
    return c


def readme(lines):
    c = counts(lines)
    npos = sum(1 for o in lines if o["kind"] == "positive")
    nneg = sum(1 for o in lines if o["kind"] == "negative")
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout500 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not fit thresholds, patterns, word lists or models
> against it, and do not copy its cases into training or development data. It exists only to
> measure the redaction engine on data it was not shaped around. If it leaks into tuning, it
> stops being a held-out set and a fresh one must be written.

## Who wrote it and how

Written by an AI helper acting as an independent test author, who did not see the redaction
code, its tests, fixtures or docs. Every case is produced by `scripts/make_pii_holdout500.py`
(Python standard library only, one generator `random.Random(500241125)`). Each turn is assembled
from plain-text segments and labelled value segments, so span offsets are computed, never typed.
All values are synthetic (Luhn-valid random cards, mod-97-valid IBANs, drama-range phone numbers).

`python scripts/make_pii_holdout500.py --check` regenerates the set and verifies: the file is
byte-identical, ids unique, offsets in range, on word boundaries and non-overlapping, and every
labelled value is valid after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI
format, 9 digits for SSN, 6 for sort codes, UK postcode / US ZIP format, e-mail syntax, etc.;
partial pieces of a value are checked for well-formedness and, for confirmed pieces, that they are
part of the full value).

## Format

`cases.jsonl`, one JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` = `customer`/`agent`, `text`), `spans` (`turn`, `start`, `end` exclusive, Python
character offsets into that turn's text, `type`), `note`.

%d positive cases, %d negative cases. Mix of typed chat/e-mail and lower-case ASR transcripts
across banking, telecom, utilities, retail, insurance, travel, healthcare billing and government
services (UK, US, Ireland, EU). Emphasis: back-and-forth — agent read-backs, single-digit and
letter corrections, restarted readings, values confirmed piece by piece, holds and transfers,
callers reading for someone else.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last (an international
  phone's leading `+` or spoken `plus` is included); lead-ins such as "it's", "my number is",
  "acct no:" are outside.
- A value split across turns (or interrupted by an aside) gets one span per piece, each with the
  value's type. Agent read-backs are labelled, including read-backs containing a wrong digit and
  abandoned/restarted partial readings, and single pieces repeated during confirmation.
- Filler words spoken inside a reading ("um", "uh", "er") and separators between groups are inside
  the span.
- PHONE spans include the country code. ADDRESS covers flat/house number and street, not the town;
  the postcode/ZIP is a separate POSTCODE span. DOB and EXPIRY cover the whole date expression.
- A card's last four said on their own are not PII, unless the full card was read in the same case
  (then the "card ending ..." mention is labelled CARD_NUMBER).
- Negative cases contain no PII and no spans: amounts, balances, prices, times, hours, durations,
  counts, ages, temperatures, percentages, years, appointment/contract/payment dates, labelled
  order/ticket/invoice/claim/reference/tracking/serial/model/policy/case numbers (some read in
  fours like a card, some 16 digits), meter readings, flight/gate/seat/room numbers, road names,
  extensions and card last-four mentions.

## Counts by type

| type | spans |
|---|---|
%s
| **total** | %d |
""" % (npos, nneg, rows, sum(c.values()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text, lines, metas = generate()
    c = counts(lines)
    npos = sum(1 for o in lines if o["kind"] == "positive")
    nneg = len(lines) - npos
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    short = [t for t in TYPES if c[t] < mins[t]]
    if args.check:
        errs = check(text, lines, metas)
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        if short:
            errs.append("too few spans for %s" % short)
        for e in errs[:60]:
            print("ERROR", e)
        if errs:
            print("%d errors" % len(errs))
            return 1
        print("OK: %d positive, %d negative, spans %s" % (npos, nneg, c))
        return 0
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as fh:
        fh.write(text)
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(readme(lines))
    print("wrote %d positive, %d negative; spans %s" % (npos, nneg, c))
    return 0


if __name__ == "__main__":
    sys.exit(main())

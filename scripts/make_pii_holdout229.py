#!/usr/bin/env python3
"""Generate the held-out PII redaction set h229 (UK/IE-heavy contact-centre data).

Written by an independent author (AI helper) who did not see the redaction code.
Standard library only. Output is byte-for-byte reproducible (seed 229241126).

    python scripts/make_pii_holdout229.py          # write fixture + README
    python scripts/make_pii_holdout229.py --check  # regenerate and verify
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 229241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout229")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "cat", "d": "david", "e": "edward", "g": "george",
        "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nellie",
        "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xmas",
        "y": "yellow", "z": "zebra"}
LETTERNAMES = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G", "jay": "J",
               "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P", "pea": "P", "are": "R",
               "ess": "S", "tee": "T", "tea": "T", "why": "Y", "ex": "X", "zed": "Z",
               "aitch": "H", "haitch": "H"}
HOMO_SAY = {"2": "to", "4": "for", "8": "ate", "1": "won"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm"}


# ---------------------------------------------------------------- speaking helpers
def pair_word(p):
    n = int(p)
    if n < 10:
        raise ValueError(p)
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def say(d, zero="oh", doubles=True, pairs=False, homo=False, rng=None):
    """Speak a digit string the way a caller / ASR would."""
    rng = rng or R
    out, i = [], 0
    def unit(c):
        if c == "0":
            return zero
        if homo and c in HOMO_SAY and rng.random() < 0.3:
            return HOMO_SAY[c]
        return UNITS[int(c)]
    while i < len(d):
        c = d[i]
        if doubles and i + 2 < len(d) and d[i + 1] == c and d[i + 2] == c and rng.random() < 0.7:
            out.append("triple " + unit(c)); i += 3; continue
        if doubles and i + 1 < len(d) and d[i + 1] == c and rng.random() < 0.6:
            out.append("double " + unit(c)); i += 2; continue
        if (pairs and i + 1 < len(d) and c != "0" and (d[i + 1] != "0" or i + 2 == len(d))
                and rng.random() < 0.6):
            out.append(pair_word(d[i:i + 2])); i += 2; continue
        out.append(unit(c)); i += 1
    return " ".join(out)


def say_groups(groups, sep=" ", **kw):
    return sep.join(say(g, **kw) for g in groups)


def spell(s, style="plain", rng=None):
    """Spell an alphanumeric string: letters spoken, digits as words."""
    rng = rng or R
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(UNITS[int(ch)] if ch != "0" else "oh")
        elif ch == " ":
            continue
        elif style == "nato":
            out.append(NATO[ch])
        elif ch == "o":
            out.append("o for oscar")  # keep letter O distinct from spoken zero
        elif style == "for" and rng.random() < 0.6:
            w = NATO[ch] if rng.random() < 0.6 or ch not in FOLK else FOLK[ch]
            out.append(ch + " for " + w)
        else:
            out.append(ch)
    return " ".join(out)


# ---------------------------------------------------------------- value generators
def digits(n, first="123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "mc2"])
    pre, n = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55"]), 16),
              "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
              "visa19": ("4", 19), "mc2": ("22" + str(R.randint(21, 71)), 16),
              "visa13": ("4", 13)}[kind]
    body = pre + "".join(R.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:13]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1
    except ValueError:
        return False


def make_iban(cc=None):
    cc = cc or R.choice(["IE", "IE", "GB", "GB", "DE", "FR", "NL", "ES"])
    if cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(6) + digits(8, "0123456789")
    elif cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8, "0123456789")
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(10) + digits(11, "0123456789") + digits(2, "0123456789")
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10, "0123456789")
    else:
        bban = digits(20)
    return cc + iban_check(cc, bban) + bban


def iban_typed(ib):
    if R.random() < 0.55:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib if R.random() < 0.6 else ib.lower()


UK_AREAS = ["SW", "SE", "N", "NW", "E", "W", "M", "LS", "B", "BS", "CF", "G", "EH", "L", "S",
            "NG", "LE", "CV", "OX", "RG", "BN", "PL", "EX", "NE", "YO", "HU", "DN", "ST", "BT",
            "AB", "DD", "KY", "PE", "CB", "NR", "IP", "CM", "SS", "TN", "ME", "CT", "GU", "KT"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_postcode():
    a = R.choice(UK_AREAS)
    out = a + str(R.randint(1, 28 if len(a) == 2 else 20))
    inward = str(R.randint(0, 9)) + R.choice(PC_IN) + R.choice(PC_IN)
    return out + " " + inward


ER_KEYS = ["D02", "D04", "D06", "D08", "D12", "D15", "D24", "A94", "A96", "T12", "T23", "H91",
           "V94", "V95", "X91", "F92", "R95", "K78", "W91", "N37", "P31", "Y35", "E91", "C15"]
ER_SET = "ACDEFHKNPRTVWXY0123456789"


def make_eircode():
    k = R.choice(ER_KEYS)
    u = R.choice("ACDEFHKNPRTVWXY") + "".join(R.choice(ER_SET) for _ in range(3))
    return k + " " + u


def make_zip():
    return "%05d" % R.randint(10001, 99899)


STREETS = ["Elm Grove", "Hawthorn Avenue", "Church Lane", "Victoria Road", "Station Road",
           "Mill Lane", "Park Crescent", "Queens Drive", "Albert Terrace", "Willow Close",
           "Ashfield Gardens", "Kingsley Way", "Orchard Place", "Main Street", "High Street",
           "Beech Court", "Clifton Road", "Manor Park", "Greenhill Drive", "Castle Street",
           "Rosemary Lane", "Harbour View", "Abbey Road", "Sycamore Avenue", "Nelson Street"]
IE_STREETS = ["Main Street", "Dublin Road", "Church View", "Convent Road", "Oakpark Drive",
              "Sarsfield Street", "Marine Terrace", "Ballymun Road", "Grange Park"]
US_STREETS = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Pine Ridge Road",
              "Lakeview Drive", "Cedar Lane", "Washington Street", "Elmwood Court"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Sheffield", "Nottingham",
            "Reading", "Brighton", "Plymouth", "Exeter", "York", "Norwich", "Ipswich", "Belfast"]
TOWNS_IE = ["Cork", "Galway", "Ennis", "Athlone", "Limerick", "Sligo", "Naas", "Dublin 4"]
TOWNS_US = ["Springfield, IL", "Columbus, OH", "Austin, TX", "Denver, CO", "Raleigh, NC"]

FIRST = ["sarah", "james", "aoife", "ciaran", "priya", "tom", "niamh", "mohammed", "emma",
         "liam", "grace", "oisin", "chloe", "daniel", "fiona", "rhys", "megan", "sean"]
LAST = ["murphy", "kelly", "patel", "oconnor", "smith", "jones", "walsh", "byrne", "evans",
        "brennan", "khan", "taylor", "doyle", "hughes", "mccarthy", "davies"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "live.ie", "sky.com"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    form = R.choice(["f.l", "fl", "f_l", "fl##", "f.l#", "il"])
    num = str(R.randint(1, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl##": f + l + num,
             "f.l#": f + "." + l + num[0], "il": f[0] + l}[form]
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    def part(s):
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[._]", s):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(say(tok, doubles=False, pairs=len(tok) == 2 and tok[0] != "0"))
            elif len(tok) == 1:
                out.append(tok)
            else:
                out.append(tok if R.random() < 0.8 else " ".join(tok))
        return " ".join(out)
    return part(local) + " at " + part(dom)


def make_phone(kind=None):
    kind = kind or R.choice(["ukmob", "ukmob", "ukland", "ielm", "ielm", "iedub", "us", "uk44", "ie353"])
    if kind == "ukmob":
        d = "07" + digits(9, "0123456789"); g = [d[:5], d[5:]]
    elif kind == "uk44":
        d = "447" + digits(9, "0123456789"); g = ["44", d[2:6], d[6:]]
    elif kind == "ukland":
        if R.random() < 0.5:
            d = "020" + R.choice("378") + digits(7, "0123456789"); g = [d[:3], d[3:7], d[7:]]
        else:
            d = "01" + R.choice(["61", "13", "17", "21", "31", "41"]) + digits(7, "0123456789")
            g = [d[:4], d[4:7], d[7:]]
    elif kind == "ielm":
        d = "08" + R.choice("35679") + digits(7, "0123456789"); g = [d[:3], d[3:6], d[6:]]
    elif kind == "ie353":
        d = "3538" + R.choice("35679") + digits(7, "0123456789"); g = ["353", d[3:5], d[5:8], d[8:]]
    elif kind == "iedub":
        d = "01" + digits(7); g = [d[:2], d[2:5], d[5:]]
    else:
        d = digits(3, "23456789") + digits(3, "23456789") + digits(4, "0123456789"); g = [d[:3], d[3:6], d[6:]]
    return kind, d, g


def phone_typed(kind, d, g):
    if kind in ("uk44", "ie353"):
        if kind == "uk44" and R.random() < 0.35:
            return "+44 (0)%s %s" % (g[1], g[2])
        if R.random() < 0.25:
            return "00" + " ".join(g)
        return "+" + " ".join(g) if R.random() < 0.7 else "+" + d
    if kind == "us":
        return R.choice(["(%s) %s-%s" % tuple(g), "%s-%s-%s" % tuple(g), "%s.%s.%s" % tuple(g),
                         "+1 %s %s %s" % tuple(g)])
    return R.choice([" ".join(g), d, "-".join(g)])


def phone_said(kind, d, g):
    zero = R.choice(["oh", "oh", "zero", "o"])
    if kind in ("uk44", "ie353"):
        head = R.choice(["plus ", "plus ", ""]) + ("four four" if kind == "uk44" else "three five three")
        return head + " " + say_groups(g[1:], zero=zero, pairs=R.random() < 0.3)
    if kind == "us":
        return say_groups(g, zero=zero, pairs=R.random() < 0.3)
    return say_groups(g, zero=zero, pairs=R.random() < 0.3, homo=R.random() < 0.2)


def make_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2005)


def year_words(y):
    if y >= 2000:
        return "two thousand and " + UNITS[y - 2000] if y < 2010 else "two thousand and " + pair_word(str(y - 2000))
    a, b = divmod(y, 100)
    bw = ("oh " + UNITS[b]) if b < 10 else pair_word("%02d" % b)
    return pair_word(str(a)) + " " + bw


def dob_typed(d, m, y):
    f = R.choice(["dmy/", "dmy.", "dmy-", "dMy", "Mdy", "ordM", "dmyy"])
    if f == "dmy/":
        return "%02d/%02d/%d" % (d, m, y)
    if f == "dmy.":
        return "%d.%d.%d" % (d, m, y)
    if f == "dmy-":
        return "%02d-%02d-%d" % (d, m, y)
    if f == "dMy":
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if f == "Mdy":
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if f == "ordM":
        sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%d%s %s %d" % (d, sfx, MONTHS[m - 1][:3].capitalize(), y)
    return "%02d/%02d/%02d" % (d, m, y % 100)


def dob_said(d, m, y):
    f = R.choice(["ordofM", "Mord", "ordofthe", "digits"])
    if f == "ordofM":
        return "%s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y))
    if f == "Mord":
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y))
    if f == "ordofthe":
        return "%s of the %s %s" % (ORD[d], ORD[m], year_words(y))
    return "%s %s %s" % (say("%02d" % d, zero="oh"), say("%02d" % m, zero="oh"), year_words(y))


def make_expiry():
    return R.randint(1, 12), R.randint(26, 32)


def exp_typed(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                     "%d/%02d" % (m, y), "%02d%02d" % (m, y)])


def exp_said(m, y):
    f = R.choice(["mm", "month", "month20"])
    if f == "mm":
        return say("%02d" % m, zero=R.choice(["oh", "zero", "o"]), doubles=False) + " " + pair_word(str(y))
    if f == "month":
        return MONTHS[m - 1] + " " + pair_word(str(y))
    return MONTHS[m - 1] + " twenty " + pair_word(str(y))


# ---------------------------------------------------------------- case assembly
class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns, self.spans = kind, note, [], []

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                self.spans.append({"turn": idx, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


POS, NEG = [], []


def pos(note):
    c = Case("positive", note); POS.append(c); return c


def neg(note):
    c = Case("negative", note); NEG.append(c); return c


def ch(*xs):
    return R.choice(xs)


BACK = ["mhm", "okay go on", "yep", "yeah", "okay", "right", "uh huh", "go ahead", "got that"]
AMOUNTS = ["forty two pounds fifty", "a hundred and twenty euro", "sixty three ninety nine",
           "twelve pounds", "eighty euro", "two hundred and fifty pounds", "thirty nine fifty"]


# ---------------------------------------------------------------- positive templates
def p_card_chat(ind):
    c = make_card(); g = card_groups(c)
    typed = ch(" ".join(g), "-".join(g), c, " ".join(g), "  ".join(g), ".".join(g))
    k = pos("chat/%s: card typed '%s' style" % (ind, "grouped" if " " in typed or "-" in typed else "unspaced"))
    k.a("Thanks. Please type the long card number and I'll process the £%d.%02d payment." % (R.randint(5, 400), R.randint(0, 99)))
    k.c(ch("card is ", "ok its ", "Sure: ", "here you go "), (typed, "CARD_NUMBER"), ch("", " thanks", " - exp to follow"))
    if R.random() < 0.6:
        m, y = make_expiry()
        k.a("And the expiry date and security code?")
        k.c(ch("exp ", "expires ", "Expiry "), (exp_typed(m, y), "EXPIRY"), ch(" cvv ", ", code ", " and sec code is "),
            (digits(4 if len(c) == 15 else 3, "0123456789"), "CVV"))


def p_card_call_one(ind):
    c = make_card(); g = card_groups(c)
    z = ch("oh", "zero", "o", "nought")
    k = pos("call/%s: card read as words in one turn (zero='%s')" % (ind, z))
    k.a(ch("okay and the long number across the front of the card please",
           "can i take the card number please", "go ahead with the sixteen digits whenever you're ready"))
    spoken = say_groups(g, zero=z, pairs=R.random() < 0.35, homo=R.random() < 0.3)
    k.c(ch("yeah it's ", "right so ", "okay ", "um "), (spoken, "CARD_NUMBER"), ch("", " and that's the debit card", " yeah"))


def p_card_call_split(ind):
    c = make_card(); g = card_groups(c)
    z = ch("oh", "zero", "nought")
    k = pos("call/%s: card split over customer turns with back-channels" % ind)
    k.a("lovely and when you're ready the card number")
    for i, grp in enumerate(g):
        pre = ch("", "", "right ", "um ", "okay ") if i == 0 else ch("", "", "then ", "uh ")
        k.c(pre, (say(grp, zero=z, pairs=R.random() < 0.3), "CARD_NUMBER"), ch("", "", " um", " yeah"))
        if i < len(g) - 1:
            k.a(ch(*BACK))
    if R.random() < 0.5:
        k.a("thank you so just to confirm the amount is %s" % ch(*AMOUNTS))
        k.c("yes that's right")


def p_card_readback(ind):
    c = make_card(); g = card_groups(c)
    k = pos("call/%s: card given then read back by agent with filler" % ind)
    k.a("what's the card number")
    k.c((say_groups(g, sep=ch(" ", " um ", ", "), zero="oh", pairs=False), "CARD_NUMBER"))
    k.a("okay let me read that back ", (say_groups(g, zero="zero", doubles=False), "CARD_NUMBER"), " is that correct")
    k.c("yes that's it")
    m, y = make_expiry()
    k.a("and the expiry")
    k.c((exp_said(m, y), "EXPIRY"))
    k.a("and the last three digits on the signature strip")
    k.c(ch("it's ", "", "uh "), (say(digits(3, "0123456789"), zero=ch("oh", "zero")), "CVV"))


def p_card_cvv_exp(ind):
    c = make_card(); g = card_groups(c)
    k = pos("call/%s: card, expiry and cvv with non-PII amount and reference nearby" % ind)
    k.a("i can take a payment of %s today against reference %s is that okay" % (ch(*AMOUNTS), say(digits(6), doubles=False)))
    k.c("yeah go on")
    k.a("card number")
    k.c((say_groups(g, zero="oh", pairs=True), "CARD_NUMBER"))
    m, y = make_expiry()
    k.a("expiry date")
    k.c(ch("it runs out ", "expires ", "the end of "), (exp_said(m, y), "EXPIRY"))
    k.a("and the security code on the back")
    cv = digits(3, "0123456789")
    k.c((say(cv, zero="oh", doubles=True), "CVV"), ch("", " i think", " yeah"))


def p_ni_chat(ind):
    n = make_ni()
    f = R.choice(["plain", "spaced", "lower", "dash", "pairs", "odd", "lowspace"])
    typed = {"plain": n, "spaced": "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
             "lower": n.lower(), "dash": "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
             "pairs": "%s %s %s" % (n[:2], n[2:8], n[8]),
             "odd": "%s%s %s%s" % (n[:2], n[2:6], n[6:8], n[8]),
             "lowspace": "%s %s %s" % (n[:2].lower(), n[2:8], n[8].lower())}[f]
    k = pos("chat/%s: NI number typed (%s)" % (ind, f))
    k.a(ch("Can you confirm your National Insurance number please?", "What's your NI number?",
           "For security, please provide your NINO."))
    k.c(ch("its ", "Sure it's ", "ni no ", "", "my NI is "), (typed, "NI_NUMBER"), ch("", " thanks", " cheers", "."))


def p_ni_call(ind):
    n = make_ni()
    style = R.choice(["plain", "for", "nato", "pairs", "homo"])
    L = n[:2]
    if style == "homo":
        inv = {v: k for k, v in LETTERNAMES.items() if k not in ("sea", "pea", "tea", "haitch")}
        lw = " ".join(inv.get(x, x.lower()) for x in L)
    else:
        lw = spell(L, "for" if style == "for" else ("nato" if style == "nato" else "plain"))
    dw = say(n[2:8], zero=ch("oh", "zero", "nought"), pairs=(style == "pairs"))
    sw = spell(n[8], "for" if style == "for" else "plain")
    k = pos("call/%s: NI number spoken (%s letters)" % (ind, style))
    k.a(ch("and can i take your national insurance number", "what's your n i number please",
           "i just need your national insurance number to verify"))
    k.c(ch("yeah it's ", "okay it's ", "um ", "right "), (lw + " " + dw + " " + sw, "NI_NUMBER"))


def p_ni_split(ind):
    n = make_ni()
    k = pos("call/%s: NI number split across turns, suffix letter given separately" % ind)
    k.a("your national insurance number please")
    k.c("okay so it's ", (spell(n[:2], "for"), "NI_NUMBER"))
    k.a(ch(*BACK))
    k.c((say(n[2:5], zero="oh"), "NI_NUMBER"), " ", ch("um", "uh", "then"), " ", (say(n[5:8], zero="oh"), "NI_NUMBER"))
    k.a("and the letter at the end")
    k.c(ch("", "it's ", "that's "), (spell(n[8], "for"), "NI_NUMBER"))
    if R.random() < 0.5:
        k.a("lovely and is the claim for the %s of %s" % (ORD[R.randint(1, 28)], ch(*MONTHS)))
        k.c("yes that's when i started the new job")


def p_ni_readback(ind):
    n = make_ni()
    k = pos("call/%s: government services, NI given and agent reads back in NATO" % ind)
    k.a("and your national insurance number")
    k.c((spell(n[:2]) + " " + say(n[2:8], pairs=True, zero="oh") + " " + n[8].lower(), "NI_NUMBER"))
    k.a("thank you that's ", (spell(n, "nato"), "NI_NUMBER"), " yeah")
    k.c("that's right")


def p_ssn_chat(ind):
    s = make_ssn()
    typed = ch("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s, "%s.%s.%s" % (s[:3], s[3:5], s[5:]))
    k = pos("chat/%s: US SSN typed" % ind)
    k.a(ch("To verify, please enter your Social Security number.", "Can you share your SSN so I can locate the account?"))
    k.c(ch("", "ssn: ", "sure its ", "Social is "), (typed, "SSN"), ch("", " (the whole thing)", " thx"))


def p_ssn_call(ind):
    s = make_ssn()
    k = pos("call/%s: US SSN spoken" % ind)
    k.a(ch("can i get your social security number please", "and your social", "i'll need the full social security number"))
    sp = say_groups([s[:3], s[3:5], s[5:]], sep=ch(" ", " ", " uh "), zero=ch("zero", "oh"), pairs=R.random() < 0.4)
    k.c(ch("sure it's ", "yeah ", "okay ", ""), (sp, "SSN"))
    if R.random() < 0.3:
        k.a("and your zip code")
        z = make_zip()
        k.c((say(z, zero="zero", doubles=False), "POSTCODE"))


def p_ssn_split(ind):
    s = make_ssn()
    k = pos("call/%s: SSN split over turns, agent back-channel" % ind)
    k.a("go ahead with the social")
    k.c((say(s[:3], zero="zero"), "SSN"))
    k.a(ch(*BACK))
    k.c((say(s[3:5], zero="zero"), "SSN"))
    k.a(ch(*BACK))
    k.c((say(s[5:], zero="zero", pairs=True), "SSN"), ch("", " and my date of birth is", ""))


def p_bank_uk(ind):
    sc = digits(6, "0123456789"); acc = digits(8, "0123456789")
    k = pos("call/%s: UK sort code and account number spoken" % ind)
    k.a("and the sort code for the account the direct debit comes out of")
    scs = ch(say_groups([sc[:2], sc[2:4], sc[4:]], zero="oh", pairs=True),
             say(sc, zero=ch("oh", "zero")), say_groups([sc[:2], sc[2:4], sc[4:]], sep=" dash ", zero="oh"))
    k.c(ch("it's ", "", "okay "), (scs, "SORT_CODE"))
    k.a(ch("and the account number", "lovely and the eight digit account number"))
    k.c((say_groups([acc[:4], acc[4:]], zero=ch("oh", "zero", "nought"), pairs=R.random() < 0.4), "BANK_ACCOUNT"))
    if R.random() < 0.5:
        k.a("great and the first payment of %s will be taken on the %s" % (ch(*AMOUNTS), ORD[R.randint(1, 28)]))


def p_bank_chat(ind):
    sc = digits(6, "0123456789"); acc = digits(8, "0123456789")
    k = pos("chat/%s: sort code and account typed in one message" % ind)
    k.a("Please send the bank details for the refund.")
    sct = ch("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:]))
    k.c(ch("sort code ", "s/c ", "Sort: "), (sct, "SORT_CODE"), ch(" acc ", ", account no. ", " a/c "), (acc, "BANK_ACCOUNT"))


def p_bank_us(ind):
    acc = digits(R.choice([9, 10, 12]), "0123456789")
    k = pos("call/%s: US checking account number spoken" % ind)
    k.a("what checking account should we deposit the refund into")
    k.c("the account number is ", (say(acc, zero="zero", pairs=R.random() < 0.3), "BANK_ACCOUNT"))


def p_iban(ind):
    ib = make_iban()
    if R.random() < 0.5:
        k = pos("chat/%s: IBAN typed (%s)" % (ind, ib[:2]))
        k.a("Please provide the IBAN for the refund.")
        k.c(ch("IBAN: ", "iban is ", "its "), (iban_typed(ib), "IBAN"))
    else:
        k = pos("call/%s: IBAN spoken letters and digits (%s)" % (ind, ib[:2]))
        k.a("can you read me the iban please")
        parts = []
        for i in range(0, len(ib), 4):
            grp = ib[i:i + 4]
            parts.append(" ".join((UNITS[int(x)] if x != "0" else "zero") if x.isdigit()
                                  else ("o for oscar" if x == "O" else x.lower()) for x in grp))
        k.c("yeah it's ", (" ".join(parts), "IBAN"))


def p_phone(ind):
    kind, d, g = make_phone()
    if R.random() < 0.4:
        k = pos("chat/%s: phone typed (%s)" % (ind, kind))
        k.a("What's the best contact number?")
        k.c(ch("", "mob: ", "call me on ", "its "), (phone_typed(kind, d, g), "PHONE"), ch("", " after 6pm", " thanks"))
    else:
        k = pos("call/%s: phone spoken (%s)" % (ind, kind))
        k.a(ch("and a good contact number", "what number can we reach you on", "is there a mobile number for the engineer"))
        k.c(ch("yeah it's ", "", "my mobile's ", "um "), (phone_said(kind, d, g), "PHONE"))


INTL_FORMS = ["+44 (0)%s %s", "0044 %s %s", "+44%s%s", "00353 %s %s %s", "+353 (0)%s %s %s", "+353-%s-%s-%s"]
INTL_I = [0]


def p_phone_intl(ind):
    f = INTL_FORMS[INTL_I[0] % len(INTL_FORMS)]; INTL_I[0] += 1
    kind, d, g = make_phone("uk44" if "44" in f else "ie353")
    val = f % tuple(g[1:])
    k = pos("chat/%s: international phone form %s" % (ind, f.replace("%s", "N")))
    k.a("Is there a number we can call you back on while you're abroad?")
    k.c(ch("yes ", "", "whatsapp or call "), (val, "PHONE"), ch("", " (mobile)", " any time after 10"))


def p_phone_correct(ind):
    k1, d1, g1 = make_phone(ch("ukmob", "ielm")); k2, d2, g2 = make_phone(k1)
    k = pos("call/%s: phone self-correction, both numbers are PII" % ind)
    k.a("what's your contact number")
    k.c((say_groups(g1, zero="oh"), "PHONE"), " oh no sorry that's my old one it's ", (say_groups(g2, zero="oh", pairs=True), "PHONE"))
    k.a("so that's ", (say_groups(g2, zero="zero", doubles=False), "PHONE"))
    k.c("yeah")


def p_email(ind):
    e = make_email()
    if R.random() < 0.4:
        k = pos("chat/%s: email typed" % ind)
        k.a("What email should the confirmation go to?")
        k.c(ch("", "its ", "send it to "), (ch(e, e, e.upper() if R.random() < 0.2 else e), "EMAIL"), ch("", " please", " ta"))
    else:
        k = pos("call/%s: email spoken with at / dot" % ind)
        k.a("and an email address for the receipt")
        k.c(ch("yeah it's ", "it's ", ""), (say_email(e), "EMAIL"))


def p_dob(ind):
    d, m, y = make_dob()
    if R.random() < 0.4:
        k = pos("chat/%s: DOB typed" % ind)
        k.a("Please confirm your date of birth.")
        k.c(ch("", "dob ", "DOB: ", "born "), (dob_typed(d, m, y), "DOB"))
    else:
        k = pos("call/%s: DOB spoken" % ind)
        k.a(ch("and your date of birth", "can you confirm your date of birth for me"))
        k.c(ch("it's the ", "", "yeah the ", "um "), (dob_said(d, m, y), "DOB"))
    if R.random() < 0.3:
        k.a("thanks and your appointment is on the %s of %s at half two" % (ORD[R.randint(1, 28)], ch(*MONTHS)))


def p_address_uk(ind):
    num = R.randint(1, 240); st = ch(*STREETS); pc = make_uk_postcode(); town = ch(*TOWNS_UK)
    if R.random() < 0.45:
        k = pos("chat/%s: UK address and postcode typed" % ind)
        k.a("What's the address for the delivery?")
        flat = "Flat %d, " % R.randint(1, 30) if R.random() < 0.3 else ""
        k.c((flat + "%d %s" % (num, st), "ADDRESS"), ", %s " % town, (ch(pc, pc.replace(" ", ""), pc.lower()), "POSTCODE"))
    else:
        k = pos("call/%s: UK address and postcode spoken" % ind)
        k.a("can i take the first line of the address and the postcode")
        nw = say(str(num), doubles=False, pairs=True) if R.random() < 0.7 else str(num)
        k.c(ch("yeah it's ", "", "so it's "), (nw + " " + st.lower(), "ADDRESS"), " in %s" % town.lower())
        k.a("and the postcode")
        k.c((spell(pc, ch("plain", "for")), "POSTCODE"))


def p_address_ie(ind):
    num = R.randint(1, 90); st = ch(*IE_STREETS); ec = make_eircode(); town = ch(*TOWNS_IE)
    k = pos("%s: Irish address with Eircode" % ind)
    if R.random() < 0.5:
        k.note = "chat/" + k.note
        k.a("Can you confirm the supply address and Eircode?")
        k.c(("%d %s" % (num, st), "ADDRESS"), ", %s, " % town, (ch(ec, ec.replace(" ", ""), ec.lower()), "POSTCODE"))
    else:
        k.note = "call/" + k.note
        k.a("and the eircode for the property")
        k.c("it's ", (spell(ec), "POSTCODE"))
        k.a("and the first line of the address")
        k.c(ch("yeah it's ", "it's ", ""), ("%s %s" % (say(str(num), doubles=False, pairs=True), st.lower()), "ADDRESS"),
            ch("", " in %s" % town.lower(), " near the church"))


def p_address_us(ind):
    num = R.randint(100, 9999); st = ch(*US_STREETS); town = ch(*TOWNS_US); z = make_zip()
    k = pos("chat/%s: US street address and ZIP typed" % ind)
    k.a("What's the billing address on file?")
    k.c(("%d %s" % (num, st), "ADDRESS"), ", %s " % town, (z, "POSTCODE"))


def p_multi(ind):
    n = make_ni(); d, m, y = make_dob(); kind, pd, pg = make_phone(ch("ukmob", "ukland"))
    k = pos("call/%s: several identifiers in one call with chit-chat and non-PII numbers" % ind)
    k.a("right i'll need to go through security first can i take your date of birth")
    k.c("sorry it's been a long day i've been on hold for %s minutes it's " % ch("twenty", "forty five", "thirty"), (dob_said(d, m, y), "DOB"))
    k.a("thank you and your national insurance number")
    k.c((spell(n[:2]) + " " + say(n[2:8]) + " " + spell(n[8]), "NI_NUMBER"), " and my phone is ", (say_groups(pg, zero="oh"), "PHONE"))
    k.a("lovely your claim reference is %s" % say(digits(8), doubles=False))


def p_two_in_turn(ind):
    sc = digits(6, "0123456789"); acc = digits(8, "0123456789")
    k = pos("call/%s: sort code and account number in one turn" % ind)
    k.a("bank details please")
    k.c("sort code ", (say_groups([sc[:2], sc[2:4], sc[4:]], zero="oh", pairs=True), "SORT_CODE"),
        " and the account number's ", (say(acc, zero="nought"), "BANK_ACCOUNT"), " with %s" % ch("nationwide", "barclays", "aib", "bank of ireland", "lloyds"))


POS_PLAN = [
    (p_card_chat, ["retail", "telecom", "travel", "utilities"], 10),
    (p_card_call_one, ["telecom", "insurance", "utilities", "healthcare billing", "retail"], 10),
    (p_card_call_split, ["insurance", "utilities", "travel"], 6),
    (p_card_readback, ["telecom", "retail"], 5),
    (p_card_cvv_exp, ["utilities", "council tax", "travel"], 6),
    (p_ni_chat, ["government services", "payroll", "pensions"], 10),
    (p_ni_call, ["government services", "banking", "pensions", "insurance"], 14),
    (p_ni_split, ["government services", "student loans"], 5),
    (p_ni_readback, ["government services", "pensions"], 4),
    (p_ssn_chat, ["banking", "healthcare billing", "insurance"], 12),
    (p_ssn_call, ["banking", "telecom", "healthcare billing"], 14),
    (p_ssn_split, ["banking", "insurance"], 5),
    (p_bank_uk, ["utilities", "banking", "insurance"], 9),
    (p_bank_chat, ["retail", "insurance"], 5),
    (p_bank_us, ["banking"], 3),
    (p_two_in_turn, ["banking", "utilities"], 4),
    (p_iban, ["banking", "travel", "utilities"], 14),
    (p_phone, ["telecom", "utilities", "retail", "healthcare billing"], 14),
    (p_phone_correct, ["telecom", "retail"], 4),
    (p_phone_intl, ["travel", "telecom", "banking"], 6),
    (p_email, ["retail", "travel", "telecom"], 14),
    (p_dob, ["banking", "healthcare billing", "insurance", "government services"], 12),
    (p_address_uk, ["utilities", "retail", "insurance"], 10),
    (p_address_ie, ["utilities", "government services"], 6),
    (p_address_us, ["retail", "insurance"], 3),
    (p_multi, ["government services", "banking"], 5),
]


# ---------------------------------------------------------------- negative templates
def refnum(n):
    return digits(n, "123456789")


def n_refs():
    kind = ch("policy number", "customer number", "booking reference", "order number", "claim number",
              "ticket number", "invoice number", "case reference", "membership number", "account reference")
    r = refnum(R.randint(6, 10))
    if R.random() < 0.5:
        k = neg("chat/insurance: %s typed with its name" % kind)
        k.c("Hi my %s is %s, can you check the status?" % (kind, r))
        k.a("Thanks, I can see %s %s. It was updated on %d %s." % (kind, r, R.randint(1, 28), ch(*MONTHS).capitalize()))
    else:
        k = neg("call/utilities: %s spoken with its name" % kind)
        k.c("yeah i've got the %s here it's %s" % (kind, say(r, zero=ch("oh", "zero"), pairs=R.random() < 0.3)))
        k.a("lovely thank you that's %s %s and it was opened %s days ago" % (kind, say(r, zero="oh", doubles=False), ch("three", "twelve", "forty")))


def n_alnum_ref():
    r = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + str(R.randint(1000, 99999))
    kind = ch("booking reference", "policy number", "order reference", "customer reference")
    if R.random() < 0.5:
        k = neg("chat/travel: alphanumeric %s" % kind)
        k.c("my %s is %s and I need to change the date" % (kind, r))
    else:
        k = neg("call/travel: alphanumeric %s spoken" % kind)
        k.c("the %s is %s" % (kind, spell(r, "for")))
    k.a("thanks I've found it, %s" % ch("the flight leaves at ten past nine", "you're in room %d" % R.randint(100, 650), "it's for two adults"))


def n_money():
    k = neg("call/banking: balances, prices and payments")
    k.a("your current balance is %s and the minimum payment is %s" % (ch("one thousand two hundred and forty pounds sixty", "three hundred and twelve euro", "eight hundred and ninety nine pounds"), ch(*AMOUNTS)))
    k.c("and how much is the interest at the moment")
    k.a("the rate is %s percent so about %s a month" % (ch("twenty two point nine", "eighteen point four", "nine point nine"), ch(*AMOUNTS)))


def n_money_chat():
    k = neg("chat/retail: prices, totals and quantities")
    k.c("I ordered %d x the %s at £%d.%02d each but was charged £%d.%02d" % (R.randint(2, 6), ch("Samsung A54", "iPhone 15 case", "HP 305 ink", "Dyson V11 filter"), R.randint(3, 90), R.randint(0, 99), R.randint(100, 2400), R.randint(0, 99)))
    k.a("Sorry about that, I've refunded €%d.%02d which should show in 3-5 working days." % (R.randint(10, 300), R.randint(0, 99)))


def n_dates():
    d = R.randint(1, 28); m = ch(*MONTHS); y = R.randint(2024, 2028)
    k = neg("call/telecom: contract and appointment dates, not birth dates")
    k.a("your contract started on the %s of %s %s and runs for twenty four months" % (ORD[d], m, year_words(y)))
    k.c("okay and when can the engineer come")
    k.a("we've got the %s of %s between eight and one or the %s of %s after two" % (ORD[R.randint(1, 28)], ch(*MONTHS), ORD[R.randint(1, 28)], ch(*MONTHS)))


def n_dates_chat():
    k = neg("chat/utilities: payment dates and times")
    k.c("My direct debit came out on %02d/%02d/%d instead of the %d%s" % (R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2027), R.randint(1, 28), "th"))
    k.a("Apologies, the next payment is scheduled for %d %s %d at 09:%02d." % (R.randint(1, 28), ch(*MONTHS).capitalize(), R.randint(2025, 2027), R.randint(0, 59)))


def n_meter():
    r = "%05d" % R.randint(100, 99999)
    k = neg("call/utilities: meter readings and usage")
    k.a("can you give me a meter reading")
    k.c("yeah the electric reads %s and the gas is %s" % (say(r, zero="oh"), say("%04d" % R.randint(0, 9999), zero="nought")))
    k.a("thank you that's about %d kilowatt hours a month" % R.randint(150, 600))


def n_meter_chat():
    k = neg("chat/utilities: meter reading typed with meter serial label")
    k.c("Meter reading today: %05d (day) %05d (night). Meter serial %s" % (R.randint(0, 99999), R.randint(0, 99999), ch("E10", "S1K", "L17") + "W" + str(R.randint(10000, 99999))))
    k.a("Thanks, your estimated bill is £%d.%02d." % (R.randint(40, 300), R.randint(0, 99)))


def n_flight():
    k = neg("call/travel: flight numbers, times, gates, seats")
    fl = ch("e i", "b a", "f r", "u a", "l h") + " " + say(str(R.randint(100, 9999)), doubles=False, pairs=True)
    k.c("i'm on flight %s tomorrow at %s" % (fl, ch("seven forty five", "half six", "eleven fifteen", "quarter to two")))
    k.a("yes that departs from gate %d and you're in seat %d%s" % (R.randint(1, 40), R.randint(1, 33), ch("a", "c", "f")))


def n_flight_chat():
    k = neg("chat/travel: flight, hotel room and durations")
    k.c("Flight %s%d lands at %02d:%02d, can I check in to room %d early?" % (ch("EI", "BA", "FR", "U2", "LH"), R.randint(100, 9999), R.randint(0, 23), R.randint(0, 59), R.randint(100, 999)))
    k.a("Early check-in from 11:00 is €%d, the stay is %d nights." % (R.randint(20, 60), R.randint(1, 14)))


def n_tech():
    k = neg("call/telecom: speeds, models, counts and durations")
    k.c("i'm only getting %s megs and i pay for %s" % (ch("twelve", "forty", "three point five"), ch("five hundred", "nine hundred", "one gig")))
    k.a("okay is that on the %s router or the wifi extender" % ch("hub four", "sky q", "eero six", "tp link a x fifty five"))
    k.c("the hub it's been dropping %s times a day for %s weeks" % (ch("five", "ten", "twenty"), ch("two", "three", "six")))


def n_ages():
    k = neg("call/healthcare billing: ages, temperatures, counts")
    k.c("my mum is %s and she's had a temperature of %s for %s days" % (ch("eighty four", "seventy one", "ninety two"), ch("thirty eight point five", "a hundred and one"), ch("three", "five")))
    k.a("okay she's one of %s patients on the list so i'll book her in for %s minutes" % (ch("twelve", "forty"), ch("fifteen", "thirty")))


def n_years():
    k = neg("chat/insurance: years, percentages, no-claims and mileage")
    k.c("Car is a %d %s, %d miles, %d years no claims. Is there a %d%% discount?" % (R.randint(2008, 2024), ch("Ford Focus", "VW Golf", "Toyota Yaris", "Kia Sportage"), R.randint(5000, 120000), R.randint(1, 15), R.randint(5, 40)))
    k.a("Yes, your renewal quote is £%d.%02d for 12 months." % (R.randint(300, 1500), R.randint(0, 99)))


def n_time():
    k = neg("call/government services: times and durations, office hours")
    k.a("we're open from eight till %s and the wait is about %s minutes" % (ch("six", "eight"), ch("twenty", "forty five")))
    k.c("okay i called at %s and was on hold for an hour and %s minutes" % (ch("nine oh five", "ten thirty", "two fifteen"), ch("ten", "twenty")))


def n_spoken_ref():
    kind = ch("customer number", "policy number", "order number", "account reference", "booking number")
    r = refnum(R.randint(7, 10))
    k = neg("call/retail: %s split over turns with its name" % kind)
    k.a("can i take your %s" % kind)
    k.c("yeah the %s is %s" % (kind, say(r[:4], zero="oh")))
    k.a(ch(*BACK))
    k.c(say(r[4:], zero="oh"))
    k.a("perfect that %s shows %s items dispatched on %s" % (kind, ch("two", "three"), ch("monday", "the fourth")))


def n_quantities():
    k = neg("chat/retail: quantities, sizes and model numbers")
    k.c("Need %d packs of the %s size %d, also model %s%d" % (R.randint(2, 12), ch("trainers", "jeans", "nappies"), R.randint(3, 12), ch("KD-", "WM", "UE"), R.randint(1000, 9999)))
    k.a("We have %d in stock; delivery takes %d-%d days." % (R.randint(1, 40), R.randint(1, 3), R.randint(4, 7)))


NEG_PLAN = [(n_refs, 16), (n_alnum_ref, 8), (n_money, 6), (n_money_chat, 7), (n_dates, 7),
            (n_dates_chat, 6), (n_meter, 7), (n_meter_chat, 5), (n_flight, 6), (n_flight_chat, 5),
            (n_tech, 5), (n_ages, 5), (n_years, 5), (n_time, 5), (n_spoken_ref, 8), (n_quantities, 5)]


# ---------------------------------------------------------------- normalisation + validation
ALL_NUMWORDS = set(UNITS) | set(TEENS) | set(TENS[2:]) | {"oh", "o", "nought", "hundred", "double", "triple"}


def norm(text, alnum):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out, i = [], 0
    def unitval(t):
        if t in ("oh", "o", "nought", "zero"):
            return "0"
        if t in UNITS:
            return str(UNITS.index(t))
        if not alnum and t in ("to", "too", "for", "ate", "won"):
            return {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"}[t]
        return None
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in FILLERS or t in ("dash", "then", "and", "plus"):
            pass
        elif t in ("double", "triple"):
            v = unitval(nxt) if nxt else None
            if v is None and alnum and nxt and len(nxt) == 1:
                v = nxt.upper()
            if v is None:
                return None
            out.append(v * (2 if t == "double" else 3)); i += 1
        elif alnum and len(t) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper()); i += 2
        elif unitval(t) is not None:
            out.append(unitval(t))
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS[2:]:
            tv = TENS.index(t)
            if nxt in UNITS[1:]:
                out.append(str(tv * 10 + UNITS.index(nxt))); i += 1
            else:
                out.append(str(tv * 10))
        elif t == "hundred":
            out.append("00")
        elif alnum and len(t) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper()); i += 2
        elif alnum and t in NATO.values():
            out.append(t[0].upper())
        elif alnum and t in LETTERNAMES:
            out.append(LETTERNAMES[t])
        elif alnum:
            out.append(t.upper())
        else:
            return None
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EIR = re.compile(r"^[AC-FHKNPRTV-Y]\d{2}[AC-FHKNPRTV-Y0-9]{4}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREETWORD = re.compile(r"\b(road|street|lane|avenue|close|drive|crescent|grove|terrace|gardens|way|place|court|park|view|boulevard)\b", re.I)


def complete(typ, text):
    """Return True if text is a complete valid value, False if it is a plausible fragment, None if invalid."""
    if typ == "EMAIL":
        s = text.lower()
        if " at " in s:
            s = re.sub(r"\s*\bat\b\s*", "@", s)
            s = re.sub(r"\s*\bdot\b\s*", ".", s)
            s = re.sub(r"\s*\bunderscore\b\s*", "_", s)
            s = " ".join(norm(w, False) if w in ALL_NUMWORDS else w for w in s.split())
            s = s.replace(" ", "")
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s)) or None
    if typ == "ADDRESS":
        first = text.split()[0].lower().rstrip(",")
        ok_start = first.isdigit() or first in ALL_NUMWORDS or first == "flat" or first in UNITS
        if ok_start and STREETWORD.search(text):
            return True
        if ok_start and len(text.split()) <= 2:
            return True  # house number said before a self-correction; street given after
        return None
    if typ == "DOB":
        low = text.lower()
        has_y = re.search(r"\b(19|20)\d\d\b", low) or re.search(r"\d{1,2}/\d{1,2}/\d{2}$", low) or "nineteen" in low or "two thousand" in low
        has_dm = any(mn in low for mn in MONTHS) or any(o and o in low for o in ORD) or re.search(r"\d", low) or any(u in low.split() for u in UNITS + ["oh"])
        return True if (has_y and has_dm) else None
    if typ == "EXPIRY":
        low = text.lower()
        for i, mn in enumerate(MONTHS):
            if low.startswith(mn):
                low = "%02d " % (i + 1) + low[len(mn):]
        v = norm(low, False)
        if not v:
            return None
        if len(v) in (3, 4, 6) and len(v) != 6 or (len(v) == 6 and v[2:4] == "20"):
            mm = int(v[:-2] if len(v) != 6 else v[:2])
            return True if 1 <= mm <= 12 else None
        return None
    alnum = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    v = norm(text, alnum)
    if not v:
        return None
    if typ == "CARD_NUMBER":
        if not v.isdigit():
            return None
        return True if 13 <= len(v) <= 19 and luhn_ok(v) else (False if len(v) < 19 else None)
    if typ == "CVV":
        return True if v.isdigit() and len(v) in (3, 4) else None
    if typ == "SSN":
        if not v.isdigit():
            return None
        if len(v) == 9:
            return True if v[:3] not in ("000", "666") and v[0] != "9" else None
        return False if len(v) < 9 else None
    if typ == "NI_NUMBER":
        return True if NI_RE.match(v) else (False if len(v) < 9 else None)
    if typ == "IBAN":
        return True if 15 <= len(v) <= 34 and mod97_ok(v) else None
    if typ == "POSTCODE":
        return True if UK_PC.match(v) or EIR.match(v) or re.fullmatch(r"\d{5}(\d{4})?", v) else None
    if typ == "SORT_CODE":
        return True if v.isdigit() and len(v) == 6 else None
    if typ == "BANK_ACCOUNT":
        return True if v.isdigit() and 6 <= len(v) <= 12 else None
    if typ == "PHONE":
        return True if v.isdigit() and 9 <= len(v) <= 15 else None
    return None


def build():
    for fn, inds, n in POS_PLAN:
        for i in range(n):
            fn(inds[i % len(inds)])
    for fn, n in NEG_PLAN:
        for _ in range(n):
            fn()
    lines = []
    for prefix, lst in (("pos", POS), ("neg", NEG)):
        for i, c in enumerate(lst, 1):
            obj = {"id": "h229-%s-%03d" % (prefix, i), "kind": c.kind, "turns": c.turns,
                   "spans": sorted(c.spans, key=lambda s: (s["turn"], s["start"])), "note": c.note}
            lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check_cases(text):
    problems, counts, npos, nneg = [], Counter(), 0, 0
    ids = set()
    for ln, line in enumerate(text.splitlines(), 1):
        o = json.loads(line)
        cid = o["id"]
        if cid in ids:
            problems.append("%s: duplicate id" % cid)
        ids.add(cid)
        if o["kind"] == "negative":
            nneg += 1
            if o["spans"]:
                problems.append("%s: negative with spans" % cid)
            continue
        npos += 1
        if not o["spans"]:
            problems.append("%s: positive without spans" % cid)
        bufs = {}
        prev = {}
        for s in o["spans"]:
            txt = o["turns"][s["turn"]]["text"]
            st, en, typ = s["start"], s["end"], s["type"]
            if typ not in TYPES:
                problems.append("%s: bad type %s" % (cid, typ)); continue
            if not (0 <= st < en <= len(txt)):
                problems.append("%s: offsets out of range" % cid); continue
            if (st > 0 and (txt[st - 1].isalnum() or txt[st - 1] in "+(")) or (en < len(txt) and txt[en].isalnum()):
                problems.append("%s: span not on word boundary %r" % (cid, txt[st:en]))
            val = txt[st:en]
            lead_ok = val[0].isalnum() or (typ == "PHONE" and val[0] in "+(" and len(val) > 1 and val[1].isalnum())
            if val != val.strip() or not lead_ok or not val[-1].isalnum():
                problems.append("%s: span has edge junk %r" % (cid, val))
            key = s["turn"]
            if key in prev and st < prev[key]:
                problems.append("%s: overlapping spans" % cid)
            prev[key] = en
            counts[typ] += 1
            b = (bufs.get(typ, "") + " " + val).strip()
            r = complete(typ, b)
            if r is True:
                bufs[typ] = ""
            elif r is False:
                bufs[typ] = b
            else:
                r1 = complete(typ, val)
                if r1 is True:
                    if bufs.get(typ):
                        problems.append("%s: dangling %s fragment %r" % (cid, typ, bufs[typ]))
                    bufs[typ] = ""
                elif r1 is False and not bufs.get(typ):
                    bufs[typ] = val
                else:
                    problems.append("%s: invalid %s value %r" % (cid, typ, b))
                    bufs[typ] = ""
        for typ, b in bufs.items():
            if b:
                problems.append("%s: incomplete %s value %r" % (cid, typ, b))
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, counts[t], need))
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h229

**Never use this set for tuning.** It is a held-out evaluation set only; do not look at
its cases when changing the redactor, and do not add its phrasings to rules or training data.

## Who wrote it and how

Written by an AI helper acting as an independent author, who did not see the redaction
code, its tests, its docs or any other PII fixture (only a 3-line format example).
Every case is produced by `scripts/make_pii_holdout229.py` from template functions; each
turn is assembled from plain-text segments and (value, TYPE) segments, so offsets are
computed, never typed. All values come from one `random.Random(%d)`; output is
byte-for-byte reproducible. `python scripts/make_pii_holdout229.py --check` regenerates
the file, compares it byte for byte and validates ids, offsets, word boundaries, overlaps
and each value after normalising spoken forms (Luhn, mod-97, NI format, SSN 9 digits,
sort code 6 digits, digit counts, postcode/Eircode/ZIP shapes).

Emphasis: UK and Irish contact centres (NI numbers typed and spoken in many ways, sort
codes and account numbers, UK/IE phone forms, UK postcodes and Eircodes, UK street
addresses, card payments by phone), plus US SSNs/ZIPs and EU IBANs, and UK-style non-PII
references (policy, customer, meter, booking, claim numbers said with their names).

## Annotation conventions

* A span covers the value only, from its first to its last token: lead-ins such as
  "it's", "my number is", "the" (in "the fourteenth of ...") are outside.
* Fillers spoken *inside* a reading ("four five um six seven") are inside the span.
* A value split over several turns is labelled as one span per turn fragment, each with
  the full type (e.g. three CARD_NUMBER spans for three groups); back-channels are outside.
* An agent reading a value back is labelled too.
* Self-corrections: both the abandoned and the corrected value are labelled when both are
  PII (e.g. an old phone number followed by the current one).
* Spelled letters "b for bravo" are inside an NI/postcode span in full.
* ADDRESS = house/flat number + street name; town and county are not labelled; the
  postcode / Eircode / ZIP is a separate POSTCODE span.
* DOB spans cover day, month and year; EXPIRY covers month and year; CVV covers the code.
* Phone spans include a leading "+" / "plus" and country code.
* Negatives contain no PII at all: amounts, balances, dates that are not birth dates,
  times, durations, counts, ages, meter readings, flight/room/model numbers and
  reference numbers (up to 10 digits) said with their reference word.

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    text = build()
    problems, counts, npos, nneg = check_cases(text)
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        for path, want in ((CASES, text), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != want:
                        problems.append("%s differs from regenerated output" % path)
            except FileNotFoundError:
                problems.append("%s missing" % path)
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

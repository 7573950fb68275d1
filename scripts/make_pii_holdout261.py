#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h261 (UK/IE emphasis).

Usage: python scripts/make_pii_holdout261.py          # write fixture + README
       python scripts/make_pii_holdout261.py --check  # regenerate and verify
Standard library only. All values come from one seeded random.Random.
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 261241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout261")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey",
        "X": "x-ray", "Y": "yankee", "Z": "zulu", "O": "oscar", "U": "uniform", "V": "victor",
        "Q": "quebec", "I": "india"}
HOMO = {"B": "bee", "C": "see", "J": "jay", "K": "kay", "P": "pee", "T": "tee", "Y": "why",
        "R": "are", "E": "e", "H": "aitch", "W": "double you"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def ordinal(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def zero_word(style=None):
    return style or R.choice(["oh", "oh", "o", "zero", "nought"])


def say_pair(p):
    """two digit string -> words (tens must be non-zero)."""
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def say_digits(ds, pairs=0.0, doubles=0.5, zero=None, filler=0.0):
    """Speak a digit string as an ASR would write it."""
    z = zero_word(zero)
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        w = z if d == "0" else UNITS[int(d)]
        if i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and R.random() < doubles:
            out.append("triple " + w)
            i += 3
        elif i + 1 < len(ds) and ds[i + 1] == d and R.random() < doubles:
            out.append("double " + w)
            i += 2
        elif i + 1 < len(ds) and d != "0" and ds[i + 1] != "0" and R.random() < pairs:
            out.append(say_pair(ds[i:i + 2]))
            i += 2
        else:
            out.append(w)
            i += 1
        if filler and i < len(ds) and R.random() < filler:
            out.append(R.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_letter(c, mode=None):
    mode = mode or R.choice(["plain", "plain", "nato", "homo"])
    if c == "O":
        mode = "nato"
    if mode == "nato":
        return c.lower() + " for " + NATO[c]
    if mode == "homo" and c in HOMO:
        return HOMO[c]
    return c.lower()


def say_alnum(s, pairs=0.0, lmode=None):
    out = []
    buf = ""
    for c in s:
        if c.isdigit():
            buf += c
        else:
            if buf:
                out.append(say_digits(buf, pairs=pairs))
                buf = ""
            if c.isalpha():
                out.append(say_letter(c, lmode))
    if buf:
        out.append(say_digits(buf, pairs=pairs))
    return " ".join(out)


# ---------------------------------------------------------------- normaliser (for --check)
W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
T2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TN2D = {w: k for k, w in TENS.items()}
NATO_R = {v: k for k, v in NATO.items()}
HOMO_R = {v: k for k, v in HOMO.items() if " " not in v}
FILL = {"um", "uh", "er", "erm", "and", "then", "dash", "space", "plus", "hyphen", "sorry", "is",
        "its", "it's", "the", "ah"}


def normalise(text):
    """Spoken or typed value -> uppercase alphanumerics."""
    t = text.lower().replace("double you", "w")
    toks = re.findall(r"[a-z0-9'\-]+", t)
    toks = [x for tok in toks for x in (tok.split("-") if tok != "x-ray" else [tok]) if x]
    out = []
    rep = 1
    i = 0
    while i < len(toks):
        tok = toks[i]
        if len(tok) == 1 and tok.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for":
            out.append(tok.upper() * rep)
            rep = 1
            i += 3
            continue
        if tok == "double":
            rep = 2
        elif tok == "triple":
            rep = 3
        elif tok in FILL:
            pass
        elif tok.isdigit():
            out.append(tok * rep if len(tok) == 1 else tok)
            rep = 1
        elif tok in W2D:
            out.append(W2D[tok] * rep)
            rep = 1
        elif tok in T2D:
            out.append(T2D[tok])
        elif tok in TN2D:
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(str(TN2D[tok]) + W2D[toks[i + 1]])
                i += 1
            else:
                out.append(str(TN2D[tok]) + "0")
        elif tok == "hundred":
            out.append("00")
        elif tok == "for" and out:
            # "b for bravo": skip the NATO word
            i += 1
        elif tok in NATO_R:
            out.append(NATO_R[tok])
        elif tok in HOMO_R:
            out.append(HOMO_R[tok] * rep)
            rep = 1
        elif re.fullmatch(r"[a-z0-9]+", tok):
            out.append(tok.upper() * (rep if len(tok) == 1 else 1))
            rep = 1
        i += 1
    return "".join(out).upper()


def luhn_ok(ds):
    s = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


NI_BAD1 = set("DFIQUV")
NI_BAD2 = set("DFIQUVO")


def ni_ok(s):
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}([A-D])", s)
    if not m:
        return False
    if m.group(1) in NI_BAD1 or m.group(2) in NI_BAD2:
        return False
    return s[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


UK_PC = re.compile(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})")
EIR = re.compile(r"[ACDEFHKNPRTVWXY]\d[\dW][0-9ACDEFHKNPRTVWXY]{4}")
ZIP = re.compile(r"\d{5}(\d{4})?")


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "visa19", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randrange(10)), 16)
    if kind == "visa19":
        return luhn_complete("4" + str(R.randrange(10)), 19)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "22"]), 16)
    if kind == "maestro":
        return luhn_complete(R.choice(["6759", "6761", "5018"]), 16)
    return luhn_complete(R.choice(["34", "37"]), 15)


def group_card(c, sep=" "):
    if len(c) == 15:
        return sep.join([c[:4], c[4:10], c[10:]])
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def gen_ni():
    while True:
        a = R.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = R.choice("ABCEGHJKLMNPRSTWXYZ")
        s = a + b + "".join(str(R.randrange(10)) for _ in range(6)) + R.choice("ABCD")
        if ni_ok(s):
            return s


def gen_ssn():
    while True:
        a = R.randrange(1, 900)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


def gen_sort():
    return R.choice(["20", "40", "30", "60", "77", "83", "09", "11", "90", "93", "98"]) + \
        "".join(str(R.randrange(10)) for _ in range(4))


def gen_acct(n=8):
    return str(R.randrange(1, 10)) + "".join(str(R.randrange(10)) for _ in range(n - 1))


def make_iban(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - n % 97) + bban


def gen_iban():
    cc = R.choice(["GB", "IE", "IE", "DE", "FR", "NL"])
    if cc == "GB":
        return make_iban("GB", R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_sort() + gen_acct())
    if cc == "IE":
        return make_iban("IE", R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + gen_sort() + gen_acct())
    if cc == "DE":
        return make_iban("DE", "".join(str(R.randrange(10)) for _ in range(18)))
    if cc == "NL":
        return make_iban("NL", R.choice(["ABNA", "INGB", "RABO"]) + "".join(str(R.randrange(10)) for _ in range(10)))
    return make_iban("FR", "".join(str(R.randrange(10)) for _ in range(23)))


def rd(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def gen_phone(region=None):
    region = region or R.choice(["ukm", "ukm", "ukl", "ie", "ie", "us", "uki", "iei"])
    if region == "ukm":
        return "07" + R.choice(["7", "8", "9", "4"]) + rd(8), region
    if region == "uki":
        return "+447" + R.choice(["7", "8", "9"]) + rd(8), region
    if region == "ukl":
        pre = R.choice(["020", "0161", "0113", "0131", "0141", "0117", "029"])
        return pre + rd(8 if len(pre) == 3 else 7), region
    if region == "ie":
        return "08" + R.choice(["3", "5", "6", "7", "9"]) + rd(7), region
    if region == "iei":
        return "+3538" + R.choice(["3", "5", "7"]) + rd(7), region
    return str(R.randrange(2, 10)) + rd(2) + str(R.randrange(2, 10)) + rd(6), region


FIRST = ["sarah", "liam", "aoife", "ciaran", "priya", "tom", "niamh", "gareth", "fiona", "dave",
         "siobhan", "mark", "emma", "rhys", "grainne", "jo", "kelly", "declan", "mohammed", "anna"]
LAST = ["murphy", "okafor", "walsh", "patel", "jones", "byrne", "mcdonald", "evans", "kelly",
        "hughes", "osullivan", "smith", "brennan", "ahmed", "taylor", "doyle", "price", "nolan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "sky.com", "live.ie"]
STREETS = ["Victoria Road", "Elm Grove", "Church Street", "Main Street", "Station Road",
           "Oak Avenue", "Mill Lane", "Park Crescent", "Castle View", "Orchard Close",
           "Kingsway", "Abbey Drive", "Harbour Terrace", "Meadow Way", "Queens Gardens",
           "Willow Court", "Bridge Street", "Chapel Lane", "Seaview Park", "Foxrock Avenue"]
TOWNS_UK = ["leeds", "cardiff", "glasgow", "bristol", "manchester", "belfast", "norwich",
            "swansea", "york", "leicester"]
TOWNS_IE = ["dublin", "cork", "galway", "limerick", "sligo", "kilkenny", "athlone", "navan"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randrange(1, 99)), f + "_" + l,
                      l + "." + f[0]])
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    def part(p):
        p = p.replace(".", " dot ").replace("_", " underscore ")
        toks = []
        for tok in p.split():
            if tok.isdigit():
                toks.append(say_digits(tok, pairs=0.6))
            elif len(tok) == 1 or tok in ("dot", "underscore"):
                toks.append(tok)
            else:
                toks.append(tok)
        return " ".join(toks)
    return part(local) + " at " + part(dom)


def gen_uk_pc():
    shape = R.choice(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA"])
    L = "ABCDEFGHJKLMNOPRSTUWYZ"
    I = "ABDEFGHJLNPQRSTUWXYZ"
    out = ""
    for i, c in enumerate(shape):
        if c == "A":
            out += R.choice(I if i >= 4 else L)
        elif c == "9":
            out += str(R.randrange(10)) if i > 0 else str(R.randrange(1, 10))
        else:
            out += c
    # first-half digit shouldn't start with 0 in the district
    return out


def gen_eircode():
    rk = R.choice(["D02", "D04", "D6W", "T12", "H91", "V94", "A94", "F91", "K78", "W23", "R95"])
    u = "".join(R.choice("0123456789ACDEFHKNPRTVWXY") for _ in range(4))
    return rk + " " + u


def gen_zip():
    z = "%05d" % R.randrange(1001, 99950)
    if R.random() < 0.3:
        z += "-%04d" % R.randrange(1, 10000)
    return z


def gen_dob():
    return R.randrange(1940, 2005), R.randrange(1, 13), R.randrange(1, 29)


def gen_exp():
    return R.randrange(1, 13), R.randrange(25, 33)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.meta = []   # per span: (group, canonical)

    def turn(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ = s[0], s[1]
                grp = s[2] if len(s) > 2 else None
                canon = s[3] if len(s) > 3 else None
                self.spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                                   "type": typ})
                self.meta.append((grp, canon))
                text += val
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)


GID = [0]


def gid():
    GID[0] += 1
    return GID[0]


def V(val, typ, canon, g=None):
    return (val, typ, g if g is not None else gid(), canon)


def split_pieces(s, n):
    """split string s into n contiguous pieces of roughly equal size."""
    k = len(s)
    cuts = sorted(R.sample(range(2, k - 1), n - 1))
    bounds = [0] + cuts + [k]
    return [s[bounds[i]:bounds[i + 1]] for i in range(n)]


BACK = ["mhm", "okay go on", "yep", "right", "okay", "got that", "yeah", "go ahead", "uh huh"]


def chan():
    return R.choice(["call", "call", "chat"])


def ind_uk():
    return R.choice(["banking", "telecom", "utilities", "retail", "insurance", "travel",
                     "healthcare billing", "government services"])


# ---------------------------------------------------------------- renderers
def r_card(c, spoken):
    if spoken:
        return say_digits(c, pairs=R.choice([0, 0, 0.3]), doubles=0.5, filler=R.choice([0, 0, 0.1]))
    return R.choice([group_card(c), group_card(c, "-"), c, group_card(c, " ").replace(" ", "  ", 1),
                     group_card(c)])


def r_ni(n, spoken):
    if spoken:
        lm = R.choice(["plain", "nato", "homo", None])
        pre = say_letter(n[0], lm) + " " + say_letter(n[1], lm)
        digs = n[2:8]
        if R.random() < 0.5:
            mid = " ".join(say_pair(digs[i:i + 2]) if digs[i] != "0" else say_digits(digs[i:i + 2])
                           for i in (0, 2, 4))
        else:
            mid = say_digits(digs)
        return pre + " " + mid + " " + say_letter(n[8], lm)
    f = R.choice(["{0} {1} {2} {3} {4}", "{0}{1}{2}{3}{4}", "{0} {1}{2}{3} {4}", "{0}-{1}-{2}-{3}-{4}"])
    s = f.format(n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return s.lower() if R.random() < 0.3 else s


def r_ssn(s, spoken):
    if spoken:
        return say_digits(s, pairs=R.choice([0, 0.3]), filler=R.choice([0, 0.1]))
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])


def r_sort(s, spoken):
    if spoken:
        if R.random() < 0.5 and s[0] != "0" and s[2] != "0" and s[4] != "0":
            return " ".join(say_pair(s[i:i + 2]) for i in (0, 2, 4))
        return say_digits(s)
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (s[:2], s[2:4], s[4:])


def r_plain(d, spoken, pairs=0.2):
    if spoken:
        return say_digits(d, pairs=pairs, filler=R.choice([0, 0, 0.1]))
    return d


def r_phone(p, region, spoken):
    if spoken:
        body = p
        pre = ""
        if p.startswith("+"):
            pre = "plus " + say_digits(p[1:3] if p.startswith("+44") else p[1:4], doubles=0.7) + " "
            body = p[3:] if p.startswith("+44") else p[4:]
        return pre + say_digits(body, pairs=R.choice([0, 0.2]), doubles=0.6)
    if region == "ukm":
        return R.choice([p[:5] + " " + p[5:], p, p[:5] + " " + p[5:8] + " " + p[8:]])
    if region == "uki":
        return R.choice([p[:3] + " " + p[3:7] + " " + p[7:], p, p[:3] + " " + p[3:6] + " " + p[6:9] + " " + p[9:]])
    if region == "ukl":
        k = 3 if p.startswith("02") else 4
        return p[:k] + " " + p[k:k + 3 if k == 4 else k + 4] + " " + p[k + 3 if k == 4 else k + 4:]
    if region == "ie":
        return R.choice([p[:3] + " " + p[3:6] + " " + p[6:], p, p[:3] + "-" + p[3:]])
    if region == "iei":
        return R.choice([p[:4] + " " + p[4:6] + " " + p[6:9] + " " + p[9:], p])
    return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (p[:3], p[3:6], p[6:])


def r_pc(pc, spoken):
    if not spoken:
        return R.choice([pc, pc.lower(), pc.replace(" ", "")]) if not ZIP.fullmatch(pc.replace("-", "")) else pc
    if re.fullmatch(r"\d{5}(-\d{4})?", pc):
        return say_digits(pc.replace("-", ""))
    return say_alnum(pc.replace(" ", ""), lmode=R.choice(["plain", "nato", None]))


def r_date_dob(y, m, d, spoken):
    if spoken:
        yr = say_pair(str(y)[:2]) + " " + (say_pair(str(y)[2:]) if str(y)[2] != "0" else
                                          ("oh " + UNITS[int(str(y)[3])] if str(y)[3] != "0" else "hundred"))
        if y >= 2000:
            yr = "two thousand" + (" and " + UNITS[y - 2000] if y > 2000 else "")
        return R.choice(["the %s of %s %s" % (ordinal(d), MONTHS[m - 1], yr),
                         "%s %s %s" % (ordinal(d), MONTHS[m - 1], yr),
                         "%s the %s %s" % (MONTHS[m - 1], ordinal(d), yr)])
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                     "%02d-%02d-%d" % (d, m, y), "%02d.%02d.%02d" % (d, m, y % 100)])


def r_exp(m, y, spoken):
    if spoken:
        return R.choice(["%s %s" % (say_digits("%02d" % m), say_pair(str(y))),
                         "%s twenty %s" % (MONTHS[m - 1], say_pair(str(y))),
                         "%s %s" % (UNITS[m] if m < 10 else TEENS[m - 10], say_pair(str(y)))])
    return R.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d %02d"]) % (m, y)


def r_addr(spoken):
    num = R.randrange(1, 240)
    st = R.choice(STREETS)
    flat = R.random() < 0.2
    if spoken:
        n = say_digits(str(num), pairs=0.8) if num < 100 else \
            (UNITS[num // 100] + " " + (say_pair(str(num)[1:]) if str(num)[1] != "0" else "oh " + UNITS[num % 10]))
        s = n + " " + st.lower()
        if flat:
            s = "flat " + UNITS[R.randrange(1, 10)] + " " + s
        return s
    s = "%d %s" % (num, st)
    if flat:
        s = "Flat %d, %s" % (R.randrange(1, 20), s)
    return s.lower() if R.random() < 0.3 else s


# ---------------------------------------------------------------- positive templates
def p_card_oneturn():
    sp = chan() == "call"
    c = gen_card()
    k = Case("positive", "%s/%s: card number in one turn%s" % ("call" if sp else "chat", ind_uk(),
                                                              " read digit by digit" if sp else " typed"))
    k.a("can i take the long card number please" if sp else "Please type the 16 digit card number when ready.")
    k.c(R.choice(["yeah it's ", "ok ", "right so it's ", "", "sure "]), V(r_card(c, sp), "CARD_NUMBER", c),
        R.choice(["", " and that's a visa debit", " thanks", " sorry that's the card for the sixty quid payment"]))
    return k


def p_card_split():
    c = gen_card()
    n = R.choice([3, 4, 4, 5])
    pieces = split_pieces(c, n) if R.random() < 0.4 else [c[i:i + 4] for i in range(0, len(c), 4)]
    g = gid()
    k = Case("positive", "call/%s: card split over %d customer turns with back-channels" % (ind_uk(), len(pieces)))
    k.a("okay whenever you're ready with the card number")
    for i, p in enumerate(pieces):
        if i:
            k.a(R.choice(BACK))
        k.c(R.choice(["", "", "um ", "right "]) if i == 0 else "", V(say_digits(p, doubles=0.6), "CARD_NUMBER", p, g))
    return k


def p_card_full():
    c = gen_card()
    m, y = gen_exp()
    cv = rd(4 if len(c) == 15 else 3)
    sp = chan() == "call"
    k = Case("positive", "%s/%s: card, expiry and security code in sequence" % ("call" if sp else "chat", ind_uk()))
    k.a("so the amount today is %s pounds %s, can i take the card number" % (R.choice(["forty two", "one hundred and twelve", "eighty nine"]), R.choice(["fifty", "ninety nine", "twenty"])) if sp
        else "The balance is £%d.%02d. Card number please?" % (R.randrange(10, 400), R.randrange(100)))
    k.c(V(r_card(c, sp), "CARD_NUMBER", c))
    k.a("and the expiry" if sp else "Expiry date?")
    k.c(R.choice(["it's ", "expires ", "", "valid till "]), V(r_exp(m, y, sp), "EXPIRY", (m, y)))
    k.a("and the three digits on the back" if sp else "And the CVV/security code on the back")
    k.c(R.choice(["", "it's ", "security code "]), V(r_plain(cv, sp, 0.3), "CVV", cv))
    return k


def p_card_correction():
    c = gen_card()
    wrong = c[:6] + str((int(c[6]) + 3) % 10)
    k = Case("positive", "call/%s: caller self-corrects mid card number; both attempts labelled" % ind_uk())
    k.a("go ahead with the card")
    g = gid()
    k.c(V(say_digits(wrong), "CARD_NUMBER", ("P", wrong), g), " no sorry wait let me start again")
    k.a("no problem")
    k.c(V(say_digits(c, pairs=0.2), "CARD_NUMBER", c))
    return k


def p_card_readback():
    c = gen_card()
    k = Case("positive", "call/%s: agent reads card back; customer confirms last four" % ind_uk())
    k.c("the card is ", V(say_digits(c), "CARD_NUMBER", c))
    k.a("let me just read that back ", V(say_digits(c, doubles=0.8), "CARD_NUMBER", c), " is that right")
    k.c("yeah that's it ending ", V(say_digits(c[-4:]), "CARD_NUMBER", ("P", c[-4:])))
    return k


def p_ni():
    n = gen_ni()
    sp = chan() != "chat"
    ind = R.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    k = Case("positive", "%s/%s: national insurance number%s" % ("call" if sp else "chat", ind, " spoken" if sp else " typed"))
    k.a(R.choice(["can you confirm your national insurance number", "and your NI number please",
                  "what's your national insurance number"]) if sp else "Could you provide your National Insurance number?")
    k.c(R.choice(["yeah it's ", "it is ", "", "um ", "my ni is ", "NI: "]) if not sp else R.choice(["yeah it's ", "it's ", "", "um it's "]),
        V(r_ni(n, sp), "NI_NUMBER", n), R.choice(["", " i think", " thanks", ""]))
    return k


def p_ni_split():
    n = gen_ni()
    g = gid()
    k = Case("positive", "call/government services: NI number split over turns, letters then digits then suffix")
    k.a("national insurance number when you're ready")
    lm = R.choice(["plain", "nato", "homo"])
    k.c("okay ", V(say_letter(n[0], lm) + " " + say_letter(n[1], lm), "NI_NUMBER", n[:2], g))
    k.a(R.choice(BACK))
    k.c(V(say_digits(n[2:5]), "NI_NUMBER", n[2:5], g))
    k.a(R.choice(BACK))
    k.c(V(say_digits(n[5:8]) + " " + say_letter(n[8], lm), "NI_NUMBER", n[5:], g), R.choice(["", " that's it"]))
    return k


def p_ni_chat_mixed():
    n = gen_ni()
    ref = rd(8)
    k = Case("positive", "chat/government services: NI number typed next to an unlabelled claim reference")
    k.c("hi my claim ref is %s and ni no %s" % (ref, ""), V(r_ni(n, False), "NI_NUMBER", n),
        " can u check why payment of £%d.%02d hasnt arrived" % (R.randrange(50, 400), R.randrange(100)))
    return k


def p_ssn():
    s = gen_ssn()
    sp = chan() == "call"
    k = Case("positive", "%s/%s: US social security number" % ("call" if sp else "chat",
                                                             R.choice(["banking", "insurance", "healthcare billing", "telecom"])))
    k.a("for verification can i get your social security number" if sp else "Please verify with your SSN.")
    k.c(R.choice(["sure it's ", "", "ssn ", "yeah ", "my social is "]), V(r_ssn(s, sp), "SSN", s))
    return k


def p_ssn_last4_split():
    s = gen_ssn()
    g = gid()
    k = Case("positive", "call/healthcare billing: SSN given in three chunks across turns")
    k.a("what's the social security number on the account")
    k.c(V(say_digits(s[:3]), "SSN", s[:3], g))
    k.a(R.choice(BACK))
    k.c(V(say_digits(s[3:5]), "SSN", s[3:5], g))
    k.a(R.choice(BACK))
    k.c(V(say_digits(s[5:], pairs=0.4), "SSN", s[5:], g))
    return k


def p_ssn_zip():
    s = gen_ssn()
    z = gen_zip()
    sp = chan() == "call"
    k = Case("positive", "%s/insurance: SSN and ZIP code in one turn" % ("call" if sp else "chat"))
    k.a("i need your social and the zip code on the policy")
    k.c("social is ", V(r_ssn(s, sp), "SSN", s), " and the zip is ", V(r_pc(z, sp), "POSTCODE", z))
    return k


def p_bank():
    sc, ac = gen_sort(), gen_acct()
    sp = chan() != "chat"
    k = Case("positive", "%s/%s: UK sort code and account number" % ("call" if sp else "chat",
                                                                   R.choice(["banking", "utilities", "insurance", "telecom"])))
    k.a("for the direct debit i'll need the sort code and account number" if sp else "Please send your sort code and account number for the DD.")
    if R.random() < 0.5:
        k.c("sort code ", V(r_sort(sc, sp), "SORT_CODE", sc), R.choice([" account ", " and account number ", ", acc no "]),
            V(r_plain(ac, sp), "BANK_ACCOUNT", ac))
    else:
        k.c(R.choice(["", "ok ", "the sort code is "]), V(r_sort(sc, sp), "SORT_CODE", sc))
        k.a(R.choice(["and the account number", "great and the eight digit account number"]))
        k.c(V(r_plain(ac, sp, 0.4), "BANK_ACCOUNT", ac))
    return k


def p_bank_readback():
    sc, ac = gen_sort(), gen_acct()
    k = Case("positive", "call/banking: agent reads back sort code and account; amount unlabelled")
    k.c("sort code ", V(r_sort(sc, True), "SORT_CODE", sc), " account ", V(r_plain(ac, True), "BANK_ACCOUNT", ac))
    k.a("so that's ", V(r_sort(sc, True), "SORT_CODE", sc), " and ", V(r_plain(ac, True), "BANK_ACCOUNT", ac),
        " and the monthly payment will be %s pounds" % R.choice(["thirty four", "fifty two", "ninety"]))
    return k


def p_us_acct():
    ac = gen_acct(R.choice([10, 11, 12]))
    sp = chan() == "call"
    k = Case("positive", "%s/banking: US checking account number with routing talk" % ("call" if sp else "chat"))
    k.a("what's the checking account number")
    k.c(R.choice(["it's ", "checking account ", ""]), V(r_plain(ac, sp), "BANK_ACCOUNT", ac))
    return k


def p_iban():
    ib = gen_iban()
    sp = chan() == "call"
    k = Case("positive", "%s/%s: IBAN %s" % ("call" if sp else "chat", R.choice(["banking", "travel", "utilities", "insurance"]),
                                             "spelled out" if sp else "typed in groups"))
    k.a("can you give me the iban for the refund" if sp else "Please provide your IBAN for the refund.")
    if sp:
        txt = say_alnum(ib, lmode=R.choice(["plain", "nato"]))
    else:
        txt = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
    k.c(R.choice(["", "iban is ", "sure it's "]), V(txt, "IBAN", ib))
    return k


def p_phone():
    p, reg = gen_phone()
    sp = chan() == "call"
    k = Case("positive", "%s/%s: %s phone number" % ("call" if sp else "chat", ind_uk(), reg))
    k.a("what's the best number to reach you on" if sp else "What's a good contact number?")
    k.c(R.choice(["", "it's ", "my mobile is ", "landline "]), V(r_phone(p, reg, sp), "PHONE", p),
        R.choice(["", " after six is best", " thanks"]))
    return k


def p_phone_split():
    p, reg = gen_phone(R.choice(["ukm", "ie"]))
    g = gid()
    k = Case("positive", "call/telecom: mobile read in chunks with agent echo")
    a, b = p[:5], p[5:]
    k.a("and your mobile")
    k.c(V(say_digits(a, doubles=0.7), "PHONE", a, g))
    k.a(R.choice(BACK))
    k.c(V(say_digits(b, pairs=0.3), "PHONE", b, g))
    k.a("so ", V(say_digits(p), "PHONE", p), " lovely")
    return k


def p_email():
    e = gen_email()
    sp = chan() == "call"
    k = Case("positive", "%s/%s: email address%s" % ("call" if sp else "chat", ind_uk(), " dictated" if sp else ""))
    k.a("and an email address for the confirmation")
    k.c(R.choice(["", "it's ", "yeah "]), V(say_email(e) if sp else R.choice([e, e.upper() if R.random() < 0.2 else e]), "EMAIL", e))
    return k


def p_dob():
    y, m, d = gen_dob()
    sp = chan() == "call"
    k = Case("positive", "%s/%s: date of birth for security" % ("call" if sp else "chat", ind_uk()))
    k.a(R.choice(["can you confirm your date of birth", "and your date of birth", "dob please"]))
    k.c(R.choice(["", "it's ", "yeah ", "born "]), V(r_date_dob(y, m, d, sp), "DOB", (y, m, d)))
    return k


def p_dob_with_date():
    y, m, d = gen_dob()
    k = Case("positive", "call/healthcare billing: DOB next to an unlabelled appointment date")
    k.a("date of birth for the patient")
    k.c(V(r_date_dob(y, m, d, True), "DOB", (y, m, d)), " and the appointment was on the %s of %s" %
        (ordinal(R.randrange(1, 29)), R.choice(MONTHS)))
    return k


def p_address_uk():
    sp = chan() == "call"
    a = r_addr(sp)
    pc = gen_uk_pc()
    town = R.choice(TOWNS_UK)
    k = Case("positive", "%s/%s: UK street address with postcode" % ("call" if sp else "chat", R.choice(["utilities", "retail", "insurance", "telecom"])))
    k.a("what's the address at the property" if sp else "Please confirm the delivery address.")
    sep = " " if sp else ", "
    k.c(V(a, "ADDRESS", a), sep + town + sep, V(r_pc(pc, sp), "POSTCODE", pc.replace(" ", "")))
    return k


def p_address_ie():
    sp = chan() == "call"
    a = r_addr(sp)
    ec = gen_eircode()
    town = R.choice(TOWNS_IE)
    k = Case("positive", "%s/utilities: Irish address with Eircode" % ("call" if sp else "chat"))
    k.a("and the address and eircode")
    sep = " " if sp else ", "
    k.c(V(a, "ADDRESS", a), sep + R.choice(["", "co "]) + town + sep + ("eircode " if sp else ""),
        V(r_pc(ec, sp), "POSTCODE", ec.replace(" ", "")))
    return k


def p_postcode_only():
    pc = R.choice([gen_uk_pc(), gen_uk_pc(), gen_eircode()])
    sp = chan() == "call"
    k = Case("positive", "%s/%s: postcode alone for account lookup" % ("call" if sp else "chat", ind_uk()))
    k.a("can i take the postcode on the account")
    k.c(R.choice(["", "it's ", "yeah "]), V(r_pc(pc, sp), "POSTCODE", pc.replace(" ", "")))
    return k


def p_security_combo():
    y, m, d = gen_dob()
    pc = gen_uk_pc()
    n = gen_ni()
    k = Case("positive", "call/government services: DOB, postcode and NI number for ID&V, with an unlabelled reference")
    k.a("i'll need to verify you, date of birth first")
    k.c(V(r_date_dob(y, m, d, True), "DOB", (y, m, d)))
    k.a("and the postcode")
    k.c(V(r_pc(pc, True), "POSTCODE", pc.replace(" ", "")))
    k.a("and finally your national insurance number")
    k.c(V(r_ni(n, True), "NI_NUMBER", n), " and my case reference is %s if you need it" % say_digits(rd(7)))
    return k


def p_two_phones():
    p1, r1 = gen_phone("ukm")
    p2, r2 = gen_phone(R.choice(["ukl", "ie"]))
    k = Case("positive", "chat/telecom: two phone numbers in one message")
    k.c("mobile ", V(r_phone(p1, r1, False), "PHONE", p1), " or home ", V(r_phone(p2, r2, False), "PHONE", p2))
    return k


def p_card_chitchat():
    c = gen_card()
    m, y = gen_exp()
    k = Case("positive", "call/travel: card number with chit-chat about flight time and price between digits")
    a, b = c[:8], c[8:]
    g = gid()
    k.a("card number please for the %d pound deposit" % R.randrange(50, 300))
    k.c(V(say_digits(a), "CARD_NUMBER", a, g), " sorry the flight's at half seven so i'm a bit rushed ", V(say_digits(b), "CARD_NUMBER", b, g))
    k.a("no worries and the expiry")
    k.c(V(r_exp(m, y, True), "EXPIRY", (m, y)))
    return k


def p_ni_readback():
    n = gen_ni()
    k = Case("positive", "call/government services: NI number given, agent reads it back using NATO letters")
    k.a("national insurance number please")
    k.c(R.choice(["it's ", "yeah it's ", ""]), V(r_ni(n, True), "NI_NUMBER", n))
    k.a("thank you so that's ", V(say_letter(n[0], "nato") + " " + say_letter(n[1], "nato") + " " + say_digits(n[2:8]) + " " +
                                 say_letter(n[8], "nato"), "NI_NUMBER", n), " yeah")
    k.c("that's right yeah")
    return k


def p_dob_short():
    y, m, d = gen_dob()
    sp = chan() == "call"
    k = Case("positive", "%s/%s: DOB in short numeric form with age mentioned (age unlabelled)" % ("call" if sp else "chat", ind_uk()))
    k.a("and the date of birth of the policy holder")
    if sp:
        txt = "the %s of the %s %s" % (ordinal(d), ordinal(m), say_pair(str(y)[2:]) if str(y)[2] != "0" else "oh " + UNITS[y % 10])
    else:
        txt = R.choice(["%d.%d.%02d" % (d, m, y % 100), "%02d/%02d/%02d" % (d, m, y % 100), "%d-%s-%d" % (d, MONTHS[m - 1][:3].title(), y)])
    k.c(V(txt, "DOB", (y, m, d)), R.choice([" so i'm %s now" % R.choice(["forty", "fifty two", "thirty one"]), "", " thanks"]))
    return k


def p_address_split():
    a = r_addr(True)
    pc = gen_uk_pc()
    k = Case("positive", "call/utilities: address then postcode over separate turns with agent read-back of postcode")
    k.a("what's the first line of the address")
    k.c("it's ", V(a, "ADDRESS", a), " in " + R.choice(TOWNS_UK))
    k.a("and the postcode")
    k.c(V(r_pc(pc, True), "POSTCODE", pc.replace(" ", "")))
    k.a("so that's ", V(say_alnum(pc.replace(" ", ""), lmode="nato"), "POSTCODE", pc.replace(" ", "")), " perfect")
    return k


def p_email_phone_chat():
    e = gen_email()
    p, reg = gen_phone(R.choice(["ukm", "iei", "ie"]))
    k = Case("positive", "chat/retail: email and phone typed in one message with an order number (unlabelled)")
    k.c("order %s hasnt arrived. email me on " % rd(9), V(e, "EMAIL", e), " or ring ", V(r_phone(p, reg, False), "PHONE", p))
    return k


def p_sort_acct_split():
    sc, ac = gen_sort(), gen_acct()
    g1, g2 = gid(), gid()
    k = Case("positive", "call/banking: sort code and account number split across turns, sort code tail and account head in one turn")
    k.a("sort code first")
    k.c(V(say_digits(sc[:4]), "SORT_CODE", sc[:4], g1))
    k.a(R.choice(BACK))
    k.c(V(say_digits(sc[4:]), "SORT_CODE", sc[4:], g1), " and the account is ", V(say_digits(ac[:4]), "BANK_ACCOUNT", ac[:4], g2))
    k.a(R.choice(BACK))
    k.c(V(say_digits(ac[4:], pairs=0.5), "BANK_ACCOUNT", ac[4:], g2))
    return k


POS = [(p_card_oneturn, 10), (p_card_split, 6), (p_card_full, 14), (p_card_correction, 3), (p_card_readback, 3),
       (p_card_chitchat, 4),
       (p_ni, 14), (p_ni_split, 5), (p_ni_chat_mixed, 5), (p_security_combo, 6),
       (p_ssn, 12), (p_ssn_last4_split, 5), (p_ssn_zip, 6),
       (p_bank, 12), (p_bank_readback, 4), (p_us_acct, 3), (p_iban, 12),
       (p_phone, 12), (p_phone_split, 4), (p_two_phones, 3), (p_email, 13),
       (p_dob, 10), (p_dob_with_date, 4), (p_address_uk, 10), (p_address_ie, 6), (p_postcode_only, 6),
       (p_ni_readback, 5), (p_dob_short, 6), (p_address_split, 5), (p_email_phone_chat, 5), (p_sort_acct_split, 5)]


# ---------------------------------------------------------------- negative templates
def money_words():
    return R.choice(["forty two pounds fifty", "one hundred and nineteen euro", "sixty seven pounds ninety nine",
                     "two hundred and thirty four pounds", "twelve fifty", "eighty euro a month",
                     "three thousand two hundred pounds", "nine ninety nine"])


def n_policy():
    ref = R.choice(["policy number", "customer reference", "booking reference", "claim number",
                    "order number", "ticket number", "invoice number", "case reference"])
    num = rd(R.choice([6, 7, 8, 9, 10]))
    sp = chan() == "call"
    k = Case("negative", "%s/%s: %s said with its name (not PII)" % ("call" if sp else "chat", ind_uk(), ref))
    k.a("have you got your %s there" % ref)
    k.c("yeah the %s is %s" % (ref, say_digits(num, pairs=0.3) if sp else R.choice([num, R.choice(["PN", "CR", "BK", "INV-"]) + num])))
    k.a("thanks i've found it")
    return k


def n_meter():
    rd1 = rd(5)
    sp = chan() == "call"
    k = Case("negative", "%s/utilities: gas and electric meter readings" % ("call" if sp else "chat"))
    k.a("can you give me the meter readings")
    if sp:
        k.c("electric is %s and the gas is %s" % (say_digits(rd1, pairs=0.5), say_digits(rd(4), pairs=0.5)))
    else:
        k.c("Elec reading %s, gas %s.%d (taken %s)" % (rd1, rd(4), R.randrange(10), R.choice(["this morning", "on Monday", "at 8am"])))
    return k


def n_money():
    k = Case("negative", "call/%s: amounts, balances and percentages" % R.choice(["banking", "telecom", "utilities"]))
    k.a("your balance is %s and the rate is %s percent" % (money_words(), R.choice(["four point nine", "twenty two", "three point five"])))
    k.c("and if i pay %s on the %s will that clear it" % (money_words(), ordinal(R.randrange(1, 29))))
    k.a("yes that leaves %s outstanding" % money_words())
    return k


def n_money_chat():
    k = Case("negative", "chat/retail: prices, quantities and order totals")
    k.c("I ordered %d x item model %s at £%d.%02d each, total was £%s.%02d incl. VAT at 20%%" %
        (R.randrange(2, 9), R.choice(["KX-4410", "HD-2200B", "S24-ULTRA", "WM8710"]), R.randrange(5, 90), R.randrange(100),
         "{:,}".format(R.randrange(100, 3000)), R.randrange(100)))
    k.a("Thanks, I can see order %s placed on %02d/%02d/2026" % (rd(R.choice([7, 8, 9])), R.randrange(1, 29), R.randrange(1, 13)))
    return k


def n_times():
    k = Case("negative", "call/%s: times, durations, appointment dates" % R.choice(["telecom", "healthcare billing", "utilities"]))
    k.a("the engineer can come on %s the %s of %s between %s and %s" % (R.choice(["monday", "tuesday", "friday"]), ordinal(R.randrange(1, 29)),
                                                                        R.choice(MONTHS), R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one", "two"])))
    k.c("i was on hold for %s minutes last time and waited %s hours" % (R.choice(["forty five", "twenty", "ninety"]), R.choice(["two", "three"])))
    k.a("sorry about that it'll take about %s minutes" % R.choice(["thirty", "forty", "fifteen"]))
    return k


def n_flight():
    fl = R.choice(["FR", "EI", "BA", "U2", "RK"]) + str(R.randrange(100, 9999))
    sp = chan() == "call"
    k = Case("negative", "%s/travel: flight number, booking reference, seat and gate" % ("call" if sp else "chat"))
    bk = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if sp:
        k.c("i'm on flight %s %s on the %s leaving at %s booking reference %s" % (fl[:2].lower(), say_digits(fl[2:], pairs=0.7), ordinal(R.randrange(1, 29)),
                                                                              R.choice(["six forty", "seven fifteen", "eleven thirty"]), say_alnum(bk)))
    else:
        k.c("Flight %s on %d %s, dep %02d:%02d, seat %d%s, booking ref %s" % (fl, R.randrange(1, 29), R.choice(MONTHS).title(),
                                                                         R.randrange(5, 23), R.randrange(60), R.randrange(1, 33), R.choice("ABCDEF"), bk))
    k.a("thanks, that flight is delayed by %d minutes" % R.randrange(20, 180))
    return k


def n_room():
    k = Case("negative", "call/travel: hotel room, nights, guests and price")
    k.c("we're in room %s for %s nights two adults and %s kids" % (say_digits(str(R.randrange(100, 999)), pairs=0.6), R.choice(["three", "four", "seven"]), R.choice(["two", "three"])))
    k.a("okay that's %s per night and checkout is at eleven" % money_words())
    return k


def n_ages():
    k = Case("negative", "call/insurance: ages, years, car details and mileage")
    k.c("i'm %s and i've been driving since %s the car's a %s with about %s miles on it" %
        (R.choice(["forty three", "twenty nine", "sixty one"]), R.choice(["nineteen ninety eight", "two thousand and four", "twenty twelve"]),
         R.choice(["twenty nineteen golf", "twenty one ford focus", "twenty fifteen corsa"]), R.choice(["forty thousand", "eighty two thousand", "twelve thousand five hundred"])))
    k.a("thanks and the policy started on the %s of %s" % (ordinal(R.randrange(1, 29)), R.choice(MONTHS)))
    return k


def n_speeds():
    k = Case("negative", "chat/telecom: broadband speeds, data allowance and contract dates")
    k.c("paying £%d/month for %dMbps but only getting %.1f Mbps, %dGB used, contract started %d/%d/2024" %
        (R.randrange(20, 80), R.choice([100, 500, 900]), R.uniform(3, 60), R.randrange(10, 900), R.randrange(1, 29), R.randrange(1, 13)))
    k.a("Sorry to hear that. Your router model is %s and ticket %s has been raised." % (R.choice(["Hub 6", "F3896LG", "TG799vac", "HH5A"]), rd(8)))
    return k


def n_temps():
    k = Case("negative", "call/utilities: boiler pressure, temperatures and counts")
    k.c("the boiler's showing %s bar and the house is only %s degrees and there's %s radiators" %
        (R.choice(["one point two", "nought point eight", "two point five"]), R.choice(["fourteen", "sixteen", "twelve"]), R.choice(["six", "nine", "eleven"])))
    k.a("ok i've logged job number %s for an engineer on the %s" % (say_digits(rd(7)), ordinal(R.randrange(1, 29))))
    return k


def n_customer_ref_chat():
    k = Case("negative", "chat/%s: typed UK reference numbers with their names" % R.choice(["insurance", "utilities", "government services"]))
    k.c("Policy no: %s. Customer ref %s. Booking ref %s. Call me back at 3.30pm pls" %
        (R.choice(["POL", "HH", "MTR"]) + rd(7), rd(R.choice([8, 9, 10])), R.choice(["BK", "TRV"]) + rd(6)))
    k.a("Thanks, I've linked complaint %s to that policy." % ("CMP-" + rd(6)))
    return k


def n_mprn():
    k = Case("negative", "call/utilities: tariff, kWh usage, unit rates and account balance")
    k.a("you used %s kilowatt hours last quarter at %s pence per unit" % (R.choice(["eight hundred and forty", "one thousand two hundred", "six fifty"]), R.choice(["twenty four point five", "thirty one", "nineteen point eight"])))
    k.c("so the bill of %s is right then" % money_words())
    k.a("yes and your standing charge is %s pence a day" % R.choice(["fifty three", "forty", "sixty one point two"]))
    return k


def n_count_years():
    k = Case("negative", "call/banking: years with bank, number of payments, interest")
    k.c("i've been with you since %s and made %s payments on time" % (R.choice(["nineteen ninety five", "two thousand and eight", "twenty eleven"]), R.choice(["thirty six", "forty eight", "twelve"])))
    k.a("that's right and there are %s payments left at %s each" % (R.choice(["twenty four", "eighteen", "six"]), money_words()))
    return k


def n_dd_dates():
    sp = chan() == "call"
    k = Case("negative", "%s/%s: direct debit amounts and payment dates (not birth dates)" % ("call" if sp else "chat", R.choice(["utilities", "telecom", "insurance"])))
    if sp:
        k.a("your direct debit of %s comes out on the %s of every month" % (money_words(), ordinal(R.randrange(1, 29))))
        k.c("can i move it to the %s of %s instead i get paid on the %s" % (ordinal(R.randrange(1, 29)), R.choice(MONTHS), ordinal(R.randrange(1, 29))))
    else:
        k.a("Your DD of \u00a3%d.%02d is collected on %02d/%02d/2026." % (R.randrange(20, 200), R.randrange(100), R.randrange(1, 29), R.randrange(1, 13)))
        k.c("can it go out on the %dth instead? last one was %d/%d/26" % (R.randrange(4, 20), R.randrange(1, 29), R.randrange(1, 13)))
    return k


def n_ie_bill():
    k = Case("negative", "chat/utilities: Irish bill reference, kWh reading and due date")
    k.c("Bill ref %s %s says \u20ac%d.%02d due %d %s, meter reading %s kWh - thats way more than the %d last time" %
        (rd(4), rd(4), R.randrange(60, 400), R.randrange(100), R.randrange(1, 29), R.choice(MONTHS).title(), rd(5), R.randrange(1000, 9999)))
    k.a("I can see that bill. The estimate was based on %d days usage." % R.randrange(28, 95))
    return k


NEG = [n_policy, n_policy, n_meter, n_money, n_money_chat, n_times, n_flight, n_room, n_ages, n_speeds,
       n_temps, n_customer_ref_chat, n_mprn, n_count_years, n_dd_dates, n_ie_bill]


# ---------------------------------------------------------------- build
def build():
    R.seed(SEED)
    GID[0] = 0
    cases = []
    pos_fns = []
    for fn, w in POS:
        pos_fns += [fn] * w
    R.shuffle(pos_fns)
    for i, fn in enumerate(pos_fns):
        k = fn()
        k.id = "h261-pos-%03d" % (i + 1)
        cases.append(k)
    for i in range(110):
        k = NEG[i % len(NEG)]()
        k.id = "h261-neg-%03d" % (i + 1)
        cases.append(k)
    return cases


def to_json(k):
    return json.dumps({"id": k.id, "kind": k.kind, "turns": k.turns, "spans": k.spans, "note": k.note},
                      ensure_ascii=False)


def dump(cases):
    return "".join(to_json(k) + "\n" for k in cases)


def counts(cases):
    c = Counter()
    for k in cases:
        for s in k.spans:
            c[s["type"]] += 1
    return c


def validate_value(typ, text, canon):
    """Return problem string or None. canon is the intended value (may be ('P', partial))."""
    partial = isinstance(canon, tuple) and len(canon) == 2 and canon[0] == "P"
    if partial:
        canon = canon[1]
    n = normalise(text)
    if typ in ("CARD_NUMBER", "SSN", "SORT_CODE", "BANK_ACCOUNT", "CVV", "PHONE", "NI_NUMBER", "IBAN", "POSTCODE"):
        want = re.sub(r"[^A-Z0-9]", "", str(canon).upper())
        if n != want:
            return "normalised %r != intended %r" % (n, want)
    return None


def validate_group(typ, canon):
    if isinstance(canon, tuple) and canon and canon[0] == "P":
        return None if canon[1].isdigit() else "partial not digits"
    v = canon
    if typ == "CARD_NUMBER":
        return None if v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v) else "bad card %s" % v
    if typ == "SSN":
        return None if re.fullmatch(r"\d{9}", v) and v[:3] not in ("000", "666") and v[0] != "9" else "bad ssn"
    if typ == "NI_NUMBER":
        return None if ni_ok(v) else "bad NI %s" % v
    if typ == "SORT_CODE":
        return None if re.fullmatch(r"\d{6}", v) else "bad sort"
    if typ == "BANK_ACCOUNT":
        return None if re.fullmatch(r"\d{8,12}", v) else "bad acct"
    if typ == "CVV":
        return None if re.fullmatch(r"\d{3,4}", v) else "bad cvv"
    if typ == "PHONE":
        d = re.sub(r"\D", "", v)
        return None if 10 <= len(d) <= 13 else "bad phone %s" % v
    if typ == "IBAN":
        return None if iban_ok(v) else "bad iban"
    if typ == "POSTCODE":
        v = v.replace("-", "")
        return None if (UK_PC.fullmatch(v) or EIR.fullmatch(v) or ZIP.fullmatch(v)) else "bad postcode %s" % v
    if typ == "EMAIL":
        return None if re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", v) else "bad email"
    if typ == "DOB":
        y, m, d = v
        return None if 1900 < y < 2010 and 1 <= m <= 12 and 1 <= d <= 31 else "bad dob"
    if typ == "EXPIRY":
        m, y = v
        return None if 1 <= m <= 12 and 24 <= y <= 40 else "bad expiry"
    if typ == "ADDRESS":
        return None if re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|teen", v.lower()) and \
            re.search(r"(road|grove|street|avenue|lane|crescent|view|close|kingsway|drive|terrace|way|gardens|court|park)$", v.lower()) else "bad address"
    return "unknown type"


def check(cases):
    probs = []
    ids = set()
    for k in cases:
        if k.id in ids:
            probs.append("duplicate id " + k.id)
        ids.add(k.id)
        if k.kind == "negative" and k.spans:
            probs.append(k.id + ": negative with spans")
        if k.kind == "positive" and not k.spans:
            probs.append(k.id + ": positive without spans")
        by_turn = {}
        groups = {}
        for s, (g, canon) in zip(k.spans, k.meta):
            if s["type"] not in TYPES:
                probs.append(k.id + ": bad type")
            if not (0 <= s["turn"] < len(k.turns)):
                probs.append(k.id + ": turn out of range")
                continue
            t = k.turns[s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(t)):
                probs.append(k.id + ": offsets out of range")
                continue
            lead_ok = t[st].isalnum() or (s["type"] == "PHONE" and t[st] in "+(")
            if (st > 0 and t[st - 1].isalnum()) or (en < len(t) and t[en].isalnum()) or \
                    not lead_ok or not t[en - 1].isalnum():
                probs.append("%s: span not on word boundary %r" % (k.id, t[st:en]))
            by_turn.setdefault(s["turn"], []).append((st, en))
            p = validate_value(s["type"], t[st:en], canon)
            if p:
                probs.append("%s: %s %s" % (k.id, s["type"], p))
            groups.setdefault(g, [s["type"], []])[1].append(canon)
        for ti, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    probs.append(k.id + ": overlapping spans")
        for g, (typ, canons) in groups.items():
            if len(canons) == 1:
                c = canons[0]
            elif all(isinstance(x, str) for x in canons):
                c = "".join(canons)
            else:
                c = canons[0] if all(x == canons[0] for x in canons) else None
                if isinstance(canons[0], tuple) and canons[0][0] == "P":
                    c = ("P", "".join(x[1] if isinstance(x, tuple) else x for x in canons))
            p = validate_group(typ, c) if c is not None else "inconsistent group"
            if p:
                probs.append("%s: %s %s" % (k.id, typ, p))
        for s in k.turns:
            if s["speaker"] not in ("agent", "customer"):
                probs.append(k.id + ": bad speaker")
    return probs


def readme(cases):
    c = counts(cases)
    npos = sum(1 for k in cases if k.kind == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# PII hold-out set h261 (UK / Irish emphasis)

**Never use this set for tuning.** It is a held-out evaluation set; do not look at
failures here and adjust patterns, thresholds or word lists to fix them.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation or any other PII fixture; it saw only a
three-line example of the JSONL format. The cases are generated by
`scripts/make_pii_holdout261.py` from template functions (standard library only, one
`random.Random(%d)`), so the file is byte-for-byte reproducible. Every turn is assembled
from plain text segments and (value, TYPE) segments, so offsets are computed, never typed.

`python scripts/make_pii_holdout261.py --check` regenerates the set and verifies: the file
is identical, ids unique, offsets in range and on word boundaries, spans non-overlapping,
and each value, after normalising spoken forms (digit words, oh/o/nought, double/triple,
pairs like "forty one", "b for bravo", letter homophones like "bee"/"see"), matches its
intended value, which is itself validated (Luhn for cards, mod-97 for IBANs, NI number
prefix/suffix rules, 9 digits for SSN, 6 for sort codes, 3-4 for CVV, 8-12 for account
numbers, 10-13 digits for phones, UK postcode / Eircode / ZIP shapes).

## Contents

%d positive cases and %d negative cases. Mostly UK and Irish contact centres (chat and
ASR-style call transcripts: lower case, no punctuation, numbers as words), plus US SSN/ZIP
cases and EU IBANs. Negatives are tricky non-PII numbers: policy, customer, booking,
claim, order, job and ticket references said with their names, meter readings, kWh and
unit rates, money amounts, balances, percentages, times, durations, appointment and
contract dates, flight numbers, room numbers, model numbers, speeds, ages, years, counts.

| type | spans |
|---|---|
%s

## Annotation conventions

* A span covers exactly the value: digits / digit words / letters of the value, including
  inner separators, "double"/"triple", NATO words ("b for bravo") and filler words
  (um/uh/er) that fall inside a reading. Lead-ins ("it's", "my mobile is", "sort code",
  "eircode") are outside.
* A value split across several customer turns (with agent back-channels between them) is
  labelled as one span per turn, each covering that turn's piece.
* Agent read-backs of a value are labelled too. A caller's abandoned first attempt at a
  card number and a confirmation of "the last four" are labelled CARD_NUMBER.
* PHONE includes the international prefix ("plus four four", "+353") when said.
* ADDRESS is the house/flat number plus street name only; town is not labelled; the
  postcode / Eircode / ZIP is a separate POSTCODE span.
* DOB covers the whole spoken or typed date; EXPIRY covers month and year.
* Non-PII numbers in positive cases (amounts, references, appointment dates) are left
  unlabelled on purpose.
""" % (SEED, npos, nneg, rows)


def main():
    cases = build()
    text = dump(cases)
    probs = check(cases)
    c = counts(cases)
    npos = sum(1 for k in cases if k.kind == "positive")
    nneg = len(cases) - npos
    if npos < 170:
        probs.append("too few positives")
    if nneg < 100:
        probs.append("too few negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            probs.append("type %s has %d spans < %d" % (t, c[t], need))
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as f:
                old = f.read()
        except OSError:
            old = None
        if old != text:
            probs.append("cases.jsonl differs from regenerated output")
        # re-parse the file and verify offsets against it too
        if old:
            for line in old.splitlines():
                json.loads(line)
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(readme(cases))
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, c[t]))
    for p in probs[:50]:
        print("PROBLEM:", p)
    if probs:
        print("%d problem(s)" % len(probs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

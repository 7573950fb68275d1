#!/usr/bin/env python3
"""Generate the pii_holdout494 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout494.py          # write the fixture
    python scripts/make_pii_holdout494.py --check  # regenerate and verify

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout494")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(494241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------- value gen

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def make_card():
    prefix, length = R.choice([("4", 16), ("4", 16), ("51", 16), ("53", 16),
                               ("2221", 16), ("37", 15), ("34", 15),
                               ("6011", 16), ("4", 13), ("6759", 19),
                               ("4", 19), ("36", 14)])
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def non_luhn(n):
    while True:
        d = str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))
        if not luhn_ok(d):
            return d


def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 14:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def make_iban():
    c = R.choice(["GB", "GB", "IE", "IE", "IE", "DE", "FR", "NL", "ES"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + rd(14)
    elif c == "DE":
        bban = rd(18)
    elif c == "FR":
        bban = rd(23)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rd(10)
    else:
        bban = rd(20)
    return c + iban_check(c, bban) + bban


def make_sort(irish=False):
    if irish:
        return "9" + R.choice("0123") + rd(4)
    return R.choice(["20", "40", "30", "60", "77", "83", "09", "11", "16", "23"]) + rd(4)


def make_phone():
    k = R.choice(["ukmob", "ukmob", "ukmob", "uklon", "ukman", "iemob", "iemob", "iedub", "us"])
    if k == "ukmob":
        nat = "07" + R.choice("3456789") + rd(8)
        return nat, "+44" + nat[1:]
    if k == "uklon":
        nat = "020" + R.choice("378") + rd(7)
        return nat, "+44" + nat[1:]
    if k == "ukman":
        nat = R.choice(["0161", "0113", "0141", "0131", "0117", "0121", "0289"]) + R.choice("2345689") + rd(6)
        return nat, "+44" + nat[1:]
    if k == "iemob":
        nat = "08" + R.choice("35679") + rd(7)
        return nat, "+353" + nat[1:]
    if k == "iedub":
        nat = "01" + R.choice("2345689") + rd(6)
        return nat, "+353" + nat[1:]
    nat = R.choice(["212", "415", "312", "617", "718", "503"]) + "555" + "01" + rd(2)
    return nat, "+1" + nat


UK_OUT = ["SW1A", "M14", "LS6", "B15", "G12", "EH3", "BS8", "CF10", "NE1", "L17",
          "BT9", "SE15", "N7", "E14", "W3", "NG7", "S10", "CB2", "OX4", "PL4",
          "YO10", "KY16", "DE22", "HU5", "TR1"]
IN_LET = "ABDEFGHJLNPQRSTUWXYZ"


def make_ukpc():
    return R.choice(UK_OUT) + str(R.randint(1, 9)) + R.choice(IN_LET) + R.choice(IN_LET)


EIR_ROUT = ["D02", "D04", "D6W", "D08", "D15", "T12", "T23", "H91", "V94", "A65",
            "F92", "K78", "A94", "R95", "X91"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def make_eircode():
    u = R.choice("ACDEFHKNPRTVWXY") + "".join(R.choice(EIR_CH) for _ in range(3))
    return R.choice(EIR_ROUT) + u


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.3:
        z += "%04d" % R.randint(1, 9999)
    return z


STREETS = ["elm road", "acacia avenue", "church street", "station road", "mill lane",
           "victoria terrace", "the crescent", "high street", "meadow close",
           "kingsway", "orchard drive", "ormeau road", "main street", "castle view",
           "seafield park", "maple avenue", "cedar court", "hollybank grove",
           "beech hill road", "oak boulevard", "riverside walk", "glen crescent"]
TOWNS_UK = ["Leeds", "Manchester", "Glasgow", "Bristol", "Belfast", "Cardiff", "Norwich", "York"]
TOWNS_IE = ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Sligo"]
TOWNS_US = ["Springfield", "Portland", "Austin", "Columbus", "Denver"]

FIRST = ["sarah", "john", "aoife", "ciaran", "priya", "mohammed", "gemma", "declan",
         "siobhan", "tom", "olivia", "niamh", "raj", "emma", "liam", "grainne", "kate"]
LAST = ["doe", "obrien", "murphy", "patel", "smith", "kelly", "walsh", "jones",
        "byrne", "mccarthy", "singh", "evans", "nolan", "hughes", "brennan"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "eircom.net",
           "btinternet.com", "icloud.com", "live.ie", "protonmail.com", "sky.com"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# -------------------------------------------------------------- spoken forms

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet",
        "K": "kilo", "L": "lima", "M": "mike", "N": "november", "O": "oscar",
        "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee",
        "Z": "zulu"}
LETTER_NAMES = {"H": "aitch", "Z": "zed", "J": "jay", "K": "kay", "Y": "why",
                "X": "ex", "R": "are", "S": "ess", "B": "bee", "P": "pee",
                "T": "tee", "W": "double-you"}
FILLERS = ["um", "uh", "er", "erm"]


def zero_word(pref=None):
    return pref or R.choice(["oh", "oh", "nought", "zero", "o", "oh"])


def say_digit(c, zw):
    return zw if c == "0" else UNITS[int(c)]


def say_pair(p, zw):
    a, b = p
    if a == "0":
        return zw + " " + say_digit(b, zw)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return say_digit(a, zw) + " " + zw
    return TENS[int(a)] + R.choice([" ", "-"]) + UNITS[int(b)]


def say_hundreds(t, zw):
    if t[0] == "0" or t[1:] == "00":
        return " ".join(say_digit(c, zw) for c in t)
    rest = t[1:]
    if rest[0] == "0":
        tail = UNITS[int(rest[1])]
    elif rest[0] == "1":
        tail = TEENS[int(rest[1])]
    elif rest[1] == "0":
        tail = TENS[int(rest[0])]
    else:
        tail = TENS[int(rest[0])] + " " + UNITS[int(rest[1])]
    return UNITS[int(t[0])] + " hundred and " + tail


def say_group(g, zw, style):
    """Say one digit group.  style: plain / double / pairs / mixed."""
    if style == "pairs" and len(g) % 2 == 0:
        return " ".join(say_pair(g[i:i + 2], zw) for i in range(0, len(g), 2))
    if style == "hundreds" and len(g) == 3:
        return say_hundreds(g, zw)
    if style in ("double", "mixed"):
        out = []
        i = 0
        while i < len(g):
            j = i
            while j < len(g) and g[j] == g[i]:
                j += 1
            run = j - i
            w = say_digit(g[i], zw)
            if run == 3:
                out.append(R.choice(["treble", "triple", "treble"]) + " " + w)
            elif run == 2 or run == 4:
                out.extend(["double " + w] * (run // 2))
            else:
                out.extend([w] * run)
            i = j
        return " ".join(out)
    return " ".join(say_digit(c, zw) for c in g)


def say_digits(d, groups=None, style=None, filler=0.15, sep=None):
    zw = zero_word()
    if style is None:
        style = R.choice(["plain", "double", "double", "pairs", "mixed"])
    if groups is None:
        groups = [d]
    parts = []
    for k, g in enumerate(groups):
        st = style
        if style == "mixed":
            st = R.choice(["double", "pairs", "plain", "hundreds"])
        parts.append(say_group(g, zw, st))
        if k < len(groups) - 1 and R.random() < filler:
            parts[-1] += " " + R.choice(FILLERS)
    s = sep if sep is not None else R.choice([" ", ", ", " ", "... "])
    return s.join(parts)


def say_letter(c, mode=None):
    mode = mode or R.choice(["bare", "nato", "nato", "asin", "name"])
    if c == "O" and mode in ("bare", "name"):
        mode = "nato"  # a bare "o" is heard as zero
    if mode == "name" and c in LETTER_NAMES:
        return LETTER_NAMES[c]
    if mode == "nato":
        return c.lower() + " for " + NATO[c]
    if mode == "asin":
        return c.lower() + " as in " + NATO[c]
    return c.lower()


def regroup(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return [g for g in out if g]


def rand_groups(d):
    out, i = [], 0
    while i < len(d):
        s = R.choice([2, 3, 3, 4, 4, 5])
        out.append(d[i:i + s])
        i += s
    return out


def typo_sep(groups):
    return R.choice([" ", "-", " ", "", ".", " - "]).join(groups)

# ----------------------------------------------------------- case building


class V(object):
    def __init__(self, text, typ, group=None):
        self.text, self.typ, self.group = text, typ, group


class Case(object):
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.spans = []
        self.groups = {}   # group key -> list of span indices
        self.auto = 0

    def t(self, speaker, *parts):
        text = ""
        ti = len(self.turns)
        for p in parts:
            if isinstance(p, V):
                st = len(text)
                text += p.text
                g = p.group
                if g is None:
                    self.auto += 1
                    g = "_auto%d" % self.auto
                self.groups.setdefault(g, []).append(len(self.spans))
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": p.typ})
            else:
                text += p
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *parts):
        return self.t("customer", *parts)

    def a(self, *parts):
        return self.t("agent", *parts)


BACKCH = ["mhm", "go on", "yep", "okay", "yeah", "uh huh", "right", "got that", "grand", "lovely"]


def bc():
    return R.choice(BACKCH)


def cap(s):
    return s[0].upper() + s[1:]

# -------------------------------------------------------- spoken values


def card_spoken(d):
    g = card_groups(d)
    if R.random() < 0.3:
        g = rand_groups(d)
    return say_digits(d, g)


def card_typed(d):
    g = card_groups(d)
    if R.random() < 0.25:
        return d
    return typo_sep(g)


def ni_spoken(ni):
    lm = R.choice(["bare", "nato", "asin", "name", None])
    L = lambda c: say_letter(c, lm)
    digits = ni[2:8]
    grp = R.choice([[2, 2, 2], [3, 3], [6], [1, 2, 3], [4, 2]])
    sep = R.choice([", ", " ", " ... "])
    return (L(ni[0]) + sep + L(ni[1]) + sep + say_digits(digits, regroup(digits, grp)) + sep + L(ni[8]))


def ni_typed(ni):
    f = R.choice(["plain", "pairs", "lower", "spaced"])
    if f == "plain":
        return ni
    if f == "lower":
        return ni.lower()
    if f == "pairs":
        return ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8]
    return ni[:2] + " " + ni[2:8] + " " + ni[8]


def sort_spoken(s):
    return say_digits(s, [s[:2], s[2:4], s[4:]], style=R.choice(["pairs", "double", "plain", "mixed"]))


def sort_typed(s):
    return R.choice(["-", " ", "", "-", "."]).join([s[:2], s[2:4], s[4:]]) if R.random() < 0.85 else s


def phone_spoken(nat, intl):
    if R.random() < 0.3:
        cc, body = (intl[1:len(intl) - len(nat) + 1], nat[1:]) if nat.startswith("0") else ("1", nat)
        pre = R.choice(["plus ", "plus ", "double oh "]) + " ".join(UNITS[int(c)] for c in cc)
        if pre.startswith("double"):
            pass
        return pre + ", " + say_digits(body, rand_groups(body))
    if nat.startswith("07"):
        g = R.choice([[5, 6], [5, 3, 3], [4, 3, 4], [3, 4, 4]])
    elif nat.startswith("08"):
        g = [3, 3, 4]
    else:
        g = rand_groups(nat) and [len(x) for x in rand_groups(nat)]
    return say_digits(nat, regroup(nat, g))


def phone_typed(nat, intl):
    if R.random() < 0.35:
        cc, body = (intl[:len(intl) - len(nat) + 1], nat[1:]) if nat.startswith("0") else ("+1", nat)
        return cc + " " + typo_sep(regroup(body, [4, 6] if len(body) == 10 else [3, 3, 4]))
    if len(nat) == 10 and not nat.startswith("0"):
        return R.choice(["%s.%s.%s" % (nat[:3], nat[3:6], nat[6:]), "%s-%s-%s" % (nat[:3], nat[3:6], nat[6:])])
    return typo_sep(regroup(nat, R.choice([[5, 6], [4, 3, 4], [3, 4, 4], [11]])))


def pc_spoken(pc):
    """UK postcode / Eircode spoken: letters maybe NATO, digits as words."""
    out = []
    lm = R.choice(["bare", "nato", "bare", "name"])
    for ch in pc:
        if ch.isdigit():
            out.append(say_digit(ch, "oh" if R.random() < 0.5 else "zero"))
        else:
            out.append(say_letter(ch, lm))
    k = len(pc) - 3 if not re.fullmatch(r"[A-Z]\d[\dW][A-Z\d]{4}", pc) else 3
    return " ".join(out[:k]) + R.choice([", ", " ", " ... "]) + " ".join(out[k:])


def pc_typed(pc):
    eir = re.fullmatch(r"[A-Z]\d[\dW][A-Z\d]{4}", pc) and not re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", pc)
    k = 3 if eir else len(pc) - 3
    s = pc[:k] + R.choice([" ", " ", ""]) + pc[k:]
    return s.lower() if R.random() < 0.3 else s


def say_number(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n % 100 == 0:
        return UNITS[n // 100] + " hundred"
    return UNITS[n // 100] + " hundred and " + say_number(n % 100)


ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth",
       20: "twentieth", 30: "thirtieth"}


def say_ord(n):
    if n in ORD:
        return ORD[n]
    if n < 20:
        return say_number(n) + "th"
    t, u = divmod(n, 10)
    if u == 0:
        return TENS[t][:-1] + "ieth"
    return TENS[t] + " " + (ORD.get(u) or UNITS[u] + "th")


def say_year(y):
    if 2000 <= y < 2010:
        return "two thousand and " + UNITS[y - 2000] if y > 2000 else "two thousand"
    a, b = divmod(y, 100)
    return say_number(a) + " " + (("oh " + UNITS[b]) if b < 10 else say_number(b))


def make_dob_text(spoken, us=False):
    y, m, d = R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)
    if spoken:
        f = R.choice(["ord_of", "month_ord", "digits"])
        if f == "ord_of":
            return "the " + say_ord(d) + " of " + MONTHS[m - 1] + " " + say_year(y) if R.random() < 0.4 else say_ord(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
        if f == "month_ord":
            return MONTHS[m - 1] + " " + say_ord(d) + " " + say_year(y)
        return " ".join([say_pair("%02d" % d, "oh"), say_pair("%02d" % m, "oh"), say_year(y)])
    f = R.choice(["slash", "dot", "long", "iso", "short"])
    if us:
        return "%02d/%02d/%d" % (m, d, y)
    if f == "slash":
        return "%02d/%02d/%d" % (d, m, y)
    if f == "dot":
        return "%d.%d.%02d" % (d, m, y % 100)
    if f == "long":
        return "%d %s %d" % (d, cap(MONTHS[m - 1]), y)
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), cap(MONTHS[m - 1][:3]), y)


def make_exp_text(spoken):
    m, y = R.randint(1, 12), R.randint(25, 33)
    if spoken:
        f = R.choice(["digits", "month", "pairs"])
        if f == "digits":
            return say_pair("%02d" % m, R.choice(["oh", "zero", "nought"])) + " " + say_pair("%02d" % y, "oh")
        if f == "month":
            return MONTHS[m - 1] + " twenty " + say_number(y)
        return say_pair("%02d" % m, "oh") + R.choice([" slash ", " "]) + "twenty " + say_number(y)
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%d" % (m, y)])


def make_address(spoken):
    n = R.randint(1, 240)
    st = R.choice(STREETS)
    flat = R.random() < 0.3
    if spoken:
        s = say_number(n) + " " + st
        if flat:
            s = R.choice(["flat ", "apartment ", "unit "]) + say_number(R.randint(1, 30)) + R.choice([", ", " "]) + s
        return s
    s = "%d %s" % (n, " ".join(cap(w) for w in st.split()))
    if flat:
        s = R.choice(["Flat ", "Apt ", "flat ", "Unit "]) + str(R.randint(1, 30)) + R.choice(["B", "", ""]) + R.choice([", ", " "]) + s
    return s


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    form = R.choice(["f.l", "fl", "f_l", "fl99", "f.l99", "f1"])
    n = R.randint(1, 99)
    user = {"f.l": f + "." + l, "fl": f[0] + l, "f_l": f + "_" + l, "fl99": f + l + str(n),
            "f.l99": f + "." + l + str(n), "f1": f[0] + "." + l}[form]
    return user + "@" + R.choice(DOMAINS)


def email_spoken(e):
    user, dom = e.split("@")
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._]", user):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok.isdigit():
            out.append(say_number(int(tok)) if R.random() < 0.5 else " ".join(UNITS[int(c)] for c in tok))
        elif len(tok) == 1:
            out.append(say_letter(tok.upper(), R.choice(["bare", "nato"])))
        else:
            out.append(tok)
    d = dom.replace(".", " dot ")
    return " ".join(out) + " at " + d


def email_typed(e):
    r = R.random()
    if r < 0.2:
        return e.upper() if R.random() < 0.3 else cap(e)
    return e

# -------------------------------------------------------- normalisation


UNIT_W = {w: str(i) for i, w in enumerate(UNITS)}
UNIT_W.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "naught": "0"})
TEEN_W = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_W = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_W = {v.replace("-", ""): k for k, v in NATO.items()}
NATO_W["xray"] = "X"
NAME_W = {v.replace("-", ""): k for k, v in LETTER_NAMES.items()}
SKIP_W = set(FILLERS) | {"and", "dash", "hyphen", "slash", "space", "capital", "small", "then", "ah"}


def norm_alnum(text):
    toks = re.findall(r"[a-z]+|\d+|\+", text.lower().replace("x-ray", "xray").replace("double-you", "doubleyou"))
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t == "+" or t == "plus":
            out.append("+")
        elif t.isdigit():
            out.append(t)
        elif t in ("double", "treble", "triple") and nxt in UNIT_W:
            out.append(UNIT_W[nxt] * (2 if t == "double" else 3))
            i += 1
        elif len(t) == 1 and nxt == "for" and i + 2 < n and toks[i + 2] in NATO_W and (t != "o" or toks[i + 2] == "oscar"):
            out.append(t.upper())
            i += 2
        elif len(t) == 1 and nxt == "as" and i + 3 < n and toks[i + 2] == "in" and toks[i + 3] in NATO_W:
            out.append(t.upper())
            i += 3
        elif t in UNIT_W and nxt == "hundred":
            i += 2
            if i < n and toks[i] == "and":
                i += 1
                tail = toks[i]
                if tail in TEEN_W:
                    out.append(UNIT_W[t] + TEEN_W[tail])
                elif tail in TENS_W:
                    if i + 1 < n and toks[i + 1] in UNIT_W and toks[i + 1] not in ("oh", "o", "zero", "nought"):
                        out.append(UNIT_W[t] + TENS_W[tail] + UNIT_W[toks[i + 1]])
                        i += 1
                    else:
                        out.append(UNIT_W[t] + TENS_W[tail] + "0")
                else:
                    out.append(UNIT_W[t] + "0" + UNIT_W[tail])
            else:
                out.append(UNIT_W[t] + "00")
                i -= 1
        elif t in UNIT_W:
            out.append(UNIT_W[t])
        elif t in TEEN_W:
            out.append(TEEN_W[t])
        elif t in TENS_W:
            if nxt in UNIT_W and nxt not in ("oh", "o", "zero", "nought"):
                out.append(TENS_W[t] + UNIT_W[nxt])
                i += 1
            else:
                out.append(TENS_W[t] + "0")
        elif t in NATO_W:
            out.append(NATO_W[t])
        elif t in NAME_W:
            out.append(NAME_W[t])
        elif t in SKIP_W:
            pass
        elif t.isalpha():
            out.append(t.upper())
        i += 1
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.lower()
    toks = text.lower().split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif len(t) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(t)
            i += 2
        elif t in UNIT_W or t in TEEN_W or t in TENS_W or t == "hundred":
            j = i
            while j < len(toks) and (toks[j] in UNIT_W or toks[j] in TEEN_W or toks[j] in TENS_W or toks[j] in ("hundred", "and")):
                j += 1
            out.append(norm_alnum(" ".join(toks[i:j])))
            i = j - 1
        else:
            out.append(t)
        i += 1
    return "".join(out)


UKPC_RE = r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}"
EIR_RE = r"[ACDEFHKNPRTVWXY]\d[\dW][ACDEFHKNPRTVWXY0-9]{4}"
ZIP_RE = r"\d{5}(\d{4})?"
MONTH_RE = "|".join(m[:3] for m in MONTHS)


def validate(typ, text):
    """Validate one complete labelled value (possibly joined from several spans)."""
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", norm_email(text)))
    if typ == "ADDRESS":
        low = text.lower()
        return bool(re.search(r"\d|" + "|".join(UNITS[1:] + TEENS + TENS[2:]), low)) and any(
            s.split()[-1] in low for s in STREETS)
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        if typ == "EXPIRY":
            v = norm_alnum(low)
            return bool(re.search(r"\d", v)) and (bool(re.search(MONTH_RE, low)) or 3 <= len(re.sub(r"\D", "", v)) <= 6)
        return bool(re.search(r"\b(19|20)\d\d\b|nineteen|two thousand|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b", low))
    v = norm_alnum(text)
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[3:5] != "00" and v[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "IBAN":
        return iban_valid(v)
    if typ == "PHONE":
        d = v.lstrip("+")
        if d.startswith("00"):
            d = d[2:]
        return d.isdigit() and 9 <= len(d) <= 13 and (v.startswith("+") or v.startswith("0") or len(d) == 10)
    if typ == "POSTCODE":
        return bool(re.fullmatch(UKPC_RE, v) or re.fullmatch(EIR_RE, v) or re.fullmatch(ZIP_RE, v))
    return False


def validate_partial(typ, text):
    v = norm_alnum(text)
    return len(v) >= 2 and (v.isdigit() or typ not in ("CARD_NUMBER", "SSN", "SORT_CODE", "BANK_ACCOUNT"))

# -------------------------------------------------------------- templates

INDUSTRY_OPEN = [
    ("banking", "thanks for calling Northgate Bank, you're through to Aisling, how can I help"),
    ("telecom", "you're through to Vodaline billing, how can I help today"),
    ("utilities", "Hearthside Energy, this is Marcus speaking"),
    ("retail", "thanks for contacting Brightmart customer care"),
    ("insurance", "Claddagh Insurance, my name's Fiona, how can I help"),
    ("travel", "hi there, you're through to Skybridge Travel"),
    ("healthcare billing", "Riverside Health billing office, this is Dana"),
    ("government services", "HMRC helpline, you're speaking to Gareth"),
    ("banking", "Ulster Savings, Conor speaking"),
    ("telecom", "Eir Mobile support, how can I help you"),
]


def opener(c, ind=None):
    x = R.choice(INDUSTRY_OPEN)
    c.a(x[1])
    c.c(R.choice(["hi yeah", "hiya", "hello, yeah hi", "hi there", "ah hello", "yeah hi, um"]))
    return x[0]


def pos_card_typed(k):
    d = make_card()
    c = Case("positive", "chat: typed card number with expiry and CVV")
    c.a(R.choice(["Hi, I can take the payment details here in chat.", "Please send the card details and I'll process the top-up."]))
    lab = R.choice(["card no:", "Card number -", "cc#", "card:", "Card Number:", "the long number is"])
    c.c(lab + " ", V(card_typed(d), "CARD_NUMBER"), R.choice([" exp ", ", expiry ", " valid thru ", " exp: "]),
        V(make_exp_text(False), "EXPIRY"), R.choice([" cvv ", " sec code ", ", CVC: ", " cvv2 "]), V(rd(R.choice([3, 3, 4])), "CVV"))
    c.a("Thanks, processing now. Payment will show on the card ending " + d[-4:] + ".")
    return c


def pos_card_spoken(k):
    d = make_card()
    c = Case("positive", "call: card read in one go, agent reads back last four (full card read in case, so labelled)")
    opener(c)
    c.c(R.choice(["yeah i want to pay the bill", "i need to make a payment please", "hiya, paying off the balance"]))
    c.a("no problem, go ahead with the long number on the front of the card")
    c.c(R.choice(["right so it's ", "okay it's ", "yeah ", "um it's "]), V(card_spoken(d), "CARD_NUMBER"))
    c.a("thank you, that's the card ending ", V(say_digits(d[-4:], style="plain"), "CARD_NUMBER", "~ro"), " yeah?")
    c.c("that's it")
    c.a("and the expiry")
    c.c(V(make_exp_text(True), "EXPIRY"))
    c.a("and the three digits on the back")
    cv = rd(3)
    c.c(V(say_digits(cv, style="plain"), "CVV"))
    return c


def pos_card_split(k):
    d = make_card()
    g = card_groups(d)
    if R.random() < 0.4:
        g = rand_groups(d)
    c = Case("positive", "call: card number split over several customer turns with back-channels")
    opener(c)
    c.c("i'd like to pay for the order by card")
    c.a("sure, when you're ready")
    for i, grp in enumerate(g):
        pre = "" if i else R.choice(["okay ", "it's ", "so ", "right "])
        c.c(pre, V(say_digits(grp, style=R.choice(["plain", "double", "pairs"])), "CARD_NUMBER", "card"))
        if i < len(g) - 1:
            c.a(bc())
    if R.random() < 0.6:
        c.a("let me read that back, ", V(say_digits(d, card_groups(d), style="plain", filler=0), "CARD_NUMBER", "rb"))
        c.c("yep that's right")
    return c


def pos_card_correction(k):
    d = make_card()
    g = card_groups(d)
    wrong = g[0][:3] + str((int(g[0][3]) + 3) % 10)
    c = Case("positive", "call: restarted card reading after a mistake; aborted fragment labelled too")
    opener(c)
    c.a("can i take the card number please")
    c.c(V(say_digits(wrong, style="plain"), "CARD_NUMBER", "~bad"), R.choice([" no wait, sorry, start again, ", " oh hang on that's wrong, it's ", " sorry no, "]),
        V(say_digits(d, g), "CARD_NUMBER", "card"))
    c.a("okay, and the security code")
    c.c(V(say_digits(rd(3), style="plain"), "CVV"))
    return c


def pos_card_aside(k):
    d = make_card()
    g = card_groups(d)
    cut = R.randint(1, len(g) - 1)
    c = Case("positive", "call: aside in the middle of a card reading")
    opener(c)
    c.a("go ahead with the card number")
    c.c(V(say_digits("".join(g[:cut]), g[:cut]), "CARD_NUMBER", "card"),
        R.choice([" hang on the dog's barking, sorry, ", " um, where was i, oh yeah ", " sorry my glasses, right, ", " just a sec, kids, stop it, okay "]),
        V(say_digits("".join(g[cut:]), g[cut:]), "CARD_NUMBER", "card"))
    c.a("and when does it expire")
    c.c("um ", V(make_exp_text(True), "EXPIRY"))
    return c


def pos_card_email(k):
    d = make_card()
    c = Case("positive", "email: card and billing address with typos")
    adr = make_address(False)
    uk = R.random() < 0.6
    pc = make_ukpc() if uk else make_eircode()
    c.c("Subject: payment for invoice INV-" + rd(5) + "\n\nHi,\nplease charge my card " , V(card_typed(d), "CARD_NUMBER"),
        " exp ", V(make_exp_text(False), "EXPIRY"), ".\nbilling adress: ", V(adr, "ADDRESS"), ", " + R.choice(TOWNS_UK if uk else TOWNS_IE) + " ",
        V(pc_typed(pc), "POSTCODE"), "\nthanks")
    c.a("Thank you, payment of \u00a3" + str(R.randint(10, 400)) + ".00 received.")
    return c


def pos_ssn(k):
    s = make_ssn()
    c = Case("positive", "")
    f = R.choice(["typed", "spoken", "split", "readback", "typed"])
    if f == "typed":
        c.note = "chat: typed SSN"
        c.a("To verify your identity, please provide your Social Security number.")
        form = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s"]) % (s[:3], s[3:5], s[5:])
        c.c(R.choice(["ssn ", "SSN: ", "sure its ", "social is "]), V(form, "SSN"), R.choice(["", " thx", ". dob ", ""]))
        if c.turns[-1]["text"].endswith("dob "):
            c.turns.pop()
            c.spans.pop()
            c.groups = {}
            c.auto = 0
            c.c("SSN: ", V(form, "SSN"), " and DOB ", V(make_dob_text(False, True), "DOB"))
    elif f == "spoken":
        c.note = "call: SSN spoken with US conventions"
        c.a("Riverside Health billing, can I get your social security number to pull up the account")
        c.c(R.choice(["yeah it's ", "uh sure, ", "okay, "]), V(say_digits(s, [s[:3], s[3:5], s[5:]]), "SSN"))
        c.a("thank you")
    elif f == "split":
        c.note = "call: SSN split across turns"
        c.a("what's the social on the policy")
        c.c(V(say_digits(s[:3], style="plain"), "SSN", "s"))
        c.a(bc())
        c.c(V(say_digits(s[3:5]), "SSN", "s"))
        c.a(bc())
        c.c(V(say_digits(s[5:], style=R.choice(["pairs", "plain", "double"])), "SSN", "s"), R.choice(["", " i think", " yeah"]))
    else:
        c.note = "call: SSN with agent read-back"
        c.c("i'm calling about my tax return, my social is ", V(say_digits(s, [s[:3], s[3:5], s[5:]]), "SSN"))
        c.a("so that's ", V(say_digits(s, [s[:3], s[3:5], s[5:]], style="plain", filler=0), "SSN"), ", correct?")
        c.c("correct")
    return c


def pos_ni(k):
    ni = make_ni()
    c = Case("positive", "")
    f = R.choice(["typed", "spoken", "split", "readback", "spoken", "split"])
    if f == "typed":
        c.note = "chat: typed NI number"
        c.a("Can you confirm your National Insurance number please?")
        c.c(R.choice(["NI no: ", "ni number is ", "NINO ", "its "]), V(ni_typed(ni), "NI_NUMBER"))
    elif f == "spoken":
        c.note = "call: NI number spoken with UK habits"
        c.a("HMRC, can i take your national insurance number")
        c.c(R.choice(["yeah it's ", "right, ", "erm it's ", ""]), V(ni_spoken(ni), "NI_NUMBER"))
        c.a("thanks")
    elif f == "split":
        c.note = "call: NI number split across turns with agent back-channels"
        c.a("go ahead with the NI number")
        c.c(V(say_letter(ni[0]) + " " + say_letter(ni[1]), "NI_NUMBER", "n"))
        c.a(bc())
        dg = ni[2:8]
        cut = R.choice([2, 3, 4])
        c.c(V(say_digits(dg[:cut]), "NI_NUMBER", "n"))
        c.a(bc())
        c.c(V(say_digits(dg[cut:]), "NI_NUMBER", "n"), R.choice([", and then ", " ", ", um, "]), V(say_letter(ni[8]), "NI_NUMBER", "n"))
    else:
        c.note = "call: NI number with agent read-back using NATO"
        c.c("my national insurance is ", V(ni_spoken(ni), "NI_NUMBER"))
        c.a("let me just check i've got that, ", V(say_letter(ni[0], "nato") + ", " + say_letter(ni[1], "nato") + ", " + say_digits(ni[2:8], style="plain", filler=0, sep=" ") + ", " + say_letter(ni[8], "nato"), "NI_NUMBER"))
        c.c("spot on")
    if R.random() < 0.3:
        c.a("and your date of birth")
        c.c(V(make_dob_text(True), "DOB"))
    return c


def pos_bank(k):
    sc, acct = make_sort(R.random() < 0.35), rd(8)
    c = Case("positive", "")
    f = R.choice(["typed", "spoken", "split", "spoken"])
    if f == "typed":
        c.note = "chat: typed sort code and account number"
        c.c(R.choice(["sort code ", "s/c: ", "Sort Code - ", "sortcode "]), V(sort_typed(sc), "SORT_CODE"),
            R.choice([" acct no: ", ", account ", " a/c ", " acc num "]), V(acct if R.random() < 0.6 else acct[:4] + " " + acct[4:], "BANK_ACCOUNT"))
        c.a("Thanks, the direct debit is now set up.")
    elif f == "spoken":
        c.note = "call: sort code and account spoken (nought/double/treble)"
        opener(c)
        c.a("what's the sort code")
        c.c(R.choice(["it's ", "", "uh "]), V(sort_spoken(sc), "SORT_CODE"))
        c.a("and the account number")
        c.c(V(say_digits(acct, regroup(acct, R.choice([[4, 4], [2, 2, 2, 2], [3, 3, 2], [8], [2, 3, 3]]))), "BANK_ACCOUNT"))
        if R.random() < 0.5:
            c.a("so that's ", V(sort_spoken(sc), "SORT_CODE"), " and ", V(say_digits(acct, [acct[:4], acct[4:]], style="plain", filler=0), "BANK_ACCOUNT"))
            c.c("that's right")
    else:
        c.note = "call: account number split across turns"
        c.a("account number please")
        c.c(V(say_digits(acct[:4]), "BANK_ACCOUNT", "acc"))
        c.a(bc())
        c.c(V(say_digits(acct[4:]), "BANK_ACCOUNT", "acc"))
        c.a("and the sort code on that")
        c.c("erm, ", V(sort_spoken(sc), "SORT_CODE"))
    return c


def pos_iban(k):
    ib = make_iban()
    c = Case("positive", "")
    if R.random() < 0.55:
        c.note = "typed IBAN"
        gs = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        form = R.choice([" ".join(gs), ib, " ".join(gs).lower()])
        c.c(R.choice(["IBAN: ", "my iban is ", "Please refund to ", "iban "]), V(form, "IBAN"))
        c.a("Thank you, the refund will be sent within 5 working days.")
    else:
        c.note = "call: IBAN spoken, letters spelled, split over two turns"
        c.a("can you read me the IBAN")
        head = say_letter(ib[0], "bare") + " " + say_letter(ib[1], "bare") + " " + say_pair(ib[2:4], "oh")
        rest = ib[4:]
        letters = re.match(r"[A-Z]*", rest).group(0)
        digits = rest[len(letters):]
        mid = ", ".join(say_letter(ch) for ch in letters)
        c.c(V(head + (", " + mid if mid else ""), "IBAN", "i"))
        c.a(bc())
        c.c(V(say_digits(digits, rand_groups(digits)), "IBAN", "i"))
    return c


def pos_phone(k):
    nat, intl = make_phone()
    c = Case("positive", "")
    f = R.choice(["typed", "spoken", "split", "spoken"])
    if f == "typed":
        c.note = "chat: typed phone number"
        c.c(R.choice(["call me back on ", "mob: ", "my number is ", "tel. "]), V(phone_typed(nat, intl), "PHONE"), R.choice(["", " pls", " after 6"]))
    elif f == "spoken":
        c.note = "call: phone number spoken"
        opener(c)
        c.a("what's the best number to reach you on")
        c.c(R.choice(["it's ", "my mobile's ", "erm ", ""]), V(phone_spoken(nat, intl), "PHONE"))
    else:
        c.note = "call: phone number split with agent read-back"
        c.a("and a contact number")
        cut = 5 if nat.startswith("07") else 3
        c.c(V(say_digits(nat[:cut]), "PHONE", "p"))
        c.a(bc())
        c.c(V(say_digits(nat[cut:], rand_groups(nat[cut:])), "PHONE", "p"))
        c.a("that's ", V(say_digits(nat, [nat[:cut], nat[cut:]], style="plain", filler=0), "PHONE"))
    return c


def pos_email(k):
    e = make_email()
    c = Case("positive", "")
    if R.random() < 0.4:
        c.note = "chat: typed email"
        c.c(R.choice(["email: ", "send it to ", "my email is ", "e-mail "]), V(email_typed(e), "EMAIL"))
    else:
        c.note = "call: email spelled out"
        opener(c)
        c.a("and an email address for the confirmation")
        c.c(R.choice(["yeah it's ", "it's ", "um "]), V(email_spoken(e), "EMAIL"))
        if R.random() < 0.4:
            c.a("so ", V(e.replace(".", " dot ").replace("@", " at "), "EMAIL"), "?")
            c.c("yeah")
    return c


def pos_address(k):
    ie = R.random() < 0.4
    us = (not ie) and R.random() < 0.3
    pc = make_eircode() if ie else (make_zip() if us else make_ukpc())
    town = R.choice(TOWNS_IE if ie else (TOWNS_US if us else TOWNS_UK))
    c = Case("positive", "")
    if R.random() < 0.5:
        c.note = "typed address with postcode/eircode/zip"
        pct = pc if not us else (pc if len(pc) == 5 else pc[:5] + "-" + pc[5:])
        if not us:
            pct = pc_typed(pc)
        c.c(R.choice(["new address: ", "I've moved to ", "addr - ", "Address: "]), V(make_address(False), "ADDRESS"), ", " + town + R.choice([", ", " "]), V(pct, "POSTCODE"))
        c.a("Thanks, I've updated your address.")
    else:
        c.note = "call: address and postcode spoken"
        opener(c)
        c.a("can i confirm the first line of the address")
        c.c(V(make_address(True), "ADDRESS"), R.choice([", in ", " ", ", "]) + town.lower())
        c.a("and the " + ("eircode" if ie else ("zip code" if us else "postcode")))
        if us:
            c.c(V(say_digits(pc, [pc[:5], pc[5:]] if len(pc) > 5 else [pc], style="plain"), "POSTCODE"))
        else:
            c.c(R.choice(["it's ", "", "um "]), V(pc_spoken(pc), "POSTCODE"))
    return c


def pos_dob(k):
    c = Case("positive", "")
    c.note = "date of birth for ID&V"
    c.a(R.choice(["can i take your date of birth", "for security, your date of birth please", "DOB to verify?"]))
    sp = R.random() < 0.6
    c.c(R.choice(["", "it's ", "born ", "yeah "]), V(make_dob_text(sp, us=(not sp and R.random() < 0.3)), "DOB"))
    return c


def pos_combo_id(k):
    c = Case("positive", "call: full ID&V (NI, DOB, postcode, phone)")
    ni = make_ni()
    pc = make_ukpc()
    nat, intl = make_phone()
    opener(c)
    c.a("to get into the account i'll need a few details, first your national insurance")
    c.c(V(ni_spoken(ni), "NI_NUMBER"))
    c.a("date of birth")
    c.c(V(make_dob_text(True), "DOB"))
    c.a("postcode")
    c.c(V(pc_spoken(pc), "POSTCODE"))
    c.a("and the mobile on the account")
    c.c(V(phone_spoken(nat, intl), "PHONE"))
    return c


def pos_card_full_ukie(k):
    d = make_card()
    c = Case("positive", "call: Irish/UK caller, card with 'nought' and 'double', hesitations")
    opener(c)
    zw = R.choice(["nought", "oh"])
    g = card_groups(d)
    s = (" " + R.choice(FILLERS) + " ").join(say_group(x, zw, R.choice(["double", "plain", "pairs"])) for x in g)
    c.c("grand, have you got a pen, it's ", V(s, "CARD_NUMBER"))
    c.a("and the expiry date on that")
    c.c("expires ", V(make_exp_text(True), "EXPIRY"))
    c.a("and the security number on the back")
    c.c(V(say_digits(rd(3), style="plain"), "CVV"))
    return c


POS_PLAN = ([pos_card_typed] * 14 + [pos_card_spoken] * 12 + [pos_card_split] * 12 + [pos_card_correction] * 6 +
            [pos_card_aside] * 8 + [pos_card_email] * 6 + [pos_card_full_ukie] * 8 +
            [pos_ssn] * 32 + [pos_ni] * 34 + [pos_bank] * 22 + [pos_iban] * 14 + [pos_phone] * 18 +
            [pos_email] * 14 + [pos_address] * 18 + [pos_dob] * 10 + [pos_combo_id] * 8)

# ------------------------------------------------------------- negatives


def neg_cases():
    out = []

    def N(note):
        c = Case("negative", note)
        out.append(c)
        return c

    for i in range(112):
        k = i % 16
        if k == 0:
            d = non_luhn(16)
            c = N("order number read like a card number")
            c.a("have you got the order number")
            c.c("yeah it's a long one, order number ", say_digits(d, card_groups(d)))
            c.a("thanks, i can see the order, it shipped yesterday")
        elif k == 1:
            c = N("card last four only, no full card in case")
            l4 = rd(4)
            c.a("which card would you like to use")
            c.c(R.choice(["the one ending ", "my visa ending in ", "card ending "]) + R.choice([l4, say_digits(l4, style="plain")]))
            c.a("okay the card ending " + l4 + ", that's fine")
        elif k == 2:
            c = N("balance and amounts spoken")
            c.a("your outstanding balance is " + say_number(R.randint(100, 999)) + " pounds " + say_number(R.randint(1, 99)))
            c.c("what, it was only " + str(R.randint(20, 90)) + " euro last month")
            c.a("there was a late fee of \u00a3" + str(R.randint(5, 25)) + ".00 and " + str(R.randint(2, 19)) + "% interest")
        elif k == 3:
            c = N("meter reading and MPRN with label")
            c.a("can you read me the meter")
            c.c("the reading's " + say_digits(rd(5), style=R.choice(["plain", "double"])) + ", and the MPRN on the bill is " + "10" + rd(9))
            c.a("thanks, reading logged for the " + say_ord(R.randint(1, 28)) + " of " + R.choice(MONTHS))
        elif k == 4:
            c = N("flight, gate, seat, terminal")
            c.c("i'm on flight " + R.choice(["EI", "FR", "BA", "UA"]) + " " + str(R.randint(100, 999)) + " tomorrow at " + str(R.randint(6, 11)) + ".45, seat " + str(R.randint(1, 33)) + R.choice("ABCDEF"))
            c.a("that departs gate " + say_number(R.randint(100, 420)) + " in terminal two")
        elif k == 5:
            d = non_luhn(R.choice([12, 14, 18]))
            c = N("tracking number with label, long digits")
            c.a("the tracking number is " + typo_sep(rand_groups(d)))
            c.c("can you say that again slowly")
            c.a("sure, tracking number " + say_digits(d, rand_groups(d), style="plain"))
        elif k == 6:
            c = N("policy / claim reference said with label")
            pol = R.choice(["POL", "CLM", "HSE", "MTR"]) + "-" + rd(6) + "-" + rd(2)
            c.c("my claim reference is " + pol)
            c.a("thanks, claim " + pol + " was opened on " + str(R.randint(1, 28)) + " " + cap(R.choice(MONTHS)) + " 2024")
        elif k == 7:
            c = N("opening hours, times, durations")
            c.a("we're open eight till eight weekdays, nine to five on saturday, your wait was about " + say_number(R.randint(5, 45)) + " minutes")
            c.c("i've been on hold " + str(R.randint(20, 59)) + " minutes and called " + say_number(R.randint(2, 6)) + " times")
        elif k == 8:
            c = N("appointment and payment dates (not DOB)")
            c.a("your next payment of " + str(R.randint(20, 90)) + " euro comes out on the " + say_ord(R.randint(1, 28)) + " of " + R.choice(MONTHS))
            c.c("can you move the appointment to " + str(R.randint(1, 28)) + "/" + "%02d" % R.randint(1, 12) + "/2025 at half ten")
        elif k == 9:
            d = rd(6)
            c = N("booking reference that looks like a sort code")
            c.c("booking ref is " + d[:2] + "-" + d[2:4] + "-" + d[4:])
            c.a("so " + say_digits(d, [d[:2], d[2:4], d[4:]], style="pairs") + ", that's your booking for " + say_number(R.randint(2, 5)) + " nights")
        elif k == 10:
            c = N("serial and model numbers with label")
            c.c("the router's model is " + R.choice(["HG", "TG", "DSL"]) + "-" + str(R.randint(100, 9999)) + " and the serial is " + R.choice(["SN", "S/N "]) + rd(10))
            c.a("thanks, serial number " + rd(3) + " ... sorry, let me re-read that, got it")
        elif k == 11:
            c = N("ages, temperature, percentages, years")
            c.c("my mum's " + say_number(R.randint(60, 95)) + ", she's been with you since " + str(R.randint(1985, 2015)) + ", and the house is down to " + str(R.randint(8, 14)) + " degrees")
            c.a("i understand, we can give a " + str(R.choice([10, 15, 20, 25])) + " percent discount")
        elif k == 12:
            c = N("road names and junctions, town only")
            c.c("i was on the " + R.choice(["M50", "A40", "N7", "M62", "I-95", "Route 66"]) + " near junction " + str(R.randint(2, 30)) + " heading into " + R.choice(TOWNS_UK + TOWNS_IE))
            c.a("and the breakdown van is coming from " + R.choice(TOWNS_UK + TOWNS_IE))
        elif k == 13:
            d = non_luhn(R.choice([9, 10]))
            c = N("invoice/ticket number spoken like an SSN or phone")
            lab = R.choice(["invoice number", "ticket number", "case number", "customer reference"])
            c.a("do you have the " + lab)
            c.c("yeah " + lab + " " + say_digits(d, rand_groups(d)))
            c.a(bc() + ", " + lab + " found")
        elif k == 14:
            c = N("room number, extension, counts")
            c.c("i'm in room " + str(R.randint(100, 899)) + ", extension " + str(R.randint(2000, 7999)) + ", there's " + say_number(R.randint(2, 9)) + " of us")
            c.a("okay, i'll send housekeeping to room " + say_number(R.randint(100, 899)))
        else:
            c = N("contract and payment plan numbers with label, version codes")
            c.a("your contract ending " + str(R.randint(2025, 2028)) + " is on plan " + R.choice(["UNL", "SIM"]) + str(R.randint(10, 99)) + ", account reference AR" + rd(8))
            c.c("and the price goes up " + str(R.randint(3, 9)) + ".9 percent in april?")
            c.a("yes, by about " + say_number(R.randint(2, 6)) + " pounds a month")
    return out

# ---------------------------------------------------------------- driver


def build():
    pos = []
    plan = list(POS_PLAN)
    R.shuffle(plan)
    for i, fn in enumerate(plan):
        pos.append(fn(i))
    neg = neg_cases()
    rows, meta = [], []
    for i, c in enumerate(pos):
        rows.append({"id": "h494-pos-%03d" % (i + 1), "kind": "positive", "turns": c.turns, "spans": c.spans, "note": c.note})
        meta.append(c.groups)
    for i, c in enumerate(neg):
        rows.append({"id": "h494-neg-%03d" % (i + 1), "kind": "negative", "turns": c.turns, "spans": [], "note": c.note})
        meta.append({})
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows)
    return text, meta


def counts(rows):
    cnt = {t: 0 for t in TYPES}
    for r in rows:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return cnt


def check(text, meta):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        disk = f.read()
    if disk != text:
        errs.append("file is not byte-identical to regeneration")
    rows = [json.loads(l) for l in disk.splitlines()]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r, groups in zip(rows, meta):
        rid = r["id"]
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(rid + ": bad speaker")
        if r["kind"] == "negative" and r["spans"]:
            errs.append(rid + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(rid + ": positive without spans")
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(rid + ": bad type")
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append(rid + ": bad turn")
                continue
            tx = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                errs.append(rid + ": offsets out of range")
                continue
            if st > 0 and tx[st - 1].isalnum() or en < len(tx) and tx[en].isalnum():
                errs.append(rid + ": span not on word boundary %r" % tx[st:en])
            if not (tx[st].isalnum() or (tx[st] == "+" and s["type"] == "PHONE")) or not tx[en - 1].isalnum():
                errs.append(rid + ": span has leading/trailing non-alnum %r" % tx[st:en])
            by_turn.setdefault(s["turn"], []).append((st, en))
        for sp in by_turn.values():
            sp.sort()
            for a, b in zip(sp, sp[1:]):
                if b[0] < a[1]:
                    errs.append(rid + ": overlapping spans")
        for g, idxs in groups.items():
            spans = [r["spans"][i] for i in idxs]
            typ = spans[0]["type"]
            if any(s["type"] != typ for s in spans):
                errs.append(rid + ": mixed types in one value")
            vals = [r["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in spans]
            if g.startswith("~"):
                ok = all(validate_partial(typ, v) for v in vals)
            else:
                ok = validate(typ, " ".join(vals))
            if not ok:
                errs.append(rid + ": invalid %s value %r -> %r" % (typ, vals, norm_alnum(" ".join(vals))))
        # negatives must not contain Luhn-valid 13-19 digit runs
        if r["kind"] == "negative":
            for t in r["turns"]:
                for m in re.findall(r"\d[\d -]{11,}\d", t["text"]):
                    dd = re.sub(r"\D", "", m)
                    if 13 <= len(dd) <= 19 and luhn_ok(dd):
                        errs.append(rid + ": Luhn-valid digit run in negative")
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = sum(r["kind"] == "negative" for r in rows)
    cnt = counts(rows)
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if cnt[t] < mins.get(t, 10):
            errs.append("too few %s spans: %d" % (t, cnt[t]))
    return errs, npos, nneg, cnt


def main():
    text, meta = build()
    if "--check" in sys.argv[1:]:
        errs, npos, nneg, cnt = check(text, meta)
        for e in errs[:50]:
            print("ERROR", e)
        print("positives %d negatives %d" % (npos, nneg))
        print(" ".join("%s=%d" % kv for kv in cnt.items()))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    rows = [json.loads(l) for l in text.splitlines()]
    print("wrote %s (%d cases)" % (OUT, len(rows)))
    print(" ".join("%s=%d" % kv for kv in counts(rows).items()))


if __name__ == "__main__":
    main()

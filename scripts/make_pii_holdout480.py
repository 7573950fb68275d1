#!/usr/bin/env python3
"""Generate the pii_holdout480 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) who never saw the redaction
engine.  Standard library only; one RNG: random.Random(480241125).

    python scripts/make_pii_holdout480.py          # write cases.jsonl
    python scripts/make_pii_holdout480.py --check  # regenerate + verify
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout480", "cases.jsonl")
R = random.Random(480241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINS = {t: 10 for t in TYPES}
MINS.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})

# --------------------------------------------------------------------------
# case builder: turns are assembled from plain segments and value segments
# --------------------------------------------------------------------------


def V(typ, text, g=None, full=True):
    return {"typ": typ, "text": text, "g": g, "full": full}


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], {}
        self._g = 0

    def g(self):
        self._g += 1
        return "g%d" % self._g

    def t(self, speaker, *parts):
        text, ti = "", len(self.turns)
        for p in parts:
            if isinstance(p, str):
                text += p
                continue
            gid = p["g"] or self.g()
            s = len(text)
            text += p["text"]
            self.spans.append({"turn": ti, "start": s, "end": len(text), "type": p["typ"]})
            grp = self.groups.setdefault(gid, {"type": p["typ"], "full": p["full"], "parts": []})
            assert grp["type"] == p["typ"]
            grp["full"] = grp["full"] and p["full"]
            grp["parts"].append((ti, s, len(text)))
        self.turns.append({"speaker": speaker, "text": text})
        return self


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

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


def card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "maestro", "visa13", "visa19"])
    if kind == "visa":
        return luhn_complete("4" + R.choice(["532", "929", "000", "111", "485", "716", "026"]), 16)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "maestro":
        return luhn_complete(R.choice(["6759", "6763"]), R.choice([18, 19]))
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete("4", 19)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_A = "ABCEGHJKLMNPRSTWXYZ"          # O excluded to keep spoken forms unambiguous
NI_B = "ABCEGHJKLMNPRSTWXYZ"
NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def ni():
    while True:
        s = R.choice(NI_A) + R.choice(NI_B) + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")
        if NI_RE.match(s):
            return s


def iban_check(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "FR": 27, "ES": 24}


def iban(country=None, spoken_safe=False):
    c = country or R.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if c in ("GB", "IE"):
        banks = ["NWBK", "BARC", "HBUK", "MIDL"] if c == "GB" else ["AIBK", "IPBS"]
        if not spoken_safe:
            banks += ["LOYD"] if c == "GB" else ["BOFI"]
        bban = R.choice(banks) + dg(14)
    elif c == "NL":
        bban = R.choice(["ABNA", "RABA", "INGB"]) + dg(10)
    elif c == "DE":
        bban = dg(18)
    elif c == "FR":
        bban = dg(23)
    else:
        bban = dg(20)
    n = int("".join(str(int(x, 36)) for x in bban + c + "00"))
    s = c + "%02d" % (98 - n % 97) + bban
    assert iban_check(s)
    return s


def fmt_iban(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --------------------------------------------------------------------------
# speaking numbers
# --------------------------------------------------------------------------
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = {"10": "ten", "11": "eleven", "12": "twelve", "13": "thirteen", "14": "fourteen", "15": "fifteen",
        "16": "sixteen", "17": "seventeen", "18": "eighteen", "19": "nineteen"}
TENS = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty", "6": "sixty", "7": "seventy", "8": "eighty", "9": "ninety"}
HOMO = {"2": ["to", "too"], "4": ["for"], "1": ["won"], "8": ["ate"], "3": ["tree"]}
FILL = ["um", "uh", "er", "erm", "uhm"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november", "P": "papa",
        "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu"}
FOLK = {"A": ["apple"], "B": ["bertie", "baker"], "C": ["cat"], "D": ["dog", "david"], "E": ["edward"],
        "G": ["george"], "H": ["harry"], "J": ["john"], "K": ["king"], "L": ["london"], "M": ["mother", "mary"],
        "N": ["nuts"], "P": ["peter"], "R": ["robert"], "S": ["sugar", "sam"], "T": ["tommy"], "W": ["william"],
        "X": ["x-ray"], "Y": ["yellow"], "Z": ["zebra"]}


def zw(style):
    if style == "mix":
        return R.choice(["oh", "zero", "nought", "o"])
    return style


def dword(d, z, homo=0.0):
    if d == "0":
        return zw(z)
    if homo and d in HOMO and R.random() < homo:
        return R.choice(HOMO[d])
    return DW[int(d)]


def units_for(ds, style="single", z="oh", runs=False, homo=0.0):
    """Return list of spoken units for a digit string (fillers go between units)."""
    u, i = [], 0
    if style == "pairs":
        while i < len(ds):
            p = ds[i:i + 2]
            i += 2
            if len(p) == 1:
                u.append(dword(p, z))
            elif p[0] == "0":
                u.append(zw(z) + " " + DW[int(p[1])] if p[1] != "0" else "double " + zw(z))
            elif p[0] == "1":
                u.append(TEEN[p])
            elif p[1] == "0":
                u.append(DW[int(p[0])] + " " + zw(z))
            else:
                u.append(TENS[p[0]] + " " + DW[int(p[1])])
        return u
    if style == "hundreds":
        while i < len(ds):
            g = ds[i:i + 3]
            if len(g) == 3 and g[0] != "0" and g[1:] != "00" and not (g[2] == "0" and g[1] not in "01"):
                if g[1] == "0":
                    rest = DW[int(g[2])]
                elif g[1] == "1":
                    rest = TEEN[g[1:]]
                else:
                    rest = TENS[g[1]] + (" " + DW[int(g[2])])
                u.append(DW[int(g[0])] + " hundred and " + rest)
                i += 3
            else:
                u.append(dword(ds[i], z))
                i += 1
        return u
    while i < len(ds):
        d = ds[i]
        r = 1
        while i + r < len(ds) and ds[i + r] == d:
            r += 1
        if runs and r >= 3 and R.random() < 0.8:
            u.append("triple " + dword(d, z))
            i += 3
        elif runs and r >= 2:
            u.append("double " + dword(d, z))
            i += 2
        else:
            u.append(dword(d, z, homo))
            i += 1
    return u


def say(ds, style="single", z="oh", runs=False, homo=0.0, fill=0.0):
    u = units_for(ds, style, z, runs, homo)
    out = []
    for k, w in enumerate(u):
        if k and R.random() < fill:
            out.append(R.choice(FILL))
        out.append(w)
    return " ".join(out)


def say_style():
    return dict(style=R.choice(["single", "single", "single", "pairs", "hundreds"]),
                z=R.choice(["oh", "oh", "zero", "nought", "o", "mix"]), runs=R.random() < 0.6,
                homo=R.choice([0, 0, 0, 0.3]), fill=R.choice([0, 0, 0.15, 0.3]))


def chunks(ds, sizes=None):
    if sizes is None:
        if len(ds) == 15:
            sizes = [4, 6, 5]
        elif len(ds) == 16:
            sizes = R.choice([[4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 4, 4, 4], [3, 3, 3, 3, 4], [8, 8]])
        else:
            sizes, n = [], len(ds)
            while n > 0:
                sizes.append(min(4, n))
                n -= 4
    out, i = [], 0
    for s in sizes:
        out.append(ds[i:i + s])
        i += s
    if i < len(ds):
        out[-1] += ds[i:]
    return out


def say_card(ds, st=None, sep=None):
    st = st or say_style()
    sep = sep or R.choice([", ", " ", "... ", ", ", " "])
    return sep.join(say(c, **st) for c in chunks(ds))


def say_letter(ch, mode):
    if mode == "plain":
        return ch.lower()
    if mode == "nato":
        return ch.lower() + " for " + NATO[ch]
    if mode == "folk":
        return ch.lower() + " for " + R.choice(FOLK.get(ch, [NATO[ch]]))
    if mode == "as_in":
        return ch.lower() + " as in " + NATO[ch]
    return NATO[ch]


def say_ni(s, mode=None, st=None):
    mode = mode or R.choice(["plain", "plain", "nato", "folk", "natoonly", "as_in"])
    st = st or say_style()
    st = dict(st, homo=0)
    if s[0] == s[1] and R.random() < 0.6:
        lead = "double " + s[0].lower()
    else:
        lead = say_letter(s[0], mode) + " " + say_letter(s[1], mode)
    dig = R.choice([say(s[2:8], **st), " ".join(say(s[2 + 2 * k:4 + 2 * k], **st) for k in range(3))])
    return lead + ", " + dig + ", " + say_letter(s[8], mode), lead, dig, say_letter(s[8], mode)


def typed_ni(s):
    f = R.choice(["{a} {b} {c} {d} {e}", "{a}{b}{c}{d}{e}", "{a} {b}{c}{d} {e}", "{a}-{b}-{c}-{d}-{e}",
                  "{a}{b}{c}{d} {e}", "{a} {b} {c} {d}{e}", "{a}{b} {c} {d} {e}"])
    out = f.format(a=s[:2], b=s[2:4], c=s[4:6], d=s[6:8], e=s[8])
    return out.lower() if R.random() < 0.3 else out


def typed_card(ds):
    m = R.random()
    if m < 0.25:
        out = " ".join(chunks(ds))
    elif m < 0.4:
        out = "-".join(chunks(ds))
    elif m < 0.55:
        out = ds
    elif m < 0.65:
        out = ".".join(chunks(ds))
    elif m < 0.8:  # odd grouping
        cut, parts, i = [], [], 0
        while i < len(ds):
            n = R.randint(2, 6)
            parts.append(ds[i:i + n])
            i += n
        out = " ".join(parts)
    else:
        out = "  ".join(chunks(ds))
    if R.random() < 0.12 and "0" in out[1:]:
        k = out.index("0", 1)
        out = out[:k] + R.choice("Oo") + out[k + 1:]
    return out


def typed_ssn(s):
    f = R.choice(["{a}-{b}-{c}", "{a}-{b}-{c}", "{a} {b} {c}", "{a}{b}{c}", "{a}.{b}.{c}", "{a} - {b} - {c}", "{a}-{b}{c}"])
    return f.format(a=s[:3], b=s[3:5], c=s[5:])


def say_ssn(s, st=None):
    st = st or say_style()
    sep = R.choice([", ", " ", "... ", " - "])
    return sep.join(say(p, **st) for p in (s[:3], s[3:5], s[5:]))


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth", 21: "twenty first",
       22: "twenty second", 23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


def num_words(n):
    if n < 10:
        return DW[n]
    if n < 20:
        return TEEN[str(n)]
    if n < 100:
        return TENS[str(n // 10)] + ("" if n % 10 == 0 else " " + DW[n % 10])
    if n < 1000:
        return DW[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + num_words(n % 100))
    return num_words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else (" and " if n % 1000 < 100 else " ") + num_words(n % 1000))


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand and " + DW[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    return num_words(hi) + " " + (("oh " + DW[lo]) if lo < 10 else num_words(lo))


def dob_value(spoken):
    y, m, d = R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)
    if spoken:
        f = R.choice(["the {o} of {M} {Y}", "{o} of {M} {Y}", "{M} {o} {Y}", "{d} {mm} {yy}", "{M} the {o}, {Y}"])
        return f.format(o=ORD[d], M=MONTHS[m - 1], Y=year_words(y), d=say("%02d" % d, z="oh"),
                        mm=say("%02d" % m, z="oh"), yy=num_words(y % 100) if y % 100 >= 10 else "oh " + DW[y % 100])
    f = R.choice(["{d:02d}/{m:02d}/{y}", "{m:02d}/{d:02d}/{y}", "{d}.{m}.{y}", "{y}-{m:02d}-{d:02d}", "{d} {Mon} {y}",
                  "{d:02d}-{m:02d}-{yy:02d}", "{Mon} {d}, {y}"])
    return f.format(d=d, m=m, y=y, yy=y % 100, Mon=MONTHS[m - 1][:3].title())


def expiry_value(spoken):
    m, y = R.randint(1, 12), R.randint(25, 33)
    if spoken:
        f = R.choice(["{mm} {yy}", "{mm} slash {yy}", "{M} {YY}", "{M} twenty {yy}", "end of {M} {YY}"])
        return f.format(mm=say("%02d" % m, z=R.choice(["oh", "zero"])), yy=num_words(y), M=MONTHS[m - 1],
                        YY=year_words(2000 + y))
    f = R.choice(["{m:02d}/{y}", "{m:02d}/{y}", "{m:02d}-{y}", "{m:02d}{y}", "{m:02d}/20{y}", "{m}/{y}", "{M} 20{y}"])
    v = f.format(m=m, y=y, M=MONTHS[m - 1][:3].title())
    return v


def cvv_value(spoken, amex=False):
    c = "".join(R.choice("0123456789") for _ in range(4 if amex else 3))
    return say(c, z=R.choice(["oh", "zero"]), runs=True) if spoken else c


FIRST = ["james", "sarah", "ahmed", "siobhan", "grace", "tomasz", "priya", "liam", "olu", "megan", "carlos",
         "aoife", "dmitri", "helen", "wei", "jo", "kerry-ann", "marco", "fatima", "niamh"]
LAST = ["smith", "okafor", "byrne", "patel", "nowak", "garcia", "murphy", "jones", "o'brien", "kowalski",
        "nguyen", "walsh", "taylor", "fernandes", "mcgrath", "haddad"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.ie", "btinternet.com", "icloud.com", "live.co.uk",
           "proton.me", "eircom.net", "web.de"]


def email_value(spoken):
    f, l = R.choice(FIRST).replace("'", ""), R.choice(LAST).replace("'", "")
    n = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1960, 2004))])
    sep = R.choice([".", "_", "", "-"])
    dom = R.choice(DOMAINS)
    if not spoken:
        local = R.choice([f + sep + l, f[0] + sep + l, l + sep + f, f + l[0]]) + n
        v = local + "@" + dom
        return v.upper() if R.random() < 0.1 else (v.title() if R.random() < 0.1 else v)
    sw = {".": " dot ", "_": " underscore ", "": " ", "-": " dash "}[sep]
    local = R.choice([f + sw + l, f[0] + sw + l, f + " " + l[0]])
    if n:
        local += " " + (num_words(int(n)) if len(n) == 2 else year_words(int(n)) if len(n) == 4 else DW[int(n)])
    return local + " at " + dom.replace(".", " dot ")


STREETS = ["acacia avenue", "mill lane", "station road", "high street", "church street", "kingsway", "elm grove",
           "victoria terrace", "harbour view", "oak drive", "maple court", "main street", "pembroke road",
           "o'connell street", "castle close", "sunnyside crescent", "market place", "willow way", "park row"]
US_STREETS = ["pine street", "maple avenue", "elm st", "oak drive", "sunset blvd", "3rd avenue", "lakeview road",
              "washington ave", "cedar lane", "broadway"]
UK_PC = ["LS6 2AB", "SW1A 2AA", "M14 5RT", "B33 8TH", "CR2 6XH", "EH12 9JG", "G41 2DN", "BS7 8LZ", "CF24 3AA",
         "NE1 4ST", "L18 2HD", "EC1A 1BB", "W1D 3QF", "BT9 5AF", "NG7 2RD", "S10 2TN"]
PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
TOWNS = ["leeds", "london", "manchester", "birmingham", "croydon", "edinburgh", "glasgow", "bristol", "cardiff",
         "newcastle", "liverpool", "belfast", "nottingham", "sheffield"]
US_TOWNS = [("austin, tx", "78704"), ("columbus, ohio", "43215"), ("tampa, fl", "33602"), ("denver, co", "80205"),
            ("portland, or", "97214"), ("raleigh nc", "27601"), ("boise, idaho", "83702")]


def address_value(spoken, us=False):
    st = R.choice(US_STREETS if us else STREETS)
    n = R.randint(1, 2400 if us else 240)
    if spoken:
        pre = R.choice(["", "", "flat " + num_words(R.randint(1, 30)) + ", ", "apartment " + DW[R.randint(1, 9)] + ", "])
        return pre + num_words(n) + " " + st
    pre = R.choice(["", "", "Flat %d, " % R.randint(1, 30), "Apt %d%s, " % (R.randint(1, 20), R.choice("ABC")),
                    "%d/" % R.randint(1, 9)]) if not us else R.choice(["", "", "apt 4, "])
    v = pre + str(n) + " " + st
    return v.title() if R.random() < 0.5 else v


def say_pc(pc):
    out = []
    for ch in pc.replace(" ", ""):
        out.append(DW[int(ch)] if ch.isdigit() else ch.lower())
    s = " ".join(out)
    return s


def phone_value(spoken, intl=None):
    kind = R.choice(["uk_mob", "uk_land", "ie_mob", "us", "de"])
    intl = R.random() < 0.45 if intl is None else intl
    if kind == "uk_mob":
        nat, cc = "07" + "".join(R.choice("0123456789") for _ in range(9)), "44"
    elif kind == "uk_land":
        nat, cc = "0" + R.choice(["20", "113", "161", "131", "117"]) + "".join(R.choice("0123456789") for _ in range(7)), "44"
    elif kind == "ie_mob":
        nat, cc = "08" + R.choice("35679") + "".join(R.choice("0123456789") for _ in range(7)), "353"
    elif kind == "de":
        nat, cc = "015" + "".join(R.choice("0123456789") for _ in range(8)), "49"
    else:
        nat, cc = str(R.randint(201, 989)) + str(R.randint(200, 999)) + "".join(R.choice("0123456789") for _ in range(4)), "1"
    digits = (cc + nat[1:] if cc != "1" else cc + nat) if intl else nat
    if spoken:
        st = dict(style=R.choice(["single", "single", "pairs"]), z=R.choice(["oh", "zero", "o"]), runs=True,
                  homo=0, fill=R.choice([0, 0.2]))
        body = digits[len(cc):] if intl else digits
        sp = say(body[:5], **st) + R.choice([" ", ", "]) + say(body[5:], **st)
        if intl:
            return R.choice(["plus ", "double oh "]) + say(cc, z="oh") + " " + sp if R.random() < 0.8 else (
                "oh oh " + say(cc, z="oh") + " " + sp)
        return sp
    if intl:
        b = digits[len(cc):]
        return R.choice(["+", "00", "+"]) + cc + R.choice([" ", "", "-", " (0)"]) + b[:4] + R.choice([" ", "", "-"]) + b[4:]
    if kind == "us":
        return R.choice(["{a}-{b}-{c}", "{a}.{b}.{c}", "{a} {b} {c}", "{a}{b}{c}"]).format(a=nat[:3], b=nat[3:6], c=nat[6:])
    return nat[:5] + R.choice([" ", "", "-"]) + nat[5:]


def acct():
    return "".join(R.choice("0123456789") for _ in range(8))


def sortcode():
    return "".join(R.choice("0123456789") for _ in range(6))


def typed_sort(s):
    return R.choice(["{a}-{b}-{c}", "{a}-{b}-{c}", "{a} {b} {c}", "{a}{b}{c}", "{a}.{b}.{c}"]).format(a=s[:2], b=s[2:4], c=s[4:])


# --------------------------------------------------------------------------
# contexts
# --------------------------------------------------------------------------
ORGS = {
    "banking": ["Northbridge Bank", "Celtic Savings", "First Harbor Credit Union", "Allied Mutual Bank"],
    "telecom": ["Vireo Mobile", "Skyline Broadband", "Éire Telecom", "ConnectUS Wireless"],
    "utilities": ["Brightwater Energy", "Pennine Water", "Gasnet Ireland", "Lakeside Power & Light"],
    "retail": ["Hartley's Online", "ShopLane", "Kestrel Outdoor", "Maison Bleue Paris"],
    "insurance": ["Shieldwell Insurance", "Emerald Life", "Keystone Auto Insurance"],
    "travel": ["Skyward Airways", "Atlantic Ferries", "EuroRail Bookings", "SunAway Holidays"],
    "healthcare billing": ["Mercy Regional Billing", "ClearPath Medical Billing", "St. Anne's Patient Accounts"],
    "government services": ["HM Revenue helpline", "the DVLA", "the Department of Social Protection",
                            "the county tax office", "the benefits helpline"],
}


def org(ind=None):
    ind = ind or R.choice(list(ORGS))
    return ind, R.choice(ORGS[ind])


def greet(ind=None):
    ind, o = org(ind)
    return ind, R.choice(["thank you for calling %s my name's %s how can i help" % (o.lower(), R.choice(FIRST)),
                          "%s, you're speaking to %s, how can i help today" % (o.lower(), R.choice(FIRST)),
                          "hi there you're through to %s" % o.lower(),
                          "good morning %s customer services" % o.lower()])


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah", "got that", "ok go ahead", "mm hm", "and then?"]


def ask_card():
    return R.choice(["can i take the long card number please", "ok, and the sixteen digits across the front of the card",
                     "what's the card number you'd like to use", "go ahead with the card number when you're ready",
                     "could you read me the number on the front of the card"])


CARD_LEAD = ["yeah it's ", "it's ", "ok so ", "right, ", "um it's ", "yep, ", "ok, ready? ", "so the number is ", "", "okay, um, "]

# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------


def p_chat_card():
    c = Case("positive", "typed chat: card number with expiry/cvv, odd separators")
    ind, o = org(R.choice(["retail", "telecom", "travel", "utilities"]))
    d = card()
    c.t("agent", "Hi, you're chatting with %s at %s. How can I help?" % (R.choice(FIRST).title(), o))
    lab = R.choice(["card no: ", "Card number - ", "card: ", "cc#", "CARD NO. ", "my card is ", "new card ", "Card Num:"])
    parts = [R.choice(["hi, want to pay my bill. ", "Hello I need to update payment details. ", "pls charge this one ", ""]), lab, V("CARD_NUMBER", typed_card(d))]
    if R.random() < 0.7:
        parts += [R.choice([" exp ", " expiry: ", ", expires ", " valid thru ", " ex "]), V("EXPIRY", expiry_value(False))]
    if R.random() < 0.6:
        parts += [R.choice([" cvv ", " CVV: ", " security code ", " cvc=", " sec code "]), V("CVV", cvv_value(False, len(d) == 15))]
    c.t("customer", *parts)
    c.t("agent", R.choice(["Thanks, that's gone through.", "Thank you, processing now.", "Got it, one moment."]))
    return c


def p_asr_card_single():
    c = Case("positive", "asr: full card in one turn, then expiry and security code")
    ind, g = greet()
    d = card()
    c.t("agent", g)
    c.t("customer", R.choice(["yeah hi i want to pay what i owe", "hi um i need to make a payment", "i'd like to pay by card please"]))
    c.t("agent", ask_card())
    c.t("customer", R.choice(CARD_LEAD), V("CARD_NUMBER", say_card(d)))
    c.t("agent", R.choice(["thank you, and the expiry date", "lovely, and when does it expire", "and the expiry on that"]))
    c.t("customer", R.choice(["", "it's ", "uh ", "expires "]), V("EXPIRY", expiry_value(True)))
    c.t("agent", R.choice(["and the last three digits on the back, the security code", "and the cvv please",
                           "and the three digit code on the signature strip"]))
    c.t("customer", R.choice(["", "it's ", "um "]), V("CVV", cvv_value(True, len(d) == 15)))
    return c


def p_asr_card_split():
    c = Case("positive", "asr: card read in chunks over several customer turns with agent back-channels + read-back")
    ind, g = greet()
    d = card()
    st = say_style()
    c.t("agent", ask_card())
    gid = c.g()
    ch = chunks(d)
    for k, piece in enumerate(ch):
        lead = R.choice(CARD_LEAD) if k == 0 else R.choice(["", "", "then ", "and ", "uh "])
        tail = R.choice(["", "", "...", ","]) if k < len(ch) - 1 else ""
        c.t("customer", lead, V("CARD_NUMBER", say(piece, **st), gid), tail)
        if k < len(ch) - 1:
            c.t("agent", R.choice(BACK))
    r = R.random()
    if r < 0.45:
        z = R.choice(["oh", "zero"])
        c.t("agent", R.choice(["so that's ", "let me just read that back, ", "ok i have "]),
            V("CARD_NUMBER", say_card(d, dict(style="single", z=z, runs=False, homo=0, fill=0), ", ")), ", is that right?")
        c.t("customer", R.choice(["yes", "that's it", "yep correct"]))
    elif r < 0.8:
        c.t("agent", R.choice(["perfect, so the card ending ", "thanks, so that's the card ending in "]),
            V("CARD_NUMBER", say(d[-4:], z="oh"), full=False), R.choice([", is that a visa?", ", and the name on the card?"]))
        c.t("customer", R.choice(["yeah", "that's right", "yes it's in my name"]))
    else:
        c.t("agent", "great, thank you")
    return c


def p_asr_card_restart():
    c = Case("positive", "asr: false start / restarted card reading")
    d = card()
    st = say_style()
    c.t("agent", ask_card())
    k = R.randint(3, 9)
    wrong = d[:k - 1] + str((int(d[k - 1]) + R.randint(1, 8)) % 10)
    c.t("customer", R.choice(CARD_LEAD), V("CARD_NUMBER", say(wrong, **st), full=False),
        R.choice(["... no hang on, let me start again. ", " - sorry no, wrong one, i'll start over. ",
                  " uh no no that's wrong, right, from the top: ", "... sorry i lost my place. it's "]),
        V("CARD_NUMBER", say_card(d, st)))
    c.t("agent", R.choice(["no problem, got that", "ok thank you", "that's fine, thanks"]))
    return c


def p_asr_card_aside():
    c = Case("positive", "asr: aside in the middle of a card reading (two spans, one value)")
    d = card()
    st = say_style()
    ch = chunks(d)
    k = R.randint(1, len(ch) - 1)
    gid = c.g()
    c.t("agent", ask_card())
    c.t("customer", R.choice(CARD_LEAD), V("CARD_NUMBER", " ".join(say(x, **st) for x in ch[:k]), gid),
        R.choice([", sorry the dog's going mad, hang on, ", "... sorry, can you hear me? the signal's bad here... right, ",
                  " - JACK GET OFF THAT - sorry, where was i, ", ", hold on i need my glasses, ok ",
                  "... the numbers are worn off a bit ... i think it's "]),
        V("CARD_NUMBER", " ".join(say(x, **st) for x in ch[k:]), gid))
    c.t("agent", R.choice(["that's ok, thank you", "no worries, got it"]))
    return c


def p_asr_card_mishear():
    c = Case("positive", "asr: agent mis-reads back a chunk, customer corrects it")
    d = card()
    st = dict(style="single", z=R.choice(["oh", "zero", "nought"]), runs=R.random() < 0.5, homo=0, fill=0.1)
    c.t("agent", ask_card())
    c.t("customer", R.choice(CARD_LEAD), V("CARD_NUMBER", say_card(d, st)))
    ch = chunks(d, [4, 4, 4, len(d) - 12] if len(d) > 12 else None)
    bad = list(ch)
    j = R.randint(1, 2)
    x = list(bad[j])
    x[1] = str((int(x[1]) + R.choice([1, 2, 3, 5])) % 10)
    bad[j] = "".join(x)
    z = dict(style="single", z="oh", runs=False, homo=0, fill=0)
    c.t("agent", "ok so i've got ", V("CARD_NUMBER", ", ".join(say(p, **z) for p in bad), full=False), ", correct?")
    c.t("customer", R.choice(["no, the ", "nope, ", "not quite, the "]) + R.choice(["second", "middle", "next"]) +
        R.choice([" bit is ", " group is ", " four is "]), V("CARD_NUMBER", say(ch[j], **z), full=False),
        *R.choice([[], [", not ", V("CARD_NUMBER", say(bad[j], **z), full=False)]]))
    c.t("agent", "sorry about that, ", V("CARD_NUMBER", say(ch[j], **z), full=False), ", got it")
    return c


def p_email_card():
    c = Case("positive", "email: card, expiry, address, postcode in a written message")
    d = card()
    name = R.choice(FIRST).title() + " " + R.choice(LAST).title()
    c.t("customer", R.choice(["Hi,\n\n", "Dear Sir/Madam,\n", "hello\n"]),
        R.choice(["Please update my direct payment card to ", "Could you use my new card for the renewal: ",
                  "Card details as requested - "]),
        V("CARD_NUMBER", typed_card(d)), R.choice([" (expiry ", " exp. ", ", valid until "]), V("EXPIRY", expiry_value(False)),
        R.choice([").\n", ".\n", "\n"]), "Billing address is ", V("ADDRESS", address_value(False)), ", ",
        R.choice(TOWNS).title(), " ", V("POSTCODE", R.choice(UK_PC)), ".\n\nThanks,\n", name)
    return c


def p_card_twice():
    c = Case("positive", "asr: card read fast, line breaks up, read again slower with homophones")
    d = card()
    c.t("agent", ask_card())
    c.t("customer", R.choice(CARD_LEAD), V("CARD_NUMBER", say_card(d, dict(style="single", z="oh", runs=True, homo=0.35, fill=0))))
    c.t("agent", R.choice(["sorry you cut out there, could you go again a bit slower", "apologies the line's terrible, once more?"]))
    c.t("customer", R.choice(["ok. ", "right. ", "sure, "]), V("CARD_NUMBER", say_card(d, dict(style=R.choice(["single", "pairs"]), z="zero", runs=False, homo=0.2, fill=0.2), "... ")))
    c.t("agent", "thank you")
    return c


def p_card_numerals():
    c = Case("positive", "asr: transcript renders card partly as numerals, partly as words")
    d = card()
    ch = chunks(d)
    out = []
    for p in ch:
        out.append(p if R.random() < 0.5 else say(p, z=R.choice(["oh", "zero"])))
    c.t("agent", ask_card())
    c.t("customer", R.choice(CARD_LEAD), V("CARD_NUMBER", " ".join(out)))
    if R.random() < 0.5:
        c.t("agent", "and expiry?")
        c.t("customer", V("EXPIRY", expiry_value(True)))
    return c


def p_card_agent_entry():
    c = Case("positive", "asr: agent repeats each chunk as the customer reads it")
    d = card()
    st = say_style()
    c.t("agent", ask_card())
    gc, ga = c.g(), c.g()
    for k, p in enumerate(chunks(d)):
        c.t("customer", R.choice(["", "", "uh "]), V("CARD_NUMBER", say(p, **st), gc))
        c.t("agent", V("CARD_NUMBER", say(p, z="oh"), ga), R.choice(["", ", yep", ", mhm", "..."]))
    return c


def p_ssn_typed():
    c = Case("positive", "typed chat: US SSN with label, sometimes DOB/ZIP")
    ind, o = org(R.choice(["healthcare billing", "insurance", "banking", "government services"]))
    s = ssn()
    c.t("agent", "To verify your identity I'll need your Social Security number and date of birth.")
    lab = R.choice(["SSN: ", "ssn ", "social is ", "Social Security #", "SS# ", "soc sec no. ", "my ssn is ", ""])
    parts = [lab, V("SSN", typed_ssn(s))]
    if R.random() < 0.6:
        parts += [R.choice([", dob ", " DOB: ", " and born ", ", d.o.b. "]), V("DOB", dob_value(False))]
    if R.random() < 0.4:
        t, z = R.choice(US_TOWNS)
        parts += [R.choice([", zip ", " ZIP: ", ", zip code "]), V("POSTCODE", z)]
    c.t("customer", *parts)
    c.t("agent", "Thank you, you're verified.")
    return c


def p_ssn_spoken():
    c = Case("positive", "asr: SSN spoken in one go with various number styles")
    s = ssn()
    ind, g = greet(R.choice(["healthcare billing", "insurance", "banking", "government services", "telecom"]))
    c.t("agent", g)
    c.t("customer", R.choice(["hi i got a bill i don't understand", "yeah i'm calling about my claim", "i need to set up an account"]))
    c.t("agent", R.choice(["can i get your social security number", "i'll need the social please",
                           "and your social, all nine digits", "can you verify the ssn on the account"]))
    c.t("customer", R.choice(["sure it's ", "yeah ", "uh ", "it's ", "okay, ", "my social is "]), V("SSN", say_ssn(s)))
    if R.random() < 0.5:
        c.t("agent", "and date of birth")
        c.t("customer", V("DOB", dob_value(True)))
    return c


def p_ssn_split():
    c = Case("positive", "asr: SSN split across turns with back-channels, agent read-back")
    s = ssn()
    st = say_style()
    c.t("agent", R.choice(["what's the social on the account", "can you confirm your social security number"]))
    gid = c.g()
    parts = [s[:3], s[3:5], s[5:]] if R.random() < 0.7 else [s[:5], s[5:]]
    for k, p in enumerate(parts):
        c.t("customer", R.choice(["", "uh ", "so "]) if k else R.choice(["", "ok ", "it's "]), V("SSN", say(p, **st), gid))
        if k < len(parts) - 1:
            c.t("agent", R.choice(BACK))
    if R.random() < 0.6:
        c.t("agent", R.choice(["so that's ", "ok i have ", "just to confirm "]),
            V("SSN", say_ssn(s, dict(style="single", z="zero", runs=False, homo=0, fill=0))), "?")
        c.t("customer", R.choice(["yes ma'am", "yep", "correct"]))
    return c


def p_ssn_correction():
    c = Case("positive", "asr: SSN reading corrected mid-way (wife's number first)")
    s1, s2 = ssn(), ssn()
    st = say_style()
    k = R.randint(3, 6)
    c.t("agent", "and the social on the policy")
    c.t("customer", R.choice(["it's ", "ok ", ""]), V("SSN", say(s1[:k], **st), full=False),
        R.choice(["... wait no that's my wife's, sorry. mine is ", " - no, hold on, that's the old one. it's ",
                  ", sorry i'm reading the wrong card, ok it's "]), V("SSN", say_ssn(s2, st)))
    c.t("agent", R.choice(["no problem", "thank you"]))
    return c


def p_ssn_mixed():
    c = Case("positive", "asr/chat: SSN with digits mis-transcribed (O/l) or numerals+words mixed")
    s = ssn()
    t = typed_ssn(s)
    if "0" in t and R.random() < 0.5:
        k = t.index("0")
        t = t[:k] + "O" + t[k + 1:]
    alt = s[:3] + " " + say(s[3:5], z="oh") + " " + s[5:]
    c.t("agent", "could you please provide your SSN")
    c.t("customer", R.choice(["ss# is ", "it's ", "Social: "]), V("SSN", R.choice([t, alt])),
        R.choice(["", " thx", " - and it's ", ""]))
    if R.random() < 0.5:
        ph = phone_value(False)
        c.t("agent", "Is the best number to reach you still on file?")
        c.t("customer", "no use ", V("PHONE", ph))
    return c


def p_ni_typed():
    c = Case("positive", "typed chat/e-mail: UK NI number in varied formats/case")
    s = ni()
    ind, o = org(R.choice(["government services", "banking", "insurance", "utilities"]))
    c.t("agent", R.choice(["Please confirm your National Insurance number.", "Can I take your NI number to find your record?"]))
    parts = [R.choice(["NI: ", "ni no. ", "NINO ", "national insurance no ", "my NI number is ", "N.I. number - ", ""]),
             V("NI_NUMBER", typed_ni(s))]
    if R.random() < 0.5:
        parts += [R.choice([" and dob ", ", born ", " DOB "]), V("DOB", dob_value(False))]
    if R.random() < 0.4:
        parts += [R.choice([", postcode ", " pc "]), V("POSTCODE", R.choice(UK_PC) if R.random() < .6 else R.choice(UK_PC).replace(" ", "").lower())]
    c.t("customer", *parts)
    c.t("agent", "Thanks, I've found your record.")
    return c


def p_ni_spoken():
    c = Case("positive", "asr: NI number spoken with letters/NATO/double letters")
    s = ni()
    ind, g = greet(R.choice(["government services", "banking", "insurance"]))
    c.t("agent", g)
    c.t("customer", R.choice(["hiya, it's about my tax code", "i'm ringing about my pension", "i need to update my details"]))
    c.t("agent", R.choice(["can i take your national insurance number", "have you got your n i number there", "and your NI number please"]))
    full, _, _, _ = say_ni(s)
    c.t("customer", R.choice(["yeah it's ", "um it's ", "", "right, "]), V("NI_NUMBER", full))
    if R.random() < 0.5:
        c.t("agent", "and your postcode")
        c.t("customer", V("POSTCODE", say_pc(R.choice(UK_PC))))
    return c


def p_ni_split():
    c = Case("positive", "asr: NI letters, digits and suffix over separate turns + read-back")
    s = ni()
    _, lead, dig, suf = say_ni(s)
    gid = c.g()
    c.t("agent", "national insurance number please")
    c.t("customer", R.choice(["ok it starts ", "it's ", ""]), V("NI_NUMBER", lead, gid))
    c.t("agent", R.choice(BACK))
    c.t("customer", V("NI_NUMBER", dig, gid))
    c.t("agent", R.choice(["and the letter at the end?", "and the last letter", "mhm and the end letter"]))
    c.t("customer", R.choice(["", "it's ", "uh "]), V("NI_NUMBER", suf, gid))
    if R.random() < 0.6:
        c.t("agent", "so that's ", V("NI_NUMBER", " ".join(ch.lower() if ch.isalpha() else DW[int(ch)] for ch in s)), ", yeah?")
        c.t("customer", "yep")
    return c


def p_ni_correction():
    c = Case("positive", "asr: NI number with a misheard digit corrected by the caller")
    s = ni()
    z = dict(style="single", z=R.choice(["oh", "zero", "nought"]), runs=True, homo=0, fill=0.15)
    c.t("agent", "what's your n i number")
    c.t("customer", V("NI_NUMBER", say_ni(s, st=z)[0]))
    wrong = s[:5] + str((int(s[5]) + 3) % 10) + s[6:]
    c.t("agent", "thanks so that's ", V("NI_NUMBER", " ".join(ch.lower() if ch.isalpha() else DW[int(ch)] for ch in wrong)))
    c.t("customer", R.choice(["no, it's ", "no the middle bit's "]), V("NI_NUMBER", say(s[4:8], **dict(z, fill=0)), full=False),
        R.choice([" not ", ", you said "]), V("NI_NUMBER", say(wrong[4:8], **dict(z, fill=0)), full=False))
    c.t("agent", "ah sorry, got it now")
    return c


def p_ni_folk():
    c = Case("positive", "asr: NI with lower-case ASR letters glued together / numerals")
    s = ni()
    form = R.choice([s[:2].lower() + " " + s[2:8] + " " + s[8].lower(),
                     s[:2].lower() + " " + " ".join(s[2:8]) + " " + s[8].lower(),
                     s[0].lower() + " " + s[1].lower() + " " + s[2:4] + " " + s[4:6] + " " + s[6:8] + " " + s[8].lower()])
    c.t("agent", "and your national insurance")
    c.t("customer", R.choice(["", "it's ", "yeah "]), V("NI_NUMBER", form), R.choice(["", " i think", ", that's from my payslip"]))
    if R.random() < 0.5:
        c.t("agent", "and a contact number")
        c.t("customer", V("PHONE", phone_value(True)))
    return c


def p_bank():
    c = Case("positive", "bank details: sort code and account number (typed or spoken)")
    sc, ac = sortcode(), acct()
    ind, o = org(R.choice(["banking", "utilities", "telecom", "insurance"]))
    c.t("agent", R.choice(["for the direct debit i need your sort code and account number", "what are the bank details for the refund"]))
    if R.random() < 0.5:
        c.t("customer", R.choice(["sort code ", "Sort: ", "s/c "]), V("SORT_CODE", typed_sort(sc)),
            R.choice([" acct no: ", ", account ", " a/c ", " account number "]), V("BANK_ACCOUNT", ac))
    else:
        st = dict(style=R.choice(["pairs", "single"]), z=R.choice(["oh", "zero", "nought"]), runs=True, homo=0, fill=0.1)
        c.t("customer", R.choice(["sort code's ", "ok sort code ", ""]), V("SORT_CODE", say(sc, **st)))
        c.t("agent", R.choice(["lovely, and the account number", "mhm and the eight digit account number"]))
        c.t("customer", R.choice(["", "it's ", "um "]), V("BANK_ACCOUNT", say(ac[:4], **st) + R.choice([" ", ", ", " ... "]) + say(ac[4:], **st)))
    return c


def p_iban():
    c = Case("positive", "IBAN typed or spoken (IE/EU/UK)")
    sp = R.random() < 0.4
    ib = iban(R.choice(["GB", "IE", "NL"]) if sp else None, spoken_safe=sp)
    c.t("agent", R.choice(["Please provide the IBAN for the refund.", "what's the iban for the payment"]))
    if sp:
        txt = " ".join(ch.lower() if ch.isalpha() else DW[int(ch)] for ch in ib[:4]) + ", " + \
              " ".join(" ".join(ch.lower() if ch.isalpha() else DW[int(ch)] for ch in ib[i:i + 4]) for i in range(4, len(ib), 4))
        c.t("customer", R.choice(["it's ", "ok it's ", ""]), V("IBAN", txt))
    else:
        v = R.choice([fmt_iban(ib), ib, fmt_iban(ib).lower()])
        c.t("customer", R.choice(["IBAN: ", "iban ", "my IBAN is ", "IBAN no. "]), V("IBAN", v),
            R.choice(["", " BIC " + R.choice(["AIBKIE2D", "NWBKGB2L", "INGBNL2A"]), "."]))
    return c


def p_phone_email():
    c = Case("positive", "contact details: phone (national/intl) and e-mail, typed or spoken")
    sp = R.random() < 0.55
    c.t("agent", R.choice(["can i just check the contact details on file", "what's the best number and email to reach you"]))
    c.t("customer", R.choice(["mobile is ", "it's ", "best number's ", "call me on ", "tel: "]), V("PHONE", phone_value(sp)),
        R.choice([" and email is ", ", email ", " and the e-mail ", " - "]), V("EMAIL", email_value(sp)))
    if sp and R.random() < 0.5:
        c.t("agent", "was that with a dot between the names?")
        c.t("customer", R.choice(["yeah", "yes, all lower case"]))
    return c


def p_address():
    c = Case("positive", "address + postcode/ZIP (typed or spoken), town not labelled")
    us = R.random() < 0.35
    sp = R.random() < 0.5
    c.t("agent", R.choice(["and can you confirm the first line of the address and postcode", "what's the address on the account"]))
    if us:
        t, z = R.choice(US_TOWNS)
        zz = say(z, z="oh") if sp else z
        c.t("customer", R.choice(["it's ", "", "sure, "]), V("ADDRESS", address_value(sp, True)), ", ", t, " ", V("POSTCODE", zz))
    else:
        pc = R.choice(UK_PC)
        c.t("customer", R.choice(["it's ", "", "yeah "]), V("ADDRESS", address_value(sp)), ", ", R.choice(TOWNS),
            R.choice([", ", " "]), V("POSTCODE", say_pc(pc) if sp else pc))
    return c


def p_dob():
    c = Case("positive", "verification: date of birth (spoken/typed), maybe email")
    sp = R.random() < 0.6
    c.t("agent", R.choice(["can you confirm your date of birth", "for security, your date of birth please", "and your DOB?"]))
    c.t("customer", R.choice(["", "it's ", "yeah ", "born "]), V("DOB", dob_value(sp)))
    if R.random() < 0.4:
        c.t("agent", "and the email address we've got for you")
        c.t("customer", V("EMAIL", email_value(sp)))
    return c


def p_healthcare():
    c = Case("positive", "US healthcare billing: SSN + DOB + address + ZIP + card")
    s, d = ssn(), card()
    t, z = R.choice(US_TOWNS)
    c.t("agent", "patient accounts, this is %s, can i get the patient's date of birth" % R.choice(FIRST))
    c.t("customer", V("DOB", dob_value(True)))
    c.t("agent", "and the last four of the social- actually, i'll need the full social for this one")
    c.t("customer", "ok, ", V("SSN", say_ssn(s)))
    c.t("agent", "and the billing address")
    c.t("customer", V("ADDRESS", address_value(True, True)), ", ", t, ", ", V("POSTCODE", say(z, z="zero")))
    c.t("agent", "how would you like to pay the balance")
    c.t("customer", "visa, ", V("CARD_NUMBER", say_card(d)))
    return c


def p_gov_ni():
    c = Case("positive", "UK government services: NI + DOB + address + postcode + phone")
    s = ni()
    c.t("agent", "benefits helpline, before we start can i have your national insurance number")
    c.t("customer", V("NI_NUMBER", say_ni(s)[0]))
    c.t("agent", "date of birth?")
    c.t("customer", V("DOB", dob_value(True)))
    c.t("agent", "and the first line of your address and your postcode")
    c.t("customer", V("ADDRESS", address_value(True)), ", ", R.choice(TOWNS), ", ", V("POSTCODE", say_pc(R.choice(UK_PC))))
    if R.random() < 0.6:
        c.t("agent", "and a phone number?")
        c.t("customer", V("PHONE", phone_value(True)))
    return c


def p_card_cvv_expiry_chat():
    c = Case("positive", "typed chat: card split over several messages with typos")
    d = card()
    ch = chunks(d, [8, len(d) - 8])
    gid = c.g()
    c.t("agent", "Please type the card number")
    c.t("customer", V("CARD_NUMBER", ch[0], gid))
    c.t("customer", R.choice(["", "sorry pressed enter ", "..."]), V("CARD_NUMBER", ch[1], gid))
    c.t("customer", R.choice(["exp ", "expiry "]), V("EXPIRY", expiry_value(False)), R.choice([" cvv ", " code "]), V("CVV", cvv_value(False)))
    return c


POS = [(p_chat_card, 12), (p_asr_card_single, 14), (p_asr_card_split, 14), (p_asr_card_restart, 8),
       (p_asr_card_aside, 8), (p_asr_card_mishear, 6), (p_email_card, 6), (p_card_twice, 5), (p_card_numerals, 5),
       (p_card_agent_entry, 4), (p_card_cvv_expiry_chat, 4),
       (p_ssn_typed, 8), (p_ssn_spoken, 8), (p_ssn_split, 6), (p_ssn_correction, 4), (p_ssn_mixed, 4),
       (p_ni_typed, 9), (p_ni_spoken, 8), (p_ni_split, 6), (p_ni_correction, 4), (p_ni_folk, 4),
       (p_bank, 12), (p_iban, 12), (p_phone_email, 12), (p_address, 12), (p_dob, 8), (p_healthcare, 5), (p_gov_ni, 5)]

# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------


def rdig(n, first="123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def n_ref_spoken():
    c = Case("negative", "reference/order number read out like a card, split over turns")
    lab = R.choice(["order number", "booking reference", "ticket number", "tracking number", "claim reference", "case number"])
    ds = rdig(R.choice([12, 14, 16]))
    if R.random() < 0.5 and len(ds) == 16:
        ds = luhn_complete(ds[:2], 16)
    c.t("agent", "have you got the %s there" % lab)
    ch = chunks(ds, [4] * (len(ds) // 4) + ([len(ds) % 4] if len(ds) % 4 else []))
    st = say_style()
    for k, p in enumerate(ch):
        c.t("customer", ("yeah the %s is " % lab) if k == 0 else "", say(p, **st))
        if k < len(ch) - 1:
            c.t("agent", R.choice(BACK))
    c.t("agent", "thanks, i've found the %s" % lab.split()[0])
    return c


def n_ref_typed():
    c = Case("negative", "typed long identifiers with their label (order/invoice/serial/tracking)")
    lab = R.choice(["Order #", "Invoice no. ", "Serial: ", "Tracking: ", "Policy number ", "Claim ID ", "Ticket ",
                    "Account reference ", "Meter serial ", "Contract no. "])
    ds = R.choice([rdig(16), luhn_complete("4", 16), rdig(10), rdig(12), "1Z" + rdig(6).upper() + "A" + rdig(9),
                   "%s-%s-%s" % (rdig(3), rdig(2), rdig(4)), R.choice(["PL", "INV", "ORD", "CLM"]) + "-" + rdig(8)])
    c.t("customer", "Hi, re ", lab, ds, R.choice([", still not arrived.", " - can you check status?", ", I was charged twice."]))
    c.t("agent", R.choice(["Thanks, let me look that up.", "I can see it here.", "One moment please."]))
    return c


def money():
    a = R.randint(1, 4999)
    p = R.randint(0, 99)
    return a, p


def n_amounts():
    c = Case("negative", "amounts, balances, prices said and typed")
    a, p = money()
    cur, sub = R.choice([("pounds", " pence"), ("euro", " cent"), ("dollars", " cents"), ("quid", "")])
    c.t("agent", R.choice(["your outstanding balance is ", "the amount due is ", "that'll come to "]),
        num_words(a) + " " + cur + (" and " + num_words(p) + sub if p else ""))
    c.t("customer", R.choice(["what? last month it was ", "i thought it was ", "the letter said "]),
        R.choice(["£", "€", "$"]) + "{:,}.{:02d}".format(R.randint(10, 9999), R.randint(0, 99)))
    c.t("agent", "there's a %d%% late fee and %s in interest" % (R.randint(2, 29), R.choice(["£12.50", "$4.99", "€3.20"])))
    return c


def n_last4():
    c = Case("negative", "card last-four only (no full card in this case)")
    l4 = rdig(4, "0123456789")
    c.t("agent", R.choice(["is that the card ending ", "i can see a visa ending in ", "the payment from card ending "]),
        R.choice([say(l4, z=R.choice(["oh", "zero"])), l4]), "?")
    c.t("customer", R.choice(["yeah ", "no i've got a new one ending ", "the one ending "]),
        R.choice([say(rdig(4), z="oh"), rdig(4)]), R.choice(["", ", the debit one", ", expires next year"]))
    return c


def n_times():
    c = Case("negative", "times, opening hours, durations, counts")
    c.t("customer", R.choice(["i've been on hold for ", "i waited "]), num_words(R.randint(12, 95)), " minutes",
        R.choice(["", " and it's now " + num_words(R.randint(1, 12)) + " " + num_words(R.randint(10, 59))]))
    c.t("agent", "sorry about that, we're open %s till %s, %d lines are busy" % (
        R.choice(["eight", "8am", "nine", "08:00"]), R.choice(["eight", "8pm", "six thirty", "20:00"]), R.randint(20, 400)))
    c.t("customer", R.choice(["i've got ", "there's "]) + num_words(R.randint(2, 6)) + " kids in the house and it's "
        + num_words(R.randint(-5, 35) % 40) + " degrees in here")
    return c


def n_dates():
    c = Case("negative", "appointment/payment/contract dates (not DOB), could look like expiry")
    m, y = R.randint(1, 12), R.randint(24, 31)
    c.t("agent", R.choice(["your contract ends ", "the next payment is due ", "the engineer can come on ", "your renewal date is "]),
        R.choice(["%02d/%d" % (m, y), "the %s of %s" % (ORD[R.randint(1, 28)], MONTHS[m - 1]),
                  "%s %s" % (MONTHS[m - 1], year_words(2000 + y)), "%02d/%02d/20%d" % (R.randint(1, 28), m, y)]))
    c.t("customer", R.choice(["and the last bill was on ", "i paid on ", "my appointment was "]),
        "%d %s" % (R.randint(1, 28), MONTHS[R.randint(0, 11)].title()), R.choice(["", " " + str(2000 + y - 1)]))
    return c


def n_meter():
    c = Case("negative", "meter readings spoken digit by digit")
    ds = rdig(R.choice([5, 6, 8]), "0123456789")
    c.t("agent", "can i take a meter reading")
    c.t("customer", "the %s reading is " % R.choice(["gas", "electric", "day rate", "water"]), say(ds, **say_style()))
    c.t("agent", R.choice(["and the meter serial on the front?", "thanks"]))
    if R.random() < 0.5:
        c.t("customer", "serial number " + " ".join(R.choice("ABCEGHJKLMN") for _ in range(2)).lower() + " " + say(rdig(8), z="oh"))
    return c


def n_travel():
    c = Case("negative", "flight/gate/seat/room numbers and booking refs")
    c.t("customer", "i was on flight %s %s, seat %d%s, and we sat at gate %s for %s hours" % (
        R.choice(["ei", "ba", "fr", "ua", "lh"]), say(rdig(3), z="oh"), R.randint(1, 40), R.choice("abcdef"),
        R.choice(["b ", "c ", ""]) + num_words(R.randint(1, 60)), num_words(R.randint(2, 9))))
    c.t("agent", "and the hotel room was %s, booking reference %s" % (
        R.choice([str(R.randint(100, 1999)), num_words(R.randint(100, 1999))]), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    return c


def n_policy_spoken():
    c = Case("negative", "policy/claim/invoice number with double/triple spoken like a card")
    lab = R.choice(["policy number", "invoice number", "claim number", "customer reference", "account reference number", "membership number"])
    ds = rdig(R.choice([8, 10, 11, 13, 16]))
    c.t("agent", "can i take the %s" % lab)
    c.t("customer", "yeah my %s is " % lab, say_card(ds))
    c.t("agent", "and that's the %s on the letter, great" % lab)
    return c


def n_misc_numbers():
    c = Case("negative", "ages, percentages, years, temperatures, counts")
    c.t("customer", "i'm %s, been with you since %s, and you've put it up %d percent" % (
        num_words(R.randint(19, 90)), year_words(R.randint(1995, 2023)), R.randint(3, 40)))
    c.t("agent", "i understand, %d customers had the same increase in %d" % (R.randint(1000, 99999), R.randint(2019, 2025)))
    return c


def n_roads_models():
    c = Case("negative", "road names, model numbers, tax codes")
    c.t("customer", R.choice(["i broke down on the m%d near junction %d" % (R.randint(1, 62), R.randint(1, 30)),
                              "i'm on the a%d outside %s" % (R.randint(1, 999), R.choice(TOWNS)),
                              "we were on route %d heading north" % R.randint(1, 99)]))
    c.t("agent", "what model is the %s" % R.choice(["boiler", "router", "car", "phone"]))
    c.t("customer", R.choice(["it's a ", "model "]) + R.choice(["WX-", "HG", "sm-g", "TP-"]) + rdig(4) + R.choice(["", "AB", "u"]) +
        R.choice(["", ", tax code " + str(R.randint(1000, 1300)) + "L"]))
    return c


def n_ssn_shape():
    c = Case("negative", "case/ticket numbers shaped like SSN or NI but labelled as such")
    if R.random() < 0.5:
        v = "%s-%s-%s" % (rdig(3), rdig(2), rdig(4))
        c.t("customer", R.choice(["Case number ", "Ticket # ", "Docket no. "]), v, R.choice([" - any update?", ", opened last week"]))
    else:
        v = R.choice(NI_A) + R.choice(NI_B) + rdig(6) + R.choice(["", "X", "Z"])
        c.t("customer", R.choice(["Booking ref ", "Reference: ", "Order ID "]), v, R.choice([". Please advise.", ""]))
    c.t("agent", "Thanks, I'll check that for you.")
    return c


def n_phone_menu():
    c = Case("negative", "extensions, menu options, PIN-less counts")
    c.t("agent", R.choice(["you'll need to press option %s then extension %s" % (DW[R.randint(1, 9)], say(rdig(4), z="oh")),
                           "i'll transfer you to extension %d" % R.randint(1000, 9999)]))
    c.t("customer", "ok, and is that %s or %s" % (R.choice(["billing", "claims", "sales"]), R.choice(["the complaints team", "technical support"])))
    c.t("agent", "billing, it's a %d minute wait and about %d people ahead of you" % (R.randint(2, 45), R.randint(2, 30)))
    return c


NEG = [(n_ref_spoken, 14), (n_ref_typed, 14), (n_amounts, 9), (n_last4, 10), (n_times, 7), (n_dates, 9), (n_meter, 7),
       (n_travel, 6), (n_policy_spoken, 10), (n_misc_numbers, 5), (n_roads_models, 6), (n_ssn_shape, 8), (n_phone_menu, 5)]

# --------------------------------------------------------------------------
# normalisation + validation
# --------------------------------------------------------------------------
UNITW = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "won": "1", "two": "2", "to": "2",
         "too": "2", "three": "3", "tree": "3", "four": "4", "for": "4", "five": "5", "six": "6", "seven": "7",
         "eight": "8", "ate": "8", "nine": "9"}
STRICT = {w: str(i) for i, w in enumerate(DW) if i}
TEENW = {v: k for k, v in TEEN.items()}
TENSW = {v: k for k, v in TENS.items()}
FILLW = set(FILL) | {"hmm"}
NATOW = {v: k for k, v in NATO.items()}
FOLKW = {w: k for k, ws in FOLK.items() for w in ws}


def norm_spoken(text):
    toks = re.sub(r"[^a-z0-9]+", " ", text.lower().replace("x-ray", "xray")).split()
    out, i = "", 0
    while i < len(toks):
        w = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else ""
        if w in FILLW or w == "plus":
            i += 1
        elif w.isdigit():
            out += w
            i += 1
        elif any(ch.isdigit() for ch in w):
            out += w.upper().replace("O", "0")
            i += 1
        elif len(w) == 1 and w not in UNITW and w.isalpha():
            out += w.upper()
            i += 1
            if nx in ("for", "as") and i + 1 < len(toks):
                i += 2 if nx == "for" else 3
        elif w in ("double", "triple"):
            n = 2 if w == "double" else 3
            val = UNITW.get(nx, nx.upper() if len(nx) == 1 else "#")
            out += val * n
            i += 2
        elif w in UNITW:
            if nx == "hundred":
                out += UNITW[w]
                i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                w2 = toks[i] if i < len(toks) else ""
                if w2 in TEENW:
                    out += TEENW[w2]
                    i += 1
                elif w2 in TENSW:
                    n2 = toks[i + 1] if i + 1 < len(toks) else ""
                    if n2 in STRICT:
                        out += TENSW[w2] + STRICT[n2]
                        i += 2
                    else:
                        out += TENSW[w2] + "0"
                        i += 1
                elif w2 in STRICT:
                    out += "0" + STRICT[w2]
                    i += 1
                else:
                    out += "00"
            else:
                out += UNITW[w]
                i += 1
        elif w in TEENW:
            out += TEENW[w]
            i += 1
        elif w in TENSW:
            if nx in STRICT:
                out += TENSW[w] + STRICT[nx]
                i += 2
            else:
                out += TENSW[w] + "0"
                i += 1
        elif w in NATOW:
            out += NATOW[w]
            i += 1
        elif w.isalpha() and 2 <= len(w) <= 4:
            out += w.upper()
            i += 1
        else:
            out += "#"
            i += 1
    return out


def norm_email(text):
    t = " " + text.lower() + " "
    if "@" in t:
        return t.strip()
    toks = t.split()
    out, run = "", []
    sym = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
    numw = set(UNITW) | set(TEENW) | set(TENSW) | {"hundred", "thousand", "and"}
    numw -= {"o", "to", "too", "for", "won", "ate", "tree"}
    k = 0
    while k < len(toks):
        w = toks[k]
        if w in numw and w != "and":
            j = k
            while j < len(toks) and toks[j] in numw:
                j += 1
            seg = " ".join(toks[k:j])
            if "thousand" in seg:
                out += seg_year(seg)
            else:
                out += norm_spoken(seg)
            k = j
            continue
        out += sym.get(w, w)
        k += 1
    return out


def seg_year(seg):
    m = re.match(r"(\w+) thousand(?: and)? ?(.*)$", seg)
    return norm_spoken(m.group(1)) + ("%03d" % int(norm_spoken(m.group(2)) or "0"))


EMAIL_RE = re.compile(r"^[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
STREET_RE = re.compile(r"\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|crescent|terrace|place|court|"
                       r"boulevard|blvd|grove|gardens|park|row|hill|view|kingsway|broadway)\b", re.I)
MONTH_RE = re.compile(r"\b(" + "|".join(m[:3] for m in MONTHS) + r")", re.I)


def validate(typ, text, full):
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(norm_email(text)))
    if typ == "ADDRESS":
        return bool(STREET_RE.search(text)) and bool(re.match(r"^(\d|flat|apt|apartment|[a-z]+\b)", text, re.I))
    if typ in ("DOB", "EXPIRY"):
        if MONTH_RE.search(text):
            return True
        n = norm_spoken(text.replace("/", " ").replace(".", " ").replace("-", " ").replace("slash", " "))
        return n.isdigit() and 3 <= len(n) <= 8
    n = norm_spoken(text)
    if typ == "CARD_NUMBER":
        if not full:
            return n.isdigit() and 1 <= len(n) <= 19
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        if not full:
            return n.isdigit() and len(n) < 9
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" and n[3:5] != "00" and n[5:] != "0000"
    if typ == "NI_NUMBER":
        if not full:
            return bool(re.match(r"^[A-Z0-9]{1,8}$", n))
        return bool(NI_RE.match(n))
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if typ == "IBAN":
        return n[:2] in IBAN_LEN and len(n) == IBAN_LEN[n[:2]] and iban_check(n)
    if typ == "PHONE":
        return n.isdigit() and 7 <= len(n) <= 15
    if typ == "POSTCODE":
        return bool(PC_RE.match(n)) or (n.isdigit() and len(n) in (5, 9))
    return False


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------

def build():
    cases = []
    for kind, table in (("pos", POS), ("neg", NEG)):
        made = []
        for fn, n in table:
            for _ in range(n):
                made.append(fn())
        R.shuffle(made)
        for k, c in enumerate(made, 1):
            c.id = "h480-%s-%03d" % (kind, k)
            cases.append(c)
    return cases


def to_json(c):
    spans = sorted(c.spans, key=lambda s: (s["turn"], s["start"]))
    return json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": spans, "note": c.note}, ensure_ascii=False)


def render(cases):
    return "".join(to_json(c) + "\n" for c in cases)


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def check(cases, data):
    errs = []
    if render(cases) != data:
        errs.append("file is not byte-identical to regenerated output")
    recs = [json.loads(line) for line in data.splitlines()]
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r in recs:
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        last = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % r["id"])
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % r["id"])
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (r["id"], txt[a:b]))
            if not (txt[a].isalnum() or txt[a] == "+") or not txt[b - 1].isalnum():
                errs.append("%s: span has leading/trailing junk %r" % (r["id"], txt[a:b]))
            if a < last.get(s["turn"], 0):
                errs.append("%s: overlapping spans" % r["id"])
            last[s["turn"]] = b
    for c in cases:
        for gid, g in c.groups.items():
            text = " ".join(c.turns[t]["text"][a:b] for t, a, b in g["parts"])
            if not validate(g["type"], text, g["full"]):
                errs.append("%s: invalid %s value %r -> %r" % (c.id, g["type"], text, norm_spoken(text)))
        if c.kind == "negative" and c.groups:
            errs.append("%s: negative has groups" % c.id)
    cnt = counts(cases)
    for t, m in MINS.items():
        if cnt[t] < m:
            errs.append("too few %s spans: %d < %d" % (t, cnt[t], m))
    npos = sum(c.kind == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, cnt, npos, nneg


def main():
    cases = build()
    data = render(cases)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            existing = f.read()
        errs, cnt, npos, nneg = check(cases, existing)
        for e in errs[:50]:
            print("ERROR:", e)
        print("cases: %d positive, %d negative; spans: %s" % (npos, nneg, json.dumps(cnt)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    errs, cnt, npos, nneg = check(cases, data)
    print("wrote %s: %d positive, %d negative; spans %s" % (OUT, npos, nneg, json.dumps(cnt)))
    for e in errs[:50]:
        print("WARN:", e)


if __name__ == "__main__":
    main()
